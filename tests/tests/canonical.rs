#![cfg(not(target_arch = "wasm32"))]
//! Options written back as JSON (`civic::canonical_options`, the showcase's JSON tabs) say the
//! same as the options they came from: for every govuk-frontend example and every hostile-text
//! case, the written-back JSON renders byte for byte the markup the original renders, and
//! writing it back again changes nothing.

use civic_tests::{fixtures, hostile_cases};

/// Renders `options`, writes them back and renders that; the problem, if any.
fn round_trip(component: &str, label: &str, options: &serde_json::Value) -> Option<String> {
    let original = match civic::render_to_html(component, options) {
        Ok(html) => html,
        // Options Civic refuses have nothing to write back; canonical_options must refuse
        // them the same way.
        Err(error) => {
            return match civic::canonical_options(component, options) {
                Err(same) if same == error => None,
                other => Some(format!(
                    "{label}: render refused ({error}), canonical_options gave {other:?}"
                )),
            };
        }
    };
    let canonical = match civic::canonical_options(component, options) {
        Ok(json) => json,
        Err(error) => return Some(format!("{label}: rendered, but not written back: {error}")),
    };
    match civic::render_to_html(component, &canonical) {
        Ok(html) if html == original => {}
        Ok(html) => {
            return Some(format!(
                "{label}: written back as {canonical}\n  renders {html}\n  not {original}"
            ));
        }
        Err(error) => return Some(format!("{label}: {canonical} is refused: {error}")),
    }
    match civic::canonical_options(component, &canonical) {
        Ok(again) if again == canonical => None,
        other => Some(format!(
            "{label}: written back twice differs: {canonical} then {other:?}"
        )),
    }
}

#[test]
fn every_fixture_written_back_renders_the_same_markup() {
    let mut cases = 0;
    let mut failures = Vec::new();
    for component in civic::COMPONENTS {
        for fixture in fixtures(component) {
            cases += 1;
            let label = format!("{component} “{}”", fixture.name);
            failures.extend(round_trip(component, &label, &fixture.options));
        }
    }
    println!("options written back: {cases} fixtures");
    assert_eq!(cases, 725, "every govuk-frontend fixture is checked");
    assert!(
        failures.is_empty(),
        "{} of {cases}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn hostile_text_written_back_renders_the_same_markup() {
    let cases = hostile_cases();
    assert!(cases.len() > 3000, "the hostile cases were generated");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let label = format!("{} {}", case.component, case.pointer);
            round_trip(&case.component, &label, &case.options)
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {}:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn written_back_options_leave_out_defaults_and_keep_null() {
    let given = serde_json::json!({
        "id": null,
        "name": "postcode",
        "label": {"text": "Postcode", "isPageHeading": false},
        "hint": false,
        "attributes": {
            "data-a": "1", "DATA-A": "2",
            "data-b": {"value": null, "optional": true},
            "data-c": {"value": false, "optional": true}, "DATA-C": "drawn",
        },
    });
    let written = civic::canonical_options("input", &given).unwrap();
    assert_eq!(
        written,
        serde_json::json!({
            // `null` is kept apart from missing: it gives the field `id="null"`.
            "id": null,
            "name": "postcode",
            "label": {"text": "Postcode"},
            // The first of two same-named attributes that are drawn is the one that counts;
            // an optional one that is null or false is not drawn.
            "attributes": {"data-a": "1", "DATA-C": "drawn"},
        })
    );
    let html = |options: &serde_json::Value| civic::render_to_html("input", options).unwrap();
    assert_eq!(html(&written), html(&given));
    assert_eq!(
        civic::canonical_options(
            "input",
            &serde_json::json!({"maxlength": 200, "value": 0.5})
        )
        .unwrap(),
        serde_json::json!({"value": 0.5}),
        "0.5 stays a number (and an input reads no maxlength)"
    );
    assert_eq!(
        civic::canonical_options("character-count", &serde_json::json!({"maxlength": 200}))
            .unwrap()["maxlength"]
            .to_string(),
        "200",
        "a whole number is written as one"
    );
    assert_eq!(
        civic::canonical_options("no-such-thing", &given),
        Err(civic::RenderError::UnknownComponent("no-such-thing".into()))
    );
    let refused = civic::canonical_options("input", &serde_json::json!({"label": 5})).unwrap_err();
    assert!(refused.to_string().starts_with("label"), "{refused}");
}
