//! Check your answers: each section's answers in a summary list under its heading, each with a
//! Change link back to its page, then the declaration and the button that sends them.
//!
//! # Accessibility
//!
//! **Keyboard.** Change links and the send button are in the tab order, in reading order.
//!
//! **Screen readers.** Each answer is read with its question; each Change link carries the
//! question as visually hidden text ("Change which bins were missed"), so it makes sense on
//! its own in a list of links.

use civic::prelude::*;
use civic_patterns::flow::Answers;
use civic_patterns::questions::date::Date;
use civic_patterns::pages::CheckAnswersPage;
use civic_patterns::questions::Input;
use civic_patterns::services::missed_bin;

/// The missed bin service's answers so far, ready to send
pub fn missed_bin_answers() -> impl IntoView {
    let locale = use_context::<Locale>().unwrap_or_default();
    let flow = missed_bin();
    let address = [("line1", "1 High Street"), ("town", "Anytown"), ("postcode", "AT1 2BC")];
    let mut answers = Answers::new();
    answers.insert(
        "address".into(),
        Input::Parts(address.into_iter().map(|(k, v)| (k.into(), v.into())).collect()),
    );
    answers.insert("bins".into(), Input::Many(vec!["general".into(), "food".into()]));
    let rows = flow.summary(&answers, locale, Date::today());
    view! {
        <CheckAnswersPage rows=rows locale=locale action="#check-answers-send"
            change_href=Callback::new(|page: String| format!("#check-answers-{page}")) />
    }
}
