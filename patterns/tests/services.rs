//! The two council services (issue #11), walked through the flow engine every branch to
//! every ending, in English and in Welsh, with wrong answers first. The eligibility each
//! walk expects is England's Blue Badge rules as `patterns/services/SOURCES.md` cites them,
//! not what the definition happens to say.

use civic::Locale;
use civic_patterns::flow::{Answers, Flow};
use civic_patterns::questions::date::Date;
use civic_patterns::services;
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// Tuesday 8 December 2026.
fn today() -> Date {
    Date::new(2026, 12, 8).unwrap()
}

fn answers(value: Value) -> Answers {
    serde_json::from_value(value).expect("answers")
}

/// Merges `changes` into `base`.
fn with(base: &Value, changes: Value) -> Value {
    let mut merged = base.clone();
    for (k, v) in changes.as_object().unwrap() {
        merged[k] = v.clone();
    }
    merged
}

fn assert_every_branch_taken(flow: &Flow, taken: &BTreeSet<(String, String)>) {
    let missing: Vec<_> = flow
        .branches()
        .into_iter()
        .filter(|b| !taken.contains(b))
        .collect();
    assert!(missing.is_empty(), "branches never walked: {missing:?}");
    let ends: BTreeSet<&str> = flow
        .pages
        .iter()
        .filter(|p| p.end.is_some())
        .map(|p| p.id.as_str())
        .collect();
    let reached: BTreeSet<&str> = taken.iter().map(|(_, to)| to.as_str()).collect();
    assert!(ends.is_subset(&reached), "ends never reached: {ends:?}");
}

/// The walks both the engine's tests and the browser's take (`patterns/services/walks.json`).
fn walks(service: &str) -> (Value, Vec<(String, Value, String)>) {
    let file: Value = serde_json::from_str(include_str!("../services/walks.json")).unwrap();
    assert_eq!(file["today"], today().to_string());
    let service = &file["services"][service];
    let walks = service["walks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["name"].as_str().unwrap().to_owned(),
                w["changes"].clone(),
                w["end"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    (service["base"].clone(), walks)
}

/// Walks every one of `service`'s walks in English and Welsh; proves they take every branch.
fn walk_every_branch(flow: &Flow, service: &str) {
    let (base, walks) = walks(service);
    let mut taken = BTreeSet::new();
    for (name, changes, end) in &walks {
        for locale in [Locale::En, Locale::Cy] {
            let given = with(&base, changes.clone());
            let route = flow.route(&answers(given.clone()), locale, today());
            assert_eq!(route.stopped_at, None, "{name}");
            assert_eq!(
                route.end.as_deref(),
                Some(end.as_str()),
                "{name}: {:?}",
                route.pages
            );
            taken.extend(route.pages.windows(2).map(|w| (w[0].clone(), w[1].clone())));
        }
    }
    assert_every_branch_taken(flow, &taken);
}

fn blue_badge_adult() -> Value {
    walks("blue-badge").0
}

#[test]
fn blue_badge_every_branch_to_every_ending() {
    let flow = services::blue_badge();
    walk_every_branch(&flow, "blue-badge");
    let base = blue_badge_adult();

    // The council comes from the postcode's district, and check answers shows it.
    let given = answers(with(&base, json!({"benefit": "wpms"})));
    let rows = flow.summary(&given, Locale::En, today());
    let council = rows.iter().find(|r| r.question == "council").unwrap();
    assert_eq!(council.shown, "Westminster City Council");
    assert_eq!(council.page, "postcode");
    // Under 16 skips the National Insurance number; 16 today does not.
    let sixteen_today = with(
        &base,
        json!({"benefit": "wpms", "dateOfBirth": {"day": "8", "month": "12", "year": "2010"}}),
    );
    let route = flow.route(&answers(sixteen_today), Locale::En, today());
    assert!(route.pages.iter().any(|p| p == "national-insurance"));
}

#[test]
fn blue_badge_in_welsh_with_wrong_answers_first() {
    let flow = services::blue_badge();
    let base = with(
        &blue_badge_adult(),
        json!({"benefit": "pip", "pipMovingAround": "10"}),
    );
    // Wrong answers stop the walk on their page, with Welsh messages naming the question.
    for (changes, page, message) in [
        (json!({"postcode": "SW1"}), "postcode", "Nodwch god post go iawn yn y DU, e.e. SW1A 2AA"),
        (json!({"dateOfBirth": {"day": "31", "month": "2", "year": "1961"}}), "date-of-birth", "Rhaid i ddyddiad geni’r ymgeisydd fod yn ddyddiad go iawn"),
        (json!({"nationalInsurance": "QQ 12 34 56"}), "national-insurance", "Rhowch rif Yswiriant Gwladol sy’n 2 lythyren, 6 rhif, yna A, B, C neu D, fel QQ 12 34 56 C"),
        (json!({"email": "ceri@example"}), "contact", "Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com"),
        (json!({"who": ""}), "who", "Dewiswch ar gyfer pwy rydych yn gwneud cais"),
    ] {
        let route = flow.route(&answers(with(&base, changes.clone())), Locale::Cy, today());
        let (stopped, problems) = route.stopped_at.unwrap_or_else(|| panic!("{changes}"));
        assert_eq!(stopped, page, "{changes}");
        assert_eq!(problems[0].message, message, "{changes}");
    }
    // Check answers in Welsh: the questions, the sections and the choices' words.
    let rows = flow.summary(&answers(base), Locale::Cy, today());
    let benefit = rows.iter().find(|r| r.question == "benefit").unwrap();
    assert_eq!(
        benefit.label,
        "Pa un o’r budd-daliadau hyn y mae’r ymgeisydd yn ei gael?"
    );
    assert_eq!(benefit.shown, "Taliad Annibyniaeth Personol (PIP)");
    assert_eq!(benefit.section.as_deref(), Some("Eligibility"));
    let born = rows.iter().find(|r| r.question == "dateOfBirth").unwrap();
    assert_eq!(born.shown, "4 Mawrth 1961");
}

#[test]
fn missed_bin_every_branch_to_every_ending() {
    let flow = services::missed_bin();
    walk_every_branch(&flow, "missed-bin");
    let base = walks("missed-bin").0;

    // The collection date: in the last two working days (Friday 4 to Tuesday 8 December:
    // the weekend does not count), not in the future.
    for (date, ok) in [("4", true), ("3", false), ("8", true), ("9", false)] {
        let given = with(
            &base,
            json!({"collectionDate": {"day": date, "month": "12", "year": "2026"}}),
        );
        let route = flow.route(&answers(given), Locale::En, today());
        match (ok, route.stopped_at) {
            (true, None) => {}
            (false, Some((page, problems))) => {
                assert_eq!(page, "collection-date");
                assert_eq!(
                    problems[0].message,
                    "The collection date must be between 4 December 2026 and 8 December 2026"
                );
            }
            (ok, stopped) => panic!("{date}: expected ok {ok}, got {stopped:?}"),
        }
    }
    // Neither email nor phone: the contact question asks for at least one, in Welsh too.
    let route = flow.route(
        &answers(with(&base, json!({"contactBy": []}))),
        Locale::Cy,
        today(),
    );
    let (page, problems) = route.stopped_at.unwrap();
    assert_eq!(page, "contact-by");
    assert_eq!(problems[0].message, "Dewiswch sut y gallwn gysylltu â chi");
    // Too long: more details are limited to 500 characters, and what was typed is kept.
    let long = "a".repeat(501);
    let given = answers(with(&base, json!({"details": long})));
    let route = flow.route(&given, Locale::En, today());
    assert_eq!(
        route.stopped_at.unwrap().1[0].message,
        "More details must be 500 characters or less"
    );
    assert_eq!(
        given["details"],
        civic_patterns::questions::Input::Text("a".repeat(501))
    );
}

#[test]
fn service_counts() {
    // The figures the closing note gives; a change to a service shows here.
    let blue_badge = services::blue_badge();
    let missed_bin = services::missed_bin();
    assert_eq!(
        (blue_badge.pages.len(), blue_badge.branches().len()),
        (31, 49)
    );
    assert_eq!(
        (missed_bin.pages.len(), missed_bin.branches().len()),
        (12, 13)
    );
}

#[test]
fn the_task_list_statuses_follow_the_answers() {
    use civic_patterns::flow::Status::{CannotStart, Completed, InProgress, NotStarted};
    let flow = services::blue_badge();
    let statuses = |given: Value| -> Vec<(String, civic_patterns::flow::Status, String)> {
        flow.sections(&answers(given), Locale::En, today())
            .into_iter()
            .map(|s| (s.name, s.status, s.page))
            .collect()
    };
    let s = |name: &str, status, page: &str| (name.to_owned(), status, page.to_owned());
    assert_eq!(
        statuses(json!({})),
        [
            s("Applicant", NotStarted, "who"),
            s("Eligibility", CannotStart, "benefits"),
            s("Personal details", CannotStart, "name"),
        ]
    );
    assert_eq!(
        statuses(json!({"who": "yourself", "postcode": "SW1A 1AA", "existingBadge": "no"})),
        [
            s("Applicant", Completed, "who"),
            s("Eligibility", NotStarted, "benefits"),
            s("Personal details", CannotStart, "name"),
        ]
    );
    assert_eq!(
        statuses(
            json!({"who": "yourself", "postcode": "SW1A 1AA", "existingBadge": "no",
            "benefit": "pip", "pipMovingAround": "12", "name": {"given": "Ceri", "family": "Jones"}})
        ),
        [
            s("Applicant", Completed, "who"),
            s("Eligibility", Completed, "benefits"),
            s("Personal details", InProgress, "date-of-birth"),
        ]
    );
    assert_eq!(
        statuses(blue_badge_adult_with(json!({"benefit": "wpms"}))),
        [
            s("Applicant", Completed, "who"),
            s("Eligibility", Completed, "benefits"),
            s("Personal details", Completed, "name"),
        ]
    );
}

fn blue_badge_adult_with(changes: Value) -> Value {
    with(&blue_badge_adult(), changes)
}
