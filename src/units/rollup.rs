//! Each unit's own groups and cohorts, and their sums by level, in one pass
//! over the titles and one over the people.
//!
//! A unit's groups sum the titles of that unit (titles, seats, lượt); its
//! cohorts hold distinct people: `all` the people who belong to the unit,
//! `current` / `planned` the people with a current / planned title of the
//! unit, `current:<group>` / `planned:<group>` the same for one group (for
//! every group with at least one title in the unit). A level sums the
//! groups of its units and holds each person once in its cohorts.

use serde::Serialize;

use crate::cohort::{CohortCounter, Cohorts};
use crate::model::{Dataset, Group, Level};
use crate::planning::{GroupStats, TitleStats};
use crate::profile::Profile;
use crate::report::facts::{young_under, Facts};

/// One unit's own figures (`units[]` of the report).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnitReport {
    pub id: String,
    pub name: Option<String>,
    pub level: Level,
    /// The parent unit's id, or null.
    pub parent: Option<String>,
    /// People who belong to the unit (`cohorts.all.count`).
    pub people: u32,
    pub groups: Vec<GroupStats>,
    pub cohorts: Cohorts,
    /// Findings about the unit, its titles and its people, by severity
    /// ("error", "warning"): how far the unit is from the rules.
    pub errors: u32,
    pub warnings: u32,
    /// Issue 16: the optional fields the unit's own people record (as the
    /// report's `recorded`, over the people read who belong to the unit).
    pub recorded: crate::model::Recorded,
}

/// The sum over every unit of one level (`levels[]` of the report).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LevelReport {
    pub level: Level,
    /// The number of units of this level.
    pub units: u32,
    pub groups: Vec<GroupStats>,
    pub cohorts: Cohorts,
    /// Issue 16: the optional fields the people of the level's units record.
    pub recorded: crate::model::Recorded,
}

/// Units and levels; levels in the order of [`Level::ALL`], only those
/// with at least one unit.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rollup {
    pub units: Vec<UnitReport>,
    pub levels: Vec<LevelReport>,
    /// For each unit, the index of its level in `levels`.
    pub unit_level: Vec<usize>,
}

impl Rollup {
    /// The buckets a unit's title or person counts in: the unit, its level.
    /// Buckets number the units first, then the levels.
    pub fn buckets(&self, unit: usize) -> [usize; 2] {
        [unit, self.units.len() + self.unit_level[unit]]
    }

    /// Number of buckets (units and levels).
    pub fn bucket_count(&self) -> usize {
        self.units.len() + self.levels.len()
    }
}

#[derive(Clone, Copy, Default)]
struct GroupSum {
    present: bool,
    titles: u32,
    seats: u64,
    planned: u64,
    current: u64,
    planned_people: u32,
}

fn ratio(count: u64, of: u64) -> Option<f64> {
    (of > 0).then(|| count as f64 / of as f64)
}

/// The units' and levels' figures of a dataset with `units` (empty without).
pub fn roll_up(
    dataset: &Dataset,
    facts: &[Facts],
    titles: &[TitleStats],
    profile: &Profile,
) -> Rollup {
    let units = &dataset.units;
    let n = units.len();
    let levels: Vec<Level> = Level::ALL
        .into_iter()
        .filter(|l| units.iter().any(|u| u.level == *l))
        .collect();
    let unit_level: Vec<usize> = units
        .iter()
        .map(|u| levels.iter().position(|l| *l == u.level).unwrap_or(0))
        .collect();
    let mut rollup = Rollup {
        units: Vec::new(),
        levels: Vec::new(),
        unit_level,
    };
    // The report lists are filled at the end; `buckets` needs their lengths now.
    let buckets = n + levels.len();
    let bucket_pair = |u: usize| [u, n + rollup.unit_level[u]];

    let mut sums = vec![[GroupSum::default(); Group::ALL.len()]; buckets];
    for (title, stats) in dataset.titles.iter().zip(titles) {
        let Some(u) = title.unit else { continue };
        for b in bucket_pair(u) {
            let sum = &mut sums[b][title.group as usize];
            sum.present = true;
            sum.titles += 1;
            sum.seats += u64::from(title.seats);
            sum.planned += u64::from(stats.planned);
            sum.current += u64::from(stats.current);
        }
    }
    // Cohort slots of each bucket: all, current, planned, then current:<g>
    // and planned:<g> for each group present, in the order of Group::ALL.
    let mut offset = Vec::with_capacity(buckets + 1);
    let mut slot = vec![[0usize; Group::ALL.len()]; buckets];
    let mut total = 0;
    for b in 0..buckets {
        offset.push(total);
        let mut next = 3;
        for g in 0..Group::ALL.len() {
            if sums[b][g].present {
                slot[b][g] = next;
                next += 2;
            }
        }
        total += next;
    }
    offset.push(total);
    let mut counters = vec![CohortCounter::default(); total];
    let mut marks: Vec<usize> = Vec::new();
    let mut planned_in: Vec<(usize, usize)> = Vec::new();
    let mut recorded = vec![crate::model::Recorded::default(); buckets];
    for (person, fact) in dataset.people.iter().zip(facts) {
        marks.clear();
        planned_in.clear();
        if let Some(u) = person.unit {
            marks.extend(bucket_pair(u).map(|b| offset[b]));
            for b in bucket_pair(u) {
                recorded[b].merge(person.recorded);
            }
        }
        for &t in &person.current {
            let title = &dataset.titles[t];
            let Some(u) = title.unit else { continue };
            for b in bucket_pair(u) {
                marks.push(offset[b] + 1);
                marks.push(offset[b] + slot[b][title.group as usize]);
            }
        }
        for &t in &person.planned {
            let title = &dataset.titles[t];
            let Some(u) = title.unit else { continue };
            let g = title.group as usize;
            for b in bucket_pair(u) {
                marks.push(offset[b] + 2);
                marks.push(offset[b] + slot[b][g] + 1);
                planned_in.push((b, g));
            }
        }
        marks.sort_unstable();
        marks.dedup();
        for &m in &marks {
            counters[m].add(person, fact.age);
        }
        planned_in.sort_unstable();
        planned_in.dedup();
        for &(b, g) in &planned_in {
            sums[b][g].planned_people += 1;
        }
    }
    let finish = |b: usize, level: Level| -> (Vec<GroupStats>, Cohorts) {
        let under = young_under(profile, level);
        let counters = &counters[offset[b]..offset[b + 1]];
        let mut keys: Vec<String> = vec!["all".into(), "current".into(), "planned".into()];
        let mut groups = Vec::new();
        for group in Group::ALL {
            let sum = sums[b][group as usize];
            if !sum.present {
                continue;
            }
            keys.push(format!("current:{}", group.id()));
            keys.push(format!("planned:{}", group.id()));
            groups.push(GroupStats {
                group,
                titles: sum.titles,
                seats: sum.seats,
                planned: sum.planned,
                multiple: ratio(sum.planned, sum.seats),
                per_title: ratio(sum.planned, u64::from(sum.titles)),
                current: sum.current,
                planned_people: sum.planned_people,
                // Worded by the report, in its language.
                text: String::new(),
                sentence: String::new(),
            });
        }
        // Without the age pyramid: a province of 1,000 units has some
        // 10,000 cohorts, and the pyramid is most of each one's size.
        let cohorts = Cohorts(
            keys.into_iter()
                .zip(counters.iter().map(|c| {
                    let mut cohort = c.finish(under);
                    cohort.pyramid = Vec::new();
                    cohort
                }))
                .collect(),
        );
        (groups, cohorts)
    };
    let unit_reports: Vec<UnitReport> = units
        .iter()
        .enumerate()
        .map(|(u, unit)| {
            let (groups, cohorts) = finish(u, unit.level);
            UnitReport {
                id: unit.id.clone(),
                name: unit.name.clone(),
                level: unit.level,
                parent: unit.parent.map(|p| units[p].id.clone()),
                people: cohorts.get("all").map_or(0, |c| c.count),
                groups,
                cohorts,
                // Counted by the report once the findings are made.
                errors: 0,
                warnings: 0,
                recorded: recorded[u],
            }
        })
        .collect();
    let level_reports: Vec<LevelReport> = levels
        .iter()
        .enumerate()
        .map(|(l, &level)| {
            let (groups, cohorts) = finish(n + l, level);
            LevelReport {
                level,
                units: units.iter().filter(|u| u.level == level).count() as u32,
                groups,
                cohorts,
                recorded: recorded[n + l],
            }
        })
        .collect();
    rollup.units = unit_reports;
    rollup.levels = level_reports;
    rollup
}
