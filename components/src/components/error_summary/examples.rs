//! Examples of `error-summary`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// The page's problems, each linking to its field
pub fn there_is_a_problem() -> impl IntoView {
    view! {
        <ErrorSummary title="There is a problem"
            errors=vec![ErrorSummaryItem::new("#error-summary-postcode", "Enter a real postcode")] />
        <Input name="error-summary-postcode" label="Postcode" classes="govuk-input--width-10"
            error="Enter a real postcode" />
    }
}
