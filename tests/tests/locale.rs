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

/// Welsh as a locale file: every message Civic writes, each plural with Welsh's six forms.
fn welsh_file() -> serde_json::Value {
    serde_json::from_str(&Locale::Cy.to_json()).unwrap()
}

/// The problems a locale file is refused with.
fn problems(file: &serde_json::Value) -> Vec<String> {
    Locale::from_json(&file.to_string())
        .expect_err("the file should be refused")
        .problems
}

#[test]
fn a_locale_file_of_welsh_draws_what_the_built_in_welsh_draws() {
    let file = Locale::Cy.to_json();
    let custom = Locale::from_json(&file).expect("Civic's own Welsh is a sound locale file");
    assert_eq!((custom.tag(), custom.name()), ("cy", "Cymraeg"));
    // The behaving components also carry the locale's messages as `data-i18n.*` (how a
    // custom locale reaches the behaviours), so compare the others whole.
    let behaving_with_messages = [
        "accordion",
        "character-count",
        "exit-this-page",
        "file-upload",
        "password-input",
    ];
    let mut compared = 0;
    for component in civic::COMPONENTS {
        if behaving_with_messages.contains(component) {
            continue;
        }
        for fixture in fixtures(component) {
            let built_in = render_to_html_in(Locale::Cy, component, &fixture.options);
            let from_file = render_to_html_in(custom, component, &fixture.options);
            assert_eq!(built_in, from_file, "{component} / {}", fixture.name);
            compared += 1;
        }
    }
    assert!(compared > 500, "only {compared} fixtures compared");
}

#[test]
fn a_custom_locale_reaches_markup_behaviours_and_the_template() {
    // Scottish Gaelic has one, two, few and other; the words here only mark where each
    // string lands (this is not a translation).
    let mut file = welsh_file();
    file["tag"] = "gd".into();
    file["name"] = "Gàidhlig".into();
    for component in file["messages"].as_object_mut().unwrap().values_mut() {
        for message in component.as_object_mut().unwrap().values_mut() {
            if let Some(forms) = message.as_object_mut() {
                let other = forms["other"].clone();
                *forms = ["one", "two", "few", "other"]
                    .iter()
                    .map(|form| (form.to_string(), other.clone()))
                    .collect();
            }
        }
    }
    file["messages"]["back-link"]["text"] = "GD back".into();
    file["messages"]["skip-link"]["text"] = "GD skip".into();
    file["messages"]["accordion"]["showAllSections"] = "GD show all".into();
    file["messages"]["character-count"]["charactersUnderLimit"]["few"] = "GD %{count} few".into();
    let gaelic = Locale::from_json(&file.to_string()).expect("a complete Gaelic file");

    let back = render_to_html_in(gaelic, "back-link", &serde_json::json!({})).unwrap();
    assert!(back.contains(">GD back<"), "{back}");
    // Options still win.
    let given =
        render_to_html_in(gaelic, "back-link", &serde_json::json!({"text": "Mine"})).unwrap();
    assert!(given.contains(">Mine<") && !given.contains("GD back"));

    // A behaviour's words go into the markup as govuk-frontend's `data-i18n.*` attributes,
    // which the enhancer and the Leptos behaviours read; an option given wins over them.
    let accordion = serde_json::json!({"id": "a", "showSectionText": "Mine",
        "items": [{"heading": {"text": "H"}, "content": {"text": "C"}}]});
    let html = render_to_html_in(gaelic, "accordion", &accordion).unwrap();
    assert!(
        html.contains(r#"data-i18n.show-all-sections="GD show all""#),
        "{html}"
    );
    assert!(html.contains(r#"data-i18n.show-section="Mine""#), "{html}");
    assert_eq!(html.matches("data-i18n.show-section=").count(), 1);
    let count = render_to_html_in(
        gaelic,
        "character-count",
        &serde_json::json!({"name": "a", "id": "a", "maxlength": 10, "label": {"text": "L"}}),
    )
    .unwrap();
    assert!(count.contains(r#"data-i18n.characters-under-limit.few="GD %{count} few""#));
    assert!(
        !count.contains("characters-under-limit.many"),
        "Gaelic has no many form"
    );
    // Built-in locales add no attributes: their words are in the behaviours already.
    let welsh = render_to_html_in(Locale::Cy, "accordion", &accordion).unwrap();
    assert!(!welsh.contains("data-i18n.show-all-sections"));

    let page = render_template_document_in(gaelic, &serde_json::json!({})).unwrap();
    assert!(
        page.contains(r#"lang="gd""#) && page.contains("GD skip"),
        "{page}"
    );
}

#[test]
fn a_locale_file_is_refused_with_every_problem_named() {
    let check = |edit: &dyn Fn(&mut serde_json::Value), expected: &[&str]| {
        let mut file = welsh_file();
        edit(&mut file);
        let found = problems(&file);
        for problem in expected {
            assert!(
                found.iter().any(|p| p == problem),
                "expected {problem:?} among {found:#?}"
            );
        }
        assert_eq!(found.len(), expected.len(), "{found:#?}");
    };
    let messages = |file: &mut serde_json::Value| -> serde_json::Map<String, serde_json::Value> {
        file["messages"].as_object().unwrap().clone()
    };
    check(
        &|f| {
            let mut m = messages(f);
            m["back-link"].as_object_mut().unwrap().remove("text");
            m.remove("tabs");
            f["messages"] = m.into();
        },
        &["messages.back-link.text: missing", "messages.tabs: missing"],
    );
    check(
        &|f| {
            f["messages"]["character-count"]["wordsOverLimit"]
                .as_object_mut()
                .unwrap()
                .remove("few");
        },
        &["messages.character-count.wordsOverLimit.few: missing; cy uses this form (for 3, among others)"],
    );
    check(
        &|f| f["tag"] = "en".into(),
        &[
            "messages.character-count.charactersUnderLimit.zero: en does not use this plural form; it uses one, other",
            "messages.character-count.charactersUnderLimit.two: en does not use this plural form; it uses one, other",
            "messages.character-count.charactersUnderLimit.few: en does not use this plural form; it uses one, other",
            "messages.character-count.charactersUnderLimit.many: en does not use this plural form; it uses one, other",
        ]
        .into_iter()
        .chain(
            ["charactersOverLimit", "wordsUnderLimit", "wordsOverLimit", "textareaDescription"]
                .iter()
                .flat_map(|key| {
                    ["zero", "two", "few", "many"].map(|form| {
                        &*Box::leak(format!("messages.character-count.{key}.{form}: en does not use this plural form; it uses one, other").into_boxed_str())
                    })
                }),
        )
        .chain(["zero", "two", "few", "many"].map(|form| {
            &*Box::leak(format!("messages.file-upload.multipleFilesChosen.{form}: en does not use this plural form; it uses one, other").into_boxed_str())
        }))
        .collect::<Vec<_>>(),
    );
    check(
        &|f| {
            f["messages"]["back-link"]["text"] = serde_json::json!({"one": "x"});
            f["messages"]["character-count"]["wordsAtLimit"] = 7.into();
            f["messages"]["character-count"]["wordsUnderLimit"] = "flat".into();
        },
        &[
            "messages.back-link.text: expected a string, found an object",
            "messages.character-count.wordsUnderLimit: expected plural forms (an object such as {\"one\": …, \"other\": …}), found a string",
            "messages.character-count.wordsAtLimit: expected a string, found a number",
        ],
    );
    check(
        &|f| {
            f["messages"]["back-link"]["txet"] = "Yn ôl".into();
            f["messages"]["back-links"] = serde_json::json!({});
            f["colour"] = "red".into();
        },
        &[
            "colour: unknown field; a locale file has \"tag\", \"name\" and \"messages\"",
            "messages.back-links: no component by that name writes default strings",
            "messages.back-link.txet: back-link has no message by that key",
        ],
    );
    check(
        &|f| {
            f["messages"]["character-count"]["hintWords"] = "Hyd at eiriau".into();
            f["messages"]["back-link"]["text"] = " ".into();
            f["messages"]["skip-link"]["text"] = "Neidio\ni’r cynnwys".into();
            f["messages"]["tabs"]["title"] = "x".repeat(2_001).into();
        },
        &[
            "messages.back-link.text: is empty",
            "messages.character-count.hintWords: must keep %{count}, where the number goes",
            "messages.skip-link.text: holds a control character (a line break, a tab, …)",
            "messages.tabs.title: is longer than 2000 characters",
        ],
    );
    check(
        &|f| f["tag"] = "not a tag!".into(),
        &["tag: \"not a tag!\" is not a language tag (such as \"gd\" or \"en-GB\")"],
    );
    check(
        &|f| f["tag"] = "tlh".into(),
        &["tag: CLDR has no plural rules for tlh, so its plural forms cannot be checked"],
    );
    check(
        &|f| {
            f.as_object_mut().unwrap().remove("name");
            f["tag"] = serde_json::Value::Null;
        },
        &[
            "tag: missing; the page's language, such as \"gd\"",
            "name: missing; the language's name in that language",
        ],
    );
    // Whole-file faults stop at once.
    assert_eq!(
        problems(&serde_json::json!([1])),
        ["(file): expected an object with \"tag\", \"name\" and \"messages\", found a list"]
    );
    let too_big = " ".repeat(civic::MAX_LOCALE_FILE_BYTES + 1);
    assert_eq!(
        Locale::from_json(&too_big).unwrap_err().problems,
        ["(file): is larger than 262144 bytes"]
    );
    assert!(Locale::from_json("{\"tag\": ").unwrap_err().problems[0].starts_with("(file): EOF"));
}

#[test]
fn a_component_locale_prop_draws_that_component_in_its_language() {
    use civic::prelude::*;
    let html = |view: fn() -> AnyView| {
        let owner = Owner::new();
        owner.with(|| view().to_html())
    };
    // One Welsh link on an English page, and its English sibling untouched.
    let page = html(|| view! { <BackLink locale=Locale::Cy /> <BackLink /> }.into_any());
    assert!(
        page.contains(r#"lang="cy""#) && page.contains(">Yn ôl<"),
        "{page}"
    );
    assert!(page.contains(">Back<"), "the sibling stays English: {page}");
    // On a Welsh page, one English field: its nested error message is English too, and
    // `lang` goes on the form group that holds label, hint, error and input.
    let field = html(|| {
        view! {
            {provide_locale(Locale::Cy)}
            <Input name="name" label="Name" error="Enter your name" locale=Locale::En />
            <BackLink />
        }
        .into_any()
    });
    assert!(
        field.contains(r#"<div class="govuk-form-group govuk-form-group--error" lang="en">"#),
        "{field}"
    );
    assert!(
        field.contains(">Error<") && !field.contains("Gwall"),
        "{field}"
    );
    assert!(field.contains(">Yn ôl<"), "the page stays Welsh: {field}");
    // `lang` given in the attributes wins.
    let own = html(|| {
        view! {
            <BackLink locale=Locale::Cy options=BackLinkOptions {
                attributes: Attributes::new().with("lang", "cy-GB"), ..Default::default()
            } />
        }
        .into_any()
    });
    assert_eq!(own.matches("lang=").count(), 1, "{own}");
    assert!(own.contains(r#"lang="cy-GB""#));
}
