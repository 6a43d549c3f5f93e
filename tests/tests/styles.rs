//! Civic's stylesheet, checked natively: it styles every class govuk-frontend 6.6.0's CSS
//! styles, in every theme; it fits the size budget; themes change tokens only; it never carries
//! the GDS Transport font or the crown; the static export parses back; and SSR writes it into a
//! `<style>` element. (How it looks is measured in Chromium by tests/visual/parity.test.mjs.)

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::io::Write;

use civic_styles::{sheet, Theme};

/// The `govuk-*` class names a stylesheet's selectors mention.
fn classes(css: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (start, _) in css.match_indices(".govuk-") {
        let name: String = css[start + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '\\' | '!'))
            .collect();
        found.insert(name);
    }
    found
}

fn govuk_css() -> String {
    let path = civic_tests::govuk_components_dir().with_file_name("govuk-frontend.min.css");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run npm ci)", path.display()))
}

fn gzip(text: &str) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(text.as_bytes()).unwrap();
    encoder.finish().unwrap().len()
}

#[test]
fn every_class_govuk_frontend_styles_is_styled_in_every_theme() {
    let reference = classes(&govuk_css());
    assert!(reference.len() > 500, "govuk-frontend's classes were read");
    for theme in Theme::all() {
        let ours = classes(&sheet::css(&theme));
        let missing: Vec<_> = reference.difference(&ours).collect();
        assert!(
            missing.is_empty(),
            "{}: not styled: {missing:?}",
            theme.name
        );
        println!(
            "stylesheet {}: {} of govuk-frontend's {} classes styled",
            theme.name,
            reference.intersection(&ours).count(),
            reference.len()
        );
    }
}

#[test]
fn the_default_stylesheet_is_at_most_16_kb_gzipped() {
    let css = sheet::css(&Theme::civic());
    let (raw, zipped) = (css.len(), gzip(&css));
    let reference = gzip(&govuk_css());
    println!(
        "stylesheet civic: {:.1} KB raw, {:.1} KB gzip -9 (govuk-frontend.min.css: {:.1} KB gzip -9)",
        raw as f64 / 1024.0,
        zipped as f64 / 1024.0,
        reference as f64 / 1024.0
    );
    assert!(zipped <= 16 * 1024, "{zipped} bytes gzipped");
}

#[test]
fn themes_change_tokens_not_rules() {
    // With every colour value masked, two themes' stylesheets are the same text: same rules,
    // same media queries, same declarations.
    let masked = |css: &str| -> String {
        let mut out = String::new();
        let mut rest = css;
        while let Some(at) = rest.find('#') {
            out.push_str(&rest[..at]);
            let tail = &rest[at + 1..];
            let hex = tail.chars().take_while(|c| c.is_ascii_hexdigit()).count();
            out.push_str(if hex == 6 { "#colour" } else { "#" });
            rest = &tail[if hex == 6 { 6 } else { 0 }..];
        }
        out + rest
    };
    let civic = sheet::css(&Theme::civic());
    let anytown = sheet::css(&Theme::anytown());
    assert_ne!(civic, anytown);
    assert_eq!(masked(&civic), masked(&anytown));
    assert!(anytown.contains("--govuk-brand-colour: #00703c"));
    assert!(civic.contains("--govuk-brand-colour: #1d70b8"));
}

#[test]
fn no_gds_transport_font_and_no_crown() {
    for theme in Theme::all() {
        let css = sheet::css(&theme);
        assert!(!css.contains("GDS Transport"), "{}", theme.name);
        assert!(!css.contains("crest"), "{}", theme.name);
        assert!(
            !css.contains("url("),
            "{}: the stylesheet loads nothing",
            theme.name
        );
        assert!(css.contains(&*theme.font_family));
    }
}

#[test]
fn the_static_export_parses_back_with_stylist() {
    for theme in Theme::all() {
        let css = sheet::css(&theme);
        let parsed: stylist::ast::Sheet = css
            .parse()
            .unwrap_or_else(|e| panic!("{}: {e}", theme.name));
        let again = sheet::to_css(&parsed);
        let first_difference = css.lines().zip(again.lines()).find(|(a, b)| a != b);
        assert_eq!(first_difference, None, "{}", theme.name);
        assert_eq!(css.lines().count(), again.lines().count(), "{}", theme.name);
    }
}

#[test]
fn print_forced_colours_and_reduced_motion_are_covered() {
    let css = sheet::css(&Theme::civic());
    for query in [
        "@media print",
        "@media screen and (forced-colors: active)",
        "@media (prefers-reduced-motion: reduce)",
        "@media (min-width: 40.0625em)",
        "@media (min-width: 48.0625em)",
    ] {
        assert!(css.contains(query), "{query}");
    }
    // Every focusable control gets the focus colour.
    assert!(css.matches("var(--govuk-focus-colour)").count() > 40);
}

#[test]
fn server_rendering_writes_one_style_element() {
    let markup = sheet::style_element(&Theme::anytown()).unwrap();
    assert!(
        markup.starts_with("<style data-style=\""),
        "{}",
        &markup[..60]
    );
    assert!(markup.ends_with("</style>"));
    assert_eq!(markup.matches("<style").count(), 1);
    assert!(markup.contains(".govuk-summary-list__key"));
    assert!(markup.contains("#00703c"));
}

/// The components whose styles each component's styles build on in govuk-frontend: the
/// `@use "../NAME"` lines of its `_index.scss`.
fn govuk_needs(component: &str) -> BTreeSet<String> {
    let path = civic_tests::govuk_components_dir()
        .join(component)
        .join("_index.scss");
    let scss = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run npm ci)", path.display()));
    scss.lines()
        .filter_map(|line| line.trim().strip_prefix("@use \"../"))
        .filter_map(|rest| rest.strip_suffix("\";"))
        .filter(|name| !name.contains('/'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn each_components_styles_need_what_govuk_frontends_do() {
    let mut with_needs = 0;
    for component in sheet::components::COMPONENTS {
        let ours: BTreeSet<String> = component.needs.iter().map(|n| (*n).to_owned()).collect();
        assert_eq!(ours, govuk_needs(component.name), "{}", component.name);
        with_needs += usize::from(!ours.is_empty());
    }
    assert!(with_needs >= 10, "{with_needs} components build on others");
}

/// The classes of govuk-frontend's own rendering of a component's fixtures, read as
/// `civic css --page` reads a page.
fn fixture_classes(component: &str) -> BTreeSet<String> {
    civic_tests::fixtures(component)
        .iter()
        .flat_map(|fixture| sheet::classes_in_html(&fixture.html))
        .filter(|class| class.starts_with("govuk-"))
        .collect()
}

/// `civic css --components` for a page of some components styles every class those
/// components' fixtures use that the full sheet styles, and leaves out other components.
#[test]
fn a_pages_stylesheet_styles_its_components_and_no_others() {
    let page = [
        "error-summary",
        "input",
        "radios",
        "date-input",
        "character-count",
        "button",
    ];
    let theme = Theme::civic();
    let full = classes(&sheet::css(&theme));
    let lean = sheet::to_css(&sheet::components_stylesheet(&theme, &page).unwrap());
    let styled = classes(&lean);
    for component in page {
        let used = fixture_classes(component);
        assert!(used.len() > 3, "{component}'s fixtures were read");
        // Override classes (`govuk-!-…`) come only on request.
        let missing: Vec<_> = used
            .iter()
            .filter(|c| full.contains(*c) && !styled.contains(*c) && !c.contains('!'))
            .collect();
        assert!(missing.is_empty(), "{component}: not styled: {missing:?}");
    }
    for absent in [
        "govuk-accordion",
        "govuk-tabs",
        "govuk-header",
        "govuk-footer",
    ] {
        assert!(!styled.contains(absent), "{absent} is not on the page");
    }
    let zipped = gzip(&lean);
    println!(
        "stylesheet for the question page ({}): {:.1} KB raw, {:.1} KB gzip -9 ({zipped} bytes; budget 6 KB)",
        page.join(", "),
        lean.len() as f64 / 1024.0,
        zipped as f64 / 1024.0
    );
    assert!(zipped <= 6 * 1024, "{zipped} bytes gzipped");
    let with_overrides =
        sheet::to_css(&sheet::components_stylesheet(&theme, &["input", sheet::OVERRIDES]).unwrap());
    assert!(with_overrides.contains("govuk-\\!-margin-bottom-6"));
    let refused = sheet::components_stylesheet(&theme, &["inputs"]).unwrap_err();
    assert!(
        refused.contains("\"inputs\"") && refused.contains("date-input"),
        "{refused}"
    );
}

/// A rendered page's own stylesheet (`civic css --page`) styles every class the page uses that
/// the full sheet styles: for each of govuk-frontend's 725 fixtures, both as govuk-frontend
/// renders it and as Civic does. The components are found from the page's classes, so the
/// peer's markup checks that the way they are found holds for markup Civic did not write.
#[test]
fn a_rendered_pages_stylesheet_styles_every_class_it_uses() {
    use std::collections::BTreeMap;
    let theme = Theme::civic();
    let full = classes(&sheet::css(&theme));
    // Sheets by the components found: most fixtures of a component need the same few.
    let mut sheets: BTreeMap<Vec<&'static str>, BTreeSet<String>> = BTreeMap::new();
    let mut checked = 0;
    let mut leaner = 0;
    for component in civic::COMPONENTS {
        for fixture in civic_tests::fixtures(component) {
            let ours = civic::render_to_html(component, &fixture.options)
                .unwrap_or_else(|e| panic!("{component} {}: {e}", fixture.name));
            for (whose, html) in [("govuk-frontend's", &fixture.html), ("Civic's", &ours)] {
                let used = sheet::classes_in_html(html);
                assert_eq!(
                    used.iter().cloned().collect::<BTreeSet<_>>(),
                    &tree_classes(html) | &tree_classes_scripting(html, false),
                    "{whose} {component} {}: the classes a browser's trees have",
                    fixture.name
                );
                let found = sheet::components_for_classes(used.iter().map(String::as_str));
                if used.is_empty() {
                    // Only a label with no text draws nothing at all.
                    assert_eq!(
                        (*component, fixture.name.as_str()),
                        ("label", "empty"),
                        "{whose} markup has no classes"
                    );
                } else {
                    assert!(
                        found.contains(component),
                        "{whose} {component} {}: found {found:?} in {used:?}",
                        fixture.name
                    );
                }
                let styled = sheets.entry(found.clone()).or_insert_with(|| {
                    classes(&sheet::to_css(&sheet::pages_stylesheet(&theme, &[html])))
                });
                let missing: Vec<_> = used
                    .iter()
                    .map(|c| c.replace('!', "\\!"))
                    .filter(|c| full.contains(c) && !styled.contains(c))
                    .collect();
                assert!(
                    missing.is_empty(),
                    "{whose} {component} {}: not styled: {missing:?}",
                    fixture.name
                );
                leaner += usize::from(styled.len() < full.len());
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 2 * 725, "every fixture, both renderings");
    assert_eq!(leaner, checked, "every page's sheet leaves something out");
    println!(
        "{checked} rendered pages: each styled by its own sheet ({} distinct sheets)",
        sheets.len()
    );
}

/// The classes of the elements of the tree a browser builds from `html` (html5ever's tree
/// builder, through scraper): the peer `classes_in_html`, which only tokenizes, is held to.
fn tree_classes(html: &str) -> BTreeSet<String> {
    tree_classes_scripting(html, true)
}

/// [`tree_classes`] as a browser with JavaScript (`scripting`: `<noscript>` holds text) or
/// without it (`<noscript>` holds markup) builds the tree.
fn tree_classes_scripting(html: &str, scripting: bool) -> BTreeSet<String> {
    use html5ever::tendril::TendrilSink;
    let options = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: scripting,
            ..Default::default()
        },
        ..Default::default()
    };
    let sink = scraper::HtmlTreeSink::new(scraper::Html::new_document());
    let page = html5ever::driver::parse_document(sink, options).one(html);
    page.tree
        .nodes()
        .filter_map(|node| node.value().as_element())
        .flat_map(|element| element.classes().map(str::to_owned))
        .collect()
}

/// Markup a page may hold that is not elements (script, style, a textarea's and a title's
/// text) gives no classes, as in a browser's tree, and deeply nested markup is read in time
/// proportional to its length: a tree builder would take quadratic time over 100,000 levels.
#[test]
fn classes_are_read_from_elements_only_and_at_any_depth() {
    let tricky = r#"<!doctype html><title><p class="in-title"></title>
        <style>.x { content: "<p class='in-style'>" }</style>
        <script>document.write('<p class="in-script">')</script><script/><p class="in-script-2"></script>
        <textarea class="govuk-textarea"><p class="in-textarea"></textarea>
        <xmp><p class="in-xmp"></xmp><iframe><p class="in-iframe"></iframe>
        <noembed><p class="in-noembed"></noembed><noframes><p class="in-noframes"></noframes>
        <!-- <p class="in-comment"> --><svg class="icon"><path class="part"/></svg>
        <svg><title/><g class="after-svg-title"/></svg>
        <svg><title>x <span class="in-svg-title">y</span></title><style/><g class="after-svg-style"/>
        <![CDATA[ <p class="in-cdata"> ]]><g class="after-cdata"/></svg>
        <math><mi class="m"/></math>
        <p class="govuk-body" class="second"><i class=" a  b
        a ">x</i><plaintext><p class="in-plaintext">"#;
    let read = sheet::classes_in_html(tricky);
    assert_eq!(
        read,
        [
            "govuk-textarea",
            "icon",
            "part",
            "after-svg-title",
            "in-svg-title",
            "after-svg-style",
            "after-cdata",
            "m",
            "govuk-body",
            "a",
            "b"
        ]
    );
    assert_eq!(
        read.into_iter().collect::<BTreeSet<_>>(),
        tree_classes(tricky)
    );
    // What a browser without JavaScript shows is read, so its components are styled; and
    // what one with JavaScript shows after a `<noscript>` whose content, read as markup,
    // would hide it (an unclosed style element or comment).
    assert_eq!(
        sheet::classes_in_html(r#"<noscript><p class="govuk-warning-text">x</p></noscript>"#),
        ["govuk-warning-text"]
    );
    let unclosed = r#"<p class="govuk-body"><noscript><p class="govuk-inset-text"><style>
        </noscript><p class="govuk-tag"><noscript><!-- </noscript><p class="govuk-panel">"#;
    assert_eq!(
        sheet::classes_in_html(unclosed),
        ["govuk-body", "govuk-inset-text", "govuk-tag", "govuk-panel"]
    );
    // Each reading alone is a browser's tree, with JavaScript off and on.
    let classes = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(
        tree_classes_scripting(unclosed, false),
        classes(&["govuk-body", "govuk-inset-text"])
    );
    assert_eq!(
        tree_classes_scripting(unclosed, true),
        classes(&["govuk-body", "govuk-tag", "govuk-panel"])
    );

    let depth = 100_000;
    let mut deep = String::new();
    for level in 0..depth {
        deep.push_str(if level % 2 == 0 {
            "<div class=\"govuk-body\">"
        } else {
            "<span class=\"govuk-tag\"><b>"
        });
    }
    deep.push_str("<p class=\"govuk-hint\">end");
    assert_eq!(
        sheet::classes_in_html(&deep),
        ["govuk-body", "govuk-tag", "govuk-hint"]
    );
}

/// The markup behaviours draw from other components, as civic-styles lists it, is what
/// govuk-frontend's scripts draw: each listed component's script writes the other's class.
#[test]
fn markup_drawn_by_behaviours_is_govuk_frontends() {
    for (component, draws) in sheet::components::DRAWN_BY_BEHAVIOURS {
        let script = civic_tests::govuk_components_dir()
            .join(component)
            .join(format!("{component}.mjs"));
        let script = std::fs::read_to_string(&script)
            .unwrap_or_else(|e| panic!("{}: {e} (run npm ci)", script.display()));
        assert!(
            script.contains(&format!("'govuk-{draws} ")),
            "{component}'s script draws govuk-{draws}"
        );
        let found = sheet::components_for_classes([format!("govuk-{component}").as_str()]);
        assert!(
            found.contains(draws),
            "{component} brings {draws}: {found:?}"
        );
    }
}

/// The `<style>` elements `PageStyles` writes: each one's part name and CSS, in order.
fn style_elements(head: &str) -> Vec<(String, String)> {
    let document = scraper::Html::parse_fragment(head);
    let selector = scraper::Selector::parse("style").unwrap();
    document
        .select(&selector)
        .map(|style| {
            let name = style
                .value()
                .attr(civic::STYLE_ATTRIBUTE)
                .unwrap_or("")
                .to_owned();
            (name, style.text().collect())
        })
        .collect()
}

/// Draws `view` with a `PageStyles` in context: its HTML, the components collected and the
/// `<style>` elements written.
fn drawn_with_page_styles<V: leptos::prelude::IntoView + 'static>(
    theme: &Theme,
    view: impl FnOnce() -> V,
) -> (String, Vec<&'static str>, String) {
    use leptos::prelude::*;
    let styles = civic::PageStyles::new(theme.clone());
    let html = Owner::new().with(|| {
        styles.provide();
        view().into_view().to_html()
    });
    (html, styles.components(), styles.style_elements())
}

/// What a page's `PageStyles` collected, held to its markup's classes (the reading `civic css
/// --page` does): every component the markup uses is collected, nothing is collected that
/// the drawn component and those found do not need, and the elements written are `civic css
/// --components` of what was collected, in order.
fn check_collected(
    whose: &str,
    theme: &Theme,
    drawn: &[&str],
    html: &str,
    collected: &[&str],
    head: &str,
) {
    let classes = sheet::classes_in_html(html);
    let mut found = sheet::components_for_classes(classes.iter().map(String::as_str));
    let overrides = found.last() == Some(&sheet::OVERRIDES);
    if overrides {
        found.pop();
    }
    for name in &found {
        assert!(
            collected.contains(name),
            "{whose}: {name} is on the page but not collected: {collected:?}"
        );
    }
    let mut expected: Vec<&str> = found.clone();
    expected.extend(
        drawn
            .iter()
            .copied()
            .filter(|name| sheet::Part::from_name(name).is_some()),
    );
    for (by, draws) in sheet::components::DRAWN_BY_BEHAVIOURS {
        if expected.contains(by) {
            expected.push(draws);
        }
    }
    let closure: Vec<&str> = sheet::Part::page(&expected)
        .unwrap()
        .into_iter()
        .filter_map(|part| part.component_name())
        .collect();
    assert_eq!(
        collected, closure,
        "{whose}: collected beyond what the page needs"
    );
    let elements = style_elements(head);
    let names: Vec<&str> = elements.iter().map(|(name, _)| name.as_str()).collect();
    let mut parts = vec!["core"];
    parts.extend(collected);
    // The override classes come when the page uses one, and only then.
    parts.push(if overrides {
        "core-end-overrides"
    } else {
        "core-end"
    });
    assert_eq!(names, parts, "{whose}: one element per part, in order");
    let written: String = elements.iter().map(|(_, css)| css.as_str()).collect();
    let mut names = collected.to_vec();
    if overrides {
        names.push(sheet::OVERRIDES);
    }
    assert_eq!(
        written,
        sheet::to_css(&sheet::components_stylesheet(theme, &names).unwrap()),
        "{whose}: the elements are the sheet of the components collected"
    );
}

#[test]
fn page_styles_collect_what_each_fixture_draws() {
    let theme = Theme::named("anytown").unwrap();
    let mut checked = 0;
    for component in civic::COMPONENTS {
        for fixture in civic_tests::fixtures(component) {
            let (html, collected, head) = drawn_with_page_styles(&theme, || {
                civic::render_view(component, &fixture.options)
                    .unwrap_or_else(|e| panic!("{component} {}: {e}", fixture.name))
            });
            let whose = format!("{component} {}", fixture.name);
            check_collected(&whose, &theme, &[component], &html, &collected, &head);
            checked += 1;
        }
    }
    assert_eq!(checked, 725);
}

#[test]
fn page_styles_collect_what_typed_components_and_the_page_template_draw() {
    use civic::prelude::*;
    let theme = Theme::civic();
    let (html, collected, head) = drawn_with_page_styles(&theme, || {
        let name = RwSignal::new(String::new());
        view! {
            <ErrorSummary title="There is a problem" errors=vec![ErrorSummaryItem::new("#name", "Enter your name")] />
            <Input name="name" label="Full name" value=name error="Enter your name" />
            <Radios name="contact" legend="How?" items=vec![ChoiceItem::new("email", "Email")] />
            <DateInput id="dob" name_prefix="dob" legend="Date of birth" />
            <CharacterCount name="detail" label="Detail" maxlength=200.0 />
            <Button text="Continue" />
        }
    });
    check_collected("question page", &theme, &[], &html, &collected, &head);
    assert_eq!(
        collected,
        [
            "error-message",
            "hint",
            "label",
            "button",
            "textarea",
            "character-count",
            "fieldset",
            "input",
            "date-input",
            "error-summary",
            "radios"
        ]
    );
    // Nothing drawn: the core alone.
    let (_, collected, head) =
        drawn_with_page_styles(&theme, || view! { <p class="govuk-body">"Hello"</p> });
    assert!(collected.is_empty());
    assert_eq!(style_elements(&head).len(), 2, "the core's two parts");
    // A whole page: its header, footer and skip link are collected with its content.
    let (html, collected, head) = drawn_with_page_styles(&theme, || {
        view! {
            <Page header=|| view! { <Header /> } footer=|| view! { <Footer /> }>
                <Panel title="Application complete" />
            </Page>
        }
    });
    check_collected("page template", &theme, &[], &html, &collected, &head);
    for name in ["header", "footer", "skip-link", "panel"] {
        assert!(collected.contains(&name), "{name}: {collected:?}");
    }
}

#[test]
fn page_styles_collect_what_the_patterns_pages_draw() {
    use civic_patterns::flow::Answers;
    use civic_patterns::pages::QuestionPage;
    use civic_patterns::services;
    use leptos::prelude::*;
    let theme = Theme::civic();
    let mut pages = 0;
    for flow in [services::blue_badge(), services::missed_bin()] {
        for page in flow.pages.iter().filter(|p| !p.questions.is_empty()) {
            // Blank, so every question shows its error.
            let problems: Vec<_> = page
                .questions
                .iter()
                .filter_map(|q| {
                    let blank = civic_patterns::questions::Input::Text(String::new());
                    let today = civic_patterns::questions::date::Date::new(2026, 12, 8).unwrap();
                    q.check(&blank, civic::Locale::En, today).err()
                })
                .flatten()
                .collect();
            let (drawn, id) = (page.clone(), page.id.clone());
            let (html, collected, head) = drawn_with_page_styles(&theme, move || {
                view! {
                    <QuestionPage page=drawn answers=Answers::new() problems=problems
                        locale=civic::Locale::En action=format!("/{id}") back="/back" />
                }
            });
            check_collected(&page.id, &theme, &[], &html, &collected, &head);
            pages += 1;
        }
    }
    assert!(pages >= 24 + 10, "{pages} question pages");
}

#[test]
fn page_styles_write_the_nonce_and_the_override_classes_a_component_asks_for() {
    use civic::prelude::*;
    let theme = Theme::civic();
    let styles = civic::PageStyles::new(theme).with_nonce("r4nd\"0m");
    Owner::new().with(|| {
        styles.provide();
        view! { <Button text="Save" options=ButtonOptions {
            classes: Some("govuk-!-margin-bottom-0".into()), ..Default::default()
        } /> }
        .to_html()
    });
    let head = styles.style_elements();
    let document = scraper::Html::parse_fragment(&head);
    let selector = scraper::Selector::parse("style").unwrap();
    let styles: Vec<_> = document.select(&selector).collect();
    assert_eq!(styles.len(), 3, "core, button, core end");
    for style in &styles {
        assert_eq!(style.value().attr("nonce"), Some("r4nd\"0m"));
    }
    assert_eq!(
        styles[2].value().attr(civic::STYLE_ATTRIBUTE),
        Some("core-end-overrides")
    );
}
