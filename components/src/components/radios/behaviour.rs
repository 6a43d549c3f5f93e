//! The radios' behaviour (govuk-frontend's `Radios`): a conditional question shows while its
//! radio is chosen, and hides again when another radio of the same name is.

use crate::choices::{same_form, start as start_choices, sync, Kind};
use web_sys::HtmlElement;

const KIND: Kind = Kind {
    module: "govuk-radios",
    input_type: "radio",
    block: "govuk-radios",
};

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    start_choices(&KIND, root, |input| {
        let name = input.name();
        for other in same_form("input[type=\"radio\"][aria-controls]", input)
            .iter()
            .filter(|other| other.name() == name)
        {
            sync(&KIND, other);
        }
    })
}
