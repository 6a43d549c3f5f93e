//! # Civic patterns
//!
//! Patterns built from Civic's components: question pages, validation, check answers,
//! confirmation, dates, addresses, names, contact details, task list pages, and the flows a
//! prototyper assembles from them (issue #11).
//!
//! So far: [`questions`], the rules each kind of question checks its answer by, with no DOM
//! and no server, for the Leptos components, the enhancer and a server to share.

#![deny(missing_docs)]

pub mod flow;
pub mod pages;
pub mod questions;
pub mod runtime;
pub mod services;
pub mod step_by_step;
