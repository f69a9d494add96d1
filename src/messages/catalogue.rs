//! The trait every language's catalogue implements: one method per kind
//! of sentence the crate writes.

use crate::cells::CellError;
use crate::date::{Date, YearMonth};
use crate::error::Error;
#[cfg(feature = "io")]
use crate::import::{FileError, ImportNote, ImportProblem, OptionsError};
use crate::input::problems::{Problem, RepeatedTitle, RowProblem};
use crate::model::{Candidacy, DisciplineLevel, Level};
use crate::profile::Profile;
use crate::rules::subject::Subject;

/// Every sentence the crate writes: one sub-trait per area, so that each
/// language keeps each area in its own file (`vi/rows.rs`, `en/sheets.rs`…).
/// Methods of the sub-traits are called on `&dyn Catalogue` as before.
pub trait Catalogue:
    Sync
    + RowWords
    + PlanningWords
    + CompositionWords
    + CareerWords
    + FileWords
    + SheetWords
    + UnitWords
{
    /// The catalogue's language (issue 15: the exports' words follow it).
    fn lang(&self) -> crate::lang::Lang;
}

/// Errors, rejected values and rows left out, typed cells.
pub trait RowWords {
    fn error(&self, error: &Error) -> String;
    /// Why a value was rejected, without the field or row.
    fn problem(&self, problem: &Problem, value: &str) -> String;
    /// "field “birth”: …"
    fn field_reason(&self, field: &str, reason: &str) -> String;
    /// A row of `people` left out; `source` is where an import read it.
    fn person_problem(&self, p: &RowProblem, source: Option<&crate::model::Source>) -> String;
    fn title_problem(&self, p: &RowProblem) -> String;
    fn repeated_title(&self, r: &RepeatedTitle) -> String;
    /// An optional value kept as unknown (`invalid-value`).
    fn invalid_value(&self, v: &crate::input::InvalidValue) -> String;
    /// Optional values kept as unknown beyond the `listed` ones.
    fn unlisted_values(&self, count: usize, listed: usize) -> String;
    /// Rows left out beyond those listed one by one, counted by field.
    fn unlisted_rows(&self, unlisted: &crate::input::problems::Unlisted, listed: usize) -> String;
    /// Why a typed or pasted cell was not accepted.
    fn cell_error(&self, text: &str, error: &CellError) -> String;
}

/// Findings on planning: multiples, sizes, planned people and titles, the profile and the unit.
pub trait PlanningWords {
    /// A group's planning multiple as the articles write it: "1,4 lần";
    /// key titles "2,01 lần trên 1 chức danh" and, when seats differ from
    /// titles, "2,33 lần so với số vị trí" beside it; "—" without seats.
    fn group_multiple(&self, group: &crate::planning::GroupStats) -> String;
    /// A unit's or level's group in the articles' words: "419 lượt cán bộ
    /// được quy hoạch cấp ủy, đạt 1,4 lần so với cấp ủy hiện tại (299 ủy viên)".
    fn rollup_sentence(&self, group: &crate::planning::GroupStats) -> String;
    fn profile_not_in_force(&self, profile: &Profile, as_of: Date) -> String;
    fn scope_label(&self, scope: &Subject) -> String;
    fn standing_size(&self, standing: u64, committee: u64, limit: f64) -> String;
    fn planned_per_title(&self, title: &str, planned: u32, limit: f64) -> String;
    fn title_unplanned(&self, title: &str, seats: u32) -> String;
    fn titles_per_person(&self, person: &str, count: usize, max: f64) -> String;
    fn planning_age(
        &self,
        person: &str,
        left: i32,
        required: f64,
        at: YearMonth,
        retires: YearMonth,
    ) -> String;
    fn planned_same_title(&self, person: &str, title: &str) -> String;
    /// `body`: the planned title is a seat of a body (committee, standing
    /// committee), compared only with the bodies the person sits on.
    fn planned_not_higher(
        &self,
        person: &str,
        planned: &str,
        planned_rank: i64,
        held: &str,
        held_rank: i64,
        body: bool,
    ) -> String;
    /// A unit formed on `formed` with no approved planning yet.
    fn unit_formed(&self, formed: Date) -> String;
    /// Planned to a higher title while a khiển trách or cảnh cáo period has
    /// not ended (`end`), or with no end date given (`end` is `None`).
    fn discipline_period(
        &self,
        person: &str,
        level: DisciplineLevel,
        date: Date,
        end: Option<Date>,
        at: Date,
    ) -> String;
    fn no_reference_month(&self, level: Level, ids: &[String]) -> String;
}

/// Findings on the composition of a body: shares of women, young people, ethnic minorities, age bands.
pub trait CompositionWords {
    fn young_share(
        &self,
        scope: &str,
        count: u32,
        total: u32,
        share: f64,
        target: f64,
        under: u32,
    ) -> String;
    fn women_share(&self, scope: &str, count: u32, total: u32, share: f64, target: f64) -> String;
    fn ethnic_share(&self, scope: &str, count: u32, total: u32, share: f64, target: f64) -> String;
    fn women_programme(
        &self,
        scope: &str,
        count: u32,
        total: u32,
        share: f64,
        target: f64,
        by: i32,
    ) -> String;
    fn standing_women(&self, count: u32, min: f64) -> String;
    /// `band` is "young" (under `young_under`) or "middle" (from `young_under` to `middle_to`).
    #[allow(clippy::too_many_arguments)]
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
    ) -> String;
}

/// Findings on retirement, congress candidacy, appointment, discipline and rotation.
pub trait CareerWords {
    /// A congress cut-off's kind: "Tái cử — nữ được nghỉ hưu ở tuổi 60".
    fn cutoff_kind(&self, candidacy: &str, sex: crate::model::Sex, at_60: bool) -> String;
    /// An incumbent whose retirement date (`retired`) is before `as_of`.
    fn retirement_passed(
        &self,
        person: &str,
        retired: Date,
        months: i32,
        as_of: Date,
        decided: bool,
    ) -> String;
    /// A decided later retirement past the cap (in years) for the person's sex.
    fn retirement_date_late(
        &self,
        person: &str,
        decided: YearMonth,
        age_months: i32,
        cap_years: f64,
    ) -> String;
    /// A decided early retirement more than `limit` months before the roadmap.
    fn retirement_date_early(
        &self,
        person: &str,
        decided: YearMonth,
        roadmap: YearMonth,
        months: i32,
        limit: f64,
    ) -> String;
    /// A congress profile with nobody marked as a candidate.
    fn congress_not_checked(&self, profile: &str) -> String;
    #[allow(clippy::too_many_arguments)]
    fn congress_age(
        &self,
        person: &str,
        candidacy: Candidacy,
        deputy: bool,
        left: i32,
        required: f64,
        reference: YearMonth,
        retires: YearMonth,
    ) -> String;
    fn appointment_age(
        &self,
        person: &str,
        title: &str,
        left: i32,
        required: f64,
        dossier: Date,
        retires: YearMonth,
    ) -> String;
    fn tenure_unknown(&self, person: &str) -> String;
    fn appointment_tenure(
        &self,
        person: &str,
        months: i32,
        required: f64,
        since: Date,
        dossier: Date,
    ) -> String;
    fn appointment_not_planned(&self, person: &str, title: &str, outside: bool) -> String;
    #[allow(clippy::too_many_arguments)]
    fn discipline_wait(
        &self,
        person: &str,
        level: DisciplineLevel,
        date: Date,
        months: i32,
        required: f64,
        at: Date,
        appointment: bool,
    ) -> String;
    fn rotation_age(
        &self,
        person: &str,
        left: i32,
        required: f64,
        date: Date,
        retires: YearMonth,
    ) -> String;
}

/// Files: import problems, unreadable files, import options and cells cut in exports.
pub trait FileWords {
    #[cfg(feature = "io")]
    /// Why an imported cell was not accepted.
    fn import_problem(&self, value: &str, problem: &ImportProblem) -> String;
    #[cfg(feature = "io")]
    /// A remark on an import as a whole (merged cells, hidden rows, …).
    fn import_note(&self, note: &ImportNote) -> String;
    #[cfg(feature = "io")]
    /// Why a file could not be read.
    fn file_error(&self, error: &FileError) -> String;
    #[cfg(feature = "io")]
    /// Why import options cannot be used.
    fn options_error(&self, error: &OptionsError) -> String;
    #[cfg(feature = "io")]
    /// The end of a text cut to fit a spreadsheet cell.
    fn export_cut_marker(&self) -> String;
    #[cfg(feature = "io")]
    /// A text cut to fit a cell: the sheet, its row (1-based), the field, its length.
    fn export_truncated(
        &self,
        sheet: &str,
        row: usize,
        field: &str,
        chars: usize,
        limit: usize,
    ) -> String;
}

/// Worksheets (see `worksheets`); counts and shares come formatted.
pub trait SheetWords {
    /// A worksheet input that is missing (`None`) or not a whole number ≥ 0.
    fn worksheet_input(&self, shown: Option<&str>) -> String;
    /// A count whose dots do not group thousands ("1.5").
    fn worksheet_grouping(&self, shown: &str) -> String;
    fn sheet_multiple(
        &self,
        pairs: f64,
        seats: f64,
        multiple: Option<String>,
        standing: bool,
    ) -> String;
    /// `key`: "women", "young" or "ethnicMinority".
    fn sheet_share(&self, key: &str, count: f64, share: Option<String>) -> String;
    fn sheet_per_title(&self, pairs: f64, titles: f64, multiple: Option<String>) -> String;
    /// Key titles: planned pairs ÷ seats ("so với số vị trí").
    fn sheet_per_seat(&self, pairs: f64, seats: f64, multiple: Option<String>) -> String;
    fn sheet_part(&self, label: &str, count: f64, share: Option<String>) -> String;
    fn sheet_part_exceeds(&self, label: &str, count: f64, total: f64) -> String;
    fn sheet_parts_sum(&self, group: &str, sum: f64, total: f64) -> String;
    /// `key`: "gap", "assigned", "reserve", "filled" or "population".
    fn sheet_staffing(&self, key: &str, value: f64, share: Option<String>) -> String;
    fn sheet_quota_exceeds(&self, assigned: f64, reserve: f64, requested: f64) -> String;
    fn sheet_filled_exceeds(&self, filled: f64, assigned: f64) -> String;
    fn sheet_growth(&self, from: f64, to: f64, share: Option<String>) -> String;
    /// `kind`: "net" or "admitted".
    fn sheet_per_year(&self, kind: &str, per_year: f64, years: f64) -> String;
    fn sheet_coverage(&self, covered: f64, total: f64, share: Option<String>) -> String;
    /// `key`: "total", "down", "up" or "across".
    fn sheet_rotation(&self, key: &str, count: f64, share: Option<String>) -> String;
}

/// Many units in one dataset (issue 17): unit rows, levels and scopes.
pub trait UnitWords {
    /// A row of `units` with a problem; `kept` when the unit is still used.
    fn unit_problem(&self, p: &RowProblem, kept: bool) -> String;
    /// A level as a scope of findings ("cấp xã, phường, đặc khu").
    fn level_label(&self, level: Level) -> String;
    /// A finding of one unit or level: the scope, then the sentence.
    fn in_scope(&self, scope: &str, sentence: &str) -> String;
    /// Titles per person counted within one level.
    fn titles_per_person_at_level(
        &self,
        person: &str,
        count: usize,
        max: f64,
        level: Level,
    ) -> String;
}

/// The first few ids of a list, for messages.
pub(crate) fn some_ids(ids: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut text = ids
        .iter()
        .take(SHOWN)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > SHOWN {
        text.push_str(", …");
    }
    text
}

/// The labels of an enumeration of the schema, "A, B hoặc C": what a cell of
/// that field accepts, listed from the one place they are defined.
pub(crate) fn one_of(name: &str, lang: crate::lang::Lang, or: &str) -> String {
    let labels = crate::schema::labels(name, lang);
    // A long list (the 54 ethnic groups) is named by its count and its first values.
    const SHOWN: usize = 6;
    if labels.len() > 2 * SHOWN {
        return format!(
            "{} {}: {}…",
            lang.pick("một trong", "one of"),
            labels.len(),
            labels[..SHOWN].join(", ")
        );
    }
    match labels.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
        None => String::new(),
    }
}
