//! Civic's Leptos components drawn from govuk-frontend's fixture options: the Leptos sides of
//! the behaviour parity test. Each behaving component is drawn by its Leptos component
//! (`<Accordion options=…/>`, …), so its behaviour starts the way it does in a Leptos app
//! (the component's own effect), not through the enhancer's `initAll`.
//!
//! - feature `csr`: `mount(component, options)` draws the component client-side;
//! - feature `ssr`: the `civic-leptos-host` binary renders components on the server;
//! - feature `hydrate`: `hydrate(component, options)` hydrates that server-rendered markup;
//! - feature `csr`, too: `mount_flow(definition, base, lang, today)` runs a flow definition
//!   with civic-patterns' `<Flow>` runtime, for the service walks (`tests/flows`).

use civic::prelude::*;
use serde::de::DeserializeOwned;

fn parse<T: DeserializeOwned>(options: serde_json::Value) -> Result<T, String> {
    serde_json::from_value(options).map_err(|e| format!("options: {e}"))
}

fn text(value: &Option<Text>) -> Text {
    value.clone().unwrap_or_else(|| Text::from(""))
}

/// The component's view from its options, through its Leptos component.
pub fn view_of(component: &str, options: serde_json::Value) -> Result<AnyView, String> {
    Ok(match component {
        "accordion" => {
            let options: AccordionOptions = parse(options)?;
            view! { <Accordion id=text(&options.id) options=options /> }.into_any()
        }
        "button" => {
            let options: ButtonOptions = parse(options)?;
            view! { <Button options=options /> }.into_any()
        }
        "character-count" => {
            let options: CharacterCountOptions = parse(options)?;
            view! { <CharacterCount name=text(&options.name) options=options /> }.into_any()
        }
        "checkboxes" => {
            let options: CheckboxesOptions = parse(options)?;
            view! { <Checkboxes name=text(&options.name) options=options /> }.into_any()
        }
        "error-summary" => {
            let options: ErrorSummaryOptions = parse(options)?;
            view! { <ErrorSummary title=text(&options.title_text) options=options /> }.into_any()
        }
        "exit-this-page" => {
            let options: ExitThisPageOptions = parse(options)?;
            view! { <ExitThisPage options=options /> }.into_any()
        }
        "file-upload" => {
            let options: FileUploadOptions = parse(options)?;
            view! { <FileUpload name=text(&options.name) options=options /> }.into_any()
        }
        "notification-banner" => {
            let options: NotificationBannerOptions = parse(options)?;
            view! { <NotificationBanner options=options /> }.into_any()
        }
        "password-input" => {
            let options: PasswordInputOptions = parse(options)?;
            view! { <PasswordInput name=text(&options.name) options=options /> }.into_any()
        }
        "radios" => {
            let options: RadiosOptions = parse(options)?;
            view! { <Radios name=text(&options.name) options=options /> }.into_any()
        }
        "service-navigation" => {
            let options: ServiceNavigationOptions = parse(options)?;
            view! { <ServiceNavigation options=options /> }.into_any()
        }
        "skip-link" => {
            let options: SkipLinkOptions = parse(options)?;
            view! { <SkipLink text=text(&options.text) options=options /> }.into_any()
        }
        "tabs" => {
            let options: TabsOptions = parse(options)?;
            view! { <Tabs options=options /> }.into_any()
        }
        other => return Err(format!("no Leptos component is drawn for `{other}`")),
    })
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::view_of;
    use leptos::prelude::*;
    use wasm_bindgen::prelude::*;

    /// `<main id="main">` and the fixture's options, or why not.
    fn main_and(options: &str) -> Result<(web_sys::HtmlElement, serde_json::Value), JsValue> {
        let main = document()
            .get_element_by_id("main")
            .ok_or("the page has no <main id=\"main\">")?
            .unchecked_into();
        let options = serde_json::from_str(options).map_err(|e| format!("options: {e}"))?;
        Ok((main, options))
    }

    /// The view, or nothing and the reason on the console (which the test compares).
    fn drawn(component: &str, options: serde_json::Value) -> AnyView {
        view_of(component, options).unwrap_or_else(|error| {
            web_sys::console::error_1(&format!("civic-leptos-host: {error}").into());
            ().into_any()
        })
    }

    /// Draws `component` (govuk-frontend's name, such as `character-count`) with the
    /// fixture's `options` (JSON) at the end of `<main id="main">`.
    #[cfg(feature = "csr")]
    #[wasm_bindgen]
    pub fn mount(component: &str, options: &str) -> Result<(), JsValue> {
        let (main, options) = main_and(options)?;
        let component = component.to_owned();
        leptos::mount::mount_to(main, move || drawn(&component, options)).forget();
        Ok(())
    }

    /// Runs the flow `definition` (JSON) under `base` in `<main id="main">`, in `lang` (`en`,
    /// `cy`), with `today` (`YYYY-MM-DD`) as the day dates count from. What is sent is kept
    /// as JSON in `window.__submitted` for the test to read.
    #[cfg(feature = "csr")]
    #[wasm_bindgen]
    pub fn mount_flow(
        definition: &str,
        base: &str,
        lang: &str,
        today: &str,
    ) -> Result<(), JsValue> {
        use civic_patterns::flow::Flow as Definition;
        use civic_patterns::questions::date::Date;
        use civic_patterns::runtime::{Flow, Submission};
        use leptos_router::components::{Route, Router, Routes};
        use leptos_router::path;
        let (main, _) = main_and("null")?;
        let definition = Definition::from_json(definition).map_err(|problems| {
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        })?;
        let locale = civic::Locale::from_tag(lang).ok_or("no such language")?;
        let today = Date::parse_iso(today).ok_or("today: write YYYY-MM-DD")?;
        let base = base.to_owned();
        let sent = Callback::new(|sent: Submission| {
            let rows: Vec<serde_json::Value> = sent
                .rows
                .iter()
                .map(|r| serde_json::json!({"question": r.question, "shown": r.shown}))
                .collect();
            let json = serde_json::json!({"reference": sent.reference, "rows": rows}).to_string();
            let _ = js_sys_set("__submitted", &json);
        });
        leptos::mount::mount_to(main, move || {
            let definition = definition.clone();
            let base = base.clone();
            view! {
                <Router>
                    <Routes fallback=|| ()>
                        <Route
                            path=path!("/*any")
                            view=move || view! {
                                <Flow definition=definition.clone() base=base.clone() locale=locale today=today on_submit=sent />
                            }
                        />
                    </Routes>
                </Router>
            }
        })
        .forget();
        Ok(())
    }

    /// Draws the step by step `nav` (JSON, civic-patterns' `StepByStep`) in `<main id="main">`
    /// with its Leptos component, whose behaviour starts itself.
    #[cfg(feature = "csr")]
    #[wasm_bindgen]
    pub fn mount_step_by_step(nav: &str) -> Result<(), JsValue> {
        use civic_patterns::step_by_step::{StepByStep, StepByStepNav};
        let (main, _) = main_and("null")?;
        let nav: StepByStep = serde_json::from_str(nav).map_err(|e| format!("nav: {e}"))?;
        leptos::mount::mount_to(main, move || view! { <StepByStepNav nav=nav.clone() /> }).forget();
        Ok(())
    }

    /// Starts the behaviours of what is in the page, as a Leptos app's components do (the
    /// patterns' behaviours included).
    #[cfg(feature = "csr")]
    #[wasm_bindgen]
    pub fn start_behaviours() -> usize {
        civic::init_all(None)
    }

    /// Sets `window[name]` to `value`.
    #[cfg(feature = "csr")]
    fn js_sys_set(name: &str, value: &str) -> Result<bool, JsValue> {
        let window: JsValue = web_sys::window().ok_or("no window")?.into();
        js_sys::Reflect::set(&window, &name.into(), &value.into())
    }

    /// Hydrates the server-rendered `component` in `<main id="main">`.
    #[cfg(feature = "hydrate")]
    #[wasm_bindgen]
    pub fn hydrate(component: &str, options: &str) -> Result<(), JsValue> {
        let (main, options) = main_and(options)?;
        let component = component.to_owned();
        leptos::mount::hydrate_from(main, move || drawn(&component, options)).forget();
        Ok(())
    }
}
