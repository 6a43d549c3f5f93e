//! Examples of `textarea`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A longer answer
pub fn what_happened() -> impl IntoView {
    let details = RwSignal::new(String::new());
    view! {
        <Textarea name="textarea-details" label="Tell us what happened"
            hint="Include the date and where it happened" value=details />
    }
}
