//! What is computed once per person (age, retirement, months left) and the
//! young threshold, used by the cohorts, the rules and the filed report.

use crate::age::{age_on, months_between, Age};
use crate::date::{Date, YearMonth};
use crate::model::{Dataset, Level, Person};
use crate::profile::{code, Profile};
use crate::retirement::{decided_retirement, retirement};

/// What is computed once per person and used by cohorts and rules.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Facts {
    pub age: Age,
    /// The retirement month used everywhere: the decided one, or the roadmap's.
    pub retirement: YearMonth,
    pub retirement_date: Date,
    pub months_left: i32,
    pub months_left_at_term_start: Option<i32>,
    /// The retirement month under the NĐ 135/2020 roadmap (and the older
    /// `retireAt60` flag), whether or not a decided date overrides it.
    pub roadmap: YearMonth,
    /// `retirement` comes from the person's decided `retirementDate`.
    pub decided: bool,
    /// A planned title the person already holds or that ranks no higher
    /// than one they hold (what `planned-not-higher` looks for; it does not
    /// depend on the profile, so a profile switch does not look again).
    pub not_higher: bool,
    /// How many titles the person is planned for.
    pub planned: u32,
    /// Only the planning rules can find anything about the person (no
    /// candidacy, appointment, rotation date, discipline or decided
    /// retirement, and no title held past retirement on the review date):
    /// whether they do is read from these facts alone
    /// ([`crate::rules::surely_none`]).
    pub planning_only: bool,
}

impl Facts {
    pub fn of(person: &Person, dataset: &Dataset) -> Facts {
        let birth = person.birth.date();
        let roadmap = retirement(person.sex, birth.year_month(), person.retire_at_60);
        let retired = match person.retirement_date {
            Some(decided) => decided_retirement(birth.year_month(), decided),
            None => roadmap,
        };
        Facts {
            // Input reading rejects births after asOf, so the age exists.
            age: age_on(birth, dataset.as_of).unwrap_or(Age {
                years: 0,
                months: 0,
            }),
            retirement: retired.month,
            retirement_date: retired.date,
            months_left: months_between(dataset.as_of.year_month(), retired.month),
            months_left_at_term_start: dataset
                .term_start
                .map(|start| months_between(start, retired.month)),
            roadmap: roadmap.month,
            decided: person.retirement_date.is_some(),
            not_higher: !person.planned.is_empty() && any_not_higher(&dataset.titles, person),
            planned: u32::try_from(person.planned.len()).unwrap_or(u32::MAX),
            planning_only: person.candidacy.is_none()
                && person.appointment.is_none()
                && person.rotation_date.is_none()
                && person.discipline.is_empty()
                && person.retirement_date.is_none()
                && (person.current.is_empty() || retired.date >= dataset.as_of),
        }
    }
}

/// Whether the rule `planned-not-higher` finds anything about `person`: a planned title
/// they hold, or one ranked no higher than the highest they hold on the
/// same ladder.
pub fn any_not_higher(titles: &[crate::model::Title], person: &Person) -> bool {
    let best_current = |body: bool, unit: Option<usize>| {
        person
            .current
            .iter()
            .filter(|&&t| titles[t].group.is_body() == body && titles[t].unit == unit)
            .filter_map(|&t| titles[t].rank)
            .min()
    };
    person.planned.iter().any(|&t| {
        let planned = &titles[t];
        person.current.contains(&t)
            || matches!(
                (planned.rank, best_current(planned.group.is_body(), planned.unit)),
                (Some(rank), Some(best)) if rank >= best
            )
    })
}

/// The profile's young threshold for the unit's level.
pub fn young_under(profile: &Profile, level: Level) -> u32 {
    let rule = profile.rule(code::YOUNG_SHARE);
    let param = |name, default: u32| {
        rule.and_then(|r| r.number(name))
            .filter(|v| (0.0..=150.0).contains(v))
            .map_or(default, |v| v as u32)
    };
    match level {
        Level::Central => param("underCentral", 45),
        _ => param("under", 40),
    }
}
