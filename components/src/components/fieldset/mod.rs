//! `fieldset`: groups related fields under a legend, such as the parts of an address.
//!
//! # Accessibility
//!
//! **Keyboard.** Nothing to operate itself; the fields inside it keep their own keys.
//!
//! **Screen readers.** The legend is read when focus enters the group, as the question the
//! fields answer. With `is_page_heading` the legend holds the page’s `<h1>`, so the question is
//! read once, not twice.

use crate::prelude_internal::*;

/// The `legend` option of a fieldset.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct LegendOptions {
    /// The legend's text. Ignored when `html` is given.
    pub text: Option<Text>,
    /// The legend as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// Extra classes, such as `govuk-fieldset__legend--l`.
    pub classes: Option<Text>,
    /// Whether the legend is also the page's `<h1>`.
    pub is_page_heading: Flag,
}

impl From<&str> for LegendOptions {
    fn from(text: &str) -> Self {
        LegendOptions {
            text: Some(text.into()),
            ..Default::default()
        }
    }
}

/// govuk-frontend's `fieldset` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct FieldsetOptions {
    /// Ids of elements that describe the fieldset, for `aria-describedby`.
    pub described_by: Option<Text>,
    /// The legend.
    #[serde(deserialize_with = "falsy::option")]
    pub legend: Option<LegendOptions>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// The ARIA role of the fieldset.
    pub role: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
    /// The fieldset's content as trusted HTML (in Leptos, pass children instead).
    pub html: Option<TrustedHtml>,
}

impl FieldsetOptions {
    /// `fieldset` with `legend` as its legend, when a legend is given.
    pub fn with_legend(
        fieldset: Option<FieldsetOptions>,
        legend: Option<LegendOptions>,
    ) -> Option<FieldsetOptions> {
        match legend {
            Some(legend) => Some(FieldsetOptions {
                legend: Some(legend),
                ..fieldset.unwrap_or_default()
            }),
            None => fieldset,
        }
    }

    /// Renders the fieldset with its `html` option as content.
    pub fn render(self) -> AnyView {
        let body = truthy_html(&self.html).map(|html| TrustedHtml::new(html).into_any());
        self.render_with(body)
    }

    /// Renders the fieldset around `body`.
    pub fn render_with(self, body: Option<AnyView>) -> AnyView {
        let attrs = Attrs::new()
            .classes("govuk-fieldset", &self.classes)
            .set_some("role", truthy(&self.role))
            .set_some("aria-describedby", truthy(&self.described_by))
            .user(Some(&self.attributes));
        let legend = self
            .legend
            .filter(|l| Content::any_truthy(l.html.as_ref(), l.text.as_ref()))
            .map(|legend| {
                let class = join_classes([
                    "govuk-fieldset__legend",
                    truthy(&legend.classes).unwrap_or(""),
                ]);
                let content = Content::pick(legend.html.as_ref(), legend.text.as_ref()).into_view();
                let inner = if legend.is_page_heading.is_set() {
                    view! { <h1 class="govuk-fieldset__heading">{content}</h1> }.into_any()
                } else {
                    content
                };
                view! { <legend class=class>{inner}</legend> }
            });
        view! { <fieldset {..attrs.into_view()}>{legend}{body}</fieldset> }.into_any()
    }
}

/// Groups related fields under a legend.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Fieldset legend="What is your address?">
///         <p>"Address fields go here"</p>
///     </Fieldset>
/// };
/// ```
#[component]
pub fn Fieldset(
    /// The legend.
    #[prop(optional, into)]
    legend: Option<LegendOptions>,
    /// Ids of elements that describe the fieldset.
    #[prop(optional, into)]
    described_by: Option<Text>,
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// The ARIA role.
    #[prop(optional, into)]
    role: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
    /// The fields inside.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<FieldsetOptions>();
    let (options, children) = offer.with_children(
        FieldsetOptions {
        described_by,
        legend,
        classes,
        role,
        attributes,
        html: None,
    },
        children.map(|c| c().into_any()),
        |o| &mut o.html,
    );
    options.render_with(children)
}
