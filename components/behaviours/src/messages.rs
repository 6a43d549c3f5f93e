//! The shape of a component's default strings, shared by the behaviours (which write them
//! into the page) and the `civic` crate (which writes its markup's strings, lists every string
//! for translators, and checks a council's own locale against them). Each component folder's
//! `messages.rs` holds its strings in this shape, one table per locale Civic ships.

/// A default message: one text, or plural forms by CLDR category (`one`, `other`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {
    /// The same text for any count.
    Text(&'static str),
    /// A text per CLDR plural category, `other` always among them.
    Plural(&'static [(&'static str, &'static str)]),
}

/// A component's default messages in one locale, by key (govuk-frontend's keys, such as
/// `showAllSections`, for what a behaviour writes).
pub type Messages = &'static [(&'static str, Message)];

/// Where each translated message comes from, by key: a public service or design system that
/// uses it, or "translated here".
pub type Sources = &'static [(&'static str, &'static str)];
