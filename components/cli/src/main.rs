//! `civic`: renders Civic components from govuk-frontend macro options, for teams on any stack.
//!
//! ```text
//! civic render --jsonl                 # JSON lines in, {"html"} or {"error"} lines out
//! civic render date-input options.json # one component to stdout (options from the file)
//! civic render date-input < options.json
//! civic css                            # the default theme's stylesheet to stdout
//! civic css --theme anytown --output anytown.css
//! civic css --theme-file northshire.json --output northshire.css   # a council's own theme
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
    },
    /// Write the complete stylesheet for a theme, for a static file (strict content security
    /// policies, other stacks).
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
    },
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

/// Writes a theme's stylesheet to a file or stdout: a built-in theme, or one read from a
/// theme file (whose faults are reported with their JSON paths).
fn export_css(
    theme: &str,
    theme_file: Option<&std::path::Path>,
    output: Option<&std::path::Path>,
) -> Result<(), String> {
    let theme = match theme_file {
        Some(path) => {
            let text = input::read_file(path)?;
            civic_styles::Theme::from_json(&text).map_err(|error| {
                error
                    .to_string()
                    .lines()
                    .map(|line| format!("{}: {line}", path.display()))
                    .collect::<Vec<_>>()
                    .join("\n")
            })?
        }
        None => {
            civic_styles::Theme::named(theme).ok_or_else(|| format!("unknown theme {theme}"))?
        }
    };
    let css = civic_styles::sheet::css(&theme);
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
fn render(component: &str, options: &serde_json::Value) -> Result<String, String> {
    std::panic::catch_unwind(|| match component {
        "template" => civic::render_template_document(options),
        _ => civic::render_to_html(component, options),
    })
    .map_err(|_| format!("internal error while rendering {component:?}; please report it"))?
    .map_err(|error| error.to_string())
}

/// What one `{"component", "options"}` request asks for, or what is wrong with it.
fn render_request(line: &str) -> Result<String, String> {
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
    render(component, options)
}

/// Answers one line of `--jsonl` input; every error names its line.
fn answer(line: Line, number: usize) -> serde_json::Value {
    let outcome = match line {
        Line::TooLong(length) => Err(format!(
            "{length} bytes; the limit for one line is {} bytes",
            civic::limits::MAX_INPUT_BYTES
        )),
        Line::NotUtf8(offset) => Err(format!("not UTF-8 (an invalid byte at offset {offset})")),
        Line::Text(text) if text.trim().is_empty() => {
            Err("empty line; expected {\"component\": …, \"options\": {…}}".into())
        }
        Line::Text(text) => render_request(&text),
    };
    match outcome {
        Ok(html) => serde_json::json!({ "html": html }),
        Err(error) => serde_json::json!({ "error": format!("line {number}: {error}") }),
    }
}

/// `--jsonl`: answers each line as soon as it is read.
fn render_jsonl() -> Result<(), String> {
    let mut stdout = Stdout::open()?;
    let mut lines = Lines::new(std::io::stdin().lock());
    let mut number = 0;
    while let Some(line) = lines
        .next_line()
        .map_err(|error| format!("cannot read stdin: {error}"))?
    {
        number += 1;
        stdout.line(&answer(line, number).to_string())?;
    }
    stdout.finish()
}

fn render_one(component: &str, file: Option<&std::path::Path>) -> Result<(), String> {
    let text = match file {
        Some(path) => input::read_file(path)?,
        None => input::read_all(std::io::stdin().lock(), "stdin")?,
    };
    let options: serde_json::Value = if text.trim().is_empty() {
        serde_json::json!({})
    } else {
        serde_json::from_str(&text).map_err(|e| format!("options are not JSON: {e}"))?
    };
    let html = render(component, &options)?;
    let mut stdout = Stdout::open()?;
    stdout.line(&html)?;
    stdout.finish()
}

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
        } => export_css(&theme, theme_file.as_deref(), output.as_deref()),
        Command::Render { jsonl: true, .. } => render_jsonl(),
        Command::Render {
            component, file, ..
        } => render_one(&component.unwrap_or_default(), file.as_deref()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("civic: {error}");
            ExitCode::FAILURE
        }
    }
}
