//! The footer's default licence, copyright and support-links strings, in each locale Civic ships: English (govuk-frontend 6.6.0's words) and Welsh.

use crate::i18n::{Message::Text, Messages, Sources};

/// English.
pub(crate) const EN: Messages = &[
    ("licenceBefore", Text("All content is available under the ")),
    ("licenceLink", Text("Open Government Licence v3.0")),
    ("licenceAfter", Text(", except where otherwise stated")),
    ("licenceHref", Text("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")),
    ("copyright", Text("© Crown copyright")),
    ("supportLinks", Text("Support links")),
];

/// Welsh.
pub(crate) const CY: Messages = &[
    ("licenceBefore", Text("Mae’r holl gynnwys ar gael o dan ")),
    ("licenceLink", Text("y Drwydded Llywodraeth Agored v3.0")),
    ("licenceAfter", Text(", oni nodir yn wahanol")),
    ("licenceHref", Text("https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/")),
    ("copyright", Text("© Hawlfraint y Goron")),
    ("supportLinks", Text("Cysylltiadau cymorth")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("licenceBefore", "HMRC: hmrc/play-frontend-hmrc messages.cy footer.content.licence.before.link; GOV.UK One Login: govuk-one-login/authentication-frontend src/locales/cy/translation.json"),
    ("licenceLink", "HMRC: hmrc/play-frontend-hmrc messages.cy footer.content.licence.link.text"),
    ("licenceAfter", "HMRC: hmrc/play-frontend-hmrc messages.cy footer.content.licence.after.link; GOV.UK One Login: govuk-one-login/authentication-frontend src/locales/cy/translation.json"),
    ("licenceHref", "GOV.UK Forms: alphagov/forms-runner config/locales/cy.yml licence_link_url; GOV.UK One Login: govuk-one-login/authentication-frontend src/locales/cy/translation.json"),
    ("copyright", "HMRC: hmrc/play-frontend-hmrc messages.cy footer.crown.copyright; GOV.UK Forms: alphagov/forms-runner config/locales/cy.yml copyright; GOV.UK: alphagov/govuk_publishing_components config/locales/cy.yml"),
    ("supportLinks", "HMRC: hmrc/play-frontend-hmrc messages.cy footer.support.links; HMRC: hmrc/hmrc-frontend footer template"),
];
