#![cfg(not(target_arch = "wasm32"))]
//! Civic's page template renders the same document as govuk-frontend's own `template.njk`
//! (rendered by Nunjucks through Node) for the same variables and blocks.

use civic_tests::{document_difference, run_nunjucks};
use serde_json::{json, Value};

fn option_sets() -> Vec<Value> {
    vec![
        json!({}),
        // Breton, which Civic has no defaults for: `htmlLang: "cy"` would draw Civic's Welsh
        // strings where template.njk keeps English (tests/tests/locale.rs covers that).
        json!({
            "htmlLang": "br",
            "htmlClasses": "app-html",
            "themeColor": "#005ea5",
            "assetPath": "/static",
            "pageTitle": "Casgliadau biniau – Cyngor <Anytown>",
            "pageTitleLang": "br",
            "bodyClasses": "app-body",
            "bodyAttributes": { "data-service": "bins", "data-empty": "" },
            "cspNonce": "r4nd0m\"nonce",
            "headerClasses": "app-header",
            "headerAttributes": { "data-header": "yes" },
            "serviceName": "Bin collections",
            "serviceUrl": "/bins",
            "containerClasses": "app-container",
            "containerAttributes": { "data-container": "1" },
            "mainClasses": "govuk-main-wrapper--l",
            "mainLang": "en",
            "mainAttributes": { "role": "main" },
            "footerClasses": "app-footer",
            "footerAttributes": { "data-footer": "true" },
            "blocks": {
                "head": "<link rel=\"stylesheet\" href=\"/civic.css\">",
                "beforeContent": "<a href=\"/\" class=\"govuk-back-link\">Back</a>",
                "content": "<h1 class=\"govuk-heading-l\">When is my bin collected?</h1><p class=\"govuk-body\">Every Tuesday.</p>",
                "bodyEnd": "<script type=\"module\" src=\"/civic.js\"></script>"
            }
        }),
        json!({
            "assetUrl": "https://www.anytown.gov.uk/assets",
            "blocks": {
                "govukHeader": "<div class=\"govuk-generic-header\"><a href=\"/\">Anytown Council</a></div>",
                "govukFooter": "<div class=\"app-footer\">Anytown Council</div>",
                "headerStart": "<div class=\"app-banner\">Banner</div>",
                "headerEnd": "<nav class=\"app-nav\">Nav</nav>",
                "footerStart": "<p>Start</p>",
                "footerEnd": "<p>End</p>",
                "skipLink": "<a href=\"#content\" class=\"govuk-skip-link\">Neidio i’r prif gynnwys</a>",
                "bodyStart": "<div id=\"start\"></div>",
                "containerEnd": "<aside>Related</aside>"
            }
        }),
        json!({
            "opengraphImageUrl": "https://www.anytown.gov.uk/og.png",
            "serviceName": "Blue Badge",
            "blocks": {
                "header": "<header class=\"app-own-header\">Our header</header>",
                "main": "<main id=\"main-content\">Own main</main>",
                "footer": "",
                "headIcons": "<link rel=\"icon\" href=\"/favicon.ico\">"
            }
        }),
        json!({
            "blocks": { "govukHeader": "", "govukFooter": " ", "content": "Only content" }
        }),
    ]
}

#[test]
fn template_matches_govuk_frontend_nunjucks_template() {
    let sets = option_sets();
    let expected: Vec<String> = run_nunjucks("template.mjs", &sets)
        .into_iter()
        .map(|html| html.as_str().expect("template.njk rendered").to_owned())
        .collect();
    for (index, (options, expected)) in sets.iter().zip(&expected).enumerate() {
        let actual = civic::render_template_document(options).expect("template options render");
        assert!(actual.starts_with("<!DOCTYPE html>"));
        if let Some(diff) = document_difference(expected, &actual) {
            panic!("option set {index} differs from template.njk:\n{diff}");
        }
    }
    println!(
        "template: {} option sets DOM-equivalent to govuk-frontend's template.njk",
        sets.len()
    );
}

#[test]
fn inline_script_takes_the_csp_nonce() {
    let html = civic::render_template_document(&json!({ "cspNonce": "abc123" })).unwrap();
    let document = scraper::Html::parse_document(&html);
    let script = document
        .select(&scraper::Selector::parse("body > script").unwrap())
        .next()
        .unwrap();
    assert_eq!(script.value().attr("nonce"), Some("abc123"));
    assert!(script.inner_html().contains("js-enabled"));
}

#[test]
fn unknown_blocks_are_refused_with_their_path() {
    let error = civic::render_template_document(&json!({ "blocks": { "contnet": "<p>typo</p>" } }))
        .unwrap_err();
    assert!(error.to_string().starts_with("blocks.contnet"), "{error}");
}
