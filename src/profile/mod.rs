//! Rule profiles: the set of rules, thresholds and sources in force at a date.
//!
//! The rules change with the documents that set them (QĐ 50-QĐ/TW gave way to
//! QĐ 377-QĐ/TW on 08/10/2025), so every rule carries its parameters, its
//! source (document and article) and a confidence label from regulations.md:
//! CONFIRMED, REPORTED, DERIVED or UNCONFIRMED. A number that no source states
//! is never encoded (for instance, no "1,5 lần" cap on planning multiples).
//!
//! Built-in profiles are in `builtin`; a user's copy with edited thresholds
//! (a custom profile, saved in the dataset) is read by `custom`; the
//! parameters each rule takes are listed in `spec`.

mod builtin;
pub mod custom;
mod english;
pub mod spec;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::date::Date;
use crate::error::Error;

pub use builtin::builtin;
pub use custom::CustomProfile;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A rule is broken, or a row cannot be read.
    Error,
    /// An aim ("phấn đấu") is missed, or something looks wrong.
    Warning,
    /// Worth knowing; nothing is wrong.
    Info,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    pub fn id(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// How sure we are of a rule (regulations.md §0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Confidence {
    /// Read in a reproduction or a quotation of the primary text.
    Confirmed,
    /// Summarised by a newspaper, an official portal or a legal Q&A site.
    Reported,
    /// Computed from confirmed rules and checked against published figures.
    Derived,
    /// Not found in a source; offered so the user can set it.
    Unconfirmed,
}

/// What a profile is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Planning rules; chosen by the review date when no profile is named.
    Planning,
    /// Congress personnel rules; chosen by name only.
    Congress,
}

/// Rule codes: the finding codes. The first nine are contract v1.
pub mod code {
    pub const PLANNED_PER_TITLE: &str = "planned-per-title";
    pub const TITLES_PER_PERSON: &str = "titles-per-person";
    pub const PLANNING_AGE: &str = "planning-age";
    pub const PLANNED_NOT_HIGHER: &str = "planned-not-higher";
    pub const TITLE_UNPLANNED: &str = "title-unplanned";
    pub const YOUNG_SHARE: &str = "young-share";
    pub const WOMEN_SHARE: &str = "women-share";
    pub const STANDING_SIZE: &str = "standing-size";
    pub const INVALID_ROW: &str = "invalid-row";
    // Extensions.
    pub const ETHNIC_SHARE: &str = "ethnic-share";
    pub const WOMEN_PROGRAMME: &str = "women-programme";
    pub const STANDING_WOMEN: &str = "standing-women";
    pub const AGE_BANDS: &str = "age-bands";
    pub const CONGRESS_AGE: &str = "congress-age";
    pub const CONGRESS_DEPUTY_SECRETARY: &str = "congress-deputy-secretary";
    pub const APPOINTMENT_AGE: &str = "appointment-age";
    pub const APPOINTMENT_TENURE: &str = "appointment-tenure";
    pub const APPOINTMENT_PLANNED: &str = "appointment-planned";
    /// QĐ 377 (PL-13a): planning to a higher title once a khiển trách or
    /// cảnh cáo period has ended (and, under QĐ 80, months after the decision).
    pub const DISCIPLINE_PLANNING: &str = "discipline-planning";
    /// QĐ 377 (PL-13b): months after khiển trách / cảnh cáo / cách chức
    /// before appointment or nomination to a higher post.
    pub const DISCIPLINE_APPOINTMENT: &str = "discipline-appointment";
    /// The former single discipline rule; custom profiles that name it
    /// change the appointment rule.
    pub const DISCIPLINE_WAIT: &str = "discipline-wait";
    pub const RETIREMENT_PASSED: &str = "retirement-passed";
    /// A decided retirement date outside the bounds of NĐ 83/2022 (later)
    /// or of early retirement (AGE-05).
    pub const RETIREMENT_DATE: &str = "retirement-date";
    pub const CONGRESS_NOT_CHECKED: &str = "congress-not-checked";
    /// A unit formed on or after 01/07/2025 without approved planning (MRG-02).
    pub const UNIT_FORMED: &str = "unit-formed";
    pub const ROTATION_AGE: &str = "rotation-age";
    /// Findings that no rule parameter controls.
    pub const INVALID_TITLE: &str = "invalid-title";
    pub const REPEATED_TITLE: &str = "repeated-title";
    pub const PROFILE_NOT_IN_FORCE: &str = "profile-not-in-force";
    pub const MISSING_DATA: &str = "missing-data";
}

/// A named set of parameter values, e.g. one of two reported readings of a rule.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Variant {
    pub id: &'static str,
    /// What the variant is and where it comes from.
    pub label: &'static str,
    pub params: Map<String, Value>,
}

/// One rule of a profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rule {
    /// The finding code the rule produces.
    pub code: &'static str,
    pub severity: Severity,
    /// Thresholds, by name (see `spec`).
    pub params: Map<String, Value>,
    /// The document and article, as one text.
    pub source: String,
    /// The same in English (the document's name stays as it is).
    pub source_en: String,
    pub confidence: Confidence,
    /// The document (number and date).
    pub document: String,
    /// The article or the content the rule comes from.
    pub article: String,
    /// The same in English.
    pub article_en: String,
    /// Where the source was read.
    pub url: Option<&'static str>,
    /// A disabled rule is listed but not checked (e.g. an optional programme).
    pub enabled: bool,
    /// Named alternatives for the parameters, when sources differ.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
    /// The user changed this rule in a custom profile.
    pub customized: bool,
}

impl Rule {
    /// A numeric parameter.
    pub fn number(&self, name: &str) -> Option<f64> {
        self.params.get(name).and_then(Value::as_f64)
    }

    /// A text parameter.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.params.get(name).and_then(Value::as_str)
    }

    /// A parameter that is an object (e.g. reference months by level).
    pub fn object(&self, name: &str) -> Option<&Map<String, Value>> {
        self.params.get(name).and_then(Value::as_object)
    }

    /// Whether a share rule applies to a scope ("unit" or a group id): every
    /// scope when the rule has no `scopes` list.
    pub fn applies_to(&self, scope: &str) -> bool {
        match self.params.get("scopes").and_then(Value::as_array) {
            Some(scopes) => scopes.iter().any(|s| s.as_str() == Some(scope)),
            None => true,
        }
    }
}

/// A dated set of rules.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    #[serde(serialize_with = "iso")]
    pub effective_from: Date,
    #[serde(serialize_with = "iso_opt")]
    pub effective_to: Option<Date>,
    /// For a custom profile, the built-in profile it copies.
    pub based_on: Option<String>,
    pub rules: Vec<Rule>,
}

fn iso<S: serde::Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(date)
}

fn iso_opt<S: serde::Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

impl Profile {
    /// The enabled rule with this code, if the profile has it.
    pub fn rule(&self, code: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.code == code && r.enabled)
    }

    /// Whether the profile is in force on `date`.
    pub fn in_force(&self, date: Date) -> bool {
        date >= self.effective_from && self.effective_to.is_none_or(|to| date <= to)
    }
}

/// The profile to use: the one named (built-in or among the dataset's custom
/// profiles), or else the planning profile in force at `as_of`. Before the
/// first built-in profile took effect, the oldest planning profile is used
/// and the report says that it was not yet in force.
pub fn select(id: Option<&str>, as_of: Date, custom: &[CustomProfile]) -> Result<Profile, Error> {
    let all = builtin();
    if let Some(id) = id {
        if let Some(definition) = custom.iter().find(|c| c.id == id) {
            return definition.resolve(&all);
        }
        return all
            .into_iter()
            .find(|p| p.id == id)
            .ok_or_else(|| Error::UnknownProfile(id.to_owned()));
    }
    let mut planning: Vec<Profile> = all
        .into_iter()
        .filter(|p| p.kind == Kind::Planning)
        .collect();
    let oldest = (0..planning.len())
        .min_by_key(|&i| planning[i].effective_from)
        .unwrap_or(0);
    let chosen = planning
        .iter()
        .position(|p| p.in_force(as_of))
        .unwrap_or(oldest);
    Ok(planning.swap_remove(chosen))
}
