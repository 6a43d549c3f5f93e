//! The button's behaviour (govuk-frontend's `Button`): a link styled as a button answers the
//! space bar as a button does, and `data-prevent-double-click` ignores a second click within
//! a second, so a form is not sent twice.

use crate::config;
use crate::dom::on;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent, MouseEvent};

/// How long a click blocks the next one (govuk-frontend's `DEBOUNCE_TIMEOUT_IN_SECONDS`).
const DEBOUNCE_MS: i32 = 1000;

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    let prevent_double_click = config::boolean(root, "data-prevent-double-click").unwrap_or(false);
    on::<KeyboardEvent>(root, "keydown", |event| {
        let Some(target) = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlElement>().ok())
        else {
            return;
        };
        if event.key() == " " && target.get_attribute("role").as_deref() == Some("button") {
            event.prevent_default();
            target.click();
        }
    });
    let blocked = Rc::new(Cell::new(false));
    on::<MouseEvent>(root, "click", move |event| {
        if !prevent_double_click {
            return;
        }
        if blocked.get() {
            event.prevent_default();
            return;
        }
        blocked.set(true);
        let unblock = blocked.clone();
        crate::dom::after(DEBOUNCE_MS, move || unblock.set(false));
    });
    Ok(())
}
