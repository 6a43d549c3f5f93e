//! Plumbing shared by every component: option values, attributes, and text-or-HTML content.

pub mod attributes;
pub mod content;
pub mod value;
