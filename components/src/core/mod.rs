//! Plumbing shared by every component: option values, attributes, text-or-HTML content, and
//! the GOV.UK logo that the header and footer draw.

pub(crate) mod attributes;
pub(crate) mod behave;
pub(crate) mod content;
pub(crate) mod logo;
#[cfg(feature = "styles")]
pub(crate) mod page_styles;
pub(crate) mod value;
