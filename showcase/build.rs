//! Reads the examples (govuk-frontend's fixtures) from the pinned npm package at build time
//! and keeps what the showcase shows: the non-hidden examples' names and options.

use std::path::Path;

fn main() {
    let components = Path::new(
        &std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into()),
    )
    .join("../node_modules/govuk-frontend/dist/govuk/components");
    println!("cargo:rerun-if-changed={}", components.display());
    let mut examples = serde_json::Map::new();
    let mut folders: Vec<_> = std::fs::read_dir(&components)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e}. Run `npm ci` (or `cargo xtask showcase`) first",
                components.display()
            )
        })
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join("fixtures.json").exists())
        .collect();
    folders.sort();
    for folder in folders {
        let text = std::fs::read_to_string(folder.join("fixtures.json")).unwrap();
        let file: serde_json::Value = serde_json::from_str(&text).unwrap();
        let shown: Vec<serde_json::Value> = file["fixtures"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| !f["hidden"].as_bool().unwrap_or(false))
            .map(|f| serde_json::json!({ "name": f["name"], "options": f["options"] }))
            .collect();
        let name = folder.file_name().unwrap().to_string_lossy().into_owned();
        examples.insert(name, serde_json::Value::Array(shown));
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("examples.json");
    std::fs::write(out, serde_json::Value::Object(examples).to_string()).unwrap();
}
