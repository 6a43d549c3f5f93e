//! Reading a component's options from its `data-*` attributes, with govuk-frontend's rules
//! (`normaliseDataset`): a boolean is the text `true`, a number is read as JavaScript's
//! `Number()` reads it, and `data-i18n.*` attributes become translated messages.

use web_sys::Element;

/// A value from a `data-i18n.*` attribute, loosely typed as govuk-frontend reads it: text that
/// says `true` or `false` is a boolean, text that reads as a finite number is a number.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Loose {
    Text(String),
    Number(f64),
    Bool(bool),
    /// Nested keys under a message's plural form (`data-i18n.a.one.x`): never a message.
    Object,
}

impl Loose {
    /// Reads an attribute's text as govuk-frontend's `normaliseString` does without a type.
    pub(crate) fn read(value: &str) -> Loose {
        let trimmed = js_trim(value);
        match trimmed {
            "true" => return Loose::Bool(true),
            "false" => return Loose::Bool(false),
            _ => {}
        }
        let number = js_number(trimmed);
        if !trimmed.is_empty() && number.is_finite() {
            Loose::Number(number)
        } else {
            Loose::Text(value.to_owned())
        }
    }

    /// JavaScript truthiness.
    pub(crate) fn is_truthy(&self) -> bool {
        match self {
            Loose::Text(text) => !text.is_empty(),
            Loose::Number(n) => *n != 0.0 && !n.is_nan(),
            Loose::Bool(b) => *b,
            Loose::Object => true,
        }
    }
}

/// Whether JavaScript's `\s` (and `trim()`) counts `c` as white space: Unicode's space
/// separators and line terminators, the byte-order mark, not U+0085 (which Rust's
/// `char::is_whitespace` counts).
pub(crate) fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

/// JavaScript's `text.trim()`.
pub(crate) fn js_trim(text: &str) -> &str {
    text.trim_matches(is_js_space)
}

/// JavaScript's `Number(text)`.
pub(crate) fn js_number(text: &str) -> f64 {
    // `new Number(text)` converts as `Number(text)` does; `Number::from` would not convert.
    #[allow(deprecated)]
    js_sys::Number::new(&wasm_bindgen::JsValue::from_str(text)).value_of()
}

/// A boolean option: present and `true` (trimmed) is true, present and anything else false.
pub(crate) fn boolean(root: &Element, attribute: &str) -> Option<bool> {
    root.get_attribute(attribute).map(|v| js_trim(&v) == "true")
}

/// A number option, as `Number(text.trim())` reads it (`""` is 0, `"abc"` is NaN).
pub(crate) fn number(root: &Element, attribute: &str) -> Option<f64> {
    root.get_attribute(attribute)
        .map(|v| js_number(js_trim(&v)))
}

/// A text option, untrimmed.
pub(crate) fn text(root: &Element, attribute: &str) -> Option<String> {
    root.get_attribute(attribute)
}

/// The `data-i18n.*` attributes, in attribute order, as (path, value): `data-i18n.show-section`
/// is `["showSection"]`, `data-i18n.characters-under-limit.one` is
/// `["charactersUnderLimit", "one"]` (the keys as the DOM's `dataset` names them).
pub(crate) fn i18n(root: &Element) -> Vec<(Vec<String>, Loose)> {
    let attributes = root.attributes();
    let mut out = Vec::new();
    for index in 0..attributes.length() {
        let Some(attribute) = attributes.item(index) else {
            continue;
        };
        let name = attribute.name();
        let Some(rest) = name.strip_prefix("data-i18n.") else {
            continue;
        };
        let path = rest.split('.').map(dataset_key).collect();
        out.push((path, Loose::read(&attribute.value())));
    }
    out
}

/// `show-all-sections` as the DOM's `dataset` names it: `showAllSections`.
fn dataset_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.next_if(char::is_ascii_lowercase) {
            Some(next) if c == '-' => out.push(next.to_ascii_uppercase()),
            Some(next) => {
                out.push(c);
                out.push(next);
            }
            None => out.push(c),
        }
    }
    out
}
