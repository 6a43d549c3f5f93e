//! `radios`: choose one option from a short list.
//!
//! # Accessibility
//!
//! **Keyboard.** Tab moves into the group, onto the chosen radio or the first; the arrow keys
//! move between radios and choose as they go.
//!
//! **Screen readers.** The legend is read as the question when the group is entered, then each
//! radio’s label, hint and state, and its position (“2 of 3”). A radio that reveals more
//! content says so (`aria-controls`, `aria-expanded`).

use crate::fields::choice::{ChoiceGroup, ChoiceItem, ChoiceKind, Chosen};
use crate::fields::form_group::reactive_field;
use crate::{ErrorMessageOptions, FieldsetOptions, FormGroupOptions, HintOptions};
use crate::prelude_internal::*;

/// govuk-frontend's `radios` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct RadiosOptions {
    /// The fieldset (with its legend, the question) around the radios.
    #[serde(deserialize_with = "falsy::option")]
    pub fieldset: Option<FieldsetOptions>,
    /// The hint.
    #[serde(deserialize_with = "falsy::option")]
    pub hint: Option<HintOptions>,
    /// The error message.
    #[serde(deserialize_with = "falsy::option")]
    pub error_message: Option<ErrorMessageOptions>,
    /// The form group around the radios.
    #[serde(deserialize_with = "falsy::option")]
    pub form_group: Option<FormGroupOptions>,
    /// The start of every item's `id`; `name` by default.
    pub id_prefix: Option<Text>,
    /// The `name` of every radio.
    pub name: Option<Text>,
    /// The radios and dividers; falsy entries are skipped.
    #[serde(deserialize_with = "falsy::list")]
    pub items: Vec<Option<ChoiceItem>>,
    /// The value of the chosen radio.
    pub value: Option<Text>,
    /// Extra classes, such as `govuk-radios--inline` or `govuk-radios--small`.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl RadiosOptions {
    /// Renders the radios.
    pub fn render(self) -> AnyView {
        let chosen = Chosen::Value(self.value.clone());
        self.render_chosen(chosen)
    }

    pub(crate) fn render_chosen(self, chosen: Chosen) -> AnyView {
        ChoiceGroup {
            kind: ChoiceKind::Radios,
            name: self.name,
            id_prefix: self.id_prefix,
            described_by: None,
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

/// A group of radios: the user chooses one.
///
/// `value` binds the chosen value to a signal.
///
/// ```
/// use civic::prelude::*;
/// let contact = RwSignal::new(String::new());
/// let _ = view! {
///     <Radios
///         name="contact"
///         legend="How would you like to be contacted?"
///         items=vec![ChoiceItem::new("email", "Email"), ChoiceItem::new("phone", "Phone")]
///         value=contact
///     />
/// };
/// ```
#[component]
pub fn Radios(
    /// The `name` of every radio.
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
    /// The chosen value, kept in step with the user's choice.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
    /// An error message to show, when there is one.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: RadiosOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<RadiosOptions>();
    crate::i18n::in_locale(locale, options, |o| {
        crate::fields::form_group::group_attributes(&mut o.form_group)
    }, move |options| {
        let fieldset = FieldsetOptions::with_legend(options.fieldset.clone(), legend);
        let options = RadiosOptions {
            name: Some(name),
            items: given_or(items, options.items),
            hint: hint.or(options.hint),
            fieldset,
            ..options
        };
        reactive_field(options, error, move |options| {
            crate::core::behave::start_behaviour(crate::core::behave::behaviours::RADIOS);
            let chosen = match value {
                Some(signal) => Chosen::ValueSignal(signal),
                None => Chosen::Value(options.value.clone()),
            };
            offer.bound_text(&options, value, |o| &mut o.value);
            options.render_chosen(chosen)
        })
    })
}
