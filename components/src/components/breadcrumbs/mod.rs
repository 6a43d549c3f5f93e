//! `breadcrumbs`: where the current page sits in the site's structure.
//!
//! # Accessibility
//!
//! **Keyboard.** Tab moves through the links in order; Enter follows one.
//!
//! **Screen readers.** A navigation landmark labelled “Breadcrumb” holding a list, so its
//! number of levels is read; the current page is text, not a link.

pub(crate) mod messages;

use crate::prelude_internal::*;

/// One step of the breadcrumbs; a step without `href` is the current page.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct BreadcrumbsItem {
    /// The step's text.
    pub text: Option<Text>,
    /// The step as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// Where the step links to.
    pub href: Option<Text>,
    /// Extra HTML attributes for the link.
    pub attributes: Attributes,
    /// The step's content as a Leptos view (from a [`Crumb`] slot's children).
    #[serde(skip)]
    pub view: SlotContent,
}

impl BreadcrumbsItem {
    /// A step linking to `href`.
    pub fn link(text: impl Into<Text>, href: impl Into<Text>) -> Self {
        BreadcrumbsItem {
            text: Some(text.into()),
            href: Some(href.into()),
            ..Default::default()
        }
    }

    /// The current page (not a link).
    pub fn current(text: impl Into<Text>) -> Self {
        BreadcrumbsItem {
            text: Some(text.into()),
            ..Default::default()
        }
    }
}

/// govuk-frontend's `breadcrumbs` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct BreadcrumbsOptions {
    /// The steps.
    #[serde(deserialize_with = "falsy::list")]
    pub items: Vec<Option<BreadcrumbsItem>>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Show only the first and last steps on small screens.
    pub collapse_on_mobile: Flag,
    /// Extra HTML attributes.
    pub attributes: Attributes,
    /// The navigation's accessible name; "Breadcrumb" by default (Welsh: "Briwsion bara").
    pub label_text: Option<Text>,
}

impl BreadcrumbsOptions {
    /// Renders the breadcrumbs.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .class(join_classes([
                "govuk-breadcrumbs",
                truthy(&self.classes).unwrap_or(""),
                if self.collapse_on_mobile.is_set() {
                    "govuk-breadcrumbs--collapse-on-mobile"
                } else {
                    ""
                },
            ]))
            .user(Some(&self.attributes))
            .set(
                "aria-label",
                self.label_text
                    .as_ref()
                    .map(Text::as_str)
                    .unwrap_or_else(|| crate::i18n::text(crate::components::messages::breadcrumbs, "label")),
            );
        // govuk-frontend renders a `null` item as an empty current-page step.
        let items = self
            .items
            .into_iter()
            .map(|item| {
                let item = item.unwrap_or_default();
                let content = item.view.or_pick(item.html.as_ref(), item.text.as_ref());
                match truthy(&item.href) {
                    Some(href) => {
                        let link = Attrs::new()
                            .set_static("class", "govuk-breadcrumbs__link")
                            .set("href", href)
                            .user(Some(&item.attributes));
                        view! {
                            <li class="govuk-breadcrumbs__list-item"><a {..link.into_view()}>{content}</a></li>
                        }
                        .into_any()
                    }
                    None => view! {
                        <li class="govuk-breadcrumbs__list-item" aria-current="page">{content}</li>
                    }
                    .into_any(),
                }
            })
            .collect_view();
        view! {
            <nav {..attrs.into_view()}>
                <ol class="govuk-breadcrumbs__list">{items}</ol>
            </nav>
        }
        .into_any()
    }
}

/// A step of [`Breadcrumbs`] by composition: `<Crumb slot href="/">"Home"</Crumb>`; leave out
/// `href` for the current page.
#[slot]
pub struct Crumb {
    /// Where the step links to.
    #[prop(optional, into)]
    href: Option<Text>,
    /// The step's text.
    children: ChildrenFn,
}

impl From<Crumb> for BreadcrumbsItem {
    fn from(crumb: Crumb) -> Self {
        BreadcrumbsItem {
            href: crumb.href,
            view: SlotContent::from_children(Some(crumb.children)),
            ..Default::default()
        }
    }
}

/// Breadcrumbs, from a list of steps or [`Crumb`] slots (both render the same).
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Breadcrumbs>
///         <Crumb slot href="/">"Home"</Crumb>
///         <Crumb slot href="/bins">"Bins and recycling"</Crumb>
///     </Breadcrumbs>
/// };
/// ```
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Breadcrumbs items=vec![
///         BreadcrumbsItem::link("Home", "/"),
///         BreadcrumbsItem::link("Bins and recycling", "/bins"),
///     ] />
/// };
/// ```
#[component]
pub fn Breadcrumbs(
    /// The steps, as data.
    #[prop(optional)]
    items: Vec<BreadcrumbsItem>,
    /// The steps, by composition (after any `items`).
    #[prop(optional)]
    crumb: Vec<Crumb>,
    /// Show only the first and last steps on small screens.
    #[prop(optional)]
    collapse_on_mobile: bool,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: BreadcrumbsOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<BreadcrumbsOptions>();
    crate::i18n::in_locale(locale, options, |o| &mut o.attributes, move |options| {
        let mut options = BreadcrumbsOptions {
            items: given_or(
                items.into_iter()
                    .chain(crumb.into_iter().map(BreadcrumbsItem::from)),
                options.items,
            ),
            collapse_on_mobile: Flag(collapse_on_mobile || options.collapse_on_mobile.is_set()),
            ..options
        };
        if offer.wanted() {
            for item in options.items.iter_mut().flatten() {
                if item.view.is_some() {
                    item.view.write_into(&mut item.html);
                }
            }
        }
        options.offered(offer).render()
    })
}
