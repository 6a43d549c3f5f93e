#![cfg(not(target_arch = "wasm32"))]
//! Every govuk-frontend 6.6.0 fixture of every Civic component, hidden ones included, renders
//! DOM-equivalent HTML through server-side rendering.
//!
//! Set `CIVIC_ONLY=date-input` to check one component while working on it.

use civic_tests::{dom_difference, fixtures};

#[test]
fn every_fixture_renders_dom_equivalent_html() {
    let only = std::env::var("CIVIC_ONLY").ok();
    let mut total = 0;
    let mut passed = 0;
    let mut failures = Vec::new();
    for component in civic::COMPONENTS {
        if only.as_deref().is_some_and(|o| o != *component) {
            continue;
        }
        let fixtures = fixtures(component);
        assert!(!fixtures.is_empty(), "{component} has no fixtures");
        let mut ok = 0;
        for fixture in &fixtures {
            let outcome = civic::render_to_html(component, &fixture.options)
                .map_err(|e| format!("render error: {e}"))
                .and_then(|html| match dom_difference(&fixture.html, &html) {
                    None => Ok(()),
                    Some(diff) => Err(diff),
                });
            match outcome {
                Ok(()) => ok += 1,
                Err(why) => failures.push(format!("{component} / {}:\n{why}", fixture.name)),
            }
        }
        println!("{component} {ok}/{}", fixtures.len());
        total += fixtures.len();
        passed += ok;
    }
    println!("all components {passed}/{total}");
    for failure in failures.iter().take(40) {
        println!("\nFAIL {failure}");
    }
    assert!(failures.is_empty(), "{} fixtures differ", failures.len());
    if only.is_none() {
        // govuk-frontend 6.6.0 has 39 components with 725 fixtures; Civic renders them all.
        assert_eq!(civic::COMPONENTS.len(), 39, "components");
        assert_eq!(total, 725, "fixtures checked");
    }
}
