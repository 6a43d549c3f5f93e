//! The notification banner's behaviour (govuk-frontend's `NotificationBanner`): a success
//! banner (`role="alert"`) takes focus when the page loads, so it is announced.

use crate::config;
use crate::dom::set_focus;
use web_sys::HtmlElement;

pub(crate) fn start(root: &HtmlElement) -> Result<(), String> {
    if root.get_attribute("role").as_deref() == Some("alert")
        && !config::boolean(root, "data-disable-auto-focus").unwrap_or(false)
    {
        set_focus(root, || {}, || {});
    }
    Ok(())
}
