//! The sums over the people that a report reads — the cohorts, each
//! title's holders and planned people, the groups' planned people, the
//! retirement timeline, the congress candidates, the age bands of the
//! planned — counted a person at a time. [`crate::report::analyze`] counts
//! everyone; a roster held in memory (issue 18) keeps the sums and, after
//! an edit, takes the old row back and counts the new one.
//!
//! The counts are integers, so taking a person back and counting them again
//! gives exactly the sums counted from scratch.

use crate::cohort::{CohortCounter, Cohorts};
use crate::model::{Dataset, Group, Person, Title};
use crate::planning::{group_stats_of, title_stats_of, GroupStats, TitleStats};
use crate::profile::{code, Profile};
use crate::report::facts::{young_under, Facts};
use crate::retirement::Sex;
use crate::succession::{Timeline, TimelineCounter};

/// The people's sums of one dataset (its titles, review date, term and
/// unit) under one profile.
#[derive(Clone, Debug)]
pub struct Tally {
    /// The group of each title, in the order of the titles.
    title_groups: Vec<Group>,
    /// The groups with at least one title, in the order of [`Group::ALL`].
    groups: Vec<Group>,
    /// All, current, planned, then current:<g> and planned:<g> per group.
    counters: Vec<CohortCounter>,
    current: Vec<u32>,
    planned: Vec<u32>,
    planned_women: Vec<u32>,
    /// Distinct people planned for a title of each group (by `Group as usize`).
    planned_people: [u32; Group::ALL.len()],
    candidates: u32,
    timeline: TimelineCounter,
    /// The sums that depend on the profile.
    tuned: Tuned,
}

/// The sums that depend on the profile's thresholds (the young threshold
/// and the age bands): counted again alone when another profile changes
/// them ([`Tally::retune`]); the other sums do not depend on the profile.
#[derive(Clone, Debug)]
struct Tuned {
    young_under: u32,
    /// Young people among each title's planned.
    planned_young: Vec<u32>,
    /// The age bands' bounds (`youngUnder`, `middleTo`) when the profile
    /// has the rule, and (young, middle, all) of the planned: slot 0 for
    /// everyone planned, 1 + group for those planned for the group.
    bands: Option<(f64, f64, BandCounts)>,
}

impl Tuned {
    fn new(dataset: &Dataset, profile: &Profile) -> Tuned {
        Tuned {
            young_under: young_under(profile, dataset.unit.level),
            planned_young: vec![0; dataset.titles.len()],
            bands: profile.rule(code::AGE_BANDS).map(|rule| {
                (
                    rule.number("youngUnder").unwrap_or(40.0),
                    rule.number("middleTo").unwrap_or(50.0),
                    [(0, 0, 0); Group::ALL.len() + 1],
                )
            }),
        }
    }

    /// The same thresholds (nothing to count again).
    fn same_thresholds(&self, other: &Tuned) -> bool {
        self.young_under == other.young_under
            && match (&self.bands, &other.bands) {
                (Some((y, m, _)), Some((y2, m2, _))) => {
                    y.to_bits() == y2.to_bits() && m.to_bits() == m2.to_bits()
                }
                (None, None) => true,
                _ => false,
            }
    }

    fn step(
        &mut self,
        person: &Person,
        age_years: i32,
        groups: &[Group],
        in_group: impl Fn(&[usize], Group) -> bool,
        plus: bool,
    ) {
        let by = |n: &mut u32, yes: bool| {
            if yes {
                *n = if plus {
                    n.wrapping_add(1)
                } else {
                    n.wrapping_sub(1)
                };
            }
        };
        if person.planned.is_empty() {
            return;
        }
        let young = age_years < self.young_under as i32;
        for &t in &person.planned {
            if let Some(n) = self.planned_young.get_mut(t) {
                by(n, young);
            }
        }
        if let Some((young_under, middle_to, bands)) = &mut self.bands {
            let years = f64::from(age_years);
            let (young, middle) = (years < *young_under, years <= *middle_to);
            let band = |slot: &mut (u32, u32, u32)| {
                by(&mut slot.2, true);
                if young {
                    by(&mut slot.0, true);
                } else if middle {
                    by(&mut slot.1, true);
                }
            };
            band(&mut bands[0]);
            for &group in groups {
                if in_group(&person.planned, group) {
                    band(&mut bands[1 + group as usize]);
                }
            }
        }
    }
}

/// (young, middle, all) of everyone planned, then of each group's planned.
type BandCounts = [(u32, u32, u32); Group::ALL.len() + 1];

impl Tally {
    /// Nobody counted yet.
    pub fn new(dataset: &Dataset, profile: &Profile) -> Tally {
        let groups: Vec<Group> = Group::ALL
            .into_iter()
            .filter(|g| dataset.titles.iter().any(|t| t.group == *g))
            .collect();
        let n = dataset.titles.len();
        Tally {
            title_groups: dataset.titles.iter().map(|t| t.group).collect(),
            counters: vec![CohortCounter::default(); 3 + 2 * groups.len()],
            groups,
            current: vec![0; n],
            planned: vec![0; n],
            planned_women: vec![0; n],
            planned_people: [0; Group::ALL.len()],
            candidates: 0,
            timeline: TimelineCounter::new(dataset),
            tuned: Tuned::new(dataset, profile),
        }
    }

    /// The same sums for another `profile` (of the same dataset): only the
    /// sums that depend on the profile's thresholds are counted again, and
    /// only when the thresholds differ. `facts` are in the order of the
    /// people; `counted` are the positions of the people counted in the
    /// other sums, in increasing order (it may hold people without planned
    /// titles, and must hold everyone counted who has some).
    pub fn retune(
        &mut self,
        dataset: &Dataset,
        facts: &[Facts],
        profile: &Profile,
        counted: impl Iterator<Item = usize>,
    ) {
        let mut tuned = Tuned::new(dataset, profile);
        if tuned.same_thresholds(&self.tuned) {
            return;
        }
        let groups = &self.title_groups;
        let in_group = |list: &[usize], g: Group| list.iter().any(|&t| groups.get(t) == Some(&g));
        for p in counted {
            let (Some(person), Some(facts)) = (dataset.people.get(p), facts.get(p)) else {
                continue;
            };
            if !person.planned.is_empty() {
                tuned.step(person, facts.age.years, &self.groups, in_group, true);
            }
        }
        self.tuned = tuned;
    }

    /// Everyone of the dataset counted (`facts` in the order of the people).
    pub fn of(dataset: &Dataset, facts: &[Facts], profile: &Profile) -> Tally {
        let mut tally = Tally::new(dataset, profile);
        for (person, facts) in dataset.people.iter().zip(facts) {
            tally.add(person, facts);
        }
        tally
    }

    /// Counts one person.
    pub fn add(&mut self, person: &Person, facts: &Facts) {
        self.step(person, facts, true);
    }

    /// Takes back one person counted with the same facts.
    pub fn remove(&mut self, person: &Person, facts: &Facts) {
        self.step(person, facts, false);
    }

    fn step(&mut self, person: &Person, facts: &Facts, plus: bool) {
        let by = |n: &mut u32, yes: bool| {
            if yes {
                *n = if plus {
                    n.wrapping_add(1)
                } else {
                    n.wrapping_sub(1)
                };
            }
        };
        let groups = &self.title_groups;
        let in_group = |list: &[usize], g: Group| list.iter().any(|&t| groups.get(t) == Some(&g));
        let age = facts.age;
        let count = |counter: &mut CohortCounter| {
            if plus {
                counter.add(person, age);
            } else {
                counter.remove(person, age);
            }
        };
        count(&mut self.counters[0]);
        if !person.current.is_empty() {
            count(&mut self.counters[1]);
        }
        if !person.planned.is_empty() {
            count(&mut self.counters[2]);
        }
        for (g, &group) in self.groups.iter().enumerate() {
            if in_group(&person.current, group) {
                count(&mut self.counters[3 + 2 * g]);
            }
            let planned = in_group(&person.planned, group);
            if planned {
                count(&mut self.counters[4 + 2 * g]);
            }
            by(&mut self.planned_people[group as usize], planned);
        }
        for &t in &person.current {
            if let Some(n) = self.current.get_mut(t) {
                by(n, true);
            }
        }
        let woman = person.sex == Sex::Female;
        for &t in &person.planned {
            if let Some(n) = self.planned.get_mut(t) {
                by(n, true);
                by(&mut self.planned_women[t], woman);
            }
        }
        by(&mut self.candidates, person.candidacy.is_some());
        self.timeline
            .step(person, &self.title_groups, facts.retirement, plus);
        self.tuned
            .step(person, age.years, &self.groups, in_group, plus);
    }

    /// The cohorts: all, current, planned, then current:<g> and planned:<g>
    /// for each group with titles.
    pub fn cohorts(&self) -> Cohorts {
        let mut keys = vec!["all".to_owned(), "current".to_owned(), "planned".to_owned()];
        for group in &self.groups {
            keys.push(format!("current:{}", group.id()));
            keys.push(format!("planned:{}", group.id()));
        }
        Cohorts(
            keys.into_iter()
                .zip(
                    self.counters
                        .iter()
                        .map(|c| c.finish(self.tuned.young_under)),
                )
                .collect(),
        )
    }

    /// Each title's figures, women and young people among the planned included.
    pub fn titles(&self, titles: &[Title]) -> Vec<TitleStats> {
        let mut stats = title_stats_of(titles, &self.current, &self.planned);
        for (t, s) in stats.iter_mut().enumerate() {
            s.planned_women = self.planned_women.get(t).copied().unwrap_or(0);
            s.planned_young = self.tuned.planned_young.get(t).copied().unwrap_or(0);
        }
        stats
    }

    /// Each group's figures (their `text` left to the report).
    pub fn groups(&self, titles: &[TitleStats]) -> Vec<GroupStats> {
        group_stats_of(titles, |g| self.planned_people[g as usize])
    }

    pub fn timeline(&self) -> Timeline {
        self.timeline.finish()
    }

    /// People with a congress candidacy.
    pub fn candidates(&self) -> u32 {
        self.candidates
    }

    /// (young, middle, all) of the people planned (`group` none) or planned
    /// for a title of `group`, by the bounds of the profile's age-band rule.
    pub fn bands(&self, group: Option<Group>) -> (u32, u32, u32) {
        let slot = group.map_or(0, |g| 1 + g as usize);
        self.tuned
            .bands
            .as_ref()
            .map_or((0, 0, 0), |(_, _, b)| b[slot])
    }
}
