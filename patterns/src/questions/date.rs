//! Calendar dates as people enter them in a date input: day, month and year in their own boxes.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Date {
    /// The year, four digits.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day of the month.
    pub day: u32,
}

impl Date {
    /// The date, if it is a real one (30 February is not).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Reads `YYYY-MM-DD` (how a definition writes a bound).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Date::new(year, month, day)
    }

    /// The date `days` days after 1 January 1970 (what the system clock gives), by Howard
    /// Hinnant's civil-from-days algorithm.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Today: in a browser, the person's own calendar date (their time zone, as they would
    /// answer "today"); elsewhere by the system clock (UTC).
    pub fn today() -> Date {
        #[cfg(target_arch = "wasm32")]
        {
            let now = js_sys::Date::new_0();
            return Date {
                year: now.get_full_year() as i32,
                month: now.get_month() + 1,
                day: now.get_date(),
            };
        }
        #[allow(unreachable_code)]
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        Date::from_days_since_epoch(seconds.div_euclid(86_400))
    }

    /// The date `years` years earlier (29 February becomes 28 February).
    pub fn years_before(self, years: i32) -> Date {
        let year = self.year - years;
        Date {
            year,
            month: self.month,
            day: self.day.min(days_in_month(year, self.month)),
        }
    }
}

impl Date {
    /// Days since 1 January 1970 (the inverse of [`Date::from_days_since_epoch`]).
    pub fn days_since_epoch(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let mp = (i64::from(self.month) + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days later (earlier when negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// The date `months` months later (earlier when negative); the 31st becomes the last day
    /// of a shorter month.
    pub fn add_months(self, months: i32) -> Date {
        let index = self.year * 12 + self.month as i32 - 1 + months;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
        Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    /// Monday is 0, Sunday 6.
    pub fn weekday(self) -> u32 {
        // 1 January 1970 was a Thursday.
        (self.days_since_epoch() + 3).rem_euclid(7) as u32
    }

    /// Whether it is a working day in England and Wales: Monday to Friday and not a bank
    /// holiday (see [`BANK_HOLIDAYS`]).
    pub fn is_working_day(self) -> bool {
        self.weekday() < 5
            && BANK_HOLIDAYS
                .binary_search(&self.to_string().as_str())
                .is_err()
    }

    /// The date `days` working days later (earlier when negative), counting from this date.
    pub fn add_working_days(self, days: i32) -> Date {
        let step = if days < 0 { -1 } else { 1 };
        let mut date = self;
        let mut left = days.unsigned_abs();
        while left > 0 {
            date = date.add_days(step);
            if date.is_working_day() {
                left -= 1;
            }
        }
        date
    }
}

/// Bank holidays in England and Wales, 2024 to 2028, sorted. Source: GOV.UK's
/// <https://www.gov.uk/bank-holidays.json> (2024 to 2027) and the Banking and Financial
/// Dealings Act 1971's rules with Easter's date for 2028; update yearly.
pub const BANK_HOLIDAYS: [&str; 40] = [
    "2024-01-01",
    "2024-03-29",
    "2024-04-01",
    "2024-05-06",
    "2024-05-27",
    "2024-08-26",
    "2024-12-25",
    "2024-12-26",
    "2025-01-01",
    "2025-04-18",
    "2025-04-21",
    "2025-05-05",
    "2025-05-26",
    "2025-08-25",
    "2025-12-25",
    "2025-12-26",
    "2026-01-01",
    "2026-04-03",
    "2026-04-06",
    "2026-05-04",
    "2026-05-25",
    "2026-08-31",
    "2026-12-25",
    "2026-12-28",
    "2027-01-01",
    "2027-03-26",
    "2027-03-29",
    "2027-05-03",
    "2027-05-31",
    "2027-08-30",
    "2027-12-27",
    "2027-12-28",
    "2028-01-03",
    "2028-04-14",
    "2028-04-17",
    "2028-05-01",
    "2028-05-29",
    "2028-08-28",
    "2028-12-25",
    "2028-12-26",
];

/// A bound on a date question, fixed or counted from today, as a definition writes it:
/// `"2026-11-28"`, `"today"`, `"2 working days ago"`, `"30 days from today"`,
/// `"16 years ago"`, `"6 months from today"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum DateBound {
    /// This date.
    On(Date),
    /// So many units from today: negative is in the past.
    FromToday(i32, Unit),
}

/// What a relative [`DateBound`] counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Calendar days.
    Days,
    /// Monday to Friday, bank holidays in England and Wales left out.
    WorkingDays,
    /// Weeks.
    Weeks,
    /// Calendar months.
    Months,
    /// Years.
    Years,
}

impl DateBound {
    /// The date this bound is on, `today` being the day it is measured from.
    pub fn on(self, today: Date) -> Date {
        match self {
            DateBound::On(date) => date,
            DateBound::FromToday(n, Unit::Days) => today.add_days(i64::from(n)),
            DateBound::FromToday(n, Unit::WorkingDays) => today.add_working_days(n),
            DateBound::FromToday(n, Unit::Weeks) => today.add_days(i64::from(n) * 7),
            DateBound::FromToday(n, Unit::Months) => today.add_months(n),
            DateBound::FromToday(n, Unit::Years) => today.add_months(n.saturating_mul(12)),
        }
    }
}

impl From<Date> for DateBound {
    fn from(date: Date) -> Self {
        DateBound::On(date)
    }
}

const UNITS: [(&str, &str, Unit); 5] = [
    ("day", "days", Unit::Days),
    ("working day", "working days", Unit::WorkingDays),
    ("week", "weeks", Unit::Weeks),
    ("month", "months", Unit::Months),
    ("year", "years", Unit::Years),
];

impl TryFrom<String> for DateBound {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        let wrong = || {
            format!(
                "\"{text}\" is not a date bound: write a date (\"2026-11-28\"), \"today\", or a \
                 number of days, working days, weeks, months or years \"ago\" or \"from today\" \
                 (\"2 working days ago\")"
            )
        };
        let trimmed = text.trim();
        if trimmed == "today" {
            return Ok(DateBound::FromToday(0, Unit::Days));
        }
        if let Some(date) = Date::parse_iso(trimmed) {
            return Ok(DateBound::On(date));
        }
        let (count, sign) = if let Some(rest) = trimmed.strip_suffix(" ago") {
            (rest, -1)
        } else if let Some(rest) = trimmed.strip_suffix(" from today") {
            (rest, 1)
        } else {
            return Err(wrong());
        };
        let (number, unit) = count.split_once(' ').ok_or_else(wrong)?;
        let number: i32 = number
            .parse()
            .ok()
            .filter(|n| (0..=10_000).contains(n))
            .ok_or_else(wrong)?;
        let unit = UNITS
            .iter()
            .find(|(one, many, _)| unit == *one || unit == *many)
            .map(|(_, _, unit)| *unit)
            .ok_or_else(wrong)?;
        Ok(DateBound::FromToday(sign * number, unit))
    }
}

impl From<DateBound> for String {
    fn from(bound: DateBound) -> String {
        match bound {
            DateBound::On(date) => date.to_string(),
            DateBound::FromToday(0, _) => "today".into(),
            DateBound::FromToday(n, unit) => {
                let (one, many, _) = UNITS
                    .iter()
                    .find(|(_, _, u)| *u == unit)
                    .copied()
                    .unwrap_or(UNITS[0]);
                let name = if n.abs() == 1 { one } else { many };
                let when = if n < 0 { "ago" } else { "from today" };
                format!("{} {name} {when}", n.abs())
            }
        }
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The months' names in English, as GOV.UK writes dates ("28 November 2026").
pub(crate) const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The months' names in Welsh ("28 Tachwedd 2026").
pub(crate) const MONTHS_CY: [&str; 12] = [
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
];

/// A month as people type it: a number, or its name or first three letters in English or
/// Welsh (`3`, `03`, `mar`, `March`, `Maw`, `Mawrth`), as the GOV.UK Design System's date
/// input guidance asks services to accept.
pub(crate) fn month(text: &str) -> Option<u32> {
    if let Ok(number) = text.parse::<u32>() {
        return (1..=12).contains(&number).then_some(number);
    }
    let lower = civic::lowercase(text);
    let found = |names: &[&str; 12]| {
        names.iter().position(|name| {
            let name = civic::lowercase(name);
            name == lower || (lower.chars().count() >= 3 && name.starts_with(lower.as_str()))
        })
    };
    found(&MONTHS_EN)
        .or_else(|| found(&MONTHS_CY))
        .map(|index| index as u32 + 1)
}
