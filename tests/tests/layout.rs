#![cfg(not(target_arch = "wasm32"))]
//! The layout and typography helpers render govuk-frontend's class-based markup, as the
//! GOV.UK Design System documents it.

use civic::prelude::*;
use civic_tests::dom_difference;

fn html(view: impl FnOnce() -> AnyView) -> String {
    Owner::new().with(|| view().to_html())
}

fn assert_renders(expected: &str, view: impl FnOnce() -> AnyView) {
    let actual = html(view);
    if let Some(diff) = dom_difference(expected, &actual) {
        panic!("{diff}\nactual: {actual}");
    }
}

#[test]
fn page_structure() {
    assert_renders(
        r#"<div class="govuk-width-container"><main class="govuk-main-wrapper govuk-main-wrapper--l" id="main-content" lang="cy">Cynnwys</main></div>"#,
        || {
            view! { <WidthContainer><MainWrapper spacing=Spacing::L lang="cy">"Cynnwys"</MainWrapper></WidthContainer> }.into_any()
        },
    );
}

#[test]
fn grid_rows_and_every_column_width() {
    assert_renders(
        r#"<div class="govuk-grid-row app-row"><div class="govuk-grid-column-two-thirds">Main</div><div class="govuk-grid-column-one-third-from-desktop" data-x="1">Side</div></div>"#,
        || {
            view! {
                <GridRow classes="app-row">
                    <GridColumn width=ColumnWidth::TwoThirds>"Main"</GridColumn>
                    <GridColumn width=ColumnWidth::OneThirdFromDesktop attributes=Attributes::new().with("data-x", "1")>"Side"</GridColumn>
                </GridRow>
            }
            .into_any()
        },
    );
    let widths = [
        (ColumnWidth::Full, "govuk-grid-column-full"),
        (
            ColumnWidth::ThreeQuarters,
            "govuk-grid-column-three-quarters",
        ),
        (ColumnWidth::OneHalf, "govuk-grid-column-one-half"),
        (ColumnWidth::OneQuarter, "govuk-grid-column-one-quarter"),
        (
            ColumnWidth::FullFromDesktop,
            "govuk-grid-column-full-from-desktop",
        ),
        (
            ColumnWidth::ThreeQuartersFromDesktop,
            "govuk-grid-column-three-quarters-from-desktop",
        ),
        (
            ColumnWidth::TwoThirdsFromDesktop,
            "govuk-grid-column-two-thirds-from-desktop",
        ),
        (
            ColumnWidth::OneHalfFromDesktop,
            "govuk-grid-column-one-half-from-desktop",
        ),
        (
            ColumnWidth::OneQuarterFromDesktop,
            "govuk-grid-column-one-quarter-from-desktop",
        ),
    ];
    for (width, class) in widths {
        assert_renders(&format!(r#"<div class="{class}">x</div>"#), move || {
            view! { <GridColumn width=width>"x"</GridColumn> }.into_any()
        });
    }
}

#[test]
fn headings_with_captions_and_levels() {
    assert_renders(
        r#"<h1 class="govuk-heading-l"><span class="govuk-caption-l">Report a missed bin</span>What type of bin was missed?</h1>"#,
        || {
            view! { <Heading caption="Report a missed bin">"What type of bin was missed?"</Heading> }.into_any()
        },
    );
    assert_renders(r#"<h2 class="govuk-heading-m">Section</h2>"#, || {
        view! { <Heading size=Size::M level=2>"Section"</Heading> }.into_any()
    });
    assert_renders(r#"<h3 class="govuk-heading-s">Small</h3>"#, || {
        view! { <Heading size=Size::S level=3>"Small"</Heading> }.into_any()
    });
    assert_renders(r#"<h1 class="govuk-heading-xl">Start</h1>"#, || {
        view! { <Heading size=Size::Xl>"Start"</Heading> }.into_any()
    });
    assert_renders(r#"<span class="govuk-caption-xl">Service</span>"#, || {
        view! { <Caption size=Size::Xl>"Service"</Caption> }.into_any()
    });
}

#[test]
fn body_text_links_and_lists() {
    assert_renders(r#"<p class="govuk-body-l">Lead</p>"#, || {
        view! { <Body size=BodySize::Lead>"Lead"</Body> }.into_any()
    });
    assert_renders(r#"<p class="govuk-body">Body</p>"#, || {
        view! { <Body>"Body"</Body> }.into_any()
    });
    assert_renders(r#"<p class="govuk-body-s">Small</p>"#, || {
        view! { <Body size=BodySize::Small>"Small"</Body> }.into_any()
    });
    assert_renders(
        r#"<a href="/bins" class="govuk-link govuk-link--no-visited-state govuk-link--inverse govuk-link--no-underline">Bins</a>"#,
        || {
            view! { <Link href="/bins" no_visited_state=true inverse=true no_underline=true>"Bins"</Link> }.into_any()
        },
    );
    assert_renders(r#"<a href="/a" class="govuk-link">A</a>"#, || {
        view! { <Link href="/a">"A"</Link> }.into_any()
    });
    assert_renders(
        r#"<ul class="govuk-list govuk-list--bullet govuk-list--spaced"><li>food</li><li>garden</li></ul>"#,
        || {
            view! { <List kind=ListKind::Bullet spaced=true><li>"food"</li><li>"garden"</li></List> }.into_any()
        },
    );
    assert_renders(
        r#"<ol class="govuk-list govuk-list--number"><li>one</li></ol>"#,
        || view! { <List kind=ListKind::Number><li>"one"</li></List> }.into_any(),
    );
    assert_renders(r#"<ul class="govuk-list"><li>plain</li></ul>"#, || {
        view! { <List><li>"plain"</li></List> }.into_any()
    });
}

#[test]
fn section_breaks() {
    assert_renders(
        r#"<hr class="govuk-section-break govuk-section-break--l govuk-section-break--visible">"#,
        || view! { <SectionBreak size=BreakSize::L visible=true /> }.into_any(),
    );
    assert_renders(
        r#"<hr class="govuk-section-break govuk-section-break--xl">"#,
        || view! { <SectionBreak size=BreakSize::Xl /> }.into_any(),
    );
    assert_renders(
        r#"<hr class="govuk-section-break govuk-section-break--m">"#,
        || view! { <SectionBreak size=BreakSize::M /> }.into_any(),
    );
    assert_renders(r#"<hr class="govuk-section-break">"#, || {
        view! { <SectionBreak /> }.into_any()
    });
}
