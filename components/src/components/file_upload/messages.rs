//! The file upload's default messages (govuk-frontend 6.6.0's English), by its keys;
//! `data-i18n.*` attributes (the macro's `*Text` options) replace them.

use crate::i18n::{
    Message::{Plural, Text},
    Messages, Sources,
};

pub(crate) const EN: Messages = &[
    ("chooseFilesButton", Text("Choose file")),
    ("dropInstruction", Text("or drop file")),
    ("noFileChosen", Text("No file chosen")),
    (
        "multipleFilesChosen",
        Plural(&[
            ("one", "%{count} file chosen"),
            ("other", "%{count} files chosen"),
        ]),
    ),
    ("enteredDropZone", Text("Entered drop zone")),
    ("leftDropZone", Text("Left drop zone")),
];

/// Welsh. Every plural message has all six of Welsh's forms.
pub(crate) const CY: Messages = &[
    ("chooseFilesButton", Text("Dewiswch ffeil")),
    ("dropInstruction", Text("neu ollwng ffeil")),
    ("noFileChosen", Text("Dim ffeil wedi’i dewis")),
    (
        "multipleFilesChosen",
        Plural(&[
            ("zero", "%{count} ffeil wedi’u dewis"),
            ("one", "%{count} ffeil wedi’i dewis"),
            ("two", "%{count} ffeil wedi’u dewis"),
            ("few", "%{count} ffeil wedi’u dewis"),
            ("many", "%{count} ffeil wedi’u dewis"),
            ("other", "%{count} ffeil wedi’u dewis"),
        ]),
    ),
    (
        "enteredDropZone",
        Text("Wedi mynd i mewn i’r parth gollwng"),
    ),
    ("leftDropZone", Text("Wedi gadael y parth gollwng")),
];

/// Where each Welsh string comes from (`civic messages` lists them for translators).
pub(crate) const CY_SOURCES: Sources = &[
    ("chooseFilesButton", "govuk-frontend's translated examples (marked unreviewed there; grammar checked here); the same phrase in GOV.UK Forms: alphagov/forms-runner config/locales/cy.yml"),
    ("dropInstruction", "govuk-frontend's translated examples (marked unreviewed there; grammar checked here)"),
    ("noFileChosen", "govuk-frontend's translated examples (marked unreviewed there; grammar checked here)"),
    ("multipleFilesChosen", "govuk-frontend's translated examples (marked unreviewed there; grammar checked here) (one, other); other forms translated here"),
    ("enteredDropZone", "govuk-frontend's translated examples (marked unreviewed there; grammar checked here)"),
    ("leftDropZone", "translated here (govuk-frontend's example mistranslates “left” as a direction)"),
];
