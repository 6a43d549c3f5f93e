#![cfg(not(target_arch = "wasm32"))]
//! Step-by-step navigation (issue #11) against its peer: the GOV.UK Prototype Kit's plugin
//! (`@govuk-prototype-kit/step-by-step` 2.2.4, pinned in package.json). Its two templates
//! draw "Learn to drive a car" large (the step by step's own page) and small (beside a page
//! in it, the first link being that page); Civic's `StepByStepNav`, given the same steps,
//! must draw DOM-equivalent markup, compared as the fixture tests compare.

use civic::prelude::*;
use civic_patterns::step_by_step::{Logic, Step, StepByStep, StepByStepNav, StepLink};
use civic_tests::{dom_difference, workspace_root};
use scraper::{Html, Selector};

/// The plugin's `#step-by-step-navigation` in `template`.
fn peer(template: &str) -> String {
    let path = workspace_root()
        .join("node_modules/@govuk-prototype-kit/step-by-step/templates")
        .join(template);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run npm ci)", path.display()));
    let document = Html::parse_document(&text);
    let selector = Selector::parse("#step-by-step-navigation").unwrap();
    document
        .select(&selector)
        .next()
        .expect("the template draws a step by step")
        .html()
}

/// "Learn to drive a car: step by step", as the templates write it.
fn learn_to_drive(viewing_first: bool) -> Vec<Step> {
    let link = |text: &str| StepLink::new(text, "#");
    let first = if viewing_first {
        link("Check what age you can drive").active()
    } else {
        link("Check what age you can drive")
    };
    vec![
        Step::new("Check you're allowed to drive")
            .paragraph("Most people can start learning to drive when they’re 17.")
            .link(first)
            .link(link("Requirements for driving legally"))
            .link(link("Driving eyesight rules")),
        Step::new("Get a provisional licence")
            .link(link("Apply for your first provisional driving licence").context("£34 to £43")),
        Step::new("Driving lessons and practice")
            .paragraph("You need a provisional driving licence to take lessons or practice.")
            .link(link("The Highway Code"))
            .link(link("Taking driving lessons"))
            .link(link("Find driving schools, lessons and instructors"))
            .link(link("Practise vehicle safety questions")),
        Step::new("Prepare for your theory test")
            .joined(Logic::And)
            .link(link("Theory test revision and practice"))
            .link(link("Take a practice theory test"))
            .link(link("Theory and hazard perception test app").external()),
        Step::new("Book and manage your theory test")
            .paragraph("You need a provisional driving licence to book your theory test.")
            .link(link("Book your theory test").context("£23"))
            .link(link("What to take to your test"))
            .link(link("Change your theory test appointment"))
            .link(link("Check your theory test appointment details"))
            .link(link("Cancel your theory test")),
        Step::new("Book and manage your driving test")
            .paragraph("You must pass your theory test before you can book your driving test.")
            .link(link("Book your driving test").context("£62 to £75"))
            .link(link("What to take to your test"))
            .link(link("Change your driving test appointment"))
            .link(link("Check your driving test appointment details"))
            .link(link("Cancel your driving test")),
        Step::new("When you pass")
            .paragraph("You can start driving as soon as you pass your driving test.")
            .paragraph(
                "You must have an insurance policy that allows you to drive without supervision.",
            )
            .link(link("Find out about Pass Plus training courses")),
    ]
}

fn civic(nav: StepByStep) -> String {
    Owner::new().with(|| view! { <StepByStepNav nav=nav /> }.to_html())
}

#[test]
fn the_large_step_by_step_is_the_plugins() {
    let ours = civic(StepByStep::large(learn_to_drive(false)));
    if let Some(difference) = dom_difference(&peer("step-by-step-navigation.html"), &ours) {
        panic!("large step by step: {difference}");
    }
}

#[test]
fn the_small_step_by_step_beside_a_page_is_the_plugins() {
    let ours = civic(StepByStep::small(learn_to_drive(true)));
    if let Some(difference) = dom_difference(&peer("start-with-step-by-step.html"), &ours) {
        panic!("small step by step: {difference}");
    }
}

#[test]
fn a_step_by_step_reads_from_json_and_speaks_welsh() {
    let nav: StepByStep = serde_json::from_value(serde_json::json!({
        "steps": [
            {"title": {"en": "Check you can apply", "cy": "Gwiriwch a allwch wneud cais"},
             "links": [{"text": {"en": "Apply", "cy": "Gwneud cais"}, "href": "/apply"}]},
            {"title": "Wait for a decision", "logic": "or"}
        ]
    }))
    .unwrap();
    let html =
        Owner::new().with(|| view! { <StepByStepNav nav=nav locale=Locale::Cy /> }.to_html());
    let html = Html::parse_fragment(&html);
    let text = |css: &str| -> Vec<String> {
        html.select(&Selector::parse(css).unwrap())
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    };
    assert_eq!(
        text(".js-step-title"),
        ["Gwiriwch a allwch wneud cais", "Wait for a decision"]
    );
    assert_eq!(text(".app-step-nav__circle-background"), ["Cam 1:", "neu"]);
    let root = html
        .select(&Selector::parse(".app-step-nav").unwrap())
        .next()
        .unwrap();
    assert_eq!(
        root.value().attr("data-show-all-text"),
        Some("Dangos pob cam")
    );
    // Ids come from the English title, so a Welsh page links to the same steps.
    assert_eq!(
        root.select(&Selector::parse(".js-step").unwrap())
            .next()
            .unwrap()
            .value()
            .attr("id"),
        Some("check-you-can-apply")
    );
    // Unknown fields are refused, naming them.
    let error =
        serde_json::from_value::<StepByStep>(serde_json::json!({"steps": [], "colour": "red"}))
            .unwrap_err();
    assert!(error.to_string().contains("colour"), "{error}");
}
