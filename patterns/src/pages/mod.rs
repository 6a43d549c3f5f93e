//! The page patterns, as Leptos components: a question page, a start page, check your
//! answers, a confirmation, an exit page, a task list page and an "add another" list. Each
//! draws a flow's pages with Civic's components, in the page's language, as a form that
//! posts to the page itself, so the same markup works with JavaScript off (a server reads the
//! post with [`crate::flow::form`]) and in the [`crate::runtime`]'s client-side app (which
//! reads the same form on submit).
//!
//! ```
//! use civic::prelude::*;
//! use civic_patterns::pages::QuestionPage;
//! use civic_patterns::services::missed_bin;
//!
//! let flow = missed_bin();
//! let page = flow.page("bin-out").unwrap().clone();
//! let html = Owner::new().with(|| {
//!     view! { <QuestionPage page=page locale=Locale::Cy action="/missed-bin/bin-out" /> }
//!         .to_html()
//! });
//! assert!(html.contains("Oedd y bin yn y man casglu erbyn 6am ar ddiwrnod y casgliad?"));
//! ```

mod fields;
pub mod screen;

use crate::flow::{Answers, Page, SummaryRow};
use crate::questions::{Input, Problem, Question};
use civic::prelude::*;
use serde_json::{json, Value};

pub(crate) use fields::problem_href;

/// A word of the page patterns' own (`flow-pages` in `civic messages`) in `locale`.
pub(crate) fn say(locale: Locale, key: &str) -> &'static str {
    civic::strings::FLOW_PAGES.text(locale, key)
}

/// Civic's component `name` from govuk-frontend options built here. The options are this
/// module's own, so a refusal is a bug in it; it is shown, not panicked on.
pub(crate) fn component(name: &str, options: Value) -> AnyView {
    match civic::render_view(name, &options) {
        Ok(view) => view,
        Err(error) => view! { <p class="govuk-body">{format!("{name}: {error}")}</p> }.into_any(),
    }
}

/// How a page asks a question: its heading, or its label as a sentence would start it.
pub(crate) fn heading_of(question: &Question, locale: Locale) -> String {
    match &question.heading {
        Some(heading) if !heading.is_empty() => heading.get(locale).to_owned(),
        _ => {
            let label = question.label.get(locale);
            let mut chars = label.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        }
    }
}

/// The page's heading: its title, or its only question's heading.
pub fn page_heading(page: &Page, locale: Locale) -> String {
    match page.questions.as_slice() {
        [only] if page.title.is_empty() => heading_of(only, locale),
        _ => page.title.get(locale).to_owned(),
    }
}

/// The document title a page should have: "Error: " first when it shows problems, as the
/// Design System asks, then the heading and the service.
pub fn document_title(heading: &str, service: &str, errors: bool, locale: Locale) -> String {
    let prefix = if errors {
        format!("{}: ", say(locale, "errorPrefix"))
    } else {
        String::new()
    };
    if service.is_empty() {
        format!("{prefix}{heading}")
    } else {
        format!("{prefix}{heading} – {service}")
    }
}

fn paragraphs(page: &Page, locale: Locale) -> Vec<AnyView> {
    page.guidance
        .iter()
        .map(|p| view! { <p class="govuk-body">{p.get(locale).to_owned()}</p> }.into_any())
        .collect()
}

/// A token every page's form sends back as the hidden field [`FormToken::FIELD`], when a
/// server provides one as context while drawing: `civic prototype` checks it to refuse
/// forms posted from other sites (cross-site request forgery).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormToken(pub String);

impl FormToken {
    /// The hidden field's name.
    pub const FIELD: &'static str = "csrf-token";
}

/// The form every page pattern posts: to the page itself, without the browser's own
/// validation (the Design System's messages replace it), handled by `on_submit` when given.
/// A page with a file question posts `multipart/form-data`, so the file itself is sent.
fn page_form(
    action: String,
    on_submit: Option<Callback<leptos::ev::SubmitEvent>>,
    multipart: bool,
    fields: impl IntoView + 'static,
) -> impl IntoView {
    let submit = move |event: leptos::ev::SubmitEvent| {
        if let Some(handler) = on_submit {
            handler.run(event);
        }
    };
    // A server that checks forms came from its own pages provides the token to send back.
    let token = use_context::<FormToken>().map(
        |FormToken(token)| view! { <input type="hidden" name=FormToken::FIELD value=token /> },
    );
    view! {
        <form method="post" action=action novalidate="" on:submit=submit
            enctype=multipart.then_some("multipart/form-data")>
            {token}
            {fields}
        </form>
    }
}

fn back_link(back: MaybeProp<String>, locale: Locale) -> Option<AnyView> {
    back.get_untracked().map(|href| {
        component(
            "back-link",
            json!({"href": href, "text": civic::text_in(locale, "back-link", "text")}),
        )
    })
}

fn error_summary(page: &Page, problems: &[Problem], locale: Locale) -> Option<AnyView> {
    if problems.is_empty() {
        return None;
    }
    let items: Vec<Value> = problems
        .iter()
        .map(|problem| {
            let href = page
                .questions
                .iter()
                .find(|q| q.name == problem.question)
                .map_or_else(
                    || format!("#{}", problem.question),
                    |q| problem_href(q, problem),
                );
            json!({"text": problem.message, "href": href})
        })
        .collect();
    Some(component(
        "error-summary",
        json!({"titleText": say(locale, "errorSummaryTitle"), "errorList": items}),
    ))
}

/// A page of questions: back link, error summary (linking each problem to its field, and
/// taking focus), the questions with what was typed and their errors, and Continue. With
/// one question, its label or legend is the page's heading.
///
/// The form posts to `action`; `on_submit` (the runtime's) handles it in the browser instead.
/// On an "add another" page, `item` says which item the form edits (its answer is shown).
#[component]
pub fn QuestionPage(
    /// The page.
    page: Page,
    /// What the person has typed so far, by question name.
    #[prop(optional)]
    answers: Answers,
    /// The problems to show, from checking this page's answers.
    #[prop(optional)]
    problems: Vec<Problem>,
    /// The language of the page.
    #[prop(optional)]
    locale: Locale,
    /// Where Back goes: the previous page on the route.
    #[prop(optional, into)]
    back: MaybeProp<String>,
    /// Where the form posts.
    #[prop(into)]
    action: String,
    /// The item edited, on an "add another" page.
    #[prop(optional, into)]
    item: MaybeProp<usize>,
    /// Handles the form in the browser.
    #[prop(default = None)]
    on_submit: Option<Callback<leptos::ev::SubmitEvent>>,
) -> impl IntoView {
    let item = item.get_untracked();
    let multipart = page
        .questions
        .iter()
        .any(|q| matches!(q.kind, crate::questions::QuestionKind::File { .. }));
    let single = page.questions.len() == 1 && page.title.is_empty();
    let title = (!single).then(|| {
        view! { <h1 class="govuk-heading-l">{page.title.get(locale).to_owned()}</h1> }
    });
    let fields: Vec<AnyView> = page
        .questions
        .iter()
        .map(|question| {
            let input = answers
                .get(&question.name)
                .map(|given| match (item, given) {
                    (Some(index), given) => given
                        .items()
                        .get(index)
                        .cloned()
                        .unwrap_or(Input::Text(String::new())),
                    (None, given) => given.clone(),
                });
            let mine: Vec<&Problem> = problems
                .iter()
                .filter(|p| {
                    p.question == question.name
                        && (item.is_none() || p.item.is_none() || p.item == item)
                })
                .collect();
            fields::question_field(question, input.as_ref(), &mine, locale, single)
        })
        .collect();
    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {back_link(back, locale)}
                {error_summary(&page, &problems, locale)}
                {title}
                {paragraphs(&page, locale)}
                {page_form(action, on_submit, multipart, view! { {fields}
                    {component("button", json!({"text": say(locale, "continue"), "preventDoubleClick": true}))} })}
            </div>
        </div>
    }
}

/// A start page: the service's name, what it is for, and the start button.
#[component]
pub fn StartPage(
    /// The service's name, the page's heading.
    #[prop(into)]
    title: String,
    /// Paragraphs saying what the service is for and what people need.
    #[prop(optional)]
    guidance: Vec<String>,
    /// Where the start button goes: the first question.
    #[prop(into)]
    start: String,
    /// The language of the page.
    #[prop(optional)]
    locale: Locale,
) -> impl IntoView {
    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-xl">{title}</h1>
                {guidance.into_iter().map(|p| view! { <p class="govuk-body">{p}</p> }).collect::<Vec<_>>()}
                {component("button", json!({"text": say(locale, "startNow"), "href": start, "isStartButton": true}))}
            </div>
        </div>
    }
}

/// Check your answers: each section's answers in a summary list under its heading, each
/// with a Change link to its page; then the declaration, if any, and the button that sends.
#[component]
pub fn CheckAnswersPage(
    /// The rows, from [`crate::flow::Flow::summary`].
    rows: Vec<SummaryRow>,
    /// What the person declares by sending.
    #[prop(optional, into)]
    declaration: MaybeProp<String>,
    /// The Change link for a page: `page id` → URL.
    #[prop(into)]
    change_href: Callback<String, String>,
    /// The language of the page.
    #[prop(optional)]
    locale: Locale,
    /// Where Back goes.
    #[prop(optional, into)]
    back: MaybeProp<String>,
    /// Where the form posts.
    #[prop(into)]
    action: String,
    /// Handles the form in the browser.
    #[prop(default = None)]
    on_submit: Option<Callback<leptos::ev::SubmitEvent>>,
) -> impl IntoView {
    // Sections in the order their first answers come.
    let mut sections: Vec<Option<String>> = Vec::new();
    for row in &rows {
        if !sections.contains(&row.section) {
            sections.push(row.section.clone());
        }
    }
    let lists: Vec<AnyView> = sections
        .into_iter()
        .map(|section| {
            let list_rows: Vec<Value> = rows
                .iter()
                .filter(|r| r.section == section)
                .map(|row| {
                    // Lines (an address, a list) as the Design System shows them: one per line.
                    let lines: Vec<String> = row.shown.lines().map(civic::escape_html).collect();
                    json!({
                        "key": {"text": row.label},
                        "value": {"html": lines.join("<br>")},
                        "actions": {"items": [{
                            "href": change_href.run(row.page.clone()),
                            "text": say(locale, "change"),
                            "visuallyHiddenText": row.label.to_lowercase(),
                        }]},
                    })
                })
                .collect();
            let heading = section.map(|s| view! { <h2 class="govuk-heading-m">{s}</h2> });
            view! {
                {heading}
                {component("summary-list", json!({"rows": list_rows, "classes": "govuk-!-margin-bottom-9"}))}
            }
            .into_any()
        })
        .collect();
    let (button, declared) = match declaration.get_untracked() {
        Some(text) => (
            say(locale, "agreeAndSubmit"),
            Some(view! {
                <h2 class="govuk-heading-m">{say(locale, "declaration")}</h2>
                <p class="govuk-body">{text}</p>
            }),
        ),
        None => (say(locale, "submit"), None),
    };
    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds-from-desktop">
                {back_link(back, locale)}
                <h1 class="govuk-heading-l">{say(locale, "checkAnswersTitle")}</h1>
                {lists}
                {declared}
                {page_form(action, on_submit, false, view! { {component("button", json!({"text": button, "preventDoubleClick": true}))} })}
            </div>
        </div>
    }
}

/// The confirmation: a panel with the reference, then what happens next.
#[component]
pub fn ConfirmationPage(
    /// The reference the service gave.
    #[prop(into)]
    reference: String,
    /// What happens next: the end page's guidance.
    #[prop(optional)]
    next_steps: Vec<String>,
    /// The panel's title; "Your form has been submitted" by default.
    #[prop(optional, into)]
    title: MaybeProp<String>,
    /// The language of the page.
    #[prop(optional)]
    locale: Locale,
) -> impl IntoView {
    let body = format!(
        "{}<br><strong>{}</strong>",
        civic::escape_html(say(locale, "yourReference")),
        civic::escape_html(&reference)
    );
    let title = title
        .get_untracked()
        .unwrap_or_else(|| say(locale, "submittedTitle").to_owned());
    let next = (!next_steps.is_empty()).then(|| {
        view! {
            <h2 class="govuk-heading-m">{say(locale, "whatHappensNext")}</h2>
            {next_steps.into_iter().map(|p| view! { <p class="govuk-body">{p}</p> }).collect::<Vec<_>>()}
        }
    });
    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {component("panel", json!({"titleText": title, "html": body}))}
                {next}
            </div>
        </div>
    }
}

/// An exit page: the person cannot go on (not eligible, too late), told why, with Back to
/// change their answer and a way to start again.
#[component]
pub fn ExitPage(
    /// The exit page.
    page: Page,
    /// The language of the page.
    #[prop(optional)]
    locale: Locale,
    /// Where Back goes: the answer that led here.
    #[prop(optional, into)]
    back: MaybeProp<String>,
    /// Where "Start again" goes.
    #[prop(optional, into)]
    start_again: MaybeProp<String>,
) -> impl IntoView {
    let again = start_again.get_untracked().map(|href| {
        view! { <p class="govuk-body"><a class="govuk-link" href=href>{say(locale, "startAgain")}</a></p> }
    });
    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {back_link(back, locale)}
                <h1 class="govuk-heading-l">{page.title.get(locale).to_owned()}</h1>
                {paragraphs(&page, locale)}
                {again}
            </div>
        </div>
    }
}

/// The "add another" list: the answers so far with Change and Remove, then whether to add
/// another (or, at the most allowed, why not), as GOV.UK Forms' repeatable questions ask.
#[component]
pub fn AddAnotherPage(
    /// The page's question.
    question: Question,
    /// Each item as check answers shows it.
    items: Vec<String>,
    /// The most items allowed.
    max: usize,
    /// The URL that edits item `index`.
    #[prop(into)]
    item_href: Callback<usize, String>,
    /// The problem with the "add another?" answer, if any.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The language of the page.
    #[prop(optional)]
    locale: Locale,
    /// Where Back goes.
    #[prop(optional, into)]
    back: MaybeProp<String>,
    /// Where the form posts (`addAnother=yes|no`, or `remove=index`).
    #[prop(into)]
    action: String,
    /// Handles the form in the browser.
    #[prop(default = None)]
    on_submit: Option<Callback<leptos::ev::SubmitEvent>>,
) -> impl IntoView {
    let rows: Vec<Value> = items
        .iter()
        .enumerate()
        .map(|(i, shown)| {
            let number = say(locale, "answerNumber").replace("%{index}", &(i + 1).to_string());
            let lines: Vec<String> = shown.lines().map(civic::escape_html).collect();
            json!({
                "key": {"text": number},
                "value": {"html": lines.join("<br>")},
                "actions": {"items": [
                    {"href": item_href.run(i), "text": say(locale, "change"), "visuallyHiddenText": number.to_lowercase()},
                ]},
            })
        })
        .collect();
    // Remove is a button in the form, so it works without JavaScript.
    let removes: Vec<AnyView> = (0..items.len())
        .map(|i| {
            let number = say(locale, "answerNumber").replace("%{index}", &(i + 1).to_string());
            component(
                "button",
                json!({
                    "text": format!("{} {}", say(locale, "remove"), number.to_lowercase()),
                    "name": "remove", "value": i.to_string(),
                    "classes": "govuk-button--secondary govuk-!-margin-right-2",
                }),
            )
        })
        .collect();
    let error = error.get_untracked();
    let summary = error.as_ref().map(|e| {
        component(
            "error-summary",
            json!({"titleText": say(locale, "errorSummaryTitle"), "errorList": [{"text": e, "href": "#addAnother"}]}),
        )
    });
    let ask = if items.len() < max {
        let error = error.map_or(Value::Null, |e| json!({"text": e}));
        component(
            "radios",
            json!({
                "name": "addAnother", "idPrefix": "addAnother", "classes": "govuk-radios--inline",
                "fieldset": {"legend": {"text": say(locale, "addAnotherLegend"), "classes": "govuk-fieldset__legend--m"}},
                "items": [{"value": "yes", "text": say(locale, "yes")}, {"value": "no", "text": say(locale, "no")}],
                "errorMessage": error,
            }),
        )
    } else {
        component(
            "inset-text",
            json!({"text": say(locale, "addAnotherMax").replace("%{max}", &max.to_string())}),
        )
    };
    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {back_link(back, locale)}
                {summary}
                <h1 class="govuk-heading-l">{heading_of(&question, locale)}</h1>
                {component("summary-list", json!({"rows": rows}))}
                {page_form(action, on_submit, false, view! { <div class="govuk-button-group">{removes}</div>
                    {ask}
                    {component("button", json!({"text": say(locale, "continue"), "preventDoubleClick": true}))} })}
            </div>
        </div>
    }
}

pub use crate::flow::Status;

/// A task list page: the flow's sections, each with its status from the answers, linking to
/// its first page still to answer.
#[component]
pub fn TaskListPage(
    /// The service's name.
    #[prop(into)]
    title: String,
    /// Each section: its name, status and the URL that continues it.
    sections: Vec<(String, Status, String)>,
    /// The language of the page.
    #[prop(optional)]
    locale: Locale,
) -> impl IntoView {
    let items: Vec<Value> = sections
        .into_iter()
        .map(|(name, status, href)| {
            let (key, tag) = match status {
                Status::Completed => ("statusCompleted", None),
                Status::InProgress => ("statusInProgress", Some("govuk-tag--light-blue")),
                Status::NotStarted => ("statusNotStarted", Some("govuk-tag--blue")),
                Status::CannotStart => ("statusCannotStart", None),
            };
            let status = match tag {
                Some(classes) => json!({"tag": {"text": say(locale, key), "classes": classes}}),
                None => json!({"text": say(locale, key), "classes": "govuk-task-list__status--cannot-start-yet"}),
            };
            let href = (status_allows_link(key)).then_some(href);
            json!({"title": {"text": name}, "href": href, "status": status})
        })
        .collect();
    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{title}</h1>
                {component("task-list", json!({"idPrefix": "section", "items": items}))}
            </div>
        </div>
    }
}

fn status_allows_link(key: &str) -> bool {
    key != "statusCannotStart"
}
