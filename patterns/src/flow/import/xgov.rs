//! XGovFormBuilder form definitions (digital-form-builder's `model` schema, version 2):
//! `startPage`, `pages` of `{path, title, section, controller, components, next}`, `lists`,
//! `sections` and `conditions`, each condition either an expression (`"section.field ==
//! 'yes'"`, read by the runner with expr-eval) or the designer's object form.
//!
//! Routing is the runner's (`PageControllerBase.getNextPage`): a `next` link whose condition
//! holds wins, the first such in order, over the unconditional link, wherever that is listed;
//! with no link taken the form goes to `/summary`. A page with no questions and no `next`,
//! other than the summary, ends the form (an exit).

use super::{as_text, label_from_title, text_of_html, Imported, Unmapped};
use crate::flow::{Condition, End, Flow, FlowError, NextRule, Page, Repeat};
use crate::questions::date::{DateBound, Unit};
use crate::questions::{Choice, Question, QuestionKind, Words};
use serde_json::Value;
use std::collections::BTreeMap;

/// Where the runner goes when a page has no next link.
const SUMMARY: &str = "/summary";

/// Content components: shown as guidance, asking nothing.
const CONTENT: [&str; 7] = [
    "Para",
    "Html",
    "InsetText",
    "Details",
    "List",
    "FlashCard",
    "WarningText",
];

pub(crate) fn import(json: &Value) -> Result<Imported, Vec<FlowError>> {
    let mut unmapped = Unmapped::default();
    let Some(source_pages) = json.get("pages").and_then(Value::as_array) else {
        return Err(vec![FlowError {
            path: "pages".into(),
            message: "a form definition needs a list of pages".into(),
        }]);
    };
    let empty = Vec::new();
    let array = |key: &str| json.get(key).and_then(Value::as_array).unwrap_or(&empty);
    let sections: BTreeMap<String, String> = array("sections")
        .iter()
        .filter_map(|s| {
            let name = s.get("name").and_then(as_text)?;
            let title = s
                .get("title")
                .and_then(as_text)
                .unwrap_or_else(|| name.clone());
            Some((name, title))
        })
        .collect();
    let lists: BTreeMap<String, (usize, &Value)> = array("lists")
        .iter()
        .enumerate()
        .filter_map(|(i, l)| Some((l.get("name").and_then(as_text)?, (i, l))))
        .collect();
    // The field types conditions compare, by question name. The runner keeps a page's
    // answers under its section (`section.field`), so a name asked in two sections is two
    // questions, named that way; a name asked once keeps its own name.
    let components_of = |page: &'_ Value| -> Vec<Value> {
        page.get("components")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let mut uses: BTreeMap<String, usize> = BTreeMap::new();
    for page in source_pages {
        for component in components_of(page) {
            if let Some(name) = component.get("name").and_then(as_text) {
                *uses.entry(name).or_default() += 1;
            }
        }
    }
    let question_name = |page: &Value, name: String| match page.get("section").and_then(as_text) {
        Some(section) if uses.get(&name).is_some_and(|n| *n > 1) => format!("{section}.{name}"),
        _ => name,
    };
    let mut fields: BTreeMap<String, String> = BTreeMap::new();
    for page in source_pages {
        for component in components_of(page) {
            if let (Some(name), Some(kind)) = (
                component.get("name").and_then(as_text),
                component.get("type").and_then(as_text),
            ) {
                fields.insert(question_name(page, name), kind);
            }
        }
    }
    let conditions: BTreeMap<String, (usize, &Value)> = array("conditions")
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((c.get("name").and_then(as_text)?, (i, c.get("value")?))))
        .collect();
    let reader = ConditionReader {
        conditions: &conditions,
        fields: &fields,
    };

    for (key, message) in [
        ("fees", "Civic flows take no payments"),
        ("specialPages", "Civic draws its own confirmation page"),
    ] {
        let present = match json.get(key) {
            Some(Value::Array(items)) => !items.is_empty(),
            Some(Value::Object(items)) => !items.is_empty(),
            _ => false,
        };
        if present {
            unmapped.add(key, message);
        }
    }

    // The start page first, then the rest in the definition's order.
    let start = json.get("startPage").and_then(as_text);
    let mut order: Vec<usize> = (0..source_pages.len()).collect();
    if let Some(at) = order
        .iter()
        .position(|&i| source_pages[i].get("path").and_then(as_text) == start)
    {
        let first = order.remove(at);
        order.insert(0, first);
    } else if start.is_some() {
        unmapped.add(
            "startPage",
            format!(
                "no page has the path {:?}",
                start.clone().unwrap_or_default()
            ),
        );
    }

    let mut pages = Vec::new();
    let mut origins = Vec::new();
    for i in order {
        let source = &source_pages[i];
        let path = format!("pages[{i}]");
        let Some(id) = source.get("path").and_then(as_text) else {
            unmapped.add(format!("{path}.path"), "a page needs a path");
            continue;
        };
        let controller = source
            .get("controller")
            .and_then(Value::as_str)
            .map(controller_name)
            .unwrap_or_default();
        let mut questions = Vec::new();
        let mut guidance = Vec::new();
        let components = source
            .get("components")
            .and_then(Value::as_array)
            .unwrap_or(&empty);
        for (k, component) in components.iter().enumerate() {
            let at = format!("{path}.components[{k}]");
            let kind = component
                .get("type")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if CONTENT.contains(&kind) {
                if component
                    .pointer("/options/condition")
                    .and_then(Value::as_str)
                    .is_some_and(|c| !c.is_empty())
                {
                    unmapped.add(
                        format!("{at}.options.condition"),
                        "Civic shows a page's guidance whatever the answers",
                    );
                }
                guidance.extend(content_text(component, &lists).into_iter().map(Words::from));
                continue;
            }
            if let Some(mut question) = question(component, &at, &lists, &mut unmapped) {
                question.name = question_name(source, question.name);
                questions.push(question);
            }
        }
        if source.get("startPageNavigation").is_some() {
            unmapped.add(
                format!("{path}.startPageNavigation"),
                "Civic's pages go on with Continue along the flow's routes, not links between start pages",
            );
        }
        let is_summary = controller == "SummaryPageController";
        let links = source
            .get("next")
            .and_then(Value::as_array)
            .unwrap_or(&empty);
        let mut next = Vec::new();
        let mut then = None;
        for (j, link) in links.iter().enumerate() {
            let at = format!("{path}.next[{j}]");
            if link.get("redirect").is_some() {
                unmapped.add(
                    format!("{at}.redirect"),
                    "Civic flows do not send people to other sites",
                );
                continue;
            }
            let Some(target) = link.get("path").and_then(as_text) else {
                unmapped.add(format!("{at}.path"), "a link needs a path");
                continue;
            };
            match link
                .get("condition")
                .and_then(Value::as_str)
                .filter(|c| !c.is_empty())
            {
                // The runner keeps the last unconditional link as the default.
                None => then = Some(target),
                Some(name) => match reader.named(name, &format!("{at}.condition"), &mut Vec::new())
                {
                    Ok(when) => next.push(NextRule {
                        when,
                        go_to: target,
                    }),
                    Err(problem) => unmapped.0.push(problem),
                },
            }
        }
        let end = if is_summary {
            Some(End::Confirmation)
        } else if questions.is_empty()
            && links.is_empty()
            && id != start.clone().unwrap_or_default()
        {
            Some(End::Exit)
        } else {
            None
        };
        if end.is_some() {
            next.clear();
            then = None;
        } else if then.is_none() {
            then = Some(SUMMARY.into());
        }
        let repeat = (controller == "RepeatingFieldPageController"
            || source.get("repeatField").is_some())
        .then(|| Repeat {
            max: 50,
            item: String::new(),
        });
        let title = source.get("title").and_then(as_text).unwrap_or_default();
        pages.push(Page {
            id,
            title: Words::from(title),
            guidance,
            section: source
                .get("section")
                .and_then(as_text)
                .map(|s| Words::from(sections.get(&s).cloned().unwrap_or(s))),
            questions,
            next,
            then,
            end,
            repeat,
        });
        origins.push(path);
    }
    // The runner's fallback page, when the definition has none.
    let leads_to_summary = pages.iter().any(|p| {
        p.then.as_deref() == Some(SUMMARY) || p.next.iter().any(|rule| rule.go_to == SUMMARY)
    });
    if leads_to_summary && !pages.iter().any(|p| p.id == SUMMARY) {
        pages.push(Page {
            id: SUMMARY.into(),
            title: Words::from("Summary"),
            guidance: Vec::new(),
            section: None,
            questions: Vec::new(),
            next: Vec::new(),
            then: None,
            end: Some(End::Confirmation),
            repeat: None,
        });
        origins.push("(summary)".into());
    }
    let name = match json.get("name") {
        Some(Value::Object(by_language)) => Words::ByLanguage(
            by_language
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                .collect(),
        ),
        Some(other) => as_text(other).map(Words::from).unwrap_or_default(),
        None => Words::default(),
    };
    let flow = Flow {
        id: "form".into(),
        title: name,
        declaration: json
            .get("declaration")
            .and_then(Value::as_str)
            .filter(|d| !d.trim().is_empty())
            .map(|d| Words::from(text_of_html(d))),
        pages,
        lookups: Vec::new(),
    };
    unmapped.finish(Imported { flow, origins })
}

/// `"./pages/summary.js"` → `SummaryPageController`, as the runner names controllers.
fn controller_name(controller: &str) -> String {
    if !controller.contains('/') && !controller.contains('.') {
        return controller.to_owned();
    }
    let base = controller.rsplit('/').next().unwrap_or(controller);
    let base = base.split('.').next().unwrap_or(base);
    let mut name = String::new();
    let mut upper = true;
    for c in base.chars() {
        if c == '-' || c == '_' {
            upper = true;
        } else if upper {
            name.extend(c.to_uppercase());
            upper = false;
        } else {
            name.push(c);
        }
    }
    format!("{name}PageController")
}

/// A content component's words.
fn content_text(component: &Value, lists: &BTreeMap<String, (usize, &Value)>) -> Vec<String> {
    let mut text = Vec::new();
    if component.get("type").and_then(Value::as_str) == Some("Details") {
        text.extend(component.get("title").and_then(as_text));
    }
    if let Some(content) = component.get("content").and_then(Value::as_str) {
        text.push(text_of_html(content));
    }
    if let Some((_, list)) = component
        .get("list")
        .and_then(Value::as_str)
        .and_then(|l| lists.get(l))
    {
        for item in list
            .get("items")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            text.extend(item.get("text").and_then(as_text));
        }
    }
    text.retain(|t| !t.trim().is_empty());
    text
}

/// The question a form component asks.
fn question(
    component: &Value,
    at: &str,
    lists: &BTreeMap<String, (usize, &Value)>,
    unmapped: &mut Unmapped,
) -> Option<Question> {
    let kind_name = component
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let Some(name) = component.get("name").and_then(as_text) else {
        unmapped.add(format!("{at}.name"), "a field needs a name");
        return None;
    };
    let number = |pointer: &str| component.pointer(pointer).and_then(Value::as_f64);
    let option = |key: &str| component.get("options").and_then(|o| o.get(key));
    let choices = |unmapped: &mut Unmapped| -> Vec<Choice> {
        // Older definitions name the list under `options`.
        let list_name = component
            .get("list")
            .or_else(|| component.pointer("/options/list"));
        let Some(list_name) = list_name.and_then(Value::as_str) else {
            unmapped.add(format!("{at}.list"), "a choice needs a list");
            return Vec::new();
        };
        let Some((l, list)) = lists.get(list_name) else {
            unmapped.add(format!("{at}.list"), format!("no list \"{list_name}\""));
            return Vec::new();
        };
        let items = list
            .get("items")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        items
            .iter()
            .enumerate()
            .filter_map(|(j, item)| {
                if item.get("condition").and_then(Value::as_str).is_some_and(|c| !c.is_empty()) {
                    unmapped.add(format!("lists[{l}].items[{j}].condition"), "Civic shows every option whatever the answers");
                }
                if item.get("conditional").is_some_and(|c| !c.is_null()) {
                    unmapped.add(format!("lists[{l}].items[{j}].conditional"), "Civic cannot reveal questions inside an option; ask them on a page of their own");
                }
                let value = item.get("value").and_then(as_text)?;
                Some(Choice {
                    text: item.get("text").and_then(as_text).map(Words::from),
                    hint: item.get("description").and_then(as_text).filter(|d| !d.is_empty()).map(Words::from),
                    value,
                })
            })
            .collect()
    };
    if component.pointer("/schema/regex").is_some() {
        unmapped.add(
            format!("{at}.schema.regex"),
            "Civic checks answers by their kind, not a pattern",
        );
    }
    if option("customValidationMessage").is_some() || option("customValidationMessages").is_some() {
        unmapped.add(
            format!("{at}.options.customValidationMessages"),
            "Civic writes its own messages, in English and Welsh",
        );
    }
    let days = |key: &str| {
        option(key)
            .and_then(Value::as_i64)
            .and_then(|d| i32::try_from(d).ok())
    };
    let kind = match kind_name {
        "TextField" | "MultilineTextField" => {
            if option("maxWords").is_some() {
                unmapped.add(
                    format!("{at}.options.maxWords"),
                    "Civic limits text by characters, not words",
                );
            }
            if component.pointer("/schema/min").is_some()
                || component.pointer("/schema/length").is_some()
            {
                unmapped.add(
                    format!("{at}.schema"),
                    "Civic sets no least or exact length on text",
                );
            }
            QuestionKind::Text {
                max_length: number("/schema/max").map(|m| m as usize),
            }
        }
        "EmailAddressField" => QuestionKind::Email,
        "TelephoneNumberField" => {
            if option("isInternational").is_some_and(|v| v == &Value::Bool(true)) {
                unmapped.add(
                    format!("{at}.options.isInternational"),
                    "Civic takes UK phone numbers (with +44)",
                );
            }
            QuestionKind::Phone
        }
        "NumberField" => QuestionKind::Number {
            whole: number("/schema/precision").is_none_or(|p| p == 0.0),
            min: number("/schema/min"),
            max: number("/schema/max"),
        },
        // A single date box sends `YYYY-MM-DD`, which the date question reads as well.
        "DatePartsField" | "DateField" => QuestionKind::Date {
            of_birth: false,
            earliest: days("maxDaysInPast").map(|d| DateBound::FromToday(-d, Unit::Days)),
            latest: days("maxDaysInFuture").map(|d| DateBound::FromToday(d, Unit::Days)),
        },
        "UkAddressField" => QuestionKind::Address,
        "YesNoField" => QuestionKind::ChooseOne {
            options: vec![
                Choice {
                    value: "true".into(),
                    text: Some(Words::from("Yes")),
                    hint: None,
                },
                Choice {
                    value: "false".into(),
                    text: Some(Words::from("No")),
                    hint: None,
                },
            ],
        },
        "RadiosField" | "SelectField" | "AutocompleteField" => QuestionKind::ChooseOne {
            options: choices(unmapped),
        },
        "CheckboxesField" => QuestionKind::ChooseSeveral {
            options: choices(unmapped),
            none: None,
        },
        "FileUploadField" => QuestionKind::File {
            types: Vec::new(),
            max_bytes: None,
        },
        other => {
            unmapped.add(format!("{at}.type"), format!("Civic cannot map a {other}"));
            return None;
        }
    };
    let title = component.get("title").and_then(as_text).unwrap_or_default();
    let mut question = Question::new(name, label_from_title(&title), kind);
    question.heading = Some(Words::from(title));
    question.hint = component
        .get("hint")
        .and_then(as_text)
        .filter(|h| !h.is_empty())
        .map(|h| Words::from(text_of_html(&h)));
    question.optional = option("required") == Some(&Value::Bool(false));
    Some(question)
}

/// Reads XGovFormBuilder conditions as Civic's.
struct ConditionReader<'a> {
    conditions: &'a BTreeMap<String, (usize, &'a Value)>,
    fields: &'a BTreeMap<String, String>,
}

impl ConditionReader<'_> {
    /// The condition called `name`; `seen` guards against conditions naming each other.
    fn named(&self, name: &str, at: &str, seen: &mut Vec<String>) -> Result<Condition, FlowError> {
        let wrong = |path: String, message: String| FlowError { path, message };
        let Some((i, value)) = self.conditions.get(name) else {
            return Err(wrong(at.into(), format!("no condition \"{name}\"")));
        };
        if seen.iter().any(|s| s == name) {
            return Err(wrong(
                format!("conditions[{i}]"),
                format!("\"{name}\" is defined in terms of itself"),
            ));
        }
        seen.push(name.to_owned());
        let path = format!("conditions[{i}].value");
        let condition = match value {
            Value::String(expression) => self.expression(expression, &path, seen),
            Value::Object(_) => self.object(value, &path, seen),
            _ => Err(wrong(
                path,
                "a condition's value is an expression or an object".into(),
            )),
        };
        seen.pop();
        condition
    }

    /// The designer's object form: `{conditions: [{field, operator, value, coordinator}]}`
    /// with condition references and groups; runs joined by "and" bind tighter than "or".
    fn object(
        &self,
        value: &Value,
        path: &str,
        seen: &mut Vec<String>,
    ) -> Result<Condition, FlowError> {
        let items = value
            .get("conditions")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let mut runs: Vec<Vec<Condition>> = vec![Vec::new()];
        for (i, item) in items.iter().enumerate() {
            let at = format!("{path}.conditions[{i}]");
            if item.get("coordinator").and_then(Value::as_str) == Some("or")
                && !runs.last().is_some_and(Vec::is_empty)
            {
                runs.push(Vec::new());
            }
            let condition = if let Some(name) = item.get("conditionName").and_then(Value::as_str) {
                self.named(name, &format!("{at}.conditionName"), seen)?
            } else if item.get("field").is_none() && item.get("conditions").is_some() {
                self.object(item, &at, seen)?
            } else {
                self.comparison(item, &at)?
            };
            if let Some(run) = runs.last_mut() {
                run.push(condition);
            }
        }
        let mut any: Vec<Condition> = runs
            .into_iter()
            .filter(|run| !run.is_empty())
            .map(|mut run| {
                if run.len() == 1 {
                    run.remove(0)
                } else {
                    Condition {
                        all: Some(run),
                        ..Condition::default()
                    }
                }
            })
            .collect();
        match any.len() {
            0 => Err(FlowError {
                path: path.into(),
                message: "a condition needs at least one test".into(),
            }),
            1 => Ok(any.remove(0)),
            _ => Ok(Condition {
                any: Some(any),
                ..Condition::default()
            }),
        }
    }

    /// One `{field, operator, value}` test.
    fn comparison(&self, item: &Value, at: &str) -> Result<Condition, FlowError> {
        let field = item
            .pointer("/field/name")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let operator = item
            .get("operator")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if item.pointer("/value/type").and_then(Value::as_str) == Some("RelativeTime") {
            return Err(FlowError {
                path: format!("{at}.value"),
                message: "Civic compares dates with fixed dates, not times relative to now".into(),
            });
        }
        let value = item
            .pointer("/value/value")
            .and_then(as_text)
            .unwrap_or_default();
        self.compare(field, operator, &value, at)
    }

    /// `field operator value`, as the designer's operators name it.
    fn compare(
        &self,
        field: &str,
        operator: &str,
        value: &str,
        at: &str,
    ) -> Result<Condition, FlowError> {
        let question = self.field(field, at)?;
        let kind = self
            .fields
            .get(&question)
            .map(String::as_str)
            .unwrap_or_default();
        let date = kind.starts_with("Date");
        let number = || {
            value.parse::<f64>().map_err(|_| FlowError {
                path: at.into(),
                message: format!("\"{value}\" is not a number"),
            })
        };
        let on = |c: Condition| Condition {
            question: Some(question.clone()),
            ..c
        };
        let not = |c: Condition| Condition {
            not: Some(Box::new(c)),
            ..Condition::default()
        };
        let base = Condition::default();
        let date_value = || value.get(..10).unwrap_or(value).to_owned();
        Ok(match (operator, date) {
            ("is", false) => on(Condition {
                equals: Some(value.into()),
                ..base
            }),
            ("is not", false) => not(on(Condition {
                equals: Some(value.into()),
                ..base
            })),
            ("is", true) => Condition {
                all: Some(vec![
                    not(on(Condition {
                        before: Some(date_value()),
                        ..Condition::default()
                    })),
                    not(on(Condition {
                        after: Some(date_value()),
                        ..Condition::default()
                    })),
                ]),
                ..base
            },
            ("is before", true) => on(Condition {
                before: Some(date_value()),
                ..base
            }),
            ("is after", true) => on(Condition {
                after: Some(date_value()),
                ..base
            }),
            ("contains", _) => on(Condition {
                contains: Some(value.into()),
                ..base
            }),
            ("does not contain", _) => not(on(Condition {
                contains: Some(value.into()),
                ..base
            })),
            ("is at least", false) => on(Condition {
                at_least: Some(number()?),
                ..base
            }),
            ("is at most", false) => on(Condition {
                at_most: Some(number()?),
                ..base
            }),
            ("is less than", false) => on(Condition {
                less_than: Some(number()?),
                ..base
            }),
            ("is more than", false) => on(Condition {
                greater_than: Some(number()?),
                ..base
            }),
            (other, _) => {
                return Err(FlowError {
                    path: format!("{at}.operator"),
                    message: format!("Civic cannot map the test \"{other}\" on a {kind}"),
                })
            }
        })
    }

    /// A field as conditions name it (`section.field`), as the question's name: the same
    /// when a name is asked in two sections, else the field's own name.
    fn field(&self, field: &str, at: &str) -> Result<String, FlowError> {
        let name = field.rsplit('.').next().unwrap_or(field).to_owned();
        if self.fields.contains_key(field) {
            Ok(field.to_owned())
        } else if self.fields.contains_key(&name) {
            Ok(name)
        } else {
            Err(FlowError {
                path: at.into(),
                message: format!("no field \"{field}\""),
            })
        }
    }

    /// The expression form, as the runner's expr-eval reads it: comparisons (`==`, `!=`,
    /// `<`, `<=`, `>`, `>=`, `in`) of a field with a quoted string, a number or a boolean;
    /// `and`, `or`, `not` and brackets; other conditions by name.
    fn expression(
        &self,
        text: &str,
        at: &str,
        seen: &mut Vec<String>,
    ) -> Result<Condition, FlowError> {
        let tokens = tokens(text).map_err(|message| FlowError {
            path: at.into(),
            message,
        })?;
        let mut parser = Parser {
            tokens,
            at: 0,
            depth: 0,
            reader: self,
            path: at,
            seen,
        };
        let condition = parser.or()?;
        if parser.at < parser.tokens.len() {
            return Err(parser.error(format!("unexpected {:?}", parser.tokens[parser.at])));
        }
        Ok(condition)
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Name(String),
    Text(String),
    Number(String),
    Operator(&'static str),
    Open,
    Close,
}

fn tokens(text: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' || c == ')' {
            tokens.push(if c == '(' { Token::Open } else { Token::Close });
            i += 1;
        } else if c == '\'' || c == '"' {
            let end = chars[i + 1..]
                .iter()
                .position(|&d| d == c)
                .ok_or("a quoted value is not closed")?;
            tokens.push(Token::Text(chars[i + 1..i + 1 + end].iter().collect()));
            i += end + 2;
        } else if c.is_ascii_digit()
            || (c == '-' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            let end = chars[i + 1..]
                .iter()
                .position(|d| !(d.is_ascii_digit() || *d == '.'))
                .map_or(chars.len(), |e| i + 1 + e);
            tokens.push(Token::Number(chars[i..end].iter().collect()));
            i = end;
        } else if c.is_alphabetic() || c == '_' || c == '$' {
            let end = chars[i..]
                .iter()
                .position(|d| !(d.is_alphanumeric() || matches!(d, '_' | '$' | '.' | '-')))
                .map_or(chars.len(), |e| i + e);
            let word: String = chars[i..end].iter().collect();
            tokens.push(match word.as_str() {
                "and" => Token::Operator("and"),
                "or" => Token::Operator("or"),
                "not" => Token::Operator("not"),
                "in" => Token::Operator("in"),
                _ => Token::Name(word),
            });
            i = end;
        } else {
            let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
            let operator = ["==", "!=", "<=", ">=", "&&", "||"]
                .into_iter()
                .find(|o| *o == two);
            match (operator, c) {
                (Some("&&"), _) => tokens.push(Token::Operator("and")),
                (Some("||"), _) => tokens.push(Token::Operator("or")),
                (Some(o), _) => tokens.push(Token::Operator(o)),
                (None, '<') => tokens.push(Token::Operator("<")),
                (None, '>') => tokens.push(Token::Operator(">")),
                (None, '!') => tokens.push(Token::Operator("not")),
                _ => return Err(format!("Civic cannot read {c:?} in a condition")),
            }
            i += operator.map_or(1, |_| 2);
        }
    }
    Ok(tokens)
}

/// The deepest an expression's brackets and "not"s may nest.
const MAX_NESTING: usize = 64;

struct Parser<'a, 'b> {
    tokens: Vec<Token>,
    at: usize,
    depth: usize,
    reader: &'a ConditionReader<'a>,
    path: &'b str,
    seen: &'b mut Vec<String>,
}

impl Parser<'_, '_> {
    fn error(&self, message: String) -> FlowError {
        FlowError {
            path: self.path.into(),
            message,
        }
    }

    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn take(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn or(&mut self) -> Result<Condition, FlowError> {
        // Brackets and "not" nest by recursion: a bound keeps a hostile expression from
        // exhausting the stack, far above any real condition.
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(self.error(format!("a condition nests more than {MAX_NESTING} deep")));
        }
        let result = self.or_inner();
        self.depth -= 1;
        result
    }

    fn or_inner(&mut self) -> Result<Condition, FlowError> {
        let mut any = vec![self.and()?];
        while self.peek() == Some(&Token::Operator("or")) {
            self.at += 1;
            any.push(self.and()?);
        }
        Ok(if any.len() == 1 {
            any.remove(0)
        } else {
            Condition {
                any: Some(any),
                ..Condition::default()
            }
        })
    }

    fn and(&mut self) -> Result<Condition, FlowError> {
        let mut all = vec![self.not()?];
        while self.peek() == Some(&Token::Operator("and")) {
            self.at += 1;
            all.push(self.not()?);
        }
        Ok(if all.len() == 1 {
            all.remove(0)
        } else {
            Condition {
                all: Some(all),
                ..Condition::default()
            }
        })
    }

    fn not(&mut self) -> Result<Condition, FlowError> {
        if self.peek() == Some(&Token::Operator("not")) {
            self.at += 1;
            self.depth += 1;
            if self.depth > MAX_NESTING {
                return Err(self.error(format!("a condition nests more than {MAX_NESTING} deep")));
            }
            let inner = self.not();
            self.depth -= 1;
            let inner = inner?;
            return Ok(Condition {
                not: Some(Box::new(inner)),
                ..Condition::default()
            });
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Condition, FlowError> {
        if self.peek() == Some(&Token::Open) {
            self.at += 1;
            let inner = self.or()?;
            if self.take() != Some(Token::Close) {
                return Err(self.error("a bracket is not closed".into()));
            }
            return Ok(inner);
        }
        let left = self
            .take()
            .ok_or_else(|| self.error("the condition ends too soon".into()))?;
        if let (Token::Name(function), Some(Token::Open)) = (&left, self.peek()) {
            return Err(self.error(format!(
                "Civic cannot map the function {function}(…) in a condition"
            )));
        }
        let operator = match self.peek() {
            Some(Token::Operator(o)) if !matches!(*o, "and" | "or" | "not") => {
                let o = *o;
                self.at += 1;
                o
            }
            _ => {
                // A name on its own: another condition, or a yes/no field that is true.
                return match left {
                    Token::Name(name) if self.reader.conditions.contains_key(&name) => {
                        let path = self.path.to_owned();
                        self.reader.named(&name, &path, self.seen)
                    }
                    Token::Name(name) => self.reader.compare(&name, "is", "true", self.path),
                    other => Err(self.error(format!("{other:?} is not a test"))),
                };
            }
        };
        let right = self
            .take()
            .ok_or_else(|| self.error("the condition ends too soon".into()))?;
        let (field, value, operator) = match (left, right) {
            (Token::Name(field), Token::Text(v) | Token::Number(v)) => (field, v, operator),
            (Token::Name(field), Token::Name(v)) if v == "true" || v == "false" => {
                (field, v, operator)
            }
            // `'garden' in bins`, or a value written first.
            (Token::Text(v) | Token::Number(v), Token::Name(field)) => {
                let flipped = match operator {
                    "in" => "in",
                    "<" => ">",
                    ">" => "<",
                    "<=" => ">=",
                    ">=" => "<=",
                    o => o,
                };
                (field, v, flipped)
            }
            (left, right) => {
                return Err(self.error(format!(
                    "Civic compares a field with a value, not {left:?} with {right:?}"
                )))
            }
        };
        let kind = self
            .reader
            .fields
            .get(field.rsplit('.').next().unwrap_or(&field))
            .map(String::as_str)
            .unwrap_or_default();
        let date = kind.starts_with("Date");
        let named = match (operator, date) {
            ("==", _) => "is",
            ("!=", _) => "is not",
            ("in", _) => "contains",
            ("<", true) => "is before",
            (">", true) => "is after",
            (">=", false) => "is at least",
            ("<=", false) => "is at most",
            ("<", false) => "is less than",
            (">", false) => "is more than",
            (other, _) => other,
        };
        let path = self.path.to_owned();
        self.reader.compare(&field, named, &value, &path)
    }
}
