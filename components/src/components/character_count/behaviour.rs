//! The character count's behaviour (govuk-frontend's `CharacterCount`): as the user types, a
//! message says how many characters (or words) are left or too many, styled as an error past
//! the limit and shown only past the threshold when one is set; screen readers hear it once
//! typing pauses, not at every key.

use super::messages::{CY, EN};
use crate::config;
use crate::dom::{
    closest_lang, create, document, not_found, on, page_lang, query, toggle_class, window,
};
use crate::i18n::{Count, I18n};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

const MODULE: &str = "govuk-character-count";

/// How the text is counted.
#[derive(Clone, Copy, PartialEq)]
enum Counting {
    /// UTF-16 code units, as JavaScript's `length` (the default).
    Length,
    /// What a reader sees as one character (grapheme clusters).
    Characters,
    /// Words, as the browser's word segmenter finds them.
    Words,
    /// Runs of non-space characters (the deprecated `maxwords` option).
    LegacyWords,
}

/// A running `setInterval` and the callback it calls.
type PauseCheck = (i32, Closure<dyn FnMut()>);

struct Counter {
    root: HtmlElement,
    field: HtmlElement,
    visible: HtmlElement,
    status: HtmlElement,
    has_error_message: bool,
    counting: Counting,
    words: bool,
    max_length: f64,
    threshold: f64,
    segmenter: Option<JsValue>,
    i18n: I18n,
    // Cells, not RefCells: a borrow that could fail would bring its panic message into the
    // enhancer.
    count: Cell<f64>,
    last_input: Cell<Option<f64>>,
    last_value: Cell<String>,
    /// The timer that checks for a pause in typing while the field has focus.
    interval: Cell<Option<PauseCheck>>,
}

impl Counter {
    fn value(&self) -> String {
        if let Some(textarea) = self.field.dyn_ref::<HtmlTextAreaElement>() {
            textarea.value()
        } else if let Some(input) = self.field.dyn_ref::<HtmlInputElement>() {
            input.value()
        } else {
            String::new()
        }
    }

    fn recount(&self) {
        let text = self.value();
        let count = match self.counting {
            Counting::Length => text.encode_utf16().count(),
            Counting::LegacyWords => text
                .split(crate::config::is_js_space)
                .filter(|w| !w.is_empty())
                .count(),
            Counting::Characters | Counting::Words => self.segments(&text),
        };
        self.count.set(count as f64);
        crate::watch::changed(&self.root, || {
            crate::watch::Change::Remaining(self.remaining())
        });
    }

    /// Graphemes, or word-like segments, by the browser's `Intl.Segmenter`.
    fn segments(&self, text: &str) -> usize {
        let Some(segmenter) = &self.segmenter else {
            return 0;
        };
        let segments = js_sys::Reflect::get(segmenter, &"segment".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call1(segmenter, &JsValue::from_str(text)).ok())
            .map(|s| js_sys::Array::from(&s))
            .unwrap_or_default();
        if self.counting == Counting::Characters {
            return segments.length() as usize;
        }
        segments
            .iter()
            .filter(|s| {
                js_sys::Reflect::get(s, &JsValue::from_str("isWordLike"))
                    .ok()
                    .and_then(|v| v.as_bool())
                    == Some(true)
            })
            .count()
    }

    fn remaining(&self) -> f64 {
        self.max_length - self.count.get()
    }

    fn message(&self) -> String {
        let remaining = self.remaining();
        let prefix = if self.words { "words" } else { "characters" };
        let (suffix, count) = if remaining == 0.0 {
            ("AtLimit", Count::Absent)
        } else if remaining < 0.0 {
            ("OverLimit", Count::Of(remaining.abs()))
        } else {
            ("UnderLimit", Count::Of(remaining))
        };
        self.i18n.t(&format!("{prefix}{suffix}"), count)
    }

    fn is_over_threshold(&self) -> bool {
        if self.threshold == 0.0 || self.threshold.is_nan() {
            return true;
        }
        self.max_length * self.threshold / 100.0 <= self.count.get()
    }

    fn update_visible(&self) {
        let remaining = self.remaining();
        let over = remaining < 0.0;
        toggle_class(
            &self.visible,
            "govuk-character-count__message--disabled",
            !self.is_over_threshold(),
        );
        if !self.has_error_message {
            toggle_class(&self.field, "govuk-textarea--error", over);
        }
        toggle_class(&self.visible, "govuk-error-message", over);
        toggle_class(&self.visible, "govuk-hint", !over);
        self.visible.set_text_content(Some(&self.message()));
    }

    fn update_screen_reader(&self) {
        if self.is_over_threshold() {
            let _ = self.status.remove_attribute("aria-hidden");
        } else {
            let _ = self.status.set_attribute("aria-hidden", "true");
        }
        self.status.set_text_content(Some(&self.message()));
    }

    fn update_messages(&self) {
        self.update_visible();
        self.update_screen_reader();
    }
}

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    let field: HtmlElement = query(root, ".govuk-js-character-count")
        .ok_or_else(|| not_found(MODULE, "Form field (`.govuk-js-character-count`)"))?
        .dyn_into()
        .ok()
        .filter(|f: &HtmlElement| {
            f.is_instance_of::<HtmlTextAreaElement>() || f.is_instance_of::<HtmlInputElement>()
        })
        .ok_or_else(|| {
            format!("{MODULE}: Form field (`.govuk-js-character-count`) is not of type HTMLTextareaElement or HTMLInputElement")
        })?;

    // The options, with govuk-frontend's precedence: `data-maxwords` (deprecated) counts words
    // and stands in for `data-maxlength` when that is absent.
    let max_length_attribute = config::number(root, "data-maxlength");
    let max_words = config::number(root, "data-maxwords");
    let mut count_type = "length".to_owned();
    if max_words.is_some() && max_length_attribute.is_none() {
        count_type = "words".into();
    }
    if let Some(given) = config::text(root, "data-count-type") {
        count_type = given;
    }
    let max_length = max_length_attribute.or(max_words);
    let truthy = |n: Option<f64>| n.is_some_and(|n| n != 0.0 && !n.is_nan());
    if !truthy(max_words) && !truthy(max_length) {
        return Err(format!(
            "{MODULE}: Either \"maxlength\" or \"maxwords\" must be provided"
        ));
    }
    let threshold = config::number(root, "data-threshold").unwrap_or(0.0);
    let locale = closest_lang(root).unwrap_or_else(page_lang);
    let i18n = I18n::new((EN, CY), root, locale.clone());
    let counting = match count_type.as_str() {
        "characters" => Counting::Characters,
        "words" if max_words.is_some() => Counting::LegacyWords,
        "words" => Counting::Words,
        _ => Counting::Length,
    };
    let segmenter = if matches!(counting, Counting::Characters | Counting::Words) {
        Some(segmenter(&locale, counting == Counting::Words)?)
    } else {
        None
    };
    let max_length = max_length.unwrap_or(f64::INFINITY);

    let description_id = format!("{}-info", field.id());
    let description: HtmlElement = document()
        .get_element_by_id(&description_id)
        .and_then(|e| e.dyn_into().ok())
        .ok_or_else(|| {
            not_found(
                MODULE,
                &format!("Count message (`id=\"{description_id}\"`)"),
            )
        })?;
    let has_error_message = query(root, ".govuk-error-message").is_some();

    if crate::config::js_trim(&description.text_content().unwrap_or_default()).is_empty() {
        description.set_text_content(Some(&i18n.t("textareaDescription", Count::Of(max_length))));
    }
    let _ = field.insert_adjacent_element("afterend", &description);
    let status = create(
        "div",
        &[
            (
                "class",
                "govuk-character-count__sr-status govuk-visually-hidden",
            ),
            ("aria-live", "polite"),
        ],
    );
    let _ = description.insert_adjacent_element("afterend", &status);
    let visible = create(
        "div",
        &[
            (
                "class",
                &format!("{} govuk-character-count__status", description.class_name()),
            ),
            ("aria-hidden", "true"),
        ],
    );
    let _ = description.insert_adjacent_element("afterend", &visible);
    toggle_class(&description, "govuk-visually-hidden", true);
    let _ = field.remove_attribute("maxlength");

    let counter = Rc::new(Counter {
        root: root.clone(),
        field,
        visible,
        status,
        has_error_message,
        counting,
        words: count_type == "words",
        max_length,
        threshold,
        segmenter,
        i18n,
        count: Cell::new(0.0),
        last_input: Cell::new(None),
        last_value: Cell::new(String::new()),
        interval: Cell::new(None),
    });
    listen(&counter);
    counter.recount();
    counter.update_messages();
    Ok(())
}

/// Stops checking for a pause in typing, and frees the check.
fn stop(counter: &Counter) {
    if let Some((id, _tick)) = counter.interval.take() {
        window().clear_interval_with_handle(id);
    }
}

/// The browser's `Intl.Segmenter` for words or graphemes, or govuk-frontend's errors when the
/// browser has none or the locale is malformed.
fn segmenter(locale: &str, words: bool) -> Result<JsValue, String> {
    let constructor = crate::i18n::intl("Segmenter")
        .ok_or_else(|| format!("{MODULE}: Support for \"Intl.Segmenter\" required"))?;
    let options = js_sys::Object::new();
    let granularity = if words { "word" } else { "grapheme" };
    let _ = js_sys::Reflect::set(&options, &"granularity".into(), &granularity.into());
    let arguments = js_sys::Array::of2(&JsValue::from_str(locale), &options);
    js_sys::Reflect::construct(&constructor, &arguments).map_err(|error| {
        js_sys::Reflect::get(&error, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .map(|m| format!("RangeError: {m}"))
            .unwrap_or_else(|| format!("{MODULE}: cannot count in locale \"{locale}\""))
    })
}

fn listen(counter: &Rc<Counter>) {
    let typed = counter.clone();
    on::<web_sys::Event>(&counter.field, "input", move |_| {
        typed.recount();
        typed.update_visible();
        typed.last_input.set(Some(js_sys::Date::now()));
    });
    // The screen-reader message follows once typing pauses (half a second), checked every
    // second while the field has focus, so it is not read out at every key.
    let focused = counter.clone();
    on::<web_sys::Event>(&counter.field, "focus", move |_| {
        let ticking = focused.clone();
        let tick = Closure::<dyn FnMut()>::new(move || {
            let quiet = match ticking.last_input.get() {
                None => true,
                Some(at) => js_sys::Date::now() - 500.0 >= at,
            };
            if quiet {
                let value = ticking.value();
                if ticking.last_value.replace(value.clone()) != value {
                    ticking.update_messages();
                }
            }
        });
        let id = window().set_interval_with_callback_and_timeout_and_arguments_0(
            tick.as_ref().unchecked_ref(),
            1000,
        );
        stop(&focused);
        if let Ok(id) = id {
            focused.interval.set(Some((id, tick)));
        }
    });
    let blurred = counter.clone();
    on::<web_sys::Event>(&counter.field, "blur", move |_| stop(&blurred));
    let restored = counter.clone();
    on::<web_sys::Event>(&window(), "pageshow", move |_| {
        let field: &Element = &restored.field;
        if restored.value() != field.text_content().unwrap_or_default() {
            restored.recount();
            restored.update_messages();
        }
    });
}
