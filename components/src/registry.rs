//! Rendering any component by its govuk-frontend name from JSON options.

use crate::components::COMPONENTS;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::fmt;

mod recording;
#[cfg(feature = "ssr")]
pub(crate) use recording::markup;
pub use recording::RecordedOptions;
pub(crate) use recording::{offer, typed, Offered};
#[cfg(feature = "ssr")]
pub use recording::{record_options, without_hydration_markers};

/// Why a component could not be rendered from JSON options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RenderError {
    /// No component has this name.
    UnknownComponent(String),
    /// The options do not fit the component's options model.
    InvalidOptions {
        /// The JSON path of the fault, such as `items[2].conditional.html`.
        path: String,
        /// What was wrong there.
        message: String,
    },
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::UnknownComponent(name) => write!(
                f,
                "unknown component {name:?}; known components: {}, and \"template\" for a whole page",
                COMPONENTS.join(", ")
            ),
            RenderError::InvalidOptions { path, message } => write!(f, "{path}: {message}"),
        }
    }
}

impl std::error::Error for RenderError {}

/// Reads options of type `T`, reporting a fault with its JSON path.
pub(crate) fn parse_options<T: DeserializeOwned>(
    options: &serde_json::Value,
) -> Result<T, RenderError> {
    // serde would read a list as a struct's fields in order; options are always an object.
    if !options.is_object() {
        return Err(RenderError::InvalidOptions {
            path: "options".into(),
            message: "expected an object".into(),
        });
    }
    // Most options are valid: read them directly, and only when that fails read them again
    // with serde_path_to_error to find where. Tracking the path on every read took a fifth
    // of server rendering time (#13). Reading is deterministic, so the second read meets the
    // same fault.
    if let Ok(parsed) = T::deserialize(options) {
        return Ok(parsed);
    }
    serde_path_to_error::deserialize(options).map_err(|error| {
        let path = error.path().to_string();
        RenderError::InvalidOptions {
            path: if path == "." { "options".into() } else { path },
            message: plain_message(&error.inner().to_string()),
        }
    })
}

/// Rewrites serde's "invalid type: map, expected a string" as "expected a string, found an object".
fn plain_message(message: &str) -> String {
    let Some(rest) = message.strip_prefix("invalid type: ") else {
        return message.to_owned();
    };
    let Some((found, expected)) = rest.split_once(", expected ") else {
        return message.to_owned();
    };
    let found = match found {
        "map" => "an object".to_owned(),
        "sequence" => "a list".to_owned(),
        "null" | "unit value" => "null".to_owned(),
        other => other.to_owned(),
    };
    format!("expected {expected}, found {found}")
}

/// A component's options written back as JSON: every option Civic read, in its own field
/// names, leaving out what was missing or is its default.
///
/// The JSON renders exactly as the options it came from (`tests/tests/canonical.rs` checks
/// every govuk-frontend example), so it is what `civic render` takes for the same markup:
///
/// ```
/// use serde_json::json;
/// let given = json!({"text": "Continue", "isStartButton": false, "attributes": {}});
/// let canonical = civic::canonical_options("button", &given).unwrap();
/// assert_eq!(canonical, json!({"text": "Continue"}));
/// ```
pub fn canonical_options(
    component: &str,
    options: &serde_json::Value,
) -> Result<serde_json::Value, RenderError> {
    if component == <crate::page::TemplateOptions as Named>::NAME {
        return to_json(&parse_options::<crate::page::TemplateOptions>(options)?);
    }
    crate::components::canonical_named(component, options)
        .unwrap_or_else(|| Err(RenderError::UnknownComponent(component.to_owned())))
}

/// An options type's component name, as `civic render` takes it.
pub(crate) trait Named {
    /// govuk-frontend's name, such as `date-input`.
    const NAME: &'static str;
}

/// Options written as JSON.
pub(crate) fn to_json<T: serde::Serialize>(options: &T) -> Result<serde_json::Value, RenderError> {
    serde_json::to_value(options).map_err(|error| RenderError::InvalidOptions {
        path: "options".into(),
        message: error.to_string(),
    })
}

/// Renders a component from govuk-frontend macro options as a Leptos view.
pub fn render_view(component: &str, options: &serde_json::Value) -> Result<AnyView, RenderError> {
    let view = crate::components::render_named(component, options)
        .unwrap_or_else(|| Err(RenderError::UnknownComponent(component.to_owned())))?;
    #[cfg(feature = "styles")]
    crate::core::page_styles::drawn(component);
    Ok(view)
}

/// Renders a component from govuk-frontend macro options to an HTML string (server side),
/// with English defaults.
#[cfg(feature = "ssr")]
pub fn render_to_html(component: &str, options: &serde_json::Value) -> Result<String, RenderError> {
    render_to_html_in(crate::Locale::En, component, options)
}

/// [`render_to_html`], with the default strings of `locale` (options still win):
///
/// ```
/// let html = civic::render_to_html_in(civic::Locale::Cy, "back-link", &serde_json::json!({"href": "/"}));
/// assert!(html.unwrap().contains("Yn ôl"));
/// ```
#[cfg(feature = "ssr")]
pub fn render_to_html_in(
    locale: crate::Locale,
    component: &str,
    options: &serde_json::Value,
) -> Result<String, RenderError> {
    let owner = Owner::new();
    owner.with(|| {
        // Already the locale in context (English, unless a caller's owner says otherwise):
        // providing it again would cost each render a context entry (#13).
        if crate::i18n::current() != locale {
            crate::provide_locale(locale);
        }
        render_view(component, options).map(html_of)
    })
}

/// A view's HTML, written into a buffer that is usually large enough from the start: views
/// built from options rarely know their length (`html_len` is 0 past a closure or `Either`),
/// so `to_html` would grow the buffer from nothing, copying it at each doubling.
#[cfg(feature = "ssr")]
fn html_of(view: AnyView) -> String {
    use leptos::tachys::view::{Position, RenderHtml};
    /// Most components' HTML fits (the fixtures' average is about 750 bytes).
    const TYPICAL_HTML_BYTES: usize = 2048;
    let mut html = String::with_capacity(view.html_len().max(TYPICAL_HTML_BYTES));
    view.to_html_with_buf(
        &mut html,
        &mut Position::FirstChild,
        true,
        false,
        Vec::new(),
    );
    html
}

/// Renders govuk-frontend's page template (`template.njk`) as a whole HTML document from
/// its variables and blocks (server side): `civic render template FILE`.
#[cfg(feature = "ssr")]
pub fn render_template_document(options: &serde_json::Value) -> Result<String, RenderError> {
    Ok(parse_options::<crate::page::TemplateOptions>(options)?.render_document())
}

/// [`render_template_document`] in `locale`: its default strings, and `<html lang>` when the
/// options give no `htmlLang` (which, given, chooses the locale itself).
#[cfg(feature = "ssr")]
pub fn render_template_document_in(
    locale: crate::Locale,
    options: &serde_json::Value,
) -> Result<String, RenderError> {
    let mut template = parse_options::<crate::page::TemplateOptions>(options)?;
    if template
        .html_lang
        .as_ref()
        .is_none_or(|lang| !lang.is_truthy())
    {
        template.html_lang = Some(locale.tag().into());
    }
    Ok(Owner::new().with(|| {
        crate::provide_locale(locale);
        template.render_document()
    }))
}
