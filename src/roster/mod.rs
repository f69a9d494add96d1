//! A roster held in memory (issue 18): the dataset read once, edited by
//! operations ([`ops::Op`]), analysed again after each edit without reading
//! the whole dataset again.
//!
//! The dataset is held as the text of each entry: the fields of the dataset
//! and one text per row of `people`, so that [`Roster::to_json`] gives the
//! dataset back exactly as it was read, every unknown field included. Each
//! row is also held read ([`RowReading`]): an edit reads again only the row
//! it touches, and the people are put together into the [`Reading`] that
//! [`crate::input::read`] gives, so that [`Roster::report`] equals
//! [`crate::report::analyze_json`] of [`Roster::to_json`], finding by
//! finding. A set that leaves the row valid with the same id changes the
//! held reading in place; an insert or a remove puts the rows together
//! again (no text is read); an edit of the titles, the units or the
//! dataset's own fields, or another review date, reads every row again.
//!
//! The analysis's own state is held too ([`crate::report::Memo`]): each
//! person's facts and own findings, and the people's sums
//! ([`crate::report::Tally`]). A set in place takes the old person out of
//! the sums and marks them changed, so the next report makes only their
//! facts and findings again; an insert or a remove keeps every other
//! person's (moved by row) and counts the sums again.

pub mod delta;
pub mod ops;
pub mod text;

use serde_json::value::RawValue;

use crate::error::Error;
use crate::input::rowwise::{
    assemble, give_back, placed, read_rows, reads_the_same, RowContext, RowReading,
};
use crate::input::{read, top_level_entries, ReadOptions, Reading, MAX_ROWS};
use crate::report::memo::{Entry, Memo};
use crate::report::{analyze_held, Options, Report};
use crate::roster::ops::{Op, OpError, Target};
use crate::roster::text::{
    each_item, list_items, object_entries, raw, set_entry, write_list, write_object,
};

/// A dataset held for editing and analysis.
pub struct Roster {
    /// The dataset's entries in order; the value of `people` is `[]` here,
    /// its rows are in `rows`.
    entries: Vec<(String, Box<RawValue>)>,
    people_at: usize,
    rows: Vec<Box<RawValue>>,
    /// Counts edits of anything but `people`.
    version: u64,
    head: Option<Head>,
    readings: Option<Readings>,
    /// The whole reading (people put together), while no edit spoils it.
    assembled: Option<Reading>,
    /// Each person's facts and own findings from the last report, for the
    /// people of `assembled`.
    memo: Memo,
    /// The memo's entries by row while the people are taken apart (an
    /// insert, a remove, a row no longer kept in place).
    memo_rows: Option<Vec<Option<Entry>>>,
    /// The rows of `people` whose fields other than `id` were set since
    /// [`Roster::take_edited`] last took them; `None` when anything else
    /// was edited too (or they were never taken).
    edited: Option<Vec<usize>>,
}

/// The dataset read without its people, for some read options.
struct Head {
    options: ReadOptions,
    version: u64,
    reading: Reading,
}

/// Every row read alone against `head`.
struct Readings {
    version: u64,
    head: Reading,
    rows: Vec<RowReading>,
}

impl Roster {
    /// Holds a dataset given as JSON text. Fails as [`crate::input::read`]
    /// does when the text is no dataset with a list of `people`; any other
    /// error of the dataset is the error of [`Roster::report`].
    pub fn from_json(text: &str) -> Result<Roster, Error> {
        let whole_error = || {
            read(text, &ReadOptions::default())
                .err()
                .unwrap_or_else(|| Error::Json("the dataset cannot be split into fields".into()))
        };
        // The dataset's entries, the people's text borrowed.
        let top = top_level_entries(text);
        let people: Vec<usize> = top
            .iter()
            .enumerate()
            .filter(|(_, (k, _))| k == "people")
            .map(|(i, _)| i)
            .collect();
        let &[people_at] = people.as_slice() else {
            return Err(whole_error());
        };
        let people_text = top[people_at].1;
        let entries: Vec<(String, Box<RawValue>)> = top
            .iter()
            .enumerate()
            .map(|(i, (k, v))| {
                let value = if i == people_at { "[]" } else { v };
                (k.clone(), raw(value.to_owned()))
            })
            .collect();
        // The dataset without its people, read as the dataset says (no
        // options): when it reads, each row is read as it is split off,
        // while its text is at hand. A report with another review date
        // reads again only the rows it changes; one that cannot read the
        // head without options reads the rows then.
        let head = read(&write_object(&entries), &ReadOptions::default()).ok();
        let context = head.as_ref().map(RowContext::of);
        let mut reader = head
            .as_ref()
            .zip(context.as_ref())
            .map(|(h, c)| c.reader(h));
        let guess = (people_text.len() / 128).min(MAX_ROWS);
        let mut rows: Vec<Box<RawValue>> = Vec::with_capacity(guess);
        let mut readings: Vec<RowReading> =
            Vec::with_capacity(if reader.is_some() { guess } else { 0 });
        let count = each_item(people_text, |item| {
            let index = rows.len();
            if index >= MAX_ROWS {
                return;
            }
            if let Some(reader) = &mut reader {
                readings.push(reader.read(index, item.get()));
            }
            rows.push(item.to_owned());
        });
        let Some(count) = count else {
            return Err(whole_error());
        };
        if count > MAX_ROWS {
            return Err(Error::TooManyRows {
                field: "people",
                count,
                limit: MAX_ROWS,
            });
        }
        drop(reader);
        Ok(Roster {
            entries,
            people_at,
            rows,
            version: 0,
            head: None,
            readings: head.map(|head| Readings {
                version: 0,
                head,
                rows: readings,
            }),
            assembled: None,
            memo: Memo::default(),
            memo_rows: None,
            edited: None,
        })
    }

    /// Number of rows in `people`.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The dataset as JSON text, as read and edited.
    pub fn to_json(&self) -> String {
        let size: usize = self.rows.iter().map(|r| r.get().len() + 1).sum::<usize>()
            + self
                .entries
                .iter()
                .map(|(k, v)| k.len() + v.get().len() + 4)
                .sum::<usize>();
        let mut out = String::with_capacity(size + 2);
        out.push('{');
        for (i, (key, value)) in self.entries.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&serde_json::to_string(key).unwrap_or_default());
            out.push(':');
            if i == self.people_at {
                out.push_str(&write_list(self.rows.iter().map(|r| &**r)));
            } else {
                out.push_str(value.get());
            }
        }
        out.push('}');
        out
    }

    /// Rows `from .. from + count` of `people` as a JSON list (fewer at
    /// the end of the list).
    pub fn rows_json(&self, from: usize, count: usize) -> String {
        let start = from.min(self.rows.len());
        let end = from.saturating_add(count).min(self.rows.len());
        write_list(self.rows[start..end].iter().map(|r| &**r))
    }

    /// The report of [`crate::report::analyze_json`] for the dataset held,
    /// with the same options.
    pub fn report(&mut self, options: &Options) -> Result<Report, Error> {
        let read_options = ReadOptions {
            as_of: options.as_of,
            profile: options.profile.clone(),
            default_as_of: options.default_as_of,
        };
        self.ensure(&read_options)?;
        match &self.assembled {
            Some(reading) => analyze_held(reading, options, &mut self.memo),
            None => Err(Error::Json("the roster could not be read".into())),
        }
    }

    /// The reading for `options`, put together from the rows read.
    fn ensure(&mut self, options: &ReadOptions) -> Result<(), Error> {
        let fresh =
            matches!(&self.head, Some(h) if h.version == self.version && h.options == *options);
        if !fresh {
            let reading = read(&write_object(&self.entries), options)?;
            self.head = Some(Head {
                options: options.clone(),
                version: self.version,
                reading,
            });
        }
        let Some(Head { reading: head, .. }) = &self.head else {
            return Err(Error::Json("the roster could not be read".into()));
        };
        if self.rows.len() > MAX_ROWS {
            return Err(Error::TooManyRows {
                field: "people",
                count: self.rows.len(),
                limit: MAX_ROWS,
            });
        }
        let valid = matches!(&self.readings,
            Some(r) if r.version == self.version && r.head.dataset.as_of == head.dataset.as_of);
        // Another profile, term, unit or review date (the titles and units the rows were read
        // against unchanged): the rows stay read.
        let rows_alike = matches!(&self.readings, Some(r) if rows_read_alike(&r.head, head));
        if !valid && rows_alike {
            // Only the rows another review date can change are read again.
            let head = head.clone();
            self.review_date_changed(head);
            if let Some(readings) = &mut self.readings {
                readings.version = self.version;
            }
        } else if !valid {
            self.assembled = None;
            self.memo.clear();
            self.memo_rows = None;
            let mut rows = Vec::with_capacity(self.rows.len());
            read_rows(
                head,
                self.rows.iter().enumerate().map(|(i, r)| (i, r.get())),
                |_, reading| rows.push(reading),
            );
            self.readings = Some(Readings {
                version: self.version,
                head: head.clone(),
                rows,
            });
        }
        if self.assembled.is_none() {
            if let Some(readings) = &mut self.readings {
                let assembled = assemble(&readings.head, &mut readings.rows);
                match self.memo_rows.take() {
                    Some(by_row) => self.memo.put_back(by_row, &assembled.dataset),
                    None => self.memo.clear(),
                }
                self.assembled = Some(assembled);
            }
        }
        // The profile the options name (the review date is the readings').
        if let (Some(assembled), Some(head)) = (&mut self.assembled, &self.head) {
            assembled
                .dataset
                .profile
                .clone_from(&head.reading.dataset.profile);
        }
        Ok(())
    }

    /// Applies operations in order and gives the operations that undo them
    /// (to apply in the order given). When one fails, the ones before are
    /// undone and the roster is as it was.
    pub fn apply(&mut self, ops: Vec<Op>) -> Result<Vec<Op>, OpError> {
        // A field of a person set, other than the id: that person alone changes. An id (it can
        // make other people's ids repeats, or no longer), a row inserted, removed or replaced,
        // or anything but people can move other people in or out of the analysis.
        let rows: Option<Vec<usize>> = ops
            .iter()
            .map(|op| match op {
                Op::Set {
                    target: Target::People,
                    index,
                    field,
                    ..
                } if field != "id" => Some(*index),
                _ => None,
            })
            .collect();
        let inverses = self.apply_all(ops)?;
        self.edited = match (self.edited.take(), rows) {
            (Some(mut edited), Some(rows)) => {
                edited.extend(rows);
                Some(edited)
            }
            _ => None,
        };
        Ok(inverses)
    }

    /// The rows of `people` edited alone since the last call (`None`: other
    /// edits too), and starts counting again.
    pub fn take_edited(&mut self) -> Option<Vec<usize>> {
        self.edited.replace(Vec::new())
    }

    /// Applies `ops` in order, or none of them.
    fn apply_all(&mut self, ops: Vec<Op>) -> Result<Vec<Op>, OpError> {
        let mut inverses = Vec::with_capacity(ops.len());
        for (at, op) in ops.into_iter().enumerate() {
            match self.apply_one(at, op) {
                Ok(inverse) => inverses.push(inverse),
                Err(error) => {
                    for inverse in inverses.into_iter().rev() {
                        let _ = self.apply_one(at, inverse);
                    }
                    return Err(error);
                }
            }
        }
        inverses.reverse();
        Ok(inverses)
    }

    fn apply_one(&mut self, at: usize, op: Op) -> Result<Op, OpError> {
        let len = self.rows.len();
        let in_range = |index: usize, len: usize| {
            if index < len {
                Ok(())
            } else {
                Err(OpError::OutOfRange {
                    at,
                    target: Target::People,
                    index,
                    len,
                })
            }
        };
        match op {
            Op::SetDataset { field, value } => {
                if field == "people" {
                    return Err(OpError::PeopleField { at });
                }
                let (old, _) = set_entry(&mut self.entries, &field, value);
                self.people_at = self
                    .entries
                    .iter()
                    .position(|(k, _)| k == "people")
                    .unwrap_or(self.people_at);
                // The rows are read against the titles, the units and the review date alone:
                // another profile, term or unit name keeps them (ensure checks the head read).
                self.version += 1;
                Ok(Op::SetDataset { field, value: old })
            }
            Op::Set {
                target: Target::People,
                index,
                field,
                value,
            } => {
                if crate::schema::fields::person(&field).is_none() {
                    return Err(OpError::UnknownField { at, field });
                }
                in_range(index, len)?;
                let mut entries =
                    object_entries(self.rows[index].get()).ok_or(OpError::RowNotAnObject {
                        at,
                        target: Target::People,
                        index,
                    })?;
                let removes = value.is_none();
                let (old, repeated) = set_entry(&mut entries, &field, value);
                let before = std::mem::replace(&mut self.rows[index], raw(write_object(&entries)));
                self.row_changed(index);
                // A field removed comes back in its place with the whole row.
                Ok(if repeated || (removes && old.is_some()) {
                    Op::Replace {
                        target: Target::People,
                        index,
                        value: before,
                    }
                } else {
                    Op::Set {
                        target: Target::People,
                        index,
                        field,
                        value: old,
                    }
                })
            }
            Op::Replace {
                target: Target::People,
                index,
                value,
            } => {
                in_range(index, len)?;
                let before = std::mem::replace(&mut self.rows[index], value);
                self.row_changed(index);
                Ok(Op::Replace {
                    target: Target::People,
                    index,
                    value: before,
                })
            }
            Op::Insert {
                target: Target::People,
                index,
                value,
            } => {
                in_range(index, len + 1)?;
                if len >= MAX_ROWS {
                    return Err(OpError::TooManyRows {
                        at,
                        limit: MAX_ROWS,
                    });
                }
                self.disassemble();
                let mut reading = None;
                if let Some(readings) = &self.readings {
                    read_rows(&readings.head, [(index, value.get())], |_, r| {
                        reading = Some(r)
                    });
                }
                self.rows.insert(index, value);
                if let Some(by_row) = &mut self.memo_rows {
                    by_row.insert(index, None);
                }
                match (&mut self.readings, reading) {
                    (Some(readings), Some(reading)) => readings.rows.insert(index, reading),
                    _ => self.readings = None,
                }
                Ok(Op::Remove {
                    target: Target::People,
                    index,
                })
            }
            Op::Remove {
                target: Target::People,
                index,
            } => {
                in_range(index, len)?;
                self.disassemble();
                let before = self.rows.remove(index);
                if let Some(readings) = &mut self.readings {
                    readings.rows.remove(index);
                }
                if let Some(by_row) = &mut self.memo_rows {
                    by_row.remove(index);
                }
                Ok(Op::Insert {
                    target: Target::People,
                    index,
                    value: before,
                })
            }
            other => self.list_edit(at, other),
        }
    }

    /// An edit of `titles` or `units`.
    fn list_edit(&mut self, at: usize, op: Op) -> Result<Op, OpError> {
        let target = match &op {
            Op::Set { target, .. }
            | Op::Insert { target, .. }
            | Op::Remove { target, .. }
            | Op::Replace { target, .. } => *target,
            Op::SetDataset { .. } => return Err(OpError::PeopleField { at }),
        };
        let key = target.key();
        let position = self.entries.iter().position(|(k, _)| k == key);
        let mut items = match position {
            Some(p) => {
                list_items(self.entries[p].1.get()).ok_or(OpError::NotAListField { at, target })?
            }
            None => Vec::new(),
        };
        let len = items.len();
        let in_range = |index: usize, len: usize| {
            if index < len {
                Ok(())
            } else {
                Err(OpError::OutOfRange {
                    at,
                    target,
                    index,
                    len,
                })
            }
        };
        let inverse = match op {
            Op::Set {
                index,
                field,
                value,
                ..
            } => {
                in_range(index, len)?;
                let mut entries = object_entries(items[index].get())
                    .ok_or(OpError::RowNotAnObject { at, target, index })?;
                let removes = value.is_none();
                let (old, repeated) = set_entry(&mut entries, &field, value);
                let before = std::mem::replace(&mut items[index], raw(write_object(&entries)));
                if repeated || (removes && old.is_some()) {
                    Op::Replace {
                        target,
                        index,
                        value: before,
                    }
                } else {
                    Op::Set {
                        target,
                        index,
                        field,
                        value: old,
                    }
                }
            }
            Op::Insert { index, value, .. } => {
                in_range(index, len + 1)?;
                items.insert(index, value);
                Op::Remove { target, index }
            }
            Op::Remove { index, .. } => {
                in_range(index, len)?;
                Op::Insert {
                    target,
                    index,
                    value: items.remove(index),
                }
            }
            Op::Replace { index, value, .. } => {
                in_range(index, len)?;
                Op::Replace {
                    target,
                    index,
                    value: std::mem::replace(&mut items[index], value),
                }
            }
            Op::SetDataset { .. } => return Err(OpError::PeopleField { at }),
        };
        let list = raw(write_list(items.iter().map(|i| &**i)));
        let inverse = match position {
            Some(p) => {
                self.entries[p].1 = list;
                inverse
            }
            // A list the dataset did not have: undone by removing it.
            None => {
                self.entries.push((key.to_owned(), list));
                Op::SetDataset {
                    field: key.to_owned(),
                    value: None,
                }
            }
        };
        self.head_changed();
        Ok(inverse)
    }

    /// The rows read again for another review date (the titles, units and
    /// rows unchanged): a row's reading depends on the review date only
    /// through the birth's bounds, so only the rows with problems and the
    /// people whose birth is now out of bounds are read again (none for the
    /// same date: another profile, term or unit). When none is, the people
    /// stay where they are and only the head changes.
    fn review_date_changed(&mut self, head: Reading) {
        let as_of = head.dataset.as_of;
        let Some(readings) = &self.readings else {
            return;
        };
        // The same review date (another profile, term or unit): every row reads the same.
        let same_date = readings.head.dataset.as_of == as_of;
        let mut again: Vec<usize> = match &self.assembled {
            _ if same_date => Vec::new(),
            Some(assembled) => {
                let people = &assembled.dataset.people;
                let mut at = 0;
                let mut again = Vec::new();
                for (index, row) in readings.rows.iter().enumerate() {
                    // The kept people are in the order of their rows.
                    let person = match people.get(at) {
                        Some(p) if p.index == index => {
                            at += 1;
                            Some(p)
                        }
                        _ => None,
                    };
                    if !reads_the_same(row, person, as_of) {
                        again.push(index);
                    }
                }
                again
            }
            None => (0..readings.rows.len())
                .filter(|&i| !reads_the_same(&readings.rows[i], None, as_of))
                .collect(),
        };
        if again.is_empty() {
            if let Some(assembled) = &mut self.assembled {
                let people = std::mem::take(&mut assembled.dataset.people);
                assembled.dataset = head.dataset.clone();
                assembled.dataset.people = people;
                assembled.title_problems.clone_from(&head.title_problems);
                assembled.unit_problems.clone_from(&head.unit_problems);
            }
        } else {
            again.sort_unstable();
            self.disassemble();
            let Some(readings) = &mut self.readings else {
                return;
            };
            let rows = &self.rows;
            read_rows(&head, again.iter().map(|&i| (i, rows[i].get())), |i, r| {
                readings.rows[i] = r;
            });
            // The memo's entries of the rows read again are old.
            if let Some(by_row) = &mut self.memo_rows {
                for &i in &again {
                    by_row[i] = None;
                }
            }
        }
        if let Some(readings) = &mut self.readings {
            readings.head = head;
        }
    }

    /// Titles, units or the dataset's fields changed: every row is read again.
    /// (A field no row is read against keeps them: see [`rows_read_alike`].)
    fn head_changed(&mut self) {
        self.version += 1;
        self.readings = None;
        self.assembled = None;
        self.memo.clear();
        self.memo_rows = None;
    }

    /// Gives the people of the whole reading back to the rows, and the
    /// memo's entries to `memo_rows`.
    fn disassemble(&mut self) {
        if let Some(assembled) = self.assembled.take() {
            if let Some(readings) = &mut self.readings {
                self.memo_rows = self
                    .memo
                    .take_by_row(&assembled.dataset.people, readings.rows.len());
                give_back(assembled, &mut readings.rows);
            } else {
                self.memo.clear();
            }
        }
    }

    /// Row `index` of `people` changed: it alone is read again.
    fn row_changed(&mut self, index: usize) {
        let Some(readings) = &mut self.readings else {
            self.assembled = None;
            self.memo.clear();
            self.memo_rows = None;
            return;
        };
        let mut new = None;
        read_rows(&readings.head, [(index, self.rows[index].get())], |_, r| {
            new = Some(r)
        });
        let Some(mut new) = new else {
            self.readings = None;
            self.assembled = None;
            self.memo.clear();
            self.memo_rows = None;
            return;
        };
        let old = &readings.rows[index];
        // Still kept, under the same id, without repeated titles or values
        // kept as unknown, recording the same optional fields: the person
        // changes in place and nothing else does.
        let in_place = old.clean()
            && new.clean()
            && old.id == new.id
            && old.repeated.is_empty()
            && new.repeated.is_empty()
            && old.invalid.is_empty()
            && new.invalid.is_empty()
            && old.recorded == new.recorded;
        let mut spoilt = false;
        if let Some(assembled) = &mut self.assembled {
            let position = assembled
                .dataset
                .people
                .binary_search_by_key(&index, |p| p.index);
            match (in_place, position, new.person.take()) {
                (true, Ok(position), Some(person)) => {
                    let with_units = !readings.head.dataset.units.is_empty();
                    let old = std::mem::replace(
                        &mut assembled.dataset.people[position],
                        placed(person, index, &readings.head, with_units),
                    );
                    self.memo.changed(position, &old);
                }
                (_, _, person) => {
                    new.person = person;
                    spoilt = true;
                }
            }
        }
        if spoilt {
            if let Some(assembled) = self.assembled.take() {
                self.memo_rows = self
                    .memo
                    .take_by_row(&assembled.dataset.people, readings.rows.len());
                give_back(assembled, &mut readings.rows);
            }
        }
        // The row's entry, if the memo keeps one by row, is the old row's.
        if let Some(slot) = self.memo_rows.as_mut().and_then(|r| r.get_mut(index)) {
            *slot = None;
        }
        readings.rows[index] = new;
    }
}

/// Whether rows read against the head `old` read the same against `new`
/// but for the review date (which [`Roster::review_date_changed`] checks
/// row by row): a row is read against the titles, the units and their
/// problems (src/input/rowwise.rs `RowContext`), not the profile, the term
/// or the unit's name.
fn rows_read_alike(old: &Reading, new: &Reading) -> bool {
    old.dataset.titles == new.dataset.titles
        && old.title_problems == new.title_problems
        && old.dataset.units == new.dataset.units
        && old.unit_problems == new.unit_problems
}
