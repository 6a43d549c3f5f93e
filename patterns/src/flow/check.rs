//! Checks on a flow definition, each problem named with its JSON path: duplicate ids, next
//! pages that do not exist, conditions on unknown questions or impossible values, pages no
//! route reaches, loops, and pages from which no route reaches an end.

use super::{Condition, Flow};
use crate::questions::date::DateBound;
use crate::questions::QuestionKind;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// One problem with a flow definition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FlowError {
    /// Where it is, as a JSON path (`pages[2].next[0].goTo`).
    pub path: String,
    /// What is wrong, and how to put it right.
    pub message: String,
}

impl fmt::Display for FlowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

fn push(problems: &mut Vec<FlowError>, path: String, message: String) {
    problems.push(FlowError { path, message });
}

/// The most pages a flow may have.
pub const MAX_PAGES: usize = 1_000;

pub(crate) fn check(flow: &Flow) -> Vec<FlowError> {
    let mut problems = Vec::new();
    if flow.pages.is_empty() {
        push(
            &mut problems,
            "pages".into(),
            "a flow needs at least one page".into(),
        );
        return problems;
    }
    if flow.pages.len() > MAX_PAGES {
        // The graph checks walk the pages recursively; a bound keeps a hostile file from
        // exhausting the stack, far above any real service.
        push(
            &mut problems,
            "pages".into(),
            format!(
                "a flow has at most {MAX_PAGES} pages, not {}",
                flow.pages.len()
            ),
        );
        return problems;
    }

    let mut pages: BTreeMap<&str, usize> = BTreeMap::new();
    let mut questions: BTreeMap<&str, (usize, &QuestionKind, bool)> = BTreeMap::new();
    for (i, page) in flow.pages.iter().enumerate() {
        if page.id.trim().is_empty() {
            push(
                &mut problems,
                format!("pages[{i}].id"),
                "a page needs an id".into(),
            );
        } else if let Some(first) = pages.insert(&page.id, i) {
            pages.insert(&page.id, first);
            push(
                &mut problems,
                format!("pages[{i}].id"),
                format!("\"{}\" is also the id of pages[{first}]", page.id),
            );
        }
        for (k, question) in page.questions.iter().enumerate() {
            if let Some((first, ..)) = questions.get(question.name.as_str()) {
                push(
                    &mut problems,
                    format!("pages[{i}].questions[{k}].name"),
                    format!("\"{}\" is also asked on pages[{first}]", question.name),
                );
            } else {
                questions.insert(&question.name, (i, &question.kind, page.repeat.is_some()));
            }
        }
    }

    // A looked-up answer is a text conditions can compare, like a question's.
    static LOOKED_UP: QuestionKind = QuestionKind::Text { max_length: None };
    for (l, lookup) in flow.lookups.iter().enumerate() {
        let at = |rest: &str| format!("lookups[{l}]{rest}");
        match questions.get(lookup.from.as_str()) {
            None => push(
                &mut problems,
                at(".from"),
                format!("no question \"{}\"", lookup.from),
            ),
            Some((_, _, true)) => push(
                &mut problems,
                at(".from"),
                format!(
                    "\"{}\" is asked on an \"add another\" page: look up a single answer",
                    lookup.from
                ),
            ),
            _ => {}
        }
        if lookup.table.is_empty() {
            push(
                &mut problems,
                at(".table"),
                "a lookup needs at least one entry".into(),
            );
        }
        if lookup.name.trim().is_empty() {
            push(&mut problems, at(".name"), "a lookup needs a name".into());
        } else if questions.contains_key(lookup.name.as_str()) {
            push(
                &mut problems,
                at(".name"),
                format!(
                    "\"{}\" is also the name of a question or lookup",
                    lookup.name
                ),
            );
        } else {
            questions.insert(&lookup.name, (usize::MAX, &LOOKED_UP, false));
        }
    }

    for (i, page) in flow.pages.iter().enumerate() {
        let at = |rest: &str| format!("pages[{i}]{rest}");
        if let Some(repeat) = &page.repeat {
            if page.questions.len() != 1 {
                push(
                    &mut problems,
                    at(".questions"),
                    format!(
                        "an \"add another\" page asks one question for each item, not {}",
                        page.questions.len()
                    ),
                );
            }
            if repeat.max == 0 {
                push(
                    &mut problems,
                    at(".repeat.max"),
                    "allow at least 1 item".into(),
                );
            }
        }
        if page.end.is_some() {
            if !page.next.is_empty() || page.then.is_some() {
                push(
                    &mut problems,
                    at(".next"),
                    "an end page leads nowhere; remove its next pages".into(),
                );
            }
            continue;
        }
        for (j, rule) in page.next.iter().enumerate() {
            if !pages.contains_key(rule.go_to.as_str()) {
                push(
                    &mut problems,
                    at(&format!(".next[{j}].goTo")),
                    format!("no page \"{}\"", rule.go_to),
                );
            }
            check_condition(
                &rule.when,
                &at(&format!(".next[{j}].when")),
                &questions,
                &mut |path, message| problems.push(FlowError { path, message }),
            );
        }
        match &page.then {
            Some(then) if !pages.contains_key(then.as_str()) => {
                push(&mut problems, at(".then"), format!("no page \"{then}\""));
            }
            None => push(&mut problems,
                at(""),
                format!(
                    "no page follows \"{}\" when no rule holds: give \"then\", or \"end\" if it ends the flow",
                    page.id
                ),
            ),
            _ => {}
        }
    }
    if !problems.is_empty() {
        // The graph checks below need every target to exist.
        return problems;
    }

    let edges = |i: usize| -> Vec<usize> {
        let page = &flow.pages[i];
        page.next
            .iter()
            .map(|rule| rule.go_to.as_str())
            .chain(page.then.as_deref())
            .filter_map(|id| pages.get(id).copied())
            .collect()
    };

    // Pages no route reaches from the first.
    let mut reached = BTreeSet::from([0]);
    let mut queue = vec![0];
    while let Some(i) = queue.pop() {
        for j in edges(i) {
            if reached.insert(j) {
                queue.push(j);
            }
        }
    }
    for (i, page) in flow.pages.iter().enumerate() {
        if !reached.contains(&i) {
            push(
                &mut problems,
                format!("pages[{i}]"),
                format!("no route reaches \"{}\"", page.id),
            );
        }
    }

    // Loops: an edge back to a page still being walked.
    fn walk(
        i: usize,
        edges: &dyn Fn(usize) -> Vec<usize>,
        state: &mut Vec<u8>,
        found: &mut Vec<(usize, usize)>,
    ) {
        state[i] = 1;
        for j in edges(i) {
            match state[j] {
                0 => walk(j, edges, state, found),
                1 => found.push((i, j)),
                _ => {}
            }
        }
        state[i] = 2;
    }
    let mut state = vec![0u8; flow.pages.len()];
    let mut loops = Vec::new();
    walk(0, &edges, &mut state, &mut loops);
    for (from, to) in loops {
        push(
            &mut problems,
            format!("pages[{from}]"),
            format!(
                "\"{}\" leads back to \"{}\": a flow may not loop",
                flow.pages[from].id, flow.pages[to].id
            ),
        );
    }

    // Pages from which no route reaches an end.
    let ends: Vec<usize> = (0..flow.pages.len())
        .filter(|i| flow.pages[*i].end.is_some())
        .collect();
    if ends.is_empty() {
        push(
            &mut problems,
            "pages".into(),
            "no page ends the flow: give one \"end\": \"confirmation\" (or \"exit\")".into(),
        );
    } else {
        let mut ending: BTreeSet<usize> = ends.into_iter().collect();
        loop {
            let before = ending.len();
            for i in 0..flow.pages.len() {
                if !ending.contains(&i) && edges(i).iter().any(|j| ending.contains(j)) {
                    ending.insert(i);
                }
            }
            if ending.len() == before {
                break;
            }
        }
        for i in reached {
            if !ending.contains(&i) {
                push(
                    &mut problems,
                    format!("pages[{i}]"),
                    format!("no route from \"{}\" reaches an end", flow.pages[i].id),
                );
            }
        }
    }
    problems
}

/// One condition: one test, on a question that exists, with a value it can have.
fn check_condition(
    condition: &Condition,
    path: &str,
    questions: &BTreeMap<&str, (usize, &QuestionKind, bool)>,
    say: &mut dyn FnMut(String, String),
) {
    let tests = condition.tests();
    if tests.len() != 1 {
        say(
            path.into(),
            format!(
                "give exactly one test ({}), not {}",
                super::condition::TESTS.join(", "),
                if tests.is_empty() {
                    "none".to_owned()
                } else {
                    tests.join(" and ")
                }
            ),
        );
        return;
    }
    for (name, at) in condition.questions(path) {
        if !questions.contains_key(name.as_str()) {
            say(at, format!("no question \"{name}\""));
        }
    }
    let compares = !matches!(tests[0], "answered" | "not" | "all" | "any");
    if compares && condition.question.is_none() {
        say(
            format!("{path}.question"),
            format!("\"{}\" compares an answer: name its question", tests[0]),
        );
    }
    if let Some(inner) = &condition.not {
        check_condition(inner, &format!("{path}.not"), questions, say);
    }
    for (name, list) in [("all", &condition.all), ("any", &condition.any)] {
        for (i, inner) in list.iter().flatten().enumerate() {
            check_condition(inner, &format!("{path}.{name}[{i}]"), questions, say);
        }
    }
    for (name, value) in [("before", &condition.before), ("after", &condition.after)] {
        if let Some(value) = value
            && let Err(message) = DateBound::try_from(value.clone())
        {
            say(format!("{path}.{name}"), message);
        }
    }
    // A choice compared with a value it does not offer can never hold.
    let Some((_, kind, repeated)) = condition.question.as_deref().and_then(|q| questions.get(q))
    else {
        return;
    };
    if *repeated {
        say(
            format!("{path}.{}", tests[0]),
            format!(
                "\"{}\" is asked on an \"add another\" page: a condition can only ask whether it is answered",
                condition.question.as_deref().unwrap_or_default()
            ),
        );
        return;
    }
    let options = match kind {
        QuestionKind::ChooseOne { options } | QuestionKind::ChooseSeveral { options, .. } => {
            options
        }
        _ => return,
    };
    let values: Vec<(&str, &String)> = condition
        .equals
        .iter()
        .map(|v| ("equals", v))
        .chain(condition.contains.iter().map(|v| ("contains", v)))
        .chain(condition.one_of.iter().flatten().map(|v| ("oneOf", v)))
        .collect();
    for (test, value) in values {
        if !options.iter().any(|o| o.value == *value) {
            say(
                format!("{path}.{test}"),
                format!(
                    "\"{value}\" is not one of {}'s options ({})",
                    condition.question.as_deref().unwrap_or_default(),
                    options
                        .iter()
                        .map(|o| o.value.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }
}
