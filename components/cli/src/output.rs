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

/// Whether stdout was closed when the process started. Rust's runtime puts `/dev/null`, opened
/// read-write, in place of a closed standard descriptor, so output would vanish without an
/// error; a shell's `> /dev/null` opens it write-only, which stays allowed.
#[cfg(unix)]
fn was_closed() -> bool {
    // SAFETY: fstat, stat and fcntl only read into the zeroed structs given to them.
    unsafe {
        let mut out: libc::stat = std::mem::zeroed();
        let mut null: libc::stat = std::mem::zeroed();
        if libc::fstat(libc::STDOUT_FILENO, &mut out) != 0 {
            return true;
        }
        if libc::stat(c"/dev/null".as_ptr(), &mut null) != 0 {
            return false;
        }
        let is_null = (out.st_mode & libc::S_IFMT) == libc::S_IFCHR && out.st_rdev == null.st_rdev;
        let flags = libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFL);
        is_null && flags >= 0 && (flags & libc::O_ACCMODE) == libc::O_RDWR
    }
}

#[cfg(not(unix))]
fn was_closed() -> bool {
    false
}
