//! Add another: a list the person builds one item at a time (people in a household, vehicles),
//! each item with a change and a remove link, and the question whether to add another.
//!
//! # Accessibility
//!
//! **Keyboard.** The items' links, the yes/no radios (arrow keys) and Continue follow in the
//! tab order.
//!
//! **Screen readers.** The items are a summary list, each link carrying the item it acts on as
//! visually hidden text; the question is a fieldset with its legend.

use civic::prelude::*;
use civic_patterns::pages::AddAnotherPage;
use civic_patterns::questions::{Question, QuestionKind};

/// The people who live at an address
pub fn household() -> impl IntoView {
    let locale = use_context::<Locale>().unwrap_or_default();
    let question = Question::new("people", "the people who live here", QuestionKind::Text { max_length: Some(100) });
    view! {
        <AddAnotherPage question=question locale=locale max=8 action="#add-another-post"
            items=vec!["Sam Smith".to_owned(), "Ali Jones".to_owned()]
            item_href=Callback::new(|index: usize| format!("#add-another-person-{}", index + 1)) />
    }
}
