//! The question patterns' error messages: the sentences are Civic's strings (the `questions`
//! table of `civic::messages()`, so that `civic messages` lists them and a council's locale
//! file translates them); this module fills in the question's label and arguments, and writes
//! Welsh grammar's changes around the label.

use civic::Locale;

/// The message `key` in `locale` (English where the locale lacks it), with the question's
/// label and `args` put in.
pub(crate) fn say(locale: Locale, key: &str, label: &str, args: &[(&str, &str)]) -> String {
    let template = match civic::strings::QUESTIONS.text(locale, key) {
        "" => key,
        text => text,
    };
    // Welsh puts every label after "i" or after a command ("Nodwch", "Dewiswch"), and a
    // noun there takes the soft mutation: "Rhaid i ddyddiad…", "Nodwch god post…".
    let inside = if locale == Locale::Cy {
        soft_mutation(label)
    } else {
        label.to_owned()
    };
    let mut message = template
        .replace("%{Label}", &capitalise(label))
        .replace("%{label}", &inside);
    for (name, value) in args {
        message = message.replace(&format!("%{{{name}}}"), value);
    }
    if locale == Locale::Cy {
        // "i" before "eich" or "ein" contracts, as Welsh writes it: "Rhaid i’ch dyddiad geni".
        message = message
            .replace(" i eich ", " i’ch ")
            .replace(" i ein ", " i’n ");
    }
    message
}

/// The label as a sentence starts it: "your date of birth" → "Your date of birth".
fn capitalise(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => civic::uppercase(first.encode_utf8(&mut [0; 4])) + chars.as_str(),
        None => String::new(),
    }
}

/// A Welsh word's soft mutation (treiglad meddal): p→b, t→d, c→g, b→f, d→dd, g dropped,
/// m→f, ll→l, rh→r. Words that are already mutated or never mutate ("beth", "eich") are
/// left alone.
fn soft_mutation(label: &str) -> String {
    const UNCHANGED: [&str; 4] = ["beth", "eich", "ein", "eu"];
    let first_word = label.split_whitespace().next().unwrap_or_default();
    if UNCHANGED.contains(&civic::lowercase(first_word).as_str()) {
        return label.to_owned();
    }
    let lower = civic::lowercase(label);
    let upper = label.chars().next().is_some_and(char::is_uppercase);
    let (from, to) = match () {
        _ if lower.starts_with("ll") => (2, "l"),
        _ if lower.starts_with("rh") => (2, "r"),
        _ if lower.starts_with("ch") || lower.starts_with("th") || lower.starts_with("ph") => {
            return label.to_owned()
        }
        _ if lower.starts_with('p') => (1, "b"),
        _ if lower.starts_with('t') => (1, "d"),
        _ if lower.starts_with('c') => (1, "g"),
        _ if lower.starts_with('b') => (1, "f"),
        _ if lower.starts_with("dd") => return label.to_owned(),
        _ if lower.starts_with('d') => (1, "dd"),
        _ if lower.starts_with('g') => (1, ""),
        _ if lower.starts_with('m') => (1, "f"),
        _ => return label.to_owned(),
    };
    let rest: String = label.chars().skip(from).collect();
    let mutated = format!("{to}{rest}");
    if upper {
        capitalise(&mutated)
    } else {
        mutated
    }
}
