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

/// Every component's styles, in govuk-frontend's order (alphabetical, the form messages
/// first): later rules may rely on earlier ones, as the hint's spacing after a label does.
pub fn all(css: &mut Css) {
    error_message::error_message(css);
    hint::hint(css);
    label::label(css);
    accordion::accordion(css);
    back_link::back_link(css);
    breadcrumbs::breadcrumbs(css);
    button::button(css);
    textarea::textarea(css);
    character_count::character_count(css);
    fieldset::fieldset(css);
    checkboxes::checkboxes(css);
    cookie_banner::cookie_banner(css);
    input::input(css);
    date_input::date_input(css);
    details::details(css);
    error_summary::error_summary(css);
    exit_this_page::exit_this_page(css);
    feedback::feedback(css);
    file_upload::file_upload(css);
    footer::footer(css);
    generic_header::generic_header(css);
    header::header(css);
    inset_text::inset_text(css);
    language_navigation::language_navigation(css);
    notification_banner::notification_banner(css);
    pagination::pagination(css);
    panel::panel(css);
    password_input::password_input(css);
    tag::tag(css);
    phase_banner::phase_banner(css);
    radios::radios(css);
    select::select(css);
    service_navigation::service_navigation(css);
    skip_link::skip_link(css);
    summary_list::summary_list(css);
    table::table(css);
    tabs::tabs(css);
    task_list::task_list(css);
    warning_text::warning_text(css);
}
