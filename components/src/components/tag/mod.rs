//! `tag`: a short status label, such as "Completed" or "In progress".
//!
//! # Accessibility
//!
//! **Keyboard.** Nothing to operate.
//!
//! **Screen readers.** Read as its text. Colour is never the only meaning: the word says the
//! status.

use crate::prelude_internal::*;

/// govuk-frontend's `tag` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct TagOptions {
    /// The tag's text.
    pub text: Option<Text>,
    /// The tag's content as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// Extra classes, such as `govuk-tag--green`.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl From<&str> for TagOptions {
    fn from(text: &str) -> Self {
        TagOptions {
            text: Some(text.into()),
            ..Default::default()
        }
    }
}

impl TagOptions {
    /// Renders the tag.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .classes("govuk-tag", &self.classes)
            .user(Some(&self.attributes));
        let content = Content::pick(self.html.as_ref(), self.text.as_ref()).into_view();
        view! { <strong {..attrs.into_view()}>{content}</strong> }.into_any()
    }
}

/// A status tag.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <Tag text="Completed" classes="govuk-tag--green" /> };
/// ```
#[component]
pub fn Tag(
    /// The tag's text.
    #[prop(into)]
    text: Text,
    /// Extra classes, such as a colour: `govuk-tag--green`.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<TagOptions>();
    TagOptions {
        text: Some(text),
        classes,
        attributes,
        html: None,
    }
    .offered(offer)
    .render()
}
