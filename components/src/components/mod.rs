//! The components: one folder each, named as govuk-frontend names it, holding the options
//! model, the markup and the Leptos component, and where it applies its behaviour
//! (`behaviour.rs`) and default messages (`messages.rs`), which the `civic-behaviours` crate
//! compiles (so the enhancer carries no Leptos).
//!
//! Adding a component touches one list, the one below: it declares the module, re-exports its
//! public items, names it in [`COMPONENTS`] and lets [`render_view`](crate::render_view) and
//! `civic render` draw it from JSON options. The browser tests and the showcase read
//! [`COMPONENTS`]; `tests/tests/structure.rs` checks that the folders here, the style modules
//! in `civic-styles` and this list agree.

use crate::registry::{parse_options, RenderError};
use leptos::prelude::{AnyView, IntoAny};

macro_rules! components {
    ($($module:ident: $name:literal => $options:ident),* $(,)?) => {
        $(
            mod $module;
            pub use $module::*;
        )*

        /// The govuk-frontend names of every component Civic renders.
        pub const COMPONENTS: &[&str] = &[$($name),*];

        /// Draws the component named `name` from its JSON options; `None` for an unknown name.
        pub(crate) fn render_named(
            name: &str,
            options: &serde_json::Value,
        ) -> Option<Result<AnyView, RenderError>> {
            match name {
                $($name => Some(parse_options::<$options>(options).map(|o| o.render().into_any())),)*
                _ => None,
            }
        }
    };
}

components! {
    accordion: "accordion" => AccordionOptions,
    back_link: "back-link" => BackLinkOptions,
    breadcrumbs: "breadcrumbs" => BreadcrumbsOptions,
    button: "button" => ButtonOptions,
    character_count: "character-count" => CharacterCountOptions,
    checkboxes: "checkboxes" => CheckboxesOptions,
    cookie_banner: "cookie-banner" => CookieBannerOptions,
    date_input: "date-input" => DateInputOptions,
    details: "details" => DetailsOptions,
    error_message: "error-message" => ErrorMessageOptions,
    error_summary: "error-summary" => ErrorSummaryOptions,
    exit_this_page: "exit-this-page" => ExitThisPageOptions,
    feedback: "feedback" => FeedbackOptions,
    fieldset: "fieldset" => FieldsetOptions,
    file_upload: "file-upload" => FileUploadOptions,
    footer: "footer" => FooterOptions,
    generic_header: "generic-header" => GenericHeaderOptions,
    header: "header" => HeaderOptions,
    hint: "hint" => HintOptions,
    input: "input" => InputOptions,
    inset_text: "inset-text" => InsetTextOptions,
    label: "label" => LabelOptions,
    language_navigation: "language-navigation" => LanguageNavigationOptions,
    notification_banner: "notification-banner" => NotificationBannerOptions,
    pagination: "pagination" => PaginationOptions,
    panel: "panel" => PanelOptions,
    password_input: "password-input" => PasswordInputOptions,
    phase_banner: "phase-banner" => PhaseBannerOptions,
    radios: "radios" => RadiosOptions,
    select: "select" => SelectOptions,
    service_navigation: "service-navigation" => ServiceNavigationOptions,
    skip_link: "skip-link" => SkipLinkOptions,
    summary_list: "summary-list" => SummaryListOptions,
    table: "table" => TableOptions,
    tabs: "tabs" => TabsOptions,
    tag: "tag" => TagOptions,
    task_list: "task-list" => TaskListOptions,
    textarea: "textarea" => TextareaOptions,
    warning_text: "warning-text" => WarningTextOptions,
}
