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

use clap::{Parser, Subcommand};
use std::io::{self, BufRead, Read, Write};
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
            let text = std::fs::read_to_string(path)
                .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
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
        None => io::stdout()
            .write_all(css.as_bytes())
            .map_err(|error| format!("cannot write to stdout: {error}")),
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

/// Answers one line of `--jsonl` input.
fn answer_line(line: &str, number: usize) -> serde_json::Value {
    let request: serde_json::Value = match serde_json::from_str(line) {
        Ok(value) => value,
        Err(error) => {
            return serde_json::json!({ "error": format!("line {number}: not JSON: {error}") })
        }
    };
    let Some(object) = request.as_object() else {
        return serde_json::json!({ "error": format!("line {number}: expected an object with \"component\" and \"options\"") });
    };
    let component = match object.get("component") {
        Some(serde_json::Value::String(name)) => name,
        Some(_) => return serde_json::json!({ "error": "component: expected a string" }),
        None => {
            return serde_json::json!({ "error": "component: missing; expected a component name such as \"date-input\"" })
        }
    };
    let empty = serde_json::json!({});
    let options = match object.get("options") {
        None | Some(serde_json::Value::Null) => &empty,
        Some(options) => options,
    };
    match render(component, options) {
        Ok(html) => serde_json::json!({ "html": html }),
        Err(error) => serde_json::json!({ "error": error }),
    }
}

fn render_jsonl() -> io::Result<()> {
    let stdin = io::stdin().lock();
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    for (index, line) in stdin.split(b'\n').enumerate() {
        let line = line?;
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches('\r');
        let answer = if text.trim().is_empty() {
            serde_json::json!({ "error": format!("line {}: empty line; expected {{\"component\": …, \"options\": {{…}}}}", index + 1) })
        } else {
            answer_line(text, index + 1)
        };
        serde_json::to_writer(&mut stdout, &answer)?;
        stdout.write_all(b"\n")?;
    }
    stdout.flush()
}

fn render_one(component: &str, file: Option<&std::path::Path>) -> Result<String, String> {
    let text = match file {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?,
        None => {
            let mut text = String::new();
            io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read stdin: {e}"))?;
            text
        }
    };
    let options: serde_json::Value = if text.trim().is_empty() {
        serde_json::json!({})
    } else {
        serde_json::from_str(&text).map_err(|e| format!("options are not JSON: {e}"))?
    };
    render(component, &options)
}

fn main() -> ExitCode {
    // A panic while rendering is caught and answered as an error line; say what it was on
    // stderr so that it can be reported.
    std::panic::set_hook(Box::new(|info| eprintln!("civic: internal error: {info}")));
    let cli = Cli::parse();
    match cli.command {
        Command::Css {
            theme,
            theme_file,
            output,
        } => match export_css(&theme, theme_file.as_deref(), output.as_deref()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("civic: {error}");
                ExitCode::FAILURE
            }
        },
        Command::Render { jsonl: true, .. } => match render_jsonl() {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("civic: {error}");
                ExitCode::FAILURE
            }
        },
        Command::Render {
            component, file, ..
        } => {
            let component = component.unwrap_or_default();
            match render_one(&component, file.as_deref()) {
                Ok(html) => {
                    println!("{html}");
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("civic: {error}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
