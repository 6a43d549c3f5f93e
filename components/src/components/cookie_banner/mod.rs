//! `cookie-banner`: asks users to accept or reject cookies, then confirms their choice.
//! Without JavaScript its buttons post the form; with it, a service can swap messages.
//!
//! # Accessibility
//!
//! **Keyboard.** Its buttons and links come first in the tab order, as the banner is at the top
//! of the page.
//!
//! **Screen readers.** A region labelled “Cookies on [service]”, so it can be found and
//! skipped. The confirmation shown after a choice has `role="alert"` so that it is announced,
//! and can take focus.

pub(crate) mod messages;

use super::ActionOptions;
use crate::prelude_internal::*;

/// One message of the banner: the question, or a confirmation.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct CookieBannerMessage {
    /// The heading, such as "Cookies on [service name]".
    pub heading_text: Option<Text>,
    /// The heading as trusted HTML.
    pub heading_html: Option<TrustedHtml>,
    /// The message's text.
    pub text: Option<Text>,
    /// The message as trusted HTML.
    pub html: Option<TrustedHtml>,
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
    /// The message's content as a Leptos view (from a [`CookieMessage`] slot's children).
    #[serde(skip)]
    pub view: SlotContent,
}

/// govuk-frontend's `cookie-banner` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
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
    let content = match (truthy_html(&message.html), truthy(&message.text)) {
        _ if message.view.is_some() => message.view.view(),
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
            .classes("govuk-cookie-banner", &self.classes)
            .set_static("data-nosnippet", "")
            .set_static("role", "region")
            .set(
                "aria-label",
                truthy(&self.aria_label).unwrap_or_else(|| crate::i18n::text(crate::components::messages::cookie_banner, "label")),
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

/// A message of a [`CookieBanner`] by composition; its children are the message's content,
/// and [`CookieAction`] slots inside are its buttons and links.
#[slot]
pub struct CookieMessage {
    /// The heading.
    #[prop(optional, into)]
    heading: Option<Text>,
    /// The ARIA role, such as `alert` for a confirmation.
    #[prop(optional, into)]
    role: Option<Text>,
    /// Whether the message starts hidden.
    #[prop(optional)]
    hidden: bool,
    /// The buttons and links.
    #[prop(optional)]
    cookie_action: Vec<CookieAction>,
    /// The message's content.
    #[prop(optional)]
    children: Option<ChildrenFn>,
}

/// A button (or link, with `href`) of a [`CookieMessage`].
#[slot]
pub struct CookieAction {
    /// The text.
    #[prop(into)]
    text: Text,
    /// Makes it a link to this address.
    #[prop(optional, into)]
    href: Option<Text>,
    /// The button `type`; `button` by default.
    #[prop(optional, into)]
    r#type: Option<Text>,
    /// The button's `name`.
    #[prop(optional, into)]
    name: Option<Text>,
    /// The button's `value`.
    #[prop(optional, into)]
    value: Option<Text>,
}

impl From<CookieMessage> for CookieBannerMessage {
    fn from(message: CookieMessage) -> Self {
        CookieBannerMessage {
            heading_text: message.heading,
            role: message.role,
            hidden: Flag(message.hidden),
            actions: (!message.cookie_action.is_empty()).then(|| {
                message
                    .cookie_action
                    .into_iter()
                    .map(|a| {
                        Some(ActionOptions {
                            text: Some(a.text),
                            href: a.href,
                            r#type: a.r#type,
                            name: a.name,
                            value: a.value,
                            ..Default::default()
                        })
                    })
                    .collect()
            }),
            view: SlotContent::from_children(message.children),
            ..Default::default()
        }
    }
}

/// A cookie banner, from its messages as data or [`CookieMessage`] slots (both render the same).
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <CookieBanner>
///         <CookieMessage slot heading="Cookies on Bin collections">
///             <p class="govuk-body">"We use some essential cookies to make this service work."</p>
///             <CookieAction slot text="Accept analytics cookies" r#type="submit" name="cookies" value="accept" />
///             <CookieAction slot text="View cookies" href="/cookies" />
///         </CookieMessage>
///     </CookieBanner>
/// };
/// ```
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
    /// The messages, as data.
    #[prop(optional)]
    messages: Vec<CookieBannerMessage>,
    /// The messages, by composition (after any `messages`).
    #[prop(optional)]
    cookie_message: Vec<CookieMessage>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: CookieBannerOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<CookieBannerOptions>();
    // Its actions are govuk-frontend buttons, with the button's behaviour.
    crate::core::behave::start_behaviour(crate::core::behave::behaviours::BUTTON);
    crate::i18n::in_locale(locale, options, |o| &mut o.attributes, move |options| {
        let mut options = CookieBannerOptions {
            messages: given_or(
                messages.into_iter()
                    .chain(cookie_message.into_iter().map(CookieBannerMessage::from)),
                options.messages,
            ),
            ..options
        };
        if offer.wanted() {
            for item in options.messages.iter_mut().flatten() {
                if item.view.is_some() {
                    item.view.write_into(&mut item.html);
                }
            }
        }
        options.offered(offer).render()
    })
}
