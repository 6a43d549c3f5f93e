//! Limits on what Civic reads, so that no input can take unbounded time or memory.
//!
//! Past a limit the input is refused with an error that names the limit; nothing is cut
//! short silently. Rendering time grows linearly with everything under these limits (the
//! number of attributes, items and the length of text), which `tests/tests/scale.rs` measures.
//! See issue #8 for the inputs that made them necessary.

/// The most attributes one `attributes` object (or one plural map of translated messages)
/// may hold. Browsers accept more, but no real element needs a tenth of this.
pub const MAX_ATTRIBUTES: usize = 10_000;

/// The longest input the `civic` command reads as one unit: one `--jsonl` line, one options
/// file, or the options on stdin, in bytes (8 MiB). A whole page of components is far less.
pub const MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// How deeply JSON may nest (objects and lists inside each other). This is serde_json's own
/// limit, which the `civic` command relies on (stated here so that it is documented; a line
/// past it is answered with serde_json's "recursion limit exceeded"). govuk-frontend's
/// deepest options nest about six levels.
pub const MAX_NESTING: usize = 128;
