//! A council's own locale: another language Civic does not ship, or its own wording, as a
//! JSON file that is checked against every string Civic writes when it is loaded.
//!
//! ```json
//! {
//!   "tag": "gd",
//!   "name": "Gàidhlig",
//!   "messages": {
//!     "back-link": { "text": "Air ais" },
//!     "character-count": {
//!       "charactersUnderLimit": { "one": "…", "two": "…", "few": "…", "other": "…" }
//!     }
//!   }
//! }
//! ```
//!
//! `civic messages --format locale --locale cy` writes a complete file to start from. Every
//! component and key that Civic's English has must be there, each plural message with exactly
//! the CLDR plural forms the language uses for whole numbers (Gaelic: one, two, few, other),
//! and a text whose English has `%{count}` must keep it. Every problem is reported at once,
//! each with the JSON path of the string it concerns.

use super::{Locale, Message, Messages};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde_json::Value;
use std::fmt;
use unic_langid::LanguageIdentifier;

/// The largest locale file Civic reads: Civic's English is under 8 KiB.
pub const MAX_LOCALE_FILE_BYTES: usize = 256 * 1024;
/// The longest message, in characters.
pub const MAX_MESSAGE_CHARS: usize = 2_000;

/// A locale loaded from a file: its language tag, its name and every component's messages.
/// Made by [`Locale::from_json`]; it lives as long as the program (see there).
#[derive(Debug, PartialEq, Eq)]
pub struct CustomLocale {
    tag: &'static str,
    name: &'static str,
    components: Vec<(&'static str, Messages)>,
}

impl CustomLocale {
    /// The language tag, as the file gives it (`gd`, `en-GB`, …).
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// The language's name, as the file gives it.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// One component's messages (every key Civic's English has, checked on load).
    pub(crate) fn messages(&self, component: &str) -> Option<Messages> {
        self.components
            .iter()
            .find(|(name, _)| *name == component)
            .map(|(_, messages)| *messages)
    }
}

/// Why a locale file was refused: every problem found, each naming its JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocaleError {
    /// Each problem as `path: what is wrong`, in the order of Civic's own messages.
    pub problems: Vec<String>,
}

impl fmt::Display for LocaleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.problems.len();
        write!(
            f,
            "the locale file has {count} problem{}:",
            if count == 1 { "" } else { "s" }
        )?;
        for problem in &self.problems {
            write!(f, "\n  {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LocaleError {}

/// The CLDR plural categories a language uses for whole numbers, each with the smallest
/// count that selects it (for error messages). Counts are whole numbers in every message
/// Civic writes, so forms only fractions select are not asked for.
fn plural_forms(language: &LanguageIdentifier) -> Option<Vec<(&'static str, u64)>> {
    // CLDR keys most rules by language alone: `en-GB` and `cy-GB` use `en`'s and `cy`'s.
    let rules = PluralRules::create(language.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| {
            let primary = LanguageIdentifier::from_parts(language.language, None, None, &[]);
            PluralRules::create(primary, PluralRuleType::CARDINAL)
        })
        .ok()?;
    let mut forms: Vec<(&'static str, u64)> = Vec::new();
    // CLDR's integer rules look at n mod 10, mod 100 and mod 1000, and a few languages at
    // exact millions: these counts reach every category any of them selects.
    let counts = (0..=1_000).chain([10_000, 100_000, 1_000_000, 10_000_000]);
    for count in counts {
        let Ok(category) = rules.select(count) else {
            continue;
        };
        let name = category_name(category);
        if !forms.iter().any(|(form, _)| *form == name) {
            forms.push((name, count));
        }
    }
    // In CLDR's order, as translators expect them.
    forms.sort_by_key(|(form, _)| FORMS.iter().position(|f| f == form));
    Some(forms)
}

const FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// A message read from the file, kept only once the whole file is found sound.
enum Read {
    Text(String),
    Plural(Vec<(&'static str, String)>),
}

/// A string from the file, checked. It may be empty only where Civic's English is empty
/// (character count's `textareaDescription`, as in govuk-frontend) or is an affix added to
/// other words (pagination's " page"), which another language may not need: Welsh has none.
fn message_text(
    value: &Value,
    path: &str,
    may_be_empty: bool,
    problems: &mut Vec<String>,
) -> Option<String> {
    let Value::String(text) = value else {
        problems.push(format!("{path}: expected a string, found {}", kind(value)));
        return None;
    };
    if text.trim().is_empty() && !may_be_empty {
        problems.push(format!("{path}: is empty"));
        return None;
    }
    if text.chars().count() > MAX_MESSAGE_CHARS {
        problems.push(format!(
            "{path}: is longer than {MAX_MESSAGE_CHARS} characters"
        ));
        return None;
    }
    if text.chars().any(|c| c.is_control()) {
        problems.push(format!(
            "{path}: holds a control character (a line break, a tab, …)"
        ));
        return None;
    }
    Some(text.clone())
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// Checks a locale file and keeps it: see [`Locale::from_json`].
pub(crate) fn load(json: &str) -> Result<Locale, LocaleError> {
    let refuse = |problem: String| LocaleError {
        problems: vec![problem],
    };
    if json.len() > MAX_LOCALE_FILE_BYTES {
        return Err(refuse(format!(
            "(file): is larger than {MAX_LOCALE_FILE_BYTES} bytes"
        )));
    }
    let file: Value = serde_json::from_str(json).map_err(|e| refuse(format!("(file): {e}")))?;
    let Value::Object(file) = file else {
        return Err(refuse(format!(
            "(file): expected an object with \"tag\", \"name\" and \"messages\", found {}",
            kind(&file)
        )));
    };
    let mut problems = Vec::new();
    for key in file.keys() {
        if !["tag", "name", "messages"].contains(&key.as_str()) {
            problems.push(format!(
                "{key}: unknown field; a locale file has \"tag\", \"name\" and \"messages\""
            ));
        }
    }

    let tag = file.get("tag").unwrap_or(&Value::Null);
    let language = match tag {
        Value::String(tag) => match tag.parse::<LanguageIdentifier>() {
            Ok(language) => Some(language),
            Err(_) => {
                problems.push(format!(
                    "tag: {tag:?} is not a language tag (such as \"gd\" or \"en-GB\")"
                ));
                None
            }
        },
        Value::Null => {
            problems.push("tag: missing; the page's language, such as \"gd\"".into());
            None
        }
        other => {
            problems.push(format!("tag: expected a string, found {}", kind(other)));
            None
        }
    };
    let forms = language.as_ref().and_then(|language| {
        let forms = plural_forms(language);
        if forms.is_none() {
            problems.push(format!(
                "tag: CLDR has no plural rules for {language}, so its plural forms cannot be checked"
            ));
        }
        forms
    });
    let name = match file.get("name") {
        None | Some(Value::Null) => {
            problems.push("name: missing; the language's name in that language".into());
            None
        }
        Some(name) => message_text(name, "name", false, &mut problems),
    };

    let empty = serde_json::Map::new();
    let messages = match file.get("messages") {
        Some(Value::Object(messages)) => messages,
        None => {
            problems.push("messages: missing".into());
            &empty
        }
        Some(other) => {
            problems.push(format!(
                "messages: expected an object of components, found {}",
                kind(other)
            ));
            &empty
        }
    };
    for component in messages.keys() {
        if !super::all_messages().any(|(table, _)| table.name == component) {
            problems.push(format!(
                "messages.{component}: no component by that name writes default strings"
            ));
        }
    }

    let mut components = Vec::new();
    for (builtin, _) in super::all_messages() {
        let component = &builtin.name;
        let path = format!("messages.{component}");
        let given = match messages.get(*component) {
            Some(Value::Object(given)) => given,
            None => {
                problems.push(format!("{path}: missing"));
                continue;
            }
            Some(other) => {
                problems.push(format!(
                    "{path}: expected an object of messages, found {}",
                    kind(other)
                ));
                continue;
            }
        };
        for key in given.keys() {
            if !builtin.en.iter().any(|(k, _)| k == key) {
                problems.push(format!(
                    "{path}.{key}: {component} has no message by that key"
                ));
            }
        }
        let mut table = Vec::new();
        for (key, english) in builtin.en.iter() {
            let path = format!("{path}.{key}");
            let Some(value) = given.get(*key) else {
                problems.push(format!("{path}: missing"));
                continue;
            };
            match english {
                Message::Text(english) => {
                    let may_be_empty = english.is_empty() || english.starts_with(' ');
                    if let Some(text) = message_text(value, &path, may_be_empty, &mut problems) {
                        if english.contains("%{count}") && !text.contains("%{count}") {
                            problems.push(format!(
                                "{path}: must keep %{{count}}, where the number goes"
                            ));
                        }
                        table.push((*key, Read::Text(text)));
                    }
                }
                Message::Plural(english) => {
                    let may_be_empty = english.iter().all(|(_, text)| text.is_empty());
                    let Value::Object(given_forms) = value else {
                        problems.push(format!(
                            "{path}: expected plural forms (an object such as {{\"one\": …, \"other\": …}}), found {}",
                            kind(value)
                        ));
                        continue;
                    };
                    let Some(forms) = &forms else { continue };
                    for form in given_forms.keys() {
                        if !forms.iter().any(|(f, _)| f == form) {
                            let used: Vec<&str> = forms.iter().map(|(f, _)| *f).collect();
                            problems.push(format!(
                                "{path}.{form}: {} does not use this plural form; it uses {}",
                                tag.as_str().unwrap_or_default(),
                                used.join(", ")
                            ));
                        }
                    }
                    let mut texts = Vec::new();
                    for (form, example) in forms {
                        match given_forms.get(*form) {
                            Some(text) => {
                                if let Some(text) = message_text(
                                    text,
                                    &format!("{path}.{form}"),
                                    may_be_empty,
                                    &mut problems,
                                ) {
                                    texts.push((*form, text));
                                }
                            }
                            None => problems.push(format!(
                                "{path}.{form}: missing; {} uses this form (for {example}, among others)",
                                tag.as_str().unwrap_or_default()
                            )),
                        }
                    }
                    table.push((*key, Read::Plural(texts)));
                }
            }
        }
        components.push((*component, table));
    }

    match (problems.is_empty(), tag.as_str(), name) {
        (true, Some(tag), Some(name)) => {
            // Kept for the rest of the program, so that every string is `&'static` like
            // Civic's own and `Locale` stays `Copy`: a locale is loaded once, at start-up.
            let components = components
                .into_iter()
                .map(|(component, table)| {
                    let table: Vec<(&'static str, Message)> = table
                        .into_iter()
                        .map(|(key, read)| match read {
                            Read::Text(text) => (key, Message::Text(leak(text))),
                            Read::Plural(forms) => {
                                let forms: Vec<(&'static str, &'static str)> =
                                    forms.into_iter().map(|(f, t)| (f, leak(t))).collect();
                                (key, Message::Plural(Box::leak(forms.into_boxed_slice())))
                            }
                        })
                        .collect();
                    (component, &*Box::leak(table.into_boxed_slice()))
                })
                .collect();
            let locale = CustomLocale {
                tag: leak(tag.to_owned()),
                name: leak(name),
                components,
            };
            Ok(Locale::Custom(Box::leak(Box::new(locale))))
        }
        _ => Err(LocaleError { problems }),
    }
}

/// A complete locale file of `locale`'s messages (see [`Locale::to_json`]).
pub(crate) fn write(locale: Locale) -> String {
    let language = locale.tag().parse::<LanguageIdentifier>().ok();
    let forms = language.as_ref().and_then(plural_forms).unwrap_or_default();
    let mut components = serde_json::Map::new();
    for (builtin, _) in super::all_messages() {
        let component = &builtin.name;
        let table = match locale {
            Locale::En => builtin.en,
            Locale::Cy => builtin.cy,
            Locale::Custom(custom) => custom.messages(component).unwrap_or_default(),
        };
        let mut messages = serde_json::Map::new();
        for (key, english) in builtin.en.iter() {
            let message = table
                .iter()
                .find(|(k, _)| k == key)
                .map_or(english, |(_, message)| message);
            let value = match message {
                Message::Text(text) => Value::String((*text).into()),
                Message::Plural(given) => {
                    // Each form the language uses; one a table lacks reads as its `other`, as
                    // the behaviours read it.
                    let pick = |form: &str| given.iter().find(|(f, _)| *f == form).map(|(_, t)| *t);
                    let other = pick("other").unwrap_or_default();
                    Value::Object(
                        forms
                            .iter()
                            .map(|(form, _)| {
                                ((*form).to_owned(), pick(form).unwrap_or(other).into())
                            })
                            .collect(),
                    )
                }
            };
            messages.insert((*key).to_owned(), value);
        }
        components.insert((*component).to_owned(), Value::Object(messages));
    }
    let file = serde_json::json!({
        "tag": locale.tag(),
        "name": locale.name(),
        "messages": components,
    });
    serde_json::to_string_pretty(&file).unwrap_or_default()
}
