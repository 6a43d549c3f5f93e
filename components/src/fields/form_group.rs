//! What the field components (`input`, `textarea`, `select`, `file-upload`, `radios`, …)
//! share: the form group wrapper, and the label, hint and error message above a field with
//! the `aria-describedby` they add up to.

use crate::components::{ErrorMessageOptions, FieldsetOptions, HintOptions, LabelOptions};
use crate::prelude_internal::*;

/// Text or HTML shown before or after a field, inside its form group.
pub type BeforeAfterOptions = TextOrHtml;

/// The `formGroup` option: the wrapper around a field.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct FormGroupOptions {
    /// Extra classes for the form group.
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

impl FieldHead {
    /// Whether the field shows an error message (and so its error styles).
    pub fn has_error(&self) -> bool {
        self.error.is_some()
    }
}

/// A field's `id`: its own when given, else its `name`, as govuk-frontend's templates do.
pub(crate) fn field_id(id: &Option<Text>, name: &Option<Text>) -> Option<Text> {
    id.clone().filter(Text::is_truthy).or(name.clone())
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
    crate::components::InputOptions,
    crate::components::TextareaOptions,
    crate::components::SelectOptions,
    crate::components::FileUploadOptions,
    crate::components::PasswordInputOptions,
    crate::components::CharacterCountOptions,
    crate::components::RadiosOptions,
    crate::components::CheckboxesOptions,
    crate::components::DateInputOptions
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
        // The field is drawn again with its error state; keep the user's place in it.
        #[cfg(target_arch = "wasm32")]
        let focus = focus::remember();
        let view = render(options);
        #[cfg(target_arch = "wasm32")]
        focus::restore_after_render(focus);
        view
    }
}

/// Keeps keyboard focus (and the caret) on a field that is drawn again, so that showing or
/// clearing an error while someone types does not throw them out of the field.
#[cfg(target_arch = "wasm32")]
mod focus {
    use wasm_bindgen::JsCast;

    /// The focused element's `id` and selection, if an element with an `id` has focus.
    pub(super) struct Focus {
        id: String,
        selection: Option<(u32, u32)>,
    }

    pub(super) fn remember() -> Option<Focus> {
        let active = web_sys::window()?.document()?.active_element()?;
        let id = active.id();
        if id.is_empty() {
            return None;
        }
        let selection = if let Some(input) = active.dyn_ref::<web_sys::HtmlInputElement>() {
            input
                .selection_start()
                .ok()
                .flatten()
                .zip(input.selection_end().ok().flatten())
        } else if let Some(area) = active.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.selection_start()
                .ok()
                .flatten()
                .zip(area.selection_end().ok().flatten())
        } else {
            None
        };
        Some(Focus { id, selection })
    }

    /// After the new elements are in the page, focuses the element with the same `id` again
    /// and puts the caret back.
    pub(super) fn restore_after_render(focus: Option<Focus>) {
        let Some(focus) = focus else { return };
        let restore = wasm_bindgen::closure::Closure::once_into_js(move || {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            let Some(element) = document.get_element_by_id(&focus.id) else {
                return;
            };
            if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
                let _ = html.focus();
            }
            if let Some((start, end)) = focus.selection {
                if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
                    let _ = input.set_selection_range(start, end);
                } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                    let _ = area.set_selection_range(start, end);
                }
            }
        });
        // A macrotask, so that it runs after Leptos has swapped the elements and set their
        // live properties (setting `value` moves the caret).
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(restore.unchecked_ref(), 0);
        }
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
}

impl InputGroup {
    /// Renders the group.
    pub fn render(self) -> AnyView {
        let group = self.form_group;
        let has_error = self.head.has_error();
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
        form_group(&group, has_error, body)
    }
}

/// The attributes of a field's form group, which holds its label, hint, error and input:
/// where a field's `lang` goes.
pub(crate) fn group_attributes(group: &mut Option<FormGroupOptions>) -> &mut Attributes {
    &mut group.get_or_insert_with(Default::default).attributes
}
