//! Reading what people really type: spaces and hyphens in postcodes, sort codes and phone
//! numbers, lower case, pound signs and commas in amounts.

/// The characters of `text` without spaces, hyphens and dots-as-separators.
pub(crate) fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '–' | '—'))
        .collect()
}

/// A UK postcode in its standard form (`SW1A 2AA`), or `None` when it cannot be one.
///
/// The shape is the one Royal Mail's postcode address file uses: an outward code of an area
/// (1–2 letters) and a district (a digit, then a digit or letter), then an inward code of a
/// digit and two letters (not C, I, K, M, O or V). `GIR 0AA` is also valid.
pub(crate) fn postcode(text: &str) -> Option<String> {
    let code = compact(text).to_ascii_uppercase();
    if code == "GIR0AA" {
        return Some("GIR 0AA".into());
    }
    if !(5..=7).contains(&code.len()) || !code.is_ascii() {
        return None;
    }
    let (outward, inward) = code.split_at(code.len() - 3);
    let inward_ok = {
        let b = inward.as_bytes();
        b[0].is_ascii_digit()
            && b[1..]
                .iter()
                .all(|c| c.is_ascii_uppercase() && !b"CIKMOV".contains(c))
    };
    let o = outward.as_bytes();
    let outward_ok = match o.len() {
        // A9, A99, AA9, AA99, A9A, AA9A
        2 => o[0].is_ascii_uppercase() && o[1].is_ascii_digit(),
        3 => {
            o[0].is_ascii_uppercase()
                && ((o[1].is_ascii_digit() && o[2].is_ascii_alphanumeric())
                    || (o[1].is_ascii_uppercase() && o[2].is_ascii_digit()))
        }
        4 => {
            o[0].is_ascii_uppercase()
                && o[1].is_ascii_uppercase()
                && o[2].is_ascii_digit()
                && o[3].is_ascii_alphanumeric()
        }
        _ => false,
    };
    (inward_ok && outward_ok).then(|| format!("{outward} {inward}"))
}

/// A UK telephone number as digits with a leading `+44` or `0` kept as written, or `None`.
/// Accepts `07700 900 982`, `07700-900-982`, `(01632) 960 001`, `+44 7700 900982` and
/// `0044 7700 900982`; a UK number has 10 digits after the 0 or +44 (9 for a few old areas).
pub(crate) fn phone(text: &str) -> Option<String> {
    let digits_and_plus: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '(' | ')' | '.'))
        .collect();
    let national = if let Some(rest) = digits_and_plus.strip_prefix("+44") {
        rest.strip_prefix('0').unwrap_or(rest).to_owned()
    } else if let Some(rest) = digits_and_plus.strip_prefix("0044") {
        rest.to_owned()
    } else {
        digits_and_plus.strip_prefix('0')?.to_owned()
    };
    (national.chars().all(|c| c.is_ascii_digit()) && (9..=10).contains(&national.len()))
        .then(|| format!("0{national}"))
}

/// A National Insurance number in its standard form (`QQ 12 34 56 C`), or `None`.
///
/// HMRC's rules: two prefix letters (neither D, F, I, Q, U or V; the second not O; not BG,
/// GB, KN, NK, NT, TN or ZZ), six digits, and a suffix of A, B, C or D. `QQ` is the prefix
/// GOV.UK uses in examples, so it is accepted for them to be typed.
pub(crate) fn national_insurance(text: &str) -> Option<String> {
    let code = compact(text).to_ascii_uppercase();
    let b = code.as_bytes();
    if b.len() != 9 || !code.is_ascii() {
        return None;
    }
    let (first, second) = (b[0], b[1]);
    let letter = |c: u8| c.is_ascii_uppercase();
    let allowed_first = letter(first) && !b"DFIQUV".contains(&first);
    let allowed_second = letter(second) && !b"DFIQUVO".contains(&second);
    let prefix = &code[..2];
    let example = prefix == "QQ";
    let banned = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].contains(&prefix);
    let digits = b[2..8].iter().all(u8::is_ascii_digit);
    let suffix = b"ABCD".contains(&b[8]);
    ((example || (allowed_first && allowed_second && !banned)) && digits && suffix).then(|| {
        format!(
            "{} {} {} {} {}",
            &code[..2],
            &code[2..4],
            &code[4..6],
            &code[6..8],
            &code[8..]
        )
    })
}

/// An amount as a whole number of pennies, from what people type (`£1,250.50`, `1250`,
/// `1,250.5`), or `None` when it is not an amount of money.
pub(crate) fn pennies(text: &str) -> Option<i64> {
    let cleaned: String = text
        .trim()
        .trim_start_matches('£')
        .chars()
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    let (pounds, pence) = match cleaned.split_once('.') {
        Some((pounds, pence)) => (pounds, pence),
        None => (cleaned.as_str(), ""),
    };
    if pounds.is_empty() && pence.is_empty() {
        return None;
    }
    if !pounds.chars().all(|c| c.is_ascii_digit()) || pence.len() > 2 {
        return None;
    }
    if !pence.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let pounds: i64 = if pounds.is_empty() {
        0
    } else {
        pounds.parse().ok()?
    };
    let pence: i64 = match pence.len() {
        0 => 0,
        1 => pence.parse::<i64>().ok()? * 10,
        _ => pence.parse().ok()?,
    };
    pounds.checked_mul(100)?.checked_add(pence)
}

/// A number people type (`1,250`, `-3`, `2.5`), or `None`.
pub(crate) fn number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    let valid = !cleaned.is_empty()
        && cleaned
            .trim_start_matches('-')
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.')
        && cleaned.matches('.').count() <= 1
        && cleaned
            .trim_start_matches('-')
            .chars()
            .any(|c| c.is_ascii_digit());
    // Hundreds of digits parse as infinity: not a number anyone means.
    valid
        .then(|| cleaned.parse::<f64>().ok())
        .flatten()
        .filter(|n| n.is_finite())
}
