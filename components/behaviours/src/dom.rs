//! DOM helpers the behaviours share.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, UnwrapThrowExt};
use web_sys::{Element, EventTarget, HtmlElement};

pub(crate) fn window() -> web_sys::Window {
    web_sys::window().expect_throw("behaviours run in a browser window")
}

pub(crate) fn document() -> web_sys::Document {
    window().document().expect_throw("a window has a document")
}

/// Listens for `kind` events on `target` for the rest of the page's life, as govuk-frontend's
/// listeners do (the closure is kept, never dropped).
pub(crate) fn on<E: JsCast + 'static>(
    target: &EventTarget,
    kind: &str,
    handler: impl FnMut(E) + 'static,
) {
    on_with(target, kind, false, handler);
}

/// [`on`], in the capture phase.
pub(crate) fn on_capture<E: JsCast + 'static>(
    target: &EventTarget,
    kind: &str,
    handler: impl FnMut(E) + 'static,
) {
    on_with(target, kind, true, handler);
}

fn on_with<E: JsCast + 'static>(
    target: &EventTarget,
    kind: &str,
    capture: bool,
    handler: impl FnMut(E) + 'static,
) {
    // Never removed: forgetting the listener keeps its closure alive with the page.
    std::mem::forget(Listener::add(target, kind, capture, handler));
}

/// The first element under `root` that matches `selector`.
pub(crate) fn query(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// Every element under `root` that matches `selector`, in document order.
pub(crate) fn query_all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// Every element in the document that matches `selector`.
pub(crate) fn query_document(selector: &str) -> Vec<Element> {
    match document().document_element() {
        Some(html) => query_all(&html, selector),
        None => Vec::new(),
    }
}

/// A new element with attributes set in the order given, as govuk-frontend's
/// `createElement` sets them.
pub(crate) fn create(tag: &str, attributes: &[(&str, &str)]) -> HtmlElement {
    let element: HtmlElement = document()
        .create_element(tag)
        .expect_throw("a document creates elements")
        .unchecked_into();
    for (name, value) in attributes {
        let _ = element.set_attribute(name, value);
    }
    element
}

/// Adds or removes a class.
pub(crate) fn toggle_class(element: &Element, class: &str, on: bool) {
    let _ = element.class_list().toggle_with_force(class, on);
}

/// Focuses `element` as govuk-frontend's `setFocus` does: an element that cannot take focus
/// gets `tabindex="-1"` until it loses focus again; `on_before` runs before the focus moves
/// and `on_blur` when it leaves.
pub(crate) fn set_focus(
    element: &HtmlElement,
    on_before: impl FnOnce(),
    on_blur: impl FnOnce() + 'static,
) {
    let had_tabindex = element
        .get_attribute("tabindex")
        .is_some_and(|t| !t.is_empty());
    if !had_tabindex {
        let _ = element.set_attribute("tabindex", "-1");
    }
    let target = element.clone();
    let mut on_blur = Some(on_blur);
    let blur = once(move || {
        if let Some(on_blur) = on_blur.take() {
            on_blur();
        }
        if !had_tabindex {
            let _ = target.remove_attribute("tabindex");
        }
    });
    let blur_target = element.clone();
    let focus = once(move || {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = blur_target.add_event_listener_with_callback_and_add_event_listener_options(
            "blur",
            blur.unchecked_ref(),
            &options,
        );
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = element.add_event_listener_with_callback_and_add_event_listener_options(
        "focus",
        focus.unchecked_ref(),
        &options,
    );
    on_before();
    let _ = element.focus();
}

/// A JavaScript function that calls `f` once, then frees it. Boxed, so that one instance of
/// wasm-bindgen's glue serves every caller.
pub(crate) fn once(f: impl FnOnce() + 'static) -> wasm_bindgen::JsValue {
    let f: Box<dyn FnOnce()> = Box::new(f);
    Closure::once_into_js(f)
}

/// Calls `f` once after `ms` milliseconds (`setTimeout`); the timer's id, to clear it.
pub(crate) fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<i32> {
    window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(once(f).unchecked_ref(), ms)
        .ok()
}

/// The language of the nearest element (itself included) with a `lang` attribute.
pub(crate) fn closest_lang(element: &Element) -> Option<String> {
    element
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
}

/// The page's language: `<html lang>`, or `en`.
pub(crate) fn page_lang() -> String {
    document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .filter(|lang| !lang.is_empty())
        .unwrap_or_else(|| "en".into())
}

/// govuk-frontend's message for a missing element: ``MODULE: WHAT not found``.
pub(crate) fn not_found(module: &str, what: &str) -> String {
    format!("{module}: {what} not found")
}

/// The value of a CSS custom property on `:root`, such as `--govuk-breakpoint-tablet`.
pub(crate) fn root_property(name: &str) -> Option<String> {
    let html = document().document_element()?;
    let style = window().get_computed_style(&html).ok()??;
    let value = style.get_property_value(name).ok()?;
    let value = crate::config::js_trim(&value);
    (!value.is_empty()).then(|| value.to_owned())
}

/// The media query for "tablet width and up", from the stylesheet's
/// `--govuk-breakpoint-tablet`, as govuk-frontend's tabs and service navigation read it.
pub(crate) fn tablet_and_up(module: &str) -> Result<web_sys::MediaQueryList, String> {
    let breakpoint = root_property("--govuk-breakpoint-tablet").ok_or_else(|| {
        not_found(
            module,
            "CSS custom property (`--govuk-breakpoint-tablet`) on pseudo-class `:root`",
        )
    })?;
    window()
        .match_media(&format!("(min-width: {breakpoint})"))
        .ok()
        .flatten()
        .ok_or_else(|| format!("{module}: the browser cannot match media queries"))
}

/// A listener that can be taken off again (the tabs' listeners come and go with the viewport).
pub(crate) struct Listener {
    target: EventTarget,
    kind: String,
    capture: bool,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    /// Listens for `kind` events on `target` until [`Listener::remove`].
    pub(crate) fn add<E: JsCast + 'static>(
        target: &EventTarget,
        kind: &str,
        capture: bool,
        mut handler: impl FnMut(E) + 'static,
    ) -> Listener {
        Self::add_boxed(
            target,
            kind,
            capture,
            Box::new(move |event: web_sys::Event| handler(event.unchecked_into())),
        )
    }

    // Not generic: one instance of wasm-bindgen's closure glue serves every listener, where
    // a generic one would be copied for each handler (about 1 KB of the enhancer, gzipped).
    fn add_boxed(
        target: &EventTarget,
        kind: &str,
        capture: bool,
        handler: Box<dyn FnMut(web_sys::Event)>,
    ) -> Listener {
        let closure = Closure::wrap(handler);
        let _ = target.add_event_listener_with_callback_and_bool(
            kind,
            closure.as_ref().unchecked_ref(),
            capture,
        );
        Listener {
            target: target.clone(),
            kind: kind.to_owned(),
            capture,
            closure,
        }
    }

    /// Stops listening.
    pub(crate) fn remove(self) {
        let _ = self.target.remove_event_listener_with_callback_and_bool(
            &self.kind,
            self.closure.as_ref().unchecked_ref(),
            self.capture,
        );
    }
}
