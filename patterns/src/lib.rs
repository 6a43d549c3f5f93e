//! # Civic patterns
//!
//! Patterns built from Civic's components — question pages, validation, check answers,
//! confirmation, dates, addresses, names, contact details, task list pages — and the flows a
//! prototyper assembles from them. They arrive with their own issue; this crate holds their
//! place in the workspace.
