//! Retirement under Bộ luật Lao động 2019 Điều 169 and NĐ 135/2020/NĐ-CP.
//!
//! The retirement age depends on the calendar year in which it is reached
//! (Điều 4): men 60 years 3 months in 2021, rising by 3 months a year to 62
//! from 2028; women 55 years 4 months in 2021, rising by 4 months a year to 60
//! from 2035. Before 2021 the ages were 60 and 55. A person retires on the
//! last day of the month in which the age is reached (Điều 3 khoản 1).
//!
//! The month-by-month lookup (Phụ lục I) is derived from Điều 4: find the year
//! Y in which birth month + age(Y) falls. This reproduces every birth cut-off
//! published for Chỉ thị 45-CT/TW Phụ lục 2 (see tests/retirement.rs).

use crate::age::Age;
use crate::date::{Date, YearMonth};

pub use crate::schema::Sex;

/// The first year of the roadmap.
const ROADMAP_START: i32 = 2021;
/// Men: 60 years before the roadmap, +3 months a year, capped at 62 years.
const MEN_BASE_MONTHS: i32 = 60 * 12;
const MEN_STEP_MONTHS: i32 = 3;
const MEN_CAP_MONTHS: i32 = 62 * 12;
/// Women: 55 years before the roadmap, +4 months a year, capped at 60 years.
const WOMEN_BASE_MONTHS: i32 = 55 * 12;
const WOMEN_STEP_MONTHS: i32 = 4;
const WOMEN_CAP_MONTHS: i32 = 60 * 12;
/// Women leaders allowed to retire at 60 (Chỉ thị 45-CT/TW Phụ lục 2 gives
/// separate cut-offs for them; the legal basis is unconfirmed).
const WOMEN_AT_60_MONTHS: i32 = 60 * 12;

/// When a person retires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retirement {
    /// The retirement age that applies to this person.
    pub age: Age,
    /// The month in which that age is reached.
    pub month: YearMonth,
    /// The retirement date: the last day of that month.
    pub date: Date,
}

/// The retirement age, in months, for someone who reaches it in `year`.
///
/// ```
/// use qhcb::retirement::{retirement_age_months, Sex};
/// assert_eq!(retirement_age_months(Sex::Male, 2021), 60 * 12 + 3);
/// assert_eq!(retirement_age_months(Sex::Male, 2040), 62 * 12);
/// assert_eq!(retirement_age_months(Sex::Female, 2025), 56 * 12 + 8);
/// ```
pub fn retirement_age_months(sex: Sex, year: i32) -> i32 {
    let steps = (year - ROADMAP_START + 1).max(0);
    match sex {
        Sex::Male => (MEN_BASE_MONTHS + MEN_STEP_MONTHS * steps).min(MEN_CAP_MONTHS),
        Sex::Female => (WOMEN_BASE_MONTHS + WOMEN_STEP_MONTHS * steps).min(WOMEN_CAP_MONTHS),
    }
}

/// When a person born in `birth` (the day is ignored) retires.
/// `retire_at_60` applies to women only: such a woman retires at 60 years.
///
/// ```
/// use qhcb::{date::YearMonth, retirement::{retirement, Sex}};
/// let r = retirement(Sex::Male, YearMonth::new(1961, 10).unwrap(), false);
/// assert_eq!((r.age.years, r.age.months), (60, 6));
/// assert_eq!(r.date.to_string(), "2022-04-30");
/// ```
pub fn retirement(sex: Sex, birth: YearMonth, retire_at_60: bool) -> Retirement {
    let months = if sex == Sex::Female && retire_at_60 {
        WOMEN_AT_60_MONTHS
    } else {
        roadmap_age_months(sex, birth)
    };
    let month = YearMonth::from_index(birth.index() + months);
    Retirement {
        age: Age::from_months(months),
        month,
        date: month.last_day(),
    }
}

/// A decided retirement (NĐ 83/2022 amended by NĐ 99/2024 for later
/// retirement; BLLĐ 2019 Điều 169 k3 or NĐ 178/2024 for early retirement):
/// the month given, and the day given or the last day of that month; `age`
/// is the age reached in that month (the birth day ignored, as the roadmap).
pub fn decided_retirement(birth: YearMonth, date: crate::date::PartialDate) -> Retirement {
    let month = date.date().year_month();
    let day = match date.precision() {
        crate::date::Precision::Day => date.date(),
        _ => month.last_day(),
    };
    Retirement {
        age: Age::from_months(month.index() - birth.index()),
        month,
        date: day,
    }
}

/// The age under the roadmap: the first year Y in which the person, born in
/// `birth`, reaches age(Y). Age rises by at most 4 months a year, so every
/// birth month meets exactly one first such year within the search window.
fn roadmap_age_months(sex: Sex, birth: YearMonth) -> i32 {
    let lowest = retirement_age_months(sex, i32::MIN / 24);
    let first_year = YearMonth::from_index(birth.index() + lowest).year();
    (first_year..first_year + 8)
        .map(|year| (year, retirement_age_months(sex, year)))
        .find(|&(year, months)| YearMonth::from_index(birth.index() + months).year() == year)
        .map(|(_, months)| months)
        .unwrap_or_else(|| retirement_age_months(sex, i32::MAX / 24))
}

/// The answer of the `retirement()` API: `{ age, month, date }`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct RetirementReport {
    pub age: Age,
    /// "YYYY-MM"
    pub month: String,
    /// "YYYY-MM-DD", the last day of the month.
    pub date: String,
}

/// Retirement for a sex written "M"/"F" and a birth written "YYYY",
/// "YYYY-MM" or "YYYY-MM-DD".
///
/// ```
/// let r = qhcb::retirement::retirement_of("F", "1975-05", false).unwrap();
/// assert_eq!((r.age.years, r.month.as_str(), r.date.as_str()), (60, "2035-05", "2035-05-31"));
/// ```
pub fn retirement_of(
    sex: &str,
    birth: &str,
    retire_at_60: bool,
) -> Result<RetirementReport, crate::error::Error> {
    let sex = match sex {
        "M" => Sex::Male,
        "F" => Sex::Female,
        other => return Err(crate::error::Error::UnknownSex(other.to_owned())),
    };
    let birth =
        crate::date::PartialDate::parse(birth).map_err(|reason| crate::error::Error::BadDate {
            field: "birth",
            value: birth.to_owned(),
            reason,
        })?;
    let r = retirement(sex, birth.date().year_month(), retire_at_60);
    Ok(RetirementReport {
        age: r.age,
        month: r.month.to_string(),
        date: r.date.to_string(),
    })
}
