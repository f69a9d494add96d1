//! Civil dates as the cadre records write them: full dates, and the partial
//! birth dates "YYYY" and "YYYY-MM" that many personnel files carry.
//!
//! This module owns parsing and formatting of ISO dates and month arithmetic.
//! It knows nothing about ages or retirement (see `age` and `retirement`) and
//! never reads the clock: every date comes from the caller.

use std::fmt;

/// Years outside this range are rejected: they are typing errors, and the
/// bound keeps every month index far from integer overflow.
const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1000..=9999;

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// A calendar month, such as the month a person reaches retirement age.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    month: u8,
}

/// How much of a date a record gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// "1975": month and day unknown.
    Year,
    /// "1975-03": day unknown.
    Month,
    /// "1975-03-14".
    Day,
}

/// A date that may lack its day or its month. The missing parts count as
/// January and the 1st (NĐ 135/2020/NĐ-CP Điều 3 khoản 3), which is what
/// [`PartialDate::date`] returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartialDate {
    date: Date,
    precision: Precision,
}

/// Why a date string could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form YYYY, YYYY-MM or YYYY-MM-DD.
    Syntax,
    /// The year is outside 1000–9999.
    Year(i32),
    /// The month is not 1–12.
    Month(u32),
    /// The day does not exist in that month.
    Day { day: u32, month: u8, year: i32 },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Syntax => f.write_str("expected YYYY, YYYY-MM or YYYY-MM-DD"),
            DateError::Year(y) => write!(f, "year {y} is out of range"),
            DateError::Month(m) => write!(f, "there is no month {m}"),
            DateError::Day { day, month, year } => {
                write!(f, "{month:02}/{year} has no day {day}")
            }
        }
    }
}

/// Number of days in a month of a year.
///
/// ```
/// assert_eq!(qhcb::date::days_in_month(2024, 2), 29);
/// assert_eq!(qhcb::date::days_in_month(1900, 2), 28);
/// ```
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap_year(year) => 29,
        _ => 28,
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl Date {
    /// A date, or `None` when it does not exist (31/04, 29/02 of a common year,
    /// a year outside 1000–9999).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        Date::checked(year, u32::from(month), u32::from(day)).ok()
    }

    fn checked(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
        if !YEAR_RANGE.contains(&year) {
            return Err(DateError::Year(year));
        }
        let month = u8::try_from(month)
            .ok()
            .filter(|m| (1..=12).contains(m))
            .ok_or(DateError::Month(month))?;
        let day = u8::try_from(day)
            .ok()
            .filter(|d| *d >= 1 && *d <= days_in_month(year, month))
            .ok_or(DateError::Day { day, month, year })?;
        Ok(Date { year, month, day })
    }

    /// Reads a full ISO date "YYYY-MM-DD".
    ///
    /// ```
    /// use qhcb::date::Date;
    /// assert_eq!(Date::parse("2018-04-30").unwrap().to_string(), "2018-04-30");
    /// assert!(Date::parse("2018-04-31").is_err());
    /// assert!(Date::parse("2018-04").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let partial = PartialDate::parse(text)?;
        match partial.precision {
            Precision::Day => Ok(partial.date),
            _ => Err(DateError::Syntax),
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The month this date falls in.
    pub fn year_month(self) -> YearMonth {
        YearMonth {
            year: self.year,
            month: self.month,
        }
    }

    /// Written the Vietnamese way: dd/mm/yyyy.
    pub fn to_vietnamese(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }

    /// Written the English way, unambiguously: "14 April 2025".
    pub fn to_english(self) -> String {
        format!("{} {}", self.day, self.year_month().to_english())
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Days from civil (H. Hinnant's algorithm): years start in March.
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, or `None` outside years 1000–9999.
    ///
    /// ```
    /// use qhcb::date::Date;
    /// assert_eq!(Date::from_days_since_epoch(0).unwrap().to_string(), "1970-01-01");
    /// assert_eq!(Date::new(2000, 3, 1).unwrap().days_since_epoch(), 11_017);
    /// ```
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month as u8, day as u8)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl YearMonth {
    /// A month, or `None` when the month is not 1–12 or the year is out of range.
    pub fn new(year: i32, month: u8) -> Option<YearMonth> {
        Date::new(year, month, 1).map(Date::year_month)
    }

    /// The month with the given [`YearMonth::index`].
    pub fn from_index(index: i32) -> YearMonth {
        YearMonth {
            year: index.div_euclid(12),
            // rem_euclid(12) is in 0..12, so the cast cannot truncate.
            month: index.rem_euclid(12) as u8 + 1,
        }
    }

    /// A running month number, `year × 12 + (month − 1)`: the difference of two
    /// indexes is the number of months between them (regulations.md §10).
    pub fn index(self) -> i32 {
        self.year * 12 + i32::from(self.month) - 1
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    /// The last day of the month (NĐ 135/2020 Điều 3 khoản 1 puts retirement there).
    pub fn last_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month,
            day: days_in_month(self.year, self.month),
        }
    }

    /// Written the Vietnamese way: mm/yyyy.
    pub fn to_vietnamese(self) -> String {
        format!("{:02}/{:04}", self.month, self.year)
    }

    /// Written the English way: "October 2025".
    pub fn to_english(self) -> String {
        const NAMES: [&str; 12] = [
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
        let name = NAMES[usize::from(self.month.clamp(1, 12) - 1)];
        format!("{name} {}", self.year)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl PartialDate {
    /// Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" (surrounding spaces allowed).
    ///
    /// ```
    /// use qhcb::date::{PartialDate, Precision};
    /// let birth = PartialDate::parse("1978-03").unwrap();
    /// assert_eq!(birth.precision(), Precision::Month);
    /// assert_eq!(birth.date().to_string(), "1978-03-01");
    /// assert!(PartialDate::parse("1975-13").is_err());
    /// assert!(PartialDate::parse("1975-02-30").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<PartialDate, DateError> {
        let mut parts = text.trim().split('-');
        let year = parts
            .next()
            .and_then(|p| digits(p, 4))
            .ok_or(DateError::Syntax)?;
        let month = parts.next().map(|p| digits(p, 2).ok_or(DateError::Syntax));
        let day = parts.next().map(|p| digits(p, 2).ok_or(DateError::Syntax));
        if parts.next().is_some() {
            return Err(DateError::Syntax);
        }
        let (precision, month, day) = match (month, day) {
            (None, _) => (Precision::Year, 1, 1),
            (Some(m), None) => (Precision::Month, m?, 1),
            (Some(m), Some(d)) => (Precision::Day, m?, d?),
        };
        // Four digits always fit an i32.
        let date = Date::checked(year as i32, month, day)?;
        Ok(PartialDate { date, precision })
    }

    /// A partial date from a year alone.
    pub fn from_year(year: i32) -> Result<PartialDate, DateError> {
        Ok(PartialDate {
            date: Date::checked(year, 1, 1)?,
            precision: Precision::Year,
        })
    }

    /// The date with missing parts filled in as January and the 1st.
    pub fn date(self) -> Date {
        self.date
    }

    pub fn precision(self) -> Precision {
        self.precision
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.date;
        match self.precision {
            Precision::Year => write!(f, "{:04}", d.year),
            Precision::Month => write!(f, "{}", d.year_month()),
            Precision::Day => write!(f, "{d}"),
        }
    }
}

/// Exactly `len` ASCII digits, as a number.
fn digits(text: &str, len: usize) -> Option<u32> {
    if text.len() == len && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_index_round_trips_across_year_ends() {
        for index in [0, 11, 12, 23_999, 24_000] {
            assert_eq!(YearMonth::from_index(index).index(), index);
        }
        assert_eq!(YearMonth::from_index(2021 * 12 + 3).to_string(), "2021-04");
    }

    #[test]
    fn digits_rejects_signs_and_wrong_widths() {
        assert_eq!(digits("07", 2), Some(7));
        assert_eq!(digits("+7", 2), None);
        assert_eq!(digits("7", 2), None);
        assert_eq!(digits("٠٧", 2), None);
    }
}
