//! `details`: a summary the user can open for more detail. Works without JavaScript.
//!
//! # Accessibility
//!
//! **Keyboard.** The summary is a native `<summary>`: Tab reaches it, Enter or Space opens and
//! closes it.
//!
//! **Screen readers.** Read as a disclosure with its state (expanded or collapsed); no script
//! is involved.

use crate::prelude_internal::*;

/// govuk-frontend's `details` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct DetailsOptions {
    /// The summary's text (always shown).
    pub summary_text: Option<Text>,
    /// The summary as trusted HTML.
    pub summary_html: Option<TrustedHtml>,
    /// The detail's text (shown when open).
    pub text: Option<Text>,
    /// The detail as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// The `id`.
    pub id: Option<Text>,
    /// Whether it starts open.
    pub open: Flag,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl DetailsOptions {
    /// Renders the details.
    pub fn render(self) -> AnyView {
        self.render_with(None)
    }

    /// Renders the details with `body` as the detail (in place of `text`/`html`) when given.
    pub fn render_with(self, body: Option<AnyView>) -> AnyView {
        let attrs = Attrs::new()
            .set_some("id", truthy(&self.id))
            .classes("govuk-details", &self.classes)
            .user(Some(&self.attributes))
            .flag("open", self.open.is_set());
        let summary =
            Content::pick(self.summary_html.as_ref(), self.summary_text.as_ref()).into_view();
        let content = body
            .unwrap_or_else(|| Content::pick(self.html.as_ref(), self.text.as_ref()).into_view());
        view! {
            <details {..attrs.into_view()}>
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">{summary}</span>
                </summary>
                <div class="govuk-details__text">{content}</div>
            </details>
        }
        .into_any()
    }
}

/// A summary that opens to show more.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Details summary="Help with nationality">
///         "We need to know your nationality so we can work out which elections you’re entitled to vote in."
///     </Details>
/// };
/// ```
#[component]
pub fn Details(
    /// The summary's text.
    #[prop(into)]
    summary: Text,
    /// Whether it starts open.
    #[prop(optional)]
    open: bool,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: DetailsOptions,
    /// The detail.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<DetailsOptions>();
    let (options, children) = offer.with_children(
        DetailsOptions {
        summary_text: Some(summary),
        open: Flag(open || options.open.is_set()),
        ..options
    },
        children.map(|c| c().into_any()),
        |o| &mut o.html,
    );
    options.render_with(children)
}
