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

use crate::flow::form::{self, set_item};
use crate::flow::{Answers, End, Flow as Definition, Page, SummaryRow};
use crate::pages::{
    document_title, page_heading, say, AddAnotherPage, CheckAnswersPage, ConfirmationPage,
    ExitPage, QuestionPage, StartPage,
};
use crate::questions::date::Date;
use crate::questions::{Input, Problem};
use civic::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// What a flow hands its app when the person sends their answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Submission {
    /// The flow's id.
    pub flow: String,
    /// The reference shown to the person.
    pub reference: String,
    /// The answers on the route, as check answers showed them.
    pub rows: Vec<SummaryRow>,
    /// Every answer given, on the route or not.
    pub answers: Answers,
}

/// What the runtime shows after a submit: the reference, and the end it was sent from.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Sent {
    reference: String,
    end: String,
}

/// The page in the URL after `base`, written without a leading slash (XGovFormBuilder's page
/// ids are paths: `/summary` is at `base/summary`).
fn slug(id: &str) -> &str {
    id.trim_start_matches('/')
}

/// A reference people can read out: the flow's initials and eight letters and digits with
/// none that look alike (no 0, O, 1, I or L), from `random`.
pub fn reference(flow_id: &str, mut random: impl FnMut() -> u32) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let initials: String = flow_id
        .split(['-', '_', ' '])
        .filter_map(|word| word.chars().next())
        .flat_map(char::to_uppercase)
        .take(3)
        .collect();
    let mut code = String::new();
    for i in 0..8 {
        if i == 4 {
            code.push('-');
        }
        code.push(ALPHABET[(random() as usize) % ALPHABET.len()] as char);
    }
    if initials.is_empty() {
        code
    } else {
        format!("{initials}-{code}")
    }
}

/// Runs `definition` under `base` (`/missed-bin`): its start page at `base`, each page at
/// `base/<page id>`, check answers and the confirmation at its end page.
#[component]
pub fn Flow(
    /// The flow to run.
    definition: Definition,
    /// The path its pages live under.
    #[prop(into)]
    base: String,
    /// The language of its pages; English when not given. It may change while the flow runs.
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
    let locale = move || locale.get().unwrap_or_default();
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
        let navigate = navigate.clone();
        Arc::new(move |to: String, replace: bool| {
            navigate(
                &to,
                NavigateOptions {
                    replace,
                    ..Default::default()
                },
            );
        })
    };
    let url = {
        let base = base.clone();
        Arc::new(move |id: &str| format!("{base}/{}", slug(id)))
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

    let view_flow = flow.clone();
    let render = move || {
        let flow = view_flow.clone();
        let start = start.clone();
        let locale = locale();
        provide_locale(locale);
        let path = location.pathname.get();
        let segment = path
            .strip_prefix(base.as_str())
            .unwrap_or(&path)
            .trim_matches('/')
            .to_owned();
        // Read from the address itself: this page is drawn as the address changes.
        let search = location.search.get_untracked();
        let returning = query_value(&search, "return");
        let item: Option<usize> = query_value(&search, "item").and_then(|i| i.parse().ok());
        let title = flow.title.get(locale).to_owned();
        let url = url.clone();
        let go = go.clone();

        if segment.is_empty() {
            browser::set_title(&document_title(&title, "", false, locale));
            let first = flow.pages.first().map(|p| url(&p.id)).unwrap_or_default();
            return view! { <StartPage title=title.clone() guidance=start.clone() start=first locale=locale /> }
                .into_any();
        }
        let Some(page) = flow.pages.iter().find(|p| slug(&p.id) == segment).cloned() else {
            go(base.to_string(), true);
            return ().into_any();
        };

        // Sent: the end page shows the confirmation.
        if let Some(done) = sent.get().filter(|s| s.end == page.id) {
            browser::set_title(&document_title(
                say(locale, "submittedTitle"),
                &title,
                false,
                locale,
            ));
            let next: Vec<String> = page
                .guidance
                .iter()
                .map(|g| g.get(locale).to_owned())
                .collect();
            let heading = (!page.title.is_empty()).then(|| page.title.get(locale).to_owned());
            return view! { <ConfirmationPage reference=done.reference next_steps=next title=heading locale=locale /> }
                .into_any();
        }

        let given = answers.get();
        // No skipping ahead, and nothing off the route.
        if let Err(first) = flow.may_visit(&page.id, &given, locale, today) {
            go(url(&first), true);
            return ().into_any();
        }
        // Back from the first page goes to the start page.
        let back = flow
            .back(&page.id, &given, locale, today)
            .map(|b| url(&b))
            .or_else(|| Some(base.to_string()));
        // The form posts to this very address (with its `?item=` or `?return=`), as a
        // server without JavaScript would read it.
        let action = format!("{}{}", url(&page.id), location.search.get_untracked());

        match page.end {
            Some(End::Confirmation) => {
                browser::set_title(&document_title(
                    say(locale, "checkAnswersTitle"),
                    &title,
                    false,
                    locale,
                ));
                let rows = flow.summary(&given, locale, today);
                let end = page.id.clone();
                let change_url = url.clone();
                let change = Callback::new(move |id: String| {
                    format!("{}?return={}", change_url(&id), slug(&end))
                });
                let send_flow = flow.clone();
                let sent_key = sent_key.clone();
                let storage_key = storage_key.clone();
                let end = page.id.clone();
                let send = Callback::new(move |event: leptos::ev::SubmitEvent| {
                    event.prevent_default();
                    let reference = reference(&send_flow.id, browser::random);
                    let given = answers.get_untracked();
                    let rows = send_flow.summary(&given, locale, today);
                    let done = Sent {
                        reference: reference.clone(),
                        end: end.clone(),
                    };
                    storage::write(&sent_key, &done);
                    storage::remove(&storage_key);
                    if let Some(handler) = on_submit {
                        handler.run(Submission {
                            flow: send_flow.id.clone(),
                            reference,
                            rows,
                            answers: given,
                        });
                    }
                    answers.set(Answers::new());
                    sent.set(Some(done));
                });
                let declaration = flow.declaration.as_ref().map(|d| d.get(locale).to_owned());
                view! {
                    <CheckAnswersPage rows=rows declaration=declaration change_href=change locale=locale
                        back=back action=action on_submit=send />
                }
                .into_any()
            }
            Some(End::Exit) => {
                browser::set_title(&document_title(
                    page.title.get(locale),
                    &title,
                    false,
                    locale,
                ));
                view! { <ExitPage page=page locale=locale back=back start_again=base.to_string() /> }.into_any()
            }
            None => {
                let shown = problems
                    .get()
                    .filter(|(p, _)| *p == page.id)
                    .map(|(_, found)| found)
                    .unwrap_or_default();
                // What the page's handler needs to move the person on.
                let steps = Steps {
                    flow: flow.clone(),
                    locale,
                    today,
                    answers,
                    url: url.clone(),
                    go: go.clone(),
                };
                // An item just sent with problems is shown again, whatever the URL says.
                let item = item.or_else(|| shown.iter().find_map(|p| p.item));
                let repeat_list = page.repeat.is_some() && item.is_none();
                let no_items = page
                    .questions
                    .first()
                    .is_none_or(|q| given.get(&q.name).is_none_or(|i| i.items().is_empty()));
                // An "add another" page with nothing yet asks its first item, at its own
                // address, so that sending it leads to the list at another.
                if repeat_list && no_items {
                    let returning_query = returning
                        .as_ref()
                        .map(|r| format!("&return={r}"))
                        .unwrap_or_default();
                    go(format!("{}?item=0{returning_query}", url(&page.id)), true);
                    return ().into_any();
                }
                let question = page.questions.first().cloned();
                let items = question
                    .as_ref()
                    .and_then(|q| given.get(&q.name))
                    .map(Input::items)
                    .unwrap_or_default();
                // An "add another" page lists its items once it has any.
                if let (true, Some(question), false) =
                    (repeat_list, question.clone(), items.is_empty())
                {
                    browser::set_title(&document_title(
                        &page_heading(&page, locale),
                        &title,
                        add_another_error.get().is_some(),
                        locale,
                    ));
                    let shown_items: Vec<String> = items
                        .iter()
                        .map(|i| match question.check(i, locale, today) {
                            Ok(answer) => question.show(&answer, locale).replace('\n', ", "),
                            Err(_) => String::new(),
                        })
                        .collect();
                    let item_url = url(&page.id);
                    let returning_query = returning
                        .clone()
                        .map(|r| format!("&return={r}"))
                        .unwrap_or_default();
                    let item_href = Callback::new(move |i: usize| {
                        format!("{item_url}?item={i}{returning_query}")
                    });
                    let handler = add_another_handler(
                        steps,
                        page.clone(),
                        returning.clone(),
                        add_another_error,
                    );
                    let max = page.max_items();
                    return view! {
                        <AddAnotherPage question=question items=shown_items max=max item_href=item_href
                            error=add_another_error.get() locale=locale back=back action=action on_submit=handler />
                    }
                    .into_any();
                }
                browser::set_title(&document_title(
                    &page_heading(&page, locale),
                    &title,
                    !shown.is_empty(),
                    locale,
                ));
                let item = page.repeat.as_ref().map(|_| item.unwrap_or(items.len()));
                let handler = question_handler(steps, page.clone(), item, returning, problems);
                view! {
                    <QuestionPage page=page answers=given problems=shown locale=locale back=back
                        action=action item=item on_submit=handler />
                }
                .into_any()
            }
        }
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

/// The value of `name` in a URL's query (`?item=2&return=check-answers`). The runtime's own
/// values are page ids and numbers, which need no decoding.
fn query_value(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// Empties a page's problems, drawing the page again only if it had some.
fn clear<T: Send + Sync + 'static>(problems: RwSignal<Option<T>>) {
    if problems.with_untracked(Option::is_some) {
        problems.set(None);
    }
}

/// What a page's handler needs to move the person on.
#[derive(Clone)]
struct Steps {
    flow: Arc<Definition>,
    locale: Locale,
    today: Date,
    answers: RwSignal<Answers>,
    url: Arc<dyn Fn(&str) -> String + Send + Sync>,
    go: Arc<dyn Fn(String, bool) + Send + Sync>,
}

impl Steps {
    /// Goes where Continue leads from `page` once its answers are accepted, carrying "return
    /// to check answers" on while the flow still has questions to ask first.
    fn go_on(&self, page: &str, returning: Option<&str>) {
        let flow = &self.flow;
        let target = returning
            .and_then(|r| flow.pages.iter().find(|p| slug(&p.id) == r))
            .map(|p| p.id.clone());
        let answers = self.answers.get_untracked();
        let Some(next) = flow.after(page, &answers, target.as_deref(), self.locale, self.today)
        else {
            return;
        };
        let to = match (&target, returning) {
            (Some(back), Some(r)) if *back != next => format!("{}?return={r}", (self.url)(&next)),
            _ => (self.url)(&next),
        };
        (self.go)(to, false);
    }
}

/// Reads a question page's form: keeps what was typed, shows its problems, or moves on.
fn question_handler(
    steps: Steps,
    page: Page,
    item: Option<usize>,
    returning: Option<String>,
    problems: RwSignal<Option<(String, Vec<Problem>)>>,
) -> Callback<leptos::ev::SubmitEvent> {
    Callback::new(move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (locale, today) = (steps.locale, steps.today);
        let pairs = browser::form_pairs(&event);
        let typed = form::answers_from_form(
            &page.questions,
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        );
        // What was typed is kept, right or wrong.
        let mut found = Vec::new();
        steps.answers.update(|all| {
            for question in &page.questions {
                let input = typed
                    .get(&question.name)
                    .cloned()
                    .unwrap_or(Input::Text(String::new()));
                let checked = question.check(&input, locale, today);
                match item {
                    Some(index) => set_item(all, &question.name, index, input),
                    None => {
                        all.insert(question.name.clone(), input);
                    }
                }
                if let Err(wrong) = checked {
                    found.extend(wrong.into_iter().map(|p| Problem { item, ..p }));
                }
            }
        });
        if !found.is_empty() {
            problems.set(Some((page.id.clone(), found)));
            return;
        }
        clear(problems);
        match item {
            // Back to the list of items, to add another or go on.
            Some(_) => {
                let list = (steps.url)(&page.id);
                let to = match &returning {
                    Some(r) => format!("{list}?return={r}"),
                    None => list,
                };
                (steps.go)(to, false);
            }
            None => steps.go_on(&page.id, returning.as_deref()),
        }
    })
}

/// Reads an "add another" list's form: removes an item, adds one, or moves on.
fn add_another_handler(
    steps: Steps,
    page: Page,
    returning: Option<String>,
    error: RwSignal<Option<String>>,
) -> Callback<leptos::ev::SubmitEvent> {
    Callback::new(move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(question) = page.questions.first() else {
            return;
        };
        let pairs = browser::form_pairs(&event);
        let value = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        if let Some(index) = value("remove").and_then(|i| i.parse::<usize>().ok()) {
            steps
                .answers
                .update(|all| form::remove_item(all, &question.name, index));
            error.set(None);
            return;
        }
        let count = steps.answers.with_untracked(|all| {
            all.get(&question.name)
                .map(|i| i.items().len())
                .unwrap_or(0)
        });
        let max = page.max_items();
        match value("addAnother").as_deref() {
            Some("yes") if count < max => {
                (steps.go)(format!("{}?item={count}", (steps.url)(&page.id)), false)
            }
            // At the most allowed there is no question: Continue goes on.
            Some("no") | Some("yes") => {
                clear(error);
                steps.go_on(&page.id, returning.as_deref());
            }
            _ if count >= max => steps.go_on(&page.id, returning.as_deref()),
            _ => error.set(Some(say(steps.locale, "addAnotherBlank").to_owned())),
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
            if let Some(button) = event.submitter() {
                if let (Some(name), Some(value)) =
                    (button.get_attribute("name"), button.get_attribute("value"))
                {
                    pairs.push((name, value));
                }
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
