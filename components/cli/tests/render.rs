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
    // A command refused before it reads (a usage error) closes its stdin: that pipe breaking
    // is not a failure of the test; any other write error is.
    if let Err(error) = writer.join().unwrap() {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "{error}");
    }
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
    assert!(answers[1]["error"]
        .as_str()
        .unwrap()
        .starts_with("line 2: not JSON"));
    assert!(answers[2]["error"]
        .as_str()
        .unwrap()
        .starts_with("line 3: unknown component \"no-such-thing\""));
    assert_eq!(
        answers[3]["error"].as_str().unwrap(),
        "line 4: items[2].conditional.html: expected a string, found a list"
    );
    assert_eq!(
        answers[4]["error"].as_str().unwrap(),
        "line 5: options: expected an object"
    );
    assert!(answers[5]["error"]
        .as_str()
        .unwrap()
        .starts_with("line 6: component: missing"));
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
    let root = std::path::Path::new(
        &std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into()),
    )
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
fn css_components_writes_only_what_a_page_of_them_needs() {
    let (lean, stderr, ok) = civic(
        &["css", "--components", "input, radios", "--theme", "anytown"],
        "",
    );
    assert!(ok, "{stderr}");
    assert!(lean.contains("--govuk-brand-colour: #00703c"));
    for styled in [
        ".govuk-input {",
        ".govuk-radios__item",
        ".govuk-fieldset__legend",
        ".govuk-label {",
        ".govuk-body",
    ] {
        assert!(lean.contains(styled), "{styled} is styled");
    }
    assert!(!lean.contains(".govuk-accordion") && !lean.contains("govuk-\\!-margin"));
    let (full, _, _) = civic(&["css", "--theme", "anytown"], "");
    assert!(
        lean.len() * 2 < full.len(),
        "{} of {} bytes",
        lean.len(),
        full.len()
    );

    let (_, stderr, ok) = civic(&["css", "--components", "input,radio"], "");
    assert!(!ok);
    assert!(
        stderr.contains("--components: no component is called \"radio\"; the components are")
            && stderr.contains("radios"),
        "{stderr}"
    );
}

#[test]
fn css_page_writes_what_the_rendered_pages_need() {
    // A page drawn by `civic render`: a panel, and a button in a block of HTML.
    let (panel, _, ok) = civic(
        &["render", "panel"],
        r#"{"titleText": "Application complete", "html": "<a class=\"govuk-button\" href=\"/\">Start again</a>"}"#,
    );
    assert!(ok && panel.contains("govuk-panel"), "{panel}");
    let (from_page, stderr, ok) = civic(&["css", "--page", "-"], &panel);
    assert!(ok, "{stderr}");
    let (named, _, _) = civic(&["css", "--components", "panel,button"], "");
    assert_eq!(
        from_page, named,
        "the sheet of the components the page uses"
    );

    // A second state of the page adds what it draws: an error summary with the override
    // classes.
    let errors = std::env::temp_dir().join(format!("civic-page-{}.html", std::process::id()));
    std::fs::write(
        &errors,
        r#"<div class="govuk-error-summary govuk-!-margin-bottom-6"><h2 class="govuk-error-summary__title">There is a problem</h2></div>"#,
    )
    .unwrap();
    let errors_path = errors.to_str().unwrap();
    let (both, stderr, ok) = civic(&["css", "--page", "-", "--page", errors_path], &panel);
    std::fs::remove_file(&errors).unwrap();
    assert!(ok, "{stderr}");
    let (named, _, _) = civic(
        &[
            "css",
            "--components",
            "panel,button,error-summary,overrides",
        ],
        "",
    );
    assert_eq!(both, named);

    let (_, stderr, ok) = civic(&["css", "--page", "/no/such/page.html"], "");
    assert!(
        !ok && stderr.contains("--page: cannot read /no/such/page.html"),
        "{stderr}"
    );
    let (_, stderr, ok) = civic(&["css", "--page", "-", "--components", "input"], "");
    assert!(!ok && stderr.contains("cannot be used with"), "{stderr}");
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

/// The `civic` binary run through `sh`, for redirections a `Command` cannot express.
fn civic_sh(redirections: &str, input: &str) -> (String, String, Option<i32>) {
    let script = format!("\"$CIVIC\" {redirections}");
    let mut child = Command::new("sh")
        .args(["-c", &script])
        .env("CIVIC", env!("CARGO_BIN_EXE_civic"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let input = input.to_owned();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(input.as_bytes());
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code(),
    )
}

/// A program that keeps `civic render --jsonl` running as a helper writes one request and
/// waits for its answer before writing the next (#8: answers used to wait for end of input).
#[test]
fn jsonl_answers_each_line_before_the_next_is_written() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_civic"))
        .args(["render", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    // If an answer never came, read_line would block forever: a watchdog ends the test.
    let pid = child.id();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(60));
        let _ = Command::new("kill").arg(pid.to_string()).status();
    });
    for (round, text) in ["first", "second", "third"].iter().enumerate() {
        let request = serde_json::json!({"component": "tag", "options": {"text": text}});
        writeln!(stdin, "{request}").unwrap();
        stdin.flush().unwrap();
        let mut answer = String::new();
        stdout.read_line(&mut answer).unwrap();
        let answer: serde_json::Value = serde_json::from_str(&answer)
            .unwrap_or_else(|_| panic!("answer {round} arrived before the next request"));
        assert!(answer["html"].as_str().unwrap().contains(text));
    }
    writeln!(stdin, "not json").unwrap();
    stdin.flush().unwrap();
    let mut answer = String::new();
    stdout.read_line(&mut answer).unwrap();
    assert!(answer.contains("line 4: not JSON"), "{answer}");
    drop(stdin);
    assert!(child.wait().unwrap().success());
    drop(watchdog);
}

/// Every mode reports a write it cannot make, in one line, with a failing status: a closed
/// pipe, a full disk, and a stdout closed before it started (#8: these panicked or lost the
/// output silently).
#[test]
fn every_mode_reports_a_failed_write() {
    let big_line = format!(
        "{}\n",
        serde_json::json!({"component": "hint", "options": {"text": "x".repeat(200_000)}})
    );
    // Each writes more than a pipe holds (64 KiB), so a reader that leaves is noticed.
    let big_options = serde_json::json!({"text": "x".repeat(200_000)}).to_string();
    let big_page = serde_json::json!({"pageTitle": "x".repeat(200_000)}).to_string();
    let modes: [(&str, &str); 4] = [
        ("render --jsonl", &big_line),
        ("render hint", &big_options),
        ("render template", &big_page),
        ("css", ""),
    ];
    for (mode, input) in modes {
        for (sink, expected) in [
            ("> /dev/full", "No space left on device"),
            (">&-", "stdout is closed"),
        ] {
            let (stdout, stderr, code) = civic_sh(&format!("{mode} {sink}"), input);
            assert_eq!(code, Some(1), "{mode} {sink}: {stderr}");
            assert!(stdout.is_empty());
            let lines: Vec<&str> = stderr.lines().collect();
            assert_eq!(lines.len(), 1, "{mode} {sink}: one line: {stderr}");
            assert!(
                lines[0].starts_with("civic: ") && lines[0].contains(expected),
                "{mode} {sink}: {stderr}"
            );
            assert!(!stderr.contains("panicked"), "{mode} {sink}: {stderr}");
        }
        // A reader that stops after one byte: civic sees a closed pipe.
        let mut child = Command::new(env!("CARGO_BIN_EXE_civic"))
            .args(mode.split(' '))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut pipe = child.stdin.take().unwrap();
        let text = input.to_owned();
        let writer = std::thread::spawn(move || {
            let _ = pipe.write_all(text.as_bytes());
        });
        let mut stdout = child.stdout.take().unwrap();
        let mut byte = [0u8; 1];
        std::io::Read::read_exact(&mut stdout, &mut byte).unwrap();
        drop(stdout);
        let output = child.wait_with_output().unwrap();
        writer.join().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{mode} | head -c1: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{mode} | head -c1: {stderr}");
        assert!(
            stderr.starts_with("civic: cannot write to stdout") && !stderr.contains("panicked"),
            "{mode} | head -c1: {stderr}"
        );
    }
    // `> /dev/null` is a choice, not a closed stdout.
    let (_, stderr, code) = civic_sh("render hint > /dev/null", "{\"text\": \"a\"}");
    assert_eq!(code, Some(0), "{stderr}");
    // --output to a full disk.
    let (_, stderr, code) = civic_sh("css --output /dev/full", "");
    assert_eq!(code, Some(1));
    assert!(
        stderr.starts_with("civic: cannot write /dev/full"),
        "{stderr}"
    );
}

/// Limits, byte-order marks and bad UTF-8 (#8): each answered with an error line naming the
/// line, and the lines after it still answered.
#[test]
fn jsonl_refuses_what_it_cannot_read_and_goes_on() {
    let limit = civic::limits::MAX_INPUT_BYTES;
    let mut input =
        b"\xEF\xBB\xBF{\"component\": \"tag\", \"options\": {\"text\": \"after a BOM\"}}\n"
            .to_vec();
    input.extend(b"{\"component\": \"tag\", \"options\": {\"text\": \"bad \xFF\"}}\n");
    input.extend(b"{\"component\": \"tag\", \"options\": {\"text\": \"");
    input.extend(std::iter::repeat_n(b'x', limit));
    input.extend(b"\"}}\n");
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    input.extend(
        format!("{{\"component\": \"tag\", \"options\": {{\"text\": {deep}}}}}\n").as_bytes(),
    );
    let attributes: serde_json::Map<String, serde_json::Value> = (0
        ..=civic::limits::MAX_ATTRIBUTES)
        .map(|i| (format!("data-{i}"), serde_json::json!("v")))
        .collect();
    input.extend(
        format!(
            "{}\n",
            serde_json::json!({"component": "tag", "options": {"attributes": attributes}})
        )
        .as_bytes(),
    );
    input.extend(b"{\"component\": \"tag\", \"options\": {\"text\": \"last\"}}\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_civic"))
        .args(["render", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let output = child.wait_with_output().unwrap();
    // A command refused before it reads (a usage error) closes its stdin: that pipe breaking
    // is not a failure of the test; any other write error is.
    if let Err(error) = writer.join().unwrap() {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "{error}");
    }
    assert!(output.status.success());
    let answers = answers(&String::from_utf8(output.stdout).unwrap());
    assert_eq!(answers.len(), 6);
    assert!(answers[0]["html"].as_str().unwrap().contains("after a BOM"));
    assert_eq!(
        answers[1]["error"],
        "line 2: not UTF-8 (an invalid byte at offset 46)"
    );
    assert_eq!(
        answers[2]["error"],
        format!(
            "line 3: {} bytes; the limit for one line is {limit} bytes",
            limit + 45
        )
    );
    assert!(
        answers[3]["error"]
            .as_str()
            .unwrap()
            .starts_with("line 4: not JSON: recursion limit exceeded"),
        "{}",
        answers[3]
    );
    assert_eq!(
        answers[4]["error"],
        "line 5: attributes: more than 10000 attributes, Civic's limit for one element"
    );
    assert!(answers[5]["html"].as_str().unwrap().contains("last"));
}

/// What the hardening issue (#8) found, through the command as a council's stack calls it.
#[test]
fn faults_found_in_hardening_stay_fixed() {
    let (stdout, _, ok) = civic(
        &["render", "textarea"],
        r#"{"name": "t", "value": "</textarea><script>alert(1)</script> Tom &amp; Jerry"}"#,
    );
    assert!(ok);
    assert!(
        stdout.contains(
            "&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp;amp; Jerry</textarea>"
        ),
        "{stdout}"
    );
    // Attributes keep their order; of two names that differ in case, the first wins.
    let (stdout, _, ok) = civic(
        &["render", "tag"],
        r#"{"text": "t", "attributes": {"id": "first", "ID": "second", "data-z": "1", "data-a": "2"}}"#,
    );
    assert!(ok);
    assert!(
        stdout.contains(r#"id="first" data-z="1" data-a="2""#) && !stdout.contains("second"),
        "{stdout}"
    );
    // Numbers print as JavaScript prints them.
    let (stdout, _, ok) = civic(
        &["render", "--jsonl"],
        "{\"component\": \"tag\", \"options\": {\"text\": 18446744073709551616}}\n{\"component\": \"tag\", \"options\": {\"text\": 1e21}}\n",
    );
    assert!(ok);
    assert!(
        stdout.contains("18446744073709552000") && stdout.contains("1e+21"),
        "{stdout}"
    );
    // A theme file with a byte-order mark is read; a font stack with an open quote is not.
    let dir = std::env::temp_dir().join(format!("civic-bom-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let theme = dir.join("bom.json");
    std::fs::write(&theme, "\u{feff}{\"name\": \"bom\"}").unwrap();
    let (_, stderr, ok) = civic(&["css", "--theme-file", theme.to_str().unwrap()], "");
    assert!(ok, "{stderr}");
    std::fs::write(&theme, r#"{"name": "q", "fontFamily": "arial, \""}"#).unwrap();
    let (stdout, stderr, ok) = civic(&["css", "--theme-file", theme.to_str().unwrap()], "");
    assert!(!ok && stdout.is_empty());
    assert!(stderr.contains("fontFamily: font 2"), "{stderr}");
    // Bad UTF-8 in a file is refused everywhere, and said where.
    std::fs::write(&theme, b"{\"text\": \"\xFF\"}").unwrap();
    let (_, stderr, ok) = civic(&["render", "hint", theme.to_str().unwrap()], "");
    assert!(!ok);
    assert!(
        stderr.contains("is not UTF-8 (an invalid byte at offset 10)"),
        "{stderr}"
    );
}

#[test]
fn locale_chooses_welsh_defaults_and_a_line_may_choose_its_own() {
    let (out, _, ok) = civic(
        &["render", "back-link", "--locale", "cy"],
        r#"{"href": "/"}"#,
    );
    assert!(ok && out.contains(">Yn ôl<"), "{out}");
    let (out, _, ok) = civic(&["render", "back-link"], r#"{"href": "/"}"#);
    assert!(ok && out.contains(">Back<"), "{out}");
    let input = concat!(
        r#"{"component": "back-link", "options": {"href": "/"}}"#,
        "\n",
        r#"{"component": "back-link", "locale": "en", "options": {"href": "/"}}"#,
        "\n",
        r#"{"component": "back-link", "locale": "xx", "options": {"href": "/"}}"#,
        "\n",
        r#"{"component": "back-link", "locale": 7}"#,
        "\n",
    );
    let (out, _, ok) = civic(&["render", "--jsonl", "--locale", "cy"], input);
    assert!(ok);
    let answers = answers(&out);
    assert!(answers[0]["html"].as_str().unwrap().contains("Yn ôl"));
    assert!(answers[1]["html"].as_str().unwrap().contains("Back"));
    assert_eq!(
        answers[2]["error"],
        "line 3: locale: no locale \"xx\"; Civic ships en, cy"
    );
    assert!(answers[3]["error"]
        .as_str()
        .unwrap()
        .starts_with("line 4: locale:"));
    let (_, err, ok) = civic(&["render", "back-link", "--locale", "fr"], "{}");
    assert!(!ok && err.contains("Civic ships en, cy"), "{err}");
}

#[test]
fn messages_lists_every_string_for_translators() {
    let (out, _, ok) = civic(&["messages"], "");
    assert!(ok);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        ["component", "key", "form", "en", "cy", "cy_source"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), civic::messages().len());
    let skip = rows.iter().find(|r| &r[0] == "skip-link").unwrap();
    assert_eq!(
        (&skip[3], &skip[4]),
        ("Skip to main content", "Neidio i’r prif gynnwys")
    );
    // A Welsh plural message has all six forms.
    let forms: Vec<&str> = rows
        .iter()
        .filter(|r| &r[1] == "charactersUnderLimit")
        .map(|r| r.get(2).unwrap())
        .collect();
    assert_eq!(forms, ["zero", "one", "two", "few", "many", "other"]);
    let (json, _, ok) = civic(&["messages", "--format", "json"], "");
    assert!(ok && json.lines().count() == rows.len());
}

#[test]
fn a_council_locale_file_is_written_checked_and_drawn_with() {
    let dir = std::env::temp_dir().join(format!("civic-locale-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // A translator starts from Civic's English…
    let (english, _, ok) = civic(&["messages", "--format", "locale", "--locale", "en"], "");
    assert!(ok);
    let mut file: serde_json::Value = serde_json::from_str(&english).unwrap();
    assert_eq!(file["messages"]["back-link"]["text"], "Back");
    // …and forgets one string.
    file["tag"] = "en-GB".into();
    file["name"] = "English (Northshire)".into();
    file["messages"]["back-link"]["text"] = "Go back".into();
    file["messages"]["skip-link"]
        .as_object_mut()
        .unwrap()
        .remove("text");
    let path = dir.join("northshire.json");
    std::fs::write(&path, file.to_string()).unwrap();
    let shown = path.display().to_string();
    let (_, err, ok) = civic(&["messages", "--check", &shown], "");
    assert!(!ok);
    assert_eq!(
        err.trim(),
        format!(
            "civic: {shown}: the locale file has 1 problem:\n  messages.skip-link.text: missing"
        )
    );
    // (No input: civic stops before it reads any.)
    let (_, err, ok) = civic(&["render", "back-link", "--locale-file", &shown], "");
    assert!(
        !ok && err.contains("messages.skip-link.text: missing"),
        "{err}"
    );

    file["messages"]["skip-link"]["text"] = "Skip to the content".into();
    std::fs::write(&path, file.to_string()).unwrap();
    let (out, _, ok) = civic(&["messages", "--check", &shown], "");
    assert!(ok && out.contains("a complete locale for en-GB"), "{out}");
    let (out, _, ok) = civic(&["render", "back-link", "--locale-file", &shown], "{}");
    assert!(ok && out.contains(">Go back<"), "{out}");
    // A `--jsonl` line names it by its tag, or a shipped locale by its own.
    let input = [
        r#"{"component": "back-link"}"#,
        r#"{"component": "back-link", "locale": "cy"}"#,
        r#"{"component": "back-link", "locale": "en-gb"}"#,
        r#"{"component": "back-link", "locale": "gd"}"#,
    ]
    .join("\n");
    let (out, _, ok) = civic(&["render", "--jsonl", "--locale-file", &shown], &input);
    assert!(ok);
    let answers = answers(&out);
    assert!(answers[0]["html"].as_str().unwrap().contains("Go back"));
    assert!(answers[1]["html"].as_str().unwrap().contains("Yn ôl"));
    assert!(answers[2]["html"].as_str().unwrap().contains("Go back"));
    assert_eq!(
        answers[3]["error"],
        "line 4: locale: no locale \"gd\"; Civic ships en, cy, and --locale-file gave en-GB"
    );
    let (_, err, ok) = civic(
        &["render", "back-link", "--locale-file", "/no/such.json"],
        "",
    );
    assert!(!ok && err.contains("/no/such.json"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
