//! Ages in completed years and months at a date.
//!
//! Owns only the arithmetic of age; the retirement age itself is in
//! `retirement`, and the reading of birth strings is in `date`.

use serde::Serialize;

use crate::date::{Date, YearMonth};

/// An age in completed years and months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Age {
    pub years: i32,
    pub months: i32,
}

impl Age {
    /// An age from a number of completed months.
    pub fn from_months(total: i32) -> Age {
        Age {
            years: total / 12,
            months: total % 12,
        }
    }

    /// The age as a number of months.
    pub fn total_months(self) -> i32 {
        self.years * 12 + self.months
    }

    /// The age in years with the months as a fraction (`months / 12`), as the
    /// contract defines the mean age.
    pub fn fractional_years(self) -> f64 {
        f64::from(self.years) + f64::from(self.months) / 12.0
    }
}

/// The age at `at` of a person born on `birth`, or `None` when `at` is before
/// the birth.
///
/// A month is completed on the day of the month that matches the birth day.
/// A person born on the 31st, or on 29 February, completes the month on the
/// 1st of the next month when the month is shorter.
///
/// ```
/// use qhcb::{age::{age_on, Age}, date::Date};
/// let birth = Date::new(1978, 3, 15).unwrap();
/// assert_eq!(age_on(birth, Date::new(2018, 4, 30).unwrap()), Some(Age { years: 40, months: 1 }));
/// assert_eq!(age_on(birth, Date::new(2018, 3, 14).unwrap()), Some(Age { years: 39, months: 11 }));
/// ```
pub fn age_on(birth: Date, at: Date) -> Option<Age> {
    if at < birth {
        return None;
    }
    let months = months_between(birth.year_month(), at.year_month());
    let completed = if at.day() < birth.day() {
        months - 1
    } else {
        months
    };
    Some(Age::from_months(completed))
}

/// Months from `from` to `to`, counting calendar months and ignoring days, as
/// the published congress cut-offs do (regulations.md §10).
pub fn months_between(from: YearMonth, to: YearMonth) -> i32 {
    to.index() - from.index()
}
