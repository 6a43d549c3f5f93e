//! The showcase page: a list of components, then each component's examples, drawn with Civic's
//! stylesheet in the theme the visitor picks, and in English or Welsh.

use civic::escape_html;
use civic::prelude::*;
use civic_styles::{sheet, Theme};

/// The showcase's examples: component name → `[{ name, options }]`.
fn examples() -> serde_json::Map<String, serde_json::Value> {
    serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/examples.json")))
        .unwrap_or_default()
}

fn slug(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// One example: its title and the component rendered from its options.
#[component]
fn Example(component: &'static str, name: String, options: serde_json::Value) -> impl IntoView {
    let rendered = match civic::render_view(component, &options) {
        Ok(view) => view,
        Err(error) => view! { <p class="showcase-error">{error.to_string()}</p> }.into_any(),
    };
    let id = format!("{component}-{}", slug(&name));
    view! {
        <section class="showcase-example" id=id data-component=component data-example=name.clone()>
            <h3 class="showcase-example__title">{format!("{component}: {name}")}</h3>
            <div class="showcase-example__render">{rendered}</div>
        </section>
    }
}

/// The value of `name` in the address's query (`?theme=anytown&lang=cy`).
fn query(name: &str) -> Option<String> {
    let search = window().location().search().unwrap_or_default();
    let prefix = format!("{name}=");
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(&prefix).map(str::to_owned))
}

/// The locale named in the address (`?lang=cy`), or English.
fn initial_locale() -> String {
    query("lang")
        .as_deref()
        .and_then(Locale::from_tag)
        .unwrap_or_default()
        .tag()
        .to_owned()
}

/// The theme named in the address (`?theme=anytown`), or Civic's own.
fn initial_theme() -> String {
    query("theme")
        .as_deref()
        .and_then(Theme::named)
        .unwrap_or_else(Theme::civic)
        .name
        .to_string()
}

/// Keeps the chosen theme's stylesheet in the document's head: stylist's `GlobalStyle` is
/// injected, and the previous theme's is removed when the choice changes.
fn use_theme_stylesheet(theme: RwSignal<String>) {
    let current = StoredValue::new_local(None::<stylist::GlobalStyle>);
    Effect::new(move |_| {
        let chosen = Theme::named(&theme.get()).unwrap_or_else(Theme::civic);
        if let Some(previous) = current.try_update_value(|style| style.take()).flatten() {
            previous.unregister();
        }
        match sheet::global_style(&chosen) {
            Ok(style) => current.set_value(Some(style)),
            Err(error) => leptos::logging::error!("the {} stylesheet: {error}", chosen.name),
        }
        let _ = document()
            .document_element()
            .map(|html| html.set_attribute("data-theme", &chosen.name));
    });
}

/// The whole showcase.
#[component]
pub fn App() -> impl IntoView {
    let examples = examples();
    let nav = civic::COMPONENTS
        .iter()
        .map(|component| {
            let href = format!("#{component}");
            view! { <li><a class="govuk-link" href=href>{*component}</a></li> }
        })
        .collect_view();
    // Every example is drawn again in the chosen locale: its default strings, and `lang` on
    // the examples so that screen readers (and behaviours) follow, while the showcase's own
    // words stay English.
    let locale = RwSignal::new(initial_locale());
    let sections = move || {
        let chosen = Locale::from_tag(&locale.get()).unwrap_or_default();
        // This closure redraws under an owner of its own, which holds the locale for the
        // examples drawn below.
        provide_locale(chosen);
        let sections = civic::COMPONENTS
        .iter()
        .map(|component| {
            let list = examples.get(*component).and_then(|v| v.as_array()).cloned().unwrap_or_default();
            let count = list.len();
            let items = list
                .into_iter()
                .map(|example| {
                    let name = example["name"].as_str().unwrap_or("example").to_owned();
                    view! { <Example component=component name=name options=example["options"].clone() /> }
                })
                .collect_view();
            view! {
                <section class="showcase-component" id=*component data-component-section=*component>
                    <h2 class="govuk-heading-l">{*component}</h2>
                    <p class="govuk-body showcase-count">{format!("{count} examples")}</p>
                    {items}
                </section>
            }
        })
        .collect_view();
        view! {
            <div class="showcase-examples" lang=chosen.tag()>
                {sections}
            </div>
        }
    };
    let theme = RwSignal::new(initial_theme());
    use_theme_stylesheet(theme);
    let header = move || {
        let chosen = Theme::named(&theme.get()).unwrap_or_else(Theme::civic);
        let logo = match &chosen.logo_svg {
            Some(svg) => TrustedHtml::new(format!(
                "{svg} <span class=\"showcase-organisation\">{}</span>",
                escape_html(&chosen.organisation)
            )),
            None => TrustedHtml::new(escape_html(&chosen.organisation)),
        };
        view! { <GenericHeader logo_html=logo url="#main-content" /> }
    };
    let languages = Locale::ALL
        .iter()
        // Each language's name is in that language, and marked so.
        .map(|l| SelectItem {
            attributes: Attributes::new().with("lang", l.tag()),
            ..SelectItem::new(l.tag().to_string(), l.name().to_string())
        })
        .collect::<Vec<_>>();
    let themes = Theme::all()
        .into_iter()
        .map(|t| SelectItem::new(t.name.to_string(), t.organisation.to_string()))
        .collect::<Vec<_>>();
    view! {
        {header}
        <div class="govuk-width-container showcase-intro">
            <p class="govuk-body-l">"Components for UK councils and local public services"</p>
            <Select name="theme" label="Theme" items=themes value=theme
                hint="A theme changes design tokens (colours, header, logo), never components." />
            <Select name="lang" label="Language" items=languages value=locale
                hint="Draws every example with Civic's default strings in that language." />
        </div>
        <div class="showcase-layout">
            <nav class="showcase-nav" aria-label="Components">
                <ul class="govuk-list">{nav}</ul>
            </nav>
            <main class="showcase-main" id="main-content">
                <h1 class="govuk-heading-xl">"Components"</h1>
                {sections}
            </main>
        </div>
    }
}
