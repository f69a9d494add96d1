//! Cohorts: the composition of a set of distinct people — count, mean age,
//! women, ethnic minority, non-local, young, age bands, education and
//! political theory, each as a count and a share.
//!
//! Which people make up which cohort is decided by `report`; this module only
//! counts. Shares are `None` (null in JSON) when the cohort is empty.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::age::Age;
use crate::model::{Education, Person, PoliticalTheory};
use crate::retirement::Sex;

/// A count and its share of the cohort.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Share {
    pub count: u32,
    /// In [0, 1]; `None` when the cohort is empty.
    pub share: Option<f64>,
}

impl Share {
    /// `count` out of `total`.
    pub fn of(count: u32, total: u32) -> Share {
        Share {
            count,
            share: (total > 0).then(|| f64::from(count) / f64::from(total)),
        }
    }
}

/// Young people: younger than `under` completed years.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Young {
    pub under: u32,
    pub count: u32,
    pub share: Option<f64>,
}

/// An age band in completed years; `from`/`to` are inclusive, `None` is open.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Band {
    pub label: &'static str,
    pub from: Option<u32>,
    pub to: Option<u32>,
    pub count: u32,
    pub share: Option<f64>,
}

/// The three default bands of the BTCTW statistical forms: ≤ 40, 41–50, > 50.
pub const DEFAULT_BANDS: [(&str, Option<u32>, Option<u32>); 3] = [
    ("≤ 40", None, Some(40)),
    ("41–50", Some(41), Some(50)),
    ("> 50", Some(51), None),
];

/// Counts by level, with "unknown" for records that do not say; serialised
/// as an object in a fixed order.
#[derive(Clone, Debug, PartialEq)]
pub struct Breakdown(pub Vec<(&'static str, Share)>);

impl Breakdown {
    /// The share of one level ("master", "unknown", …).
    pub fn get(&self, level: &str) -> Option<Share> {
        self.0.iter().find(|(k, _)| *k == level).map(|(_, s)| *s)
    }
}

impl Serialize for Breakdown {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, share) in &self.0 {
            map.serialize_entry(key, share)?;
        }
        map.end()
    }
}

/// The composition of a set of distinct people.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cohort {
    pub count: u32,
    /// Mean of ages in years with fractions (months / 12); `None` when empty.
    pub mean_age: Option<f64>,
    pub women: Share,
    pub ethnic_minority: Share,
    pub non_local: Share,
    pub young: Young,
    pub bands: Vec<Band>,
    pub education: Breakdown,
    pub political_theory: Breakdown,
    /// Men and women by five-year band, youngest first (for the age pyramid).
    /// Left out (empty) in the cohorts of units and levels (issue 17).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pyramid: Vec<PyramidBand>,
}

/// Ages are counted exactly up to this many years; older ones share the last slot.
const AGE_SLOTS: usize = 151;

/// Adds people one by one and then gives their [`Cohort`].
#[derive(Clone, Debug, Default)]
pub struct CohortCounter {
    count: u32,
    /// Sum of ages in months; exact, so the mean does not drift with order.
    age_months: i64,
    women: u32,
    ethnic_minority: u32,
    non_local: u32,
    /// People by completed years of age; the last slot holds every older age.
    by_age: Vec<u32>,
    /// Women by completed years of age, in the same slots.
    women_by_age: Vec<u32>,
    education: [u32; Education::ALL.len() + 1],
    political_theory: [u32; PoliticalTheory::ALL.len() + 1],
}

impl CohortCounter {
    /// Counts one person of age `age`.
    pub fn add(&mut self, person: &Person, age: Age) {
        self.step(person, age, true);
    }

    /// Takes back one person of age `age` counted by [`CohortCounter::add`]
    /// (a roster's edit: the old row out, the new one in).
    pub fn remove(&mut self, person: &Person, age: Age) {
        self.step(person, age, false);
    }

    fn step(&mut self, person: &Person, age: Age, plus: bool) {
        // Sums of counts added before: taking one back never goes below 0.
        let by = |n: &mut u32, yes: bool| {
            if yes {
                *n = if plus {
                    n.wrapping_add(1)
                } else {
                    n.wrapping_sub(1)
                };
            }
        };
        by(&mut self.count, true);
        let months = i64::from(age.total_months());
        self.age_months += if plus { months } else { -months };
        by(&mut self.women, person.sex == Sex::Female);
        by(&mut self.ethnic_minority, person.ethnic_minority);
        by(&mut self.non_local, !person.local);
        if self.by_age.is_empty() {
            self.by_age = vec![0; AGE_SLOTS];
            self.women_by_age = vec![0; AGE_SLOTS];
        }
        let years = usize::try_from(age.years).unwrap_or(0).min(AGE_SLOTS - 1);
        by(&mut self.by_age[years], true);
        by(&mut self.women_by_age[years], person.sex == Sex::Female);
        let education = person
            .education
            .and_then(|e| Education::ALL.iter().position(|x| *x == e))
            .unwrap_or(Education::ALL.len());
        by(&mut self.education[education], true);
        let theory = person
            .political_theory
            .and_then(|t| PoliticalTheory::ALL.iter().position(|x| *x == t))
            .unwrap_or(PoliticalTheory::ALL.len());
        by(&mut self.political_theory[theory], true);
    }

    /// The cohort, with young meaning younger than `young_under` years.
    pub fn finish(&self, young_under: u32) -> Cohort {
        let total = self.count;
        let share = |count| Share::of(count, total);
        // Running sums: each band is one subtraction (a province of 1,000
        // units finishes some 10,000 cohorts).
        let (all, women) = (cumulative(&self.by_age), cumulative(&self.women_by_age));
        let in_band = |from: Option<u32>, to: Option<u32>| count_in(&all, from, to);
        let young = young_under
            .checked_sub(1)
            .map_or(0, |max| in_band(None, Some(max)));
        let breakdown = |ids: Vec<&'static str>, counts: &[u32]| {
            Breakdown(
                ids.into_iter()
                    .chain(std::iter::once("unknown"))
                    .zip(counts.iter().map(|&c| share(c)))
                    .collect(),
            )
        };
        Cohort {
            count: total,
            mean_age: (total > 0).then(|| self.age_months as f64 / 12.0 / f64::from(total)),
            women: share(self.women),
            ethnic_minority: share(self.ethnic_minority),
            non_local: share(self.non_local),
            young: Young {
                under: young_under,
                count: young,
                share: share(young).share,
            },
            bands: DEFAULT_BANDS
                .iter()
                .map(|&(label, from, to)| {
                    let count = in_band(from, to);
                    Band {
                        label,
                        from,
                        to,
                        count,
                        share: share(count).share,
                    }
                })
                .collect(),
            education: breakdown(
                Education::ALL.iter().map(|e| e.id()).collect(),
                &self.education,
            ),
            political_theory: breakdown(
                PoliticalTheory::ALL.iter().map(|t| t.id()).collect(),
                &self.political_theory,
            ),
            pyramid: PYRAMID_BANDS
                .iter()
                .map(|&(label, from, to)| {
                    let women = count_in(&women, from, to);
                    PyramidBand {
                        label,
                        from,
                        to,
                        men: in_band(from, to) - women,
                        women,
                    }
                })
                .collect(),
        }
    }
}

/// The running sums of a histogram: element i is the count of slots below i.
fn cumulative(by_age: &[u32]) -> Vec<u32> {
    let mut sums = Vec::with_capacity(by_age.len() + 1);
    let mut sum = 0u32;
    sums.push(0);
    for &n in by_age {
        sum += n;
        sums.push(sum);
    }
    sums
}

/// People between two ages (inclusive; `None` is open), from the running
/// sums of a histogram.
fn count_in(sums: &[u32], from: Option<u32>, to: Option<u32>) -> u32 {
    let slots = sums.len().saturating_sub(1);
    let from = from.map_or(0, |f| f as usize).min(slots);
    let to = to.map_or(slots, |t| (t as usize).saturating_add(1).min(slots));
    if to <= from {
        0
    } else {
        sums[to] - sums[from]
    }
}

/// Five-year bands of the age pyramid, youngest first.
pub const PYRAMID_BANDS: [(&str, Option<u32>, Option<u32>); 9] = [
    ("< 25", None, Some(24)),
    ("25–29", Some(25), Some(29)),
    ("30–34", Some(30), Some(34)),
    ("35–39", Some(35), Some(39)),
    ("40–44", Some(40), Some(44)),
    ("45–49", Some(45), Some(49)),
    ("50–54", Some(50), Some(54)),
    ("55–59", Some(55), Some(59)),
    ("≥ 60", Some(60), None),
];

/// Men and women in one five-year band of the age pyramid.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PyramidBand {
    pub label: &'static str,
    pub from: Option<u32>,
    pub to: Option<u32>,
    pub men: u32,
    pub women: u32,
}

/// Named cohorts in a fixed order, serialised as an object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cohorts(pub Vec<(String, Cohort)>);

impl Cohorts {
    /// The cohort with this key ("all", "planned:key", …).
    pub fn get(&self, key: &str) -> Option<&Cohort> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, c)| c)
    }
}

impl Serialize for Cohorts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, cohort) in &self.0 {
            map.serialize_entry(key, cohort)?;
        }
        map.end()
    }
}
