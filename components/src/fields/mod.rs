//! What the form fields share (not components themselves): the form group around a field
//! with its label, hint and error message, and the choice items of radios and checkboxes.

pub(crate) mod choice;
pub(crate) mod form_group;

pub use choice::{ChoiceItem, ConditionalOptions, ItemLabelOptions};
pub use form_group::{BeforeAfterOptions, FormGroupOptions};
