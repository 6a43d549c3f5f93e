//! Examples of `back-link`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Back to the previous question
pub fn back() -> impl IntoView {
    view! { <BackLink href="#back-link-previous" /> }
}
