//! `cookie-banner`: asks users to accept or reject cookies, then confirms their choice.
//! Without JavaScript its buttons post the form; with it, a service can swap messages.

use super::ActionOptions;
use crate::prelude_internal::*;

/// One message of the banner: the question, or a confirmation.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct CookieBannerMessage {
    /// The heading, such as "Cookies on [service name]".
    pub heading_text: Option<Text>,
    /// The heading as trusted HTML.
    pub heading_html: Option<Text>,
    /// The message's text.
    pub text: Option<Text>,
    /// The message as trusted HTML.
    pub html: Option<Text>,
    /// Buttons and links, such as "Accept analytics cookies".
    #[serde(deserialize_with = "falsy::optional_list")]
    pub actions: Option<Vec<Option<ActionOptions>>>,
    /// Whether the message starts hidden.
    pub hidden: Flag,
    /// The message's ARIA role, such as `alert` for a confirmation.
    pub role: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

/// govuk-frontend's `cookie-banner` options.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct CookieBannerOptions {
    /// The banner's accessible name; "Cookie banner" by default (Welsh: "Baner cwcis").
    pub aria_label: Option<Text>,
    /// Whether the whole banner starts hidden.
    pub hidden: Flag,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
    /// The messages.
    #[serde(deserialize_with = "falsy::list")]
    pub messages: Vec<Option<CookieBannerMessage>>,
}

fn message(message: CookieBannerMessage) -> AnyView {
    let attrs = Attrs::new()
        .class(join_classes([
            "govuk-cookie-banner__message",
            truthy(&message.classes).unwrap_or(""),
            "govuk-width-container",
        ]))
        .set_some("role", truthy(&message.role))
        .user(Some(&message.attributes))
        .flag("hidden", message.hidden.is_set());
    let heading = Content::any_truthy(message.heading_html.as_ref(), message.heading_text.as_ref())
        .then(|| {
            let content =
                Content::pick(message.heading_html.as_ref(), message.heading_text.as_ref())
                    .into_view();
            view! { <h2 class="govuk-cookie-banner__heading govuk-heading-m">{content}</h2> }
        });
    let content = match (truthy(&message.html), truthy(&message.text)) {
        (Some(html), _) => Some(TrustedHtml::new(html).into_any()),
        (None, Some(text)) => {
            let text = text.to_owned();
            Some(view! { <p class="govuk-body">{text}</p> }.into_any())
        }
        _ => None,
    };
    let actions = message.actions.map(|actions| {
        let actions = actions
            .into_iter()
            .map(|action| action.unwrap_or_default().render("", "govuk-link"))
            .collect_view();
        view! { <div class="govuk-button-group">{actions}</div> }
    });
    view! {
        <div {..attrs.into_view()}>
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    {heading}
                    <div class="govuk-cookie-banner__content">{content}</div>
                </div>
            </div>
            {actions}
        </div>
    }
    .into_any()
}

impl CookieBannerOptions {
    /// Renders the banner.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .class(join_classes([
                "govuk-cookie-banner",
                truthy(&self.classes).unwrap_or(""),
            ]))
            .set("data-nosnippet", "")
            .set("role", "region")
            .set(
                "aria-label",
                truthy(&self.aria_label).unwrap_or("Cookie banner"),
            )
            .flag("hidden", self.hidden.is_set())
            .user(Some(&self.attributes));
        let messages = self
            .messages
            .into_iter()
            .map(|m| message(m.unwrap_or_default()))
            .collect_view();
        view! { <div {..attrs.into_view()}>{messages}</div> }.into_any()
    }
}

/// A cookie banner, from its messages.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <CookieBanner messages=vec![CookieBannerMessage {
///         heading_text: Some("Cookies on Bin collections".into()),
///         text: Some("We use some essential cookies to make this service work.".into()),
///         actions: Some(vec![Some(ActionOptions { text: Some("Accept analytics cookies".into()), r#type: Some("submit".into()), name: Some("cookies".into()), value: Some("accept".into()), ..Default::default() })]),
///         ..Default::default()
///     }] />
/// };
/// ```
#[component]
pub fn CookieBanner(
    /// The messages.
    messages: Vec<CookieBannerMessage>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: CookieBannerOptions,
) -> impl IntoView {
    CookieBannerOptions {
        messages: messages.into_iter().map(Some).collect(),
        ..options
    }
    .render()
}
