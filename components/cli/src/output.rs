//! Writing to stdout so that no output is lost silently: a write that fails (a closed pipe,
//! a full disk) is an error, and so is a stdout that was closed before `civic` started.

use std::io::{self, Write};

/// Stdout, checked to be open: every write and the final flush report their errors.
pub struct Stdout(io::BufWriter<io::StdoutLock<'static>>);

impl Stdout {
    /// Stdout, or an error when it was closed before `civic` started (`civic … >&-`).
    pub fn open() -> Result<Self, String> {
        if was_closed() {
            return Err("stdout is closed; nothing can be written (give it a file or a pipe, or use --output where there is one)".into());
        }
        Ok(Stdout(io::BufWriter::new(io::stdout().lock())))
    }

    /// Writes `text` and a newline, and sends them on at once (a program that waits for each
    /// `--jsonl` answer gets it before it writes the next line).
    pub fn line(&mut self, text: &str) -> Result<(), String> {
        self.write(text.as_bytes())?;
        self.write(b"\n")?;
        self.0.flush().map_err(failed)
    }

    /// Writes `bytes`, and [`Stdout::finish`] sends them on.
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), String> {
        self.0.write_all(bytes).map_err(failed)
    }

    /// Sends on whatever is buffered.
    pub fn finish(mut self) -> Result<(), String> {
        self.0.flush().map_err(failed)
    }
}

fn failed(error: io::Error) -> String {
    format!("cannot write to stdout: {error}")
}

/// Whether stdout was closed when the process started (`civic … >&-`). Rust's runtime puts
/// `/dev/null` in place of a closed standard descriptor before `main`, so output would vanish
/// without an error; a constructor that runs before the runtime notes whether descriptor 1 was
/// open. (Sending stdout to `/dev/null` on purpose, by the shell or `subprocess.DEVNULL`,
/// stays allowed.) Linux only: elsewhere a closed stdout is not detected.
fn was_closed() -> bool {
    #[cfg(target_os = "linux")]
    {
        closed_at_start::STDOUT_CLOSED.load(std::sync::atomic::Ordering::Relaxed)
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}

#[cfg(target_os = "linux")]
mod closed_at_start {
    use std::sync::atomic::{AtomicBool, Ordering};

    pub static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

    extern "C" fn record() {
        // SAFETY: fcntl(F_GETFD) only asks whether descriptor 1 is open; it changes nothing.
        if unsafe { libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFD) } == -1 {
            STDOUT_CLOSED.store(true, Ordering::Relaxed);
        }
    }

    /// Runs `record` as the program is loaded, before Rust's runtime reopens closed
    /// descriptors.
    // SAFETY: `.init_array` holds plain `extern "C" fn()` pointers run once at load, which
    // is what `RECORD` is; `record` touches only an atomic and a read-only fcntl.
    #[used]
    #[unsafe(link_section = ".init_array")]
    static RECORD: extern "C" fn() = record;
}
