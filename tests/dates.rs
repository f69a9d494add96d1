mod common;

use common::date;
use qhcb::age::{age_on, Age};
use qhcb::date::{Date, DateError, PartialDate, Precision};

#[test]
fn year_only_birth_counts_as_first_of_january() {
    let birth = PartialDate::parse("1975").unwrap();
    assert_eq!(birth.precision(), Precision::Year);
    assert_eq!(birth.date(), date("1975-01-01"));
}

#[test]
fn month_only_birth_counts_as_first_of_month() {
    let birth = PartialDate::parse("1975-08").unwrap();
    assert_eq!(birth.precision(), Precision::Month);
    assert_eq!(birth.date(), date("1975-08-01"));
}

#[test]
fn month_thirteen_is_rejected() {
    assert_eq!(PartialDate::parse("1975-13"), Err(DateError::Month(13)));
}

#[test]
fn thirtieth_of_february_is_rejected() {
    assert_eq!(
        PartialDate::parse("1975-02-30"),
        Err(DateError::Day {
            day: 30,
            month: 2,
            year: 1975
        })
    );
}

#[test]
fn leap_day_exists_only_in_leap_years() {
    assert!(Date::new(2024, 2, 29).is_some());
    assert!(Date::new(2023, 2, 29).is_none());
    assert!(Date::new(2000, 2, 29).is_some());
    assert!(Date::new(1900, 2, 29).is_none());
}

#[test]
fn malformed_dates_are_syntax_errors() {
    for text in [
        "",
        "75",
        "1975-1",
        "1975-01-1",
        "1975/01/01",
        "01/02/1975",
        "1975-01-01-01",
        "abcd",
        "+975",
    ] {
        assert_eq!(PartialDate::parse(text), Err(DateError::Syntax), "{text:?}");
    }
}

#[test]
fn full_date_parse_rejects_partial_dates() {
    assert_eq!(Date::parse("2018-04"), Err(DateError::Syntax));
    assert_eq!(
        Date::parse("2018-04-30").unwrap().to_vietnamese(),
        "30/04/2018"
    );
}

#[test]
fn age_counts_birthday_not_yet_reached() {
    let birth = date("1978-03-15");
    assert_eq!(
        age_on(birth, date("2018-03-14")),
        Some(Age {
            years: 39,
            months: 11
        })
    );
    assert_eq!(
        age_on(birth, date("2018-03-15")),
        Some(Age {
            years: 40,
            months: 0
        })
    );
    assert_eq!(
        age_on(birth, date("2018-04-30")),
        Some(Age {
            years: 40,
            months: 1
        })
    );
}

#[test]
fn age_before_birth_is_none() {
    assert_eq!(age_on(date("2000-01-02"), date("2000-01-01")), None);
    assert_eq!(
        age_on(date("2000-01-01"), date("2000-01-01")),
        Some(Age {
            years: 0,
            months: 0
        })
    );
}

#[test]
fn leap_day_birth_completes_year_on_first_of_march_in_common_years() {
    let birth = date("2000-02-29");
    assert_eq!(
        age_on(birth, date("2001-02-28")),
        Some(Age {
            years: 0,
            months: 11
        })
    );
    assert_eq!(
        age_on(birth, date("2001-03-01")),
        Some(Age {
            years: 1,
            months: 0
        })
    );
}

#[test]
fn fractional_years_use_twelfths() {
    assert_eq!(
        Age {
            years: 40,
            months: 6
        }
        .fractional_years(),
        40.5
    );
}
