//! Prints the question page's server-rendered HTML (a whole document) for the hydrated build:
//! `civic-question-page > index.html`. The document loads `hydrated.js` and the page's
//! stylesheet, `question-page.css` (written by `civic css --components`).

use leptos::prelude::*;

fn main() {
    let body = Owner::new().with(|| view! { <civic_question_page::QuestionPage /> }.to_html());
    println!("{}", civic_question_page::document(&body, "hydrated"));
}
