//! Option values with govuk-frontend's (that is, Nunjucks and JavaScript's) meaning.
//!
//! govuk-frontend's macros accept strings, numbers and booleans wherever they print a value,
//! and decide what to render by JavaScript truthiness (`""`, `0`, `false` and `null` are
//! falsy; any object is truthy). [`Text`] keeps both what a value prints as and whether it
//! is truthy, so a Civic component makes the same decision for the same options.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// The JSON kind a [`Text`] came from, which decides its truthiness.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    String,
    Number,
    Boolean,
    Null,
}

/// A printable option value: a string, or a number or boolean as printed by JavaScript.
///
/// ```
/// use civic::Text;
/// let name: Text = "postcode".into();
/// assert_eq!(name.as_str(), "postcode");
/// assert!(name.is_truthy());
/// assert!(!Text::from("").is_truthy());
/// assert!(!Text::from(false).is_truthy());
/// assert_eq!(Text::from(0).as_str(), "0");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    text: String,
    kind: Kind,
}

impl Text {
    /// `null`: govuk-frontend's templates print it as nothing, but JavaScript's `+` joins it
    /// as `"null"` (so an `id` of `null` gives a hint id of `null-hint`).
    pub fn null() -> Self {
        Text {
            text: String::new(),
            kind: Kind::Null,
        }
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        self.kind == Kind::Null
    }

    /// The value as govuk-frontend's templates print it (`null` prints as nothing).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The value as JavaScript's string concatenation writes it (`null` is `"null"`).
    pub fn js_str(&self) -> &str {
        if self.is_null() {
            "null"
        } else {
            &self.text
        }
    }

    /// Reads an optional value keeping `null` apart from a missing one: `Some(Text::null())`
    /// for `null`, `None` (serde's default) when missing. Every `Option<Text>` option uses it.
    pub fn or_null<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Text>, D::Error> {
        Text::deserialize(deserializer).map(Some)
    }

    /// JavaScript truthiness: empty strings, `0`, `NaN` and `false` are falsy.
    pub fn is_truthy(&self) -> bool {
        match self.kind {
            Kind::String => !self.text.is_empty(),
            Kind::Number => !matches!(self.text.as_str(), "0" | "-0" | "NaN"),
            Kind::Boolean => self.text == "true",
            Kind::Null => false,
        }
    }

    /// Whether this is the boolean `value` (not a string that reads like one).
    pub fn is_bool(&self, value: bool) -> bool {
        self.kind == Kind::Boolean && (self.text == "true") == value
    }

    /// Whether this came from a JSON boolean.
    pub fn is_boolean(&self) -> bool {
        self.kind == Kind::Boolean
    }

    /// JavaScript's loose equality (`==`) between two printable values.
    pub fn loosely_equals(&self, other: &Text) -> bool {
        if self.is_null() || other.is_null() {
            return self.is_null() && other.is_null();
        }
        if self.kind == other.kind {
            return self.text == other.text;
        }
        match (self.as_number(), other.as_number()) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        }
    }

    fn as_number(&self) -> Option<f64> {
        match self.kind {
            Kind::Boolean => Some(if self.text == "true" { 1.0 } else { 0.0 }),
            Kind::Null => None,
            Kind::Number => self.text.parse().ok(),
            Kind::String => {
                let trimmed = self.text.trim();
                if trimmed.is_empty() {
                    Some(0.0)
                } else {
                    trimmed.parse().ok()
                }
            }
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text {
            text: text.to_owned(),
            kind: Kind::String,
        }
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text {
            text,
            kind: Kind::String,
        }
    }
}

impl From<&String> for Text {
    fn from(text: &String) -> Self {
        Text::from(text.as_str())
    }
}

impl From<bool> for Text {
    fn from(value: bool) -> Self {
        Text {
            text: value.to_string(),
            kind: Kind::Boolean,
        }
    }
}

macro_rules! text_from_integer {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Text {
            fn from(value: $ty) -> Self {
                Text { text: value.to_string(), kind: Kind::Number }
            }
        }
    )*};
}
text_from_integer!(i32, i64, u32, u64, usize);

impl From<f64> for Text {
    fn from(value: f64) -> Self {
        Text {
            text: js_number(value),
            kind: Kind::Number,
        }
    }
}

/// `text` in lower case, by Unicode's rules (as JavaScript's `toLowerCase()`). In the browser
/// JavaScript's own does it, which spares an app Rust's Unicode case tables (some 30 KB of
/// wasm, #13).
///
/// ```
/// assert_eq!(civic::lowercase("Ŵyl DEWI"), "ŵyl dewi");
/// ```
pub fn lowercase(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return String::from(js_sys::JsString::from(text).to_lower_case());
    #[cfg(not(target_arch = "wasm32"))]
    text.to_lowercase()
}

/// `text` in upper case, by Unicode's rules (as JavaScript's `toUpperCase()`); in the browser,
/// by JavaScript's own, as [`lowercase`].
///
/// ```
/// assert_eq!(civic::uppercase("ŵyl"), "ŴYL");
/// ```
pub fn uppercase(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return String::from(js_sys::JsString::from(text).to_upper_case());
    #[cfg(not(target_arch = "wasm32"))]
    text.to_uppercase()
}

/// Formats a number as JavaScript's `String(n)` does. In the browser that is JavaScript's own
/// `String(n)`, which spares an app Rust's float formatting (some 25 KB of wasm, #13).
#[cfg(target_arch = "wasm32")]
fn js_number(value: f64) -> String {
    js_sys::Number::from(value)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}

/// Formats a number as JavaScript's `String(n)` does (ECMAScript's Number::toString): the
/// shortest digits that read back as the same double, in positional notation from 1e-7 up to
/// 1e21 and in exponent notation (`1e+21`, `1.5e-7`) outside it.
#[cfg(not(target_arch = "wasm32"))]
fn js_number(value: f64) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if value == 0.0 {
        // Both zeros print as "0".
        return "0".into();
    }
    // Rust's `{:e}` writes the shortest round-trip digits, as `d.ddde±x`.
    let scientific = format!("{:e}", value.abs());
    let (mantissa, exponent) = scientific
        .split_once('e')
        .expect("`{:e}` always writes an exponent");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exponent: i32 = exponent.parse().expect("`{:e}` writes a whole exponent");
    let k = digits.len() as i32;
    // JavaScript's n: the position of the decimal point relative to the digits.
    let n = exponent + 1;
    let mut out = String::new();
    if value < 0.0 {
        out.push('-');
    }
    if k <= n && n <= 21 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (n - k) as usize));
    } else if 0 < n && n <= 21 {
        out.push_str(&digits[..n as usize]);
        out.push('.');
        out.push_str(&digits[n as usize..]);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-n) as usize));
        out.push_str(&digits);
    } else {
        out.push_str(&digits[..1]);
        if k > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if n - 1 < 0 { '-' } else { '+' });
        out.push_str(&(n - 1).abs().to_string());
    }
    out
}

/// Reads a JSON scalar as a [`Text`]: the one place that says how JSON values print.
pub(crate) struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::from(v))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
        Ok(Text::from(v))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Text, E> {
        Ok(Text::from(v))
    }

    // JSON numbers are doubles in JavaScript, so a large integer prints as govuk-frontend's
    // templates print it (9007199254740993 as 9007199254740992, 2^64 as 18446744073709552000).
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
        Ok(Text::from(v as f64))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
        Ok(Text::from(v as f64))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
        Ok(Text::from(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Text, E> {
        Ok(Text::null())
    }

    fn visit_none<E: de::Error>(self) -> Result<Text, E> {
        Ok(Text::null())
    }
}

/// JavaScript's `Number.MAX_SAFE_INTEGER`: every whole number up to it is exact as a double.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// Written back as the JSON it was read from: a string, a number, a boolean or `null`.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.kind {
            Kind::String => serializer.serialize_str(&self.text),
            Kind::Boolean => serializer.serialize_bool(self.text == "true"),
            Kind::Null => serializer.serialize_unit(),
            // The text is JavaScript's printing of a double, which reads back as that double;
            // a whole number is written as one (`200`, not `200.0`). `Infinity` and `NaN`,
            // which JSON cannot hold, never came from JSON.
            Kind::Number => match self.text.parse::<f64>() {
                Ok(number) if number.fract() == 0.0 && number.abs() <= MAX_SAFE_INTEGER => {
                    serializer.serialize_i64(number as i64)
                }
                Ok(number) if number.is_finite() => serializer.serialize_f64(number),
                _ => serializer.serialize_str(&self.text),
            },
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

/// A yes/no option, read with JavaScript truthiness (`true`, `"yes"` and `1` are all true).
///
/// ```
/// use civic::Flag;
/// assert!(Flag::from(true).is_set());
/// assert!(!Flag::default().is_set());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flag(pub bool);

impl Flag {
    /// Whether the flag is on.
    pub fn is_set(self) -> bool {
        self.0
    }
}

impl From<bool> for Flag {
    fn from(value: bool) -> Self {
        Flag(value)
    }
}

impl Serialize for Flag {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bool(self.0)
    }
}

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FlagVisitor;
        impl<'de> Visitor<'de> for FlagVisitor {
            type Value = Flag;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a boolean")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Flag, E> {
                Ok(Flag(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Flag, E> {
                Ok(Flag(!v.is_empty()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Flag, E> {
                Ok(Flag(v != 0))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Flag, E> {
                Ok(Flag(v != 0))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Flag, E> {
                Ok(Flag(v != 0.0 && !v.is_nan()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Flag, E> {
                Ok(Flag(false))
            }
            fn visit_none<E: de::Error>(self) -> Result<Flag, E> {
                Ok(Flag(false))
            }
        }
        deserializer.deserialize_any(FlagVisitor)
    }
}

/// Deserializers for options that govuk-frontend skips when they are falsy.
///
/// `hint: false`, `fieldset: null` and `items: [null, {...}]` are all valid govuk-frontend
/// options: a falsy scalar where an object is expected means "absent". Anything else that
/// is not the expected object is an error, reported at its JSON path.
pub mod falsy {
    use super::*;

    /// Accepts falsy scalars as `$none` and rejects truthy ones with the visitor's expectation.
    macro_rules! falsy_scalars {
        ($none:expr) => {
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok($none)
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok($none)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                if v {
                    Err(E::invalid_type(de::Unexpected::Bool(v), &self))
                } else {
                    Ok($none)
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                if v.is_empty() {
                    Ok($none)
                } else {
                    Err(E::invalid_type(de::Unexpected::Str(v), &self))
                }
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                if v == 0 {
                    Ok($none)
                } else {
                    Err(E::invalid_type(de::Unexpected::Signed(v), &self))
                }
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                if v == 0 {
                    Ok($none)
                } else {
                    Err(E::invalid_type(de::Unexpected::Unsigned(v), &self))
                }
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                if v == 0.0 || v.is_nan() {
                    Ok($none)
                } else {
                    Err(E::invalid_type(de::Unexpected::Float(v), &self))
                }
            }
        };
    }

    /// An object option that may be given as a falsy scalar: `Option<T>`.
    pub fn option<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de>,
    {
        deserializer.deserialize_any(ObjectOrFalsy(PhantomData))
    }

    /// Like [`option`], but tells a falsy value (`Some(None)`) from a missing one (`None`),
    /// for options whose default applies only when they are missing.
    /// Use with `#[serde(default, deserialize_with = "falsy::present")]`.
    pub fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de>,
    {
        option(deserializer).map(Some)
    }

    /// A list whose items may be falsy scalars (skipped when rendering), or a falsy list.
    pub fn list<'de, D, T>(deserializer: D) -> Result<Vec<Option<T>>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de>,
    {
        deserializer.deserialize_any(ListOrFalsy(PhantomData))
    }

    /// A list of printable values, or a falsy scalar for none.
    pub fn texts<'de, D>(deserializer: D) -> Result<Option<Vec<Text>>, D::Error>
    where
        D: Deserializer<'de>,
    {
        struct Texts;
        impl<'de> Visitor<'de> for Texts {
            type Value = Option<Vec<Text>>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of strings")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Text>()? {
                    items.push(item);
                }
                Ok(Some(items))
            }
            falsy_scalars!(None);
        }
        deserializer.deserialize_any(Texts)
    }

    /// A list, or `None` for a falsy value: for lists whose mere presence matters.
    pub fn optional_list<'de, D, T>(deserializer: D) -> Result<Option<Vec<Option<T>>>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de>,
    {
        deserializer.deserialize_any(OptionalList(PhantomData))
    }

    /// A list of values that deserialize themselves (lists of lists), or a falsy value.
    pub fn seq<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de>,
    {
        struct Seq<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Seq<T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<T>()? {
                    items.push(item);
                }
                Ok(items)
            }
            falsy_scalars!(Vec::new());
        }
        deserializer.deserialize_any(Seq(PhantomData))
    }

    /// An object option where only `null` means "none" and a missing one means "default":
    /// `None` when missing (serde's default), `Some(None)` for `null`, `Some(Some(T))` for an
    /// object (other falsy scalars read as an empty object, as templates see them).
    pub fn null_or_object<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de> + Default,
    {
        struct NullOrObject<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de> + Default> Visitor<'de> for NullOrObject<T> {
            type Value = Option<Option<T>>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object or null")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Some(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Some(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(|t| Some(Some(t)))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                if v {
                    Err(E::invalid_type(de::Unexpected::Bool(v), &self))
                } else {
                    Ok(Some(Some(T::default())))
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                if v.is_empty() {
                    Ok(Some(Some(T::default())))
                } else {
                    Err(E::invalid_type(de::Unexpected::Str(v), &self))
                }
            }
        }
        deserializer.deserialize_any(NullOrObject(PhantomData))
    }

    struct OptionalList<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for OptionalList<T> {
        type Value = Option<Vec<Option<T>>>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            ListOrFalsy(PhantomData).visit_seq(seq).map(Some)
        }
        falsy_scalars!(None);
    }

    struct ObjectOrFalsy<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectOrFalsy<T> {
        type Value = Option<T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Some)
        }
        falsy_scalars!(None);
    }

    /// One list item: an object, or a falsy scalar that govuk-frontend skips.
    struct Item<T>(Option<T>);

    impl<'de, T: Deserialize<'de>> Deserialize<'de> for Item<T> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer
                .deserialize_any(ObjectOrFalsy(PhantomData))
                .map(Item)
        }
    }

    struct ListOrFalsy<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for ListOrFalsy<T> {
        type Value = Vec<Option<T>>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut items = Vec::new();
            while let Some(Item(item)) = seq.next_element::<Item<T>>()? {
                items.push(item);
            }
            Ok(items)
        }
        falsy_scalars!(Vec::new());
    }
}

/// Joins class names, skipping empty ones: `classes(["govuk-input", extra])`.
pub fn join_classes<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for part in parts {
        let part = part.trim();
        if !part.is_empty() {
            if out.is_empty() {
                // Room for the usual two or three names at once: grown from empty, the
                // string was reallocated three or four times per element (#13).
                out.reserve(64);
            } else {
                out.push(' ');
            }
            out.push_str(part);
        }
    }
    // A user's classes may be another component's or an override class (#13).
    #[cfg(feature = "styles")]
    crate::core::page_styles::words_drawn(&out);
    out
}

/// The text of an optional value when it is truthy, as templates' `{% if x %}` reads it.
pub fn truthy(value: &Option<Text>) -> Option<&str> {
    value.as_ref().filter(|t| t.is_truthy()).map(Text::as_str)
}

/// Tells `null` from a missing value: `Some(None)` for `null`, `None` when absent.
/// Use with `#[serde(default, deserialize_with = "nullable")]`.
pub fn nullable<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<Text>>, D::Error> {
    Option::<Text>::deserialize(deserializer).map(Some)
}

/// A heading level, 1 to 6 (`<h1>` to `<h6>`), as options such as `headingLevel` give it.
///
/// ```
/// use civic::HeadingLevel;
/// assert_eq!(HeadingLevel::new(2).map(HeadingLevel::get), Some(2));
/// assert!(HeadingLevel::new(7).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadingLevel(u8);

impl HeadingLevel {
    /// A level from 1 to 6.
    pub fn new(level: u8) -> Option<Self> {
        (1..=6).contains(&level).then_some(HeadingLevel(level))
    }

    /// The level's number.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl Serialize for HeadingLevel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.0)
    }
}

impl HeadingLevel {
    /// Reads an optional level: a falsy value (`0`, `""`, `null`) means the default.
    /// Use with `#[serde(default, deserialize_with = "HeadingLevel::optional")]`.
    pub fn optional<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Self>, D::Error> {
        match Option::<Text>::deserialize(deserializer)? {
            Some(text) if text.is_truthy() => Self::parse(&text).map(Some),
            _ => Ok(None),
        }
    }

    fn parse<E: de::Error>(text: &Text) -> Result<Self, E> {
        text.as_str()
            .trim()
            .parse::<u8>()
            .ok()
            .and_then(HeadingLevel::new)
            .ok_or_else(|| {
                de::Error::custom(format!(
                    "expected a heading level from 1 to 6, found {:?}",
                    text.as_str()
                ))
            })
    }
}

/// The markup of an `html` option when it is truthy, as templates' `{% if params.html %}` reads it.
pub fn truthy_html(value: &Option<crate::TrustedHtml>) -> Option<&str> {
    value
        .as_ref()
        .filter(|h| h.is_truthy())
        .map(crate::TrustedHtml::as_str)
}

/// A component's list from its props (the data prop, then the composed slots) or, when they
/// give none, the one in its `options`: `<Accordion options=…/>` keeps the options' sections.
pub fn given_or<T>(
    given: impl IntoIterator<Item = T>,
    from_options: Vec<Option<T>>,
) -> Vec<Option<T>> {
    let given: Vec<Option<T>> = given.into_iter().map(Some).collect();
    if given.is_empty() {
        from_options
    } else {
        given
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each pair is a number and what JavaScript's `String(n)` prints for it (ECMA-262
    /// Number::toString; values checked in Node 20).
    #[test]
    fn numbers_print_as_javascript_prints_them() {
        for (number, javascript) in [
            (18446744073709551616.0, "18446744073709552000"),
            (9007199254740993.0, "9007199254740992"),
            (1e21, "1e+21"),
            (1e-7, "1e-7"),
            (1e308, "1e+308"),
            (123456789012345680000.0, "123456789012345680000"),
            (1.5e-7, "1.5e-7"),
            (0.000001, "0.000001"),
            (0.1, "0.1"),
            (-0.0, "0"),
            (-1.25e30, "-1.25e+30"),
            (5e-324, "5e-324"),
            (123.456, "123.456"),
            (2.0, "2"),
            (-42.0, "-42"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
        ] {
            assert_eq!(js_number(number), javascript, "{number:e}");
        }
    }

    #[test]
    fn json_integers_are_read_as_javascript_doubles() {
        let text: Text = serde_json::from_str("9007199254740993").unwrap();
        assert_eq!(text.as_str(), "9007199254740992");
        let text: Text = serde_json::from_str("18446744073709551615").unwrap();
        assert_eq!(text.as_str(), "18446744073709552000");
        let text: Text = serde_json::from_str("-7").unwrap();
        assert_eq!(text.as_str(), "-7");
    }
}
