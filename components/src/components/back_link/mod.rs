//! `back-link`: a link back to the previous page.
//!
//! # Accessibility
//!
//! **Keyboard.** A link: Tab reaches it and Enter follows it.
//!
//! **Screen readers.** Read as a link with its text (“Back” by default). Put it before `<main>`
//! so that it is not read as part of the page’s content.

pub(crate) mod messages;

use crate::prelude_internal::*;

/// govuk-frontend's `back-link` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct BackLinkOptions {
    /// The link text; "Back" by default (Welsh: "Yn ôl").
    pub text: Option<Text>,
    /// The link's content as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// Where the link goes; `#` by default.
    pub href: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl BackLinkOptions {
    /// Renders the link.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .set("href", truthy(&self.href).unwrap_or("#"))
            .classes("govuk-back-link", &self.classes)
            .user(Some(&self.attributes));
        let content = match truthy_html(&self.html) {
            Some(html) => TrustedHtml::new(html).into_any(),
            None => truthy(&self.text).unwrap_or_else(|| crate::i18n::text(crate::components::messages::back_link, "text")).to_owned().into_any(),
        };
        view! { <a {..attrs.into_view()}>{content}</a> }.into_any()
    }
}

/// A link back to the previous page.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <BackLink href="/where-do-you-live" /> };
/// ```
#[component]
pub fn BackLink(
    /// Where the link goes.
    #[prop(optional, into)]
    href: Option<Text>,
    /// The link text ("Back" by default).
    #[prop(optional, into)]
    text: Option<Text>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: BackLinkOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<BackLinkOptions>();
    crate::i18n::in_locale(locale, options, |o| &mut o.attributes, move |options| {
        BackLinkOptions {
            href: href.or(options.href),
            text: text.or(options.text),
            ..options
        }
        .offered(offer)
        .render()
    })
}
