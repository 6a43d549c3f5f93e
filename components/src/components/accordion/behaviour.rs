//! The accordion's behaviour (govuk-frontend's `Accordion`): each section's heading becomes a
//! button that shows or hides its content, a "Show all sections" button opens or closes them
//! all, open sections are remembered for the browser session, and hidden content stays
//! findable: the browser's find-in-page (`hidden="until-found"`) opens the section it is in.

use super::messages::{CY, EN};
use crate::config;
use crate::dom::{
    create, document, not_found, on, page_lang, query, query_all, toggle_class, window,
};
use crate::i18n::I18n;
use crate::watch::Change;
use std::rc::Rc;
use web_sys::{Element, HtmlElement};

const MODULE: &str = "govuk-accordion";
const EXPANDED: &str = "govuk-accordion__section--expanded";
const CHEVRON_DOWN: &str = "govuk-accordion-nav__chevron--down";

struct Accordion {
    root: Element,
    sections: Vec<Element>,
    show_all: HtmlElement,
    show_all_text: HtmlElement,
    show_all_chevron: HtmlElement,
    remember: bool,
    i18n: I18n,
}

impl Accordion {
    fn is_expanded(section: &Element) -> bool {
        section.class_list().contains(EXPANDED)
    }

    fn all_open(&self) -> bool {
        self.sections.iter().all(Self::is_expanded)
    }

    fn set_expanded(&self, expanded: bool, section: &Element) -> Result<(), String> {
        let content = query(section, ".govuk-accordion__section-content").ok_or_else(|| {
            not_found(
                MODULE,
                "Section content (`<div class=\"govuk-accordion__section-content\">`)",
            )
        })?;
        let (Some(icon), Some(text), Some(button)) = (
            query(section, ".govuk-accordion-nav__chevron"),
            query(section, ".govuk-accordion__section-toggle-text"),
            query(section, ".govuk-accordion__section-button"),
        ) else {
            return Ok(());
        };
        text.set_text_content(Some(&self.i18n.text(if expanded {
            "hideSection"
        } else {
            "showSection"
        })));
        let _ = button.set_attribute("aria-expanded", if expanded { "true" } else { "false" });
        // The heading, the summary when there is one, and "Show this section", joined by
        // " , " (govuk-frontend's `ariaLabelParts.join(' , ')`).
        let mut label = String::new();
        for part in [
            ".govuk-accordion__section-heading-text",
            ".govuk-accordion__section-summary",
        ] {
            if let Some(element) = query(section, part) {
                label.push_str(config::js_trim(&element.text_content().unwrap_or_default()));
                label.push_str(" , ");
            }
        }
        label.push_str(&self.i18n.text(if expanded {
            "hideSectionAriaLabel"
        } else {
            "showSectionAriaLabel"
        }));
        let _ = button.set_attribute("aria-label", &label);
        if expanded {
            let _ = content.remove_attribute("hidden");
        } else {
            // Hidden, but found by the browser's find-in-page, which then opens the section.
            let _ = content.set_attribute("hidden", "until-found");
        }
        toggle_class(section, EXPANDED, expanded);
        toggle_class(&icon, CHEVRON_DOWN, !expanded);
        self.update_show_all(self.all_open());
        crate::watch::changed(&self.root, || {
            Change::OpenSections(self.sections.iter().map(Self::is_expanded).collect())
        });
        Ok(())
    }

    fn update_show_all(&self, expanded: bool) {
        let _ = self
            .show_all
            .set_attribute("aria-expanded", if expanded { "true" } else { "false" });
        self.show_all_text
            .set_text_content(Some(&self.i18n.text(if expanded {
                "hideAllSections"
            } else {
                "showAllSections"
            })));
        toggle_class(&self.show_all_chevron, CHEVRON_DOWN, !expanded);
    }

    /// The session-storage key of a section: its button's `aria-controls`.
    fn storage_key(section: &Element) -> Option<String> {
        query(section, ".govuk-accordion__section-button")?.get_attribute("aria-controls")
    }

    fn store(&self, section: &Element, expanded: bool) {
        if !self.remember {
            return;
        }
        if let (Some(key), Ok(Some(storage))) =
            (Self::storage_key(section), window().session_storage())
        {
            let _ = storage.set_item(&key, if expanded { "true" } else { "false" });
        }
    }

    fn restore(&self, section: &Element) {
        if !self.remember {
            return;
        }
        if let (Some(key), Ok(Some(storage))) =
            (Self::storage_key(section), window().session_storage())
            && let Ok(Some(value)) = storage.get_item(&key)
        {
            let _ = self.set_expanded(value == "true", section);
        }
    }
}

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    let remember = config::boolean(root, "data-remember-expanded").unwrap_or(true);
    let i18n = I18n::new((EN, CY), root, page_lang());
    let sections = query_all(root, ".govuk-accordion__section");
    if sections.is_empty() {
        return Err(not_found(
            MODULE,
            "Sections (`<div class=\"govuk-accordion__section\">`)",
        ));
    }
    let show_all = create(
        "button",
        &[
            ("type", "button"),
            ("class", "govuk-accordion__show-all"),
            ("aria-expanded", "false"),
        ],
    );
    let show_all_chevron = create("span", &[("class", "govuk-accordion-nav__chevron")]);
    let _ = show_all.append_child(&show_all_chevron);
    let controls = create("div", &[("class", "govuk-accordion__controls")]);
    let _ = controls.append_child(&show_all);
    let _ = root.insert_before(&controls, root.first_child().as_ref());
    let show_all_text = create("span", &[("class", "govuk-accordion__show-all-text")]);
    let _ = show_all.append_child(&show_all_text);

    let accordion = Rc::new(Accordion {
        root: root.clone().into(),
        sections: sections.clone(),
        show_all,
        show_all_text,
        show_all_chevron,
        remember,
        i18n,
    });
    let all = accordion.clone();
    on::<web_sys::MouseEvent>(&accordion.show_all, "click", move |_| {
        let expanded = !all.all_open();
        for section in &all.sections {
            let _ = all.set_expanded(expanded, section);
            all.store(section, expanded);
        }
        all.update_show_all(expanded);
    });
    if js_sys::Reflect::has(&document(), &"onbeforematch".into()).unwrap_or(false) {
        let found = accordion.clone();
        on::<web_sys::Event>(&document(), "beforematch", move |event| {
            let section = event
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<Element>(t).ok())
                .and_then(|t| t.closest(".govuk-accordion__section").ok().flatten());
            if let Some(section) = section {
                let _ = found.set_expanded(true, &section);
            }
        });
    }

    let id = root.id();
    for (index, section) in sections.iter().enumerate() {
        let header = query(section, ".govuk-accordion__section-header").ok_or_else(|| {
            not_found(
                MODULE,
                "Section headers (`<div class=\"govuk-accordion__section-header\">`)",
            )
        })?;
        build_header(&header, &id, index)?;
        accordion.set_expanded(Accordion::is_expanded(section), section)?;
        let toggled = accordion.clone();
        let clicked = section.clone();
        on::<web_sys::MouseEvent>(&header, "click", move |_| {
            let expanded = !Accordion::is_expanded(&clicked);
            let _ = toggled.set_expanded(expanded, &clicked);
            toggled.store(&clicked, expanded);
        });
        accordion.restore(section);
    }
    accordion.update_show_all(accordion.all_open());
    Ok(())
}

/// Turns a section's heading into its button: the heading text, its summary, and a Show/Hide
/// toggle, separated for screen readers by commas.
fn build_header(header: &Element, id: &str, index: usize) -> Result<(), String> {
    let placeholder = query(header, ".govuk-accordion__section-button");
    let heading = query(header, ".govuk-accordion__section-heading").ok_or_else(|| {
        not_found(
            MODULE,
            "Section heading (`.govuk-accordion__section-heading`)",
        )
    })?;
    let placeholder = placeholder.ok_or_else(|| {
        not_found(
            MODULE,
            "Section button placeholder (`<span class=\"govuk-accordion__section-button\">`)",
        )
    })?;
    let summary = query(header, ".govuk-accordion__section-summary");

    let button = create(
        "button",
        &[
            ("type", "button"),
            ("aria-controls", &format!("{id}-content-{}", index + 1)),
        ],
    );
    let attributes = placeholder.attributes();
    for i in 0..attributes.length() {
        if let Some(attribute) = attributes.item(i)
            && attribute.name() != "id"
        {
            let _ = button.set_attribute(&attribute.name(), &attribute.value());
        }
    }
    let heading_text = create(
        "span",
        &[
            ("class", "govuk-accordion__section-heading-text"),
            ("id", &placeholder.id()),
        ],
    );
    let heading_focus = create(
        "span",
        &[("class", "govuk-accordion__section-heading-text-focus")],
    );
    let _ = heading_text.append_child(&heading_focus);
    move_children(&placeholder, &heading_focus);

    let toggle = create(
        "span",
        &[
            ("class", "govuk-accordion__section-toggle"),
            ("data-nosnippet", ""),
        ],
    );
    let toggle_focus = create(
        "span",
        &[("class", "govuk-accordion__section-toggle-focus")],
    );
    let _ = toggle_focus.append_child(&create(
        "span",
        &[("class", "govuk-accordion-nav__chevron")],
    ));
    let _ = toggle_focus.append_child(&create(
        "span",
        &[("class", "govuk-accordion__section-toggle-text")],
    ));
    let _ = toggle.append_child(&toggle_focus);

    let _ = button.append_child(&heading_text);
    let _ = button.append_child(&divider());
    if let Some(summary) = summary {
        let summary_span = create("span", &[]);
        let summary_focus = create(
            "span",
            &[("class", "govuk-accordion__section-summary-focus")],
        );
        let _ = summary_span.append_child(&summary_focus);
        let attributes = summary.attributes();
        for i in 0..attributes.length() {
            if let Some(attribute) = attributes.item(i) {
                let _ = summary_span.set_attribute(&attribute.name(), &attribute.value());
            }
        }
        move_children(&summary, &summary_focus);
        summary.remove();
        let _ = button.append_child(&summary_span);
        let _ = button.append_child(&divider());
    }
    let _ = button.append_child(&toggle);
    heading.remove_child(&placeholder).map_err(|_| {
        format!("{MODULE}: the section button placeholder is not inside its heading")
    })?;
    let _ = heading.append_child(&button);
    Ok(())
}

/// A comma for screen readers between the parts of a section's button.
fn divider() -> HtmlElement {
    let divider = create(
        "span",
        &[(
            "class",
            "govuk-visually-hidden govuk-accordion__section-heading-divider",
        )],
    );
    divider.set_text_content(Some(", "));
    divider
}

fn move_children(from: &Element, to: &Element) {
    while let Some(child) = from.first_child() {
        let _ = to.append_child(&child);
    }
}
