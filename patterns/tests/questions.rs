//! The question patterns' rules against what people really type (issue #11): each input
//! either becomes the normalised answer written here, or gets the message written here, from
//! the GOV.UK Design System's guidance for that question.

use civic::Locale;
use civic_patterns::questions::date::{Date, DateBound};
use civic_patterns::questions::{Answer, Input, Question, QuestionKind};

fn today() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

/// What a case expects: the answer, or the part and message of its one problem.
type Expected = Result<Answer, (Option<&'static str>, &'static str)>;

/// Checks each `(input, Ok(answer) | Err((part, message)))` case; returns how many.
fn cases(question: &Question, table: &[(Input, Expected)]) -> usize {
    for (input, expected) in table {
        let got = question.check(input, Locale::En, today());
        match (expected, &got) {
            (Ok(answer), Ok(got)) => assert_eq!(got, answer, "{} {input:?}", question.name),
            (Err((part, message)), Err(problems)) => {
                assert_eq!(
                    problems.len(),
                    1,
                    "{} {input:?}: {problems:?}",
                    question.name
                );
                assert_eq!(problems[0].message, *message, "{} {input:?}", question.name);
                assert_eq!(problems[0].part, *part, "{} {input:?}", question.name);
            }
            _ => panic!(
                "{} {input:?}: expected {expected:?}, got {got:?}",
                question.name
            ),
        }
    }
    table.len()
}

fn text(answer: &str) -> Expected {
    Ok(Answer::Text(answer.to_owned()))
}

fn whole(input: &str) -> Input {
    Input::from(input)
}

#[test]
fn postcodes_as_people_type_them() {
    let q = Question::new("postcode", "your postcode", QuestionKind::Postcode);
    let bad = Err((None, "Enter a real UK postcode, like SW1A 2AA"));
    let n = cases(
        &q,
        &[
            (whole("SW1A 2AA"), text("SW1A 2AA")),
            (whole("sw1a2aa"), text("SW1A 2AA")),
            (whole("  SW1A   2AA "), text("SW1A 2AA")),
            (whole("cf10 1ep"), text("CF10 1EP")),
            (whole("M1 1AE"), text("M1 1AE")),
            (whole("b338th"), text("B33 8TH")),
            (whole("CR2 6XH"), text("CR2 6XH")),
            (whole("DN55 1PT"), text("DN55 1PT")),
            (whole("W1A 0AX"), text("W1A 0AX")),
            (whole("EC1A 1BB"), text("EC1A 1BB")),
            (whole("gir 0aa"), text("GIR 0AA")),
            (whole("SW1A-2AA"), text("SW1A 2AA")),
            (whole(""), Err((None, "Enter your postcode"))),
            (whole("SW1A"), bad.clone()),
            (whole("SW1A 2A"), bad.clone()),
            (whole("12345"), bad.clone()),
            (whole("SW1A 2AC"), bad.clone()),
            (whole("SW1A 2AAA"), bad.clone()),
            (whole("Q1A 2AA1"), bad),
        ],
    );
    assert_eq!(n, 19);
}

#[test]
fn telephone_numbers_as_people_type_them() {
    let q = Question::new("phone", "your telephone number", QuestionKind::Phone);
    let bad = Err((
        None,
        "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192",
    ));
    cases(
        &q,
        &[
            (whole("07700 900 982"), text("07700900982")),
            (whole("07700900982"), text("07700900982")),
            (whole("07700-900-982"), text("07700900982")),
            (whole("(01632) 960 001"), text("01632960001")),
            (whole("+44 808 157 0192"), text("08081570192")),
            (whole("+44 (0)7700 900982"), text("07700900982")),
            (whole("0044 7700 900982"), text("07700900982")),
            (whole("01632 96000"), text("0163296000")),
            (whole("7700 900 982"), bad.clone()),
            (whole("0770090098212"), bad.clone()),
            (whole("0800 FLOWERS"), bad.clone()),
            (whole("+1 202 555 0100"), bad),
            (whole(" "), Err((None, "Enter your telephone number"))),
        ],
    );
}

#[test]
fn national_insurance_numbers_as_people_type_them() {
    let q = Question::new(
        "ni",
        "your National Insurance number",
        QuestionKind::NationalInsuranceNumber,
    );
    let bad = Err((
        None,
        "Enter a National Insurance number that is 2 letters, 6 numbers, then A, B, C or D, like QQ 12 34 56 C",
    ));
    cases(
        &q,
        &[
            (whole("qq 12 34 56 c"), text("QQ 12 34 56 C")),
            (whole("QQ123456C"), text("QQ 12 34 56 C")),
            (whole("AB 12 34 56 D"), text("AB 12 34 56 D")),
            (whole("ab-123456-a"), text("AB 12 34 56 A")),
            (whole("AB123456E"), bad.clone()),
            (whole("GB123456A"), bad.clone()),
            (whole("DA123456A"), bad.clone()),
            (whole("AO123456A"), bad.clone()),
            (whole("AB12345A"), bad.clone()),
            (whole("123456789"), bad),
        ],
    );
}

#[test]
fn email_addresses() {
    let q = Question::new("email", "your email address", QuestionKind::Email);
    let bad = Err((
        None,
        "Enter an email address in the correct format, like name@example.com",
    ));
    cases(
        &q,
        &[
            (whole("name@example.com"), text("name@example.com")),
            (
                whole(" first.last+bins@council.gov.uk "),
                text("first.last+bins@council.gov.uk"),
            ),
            (whole("enw@enghraifft.cymru"), text("enw@enghraifft.cymru")),
            (whole("name.example.com"), bad.clone()),
            (whole("name@example"), bad.clone()),
            (whole("name@@example.com"), bad.clone()),
            (whole("name @example.com"), bad.clone()),
            (whole("name@example..com"), bad.clone()),
            (whole("@example.com"), bad),
            (whole(""), Err((None, "Enter your email address"))),
        ],
    );
}

fn date(day: &str, month: &str, year: &str) -> Input {
    Input::from([("day", day), ("month", month), ("year", year)])
}

#[test]
fn dates_of_birth() {
    let q = Question::new(
        "dob",
        "your date of birth",
        QuestionKind::Date {
            of_birth: true,
            earliest: None,
            latest: None,
        },
    );
    let on = |y, m, d| Ok(Answer::Date(Date::new(y, m, d).unwrap()));
    cases(
        &q,
        &[
            (date("27", "3", "2007"), on(2007, 3, 27)),
            (date("07", "03", "1985"), on(1985, 3, 7)),
            (date("1", "Jan", "1990"), on(1990, 1, 1)),
            (date("1", "january", "1990"), on(1990, 1, 1)),
            (date("29", "Chwefror", "2024"), on(2024, 2, 29)),
            (
                date("", "", ""),
                Err((Some("day"), "Enter your date of birth")),
            ),
            (
                date("", "3", "2007"),
                Err((Some("day"), "Your date of birth must include a day")),
            ),
            (
                date("27", "", "2007"),
                Err((Some("month"), "Your date of birth must include a month")),
            ),
            (
                date("27", "3", ""),
                Err((Some("year"), "Your date of birth must include a year")),
            ),
            (
                date("", "", "2007"),
                Err((
                    Some("day"),
                    "Your date of birth must include a day and month",
                )),
            ),
            (
                date("27", "3", "07"),
                Err((Some("year"), "Year must include 4 numbers")),
            ),
            (
                date("30", "2", "2007"),
                Err((Some("day"), "Your date of birth must be a real date")),
            ),
            (
                date("29", "2", "2023"),
                Err((Some("day"), "Your date of birth must be a real date")),
            ),
            (
                date("12", "13", "2007"),
                Err((Some("month"), "Your date of birth must be a real date")),
            ),
            (
                date("x", "3", "2007"),
                Err((Some("day"), "Your date of birth must be a real date")),
            ),
            (
                date("28", "11", "2026"),
                Err((Some("day"), "Your date of birth must be in the past")),
            ),
            (
                date("1", "1", "2030"),
                Err((Some("day"), "Your date of birth must be in the past")),
            ),
            (
                date("1", "1", "1890"),
                Err((
                    Some("year"),
                    "Your date of birth must be the same as or after 28 November 1906",
                )),
            ),
        ],
    );
}

#[test]
fn dates_with_bounds() {
    let q = Question::new(
        "collection",
        "the collection date",
        QuestionKind::Date {
            of_birth: false,
            earliest: Date::new(2026, 11, 26).map(DateBound::from),
            latest: Date::new(2026, 11, 28).map(DateBound::from),
        },
    );
    cases(
        &q,
        &[
            (
                date("27", "11", "2026"),
                Ok(Answer::Date(Date::new(2026, 11, 27).unwrap())),
            ),
            (
                date("25", "11", "2026"),
                Err((
                    Some("day"),
                    "The collection date must be between 26 November 2026 and 28 November 2026",
                )),
            ),
        ],
    );
}

#[test]
fn numbers_and_money() {
    let age = Question::new(
        "children",
        "how many children live with you",
        QuestionKind::Number {
            whole: true,
            min: Some(0.0),
            max: Some(20.0),
        },
    );
    cases(
        &age,
        &[
            (whole("3"), Ok(Answer::Number(3.0))),
            (whole(" 12 "), Ok(Answer::Number(12.0))),
            (
                whole("2.5"),
                Err((
                    None,
                    "How many children live with you must be a whole number",
                )),
            ),
            (
                whole("three"),
                Err((None, "How many children live with you must be a number")),
            ),
            (
                whole(&"9".repeat(400)),
                Err((None, "How many children live with you must be a number")),
            ),
            (
                whole("21"),
                Err((
                    None,
                    "How many children live with you must be between 0 and 20",
                )),
            ),
            (
                whole("-1"),
                Err((
                    None,
                    "How many children live with you must be between 0 and 20",
                )),
            ),
        ],
    );
    let rent = Question::new(
        "rent",
        "your monthly rent",
        QuestionKind::Money {
            min_pennies: Some(1),
            max_pennies: Some(1_000_000),
        },
    );
    cases(
        &rent,
        &[
            (whole("600"), Ok(Answer::Pennies(60_000))),
            (whole("£1,250.50"), Ok(Answer::Pennies(125_050))),
            (whole("193.5"), Ok(Answer::Pennies(19_350))),
            (whole("£ 45"), Ok(Answer::Pennies(4_500))),
            (whole("12.345"), Err((None, "Enter an amount in pounds and pence using digits and a decimal point, like 123.45 or 156.00"))),
            (whole("£abc"), Err((None, "Enter an amount in pounds and pence using digits and a decimal point, like 123.45 or 156.00"))),
            (whole("0"), Err((None, "Your monthly rent must be £0.01 or more"))),
            (whole("10,000.01"), Err((None, "Your monthly rent must be £10,000 or less"))),
        ],
    );
}

#[test]
fn choices_and_text() {
    let bins = Question::new(
        "bins",
        "which bins were missed",
        QuestionKind::ChooseSeveral {
            options: vec![
                "general".into(),
                "recycling".into(),
                "garden".into(),
                "none".into(),
            ],
            none: Some("none".into()),
        },
    );
    cases(
        &bins,
        &[
            (
                Input::Many(vec!["garden".into(), "general".into()]),
                Ok(Answer::Chosen(vec!["general".into(), "garden".into()])),
            ),
            (
                Input::Many(vec![]),
                Err((None, "Select which bins were missed")),
            ),
            (
                Input::Many(vec!["general".into(), "none".into()]),
                Err((
                    None,
                    "Select which bins were missed, or select ‘none’ on its own",
                )),
            ),
            (
                Input::Many(vec!["compost".into()]),
                Err((None, "Select which bins were missed")),
            ),
        ],
    );
    let out = Question::new(
        "out",
        "if the bin was out by 6am",
        QuestionKind::ChooseOne {
            options: vec!["yes".into(), "no".into()],
        },
    );
    cases(
        &out,
        &[
            (whole("yes"), Ok(Answer::Chosen(vec!["yes".into()]))),
            (whole(""), Err((None, "Select if the bin was out by 6am"))),
            (
                whole("maybe"),
                Err((None, "Select if the bin was out by 6am")),
            ),
        ],
    );
    let mut details = Question::new(
        "details",
        "more details",
        QuestionKind::Text {
            max_length: Some(10),
        },
    );
    details.optional = true;
    cases(
        &details,
        &[
            (whole(""), Ok(Answer::Blank)),
            (whole("Side gate"), text("Side gate")),
            (
                whole("By the side gate"),
                Err((None, "More details must be 10 characters or less")),
            ),
            // Characters, not bytes: ten Welsh letters with accents fit.
            (whole("ŵŷâêîôûŵŷâ"), text("ŵŷâêîôûŵŷâ")),
        ],
    );
}

#[test]
fn a_question_reads_from_json_and_keeps_its_bounds() {
    let q: Question = serde_json::from_value(serde_json::json!({
        "name": "dob", "label": "your date of birth", "type": "date", "ofBirth": true
    }))
    .unwrap();
    assert!(matches!(q.kind, QuestionKind::Date { of_birth: true, .. }));
    let unknown = serde_json::from_value::<Question>(serde_json::json!({
        "name": "x", "label": "x", "type": "colour"
    }));
    assert!(unknown
        .unwrap_err()
        .to_string()
        .contains("unknown variant `colour`"));
}

#[test]
fn names_addresses_and_bank_details_name_each_box() {
    let problems = |q: &Question, input: Input| -> Vec<(Option<&'static str>, String)> {
        q.check(&input, Locale::En, today())
            .unwrap_err()
            .into_iter()
            .map(|p| (p.part, p.message))
            .collect()
    };
    let name = Question::new(
        "name",
        "your name",
        QuestionKind::Name {
            parts: true,
            middle: false,
            title: false,
        },
    );
    assert_eq!(
        problems(&name, Input::from([("given", " "), ("family", "")])),
        [
            (Some("given"), "Enter your first name".to_owned()),
            (Some("family"), "Enter your last name".to_owned())
        ]
    );
    let full = Question::new(
        "name",
        "your name",
        QuestionKind::Name {
            parts: false,
            middle: false,
            title: false,
        },
    );
    assert!(
        matches!(full.check(&whole("Siân Llewellyn"), Locale::En, today()), Ok(Answer::Parts(p)) if p["name"] == "Siân Llewellyn")
    );

    let address = Question::new("address", "your address", QuestionKind::Address);
    assert_eq!(
        problems(
            &address,
            Input::from([("line1", "1 High St"), ("town", ""), ("postcode", "CF10")])
        ),
        [
            (Some("town"), "Enter town or city".to_owned()),
            (
                Some("postcode"),
                "Enter a real UK postcode, like SW1A 2AA".to_owned()
            )
        ]
    );
    let Ok(Answer::Parts(home)) = address.check(
        &Input::from([
            ("line1", "1 High St"),
            ("line2", ""),
            ("town", "Cardiff"),
            ("postcode", "cf10 1ep"),
        ]),
        Locale::En,
        today(),
    ) else {
        panic!("a sound address")
    };
    assert_eq!(
        (home["postcode"].as_str(), home.contains_key("line2")),
        ("CF10 1EP", false)
    );

    let bank = Question::new("bank", "your bank details", QuestionKind::BankDetails);
    let Ok(Answer::Parts(account)) = bank.check(
        &Input::from([
            ("name", "A Jones"),
            ("sortCode", "30-94-30"),
            ("accountNumber", "733445"),
        ]),
        Locale::En,
        today(),
    ) else {
        panic!("sound bank details")
    };
    assert_eq!(
        (
            account["sortCode"].as_str(),
            account["accountNumber"].as_str()
        ),
        ("309430", "00733445")
    );
    assert_eq!(
        problems(
            &bank,
            Input::from([
                ("name", "A Jones"),
                ("sortCode", "30 94"),
                ("accountNumber", "12345")
            ])
        ),
        [
            (
                Some("sortCode"),
                "Enter a valid sort code like 309430".to_owned()
            ),
            (
                Some("accountNumber"),
                "Account number must be between 6 and 8 digits".to_owned()
            )
        ]
    );
    assert_eq!(
        problems(
            &bank,
            Input::from([("name", ""), ("sortCode", ""), ("accountNumber", "")])
        ),
        [
            (Some("name"), "Enter the name on the account".to_owned()),
            (Some("sortCode"), "Enter a sort code".to_owned()),
            (Some("accountNumber"), "Enter an account number".to_owned())
        ]
    );
}

#[test]
fn files_by_type_and_size() {
    let q = Question::new(
        "evidence",
        "a photo of your badge",
        QuestionKind::File {
            types: vec!["jpg".into(), "png".into(), "pdf".into()],
            max_bytes: Some(2 * 1024 * 1024),
        },
    );
    let file = |name: &str, size: &str| {
        Input::from([("name", name), ("size", size), ("type", "image/jpeg")])
    };
    cases(
        &q,
        &[
            (
                file("badge.JPG", "120000"),
                Ok(Answer::Parts(
                    [
                        ("name", "badge.JPG"),
                        ("size", "120000"),
                        ("type", "image/jpeg"),
                    ]
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), v.to_owned()))
                    .collect(),
                )),
            ),
            (file("", ""), Err((None, "Select a photo of your badge"))),
            (
                file("badge.heic", "120000"),
                Err((None, "The selected file must be a JPG, PNG or PDF")),
            ),
            (
                file("badge.png", "0"),
                Err((None, "The selected file is empty")),
            ),
            (
                file("badge.pdf", "3000000"),
                Err((None, "The selected file must be smaller than 2MB")),
            ),
        ],
    );
}

#[test]
fn welsh_messages_name_the_welsh_question_and_every_string_has_a_source() {
    let dob = Question::new(
        "dob",
        "eich dyddiad geni",
        QuestionKind::Date {
            of_birth: true,
            earliest: None,
            latest: None,
        },
    );
    let say = |input: Input| {
        dob.check(&input, Locale::Cy, today()).unwrap_err()[0]
            .message
            .clone()
    };
    assert_eq!(
        say(date("", "3", "2007")),
        "Rhaid i’ch dyddiad geni gynnwys diwrnod"
    );
    assert_eq!(
        say(date("30", "2", "2007")),
        "Rhaid i’ch dyddiad geni fod yn ddyddiad go iawn"
    );
    assert_eq!(
        say(date("1", "1", "2030")),
        "Rhaid i’ch dyddiad geni fod yn y gorffennol"
    );
    assert_eq!(
        say(date("1", "1", "1890")),
        "Rhaid i’ch dyddiad geni fod yr un fath â neu ar ôl 28 Tachwedd 1906"
    );
    let bank = Question::new("bank", "eich manylion banc", QuestionKind::BankDetails);
    let problems = bank
        .check(
            &Input::from([("name", ""), ("sortCode", "12"), ("accountNumber", "1")]),
            Locale::Cy,
            today(),
        )
        .unwrap_err();
    let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "Nodwch yr enw sydd ar y cyfrif",
            "Nodwch god didoli dilys, er enghraifft 309430",
            "Mae’n rhaid i rif y cyfrif fod rhwng 6 ac 8 digid"
        ]
    );
    // The messages are Civic's `questions` table: every one has Welsh, and a source for it.
    let rows: Vec<_> = civic::messages()
        .into_iter()
        .filter(|row| row.component == "questions")
        .collect();
    assert!(rows.len() >= 48, "{} question messages", rows.len());
    for row in &rows {
        assert!(!row.cy.is_empty(), "no Welsh for {}", row.key);
        assert!(
            !row.cy_source.is_empty(),
            "no source for the Welsh of {}",
            row.key
        );
    }
}

#[test]
fn a_council_locale_file_rewords_the_question_messages() {
    // A council's own English: its locale file changes "Enter" to "Type", and the question
    // patterns say it, as the components would.
    let mut file: serde_json::Value = serde_json::from_str(&Locale::En.to_json()).unwrap();
    file["tag"] = "en-GB".into();
    file["name"] = "Anytown English".into();
    file["messages"]["questions"]["enter"] = "Type %{label}".into();
    let anytown = Locale::from_json(&file.to_string()).expect("a sound locale file");
    let q = Question::new("email", "your email address", QuestionKind::Email);
    let problems = q.check(&Input::from(""), anytown, today()).unwrap_err();
    assert_eq!(problems[0].message, "Type your email address");
    // A file without the question messages is refused, naming what is missing.
    file["messages"]
        .as_object_mut()
        .unwrap()
        .remove("questions");
    let error = Locale::from_json(&file.to_string())
        .unwrap_err()
        .to_string();
    assert!(error.contains("messages.questions: missing"), "{error}");
}

#[test]
fn the_system_clock_reads_as_a_calendar_date() {
    for (days, (y, m, d)) in [
        (0, (1970, 1, 1)),
        (11_016, (2000, 2, 29)),
        (20_785, (2026, 11, 28)),
        (-1, (1969, 12, 31)),
        (47_541, (2100, 3, 1)),
    ] {
        assert_eq!(
            Date::from_days_since_epoch(days),
            Date::new(y, m, d).unwrap(),
            "{days}"
        );
    }
}

#[test]
fn dates_counted_from_today_skip_weekends_and_bank_holidays() {
    let bound = |text: &str| DateBound::try_from(text.to_owned());
    // Tuesday 29 December 2026: Monday 28 (Boxing Day's substitute) and Friday 25
    // (Christmas) are bank holidays, so two working days back is Wednesday 23.
    let tuesday = Date::new(2026, 12, 29).unwrap();
    assert_eq!(tuesday.weekday(), 1);
    assert_eq!(
        bound("2 working days ago").unwrap().on(tuesday),
        Date::new(2026, 12, 23).unwrap()
    );
    assert_eq!(bound("today").unwrap().on(tuesday), tuesday);
    assert_eq!(
        bound("1 month from today")
            .unwrap()
            .on(Date::new(2027, 1, 31).unwrap()),
        Date::new(2027, 2, 28).unwrap()
    );
    assert_eq!(
        bound("16 years ago")
            .unwrap()
            .on(Date::new(2028, 2, 29).unwrap()),
        Date::new(2012, 2, 29).unwrap()
    );
    assert_eq!(
        bound("3 weeks from today").unwrap().on(tuesday),
        Date::new(2027, 1, 19).unwrap()
    );
    for wrong in [
        "yesterday",
        "2 fortnights ago",
        "two days ago",
        "-2 days ago",
        "2026-02-30",
    ] {
        let error = bound(wrong).unwrap_err();
        assert!(
            error.contains(wrong) && error.contains("working days ago"),
            "{error}"
        );
    }
    // Written back as read.
    for text in [
        "today",
        "2 working days ago",
        "1 year from today",
        "2026-11-28",
    ] {
        assert_eq!(String::from(bound(text).unwrap()), text);
    }

    // The question names the dates the bounds fall on.
    let collection = Question::new(
        "collection",
        "the collection date",
        QuestionKind::Date {
            of_birth: false,
            earliest: bound("2 working days ago").ok(),
            latest: bound("today").ok(),
        },
    );
    let problems = collection
        .check(&date("22", "12", "2026"), Locale::En, tuesday)
        .unwrap_err();
    assert_eq!(
        problems[0].message,
        "The collection date must be between 23 December 2026 and 29 December 2026"
    );
    assert!(collection
        .check(&date("23", "12", "2026"), Locale::En, tuesday)
        .is_ok());
}

#[test]
fn calendar_arithmetic_agrees_with_the_calendar() {
    // 1 January 1970 was a Thursday; 6 December 2026 is a Sunday.
    assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), 3);
    assert_eq!(Date::new(2026, 12, 6).unwrap().weekday(), 6);
    // Days since the epoch and back, across leap years and centuries.
    for days in (-800_000..800_000).step_by(997) {
        assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
    }
    // Every bank holiday falls Monday to Friday (substitute days move off weekends), Good
    // Friday on a Friday, and the list is sorted for searching.
    for holiday in civic_patterns::questions::date::BANK_HOLIDAYS {
        let date = Date::parse_iso(holiday).unwrap();
        assert!(date.weekday() < 5, "{holiday}");
        assert!(!date.is_working_day());
    }
    assert!(civic_patterns::questions::date::BANK_HOLIDAYS.is_sorted());
    for good_friday in [
        "2024-03-29",
        "2025-04-18",
        "2026-04-03",
        "2027-03-26",
        "2028-04-14",
    ] {
        assert_eq!(Date::parse_iso(good_friday).unwrap().weekday(), 4);
    }
}
