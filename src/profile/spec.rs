//! The parameters each rule takes, so that a custom profile can be checked
//! before it is used and the page can offer the right input for each.

use serde::Serialize;
use serde_json::Value;

use super::code::*;
use crate::schema::Vocabulary;

/// What values a parameter takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ParamKind {
    /// A whole number ≥ 0.
    Count,
    /// A whole number of months ≥ 0.
    Months,
    /// A whole number of years, 0–150.
    Years,
    /// A number ≥ 0.
    Ratio,
    /// A share in [0, 1].
    Share,
    /// A share in [0, 1], or null for "report only".
    OptionalShare,
    /// An object from a level (or "government") to a month "YYYY-MM".
    ReferenceMonths,
    /// A list of scopes: "unit" and group ids.
    Scopes,
}

/// One parameter of a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ParamSpec {
    pub name: &'static str,
    pub kind: ParamKind,
}

const fn p(name: &'static str, kind: ParamKind) -> ParamSpec {
    ParamSpec { name, kind }
}

use ParamKind::*;

/// Every rule code with its parameters.
pub const RULES: &[(&str, &[ParamSpec])] = &[
    (PLANNED_PER_TITLE, &[p("perSeat", Ratio), p("min", Count)]),
    (TITLES_PER_PERSON, &[p("max", Count)]),
    (PLANNING_AGE, &[p("months", Months)]),
    (PLANNED_NOT_HIGHER, &[]),
    (TITLE_UNPLANNED, &[]),
    (
        YOUNG_SHARE,
        &[
            p("target", Share),
            p("under", Years),
            p("underCentral", Years),
            p("scopes", Scopes),
        ],
    ),
    (WOMEN_SHARE, &[p("target", Share), p("scopes", Scopes)]),
    (
        ETHNIC_SHARE,
        &[p("target", OptionalShare), p("scopes", Scopes)],
    ),
    (
        WOMEN_PROGRAMME,
        &[
            p("target2025", Share),
            p("target2030", Share),
            p("scopes", Scopes),
        ],
    ),
    (STANDING_SIZE, &[p("maxShareOfCommittee", Share)]),
    (STANDING_WOMEN, &[p("min", Count)]),
    (
        AGE_BANDS,
        &[
            p("youngUnder", Years),
            p("youngMin", Share),
            p("middleTo", Years),
            p("middleMin", Share),
            p("middleMax", Share),
            p("scopes", Scopes),
        ],
    ),
    (
        CONGRESS_AGE,
        &[
            p("first", Months),
            p("reelection", Months),
            p("reference", ReferenceMonths),
        ],
    ),
    (CONGRESS_DEPUTY_SECRETARY, &[p("months", Months)]),
    (APPOINTMENT_AGE, &[p("months", Months)]),
    (APPOINTMENT_TENURE, &[p("months", Months)]),
    (APPOINTMENT_PLANNED, &[]),
    (
        DISCIPLINE_PLANNING,
        &[
            p("reprimand", Months),
            p("warning", Months),
            p("dismissal", Months),
        ],
    ),
    (
        DISCIPLINE_APPOINTMENT,
        &[
            p("reprimand", Months),
            p("warning", Months),
            p("dismissal", Months),
        ],
    ),
    (RETIREMENT_PASSED, &[]),
    (
        RETIREMENT_DATE,
        &[
            p("capMen", Years),
            p("capWomen", Years),
            p("earlyMonths", Months),
        ],
    ),
    (CONGRESS_NOT_CHECKED, &[]),
    (UNIT_FORMED, &[]),
    (ROTATION_AGE, &[p("months", Months)]),
    (INVALID_ROW, &[]),
];

/// The known rule code equal to `code`, with its parameters.
pub fn lookup(code: &str) -> Option<(&'static str, &'static [ParamSpec])> {
    // The single discipline rule of earlier versions is now the appointment rule.
    let code = if code == DISCIPLINE_WAIT {
        DISCIPLINE_APPOINTMENT
    } else {
        code
    };
    RULES.iter().find(|(c, _)| *c == code).copied()
}

/// The keys a reference-month object may have.
pub fn is_reference_key(key: &str) -> bool {
    crate::schema::Level::from_id(key).is_some()
        || key == crate::schema::CandidacyFor::Government.id()
}

/// The scopes of share rules.
/// A scope of share rules: the whole unit, or a group (the schema's ids).
pub fn is_scope(scope: &str) -> bool {
    scope == "unit" || crate::schema::Group::from_id(scope).is_some()
}

/// Whether `value` is a valid value of a parameter of this kind.
pub fn fits(kind: ParamKind, value: &Value) -> bool {
    let whole = |max: f64| {
        value
            .as_f64()
            .is_some_and(|v| v.fract() == 0.0 && (0.0..=max).contains(&v))
    };
    match kind {
        Count | Months => whole(1e6),
        Years => whole(150.0),
        Ratio => value.as_f64().is_some_and(|v| (0.0..=1e6).contains(&v)),
        Share => value.as_f64().is_some_and(|v| (0.0..=1.0).contains(&v)),
        OptionalShare => value.is_null() || fits(Share, value),
        ReferenceMonths => value.as_object().is_some_and(|map| {
            map.iter().all(|(k, v)| {
                is_reference_key(k)
                    && v.as_str().is_some_and(|m| {
                        crate::date::PartialDate::parse(m)
                            .is_ok_and(|d| d.precision() == crate::date::Precision::Month)
                    })
            })
        }),
        Scopes => value
            .as_array()
            .is_some_and(|list| list.iter().all(|s| s.as_str().is_some_and(is_scope))),
    }
}

/// A rule code with its parameters, for the page's profile editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RuleSpec {
    pub code: &'static str,
    pub params: &'static [ParamSpec],
}

/// Every rule code with its parameters.
pub fn all() -> Vec<RuleSpec> {
    RULES
        .iter()
        .map(|&(code, params)| RuleSpec { code, params })
        .collect()
}
