//! Plumbing shared by every component: option values, attributes, text-or-HTML content, and
//! the GOV.UK logo that the header and footer draw.

pub(crate) mod attributes;
pub(crate) mod behave;
pub(crate) mod content;
pub(crate) mod logo;
#[cfg(feature = "styles")]
pub(crate) mod page_styles;
pub(crate) mod value;

/// Says that the component `name` is being drawn: the page's `PageStyles` (feature `styles`)
/// add its rules. Every component's options `render` says so for itself (and every Leptos
/// component, as it starts); a component that draws another's markup without its options
/// (an interruption panel's buttons) says so for that one.
pub(crate) fn draws(name: &str) {
    #[cfg(feature = "styles")]
    page_styles::drawn(name);
    #[cfg(not(feature = "styles"))]
    let _ = name;
}
