//! # `civic prototype`
//!
//! Any flow definition (Civic JSON, XGovFormBuilder, GOV.UK Forms) served as a real service
//! (issue #12): every page rendered on the server with Civic's page template and components,
//! each a form posted without JavaScript and answered with a redirect (post/redirect/get), so
//! refresh and back never send twice. Which page an address shows and where a sent page
//! leads is [`civic_patterns::flow::journey`]'s, as in the Leptos runtime; validation is the
//! question patterns'. Answers and submissions live in SQLite ([`store`]), so a restart loses
//! nothing; the cookie holds only a random session id.
//!
//! ```no_run
//! # async fn run() -> Result<(), String> {
//! use civic_prototype::{Config, Server};
//! let config = Config::new("patterns/services/missed-bin.json".into(), "missed-bin.db".into());
//! let server = Server::start(config).await?;
//! println!("serving at {}", server.address());
//! server.run_until_stopped().await
//! # }
//! ```

#![deny(missing_docs)]

mod document;
mod export;
mod http;
pub mod store;
mod webhook;

pub use export::{export, Format};

use civic::Locale;
use civic_patterns::flow::import::Format as DefinitionFormat;
use civic_patterns::flow::Flow;
use civic_patterns::questions::date::Date;
use civic_patterns::questions::QuestionKind;
use civic_styles::Theme;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

/// How a prototype is served.
#[derive(Clone, Debug)]
pub struct Config {
    /// The flow definition's file.
    pub flow: PathBuf,
    /// The port on 127.0.0.1; 0 takes any free one.
    pub port: u16,
    /// The SQLite database, created on first start.
    pub data: PathBuf,
    /// The council's theme: its colours, its name in the header.
    pub theme: Theme,
    /// The language of the service.
    pub locale: Locale,
    /// Reload the definition when its file changes.
    pub watch: bool,
    /// The folder holding the enhancer (`civic.js`, `civic_bg.wasm`), if it is built.
    pub assets: Option<PathBuf>,
    /// Where each submission is posted as JSON.
    pub webhook: Option<String>,
    /// The wait before a failed delivery is tried again, doubling with each failure up to
    /// an hour.
    pub webhook_retry: Duration,
    /// How long a session may be idle before it and its answers are deleted.
    pub idle: Duration,
    /// The date "today" means; the server's own by default (tests fix it).
    pub today: Option<Date>,
}

impl Config {
    /// Serves `flow`, keeping answers in `data`: English, Civic's theme, any free port, a
    /// one-hour idle limit, no enhancer, no webhook.
    pub fn new(flow: PathBuf, data: PathBuf) -> Self {
        Self {
            flow,
            port: 0,
            data,
            theme: Theme::civic(),
            locale: Locale::En,
            watch: false,
            assets: None,
            webhook: None,
            webhook_retry: Duration::from_secs(5),
            idle: Duration::from_secs(60 * 60),
            today: None,
        }
    }
}

/// Reads and checks a flow definition (Civic's own, an XGovFormBuilder form definition or a
/// GOV.UK Forms form document, told apart by shape); its problems are named with the file's
/// path and each problem's JSON path.
pub fn load_flow(path: &Path) -> Result<(Flow, DefinitionFormat), String> {
    let bytes =
        std::fs::read(path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    let text =
        String::from_utf8(bytes).map_err(|_| format!("{} is not UTF-8 text", path.display()))?;
    civic_patterns::flow::import::load(&text).map_err(|problems| {
        let count = problems.len();
        let format = serde_json::from_str(&text)
            .map(|json| DefinitionFormat::detect(&json).name())
            .unwrap_or("flow definition");
        format!(
            "{}: the {format} has {count} problem{}:\n{}",
            path.display(),
            if count == 1 { "" } else { "s" },
            problems
                .iter()
                .map(|p| format!("  {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

/// The file types a file question takes when its definition names none (XGovFormBuilder's
/// file fields often don't): documents, spreadsheets and images, never a page or a script
/// that a browser would run if the file were opened from the council's systems.
pub const UPLOAD_TYPES: [&str; 13] = [
    "pdf", "jpg", "jpeg", "png", "doc", "docx", "odt", "rtf", "txt", "csv", "xls", "xlsx", "ods",
];

/// The flow as served: every file question limited in type ([`UPLOAD_TYPES`] unless it
/// names its own) and in size (at most the server's upload limit), so that the question
/// patterns refuse other files with their own messages. A file question on an "add another"
/// page is refused: the server keeps one file per question, and would lose the others.
fn servable(mut flow: Flow) -> Result<Flow, String> {
    for (index, page) in flow.pages.iter().enumerate() {
        let files = page
            .questions
            .iter()
            .any(|q| matches!(q.kind, QuestionKind::File { .. }));
        if files && page.repeat.is_some() {
            return Err(format!(
                "pages[{index}] (\"{}\"): civic prototype cannot yet take files on an \"add another\" page; ask for them on a page of their own",
                page.id
            ));
        }
    }
    for question in flow.pages.iter_mut().flat_map(|p| p.questions.iter_mut()) {
        if let QuestionKind::File { types, max_bytes } = &mut question.kind {
            if types.is_empty() {
                *types = UPLOAD_TYPES.iter().map(|t| (*t).to_owned()).collect();
            }
            let limit = http::UPLOAD_LIMIT as u64;
            *max_bytes = Some(max_bytes.map_or(limit, |m| m.min(limit)));
        }
    }
    Ok(flow)
}

/// The enhancer, read once at start.
struct Enhancer {
    script: Vec<u8>,
    wasm: Vec<u8>,
}

/// What every request shares.
pub(crate) struct App {
    flow: RwLock<Arc<Flow>>,
    store: store::Store,
    css: String,
    enhancer: Option<Enhancer>,
    theme: Theme,
    locale: Locale,
    idle: i64,
    today: Option<Date>,
    webhook: Option<String>,
    webhook_retry: Duration,
    uploads: PathBuf,
    wake_webhook: tokio::sync::Notify,
}

impl App {
    fn flow(&self) -> Arc<Flow> {
        self.flow
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    fn today(&self) -> Date {
        self.today.unwrap_or_else(Date::today)
    }
}

/// A prototype server, listening.
pub struct Server {
    listener: tokio::net::TcpListener,
    address: SocketAddr,
    app: Arc<App>,
    config: Config,
}

impl Server {
    /// Loads the flow, opens the database (creating and upgrading it), reads the enhancer
    /// and binds 127.0.0.1.
    pub async fn start(config: Config) -> Result<Self, String> {
        let flow = servable(load_flow(&config.flow)?.0)?;
        if let Some(url) = &config.webhook
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            return Err(format!(
                "--webhook {url}: give an http:// or https:// address"
            ));
        }
        let store = store::Store::open(&config.data)?;
        let uploads = uploads_folder(&config.data);
        std::fs::create_dir_all(&uploads)
            .map_err(|e| format!("cannot make {}: {e}", uploads.display()))?;
        let enhancer = match &config.assets {
            Some(folder) => {
                let read = |name: &str| {
                    std::fs::read(folder.join(name)).map_err(|e| {
                        format!(
                            "the enhancer: cannot read {}: {e} (build it with `cargo xtask dist`)",
                            folder.join(name).display()
                        )
                    })
                };
                Some(Enhancer {
                    script: read("civic.js")?,
                    wasm: read("civic_bg.wasm")?,
                })
            }
            None => None,
        };
        let mut css = civic_styles::sheet::css(&config.theme);
        css.push_str(&civic_styles::sheet::to_css(
            &civic_styles::sheet::patterns_stylesheet(&config.theme),
        ));
        let app = Arc::new(App {
            flow: RwLock::new(Arc::new(flow)),
            store,
            css,
            enhancer,
            theme: config.theme.clone(),
            locale: config.locale,
            idle: config.idle.as_secs() as i64,
            today: config.today,
            webhook: config.webhook.clone(),
            webhook_retry: config.webhook_retry,
            uploads,
            wake_webhook: tokio::sync::Notify::new(),
        });
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", config.port))
            .await
            .map_err(|e| format!("cannot listen on 127.0.0.1:{}: {e}", config.port))?;
        let address = listener.local_addr().map_err(|e| e.to_string())?;
        Ok(Self {
            listener,
            address,
            app,
            config,
        })
    }

    /// Where it listens.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Serves until Ctrl-C or SIGTERM, then finishes the requests under way and returns.
    pub async fn run_until_stopped(self) -> Result<(), String> {
        self.run(stopped()).await
    }

    /// Serves until `stop` completes.
    pub async fn run(
        self,
        stop: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<(), String> {
        let Server {
            listener,
            app,
            config,
            ..
        } = self;
        let mut background = Vec::new();
        if config.watch {
            background.push(tokio::spawn(watch(app.clone(), config.flow.clone())));
        }
        background.push(tokio::spawn(expire(app.clone())));
        if app.webhook.is_some() {
            background.push(tokio::spawn(webhook::deliver(app.clone())));
        }
        let result = axum::serve(listener, http::router(app))
            .with_graceful_shutdown(stop)
            .await
            .map_err(|e| format!("the server stopped: {e}"));
        for task in background {
            task.abort();
        }
        result
    }
}

/// Uploaded files live beside the database, never under a served path.
fn uploads_folder(data: &Path) -> PathBuf {
    let stem = data
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "civic".into());
    data.with_file_name(format!("{stem}-uploads"))
}

/// Completes on Ctrl-C, or on SIGTERM where there is one.
async fn stopped() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}

/// Reloads the definition when its file changes; a definition with problems is reported and
/// the last good one kept. Sessions are in the database, so nobody loses their answers.
/// Polling the file's modified time (twice a second) also sees editors that save by writing
/// a new file and renaming it over the old, which a watch on the old file would miss.
async fn watch(app: Arc<App>, path: PathBuf) {
    let modified =
        |path: &Path| -> Option<SystemTime> { std::fs::metadata(path).ok()?.modified().ok() };
    let mut last = modified(&path);
    let mut tick = tokio::time::interval(Duration::from_millis(500));
    loop {
        tick.tick().await;
        let now = modified(&path);
        if now == last {
            continue;
        }
        last = now;
        match load_flow(&path).and_then(|(flow, _)| servable(flow)) {
            Ok(flow) => {
                let pages = flow.pages.len();
                *app.flow
                    .write()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(flow);
                eprintln!(
                    "civic prototype: reloaded {} ({pages} pages)",
                    path.display()
                );
            }
            Err(problems) => {
                eprintln!("civic prototype: kept the last good definition; {problems}");
            }
        }
    }
}

/// Deletes idle sessions, and their uploads, every minute.
async fn expire(app: Arc<App>) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        match app.store.expire(app.idle) {
            Ok(files) => {
                for file in files {
                    let _ = std::fs::remove_file(app.uploads.join(file));
                }
            }
            Err(error) => eprintln!("civic prototype: {error}"),
        }
    }
}
