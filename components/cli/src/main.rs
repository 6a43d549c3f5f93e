//! `civic`: renders Civic components from govuk-frontend macro options, for teams on any stack.
//!
//! ```text
//! civic render --jsonl                 # JSON lines in, {"html"} or {"error"} lines out
//! civic render date-input options.json # one component to stdout (options from the file)
//! civic render date-input < options.json
//! civic css                            # the default theme's stylesheet to stdout
//! civic css --theme anytown --output anytown.css
//! civic css --theme-file northshire.json --output northshire.css   # a council's own theme
//! civic css --components error-summary,input,radios,button       # only what a page needs
//! civic css --page confirmation.html                            # only what this page needs
//! civic render back-link --locale cy < options.json        # Welsh default strings
//! civic render --jsonl --locale-file gd.json               # a council's own locale
//! civic messages --format csv                              # every string, for translators
//! civic messages --format locale --locale cy > gd.json     # a locale file to start from
//! civic messages --check gd.json                           # is a locale file complete?
//! civic flow check missed-bin.json                         # a flow definition's problems
//! civic flow walk missed-bin.json --answers answers.json   # the route a set of answers takes
//! civic prototype missed-bin.json --data bins.db           # the flow as a server-rendered service
//! civic submissions bins.db --format csv                   # what people sent
//! ```
//!
//! Every mode reports a write it could not make (a closed pipe, a full disk, a stdout closed
//! before it started) in one line on stderr and exits with status 1; inputs past
//! [`civic::limits`] are refused, never cut short.

mod input;
mod output;

use clap::{Parser, Subcommand};
use input::{Line, Lines};
use output::Stdout;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "civic",
    version,
    about = "Render Civic (GOV.UK Design System) components to HTML, and export their stylesheet"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render components from govuk-frontend macro options.
    Render {
        /// Read JSON lines `{"component": "...", "options": {...}}` from stdin and write one
        /// `{"html": "..."}` or `{"error": "..."}` line for each, in order.
        #[arg(long, conflicts_with_all = ["component", "file"])]
        jsonl: bool,
        /// The component's govuk-frontend name, such as `date-input`, or `template` for a
        /// whole page (govuk-frontend's `template.njk` variables, with `blocks` of HTML).
        #[arg(required_unless_present = "jsonl")]
        component: Option<String>,
        /// A JSON file of options; stdin when absent.
        file: Option<std::path::PathBuf>,
        /// The language of the default strings (`en` or `cy`); options still win. With
        /// `--jsonl`, a line's own `"locale"` field wins over this.
        #[arg(long, default_value = "en", value_parser = locale_tag)]
        locale: civic::Locale,
        /// A council's own locale file (see `civic messages --format locale`), checked when
        /// read; it replaces `--locale`, and `--jsonl` lines may name it by its tag.
        #[arg(long, conflicts_with = "locale")]
        locale_file: Option<std::path::PathBuf>,
    },
    /// List every default string Civic writes, with its English, its Welsh and where the Welsh
    /// comes from, for translators to review.
    Messages {
        /// `csv` (a header row, then one row per string or plural form), `json` (one object
        /// per line), or `locale` (a complete locale file of `--locale`, to translate from).
        #[arg(long, default_value = "csv", value_parser = ["csv", "json", "locale"])]
        format: String,
        /// With `--format locale`, the locale to write (`en` or `cy`).
        #[arg(long, default_value = "en", value_parser = locale_tag)]
        locale: civic::Locale,
        /// Check a locale file instead: print its problems, each with its JSON path, and exit
        /// with status 1 if it has any.
        #[arg(long, conflicts_with_all = ["format", "locale"])]
        check: Option<std::path::PathBuf>,
    },
    /// Check a flow definition, or walk it with a set of answers.
    Flow {
        #[command(subcommand)]
        command: FlowCommand,
    },
    /// Serve a flow definition (Civic JSON, XGovFormBuilder or GOV.UK Forms) as a working
    /// service on 127.0.0.1: every page rendered on the server, forms that post without
    /// JavaScript, answers kept in a SQLite file that survives restarts. Ctrl-C stops it.
    Prototype {
        /// The flow definition (JSON).
        flow: std::path::PathBuf,
        /// The port on 127.0.0.1 (0 for any free port).
        #[arg(long, default_value_t = 3000)]
        port: u16,
        /// The SQLite database for sessions and submissions, created on first start.
        #[arg(long, default_value = "civic-prototype.db")]
        data: std::path::PathBuf,
        /// A built-in theme's name.
        #[arg(long, default_value = "civic", value_parser = theme_name)]
        theme: String,
        /// A council's own theme, as a JSON theme file.
        #[arg(long, conflicts_with = "theme")]
        theme_file: Option<std::path::PathBuf>,
        /// The language of the service (`en` or `cy`).
        #[arg(long, default_value = "en", value_parser = locale_tag)]
        locale: civic::Locale,
        /// Reload the definition when its file changes (sessions are kept).
        #[arg(long)]
        watch: bool,
        /// The folder with the enhancer (`civic.js`, `civic_bg.wasm`) from `cargo xtask
        /// dist`; `target/civic-dist` when it is there. Without it pages work with no
        /// JavaScript.
        #[arg(long)]
        assets: Option<std::path::PathBuf>,
        /// Post each submission as JSON to this address, retrying until it is taken.
        #[arg(long)]
        webhook: Option<String>,
        /// Minutes a session may be idle before it and its answers are deleted.
        #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=10080))]
        idle_minutes: u64,
        /// The date "today" means (`YYYY-MM-DD`), for testing date rules; today by default.
        #[arg(long, value_parser = iso_date)]
        today: Option<civic_patterns::questions::date::Date>,
    },
    /// Export what was sent to a prototype, from its database.
    Submissions {
        /// The prototype's database (its `--data`).
        data: std::path::PathBuf,
        /// `json` (everything) or `csv` (a column per question).
        #[arg(long, default_value = "json", value_parser = ["json", "csv"])]
        format: String,
    },
    /// Write a theme's stylesheet, for a static file (strict content security policies, other
    /// stacks): the complete sheet, or only what some components (`--components`) or rendered
    /// pages (`--page`) need.
    Css {
        /// A built-in theme's name.
        #[arg(long, default_value = "civic", value_parser = theme_name)]
        theme: String,
        /// A council's own theme, as a JSON theme file (see the README's "Styles" section).
        #[arg(long, conflicts_with = "theme")]
        theme_file: Option<std::path::PathBuf>,
        /// Write to this file instead of stdout.
        #[arg(long)]
        output: Option<std::path::PathBuf>,
        /// Add the styles of civic-patterns' own markup (step-by-step navigation).
        #[arg(long)]
        patterns: bool,
        /// Only what a page of these components needs (govuk-frontend's names, comma
        /// separated, such as `input,radios,button`): the core and their styles, with those
        /// they build on (an input's label, hint and error message); `overrides` adds the
        /// `govuk-!-*` override classes.
        #[arg(long, value_delimiter = ',', conflicts_with = "page")]
        components: Option<Vec<String>>,
        /// Only what this rendered page needs (an HTML file, or `-` for stdin): the core and
        /// the styles of the components its classes name (`govuk-input`,
        /// `govuk-date-input__item`, …), with those they build on; the override classes if
        /// it uses any. Give it again for each state of a page that draws more (the page
        /// with its errors shown): the sheet covers them all.
        #[arg(long)]
        page: Vec<std::path::PathBuf>,
    },
}

#[derive(Subcommand)]
enum FlowCommand {
    /// Check a definition: print each problem with its JSON path, and exit with status 1 if
    /// there are any.
    Check {
        /// The flow definition (JSON).
        file: std::path::PathBuf,
    },
    /// Walk a definition with answers: print the pages visited, the end reached, the first
    /// page stopped at with its errors, and the check answers rows, as one JSON object.
    Walk {
        /// The flow definition (JSON).
        file: std::path::PathBuf,
        /// The answers: one JSON object keyed by question name (a string; a list of strings
        /// for several choices; an object of parts for dates, names and addresses).
        #[arg(long)]
        answers: std::path::PathBuf,
        /// The language of the error messages (`en` or `cy`).
        #[arg(long, default_value = "en", value_parser = locale_tag)]
        locale: civic::Locale,
        /// The date "in the past" is measured from (`YYYY-MM-DD`); today by default.
        #[arg(long, value_parser = iso_date)]
        today: Option<civic_patterns::questions::date::Date>,
    },
}

fn iso_date(text: &str) -> Result<civic_patterns::questions::date::Date, String> {
    civic_patterns::questions::date::Date::parse_iso(text)
        .ok_or_else(|| format!("{text:?} is not a date: write YYYY-MM-DD"))
}

/// `civic flow check` and `civic flow walk`.
fn flow(command: FlowCommand) -> Result<(), String> {
    let mut stdout = Stdout::open()?;
    match command {
        FlowCommand::Check { file } => {
            let (flow, format) = civic_prototype::load_flow(&file)?;
            stdout.line(&format!(
                "{}: a sound {} of {} pages",
                file.display(),
                format.name(),
                flow.pages.len()
            ))?;
        }
        FlowCommand::Walk {
            file,
            answers,
            locale,
            today,
        } => {
            let (flow, _) = civic_prototype::load_flow(&file)?;
            let text = input::read_file(&answers)?;
            let mut reader = serde_json::Deserializer::from_str(&text);
            let given: civic_patterns::flow::Answers =
                serde_path_to_error::deserialize(&mut reader).map_err(|error| {
                    format!(
                        "{}: {}: expected a string, a list of strings or an object of strings ({})",
                        answers.display(),
                        error.path(),
                        error.inner()
                    )
                })?;
            let today = today.unwrap_or_else(civic_patterns::questions::date::Date::today);
            let route = flow.route(&given, locale, today);
            let (stopped_at, errors) = match &route.stopped_at {
                Some((page, problems)) => (Some(page.clone()), problems.clone()),
                None => (None, Vec::new()),
            };
            let walk = serde_json::json!({
                "pages": route.pages,
                "end": route.end,
                "stopped_at": stopped_at,
                "errors": errors,
                "summary": flow.summary(&given, locale, today),
            });
            stdout.line(&walk.to_string())?;
        }
    }
    stdout.finish()
}

/// Accepts a locale Civic ships, or says which there are.
fn locale_tag(tag: &str) -> Result<civic::Locale, String> {
    civic::Locale::from_tag(tag).ok_or_else(|| {
        let known: Vec<&str> = civic::Locale::ALL.iter().map(|l| l.tag()).collect();
        format!("no locale {tag:?}; Civic ships {}", known.join(", "))
    })
}

/// Reads and checks a locale file; its problems are named with the file's path.
fn load_locale(path: &std::path::Path) -> Result<civic::Locale, String> {
    let text = input::read_file(path)?;
    civic::Locale::from_json(&text).map_err(|error| format!("{}: {error}", path.display()))
}

/// The locales a run can draw in: the one asked for, and a custom one a line may name.
#[derive(Clone, Copy)]
struct Locales {
    default: civic::Locale,
    custom: Option<civic::Locale>,
}

impl Locales {
    /// The locale a `--jsonl` line names: a shipped one, or the custom one by its tag.
    fn named(self, tag: &str) -> Result<civic::Locale, String> {
        match self.custom {
            Some(custom) if custom.speaks(tag) => Ok(custom),
            _ => locale_tag(tag).map_err(|error| match self.custom {
                Some(custom) => format!("{error}, and --locale-file gave {}", custom.tag()),
                None => error,
            }),
        }
    }
}

/// Accepts the name of a built-in theme, or says which names there are.
fn theme_name(name: &str) -> Result<String, String> {
    match civic_styles::Theme::named(name) {
        Some(theme) => Ok(theme.name.to_string()),
        None => Err(format!(
            "unknown theme \"{name}\"; known themes: {}",
            civic_styles::Theme::names()
        )),
    }
}

/// Reads a built-in theme, or a theme file (whose faults are reported with their JSON paths).
fn load_theme(
    theme: &str,
    theme_file: Option<&std::path::Path>,
) -> Result<civic_styles::Theme, String> {
    match theme_file {
        Some(path) => {
            let text = input::read_file(path)?;
            civic_styles::Theme::from_json(&text).map_err(|error| {
                error
                    .to_string()
                    .lines()
                    .map(|line| format!("{}: {line}", path.display()))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
        None => civic_styles::Theme::named(theme).ok_or_else(|| format!("unknown theme {theme}")),
    }
}

/// `civic prototype`: starts the server, says where, and serves until Ctrl-C.
fn prototype(config: civic_prototype::Config) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server: {e}"))?;
    runtime.block_on(async move {
        let enhanced = config.assets.is_some();
        let (data, flow) = (config.data.clone(), config.flow.clone());
        let server = civic_prototype::Server::start(config).await?;
        eprintln!(
            "civic prototype: serving {} at http://{}/ (answers in {}; {}). Ctrl-C stops it.",
            flow.display(),
            server.address(),
            data.display(),
            if enhanced {
                "enhancer loaded"
            } else {
                "no enhancer: build it with `cargo xtask dist`; pages work without JavaScript"
            }
        );
        server.run_until_stopped().await?;
        eprintln!("civic prototype: stopped");
        Ok(())
    })
}

/// Which of a theme's styles `civic css` writes.
enum Subset {
    /// The whole sheet.
    Whole,
    /// What a page of these components needs (`--components`).
    Components(Vec<String>),
    /// What these rendered pages need (`--page`; `-` is stdin).
    Pages(Vec<std::path::PathBuf>),
}

/// Writes a theme's stylesheet to a file or stdout: a built-in theme, or one read from a
/// theme file (whose faults are reported with their JSON paths); with `patterns`, followed by
/// the patterns' styles; `subset` says which components' styles.
fn export_css(
    theme: &str,
    theme_file: Option<&std::path::Path>,
    output: Option<&std::path::Path>,
    patterns: bool,
    subset: Subset,
) -> Result<(), String> {
    let theme = load_theme(theme, theme_file)?;
    let mut css = match subset {
        Subset::Components(names) => {
            let names: Vec<&str> = names.iter().map(|n| n.trim()).collect();
            civic_styles::sheet::to_css(
                &civic_styles::sheet::components_stylesheet(&theme, &names)
                    .map_err(|error| format!("--components: {error}"))?,
            )
        }
        Subset::Pages(paths) => {
            let mut pages = Vec::new();
            for path in paths {
                // The same limits and byte-order-mark handling as every other input.
                let html = if path.as_os_str() == "-" {
                    input::read_all(std::io::stdin().lock(), "stdin")
                } else {
                    input::read_file(&path)
                };
                pages.push(html.map_err(|error| format!("--page: {error}"))?);
            }
            civic_styles::sheet::to_css(&civic_styles::sheet::pages_stylesheet(&theme, &pages))
        }
        Subset::Whole => civic_styles::sheet::css(&theme),
    };
    if patterns {
        css.push_str(&civic_styles::sheet::to_css(
            &civic_styles::sheet::patterns_stylesheet(&theme),
        ));
    }
    match output {
        Some(path) => std::fs::write(path, css)
            .map_err(|error| format!("cannot write {}: {error}", path.display())),
        None => {
            let mut stdout = Stdout::open()?;
            stdout.write(css.as_bytes())?;
            stdout.finish()
        }
    }
}

/// Renders one component, turning any panic into an error so one input can't stop the rest.
fn render(
    locale: civic::Locale,
    component: &str,
    options: &serde_json::Value,
) -> Result<String, String> {
    std::panic::catch_unwind(|| match component {
        "template" => civic::render_template_document_in(locale, options),
        _ => civic::render_to_html_in(locale, component, options),
    })
    .map_err(|_| format!("internal error while rendering {component:?}; please report it"))?
    .map_err(|error| error.to_string())
}

/// What one `{"component", "options", "locale"}` request asks for, or what is wrong with it.
fn render_request(line: &str, locales: Locales) -> Result<String, String> {
    let request: serde_json::Value =
        serde_json::from_str(line).map_err(|error| format!("not JSON: {error}"))?;
    let Some(object) = request.as_object() else {
        return Err("expected an object with \"component\" and \"options\"".into());
    };
    let component = match object.get("component") {
        Some(serde_json::Value::String(name)) => name,
        Some(_) => return Err("component: expected a string".into()),
        None => {
            return Err(
                "component: missing; expected a component name such as \"date-input\"".into(),
            )
        }
    };
    let empty = serde_json::json!({});
    let options = match object.get("options") {
        None | Some(serde_json::Value::Null) => &empty,
        Some(options) => options,
    };
    let locale = match object.get("locale") {
        None | Some(serde_json::Value::Null) => locales.default,
        Some(serde_json::Value::String(tag)) => locales
            .named(tag)
            .map_err(|error| format!("locale: {error}"))?,
        Some(_) => return Err("locale: expected a string such as \"cy\"".into()),
    };
    render(locale, component, options)
}

/// Answers one line of `--jsonl` input; every error names its line.
fn answer(line: Line, number: usize, locales: Locales) -> serde_json::Value {
    let outcome = match line {
        Line::TooLong(length) => Err(format!(
            "{length} bytes; the limit for one line is {} bytes",
            civic::limits::MAX_INPUT_BYTES
        )),
        Line::NotUtf8(offset) => Err(format!("not UTF-8 (an invalid byte at offset {offset})")),
        Line::Text(text) if text.trim().is_empty() => {
            Err("empty line; expected {\"component\": …, \"options\": {…}}".into())
        }
        Line::Text(text) => render_request(&text, locales),
    };
    match outcome {
        Ok(html) => serde_json::json!({ "html": html }),
        Err(error) => serde_json::json!({ "error": format!("line {number}: {error}") }),
    }
}

/// `--jsonl`: answers each line as soon as it is read.
fn render_jsonl(locales: Locales) -> Result<(), String> {
    let mut stdout = Stdout::open()?;
    let mut lines = Lines::new(std::io::stdin().lock());
    let mut number = 0;
    while let Some(line) = lines
        .next_line()
        .map_err(|error| format!("cannot read stdin: {error}"))?
    {
        number += 1;
        stdout.line(&answer(line, number, locales).to_string())?;
    }
    stdout.finish()
}

fn render_one(
    locale: civic::Locale,
    component: &str,
    file: Option<&std::path::Path>,
) -> Result<(), String> {
    let text = match file {
        Some(path) => input::read_file(path)?,
        None => input::read_all(std::io::stdin().lock(), "stdin")?,
    };
    let options: serde_json::Value = if text.trim().is_empty() {
        serde_json::json!({})
    } else {
        serde_json::from_str(&text).map_err(|e| format!("options are not JSON: {e}"))?
    };
    let html = render(locale, component, &options)?;
    let mut stdout = Stdout::open()?;
    stdout.line(&html)?;
    stdout.finish()
}

/// `civic messages --check FILE`: a locale file's problems, or how many messages it has.
fn check_locale(path: &std::path::Path) -> Result<(), String> {
    let locale = load_locale(path)?;
    let mut stdout = Stdout::open()?;
    stdout.line(&format!(
        "{}: a complete locale for {} ({}), every message Civic writes",
        path.display(),
        locale.tag(),
        locale.name()
    ))?;
    stdout.finish()
}

/// `civic messages`: every default string, for translators.
fn list_messages(format: &str, locale: civic::Locale) -> Result<(), String> {
    let rows = civic::messages();
    let mut stdout = Stdout::open()?;
    if format == "locale" {
        stdout.line(&locale.to_json())?;
        return stdout.finish();
    }
    if format == "json" {
        for row in &rows {
            let line = serde_json::json!({
                "component": row.component,
                "key": row.key,
                "form": row.form,
                "en": row.en,
                "cy": row.cy,
                "cy_source": row.cy_source,
            });
            stdout.line(&line.to_string())?;
        }
        return stdout.finish();
    }
    let mut csv = csv::Writer::from_writer(Vec::new());
    let mut write = |fields: [&str; 6]| {
        csv.write_record(fields)
            .map_err(|error| format!("cannot write CSV: {error}"))
    };
    write(["component", "key", "form", "en", "cy", "cy_source"])?;
    for row in &rows {
        write([
            row.component,
            row.key,
            row.form.unwrap_or(""),
            row.en,
            row.cy,
            row.cy_source,
        ])?;
    }
    let bytes = csv
        .into_inner()
        .map_err(|error| format!("cannot write CSV: {error}"))?;
    stdout.line(String::from_utf8_lossy(&bytes).trim_end())?;
    stdout.finish()
}

/// Rendering is allocation-heavy; see the `mimalloc` line in this crate's `Cargo.toml`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // A panic while rendering is caught and answered as an error line; say what it was on
    // stderr so that it can be reported.
    std::panic::set_hook(Box::new(|info| eprintln!("civic: internal error: {info}")));
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Css {
            theme,
            theme_file,
            output,
            patterns,
            components,
            page,
        } => export_css(
            &theme,
            theme_file.as_deref(),
            output.as_deref(),
            patterns,
            match components {
                Some(names) => Subset::Components(names),
                None if !page.is_empty() => Subset::Pages(page),
                None => Subset::Whole,
            },
        ),
        Command::Flow { command } => flow(command),
        Command::Prototype {
            flow,
            port,
            data,
            theme,
            theme_file,
            locale,
            watch,
            assets,
            webhook,
            idle_minutes,
            today,
        } => load_theme(&theme, theme_file.as_deref()).and_then(|theme| {
            // The enhancer `cargo xtask dist` builds, when it is there.
            let built = std::path::PathBuf::from("target/civic-dist");
            let assets = assets.or_else(|| built.join("civic.js").exists().then_some(built));
            prototype(civic_prototype::Config {
                port,
                theme,
                locale,
                watch,
                assets,
                webhook,
                idle: std::time::Duration::from_secs(idle_minutes * 60),
                today,
                ..civic_prototype::Config::new(flow, data)
            })
        }),
        Command::Submissions { data, format } => {
            let format = if format == "csv" {
                civic_prototype::Format::Csv
            } else {
                civic_prototype::Format::Json
            };
            civic_prototype::export(&data, format).and_then(|text| {
                let mut stdout = Stdout::open()?;
                stdout.write(text.as_bytes())?;
                stdout.finish()
            })
        }
        Command::Messages {
            check: Some(path), ..
        } => check_locale(&path),
        Command::Messages { format, locale, .. } => list_messages(&format, locale),
        Command::Render {
            jsonl,
            component,
            file,
            locale,
            locale_file,
        } => {
            let custom = locale_file.as_deref().map(load_locale).transpose();
            custom.and_then(|custom| {
                let locales = Locales {
                    default: custom.unwrap_or(locale),
                    custom,
                };
                if jsonl {
                    render_jsonl(locales)
                } else {
                    let component = component.unwrap_or_default();
                    render_one(locales.default, &component, file.as_deref())
                }
            })
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("civic: {error}");
            ExitCode::FAILURE
        }
    }
}
