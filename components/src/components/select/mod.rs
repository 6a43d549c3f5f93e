//! `select`: choose one option from a drop-down list.
//!
//! # Accessibility
//!
//! **Keyboard.** A native drop-down: the arrow keys change the choice, Alt+Down (or Space)
//! opens the list.
//!
//! **Screen readers.** Read by its label, hint, error and current choice. Long lists are hard
//! to use this way: prefer radios for short lists and a text input with suggestions for long
//! ones.

use crate::fields::form_group::{
    around, field_head, field_id, field_label, form_group, reactive_field, FormGroupOptions,
};
use crate::{ErrorMessageOptions, HintOptions, LabelOptions};
use crate::prelude_internal::*;

/// One `<option>` of a select.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct SelectItem {
    /// The option's value; its text is used when absent.
    #[serde(deserialize_with = "nullable")]
    pub value: Option<Option<Text>>,
    /// The option's text.
    pub text: Option<Text>,
    /// Whether it is selected (overrides the select's `value`).
    pub selected: Option<Text>,
    /// Whether it is disabled.
    pub disabled: Flag,
    /// Extra HTML attributes for the `<option>`.
    pub attributes: Attributes,
}

impl SelectItem {
    /// An option with this value and text.
    pub fn new(value: impl Into<Text>, text: impl Into<Text>) -> Self {
        SelectItem {
            value: Some(Some(value.into())),
            text: Some(text.into()),
            ..Default::default()
        }
    }
}

/// govuk-frontend's `select` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct SelectOptions {
    /// The field's `id`; defaults to `name`.
    pub id: Option<Text>,
    /// The field's `name`.
    pub name: Option<Text>,
    /// The options; falsy entries are skipped.
    #[serde(deserialize_with = "falsy::list")]
    pub items: Vec<Option<SelectItem>>,
    /// The value of the option to select.
    pub value: Option<Text>,
    /// Whether the select is disabled.
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
    /// Extra classes for the `<select>`.
    pub classes: Option<Text>,
    /// Extra HTML attributes for the `<select>`.
    pub attributes: Attributes,
}

/// Whether an item starts selected, as govuk-frontend decides it.
fn is_selected(item: &SelectItem, value: Option<&Text>) -> bool {
    if item.selected.as_ref().is_some_and(Text::is_truthy) {
        return true;
    }
    let Some(value) = value.filter(|v| v.is_truthy()) else {
        return false;
    };
    // `item.selected != false` (loosely): only a missing or null `selected` lets the value decide.
    let not_false = item
        .selected
        .as_ref()
        .is_none_or(|s| !s.loosely_equals(&Text::from(false)));
    let effective = match &item.value {
        Some(value) => value.clone(),
        None => item.text.clone(),
    };
    not_false && effective.is_some_and(|e| e.loosely_equals(value))
}

impl SelectOptions {
    /// Renders the field.
    pub fn render(self) -> AnyView {
        self.render_bound(None)
    }

    /// Renders the field with its chosen value bound to `value`.
    pub fn render_bound(self, value: Option<RwSignal<String>>) -> AnyView {
        let id = field_id(&self.id, &self.name);
        let group = self.form_group.clone().unwrap_or_default();
        let head = field_head(
            id.as_ref().map(Text::js_str),
            truthy(&self.described_by).map(str::to_owned),
            self.hint,
            self.error_message,
        );
        let has_error = head.has_error();
        let selected_value = match value {
            Some(signal) => Some(Text::from(signal.get_untracked())),
            None => self.value.clone(),
        };
        let options = self
            .items
            .iter()
            .flatten()
            .map(|item| {
                let attrs = Attrs::new()
                    .set_some(
                        "value",
                        item.value
                            .as_ref()
                            .map(|v| v.as_ref().map(Text::as_str).unwrap_or("")),
                    )
                    .flag("selected", is_selected(item, selected_value.as_ref()))
                    .flag("disabled", item.disabled.is_set())
                    .user(Some(&item.attributes));
                let text = item
                    .text
                    .as_ref()
                    .map(|t| t.as_str().to_owned())
                    .unwrap_or_default();
                view! { <option {..attrs.into_view()}>{text}</option> }
            })
            .collect_view();
        let mut attrs = Attrs::new()
            .class(join_classes([
                "govuk-select",
                truthy(&self.classes).unwrap_or(""),
                if has_error { "govuk-select--error" } else { "" },
            ]))
            .always("id", id.as_ref())
            .always("name", self.name.as_ref())
            .flag("disabled", self.disabled.is_set())
            .set_some("aria-describedby", head.described_by.clone())
            .user(Some(&self.attributes));
        if let Some(signal) = value {
            use leptos::attr::any_attribute::IntoAnyAttribute;
            // Both ways: the user's choice sets the signal, and setting the signal chooses
            // (the options' `selected` only gives the first choice).
            attrs = attrs
                .live(
                    leptos::ev::on(leptos::ev::change, move |event| {
                        signal.set(event_target_value(&event));
                    })
                    .into_any_attr(),
                )
                .live(leptos::tachys::html::property::prop("value", signal).into_any_attr());
        }
        let label = field_label(self.label, id.as_ref());
        let children = view! {
            {label}{head.hint}{head.error}{around(&group.before_input)}
            <select {..attrs.into_view()}>{options}</select>
            {around(&group.after_input)}
        };
        form_group(&group, has_error, children.into_any())
    }
}

/// A drop-down list with its label, hint and error message.
///
/// ```
/// use civic::prelude::*;
/// let sort = RwSignal::new("published".to_string());
/// let _ = view! {
///     <Select
///         name="sort"
///         label="Sort by"
///         items=vec![SelectItem::new("published", "Recently published"), SelectItem::new("updated", "Recently updated")]
///         value=sort
///     />
/// };
/// ```
#[component]
pub fn Select(
    /// The field's `name` (and `id`, unless `id` is given).
    #[prop(into)]
    name: Text,
    /// The options.
    items: Vec<SelectItem>,
    /// The field's `id`.
    #[prop(optional, into)]
    id: Option<Text>,
    /// The label.
    #[prop(optional, into)]
    label: Option<LabelOptions>,
    /// The hint.
    #[prop(optional, into)]
    hint: Option<HintOptions>,
    /// The chosen value, kept in step with the user's choice.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
    /// An error message to show, when there is one.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: SelectOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<SelectOptions>();
    crate::i18n::in_locale(locale, options, |o| {
        crate::fields::form_group::group_attributes(&mut o.form_group)
    }, move |options| {
        let options = SelectOptions {
            name: Some(name),
            items: items.into_iter().map(Some).collect(),
            id: id.or(options.id),
            label: label.or(options.label),
            hint: hint.or(options.hint),
            ..options
        };
        reactive_field(options, error, move |options| {
            // The select chooses by the signal's text, empty or not.
            offer.bound(&options, |recorded| {
                if let Some(signal) = value {
                    recorded.value = Some(signal.get_untracked().into());
                }
            });
            options.render_bound(value)
        })
    })
}
