//! `skip-link`: lets keyboard users skip to the main content.
//!
//! # Accessibility
//!
//! **Keyboard.** The first thing Tab reaches; it shows when it has focus, and Enter moves focus
//! to the main content.
//!
//! **Screen readers.** Read as a link (“Skip to main content”). Its behaviour makes the target
//! focusable, so screen readers go on reading from the main content.

pub(crate) mod messages;

use crate::prelude_internal::*;

/// govuk-frontend's `skip-link` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct SkipLinkOptions {
    /// The link text, such as "Skip to main content".
    pub text: Option<Text>,
    /// The link's content as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// The target; `#content` by default.
    pub href: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl SkipLinkOptions {
    /// Renders the link.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .set("href", truthy(&self.href).unwrap_or("#content"))
            .classes("govuk-skip-link", &self.classes)
            .user(Some(&self.attributes))
            .set_static("data-module", "govuk-skip-link");
        let content = Content::pick(self.html.as_ref(), self.text.as_ref()).into_view();
        view! { <a {..attrs.into_view()}>{content}</a> }.into_any()
    }
}

/// A link, first on the page, that skips to the main content.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <SkipLink text="Skip to main content" href="#main-content" /> };
/// ```
#[component]
pub fn SkipLink(
    /// The link text.
    #[prop(into)]
    text: Text,
    /// The target (`#content` by default).
    #[prop(optional, into)]
    href: Option<Text>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: SkipLinkOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<SkipLinkOptions>();
    crate::i18n::in_locale(locale, options, |o| &mut o.attributes, move |options| {
        crate::core::behave::start_behaviour(crate::core::behave::behaviours::SKIP_LINK);
        SkipLinkOptions {
            text: Some(text),
            href: href.or(options.href),
            ..options
        }
        .offered(offer)
        .render()
    })
}
