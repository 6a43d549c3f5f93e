//! `textarea`: a multi-line text field.
//!
//! # Accessibility
//!
//! **Keyboard.** A native multi-line field: Enter starts a new line, Tab leaves it.
//!
//! **Screen readers.** Read by its label, then its hint and error.

use crate::fields::form_group::{
    around, field_head, field_id, field_label, form_group, reactive_field, FormGroupOptions,
};
use crate::{ErrorMessageOptions, HintOptions, LabelOptions};
use crate::core::content::EscapedText;
use crate::prelude_internal::*;

/// govuk-frontend's `textarea` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct TextareaOptions {
    /// The field's `id`; defaults to `name`.
    pub id: Option<Text>,
    /// The field's `name`.
    pub name: Option<Text>,
    /// Whether to check spelling (`true` or `false`; browser default when absent).
    pub spellcheck: Option<Text>,
    /// Visible rows; 5 by default.
    pub rows: Option<Text>,
    /// The text the field starts with.
    pub value: Option<Text>,
    /// Whether the field is disabled.
    pub disabled: Flag,
    /// Ids of other elements that describe the field.
    pub described_by: Option<Text>,
    /// The label.
    #[serde(deserialize_with = "falsy::option")]
    pub label: Option<LabelOptions>,
    /// The hint.
    #[serde(deserialize_with = "falsy::option")]
    pub hint: Option<HintOptions>,
    /// The error message.
    #[serde(deserialize_with = "falsy::option")]
    pub error_message: Option<ErrorMessageOptions>,
    /// The form group around the field.
    #[serde(deserialize_with = "falsy::option")]
    pub form_group: Option<FormGroupOptions>,
    /// Extra classes for the `<textarea>`.
    pub classes: Option<Text>,
    /// The `autocomplete` attribute.
    pub autocomplete: Option<Text>,
    /// Extra HTML attributes for the `<textarea>`.
    pub attributes: Attributes,
}

impl TextareaOptions {
    /// Renders the field.
    pub fn render(self) -> AnyView {
        self.render_parts(None, None)
    }

    /// Renders the field with its value bound to `value`, and `after` (when given) in place
    /// of the form group's `afterInput`.
    pub(crate) fn render_parts(
        self,
        value: Option<RwSignal<String>>,
        after: Option<AnyView>,
    ) -> AnyView {
        let id = field_id(&self.id, &self.name);
        let group = self.form_group.clone().unwrap_or_default();
        let head = field_head(
            id.as_ref().map(Text::js_str),
            truthy(&self.described_by).map(str::to_owned),
            self.hint,
            self.error_message,
        );
        let has_error = head.has_error();
        let initial = match value {
            Some(signal) => signal.get_untracked(),
            None => self
                .value
                .as_ref()
                .map(|v| v.as_str().to_owned())
                .unwrap_or_default(),
        };
        let attrs = Attrs::new()
            .class(join_classes([
                "govuk-textarea",
                if has_error {
                    "govuk-textarea--error"
                } else {
                    ""
                },
                truthy(&self.classes).unwrap_or(""),
            ]))
            .always("id", id.as_ref())
            .always("name", self.name.as_ref())
            .set("rows", truthy(&self.rows).unwrap_or("5"))
            .set_some(
                "spellcheck",
                self.spellcheck
                    .as_ref()
                    .filter(|s| s.is_boolean())
                    .map(Text::as_str),
            )
            .flag("disabled", self.disabled.is_set())
            .set_some("aria-describedby", head.described_by.clone())
            .set_some("autocomplete", truthy(&self.autocomplete))
            .user(Some(&self.attributes));
        let attrs = super::input::bind_value(attrs, value);
        let after = after.or_else(|| around(&group.after_input));
        let label = field_label(self.label, id.as_ref());
        let children = view! {
            {label}{head.hint}{head.error}{around(&group.before_input)}
            <textarea {..attrs.into_view()}>{EscapedText(initial)}</textarea>
            {after}
        };
        form_group(&group, has_error, children.into_any())
    }
}

/// A multi-line text field with its label, hint and error message.
///
/// ```
/// use civic::prelude::*;
/// let details = RwSignal::new(String::new());
/// let _ = view! { <Textarea name="details" label="Tell us what happened" value=details /> };
/// ```
#[component]
pub fn Textarea(
    /// The field's `name` (and `id`, unless `id` is given).
    #[prop(into)]
    name: Text,
    /// The field's `id`.
    #[prop(optional, into)]
    id: Option<Text>,
    /// The label.
    #[prop(optional, into)]
    label: Option<LabelOptions>,
    /// The hint.
    #[prop(optional, into)]
    hint: Option<HintOptions>,
    /// Visible rows (5 by default).
    #[prop(optional, into)]
    rows: Option<Text>,
    /// The field's text, kept in step with what the user types.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
    /// An error message to show, when there is one.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: TextareaOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<TextareaOptions>();
    crate::i18n::in_locale(locale, options, |o| {
        crate::fields::form_group::group_attributes(&mut o.form_group)
    }, move |options| {
        let options = TextareaOptions {
            name: Some(name),
            id: id.or(options.id),
            label: label.or(options.label),
            hint: hint.or(options.hint),
            rows: rows.or(options.rows),
            ..options
        };
        reactive_field(options, error, move |options| {
            offer.bound_text(&options, value, |o| &mut o.value);
            options.render_parts(value, None)
        })
    })
}
