//! Whole documents: Civic's page template around a page pattern, with the council's generic
//! header, the service's name, Civic's stylesheet, and the enhancer loaded as progressive
//! enhancement. Everything in them is rendered by Civic's components, which escape text;
//! the blocks handed to the template as [`TrustedHtml`] are Civic's own rendering.

use crate::App;
use civic::prelude::*;
use civic::{GenericHeaderOptions, TemplateBlocks, TemplateOptions, TrustedHtml};
use civic_patterns::pages::FormToken;

/// Where Civic's own files are served: page ids never start with `_`.
pub(crate) const ASSETS: &str = "/_civic";

/// The start script: loads the enhancer and starts the Design System's behaviours. A file,
/// not an inline script, so the Content-Security-Policy allows no inline code but the
/// template's one line that marks JavaScript as enabled (which carries the nonce).
pub(crate) const START_SCRIPT: &str = "import init, { initAll } from './civic.js';\nawait init({ module_or_path: new URL('./civic_bg.wasm', import.meta.url) });\ninitAll();\n";

/// A document: `content` drawn in the service's language with the session's form token,
/// returning the document and its title.
pub(crate) fn document(
    app: &App,
    nonce: &str,
    token: Option<&str>,
    content: impl FnOnce() -> (String, AnyView),
) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        let locale = app.locale;
        provide_locale(locale);
        if let Some(token) = token {
            provide_context(FormToken(token.to_owned()));
        }
        let (title, view) = content();
        let main = view! { <div id="civic-flow" class="civic-flow">{view}</div> }.to_html();
        let flow = app.flow();
        let theme = &app.theme;
        let header = GenericHeaderOptions {
            url: Some("/".into()),
            logo_text: Some(theme.organisation.as_ref().into()),
            logo_html: theme
                .logo_svg
                .as_ref()
                .map(|svg| TrustedHtml::new(svg.to_string())),
            ..Default::default()
        }
        .render()
        .to_html();
        // The council's footer: no crown and no Crown copyright, which are central
        // government's.
        let organisation = theme.organisation.to_string();
        let footer = view! {
            <div class="govuk-footer">
                <div class="govuk-width-container">
                    <div class="govuk-footer__meta">
                        <div class="govuk-footer__meta-item">{format!("© {organisation}")}</div>
                    </div>
                </div>
            </div>
        }
        .to_html();
        let scripts = app.enhancer.as_ref().map(|_| {
            TrustedHtml::new(format!(
                r#"<script type="module" src="{ASSETS}/start.js"></script>"#
            ))
        });
        TemplateOptions {
            html_lang: Some(locale.tag().into()),
            page_title: Some(title.into()),
            csp_nonce: Some(nonce.into()),
            service_name: Some(flow.title.get(locale).into()),
            service_url: Some("/".into()),
            blocks: Some(TemplateBlocks {
                head: Some(TrustedHtml::new(format!(
                    r#"<link rel="stylesheet" href="{ASSETS}/civic.css">"#
                ))),
                // No GOV.UK crown icons for a council, and no request for a favicon.
                head_icons: Some(TrustedHtml::new(
                    r#"<link rel="icon" href="data:,">"#.to_owned(),
                )),
                govuk_header: Some(TrustedHtml::new(header)),
                content: Some(TrustedHtml::new(main)),
                govuk_footer: Some(TrustedHtml::new(footer)),
                body_end: scripts,
                ..Default::default()
            }),
            ..Default::default()
        }
        .render_view()
        .to_html()
    });
    format!("<!DOCTYPE html>\n{html}")
}

/// A page saying what went wrong (a refused form, a page not found), with a way back to
/// the start.
pub(crate) fn problem_page(app: &App, nonce: &str, heading_key: &str, body_key: &str) -> String {
    let locale = app.locale;
    let say = |key: &str| civic::text_in(locale, "flow-pages", key);
    let (heading, body, again) = (say(heading_key), say(body_key), say("startAgain"));
    let service = app.flow().title.get(locale).to_owned();
    document(app, nonce, None, move || {
        (
            civic_patterns::pages::document_title(heading, &service, false, locale),
            view! {
                <h1 class="govuk-heading-l">{heading}</h1>
                <p class="govuk-body">{body}</p>
                <p class="govuk-body"><a class="govuk-link" href="/">{again}</a></p>
            }
            .into_any(),
        )
    })
}
