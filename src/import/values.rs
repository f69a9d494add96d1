//! Reading one cell's value: Excel serial dates, two-digit years, plausible
//! births and ethnic groups.

use super::options::DateOrder;
use super::outcome::ImportProblem;
use super::table::Cell;
use crate::cells;
use crate::date::Date;
use crate::input::{MAX_AGE, MIN_AGE};

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

/// A date cell: a date-formatted cell, a serial (of the 1900 or 1904
/// system), a year, or text read in the column's day/month order.
pub(super) fn date_value(
    cell: &Cell,
    text: &str,
    date1904: bool,
    order: DateOrder,
    reference_year: Option<i32>,
) -> Option<String> {
    match cell {
        Cell::Date(d) => Some(d.to_string()),
        Cell::Number(n) if n.fract() == 0.0 && (1900.0..=2100.0).contains(n) => {
            Some(format!("{}", *n as i32))
        }
        Cell::Number(n) => excel_serial_date(*n, date1904).map(|d| d.to_string()),
        _ => {
            let text = match (order, day_month(text)) {
                (DateOrder::Mdy, Some((a, b, rest))) => format!("{b}/{a}/{rest}"),
                _ => text.to_owned(),
            };
            cells::parse_date(&text).or_else(|| two_digit_year(&text, reference_year))
        }
    }
}

/// The first two numbers of a text date "a/b/yyyy" (or with . or -), and the rest.
fn day_month(text: &str) -> Option<(u32, u32, String)> {
    let parts: Vec<&str> = text.trim().split(['/', '.', '-']).map(str::trim).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    if !(y.len() == 2 || y.len() == 4) || !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((number(a)?, number(b)?, (*y).to_owned()))
}

/// A column's day/month order from all its text dates: a value whose first
/// number is above 12 proves d/m, one whose second is proves m/d. `None`
/// when the column has no such text date; `decided` is false when no value
/// tells (d/m, the Vietnamese order, is then used) or values contradict.
pub(super) fn column_date_order<'a>(
    texts: impl Iterator<Item = &'a str>,
) -> Option<(DateOrder, bool)> {
    let (mut any, mut dmy, mut mdy) = (false, false, false);
    for text in texts {
        let Some((a, b, _)) = day_month(text) else {
            continue;
        };
        any = true;
        dmy |= a > 12 && (1..=12).contains(&b);
        mdy |= b > 12 && (1..=12).contains(&a);
    }
    any.then_some(match (dmy, mdy) {
        (false, true) => (DateOrder::Mdy, true),
        (true, false) => (DateOrder::Dmy, true),
        _ => (DateOrder::Dmy, false),
    })
}

/// Text without invisible characters: zero-width spaces and joiners,
/// byte-order marks removed (a soft hyphen is TCVN3 for ư and stays); non-breaking and other
/// Unicode spaces made plain spaces, runs of spaces made one. `None` when
/// there was nothing to remove.
pub(super) fn without_invisible(text: &str) -> Option<String> {
    let invisible = |c: char| matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}');
    let odd_space = |c: char| {
        matches!(
            c,
            '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
        )
    };
    if !text.chars().any(|c| invisible(c) || odd_space(c)) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if invisible(c) {
            continue;
        }
        let c = if odd_space(c) { ' ' } else { c };
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    Some(out.trim().to_owned())
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
