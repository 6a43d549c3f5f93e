//! The routes: Civic's files under [`ASSETS`], and every page of the flow at its own
//! address, drawn on GET and sent by POST. Each POST is checked (its session, its form
//! token, its size) before anything in it is read into the answers, and every one is
//! answered with a redirect (post/redirect/get): to the next page, or back to the same page,
//! which then shows its problems with what was typed.

use crate::document::{document, problem_page, ASSETS, START_SCRIPT};
use crate::store::{random_hex, Flash, Session, Upload};
use crate::App;
use axum::body::{to_bytes, Body};
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::http::{StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use civic_patterns::flow::journey::{self, Address, ListSent, Screen};
use civic_patterns::flow::{Answers, Flow};
use civic_patterns::pages::screen::{draw, Drawing};
use civic_patterns::pages::FormToken;
use civic_patterns::questions::{Problem, QuestionKind};
use std::sync::Arc;

/// The session cookie's name.
pub(crate) const COOKIE: &str = "civic-session";
/// The most a form without files may send.
pub(crate) const FORM_LIMIT: usize = 256 * 1024;
/// The most a form with a file may send.
pub(crate) const UPLOAD_LIMIT: usize = 10 * 1024 * 1024;
/// The longest value one field may hold, in bytes: 25,000 words of Welsh, far past any
/// answer a question in a council's form asks for (GOV.UK Forms' longest is 5,000
/// characters), so only a hostile post meets it.
pub(crate) const FIELD_LIMIT: usize = 100_000;

/// The nonce of this response's Content-Security-Policy.
#[derive(Clone)]
struct Nonce(String);

/// Civic's files, then every page of the flow, each response with the security headers.
pub(crate) fn router(app: Arc<App>) -> Router {
    Router::new()
        .route(&format!("{ASSETS}/civic.css"), get(stylesheet))
        .route(&format!("{ASSETS}/civic.js"), get(enhancer_script))
        .route(&format!("{ASSETS}/civic_bg.wasm"), get(enhancer_wasm))
        .route(&format!("{ASSETS}/start.js"), get(start_script))
        // Browsers ask for it on every site; it is not a page, and makes no session.
        .route("/favicon.ico", get(|| async { StatusCode::NOT_FOUND }))
        .route("/", get(page).post(sent))
        .route("/{*page}", get(page).post(sent))
        .layer(axum::extract::DefaultBodyLimit::max(
            UPLOAD_LIMIT + FORM_LIMIT,
        ))
        .layer(middleware::from_fn(security_headers))
        .with_state(app)
}

/// The headers every response carries: a strict Content-Security-Policy (no inline script
/// but the template's one line, by its nonce; no inline style; wasm allowed to compile for
/// the enhancer), no framing, no sniffing, no referrer, and HSTS when served over https.
async fn security_headers(mut request: Request, next: Next) -> Response {
    let nonce = random_hex(16);
    let https = forwarded_https(request.headers());
    request.extensions_mut().insert(Nonce(nonce.clone()));
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    );
    let mut set = |name: HeaderName, value: &str| {
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(name, value);
        }
    };
    set(header::CONTENT_SECURITY_POLICY, &policy);
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::X_FRAME_OPTIONS, "DENY");
    set(header::REFERRER_POLICY, "no-referrer");
    set(
        HeaderName::from_static("permissions-policy"),
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    );
    set(
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    set(
        HeaderName::from_static("cross-origin-resource-policy"),
        "same-origin",
    );
    if https {
        set(
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        );
    }
    response
}

/// Whether the request reached a proxy in front of the server over https.
fn forwarded_https(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("https"))
}

fn file(content_type: &'static str, body: impl Into<Body>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body.into(),
    )
        .into_response()
}

async fn stylesheet(State(app): State<Arc<App>>) -> Response {
    file("text/css; charset=utf-8", app.css.clone())
}

async fn enhancer_script(State(app): State<Arc<App>>) -> Response {
    match &app.enhancer {
        Some(enhancer) => file("text/javascript; charset=utf-8", enhancer.script.clone()),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn enhancer_wasm(State(app): State<Arc<App>>) -> Response {
    match &app.enhancer {
        Some(enhancer) => file("application/wasm", enhancer.wasm.clone()),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn start_script(State(app): State<Arc<App>>) -> Response {
    match &app.enhancer {
        Some(_) => file("text/javascript; charset=utf-8", START_SCRIPT),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// A page of the service: its document, with no caching (it holds answers).
fn html(status: StatusCode, body: String, cookie: Option<String>) -> Response {
    let mut response = (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response();
    if let Some(cookie) = cookie.and_then(|c| HeaderValue::from_str(&c).ok()) {
        response.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    response
}

/// A redirect after a POST (or from a page that may not be shown) to `to`, read with GET.
fn redirect(to: &Address, cookie: Option<String>) -> Response {
    let mut response =
        (StatusCode::SEE_OTHER, [(header::CACHE_CONTROL, "no-store")]).into_response();
    let href = percent_encoding::utf8_percent_encode(&to.href(""), LOCATION).to_string();
    if let Ok(location) = HeaderValue::from_str(&href) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    if let Some(cookie) = cookie.and_then(|c| HeaderValue::from_str(&c).ok()) {
        response.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    response
}

/// A problem page with its status.
fn refuse(app: &App, nonce: &Nonce, status: StatusCode, heading: &str, body: &str) -> Response {
    html(status, problem_page(app, &nonce.0, heading, body), None)
}

/// A form that cannot be taken: no live session, a wrong or missing token, or a body that
/// does not read. The page says why it may have happened and how to start again.
fn forbidden(app: &App, nonce: &Nonce) -> Response {
    not_accepted(app, nonce, StatusCode::FORBIDDEN)
}

fn not_accepted(app: &App, nonce: &Nonce, status: StatusCode) -> Response {
    refuse(app, nonce, status, "formRefusedTitle", "formRefusedBody")
}

fn failed(app: &App, nonce: &Nonce, error: &str) -> Response {
    eprintln!("civic prototype: {error}");
    refuse(
        app,
        nonce,
        StatusCode::INTERNAL_SERVER_ERROR,
        "problemTitle",
        "problemBody",
    )
}

/// The session cookie: the id only, not readable by scripts, sent on top-level navigation
/// from other sites (a link to the service) but not on their posts.
fn session_cookie(id: &str, https: bool) -> String {
    format!(
        "{COOKIE}={id}; Path=/; HttpOnly; SameSite=Lax{}",
        if https { "; Secure" } else { "" }
    )
}

/// The session named by the request's cookie, if it is live.
fn current_session(app: &App, headers: &HeaderMap) -> Result<Option<Session>, String> {
    let id = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| cookie::Cookie::split_parse(v.to_owned()).flatten())
        .find(|c| c.name() == COOKIE)
        .map(|c| c.value().to_owned());
    match id {
        // Ids are 64 hex digits; anything else is not looked up.
        Some(id) if id.len() == 64 && id.bytes().all(|b| b.is_ascii_hexdigit()) => {
            app.store.session(&id, app.idle)
        }
        _ => Ok(None),
    }
}

/// The address asked for: the path after `/` (as the page id is written, so percent-decoded),
/// and the query.
fn asked(uri: &Uri) -> Address {
    let path = percent_encoding::percent_decode_str(uri.path()).decode_utf8_lossy();
    Address::parse(&path, uri.query().unwrap_or(""))
}

/// What may stand in a `Location` header unencoded: page ids may hold spaces or Welsh
/// letters, which are percent-encoded (as a browser would) rather than dropped.
const LOCATION: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'#')
    .add(b'{')
    .add(b'}');

/// What to draw, beside the screen.
struct Shown<'a> {
    flow: &'a Flow,
    asked: &'a Address,
    answers: &'a Answers,
    problems: Vec<Problem>,
    list_error: Option<String>,
}

fn render(app: &App, nonce: &Nonce, session: &Session, screen: Screen, shown: Shown<'_>) -> String {
    let Shown {
        flow,
        asked,
        answers,
        problems,
        list_error,
    } = shown;
    document(app, &nonce.0, Some(&session.token), || {
        draw(
            screen,
            Drawing {
                flow,
                base: "",
                asked,
                answers,
                problems,
                list_error,
                start: Vec::new(),
                locale: app.locale,
            },
            None,
        )
    })
}

/// The flow as served now, the address asked for, and what the engine says it shows for
/// this session's answers.
fn screen_for(app: &App, session: &Session, uri: &Uri) -> (Arc<Flow>, Address, Screen) {
    let flow = app.flow();
    let asked = asked(uri);
    let screen = journey::screen(
        &flow,
        &asked,
        &session.answers,
        session.sent.as_ref(),
        app.locale,
        app.today(),
    );
    (flow, asked, screen)
}

/// GET: the page at this address, as the flow engine decides it. A page just sent with
/// problems shows them (found again from the answers kept) until it is sent right or left.
async fn page(
    State(app): State<Arc<App>>,
    Extension(nonce): Extension<Nonce>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let (session, cookie) = match current_session(&app, &headers) {
        Ok(Some(session)) => (session, None),
        Ok(None) => match app.store.create_session() {
            Ok(session) => {
                let cookie = session_cookie(&session.id, forwarded_https(&headers));
                (session, Some(cookie))
            }
            Err(error) => return failed(&app, &nonce, &error),
        },
        Err(error) => return failed(&app, &nonce, &error),
    };
    let (flow, asked, screen) = screen_for(&app, &session, &uri);
    let (locale, today) = (app.locale, app.today());
    if let Screen::Redirect(to) = &screen {
        return redirect(to, cookie);
    }
    let flash = session
        .flash
        .as_ref()
        .filter(|f| f.address == asked.href(""));
    let (problems, list_error) = match (flash, &screen) {
        (Some(flash), Screen::Question { page, item, .. }) if flash.list_error.is_none() => (
            journey::problems(page, *item, &session.answers, locale, today),
            None,
        ),
        (Some(flash), Screen::AddAnother { .. }) => (Vec::new(), flash.list_error.clone()),
        _ => (Vec::new(), None),
    };
    // Left for another page: its problems are not shown again.
    if session.flash.is_some()
        && flash.is_none()
        && let Err(error) = app.store.update(&session.id, |s| s.flash = None)
    {
        return failed(&app, &nonce, &error);
    }
    let body = render(
        &app,
        &nonce,
        &session,
        screen,
        Shown {
            flow: &flow,
            asked: &asked,
            answers: &session.answers,
            problems,
            list_error,
        },
    );
    html(StatusCode::OK, body, cookie)
}

/// A file sent with a form, held until its page is accepted.
struct Received {
    field: String,
    name: String,
    kind: String,
    bytes: Vec<u8>,
}

/// A form's text fields in order, and its files.
type Form = (Vec<(String, String)>, Vec<Received>);

/// Why a form was not read.
enum Unread {
    TooLarge,
    Malformed,
}

/// Reads a posted form within `limit` bytes (url-encoded, or multipart for a page with a
/// file), no field longer than [`FIELD_LIMIT`].
async fn read_form(request: Request, limit: usize) -> Result<Form, Unread> {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    // The limit holds however the body comes: with a length, or chunked.
    let request = request.map(|body| Body::new(http_body_util::Limited::new(body, limit)));
    let mut pairs = Vec::new();
    let mut files = Vec::new();
    if content_type.starts_with("multipart/form-data") {
        let mut multipart = Multipart::from_request(request, &())
            .await
            .map_err(|_| Unread::Malformed)?;
        loop {
            let field = match multipart.next_field().await {
                Ok(Some(field)) => field,
                Ok(None) => break,
                Err(error) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    return Err(Unread::TooLarge)
                }
                Err(error) if error.body_text().contains("length limit") => {
                    return Err(Unread::TooLarge)
                }
                Err(_) => return Err(Unread::Malformed),
            };
            let field_name = field.name().unwrap_or("").to_owned();
            match field.file_name().map(str::to_owned) {
                Some(name) => {
                    let kind = field.content_type().unwrap_or("").to_owned();
                    let bytes = field.bytes().await.map_err(|_| Unread::TooLarge)?;
                    files.push(Received {
                        field: field_name,
                        name,
                        kind,
                        bytes: bytes.to_vec(),
                    });
                }
                None => {
                    let value = field.text().await.map_err(|_| Unread::TooLarge)?;
                    pairs.push((field_name, value));
                }
            }
        }
    } else {
        let bytes = to_bytes(request.into_body(), usize::MAX)
            .await
            .map_err(|_| Unread::TooLarge)?;
        pairs = form_urlencoded::parse(&bytes).into_owned().collect();
    }
    if pairs
        .iter()
        .any(|(k, v)| k.len() > 200 || v.len() > FIELD_LIMIT)
    {
        return Err(Unread::TooLarge);
    }
    Ok((pairs, files))
}

/// A page's answers as the flow engine reads them, from the form's text fields and its
/// files. A file question's answer (`name-name`, `name-size`, `name-type`, as the Leptos
/// runtime reads a file) comes only from a file actually sent, its real name and size:
/// text fields of those names are dropped, so a post cannot claim a file it did not send.
/// One file per question is taken; the others are dropped.
fn page_pairs(
    page: &civic_patterns::flow::Page,
    mut pairs: Vec<(String, String)>,
    files: Vec<Received>,
) -> (Vec<(String, String)>, Vec<Received>) {
    let file_questions: Vec<&str> = page
        .questions
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::File { .. }))
        .map(|q| q.name.as_str())
        .collect();
    pairs.retain(|(key, _)| {
        !file_questions.iter().any(|q| {
            ["name", "size", "type"]
                .iter()
                .any(|part| *key == civic_patterns::flow::form::field_name(q, Some(part)))
        })
    });
    let mut kept = Vec::new();
    for question in file_questions {
        let sent = files
            .iter()
            .position(|f| f.field == question && !f.bytes.is_empty());
        let (name, size, kind) = match sent {
            Some(i) => (
                files[i].name.clone(),
                files[i].bytes.len(),
                files[i].kind.clone(),
            ),
            // An empty file box sends a part with no name and nothing in it.
            None => (String::new(), 0, String::new()),
        };
        let part = |p: &str| civic_patterns::flow::form::field_name(question, Some(p));
        pairs.push((part("name"), name));
        pairs.push((part("size"), size.to_string()));
        pairs.push((part("type"), kind));
        if let Some(i) = sent {
            kept.push(i);
        }
    }
    let files = files
        .into_iter()
        .enumerate()
        .filter(|(i, _)| kept.contains(i))
        .map(|(_, f)| f)
        .collect();
    (pairs, files)
}

/// Compares two tokens in time that does not depend on where they differ.
fn same_token(sent: &str, expected: &str) -> bool {
    sent.len() == expected.len()
        && sent
            .bytes()
            .zip(expected.bytes())
            .fold(0_u8, |diff, (a, b)| diff | (a ^ b))
            == 0
}

/// POST: a page sent. Refused unless it comes with a live session and that session's form
/// token; then read by the flow engine exactly as the Leptos runtime reads it, and answered
/// with a redirect.
async fn sent(
    State(app): State<Arc<App>>,
    Extension(nonce): Extension<Nonce>,
    uri: Uri,
    request: Request,
) -> Response {
    let session = match current_session(&app, request.headers()) {
        Ok(Some(session)) => session,
        Ok(None) => return forbidden(&app, &nonce),
        Err(error) => return failed(&app, &nonce, &error),
    };
    let (flow, asked, screen) = screen_for(&app, &session, &uri);
    let (locale, today) = (app.locale, app.today());
    // Only a page that asks for a file takes a body the size of one.
    let takes_file = matches!(&screen, Screen::Question { page, .. }
        if page.questions.iter().any(|q| matches!(q.kind, QuestionKind::File { .. })));
    let limit = if takes_file {
        UPLOAD_LIMIT + FORM_LIMIT
    } else {
        FORM_LIMIT
    };
    let (pairs, files) = match read_form(request, limit).await {
        Ok(form) => form,
        Err(Unread::TooLarge) => {
            return refuse(
                &app,
                &nonce,
                StatusCode::PAYLOAD_TOO_LARGE,
                "tooLargeTitle",
                "tooLargeBody",
            )
        }
        Err(Unread::Malformed) => return not_accepted(&app, &nonce, StatusCode::BAD_REQUEST),
    };
    let token = pairs
        .iter()
        .find(|(k, _)| k == FormToken::FIELD)
        .map(|(_, v)| v.as_str())
        .unwrap_or("");
    if !same_token(token, &session.token) {
        return forbidden(&app, &nonce);
    }
    // Every answer is redirected (post/redirect/get): to the next page, or back to this
    // one to show its problems, so that refresh and back never send a form again.
    match screen {
        // A page that may not be shown takes no answers.
        Screen::Redirect(to) => redirect(&to, None),
        Screen::Question { page, .. } => {
            let (pairs, files) = page_pairs(&page, pairs, files);
            // The files are written before the answer is recorded, and recorded in the same
            // transaction, so an accepted answer always has its file.
            let written = match write_files(&app, files) {
                Ok(written) => written,
                Err(error) => return failed(&app, &nonce, &error),
            };
            let outcome = app.store.update_keeping(&session.id, |stored| {
                let outcome = journey::answer_page(
                    &flow,
                    &page,
                    &asked,
                    &pairs,
                    &mut stored.answers,
                    &mut stored.sent,
                    locale,
                    today,
                );
                match outcome {
                    Ok(to) => {
                        stored.flash = None;
                        ((to, true), written.clone())
                    }
                    Err(problems) => {
                        let mut back = asked.clone();
                        back.item = back.item.or_else(|| problems.iter().find_map(|p| p.item));
                        stored.flash = Some(Flash {
                            address: back.href(""),
                            list_error: None,
                        });
                        ((back, false), Vec::new())
                    }
                }
            });
            let accepted = matches!(&outcome, Ok(Some(((_, true), _))));
            if !accepted {
                // Refused with the page (or not recorded): the person chooses the file again.
                for upload in &written {
                    let _ = std::fs::remove_file(app.uploads.join(&upload.stored));
                }
            }
            match outcome {
                Ok(Some(((to, _), replaced))) => {
                    for old in replaced {
                        let _ = std::fs::remove_file(app.uploads.join(old));
                    }
                    redirect(&to, None)
                }
                Ok(None) => forbidden(&app, &nonce),
                Err(error) => failed(&app, &nonce, &error),
            }
        }
        Screen::AddAnother { page, .. } => {
            let outcome = app.store.update(&session.id, |stored| {
                let sent = journey::answer_list(
                    &flow,
                    &page,
                    &asked,
                    &pairs,
                    &mut stored.answers,
                    locale,
                    today,
                );
                match sent {
                    ListSent::Go(to) => {
                        stored.flash = None;
                        to
                    }
                    ListSent::Removed => {
                        stored.flash = None;
                        asked.clone()
                    }
                    ListSent::Unanswered(message) => {
                        stored.flash = Some(Flash {
                            address: asked.href(""),
                            list_error: Some(message),
                        });
                        asked.clone()
                    }
                }
            });
            match outcome {
                Ok(Some(to)) => redirect(&to, None),
                Ok(None) => forbidden(&app, &nonce),
                Err(error) => failed(&app, &nonce, &error),
            }
        }
        Screen::CheckAnswers { page, .. } => {
            let sent = app
                .store
                .send(&session.id, &page.id, app.webhook.as_deref(), |answers| {
                    let reference = journey::reference(&flow.id, random_u32);
                    journey::send(&flow, &page, answers.clone(), reference, locale, today)
                });
            match sent {
                Ok(_) => {
                    app.wake_webhook.notify_one();
                    redirect(&Address::page(&page.id), None)
                }
                Err(error) => failed(&app, &nonce, &error),
            }
        }
        // Nothing to send on a start, exit or confirmation page: show it.
        Screen::Start { .. } | Screen::Exit { .. } | Screen::Confirmation { .. } => {
            redirect(&asked, None)
        }
    }
}

fn random_u32() -> u32 {
    let mut bytes = [0_u8; 4];
    // Without the OS's randomness there is no safe reference; stop rather than guess.
    getrandom::fill(&mut bytes).expect("the operating system gives no random numbers");
    u32::from_le_bytes(bytes)
}

/// Writes a page's files outside any served path, under random names, before their answer
/// is recorded.
fn write_files(app: &App, files: Vec<Received>) -> Result<Vec<Upload>, String> {
    let mut written = Vec::new();
    for received in files {
        let stored = random_hex(16);
        std::fs::write(app.uploads.join(&stored), &received.bytes)
            .map_err(|e| format!("cannot store an upload: {e}"))?;
        written.push(Upload {
            question: received.field,
            stored,
            name: received.name,
            size: received.bytes.len() as u64,
            kind: received.kind,
        });
    }
    Ok(written)
}
