//! Examples of `table`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Figures with a caption, row headers and numbers aligned
pub fn council_tax_bands() -> impl IntoView {
    view! {
        <Table caption="Council tax bands" first_cell_is_header=true>
            <TableHeader slot>"Band"</TableHeader>
            <TableHeader slot format="numeric">"Yearly charge"</TableHeader>
            <TableBodyRow slot>
                <TableData slot>"A"</TableData>
                <TableData slot format="numeric">"£1,402"</TableData>
            </TableBodyRow>
            <TableBodyRow slot>
                <TableData slot>"B"</TableData>
                <TableData slot format="numeric">"£1,636"</TableData>
            </TableBodyRow>
        </Table>
    }
}
