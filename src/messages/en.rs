//! English text.

use super::{label, Catalogue};
use crate::date::{Date, DateError, YearMonth};
use crate::error::Error;
use crate::format::{number, percent};
use crate::input::{Problem, RepeatedTitle, RowProblem};
use crate::messages::Lang;
use crate::profile::Profile;
use crate::rules::Subject;

pub struct En;

const L: Lang = Lang::En;

fn row_id(id: &Option<String>) -> String {
    match id {
        Some(id) => format!(" (id \"{id}\")"),
        None => String::new(),
    }
}

impl Catalogue for En {
    fn error(&self, error: &Error) -> String {
        match error {
            Error::Json(e) => format!("the dataset is not valid JSON: {e}"),
            Error::NotAnObject(found) => format!("a dataset must be a qhcb/1 object, not {found}"),
            Error::NoPeople => "the dataset has no \"people\" list".to_owned(),
            Error::NotAList { field, found } => format!("\"{field}\" must be a list, not {found}"),
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
                expected,
                found,
            } => format!("\"{field}\" must be {expected}, not {found}"),
            Error::UnknownProfile(id) => format!("there is no rule profile \"{id}\""),
            Error::UnknownSex(s) => format!("sex \"{s}\" is not valid; expected M or F"),
        }
    }

    fn problem(&self, problem: &Problem, value: &str) -> String {
        match problem {
            Problem::NotAnObject(found) => format!("the row must be an object, not {found}"),
            Problem::Missing => "is missing".to_owned(),
            Problem::WrongType { expected } => {
                format!("\"{value}\" is not valid; expected {expected}")
            }
            Problem::BadDate(DateError::Syntax) => {
                format!("\"{value}\" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD")
            }
            Problem::BadDate(e) => format!("\"{value}\" is not a valid date: {e}"),
            Problem::BirthAfterAsOf(as_of) => {
                format!("\"{value}\" is after the review date {as_of}")
            }
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
            Problem::NotWholeNumber => format!("\"{value}\" is not a whole number ≥ 0"),
        }
    }

    fn field_reason(&self, field: &str, reason: &str) -> String {
        if field.is_empty() {
            reason.to_owned()
        } else {
            format!("field \"{field}\": {reason}")
        }
    }

    fn person_problem(&self, p: &RowProblem) -> String {
        format!(
            "Person row {}{}: {}; the row is left out",
            p.index + 1,
            row_id(&p.id),
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

    fn profile_not_in_force(&self, profile: &Profile, as_of: Date) -> String {
        format!("The review date {as_of} is outside the period of {} (from {}); results are for reference only", profile.name, profile.effective_from)
    }

    fn person_label(&self, id: &str, name: Option<&str>) -> String {
        label(id, name)
    }

    fn title_label(&self, id: &str, name: Option<&str>) -> String {
        label(id, name)
    }

    fn scope_label(&self, scope: &Subject) -> String {
        match (scope.kind, scope.id.as_deref()) {
            ("group", Some("committee")) => "committee planning".to_owned(),
            ("group", Some("standing")) => "standing-committee planning".to_owned(),
            ("group", Some("key")) => "key-title planning".to_owned(),
            ("group", Some("leader")) => "leadership planning".to_owned(),
            ("group", _) => "other planning".to_owned(),
            _ => "all planned people".to_owned(),
        }
    }

    fn standing_size(&self, standing: u32, committee: u32, limit: f64) -> String {
        format!(
            "The standing committee has {} seats, more than a third of the committee's {} ({})",
            number(f64::from(standing), 0, L),
            number(f64::from(committee), 0, L),
            number(limit, 2, L)
        )
    }

    fn planned_per_title(&self, title: &str, planned: u32, limit: f64) -> String {
        format!(
            "{title} has {} people planned, above the maximum of {}",
            number(f64::from(planned), 0, L),
            number(limit, 2, L)
        )
    }

    fn title_unplanned(&self, title: &str, seats: u32) -> String {
        format!(
            "{title} ({} seats) has nobody planned",
            number(f64::from(seats), 0, L)
        )
    }

    fn titles_per_person(&self, person: &str, count: usize, max: f64) -> String {
        format!(
            "{person} is planned for {count} titles, above the maximum of {}",
            number(max, 2, L)
        )
    }

    fn planning_age(
        &self,
        person: &str,
        left: i32,
        required: f64,
        at: YearMonth,
        retires: YearMonth,
    ) -> String {
        format!(
            "{person} has {} months of working time left at {at} (retires {retires}), fewer than {}",
            number(f64::from(left), 0, L),
            number(required, 2, L)
        )
    }

    fn planned_same_title(&self, person: &str, title: &str) -> String {
        format!("{person} is planned for {title}, a title they already hold")
    }

    fn planned_not_higher(&self, person: &str, planned: &str, held: &str) -> String {
        format!(
            "{person} is planned for {planned}, which is not higher than the title held, {held}"
        )
    }

    fn young_share(
        &self,
        scope: &str,
        count: u32,
        total: u32,
        share: f64,
        target: f64,
        under: u32,
    ) -> String {
        format!(
            "Young people (under {under}) in {scope}: {count}/{total} = {}, below the target of {}",
            percent(share, L),
            percent(target, L)
        )
    }

    fn women_share(&self, scope: &str, count: u32, total: u32, share: f64, target: f64) -> String {
        format!(
            "Women in {scope}: {count}/{total} = {}, below the target of {}",
            percent(share, L),
            percent(target, L)
        )
    }
}
