//! Conditions on answers, as a flow definition writes them:
//!
//! ```json
//! {"question": "out", "equals": "no"}
//! {"question": "reason", "oneOf": ["sight", "arms"]}
//! {"question": "bins", "contains": "garden"}
//! {"question": "age", "atLeast": 16}
//! {"question": "collected", "before": "2026-11-26"}
//! {"answered": "email"}
//! {"not": {…}}, {"all": [{…}, {…}]}, {"any": [{…}, {…}]}
//! ```

use crate::questions::date::{Date, DateBound};
use crate::questions::Answer;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A test on the answers given so far. Exactly one test per condition (checked when the
/// flow is loaded); `question` names the answer the comparisons look at.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Condition {
    /// The question whose answer is compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// The answer is this value (a choice, or a text as normalised).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<String>,
    /// The answer is one of these values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_of: Option<Vec<String>>,
    /// The choices made include this value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contains: Option<String>,
    /// The number (or amount in pounds) is more than this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub greater_than: Option<f64>,
    /// The number is less than this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub less_than: Option<f64>,
    /// The number is this or more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<f64>,
    /// The number is this or less.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<f64>,
    /// The date is before this one: `YYYY-MM-DD`, or counted from today (`"16 years ago"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// The date is after this one: `YYYY-MM-DD`, or counted from today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// This question has an answer (not left blank).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered: Option<String>,
    /// The condition inside does not hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not: Option<Box<Condition>>,
    /// Every condition inside holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all: Option<Vec<Condition>>,
    /// At least one condition inside holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub any: Option<Vec<Condition>>,
}

/// The names of the tests a condition can make, as its JSON writes them.
pub(crate) const TESTS: [&str; 13] = [
    "equals",
    "oneOf",
    "contains",
    "greaterThan",
    "lessThan",
    "atLeast",
    "atMost",
    "before",
    "after",
    "answered",
    "not",
    "all",
    "any",
];

impl Condition {
    /// The tests this condition makes, by their JSON names (one, in a sound definition).
    pub(crate) fn tests(&self) -> Vec<&'static str> {
        let given = [
            self.equals.is_some(),
            self.one_of.is_some(),
            self.contains.is_some(),
            self.greater_than.is_some(),
            self.less_than.is_some(),
            self.at_least.is_some(),
            self.at_most.is_some(),
            self.before.is_some(),
            self.after.is_some(),
            self.answered.is_some(),
            self.not.is_some(),
            self.all.is_some(),
            self.any.is_some(),
        ];
        TESTS
            .iter()
            .zip(given)
            .filter(|(_, given)| *given)
            .map(|(name, _)| *name)
            .collect()
    }

    /// Whether the condition holds for the answers accepted so far on the route; `today` is
    /// what dates counted from today (`"16 years ago"`) count from.
    pub fn holds(&self, answers: &BTreeMap<String, Answer>, today: Date) -> bool {
        if let Some(inner) = &self.not {
            return !inner.holds(answers, today);
        }
        if let Some(all) = &self.all {
            return all.iter().all(|c| c.holds(answers, today));
        }
        if let Some(any) = &self.any {
            return any.iter().any(|c| c.holds(answers, today));
        }
        if let Some(name) = &self.answered {
            return answers.get(name).is_some_and(|answer| {
                !matches!(answer, Answer::Blank) && *answer != Answer::Items(Vec::new())
            });
        }
        let Some(answer) = self.question.as_ref().and_then(|q| answers.get(q)) else {
            return false;
        };
        let values: Vec<String> = match answer {
            Answer::Chosen(values) => values.clone(),
            Answer::Text(text) => vec![text.clone()],
            _ => Vec::new(),
        };
        // A choice whose value is a number ("how many applicants": 1 to 4) compares as one.
        let number = match answer {
            Answer::Number(n) => Some(*n),
            Answer::Pennies(p) => Some(*p as f64 / 100.0),
            _ => match values.as_slice() {
                [one] => one.parse::<f64>().ok().filter(|n| n.is_finite()),
                _ => None,
            },
        };
        let date = match answer {
            Answer::Date(date) => Some(*date),
            _ => None,
        };
        let compare_date = |bound: &Option<String>, test: fn(Date, Date) -> bool| match (
            date,
            bound
                .as_deref()
                .and_then(|b| DateBound::try_from(b.to_owned()).ok())
                .map(|b| b.on(today)),
        ) {
            (Some(date), Some(bound)) => test(date, bound),
            _ => false,
        };
        if let Some(value) = &self.equals {
            // A number equals a value written as a number ("20", "20.0").
            let as_number = value.parse::<f64>().ok();
            match (number, as_number) {
                (Some(n), Some(v)) if values.is_empty() => n == v,
                _ => values.len() == 1 && values[0] == *value,
            }
        } else if let Some(options) = &self.one_of {
            values.len() == 1 && options.contains(&values[0])
        } else if let Some(value) = &self.contains {
            values.contains(value)
        } else if let Some(bound) = self.greater_than {
            number.is_some_and(|n| n > bound)
        } else if let Some(bound) = self.less_than {
            number.is_some_and(|n| n < bound)
        } else if let Some(bound) = self.at_least {
            number.is_some_and(|n| n >= bound)
        } else if let Some(bound) = self.at_most {
            number.is_some_and(|n| n <= bound)
        } else if self.before.is_some() {
            compare_date(&self.before, |d, b| d < b)
        } else if self.after.is_some() {
            compare_date(&self.after, |d, b| d > b)
        } else {
            false
        }
    }

    /// The questions this condition reads, with each one's JSON path under `path`.
    pub(crate) fn questions(&self, path: &str) -> Vec<(String, String)> {
        let mut found = Vec::new();
        if let Some(q) = &self.question {
            found.push((q.clone(), format!("{path}.question")));
        }
        if let Some(q) = &self.answered {
            found.push((q.clone(), format!("{path}.answered")));
        }
        if let Some(inner) = &self.not {
            found.extend(inner.questions(&format!("{path}.not")));
        }
        for (name, list) in [("all", &self.all), ("any", &self.any)] {
            for (i, inner) in list.iter().flatten().enumerate() {
                found.extend(inner.questions(&format!("{path}.{name}[{i}]")));
            }
        }
        found
    }
}
