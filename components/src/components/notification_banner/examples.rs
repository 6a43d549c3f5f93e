//! Examples of `notification-banner`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Important information about the service
pub fn important() -> impl IntoView {
    view! { <NotificationBanner text="You have 7 days left to send your application." /> }
}
