//! The sentences of a roster's operation errors, in both languages.

use crate::lang::Lang;
use crate::roster::ops::{OpError, Target};

fn list(target: Target, lang: Lang) -> &'static str {
    match (target, lang) {
        (Target::People, Lang::Vi) => "danh sách cán bộ (people)",
        (Target::Titles, Lang::Vi) => "danh sách chức danh (titles)",
        (Target::Units, Lang::Vi) => "danh sách đơn vị (units)",
        (Target::People, Lang::En) => "the people list",
        (Target::Titles, Lang::En) => "the titles list",
        (Target::Units, Lang::En) => "the units list",
    }
}

/// What is wrong with an operation, naming the operation (counted from 1)
/// and the row.
pub fn op_error(lang: Lang, error: &OpError) -> String {
    let op = |at: &usize| match lang {
        Lang::Vi => format!("Thao tác thứ {}", at + 1),
        Lang::En => format!("Operation {}", at + 1),
    };
    match (lang, error) {
        (Lang::Vi, OpError::NotJson(reason)) => {
            format!("Danh sách thao tác không phải JSON hợp lệ: {reason}.")
        }
        (Lang::En, OpError::NotJson(reason)) => {
            format!("The operations are not valid JSON: {reason}.")
        }
        (Lang::Vi, OpError::NotAList) => "Các thao tác phải là một danh sách.".to_owned(),
        (Lang::En, OpError::NotAList) => "The operations must be a list.".to_owned(),
        (Lang::Vi, OpError::NotAnObject { at }) => {
            format!("{} không phải một đối tượng {{ op, … }}.", op(at))
        }
        (Lang::En, OpError::NotAnObject { at }) => {
            format!("{} is not an object {{ op, … }}.", op(at))
        }
        (Lang::Vi, OpError::UnknownOp { at, op: name }) => format!(
            "{}: không có thao tác \"{name}\" (set, insert, remove, replace, setTitle, insertTitle, removeTitle, replaceTitle, setUnit, insertUnit, removeUnit, replaceUnit, setDataset).",
            op(at)
        ),
        (Lang::En, OpError::UnknownOp { at, op: name }) => format!(
            "{}: there is no operation \"{name}\" (set, insert, remove, replace, setTitle, insertTitle, removeTitle, replaceTitle, setUnit, insertUnit, removeUnit, replaceUnit, setDataset).",
            op(at)
        ),
        (Lang::Vi, OpError::Missing { at, key }) => format!("{}: thiếu \"{key}\".", op(at)),
        (Lang::En, OpError::Missing { at, key }) => format!("{}: \"{key}\" is missing.", op(at)),
        (Lang::Vi, OpError::WrongValue { at, key, expected }) => {
            let what = if *expected == "index" {
                "một số thứ tự (0, 1, 2, …)"
            } else {
                "một chuỗi"
            };
            format!("{}: \"{key}\" phải là {what}.", op(at))
        }
        (Lang::En, OpError::WrongValue { at, key, expected }) => {
            let what = if *expected == "index" {
                "a row number (0, 1, 2, …)"
            } else {
                "text"
            };
            format!("{}: \"{key}\" must be {what}.", op(at))
        }
        (
            Lang::Vi,
            OpError::OutOfRange {
                at,
                target,
                index,
                len,
            },
        ) => format!(
            "{}: không có dòng {index} trong {} ({len} dòng, đánh số từ 0).",
            op(at),
            list(*target, lang)
        ),
        (
            Lang::En,
            OpError::OutOfRange {
                at,
                target,
                index,
                len,
            },
        ) => format!(
            "{}: there is no row {index} in {} ({len} rows, numbered from 0).",
            op(at),
            list(*target, lang)
        ),
        (Lang::Vi, OpError::UnknownField { at, field }) => {
            format!("{}: cán bộ không có trường \"{field}\".", op(at))
        }
        (Lang::En, OpError::UnknownField { at, field }) => {
            format!("{}: a person has no field \"{field}\".", op(at))
        }
        (Lang::Vi, OpError::PeopleField { at }) => format!(
            "{}: danh sách cán bộ được sửa từng dòng (set, insert, remove, replace), không sửa bằng setDataset.",
            op(at)
        ),
        (Lang::En, OpError::PeopleField { at }) => format!(
            "{}: people are edited row by row (set, insert, remove, replace), not with setDataset.",
            op(at)
        ),
        (Lang::Vi, OpError::RowNotAnObject { at, target, index }) => format!(
            "{}: dòng {index} của {} không phải một đối tượng nên không sửa được từng trường; hãy thay cả dòng (replace).",
            op(at),
            list(*target, lang)
        ),
        (Lang::En, OpError::RowNotAnObject { at, target, index }) => format!(
            "{}: row {index} of {} is not an object whose fields can be set; replace the whole row.",
            op(at),
            list(*target, lang)
        ),
        (Lang::Vi, OpError::NotAListField { at, target }) => format!(
            "{}: trường \"{}\" của bộ dữ liệu không phải một danh sách.",
            op(at),
            target.key()
        ),
        (Lang::En, OpError::NotAListField { at, target }) => format!(
            "{}: the dataset's \"{}\" is not a list.",
            op(at),
            target.key()
        ),
        (Lang::Vi, OpError::TooManyRows { at, limit }) => format!(
            "{}: danh sách cán bộ không được quá {} dòng.",
            op(at),
            crate::format::number(*limit as f64, 0, lang)
        ),
        (Lang::En, OpError::TooManyRows { at, limit }) => format!(
            "{}: the people list may not hold more than {} rows.",
            op(at),
            crate::format::number(*limit as f64, 0, lang)
        ),
    }
}

/// An operation error in English, for logs and `?` in tests.
impl std::fmt::Display for OpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&op_error(Lang::En, self))
    }
}
