//! `label`: the label of a form field.
//!
//! Markup and options follow govuk-frontend's `label` component.
//!
//! # Accessibility
//!
//! **Keyboard.** Clicking or tapping the label focuses its field (a larger target).
//!
//! **Screen readers.** Names its field (`for`). With `is_page_heading` it is wrapped in the
//! page’s `<h1>`, so the question is the heading and is read once.

use crate::prelude_internal::*;

/// govuk-frontend's `label` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct LabelOptions {
    /// The label's text. Ignored when `html` is given.
    pub text: Option<Text>,
    /// The label's content as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// The `id` of the field the label is for.
    pub r#for: Option<Text>,
    /// Whether the label is also the page's `<h1>`.
    pub is_page_heading: Flag,
    /// Extra classes for the `<label>`, such as `govuk-label--l`.
    pub classes: Option<Text>,
    /// Extra HTML attributes for the `<label>`.
    pub attributes: Attributes,
}

impl From<&str> for LabelOptions {
    fn from(text: &str) -> Self {
        LabelOptions {
            text: Some(text.into()),
            ..Default::default()
        }
    }
}

impl LabelOptions {
    /// Renders the label; nothing when it has neither text nor HTML.
    pub fn render(self) -> AnyView {
        if !Content::any_truthy(self.html.as_ref(), self.text.as_ref()) {
            return ().into_any();
        }
        let attrs = Attrs::new()
            .classes("govuk-label", &self.classes)
            .user(Some(&self.attributes))
            .set_some("for", truthy(&self.r#for));
        let content = Content::pick(self.html.as_ref(), self.text.as_ref()).into_view();
        let label = view! { <label {..attrs.into_view()}>{content}</label> };
        if self.is_page_heading.is_set() {
            view! { <h1 class="govuk-label-wrapper">{label}</h1> }.into_any()
        } else {
            label.into_any()
        }
    }
}

/// A form field's label.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <Label text="Postcode" r#for="postcode" /> };
/// ```
#[component]
pub fn Label(
    /// The label's text.
    #[prop(optional, into)]
    text: Option<Text>,
    /// The label's content as trusted HTML (wins over `text`).
    #[prop(optional, into)]
    html: Option<TrustedHtml>,
    /// The `id` of the field the label is for.
    #[prop(optional, into)]
    r#for: Option<Text>,
    /// Whether the label is also the page's `<h1>`.
    #[prop(optional)]
    is_page_heading: bool,
    /// Extra classes, such as `govuk-label--l`.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<LabelOptions>();
    LabelOptions {
        text,
        html,
        r#for,
        is_page_heading: is_page_heading.into(),
        classes,
        attributes,
    }
    .offered(offer)
    .render()
}
