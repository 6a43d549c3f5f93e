#![cfg(not(target_arch = "wasm32"))]
//! Differential escaping (issue #8): every text option of every component, set to text that
//! closes raw-text elements (`</textarea>`, `</title>`, `</style>`, `</script>`), entity text,
//! quotes of both kinds, non-ASCII and numbers JavaScript prints its own way, renders the same
//! DOM in Civic (server-side here; in the browser in `browser.rs`) as in govuk-frontend's own
//! macros. Equivalence is the test, not merely the absence of `<script>`.

use civic_tests::{document_difference, dom_difference, hostile_cases, run_nunjucks};
use serde_json::json;
use std::collections::BTreeMap;

#[test]
fn hostile_text_in_every_option_renders_as_govuk_frontend_renders_it() {
    let cases = hostile_cases();
    let mut per_component: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut skipped = 0;
    for case in &cases {
        let Some(expected) = &case.expected else {
            skipped += 1;
            continue;
        };
        let counts = per_component.entry(case.component.as_str()).or_default();
        counts.1 += 1;
        match civic::render_to_html(&case.component, &case.options) {
            Ok(html) => match dom_difference(expected, &html) {
                None => counts.0 += 1,
                Some(diff) => failures.push(format!(
                    "{} {} = {}\n{diff}",
                    case.component,
                    case.pointer,
                    case.options.pointer(&case.pointer).unwrap()
                )),
            },
            Err(error) => failures.push(format!(
                "{} {}: Civic refused: {error}",
                case.component, case.pointer
            )),
        }
    }
    let summary: Vec<String> = per_component
        .iter()
        .map(|(component, (same, all))| format!("{component} {same}/{all}"))
        .collect();
    println!(
        "hostile text, server-side: {} of {} cases DOM-equivalent to govuk-frontend ({skipped} that govuk-frontend cannot render skipped)\n  {}",
        per_component.values().map(|c| c.0).sum::<usize>(),
        per_component.values().map(|c| c.1).sum::<usize>(),
        summary.join(", ")
    );
    for failure in failures.iter().take(10) {
        println!("\nFAIL {failure}");
    }
    assert_eq!(
        per_component.len(),
        civic::COMPONENTS.len(),
        "every component has cases (is govuk-frontend installed? run `npm ci`)"
    );
    assert!(cases.len() > 3000, "only {} cases", cases.len());
    assert!(failures.is_empty(), "{} cases differ", failures.len());
}

/// The page template's text variables, `<title>` included, escape as `template.njk` does.
#[test]
fn hostile_text_in_the_page_template_renders_as_govuk_frontend_renders_it() {
    let texts = [
        "</title><script>alert(1)</script>",
        "Tom &amp; Jerry &lt;3 &#x3C;",
        "\"double\" 'single' <b>bold</b>",
        "Croeso — ŵ ŷ ✓",
    ];
    let mut cases = Vec::new();
    for text in texts {
        for variable in [
            "pageTitle",
            "pageTitleLang",
            "htmlLang",
            "htmlClasses",
            "bodyClasses",
            "themeColor",
            "assetPath",
            "assetUrl",
            "opengraphImageUrl",
            "containerClasses",
            "mainClasses",
            "mainLang",
            "cspNonce",
        ] {
            cases.push(json!({ variable: text }));
        }
    }
    let expected = run_nunjucks("template.mjs", &cases);
    for (options, expected) in cases.iter().zip(&expected) {
        let html = civic::render_template_document(options).unwrap();
        if let Some(diff) = document_difference(expected.as_str().unwrap(), &html) {
            panic!("template {options}\n{diff}");
        }
    }
    println!(
        "hostile text, page template: {} cases DOM-equivalent to template.njk",
        cases.len()
    );
}
