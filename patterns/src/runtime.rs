//! The Leptos runtime: `<Flow>` runs a flow definition as a client-side app, one URL per
//! page under `base`, deciding every step with the flow engine (routes, no skipping ahead,
//! back links, change and return) and drawing it with the [`crate::pages`] patterns. What
//! the person types is kept in the browser's session storage, so a refresh or the browser's
//! back button loses nothing; sending hands the answers to `on_submit`.
//!
//! `<Flow>` goes in a route of a Leptos router, which owns the URL (the router writes the
//! address bar once a route has matched): a wildcard route under `base` hands it every page.
//!
//! ```no_run
//! use civic::prelude::*;
//! use civic_patterns::runtime::{Flow, Submission};
//! use leptos_router::components::{Route, Router, Routes};
//! use leptos_router::path;
//!
//! #[component]
//! fn App() -> impl IntoView {
//!     let send = Callback::new(|sent: Submission| {
//!         leptos::logging::log!("{} sent {} answers", sent.reference, sent.rows.len());
//!     });
//!     let missed_bin = move || {
//!         let flow = civic_patterns::services::missed_bin();
//!         view! { <Flow definition=flow base="/missed-bin" on_submit=send /> }
//!     };
//!     view! {
//!         <Router>
//!             <Routes fallback=|| "Page not found">
//!                 <Route path=path!("/missed-bin/*page") view=missed_bin />
//!             </Routes>
//!         </Router>
//!     }
//! }
//! ```

use crate::flow::journey::{self, Address, ListSent, Screen, Sent};
use crate::flow::{Answers, Flow as Definition};
use crate::pages::screen::{draw, Drawing};
use crate::questions::date::Date;
use crate::questions::Problem;
use civic::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;

pub use crate::flow::journey::{reference, Submission};

/// Runs `definition` under `base` (`/missed-bin`): its start page at `base`, each page at
/// `base/<page id>`, check answers and the confirmation at its end page. Every decision
/// (which page an address shows, where a sent page leads) is [`journey`]'s, as on the
/// prototype server.
#[component]
pub fn Flow(
    /// The flow to run.
    definition: Definition,
    /// The path its pages live under.
    #[prop(into)]
    base: String,
    /// The language of its pages; when not given, the app's (`provide_locale`), else English.
    /// It may change while the flow runs.
    #[prop(optional, into)]
    locale: MaybeProp<Locale>,
    /// The date "today" means; the person's own by default (tests fix it).
    #[prop(optional)]
    today: Option<Date>,
    /// Paragraphs for the start page.
    #[prop(optional)]
    start: Vec<String>,
    /// Called with the answers when the person sends them.
    #[prop(optional, into)]
    on_submit: Option<Callback<Submission>>,
) -> impl IntoView {
    let flow = Arc::new(definition);
    let base = Arc::new(base.trim_end_matches('/').to_owned());
    let today = today.unwrap_or_else(Date::today);
    let app_locale = use_context::<Locale>();
    let locale = move || locale.get().or(app_locale).unwrap_or_default();
    let storage_key = format!("civic-flow:{}", flow.id);
    let sent_key = format!("civic-flow-sent:{}", flow.id);

    let answers = RwSignal::new(storage::read::<Answers>(&storage_key).unwrap_or_default());
    let sent = RwSignal::new(storage::read::<Sent>(&sent_key));
    // The problems of the page last submitted, and which page they belong to.
    let problems = RwSignal::new(None::<(String, Vec<Problem>)>);
    let add_another_error = RwSignal::new(None::<String>);
    {
        let storage_key = storage_key.clone();
        Effect::new(move |_| storage::write(&storage_key, &answers.get()));
    }

    let location = use_location();
    let navigate = use_navigate();
    let go = {
        let base = base.clone();
        Arc::new(move |to: &Address, replace: bool| {
            navigate(
                &to.href(&base),
                NavigateOptions {
                    replace,
                    ..Default::default()
                },
            );
        })
    };

    // A new page: the last one's problems go (without drawing it again), and focus moves to
    // the top of the new one for screen readers.
    Effect::new(move |previous: Option<(String, String)>| {
        let here = (location.pathname.get(), location.search.get());
        if previous.as_ref().is_some_and(|p| *p != here) {
            clear(problems);
            clear(add_another_error);
            browser::focus_top();
        }
        here
    });

    let render = move || {
        let flow = flow.clone();
        let locale = locale();
        provide_locale(locale);
        let path = location.pathname.get();
        let segment = path.strip_prefix(base.as_str()).unwrap_or(&path).to_owned();
        // Read from the address itself: this page is drawn as the address changes.
        let mut asked = Address::parse(&segment, &location.search.get_untracked());
        let shown = problems
            .get()
            .filter(|(page, _)| {
                asked.page.as_deref().map(journey::slug) == Some(journey::slug(page))
            })
            .map(|(_, found)| found)
            .unwrap_or_default();
        // An item just sent with problems is shown again, whatever the URL says.
        asked.item = asked.item.or_else(|| shown.iter().find_map(|p| p.item));
        let given = answers.get();
        let screen = journey::screen(&flow, &asked, &given, sent.get().as_ref(), locale, today);
        let steps = Steps {
            flow: flow.clone(),
            sent,
            sent_key: sent_key.clone(),
            asked: asked.clone(),
            locale,
            today,
            answers,
            go: go.clone(),
        };
        let handler = match &screen {
            Screen::Redirect(to) => {
                go(to, true);
                return ().into_any();
            }
            Screen::Question { page, .. } => Some(question_handler(steps, page.clone(), problems)),
            Screen::AddAnother { page, .. } => {
                Some(list_handler(steps, page.clone(), add_another_error))
            }
            Screen::CheckAnswers { page, .. } => {
                let (page, flow) = (page.clone(), flow.clone());
                let (sent_key, storage_key) = (sent_key.clone(), storage_key.clone());
                Some(Callback::new(move |event: leptos::ev::SubmitEvent| {
                    event.prevent_default();
                    let reference = reference(&flow.id, browser::random);
                    let (done, submission) = journey::send(
                        &flow,
                        &page,
                        answers.get_untracked(),
                        reference,
                        locale,
                        today,
                    );
                    storage::write(&sent_key, &done);
                    storage::remove(&storage_key);
                    if let Some(handler) = on_submit {
                        handler.run(submission);
                    }
                    answers.set(Answers::new());
                    sent.set(Some(done));
                }))
            }
            _ => None,
        };
        let drawing = Drawing {
            flow: &flow,
            base: &base,
            asked: &asked,
            answers: &given,
            problems: shown,
            list_error: add_another_error.get(),
            start: start.clone(),
            locale,
        };
        let (title, page) = draw(screen, drawing, handler);
        browser::set_title(&title);
        page
    };
    // Each page, and each sending of one, is drawn afresh rather than patched into the last:
    // the Design System's behaviours start on new elements (the error summary takes focus
    // each time; a button's double-click guard belongs to its own page).
    let redraw = RwSignal::new(0_u64);
    Effect::new(move |_| {
        problems.track();
        add_another_error.track();
        sent.track();
        redraw.update(|n| *n += 1);
    });
    // The Design System's behaviours (the error summary taking focus, the character count)
    // start on each page drawn.
    Effect::new(move |_| {
        redraw.track();
        location.pathname.track();
        browser::start_behaviours();
    });
    let key = move || {
        (
            location.pathname.get(),
            location.search.get(),
            locale().tag(),
            redraw.get(),
        )
    };
    view! {
        <div id="civic-flow" tabindex="-1" class="civic-flow">
            <For each=move || [key()] key=|k| k.clone() children=move |_| render() />
        </div>
    }
}

/// Empties a page's problems, drawing the page again only if it had some.
fn clear<T: Send + Sync + 'static>(problems: RwSignal<Option<T>>) {
    if problems.with_untracked(Option::is_some) {
        problems.set(None);
    }
}

/// Moves the browser to an address: `true` replaces the current history entry.
type Go = Arc<dyn Fn(&Address, bool) + Send + Sync>;

/// What a page's handler needs to move the person on.
#[derive(Clone)]
struct Steps {
    flow: Arc<Definition>,
    sent: RwSignal<Option<Sent>>,
    sent_key: String,
    asked: Address,
    locale: Locale,
    today: Date,
    answers: RwSignal<Answers>,
    go: Go,
}

/// Reads a question page's form: keeps what was typed, shows its problems, or moves on.
fn question_handler(
    steps: Steps,
    page: crate::flow::Page,
    problems: RwSignal<Option<(String, Vec<Problem>)>>,
) -> Callback<leptos::ev::SubmitEvent> {
    Callback::new(move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let pairs = browser::form_pairs(&event);
        let mut result = None;
        let mut sent = steps.sent.get_untracked();
        steps.answers.update(|all| {
            result = Some(journey::answer_page(
                &steps.flow,
                &page,
                &steps.asked,
                &pairs,
                all,
                &mut sent,
                steps.locale,
                steps.today,
            ));
        });
        if sent.is_none() && steps.sent.with_untracked(Option::is_some) {
            storage::remove(&steps.sent_key);
            steps.sent.set(None);
        }
        match result {
            Some(Err(found)) => problems.set(Some((page.id.clone(), found))),
            Some(Ok(to)) => {
                clear(problems);
                (steps.go)(&to, false);
            }
            None => {}
        }
    })
}

/// Reads an "add another" list's form: removes an item, adds one, or moves on.
fn list_handler(
    steps: Steps,
    page: crate::flow::Page,
    error: RwSignal<Option<String>>,
) -> Callback<leptos::ev::SubmitEvent> {
    Callback::new(move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let pairs = browser::form_pairs(&event);
        let mut sent = ListSent::Removed;
        steps.answers.update(|all| {
            sent = journey::answer_list(
                &steps.flow,
                &page,
                &steps.asked,
                &pairs,
                all,
                steps.locale,
                steps.today,
            );
        });
        match sent {
            ListSent::Removed => error.set(None),
            ListSent::Go(to) => {
                clear(error);
                (steps.go)(&to, false);
            }
            ListSent::Unanswered(message) => error.set(Some(message)),
        }
    })
}

/// The session storage the runtime keeps answers in: nothing outside a browser.
mod storage {
    use serde::{de::DeserializeOwned, Serialize};

    #[cfg(target_arch = "wasm32")]
    fn store() -> Option<web_sys::Storage> {
        web_sys::window()?.session_storage().ok().flatten()
    }

    /// The value stored under `key`, if it reads.
    pub(super) fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
        #[cfg(target_arch = "wasm32")]
        {
            let text = store()?.get_item(key).ok().flatten()?;
            return serde_json::from_str(&text).ok();
        }
        #[allow(unreachable_code)]
        {
            let _ = key;
            None
        }
    }

    /// Stores `value` under `key` (a full or blocked storage loses only the refresh).
    pub(super) fn write<T: Serialize>(key: &str, value: &T) {
        #[cfg(target_arch = "wasm32")]
        if let (Some(store), Ok(text)) = (store(), serde_json::to_string(value)) {
            let _ = store.set_item(key, &text);
        }
        let _ = (key, value);
    }

    /// Forgets `key`.
    pub(super) fn remove(key: &str) {
        #[cfg(target_arch = "wasm32")]
        if let Some(store) = store() {
            let _ = store.remove_item(key);
        }
        let _ = key;
    }
}

/// What the runtime asks of the browser; nothing outside one.
mod browser {
    /// A submitted form's fields, in order, with the button that sent it; a file reads as its
    /// name, size and type (`field-name`, `field-size`, `field-type`).
    pub(super) fn form_pairs(event: &leptos::ev::SubmitEvent) -> Vec<(String, String)> {
        #[cfg(target_arch = "wasm32")]
        {
            use wasm_bindgen::JsCast;
            let mut pairs = Vec::new();
            let Some(form) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return pairs;
            };
            let Ok(data) = web_sys::FormData::new_with_form(&form) else {
                return pairs;
            };
            if let Ok(entries) = js_sys::try_iter(&data) {
                for entry in entries.into_iter().flatten().flatten() {
                    let entry: js_sys::Array = entry.unchecked_into();
                    let key = entry.get(0).as_string().unwrap_or_default();
                    let value = entry.get(1);
                    if let Some(text) = value.as_string() {
                        pairs.push((key, text));
                    } else if let Ok(file) = value.dyn_into::<web_sys::File>() {
                        pairs.push((format!("{key}-name"), file.name()));
                        pairs.push((format!("{key}-size"), file.size().to_string()));
                        pairs.push((format!("{key}-type"), file.type_()));
                    }
                }
            }
            if let Some(button) = event.submitter()
                && let (Some(name), Some(value)) =
                    (button.get_attribute("name"), button.get_attribute("value"))
            {
                pairs.push((name, value));
            }
            return pairs;
        }
        #[allow(unreachable_code)]
        {
            let _ = event;
            Vec::new()
        }
    }

    /// Sets the document's title.
    pub(super) fn set_title(title: &str) {
        #[cfg(target_arch = "wasm32")]
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(title);
        }
        let _ = title;
    }

    /// Moves focus to the top of the flow, so a screen reader starts the new page there.
    pub(super) fn focus_top() {
        #[cfg(target_arch = "wasm32")]
        {
            use wasm_bindgen::JsCast;
            let root = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("civic-flow"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(root) = root {
                let _ = root.focus();
            }
        }
    }

    /// Starts the Design System's behaviours on what was drawn, once it is in the page (a
    /// task after the one that drew it).
    pub(super) fn start_behaviours() {
        #[cfg(target_arch = "wasm32")]
        leptos::prelude::set_timeout(
            || {
                civic::init_all(None);
            },
            std::time::Duration::ZERO,
        );
    }

    /// A random number for references.
    pub(super) fn random() -> u32 {
        #[cfg(target_arch = "wasm32")]
        {
            return (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        }
        #[allow(unreachable_code)]
        {
            use std::hash::{BuildHasher, Hasher};
            let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
            hasher.write_u8(0);
            hasher.finish() as u32
        }
    }
}
