//! Finds the behaviours: every component folder of the `civic` crate
//! (`components/src/components/<name>/`) that has a `behaviour.rs` (and perhaps a
//! `messages.rs`) becomes a module here, and the list of them, in alphabetical order (which is
//! govuk-frontend's start-up order), drives `init_all`. Adding a behaviour is adding the file.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let components = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src/components");
    println!("cargo:rerun-if-changed={}", components.display());
    let mut folders: Vec<_> = std::fs::read_dir(&components)
        .expect("the civic crate's component folders")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join("behaviour.rs").exists())
        .collect();
    folders.sort();
    let mut modules = String::new();
    let mut list = String::from("/// The components that behave, with how each starts, in start-up order.\npub(crate) const BEHAVIOURS: &[(&str, crate::Start)] = &[\n");
    for folder in &folders {
        let module = folder.file_name().unwrap().to_string_lossy().into_owned();
        let folder = folder.canonicalize().unwrap();
        println!("cargo:rerun-if-changed={}", folder.display());
        writeln!(modules, "pub(crate) mod {module} {{").unwrap();
        writeln!(
            modules,
            "    #[path = {:?}]\n    pub(crate) mod behaviour;",
            folder.join("behaviour.rs")
        )
        .unwrap();
        if folder.join("messages.rs").exists() {
            writeln!(
                modules,
                "    #[path = {:?}]\n    pub(crate) mod messages;",
                folder.join("messages.rs")
            )
            .unwrap();
        }
        modules.push_str("}\n");
        writeln!(
            list,
            "    ({:?}, {module}::behaviour::start),",
            module.replace('_', "-")
        )
        .unwrap();
    }
    list.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("components.rs");
    std::fs::write(out, modules + &list).unwrap();
}
