//! `checkboxes`: choose any number of options from a list.
//!
//! # Accessibility
//!
//! **Keyboard.** Tab moves from box to box; Space ticks or unticks one.
//!
//! **Screen readers.** The fieldset’s legend is read as the question when the group is entered,
//! then each box’s label, hint and state. A box that reveals more content says so (`aria-
//! controls`, `aria-expanded`). An exclusive option (“None of these”) unticks the others, and
//! choosing another unticks it.

use crate::fields::choice::{ChoiceGroup, ChoiceItem, ChoiceKind, Chosen};
use crate::fields::form_group::reactive_field;
use crate::{ErrorMessageOptions, FieldsetOptions, FormGroupOptions, HintOptions};
use crate::prelude_internal::*;

/// govuk-frontend's `checkboxes` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct CheckboxesOptions {
    /// Ids of other elements that describe the checkboxes.
    pub described_by: Option<Text>,
    /// The fieldset (with its legend, the question) around the checkboxes.
    #[serde(deserialize_with = "falsy::option")]
    pub fieldset: Option<FieldsetOptions>,
    /// The hint.
    #[serde(deserialize_with = "falsy::option")]
    pub hint: Option<HintOptions>,
    /// The error message.
    #[serde(deserialize_with = "falsy::option")]
    pub error_message: Option<ErrorMessageOptions>,
    /// The form group around the checkboxes.
    #[serde(deserialize_with = "falsy::option")]
    pub form_group: Option<FormGroupOptions>,
    /// The start of every item's `id`; `name` by default.
    pub id_prefix: Option<Text>,
    /// The `name` of every checkbox (an item may have its own).
    pub name: Option<Text>,
    /// The checkboxes and dividers; falsy entries are skipped.
    #[serde(deserialize_with = "falsy::list")]
    pub items: Vec<Option<ChoiceItem>>,
    /// The values of the checked boxes.
    #[serde(deserialize_with = "falsy::texts")]
    pub values: Option<Vec<Text>>,
    /// Extra classes, such as `govuk-checkboxes--small`.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl CheckboxesOptions {
    /// Renders the checkboxes.
    pub fn render(self) -> AnyView {
        let chosen = Chosen::Values(self.values.clone());
        self.render_chosen(chosen)
    }

    pub(crate) fn render_chosen(self, chosen: Chosen) -> AnyView {
        ChoiceGroup {
            kind: ChoiceKind::Checkboxes,
            name: self.name,
            id_prefix: self.id_prefix,
            described_by: self.described_by,
            fieldset: self.fieldset,
            hint: self.hint,
            error_message: self.error_message,
            form_group: self.form_group,
            items: self.items,
            chosen,
            classes: self.classes,
            attributes: self.attributes,
        }
        .render()
    }
}

/// A group of checkboxes: the user chooses any number.
///
/// `values` binds the checked values to a signal.
///
/// ```
/// use civic::prelude::*;
/// let waste = RwSignal::new(Vec::<String>::new());
/// let _ = view! {
///     <Checkboxes
///         name="waste"
///         legend="Which types of waste do you transport?"
///         items=vec![ChoiceItem::new("animal", "Animal carcasses"), ChoiceItem::new("mines", "Mines or quarries")]
///         values=waste
///     />
/// };
/// ```
#[component]
pub fn Checkboxes(
    /// The `name` of every checkbox.
    #[prop(into)]
    name: Text,
    /// The items; when none are given, `options.items`.
    #[prop(optional)]
    items: Vec<ChoiceItem>,
    /// The question, shown as the fieldset's legend.
    #[prop(optional, into)]
    legend: Option<super::LegendOptions>,
    /// The hint.
    #[prop(optional, into)]
    hint: Option<HintOptions>,
    /// The checked values, kept in step with the user's choices.
    #[prop(optional, into)]
    values: Option<RwSignal<Vec<String>>>,
    /// An error message to show, when there is one.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: CheckboxesOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<CheckboxesOptions>();
    crate::i18n::in_locale(locale, options, |o| {
        crate::fields::form_group::group_attributes(&mut o.form_group)
    }, move |options| {
        let fieldset = FieldsetOptions::with_legend(options.fieldset.clone(), legend);
        let options = CheckboxesOptions {
            name: Some(name),
            items: given_or(items, options.items),
            hint: hint.or(options.hint),
            fieldset,
            ..options
        };
        reactive_field(options, error, move |options| {
            crate::core::behave::start_behaviour(crate::core::behave::behaviours::CHECKBOXES);
            let chosen = match values {
                Some(signal) => Chosen::ValuesSignal(signal),
                None => Chosen::Values(options.values.clone()),
            };
            offer.bound(&options, |recorded| {
                if let Some(signal) = values {
                    recorded.values =
                        Some(signal.get_untracked().into_iter().map(Text::from).collect());
                }
            });
            options.render_chosen(chosen)
        })
    })
}
