#![cfg(not(target_arch = "wasm32"))]
//! Rendering time grows linearly with the size of the input (issue #8: 100,000 attributes
//! took a minute, since each was checked against every earlier one). Each case renders a
//! small and a ten-times-larger input and compares the times measured in the same run: a
//! linear renderer takes about ten times as long, a quadratic one about a hundred. The bound
//! is generous (30) so that a busy machine cannot fail it, and each time is the best of three.

use serde_json::{json, Map, Value};
use std::time::{Duration, Instant};

fn best_of_three(component: &str, options: &Value) -> Duration {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            let html = civic::render_to_html(component, options).expect("renders");
            assert!(!html.is_empty());
            started.elapsed()
        })
        .min()
        .unwrap()
}

fn attributes(count: usize) -> Value {
    Value::Object(
        (0..count)
            .map(|i| (format!("data-attribute-{i}"), json!(format!("value {i}"))))
            .collect::<Map<_, _>>(),
    )
}

fn assert_linear(what: &str, component: &str, small: Value, large: Value) {
    // Warm up allocators and caches first.
    let _ = best_of_three(component, &small);
    let small_time = best_of_three(component, &small);
    let large_time = best_of_three(component, &large);
    let ratio = large_time.as_secs_f64() / small_time.as_secs_f64().max(1e-6);
    println!(
        "scale: {what}: {:.1} ms for 1x, {:.1} ms for 10x (ratio {ratio:.1}; linear is about 10)",
        small_time.as_secs_f64() * 1000.0,
        large_time.as_secs_f64() * 1000.0
    );
    assert!(
        ratio < 30.0,
        "{what}: ten times the input took {ratio:.1} times as long"
    );
}

#[test]
fn rendering_time_grows_linearly_with_input_size() {
    let limit = civic::limits::MAX_ATTRIBUTES;
    assert_linear(
        "attributes on one element",
        "tag",
        json!({ "text": "t", "attributes": attributes(limit / 10) }),
        json!({ "text": "t", "attributes": attributes(limit) }),
    );
    assert_linear(
        "plural messages (i18n maps)",
        "character-count",
        json!({ "name": "c", "maxlength": 10, "charactersUnderLimitText": attributes(limit / 10) }),
        json!({ "name": "c", "maxlength": 10, "charactersUnderLimitText": attributes(limit) }),
    );
    let items = |count: usize| -> Value {
        (0..count)
            .map(|i| json!({ "value": i, "text": format!("Option {i}"), "attributes": attributes(5) }))
            .collect()
    };
    assert_linear(
        "checkbox items",
        "checkboxes",
        json!({ "name": "c", "items": items(300) }),
        json!({ "name": "c", "items": items(3000) }),
    );
    assert_linear(
        "summary list rows",
        "summary-list",
        json!({ "rows": (0..300).map(|i| json!({ "key": { "text": i }, "value": { "text": "v" } })).collect::<Vec<_>>() }),
        json!({ "rows": (0..3000).map(|i| json!({ "key": { "text": i }, "value": { "text": "v" } })).collect::<Vec<_>>() }),
    );
    assert_linear(
        "length of text",
        "textarea",
        json!({ "name": "t", "value": "<&> ".repeat(50_000) }),
        json!({ "name": "t", "value": "<&> ".repeat(500_000) }),
    );
}

/// Past the limit, attributes are refused with the path and the limit, not rendered slowly.
#[test]
fn attributes_past_the_limit_are_refused() {
    let limit = civic::limits::MAX_ATTRIBUTES;
    let error = civic::render_to_html(
        "input",
        &json!({ "name": "n", "attributes": attributes(limit + 1) }),
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        format!("attributes: more than {limit} attributes, Civic's limit for one element")
    );
    assert!(civic::render_to_html(
        "input",
        &json!({ "name": "n", "attributes": attributes(limit) })
    )
    .is_ok());
}
