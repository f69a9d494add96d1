//! What an analysis keeps per person for the next analysis of the same
//! held reading (issue 18): each person's facts and the findings of the
//! rules about them alone. A roster marks the people an edit touches
//! ([`Memo::changed`]); the next report makes only theirs again. Anything
//! else the facts and findings depend on (review date, term start,
//! profile, language, the unit, titles and units) is either part of the
//! memo's key, checked at each report, or forgotten by the roster when
//! it changes ([`Memo::clear`]).

use crate::date::{Date, YearMonth};
use crate::lang::Lang;
use crate::model::{Dataset, Level, Person};
use crate::profile::Profile;
use crate::report::facts::Facts;
use crate::report::tally::Tally;
use crate::rules::finding::PersonFindings;
use rustc_hash::FxHashSet;
use std::collections::BTreeSet;

/// Each person's facts and own findings, in the order of the people of the
/// reading last analysed.
#[derive(Debug, Default)]
pub struct Memo {
    key: Option<Key>,
    pub(crate) facts: Vec<Facts>,
    pub(crate) findings: Vec<PersonFindings>,
    /// Positions of the people with findings of their own.
    pub(crate) found: BTreeSet<usize>,
    /// The people's sums; none while they must be counted again.
    pub(crate) tally: Option<Tally>,
    /// Positions (in the people) changed since the last analysis: their
    /// facts and findings are old, and the tally no longer counts them.
    dirty: FxHashSet<usize>,
    /// The people the person-level rules can find anything about
    /// ([`crate::rules::may_find`]), a bit per position, as of the last
    /// analysis (none while unknown): everyone else's findings are empty
    /// under any profile, so a profile switch looks at these people only.
    pub(crate) subjects: Option<Subjects>,
}

/// A set of positions as bits.
#[derive(Clone, Debug, Default)]
pub(crate) struct Subjects(Vec<u64>);

impl Subjects {
    pub(crate) fn new(n: usize) -> Subjects {
        Subjects(vec![0; n.div_ceil(64)])
    }

    pub(crate) fn set(&mut self, position: usize, yes: bool) {
        if let Some(word) = self.0.get_mut(position / 64) {
            let bit = 1u64 << (position % 64);
            if yes {
                *word |= bit;
            } else {
                *word &= !bit;
            }
        }
    }

    /// The positions in the set, in increasing order.
    pub(crate) fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &word)| {
            let mut bits = word;
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let b = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    w * 64 + b
                })
            })
        })
    }
}

/// Whose own findings an analysis makes again.
pub(crate) enum Again {
    /// Everyone's.
    All,
    /// The people of [`Memo::subjects`] and those changed (the facts and
    /// the other findings are kept: only the profile or language changed).
    Subjects(Vec<usize>),
    /// Only these people's (changed since the last analysis).
    Changed(Vec<usize>),
}

/// What every person's facts and findings depend on besides the person.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Key {
    pub as_of: Date,
    pub term_start: Option<YearMonth>,
    pub level: Level,
    pub unit_name: Option<String>,
    pub titles: usize,
    pub units: usize,
    pub lang: Lang,
    pub profile: Profile,
}

impl Key {
    /// The same people's facts (and the sums but those of the profile's
    /// thresholds): only the profile or the language differ.
    fn same_facts(&self, other: &Key) -> bool {
        self.as_of == other.as_of
            && self.term_start == other.term_start
            && self.level == other.level
            && self.unit_name == other.unit_name
            && self.titles == other.titles
            && self.units == other.units
    }

    pub(crate) fn of(dataset: &Dataset, profile: &Profile, lang: Lang) -> Key {
        Key {
            as_of: dataset.as_of,
            term_start: dataset.term_start,
            level: dataset.unit.level,
            unit_name: dataset.unit.name.clone(),
            titles: dataset.titles.len(),
            units: dataset.units.len(),
            lang,
            profile: profile.clone(),
        }
    }
}

/// One person's entry, kept by row while the people are taken apart.
#[derive(Clone, Debug)]
pub struct Entry {
    facts: Facts,
    findings: PersonFindings,
}

impl Memo {
    /// Forgets everything: the next analysis makes every person's entry.
    pub fn clear(&mut self) {
        *self = Memo::default();
    }

    /// The person at `position` changes; `old` is the person there until
    /// now (taken out of the sums).
    pub fn changed(&mut self, position: usize, old: &Person) {
        let usable = self.key.is_some()
            && position < self.facts.len()
            && self.facts.len() == self.findings.len();
        if usable && self.dirty.insert(position) {
            if let Some(tally) = &mut self.tally {
                tally.remove(old, &self.facts[position]);
            }
        }
    }

    /// Takes the entries out by row (`rows` rows; the people name their
    /// rows): what [`Memo::put_back`] puts in place once the rows are put
    /// together again. None when the memo holds nothing usable.
    pub fn take_by_row(&mut self, people: &[Person], rows: usize) -> Option<Vec<Option<Entry>>> {
        let usable = self.key.is_some()
            && self.facts.len() == people.len()
            && self.findings.len() == people.len();
        if !usable {
            self.clear();
            return None;
        }
        self.subjects = None;
        let mut by_row: Vec<Option<Entry>> = vec![None; rows];
        let dirty = std::mem::take(&mut self.dirty);
        self.found.clear();
        let facts = std::mem::take(&mut self.facts);
        let findings = std::mem::take(&mut self.findings);
        for ((person, facts), findings) in people.iter().zip(facts).zip(findings) {
            if let Some(slot) = by_row.get_mut(person.index) {
                *slot = Some(Entry { facts, findings });
            }
        }
        for position in dirty {
            if let Some(slot) = people.get(position).and_then(|p| by_row.get_mut(p.index)) {
                *slot = None;
            }
        }
        Some(by_row)
    }

    /// Puts entries taken by row back in the order of the dataset's people;
    /// a person without one is marked changed.
    pub fn put_back(&mut self, mut by_row: Vec<Option<Entry>>, dataset: &Dataset) {
        let people = &dataset.people;
        if self.key.is_none() {
            return;
        }
        self.facts = Vec::with_capacity(people.len());
        self.findings = Vec::with_capacity(people.len());
        self.tally = None;
        self.found.clear();
        self.dirty.clear();
        self.subjects = None;
        for (position, person) in people.iter().enumerate() {
            match by_row.get_mut(person.index).and_then(Option::take) {
                Some(entry) => {
                    if !entry.findings.is_empty() {
                        self.found.insert(position);
                    }
                    self.facts.push(entry.facts);
                    self.findings.push(entry.findings);
                }
                None => {
                    self.facts.push(Facts::of(person, dataset));
                    self.findings.push(PersonFindings::default());
                    self.dirty.insert(position);
                }
            }
        }
    }

    /// Makes the facts and the sums of the people for `key`: only the
    /// people changed when the key is the one of the last analysis, or
    /// another profile or language; all otherwise. Returns whose findings
    /// must be made again.
    pub(crate) fn refresh(&mut self, dataset: &Dataset, profile: &Profile, key: Key) -> Again {
        let n = dataset.people.len();
        let held = self.facts.len() == n && self.findings.len() == n;
        let same = held && self.key.as_ref() == Some(&key);
        // Another profile or language: the facts are kept, the sums of the
        // profile's thresholds counted again, every person's findings made
        // again (`None`).
        let facts_kept = held
            && !same
            && self.tally.is_some()
            && self.key.as_ref().is_some_and(|k| k.same_facts(&key));
        self.key = Some(key);
        if facts_kept {
            let mut dirty: Vec<usize> = self.dirty.drain().filter(|&p| p < n).collect();
            dirty.sort_unstable();
            if let Some(tally) = &mut self.tally {
                // Everyone planned is a subject (or changed).
                let planned: Box<dyn Iterator<Item = usize>> = match &self.subjects {
                    Some(subjects) => Box::new(subjects.positions()),
                    None => Box::new(0..n),
                };
                tally.retune(
                    dataset,
                    &self.facts,
                    profile,
                    planned.filter(|p| dirty.binary_search(p).is_err()),
                );
            }
            for &p in &dirty {
                self.facts[p] = Facts::of(&dataset.people[p], dataset);
                if let Some(tally) = &mut self.tally {
                    tally.add(&dataset.people[p], &self.facts[p]);
                }
            }
            self.found.clear();
            return match self.subjects {
                Some(_) => Again::Subjects(dirty),
                None => Again::All,
            };
        }
        if !same {
            self.dirty.clear();
            // The facts and the sums in one pass over the people.
            let mut tally = Tally::new(dataset, profile);
            self.facts = dataset
                .people
                .iter()
                .map(|p| {
                    let facts = Facts::of(p, dataset);
                    tally.add(p, &facts);
                    facts
                })
                .collect();
            self.findings.clear();
            self.found.clear();
            self.tally = Some(tally);
            self.subjects = None;
            return Again::All;
        }
        let mut dirty: Vec<usize> = self.dirty.drain().filter(|&p| p < n).collect();
        dirty.sort_unstable();
        for &p in &dirty {
            self.facts[p] = Facts::of(&dataset.people[p], dataset);
        }
        match &mut self.tally {
            Some(tally) => {
                for &p in &dirty {
                    tally.add(&dataset.people[p], &self.facts[p]);
                }
            }
            None => self.tally = Some(Tally::of(dataset, &self.facts, profile)),
        }
        Again::Changed(dirty)
    }
}
