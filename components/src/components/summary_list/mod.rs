//! `summary-list`: pairs of keys and values, such as the answers on a "Check your answers"
//! page, with optional change links; and the summary card that titles a list.
//!
//! # Accessibility
//!
//! **Keyboard.** Change links are in the tab order.
//!
//! **Screen readers.** A description list: each key is read with its value. Each action link
//! carries the key as visually hidden text (“Change name”), so links read out of context still
//! say what they change.

use crate::prelude_internal::*;
use std::borrow::Cow;

/// Text or HTML with extra classes: a row's key or value.
pub type SummaryText = TextWithClasses;

/// One action link, such as "Change".
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct SummaryAction {
    /// Where the link goes.
    pub href: Option<Text>,
    /// The link's text, such as "Change" (Welsh: "Newid").
    pub text: Option<Text>,
    /// The link as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// What it changes, for screen readers: "Change *name*".
    pub visually_hidden_text: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl SummaryAction {
    /// A link with this text (such as "Change") to `href`, read as "Change *what*".
    pub fn new(text: impl Into<Text>, href: impl Into<Text>, what: impl Into<Text>) -> Self {
        SummaryAction {
            text: Some(text.into()),
            href: Some(href.into()),
            visually_hidden_text: Some(what.into()),
            ..Default::default()
        }
    }
}

/// A row's or card's actions.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct SummaryActions {
    /// The action links.
    #[serde(deserialize_with = "falsy::optional_list")]
    pub items: Option<Vec<Option<SummaryAction>>>,
    /// Extra classes for the actions.
    pub classes: Option<Text>,
}

impl SummaryActions {
    /// The links, borrowed (a `null` entry is an empty link, as in the template).
    fn links(&self) -> Vec<Cow<'_, SummaryAction>> {
        self.items
            .iter()
            .flatten()
            .map(|a| a.as_ref().map_or_else(Cow::default, Cow::Borrowed))
            .collect()
    }

    fn has_links(&self) -> bool {
        self.items.iter().flatten().next().is_some()
    }
}

/// One row: a key, its value, and actions.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct SummaryListRow {
    /// The key, such as "Name".
    #[serde(deserialize_with = "falsy::option")]
    pub key: Option<SummaryText>,
    /// The value, such as "Sarah Philips".
    #[serde(deserialize_with = "falsy::option")]
    pub value: Option<SummaryText>,
    /// The row's actions.
    #[serde(deserialize_with = "falsy::option")]
    pub actions: Option<SummaryActions>,
    /// Extra classes for the row.
    pub classes: Option<Text>,
    /// The value as a Leptos view (from a [`SummaryRow`] slot's children).
    #[serde(skip)]
    pub value_view: SlotContent,
}

impl SummaryListRow {
    /// A row with this key and value.
    pub fn new(key: &str, value: &str) -> Self {
        SummaryListRow {
            key: Some(key.into()),
            value: Some(value.into()),
            ..Default::default()
        }
    }

    /// The row with an action link.
    pub fn with_action(mut self, action: SummaryAction) -> Self {
        let actions = self.actions.get_or_insert_with(Default::default);
        actions
            .items
            .get_or_insert_with(Vec::new)
            .push(Some(action));
        self
    }
}

/// A summary card's title.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct SummaryCardTitle {
    /// Text.
    pub text: Option<Text>,
    /// Trusted HTML.
    pub html: Option<TrustedHtml>,
    /// The heading level; 2 by default.
    #[serde(deserialize_with = "HeadingLevel::optional")]
    pub heading_level: Option<HeadingLevel>,
    /// Extra classes.
    pub classes: Option<Text>,
}

/// The `card` option: a summary card around the list.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct SummaryCardOptions {
    /// The card's title.
    #[serde(deserialize_with = "falsy::option")]
    pub title: Option<SummaryCardTitle>,
    /// Actions for the whole card, such as "Delete choice".
    #[serde(deserialize_with = "falsy::option")]
    pub actions: Option<SummaryActions>,
    /// Extra classes for the card.
    pub classes: Option<Text>,
    /// Extra HTML attributes for the card.
    pub attributes: Attributes,
}

/// govuk-frontend's `summary-list` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct SummaryListOptions {
    /// The rows; falsy entries are skipped.
    #[serde(deserialize_with = "falsy::list")]
    pub rows: Vec<Option<SummaryListRow>>,
    /// Puts the list in a summary card.
    #[serde(deserialize_with = "falsy::option")]
    pub card: Option<SummaryCardOptions>,
    /// Extra classes, such as `govuk-summary-list--no-border`.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

/// An action link; a card's title is added for screen readers ("Change name (Dog 1)").
fn action_link(action: &SummaryAction, card_title: Option<&SummaryCardTitle>) -> AnyView {
    let attrs = Attrs::new()
        .classes("govuk-link", &action.classes)
        .always("href", action.href.as_ref())
        .user(Some(&action.attributes));
    let content = Content::pick(action.html.as_ref(), action.text.as_ref()).into_view();
    let hidden_text = truthy(&action.visually_hidden_text);
    let hidden = (hidden_text.is_some() || card_title.is_some()).then(|| {
        let what = hidden_text.map(|t| format!(" {t}"));
        let card = card_title.map(|title| {
            let title = Content::pick(title.html.as_ref(), title.text.as_ref()).into_view();
            view! { " (" {title} ")" }
        });
        view! { <span class="govuk-visually-hidden">{what}{card}</span> }
    });
    view! { <a {..attrs.into_view()}>{content}{hidden}</a> }.into_any()
}

fn text_of(text: &Option<SummaryText>) -> AnyView {
    match text {
        Some(t) => Content::pick(t.html.as_ref(), t.text.as_ref()).into_view(),
        None => ().into_any(),
    }
}

fn classes_of(text: &Option<SummaryText>) -> &str {
    text.as_ref().and_then(|t| truthy(&t.classes)).unwrap_or("")
}

impl SummaryListOptions {
    fn row(
        row: &SummaryListRow,
        any_row_has_actions: bool,
        card_title: Option<&SummaryCardTitle>,
    ) -> AnyView {
        let no_actions = SummaryActions::default();
        let actions = row.actions.as_ref().unwrap_or(&no_actions);
        let links = actions.links();
        let row_class = join_classes([
            "govuk-summary-list__row",
            if any_row_has_actions && actions.items.is_none() {
                "govuk-summary-list__row--no-actions"
            } else {
                ""
            },
            truthy(&row.classes).unwrap_or(""),
        ]);
        let key_class = join_classes(["govuk-summary-list__key", classes_of(&row.key)]);
        let value_class = join_classes(["govuk-summary-list__value", classes_of(&row.value)]);
        let actions_view = (!links.is_empty()).then(|| {
            let class = join_classes(["govuk-summary-list__actions", truthy(&actions.classes).unwrap_or("")]);
            let inner = if links.len() == 1 {
                action_link(&links[0], card_title)
            } else {
                let items = links
                    .iter()
                    .map(|l| view! { <li class="govuk-summary-list__actions-list-item">{action_link(l, card_title)}</li> })
                    .collect_view();
                view! { <ul class="govuk-summary-list__actions-list">{items}</ul> }.into_any()
            };
            view! { <dd class=class>{inner}</dd> }
        });
        view! {
            <div class=row_class>
                <dt class=key_class>{text_of(&row.key)}</dt>
                <dd class=value_class>{row.value_view.view().unwrap_or_else(|| text_of(&row.value))}</dd>
                {actions_view}
            </div>
        }
        .into_any()
    }

    /// Renders the list (in its card, when `card` is given).
    pub fn render(self) -> AnyView {
        let any_row_has_actions = self
            .rows
            .iter()
            .flatten()
            .any(|row| row.actions.as_ref().is_some_and(SummaryActions::has_links));
        let card_title = self.card.as_ref().and_then(|c| c.title.clone());
        let attrs = Attrs::new()
            .classes("govuk-summary-list", &self.classes)
            .user(Some(&self.attributes));
        let rows = self
            .rows
            .iter()
            .flatten()
            .map(|row| Self::row(row, any_row_has_actions, card_title.as_ref()))
            .collect_view();
        let list = view! { <dl {..attrs.into_view()}>{rows}</dl> }.into_any();
        match self.card {
            Some(card) => summary_card(card, list),
            None => list,
        }
    }
}

/// A summary card around `content`.
fn summary_card(card: SummaryCardOptions, content: AnyView) -> AnyView {
    let attrs = Attrs::new()
        .classes("govuk-summary-card", &card.classes)
        .user(Some(&card.attributes));
    let title = card.title.as_ref().map(|title| {
        heading(
            title.heading_level.map(HeadingLevel::get).unwrap_or(2),
            Attrs::new().classes("govuk-summary-card__title", &title.classes),
            Content::pick(title.html.as_ref(), title.text.as_ref()).into_view(),
        )
    });
    let no_actions = SummaryActions::default();
    let actions = card.actions.as_ref().unwrap_or(&no_actions);
    let links = actions.links();
    let class = join_classes([
        "govuk-summary-card__actions",
        truthy(&actions.classes).unwrap_or(""),
    ]);
    let actions_view = match links.len() {
        0 => None,
        1 => Some(
            view! { <div class=class>{action_link(&links[0], card.title.as_ref())}</div> }
                .into_any(),
        ),
        _ => {
            let items = links
                .iter()
                .map(|l| view! { <li class="govuk-summary-card__action">{action_link(l, card.title.as_ref())}</li> })
                .collect_view();
            Some(view! { <ul class=class>{items}</ul> }.into_any())
        }
    };
    view! {
        <div {..attrs.into_view()}>
            <div class="govuk-summary-card__title-wrapper">{title}{actions_view}</div>
            <div class="govuk-summary-card__content">{content}</div>
        </div>
    }
    .into_any()
}

/// A row of a [`SummaryList`] written by composition: `<SummaryRow slot key="Name">…</SummaryRow>`.
/// Its children are the value (or give `value`); [`RowAction`] slots inside are its actions.
#[slot]
pub struct SummaryRow {
    /// The key.
    #[prop(into)]
    key: Text,
    /// The value as text, when there are no children.
    #[prop(optional, into)]
    value: Option<Text>,
    /// Extra classes for the row.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// The row's action links.
    #[prop(optional)]
    row_action: Vec<RowAction>,
    /// The value as a view.
    #[prop(optional)]
    children: Option<ChildrenFn>,
}

/// An action link of a [`SummaryRow`]: `<RowAction slot href="/name" text="Change" visually_hidden_text="name" />`.
#[slot]
pub struct RowAction {
    /// Where the link goes.
    #[prop(into)]
    href: Text,
    /// The link's text, such as "Change".
    #[prop(into)]
    text: Text,
    /// What it changes, for screen readers.
    #[prop(optional, into)]
    visually_hidden_text: Option<Text>,
}

impl From<SummaryRow> for SummaryListRow {
    fn from(row: SummaryRow) -> Self {
        let actions = (!row.row_action.is_empty()).then(|| SummaryActions {
            items: Some(
                row.row_action
                    .into_iter()
                    .map(|a| {
                        Some(SummaryAction {
                            href: Some(a.href),
                            text: Some(a.text),
                            visually_hidden_text: a.visually_hidden_text,
                            ..Default::default()
                        })
                    })
                    .collect(),
            ),
            classes: None,
        });
        SummaryListRow {
            key: Some(SummaryText {
                text: Some(row.key),
                ..Default::default()
            }),
            value: row.value.map(|text| SummaryText {
                text: Some(text),
                ..Default::default()
            }),
            actions,
            classes: row.classes,
            value_view: SlotContent::from_children(row.children),
        }
    }
}

/// A summary list, from rows as data or as [`SummaryRow`] slots (both render the same);
/// give `card` to put it in a summary card.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <SummaryList>
///         <SummaryRow slot key="Name">
///             "Sarah Philips"
///             <RowAction slot href="/name" text="Change" visually_hidden_text="name" />
///         </SummaryRow>
///     </SummaryList>
/// };
/// ```
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <SummaryList rows=vec![
///         SummaryListRow::new("Name", "Sarah Philips").with_action(SummaryAction::new("Change", "/name", "name")),
///         SummaryListRow::new("Postcode", "SW1A 2AA").with_action(SummaryAction::new("Change", "/postcode", "postcode")),
///     ] />
/// };
/// ```
#[component]
pub fn SummaryList(
    /// The rows, as data.
    #[prop(optional)]
    rows: Vec<SummaryListRow>,
    /// The rows, by composition (after any `rows`).
    #[prop(optional)]
    summary_row: Vec<SummaryRow>,
    /// Puts the list in a summary card.
    #[prop(optional)]
    card: Option<SummaryCardOptions>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: SummaryListOptions,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<SummaryListOptions>();
    let mut options = SummaryListOptions {
        rows: given_or(
            rows.into_iter()
                .chain(summary_row.into_iter().map(SummaryListRow::from)),
            options.rows,
        ),
        card: card.or(options.card.clone()),
        ..options
    };
    if offer.wanted() {
        write_row_values(&mut options.rows);
    }
    options.offered(offer).render()
}

/// An action of a [`SummaryCard`], such as "Delete choice".
#[slot]
pub struct CardAction {
    /// Where the link goes.
    #[prop(into)]
    href: Text,
    /// The link's text.
    #[prop(into)]
    text: Text,
    /// What it acts on, for screen readers.
    #[prop(optional, into)]
    visually_hidden_text: Option<Text>,
}

/// A summary list in a summary card, by composition: [`SummaryRow`] slots for the rows and
/// [`CardAction`] slots for the card's actions. The same as a [`SummaryList`] with `card`.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <SummaryCard title="Lead tenant">
///         <CardAction slot href="/tenant/remove" text="Remove" />
///         <SummaryRow slot key="Name" value="Sarah Philips" />
///     </SummaryCard>
/// };
/// ```
#[component]
pub fn SummaryCard(
    /// The card's title.
    #[prop(into)]
    title: Text,
    /// The title's heading level (2 by default).
    #[prop(optional)]
    heading_level: Option<u8>,
    /// The card's actions.
    #[prop(optional)]
    card_action: Vec<CardAction>,
    /// The rows, as data.
    #[prop(optional)]
    rows: Vec<SummaryListRow>,
    /// The rows, by composition (after any `rows`).
    #[prop(optional)]
    summary_row: Vec<SummaryRow>,
    /// Every other govuk-frontend option of the list.
    #[prop(optional)]
    options: SummaryListOptions,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<SummaryListOptions>();
    let actions = (!card_action.is_empty()).then(|| SummaryActions {
        items: Some(
            card_action
                .into_iter()
                .map(|a| {
                    Some(SummaryAction {
                        href: Some(a.href),
                        text: Some(a.text),
                        visually_hidden_text: a.visually_hidden_text,
                        ..Default::default()
                    })
                })
                .collect(),
        ),
        classes: None,
    });
    let card = SummaryCardOptions {
        title: Some(SummaryCardTitle {
            text: Some(title),
            heading_level: heading_level.and_then(HeadingLevel::new),
            ..Default::default()
        }),
        actions,
        ..options.card.clone().unwrap_or_default()
    };
    let mut options = SummaryListOptions {
        rows: given_or(
            rows.into_iter()
                .chain(summary_row.into_iter().map(SummaryListRow::from)),
            options.rows,
        ),
        card: Some(card),
        ..options
    };
    if offer.wanted() {
        write_row_values(&mut options.rows);
    }
    options.offered(offer).render()
}

/// While recording options: each row's value given as a view, written as its `html`.
fn write_row_values(rows: &mut [Option<SummaryListRow>]) {
    for row in rows.iter_mut().flatten() {
        if row.value_view.is_some() {
            row.value_view
                .write_into(&mut row.value.get_or_insert_default().html);
        }
    }
}
