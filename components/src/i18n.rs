//! The words Civic writes when the options give none ("Back", "Skip to main content", the
//! visually hidden "Error", …), in the locale of the page: English (govuk-frontend's own
//! words) or Welsh, both shipped with Civic. Each component folder's `messages.rs` holds its
//! strings, one table per locale, with where each Welsh string comes from.
//!
//! In Leptos the locale comes from context ([`provide_locale`] at the app's root); `civic
//! render` takes `--locale cy` or a `"locale"` field on a `--jsonl` line; the page template
//! takes it from `htmlLang`. Options given by the user always win over these defaults.

pub(crate) use civic_behaviours::messages::{Message, Messages, Sources};
use leptos::prelude::{provide_context, use_context};

/// A locale Civic writes its default strings in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    /// English: govuk-frontend's own words.
    #[default]
    En,
    /// Welsh (Cymraeg).
    Cy,
}

impl Locale {
    /// The locales Civic ships, in the order `civic messages` lists them.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Cy];

    /// The locale for a language tag (`cy`, `cy-GB`, `en-GB`, …), by its primary language;
    /// `None` for a language Civic does not ship.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Locale::En),
            "cy" => Some(Locale::Cy),
            _ => None,
        }
    }

    /// The language tag: `en` or `cy`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Cy => "cy",
        }
    }

    /// The language's name, in that language.
    pub fn name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Cy => "Cymraeg",
        }
    }
}

/// Makes `locale` the one Civic's components write their default strings in, for this
/// component and everything below it in the view.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     {provide_locale(Locale::Cy)}
///     <BackLink href="/" />
/// };
/// ```
pub fn provide_locale(locale: Locale) {
    provide_context(locale);
}

/// The locale in context, or English.
pub(crate) fn current() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// The default text of `key` for `component` (govuk-frontend's name) in the locale in
/// context. A key a locale lacks falls back to English; `structure.rs` checks none does.
pub(crate) fn text(component: &str, key: &str) -> &'static str {
    let Some((_, messages)) = crate::components::MESSAGES
        .iter()
        .find(|(name, _)| *name == component)
    else {
        return "";
    };
    let find = |table: Messages| {
        table.iter().find_map(|(k, message)| match message {
            Message::Text(text) if *k == key => Some(*text),
            _ => None,
        })
    };
    let chosen = match current() {
        Locale::En => None,
        Locale::Cy => find(messages.cy),
    };
    chosen.or_else(|| find(messages.en)).unwrap_or("")
}

/// One component's strings: English, Welsh, and where each Welsh string comes from.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ComponentMessages {
    pub en: Messages,
    pub cy: Messages,
    pub cy_sources: Sources,
}

/// One default string as translators review it: `civic messages` lists them all.
#[derive(Clone, Debug, PartialEq)]
pub struct MessageRow {
    /// The component, by govuk-frontend's name (`skip-link` also holds the page template's).
    pub component: &'static str,
    /// The string's key (govuk-frontend's i18n key where a behaviour writes it).
    pub key: &'static str,
    /// The CLDR plural form (`one`, `other`, …) for a message that has them.
    pub form: Option<&'static str>,
    /// English.
    pub en: &'static str,
    /// Welsh.
    pub cy: &'static str,
    /// Where the Welsh comes from: a public service or design system, or "translated here".
    pub cy_source: &'static str,
}

/// Every default string Civic writes, in markup and in behaviours, with its English, its
/// Welsh and the Welsh's source: one row per string, or per plural form.
///
/// ```
/// let rows = civic::messages();
/// let back = rows.iter().find(|r| r.component == "back-link").unwrap();
/// assert_eq!((back.en, back.cy), ("Back", "Yn ôl"));
/// ```
pub fn messages() -> Vec<MessageRow> {
    let mut rows = Vec::new();
    for (component, messages) in crate::components::MESSAGES {
        for (key, english) in messages.en.iter() {
            let welsh = messages.cy.iter().find(|(k, _)| k == key).map(|(_, m)| *m);
            let cy_source = messages
                .cy_sources
                .iter()
                .find(|(k, _)| k == key)
                .map_or("", |(_, source)| *source);
            let row = |form, en, cy| MessageRow {
                component,
                key,
                form,
                en,
                cy,
                cy_source,
            };
            match (english, welsh) {
                (Message::Text(en), Some(Message::Text(cy))) => rows.push(row(None, en, cy)),
                (Message::Text(en), _) => rows.push(row(None, en, "")),
                (Message::Plural(en_forms), welsh) => {
                    let cy_forms = match welsh {
                        Some(Message::Plural(forms)) => forms,
                        _ => &[][..],
                    };
                    let pick = |forms: &[(&'static str, &'static str)], form: &str| {
                        forms.iter().find(|(f, _)| *f == form).map(|(_, t)| *t)
                    };
                    // Each form either language has, in CLDR's order.
                    for form in ["zero", "one", "two", "few", "many", "other"] {
                        let (en, cy) = (pick(en_forms, form), pick(cy_forms, form));
                        if en.is_some() || cy.is_some() {
                            let en = en.or_else(|| pick(en_forms, "other")).unwrap_or("");
                            rows.push(row(Some(form), en, cy.unwrap_or("")));
                        }
                    }
                }
            }
        }
    }
    rows
}
