//! Examples of `language-navigation`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// English and Welsh versions of a page
pub fn english_and_welsh() -> impl IntoView {
    view! {
        <LanguageNavigation items=vec![
            LanguageNavigationItem::new("English", "en", None),
            LanguageNavigationItem::new("Cymraeg", "cy", Some("#language-navigation-cy")),
        ] />
    }
}
