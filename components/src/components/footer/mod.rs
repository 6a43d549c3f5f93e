//! `footer`: the page footer, with navigation, support links, licence and copyright.
//!
//! # Accessibility
//!
//! **Keyboard.** Its links are in the tab order in reading order.
//!
//! **Screen readers.** A `contentinfo` landmark (`<footer>`), with each group of links under a
//! heading. The licence logo is hidden from screen readers; its text says the same.

pub(crate) mod messages;

use crate::core::logo::logo_svg;
use crate::prelude_internal::*;

/// A link in the footer.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct FooterLink {
    /// The link's text.
    pub text: Option<Text>,
    /// Where it goes.
    pub href: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl FooterLink {
    /// A link.
    pub fn new(text: impl Into<Text>, href: impl Into<Text>) -> Self {
        FooterLink {
            text: Some(text.into()),
            href: Some(href.into()),
            attributes: Attributes::new(),
        }
    }
}

/// The `meta` option: support links such as "Cookies" and "Accessibility statement".
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct FooterMeta {
    /// The hidden heading; "Support links" by default (Welsh: "Dolenni cymorth").
    pub visually_hidden_title: Option<Text>,
    /// Text under the links.
    pub text: Option<Text>,
    /// Trusted HTML under the links.
    pub html: Option<TrustedHtml>,
    /// The links.
    #[serde(deserialize_with = "falsy::list")]
    pub items: Vec<Option<FooterLink>>,
}

/// One navigation section of the footer.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct FooterNavigation {
    /// The section's heading.
    pub title: Option<Text>,
    /// How many columns the links take.
    pub columns: Option<Text>,
    /// The section's width, such as `one-half`; `full` by default.
    pub width: Option<Text>,
    /// The links (a link needs both `text` and `href` to show).
    #[serde(deserialize_with = "falsy::list")]
    pub items: Vec<Option<FooterLink>>,
}

/// Text or HTML for the licence or the copyright.
pub type FooterText = TextOrHtml;

/// govuk-frontend's `footer` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct FooterOptions {
    /// Support links.
    #[serde(deserialize_with = "falsy::option")]
    pub meta: Option<FooterMeta>,
    /// Navigation sections.
    #[serde(deserialize_with = "falsy::list")]
    pub navigation: Vec<Option<FooterNavigation>>,
    /// The licence; the Open Government Licence by default, none when `null`.
    #[serde(deserialize_with = "falsy::null_or_object")]
    pub content_licence: Option<Option<FooterText>>,
    /// The copyright; "© Crown copyright" by default.
    #[serde(deserialize_with = "falsy::option")]
    pub copyright: Option<FooterText>,
    /// Classes for the container.
    pub container_classes: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

fn footer_link(link: &FooterLink) -> AnyView {
    let attrs = Attrs::new()
        .set_static("class", "govuk-footer__link")
        .always("href", link.href.as_ref())
        .user(Some(&link.attributes));
    let text = link.text.as_ref().map(Text::to_string);
    view! { <a {..attrs.into_view()}>{text}</a> }.into_any()
}

fn navigation(nav: FooterNavigation) -> AnyView {
    let class = format!(
        "govuk-footer__section govuk-grid-column-{}",
        truthy(&nav.width).unwrap_or("full")
    );
    let title = nav.title.as_ref().map(Text::to_string);
    let list = (!nav.items.is_empty()).then(|| {
        let columns = truthy(&nav.columns)
            .map(|c| format!("govuk-footer__list--columns-{c}"))
            .unwrap_or_default();
        let class = join_classes(["govuk-footer__list", &columns]);
        let items = nav
            .items
            .iter()
            .flatten()
            .filter(|item| {
                item.href.as_ref().is_some_and(Text::is_truthy)
                    && item.text.as_ref().is_some_and(Text::is_truthy)
            })
            .map(|item| view! { <li class="govuk-footer__list-item">{footer_link(item)}</li> })
            .collect_view();
        view! { <ul class=class>{items}</ul> }
    });
    view! {
        <div class=class>
            <h2 class="govuk-footer__heading govuk-heading-m">{title}</h2>
            {list}
        </div>
    }
    .into_any()
}

fn licence(licence: Option<FooterText>) -> AnyView {
    let licence = licence.unwrap_or_default();
    let description = if Content::any_truthy(licence.html.as_ref(), licence.text.as_ref()) {
        Content::pick(licence.html.as_ref(), licence.text.as_ref()).into_view()
    } else {
        let text = |key| crate::i18n::text(crate::components::messages::footer, key);
        view! {
            {text("licenceBefore")}
            <a class="govuk-footer__link" href=text("licenceHref") rel="license">
                {text("licenceLink")}
            </a>
            {text("licenceAfter")}
        }
        .into_any()
    };
    let path = "M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7zm-122.3-9.6A47.12 47.12 0 0 1 221 97.8c0-26 21.1-47.1 47.1-47.1 16.7 0 31.4 8.7 39.7 21.8l42.7-27.2A97.63 97.63 0 0 0 268.1 0c-36.5 0-68.3 20.1-85.1 49.7A98 98 0 0 0 97.8 0C43.9 0 0 43.9 0 97.8s43.9 97.8 97.8 97.8c36.5 0 68.3-20.1 85.1-49.7a97.76 97.76 0 0 0 149.6 25.4l19.4 22.2h3v-87.8h-80l24.3 27.5zM97.8 145c-26 0-47.1-21.1-47.1-47.1s21.1-47.1 47.1-47.1 47.2 21 47.2 47S123.8 145 97.8 145";
    view! {
        <svg aria-hidden="true" focusable="false" class="govuk-footer__licence-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 483.2 195.7" height="17" width="41">
            <path fill="currentColor" d=path></path>
        </svg>
        <span class="govuk-footer__licence-description">{description}</span>
    }
    .into_any()
}

impl FooterOptions {
    /// Renders the footer.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .classes("govuk-footer", &self.classes)
            .user(Some(&self.attributes));
        let container = join_classes([
            "govuk-width-container",
            truthy(&self.container_classes).unwrap_or(""),
        ]);
        let crown = TrustedHtml::new(logo_svg("govuk-footer__crown", None, false));
        let navigation = (!self.navigation.is_empty()).then(|| {
            let sections = self
                .navigation
                .into_iter()
                .map(|nav| navigation(nav.unwrap_or_default()))
                .collect_view();
            view! {
                <div class="govuk-footer__navigation">{sections}</div>
                <hr class="govuk-footer__section-break" />
            }
        });
        let meta = self.meta.map(|meta| {
            let title = truthy(&meta.visually_hidden_title)
                .unwrap_or_else(|| crate::i18n::text(crate::components::messages::footer, "supportLinks")).to_owned();
            let links = (!meta.items.is_empty()).then(|| {
                let items = meta
                    .items
                    .iter()
                    .map(|item| view! { <li class="govuk-footer__inline-list-item">{footer_link(&item.clone().unwrap_or_default())}</li> })
                    .collect_view();
                view! { <ul class="govuk-footer__inline-list">{items}</ul> }
            });
            let custom = Content::any_truthy(meta.html.as_ref(), meta.text.as_ref()).then(|| {
                let content = Content::pick(meta.html.as_ref(), meta.text.as_ref()).into_view();
                view! { <div class="govuk-footer__meta-custom">{content}</div> }
            });
            view! { <h2 class="govuk-visually-hidden">{title}</h2>{links}{custom} }
        });
        let licence = match self.content_licence {
            Some(None) => None,
            Some(Some(given)) => Some(licence(Some(given))),
            None => Some(licence(None)),
        };
        let copyright = self.copyright.unwrap_or_default();
        let copyright = if Content::any_truthy(copyright.html.as_ref(), copyright.text.as_ref()) {
            Content::pick(copyright.html.as_ref(), copyright.text.as_ref()).into_view()
        } else {
            crate::i18n::text(crate::components::messages::footer, "copyright").into_any()
        };
        view! {
            <div {..attrs.into_view()}>
                <div class=container>
                    {crown}
                    {navigation}
                    <div class="govuk-footer__meta">
                        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">{meta}{licence}</div>
                        <div class="govuk-footer__meta-item">
                            <a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">
                                {copyright}
                            </a>
                        </div>
                    </div>
                </div>
            </div>
        }
        .into_any()
    }
}

/// A support link of the [`Footer`] by composition: `<SupportLink slot href="/cookies">"Cookies"</SupportLink>`.
#[slot]
pub struct SupportLink {
    /// Where it goes.
    #[prop(into)]
    href: Text,
    /// The link's text.
    #[prop(into)]
    text: Text,
}

/// A navigation section of the [`Footer`] by composition, holding [`SectionLink`] slots.
#[slot]
pub struct FooterSection {
    /// The section's heading.
    #[prop(into)]
    title: Text,
    /// The section's width, such as `one-half`; `full` by default.
    #[prop(optional, into)]
    width: Option<Text>,
    /// How many columns the links take.
    #[prop(optional, into)]
    columns: Option<Text>,
    /// The links.
    #[prop(optional)]
    section_link: Vec<SectionLink>,
}

/// A link in a [`FooterSection`].
#[slot]
pub struct SectionLink {
    /// Where it goes.
    #[prop(into)]
    href: Text,
    /// The link's text.
    #[prop(into)]
    text: Text,
}

/// The page footer, with links as data or as [`SupportLink`] and [`FooterSection`] slots
/// (both render the same).
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Footer>
///         <FooterSection slot title="Services" width="one-half">
///             <SectionLink slot href="/bins" text="Bins and recycling" />
///         </FooterSection>
///         <SupportLink slot href="/cookies" text="Cookies" />
///         <SupportLink slot href="/accessibility" text="Accessibility statement" />
///     </Footer>
/// };
/// ```
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Footer meta=FooterMeta {
///         items: vec![Some(FooterLink::new("Cookies", "/cookies")), Some(FooterLink::new("Accessibility statement", "/accessibility"))],
///         ..Default::default()
///     } />
/// };
/// ```
#[component]
pub fn Footer(
    /// Support links, as data.
    #[prop(optional)]
    meta: Option<FooterMeta>,
    /// Support links, by composition (after any in `meta`).
    #[prop(optional)]
    support_link: Vec<SupportLink>,
    /// Navigation sections, by composition (after any in `options`).
    #[prop(optional)]
    footer_section: Vec<FooterSection>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: FooterOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<FooterOptions>();
    crate::i18n::in_locale(locale, options, |o| &mut o.attributes, move |options| {
        let mut meta = meta.or(options.meta.clone());
        if !support_link.is_empty() {
            let meta = meta.get_or_insert_with(FooterMeta::default);
            meta.items.extend(
                support_link
                    .into_iter()
                    .map(|l| Some(FooterLink::new(l.text, l.href))),
            );
        }
        let mut navigation = options.navigation.clone();
        navigation.extend(footer_section.into_iter().map(|section| {
            Some(FooterNavigation {
                title: Some(section.title),
                width: section.width,
                columns: section.columns,
                items: section
                    .section_link
                    .into_iter()
                    .map(|l| Some(FooterLink::new(l.text, l.href)))
                    .collect(),
            })
        }));
        FooterOptions {
            meta,
            navigation,
            ..options
        }
        .offered(offer)
        .render()
    })
}
