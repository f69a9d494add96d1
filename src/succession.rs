//! The retirement timeline: how many incumbents of each group reach
//! retirement in each year of the coming term, so succession gaps show.

use serde::Serialize;

use crate::date::YearMonth;
use crate::model::{Dataset, Group, Person};

/// Months covered by the timeline: a five-year term.
pub const TERM_MONTHS: i32 = 60;

/// Retirements among the incumbents of one group (or of all, `group: "all"`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimelineRow {
    /// "all" or a group id.
    pub group: &'static str,
    /// Distinct people holding a title of the group now.
    pub incumbents: u32,
    /// Those who retire before the timeline starts.
    pub before: u32,
    /// Those who retire in each year of `years`, within the term's months.
    pub counts: Vec<u32>,
    /// Those who retire after the term's last month.
    pub after: u32,
}

/// Retirements per year of the term.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Timeline {
    /// The first month counted: the term's start, or the review month.
    pub from: String,
    /// The last month of the term (59 months after `from`).
    pub to: String,
    /// Every calendar year that has a month of the term: a term from
    /// 10/2025 to 09/2030 gives 2025 to 2030.
    pub years: Vec<i32>,
    pub rows: Vec<TimelineRow>,
}

/// The timeline from the term's start (or the review month), given each
/// analysed person's retirement month in the order of `dataset.people`.
pub fn timeline(dataset: &Dataset, retirements: &[YearMonth]) -> Timeline {
    let mut counter = TimelineCounter::new(dataset);
    let groups: Vec<Group> = dataset.titles.iter().map(|t| t.group).collect();
    for (person, &retires) in dataset.people.iter().zip(retirements) {
        counter.step(person, &groups, retires, true);
    }
    counter.finish()
}

/// The timeline's counts, a person at a time (added, or taken back when a
/// roster's row changes).
#[derive(Clone, Debug)]
pub struct TimelineCounter {
    from: YearMonth,
    to: YearMonth,
    years: Vec<i32>,
    groups: Vec<Option<Group>>,
    rows: Vec<TimelineRow>,
}

impl TimelineCounter {
    /// No one counted yet, for the dataset's term (or review month) and groups.
    pub fn new(dataset: &Dataset) -> TimelineCounter {
        let from = dataset
            .term_start
            .unwrap_or_else(|| dataset.as_of.year_month());
        let to = YearMonth::from_index(from.index() + TERM_MONTHS - 1);
        let years: Vec<i32> = (from.year()..=to.year()).collect();
        let groups: Vec<Option<Group>> = std::iter::once(None)
            .chain(
                Group::ALL
                    .into_iter()
                    .filter(|g| dataset.titles.iter().any(|t| t.group == *g))
                    .map(Some),
            )
            .collect();
        let rows: Vec<TimelineRow> = groups
            .iter()
            .map(|g| TimelineRow {
                group: g.map_or("all", Group::id),
                incumbents: 0,
                before: 0,
                counts: vec![0; years.len()],
                after: 0,
            })
            .collect();
        TimelineCounter {
            from,
            to,
            years,
            groups,
            rows,
        }
    }

    /// Counts (`plus`) or takes back one person who retires in `retires`;
    /// `title_groups` gives the group of each title.
    pub fn step(
        &mut self,
        person: &Person,
        title_groups: &[Group],
        retires: YearMonth,
        plus: bool,
    ) {
        let by = |n: &mut u32| {
            *n = if plus {
                n.wrapping_add(1)
            } else {
                n.wrapping_sub(1)
            }
        };
        for (row, group) in self.rows.iter_mut().zip(&self.groups) {
            let holds = match group {
                None => !person.current.is_empty(),
                Some(g) => person
                    .current
                    .iter()
                    .any(|&t| title_groups.get(t) == Some(g)),
            };
            if !holds {
                continue;
            }
            by(&mut row.incumbents);
            if retires < self.from {
                by(&mut row.before);
            } else if retires > self.to {
                by(&mut row.after);
            } else if let Some(slot) = self.years.iter().position(|&y| y == retires.year()) {
                by(&mut row.counts[slot]);
            }
        }
    }

    pub fn finish(&self) -> Timeline {
        Timeline {
            from: self.from.to_string(),
            to: self.to.to_string(),
            years: self.years.clone(),
            rows: self.rows.clone(),
        }
    }
}
