//! Where a prototype keeps what people type: one SQLite file holding sessions (answers and
//! the form token; the cookie holds only the session's id), submissions, webhook deliveries
//! and uploads. Every change to a session is one transaction under one lock, so a
//! double-clicked "Submit" stores one submission, and a restart loses nothing committed.

use civic_patterns::flow::journey::{Sent, Submission};
use civic_patterns::flow::Answers;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;
use std::sync::Mutex;

/// The schema, one migration per version (`PRAGMA user_version` counts those applied). A
/// new version is appended, never edited, so an older prototype's file opens and upgrades.
const MIGRATIONS: &[&str] = &[
    // 1: sessions, submissions, webhook deliveries.
    "CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        token TEXT NOT NULL,
        answers TEXT NOT NULL DEFAULT '{}',
        sent TEXT,
        created INTEGER NOT NULL,
        touched INTEGER NOT NULL
    );
    CREATE INDEX sessions_touched ON sessions (touched);
    CREATE TABLE submissions (
        reference TEXT PRIMARY KEY,
        flow TEXT NOT NULL,
        submitted INTEGER NOT NULL,
        body TEXT NOT NULL
    );
    CREATE TABLE deliveries (
        reference TEXT PRIMARY KEY REFERENCES submissions (reference),
        url TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt INTEGER NOT NULL,
        delivered INTEGER,
        last_error TEXT
    );",
    // 2: uploaded files, kept outside any served path, listed with the session's answers;
    // the page last sent with problems, drawn with them after the redirect.
    "CREATE TABLE uploads (
        session TEXT NOT NULL,
        question TEXT NOT NULL,
        stored TEXT NOT NULL,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        type TEXT NOT NULL,
        PRIMARY KEY (session, question)
    );
    ALTER TABLE submissions ADD COLUMN uploads TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE sessions ADD COLUMN flash TEXT;",
];

/// A person's session.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// The random id in the cookie.
    pub id: String,
    /// The token every form must send back.
    pub token: String,
    /// What they have typed, right or wrong.
    pub answers: Answers,
    /// What they sent, if they did.
    pub sent: Option<Sent>,
    /// The page last sent with problems, to show them on after the redirect.
    pub flash: Option<Flash>,
}

/// A page sent with problems: its address, and the "add another?" error if that was the
/// problem (problems with answers are found again from the answers kept).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Flash {
    /// The page's address, where the person was sent back to.
    pub address: String,
    /// The error for an "add another?" left unanswered.
    pub list_error: Option<String>,
}

/// A file someone uploaded, as stored.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Upload {
    /// The question it answers.
    pub question: String,
    /// Its file name under the uploads folder.
    pub stored: String,
    /// Its name on the person's device.
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its type, as the browser gave it.
    #[serde(rename = "type")]
    pub kind: String,
}

/// A submission as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    /// The reference.
    pub reference: String,
    /// The flow's id.
    pub flow: String,
    /// When it was sent, in seconds since 1970.
    pub submitted: i64,
    /// The submission as JSON: reference, flow, rows, answers.
    pub body: serde_json::Value,
    /// The files uploaded with it.
    pub uploads: Vec<Upload>,
}

/// A webhook delivery due to be tried.
#[derive(Clone, Debug, PartialEq)]
pub struct Delivery {
    /// The submission's reference.
    pub reference: String,
    /// How many times it was tried.
    pub attempts: u32,
    /// The submission, as posted.
    pub body: String,
}

/// The database.
pub struct Store {
    connection: Mutex<Connection>,
}

/// Seconds since 1970, now.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Milliseconds since 1970, now: when a webhook delivery is next due.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// A random hex string of `bytes` bytes from the operating system.
pub fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0_u8; bytes];
    // Without the OS's randomness no session is safe to hand out: stop rather than guess.
    getrandom::fill(&mut buffer).expect("the operating system gives no random numbers");
    buffer.iter().map(|b| format!("{b:02x}")).collect()
}

fn fault(error: rusqlite::Error) -> String {
    format!("the database: {error}")
}

impl Store {
    /// Opens (creating it on first start) and upgrades the database at `path`.
    pub fn open(path: &Path) -> Result<Self, String> {
        let connection = Connection::open(path)
            .map_err(|e| format!("cannot open the database {}: {e}", path.display()))?;
        Self::prepare(connection)
    }

    /// A database in memory, for tests.
    pub fn in_memory() -> Result<Self, String> {
        Self::prepare(Connection::open_in_memory().map_err(fault)?)
    }

    fn prepare(mut connection: Connection) -> Result<Self, String> {
        // WAL lets readers (`civic submissions`) in while the server writes; a commit is
        // on disk before the request that made it is answered.
        connection
            .execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
                 PRAGMA busy_timeout = 5000;",
            )
            .map_err(fault)?;
        let version: usize = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(fault)?;
        if version > MIGRATIONS.len() {
            return Err(format!(
                "the database is from a newer Civic (schema version {version}; this one knows {})",
                MIGRATIONS.len()
            ));
        }
        for (index, migration) in MIGRATIONS.iter().enumerate().skip(version) {
            let transaction = connection.transaction().map_err(fault)?;
            transaction.execute_batch(migration).map_err(fault)?;
            transaction
                .execute_batch(&format!("PRAGMA user_version = {}", index + 1))
                .map_err(fault)?;
            transaction.commit().map_err(fault)?;
        }
        Ok(Self {
            connection: Mutex::new(connection),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite itself consistent (the transaction
        // rolls back), so the connection is still good to use.
        self.connection
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A new, empty session.
    pub fn create_session(&self) -> Result<Session, String> {
        let session = Session {
            id: random_hex(32),
            token: random_hex(32),
            answers: Answers::new(),
            sent: None,
            flash: None,
        };
        let time = now();
        self.lock()
            .execute(
                "INSERT INTO sessions (id, token, created, touched) VALUES (?1, ?2, ?3, ?3)",
                params![session.id, session.token, time],
            )
            .map_err(fault)?;
        Ok(session)
    }

    /// The session with this id, if it exists and was used within `idle` seconds; using it
    /// keeps it alive. An idle one is gone: [`Store::expire`] deletes it, answers and uploads
    /// with it.
    pub fn session(&self, id: &str, idle: i64) -> Result<Option<Session>, String> {
        let connection = self.lock();
        let time = now();
        let Some((session, touched)) = read_session(&connection, id)? else {
            return Ok(None);
        };
        if time - touched > idle {
            return Ok(None);
        }
        connection
            .execute(
                "UPDATE sessions SET touched = ?2 WHERE id = ?1",
                params![id, time],
            )
            .map_err(fault)?;
        Ok(Some(session))
    }

    /// Changes a session's answers and what it sent with `change`, in one transaction: no
    /// other request on the session can come between the reading and the writing.
    pub fn update<T>(
        &self,
        id: &str,
        change: impl FnOnce(&mut Session) -> T,
    ) -> Result<Option<T>, String> {
        self.update_keeping(id, |session| (change(session), Vec::new()))
            .map(|done| done.map(|(result, _)| result))
    }

    /// As [`Store::update`], recording the uploads `change` returns (files already written)
    /// in the same transaction as the answer they belong to. Returns the stored names of
    /// the files they replace, to delete.
    pub fn update_keeping<T>(
        &self,
        id: &str,
        change: impl FnOnce(&mut Session) -> (T, Vec<Upload>),
    ) -> Result<Option<(T, Vec<String>)>, String> {
        let mut connection = self.lock();
        let transaction = connection.transaction().map_err(fault)?;
        let Some((mut session, _)) = read_session(&transaction, id)? else {
            return Ok(None);
        };
        let (result, uploads) = change(&mut session);
        write_session(&transaction, &session)?;
        let mut replaced = Vec::new();
        for upload in &uploads {
            replaced.extend(set_upload(&transaction, id, upload)?);
        }
        transaction.commit().map_err(fault)?;
        Ok(Some((result, replaced)))
    }

    /// Sends a session's answers, exactly once: `make` builds the submission from the
    /// answers, unless the session has sent from `end` already (a second click, a retried
    /// request), when the first submission's reference is returned and nothing is stored.
    /// The submission, its uploads and its webhook delivery (when `webhook` is set) are
    /// stored with the session emptied, all in one transaction.
    pub fn send(
        &self,
        id: &str,
        end: &str,
        webhook: Option<&str>,
        make: impl Fn(&Answers) -> (Sent, Submission),
    ) -> Result<Option<String>, String> {
        let mut connection = self.lock();
        let transaction = connection.transaction().map_err(fault)?;
        let Some((mut session, _)) = read_session(&transaction, id)? else {
            return Ok(None);
        };
        if let Some(sent) = session.sent.as_ref().filter(|s| s.end == end) {
            return Ok(Some(sent.reference.clone()));
        }
        let uploads = uploads(&transaction, id)?;
        let time = now();
        // A reference is random: on the rare clash, draw another.
        let (sent, submission) = loop {
            let (sent, submission) = make(&session.answers);
            let taken: bool = transaction
                .query_row(
                    "SELECT EXISTS (SELECT 1 FROM submissions WHERE reference = ?1)",
                    [&sent.reference],
                    |row| row.get(0),
                )
                .map_err(fault)?;
            if !taken {
                break (sent, submission);
            }
        };
        let body = serde_json::to_string(&submission).map_err(|e| e.to_string())?;
        transaction
            .execute(
                "INSERT INTO submissions (reference, flow, submitted, body, uploads)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    submission.reference,
                    submission.flow,
                    time,
                    body,
                    serde_json::to_string(&uploads).map_err(|e| e.to_string())?
                ],
            )
            .map_err(fault)?;
        if let Some(url) = webhook {
            transaction
                .execute(
                    "INSERT INTO deliveries (reference, url, next_attempt) VALUES (?1, ?2, ?3)",
                    params![submission.reference, url, now_ms()],
                )
                .map_err(fault)?;
        }
        transaction
            .execute("DELETE FROM uploads WHERE session = ?1", [id])
            .map_err(fault)?;
        session.answers = Answers::new();
        session.sent = Some(sent.clone());
        session.flash = None;
        write_session(&transaction, &session)?;
        transaction.commit().map_err(fault)?;
        Ok(Some(sent.reference))
    }

    /// Deletes sessions idle for more than `idle` seconds, returning the stored names of
    /// their uploads (to delete).
    pub fn expire(&self, idle: i64) -> Result<Vec<String>, String> {
        let connection = self.lock();
        let cutoff = now() - idle;
        let mut statement = connection
            .prepare(
                "SELECT stored FROM uploads WHERE session IN
                 (SELECT id FROM sessions WHERE touched < ?1)",
            )
            .map_err(fault)?;
        let files = statement
            .query_map([cutoff], |row| row.get(0))
            .map_err(fault)?
            .collect::<Result<Vec<String>, _>>()
            .map_err(fault)?;
        connection
            .execute(
                "DELETE FROM uploads WHERE session IN (SELECT id FROM sessions WHERE touched < ?1)",
                [cutoff],
            )
            .map_err(fault)?;
        connection
            .execute("DELETE FROM sessions WHERE touched < ?1", [cutoff])
            .map_err(fault)?;
        Ok(files)
    }

    /// Every submission, oldest first.
    pub fn submissions(&self) -> Result<Vec<Stored>, String> {
        let connection = self.lock();
        let mut statement = connection
            .prepare(
                "SELECT reference, flow, submitted, body, uploads FROM submissions
                 ORDER BY submitted, rowid",
            )
            .map_err(fault)?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, i64>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, String>(4)?,
                ))
            })
            .map_err(fault)?;
        let mut found = Vec::new();
        for row in rows {
            let (reference, flow, submitted, body, uploads) = row.map_err(fault)?;
            found.push(Stored {
                body: serde_json::from_str(&body)
                    .map_err(|e| format!("submission {reference}: {e}"))?,
                uploads: serde_json::from_str(&uploads)
                    .map_err(|e| format!("submission {reference}: its uploads: {e}"))?,
                reference,
                flow,
                submitted,
            });
        }
        Ok(found)
    }

    /// Webhook deliveries due now, oldest first.
    pub fn due_deliveries(&self) -> Result<Vec<Delivery>, String> {
        let connection = self.lock();
        let mut statement = connection
            .prepare(
                "SELECT d.reference, d.attempts, s.body FROM deliveries d
                 JOIN submissions s ON s.reference = d.reference
                 WHERE d.delivered IS NULL AND d.next_attempt <= ?1
                 ORDER BY d.next_attempt LIMIT 50",
            )
            .map_err(fault)?;
        let rows = statement
            .query_map([now_ms()], |row| {
                Ok(Delivery {
                    reference: row.get(0)?,
                    attempts: row.get(1)?,
                    body: row.get(2)?,
                })
            })
            .map_err(fault)?;
        rows.collect::<Result<_, _>>().map_err(fault)
    }

    /// Records a delivery's outcome: delivered, or to be tried again after `retry`
    /// milliseconds.
    pub fn delivered(
        &self,
        reference: &str,
        outcome: Result<(), String>,
        retry: i64,
    ) -> Result<(), String> {
        let connection = self.lock();
        let time = now();
        match outcome {
            Ok(()) => connection.execute(
                "UPDATE deliveries SET delivered = ?2, attempts = attempts + 1, last_error = NULL
                 WHERE reference = ?1",
                params![reference, time],
            ),
            Err(error) => connection.execute(
                "UPDATE deliveries SET attempts = attempts + 1, next_attempt = ?2, last_error = ?3
                 WHERE reference = ?1",
                params![reference, now_ms() + retry, error],
            ),
        }
        .map_err(fault)?;
        Ok(())
    }

    /// How many deliveries are still waiting.
    pub fn undelivered(&self) -> Result<usize, String> {
        self.lock()
            .query_row(
                "SELECT COUNT(*) FROM deliveries WHERE delivered IS NULL",
                [],
                |row| row.get(0),
            )
            .map_err(fault)
    }
}

fn read_session(connection: &Connection, id: &str) -> Result<Option<(Session, i64)>, String> {
    let row = connection
        .query_row(
            "SELECT token, answers, sent, touched, flash FROM sessions WHERE id = ?1",
            [id],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, Option<String>>(2)?,
                    row.get::<_, i64>(3)?,
                    row.get::<_, Option<String>>(4)?,
                ))
            },
        )
        .optional()
        .map_err(fault)?;
    let Some((token, answers, sent, touched, flash)) = row else {
        return Ok(None);
    };
    let session = Session {
        id: id.to_owned(),
        token,
        answers: serde_json::from_str(&answers)
            .map_err(|e| format!("session {id}: its answers: {e}"))?,
        sent: sent
            .map(|s| serde_json::from_str(&s))
            .transpose()
            .map_err(|e| format!("session {id}: what it sent: {e}"))?,
        // A flash that does not read is only a lost error summary: the page is drawn without.
        flash: flash.and_then(|f| serde_json::from_str(&f).ok()),
    };
    Ok(Some((session, touched)))
}

fn write_session(connection: &Connection, session: &Session) -> Result<(), String> {
    let answers = serde_json::to_string(&session.answers).map_err(|e| e.to_string())?;
    let sent = session
        .sent
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| e.to_string())?;
    let flash = session
        .flash
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| e.to_string())?;
    connection
        .execute(
            "UPDATE sessions SET answers = ?2, sent = ?3, touched = ?4, flash = ?5 WHERE id = ?1",
            params![session.id, answers, sent, now(), flash],
        )
        .map_err(fault)?;
    Ok(())
}

/// Records an uploaded file as a session's answer to its question, returning the stored
/// name of the file it replaces.
fn set_upload(
    connection: &Connection,
    session: &str,
    upload: &Upload,
) -> Result<Option<String>, String> {
    let old: Option<String> = connection
        .query_row(
            "SELECT stored FROM uploads WHERE session = ?1 AND question = ?2",
            params![session, upload.question],
            |row| row.get(0),
        )
        .optional()
        .map_err(fault)?;
    connection
        .execute(
            "INSERT OR REPLACE INTO uploads (session, question, stored, name, size, type)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                session,
                upload.question,
                upload.stored,
                upload.name,
                upload.size as i64,
                upload.kind
            ],
        )
        .map_err(fault)?;
    Ok(old.filter(|old| *old != upload.stored))
}

fn uploads(connection: &Connection, session: &str) -> Result<Vec<Upload>, String> {
    let mut statement = connection
        .prepare(
            "SELECT question, stored, name, size, type FROM uploads WHERE session = ?1
             ORDER BY question",
        )
        .map_err(fault)?;
    let rows = statement
        .query_map([session], |row| {
            Ok(Upload {
                question: row.get(0)?,
                stored: row.get(1)?,
                name: row.get(2)?,
                size: row.get::<_, i64>(3)? as u64,
                kind: row.get(4)?,
            })
        })
        .map_err(fault)?;
    rows.collect::<Result<_, _>>().map_err(fault)
}

#[cfg(test)]
mod tests {
    use super::*;
    use civic_patterns::flow::journey::Submission;

    fn submission(reference: &str, answers: &Answers) -> (Sent, Submission) {
        (
            Sent {
                reference: reference.into(),
                end: "check-answers".into(),
            },
            Submission {
                flow: "test".into(),
                reference: reference.into(),
                rows: Vec::new(),
                answers: answers.clone(),
            },
        )
    }

    #[test]
    fn a_session_sends_once_however_often_it_is_asked() {
        let store = Store::in_memory().unwrap();
        let session = store.create_session().unwrap();
        store
            .update(&session.id, |s| {
                s.answers.insert("name".into(), "Ceri".into());
            })
            .unwrap();
        let first = store
            .send(&session.id, "check-answers", None, |a| submission("T-1", a))
            .unwrap();
        let again = store
            .send(&session.id, "check-answers", None, |a| submission("T-2", a))
            .unwrap();
        assert_eq!(first.as_deref(), Some("T-1"));
        assert_eq!(again.as_deref(), Some("T-1"));
        let stored = store.submissions().unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].body["answers"]["name"], "Ceri");
        // The session keeps no answers once they are sent.
        let after = store.session(&session.id, 60).unwrap().unwrap();
        assert!(after.answers.is_empty());
    }

    #[test]
    fn idle_sessions_go_with_their_answers() {
        let store = Store::in_memory().unwrap();
        let session = store.create_session().unwrap();
        assert!(store.session(&session.id, 60).unwrap().is_some());
        store
            .lock()
            .execute("UPDATE sessions SET touched = touched - 120", [])
            .unwrap();
        assert_eq!(store.session(&session.id, 60).unwrap(), None);
        assert_eq!(store.session("no-such-session", 60).unwrap(), None);
        // The minute's sweep deletes it, with its uploads' rows, and names their files.
        store
            .update_keeping(&session.id, |_| {
                let upload = Upload {
                    question: "evidence".into(),
                    stored: "f1".into(),
                    name: "a.pdf".into(),
                    size: 3,
                    kind: "application/pdf".into(),
                };
                ((), vec![upload])
            })
            .unwrap();
        store
            .lock()
            .execute("UPDATE sessions SET touched = touched - 120", [])
            .unwrap();
        assert_eq!(store.expire(60).unwrap(), ["f1"]);
        assert_eq!(store.expire(60).unwrap(), Vec::<String>::new());
    }

    #[test]
    fn a_newer_schema_is_refused_not_damaged() {
        let path = std::env::temp_dir().join(format!("civic-store-{}.db", random_hex(6)));
        Store::open(&path).unwrap();
        Connection::open(&path)
            .unwrap()
            .execute_batch("PRAGMA user_version = 99")
            .unwrap();
        let refused = Store::open(&path).err().unwrap();
        assert!(refused.contains("newer Civic"), "{refused}");
        let _ = std::fs::remove_file(&path);
    }
}
