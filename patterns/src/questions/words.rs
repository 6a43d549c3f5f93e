//! Words a definition writes for people to read: one language, or several by language tag.

use civic::Locale;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Text in a definition: `"your postcode"`, or `{"en": "your postcode", "cy": "eich cod post"}`
/// for a bilingual service. A locale without its own words reads the English (or the first
/// given), so a Welsh page is never blank.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Words {
    /// One text for every language.
    One(String),
    /// Text by language tag (`en`, `cy`).
    ByLanguage(BTreeMap<String, String>),
}

impl Default for Words {
    fn default() -> Self {
        Words::One(String::new())
    }
}

impl Words {
    /// The words for `locale`: its own, else English, else the first given.
    pub fn get(&self, locale: Locale) -> &str {
        match self {
            Words::One(text) => text,
            Words::ByLanguage(texts) => texts
                .iter()
                .find(|(tag, _)| locale.speaks(tag))
                .or_else(|| texts.iter().find(|(tag, _)| tag.as_str() == "en"))
                .or_else(|| texts.iter().next())
                .map_or("", |(_, text)| text.as_str()),
        }
    }

    /// Whether there are no words in any language.
    pub fn is_empty(&self) -> bool {
        match self {
            Words::One(text) => text.trim().is_empty(),
            Words::ByLanguage(texts) => texts.values().all(|t| t.trim().is_empty()),
        }
    }
}

impl From<&str> for Words {
    fn from(text: &str) -> Self {
        Words::One(text.to_owned())
    }
}

impl From<String> for Words {
    fn from(text: String) -> Self {
        Words::One(text)
    }
}

/// One option of a choice question: the value sent (and compared by conditions), and the
/// words shown. In JSON a bare string is a value shown as itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "ChoiceJson")]
pub struct Choice {
    /// The value the form sends.
    pub value: String,
    /// The words on the radio or checkbox; the value when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Words>,
    /// A hint under it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Words>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ChoiceJson {
    Value(String),
    Full {
        value: String,
        #[serde(default)]
        text: Option<Words>,
        #[serde(default)]
        hint: Option<Words>,
    },
}

impl From<ChoiceJson> for Choice {
    fn from(json: ChoiceJson) -> Self {
        match json {
            ChoiceJson::Value(value) => Choice::from(value.as_str()),
            ChoiceJson::Full { value, text, hint } => Choice { value, text, hint },
        }
    }
}

impl From<&str> for Choice {
    fn from(value: &str) -> Self {
        Choice {
            value: value.to_owned(),
            text: None,
            hint: None,
        }
    }
}

impl Choice {
    /// The words shown for this option in `locale`.
    pub fn text(&self, locale: Locale) -> &str {
        self.text
            .as_ref()
            .map_or(self.value.as_str(), |t| t.get(locale))
    }
}
