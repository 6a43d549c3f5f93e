//! `error-summary`: lists a page's errors at its top, each linking to its field.
//!
//! # Accessibility
//!
//! **Keyboard.** When a page shows errors, the summary takes focus, so the next Tab reaches its
//! first link; each link moves focus to the field with the problem (the first field of a
//! group), scrolled so its label or legend shows.
//!
//! **Screen readers.** Being focused, the summary is read at once: its title, then the list of
//! problems. It is an `alert`, so it is announced when it appears.

use crate::prelude_internal::*;

/// One error in the summary's list.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct ErrorSummaryItem {
    /// The `#id` of the field with the error.
    pub href: Option<Text>,
    /// The error's text. Ignored when `html` is given.
    pub text: Option<Text>,
    /// The error as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// Extra HTML attributes for the link.
    pub attributes: Attributes,
}

impl ErrorSummaryItem {
    /// An error linking to the field `href` (such as `#postcode`).
    pub fn new(href: impl Into<Text>, text: impl Into<Text>) -> Self {
        ErrorSummaryItem {
            href: Some(href.into()),
            text: Some(text.into()),
            ..Default::default()
        }
    }
}

/// govuk-frontend's `error-summary` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct ErrorSummaryOptions {
    /// The heading's text, such as "There is a problem".
    pub title_text: Option<Text>,
    /// The heading as trusted HTML.
    pub title_html: Option<TrustedHtml>,
    /// Text under the heading.
    pub description_text: Option<Text>,
    /// Trusted HTML under the heading.
    pub description_html: Option<TrustedHtml>,
    /// The errors; `null` entries render as empty list items, as in govuk-frontend.
    #[serde(deserialize_with = "falsy::list")]
    pub error_list: Vec<Option<ErrorSummaryItem>>,
    /// Stops the summary taking focus when the page loads (when JavaScript runs).
    pub disable_auto_focus: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl ErrorSummaryOptions {
    /// Renders the summary.
    pub fn render(self) -> AnyView {
        self.render_with(None)
    }

    /// Renders the summary with `description` in place of the description options.
    pub fn render_with(self, description: Option<AnyView>) -> AnyView {
        let attrs = Attrs::new()
            .classes("govuk-error-summary", &self.classes)
            .set_some(
                "data-disable-auto-focus",
                self.disable_auto_focus.as_ref().map(Text::as_str),
            )
            .user(Some(&self.attributes))
            .set_static("data-module", "govuk-error-summary");
        let title = Content::pick(self.title_html.as_ref(), self.title_text.as_ref()).into_view();
        let description = description.or_else(|| {
            Content::any_truthy(
                self.description_html.as_ref(),
                self.description_text.as_ref(),
            )
            .then(|| {
                Content::pick(
                    self.description_html.as_ref(),
                    self.description_text.as_ref(),
                )
                .into_view()
            })
        });
        let description = description.map(|d| view! { <p>{d}</p> });
        let list = (!self.error_list.is_empty()).then(|| {
            let items = self
                .error_list
                .into_iter()
                .map(|item| {
                    let item = item.unwrap_or_default();
                    let content = Content::pick(item.html.as_ref(), item.text.as_ref()).into_view();
                    let inner = match truthy(&item.href) {
                        Some(href) => {
                            let attrs = Attrs::new().set("href", href).user(Some(&item.attributes));
                            view! { <a {..attrs.into_view()}>{content}</a> }.into_any()
                        }
                        None => content,
                    };
                    view! { <li>{inner}</li> }
                })
                .collect_view();
            view! { <ul class="govuk-list govuk-error-summary__list">{items}</ul> }
        });
        view! {
            <div {..attrs.into_view()}>
                <div role="alert">
                    <h2 class="govuk-error-summary__title">{title}</h2>
                    <div class="govuk-error-summary__body">{description}{list}</div>
                </div>
            </div>
        }
        .into_any()
    }
}

/// A summary of a page's errors, each linking to its field.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <ErrorSummary
///         title="There is a problem"
///         errors=vec![ErrorSummaryItem::new("#postcode", "Enter a postcode")]
///     />
/// };
/// ```
#[component]
pub fn ErrorSummary(
    /// The heading's text.
    #[prop(into)]
    title: Text,
    /// The errors.
    #[prop(optional, into)]
    errors: Signal<Vec<ErrorSummaryItem>>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: ErrorSummaryOptions,
    /// Content under the heading, in place of `description_text`.
    #[prop(optional)]
    children: Option<ChildrenFn>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<ErrorSummaryOptions>();
    let options = ErrorSummaryOptions {
        title_text: Some(title),
        ..options
    };
    move || {
        crate::core::behave::start_behaviour(crate::core::behave::behaviours::ERROR_SUMMARY);
        let mut options = options.clone();
        let errors = errors.get();
        if !errors.is_empty() {
            options.error_list = errors.into_iter().map(Some).collect();
        }
        // Children drawn here are inside the summary (this runs as the view renders).
        let _inside = offer.inside();
        let (options, description) = offer.with_children(
            options,
            children.as_ref().map(|c| c().into_any()),
            |o| &mut o.description_html,
        );
        options.render_with(description)
    }
}
