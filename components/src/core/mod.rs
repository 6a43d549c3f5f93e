//! Plumbing shared by every component: option values, attributes, text-or-HTML content, and
//! the GOV.UK logo that the header and footer draw.

pub(crate) mod attributes;
pub(crate) mod behave;
pub(crate) mod content;
pub(crate) mod logo;
#[cfg(feature = "styles")]
pub(crate) mod page_styles;
pub(crate) mod value;

/// Says that a component draws the component `name` itself, from its options, where its
/// styles do not build on that component's (a page template's skip link, an interruption
/// panel's buttons): the page's `PageStyles` (feature `styles`) add its rules. A Leptos
/// component says so on its own as it is drawn.
pub(crate) fn draws(name: &str) {
    #[cfg(feature = "styles")]
    page_styles::drawn(name);
    #[cfg(not(feature = "styles"))]
    let _ = name;
}
