//! Reading what the `civic` command is given: `--jsonl` lines one at a time, and whole
//! files, each within [`civic::limits::MAX_INPUT_BYTES`], with a leading UTF-8 byte-order
//! mark skipped and anything that is not UTF-8 refused with where it is.

use civic::limits::MAX_INPUT_BYTES;
use std::io::{self, BufRead, Read};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One line of `--jsonl` input.
pub enum Line {
    /// The line's text, without its line ending.
    Text(String),
    /// Longer than the limit: its bytes were read and dropped, never held.
    TooLong(usize),
    /// Not UTF-8: the byte offset of the first bad byte within the line.
    NotUtf8(usize),
}

/// Reads lines without ever holding more than the limit of one, so a 100 MB line costs no
/// more memory than an 8 MB one.
pub struct Lines<R> {
    reader: R,
    buffer: Vec<u8>,
    first: bool,
}

impl<R: BufRead> Lines<R> {
    /// Lines from `reader`.
    pub fn new(reader: R) -> Self {
        Lines {
            reader,
            buffer: Vec::new(),
            first: true,
        }
    }

    /// The next line, or `None` at the end of input.
    pub fn next_line(&mut self) -> io::Result<Option<Line>> {
        self.buffer.clear();
        let mut length = 0usize;
        let mut read_any = false;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(bytes) => bytes,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => return Err(error),
            };
            if available.is_empty() {
                if !read_any {
                    return Ok(None);
                }
                break;
            }
            read_any = true;
            let newline = available.iter().position(|&b| b == b'\n');
            let chunk = &available[..newline.unwrap_or(available.len())];
            length += chunk.len();
            if length <= MAX_INPUT_BYTES {
                self.buffer.extend_from_slice(chunk);
            }
            let used = chunk.len() + usize::from(newline.is_some());
            self.reader.consume(used);
            if newline.is_some() {
                break;
            }
        }
        let first = std::mem::replace(&mut self.first, false);
        if length > MAX_INPUT_BYTES {
            return Ok(Some(Line::TooLong(length)));
        }
        let mut bytes = self.buffer.as_slice();
        let mut skipped = 0;
        if first && let Some(rest) = bytes.strip_prefix(BOM) {
            bytes = rest;
            skipped = BOM.len();
        }
        if let Some(stripped) = bytes.strip_suffix(b"\r") {
            bytes = stripped;
        }
        Ok(Some(match std::str::from_utf8(bytes) {
            Ok(text) => Line::Text(text.to_owned()),
            // The offset counts from the start of the line as sent, mark included.
            Err(error) => Line::NotUtf8(skipped + error.valid_up_to()),
        }))
    }
}

/// Reads a whole input (a file, or stdin) as UTF-8 text within the limit, skipping a leading
/// byte-order mark. `what` names it in errors ("options.json", "stdin").
pub fn read_all(reader: impl Read, what: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| format!("cannot read {what}: {error}"))?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(format!(
            "{what} is longer than {MAX_INPUT_BYTES} bytes, Civic's limit for one input"
        ));
    }
    let bytes = bytes.strip_prefix(BOM).unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|error| {
        format!(
            "{what} is not UTF-8 (an invalid byte at offset {})",
            error.utf8_error().valid_up_to()
        )
    })
}

/// Reads a file with [`read_all`]'s rules.
pub fn read_file(path: &std::path::Path) -> Result<String, String> {
    let file = std::fs::File::open(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    read_all(file, &path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8]) -> Vec<String> {
        let mut reader = Lines::new(input);
        let mut out = Vec::new();
        while let Some(line) = reader.next_line().unwrap() {
            out.push(match line {
                Line::Text(text) => text,
                Line::TooLong(length) => format!("too long: {length}"),
                Line::NotUtf8(at) => format!("not UTF-8 at {at}"),
            });
        }
        out
    }

    #[test]
    fn splits_lines_and_skips_only_a_leading_byte_order_mark() {
        assert_eq!(
            lines(b"\xEF\xBB\xBFone\r\ntwo\n\n\xEF\xBB\xBFthree"),
            ["one", "two", "", "\u{feff}three"]
        );
        assert_eq!(lines(b""), Vec::<String>::new());
        assert_eq!(lines(b"a\n"), ["a"]);
    }

    #[test]
    fn refuses_bad_utf8_and_overlong_lines_and_goes_on() {
        let mut input = b"ok\nbad \xFF byte\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', MAX_INPUT_BYTES + 10));
        input.extend(b"\nafter");
        assert_eq!(
            lines(&input),
            [
                "ok".to_owned(),
                "not UTF-8 at 4".to_owned(),
                format!("too long: {}", MAX_INPUT_BYTES + 10),
                "after".to_owned()
            ]
        );
    }

    #[test]
    fn whole_inputs_skip_a_byte_order_mark_and_refuse_bad_utf8() {
        assert_eq!(read_all(&b"\xEF\xBB\xBF{}"[..], "stdin").unwrap(), "{}");
        assert_eq!(
            read_all(&b"{\"a\": \"\xC3\"}"[..], "stdin").unwrap_err(),
            "stdin is not UTF-8 (an invalid byte at offset 7)"
        );
        let big = vec![b' '; MAX_INPUT_BYTES + 1];
        assert!(read_all(&big[..], "big.json")
            .unwrap_err()
            .starts_with("big.json is longer than"));
    }
}
