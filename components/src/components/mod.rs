//! The components, one module each: options model, rendering and Leptos component.

pub mod button;
pub mod character_count;
pub mod checkboxes;
pub mod choice;
pub mod date_input;
pub mod error_message;
pub mod error_summary;
pub mod fieldset;
pub mod file_upload;
pub mod form_group;
pub mod hint;
pub mod input;
pub mod label;
pub mod password_input;
pub mod radios;
pub mod select;
pub mod textarea;

pub use button::{Button, ButtonOptions};
pub use character_count::{CharacterCount, CharacterCountOptions, CountMessageOptions};
pub use checkboxes::{Checkboxes, CheckboxesOptions};
pub use choice::{ChoiceItem, ConditionalOptions, ItemLabelOptions};
pub use date_input::{DateInput, DateInputItem, DateInputOptions, DateParts, DateValues};
pub use error_message::{ErrorMessage, ErrorMessageOptions};
pub use error_summary::{ErrorSummary, ErrorSummaryItem, ErrorSummaryOptions};
pub use fieldset::{Fieldset, FieldsetOptions, LegendOptions};
pub use file_upload::{FileUpload, FileUploadOptions};
pub use form_group::{BeforeAfterOptions, FormGroupOptions};
pub use hint::{Hint, HintOptions};
pub use input::{AffixOptions, Input, InputOptions, InputWrapperOptions};
pub use label::{Label, LabelOptions};
pub use password_input::{PasswordButtonOptions, PasswordInput, PasswordInputOptions};
pub use radios::{Radios, RadiosOptions};
pub use select::{Select, SelectItem, SelectOptions};
pub use textarea::{Textarea, TextareaOptions};
