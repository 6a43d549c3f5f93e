//! The checkboxes' behaviour (govuk-frontend's `Checkboxes`): a conditional question shows
//! while its box is ticked, and an exclusive choice ("None of these") unticks the others and
//! is unticked by them.

use crate::choices::{same_form, start as start_choices, sync, Kind};
use web_sys::HtmlElement;

const KIND: Kind = Kind {
    module: "govuk-checkboxes",
    input_type: "checkbox",
    block: "govuk-checkboxes",
};

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    start_choices(&KIND, root, |input| {
        if input.has_attribute("aria-controls") {
            sync(&KIND, input);
        }
        if !input.checked() {
            return;
        }
        let name = input.name();
        let others = if input.get_attribute("data-behaviour").as_deref() == Some("exclusive") {
            same_form(&format!("input[type=\"checkbox\"][name=\"{name}\"]"), input)
        } else {
            same_form(
                &format!("input[data-behaviour=\"exclusive\"][type=\"checkbox\"][name=\"{name}\"]"),
                input,
            )
        };
        for other in others.iter().filter(|other| *other != input) {
            other.set_checked(false);
            sync(&KIND, other);
        }
    })
}
