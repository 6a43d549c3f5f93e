//! The flow engine (issue #11): routes, visiting rules, back links, change-and-return, check
//! answers, and the checks on a definition, each problem named with its JSON path.

use civic::Locale;
use civic_patterns::flow::{Answers, Flow};
use civic_patterns::questions::date::Date;
use civic_patterns::questions::Input;
use serde_json::json;

fn today() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

/// A small missed-bin flow: which bins, was it out by 6am (no: exit), garden waste asks
/// about the subscription, then contact, check answers and confirmation.
fn missed_bin() -> serde_json::Value {
    json!({
        "id": "missed-bin",
        "title": "Report a missed bin collection",
        "pages": [
            {"id": "bins", "section": "Collection", "questions": [{"name": "bins", "label": "which bins were missed",
                "type": "chooseSeveral", "options": ["general", "recycling", "garden"]}],
             "then": "out"},
            {"id": "out", "section": "Collection", "questions": [{"name": "out", "label": "if the bin was out by 6am",
                "type": "chooseOne", "options": ["yes", "no"]}],
             "next": [
                {"when": {"question": "out", "equals": "no"}, "goTo": "not-collected"},
                {"when": {"question": "bins", "contains": "garden"}, "goTo": "subscription"}
             ],
             "then": "email"},
            {"id": "subscription", "section": "Collection", "questions": [{"name": "permit", "label": "your garden waste permit number",
                "type": "number", "min": 1}],
             "then": "email"},
            {"id": "email", "section": "Contact", "questions": [{"name": "email", "label": "your email address", "type": "email"}],
             "then": "check"},
            {"id": "check", "end": "confirmation"},
            {"id": "not-collected", "end": "exit"}
        ]
    })
}

fn flow() -> Flow {
    Flow::from_json(&missed_bin().to_string()).expect("a sound flow")
}

fn answers(pairs: &[(&str, Input)]) -> Answers {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

fn many(values: &[&str]) -> Input {
    Input::Many(values.iter().map(|v| v.to_string()).collect())
}

#[test]
fn answers_choose_the_route_and_stop_at_the_first_unanswered_page() {
    let flow = flow();
    let route = |a: &Answers| flow.route(a, Locale::En, today());

    let done = answers(&[
        ("bins", many(&["general"])),
        ("out", "yes".into()),
        ("email", "a@b.co".into()),
    ]);
    let r = route(&done);
    assert_eq!(r.pages, ["bins", "out", "email", "check"]);
    assert_eq!(r.end.as_deref(), Some("check"));
    assert!(r.stopped_at.is_none());

    // The first rule that holds wins: not out by 6am ends at the exit page, whatever the bins.
    let late = answers(&[("bins", many(&["garden"])), ("out", "no".into())]);
    assert_eq!(route(&late).pages, ["bins", "out", "not-collected"]);
    assert_eq!(route(&late).end.as_deref(), Some("not-collected"));

    let garden = answers(&[
        ("bins", many(&["garden", "general"])),
        ("out", "yes".into()),
    ]);
    let r = route(&garden);
    assert_eq!(r.pages, ["bins", "out", "subscription"]);
    let (page, problems) = r.stopped_at.unwrap();
    assert_eq!(page, "subscription");
    assert_eq!(problems[0].message, "Enter your garden waste permit number");

    // A wrong answer stops the route where it was given.
    let wrong = answers(&[
        ("bins", many(&["general"])),
        ("out", "yes".into()),
        ("email", "not an email".into()),
    ]);
    let (page, problems) = route(&wrong).stopped_at.unwrap();
    assert_eq!(page, "email");
    assert_eq!(
        problems[0].message,
        "Enter an email address in the correct format, like name@example.com"
    );
}

#[test]
fn no_skipping_ahead_and_back_follows_the_route() {
    let flow = flow();
    let some = answers(&[("bins", many(&["general"]))]);
    assert_eq!(flow.may_visit("out", &some, Locale::En, today()), Ok(()));
    assert_eq!(flow.may_visit("bins", &some, Locale::En, today()), Ok(()));
    // Ahead of the first unanswered page, or off the route: sent to the first unanswered.
    assert_eq!(
        flow.may_visit("email", &some, Locale::En, today()),
        Err("out".into())
    );
    assert_eq!(
        flow.may_visit("check", &some, Locale::En, today()),
        Err("out".into())
    );
    assert_eq!(
        flow.may_visit("nowhere", &some, Locale::En, today()),
        Err("out".into())
    );

    // Back is the previous page on the route, whichever way the person came.
    let garden = answers(&[
        ("bins", many(&["garden"])),
        ("out", "yes".into()),
        ("permit", "12".into()),
    ]);
    assert_eq!(
        flow.back("email", &garden, Locale::En, today()).as_deref(),
        Some("subscription")
    );
    let general = answers(&[
        ("bins", many(&["general"])),
        ("out", "yes".into()),
        ("permit", "12".into()),
    ]);
    assert_eq!(
        flow.back("email", &general, Locale::En, today()).as_deref(),
        Some("out")
    );
    assert_eq!(flow.back("bins", &general, Locale::En, today()), None);
}

#[test]
fn change_and_return_asks_new_questions_first_and_keeps_answers_off_the_route() {
    let flow = flow();
    let mut given = answers(&[
        ("bins", many(&["general"])),
        ("out", "yes".into()),
        ("email", "a@b.co".into()),
    ]);
    // Changing the email from check answers returns there.
    assert_eq!(
        flow.after("email", &given, Some("check"), Locale::En, today())
            .as_deref(),
        Some("check")
    );
    // Adding garden waste opens the permit question: it is asked before going back.
    given.insert("bins".into(), many(&["general", "garden"]));
    assert_eq!(
        flow.after("bins", &given, Some("check"), Locale::En, today())
            .as_deref(),
        Some("subscription")
    );
    given.insert("permit".into(), "4471".into());
    assert_eq!(
        flow.after("subscription", &given, Some("check"), Locale::En, today())
            .as_deref(),
        Some("check")
    );
    let rows = flow.summary(&given, Locale::En, today());
    let shown: Vec<&str> = rows.iter().map(|r| r.question.as_str()).collect();
    assert_eq!(shown, ["bins", "out", "permit", "email"]);
    assert_eq!(rows[2].section.as_deref(), Some("Collection"));
    assert_eq!(rows[3].section.as_deref(), Some("Contact"));

    // Taking garden waste out again leaves the permit off check answers, but keeps it:
    // putting garden waste back restores it without asking again.
    given.insert("bins".into(), many(&["general"]));
    let shown: Vec<String> = flow
        .summary(&given, Locale::En, today())
        .into_iter()
        .map(|r| r.question)
        .collect();
    assert_eq!(shown, ["bins", "out", "email"]);
    assert!(given.contains_key("permit"));
    given.insert("bins".into(), many(&["garden"]));
    assert_eq!(
        flow.route(&given, Locale::En, today()).end.as_deref(),
        Some("check")
    );
}

/// The problems a definition is refused with, as `path: message`.
fn refused(definition: serde_json::Value) -> Vec<String> {
    Flow::from_json(&definition.to_string())
        .expect_err("the definition should be refused")
        .into_iter()
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn a_definition_is_checked_and_each_problem_named_by_its_path() {
    let mut d = missed_bin();
    d["pages"][1]["next"][1]["goTo"] = "subscriptoin".into();
    d["pages"][3]["then"] = "chek".into();
    d["pages"][2]["id"] = "bins".into();
    assert_eq!(
        refused(d),
        [
            "pages[2].id: \"bins\" is also the id of pages[0]",
            "pages[1].next[1].goTo: no page \"subscriptoin\"",
            "pages[3].then: no page \"chek\"",
        ]
    );

    let mut d = missed_bin();
    d["pages"][1]["next"][0]["when"] = json!({"question": "out", "equals": "maybe"});
    d["pages"][1]["next"][1]["when"] = json!({"question": "bin", "contains": "garden"});
    d["pages"][2]["questions"][0]["name"] = "email".into();
    assert_eq!(
        refused(d),
        [
            "pages[3].questions[0].name: \"email\" is also asked on pages[2]",
            "pages[1].next[0].when.equals: \"maybe\" is not one of out's options (yes, no)",
            "pages[1].next[1].when.question: no question \"bin\"",
        ]
    );

    let mut d = missed_bin();
    d["pages"][1]["next"][0]["when"] = json!({"question": "out", "equals": "no", "contains": "no"});
    d["pages"][1]["next"][1]["when"] = json!({"all": [{"answered": "email"}, {"equals": "yes"}, {"question": "out", "before": "yesterday"}]});
    assert_eq!(
        refused(d),
        [
            "pages[1].next[0].when: give exactly one test (equals, oneOf, contains, greaterThan, lessThan, atLeast, atMost, before, after, answered, not, all, any), not equals and contains",
            "pages[1].next[1].when.all[1].question: \"equals\" compares an answer: name its question",
            "pages[1].next[1].when.all[2].before: \"yesterday\" is not a date bound: write a date (\"2026-11-28\"), \"today\", or a number of days, working days, weeks, months or years \"ago\" or \"from today\" (\"2 working days ago\")",
        ]
    );

    // Graph faults: a loop, a page nothing reaches, and a page with no way to an end.
    let mut d = missed_bin();
    d["pages"][3]["then"] = "bins".into();
    d["pages"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "orphan", "then": "check"}));
    assert_eq!(
        refused(d),
        [
            // Sending email back to bins also leaves check answers out of every route.
            "pages[4]: no route reaches \"check\"",
            "pages[6]: no route reaches \"orphan\"",
            "pages[3]: \"email\" leads back to \"bins\": a flow may not loop",
        ]
    );
    let mut d = missed_bin();
    d["pages"][4] = json!({"id": "check", "then": "email"});
    d["pages"][5] = json!({"id": "not-collected", "then": "email"});
    let problems = refused(d);
    assert!(
        problems.contains(
            &"pages: no page ends the flow: give one \"end\": \"confirmation\" (or \"exit\")"
                .to_owned()
        ),
        "{problems:#?}"
    );

    let mut d = missed_bin();
    d["pages"][3].as_object_mut().unwrap().remove("then");
    d["pages"][4]["then"] = "email".into();
    assert_eq!(
        refused(d),
        [
            "pages[3]: no page follows \"email\" when no rule holds: give \"then\", or \"end\" if it ends the flow",
            "pages[4].next: an end page leads nowhere; remove its next pages",
        ]
    );
}

#[test]
fn malformed_definitions_are_refused_without_panicking() {
    // Each refusal is named by the JSON path where reading stopped.
    let refused_file = |text: &str, path: &str| -> String {
        let errors = Flow::from_json(text).expect_err("refused");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, path);
        errors[0].message.clone()
    };
    assert!(refused_file("{", "(file)").contains("EOF"));
    assert!(refused_file("[]", "(file)").contains("expected struct Flow"));
    let mut d = missed_bin();
    d["pages"][0]["questions"][0]["type"] = "colour".into();
    assert!(
        refused_file(&d.to_string(), "pages[0].questions[0]").contains("unknown variant `colour`")
    );
    let mut d = missed_bin();
    d["pages"][0]["nxet"] = json!([]);
    assert!(refused_file(&d.to_string(), "pages[0].nxet").contains("unknown field `nxet`"));
    assert_eq!(
        refused(json!({"id": "empty", "pages": []})),
        ["pages: a flow needs at least one page"]
    );
}

#[test]
fn an_add_another_page_takes_one_answer_per_item_within_its_bounds() {
    let flow = Flow::from_json(
        &json!({
            "id": "household",
            "pages": [
                {"id": "children", "repeat": {"max": 3, "item": "child"},
                 "questions": [{"name": "child", "label": "the child’s full name", "type": "name"}],
                 "next": [{"when": {"answered": "child"}, "goTo": "done"}],
                 "then": "done"},
                {"id": "done", "end": "confirmation"}
            ]
        })
        .to_string(),
    )
    .expect("a sound flow");
    let route = |items: Input| flow.route(&answers(&[("child", items)]), Locale::En, today());
    // A list of strings is a list of one-box items.
    let two = route(many(&["Ceri Jones", "Sam Jones"]));
    assert_eq!(two.end.as_deref(), Some("done"));
    let summary = flow.summary(
        &answers(&[("child", many(&["Ceri Jones", "Sam Jones"]))]),
        Locale::En,
        today(),
    );
    assert_eq!(summary.len(), 1);
    assert_eq!(
        serde_json::to_value(&summary[0].answer).unwrap(),
        json!([{"name": "Ceri Jones"}, {"name": "Sam Jones"}])
    );
    // Each wrong item is named by its index; too many items is one problem.
    let wrong = route(Input::Items(vec![
        Input::from("Ceri Jones"),
        Input::from(" "),
        Input::from("A"),
        Input::from("B"),
    ]));
    let (page, problems) = wrong.stopped_at.expect("stopped");
    assert_eq!(page, "children");
    assert_eq!(problems[0].item, Some(1));
    assert_eq!(problems[0].message, "Enter your full name");
    assert_eq!(
        problems.last().unwrap().message,
        "You can add no more than 3 answers to the child’s full name"
    );
    // None at all: the question is required.
    assert!(route(many(&[])).stopped_at.is_some());

    // An "add another" page asks one question, and conditions can only ask if it is answered.
    let errors = Flow::from_json(
        &json!({
            "id": "household",
            "pages": [
                {"id": "children", "repeat": {"max": 0},
                 "questions": [
                    {"name": "child", "label": "the child", "type": "text"},
                    {"name": "age", "label": "the age", "type": "number"}],
                 "next": [{"when": {"question": "age", "atLeast": 16}, "goTo": "done"}],
                 "then": "done"},
                {"id": "done", "end": "confirmation"}
            ]
        })
        .to_string(),
    )
    .unwrap_err();
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "pages[0].questions",
            "pages[0].repeat.max",
            "pages[0].next[0].when.atLeast"
        ],
        "{errors:?}"
    );
}
