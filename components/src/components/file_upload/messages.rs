//! The file upload's default messages (govuk-frontend 6.6.0's English), by its keys;
//! `data-i18n.*` attributes (the macro's `*Text` options) replace them.

use crate::i18n::{
    Message::{Plural, Text},
    Messages,
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
