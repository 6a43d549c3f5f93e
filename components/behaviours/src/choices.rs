//! What the checkboxes' and radios' behaviours share: a conditional question revealed while
//! its choice is chosen (`aria-controls`, `aria-expanded`), kept in step after the browser
//! restores a page from its cache (`pageshow`).

use super::dom::{document, not_found, on, query_all, toggle_class, window};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, MouseEvent};

/// One kind of choice: `checkbox` or `radio`, with its module and class names.
pub(crate) struct Kind {
    pub module: &'static str,
    pub input_type: &'static str,
    /// `govuk-checkboxes` or `govuk-radios`.
    pub block: &'static str,
}

/// Shows or hides the conditional question an input controls.
pub(crate) fn sync(kind: &Kind, input: &HtmlInputElement) {
    let Some(id) = input.get_attribute("aria-controls") else {
        return;
    };
    let Some(target) = document().get_element_by_id(&id) else {
        return;
    };
    if target
        .class_list()
        .contains(&format!("{}__conditional", kind.block))
    {
        let checked = input.checked();
        let _ = input.set_attribute("aria-expanded", if checked { "true" } else { "false" });
        toggle_class(
            &target,
            &format!("{}__conditional--hidden", kind.block),
            !checked,
        );
    }
}

/// Starts the shared part: turns `data-aria-controls` into `aria-controls`, syncs every input
/// now and after `pageshow`, and calls `on_click` for clicks on an input of this kind.
pub(crate) fn start(
    kind: &'static Kind,
    root: &HtmlElement,
    on_click: impl Fn(&HtmlInputElement) + 'static,
) -> Result<(), String> {
    let selector = format!("input[type=\"{}\"]", kind.input_type);
    let inputs: Vec<HtmlInputElement> = query_all(root, &selector)
        .into_iter()
        .filter_map(|e| e.dyn_into().ok())
        .collect();
    if inputs.is_empty() {
        return Err(not_found(
            kind.module,
            &format!("Form inputs (`<input type=\"{}\">`)", kind.input_type),
        ));
    }
    for input in &inputs {
        let Some(target) = input
            .get_attribute("data-aria-controls")
            .filter(|t| !t.is_empty())
        else {
            continue;
        };
        if document().get_element_by_id(&target).is_none() {
            return Err(not_found(
                kind.module,
                &format!("Conditional reveal (`id=\"{target}\"`)"),
            ));
        }
        let _ = input.set_attribute("aria-controls", &target);
        let _ = input.remove_attribute("data-aria-controls");
    }
    let synced = inputs.clone();
    on::<web_sys::Event>(&window(), "pageshow", move |_| {
        synced.iter().for_each(|input| sync(kind, input))
    });
    inputs.iter().for_each(|input| sync(kind, input));
    on::<MouseEvent>(root, "click", move |event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        if input.type_() == kind.input_type {
            on_click(&input);
        }
    });
    Ok(())
}

/// The inputs in the whole document that match `selector` and belong to the same form as
/// `input` (or to no form, like it).
pub(crate) fn same_form(selector: &str, input: &HtmlInputElement) -> Vec<HtmlInputElement> {
    let form = input.form();
    super::dom::query_document(selector)
        .into_iter()
        .filter_map(|e| e.dyn_into::<HtmlInputElement>().ok())
        .filter(|other| other.form() == form)
        .collect()
}
