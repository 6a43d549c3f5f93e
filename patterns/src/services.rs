//! Two council services written as flow definitions, to run, to copy and to test Civic by:
//! the JSON files in `patterns/services/`, shipped here so that an app, the showcase and the
//! tests load the same definitions.
//!
//! ```
//! let flow = civic_patterns::services::blue_badge();
//! assert_eq!(flow.pages[0].id, "who");
//! ```

use crate::flow::Flow;

/// Apply for a Blue Badge (England's eligibility rules; see `patterns/services/SOURCES.md`).
pub const BLUE_BADGE_JSON: &str = include_str!("../services/blue-badge.json");

/// Report a missed bin collection.
pub const MISSED_BIN_JSON: &str = include_str!("../services/missed-bin.json");

/// The Blue Badge flow, read and checked.
pub fn blue_badge() -> Flow {
    load(BLUE_BADGE_JSON)
}

/// The missed bin flow, read and checked.
pub fn missed_bin() -> Flow {
    load(MISSED_BIN_JSON)
}

/// Every shipped service by its name (`missed-bin`), for an app or a site that lists them.
pub const NAMES: &[&str] = &["blue-badge", "missed-bin"];

/// The shipped service called `name` (one of [`NAMES`]), read and checked.
///
/// ```
/// let flow = civic_patterns::services::by_name("missed-bin").unwrap();
/// assert_eq!(flow.id, civic_patterns::services::missed_bin().id);
/// assert!(civic_patterns::services::by_name("parking").is_none());
/// ```
pub fn by_name(name: &str) -> Option<Flow> {
    definition(name).map(load)
}

/// The definition of the shipped service called `name`, as JSON: what `civic prototype` and
/// `civic flow` take.
///
/// ```
/// let json = civic_patterns::services::definition("blue-badge").unwrap();
/// assert_eq!(json, civic_patterns::services::BLUE_BADGE_JSON);
/// ```
pub fn definition(name: &str) -> Option<&'static str> {
    match name {
        "blue-badge" => Some(BLUE_BADGE_JSON),
        "missed-bin" => Some(MISSED_BIN_JSON),
        _ => None,
    }
}

/// Reads a definition shipped in the crate; the tests prove each one sound, so a failure
/// here is a build of a broken file and says which problem.
fn load(json: &str) -> Flow {
    match Flow::from_json(json) {
        Ok(flow) => flow,
        Err(problems) => panic!("a shipped service definition is broken: {problems:?}"),
    }
}
