//! Examples of `feedback`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Asking what users think of the service
pub fn survey() -> impl IntoView {
    view! {
        <Feedback title="Help us improve this service">
            <p class="govuk-body"><a class="govuk-link" href="#feedback-survey">"Take our short survey"</a></p>
        </Feedback>
    }
}
