//! `civic submissions`: what was sent, out of the database, as JSON (everything, one object
//! per submission) or CSV (one row per submission, one column per question, as a
//! spreadsheet opens it).

use crate::store::Store;
use std::path::Path;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A JSON array: reference, flow, submitted (RFC 3339), rows, answers and uploads.
    Json,
    /// A header row, then one row per submission.
    Csv,
}

/// A cell a spreadsheet will not run: text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return is a formula to Excel and LibreOffice, so it gets a leading `'` (OWASP's
/// advice on CSV injection). Only the CSV is changed; JSON keeps the answer as it was.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn rfc3339(seconds: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(seconds)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

/// The submissions in the database at `path`, in `format`.
pub fn export(path: &Path, format: Format) -> Result<String, String> {
    if !path.exists() {
        return Err(format!("{}: no such database", path.display()));
    }
    let store = Store::open(path)?;
    let submissions = store.submissions()?;
    match format {
        Format::Json => {
            let all: Vec<serde_json::Value> = submissions
                .iter()
                .map(|s| {
                    serde_json::json!({
                        "reference": s.reference,
                        "flow": s.flow,
                        "submitted": rfc3339(s.submitted),
                        "rows": s.body["rows"],
                        "answers": s.body["answers"],
                        "uploads": s.uploads,
                    })
                })
                .collect();
            serde_json::to_string_pretty(&all).map_err(|e| e.to_string())
        }
        Format::Csv => {
            // A column per question, in the order questions were first met.
            let mut columns: Vec<String> = Vec::new();
            for submission in &submissions {
                for row in submission.body["rows"].as_array().into_iter().flatten() {
                    let question = row["question"].as_str().unwrap_or_default().to_owned();
                    if !columns.contains(&question) {
                        columns.push(question);
                    }
                }
            }
            let mut writer = csv::Writer::from_writer(Vec::new());
            let mut header = vec!["reference".to_owned(), "flow".into(), "submitted".into()];
            header.extend(columns.iter().cloned());
            header.push("uploads".into());
            writer.write_record(&header).map_err(|e| e.to_string())?;
            for submission in &submissions {
                let rows = submission.body["rows"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                let mut record = vec![
                    submission.reference.clone(),
                    submission.flow.clone(),
                    rfc3339(submission.submitted),
                ];
                for column in &columns {
                    let shown = rows
                        .iter()
                        .find(|r| r["question"].as_str() == Some(column))
                        .and_then(|r| r["shown"].as_str())
                        .unwrap_or_default();
                    record.push(cell(shown));
                }
                record.push(cell(
                    &submission
                        .uploads
                        .iter()
                        .map(|u| format!("{} ({})", u.name, u.stored))
                        .collect::<Vec<_>>()
                        .join("; "),
                ));
                writer.write_record(&record).map_err(|e| e.to_string())?;
            }
            let bytes = writer.into_inner().map_err(|e| e.to_string())?;
            String::from_utf8(bytes).map_err(|e| e.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn formulas_are_not_run_by_a_spreadsheet() {
        assert_eq!(super::cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(super::cell("-2+3"), "'-2+3");
        assert_eq!(super::cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(super::cell("07700 900982"), "07700 900982");
        assert_eq!(super::cell(""), "");
    }
}
