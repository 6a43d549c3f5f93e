//! The accordion's default messages (govuk-frontend 6.6.0's English), by its keys;
//! `data-i18n.*` attributes (the macro's `*Text` options) replace them.

use crate::i18n::{Message::Text, Messages, Sources};

pub(crate) const EN: Messages = &[
    ("hideAllSections", Text("Hide all sections")),
    ("hideSection", Text("Hide")),
    ("hideSectionAriaLabel", Text("Hide this section")),
    ("showAllSections", Text("Show all sections")),
    ("showSection", Text("Show")),
    ("showSectionAriaLabel", Text("Show this section")),
];

/// Welsh. Every plural message has all six of Welsh's forms.
pub(crate) const CY: Messages = &[
    ("hideAllSections", Text("Cuddio pob adran")),
    ("hideSection", Text("Cuddio")),
    ("hideSectionAriaLabel", Text("Cuddio’r adran hon")),
    ("showAllSections", Text("Dangos pob adran")),
    ("showSection", Text("Dangos")),
    ("showSectionAriaLabel", Text("Dangos yr adran hon")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("hideAllSections", "GOV.UK: alphagov/govuk_publishing_components config/locales/cy.yml accordion.hide_all"),
    ("hideSection", "GOV.UK: alphagov/govuk_publishing_components config/locales/cy.yml common.hide"),
    ("hideSectionAriaLabel", "UK Covid-19 Inquiry site (covid19.public-inquiry.uk/cy); the contraction of “yr” after a vowel checked here"),
    ("showAllSections", "GOV.UK: alphagov/govuk_publishing_components config/locales/cy.yml accordion.show_all"),
    ("showSection", "GOV.UK: alphagov/govuk_publishing_components config/locales/cy.yml common.show"),
    ("showSectionAriaLabel", "GOV.UK: alphagov/govuk_publishing_components config/locales/cy.yml accordion.this_section_visually_hidden"),
];
