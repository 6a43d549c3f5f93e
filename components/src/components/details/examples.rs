//! Examples of `details`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// More help, hidden until asked for
pub fn help_with_nationality() -> impl IntoView {
    view! {
        <Details summary="Help with nationality">
            "We need to know your nationality so we can work out which elections you’re entitled to vote in."
        </Details>
    }
}
