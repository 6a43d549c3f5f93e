//! How a page's questions travel in an HTML form, and back: each question's field names,
//! and the answers a submitted form gives. Written once for the Leptos runtime (which reads
//! the form's data in the browser) and a server (which reads the same form posted without
//! JavaScript).
//!
//! | question | form fields |
//! |---|---|
//! | one value (text, email, choose one, …) | `name` |
//! | choose several | `name`, once per box ticked |
//! | parts (date, name, address, bank details) | `name-day`, `name-line1`, … |
//! | file | `name` (the file); read as `name-name`, `name-size`, `name-type` |
//!
//! ```
//! use civic_patterns::flow::form::answers_from_form;
//! use civic_patterns::questions::{Input, Question, QuestionKind};
//!
//! let born = Question::new("born", "your date of birth", QuestionKind::Date {
//!     of_birth: true, earliest: None, latest: None });
//! let pairs = [("born-day", "4"), ("born-month", "3"), ("born-year", "1961")];
//! let answers = answers_from_form(&[born], pairs.iter().map(|(k, v)| (*k, *v)));
//! assert_eq!(answers["born"], Input::from([("day", "4"), ("month", "3"), ("year", "1961")]));
//! ```

use super::Answers;
use crate::questions::{Input, Question, QuestionKind};
use std::collections::BTreeMap;

/// The parts a question's form sends, by their field suffix; empty for a question of one
/// value (or several values under one name).
pub fn parts(question: &Question) -> Vec<&'static str> {
    match &question.kind {
        QuestionKind::Date { .. } => vec!["day", "month", "year"],
        QuestionKind::File { .. } => vec!["name", "size", "type"],
        QuestionKind::Name { parts: false, .. } => Vec::new(),
        kind @ (QuestionKind::Name { .. } | QuestionKind::Address | QuestionKind::BankDetails) => {
            crate::questions::part_names(kind)
        }
        _ => Vec::new(),
    }
}

/// The form field (and element id) of a question's part: `born-day`; the question's name for
/// the whole question.
pub fn field_name(question: &str, part: Option<&str>) -> String {
    match part {
        Some(part) => format!("{question}-{part}"),
        None => question.to_owned(),
    }
}

/// The answers a submitted form gives to `questions`, from its fields in order. A question
/// with no field sent (no box ticked) reads as blank, so that it is checked as unanswered.
pub fn answers_from_form<'a>(
    questions: &[Question],
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Answers {
    let pairs: Vec<(&str, &str)> = pairs.into_iter().collect();
    let values = |name: &str| -> Vec<String> {
        pairs
            .iter()
            .filter(|(k, _)| *k == name)
            .map(|(_, v)| (*v).to_owned())
            .collect()
    };
    let mut answers = Answers::new();
    for question in questions {
        let parts = parts(question);
        let input = if !parts.is_empty() {
            Input::Parts(
                parts
                    .iter()
                    .map(|part| {
                        let value = values(&field_name(&question.name, Some(part)))
                            .into_iter()
                            .next()
                            .unwrap_or_default();
                        ((*part).to_owned(), value)
                    })
                    .collect::<BTreeMap<_, _>>(),
            )
        } else if matches!(question.kind, QuestionKind::ChooseSeveral { .. }) {
            Input::Many(values(&question.name))
        } else {
            Input::Text(
                values(&question.name)
                    .into_iter()
                    .next()
                    .unwrap_or_default(),
            )
        };
        answers.insert(question.name.clone(), input);
    }
    answers
}

/// `answers` with item `index` of an "add another" question set to `input` (appended when
/// `index` is the number of items so far).
pub fn set_item(answers: &mut Answers, question: &str, index: usize, input: Input) {
    let mut items = answers.get(question).map(Input::items).unwrap_or_default();
    if index < items.len() {
        items[index] = input;
    } else {
        items.push(input);
    }
    answers.insert(question.to_owned(), Input::Items(items));
}

/// `answers` with item `index` of an "add another" question taken out.
pub fn remove_item(answers: &mut Answers, question: &str, index: usize) {
    let mut items = answers.get(question).map(Input::items).unwrap_or_default();
    if index < items.len() {
        items.remove(index);
    }
    answers.insert(question.to_owned(), Input::Items(items));
}
