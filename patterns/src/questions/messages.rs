//! The question patterns' error messages, in the GOV.UK Design System's style: say what is
//! wrong and how to put it right, naming the question (`%{label}` inside a sentence,
//! `%{Label}` starting one). English follows the Design System's documented messages for
//! each component and pattern (or, where a Welsh pair exists, the English of that pair); the
//! Welsh comes from public services' own Welsh, each string's source in `CY_SOURCES`.

use civic::Locale;

/// English, by key.
pub(crate) const EN: &[(&str, &str)] = &[
    ("enter", "Enter %{label}"),
    ("selectOne", "Select %{label}"),
    ("selectNoneAlone", "Select %{label}, or select ‘none’ on its own"),
    ("tooLong", "%{Label} must be %{max} characters or less"),
    ("postcode", "Enter a real UK postcode, like SW1A 2AA"),
    ("email", "Enter an email address in the correct format, like name@example.com"),
    (
        "phone",
        "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192",
    ),
    (
        "nationalInsurance",
        "Enter a National Insurance number that is 2 letters, 6 numbers, then A, B, C or D, like QQ 12 34 56 C",
    ),
    ("number", "%{Label} must be a number"),
    ("wholeNumber", "%{Label} must be a whole number"),
    ("numberBetween", "%{Label} must be between %{min} and %{max}"),
    ("numberAtLeast", "%{Label} must be %{min} or more"),
    ("numberAtMost", "%{Label} must be %{max} or less"),
    (
        "money",
        "Enter an amount in pounds and pence using digits and a decimal point, like 123.45 or 156.00",
    ),
    ("moneyAtLeast", "%{Label} must be %{min} or more"),
    ("moneyAtMost", "%{Label} must be %{max} or less"),
    ("nameFull", "Enter your full name"),
    ("nameGiven", "Enter your first name"),
    ("nameFamily", "Enter your last name"),
    ("addressLine1", "Enter address line 1, typically the building and street"),
    ("addressTown", "Enter town or city"),
    ("addressPostcode", "Enter postcode"),
    ("addressPostcodeReal", "Enter a real UK postcode, like SW1A 2AA"),
    ("bankName", "Enter the name on the account"),
    ("bankSortCode", "Enter a sort code"),
    ("bankSortCodeReal", "Enter a valid sort code like 309430"),
    ("bankAccountNumber", "Enter an account number"),
    ("bankAccountNumberReal", "Enter a valid account number like 00733445"),
    ("bankAccountNumberLength", "Account number must be between 6 and 8 digits"),
    ("partTooLong", "%{Label} must be 300 characters or less"),
    ("tooManyItems", "You can add no more than %{max} answers to %{label}"),
    ("fileSelect", "Select %{label}"),
    ("fileType", "The selected file must be a %{types}"),
    ("fileEmpty", "The selected file is empty"),
    ("fileTooBig", "The selected file must be smaller than %{size}"),
    ("or", "or"),
    ("dateMissingDay", "%{Label} must include a day"),
    ("dateMissingMonth", "%{Label} must include a month"),
    ("dateMissingYear", "%{Label} must include a year"),
    ("dateMissingDayMonth", "%{Label} must include a day and month"),
    ("dateMissingDayYear", "%{Label} must include a day and year"),
    ("dateMissingMonthYear", "%{Label} must include a month and year"),
    ("dateYearFourDigits", "Year must include 4 numbers"),
    ("dateReal", "%{Label} must be a real date"),
    ("datePast", "%{Label} must be in the past"),
    ("dateBetween", "%{Label} must be between %{earliest} and %{latest}"),
    ("dateOnOrAfter", "%{Label} must be the same as or after %{earliest}"),
    ("dateOnOrBefore", "%{Label} must be the same as or before %{latest}"),
];

/// Welsh, by key. A Welsh service gives its questions Welsh labels; the sentences put them
/// after "i" as DEFRA's forms engine does ("Rhaid i %{label} fod yn rhif").
pub(crate) const CY: &[(&str, &str)] = &[
    ("enter", "Nodwch %{label}"),
    ("selectOne", "Dewiswch %{label}"),
    ("selectNoneAlone", "Dewiswch %{label}, neu dewiswch ‘dim un’ ar ei ben ei hun"),
    ("tooLong", "Rhaid i %{label} fod yn %{max} o nodau neu lai"),
    ("postcode", "Nodwch god post go iawn yn y DU, e.e. SW1A 2AA"),
    ("email", "Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com"),
    (
        "phone",
        "Rhowch rif ffôn, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192",
    ),
    (
        "nationalInsurance",
        "Rhowch rif Yswiriant Gwladol sy’n 2 lythyren, 6 rhif, yna A, B, C neu D, fel QQ 12 34 56 C",
    ),
    ("number", "Rhaid i %{label} fod yn rhif"),
    ("wholeNumber", "Rhaid i %{label} fod yn rhif cyfan"),
    ("numberBetween", "Rhaid i %{label} fod rhwng %{min} a %{max}"),
    ("numberAtLeast", "Rhaid i %{label} fod yn %{min} neu uwch"),
    ("numberAtMost", "Rhaid i %{label} fod yn %{max} neu is"),
    (
        "money",
        "Cofnodwch swm mewn punnoedd a cheiniogau gan ddefnyddio digidau a phwynt degol, fel 123.45 neu 156.00",
    ),
    ("moneyAtLeast", "Rhaid i %{label} fod yn %{min} neu fwy"),
    ("moneyAtMost", "Rhaid i %{label} fod yn %{max} neu lai"),
    ("nameFull", "Nodwch eich enw llawn"),
    ("nameGiven", "Rhowch eich enw cyntaf"),
    ("nameFamily", "Rhowch eich enw olaf"),
    ("addressLine1", "Rhowch linell cyfeiriad 1, fel arfer yr adeilad a'r stryd"),
    ("addressTown", "Nodwch dref neu ddinas"),
    ("addressPostcode", "Nodwch god post"),
    ("addressPostcodeReal", "Nodwch god post go iawn yn y DU, e.e. SW1A 2AA"),
    ("bankName", "Nodwch yr enw sydd ar y cyfrif"),
    ("bankSortCode", "Nodwch god didoli"),
    ("bankSortCodeReal", "Nodwch god didoli dilys, er enghraifft 309430"),
    ("bankAccountNumber", "Nodwch rif cyfrif"),
    ("bankAccountNumberReal", "Nodwch rif cyfrif dilys, er enghraifft 00733445"),
    ("bankAccountNumberLength", "Mae’n rhaid i rif y cyfrif fod rhwng 6 ac 8 digid"),
    ("partTooLong", "Rhaid i %{label} fod yn 300 o nodau neu lai"),
    ("tooManyItems", "Gallwch ychwanegu dim mwy na %{max} ateb i %{label}"),
    ("fileSelect", "Dewiswch %{label}"),
    ("fileType", "Rhaid i'r ffeil a ddewiswyd fod yn %{types}"),
    ("fileEmpty", "Mae’r ffeil a ddewiswyd yn wag"),
    ("fileTooBig", "Rhaid i’r ffeil a ddewiswyd fod yn llai na %{size}"),
    ("or", "neu"),
    ("dateMissingDay", "Rhaid i %{label} gynnwys diwrnod"),
    ("dateMissingMonth", "Rhaid i %{label} gynnwys mis"),
    ("dateMissingYear", "Rhaid i %{label} gynnwys blwyddyn"),
    ("dateMissingDayMonth", "Rhaid i %{label} gynnwys diwrnod a mis"),
    ("dateMissingDayYear", "Rhaid i %{label} gynnwys diwrnod a blwyddyn"),
    ("dateMissingMonthYear", "Rhaid i %{label} gynnwys mis a blwyddyn"),
    ("dateYearFourDigits", "Rhaid i’r flwyddyn gynnwys 4 rhif"),
    ("dateReal", "Rhaid i %{label} fod yn ddyddiad go iawn"),
    ("datePast", "Rhaid i %{label} fod yn y gorffennol"),
    ("dateBetween", "Rhaid i %{label} fod rhwng %{earliest} a %{latest}"),
    ("dateOnOrAfter", "Rhaid i %{label} fod yr un fath â neu ar ôl %{earliest}"),
    ("dateOnOrBefore", "Rhaid i %{label} fod yr un fath â neu cyn %{latest}"),
];

/// Where each Welsh string comes from: a public service's own Welsh (repository, file and
/// key), or what was adapted or "translated here" for a Welsh speaker to review.
pub(crate) const CY_SOURCES: &[(&str, &str)] = &[
    ("enter", "DEFRA forms-engine-plugin cy.json validation.required"),
    ("selectOne", "DEFRA forms-engine-plugin cy.json validation.selectRequired"),
    ("selectNoneAlone", "translated here (GOV.UK Forms has only a fixed “Dim un o’r uchod” form)"),
    ("tooLong", "DEFRA forms-engine-plugin cy.json validation.max"),
    ("postcode", "HMRC address-lookup-frontend messages.cy constants.lookupPostcodeError.ukMode (example postcode changed)"),
    ("email", "GOV.UK Forms forms-runner cy.yml question/email invalid_email, spelt e-bost as its other strings are"),
    ("phone", "translated here from GOV.UK Forms’ “Rhowch rif ffôn” and its “, fel …” examples"),
    ("nationalInsurance", "GOV.UK Forms forms-runner cy.yml question/national_insurance_number invalid_national_insurance_number"),
    ("number", "DEFRA forms-engine-plugin cy.json validation.number"),
    ("wholeNumber", "DEFRA forms-engine-plugin cy.json validation.numberInteger"),
    ("numberBetween", "adapted from DEFRA forms-engine-plugin cy.json validation.minMax"),
    ("numberAtLeast", "DEFRA forms-engine-plugin cy.json validation.numberMin"),
    ("numberAtMost", "DEFRA forms-engine-plugin cy.json validation.numberMax"),
    ("money", "GOV.UK Pay pay-products-ui cy.json paymentLinks.fieldValidation.enterAnAmountInTheCorrectFormat"),
    ("moneyAtLeast", "GOV.UK Pay pay-products-ui cy.json enterANonZeroAmountInPounds, with the question’s label"),
    ("moneyAtMost", "adapted from GOV.UK Pay pay-products-ui cy.json enterAnAmountUnderMaxAmount"),
    ("nameFull", "adapted from StatsWales statswales-frontend cy.json feedback name error (“Nodwch eich enw”), with llawn"),
    ("nameGiven", "adapted from GOV.UK Forms cy.yml question/name first_name blank"),
    ("nameFamily", "adapted from GOV.UK Forms cy.yml question/name last_name blank"),
    ("addressLine1", "GOV.UK Pay pay-frontend cy.json fieldErrors.fields.addressLine1"),
    ("addressTown", "DEFRA forms-engine-plugin cy.json postcodeLookup.validation.requiredTown"),
    ("addressPostcode", "DEFRA forms-engine-plugin cy.json postcodeLookup.validation.requiredManualPostcode"),
    ("addressPostcodeReal", "HMRC address-lookup-frontend messages.cy constants.lookupPostcodeError.ukMode"),
    ("bankName", "HMRC bank-account-verification-frontend messages.cy error.accountName.required"),
    ("bankSortCode", "HMRC bank-account-verification-frontend messages.cy error.sortcode.required"),
    ("bankSortCodeReal", "HMRC bank-account-verification-frontend messages.cy error.sortcode.invalidCharsError"),
    ("bankAccountNumber", "HMRC bank-account-verification-frontend messages.cy error.accountNumber.required"),
    ("bankAccountNumberReal", "HMRC bank-account-verification-frontend messages.cy error.accountNumber.digitsOnly"),
    ("bankAccountNumberLength", "HMRC bank-account-verification-frontend messages.cy error.accountNumber.minLength"),
    ("partTooLong", "DEFRA forms-engine-plugin cy.json validation.max"),
    ("tooManyItems", "translated here (GOV.UK Forms’ add-another limit has no message of this form)"),
    ("fileSelect", "DEFRA forms-engine-plugin cy.json validation.selectRequired"),
    ("fileType", "DEFRA forms-engine-plugin cy.json pages.fileUpload.FILE_INVALID_TYPE"),
    ("fileEmpty", "GOV.UK Forms forms-runner cy.yml question/file empty"),
    ("fileTooBig", "GOV.UK Forms forms-runner cy.yml question/file too_big"),
    ("or", "GOV.UK Forms forms-runner cy.yml (“neu” in its lists)"),
    ("dateMissingDay", "StatsWales statswales-frontend cy.json publish.schedule.form.day.error, with the question’s label"),
    ("dateMissingMonth", "StatsWales statswales-frontend cy.json publish.schedule.form.month.error, with the question’s label"),
    ("dateMissingYear", "StatsWales statswales-frontend cy.json publish.schedule.form.year.error, with the question’s label"),
    ("dateMissingDayMonth", "HMRC income-tax-penalties-appeals-frontend messages.cy …date.error.required.two"),
    ("dateMissingDayYear", "HMRC income-tax-penalties-appeals-frontend messages.cy …date.error.required.two"),
    ("dateMissingMonthYear", "HMRC income-tax-penalties-appeals-frontend messages.cy …date.error.required.two"),
    ("dateYearFourDigits", "GOV.UK Forms forms-runner cy.yml question/date invalid_number_of_digits_for_year"),
    ("dateReal", "DEFRA forms-engine-plugin cy.json components.dateField.validation.dateFormat"),
    ("datePast", "HMRC p800-refunds-frontend EnterYourDateOfBirth “fod yn y gorffennol”, with the question’s label"),
    ("dateBetween", "adapted from DEFRA forms-engine-plugin cy.json validation.minMax"),
    ("dateOnOrAfter", "DEFRA forms-engine-plugin cy.json components.dateField.validation.dateMin"),
    ("dateOnOrBefore", "DEFRA forms-engine-plugin cy.json components.dateField.validation.dateMax"),
];

/// The message `key` in `locale` (English where the locale lacks it), with the question's
/// label and `args` put in.
pub(crate) fn say(locale: Locale, key: &str, label: &str, args: &[(&str, &str)]) -> String {
    let find = |table: &[(&str, &'static str)]| {
        table.iter().find(|(k, _)| *k == key).map(|(_, text)| *text)
    };
    let template = match locale {
        Locale::Cy => find(CY),
        _ => None,
    }
    .or_else(|| find(EN))
    .unwrap_or(key);
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
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A Welsh word's soft mutation (treiglad meddal): p→b, t→d, c→g, b→f, d→dd, g dropped,
/// m→f, ll→l, rh→r. Words that are already mutated or never mutate ("beth", "eich") are
/// left alone.
fn soft_mutation(label: &str) -> String {
    const UNCHANGED: [&str; 4] = ["beth", "eich", "ein", "eu"];
    let first_word = label.split_whitespace().next().unwrap_or_default();
    if UNCHANGED.contains(&first_word.to_lowercase().as_str()) {
        return label.to_owned();
    }
    let lower = label.to_lowercase();
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
