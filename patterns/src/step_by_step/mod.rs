//! Step-by-step navigation: the GOV.UK pattern for a service made of several steps, as the
//! GOV.UK Prototype Kit's step-by-step plugin draws it (`app-step-nav`, from
//! `@govuk-prototype-kit/step-by-step` 2.2.4): numbered steps (or "and" / "or" between
//! them), each with its paragraphs and links, a large version for the step by step's own page
//! and a small one beside a page that is part of it, marking the current page.
//!
//! Without JavaScript every step is open. With it (`behaviour.rs`, compiled into Civic's
//! behaviours and started by this component) each step shows or hides, "Show all steps"
//! opens them all, and the step holding the current page starts open. Its styles are
//! `civic_styles::sheet::patterns_stylesheet` (`civic css --patterns`).
//!
//! ```
//! use civic::prelude::*;
//! use civic_patterns::step_by_step::{Step, StepByStep, StepByStepNav, StepLink};
//!
//! let nav = StepByStep::large(vec![
//!     Step::new("Check you can apply")
//!         .paragraph("You must live in England.")
//!         .link(StepLink::new("Who can get a Blue Badge", "/blue-badge/eligibility")),
//!     Step::new("Apply").link(StepLink::new("Apply online", "/blue-badge/who").context("free")),
//! ]);
//! let html = Owner::new().with(|| view! { <StepByStepNav nav=nav /> }.to_html());
//! assert!(html.contains(r#"data-module="appstepnav""#));
//! ```

use crate::questions::Words;
use civic::prelude::*;
use serde::{Deserialize, Serialize};

/// A step by step: its steps, and how it is shown.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StepByStep {
    /// The element's id; `step-by-step-navigation` by default.
    #[serde(default)]
    pub id: Option<String>,
    /// The large version (the step by step's own page) or the small one (beside a page in it).
    #[serde(default)]
    pub size: Size,
    /// Whether steps opened are remembered for the session (large only), under `remember`'s
    /// name (`data-id`).
    #[serde(default)]
    pub remember: Option<String>,
    /// The steps, in order.
    pub steps: Vec<Step>,
}

/// The two sizes of step by step.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Size {
    /// On the step by step's own page: step titles are `<h2>`.
    #[default]
    Large,
    /// Beside a page that is part of it: step titles are `<h3>`, and it is not printed.
    Small,
}

/// One step.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Step {
    /// The step's id; made from its English title when not given ("Check you're allowed to
    /// drive" → `check-you-re-allowed-to-drive`).
    #[serde(default)]
    pub id: Option<String>,
    /// The step's title.
    pub title: Words,
    /// Set when this step is joined to the one before by "and" or "or" rather than numbered.
    #[serde(default)]
    pub logic: Option<Logic>,
    /// Paragraphs before its links.
    #[serde(default)]
    pub paragraphs: Vec<Words>,
    /// Its links.
    #[serde(default)]
    pub links: Vec<StepLink>,
}

/// How a step joins the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Logic {
    /// Both are needed.
    And,
    /// Either will do.
    Or,
}

/// A link in a step.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StepLink {
    /// The link's words.
    pub text: Words,
    /// Where it goes.
    pub href: String,
    /// A note after it, such as a cost ("£34 to £43").
    #[serde(default)]
    pub context: Option<Words>,
    /// Whether it leaves the service (`rel="external"`).
    #[serde(default)]
    pub external: bool,
    /// Whether it is the page being viewed: its step is marked and starts open.
    #[serde(default)]
    pub active: bool,
}

impl StepByStep {
    /// A large step by step of `steps`.
    pub fn large(steps: Vec<Step>) -> Self {
        StepByStep {
            steps,
            ..Default::default()
        }
    }

    /// A small step by step of `steps`, to go beside a page that is part of it.
    pub fn small(steps: Vec<Step>) -> Self {
        StepByStep {
            size: Size::Small,
            steps,
            ..Default::default()
        }
    }
}

impl Step {
    /// A step with this title.
    pub fn new(title: impl Into<Words>) -> Self {
        Step {
            title: title.into(),
            ..Default::default()
        }
    }

    /// This step joined to the one before by "and" or "or".
    pub fn joined(mut self, logic: Logic) -> Self {
        self.logic = Some(logic);
        self
    }

    /// Adds a paragraph.
    pub fn paragraph(mut self, text: impl Into<Words>) -> Self {
        self.paragraphs.push(text.into());
        self
    }

    /// Adds a link.
    pub fn link(mut self, link: StepLink) -> Self {
        self.links.push(link);
        self
    }

    /// The step's id: as given, or its English title made into an id.
    pub fn id(&self) -> String {
        match &self.id {
            Some(id) => id.clone(),
            None => slug(self.title.get(Locale::En)),
        }
    }
}

impl StepLink {
    /// A link.
    pub fn new(text: impl Into<Words>, href: impl Into<String>) -> Self {
        StepLink {
            text: text.into(),
            href: href.into(),
            ..Default::default()
        }
    }

    /// A note after the link, such as a cost.
    pub fn context(mut self, text: impl Into<Words>) -> Self {
        self.context = Some(text.into());
        self
    }

    /// Marks the link as the page being viewed.
    pub fn active(mut self) -> Self {
        self.active = true;
        self
    }

    /// Marks the link as leaving the service.
    pub fn external(mut self) -> Self {
        self.external = true;
        self
    }
}

/// A title as an id, as GOV.UK makes them: lower case, every run of other characters one `-`.
fn slug(title: &str) -> String {
    let mut id = String::new();
    for c in title.trim().chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_owned()
}

fn say(locale: Locale, key: &str) -> &'static str {
    civic::strings::FLOW_PAGES.text(locale, key)
}

/// Draws a step by step: the plugin's `app-step-nav` markup for the same steps, in `locale`.
#[component]
pub fn StepByStepNav(
    /// The step by step.
    nav: StepByStep,
    /// The language of its words.
    #[prop(optional)]
    locale: Locale,
) -> impl IntoView {
    let large = nav.size == Size::Large;
    let class = if large {
        "app-step-nav js-hidden app-step-nav--large"
    } else {
        "app-step-nav govuk-!-display-none-print js-hidden"
    };
    let mut number = 0;
    let steps: Vec<AnyView> = nav
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let position = index + 1;
            let id = step.id();
            let active = step.links.iter().any(|l| l.active);
            let circle = match step.logic {
                None => {
                    number += 1;
                    let number = number;
                    view! {
                        <span class="app-step-nav__circle app-step-nav__circle--number">
                            <span class="app-step-nav__circle-inner">
                                <span class="app-step-nav__circle-background">
                                    <span class="govuk-visually-hidden govuk-!-display-none-print">{say(locale, "stepStep")}</span>
                                    {format!(" {number}")}
                                    <span class="govuk-visually-hidden govuk-!-display-none-print" aria-hidden="true">":"</span>
                                </span>
                            </span>
                        </span>
                    }
                    .into_any()
                }
                Some(logic) => {
                    let word = say(locale, if logic == Logic::And { "stepAnd" } else { "stepOr" });
                    view! {
                        <span class="app-step-nav__circle app-step-nav__circle--logic">
                            <span class="app-step-nav__circle-inner">
                                <span class="app-step-nav__circle-background">{word}</span>
                            </span>
                        </span>
                    }
                    .into_any()
                }
            };
            let title = step.title.get(locale).to_owned();
            let heading = if large {
                view! { <h2 class="app-step-nav__title">{circle}<span class="js-step-title">{title}</span></h2> }.into_any()
            } else {
                view! { <h3 class="app-step-nav__title">{circle}<span class="js-step-title">{title}</span></h3> }.into_any()
            };
            let paragraphs: Vec<AnyView> = step
                .paragraphs
                .iter()
                .map(|p| view! { <p class="app-step-nav__paragraph">{p.get(locale).to_owned()}</p> }.into_any())
                .collect();
            let links = (!step.links.is_empty()).then(|| {
                let items: Vec<AnyView> = step
                    .links
                    .iter()
                    .enumerate()
                    .map(|(l, link)| {
                        let item_class = if link.active {
                            "app-step-nav__list-item js-list-item app-step-nav__list-item--active"
                        } else {
                            "app-step-nav__list-item js-list-item"
                        };
                        let viewing = link.active.then(|| {
                            view! { <span class="app-step-nav__link-active-context govuk-visually-hidden">{say(locale, "stepViewing")}</span> }
                        });
                        let context = link.context.as_ref().map(|c| {
                            view! { <span class="app-step-nav__context">{c.get(locale).to_owned()}</span> }
                        });
                        view! {
                            <li class=item_class>
                                <a
                                    rel=link.external.then_some("external")
                                    data-position=format!("{position}.{}", l + 1)
                                    class="app-step-nav__link js-link"
                                    href=link.href.clone()
                                >
                                    {viewing}
                                    {format!("{} ", link.text.get(locale))}
                                    {context}
                                </a>
                            </li>
                        }
                        .into_any()
                    })
                    .collect();
                view! { <ol class="app-step-nav__list" data-length=step.links.len().to_string()>{items}</ol> }
            });
            let step_class = if active {
                "app-step-nav__step js-step app-step-nav__step--active"
            } else {
                "app-step-nav__step js-step"
            };
            view! {
                <li class=step_class aria-current=active.then_some("step") id=id.clone()>
                    <div class="app-step-nav__header js-toggle-panel" data-position=position.to_string()>
                        {heading}
                    </div>
                    <div class="app-step-nav__panel js-panel" id=format!("step-panel-{id}-{position}")>
                        {paragraphs}
                        {links}
                    </div>
                </li>
            }
            .into_any()
        })
        .collect();
    let id = nav
        .id
        .clone()
        .unwrap_or_else(|| "step-by-step-navigation".to_owned());
    // Its behaviour starts once it is in the page, as Civic's components' do.
    #[cfg(target_arch = "wasm32")]
    Effect::new(|_| {
        set_timeout(
            || {
                civic::init_all(None);
            },
            std::time::Duration::ZERO,
        );
    });
    view! {
        <div
            data-module="appstepnav"
            id=id
            class=class
            data-remember=nav.remember.as_ref().map(|_| "")
            data-id=nav.remember.clone()
            data-show-text=say(locale, "stepShow")
            data-hide-text=say(locale, "stepHide")
            data-show-all-text=say(locale, "stepShowAll")
            data-hide-all-text=say(locale, "stepHideAll")
        >
            <ol class="app-step-nav__steps">{steps}</ol>
        </div>
    }
}
