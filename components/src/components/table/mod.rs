//! `table`: a table of data, with optional caption, header row and row headers.
//!
//! # Accessibility
//!
//! **Keyboard.** Nothing to operate; a wide table scrolls sideways.
//!
//! **Screen readers.** The caption names the table; header cells have `scope`, so each cell is
//! read with its column’s (and row’s) header.

use crate::prelude_internal::*;
use serde::Deserializer;

/// One cell of the head or of a row.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct TableCell {
    /// The cell's text.
    pub text: Option<Text>,
    /// The cell's content as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// `numeric` right-aligns numbers.
    pub format: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// How many columns the cell spans.
    pub colspan: Option<Text>,
    /// How many rows the cell spans.
    pub rowspan: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
    /// The cell's content as a Leptos view (from a [`TableHeader`] or [`TableData`] slot).
    #[serde(skip)]
    pub view: SlotContent,
}

impl TableCell {
    /// A cell with this text.
    pub fn new(text: impl Into<Text>) -> Self {
        TableCell {
            text: Some(text.into()),
            ..Default::default()
        }
    }

    /// A right-aligned numeric cell.
    pub fn numeric(text: impl Into<Text>) -> Self {
        TableCell {
            format: Some("numeric".into()),
            ..Self::new(text)
        }
    }
}

/// One row of cells; a falsy row is skipped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TableRow(pub Option<Vec<Option<TableCell>>>);

impl Serialize for TableRow {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for TableRow {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        falsy::optional_list(deserializer).map(TableRow)
    }
}

impl From<Vec<TableCell>> for TableRow {
    fn from(cells: Vec<TableCell>) -> Self {
        TableRow(Some(cells.into_iter().map(Some).collect()))
    }
}

/// govuk-frontend's `table` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct TableOptions {
    /// The rows.
    #[serde(deserialize_with = "falsy::seq")]
    pub rows: Vec<TableRow>,
    /// The header row.
    #[serde(deserialize_with = "falsy::optional_list")]
    pub head: Option<Vec<Option<TableCell>>>,
    /// The caption.
    pub caption: Option<Text>,
    /// Extra classes for the caption, such as `govuk-table__caption--m`.
    pub caption_classes: Option<Text>,
    /// Whether each row's first cell is its header.
    pub first_cell_is_header: Flag,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

fn spans(attrs: Attrs, cell: &TableCell) -> Attrs {
    attrs
        .set_some("colspan", truthy(&cell.colspan))
        .set_some("rowspan", truthy(&cell.rowspan))
        .user(Some(&cell.attributes))
}

fn format_class(kind: &str, cell: &TableCell) -> String {
    truthy(&cell.format)
        .map(|f| format!("govuk-table__{kind}--{f}"))
        .unwrap_or_default()
}

impl TableOptions {
    /// Renders the table.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .classes("govuk-table", &self.classes)
            .user(Some(&self.attributes));
        let caption = truthy(&self.caption).map(|caption| {
            let class = join_classes([
                "govuk-table__caption",
                truthy(&self.caption_classes).unwrap_or(""),
            ]);
            let caption = caption.to_owned();
            view! { <caption class=class>{caption}</caption> }
        });
        let head = self.head.map(|head| {
            let cells = head
                .into_iter()
                .map(|cell| {
                    let cell = cell.unwrap_or_default();
                    let attrs = Attrs::new().set_static("scope", "col").class(join_classes([
                        "govuk-table__header",
                        &format_class("header", &cell),
                        truthy(&cell.classes).unwrap_or(""),
                    ]));
                    let attrs = spans(attrs, &cell);
                    let content = cell.view.or_pick(cell.html.as_ref(), cell.text.as_ref());
                    view! { <th {..attrs.into_view()}>{content}</th> }
                })
                .collect_view();
            view! { <thead class="govuk-table__head"><tr class="govuk-table__row">{cells}</tr></thead> }
        });
        let first_is_header = self.first_cell_is_header.is_set();
        let rows = self
            .rows
            .into_iter()
            .filter_map(|row| row.0)
            .map(|row| {
                let cells = row
                    .into_iter()
                    .enumerate()
                    .map(|(index, cell)| {
                        let cell = cell.unwrap_or_default();
                        let content = cell.view.or_pick(cell.html.as_ref(), cell.text.as_ref());
                        if index == 0 && first_is_header {
                            let attrs = Attrs::new()
                                .set_static("scope", "row")
                                .classes("govuk-table__header", &cell.classes);
                            let attrs = spans(attrs, &cell);
                            view! { <th {..attrs.into_view()}>{content}</th> }.into_any()
                        } else {
                            let attrs = Attrs::new().class(join_classes([
                                "govuk-table__cell",
                                &format_class("cell", &cell),
                                truthy(&cell.classes).unwrap_or(""),
                            ]));
                            let attrs = spans(attrs, &cell);
                            view! { <td {..attrs.into_view()}>{content}</td> }.into_any()
                        }
                    })
                    .collect_view();
                view! { <tr class="govuk-table__row">{cells}</tr> }
            })
            .collect_view();
        view! {
            <table {..attrs.into_view()}>
                {caption}
                {head}
                <tbody class="govuk-table__body">{rows}</tbody>
            </table>
        }
        .into_any()
    }
}

/// A header cell of a [`Table`] by composition: `<TableHeader slot>"Band"</TableHeader>`.
#[slot]
pub struct TableHeader {
    /// `numeric` right-aligns numbers.
    #[prop(optional, into)]
    format: Option<Text>,
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// How many columns the cell spans.
    #[prop(optional, into)]
    colspan: Option<Text>,
    /// The cell's content.
    children: ChildrenFn,
}

/// A row of a [`Table`] by composition, holding [`TableData`] slots.
#[slot]
pub struct TableBodyRow {
    /// The row's cells.
    #[prop(optional)]
    table_data: Vec<TableData>,
}

/// A cell of a [`TableBodyRow`]: `<TableData slot format="numeric">"£1,402"</TableData>`.
#[slot]
pub struct TableData {
    /// `numeric` right-aligns numbers.
    #[prop(optional, into)]
    format: Option<Text>,
    /// Extra classes.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// How many columns the cell spans.
    #[prop(optional, into)]
    colspan: Option<Text>,
    /// How many rows the cell spans.
    #[prop(optional, into)]
    rowspan: Option<Text>,
    /// The cell's content.
    children: ChildrenFn,
}

impl From<TableHeader> for TableCell {
    fn from(cell: TableHeader) -> Self {
        TableCell {
            format: cell.format,
            classes: cell.classes,
            colspan: cell.colspan,
            view: SlotContent::from_children(Some(cell.children)),
            ..Default::default()
        }
    }
}

impl From<TableData> for TableCell {
    fn from(cell: TableData) -> Self {
        TableCell {
            format: cell.format,
            classes: cell.classes,
            colspan: cell.colspan,
            rowspan: cell.rowspan,
            view: SlotContent::from_children(Some(cell.children)),
            ..Default::default()
        }
    }
}

/// A table, from a head and rows of cells as data, or by composition with [`TableHeader`],
/// [`TableBodyRow`] and [`TableData`] slots (both render the same).
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Table caption="Council tax bands" first_cell_is_header=true>
///         <TableHeader slot>"Band"</TableHeader>
///         <TableHeader slot format="numeric">"Yearly charge"</TableHeader>
///         <TableBodyRow slot>
///             <TableData slot>"A"</TableData>
///             <TableData slot format="numeric">"£1,402"</TableData>
///         </TableBodyRow>
///     </Table>
/// };
/// ```
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Table
///         caption="Council tax bands"
///         head=vec![TableCell::new("Band"), TableCell::numeric("Yearly charge")]
///         rows=vec![
///             vec![TableCell::new("A"), TableCell::numeric("£1,402")].into(),
///             vec![TableCell::new("B"), TableCell::numeric("£1,636")].into(),
///         ]
///         first_cell_is_header=true
///     />
/// };
/// ```
#[component]
pub fn Table(
    /// The rows, as data.
    #[prop(optional)]
    rows: Vec<TableRow>,
    /// The header row, as data.
    #[prop(optional)]
    head: Option<Vec<TableCell>>,
    /// The header cells, by composition (after any `head`).
    #[prop(optional)]
    table_header: Vec<TableHeader>,
    /// The rows, by composition (after any `rows`).
    #[prop(optional)]
    table_body_row: Vec<TableBodyRow>,
    /// The caption.
    #[prop(optional, into)]
    caption: Option<Text>,
    /// Whether each row's first cell is its header.
    #[prop(optional)]
    first_cell_is_header: bool,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: TableOptions,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<TableOptions>();
    let composed_rows = table_body_row.into_iter().map(|row| {
        TableRow::from(
            row.table_data
                .into_iter()
                .map(TableCell::from)
                .collect::<Vec<_>>(),
        )
    });
    let head: Option<Vec<TableCell>> = if table_header.is_empty() {
        head
    } else {
        Some(
            head.unwrap_or_default()
                .into_iter()
                .chain(table_header.into_iter().map(TableCell::from))
                .collect(),
        )
    };
    let mut options = TableOptions {
        rows: {
            let rows: Vec<TableRow> = rows.into_iter().chain(composed_rows).collect();
            if rows.is_empty() {
                options.rows.clone()
            } else {
                rows
            }
        },
        head: head
            .map(|h| h.into_iter().map(Some).collect())
            .or(options.head.clone()),
        caption: caption.or(options.caption.clone()),
        first_cell_is_header: Flag(first_cell_is_header || options.first_cell_is_header.is_set()),
        ..options
    };
    if offer.wanted() {
        for row in options.rows.iter_mut().filter_map(|row| row.0.as_mut()) {
            for cell in row.iter_mut().flatten() {
                if cell.view.is_some() {
                    cell.view.write_into(&mut cell.html);
                }
            }
        }
        for cell in options.head.iter_mut().flatten().flatten() {
            if cell.view.is_some() {
                cell.view.write_into(&mut cell.html);
            }
        }
    }
    options.offered(offer).render()
}
