//! `character-count`: a textarea that tells the user how many characters or words they
//! have left (the live count runs when JavaScript does).
//!
//! Built, as in govuk-frontend, from the `textarea` and `hint` components.
//!
//! # Accessibility
//!
//! **Keyboard.** An ordinary text area; nothing to learn.
//!
//! **Screen readers.** The limit is in a hint the field points to (`aria-describedby`), read on
//! focus. As the user types, the count left (“You have 20 characters remaining”, or how many
//! too many) is announced in a live region once typing pauses, not at every key.

pub(crate) mod messages;

use crate::fields::form_group::reactive_field;
use crate::{ErrorMessageOptions, FormGroupOptions, HintOptions, LabelOptions, TextareaOptions};
use crate::prelude_internal::*;

/// The `countMessage` option.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct CountMessageOptions {
    /// Extra classes for the count message.
    pub classes: Option<Text>,
}

/// govuk-frontend's `character-count` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct CharacterCountOptions {
    /// The field's `id`; defaults to `name`.
    pub id: Option<Text>,
    /// The field's `name`.
    pub name: Option<Text>,
    /// Visible rows; 5 by default.
    pub rows: Option<Text>,
    /// The text the field starts with.
    pub value: Option<Text>,
    /// The most characters allowed.
    pub maxlength: Option<Text>,
    /// The most words allowed (wins over `maxlength`).
    pub maxwords: Option<Text>,
    /// Show the count only past this percentage of the limit.
    pub threshold: Option<Text>,
    /// `characters` or `words`.
    pub count_type: Option<Text>,
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
    /// Extra HTML attributes for the `<textarea>`.
    pub attributes: Attributes,
    /// Whether to check spelling.
    pub spellcheck: Option<Text>,
    /// The count message.
    #[serde(deserialize_with = "falsy::option")]
    pub count_message: Option<CountMessageOptions>,
    /// The description read before typing; `%{count}` stands for the limit
    /// ("You can enter up to %{count} characters").
    pub textarea_description_text: Option<Text>,
    /// "You have %{count} characters remaining", by plural rule.
    pub characters_under_limit_text: Option<Attributes>,
    /// "You have 0 characters remaining".
    pub characters_at_limit_text: Option<Text>,
    /// "You have %{count} characters too many", by plural rule.
    pub characters_over_limit_text: Option<Attributes>,
    /// "You have %{count} words remaining", by plural rule.
    pub words_under_limit_text: Option<Attributes>,
    /// "You have 0 words remaining".
    pub words_at_limit_text: Option<Text>,
    /// "You have %{count} words too many", by plural rule.
    pub words_over_limit_text: Option<Attributes>,
}

impl CharacterCountOptions {
    /// Renders the field.
    pub fn render(self) -> AnyView {
        self.render_bound(None)
    }

    /// Renders the field with its text bound to `value`.
    pub fn render_bound(self, value: Option<RwSignal<String>>) -> AnyView {
        let count_type = match truthy(&self.count_type) {
            Some(count_type) => Some(count_type.to_owned()),
            None => truthy(&self.maxwords).map(|_| "words".to_owned()),
        };
        let limit = truthy(&self.maxwords).or(truthy(&self.maxlength));
        let description = match truthy(&self.textarea_description_text) {
            Some(text) => text.to_owned(),
            None => crate::i18n::text(crate::components::messages::character_count,
                if count_type.as_deref() == Some("words") {
                    "hintWords"
                } else {
                    "hintCharacters"
                },
            )
            .to_owned(),
        };
        let id = self
            .id
            .clone()
            .filter(Text::is_truthy)
            .or(self.name.clone());
        let info_id = crate::fields::form_group::js_concat(id.as_ref().map(Text::js_str), "-info");
        let group = self.form_group.clone().unwrap_or_default();

        let count_message = HintOptions {
            text: limit.map(|limit| description.replace("%{count}", limit).into()),
            id: Some(info_id.clone().into()),
            classes: Some(
                join_classes([
                    "govuk-character-count__message",
                    self.count_message
                        .as_ref()
                        .and_then(|c| truthy(&c.classes))
                        .unwrap_or(""),
                ])
                .into(),
            ),
            ..Default::default()
        }
        .render();
        let after = group.after_input.as_ref().map(|a| a.view());

        let mut attrs = Attrs::new()
            .set_static("data-module", "govuk-character-count")
            .optional("data-maxlength", self.maxlength.as_ref())
            .optional("data-maxwords", self.maxwords.as_ref())
            .optional("data-threshold", self.threshold.as_ref())
            .set_some("data-count-type", count_type);
        if limit.is_none()
            && let Some(text) = truthy(&self.textarea_description_text) {
                attrs = attrs.set("data-i18n.textarea-description.other", text);
            }
        attrs = attrs
            .i18n_plural(
                "characters-under-limit",
                self.characters_under_limit_text.as_ref(),
            )
            .i18n(
                "characters-at-limit",
                self.characters_at_limit_text.as_ref(),
            )
            .i18n_plural(
                "characters-over-limit",
                self.characters_over_limit_text.as_ref(),
            )
            .i18n_plural("words-under-limit", self.words_under_limit_text.as_ref())
            .i18n("words-at-limit", self.words_at_limit_text.as_ref())
            .i18n_plural("words-over-limit", self.words_over_limit_text.as_ref())
            .locale_messages("character-count");
        let mut group_attributes: Attributes = attrs.pairs().collect();
        for (name, value) in group.attributes.iter() {
            group_attributes = group_attributes.with(name.clone(), value.clone());
        }

        TextareaOptions {
            id: id.clone(),
            name: self.name,
            described_by: Some(info_id.into()),
            rows: self.rows,
            spellcheck: self.spellcheck,
            value: self.value,
            form_group: Some(FormGroupOptions {
                classes: Some(
                    join_classes([
                        "govuk-character-count",
                        truthy(&group.classes).unwrap_or(""),
                    ])
                    .into(),
                ),
                attributes: group_attributes,
                before_input: group.before_input.clone(),
                ..Default::default()
            }),
            classes: Some(
                join_classes([
                    "govuk-js-character-count",
                    truthy(&self.classes).unwrap_or(""),
                ])
                .into(),
            ),
            label: self.label,
            hint: self.hint,
            error_message: self.error_message,
            attributes: self.attributes,
            ..Default::default()
        }
        .render_parts(value, Some(view! { {count_message}{after} }.into_any()))
    }
}

/// A textarea with a limit, and a message counting down to it.
///
/// ```
/// use civic::prelude::*;
/// let details = RwSignal::new(String::new());
/// // How many characters are left, as the count message says.
/// let (left, set_left) = signal(200.0);
/// let _ = view! {
///     <CharacterCount name="details" label="Can you provide more detail?" maxlength=200 value=details remaining=set_left />
/// };
/// ```
#[component]
pub fn CharacterCount(
    /// The field's `name` (and `id`, unless `id` is given).
    #[prop(into)]
    name: Text,
    /// The label.
    #[prop(optional, into)]
    label: Option<LabelOptions>,
    /// The hint.
    #[prop(optional, into)]
    hint: Option<HintOptions>,
    /// The most characters allowed.
    #[prop(optional, into)]
    maxlength: Option<Text>,
    /// The most words allowed.
    #[prop(optional, into)]
    maxwords: Option<Text>,
    /// The field's text, kept in step with what the user types.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
    /// An error message to show, when there is one.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Set to how many characters (or words, with `maxwords`) are left, as the count
    /// message says, whenever the text changes; below zero when over the limit.
    #[prop(optional, into)]
    remaining: Option<WriteSignal<f64>>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: CharacterCountOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<CharacterCountOptions>();
    crate::i18n::in_locale(locale, options, |o| {
        crate::fields::form_group::group_attributes(&mut o.form_group)
    }, move |options| {
        let options = CharacterCountOptions {
            name: Some(name),
            label: label.or(options.label),
            hint: hint.or(options.hint),
            maxlength: maxlength.or(options.maxlength),
            maxwords: maxwords.or(options.maxwords),
            ..options
        };
        let field_id = options.id.as_ref().or(options.name.as_ref()).map(Text::to_string);
        reactive_field(options, error, move |options| {
            crate::core::behave::start_watching(
                field_id.clone(),
                crate::core::behave::behaviours::CHARACTER_COUNT,
                crate::core::behave::follow(remaining, |change| match change {
                    crate::core::behave::Change::Remaining(left) => Some(*left),
                    _ => None,
                }),
            );
            offer.bound_text(&options, value, |o| &mut o.value);
            options.render_bound(value)
        })
    })
}
