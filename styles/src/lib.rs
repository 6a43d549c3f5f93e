//! # Civic styles: design tokens and themes
//!
//! The values the GOV.UK design language is built from (colours, spacing, type scale,
//! breakpoints, widths), as Rust data, and the [`Theme`] a council changes to carry its own
//! brand. A theme changes tokens, never components.
//!
//! The token values follow govuk-frontend 6.6.0's settings (its palette, functional colours,
//! spacing and responsive type scale), with one deliberate difference: Civic's font stack is a
//! system stack (Arial/Helvetica), never the GDS Transport font.
//!
//! [`sheet`] generates the complete stylesheet from a theme with stylist: see
//! [`sheet::stylesheet`], [`sheet::css`], [`sheet::global_style`] and `sheet::style_element`
//! (feature `ssr`).

pub mod sheet;

use std::fmt;

/// A colour, as a CSS hex value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour(pub &'static str);

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Colour {
    /// The relative luminance (WCAG 2.x) of the colour, for contrast checks.
    pub fn luminance(self) -> f64 {
        let [r, g, b] = self.channels().map(|value| {
            let value = value / 255.0;
            if value <= 0.04045 {
                value / 12.92
            } else {
                ((value + 0.055) / 1.055).powf(2.4)
            }
        });
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    /// Whether the value is the `#rrggbb` form the tokens use (shades, tints and contrast are
    /// computed from it).
    pub fn is_hex(self) -> bool {
        self.0.len() == 7
            && self.0.starts_with('#')
            && self.0[1..].chars().all(|c| c.is_ascii_hexdigit())
    }

    fn channels(self) -> [f64; 3] {
        let hex = self.0.trim_start_matches('#');
        let channel = |i: usize| {
            hex.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .unwrap_or(0) as f64
        };
        [channel(0), channel(2), channel(4)]
    }

    fn mix(self, towards: f64, share: f64) -> String {
        let [r, g, b] = self
            .channels()
            .map(|v| (v + (towards - v) * share).round() as u8);
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// The colour mixed with black (`share` from 0 to 1), as govuk-frontend's `govuk-shade`.
    pub fn shade(self, share: f64) -> String {
        self.mix(0.0, share)
    }

    /// The colour mixed with white (`share` from 0 to 1), as govuk-frontend's `govuk-tint`.
    pub fn tint(self, share: f64) -> String {
        self.mix(255.0, share)
    }

    /// The WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }
}

/// The colours components are drawn with, by what they are for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colours {
    /// The brand colour (header and footer accents).
    pub brand: Colour,
    /// Body text.
    pub text: Colour,
    /// Text on dark backgrounds.
    pub inverse_text: Colour,
    /// Secondary text, such as hints.
    pub secondary_text: Colour,
    /// The page's background outside the main content.
    pub template_background: Colour,
    /// The main content's background.
    pub body_background: Colour,
    /// The focus highlight.
    pub focus: Colour,
    /// Text on the focus highlight.
    pub focus_text: Colour,
    /// Errors.
    pub error: Colour,
    /// Success.
    pub success: Colour,
    /// Borders and section breaks.
    pub border: Colour,
    /// Form field borders.
    pub input_border: Colour,
    /// Hover backgrounds.
    pub hover: Colour,
    /// Links.
    pub link: Colour,
    /// Visited links.
    pub link_visited: Colour,
    /// Hovered links.
    pub link_hover: Colour,
    /// Active links.
    pub link_active: Colour,
    /// Backgrounds of surfaces such as summary cards.
    pub surface_background: Colour,
    /// Text on surfaces.
    pub surface_text: Colour,
    /// Surface borders.
    pub surface_border: Colour,
}

/// govuk-frontend's palette values that the default colours use.
pub mod palette {
    use super::Colour;
    /// Blue.
    pub const BLUE: Colour = Colour("#1d70b8");
    /// Blue, 10% shade (links).
    pub const BLUE_SHADE_10: Colour = Colour("#1a65a6");
    /// Blue, 50% shade (hovered links).
    pub const BLUE_SHADE_50: Colour = Colour("#0f385c");
    /// Blue, 50% tint.
    pub const BLUE_TINT_50: Colour = Colour("#8eb8dc");
    /// Blue, 95% tint (template background).
    pub const BLUE_TINT_95: Colour = Colour("#f4f8fb");
    /// Black.
    pub const BLACK: Colour = Colour("#0b0c0c");
    /// Black, 25% tint (secondary text).
    pub const BLACK_TINT_25: Colour = Colour("#484949");
    /// Black, 80% tint (borders).
    pub const BLACK_TINT_80: Colour = Colour("#cecece");
    /// White.
    pub const WHITE: Colour = Colour("#ffffff");
    /// Yellow (focus).
    pub const YELLOW: Colour = Colour("#ffdd00");
    /// Red (errors).
    pub const RED: Colour = Colour("#ca3535");
    /// Green (success).
    pub const GREEN: Colour = Colour("#0f7a52");
    /// Black tinted 95% (light grey backgrounds).
    pub const BLACK_TINT_95: Colour = Colour("#f3f3f3");
    /// Black tinted 50% (secondary button shadow, borders).
    pub const BLACK_TINT_50: Colour = Colour("#858686");
    /// Blue tinted 80% (the file upload's empty state).
    pub const BLUE_TINT_80: Colour = Colour("#d2e2f1");
    /// Purple (visited links).
    pub const PURPLE: Colour = Colour("#54319f");
}

impl Colours {
    /// The shared design language's colours.
    pub const DEFAULT: Colours = Colours {
        brand: palette::BLUE,
        text: palette::BLACK,
        inverse_text: palette::WHITE,
        secondary_text: palette::BLACK_TINT_25,
        template_background: palette::BLUE_TINT_95,
        body_background: palette::WHITE,
        focus: palette::YELLOW,
        focus_text: palette::BLACK,
        error: palette::RED,
        success: palette::GREEN,
        border: palette::BLACK_TINT_80,
        input_border: palette::BLACK,
        hover: palette::BLACK_TINT_80,
        link: palette::BLUE_SHADE_10,
        link_visited: palette::PURPLE,
        link_hover: palette::BLUE_SHADE_50,
        link_active: palette::BLACK,
        surface_background: palette::BLUE_TINT_95,
        surface_text: palette::BLACK,
        surface_border: palette::BLUE_TINT_50,
    };
}

/// The spacing scale: points 0 to 9, static, and responsive (smaller below the tablet
/// breakpoint).
pub mod spacing {
    /// Static spacing in pixels, by point.
    pub const STATIC: [u16; 10] = [0, 5, 10, 15, 20, 25, 30, 40, 50, 60];
    /// Responsive spacing in pixels, by point: (below tablet, from tablet).
    pub const RESPONSIVE: [(u16, u16); 10] = [
        (0, 0),
        (5, 5),
        (10, 10),
        (15, 15),
        (15, 20),
        (15, 25),
        (20, 30),
        (25, 40),
        (30, 50),
        (40, 60),
    ];
}

/// One size of the responsive type scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TypeSize {
    /// The scale's name for it (its size in pixels from tablet up).
    pub point: u16,
    /// Font size and line height below the tablet breakpoint, in pixels.
    pub small: (u16, u16),
    /// Font size and line height from the tablet breakpoint, in pixels.
    pub large: (u16, u16),
    /// Font size in points and unitless line height, for print.
    pub print: (u16, f32),
}

/// The responsive type scale, largest first.
pub const TYPE_SCALE: [TypeSize; 7] = [
    TypeSize {
        point: 80,
        small: (53, 55),
        large: (80, 80),
        print: (53, 1.1),
    },
    TypeSize {
        point: 48,
        small: (32, 35),
        large: (48, 50),
        print: (32, 1.15),
    },
    TypeSize {
        point: 36,
        small: (27, 30),
        large: (36, 40),
        print: (24, 1.05),
    },
    TypeSize {
        point: 27,
        small: (21, 25),
        large: (27, 30),
        print: (18, 1.15),
    },
    TypeSize {
        point: 24,
        small: (21, 25),
        large: (24, 30),
        print: (18, 1.15),
    },
    TypeSize {
        point: 19,
        small: (19, 25),
        large: (19, 25),
        print: (14, 1.15),
    },
    TypeSize {
        point: 16,
        small: (16, 20),
        large: (16, 20),
        print: (14, 1.2),
    },
];

/// Breakpoints, in pixels.
pub mod breakpoints {
    /// Small screens start here.
    pub const MOBILE: u16 = 320;
    /// Tablets and larger.
    pub const TABLET: u16 = 641;
    /// Desktops and larger.
    pub const DESKTOP: u16 = 769;
}

/// Widths and borders, in pixels.
pub mod widths {
    /// The widest the page's content gets.
    pub const PAGE: u16 = 960;
    /// The gutter between grid columns.
    pub const GUTTER: u16 = 30;
    /// The focus outline.
    pub const FOCUS: u16 = 3;
    /// Borders of form fields.
    pub const FORM_ELEMENT_BORDER: u16 = 2;
    /// The standard border (inset text, error summary).
    pub const BORDER: u16 = 5;
    /// Wide borders.
    pub const BORDER_WIDE: u16 = 10;
    /// Narrow borders.
    pub const BORDER_NARROW: u16 = 4;
}

/// The font stack: a system stack, never the GDS Transport font.
pub const FONT_FAMILY: &str = "arial, helvetica, sans-serif";

/// Anytown Council's (made-up) logo: a tower in a circle.
const ANYTOWN_LOGO: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32" focusable="false" aria-hidden="true" fill="currentColor"><path d="M16 1a15 15 0 1 0 0 30 15 15 0 0 0 0-30zm0 3a12 12 0 0 1 0 24 12 12 0 0 1 0-24z"/><path d="M12 24V13l4-5 4 5v11h-3v-5h-2v5z"/></svg>"#;

/// A council's (or Civic's) theme: the tokens its stylesheet is generated from.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// The theme's name, as `civic css --theme NAME` takes it.
    pub name: &'static str,
    /// The colours.
    pub colours: Colours,
    /// The font stack.
    pub font_family: &'static str,
    /// The background of the council's (generic) header.
    pub header_background: Colour,
    /// The council's name, as its header shows it.
    pub organisation: &'static str,
    /// The council's logo, an SVG image drawn in the header's text colour (`currentColor`),
    /// or none for the name alone.
    pub logo_svg: Option<&'static str>,
}

impl Theme {
    /// Civic's default theme: the shared design language with a system font stack.
    pub fn civic() -> Theme {
        Theme {
            name: "civic",
            colours: Colours::DEFAULT,
            font_family: FONT_FAMILY,
            header_background: palette::BLACK,
            organisation: "Civic",
            logo_svg: None,
        }
    }

    /// An example council theme: Anytown Council's green brand. Its header and logo come from
    /// the `generic-header` component's options; the theme only changes tokens.
    pub fn anytown() -> Theme {
        Theme {
            name: "anytown",
            colours: Colours {
                brand: Colour("#00703c"),
                link: Colour("#005a30"),
                link_hover: Colour("#003d20"),
                template_background: Colour("#f3f8f5"),
                surface_background: Colour("#f3f8f5"),
                surface_border: Colour("#87bca8"),
                ..Colours::DEFAULT
            },
            font_family: FONT_FAMILY,
            header_background: Colour("#00703c"),
            organisation: "Anytown Council",
            logo_svg: Some(ANYTOWN_LOGO),
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_links_meet_wcag_aa_contrast_in_every_theme() {
        for theme in Theme::all() {
            let c = theme.colours;
            for (what, colour, background) in [
                ("text", c.text, c.body_background),
                ("secondary text", c.secondary_text, c.body_background),
                ("link", c.link, c.body_background),
                ("visited link", c.link_visited, c.body_background),
                ("hovered link", c.link_hover, c.body_background),
                ("error", c.error, c.body_background),
                ("focus text", c.focus_text, c.focus),
                ("inverse text on brand", c.inverse_text, c.brand),
                ("text on surface", c.surface_text, c.surface_background),
                ("header text", c.inverse_text, theme.header_background),
            ] {
                let ratio = colour.contrast(background);
                assert!(
                    ratio >= 4.5,
                    "{}: {what} {colour} on {background} is {ratio:.2}:1",
                    theme.name
                );
            }
        }
    }

    #[test]
    fn contrast_is_computed_as_wcag_defines_it() {
        assert!((Colour("#000000").contrast(Colour("#ffffff")) - 21.0).abs() < 0.01);
        assert!((Colour("#777777").contrast(Colour("#ffffff")) - 4.48).abs() < 0.01);
    }

    #[test]
    fn shades_and_tints_match_govuk_frontend() {
        // Button hover and shadow, and the brand's light surface, as govuk-frontend computes them.
        assert_eq!(palette::GREEN.shade(0.25), "#0b5c3e");
        assert_eq!(palette::GREEN.shade(0.5), "#083d29");
        assert_eq!(palette::BLUE.tint(0.95), "#f4f8fb");
    }

    #[test]
    fn every_theme_colour_is_six_digit_hex() {
        for theme in Theme::all() {
            let c = theme.colours;
            for colour in [
                c.brand,
                c.text,
                c.inverse_text,
                c.secondary_text,
                c.template_background,
                c.body_background,
                c.focus,
                c.focus_text,
                c.error,
                c.success,
                c.border,
                c.input_border,
                c.hover,
                c.link,
                c.link_visited,
                c.link_hover,
                c.link_active,
                c.surface_background,
                c.surface_text,
                c.surface_border,
                theme.header_background,
            ] {
                assert!(colour.is_hex(), "{}: {colour}", theme.name);
            }
        }
        assert!(!Colour("#fff").is_hex());
        assert!(
            Colour("#fff").luminance().is_finite(),
            "short hex never panics"
        );
    }

    #[test]
    fn themes_are_found_by_name_and_never_use_gds_transport() {
        assert_eq!(Theme::named("anytown").map(|t| t.name), Some("anytown"));
        assert!(Theme::named("nope").is_none());
        for theme in Theme::all() {
            assert!(!theme.font_family.contains("GDS Transport"));
        }
    }

    #[test]
    fn spacing_and_type_scales_grow() {
        assert!(spacing::STATIC.windows(2).all(|w| w[0] < w[1]));
        assert!(spacing::RESPONSIVE
            .iter()
            .all(|(small, large)| small <= large));
        assert!(TYPE_SCALE.windows(2).all(|w| w[0].point > w[1].point));
    }
}
