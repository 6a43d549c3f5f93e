//! Layout and typography helpers: small components over govuk-frontend's class-based markup
//! for page structure (width container, main wrapper, grid) and text (headings with
//! captions, body text, links, lists, section breaks).
//!
//! Each takes `classes` and `attributes` like every other component, and children.
//!
//! # Accessibility
//!
//! **Keyboard.** Only links take focus, in reading order, with the Design System's yellow
//! focus state; the grid never changes the order content is read or tabbed in, and its
//! columns stack on small screens in the order they are written.
//!
//! **Screen readers.** Headings are real headings at the level given (`level`), so a page
//! can be moved through by heading; a caption sits inside its heading and is read with it.
//! Lists are read as lists with their count; a section break is a `<hr>`, announced as a
//! separator whether or not its line is drawn.

use crate::prelude_internal::*;

/// Extra classes and attributes every helper accepts.
fn attrs(base: &str, extra: &[&str], classes: &Option<Text>, attributes: &Attributes) -> Attrs {
    let own = join_classes(std::iter::once(base).chain(extra.iter().copied()));
    Attrs::new().classes(&own, classes).user(Some(attributes))
}

/// The centred, maximum-width container around a page's content.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <WidthContainer><MainWrapper>"Page content"</MainWrapper></WidthContainer> };
/// ```
#[component]
pub fn WidthContainer(
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
    /// The content.
    children: Children,
) -> impl IntoView {
    let attrs = attrs("govuk-width-container", &[], &classes, &attributes);
    view! { <div {..attrs.into_view()}>{children()}</div> }
}

/// The vertical space a main wrapper adds: `L` for pages without back links or breadcrumbs
/// above the content; `Auto` when the page sets its own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Spacing {
    /// The standard spacing.
    #[default]
    Regular,
    /// More space (`govuk-main-wrapper--l`).
    L,
    /// No padding of its own (`govuk-main-wrapper--auto`).
    Auto,
}

/// The `<main>` element, with `id="main-content"` for the skip link.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <MainWrapper spacing=Spacing::L>"Page content"</MainWrapper> };
/// ```
#[component]
pub fn MainWrapper(
    /// Vertical spacing.
    #[prop(optional)]
    spacing: Spacing,
    /// The `id`; `main-content` by default.
    #[prop(optional, into)]
    id: Option<Text>,
    /// The content's language, when it differs from the page's (`cy`).
    #[prop(optional, into)]
    lang: Option<Text>,
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
    /// The content.
    children: Children,
) -> impl IntoView {
    let modifier = match spacing {
        Spacing::Regular => "",
        Spacing::L => "govuk-main-wrapper--l",
        Spacing::Auto => "govuk-main-wrapper--auto",
    };
    let attrs = Attrs::new()
        .set(
            "id",
            id.map(|i| i.to_string())
                .unwrap_or_else(|| "main-content".into()),
        )
        .set_some("lang", lang.as_ref().map(Text::as_str))
        .merge(attrs(
            "govuk-main-wrapper",
            &[modifier],
            &classes,
            &attributes,
        ));
    view! { <main {..attrs.into_view()}>{children()}</main> }
}

/// A row of grid columns.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <GridRow>
///         <GridColumn width=ColumnWidth::TwoThirds>"Main"</GridColumn>
///         <GridColumn width=ColumnWidth::OneThird>"Related"</GridColumn>
///     </GridRow>
/// };
/// ```
#[component]
pub fn GridRow(
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
    /// The columns.
    children: Children,
) -> impl IntoView {
    let attrs = attrs("govuk-grid-row", &[], &classes, &attributes);
    view! { <div {..attrs.into_view()}>{children()}</div> }
}

/// How wide a grid column is. Columns stack on small screens; the `FromDesktop` widths stay
/// full width until the desktop breakpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColumnWidth {
    /// The full width.
    #[default]
    Full,
    /// Three quarters.
    ThreeQuarters,
    /// Two thirds: the usual width for a question page.
    TwoThirds,
    /// One half.
    OneHalf,
    /// One third.
    OneThird,
    /// One quarter.
    OneQuarter,
    /// Full width from the desktop breakpoint.
    FullFromDesktop,
    /// Three quarters from the desktop breakpoint.
    ThreeQuartersFromDesktop,
    /// Two thirds from the desktop breakpoint.
    TwoThirdsFromDesktop,
    /// One half from the desktop breakpoint.
    OneHalfFromDesktop,
    /// One third from the desktop breakpoint.
    OneThirdFromDesktop,
    /// One quarter from the desktop breakpoint.
    OneQuarterFromDesktop,
}

impl ColumnWidth {
    /// The column's class, such as `govuk-grid-column-two-thirds`.
    pub fn class(self) -> &'static str {
        match self {
            ColumnWidth::Full => "govuk-grid-column-full",
            ColumnWidth::ThreeQuarters => "govuk-grid-column-three-quarters",
            ColumnWidth::TwoThirds => "govuk-grid-column-two-thirds",
            ColumnWidth::OneHalf => "govuk-grid-column-one-half",
            ColumnWidth::OneThird => "govuk-grid-column-one-third",
            ColumnWidth::OneQuarter => "govuk-grid-column-one-quarter",
            ColumnWidth::FullFromDesktop => "govuk-grid-column-full-from-desktop",
            ColumnWidth::ThreeQuartersFromDesktop => {
                "govuk-grid-column-three-quarters-from-desktop"
            }
            ColumnWidth::TwoThirdsFromDesktop => "govuk-grid-column-two-thirds-from-desktop",
            ColumnWidth::OneHalfFromDesktop => "govuk-grid-column-one-half-from-desktop",
            ColumnWidth::OneThirdFromDesktop => "govuk-grid-column-one-third-from-desktop",
            ColumnWidth::OneQuarterFromDesktop => "govuk-grid-column-one-quarter-from-desktop",
        }
    }
}

/// A grid column.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <GridColumn width=ColumnWidth::TwoThirdsFromDesktop>"Question"</GridColumn> };
/// ```
#[component]
pub fn GridColumn(
    /// The column's width.
    #[prop(optional)]
    width: ColumnWidth,
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
    /// The content.
    children: Children,
) -> impl IntoView {
    let attrs = attrs(width.class(), &[], &classes, &attributes);
    view! { <div {..attrs.into_view()}>{children()}</div> }
}

/// A size in govuk-frontend's type scale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Size {
    /// Extra large (`-xl`): rarely, for a page's main heading on a start page.
    Xl,
    /// Large (`-l`): the usual page heading.
    #[default]
    L,
    /// Medium (`-m`).
    M,
    /// Small (`-s`).
    S,
}

impl Size {
    fn suffix(self) -> &'static str {
        match self {
            Size::Xl => "xl",
            Size::L => "l",
            Size::M => "m",
            Size::S => "s",
        }
    }
}

/// A heading (`<h1>` by default) in the type scale, with an optional caption above its text
/// inside the heading, so screen readers read them together.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <Heading size=Size::L caption="Report a missed bin">"What type of bin was missed?"</Heading> };
/// ```
#[component]
pub fn Heading(
    /// The size; large by default.
    #[prop(optional)]
    size: Size,
    /// The heading level, 1 to 6; 1 by default.
    #[prop(optional)]
    level: Option<u8>,
    /// A caption, such as the section or service the page is in.
    #[prop(optional, into)]
    caption: Option<Text>,
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
    /// The heading's text.
    children: Children,
) -> impl IntoView {
    let class = format!("govuk-heading-{}", size.suffix());
    let caption = caption.map(|caption| {
        let class = format!("govuk-caption-{}", size.suffix());
        let text = caption.to_string();
        view! { <span class=class>{text}</span> }
    });
    let content = view! { {caption}{children()} }.into_any();
    heading(
        level
            .and_then(HeadingLevel::new)
            .map(HeadingLevel::get)
            .unwrap_or(1),
        attrs(&class, &[], &classes, &attributes),
        content,
    )
}

/// A caption on its own, above a heading.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <Caption size=Size::Xl>"Apply for a Blue Badge"</Caption> };
/// ```
#[component]
pub fn Caption(
    /// The size; large by default.
    #[prop(optional)]
    size: Size,
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
    /// The caption's text.
    children: Children,
) -> impl IntoView {
    let class = format!("govuk-caption-{}", size.suffix());
    let attrs = attrs(&class, &[], &classes, &attributes);
    view! { <span {..attrs.into_view()}>{children()}</span> }
}

/// The size of body text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BodySize {
    /// The standard size (`govuk-body`).
    #[default]
    Regular,
    /// A lead paragraph, larger (`govuk-body-l`).
    Lead,
    /// Smaller text (`govuk-body-s`).
    Small,
}

/// A paragraph of body text.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <Body size=BodySize::Lead>"Use this service to report a missed bin."</Body> };
/// ```
#[component]
pub fn Body(
    /// The size; regular by default.
    #[prop(optional)]
    size: BodySize,
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
    /// The text.
    children: Children,
) -> impl IntoView {
    let class = match size {
        BodySize::Regular => "govuk-body",
        BodySize::Lead => "govuk-body-l",
        BodySize::Small => "govuk-body-s",
    };
    let attrs = attrs(class, &[], &classes, &attributes);
    view! { <p {..attrs.into_view()}>{children()}</p> }
}

/// A link, with govuk-frontend's link styles.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <Link href="/bins" no_visited_state=true>"Check your bin day"</Link> };
/// ```
#[component]
pub fn Link(
    /// Where it goes.
    #[prop(into)]
    href: Text,
    /// Don't show visited links differently (for links users revisit, like in tools).
    #[prop(optional)]
    no_visited_state: bool,
    /// For links on dark backgrounds.
    #[prop(optional)]
    inverse: bool,
    /// No underline until hovered (for navigation with many links).
    #[prop(optional)]
    no_underline: bool,
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
    /// The link text.
    children: Children,
) -> impl IntoView {
    let modifiers = [
        if no_visited_state {
            "govuk-link--no-visited-state"
        } else {
            ""
        },
        if inverse { "govuk-link--inverse" } else { "" },
        if no_underline {
            "govuk-link--no-underline"
        } else {
            ""
        },
    ];
    let attrs = Attrs::new().set("href", href.to_string()).merge(attrs(
        "govuk-link",
        &modifiers,
        &classes,
        &attributes,
    ));
    view! { <a {..attrs.into_view()}>{children()}</a> }
}

/// The kind of a list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ListKind {
    /// No markers.
    #[default]
    Plain,
    /// Bullets (`<ul>`).
    Bullet,
    /// Numbers (`<ol>`).
    Number,
}

/// A list; its children are the `<li>` items.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <List kind=ListKind::Bullet spaced=true>
///         <li>"food waste"</li>
///         <li>"garden waste"</li>
///     </List>
/// };
/// ```
#[component]
pub fn List(
    /// Plain, bullet or number.
    #[prop(optional)]
    kind: ListKind,
    /// More space between items.
    #[prop(optional)]
    spaced: bool,
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
    /// The `<li>` items.
    children: Children,
) -> impl IntoView {
    let modifier = match kind {
        ListKind::Plain => "",
        ListKind::Bullet => "govuk-list--bullet",
        ListKind::Number => "govuk-list--number",
    };
    let spacing = if spaced { "govuk-list--spaced" } else { "" };
    let attrs = attrs("govuk-list", &[modifier, spacing], &classes, &attributes).into_view();
    match kind {
        ListKind::Number => view! { <ol {..attrs}>{children()}</ol> }.into_any(),
        _ => view! { <ul {..attrs}>{children()}</ul> }.into_any(),
    }
}

/// The space a section break adds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BreakSize {
    /// No extra space.
    #[default]
    None,
    /// Extra large.
    Xl,
    /// Large.
    L,
    /// Medium.
    M,
}

/// A thematic break (`<hr>`) between sections.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <SectionBreak size=BreakSize::L visible=true /> };
/// ```
#[component]
pub fn SectionBreak(
    /// The space around it.
    #[prop(optional)]
    size: BreakSize,
    /// Whether a line is drawn.
    #[prop(optional)]
    visible: bool,
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Extra HTML attributes.
    #[prop(optional)]
    attributes: Attributes,
) -> impl IntoView {
    let size = match size {
        BreakSize::None => "",
        BreakSize::Xl => "govuk-section-break--xl",
        BreakSize::L => "govuk-section-break--l",
        BreakSize::M => "govuk-section-break--m",
    };
    let visible = if visible {
        "govuk-section-break--visible"
    } else {
        ""
    };
    let attrs = attrs(
        "govuk-section-break",
        &[size, visible],
        &classes,
        &attributes,
    );
    view! { <hr {..attrs.into_view()} /> }
}
