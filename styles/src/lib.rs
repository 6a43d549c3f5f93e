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
//! (feature `ssr`). A page can carry less: [`sheet::components_stylesheet`] writes what some
//! components need, and `sheet::pages_stylesheet` (feature `pages`) what rendered pages use,
//! found from their classes ([`sheet::components_for_classes`]).

pub mod sheet;
mod theme;

pub use theme::{
    Theme, ThemeError, COLOUR_NAMES, MAX_FONT_STACK_CHARS, MAX_ORGANISATION_CHARS,
    MAX_THEME_FILE_BYTES,
};

use std::fmt;

/// A colour (sRGB), written in CSS as `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour([u8; 3]);

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

/// The value of one hex digit, if it is one.
const fn hex_digit(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// `#rgb` or `#rrggbb` as channels.
const fn parse_hex(text: &str) -> Option<[u8; 3]> {
    let bytes = text.as_bytes();
    let short = bytes.len() == 4;
    if !(short || bytes.len() == 7) || bytes[0] != b'#' {
        return None;
    }
    let mut channels = [0u8; 3];
    let mut i = 0;
    while i < 3 {
        let (high, low) = if short {
            (bytes[1 + i], bytes[1 + i])
        } else {
            (bytes[1 + 2 * i], bytes[2 + 2 * i])
        };
        match (hex_digit(high), hex_digit(low)) {
            (Some(high), Some(low)) => channels[i] = high * 16 + low,
            _ => return None,
        }
        i += 1;
    }
    Some(channels)
}

impl Colour {
    /// A colour from a `#rrggbb` (or `#rgb`) literal in Civic's own source. A malformed literal
    /// is a bug in the source, caught when the constant is compiled.
    pub const fn hex(text: &str) -> Colour {
        match parse_hex(text) {
            Some(channels) => Colour(channels),
            None => panic!("not a #rrggbb colour"),
        }
    }

    /// A colour from user input (`#1d70b8` or `#fff`); the error says what was expected.
    pub fn parse(text: &str) -> Result<Colour, String> {
        parse_hex(text.trim())
            .map(Colour)
            .ok_or_else(|| format!("expected a colour like \"#1d70b8\", found {text:?}"))
    }

    /// The relative luminance (WCAG 2.x) of the colour, for contrast checks.
    pub fn luminance(self) -> f64 {
        let [r, g, b] = self.0.map(|value| {
            let value = value as f64 / 255.0;
            if value <= 0.04045 {
                value / 12.92
            } else {
                ((value + 0.055) / 1.055).powf(2.4)
            }
        });
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    fn mix(self, towards: f64, share: f64) -> Colour {
        Colour(
            self.0
                .map(|v| (v as f64 + (towards - v as f64) * share).round() as u8),
        )
    }

    /// The colour mixed with black (`share` from 0 to 1), as govuk-frontend's `govuk-shade`.
    pub fn shade(self, share: f64) -> Colour {
        self.mix(0.0, share)
    }

    /// The colour mixed with white (`share` from 0 to 1), as govuk-frontend's `govuk-tint`.
    pub fn tint(self, share: f64) -> Colour {
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
    pub const BLUE: Colour = Colour::hex("#1d70b8");
    /// Blue, 10% shade (links).
    pub const BLUE_SHADE_10: Colour = Colour::hex("#1a65a6");
    /// Blue, 50% shade (hovered links).
    pub const BLUE_SHADE_50: Colour = Colour::hex("#0f385c");
    /// Blue, 50% tint.
    pub const BLUE_TINT_50: Colour = Colour::hex("#8eb8dc");
    /// Blue, 95% tint (template background).
    pub const BLUE_TINT_95: Colour = Colour::hex("#f4f8fb");
    /// Black.
    pub const BLACK: Colour = Colour::hex("#0b0c0c");
    /// Black, 25% tint (secondary text).
    pub const BLACK_TINT_25: Colour = Colour::hex("#484949");
    /// Black, 80% tint (borders).
    pub const BLACK_TINT_80: Colour = Colour::hex("#cecece");
    /// White.
    pub const WHITE: Colour = Colour::hex("#ffffff");
    /// Yellow (focus).
    pub const YELLOW: Colour = Colour::hex("#ffdd00");
    /// Red (errors).
    pub const RED: Colour = Colour::hex("#ca3535");
    /// Green (success).
    pub const GREEN: Colour = Colour::hex("#0f7a52");
    /// Black tinted 95% (light grey backgrounds).
    pub const BLACK_TINT_95: Colour = Colour::hex("#f3f3f3");
    /// Black tinted 50% (secondary button shadow, borders).
    pub const BLACK_TINT_50: Colour = Colour::hex("#858686");
    /// Blue tinted 80% (the file upload's empty state).
    pub const BLUE_TINT_80: Colour = Colour::hex("#d2e2f1");
    /// Purple (visited links).
    pub const PURPLE: Colour = Colour::hex("#54319f");
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_is_computed_as_wcag_defines_it() {
        assert!((Colour::hex("#000000").contrast(Colour::hex("#ffffff")) - 21.0).abs() < 0.01);
        assert!((Colour::hex("#777777").contrast(Colour::hex("#ffffff")) - 4.48).abs() < 0.01);
    }

    #[test]
    fn shades_and_tints_match_govuk_frontend() {
        // Button hover and shadow, and the brand's light surface, as govuk-frontend computes them.
        assert_eq!(palette::GREEN.shade(0.25).to_string(), "#0b5c3e");
        assert_eq!(palette::GREEN.shade(0.5).to_string(), "#083d29");
        assert_eq!(palette::BLUE.tint(0.95).to_string(), "#f4f8fb");
    }

    #[test]
    fn colours_parse_from_user_input_and_print_as_six_digit_hex() {
        assert_eq!(Colour::parse("#FFF").unwrap().to_string(), "#ffffff");
        assert_eq!(Colour::parse(" #00703C ").unwrap(), Colour::hex("#00703c"));
        for bad in ["green", "#12345", "#ggg", "", "#1234567", "rgb(0,0,0)"] {
            let error = Colour::parse(bad).unwrap_err();
            assert!(error.contains("#1d70b8"), "{bad}: {error}");
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
