//! Examples of `checkboxes`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Any number of answers, with "None" that clears the others
pub fn waste_types() -> impl IntoView {
    let chosen = RwSignal::new(Vec::<String>::new());
    let none = ChoiceItem {
        behaviour: Some("exclusive".into()),
        ..ChoiceItem::new("none", "None of these")
    };
    view! {
        <Checkboxes name="checkboxes-waste" legend="Which types of waste do you put out?"
            hint="Select all that apply"
            items=vec![
                ChoiceItem::new("food", "Food waste"),
                ChoiceItem::new("garden", "Garden waste"),
                ChoiceItem::new("glass", "Glass"),
                ChoiceItem::divider("or"),
                none,
            ]
            values=chosen />
        <p class="govuk-body">{move || format!("Chosen: {}", chosen.get().join(", "))}</p>
    }
}
