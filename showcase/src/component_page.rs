//! A component's page: what it is for, Civic's examples with their Rust and HTML, the
//! options tables, how it works with a keyboard and a screen reader, and govuk-frontend's
//! examples with their JSON options and HTML.

use crate::app::{set_title, settings, Frame};
#[cfg(feature = "ssr")]
use crate::data::OptionsStruct;
use crate::data::{self, ComponentPage};
use civic::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/components/<name>/`.
#[component]
pub fn ComponentRoute() -> impl IntoView {
    doc_route(data::component, "component")
}

/// `/patterns/<name>/`.
#[component]
pub fn PatternRoute() -> impl IntoView {
    doc_route(data::pattern, "pattern")
}

/// The page `find` finds for the address's name, or a page saying there is none.
fn doc_route(
    find: fn(&str) -> Option<&'static ComponentPage>,
    kind: &'static str,
) -> impl IntoView {
    let params = use_params_map();
    move || {
        let name = params.read().get("name").unwrap_or_default();
        match find(&name) {
            Some(page) => view! { <ComponentDoc page /> }.into_any(),
            None => view! {
                <Frame root="../../">
                    <h1 class="govuk-heading-xl">"Page not found"</h1>
                    <p class="govuk-body">{format!("Civic has no {kind} called “{name}”.")}</p>
                </Frame>
            }
            .into_any(),
        }
    }
}

/// One example's code, keyed so that the pre-renderer, the page and its `markup.<lang>.json`
/// agree: `<component>-civic-<n>` for Civic's examples, `<component>-govuk-<n>` for
/// govuk-frontend's.
pub fn example_key(page: &ComponentPage, civic: bool, index: usize) -> String {
    format!(
        "{}-{}-{}",
        page.name,
        if civic { "civic" } else { "govuk" },
        index + 1
    )
}

/// A govuk-frontend example's options, or why they do not parse.
#[cfg(feature = "ssr")]
pub fn fixture_options(page: &ComponentPage, index: usize) -> Result<serde_json::Value, String> {
    let fixture = &page.gallery[index];
    serde_json::from_str(fixture.options).map_err(|error| error.to_string())
}

/// What the server draws of one example: its HTML, and the text of its source tab (Civic's
/// examples' Rust, govuk-frontend's options as indented JSON), which the browser fetches
/// rather than carrying in its first load.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, Default)]
pub struct Drawn {
    /// The example's HTML, without Leptos's hydration markers.
    pub html: String,
    /// Its Rust tab: a Civic example's code as written, or the Rust that draws one of
    /// govuk-frontend's from its options.
    pub rust: Option<String>,
    /// Its JSON options tab: govuk-frontend's options; for Civic's examples, what
    /// [`example_json`] writes.
    pub json: Option<String>,
    /// Civic's examples only: the server's rendering as the examples module hydrates it
    /// (markers kept).
    pub live: Option<String>,
}

/// Every example on `page` drawn in `locale`, by key, as the server renders it.
#[cfg(feature = "ssr")]
pub fn markup(page: &'static ComponentPage, locale: Locale) -> Vec<(String, Drawn)> {
    let owner = Owner::new();
    owner.with(|| {
        provide_locale(locale);
        let civic = page.examples.iter().enumerate().map(|(index, example)| {
            let live = example
                .view
                .map(
                    |view| match page.service().filter(|_| example.owns_router) {
                        // A service's router reads its address: its start page.
                        Some(service) => Owner::current().unwrap_or_default().child().with(|| {
                            let start = crate::service_base(service);
                            provide_context(leptos_router::location::RequestUrl::new(&start));
                            view().to_html()
                        }),
                        None => view().to_html(),
                    },
                )
                .unwrap_or_default();
            let drawn = Drawn {
                html: without_markers(&live),
                rust: Some(example.source.to_owned()),
                json: example
                    .view
                    .map(|view| example_json(page, example, view, locale)),
                live: Some(live),
            };
            (example_key(page, true, index), drawn)
        });
        let govuk = (0..page.gallery.len()).map(|index| {
            let html = fixture_options(page, index)
                .and_then(|options| {
                    civic::render_view(page.name, &options)
                        .map(|view| without_markers(&view.to_html()))
                        .map_err(|error| error.to_string())
                })
                .unwrap_or_else(|error| {
                    format!(
                        "<p class=\"showcase-error\">{}</p>",
                        civic::escape_html(&error)
                    )
                });
            let json = crate::rust_tab::pretty_json(page.gallery[index].options);
            let rust = json
                .as_deref()
                .map(|json| crate::rust_tab::rust_from_options(page.options, json));
            let drawn = Drawn {
                html,
                rust,
                json,
                live: None,
            };
            (example_key(page, false, index), drawn)
        });
        let accessibility = Drawn {
            html: page
                .accessibility
                .split("\n\n")
                .map(|paragraph| {
                    format!("<p class=\"govuk-body\">{}</p>", inline_markup(paragraph))
                })
                .collect(),
            rust: None,
            json: None,
            live: None,
        };
        let options = Drawn {
            html: page
                .structs
                .iter()
                .map(|item| view! { <OptionsTable item /> }.to_html())
                .collect(),
            rust: None,
            json: None,
            live: None,
        };
        let tables = (page.is_component() && !page.options.is_empty())
            .then(|| (OPTIONS_KEY.to_owned(), options));
        civic
            .chain(govuk)
            .chain(tables)
            .chain([(ACCESSIBILITY_KEY.to_owned(), accessibility)])
            .collect()
    })
}

/// The JSON tab of one of Civic's examples: what draws the same markup without Rust.
///
/// - A service's example: its flow definition, which `civic prototype` runs.
/// - An example drawn by one component: its options as `civic render NAME` takes them (the
///   page in Welsh: with `--locale cy`).
/// - By several: a `civic render --jsonl` line for each, in the order they are drawn.
/// - By none (the layout helpers; a pattern's page components, which draw components from
///   their options): [`NO_JSON`].
/// - A component that no options draw (a whole `<Page>`), or that could not be recorded:
///   why, in place of JSON.
///
/// The components' options are recorded as the example draws them (`civic::record_options`):
/// their state as the page opens, children included as their markup. Markup the example
/// writes itself around them (a line showing a signal's value) is not in the JSON.
#[cfg(feature = "ssr")]
pub fn example_json(
    page: &ComponentPage,
    example: &crate::data::CivicExample,
    view: fn() -> AnyView,
    locale: Locale,
) -> String {
    if let Some(definition) = page
        .service()
        .filter(|_| example.owns_router)
        .and_then(civic_patterns::services::definition)
    {
        return definition.trim_end().to_owned();
    }
    let (_, recorded) = civic::record_options(|| {
        Owner::current()
            .unwrap_or_default()
            .child()
            .with(|| view().to_html())
    });
    if recorded.is_empty() {
        return NO_JSON.to_owned();
    }
    json_lines(&recorded, locale).unwrap_or_else(|why| why)
}

/// What a Civic example's JSON tab says when no component draws it.
#[cfg(feature = "ssr")]
pub const NO_JSON: &str = "No Civic component draws this example on its own: layout helpers or a pattern's page components draw it, so no civic render options do. A whole service's JSON is its flow definition, on the example services' pages.";

/// The recorded components as JSON: one component's options (pretty), or a `--jsonl` line
/// each (with its locale, so that `--locale` cannot change it); why not, when one of them
/// has none.
#[cfg(feature = "ssr")]
fn json_lines(recorded: &[civic::RecordedOptions], locale: Locale) -> Result<String, String> {
    let options: Vec<&serde_json::Value> = recorded
        .iter()
        .map(|one| one.options.as_ref())
        .collect::<Result<_, _>>()
        .map_err(String::clone)?;
    match recorded {
        [one] if one.locale == locale => {
            serde_json::to_string_pretty(options[0]).map_err(|error| error.to_string())
        }
        _ => Ok(recorded
            .iter()
            .zip(options)
            .map(|(one, options)| {
                serde_json::json!({
                    "component": one.component,
                    "options": options,
                    "locale": one.locale.tag(),
                })
                .to_string()
            })
            .collect::<Vec<_>>()
            .join("\n")),
    }
}

/// A shipped service running in its own document (`services/<name>/`), which its example's
/// router owns: framed on its pattern's page in the page's theme and language, with a link
/// to open it on its own.
fn service_frame(
    page: &'static ComponentPage,
    service: &'static str,
    settings: crate::app::Settings,
) -> impl IntoView {
    let address = move |query: bool| {
        // In the browser, from the site's root: the router may draw this page before the
        // address changes to it.
        #[cfg(target_arch = "wasm32")]
        let root = crate::site_root();
        #[cfg(not(target_arch = "wasm32"))]
        let root = "../../";
        let mut address = format!("{root}services/{service}/");
        // Both always: the service keeps them for its later pages, so a default left out
        // would leave the last one chosen in place.
        if query {
            let lang = settings.locale().tag();
            address.push_str(&format!("?lang={lang}&theme={}", settings.theme.get()));
        }
        address
    };
    let title = format!("{}, running", page.title());
    view! {
        <iframe class="showcase-frame showcase-frame--service" src=move || address(true) title=title></iframe>
        <p class="govuk-body">
            <a class="govuk-link" rel="external" href=move || address(false)>{format!("Open “{}” on its own page", page.title())}</a>
        </p>
    }
}

/// An example in a frame of its own: `path` (which may follow the language) from its page's
/// folder, in the page's theme.
fn example_frame(
    page: &'static ComponentPage,
    path: impl Fn() -> String + Send + Sync + 'static,
    title: String,
    settings: crate::app::Settings,
) -> impl IntoView {
    let src = move || {
        let chosen = settings.theme.get();
        let query = if chosen == DEFAULT_THEME {
            String::new()
        } else {
            format!("?theme={chosen}")
        };
        // In the browser, from the site's root: a page the router draws may be in the
        // document before the address changes to it.
        #[cfg(target_arch = "wasm32")]
        let folder = format!("{}{}/{}/", crate::site_root(), page.section, page.name);
        #[cfg(not(target_arch = "wasm32"))]
        let folder = {
            let _ = page;
            ""
        };
        format!("{folder}{}{query}", path())
    };
    // Frames further down load as they come into view.
    leptos::tachys::html::attribute::custom::CustomAttribute::attr(
        view! { <iframe class="showcase-frame" src=src title=title></iframe> },
        "loading",
        "lazy",
    )
}

/// The document of Civic's example `index` that runs in its own (a whole page), in
/// `locale`, from its page's folder: `live/1.cy.html`.
pub fn live_path(index: usize, locale: Locale) -> String {
    format!("live/{}.{}.html", index + 1, locale.tag())
}

/// The theme a page starts in.
const DEFAULT_THEME: &str = "civic";

/// The document of govuk-frontend's example `index` in `locale`, from its component's page:
/// `examples/3.cy.html`.
pub fn frame_path(index: usize, locale: Locale) -> String {
    format!("examples/{}.{}.html", index + 1, locale.tag())
}

/// The key of the accessibility notes among what the server draws of a page.
const ACCESSIBILITY_KEY: &str = "accessibility";

/// A doc comment's paragraph as HTML: escaped, with `**bold**` and `` `code` `` marked up.
#[cfg(feature = "ssr")]
fn inline_markup(text: &str) -> String {
    let escaped = civic::escape_html(text);
    let mut out = String::with_capacity(escaped.len());
    for (index, part) in escaped.split("**").enumerate() {
        let coded: String = part
            .split('`')
            .enumerate()
            .map(|(i, piece)| {
                if i % 2 == 1 {
                    format!("<code>{piece}</code>")
                } else {
                    piece.to_owned()
                }
            })
            .collect();
        if index % 2 == 1 {
            out.push_str(&format!("<strong>{coded}</strong>"));
        } else {
            out.push_str(&coded);
        }
    }
    out
}

/// The key of the options tables among what the server draws of a page.
const OPTIONS_KEY: &str = "options";

/// Server-rendered HTML without Leptos's hydration comments (see
/// `civic::without_hydration_markers`).
#[cfg(feature = "ssr")]
pub(crate) fn without_markers(html: &str) -> String {
    civic::without_hydration_markers(html)
}

#[component]
fn ComponentDoc(page: &'static ComponentPage) -> impl IntoView {
    set_title(&format!("{} – Civic design system", page.title()));
    let settings = settings();
    fill_markup(page);
    // The tables as the server drew them, fetched with the examples when the page is drawn
    // in the browser.
    #[cfg(feature = "ssr")]
    let (tables, drawn_in) = (crate::ssr::markup_for(OPTIONS_KEY).html, Some("en"));
    #[cfg(not(feature = "ssr"))]
    let (tables, drawn_in) = (String::new(), None::<&str>);
    #[cfg(feature = "ssr")]
    let accessibility = crate::ssr::markup_for(ACCESSIBILITY_KEY).html;
    #[cfg(not(feature = "ssr"))]
    let accessibility = String::new();
    // Civic's examples: the server's rendering, which the examples module takes over (or
    // draws afresh) once the page is interactive, in the chosen language.
    let civic = page
        .examples
        .iter()
        .enumerate()
        .map(|(index, example)| {
            let key = example_key(page, true, index);
            let example_id = key.clone();
            let live_key = key.clone();
            #[cfg(feature = "ssr")]
            let (live, drawn_in) = (
                crate::ssr::markup_for(&key).live.unwrap_or_default(),
                Some("en"),
            );
            #[cfg(not(feature = "ssr"))]
            let (live, drawn_in) = (String::new(), None::<&str>);
            let render = match page.service().filter(|_| example.owns_router) {
                Some(service) => service_frame(page, service, settings).into_any(),
                None if example.own_document => {
                    let title = format!("{} example: {}", page.title(), example.title);
                    let path = move || live_path(index, settings.locale());
                    example_frame(page, path, title, settings).into_any()
                }
                None => view! {
                    <div class="showcase-example__render" lang="en" data-live=live_key
                        data-drawn-in=drawn_in inner_html=live></div>
                }
                .into_any(),
            };
            view! {
                <section class="showcase-example" data-example=example_id data-source="civic">
                    <h3 class="govuk-heading-m">{example.title}</h3>
                    {render}
                    <CodeTabs key />
                </section>
            }
        })
        .collect_view();
    // Only examples drawn on the page: one in a document of its own loads the module there.
    if page.examples.iter().any(|example| !example.own_document) {
        Effect::new(move |_| {
            let lang = settings.locale.get();
            #[cfg(target_arch = "wasm32")]
            draw_examples(page, &lang);
            #[cfg(not(target_arch = "wasm32"))]
            let _ = lang;
        });
    }
    // The examples are drawn again when the language changes, with its default strings and
    // `lang`, while the site's own words stay English.
    let examples = move || {
        let locale = settings.locale();
        provide_locale(locale);
        // govuk-frontend's examples, each in a frame of its own (as the GOV.UK Design System
        // shows them): their ids, names and landmarks ("Breadcrumb", "Menu") repeat from one
        // example to the next, and a page may hold each only once. The pre-renderer writes
        // each frame's document in each language; Civic's enhancer starts its behaviours.
        let gallery = page
            .gallery
            .iter()
            .enumerate()
            .map(|(index, fixture)| {
                let key = example_key(page, false, index);
                let example_id = key.clone();
                let title = format!("{} example: {}", page.title(), fixture.name);
                let frame = example_frame(page, move || frame_path(index, locale), title, settings);
                view! {
                    <section class="showcase-example" data-example=example_id data-source="govuk" data-name=fixture.name>
                        <h3 class="govuk-heading-s">{fixture.name}</h3>
                        {frame}
                        <CodeTabs key />
                    </section>
                }
            })
            .collect_view();
        view! {
            <h2 class="govuk-heading-l" id="gallery">{format!("govuk-frontend’s examples ({})", page.gallery.len())}</h2>
            <p class="govuk-body">
                "The GOV.UK Design System’s own examples of this component, drawn by Civic from the same options. "
                "Each one’s JSON is what "<code>"civic render "{page.name}</code>" takes."
            </p>
            {gallery}
        }
    };
    // Options and govuk-frontend's examples are a component's; a pattern has neither, and
    // of the foundations only the page template has options.
    let component = page.is_component() && !page.options.is_empty();
    let has_gallery = !page.gallery.is_empty();
    let options = component.then(|| {
        view! {
            <h2 class="govuk-heading-l" id="options">"Options"</h2>
            <p class="govuk-body">
                "Every option, from the options model’s own documentation. In Rust they are the fields of "
                <code>{page.options}</code>
                " (the Leptos component takes the common ones as props); in JSON they are the names below."
            </p>
            <div class="showcase-options-tables" data-render=OPTIONS_KEY data-drawn-in=drawn_in inner_html=tables.clone()></div>
        }
    });
    let contents = component.then(|| {
        view! {
            <li><a class="govuk-link" href="#options">"Options"</a></li>
        }
    });
    let gallery_contents = has_gallery.then(|| {
        view! { <li><a class="govuk-link" href="#gallery">"govuk-frontend’s examples"</a></li> }
    });
    view! {
        <Frame root="../../" current=page.name>
            <span class="govuk-caption-xl">{page.kind()}</span>
            <h1 class="govuk-heading-xl">{page.title()}</h1>
            <p class="govuk-body-l">{page.summary}</p>
            <nav aria-label="On this page" class="showcase-contents">
                <ul class="govuk-list">
                    <li><a class="govuk-link" href="#examples">"Examples"</a></li>
                    <li><a class="govuk-link" href="#accessibility">"Accessibility"</a></li>
                    {contents}
                    {gallery_contents}
                </ul>
            </nav>
            <h2 class="govuk-heading-l" id="examples">"Examples"</h2>
            <p class="govuk-body">
                "Each example’s Rust is the code that draws it. Its JSON options are what "
                <code>"civic render"</code>
                " takes to draw its components as the page opens (one component’s options, or a "
                <code>"civic render --jsonl"</code>
                " line for each of several); markup the example writes itself, such as a line that shows a signal’s value, is not part of them."
            </p>
            {civic}
            <h2 class="govuk-heading-l" id="accessibility">"Accessibility"</h2>
            <div data-render=ACCESSIBILITY_KEY data-drawn-in=drawn_in inner_html=accessibility></div>
            <AxeCheck name=page.name />
            {options}
            {has_gallery.then_some(examples)}
        </Frame>
    }
}

/// The axe result for the page's examples: the page script (its click listener on
/// `[data-axe-run]`) runs axe-core in the reader's own browser when the button asks (the
/// first load carries neither axe-core nor that code in its wasm) and writes what it found
/// into the status region.
#[component]
fn AxeCheck(
    /// The page's component or pattern, whose known failures the result marks.
    name: &'static str,
) -> impl IntoView {
    let settings = settings();
    view! {
        <p class="govuk-body">
            "Every page of this site is checked with axe-core (WCAG 2.2 A and AA, and best practice) in both themes and both languages, "
            "and each of govuk-frontend’s examples on its own, by Civic’s tests. Check this page’s examples in your own browser:"
        </p>
        <button type="button" class="govuk-button govuk-button--secondary" data-axe-run=name
            hidden=move || !settings.scripted.get()>
            "Check these examples with axe"
        </button>
        <div role="status" class="showcase-axe-result"></div>
    }
}

/// One struct of the options model as a table: option, type, description.
#[cfg(feature = "ssr")]
#[component]
fn OptionsTable(item: &'static OptionsStruct) -> impl IntoView {
    let rows = item
        .fields
        .iter()
        .map(|field| {
            let ty = match field.link {
                Some(component) => view! {
                    <a class="govuk-link" href=format!("../{component}/#options")><code>{field.ty}</code></a>
                }
                .into_any(),
                None => view! { <code>{field.ty}</code> }.into_any(),
            };
            let name = if field.flattened {
                "(flattened)".to_owned()
            } else {
                field.json.to_owned()
            };
            view! {
                <tr class="govuk-table__row">
                    <th scope="row" class="govuk-table__header"><code>{name}</code></th>
                    <td class="govuk-table__cell">{ty}</td>
                    <td class="govuk-table__cell">{field.doc}</td>
                </tr>
            }
        })
        .collect_view();
    let id = format!("options-{}", item.name);
    view! {
        <table class="govuk-table showcase-options" data-struct=item.name>
            <caption class="govuk-table__caption govuk-table__caption--m" id=id>
                <code>{item.name}</code>
                <span class="govuk-body showcase-options__doc">{format!(" {}", item.doc)}</span>
            </caption>
            <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">"Option"</th>
                    <th scope="col" class="govuk-table__header">"Type"</th>
                    <th scope="col" class="govuk-table__header">"Description"</th>
                </tr>
            </thead>
            <tbody class="govuk-table__body">{rows}</tbody>
        </table>
        {item.fields.is_empty().then(|| view! { <p class="govuk-body">{format!("{} has no options.", item.name)}</p> })}
    }
}

/// An example's code in three tabs, each with a copy button: its Rust, its JSON options
/// (govuk-frontend's own, or [`example_json`] for Civic's examples) and its HTML. The tabs'
/// text is the server's: written into the pre-rendered page, and fetched from
/// `markup.<lang>.json` when the page is drawn in the browser.
#[component]
fn CodeTabs(
    /// The example's key ([`example_key`]).
    key: String,
) -> impl IntoView {
    let id = |kind: &str| format!("{key}-{kind}");
    let code = |kind: &str| format!("{key}-{kind}-code");
    let (rust_id, rust_code, rust_key) = (id("rust"), code("rust"), key.clone());
    let (json_id, json_code, json_key) = (id("json"), code("json"), key.clone());
    let (html_id, html_code, html_key) = (id("html"), code("html"), key.clone());
    view! {
        <Tabs title="Code">
            <Tab slot id=rust_id label="Rust"><CodeBlock code_id=rust_code.clone() markup=rust_key.clone() /></Tab>
            <Tab slot id=json_id label="JSON options"><CodeBlock code_id=json_code.clone() markup=json_key.clone() /></Tab>
            <Tab slot id=html_id label="HTML"><CodeBlock code_id=html_code.clone() markup=html_key.clone() /></Tab>
        </Tabs>
    }
}

/// A block of code, and a button that copies it (shown once the page's script runs): what
/// the server drew of the example `markup` for this tab (`code_id` ends with its kind).
#[component]
fn CodeBlock(code_id: String, markup: String) -> impl IntoView {
    let settings = settings();
    let copied = RwSignal::new(false);
    let target = code_id.clone();
    let copy = move |_| {
        copy_text(&target);
        copied.set(true);
    };
    // Drawn by the server: written into the pre-rendered page, filled in the browser.
    #[cfg(feature = "ssr")]
    let text = {
        let drawn = crate::ssr::markup_for(&markup);
        if code_id.ends_with("-rust-code") {
            drawn.rust.unwrap_or_default()
        } else if code_id.ends_with("-json-code") {
            drawn.json.unwrap_or_default()
        } else {
            drawn.html
        }
    };
    #[cfg(not(feature = "ssr"))]
    let text = {
        let _ = markup;
        String::new()
    };
    let code = view! { <code id=code_id inner_html=civic::escape_html(&text)></code> };
    view! {
        <pre class="showcase-code" tabindex="0">{code}</pre>
        <button type="button" class="govuk-button govuk-button--secondary showcase-copy"
            hidden=move || !settings.scripted.get() on:click=copy>
            {move || if copied.get() { "Copied" } else { "Copy code" }}
        </button>
    }
}

/// Asks the examples module to draw the page's examples in `lang` (the page's script defines
/// `civicDrawExamples`, which loads the section's module the first time).
#[cfg(target_arch = "wasm32")]
fn draw_examples(page: &ComponentPage, lang: &str) {
    use leptos::wasm_bindgen::JsCast;
    let component = page.name;
    let draw = js_sys::Reflect::get(&window(), &"civicDrawExamples".into()).ok();
    match draw
        .as_ref()
        .and_then(|draw| draw.dyn_ref::<js_sys::Function>())
    {
        Some(draw) => {
            if let Err(error) = draw.call3(
                &leptos::wasm_bindgen::JsValue::NULL,
                &page.section.into(),
                &component.into(),
                &lang.into(),
            ) {
                leptos::logging::error!("drawing the examples of {component}: {error:?}");
            }
        }
        None => leptos::logging::error!("the page has no civicDrawExamples to draw its examples"),
    }
}

/// Puts the text of the element `id` on the clipboard.
fn copy_text(id: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(element) = document().get_element_by_id(id) {
        let text = element.text_content().unwrap_or_default();
        let _ = window().navigator().clipboard().write_text(&text);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// Fills the HTML tabs of `page` in the chosen language, from the file the pre-renderer wrote
/// beside the page.
fn fill_markup(page: &'static ComponentPage) {
    let settings = settings();
    Effect::new(move |_| {
        let tag = settings.locale.get();
        #[cfg(target_arch = "wasm32")]
        leptos::task::spawn_local(async move {
            if let Err(error) = fetch_markup(page, &tag).await {
                leptos::logging::error!("the examples' HTML ({tag}): {error:?}");
            }
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (page, tag);
    });
}

#[cfg(target_arch = "wasm32")]
async fn fetch_markup(
    page: &'static ComponentPage,
    tag: &str,
) -> Result<(), leptos::wasm_bindgen::JsValue> {
    use leptos::wasm_bindgen::JsCast;
    let root = crate::site_root();
    let address = format!("{root}{}/{}/markup.{tag}.json", page.section, page.name);
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(window().fetch_with_str(&address))
            .await?
            .dyn_into()?;
    if !response.ok() {
        return Err(format!("{address}: {}", response.status()).into());
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text()?).await?;
    let text = text.as_string().unwrap_or_default();
    let markup: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let document = document();
    let set_text = |id: String, text: &str| {
        if let Some(code) = document.get_element_by_id(&id)
            && code.text_content().as_deref() != Some(text)
        {
            code.set_text_content(Some(text));
        }
    };
    for (key, drawn) in markup {
        let html = drawn["html"].as_str().unwrap_or_default();
        set_text(format!("{key}-html-code"), html);
        for kind in ["rust", "json"] {
            if let Some(code) = drawn[kind].as_str() {
                set_text(format!("{key}-{kind}-code"), code);
            }
        }
        // What the server drew in place (the options tables), when not drawn yet.
        let selector = format!("[data-render=\"{key}\"]");
        if let Some(render) = document.query_selector(&selector).ok().flatten()
            && render.get_attribute("data-drawn-in").as_deref() != Some(tag)
        {
            render.set_inner_html(html);
            let _ = render.set_attribute("data-drawn-in", tag);
        }
    }
    Ok(())
}
