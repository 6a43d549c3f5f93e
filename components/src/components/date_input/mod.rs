//! `date-input`: a date as day, month and year fields, such as a date of birth.
//!
//! Each part is an `input` component, as in govuk-frontend.
//!
//! # Accessibility
//!
//! **Keyboard.** Tab moves between Day, Month and Year. The fields ask for numbers
//! (`inputmode="numeric"`), so phones show a number pad.
//!
//! **Screen readers.** A fieldset whose legend (the question) is read on entering, then each
//! part’s own label. The hint and error are linked to the group; an error summary link goes to
//! the first part with a problem.

pub(crate) mod messages;

use crate::fields::form_group::{field_head, js_concat, reactive_field, InputGroup};
use crate::{
    ErrorMessageOptions, FieldsetOptions, FormGroupOptions, HintOptions, InputOptions, LabelOptions,
};
use crate::prelude_internal::*;

/// One part of the date: day, month, year, or a part of your own.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct DateInputItem {
    /// The part's `id`; the date's `id` and the part's name by default.
    pub id: Option<Text>,
    /// The part's name (`day`, `month`, `year`).
    pub name: Option<Text>,
    /// The part's label; its name, capitalised, by default.
    pub label: Option<Text>,
    /// The part's value.
    pub value: Option<Text>,
    /// Whether this part has the error.
    pub error: Option<Text>,
    /// The `autocomplete` attribute, such as `bday-day`.
    pub autocomplete: Option<Text>,
    /// The `pattern` attribute.
    pub pattern: Option<Text>,
    /// The `inputmode`; `numeric` by default.
    pub inputmode: Option<Text>,
    /// Extra classes, such as `govuk-input--width-4`.
    pub classes: Option<Text>,
    /// Extra HTML attributes for the `<input>`.
    pub attributes: Attributes,
}

/// The width classes of the day and month (two digits) and of the year (four).
const TWO_DIGITS: &str = "govuk-input--width-2";
const FOUR_DIGITS: &str = "govuk-input--width-4";

impl DateInputItem {
    fn part(name: &str, value: Option<Text>, width: &'static str) -> Self {
        DateInputItem {
            name: Some(name.into()),
            value,
            classes: Some(width.into()),
            ..Default::default()
        }
    }
}

/// The `values` option: the date's parts by name.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct DateValues {
    /// The day.
    pub day: Option<Text>,
    /// The month.
    pub month: Option<Text>,
    /// The year.
    pub year: Option<Text>,
    /// Values of parts with other names (`namePrefix-day` and the like).
    #[serde(flatten)]
    pub other: std::collections::BTreeMap<String, Option<Text>>,
}

impl DateValues {
    fn get(&self, name: &str) -> Option<Text> {
        match name {
            "day" => self.day.clone(),
            "month" => self.month.clone(),
            "year" => self.year.clone(),
            _ => self.other.get(name).cloned().flatten(),
        }
    }
}

/// govuk-frontend's `date-input` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct DateInputOptions {
    /// The `id` of the group; parts' ids start with it.
    pub id: Option<Text>,
    /// Put before each part's name: `dob` gives `dob-day`, `dob-month`, `dob-year`.
    pub name_prefix: Option<Text>,
    /// The parts; day, month and year by default.
    #[serde(deserialize_with = "falsy::list")]
    pub items: Vec<Option<DateInputItem>>,
    /// The hint.
    #[serde(deserialize_with = "falsy::option")]
    pub hint: Option<HintOptions>,
    /// The error message; every part shows the error unless one part is marked with it.
    #[serde(deserialize_with = "falsy::option")]
    pub error_message: Option<ErrorMessageOptions>,
    /// The form group.
    #[serde(deserialize_with = "falsy::option")]
    pub form_group: Option<FormGroupOptions>,
    /// The fieldset (with its legend, the question) around the parts.
    #[serde(deserialize_with = "falsy::option")]
    pub fieldset: Option<FieldsetOptions>,
    /// Overrides the default day part.
    #[serde(deserialize_with = "falsy::present")]
    pub day: Option<Option<DateInputItem>>,
    /// Overrides the default month part.
    #[serde(deserialize_with = "falsy::present")]
    pub month: Option<Option<DateInputItem>>,
    /// Overrides the default year part.
    #[serde(deserialize_with = "falsy::present")]
    pub year: Option<Option<DateInputItem>>,
    /// The parts' values by name.
    #[serde(deserialize_with = "falsy::option")]
    pub values: Option<DateValues>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

/// Signals for the three parts of a date, each kept in step with its field.
#[derive(Clone, Copy, Debug)]
pub struct DateParts {
    /// The day as typed.
    pub day: RwSignal<String>,
    /// The month as typed.
    pub month: RwSignal<String>,
    /// The year as typed.
    pub year: RwSignal<String>,
}

impl DateParts {
    /// Three empty parts.
    pub fn new() -> Self {
        DateParts {
            day: RwSignal::new(String::new()),
            month: RwSignal::new(String::new()),
            year: RwSignal::new(String::new()),
        }
    }

    fn get(&self, name: &str) -> Option<RwSignal<String>> {
        match name {
            "day" => Some(self.day),
            "month" => Some(self.month),
            "year" => Some(self.year),
            _ => None,
        }
    }
}

impl Default for DateParts {
    fn default() -> Self {
        Self::new()
    }
}

fn has_error_class(item: &DateInputItem) -> bool {
    truthy(&item.classes).is_some_and(|c| c.contains("govuk-input--error"))
}

/// Nunjucks's `capitalize`: the first letter upper case, the rest lower case.
fn capitalize(text: &str) -> String {
    let lower = crate::lowercase(text);
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => crate::uppercase(first.encode_utf8(&mut [0; 4])) + chars.as_str(),
        None => String::new(),
    }
}

impl DateInputOptions {
    /// Renders the date input.
    pub fn render(self) -> AnyView {
        self.render_bound(None)
    }

    /// Renders the date input with its day, month and year bound to `parts`.
    pub fn render_bound(self, parts: Option<DateParts>) -> AnyView {
        let values = self.values.clone().unwrap_or_default();
        let values_given = self.values.is_some();
        let default_value = |name: &str| values_given.then(|| values.get(name)).flatten();
        // A part given as `false` is left out; a missing one gets its default.
        let day = self
            .day
            .clone()
            .unwrap_or_else(|| Some(DateInputItem::part("day", default_value("day"), TWO_DIGITS)));
        let month = self
            .month
            .clone()
            .unwrap_or_else(|| Some(DateInputItem::part("month", default_value("month"), TWO_DIGITS)));
        let year = self
            .year
            .clone()
            .unwrap_or_else(|| Some(DateInputItem::part("year", default_value("year"), FOUR_DIGITS)));
        // Default parts are "the same object" as day/month/year in govuk-frontend's template.
        let (items, are_defaults): (Vec<Option<DateInputItem>>, bool) = if self.items.is_empty() {
            (vec![day.clone(), month.clone(), year.clone()], true)
        } else {
            (self.items.clone(), false)
        };
        let any_item_has_error = items
            .iter()
            .flatten()
            .any(|item| item.error.as_ref().is_some_and(Text::is_truthy) || has_error_class(item));
        let name_prefix = truthy(&self.name_prefix)
            .map(|p| format!("{p}-"))
            .unwrap_or_default();
        let group_id = self.id.as_ref().map(Text::js_str);

        let rendered = items
            .iter()
            .enumerate()
            .filter_map(|(index, item)| item.as_ref().map(|item| (index, item)))
            .map(|(index, item)| {
                let name = item
                    .name
                    .as_ref()
                    .filter(|n| n.is_truthy())
                    .map(Text::as_str);
                let matches = |part: &Option<DateInputItem>, part_name: &str, position: usize| {
                    (are_defaults && index == position)
                        || name.is_some_and(|n| {
                            n == part_name
                                || part
                                    .as_ref()
                                    .and_then(|p| p.name.as_ref())
                                    .is_some_and(|p| p.as_str() == n)
                        })
                };
                let part_value =
                    |part: &Option<DateInputItem>| part.as_ref().and_then(|p| p.value.clone());
                let named = |default: &str| {
                    Some(
                        item.name
                            .as_ref()
                            .map(Text::to_string)
                            .unwrap_or(default.into()),
                    )
                };
                let (item_name, item_value, width) = if matches(&day, "day", 0) {
                    (named("day"), item.value.clone().or(part_value(&day)), TWO_DIGITS)
                } else if matches(&month, "month", 1) {
                    (named("month"), item.value.clone().or(part_value(&month)), TWO_DIGITS)
                } else if matches(&year, "year", 2) {
                    (named("year"), item.value.clone().or(part_value(&year)), FOUR_DIGITS)
                } else {
                    (
                        item.name.clone().map(|n| n.to_string()),
                        item.value.clone(),
                        TWO_DIGITS,
                    )
                };
                let item_has_error =
                    item.error.as_ref().is_some_and(Text::is_truthy) || has_error_class(item);
                let error_not_false = item
                    .error
                    .as_ref()
                    .is_none_or(|e| !e.loosely_equals(&Text::from(false)));
                let mut classes = vec!["govuk-date-input__input"];
                if !has_error_class(item)
                    && (item_has_error
                        || (error_not_false && self.error_message.is_some() && !any_item_has_error))
                {
                    classes.push("govuk-input--error");
                }
                let own_classes = truthy(&item.classes);
                if !own_classes.is_some_and(|c| c.contains("govuk-input--width-")) {
                    classes.push(width);
                }
                classes.extend(own_classes);
                let item_classes = join_classes(classes);
                let item_name_text = item_name.clone().unwrap_or_else(|| "undefined".into());
                let full_name = format!("{name_prefix}{item_name_text}");
                let value =
                    item_value.or_else(|| values_given.then(|| values.get(&full_name)).flatten());
                let label_text = match truthy(&item.label) {
                    Some(label) => label.to_owned(),
                    None => match item_name.as_deref().unwrap_or("") {
                        // The parts' own names, in the page's language ("Day" is also what
                        // govuk-frontend's `| capitalize` makes of "day").
                        part @ ("day" | "month" | "year") => {
                            crate::i18n::text(crate::components::messages::date_input, part).to_owned()
                        }
                        other => capitalize(other),
                    },
                };
                let id = match truthy(&item.id) {
                    Some(id) => id.to_owned(),
                    None => js_concat(group_id, &format!("-{item_name_text}")),
                };
                let binding = parts.and_then(|p| item_name.as_deref().and_then(|n| p.get(n)));
                let input = InputOptions {
                    label: Some(LabelOptions {
                        text: Some(label_text.into()),
                        classes: Some("govuk-date-input__label".into()),
                        ..Default::default()
                    }),
                    id: Some(id.into()),
                    classes: Some(item_classes.into()),
                    name: Some(full_name.into()),
                    value,
                    r#type: Some("text".into()),
                    inputmode: Some(
                        item.inputmode
                            .clone()
                            .filter(Text::is_truthy)
                            .unwrap_or_else(|| "numeric".into()),
                    ),
                    autocomplete: item.autocomplete.clone(),
                    pattern: item.pattern.clone(),
                    attributes: item.attributes.clone(),
                    ..Default::default()
                }
                .render_bound(binding);
                view! { <div class="govuk-date-input__item">{input}</div> }
            })
            .collect_view();

        let group = self.form_group.clone().unwrap_or_default();
        let described_by = self
            .fieldset
            .as_ref()
            .and_then(|f| truthy(&f.described_by))
            .map(str::to_owned);
        let head = field_head(group_id, described_by, self.hint, self.error_message);
        let attrs = Attrs::new()
            .classes("govuk-date-input", &self.classes)
            .user(Some(&self.attributes))
            .set_some("id", truthy(&self.id));
        InputGroup {
            head,
            form_group: group,
            attrs,
            inputs: rendered.into_any(),
            fieldset: self.fieldset,
            role: Some("group"),
        }
        .render()
    }
}

/// A date as day, month and year fields.
///
/// ```
/// use civic::prelude::*;
/// let date = DateParts::new();
/// let _ = view! {
///     <DateInput id="dob" name_prefix="dob" legend="What is your date of birth?" hint="For example, 27 3 2007" value=date />
/// };
/// ```
#[component]
pub fn DateInput(
    /// The `id` of the group.
    #[prop(into)]
    id: Text,
    /// Put before each part's name.
    #[prop(optional, into)]
    name_prefix: Option<Text>,
    /// The question, shown as the fieldset's legend.
    #[prop(optional, into)]
    legend: Option<super::LegendOptions>,
    /// The hint.
    #[prop(optional, into)]
    hint: Option<HintOptions>,
    /// The day, month and year, kept in step with what the user types.
    #[prop(optional, into)]
    value: Option<DateParts>,
    /// An error message to show, when there is one.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: DateInputOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<DateInputOptions>();
    crate::i18n::in_locale(locale, options, |o| {
        crate::fields::form_group::group_attributes(&mut o.form_group)
    }, move |options| {
        let fieldset = FieldsetOptions::with_legend(options.fieldset.clone(), legend);
        let options = DateInputOptions {
            id: Some(id),
            name_prefix: name_prefix.or(options.name_prefix),
            hint: hint.or(options.hint),
            fieldset,
            ..options
        };
        reactive_field(options, error, move |options| {
            offer.bound(&options, |recorded| {
                if let Some(parts) = value {
                    let values = recorded.values.get_or_insert_with(DateValues::default);
                    values.day = crate::registry::typed(parts.day);
                    values.month = crate::registry::typed(parts.month);
                    values.year = crate::registry::typed(parts.year);
                }
            });
            options.render_bound(value)
        })
    })
}
