//! `feedback`: asks users what they think of a page or service.
//!
//! # Accessibility
//!
//! **Keyboard.** Its links and buttons are in the tab order where they appear.
//!
//! **Screen readers.** Its title is a heading (level 2 by default), so screen reader users can
//! find the feedback question by heading.

use crate::prelude_internal::*;

/// govuk-frontend's `feedback` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct FeedbackOptions {
    /// The title, such as "Help us improve this service".
    pub title_text: Option<Text>,
    /// The title as trusted HTML.
    pub title_html: Option<TrustedHtml>,
    /// The title's heading level; 2 by default.
    #[serde(deserialize_with = "HeadingLevel::optional")]
    pub heading_level: Option<HeadingLevel>,
    /// The body's text.
    pub text: Option<Text>,
    /// The body as trusted HTML (typically a link to a survey).
    pub html: Option<TrustedHtml>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl FeedbackOptions {
    /// Renders the feedback section.
    pub fn render(self) -> AnyView {
        self.render_with(None)
    }

    /// Renders the feedback section with `body` (in place of `text`/`html`) when given.
    pub fn render_with(self, body: Option<AnyView>) -> AnyView {
        let attrs = Attrs::new()
            .classes("govuk-feedback govuk-width-container", &self.classes)
            .user(Some(&self.attributes));
        let title = heading(
            self.heading_level.map(HeadingLevel::get).unwrap_or(2),
            Attrs::new().set_static("class", "govuk-feedback__title"),
            Content::pick(self.title_html.as_ref(), self.title_text.as_ref()).into_view(),
        );
        let body = match (body, truthy_html(&self.html), truthy(&self.text)) {
            (Some(body), _, _) => Some(body),
            (None, Some(html), _) => Some(TrustedHtml::new(html).into_any()),
            (None, None, Some(text)) => {
                let text = text.to_owned();
                Some(view! { <p class="govuk-body">{text}</p> }.into_any())
            }
            _ => None,
        }
        .map(|body| view! { <div class="govuk-feedback__body">{body}</div> });
        view! {
            <div {..attrs.into_view()}>
                <div class="govuk-grid-row">
                    <div class="govuk-grid-column-two-thirds">{title}{body}</div>
                </div>
            </div>
        }
        .into_any()
    }
}

/// A feedback section.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Feedback title="Help us improve this service">
///         <p class="govuk-body"><a class="govuk-link" href="/survey">"Take our short survey"</a></p>
///     </Feedback>
/// };
/// ```
#[component]
pub fn Feedback(
    /// The title.
    #[prop(into)]
    title: Text,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: FeedbackOptions,
    /// The body.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<FeedbackOptions>();
    let (options, children) = offer.with_children(
        FeedbackOptions {
        title_text: Some(title),
        ..options
    },
        children.map(|c| c().into_any()),
        |o| &mut o.html,
    );
    options.render_with(children)
}
