//! Translated messages, as govuk-frontend's `I18n` class gives them: a component's English
//! defaults (its `messages.rs`) overlaid with the page's `data-i18n.*` attributes, plural
//! forms chosen by CLDR's rules for the page's language (the browser's `Intl.PluralRules`,
//! as govuk-frontend uses: Welsh has zero, one, two, few, many and other), and `%{count}` written as the browser writes
//! numbers in that language (`Intl.NumberFormat`: `1,000`).

use super::config::{self, Loose};
use wasm_bindgen::{JsCast, JsValue};

pub use crate::messages::{Message, Messages, Sources};

/// A few keys and their values, in insertion order. (A map type would cost the enhancer
/// several kilobytes for a handful of entries.)
#[derive(Clone, Debug)]
struct Table<V>(Vec<(String, V)>);

impl<V> Table<V> {
    fn new() -> Self {
        Table(Vec::new())
    }

    fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn set(&mut self, key: String, value: V) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, slot)) => *slot = value,
            None => self.0.push((key, value)),
        }
    }

    fn get_or_insert(&mut self, key: &str, value: impl FnOnce() -> V) -> &mut V {
        let index = match self.0.iter().position(|(k, _)| k == key) {
            Some(index) => index,
            None => {
                self.0.push((key.to_owned(), value()));
                self.0.len() - 1
            }
        };
        &mut self.0[index].1
    }
}

#[derive(Clone, Debug)]
enum Entry {
    Value(Loose),
    Forms(Table<Loose>),
}

/// The messages one component instance speaks.
pub(crate) struct I18n {
    entries: Table<Entry>,
    locale: String,
}

/// What a message's `%{count}` is given: nothing at all, an absent count (a message with no
/// number, such as "You have 0 characters remaining"), or a number.
#[derive(Clone, Copy)]
pub(crate) enum Count {
    None,
    Absent,
    Of(f64),
}

impl I18n {
    /// The component's defaults in the language of the nearest `lang` attribute (Welsh, `cy`,
    /// or else English), overlaid with `root`'s `data-i18n.*` attributes; numbers and plural
    /// forms in `locale`.
    pub(crate) fn new(
        (en, cy): (Messages, Messages),
        root: &web_sys::Element,
        locale: String,
    ) -> I18n {
        let language = crate::dom::closest_lang(root).unwrap_or_else(crate::dom::page_lang);
        let welsh = language
            .split(['-', '_'])
            .next()
            .is_some_and(|primary| primary.eq_ignore_ascii_case("cy"));
        let defaults = if welsh { cy } else { en };
        let mut entries = Table::new();
        for (key, message) in defaults {
            let entry = match message {
                Message::Text(text) => Entry::Value(Loose::Text((*text).into())),
                Message::Plural(forms) => Entry::Forms(Table(
                    forms
                        .iter()
                        .map(|(form, text)| ((*form).to_owned(), Loose::Text((*text).into())))
                        .collect(),
                )),
            };
            entries.set((*key).to_owned(), entry);
        }
        // govuk-frontend first builds the attributes into a tree (a later attribute replaces
        // an earlier one at the same place), then merges it deeply over the defaults: a plural
        // form given as an attribute replaces that form only.
        let mut given: Table<Entry> = Table::new();
        for (path, value) in config::i18n(root) {
            match path.as_slice() {
                [] => {}
                [key] => given.set(key.clone(), Entry::Value(value)),
                [key, form, rest @ ..] => {
                    let entry = given.get_or_insert(key, || Entry::Forms(Table::new()));
                    if let Entry::Value(_) = entry {
                        *entry = Entry::Forms(Table::new());
                    }
                    if let Entry::Forms(forms) = entry {
                        let value = if rest.is_empty() {
                            value
                        } else {
                            Loose::Object
                        };
                        forms.set(form.clone(), value);
                    }
                }
            }
        }
        for (key, entry) in given.0 {
            match (
                entries.get_or_insert(&key, || Entry::Forms(Table::new())),
                entry,
            ) {
                (Entry::Forms(defaults), Entry::Forms(forms)) => {
                    for (form, value) in forms.0 {
                        defaults.set(form, value);
                    }
                }
                (slot, entry) => *slot = entry,
            }
        }
        I18n { entries, locale }
    }

    /// A message with no number in it.
    pub(crate) fn text(&self, key: &str) -> String {
        self.t(key, Count::None)
    }

    /// The message for `key`, with `%{count}` filled in; the key itself when there is no
    /// text for it (govuk-frontend's `t`).
    pub(crate) fn t(&self, key: &str, count: Count) -> String {
        let mut chosen = self.entries.get(key).cloned();
        if let (Count::Of(n), Some(Entry::Forms(forms))) = (count, &chosen)
            && let Some(form) = forms.get(&self.plural_form(n, forms))
            && form.is_truthy()
        {
            chosen = Some(Entry::Value(form.clone()));
        }
        match chosen {
            Some(Entry::Value(Loose::Text(text))) => self.fill(&text, count),
            _ => key.to_owned(),
        }
    }

    /// The plural form to use for `n`: CLDR's category for the locale when the message has it,
    /// else `other`.
    fn plural_form(&self, n: f64, forms: &Table<Loose>) -> String {
        let preferred = if n.is_finite() {
            plural_category(&self.locale, n)
        } else {
            "other".to_owned()
        };
        if forms.get(&preferred).is_some() {
            preferred
        } else {
            "other".to_owned()
        }
    }

    /// Replaces `%{count}` (govuk-frontend's `/%{(.\S+)}/g`) with the number as the page's
    /// language writes it.
    fn fill(&self, text: &str, count: Count) -> String {
        // Searched for by character and sliced with `get`: a string pattern or an index that
        // could panic would bring core's panic formatting into the enhancer (some 8 KB).
        if matches!(count, Count::None) || !text.contains('%') {
            return text.to_owned();
        }
        let mut out = String::new();
        let mut rest = text;
        while let Some(percent) = rest.find('%') {
            let (before, from_percent) = rest.split_at_checked(percent).unwrap_or((rest, ""));
            out.push_str(before);
            let Some(after) = from_percent.strip_prefix("%{") else {
                out.push('%');
                rest = from_percent.get(1..).unwrap_or("");
                continue;
            };
            match placeholder_end(after) {
                Some(end) => {
                    // An absent count, or a placeholder other than count, is written as
                    // nothing (govuk-frontend writes nothing, or throws, for these).
                    if let (Some("count"), Count::Of(n)) = (after.get(..end), count) {
                        out.push_str(&format_number(&self.locale, n));
                    }
                    rest = after.get(end + 1..).unwrap_or("");
                }
                None => {
                    out.push_str("%{");
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// Where a placeholder's key ends (the byte index of its `}`), as `/%{(.\S+)}/` finds it: one
/// character that is not a line break, then characters that are not JavaScript white space,
/// up to the last `}` among them with at least two characters before it.
fn placeholder_end(after: &str) -> Option<usize> {
    let mut chars = after.char_indices();
    let (_, first) = chars.next()?;
    if matches!(first, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
        return None;
    }
    let mut end = None;
    for (count, (index, c)) in chars.enumerate() {
        if config::is_js_space(c) {
            break;
        }
        // `count` characters of `\S+` come before this one.
        if c == '}' && count >= 1 {
            end = Some(index);
        }
    }
    end
}

/// CLDR's cardinal plural category for `n` in `locale`, from the browser's
/// `Intl.PluralRules`, or `other` when the browser does not support the locale: what
/// govuk-frontend's `I18n.getPluralSuffix` does. (The browser's CLDR data, not a plural-rules
/// crate compiled in: the crate would be some 25 KB of the enhancer's download, and the
/// browser's rules are the ones govuk-frontend's script uses, so the two choose alike.)
pub(crate) fn plural_category(locale: &str, n: f64) -> String {
    intl_call("PluralRules", locale, "select", n).unwrap_or_else(|| "other".to_owned())
}

/// `n` as the browser's `Intl.NumberFormat(locale)` writes it (`1,000` in English), or as
/// `String(n)` when the browser does not support the locale, as govuk-frontend does. A
/// malformed locale (`lang=""`) is answered the same way, never with an exception.
fn format_number(locale: &str, n: f64) -> String {
    intl_call("NumberFormat", locale, "format", n).unwrap_or_else(|| {
        js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default()
    })
}

/// `new Intl[constructor](locale)[method](n)`, when the browser has the constructor and its
/// `supportedLocalesOf` lists the locale (govuk-frontend checks the same before using one).
fn intl_call(constructor: &str, locale: &str, method: &str, n: f64) -> Option<String> {
    let constructor = intl(constructor)?;
    let locales = js_sys::Array::of1(&JsValue::from_str(locale));
    let supported: js_sys::Function =
        js_sys::Reflect::get(&constructor, &"supportedLocalesOf".into())
            .ok()?
            .dyn_into()
            .ok()?;
    let listed = supported.call1(&constructor, &locales).ok()?;
    if js_sys::Array::from(&listed).length() == 0 {
        return None;
    }
    let instance = js_sys::Reflect::construct(&constructor, &locales).ok()?;
    let method: js_sys::Function = js_sys::Reflect::get(&instance, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    method
        .call1(&instance, &JsValue::from_f64(n))
        .ok()?
        .as_string()
}

/// A constructor of the browser's `Intl` (`NumberFormat`, `Segmenter`), when there is one.
pub(crate) fn intl(name: &str) -> Option<js_sys::Function> {
    let intl = js_sys::Reflect::get(&crate::dom::window(), &"Intl".into()).ok()?;
    js_sys::Reflect::get(&intl, &name.into())
        .ok()?
        .dyn_into()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_end_at_the_last_brace_of_their_word() {
        assert_eq!(placeholder_end("count} left"), Some(5));
        assert_eq!(placeholder_end("a}"), None);
        assert_eq!(placeholder_end("é}"), None);
        assert_eq!(placeholder_end("\u{2028}ab}"), None);
        assert_eq!(placeholder_end("count}%{x} y"), Some(9));
        assert_eq!(placeholder_end(" count}"), Some(6));
    }
}
