//! The step-by-step navigation's behaviour (the GOV.UK Prototype Kit's `AppStepNav`, from
//! `@govuk-prototype-kit/step-by-step` 2.2.4): each step's title becomes a button that shows
//! or hides its panel, "Show all steps" opens or closes them all, a step marked `data-show`
//! (the one holding the current page) starts open, steps opened are remembered for the
//! session when the navigation asks (`data-remember` on a large one), and when a link is
//! duplicated only the one last followed stays marked as the current page.
//!
//! Compiled by `civic-behaviours` with the components' behaviours (its `patterns` feature,
//! which civic-patterns turns on; the enhancer leaves it off to stay within its budget). It writes what the plugin writes, with one
//! deliberate differences: a step's title is copied as text, where the plugin rebuilds it
//! from its text as HTML (so a title containing `<` is not turned into markup); and steps
//! remembered without a `data-id` are kept under a name of Civic's, not the plugin's "false".

use crate::dom::{closest_lang, create, on, query, query_all, toggle_class, window};
use std::rc::Rc;
use web_sys::{Element, HtmlElement, MouseEvent};

const SHOWN: &str = "step-is-shown";
const CHEVRON_DOWN: &str = "app-step-nav__chevron--down";
const ACTIVE_LINK: &str = "app-step-nav__list-item--active";
const ACTIVE_STEP: &str = "app-step-nav__step--active";
const LINK_STORE: &str = "govuk-step-nav-active-link";

struct StepNav {
    root: Element,
    steps: Vec<Element>,
    show_all: Element,
    texts: Texts,
    remember: bool,
    /// The session storage key for remembered steps: the `data-id` itself, as the plugin
    /// keys it (without one the plugin writes under "false"; Civic uses a name of its own).
    store: String,
}

struct Texts {
    show: String,
    hide: String,
    show_all: String,
    hide_all: String,
}

fn storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

fn set_text(element: Option<Element>, text: &str) {
    if let Some(element) = element {
        element.set_text_content(Some(text));
    }
}

impl StepNav {
    fn is_shown(step: &Element) -> bool {
        step.class_list().contains(SHOWN)
    }

    fn set_shown(&self, step: &Element, shown: bool) {
        toggle_class(step, SHOWN, shown);
        if let Some(panel) = query(step, ".js-panel") {
            toggle_class(&panel, "js-hidden", !shown);
        }
        if let Some(toggle) = query(step, ".js-toggle-link") {
            set_text(
                query(&toggle, ".js-toggle-link-text"),
                if shown {
                    &self.texts.hide
                } else {
                    &self.texts.show
                },
            );
            if let Some(chevron) = query(&toggle, ".js-toggle-link-icon") {
                toggle_class(&chevron, CHEVRON_DOWN, !shown);
            }
        }
        if let Some(button) = query(step, ".js-step-title-button") {
            let _ = button.set_attribute("aria-expanded", if shown { "true" } else { "false" });
        }
    }

    fn set_show_all_text(&self) {
        let all = self.steps.iter().all(Self::is_shown)
            && query_all(&self.root, ".js-panel").len() == self.steps.len();
        set_text(
            query(&self.show_all, ".js-step-controls-button-text"),
            if all {
                &self.texts.hide_all
            } else {
                &self.texts.show_all
            },
        );
        if let Some(chevron) = query(&self.show_all, ".js-step-controls-button-icon") {
            toggle_class(&chevron, CHEVRON_DOWN, !all);
        }
    }

    fn remembered(&self) -> Vec<String> {
        let Some(text) = storage().and_then(|s| s.get_item(&self.store).ok().flatten()) else {
            return Vec::new();
        };
        match js_sys::JSON::parse(&text) {
            Ok(value) if js_sys::Array::is_array(&value) => js_sys::Array::from(&value)
                .iter()
                .filter_map(|id| id.as_string())
                .collect(),
            _ => Vec::new(),
        }
    }

    fn remember_steps(&self, ids: &[String]) {
        let list: js_sys::Array = ids
            .iter()
            .map(|id| wasm_bindgen::JsValue::from_str(id))
            .collect();
        if let (Some(store), Ok(text)) = (storage(), js_sys::JSON::stringify(&list)) {
            let _ = store.set_item(&self.store, &String::from(text));
        }
    }

    fn set_all(&self, shown: bool) {
        let mut ids = Vec::new();
        for step in &self.steps {
            self.set_shown(step, shown);
            if shown {
                ids.extend(step.get_attribute("id"));
            }
        }
        if shown {
            self.remember_steps(&ids);
        } else if let Some(store) = storage() {
            let _ = store.remove_item(&self.store);
        }
    }

    fn remember_step(&self, step: &Element) {
        if !self.remember {
            return;
        }
        let mut ids = self.remembered();
        let id = step.get_attribute("id").unwrap_or_default();
        if Self::is_shown(step) {
            ids.push(id);
        } else {
            ids.retain(|i| *i != id);
        }
        self.remember_steps(&ids);
    }

    fn set_active_step(&self) {
        for step in query_all(&self.root, &format!(".{ACTIVE_STEP}")) {
            let _ = step.class_list().remove_1(ACTIVE_STEP);
            let _ = step.remove_attribute("data-show");
        }
        if let Some(step) = query(&self.root, &format!(".{ACTIVE_LINK}"))
            .and_then(|link| link.closest(".app-step-nav__step").ok().flatten())
        {
            let _ = step.class_list().add_1(ACTIVE_STEP);
            let _ = step.set_attribute("data-show", "");
        }
    }
}

/// The link store key, per navigation when it has a `data-id`.
fn link_store(root: &Element) -> String {
    match root.get_attribute("data-id") {
        Some(id) if !id.is_empty() => format!("{LINK_STORE}_{id}"),
        _ => LINK_STORE.to_owned(),
    }
}

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    let root: Element = root.clone().into();
    let _ = root.class_list().add_1("app-step-nav--active");
    let _ = root.class_list().remove_1("js-hidden");
    let large = root.class_list().contains("app-step-nav--large");
    let attribute = |name: &str| root.get_attribute(name).unwrap_or_default();
    let texts = Texts {
        show: attribute("data-show-text"),
        hide: attribute("data-hide-text"),
        show_all: attribute("data-show-all-text"),
        hide_all: attribute("data-hide-all-text"),
    };
    let steps = query_all(&root, ".js-step");
    let Some(first_panel) = query(&root, ".js-panel") else {
        return Err("appstepnav: Step panels (`.js-panel`) not found".into());
    };

    // Each step's title becomes a button that controls its panel.
    for step in &steps {
        let (Some(title), Some(panel)) = (query(step, ".js-step-title"), query(step, ".js-panel"))
        else {
            continue;
        };
        let text = title.text_content().unwrap_or_default();
        let button = create(
            "button",
            &[
                (
                    "class",
                    "app-step-nav__button app-step-nav__button--title js-step-title-button",
                ),
                ("aria-expanded", "false"),
                ("aria-controls", &panel.id()),
            ],
        );
        let focus = create("span", &[("class", "app-step-nav____title-text-focus")]);
        let title_text = create(
            "span",
            &[("class", "app-step-nav__title-text js-step-title-text")],
        );
        title_text.set_text_content(Some(&text));
        let divider = create(
            "span",
            &[(
                "class",
                "govuk-visually-hidden app-step-nav__section-heading-divider",
            )],
        );
        divider.set_text_content(Some(", "));
        let _ = focus.append_child(&title_text);
        let _ = focus.append_child(&divider);
        let _ = button.append_child(&focus);
        let replacement = create("span", &[("class", "js-step-title")]);
        let _ = replacement.append_child(&button);
        let _ = title.replace_with_with_node_1(&replacement);
    }

    // "Show all steps".
    let controls = create(
        "div",
        &[("class", "app-step-nav__controls govuk-!-display-none-print")],
    );
    let show_all = create(
        "button",
        &[
            ("aria-expanded", "false"),
            (
                "class",
                "app-step-nav__button app-step-nav__button--controls js-step-controls-button",
            ),
        ],
    );
    let chevron = create(
        "span",
        &[(
            "class",
            "app-step-nav__chevron app-step-nav__chevron--down js-step-controls-button-icon",
        )],
    );
    let label = create(
        "span",
        &[(
            "class",
            "app-step-nav__button-text app-step-nav__button-text--all js-step-controls-button-text",
        )],
    );
    label.set_text_content(Some(&texts.show_all));
    let _ = show_all.append_child(&chevron);
    let _ = show_all.append_child(&label);
    let _ = controls.append_child(&show_all);
    if let Some(list) = query(&root, ".app-step-nav__steps") {
        let _ = root.insert_before(&controls, Some(&list));
    }

    // Each step's "Show" or "Hide", and for a screen reader " this section" (the plugin's
    // English; Welsh when the step by step is in Welsh).
    let this_section = match closest_lang(&root)
        .as_deref()
        .map(|l| l.split('-').next().unwrap_or(l))
    {
        Some("cy") => " yr adran hon",
        _ => " this section",
    };
    for header in query_all(&root, ".js-toggle-panel") {
        if query(&header, ".js-toggle-link").is_some() {
            continue;
        }
        let toggle = create(
            "span",
            &[(
                "class",
                "app-step-nav__toggle-link js-toggle-link govuk-!-display-none-print",
            )],
        );
        let focus = create("span", &[("class", "app-step-nav__toggle-link-focus")]);
        let icon = create(
            "span",
            &[("class", "app-step-nav__chevron js-toggle-link-icon")],
        );
        let text = create(
            "span",
            &[("class", "app-step-nav__button-text js-toggle-link-text")],
        );
        let _ = focus.append_child(&icon);
        let _ = focus.append_child(&text);
        let _ = toggle.append_child(&focus);
        let section = create("span", &[("class", "govuk-visually-hidden")]);
        section.set_text_content(Some(this_section));
        let _ = toggle.append_child(&section);
        if let Some(button) = query(&header, ".js-step-title-button") {
            let _ = button.append_child(&toggle);
        }
    }
    let _ = show_all.set_attribute("aria-controls", &first_panel.id());

    let nav = Rc::new(StepNav {
        remember: root.has_attribute("data-remember") && large,
        store: root
            .get_attribute("data-id")
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| "app-step-nav-shown-steps".to_owned()),
        root: root.clone(),
        steps,
        show_all: show_all.clone().into(),
        texts,
    });

    // Only one current link: the one last followed, when a link appears twice.
    let active = query_all(&root, &format!(".js-list-item.{ACTIVE_LINK}"));
    if active.len() > 1 {
        let saved = storage().and_then(|s| s.get_item(&link_store(&root)).ok().flatten());
        let found = active[0]
            .first_element_child()
            .and_then(|a| a.get_attribute("data-position"))
            .unwrap_or_default();
        let wanted = saved.unwrap_or(found.clone());
        let current = if query(&root, &format!("[data-position=\"{wanted}\"]")).is_some() {
            wanted
        } else {
            found
        };
        for item in &active {
            let position = query(item, ".js-link")
                .and_then(|a| a.get_attribute("data-position"))
                .unwrap_or_default();
            if position != current {
                let _ = item.class_list().remove_1(ACTIVE_LINK);
            }
        }
        nav.set_active_step();
    }

    // Open what was open, and what holds the current page.
    let remembered = nav.remembered();
    for step in &nav.steps {
        let id = step.get_attribute("id").unwrap_or_default();
        let shown = (nav.remember && remembered.contains(&id)) || step.has_attribute("data-show");
        nav.set_shown(step, shown);
    }
    if !remembered.is_empty() {
        let _ = show_all.set_attribute("aria-expanded", "true");
        nav.set_show_all_text();
    }

    for header in query_all(&root, ".js-toggle-panel") {
        let nav = nav.clone();
        on::<MouseEvent>(&header.clone(), "click", move |_| {
            let Some(step) = header.parent_element() else {
                return;
            };
            nav.set_shown(&step, !StepNav::is_shown(&step));
            nav.set_show_all_text();
            nav.remember_step(&step);
        });
    }
    {
        let nav = nav.clone();
        let button = show_all.clone();
        on::<MouseEvent>(&show_all.into(), "click", move |_| {
            let show = button.text_content().unwrap_or_default() == nav.texts.show_all;
            nav.set_all(show);
            let _ = button.set_attribute("aria-expanded", if show { "true" } else { "false" });
            nav.set_show_all_text();
        });
    }
    for link in query_all(&root, ".js-link") {
        let nav = nav.clone();
        let store = link_store(&root);
        on::<MouseEvent>(&link.clone(), "click", move |_| {
            let position = link.get_attribute("data-position").unwrap_or_default();
            if link.get_attribute("rel").as_deref() != Some("external")
                && let Some(s) = storage()
            {
                let _ = s.set_item(&store, &position);
            }
            if link.get_attribute("href").as_deref() == Some("#content") {
                for item in query_all(&nav.root, &format!(".{ACTIVE_LINK}")) {
                    let _ = item.class_list().remove_1(ACTIVE_LINK);
                }
                if let Some(item) = link.parent_element() {
                    let _ = item.class_list().add_1(ACTIVE_LINK);
                }
                nav.set_active_step();
            }
        });
    }
    Ok(())
}
