//! The file upload's behaviour (govuk-frontend's `FileUpload`): the file field becomes a drop
//! zone with a "Choose file" button that names the chosen file (or counts them), announces
//! when files are dragged in and out, takes dropped files, and follows the field's `disabled`.

use super::messages::{CY, EN};
use crate::dom::{closest_lang, create, document, not_found, on, page_lang, query, toggle_class};
use crate::i18n::{Count, I18n};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{DataTransfer, DragEvent, HtmlButtonElement, HtmlElement, HtmlInputElement, Node};

const MODULE: &str = "govuk-file-upload";
const EMPTY: &str = "govuk-file-upload-button--empty";
const DRAGGING: &str = "govuk-file-upload-button--dragging";

struct Upload {
    root: HtmlElement,
    input: HtmlInputElement,
    button: HtmlButtonElement,
    status: HtmlElement,
    announcements: HtmlElement,
    entered_another_element: Cell<bool>,
    i18n: I18n,
}

impl Upload {
    fn files(&self) -> u32 {
        self.input.files().map_or(0, |f| f.length())
    }

    fn on_change(&self) {
        let count = self.files();
        if count == 0 {
            self.status.set_inner_text(&self.i18n.text("noFileChosen"));
            toggle_class(&self.button, EMPTY, true);
            return;
        }
        if count == 1 {
            let name = self
                .input
                .files()
                .and_then(|f| f.get(0))
                .map(|f| f.name())
                .unwrap_or_default();
            self.status.set_inner_text(&name);
        } else {
            self.status.set_inner_text(
                &self
                    .i18n
                    .t("multipleFilesChosen", Count::Of(f64::from(count))),
            );
        }
        toggle_class(&self.button, EMPTY, false);
    }

    fn update_disabled(&self) {
        let disabled = self.input.disabled();
        self.button.set_disabled(disabled);
        toggle_class(&self.root, "govuk-file-upload-wrapper--disabled", disabled);
    }

    fn matches_capacity(&self, files: u32) -> bool {
        if self.input.multiple() {
            files > 0
        } else {
            files == 1
        }
    }

    fn can_drop(&self, transfer: &DataTransfer) -> bool {
        let items = transfer.items();
        if items.length() > 0 {
            let files = (0..items.length())
                .filter_map(|i| items.get(i))
                .filter(|item| item.kind() == "file")
                .count() as u32;
            return self.matches_capacity(files);
        }
        let types = transfer.types();
        if types.length() > 0 {
            return types.includes(&"Files".into(), 0);
        }
        true
    }

    fn announce(&self, key: &str) {
        self.announcements.set_inner_text(&self.i18n.text(key));
    }

    fn drag_entered(&self, event: &DragEvent) {
        if self.button.disabled() {
            return;
        }
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Node>().ok()) else {
            return;
        };
        let dragging = self.button.class_list().contains(DRAGGING);
        if self.root.contains(Some(&target)) {
            if event.data_transfer().is_some_and(|t| self.can_drop(&t)) && !dragging {
                toggle_class(&self.button, DRAGGING, true);
                self.announce("enteredDropZone");
            }
        } else if dragging {
            toggle_class(&self.button, DRAGGING, false);
            self.announce("leftDropZone");
        }
    }
}

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    let input: HtmlInputElement = query(root, "input[type=\"file\"]")
        .and_then(|e| e.dyn_into().ok())
        .ok_or_else(|| not_found(MODULE, "File inputs (`<input type=\"file\">`)"))?;
    let id = input.id();
    if id.is_empty() {
        return Err(not_found(
            MODULE,
            "File input (`<input type=\"file\">`) attribute (`id`)",
        ));
    }
    let i18n = I18n::new((EN, CY), root, closest_lang(root).unwrap_or_else(page_lang));
    let label = document()
        .query_selector(&format!("label[for=\"{id}\"]"))
        .ok()
        .flatten()
        .ok_or_else(|| not_found(MODULE, &format!("Field label (`<label for={id}>`)")))?;
    if label.id().is_empty() {
        label.set_id(&format!("{id}-label"));
    }
    input.set_id(&format!("{id}-input"));
    let _ = input.set_attribute("hidden", "hidden");

    let status = create(
        "span",
        &[
            ("class", "govuk-body govuk-file-upload-button__status"),
            ("aria-live", "polite"),
        ],
    );
    status.set_inner_text(&i18n.text("noFileChosen"));
    let button: HtmlButtonElement = create(
        "button",
        &[
            (
                "class",
                "govuk-file-upload-button govuk-file-upload-button--empty",
            ),
            ("type", "button"),
            ("id", &id),
        ],
    )
    .unchecked_into();
    if let Some(described) = input
        .get_attribute("aria-describedby")
        .filter(|d| !d.is_empty())
    {
        let _ = button.set_attribute("aria-describedby", &described);
    }
    let _ = button.append_child(&status);
    let comma = create(
        "span",
        &[
            ("class", "govuk-visually-hidden"),
            ("id", &format!("{id}-comma")),
        ],
    );
    comma.set_text_content(Some(", "));
    let _ = button.append_child(&comma);
    let container = create(
        "span",
        &[("class", "govuk-file-upload-button__pseudo-button-container")],
    );
    let pseudo = create(
        "span",
        &[(
            "class",
            "govuk-button govuk-button--secondary govuk-file-upload-button__pseudo-button",
        )],
    );
    pseudo.set_text_content(Some(&i18n.text("chooseFilesButton")));
    let _ = container.append_child(&pseudo);
    let _ = container.insert_adjacent_text("beforeend", " ");
    let instruction = create(
        "span",
        &[("class", "govuk-body govuk-file-upload-button__instruction")],
    );
    instruction.set_text_content(Some(&i18n.text("dropInstruction")));
    let _ = container.append_child(&instruction);
    let _ = button.append_child(&container);
    let _ = button.set_attribute(
        "aria-labelledby",
        &format!("{} {id}-comma {id}", label.id()),
    );
    let opener = input.clone();
    on::<web_sys::MouseEvent>(&button, "click", move |_| opener.click());
    on::<DragEvent>(&button, "dragover", |event| event.prevent_default());
    let _ = root.insert_adjacent_element("afterbegin", &button);

    let announcements = create(
        "span",
        &[
            (
                "class",
                "govuk-file-upload-announcements govuk-visually-hidden",
            ),
            ("aria-live", "assertive"),
        ],
    );
    let upload = Rc::new(Upload {
        root: root.clone(),
        input,
        button,
        status,
        announcements,
        entered_another_element: Cell::new(false),
        i18n,
    });
    let changed = upload.clone();
    on::<web_sys::Event>(&upload.input, "change", move |_| changed.on_change());
    upload.update_disabled();
    observe_disabled(&upload);
    let _ = root.insert_adjacent_element("afterend", &upload.announcements);

    let dropped = upload.clone();
    on::<DragEvent>(&upload.button, "drop", move |event| {
        event.prevent_default();
        let Some(transfer) = event.data_transfer() else {
            return;
        };
        let files = transfer.files();
        if dropped.matches_capacity(files.as_ref().map_or(0, |f| f.length())) {
            dropped.input.set_files(files.as_ref());
            if let Ok(change) = web_sys::Event::new("change") {
                let _ = dropped.input.dispatch_event(&change);
            }
            toggle_class(&dropped.button, DRAGGING, false);
        }
    });
    let entered = upload.clone();
    on::<DragEvent>(&document(), "dragenter", move |event| {
        entered.drag_entered(&event)
    });
    let marked = upload.clone();
    on::<DragEvent>(&document(), "dragenter", move |_| {
        marked.entered_another_element.set(true)
    });
    let left = upload.clone();
    on::<DragEvent>(&document(), "dragleave", move |_| {
        if !left.entered_another_element.get() && !left.button.disabled() {
            toggle_class(&left.button, DRAGGING, false);
            left.announce("leftDropZone");
        }
        left.entered_another_element.set(false);
    });
    Ok(())
}

/// Follows the field's `disabled` attribute, whoever changes it.
fn observe_disabled(upload: &Rc<Upload>) {
    let watched = upload.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |records: js_sys::Array| {
        for record in records.iter() {
            let record: web_sys::MutationRecord = record.unchecked_into();
            if record.type_() == "attributes"
                && record.attribute_name().as_deref() == Some("disabled")
            {
                watched.update_disabled();
            }
        }
    });
    if let Ok(observer) = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()) {
        let options = web_sys::MutationObserverInit::new();
        options.set_attributes(true);
        let _ = observer.observe_with_options(&upload.input, &options);
    }
    callback.forget();
}
