//! Examples of `exit-this-page`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A quick way out of a service for someone at risk (Shift three times leaves this page)
pub fn leave_quickly() -> impl IntoView {
    view! { <ExitThisPage redirect_url="https://www.bbc.co.uk/weather" /> }
}
