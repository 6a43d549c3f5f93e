//! Draws a [`Screen`] (what the flow engine decided an address shows) with the page
//! patterns: one drawing for the Leptos runtime, which handles the forms in the browser, and
//! the prototype server, whose forms post with no JavaScript (issue #12).

use super::{
    document_title, page_heading, say, AddAnotherPage, CheckAnswersPage, ConfirmationPage,
    ExitPage, QuestionPage, StartPage,
};
use crate::flow::journey::{change_address, item_address, Address, Screen};
use crate::flow::{Answers, Flow};
use crate::questions::Problem;
use civic::prelude::*;

/// A submit handler for a page's form, in the browser.
pub type Handler = Option<Callback<leptos::ev::SubmitEvent>>;

/// What a screen is drawn from, beside the screen itself.
#[derive(Clone, Debug)]
pub struct Drawing<'a> {
    /// The flow.
    pub flow: &'a Flow,
    /// The path the flow's pages live under (`/missed-bin`).
    pub base: &'a str,
    /// The address asked for: forms post back to it.
    pub asked: &'a Address,
    /// What the person has typed so far.
    pub answers: &'a Answers,
    /// The problems found in the page just sent.
    pub problems: Vec<Problem>,
    /// The problem with an "add another?" answer just sent.
    pub list_error: Option<String>,
    /// Paragraphs for the start page.
    pub start: Vec<String>,
    /// The language.
    pub locale: Locale,
}

/// The document title and the page for `screen`; nothing for a redirect. `handler` handles
/// the page's form in the browser; on a server it is `None` and the form posts.
pub fn draw(screen: Screen, drawing: Drawing<'_>, handler: Handler) -> (String, AnyView) {
    let Drawing {
        flow,
        base,
        asked,
        answers,
        problems,
        list_error,
        start,
        locale,
    } = drawing;
    let service = flow.title.get(locale).to_owned();
    let href = |address: &Address| address.href(base);
    let action = href(asked);
    match screen {
        Screen::Redirect(_) => (String::new(), ().into_any()),
        Screen::Start { first } => (
            document_title(&service, "", false, locale),
            view! { <StartPage title=service.clone() guidance=start start=href(&first) locale=locale /> }
                .into_any(),
        ),
        Screen::Confirmation { page, reference } => {
            let next: Vec<String> = page.guidance.iter().map(|g| g.get(locale).to_owned()).collect();
            let heading = (!page.title.is_empty()).then(|| page.title.get(locale).to_owned());
            (
                document_title(say(locale, "submittedTitle"), &service, false, locale),
                view! { <ConfirmationPage reference=reference next_steps=next title=heading locale=locale /> }
                    .into_any(),
            )
        }
        Screen::CheckAnswers { page, rows, back } => {
            let base = base.to_owned();
            let end = page.id.clone();
            let change = Callback::new(move |id: String| change_address(&id, &end).href(&base));
            let declaration = flow.declaration.as_ref().map(|d| d.get(locale).to_owned());
            (
                document_title(say(locale, "checkAnswersTitle"), &service, false, locale),
                view! {
                    <CheckAnswersPage rows=rows declaration=declaration change_href=change locale=locale
                        back=href(&back) action=action on_submit=handler />
                }
                .into_any(),
            )
        }
        Screen::Exit { page, back } => (
            document_title(page.title.get(locale), &service, false, locale),
            view! { <ExitPage page=page locale=locale back=href(&back) start_again=href(&Address::start()) /> }
                .into_any(),
        ),
        Screen::AddAnother {
            page,
            question,
            items,
            back,
        } => {
            let title = document_title(
                &page_heading(&page, locale),
                &service,
                list_error.is_some(),
                locale,
            );
            let (base, item_page, asked) = (base.to_owned(), page.clone(), asked.clone());
            let item_href =
                Callback::new(move |i: usize| item_address(&item_page, i, &asked).href(&base));
            let max = page.max_items();
            (
                title,
                view! {
                    <AddAnotherPage question=question items=items max=max item_href=item_href
                        error=list_error locale=locale back=href(&back) action=action on_submit=handler />
                }
                .into_any(),
            )
        }
        Screen::Question { page, item, back } => (
            document_title(
                &page_heading(&page, locale),
                &service,
                !problems.is_empty(),
                locale,
            ),
            view! {
                <QuestionPage page=page answers=answers.clone() problems=problems locale=locale
                    back=href(&back) action=action item=item on_submit=handler />
            }
            .into_any(),
        ),
    }
}
