//! `notification-banner`: tells users about something important, or that something they did
//! succeeded ("success" type).
//!
//! # Accessibility
//!
//! **Keyboard.** Nothing to operate but the links in it.
//!
//! **Screen readers.** A region labelled by its title, so it can be found. The success banner
//! is an `alert`, takes focus when the page loads (unless `disable_auto_focus`), and so is read
//! first.

pub(crate) mod messages;

use crate::prelude_internal::*;

/// govuk-frontend's `notification-banner` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct NotificationBannerOptions {
    /// The banner's text, shown as a heading line.
    pub text: Option<Text>,
    /// The banner's content as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// The title; "Important", or "Success" for the success type (Welsh: "Pwysig", "Llwyddiant").
    pub title_text: Option<Text>,
    /// The title as trusted HTML.
    pub title_html: Option<TrustedHtml>,
    /// The title's heading level; 2 by default.
    #[serde(deserialize_with = "HeadingLevel::optional")]
    pub title_heading_level: Option<HeadingLevel>,
    /// `success` for the success banner.
    pub r#type: Option<Text>,
    /// The ARIA role; `region`, or `alert` for the success banner.
    pub role: Option<Text>,
    /// The title's `id`; `govuk-notification-banner-title` by default.
    pub title_id: Option<Text>,
    /// Stops the success banner taking focus when the page loads (with JavaScript).
    pub disable_auto_focus: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl NotificationBannerOptions {
    /// Renders the banner.
    pub fn render(self) -> AnyView {
        self.render_with(None)
    }

    /// Renders the banner with `body` as its content (in place of `text`/`html`) when given.
    pub fn render_with(self, body: Option<AnyView>) -> AnyView {
        let success = self
            .r#type
            .as_ref()
            .is_some_and(|t| t.as_str() == "success");
        let role = match truthy(&self.role) {
            Some(role) => role,
            None if success => "alert",
            None => "region",
        };
        let title_id = truthy(&self.title_id)
            .unwrap_or("govuk-notification-banner-title")
            .to_owned();
        let attrs = Attrs::new()
            .class(join_classes([
                "govuk-notification-banner",
                if success {
                    "govuk-notification-banner--success"
                } else {
                    ""
                },
                truthy(&self.classes).unwrap_or(""),
            ]))
            .set("role", role)
            .set("aria-labelledby", title_id.clone())
            .set_static("data-module", "govuk-notification-banner")
            .set_some(
                "data-disable-auto-focus",
                self.disable_auto_focus.as_ref().map(Text::as_str),
            )
            .user(Some(&self.attributes));
        let title = if let Some(html) = truthy_html(&self.title_html) {
            TrustedHtml::new(html).into_any()
        } else if let Some(text) = truthy(&self.title_text) {
            text.to_owned().into_any()
        } else {
            crate::i18n::text(crate::components::messages::notification_banner,
                if success { "success" } else { "important" },
            )
            .into_any()
        };
        let title = heading(
            self.title_heading_level.map(HeadingLevel::get).unwrap_or(2),
            Attrs::new()
                .set_static("class", "govuk-notification-banner__title")
                .set("id", title_id),
            title,
        );
        let content = match (body, truthy_html(&self.html), truthy(&self.text)) {
            (Some(body), _, _) => Some(body),
            (None, Some(html), _) => Some(TrustedHtml::new(html).into_any()),
            (None, None, Some(text)) => {
                let text = text.to_owned();
                Some(view! { <p class="govuk-notification-banner__heading">{text}</p> }.into_any())
            }
            _ => None,
        };
        view! {
            <div {..attrs.into_view()}>
                <div class="govuk-notification-banner__header">{title}</div>
                <div class="govuk-notification-banner__content">{content}</div>
            </div>
        }
        .into_any()
    }
}

/// A notification banner.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <NotificationBanner text="You have 7 days left to send your application." /> };
/// let _ = view! { <NotificationBanner success=true text="Your collection has been booked." /> };
/// ```
#[component]
pub fn NotificationBanner(
    /// The banner's text.
    #[prop(optional, into)]
    text: Option<Text>,
    /// Whether this is a success banner.
    #[prop(optional)]
    success: bool,
    /// The title ("Important" or "Success" by default).
    #[prop(optional, into)]
    title: Option<Text>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: NotificationBannerOptions,
    /// The content, in place of `text`.
    #[prop(optional)]
    children: Option<Children>,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<NotificationBannerOptions>();
    crate::i18n::in_locale(locale, options, |o| &mut o.attributes, move |options| {
        crate::core::behave::start_behaviour(crate::core::behave::behaviours::NOTIFICATION_BANNER);
        let (options, children) = offer.with_children(
            NotificationBannerOptions {
            text: text.or(options.text),
            title_text: title.or(options.title_text),
            r#type: if success {
                Some("success".into())
            } else {
                options.r#type.clone()
            },
            ..options
        },
            children.map(|c| c().into_any()),
            |o| &mut o.html,
        );
        options.render_with(children)
    })
}
