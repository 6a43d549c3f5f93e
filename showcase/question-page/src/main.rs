//! Writes the question page's three documents into a folder, for `cargo xtask bench`:
//! `csr.html` (an empty body that `app.js` draws), `hydrated.html` (the page rendered here,
//! which `hydrated.js` takes over) and `govuk.html` (the same rendering, enhanced by
//! govuk-frontend's `initAll()`); and `refused.html`, the page as a server answers a refused
//! Continue (every error shown), which with `hydrated.html` gives `civic css --page` every
//! component the page draws. Usage: `civic-question-page DIR`.

use civic_question_page::{document, QuestionPage, Start};
use leptos::prelude::*;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: civic-question-page DIR");
        std::process::exit(2);
    };
    let body = Owner::new().with(|| view! { <QuestionPage /> }.to_html());
    let refused = Owner::new().with(|| view! { <QuestionPage refused=true /> }.to_html());
    for (file, body, start) in [
        ("csr.html", "", Start::ClientSide),
        ("hydrated.html", body.as_str(), Start::Hydrated),
        ("govuk.html", body.as_str(), Start::GovukFrontend),
        ("refused.html", refused.as_str(), Start::GovukFrontend),
    ] {
        let path = std::path::Path::new(&dir).join(file);
        if let Err(error) = std::fs::write(&path, document(body, start)) {
            eprintln!(
                "civic-question-page: cannot write {}: {error}",
                path.display()
            );
            std::process::exit(1);
        }
    }
}
