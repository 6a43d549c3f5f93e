//! Examples of `cookie-banner`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Asking about analytics cookies; without JavaScript the buttons send the form
pub fn analytics_cookies() -> impl IntoView {
    view! {
        <form method="post" action="#cookie-banner-cookies">
            <CookieBanner>
                <CookieMessage slot heading="Cookies on Bin collections">
                    <p class="govuk-body">"We use some essential cookies to make this service work."</p>
                    <p class="govuk-body">"We’d also like to use analytics cookies so we can understand how you use the service and make improvements."</p>
                    <CookieAction slot text="Accept analytics cookies" r#type="submit" name="cookies" value="accept" />
                    <CookieAction slot text="Reject analytics cookies" r#type="submit" name="cookies" value="reject" />
                    <CookieAction slot text="View cookies" href="#cookie-banner-cookies" />
                </CookieMessage>
            </CookieBanner>
        </form>
    }
}
