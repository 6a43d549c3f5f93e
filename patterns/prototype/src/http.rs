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
use axum::http::{Method, StatusCode, Uri};
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
pub(crate) const FORM_LIMIT: usize = 64 * 1024;
/// The most a form with a file may send.
pub(crate) const UPLOAD_LIMIT: usize = 10 * 1024 * 1024;
/// The longest value one field may hold: longer than any answer a question accepts.
pub(crate) const FIELD_LIMIT: usize = 20_000;

/// The nonce of this response's Content-Security-Policy.
#[derive(Clone)]
struct Nonce(String);

pub(crate) fn router(app: Arc<App>) -> Router {
    Router::new()
        .route(&format!("{ASSETS}/civic.css"), get(stylesheet))
        .route(&format!("{ASSETS}/civic.js"), get(enhancer_script))
        .route(&format!("{ASSETS}/civic_bg.wasm"), get(enhancer_wasm))
        .route(&format!("{ASSETS}/start.js"), get(start_script))
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
    if let Ok(location) = HeaderValue::from_str(&to.href("")) {
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

/// The address asked for: the path after `/`, and the query.
fn asked(uri: &Uri) -> Address {
    Address::parse(uri.path(), uri.query().unwrap_or(""))
}

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
    let flow = app.flow();
    let asked = asked(&uri);
    let (locale, today) = (app.locale, app.today());
    let screen = journey::screen(
        &flow,
        &asked,
        &session.answers,
        session.sent.as_ref(),
        locale,
        today,
    );
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
    if session.flash.is_some() && flash.is_none() {
        if let Err(error) = app.store.update(&session.id, |s| s.flash = None) {
            return failed(&app, &nonce, &error);
        }
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
    question: String,
    name: String,
    kind: String,
    bytes: Vec<u8>,
}

/// A form's fields in order, and its files.
type Form = (Vec<(String, String)>, Vec<Received>);

/// Why a form was not read.
enum Unread {
    TooLarge,
    Malformed,
}

/// Reads a posted form, within the limits: url-encoded up to [`FORM_LIMIT`], multipart (a
/// page with a file) up to [`UPLOAD_LIMIT`]; no field longer than [`FIELD_LIMIT`]. A file
/// reads as `name-name`, `name-size` and `name-type`, as the Leptos runtime reads it.
async fn read_form(request: Request) -> Result<Form, Unread> {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
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
                Err(_) => return Err(Unread::Malformed),
            };
            let name = field.name().unwrap_or("").to_owned();
            match field.file_name().map(str::to_owned) {
                Some(file_name) => {
                    let kind = field.content_type().unwrap_or("").to_owned();
                    let bytes = field.bytes().await.map_err(|_| Unread::TooLarge)?;
                    // An empty file box sends a part with no name and nothing in it.
                    let file_name = if bytes.is_empty() {
                        String::new()
                    } else {
                        file_name
                    };
                    pairs.push((format!("{name}-name"), file_name.clone()));
                    pairs.push((format!("{name}-size"), bytes.len().to_string()));
                    pairs.push((format!("{name}-type"), kind.clone()));
                    if !bytes.is_empty() {
                        files.push(Received {
                            question: name,
                            name: file_name,
                            kind,
                            bytes: bytes.to_vec(),
                        });
                    }
                }
                None => {
                    let value = field.text().await.map_err(|_| Unread::Malformed)?;
                    pairs.push((name, value));
                }
            }
        }
    } else {
        let bytes = to_bytes(request.into_body(), FORM_LIMIT)
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
    method: Method,
    uri: Uri,
    request: Request,
) -> Response {
    debug_assert_eq!(method, Method::POST);
    let session = match current_session(&app, request.headers()) {
        Ok(Some(session)) => session,
        Ok(None) => return forbidden(&app, &nonce),
        Err(error) => return failed(&app, &nonce, &error),
    };
    let (pairs, files) = match read_form(request).await {
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
    let flow = app.flow();
    let asked = asked(&uri);
    let (locale, today) = (app.locale, app.today());
    let screen = journey::screen(
        &flow,
        &asked,
        &session.answers,
        session.sent.as_ref(),
        locale,
        today,
    );
    // Every answer is redirected (post/redirect/get): to the next page, or back to this
    // one to show its problems, so that refresh and back never send a form again.
    match screen {
        // A page that may not be shown takes no answers.
        Screen::Redirect(to) => redirect(&to, None),
        Screen::Question { page, .. } => {
            let outcome = app.store.update(&session.id, |stored| {
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
                let to = match &outcome {
                    Ok(to) => {
                        stored.flash = None;
                        to.clone()
                    }
                    Err(problems) => {
                        let mut back = asked.clone();
                        back.item = back.item.or_else(|| problems.iter().find_map(|p| p.item));
                        stored.flash = Some(Flash {
                            address: back.href(""),
                            list_error: None,
                        });
                        back
                    }
                };
                (outcome.is_ok(), to)
            });
            match outcome {
                Ok(Some((accepted, to))) => {
                    if accepted {
                        if let Err(error) = keep_files(&app, &session.id, &page, files) {
                            return failed(&app, &nonce, &error);
                        }
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

/// Stores the files of an accepted page outside any served path, replacing earlier ones.
fn keep_files(
    app: &App,
    session: &str,
    page: &civic_patterns::flow::Page,
    files: Vec<Received>,
) -> Result<(), String> {
    for received in files {
        let asked_for = page
            .questions
            .iter()
            .any(|q| q.name == received.question && matches!(q.kind, QuestionKind::File { .. }));
        if !asked_for {
            continue;
        }
        let stored = random_hex(16);
        std::fs::write(app.uploads.join(&stored), &received.bytes)
            .map_err(|e| format!("cannot store an upload: {e}"))?;
        let upload = Upload {
            question: received.question,
            stored,
            name: received.name,
            size: received.bytes.len() as u64,
            kind: received.kind,
        };
        if let Some(old) = app.store.set_upload(session, &upload)? {
            let _ = std::fs::remove_file(app.uploads.join(old));
        }
    }
    Ok(())
}
