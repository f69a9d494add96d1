//! English text of errors, rejected values, rows left out and typed cells ([`RowWords`]).

use super::words::{row_id, source_place, En, L};
use crate::cells::{CellError, Wanted};
use crate::date::DateError;
use crate::error::Error;
use crate::error::ProfileProblem;
use crate::format::number;
use crate::input::problems::{Problem, RepeatedTitle, RowProblem};
use crate::kinds::{Expected, JsonKind};
use crate::lang::Lang;
use crate::messages::catalogue::one_of;
use crate::messages::catalogue::RowWords;

impl RowWords for En {
    fn error(&self, error: &Error) -> String {
        match error {
            Error::Json(e) => format!("the dataset is not valid JSON: {e}"),
            Error::NotAnObject(found) => format!("a dataset must be a qhcb/1 object, not {}", kind(found)),
            Error::NoPeople => "the dataset has no \"people\" list".to_owned(),
            Error::NotAList { field, found } => format!("\"{field}\" must be a list, not {}", kind(found)),
            Error::UnknownFormat(f) => {
                format!("format \"{f}\" is not supported; expected \"qhcb/1\"")
            }
            Error::MissingAsOf => "the review date \"asOf\" is missing".to_owned(),
            Error::BadDate {
                field,
                value,
                reason,
            } => format!("\"{field}\": \"{value}\" is not a valid date: {reason}"),
            Error::NotInEnum {
                field,
                value,
                allowed,
            } => format!(
                "\"{field}\": \"{value}\" is not one of {}",
                allowed.join(", ")
            ),
            Error::WrongType {
                field,
                expected: e,
                found,
            } => format!("\"{field}\" must be {}, not {}", expected(e), kind(found)),
            Error::UnknownProfile(id) => format!("there is no rule profile \"{id}\""),
            Error::TooManyRows { field, count, limit } => format!(
                "\"{field}\" has {} rows, more than the {} a browser can handle; split the data by unit",
                number(*count as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
            Error::UnknownSex(s) => format!("sex \"{s}\" is not valid; expected M or F"),
            Error::BadProfile { path, problem } => {
                format!("custom profile, \"{path}\": {}", profile_problem(problem))
            }
        }
    }

    fn problem(&self, problem: &Problem, value: &str) -> String {
        match problem {
            Problem::NotAnObject(found) => format!("the row must be an object, not {}", kind(found)),
            Problem::Missing => "is missing".to_owned(),
            Problem::WrongType { expected: e } => {
                format!("\"{value}\" is not valid; expected {}", expected(e))
            }
            Problem::BadDate(DateError::Syntax) => {
                format!("\"{value}\" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD")
            }
            Problem::BadDate(e) => format!("\"{value}\" is not a valid date: {e}"),
            Problem::BirthAfterAsOf(as_of) => {
                format!(
                    "\"{value}\" is after the review date {}",
                    as_of.to_english()
                )
            }
            Problem::AgeOutside { years, as_of } => format!(
                "birth \"{value}\" gives an age of {years} at the review date {as_of}; a cadre in office is {} to {}: check the date",
                crate::input::MIN_AGE,
                crate::input::MAX_AGE
            ),
            Problem::NotInEnum(allowed) => {
                format!("\"{value}\" is not one of {}", allowed.join(", "))
            }
            Problem::UnknownTitle(t) => format!("there is no title with id \"{t}\""),
            Problem::RejectedTitle(t) => {
                format!("title \"{t}\" was left out because its row is invalid")
            }
            Problem::DuplicateId(first) => {
                format!("id \"{value}\" is already used by row {}", first + 1)
            }
            Problem::LoneSurrogate => format!(
                "\"{value}\" holds half of a character (a cut-off emoji or symbol, shown as �); retype the text"
            ),
            Problem::TooDeep => "the value is nested more than 126 levels deep and cannot be read".to_owned(),
            Problem::DuplicateKey => "the field appears twice in the row".to_owned(),
            Problem::Unreadable(reason) => format!("the row cannot be read: {reason}"),
            Problem::NotWholeNumber => format!("\"{value}\" is not a whole number ≥ 0"),
            Problem::BeforeBirth => format!("\"{value}\" is not after the birth"),
            // Units.
            Problem::UnknownUnit(u) => format!("there is no unit with id \"{u}\""),
            Problem::RejectedUnit(u) => {
                format!("unit \"{u}\" was left out because its row is invalid")
            }
            Problem::ParentCycle(chain) => {
                format!("the parent units form a loop ({})", chain.join(" → "))
            }
        }
    }

    fn field_reason(&self, field: &str, reason: &str) -> String {
        if field.is_empty() {
            reason.to_owned()
        } else {
            format!("field \"{field}\": {reason}")
        }
    }

    fn unlisted_rows(&self, unlisted: &crate::input::problems::Unlisted, listed: usize) -> String {
        let fields: Vec<String> = unlisted
            .fields
            .iter()
            .map(|(f, n)| {
                let name = if f.is_empty() { "the row" } else { f };
                format!("{name}: {}", number(*n as f64, 0, L))
            })
            .collect();
        format!(
            "{} more rows cannot be read and are left out; only the first {} are listed one by one. Rows with a problem, by field: {}",
            number(unlisted.rows as f64, 0, L),
            number(listed as f64, 0, L),
            fields.join(", ")
        )
    }

    fn person_problem(&self, p: &RowProblem, source: Option<&crate::model::Source>) -> String {
        format!(
            "Person row {}{}{}: {}; the row is left out",
            p.index + 1,
            row_id(&p.id),
            source_place(source),
            self.field_reason(p.field, &self.problem(&p.problem, &p.value))
        )
    }

    fn title_problem(&self, p: &RowProblem) -> String {
        format!(
            "Title row {}{}: {}; the title is left out",
            p.index + 1,
            row_id(&p.id),
            self.field_reason(p.field, &self.problem(&p.problem, &p.value))
        )
    }

    fn repeated_title(&self, r: &RepeatedTitle) -> String {
        format!(
            "Person row {} (id \"{}\"): title \"{}\" is listed twice in \"{}\"; counted once",
            r.index + 1,
            r.id,
            r.title,
            r.field
        )
    }

    fn invalid_value(&self, v: &crate::input::InvalidValue) -> String {
        let field = crate::schema::fields::person(v.field).map_or(v.field, |f| f.label(Lang::En));
        let wanted = match crate::schema::fields::person(v.field).map(|f| f.kind) {
            Some(crate::schema::Kind::Enum(name)) => {
                format!(
                    "is not one of its values (expected {})",
                    one_of(name, Lang::En, "or")
                )
            }
            Some(crate::schema::Kind::Bool) => "is not yes or no".to_owned(),
            _ => "is not text".to_owned(),
        };
        let place = source_place(v.source.as_ref());
        format!(
            "Person row {}{}{place}: {field} \"{}\" {wanted}; kept as written and counted as unknown, the person is still counted",
            v.index + 1,
            row_id(&(!v.id.is_empty()).then(|| v.id.clone())),
            v.value
        )
    }

    fn unlisted_values(&self, count: usize, listed: usize) -> String {
        format!(
            "{} more values cannot be read and count as unknown; only the first {} are listed",
            number(count as f64, 0, L),
            number(listed as f64, 0, L)
        )
    }

    fn cell_error(&self, text: &str, error: &CellError) -> String {
        match error {
            CellError::UnknownField(field) => format!("there is no field \"{field}\""),
            CellError::UnknownTitle(title) => {
                format!("there is no title \"{title}\" in the titles list")
            }
            CellError::Unrecognised { expected } => {
                let wanted = match expected {
                    Wanted::Date => "a date dd/mm/yyyy, mm/yyyy or yyyy".to_owned(),
                    Wanted::YesNo => "yes or no (x to tick)".to_owned(),
                    Wanted::Ethnic => format!(
                        "an ethnic group, {}, or x for an ethnic minority",
                        one_of(
                            <crate::schema::EthnicGroup as crate::schema::Vocabulary>::NAME,
                            Lang::En,
                            "or"
                        )
                    ),
                    Wanted::OneOf(name) => one_of(name, Lang::En, "or"),
                };
                format!("\"{text}\" is not valid; expected {wanted}")
            }
        }
    }
}

fn kind(found: &JsonKind) -> &'static str {
    match found {
        JsonKind::Nothing => "nothing",
        JsonKind::Null => "null",
        JsonKind::Bool => "a boolean",
        JsonKind::Number => "a number",
        JsonKind::Text => "text",
        JsonKind::List => "a list",
        JsonKind::Object => "an object",
        JsonKind::Undefined => "undefined",
        JsonKind::OtherValue => "a value of another kind",
        JsonKind::NotJson => "a value JSON cannot hold",
    }
}

fn expected(what: &Expected) -> &'static str {
    match what {
        Expected::Text => "text",
        Expected::TrueOrFalse => "true or false",
        Expected::TitleIds => "a list of title ids",
        Expected::TitleId => "a title id",
        Expected::Object => "an object",
        Expected::Date => "a date YYYY-MM-DD",
        Expected::Month => "a month YYYY-MM",
        Expected::PartialDate => "a date YYYY, YYYY-MM or YYYY-MM-DD",
        Expected::MonthOrDate => "a date YYYY-MM or YYYY-MM-DD",
        Expected::List => "a list",
        Expected::Severity => "error, warning or info",
    }
}

fn profile_problem(problem: &ProfileProblem) -> String {
    match problem {
        ProfileProblem::Missing => "is missing".to_owned(),
        ProfileProblem::Expected(what) => format!("expected {}", expected(what)),
        ProfileProblem::UnknownBase(id) => format!("there is no built-in profile \"{id}\""),
        ProfileProblem::UnknownCode(code) => format!("there is no rule \"{code}\""),
        ProfileProblem::UnknownParam(name) => format!("the rule has no parameter \"{name}\""),
        ProfileProblem::BadParam(kind) => format!("invalid value; expected {}", kind.expected()),
        ProfileProblem::DuplicateId(id) => format!("the id \"{id}\" is already used"),
    }
}
