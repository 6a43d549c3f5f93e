//! Server rendering, measured in process on one thread: every fixture of govuk-frontend's
//! components through [`civic::render_to_html`] (JSON options in, HTML out, as govuk-frontend's
//! Nunjucks macros take options and give HTML), and the question page through Civic's typed
//! Leptos components. `cargo xtask bench` runs it beside `tests/bench/nunjucks.mjs`, which
//! does the same with govuk-frontend's own macros, and prints the two side by side.
//!
//! Two binaries run the same code with different allocators, because rendering allocates
//! many small strings and the allocator is a server's own choice: `civic-bench` with the
//! system's (glibc's malloc on Linux), `civic-bench-mimalloc` with mimalloc.
//!
//! Usage: `civic-bench COMPONENTS_DIR [SECONDS]`; writes one JSON object to stdout.

use leptos::prelude::*;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

#[derive(Deserialize)]
struct FixtureFile {
    fixtures: Vec<Fixture>,
}

#[derive(Deserialize)]
struct Fixture {
    options: serde_json::Value,
}

/// Each component's fixtures, by govuk-frontend's name, read from its `fixtures.json`.
fn corpus(components: &Path) -> Result<BTreeMap<String, Vec<serde_json::Value>>, String> {
    let mut corpus = BTreeMap::new();
    let entries =
        std::fs::read_dir(components).map_err(|e| format!("{}: {e}", components.display()))?;
    for entry in entries.flatten() {
        let file = entry.path().join("fixtures.json");
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let parsed: FixtureFile =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        corpus.insert(
            name,
            parsed.fixtures.into_iter().map(|f| f.options).collect(),
        );
    }
    if corpus.is_empty() {
        return Err(format!("no fixtures under {}", components.display()));
    }
    Ok(corpus)
}

/// Per component: renders done, bytes written and time spent.
#[derive(Default)]
struct Tally {
    renders: u64,
    bytes: u64,
    time: Duration,
}

/// Renders every fixture once (a pass), again and again for about `seconds`, after one pass
/// to warm up. A fixture govuk-frontend's macros refuse is refused here too and still timed.
fn fixtures<'a>(
    corpus: &'a BTreeMap<String, Vec<serde_json::Value>>,
    seconds: f64,
) -> BTreeMap<&'a str, Tally> {
    let mut tallies: BTreeMap<&'a str, Tally> = BTreeMap::new();
    let pass = |tallies: &mut BTreeMap<&'a str, Tally>, keep: bool| {
        for (component, options) in corpus {
            let started = Instant::now();
            let mut bytes = 0;
            for options in options {
                bytes += civic::render_to_html(component, options).map_or(0, |html| html.len());
            }
            if keep {
                let tally = tallies.entry(component.as_str()).or_default();
                tally.renders += options.len() as u64;
                tally.bytes += bytes as u64;
                tally.time += started.elapsed();
            }
        }
    };
    pass(&mut tallies, false);
    let started = Instant::now();
    while started.elapsed().as_secs_f64() < seconds {
        pass(&mut tallies, true);
    }
    tallies
}

/// The question page through the typed components: renders per second and bytes per page.
fn question_page(seconds: f64) -> (f64, usize) {
    let render = || Owner::new().with(|| view! { <civic_question_page::QuestionPage /> }.to_html());
    let bytes = render().len();
    let started = Instant::now();
    let mut renders = 0u64;
    while started.elapsed().as_secs_f64() < seconds {
        std::hint::black_box(render());
        renders += 1;
    }
    (renders as f64 / started.elapsed().as_secs_f64(), bytes)
}

/// Runs the benchmark as the usage above says; `allocator` names the binary's allocator in
/// the report.
pub fn main(allocator: &str) {
    let mut args = std::env::args().skip(1);
    let Some(components) = args.next() else {
        eprintln!("usage: civic-bench COMPONENTS_DIR [SECONDS]");
        std::process::exit(2);
    };
    let seconds: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(3.0);
    let corpus = match corpus(Path::new(&components)) {
        Ok(corpus) => corpus,
        Err(error) => {
            eprintln!("civic-bench: {error}");
            std::process::exit(1);
        }
    };
    let tallies = fixtures(&corpus, seconds);
    let per_component: serde_json::Map<String, serde_json::Value> = tallies
        .iter()
        .map(|(name, t)| {
            (
                (*name).to_owned(),
                serde_json::json!({
                    "renders": t.renders,
                    "bytes": t.bytes,
                    "seconds": t.time.as_secs_f64(),
                }),
            )
        })
        .collect();
    let (page_rate, page_bytes) = question_page(seconds / 2.0);
    let report = serde_json::json!({
        "allocator": allocator,
        "fixtures": corpus.values().map(Vec::len).sum::<usize>(),
        "components": per_component,
        "questionPage": {"rendersPerSecond": page_rate, "bytes": page_bytes},
    });
    println!("{report}");
}
