//! `generic-header`: the header of a council's (or any organisation's) service, with its own
//! logo. It draws no GOV.UK crown.
//!
//! # Accessibility
//!
//! **Keyboard.** The logo is one link, to the service’s home page; Tab reaches it first after
//! the skip link.
//!
//! **Screen readers.** Read as a link by its text or its logo’s name. Put it inside the page’s
//! `<header>` (the template does) so that it is the banner landmark.

use crate::prelude_internal::*;

/// govuk-frontend's `generic-header` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct GenericHeaderOptions {
    /// Where the logo links to; `/` by default.
    pub url: Option<Text>,
    /// The logo as text, such as the council's name.
    pub logo_text: Option<Text>,
    /// The logo as trusted HTML, such as an `<img>` or inline SVG.
    pub logo_html: Option<TrustedHtml>,
    /// Classes for the container; `govuk-width-container` by default.
    pub container_classes: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl GenericHeaderOptions {
    /// Renders the header.
    pub fn render(self) -> AnyView {
        self.render_in("govuk-generic")
    }

    /// Renders the header with class names starting `namespace` (`govuk` for the GOV.UK header).
    pub(crate) fn render_in(self, namespace: &str) -> AnyView {
        let attrs = Attrs::new()
            .classes(&format!("{namespace}-header"), &self.classes)
            .user(Some(&self.attributes));
        let container = join_classes([
            &format!("{namespace}-header__container"),
            truthy(&self.container_classes).unwrap_or("govuk-width-container"),
        ]);
        let logo_class = format!("{namespace}-header__logo");
        let link_class = format!("{namespace}-header__homepage-link");
        let url = truthy(&self.url).unwrap_or("/").to_owned();
        let logo = Content::pick(self.logo_html.as_ref(), self.logo_text.as_ref()).into_view();
        view! {
            <div {..attrs.into_view()}>
                <div class=container>
                    <div class=logo_class>
                        <a href=url class=link_class>{logo}</a>
                    </div>
                </div>
            </div>
        }
        .into_any()
    }
}

/// A service header with the council's own logo.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <GenericHeader logo_text="Anytown Council" url="https://www.anytown.gov.uk" /> };
/// ```
#[component]
pub fn GenericHeader(
    /// The logo as text.
    #[prop(optional, into)]
    logo_text: Option<Text>,
    /// The logo as trusted HTML (wins over `logo_text`).
    #[prop(optional, into)]
    logo_html: Option<TrustedHtml>,
    /// Where the logo links to.
    #[prop(optional, into)]
    url: Option<Text>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: GenericHeaderOptions,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<GenericHeaderOptions>();
    GenericHeaderOptions {
        logo_text: logo_text.or(options.logo_text.clone()),
        logo_html: logo_html.or(options.logo_html.clone()),
        url: url.or(options.url.clone()),
        ..options
    }
    .offered(offer)
    .render()
}
