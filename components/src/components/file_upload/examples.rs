//! Examples of `file-upload`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// A photo, as evidence for an application
pub fn photo() -> impl IntoView {
    view! {
        <FileUpload name="file-upload-photo" label="Upload a photo of the damage"
            hint="The photo must be a JPG or PNG, smaller than 10MB" />
    }
}
