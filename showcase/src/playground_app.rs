//! The theme playground's module: the stylesheet of a theme file, by the same code as
//! `civic css --theme-file` (civic-styles' `Theme::from_json` and `sheet::css`), built as a
//! wasm of its own that only the theme page loads.

use leptos::wasm_bindgen::{self, prelude::wasm_bindgen};

/// The stylesheet of the theme file `json`, or every fault in it, one per line, each named by
/// its JSON path (unreadable colour pairs among them).
#[wasm_bindgen(js_name = themeCss)]
pub fn theme_css(json: &str) -> Result<String, String> {
    let theme = civic_styles::Theme::from_json(json).map_err(|error| error.to_string())?;
    Ok(civic_styles::sheet::css(&theme))
}
