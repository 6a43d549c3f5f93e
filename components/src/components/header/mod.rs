//! `header`: the GOV.UK header, with the crown. Only for services on GOV.UK: councils use
//! [`GenericHeader`](super::GenericHeader) with their own logo.
//!
//! # Accessibility
//!
//! **Keyboard.** The GOV.UK logo is a link to GOV.UK’s home page; Tab reaches it first after
//! the skip link.
//!
//! **Screen readers.** A banner landmark (`<header>`); the crown is an image named “GOV.UK”.

use crate::core::logo::logo_svg;
use super::GenericHeaderOptions;
use crate::prelude_internal::*;

/// govuk-frontend's `header` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct HeaderOptions {
    /// Where the logo links to; `//gov.uk` by default.
    pub homepage_url: Option<Text>,
    /// A product name shown beside the logo.
    pub product_name: Option<Text>,
    /// Classes for the container; `govuk-width-container` by default.
    pub container_classes: Option<Text>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl HeaderOptions {
    /// Renders the header.
    pub fn render(self) -> AnyView {
        let mut logo = logo_svg("govuk-header__logotype", Some("GOV.UK"), true);
        if let Some(product) = truthy(&self.product_name) {
            logo.push_str(&format!(
                r#"<span class="govuk-header__product-name">{}</span>"#,
                escape_html(product)
            ));
        }
        GenericHeaderOptions {
            logo_html: Some(TrustedHtml::new(logo)),
            url: Some(
                self.homepage_url
                    .filter(Text::is_truthy)
                    .unwrap_or_else(|| "//gov.uk".into()),
            ),
            container_classes: self.container_classes,
            classes: self.classes,
            attributes: self.attributes,
            logo_text: None,
        }
        .render_in("govuk")
    }
}

/// The GOV.UK header.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! { <Header product_name="Design System" /> };
/// ```
#[component]
pub fn Header(
    /// A product name shown beside the logo.
    #[prop(optional, into)]
    product_name: Option<Text>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: HeaderOptions,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<HeaderOptions>();
    HeaderOptions {
        product_name: product_name.or(options.product_name.clone()),
        ..options
    }
    .offered(offer)
    .render()
}
