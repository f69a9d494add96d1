//! The retirement timeline: how many incumbents of each group reach
//! retirement in each year of the coming term, so succession gaps show.

use serde::Serialize;

use crate::date::YearMonth;
use crate::model::{Dataset, Group};

/// Years covered by the timeline: a five-year term.
pub const TERM_YEARS: i32 = 5;

/// Retirements among the incumbents of one group (or of all, `group: "all"`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimelineRow {
    /// "all" or a group id.
    pub group: &'static str,
    /// Distinct people holding a title of the group now.
    pub incumbents: u32,
    /// Those who retire before the timeline starts.
    pub before: u32,
    /// Those who retire in each year of `years`.
    pub counts: Vec<u32>,
}

/// Retirements per year of the term.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Timeline {
    /// The first month counted: the term's start, or the review month.
    pub from: String,
    pub years: Vec<i32>,
    pub rows: Vec<TimelineRow>,
}

/// The timeline from the term's start (or the review month), given each
/// analysed person's retirement month in the order of `dataset.people`.
pub fn timeline(dataset: &Dataset, retirements: &[YearMonth]) -> Timeline {
    let from = dataset
        .term_start
        .unwrap_or_else(|| dataset.as_of.year_month());
    let years: Vec<i32> = (from.year()..from.year() + TERM_YEARS).collect();
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
            } else if let Some(slot) = years.iter().position(|&y| y == retires.year()) {
                row.counts[slot] += 1;
            }
        }
    }
    Timeline {
        from: from.to_string(),
        years,
        rows,
    }
}
