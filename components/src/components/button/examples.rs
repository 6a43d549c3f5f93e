//! Examples of `button`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A button that saves the page's answers
pub fn save_and_continue() -> impl IntoView {
    view! { <Button text="Save and continue" /> }
}

/// A start button, linking to the service's first question
pub fn start_now() -> impl IntoView {
    view! { <Button text="Start now" href="#button-start" is_start_button=true /> }
}

/// A secondary button that counts its presses
pub fn counting() -> impl IntoView {
    let presses = RwSignal::new(0);
    view! {
        <Button text="Add another address" classes="govuk-button--secondary"
            on_click=Callback::new(move |()| presses.update(|n| *n += 1)) />
        <p class="govuk-body">{move || format!("Pressed {} times", presses.get())}</p>
    }
}
