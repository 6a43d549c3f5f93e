//! Examples of `service-navigation`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A service's name and its main pages
pub fn bin_collections() -> impl IntoView {
    view! {
        <ServiceNavigation service_name="Bin collections" service_url="#service-navigation-home">
            <NavLink slot href="#service-navigation-days" current=true>"Collection days"</NavLink>
            <NavLink slot href="#service-navigation-missed">"Report a missed bin"</NavLink>
        </ServiceNavigation>
    }
}
