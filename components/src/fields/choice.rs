//! What `radios` and `checkboxes` share: their items, and the fieldset, hint and error
//! message around them. The two differ only where govuk-frontend's templates differ, and
//! `ChoiceKind` says where.

use super::form_group::{field_head, field_id, js_concat, FormGroupOptions, InputGroup};
use crate::components::{ErrorMessageOptions, FieldsetOptions, HintOptions, LabelOptions};
use crate::prelude_internal::*;
use leptos::attr::any_attribute::IntoAnyAttribute;

/// The `label` option of a radio or checkbox item.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct ItemLabelOptions {
    /// Extra classes for the item's label.
    pub classes: Option<Text>,
    /// Extra HTML attributes for the item's label.
    pub attributes: Attributes,
}

/// The `conditional` option: content revealed when the item is chosen.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct ConditionalOptions {
    /// The revealed content, as trusted HTML.
    pub html: Option<TrustedHtml>,
}

/// One radio or checkbox, or a divider between them (`divider: "or"`).
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct ChoiceItem {
    /// The item's label text. Ignored when `html` is given.
    pub text: Option<Text>,
    /// The item's label as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// The item's `id`; by default the id prefix, numbered from the second item.
    pub id: Option<Text>,
    /// The item's `name` (checkboxes only); the group's `name` by default.
    pub name: Option<Text>,
    /// The value sent when the item is chosen.
    pub value: Option<Text>,
    /// Options for the item's label.
    #[serde(deserialize_with = "falsy::option")]
    pub label: Option<ItemLabelOptions>,
    /// The item's hint.
    #[serde(deserialize_with = "falsy::option")]
    pub hint: Option<HintOptions>,
    /// Makes this entry a divider with this text instead of an item.
    pub divider: Option<Text>,
    /// Whether the item is chosen (overrides the group's `value`/`values`).
    pub checked: Option<Text>,
    /// Content revealed when the item is chosen.
    #[serde(deserialize_with = "falsy::option")]
    pub conditional: Option<ConditionalOptions>,
    /// `exclusive` for a "None of these" checkbox (checkboxes only).
    pub behaviour: Option<Text>,
    /// Whether the item is disabled.
    pub disabled: Flag,
    /// Extra HTML attributes for the `<input>`.
    pub attributes: Attributes,
}

impl ChoiceItem {
    /// An item with this value and label text.
    pub fn new(value: impl Into<Text>, text: impl Into<Text>) -> Self {
        ChoiceItem {
            value: Some(value.into()),
            text: Some(text.into()),
            ..Default::default()
        }
    }

    /// A divider, such as "or".
    pub fn divider(text: impl Into<Text>) -> Self {
        ChoiceItem {
            divider: Some(text.into()),
            ..Default::default()
        }
    }

    /// The item with a hint.
    pub fn with_hint(self, hint: impl Into<HintOptions>) -> Self {
        ChoiceItem {
            hint: Some(hint.into()),
            ..self
        }
    }
}

/// Which of the two components is rendering.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChoiceKind {
    Radios,
    Checkboxes,
}

/// [`ItemClasses`] of the block `$block`, each name joined at compile time.
macro_rules! item_classes {
    ($block:literal) => {
        ItemClasses {
            item: concat!($block, "__item"),
            input: concat!($block, "__input"),
            label: concat!($block, "__label"),
            hint: concat!($block, "__hint"),
            divider: concat!($block, "__divider"),
            conditional: concat!($block, "__conditional"),
            conditional_hidden: concat!($block, "__conditional ", $block, "__conditional--hidden"),
        }
    };
}

/// The classes of a choice item's elements, for one [`ChoiceKind`].
struct ItemClasses {
    item: &'static str,
    input: &'static str,
    label: &'static str,
    hint: &'static str,
    divider: &'static str,
    conditional: &'static str,
    conditional_hidden: &'static str,
}

impl ChoiceKind {
    fn block(self) -> &'static str {
        match self {
            ChoiceKind::Radios => "govuk-radios",
            ChoiceKind::Checkboxes => "govuk-checkboxes",
        }
    }

    /// The classes of an item's elements, fixed at compile time so that drawing an item
    /// builds none of them (#13).
    fn parts(self) -> &'static ItemClasses {
        match self {
            ChoiceKind::Radios => &item_classes!("govuk-radios"),
            ChoiceKind::Checkboxes => &item_classes!("govuk-checkboxes"),
        }
    }

    fn input_type(self) -> &'static str {
        match self {
            ChoiceKind::Radios => "radio",
            ChoiceKind::Checkboxes => "checkbox",
        }
    }
}

/// What is chosen: from options, or live from a signal.
#[derive(Clone)]
pub(crate) enum Chosen {
    /// The radios' `value` option: items loosely equal to it are checked.
    Value(Option<Text>),
    /// The checkboxes' `values` option: items strictly in it are checked.
    Values(Option<Vec<Text>>),
    /// A radio group bound to a signal holding the chosen value.
    ValueSignal(RwSignal<String>),
    /// Checkboxes bound to a signal holding the chosen values.
    ValuesSignal(RwSignal<Vec<String>>),
}

impl Chosen {
    fn decides(&self, item_value: Option<&Text>) -> Option<bool> {
        let value_text = item_value.map(Text::as_str).unwrap_or("");
        match self {
            Chosen::Value(value) => value
                .as_ref()
                .filter(|v| v.is_truthy())
                .map(|v| item_value.is_some_and(|i| i.loosely_equals(v))),
            Chosen::Values(values) => values
                .as_ref()
                .map(|vs| item_value.is_some_and(|i| vs.iter().any(|v| v == i))),
            Chosen::ValueSignal(signal) => {
                Some(signal.with_untracked(|v| !v.is_empty() && v == value_text))
            }
            Chosen::ValuesSignal(signal) => {
                Some(signal.with_untracked(|vs| vs.iter().any(|v| v == value_text)))
            }
        }
    }

    fn live(&self, value: String) -> Vec<leptos::attr::any_attribute::AnyAttribute> {
        use leptos::tachys::html::property::prop;
        match *self {
            Chosen::ValueSignal(signal) => {
                let mine = value.clone();
                vec![
                    prop("checked", move || signal.with(|v| *v == mine)).into_any_attr(),
                    leptos::ev::on(leptos::ev::change, move |_| signal.set(value.clone()))
                        .into_any_attr(),
                ]
            }
            Chosen::ValuesSignal(signal) => {
                let mine = value.clone();
                vec![
                    prop("checked", move || signal.with(|vs| vs.contains(&mine))).into_any_attr(),
                    leptos::ev::on(leptos::ev::change, move |event| {
                        let checked = event_target_checked(&event);
                        signal.update(|values| {
                            values.retain(|v| *v != value);
                            if checked {
                                values.push(value.clone());
                            }
                        });
                    })
                    .into_any_attr(),
                ]
            }
            _ => Vec::new(),
        }
    }
}

/// Everything about a radio or checkbox group that its items need.
pub(crate) struct ChoiceGroup {
    pub kind: ChoiceKind,
    pub name: Option<Text>,
    pub id_prefix: Option<Text>,
    pub described_by: Option<Text>,
    pub fieldset: Option<FieldsetOptions>,
    pub hint: Option<HintOptions>,
    pub error_message: Option<ErrorMessageOptions>,
    pub form_group: Option<FormGroupOptions>,
    pub items: Vec<Option<ChoiceItem>>,
    pub chosen: Chosen,
    pub classes: Option<Text>,
    pub attributes: Attributes,
}

impl ChoiceGroup {
    fn render_item(
        &self,
        item: &ChoiceItem,
        index: usize,
        id_prefix: Option<&str>,
        group_described_by: &str,
    ) -> AnyView {
        let classes = self.kind.parts();
        let item_id = match truthy(&item.id) {
            Some(id) => id.to_owned(),
            None if index > 1 => js_concat(id_prefix, &format!("-{index}")),
            None => js_concat(id_prefix, ""),
        };
        if let Some(divider) = truthy(&item.divider) {
            return view! { <div class=classes.divider>{divider.to_owned()}</div> }.into_any();
        }
        let is_checked = match &item.checked {
            Some(checked) if checked.is_truthy() => true,
            checked => {
                // `item.checked != false` (loosely): only a missing or null `checked` lets
                // the group's value decide.
                let not_false = checked
                    .as_ref()
                    .is_none_or(|c| !c.loosely_equals(&Text::from(false)));
                not_false && self.chosen.decides(item.value.as_ref()).unwrap_or(false)
            }
        };
        let hint = item
            .hint
            .clone()
            .filter(|h| Content::any_truthy(h.html.as_ref(), h.text.as_ref()));
        let item_hint_id = hint.as_ref().map(|_| format!("{item_id}-item-hint"));
        let described_by = match self.kind {
            ChoiceKind::Radios => item_hint_id.clone(),
            ChoiceKind::Checkboxes => {
                let group_part = if self.fieldset.is_some() {
                    ""
                } else {
                    group_described_by
                };
                let hint_part = item_hint_id.as_deref().unwrap_or("");
                Some(format!("{group_part} {hint_part}").trim().to_owned())
                    .filter(|d| !d.is_empty())
            }
        };
        let conditional_html = item
            .conditional
            .as_ref()
            .and_then(|c| truthy_html(&c.html))
            .map(str::to_owned);
        let conditional_id = conditional_html
            .as_ref()
            .map(|_| format!("conditional-{item_id}"));
        let name = match self.kind {
            ChoiceKind::Checkboxes => item
                .name
                .clone()
                .filter(Text::is_truthy)
                .or(self.name.clone()),
            ChoiceKind::Radios => self.name.clone(),
        };
        let value = item
            .value
            .as_ref()
            .map(Text::as_str)
            .unwrap_or("")
            .to_owned();
        let mut attrs = Attrs::new()
            .set_static("class", classes.input)
            .set("id", item_id.clone())
            .always("name", name.as_ref())
            .set_static("type", self.kind.input_type())
            .set("value", value.clone())
            .flag("checked", is_checked)
            .flag("disabled", item.disabled.is_set())
            .set_some("data-aria-controls", conditional_id.clone());
        if self.kind == ChoiceKind::Checkboxes {
            attrs = attrs.set_some("data-behaviour", truthy(&item.behaviour));
        }
        attrs = attrs
            .set_some("aria-describedby", described_by)
            .user(Some(&item.attributes));
        for live in self.chosen.live(value) {
            attrs = attrs.live(live);
        }
        let item_label = item.label.clone().unwrap_or_default();
        let label = LabelOptions {
            html: item.html.clone(),
            text: item.text.clone(),
            classes: Some(
                join_classes([classes.label, truthy(&item_label.classes).unwrap_or("")]).into(),
            ),
            attributes: item_label.attributes,
            r#for: Some(item_id.clone().into()),
            ..Default::default()
        }
        .render();
        let hint = hint.map(|hint| {
            HintOptions {
                id: item_hint_id.map(Text::from),
                classes: Some(
                    join_classes([classes.hint, truthy(&hint.classes).unwrap_or("")]).into(),
                ),
                ..hint
            }
            .render()
        });
        let conditional = conditional_html.map(|html| {
            let class = if is_checked {
                classes.conditional
            } else {
                classes.conditional_hidden
            };
            view! { <div class=class id=conditional_id>{TrustedHtml::new(html)}</div> }
        });
        view! {
            <div class=classes.item>
                <input {..attrs.into_view()} />
                {label}
                {hint}
            </div>
            {conditional}
        }
        .into_any()
    }

    /// Renders the group.
    pub fn render(self) -> AnyView {
        let block = self.kind.block();
        let id_prefix = field_id(&self.id_prefix, &self.name);
        let described_by = match self.kind {
            ChoiceKind::Radios => None,
            ChoiceKind::Checkboxes => truthy(&self.described_by).map(str::to_owned),
        };
        let described_by = match self.fieldset.as_ref().and_then(|f| truthy(&f.described_by)) {
            Some(fieldset_described_by) => Some(fieldset_described_by.to_owned()),
            None => described_by,
        };
        let group = self.form_group.clone().unwrap_or_default();
        let head = field_head(
            id_prefix.as_ref().map(Text::js_str),
            described_by,
            self.hint.clone(),
            self.error_message.clone(),
        );
        let group_described_by = head.described_by.clone().unwrap_or_default();
        let items = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(index, item)| {
                item.as_ref().map(|item| {
                    self.render_item(
                        item,
                        index + 1,
                        id_prefix.as_ref().map(Text::js_str),
                        &group_described_by,
                    )
                })
            })
            .collect_view();
        let attrs = Attrs::new()
            .classes(block, &self.classes)
            .user(Some(&self.attributes))
            .set("data-module", block);
        InputGroup {
            head,
            form_group: group,
            attrs,
            inputs: items.into_any(),
            fieldset: self.fieldset,
            role: None,
        }
        .render()
    }
}
