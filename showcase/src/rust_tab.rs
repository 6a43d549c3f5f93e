//! The Rust and JSON tabs of govuk-frontend's examples, written once: the page shows them, and
//! the build script compiles every example's Rust into the showcase's tests, which draw it and
//! compare it with the example (so the code a reader copies is known to compile and to draw
//! what the page shows).

/// The JSON tab: a fixture's options (JSON text) indented for reading, or `None` when they
/// are not JSON.
pub fn pretty_json(options: &str) -> Option<String> {
    serde_json::from_str::<serde_json::Value>(options)
        .ok()
        .and_then(|value| serde_json::to_string_pretty(&value).ok())
}

/// The Rust tab: a function that reads `json` into the options struct named `options`
/// (`RadiosOptions`) with serde_json and draws it.
pub fn rust_from_options(options: &str, json: &str) -> String {
    // A raw string with enough `#`s that the JSON cannot end it.
    let mut hashes = String::from("#");
    while json.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!(
        "use civic::prelude::*;\n\n\
         /// govuk-frontend's example, drawn from its options (serde_json reads them).\n\
         pub fn example() -> Result<impl IntoView, serde_json::Error> {{\n    \
         let options: {options} = serde_json::from_str(r{hashes}\"\n{json}\n\"{hashes})?;\n    \
         Ok(options.render())\n}}"
    )
}
