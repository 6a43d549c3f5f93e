//! Step-by-step navigation: a service made of several steps, each with what to do and the
//! links to do it, numbered (or joined by "and" / "or"); the large version on the step by
//! step's own page, the small one beside a page that is part of it.
//!
//! # Accessibility
//!
//! **Keyboard.** Each step's heading is a button (with JavaScript) that Enter or Space opens;
//! "Show all steps" opens every one; the links inside are in the tab order.
//!
//! **Screen readers.** Steps are an ordered list with their numbers read; each step's button
//! says whether it is open. Without JavaScript every step is open.

use civic::prelude::*;
use civic_patterns::step_by_step::{Step, StepByStep, StepByStepNav, StepLink};

/// Getting a Blue Badge, in three steps
pub fn blue_badge() -> impl IntoView {
    let locale = use_context::<Locale>().unwrap_or_default();
    let nav = StepByStep::large(vec![
        Step::new("Check you can apply")
            .paragraph("You must live in England.")
            .link(StepLink::new("Who can get a Blue Badge", "#step-by-step-eligibility")),
        Step::new("Apply").link(StepLink::new("Apply online", "#step-by-step-apply").context("free")),
        Step::new("Get your badge").paragraph("It can take up to 12 weeks."),
    ]);
    view! { <StepByStepNav nav=nav locale=locale /> }
}
