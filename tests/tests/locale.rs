#![cfg(not(target_arch = "wasm32"))]
//! Welsh (issue #10): every fixture drawn with `Locale::Cy` keeps no English default behind,
//! every Welsh string has a source and Welsh's plural forms, and the page template follows
//! `htmlLang`. English drawing is unchanged: the conformance test renders every fixture in
//! English against govuk-frontend.

use civic::{messages, render_template_document, render_template_document_in, render_to_html_in};
use civic::{Locale, MessageRow};
use civic_tests::fixtures;

/// The English defaults a Welsh page could wrongly keep: each row's English, or for a
/// message with `%{count}` the words before it.
fn english_defaults(rows: &[MessageRow]) -> Vec<&'static str> {
    let mut texts: Vec<&'static str> = rows
        .iter()
        .map(|row| row.en.split("%{").next().unwrap_or("").trim())
        .filter(|text| text.len() > 2 && !text.starts_with("https://"))
        .collect();
    texts.sort_unstable();
    texts.dedup();
    texts
}

/// The text of `html` a reader meets: element content and the attributes read aloud.
fn readable(html: &str) -> String {
    let document = scraper::Html::parse_fragment(html);
    let mut out = String::new();
    for node in document.tree.nodes() {
        match node.value() {
            scraper::Node::Text(text) => {
                out.push_str(text);
                out.push('\n');
            }
            scraper::Node::Element(element) => {
                for (name, value) in element.attrs() {
                    if matches!(name, "aria-label" | "title" | "alt") {
                        out.push_str(value);
                        out.push('\n');
                    }
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn welsh_fixtures_keep_no_english_default() {
    let rows = messages();
    let english = english_defaults(&rows);
    assert!(
        english.len() > 30,
        "only {} English defaults",
        english.len()
    );
    let (mut drawn, mut left) = (0, Vec::new());
    for component in civic::COMPONENTS {
        for fixture in fixtures(component) {
            let html = render_to_html_in(Locale::Cy, component, &fixture.options)
                .unwrap_or_else(|e| panic!("{component} / {}: {e}", fixture.name));
            drawn += 1;
            let text = readable(&html);
            let given = fixture.options.to_string().to_lowercase();
            for default in &english {
                // Words the fixture's own options contain are the user's, not Civic's (in any
                // case: a date part named "day[dd]" is labelled "Day[dd]" in every language).
                if text.contains(default) && !given.contains(&default.to_lowercase()) {
                    left.push(format!("{component} / {}: {default:?}", fixture.name));
                }
            }
        }
    }
    println!(
        "{drawn} fixtures drawn in Welsh; {} English defaults searched for; {} left behind",
        english.len(),
        left.len()
    );
    assert!(drawn > 700, "only {drawn} fixtures drawn");
    assert!(
        left.is_empty(),
        "English defaults on Welsh pages:\n{}",
        left.join("\n")
    );
}

#[test]
fn welsh_defaults_appear_where_english_ones_did() {
    let cases = [
        ("back-link", serde_json::json!({"href": "/"}), "Yn ôl"),
        (
            "error-message",
            serde_json::json!({"text": "Rhowch eich enw"}),
            "Gwall",
        ),
        (
            "warning-text",
            serde_json::json!({"text": "Gallwch gael dirwy"}),
            "Rhybudd",
        ),
        (
            "notification-banner",
            serde_json::json!({"text": "Diweddariad"}),
            "Pwysig",
        ),
        (
            "notification-banner",
            serde_json::json!({"type": "success", "text": "Wedi’i anfon"}),
            "Llwyddiant",
        ),
        (
            "tabs",
            serde_json::json!({"items": [{"id": "a", "label": "A", "panel": {"text": "un"}}]}),
            "Cynnwys",
        ),
        ("date-input", serde_json::json!({"id": "dob"}), "Blwyddyn"),
        ("footer", serde_json::json!({}), "© Hawlfraint y Goron"),
        (
            "footer",
            serde_json::json!({}),
            "open-government-licence-cymraeg",
        ),
        (
            "character-count",
            serde_json::json!({"name": "c", "id": "c", "maxlength": 10}),
            "Gallwch nodi hyd at 10 o gymeriadau",
        ),
        (
            "character-count",
            serde_json::json!({"name": "c", "id": "c", "maxwords": 10}),
            "Gallwch nodi hyd at 10 o eiriau",
        ),
        (
            "password-input",
            serde_json::json!({"name": "p", "id": "p"}),
            "Dangos cyfrinair",
        ),
        ("exit-this-page", serde_json::json!({}), "Argyfwng"),
        (
            "pagination",
            serde_json::json!({"items": [{"number": 2, "href": "/2"}], "next": {"href": "/3"}}),
            "Tudalen 2",
        ),
        (
            "service-navigation",
            serde_json::json!({"navigation": [{"href": "/", "text": "Cartref"}]}),
            "Dewislen",
        ),
    ];
    for (component, options, welsh) in cases {
        let html = render_to_html_in(Locale::Cy, component, &options).unwrap();
        assert!(html.contains(welsh), "{component}: no {welsh:?} in {html}");
        // And the user's own words still win.
        let english = render_to_html_in(Locale::En, component, &options).unwrap();
        assert!(
            !english.contains(welsh),
            "{component}: Welsh {welsh:?} in English"
        );
    }
    let own = render_to_html_in(
        Locale::Cy,
        "back-link",
        &serde_json::json!({"text": "Yn ôl i’r dechrau"}),
    )
    .unwrap();
    assert!(own.contains("Yn ôl i’r dechrau") && !own.contains(">Yn ôl<"));
}

#[test]
fn every_welsh_string_has_a_source_and_every_plural_form() {
    let rows = messages();
    for row in &rows {
        assert!(
            !row.cy_source.is_empty(),
            "{}.{}: no source",
            row.component,
            row.key
        );
        // Only the placeholder message (empty in govuk-frontend too) and pagination's hidden
        // " page" (Welsh puts the noun first, so has no suffix) may be empty.
        if !matches!(row.key, "textareaDescription" | "pageSuffix") {
            assert!(
                !row.cy.is_empty(),
                "{}.{}: no Welsh",
                row.component,
                row.key
            );
        }
    }
    let welsh_forms = ["zero", "one", "two", "few", "many", "other"];
    let mut plurals = std::collections::BTreeMap::<(&str, &str), Vec<&str>>::new();
    for row in rows.iter().filter(|r| r.form.is_some()) {
        if !row.cy.is_empty() {
            plurals
                .entry((row.component, row.key))
                .or_default()
                .push(row.form.unwrap());
        }
    }
    assert!(plurals.len() >= 5, "plural messages: {plurals:?}");
    for ((component, key), forms) in &plurals {
        assert_eq!(
            forms, &welsh_forms,
            "{component}.{key}: Welsh needs every CLDR form"
        );
    }
    let public = rows
        .iter()
        .filter(|r| !r.cy_source.starts_with("translated here"))
        .count();
    println!(
        "{} strings (plural forms counted apart), {public} with a public Welsh source",
        rows.len()
    );
}

#[test]
fn the_page_template_follows_its_language() {
    let welsh = render_template_document(&serde_json::json!({"htmlLang": "cy"})).unwrap();
    assert!(welsh.contains("lang=\"cy\""));
    assert!(welsh.contains("Neidio i’r prif gynnwys"), "{welsh}");
    assert!(welsh.contains("Hawlfraint y Goron"));
    let chosen = render_template_document_in(Locale::Cy, &serde_json::json!({})).unwrap();
    assert!(chosen.contains("lang=\"cy\"") && chosen.contains("Neidio i’r prif gynnwys"));
    let english = render_template_document(&serde_json::json!({})).unwrap();
    assert!(english.contains("lang=\"en\"") && english.contains("Skip to main content"));
    // htmlLang, when given, is the page's language even if the caller asked for another.
    let kept =
        render_template_document_in(Locale::Cy, &serde_json::json!({"htmlLang": "en"})).unwrap();
    assert!(kept.contains("Skip to main content"));
}
