//! Examples of `character-count`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A limit of 200 characters, with what is left read back by the page
pub fn more_detail() -> impl IntoView {
    let detail = RwSignal::new(String::new());
    let (left, set_left) = signal(200.0);
    view! {
        <CharacterCount name="character-count-detail" label="Can you provide more detail?"
            hint="Do not include personal information" maxlength=200 value=detail
            remaining=set_left />
        <p class="govuk-body">{move || format!("{} characters left", left.get())}</p>
    }
}
