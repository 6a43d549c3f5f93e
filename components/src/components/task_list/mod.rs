//! `task-list`: the tasks a user must complete, with the status of each.
//!
//! # Accessibility
//!
//! **Keyboard.** Each task’s name is a link, in the tab order; a task that cannot start yet is
//! text, not a link.
//!
//! **Screen readers.** Each link points to its hint and status (`aria-describedby`), so a
//! screen reader hears the task’s name, hint and status (“Not yet started”) together.

use super::TagOptions;
use crate::prelude_internal::*;

/// Text or HTML with extra classes: a task's title, hint or status.
pub type TaskListText = TextWithClasses;

/// A task's status: a tag (for "Incomplete"), or plain text (for "Completed").
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct TaskListStatus {
    /// A tag, such as `{ "text": "Incomplete", "classes": "govuk-tag--blue" }`.
    #[serde(deserialize_with = "falsy::option")]
    pub tag: Option<TagOptions>,
    /// The status's text.
    pub text: Option<Text>,
    /// The status as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// Extra classes, such as `govuk-task-list__status--cannot-start-yet`.
    pub classes: Option<Text>,
}

/// One task.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct TaskListItem {
    /// The task's title.
    #[serde(deserialize_with = "falsy::option")]
    pub title: Option<TaskListText>,
    /// A hint under the title.
    #[serde(deserialize_with = "falsy::option")]
    pub hint: Option<TaskListText>,
    /// The task's status.
    #[serde(deserialize_with = "falsy::option")]
    pub status: Option<TaskListStatus>,
    /// Where the task's link goes; no link when it cannot be started yet.
    pub href: Option<Text>,
    /// Extra classes for the item.
    pub classes: Option<Text>,
}

impl TaskListItem {
    /// A task linking to `href`, with a plain status such as "Completed".
    pub fn new(title: &str, href: impl Into<Text>, status: &str) -> Self {
        TaskListItem {
            title: Some(title.into()),
            href: Some(href.into()),
            status: Some(TaskListStatus {
                text: Some(status.into()),
                ..Default::default()
            }),
            ..Default::default()
        }
    }
}

/// govuk-frontend's `task-list` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct TaskListOptions {
    /// The tasks.
    #[serde(deserialize_with = "falsy::list")]
    pub items: Vec<Option<TaskListItem>>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
    /// The start of the hint and status ids; `task-list` by default.
    pub id_prefix: Option<Text>,
}

impl TaskListOptions {
    fn item(prefix: &str, item: &TaskListItem, index: usize) -> AnyView {
        let hint_id = format!("{prefix}-{index}-hint");
        let status_id = format!("{prefix}-{index}-status");
        let title = item.title.clone().unwrap_or_default();
        let title_content = Content::pick(title.html.as_ref(), title.text.as_ref()).into_view();
        let name = match truthy(&item.href) {
            Some(href) => {
                let described_by = if item.hint.is_some() {
                    format!("{hint_id} {status_id}")
                } else {
                    status_id.clone()
                };
                let attrs = Attrs::new()
                    .classes("govuk-link govuk-task-list__link", &title.classes)
                    .set("href", href)
                    .set("aria-describedby", described_by);
                view! { <a {..attrs.into_view()}>{title_content}</a> }.into_any()
            }
            None => {
                let attrs = Attrs::new().set_some("class", truthy(&title.classes));
                view! { <div {..attrs.into_view()}>{title_content}</div> }.into_any()
            }
        };
        let hint = item.hint.as_ref().map(|hint| {
            let content = Content::pick(hint.html.as_ref(), hint.text.as_ref()).into_view();
            view! { <div id=hint_id class="govuk-task-list__hint">{content}</div> }
        });
        let status = item.status.clone().unwrap_or_default();
        let status_content = match status.tag {
            Some(tag) => tag.render(),
            None => Content::pick(status.html.as_ref(), status.text.as_ref()).into_view(),
        };
        let status_class = join_classes([
            "govuk-task-list__status",
            truthy(&status.classes).unwrap_or(""),
        ]);
        let item_class = join_classes([
            "govuk-task-list__item",
            if item.href.as_ref().is_some_and(Text::is_truthy) {
                "govuk-task-list__item--with-link"
            } else {
                ""
            },
            truthy(&item.classes).unwrap_or(""),
        ]);
        view! {
            <li class=item_class>
                <div class="govuk-task-list__name-and-hint">{name}{hint}</div>
                <div class=status_class id=status_id>{status_content}</div>
            </li>
        }
        .into_any()
    }

    /// Renders the task list.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .classes("govuk-task-list", &self.classes)
            .user(Some(&self.attributes));
        let prefix = truthy(&self.id_prefix).unwrap_or("task-list").to_owned();
        let items = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| item.as_ref().map(|item| Self::item(&prefix, item, i + 1)))
            .collect_view();
        view! { <ul {..attrs.into_view()}>{items}</ul> }.into_any()
    }
}

/// A task of a [`TaskList`] by composition: `<Task slot title="Your details" href="/details" status="Completed" />`.
#[slot]
pub struct Task {
    /// The task's title.
    #[prop(into)]
    title: Text,
    /// Where the task's link goes; none when it cannot be started yet.
    #[prop(optional, into)]
    href: Option<Text>,
    /// A hint under the title.
    #[prop(optional, into)]
    hint: Option<Text>,
    /// The status as plain text, such as "Completed".
    #[prop(optional, into)]
    status: Option<Text>,
    /// The status as a tag, such as "Incomplete" in blue (wins over `status`).
    #[prop(optional, into)]
    status_tag: Option<TagOptions>,
    /// Extra classes for the status, such as `govuk-task-list__status--cannot-start-yet`.
    #[prop(optional, into)]
    status_classes: Option<Text>,
}

impl From<Task> for TaskListItem {
    fn from(task: Task) -> Self {
        TaskListItem {
            title: Some(TaskListText {
                text: Some(task.title),
                ..Default::default()
            }),
            href: task.href,
            hint: task.hint.map(|text| TaskListText {
                text: Some(text),
                ..Default::default()
            }),
            status: Some(TaskListStatus {
                tag: task.status_tag,
                text: task.status,
                classes: task.status_classes,
                html: None,
            }),
            classes: None,
        }
    }
}

/// A task list, from items as data or [`Task`] slots (both render the same).
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <TaskList>
///         <Task slot title="Your details" href="/your-details" status="Completed" />
///         <Task slot title="Your vehicle" href="/your-vehicle" status_tag=TagOptions { text: Some("Incomplete".into()), classes: Some("govuk-tag--blue".into()), ..Default::default() } />
///     </TaskList>
/// };
/// ```
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <TaskList items=vec![
///         TaskListItem::new("Your details", "/your-details", "Completed"),
///         TaskListItem::new("Your vehicle", "/your-vehicle", "Completed"),
///     ] />
/// };
/// ```
#[component]
pub fn TaskList(
    /// The tasks, as data.
    #[prop(optional)]
    items: Vec<TaskListItem>,
    /// The tasks, by composition (after any `items`).
    #[prop(optional)]
    task: Vec<Task>,
    /// The start of the hint and status ids.
    #[prop(optional, into)]
    id_prefix: Option<Text>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: TaskListOptions,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<TaskListOptions>();
    TaskListOptions {
        items: given_or(
            items.into_iter()
                .chain(task.into_iter().map(TaskListItem::from)),
            options.items,
        ),
        id_prefix: id_prefix.or(options.id_prefix.clone()),
        ..options
    }
    .offered(offer)
    .render()
}
