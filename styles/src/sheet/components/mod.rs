//! One module per govuk-frontend component, each writing every class that component uses.

mod accordion;
mod back_link;
mod breadcrumbs;
mod button;
mod character_count;
mod checkboxes;
mod cookie_banner;
mod date_input;
mod details;
mod error_message;
mod error_summary;
mod exit_this_page;
mod feedback;
mod fieldset;
mod file_upload;
mod footer;
mod generic_header;
mod header;
mod hint;
mod input;
mod inset_text;
mod label;
mod language_navigation;
mod notification_banner;
mod pagination;
mod panel;
mod password_input;
mod phase_banner;
mod radios;
mod select;
mod service_navigation;
mod skip_link;
mod summary_list;
mod table;
mod tabs;
mod tag;
mod task_list;
mod textarea;
mod warning_text;

use super::builder::Css;

/// One component's styles: its govuk-frontend name, what writes them, and the components
/// whose styles it builds on (the `@use "../NAME"` lines of govuk-frontend's `_index.scss`
/// for it; `tests/tests/styles.rs` checks them against govuk-frontend's).
pub struct ComponentStyles {
    /// The component's govuk-frontend name, such as `date-input`.
    pub name: &'static str,
    /// Writes its rules.
    pub write: fn(&mut Css),
    /// The components whose styles it needs too.
    pub needs: &'static [&'static str],
}

macro_rules! styles {
    ($($name:literal => $module:ident $(needs [$($need:literal),*])?),* $(,)?) => {
        /// Every component's styles, in govuk-frontend's order (alphabetical, the form
        /// messages first): later rules may rely on earlier ones, as the hint's spacing after
        /// a label does.
        pub const COMPONENTS: &[ComponentStyles] = &[$(ComponentStyles {
            name: $name,
            write: $module::$module,
            needs: &[$($($need),*)?],
        }),*];
    };
}

styles! {
    "error-message" => error_message,
    "hint" => hint,
    "label" => label,
    "accordion" => accordion,
    "back-link" => back_link,
    "breadcrumbs" => breadcrumbs,
    "button" => button,
    "textarea" => textarea needs ["error-message", "hint", "label"],
    "character-count" => character_count needs ["error-message", "hint", "label", "textarea"],
    "fieldset" => fieldset,
    "checkboxes" => checkboxes needs ["error-message", "fieldset", "hint", "label"],
    "cookie-banner" => cookie_banner needs ["button"],
    "input" => input needs ["error-message", "hint", "label"],
    "date-input" => date_input needs ["error-message", "input", "hint", "label", "fieldset"],
    "details" => details,
    "error-summary" => error_summary,
    "exit-this-page" => exit_this_page needs ["button"],
    "feedback" => feedback,
    "file-upload" => file_upload needs ["error-message", "hint", "label"],
    "footer" => footer,
    "generic-header" => generic_header,
    "header" => header,
    "inset-text" => inset_text,
    "language-navigation" => language_navigation,
    "notification-banner" => notification_banner,
    "pagination" => pagination,
    "panel" => panel,
    "password-input" => password_input needs ["button", "input"],
    "tag" => tag,
    "phase-banner" => phase_banner needs ["tag"],
    "radios" => radios needs ["error-message", "fieldset", "hint", "label"],
    "select" => select needs ["error-message", "hint", "label"],
    "service-navigation" => service_navigation,
    "skip-link" => skip_link,
    "summary-list" => summary_list,
    "table" => table,
    "tabs" => tabs,
    "task-list" => task_list needs ["tag"],
    "warning-text" => warning_text,
}

/// Markup a component's behaviour draws from another component, after the page has loaded, so
/// not in the page as the server rendered it: (the component, the one whose markup it
/// draws). govuk-frontend's file upload script draws its "Choose file" control as a
/// secondary button (`file-upload.mjs`), although its styles do not `@use` the button's.
/// [`components_for_classes`](super::components_for_classes) adds the second for the first.
pub const DRAWN_BY_BEHAVIOURS: &[(&str, &str)] = &[("file-upload", "button")];

/// Every component's styles.
pub fn all(css: &mut Css) {
    for component in COMPONENTS {
        (component.write)(css);
    }
}

/// The styles of the components named and of those they need, in the order [`all`] writes
/// them (so the cascade is the full sheet's). An unknown name is refused with the names
/// there are.
pub fn some(css: &mut Css, names: &[&str]) -> Result<(), String> {
    for component in with_needs(names)? {
        (component.write)(css);
    }
    Ok(())
}

/// The components named and those they need, in the order [`all`] writes them. An unknown
/// name is refused with the names there are.
pub(crate) fn with_needs(names: &[&str]) -> Result<Vec<&'static ComponentStyles>, String> {
    let mut wanted: Vec<&str> = Vec::new();
    let mut queue: Vec<&str> = names.to_vec();
    while let Some(name) = queue.pop() {
        let Some(component) = COMPONENTS.iter().find(|c| c.name == name) else {
            let known: Vec<&str> = COMPONENTS.iter().map(|c| c.name).collect();
            return Err(format!(
                "no component is called {name:?}; the components are {}",
                known.join(", ")
            ));
        };
        if !wanted.contains(&component.name) {
            wanted.push(component.name);
            queue.extend(component.needs);
        }
    }
    Ok(COMPONENTS
        .iter()
        .filter(|c| wanted.contains(&c.name))
        .collect())
}
