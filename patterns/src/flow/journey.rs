//! A person's journey through a running flow, one request at a time: what an address shows,
//! and where a sent page leads. Decided here once, and asked by both the Leptos runtime
//! ([`crate::runtime::Flow`], in the browser) and the prototype server (`civic prototype`,
//! with no JavaScript), so the two cannot disagree about a route (issue #12).
//!
//! Addresses are the flow's base path, then the page (`/missed-bin/bins`), with `?item=N`
//! on an "add another" item and `?return=PAGE` while the person is changing an answer from
//! check answers.
//!
//! ```
//! use civic_patterns::flow::journey::{self, Address, Screen};
//! use civic_patterns::flow::Answers;
//! use civic_patterns::questions::date::Date;
//!
//! let flow = civic_patterns::services::missed_bin();
//! let today = Date::new(2026, 12, 8).unwrap();
//! // Skipping ahead to check answers is sent back to the first page not yet answered.
//! let asked = Address::parse("check-answers", "");
//! let screen = journey::screen(&flow, &asked, &Answers::new(), None, civic::Locale::En, today);
//! let Screen::Redirect(to) = screen else { panic!("not redirected") };
//! assert_eq!(to.href("/missed-bin"), "/missed-bin/address");
//! ```

use super::form::{self, set_item};
use super::{Answers, End, Flow, Page, SummaryRow};
use crate::questions::date::Date;
use crate::questions::{Input, Problem, Question};
use civic::Locale;
use serde::{Deserialize, Serialize};

/// The part of a page's address after the flow's base: which page, which item, and where
/// the person is returning to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    /// The page's id; `None` is the start page.
    pub page: Option<String>,
    /// The "add another" item the page edits.
    pub item: Option<usize>,
    /// The page (check answers) to return to, as written in the address.
    pub returning: Option<String>,
}

/// The page in an address, written without a leading slash (XGovFormBuilder's page ids are
/// paths: `/summary` is at `base/summary`).
pub fn slug(id: &str) -> &str {
    id.trim_start_matches('/')
}

impl Address {
    /// The start page.
    pub fn start() -> Self {
        Self::default()
    }

    /// A page, with nothing in its query.
    pub fn page(id: &str) -> Self {
        Self {
            page: Some(id.to_owned()),
            ..Self::default()
        }
    }

    /// Reads an address: `segment` is the path after the base (`bins`, `/summary`), `query`
    /// the query string with or without its `?`. The page is kept as written; [`screen`]
    /// finds it in the flow.
    pub fn parse(segment: &str, query: &str) -> Self {
        let segment = segment.trim_matches('/');
        let value = |name: &str| {
            query
                .trim_start_matches('?')
                .split('&')
                .filter_map(|pair| pair.split_once('='))
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_owned())
        };
        Self {
            page: (!segment.is_empty()).then(|| segment.to_owned()),
            item: value("item").and_then(|i| i.parse().ok()),
            // Page slugs are the runtime's own words: anything else is ignored, not decoded.
            returning: value("return").filter(|r| {
                (1..=200).contains(&r.len())
                    && r.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b))
            }),
        }
    }

    /// The address under `base` (`/missed-bin`), as a link or a form's action.
    pub fn href(&self, base: &str) -> String {
        let base = base.trim_end_matches('/');
        let Some(page) = &self.page else {
            return if base.is_empty() {
                "/".to_owned()
            } else {
                base.to_owned()
            };
        };
        let mut href = format!("{base}/{}", slug(page));
        let mut query = Vec::new();
        if let Some(item) = self.item {
            query.push(format!("item={item}"));
        }
        if let Some(returning) = &self.returning {
            query.push(format!("return={returning}"));
        }
        if !query.is_empty() {
            href.push('?');
            href.push_str(&query.join("&"));
        }
        href
    }

    fn with_item(mut self, item: Option<usize>) -> Self {
        self.item = item;
        self
    }

    fn returning(mut self, returning: Option<&str>) -> Self {
        self.returning = returning.map(str::to_owned);
        self
    }
}

/// What the person sent, remembered so that the end page shows its confirmation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    /// The reference shown to the person.
    pub reference: String,
    /// The end page it was sent from.
    pub end: String,
}

/// What a flow hands its app (or the prototype server stores) when the person sends their
/// answers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Submission {
    /// The flow's id.
    pub flow: String,
    /// The reference shown to the person.
    pub reference: String,
    /// The answers on the route, as check answers showed them.
    pub rows: Vec<SummaryRow>,
    /// Every answer given, on the route or not.
    pub answers: Answers,
}

/// What an address shows, decided by the flow engine.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    /// The start page; its button goes to `first`.
    Start {
        /// The first page.
        first: Address,
    },
    /// Not here: go to this address instead (an unknown page, skipping ahead, a page off
    /// the route, or an "add another" page with nothing in it yet).
    Redirect(Address),
    /// A question page; `item` is the "add another" item it edits.
    Question {
        /// The page.
        page: Page,
        /// The item edited.
        item: Option<usize>,
        /// Where Back goes.
        back: Address,
    },
    /// An "add another" page's list of what was added so far.
    AddAnother {
        /// The page.
        page: Page,
        /// Its question.
        question: Question,
        /// Each item as check answers shows it.
        items: Vec<String>,
        /// Where Back goes.
        back: Address,
    },
    /// Check answers, with the rows the person will send.
    CheckAnswers {
        /// The end page.
        page: Page,
        /// What check answers shows.
        rows: Vec<SummaryRow>,
        /// Where Back goes.
        back: Address,
    },
    /// An exit page: the person cannot use the service.
    Exit {
        /// The page.
        page: Page,
        /// Where Back goes.
        back: Address,
    },
    /// The answers were sent: the confirmation.
    Confirmation {
        /// The end page.
        page: Page,
        /// The reference.
        reference: String,
    },
}

/// What `asked` shows for these answers. `sent` is what the person sent, if they did.
pub fn screen(
    flow: &Flow,
    asked: &Address,
    answers: &Answers,
    sent: Option<&Sent>,
    locale: Locale,
    today: Date,
) -> Screen {
    let Some(segment) = asked.page.as_deref() else {
        let first = flow
            .pages
            .first()
            .map(|p| Address::page(&p.id))
            .unwrap_or_default();
        return Screen::Start { first };
    };
    let Some(page) = flow.pages.iter().find(|p| slug(&p.id) == slug(segment)) else {
        return Screen::Redirect(Address::start());
    };
    if let Some(done) = sent.filter(|s| s.end == page.id) {
        return Screen::Confirmation {
            page: page.clone(),
            reference: done.reference.clone(),
        };
    }
    // No skipping ahead, and nothing off the route.
    if let Err(first) = flow.may_visit(&page.id, answers, locale, today) {
        return Screen::Redirect(Address::page(&first));
    }
    // Back from the first page goes to the start page.
    let back = flow
        .back(&page.id, answers, locale, today)
        .map(|b| Address::page(&b))
        .unwrap_or_default();
    let returning = asked.returning.as_deref();
    match page.end {
        Some(End::Confirmation) => Screen::CheckAnswers {
            page: page.clone(),
            rows: flow.summary(answers, locale, today),
            back,
        },
        Some(End::Exit) => Screen::Exit {
            page: page.clone(),
            back,
        },
        None => {
            let question = page.questions.first().cloned();
            let items = question
                .as_ref()
                .and_then(|q| answers.get(&q.name))
                .map(Input::items)
                .unwrap_or_default();
            match (&page.repeat, asked.item, question) {
                // An "add another" page with nothing yet asks its first item, at its own
                // address, so that sending it leads to the list.
                (Some(_), None, Some(_)) if items.is_empty() => Screen::Redirect(
                    Address::page(&page.id)
                        .with_item(Some(0))
                        .returning(returning),
                ),
                (Some(_), None, Some(question)) => Screen::AddAnother {
                    items: items
                        .iter()
                        .map(|i| match question.check(i, locale, today) {
                            Ok(answer) => question.show(&answer, locale).replace('\n', ", "),
                            Err(_) => String::new(),
                        })
                        .collect(),
                    page: page.clone(),
                    question,
                    back,
                },
                // No new item past the most allowed: the list says why.
                (Some(_), Some(item), Some(_))
                    if item >= items.len() && items.len() >= page.max_items() =>
                {
                    Screen::Redirect(Address::page(&page.id).returning(returning))
                }
                (repeat, item, _) => Screen::Question {
                    page: page.clone(),
                    // An item past the end is a new one.
                    item: repeat
                        .as_ref()
                        .map(|_| item.unwrap_or(items.len()).min(items.len())),
                    back,
                },
            }
        }
    }
}

/// The address of item `index` of an "add another" page, keeping the return.
pub fn item_address(page: &Page, index: usize, asked: &Address) -> Address {
    Address::page(&page.id)
        .with_item(Some(index))
        .returning(asked.returning.as_deref())
}

/// The address of a Change link from check answers (`end`) to `page`.
pub fn change_address(page: &str, end: &str) -> Address {
    Address::page(page).returning(Some(slug(end)))
}

/// Where Continue leads from `page` once its answers are accepted, carrying "return to
/// check answers" on while the flow still has questions to ask first; `None` when the page
/// is no longer on the route.
fn go_on(
    flow: &Flow,
    page: &Page,
    asked: &Address,
    answers: &Answers,
    locale: Locale,
    today: Date,
) -> Option<Address> {
    let returning = asked.returning.as_deref();
    let target = returning
        .and_then(|r| flow.pages.iter().find(|p| slug(&p.id) == r))
        .map(|p| p.id.clone());
    let next = flow.after(&page.id, answers, target.as_deref(), locale, today)?;
    Some(match &target {
        Some(back) if *back != next => Address::page(&next).returning(returning),
        _ => Address::page(&next),
    })
}

/// Reads a question page's form (`pairs`, in order): what was typed goes into `answers`,
/// right or wrong, so nothing is lost, and answering starts a new application (`sent` is
/// forgotten: the end page asks for the new answers to be sent, rather than showing the
/// last confirmation). `Err` holds the problems to show on the page again; `Ok` where to go
/// next.
#[allow(clippy::too_many_arguments)]
pub fn answer_page(
    flow: &Flow,
    page: &Page,
    asked: &Address,
    pairs: &[(String, String)],
    answers: &mut Answers,
    sent: &mut Option<Sent>,
    locale: Locale,
    today: Date,
) -> Result<Address, Vec<Problem>> {
    *sent = None;
    let typed = form::answers_from_form(
        &page.questions,
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
    let item = page.repeat.as_ref().map(|_| {
        let count = page
            .questions
            .first()
            .and_then(|q| answers.get(&q.name))
            .map_or(0, |i| i.items().len());
        asked.item.unwrap_or(count).min(count)
    });
    for question in &page.questions {
        let input = typed
            .get(&question.name)
            .cloned()
            .unwrap_or(Input::Text(String::new()));
        match item {
            Some(index) => set_item(answers, &question.name, index, input),
            None => {
                answers.insert(question.name.clone(), input);
            }
        }
    }
    let found = problems(page, item, answers, locale, today);
    if !found.is_empty() {
        return Err(found);
    }
    Ok(match item {
        // Back to the list of items, to add another or go on.
        Some(_) => Address::page(&page.id).returning(asked.returning.as_deref()),
        None => go_on(flow, page, asked, answers, locale, today).unwrap_or_else(|| asked.clone()),
    })
}

/// The problems with what is kept as `page`'s answers (item `item` of an "add another"
/// page): those shown when the page was sent, found again when it is drawn after the
/// redirect that follows (post/redirect/get).
pub fn problems(
    page: &Page,
    item: Option<usize>,
    answers: &Answers,
    locale: Locale,
    today: Date,
) -> Vec<Problem> {
    let blank = Input::Text(String::new());
    let mut found = Vec::new();
    for question in &page.questions {
        let kept = answers.get(&question.name);
        let input = match (item, kept) {
            (Some(index), Some(kept)) => kept.items().get(index).cloned().unwrap_or(blank.clone()),
            (None, Some(kept)) => kept.clone(),
            (_, None) => blank.clone(),
        };
        if let Err(wrong) = question.check(&input, locale, today) {
            found.extend(wrong.into_iter().map(|p| Problem { item, ..p }));
        }
    }
    found
}

/// What sending an "add another" list did.
#[derive(Clone, Debug, PartialEq)]
pub enum ListSent {
    /// An item was removed: the list is shown again.
    Removed,
    /// Go here: the next item's question, or on through the flow.
    Go(Address),
    /// "Add another?" was not answered: show the list again with this error.
    Unanswered(String),
}

/// Reads an "add another" list's form: removes an item, adds one, or moves on.
pub fn answer_list(
    flow: &Flow,
    page: &Page,
    asked: &Address,
    pairs: &[(String, String)],
    answers: &mut Answers,
    locale: Locale,
    today: Date,
) -> ListSent {
    let Some(question) = page.questions.first() else {
        return ListSent::Go(asked.clone());
    };
    let value = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    if let Some(index) = value("remove").and_then(|i| i.parse::<usize>().ok()) {
        form::remove_item(answers, &question.name, index);
        return ListSent::Removed;
    }
    let count = answers.get(&question.name).map_or(0, |i| i.items().len());
    let max = page.max_items();
    let onwards = || {
        ListSent::Go(
            go_on(flow, page, asked, answers, locale, today).unwrap_or_else(|| asked.clone()),
        )
    };
    match value("addAnother") {
        Some("yes") if count < max => ListSent::Go(Address::page(&page.id).with_item(Some(count))),
        // At the most allowed there is no question: Continue goes on.
        Some("no") | Some("yes") => onwards(),
        _ if count >= max => onwards(),
        _ => ListSent::Unanswered(crate::pages::say(locale, "addAnotherBlank").to_owned()),
    }
}

/// Sends the answers from `end` (check answers): what to remember for the confirmation, and
/// what to hand on, with the rows check answers showed.
pub fn send(
    flow: &Flow,
    end: &Page,
    answers: Answers,
    reference: String,
    locale: Locale,
    today: Date,
) -> (Sent, Submission) {
    let rows = flow.summary(&answers, locale, today);
    (
        Sent {
            reference: reference.clone(),
            end: end.id.clone(),
        },
        Submission {
            flow: flow.id.clone(),
            reference,
            rows,
            answers,
        },
    )
}

/// A reference people can read out: the flow's initials and eight letters and digits with
/// none that look alike (no 0, O, 1, I or L), from `random`.
pub fn reference(flow_id: &str, mut random: impl FnMut() -> u32) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let initials: String = flow_id
        .split(['-', '_', ' '])
        .filter_map(|word| word.chars().next())
        .flat_map(char::to_uppercase)
        .take(3)
        .collect();
    let mut code = String::new();
    for i in 0..8 {
        if i == 4 {
            code.push('-');
        }
        code.push(ALPHABET[(random() as usize) % ALPHABET.len()] as char);
    }
    if initials.is_empty() {
        code
    } else {
        format!("{initials}-{code}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_read_and_write_the_same() {
        for href in [
            "/b/bins",
            "/b/people?item=2",
            "/b/phone?return=check-answers",
            "/b",
        ] {
            let (segment, query) = href[2..].split_once('?').unwrap_or((&href[2..], ""));
            assert_eq!(Address::parse(segment, query).href("/b"), href);
        }
        // A return that is not a page slug is dropped rather than written back out.
        let hostile = Address::parse("bins", "?return=%22%3E%3Cscript%3E");
        assert_eq!(hostile.returning, None);
        assert_eq!(Address::start().href(""), "/");
    }

    #[test]
    fn no_item_is_added_past_the_most_allowed() {
        let flow = Flow::from_json(
            r#"{"id": "household", "pages": [
                {"id": "people", "repeat": {"max": 2, "item": "person"},
                 "questions": [{"name": "person", "label": "name", "type": "text"}],
                 "then": "check"},
                {"id": "check", "end": "confirmation"}]}"#,
        )
        .unwrap();
        let today = Date::new(2026, 12, 8).unwrap();
        let mut answers = Answers::new();
        answers.insert(
            "person".into(),
            Input::Items(vec!["Ceri".into(), "Sam".into()]),
        );
        let locale = Locale::En;
        // Changing an item is fine; a third is sent back to the list.
        let second = Address::parse("people", "item=1");
        assert!(matches!(
            screen(&flow, &second, &answers, None, locale, today),
            Screen::Question { item: Some(1), .. }
        ));
        let third = Address::parse("people", "item=2");
        assert_eq!(
            screen(&flow, &third, &answers, None, locale, today),
            Screen::Redirect(Address::page("people"))
        );
    }
}
