//! Gathers what the showcase's pages show, from where it is written once:
//!
//! - each component's summary and accessibility notes, from its module's doc comment
//!   (`components/src/components/<folder>/mod.rs`);
//! - its options tables, from the options model's structs and their doc comments (the same
//!   structs `civic render` reads JSON into), with the shared ones from `components/src/fields`;
//! - Civic's own examples, from `examples.rs` in the component's folder: each `pub fn` there
//!   is compiled into the showcase and its source text is shown beside it, so the two cannot
//!   drift apart;
//! - govuk-frontend's examples (its non-hidden fixtures), from the pinned npm package;
//! - each pattern's page, from its file in `patterns/showcase/` (module doc and examples).
//!
//! It writes `pages.rs` into `OUT_DIR`, which `src/data.rs` includes. Nothing is listed by hand:
//! a new component folder appears in the showcase by being there.

#[path = "src/rust_tab.rs"]
mod rust_tab;

use proc_macro2::Span;
use quote::ToTokens;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    // Read when the script runs, not baked in when it is compiled: a build script compiled for
    // one checkout may be reused from a shared target directory by another.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("..");
    let components = root.join("components/src/components");
    let fixtures = root.join("node_modules/govuk-frontend/dist/govuk/components");
    println!("cargo:rerun-if-changed={}", components.display());
    println!(
        "cargo:rerun-if-changed={}",
        root.join("components/src/fields").display()
    );
    println!("cargo:rerun-if-changed={}", fixtures.display());

    // Structs shared by several components (form groups, choice items), for the tables.
    let mut shared = BTreeMap::new();
    for file in rust_files(&root.join("components/src/fields")) {
        for item in option_structs(&parse(&file)) {
            shared.insert(item.name.clone(), item);
        }
    }

    let mut folders: Vec<PathBuf> = std::fs::read_dir(&components)
        .unwrap_or_else(|e| panic!("{}: {e}", components.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join("mod.rs").exists())
        .collect();
    folders.sort();

    // Every component's own options structs, so that a field's type can link to the page of
    // the component whose options it takes (a `label` option is `label`'s options).
    let mut pages = Vec::new();
    for folder in &folders {
        let folder_name = folder.file_name().unwrap().to_string_lossy().into_owned();
        let name = folder_name.replace('_', "-");
        let file = parse(&folder.join("mod.rs"));
        let (summary, accessibility) = module_doc(&file);
        let mut structs = option_structs(&file);
        // The component's options struct first (`character-count` → `CharacterCountOptions`).
        let main: String = name
            .split('-')
            .map(|word| word[..1].to_uppercase() + &word[1..])
            .collect::<String>()
            + "Options";
        structs.sort_by_key(|s| s.name != main);
        let examples = match folder.join("examples.rs") {
            path if path.exists() => {
                println!("cargo:rerun-if-changed={}", path.display());
                civic_examples(&path)
            }
            _ => Vec::new(),
        };
        let fixtures_file = fixtures.join(&name).join("fixtures.json");
        let gallery = if fixtures_file.exists() {
            read_fixtures(&fixtures_file)
        } else {
            Vec::new()
        };
        pages.push(Page {
            section: "components",
            list: "COMPONENT",
            options: main,
            module: format!("examples_{folder_name}"),
            examples_file: folder.join("examples.rs"),
            name,
            summary,
            accessibility,
            structs,
            examples,
            gallery,
        });
    }
    // What is not one govuk-frontend component but is documented as one: layout and
    // typography, and the page template, each a folder of the `civic` crate.
    for (name, folder, options) in FOUNDATIONS {
        let folder = root.join("components/src").join(folder);
        println!("cargo:rerun-if-changed={}", folder.display());
        let file = parse(&folder.join("mod.rs"));
        let (summary, accessibility) = module_doc(&file);
        let mut structs = option_structs(&file);
        structs.sort_by_key(|s| s.name != *options);
        pages.push(Page {
            section: "components",
            list: "FOUNDATION",
            options: (*options).to_owned(),
            module: format!("examples_{}", name.replace('-', "_")),
            examples: civic_examples(&folder.join("examples.rs")),
            examples_file: folder.join("examples.rs"),
            name: (*name).to_owned(),
            summary,
            accessibility,
            structs,
            gallery: Vec::new(),
        });
    }
    // The patterns' pages, one per file of `patterns/showcase/`: its module doc, its examples.
    let patterns = root.join("patterns/showcase");
    println!("cargo:rerun-if-changed={}", patterns.display());
    for file in rust_files(&patterns) {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let (summary, accessibility) = module_doc(&parse(&file));
        pages.push(Page {
            section: "patterns",
            list: "PATTERN",
            options: String::new(),
            module: format!("pattern_{}", name.replace('-', "_")),
            // A pattern's example is a page of a service, with the page's <h1>: it runs in a
            // document of its own, as the GOV.UK Design System shows patterns.
            examples: civic_examples(&file)
                .into_iter()
                .map(|example| Example {
                    own_document: true,
                    ..example
                })
                .collect(),
            examples_file: file,
            name,
            summary,
            accessibility,
            structs: Vec::new(),
            gallery: Vec::new(),
        });
    }
    let owners: BTreeMap<String, String> = pages
        .iter()
        .flat_map(|page| {
            page.structs
                .iter()
                .filter(|s| s.name.ends_with("Options"))
                .map(|s| (s.name.clone(), page.name.clone()))
        })
        .collect();

    let mut out = String::from("// Generated by showcase/build.rs from the component folders.\n");
    for page in &pages {
        if !page.examples.is_empty() {
            writeln!(
                out,
                "#[cfg(any(feature = \"ssr\", feature = {:?}))]\n#[path = {:?}]\n#[allow(missing_docs)]\nmod {};",
                examples_feature(page.section),
                page.examples_file.canonicalize().unwrap(),
                page.module
            )
            .unwrap();
        }
    }
    for list in ["COMPONENT", "FOUNDATION", "PATTERN"] {
        writeln!(
            out,
            "/// Every {} page, in order.\npub static {list}_PAGES: &[ComponentPage] = &[",
            list.to_lowercase(),
        )
        .unwrap();
        for page in pages.iter().filter(|page| page.list == list) {
            // The component's own structs, then the shared ones it uses, each once.
            let mut structs: Vec<&OptionsStruct> = page.structs.iter().collect();
            let mut seen: Vec<String> = structs.iter().map(|s| s.name.clone()).collect();
            let mut index = 0;
            while index < structs.len() {
                for field in &structs[index].fields {
                    for ident in type_idents(&field.ty) {
                        if !seen.contains(&ident)
                            && let Some(item) = shared.get(&ident)
                        {
                            seen.push(ident.clone());
                            structs.push(item);
                        }
                    }
                }
                index += 1;
            }
            write!(
            out,
            "ComponentPage {{ section: {:?}, name: {:?}, options: {:?}, summary: {:?}, accessibility: {:?}, structs: &[",
            page.section,
            page.name,
            page.options,
            page.summary,
            // Drawn by the pre-renderer and fetched, like the tables below.
            if std::env::var_os("CARGO_FEATURE_SSR").is_some() {
                page.accessibility.as_str()
            } else {
                ""
            }
        )
        .unwrap();
            // The tables are drawn by the pre-renderer and fetched with the examples' HTML, so
            // only it carries them.
            let server = std::env::var_os("CARGO_FEATURE_SSR").is_some();
            for item in structs.into_iter().filter(|_| server) {
                write!(
                    out,
                    "OptionsStruct {{ name: {:?}, doc: {:?}, fields: &[",
                    item.name, item.doc
                )
                .unwrap();
                for field in &item.fields {
                    // A type naming another component's options links to that component's page.
                    let link = type_idents(&field.ty).into_iter().find_map(|ident| {
                        owners
                            .get(&ident)
                            .filter(|owner| **owner != page.name)
                            .cloned()
                    });
                    write!(
                    out,
                    "OptionField {{ json: {:?}, ty: {:?}, doc: {:?}, link: {:?}, flattened: {} }},",
                    field.json, field.ty, field.doc, link, field.flattened
                )
                    .unwrap();
                }
                out.push_str("] },");
            }
            out.push_str("], examples: &[");
            // The examples' code is in the pre-renderer and the examples modules (components'
            // and patterns'), not in the site's own first load (see `src/examples_app.rs`).
            let feature = format!(
                "CARGO_FEATURE_{}",
                examples_feature(page.section)
                    .to_uppercase()
                    .replace('-', "_")
            );
            let drawn = std::env::var_os("CARGO_FEATURE_SSR").is_some()
                || std::env::var_os(feature).is_some();
            for example in &page.examples {
                let view = if drawn {
                    format!(
                        "Some(|| leptos::prelude::IntoAny::into_any({}::{}()))",
                        page.module, example.name
                    )
                } else {
                    "None".to_owned()
                };
                // The source is shown by the pre-renderer and fetched with the HTML, so only
                // it carries the text.
                let source = if std::env::var_os("CARGO_FEATURE_SSR").is_some() {
                    example.source.as_str()
                } else {
                    ""
                };
                write!(
                    out,
                    "CivicExample {{ name: {:?}, title: {:?}, source: {:?}, own_document: {}, owns_router: {}, view: {view} }},",
                    example.name, example.title, source, example.own_document, example.owns_router
                )
                .unwrap();
            }
            out.push_str("], gallery: &[");
            // The browser's build shows govuk-frontend's examples as the pre-renderer drew them
            // (fetched with their HTML), so only the pre-renderer carries their options.
            for (name, options) in &page.gallery {
                let options = if server { options.as_str() } else { "" };
                write!(out, "Fixture {{ name: {name:?}, options: {options:?} }},").unwrap();
            }
            out.push_str("] },\n");
        }
        out.push_str("];\n");
    }
    let out_dir = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out_dir).join("pages.rs"), out).unwrap();
    if std::env::var_os("CARGO_FEATURE_SSR").is_some() {
        std::fs::write(
            Path::new(&out_dir).join("gallery_rust.rs"),
            gallery_rust(&pages),
        )
        .unwrap();
    }
}

/// Every Rust tab of govuk-frontend's examples, as the page shows it, compiled into the
/// showcase's tests: a module per example holding the tab's code and a function that draws it
/// to HTML, and `GALLERY_RUST` listing them (component, fixture index, the tab's text, that
/// function).
fn gallery_rust(pages: &[Page]) -> String {
    let mut modules = String::new();
    let mut list = String::from("/// Every gallery example's Rust tab, compiled.\nconst GALLERY_RUST: &[GalleryRust] = &[\n");
    for page in pages.iter().filter(|page| !page.options.is_empty()) {
        for (index, (_, options)) in page.gallery.iter().enumerate() {
            let Some(json) = rust_tab::pretty_json(options) else {
                continue;
            };
            let text = rust_tab::rust_from_options(&page.options, &json);
            let module = format!("gallery_{}_{index}", page.name.replace('-', "_"));
            writeln!(
                modules,
                "mod {module} {{\n{text}\n\n/// The example drawn.\npub fn html() -> Result<String, serde_json::Error> {{ Ok(example()?.into_view().to_html()) }}\n}}\n"
            )
            .unwrap();
            writeln!(
                list,
                "    GalleryRust {{ component: {:?}, index: {index}, text: {text:?}, html: {module}::html }},",
                page.name
            )
            .unwrap();
        }
    }
    list.push_str("];\n");
    modules + &list
}

/// Pages for what is not one govuk-frontend component: the page's name, its folder under
/// `components/src/`, and its main options struct (`""` for none).
const FOUNDATIONS: &[(&str, &str, &str)] = &[
    ("layout-and-typography", "layout", ""),
    ("page-template", "page", "TemplateOptions"),
];

/// The feature that builds the examples module of a section's pages.
fn examples_feature(section: &str) -> &'static str {
    if section == "patterns" {
        "pattern-examples"
    } else {
        "examples"
    }
}

struct Page {
    /// `components` or `patterns`: the page is `/<section>/<name>/`.
    section: &'static str,
    /// The list it is in: `COMPONENT`, `FOUNDATION` or `PATTERN` (`_PAGES`).
    list: &'static str,
    /// Its main options struct (`RadiosOptions`), if it has options.
    options: String,
    /// The module its examples are compiled as.
    module: String,
    /// The file its examples are in.
    examples_file: PathBuf,
    name: String,
    summary: String,
    accessibility: String,
    structs: Vec<OptionsStruct>,
    examples: Vec<Example>,
    gallery: Vec<(String, String)>,
}

struct OptionsStruct {
    name: String,
    doc: String,
    fields: Vec<Field>,
}

struct Field {
    json: String,
    ty: String,
    doc: String,
    flattened: bool,
}

struct Example {
    name: String,
    title: String,
    source: String,
    /// It draws a page of its own (see [`draws_a_page`]), or is a pattern's page: drawn in a
    /// document of its own.
    own_document: bool,
    /// It brings its own `<Router>`: a whole service, which owns the address bar.
    owns_router: bool,
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    files.sort();
    files
}

fn parse(path: &Path) -> syn::File {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The text of an item's `///` (or a file's `//!`) doc comments, lines joined.
fn doc_of(attrs: &[syn::Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .map(|line| line.strip_prefix(' ').unwrap_or(&line).to_owned())
        .collect();
    lines.join("\n").trim().to_owned()
}

/// The module doc's first paragraph (without the leading "`name`: "), and the text of its
/// `# Accessibility` section, if it has one.
fn module_doc(file: &syn::File) -> (String, String) {
    let doc = doc_of(&file.attrs);
    let (body, accessibility) = match doc.split_once("# Accessibility") {
        Some((body, rest)) => (body.to_owned(), rest.trim().to_owned()),
        None => (doc.clone(), String::new()),
    };
    let first = body
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .replace('\n', " ");
    let summary = match first.split_once("`: ") {
        Some((_, rest)) if first.starts_with('`') => rest.to_owned(),
        _ => first,
    };
    let mut summary = summary.trim().replace('`', "");
    if let Some(first) = summary.get(..1) {
        summary = first.to_uppercase() + &summary[1..];
    }
    let paragraphs: Vec<String> = accessibility
        .split("\n\n")
        .map(|paragraph| paragraph.trim().replace('\n', " "))
        .filter(|paragraph| !paragraph.is_empty())
        .collect();
    (summary, paragraphs.join("\n\n"))
}

/// The public structs read from JSON (`#[derive(Deserialize)]`), with their fields.
fn option_structs(file: &syn::File) -> Vec<OptionsStruct> {
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) if matches!(s.vis, syn::Visibility::Public(_)) => Some(s),
            _ => None,
        })
        .filter(|s| {
            s.attrs.iter().any(|attr| {
                attr.path().is_ident("derive")
                    && attr.to_token_stream().to_string().contains("Deserialize")
            })
        })
        .map(|s| {
            let camel = s.attrs.iter().any(|attr| {
                attr.path().is_ident("serde")
                    && attr.to_token_stream().to_string().contains("camelCase")
            });
            let fields = s
                .fields
                .iter()
                .filter(|f| matches!(f.vis, syn::Visibility::Public(_)))
                .filter_map(|f| {
                    let serde: Vec<String> = f
                        .attrs
                        .iter()
                        .filter(|a| a.path().is_ident("serde"))
                        .map(|a| a.to_token_stream().to_string())
                        .collect();
                    if serde.iter().any(|a| a.contains("skip")) {
                        return None;
                    }
                    let ident = f.ident.as_ref()?.to_string();
                    let ident = ident.strip_prefix("r#").unwrap_or(&ident).to_owned();
                    let renamed = serde.iter().find_map(|a| {
                        let start = a.find("rename = \"")? + "rename = \"".len();
                        Some(a[start..start + a[start..].find('"')?].to_owned())
                    });
                    let json =
                        renamed.unwrap_or_else(|| if camel { camel_case(&ident) } else { ident });
                    Some(Field {
                        json,
                        ty: type_text(&f.ty),
                        doc: doc_of(&f.attrs),
                        flattened: serde.iter().any(|a| a.contains("flatten")),
                    })
                })
                .collect();
            OptionsStruct {
                name: s.ident.to_string(),
                doc: doc_of(&s.attrs),
                fields,
            }
        })
        .collect()
}

fn camel_case(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A type as a reader writes it: `Option<Vec<RadiosItem>>`, not `Option < Vec < … > >`.
fn type_text(ty: &syn::Type) -> String {
    let text = ty.to_token_stream().to_string();
    text.replace(" < ", "<")
        .replace("< ", "<")
        .replace(" >", ">")
        .replace(" , ", ", ")
        .replace(" :: ", "::")
        .replace("& ", "&")
}

/// The identifiers in a type's text (`Option<Vec<ChoiceItem>>` → Option, Vec, ChoiceItem).
fn type_idents(ty: &str) -> Vec<String> {
    ty.split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Each `pub fn` of an examples file: its name, its doc comment (the example's title) and its
/// source text, exactly as written (from the parser's line and column spans).
fn civic_examples(path: &Path) -> Vec<Example> {
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Fn(f) if matches!(f.vis, syn::Visibility::Public(_)) => Some(f),
            _ => None,
        })
        .map(|f| {
            let title = doc_of(&f.attrs);
            assert!(
                !title.is_empty(),
                "{}: example `{}` needs a doc comment (its title)",
                path.display(),
                f.sig.ident
            );
            // From the `pub fn` line to the closing brace, doc comments left out.
            let start: Span = f.sig.fn_token.span;
            let end: Span = f.block.brace_token.span.close();
            let (first, last) = (start.start().line - 1, end.end().line - 1);
            let source = lines[first..=last].join("\n");
            Example {
                name: f.sig.ident.to_string(),
                title,
                own_document: draws_a_page(&source),
                owns_router: uses_component(&source, "Router"),
                source,
            }
        })
        .collect()
}

/// Whether an example draws a page of its own, so runs in a document of its own: a whole
/// `<Page>`, an app with its own `<Router>`, or a `<Panel>`, whose title is the page's `<h1>`
/// (a page has one: the showcase's own).
fn draws_a_page(source: &str) -> bool {
    ["Router", "Page", "Panel"]
        .iter()
        .any(|name| uses_component(source, name))
}

/// Whether `source` draws the component `name` (`<Page>` or `<Page ...`, not `<PageLink`).
fn uses_component(source: &str, name: &str) -> bool {
    let tag = format!("<{name}");
    source.match_indices(&tag).any(|(at, _)| {
        source[at + tag.len()..]
            .chars()
            .next()
            .is_some_and(|next| next == '>' || next == '/' || next.is_whitespace())
    })
}

/// govuk-frontend's non-hidden fixtures for a component: (name, options as JSON text).
fn read_fixtures(path: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap();
    let file: serde_json::Value = serde_json::from_str(&text).unwrap();
    file["fixtures"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter(|f| !f["hidden"].as_bool().unwrap_or(false))
        .map(|f| {
            (
                f["name"].as_str().unwrap_or("example").to_owned(),
                f["options"].to_string(),
            )
        })
        .collect()
}
