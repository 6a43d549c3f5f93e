//! HTML attributes: the `attributes` option every component takes, and the builder that
//! writes an element's attributes in govuk-frontend's order.
//!
//! All attribute output goes through [`Attrs`], so escaping (by `html-escape`, as Leptos
//! escapes its own attributes) and the "first occurrence wins" rule of HTML parsers apply the
//! same way in every component.

use super::value::{Text, TextVisitor};
use leptos::attr::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::html::attribute::{Attribute, NamedAttributeKey, NextAttribute};
use leptos::tachys::renderer::Rndr;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

/// One value of the `attributes` option: `"value"`, or `{ "value": …, "optional": true }`.
///
/// Without `optional`, the attribute is always written (`null` writes `name=""`). With
/// `optional: true`, `null` and `false` leave it out and `true` writes a bare boolean
/// attribute, as govuk-frontend's `govukAttributes` macro does.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AttributeValue {
    /// The value; `None` for `null`.
    pub value: Option<Text>,
    /// Whether an empty value leaves the attribute out.
    pub optional: bool,
}

impl AttributeValue {
    /// Whether it is written at all: an `optional` value of `null` or `false` is not.
    pub fn is_drawn(&self) -> bool {
        match &self.value {
            None => !self.optional,
            Some(value) => !(self.optional && (value.is_null() || value.is_bool(false))),
        }
    }
}

impl<T: Into<Text>> From<T> for AttributeValue {
    fn from(value: T) -> Self {
        AttributeValue {
            value: Some(value.into()),
            optional: false,
        }
    }
}

/// Extra HTML attributes for a component's element, in the order given.
///
/// ```
/// use civic::Attributes;
/// let attributes = Attributes::new()
///     .with("data-tracking", "postcode-lookup")
///     .with("autocorrect", "off");
/// assert_eq!(attributes.len(), 2);
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Attributes(Vec<(String, AttributeValue)>);

impl Attributes {
    /// No attributes.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an attribute. Names that HTML cannot hold (spaces, quotes, `>`, `/`, `=`) are
    /// dropped here; the JSON options reject them with an error instead.
    pub fn with(mut self, name: impl Into<String>, value: impl Into<AttributeValue>) -> Self {
        let name = name.into();
        if is_valid_attribute_name(&name) {
            self.0.push((name, value.into()));
        }
        self
    }

    /// How many attributes there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The attributes in order.
    pub fn iter(&self) -> impl Iterator<Item = &(String, AttributeValue)> {
        self.0.iter()
    }
}

impl<K: Into<String>, V: Into<AttributeValue>> FromIterator<(K, V)> for Attributes {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        iter.into_iter()
            .fold(Attributes::new(), |acc, (k, v)| acc.with(k, v))
    }
}

/// Whether `name` can be written as an HTML attribute name and set through the DOM.
pub fn is_valid_attribute_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().all(|c| {
            !c.is_whitespace()
                && !c.is_control()
                && !matches!(c, '"' | '\'' | '<' | '>' | '/' | '=' | '`')
        })
}

/// Written back as it was given: the bare value, or `{ value, optional: true }`.
impl Serialize for AttributeValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if !self.optional {
            return self.value.serialize(serializer);
        }
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.value {
            map.serialize_entry("value", value)?;
        }
        map.serialize_entry("optional", &true)?;
        map.end()
    }
}

/// Written back as an object, in order: the attributes that are drawn (an `optional` one
/// that is `null` or `false` is not) and, of two with the same name in any case, only the
/// first, the one an HTML parser (and so Civic) keeps.
impl Serialize for Attributes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        let mut written = HashSet::new();
        for (name, value) in self.0.iter().filter(|(_, value)| value.is_drawn()) {
            if written.insert(name.to_ascii_lowercase()) {
                map.serialize_entry(name, value)?;
            }
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for AttributeValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValueVisitor;
        impl<'de> Visitor<'de> for ValueVisitor {
            type Value = AttributeValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, number, boolean, null or { value, optional }")
            }
            fn visit_unit<E: de::Error>(self) -> Result<AttributeValue, E> {
                Ok(AttributeValue::default())
            }
            fn visit_none<E: de::Error>(self) -> Result<AttributeValue, E> {
                Ok(AttributeValue::default())
            }
            // Scalars print as Text prints them (JSON numbers as JavaScript doubles).
            fn visit_str<E: de::Error>(self, v: &str) -> Result<AttributeValue, E> {
                TextVisitor.visit_str(v).map(AttributeValue::from)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<AttributeValue, E> {
                TextVisitor.visit_bool(v).map(AttributeValue::from)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<AttributeValue, E> {
                TextVisitor.visit_i64(v).map(AttributeValue::from)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<AttributeValue, E> {
                TextVisitor.visit_u64(v).map(AttributeValue::from)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<AttributeValue, E> {
                TextVisitor.visit_f64(v).map(AttributeValue::from)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<AttributeValue, A::Error> {
                #[derive(Deserialize)]
                #[serde(deny_unknown_fields)]
                struct Detailed {
                    #[serde(default)]
                    value: Option<Text>,
                    #[serde(default)]
                    optional: Option<bool>,
                }
                let detailed = Detailed::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(AttributeValue {
                    value: detailed.value,
                    optional: detailed.optional == Some(true),
                })
            }
        }
        deserializer.deserialize_any(ValueVisitor)
    }
}

impl<'de> Deserialize<'de> for Attributes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AttributesVisitor;
        impl<'de> Visitor<'de> for AttributesVisitor {
            type Value = Attributes;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of attribute names and values")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Attributes, E> {
                Ok(Attributes::new())
            }
            fn visit_none<E: de::Error>(self) -> Result<Attributes, E> {
                Ok(Attributes::new())
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Attributes, E> {
                if v {
                    Err(E::invalid_type(de::Unexpected::Bool(v), &self))
                } else {
                    Ok(Attributes::new())
                }
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Attributes, E> {
                if v == 0 {
                    Ok(Attributes::new())
                } else {
                    Err(E::invalid_type(de::Unexpected::Signed(v), &self))
                }
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Attributes, E> {
                self.visit_i64(v as i64)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Attributes, E> {
                // govuk-frontend also takes a string of raw attribute markup; Civic refuses it
                // rather than put unchecked markup in a tag (an empty string is no attributes).
                if v.trim().is_empty() {
                    Ok(Attributes::new())
                } else {
                    Err(E::custom(
                        "expected an object of attribute names and values (a string of raw attributes is not accepted)",
                    ))
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Attributes, A::Error> {
                let mut list = Vec::new();
                while let Some(name) = map.next_key::<String>()? {
                    if list.len() == crate::limits::MAX_ATTRIBUTES {
                        return Err(de::Error::custom(format!(
                            "more than {} attributes, Civic's limit for one element",
                            crate::limits::MAX_ATTRIBUTES
                        )));
                    }
                    if !is_valid_attribute_name(&name) {
                        return Err(de::Error::custom(format!(
                            "{name:?} is not a valid HTML attribute name"
                        )));
                    }
                    let value = map.next_value::<AttributeValue>()?;
                    list.push((name, value));
                }
                Ok(Attributes(list))
            }
        }
        deserializer.deserialize_any(AttributesVisitor)
    }
}

/// The attributes of one rendered element, in template order.
///
/// When a name is set twice the first value is kept, as an HTML parser keeps the first of
/// two duplicate attributes in govuk-frontend's output.
#[derive(Default)]
pub struct Attrs {
    /// Names are mostly a template's own (`&'static str`), kept without copying them.
    list: Vec<(Cow<'static, str>, Cow<'static, str>)>,
    /// Once an element has more than [`SCAN_LIMIT`] attributes, the names set so far in ASCII
    /// lowercase (HTML attribute names are case-insensitive), so a duplicate is found in
    /// constant time however many attributes there are (#8). Below that a scan of the list is
    /// faster, and allocates nothing (#13).
    seen: Option<HashSet<String>>,
    live: Vec<AnyAttribute>,
}

/// How many attributes an element has before duplicates are found by a set, not a scan.
const SCAN_LIMIT: usize = 16;

impl Attrs {
    /// An element with no attributes yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `name="value"` unless `name` is already set.
    pub fn set(self, name: impl Into<Cow<'static, str>>, value: impl Into<String>) -> Self {
        self.set_cow(name.into(), Cow::Owned(value.into()))
    }

    /// [`Attrs::set`] with a template's own value, kept without copying it (#13: server
    /// rendering spent a third of its time allocating).
    pub fn set_static(self, name: impl Into<Cow<'static, str>>, value: &'static str) -> Self {
        self.set_cow(name.into(), Cow::Borrowed(value))
    }

    fn set_cow(mut self, name: Cow<'static, str>, value: Cow<'static, str>) -> Self {
        let fresh = match &mut self.seen {
            Some(seen) => seen.insert(name.to_ascii_lowercase()),
            None => !self.list.iter().any(|(n, _)| n.eq_ignore_ascii_case(&name)),
        };
        if fresh {
            self.list.push((name, value));
            if self.seen.is_none() && self.list.len() > SCAN_LIMIT {
                self.seen = Some(
                    self.list
                        .iter()
                        .map(|(n, _)| n.to_ascii_lowercase())
                        .collect(),
                );
            }
        }
        self
    }

    /// Sets the attribute when there is a value.
    pub fn set_some(self, name: &'static str, value: Option<impl Into<String>>) -> Self {
        match value {
            Some(value) => self.set(name, value),
            None => self,
        }
    }

    /// Sets a boolean attribute (written bare) when `on` is true.
    pub fn flag(self, name: impl Into<Cow<'static, str>>, on: bool) -> Self {
        if on {
            self.set_static(name, "")
        } else {
            self
        }
    }

    /// Sets an attribute with `govukAttributes`'s `optional: true` rule: absent and `false`
    /// leave it out, `true` writes it bare, anything else writes its text.
    pub fn optional(self, name: &'static str, value: Option<&Text>) -> Self {
        match value {
            None => self,
            Some(value) if value.is_null() => self,
            Some(value) if value.is_boolean() => self.flag(name, value.is_bool(true)),
            Some(value) => self.set(name, value.as_str()),
        }
    }

    /// Sets an attribute with `govukAttributes`'s default rule: always written, `""` when absent.
    pub fn always(self, name: &'static str, value: Option<&Text>) -> Self {
        self.set(name, value.map(Text::as_str).unwrap_or(""))
    }

    /// Sets `class` to a component's own class followed by the user's `classes` option, the
    /// way every govuk-frontend template joins them.
    pub fn classes(self, base: &str, extra: &Option<Text>) -> Self {
        self.class(super::value::join_classes([
            base,
            super::value::truthy(extra).unwrap_or(""),
        ]))
    }

    /// Sets `class` to the non-empty class names given, if any.
    pub fn class(self, class: String) -> Self {
        if class.trim().is_empty() {
            self
        } else {
            self.set("class", class)
        }
    }

    /// Adds the user's `attributes` option with govuk-frontend's `govukAttributes` rules.
    pub fn user(mut self, attributes: Option<&Attributes>) -> Self {
        for (name, item) in attributes.into_iter().flat_map(Attributes::iter) {
            match (&item.value, item.optional) {
                (None, false) => self = self.set(name.to_owned(), ""),
                (None, true) => {}
                (Some(value), true) if value.is_null() => {}
                (Some(value), true) if value.is_boolean() => {
                    self = self.flag(name.to_owned(), value.is_bool(true));
                }
                (Some(value), _) => self = self.set(name.to_owned(), value.as_str()),
            }
        }
        self
    }

    /// Adds another builder's attributes after these ones.
    pub fn merge(mut self, other: Attrs) -> Self {
        for (name, value) in other.list {
            self = self.set_cow(name, value);
        }
        self.live.extend(other.live);
        self
    }

    /// Adds a translated message for a component's JavaScript as `data-i18n.KEY`, when given
    /// (govuk-frontend's `govukI18nAttributes` with `message`).
    pub fn i18n(self, key: &str, message: Option<&Text>) -> Self {
        match message.filter(|m| m.is_truthy()) {
            Some(message) => self.set(format!("data-i18n.{key}"), message.as_str()),
            None => self,
        }
    }

    /// Adds plural forms of a translated message as `data-i18n.KEY.RULE` (`one`, `other`, …).
    pub fn i18n_plural(mut self, key: &str, messages: Option<&Attributes>) -> Self {
        for (rule, message) in messages.into_iter().flat_map(Attributes::iter) {
            let text = message.value.as_ref().map(Text::as_str).unwrap_or("");
            self = self.set(format!("data-i18n.{key}.{rule}"), text);
        }
        self
    }

    /// The plain attributes set so far, in order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.list.iter().map(|(n, v)| (n.as_ref(), v.as_ref()))
    }

    /// Adds a live attribute (an event handler or a DOM property) for the browser.
    pub fn live(mut self, attribute: AnyAttribute) -> Self {
        self.live.push(attribute);
        self
    }

    /// The attributes, ready to spread onto a Leptos element with `{..attrs.into_view()}`.
    pub fn into_view(self) -> AttrList {
        AttrList {
            plain: self.list,
            live: self.live,
        }
    }
}

/// An element's attributes as one Leptos attribute: its plain `name="value"` pairs in order,
/// then its live ones (event handlers, DOM properties). One value for the whole list, rather
/// than one boxed attribute per pair, spares server rendering an allocation and a dynamic call
/// per attribute (#13).
pub struct AttrList {
    plain: Vec<(Cow<'static, str>, Cow<'static, str>)>,
    live: Vec<AnyAttribute>,
}

/// What an [`AttrList`] keeps between builds: the element, the pairs set on it, and its live
/// attributes' state.
pub struct AttrListState {
    element: leptos::tachys::renderer::types::Element,
    plain: Vec<(Cow<'static, str>, Cow<'static, str>)>,
    live: <Vec<AnyAttribute> as Attribute>::State,
}

impl AttrList {
    fn set_all(&self, element: &leptos::tachys::renderer::types::Element) {
        for (name, value) in &self.plain {
            Rndr::set_attribute(element, name, value);
        }
    }
}

impl Attribute for AttrList {
    const MIN_LENGTH: usize = 0;
    type State = AttrListState;
    type AsyncOutput = AttrList;
    type Cloneable = AttrList;
    type CloneableOwned = AttrList;

    fn html_len(&self) -> usize {
        let plain: usize = self
            .plain
            .iter()
            .map(|(name, value)| name.len() + value.len() + 4)
            .sum();
        plain + self.live.html_len()
    }

    fn to_html(
        self,
        buf: &mut String,
        class: &mut String,
        style: &mut String,
        inner_html: &mut String,
    ) {
        buf.reserve(self.html_len());
        for (name, value) in &self.plain {
            buf.push(' ');
            buf.push_str(name);
            buf.push_str("=\"");
            buf.push_str(&html_escape::encode_double_quoted_attribute(value));
            buf.push('"');
        }
        self.live.to_html(buf, class, style, inner_html);
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        element: &leptos::tachys::renderer::types::Element,
    ) -> Self::State {
        // Markup from the server already has the pairs; a cloned template does not.
        if !FROM_SERVER {
            self.set_all(element);
        }
        AttrListState {
            element: element.clone(),
            live: self.live.hydrate::<FROM_SERVER>(element),
            plain: self.plain,
        }
    }

    fn build(self, element: &leptos::tachys::renderer::types::Element) -> Self::State {
        self.set_all(element);
        AttrListState {
            element: element.clone(),
            live: self.live.build(element),
            plain: self.plain,
        }
    }

    fn rebuild(self, state: &mut Self::State) {
        // Only what changed is written: a field drawn again with its error keeps its other
        // attributes untouched.
        for (name, _) in &state.plain {
            if !self.plain.iter().any(|(new, _)| new == name) {
                Rndr::remove_attribute(&state.element, name);
            }
        }
        for (name, value) in &self.plain {
            let unchanged = state
                .plain
                .iter()
                .any(|(old_name, old)| old_name == name && old == value);
            if !unchanged {
                Rndr::set_attribute(&state.element, name, value);
            }
        }
        state.plain = self.plain;
        self.live.rebuild(&mut state.live);
    }

    fn into_cloneable(self) -> Self::Cloneable {
        self
    }

    fn into_cloneable_owned(self) -> Self::CloneableOwned {
        self
    }

    fn dry_resolve(&mut self) {
        self.live.dry_resolve();
    }

    async fn resolve(self) -> Self::AsyncOutput {
        AttrList {
            plain: self.plain,
            live: self.live.resolve().await,
        }
    }

    fn keys(&self) -> Vec<NamedAttributeKey> {
        let mut keys: Vec<NamedAttributeKey> = self
            .plain
            .iter()
            .map(|(name, _)| NamedAttributeKey::Attribute(name.clone()))
            .collect();
        keys.extend(self.live.keys());
        keys
    }
}

impl NextAttribute for AttrList {
    type Output<NewAttr: Attribute> = Self;

    fn add_any_attr<NewAttr: Attribute>(mut self, new_attr: NewAttr) -> Self::Output<NewAttr> {
        self.live.push(new_attr.into_any_attr());
        self
    }
}

impl Clone for AttrList {
    fn clone(&self) -> Self {
        AttrList {
            plain: self.plain.clone(),
            live: self.live.clone(),
        }
    }
}
