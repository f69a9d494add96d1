//! Reading the `people` list row by row: one [`Person`] per good row, every
//! problem of a bad one, and the rows the JSON reader cannot read named by
//! their field.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

use rustc_hash::FxHashMap;

use crate::date::{Date, PartialDate};
use crate::kinds::Expected;
use crate::model::{
    AcademicTitle, Appointment, Candidacy, CandidacyFor, Discipline, DisciplineLevel, Education,
    EthnicGroup, Person, PersonText, PoliticalTheory, Recorded, Sex, Source,
};

use super::fields::{
    read_bool, read_date, read_enum, read_id, read_name, read_retirement_date, MAX_AGE, MIN_AGE,
};
use super::problems::{
    InvalidValue, Problem, RepeatedTitle, RowProblem, Unlisted, MAX_LISTED_ROWS,
};
use super::rows::{Listing, RawPerson, Row, MAX_ROWS};
use super::value::{number_text, Value};

/// Reads `people` row by row, each row on its own: a row that cannot be
/// read is that row's problem. `None` when the list itself cannot be read.
pub(crate) fn read_one_by_one<'j>(
    json: &'j str,
    reader: &mut PeopleReader<'_, 'j>,
    people: &mut Vec<Person>,
) -> Option<Listing> {
    // Splitting into rows skips values without following their nesting.
    let rows: Vec<&'j serde_json::value::RawValue> = serde_json::from_str(json).ok()?;
    if rows.len() > MAX_ROWS {
        return Some(Listing::TooMany(rows.len()));
    }
    for (index, raw) in rows.iter().enumerate() {
        match serde_json::from_str::<Row<RawPerson<'j>>>(raw.get()) {
            Ok(row) => {
                if let Some(person) = reader.read(index, row) {
                    people.push(person);
                }
            }
            Err(e) => reader.unreadable(index, raw.get(), &e),
        }
    }
    Some(Listing::List(rows.len()))
}

/// The keys of a JSON object with the text of each value, without reading
/// the values (empty when the text is not an object).
pub(crate) fn top_level_entries(text: &str) -> Vec<(String, &str)> {
    struct Entries<'a>(Vec<(String, &'a str)>);
    impl<'de> Deserialize<'de> for Entries<'de> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Entries<'de>;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Entries<'de>, A::Error> {
                    let mut out = Vec::new();
                    while let Some((k, v)) =
                        map.next_entry::<String, &'de serde_json::value::RawValue>()?
                    {
                        out.push((k, v.get()));
                    }
                    Ok(Entries(out))
                }
            }
            d.deserialize_map(V)
        }
    }
    serde_json::from_str::<Entries>(text).map_or_else(|_| Vec::new(), |e| e.0)
}

/// A person field named by its key (the schema's id), to name the field at
/// fault in a row; "" for a key that is no person field.
pub(crate) fn person_field(key: &str) -> &'static str {
    crate::schema::fields::person(key).map_or("", |f| f.id)
}

/// JSON text with each `\u` escape of a lone UTF-16 surrogate (a cut-off
/// emoji) replaced by `\ufffd`, of the same length.
pub(crate) fn replace_lone_surrogates(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |at: usize| -> Option<u32> {
        let digits = bytes.get(at..at + 4)?;
        u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    };
    let escape_at = |at: usize| -> Option<u32> {
        (bytes.get(at) == Some(&b'\\') && bytes.get(at + 1) == Some(&b'u'))
            .then(|| hex(at + 2))
            .flatten()
    };
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        match escape_at(i) {
            Some(high @ 0xD800..=0xDBFF) if matches!(escape_at(i + 6), Some(0xDC00..=0xDFFF)) => {
                let _ = high;
                i += 12;
            }
            Some(0xD800..=0xDFFF) => {
                out.push_str(&text[last..i]);
                out.push_str("\\ufffd");
                i += 6;
                last = i;
            }
            Some(_) => i += 6,
            // Any other escape: the backslash and the next character.
            None => i += 2,
        }
    }
    out.push_str(&text[last..]);
    out
}

pub(crate) struct PeopleReader<'a, 'j> {
    pub(crate) title_index: FxHashMap<&'a str, usize>,
    pub(crate) rejected_titles: &'a [String],
    pub(crate) as_of: Date,
    /// Every id met so far, with the index of its first row.
    pub(crate) seen_ids: FxHashMap<Cow<'j, str>, usize>,
    pub(crate) problems: Vec<RowProblem>,
    pub(crate) repeated: Vec<RepeatedTitle>,
    pub(crate) excluded_rows: usize,
    pub(crate) unlisted: Unlisted,
    /// The dataset's unit ids.
    pub(crate) unit_ids: &'a crate::units::read::UnitIds,
    /// Optional values kept as unknown, of rows that were read (the first
    /// [`MAX_LISTED_ROWS`]).
    pub(crate) invalid: Vec<InvalidValue>,
    /// Optional values kept as unknown beyond those listed.
    pub(crate) unlisted_invalid: usize,
    /// Which optional fields any row gives.
    pub(crate) recorded: Recorded,
    /// Where an import read each listed row left out, when it says.
    pub(crate) sources: Vec<(usize, Source)>,
    /// Each row is read alone: ids are not matched with earlier rows'
    /// (the roster matches them when it puts the rows together).
    pub(crate) alone: bool,
}

impl<'a, 'j> PeopleReader<'a, 'j> {
    /// A reader of people rows against `titles` (the titles kept; the ids
    /// of those left out in `rejected_titles`), the review date and the
    /// dataset's unit ids, with room for `rows` ids.
    pub(crate) fn new(
        titles: &'a [crate::model::Title],
        rejected_titles: &'a [String],
        as_of: Date,
        unit_ids: &'a crate::units::read::UnitIds,
        rows: usize,
    ) -> Self {
        PeopleReader {
            title_index: titles
                .iter()
                .enumerate()
                .map(|(i, t)| (t.id.as_str(), i))
                .collect(),
            rejected_titles,
            as_of,
            seen_ids: FxHashMap::with_capacity_and_hasher(rows, Default::default()),
            problems: Vec::new(),
            repeated: Vec::new(),
            excluded_rows: 0,
            unlisted: Unlisted::default(),
            unit_ids,
            invalid: Vec::new(),
            unlisted_invalid: 0,
            recorded: Recorded::default(),
            sources: Vec::new(),
            alone: false,
        }
    }

    /// Notes an optional value kept as unknown: listed while fewer than
    /// [`MAX_LISTED_ROWS`] are, counted beyond.
    pub(crate) fn note_invalid(&mut self, value: InvalidValue) {
        if self.invalid.len() >= MAX_LISTED_ROWS {
            self.unlisted_invalid += 1;
        } else {
            self.invalid.push(value);
        }
    }

    /// Forgets every row read, to read them again.
    pub(crate) fn reset(&mut self) {
        self.seen_ids.clear();
        self.problems.clear();
        self.repeated.clear();
        self.excluded_rows = 0;
        self.unlisted = Unlisted::default();
        self.invalid.clear();
        self.unlisted_invalid = 0;
        self.recorded = Recorded::default();
        self.sources.clear();
    }

    /// Reads one row: a person, or `None` with its problems recorded.
    pub(crate) fn read(&mut self, index: usize, row: Row<RawPerson<'j>>) -> Option<Person> {
        let before = self.problems.len();
        let person = self.read_row(index, row);
        if self.problems.len() > before {
            self.left_out(before);
        }
        person
    }

    /// Counts a row left out; beyond [`MAX_LISTED_ROWS`] its problems are
    /// counted by field instead of kept.
    pub(crate) fn left_out(&mut self, before: usize) {
        self.excluded_rows += 1;
        if self.excluded_rows <= MAX_LISTED_ROWS {
            return;
        }
        self.unlisted.rows += 1;
        let mut fields: Vec<&'static str> =
            self.problems[before..].iter().map(|p| p.field).collect();
        fields.dedup();
        for field in fields {
            match self.unlisted.fields.iter_mut().find(|(f, _)| *f == field) {
                Some((_, n)) => *n += 1,
                None => self.unlisted.fields.push((field, 1)),
            }
        }
        self.problems.truncate(before);
    }

    /// A row the JSON reader could not read: its problem, with the field
    /// at fault when it can be found.
    pub(crate) fn unreadable(&mut self, index: usize, text: &str, error: &serde_json::Error) {
        let before = self.problems.len();
        let message = error.to_string();
        let (problem, fixed) = if message.contains("surrogate")
            || message.contains("unicode code point")
            || message.contains("end of hex escape")
        {
            (Problem::LoneSurrogate, Some(replace_lone_surrogates(text)))
        } else if message.contains("recursion limit") {
            (Problem::TooDeep, None)
        } else if message.starts_with("duplicate field") {
            (Problem::DuplicateKey, None)
        } else {
            (Problem::Unreadable(message.clone()), None)
        };
        let text = fixed.as_deref().unwrap_or(text);
        let entries = top_level_entries(text);
        let id = entries.iter().find(|(k, _)| k == "id").and_then(|(_, v)| {
            match serde_json::from_str::<serde_json::Value>(v) {
                Ok(serde_json::Value::String(s)) => Some(s),
                Ok(serde_json::Value::Number(n)) => Some(n.to_string()),
                _ => None,
            }
        });
        // The field at fault: the key named twice, or the first whose value
        // cannot be read alone.
        let culprit = match &problem {
            Problem::DuplicateKey => message
                .split('`')
                .nth(1)
                .and_then(|name| entries.iter().find(|(k, _)| k == name)),
            Problem::LoneSurrogate => entries
                .iter()
                .find(|(_, v)| v.contains("\\ufffd") || v.contains("\\uFFFD")),
            _ => entries
                .iter()
                .find(|(_, v)| serde_json::from_str::<Value>(v).is_err()),
        };
        let (field, value) = match culprit {
            Some((key, raw)) => {
                let shown = serde_json::from_str::<Value>(raw)
                    .map(|v| v.show())
                    .unwrap_or_default();
                (person_field(key), shown)
            }
            None => ("", String::new()),
        };
        self.problems.push(RowProblem {
            index,
            id,
            field,
            value,
            problem,
        });
        self.left_out(before);
    }

    pub(crate) fn read_row(&mut self, index: usize, row: Row<RawPerson<'j>>) -> Option<Person> {
        let raw = match row {
            Row::Record(raw) => raw,
            Row::NotAnObject(kind) => {
                self.problems.push(RowProblem {
                    index,
                    id: None,
                    field: "",
                    value: String::new(),
                    problem: Problem::NotAnObject(kind),
                });
                return None;
            }
        };
        let before = self.problems.len();
        let id = match read_id(&raw.id) {
            Ok(id) => Some(id),
            Err(p) => {
                self.fail(index, &None, "id", &raw.id, p);
                None
            }
        };
        if let Some(id) = id.as_ref().filter(|_| !self.alone) {
            match self.seen_ids.get(id.as_str()) {
                Some(&first) => self.fail(
                    index,
                    &Some(id.clone()),
                    "id",
                    &raw.id,
                    Problem::DuplicateId(first),
                ),
                None => {
                    // The id as the text has it, without a copy when it can.
                    let key = match &raw.id {
                        Value::Text(Cow::Borrowed(text)) => Cow::Borrowed(*text),
                        _ => Cow::Owned(id.clone()),
                    };
                    self.seen_ids.insert(key, index);
                }
            }
        }
        let sex = read_enum::<Sex>(&raw.sex).and_then(|sex| sex.ok_or(Problem::Missing));
        let birth = self.birth(&raw.birth);
        let name = self.keep(index, &id, "name", &raw.name, read_name(&raw.name));
        let sex = self.keep(index, &id, "sex", &raw.sex, sex);
        let birth = self.keep(index, &id, "birth", &raw.birth, birth);
        let recorded = self.note_recorded(&raw);
        let invalid_before = self.invalid.len();
        let unlisted_invalid_before = self.unlisted_invalid;
        let local = self.keep(index, &id, "local", &raw.local, read_bool(&raw.local, true));
        // Optional roster values: one that cannot be read is unknown, with a
        // warning, and never rejects the row.
        let ethnic_group = self.lenient(
            index,
            &id,
            "ethnicGroup",
            &raw.ethnic_group,
            optional_enum::<EthnicGroup>(&raw.ethnic_group),
        );
        let ethnic_minority = self
            .lenient(
                index,
                &id,
                "ethnicMinority",
                &raw.ethnic_minority,
                match raw.ethnic_minority {
                    Value::Missing | Value::Null => Ok(None),
                    _ => read_bool(&raw.ethnic_minority, false).map(Some),
                },
            )
            // Given, it is what counts, even beside a group that says
            // otherwise (the v1 field the shares count); else the group's.
            .or(ethnic_group.map(EthnicGroup::is_minority))
            .unwrap_or(false);
        let education = self.lenient(
            index,
            &id,
            "education",
            &raw.education,
            optional_enum::<Education>(&raw.education),
        );
        let political_theory = self.lenient(
            index,
            &id,
            "politicalTheory",
            &raw.political_theory,
            optional_enum::<PoliticalTheory>(&raw.political_theory),
        );
        let academic_title = self.lenient(
            index,
            &id,
            "academicTitle",
            &raw.academic_title,
            optional_enum::<AcademicTitle>(&raw.academic_title),
        );
        let hometown = self.lenient(
            index,
            &id,
            "hometown",
            &raw.hometown,
            read_text(&raw.hometown),
        );
        let education_major = self.lenient(
            index,
            &id,
            "educationMajor",
            &raw.education_major,
            read_text(&raw.education_major),
        );
        let other_posts = self.lenient(
            index,
            &id,
            "otherPosts",
            &raw.other_posts,
            read_text(&raw.other_posts),
        );
        let source = read_source(&raw.source);
        let retire_at_60 = self.keep(
            index,
            &id,
            "retireAt60",
            &raw.retire_at60,
            read_bool(&raw.retire_at60, false),
        );
        let retirement_date = self.keep(
            index,
            &id,
            "retirementDate",
            &raw.retirement_date,
            read_retirement_date(&raw.retirement_date, birth.as_ref()),
        );
        let current = self.title_list(index, &id, "current", &raw.current);
        let planned = self.title_list(index, &id, "planned", &raw.planned);
        let candidacy = self.keep(
            index,
            &id,
            "candidacy",
            &raw.candidacy,
            read_enum::<Candidacy>(&raw.candidacy),
        );
        let candidacy_for = self.keep(
            index,
            &id,
            "candidacyFor",
            &raw.candidacy_for,
            read_enum::<CandidacyFor>(&raw.candidacy_for),
        );
        let post_since = self.keep(
            index,
            &id,
            "postSince",
            &raw.post_since,
            read_date(&raw.post_since),
        );
        let rotation_date = self.keep(
            index,
            &id,
            "rotationDate",
            &raw.rotation_date,
            read_date(&raw.rotation_date),
        );
        let appointment = self.appointment(index, &id, &raw.appointment);
        let discipline = self.discipline(index, &id, &raw.discipline);
        // The unit the person belongs to (optional).
        let unit = self.keep(
            index,
            &id,
            "unit",
            &raw.unit,
            self.unit_ids.person_unit(&raw.unit),
        );
        if self.problems.len() > before {
            // The warnings of a row left out would be noise beside its problems.
            self.invalid.truncate(invalid_before);
            self.unlisted_invalid = unlisted_invalid_before;
            if let Some(source) = source.filter(|_| self.excluded_rows < MAX_LISTED_ROWS) {
                self.sources.push((index, source));
            }
            return None;
        }
        if let Some(source) = &source {
            for w in &mut self.invalid[invalid_before..] {
                w.source = Some(source.clone());
            }
        }
        Some(Person {
            index,
            id: id?,
            name: name?,
            sex: sex?,
            birth: birth?,
            ethnic_minority,
            local: local?,
            ethnic_group,
            education,
            academic_title,
            political_theory,
            text: (hometown.is_some()
                || education_major.is_some()
                || other_posts.is_some()
                || source.is_some())
            .then(|| {
                Box::new(PersonText {
                    hometown,
                    education_major,
                    other_posts,
                    source,
                })
            }),
            recorded,
            current: current?,
            planned: planned?,
            retire_at_60: retire_at_60?,
            retirement_date: retirement_date?,
            candidacy: candidacy?,
            candidacy_for: candidacy_for?.unwrap_or(CandidacyFor::Committee),
            post_since: post_since?,
            appointment: appointment?,
            rotation_date: rotation_date?,
            discipline: discipline?,
            unit: unit?,
        })
    }

    /// `appointment: { title, dossierDate, outside }`, all but `outside` required.
    pub(crate) fn appointment(
        &mut self,
        index: usize,
        id: &Option<String>,
        value: &Value,
    ) -> Option<Option<Appointment>> {
        match value {
            Value::Missing | Value::Null => return Some(None),
            Value::Object(_) => {}
            other => {
                self.fail(
                    index,
                    id,
                    "appointment",
                    other,
                    Problem::WrongType {
                        expected: Expected::Object,
                    },
                );
                return None;
            }
        }
        let title_value = value.get("title");
        let title = match title_value {
            Value::Text(key) => match self.title_index.get(key.as_ref()) {
                Some(&t) => Ok(t),
                None => Err(Problem::UnknownTitle(key.to_string())),
            },
            Value::Missing | Value::Null => Err(Problem::Missing),
            _ => Err(Problem::WrongType {
                expected: Expected::TitleId,
            }),
        };
        let title = self.keep(index, id, "appointment.title", title_value, title);
        let date_value = value.get("dossierDate");
        let dossier_date = read_date(date_value).and_then(|d| d.ok_or(Problem::Missing));
        let dossier_date = self.keep(
            index,
            id,
            "appointment.dossierDate",
            date_value,
            dossier_date,
        );
        let outside_value = value.get("outside");
        let outside = self.keep(
            index,
            id,
            "appointment.outside",
            outside_value,
            read_bool(outside_value, false),
        );
        Some(Some(Appointment {
            title: title?,
            dossier_date: dossier_date?,
            outside: outside?,
        }))
    }

    /// `discipline: [{ level, date }]`.
    pub(crate) fn discipline(
        &mut self,
        index: usize,
        id: &Option<String>,
        value: &Value,
    ) -> Option<Vec<Discipline>> {
        let items = match value {
            Value::Missing | Value::Null => return Some(Vec::new()),
            Value::List(items) => items,
            other => {
                self.fail(
                    index,
                    id,
                    "discipline",
                    other,
                    Problem::WrongType {
                        expected: Expected::List,
                    },
                );
                return None;
            }
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for item in items {
            let level_value = item.get("level");
            let level =
                read_enum::<DisciplineLevel>(level_value).and_then(|l| l.ok_or(Problem::Missing));
            let level = self.keep(index, id, "discipline.level", level_value, level);
            let date_value = item.get("date");
            let date = read_date(date_value).and_then(|d| d.ok_or(Problem::Missing));
            let date = self.keep(index, id, "discipline.date", date_value, date);
            let end_value = item.get("endDate");
            let end = self.keep(
                index,
                id,
                "discipline.endDate",
                end_value,
                read_date(end_value),
            );
            match (level, date, end) {
                (Some(level), Some(date), Some(end)) => out.push(Discipline { level, date, end }),
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    pub(crate) fn fail(
        &mut self,
        index: usize,
        id: &Option<String>,
        field: &'static str,
        value: &Value,
        problem: Problem,
    ) {
        self.problems.push(RowProblem {
            index,
            id: id.clone(),
            field,
            value: value.show(),
            problem,
        });
    }

    /// Keeps a field's value, or records its problem.
    pub(crate) fn keep<T>(
        &mut self,
        index: usize,
        id: &Option<String>,
        field: &'static str,
        value: &Value,
        read: Result<T, Problem>,
    ) -> Option<T> {
        match read {
            Ok(v) => Some(v),
            Err(problem) => {
                self.fail(index, id, field, value, problem);
                None
            }
        }
    }

    /// Keeps an optional value, or notes it as unknown (`invalid-value`).
    pub(crate) fn lenient<T>(
        &mut self,
        index: usize,
        id: &Option<String>,
        field: &'static str,
        value: &Value,
        read: Result<Option<T>, Problem>,
    ) -> Option<T> {
        match read {
            Ok(v) => v,
            Err(_) => {
                self.note_invalid(InvalidValue {
                    index,
                    id: id.clone().unwrap_or_default(),
                    field,
                    value: value.show(),
                    source: None,
                });
                None
            }
        }
    }

    /// Which optional fields the row gives (noted for the dataset too).
    fn note_recorded(&mut self, raw: &RawPerson<'_>) -> Recorded {
        let given = |v: &Value| match v {
            Value::Missing | Value::Null => false,
            Value::Text(t) => !t.trim().is_empty(),
            _ => true,
        };
        let row = Recorded {
            local: given(&raw.local),
            hometown: given(&raw.hometown),
            ethnic_group: given(&raw.ethnic_group),
            ethnic_minority: given(&raw.ethnic_minority) || given(&raw.ethnic_group),
            education: given(&raw.education),
            education_major: given(&raw.education_major),
            academic_title: given(&raw.academic_title),
            political_theory: given(&raw.political_theory),
            other_posts: given(&raw.other_posts),
        };
        self.recorded.merge(row);
        row
    }

    pub(crate) fn birth(&self, value: &Value) -> Result<PartialDate, Problem> {
        let birth = match value {
            Value::Missing | Value::Null => return Err(Problem::Missing),
            Value::Text(text) => PartialDate::parse(text).map_err(Problem::BadDate)?,
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e6 => {
                PartialDate::from_year(*n as i32).map_err(Problem::BadDate)?
            }
            _ => {
                return Err(Problem::WrongType {
                    expected: Expected::PartialDate,
                })
            }
        };
        birth_within(birth, self.as_of)
    }

    /// Reads a list of title ids into title indexes, without repeats.
    pub(crate) fn title_list(
        &mut self,
        index: usize,
        id: &Option<String>,
        field: &'static str,
        value: &Value,
    ) -> Option<Vec<usize>> {
        let items = match value {
            Value::Missing | Value::Null => return Some(Vec::new()),
            Value::List(items) => items,
            _ => {
                self.fail(
                    index,
                    id,
                    field,
                    value,
                    Problem::WrongType {
                        expected: Expected::TitleIds,
                    },
                );
                return None;
            }
        };
        let mut resolved: Vec<usize> = Vec::with_capacity(items.len());
        let mut ok = true;
        for item in items {
            let key = match item {
                Value::Text(t) => Cow::Borrowed(t.as_ref()),
                Value::Number(n) if n.fract() == 0.0 => Cow::Owned(number_text(*n)),
                other => {
                    self.fail(
                        index,
                        id,
                        field,
                        other,
                        Problem::WrongType {
                            expected: Expected::TitleId,
                        },
                    );
                    ok = false;
                    continue;
                }
            };
            match self.title_index.get(key.as_ref()) {
                Some(&t) if resolved.contains(&t) => self.repeated.push(RepeatedTitle {
                    index,
                    id: id.clone().unwrap_or_default(),
                    field,
                    title: key.into_owned(),
                }),
                Some(&t) => resolved.push(t),
                None => {
                    let key = key.into_owned();
                    let problem = if self.rejected_titles.contains(&key) {
                        Problem::RejectedTitle(key)
                    } else {
                        Problem::UnknownTitle(key)
                    };
                    self.fail(index, id, field, item, problem);
                    ok = false;
                }
            }
        }
        // A repeat noted for a row that is then rejected would be noise.
        if !ok || id.is_none() {
            self.repeated.retain(|r| r.index != index);
        }
        ok.then_some(resolved)
    }
}

/// A birth checked against the review date: not after it, and an age on
/// it within [`MIN_AGE`]..=[`MAX_AGE`]. The only part of a row's reading
/// that depends on the review date.
pub(crate) fn birth_within(birth: PartialDate, as_of: Date) -> Result<PartialDate, Problem> {
    if birth.date() > as_of {
        return Err(Problem::BirthAfterAsOf(as_of));
    }
    let years = crate::age::age_on(birth.date(), as_of).map_or(0, |a| a.years);
    if !(MIN_AGE..=MAX_AGE).contains(&years) {
        return Err(Problem::AgeOutside { years, as_of });
    }
    Ok(birth)
}

/// Optional text as written, trimmed; a number is its digits; empty is absent.
fn read_text(value: &Value) -> Result<Option<String>, Problem> {
    match value {
        Value::Missing | Value::Null => Ok(None),
        Value::Text(t) if t.trim().is_empty() => Ok(None),
        Value::Text(t) => Ok(Some(t.trim().to_owned())),
        Value::Number(n) => Ok(Some(number_text(*n))),
        _ => Err(Problem::WrongType {
            expected: Expected::Text,
        }),
    }
}

/// `source: { sheet, row }` as an import writes it; anything else is no
/// source (it only serves messages).
fn read_source(value: &Value) -> Option<Source> {
    let sheet = match value.get("sheet") {
        Value::Text(t) if !t.trim().is_empty() => Some(t.trim().to_owned()),
        _ => None,
    };
    let row = match value.get("row") {
        Value::Number(n) if n.fract() == 0.0 && *n >= 1.0 && *n <= f64::from(u32::MAX) => {
            Some(*n as u32)
        }
        _ => None,
    };
    (sheet.is_some() || row.is_some()).then_some(Source { sheet, row })
}

/// An optional enumeration value by its id; blank text is absent.
fn optional_enum<T: crate::schema::Vocabulary>(value: &Value) -> Result<Option<T>, Problem> {
    match value {
        Value::Text(t) if t.trim().is_empty() => Ok(None),
        _ => read_enum::<T>(value),
    }
}
