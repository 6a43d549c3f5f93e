//! Examples of `generic-header`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A council's header, with its name as the logo
pub fn council() -> impl IntoView {
    view! { <GenericHeader logo_text="Anytown Council" url="#generic-header-home" /> }
}
