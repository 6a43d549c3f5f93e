//! `button`: a button, or a link that looks like one (`href`), including start buttons.
//!
//! # Accessibility
//!
//! **Keyboard.** Tab reaches it; Enter or Space presses it. A link drawn as a button (`href`)
//! gets `role="button"`, and Civic’s behaviour makes Space press it as it does a button. With
//! `prevent_double_click`, a second press within a second is ignored.
//!
//! **Screen readers.** Read as a button by its text. The start button’s arrow is hidden from
//! screen readers. A disabled button is read as unavailable (`aria-disabled`).

use crate::prelude_internal::*;

/// govuk-frontend's `button` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct ButtonOptions {
    /// The button's text. Ignored when `html` is given.
    pub text: Option<Text>,
    /// The button's content as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// The `<button>` type; `submit` by default.
    pub r#type: Option<Text>,
    /// The `name` sent with the form.
    pub name: Option<Text>,
    /// The `value` sent with the form.
    pub value: Option<Text>,
    /// Whether the button is disabled.
    pub disabled: Flag,
    /// Renders a link styled as a button, to this address.
    pub href: Option<Text>,
    /// Extra classes, such as `govuk-button--secondary`.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
    /// Stops a double click submitting the form twice (when JavaScript runs).
    pub prevent_double_click: Option<Text>,
    /// Whether this is the start button of a service, with its arrow.
    pub is_start_button: Flag,
    /// The button's `id`.
    pub id: Option<Text>,
}

impl From<&str> for ButtonOptions {
    fn from(text: &str) -> Self {
        ButtonOptions {
            text: Some(text.into()),
            ..Default::default()
        }
    }
}

fn start_icon() -> impl IntoView {
    // A dynamic attribute keeps Leptos from creating the SVG from a static template, which in
    // the browser would wrap the path in an extra `<g>`.
    let arrow = "M0 0h13l20 20-20 20H0l20-20z";
    view! {
        <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d=arrow></path>
        </svg>
    }
}

impl ButtonOptions {
    /// Renders the button or link.
    pub fn render(self) -> AnyView {
        let is_start = self.is_start_button.is_set();
        let common = Attrs::new()
            .class(join_classes([
                "govuk-button",
                truthy(&self.classes).unwrap_or(""),
                if is_start { "govuk-button--start" } else { "" },
            ]))
            .set_static("data-module", "govuk-button")
            .user(Some(&self.attributes))
            .set_some("id", truthy(&self.id));
        let content = match truthy_html(&self.html) {
            // Start buttons use flexbox, which would drop the spaces between bits of HTML.
            Some(html) if is_start => view! { <span>{TrustedHtml::new(html)}</span> }.into_any(),
            _ => Content::pick(self.html.as_ref(), self.text.as_ref()).into_view(),
        };
        let icon = is_start.then(start_icon);
        if let Some(href) = truthy(&self.href) {
            let attrs = Attrs::new()
                .set("href", href)
                .set_static("role", "button")
                .set_static("draggable", "false")
                .merge(common);
            view! { <a {..attrs.into_view()}>{content}{icon}</a> }.into_any()
        } else {
            let attrs = Attrs::new()
                .set("type", truthy(&self.r#type).unwrap_or("submit"))
                .set_some("value", truthy(&self.value))
                .set_some("name", truthy(&self.name))
                .flag("disabled", self.disabled.is_set())
                .set_some("aria-disabled", self.disabled.is_set().then_some("true"))
                .set_some(
                    "data-prevent-double-click",
                    self.prevent_double_click.as_ref().map(Text::as_str),
                )
                .merge(common);
            view! { <button {..attrs.into_view()}>{content}{icon}</button> }.into_any()
        }
    }
}

/// A button, or a link styled as one when `href` is given.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <Button text="Save and continue" /> };
/// let _ = view! { <Button text="Start now" href="/start" is_start_button=true /> };
/// ```
#[component]
pub fn Button(
    /// The button's text.
    #[prop(optional, into)]
    text: Option<Text>,
    /// The button's content as trusted HTML (wins over `text`).
    #[prop(optional, into)]
    html: Option<TrustedHtml>,
    /// Makes it a link to this address.
    #[prop(optional, into)]
    href: Option<Text>,
    /// Extra classes, such as `govuk-button--secondary` or `govuk-button--warning`.
    #[prop(optional, into)]
    classes: Option<Text>,
    /// Whether this is a start button.
    #[prop(optional)]
    is_start_button: bool,
    /// Whether the button is disabled.
    #[prop(optional)]
    disabled: bool,
    /// Called when the button is clicked (in the browser).
    #[prop(optional, into)]
    on_click: Option<Callback<()>>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: ButtonOptions,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<ButtonOptions>();
    crate::core::behave::start_behaviour(crate::core::behave::behaviours::BUTTON);
    let options = ButtonOptions {
        text: text.or(options.text),
        html: html.or(options.html),
        href: href.or(options.href),
        classes: classes.or(options.classes),
        is_start_button: Flag(is_start_button || options.is_start_button.is_set()),
        disabled: Flag(disabled || options.disabled.is_set()),
        ..options
    };
    let view = options.offered(offer).render();
    match on_click {
        Some(callback) => view
            .add_any_attr(leptos::ev::on(leptos::ev::click, move |_| callback.run(())))
            .into_any(),
        None => view,
    }
}

/// An action shown as a button, or as a link when it has an `href` (unless its `type` is
/// `button`): the actions of cookie banners and interruption panels.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct ActionOptions {
    /// The action's text.
    pub text: Option<Text>,
    /// The button `type`; `button` by default. `button` also forces a button over a link.
    pub r#type: Option<Text>,
    /// Where the action goes; a link when given.
    pub href: Option<Text>,
    /// The button's `name`, sent with the form.
    pub name: Option<Text>,
    /// The button's `value`, sent with the form.
    pub value: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl ActionOptions {
    /// Renders the button or link; `button_class` and `link_class` come before `classes`.
    pub(crate) fn render(self, button_class: &str, link_class: &str) -> AnyView {
        let is_button = !self.href.as_ref().is_some_and(Text::is_truthy)
            || self.r#type.as_ref().is_some_and(|t| t.as_str() == "button");
        if is_button {
            let classes = join_classes([button_class, truthy(&self.classes).unwrap_or("")]);
            ButtonOptions {
                text: self.text,
                r#type: Some(
                    self.r#type
                        .filter(Text::is_truthy)
                        .unwrap_or_else(|| "button".into()),
                ),
                name: self.name,
                value: self.value,
                classes: (!classes.is_empty()).then(|| classes.into()),
                href: self.href,
                attributes: self.attributes,
                ..Default::default()
            }
            .render()
        } else {
            let attrs = Attrs::new()
                .class(join_classes([
                    link_class,
                    truthy(&self.classes).unwrap_or(""),
                ]))
                .always("href", self.href.as_ref())
                .user(Some(&self.attributes));
            let text = self.text.map(|t| t.to_string()).unwrap_or_default();
            view! { <a {..attrs.into_view()}>{text}</a> }.into_any()
        }
    }
}
