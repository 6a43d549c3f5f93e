//! The components, one module each: options model, rendering and Leptos component.

pub mod error_message;
pub mod fieldset;
pub mod hint;
pub mod label;

pub use error_message::{ErrorMessage, ErrorMessageOptions};
pub use fieldset::{Fieldset, FieldsetOptions, LegendOptions};
pub use hint::{Hint, HintOptions};
pub use label::{Label, LabelOptions};
