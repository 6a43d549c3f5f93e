//! Imports of definitions councils already have (issue #11), on real files no one here wrote
//! (their sources in `imports/SOURCES.md`): each walked with answers, the route expected being
//! the one the format's own runner takes, read from its rules (XGovFormBuilder's
//! `PageControllerBase.getNextPage`, forms-runner's `Step#next_page_slug_after_routing`).

use civic::Locale;
use civic_patterns::flow::import::{load, Format};
use civic_patterns::flow::{Answers, Flow};
use civic_patterns::questions::date::Date;
use serde_json::{json, Value};

fn today() -> Date {
    Date::new(2026, 12, 7).unwrap()
}

fn file(name: &str) -> String {
    let path = format!("{}/tests/imports/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn import(name: &str) -> (Flow, Format) {
    load(&file(name)).unwrap_or_else(|problems| panic!("{name}: {problems:#?}"))
}

/// The pages visited, the end reached and the page stopped at.
fn walk(flow: &Flow, answers: Value) -> (Vec<String>, Option<String>, Option<String>) {
    let answers: Answers = serde_json::from_value(answers).expect("answers");
    let route = flow.route(&answers, Locale::En, today());
    (
        route.pages,
        route.end,
        route.stopped_at.map(|(page, _)| page),
    )
}

fn pages(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

#[test]
fn xgov_a_passing_condition_wins_over_the_unconditional_link_listed_first() {
    let (flow, format) = import("xgov-report-a-terrorist.json");
    assert_eq!(format, Format::XGovFormBuilder);
    // "/do-you-have-a-link-to-the-evidence" lists the unconditional link first; the runner
    // still takes the conditional one when "doyouhavealink" is "yes".
    let (route, end, stopped) = walk(
        &flow,
        json!({"doyouhavealink": "yes", "blarGGH": "https://example.com/post",
               "LU6RMD": "no", "evZ-IJ": "Seen on a forum"}),
    );
    assert_eq!(
        route,
        pages(&[
            "/do-you-have-a-link-to-the-evidence",
            "/yes-i-have-a-link-to-the-material",
            "/do-you-have-any-evidence",
            "/is-there-anything-else-you-can-tell-us",
            "/summary",
        ])
    );
    assert_eq!((end.as_deref(), stopped), (Some("/summary"), None));

    // "no" takes the unconditional link; a file answers the upload page.
    let (route, _, stopped) = walk(
        &flow,
        json!({"doyouhavealink": "no", "LU6RMD": "yes",
               "koE_ae": {"name": "photo.jpg", "size": "20480", "type": "image/jpeg"}}),
    );
    assert_eq!(
        route,
        pages(&[
            "/do-you-have-a-link-to-the-evidence",
            "/do-you-have-any-evidence",
            "/yes-i-have-evidence",
            "/is-there-anything-else-you-can-tell-us",
            "/summary",
        ])
    );
    // The last page's text field has `required: false`.
    assert_eq!(stopped, None);
    // The link page's text field is required.
    let (_, _, stopped) = walk(&flow, json!({"doyouhavealink": "yes"}));
    assert_eq!(
        stopped.as_deref(),
        Some("/yes-i-have-a-link-to-the-material")
    );
    // Check answers names sections by their titles.
    let rows = flow.summary(
        &serde_json::from_value(json!({"doyouhavealink": "no"})).unwrap(),
        Locale::En,
        today(),
    );
    assert_eq!(rows[0].section.as_deref(), Some("Evidence"));
    assert_eq!(rows[0].shown, "No, I don't have a link");
}

#[test]
fn xgov_expressions_sections_and_numbers_from_a_list() {
    let (flow, _) = import("xgov-test.json");
    let person = |first: &str| json!({"firstName": first, "lastName": "Jones"});
    let address =
        json!({"addressLine1": "1 High Street", "town": "Cardiff", "postcode": "cf10 1aa"});
    // Three applicants: "numberOfApplicants > 2" holds, "> 3" does not. The names asked in
    // every applicant's section are kept apart as `section.field`, as the runner keeps them.
    let mut answers = json!({
        "ukPassport": "true", "numberOfApplicants": "3",
        "phoneNumber": "029 2000 0000", "emailAddress": "a@example.com",
    });
    for section in [
        "applicantOneDetails",
        "applicantTwoDetails",
        "applicantThreeDetails",
    ] {
        for (field, value) in person("Ceri").as_object().unwrap() {
            answers[format!("{section}.{field}")] = value.clone();
        }
        answers[format!("{section}.address")] = address.clone();
    }
    let (route, end, stopped) = walk(&flow, answers.clone());
    assert_eq!(stopped, None);
    assert_eq!(
        route,
        pages(&[
            "/start",
            "/uk-passport",
            "/how-many-people",
            "/applicant-one",
            "/applicant-one-address",
            "/applicant-two",
            "/applicant-two-address",
            "/applicant-three",
            "/applicant-three-address",
            "/contact-details",
            "/summary",
        ])
    );
    assert_eq!(end.as_deref(), Some("/summary"));
    // XGovFormBuilder's address parts are read as Civic's; the postcode is normalised.
    let rows = flow.summary(
        &serde_json::from_value(answers).unwrap(),
        Locale::En,
        today(),
    );
    let address_row = rows
        .iter()
        .find(|r| r.question == "applicantOneDetails.address")
        .unwrap();
    assert_eq!(address_row.shown, "1 High Street\nCardiff\nCF10 1AA");

    // "ukPassport==false" leads to the page with no questions and no next: an exit.
    let (route, end, _) = walk(&flow, json!({"ukPassport": "false"}));
    assert_eq!(route, pages(&["/start", "/uk-passport", "/no-uk-passport"]));
    assert_eq!(end.as_deref(), Some("/no-uk-passport"));
}

#[test]
fn govuk_forms_skip_to_the_end_and_go_on_otherwise() {
    let (flow, format) = import("govuk-forms-skip-route-form.json");
    assert_eq!(format, Format::GovukForms);
    let (route, end, _) = walk(&flow, json!({"17": "Yes"}));
    assert_eq!(route, pages(&["17", "check-your-answers"]));
    assert_eq!(end.as_deref(), Some("check-your-answers"));
    let (route, _, stopped) = walk(&flow, json!({"17": "No"}));
    assert_eq!(route, pages(&["17", "18"]));
    assert_eq!(stopped.as_deref(), Some("18"));
    let (route, _, _) = walk(&flow, json!({"17": "No", "18": "Siân Llewellyn"}));
    assert_eq!(route, pages(&["17", "18", "check-your-answers"]));
}

#[test]
fn govuk_forms_exit_pages_branches_and_the_secondary_skip() {
    let (flow, _) = import("govuk-forms-branch-route-form.json");
    // "No" on 27 is an exit page, with the form's own heading.
    let (route, end, _) = walk(&flow, json!({"27": "No"}));
    assert_eq!(route, pages(&["27", "27-exit"]));
    assert_eq!(end.as_deref(), Some("27-exit"));
    let exit = flow.page("27-exit").unwrap();
    assert_eq!(
        exit.title.get(Locale::En),
        "You are not eligible to submit this form"
    );
    // "Once" goes on to 29 and 30, whose condition with no answer value (the secondary
    // skip closing the branch) jumps past 31 to 32.
    let (route, _, _) = walk(
        &flow,
        json!({"27": "Yes", "28": "Once", "29": "Ceri Jones", "30": "ceri@example.com", "32": "42"}),
    );
    assert_eq!(
        route,
        pages(&["27", "28", "29", "30", "32", "check-your-answers"])
    );
    // "More than once" branches to 31.
    let (route, _, _) = walk(
        &flow,
        json!({"27": "Yes", "28": "More than once", "31": "ABC-123", "32": "42"}),
    );
    assert_eq!(
        route,
        pages(&["27", "28", "31", "32", "check-your-answers"])
    );
}

#[test]
fn govuk_forms_every_answer_type_reads_as_the_runner_takes_it() {
    let (flow, _) = import("govuk-forms-all-question-types.json");
    let kinds: Vec<String> = flow
        .pages
        .iter()
        .flat_map(|p| &p.questions)
        .map(|q| {
            serde_json::to_value(&q.kind).unwrap()["type"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert!(kinds.len() >= 8, "{kinds:?}");
    // Its selection has `only_one_option: "0"`: checkboxes, as forms-runner reads anything
    // but "true".
    for expected in [
        "text",
        "date",
        "address",
        "email",
        "phone",
        "number",
        "nationalInsuranceNumber",
        "chooseSeveral",
    ] {
        assert!(
            kinds.iter().any(|k| k == expected),
            "{expected} in {kinds:?}"
        );
    }
}

#[test]
fn what_cannot_map_is_listed_at_once_with_paths() {
    // XGovFormBuilder's own component gallery: times cannot map, everything else does.
    let problems = load(&file("xgov-components.json")).unwrap_err();
    let listed: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        listed,
        [
            "pages[0].components[5].type: Civic cannot map a TimeField",
            "pages[0].components[6].type: Civic cannot map a DateTimeField",
            "pages[0].components[7].type: Civic cannot map a DateTimePartsField",
            "pages[1].components[5].type: Civic cannot map a TimeField",
            "pages[1].components[6].type: Civic cannot map a DateTimeField",
            "pages[1].components[7].type: Civic cannot map a DateTimePartsField",
        ]
    );
    let problems = load(&file("xgov-multi-start-page-example.json")).unwrap_err();
    assert_eq!(problems.len(), 4);
    assert!(problems
        .iter()
        .all(|p| p.path.ends_with(".startPageNavigation")));

    // GOV.UK Forms: an international address, a follow-up on "None of the above", a route on
    // a checkbox question and an unknown answer type, all in one refusal.
    let document = json!({
        "name": "Hostile", "start_page": "a",
        "steps": [
            {"id": "a", "position": 1, "next_step_id": "b", "type": "question_page",
             "data": {"question_text": "Where do you live?", "answer_type": "address",
                      "answer_settings": {"input_type": {"uk_address": "true", "international_address": "true"}}},
             "routing_conditions": []},
            {"id": "b", "position": 2, "next_step_id": "c", "type": "question_page",
             "data": {"question_text": "Which bins?", "answer_type": "selection", "is_optional": true,
                      "answer_settings": {"only_one_option": "false",
                        "selection_options": [{"name": "Food"}, {"name": "Glass"}],
                        "none_of_the_above_question": {"question_text": "What else?", "is_optional": "false"}}},
             "routing_conditions": [{"answer_value": "Food", "goto_page_id": "c", "skip_to_end": false}]},
            {"id": "c", "position": 3, "next_step_id": null, "type": "question_page",
             "data": {"question_text": "Your signature", "answer_type": "signature"},
             "routing_conditions": []}
        ]
    });
    let problems = load(&document.to_string()).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "steps[0].data.answer_settings.input_type.international_address",
            "steps[1].data.answer_settings.none_of_the_above_question",
            "steps[1].routing_conditions[0].answer_value",
            "steps[2].data.answer_type",
        ]
    );
}

#[test]
fn xgov_conditions_in_every_form_and_broken_ones_refused_without_panicking() {
    let form = |condition: Value| {
        json!({
            "startPage": "/a",
            "pages": [
                {"path": "/a", "title": "A", "section": "s", "components": [
                    {"type": "NumberField", "name": "age", "title": "Age", "options": {}, "schema": {}},
                    {"type": "CheckboxesField", "name": "bins", "title": "Bins", "list": "bins", "options": {}, "schema": {}},
                    {"type": "DatePartsField", "name": "when", "title": "When", "options": {}, "schema": {}}],
                 "next": [{"path": "/b"}, {"path": "/c", "condition": "test"}]},
                {"path": "/b", "title": "B", "components": [], "next": []},
                {"path": "/c", "title": "C", "components": [], "next": []}
            ],
            "lists": [{"name": "bins", "title": "Bins", "type": "string",
                       "items": [{"text": "Food", "value": "food"}, {"text": "Glass", "value": "glass"}]}],
            "sections": [{"name": "s", "title": "S"}],
            "conditions": [
                {"name": "test", "displayName": "test", "value": condition},
                {"name": "adult", "displayName": "adult", "value": "s.age >= 18"}
            ]
        })
        .to_string()
    };
    let goes_to = |condition: Value, answers: Value| -> String {
        let (flow, _) =
            load(&form(condition.clone())).unwrap_or_else(|p| panic!("{condition}: {p:?}"));
        walk(&flow, answers).0.last().cloned().unwrap()
    };
    let answers = json!({"age": "20", "bins": ["glass"], "when": {"day": "1", "month": "12", "year": "2026"}});
    for (condition, expected) in [
        (json!("s.age >= 18 and 'glass' in s.bins"), "/c"),
        (json!("s.age < 18 or not ('glass' in s.bins)"), "/b"),
        (json!("(s.age > 30 or s.age == 20) && adult"), "/c"),
        (json!("s.when < '2026-12-02'"), "/c"),
        (json!("s.when > '2026-12-02'"), "/b"),
        // The designer's object form: "and" binds tighter than "or".
        (
            json!({"name": "t", "conditions": [
            {"field": {"name": "s.age", "type": "NumberField"}, "operator": "is less than", "value": {"type": "Value", "value": "18"}},
            {"coordinator": "and", "field": {"name": "s.bins", "type": "CheckboxesField"}, "operator": "contains", "value": {"type": "Value", "value": "food"}},
            {"coordinator": "or", "conditionName": "adult"}]}),
            "/c",
        ),
        (
            json!({"name": "t", "conditions": [
            {"field": {"name": "s.when", "type": "DatePartsField"}, "operator": "is", "value": {"type": "Value", "value": "2026-12-01"}}]}),
            "/c",
        ),
    ] {
        assert_eq!(
            goes_to(condition.clone(), answers.clone()),
            expected,
            "{condition}"
        );
    }
    // Broken conditions: each refused with its path, none panics.
    for (condition, says) in [
        (json!("s.age == 'unclosed"), "not closed"),
        (json!("test"), "in terms of itself"),
        (json!("s.nothing == 1"), "no field"),
        (json!("s.age >= "), "ends too soon"),
        (json!("length(s.age) > 2"), "function length"),
        (
            json!(format!(
                "{}s.age == 1{}",
                "(".repeat(100_000),
                ")".repeat(100_000)
            )),
            "nests more than",
        ),
        (
            json!(format!("{}s.age == 1", "not ".repeat(100_000))),
            "nests more than",
        ),
        (
            json!({"name": "t", "conditions": [
            {"field": {"name": "s.when", "type": "DatePartsField"}, "operator": "is at least",
             "value": {"type": "RelativeTime", "timePeriod": "18", "timeUnit": "years", "direction": "in the past"}}]}),
            "relative",
        ),
    ] {
        let problems = load(&form(condition.clone())).unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains(says) && p.path.starts_with("conditions[0]")),
            "{condition}: {problems:?}"
        );
    }
}

#[test]
fn formats_are_told_apart_by_shape() {
    for (name, format) in [
        ("xgov-test.json", Format::XGovFormBuilder),
        ("govuk-forms-skip-route-form.json", Format::GovukForms),
    ] {
        let json: Value = serde_json::from_str(&file(name)).unwrap();
        assert_eq!(Format::detect(&json), format, "{name}");
    }
    let civic = json!({"id": "x", "pages": [{"id": "a", "end": "confirmation"}]});
    assert_eq!(Format::detect(&civic), Format::Civic);
}
