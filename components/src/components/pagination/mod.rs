//! `pagination`: links between the pages of a long list, or to the previous and next page
//! of a series.
//!
//! # Accessibility
//!
//! **Keyboard.** Tab moves through the page links; Enter follows one.
//!
//! **Screen readers.** A navigation landmark labelled “Pagination”. Previous and next say so in
//! full (“Previous page”); the current page is marked `aria-current="page"`; gaps (“⋯”) are
//! read as text.

pub(crate) mod messages;

use crate::prelude_internal::*;

/// The previous or next link.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct PaginationLink {
    /// Where it goes.
    pub href: Option<Text>,
    /// Its text; "Previous page" / "Next page" by default (Welsh: "Blaenorol", "Nesaf").
    pub text: Option<Text>,
    /// Its content as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// The title of the page it goes to (shown in the block style).
    pub label_text: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

/// One numbered page link, or an ellipsis.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct PaginationItem {
    /// The page number.
    pub number: Option<Text>,
    /// The accessible name; "Page N" by default.
    pub visually_hidden_text: Option<Text>,
    /// Where it goes.
    pub href: Option<Text>,
    /// Whether this is the current page.
    pub current: Flag,
    /// Shows an ellipsis instead of a link.
    pub ellipsis: Flag,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl PaginationItem {
    /// A link to page `number`.
    pub fn page(number: u32, href: impl Into<Text>) -> Self {
        PaginationItem {
            number: Some(number.into()),
            href: Some(href.into()),
            ..Default::default()
        }
    }

    /// An ellipsis between page links.
    pub fn ellipsis() -> Self {
        PaginationItem {
            ellipsis: Flag(true),
            ..Default::default()
        }
    }

    /// Whether the item is `{}` (govuk-frontend skips items with no keys).
    fn is_empty(&self) -> bool {
        *self == PaginationItem::default()
    }
}

/// govuk-frontend's `pagination` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct PaginationOptions {
    /// The numbered page links.
    #[serde(deserialize_with = "falsy::optional_list")]
    pub items: Option<Vec<Option<PaginationItem>>>,
    /// The previous link.
    #[serde(deserialize_with = "falsy::option")]
    pub previous: Option<PaginationLink>,
    /// The next link.
    #[serde(deserialize_with = "falsy::option")]
    pub next: Option<PaginationLink>,
    /// The navigation's accessible name; "Pagination" by default.
    pub landmark_label: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

fn arrow(previous: bool) -> AnyView {
    // The path is an attribute value, not static markup, so that Leptos builds the SVG
    // element by element in the browser (a static SVG template gains a wrapping `<g>`).
    let (class, path) = if previous {
        (
            "govuk-pagination__icon govuk-pagination__icon--prev",
            "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z",
        )
    } else {
        (
            "govuk-pagination__icon govuk-pagination__icon--next",
            "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z",
        )
    };
    view! {
        <svg class=class xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
            <path d=path></path>
        </svg>
    }
    .into_any()
}

fn arrow_link(link: &PaginationLink, previous: bool, block_level: bool) -> AnyView {
    let kind = if previous { "prev" } else { "next" };
    let attrs = Attrs::new()
        .set_static("class", "govuk-link govuk-pagination__link")
        .always("href", link.href.as_ref())
        .set("rel", kind)
        .user(Some(&link.attributes));
    let title = if Content::any_truthy(link.html.as_ref(), link.text.as_ref()) {
        Content::pick(link.html.as_ref(), link.text.as_ref()).into_view()
    } else {
        let word = crate::i18n::text(crate::components::messages::pagination, if previous { "previous" } else { "next" });
        // Welsh puts the noun first ("Tudalen flaenorol"), so it has no hidden suffix.
        let suffix = crate::i18n::text(crate::components::messages::pagination, "pageSuffix");
        let suffix = (!suffix.is_empty())
            .then(|| view! { <span class="govuk-visually-hidden">{suffix}</span> });
        view! { {word}{suffix} }.into_any()
    };
    let label = truthy(&link.label_text);
    let title_class = join_classes([
        "govuk-pagination__link-title",
        if block_level && label.is_none() {
            "govuk-pagination__link-title--decorated"
        } else {
            ""
        },
    ]);
    let label = label.filter(|_| block_level).map(|label| {
        let label = label.to_owned();
        view! {
            <span class="govuk-visually-hidden">":"</span>
            <span class="govuk-pagination__link-label">{label}</span>
        }
    });
    let arrow_before = (block_level || previous).then(|| arrow(previous));
    let arrow_after = (!block_level && !previous).then(|| arrow(false));
    let wrapper = format!("govuk-pagination__{kind}");
    view! {
        <div class=wrapper>
            <a {..attrs.into_view()}>
                {arrow_before}
                <span class=title_class>{title}</span>
                {label}
                {arrow_after}
            </a>
        </div>
    }
    .into_any()
}

fn page_item(item: &PaginationItem) -> AnyView {
    let class = join_classes([
        "govuk-pagination__item",
        if item.current.is_set() {
            "govuk-pagination__item--current"
        } else {
            ""
        },
        if item.ellipsis.is_set() {
            "govuk-pagination__item--ellipsis"
        } else {
            ""
        },
    ]);
    if item.ellipsis.is_set() {
        return view! { <li class=class>"⋯"</li> }.into_any();
    }
    let number = item.number.as_ref().map(Text::to_string);
    let label = match &item.visually_hidden_text {
        Some(text) => text.to_string(),
        None => format!(
            "{} {}",
            crate::i18n::text(crate::components::messages::pagination, "page"),
            item.number
                .as_ref()
                .map(Text::js_str)
                .unwrap_or("undefined")
        ),
    };
    let attrs = Attrs::new()
        .set_static("class", "govuk-link govuk-pagination__link")
        .always("href", item.href.as_ref())
        .set("aria-label", label)
        .set_some("aria-current", item.current.is_set().then_some("page"))
        .user(Some(&item.attributes));
    view! { <li class=class><a {..attrs.into_view()}>{number}</a></li> }.into_any()
}

impl PaginationOptions {
    /// Renders the pagination.
    pub fn render(self) -> AnyView {
        let block_level = self.items.is_none() && (self.next.is_some() || self.previous.is_some());
        let attrs = Attrs::new()
            .class(join_classes([
                "govuk-pagination",
                if block_level {
                    "govuk-pagination--block"
                } else {
                    ""
                },
                truthy(&self.classes).unwrap_or(""),
            ]))
            .set(
                "aria-label",
                truthy(&self.landmark_label).unwrap_or_else(|| crate::i18n::text(crate::components::messages::pagination, "label")),
            )
            .user(Some(&self.attributes));
        let previous = self
            .previous
            .as_ref()
            .filter(|p| p.href.as_ref().is_some_and(Text::is_truthy))
            .map(|p| arrow_link(p, true, block_level));
        let next = self
            .next
            .as_ref()
            .filter(|n| n.href.as_ref().is_some_and(Text::is_truthy))
            .map(|n| arrow_link(n, false, block_level));
        let list = self.items.as_ref().map(|items| {
            let items = items
                .iter()
                .flatten()
                .filter(|item| !item.is_empty())
                .map(page_item)
                .collect_view();
            view! { <ul class="govuk-pagination__list">{items}</ul> }
        });
        view! { <nav {..attrs.into_view()}>{previous}{list}{next}</nav> }.into_any()
    }
}

/// A numbered page of [`Pagination`] by composition: `<PageLink slot number=2 href="?page=2" />`.
#[slot]
pub struct PageLink {
    /// The page number.
    #[prop(optional, into)]
    number: Option<Text>,
    /// Where it goes.
    #[prop(optional, into)]
    href: Option<Text>,
    /// Whether this is the current page.
    #[prop(optional)]
    current: bool,
    /// Shows an ellipsis instead of a link.
    #[prop(optional)]
    ellipsis: bool,
}

impl From<PageLink> for PaginationItem {
    fn from(page: PageLink) -> Self {
        PaginationItem {
            number: page.number,
            href: page.href,
            current: Flag(page.current),
            ellipsis: Flag(page.ellipsis),
            ..Default::default()
        }
    }
}

/// Pagination: numbered pages (as data or [`PageLink`] slots, which render the same), or
/// previous and next links.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Pagination>
///         <PageLink slot number=1 href="?page=1" current=true />
///         <PageLink slot ellipsis=true />
///         <PageLink slot number=8 href="?page=8" />
///     </Pagination>
/// };
/// ```
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Pagination
///         items=vec![PaginationItem::page(1, "?page=1"), PaginationItem::ellipsis(), PaginationItem::page(8, "?page=8")]
///         next=PaginationLink { href: Some("?page=2".into()), ..Default::default() }
///     />
/// };
/// ```
#[component]
pub fn Pagination(
    /// The numbered page links, as data.
    #[prop(optional)]
    items: Option<Vec<PaginationItem>>,
    /// The numbered page links, by composition (after any `items`).
    #[prop(optional)]
    page_link: Vec<PageLink>,
    /// The previous link.
    #[prop(optional)]
    previous: Option<PaginationLink>,
    /// The next link.
    #[prop(optional)]
    next: Option<PaginationLink>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: PaginationOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<PaginationOptions>();
    crate::i18n::in_locale(locale, options, |o| &mut o.attributes, move |options| {
        let items = if page_link.is_empty() {
            items
        } else {
            Some(
                items
                    .unwrap_or_default()
                    .into_iter()
                    .chain(page_link.into_iter().map(PaginationItem::from))
                    .collect(),
            )
        };
        PaginationOptions {
            items: items
                .map(|i| i.into_iter().map(Some).collect())
                .or(options.items.clone()),
            previous: previous.or(options.previous.clone()),
            next: next.or(options.next.clone()),
            ..options
        }
        .offered(offer)
        .render()
    })
}
