//! `exit-this-page`: lets a user at risk leave a page quickly (for example, domestic abuse
//! services). Works as a link without JavaScript; with it, pressing Shift three times exits.
//!
//! # Accessibility
//!
//! **Keyboard.** A link styled as a button that Tab reaches. With JavaScript, pressing Shift
//! three times in quick succession leaves the page from anywhere on it.
//!
//! **Screen readers.** Each Shift press is announced (“Shift, press 2 more times to exit.”) in
//! a live region, and so is leaving (“Loading.”) while the page is covered. Without JavaScript
//! it is an ordinary link.

pub(crate) mod messages;

use super::ButtonOptions;
use crate::prelude_internal::*;

/// govuk-frontend's `exit-this-page` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct ExitThisPageOptions {
    /// The button's text; "Emergency Exit this page" by default.
    pub text: Option<Text>,
    /// The button's content as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// Where the button goes: a safe, neutral page (a weather page by default).
    pub redirect_url: Option<Text>,
    /// The `id`.
    pub id: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
    /// Announced when the page is exiting.
    pub activated_text: Option<Text>,
    /// Announced when the Shift presses time out.
    pub timed_out_text: Option<Text>,
    /// Announced after one Shift press.
    pub press_two_more_times_text: Option<Text>,
    /// Announced after two Shift presses.
    pub press_one_more_time_text: Option<Text>,
}

impl ExitThisPageOptions {
    /// Renders the exit button.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .set_some("id", truthy(&self.id))
            .classes("govuk-exit-this-page", &self.classes)
            .set_static("data-module", "govuk-exit-this-page")
            .user(Some(&self.attributes))
            .i18n("activated", self.activated_text.as_ref())
            .i18n("timed-out", self.timed_out_text.as_ref())
            .i18n(
                "press-two-more-times",
                self.press_two_more_times_text.as_ref(),
            )
            .i18n(
                "press-one-more-time",
                self.press_one_more_time_text.as_ref(),
            )
            .locale_messages("exit-this-page");
        let has_content = Content::any_truthy(self.html.as_ref(), self.text.as_ref());
        let html = if has_content {
            self.html
        } else {
            let text = |key| escape_html(crate::i18n::text(crate::components::messages::exit_this_page, key));
            Some(TrustedHtml::new(format!(
                r#"<span class="govuk-visually-hidden">{}</span> {}"#,
                text("emergency"),
                text("exitThisPage")
            )))
        };
        let button = ButtonOptions {
            html,
            text: self.text,
            classes: Some(
                "govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button"
                    .into(),
            ),
            href: Some(
                self.redirect_url
                    .filter(Text::is_truthy)
                    .unwrap_or_else(|| "https://www.bbc.co.uk/weather".into()),
            ),
            attributes: Attributes::new().with("rel", "nofollow noreferrer"),
            ..Default::default()
        }
        .render();
        view! { <div {..attrs.into_view()}>{button}</div> }.into_any()
    }
}

/// An "Exit this page" button.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <ExitThisPage redirect_url="https://www.bbc.co.uk/weather" /> };
/// ```
#[component]
pub fn ExitThisPage(
    /// Where the button goes.
    #[prop(optional, into)]
    redirect_url: Option<Text>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: ExitThisPageOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<ExitThisPageOptions>();
    crate::i18n::in_locale(locale, options, |o| &mut o.attributes, move |options| {
        crate::core::behave::start_behaviour(crate::core::behave::behaviours::EXIT_THIS_PAGE);
        // Its button is a govuk-frontend button, with the button's own behaviour.
        crate::core::behave::start_behaviour(crate::core::behave::behaviours::BUTTON);
        ExitThisPageOptions {
            redirect_url: redirect_url.or(options.redirect_url),
            ..options
        }
        .offered(offer)
        .render()
    })
}
