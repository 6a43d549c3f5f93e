#![cfg(not(target_arch = "wasm32"))]
//! Beyond the fixtures: variations of every fixture (options removed, set to falsy values,
//! texts changed, flags flipped, list items dropped) render the same DOM in Civic as in
//! govuk-frontend's own Nunjucks macros, run through Node.

use civic_tests::{dom_difference, fixtures, run_nunjucks};
use serde_json::{json, Map, Value};

const NEW_TEXT: &str = "Newid <b>hwn</b> & \"that\"";

/// Deterministic variations of one fixture's options.
fn variations(options: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    let Some(map) = options.as_object() else {
        return out;
    };
    for (key, value) in map {
        let mut removed = map.clone();
        removed.remove(key);
        out.push(Value::Object(removed));
        for falsy in [json!(null), json!(false), json!("")] {
            let mut changed = map.clone();
            changed.insert(key.clone(), falsy);
            out.push(Value::Object(changed));
        }
        match value {
            Value::Bool(b) => {
                let mut flipped = map.clone();
                flipped.insert(key.clone(), json!(!b));
                out.push(Value::Object(flipped));
            }
            Value::String(_) => {
                let mut changed = map.clone();
                changed.insert(key.clone(), json!(NEW_TEXT));
                out.push(Value::Object(changed));
            }
            Value::Array(items) if !items.is_empty() => {
                let mut fewer = map.clone();
                fewer.insert(key.clone(), Value::Array(items[1..].to_vec()));
                out.push(Value::Object(fewer));
                let mut nulled = items.clone();
                nulled[0] = json!(null);
                let mut with_null = map.clone();
                with_null.insert(key.clone(), Value::Array(nulled));
                out.push(Value::Object(with_null));
                if let Some(first) = items[0].as_object() {
                    for (item_key, item_value) in first {
                        let mut item = first.clone();
                        item.insert(
                            item_key.clone(),
                            if item_value.is_string() {
                                json!(NEW_TEXT)
                            } else {
                                json!(null)
                            },
                        );
                        let mut items = items.clone();
                        items[0] = Value::Object(item);
                        let mut changed = map.clone();
                        changed.insert(key.clone(), Value::Array(items));
                        out.push(Value::Object(changed));
                    }
                }
            }
            Value::Object(inner) => {
                for (inner_key, inner_value) in inner {
                    let mut nested: Map<String, Value> = inner.clone();
                    nested.insert(
                        inner_key.clone(),
                        if inner_value.is_string() {
                            json!(NEW_TEXT)
                        } else {
                            json!(null)
                        },
                    );
                    let mut changed = map.clone();
                    changed.insert(key.clone(), Value::Object(nested));
                    out.push(Value::Object(changed));
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn variations_of_every_fixture_match_govuk_frontend_macros() {
    let mut cases = Vec::new();
    for component in civic::COMPONENTS {
        for fixture in fixtures(component) {
            for options in variations(&fixture.options) {
                cases.push(json!({ "component": component, "options": options }));
            }
        }
    }
    let expected = run_nunjucks("components.mjs", &cases);

    let (mut compared, mut govuk_errors, mut refused) = (0, 0, 0);
    let mut failures = Vec::new();
    for (case, expected) in cases.iter().zip(&expected) {
        let component = case["component"].as_str().unwrap();
        let Some(expected_html) = expected["html"].as_str() else {
            govuk_errors += 1;
            continue;
        };
        compared += 1;
        match civic::render_to_html(component, &case["options"]) {
            Ok(html) => {
                if let Some(diff) = dom_difference(expected_html, &html) {
                    failures.push(format!("{component} {}\n{diff}", case["options"]));
                }
            }
            // A deliberate difference: `true` where an object is expected is refused with an
            // error naming the option, where govuk-frontend renders an empty object.
            Err(error)
                if error
                    .to_string()
                    .contains("expected an object, found boolean `true`") =>
            {
                refused += 1
            }
            Err(error) => failures.push(format!(
                "{component} {}\nCivic refused: {error}",
                case["options"]
            )),
        }
    }
    println!(
        "variations: {} of {compared} DOM-equivalent to govuk-frontend's macros, {refused} refused on purpose \
         (`true` for an object), {govuk_errors} that govuk-frontend itself cannot render skipped",
        compared - failures.len() - refused
    );
    for failure in failures.iter().take(15) {
        println!("\nFAIL {failure}");
    }
    assert!(compared > 5000, "only {compared} variations compared");
    assert!(failures.is_empty(), "{} variations differ", failures.len());
}
