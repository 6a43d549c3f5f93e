//! Definitions councils already have, loaded as Civic flows: XGovFormBuilder form
//! definitions and GOV.UK Forms form documents, told apart by their shape. Each keeps its own
//! routing rules; what Civic cannot map is listed, every item with its JSON path, in one
//! refusal rather than dropped.
//!
//! ```
//! use civic_patterns::flow::import::{load, Format};
//!
//! let (flow, format) = load(r#"{
//!   "name": "Skip route form", "start_page": 1, "language": "en",
//!   "steps": [
//!     {"id": 1, "position": 1, "next_step_id": 2, "type": "question_page",
//!      "data": {"question_text": "Would you like to submit anonymously?",
//!               "answer_type": "selection", "is_optional": false,
//!               "answer_settings": {"only_one_option": "true",
//!                                   "selection_options": [{"name": "Yes"}, {"name": "No"}]}},
//!      "routing_conditions": [{"answer_value": "Yes", "skip_to_end": true,
//!                              "goto_page_id": null, "routing_page_id": 1, "check_page_id": 1}]},
//!     {"id": 2, "position": 2, "next_step_id": null, "type": "question_page",
//!      "data": {"question_text": "What’s your name?", "answer_type": "name",
//!               "answer_settings": {"input_type": "full_name"}}, "routing_conditions": []}
//!   ]
//! }"#).unwrap();
//! assert_eq!(format, Format::GovukForms);
//! assert_eq!(flow.pages[0].next[0].go_to, "check-your-answers");
//! ```

mod govuk_forms;
mod xgov;

use super::{check, Flow, FlowError};
use serde_json::Value;

/// The kinds of definition Civic reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Civic's own flow definition.
    Civic,
    /// An XGovFormBuilder (digital-form-builder) form definition: `startPage`, `pages` with
    /// `path` and `components`, `lists`, `sections`, `conditions`.
    XGovFormBuilder,
    /// A GOV.UK Forms form document: `steps` (or the older `pages`) of `question_text` and
    /// `answer_type` with `routing_conditions`.
    GovukForms,
}

impl Format {
    /// The format's name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Format::Civic => "Civic flow",
            Format::XGovFormBuilder => "XGovFormBuilder form definition",
            Format::GovukForms => "GOV.UK Forms form document",
        }
    }

    /// Tells the formats apart by their shape.
    pub fn detect(json: &Value) -> Format {
        let pages = json.get("pages").and_then(Value::as_array);
        let first_page = pages.and_then(|p| p.first());
        if json.get("steps").is_some()
            || json.get("form_id").is_some()
            || json.get("start_page").is_some()
            || first_page.is_some_and(|p| p.get("question_text").is_some())
        {
            Format::GovukForms
        } else if json.get("startPage").is_some()
            || first_page.is_some_and(|p| p.get("path").is_some() || p.get("components").is_some())
        {
            Format::XGovFormBuilder
        } else {
            Format::Civic
        }
    }
}

/// Reads a definition in any format Civic knows, as a checked flow. A refusal lists every
/// problem: malformed JSON, what Civic cannot map, and what the flow checks find.
pub fn load(json: &str) -> Result<(Flow, Format), Vec<FlowError>> {
    let value: Value = serde_json::from_str(json).map_err(|error| {
        vec![FlowError {
            path: "(file)".into(),
            message: error.to_string(),
        }]
    })?;
    let format = Format::detect(&value);
    let imported = match format {
        Format::Civic => return Flow::from_json(json).map(|flow| (flow, format)),
        Format::XGovFormBuilder => xgov::import(&value),
        Format::GovukForms => govuk_forms::import(&value),
    };
    let Imported { flow, origins } = imported?;
    // The flow's own checks, each named by where the page came from in the source.
    let problems: Vec<FlowError> = check::check(&flow)
        .into_iter()
        .map(|problem| FlowError {
            path: origin_path(&problem.path, &origins),
            message: problem.message,
        })
        .collect();
    if problems.is_empty() {
        Ok((flow, format))
    } else {
        Err(problems)
    }
}

/// A flow made from another format, with the source path of each page it made.
pub(crate) struct Imported {
    pub(crate) flow: Flow,
    pub(crate) origins: Vec<String>,
}

/// `pages[3].next[0]` in the made flow, as the source's path for that page.
fn origin_path(path: &str, origins: &[String]) -> String {
    let Some(rest) = path.strip_prefix("pages[") else {
        return path.to_owned();
    };
    let Some((index, tail)) = rest.split_once(']') else {
        return path.to_owned();
    };
    match index.parse::<usize>().ok().and_then(|i| origins.get(i)) {
        Some(origin) => format!("{origin}{tail}"),
        None => path.to_owned(),
    }
}

/// Collects what an import cannot map, with paths.
#[derive(Default)]
pub(crate) struct Unmapped(pub(crate) Vec<FlowError>);

impl Unmapped {
    pub(crate) fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(FlowError {
            path: path.into(),
            message: message.into(),
        });
    }

    pub(crate) fn finish(self, imported: Imported) -> Result<Imported, Vec<FlowError>> {
        if self.0.is_empty() {
            Ok(imported)
        } else {
            Err(self.0)
        }
    }
}

/// A JSON value as text: strings as they are, numbers and booleans written out.
pub(crate) fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// How error messages name an imported question. A question ("What is your name?") reads
/// badly inside "Enter …", so it becomes "an answer", as GOV.UK Forms' own messages say; a
/// short label ("Full name") is used in lower case.
pub(crate) fn label_from_title(title: &str) -> String {
    let title = title.trim();
    if title.is_empty() || title.ends_with('?') || title.split_whitespace().count() > 6 {
        return "an answer".into();
    }
    let mut chars = title.chars();
    match (chars.next(), chars.next()) {
        // Keep "NHS number", "UK passport".
        (Some(_), Some(second)) if second.is_uppercase() => title.to_owned(),
        (Some(first), _) => first.to_lowercase().chain(title.chars().skip(1)).collect(),
        _ => title.to_owned(),
    }
}

/// Text with its HTML tags taken out (XGovFormBuilder's `Html` content), since Civic shows
/// guidance as escaped text. Entities for the common characters are read back.
pub(crate) fn text_of_html(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
