//! Examples of `date-input`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A date of birth, each part a signal of its own
pub fn date_of_birth() -> impl IntoView {
    let date = DateParts::new();
    view! {
        <DateInput id="date-input-dob" name_prefix="dob" legend="What is your date of birth?"
            hint="For example, 27 3 2007" value=date />
        <p class="govuk-body">{move || format!(
            "Day {}, month {}, year {}",
            date.day.get(), date.month.get(), date.year.get()
        )}</p>
    }
}
