//! The skip link's behaviour (govuk-frontend's `SkipLink`): following the link also moves
//! keyboard focus to the main content, which cannot take focus by itself.

use crate::dom::{document, not_found, on, set_focus, toggle_class, window};
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlElement, MouseEvent};

const MODULE: &str = "govuk-skip-link";
const FOCUSED: &str = "govuk-skip-link-focused-element";

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    let Some(link) = root.dyn_ref::<HtmlAnchorElement>() else {
        return Err(format!(
            "{MODULE}: Root element (`$root`) is not of type HTMLAnchorElement"
        ));
    };
    let location = window().location();
    // A link to another page needs no help: the browser focuses its target there.
    if Some(link.origin()) != location.origin().ok()
        || Some(link.pathname()) != location.pathname().ok()
    {
        return Ok(());
    }
    let id = link.hash().replacen('#', "", 1);
    if id.is_empty() {
        return Err(format!(
            "Skip link: Target link (`href=\"{}\"`) has no hash fragment",
            root.get_attribute("href").unwrap_or_default()
        ));
    }
    let target: HtmlElement = document()
        .get_element_by_id(&id)
        .and_then(|e| e.dyn_into().ok())
        .ok_or_else(|| not_found(MODULE, &format!("Target content (`id=\"{id}\"`)")))?;
    on::<MouseEvent>(root, "click", move |_| {
        let blurred = target.clone();
        set_focus(
            &target,
            || toggle_class(&target, FOCUSED, true),
            move || toggle_class(&blurred, FOCUSED, false),
        );
    });
    Ok(())
}
