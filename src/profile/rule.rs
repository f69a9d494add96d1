//! A rule profile and its rules: parameters, severity, source and how sure
//! the source is.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::date::Date;
use crate::schema::{Confidence, Severity};

/// What a profile is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Planning rules; chosen by the review date when no profile is named.
    Planning,
    /// Congress personnel rules; chosen by name only.
    Congress,
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
