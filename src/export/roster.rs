//! The roster as exported: each row of the dataset's `people` with its own
//! fields, written as the import reads them back, and the figures the
//! analysis computed for that row. A row is joined to its figures by its
//! index in `people`, never by id: a row left out of the analysis (a
//! duplicate id, a bad birth date) has no figures, even when an analysed row
//! shares its id.

use serde_json::Value;

use crate::csv::{Field, Writer};
use crate::date::{Date, PartialDate};
use crate::lang::Lang;
use crate::messages::exports::export_words;
use crate::report::{PersonReport, Report};

use super::labels;

/// The person fields of the roster: every field a spreadsheet column can
/// be imported into, in the schema's order, each headed by its label. A
/// field added to the schema is exported, and imported back, with no change
/// here. The unit column only when the dataset has units.
pub fn fields(dataset: &Value) -> impl Iterator<Item = &'static crate::schema::Field> + Clone {
    let has_units = dataset
        .get("units")
        .and_then(Value::as_array)
        .is_some_and(|u| !u.is_empty());
    crate::schema::fields::PERSON
        .iter()
        .filter(move |f| f.import && (has_units || f.id != "unit"))
}

/// One exported row: the dataset's person and, when the row was analysed,
/// its figures.
pub struct Row<'a> {
    /// The row's index in the dataset's `people`.
    pub index: usize,
    pub person: &'a Value,
    pub figures: Option<&'a PersonReport>,
}

/// The dataset's rows that are objects, each with the figures of the same
/// row. The report must give its people as rows (`PeopleForm::Rows`).
pub fn rows<'a>(dataset: &'a Value, report: &'a Report) -> impl Iterator<Item = Row<'a>> {
    let people: &[Value] = dataset
        .get("people")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice);
    let mut figures: Vec<Option<&PersonReport>> = vec![None; people.len()];
    for person in &report.people {
        if let Some(slot) = figures.get_mut(person.index) {
            *slot = Some(person);
        }
    }
    people
        .iter()
        .zip(figures)
        .enumerate()
        .filter(|(_, (person, _))| person.is_object())
        .map(|(index, (person, figures))| Row {
            index,
            person,
            figures,
        })
}

/// The computed fields after the person's own, each headed by its schema label.
pub const COMPUTED: [&str; 4] = [
    "age",
    "retirementDate",
    "monthsLeft",
    "monthsLeftAtTermStart",
];

/// The headers: the person fields, then the computed ones (the schema's
/// labels, which the import recognises in either language).
pub fn headers(dataset: &Value, lang: Lang) -> impl Iterator<Item = &'static str> + '_ {
    fields(dataset)
        .map(move |f| f.label(lang))
        .chain(COMPUTED.iter().map(move |f| computed_label(f, lang)))
}

/// A computed field's heading ("retirementDate" is also a person field,
/// the decided date: the computed one is meant here).
fn computed_label(field: &str, lang: Lang) -> &'static str {
    crate::schema::fields::PERSON_COMPUTED
        .iter()
        .find(|f| f.id == field)
        .map_or("", |f| f.label(lang))
}

/// A person's field as the roster writes it.
pub fn cell(person: &Value, field: &crate::schema::Field, lang: Lang) -> String {
    let date = matches!(field.kind, crate::schema::Kind::PartialDate);
    let (field, default) = (field.id, field.default);
    match (field, person.get(field)) {
        // An absent yes/no field is its default (a person is local unless
        // the dataset says otherwise).
        (_, None | Some(Value::Null)) => match default {
            Some(crate::schema::fields::Preset::Bool(d)) => labels::yes_no(d, lang).to_owned(),
            _ => String::new(),
        },
        (_, Some(Value::String(s))) if date => {
            PartialDate::parse(s).map_or_else(|_| s.clone(), |d| day_month_year(&d))
        }
        (_, Some(Value::Bool(b))) => labels::yes_no(*b, lang).to_owned(),
        (_, Some(Value::Array(items))) => items
            .iter()
            .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned))
            .collect::<Vec<_>>()
            .join(", "),
        (_, Some(Value::String(s))) => {
            labels::value_label(field, s, lang).map_or_else(|| s.clone(), str::to_owned)
        }
        (_, Some(other)) => other.to_string(),
    }
}

/// dd/mm/yyyy, mm/yyyy or yyyy, as precise as the record.
fn day_month_year(date: &PartialDate) -> String {
    let text = date.to_string();
    text.split('-').rev().collect::<Vec<_>>().join("/")
}

/// The computed fields of an analysed row.
pub struct Computed {
    /// "45 tuổi 3 tháng" / "45 years 3 months".
    pub age: String,
    pub retirement_date: Option<Date>,
    pub months_left: i32,
    pub months_left_at_term_start: Option<i32>,
}

/// The computed fields of a row's figures.
pub fn computed(figures: &PersonReport, lang: Lang) -> Computed {
    let age = export_words(lang)
        .age
        .replace("{years}", &figures.age.years.to_string())
        .replace("{months}", &figures.age.months.to_string());
    Computed {
        age,
        retirement_date: Date::parse(&figures.retirement_date).ok(),
        months_left: figures.months_left,
        months_left_at_term_start: figures.months_left_at_term_start,
    }
}

/// The roster with computed fields as CSV (UTF-8 with BOM, so Excel reads
/// the accents): text cells guarded against formulas, months left written
/// as numbers.
pub fn roster_csv(dataset: &Value, report: &Report, lang: Lang) -> String {
    let mut out = Writer::new();
    out.row(headers(dataset, lang).map(Field::text));
    for row in rows(dataset, report) {
        let own = fields(dataset).map(|f| Field::text(cell(row.person, f, lang)));
        let figures: [Field; 4] = match row.figures.map(|f| computed(f, lang)) {
            None => [Field::Empty, Field::Empty, Field::Empty, Field::Empty],
            Some(c) => [
                Field::text(c.age),
                c.retirement_date
                    .map_or(Field::Empty, |d| Field::text(d.to_vietnamese())),
                Field::Number(f64::from(c.months_left)),
                Field::number(c.months_left_at_term_start.map(f64::from)),
            ],
        };
        out.row(own.chain(figures));
    }
    out.finish()
}
