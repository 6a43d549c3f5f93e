//! The theme playground (`/theme/`): a council's design tokens, changed live on every example
//! of the site, refused while any text would be unreadable, and downloadable as the theme file
//! `civic css --theme-file` reads and the stylesheet it writes.

use crate::app::{set_title, settings, Frame};
use civic::prelude::*;

/// The theme a visitor makes, as the showcase's theme picker names it.
pub const CUSTOM_THEME: &str = "custom";

/// The tokens the playground edits: (label, JSON path in the theme file, starting value).
const TOKENS: &[(&str, &str, &str)] = &[
    ("Brand colour", "colours.brand", "#1d70b8"),
    ("Header background", "headerBackground", "#0b0c0c"),
    ("Link colour", "colours.link", "#1d70b8"),
    ("Focus colour", "colours.focus", "#ffdd00"),
    ("Text colour", "colours.text", "#0b0c0c"),
];

/// The theme file for these answers (its fields as `Theme::from_json` reads them).
fn theme_file(name: &str, organisation: &str, font: &str, tokens: &[(String, String)]) -> String {
    let mut colours = serde_json::Map::new();
    let mut file = serde_json::json!({
        "name": name,
        "basedOn": "civic",
        "organisation": organisation,
        "fontFamily": font,
    });
    for (path, value) in tokens {
        match path.strip_prefix("colours.") {
            Some(colour) => {
                colours.insert(colour.to_owned(), value.clone().into());
            }
            None => file[path.as_str()] = value.clone().into(),
        }
    }
    file["colours"] = colours.into();
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// A `data:` address of `text`, for a download link or a stylesheet.
pub fn data_url(media_type: &str, text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                encoded.push(byte as char)
            }
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    format!("data:{media_type};charset=utf-8,{encoded}")
}

/// `/theme/`.
#[component]
pub fn ThemePage() -> impl IntoView {
    set_title("Theme playground – Civic design system");
    let settings = settings();
    let name = RwSignal::new("my-council".to_owned());
    let organisation = RwSignal::new("My Council".to_owned());
    let font = RwSignal::new(civic_styles::FONT_FAMILY.to_owned());
    let tokens: Vec<(&'static str, &'static str, RwSignal<String>)> = TOKENS
        .iter()
        .map(|(label, path, value)| (*label, *path, RwSignal::new((*value).to_owned())))
        .collect();
    let values = tokens.clone();
    let file = Memo::new(move |_| {
        let tokens: Vec<(String, String)> = values
            .iter()
            .map(|(_, path, value)| ((*path).to_owned(), value.get()))
            .collect();
        theme_file(&name.get(), &organisation.get(), &font.get(), &tokens)
    });
    // The faults of the current file (empty once it is usable), and the stylesheet of the
    // last usable one.
    let problems = RwSignal::new(Vec::<String>::new());
    let css = RwSignal::new(String::new());
    let checked = RwSignal::new(false);
    // The starting tokens are checked but not applied: the site keeps the theme the visitor
    // chose until they change one.
    let starting = file.get_untracked();
    Effect::new(move |_| {
        let json = file.get();
        let changed = json != starting;
        #[cfg(target_arch = "wasm32")]
        leptos::task::spawn_local(async move {
            match check(&json).await {
                Ok(sheet) => {
                    problems.set(Vec::new());
                    if changed {
                        apply(&json, &sheet);
                        settings.theme.set(CUSTOM_THEME.to_owned());
                        // The stylesheet is re-pointed even when "custom" was already chosen.
                        settings.theme.notify();
                    }
                    css.set(sheet);
                }
                Err(faults) => problems.set(faults.lines().map(str::to_owned).collect()),
            }
            checked.set(true);
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (json, css, checked, settings, changed);
    });
    let fault_for = move |path: &'static str| {
        Signal::derive(move || {
            problems
                .get()
                .into_iter()
                .find(|problem| problem.starts_with(&format!("{path}:")))
                .map(|problem| problem[path.len() + 1..].trim().to_owned())
        })
    };
    let fields = tokens
        .into_iter()
        .map(|(label, path, value)| {
            let id = format!("theme-{}", path.replace('.', "-"));
            let hint = HintOptions::from(format!("{path}, as #rrggbb").as_str());
            view! {
                <div class="showcase-token">
                    <Input name=id.clone() id=id label=label value=value error=fault_for(path)
                        classes="govuk-input--width-7" hint=hint autocomplete="off" />
                    <span class="showcase-swatch" aria-hidden="true" style=move || format!("background: {}", value.get())></span>
                </div>
            }
        })
        .collect_view();
    let summary = move || {
        let errors: Vec<ErrorSummaryItem> = problems
            .get()
            .iter()
            .map(|problem| {
                let path = problem.split(':').next().unwrap_or_default();
                ErrorSummaryItem::new(
                    format!("#theme-{}", path.replace('.', "-")),
                    problem.clone(),
                )
            })
            .collect();
        (!errors.is_empty()).then(|| {
            view! {
                <ErrorSummary title="This theme is not applied" errors=errors>
                    <p class="govuk-body">"Every text colour needs a contrast of at least 4.5:1 with what it is read on (WCAG 2.2 AA)."</p>
                </ErrorSummary>
            }
        })
    };
    let download_file = move || data_url("application/json", &file.get());
    let download_css = move || data_url("text/css", &css.get());
    let file_name = move || format!("{}.json", name.get());
    let css_name = move || format!("{}.css", name.get());
    view! {
        <Frame root="../" current="theme">
            <h1 class="govuk-heading-xl">"Theme playground"</h1>
            <p class="govuk-body-l">"Change a council’s design tokens and see every example on this site follow."</p>
            <p class="govuk-body">
                "A theme changes tokens (colours, header, font, name), never components. Each change is checked as you type "
                "by the same code as " <code>"civic css --theme-file"</code> ": a colour that is not " <code>"#rrggbb"</code>
                ", or text that would fall below 4.5:1 contrast, is refused and the last readable theme stays."
            </p>
            {summary}
            <form class="showcase-theme-form" novalidate on:submit=|event: leptos::ev::SubmitEvent| event.prevent_default()>
                <Input name="theme-name" label="Theme name" value=name error=fault_for("name")
                    hint="Lowercase letters, digits and hyphens" autocomplete="off" classes="govuk-input--width-20" />
                <Input name="theme-organisation" label="Organisation" value=organisation autocomplete="organization" />
                <Input name="theme-font" label="Font stack" value=font error=fault_for("fontFamily") />
                {fields}
            </form>
            <p class="govuk-body" role="status" data-theme-state=move || if !checked.get() { "checking" } else if problems.get().is_empty() { "applied" } else { "refused" }>
                {move || if !checked.get() { "" } else if problems.get().is_empty() { "This theme is readable: change a token and it is applied to every example on the site." } else { "This theme is not applied." }}
            </p>
            <h2 class="govuk-heading-m">"Preview"</h2>
            <div class="showcase-example__render">
                {move || view! { <GenericHeader logo_text=organisation.get() url="#theme-preview" /> }}
                <p class="govuk-body govuk-!-margin-top-4">"Text with " <a class="govuk-link" href="#theme-preview">"a link"</a> "."</p>
                // Plain markup: the components' code stays out of the site's first load.
                <button type="button" class="govuk-button" data-module="govuk-button">"Save and continue"</button>
                " "
                <strong class="govuk-tag">"In progress"</strong>
            </div>
            <h2 class="govuk-heading-m">"Download"</h2>
            <p class="govuk-body">
                <a class="govuk-link" id="theme-download-file" href=download_file download=file_name>"Download the theme file"</a>
                " (for " <code>"civic css --theme-file"</code> ") and "
                <a class="govuk-link" id="theme-download-css" href=download_css download=css_name>"its stylesheet"</a> "."
            </p>
            <pre class="showcase-code" tabindex="0"><code id="theme-file-code">{move || file.get()}</code></pre>
        </Frame>
    }
}

/// The stylesheet of a theme file, from the playground module (loaded the first time), or
/// its faults, one per line.
#[cfg(target_arch = "wasm32")]
async fn check(json: &str) -> Result<String, String> {
    use leptos::wasm_bindgen::{JsCast, JsValue};
    let check = js_sys::Reflect::get(&window(), &"civicThemeCss".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or("the page has no civicThemeCss")?;
    let promise = check
        .call1(&JsValue::NULL, &json.into())
        .map_err(|e| format!("{e:?}"))?
        .dyn_into::<js_sys::Promise>()
        .map_err(|e| format!("{e:?}"))?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(css) => Ok(css.as_string().unwrap_or_default()),
        Err(fault) => Err(fault.as_string().unwrap_or_else(|| format!("{fault:?}"))),
    }
}

/// Keeps a usable theme for the rest of the visit: the pages and the examples' frames read it
/// from the session's storage when the "custom" theme is chosen.
#[cfg(target_arch = "wasm32")]
fn apply(json: &str, css: &str) {
    if let Ok(Some(storage)) = window().session_storage() {
        let _ = storage.set_item("civic-theme-css", css);
        let _ = storage.set_item("civic-theme-file", json);
    }
}
