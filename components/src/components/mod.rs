//! The components: one folder each, named as govuk-frontend names it, holding the options
//! model, the markup and the Leptos component, and where it applies its behaviour
//! (`behaviour.rs`) and default messages (`messages.rs`), which the `civic-behaviours` crate
//! compiles (so the enhancer carries no Leptos).
//!
//! Adding a component touches one list, the one below: it declares the module, re-exports its
//! public items, names it in [`COMPONENTS`], lets [`render_view`](crate::render_view) and
//! `civic render` draw it from JSON options, and (marked `+ messages`) lists its default
//! strings for every locale. The browser tests and the showcase read
//! [`COMPONENTS`]; `tests/tests/structure.rs` checks that the folders here, the style modules
//! in `civic-styles` and this list agree.

use crate::registry::{parse_options, RenderError};
use leptos::prelude::{AnyView, IntoAny};

macro_rules! components {
    ($($module:ident: $name:literal => $options:ident $(+ $messages:ident)?),* $(,)?) => {
        $(
            mod $module;
            pub use $module::*;
        )*

        /// The strings of each component that writes any of its own (those marked
        /// `+ messages` below, from their `messages.rs`), one constant per component, named
        /// after its folder. A component reads its own by name, so an app links the strings
        /// of the components it uses and no others (#13).
        #[allow(non_upper_case_globals)]
        pub(crate) mod messages {
            $($(
                pub(crate) const $module: crate::i18n::ComponentMessages =
                    crate::i18n::ComponentMessages {
                        name: $name,
                        en: super::$module::$messages::EN,
                        cy: super::$module::$messages::CY,
                    };
            )?)*
        }

        /// Every component's strings with where their Welsh comes from, for `civic
        /// messages` and for checking a council's locale file.
        pub(crate) const MESSAGES: &[(crate::i18n::ComponentMessages, crate::i18n::Sources)] = &[
            $($((messages::$module, $module::$messages::CY_SOURCES),)?)*
        ];

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

        /// The component named `name`'s options as Civic reads them, written back as JSON;
        /// `None` for an unknown name.
        pub(crate) fn canonical_named(
            name: &str,
            options: &serde_json::Value,
        ) -> Option<Result<serde_json::Value, RenderError>> {
            match name {
                $($name => Some(parse_options::<$options>(options).and_then(|o| crate::registry::to_json(&o))),)*
                _ => None,
            }
        }

        /// Each component's name for its options type, so a Leptos component can say which
        /// `civic render` draws its options (the showcase's JSON tabs).
        $(impl crate::registry::Named for $options {
            const NAME: &'static str = $name;
        })*
    };
}

components! {
    accordion: "accordion" => AccordionOptions + messages,
    back_link: "back-link" => BackLinkOptions + messages,
    breadcrumbs: "breadcrumbs" => BreadcrumbsOptions + messages,
    button: "button" => ButtonOptions,
    character_count: "character-count" => CharacterCountOptions + messages,
    checkboxes: "checkboxes" => CheckboxesOptions,
    cookie_banner: "cookie-banner" => CookieBannerOptions + messages,
    date_input: "date-input" => DateInputOptions + messages,
    details: "details" => DetailsOptions,
    error_message: "error-message" => ErrorMessageOptions + messages,
    error_summary: "error-summary" => ErrorSummaryOptions,
    exit_this_page: "exit-this-page" => ExitThisPageOptions + messages,
    feedback: "feedback" => FeedbackOptions,
    fieldset: "fieldset" => FieldsetOptions,
    file_upload: "file-upload" => FileUploadOptions + messages,
    footer: "footer" => FooterOptions + messages,
    generic_header: "generic-header" => GenericHeaderOptions,
    header: "header" => HeaderOptions,
    hint: "hint" => HintOptions,
    input: "input" => InputOptions,
    inset_text: "inset-text" => InsetTextOptions,
    label: "label" => LabelOptions,
    language_navigation: "language-navigation" => LanguageNavigationOptions + messages,
    notification_banner: "notification-banner" => NotificationBannerOptions + messages,
    pagination: "pagination" => PaginationOptions + messages,
    panel: "panel" => PanelOptions,
    password_input: "password-input" => PasswordInputOptions + messages,
    phase_banner: "phase-banner" => PhaseBannerOptions,
    radios: "radios" => RadiosOptions,
    select: "select" => SelectOptions,
    service_navigation: "service-navigation" => ServiceNavigationOptions + messages,
    skip_link: "skip-link" => SkipLinkOptions + messages,
    summary_list: "summary-list" => SummaryListOptions,
    table: "table" => TableOptions,
    tabs: "tabs" => TabsOptions + messages,
    tag: "tag" => TagOptions,
    task_list: "task-list" => TaskListOptions,
    textarea: "textarea" => TextareaOptions,
    warning_text: "warning-text" => WarningTextOptions + messages,
}
