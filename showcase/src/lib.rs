//! # Civic's showcase
//!
//! The design-system website: a page per component with Civic's examples (Leptos code, shown
//! as the code that draws them), govuk-frontend's examples (their JSON options), the HTML of
//! each, the options tables, accessibility notes, themes and Welsh.
//!
//! One app, built twice: the pre-renderer (`ssr`, the `civic-showcase` binary) writes every
//! page as HTML with Civic's server rendering, and the browser's build (`hydrate`) takes each
//! page over, so a page reads before its wasm loads and with JavaScript off.
//! `cargo xtask showcase --out DIR` builds both into a static site.

#![deny(missing_docs)]

mod app;
mod component_page;
mod data;
#[cfg(all(
    any(feature = "examples", feature = "pattern-examples"),
    target_arch = "wasm32"
))]
mod examples_app;
#[cfg(all(feature = "playground", target_arch = "wasm32"))]
mod playground_app;
#[cfg(feature = "ssr")]
mod rust_tab;
mod theme_page;

pub use app::App;
pub use data::{ComponentPage, COMPONENT_PAGES, PATTERN_PAGES};

/// The site's root folder as an absolute path with a trailing slash (`/` at a host's root,
/// `/civic/` under a sub-path), found once when the page is taken over: after the router has
/// moved to another page, a relative path would lead elsewhere.
#[cfg(target_arch = "wasm32")]
static SITE_ROOT: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// The site's root folder, as an absolute path ([`SITE_ROOT`]).
#[cfg(target_arch = "wasm32")]
fn site_root() -> &'static str {
    SITE_ROOT.get_or_init(|| {
        // The pre-renderer writes the way from each page to the root into
        // `<meta name="civic-root">`.
        let relative = leptos::prelude::document()
            .query_selector("meta[name=civic-root]")
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))
            .unwrap_or_else(|| "./".into());
        let here = leptos::prelude::window()
            .location()
            .href()
            .unwrap_or_default();
        web_sys::Url::new_with_base(&relative, &here)
            .map(|url| url.pathname())
            .unwrap_or_else(|_| "/".into())
    })
}

/// Where the shipped service `name` runs on this site: the base its example gives `<Flow>`.
/// In the browser, under the site's root as served (`/civic/services/missed-bin`); on the
/// server, which draws the example's HTML tab, `/services/missed-bin`. An app of its own
/// gives its own path.
pub fn service_base(name: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    let root = site_root();
    #[cfg(not(target_arch = "wasm32"))]
    let root = "/";
    format!("{root}services/{name}")
}

/// Takes the pre-rendered page over: called by the page's script once the wasm has loaded.
#[cfg(all(feature = "hydrate", target_arch = "wasm32"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // The router's base: the site's root, so that the same relative links work at a host's
    // root and under any sub-path.
    let base = site_root().trim_end_matches('/').to_owned();
    let app = leptos::prelude::document().get_element_by_id("app");
    match app
        .and_then(|app| leptos::wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(app).ok())
    {
        Some(app) => {
            leptos::mount::hydrate_from(app, move || leptos::view! { <App base /> }).forget()
        }
        None => leptos::logging::error!("the page has no #app element to take over"),
    }
}

/// What only the pre-renderer needs.
#[cfg(feature = "ssr")]
pub mod ssr {
    use crate::data::{all_pages, ComponentPage};
    use civic::Locale;
    use leptos::prelude::*;
    use std::cell::RefCell;
    use std::collections::HashMap;

    pub use crate::component_page::Drawn;

    thread_local! {
        /// What the server drew of the page being rendered's examples, by key.
        static MARKUP: RefCell<HashMap<String, Drawn>> = RefCell::new(HashMap::new());
    }

    /// What the server drew of the example `key` on the page being rendered.
    pub(crate) fn markup_for(key: &str) -> Drawn {
        MARKUP.with(|markup| markup.borrow().get(key).cloned().unwrap_or_default())
    }

    /// One page of the site.
    pub struct SitePage {
        /// Its path from the site's root, such as `components/button/` (`""` for the index).
        pub path: String,
        /// Its `<title>`.
        pub title: String,
        /// Its examples' HTML in each locale, by key (written beside it as
        /// `markup.<lang>.json`).
        pub markup: Vec<(Locale, Vec<(String, Drawn)>)>,
        component: Option<&'static ComponentPage>,
    }

    /// Every page of the site.
    pub fn pages() -> Vec<SitePage> {
        let mut pages = vec![
            SitePage {
                path: String::new(),
                title: "Civic design system".into(),
                markup: Vec::new(),
                component: None,
            },
            SitePage {
                path: "theme/".into(),
                title: "Theme playground – Civic design system".into(),
                markup: Vec::new(),
                component: None,
            },
        ];
        for page in all_pages() {
            pages.push(SitePage {
                path: format!("{}/{}/", page.section, page.name),
                title: format!("{} – Civic design system", page.title()),
                markup: Locale::ALL
                    .iter()
                    .map(|locale| (*locale, crate::component_page::markup(page, *locale)))
                    .collect(),
                component: Some(page),
            });
        }
        pages
    }

    /// The document in one example's frame.
    pub struct Frame {
        /// Its path from its page's folder (`examples/3.cy.html`).
        pub path: String,
        /// Its title.
        pub title: String,
        /// The example, as the server drew it.
        pub html: String,
    }

    impl SitePage {
        /// What the server drew of the page's examples in `locale`, by key.
        fn drawn_in(&self, locale: Locale) -> &[(String, Drawn)] {
            self.markup
                .iter()
                .find(|(l, _)| *l == locale)
                .map(|(_, drawn)| drawn.as_slice())
                .unwrap_or_default()
        }

        /// The frames of the page's govuk-frontend examples in `locale`.
        pub fn frames(&self, locale: Locale) -> Vec<Frame> {
            let Some(page) = self.component else {
                return Vec::new();
            };
            let drawn = self.drawn_in(locale);
            page.gallery
                .iter()
                .enumerate()
                .map(|(index, fixture)| {
                    let key = crate::component_page::example_key(page, false, index);
                    Frame {
                        path: crate::component_page::frame_path(index, locale),
                        title: format!("{} example: {}", page.title(), fixture.name),
                        html: drawn
                            .iter()
                            .find(|(k, _)| *k == key)
                            .map(|(_, d)| d.html.clone())
                            .unwrap_or_default(),
                    }
                })
                .collect()
        }

        /// The documents of the page's own examples that run on their own (a whole page) in
        /// `locale`, each with the server's rendering for the examples module to take over:
        /// `(frame, the example's key)`. A service's runs at `services/<name>/` instead.
        pub fn own_documents(&self, locale: Locale) -> Vec<(Frame, String)> {
            let Some(page) = self.component else {
                return Vec::new();
            };
            let drawn = self.drawn_in(locale);
            page.examples
                .iter()
                .enumerate()
                .filter(|(_, example)| {
                    example.own_document && !(example.owns_router && page.service().is_some())
                })
                .map(|(index, example)| {
                    let key = crate::component_page::example_key(page, true, index);
                    let html = drawn
                        .iter()
                        .find(|(k, _)| *k == key)
                        .and_then(|(_, d)| d.live.clone())
                        .unwrap_or_default();
                    let frame = Frame {
                        path: crate::component_page::live_path(index, locale),
                        title: format!("{} example: {}", page.title(), example.title),
                        html,
                    };
                    (frame, key)
                })
                .collect()
        }

        /// The section a page belongs to (`components`, `patterns`), for the examples module
        /// that draws its examples.
        pub fn section(&self) -> &'static str {
            self.component.map(|page| page.section).unwrap_or_default()
        }

        /// The page's name (`page-template`); empty for the index and the theme page.
        pub fn name(&self) -> &'static str {
            self.component.map(|page| page.name).unwrap_or_default()
        }

        /// The page's body, rendered as the browser's build will hydrate it.
        pub fn body(&self) -> String {
            let english = self
                .markup
                .iter()
                .find(|(locale, _)| *locale == Locale::default())
                .map(|(_, markup)| markup.iter().cloned().collect())
                .unwrap_or_default();
            MARKUP.with(|markup| *markup.borrow_mut() = english);
            let url = format!("/{}", self.path);
            let owner = Owner::new();
            owner.with(|| {
                provide_context(leptos_router::location::RequestUrl::new(&url));
                leptos::view! { <crate::App /> }.to_html()
            })
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use crate::data::{ComponentPage, COMPONENT_PAGES};

    /// One gallery example's Rust tab, compiled by the build script into this module.
    struct GalleryRust {
        component: &'static str,
        index: usize,
        /// The tab's text, as the build script wrote it into the module.
        text: &'static str,
        /// The module's example, drawn.
        html: fn() -> Result<String, serde_json::Error>,
    }

    include!(concat!(env!("OUT_DIR"), "/gallery_rust.rs"));

    #[test]
    fn every_gallery_rust_tab_compiles_and_draws_its_example() {
        let mut checked = 0;
        for page in COMPONENT_PAGES
            .iter()
            .filter(|page| !page.gallery.is_empty())
        {
            let drawn = crate::component_page::markup(page, civic::Locale::default());
            let compiled: Vec<_> = GALLERY_RUST
                .iter()
                .filter(|example| example.component == page.name)
                .collect();
            assert_eq!(
                compiled.len(),
                page.gallery.len(),
                "{}: every example compiled",
                page.name
            );
            for example in compiled {
                let key = crate::component_page::example_key(page, false, example.index);
                let (_, shown) = drawn
                    .iter()
                    .find(|(k, _)| *k == key)
                    .unwrap_or_else(|| panic!("{key}: drawn"));
                assert_eq!(
                    shown.rust.as_deref(),
                    Some(example.text),
                    "{key}: the tab shows the code compiled"
                );
                let html = (example.html)().unwrap_or_else(|error| panic!("{key}: {error}"));
                assert_eq!(
                    crate::component_page::without_markers(&html),
                    shown.html,
                    "{key}: the code draws the example"
                );
                checked += 1;
            }
        }
        assert!(checked > 250, "only {checked} examples");
    }

    /// Whether `needle` (a run of sibling nodes) is a run of siblings somewhere in `haystack`.
    fn holds(haystack: &[civic_tests::NormalNode], needle: &[civic_tests::NormalNode]) -> bool {
        haystack.windows(needle.len()).any(|run| run == needle)
            || haystack.iter().any(|node| match node {
                civic_tests::NormalNode::Element { children, .. } => holds(children, needle),
                civic_tests::NormalNode::Text(_) => false,
            })
    }

    #[test]
    fn every_civic_examples_json_tab_draws_its_components() {
        let (mut components, mut other_pages) = (0, 0);
        for locale in civic::Locale::ALL {
            for page in crate::data::all_pages() {
                let drawn = crate::component_page::markup(page, locale);
                for (index, example) in page.examples.iter().enumerate() {
                    if example.owns_router {
                        continue; // a_services_json_tab_is_its_flow_definition
                    }
                    let key = crate::component_page::example_key(page, true, index);
                    let (_, shown) = drawn.iter().find(|(k, _)| *k == key).unwrap();
                    let json = shown.json.as_deref().expect("a JSON tab");
                    let on_component_page = COMPONENT_PAGES.iter().any(|p| std::ptr::eq(p, page));
                    if json == crate::component_page::NO_JSON {
                        // Layout helpers and patterns' pages draw no component of their own.
                        assert!(!on_component_page, "{key}: no JSON options");
                        continue;
                    }
                    if page.name == "page-template" {
                        // A whole <Page>, which says why no options draw it.
                        assert!(json.contains("civic render template"), "{key}: {json}");
                        continue;
                    }
                    // Each component the JSON draws is in the example, as drawn.
                    let example_nodes = civic_tests::normalise(&shown.html);
                    for line in json_drawings(page, json, locale) {
                        let nodes = civic_tests::normalise(&line);
                        assert!(!nodes.is_empty(), "{key}: {json} draws nothing");
                        assert!(
                            holds(&example_nodes, &nodes),
                            "{key} in {locale:?}: its JSON tab\n{json}\ndraws\n{}\nwhich is not in the example\n{}",
                            civic_tests::pretty(&nodes),
                            civic_tests::pretty(&example_nodes)
                        );
                    }
                    if on_component_page {
                        components += 1;
                    } else {
                        other_pages += 1;
                    }
                }
            }
        }
        // Every example on a component's page (43 in each language) has JSON.
        let on_component_pages: usize = COMPONENT_PAGES.iter().map(|p| p.examples.len()).sum();
        assert_eq!(components, civic::Locale::ALL.len() * on_component_pages);
        assert!(on_component_pages >= 40, "{on_component_pages} examples");
        // Outside the components' pages only the layout helpers, patterns' pages and the
        // page template's whole pages have examples, none of them drawn by a component alone.
        assert_eq!(other_pages, 0);
    }

    /// What a Civic example's JSON tab draws through `civic render`'s own code path, each
    /// component on its own: one component's options (the page's component), or `--jsonl`
    /// lines.
    fn json_drawings(page: &ComponentPage, json: &str, locale: civic::Locale) -> Vec<String> {
        let draw = |component: &str, options: &serde_json::Value, locale| {
            civic::render_to_html_in(locale, component, options)
                .unwrap_or_else(|error| panic!("{}: {json} is refused: {error}", page.name))
        };
        match serde_json::from_str::<serde_json::Value>(json) {
            Ok(options) if options.is_object() && options.get("component").is_none() => {
                vec![draw(page.name, &options, locale)]
            }
            _ => json
                .lines()
                .map(|line| {
                    let line: serde_json::Value = serde_json::from_str(line)
                        .unwrap_or_else(|error| panic!("{}: {line}: {error}", page.name));
                    let locale = match line["locale"].as_str() {
                        Some(tag) => civic::Locale::from_tag(tag).expect("a shipped locale"),
                        None => civic::Locale::En,
                    };
                    draw(
                        line["component"].as_str().unwrap(),
                        &line["options"],
                        locale,
                    )
                })
                .collect(),
        }
    }

    #[test]
    fn an_example_drawn_by_its_component_alone_is_drawn_by_its_json() {
        // The input's first example is the component alone: its JSON draws the whole of it.
        let page = crate::data::component("input").unwrap();
        for locale in civic::Locale::ALL {
            let drawn = crate::component_page::markup(page, locale);
            let key = crate::component_page::example_key(page, true, 0);
            let (_, shown) = drawn.iter().find(|(k, _)| *k == key).unwrap();
            let json = shown.json.as_deref().unwrap();
            let html = json_drawings(page, json, locale).concat();
            assert_eq!(
                civic_tests::dom_difference(&shown.html, &html),
                None,
                "{json}"
            );
        }
    }

    #[test]
    fn a_services_json_tab_is_its_flow_definition() {
        for name in civic_patterns::services::NAMES {
            let (page, example) = crate::data::service_example(name).unwrap();
            let index = page
                .examples
                .iter()
                .position(|e| std::ptr::eq(e, example))
                .unwrap();
            let drawn = crate::component_page::markup(page, civic::Locale::default());
            let key = crate::component_page::example_key(page, true, index);
            let (_, shown) = drawn.iter().find(|(k, _)| *k == key).unwrap();
            let json = shown.json.as_deref().unwrap_or_default();
            let flow = civic_patterns::flow::Flow::from_json(json)
                .unwrap_or_else(|error| panic!("{key}: {error:?}"));
            assert_eq!(flow.id, civic_patterns::services::by_name(name).unwrap().id);
        }
    }

    #[test]
    fn every_shipped_service_runs_on_its_patterns_page() {
        for name in civic_patterns::services::NAMES {
            let (page, example) = crate::data::service_example(name).unwrap_or_else(|| {
                panic!("{name}: write patterns/showcase/{name}-service.rs, with an example that runs it in its own <Router>")
            });
            assert!(
                example.view.is_some(),
                "{name}: compiled for the pre-renderer"
            );
            // Its start page, as the pre-renderer draws it for the example's HTML tab.
            let drawn = crate::component_page::markup(page, civic::Locale::default());
            let (_, start) = drawn
                .iter()
                .find(|(key, _)| key.ends_with("-civic-1"))
                .expect("the service's example is drawn");
            let flow = civic_patterns::services::by_name(name).unwrap();
            let title = flow.title.get(civic::Locale::default());
            assert!(
                start.html.contains(title),
                "{name}: its start page names it: {}",
                start.html
            );
            assert!(
                start
                    .html
                    .contains(&format!("href=\"/services/{name}/{}\"", flow.pages[0].id)),
                "{name}: Start now leads to its first page under the service's address: {}",
                start.html
            );
        }
    }

    #[test]
    fn every_component_has_a_page_with_its_options_documented() {
        assert_eq!(COMPONENT_PAGES.len(), civic::COMPONENTS.len());
        for page in COMPONENT_PAGES {
            assert!(
                civic::COMPONENTS.contains(&page.name),
                "{} is not a component",
                page.name
            );
            assert!(
                !page.examples.is_empty(),
                "{}: write at least one example in its folder's examples.rs",
                page.name
            );
            assert!(
                page.accessibility.contains("**Keyboard.**")
                    && page.accessibility.contains("**Screen readers.**"),
                "{}: its module's doc comment needs an `# Accessibility` section saying how it is operated by keyboard and what screen readers hear",
                page.name
            );
            assert!(
                !page.summary.is_empty(),
                "{}: no summary in its module's doc comment",
                page.name
            );
            let first = page
                .structs
                .first()
                .unwrap_or_else(|| panic!("{}: no options struct", page.name));
            assert_eq!(first.name, page.options);
            for item in page.structs {
                assert!(
                    !item.doc.is_empty(),
                    "{}: {} has no description",
                    page.name,
                    item.name
                );
                for field in item.fields {
                    assert!(
                        !field.doc.is_empty(),
                        "{}: option {}.{} has no description",
                        page.name,
                        item.name,
                        field.json
                    );
                    assert!(
                        !field.ty.is_empty(),
                        "{}: option {}.{} has no type",
                        page.name,
                        item.name,
                        field.json
                    );
                }
            }
        }
    }

    #[test]
    fn every_pattern_and_foundation_has_a_page_with_examples_and_accessibility_notes() {
        assert!(crate::data::PATTERN_PAGES.len() >= 7);
        let foundations: Vec<_> = crate::data::FOUNDATION_PAGES
            .iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(foundations, ["layout-and-typography", "page-template"]);
        for page in crate::data::PATTERN_PAGES
            .iter()
            .chain(crate::data::FOUNDATION_PAGES)
        {
            assert!(!page.summary.is_empty(), "{}: no summary", page.name);
            assert!(!page.examples.is_empty(), "{}: no example", page.name);
            assert!(
                page.accessibility.contains("**Keyboard.**")
                    && page.accessibility.contains("**Screen readers.**"),
                "{}: no accessibility notes",
                page.name
            );
        }
    }

    #[test]
    fn each_page_has_one_main_heading_and_an_example_with_its_own_runs_in_a_frame() {
        for page in crate::ssr::pages() {
            let body = page.body();
            assert_eq!(body.matches("<h1").count(), 1, "{}: one <h1>", page.path);
            for locale in civic::Locale::ALL {
                for (frame, key) in page.own_documents(locale) {
                    assert!(
                        frame.html.matches("<h1").count() <= 1,
                        "{key}: at most one <h1>"
                    );
                }
            }
        }
    }

    #[test]
    fn a_whole_page_example_runs_in_a_document_of_its_own() {
        let pages = crate::ssr::pages();
        let template = pages
            .iter()
            .find(|page| page.path == "components/page-template/")
            .expect("the page template has a page");
        for locale in civic::Locale::ALL {
            let own = template.own_documents(locale);
            assert_eq!(own.len(), 2, "both of its examples are whole pages");
            for (frame, key) in own {
                assert_eq!(frame.html.matches("<main").count(), 1, "{key}: one main");
                assert!(
                    frame.html.contains("govuk-skip-link"),
                    "{key}: {}",
                    frame.html
                );
                assert!(frame.path.ends_with(&format!(".{}.html", locale.tag())));
            }
        }
        // The examples that are not whole pages stay on theirs.
        let layout = pages
            .iter()
            .find(|page| page.path == "components/layout-and-typography/")
            .expect("layout and typography has a page");
        assert!(layout.own_documents(civic::Locale::default()).is_empty());
    }

    #[test]
    fn each_page_draws_every_example_the_tables_and_the_notes() {
        for page in crate::ssr::pages() {
            for (locale, drawn) in &page.markup {
                assert!(
                    !page.path.starts_with("components/")
                        || page.path == "components/layout-and-typography/"
                        || drawn
                            .iter()
                            .any(|(key, d)| key == "options" && d.html.contains("<table")),
                    "{}: tables",
                    page.path
                );
                assert!(
                    page.path.is_empty()
                        || page.path == "theme/"
                        || drawn.iter().any(|(key, d)| key == "accessibility"
                            && d.html.contains("<strong>Keyboard.</strong>")),
                    "{}: accessibility notes",
                    page.path
                );
                for (key, drawn) in drawn {
                    assert!(
                        !drawn.html.is_empty(),
                        "{} {key} ({}): nothing drawn",
                        page.path,
                        locale.tag()
                    );
                    assert!(
                        !drawn.html.contains("showcase-error"),
                        "{} {key}: {}",
                        page.path,
                        drawn.html
                    );
                }
            }
        }
    }
}
