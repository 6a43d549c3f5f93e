//! `govuk-generic-header`: a council's header, in its theme's header colour, with its own
//! logo; laid out as the GOV.UK header is.

use super::header::header_base;
use crate::sheet::builder::Css;

/// Generic (council) header styles.
pub fn generic_header(css: &mut Css) {
    let background = css.theme.header_background.to_string();
    header_base(
        css,
        ".govuk-generic-header",
        &background,
        "padding-top: 15px; padding-bottom: 15px",
    );
}
