//! The dataset after validation: units, titles and people in the terms the
//! computations use. Reading the raw JSON and reporting bad rows is the job
//! of `input`; this module only names things.

use serde::Serialize;

use crate::date::{Date, PartialDate, YearMonth};
use crate::retirement::Sex;

/// Administrative level of the unit whose planning is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Central,
    Province,
    /// Before 01/07/2025 only; historical data still names districts.
    District,
    /// Party units directly above grassroots units ("cấp trên trực tiếp cơ sở")
    /// that are not districts.
    AboveGrassroots,
    Commune,
    Grassroots,
}

impl Level {
    pub const ALL: [Level; 6] = [
        Level::Central,
        Level::Province,
        Level::District,
        Level::AboveGrassroots,
        Level::Commune,
        Level::Grassroots,
    ];

    /// The contract's name for the level.
    pub fn id(self) -> &'static str {
        match self {
            Level::Central => "central",
            Level::Province => "province",
            Level::District => "district",
            Level::AboveGrassroots => "above-grassroots",
            Level::Commune => "commune",
            Level::Grassroots => "grassroots",
        }
    }
}

/// The unit (Party committee, locality, agency) the dataset describes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unit {
    pub name: Option<String>,
    pub level: Level,
    /// When the unit was formed (e.g. 01/07/2025 for merged provinces and
    /// new communes); absent for units that existed before.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::model::iso_date"
    )]
    pub formed: Option<Date>,
    /// Whether the unit has an approved planning record; absent when the
    /// dataset does not say.
    #[serde(rename = "planningApproved", skip_serializing_if = "Option::is_none")]
    pub planning_approved: Option<bool>,
}

/// A date as "YYYY-MM-DD".
pub(crate) fn iso_date<S: serde::Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

/// The kind of body or post a title belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    /// The party committee (Ban Chấp hành, cấp ủy).
    Committee,
    /// The standing committee (Ban Thường vụ).
    Standing,
    /// Key titles (chức danh chủ chốt): secretary, deputies, chairs.
    Key,
    /// Heads and deputies of agencies.
    Leader,
    Other,
}

impl Group {
    /// Every group, in the order reports list them.
    pub const ALL: [Group; 5] = [
        Group::Committee,
        Group::Standing,
        Group::Key,
        Group::Leader,
        Group::Other,
    ];

    /// The contract's name for the group.
    pub fn id(self) -> &'static str {
        match self {
            Group::Committee => "committee",
            Group::Standing => "standing",
            Group::Key => "key",
            Group::Leader => "leader",
            Group::Other => "other",
        }
    }

    /// Bodies whose planning is measured by their multiple, not per title.
    pub fn is_body(self) -> bool {
        matches!(self, Group::Committee | Group::Standing)
    }
}

/// A title (post) or body with its seats.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Title {
    pub id: String,
    pub name: Option<String>,
    pub group: Group,
    pub seats: u32,
    /// Lower is higher; titles without a rank are not compared.
    pub rank: Option<i64>,
    /// Issue 17: index into [`Dataset::units`] of the unit whose title it
    /// is; `None` when the dataset has no `units`.
    #[serde(skip)]
    pub unit: Option<usize>,
}

/// Professional education (trình độ chuyên môn).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Education {
    Doctorate,
    Master,
    University,
    College,
    Vocational,
    None,
}

impl Education {
    pub const ALL: [Education; 6] = [
        Education::Doctorate,
        Education::Master,
        Education::University,
        Education::College,
        Education::Vocational,
        Education::None,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Education::Doctorate => "doctorate",
            Education::Master => "master",
            Education::University => "university",
            Education::College => "college",
            Education::Vocational => "vocational",
            Education::None => "none",
        }
    }
}

/// Political-theory training (lý luận chính trị).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PoliticalTheory {
    /// Cao cấp or cử nhân.
    Advanced,
    Intermediate,
    Elementary,
    None,
}

impl PoliticalTheory {
    pub const ALL: [PoliticalTheory; 4] = [
        PoliticalTheory::Advanced,
        PoliticalTheory::Intermediate,
        PoliticalTheory::Elementary,
        PoliticalTheory::None,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PoliticalTheory::Advanced => "advanced",
            PoliticalTheory::Intermediate => "intermediate",
            PoliticalTheory::Elementary => "elementary",
            PoliticalTheory::None => "none",
        }
    }
}

/// Whether a congress candidate stands for the first time or again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Candidacy {
    First,
    Reelection,
}

/// What a congress candidate stands for; it sets the reference month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CandidacyFor {
    /// The party committee (the default).
    Committee,
    /// Deputy secretary of a provincial committee (a special threshold).
    DeputySecretary,
    /// Leadership of the People's Council or Committee.
    Government,
}

/// A proposed appointment to a title.
#[derive(Clone, Debug, PartialEq)]
pub struct Appointment {
    /// Index into [`Dataset::titles`].
    pub title: usize,
    /// When the competent body received the dossier (HD 06-HD/BTCTW).
    pub dossier_date: Date,
    /// The candidate comes from outside the unit.
    pub outside: bool,
}

/// The level of a disciplinary measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisciplineLevel {
    /// Khiển trách.
    Reprimand,
    /// Cảnh cáo.
    Warning,
    /// Cách chức.
    Dismissal,
}

impl DisciplineLevel {
    pub const ALL: [DisciplineLevel; 3] = [
        DisciplineLevel::Reprimand,
        DisciplineLevel::Warning,
        DisciplineLevel::Dismissal,
    ];

    pub fn id(self) -> &'static str {
        match self {
            DisciplineLevel::Reprimand => "reprimand",
            DisciplineLevel::Warning => "warning",
            DisciplineLevel::Dismissal => "dismissal",
        }
    }
}

/// A disciplinary decision.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Discipline {
    pub level: DisciplineLevel,
    pub date: Date,
    /// When the disciplinary period ends ("hết thời hạn kỷ luật"), when known.
    pub end: Option<Date>,
}

/// A person whose row was read without problems.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// Position of the row in the dataset's `people` array.
    pub index: usize,
    pub id: String,
    pub name: Option<String>,
    pub sex: Sex,
    pub birth: PartialDate,
    pub ethnic_minority: bool,
    pub local: bool,
    /// `None` when the record does not say (counted as unknown, not as none).
    pub education: Option<Education>,
    pub political_theory: Option<PoliticalTheory>,
    /// Indexes into [`Dataset::titles`], without repeats.
    pub current: Vec<usize>,
    pub planned: Vec<usize>,
    /// A woman allowed to retire at 60 (the older flag, CT 45 Phụ lục 2:
    /// a decided later retirement under NĐ 83/2022 at its cap for women).
    pub retire_at_60: bool,
    /// A decided retirement date (later retirement under NĐ 83/2022 amended
    /// by NĐ 99/2024, or early retirement), overriding the NĐ 135 roadmap
    /// and `retire_at_60`.
    pub retirement_date: Option<PartialDate>,
    /// For congress checks: first time or re-election.
    pub candidacy: Option<Candidacy>,
    pub candidacy_for: CandidacyFor,
    /// When the person took the current post.
    pub post_since: Option<Date>,
    pub appointment: Option<Appointment>,
    /// The date of a planned rotation (luân chuyển).
    pub rotation_date: Option<Date>,
    pub discipline: Vec<Discipline>,
    /// Issue 17: index into [`Dataset::units`] of the unit the person
    /// belongs to: the row's `unit`, else the unit of the first current
    /// title; `None` without `units` (or without either).
    pub unit: Option<usize>,
}

/// A validated dataset: what `analyze` computes on.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub unit: Unit,
    pub as_of: Date,
    pub term_start: Option<YearMonth>,
    /// The profile id the dataset names, if any.
    pub profile: Option<String>,
    pub titles: Vec<Title>,
    pub people: Vec<Person>,
    /// Custom profiles the dataset defines.
    pub custom_profiles: Vec<crate::profile::CustomProfile>,
    /// The filed report's header and signature (`report` in the dataset).
    pub report: ReportSettings,
    /// Issue 17: the units (`units` in the dataset) whose titles and people
    /// the dataset holds; empty when the dataset is one unit.
    pub units: Vec<UnitDef>,
}

// Issue 17: many units in one dataset.

/// One unit of a dataset with `units`: a city, a ward, an agency.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnitDef {
    pub id: String,
    pub name: Option<String>,
    pub level: Level,
    /// Index into [`Dataset::units`] of the unit above it, when known.
    #[serde(skip)]
    pub parent: Option<usize>,
}

/// What the user sets for the header and the closing (`report` in the
/// dataset); empty fields print as dotted lines to fill by hand.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportSettings {
    /// The superior Party organisation ("ĐẢNG BỘ TỈNH …").
    pub superior: Option<String>,
    /// The issuing body ("BAN THƯỜNG VỤ HUYỆN ỦY"); the unit's name without it.
    pub issuer: Option<String>,
    /// "Số: 15-BC/HU".
    pub number: Option<String>,
    /// "Phú Lương, ngày 30 tháng 4 năm 2018".
    pub place_date: Option<String>,
    /// "T/M BAN THƯỜNG VỤ", or another form of signature.
    pub on_behalf: Option<String>,
    /// "BÍ THƯ", "PHÓ BÍ THƯ".
    pub signer_title: Option<String>,
    pub signer: Option<String>,
    /// Lines of "Nơi nhận".
    pub recipients: Vec<String>,
}

impl ReportSettings {
    /// Reads the dataset's `report` object; anything that is not text is ignored.
    pub fn read(value: &crate::input::Value) -> ReportSettings {
        let text = |key: &str| match value.get(key) {
            crate::input::Value::Text(t) if !t.trim().is_empty() => Some(t.trim().to_owned()),
            _ => None,
        };
        let recipients = match value.get("recipients") {
            crate::input::Value::List(items) => items
                .iter()
                .filter_map(|i| match i {
                    crate::input::Value::Text(t) if !t.trim().is_empty() => {
                        Some(t.trim().to_owned())
                    }
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        ReportSettings {
            superior: text("superior"),
            issuer: text("issuer"),
            number: text("number"),
            place_date: text("placeDate"),
            on_behalf: text("onBehalf"),
            signer_title: text("signerTitle"),
            signer: text("signer"),
            recipients,
        }
    }
}
