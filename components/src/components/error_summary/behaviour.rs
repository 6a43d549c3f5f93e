//! The error summary's behaviour (govuk-frontend's `ErrorSummary`): the summary takes focus
//! when the page loads, so a screen reader announces the errors first; following one of its
//! links focuses the field and scrolls its question (legend or label) into view.

use crate::config;
use crate::dom::{document, set_focus, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlAnchorElement, HtmlElement, HtmlInputElement, MouseEvent};

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    if !config::boolean(root, "data-disable-auto-focus").unwrap_or(false) {
        set_focus(root, || {}, || {});
    }
    crate::dom::on::<MouseEvent>(root, "click", |event| {
        let Some(link) = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlAnchorElement>().ok())
        else {
            return;
        };
        if focus_target(&link) {
            event.prevent_default();
        }
    });
    Ok(())
}

/// Focuses the field a link points to, with its question in view; false when there is no
/// such field (the link is then followed as usual).
fn focus_target(link: &HtmlAnchorElement) -> bool {
    let id = link.hash().replacen('#', "", 1);
    if id.is_empty() {
        return false;
    }
    let Some(input) = document().get_element_by_id(&id) else {
        return false;
    };
    let Some(question) = legend_or_label(&input) else {
        return false;
    };
    question.scroll_into_view();
    if let Some(input) = input.dyn_ref::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = input.focus_with_options(&options);
    }
    true
}

/// The question a field answers: its fieldset's legend for a choice, or for another field
/// when the legend is close enough above it to stay in view; else its label.
fn legend_or_label(input: &Element) -> Option<Element> {
    let fieldset = input.closest("fieldset").ok().flatten();
    if let Some(legend) = fieldset.and_then(|f| f.get_elements_by_tag_name("legend").item(0)) {
        let is_choice = input
            .dyn_ref::<HtmlInputElement>()
            .is_some_and(|i| i.type_() == "checkbox" || i.type_() == "radio");
        if is_choice {
            return Some(legend);
        }
        let legend_top = legend.get_bounding_client_rect().top();
        let rect = input.get_bounding_client_rect();
        let viewport = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if rect.height() != 0.0
            && viewport != 0.0
            && rect.top() + rect.height() - legend_top < viewport / 2.0
        {
            return Some(legend);
        }
    }
    let id = input.id();
    document()
        .query_selector(&format!("label[for='{id}']"))
        .ok()
        .flatten()
        .or_else(|| input.closest("label").ok().flatten())
}
