//! The password input's behaviour (govuk-frontend's `PasswordInput`): the Show button reveals
//! the password and hides it again, says so to screen readers, and the password is hidden
//! again before the form is sent or when the page comes back from the browser's cache.

use super::messages::{CY, EN};
use crate::dom::{closest_lang, create, not_found, on, query, window};
use crate::i18n::I18n;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlButtonElement, HtmlElement, HtmlInputElement, MouseEvent};

const MODULE: &str = "govuk-password-input";

struct Parts {
    root: HtmlElement,
    input: HtmlInputElement,
    button: HtmlButtonElement,
    status: HtmlElement,
    i18n: I18n,
}

impl Parts {
    fn set_shown(&self, shown: bool) {
        let wanted = if shown { "text" } else { "password" };
        if self.input.type_() == wanted {
            return;
        }
        let _ = self.input.set_attribute("type", wanted);
        let (text, label, announcement) = if shown {
            (
                "hidePassword",
                "hidePasswordAriaLabel",
                "passwordShownAnnouncement",
            )
        } else {
            (
                "showPassword",
                "showPasswordAriaLabel",
                "passwordHiddenAnnouncement",
            )
        };
        self.button.set_inner_text(&self.i18n.text(text));
        let _ = self
            .button
            .set_attribute("aria-label", &self.i18n.text(label));
        self.status.set_inner_text(&self.i18n.text(announcement));
        crate::watch::changed(&self.root, || crate::watch::Change::PasswordShown(shown));
    }
}

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    let input = query(root, ".govuk-js-password-input-input")
        .ok_or_else(|| not_found(MODULE, "Form field (`.govuk-js-password-input-input`)"))?
        .dyn_into::<HtmlInputElement>()
        .map_err(|_| {
            format!("{MODULE}: Form field (`.govuk-js-password-input-input`) is not of type HTMLInputElement")
        })?;
    if input.type_() != "password" {
        return Err("Password input: Form field (`.govuk-js-password-input-input`) must be of type `password`.".into());
    }
    let button = query(root, ".govuk-js-password-input-toggle")
        .ok_or_else(|| not_found(MODULE, "Button (`.govuk-js-password-input-toggle`)"))?
        .dyn_into::<HtmlButtonElement>()
        .map_err(|_| {
            format!("{MODULE}: Button (`.govuk-js-password-input-toggle`) is not of type HTMLButtonElement")
        })?;
    if button.type_() != "button" {
        return Err(
            "Password input: Button (`.govuk-js-password-input-toggle`) must be of type `button`."
                .into(),
        );
    }
    let locale = closest_lang(root).unwrap_or_else(crate::dom::page_lang);
    let i18n = I18n::new((EN, CY), root, locale);
    let _ = button.remove_attribute("hidden");
    let status = create(
        "div",
        &[
            (
                "class",
                "govuk-password-input__sr-status govuk-visually-hidden",
            ),
            ("aria-live", "polite"),
        ],
    );
    let _ = input.insert_adjacent_element("afterend", &status);
    let parts = Rc::new(Parts {
        root: root.clone(),
        input,
        button,
        status,
        i18n,
    });
    let toggled = parts.clone();
    on::<MouseEvent>(&parts.button, "click", move |event| {
        event.prevent_default();
        let hidden = toggled.input.type_() == "password";
        toggled.set_shown(hidden);
    });
    if let Some(form) = parts.input.form() {
        let submitted = parts.clone();
        on::<web_sys::Event>(&form, "submit", move |_| submitted.set_shown(false));
    }
    let restored = parts.clone();
    on::<web_sys::PageTransitionEvent>(&window(), "pageshow", move |event| {
        if event.persisted() && restored.input.type_() != "password" {
            restored.set_shown(false);
        }
    });
    parts.set_shown(false);
    Ok(())
}
