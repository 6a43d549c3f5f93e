//! Examples of `password-input`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A password the user can show, with whether it is shown read back
pub fn password() -> impl IntoView {
    let password = RwSignal::new(String::new());
    let (shown, set_shown) = signal(false);
    view! {
        <PasswordInput name="password-input-password" label="Password" value=password shown=set_shown />
        <p class="govuk-body">{move || if shown.get() { "The password is shown" } else { "The password is hidden" }}</p>
    }
}
