//! Examples of `panel`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// The confirmation at the end of a service
pub fn application_complete() -> impl IntoView {
    view! {
        <Panel title="Application complete">
            "Your reference number" <br /> <strong>"HDJ2123F"</strong>
        </Panel>
    }
}
