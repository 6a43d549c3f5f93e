//! The words Civic writes when the options give none ("Back", "Skip to main content", the
//! visually hidden "Error", …), in the locale of the page: English (govuk-frontend's own
//! words) or Welsh, both shipped with Civic. Each component folder's `messages.rs` holds its
//! strings, one table per locale, with where each Welsh string comes from.
//!
//! In Leptos the locale comes from context ([`provide_locale`] at the app's root); `civic
//! render` takes `--locale cy` or a `"locale"` field on a `--jsonl` line; the page template
//! takes it from `htmlLang`. Options given by the user always win over these defaults.
//!
//! A council that needs another language, or its own wording, loads a locale file
//! ([`Locale::from_json`]), checked against every string Civic writes.

mod custom;
mod flow_pages;
mod questions;

pub(crate) use civic_behaviours::messages::{Message, Messages, Sources};
pub use custom::{CustomLocale, LocaleError, MAX_LOCALE_FILE_BYTES, MAX_MESSAGE_CHARS};
use leptos::prelude::{provide_context, use_context};

/// A locale Civic writes its default strings in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    /// English: govuk-frontend's own words.
    #[default]
    En,
    /// Welsh (Cymraeg).
    Cy,
    /// A council's own, loaded from a file by [`Locale::from_json`].
    Custom(&'static CustomLocale),
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

    /// The language tag: `en`, `cy`, or a custom locale's own.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Cy => "cy",
            Locale::Custom(custom) => custom.tag(),
        }
    }

    /// The language's name, in that language.
    pub fn name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Cy => "Cymraeg",
            Locale::Custom(custom) => custom.name(),
        }
    }

    /// Whether a page in language `tag` is in this locale: the same primary language for the
    /// locales Civic ships, the same tag (any case) for a custom one.
    pub fn speaks(self, tag: &str) -> bool {
        match self {
            Locale::Custom(custom) => custom.tag().eq_ignore_ascii_case(tag),
            builtin => Locale::from_tag(tag) == Some(builtin),
        }
    }

    /// A council's own locale (another language, or its own wording) from a locale file,
    /// checked against every string Civic writes: each component and key Civic's English has
    /// must be there, every plural message with exactly the plural forms the language uses
    /// (by CLDR's rules for the file's `tag`), and a text whose English has `%{count}` keeps
    /// it. A refusal lists every problem with its JSON path.
    ///
    /// The locale lives for the rest of the program (so it is `Copy`, like the built-in
    /// ones): load it once, at start-up, not per request.
    ///
    /// ```
    /// let refused = civic::Locale::from_json(r#"{"tag": "gd", "name": "Gàidhlig", "messages": {}}"#);
    /// let problems = refused.unwrap_err().problems;
    /// assert!(problems.contains(&"messages.back-link: missing".to_owned()));
    /// ```
    pub fn from_json(json: &str) -> Result<Locale, LocaleError> {
        custom::load(json)
    }

    /// This locale as a complete locale file, for a translator to start from: every message
    /// Civic writes, each plural one with the forms the language uses.
    ///
    /// ```
    /// let welsh = civic::Locale::Cy.to_json();
    /// assert_eq!(civic::Locale::from_json(&welsh).unwrap().tag(), "cy");
    /// ```
    pub fn to_json(self) -> String {
        custom::write(self)
    }
}

/// Makes `locale` the one Civic's components write their default strings in, for this
/// component and everything below it in the view. A component whose language differs takes
/// `locale=…` itself, which also sets its `lang`.
///
/// ```
/// use civic::prelude::*;
///
/// #[component]
/// fn WhereDoYouLive() -> impl IntoView {
///     provide_locale(Locale::Cy); // every default string below is Welsh
///     view! {
///         <BackLink href="/" />                                   // "Yn ôl"
///         <Input name="postcode" label="Cod post" error="Rhowch god post" />  // "Gwall:" prefix
///         <Input name="ref" label="Reference" locale=Locale::En /> // lang="en", English defaults
///     }
/// }
/// # #[cfg(feature = "ssr")] {
/// let html = Owner::new().with(|| view! { <WhereDoYouLive /> }.to_html());
/// assert!(html.contains("Yn ôl") && html.contains("Gwall") && html.contains(r#"lang="en""#));
/// # }
/// ```
pub fn provide_locale(locale: Locale) {
    provide_context(locale);
}

/// The locale in context, or English.
pub(crate) fn current() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// The default text of `key` in a component's strings (`crate::components::messages::NAME`)
/// in the locale in context. A key a locale lacks falls back to English; `structure.rs`
/// checks none does.
pub(crate) fn text(table: ComponentMessages, key: &str) -> &'static str {
    lookup(current(), table, key)
}

/// Every table of strings Civic writes, with where its Welsh comes from: each component's,
/// then civic-patterns' (`questions`, its validation messages, and `flow-pages`, the words
/// around a flow's questions), which live here so that `civic messages` lists them and a
/// council locale file must translate them too.
pub(crate) fn all_messages() -> impl Iterator<Item = &'static (ComponentMessages, Sources)> {
    const PATTERNS: &[(ComponentMessages, Sources)] = &[
        (strings::QUESTIONS.0, questions::CY_SOURCES),
        (strings::FLOW_PAGES.0, flow_pages::CY_SOURCES),
    ];
    crate::components::MESSAGES.iter().chain(PATTERNS)
}

/// The text of `key` in the table `component` (a component's govuk-frontend name, or
/// `questions` for the question patterns) in `locale`, falling back to English; empty for a
/// key no table has. For code outside Leptos's reactive context, such as validation on a
/// server.
///
/// ```
/// use civic::{text_in, Locale};
/// assert_eq!(text_in(Locale::Cy, "questions", "enter"), "Nodwch %{label}");
/// assert_eq!(text_in(Locale::En, "back-link", "text"), "Back");
/// ```
pub fn text_in(locale: Locale, component: &str, key: &str) -> &'static str {
    all_messages()
        .find(|(table, _)| table.name == component)
        .map_or("", |(table, _)| lookup(locale, *table, key))
}

/// The text of `key` in `table` in `locale`, falling back to English; empty for a key the
/// table lacks.
fn lookup(locale: Locale, table: ComponentMessages, key: &str) -> &'static str {
    let find = |messages: Messages| {
        messages.iter().find_map(|(k, message)| match message {
            Message::Text(text) if *k == key => Some(*text),
            _ => None,
        })
    };
    let chosen = match locale {
        Locale::En => None,
        Locale::Cy => find(table.cy),
        Locale::Custom(custom) => custom.messages(table.name).and_then(find),
    };
    chosen.or_else(|| find(table.en)).unwrap_or("")
}

/// The patterns' tables of strings, for civic-patterns to read by [`StringTable::text`]
/// rather than by name ([`text_in`]), so that an app links only the tables it reads (#13).
pub mod strings {
    use super::{flow_pages, questions, ComponentMessages, StringTable};

    /// The question patterns' validation messages (`questions`).
    pub const QUESTIONS: StringTable = StringTable(ComponentMessages {
        name: "questions",
        en: questions::EN,
        cy: questions::CY,
    });

    /// The words around a flow's questions (`flow-pages`).
    pub const FLOW_PAGES: StringTable = StringTable(ComponentMessages {
        name: "flow-pages",
        en: flow_pages::EN,
        cy: flow_pages::CY,
    });
}

/// One table of Civic's default strings, in every locale.
#[derive(Clone, Copy, Debug)]
pub struct StringTable(ComponentMessages);

impl StringTable {
    /// The text of `key` in `locale`, falling back to English; empty for a key the table
    /// lacks. The same as [`text_in`] with the table's name.
    ///
    /// ```
    /// use civic::{strings::QUESTIONS, text_in, Locale};
    /// assert_eq!(QUESTIONS.text(Locale::Cy, "enter"), text_in(Locale::Cy, "questions", "enter"));
    /// ```
    pub fn text(self, locale: Locale, key: &str) -> &'static str {
        lookup(locale, self.0, key)
    }
}

/// One component's strings: its govuk-frontend name, English and Welsh.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ComponentMessages {
    pub name: &'static str,
    pub en: Messages,
    pub cy: Messages,
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
    for (messages, cy_sources) in all_messages() {
        let component = messages.name;
        for (key, english) in messages.en.iter() {
            let welsh = messages.cy.iter().find(|(k, _)| k == key).map(|(_, m)| *m);
            let cy_source = cy_sources
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

impl crate::core::attributes::Attrs {
    /// In a custom locale, gives a behaving component's root its messages as `data-i18n.*`
    /// attributes, govuk-frontend's own way to give a script its words, so that the enhancer
    /// and the Leptos behaviour both speak the locale. (English and Welsh are built into the
    /// behaviours, which choose between them by the nearest `lang`.) Messages given as
    /// options are set first and win.
    pub(crate) fn locale_messages(mut self, component: &str) -> Self {
        let Locale::Custom(custom) = current() else {
            return self;
        };
        for (key, message) in custom.messages(component).unwrap_or_default() {
            let name = kebab(key);
            match message {
                Message::Text(text) => self = self.set(format!("data-i18n.{name}"), *text),
                Message::Plural(forms) => {
                    for (form, text) in forms.iter() {
                        self = self.set(format!("data-i18n.{name}.{form}"), *text);
                    }
                }
            }
        }
        self
    }
}

/// govuk-frontend's message key as its `data-i18n.*` attribute names it: `showAllSections`
/// is `show-all-sections`.
fn kebab(key: &str) -> String {
    let mut name = String::with_capacity(key.len() + 4);
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            name.push('-');
            name.push(c.to_ascii_lowercase());
        } else {
            name.push(c);
        }
    }
    name
}

/// Draws a component whose `locale` prop gives one in that locale: `lang` is set on the
/// element that holds it (`root` of its options, unless they set `lang` themselves), so that
/// screen readers read it in that language and its behaviour speaks it (behaviours go by the
/// nearest `lang`); and a child owner holds the locale for its default strings and its nested
/// components' (the error message inside a field), so reactive redraws keep it.
pub(crate) fn in_locale<O, V: leptos::prelude::IntoView + 'static>(
    locale: Option<Locale>,
    mut options: O,
    root: impl FnOnce(&mut O) -> &mut crate::Attributes,
    render: impl FnOnce(O) -> V,
) -> leptos::prelude::AnyView {
    use leptos::prelude::{IntoAny, Owner};
    let Some(locale) = locale else {
        return render(options).into_view().into_any();
    };
    let attributes = root(&mut options);
    if !attributes
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case("lang"))
    {
        *attributes = std::mem::take(attributes).with("lang", locale.tag());
    }
    let owner = Owner::current()
        .map(|owner| owner.child())
        .unwrap_or_default();
    let view = owner.with(|| {
        provide_locale(locale);
        render(options).into_view().into_any()
    });
    leptos::tachys::reactive_graph::OwnedView::new_with_owner(view, owner).into_any()
}
