//! `language-navigation`: switch between the languages a page is in, such as English and
//! Welsh (Cymraeg).
//!
//! # Accessibility
//!
//! **Keyboard.** Tab reaches each language’s link; the current language is not a link.
//!
//! **Screen readers.** A navigation landmark. Each link has `lang` and `hreflang`, so it is
//! pronounced in its own language (“Cymraeg” in Welsh), and the current language is marked
//! `aria-current`.

pub(crate) mod messages;

use crate::prelude_internal::*;

/// One language.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct LanguageNavigationItem {
    /// The language's name, in itself: "English", "Cymraeg".
    pub text: Option<Text>,
    /// The name as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// The language's code, such as `cy`.
    pub lang: Option<Text>,
    /// The linked page's language, when it differs from `lang`.
    pub href_lang: Option<Text>,
    /// Text direction, `rtl` for Arabic or Urdu.
    pub dir: Option<Text>,
    /// The page in this language; no link for the current language.
    pub href: Option<Text>,
    /// Whether this is the page's current language.
    pub current: Flag,
    /// Read after the name, such as "Change the language to Welsh".
    pub language_description_text: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl LanguageNavigationItem {
    /// A language: `href` of `None` marks the current one.
    pub fn new(text: impl Into<Text>, lang: impl Into<Text>, href: Option<&str>) -> Self {
        LanguageNavigationItem {
            text: Some(text.into()),
            lang: Some(lang.into()),
            href: href.map(Text::from),
            current: Flag(href.is_none()),
            ..Default::default()
        }
    }
}

/// govuk-frontend's `language-navigation` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct LanguageNavigationOptions {
    /// The languages.
    #[serde(deserialize_with = "falsy::list")]
    pub items: Vec<Option<LanguageNavigationItem>>,
    /// The navigation's accessible name; "Language" by default (Welsh: "Iaith").
    pub aria_label: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

fn language(item: LanguageNavigationItem) -> AnyView {
    let content = Content::pick(item.html.as_ref(), item.text.as_ref()).into_view();
    let current = item.current.is_set() || !item.href.as_ref().is_some_and(Text::is_truthy);
    if current {
        let attrs = Attrs::new()
            .classes("govuk-language-navigation__text", &item.classes)
            .set_static("aria-current", "true")
            .set_some("lang", truthy(&item.lang))
            .set_some("dir", truthy(&item.dir))
            .user(Some(&item.attributes));
        view! { <li class="govuk-language-navigation__list-item"><span {..attrs.into_view()}>{content}</span></li> }.into_any()
    } else {
        let attrs = Attrs::new()
            .classes("govuk-language-navigation__link", &item.classes)
            .always("href", item.href.as_ref())
            .set_static("rel", "alternate")
            .set_some("lang", truthy(&item.lang))
            .set_some("hreflang", truthy(&item.href_lang).or(truthy(&item.lang)))
            .set_some("dir", truthy(&item.dir))
            .user(Some(&item.attributes));
        let description = truthy(&item.language_description_text).map(|d| {
            let d = format!(" {d}");
            view! { <span class="govuk-visually-hidden">{d}</span> }
        });
        view! {
            <li class="govuk-language-navigation__list-item"><a {..attrs.into_view()}>{content}{description}</a></li>
        }
        .into_any()
    }
}

impl LanguageNavigationOptions {
    /// Renders the navigation.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .classes("govuk-language-navigation", &self.classes)
            .user(Some(&self.attributes))
            .set(
                "aria-label",
                self.aria_label
                    .as_ref()
                    .map(Text::as_str)
                    .unwrap_or_else(|| crate::i18n::text(crate::components::messages::language_navigation, "label")),
            );
        let items = self
            .items
            .into_iter()
            .map(|item| language(item.unwrap_or_default()))
            .collect_view();
        view! {
            <nav {..attrs.into_view()}>
                <ul class="govuk-language-navigation__list">{items}</ul>
            </nav>
        }
        .into_any()
    }
}

/// A language switcher.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <LanguageNavigation items=vec![
///         LanguageNavigationItem::new("English", "en", None),
///         LanguageNavigationItem::new("Cymraeg", "cy", Some("/cy/casgliadau-biniau")),
///     ] />
/// };
/// ```
#[component]
pub fn LanguageNavigation(
    /// The languages.
    items: Vec<LanguageNavigationItem>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: LanguageNavigationOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<LanguageNavigationOptions>();
    crate::i18n::in_locale(locale, options, |o| &mut o.attributes, move |options| {
        LanguageNavigationOptions {
            items: items.into_iter().map(Some).collect(),
            ..options
        }
        .offered(offer)
        .render()
    })
}
