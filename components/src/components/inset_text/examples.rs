//! Examples of `inset-text`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Information set apart from the text around it
pub fn how_long() -> impl IntoView {
    view! { <InsetText>"It can take up to 8 weeks to register a lasting power of attorney."</InsetText> }
}
