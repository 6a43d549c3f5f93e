//! The stylesheet: every class of govuk-frontend 6.6.0's components and core, generated from a
//! [`Theme`]'s tokens as a stylist [`Sheet`].
//!
//! One function per component lives in [`components`]; the shared mixins (responsive type and
//! spacing, focus states, links) in [`builder`]. The same sheet is used three ways:
//! [`global_style`] injects it in a browser app, `style_element` (feature `ssr`) writes it into
//! server-rendered HTML, and [`css`] gives the text for a static file (`civic css`). A page's
//! own subset comes from [`components_stylesheet`] (components named) or `pages_stylesheet`
//! (feature `pages`: components found in rendered pages).

pub mod builder;
mod choice;
pub mod components;
pub mod core;
mod parts;
pub mod patterns;

pub use parts::Part;
use stylist::ast::{Sheet, ToStyleStr};

use crate::Theme;
use builder::Css;

/// The complete stylesheet for a theme, as a stylist AST.
pub fn stylesheet(theme: &Theme) -> Sheet {
    sheet_with(theme, components::all, true)
}

/// The stylesheet a page of only the components named needs: the core (type, links, grid,
/// template, utilities) and the styles of those components and of those they build on (an
/// input's label, hint and error message), in the full sheet's order. The override classes
/// (`govuk-!-margin-bottom-6`, `govuk-!-font-size-19`, …), a third of the core, come only
/// when `overrides` is among the names. An unknown name is refused with the names there
/// are.
///
/// ```
/// let theme = civic_styles::Theme::civic();
/// let sheet = civic_styles::sheet::components_stylesheet(&theme, &["input"]).unwrap();
/// let css = civic_styles::sheet::to_css(&sheet);
/// assert!(css.contains(".govuk-input") && css.contains(".govuk-label"));
/// assert!(!css.contains(".govuk-accordion"));
/// assert!(civic_styles::sheet::components_stylesheet(&theme, &["inputs"]).is_err());
/// ```
pub fn components_stylesheet(theme: &Theme, names: &[&str]) -> Result<Sheet, String> {
    let overrides = names.contains(&OVERRIDES);
    let names: Vec<&str> = names.iter().copied().filter(|n| *n != OVERRIDES).collect();
    let mut refused = None;
    let sheet = sheet_with(
        theme,
        |css| {
            if let Err(error) = components::some(css, &names) {
                refused = Some(format!("{error}, or {OVERRIDES}"));
            }
        },
        overrides,
    );
    match refused {
        Some(error) => Err(error),
        None => Ok(sheet),
    }
}

/// The name [`components_stylesheet`] takes for the override classes.
pub const OVERRIDES: &str = "overrides";

/// The components a page's markup needs the styles of, found from its classes, in the order
/// [`components_stylesheet`] writes them: component NAME for a class `govuk-NAME`,
/// `govuk-NAME__…` or `govuk-NAME--…`, and [`OVERRIDES`] (last) for any `govuk-!-…` class.
/// Other classes (the core's `govuk-body`, `govuk-grid-row`, a council's own) need nothing
/// beyond the core every page's sheet has.
///
/// Reading the rendered page, rather than a list kept by hand, finds every component on it
/// however it was drawn: by a Leptos component, from JSON options, by a pattern, or as markup
/// in a block of trusted HTML (#13). Most classes a behaviour adds later belong to the
/// component it enhances; where a behaviour draws another component's markup (the file
/// upload's button, [`components::DRAWN_BY_BEHAVIOURS`]), that component is added too.
///
/// ```
/// let found = civic_styles::sheet::components_for_classes([
///     "govuk-grid-row",
///     "govuk-input",
///     "govuk-input--error",
///     "govuk-date-input__item",
///     "govuk-!-margin-bottom-6",
/// ]);
/// assert_eq!(found, ["input", "date-input", "overrides"]);
/// // The file upload's script draws a button.
/// let found = civic_styles::sheet::components_for_classes(["govuk-file-upload"]);
/// assert_eq!(found, ["button", "file-upload"]);
/// ```
pub fn components_for_classes<'a>(classes: impl IntoIterator<Item = &'a str>) -> Vec<&'static str> {
    let position = |name: &str| components::COMPONENTS.iter().position(|c| c.name == name);
    let mut used = vec![false; components::COMPONENTS.len()];
    let mut overrides = false;
    for class in classes {
        let Some(name) = class.strip_prefix("govuk-") else {
            continue;
        };
        if name.starts_with("!-") {
            overrides = true;
            continue;
        }
        let block = [name.find("__"), name.find("--")]
            .into_iter()
            .flatten()
            .min()
            .map_or(name, |end| &name[..end]);
        if let Some(index) = position(block) {
            used[index] = true;
        }
    }
    for (component, draws) in components::DRAWN_BY_BEHAVIOURS {
        if let (Some(component), Some(draws)) = (position(component), position(draws)) {
            used[draws] |= used[component];
        }
    }
    let mut found: Vec<&'static str> = components::COMPONENTS
        .iter()
        .zip(used)
        .filter_map(|(component, used)| used.then_some(component.name))
        .collect();
    if overrides {
        found.push(OVERRIDES);
    }
    found
}

/// The classes of every element of an HTML document or fragment, read as a browser reads
/// them, each once, in the order first met (for a page read twice, below, the second
/// reading's new classes come after the first's).
///
/// Only html5ever's tokenizer runs, not a tree builder: classes need no tree, and a tree
/// builder takes time quadratic in the depth of badly nested markup, which a file given to
/// `civic css --page` may have. The tokenizer is told what a tree builder would tell it, that
/// the text of `<script>`, `<style>`, `<textarea>`, `<title>` and the like is not markup.
/// A page with a `<noscript>` is read twice, as a browser without JavaScript reads it (its
/// content is markup, which those users see) and as one with JavaScript reads it (its content
/// is text, so an unclosed `<style>` or comment inside it hides nothing after it), and the
/// classes of both readings are kept.
///
/// ```
/// let classes = civic_styles::sheet::classes_in_html(
///     r#"<div class="govuk-input  govuk-input--error"><textarea class="govuk-textarea">
///     <b class="not-a-class"></textarea><p class=govuk-body class=ignored>"#,
/// );
/// assert_eq!(classes, ["govuk-input", "govuk-input--error", "govuk-textarea", "govuk-body"]);
/// ```
#[cfg(feature = "pages")]
pub fn classes_in_html(html: &str) -> Vec<String> {
    let without_script = read_classes(html, ClassReader::default());
    if !without_script.noscript_met.get() {
        return without_script.classes.into_inner();
    }
    let with_script = ClassReader {
        seen: without_script.seen,
        classes: without_script.classes,
        scripting: true,
        ..ClassReader::default()
    };
    read_classes(html, with_script).classes.into_inner()
}

/// Runs html5ever's tokenizer over `html` with `reader` as its sink, and gives the sink back.
#[cfg(feature = "pages")]
fn read_classes(html: &str, reader: ClassReader) -> ClassReader {
    use html5ever::tokenizer::{BufferQueue, Tokenizer};
    let input = BufferQueue::default();
    input.push_back(html.into());
    let tokenizer = Tokenizer::new(reader, Default::default());
    // A sink that never asks for a script to run lets the tokenizer read to the end at once.
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink
}

/// Collects the classes of the start tags a tokenizer reads, switching it into the text
/// states the HTML tree construction rules give each element.
#[cfg(feature = "pages")]
#[derive(Default)]
struct ClassReader {
    seen: std::cell::RefCell<std::collections::HashSet<String>>,
    classes: std::cell::RefCell<Vec<String>>,
    /// How many `<svg>` and `<math>` elements are open: inside them no element holds text
    /// only, and `/>` closes an element. A tag that ends them unclosed (`<svg><p>`) is not
    /// looked for: reading on as SVG can only read more of the page as markup.
    foreign: std::cell::Cell<usize>,
    /// Whether to read as a browser with JavaScript does: `<noscript>` holds text.
    scripting: bool,
    /// Whether a `<noscript>` start tag was read.
    noscript_met: std::cell::Cell<bool>,
}

#[cfg(feature = "pages")]
impl html5ever::tokenizer::TokenSink for ClassReader {
    type Handle = ();

    fn process_token(
        &self,
        token: html5ever::tokenizer::Token,
        _line: u64,
    ) -> html5ever::tokenizer::TokenSinkResult<()> {
        use html5ever::tokenizer::states::RawKind;
        use html5ever::tokenizer::{EndTag, TagToken, TokenSinkResult};
        let TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        let name = &*tag.name;
        let foreign_root = matches!(name, "svg" | "math");
        if tag.kind == EndTag {
            if foreign_root {
                self.foreign.set(self.foreign.get().saturating_sub(1));
            }
            return TokenSinkResult::Continue;
        }
        // The tokenizer keeps the first of repeated attributes, as a browser does.
        if let Some(class) = tag.attrs.iter().find(|a| &*a.name.local == "class") {
            let mut seen = self.seen.borrow_mut();
            for name in class.value.split_ascii_whitespace() {
                if !seen.contains(name) {
                    seen.insert(name.to_owned());
                    self.classes.borrow_mut().push(name.to_owned());
                }
            }
        }
        if foreign_root {
            if !tag.self_closing {
                self.foreign.set(self.foreign.get() + 1);
            }
            return TokenSinkResult::Continue;
        }
        if self.foreign.get() > 0 {
            // `<svg><title>` and `<svg><style>` are SVG's own, and hold markup. (In
            // foreignObject an HTML textarea holds text; read as markup, it can only give a
            // class too many.)
            return TokenSinkResult::Continue;
        }
        // https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody (a `/>` on
        // these changes nothing in HTML).
        match name {
            "noscript" => {
                self.noscript_met.set(true);
                if self.scripting {
                    TokenSinkResult::RawData(RawKind::Rawtext)
                } else {
                    TokenSinkResult::Continue
                }
            }
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "textarea" | "title" => TokenSinkResult::RawData(RawKind::Rcdata),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }

    /// `<![CDATA[…]]>` is text in SVG and MathML, and a bogus comment elsewhere.
    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.foreign.get() > 0
    }
}

/// The stylesheet rendered pages need: the core, and the styles of the components their
/// markup uses ([`components_for_classes`]) and of those they build on. `civic css --page
/// FILE` writes it. Give every state of a page that draws more than the first (the page
/// with its errors shown, the step a `<Show>` reveals), since markup a page draws later in
/// the browser is not in its first rendering.
///
/// ```
/// let theme = civic_styles::Theme::civic();
/// let html = civic::render_to_html("input", &serde_json::json!({
///     "name": "postcode", "label": {"text": "Postcode"}
/// })).unwrap();
/// let css = civic_styles::sheet::to_css(&civic_styles::sheet::pages_stylesheet(&theme, &[html]));
/// assert!(css.contains(".govuk-input") && css.contains(".govuk-label"));
/// assert!(!css.contains(".govuk-accordion"));
/// ```
#[cfg(feature = "pages")]
pub fn pages_stylesheet(theme: &Theme, pages: &[impl AsRef<str>]) -> Sheet {
    let classes: Vec<String> = pages
        .iter()
        .flat_map(|html| classes_in_html(html.as_ref()))
        .collect();
    let names = components_for_classes(classes.iter().map(String::as_str));
    // Every name comes from the list `components_stylesheet` reads; were one ever refused,
    // the whole sheet still styles the page.
    components_stylesheet(theme, &names).unwrap_or_else(|_| stylesheet(theme))
}

/// The core around the components `write` writes, in govuk-frontend's order; the override
/// classes when `overrides`.
fn sheet_with(theme: &Theme, write: impl FnOnce(&mut Css), overrides: bool) -> Sheet {
    let mut css = Css::new(theme);
    core_before_components(&mut css);
    write(&mut css);
    core_after_components(&mut css, overrides);
    css.into_sheet()
}

/// The core's rules that come before the components': colours, type, links, lists, section
/// breaks, the template, the grid and form groups.
fn core_before_components(css: &mut Css) {
    core::colours(css);
    core::typography(css);
    core::links(css);
    core::lists(css);
    core::section_break(css);
    core::template(css);
    core::grid(css);
    core::groups(css);
}

/// The core's rules that come after the components' (so that they win over them): the
/// utilities, the override classes when `overrides`, and the accessibility helpers.
fn core_after_components(css: &mut Css, overrides: bool) {
    core::utilities(css);
    if overrides {
        core::overrides(css);
    }
    core::accessibility(css);
}

/// The styles of civic-patterns' own markup (step-by-step navigation) for a theme: a sheet of
/// its own, so that pages without the patterns do not carry them (`civic css --patterns`
/// adds it to the file). The component sheet is needed with it.
pub fn patterns_stylesheet(theme: &Theme) -> Sheet {
    let mut css = Css::new(theme);
    patterns::step_by_step(&mut css);
    css.into_sheet()
}

/// The complete stylesheet for a theme as CSS text, one rule per line (stylist writes it; the
/// indentation is dropped, which keeps a static file small).
pub fn css(theme: &Theme) -> String {
    to_css(&stylesheet(theme))
}

/// Any stylist sheet as CSS text, one rule per line.
pub fn to_css(sheet: &Sheet) -> String {
    let pretty = sheet.to_style_str(None);
    let mut out = String::with_capacity(pretty.len());
    for line in pretty.lines() {
        let line = line.trim();
        out.push_str(line);
        if line.ends_with('}') && !line.starts_with('}') || line == "}" {
            out.push('\n');
        }
    }
    out
}

/// Injects the theme's stylesheet into the document's `<head>` (client-side apps). Keep the
/// returned [`stylist::GlobalStyle`] to switch themes: [`stylist::GlobalStyle::unregister`] it
/// and inject another.
pub fn global_style(theme: &Theme) -> Result<stylist::GlobalStyle, stylist::Error> {
    stylist::GlobalStyle::new(stylesheet(theme))
}

/// The theme's stylesheet as a `<style>` element for server-rendered HTML, written by stylist's
/// static renderer.
#[cfg(feature = "ssr")]
pub fn style_element(theme: &Theme) -> Result<String, stylist::Error> {
    use stylist::manager::{render_static, StyleManager};
    let (writer, reader) = render_static();
    let manager = StyleManager::builder().writer(writer).build()?;
    let style = stylist::GlobalStyle::new_with_manager(stylesheet(theme), manager)?;
    let mut markup = String::new();
    reader
        .read_style_data()
        .write_static_markup(&mut markup)
        .map_err(|_| stylist::Error::ReadFailed)?;
    drop(style);
    Ok(markup)
}
