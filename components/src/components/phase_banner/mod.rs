//! `phase-banner`: says a service is new (alpha or beta) and asks for feedback.
//!
//! # Accessibility
//!
//! **Keyboard.** Its feedback link is in the tab order.
//!
//! **Screen readers.** The phase (“Beta”) is a tag read as text before the sentence, so the
//! service’s state is heard as well as seen.

use super::TagOptions;
use crate::prelude_internal::*;

/// govuk-frontend's `phase-banner` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct PhaseBannerOptions {
    /// The banner's text.
    pub text: Option<Text>,
    /// The banner as trusted HTML (typically with a feedback link).
    pub html: Option<TrustedHtml>,
    /// The phase tag, such as `{ "text": "Beta" }`.
    #[serde(deserialize_with = "falsy::option")]
    pub tag: Option<TagOptions>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl PhaseBannerOptions {
    /// Renders the banner.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .classes("govuk-phase-banner govuk-width-container", &self.classes)
            .user(Some(&self.attributes));
        let tag = self.tag.unwrap_or_default();
        let tag = TagOptions {
            classes: Some(
                join_classes([
                    "govuk-phase-banner__content__tag",
                    truthy(&tag.classes).unwrap_or(""),
                ])
                .into(),
            ),
            attributes: Attributes::new(),
            ..tag
        }
        .render();
        let content = Content::pick(self.html.as_ref(), self.text.as_ref()).into_view();
        view! {
            <div {..attrs.into_view()}>
                <p class="govuk-phase-banner__content">
                    {tag}
                    <span class="govuk-phase-banner__text">{content}</span>
                </p>
            </div>
        }
        .into_any()
    }
}

/// A phase banner.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <PhaseBanner tag="Beta" html=TrustedHtml::new("This is a new service. <a class=\"govuk-link\" href=\"/feedback\">Give your feedback</a>.") />
/// };
/// ```
#[component]
pub fn PhaseBanner(
    /// The phase, such as "Alpha" or "Beta".
    #[prop(into)]
    tag: TagOptions,
    /// The banner's text.
    #[prop(optional, into)]
    text: Option<Text>,
    /// The banner as trusted HTML (wins over `text`).
    #[prop(optional, into)]
    html: Option<TrustedHtml>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: PhaseBannerOptions,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<PhaseBannerOptions>();
    PhaseBannerOptions {
        tag: Some(tag),
        text: text.or(options.text),
        html: html.or(options.html),
        ..options
    }
    .offered(offer)
    .render()
}
