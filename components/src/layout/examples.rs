//! Examples of layout and typography, drawn live on their showcase page and shown there as
//! their code.

use civic::prelude::*;

/// A question page's heading with its caption, a lead paragraph and body text with a link
pub fn headings_and_text() -> impl IntoView {
    view! {
        <Heading size=Size::L level=2 caption="Report a missed bin">"What type of bin was missed?"</Heading>
        <Body size=BodySize::Lead>"Tell us which collection was missed and we will arrange another."</Body>
        <Body>
            "Check your "
            <Link href="#collection-days">"collection day"</Link>
            " first: collections can be a day late after a bank holiday."
        </Body>
    }
}

/// Bulleted and numbered lists, and a visible section break between them
pub fn lists() -> impl IntoView {
    view! {
        <Heading size=Size::M level=2>"What you can recycle"</Heading>
        <List kind=ListKind::Bullet>
            <li>"paper and card"</li>
            <li>"glass bottles and jars"</li>
            <li>"food tins and drink cans"</li>
        </List>
        <SectionBreak size=BreakSize::M visible=true />
        <Heading size=Size::M level=2>"How to report a missed bin"</Heading>
        <List kind=ListKind::Number>
            <li>"Give the address of the collection."</li>
            <li>"Say which bins were missed."</li>
            <li>"Tell us when they were put out."</li>
        </List>
    }
}

/// The grid: two thirds for the main content, one third for related links
pub fn grid() -> impl IntoView {
    view! {
        <GridRow>
            <GridColumn width=ColumnWidth::TwoThirds>
                <Heading size=Size::M level=2>"Bins and recycling"</Heading>
                <Body>"Collection days, missed bins, new containers and bulky waste."</Body>
            </GridColumn>
            <GridColumn width=ColumnWidth::OneThird>
                <Heading size=Size::S level=3>"Related"</Heading>
                <List>
                    <li><Link href="#garden-waste">"Garden waste"</Link></li>
                    <li><Link href="#bulky-waste">"Bulky waste"</Link></li>
                </List>
            </GridColumn>
        </GridRow>
    }
}
