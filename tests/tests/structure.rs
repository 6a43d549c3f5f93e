#![cfg(not(target_arch = "wasm32"))]
//! Adding a component touches one list (`components/src/components/mod.rs`), and nothing can
//! drift from it: the component folders, the style modules and `civic::COMPONENTS` name the
//! same 39 components, and govuk-frontend has each of them.

use civic_tests::{govuk_components_dir, workspace_root};
use std::collections::BTreeSet;

fn snake(name: &str) -> String {
    name.replace('-', "_")
}

fn names_in(dir: &str, keep: impl Fn(&std::path::Path) -> Option<String>) -> BTreeSet<String> {
    std::fs::read_dir(workspace_root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(Result::ok)
        .filter_map(|entry| keep(&entry.path()))
        .collect()
}

#[test]
fn component_folders_style_modules_and_the_list_agree() {
    let listed: BTreeSet<String> = civic::COMPONENTS.iter().map(|c| snake(c)).collect();
    assert_eq!(listed.len(), 39, "39 components listed");

    let folders = names_in("components/src/components", |path| {
        path.is_dir()
            .then(|| path.file_name().unwrap().to_string_lossy().into_owned())
    });
    assert_eq!(folders, listed, "component folders vs COMPONENTS");
    for folder in &folders {
        let module = workspace_root()
            .join("components/src/components")
            .join(folder)
            .join("mod.rs");
        assert!(module.exists(), "{} is missing", module.display());
    }
    let loose: Vec<String> = names_in("components/src/components", |path| {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        (path.is_file() && name != "mod.rs").then_some(name)
    })
    .into_iter()
    .collect();
    assert!(loose.is_empty(), "only folders beside mod.rs: {loose:?}");

    let styles = names_in("styles/src/sheet/components", |path| {
        let name = path.file_stem()?.to_string_lossy().into_owned();
        (path.extension()? == "rs" && name != "mod").then_some(name)
    });
    assert_eq!(styles, listed, "style modules vs COMPONENTS");

    for component in civic::COMPONENTS {
        assert!(
            govuk_components_dir()
                .join(component)
                .join("macro-options.json")
                .exists(),
            "govuk-frontend 6.6.0 has no component {component}"
        );
    }
    println!(
        "structure: {} components, each a folder, a style module and a govuk-frontend component",
        listed.len()
    );
}
