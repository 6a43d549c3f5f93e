//! Examples of `skip-link`, drawn live on its showcase page and shown there as their code
//! (Tab to it to see it).

use civic::prelude::*;

/// Straight to the page's main content
pub fn main_content() -> impl IntoView {
    view! { <SkipLink text="Skip to main content" href="#main-content" /> }
}
