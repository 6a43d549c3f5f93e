#![cfg(not(target_arch = "wasm32"))]
//! Text options are always escaped: `<script>` put in every text option of every component
//! never becomes a `script` element. Only `html` options carry markup.

use civic_tests::govuk_components_dir;
use scraper::{Html, Selector};
use serde_json::{json, Map, Value};

const PAYLOAD: &str = "<script>alert(1)</script>";

/// Whether an option carries trusted HTML by govuk-frontend's design: `html`, `*Html`, and
/// the service navigation's `slots` (documented as HTML to inject).
fn is_html_option(name: &str) -> bool {
    name == "html" || name.ends_with("Html") || name == "slots"
}

/// Builds options with every text option from `macro-options.json` set to the payload,
/// nested objects and one-item lists included.
fn options_from_schema(params: &[Value]) -> Value {
    let mut options = Map::new();
    for param in params {
        let name = param["name"].as_str().unwrap();
        let value = match param["type"].as_str().unwrap_or("") {
            // Heading levels are numbers 1 to 6; anything else is refused, not printed.
            _ if name.ends_with("eadingLevel") => json!(2),
            // A divider turns an item into a divider; leave it out so items render as items.
            _ if name == "divider" => continue,
            "string" if !is_html_option(name) => json!(PAYLOAD),
            "object" if is_html_option(name) => continue,
            "object" => match param.get("params").and_then(Value::as_array) {
                Some(params) => options_from_schema(params),
                // Free-form objects: attributes, and translations by plural rule.
                None => json!({ "data-payload": PAYLOAD, "other": PAYLOAD, "one": PAYLOAD }),
            },
            "array" => match param.get("params").and_then(Value::as_array) {
                Some(params) => json!([options_from_schema(params), options_from_schema(params)]),
                None => json!([PAYLOAD]),
            },
            "boolean" => json!(true),
            _ => continue,
        };
        options.insert(name.to_owned(), value);
    }
    Value::Object(options)
}

/// Replaces every string that is not an `html` option's value with the payload.
fn poison(value: &mut Value, key: &str) {
    match value {
        _ if is_html_option(key) => {}
        Value::String(s) => *s = PAYLOAD.to_owned(),
        Value::Array(items) => items.iter_mut().for_each(|v| poison(v, key)),
        Value::Object(map) => map.iter_mut().for_each(|(k, v)| poison(v, k)),
        _ => {}
    }
}

/// Renders and checks; returns whether it rendered and whether the escaped text shows.
fn assert_no_script(component: &str, case: &str, options: &Value) -> Option<bool> {
    let html = match civic::render_to_html(component, options) {
        Ok(html) => html,
        // Options that don't fit are refused, which is also safe; count only renders.
        Err(_) => return None,
    };
    let document = Html::parse_fragment(&html);
    let scripts = document.select(&Selector::parse("script").unwrap()).count();
    assert_eq!(
        scripts, 0,
        "{component} ({case}) rendered a script element:\n{html}"
    );
    Some(html.contains("&lt;script&gt;"))
}

#[test]
fn no_text_option_can_add_a_script_element() {
    let mut rendered = 0;
    for component in civic::COMPONENTS {
        let dir = govuk_components_dir().join(component);
        let schema: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("macro-options.json")).unwrap())
                .unwrap();
        let mut options = options_from_schema(schema.as_array().unwrap());
        if *component == "table" {
            // A table's rows are lists of cells; the schema describes one cell.
            options["rows"] = json!([options["rows"].clone()]);
        }
        assert_eq!(
            assert_no_script(component, "every option", &options),
            Some(true),
            "{component}: the all-options case must render and show the text, escaped"
        );
        rendered += 1;
        for fixture in civic_tests::fixtures(component) {
            let mut options = fixture.options.clone();
            poison(&mut options, "");
            if assert_no_script(component, &fixture.name, &options).is_some() {
                rendered += 1;
            }
        }
    }
    println!(
        "escaping: {rendered} renders with {PAYLOAD:?} in every text option, no script element"
    );
    assert!(rendered > 300);
}

#[test]
fn html_options_do_carry_markup() {
    let html = civic::render_to_html("hint", &json!({ "html": "<strong>bold</strong>" })).unwrap();
    let document = Html::parse_fragment(&html);
    assert_eq!(
        document.select(&Selector::parse("strong").unwrap()).count(),
        1
    );
}
