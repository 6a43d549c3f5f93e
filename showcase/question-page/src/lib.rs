//! # A question page, as a council would write it
//!
//! One page of a service built from Civic's typed components and Leptos signals: an error
//! summary, two text inputs, radios, a date, a character count and a Continue button. Nothing
//! here goes through Civic's JSON options path. Continue checks the answers; once it has been
//! pressed, each field's error follows what the user types, so a message appears and goes as
//! the answer changes.
//!
//! Issue #13 weighs this app (wasm + JS, gzip) and times its start-up, client-rendered and
//! hydrated, in `cargo xtask bench`; the same benchmark counts the DOM nodes replaced when a
//! field's error appears and disappears.

use civic::prelude::*;
use civic_patterns::questions::date::Date;
use civic_patterns::questions::{Input as Typed, Question, QuestionKind};

/// The longest "more detail" answer, in characters.
const DETAIL_LIMIT: usize = 200;

/// The page's questions, checked by Civic's question patterns: the same rules (and words, in
/// English or Welsh) as a flow's pages and `civic prototype`'s server use.
struct Questions {
    name: Question,
    email: Question,
    contact: Question,
    born: Question,
    detail: Question,
}

impl Questions {
    fn new() -> Self {
        let detail = Question {
            optional: true,
            ..Question::new(
                "detail",
                "more detail",
                QuestionKind::Text {
                    max_length: Some(DETAIL_LIMIT),
                },
            )
        };
        Questions {
            name: Question::new(
                "full-name",
                "your full name",
                QuestionKind::Name {
                    parts: false,
                    middle: false,
                    title: false,
                },
            ),
            email: Question::new("email", "your email address", QuestionKind::Email),
            contact: Question::new(
                "contact",
                "how you would like to be contacted",
                QuestionKind::ChooseOne {
                    options: vec!["email".into(), "phone".into(), "post".into()],
                },
            ),
            born: Question::new(
                "dob",
                "your date of birth",
                QuestionKind::Date {
                    of_birth: true,
                    earliest: None,
                    latest: None,
                },
            ),
            detail,
        }
    }
}

/// The first problem with `input` for `question`, if there is one: its message, and the box
/// it is about when the question has several (a date's `day`, `month` or `year`).
fn problem(question: &Question, input: &Typed) -> Option<(String, Option<&'static str>)> {
    question
        .check(input, Locale::En, Date::today())
        .err()
        .and_then(|problems| problems.into_iter().next())
        .map(|problem| (problem.message, problem.part))
}

/// The question page. Continue shows the error summary if any answer is refused (and moves
/// focus to it); otherwise it shows that the answers were accepted.
#[component]
pub fn QuestionPage(
    /// Starts as if Continue had been pressed with the page empty, as a server answers a form
    /// post it refuses: the error summary and every field's error are shown.
    #[prop(optional)]
    refused: bool,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let born = DateParts::new();
    let detail = RwSignal::new(String::new());
    // Errors are shown once Continue has been pressed, and then follow the answers.
    let checked = RwSignal::new(refused);
    let accepted = RwSignal::new(false);

    let questions = std::sync::Arc::new(Questions::new());
    // A question's problem while Continue has been pressed: the first one with its answer.
    let problem_with = move |question: fn(&Questions) -> &Question, input: Signal<Typed>| {
        let questions = questions.clone();
        Memo::new(move |_| {
            checked
                .get()
                .then(|| problem(question(&questions), &input.get()))
                .flatten()
        })
    };
    let error = |question: fn(&Questions) -> &Question, input: Signal<Typed>| {
        let found = problem_with(question, input);
        Memo::new(move |_| found.get().map(|(message, _)| message))
    };
    let name_error = error(
        |q| &q.name,
        Signal::derive(move || name.with(|name| Typed::from([("name", name.as_str())]))),
    );
    let email_error = error(
        |q| &q.email,
        Signal::derive(move || Typed::Text(email.get())),
    );
    let contact_error = error(
        |q| &q.contact,
        Signal::derive(move || Typed::Text(contact.get())),
    );
    let born_problem = problem_with(
        |q| &q.born,
        Signal::derive(move || {
            let (day, month, year) = (born.day.get(), born.month.get(), born.year.get());
            Typed::from([("day", day.as_str()), ("month", &month), ("year", &year)])
        }),
    );
    let born_error = Memo::new(move |_| born_problem.get().map(|(message, _)| message));
    // The summary links to the box the problem is about: the month when only it is missing.
    let born_href = move || {
        let part = born_problem
            .get()
            .and_then(|(_, part)| part)
            .unwrap_or("day");
        format!("#dob-{part}")
    };
    let detail_error = error(
        |q| &q.detail,
        Signal::derive(move || Typed::Text(detail.get())),
    );

    let summary = Signal::derive(move || {
        [
            ("#full-name".to_owned(), name_error.get()),
            ("#email".to_owned(), email_error.get()),
            ("#contact".to_owned(), contact_error.get()),
            (born_href(), born_error.get()),
            ("#detail".to_owned(), detail_error.get()),
        ]
        .into_iter()
        .filter_map(|(href, error)| error.map(|error| ErrorSummaryItem::new(href, error)))
        .collect::<Vec<_>>()
    });

    let on_continue = Callback::new(move |()| {
        checked.set(true);
        accepted.set(summary.get_untracked().is_empty());
    });

    view! {
        <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content">
                <div class="govuk-grid-row">
                    <div class="govuk-grid-column-two-thirds">
                        <Show when=move || !summary.get().is_empty()>
                            <ErrorSummary title="There is a problem" errors=summary />
                        </Show>
                        <h1 class="govuk-heading-l">"Your details"</h1>
                        <Input name="full-name" label="Full name" autocomplete="name"
                            value=name error=name_error />
                        <Input name="email" label="Email address" r#type="email"
                            autocomplete="email" hint="We will only use this to send you a receipt"
                            value=email error=email_error />
                        <Radios name="contact" legend="How would you like to be contacted?"
                            items=vec![
                                ChoiceItem::new("email", "Email"),
                                ChoiceItem::new("phone", "Phone"),
                                ChoiceItem::new("post", "Post"),
                            ]
                            value=contact error=contact_error />
                        <DateInput id="dob" name_prefix="dob" legend="What is your date of birth?"
                            hint="For example, 27 3 2007" value=born error=born_error />
                        <CharacterCount name="detail" label="Can you give more detail?"
                            maxlength=DETAIL_LIMIT as f64 value=detail error=detail_error />
                        <Button text="Continue" on_click=on_continue />
                        <Show when=move || accepted.get()>
                            <p class="govuk-body" id="accepted">"Your answers have been accepted."</p>
                        </Show>
                    </div>
                </div>
            </main>
        </div>
    }
}

/// How a [`document`] starts the page in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// `app.js`: Civic's Leptos components draw the page (`mount()`).
    ClientSide,
    /// `hydrated.js`: Civic's Leptos components take over the server-rendered page.
    Hydrated,
    /// `govuk-frontend.min.js`: govuk-frontend's `initAll()` enhances the server-rendered page,
    /// the peer the two above are timed against.
    GovukFrontend,
}

/// The whole HTML document around a rendered `body`, with the page's stylesheet
/// (`question-page.css`, written by `civic css --page` from the page's renderings) and the
/// script `start` names.
/// Two performance measures are recorded: `civic:load` (fetching, compiling and
/// instantiating the wasm) and `civic:start` (from the start call to an interactive page);
/// `window.civicReady` is then set.
pub fn document(body: &str, start: Start) -> String {
    let script = match start {
        Start::ClientSide | Start::Hydrated => {
            let (module, call) = if start == Start::Hydrated {
                ("hydrated", "hydrate")
            } else {
                ("app", "mount")
            };
            format!(
                r#"performance.mark("civic:fetch");
import("./{module}.js").then(async (wasm) => {{
  await wasm.default();
  performance.measure("civic:load", "civic:fetch");
  performance.mark("civic:started");
  wasm.{call}();
  performance.measure("civic:start", "civic:started");
  window.civicReady = true;
}});"#
            )
        }
        Start::GovukFrontend => r#"import { initAll } from "./govuk-frontend.min.js";
performance.mark("civic:started");
initAll();
performance.measure("civic:start", "civic:started");
window.civicReady = true;"#
            .to_owned(),
    };
    format!(
        r#"<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Your details</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="question-page.css">
</head>
<body class="govuk-template__body">
<script>document.body.className += ' govuk-frontend-supported';</script>
<div id="app">{body}</div>
<script type="module">
{script}
</script>
</body>
</html>"#
    )
}

/// The element a [`document`] holds the page in, if the document has one.
#[cfg(target_arch = "wasm32")]
fn app_element() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    leptos::prelude::document()
        .get_element_by_id("app")
        .and_then(|element| element.dyn_into().ok())
}

/// Draws the page into `<div id="app">` (or `<body>`), client-side.
#[cfg(all(target_arch = "wasm32", feature = "csr"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount() {
    let page = || {
        // The `page-styles` build brings its stylesheet with it, part by part.
        #[cfg(feature = "page-styles")]
        civic::PageStyles::new(civic_styles::Theme::civic()).provide();
        view! { <QuestionPage /> }
    };
    match app_element() {
        Some(app) => leptos::mount::mount_to(app, page).forget(),
        None => leptos::mount::mount_to_body(page),
    }
}

/// Takes over the server-rendered page in `<div id="app">` (or `<body>`).
#[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    match app_element() {
        Some(app) => leptos::mount::hydrate_from(app, || view! { <QuestionPage /> }).forget(),
        None => leptos::mount::hydrate_body(|| view! { <QuestionPage /> }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_questions_use_the_patterns_rules() {
        let questions = Questions::new();
        let date = |d: &str, m: &str, y: &str| {
            problem(
                &questions.born,
                &Typed::from([("day", d), ("month", m), ("year", y)]),
            )
            .map(|(message, _)| message)
        };
        assert_eq!(date("29", "2", "2024"), None);
        assert_eq!(
            date("29", "2", "2023").as_deref(),
            Some("Your date of birth must be a real date")
        );
        assert!(date("", "4", "1990").is_some_and(|m| m.contains("day")));
        let missing_month = problem(
            &questions.born,
            &Typed::from([("day", "1"), ("month", ""), ("year", "1990")]),
        );
        assert_eq!(missing_month.and_then(|(_, part)| part), Some("month"));
        assert_eq!(
            problem(&questions.email, &Typed::Text("a@b".into())).map(|(m, _)| m),
            Some("Enter an email address in the correct format, like name@example.com".into())
        );
        assert_eq!(
            problem(&questions.detail, &Typed::Text(String::new())),
            None
        );
        assert!(problem(&questions.detail, &Typed::Text("x".repeat(201))).is_some());
        assert!(problem(&questions.contact, &Typed::Text(String::new())).is_some());
        assert!(problem(&questions.name, &Typed::from([("name", " ")])).is_some());
    }
}
