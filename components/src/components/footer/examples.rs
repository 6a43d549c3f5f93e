//! Examples of `footer`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A council's footer, with its services and the links every page needs
pub fn council() -> impl IntoView {
    view! {
        <Footer>
            <FooterSection slot title="Services" width="one-half">
                <SectionLink slot href="#footer-bins" text="Bins and recycling" />
                <SectionLink slot href="#footer-tax" text="Council tax" />
            </FooterSection>
            <SupportLink slot href="#footer-cookies" text="Cookies" />
            <SupportLink slot href="#footer-accessibility" text="Accessibility statement" />
        </Footer>
    }
}
