//! `password-input`: a password field with a "Show" button (when JavaScript runs).
//!
//! Built, as in govuk-frontend, from the `input` and `button` components.
//!
//! # Accessibility
//!
//! **Keyboard.** With JavaScript, a “Show” button follows the field: Tab reaches it, Enter or
//! Space shows or hides the password. The password is hidden again when the form is sent.
//!
//! **Screen readers.** The button is named “Show password” or “Hide password” and controls the
//! field; each change is announced (“Your password is visible”) in a live region.

pub(crate) mod messages;

use crate::fields::form_group::reactive_field;
use crate::{
    ButtonOptions, ErrorMessageOptions, FormGroupOptions, HintOptions, InputOptions,
    InputWrapperOptions, LabelOptions,
};
use crate::core::attributes::AttributeValue;
use crate::prelude_internal::*;

/// The `button` option: the show/hide toggle.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct PasswordButtonOptions {
    /// Extra classes for the toggle button.
    pub classes: Option<Text>,
}

/// govuk-frontend's `password-input` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct PasswordInputOptions {
    /// The field's `id`; defaults to `name`.
    pub id: Option<Text>,
    /// The field's `name`.
    pub name: Option<Text>,
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
    /// The error message.
    #[serde(deserialize_with = "falsy::option")]
    pub error_message: Option<ErrorMessageOptions>,
    /// The form group around the field.
    #[serde(deserialize_with = "falsy::option")]
    pub form_group: Option<FormGroupOptions>,
    /// Extra classes for the `<input>`.
    pub classes: Option<Text>,
    /// The `autocomplete` attribute; `current-password` by default (`new-password` when
    /// the user is choosing one).
    pub autocomplete: Option<Text>,
    /// Extra HTML attributes for the `<input>`.
    pub attributes: Attributes,
    /// The toggle's text while the password is hidden ("Show"; Welsh "Dangos").
    pub show_password_text: Option<Text>,
    /// The toggle's text while the password is shown ("Hide").
    pub hide_password_text: Option<Text>,
    /// The toggle's accessible name while hidden ("Show password").
    pub show_password_aria_label_text: Option<Text>,
    /// The toggle's accessible name while shown ("Hide password").
    pub hide_password_aria_label_text: Option<Text>,
    /// Announced when the password is shown.
    pub password_shown_announcement_text: Option<Text>,
    /// Announced when the password is hidden.
    pub password_hidden_announcement_text: Option<Text>,
    /// The toggle button.
    #[serde(deserialize_with = "falsy::option")]
    pub button: Option<PasswordButtonOptions>,
}

impl PasswordInputOptions {
    /// Renders the field.
    pub fn render(self) -> AnyView {
        self.render_bound(None)
    }

    /// Renders the field with its value bound to `value`.
    pub fn render_bound(self, value: Option<RwSignal<String>>) -> AnyView {
        let id = self
            .id
            .clone()
            .filter(Text::is_truthy)
            .or(self.name.clone());
        let group = self.form_group.clone().unwrap_or_default();
        let i18n = Attrs::new()
            .i18n("show-password", self.show_password_text.as_ref())
            .i18n("hide-password", self.hide_password_text.as_ref())
            .i18n(
                "show-password-aria-label",
                self.show_password_aria_label_text.as_ref(),
            )
            .i18n(
                "hide-password-aria-label",
                self.hide_password_aria_label_text.as_ref(),
            )
            .i18n(
                "password-shown-announcement",
                self.password_shown_announcement_text.as_ref(),
            )
            .i18n(
                "password-hidden-announcement",
                self.password_hidden_announcement_text.as_ref(),
            )
            .locale_messages("password-input");
        let mut group_attributes = Attributes::new().with("data-module", "govuk-password-input");
        for (name, value) in i18n.pairs() {
            group_attributes = group_attributes.with(name, value);
        }
        for (name, value) in group.attributes.iter() {
            group_attributes = group_attributes.with(name.clone(), value.clone());
        }
        let button_classes = join_classes([
            "govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle",
            self.button
                .as_ref()
                .and_then(|b| truthy(&b.classes))
                .unwrap_or(""),
        ]);
        let button = ButtonOptions {
            r#type: Some("button".into()),
            classes: Some(button_classes.into()),
            text: Some(
                self.show_password_text
                    .clone()
                    .unwrap_or_else(|| crate::i18n::text(crate::components::messages::password_input, "showPassword").into()),
            ),
            attributes: Attributes::new()
                .with(
                    "aria-controls",
                    AttributeValue {
                        value: id.clone(),
                        optional: false,
                    },
                )
                .with(
                    "aria-label",
                    self.show_password_aria_label_text
                        .clone()
                        .unwrap_or_else(|| {
                            crate::i18n::text(crate::components::messages::password_input, "showPasswordAriaLabel").into()
                        }),
                )
                .with(
                    "hidden",
                    AttributeValue {
                        value: Some(true.into()),
                        optional: true,
                    },
                ),
            ..Default::default()
        }
        .render();
        let after = group.after_input.as_ref().map(|a| a.view());
        InputOptions {
            form_group: Some(FormGroupOptions {
                classes: Some(
                    join_classes(["govuk-password-input", truthy(&group.classes).unwrap_or("")])
                        .into(),
                ),
                attributes: group_attributes,
                before_input: group.before_input.clone(),
                ..Default::default()
            }),
            input_wrapper: Some(InputWrapperOptions {
                classes: Some("govuk-password-input__wrapper".into()),
                ..Default::default()
            }),
            label: self.label,
            hint: self.hint,
            classes: Some(
                join_classes([
                    "govuk-password-input__input govuk-js-password-input-input",
                    truthy(&self.classes).unwrap_or(""),
                ])
                .into(),
            ),
            error_message: self.error_message,
            id,
            name: self.name,
            r#type: Some("password".into()),
            spellcheck: Some(false.into()),
            autocapitalize: Some("none".into()),
            autocomplete: Some(
                self.autocomplete
                    .filter(Text::is_truthy)
                    .unwrap_or_else(|| "current-password".into()),
            ),
            value: self.value,
            disabled: self.disabled,
            described_by: self.described_by,
            attributes: self.attributes,
            ..Default::default()
        }
        .render_parts(value, Some(view! { {button}{after} }.into_any()))
    }
}

/// A password field with a show/hide toggle.
///
/// ```
/// use civic::prelude::*;
/// let password = RwSignal::new(String::new());
/// // Whether the user has chosen to see the password.
/// let (shown, set_shown) = signal(false);
/// let _ = view! {
///     <PasswordInput name="password" label="Password" value=password shown=set_shown />
/// };
/// ```
#[component]
pub fn PasswordInput(
    /// The field's `name` (and `id`, unless `id` is given).
    #[prop(into)]
    name: Text,
    /// The label.
    #[prop(optional, into)]
    label: Option<LabelOptions>,
    /// The hint.
    #[prop(optional, into)]
    hint: Option<HintOptions>,
    /// `current-password` (the default) or `new-password`.
    #[prop(optional, into)]
    autocomplete: Option<Text>,
    /// The field's value, kept in step with what the user types.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
    /// An error message to show, when there is one.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Set to whether the password is shown as text, whenever the user shows or hides it (and
    /// when it is hidden again as the form is sent).
    #[prop(optional, into)]
    shown: Option<WriteSignal<bool>>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: PasswordInputOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<PasswordInputOptions>();
    crate::i18n::in_locale(locale, options, |o| {
        crate::fields::form_group::group_attributes(&mut o.form_group)
    }, move |options| {
        let options = PasswordInputOptions {
            name: Some(name),
            label: label.or(options.label),
            hint: hint.or(options.hint),
            autocomplete: autocomplete.or(options.autocomplete),
            ..options
        };
        let field_id = options.id.as_ref().or(options.name.as_ref()).map(Text::to_string);
        reactive_field(options, error, move |options| {
            // Its show/hide toggle is a govuk-frontend button, with the button's behaviour.
            crate::core::behave::start_behaviour(crate::core::behave::behaviours::BUTTON);
            crate::core::behave::start_watching(
                field_id.clone(),
                crate::core::behave::behaviours::PASSWORD_INPUT,
                crate::core::behave::follow(shown, |change| match change {
                    crate::core::behave::Change::PasswordShown(shown) => Some(*shown),
                    _ => None,
                }),
            );
            offer.bound_text(&options, value, |o| &mut o.value);
            options.render_bound(value)
        })
    })
}
