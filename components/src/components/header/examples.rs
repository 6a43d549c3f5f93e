//! Examples of `header`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// The GOV.UK header of a service on GOV.UK
pub fn product() -> impl IntoView {
    view! { <Header product_name="Design System" /> }
}
