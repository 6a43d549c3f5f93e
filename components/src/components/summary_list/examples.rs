//! Examples of `summary-list`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Answers to check, each with a change link
pub fn check_your_answers() -> impl IntoView {
    view! {
        <SummaryList rows=vec![
            SummaryListRow::new("Name", "Sarah Philips")
                .with_action(SummaryAction::new("Change", "#summary-list-name", "name")),
            SummaryListRow::new("Postcode", "SW1A 2AA")
                .with_action(SummaryAction::new("Change", "#summary-list-postcode", "postcode")),
        ] />
    }
}

/// A card titling one person's answers
pub fn summary_card() -> impl IntoView {
    view! {
        <SummaryCard title="Lead tenant">
            <CardAction slot href="#summary-card-remove" text="Remove" />
            <SummaryRow slot key="Name" value="Sarah Philips" />
            <SummaryRow slot key="Date of birth" value="5 January 1978" />
        </SummaryCard>
    }
}
