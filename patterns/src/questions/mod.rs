//! The question patterns' rules: what each kind of question accepts, how it reads what people
//! really type, and what it says when an answer will not do. Written once, with no DOM and no
//! server, so that the Leptos components, the enhancer and a server all validate alike.
//!
//! ```
//! use civic_patterns::questions::{Answer, Input, Question, QuestionKind};
//! use civic_patterns::questions::date::Date;
//! use civic::Locale;
//!
//! let postcode = Question::new("postcode", "your postcode", QuestionKind::Postcode);
//! let today = Date::new(2026, 11, 28).unwrap();
//! assert_eq!(
//!     postcode.check(&Input::from(" sw1a2aa "), Locale::En, today),
//!     Ok(Answer::Text("SW1A 2AA".into()))
//! );
//! let problems = postcode.check(&Input::from("SW1A"), Locale::En, today).unwrap_err();
//! assert_eq!(problems[0].message, "Enter a real UK postcode, like SW1A 2AA");
//! ```

pub mod date;
mod input;
mod messages;
mod normalise;
mod words;

pub use input::{Input, Problem};
pub use words::{Choice, Words};

use civic::Locale;
use date::{Date, DateBound};
use serde::{Deserialize, Serialize};

/// One question: its name (the form field, and the key of its answer), how its messages
/// name it, whether it may be left blank, and what kind of answer it takes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Question {
    /// The field's name, and the answer's key.
    pub name: String,
    /// How error messages name the question, as it reads inside a sentence: "your date of
    /// birth", "the collection date" ("Enter your date of birth"; "Your date of birth must be
    /// in the past").
    pub label: Words,
    /// The question as the page asks it ("What is your date of birth?"): the label or legend,
    /// or the page's heading when it is the page's only question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<Words>,
    /// A hint under the question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Words>,
    /// Whether it may be left blank.
    #[serde(default)]
    pub optional: bool,
    /// What kind of answer it takes.
    #[serde(flatten)]
    pub kind: QuestionKind,
}

/// The kinds of question Civic's patterns check, each with its own bounds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(
    tag = "type",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum QuestionKind {
    /// Free text, at most `max_length` characters.
    Text {
        /// The most characters allowed.
        #[serde(default)]
        max_length: Option<usize>,
    },
    /// A date in a date input (`day`, `month`, `year`).
    Date {
        /// A date of birth: it must be in the past.
        #[serde(default)]
        of_birth: bool,
        /// The earliest date allowed: a date, or counted from today (`"2 working days ago"`).
        #[serde(default)]
        earliest: Option<DateBound>,
        /// The latest date allowed: a date, or counted from today (`"today"`).
        #[serde(default)]
        latest: Option<DateBound>,
    },
    /// A person's name: one full-name box (`name`), or given and family names (`given`,
    /// `family`), with an optional middle name (`middle`) and title (`title`) when asked.
    Name {
        /// Whether the name is asked as given and family names.
        #[serde(default)]
        parts: bool,
        /// Whether a middle name box is shown (it may be left blank).
        #[serde(default, skip_serializing_if = "is_false")]
        middle: bool,
        /// Whether a title box is shown (it may be left blank).
        #[serde(default, skip_serializing_if = "is_false")]
        title: bool,
    },
    /// A UK address: `line1`, `line2` (optional), `town`, `county` (optional), `postcode`.
    Address,
    /// Bank details: `name` on the account, `sortCode`, `accountNumber`.
    BankDetails,
    /// A UK postcode on its own.
    Postcode,
    /// An email address.
    Email,
    /// A UK telephone number.
    Phone,
    /// A National Insurance number.
    NationalInsuranceNumber,
    /// A whole number, or any number when `whole` is false.
    Number {
        /// Whether only whole numbers are allowed.
        #[serde(default = "yes")]
        whole: bool,
        /// The least allowed.
        #[serde(default)]
        min: Option<f64>,
        /// The most allowed.
        #[serde(default)]
        max: Option<f64>,
    },
    /// An amount of money in pounds.
    Money {
        /// The least allowed, in pennies.
        #[serde(default)]
        min_pennies: Option<i64>,
        /// The most allowed, in pennies.
        #[serde(default)]
        max_pennies: Option<i64>,
    },
    /// A file, as its `name`, `size` in bytes and `type` (MIME) arrive with the upload.
    File {
        /// The file types allowed, by extension (`pdf`, `jpg`); any when empty.
        #[serde(default)]
        types: Vec<String>,
        /// The largest size allowed, in bytes.
        #[serde(default)]
        max_bytes: Option<u64>,
    },
    /// One of `options` (radios; yes/no is `["yes", "no"]`).
    ChooseOne {
        /// The options: values, or `{value, text, hint}`.
        options: Vec<Choice>,
    },
    /// Any of `options` (checkboxes), with an optional exclusive "none" value.
    ChooseSeveral {
        /// The options: values, or `{value, text, hint}`.
        options: Vec<Choice>,
        /// The value that means "none of these", which cannot go with the others.
        #[serde(default)]
        none: Option<String>,
    },
}

fn yes() -> bool {
    true
}

fn is_false(value: &bool) -> bool {
    !value
}

/// An accepted answer, normalised: what check answers shows and a service receives.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Answer {
    /// Nothing, for an optional question left blank.
    Blank,
    /// A text, normalised (`SW1A 2AA`, `QQ 12 34 56 C`, `07700900982`).
    Text(String),
    /// A date.
    Date(Date),
    /// Named parts, normalised (a name, an address, bank details).
    Parts(std::collections::BTreeMap<String, String>),
    /// A number.
    Number(f64),
    /// An amount of money, in pennies.
    Pennies(i64),
    /// The values chosen, in the order of the options.
    Chosen(Vec<String>),
    /// One answer per item, for a question on an "add another" page.
    Items(Vec<Answer>),
}

impl Question {
    /// A required question.
    pub fn new(name: impl Into<String>, label: impl Into<Words>, kind: QuestionKind) -> Self {
        Question {
            name: name.into(),
            label: label.into(),
            heading: None,
            hint: None,
            optional: false,
            kind,
        }
    }

    /// Checks `input`: the answer, normalised, or every problem with it, each with its
    /// message in `locale`. `today` is the date "in the past" is measured from (passed in, so
    /// that a server, a browser and a test agree).
    pub fn check(
        &self,
        input: &Input,
        locale: Locale,
        today: Date,
    ) -> Result<Answer, Vec<Problem>> {
        self.check_answer(input, locale, today).map_err(|problems| {
            problems
                .into_iter()
                .map(|problem| Problem {
                    question: self.name.clone(),
                    ..problem
                })
                .collect()
        })
    }

    /// An accepted answer as check answers shows it: a date as GOV.UK writes it, a choice by
    /// its words, money in pounds, an address one line per part, and a list one line per item.
    pub fn show(&self, answer: &Answer, locale: Locale) -> String {
        match answer {
            Answer::Blank => String::new(),
            Answer::Text(text) => text.clone(),
            Answer::Date(date) => spoken(*date, locale),
            Answer::Number(n) => format_number(*n),
            Answer::Pennies(p) => format_money(*p),
            Answer::Chosen(values) => {
                let options = match &self.kind {
                    QuestionKind::ChooseOne { options }
                    | QuestionKind::ChooseSeveral { options, .. } => options.as_slice(),
                    _ => &[],
                };
                values
                    .iter()
                    .map(|value| {
                        options
                            .iter()
                            .find(|o| o.value == *value)
                            .map_or(value.as_str(), |o| o.text(locale))
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            }
            Answer::Parts(parts) => match &self.kind {
                QuestionKind::Name { .. } => parts_of(&self.kind)
                    .iter()
                    .filter_map(|(part, ..)| parts.get(*part))
                    .map(|value| value.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                QuestionKind::File { .. } => parts.get("name").cloned().unwrap_or_default(),
                _ => parts_of(&self.kind)
                    .iter()
                    .filter_map(|(part, ..)| parts.get(*part))
                    .map(|value| value.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
            },
            Answer::Items(items) => items
                .iter()
                .map(|item| self.show(item, locale).replace('\n', ", "))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// Message `key` in `locale`, naming this question.
    pub(crate) fn say(&self, locale: Locale, key: &str, args: &[(&str, &str)]) -> String {
        messages::say(locale, key, self.label.get(locale), args)
    }

    fn check_answer(
        &self,
        input: &Input,
        locale: Locale,
        today: Date,
    ) -> Result<Answer, Vec<Problem>> {
        let say = |key: &str, args: &[(&str, &str)]| self.say(locale, key, args);
        let problem = |part: Option<&'static str>, key: &str, args: &[(&str, &str)]| {
            Err(vec![Problem {
                question: String::new(),
                item: None,
                part,
                message: say(key, args),
            }])
        };
        let text = input.text();
        let blank = match input {
            Input::Parts(parts) => parts.values().all(|v| v.trim().is_empty()),
            Input::Items(items) => items.is_empty(),
            _ => input.values().is_empty(),
        };
        if blank {
            return match (&self.kind, self.optional) {
                (_, true) => Ok(Answer::Blank),
                (QuestionKind::ChooseOne { .. } | QuestionKind::ChooseSeveral { .. }, _) => {
                    problem(None, "selectOne", &[])
                }
                (QuestionKind::Date { .. }, _) => problem(Some("day"), "enter", &[]),
                (QuestionKind::File { .. }, _) => problem(None, "fileSelect", &[]),
                // A question of several boxes names each one left blank.
                (
                    QuestionKind::Name { .. } | QuestionKind::Address | QuestionKind::BankDetails,
                    _,
                ) => check_parts(&self.kind, input, &say),
                _ => problem(None, "enter", &[]),
            };
        }
        match &self.kind {
            QuestionKind::Text { max_length } => {
                let length = text.chars().count();
                match max_length {
                    Some(max) if length > *max => {
                        problem(None, "tooLong", &[("max", &max.to_string())])
                    }
                    _ => Ok(Answer::Text(text.to_owned())),
                }
            }
            QuestionKind::Name { .. } | QuestionKind::Address | QuestionKind::BankDetails => {
                check_parts(&self.kind, input, &say)
            }
            QuestionKind::File { types, max_bytes } => {
                let name = input.part("name");
                let extension = name
                    .rsplit_once('.')
                    .map(|(_, ext)| ext.to_ascii_lowercase())
                    .unwrap_or_default();
                let size: u64 = input.part("size").parse().unwrap_or(0);
                if name.is_empty() {
                    problem(None, "fileSelect", &[])
                } else if !types.is_empty()
                    && !types.iter().any(|t| t.eq_ignore_ascii_case(&extension))
                {
                    let list = list_of(
                        &types
                            .iter()
                            .map(|t| t.to_ascii_uppercase())
                            .collect::<Vec<_>>(),
                        messages::say(locale, "or", "", &[]).as_str(),
                    );
                    problem(None, "fileType", &[("types", &list)])
                } else if size == 0 {
                    problem(None, "fileEmpty", &[])
                } else if max_bytes.is_some_and(|max| size > max) {
                    let max = max_bytes.unwrap_or_default();
                    problem(None, "fileTooBig", &[("size", &format_bytes(max))])
                } else {
                    Ok(Answer::Parts(
                        [
                            ("name", name),
                            ("size", input.part("size")),
                            ("type", input.part("type")),
                        ]
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v.to_owned()))
                        .collect(),
                    ))
                }
            }
            QuestionKind::Postcode => match normalise::postcode(text) {
                Some(code) => Ok(Answer::Text(code)),
                None => problem(None, "postcode", &[]),
            },
            QuestionKind::Email => {
                if is_email(text) {
                    Ok(Answer::Text(text.to_owned()))
                } else {
                    problem(None, "email", &[])
                }
            }
            QuestionKind::Phone => match normalise::phone(text) {
                Some(number) => Ok(Answer::Text(number)),
                None => problem(None, "phone", &[]),
            },
            QuestionKind::NationalInsuranceNumber => match normalise::national_insurance(text) {
                Some(number) => Ok(Answer::Text(number)),
                None => problem(None, "nationalInsurance", &[]),
            },
            QuestionKind::Number { whole, min, max } => {
                let Some(number) = normalise::number(text) else {
                    return problem(None, "number", &[]);
                };
                if *whole && number.fract() != 0.0 {
                    return problem(None, "wholeNumber", &[]);
                }
                let show = |n: f64| format_number(n);
                match (min, max) {
                    (Some(min), Some(max)) if number < *min || number > *max => problem(
                        None,
                        "numberBetween",
                        &[("min", &show(*min)), ("max", &show(*max))],
                    ),
                    (Some(min), None) if number < *min => {
                        problem(None, "numberAtLeast", &[("min", &show(*min))])
                    }
                    (None, Some(max)) if number > *max => {
                        problem(None, "numberAtMost", &[("max", &show(*max))])
                    }
                    _ => Ok(Answer::Number(number)),
                }
            }
            QuestionKind::Money {
                min_pennies,
                max_pennies,
            } => {
                let Some(pennies) = normalise::pennies(text) else {
                    return problem(None, "money", &[]);
                };
                match (min_pennies, max_pennies) {
                    (Some(min), _) if pennies < *min => {
                        problem(None, "moneyAtLeast", &[("min", &format_money(*min))])
                    }
                    (_, Some(max)) if pennies > *max => {
                        problem(None, "moneyAtMost", &[("max", &format_money(*max))])
                    }
                    _ => Ok(Answer::Pennies(pennies)),
                }
            }
            QuestionKind::ChooseOne { options } => {
                let values = input.values();
                match values.as_slice() {
                    [one] if options.iter().any(|o| o.value == *one) => {
                        Ok(Answer::Chosen(vec![(*one).to_owned()]))
                    }
                    _ => problem(None, "selectOne", &[]),
                }
            }
            QuestionKind::ChooseSeveral { options, none } => {
                let values = input.values();
                if values
                    .iter()
                    .any(|v| !options.iter().any(|o| o.value == *v))
                {
                    return problem(None, "selectOne", &[]);
                }
                if let Some(none) = none
                    && values.len() > 1
                    && values.iter().any(|v| v == none)
                {
                    return problem(None, "selectNoneAlone", &[]);
                }
                let chosen = options
                    .iter()
                    .filter(|o| values.contains(&o.value.as_str()))
                    .map(|o| o.value.clone())
                    .collect();
                Ok(Answer::Chosen(chosen))
            }
            QuestionKind::Date {
                of_birth,
                earliest,
                latest,
            } => check_date(input, *of_birth, *earliest, *latest, today, locale, &say),
        }
    }
}

/// Writes message `key` with its arguments, in the question's locale and naming it.
type Say<'a> = dyn Fn(&str, &[(&str, &str)]) -> String + 'a;

/// The parts a question of several boxes asks for: (part, required, message key when blank).
fn parts_of(kind: &QuestionKind) -> Vec<(&'static str, bool, &'static str)> {
    match kind {
        QuestionKind::Name {
            parts,
            middle,
            title,
        } => {
            let mut boxes = Vec::new();
            if *title {
                boxes.push(("title", false, ""));
            }
            if *parts {
                boxes.push(("given", true, "nameGiven"));
                if *middle {
                    boxes.push(("middle", false, ""));
                }
                boxes.push(("family", true, "nameFamily"));
            } else {
                boxes.push(("name", true, "nameFull"));
            }
            boxes
        }
        QuestionKind::Address => vec![
            ("line1", true, "addressLine1"),
            ("line2", false, ""),
            ("town", true, "addressTown"),
            ("county", false, ""),
            ("postcode", true, "addressPostcode"),
        ],
        QuestionKind::BankDetails => vec![
            ("name", true, "bankName"),
            ("sortCode", true, "bankSortCode"),
            ("accountNumber", true, "bankAccountNumber"),
        ],
        _ => Vec::new(),
    }
}

/// The parts a question of several boxes asks for, in the order of its boxes.
pub(crate) fn part_names(kind: &QuestionKind) -> Vec<&'static str> {
    parts_of(kind).into_iter().map(|(part, ..)| part).collect()
}

/// Other names for parts: XGovFormBuilder's (`addressLine1`) and GOV.UK Forms' (`address1`,
/// `town_or_city`, `first_name`).
const PART_ALIASES: [(&str, &[&str]); 7] = [
    ("line1", &["addressLine1", "address1"]),
    ("line2", &["addressLine2", "address2"]),
    ("town", &["town_or_city"]),
    ("given", &["first_name", "firstName"]),
    ("middle", &["middle_names", "middleName"]),
    ("family", &["last_name", "lastName"]),
    ("name", &["full_name"]),
];

/// A question of several boxes: every blank required part and every malformed one is a
/// problem of its own, in the order of the boxes, so the error summary lists each.
fn check_parts(kind: &QuestionKind, input: &Input, say: &Say) -> Result<Answer, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut answer = std::collections::BTreeMap::new();
    // A full name arrives as one value or as its one part; parts may come under the names
    // XGovFormBuilder and GOV.UK Forms give them, so their answers read as they are.
    let value = |part: &str| match input {
        Input::Text(_) if part == "name" => input.text(),
        _ => PART_ALIASES
            .iter()
            .filter(|(civic, _)| *civic == part)
            .flat_map(|(_, aliases)| aliases.iter())
            .map(|alias| input.part(alias))
            .fold(input.part(part), |found, alias| {
                if found.is_empty() {
                    alias
                } else {
                    found
                }
            }),
    };
    for (part, required, blank_key) in parts_of(kind) {
        let typed = value(part);
        if typed.is_empty() {
            if required {
                problems.push(Problem {
                    question: String::new(),
                    item: None,
                    part: Some(part),
                    message: say(blank_key, &[]),
                });
            }
            continue;
        }
        let checked = match part {
            "postcode" => normalise::postcode(typed).ok_or("addressPostcodeReal"),
            "sortCode" => {
                let digits = normalise::compact(typed);
                (digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit()))
                    .then_some(digits)
                    .ok_or("bankSortCodeReal")
            }
            "accountNumber" => {
                let digits = normalise::compact(typed);
                if !digits.chars().all(|c| c.is_ascii_digit()) {
                    Err("bankAccountNumberReal")
                } else if !(6..=8).contains(&digits.len()) {
                    Err("bankAccountNumberLength")
                } else {
                    // Six- and seven-digit numbers are written with leading zeros to eight,
                    // as banks do.
                    Ok(format!("{digits:0>8}"))
                }
            }
            _ if typed.chars().count() > 300 => Err("partTooLong"),
            _ => Ok(typed.to_owned()),
        };
        match checked {
            Ok(value) => {
                answer.insert(part.to_owned(), value);
            }
            Err(key) => problems.push(Problem {
                question: String::new(),
                item: None,
                part: Some(part),
                message: say(key, &[]),
            }),
        }
    }
    if problems.is_empty() {
        Ok(Answer::Parts(answer))
    } else {
        Err(problems)
    }
}

/// A date input's answer: which parts are missing, then whether it is a real date, then its
/// bounds.
fn check_date(
    input: &Input,
    of_birth: bool,
    earliest: Option<DateBound>,
    latest: Option<DateBound>,
    today: Date,
    locale: Locale,
    say: &Say,
) -> Result<Answer, Vec<Problem>> {
    let spoken = |date: Date| spoken(date, locale);
    let one = |part: &'static str, message: String| {
        Err(vec![Problem {
            question: String::new(),
            item: None,
            part: Some(part),
            message,
        }])
    };
    // A single date box (XGovFormBuilder's DateField, a browser's date input) sends
    // `YYYY-MM-DD`.
    let iso = Date::parse_iso(input.text());
    let iso_parts = iso.map(|d| (d.day.to_string(), d.month.to_string(), d.year.to_string()));
    if iso.is_none() && !input.text().is_empty() {
        return one("day", say("dateReal", &[]));
    }
    let (day, month, year) = match &iso_parts {
        Some((d, m, y)) => (d.as_str(), m.as_str(), y.as_str()),
        None => (input.part("day"), input.part("month"), input.part("year")),
    };
    let missing: Vec<&'static str> = [("day", day), ("month", month), ("year", year)]
        .into_iter()
        .filter(|(_, value)| value.is_empty())
        .map(|(name, _)| name)
        .collect();
    if !missing.is_empty() {
        let key = match missing.as_slice() {
            ["day"] => "dateMissingDay",
            ["month"] => "dateMissingMonth",
            ["year"] => "dateMissingYear",
            ["day", "month"] => "dateMissingDayMonth",
            ["day", "year"] => "dateMissingDayYear",
            _ => "dateMissingMonthYear",
        };
        return one(missing[0], say(key, &[]));
    }
    if !(year.len() == 4 && year.chars().all(|c| c.is_ascii_digit())) {
        return one("year", say("dateYearFourDigits", &[]));
    }
    let parsed = match (day.parse::<u32>(), date::month(month), year.parse::<i32>()) {
        (Ok(d), Some(m), Ok(y)) => Date::new(y, m, d),
        _ => None,
    };
    let Some(date) = parsed else {
        let part = if day.parse::<u32>().is_err() {
            "day"
        } else if date::month(month).is_none() {
            "month"
        } else {
            "day"
        };
        return one(part, say("dateReal", &[]));
    };
    if of_birth && date >= today {
        return one("day", say("datePast", &[]));
    }
    // A date of birth over 120 years ago is almost certainly a typing slip.
    let oldest = today.years_before(120);
    if of_birth && date < oldest {
        return one(
            "year",
            say("dateOnOrAfter", &[("earliest", &spoken(oldest))]),
        );
    }
    let (earliest, latest) = (earliest.map(|b| b.on(today)), latest.map(|b| b.on(today)));
    match (earliest, latest) {
        (Some(from), Some(to)) if date < from || date > to => one(
            "day",
            say(
                "dateBetween",
                &[("earliest", &spoken(from)), ("latest", &spoken(to))],
            ),
        ),
        (Some(from), None) if date < from => {
            one("day", say("dateOnOrAfter", &[("earliest", &spoken(from))]))
        }
        (None, Some(to)) if date > to => {
            one("day", say("dateOnOrBefore", &[("latest", &spoken(to))]))
        }
        _ => Ok(Answer::Date(date)),
    }
}

/// A date as GOV.UK writes it in messages: "28 November 2026", "28 Tachwedd 2026".
fn spoken(date: Date, locale: Locale) -> String {
    let months = if locale == Locale::Cy {
        date::MONTHS_CY
    } else {
        date::MONTHS_EN
    };
    format!(
        "{} {} {}",
        date.day,
        months[date.month as usize - 1],
        date.year
    )
}

/// The shape GOV.UK Notify accepts: something, one @, a domain with a dot, no spaces.
fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.contains('@')
        && !text.chars().any(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
}

/// `JPG, PNG or PDF`.
fn list_of(items: &[String], or: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {or} {last}", rest.join(", ")),
    }
}

/// A size as people read it: `2MB`, `500KB`.
fn format_bytes(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes >= MB && bytes.is_multiple_of(MB) {
        format!("{}MB", bytes / MB)
    } else if bytes >= 1024 {
        format!("{}KB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        // As JavaScript prints it (in the browser, by JavaScript itself: #13).
        civic::Text::from(n).to_string()
    }
}

/// Pennies as GOV.UK writes money: `£1,250`, `£1,250.50`.
fn format_money(pennies: i64) -> String {
    let pounds = (pennies / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in pounds.chars().enumerate() {
        if i > 0 && (pounds.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match pennies % 100 {
        0 => format!("£{grouped}"),
        p => format!("£{grouped}.{p:02}"),
    }
}
