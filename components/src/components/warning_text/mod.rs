//! `warning-text`: an important warning, with an icon.
//!
//! # Accessibility
//!
//! **Keyboard.** Nothing to operate.
//!
//! **Screen readers.** The “!” icon is hidden from screen readers; a visually hidden “Warning”
//! is read before the text instead.

pub(crate) mod messages;

use crate::prelude_internal::*;

/// govuk-frontend's `warning-text` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct WarningTextOptions {
    /// The warning's text.
    pub text: Option<Text>,
    /// The warning as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// Read out in place of the icon; "Warning" by default (Welsh: "Rhybudd").
    pub icon_fallback_text: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl WarningTextOptions {
    /// Renders the warning.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .classes("govuk-warning-text", &self.classes)
            .user(Some(&self.attributes));
        let fallback = truthy(&self.icon_fallback_text)
            .unwrap_or_else(|| crate::i18n::text(crate::components::messages::warning_text, "prefix"))
            .to_owned();
        let content = Content::pick(self.html.as_ref(), self.text.as_ref()).into_view();
        view! {
            <div {..attrs.into_view()}>
                <span class="govuk-warning-text__icon" aria-hidden="true">"!"</span>
                <strong class="govuk-warning-text__text">
                    <span class="govuk-visually-hidden">{fallback}</span>
                    {content}
                </strong>
            </div>
        }
        .into_any()
    }
}

/// An important warning.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <WarningText text="You can be fined up to £5,000 if you do not register." /> };
/// ```
#[component]
pub fn WarningText(
    /// The warning's text.
    #[prop(into)]
    text: Text,
    /// Read out in place of the icon ("Warning" by default).
    #[prop(optional, into)]
    icon_fallback_text: Option<Text>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: WarningTextOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<WarningTextOptions>();
    crate::i18n::in_locale(locale, options, |o| &mut o.attributes, move |options| {
        WarningTextOptions {
            text: Some(text),
            icon_fallback_text: icon_fallback_text.or(options.icon_fallback_text),
            ..options
        }
        .offered(offer)
        .render()
    })
}
