//! Examples of `warning-text`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A warning with legal consequences
pub fn fine() -> impl IntoView {
    view! { <WarningText text="You can be fined up to £5,000 if you do not register." /> }
}
