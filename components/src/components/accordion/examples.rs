//! Examples of `accordion`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Collection days, with the open sections read back
pub fn bin_days() -> impl IntoView {
    let (open, set_open) = signal(Vec::<bool>::new());
    view! {
        <Accordion id="accordion-bin-days" open_sections=set_open>
            <AccordionSection slot heading="Household waste">
                <p class="govuk-body">"Collected every other Tuesday."</p>
            </AccordionSection>
            <AccordionSection slot heading="Garden waste">
                <p class="govuk-body">"Collected every other Friday, March to November."</p>
            </AccordionSection>
        </Accordion>
        <p class="govuk-body">{move || format!(
            "{} of {} sections open",
            open.get().iter().filter(|shown| **shown).count(),
            open.get().len()
        )}</p>
    }
}
