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

// The page runs one thread, so the allocator needs no locking.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without the atomics feature has one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Enhances every component on the page, or only those inside `scope` (an element inserted
/// later, say), as govuk-frontend's `initAll()` does: adds `govuk-frontend-supported` to
/// `<body>`, then starts each `data-module="govuk-…"` element not started before. Returns how
/// many components it started.
#[wasm_bindgen(js_name = initAll)]
pub fn init_all(scope: Option<web_sys::Element>) -> usize {
    civic_behaviours::init_all(scope.as_ref())
}
