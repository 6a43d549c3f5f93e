//! `hint`: help text for a form field.
//!
//! # Accessibility
//!
//! **Keyboard.** Nothing to operate.
//!
//! **Screen readers.** Linked to its field (`aria-describedby`), so it is read after the label
//! when the field has focus.

use crate::prelude_internal::*;

/// govuk-frontend's `hint` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct HintOptions {
    /// The hint's text. Ignored when `html` is given.
    pub text: Option<Text>,
    /// The hint's content as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// The hint's `id`, which fields point to with `aria-describedby`.
    pub id: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl From<&str> for HintOptions {
    fn from(text: &str) -> Self {
        HintOptions {
            text: Some(text.into()),
            ..Default::default()
        }
    }
}

impl HintOptions {
    /// Renders the hint.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .set_some("id", truthy(&self.id))
            .classes("govuk-hint", &self.classes)
            .user(Some(&self.attributes));
        let content = Content::pick(self.html.as_ref(), self.text.as_ref()).into_view();
        view! { <div {..attrs.into_view()}>{content}</div> }.into_any()
    }
}

/// Help text for a form field.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <Hint text="For example, SW1A 2AA" id="postcode-hint" /> };
/// ```
#[component]
pub fn Hint(
    /// The hint's text.
    #[prop(optional, into)]
    text: Option<Text>,
    /// The hint's content as trusted HTML (wins over `text`).
    #[prop(optional, into)]
    html: Option<TrustedHtml>,
    /// The hint's `id`.
    #[prop(optional, into)]
    id: Option<Text>,
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<HintOptions>();
    HintOptions {
        text,
        html,
        id,
        classes,
        attributes,
    }
    .offered(offer)
    .render()
}
