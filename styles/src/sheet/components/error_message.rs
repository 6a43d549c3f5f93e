//! `govuk-error-message`: what is wrong with an answer.

use crate::sheet::builder::{Css, Weight};

/// Error message styles.
pub fn error_message(css: &mut Css) {
    let c = css.c;
    css.font(".govuk-error-message", 19, Weight::Bold).rule(
        ".govuk-error-message",
        &format!(
            "display: block; margin-top: 0; margin-bottom: 15px; clear: both; color: {}",
            c.error
        ),
    );
}
