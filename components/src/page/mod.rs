//! The page template: govuk-frontend's `template.njk` as a whole HTML document rendered on the
//! server (`TemplateOptions::render_document` (feature `ssr`), `civic render template FILE`), and as the
//! [`Page`] layout component for Leptos apps. Both go through one body rendering path.
//!
//! Without a `header` or `govukHeader` block the document draws govuk-frontend's default
//! GOV.UK header and footer, as `template.njk` does; council services pass their own
//! (a `generic-header`, say). The [`Page`] component asks for both.
//!
//! # Accessibility
//!
//! **Keyboard.** The skip link is the first thing Tab reaches: it appears when focused and
//! moves focus to `<main>`, past the header's links. Then the header, the content and the
//! footer follow in reading order.
//!
//! **Screen readers.** The page has one of each landmark: the header is the banner, `<main>`
//! the main content and the footer the content information, so each can be jumped to. The
//! document's `lang` (and `mainLang` for content in another language) makes Welsh read in
//! a Welsh voice; the title should name the page, then the service.

use crate::components::{FooterOptions, HeaderOptions, ServiceNavigationOptions, SkipLinkOptions};
use crate::prelude_internal::*;

/// The blocks of the template (govuk-frontend's `{% block %}`s). Each is markup written into
/// the page as it is, so in Rust each is a [`TrustedHtml`] (made with [`TrustedHtml::new`]):
/// a plain string cannot become markup by accident. In JSON they are strings, as in
/// govuk-frontend.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct TemplateBlocks {
    /// Extra elements in `<head>`: stylesheets, meta tags.
    pub head: Option<TrustedHtml>,
    /// Replaces the default icon links in `<head>`.
    pub head_icons: Option<TrustedHtml>,
    /// At the start of `<body>`, after the script that marks JavaScript as enabled.
    pub body_start: Option<TrustedHtml>,
    /// Replaces the skip link.
    pub skip_link: Option<TrustedHtml>,
    /// Replaces the whole `<header>` element.
    pub header: Option<TrustedHtml>,
    /// At the start of the `<header>`.
    pub header_start: Option<TrustedHtml>,
    /// Replaces the GOV.UK header inside `<header>` (put a council's generic header here).
    pub govuk_header: Option<TrustedHtml>,
    /// Replaces the service navigation inside `<header>`.
    pub govuk_service_navigation: Option<TrustedHtml>,
    /// At the end of the `<header>`.
    pub header_end: Option<TrustedHtml>,
    /// Before `<main>`: back links, breadcrumbs, phase banners.
    pub before_content: Option<TrustedHtml>,
    /// Replaces the whole `<main>` element.
    pub main: Option<TrustedHtml>,
    /// The page's content, inside `<main>`.
    pub content: Option<TrustedHtml>,
    /// After `<main>`, inside the width container.
    pub container_end: Option<TrustedHtml>,
    /// Replaces the whole `<footer>` element.
    pub footer: Option<TrustedHtml>,
    /// At the start of the `<footer>`.
    pub footer_start: Option<TrustedHtml>,
    /// Replaces the GOV.UK footer inside `<footer>`.
    pub govuk_footer: Option<TrustedHtml>,
    /// At the end of the `<footer>`.
    pub footer_end: Option<TrustedHtml>,
    /// At the end of `<body>`: scripts.
    pub body_end: Option<TrustedHtml>,
}

impl crate::registry::Named for TemplateOptions {
    const NAME: &'static str = "template";
}

/// govuk-frontend's template variables, and the blocks.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct TemplateOptions {
    /// The page's language; `en` by default (`cy` for Welsh pages).
    pub html_lang: Option<Text>,
    /// Extra classes for `<html>`.
    pub html_classes: Option<Text>,
    /// The browser's theme colour; `#1d70b8` by default.
    pub theme_color: Option<Text>,
    /// Where icons and images are served from; `/assets` by default.
    pub asset_path: Option<Text>,
    /// The absolute address of the assets, for the Open Graph image.
    pub asset_url: Option<Text>,
    /// The absolute address of the Open Graph image.
    pub opengraph_image_url: Option<Text>,
    /// The page's `<title>`.
    pub page_title: Option<Text>,
    /// The title's language, when it differs from the page's.
    pub page_title_lang: Option<Text>,
    /// Extra classes for `<body>`.
    pub body_classes: Option<Text>,
    /// Extra HTML attributes for `<body>`.
    pub body_attributes: Attributes,
    /// The nonce for the inline script, for a strict Content-Security-Policy.
    pub csp_nonce: Option<Text>,
    /// Extra classes for `<header>`.
    pub header_classes: Option<Text>,
    /// Extra HTML attributes for `<header>`.
    pub header_attributes: Attributes,
    /// The service's name, shown in the service navigation.
    pub service_name: Option<Text>,
    /// Where the service's name links to.
    pub service_url: Option<Text>,
    /// Extra classes for the width container.
    pub container_classes: Option<Text>,
    /// Extra HTML attributes for the width container.
    pub container_attributes: Attributes,
    /// Extra classes for `<main>`.
    pub main_classes: Option<Text>,
    /// The language of `<main>`, when it differs from the page's.
    pub main_lang: Option<Text>,
    /// Extra HTML attributes for `<main>`.
    pub main_attributes: Attributes,
    /// Extra classes for `<footer>`.
    pub footer_classes: Option<Text>,
    /// Extra HTML attributes for `<footer>`.
    pub footer_attributes: Attributes,
    /// The blocks, as trusted HTML.
    #[serde(deserialize_with = "falsy::option")]
    pub blocks: Option<TemplateBlocks>,
}

/// Marks JavaScript as enabled (and govuk-frontend as supported) before the page paints.
const ENABLE_JS: &str = "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

const DEFAULT_TITLE: &str = "GOV.UK - The best place to find government services and information";

/// The parts of the body a page fills in; `None` takes the template's default.
#[derive(Default)]
pub(crate) struct BodyParts {
    pub body_start: Option<AnyView>,
    pub skip_link: Option<AnyView>,
    /// Replaces the whole `<header>`.
    pub header: Option<AnyView>,
    pub header_start: Option<AnyView>,
    pub govuk_header: Option<AnyView>,
    pub service_navigation: Option<AnyView>,
    pub header_end: Option<AnyView>,
    pub before_content: Option<AnyView>,
    /// Replaces the whole `<main>`.
    pub main: Option<AnyView>,
    pub content: Option<AnyView>,
    pub container_end: Option<AnyView>,
    /// Replaces the whole `<footer>`.
    pub footer: Option<AnyView>,
    pub footer_start: Option<AnyView>,
    pub govuk_footer: Option<AnyView>,
    pub footer_end: Option<AnyView>,
    pub body_end: Option<AnyView>,
}

fn html_block(block: &Option<TrustedHtml>) -> Option<AnyView> {
    block.clone().map(IntoAny::into_any)
}

/// Whether a block's HTML has anything in it once trimmed (the template drops an empty
/// `<header>` or `<footer>`).
fn has_content(block: &Option<TrustedHtml>) -> bool {
    block
        .as_ref()
        .is_some_and(|b| !b.as_str().trim().is_empty())
}

impl TemplateOptions {
    /// The body parts from the `blocks` option, with whether the header and footer have content.
    fn parts_from_blocks(&self) -> (BodyParts, bool, bool) {
        let blocks = self.blocks.clone().unwrap_or_default();
        let header_has_content = has_content(&blocks.header_start)
            || blocks
                .govuk_header
                .as_ref()
                .is_none_or(|b| !b.as_str().trim().is_empty())
            || has_content(&blocks.govuk_service_navigation)
            || (blocks.govuk_service_navigation.is_none() && truthy(&self.service_name).is_some())
            || has_content(&blocks.header_end);
        let footer_has_content = has_content(&blocks.footer_start)
            || blocks
                .govuk_footer
                .as_ref()
                .is_none_or(|b| !b.as_str().trim().is_empty())
            || has_content(&blocks.footer_end);
        let parts = BodyParts {
            body_start: html_block(&blocks.body_start),
            skip_link: html_block(&blocks.skip_link),
            header: html_block(&blocks.header),
            header_start: html_block(&blocks.header_start),
            govuk_header: html_block(&blocks.govuk_header),
            service_navigation: html_block(&blocks.govuk_service_navigation),
            header_end: html_block(&blocks.header_end),
            before_content: html_block(&blocks.before_content),
            main: html_block(&blocks.main),
            content: html_block(&blocks.content),
            container_end: html_block(&blocks.container_end),
            footer: html_block(&blocks.footer),
            footer_start: html_block(&blocks.footer_start),
            govuk_footer: html_block(&blocks.govuk_footer),
            footer_end: html_block(&blocks.footer_end),
            body_end: html_block(&blocks.body_end),
        };
        (parts, header_has_content, footer_has_content)
    }

    /// The inside of `<body>`: skip link, header, width container with `<main>`, footer.
    pub(crate) fn render_body_parts(
        &self,
        parts: BodyParts,
        header_has_content: bool,
        footer_has_content: bool,
    ) -> AnyView {
        let script = Attrs::new()
            .set_some("nonce", truthy(&self.csp_nonce))
            .into_view();
        let skip_link = parts.skip_link.unwrap_or_else(|| {
            SkipLinkOptions {
                href: Some("#main-content".into()),
                text: Some(
                    crate::i18n::text(crate::components::messages::skip_link, "text").into(),
                ),
                ..Default::default()
            }
            .render()
        });
        let header = match parts.header {
            Some(header) => Some(header),
            None if header_has_content => {
                let attrs = Attrs::new()
                    .classes("govuk-template__header", &self.header_classes)
                    .user(Some(&self.header_attributes));
                let govuk_header = parts
                    .govuk_header
                    .unwrap_or_else(|| HeaderOptions::default().render());
                let service_navigation = parts.service_navigation.or_else(|| {
                    truthy(&self.service_name).map(|name| {
                        ServiceNavigationOptions {
                            service_name: Some(name.into()),
                            service_url: self.service_url.clone(),
                            ..Default::default()
                        }
                        .render()
                    })
                });
                Some(
                    view! {
                        <header {..attrs.into_view()}>
                            {parts.header_start}{govuk_header}{service_navigation}{parts.header_end}
                        </header>
                    }
                    .into_any(),
                )
            }
            None => None,
        };
        let main = parts.main.unwrap_or_else(|| {
            let attrs = Attrs::new()
                .classes("govuk-main-wrapper", &self.main_classes)
                .set_static("id", "main-content")
                .set_some("lang", truthy(&self.main_lang))
                .user(Some(&self.main_attributes));
            view! { <main {..attrs.into_view()}>{parts.content}</main> }.into_any()
        });
        let container = Attrs::new()
            .classes("govuk-width-container", &self.container_classes)
            .user(Some(&self.container_attributes));
        let footer = match parts.footer {
            Some(footer) => Some(footer),
            None if footer_has_content => {
                let attrs = Attrs::new()
                    .classes("govuk-template__footer", &self.footer_classes)
                    .user(Some(&self.footer_attributes));
                let govuk_footer = parts
                    .govuk_footer
                    .unwrap_or_else(|| FooterOptions::default().render());
                Some(
                    view! {
                        <footer {..attrs.into_view()}>{parts.footer_start}{govuk_footer}{parts.footer_end}</footer>
                    }
                    .into_any(),
                )
            }
            None => None,
        };
        view! {
            <script {..script} inner_html=ENABLE_JS></script>
            {parts.body_start}
            {skip_link}
            {header}
            <div {..container.into_view()}>{parts.before_content}{main}{parts.container_end}</div>
            {footer}
            {parts.body_end}
        }
        .into_any()
    }

    /// The whole document as a Leptos view (without the doctype).
    pub fn render_view(self) -> AnyView {
        // The page's language chooses its components' default strings: `htmlLang: "cy"`
        // draws a Welsh page, unless the locale in context already speaks it (a custom one).
        if let Some(lang) = truthy(&self.html_lang)
            && !crate::i18n::current().speaks(lang)
            && let Some(locale) = crate::Locale::from_tag(lang)
        {
            crate::provide_locale(locale);
        }
        let (parts, header_has_content, footer_has_content) = self.parts_from_blocks();
        let blocks = self.blocks.clone().unwrap_or_default();
        let theme_color = truthy(&self.theme_color).unwrap_or("#1d70b8").to_owned();
        let asset_path = truthy(&self.asset_path).unwrap_or("/assets").to_owned();
        let html = Attrs::new()
            .set("lang", truthy(&self.html_lang).unwrap_or("en"))
            .classes("govuk-template", &self.html_classes);
        let title_attrs = Attrs::new().set_some("lang", truthy(&self.page_title_lang));
        let title = self
            .page_title
            .as_ref()
            .map(Text::to_string)
            .unwrap_or_else(|| DEFAULT_TITLE.into());
        let icons = html_block(&blocks.head_icons).unwrap_or_else(|| {
            let theme_color = theme_color.clone();
            view! {
                <link rel="icon" sizes="48x48" href=format!("{asset_path}/images/favicon.ico") />
                <link rel="icon" sizes="any" href=format!("{asset_path}/images/favicon.svg") type="image/svg+xml" />
                <link {..Attrs::new().set_static("rel", "mask-icon").set("href", format!("{asset_path}/images/govuk-icon-mask.svg")).set("color", theme_color).into_view()} />
                <link rel="apple-touch-icon" href=format!("{asset_path}/images/govuk-icon-180.png") />
                <link rel="manifest" href=format!("{asset_path}/manifest.json") />
            }
            .into_any()
        });
        let opengraph = match (truthy(&self.opengraph_image_url), self.asset_url.as_ref().filter(|u| u.is_truthy())) {
            (Some(url), _) => Some(url.to_owned()),
            (None, Some(asset_url)) => Some(format!("{asset_url}/images/govuk-opengraph-image.png")),
            (None, None) => None,
        }
        .map(|content| view! { <meta {..Attrs::new().set_static("property", "og:image").set("content", content).into_view()} /> });
        let body = Attrs::new()
            .classes("govuk-template__body", &self.body_classes)
            .user(Some(&self.body_attributes));
        let inside = self.render_body_parts(parts, header_has_content, footer_has_content);
        view! {
            <html {..html.into_view()}>
                <head>
                    <meta charset="utf-8" />
                    <title {..title_attrs.into_view()}>{title}</title>
                    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
                    <meta name="theme-color" content=theme_color />
                    {html_block(&blocks.head)}
                    {icons}
                    {opengraph}
                </head>
                <body {..body.into_view()}>{inside}</body>
            </html>
        }
        .into_any()
    }

    /// Renders the whole HTML document, doctype included (server side).
    #[cfg(feature = "ssr")]
    pub fn render_document(self) -> String {
        let owner = Owner::new();
        let html = owner.with(|| self.render_view().to_html());
        format!("<!DOCTYPE html>\n{html}")
    }
}

/// The page layout for Leptos apps: skip link, header, width container with `<main>`
/// (the children), and footer, with the template's classes and attributes.
///
/// Put it inside `<body>` (for example with `mount_to_body`); server-rendered apps can use
/// `TemplateOptions::render_document` (feature `ssr`) for the whole document. Of the
/// template's options, the ones for the body's parts apply here (header, container, main and
/// footer classes and attributes, `mainLang`, `serviceName`, `cspNonce`); those of `<html>`,
/// `<head>` and `<body>` itself belong to the document.
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Page
///         header=|| view! { <GenericHeader logo_text="Anytown Council" /> }
///         footer=|| view! { <Footer /> }
///         before_content=|| view! { <BackLink href="/" /> }
///     >
///         <h1 class="govuk-heading-l">"Report a missed bin collection"</h1>
///     </Page>
/// };
/// ```
#[component]
pub fn Page(
    /// The header, inside `<header class="govuk-template__header">`.
    #[prop(into)]
    header: ViewFn,
    /// The footer, inside `<footer class="govuk-template__footer">`.
    #[prop(into)]
    footer: ViewFn,
    /// Before `<main>`, as in govuk-frontend's template: back link, breadcrumbs, phase
    /// banner. What is here is outside every landmark, which axe's best-practice `region`
    /// rule reports; Civic's patterns put the back link at the top of `<main>` and a phase
    /// banner in the header instead.
    #[prop(optional, into)]
    before_content: Option<ViewFn>,
    /// Replaces the skip link (to translate it: "Neidio i'r prif gynnwys").
    #[prop(optional, into)]
    skip_link: Option<ViewFn>,
    /// At the end, after the footer: scripts, modals.
    #[prop(optional, into)]
    body_end: Option<ViewFn>,
    /// Classes, attributes and languages for the page's parts.
    #[prop(optional)]
    options: TemplateOptions,
    /// The page's content.
    children: Children,
) -> impl IntoView {
    // Its header, footer and content are views: no options draw the page, and the
    // components in it are part of it, not recorded on their own.
    let (offer, _inside) = crate::registry::offer::<TemplateOptions>();
    offer.decline(
        "A whole page: `civic render template` draws one from its variables and blocks of HTML (see the page template's options), where a Leptos <Page> takes views.",
    );
    let parts = BodyParts {
        govuk_header: Some(header.run()),
        govuk_footer: Some(footer.run()),
        before_content: before_content.map(|b| b.run()),
        skip_link: skip_link.map(|s| s.run()),
        body_end: body_end.map(|b| b.run()),
        content: Some(children().into_any()),
        ..Default::default()
    };
    options.render_body_parts(parts, true, true)
}
