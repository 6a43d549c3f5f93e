#![cfg(not(target_arch = "wasm32"))]
//! Fuzzing the JSON options of all 39 components (issue #8): govuk-frontend's fixtures, with
//! random parts replaced by random JSON (hostile strings, extreme numbers, deep and wrong
//! shapes, option names from every `macro-options.json`), never make Civic panic, and every
//! answer is well formed: HTML that parses, or an error that says where the fault is.
//!
//! Bounded: `CIVIC_FUZZ_CASES` inputs (20,000 by default, about twenty seconds in a debug
//! build); set it higher to fuzz longer.

use civic_tests::{fixtures, govuk_components_dir};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{Map, Value};

const HOSTILE: &[&str] = &[
    "",
    " ",
    "0",
    "false",
    "</textarea><script>alert(1)</script>",
    "</title></style></script>",
    "&amp;&lt;&#x3C;&",
    "\"'`<>=",
    "\u{0}\u{1}\u{feff}\u{202e}",
    "ŵŷ😀",
    "true",
    "null",
    "-1",
    "1e309",
    "javascript:alert(1)",
];

/// Every option name govuk-frontend's components take, at any depth.
fn option_names() -> Vec<String> {
    fn walk(params: &Value, names: &mut Vec<String>) {
        for param in params.as_array().into_iter().flatten() {
            if let Some(name) = param["name"].as_str() {
                names.push(name.to_owned());
            }
            walk(&param["params"], names);
        }
    }
    let mut names = vec!["attributes".to_owned(), "data-x".to_owned(), "".to_owned()];
    for component in civic::COMPONENTS {
        let path = govuk_components_dir()
            .join(component)
            .join("macro-options.json");
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        walk(&schema, &mut names);
    }
    names.sort();
    names.dedup();
    names
}

fn json_value(names: Vec<String>) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop_oneof![
            any::<f64>(),
            Just(1e21),
            Just(1e-7),
            Just(f64::MAX),
            Just(-0.0)
        ]
        .prop_filter("JSON numbers are finite", |f| f.is_finite())
        .prop_map(Value::from),
        select(HOSTILE).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
    ];
    let tree = leaf.clone().prop_recursive(5, 40, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((select(names.clone()), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    });
    // Mostly single values, so that many inputs still render and reach the templates.
    prop_oneof![3 => leaf, 1 => tree]
}

/// The JSON pointers of every node in `value`, the root included.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let key = key.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{at}/{key}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

#[test]
fn random_options_never_panic_and_always_get_a_well_formed_answer() {
    let cases: u32 = std::env::var("CIVIC_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000);
    let examples: Vec<(&str, Value)> = civic::COMPONENTS
        .iter()
        .flat_map(|component| {
            fixtures(component)
                .into_iter()
                .map(move |fixture| (*component, fixture.options))
        })
        .collect();
    assert_eq!(examples.len(), 725);
    let mutation = (any::<Index>(), json_value(option_names()));
    let strategy = (
        any::<Index>(),
        prop::collection::vec(mutation, 1..4),
        any::<bool>(),
    );
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let (rendered, refused) = (std::cell::Cell::new(0u32), std::cell::Cell::new(0u32));
    let outcome = runner.run(&strategy, |(example, mutations, whole)| {
        let (component, options) = example.get(&examples);
        let mut options = options.clone();
        for (at, value) in mutations {
            let mut all = Vec::new();
            pointers(&options, String::new(), &mut all);
            let pointer = at.get(&all);
            // Sometimes replace the whole options, to reach the top-level type checks.
            if pointer.is_empty() && !whole {
                continue;
            }
            match options.pointer_mut(pointer) {
                Some(slot) => *slot = value,
                None => options = value,
            }
        }
        let answer = std::panic::catch_unwind(|| civic::render_to_html(component, &options))
            .map_err(|_| TestCaseError::fail(format!("{component} panicked on {options}")))?;
        match answer {
            Ok(html) => {
                // Well formed: the markup reads back the same when parsed, serialised and
                // parsed again (nothing left open to swallow what follows it). Empty output is
                // allowed: a label with no text draws nothing, as in govuk-frontend.
                let fragment = scraper::Html::parse_fragment(&html);
                let serialised = fragment.root_element().inner_html();
                prop_assert_eq!(
                    civic_tests::normalise(&serialised),
                    civic_tests::normalise(&html),
                    "{} re-parsed differently: {:?}",
                    component,
                    html
                );
                rendered.set(rendered.get() + 1);
            }
            Err(error) => {
                let message = error.to_string();
                prop_assert!(
                    message.contains(": ") && !message.starts_with(": "),
                    "{component}: an error names where it is: {message:?}"
                );
                refused.set(refused.get() + 1);
            }
        }
        Ok(())
    });
    println!(
        "fuzz: {} random option sets over 39 components: {} rendered, {} refused with a path, no panic",
        rendered.get() + refused.get(),
        rendered.get(),
        refused.get()
    );
    if let Err(error) = outcome {
        panic!("{error}");
    }
}
