//! Reading the rows of `people` one at a time, each from its own JSON text,
//! and putting the rows read back together into the [`Reading`] that
//! [`crate::input::read`] gives for the whole dataset (issue 18: a roster
//! held in memory reads again only the rows an edit touches).
//!
//! A row's reading depends on the dataset's titles, units and review date,
//! never on the other rows, except for one thing: an id met in an earlier
//! row. So each row is read alone ([`read_rows`]) and the ids are matched
//! when the rows are put together ([`assemble`]), where the duplicate's
//! problem is put first among the row's problems, as the reader does.

use std::borrow::Cow;

use crate::date::Date;
use crate::input::fields::read_id;
use crate::input::people::{birth_within, PeopleReader};
use crate::input::problems::{InvalidValue, Problem, RepeatedTitle, RowProblem};
use crate::input::rows::{RawPerson, Row};
use crate::input::value::Value;
use crate::input::Reading;
use crate::input::MAX_LISTED_ROWS;
use crate::model::{Person, Recorded, Source};
use crate::units::read::UnitIds;

/// One row of `people` read alone.
#[derive(Clone, Debug, PartialEq)]
pub struct RowReading {
    /// The person, when the row has no problem of its own (`None` while
    /// an assembled reading holds it).
    pub person: Option<Person>,
    /// The id the row claims (a readable id), kept or not: a later row with
    /// the same id is a duplicate.
    pub id: Option<String>,
    /// The row's `id` as a problem shows it, when not `id` itself.
    pub id_shown: Option<String>,
    /// The row's own problems (a duplicate id is not among them).
    pub problems: Vec<RowProblem>,
    pub repeated: Vec<RepeatedTitle>,
    /// The row's optional values kept as unknown (`invalid-value`), when
    /// the row has no problem of its own.
    pub invalid: Vec<InvalidValue>,
    /// Which optional fields the row gives.
    pub recorded: Recorded,
    /// Where an import read the row, for a row left out by its own problems
    /// (a kept row's is in its person).
    pub source: Option<Source>,
}

impl RowReading {
    /// The row has no problem of its own: it is kept unless its id is
    /// taken by an earlier row.
    pub fn clean(&self) -> bool {
        self.problems.is_empty()
    }
}

/// What reading rows alone against a head needs besides the head: the ids
/// of the titles left out and the dataset's unit ids.
pub(crate) struct RowContext {
    rejected: Vec<String>,
    unit_ids: UnitIds,
}

impl RowContext {
    pub(crate) fn of(head: &Reading) -> RowContext {
        RowContext {
            rejected: head
                .title_problems
                .iter()
                .filter_map(|p| p.id.clone())
                .collect(),
            unit_ids: UnitIds::new(&head.dataset.units, &head.unit_problems),
        }
    }

    /// A reader of rows against `head` (the head this context is of).
    pub(crate) fn reader<'a, 't>(&'a self, head: &'a Reading) -> RowReader<'a, 't> {
        let mut reader = PeopleReader::new(
            &head.dataset.titles,
            &self.rejected,
            head.dataset.as_of,
            &self.unit_ids,
            0,
        );
        reader.alone = true;
        RowReader { reader }
    }
}

/// Reads rows one at a time, each alone.
pub(crate) struct RowReader<'a, 't> {
    reader: PeopleReader<'a, 't>,
}

impl<'t> RowReader<'_, 't> {
    /// Row `index` read alone from its JSON text.
    pub(crate) fn read(&mut self, index: usize, text: &'t str) -> RowReading {
        let reader = &mut self.reader;
        reader.reset();
        match serde_json::from_str::<Row<RawPerson<'t>>>(text) {
            Ok(row) => {
                let (id, id_shown) = match &row {
                    Row::Record(raw) => {
                        let id = read_id(&raw.id).ok();
                        // Shown as it is when short (no more bytes than
                        // `show` keeps characters).
                        let shown = match (&raw.id, &id) {
                            (Value::Text(t), Some(id)) if t.len() <= 60 && **t == **id => None,
                            _ => Some(raw.id.show()),
                        };
                        (id, shown)
                    }
                    Row::NotAnObject(_) => (None, Some(String::new())),
                };
                let person = reader.read_row(index, row);
                RowReading {
                    person,
                    id,
                    id_shown,
                    problems: std::mem::take(&mut reader.problems),
                    repeated: std::mem::take(&mut reader.repeated),
                    invalid: std::mem::take(&mut reader.invalid),
                    recorded: reader.recorded,
                    source: reader.sources.pop().map(|(_, s)| s),
                }
            }
            Err(e) => {
                // Alone, the row is counted once and never beyond the listed
                // rows, so its problems are all kept.
                reader.unreadable(index, text, &e);
                RowReading {
                    person: None,
                    id: None,
                    id_shown: Some(String::new()),
                    problems: std::mem::take(&mut reader.problems),
                    repeated: std::mem::take(&mut reader.repeated),
                    invalid: Vec::new(),
                    recorded: Recorded::default(),
                    source: None,
                }
            }
        }
    }
}

/// Reads each `(index, text)` row alone against `head`, the reading of the
/// dataset without its people (its titles, units and review date), and
/// hands each row's reading to `take`.
pub fn read_rows<'t>(
    head: &Reading,
    rows: impl IntoIterator<Item = (usize, &'t str)>,
    mut take: impl FnMut(usize, RowReading),
) {
    let context = RowContext::of(head);
    let mut reader = context.reader(head);
    for (index, text) in rows {
        take(index, reader.read(index, text));
    }
}

/// The reading of the whole dataset from `head` (read without people) and
/// the readings of its rows in order: what [`crate::input::read`] gives
/// for the same dataset. The people kept move from `rows` into the
/// reading (`person` becomes `None`); [`give_back`] returns them.
pub fn assemble(head: &Reading, rows: &mut [RowReading]) -> Reading {
    let unit_ids = UnitIds::new(&[], &[]);
    // Only the ids are matched here: no titles, units or fields are read.
    let mut reader = PeopleReader::new(&[], &[], head.dataset.as_of, &unit_ids, rows.len());
    let mut people = Vec::with_capacity(rows.len());
    let with_units = !head.dataset.units.is_empty();
    let mut kept = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        let before = reader.problems.len();
        reader.recorded.merge(row.recorded);
        if let Some(id) = &row.id {
            match reader.seen_ids.get(id.as_str()) {
                Some(&first) => reader.problems.push(RowProblem {
                    index,
                    id: Some(id.clone()),
                    field: "id",
                    value: row.id_shown.clone().unwrap_or_else(|| id.clone()),
                    problem: Problem::DuplicateId(first),
                }),
                None => {
                    reader.seen_ids.insert(Cow::Borrowed(id.as_str()), index);
                }
            }
        }
        reader.problems.extend(
            row.problems
                .iter()
                .map(|p| RowProblem { index, ..p.clone() }),
        );
        reader.repeated.extend(
            row.repeated
                .iter()
                .map(|r| RepeatedTitle { index, ..r.clone() }),
        );
        if reader.problems.len() > before {
            // As the reader: the source of a listed row left out; no warning of it.
            let source = row
                .source
                .as_ref()
                .or(row.person.as_ref().and_then(Person::source));
            if let Some(source) = source.filter(|_| reader.excluded_rows < MAX_LISTED_ROWS) {
                reader.sources.push((index, source.clone()));
            }
            reader.left_out(before);
        } else if row.person.is_some() {
            for w in &row.invalid {
                reader.note_invalid(InvalidValue { index, ..w.clone() });
            }
            kept.push(index);
        }
    }
    let PeopleReader {
        problems,
        repeated,
        excluded_rows,
        unlisted,
        invalid,
        unlisted_invalid,
        recorded,
        sources,
        ..
    } = reader;
    for index in kept {
        if let Some(person) = rows[index].person.take() {
            people.push(placed(person, index, head, with_units));
        }
    }
    let mut dataset = head.dataset.clone();
    dataset.people = people;
    Reading {
        dataset,
        rows: rows.len(),
        people_problems: problems,
        excluded_rows,
        unlisted,
        title_problems: head.title_problems.clone(),
        repeated_titles: repeated,
        unit_problems: head.unit_problems.clone(),
        invalid_values: invalid,
        unlisted_invalid_values: unlisted_invalid,
        recorded,
        excluded_sources: sources,
    }
}

/// Whether a row read with another review date reads the same with
/// `as_of`: a row without problems of its own whose person's birth is
/// within the bounds on `as_of` (a row's reading depends on the review date
/// only through the birth's bounds). A row with problems may read
/// otherwise (its problems may name the review date), so it is read again.
pub fn reads_the_same(row: &RowReading, person: Option<&Person>, as_of: Date) -> bool {
    row.clean()
        && person
            .or(row.person.as_ref())
            .is_some_and(|p| birth_within(p.birth, as_of).is_ok())
}

/// Gives the people of an assembled reading back to the rows they were
/// read from (rows in the same order as when assembled).
pub fn give_back(reading: Reading, rows: &mut [RowReading]) {
    for person in reading.dataset.people {
        let index = person.index;
        if let Some(row) = rows.get_mut(index) {
            row.person = Some(person);
        }
    }
}

/// A row's person at row `index`; without a `unit`, in a dataset of many
/// units, in the unit of their first current title (as the reader does).
pub fn placed(mut person: Person, index: usize, head: &Reading, with_units: bool) -> Person {
    person.index = index;
    if with_units && person.unit.is_none() {
        person.unit = person
            .current
            .first()
            .and_then(|&t| head.dataset.titles[t].unit);
    }
    person
}
