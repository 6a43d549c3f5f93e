//! Examples of `fieldset`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// The parts of an address under one question
pub fn address() -> impl IntoView {
    view! {
        <Fieldset legend="What is your address?">
            <Input name="fieldset-address-line-1" label="Address line 1" autocomplete="address-line1" />
            <Input name="fieldset-address-town" label="Town or city" autocomplete="address-level2"
                classes="govuk-!-width-two-thirds" />
            <Input name="fieldset-address-postcode" label="Postcode" autocomplete="postal-code"
                classes="govuk-input--width-10" />
        </Fieldset>
    }
}
