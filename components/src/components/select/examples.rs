//! Examples of `select`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A sort order, bound to a signal
pub fn sort_by() -> impl IntoView {
    let sort = RwSignal::new("published".to_string());
    view! {
        <Select name="select-sort" label="Sort by"
            items=vec![
                SelectItem::new("published", "Recently published"),
                SelectItem::new("updated", "Recently updated"),
            ]
            value=sort />
        <p class="govuk-body">{move || format!("Sorted by {}", sort.get())}</p>
    }
}
