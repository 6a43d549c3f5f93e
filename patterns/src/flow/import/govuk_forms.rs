//! GOV.UK Forms form documents (forms-admin's `as_form_document`, read by forms-runner):
//! `steps` of `{id, next_step_id, data: {question_text, answer_type, answer_settings, …},
//! routing_conditions}`, or the older `pages` with those fields at the top.
//!
//! Routing is forms-runner's (`app/models/step.rb`): only a step's first routing condition
//! counts; it leads to an exit page when it has `exit_page_markdown`, always when its
//! `answer_value` is blank (the "secondary skip" closing a branch), and otherwise when the
//! selection equals `answer_value`; `skip_to_end` goes to check your answers. With no
//! condition taken the next step follows, and after the last, check your answers.

use super::{as_text, label_from_title, Imported, Unmapped};
use crate::flow::Condition;
use crate::flow::{End, Flow, FlowError, NextRule, Page, Repeat};
use crate::questions::{Choice, Question, QuestionKind, Words};
use serde_json::Value;

/// The page check your answers is, where a GOV.UK Forms journey ends.
const CHECK_YOUR_ANSWERS: &str = "check-your-answers";

/// forms-runner's text limits: 499 characters on one line, 4,999 in a long answer.
const SINGLE_LINE_MAX: usize = 499;
const LONG_TEXT_MAX: usize = 4_999;
/// The file types forms-runner accepts (its `question/file.file_requirements`).
const FILE_TYPES: [&str; 12] = [
    "csv", "jpeg", "jpg", "png", "xlsx", "doc", "docx", "pdf", "json", "odt", "rtf", "txt",
];
/// forms-runner's largest upload, 7MB.
const FILE_MAX_BYTES: u64 = 7 * 1024 * 1024;

pub(crate) fn import(json: &Value) -> Result<Imported, Vec<FlowError>> {
    let mut unmapped = Unmapped::default();
    let welsh = json.get("language").and_then(Value::as_str) == Some("cy");
    let (list_name, steps) = match (json.get("steps"), json.get("pages")) {
        (Some(Value::Array(steps)), _) => ("steps", steps.as_slice()),
        (_, Some(Value::Array(pages))) => ("pages", pages.as_slice()),
        _ => {
            return Err(vec![FlowError {
                path: "steps".into(),
                message: "a GOV.UK Forms document needs a list of steps".into(),
            }])
        }
    };
    // Steps in the order forms-runner walks them: from the start page, by position.
    let mut order: Vec<usize> = (0..steps.len()).collect();
    order.sort_by_key(|&i| {
        steps[i]
            .get("position")
            .and_then(Value::as_i64)
            .unwrap_or(i as i64)
    });
    let start = json.get("start_page").and_then(as_text);
    if let Some(start) = &start
        && let Some(at) = order
            .iter()
            .position(|&i| steps[i].get("id").and_then(as_text).as_deref() == Some(start))
    {
        let first = order.remove(at);
        order.insert(0, first);
    }

    let mut pages = Vec::new();
    let mut origins = Vec::new();
    let mut exits = Vec::new();
    for i in order {
        let step = &steps[i];
        let path = format!("{list_name}[{i}]");
        // Newer steps keep the question under `data`; older pages have it at the top.
        let data = step.get("data").unwrap_or(step);
        let data_path = if step.get("data").is_some() {
            format!("{path}.data")
        } else {
            path.clone()
        };
        let Some(id) = step.get("id").and_then(as_text) else {
            unmapped.add(format!("{path}.id"), "a step needs an id");
            continue;
        };
        if let Some(kind) = step.get("type").and_then(Value::as_str)
            && !matches!(kind, "question_page" | "question")
        {
            unmapped.add(
                format!("{path}.type"),
                format!("Civic cannot map a step of type \"{kind}\""),
            );
        }
        let text = |key: &str| data.get(key).and_then(Value::as_str).map(str::to_owned);
        let question_text = text("question_text").unwrap_or_default();
        let optional = data.get("is_optional").is_some_and(truthy);
        let kind = question_kind(data, &data_path, optional, welsh, &mut unmapped);
        let mut question = Question::new(id.clone(), label_from_title(&question_text), kind);
        question.heading = Some(Words::from(question_text.clone()));
        question.hint = text("hint_text").filter(|h| !h.is_empty()).map(Words::from);
        // An optional selection still needs an answer: it offers "None of the above".
        question.optional = optional
            && !matches!(
                question.kind,
                QuestionKind::ChooseOne { .. } | QuestionKind::ChooseSeveral { .. }
            );

        let next_key = if step.get("next_step_id").is_some() {
            "next_step_id"
        } else {
            "next_page"
        };
        let then = step
            .get(next_key)
            .and_then(as_text)
            .unwrap_or_else(|| CHECK_YOUR_ANSWERS.into());
        let mut page = Page {
            id: id.clone(),
            title: text("page_heading").map(Words::from).unwrap_or_default(),
            guidance: text("guidance_markdown")
                .map(|m| markdown_paragraphs(&m))
                .unwrap_or_default(),
            section: None,
            questions: vec![question],
            next: Vec::new(),
            then: Some(then),
            end: None,
            repeat: data
                .get("is_repeatable")
                .is_some_and(truthy)
                .then(|| Repeat {
                    max: 50,
                    item: String::new(),
                }),
        };

        let conditions = step
            .get("routing_conditions")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        for (c, condition) in conditions.iter().enumerate() {
            if let Some(errors) = condition.get("validation_errors").and_then(Value::as_array) {
                for error in errors {
                    let name = error
                        .get("name")
                        .and_then(Value::as_str)
                        .unwrap_or("an error");
                    unmapped.add(
                        format!("{path}.routing_conditions[{c}].validation_errors"),
                        format!("GOV.UK Forms marks this route as wrong: {name}"),
                    );
                }
            }
        }
        // forms-runner follows only the first condition.
        if let Some(condition) = conditions.first() {
            let at = format!("{path}.routing_conditions[0]");
            let answer_value = condition
                .get("answer_value")
                .and_then(as_text)
                .filter(|v| !v.is_empty());
            let goto = condition.get("goto_page_id").and_then(as_text);
            let skip = condition.get("skip_to_end").is_some_and(truthy);
            let exit_markdown = condition.get("exit_page_markdown").and_then(Value::as_str);
            let target = if let Some(markdown) = exit_markdown {
                let exit_id = format!("{id}-exit");
                exits.push((
                    Page {
                        id: exit_id.clone(),
                        title: condition
                            .get("exit_page_heading")
                            .and_then(Value::as_str)
                            .map(Words::from)
                            .unwrap_or_default(),
                        guidance: markdown_paragraphs(markdown),
                        section: None,
                        questions: Vec::new(),
                        next: Vec::new(),
                        then: None,
                        end: Some(End::Exit),
                        repeat: None,
                    },
                    at.clone(),
                ));
                Some(exit_id)
            } else if let Some(goto) = goto {
                Some(goto)
            } else if skip {
                Some(CHECK_YOUR_ANSWERS.into())
            } else {
                unmapped.add(
                    &at,
                    "a route needs goto_page_id, skip_to_end or an exit page",
                );
                None
            };
            match (target, answer_value) {
                (Some(target), None) => page.then = Some(target),
                (Some(target), Some(value)) => {
                    let several =
                        matches!(page.questions[0].kind, QuestionKind::ChooseSeveral { .. });
                    if several || !matches!(page.questions[0].kind, QuestionKind::ChooseOne { .. })
                    {
                        // forms-runner compares a selection of one; a list of checkboxes never matches.
                        unmapped.add(format!("{at}.answer_value"), "a route on an answer needs a question where only one option can be selected");
                    }
                    let value = if value == "none_of_the_above" {
                        none_of_the_above(welsh).to_owned()
                    } else {
                        value
                    };
                    page.next.push(NextRule {
                        when: Condition {
                            question: Some(id.clone()),
                            equals: Some(value),
                            ..Condition::default()
                        },
                        go_to: target,
                    });
                }
                (None, _) => {}
            }
        }
        pages.push(page);
        origins.push(path);
    }
    for (page, origin) in exits {
        pages.push(page);
        origins.push(origin);
    }
    pages.push(Page {
        id: CHECK_YOUR_ANSWERS.into(),
        title: Words::from(if welsh {
            "Gwiriwch eich atebion cyn cyflwyno’r ffurflen"
        } else {
            "Check your answers before submitting your form"
        }),
        guidance: json
            .get("what_happens_next_markdown")
            .and_then(Value::as_str)
            .map(markdown_paragraphs)
            .unwrap_or_default(),
        section: None,
        questions: Vec::new(),
        next: Vec::new(),
        then: None,
        end: Some(End::Confirmation),
        repeat: None,
    });
    origins.push("(check your answers)".into());

    let flow = Flow {
        id: json
            .get("form_slug")
            .or_else(|| json.get("form_id"))
            .or_else(|| json.get("id"))
            .and_then(as_text)
            .unwrap_or_else(|| "form".into()),
        title: json
            .get("name")
            .and_then(Value::as_str)
            .map(Words::from)
            .unwrap_or_default(),
        declaration: json
            .get("declaration_text")
            .and_then(Value::as_str)
            .filter(|d| !d.trim().is_empty())
            .map(Words::from),
        pages,
        lookups: Vec::new(),
    };
    unmapped.finish(Imported { flow, origins })
}

/// GOV.UK Forms writes booleans as JSON booleans or as the strings "true" and "false".
fn truthy(value: &Value) -> bool {
    matches!(value, Value::Bool(true)) || value.as_str() == Some("true")
}

/// forms-runner's "None of the above" option, in the document's language.
fn none_of_the_above(welsh: bool) -> &'static str {
    if welsh {
        "Dim un o’r uchod"
    } else {
        "None of the above"
    }
}

/// Markdown as paragraphs of text: blank lines part them; the markup stays as typed.
fn markdown_paragraphs(markdown: &str) -> Vec<Words> {
    markdown
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .map(Words::from)
        .collect()
}

/// The question an answer type asks, with its settings.
fn question_kind(
    data: &Value,
    path: &str,
    optional: bool,
    welsh: bool,
    unmapped: &mut Unmapped,
) -> QuestionKind {
    let settings = data.get("answer_settings").unwrap_or(&Value::Null);
    let setting = |key: &str| settings.get(key).and_then(as_text);
    let input_type = settings.get("input_type");
    let answer_type = data
        .get("answer_type")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match answer_type {
        "text" => QuestionKind::Text {
            max_length: Some(if input_type.and_then(Value::as_str) == Some("long_text") {
                LONG_TEXT_MAX
            } else {
                SINGLE_LINE_MAX
            }),
        },
        "organisation_name" => QuestionKind::Text {
            max_length: Some(SINGLE_LINE_MAX),
        },
        "email" => QuestionKind::Email,
        "phone_number" => QuestionKind::Phone,
        "national_insurance_number" => QuestionKind::NationalInsuranceNumber,
        "number" => QuestionKind::Number {
            whole: false,
            min: Some(0.0),
            max: None,
        },
        "file" => QuestionKind::File {
            types: FILE_TYPES.iter().map(|t| (*t).to_owned()).collect(),
            max_bytes: Some(FILE_MAX_BYTES),
        },
        "date" => QuestionKind::Date {
            of_birth: input_type.and_then(Value::as_str) == Some("date_of_birth"),
            earliest: None,
            latest: None,
        },
        "name" => {
            let kind = input_type.and_then(Value::as_str).unwrap_or("full_name");
            if !matches!(
                kind,
                "full_name" | "first_and_last_name" | "first_middle_and_last_name"
            ) {
                unmapped.add(
                    format!("{path}.answer_settings.input_type"),
                    format!("Civic cannot map a name of type \"{kind}\""),
                );
            }
            QuestionKind::Name {
                parts: kind != "full_name",
                middle: kind == "first_middle_and_last_name",
                title: settings.get("title_needed").is_some_and(truthy),
            }
        }
        "address" => {
            let international = input_type
                .and_then(|t| t.get("international_address"))
                .is_some_and(truthy);
            if international {
                unmapped.add(
                    format!("{path}.answer_settings.input_type.international_address"),
                    "Civic's address question takes UK addresses only",
                );
            }
            QuestionKind::Address
        }
        "selection" => {
            let only_one = setting("only_one_option").as_deref() == Some("true");
            let mut options: Vec<Choice> = settings
                .get("selection_options")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .filter_map(|option| {
                    let name = option.get("name").and_then(as_text)?;
                    let value = option
                        .get("value")
                        .and_then(as_text)
                        .unwrap_or_else(|| name.clone());
                    Some(Choice {
                        value,
                        text: Some(Words::from(name)),
                        hint: None,
                    })
                })
                .collect();
            if options.is_empty() {
                unmapped.add(
                    format!("{path}.answer_settings.selection_options"),
                    "a selection needs options",
                );
            }
            if settings
                .get("none_of_the_above_question")
                .is_some_and(|q| !q.is_null())
            {
                unmapped.add(
                    format!("{path}.answer_settings.none_of_the_above_question"),
                    "Civic cannot ask a follow-up question on \"None of the above\"; ask it on a page of its own",
                );
            }
            let none = optional.then(|| none_of_the_above(welsh).to_owned());
            if let Some(none) = &none {
                options.push(Choice::from(none.as_str()));
            }
            if only_one {
                QuestionKind::ChooseOne { options }
            } else {
                QuestionKind::ChooseSeveral { options, none }
            }
        }
        other => {
            unmapped.add(
                format!("{path}.answer_type"),
                format!("Civic cannot map the answer type \"{other}\""),
            );
            QuestionKind::Text { max_length: None }
        }
    }
}
