//! A task list page: a longer service's sections, each with its status from the answers,
//! linking to the first page still to answer.
//!
//! # Accessibility
//!
//! **Keyboard.** Each section that can be started is a link in the tab order; one that cannot
//! start yet is text.
//!
//! **Screen readers.** Each link is read with its status ("Not yet started"), which it points
//! to with `aria-describedby`.

use civic::prelude::*;
use civic_patterns::flow::Status;
use civic_patterns::pages::TaskListPage;

/// The sections of a Blue Badge application
pub fn blue_badge() -> impl IntoView {
    let locale = use_context::<Locale>().unwrap_or_default();
    view! {
        <TaskListPage title="Apply for a Blue Badge" locale=locale sections=vec![
            ("Your details".to_owned(), Status::Completed, "#task-list-page-details".to_owned()),
            ("Your eligibility".to_owned(), Status::InProgress, "#task-list-page-eligibility".to_owned()),
            ("Check and send".to_owned(), Status::CannotStart, "#task-list-page-send".to_owned()),
        ] />
    }
}
