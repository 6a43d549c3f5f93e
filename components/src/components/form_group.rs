//! What the field components (`input`, `textarea`, `select`, `file-upload`, `radios`, …)
//! share: the form group wrapper, and the label, hint and error message above a field with
//! the `aria-describedby` they add up to.

use super::{ErrorMessageOptions, FieldsetOptions, HintOptions, LabelOptions};
use crate::prelude_internal::*;

/// Text or HTML shown before or after a field, inside its form group.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct BeforeAfterOptions {
    /// Text. Ignored when `html` is given.
    #[serde(deserialize_with = "Text::or_null")]
    pub text: Option<Text>,
    /// Trusted HTML.
    #[serde(deserialize_with = "Text::or_null")]
    pub html: Option<Text>,
}

impl BeforeAfterOptions {
    /// `{% if x.text or x.html %}`.
    pub fn has_content(&self) -> bool {
        Content::any_truthy(self.html.as_ref(), self.text.as_ref())
    }

    /// The content, `html` winning over `text`.
    pub fn view(&self) -> AnyView {
        Content::pick(self.html.as_ref(), self.text.as_ref()).into_view()
    }
}

/// The `formGroup` option: the wrapper around a field.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct FormGroupOptions {
    /// Extra classes for the form group.
    #[serde(deserialize_with = "Text::or_null")]
    pub classes: Option<Text>,
    /// Extra HTML attributes for the form group.
    pub attributes: Attributes,
    /// Content before a single field.
    #[serde(deserialize_with = "falsy::option")]
    pub before_input: Option<BeforeAfterOptions>,
    /// Content after a single field.
    #[serde(deserialize_with = "falsy::option")]
    pub after_input: Option<BeforeAfterOptions>,
    /// Content before a group of fields (radios, checkboxes, date input).
    #[serde(deserialize_with = "falsy::option")]
    pub before_inputs: Option<BeforeAfterOptions>,
    /// Content after a group of fields.
    #[serde(deserialize_with = "falsy::option")]
    pub after_inputs: Option<BeforeAfterOptions>,
}

/// How a string joins JavaScript's `+`: an absent value prints as `undefined`.
pub(crate) fn js_concat(value: Option<&str>, suffix: &str) -> String {
    format!("{}{suffix}", value.unwrap_or("undefined"))
}

/// The label, hint and error message above a field, and the ids they describe it with.
pub(crate) struct FieldHead {
    /// `aria-describedby` for the field, if anything describes it.
    pub described_by: Option<String>,
    /// The hint, when there is one.
    pub hint: Option<AnyView>,
    /// The error message, when there is one.
    pub error: Option<AnyView>,
}

/// Adds `id` to a space-separated `aria-describedby` list.
pub(crate) fn describe(described_by: Option<String>, id: String) -> Option<String> {
    Some(match described_by {
        Some(existing) if !existing.is_empty() => format!("{existing} {id}"),
        _ => id,
    })
}

/// Builds the hint and error message for a field whose ids start with `id_base`.
pub(crate) fn field_head(
    id_base: Option<&str>,
    described_by: Option<String>,
    hint: Option<HintOptions>,
    error_message: Option<ErrorMessageOptions>,
) -> FieldHead {
    let mut described_by = described_by.filter(|d| !d.is_empty());
    let hint = hint.map(|hint| {
        let hint_id = js_concat(id_base, "-hint");
        described_by = describe(described_by.take(), hint_id.clone());
        HintOptions {
            id: Some(hint_id.into()),
            ..hint
        }
        .render()
    });
    let error = error_message.map(|error| {
        let error_id = js_concat(id_base, "-error");
        described_by = describe(described_by.take(), error_id.clone());
        ErrorMessageOptions {
            id: Some(error_id.into()),
            ..error
        }
        .render()
    });
    FieldHead {
        described_by,
        hint,
        error,
    }
}

/// The label of a single field, pointed at the field's `id`.
pub(crate) fn field_label(label: Option<LabelOptions>, id: Option<&Text>) -> AnyView {
    match label {
        Some(label) => LabelOptions {
            r#for: id.cloned(),
            ..label
        }
        .render(),
        None => ().into_any(),
    }
}

/// The form group `<div>` around a field.
pub(crate) fn form_group(
    form_group: &FormGroupOptions,
    has_error: bool,
    children: AnyView,
) -> AnyView {
    let attrs = Attrs::new()
        .class(join_classes([
            "govuk-form-group",
            if has_error {
                "govuk-form-group--error"
            } else {
                ""
            },
            truthy(&form_group.classes).unwrap_or(""),
        ]))
        .user(Some(&form_group.attributes));
    view! { <div {..attrs.into_view()}>{children}</div> }.into_any()
}

/// Content before or after a field when the option is a (truthy) object.
pub(crate) fn around(option: &Option<BeforeAfterOptions>) -> Option<AnyView> {
    option.as_ref().map(BeforeAfterOptions::view)
}

/// Options of a field that can show an error message.
pub(crate) trait WithErrorMessage: Clone + Send + Sync + 'static {
    /// Shows `message` as the field's error.
    fn set_error_message(&mut self, message: ErrorMessageOptions);
}

macro_rules! with_error_message {
    ($($options:ty),*) => {$(
        impl WithErrorMessage for $options {
            fn set_error_message(&mut self, message: ErrorMessageOptions) {
                self.error_message = Some(message);
            }
        }
    )*};
}

with_error_message!(
    super::InputOptions,
    super::TextareaOptions,
    super::SelectOptions,
    super::FileUploadOptions,
    super::PasswordInputOptions,
    super::CharacterCountOptions,
    super::RadiosOptions,
    super::CheckboxesOptions,
    super::DateInputOptions
);

/// Renders a field again whenever its `error` prop changes (a Leptos component's prop).
pub(crate) fn reactive_field<O: WithErrorMessage>(
    options: O,
    error: MaybeProp<String>,
    render: impl Fn(O) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let mut options = options.clone();
        if let Some(message) = error.get() {
            options.set_error_message(message.as_str().into());
        }
        render(options)
    }
}

/// A group of inputs (radios, checkboxes, the parts of a date) with the hint and error message
/// above it, in a fieldset when one is given, in the form group.
pub(crate) struct InputGroup {
    /// The hint, error message and the ids describing the group.
    pub head: FieldHead,
    /// The form group options (with `beforeInputs` and `afterInputs`).
    pub form_group: FormGroupOptions,
    /// The attributes of the `<div>` around the inputs.
    pub attrs: Attrs,
    /// The inputs.
    pub inputs: AnyView,
    /// The fieldset, when there is one.
    pub fieldset: Option<FieldsetOptions>,
    /// The fieldset's ARIA role (`group` for text inputs, so JAWS reads the description).
    pub role: Option<&'static str>,
    /// Whether the group shows an error.
    pub has_error: bool,
}

impl InputGroup {
    /// Renders the group.
    pub fn render(self) -> AnyView {
        let group = self.form_group;
        let inner = view! {
            {self.head.hint}
            {self.head.error}
            <div {..self.attrs.into_view()}>
                {around(&group.before_inputs)}
                {self.inputs}
                {around(&group.after_inputs)}
            </div>
        }
        .into_any();
        let body = match self.fieldset {
            Some(fieldset) => FieldsetOptions {
                described_by: self.head.described_by.map(Text::from),
                role: self.role.map(Text::from),
                html: None,
                ..fieldset
            }
            .render_with(Some(inner)),
            None => inner,
        };
        form_group(&group, self.has_error, body)
    }
}
