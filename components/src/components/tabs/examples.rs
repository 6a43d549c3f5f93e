//! Examples of `tabs`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Figures for different periods, with the chosen tab read back
pub fn collections() -> impl IntoView {
    let (shown, set_shown) = signal(String::new());
    view! {
        <Tabs selected=set_shown>
            <Tab slot id="tabs-past-day" label="Past day"><p class="govuk-body">"3 collections"</p></Tab>
            <Tab slot id="tabs-past-week" label="Past week"><p class="govuk-body">"21 collections"</p></Tab>
        </Tabs>
        <p class="govuk-body">{move || format!("Showing: {}", shown.get())}</p>
    }
}
