//! Examples of `label`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A label for a field written by hand
pub fn postcode() -> impl IntoView {
    view! {
        <Label text="Postcode" r#for="label-postcode" />
        <input class="govuk-input govuk-input--width-10" id="label-postcode" name="postcode" type="text" />
    }
}
