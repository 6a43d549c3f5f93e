#![cfg(not(target_arch = "wasm32"))]
//! Components whose markup nests can be written by composition (slots) or from a list of
//! data; both give the same markup.

use civic::prelude::*;
use civic_tests::dom_difference;

fn html(view: impl FnOnce() -> AnyView) -> String {
    Owner::new().with(|| view().to_html())
}

fn assert_same(by_data: impl FnOnce() -> AnyView, by_composition: impl FnOnce() -> AnyView) {
    let data = html(by_data);
    let composed = html(by_composition);
    assert!(data.len() > 40, "the data version rendered almost nothing: {data}");
    if let Some(diff) = dom_difference(&data, &composed) {
        panic!("composition differs from data:\n{diff}\ndata:     {data}\ncomposed: {composed}");
    }
}

#[test]
fn summary_list_rows_and_actions() {
    assert_same(
        || {
            view! {
                <SummaryList rows=vec![
                    SummaryListRow::new("Name", "Sarah Philips").with_action(SummaryAction::new("Change", "/name", "name")),
                    SummaryListRow::new("Postcode", "SW1A 2AA"),
                ] />
            }
            .into_any()
        },
        || {
            view! {
                <SummaryList>
                    <SummaryRow slot key="Name">
                        "Sarah Philips"
                        <RowAction slot href="/name" text="Change" visually_hidden_text="name" />
                    </SummaryRow>
                    <SummaryRow slot key="Postcode" value="SW1A 2AA" />
                </SummaryList>
            }
            .into_any()
        },
    );
}
