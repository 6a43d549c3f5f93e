//! `inset-text`: sets a quote, example or extra information apart from the text around it.
//!
//! # Accessibility
//!
//! **Keyboard.** Nothing to operate.
//!
//! **Screen readers.** Read as ordinary text: the border is visual only, so the words must
//! stand on their own.

use crate::prelude_internal::*;

/// govuk-frontend's `inset-text` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct InsetTextOptions {
    /// The text.
    pub text: Option<Text>,
    /// The content as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// The `id`.
    pub id: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl InsetTextOptions {
    /// Renders the inset text.
    pub fn render(self) -> AnyView {
        self.render_with(None)
    }

    /// Renders the inset text around `body` (in place of `text`/`html`) when given.
    pub fn render_with(self, body: Option<AnyView>) -> AnyView {
        let attrs = Attrs::new()
            .set_some("id", truthy(&self.id))
            .classes("govuk-inset-text", &self.classes)
            .user(Some(&self.attributes));
        let content = body
            .unwrap_or_else(|| Content::pick(self.html.as_ref(), self.text.as_ref()).into_view());
        view! { <div {..attrs.into_view()}>{content}</div> }.into_any()
    }
}

/// Inset text.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <InsetText>"It can take up to 8 weeks to register a lasting power of attorney."</InsetText> };
/// ```
#[component]
pub fn InsetText(
    /// The text, when there are no children.
    #[prop(optional, into)]
    text: Option<Text>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: InsetTextOptions,
    /// The content.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<InsetTextOptions>();
    let (options, children) = offer.with_children(
        InsetTextOptions {
        text: text.or(options.text),
        ..options
    },
        children.map(|c| c().into_any()),
        |o| &mut o.html,
    );
    options.render_with(children)
}
