//! Custom profiles: a user's copy of a built-in profile with edited
//! thresholds (a provincial regulation's stricter limits, an optional rule
//! switched on), saved in the dataset's `profiles` list:
//!
//! ```json
//! { "id": "tinh-x-2026", "name": "Quy định của Tỉnh ủy X", "basedOn": "qd377-2025",
//!   "rules": [ { "code": "planned-per-title", "params": { "perSeat": 2, "min": 2 } },
//!              { "code": "women-programme", "enabled": true } ] }
//! ```
//!
//! Only the rules listed change; every other rule is the base profile's. A
//! definition that cannot be used is an error naming its place and field.

use serde_json::{Map, Value as Json};

use super::rule::Profile;
use super::spec::{self, ParamKind};
use crate::date::{Date, PartialDate};
use crate::error::{Error, ProfileProblem};
use crate::input::value::Value;
use crate::kinds::Expected;
use crate::schema::Severity;

/// A custom profile as the dataset defines it.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomProfile {
    pub id: String,
    pub name: Option<String>,
    pub based_on: String,
    pub effective_from: Option<Date>,
    pub effective_to: Option<Date>,
    pub rules: Vec<RuleChange>,
}

/// The changes to one rule.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleChange {
    pub code: &'static str,
    pub severity: Option<Severity>,
    pub enabled: Option<bool>,
    pub params: Map<String, Json>,
}

fn problem(path: String, problem: ProfileProblem) -> Error {
    Error::BadProfile { path, problem }
}

/// Reads the dataset's `profiles` list.
pub fn read(value: &Value) -> Result<Vec<CustomProfile>, Error> {
    let items = match value {
        Value::Missing | Value::Null => return Ok(Vec::new()),
        Value::List(items) => items,
        other => {
            return Err(Error::WrongType {
                field: "profiles",
                expected: Expected::List,
                found: other.kind(),
            })
        }
    };
    let builtin_ids: Vec<String> = super::builtin::builtin()
        .into_iter()
        .map(|p| p.id)
        .collect();
    let mut out: Vec<CustomProfile> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let custom = read_one(item, &format!("profiles[{i}]"), &builtin_ids)?;
        if builtin_ids.contains(&custom.id) || out.iter().any(|c| c.id == custom.id) {
            return Err(problem(
                format!("profiles[{i}].id"),
                ProfileProblem::DuplicateId(custom.id),
            ));
        }
        out.push(custom);
    }
    Ok(out)
}

fn text(value: &Value, path: &str) -> Result<Option<String>, Error> {
    match value {
        Value::Missing | Value::Null => Ok(None),
        Value::Text(t) if !t.trim().is_empty() => Ok(Some(t.to_string())),
        _ => Err(problem(
            path.to_owned(),
            ProfileProblem::Expected(Expected::Text),
        )),
    }
}

fn date(value: &Value, path: &str) -> Result<Option<Date>, Error> {
    match text(value, path)? {
        None => Ok(None),
        Some(t) => PartialDate::parse(&t)
            .map(|d| Some(d.date()))
            .map_err(|_| problem(path.to_owned(), ProfileProblem::Expected(Expected::Date))),
    }
}

fn read_one(item: &Value, path: &str, builtin_ids: &[String]) -> Result<CustomProfile, Error> {
    if !matches!(item, Value::Object(_)) {
        return Err(problem(
            path.to_owned(),
            ProfileProblem::Expected(Expected::Object),
        ));
    }
    let id = text(item.get("id"), &format!("{path}.id"))?
        .ok_or_else(|| problem(format!("{path}.id"), ProfileProblem::Missing))?;
    let based_on = text(item.get("basedOn"), &format!("{path}.basedOn"))?
        .ok_or_else(|| problem(format!("{path}.basedOn"), ProfileProblem::Missing))?;
    if !builtin_ids.contains(&based_on) {
        return Err(problem(
            format!("{path}.basedOn"),
            ProfileProblem::UnknownBase(based_on),
        ));
    }
    let rules = match item.get("rules") {
        Value::Missing | Value::Null => Vec::new(),
        Value::List(rules) => rules
            .iter()
            .enumerate()
            .map(|(j, r)| read_change(r, &format!("{path}.rules[{j}]")))
            .collect::<Result<_, _>>()?,
        _ => {
            return Err(problem(
                format!("{path}.rules"),
                ProfileProblem::Expected(Expected::List),
            ))
        }
    };
    Ok(CustomProfile {
        id,
        name: text(item.get("name"), &format!("{path}.name"))?,
        based_on,
        effective_from: date(item.get("effectiveFrom"), &format!("{path}.effectiveFrom"))?,
        effective_to: date(item.get("effectiveTo"), &format!("{path}.effectiveTo"))?,
        rules,
    })
}

fn read_change(rule: &Value, path: &str) -> Result<RuleChange, Error> {
    let code_text = text(rule.get("code"), &format!("{path}.code"))?
        .ok_or_else(|| problem(format!("{path}.code"), ProfileProblem::Missing))?;
    let (code, specs) = spec::lookup(&code_text).ok_or_else(|| {
        problem(
            format!("{path}.code"),
            ProfileProblem::UnknownCode(code_text),
        )
    })?;
    let severity = match text(rule.get("severity"), &format!("{path}.severity"))?.as_deref() {
        None => None,
        Some(s) => Some(
            Severity::ALL
                .into_iter()
                .find(|v| v.id() == s)
                .ok_or_else(|| {
                    problem(
                        format!("{path}.severity"),
                        ProfileProblem::Expected(Expected::Severity),
                    )
                })?,
        ),
    };
    let enabled = match rule.get("enabled") {
        Value::Missing | Value::Null => None,
        Value::Bool(b) => Some(*b),
        _ => {
            return Err(problem(
                format!("{path}.enabled"),
                ProfileProblem::Expected(Expected::TrueOrFalse),
            ))
        }
    };
    let mut params = Map::new();
    match rule.get("params") {
        Value::Missing | Value::Null => {}
        Value::Object(fields) => {
            for (name, value) in fields {
                let at = format!("{path}.params.{name}");
                let kind = specs
                    .iter()
                    .find(|s| s.name == name)
                    .map(|s| s.kind)
                    .ok_or_else(|| {
                        problem(at.clone(), ProfileProblem::UnknownParam(name.to_string()))
                    })?;
                let json = value.to_json();
                if !spec::fits(kind, &json) {
                    return Err(problem(at, ProfileProblem::BadParam(kind)));
                }
                params.insert(name.to_string(), json);
            }
        }
        _ => {
            return Err(problem(
                format!("{path}.params"),
                ProfileProblem::Expected(Expected::Object),
            ))
        }
    }
    Ok(RuleChange {
        code,
        severity,
        enabled,
        params,
    })
}

impl CustomProfile {
    /// The profile: the base's rules with these changes. A rule the base
    /// lacks is taken from the first built-in profile that has it.
    pub fn resolve(&self, builtin: &[Profile]) -> Result<Profile, Error> {
        let base = builtin
            .iter()
            .find(|p| p.id == self.based_on)
            .ok_or_else(|| Error::UnknownProfile(self.based_on.clone()))?;
        let mut profile = base.clone();
        profile.id = self.id.clone();
        profile.name = self.name.clone().unwrap_or_else(|| self.id.clone());
        profile.based_on = Some(base.id.clone());
        profile.effective_from = self.effective_from.unwrap_or(base.effective_from);
        profile.effective_to = self.effective_to.or(base.effective_to);
        for change in &self.rules {
            let position = match profile.rules.iter().position(|r| r.code == change.code) {
                Some(i) => i,
                None => {
                    let borrowed = builtin
                        .iter()
                        .flat_map(|p| &p.rules)
                        .find(|r| r.code == change.code)
                        .cloned()
                        .ok_or_else(|| Error::UnknownProfile(change.code.to_owned()))?;
                    profile.rules.push(borrowed);
                    profile.rules.len() - 1
                }
            };
            let rule = &mut profile.rules[position];
            if let Some(severity) = change.severity {
                rule.severity = severity;
            }
            if let Some(enabled) = change.enabled {
                rule.enabled = enabled;
            }
            for (name, value) in &change.params {
                rule.params.insert(name.clone(), value.clone());
            }
            rule.customized = true;
            rule.source = format!(
                "{}; điều chỉnh trong bộ quy định “{}”",
                rule.source, profile.name
            );
            rule.source_en = format!(
                "{}; changed in the profile “{}”",
                rule.source_en, profile.name
            );
        }
        Ok(profile)
    }
}

impl ParamKind {
    /// What a value of this kind looks like, for messages.
    pub fn expected(self) -> &'static str {
        match self {
            ParamKind::Count => "a whole number ≥ 0",
            ParamKind::Months => "a whole number of months ≥ 0",
            ParamKind::Years => "a whole number of years from 0 to 150",
            ParamKind::Ratio => "a number ≥ 0",
            ParamKind::Share => "a share from 0 to 1",
            ParamKind::OptionalShare => "a share from 0 to 1, or null",
            ParamKind::ReferenceMonths => "an object from level to month YYYY-MM",
            ParamKind::Scopes => "a list of unit, committee, standing, key, leader, other",
        }
    }
}
