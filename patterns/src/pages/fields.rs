//! One question as the GOV.UK Design System asks it: the component for its kind, its words
//! in the page's language, what the person typed, and its error. Each component is Civic's,
//! from govuk-frontend's macro options, so the markup is the Design System's own.

use super::{component, heading_of, say};
use crate::flow::form::{field_name, parts};
use crate::questions::{Input, Problem, Question, QuestionKind};
use civic::prelude::*;
use serde_json::{json, Value};

/// Where an error summary link for `problem` goes: the field (or part) it is about.
pub(crate) fn problem_href(question: &Question, problem: &Problem) -> String {
    let part = match (&question.kind, problem.part) {
        // A full name is one box, named after the question.
        (QuestionKind::Name { parts: false, .. }, _) => None,
        (QuestionKind::File { .. }, _) => None,
        (_, part) => part,
    };
    // Radios and checkboxes: the first item, whose id is the question's name.
    format!("#{}", field_name(&question.name, part))
}

/// The question's field, with `input` (what was typed) filled in and `problems` shown.
pub(crate) fn question_field(
    question: &Question,
    input: Option<&Input>,
    problems: &[&Problem],
    locale: Locale,
    page_heading: bool,
) -> AnyView {
    let name = question.name.as_str();
    let heading = heading_of(question, locale);
    let text = |value: &str| json!({ "text": value });
    let label = if page_heading {
        json!({"text": heading, "classes": "govuk-label--l", "isPageHeading": true})
    } else {
        json!({"text": heading, "classes": "govuk-label--m"})
    };
    let legend = if page_heading {
        json!({"text": heading, "classes": "govuk-fieldset__legend--l", "isPageHeading": true})
    } else {
        json!({"text": heading, "classes": "govuk-fieldset__legend--m"})
    };
    let hint = question
        .hint
        .as_ref()
        .map_or(Value::Null, |h| text(h.get(locale)));
    let whole_error = problems
        .iter()
        .find(|p| p.part.is_none() || parts(question).is_empty())
        .or(problems.first())
        .map_or(Value::Null, |p| text(&p.message));
    let typed = input.map_or("", |i| match i {
        Input::Text(t) => t.as_str(),
        _ => "",
    });
    let part = |part: &str| input.map_or("", |i| i.part(part));
    let single_input = |extra: Value| {
        let mut options = json!({
            "id": name, "name": name, "label": label, "hint": hint,
            "value": typed, "errorMessage": whole_error,
        });
        merge(&mut options, extra);
        component("input", options)
    };
    match &question.kind {
        QuestionKind::Text { max_length } if max_length.is_some_and(|m| m >= 200) => component(
            "character-count",
            json!({
                "id": name, "name": name, "label": label, "hint": hint, "value": typed,
                "maxlength": max_length, "errorMessage": whole_error,
            }),
        ),
        QuestionKind::Text { .. } => single_input(json!({})),
        QuestionKind::Email => single_input(json!({
            "type": "email", "autocomplete": "email", "spellcheck": false,
        })),
        QuestionKind::Phone => single_input(json!({
            "type": "tel", "autocomplete": "tel", "classes": "govuk-input--width-20",
        })),
        QuestionKind::Postcode => single_input(json!({
            "autocomplete": "postal-code", "classes": "govuk-input--width-10",
        })),
        QuestionKind::NationalInsuranceNumber => single_input(json!({
            "classes": "govuk-input--width-10", "spellcheck": false,
        })),
        QuestionKind::Number { whole, .. } => single_input(json!({
            "classes": "govuk-input--width-10",
            "inputmode": if *whole { "numeric" } else { "decimal" },
            "spellcheck": false,
        })),
        QuestionKind::Money { .. } => single_input(json!({
            "classes": "govuk-input--width-10", "inputmode": "decimal", "spellcheck": false,
            "prefix": {"text": "£"},
        })),
        QuestionKind::Name { parts: false, .. } => single_input(json!({
            "autocomplete": "name", "spellcheck": false,
        })),
        QuestionKind::File { .. } => component(
            "file-upload",
            json!({"id": name, "name": name, "label": label, "hint": hint, "errorMessage": whole_error}),
        ),
        QuestionKind::ChooseOne { options } => {
            let items: Vec<Value> = options
                .iter()
                .map(|o| {
                    json!({
                        "value": o.value, "text": o.text(locale),
                        "hint": o.hint.as_ref().map_or(Value::Null, |h| text(h.get(locale))),
                    })
                })
                .collect();
            component(
                "radios",
                json!({
                    "name": name, "idPrefix": name, "fieldset": {"legend": legend}, "hint": hint,
                    "items": items, "value": typed, "errorMessage": whole_error,
                }),
            )
        }
        QuestionKind::ChooseSeveral { options, none } => {
            let chosen: Vec<&str> = input.map(Input::values).unwrap_or_default();
            let mut items = Vec::new();
            for o in options {
                let exclusive = none.as_deref() == Some(o.value.as_str());
                if exclusive && !items.is_empty() {
                    items.push(json!({"divider": civic::strings::QUESTIONS.text(locale, "or")}));
                }
                items.push(json!({
                    "value": o.value, "text": o.text(locale),
                    "hint": o.hint.as_ref().map_or(Value::Null, |h| text(h.get(locale))),
                    "behaviour": if exclusive { "exclusive" } else { "" },
                }));
            }
            component(
                "checkboxes",
                json!({
                    "name": name, "idPrefix": name, "fieldset": {"legend": legend}, "hint": hint,
                    "items": items, "values": chosen, "errorMessage": whole_error,
                }),
            )
        }
        QuestionKind::Date { .. } => {
            // Only the parts in error are marked; all three when the date as a whole is.
            let wrong: Vec<&str> = problems.iter().filter_map(|p| p.part).collect();
            let items: Vec<Value> = [("day", 2), ("month", 2), ("year", 4)]
                .into_iter()
                .map(|(p, width)| {
                    let error = !problems.is_empty() && (wrong.is_empty() || wrong.contains(&p));
                    json!({
                        "name": p, "value": part(p),
                        "classes": format!(
                            "govuk-input--width-{width}{}",
                            if error { " govuk-input--error" } else { "" }
                        ),
                    })
                })
                .collect();
            component(
                "date-input",
                json!({
                    "id": name, "namePrefix": name, "fieldset": {"legend": legend}, "hint": hint,
                    "items": items, "errorMessage": whole_error,
                }),
            )
        }
        QuestionKind::Name { .. } | QuestionKind::Address | QuestionKind::BankDetails => {
            parts_fieldset(question, input, problems, locale, legend, hint)
        }
    }
}

/// A question of several boxes: a fieldset whose legend asks it, each box with its own label
/// and its own error, as the Design System's address and name patterns do.
fn parts_fieldset(
    question: &Question,
    input: Option<&Input>,
    problems: &[&Problem],
    locale: Locale,
    legend: Value,
    hint: Value,
) -> AnyView {
    let hint_id = format!("{}-hint", question.name);
    let boxes: Vec<AnyView> = parts(question)
        .into_iter()
        .map(|part| {
            let (label_key, autocomplete, classes) = match part {
                "line1" => ("partLine1", "address-line1", ""),
                "line2" => ("partLine2", "address-line2", ""),
                "town" => ("partTown", "address-level2", "govuk-!-width-two-thirds"),
                "county" => ("partCounty", "", "govuk-!-width-two-thirds"),
                "postcode" => ("partPostcode", "postal-code", "govuk-input--width-10"),
                "title" => ("partTitle", "honorific-prefix", "govuk-input--width-5"),
                "given" => ("partGiven", "given-name", ""),
                "middle" => ("partMiddle", "additional-name", ""),
                "family" => ("partFamily", "family-name", ""),
                "name" => ("partAccountName", "name", ""),
                "sortCode" => ("partSortCode", "", "govuk-input--width-5"),
                _ => ("partAccountNumber", "", "govuk-input--width-10"),
            };
            let error = problems
                .iter()
                .find(|p| p.part == Some(part))
                .map_or(Value::Null, |p| json!({"text": p.message}));
            let numeric = matches!(part, "sortCode" | "accountNumber");
            component(
                "input",
                json!({
                    "id": field_name(&question.name, Some(part)),
                    "name": field_name(&question.name, Some(part)),
                    "label": {"text": say(locale, label_key)},
                    "value": input.map_or("", |i| i.part(part)),
                    "autocomplete": autocomplete,
                    "classes": classes,
                    "inputmode": if numeric { "numeric" } else { "" },
                    "spellcheck": if numeric || part == "postcode" { json!(false) } else { Value::Null },
                    "errorMessage": error,
                }),
            )
        })
        .collect();
    let legend: civic::LegendOptions = serde_json::from_value(legend).unwrap_or_default();
    let has_hint = !hint.is_null();
    let hint_view = has_hint.then(|| {
        let mut options = hint;
        merge(&mut options, json!({"id": hint_id}));
        component("hint", options)
    });
    // Drawn from its options, as the page's other components are.
    civic::FieldsetOptions {
        legend: Some(legend),
        described_by: has_hint.then(|| hint_id.into()),
        ..Default::default()
    }
    .render_with(Some(view! { {hint_view}{boxes} }.into_any()))
}

/// Adds `extra`'s keys to `options`.
fn merge(options: &mut Value, extra: Value) {
    if let (Some(options), Value::Object(extra)) = (options.as_object_mut(), extra) {
        options.extend(extra);
    }
}
