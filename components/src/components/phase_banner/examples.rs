//! Examples of `phase-banner`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A new service asking for feedback
pub fn beta() -> impl IntoView {
    view! {
        <PhaseBanner tag="Beta"
            html=TrustedHtml::new("This is a new service. <a class=\"govuk-link\" href=\"#phase-banner-feedback\">Give your feedback</a>.") />
    }
}
