//! Examples of `task-list`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// The sections of an application, with their status
pub fn apply_for_a_blue_badge() -> impl IntoView {
    let incomplete = TagOptions {
        text: Some("Incomplete".into()),
        classes: Some("govuk-tag--blue".into()),
        ..Default::default()
    };
    view! {
        <TaskList id_prefix="task-list-badge">
            <Task slot title="Your details" href="#task-list-details" status="Completed" />
            <Task slot title="Your eligibility" href="#task-list-eligibility" status_tag=incomplete />
            <Task slot title="Check and send" status="Cannot start yet" />
        </TaskList>
    }
}
