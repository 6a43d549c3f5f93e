//! Themes: the tokens a council changes to carry its own brand. Two are built in (`civic` and
//! the example `anytown`); a council can also write its own as JSON and export its stylesheet
//! with `civic css --theme-file council.json`, without forking anything.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use crate::{palette, Colour, Colours, FONT_FAMILY};

/// Anytown Council's (made-up) logo: a tower in a circle.
const ANYTOWN_LOGO: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32" focusable="false" aria-hidden="true" fill="currentColor"><path d="M16 1a15 15 0 1 0 0 30 15 15 0 0 0 0-30zm0 3a12 12 0 0 1 0 24 12 12 0 0 1 0-24z"/><path d="M12 24V13l4-5 4 5v11h-3v-5h-2v5z"/></svg>"#;

/// A council's (or Civic's) theme: the tokens its stylesheet is generated from.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// The theme's name, as `civic css --theme NAME` takes it.
    pub name: Cow<'static, str>,
    /// The colours.
    pub colours: Colours,
    /// The font stack.
    pub font_family: Cow<'static, str>,
    /// The background of the council's (generic) header.
    pub header_background: Colour,
    /// The council's name, as its header shows it.
    pub organisation: Cow<'static, str>,
    /// The council's logo, an SVG image drawn in the header's text colour (`currentColor`),
    /// or none for the name alone. Trusted markup: it comes from the theme's author.
    pub logo_svg: Option<Cow<'static, str>>,
}

/// What is wrong with a theme file, with the JSON path of the fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeError(pub String);

impl fmt::Display for ThemeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ThemeError {}

/// A theme file, as a council writes it. Every field but `name` is optional and falls back to
/// the `basedOn` theme (Civic's own by default).
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct ThemeFile {
    name: String,
    based_on: Option<String>,
    organisation: Option<String>,
    font_family: Option<String>,
    header_background: Option<String>,
    #[serde(default)]
    colours: BTreeMap<String, String>,
}

/// The colours a theme file can set, by the names of their CSS custom properties
/// (`link-hover` is `--govuk-link-hover-colour`).
pub const COLOUR_NAMES: [&str; 20] = [
    "brand",
    "text",
    "inverse-text",
    "secondary-text",
    "template-background",
    "body-background",
    "focus",
    "focus-text",
    "error",
    "success",
    "border",
    "input-border",
    "hover",
    "link",
    "link-visited",
    "link-hover",
    "link-active",
    "surface-background",
    "surface-text",
    "surface-border",
];

impl Colours {
    /// The colour slot a theme file's name refers to.
    fn slot(&mut self, name: &str) -> Option<&mut Colour> {
        Some(match name {
            "brand" => &mut self.brand,
            "text" => &mut self.text,
            "inverse-text" => &mut self.inverse_text,
            "secondary-text" => &mut self.secondary_text,
            "template-background" => &mut self.template_background,
            "body-background" => &mut self.body_background,
            "focus" => &mut self.focus,
            "focus-text" => &mut self.focus_text,
            "error" => &mut self.error,
            "success" => &mut self.success,
            "border" => &mut self.border,
            "input-border" => &mut self.input_border,
            "hover" => &mut self.hover,
            "link" => &mut self.link,
            "link-visited" => &mut self.link_visited,
            "link-hover" => &mut self.link_hover,
            "link-active" => &mut self.link_active,
            "surface-background" => &mut self.surface_background,
            "surface-text" => &mut self.surface_text,
            "surface-border" => &mut self.surface_border,
            _ => return None,
        })
    }
}

impl Theme {
    /// Civic's default theme: the shared design language with a system font stack.
    pub fn civic() -> Theme {
        Theme {
            name: "civic".into(),
            colours: Colours::DEFAULT,
            font_family: FONT_FAMILY.into(),
            header_background: palette::BLACK,
            organisation: "Civic".into(),
            logo_svg: None,
        }
    }

    /// An example council theme: Anytown Council's green brand, header and logo. Components
    /// are the same; only tokens change.
    pub fn anytown() -> Theme {
        Theme {
            name: "anytown".into(),
            colours: Colours {
                brand: Colour::hex("#00703c"),
                link: Colour::hex("#005a30"),
                link_hover: Colour::hex("#003d20"),
                template_background: Colour::hex("#f3f8f5"),
                surface_background: Colour::hex("#f3f8f5"),
                surface_border: Colour::hex("#87bca8"),
                ..Colours::DEFAULT
            },
            font_family: FONT_FAMILY.into(),
            header_background: Colour::hex("#00703c"),
            organisation: "Anytown Council".into(),
            logo_svg: Some(ANYTOWN_LOGO.into()),
        }
    }

    /// Every built-in theme.
    pub fn all() -> Vec<Theme> {
        vec![Theme::civic(), Theme::anytown()]
    }

    /// A built-in theme by name.
    pub fn named(name: &str) -> Option<Theme> {
        Theme::all().into_iter().find(|theme| theme.name == name)
    }

    /// The names of the built-in themes, for messages.
    pub fn names() -> String {
        Theme::all()
            .iter()
            .map(|theme| theme.name.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Pairs of colours that people read one on the other and that fall below WCAG 2.2 AA
    /// (4.5:1), each named by the theme file field to change. Empty for a usable theme.
    pub fn contrast_problems(&self) -> Vec<String> {
        let c = &self.colours;
        [
            ("colours.text", c.text, "body-background", c.body_background),
            ("colours.secondary-text", c.secondary_text, "body-background", c.body_background),
            ("colours.link", c.link, "body-background", c.body_background),
            ("colours.link-visited", c.link_visited, "body-background", c.body_background),
            ("colours.link-hover", c.link_hover, "body-background", c.body_background),
            ("colours.error", c.error, "body-background", c.body_background),
            ("colours.focus-text", c.focus_text, "focus", c.focus),
            ("colours.inverse-text", c.inverse_text, "brand", c.brand),
            ("colours.inverse-text", c.inverse_text, "success", c.success),
            ("colours.surface-text", c.surface_text, "surface-background", c.surface_background),
            ("colours.link", c.link, "surface-background", c.surface_background),
            ("headerBackground", self.header_background, "inverse-text", c.inverse_text),
        ]
        .into_iter()
        .filter_map(|(field, colour, on, background)| {
            let ratio = colour.contrast(background);
            (ratio < 4.5).then(|| {
                format!(
                    "{field}: {colour} with {on} {background} is {ratio:.2}:1; text needs at least 4.5:1 (WCAG 2.2 AA)"
                )
            })
        })
        .collect()
    }

    /// A council's theme from a JSON theme file:
    ///
    /// ```json
    /// {
    ///   "name": "northshire",
    ///   "basedOn": "civic",
    ///   "organisation": "Northshire Council",
    ///   "headerBackground": "#5a2d82",
    ///   "colours": { "brand": "#5a2d82", "link": "#4c2c92" }
    /// }
    /// ```
    ///
    /// Colours are named as their CSS custom properties are (`link-hover` sets
    /// `--govuk-link-hover-colour`); see [`COLOUR_NAMES`]. The theme is refused, with the JSON
    /// path of every fault, when a field is unknown, a colour is not `#rrggbb`, the font stack
    /// could break out of its CSS declaration or names GDS Transport, or text would fall below
    /// WCAG AA contrast.
    ///
    /// ```
    /// let theme = civic_styles::Theme::from_json(r##"{"name": "northshire", "colours": {"brand": "#5a2d82"}}"##).unwrap();
    /// assert_eq!(theme.colours.brand.to_string(), "#5a2d82");
    /// let error = civic_styles::Theme::from_json(r#"{"name": "x", "colours": {"brand": "purple"}}"#).unwrap_err();
    /// assert!(error.to_string().starts_with("colours.brand: "));
    /// ```
    pub fn from_json(text: &str) -> Result<Theme, ThemeError> {
        if text.len() > MAX_THEME_FILE_BYTES {
            return Err(ThemeError(format!(
                "the file is {} bytes; a theme file may be at most {MAX_THEME_FILE_BYTES}",
                text.len()
            )));
        }
        // Editors on Windows may start a UTF-8 file with a byte-order mark.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|error| ThemeError(format!("not JSON: {error}")))?;
        if !value.is_object() {
            return Err(ThemeError(
                "expected a JSON object of theme fields, such as {\"name\": \"northshire\"}".into(),
            ));
        }
        let file: ThemeFile = serde_path_to_error::deserialize(value).map_err(|error| {
            let path = error.path().to_string();
            let inner = error.into_inner();
            ThemeError(if path == "." {
                inner.to_string()
            } else {
                format!("{path}: {inner}")
            })
        })?;

        let mut problems = Vec::new();
        if !valid_name(&file.name) {
            problems.push(format!(
                "name: {:?} should be lowercase letters, digits and hyphens, such as \"northshire\"",
                file.name
            ));
        }
        let base_name = file.based_on.as_deref().unwrap_or("civic");
        let mut theme = Theme::named(base_name).unwrap_or_else(|| {
            problems.push(format!(
                "basedOn: unknown theme {base_name:?}; built-in themes: {}",
                Theme::names()
            ));
            Theme::civic()
        });
        theme.name = file.name.into();
        theme.logo_svg = None;
        if let Some(organisation) = file.organisation {
            if organisation.chars().count() > MAX_ORGANISATION_CHARS {
                problems.push(format!(
                    "organisation: longer than {MAX_ORGANISATION_CHARS} characters"
                ));
            } else if organisation.trim().is_empty() || organisation.chars().any(char::is_control) {
                problems.push(
                    "organisation: expected the organisation's name on one line, such as \"Northshire Council\"".into(),
                );
            } else {
                theme.organisation = organisation.into();
            }
        }
        if let Some(font_family) = file.font_family {
            match check_font_family(&font_family) {
                Ok(()) => theme.font_family = font_family.into(),
                Err(problem) => problems.push(format!("fontFamily: {problem}")),
            }
        }
        if let Some(value) = file.header_background {
            match Colour::parse(&value) {
                Ok(colour) => theme.header_background = colour,
                Err(problem) => problems.push(format!("headerBackground: {problem}")),
            }
        }
        for (name, value) in &file.colours {
            match (theme.colours.slot(name), Colour::parse(value)) {
                (None, _) => problems.push(format!(
                    "colours.{name}: unknown colour; colours are {}",
                    COLOUR_NAMES.join(", ")
                )),
                (Some(_), Err(problem)) => problems.push(format!("colours.{name}: {problem}")),
                (Some(slot), Ok(colour)) => *slot = colour,
            }
        }
        if problems.is_empty() {
            problems = theme.contrast_problems();
        }
        if problems.is_empty() {
            Ok(theme)
        } else {
            Err(ThemeError(problems.join("\n")))
        }
    }
}

fn valid_name(name: &str) -> bool {
    (1..=40).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The longest theme file [`Theme::from_json`] reads, in bytes. A theme is a few hundred.
pub const MAX_THEME_FILE_BYTES: usize = 64 * 1024;
/// The longest font stack a theme may give, in characters.
pub const MAX_FONT_STACK_CHARS: usize = 300;
/// The longest organisation name a theme may give, in characters.
pub const MAX_ORGANISATION_CHARS: usize = 120;

/// A font stack goes into the stylesheet as written, so it is read as CSS reads a
/// `font-family` list: family names separated by commas, each either quoted (`"Helvetica
/// Neue"`, one kind of quote, closed) or a run of identifiers (`Helvetica Neue`). Nothing
/// else may appear, so the value can never end its declaration or leave a string open (#8).
fn check_font_family(stack: &str) -> Result<(), String> {
    if stack.chars().count() > MAX_FONT_STACK_CHARS {
        return Err(format!(
            "longer than {MAX_FONT_STACK_CHARS} characters; a font stack names a few fonts"
        ));
    }
    if stack.trim().is_empty() {
        return Err("expected a font stack such as \"arial, helvetica, sans-serif\"".into());
    }
    for (index, family) in stack.split(',').enumerate() {
        let name = font_family_name(family.trim())
            .map_err(|problem| format!("font {} ({:?}): {problem}", index + 1, family.trim()))?;
        // Compare as letters only, so that spacing, case, hyphens or quotes cannot hide it.
        let letters: String = name
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if letters == "gdstransport" {
            return Err("GDS Transport is GOV.UK's own font; councils use a system stack".into());
        }
    }
    Ok(())
}

/// The name one `font-family` entry gives, or why CSS (or Civic) would not read it as one.
fn font_family_name(family: &str) -> Result<String, String> {
    let is_name_char = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_');
    if family.is_empty() {
        return Err("empty; remove the extra comma".into());
    }
    if let Some(quote) = family.chars().next().filter(|c| matches!(c, '"' | '\'')) {
        let inner = &family[1..];
        let Some(name) = inner.strip_suffix(quote) else {
            return Err(format!("the quote {quote} is not closed"));
        };
        if let Some(bad) = name.chars().find(|&c| !is_name_char(c)) {
            return Err(format!(
                "{bad:?} cannot appear in a font name (letters, digits, spaces, hyphens and underscores only)"
            ));
        }
        if name.trim().is_empty() {
            return Err("an empty name".into());
        }
        return Ok(name.to_owned());
    }
    let mut words = Vec::new();
    for word in family.split_whitespace() {
        if let Some(bad) = word.chars().find(|&c| !is_name_char(c)) {
            return Err(format!(
                "{bad:?} cannot appear in an unquoted font name (letters, digits, spaces, hyphens and underscores only)"
            ));
        }
        // A CSS identifier cannot start with a digit, or with a hyphen and a digit.
        let mut chars = word.chars();
        let first = chars.next();
        let second = chars.next();
        if first.is_some_and(|c| c.is_ascii_digit())
            || (first == Some('-') && second.is_some_and(|c| c.is_ascii_digit() || c == '-'))
        {
            return Err(format!(
                "{word:?} is not a CSS name; put the font name in quotes"
            ));
        }
        words.push(word);
    }
    Ok(words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_themes_meet_wcag_aa_contrast() {
        for theme in Theme::all() {
            assert_eq!(
                theme.contrast_problems(),
                Vec::<String>::new(),
                "{}",
                theme.name
            );
        }
    }

    #[test]
    fn themes_are_found_by_name_and_never_use_gds_transport() {
        assert_eq!(
            Theme::named("anytown").map(|t| t.name),
            Some("anytown".into())
        );
        assert!(Theme::named("nope").is_none());
        for theme in Theme::all() {
            assert!(!theme.font_family.contains("GDS Transport"));
        }
    }

    #[test]
    fn a_theme_file_changes_only_what_it_names() {
        let theme = Theme::from_json(
            r##"{"name": "northshire", "basedOn": "anytown", "organisation": "Northshire Council",
                 "fontFamily": "\"Helvetica Neue\", arial, sans-serif", "headerBackground": "#5A2D82",
                 "colours": {"brand": "#5a2d82", "link-hover": "#2a1950"}}"##,
        )
        .unwrap();
        assert_eq!(theme.name, "northshire");
        assert_eq!(theme.organisation, "Northshire Council");
        assert_eq!(theme.header_background, Colour::hex("#5a2d82"));
        assert_eq!(theme.colours.brand, Colour::hex("#5a2d82"));
        assert_eq!(theme.colours.link_hover, Colour::hex("#2a1950"));
        // Untouched values come from the base theme.
        assert_eq!(theme.colours.link, Theme::anytown().colours.link);
        assert_eq!(theme.logo_svg, None);
    }

    #[test]
    fn theme_file_faults_are_named_by_their_json_path() {
        let error = |json: &str| Theme::from_json(json).unwrap_err().to_string();
        assert!(error("[]").starts_with("expected a JSON object of theme fields"));
        assert!(error("{").starts_with("not JSON: EOF while parsing"));
        assert!(error(r#"{"colours": {}}"#).contains("missing field `name`"));
        let unknown = error(r#"{"name": "x", "colour": {}}"#);
        assert!(unknown.contains("unknown field `colour`"), "{unknown}");
        assert!(error(r#"{"name": "x", "colours": {"brand": 3}}"#)
            .starts_with("colours.brand: invalid type"));
        assert!(error(r#"{"name": "x", "colours": {"brand": "green"}}"#)
            .starts_with("colours.brand: expected a colour like \"#1d70b8\", found \"green\""));
        assert!(error(r##"{"name": "x", "colours": {"brnad": "#000000"}}"##)
            .starts_with("colours.brnad: unknown colour; colours are brand, text,"));
        assert!(error(r#"{"name": "North Shire"}"#).starts_with("name: \"North Shire\" should be"));
        assert!(error(r#"{"name": "x", "basedOn": "gov"}"#)
            .starts_with("basedOn: unknown theme \"gov\"; built-in themes: civic, anytown"));
        // Hostile theme files (#8): each refused, the fault named at its JSON path.
        let long_stack = format!(r#"{{"name": "x", "fontFamily": "{}"}}"#, "a".repeat(1_000));
        let long_organisation =
            format!(r#"{{"name": "x", "organisation": "{}"}}"#, "a".repeat(121));
        let huge_file = format!(r#"{{"name": "x", "padding": "{}"}}"#, " ".repeat(70_000));
        let hostile: &[(&str, &str)] = &[
            (
                r#"{"name": "x", "fontFamily": "arial; } body { display: none"}"#,
                "fontFamily: font 1 (\"arial; } body { display: none\"): ';' cannot appear",
            ),
            (
                r#"{"name": "x", "fontFamily": "arial, \""}"#,
                "fontFamily: font 2 (\"\\\"\"): the quote \" is not closed",
            ),
            (
                r#"{"name": "x", "fontFamily": "'arial\", helvetica"}"#,
                "fontFamily: font 1 (\"'arial\\\"\"): the quote ' is not closed",
            ),
            (
                r#"{"name": "x", "fontFamily": "\"a\"b\", arial"}"#,
                "fontFamily: font 1 (\"\\\"a\\\"b\\\"\"): '\"' cannot appear",
            ),
            (
                r#"{"name": "x", "fontFamily": "arial,, helvetica"}"#,
                "fontFamily: font 2 (\"\"): empty",
            ),
            (
                r#"{"name": "x", "fontFamily": "3dfont, arial"}"#,
                "fontFamily: font 1 (\"3dfont\"): \"3dfont\" is not a CSS name",
            ),
            (
                r#"{"name": "x", "fontFamily": "arial\\, helvetica"}"#,
                "fontFamily: font 1 (\"arial\\\\\"): '\\\\' cannot appear",
            ),
            (
                r#"{"name": "x", "fontFamily": "arial /* x */"}"#,
                "fontFamily: font 1 (\"arial /* x */\"): '/' cannot appear",
            ),
            (
                r#"{"name": "x", "fontFamily": "arial\n}"}"#,
                "fontFamily: font 1 (\"arial\\n}\"): '}' cannot appear",
            ),
            (
                r#"{"name": "x", "fontFamily": "GDS Transport, arial"}"#,
                "fontFamily: GDS Transport",
            ),
            (
                r#"{"name": "x", "fontFamily": "GDS  Transport, arial"}"#,
                "fontFamily: GDS Transport",
            ),
            (
                r#"{"name": "x", "fontFamily": "arial, 'gds transport'"}"#,
                "fontFamily: GDS Transport",
            ),
            (
                r#"{"name": "x", "fontFamily": "\"GDS-Transport\""}"#,
                "fontFamily: GDS Transport",
            ),
            (
                r#"{"name": "x", "fontFamily": "   "}"#,
                "fontFamily: expected a font stack",
            ),
            (&long_stack, "fontFamily: longer than 300 characters"),
            (
                &long_organisation,
                "organisation: longer than 120 characters",
            ),
            (
                r#"{"name": "x", "organisation": "North\u0000shire"}"#,
                "organisation: expected the organisation's name on one line",
            ),
            (
                r#"{"name": "x", "organisation": ""}"#,
                "organisation: expected the organisation's name",
            ),
            (
                &huge_file,
                "the file is 70028 bytes; a theme file may be at most 65536",
            ),
            (
                r##"{"name": "x", "colours": {"brand": "#1d70b8; color: red"}}"##,
                "colours.brand: expected a colour",
            ),
            (
                r##"{"name": "x", "colours": {"brand": "#12345g"}}"##,
                "colours.brand: expected a colour",
            ),
            (
                r##"{"name": "x", "colours": {"text": "#ffffff"}}"##,
                "colours.text: #ffffff with",
            ),
            (
                r##"{"name": "x", "headerBackground": "url(javascript:alert(1))"}"##,
                "headerBackground: expected a colour",
            ),
            (
                r#"{"name": "x</style><script>"}"#,
                "name: \"x</style><script>\" should be",
            ),
            (
                r#"{"name": "x", "colours": {"brand": 5}}"#,
                "colours.brand: invalid type: integer `5`, expected a string",
            ),
            (
                r#"{"name": "x", "logoSvg": "<svg onload=alert(1)>"}"#,
                "unknown field `logoSvg`",
            ),
            (r#"["name"]"#, "expected a JSON object of theme fields"),
            (r#"{"name": "x", "#, "not JSON: EOF while parsing"),
        ];
        for (file, expected) in hostile {
            let message = error(file);
            assert!(
                message.starts_with(expected) || message.contains(expected),
                "{file:.80} gave {message:?}, expected {expected:?}"
            );
        }
        // A byte-order mark is skipped; a name with a digit and spaces inside quotes is fine.
        assert!(
            Theme::from_json("\u{feff}{\"name\": \"x\", \"fontFamily\": \"'Font 2', arial\"}")
                .is_ok()
        );
        // Every fault is reported at once.
        assert_eq!(
            error(r##"{"name": "X", "headerBackground": "red", "colours": {"text": "blue"}}"##)
                .lines()
                .count(),
            3
        );
    }

    #[test]
    fn a_theme_file_with_unreadable_colours_is_refused() {
        let error = Theme::from_json(r##"{"name": "pale", "colours": {"link": "#9fc3e3"}}"##)
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("colours.link: #9fc3e3 with body-background #ffffff is"),
            "{error}"
        );
        assert!(error.contains("needs at least 4.5:1"));
        let header = Theme::from_json(r##"{"name": "pale", "headerBackground": "#ffdd00"}"##)
            .unwrap_err()
            .to_string();
        assert!(
            header.starts_with("headerBackground: #ffdd00 with inverse-text #ffffff"),
            "{header}"
        );
    }
}
