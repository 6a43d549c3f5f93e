//! `govuk-table`: data tables, with numeric columns and captions in four sizes.

use crate::sheet::builder::{Css, Weight};

/// Table styles.
pub fn table(css: &mut Css) {
    let c = css.c;
    let t = ".govuk-table";
    css.font(t, 19, Weight::Regular)
        .rule(t, "width: 100%")
        .responsive(t, "margin-bottom", 6)
        .rule(
            t,
            &format!("border-spacing: 0; border-collapse: collapse; color: {}", c.text),
        )
        .below_tablet(
            ".govuk-table--small-text-until-tablet",
            "font-size: 1rem; line-height: 1.25",
        )
        .rule(".govuk-table__header", "font-weight: 700")
        .rule(
            ".govuk-table__header, .govuk-table__cell",
            &format!(
                "padding: 10px 20px 10px 0; border-bottom: 1px solid {}; text-align: left; vertical-align: top",
                c.border
            ),
        )
        .rule(".govuk-table__cell--numeric", "font-variant-numeric: tabular-nums")
        .rule(
            ".govuk-table__header--numeric, .govuk-table__cell--numeric",
            "text-align: right",
        )
        .rule(
            ".govuk-table__header:last-child, .govuk-table__cell:last-child",
            "padding-right: 0",
        )
        .rule(
            ".govuk-table__caption",
            "font-weight: 700; display: table-caption; text-align: left",
        )
        .rule(
            ".govuk-table__caption--xl, .govuk-table__caption--l, .govuk-table__caption--m",
            "margin-bottom: 15px",
        );
    for (size, point) in [("xl", 48), ("l", 36), ("m", 24)] {
        css.font_size(&format!(".govuk-table__caption--{size}"), point);
    }
}
