//! NĐ 135/2020/NĐ-CP roadmap and the Chỉ thị 45-CT/TW Phụ lục 2 birth cut-offs
//! (regulations.md §5 and §7).

mod common;

use common::month;
use qhcb::age::months_between;
use qhcb::date::YearMonth;
use qhcb::retirement::{retirement, retirement_age_months, retirement_of, Sex};

/// (birth month of the first person on the step, age years, age months, month reached)
const MEN_STEPS: [(&str, i32, i32, &str); 8] = [
    ("1961-01", 60, 3, "2021-04"),
    ("1961-10", 60, 6, "2022-04"),
    ("1962-07", 60, 9, "2023-04"),
    ("1963-04", 61, 0, "2024-04"),
    ("1964-01", 61, 3, "2025-04"),
    ("1964-10", 61, 6, "2026-04"),
    ("1965-07", 61, 9, "2027-04"),
    ("1966-04", 62, 0, "2028-04"),
];

const WOMEN_STEPS: [(&str, i32, i32, &str); 15] = [
    ("1966-01", 55, 4, "2021-05"),
    ("1966-09", 55, 8, "2022-05"),
    ("1967-05", 56, 0, "2023-05"),
    ("1968-01", 56, 4, "2024-05"),
    ("1968-09", 56, 8, "2025-05"),
    ("1969-05", 57, 0, "2026-05"),
    ("1970-01", 57, 4, "2027-05"),
    ("1970-09", 57, 8, "2028-05"),
    ("1971-05", 58, 0, "2029-05"),
    ("1972-01", 58, 4, "2030-05"),
    ("1972-09", 58, 8, "2031-05"),
    ("1973-05", 59, 0, "2032-05"),
    ("1974-01", 59, 4, "2033-05"),
    ("1974-09", 59, 8, "2034-05"),
    ("1975-05", 60, 0, "2035-05"),
];

#[track_caller]
fn check_steps(sex: Sex, steps: &[(&str, i32, i32, &str)]) {
    for (i, &(birth, years, months, reached)) in steps.iter().enumerate() {
        let first = month(birth);
        let r = retirement(sex, first, false);
        assert_eq!(
            (r.age.years, r.age.months),
            (years, months),
            "{sex:?} born {birth}"
        );
        assert_eq!(r.month, month(reached), "{sex:?} born {birth}");
        // Every birth month up to the next step's first has the same age.
        let next = steps
            .get(i + 1)
            .map_or(first.index() + 24, |s| month(s.0).index());
        for index in first.index()..next {
            let r = retirement(sex, YearMonth::from_index(index), false);
            assert_eq!(
                (r.age.years, r.age.months),
                (years, months),
                "{sex:?} born {}",
                YearMonth::from_index(index)
            );
        }
        // The month before the step is on the previous (lower) age.
        let before = retirement(sex, YearMonth::from_index(first.index() - 1), false);
        assert!(before.age < r.age, "{sex:?} born the month before {birth}");
    }
}

#[test]
fn men_follow_every_roadmap_step() {
    check_steps(Sex::Male, &MEN_STEPS);
}

#[test]
fn women_follow_every_roadmap_step() {
    check_steps(Sex::Female, &WOMEN_STEPS);
}

#[test]
fn before_the_roadmap_men_retire_at_60_and_women_at_55() {
    let man = retirement(Sex::Male, month("1960-12"), false);
    assert_eq!(
        (man.age.years, man.age.months, man.month),
        (60, 0, month("2020-12"))
    );
    let woman = retirement(Sex::Female, month("1965-12"), false);
    assert_eq!(
        (woman.age.years, woman.age.months, woman.month),
        (55, 0, month("2020-12"))
    );
}

#[test]
fn age_depends_on_the_year_it_is_reached() {
    assert_eq!(retirement_age_months(Sex::Male, 2020), 720);
    assert_eq!(retirement_age_months(Sex::Male, 2027), 741);
    assert_eq!(retirement_age_months(Sex::Male, 2100), 744);
    assert_eq!(retirement_age_months(Sex::Female, 2034), 716);
    assert_eq!(retirement_age_months(Sex::Female, 2035), 720);
}

#[test]
fn retirement_date_is_the_last_day_of_the_month() {
    let r = retirement_of("F", "1976-02-10", false).unwrap();
    assert_eq!(r.month, "2036-02");
    assert_eq!(r.date, "2036-02-29");
    let r = retirement_of("M", "1970-04-30", false).unwrap();
    assert_eq!(r.date, "2032-04-30");
}

#[test]
fn birth_day_is_ignored() {
    assert_eq!(
        retirement_of("M", "1964-10-01", false),
        retirement_of("M", "1964-10-31", false)
    );
}

#[test]
fn women_allowed_to_retire_at_60_use_60_years() {
    let r = retirement_of("F", "1968-09", true).unwrap();
    assert_eq!(
        (r.age.years, r.age.months, r.month.as_str()),
        (60, 0, "2028-09")
    );
}

#[test]
fn retire_at_60_does_not_change_men() {
    assert_eq!(
        retirement_of("M", "1968-09", true),
        retirement_of("M", "1968-09", false)
    );
}

#[test]
fn retirement_of_rejects_bad_sex_and_birth() {
    assert_eq!(
        retirement_of("X", "1970", false).unwrap_err().to_string(),
        "sex \"X\" is not valid; expected M or F"
    );
    assert_eq!(
        retirement_of("M", "1970-13", false)
            .unwrap_err()
            .to_string(),
        "\"birth\": \"1970-13\" is not a valid date: there is no month 13"
    );
}

/// The earliest birth month from which everyone has at least `threshold`
/// months left at `reference`.
fn cutoff(sex: Sex, at_60: bool, reference: &str, threshold: i32) -> String {
    let reference = month(reference);
    let enough = |index| {
        months_between(
            reference,
            retirement(sex, YearMonth::from_index(index), at_60).month,
        ) >= threshold
    };
    let (from, to) = (month("1940-01").index(), month("2000-01").index());
    let first = (from..to).find(|&i| (i..to).all(enough)).unwrap();
    YearMonth::from_index(first).to_vietnamese()
}

/// Chỉ thị 45-CT/TW Phụ lục 2 (regulations.md §7): reference month, threshold,
/// sex, women at 60, expected cut-off ("born in this month or later").
const CT45_CUTOFFS: [(&str, i32, Sex, bool, &str); 21] = [
    // First time (60 months)
    ("2025-04", 60, Sex::Male, false, "04/1968"),
    ("2025-06", 60, Sex::Male, false, "06/1968"),
    ("2025-07", 60, Sex::Male, false, "07/1968"),
    ("2025-09", 60, Sex::Male, false, "09/1968"),
    ("2025-04", 60, Sex::Female, false, "01/1972"),
    ("2025-06", 60, Sex::Female, false, "02/1972"),
    ("2025-07", 60, Sex::Female, false, "03/1972"),
    ("2025-09", 60, Sex::Female, false, "05/1972"),
    ("2025-06", 60, Sex::Female, true, "06/1970"),
    ("2025-07", 60, Sex::Female, true, "07/1970"),
    ("2025-09", 60, Sex::Female, true, "09/1970"),
    // Re-election (48 months)
    ("2025-04", 48, Sex::Male, false, "04/1967"),
    ("2025-06", 48, Sex::Male, false, "06/1967"),
    ("2025-07", 48, Sex::Male, false, "07/1967"),
    ("2025-09", 48, Sex::Male, false, "09/1967"),
    ("2025-04", 48, Sex::Female, false, "05/1971"),
    ("2025-06", 48, Sex::Female, false, "06/1971"),
    ("2025-07", 48, Sex::Female, false, "07/1971"),
    ("2025-09", 48, Sex::Female, false, "09/1971"),
    ("2025-09", 48, Sex::Female, true, "09/1969"),
    // Provincial deputy secretary (42 months)
    ("2025-09", 42, Sex::Male, false, "03/1967"),
];

#[test]
fn chi_thi_45_birth_cutoffs_match_phu_luc_2() {
    for (reference, threshold, sex, at_60, expected) in CT45_CUTOFFS {
        assert_eq!(
            cutoff(sex, at_60, reference, threshold),
            expected,
            "{sex:?} at60={at_60} {threshold} months at {reference}"
        );
    }
}

#[test]
fn provincial_deputy_secretary_cutoffs_for_women() {
    assert_eq!(cutoff(Sex::Female, true, "2025-09", 42), "03/1969");
    assert_eq!(cutoff(Sex::Female, false, "2025-09", 42), "05/1971");
}
