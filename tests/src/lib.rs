//! Shared test support: govuk-frontend's fixtures, and DOM equivalence of two HTML fragments.
//!
//! DOM equivalence follows Civic's markup contract: both sides are parsed as HTML fragments
//! by an HTML5 parser (html5ever, through `scraper`, as browsers parse), then comments are
//! dropped, text is merged and whitespace-collapsed, attributes compare as a set, `class`
//! compares as a sorted token list, and boolean attributes compare by presence.

use scraper::{ElementRef, Html, Node};
use serde::Deserialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The workspace's root folder.
pub fn workspace_root() -> PathBuf {
    // Cargo's value when the tests run, which names this checkout even when the binary was
    // built from another one sharing the target directory.
    let manifest =
        std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into());
    Path::new(&manifest).parent().unwrap().to_path_buf()
}

/// Where the pinned govuk-frontend package keeps its components.
pub fn govuk_components_dir() -> PathBuf {
    workspace_root().join("node_modules/govuk-frontend/dist/govuk/components")
}

/// One example of a component from govuk-frontend's `fixtures.json`.
#[derive(Clone, Debug, Deserialize)]
pub struct Fixture {
    /// The example's name.
    pub name: String,
    /// The macro options.
    pub options: serde_json::Value,
    /// Whether the example is hidden from govuk-frontend's own review app.
    #[serde(default)]
    pub hidden: bool,
    /// The HTML govuk-frontend renders for these options.
    pub html: String,
}

#[derive(Deserialize)]
struct FixtureFile {
    fixtures: Vec<Fixture>,
}

/// Reads a component's fixtures from the pinned npm package.
pub fn fixtures(component: &str) -> Vec<Fixture> {
    let path = govuk_components_dir().join(component).join("fixtures.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}. Run `npm ci` (or `cargo xtask test`) to install govuk-frontend",
            path.display()
        )
    });
    serde_json::from_str::<FixtureFile>(&text)
        .unwrap_or_else(|e| panic!("{} is not a fixtures file: {e}", path.display()))
        .fixtures
}

/// Runs one of the Node scripts in `tests/nunjucks` (govuk-frontend's own Nunjucks templates)
/// with a JSON array on stdin, and returns the JSON array it prints, one answer per input.
pub fn run_nunjucks(script: &str, inputs: &[serde_json::Value]) -> Vec<serde_json::Value> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut node = Command::new("node")
        .arg(workspace_root().join("tests/nunjucks").join(script))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node runs (install Node.js; `cargo xtask test` checks)");
    // Write from another thread so that a large input cannot fill both pipes.
    let input = serde_json::Value::Array(inputs.to_vec()).to_string();
    let mut pipe = node.stdin.take().unwrap();
    let writer = std::thread::spawn(move || pipe.write_all(input.as_bytes()));
    let output = node.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(output.status.success(), "{script} failed");
    let answers: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(answers.len(), inputs.len(), "{script} answered every input");
    answers
}

/// One case of the differential escaping test: a component's options with one text option
/// set to hostile text (or a number), and what govuk-frontend's macros render for them.
pub struct HostileCase {
    /// The component.
    pub component: String,
    /// The JSON pointer of the option that holds the hostile value.
    pub pointer: String,
    /// The options.
    pub options: serde_json::Value,
    /// govuk-frontend's HTML, or `None` where its macros throw.
    pub expected: Option<String>,
}

/// The hostile-text cases `tests/nunjucks/hostile.mjs` rendered with govuk-frontend at build
/// time (see `tests/build.rs`): every text option of every component, from each
/// `macro-options.json`, with text that closes raw-text elements, entity text, quotes of
/// both kinds, non-ASCII, and numbers JavaScript prints its own way.
pub fn hostile_cases() -> Vec<HostileCase> {
    #[derive(Deserialize)]
    struct Component {
        component: String,
        base: serde_json::Value,
        cases: Vec<Case>,
    }
    #[derive(Deserialize)]
    struct Case {
        pointer: String,
        value: serde_json::Value,
        html: Option<String>,
    }
    let components: Vec<Component> =
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/hostile.json")))
            .expect("hostile.mjs writes JSON");
    let mut out = Vec::new();
    for component in components {
        for case in component.cases {
            let mut options = component.base.clone();
            *options
                .pointer_mut(&case.pointer)
                .unwrap_or_else(|| panic!("{} has {}", component.component, case.pointer)) =
                case.value;
            out.push(HostileCase {
                component: component.component.clone(),
                pointer: case.pointer,
                options,
                expected: case.html,
            });
        }
    }
    out
}

/// Attributes that mean the same whether written bare, empty or as their own name.
pub const BOOLEAN_ATTRIBUTES: &[&str] = &[
    "allowfullscreen",
    "async",
    "autofocus",
    "autoplay",
    "checked",
    "controls",
    "default",
    "defer",
    "disabled",
    "formnovalidate",
    "hidden",
    "inert",
    "ismap",
    "itemscope",
    "loop",
    "multiple",
    "muted",
    "nomodule",
    "novalidate",
    "open",
    "playsinline",
    "readonly",
    "required",
    "reversed",
    "selected",
];

/// A normalised node: what DOM equivalence compares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NormalNode {
    /// An element with its sorted attributes and children.
    Element {
        /// Tag name.
        name: String,
        /// Attributes, sorted by name, values normalised.
        attributes: Vec<(String, String)>,
        /// Children.
        children: Vec<NormalNode>,
    },
    /// Merged, whitespace-collapsed, trimmed text.
    Text(String),
}

fn collapse_whitespace(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

fn normalise_attribute(name: &str, value: &str) -> String {
    if name == "class" {
        let mut tokens: Vec<&str> = value.split_ascii_whitespace().collect();
        tokens.sort_unstable();
        tokens.join(" ")
    } else if BOOLEAN_ATTRIBUTES.contains(&name)
        && (value.is_empty() || value.eq_ignore_ascii_case(name))
    {
        String::new()
    } else {
        collapse_whitespace(value)
    }
}

fn normalise_children<'a>(
    children: impl Iterator<Item = ego_tree::NodeRef<'a, Node>>,
) -> Vec<NormalNode> {
    let mut out = Vec::new();
    let mut text = String::new();
    let flush = |text: &mut String, out: &mut Vec<NormalNode>| {
        let collapsed = collapse_whitespace(text);
        if !collapsed.is_empty() {
            out.push(NormalNode::Text(collapsed));
        }
        text.clear();
    };
    for child in children {
        match child.value() {
            Node::Text(t) => text.push_str(t),
            Node::Element(_) => {
                flush(&mut text, &mut out);
                let element = ElementRef::wrap(child).expect("an element node");
                out.push(normalise_element(element));
            }
            _ => {}
        }
    }
    flush(&mut text, &mut out);
    out
}

fn normalise_element(element: ElementRef) -> NormalNode {
    let value = element.value();
    let mut attributes: Vec<(String, String)> = value
        .attrs()
        .filter(|(name, value)| !(*name == "class" && value.trim().is_empty()))
        .map(|(name, value)| (name.to_owned(), normalise_attribute(name, value)))
        .collect();
    attributes.sort();
    // A <template>'s children live in its content fragment; both sides parse it alike.
    NormalNode::Element {
        name: value.name().to_owned(),
        attributes,
        children: normalise_children(element.children()),
    }
}

/// Parses an HTML fragment and normalises it.
pub fn normalise(html: &str) -> Vec<NormalNode> {
    let fragment = Html::parse_fragment(html);
    normalise_children(fragment.root_element().children())
}

/// Parses a whole HTML document and normalises it from its `<html>` element.
pub fn normalise_document(html: &str) -> Vec<NormalNode> {
    let document = Html::parse_document(html);
    vec![normalise_element(document.root_element())]
}

/// `None` when two whole documents are DOM-equivalent, else the first difference.
pub fn document_difference(expected: &str, actual: &str) -> Option<String> {
    first_difference(
        &pretty(&normalise_document(expected)),
        &pretty(&normalise_document(actual)),
    )
}

/// Writes normalised nodes as indented text, one node a line, for readable diffs.
pub fn pretty(nodes: &[NormalNode]) -> String {
    fn walk(nodes: &[NormalNode], depth: usize, out: &mut String) {
        for node in nodes {
            match node {
                NormalNode::Text(text) => {
                    let _ = writeln!(out, "{}{text:?}", "  ".repeat(depth));
                }
                NormalNode::Element {
                    name,
                    attributes,
                    children,
                } => {
                    let attrs: Vec<String> = attributes
                        .iter()
                        .map(|(k, v)| format!("{k}={v:?}"))
                        .collect();
                    let _ = writeln!(out, "{}<{name} {}>", "  ".repeat(depth), attrs.join(" "));
                    walk(children, depth + 1, out);
                }
            }
        }
    }
    let mut out = String::new();
    walk(nodes, 0, &mut out);
    out
}

/// `None` when the two fragments are DOM-equivalent, else a description of the first difference.
pub fn dom_difference(expected: &str, actual: &str) -> Option<String> {
    first_difference(&pretty(&normalise(expected)), &pretty(&normalise(actual)))
}

fn first_difference(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let first = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let from = first.saturating_sub(2);
    let mut out = format!("first difference at normalised line {}:\n", first + 1);
    for line in e.iter().skip(from).take(6) {
        let _ = writeln!(out, "  expected | {line}");
    }
    for line in a.iter().skip(from).take(6) {
        let _ = writeln!(out, "  actual   | {line}");
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equivalence_ignores_attribute_order_comments_and_whitespace() {
        assert_eq!(
            dom_difference(
                "<div class=\"b a\" id=x>\n  Hello <!-- c -->  world</div>",
                "<div id=\"x\" class=\"a b\"><!>Hello world<!></div>"
            ),
            None
        );
    }

    #[test]
    fn equivalence_treats_boolean_attributes_alike() {
        assert_eq!(
            dom_difference("<input disabled>", "<input disabled=\"disabled\">"),
            None
        );
        assert_eq!(dom_difference("<input class=\"\">", "<input>"), None);
    }

    #[test]
    fn equivalence_sees_real_differences() {
        assert!(dom_difference("<p>a</p>", "<p>b</p>").is_some());
        assert!(dom_difference("<p id=a></p>", "<p id=b></p>").is_some());
        assert!(dom_difference("<p><b></b><i></i></p>", "<p><i></i><b></b></p>").is_some());
        assert!(dom_difference("<input value=\"\">", "<input>").is_some());
        assert!(dom_difference("<p></p>", "").is_some());
    }
}
