//! `service-navigation`: the service's name and its main navigation, under the header.
//! On small screens the links collapse behind a "Menu" button when JavaScript runs.
//!
//! # Accessibility
//!
//! **Keyboard.** Tab moves through the links. On small screens, with JavaScript, the links sit
//! behind a “Menu” button that Enter or Space opens.
//!
//! **Screen readers.** A navigation landmark, labelled “Menu” (or `navigation_label`). The
//! Menu button says whether it is open (`aria-expanded`); the current page’s link is marked
//! `aria-current`.

pub(crate) mod messages;

use crate::prelude_internal::*;

/// One navigation link.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct ServiceNavigationItem {
    /// Whether this link is the current page.
    pub current: Flag,
    /// Whether the user is within this section.
    pub active: Flag,
    /// The link's text.
    pub text: Option<Text>,
    /// The link as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// Where it goes.
    pub href: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
    /// The link's content as a Leptos view (from a [`NavLink`] slot's children).
    #[serde(skip)]
    pub view: SlotContent,
}

impl ServiceNavigationItem {
    /// A link.
    pub fn new(text: impl Into<Text>, href: impl Into<Text>) -> Self {
        ServiceNavigationItem {
            text: Some(text.into()),
            href: Some(href.into()),
            ..Default::default()
        }
    }

    /// The link, marked as the current page.
    pub fn current(self) -> Self {
        ServiceNavigationItem {
            current: Flag(true),
            ..self
        }
    }
}

/// The `slots.end` option: trusted HTML, or `{ html, align: "inline" }`.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum EndSlot {
    /// Trusted HTML.
    Html(Text),
    /// Trusted HTML, optionally aligned inline with the navigation.
    Detailed {
        /// Trusted HTML.
        #[serde(default)]
        html: Option<Text>,
        /// `inline` keeps it on the navigation's line.
        #[serde(default)]
        align: Option<Text>,
    },
}

/// The `slots` option: trusted HTML placed in the navigation.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct ServiceNavigationSlots {
    /// Before the service name.
    pub start: Option<Text>,
    /// After the navigation.
    pub end: Option<EndSlot>,
    /// At the start of the list of links.
    pub navigation_start: Option<Text>,
    /// At the end of the list of links.
    pub navigation_end: Option<Text>,
}

/// govuk-frontend's `service-navigation` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct ServiceNavigationOptions {
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
    /// The region's accessible name; "Service information" by default.
    pub aria_label: Option<Text>,
    /// The menu button's text; "Menu" by default (Welsh: "Dewislen").
    pub menu_button_text: Option<Text>,
    /// The menu button's accessible name, when it should differ from its text.
    pub menu_button_label: Option<Text>,
    /// The navigation's accessible name; the menu button's text by default.
    pub navigation_label: Option<Text>,
    /// The list's `id`; `navigation` by default.
    pub navigation_id: Option<Text>,
    /// Extra classes for the navigation.
    pub navigation_classes: Option<Text>,
    /// Whether links collapse behind the menu button on small screens (by default, when
    /// there is more than one link).
    pub collapse_navigation_on_mobile: Option<Text>,
    /// The service's name.
    pub service_name: Option<Text>,
    /// Where the service's name links to.
    pub service_url: Option<Text>,
    /// The links; falsy entries are skipped.
    #[serde(deserialize_with = "falsy::list")]
    pub navigation: Vec<Option<ServiceNavigationItem>>,
    /// Trusted HTML in set places.
    #[serde(deserialize_with = "falsy::option")]
    pub slots: Option<ServiceNavigationSlots>,
}

fn link(item: &ServiceNavigationItem) -> AnyView {
    let highlighted = item.active.is_set() || item.current.is_set();
    let aria_current = highlighted.then_some(if item.current.is_set() {
        "page"
    } else {
        "true"
    });
    let content = item.view.or_pick(item.html.as_ref(), item.text.as_ref());
    // Active links are also bold, so people who override colours still see which is active.
    let content = if highlighted {
        view! { <strong class="govuk-service-navigation__active-fallback">{content}</strong> }
            .into_any()
    } else {
        content
    };
    let inner = if let Some(href) = truthy(&item.href) {
        let attrs = Attrs::new()
            .set_static("class", "govuk-service-navigation__link")
            .set("href", href)
            .set_some("aria-current", aria_current)
            .user(Some(&item.attributes));
        Some(view! { <a {..attrs.into_view()}>{content}</a> }.into_any())
    } else if item.view.is_some() || Content::any_truthy(item.html.as_ref(), item.text.as_ref()) {
        let attrs = Attrs::new()
            .set_static("class", "govuk-service-navigation__text")
            .set_some("aria-current", aria_current);
        Some(view! { <span {..attrs.into_view()}>{content}</span> }.into_any())
    } else {
        None
    };
    let class = join_classes([
        "govuk-service-navigation__item",
        if highlighted {
            "govuk-service-navigation__item--active"
        } else {
            ""
        },
    ]);
    view! { <li class=class>{inner}</li> }.into_any()
}

fn raw(html: Option<&str>) -> Option<TrustedHtml> {
    html.map(TrustedHtml::new)
}

impl ServiceNavigationOptions {
    /// Renders the service navigation.
    pub fn render(self) -> AnyView {
        let menu_text = truthy(&self.menu_button_text)
            .unwrap_or_else(|| crate::i18n::text(crate::components::messages::service_navigation, "menu"))
            .to_owned();
        let navigation_id = truthy(&self.navigation_id)
            .unwrap_or("navigation")
            .to_owned();
        let slots = self.slots.clone().unwrap_or_default();
        let (end_html, end_inline) = match &slots.end {
            Some(EndSlot::Html(html)) => (Some(html.clone()), false),
            Some(EndSlot::Detailed { html, align }) => (
                html.clone(),
                align.as_ref().is_some_and(|a| a.as_str() == "inline"),
            ),
            None => (None, false),
        };
        let end_html = end_html.filter(Text::is_truthy);
        let items: Vec<&ServiceNavigationItem> = self.navigation.iter().flatten().collect();
        let collapse = match &self.collapse_navigation_on_mobile {
            Some(value) => value.is_truthy(),
            None => items.len() > 1,
        };
        let nav_start = truthy(&slots.navigation_start);
        let nav_end = truthy(&slots.navigation_end);
        let nav = (!items.is_empty() || nav_start.is_some() || nav_end.is_some()).then(|| {
            let label = truthy(&self.navigation_label)
                .unwrap_or(&menu_text)
                .to_owned();
            let class = join_classes([
                "govuk-service-navigation__wrapper",
                truthy(&self.navigation_classes).unwrap_or(""),
            ]);
            let toggle = collapse.then(|| {
                let attrs = Attrs::new()
                    .set_static("type", "button")
                    .set(
                        "class",
                        "govuk-service-navigation__toggle govuk-js-service-navigation-toggle",
                    )
                    .set("aria-controls", navigation_id.clone())
                    .set_some(
                        "aria-label",
                        truthy(&self.menu_button_label).filter(|l| *l != menu_text),
                    )
                    .flag("hidden", true)
                    .set_static("aria-hidden", "true");
                let text = menu_text.clone();
                view! { <button {..attrs.into_view()}>{text}</button> }
            });
            let links = items.iter().map(|item| link(item)).collect_view();
            view! {
                <nav aria-label=label class=class>
                    {toggle}
                    <ul class="govuk-service-navigation__list" id=navigation_id.clone()>
                        {raw(nav_start)}
                        {links}
                        {raw(nav_end)}
                    </ul>
                </nav>
            }
        });
        let service_name = truthy(&self.service_name).map(|name| {
            let name = name.to_owned();
            let inner = match truthy(&self.service_url) {
                Some(url) => {
                    let url = url.to_owned();
                    view! { <a href=url class="govuk-service-navigation__link">{name}</a> }
                        .into_any()
                }
                None => {
                    view! { <span class="govuk-service-navigation__text">{name}</span> }.into_any()
                }
            };
            view! { <span class="govuk-service-navigation__service-name">{inner}</span> }
        });
        let container_class = join_classes([
            "govuk-width-container",
            if end_inline {
                "govuk-service-navigation__inlining-container"
            } else {
                ""
            },
        ]);
        let start = truthy(&slots.start);
        let is_region = service_name.is_some() || start.is_some() || end_html.is_some();
        let inner = view! {
            <div class=container_class>
                {raw(start)}
                <div class="govuk-service-navigation__container">{service_name}{nav}</div>
                {raw(end_html.as_ref().map(Text::as_str))}
            </div>
        };
        let mut attrs = Attrs::new();
        if is_region {
            attrs = attrs.set(
                "aria-label",
                self.aria_label
                    .as_ref()
                    .map(Text::as_str)
                    .unwrap_or_else(|| crate::i18n::text(crate::components::messages::service_navigation, "label")),
            );
        }
        let attrs = attrs
            .classes("govuk-service-navigation", &self.classes)
            .set_static("data-module", "govuk-service-navigation")
            .user(Some(&self.attributes));
        if is_region {
            view! { <section {..attrs.into_view()}>{inner}</section> }.into_any()
        } else {
            view! { <div {..attrs.into_view()}>{inner}</div> }.into_any()
        }
    }
}

/// A link of [`ServiceNavigation`] by composition: `<NavLink slot href="/days" current=true>"Collection days"</NavLink>`.
#[slot]
pub struct NavLink {
    /// Where it goes.
    #[prop(optional, into)]
    href: Option<Text>,
    /// Whether this link is the current page.
    #[prop(optional)]
    current: bool,
    /// Whether the user is within this section.
    #[prop(optional)]
    active: bool,
    /// The link's text.
    children: ChildrenFn,
}

impl From<NavLink> for ServiceNavigationItem {
    fn from(link: NavLink) -> Self {
        ServiceNavigationItem {
            href: link.href,
            current: Flag(link.current),
            active: Flag(link.active),
            view: SlotContent::from_children(Some(link.children)),
            ..Default::default()
        }
    }
}

/// The service's name and main navigation, with links as data or [`NavLink`] slots (both
/// render the same).
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <ServiceNavigation service_name="Bin collections" service_url="/">
///         <NavLink slot href="/days" current=true>"Collection days"</NavLink>
///         <NavLink slot href="/missed">"Report a missed bin"</NavLink>
///     </ServiceNavigation>
/// };
/// ```
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <ServiceNavigation service_name="Bin collections" service_url="/" navigation=vec![
///         ServiceNavigationItem::new("Collection days", "/days").current(),
///         ServiceNavigationItem::new("Report a missed bin", "/missed"),
///     ] />
/// };
/// ```
#[component]
pub fn ServiceNavigation(
    /// The links, as data.
    #[prop(optional)]
    navigation: Vec<ServiceNavigationItem>,
    /// The links, by composition (after any `navigation`).
    #[prop(optional)]
    nav_link: Vec<NavLink>,
    /// The service's name.
    #[prop(optional, into)]
    service_name: Option<Text>,
    /// Where the service's name links to.
    #[prop(optional, into)]
    service_url: Option<Text>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: ServiceNavigationOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<ServiceNavigationOptions>();
    crate::i18n::in_locale(locale, options, |o| &mut o.attributes, move |options| {
        crate::core::behave::start_behaviour(crate::core::behave::behaviours::SERVICE_NAVIGATION);
        let navigation = given_or(
            navigation
                .into_iter()
                .chain(nav_link.into_iter().map(ServiceNavigationItem::from)),
            options.navigation.clone(),
        );
        let mut options = ServiceNavigationOptions {
            navigation,
            service_name: service_name.or(options.service_name.clone()),
            service_url: service_url.or(options.service_url.clone()),
            ..options
        };
        if offer.wanted() {
            for item in options.navigation.iter_mut().flatten() {
                if item.view.is_some() {
                    item.view.write_into(&mut item.html);
                }
            }
        }
        options.offered(offer).render()
    })
}
