//! Examples of `breadcrumbs`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Where a page sits in a council's site
pub fn bins_and_recycling() -> impl IntoView {
    view! {
        <Breadcrumbs>
            <Crumb slot href="#breadcrumbs-home">"Home"</Crumb>
            <Crumb slot href="#breadcrumbs-bins">"Bins and recycling"</Crumb>
        </Breadcrumbs>
    }
}
