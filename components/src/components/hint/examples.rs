//! Examples of `hint`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Help with an answer's format
pub fn postcode() -> impl IntoView {
    view! { <Hint text="For example, SW1A 2AA" id="hint-postcode" /> }
}
