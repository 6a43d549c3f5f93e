//! `civic prototype` over real HTTP on 127.0.0.1, as a browser without JavaScript uses it:
//! pages fetched, forms posted with their token, redirects followed. Hostile posts, a
//! restart mid-journey, a double-clicked submit, the webhook through an outage, the export,
//! and a load test of 200 concurrent journeys whose answers must all be found intact.

use civic_patterns::flow::journey::slug;
use civic_patterns::flow::{End, Flow};
use civic_patterns::questions::date::Date;
use civic_prototype::store::Store;
use civic_prototype::{Config, Server};
use scraper::{Html, Selector};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn service(name: &str) -> PathBuf {
    root().join(format!("patterns/services/{name}.json"))
}

fn walks() -> Value {
    let text = std::fs::read_to_string(root().join("patterns/services/walks.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The base answers of a service's walks, with a walk's changes.
fn answers(service: &str, walk: usize) -> serde_json::Map<String, Value> {
    let walks = walks();
    let mut answers = walks["services"][service]["base"]
        .as_object()
        .unwrap()
        .clone();
    let changes = &walks["services"][service]["walks"][walk]["changes"];
    for (k, v) in changes.as_object().into_iter().flatten() {
        answers.insert(k.clone(), v.clone());
    }
    answers
}

fn today() -> Date {
    Date::parse_iso(walks()["today"].as_str().unwrap()).unwrap()
}

fn temp_db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "civic-prototype-test-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("data.db")
}

/// A server running in this process until the returned sender is dropped or sent to.
struct Running {
    base: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<Result<(), String>>,
}

impl Running {
    async fn start(config: Config) -> Self {
        let server = Server::start(config).await.unwrap();
        let base = format!("http://{}", server.address());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(server.run(async {
            let _ = stopped.await;
        }));
        Self {
            base,
            stop: Some(stop),
            task,
        }
    }

    async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        (&mut self.task).await.unwrap().unwrap();
    }
}

fn config(flow: &str, data: &Path) -> Config {
    Config {
        today: Some(today()),
        ..Config::new(service(flow), data.to_owned())
    }
}

/// A page as fetched.
struct Page {
    path: String,
    status: u16,
    html: String,
}

impl Page {
    fn select(&self, selector: &str) -> Vec<String> {
        let document = Html::parse_document(&self.html);
        let selector = Selector::parse(selector).unwrap();
        document
            .select(&selector)
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    fn attribute(&self, selector: &str, name: &str) -> Option<String> {
        let document = Html::parse_document(&self.html);
        let selector = Selector::parse(selector).unwrap();
        document
            .select(&selector)
            .next()
            .and_then(|e| e.value().attr(name))
            .map(str::to_owned)
    }

    fn token(&self) -> String {
        self.attribute("input[name=csrf-token]", "value")
            .unwrap_or_else(|| panic!("no form token at {}:\n{}", self.path, self.html))
    }

    fn errors(&self) -> Vec<String> {
        self.select(".govuk-error-summary__list a")
    }
}

/// A person: a browser with JavaScript off and its own cookies.
#[derive(Clone)]
struct Person {
    client: reqwest::Client,
    base: String,
    latencies: Arc<Mutex<Vec<Duration>>>,
}

impl Person {
    fn new(base: &str) -> Self {
        Self {
            client: reqwest::Client::builder()
                .cookie_store(true)
                .build()
                .unwrap(),
            base: base.to_owned(),
            latencies: Arc::default(),
        }
    }

    async fn read(&self, response: reqwest::Response, began: Instant) -> Page {
        let path = response.url().path().to_owned()
            + &response
                .url()
                .query()
                .map(|q| format!("?{q}"))
                .unwrap_or_default();
        let status = response.status().as_u16();
        let html = response.text().await.unwrap();
        self.latencies.lock().unwrap().push(began.elapsed());
        Page { path, status, html }
    }

    async fn get(&self, path: &str) -> Page {
        let began = Instant::now();
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        self.read(response, began).await
    }

    /// Posts a form with a file, as a browser sends a page with a file box: `text` fields
    /// first, then the file `(field, file name, type, bytes)`.
    async fn upload(
        &self,
        path: &str,
        text: &[(&str, &str)],
        file: (&str, &str, &str, &[u8]),
    ) -> Page {
        let (field, name, kind, bytes) = file;
        let mut form = reqwest::multipart::Form::new();
        for (key, value) in text {
            form = form.text(key.to_string(), value.to_string());
        }
        let part = reqwest::multipart::Part::bytes(bytes.to_vec())
            .file_name(name.to_owned())
            .mime_str(kind)
            .unwrap();
        let began = Instant::now();
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .multipart(form.part(field.to_owned(), part))
            .send()
            .await
            .unwrap();
        self.read(response, began).await
    }

    async fn post(&self, path: &str, pairs: &[(String, String)]) -> Page {
        let began = Instant::now();
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .form(pairs)
            .send()
            .await
            .unwrap();
        self.read(response, began).await
    }
}

/// The form fields that answer `page`'s questions from `answers` (walks.json's shapes), with
/// the page's token.
fn fields(
    flow: &Flow,
    page_id: &str,
    answers: &serde_json::Map<String, Value>,
    token: &str,
) -> Vec<(String, String)> {
    let mut pairs = vec![("csrf-token".to_owned(), token.to_owned())];
    let page = flow.page(page_id).unwrap();
    for question in &page.questions {
        match answers.get(&question.name) {
            Some(Value::String(s)) => pairs.push((question.name.clone(), s.clone())),
            Some(Value::Array(values)) => {
                for v in values {
                    pairs.push((question.name.clone(), v.as_str().unwrap().to_owned()));
                }
            }
            Some(Value::Object(parts)) => {
                for (part, v) in parts {
                    pairs.push((
                        civic_patterns::flow::form::field_name(&question.name, Some(part)),
                        v.as_str().unwrap().to_owned(),
                    ));
                }
            }
            _ => {}
        }
    }
    pairs
}

/// Where a walk ended.
struct Walked {
    pages: Vec<String>,
    last: Page,
}

/// Walks from the start page, answering each page from `answers`, until an exit page, or
/// until check answers has been sent (`send`) or reached.
async fn walk(
    person: &Person,
    flow: &Flow,
    answers: &serde_json::Map<String, Value>,
    from: &str,
    send: bool,
) -> Walked {
    let mut page = person.get(from).await;
    if from == "/" {
        let start = page.attribute("a.govuk-button--start", "href").unwrap();
        page = person.get(&start).await;
    }
    let mut pages = Vec::new();
    for _ in 0..60 {
        assert_eq!(page.status, 200, "{}: {}", page.path, page.html);
        let segment = page
            .path
            .split('?')
            .next()
            .unwrap()
            .trim_start_matches('/')
            .to_owned();
        let current = flow
            .pages
            .iter()
            .find(|p| slug(&p.id) == segment)
            .unwrap_or_else(|| panic!("no page at {}", page.path))
            .clone();
        pages.push(current.id.clone());
        match current.end {
            Some(End::Exit) => break,
            Some(End::Confirmation) => {
                if send {
                    let token = page.token();
                    page = person
                        .post(&page.path, &[("csrf-token".into(), token)])
                        .await;
                }
                break;
            }
            None => {}
        }
        let pairs = fields(flow, &current.id, answers, &page.token());
        let action = page.attribute("form[method=post]", "action").unwrap();
        page = person.post(&action, &pairs).await;
        assert_eq!(page.errors(), Vec::<String>::new(), "{}", current.id);
    }
    Walked { pages, last: page }
}

fn load(flow: &str) -> Flow {
    civic_prototype::load_flow(&service(flow)).unwrap().0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_walk_reaches_the_engines_ending_without_javascript() {
    let walks = walks();
    for name in ["blue-badge", "missed-bin"] {
        let data = temp_db(&format!("walks-{name}"));
        let server = Running::start(config(name, &data)).await;
        let flow = load(name);
        let count = walks["services"][name]["walks"].as_array().unwrap().len();
        for i in 0..count {
            let answers = answers(name, i);
            let given: civic_patterns::flow::Answers =
                serde_json::from_value(Value::Object(answers.clone())).unwrap();
            let route = flow.route(&given, civic::Locale::En, today());
            let person = Person::new(&server.base);
            let walked = walk(&person, &flow, &answers, "/", true).await;
            assert_eq!(walked.pages, route.pages, "{name} walk {i}");
            if flow.page(route.end.as_deref().unwrap()).unwrap().end == Some(End::Confirmation) {
                let reference = walked.last.select(".govuk-panel__body strong");
                assert_eq!(reference.len(), 1, "{name} walk {i}: {}", walked.last.html);
            }
        }
        let stored = Store::open(&data).unwrap().submissions().unwrap();
        let confirmed = (0..count)
            .filter(|i| {
                let given = serde_json::from_value(Value::Object(answers(name, *i))).unwrap();
                let end = flow.route(&given, civic::Locale::En, today()).end.unwrap();
                flow.page(&end).unwrap().end == Some(End::Confirmation)
            })
            .count();
        assert_eq!(
            stored.len(),
            confirmed,
            "{name}: one submission per confirmed walk"
        );
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_posts_are_refused_and_hostile_text_is_escaped() {
    let data = temp_db("hostile");
    let server = Running::start(config("missed-bin", &data)).await;
    let person = Person::new(&server.base);
    let page = person.get("/address").await;
    let token = page.token();
    let clean_scripts = page.select("script").len();

    // No session at all: a post from a stranger's page.
    let stranger = reqwest::Client::new();
    let response = stranger
        .post(format!("{}/address", server.base))
        .form(&[("csrf-token", token.as_str()), ("address-line1", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    // The session's cookie without its token, and with a wrong one.
    for pairs in [
        vec![("address-line1".to_owned(), "x".to_owned())],
        vec![
            ("csrf-token".to_owned(), "0".repeat(64)),
            ("address-line1".into(), "x".into()),
        ],
        vec![("csrf-token".to_owned(), String::new())],
    ] {
        let refused = person.post("/address", &pairs).await;
        assert_eq!(refused.status, 403, "{pairs:?}");
        assert!(
            refused.html.contains("could not accept"),
            "{}",
            refused.html
        );
    }
    // A huge body, and one huge field within a body the server would take.
    let huge = vec![
        ("csrf-token".to_owned(), token.clone()),
        ("address-line1".to_owned(), "a".repeat(400_000)),
    ];
    assert_eq!(person.post("/address", &huge).await.status, 413);
    let long = vec![
        ("csrf-token".to_owned(), token.clone()),
        ("address-line1".to_owned(), "a".repeat(150_000)),
    ];
    assert_eq!(person.post("/address", &long).await.status, 413);
    let many: Vec<(String, String)> = std::iter::once(("csrf-token".to_owned(), token.clone()))
        .chain((0..40_000).map(|i| (format!("f{i}"), "x".to_owned())))
        .collect();
    assert_eq!(person.post("/address", &many).await.status, 413);
    // Nothing refused was kept.
    let again = person.get("/address").await;
    assert_eq!(
        again.attribute("[name=address-line1]", "value").as_deref(),
        Some("")
    );

    // Script in every field: shown back as text, in the boxes and on check answers.
    let hostile = r#""><script>alert(1)</script><img src=x onerror=alert(2)>"#;
    let pairs = vec![
        ("csrf-token".to_owned(), token.clone()),
        ("address-line1".to_owned(), hostile.to_owned()),
        ("address-town".to_owned(), hostile.to_owned()),
        ("address-postcode".to_owned(), hostile.to_owned()),
    ];
    let shown = person.post("/address", &pairs).await;
    assert_eq!(shown.status, 200);
    assert_eq!(
        shown.errors().len(),
        1,
        "only the postcode is wrong: {:?}",
        shown.errors()
    );
    assert_eq!(
        shown.attribute("[name=address-line1]", "value").as_deref(),
        Some(hostile)
    );
    assert_eq!(shown.select("script").len(), clean_scripts);
    assert_eq!(shown.select("img").len(), 0);
    let mut answers = answers("missed-bin", 0);
    for field in ["details", "name"] {
        answers.insert(field.into(), json!(hostile));
    }
    answers.insert(
        "address".into(),
        json!({"line1": hostile, "town": hostile, "postcode": "SW1A 2AA"}),
    );
    let flow = load("missed-bin");
    let walked = walk(&person, &flow, &answers, "/address", false).await;
    let check = walked.last;
    assert!(check.path.starts_with("/check-answers"), "{}", check.path);
    assert_eq!(check.select("script").len(), clean_scripts);
    assert_eq!(check.select("img").len(), 0);
    let values = check.select(".govuk-summary-list__value");
    assert!(
        values
            .iter()
            .any(|v| v.contains("<script>alert(1)</script>")),
        "{values:?}"
    );
    // Query strings that try to write markup into links are dropped.
    let page = person
        .get("/bins?return=%22%3E%3Cscript%3Ealert(1)%3C/script%3E")
        .await;
    assert_eq!(page.select("script").len(), clean_scripts);
    // The security headers.
    let response = reqwest::get(format!("{}/", server.base)).await.unwrap();
    let headers = response.headers();
    let policy = headers["content-security-policy"].to_str().unwrap();
    assert!(policy.contains("script-src 'self' 'nonce-"), "{policy}");
    assert!(policy.contains("style-src 'self';") && policy.contains("frame-ancestors 'none'"));
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(headers["cache-control"], "no-store");
    let cookie = headers["set-cookie"].to_str().unwrap();
    assert!(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
            && !cookie.contains("Secure"),
        "{cookie}"
    );
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap()
        .to_owned();
    let html = response.text().await.unwrap();
    assert!(
        html.contains(&format!("<script nonce=\"{nonce}\">")),
        "the template's script carries the nonce"
    );
    // Behind an https proxy the cookie is Secure and HSTS is sent.
    let response = reqwest::Client::new()
        .get(format!("{}/", server.base))
        .header("x-forwarded-proto", "https")
        .send()
        .await
        .unwrap();
    assert!(response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("; Secure"));
    assert!(response.headers().contains_key("strict-transport-security"));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_mid_journey_and_a_double_click_lose_and_double_nothing() {
    let data = temp_db("restart");
    let flow = load("missed-bin");
    let answers = answers("missed-bin", 0);
    let first = Running::start(config("missed-bin", &data)).await;
    let person = Person::new(&first.base);
    // Three pages answered, then the server stops.
    let mut page = person.get("/address").await;
    for id in ["address", "bins", "collection-date"] {
        let action = page.attribute("form[method=post]", "action").unwrap();
        page = person
            .post(&action, &fields(&flow, id, &answers, &page.token()))
            .await;
        assert_eq!(page.errors(), Vec::<String>::new());
    }
    assert_eq!(page.path, "/bin-out");
    first.stop().await;

    // A new server on the same database: the same cookie carries on where it was.
    let second = Running::start(config("missed-bin", &data)).await;
    let person = Person {
        base: second.base.clone(),
        ..person
    };
    let back = person.get("/collection-date").await;
    assert_eq!(
        back.attribute("[name=collectionDate-day]", "value")
            .as_deref(),
        Some("7")
    );
    let walked = walk(&person, &flow, &answers, "/bin-out", false).await;
    let check = walked.last;
    assert_eq!(check.path, "/check-answers");
    assert!(check
        .select(".govuk-summary-list__value")
        .iter()
        .any(|v| v.contains("12 Heol y Frenhines")));

    // Submit pressed twice at once, then the request retried: one submission.
    let token = check.token();
    let pairs = vec![("csrf-token".to_owned(), token)];
    let (one, two) = tokio::join!(
        person.post("/check-answers", &pairs),
        person.post("/check-answers", &pairs)
    );
    let three = person.post("/check-answers", &pairs).await;
    let references: Vec<Vec<String>> = [&one, &two, &three]
        .iter()
        .map(|p| p.select(".govuk-panel__body strong"))
        .collect();
    assert_eq!(references[0].len(), 1, "{}", one.html);
    assert!(
        references.iter().all(|r| *r == references[0]),
        "{references:?}"
    );
    let stored = Store::open(&data).unwrap().submissions().unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].reference, references[0][0]);
    assert_eq!(
        stored[0].body["answers"]["address"]["line1"],
        "12 Heol y Frenhines"
    );
    assert_eq!(stored[0].body["answers"]["email"], "sian@example.com");
    // Refresh of the confirmation shows it again; going back shows no answers.
    assert_eq!(
        person
            .get("/check-answers")
            .await
            .select(".govuk-panel__body strong"),
        references[0]
    );
    assert_eq!(person.get("/bins").await.path, "/address");
    second.stop().await;

    // The export: one row, a column per question.
    let csv = civic_prototype::export(&data, civic_prototype::Format::Csv).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(&header[..3], ["reference", "flow", "submitted"]);
    assert!(header.contains(&"email".to_owned()), "{header:?}");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], references[0][0].as_str());
    let email = header.iter().position(|h| h == "email").unwrap();
    assert_eq!(&rows[0][email], "sian@example.com");
    let exported: Value = serde_json::from_str(
        &civic_prototype::export(&data, civic_prototype::Format::Json).unwrap(),
    )
    .unwrap();
    assert_eq!(exported[0]["reference"], references[0][0].as_str());
    assert!(exported[0]["submitted"].as_str().unwrap().starts_with("20"));
}

/// A webhook that is down for its first `failures` posts, then takes them.
async fn webhook(failures: usize) -> (String, Arc<Mutex<Vec<Value>>>, Arc<Mutex<usize>>) {
    use axum::http::HeaderMap;
    use axum::routing::post;
    let taken = Arc::new(Mutex::new(Vec::new()));
    let tries = Arc::new(Mutex::new(0_usize));
    let (t, n) = (taken.clone(), tries.clone());
    let app = axum::Router::new().route(
        "/hook",
        post(move |headers: HeaderMap, body: String| {
            let (taken, tries) = (t.clone(), n.clone());
            async move {
                let body: Value = serde_json::from_str(&body).unwrap();
                // Without the reference as its idempotency key the post is not taken.
                if headers.get("idempotency-key").and_then(|k| k.to_str().ok())
                    != body["reference"].as_str()
                {
                    return axum::http::StatusCode::BAD_REQUEST;
                }
                let mut count = tries.lock().unwrap();
                *count += 1;
                if *count <= failures {
                    return axum::http::StatusCode::SERVICE_UNAVAILABLE;
                }
                taken.lock().unwrap().push(body);
                axum::http::StatusCode::OK
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, taken, tries)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_webhook_gets_each_submission_once_through_an_outage_and_a_restart() {
    let data = temp_db("webhook");
    let flow = load("missed-bin");
    // Down for good: the submission waits in the database.
    let (down, _, down_tries) = webhook(usize::MAX).await;
    let server = Running::start(Config {
        webhook: Some(down.clone()),
        webhook_retry: Duration::from_millis(50),
        ..config("missed-bin", &data)
    })
    .await;
    let person = Person::new(&server.base);
    let walked = walk(&person, &flow, &answers("missed-bin", 0), "/", true).await;
    let reference = walked.last.select(".govuk-panel__body strong")[0].clone();
    let waited = Instant::now();
    while *down_tries.lock().unwrap() < 3 && waited.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(*down_tries.lock().unwrap() >= 3, "retried while down");
    server.stop().await;
    assert_eq!(Store::open(&data).unwrap().undelivered().unwrap(), 1);
    // Restarted with the webhook back (after two more failures): delivered, once.
    let (up, taken, tries) = webhook(2).await;
    let server = Running::start(Config {
        webhook: Some(up),
        webhook_retry: Duration::from_millis(50),
        ..config("missed-bin", &data)
    })
    .await;
    let waited = Instant::now();
    while taken.lock().unwrap().is_empty() && waited.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let taken = taken.lock().unwrap().clone();
    assert_eq!(taken.len(), 1, "delivered once");
    assert_eq!(*tries.lock().unwrap(), 3);
    assert_eq!(taken[0]["reference"], reference.as_str());
    assert_eq!(taken[0]["flow"], "missed-bin");
    assert!(taken[0]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["question"] == "email"));
    assert_eq!(Store::open(&data).unwrap().undelivered().unwrap(), 0);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_concurrent_journeys_keep_every_answer() {
    const JOURNEYS: usize = 200;
    let data = temp_db("load");
    let server = Running::start(config("missed-bin", &data)).await;
    let flow = Arc::new(load("missed-bin"));
    // One person alone first, for the page latency with nothing queued.
    let alone = Person::new(&server.base);
    for _ in 0..21 {
        alone.get("/address").await;
    }
    let mut quiet = alone.latencies.lock().unwrap().clone();
    quiet.sort();
    let quiet = quiet[quiet.len() / 2];
    let latencies: Arc<Mutex<Vec<Duration>>> = Arc::default();
    let began = Instant::now();
    let mut journeys = Vec::new();
    for i in 0..JOURNEYS {
        let person = Person {
            latencies: latencies.clone(),
            ..Person::new(&server.base)
        };
        let flow = flow.clone();
        journeys.push(tokio::spawn(async move {
            let mut answers = answers("missed-bin", i % 3);
            // Each journey's own answers, to find in the database afterwards.
            answers.insert("name".into(), json!(format!("Person {i}")));
            answers.insert(
                "details".into(),
                json!(format!("Journey {i}: bin by the gate")),
            );
            let walked = walk(&person, &flow, &answers, "/", true).await;
            let reference = walked.last.select(".govuk-panel__body strong")[0].clone();
            (i, reference)
        }));
    }
    let mut references = Vec::new();
    for journey in journeys {
        references.push(
            tokio::time::timeout(Duration::from_secs(300), journey)
                .await
                .expect("every journey ends within 5 minutes")
                .unwrap(),
        );
    }
    let elapsed = began.elapsed();
    let stored = Store::open(&data).unwrap().submissions().unwrap();
    assert_eq!(stored.len(), JOURNEYS);
    for (i, reference) in &references {
        let found = stored
            .iter()
            .find(|s| &s.reference == reference)
            .unwrap_or_else(|| panic!("journey {i}'s submission {reference}"));
        assert_eq!(found.body["answers"]["name"], format!("Person {i}"));
        assert_eq!(
            found.body["answers"]["details"],
            format!("Journey {i}: bin by the gate")
        );
        // Every answer on the journey's route is in the database as it was typed.
        let expected = answers("missed-bin", i % 3);
        let given: civic_patterns::flow::Answers =
            serde_json::from_value(Value::Object(expected.clone())).unwrap();
        let route = flow.route(&given, civic::Locale::En, today());
        let asked: Vec<&str> = route
            .pages
            .iter()
            .flat_map(|id| {
                flow.page(id)
                    .unwrap()
                    .questions
                    .iter()
                    .map(|q| q.name.as_str())
            })
            .collect();
        assert!(asked.len() >= 8, "journey {i} asked {asked:?}");
        for name in asked {
            let kept = &found.body["answers"][name];
            match &expected[name] {
                // The form sends every box of an address; those not in the walk are blank.
                Value::Object(parts) => {
                    for (part, typed) in parts {
                        assert_eq!(&kept[part], typed, "journey {i}: {name}-{part}");
                    }
                }
                _ if name == "name" || name == "details" => {}
                value => assert_eq!(kept, value, "journey {i}: {name}"),
            }
        }
    }
    let mut all = latencies.lock().unwrap().clone();
    all.sort();
    let at = |q: f64| all[((all.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "load: {JOURNEYS} concurrent journeys, {} requests in {:.1} s ({:.0} requests/s); page latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms (one person alone: p50 {:.1} ms)",
        all.len(),
        elapsed.as_secs_f64(),
        all.len() as f64 / elapsed.as_secs_f64(),
        at(0.5).as_secs_f64() * 1000.0,
        at(0.99).as_secs_f64() * 1000.0,
        all.last().unwrap().as_secs_f64() * 1000.0,
        quiet.as_secs_f64() * 1000.0,
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_reloads_an_edited_definition_and_keeps_sessions() {
    let data = temp_db("watch");
    let definition = data.with_file_name("missed-bin.json");
    let original = std::fs::read_to_string(service("missed-bin")).unwrap();
    std::fs::write(&definition, &original).unwrap();
    let server = Running::start(Config {
        watch: true,
        today: Some(today()),
        ..Config::new(definition.clone(), data.clone())
    })
    .await;
    let person = Person::new(&server.base);
    let flow = load("missed-bin");
    let page = person.get("/address").await;
    let answers = answers("missed-bin", 0);
    let next = person
        .post(
            "/address",
            &fields(&flow, "address", &answers, &page.token()),
        )
        .await;
    assert_eq!(next.path, "/bins");
    // The title changes in the file: the next page shows it, and the answer is still there.
    let edited = original.replacen(
        "\"Report a missed bin collection\"",
        "\"Report a missed bin (edited)\"",
        1,
    );
    assert_ne!(edited, original);
    // A modified time the poll will see as new, even on a coarse-grained file system.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    std::fs::write(&definition, &edited).unwrap();
    let waited = Instant::now();
    loop {
        let page = person.get("/address").await;
        if page.html.contains("Report a missed bin (edited)") {
            assert_eq!(
                page.attribute("[name=address-line1]", "value").as_deref(),
                Some("12 Heol y Frenhines")
            );
            break;
        }
        assert!(waited.elapsed() < Duration::from_secs(10), "not reloaded");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A broken edit is reported and the last good definition keeps serving.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    std::fs::write(&definition, "{\"id\": \"missed-bin\", \"pages\": [").unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let page = person.get("/bins").await;
    assert_eq!(page.status, 200);
    assert!(page.html.contains("Report a missed bin (edited)"));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_session_ends_with_its_answers() {
    let data = temp_db("idle");
    let server = Running::start(Config {
        idle: Duration::from_secs(1),
        ..config("missed-bin", &data)
    })
    .await;
    let person = Person::new(&server.base);
    let flow = load("missed-bin");
    let page = person.get("/address").await;
    let token = page.token();
    let pairs = fields(&flow, "address", &answers("missed-bin", 0), &token);
    assert_eq!(person.post("/address", &pairs).await.path, "/bins");
    tokio::time::sleep(Duration::from_millis(2200)).await;
    // The old session's form is refused; a new session starts with nothing.
    assert_eq!(person.post("/bins", &pairs).await.status, 403);
    let fresh = person.get("/bins").await;
    assert_eq!(fresh.path, "/address");
    assert_eq!(
        fresh.attribute("[name=address-line1]", "value").as_deref(),
        Some("")
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_is_only_what_was_really_sent() {
    let data = temp_db("upload");
    let definition = root().join("patterns/tests/imports/xgov-report-a-terrorist.json");
    let server = Running::start(Config::new(definition, data.clone())).await;
    let person = Person::new(&server.base);
    for (path, field, answer) in [
        (
            "/do-you-have-a-link-to-the-evidence",
            "doyouhavealink",
            "no",
        ),
        ("/do-you-have-any-evidence", "LU6RMD", "yes"),
    ] {
        let page = person.get(path).await;
        let sent = person
            .post(
                path,
                &[
                    ("csrf-token".into(), page.token()),
                    (field.into(), answer.into()),
                ],
            )
            .await;
        assert_eq!(sent.errors(), Vec::<String>::new(), "{path}");
    }
    let page = person.get("/yes-i-have-evidence").await;
    assert_eq!(
        page.attribute("form[method=post]", "enctype").as_deref(),
        Some("multipart/form-data"),
        "{}: {}",
        page.path,
        page.html
    );
    let token = page.token();
    // Claimed in text fields, with no file: no file.
    let claimed = person
        .post(
            "/yes-i-have-evidence",
            &[
                ("csrf-token".into(), token.clone()),
                ("koE_ae-name".into(), "evidence.pdf".into()),
                ("koE_ae-size".into(), "10".into()),
                ("koE_ae-type".into(), "application/pdf".into()),
            ],
        )
        .await;
    assert_eq!(claimed.errors(), ["Select evidence File Upload"]);
    // A web page, with text fields claiming a PDF first: refused by its real name.
    let refused = person
        .upload(
            "/yes-i-have-evidence",
            &[
                ("csrf-token", &token),
                ("koE_ae-name", "evidence.pdf"),
                ("koE_ae-size", "10"),
            ],
            (
                "koE_ae",
                "evidence.html",
                "text/html",
                b"<script>alert(1)</script>",
            ),
        )
        .await;
    assert_eq!(refused.errors().len(), 1);
    assert!(
        refused.errors()[0].contains("PDF"),
        "{:?}",
        refused.errors()
    );
    let uploads = data.with_file_name("data-uploads");
    assert_eq!(
        std::fs::read_dir(&uploads).unwrap().count(),
        0,
        "nothing refused is kept"
    );
    // A field longer than any answer is refused, file page or not.
    let big = vec![
        ("csrf-token".to_owned(), token.clone()),
        ("x".to_owned(), "a".repeat(300_000)),
    ];
    assert_eq!(person.post("/yes-i-have-evidence", &big).await.status, 413);
    // A PDF is kept, under a random name, beside the database.
    let next = person
        .upload(
            "/yes-i-have-evidence",
            &[("csrf-token", &token)],
            ("koE_ae", "evidence.pdf", "application/pdf", b"%PDF-1.4"),
        )
        .await;
    assert_eq!(next.errors(), Vec::<String>::new());
    let kept: Vec<_> = std::fs::read_dir(&uploads).unwrap().collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read(kept[0].as_ref().unwrap().path()).unwrap(),
        b"%PDF-1.4"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_item_is_added_past_the_most_allowed() {
    let data = temp_db("items");
    let definition = data.with_file_name("household.json");
    std::fs::write(
        &definition,
        r#"{"id": "household", "pages": [
            {"id": "people", "repeat": {"max": 2, "item": "person"},
             "questions": [{"name": "person", "label": "the person's name", "type": "text"}],
             "then": "check"},
            {"id": "check", "end": "confirmation"}]}"#,
    )
    .unwrap();
    let server = Running::start(Config::new(definition, data.clone())).await;
    let person = Person::new(&server.base);
    let page = person.get("/people").await;
    assert_eq!(page.path, "/people?item=0");
    let token = page.token();
    for (item, name) in ["Ceri", "Sam", "Alex", "Bobby"].iter().enumerate() {
        let sent = person
            .post(
                &format!("/people?item={item}"),
                &[
                    ("csrf-token".into(), token.clone()),
                    ("person".into(), (*name).into()),
                ],
            )
            .await;
        assert_eq!(sent.path, "/people");
    }
    let list = person.get("/people").await;
    assert_eq!(list.select(".govuk-summary-list__value"), ["Ceri", "Sam"]);
    server.stop().await;
}
