//! `error-message`: says what is wrong with a field's answer and how to fix it.
//!
//! # Accessibility
//!
//! **Keyboard.** Nothing to operate.
//!
//! **Screen readers.** Starts with a visually hidden “Error:” so that the message is heard as
//! one, and is linked to its field (`aria-describedby`), so it is read when the field has
//! focus.

pub(crate) mod messages;

use crate::prelude_internal::*;

/// govuk-frontend's `error-message` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct ErrorMessageOptions {
    /// The message's text. Ignored when `html` is given.
    pub text: Option<Text>,
    /// The message as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// The message's `id`.
    pub id: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
    /// The visually hidden prefix read before the message; `"Error"` by default, and none
    /// when given as an empty string or `false`. Translate it for Welsh pages (`"Gwall"`).
    pub visually_hidden_text: Option<Text>,
}

impl From<&str> for ErrorMessageOptions {
    fn from(text: &str) -> Self {
        ErrorMessageOptions {
            text: Some(text.into()),
            ..Default::default()
        }
    }
}

impl ErrorMessageOptions {
    /// Renders the error message.
    pub fn render(self) -> AnyView {
        // `| default("Error")` only replaces a missing value; `false` and "" hide the prefix.
        let prefix = match &self.visually_hidden_text {
            None => Some(crate::i18n::text(crate::components::messages::error_message, "prefix").to_owned()),
            Some(text) if text.is_truthy() => Some(text.as_str().to_owned()),
            Some(_) => None,
        };
        let attrs = Attrs::new()
            .set_some("id", truthy(&self.id))
            .classes("govuk-error-message", &self.classes)
            .user(Some(&self.attributes));
        let content = Content::pick(self.html.as_ref(), self.text.as_ref()).into_view();
        let prefix = prefix.map(|prefix| {
            view! { <span class="govuk-visually-hidden">{prefix}":"</span>" " }
        });
        view! { <p {..attrs.into_view()}>{prefix}{content}</p> }.into_any()
    }
}

/// An error message for a field.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <ErrorMessage text="Enter a postcode, like SW1A 2AA" /> };
/// ```
#[component]
pub fn ErrorMessage(
    /// The message's text.
    #[prop(optional, into)]
    text: Option<Text>,
    /// The message as trusted HTML (wins over `text`).
    #[prop(optional, into)]
    html: Option<TrustedHtml>,
    /// The message's `id`.
    #[prop(optional, into)]
    id: Option<Text>,
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
    /// The visually hidden prefix (`"Error"` by default).
    #[prop(optional, into)]
    visually_hidden_text: Option<Text>,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<ErrorMessageOptions>();
    crate::i18n::in_locale(locale, attributes, |a| a, move |attributes| {
        ErrorMessageOptions {
            text,
            html,
            id,
            classes,
            attributes,
            visually_hidden_text,
        }
        .offered(offer)
        .render()
    })
}
