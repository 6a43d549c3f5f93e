//! Writes Civic's showcase as a static site: every page pre-rendered by Civic's server
//! rendering, with its examples' HTML beside it (`markup.<lang>.json`). The wasm, its script
//! and the stylesheets are put in the same folder by `cargo xtask showcase`.
//!
//! Usage: `civic-showcase DIR`.

use civic_showcase::ssr::pages;
use std::path::Path;
use std::process::ExitCode;

/// The start of every document the site has, to the end of `<head>`: the theme's stylesheet
/// (`<link id="civic-theme">`, which the theme picker repoints) and `head` added.
fn head(lang: &str, title: &str, root: &str, head: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}" class="govuk-template" data-theme="civic">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" id="civic-theme" href="{root}civic-civic.css">
{head}
</head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
"#,
        title = civic::escape_html(title),
    )
}

/// A page around its pre-rendered body; `root` leads back to the site's root folder.
fn document(title: &str, root: &str, body: &str) -> String {
    let extra = format!(
        r#"<meta name="civic-root" content="{root}">
<link rel="stylesheet" href="{root}showcase.css">
<link rel="modulepreload" href="{root}showcase.js">
<link rel="preload" href="{root}showcase_bg.wasm" as="fetch" type="application/wasm" crossorigin>
<script>
// Each example's frame reports its height; the frame is set to it.
addEventListener("message", function (event) {{
  var height = event.data && event.data.civicFrameHeight;
  if (typeof height !== "number") return;
  document.querySelectorAll("iframe.showcase-frame").forEach(function (frame) {{
    if (frame.contentWindow === event.source) frame.style.height = height + "px";
  }});
}});
</script>"#
    );
    format!(
        r#"{}<div id="app">{body}</div>
<script type="module">
// Civic's own examples are modules of their own (one for components', one for patterns'),
// loaded when a page first asks to draw them (from the site's root as found now: the router
// may have moved the address on by then).
const site = new URL("{root}", location.href).href;
const modules = {{}};
window.civicDrawExamples = (section, name, lang) => {{
  const file = section === "patterns" ? "patterns" : "examples";
  modules[file] ??= import(site + file + ".js").then(async (module) => {{
    await module.default({{ module_or_path: site + file + "_bg.wasm" }});
    return module;
  }});
  return modules[file].then((module) => module.draw(name, lang));
}};
// axe-core, loaded into a document when the Accessibility section's button asks: it checks
// each example where it is drawn (Civic's on the page, the rest in their frames: govuk-frontend's
// as the fragment they are, a whole page or service as a page) and returns what it found.
const axeIn = (doc) => doc.defaultView.axe ? Promise.resolve(doc.defaultView.axe) : new Promise((resolve, reject) => {{
  const script = doc.createElement("script");
  script.src = site + "axe.min.js";
  script.onload = () => resolve(doc.defaultView.axe);
  script.onerror = () => reject(new Error("axe-core did not load"));
  doc.head.append(script);
}});
const ready = (frame) => new Promise((resolve, reject) => {{
  frame.loading = "eager";
  const given = Date.now() + 20000;
  const wait = () => frame.contentWindow?.civicReady === true ? resolve()
    : Date.now() > given ? reject(new Error(`“${{frame.title}}” did not finish loading`))
    : setTimeout(wait, 50);
  wait();
}});
const runAxe = async (tags) => {{
  const options = {{ runOnly: {{ type: "tag", values: tags }}, resultTypes: ["violations"] }};
  const found = [];
  let checked = 0, version = "";
  for (const section of document.querySelectorAll(".showcase-example")) {{
    const example = section.querySelector("h3")?.textContent ?? "";
    const inline = section.querySelector(".showcase-example__render");
    const frame = section.querySelector("iframe");
    let axe, context;
    if (inline) {{
      axe = await axeIn(document);
      context = inline;
    }} else if (frame) {{
      await ready(frame);
      axe = await axeIn(frame.contentDocument);
      context = frame.contentDocument.querySelector(".showcase-frame__body") ?? frame.contentDocument;
    }} else continue;
    const result = await axe.run(context, options);
    version = axe.version;
    checked += 1;
    for (const v of result.violations) for (const node of v.nodes) {{
      found.push({{ example, rule: v.id, impact: v.impact ?? "", help: v.help, target: node.target.join(" ") }});
    }}
  }}
  return {{ checked, version, violations: found }};
}};
// The Accessibility section's button (drawn by the site, which the router may redraw): the
// rules are govuk-frontend's own tests' tags, less AAA.
document.addEventListener("click", async (event) => {{
  const button = event.target.closest?.("[data-axe-run]");
  if (!button) return;
  const status = document.querySelector(".showcase-axe-result");
  const component = button.dataset.axeRun;
  button.disabled = true;
  status.replaceChildren();
  const say = (tag, text) => {{ const el = document.createElement(tag); el.className = tag === "ul" ? "govuk-list govuk-list--bullet" : "govuk-body"; if (text) el.textContent = text; status.append(el); return el; }};
  try {{
    const {{ checked, version, violations }} = await runAxe(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]);
    // The accessibility sweep's known failures: each one govuk-frontend's own example fails
    // the same way, with the reason it stays.
    const known = violations.length === 0 ? [] : await fetch(site + "axe-known.json").then((r) => r.json());
    for (const v of violations) v.known = known.find((k) => k.component === component && k.fixture === v.example && k.rule === v.rule)?.why;
    const fresh = violations.filter((v) => !v.known).length;
    const count = violations.length === 0 ? "no violations"
      : (violations.length === 1 ? "1 violation" : violations.length + " violations")
        + (fresh === 0 ? ", each one known and shared with govuk-frontend’s own example" : `, ${{fresh}} not known before`);
    say("p", `axe-core ${{version}} checked ${{checked}} ${{checked === 1 ? "example" : "examples"}} against WCAG 2.2 A and AA and best practice: ${{count}}.`);
    if (violations.length > 0) {{
      const list = say("ul");
      for (const v of violations) {{
        const item = document.createElement("li");
        item.textContent = `${{v.example}}: ${{v.rule}} (${{v.impact}}) at ${{v.target}}: ${{v.help}}` + (v.known ? ` (known: ${{v.known}})` : "");
        list.append(item);
      }}
    }}
  }} catch (error) {{
    say("p", `axe-core could not run: ${{error.message ?? error}}`);
  }}
  button.disabled = false;
}});
// The theme playground's module, loaded by the theme page the first time it checks a theme.
let playground;
window.civicThemeCss = (json) => {{
  playground ??= import(site + "playground.js").then(async (module) => {{
    await module.default({{ module_or_path: site + "playground_bg.wasm" }});
    return module;
  }});
  return playground.then((module) => module.themeCss(json));
}};
import init, {{ hydrate }} from "{root}showcase.js";
await init({{ module_or_path: "{root}showcase_bg.wasm" }});
hydrate();
window.civicReady = true;
</script>
</body>
</html>
"#,
        head("en", title, root, &extra)
    )
}

/// The end of every framed document's script, and of the document: its height reported to
/// the page (which sets the frame to it) whenever it changes, and the document marked ready.
const FRAME_END: &str = r#"const report = () => parent.postMessage({ civicFrameHeight: document.documentElement.scrollHeight }, "*");
new ResizeObserver(report).observe(document.body);
report();
window.civicReady = true;
</script>
</body>
</html>
"#;

/// The document in a govuk-frontend example's frame: the example as the server drew it, the
/// theme's stylesheet (`?theme=` in the frame's address picks it), Civic's enhancer when the
/// example has a behaviour to start, and its height reported to the page so that the frame
/// fits it.
fn frame(title: &str, lang: &str, html: &str) -> String {
    let root = "../../../";
    let pick_theme = theme_script(root, "");
    // Only an example with a behaviour (govuk-frontend marks them `data-module`) loads the
    // enhancer: each wasm instance reserves gigabytes of address space, and a browser refuses
    // new ones once a page's frames hold about a hundred (CI's Chromium ran out on the crawl).
    let enhance = if html.contains("data-module=") {
        format!("import init, {{ initAll }} from \"{root}civic.js\";\nawait init();\ninitAll();\n")
    } else {
        String::new()
    };
    format!(
        r#"{}<div class="showcase-frame__body" style="padding: 15px">{html}</div>
<script type="module">
{enhance}{FRAME_END}"#,
        head(lang, title, root, &pick_theme)
    )
}

/// Which of Civic's examples a document of its own draws.
struct OwnDocument<'a> {
    section: &'a str,
    name: &'a str,
    key: &'a str,
    lang: &'a str,
}

/// The document of one of Civic's examples that is a whole page (`live/1.en.html`): the
/// server's rendering, which the examples module takes over as it does on the page, in the
/// theme its address names, reporting its height to the page.
fn own_document(title: &str, example: &OwnDocument, html: &str) -> String {
    let root = "../../../";
    let OwnDocument {
        section,
        name,
        key,
        lang,
    } = example;
    let module = if *section == "patterns" {
        "patterns"
    } else {
        "examples"
    };
    format!(
        r#"{}<div data-live="{key}" data-drawn-in="{lang}" lang="{lang}">{html}</div>
<script type="module">
import init, {{ draw }} from "{root}{module}.js";
await init({{ module_or_path: "{root}{module}_bg.wasm" }});
draw("{name}", "{lang}");
{FRAME_END}"#,
        head(lang, title, root, &theme_script(root, ""))
    )
}

/// The script that points a frame's stylesheet at the theme its address names (`?theme=`),
/// with `before` run first (a service keeps the theme for its later pages, whose addresses
/// carry no query). `root` leads back to the site's root.
fn theme_script(root: &str, before: &str) -> String {
    let root = format!("{root:?}");
    format!(
        r#"<script>
var theme = /[?&]theme=([a-z0-9-]+)/.exec(location.search);
{before}
// "custom" is the theme playground's, kept in the session's storage by the page.
var custom = theme && theme[1] === "custom" && sessionStorage.getItem("civic-theme-css");
if (custom) document.getElementById("civic-theme").href = "data:text/css;charset=utf-8," + encodeURIComponent(custom);
else if (theme) document.getElementById("civic-theme").href = {root} + "civic-" + theme[1] + ".css";
</script>"#
    )
}

/// The document a shipped service runs in (`services/<name>/`, and the same at each of its
/// pages' addresses, `services/<name>/<page>.html`, which static hosts serve for the flow's
/// own addresses (`services/<name>/<page>`), so that any of them opens directly or reloads). Its pattern's example
/// draws it, with its own router, from the patterns' module; `?lang=` and `?theme=` in the
/// first address pick the language and theme, kept for the pages after it.
fn service_document(name: &str, title: &str) -> String {
    // Every copy is a file in `services/<name>/`.
    let root = "../../";
    let remember = r#"if (theme) sessionStorage.setItem("civic-service-theme", theme[1]);
else if (sessionStorage.getItem("civic-service-theme")) theme = [null, sessionStorage.getItem("civic-service-theme")];"#;
    let escaped = civic::escape_html(title);
    format!(
        r#"{}<div class="govuk-width-container">
<main class="govuk-main-wrapper" id="main-content">
<div id="service">
<h1 class="govuk-heading-l">{escaped}</h1>
<noscript><p class="govuk-body">This copy of the service runs in the browser, with JavaScript. Without JavaScript it runs on a server: <code>civic prototype patterns/services/{name}.json</code>.</p></noscript>
</div>
</main>
</div>
<script type="module">
import init, {{ runService }} from "{root}patterns.js";
const asked = new URLSearchParams(location.search).get("lang");
if (asked) sessionStorage.setItem("civic-service-lang", asked);
// `runService` reads the tag with `Locale::from_tag` (the one list of languages) and sets
// the document's `lang` to the language it draws.
const kept = asked ?? sessionStorage.getItem("civic-service-lang") ?? "";
await init({{ module_or_path: "{root}patterns_bg.wasm" }});
runService("{name}", kept);
{FRAME_END}"#,
        head(
            "en",
            title,
            root,
            &format!(
                "<meta name=\"civic-root\" content=\"{root}\">\n{}",
                theme_script(root, remember)
            )
        )
    )
}

/// Every shipped service's documents: one at its start and one at each page's address.
fn write_services(dir: &Path) -> Result<(), String> {
    for name in civic_patterns::services::NAMES {
        let flow = civic_patterns::services::by_name(name)
            .ok_or_else(|| format!("no shipped service called {name}"))?;
        let title = flow.title.get(civic::Locale::default()).to_owned();
        let folder = dir.join("services").join(name);
        let document = service_document(name, &title);
        write(&folder.join("index.html"), &document)?;
        for page in &flow.pages {
            let slug = page.id.trim_matches('/');
            write(&folder.join(format!("{slug}.html")), &document)?;
        }
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(dir: &Path) -> Result<usize, String> {
    let pages = pages();
    for page in &pages {
        let root = match page.path.matches('/').count() {
            0 => "./".to_owned(),
            depth => "../".repeat(depth),
        };
        let folder = dir.join(&page.path);
        write(
            &folder.join("index.html"),
            &document(&page.title, &root, &page.body()),
        )?;
        for (locale, markup) in &page.markup {
            let map: serde_json::Map<String, serde_json::Value> = markup
                .iter()
                .map(|(key, drawn)| {
                    let mut entry = serde_json::json!({ "html": drawn.html });
                    for (kind, code) in [("rust", &drawn.rust), ("json", &drawn.json)] {
                        if let Some(code) = code {
                            entry[kind] = code.clone().into();
                        }
                    }
                    (key.clone(), entry)
                })
                .collect();
            let json = serde_json::Value::Object(map).to_string();
            write(&folder.join(format!("markup.{}.json", locale.tag())), &json)?;
            for frame_page in page.frames(*locale) {
                write(
                    &folder.join(&frame_page.path),
                    &frame(&frame_page.title, locale.tag(), &frame_page.html),
                )?;
            }
            for (own, key) in page.own_documents(*locale) {
                let drawn = OwnDocument {
                    section: page.section(),
                    name: page.name(),
                    key: &key,
                    lang: locale.tag(),
                };
                write(
                    &folder.join(&own.path),
                    &own_document(&own.title, &drawn, &own.html),
                )?;
            }
        }
    }
    write_services(dir)?;
    Ok(pages.len())
}

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: civic-showcase DIR");
        return ExitCode::from(2);
    };
    match run(Path::new(&dir)) {
        Ok(count) => {
            println!("civic-showcase: wrote {count} pages to {dir}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("civic-showcase: {error}");
            ExitCode::FAILURE
        }
    }
}
