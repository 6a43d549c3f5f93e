//! The page patterns drawn on the server (issue #11): every question page of both services,
//! in English and Welsh, blank and then wrongly answered. Each error summary link must reach
//! a field on the page, each field keeps what was typed, and the page's heading is the
//! question. Then check answers, confirmation, exit, add another and task list pages.

use civic::prelude::*;
use civic_patterns::flow::{form, Answers, Flow};
use civic_patterns::pages::{
    AddAnotherPage, CheckAnswersPage, ConfirmationPage, ExitPage, QuestionPage, Status,
    TaskListPage,
};
use civic_patterns::questions::date::Date;
use civic_patterns::questions::Input;
use civic_patterns::services;
use scraper::{Html, Selector};

fn today() -> Date {
    Date::new(2026, 12, 8).unwrap()
}

fn select(html: &Html, css: &str) -> Vec<String> {
    let selector = Selector::parse(css).unwrap();
    html.select(&selector)
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect()
}

fn attr(html: &Html, css: &str, name: &str) -> Vec<String> {
    let selector = Selector::parse(css).unwrap();
    html.select(&selector)
        .filter_map(|e| e.value().attr(name).map(str::to_owned))
        .collect()
}

/// Every question page of `flow`, answered with `answers`, as its problems would show.
fn draw_question_pages(flow: &Flow, answers: &Answers, locale: Locale) -> Vec<(String, Html)> {
    flow.pages
        .iter()
        .filter(|p| !p.questions.is_empty())
        .map(|page| {
            let problems: Vec<_> = page
                .questions
                .iter()
                .filter_map(|q| {
                    let input = answers
                        .get(&q.name)
                        .cloned()
                        .unwrap_or(Input::Text(String::new()));
                    q.check(&input, locale, today()).err()
                })
                .flatten()
                .collect();
            let page_view = page.clone();
            let given = answers.clone();
            let html = Owner::new().with(|| {
                view! {
                    <QuestionPage page=page_view answers=given problems=problems locale=locale
                        action=format!("/{}", page.id) back="/back" />
                }
                .to_html()
            });
            (page.id.clone(), Html::parse_fragment(&html))
        })
        .collect()
}

#[test]
fn every_error_links_to_its_field_and_every_page_is_headed_by_its_question() {
    let mut pages = 0;
    let mut links = 0;
    for flow in [services::blue_badge(), services::missed_bin()] {
        for locale in [Locale::En, Locale::Cy] {
            for (id, html) in draw_question_pages(&flow, &Answers::new(), locale) {
                pages += 1;
                let page = flow.page(&id).unwrap();
                // Every question is required but the optional ones: the summary lists each.
                let required = page.questions.iter().filter(|q| !q.optional).count();
                let hrefs = attr(&html, ".govuk-error-summary__list a", "href");
                assert!(hrefs.len() >= required, "{id}: {hrefs:?}");
                for href in &hrefs {
                    let target = format!("[id=\"{}\"]", &href[1..]);
                    assert_eq!(
                        attr(&html, &target, "id").len(),
                        1,
                        "{id}: {href} reaches no field"
                    );
                    links += 1;
                }
                // One h1: the question (its label or legend) or the page's title.
                let h1 = select(&html, "h1");
                assert_eq!(h1.len(), 1, "{id}: {h1:?}");
                assert_eq!(
                    h1[0],
                    civic_patterns::pages::page_heading(page, locale),
                    "{id}"
                );
                // The form posts to the page itself, and Continue is in the page's language.
                assert_eq!(attr(&html, "form", "action"), [format!("/{id}")]);
                let button = select(&html, "form > .govuk-button");
                let expected = if locale == Locale::Cy {
                    "Parhau"
                } else {
                    "Continue"
                };
                assert_eq!(button, [expected], "{id}");
            }
        }
    }
    assert!(pages >= 2 * (24 + 10), "{pages} pages");
    println!("question pages drawn: {pages}; error links checked: {links}");
}

#[test]
fn what_was_typed_is_kept_when_it_is_wrong() {
    let flow = services::blue_badge();
    let typed: Answers = serde_json::from_value(serde_json::json!({
        "postcode": "SW1",
        "dateOfBirth": {"day": "31", "month": "Feb", "year": "1961"},
        "nationalInsurance": "QQ 12 34",
        "address": {"line1": "1 Victoria Street", "town": "", "postcode": "SW1A 1AA"},
        "email": "ceri@example", "phone": "not a number",
    }))
    .unwrap();
    let drawn: Vec<(String, Html)> = draw_question_pages(&flow, &typed, Locale::En);
    let page = |id: &str| &drawn.iter().find(|(p, _)| p == id).unwrap().1;
    assert_eq!(
        attr(page("postcode"), "input[name=postcode]", "value"),
        ["SW1"]
    );
    assert_eq!(
        attr(
            page("date-of-birth"),
            "input[name=dateOfBirth-month]",
            "value"
        ),
        ["Feb"]
    );
    // Only the day is marked: 31 February is wrong by its day.
    assert_eq!(
        attr(page("date-of-birth"), "input.govuk-input--error", "name"),
        ["dateOfBirth-day"]
    );
    let address = page("address");
    assert_eq!(
        attr(address, "input[name=address-line1]", "value"),
        ["1 Victoria Street"]
    );
    // The town is the one box in error, with its own message linked from the summary.
    assert_eq!(
        attr(address, ".govuk-error-summary__list a", "href"),
        ["#address-town"]
    );
    assert_eq!(
        select(address, "#address-town-error"),
        ["Error: Enter town or city"]
    );
    let contact = page("contact");
    assert_eq!(
        attr(contact, ".govuk-error-summary__list a", "href"),
        ["#email", "#phone"]
    );
    assert_eq!(
        attr(contact, "input[name=phone]", "value"),
        ["not a number"]
    );
}

#[test]
fn a_submitted_form_reads_back_as_the_answers_it_shows() {
    // The form's own field names, read back: what a server does with a post without
    // JavaScript and the runtime with the form's data.
    let flow = services::blue_badge();
    let page = flow.page("address").unwrap();
    let html = Owner::new().with(|| {
        let page = page.clone();
        view! { <QuestionPage page=page action="/address" /> }.to_html()
    });
    let html = Html::parse_fragment(&html);
    let names = attr(&html, "form input", "name");
    assert_eq!(
        names,
        [
            "address-line1",
            "address-line2",
            "address-town",
            "address-county",
            "address-postcode"
        ]
    );
    let pairs: Vec<(&str, &str)> = names
        .iter()
        .map(String::as_str)
        .zip(["1 Victoria Street", "", "London", "", "sw1a 1aa"])
        .collect();
    let answers = form::answers_from_form(&page.questions, pairs);
    let checked = page.questions[0]
        .check(&answers["address"], Locale::En, today())
        .unwrap();
    assert_eq!(
        page.questions[0].show(&checked, Locale::En),
        "1 Victoria Street\nLondon\nSW1A 1AA"
    );
}

#[test]
fn check_answers_confirmation_exit_add_another_and_task_list() {
    let flow = services::missed_bin();
    let answers: Answers = serde_json::from_value(serde_json::json!({
        "address": {"line1": "12 Heol y Frenhines", "town": "Caerdydd", "postcode": "cf10 2bu"},
        "bins": ["recycling", "food"], "collectionDate": {"day": "7", "month": "12", "year": "2026"},
        "binOut": "yes", "assisted": "no", "details": "<script>alert(1)</script>",
        "name": "Siân Llewellyn", "contactBy": ["email"], "email": "sian@example.com"
    }))
    .unwrap();
    let rows = flow.summary(&answers, Locale::Cy, today());
    let html = Owner::new().with(|| {
        view! {
            <CheckAnswersPage rows=rows locale=Locale::Cy action="/check-answers"
                declaration="Rwy’n cadarnhau"
                change_href=Callback::new(|page: String| format!("/{page}?return=check-answers")) />
        }
        .to_html()
    });
    let html = Html::parse_fragment(&html);
    assert_eq!(
        select(&html, "h1"),
        ["Edrychwch dros eich atebion cyn cyflwyno’ch ffurflen"]
    );
    assert_eq!(
        select(&html, "h2"),
        ["Casgliad", "Eich manylion", "Datganiad"]
    );
    // Lines stay lines; the typed text is text, never markup.
    assert!(select(&html, ".govuk-summary-list__value")
        .iter()
        .any(|v| v == "12 Heol y FrenhinesCaerdyddCF10 2BU"));
    assert!(select(&html, ".govuk-summary-list__value")
        .iter()
        .any(|v| v == "<script>alert(1)</script>"));
    assert!(attr(&html, "script", "src").is_empty() && select(&html, "script").is_empty());
    assert!(attr(&html, ".govuk-summary-list__actions a", "href")
        .contains(&"/bins?return=check-answers".to_owned()));
    assert_eq!(select(&html, "form .govuk-button"), ["Cytuno a chyflwyno"]);

    let html = Owner::new().with(|| {
        view! { <ConfirmationPage reference="MB-7KQ4-X2PD" next_steps=vec!["We will collect it.".into()] /> }
            .to_html()
    });
    let html = Html::parse_fragment(&html);
    assert_eq!(
        select(&html, ".govuk-panel__title"),
        ["Your form has been submitted"]
    );
    assert_eq!(select(&html, ".govuk-panel__body strong"), ["MB-7KQ4-X2PD"]);

    let exit = flow.page("cannot-collect").unwrap().clone();
    let html = Owner::new().with(|| {
        view! { <ExitPage page=exit locale=Locale::Cy back="/bin-out" start_again="/address" /> }.to_html()
    });
    let html = Html::parse_fragment(&html);
    assert_eq!(
        select(&html, "h1"),
        ["Ni allwn ddod yn ôl i gasglu’r bin hwn"]
    );
    assert_eq!(select(&html, ".govuk-back-link"), ["Yn ôl"]);

    let question = flow.page("name").unwrap().questions[0].clone();
    let html = Owner::new().with(|| {
        view! {
            <AddAnotherPage question=question items=vec!["Ceri Jones".into(), "Sam Jones".into()] max=2
                item_href=Callback::new(|i: usize| format!("/people?item={i}")) action="/people" />
        }
        .to_html()
    });
    let html = Html::parse_fragment(&html);
    assert_eq!(
        select(&html, ".govuk-summary-list__key"),
        ["Answer 1", "Answer 2"]
    );
    assert_eq!(attr(&html, "button[name=remove]", "value"), ["0", "1"]);
    // At the most allowed, no "add another?" question, but why not.
    assert!(attr(&html, "input[name=addAnother]", "value").is_empty());
    assert!(select(&html, ".govuk-inset-text")[0].contains("maximum of 2"));

    let html = Owner::new().with(|| {
        view! {
            <TaskListPage title="Apply" locale=Locale::Cy sections=vec![
                ("Applicant".into(), Status::Completed, "/who".into()),
                ("Eligibility".into(), Status::InProgress, "/benefits".into()),
                ("Personal details".into(), Status::CannotStart, "/name".into()),
            ] />
        }
        .to_html()
    });
    let html = Html::parse_fragment(&html);
    assert_eq!(
        select(&html, ".govuk-task-list__status"),
        ["Wedi cwblhau", "Ar waith", "Methu dechrau eto"]
    );
    assert_eq!(
        attr(&html, ".govuk-task-list__link", "href"),
        ["/who", "/benefits"]
    );
}
