//! `govuk-tag`: a short status label, in ten colours.

use crate::sheet::builder::{Css, Weight};

/// The tag colours: (modifier, text, background). Fixed, like govuk-frontend's, because each
/// pair is chosen for contrast.
const COLOURS: [(&str, &str, &str); 10] = [
    ("green", "#083d29", "#cfe4dc"),
    ("purple", "#2a1950", "#ddd6ec"),
    ("red", "#651b1b", "#f4d7d7"),
    ("orange", "#7a3c1c", "#fde4d7"),
    ("teal", "#0b4144", "#d0e6e7"),
    ("magenta", "#651b3e", "#f4d7e5"),
    ("yellow", "#7a3c1c", "#ffee80"),
    ("grey", "#0b0c0c", "#cecece"),
    ("turquoise", "#0b4144", "#d0e6e7"),
    ("pink", "#651b3e", "#f4d7e5"),
];

/// Tag styles. The default tag is the brand colour, shaded and tinted.
pub fn tag(css: &mut Css) {
    let c = css.c;
    css.font(".govuk-tag", 19, Weight::Regular)
        .rule(
            ".govuk-tag",
            &format!(
                "color: {}; background-color: {}; display: inline-block; max-width: 160px; margin-top: -2px; margin-bottom: -3px; padding: 2px 8px 3px; border-radius: 1px; text-decoration: none; overflow-wrap: break-word",
                c.brand.shade(0.5),
                c.brand.tint(0.8)
            ),
        )
        .forced_colours(".govuk-tag", "font-weight: 700");
    for (name, text, background) in COLOURS {
        css.rule(
            &format!(".govuk-tag--{name}"),
            &format!("color: {text}; background-color: {background}"),
        );
    }
}
