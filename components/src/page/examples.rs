//! Examples of the page template, each drawn in a document of its own on its showcase page
//! (a page has one banner, one main and one footer) and shown there as its code.

use civic::prelude::*;

/// A council's page: its header, the content in `<main>` (a back link first), and its footer
pub fn council_page() -> impl IntoView {
    view! {
        <Page
            header=|| view! { <GenericHeader logo_text="Anytown Council" url="#" /> }
            footer=|| view! { <Footer /> }
        >
            <BackLink href="#" />
            <Heading size=Size::L caption="Bins and recycling">"Report a missed bin collection"</Heading>
            <Body>"Use this service if your bin was not emptied on your collection day."</Body>
        </Page>
    }
}

/// A new service's page: a phase banner under the header, content in the two-thirds column
pub fn beta_service_page() -> impl IntoView {
    view! {
        <Page
            header=|| view! {
                <GenericHeader logo_text="Anytown Council" url="#" />
                <WidthContainer>
                    <PhaseBanner tag="Beta" text="This is a new service. Help us improve it by giving feedback." />
                </WidthContainer>
            }
            footer=|| view! { <Footer /> }
        >
            <GridRow>
                <GridColumn width=ColumnWidth::TwoThirds>
                    <Heading size=Size::Xl>"Apply for a Blue Badge"</Heading>
                    <Body>"You can apply for yourself, for someone else or for an organisation."</Body>
                </GridColumn>
            </GridRow>
        </Page>
    }
}
