//! Renders the hostile-text cases of the differential escaping test (issue #8) with
//! govuk-frontend's own Nunjucks macros, once per build, for both the native test and the
//! browser test: `tests/nunjucks/hostile.mjs` writes them to `$OUT_DIR/hostile.json`.

use std::path::Path;
use std::process::Command;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let script = root.join("tests/nunjucks/hostile.mjs");
    let govuk = root.join("node_modules/govuk-frontend/package.json");
    println!("cargo:rerun-if-changed={}", script.display());
    println!("cargo:rerun-if-changed={}", govuk.display());
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("hostile.json");
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
