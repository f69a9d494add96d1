//! Reading one field's value: ids, enumerations (through the schema), yes/no,
//! dates, names and whole numbers. Each reader returns the value or the
//! field's [`Problem`].

use crate::date::{Date, PartialDate, Precision};
use crate::kinds::Expected;
use crate::schema::Vocabulary;

use super::problems::Problem;
use super::value::{number_text, Value};

/// The youngest and the oldest age, at the review date, of a cadre a roster
/// can hold: a birth outside them is the row's problem (`invalid-row`).
pub const MIN_AGE: i32 = 18;
pub const MAX_AGE: i32 = 75;

/// An id: text, or a whole number written as text.
pub(crate) fn read_id(value: &Value) -> Result<String, Problem> {
    match value {
        Value::Text(t) if !t.trim().is_empty() => Ok(t.to_string()),
        Value::Number(n) if n.fract() == 0.0 => Ok(number_text(*n)),
        Value::Missing | Value::Null => Err(Problem::Missing),
        Value::Text(_) => Err(Problem::Missing),
        _ => Err(Problem::WrongType {
            expected: Expected::Text,
        }),
    }
}

/// A value of the enumeration `T` by its contract id; `None` when absent.
pub(crate) fn read_enum<T: Vocabulary>(value: &Value) -> Result<Option<T>, Problem> {
    match value {
        Value::Missing | Value::Null => Ok(None),
        Value::Text(text) => T::from_id(text)
            .map(Some)
            .ok_or(Problem::NotInEnum(T::id_list())),
        _ => Err(Problem::NotInEnum(T::id_list())),
    }
}

pub(crate) fn read_bool(value: &Value, default: bool) -> Result<bool, Problem> {
    match value {
        Value::Missing | Value::Null => Ok(default),
        Value::Bool(b) => Ok(*b),
        _ => Err(Problem::WrongType {
            expected: Expected::TrueOrFalse,
        }),
    }
}

/// An optional date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (missing parts as the 1st).
pub(crate) fn read_date(value: &Value) -> Result<Option<Date>, Problem> {
    match value {
        Value::Missing | Value::Null => Ok(None),
        Value::Text(text) => PartialDate::parse(text)
            .map(|d| Some(d.date()))
            .map_err(Problem::BadDate),
        _ => Err(Problem::WrongType {
            expected: Expected::PartialDate,
        }),
    }
}

/// A decided retirement date: "YYYY-MM" or "YYYY-MM-DD" (a year alone is
/// not a decision), after the birth.
pub(crate) fn read_retirement_date(
    value: &Value,
    birth: Option<&PartialDate>,
) -> Result<Option<PartialDate>, Problem> {
    let date = match value {
        Value::Missing | Value::Null => return Ok(None),
        Value::Text(text) if text.trim().is_empty() => return Ok(None),
        Value::Text(text) => PartialDate::parse(text).map_err(Problem::BadDate)?,
        _ => {
            return Err(Problem::WrongType {
                expected: Expected::MonthOrDate,
            })
        }
    };
    if date.precision() == Precision::Year {
        return Err(Problem::WrongType {
            expected: Expected::MonthOrDate,
        });
    }
    if let Some(birth) = birth {
        if date.date().year_month() <= birth.date().year_month() {
            return Err(Problem::BeforeBirth);
        }
    }
    Ok(Some(date))
}

pub(crate) fn read_name(value: &Value) -> Result<Option<String>, Problem> {
    match value {
        Value::Missing | Value::Null => Ok(None),
        Value::Text(t) => Ok(Some(t.to_string())),
        _ => Err(Problem::WrongType {
            expected: Expected::Text,
        }),
    }
}

pub(crate) fn read_whole(value: &Value) -> Result<Option<i64>, Problem> {
    match value {
        Value::Missing | Value::Null => Ok(None),
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e12 => Ok(Some(*n as i64)),
        _ => Err(Problem::NotWholeNumber),
    }
}
