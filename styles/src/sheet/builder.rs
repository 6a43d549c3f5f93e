//! The stylesheet builder: rules are written as CSS declaration text with the theme's tokens
//! interpolated, plus the shared mixins (responsive type, responsive spacing, focus states,
//! links, visually hidden), and come out as a stylist [`Sheet`].
//!
//! Consecutive rules with the same selector, and consecutive rules under the same media query,
//! are merged, which keeps the output small without making modules order their rules by hand.

use std::borrow::Cow;
use std::fmt;

use stylist::ast::{Block, Rule, RuleBlockContent, ScopeContent, Selector, Sheet, StyleAttribute};
use stylist_core::bow::Bow;

use crate::{spacing, Colour, Colours, Theme, TypeSize, TYPE_SCALE};

/// `@media` from the tablet breakpoint up.
pub const TABLET: &str = "(min-width: 40.0625em)";
/// `@media` from the desktop breakpoint up.
pub const DESKTOP: &str = "(min-width: 48.0625em)";
/// `@media` below the tablet breakpoint.
pub const BELOW_TABLET: &str = "(max-width: 40.0525em)";
/// `@media` when printing.
pub const PRINT: &str = "print";
/// `@media` in forced-colours (Windows high contrast) mode.
pub const FORCED_COLOURS: &str = "screen and (forced-colors: active)";

/// A font weight of the type scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// 400.
    Regular,
    /// 700.
    Bold,
}

/// A theme colour as the CSS custom property that carries it (`var(--govuk-text-colour)`), so
/// that a part of a page can change it for everything inside, as inverse panels and
/// breadcrumbs do. The property names are govuk-frontend's.
#[derive(Clone, Copy, Debug)]
pub struct Var {
    name: &'static str,
    /// The theme's value.
    pub colour: Colour,
}

impl fmt::Display for Var {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "var({})", self.property())
    }
}

impl Var {
    /// The custom property's name, `--govuk-text-colour`.
    pub fn property(self) -> String {
        format!("--govuk-{}-colour", self.name)
    }

    /// The theme's value mixed with black (hover and shadow colours).
    pub fn shade(self, share: f64) -> Colour {
        self.colour.shade(share)
    }

    /// The theme's value mixed with white.
    pub fn tint(self, share: f64) -> Colour {
        self.colour.tint(share)
    }
}

/// Every theme colour as a custom property.
#[derive(Clone, Copy, Debug)]
pub struct Vars {
    /// `--govuk-brand-colour`.
    pub brand: Var,
    /// `--govuk-text-colour`.
    pub text: Var,
    /// `--govuk-inverse-text-colour`.
    pub inverse_text: Var,
    /// `--govuk-secondary-text-colour`.
    pub secondary_text: Var,
    /// `--govuk-template-background-colour`.
    pub template_background: Var,
    /// `--govuk-body-background-colour`.
    pub body_background: Var,
    /// `--govuk-focus-colour`.
    pub focus: Var,
    /// `--govuk-focus-text-colour`.
    pub focus_text: Var,
    /// `--govuk-error-colour`.
    pub error: Var,
    /// `--govuk-success-colour`.
    pub success: Var,
    /// `--govuk-border-colour`.
    pub border: Var,
    /// `--govuk-input-border-colour`.
    pub input_border: Var,
    /// `--govuk-hover-colour`.
    pub hover: Var,
    /// `--govuk-link-colour`.
    pub link: Var,
    /// `--govuk-link-visited-colour`.
    pub link_visited: Var,
    /// `--govuk-link-hover-colour`.
    pub link_hover: Var,
    /// `--govuk-link-active-colour`.
    pub link_active: Var,
    /// `--govuk-surface-background-colour`.
    pub surface_background: Var,
    /// `--govuk-surface-text-colour`.
    pub surface_text: Var,
    /// `--govuk-surface-border-colour`.
    pub surface_border: Var,
}

impl Vars {
    fn of(colours: &Colours) -> Vars {
        Vars {
            brand: Var {
                name: "brand",
                colour: colours.brand,
            },
            text: Var {
                name: "text",
                colour: colours.text,
            },
            inverse_text: Var {
                name: "inverse-text",
                colour: colours.inverse_text,
            },
            secondary_text: Var {
                name: "secondary-text",
                colour: colours.secondary_text,
            },
            template_background: Var {
                name: "template-background",
                colour: colours.template_background,
            },
            body_background: Var {
                name: "body-background",
                colour: colours.body_background,
            },
            focus: Var {
                name: "focus",
                colour: colours.focus,
            },
            focus_text: Var {
                name: "focus-text",
                colour: colours.focus_text,
            },
            error: Var {
                name: "error",
                colour: colours.error,
            },
            success: Var {
                name: "success",
                colour: colours.success,
            },
            border: Var {
                name: "border",
                colour: colours.border,
            },
            input_border: Var {
                name: "input-border",
                colour: colours.input_border,
            },
            hover: Var {
                name: "hover",
                colour: colours.hover,
            },
            link: Var {
                name: "link",
                colour: colours.link,
            },
            link_visited: Var {
                name: "link-visited",
                colour: colours.link_visited,
            },
            link_hover: Var {
                name: "link-hover",
                colour: colours.link_hover,
            },
            link_active: Var {
                name: "link-active",
                colour: colours.link_active,
            },
            surface_background: Var {
                name: "surface-background",
                colour: colours.surface_background,
            },
            surface_text: Var {
                name: "surface-text",
                colour: colours.surface_text,
            },
            surface_border: Var {
                name: "surface-border",
                colour: colours.surface_border,
            },
        }
    }

    /// Every property, for the `:root` rule.
    pub fn all(&self) -> [Var; 20] {
        [
            self.brand,
            self.text,
            self.inverse_text,
            self.secondary_text,
            self.template_background,
            self.body_background,
            self.focus,
            self.focus_text,
            self.error,
            self.success,
            self.border,
            self.input_border,
            self.hover,
            self.link,
            self.link_visited,
            self.link_hover,
            self.link_active,
            self.surface_background,
            self.surface_text,
            self.surface_border,
        ]
    }
}

/// One declaration block, for one selector.
#[derive(Debug)]
struct Ruleset {
    selector: String,
    declarations: Vec<(String, String)>,
}

#[derive(Debug)]
enum Item {
    Ruleset(Ruleset),
    Media {
        query: String,
        rulesets: Vec<Ruleset>,
    },
}

/// Collects the rules of a stylesheet for one theme.
pub struct Css<'t> {
    /// The theme the rules are written for.
    pub theme: &'t Theme,
    /// The theme's colours, as custom properties.
    pub c: Vars,
    items: Vec<Item>,
}

/// Splits `a: b; c: d` into pairs, leaving `;` and `:` inside quotes and brackets alone.
fn declarations(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let (mut depth, mut quote, mut start) = (0usize, None, 0usize);
    let mut push = |piece: &str| {
        let piece = piece.trim();
        if let Some((key, value)) = piece.split_once(':') {
            out.push((key.trim().to_string(), value.trim().to_string()));
        } else {
            debug_assert!(piece.is_empty(), "not a declaration: {piece}");
        }
    };
    for (i, ch) in text.char_indices() {
        match (ch, quote) {
            ('"' | '\'', None) => quote = Some(ch),
            (q, Some(open)) if q == open => quote = None,
            (_, Some(_)) => {}
            ('(', None) => depth += 1,
            (')', None) => depth = depth.saturating_sub(1),
            (';', None) if depth == 0 => {
                push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    push(&text[start..]);
    out
}

fn rem(px: f64) -> String {
    format!("{}rem", trim_float(px / 16.0))
}

/// A number for CSS: at most ten decimals, no trailing zeros, no leading zero.
pub fn trim_float(value: f64) -> String {
    let s = format!("{value:.10}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.strip_prefix("0.")
        .map(|rest| format!(".{rest}"))
        .unwrap_or_else(|| s.to_string())
}

/// The type scale entry for a size (80, 48, 36, 27, 24, 19 or 16). Any other size is a
/// mistake in a module's source; in debug builds it stops the build's tests, in release it
/// falls back to 19 (body text).
pub fn type_size(point: u16) -> TypeSize {
    TYPE_SCALE
        .iter()
        .copied()
        .find(|size| size.point == point)
        .unwrap_or_else(|| {
            debug_assert!(false, "{point} is not on the type scale");
            TYPE_SCALE[5]
        })
}

impl<'t> Css<'t> {
    /// An empty stylesheet for a theme.
    pub fn new(theme: &'t Theme) -> Self {
        Css {
            theme,
            c: Vars::of(&theme.colours),
            items: Vec::new(),
        }
    }

    /// `selector { declarations }`.
    pub fn rule(&mut self, selector: &str, text: &str) -> &mut Self {
        let declarations = declarations(text);
        if let Some(Item::Ruleset(last)) = self.items.last_mut()
            && last.selector == selector
        {
            last.declarations.extend(declarations);
            return self;
        }
        self.items.push(Item::Ruleset(Ruleset {
            selector: selector.to_string(),
            declarations,
        }));
        self
    }

    /// `@media query { selector { declarations } }`.
    pub fn media(&mut self, query: &str, selector: &str, text: &str) -> &mut Self {
        self.at(&format!("@media {query}"), selector, text)
    }

    /// `@supports condition { selector { declarations } }`.
    pub fn supports(&mut self, condition: &str, selector: &str, text: &str) -> &mut Self {
        self.at(&format!("@supports {condition}"), selector, text)
    }

    /// `prelude { selector { declarations } }` for any grouping at-rule.
    pub fn at(&mut self, query: &str, selector: &str, text: &str) -> &mut Self {
        let declarations = declarations(text);
        if let Some(Item::Media {
            query: last,
            rulesets,
        }) = self.items.last_mut()
            && last == query
        {
            match rulesets.last_mut() {
                Some(ruleset) if ruleset.selector == selector => {
                    ruleset.declarations.extend(declarations)
                }
                _ => rulesets.push(Ruleset {
                    selector: selector.to_string(),
                    declarations,
                }),
            }
            return self;
        }
        self.items.push(Item::Media {
            query: query.to_string(),
            rulesets: vec![Ruleset {
                selector: selector.to_string(),
                declarations,
            }],
        });
        self
    }

    /// Declarations from the tablet breakpoint up.
    pub fn tablet(&mut self, selector: &str, text: &str) -> &mut Self {
        self.media(TABLET, selector, text)
    }

    /// Declarations from the desktop breakpoint up.
    pub fn desktop(&mut self, selector: &str, text: &str) -> &mut Self {
        self.media(DESKTOP, selector, text)
    }

    /// Declarations below the tablet breakpoint.
    pub fn below_tablet(&mut self, selector: &str, text: &str) -> &mut Self {
        self.media(BELOW_TABLET, selector, text)
    }

    /// Declarations for print.
    pub fn print(&mut self, selector: &str, text: &str) -> &mut Self {
        self.media(PRINT, selector, text)
    }

    /// Declarations in forced-colours mode.
    pub fn forced_colours(&mut self, selector: &str, text: &str) -> &mut Self {
        self.media(FORCED_COLOURS, selector, text)
    }

    /// The font stack and smoothing, without a size (the `govuk-typography-common` mixin).
    pub fn font_family(&mut self, selector: &str) -> &mut Self {
        let family = self.theme.font_family.clone();
        self.rule(
            selector,
            &format!(
                "font-family: {family}; -webkit-font-smoothing: antialiased; -moz-osx-font-smoothing: grayscale"
            ),
        )
        .print(selector, "font-family: sans-serif")
    }

    /// A size of the responsive type scale with its line heights, on screen and in print.
    pub fn font_size(&mut self, selector: &str, point: u16) -> &mut Self {
        self.sized(selector, point, None, "")
    }

    /// A size of the type scale as an override that wins over components (`!important`).
    pub fn font_size_important(&mut self, selector: &str, point: u16) -> &mut Self {
        self.sized(selector, point, None, " !important")
    }

    /// A font size with a fixed line height (`govuk-font($size, $line-height: …)`): the line
    /// height is given as a CSS value for screen and for print.
    pub fn font_size_with_line_height(
        &mut self,
        selector: &str,
        point: u16,
        screen: &str,
        print: &str,
    ) -> &mut Self {
        self.sized(selector, point, Some((screen, print)), "")
    }

    /// The font size rules: below tablet, from tablet (when it differs) and in print. Line
    /// heights come from the scale unless `fixed` gives them (screen, print).
    fn sized(
        &mut self,
        selector: &str,
        point: u16,
        fixed: Option<(&str, &str)>,
        bang: &str,
    ) -> &mut Self {
        let size = type_size(point);
        let screen = |(px, line): (u16, u16)| {
            let line_height = match fixed {
                Some((screen, _)) => screen.to_string(),
                None => trim_float(line as f64 / px as f64),
            };
            format!(
                "font-size: {}{bang}; line-height: {line_height}{bang}",
                rem(px as f64)
            )
        };
        let (small, large) = (screen(size.small), screen(size.large));
        self.rule(selector, &small);
        if large != small {
            self.tablet(selector, &large);
        }
        let (pt, line) = size.print;
        let print_line = fixed.map_or_else(|| line.to_string(), |(_, print)| print.to_string());
        self.print(
            selector,
            &format!("font-size: {pt}pt{bang}; line-height: {print_line}{bang}"),
        )
    }

    /// `govuk-font` with a fixed line height: family, weight and size.
    pub fn font_with_line_height(
        &mut self,
        selector: &str,
        point: u16,
        weight: Weight,
        screen: &str,
        print: &str,
    ) -> &mut Self {
        self.font_family(selector)
            .rule(selector, font_weight(weight))
            .font_size_with_line_height(selector, point, screen, print)
    }

    /// The whole `govuk-font` mixin: family, weight and responsive size, on screen and in
    /// print.
    pub fn font(&mut self, selector: &str, point: u16, weight: Weight) -> &mut Self {
        let family = self.theme.font_family.clone();
        self.rule(
            selector,
            &format!(
                "font-family: {family}; -webkit-font-smoothing: antialiased; -moz-osx-font-smoothing: grayscale; {}",
                font_weight(weight)
            ),
        );
        self.font_size(selector, point);
        self.print(selector, "font-family: sans-serif")
    }

    /// `govuk-font` with tabular numbers.
    pub fn font_tabular(&mut self, selector: &str, point: u16, weight: Weight) -> &mut Self {
        self.font(selector, point, weight);
        self.rule(selector, "font-variant-numeric: tabular-nums")
    }

    /// A responsive spacing point for a property (`margin-bottom`, `padding`, …).
    pub fn responsive(&mut self, selector: &str, property: &str, point: usize) -> &mut Self {
        let (small, large) = spacing::RESPONSIVE[point.min(9)];
        self.rule(selector, &format!("{property}: {small}px"));
        if small != large {
            self.tablet(selector, &format!("{property}: {large}px"));
        }
        self
    }

    /// The focus state of text: yellow background, dark underline (`govuk-focused-text`).
    pub fn focused_text(&mut self, selector: &str) -> &mut Self {
        let c = self.c;
        self.rule(
            selector,
            &format!(
                "outline: 3px solid transparent; color: {}; background-color: {}; box-shadow: 0 -2px {}, 0 4px {}; text-decoration: none",
                c.focus_text, c.focus, c.focus, c.focus_text
            ),
        )
        // Older browsers break the highlight across lines without this; where `text-wrap:
        // balance` exists, the default already reads well.
        .supports(
            "not (text-wrap: balance)",
            selector,
            "-webkit-box-decoration-break: clone; box-decoration-break: clone",
        )
    }

    /// Underline, thickness and offset shared by every link (`govuk-link-decoration`), with the
    /// thicker hover underline.
    pub fn link_decoration(&mut self, selector: &str) -> &mut Self {
        self.rule(
            selector,
            "text-decoration: underline; text-decoration-thickness: max(1px, .0625rem); text-underline-offset: .1578em",
        );
        self.rule(
            &hover_of(selector),
            "text-decoration-thickness: max(3px, .1875rem, .12em); -webkit-text-decoration-skip-ink: none; text-decoration-skip-ink: none; -webkit-text-decoration-skip: none; text-decoration-skip: none",
        )
    }

    /// A link's typography, underline and focus state (`govuk-link-common`).
    pub fn link_common(&mut self, selector: &str) -> &mut Self {
        self.font_family(selector);
        self.link_decoration(selector);
        self.focused_text(&format!("{selector}:focus"))
    }

    /// A link's colours for its `:link`, `:visited`, `:hover` and `:active` states, in that
    /// cascade order (neighbouring states of one colour share a rule), then the focus text
    /// colour.
    pub fn link_states(&mut self, selector: &str, colours: [&dyn fmt::Display; 4]) -> &mut Self {
        let states = ["link", "visited", "hover", "active"]
            .into_iter()
            .zip(colours.map(|colour| colour.to_string()))
            .collect::<Vec<_>>();
        for group in states.chunk_by(|a, b| a.1 == b.1) {
            let selectors = group
                .iter()
                .map(|(state, _)| format!("{selector}:{state}"))
                .collect::<Vec<_>>()
                .join(", ");
            self.rule(&selectors, &format!("color: {}", group[0].1));
        }
        let focus_text = self.c.focus_text;
        self.rule(
            &format!("{selector}:focus"),
            &format!("color: {focus_text}"),
        )
    }

    /// The default link colours: link, visited, hover, active, focus.
    pub fn link_colours(&mut self, selector: &str) -> &mut Self {
        let c = self.c;
        self.link_states(
            selector,
            [&c.link, &c.link_visited, &c.link_hover, &c.link_active],
        )
    }

    /// Link colours without a visited state.
    pub fn link_colours_no_visited(&mut self, selector: &str) -> &mut Self {
        let c = self.c;
        self.link_states(selector, [&c.link, &c.link, &c.link_hover, &c.link_active])
    }

    /// Link colours in the text colour.
    pub fn link_colours_text(&mut self, selector: &str) -> &mut Self {
        let c = self.c;
        self.link_states(selector, [&c.text; 4])
    }

    /// Link colours on a dark background.
    pub fn link_colours_inverse(&mut self, selector: &str) -> &mut Self {
        let c = self.c;
        self.link_states(selector, [&c.inverse_text; 4])
    }

    /// Hidden on screen, read by screen readers (`govuk-visually-hidden`).
    ///
    /// The deprecated `clip` stays beside `clip-path`, as in govuk-frontend: tools that judge
    /// what is on screen read it, axe-core among them (without it, axe took the accordion's
    /// hidden ", " for visible text and failed label-in-name; issue #10's sweep).
    pub fn visually_hidden(&mut self, selector: &str, important: bool) -> &mut Self {
        let bang = if important { " !important" } else { "" };
        self.rule(
            selector,
            &format!(
                "position: absolute{bang}; width: 1px{bang}; height: 1px{bang}; margin: 0{bang}; padding: 0{bang}; overflow: hidden{bang}; clip: rect(0 0 0 0){bang}; clip-path: inset(50%){bang}; border: 0{bang}; white-space: nowrap{bang}; -webkit-user-select: none; user-select: none"
            ),
        )
    }

    /// Clears floats inside (`govuk-clearfix`).
    pub fn clearfix(&mut self, selector: &str) -> &mut Self {
        self.rule(
            &format!("{selector}::after"),
            "content: \"\"; display: block; clear: both",
        )
    }

    /// The finished stylist sheet.
    pub fn into_sheet(self) -> Sheet {
        let content: Vec<ScopeContent> = self
            .items
            .into_iter()
            .map(|item| match item {
                Item::Ruleset(ruleset) => ScopeContent::Block(block(ruleset)),
                Item::Media { query, rulesets } => ScopeContent::Rule(Rule {
                    condition: Cow::Owned(vec![query.into()]),
                    content: Cow::Owned(
                        rulesets
                            .into_iter()
                            .map(|r| RuleBlockContent::Block(Bow::Boxed(Box::new(block(r)))))
                            .collect(),
                    ),
                }),
            })
            .collect();
        Sheet::from(content)
    }
}

fn block(ruleset: Ruleset) -> Block {
    Block {
        condition: Cow::Owned(vec![Selector::from(vec![ruleset.selector.into()])]),
        content: Cow::Owned(
            ruleset
                .declarations
                .into_iter()
                .map(|(key, value)| {
                    RuleBlockContent::StyleAttr(StyleAttribute {
                        key: key.into(),
                        value: Cow::Owned(vec![value.into()]),
                    })
                })
                .collect(),
        ),
    }
}

/// `a:hover, b:hover` for `a, b`.
fn hover_of(selector: &str) -> String {
    selector
        .split(", ")
        .map(|s| format!("{s}:hover"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The CSS for a font weight.
pub fn font_weight(weight: Weight) -> &'static str {
    match weight {
        Weight::Regular => "font-weight: 400",
        Weight::Bold => "font-weight: 700",
    }
}

/// The smallest screen width of a breakpoint, as an `em` media feature value.
pub fn breakpoint_em(px: u16) -> String {
    format!("{}em", trim_float(px as f64 / 16.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::breakpoints;

    #[test]
    fn declarations_split_outside_quotes_and_brackets() {
        assert_eq!(
            declarations("content: \"a;b\"; background: url(data:x;y); margin: 0"),
            vec![
                ("content".to_string(), "\"a;b\"".to_string()),
                ("background".to_string(), "url(data:x;y)".to_string()),
                ("margin".to_string(), "0".to_string())
            ]
        );
    }

    #[test]
    fn breakpoints_match_the_media_queries() {
        assert_eq!(
            format!("(min-width: {})", breakpoint_em(breakpoints::TABLET)),
            TABLET
        );
        assert_eq!(
            format!("(min-width: {})", breakpoint_em(breakpoints::DESKTOP)),
            DESKTOP
        );
    }

    #[test]
    fn the_type_scale_becomes_rem_and_unitless_line_heights() {
        assert_eq!(rem(19.0), "1.1875rem");
        assert_eq!(trim_float(2.5 / 2.0), "1.25");
        assert_eq!(trim_float(1.0), "1");
    }
}
