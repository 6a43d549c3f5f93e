//! The showcase page: a list of components, then each component's examples.

use leptos::prelude::*;

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

/// The whole showcase.
#[component]
pub fn App() -> impl IntoView {
    let examples = examples();
    let nav = civic::COMPONENTS
        .iter()
        .map(|component| {
            let href = format!("#{component}");
            view! { <li><a href=href>{*component}</a></li> }
        })
        .collect_view();
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
                    <h2>{*component}</h2>
                    <p class="showcase-count">{format!("{count} examples")}</p>
                    {items}
                </section>
            }
        })
        .collect_view();
    view! {
        <header class="showcase-header">
            <p class="showcase-brand">"Civic"</p>
            <p>"Components for UK councils and local public services"</p>
        </header>
        <div class="showcase-layout">
            <nav class="showcase-nav" aria-label="Components">
                <ul>{nav}</ul>
            </nav>
            <main class="showcase-main" id="main-content">
                <h1>"Components"</h1>
                {sections}
            </main>
        </div>
    }
}
