//! The retirement timeline: how many incumbents of each group reach
//! retirement in each year of the coming term, so succession gaps show.

use serde::Serialize;

use crate::date::YearMonth;
use crate::model::{Dataset, Group};

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
    let mut rows: Vec<TimelineRow> = groups
        .iter()
        .map(|g| TimelineRow {
            group: g.map_or("all", Group::id),
            incumbents: 0,
            before: 0,
            counts: vec![0; years.len()],
            after: 0,
        })
        .collect();
    for (person, &retires) in dataset.people.iter().zip(retirements) {
        for (row, group) in rows.iter_mut().zip(&groups) {
            let holds = match group {
                None => !person.current.is_empty(),
                Some(g) => person
                    .current
                    .iter()
                    .any(|&t| dataset.titles[t].group == *g),
            };
            if !holds {
                continue;
            }
            row.incumbents += 1;
            if retires < from {
                row.before += 1;
            } else if retires > to {
                row.after += 1;
            } else if let Some(slot) = years.iter().position(|&y| y == retires.year()) {
                row.counts[slot] += 1;
            }
        }
    }
    Timeline {
        from: from.to_string(),
        to: to.to_string(),
        years,
        rows,
    }
}
