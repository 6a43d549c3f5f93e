//! # Civic
//!
//! Accessible components for UK councils and local public services, written for
//! [Leptos](https://leptos.dev). Every component renders the markup of the GOV.UK Design
//! System (govuk-frontend 6.6.0), the open standard the public sector already shares, so a
//! council service looks and behaves like the rest of the public sector.
//!
//! Each component can be used two ways, with one rendering path behind both:
//!
//! - as a Leptos component with typed props, binding values to signals:
//!
//! ```
//! use civic::prelude::*;
//!
//! #[component]
//! fn PostcodeQuestion() -> impl IntoView {
//!     let postcode = RwSignal::new(String::new());
//!     view! {
//!         <Input name="postcode" label="Postcode" hint="For example, SW1A 2AA" value=postcode />
//!     }
//! }
//! ```
//!
//! - from govuk-frontend's macro options as data (JSON, or the `*Options` structs), which is
//!   what the `civic render` command and the showcase use:
//!
//! ```
//! # #[cfg(feature = "ssr")] {
//! let html = civic::render_to_html("input", &serde_json::json!({
//!     "label": { "text": "Postcode" },
//!     "name": "postcode"
//! })).unwrap();
//! assert!(html.contains("govuk-input"));
//! # }
//! ```
//!
//! Text options are always escaped. Only govuk-frontend's `html` options and the
//! [`TrustedHtml`] type put raw markup on the page.

#![deny(missing_docs)]

mod components;
mod core;
mod fields;
mod i18n;
mod layout;
pub mod limits;
mod page;
mod registry;

pub use crate::core::attributes::{AttributeValue, Attributes};
pub use crate::core::content::{
    escape_html, Content, SlotContent, TextOrHtml, TextWithClasses, TrustedHtml,
};
#[cfg(feature = "styles")]
pub use crate::core::page_styles::{PageStyles, STYLE_ATTRIBUTE};
pub use crate::core::value::{lowercase, uppercase, Flag, HeadingLevel, Text};
pub use civic_behaviours::init_all;
pub use components::*;
pub use fields::*;
pub use i18n::{
    messages, provide_locale, strings, text_in, CustomLocale, Locale, LocaleError, MessageRow,
    StringTable, MAX_LOCALE_FILE_BYTES, MAX_MESSAGE_CHARS,
};
pub use layout::*;
pub use page::{Page, TemplateBlocks, TemplateOptions};
pub use registry::{canonical_options, render_view, RecordedOptions, RenderError};
#[cfg(feature = "ssr")]
pub use registry::{record_options, without_hydration_markers};
#[cfg(feature = "ssr")]
pub use registry::{
    render_template_document, render_template_document_in, render_to_html, render_to_html_in,
};

/// Everything a Leptos app needs: Leptos's prelude and Civic's components and types.
pub mod prelude {
    pub use crate::components::*;
    pub use crate::fields::*;
    pub use crate::layout::*;
    pub use crate::page::{Page, TemplateBlocks, TemplateOptions};
    pub use crate::{provide_locale, Locale};
    pub use crate::{
        AttributeValue, Attributes, Content, Flag, HeadingLevel, SlotContent, Text, TrustedHtml,
    };
    pub use leptos::prelude::*;
}

/// What component modules share.
pub(crate) mod prelude_internal {
    pub use crate::core::attributes::{Attributes, Attrs};
    pub use crate::core::content::{escape_html, heading};
    pub use crate::core::content::{
        Content, SlotContent, TextOrHtml, TextWithClasses, TrustedHtml,
    };
    pub use crate::core::value::{
        falsy, given_or, join_classes, nullable, truthy, truthy_html, Flag, HeadingLevel, Text,
    };
    pub use crate::i18n::Locale;
    pub(crate) use crate::registry::Offered as _;
    pub use leptos::prelude::*;
    pub use serde::{Deserialize, Serialize};
}

/// Whether an option holds its default, and so is left out when options are written back as
/// JSON (`#[civic_macros::options]` asks this of every field that is not an `Option`).
pub(crate) fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
