//! The tabs' behaviour (govuk-frontend's `Tabs`): at tablet width and up the list of links
//! becomes a tab list (ARIA roles, one panel shown at a time, arrow keys move between tabs,
//! the address follows the tab); below it, and without JavaScript, every panel shows in turn.

use crate::dom::{not_found, on, query, query_all, tablet_and_up, toggle_class, window, Listener};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlAnchorElement, HtmlElement, KeyboardEvent, MediaQueryList, MouseEvent};

const MODULE: &str = "govuk-tabs";
const HIDDEN: &str = "govuk-tabs__panel--hidden";
const SELECTED: &str = "govuk-tabs__list-item--selected";

struct Tabs {
    root: HtmlElement,
    tabs: Vec<HtmlAnchorElement>,
    list: Element,
    items: Vec<Element>,
    wide: MediaQueryList,
    changing_hash: Cell<bool>,
    listeners: Cell<Vec<Listener>>,
}

impl Tabs {
    fn panel(&self, tab: &HtmlAnchorElement) -> Option<Element> {
        let hash = tab.hash();
        query(&self.root, &format!("#{}", hash.get(1..).unwrap_or("")))
    }

    fn tab_for(&self, hash: &str) -> Option<HtmlAnchorElement> {
        query(&self.root, &format!("a.govuk-tabs__tab[href=\"{hash}\"]"))
            .and_then(|e| e.dyn_into().ok())
    }

    fn current(&self) -> Option<HtmlAnchorElement> {
        query(
            &self.root,
            ".govuk-tabs__list-item--selected a.govuk-tabs__tab",
        )
        .and_then(|e| e.dyn_into().ok())
    }

    fn hide(&self, tab: &HtmlAnchorElement) {
        if let Some(item) = tab.parent_element() {
            let _ = tab.set_attribute("aria-selected", "false");
            toggle_class(&item, SELECTED, false);
            let _ = tab.set_attribute("tabindex", "-1");
        }
        if let Some(panel) = self.panel(tab) {
            toggle_class(&panel, HIDDEN, true);
        }
    }

    fn show(&self, tab: &HtmlAnchorElement) {
        if let Some(item) = tab.parent_element() {
            let _ = tab.set_attribute("aria-selected", "true");
            toggle_class(&item, SELECTED, true);
            let _ = tab.set_attribute("tabindex", "0");
        }
        if let Some(panel) = self.panel(tab) {
            toggle_class(&panel, HIDDEN, false);
            crate::watch::changed(&self.root, || crate::watch::Change::SelectedTab(panel.id()));
        }
    }

    /// Puts the tab's panel in the address without the page jumping to it.
    fn remember(&self, tab: &HtmlAnchorElement) {
        let Some(panel) = self.panel(tab) else {
            return;
        };
        let id = panel.id();
        panel.set_id("");
        self.changing_hash.set(true);
        window().location().set_hash(&id).ok();
        panel.set_id(&id);
    }

    /// Moves to the tab beside the current one (`forward`: the next), without wrapping.
    fn step(&self, forward: bool) {
        let Some(current) = self.current() else {
            return;
        };
        let Some(item) = current.parent_element() else {
            return;
        };
        let beside = if forward {
            item.next_element_sibling()
        } else {
            item.previous_element_sibling()
        };
        let Some(next) = beside
            .and_then(|li| query(&li, "a.govuk-tabs__tab"))
            .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok())
        else {
            return;
        };
        self.hide(&current);
        self.show(&next);
        let _ = next.focus();
        self.remember(&next);
    }

    fn setup(self: &Rc<Self>) {
        let _ = self.list.set_attribute("role", "tablist");
        for item in &self.items {
            let _ = item.set_attribute("role", "presentation");
        }
        let mut listeners = Vec::new();
        for tab in &self.tabs {
            // A link without a fragment names no panel, and is left as it is.
            let id = tab.hash().replacen('#', "", 1);
            if !id.is_empty() {
                let _ = tab.set_attribute("id", &format!("tab_{id}"));
                let _ = tab.set_attribute("role", "tab");
                let _ = tab.set_attribute("aria-controls", &id);
                let _ = tab.set_attribute("aria-selected", "false");
                let _ = tab.set_attribute("tabindex", "-1");
                if let Some(panel) = self.panel(tab) {
                    let _ = panel.set_attribute("role", "tabpanel");
                    let _ = panel.set_attribute("aria-labelledby", &tab.id());
                    toggle_class(&panel, HIDDEN, true);
                }
            }
            let tabs = self.clone();
            listeners.push(Listener::add::<MouseEvent>(
                tab,
                "click",
                true,
                move |event| {
                    let next = event
                        .current_target()
                        .and_then(|t| t.dyn_into::<HtmlAnchorElement>().ok());
                    let (Some(current), Some(next)) = (tabs.current(), next) else {
                        return;
                    };
                    event.prevent_default();
                    tabs.hide(&current);
                    tabs.show(&next);
                    tabs.remember(&next);
                },
            ));
            let tabs = self.clone();
            listeners.push(Listener::add::<KeyboardEvent>(
                tab,
                "keydown",
                true,
                move |event| {
                    match event.key().as_str() {
                        "ArrowLeft" | "Left" => tabs.step(false),
                        "ArrowRight" | "Right" => tabs.step(true),
                        _ => return,
                    }
                    event.prevent_default();
                },
            ));
            self.hide(tab);
        }
        let hash = window().location().hash().unwrap_or_default();
        let active = self.tab_for(&hash).or_else(|| self.tabs.first().cloned());
        if let Some(active) = active {
            self.show(&active);
        }
        let tabs = self.clone();
        listeners.push(Listener::add::<web_sys::Event>(
            &window(),
            "hashchange",
            true,
            move |_| {
                let hash = window().location().hash().unwrap_or_default();
                let Some(target) = tabs.tab_for(&hash) else {
                    return;
                };
                if tabs.changing_hash.replace(false) {
                    return;
                }
                let Some(previous) = tabs.current() else {
                    return;
                };
                tabs.hide(&previous);
                tabs.show(&target);
                let _ = target.focus();
            },
        ));
        let mut all = self.listeners.take();
        all.extend(listeners);
        self.listeners.set(all);
    }

    fn teardown(&self) {
        let _ = self.list.remove_attribute("role");
        for item in &self.items {
            let _ = item.remove_attribute("role");
        }
        for listener in self.listeners.take() {
            listener.remove();
        }
        for tab in &self.tabs {
            for attribute in ["id", "role", "aria-controls", "aria-selected", "tabindex"] {
                let _ = tab.remove_attribute(attribute);
            }
            if let Some(panel) = self.panel(tab) {
                let _ = panel.remove_attribute("role");
                let _ = panel.remove_attribute("aria-labelledby");
                toggle_class(&panel, HIDDEN, false);
            }
        }
    }

    fn check_mode(self: &Rc<Self>) {
        if self.wide.matches() {
            self.setup();
        } else {
            self.teardown();
        }
    }
}

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    let tabs: Vec<HtmlAnchorElement> = query_all(root, "a.govuk-tabs__tab")
        .into_iter()
        .filter_map(|e| e.dyn_into().ok())
        .collect();
    if tabs.is_empty() {
        return Err(not_found(MODULE, "Links (`<a class=\"govuk-tabs__tab\">`)"));
    }
    let list = query(root, ".govuk-tabs__list")
        .ok_or_else(|| not_found(MODULE, "List (`<ul class=\"govuk-tabs__list\">`)"))?;
    let items = query_all(root, "li.govuk-tabs__list-item");
    if items.is_empty() {
        return Err(not_found(
            MODULE,
            "List items (`<li class=\"govuk-tabs__list-item\">`)",
        ));
    }
    let wide = tablet_and_up(MODULE)?;
    let state = Rc::new(Tabs {
        root: root.clone(),
        tabs,
        list,
        items,
        wide,
        changing_hash: Cell::new(false),
        listeners: Cell::new(Vec::new()),
    });
    let resized = state.clone();
    on::<web_sys::Event>(&state.wide, "change", move |_| resized.check_mode());
    state.check_mode();
    Ok(())
}
