//! Prepares govuk-frontend's examples for the tests, once per build, for native and browser
//! tests alike:
//! - `$OUT_DIR/fixtures.json`: every component's `fixtures.json` from the pinned package, by
//!   folder name, so the browser tests need no list of components of their own;
//! - `$OUT_DIR/hostile.json`: the hostile-text cases of the differential escaping test
//!   (issue #8), rendered with govuk-frontend's own macros by `tests/nunjucks/hostile.mjs`.

use std::path::Path;
use std::process::Command;

fn main() {
    // Cargo's value when the script runs, not when it was compiled: a build script compiled once
    // serves every checkout that shares the target directory (CI's warm cache).
    let manifest =
        std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into());
    let root = Path::new(&manifest).parent().unwrap();
    let script = root.join("tests/nunjucks/hostile.mjs");
    let govuk = root.join("node_modules/govuk-frontend/package.json");
    println!("cargo:rerun-if-changed={}", script.display());
    println!("cargo:rerun-if-changed={}", govuk.display());
    let out_dir = std::env::var("OUT_DIR").unwrap();
    bundle_fixtures(
        &root.join("node_modules/govuk-frontend/dist/govuk/components"),
        &Path::new(&out_dir).join("fixtures.json"),
    );
    let out = Path::new(&out_dir).join("hostile.json");
    let rendered = govuk.exists()
        && Command::new("node")
            .arg(&script)
            .arg(&out)
            .status()
            .is_ok_and(|status| status.success());
    if !rendered {
        // The test reads an empty list and fails, saying what to install; the rest of the
        // crate still builds.
        println!("cargo:warning=govuk-frontend or Node.js is missing: run `npm ci` (or `cargo xtask test`); the escaping test will fail until then");
        std::fs::write(&out, "[]").unwrap();
    }
}

/// Writes `{"accordion": {"fixtures": [...]}, ...}` from every component folder that has
/// fixtures (an empty object when govuk-frontend is not installed).
fn bundle_fixtures(components: &Path, out: &Path) {
    println!("cargo:rerun-if-changed={}", components.display());
    let mut bundle = String::from("{");
    let mut folders: Vec<_> = std::fs::read_dir(components)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join("fixtures.json").exists())
        .collect();
    folders.sort();
    for (index, folder) in folders.iter().enumerate() {
        let name = folder.file_name().unwrap().to_string_lossy();
        let text = std::fs::read_to_string(folder.join("fixtures.json")).unwrap();
        if index > 0 {
            bundle.push(',');
        }
        bundle.push_str(&format!("\n{name:?}: {text}"));
    }
    bundle.push_str("\n}\n");
    std::fs::write(out, bundle).unwrap();
}
