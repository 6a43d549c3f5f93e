//! Renders Civic's Leptos components on the server for the behaviour parity test's hydration
//! side: each line of standard input is `{"component": …, "options": …}`, and each line of
//! standard output the HTML (as a JSON string) that `hydrate` then takes over in the browser.

use leptos::prelude::*;
use std::io::{BufRead, Write};

fn main() {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let line = line.unwrap_or_default();
        let html = serde_json::from_str::<serde_json::Value>(&line)
            .map_err(|e| e.to_string())
            .and_then(|fixture| {
                let component = fixture["component"].as_str().unwrap_or_default().to_owned();
                let owner = Owner::new();
                owner.with(|| {
                    civic_leptos_host::view_of(&component, fixture["options"].clone())
                        .map(|view| view.to_html())
                })
            })
            .unwrap_or_else(|error| format!("<p>civic-leptos-host: {error}</p>"));
        let _ = writeln!(out, "{}", serde_json::Value::String(html));
    }
}
