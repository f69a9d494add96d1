//! English text.

use super::catalogue::{one_of, some_ids, Catalogue};
use crate::cells::{CellError, Wanted};
use crate::date::{Date, DateError, YearMonth};
use crate::error::Error;
use crate::error::ProfileProblem;
use crate::format::{number, percent};
#[cfg(feature = "io")]
use crate::import::{FileError, ImportProblem, OptionsError};
use crate::input::problems::{Problem, RepeatedTitle, RowProblem};
use crate::kinds::{Expected, JsonKind};
use crate::lang::Lang;
use crate::model::{Candidacy, DisciplineLevel, Level};
use crate::profile::Profile;
use crate::rules::subject::Subject;

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

pub struct En;

const L: Lang = Lang::En;

/// A count written for readers.
fn c(value: f64) -> String {
    number(value, 0, L)
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

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Central => "central",
        Level::Province => "province",
        Level::District => "district",
        Level::AboveGrassroots => "above-grassroots",
        Level::Commune => "commune",
        Level::Grassroots => "grassroots",
    }
}

fn discipline_name(level: DisciplineLevel) -> &'static str {
    match level {
        DisciplineLevel::Reprimand => "a reprimand",
        DisciplineLevel::Warning => "a warning",
        DisciplineLevel::Dismissal => "dismissal",
    }
}

fn row_id(id: &Option<String>) -> String {
    match id {
        Some(id) => format!(" (id \"{id}\")"),
        None => String::new(),
    }
}

impl Catalogue for En {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn cutoff_kind(&self, candidacy: &str, sex: crate::model::Sex, at_60: bool) -> String {
        let who = match (sex, at_60) {
            (crate::model::Sex::Male, _) => "men",
            (crate::model::Sex::Female, false) => "women",
            (crate::model::Sex::Female, true) => "women allowed to retire at 60",
        };
        format!("{candidacy} — {who}")
    }

    fn rollup_sentence(&self, g: &crate::planning::GroupStats) -> String {
        use crate::model::Group;
        let n = |x: u64| number(x as f64, 0, L);
        let times = |x: Option<f64>, digits: u32| {
            x.map_or_else(|| "—".to_owned(), |x| number(x, digits, L))
        };
        match g.group {
            Group::Committee => format!(
                "{} pairs planned for the committee, {}× the current committee ({} members)",
                n(g.planned), times(g.multiple, 1), n(g.seats)
            ),
            Group::Standing => format!(
                "{} pairs planned for the standing committee, {}× the current standing committee ({} members)",
                n(g.planned), times(g.multiple, 1), n(g.seats)
            ),
            Group::Key => format!(
                "key titles: {} pairs on {} titles, {}× per title",
                n(g.planned), n(u64::from(g.titles)), times(g.per_title, 2)
            ),
            Group::Leader => format!(
                "leaders and managers: {} pairs on {} seats, {}×",
                n(g.planned), n(g.seats), times(g.multiple, 2)
            ),
            Group::Other => format!("other titles: {} pairs on {} seats", n(g.planned), n(g.seats)),
        }
    }

    fn group_multiple(&self, g: &crate::planning::GroupStats) -> String {
        let two = |x: f64| number(x, 2, L);
        match (g.group, g.per_title, g.multiple) {
            (crate::model::Group::Key, Some(per_title), multiple) => {
                let text = format!("{}× per title", two(per_title));
                match multiple {
                    Some(m) if g.seats != u64::from(g.titles) => {
                        format!("{text}; {}× the number of seats", two(m))
                    }
                    _ => text,
                }
            }
            (_, _, Some(m)) => format!("{}×", two(m)),
            _ => "—".to_owned(),
        }
    }

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
        format!("The review date {} is outside the period of {} (from {}); results are for reference only", as_of.to_english(), profile.name, profile.effective_from.to_english())
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

    fn standing_size(&self, standing: u64, committee: u64, limit: f64) -> String {
        format!(
            "The standing committee has {} seats, more than a third of the committee's {} ({})",
            number(standing as f64, 0, L),
            number(committee as f64, 0, L),
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
            "{title} has {} seat(s) and nobody planned",
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
        let at = at.to_english();
        let retires = retires.to_english();
        format!(
            "{person} has {} months of working time left at {at} (retires {retires}), fewer than {}",
            number(f64::from(left), 0, L),
            number(required, 2, L)
        )
    }

    fn planned_same_title(&self, person: &str, title: &str) -> String {
        format!("{person} is planned for {title}, a title they already hold")
    }

    fn planned_not_higher(
        &self,
        person: &str,
        planned: &str,
        planned_rank: i64,
        held: &str,
        held_rank: i64,
        body: bool,
    ) -> String {
        let ladder = if body {
            "compared with the bodies the person already sits on"
        } else {
            "compared with the posts held (seats on the committee or standing committee are compared separately and are not rungs of the post ladder)"
        };
        format!(
            "{person} is planned for {planned}, which is not higher than {held}, held now: by the ranks in the titles list, {planned} is rank {planned_rank} and {held} rank {held_rank} (a smaller rank is higher), {ladder}; QĐ 377 plans only for a higher title. If the ranks are wrong, correct the title's \"Rank\""
        )
    }

    fn retirement_passed(
        &self,
        person: &str,
        retired: Date,
        months: i32,
        as_of: Date,
        decided: bool,
    ) -> String {
        let basis = if decided {
            "by the decided retirement date entered"
        } else {
            "by the NĐ 135/2020 retirement-age roadmap"
        };
        format!(
            "{person} is past retirement age: retirement fell on {} ({basis}), {} months before the review date {}, yet the person still holds a title; check the retirement or enter the decided retirement date",
            retired.to_english(),
            number(f64::from(months), 0, L),
            as_of.to_english()
        )
    }

    fn retirement_date_late(
        &self,
        person: &str,
        decided: YearMonth,
        age_months: i32,
        cap_years: f64,
    ) -> String {
        format!(
            "{person} has a decided retirement date of {}, at the age of {} years {} months, above the cap of {} years for later retirement",
            decided.to_english(),
            age_months.div_euclid(12),
            age_months.rem_euclid(12),
            number(cap_years, 0, L)
        )
    }

    fn retirement_date_early(
        &self,
        person: &str,
        decided: YearMonth,
        roadmap: YearMonth,
        months: i32,
        limit: f64,
    ) -> String {
        format!(
            "{person} has a decided retirement date of {}, {} months before the roadmap ({}); early retirement is usually at most {} months earlier: check the decision",
            decided.to_english(),
            number(f64::from(months), 0, L),
            roadmap.to_english(),
            number(limit, 0, L)
        )
    }

    fn congress_not_checked(&self, profile: &str) -> String {
        format!(
            "Congress ages were not checked under {profile}: nobody is marked as standing for the first time or for re-election (the \"Candidacy\" column), so its age rules were not applied"
        )
    }

    fn unit_formed(&self, formed: Date) -> String {
        format!(
            "The unit was formed on {} and has no approved planning yet: this is a notice, not a breach; the planning of the former units is kept as history",
            formed.to_english()
        )
    }

    fn discipline_period(
        &self,
        person: &str,
        level: DisciplineLevel,
        date: Date,
        end: Option<Date>,
        at: Date,
    ) -> String {
        match end {
            Some(end) => format!(
                "{person} received {} on {}; its period runs to {} and had not ended on {}: planning to a higher title needs the period to have ended",
                discipline_name(level),
                date.to_english(),
                end.to_english(),
                at.to_english()
            ),
            None => format!(
                "{person} received {} on {} and is planned for a higher title; the end of the disciplinary period is not entered (the \"Discipline ends\" column), so it could not be checked",
                discipline_name(level),
                date.to_english()
            ),
        }
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

    fn ethnic_share(&self, scope: &str, count: u32, total: u32, share: f64, target: f64) -> String {
        format!(
            "Ethnic minority in {scope}: {count}/{total} = {}, below the level of {}",
            percent(share, L),
            percent(target, L)
        )
    }

    fn women_programme(
        &self,
        scope: &str,
        count: u32,
        total: u32,
        share: f64,
        target: f64,
        by: i32,
    ) -> String {
        format!(
            "Women in {scope}: {count}/{total} = {}, below the {by} aim of {} of programme QĐ 2282/QĐ-TTg",
            percent(share, L),
            percent(target, L)
        )
    }

    fn standing_women(&self, count: u32, min: f64) -> String {
        format!(
            "Standing-committee planning has {count} women; at least {} needed",
            number(min, 0, L)
        )
    }

    fn age_band(
        &self,
        scope: &str,
        band: &str,
        young_under: f64,
        middle_to: f64,
        count: u32,
        total: u32,
        share: f64,
        limit: f64,
        below: bool,
    ) -> String {
        let band = if band == "young" {
            format!("under {}", number(young_under, 0, L))
        } else {
            format!(
                "aged {} to {}",
                number(young_under, 0, L),
                number(middle_to, 0, L)
            )
        };
        let side = if below {
            "below the minimum of"
        } else {
            "above the maximum of"
        };
        format!(
            "People {band} in {scope}: {count}/{total} = {}, {side} {}",
            percent(share, L),
            percent(limit, L)
        )
    }

    fn congress_age(
        &self,
        person: &str,
        candidacy: Candidacy,
        deputy: bool,
        left: i32,
        required: f64,
        reference: YearMonth,
        retires: YearMonth,
    ) -> String {
        let reference = reference.to_english();
        let retires = retires.to_english();
        let kind = match (candidacy, deputy) {
            (Candidacy::First, _) => "first time",
            (Candidacy::Reelection, true) => "re-election as provincial deputy secretary",
            (Candidacy::Reelection, false) => "re-election",
        };
        format!(
            "{person} ({kind}) has {} months of working time left at the congress month {reference} (retires {retires}), fewer than {}",
            number(f64::from(left), 0, L),
            number(required, 0, L)
        )
    }

    fn no_reference_month(&self, level: Level, ids: &[String]) -> String {
        format!(
            "The profile has no congress month for the {} level; the age of {} candidates ({}) is not checked. Set the month in a custom profile",
            level_name(level),
            ids.len(),
            some_ids(ids)
        )
    }

    fn appointment_age(
        &self,
        person: &str,
        title: &str,
        left: i32,
        required: f64,
        dossier: Date,
        retires: YearMonth,
    ) -> String {
        let dossier = dossier.to_english();
        let retires = retires.to_english();
        format!(
            "{person}, proposed for {title}: {} months of working time left at the dossier date {dossier} (retires {retires}), fewer than {}",
            number(f64::from(left), 0, L),
            number(required, 0, L)
        )
    }

    fn tenure_unknown(&self, person: &str) -> String {
        format!("{person}: the date the current post was taken (postSince) is missing, so the time in post is not checked")
    }

    fn appointment_tenure(
        &self,
        person: &str,
        months: i32,
        required: f64,
        since: Date,
        dossier: Date,
    ) -> String {
        let since = since.to_english();
        let dossier = dossier.to_english();
        format!(
            "{person} has held the current post from {since} to {dossier}: {} months, fewer than {}",
            number(f64::from(months), 0, L),
            number(required, 0, L)
        )
    }

    fn appointment_not_planned(&self, person: &str, title: &str, outside: bool) -> String {
        if outside {
            format!("{person} (from outside the unit) is not planned for a title equivalent to or higher than {title}")
        } else {
            format!("{person} is not planned for {title} or an equivalent or higher title")
        }
    }

    fn discipline_wait(
        &self,
        person: &str,
        level: DisciplineLevel,
        date: Date,
        months: i32,
        required: f64,
        at: Date,
        appointment: bool,
    ) -> String {
        let date = date.to_english();
        let at = at.to_english();
        let purpose = if appointment {
            "appointment"
        } else {
            "planning"
        };
        format!(
            "{person} received {} on {date}: {} months by {at}, fewer than the {} required before {purpose} to a higher post",
            discipline_name(level),
            number(f64::from(months), 0, L),
            number(required, 0, L)
        )
    }

    fn rotation_age(
        &self,
        person: &str,
        left: i32,
        required: f64,
        date: Date,
        retires: YearMonth,
    ) -> String {
        let date = date.to_english();
        let retires = retires.to_english();
        format!(
            "{person}, rotated on {date}: {} months of working time left (retires {retires}), fewer than {}",
            number(f64::from(left), 0, L),
            number(required, 0, L)
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
                    Wanted::OneOf(name) => one_of(name, Lang::En, "or"),
                };
                format!("\"{text}\" is not valid; expected {wanted}")
            }
        }
    }

    #[cfg(feature = "io")]
    fn import_problem(&self, value: &str, problem: &ImportProblem) -> String {
        match problem {
            ImportProblem::Cell(e) => self.cell_error(value, e),
            ImportProblem::Ethnic => {
                format!("\"{value}\" is not a known ethnic group (Kinh: not a minority)")
            }
            ImportProblem::Date => format!(
                "\"{value}\" is not a date (dd/mm/yyyy, d/m/yy, mm/yyyy, yyyy or an Excel serial)"
            ),
            ImportProblem::UnknownTitle(t) => {
                format!("there is no title \"{t}\"; add it to the titles or allow new titles")
            }
            ImportProblem::DuplicateId(0) => format!("id \"{value}\" is already in the data"),
            ImportProblem::DuplicateId(first) => format!("id \"{value}\" repeats row {first}"),
            ImportProblem::Missing(field) => format!(
                "{} is missing",
                if *field == "sex" { "sex" } else { "birth date" }
            ),
            ImportProblem::ControlCharacter(code) => format!(
                "the cell holds an invisible control character (U+{code:04X}) that a roster cannot keep; delete it in the file"
            ),
            ImportProblem::ImplausibleBirth { year, reference } => format!(
                "birth \"{value}\" (year {year}) gives an age of {} in {reference}; a cadre in office is 18 to 75: check the date",
                reference - year
            ),
        }
    }

    #[cfg(feature = "io")]
    fn file_error(&self, error: &FileError) -> String {
        match error {
            FileError::NotASpreadsheet => {
                "the file is not a spreadsheet (XLSX, XLS, ODS) or a CSV file".to_owned()
            }
            FileError::Damaged(e) => format!("the spreadsheet is damaged and cannot be read: {e}"),
            FileError::Empty => "the file has no cells with data".to_owned(),
            FileError::TooLarge { bytes, limit } => format!(
                "the file is {} bytes ({} MB); the most this tool reads is {} bytes ({} MB); split it into several files",
                number(*bytes as f64, 0, L),
                number(*bytes as f64 / 1_048_576.0, 1, L),
                number(*limit as f64, 0, L),
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::Unzipped { limit } => format!(
                "the workbook unzips to more than {} MB, the most this tool reads; it may be damaged or crafted. Save only the roster sheet in a new file",
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::LongRun { part, limit } => format!(
                "the part \"{part}\" of the workbook holds a piece of text or markup longer than {} MB; the file is damaged or crafted and is not read",
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::TooManyRows { sheet, rows, limit } => format!(
                "sheet \"{sheet}\" has {} rows; a roster may have at most {} rows; split the file by unit",
                number(*rows as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
            FileError::TooManyCells { sheet, rows, columns, limit } => format!(
                "sheet \"{sheet}\" spans {} rows × {} columns from its first cell to its last, {} cells; the most this tool reads at once is {} cells. Delete unused rows and columns (a stray cell far below or to the right), or split the file",
                number(*rows as f64, 0, L),
                number(*columns as f64, 0, L),
                number(*rows as f64 * *columns as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
            FileError::TooMuchText { bytes, limit } => format!(
                "the cells hold {} MB of text or more (a repeated text counted once per cell), above the limit of {} MB; the file is not read",
                number(*bytes as f64 / 1_048_576.0, 0, L),
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::UnclosedQuote { line, closed_at: None } => format!(
                "line {} opens a quote (\") that is never closed: the rows after it would be read as one cell. Close the quote or remove it, then import again",
                number(*line as f64, 0, L)
            ),
            FileError::UnclosedQuote { line, closed_at: Some(end) } => format!(
                "line {} opens a quote (\") that is closed only on line {}: the rows between would be read as one cell. Close the quote on line {} or remove it, then import again",
                number(*line as f64, 0, L),
                number(*end as f64, 0, L),
                number(*line as f64, 0, L)
            ),
        }
    }

    #[cfg(feature = "io")]
    fn export_cut_marker(&self) -> String {
        "… [truncated]".to_owned()
    }

    #[cfg(feature = "io")]
    fn export_truncated(
        &self,
        sheet: &str,
        row: usize,
        field: &str,
        chars: usize,
        limit: usize,
    ) -> String {
        format!(
            "sheet \"{sheet}\", row {}, field \"{field}\": a text of {} characters, more than the {} a spreadsheet cell holds, was cut (marked \"… [truncated]\")",
            number(row as f64, 0, L),
            number(chars as f64, 0, L),
            number(limit as f64, 0, L)
        )
    }

    #[cfg(feature = "io")]
    fn options_error(&self, error: &OptionsError) -> String {
        match error {
            OptionsError::NoSheet(i) => format!("there is no sheet number {}", i + 1),
            OptionsError::HeaderOutside(r) => format!("header row {r} is outside the sheet"),
            OptionsError::UnknownField(f) => format!("there is no field \"{f}\" to import into"),
            OptionsError::TooManyRows { rows, limit } => format!(
                "the import would make {} rows of people; a roster may have at most {}; split the file by unit",
                number(*rows as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
        }
    }

    fn worksheet_input(&self, shown: Option<&str>) -> String {
        match shown {
            None => "a number is needed".to_owned(),
            Some(v) => format!("\"{v}\" is not a whole number ≥ 0"),
        }
    }

    fn worksheet_grouping(&self, shown: &str) -> String {
        format!("\"{shown}\": a dot only groups thousands in Vietnamese numbers (1.253), three digits each; a count is a whole number")
    }

    fn sheet_multiple(
        &self,
        pairs: f64,
        seats: f64,
        multiple: Option<String>,
        standing: bool,
    ) -> String {
        let body = if standing {
            "standing committee"
        } else {
            "committee"
        };
        match multiple {
            Some(m) => format!("{} person–title pairs planned for the {body}: {m} times its {} seats", c(pairs), c(seats)),
            None => format!("{} person–title pairs planned for the {body}; its seats are needed for the multiple", c(pairs)),
        }
    }

    fn sheet_share(&self, key: &str, count: f64, share: Option<String>) -> String {
        let label = match key {
            "women" => "Women",
            "young" => "Young",
            _ => "Ethnic minority",
        };
        self.sheet_part(label, count, share)
    }

    fn sheet_per_title(&self, pairs: f64, titles: f64, multiple: Option<String>) -> String {
        match multiple {
            Some(m) => format!(
                "Key titles: {m} planned per title ({} pairs for {} titles)",
                c(pairs),
                c(titles)
            ),
            None => format!("{} pairs planned; the number of titles is needed", c(pairs)),
        }
    }

    fn sheet_per_seat(&self, pairs: f64, seats: f64, multiple: Option<String>) -> String {
        match multiple {
            Some(m) => format!(
                "Key titles: {m} times the number of seats ({} pairs for {} seats)",
                c(pairs),
                c(seats)
            ),
            None => format!("{} pairs planned; the number of seats is needed", c(pairs)),
        }
    }

    fn sheet_part(&self, label: &str, count: f64, share: Option<String>) -> String {
        format!(
            "{label} {} = {}",
            c(count),
            share.unwrap_or_else(|| "—".to_owned())
        )
    }

    fn sheet_part_exceeds(&self, label: &str, count: f64, total: f64) -> String {
        if label.is_empty() {
            format!("{} is more than the total of {}", c(count), c(total))
        } else {
            format!(
                "{label} {} is more than the total of {}",
                c(count),
                c(total)
            )
        }
    }

    fn sheet_parts_sum(&self, group: &str, sum: f64, total: f64) -> String {
        format!(
            "{group}: the parts add up to {}, not the total of {} ({} apart)",
            c(sum),
            c(total),
            c((total - sum).abs())
        )
    }

    fn sheet_staffing(&self, key: &str, value: f64, share: Option<String>) -> String {
        let share = share.unwrap_or_else(|| "—".to_owned());
        match key {
            "gap" => format!("Requested minus assigned: {} posts", c(value)),
            "assigned" => format!("Assigned {} posts = {share} of the request", c(value)),
            "reserve" => format!("Reserve {} posts = {share} of the request", c(value)),
            "filled" => format!("Filled {} posts = {share} of the quota", c(value)),
            _ => format!("Party members {} = {share} of the population", c(value)),
        }
    }

    fn sheet_quota_exceeds(&self, assigned: f64, reserve: f64, requested: f64) -> String {
        format!(
            "Assigned {} plus reserve {} exceed the request of {}",
            c(assigned),
            c(reserve),
            c(requested)
        )
    }

    fn sheet_filled_exceeds(&self, filled: f64, assigned: f64) -> String {
        format!(
            "Filled posts {} exceed the assigned quota of {}",
            c(filled),
            c(assigned)
        )
    }

    fn sheet_growth(&self, from: f64, to: f64, share: Option<String>) -> String {
        let diff = to - from;
        let verb = if diff >= 0.0 { "up" } else { "down" };
        format!(
            "Party members from {} to {}: {verb} {} = {}",
            c(from),
            c(to),
            c(diff.abs()),
            share.unwrap_or_else(|| "—".to_owned())
        )
    }

    fn sheet_per_year(&self, kind: &str, per_year: f64, years: f64) -> String {
        if kind == "admitted" {
            format!(
                "On average {} members admitted a year ({} years)",
                number(per_year, 1, L),
                c(years)
            )
        } else {
            format!(
                "On average {} more members a year ({} years)",
                number(per_year, 1, L),
                c(years)
            )
        }
    }

    fn sheet_coverage(&self, covered: f64, total: f64, share: Option<String>) -> String {
        format!(
            "{}/{} = {}",
            c(covered),
            c(total),
            share.unwrap_or_else(|| "—".to_owned())
        )
    }

   
    fn unit_problem(&self, p: &RowProblem, kept: bool) -> String {
        format!(
            "Unit row {}{}: {}; {}",
            p.index + 1,
            row_id(&p.id),
            self.field_reason(p.field, &self.problem(&p.problem, &p.value)),
            if kept {
                "the unit is still counted, without a parent unit"
            } else {
                "this unit, its titles and its people are not counted"
            }
        )
    }

    fn level_label(&self, level: Level) -> String {
        let name = level_name(level);
        let mut chars = name.chars();
        let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
        format!("{}{} level", first.unwrap_or_default(), chars.as_str())
    }

    fn in_scope(&self, scope: &str, sentence: &str) -> String {
        format!("{scope}: {sentence}")
    }

    fn titles_per_person_at_level(
        &self,
        person: &str,
        count: usize,
        max: f64,
        level: Level,
    ) -> String {
        format!(
            "{person} is planned for {count} titles at the {} level, above the maximum of {} at one level",
            level_name(level),
            number(max, 2, L)
        )
    }

    fn sheet_rotation(&self, key: &str, count: f64, share: Option<String>) -> String {
        let share = share.unwrap_or_else(|| "—".to_owned());
        match key {
            "total" => format!("Rotations in all: {}", c(count)),
            "down" => format!("From above (down) {} = {share}", c(count)),
            "up" => format!("From below (up) {} = {share}", c(count)),
            _ => format!("Across {} = {share}", c(count)),
        }
    }
}
