//! One module per govuk-frontend component, each writing every class that component uses.

mod button;
mod character_count;
mod choice;
mod date_input;
mod error_message;
mod error_summary;
mod fieldset;
mod file_upload;
mod hint;
mod input;
mod label;
mod password_input;
mod select;
mod textarea;

use super::builder::Css;

/// Every component's styles, in the order govuk-frontend's stylesheet has them (later rules
/// may rely on earlier ones, as the hint's spacing after a label does).
pub fn all(css: &mut Css) {
    error_message::error_message(css);
    hint::hint(css);
    label::label(css);
    fieldset::fieldset(css);
    button::button(css);
    textarea::textarea(css);
    character_count::character_count(css);
    choice::checkboxes(css);
    error_summary::error_summary(css);
    file_upload::file_upload(css);
    input::input(css);
    date_input::date_input(css);
    password_input::password_input(css);
    choice::radios(css);
    select::select(css);
}
