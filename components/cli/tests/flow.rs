//! `civic flow check` and `civic flow walk`, as a prototyper runs them (issue #11).

use std::process::Command;

fn civic(args: &[&str]) -> (String, String, bool) {
    let output = Command::new(env!("CARGO_BIN_EXE_civic"))
        .args(args)
        .output()
        .expect("civic starts");
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
        output.status.success(),
    )
}

const FLOW: &str = r#"{"id": "missed-bin", "pages": [
 {"id": "bins", "section": "Collection", "questions": [{"name": "bins", "label": "which bins were missed",
   "type": "chooseSeveral", "options": ["general", "recycling", "garden"]}], "then": "out"},
 {"id": "out", "section": "Collection", "questions": [{"name": "out", "label": "if the bin was out by 6am",
   "type": "chooseOne", "options": ["yes", "no"]}],
  "next": [{"when": {"question": "out", "equals": "no"}, "goTo": "not-collected"}], "then": "when"},
 {"id": "when", "section": "Collection", "questions": [{"name": "when", "label": "the collection date", "type": "date",
   "earliest": "2026-11-26"}], "then": "email"},
 {"id": "email", "section": "Contact", "questions": [{"name": "email", "label": "your email address", "type": "email"}], "then": "check"},
 {"id": "check", "end": "confirmation"},
 {"id": "not-collected", "end": "exit"}]}"#;

#[test]
fn flow_check_and_walk() {
    let dir = std::env::temp_dir().join(format!("civic-flow-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let flow = write("flow.json", FLOW);
    let (out, _, ok) = civic(&["flow", "check", &flow]);
    assert!(ok && out.contains("a sound Civic flow of 6 pages"), "{out}");

    let broken = write(
        "broken.json",
        &FLOW.replace(r#""then": "check""#, r#""then": "chek""#),
    );
    let (_, err, ok) = civic(&["flow", "check", &broken]);
    assert!(!ok);
    assert_eq!(
        err.trim(),
        format!(
            "civic: {broken}: the Civic flow has 1 problem:\n  pages[3].then: no page \"chek\""
        )
    );

    // A full walk: every page, the confirmation, and check answers' rows in route order.
    let answers = write(
        "answers.json",
        r#"{"bins": ["garden", "general"], "out": "yes", "when": {"day": "27", "month": "Nov", "year": "2026"},
            "email": " bins@example.com "}"#,
    );
    let (out, _, ok) = civic(&[
        "flow",
        "walk",
        &flow,
        "--answers",
        &answers,
        "--today",
        "2026-11-28",
    ]);
    assert!(ok);
    let walk: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        walk["pages"],
        serde_json::json!(["bins", "out", "when", "email", "check"])
    );
    assert_eq!(walk["end"], "check");
    assert_eq!(walk["stopped_at"], serde_json::Value::Null);
    assert_eq!(
        walk["summary"][0]["answer"],
        serde_json::json!(["general", "garden"])
    );
    assert_eq!(
        walk["summary"][2]["answer"],
        serde_json::json!({"year": 2026, "month": 11, "day": 27})
    );
    assert_eq!(walk["summary"][3]["answer"], "bins@example.com");
    assert_eq!(walk["summary"][3]["section"], "Contact");

    // A date too early stops the walk there, with the message.
    let early = write(
        "early.json",
        r#"{"bins": ["general"], "out": "yes", "when": {"day": "1", "month": "11", "year": "2026"}}"#,
    );
    let (out, _, ok) = civic(&[
        "flow",
        "walk",
        &flow,
        "--answers",
        &early,
        "--today",
        "2026-11-28",
    ]);
    assert!(ok);
    let walk: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(walk["stopped_at"], "when");
    assert_eq!(walk["end"], serde_json::Value::Null);
    assert_eq!(
        walk["errors"][0]["message"],
        "The collection date must be the same as or after 26 November 2026"
    );
    assert_eq!(walk["errors"][0]["part"], "day");
    assert_eq!(walk["errors"][0]["question"], "when");

    // The exit page ends the walk.
    let late = write("late.json", r#"{"bins": ["general"], "out": "no"}"#);
    let (out, _, _) = civic(&["flow", "walk", &flow, "--answers", &late]);
    assert!(out.contains(r#""end":"not-collected""#), "{out}");

    // Answers of the wrong shape are named by their key.
    let wrong = write("wrong.json", r#"{"bins": 3}"#);
    let (_, err, ok) = civic(&["flow", "walk", &flow, "--answers", &wrong]);
    assert!(
        !ok && err.contains(
            "wrong.json: bins: expected a string, a list of strings or an object of strings"
        ),
        "{err}"
    );
    let (_, err, ok) = civic(&[
        "flow",
        "walk",
        &flow,
        "--answers",
        &answers,
        "--today",
        "28/11/2026",
    ]);
    assert!(
        !ok && err.contains("is not a date: write YYYY-MM-DD"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// XGovFormBuilder and GOV.UK Forms definitions, recognised by shape and walked by the
/// answers' own names: a component's `name`, a step's id.
#[test]
fn flow_walk_reads_xgov_and_govuk_forms_definitions() {
    let imports = concat!(env!("CARGO_MANIFEST_DIR"), "/../../patterns/tests/imports");
    let dir = std::env::temp_dir().join(format!("civic-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let answers = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let xgov = format!("{imports}/xgov-report-a-terrorist.json");
    let (out, err, ok) = civic(&["flow", "check", &xgov]);
    assert!(
        ok && out.contains("a sound XGovFormBuilder form definition of 6 pages"),
        "{out}{err}"
    );
    let given = answers(
        "xgov.json",
        r#"{"doyouhavealink": "yes", "blarGGH": "https://example.com", "LU6RMD": "no"}"#,
    );
    let (out, err, ok) = civic(&[
        "flow",
        "walk",
        &xgov,
        "--answers",
        &given,
        "--today",
        "2026-12-07",
    ]);
    assert!(ok, "{err}");
    let walk: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        walk["pages"],
        serde_json::json!([
            "/do-you-have-a-link-to-the-evidence",
            "/yes-i-have-a-link-to-the-material",
            "/do-you-have-any-evidence",
            "/is-there-anything-else-you-can-tell-us",
            "/summary"
        ])
    );
    assert_eq!(walk["end"], "/summary");

    let forms = format!("{imports}/govuk-forms-branch-route-form.json");
    let given = answers("forms.json", r#"{"27": "No"}"#);
    let (out, _, ok) = civic(&["flow", "walk", &forms, "--answers", &given]);
    assert!(ok);
    let walk: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(walk["pages"], serde_json::json!(["27", "27-exit"]));
    assert_eq!(walk["end"], "27-exit");

    // What cannot map is one error, every item named by its path in the source.
    let (_, err, ok) = civic(&["flow", "check", &format!("{imports}/xgov-components.json")]);
    assert!(!ok);
    assert!(
        err.contains("the XGovFormBuilder form definition has 6 problems:")
            && err.contains("pages[0].components[5].type: Civic cannot map a TimeField"),
        "{err}"
    );
}

/// `civic css --patterns` adds the step by step's styles; without it a page carries none.
#[test]
fn css_adds_the_patterns_styles_when_asked() {
    let (plain, _, ok) = civic(&["css", "--theme", "civic"]);
    assert!(ok && plain.contains(".govuk-button") && !plain.contains(".app-step-nav"));
    let (with, _, ok) = civic(&["css", "--theme", "anytown", "--patterns"]);
    assert!(
        ok && with.contains(".app-step-nav__circle--number"),
        "{}",
        &with[..200.min(with.len())]
    );
}
