//! The dataset after validation: units, titles and people in the terms the
//! computations use. Reading the raw JSON and reporting bad rows is the job
//! of `input`; this module only names things.

use serde::Serialize;

use crate::date::{Date, PartialDate, YearMonth};
pub use crate::schema::{
    AcademicTitle, Candidacy, CandidacyFor, DisciplineLevel, Education, EthnicGroup, Group, Level,
    PoliticalTheory, Sex,
};

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

/// A title (post) or body with its seats.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Title {
    pub id: String,
    pub name: Option<String>,
    pub group: Group,
    pub seats: u32,
    /// Lower is higher; titles without a rank are not compared.
    pub rank: Option<i64>,
    /// Index into [`Dataset::units`] of the unit whose title it
    /// is; `None` when the dataset has no `units`.
    #[serde(skip)]
    pub unit: Option<usize>,
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
    /// The row's `ethnicMinority`; without it, whether `ethnicGroup` is a
    /// minority; without either (or with an unreadable one), false.
    pub ethnic_minority: bool,
    pub local: bool,
    /// One of the 54 groups; `None` when the record does not say or says
    /// something else (then an `invalid-value` warning).
    pub ethnic_group: Option<EthnicGroup>,
    /// `None` when the record does not say (counted as unknown, not as none).
    pub education: Option<Education>,
    pub academic_title: Option<AcademicTitle>,
    pub political_theory: Option<PoliticalTheory>,
    /// The roster's own text (hometown, major, other posts, source), boxed:
    /// no computation reads it, and most datasets have none of it, so a
    /// person stays small (`None` when the row gives none).
    pub text: Option<Box<PersonText>>,
    /// Which optional fields the row gives a value (a unit's `recorded`).
    pub recorded: Recorded,
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
    /// Index into [`Dataset::units`] of the unit the person
    /// belongs to: the row's `unit`, else the unit of the first current
    /// title; `None` without `units` (or without either).
    pub unit: Option<usize>,
}

/// What a roster says of a person as text, beside the planning fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PersonText {
    /// The hometown (quê quán) as written.
    pub hometown: Option<String>,
    /// The major as written ("Quản lý kinh tế").
    pub education_major: Option<String>,
    /// Posts not in the titles list, as written: shown and exported, never
    /// a planned title.
    pub other_posts: Option<String>,
    /// Where an import read the person, for messages.
    pub source: Option<Source>,
}

impl Person {
    /// The hometown (quê quán) as written.
    pub fn hometown(&self) -> Option<&str> {
        self.text.as_ref()?.hometown.as_deref()
    }

    /// The major as written ("Quản lý kinh tế").
    pub fn education_major(&self) -> Option<&str> {
        self.text.as_ref()?.education_major.as_deref()
    }

    /// Posts not in the titles list, as written.
    pub fn other_posts(&self) -> Option<&str> {
        self.text.as_ref()?.other_posts.as_deref()
    }

    /// Where an import read the person.
    pub fn source(&self) -> Option<&Source> {
        self.text.as_ref()?.source.as_ref()
    }
}

/// Where an import read a person: the sheet and the sheet's row (from 1),
/// as the dataset's `source: { sheet, row }` gives them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Source {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
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
    /// The units (`units` in the dataset) whose titles and people
    /// the dataset holds; empty when the dataset is one unit.
    pub units: Vec<UnitDef>,
}

// Many units in one dataset.

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

/// Which optional person fields the dataset records: true when at least
/// one row of `people` gives the field a value. A report says "no data"
/// for a share whose field no row records (the non-local share of a roster
/// without a "local" column is unknown, not 0%).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Recorded {
    pub local: bool,
    pub hometown: bool,
    /// `ethnicMinority` or `ethnicGroup` (the first is derived from the second).
    pub ethnic_minority: bool,
    pub ethnic_group: bool,
    pub education: bool,
    pub education_major: bool,
    pub academic_title: bool,
    pub political_theory: bool,
    pub other_posts: bool,
}

impl Recorded {
    /// Adds what `other` records.
    pub fn merge(&mut self, other: Recorded) {
        self.local |= other.local;
        self.hometown |= other.hometown;
        self.ethnic_minority |= other.ethnic_minority;
        self.ethnic_group |= other.ethnic_group;
        self.education |= other.education;
        self.education_major |= other.education_major;
        self.academic_title |= other.academic_title;
        self.political_theory |= other.political_theory;
        self.other_posts |= other.other_posts;
    }
}
