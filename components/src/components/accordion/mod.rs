//! `accordion`: sections the user can open and close. Without JavaScript every section is
//! open, so nothing is hidden from anyone.
//!
//! # Accessibility
//!
//! **Keyboard.** Tab reaches “Show all sections” and each section’s heading button; Enter or
//! Space opens or closes a section.
//!
//! **Screen readers.** Each heading is a button inside a heading, read with its summary and its
//! state (expanded or collapsed), so headings navigation still finds every section. Without
//! JavaScript every section is open.

pub(crate) mod messages;

use crate::prelude_internal::*;

/// Text or HTML of an accordion section's heading, summary or content.
pub type AccordionText = TextOrHtml;

/// One section of an accordion.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct AccordionItem {
    /// The section's heading.
    #[serde(deserialize_with = "falsy::option")]
    pub heading: Option<AccordionText>,
    /// A summary under the heading.
    #[serde(deserialize_with = "falsy::option")]
    pub summary: Option<AccordionText>,
    /// The section's content.
    #[serde(deserialize_with = "falsy::option")]
    pub content: Option<AccordionText>,
    /// Whether the section starts open.
    pub expanded: Flag,
    /// The section's content as a Leptos view (from an [`AccordionSection`] slot's children).
    #[serde(skip)]
    pub content_view: SlotContent,
}

impl AccordionItem {
    /// A section with this heading and content.
    pub fn new(heading: impl Into<AccordionText>, content: impl Into<AccordionText>) -> Self {
        AccordionItem {
            heading: Some(heading.into()),
            content: Some(content.into()),
            ..Default::default()
        }
    }
}

/// govuk-frontend's `accordion` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct AccordionOptions {
    /// The `id`, which also starts each section's ids. Must be unique on the page.
    pub id: Option<Text>,
    /// The sections' heading level; 2 by default.
    #[serde(deserialize_with = "HeadingLevel::optional")]
    pub heading_level: Option<HeadingLevel>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
    /// Whether sections stay open across page loads (with JavaScript); on by default.
    pub remember_expanded: Option<Text>,
    /// "Hide all sections" (Welsh: "Cuddio pob adran").
    pub hide_all_sections_text: Option<Text>,
    /// "Hide" on each section.
    pub hide_section_text: Option<Text>,
    /// "Hide this section" for screen readers.
    pub hide_section_aria_label_text: Option<Text>,
    /// "Show all sections".
    pub show_all_sections_text: Option<Text>,
    /// "Show" on each section.
    pub show_section_text: Option<Text>,
    /// "Show this section" for screen readers.
    pub show_section_aria_label_text: Option<Text>,
    /// The sections.
    #[serde(deserialize_with = "falsy::list")]
    pub items: Vec<Option<AccordionItem>>,
}

impl AccordionOptions {
    fn section(&self, item: &AccordionItem, index: usize) -> AnyView {
        let id = self.id.as_ref().map(Text::as_str).unwrap_or("");
        let level = self.heading_level.map(HeadingLevel::get).unwrap_or(2);
        let class = join_classes([
            "govuk-accordion__section",
            if item.expanded.is_set() {
                "govuk-accordion__section--expanded"
            } else {
                ""
            },
        ]);
        let heading_text = item.heading.clone().unwrap_or_default();
        let button =
            Content::pick(heading_text.html.as_ref(), heading_text.text.as_ref()).into_view();
        let button_id = format!("{id}-heading-{index}");
        let title = heading(
            level,
            Attrs::new().set_static("class", "govuk-accordion__section-heading"),
            // The spaces around the text are govuk-frontend's template's: the script moves
            // these nodes into the button it builds, where they keep "Section A , Show" apart
            // for tools that read the visible text (axe's label-in-name rule; issue #10).
            view! { <span class="govuk-accordion__section-button" id=button_id>" "{button}" "</span> }
                .into_any(),
        );
        let summary = item
            .summary
            .as_ref()
            .filter(|s| Content::any_truthy(s.html.as_ref(), s.text.as_ref()))
            .map(|s| {
                let content = Content::pick(s.html.as_ref(), s.text.as_ref()).into_view();
                let summary_id = format!("{id}-summary-{index}");
                view! { <div class="govuk-accordion__section-summary govuk-body" id=summary_id>" "{content}" "</div> }
            });
        let content = item.content.clone().unwrap_or_default();
        let body = match (truthy_html(&content.html), truthy(&content.text)) {
            _ if item.content_view.is_some() => item.content_view.view(),
            (Some(html), _) => Some(TrustedHtml::new(html).into_any()),
            (None, Some(text)) => {
                let text = text.to_owned();
                Some(view! { <p class="govuk-body">{text}</p> }.into_any())
            }
            _ => None,
        };
        let content_id = format!("{id}-content-{index}");
        view! {
            <div class=class>
                <div class="govuk-accordion__section-header">{title}{summary}</div>
                <div id=content_id class="govuk-accordion__section-content">{body}</div>
            </div>
        }
        .into_any()
    }

    /// Renders the accordion.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .classes("govuk-accordion", &self.classes)
            .set_static("data-module", "govuk-accordion")
            .always("id", self.id.as_ref())
            .i18n("hide-all-sections", self.hide_all_sections_text.as_ref())
            .i18n("hide-section", self.hide_section_text.as_ref())
            .i18n(
                "hide-section-aria-label",
                self.hide_section_aria_label_text.as_ref(),
            )
            .i18n("show-all-sections", self.show_all_sections_text.as_ref())
            .i18n("show-section", self.show_section_text.as_ref())
            .i18n(
                "show-section-aria-label",
                self.show_section_aria_label_text.as_ref(),
            )
            .set_some(
                "data-remember-expanded",
                self.remember_expanded.as_ref().map(Text::as_str),
            )
            .user(Some(&self.attributes))
            .locale_messages("accordion");
        let sections = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| item.as_ref().map(|item| self.section(item, i + 1)))
            .collect_view();
        view! { <div {..attrs.into_view()}>{sections}</div> }.into_any()
    }
}

/// A section of an [`Accordion`] by composition; its children are the content.
#[slot]
pub struct AccordionSection {
    /// The section's heading.
    #[prop(into)]
    heading: Text,
    /// A summary under the heading.
    #[prop(optional, into)]
    summary: Option<Text>,
    /// Whether the section starts open.
    #[prop(optional)]
    expanded: bool,
    /// The section's content.
    children: ChildrenFn,
}

impl From<AccordionSection> for AccordionItem {
    fn from(section: AccordionSection) -> Self {
        AccordionItem {
            heading: Some(AccordionText {
                text: Some(section.heading),
                html: None,
            }),
            summary: section.summary.map(|text| AccordionText {
                text: Some(text),
                html: None,
            }),
            expanded: Flag(section.expanded),
            content_view: SlotContent::from_children(Some(section.children)),
            content: None,
        }
    }
}

/// An accordion, from a list of sections or [`AccordionSection`] slots (both render the same).
///
/// ```
/// use civic::prelude::*;
/// // Which sections are open, for the app to read.
/// let (open, set_open) = signal(Vec::<bool>::new());
/// let _ = view! {
///     <Accordion id="bin-days" open_sections=set_open>
///         <AccordionSection slot heading="Household waste"><p class="govuk-body">"Every other Tuesday."</p></AccordionSection>
///     </Accordion>
/// };
/// ```
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Accordion id="bin-days" items=vec![
///         AccordionItem::new("Household waste", "Collected every other Tuesday."),
///         AccordionItem::new("Garden waste", "Collected every other Friday, March to November."),
///     ] />
/// };
/// ```
#[component]
pub fn Accordion(
    /// The `id`, unique on the page.
    #[prop(into)]
    id: Text,
    /// The sections, as data.
    #[prop(optional)]
    items: Vec<AccordionItem>,
    /// The sections, by composition (after any `items`).
    #[prop(optional)]
    accordion_section: Vec<AccordionSection>,
    /// Set to whether each section is open, in order, whenever one opens or closes
    /// (including the sections remembered open when the page starts).
    #[prop(optional, into)]
    open_sections: Option<WriteSignal<Vec<bool>>>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: AccordionOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<AccordionOptions>();
    crate::i18n::in_locale(locale, options, |o| &mut o.attributes, move |options| {
        crate::core::behave::start_watching(
            Some(id.to_string()),
            crate::core::behave::behaviours::ACCORDION,
            crate::core::behave::follow(open_sections, |change| match change {
                crate::core::behave::Change::OpenSections(open) => Some(open.clone()),
                _ => None,
            }),
        );
        let mut options = AccordionOptions {
            id: Some(id),
            items: given_or(
                items.into_iter()
                    .chain(accordion_section.into_iter().map(AccordionItem::from)),
                options.items,
            ),
            ..options
        };
        if offer.wanted() {
            for item in options.items.iter_mut().flatten() {
                if item.content_view.is_some() {
                    item.content_view.write_into(&mut item.content.get_or_insert_default().html);
                }
            }
        }
        options.offered(offer).render()
    })
}
