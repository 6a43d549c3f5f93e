//! Examples of `error-message`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// What is wrong, and how to put it right
pub fn postcode() -> impl IntoView {
    view! { <ErrorMessage text="Enter a postcode, like SW1A 2AA" /> }
}
