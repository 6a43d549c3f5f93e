//! Civic's enhancer: the behaviours of govuk-frontend's components (accordions that open,
//! character counts that count, conditional questions that reveal, …) for pages rendered by
//! any stack: Civic's own server rendering, `civic render`, Nunjucks with govuk-frontend's
//! macros, PHP, Rails. It is a drop-in for govuk-frontend's script:
//!
//! ```html
//! <link rel="stylesheet" href="/civic.css">
//! <script type="module">
//!   import init, { initAll } from "/civic.js";
//!   await init();   // loads civic_bg.wasm, beside civic.js
//!   initAll();
//! </script>
//! ```
//!
//! `cargo xtask dist` builds `civic.js` and `civic_bg.wasm` into `target/civic-dist/`. Each
//! behaviour is the same Rust code the Leptos components run (`civic_behaviours`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

// The page runs one thread, so the allocator needs no locking.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without the atomics feature has one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Enhances every component on the page, as govuk-frontend's `initAll()` does, taking the
/// same argument: nothing (the whole page), an element to enhance inside (a fragment inserted
/// later), or an object with `scope` (an element) and `onError` (a function given each
/// component that cannot start, as an `Error`, and `{ element }`). Unlike govuk-frontend's,
/// it adds `govuk-frontend-supported` to `<body>` itself, and it takes no per-component
/// options: those come from the markup's `data-*` attributes. Returns how many components it
/// started.
#[wasm_bindgen(js_name = initAll)]
pub fn init_all(options: JsValue) -> usize {
    let (scope, on_error) = read_options(&options);
    let report = |message: String| {
        let error = js_sys::Error::new(&message);
        match &on_error {
            Some(callback) => {
                let _ = callback.call2(&JsValue::NULL, &error, &js_sys::Object::new());
            }
            None => web_sys::console::log_1(&error),
        }
    };
    civic_behaviours::init_all_with(scope.as_ref(), &report)
}

/// The scope and error handler from `initAll`'s argument.
fn read_options(options: &JsValue) -> (Option<web_sys::Element>, Option<js_sys::Function>) {
    if let Some(element) = options.dyn_ref::<web_sys::Element>() {
        return (Some(element.clone()), None);
    }
    if let Some(callback) = options.dyn_ref::<js_sys::Function>() {
        return (None, Some(callback.clone()));
    }
    if !options.is_object() {
        return (None, None);
    }
    let field = |name: &str| js_sys::Reflect::get(options, &JsValue::from_str(name)).ok();
    let scope = field("scope").and_then(|s| s.dyn_into::<web_sys::Element>().ok());
    let on_error = field("onError").and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    (scope, on_error)
}
