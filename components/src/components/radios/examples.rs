//! Examples of `radios`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// One answer from a short list, with the choice read back
pub fn contact_preference() -> impl IntoView {
    let chosen = RwSignal::new(String::new());
    view! {
        <Radios name="radios-contact" legend="How would you like to be contacted?"
            items=vec![
                ChoiceItem::new("email", "Email"),
                ChoiceItem::new("phone", "Phone"),
                ChoiceItem::new("post", "Post"),
            ]
            value=chosen />
        <p class="govuk-body">{move || match chosen.get().as_str() {
            "" => "Nothing chosen yet".to_owned(),
            answer => format!("You chose {answer}"),
        }}</p>
    }
}
