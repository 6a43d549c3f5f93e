//! Exit this page's behaviour (govuk-frontend's `ExitThisPage`): the button, or pressing
//! Shift three times in a row, covers the page at once and leaves for a safe site; lights
//! on the button and a screen-reader message count the presses, which expire after 5 seconds.

use super::messages::{CY, EN};
use crate::dom::{create, document, on, page_lang, query, query_all, toggle_class, window};
use crate::i18n::I18n;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlAnchorElement, HtmlElement, KeyboardEvent, MouseEvent};

const MODULE: &str = "govuk-exit-this-page";
/// How long Shift presses count, and how long the "expired" message stays.
const TIMEOUT_MS: i32 = 5000;
/// Set on `<body>` by the first instance, which alone listens for Shift.
const KEYPRESS_MARKER: &str = "data-govuk-frontend-exit-this-page-keypress";

struct Exit {
    button: HtmlAnchorElement,
    indicator: HtmlElement,
    update: HtmlElement,
    overlay: Cell<Option<Element>>,
    presses: Cell<u32>,
    last_key_was_modified: Cell<bool>,
    keypress_timer: Cell<Option<i32>>,
    message_timer: Cell<Option<i32>>,
    i18n: I18n,
}

impl Exit {
    fn update_indicator(&self) {
        let presses = self.presses.get();
        toggle_class(
            &self.indicator,
            "govuk-exit-this-page__indicator--visible",
            presses > 0,
        );
        for (index, light) in query_all(&self.indicator, ".govuk-exit-this-page__indicator-light")
            .iter()
            .enumerate()
        {
            toggle_class(
                light,
                "govuk-exit-this-page__indicator-light--on",
                (index as u32) < presses,
            );
        }
    }

    fn exit(&self) {
        self.update.set_text_content(Some(""));
        let body = document().body();
        if let Some(body) = &body {
            toggle_class(body, "govuk-exit-this-page-hide-content", true);
        }
        let overlay = create(
            "div",
            &[("class", "govuk-exit-this-page-overlay"), ("role", "alert")],
        );
        if let Some(body) = &body {
            let _ = body.append_child(&overlay);
        }
        overlay.set_text_content(Some(&self.i18n.text("activated")));
        self.overlay.set(Some(overlay.into()));
        let _ = window().location().set_href(&self.button.href());
    }

    fn clear(timer: &Cell<Option<i32>>) {
        if let Some(id) = timer.take() {
            window().clear_timeout_with_handle(id);
        }
    }

    fn set_keypress_timer(self: &Rc<Self>) {
        Self::clear(&self.keypress_timer);
        let this = self.clone();
        let id = crate::dom::after(TIMEOUT_MS, move || this.reset_keypress_timer());
        self.keypress_timer.set(id);
    }

    fn reset_keypress_timer(&self) {
        Self::clear(&self.keypress_timer);
        self.presses.set(0);
        self.update
            .set_text_content(Some(&self.i18n.text("timedOut")));
        let update = self.update.clone();
        let id = crate::dom::after(TIMEOUT_MS, move || update.set_text_content(Some("")));
        self.message_timer.set(id);
        self.update_indicator();
    }

    fn key_up(self: &Rc<Self>, event: &KeyboardEvent) {
        if event.key() == "Shift" && !self.last_key_was_modified.get() {
            self.presses.set(self.presses.get() + 1);
            self.update_indicator();
            Self::clear(&self.message_timer);
            if self.presses.get() >= 3 {
                self.presses.set(0);
                Self::clear(&self.keypress_timer);
                self.exit();
            } else {
                let key = if self.presses.get() == 1 {
                    "pressTwoMoreTimes"
                } else {
                    "pressOneMoreTime"
                };
                self.update.set_text_content(Some(&self.i18n.text(key)));
            }
            self.set_keypress_timer();
        } else if self.keypress_timer.get().is_some() {
            self.reset_keypress_timer();
        }
        self.last_key_was_modified.set(event.shift_key());
    }

    /// Undoes the exit when the browser brings the page back from its cache.
    fn reset_page(&self) {
        if let Some(body) = document().body() {
            toggle_class(&body, "govuk-exit-this-page-hide-content", false);
        }
        if let Some(overlay) = self.overlay.take() {
            overlay.remove();
        }
        let _ = self.update.set_attribute("role", "status");
        self.update.set_text_content(Some(""));
        self.update_indicator();
        // govuk-frontend clears both timers here but keeps their ids.
        if let Some(id) = self.keypress_timer.get() {
            window().clear_timeout_with_handle(id);
        }
        if let Some(id) = self.message_timer.get() {
            window().clear_timeout_with_handle(id);
        }
    }
}

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    let button = query(root, ".govuk-exit-this-page__button");
    let button: HtmlAnchorElement = match button {
        None => {
            return Err(format!("{MODULE}: Button (`.govuk-exit-this-page__button`) not found"))
        }
        Some(element) => element.dyn_into().map_err(|_| {
            format!("{MODULE}: Button (`.govuk-exit-this-page__button`) is not of type HTMLAnchorElement")
        })?,
    };
    let i18n = I18n::new((EN, CY), root, page_lang());
    let skip_link = document()
        .query_selector(".govuk-js-exit-this-page-skiplink")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok());

    let indicator = create(
        "div",
        &[
            ("class", "govuk-exit-this-page__indicator"),
            ("aria-hidden", "true"),
        ],
    );
    for _ in 0..3 {
        let _ = indicator.append_child(&create(
            "div",
            &[("class", "govuk-exit-this-page__indicator-light")],
        ));
    }
    let _ = button.append_child(&indicator);
    let update = create(
        "span",
        &[("role", "status"), ("class", "govuk-visually-hidden")],
    );
    let _ = root.append_child(&update);

    let exit = Rc::new(Exit {
        button,
        indicator,
        update,
        overlay: Cell::new(None),
        presses: Cell::new(0),
        last_key_was_modified: Cell::new(false),
        keypress_timer: Cell::new(None),
        message_timer: Cell::new(None),
        i18n,
    });
    for link in std::iter::once(exit.button.clone()).chain(skip_link) {
        let clicked = exit.clone();
        on::<MouseEvent>(&link, "click", move |event| {
            event.prevent_default();
            clicked.exit();
        });
    }
    if let Some(body) = document().body()
        && !body.has_attribute(KEYPRESS_MARKER)
    {
        let pressed = exit.clone();
        crate::dom::on_capture::<KeyboardEvent>(&document(), "keyup", move |event| {
            pressed.key_up(&event)
        });
        let _ = body.set_attribute(KEYPRESS_MARKER, "true");
    }
    let shown = exit.clone();
    on::<web_sys::Event>(&window(), "pageshow", move |_| shown.reset_page());
    Ok(())
}
