//! Examples of `input`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A question with a hint
pub fn with_hint() -> impl IntoView {
    view! {
        <Input name="input-reference" label="What is your reference number?"
            hint="It is on the letter we sent you, for example AB123456" />
    }
}

/// An answer checked as it is typed: the error follows the answer
pub fn checked_as_typed() -> impl IntoView {
    let postcode = RwSignal::new(String::new());
    let error = Signal::derive(move || {
        let answer = postcode.get();
        (!answer.is_empty() && !answer.chars().any(|c| c.is_ascii_digit()))
            .then(|| "Enter a real postcode".to_owned())
    });
    view! {
        <Input name="input-postcode" label="Postcode" autocomplete="postal-code"
            classes="govuk-input--width-10" value=postcode error=error />
    }
}
