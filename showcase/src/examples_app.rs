//! The examples module: Civic's own examples (each component's `examples.rs`), built as a
//! wasm of its own. The site's first load carries none of the components they use; once a
//! component's page is interactive, the page asks this module to draw its examples
//! (`civicDrawExamples`), and it hydrates the ones the server drew or mounts them afresh
//! (after the router drew the page, or in another language).

use civic::prelude::*;
use leptos::wasm_bindgen::{self, prelude::wasm_bindgen, JsCast};
use std::any::Any;
use std::cell::RefCell;

thread_local! {
    /// The examples on the page, kept alive until they are drawn again (dropping one
    /// unmounts it).
    static DRAWN: RefCell<Vec<Box<dyn Any>>> = RefCell::new(Vec::new());
}

/// Draws the examples of `component` (a component's or a pattern's page) in the language `lang` into their places
/// (`[data-live="<key>"]`), and returns how many it drew.
#[wasm_bindgen]
pub fn draw(component: &str, lang: &str) -> usize {
    console_error_panic_hook::set_once();
    let Some(page) = crate::data::all_pages().find(|page| page.name == component) else {
        return 0;
    };
    let locale = Locale::from_tag(lang).unwrap_or_default();
    let document = document();
    DRAWN.with(|drawn| drawn.borrow_mut().clear());
    let mut count = 0;
    for (index, example) in page.examples.iter().enumerate() {
        let key = crate::component_page::example_key(page, true, index);
        let Some(view) = example.view else { continue };
        let Some(place) = document
            .query_selector(&format!("[data-live=\"{key}\"]"))
            .ok()
            .flatten()
            .and_then(|place| place.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let draw = move || {
            provide_locale(locale);
            view()
        };
        // What the server drew (in English) is taken over; anything else is drawn afresh.
        let handle: Box<dyn Any> = if place.get_attribute("data-drawn-in").as_deref() == Some(lang)
            && place.get_attribute("data-started").is_none()
        {
            Box::new(leptos::mount::hydrate_from(place.clone(), draw))
        } else {
            place.set_inner_html("");
            Box::new(leptos::mount::mount_to(place.clone(), draw))
        };
        DRAWN.with(|drawn| drawn.borrow_mut().push(handle));
        let _ = place.set_attribute("lang", locale.tag());
        let _ = place.set_attribute("data-drawn-in", lang);
        let _ = place.set_attribute("data-started", lang);
        count += 1;
    }
    count
}

/// Runs the shipped service `name` (`missed-bin`) in its own document, in the language
/// `lang`: its pattern's example, which brings its router, drawn into `#service`. Returns
/// whether there was such a service and a place for it.
#[cfg(feature = "pattern-examples")]
#[wasm_bindgen(js_name = runService)]
pub fn run_service(name: &str, lang: &str) -> bool {
    console_error_panic_hook::set_once();
    let Some((_, example)) = crate::data::service_example(name) else {
        return false;
    };
    let Some(view) = example.view else {
        return false;
    };
    let Some(place) = document()
        .get_element_by_id("service")
        .and_then(|place| place.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    let locale = Locale::from_tag(lang).unwrap_or_default();
    place.set_inner_html("");
    let _ = place.set_attribute("lang", locale.tag());
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", locale.tag());
    }
    // The service runs until the document goes.
    leptos::mount::mount_to(place, move || {
        provide_locale(locale);
        view()
    })
    .forget();
    true
}
