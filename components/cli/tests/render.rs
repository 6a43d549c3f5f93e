//! The `civic` command as a user runs it: JSON lines in, one answer line out per input line.

use std::io::Write;
use std::process::{Command, Stdio};

fn civic(args: &[&str], stdin: &str) -> (String, String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_civic"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("civic starts");
    // Write from another thread: civic answers as it reads, and a large input would fill
    // both pipes if this thread wrote everything before reading.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_owned();
    let writer = std::thread::spawn(move || pipe.write_all(input.as_bytes()));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
        output.status.success(),
    )
}

fn answers(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each answer is JSON"))
        .collect()
}

#[test]
fn jsonl_answers_every_line_in_order_and_goes_on_after_bad_ones() {
    let input = [
        r#"{"component": "hint", "options": {"text": "first"}}"#,
        "this is not json",
        r#"{"component": "no-such-thing", "options": {}}"#,
        r#"{"component": "radios", "options": {"name": "r", "items": [{"text": "a"}, {"text": "b"}, {"text": "c", "conditional": {"html": ["x"]}}]}}"#,
        r#"{"component": "input", "options": []}"#,
        r#"{"options": {}}"#,
        r#"{"component": "label", "options": {"text": "last"}}"#,
    ]
    .join("\n");
    let (stdout, _, ok) = civic(&["render", "--jsonl"], &input);
    assert!(ok);
    let answers = answers(&stdout);
    assert_eq!(answers.len(), 7, "one answer per line: {stdout}");
    assert!(answers[0]["html"].as_str().unwrap().contains("first"));
    assert!(answers[1]["error"].as_str().unwrap().contains("not JSON"));
    assert!(answers[2]["error"]
        .as_str()
        .unwrap()
        .contains("\"no-such-thing\""));
    assert_eq!(
        answers[3]["error"].as_str().unwrap(),
        "items[2].conditional.html: expected a string, found a list"
    );
    assert_eq!(
        answers[4]["error"].as_str().unwrap(),
        "options: expected an object"
    );
    assert!(answers[5]["error"]
        .as_str()
        .unwrap()
        .starts_with("component: missing"));
    assert!(answers[6]["html"].as_str().unwrap().contains("last"));
}

#[test]
fn render_one_component_from_a_file_or_stdin() {
    let dir = std::env::temp_dir().join(format!("civic-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("options.json");
    std::fs::write(&file, r#"{"text": "Save and continue"}"#).unwrap();
    let (stdout, _, ok) = civic(&["render", "button", file.to_str().unwrap()], "");
    assert!(ok);
    assert!(stdout.contains("<button") && stdout.contains("Save and continue"));

    let (stdout, _, ok) = civic(&["render", "hint"], r#"{"text": "From stdin"}"#);
    assert!(ok);
    assert!(stdout.contains("From stdin"));

    let (_, stderr, ok) = civic(&["render", "hint"], r#"{"text": {"nested": 1}}"#);
    assert!(!ok);
    assert!(
        stderr.contains("text: expected a string, found an object"),
        "{stderr}"
    );
}

#[test]
fn jsonl_renders_every_fixture() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../node_modules/govuk-frontend/dist/govuk/components");
    let mut input = String::new();
    let mut count = 0;
    for component in civic::COMPONENTS {
        let text = std::fs::read_to_string(root.join(component).join("fixtures.json"))
            .expect("govuk-frontend is installed");
        let fixtures: serde_json::Value = serde_json::from_str(&text).unwrap();
        for fixture in fixtures["fixtures"].as_array().unwrap() {
            let line = serde_json::json!({ "component": component, "options": fixture["options"] });
            input.push_str(&line.to_string());
            input.push('\n');
            count += 1;
        }
    }
    let (stdout, _, ok) = civic(&["render", "--jsonl"], &input);
    assert!(ok);
    let answers = answers(&stdout);
    assert_eq!(count, 725, "fixtures sent");
    assert_eq!(answers.len(), count);
    let errors: Vec<_> = answers
        .iter()
        .filter(|a| a.get("error").is_some())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    println!("civic render --jsonl answered {count} fixtures");
}

#[test]
fn css_exports_built_in_themes_and_council_theme_files() {
    let (civic_css, _, ok) = civic(&["css"], "");
    assert!(ok);
    assert!(civic_css.contains("--govuk-brand-colour: #1d70b8"));
    assert!(civic_css.contains(".govuk-summary-list__key"));

    let (anytown, _, ok) = civic(&["css", "--theme", "anytown"], "");
    assert!(ok);
    assert!(anytown.contains("--govuk-brand-colour: #00703c"));

    let (_, stderr, ok) = civic(&["css", "--theme", "nowhere"], "");
    assert!(!ok);
    assert!(
        stderr.contains("unknown theme \"nowhere\"; known themes: civic, anytown"),
        "{stderr}"
    );

    let dir = std::env::temp_dir().join(format!("civic-css-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let theme = dir.join("northshire.json");
    std::fs::write(
        &theme,
        r##"{"name": "northshire", "headerBackground": "#5a2d82", "colours": {"brand": "#5a2d82"}}"##,
    )
    .unwrap();
    let output = dir.join("northshire.css");
    let (_, stderr, ok) = civic(
        &[
            "css",
            "--theme-file",
            theme.to_str().unwrap(),
            "--output",
            output.to_str().unwrap(),
        ],
        "",
    );
    assert!(ok, "{stderr}");
    let written = std::fs::read_to_string(&output).unwrap();
    assert!(written.contains("--govuk-brand-colour: #5a2d82"));
    assert!(written.contains(".govuk-generic-header {") && written.contains("#5a2d82"));

    std::fs::write(
        &theme,
        r##"{"name": "northshire", "colours": {"brand": "purple", "link": "#dddddd"}}"##,
    )
    .unwrap();
    let (stdout, stderr, ok) = civic(&["css", "--theme-file", theme.to_str().unwrap()], "");
    assert!(!ok);
    assert!(stdout.is_empty(), "nothing half-written");
    assert!(
        stderr.contains(
            "northshire.json: colours.brand: expected a colour like \"#1d70b8\", found \"purple\""
        ),
        "{stderr}"
    );
    let (_, stderr, ok) = civic(&["css", "--theme", "anytown", "--theme-file", "x.json"], "");
    assert!(!ok);
    assert!(stderr.contains("cannot be used with"), "{stderr}");
}
