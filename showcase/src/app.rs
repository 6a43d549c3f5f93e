//! The site: its routes, and the frame every page shares (header, theme and language, the
//! component list with its search).
//!
//! Links are relative (`../../components/radios/`), so the pre-rendered site works from any
//! sub-path of a static host with JavaScript off; with it on, the router takes the same links
//! over (its base is found from the page's `civic-root` meta element).

use crate::component_page::ComponentRoute;
use crate::component_page::PatternRoute;
use crate::data::{all_pages, ComponentPage, COMPONENT_PAGES, FOUNDATION_PAGES, PATTERN_PAGES};
#[cfg(target_arch = "wasm32")]
use crate::theme_page::data_url;
use crate::theme_page::{ThemePage, CUSTOM_THEME};
use civic::prelude::*;
use civic_styles::Theme;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The visitor's choices, shared by every page.
#[derive(Clone, Copy)]
pub struct Settings {
    /// The language tag of the examples' default strings (`en` or `cy`).
    pub locale: RwSignal<String>,
    /// The theme's name.
    pub theme: RwSignal<String>,
    /// Whether the page is running its script (false while pre-rendered and hydrating).
    pub scripted: RwSignal<bool>,
}

impl Settings {
    /// The chosen locale.
    pub fn locale(&self) -> Locale {
        Locale::from_tag(&self.locale.get()).unwrap_or_default()
    }
}

/// The settings, from the context every page is drawn in.
pub fn settings() -> Settings {
    expect_context::<Settings>()
}

/// The whole site. `base` is the path the site is served under (`""` at a host's root).
#[component]
pub fn App(
    /// The path the site is served under, without a trailing slash.
    #[prop(optional, into)]
    base: String,
) -> impl IntoView {
    let settings = Settings {
        locale: RwSignal::new("en".to_owned()),
        theme: RwSignal::new(Theme::civic().name.to_string()),
        scripted: RwSignal::new(false),
    };
    provide_context(settings);
    // The address's `?lang=cy&theme=anytown` applies once the page is live, so that the
    // pre-rendered page and the first client render (hydration) agree.
    Effect::new(move |_| {
        settings.scripted.set(true);
        #[cfg(target_arch = "wasm32")]
        {
            if let Some(tag) = query("lang").filter(|tag| Locale::from_tag(tag).is_some()) {
                settings.locale.set(tag);
            }
            if let Some(name) =
                query("theme").filter(|name| Theme::named(name).is_some() || name == CUSTOM_THEME)
            {
                settings.theme.set(name);
            }
        }
    });
    use_theme_stylesheet(settings.theme);
    view! {
        <Router base=base>
            <Routes fallback=|| view! { <NotFound /> }>
                <Route path=path!("/") view=Home />
                <Route path=path!("/components/:name/") view=ComponentRoute />
                <Route path=path!("/patterns/:name/") view=PatternRoute />
                <Route path=path!("/theme/") view=ThemePage />
            </Routes>
        </Router>
    }
}

/// The value of `name` in the address's query.
#[cfg(target_arch = "wasm32")]
fn query(name: &str) -> Option<String> {
    let search = window().location().search().unwrap_or_default();
    let prefix = format!("{name}=");
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(&prefix).map(str::to_owned))
}

/// Points the page's theme stylesheet (`<link id="civic-theme">`) at the chosen theme's file,
/// which sits beside it in the site's root folder.
fn use_theme_stylesheet(theme: RwSignal<String>) {
    Effect::new(move |_| {
        let name = theme.get();
        #[cfg(target_arch = "wasm32")]
        {
            let document = document();
            if let Some(link) = document.get_element_by_id("civic-theme") {
                // The playground's theme is kept in the session (see `theme_page`).
                let custom = (name == CUSTOM_THEME)
                    .then(|| stored("civic-theme-css"))
                    .flatten();
                let href = match custom {
                    Some(css) => data_url("text/css", &css),
                    None => format!("{}civic-{name}.css", crate::site_root()),
                };
                if link.get_attribute("href").as_deref() != Some(href.as_str()) {
                    let _ = link.set_attribute("href", &href);
                }
            }
            if let Some(html) = document.document_element() {
                let _ = html.set_attribute("data-theme", &name);
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = name;
    });
}

/// What the theme playground keeps in the session's storage under `key`.
#[cfg(target_arch = "wasm32")]
pub fn stored(key: &str) -> Option<String> {
    window()
        .session_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

/// The header's organisation and logo for the theme called `name`: a built-in theme's, or the
/// playground's (its organisation, no logo).
fn header_theme(name: &str) -> Theme {
    if name == CUSTOM_THEME {
        #[cfg(target_arch = "wasm32")]
        if let Some(organisation) = stored("civic-theme-file")
            .and_then(|file| serde_json::from_str::<serde_json::Value>(&file).ok())
            .and_then(|file| file["organisation"].as_str().map(str::to_owned))
        {
            return Theme {
                organisation: organisation.into(),
                logo_svg: None,
                ..Theme::civic()
            };
        }
    }
    Theme::named(name).unwrap_or_else(Theme::civic)
}

/// The frame of every page. `root` leads from the page back to the site's root folder
/// (`"./"` or `"../../"`); `current` is the component the page is about, if any.
#[component]
pub fn Frame(
    /// From this page to the site's root folder.
    root: &'static str,
    /// The component the page shows, marked in the list.
    #[prop(optional)]
    current: &'static str,
    /// The page's content.
    children: Children,
) -> impl IntoView {
    let settings = settings();
    let header = move || {
        let chosen = header_theme(&settings.theme.get());
        let logo = match &chosen.logo_svg {
            Some(svg) => TrustedHtml::new(format!(
                "{svg} <span class=\"showcase-organisation\">{}</span>",
                civic::escape_html(&chosen.organisation)
            )),
            None => TrustedHtml::new(civic::escape_html(&chosen.organisation)),
        };
        view! { <GenericHeader logo_html=logo url=root /> }
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
        .chain([SelectItem::new(
            CUSTOM_THEME,
            "Your theme (from the theme playground)",
        )])
        .collect::<Vec<_>>();
    view! {
        <SkipLink href="#main-content" text="Skip to main content" />
        <header class="showcase-masthead">
        {header}
        <div class="govuk-width-container showcase-settings">
            <Select name="theme" label="Theme" items=themes value=settings.theme
                hint="A theme changes design tokens (colours, header, logo), never components." />
            <Select name="lang" label="Language of the examples" items=languages value=settings.locale
                hint="Draws every example with Civic's default strings in that language." />
        </div>
        </header>
        <div class="showcase-layout">
            <ComponentNav root current />
            <main class="showcase-main" id="main-content">{children()}</main>
        </div>
    }
}

/// The list of components, with a search that narrows it as the visitor types. Without
/// JavaScript the whole list shows.
#[component]
fn ComponentNav(root: &'static str, current: &'static str) -> impl IntoView {
    let search = RwSignal::new(String::new());
    let matches = move |name: &str| {
        let wanted = search.get().trim().to_lowercase().replace(' ', "-");
        wanted.is_empty() || name.contains(&wanted)
    };
    let count = move || all_pages().filter(|page| matches(page.name)).count();
    let list = move |pages: &'static [ComponentPage]| {
        pages
            .iter()
            .map(|page| {
                let here = page.name == current;
                view! {
                    <li hidden=move || !matches(page.name)>
                        <a class="govuk-link" href=format!("{root}{}/{}/", page.section, page.name)
                            aria-current=here.then_some("page")>{page.title()}</a>
                    </li>
                }
            })
            .collect_view()
    };
    let (foundations, components, patterns) = (
        list(FOUNDATION_PAGES),
        list(COMPONENT_PAGES),
        list(PATTERN_PAGES),
    );
    // Enter goes to the first page that matches, as the list's first link would.
    let go_to_first = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        #[cfg(target_arch = "wasm32")]
        {
            use leptos::wasm_bindgen::JsCast;
            if let Some(link) = document()
                .query_selector(".showcase-nav li:not([hidden]) a")
                .ok()
                .flatten()
                .and_then(|link| link.dyn_into::<web_sys::HtmlElement>().ok())
            {
                link.click();
            }
        }
    };
    view! {
        <nav class="showcase-nav" aria-label="Components and patterns">
            <form role="search" class="showcase-search" on:submit=go_to_first>
                <Input name="search" label="Search components and patterns" r#type="search" value=search
                    classes="showcase-search__input" autocomplete="off" />
            </form>
            <p class="govuk-body-s showcase-search__count" role="status">
                {move || match count() {
                    1 => "1 page".to_owned(),
                    n => format!("{n} pages"),
                }}
            </p>
            <p class="govuk-body"><a class="govuk-link" href=format!("{root}theme/")
                aria-current=(current == "theme").then_some("page")>"Theme playground"</a></p>
            <h2 class="govuk-heading-s">"Foundations"</h2>
            <ul class="govuk-list showcase-nav__list">{foundations}</ul>
            <h2 class="govuk-heading-s">"Components"</h2>
            <ul class="govuk-list showcase-nav__list">{components}</ul>
            <h2 class="govuk-heading-s">"Patterns"</h2>
            <ul class="govuk-list showcase-nav__list">{patterns}</ul>
        </nav>
    }
}

/// The index: what Civic is, and every component.
#[component]
fn Home() -> impl IntoView {
    set_title("Civic design system");
    let card = |page: &'static ComponentPage| {
        view! {
            <li class="showcase-card">
                <h3 class="govuk-heading-s">
                    <a class="govuk-link" href=format!("./{}/{}/", page.section, page.name)>{page.title()}</a>
                </h3>
                <p class="govuk-body-s">{page.summary}</p>
            </li>
        }
    };
    let pattern_cards = PATTERN_PAGES.iter().map(card).collect_view();
    let cards = COMPONENT_PAGES.iter().map(card).collect_view();
    let foundation_cards = FOUNDATION_PAGES.iter().map(card).collect_view();
    view! {
        <Frame root="./">
            <h1 class="govuk-heading-xl">"Civic design system"</h1>
            <p class="govuk-body-l">
                "Accessible components for UK councils and local public services, written in Rust with Leptos. "
                "Their markup is the GOV.UK Design System's, so what you build here looks and behaves as GOV.UK services do."
            </p>
            <p class="govuk-body">
                "Each component's page has live examples with their Rust, JSON options and HTML, "
                "the table of its options, and how it works with a keyboard and a screen reader. "
                "Choose a theme or Welsh above and every example follows."
            </p>
            <p class="govuk-body">
                "Make your council’s theme in the " <a class="govuk-link" href="./theme/">"theme playground"</a>
                " and every example follows it."
            </p>
            <h2 class="govuk-heading-l">"Foundations"</h2>
            <ul class="showcase-cards">{foundation_cards}</ul>
            <h2 class="govuk-heading-l">{format!("Components ({})", COMPONENT_PAGES.len())}</h2>
            <ul class="showcase-cards">{cards}</ul>
            <h2 class="govuk-heading-l">{format!("Patterns ({})", PATTERN_PAGES.len())}</h2>
            <p class="govuk-body">"Whole pages of a service, built from the components by civic-patterns, as a prototyper assembles a flow."</p>
            <ul class="showcase-cards">{pattern_cards}</ul>
        </Frame>
    }
}

/// An address the site has no page for.
#[component]
fn NotFound() -> impl IntoView {
    set_title("Page not found – Civic design system");
    // The address can be any depth, so its links start from the site's root as an absolute path.
    #[cfg(target_arch = "wasm32")]
    let root = crate::site_root();
    #[cfg(not(target_arch = "wasm32"))]
    let root = "./";
    view! {
        <Frame root=root>
            <h1 class="govuk-heading-xl">"Page not found"</h1>
            <p class="govuk-body">"If you typed the web address, check it is correct."</p>
        </Frame>
    }
}

/// Sets the document's title when the page is drawn in the browser (the pre-renderer writes
/// it into the page's head).
pub fn set_title(title: &str) {
    #[cfg(target_arch = "wasm32")]
    document().set_title(title);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = title;
}
