//! A page's stylesheet, written as its components are drawn (feature `styles`, #13).
//!
//! Every element's classes go through one function (`join_classes`), and every block of
//! trusted markup through [`TrustedHtml`](crate::TrustedHtml): with a [`PageStyles`] in
//! context, the components their `govuk-…` classes name add their rules, and those of the
//! components they build on, to the page: on the server they are collected for
//! [`PageStyles::style_elements`] to write into the page's `<head>`; in the browser each is
//! written into a `<style>` element of its own the first time it is needed. Each part of the
//! sheet goes in the full sheet's order, whatever order the components come in, so the
//! cascade is always govuk-frontend's. The rules are civic-styles' ([`Part`]), the same as
//! `civic css` writes.

use civic_styles::sheet::components::DRAWN_BY_BEHAVIOURS;
use civic_styles::sheet::{to_css, Part, OVERRIDES};
use civic_styles::Theme;
use leptos::prelude::{provide_context, use_context};
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, MutexGuard};

/// The attribute that marks each `<style>` element [`PageStyles`] writes with its part's name
/// (`core`, `input`, `core-end`, …), so that the browser takes over what the server wrote.
pub const STYLE_ATTRIBUTE: &str = "data-civic-style";

/// The stylesheet of the Civic components a page draws, collected as they are drawn: the
/// core (type, links, grid, template, utilities) and, for each component, its rules and
/// those of the components it builds on (an input's label, hint and error message).
///
/// Provide it where the page is drawn. On the server, render the page's body first, then
/// write [`style_elements`](PageStyles::style_elements) into its `<head>`:
///
/// ```
/// # #[cfg(feature = "ssr")] {
/// use civic::prelude::*;
/// use civic::PageStyles;
///
/// let styles = PageStyles::new(civic_styles::Theme::civic());
/// let body = Owner::new().with(|| {
///     styles.provide();
///     view! { <Input name="postcode" label="Postcode" /> }.to_html()
/// });
/// assert_eq!(styles.components(), ["error-message", "hint", "label", "input"]);
/// let head = styles.style_elements();
/// assert!(head.starts_with(r#"<style data-civic-style="core">"#));
/// assert!(head.contains(".govuk-input") && !head.contains(".govuk-accordion"));
/// # let _ = body;
/// # }
/// ```
///
/// In the browser, provide it before drawing: the core's rules go into `<head>` at once
/// (or are taken over from a server-rendered page), and each component's when it is first
/// drawn, so that an error summary shown after Continue brings its rules then.
///
/// A static stylesheet (`civic css --page`) is lighter for a page on a slow phone: it loads
/// beside the HTML, is cached, and keeps the stylesheet code out of the wasm. `PageStyles`
/// suits an app that cannot run a build step for its CSS.
#[derive(Clone)]
pub struct PageStyles(Arc<Mutex<Collected>>);

struct Collected {
    theme: Theme,
    parts: BTreeSet<Part>,
    /// The page's content security policy nonce, written on every `<style>` element.
    nonce: Option<String>,
}

impl PageStyles {
    /// The styles of a page in `theme`: the core's rules. Components add theirs as they are
    /// drawn.
    pub fn new(theme: Theme) -> Self {
        let parts = BTreeSet::from([Part::CORE_START, Part::core_end(false)]);
        let collected = Collected {
            theme,
            parts,
            nonce: None,
        };
        PageStyles(Arc::new(Mutex::new(collected)))
    }

    /// These styles with the override classes (`govuk-!-margin-bottom-6`,
    /// `govuk-!-font-size-19`, …) in the core from the start. They also come in on their own
    /// when a component's `classes` or a block of trusted HTML uses one.
    ///
    /// ```
    /// let styles = civic::PageStyles::new(civic_styles::Theme::civic()).with_override_classes();
    /// assert!(styles.style_elements().contains(".govuk-\\!-margin-bottom-6"));
    /// ```
    pub fn with_override_classes(self) -> Self {
        self.add(OVERRIDES);
        self
    }

    /// These styles with the page's content security policy nonce on every `<style>` element,
    /// for a policy whose `style-src` allows only elements that carry it (the page template's
    /// `cspNonce`).
    pub fn with_nonce(self, nonce: impl Into<String>) -> Self {
        self.lock().nonce = Some(nonce.into());
        self
    }

    /// Makes these styles the ones the components drawn under the current reactive owner add
    /// their rules to. In the browser (civic's `csr` or `hydrate` feature) it also writes the
    /// core's rules into `<head>`, before the page's own stylesheets so that theirs win, and
    /// takes over the `<style>` elements a server wrote (give the browser the server's theme).
    pub fn provide(&self) {
        provide_context(self.clone());
        #[cfg(all(target_arch = "wasm32", any(feature = "csr", feature = "hydrate")))]
        {
            let mut collected = self.lock();
            for part in browser::written() {
                collected.parts.insert(part);
            }
            // A server that had the override classes wins over a browser that had not.
            if collected.parts.contains(&Part::core_end(true))
                && collected.parts.remove(&Part::core_end(false))
            {
                browser::remove(Part::core_end(false));
            }
            let collected = &*collected;
            browser::write(collected, &collected.parts);
        }
    }

    /// Adds the rules of the component named (govuk-frontend's name, such as `date-input`),
    /// of those it builds on and of any whose markup its behaviour draws;
    /// [`OVERRIDES`] adds the override classes. A name with no rules of its own (the page
    /// template, a pattern's) adds nothing: the core styles them.
    pub fn add(&self, component: &str) {
        if component == OVERRIDES {
            return self.add_override_classes();
        }
        let Some(own) = Part::from_name(component) else {
            return;
        };
        let mut collected = self.lock();
        if collected.parts.contains(&own) {
            return;
        }
        // A behaviour may draw another component's markup later (the file upload's button).
        let drawn_later = DRAWN_BY_BEHAVIOURS
            .iter()
            .filter(|(by, _)| *by == component)
            .map(|(_, drawn)| *drawn);
        let new: BTreeSet<Part> = std::iter::once(component)
            .chain(drawn_later)
            .filter_map(|name| Part::component(name).ok())
            .flatten()
            .filter(|part| !collected.parts.contains(part))
            .collect();
        collected.parts.extend(new.iter().copied());
        #[cfg(all(target_arch = "wasm32", any(feature = "csr", feature = "hydrate")))]
        browser::write(&collected, &new);
    }

    /// Puts the override classes into the core's end, in place of the end without them.
    fn add_override_classes(&self) {
        let mut collected = self.lock();
        if !collected.parts.remove(&Part::core_end(false)) {
            return;
        }
        collected.parts.insert(Part::core_end(true));
        #[cfg(all(target_arch = "wasm32", any(feature = "csr", feature = "hydrate")))]
        {
            browser::remove(Part::core_end(false));
            browser::write(&collected, &BTreeSet::from([Part::core_end(true)]));
        }
    }

    /// The components whose rules are in, in the stylesheet's order.
    pub fn components(&self) -> Vec<&'static str> {
        self.lock()
            .parts
            .iter()
            .filter_map(|part| part.component_name())
            .collect()
    }

    /// Every part's rules, each in a `<style>` element of its own marked with
    /// [`STYLE_ATTRIBUTE`], in order: for a server-rendered page's `<head>`, once its body has
    /// been rendered. Joined, they are `civic css --components` of the same components.
    ///
    /// Render the whole body first: with streaming rendering, which sends `<head>` before the
    /// body is drawn, the parts are not all known yet.
    pub fn style_elements(&self) -> String {
        let collected = self.lock();
        let nonce = collected.nonce.as_deref().map_or(String::new(), |nonce| {
            format!(
                " nonce=\"{}\"",
                html_escape::encode_double_quoted_attribute(nonce)
            )
        });
        let mut html = String::new();
        for part in &collected.parts {
            // A theme's values are checked (colours, a font stack of names) and none can
            // close the element; `<\/` keeps that so, should one ever get through.
            let css = to_css(&part.sheet(&collected.theme)).replace("</", "<\\/");
            html.push_str(&format!(
                "<style {STYLE_ATTRIBUTE}=\"{}\"{nonce}>{css}</style>",
                part.name()
            ));
        }
        html
    }

    /// Changes the theme: later parts are written in it, and in the browser every part
    /// already written is rewritten (a theme picker).
    pub fn set_theme(&self, theme: Theme) {
        let mut collected = self.lock();
        collected.theme = theme;
        #[cfg(all(target_arch = "wasm32", any(feature = "csr", feature = "hydrate")))]
        browser::rewrite(&collected.theme, &collected.parts);
    }

    fn lock(&self) -> MutexGuard<'_, Collected> {
        // Nothing panics while holding the lock; were it ever poisoned, the set is still whole.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Called by [`render_view`](crate::render_view) for the component it draws from JSON
/// options: adds its rules to the [`PageStyles`] in context, if there is one, even when its
/// options draw nothing (an empty label).
pub(crate) fn drawn(component: &str) {
    if let Some(styles) = use_context::<PageStyles>() {
        styles.add(component);
    }
}

/// Called with text that may name components' classes: a block of trusted markup (an
/// `html` option or a [`TrustedHtml`](crate::TrustedHtml), which can hold any component's
/// markup, such as a conditional reveal's input) or an element's classes with the user's
/// `classes` among them (an override class such as `govuk-!-margin-bottom-0`). Adds the rules of the components, and
/// the override classes, that its `govuk-…` words name. Any such word counts, in a class or
/// not: a word too many only adds rules, where reading markup as a browser does would take an
/// HTML tokenizer into the wasm.
pub(crate) fn words_drawn(text: &str) {
    if !text.contains("govuk-") {
        return;
    }
    let Some(styles) = use_context::<PageStyles>() else {
        return;
    };
    let words = text.match_indices("govuk-").map(|(start, _)| {
        let word = &text[start..];
        let end = word
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '!')))
            .unwrap_or(word.len());
        &word[..end]
    });
    for component in civic_styles::sheet::components_for_classes(words) {
        styles.add(component);
    }
}

#[cfg(all(target_arch = "wasm32", any(feature = "csr", feature = "hydrate")))]
mod browser {
    use super::{Collected, STYLE_ATTRIBUTE};
    use civic_styles::sheet::{to_css, Part};
    use civic_styles::Theme;
    use std::collections::BTreeSet;
    use std::ops::Bound::{Excluded, Unbounded};

    fn head() -> Option<web_sys::HtmlHeadElement> {
        leptos::prelude::document().head()
    }

    fn element(head: &web_sys::HtmlHeadElement, part: Part) -> Option<web_sys::Element> {
        head.query_selector(&format!("style[{STYLE_ATTRIBUTE}=\"{}\"]", part.name()))
            .ok()
            .flatten()
    }

    /// The parts whose `<style>` elements are in `<head>` already (a server wrote them).
    pub(super) fn written() -> Vec<Part> {
        let Some(head) = head() else {
            return Vec::new();
        };
        let Ok(found) = head.query_selector_all(&format!("style[{STYLE_ATTRIBUTE}]")) else {
            return Vec::new();
        };
        (0..found.length())
            .filter_map(|i| found.item(i))
            .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
            .filter_map(|style| style.get_attribute(STYLE_ATTRIBUTE))
            .filter_map(|name| Part::from_name(&name))
            .collect()
    }

    /// Writes each of `parts` not yet in `<head>` into a `<style>` element of its own, before
    /// the element of the first later part collected, or else before the page's own first
    /// stylesheet (so that the page's rules win over Civic's), or else last.
    pub(super) fn write(collected: &Collected, parts: &BTreeSet<Part>) {
        let Some(head) = head() else {
            return;
        };
        let document = leptos::prelude::document();
        for &part in parts.iter().rev() {
            if element(&head, part).is_some() {
                continue;
            }
            let Ok(style) = document.create_element("style") else {
                return;
            };
            let _ = style.set_attribute(STYLE_ATTRIBUTE, part.name());
            if let Some(nonce) = &collected.nonce {
                let _ = style.set_attribute("nonce", nonce);
            }
            style.set_text_content(Some(&to_css(&part.sheet(&collected.theme))));
            let next = collected
                .parts
                .range((Excluded(part), Unbounded))
                .find_map(|later| element(&head, *later))
                .or_else(|| {
                    let own = format!("link[rel~=stylesheet], style:not([{STYLE_ATTRIBUTE}])");
                    head.query_selector(&own).ok().flatten()
                });
            let _ = head.insert_before(&style, next.as_ref().map(AsRef::as_ref));
        }
    }

    /// Takes `part`'s element out of `<head>`, if it is there.
    pub(super) fn remove(part: Part) {
        if let Some(style) = head().and_then(|head| element(&head, part)) {
            style.remove();
        }
    }

    /// Writes every part again in `theme`.
    pub(super) fn rewrite(theme: &Theme, parts: &BTreeSet<Part>) {
        let Some(head) = head() else {
            return;
        };
        for &part in parts {
            if let Some(style) = element(&head, part) {
                style.set_text_content(Some(&to_css(&part.sheet(theme))));
            }
        }
    }
}
