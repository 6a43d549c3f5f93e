//! What each page shows, gathered by `build.rs` from the component folders (their doc
//! comments, options structs and `examples.rs`) and from govuk-frontend's fixtures.

use leptos::prelude::AnyView;

/// One component's or pattern's page.
pub struct ComponentPage {
    /// `components` or `patterns`: the page is `/<section>/<name>/`.
    pub section: &'static str,
    /// govuk-frontend's name, such as `character-count` (a pattern's file name, such as
    /// `check-answers`; a foundation's, such as `page-template`).
    pub name: &'static str,
    /// Its main options struct (`RadiosOptions`); empty for a page without options.
    pub options: &'static str,
    /// What it is for: the first paragraph of its module's doc comment.
    pub summary: &'static str,
    /// How it is operated by keyboard and what a screen reader hears: the `# Accessibility`
    /// section of its module's doc comment, paragraphs apart by blank lines (in the
    /// pre-renderer only: the browser is sent what it drew).
    pub accessibility: &'static str,
    /// The options model: the component's options struct first, then the structs it uses
    /// (in the pre-renderer only: the browser is sent the tables it drew).
    pub structs: &'static [OptionsStruct],
    /// Civic's own examples, written as Leptos code in the component's `examples.rs`.
    pub examples: &'static [CivicExample],
    /// govuk-frontend's non-hidden examples.
    pub gallery: &'static [Fixture],
}

impl ComponentPage {
    /// The page's heading: `character-count` → "Character count".
    pub fn title(&self) -> String {
        let words = self.name.replace('-', " ");
        let mut chars = words.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

/// A struct of the options model, as its table shows it.
pub struct OptionsStruct {
    /// The Rust type, such as `RadiosOptions`.
    pub name: &'static str,
    /// Its doc comment.
    pub doc: &'static str,
    /// Its options, in declaration order.
    pub fields: &'static [OptionField],
}

/// One option.
pub struct OptionField {
    /// Its name in JSON options (camelCase, as govuk-frontend's macros take it).
    pub json: &'static str,
    /// Its Rust type.
    pub ty: &'static str,
    /// What it does: the field's doc comment.
    pub doc: &'static str,
    /// The component whose options this option takes, such as `label`.
    pub link: Option<&'static str>,
    /// Its fields are read from the same JSON object (`#[serde(flatten)]`).
    pub flattened: bool,
}

/// An example written in Leptos: compiled here, and shown as its source.
pub struct CivicExample {
    /// The function's name (unique on its page).
    pub name: &'static str,
    /// Its doc comment.
    pub title: &'static str,
    /// The function, exactly as written in `examples.rs` (in the pre-renderer only: the
    /// browser is sent it with the examples' HTML).
    pub source: &'static str,
    /// It draws a page of its own (a whole `<Page>`, whose landmarks a page may hold once; a
    /// pattern's page or a `<Panel>`, with the page's `<h1>`; a service with its own
    /// `<Router>`): it runs in a document of its own, framed on its page, rather than among
    /// the page's examples.
    pub own_document: bool,
    /// It brings its own `<Router>`: a whole service, which owns the address bar, run from
    /// `services/<name>/`.
    pub owns_router: bool,
    /// The function itself (in the pre-renderer and the examples module only).
    pub view: Option<fn() -> AnyView>,
}

/// A govuk-frontend example: its name and options (JSON text).
pub struct Fixture {
    /// The fixture's name, such as `with hint`.
    pub name: &'static str,
    /// Its options, as JSON (in the pre-renderer only: the browser is sent what it drew).
    pub options: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/pages.rs"));

/// The page of the component called `name`.
pub fn component(name: &str) -> Option<&'static ComponentPage> {
    COMPONENT_PAGES
        .iter()
        .chain(FOUNDATION_PAGES)
        .find(|page| page.name == name)
}

/// The page of the pattern called `name`.
pub fn pattern(name: &str) -> Option<&'static ComponentPage> {
    PATTERN_PAGES.iter().find(|page| page.name == name)
}

/// Every page with examples: the components', the foundations', then the patterns'.
pub fn all_pages() -> impl Iterator<Item = &'static ComponentPage> {
    COMPONENT_PAGES
        .iter()
        .chain(FOUNDATION_PAGES)
        .chain(PATTERN_PAGES)
}

impl ComponentPage {
    /// What the page documents, as its caption says: a component, a foundation (layout and
    /// typography, the page template) or a pattern.
    pub fn kind(&self) -> &'static str {
        if !self.is_component() {
            "Pattern"
        } else if FOUNDATION_PAGES.iter().any(|page| std::ptr::eq(page, self)) {
            "Foundation"
        } else {
            "Component"
        }
    }

    /// Whether this is a component's page (with options and govuk-frontend's examples).
    pub fn is_component(&self) -> bool {
        self.section == "components"
    }

    /// The shipped service this pattern's page runs (`missed-bin` for `missed-bin-service`),
    /// in a document of its own at `services/<name>/`.
    pub fn service(&self) -> Option<&'static str> {
        let name = self.name.strip_suffix("-service")?;
        civic_patterns::services::NAMES
            .iter()
            .copied()
            .find(|service| *service == name)
    }
}

/// The page of the shipped service `name` and its example that runs it (the one with its
/// own router).
#[cfg(any(
    all(test, feature = "ssr"),
    all(feature = "pattern-examples", target_arch = "wasm32")
))]
pub fn service_example(name: &str) -> Option<(&'static ComponentPage, &'static CivicExample)> {
    let page = PATTERN_PAGES
        .iter()
        .find(|page| page.service() == Some(name))?;
    let example = page.examples.iter().find(|example| example.owns_router)?;
    Some((page, example))
}
