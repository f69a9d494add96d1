//! Reading one cell's value: Excel serial dates, two-digit years, plausible
//! births and ethnic groups.

use serde_json::{json, Value};

use super::options::ImportOptions;
use super::outcome::ImportProblem;
use super::table::Cell;
use crate::cells;
use crate::date::Date;
use crate::input::{MAX_AGE, MIN_AGE};
use crate::text::fold;

/// Excel serial numbers: the 1900 system (with its fictional 29/02/1900,
/// serial 60) or the 1904 system.
///
/// ```
/// use qhcb::import::excel_serial_date;
/// assert_eq!(excel_serial_date(27_000.0, false).unwrap().to_string(), "1973-12-02");
/// assert_eq!(excel_serial_date(1.0, false).unwrap().to_string(), "1900-01-01");
/// assert_eq!(excel_serial_date(61.0, false).unwrap().to_string(), "1900-03-01");
/// assert!(excel_serial_date(60.0, false).is_none());
/// assert_eq!(excel_serial_date(0.0, true).unwrap().to_string(), "1904-01-01");
/// ```
pub fn excel_serial_date(serial: f64, date1904: bool) -> Option<Date> {
    if !serial.is_finite() || !(0.0..3_000_000.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    let epoch = |y, m, d| Date::new(y, m, d).map(Date::days_since_epoch);
    let day = if date1904 {
        epoch(1904, 1, 1)? + days
    } else {
        match days {
            // Excel counts a 29 February 1900 that never was.
            60 => return None,
            0 => return None,
            1..=59 => epoch(1899, 12, 31)? + days,
            _ => epoch(1899, 12, 30)? + days,
        }
    };
    Date::from_days_since_epoch(day)
}

/// Ethnic groups of Viet Nam other than Kinh, folded (minority = true).
const MINORITIES: &[&str] = &[
    "tay",
    "thai",
    "muong",
    "khmer",
    "kho me",
    "khome",
    "hoa",
    "nung",
    "mong",
    "h'mong",
    "hmong",
    "dao",
    "gia rai",
    "jrai",
    "e de",
    "ede",
    "ba na",
    "bahnar",
    "xo dang",
    "san chay",
    "co ho",
    "cham",
    "san diu",
    "hre",
    "ra glai",
    "raglai",
    "mnong",
    "m'nong",
    "tho",
    "xtieng",
    "stieng",
    "kho mu",
    "khmu",
    "bru van kieu",
    "bru - van kieu",
    "van kieu",
    "co tu",
    "giay",
    "ta oi",
    "ma",
    "gie trieng",
    "gie-trieng",
    "co",
    "cho ro",
    "xinh mun",
    "ha nhi",
    "chu ru",
    "lao",
    "la chi",
    "khang",
    "phu la",
    "la hu",
    "la ha",
    "pa then",
    "lu",
    "ngai",
    "chut",
    "lo lo",
    "mang",
    "co lao",
    "bo y",
    "cong",
    "si la",
    "pu peo",
    "ro mam",
    "brau",
    "o du",
    "dan toc thieu so",
    "dtts",
];

pub(super) fn ethnic_value(text: &str) -> Result<Value, &'static str> {
    let folded = fold(text);
    if folded == "kinh" || folded.is_empty() {
        return Ok(json!(false));
    }
    if MINORITIES.contains(&folded.as_str()) {
        return Ok(json!(true));
    }
    match cells::parse_cell("ethnicMinority", text, &[]) {
        Ok(v) => Ok(v),
        Err(_) => Err("ethnic"),
    }
}

/// A date cell: a date-formatted cell, a serial, a year, or text.
pub(super) fn date_value(cell: &Cell, text: &str, options: &ImportOptions) -> Option<String> {
    match cell {
        Cell::Date(d) => Some(d.to_string()),
        Cell::Number(n) if n.fract() == 0.0 && (1900.0..=2100.0).contains(n) => {
            Some(format!("{}", *n as i32))
        }
        Cell::Number(n) => excel_serial_date(*n, options.date1904).map(|d| d.to_string()),
        _ => cells::parse_date(text).or_else(|| two_digit_year(text, options.reference_year)),
    }
}

/// d/m/yy: a two-digit year is in the 2000s when that makes the person at
/// least 16 at the review year, else in the 1900s.
fn two_digit_year(text: &str, reference: Option<i32>) -> Option<String> {
    let parts: Vec<&str> = text.trim().split(['/', '.', '-']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    if y.len() != 2 || !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let yy: i32 = y.parse().ok()?;
    let reference = reference.unwrap_or(2026);
    let year = if 2000 + yy <= reference - 16 {
        2000 + yy
    } else {
        1900 + yy
    };
    cells::parse_date(&format!("{d}/{m}/{year}"))
}

/// A birth (ISO text) whose year makes an age outside 18–75 at the
/// reference year, give or take the year (the analysis checks the age at
/// the review date; here only years are known): an Excel serial 1 (01/01/1900)
/// or a typo ("1075") is the row's problem, not a cadre of 126.
pub(super) fn plausible_birth(iso: &str, reference: Option<i32>) -> Result<(), ImportProblem> {
    let reference = reference.unwrap_or(2026);
    let Some(year) = iso.get(..4).and_then(|y| y.parse::<i32>().ok()) else {
        return Ok(());
    };
    let age = reference - year;
    if !(MIN_AGE - 1..=MAX_AGE + 1).contains(&age) {
        return Err(ImportProblem::ImplausibleBirth { year, reference });
    }
    Ok(())
}
