//! `file-upload`: choose one or more files to upload.
//!
//! # Accessibility
//!
//! **Keyboard.** A native file input: Tab reaches it, Enter or Space opens the file chooser.
//! With JavaScript, a drop zone also takes dragged files.
//!
//! **Screen readers.** Read by its label, hint and chosen file. With JavaScript the button is
//! named by the label, then its own words; entering and leaving the drop zone and the files
//! chosen are announced in a live region.

pub(crate) mod messages;

use crate::fields::form_group::{
    around, field_head, field_id, field_label, form_group, reactive_field, FormGroupOptions,
};
use crate::{ErrorMessageOptions, HintOptions, LabelOptions};
use crate::prelude_internal::*;

/// govuk-frontend's `file-upload` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct FileUploadOptions {
    /// The field's `name`.
    pub name: Option<Text>,
    /// The field's `id`; defaults to `name`.
    pub id: Option<Text>,
    /// Whether the field is disabled.
    pub disabled: Flag,
    /// Whether several files can be chosen.
    pub multiple: Flag,
    /// Ids of other elements that describe the field.
    pub described_by: Option<Text>,
    /// The label.
    #[serde(deserialize_with = "falsy::option")]
    pub label: Option<LabelOptions>,
    /// The hint.
    #[serde(deserialize_with = "falsy::option")]
    pub hint: Option<HintOptions>,
    /// The error message.
    #[serde(deserialize_with = "falsy::option")]
    pub error_message: Option<ErrorMessageOptions>,
    /// The form group around the field.
    #[serde(deserialize_with = "falsy::option")]
    pub form_group: Option<FormGroupOptions>,
    /// Wraps the field for the enhanced drop zone (when JavaScript runs).
    pub javascript: Flag,
    /// The enhanced field's button text ("Choose file").
    pub choose_files_button_text: Option<Text>,
    /// The drop zone's instruction ("or drop file").
    pub drop_instruction_text: Option<Text>,
    /// "N files chosen", by plural rule (`one`, `other`, …).
    pub multiple_files_chosen_text: Option<Attributes>,
    /// "No file chosen".
    pub no_file_chosen_text: Option<Text>,
    /// Announced when a file is dragged into the drop zone.
    pub entered_drop_zone_text: Option<Text>,
    /// Announced when a file is dragged out of the drop zone.
    pub left_drop_zone_text: Option<Text>,
    /// Extra classes for the `<input>`.
    pub classes: Option<Text>,
    /// Extra HTML attributes for the `<input>`.
    pub attributes: Attributes,
    /// Extra classes for the enhanced wrapper.
    pub wrapper_classes: Option<Text>,
    /// Extra HTML attributes for the enhanced wrapper.
    pub wrapper_attributes: Attributes,
}

impl FileUploadOptions {
    /// Renders the field.
    pub fn render(self) -> AnyView {
        let id = field_id(&self.id, &self.name);
        let group = self.form_group.clone().unwrap_or_default();
        let head = field_head(
            id.as_ref().map(Text::js_str),
            truthy(&self.described_by).map(str::to_owned),
            self.hint,
            self.error_message,
        );
        let has_error = head.has_error();
        let attrs = Attrs::new()
            .class(join_classes([
                "govuk-file-upload",
                truthy(&self.classes).unwrap_or(""),
                if has_error {
                    "govuk-file-upload--error"
                } else {
                    ""
                },
            ]))
            .always("id", id.as_ref())
            .always("name", self.name.as_ref())
            .set_static("type", "file")
            .flag("disabled", self.disabled.is_set())
            .flag("multiple", self.multiple.is_set())
            .set_some("aria-describedby", head.described_by.clone())
            .user(Some(&self.attributes));
        let input = view! { <input {..attrs.into_view()} /> }.into_any();
        let field = if self.javascript.is_set() {
            let wrapper = Attrs::new()
                .classes("govuk-file-upload-wrapper", &self.wrapper_classes)
                .set_static("data-module", "govuk-file-upload")
                .i18n(
                    "choose-files-button",
                    self.choose_files_button_text.as_ref(),
                )
                .i18n("no-file-chosen", self.no_file_chosen_text.as_ref())
                .i18n_plural(
                    "multiple-files-chosen",
                    self.multiple_files_chosen_text.as_ref(),
                )
                .i18n("drop-instruction", self.drop_instruction_text.as_ref())
                .i18n("entered-drop-zone", self.entered_drop_zone_text.as_ref())
                .i18n("left-drop-zone", self.left_drop_zone_text.as_ref())
                .user(Some(&self.wrapper_attributes))
                .locale_messages("file-upload");
            view! { <div {..wrapper.into_view()}>{input}</div> }.into_any()
        } else {
            input
        };
        let label = field_label(self.label, id.as_ref());
        let children = view! {
            {label}{head.hint}{head.error}{around(&group.before_input)}{field}{around(&group.after_input)}
        };
        form_group(&group, has_error, children.into_any())
    }
}

/// A file chooser with its label, hint and error message.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <FileUpload name="photo" label="Upload a photo" /> };
/// ```
#[component]
pub fn FileUpload(
    /// The field's `name` (and `id`, unless `id` is given).
    #[prop(into)]
    name: Text,
    /// The label.
    #[prop(optional, into)]
    label: Option<LabelOptions>,
    /// The hint.
    #[prop(optional, into)]
    hint: Option<HintOptions>,
    /// Whether several files can be chosen.
    #[prop(optional)]
    multiple: bool,
    /// An error message to show, when there is one.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: FileUploadOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<FileUploadOptions>();
    crate::i18n::in_locale(locale, options, |o| {
        crate::fields::form_group::group_attributes(&mut o.form_group)
    }, move |options| {
        let options = FileUploadOptions {
            name: Some(name),
            label: label.or(options.label),
            hint: hint.or(options.hint),
            multiple: Flag(multiple || options.multiple.is_set()),
            ..options
        };
        reactive_field(options, error, move |options| {
            crate::core::behave::start_behaviour(crate::core::behave::behaviours::FILE_UPLOAD);
            options.offered(offer).render()
        })
    })
}
