//! The service navigation's behaviour (govuk-frontend's `ServiceNavigation`): below tablet
//! width the navigation folds behind a Menu button that opens and closes it; at tablet width
//! and up it is always shown and the button is hidden.

use crate::dom::{document, not_found, on, query, tablet_and_up};
use std::cell::Cell;
use std::rc::Rc;
use web_sys::{Element, HtmlElement, MediaQueryList};

const MODULE: &str = "govuk-service-navigation";

struct Menu {
    button: Element,
    menu: Element,
    wide: MediaQueryList,
    open: Cell<bool>,
}

impl Menu {
    fn check_mode(&self) {
        if self.wide.matches() {
            let _ = self.menu.remove_attribute("hidden");
            let _ = self.button.set_attribute("hidden", "");
            let _ = self.button.set_attribute("aria-hidden", "true");
        } else {
            let open = self.open.get();
            let _ = self.button.remove_attribute("hidden");
            let _ = self.button.remove_attribute("aria-hidden");
            let _ = self
                .button
                .set_attribute("aria-expanded", if open { "true" } else { "false" });
            if open {
                let _ = self.menu.remove_attribute("hidden");
            } else {
                let _ = self.menu.set_attribute("hidden", "");
            }
        }
    }
}

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    // Without a menu button there is nothing to fold.
    let Some(button) = query(root, ".govuk-js-service-navigation-toggle") else {
        return Ok(());
    };
    let id = button
        .get_attribute("aria-controls")
        .filter(|id| !id.is_empty())
        .ok_or_else(|| {
        not_found(
            MODULE,
            "Navigation button (`<button class=\"govuk-js-service-navigation-toggle\">`) attribute (`aria-controls`)",
        )
    })?;
    let menu = document()
        .get_element_by_id(&id)
        .ok_or_else(|| not_found(MODULE, &format!("Navigation (`<ul id=\"{id}\">`)")))?;
    let wide = tablet_and_up(MODULE)?;
    let state = Rc::new(Menu {
        button,
        menu,
        wide,
        open: Cell::new(false),
    });
    let resized = state.clone();
    on::<web_sys::Event>(&state.wide, "change", move |_| resized.check_mode());
    state.check_mode();
    let clicked = state.clone();
    on::<web_sys::MouseEvent>(&state.button, "click", move |_| {
        clicked.open.set(!clicked.open.get());
        clicked.check_mode();
    });
    Ok(())
}
