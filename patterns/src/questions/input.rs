//! What a person typed, and what is wrong with it.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a person entered for one question, as a form sends it: one value, several (the
/// boxes ticked), or named parts (a date's `day`, `month` and `year`; an address's lines).
/// In JSON: a string, a list of strings, or an object of strings; a question asked again and
/// again on an "add another" page takes a list of those, one per item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Input {
    /// One value.
    Text(String),
    /// Several values.
    Many(Vec<String>),
    /// Named parts.
    Parts(BTreeMap<String, String>),
    /// One input per item, for a question on an "add another" page.
    Items(Vec<Input>),
}

impl Input {
    /// One value, trimmed; empty for a list or parts.
    pub fn text(&self) -> &str {
        match self {
            Input::Text(text) => text.trim(),
            _ => "",
        }
    }

    /// A named part, trimmed; empty when it is missing.
    pub fn part(&self, name: &str) -> &str {
        match self {
            Input::Parts(parts) => parts.get(name).map_or("", |p| p.trim()),
            _ => "",
        }
    }

    /// The values given, without empty ones: one value reads as a list of one.
    pub fn values(&self) -> Vec<&str> {
        match self {
            Input::Text(text) if text.trim().is_empty() => Vec::new(),
            Input::Text(text) => vec![text.trim()],
            Input::Many(values) => values
                .iter()
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
                .collect(),
            Input::Parts(_) | Input::Items(_) => Vec::new(),
        }
    }

    /// The items given for a question on an "add another" page: a list of strings is a
    /// list of one-value items.
    pub fn items(&self) -> Vec<Input> {
        match self {
            Input::Items(items) => items.clone(),
            Input::Many(values) => values.iter().map(|v| Input::Text(v.clone())).collect(),
            Input::Text(text) if text.trim().is_empty() => Vec::new(),
            one => vec![one.clone()],
        }
    }
}

impl From<&str> for Input {
    fn from(text: &str) -> Self {
        Input::Text(text.to_owned())
    }
}

impl<const N: usize> From<[(&str, &str); N]> for Input {
    fn from(parts: [(&str, &str); N]) -> Self {
        Input::Parts(
            parts
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
        )
    }
}

/// One thing wrong with an answer: the message to show, and which part of the question it
/// concerns (`None` for the question as a whole), so the error summary can link to that
/// field and the field can be marked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The question's name.
    pub question: String,
    /// The part (`day`, `postcode`, `sortCode`, …), or `None` for the whole question.
    pub part: Option<&'static str>,
    /// Which item (from 0) of an "add another" question, or `None` for any other question.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<usize>,
    /// The message, naming the question, saying what is wrong and how to put it right.
    pub message: String,
}
