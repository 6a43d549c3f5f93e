//! Flows: a multi-page service as data (issue #11). A flow is pages of questions, each with
//! conditional next pages (the first condition that holds wins, then the page's default),
//! ending at a confirmation or an exit page. The engine here has no DOM and no server: it
//! decides the route for a set of answers, which pages may be visited, where "Back" goes and
//! what check answers shows, the same way for a Leptos app and a server.
//!
//! ```
//! use civic_patterns::flow::{Answers, Flow};
//! use civic_patterns::questions::{date::Date, Input};
//!
//! let flow = Flow::from_json(r#"{
//!   "id": "missed-bin",
//!   "pages": [
//!     {"id": "out", "questions": [{"name": "out", "label": "if the bin was out by 6am",
//!        "type": "chooseOne", "options": ["yes", "no"]}],
//!      "next": [{"when": {"question": "out", "equals": "no"}, "goTo": "too-late"}],
//!      "then": "done"},
//!     {"id": "too-late", "end": "exit"},
//!     {"id": "done", "end": "confirmation"}
//!   ]
//! }"#).unwrap();
//! let today = Date::new(2026, 11, 28).unwrap();
//! let mut answers = Answers::new();
//! answers.insert("out".into(), Input::from("no"));
//! let route = flow.route(&answers, civic::Locale::En, today);
//! assert_eq!(route.pages, ["out", "too-late"]);
//! assert_eq!(route.end.as_deref(), Some("too-late"));
//! ```

mod check;
mod condition;
pub mod form;
pub mod import;
pub mod journey;

pub use check::{FlowError, MAX_PAGES};
pub use condition::Condition;

use crate::questions::date::Date;
use crate::questions::{Answer, Input, Problem, Question, Words};
use civic::Locale;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a person has entered, by question name.
pub type Answers = BTreeMap<String, Input>;

/// A multi-page service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Flow {
    /// The flow's id.
    pub id: String,
    /// Its title, shown in the service navigation.
    #[serde(default)]
    pub title: Words,
    /// What the person declares before sending their answers ("I confirm that…"), asked on
    /// check answers; none when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declaration: Option<Words>,
    /// The pages, the first being where the flow starts.
    pub pages: Vec<Page>,
    /// Answers found from other answers in a table: the council for a postcode.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lookups: Vec<Lookup>,
}

/// An answer found from another in a table, as a service finds the council for a postcode:
/// the full answer, then (for a postcode) its district (`SW1A`) and its area (`SW`) are
/// looked for, in that order. When nothing matches there is no answer, so a rule such as
/// `{"answered": "council"}` can send the person to choose from a list instead.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Lookup {
    /// The found answer's name, for conditions and check answers.
    pub name: String,
    /// How check answers names it.
    pub label: Words,
    /// The question whose answer is looked up.
    pub from: String,
    /// Keys (upper case for postcodes) and the answers they give.
    pub table: BTreeMap<String, String>,
}

impl Lookup {
    /// The answer the table gives for `answer`, if any.
    pub fn find(&self, answer: &Answer) -> Option<String> {
        let Answer::Text(text) = answer else {
            return None;
        };
        let upper = text.to_uppercase();
        let district = upper.split(' ').next().unwrap_or_default().to_owned();
        let area: String = district
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect();
        [upper.clone(), district, area]
            .into_iter()
            .filter(|key| !key.is_empty())
            .find_map(|key| {
                self.table
                    .iter()
                    .find(|(k, _)| k.to_uppercase() == key)
                    .map(|(_, v)| v.clone())
            })
    }
}

/// One page: its questions (one thing per page, usually one question), or an end.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Page {
    /// The page's id, which is also its path.
    pub id: String,
    /// The page's heading; a page of one question may leave it out and use the question's
    /// heading.
    #[serde(default)]
    pub title: Words,
    /// Paragraphs shown under the heading: a start page's or an exit page's explanation,
    /// a confirmation's "what happens next". Plain text, always escaped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guidance: Vec<Words>,
    /// The section check answers lists it under.
    #[serde(default)]
    pub section: Option<Words>,
    /// The questions asked on this page.
    #[serde(default)]
    pub questions: Vec<Question>,
    /// Where to go next: the first rule whose condition holds.
    #[serde(default)]
    pub next: Vec<NextRule>,
    /// Where to go when no rule holds.
    #[serde(default)]
    pub then: Option<String>,
    /// Set when this page ends the flow.
    #[serde(default)]
    pub end: Option<End>,
    /// Set on an "add another" page: its one question is answered once per item, and the
    /// page lists the items with change and remove before asking whether to add another.
    #[serde(default)]
    pub repeat: Option<Repeat>,
}

/// The bounds of an "add another" page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Repeat {
    /// The most items (GOV.UK Forms allows 50).
    #[serde(default = "Repeat::default_max")]
    pub max: usize,
    /// What one item is called, in a sentence: "child", "bin". Headings and buttons use it
    /// ("Add another child").
    #[serde(default)]
    pub item: String,
}

impl Repeat {
    fn default_max() -> usize {
        50
    }
}

impl Page {
    /// The most items an "add another" page takes (GOV.UK Forms' 50 when it does not say).
    pub fn max_items(&self) -> usize {
        self.repeat
            .as_ref()
            .map_or_else(Repeat::default_max, |r| r.max)
    }
}

/// How a page ends a flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum End {
    /// The service is done: a confirmation with a reference.
    Confirmation,
    /// The person cannot go on (not eligible), told why.
    Exit,
}

/// A conditional next page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NextRule {
    /// The condition on the answers so far.
    pub when: Condition,
    /// The page to go to when it holds.
    pub go_to: String,
}

/// The pages a set of answers leads through.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Route {
    /// The pages visited, in order, ending at the first page still to be answered (or
    /// answered wrongly), or at an end.
    pub pages: Vec<String>,
    /// The end reached, if any.
    pub end: Option<String>,
    /// The first page whose answers are missing or invalid, with its problems.
    pub stopped_at: Option<(String, Vec<Problem>)>,
}

/// A section's status on a task list page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Every question of the section on the route is answered.
    Completed,
    /// Some are, and the next question to answer is in it.
    InProgress,
    /// None is, and it is the next to do.
    NotStarted,
    /// An earlier section must be finished first.
    CannotStart,
}

/// A section of a flow as a task list page shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SectionStatus {
    /// The section's name, in the locale asked for.
    pub name: String,
    /// Its status from the answers.
    pub status: Status,
    /// The page that starts or continues it.
    pub page: String,
}

/// One row of check answers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummaryRow {
    /// The section, if the page has one.
    pub section: Option<String>,
    /// The page to change the answer on.
    pub page: String,
    /// The question's name.
    pub question: String,
    /// The question as check answers shows it (its heading, else its label).
    pub label: String,
    /// The answer, normalised.
    pub answer: Answer,
    /// The answer as check answers shows it, one line per item or address line.
    pub shown: String,
}

/// The answers to an "add another" question: each item checked as the question alone would
/// be, at least one item unless the question is optional, and no more than `repeat.max`.
fn check_items(
    question: &Question,
    repeat: &Repeat,
    input: &Input,
    locale: Locale,
    today: Date,
) -> Result<Answer, Vec<Problem>> {
    let items = input.items();
    if items.is_empty() {
        return if question.optional {
            Ok(Answer::Items(Vec::new()))
        } else {
            question.check(&Input::Text(String::new()), locale, today)
        };
    }
    let mut accepted = Vec::new();
    let mut problems = Vec::new();
    for (index, item) in items.iter().enumerate() {
        match question.check(item, locale, today) {
            Ok(answer) => accepted.push(answer),
            Err(found) => problems.extend(found.into_iter().map(|problem| Problem {
                item: Some(index),
                ..problem
            })),
        }
    }
    if items.len() > repeat.max {
        problems.push(Problem {
            question: question.name.clone(),
            part: None,
            item: None,
            message: question.say(locale, "tooManyItems", &[("max", &repeat.max.to_string())]),
        });
    }
    if problems.is_empty() {
        Ok(Answer::Items(accepted))
    } else {
        Err(problems)
    }
}

impl Flow {
    /// Reads a flow from JSON and checks it: every problem named with its JSON path
    /// (`pages[3].next[0].goTo: no page "adress"`).
    pub fn from_json(json: &str) -> Result<Flow, Vec<FlowError>> {
        let mut reader = serde_json::Deserializer::from_str(json);
        let flow: Flow = serde_path_to_error::deserialize(&mut reader).map_err(|error| {
            let path = error.path().to_string();
            vec![FlowError {
                path: if path == "." || path == "?" {
                    "(file)".into()
                } else {
                    path
                },
                message: error.into_inner().to_string(),
            }]
        })?;
        let problems = check::check(&flow);
        if problems.is_empty() {
            Ok(flow)
        } else {
            Err(problems)
        }
    }

    /// A page's answers followed, after each, by the answers looked up from it.
    fn with_lookups(&self, given: Vec<(String, Answer)>) -> Vec<(String, Answer)> {
        let mut all = Vec::new();
        for (name, answer) in given {
            let found: Vec<(String, Answer)> = self
                .lookups
                .iter()
                .filter(|lookup| lookup.from == name)
                .filter_map(|lookup| {
                    Some((lookup.name.clone(), Answer::Text(lookup.find(&answer)?)))
                })
                .collect();
            all.push((name, answer));
            all.extend(found);
        }
        all
    }

    /// The flow's sections, in the order their first pages come, each with its status from
    /// the answers: what a task list page shows. A section whose pages are all off the route
    /// is left out.
    pub fn sections(&self, answers: &Answers, locale: Locale, today: Date) -> Vec<SectionStatus> {
        let route = self.route(answers, locale, today);
        let stopped = route.stopped_at.as_ref().map(|(page, _)| page.as_str());
        let section_of = |id: &str| {
            self.page(id)
                .and_then(|p| p.section.as_ref())
                .map(|s| s.get(locale).to_owned())
        };
        let stopped_section = stopped.and_then(section_of);
        // Where the route stopped, as a position among the sections in order.
        let mut names: Vec<String> = Vec::new();
        for page in &self.pages {
            if let Some(name) = page.section.as_ref().map(|s| s.get(locale).to_owned())
                && !names.contains(&name)
            {
                names.push(name);
            }
        }
        let stopped_index = stopped_section
            .as_ref()
            .and_then(|s| names.iter().position(|n| n == s));
        let mut sections = Vec::new();
        for (index, name) in names.iter().enumerate() {
            let on_route: Vec<&String> = route
                .pages
                .iter()
                .filter(|id| section_of(id).as_deref() == Some(name.as_str()))
                .collect();
            let first_in_definition = self
                .pages
                .iter()
                .find(|p| p.section.as_ref().map(|s| s.get(locale)) == Some(name.as_str()))
                .map(|p| p.id.clone())
                .unwrap_or_default();
            let (status, page) = match stopped_index {
                // Not reached: an earlier section is unfinished.
                Some(at) if index > at => (Status::CannotStart, first_in_definition),
                Some(at) if index == at => {
                    let stop = stopped.unwrap_or_default().to_owned();
                    let answered = on_route.iter().any(|id| **id != stop);
                    let page = on_route.first().map_or(stop.clone(), |id| (*id).clone());
                    if answered {
                        (Status::InProgress, stop)
                    } else {
                        (Status::NotStarted, page)
                    }
                }
                // Passed, or the route ended: done if its pages are on the route.
                _ if on_route.is_empty() => continue,
                _ => (Status::Completed, on_route[0].clone()),
            };
            sections.push(SectionStatus {
                name: name.clone(),
                status,
                page,
            });
        }
        sections
    }

    /// Every way from one page to another: each page's rules, then its default, as
    /// `(from, to)` pairs. A service is walked "every branch" when its walks take them all.
    pub fn branches(&self) -> Vec<(String, String)> {
        let mut branches = Vec::new();
        for page in &self.pages {
            for to in page.next.iter().map(|rule| &rule.go_to).chain(&page.then) {
                let branch = (page.id.clone(), to.clone());
                if !branches.contains(&branch) {
                    branches.push(branch);
                }
            }
        }
        branches
    }

    /// The page with this id.
    pub fn page(&self, id: &str) -> Option<&Page> {
        self.pages.iter().find(|page| page.id == id)
    }

    /// The answers to a page's questions, if every one is answered acceptably.
    fn page_answers(
        &self,
        page: &Page,
        answers: &Answers,
        locale: Locale,
        today: Date,
    ) -> Result<Vec<(String, Answer)>, Vec<Problem>> {
        let mut accepted = Vec::new();
        let mut problems = Vec::new();
        let blank = Input::Text(String::new());
        for question in &page.questions {
            let input = answers.get(&question.name).unwrap_or(&blank);
            let checked = match &page.repeat {
                Some(repeat) => check_items(question, repeat, input, locale, today),
                None => question.check(input, locale, today),
            };
            match checked {
                Ok(answer) => accepted.push((question.name.clone(), answer)),
                Err(found) => problems.extend(found),
            }
        }
        if problems.is_empty() {
            Ok(accepted)
        } else {
            Err(problems)
        }
    }

    /// The route `answers` lead along, from the first page: each page's answers must be
    /// acceptable to go past it, and the first rule that holds (else `then`) chooses the
    /// next. Answers to pages off the route are kept in `answers` but play no part.
    pub fn route(&self, answers: &Answers, locale: Locale, today: Date) -> Route {
        let mut route = Route {
            pages: Vec::new(),
            end: None,
            stopped_at: None,
        };
        let mut accepted: BTreeMap<String, Answer> = BTreeMap::new();
        let mut at = self.pages.first().map(|page| page.id.clone());
        while let Some(id) = at.take() {
            // A definition is checked for loops when loaded; this guards a flow built in Rust.
            if route.pages.contains(&id) {
                break;
            }
            let Some(page) = self.page(&id) else { break };
            route.pages.push(id.clone());
            if page.end.is_some() {
                route.end = Some(id);
                break;
            }
            match self.page_answers(page, answers, locale, today) {
                Ok(given) => accepted.extend(self.with_lookups(given)),
                Err(problems) => {
                    route.stopped_at = Some((id, problems));
                    break;
                }
            }
            at = page
                .next
                .iter()
                .find(|rule| rule.when.holds(&accepted, today))
                .map(|rule| rule.go_to.clone())
                .or_else(|| page.then.clone());
        }
        route
    }

    /// Whether `page` may be shown for these answers: a page on the route up to the first
    /// unanswered one may; any other (skipping ahead, or off the route) sends the person to
    /// that first unanswered page (or the end reached), returned as `Err`.
    pub fn may_visit(
        &self,
        page: &str,
        answers: &Answers,
        locale: Locale,
        today: Date,
    ) -> Result<(), String> {
        let route = self.route(answers, locale, today);
        if route.pages.iter().any(|p| p == page) {
            Ok(())
        } else {
            Err(route.pages.last().cloned().unwrap_or_default())
        }
    }

    /// Where "Back" goes from `page`: the page before it on the route (not the browser's
    /// history), or `None` on the first page.
    pub fn back(
        &self,
        page: &str,
        answers: &Answers,
        locale: Locale,
        today: Date,
    ) -> Option<String> {
        let route = self.route(answers, locale, today);
        let index = route.pages.iter().position(|p| p == page)?;
        index.checked_sub(1).map(|i| route.pages[i].clone())
    }

    /// Where Continue goes from `page` after its answers were accepted. When the person came
    /// from check answers (`returning_to`), they go back there, unless the new answer opens
    /// questions not yet answered, which are asked first.
    pub fn after(
        &self,
        page: &str,
        answers: &Answers,
        returning_to: Option<&str>,
        locale: Locale,
        today: Date,
    ) -> Option<String> {
        let route = self.route(answers, locale, today);
        let index = route.pages.iter().position(|p| p == page)?;
        let next = route.pages.get(index + 1).cloned();
        match (returning_to, &route.stopped_at) {
            // Something on the route is still unanswered: ask it first.
            (Some(_), Some((stopped, _))) => Some(stopped.clone()),
            (Some(back), None) if route.pages.iter().any(|p| p == back) => Some(back.to_owned()),
            _ => next,
        }
    }

    /// The rows check answers shows: every question on the route, in route order, with its
    /// normalised answer. Answers to pages no longer on the route are left out (and kept).
    pub fn summary(&self, answers: &Answers, locale: Locale, today: Date) -> Vec<SummaryRow> {
        let route = self.route(answers, locale, today);
        let mut rows = Vec::new();
        for id in &route.pages {
            let Some(page) = self.page(id) else { continue };
            let Ok(given) = self.page_answers(page, answers, locale, today) else {
                continue;
            };
            for (question, (name, answer)) in page.questions.iter().zip(given) {
                let mut looked_up = Vec::new();
                for lookup in self.lookups.iter().filter(|l| l.from == name) {
                    if let Some(found) = lookup.find(&answer) {
                        looked_up.push(SummaryRow {
                            section: page.section.as_ref().map(|s| s.get(locale).to_owned()),
                            page: page.id.clone(),
                            question: lookup.name.clone(),
                            label: lookup.label.get(locale).to_owned(),
                            answer: Answer::Text(found.clone()),
                            shown: found,
                        });
                    }
                }
                rows.push(SummaryRow {
                    section: page.section.as_ref().map(|s| s.get(locale).to_owned()),
                    page: page.id.clone(),
                    question: name,
                    label: question
                        .heading
                        .as_ref()
                        .unwrap_or(&question.label)
                        .get(locale)
                        .to_owned(),
                    shown: question.show(&answer, locale),
                    answer,
                });
                rows.extend(looked_up);
            }
        }
        rows
    }
}
