//! `panel`: the confirmation at the end of a transaction ("Application complete"), or an
//! interruption card asking the user to check something before going on.
//!
//! # Accessibility
//!
//! **Keyboard.** Nothing to operate.
//!
//! **Screen readers.** Its title is the page’s `<h1>` by default, so a confirmation page is
//! read from its outcome (“Application complete”); the reference number in its body is read as
//! text.

use super::ActionOptions;
use crate::prelude_internal::*;

/// The `actions` option of an interruption panel.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct PanelActions {
    /// The actions.
    #[serde(deserialize_with = "falsy::list")]
    pub items: Vec<Option<ActionOptions>>,
    /// Extra classes for the actions' container.
    pub classes: Option<Text>,
    /// Extra HTML attributes for the actions' container.
    pub attributes: Attributes,
}

/// govuk-frontend's `panel` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct PanelOptions {
    /// The title, such as "Application complete".
    pub title_text: Option<Text>,
    /// The title as trusted HTML.
    pub title_html: Option<TrustedHtml>,
    /// The title's heading level; 1 by default.
    #[serde(deserialize_with = "HeadingLevel::optional")]
    pub heading_level: Option<HeadingLevel>,
    /// The body text, such as the reference number.
    pub text: Option<Text>,
    /// The body as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// Extra classes; `govuk-panel--interruption` makes an interruption panel.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
    /// The interruption panel's actions.
    #[serde(deserialize_with = "falsy::option")]
    pub actions: Option<PanelActions>,
}

impl PanelOptions {
    /// Renders the panel.
    pub fn render(self) -> AnyView {
        self.render_with(None)
    }

    /// Renders the panel with `body` (in place of `text`/`html`) when given.
    pub fn render_with(self, body: Option<AnyView>) -> AnyView {
        let is_interruption =
            truthy(&self.classes).is_some_and(|c| c.contains("govuk-panel--interruption"));
        let attrs = Attrs::new()
            .class(join_classes([
                "govuk-panel",
                if is_interruption {
                    ""
                } else {
                    "govuk-panel--confirmation"
                },
                truthy(&self.classes).unwrap_or(""),
            ]))
            .user(Some(&self.attributes));
        let level = self.heading_level.map(HeadingLevel::get).unwrap_or(1);
        let title = heading(
            level,
            Attrs::new().set_static("class", "govuk-panel__title"),
            Content::pick(self.title_html.as_ref(), self.title_text.as_ref()).into_view(),
        );
        let body = body
            .or_else(|| {
                Content::any_truthy(self.html.as_ref(), self.text.as_ref())
                    .then(|| Content::pick(self.html.as_ref(), self.text.as_ref()).into_view())
            })
            .map(|body| view! { <div class="govuk-panel__body">{body}</div> });
        let actions = self.actions.filter(|_| is_interruption).map(|actions| {
            let container = Attrs::new()
                .classes("govuk-panel__actions", &actions.classes)
                .user(Some(&actions.attributes));
            let group = (!actions.items.is_empty()).then(|| {
                let items = actions
                    .items
                    .into_iter()
                    .map(|a| {
                        a.unwrap_or_default()
                            .render("govuk-button--inverse", "govuk-link govuk-link--inverse")
                    })
                    .collect_view();
                view! { <div class="govuk-button-group">{items}</div> }
            });
            view! { <div {..container.into_view()}>{group}</div> }
        });
        view! { <div {..attrs.into_view()}>{title}{body}{actions}</div> }.into_any()
    }
}

/// A confirmation panel.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Panel title="Application complete">"Your reference number" <br /> <strong>"HDJ2123F"</strong></Panel>
/// };
/// ```
#[component]
pub fn Panel(
    /// The title.
    #[prop(into)]
    title: Text,
    /// The title's heading level (1 by default).
    #[prop(optional)]
    heading_level: Option<u8>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: PanelOptions,
    /// The body.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<PanelOptions>();
    // Its actions, when it has any, are govuk-frontend buttons, with the button's behaviour.
    crate::core::behave::start_behaviour(crate::core::behave::behaviours::BUTTON);
    let (options, children) = offer.with_children(
        PanelOptions {
        title_text: Some(title),
        heading_level: heading_level
            .and_then(HeadingLevel::new)
            .or(options.heading_level),
        ..options
    },
        children.map(|c| c().into_any()),
        |o| &mut o.html,
    );
    options.render_with(children)
}
