//! `input`: a single-line text field, with optional prefix and suffix.
//!
//! # Accessibility
//!
//! **Keyboard.** A native text field. `type`, `inputmode` and `autocomplete` set the keyboard
//! phones show and what browsers fill in.
//!
//! **Screen readers.** Read by its label, then its hint and error. A prefix or suffix (“£”,
//! “kg”) is hidden from screen readers, so say the unit in the label too.

use crate::fields::form_group::{
    around, field_head, field_id, field_label, form_group, reactive_field, FormGroupOptions,
};
use crate::{ErrorMessageOptions, HintOptions, LabelOptions};
use crate::prelude_internal::*;

/// A prefix or suffix shown beside the field, such as `£` or `kg`.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct AffixOptions {
    /// Text. Ignored when `html` is given.
    pub text: Option<Text>,
    /// Trusted HTML.
    pub html: Option<TrustedHtml>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl From<&str> for AffixOptions {
    fn from(text: &str) -> Self {
        AffixOptions {
            text: Some(text.into()),
            ..Default::default()
        }
    }
}

/// The `inputWrapper` option: the wrapper drawn when there is a prefix or suffix.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct InputWrapperOptions {
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

/// govuk-frontend's `input` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct InputOptions {
    /// The field's `id`; defaults to `name`.
    pub id: Option<Text>,
    /// The field's `name`.
    pub name: Option<Text>,
    /// The input `type`; `text` by default.
    pub r#type: Option<Text>,
    /// The `inputmode`, such as `numeric`.
    pub inputmode: Option<Text>,
    /// The value the field starts with.
    pub value: Option<Text>,
    /// Whether the field is disabled.
    pub disabled: Option<Text>,
    /// Ids of other elements that describe the field.
    pub described_by: Option<Text>,
    /// The label.
    #[serde(deserialize_with = "falsy::option")]
    pub label: Option<LabelOptions>,
    /// The hint.
    #[serde(deserialize_with = "falsy::option")]
    pub hint: Option<HintOptions>,
    /// The error message; the field is shown in its error state when given.
    #[serde(deserialize_with = "falsy::option")]
    pub error_message: Option<ErrorMessageOptions>,
    /// Text or HTML before the field, such as `£`.
    #[serde(deserialize_with = "falsy::option")]
    pub prefix: Option<AffixOptions>,
    /// Text or HTML after the field, such as `per item`.
    #[serde(deserialize_with = "falsy::option")]
    pub suffix: Option<AffixOptions>,
    /// The form group around the field.
    #[serde(deserialize_with = "falsy::option")]
    pub form_group: Option<FormGroupOptions>,
    /// Extra classes for the `<input>`, such as `govuk-input--width-10`.
    pub classes: Option<Text>,
    /// The `autocomplete` attribute, such as `postal-code`.
    pub autocomplete: Option<Text>,
    /// The `pattern` attribute.
    pub pattern: Option<Text>,
    /// Whether to check spelling (`true` or `false`; browser default when absent).
    pub spellcheck: Option<Text>,
    /// The `autocapitalize` attribute.
    pub autocapitalize: Option<Text>,
    /// The wrapper around prefix, field and suffix.
    #[serde(deserialize_with = "falsy::option")]
    pub input_wrapper: Option<InputWrapperOptions>,
    /// Extra HTML attributes for the `<input>`.
    pub attributes: Attributes,
}

fn affix(affix: &AffixOptions, kind: &str) -> AnyView {
    let attrs = Attrs::new()
        .classes(&format!("govuk-input__{kind}"), &affix.classes)
        .set_static("aria-hidden", "true")
        .user(Some(&affix.attributes));
    let content = Content::pick(affix.html.as_ref(), affix.text.as_ref()).into_view();
    view! { <div {..attrs.into_view()}>{content}</div> }.into_any()
}

fn has_affix(affix: &Option<AffixOptions>) -> bool {
    affix
        .as_ref()
        .is_some_and(|a| Content::any_truthy(a.html.as_ref(), a.text.as_ref()))
}

/// Binds an `<input>`'s value to a signal: set from it, and updated as the user types.
pub(crate) fn bind_value(attrs: Attrs, value: Option<RwSignal<String>>) -> Attrs {
    use leptos::attr::any_attribute::IntoAnyAttribute;
    match value {
        Some(signal) => attrs
            .live(leptos::tachys::html::property::prop("value", signal).into_any_attr())
            .live(
                leptos::ev::on(leptos::ev::input, move |event| {
                    signal.set(event_target_value(&event));
                })
                .into_any_attr(),
            ),
        None => attrs,
    }
}

impl InputOptions {
    /// Renders the field.
    pub fn render(self) -> AnyView {
        self.render_parts(None, None)
    }

    /// Renders the field with its value bound to `value`.
    pub fn render_bound(self, value: Option<RwSignal<String>>) -> AnyView {
        self.render_parts(value, None)
    }

    /// Renders the field with its value bound to `value`, and `after` (when given) in place
    /// of the form group's `afterInput`.
    pub(crate) fn render_parts(
        self,
        value: Option<RwSignal<String>>,
        after: Option<AnyView>,
    ) -> AnyView {
        let id = field_id(&self.id, &self.name);
        let form_group_options = self.form_group.clone().unwrap_or_default();
        let head = field_head(
            id.as_ref().map(Text::js_str),
            truthy(&self.described_by).map(str::to_owned),
            self.hint,
            self.error_message,
        );
        let has_error = head.has_error();
        let initial_value = match value {
            Some(signal) => Some(signal.get_untracked())
                .filter(|v| !v.is_empty())
                .map(Text::from),
            None => self.value.clone(),
        };
        let input_attrs = Attrs::new()
            .class(join_classes([
                "govuk-input",
                truthy(&self.classes).unwrap_or(""),
                if has_error { "govuk-input--error" } else { "" },
            ]))
            .always("id", id.as_ref())
            .always("name", self.name.as_ref())
            .set("type", truthy(&self.r#type).unwrap_or("text"))
            .set_some(
                "spellcheck",
                self.spellcheck
                    .as_ref()
                    .filter(|s| s.is_boolean())
                    .map(Text::as_str),
            )
            .optional("value", initial_value.as_ref())
            .optional("disabled", self.disabled.as_ref())
            .set_some("aria-describedby", head.described_by.clone())
            .optional("autocomplete", self.autocomplete.as_ref())
            .optional("autocapitalize", self.autocapitalize.as_ref())
            .optional("pattern", self.pattern.as_ref())
            .optional("inputmode", self.inputmode.as_ref())
            .user(Some(&self.attributes));
        let input = view! { <input {..bind_value(input_attrs, value).into_view()} /> }.into_any();

        let before = form_group_options
            .before_input
            .clone()
            .filter(|b| b.has_content());
        let after = after.or_else(|| {
            let after = form_group_options
                .after_input
                .clone()
                .filter(|a| a.has_content());
            around(&after)
        });
        let field = if has_affix(&self.prefix)
            || has_affix(&self.suffix)
            || before.is_some()
            || after.is_some()
        {
            let wrapper = self.input_wrapper.unwrap_or_default();
            let attrs = Attrs::new()
                .classes("govuk-input__wrapper", &wrapper.classes)
                .user(Some(&wrapper.attributes));
            let prefix = self
                .prefix
                .as_ref()
                .filter(|_| has_affix(&self.prefix))
                .map(|p| affix(p, "prefix"));
            let suffix = self
                .suffix
                .as_ref()
                .filter(|_| has_affix(&self.suffix))
                .map(|s| affix(s, "suffix"));
            view! {
                <div {..attrs.into_view()}>
                    {around(&before)}{prefix}{input}{suffix}{after}
                </div>
            }
            .into_any()
        } else {
            input
        };
        let label = field_label(self.label, id.as_ref());
        form_group(
            &form_group_options,
            has_error,
            view! { {label}{head.hint}{head.error}{field} }.into_any(),
        )
    }
}

/// A single-line text field with its label, hint and error message.
///
/// `value` binds the field to a signal: typing updates it, and setting it updates the
/// field. `error` shows an error message while it holds one.
///
/// ```
/// use civic::prelude::*;
/// let postcode = RwSignal::new(String::new());
/// let error = RwSignal::new(None::<String>);
/// let _ = view! {
///     <Input
///         name="postcode"
///         label="Postcode"
///         hint="For example, SW1A 2AA"
///         autocomplete="postal-code"
///         classes="govuk-input--width-10"
///         value=postcode
///         error=error
///     />
/// };
/// ```
#[component]
pub fn Input(
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
    /// The input `type` (`text` by default), such as `email` or `tel`.
    #[prop(optional, into)]
    r#type: Option<Text>,
    /// The `autocomplete` attribute.
    #[prop(optional, into)]
    autocomplete: Option<Text>,
    /// Extra classes for the `<input>`.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// The field's value, kept in step with what the user types.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
    /// An error message to show, when there is one.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: InputOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<InputOptions>();
    crate::i18n::in_locale(locale, options, |o| {
        crate::fields::form_group::group_attributes(&mut o.form_group)
    }, move |options| {
        let options = InputOptions {
            name: Some(name),
            id: id.or(options.id),
            label: label.or(options.label),
            hint: hint.or(options.hint),
            r#type: r#type.or(options.r#type),
            autocomplete: autocomplete.or(options.autocomplete),
            classes: classes.or(options.classes),
            ..options
        };
        reactive_field(options, error, move |options| {
            offer.bound_text(&options, value, |o| &mut o.value);
            options.render_bound(value)
        })
    })
}
