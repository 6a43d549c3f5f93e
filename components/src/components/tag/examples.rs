//! Examples of `tag`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Statuses, each in its own colour and words
pub fn statuses() -> impl IntoView {
    view! {
        <p class="govuk-body"><Tag text="Completed" classes="govuk-tag--green" /></p>
        <p class="govuk-body"><Tag text="In progress" classes="govuk-tag--light-blue" /></p>
        <p class="govuk-body"><Tag text="Overdue" classes="govuk-tag--red" /></p>
    }
}
