//! Shared pieces of the worksheets: shares, figures in both languages,
//! findings about the counts and the active profile.

use serde_json::Value;

use super::input::Context;
use super::result::Figure;
use crate::date::Date;
use crate::lang::Lang;
use crate::messages::{catalogue, Catalogue};
use crate::profile::{self, Confidence, Severity};
use crate::rules::{Finding, Messages, Subject};

pub(super) fn share(part: f64, whole: f64) -> Option<f64> {
    (whole > 0.0).then(|| part / whole)
}

pub(super) fn figure(
    key: &str,
    value: Option<f64>,
    write: impl Fn(&dyn Catalogue, Lang) -> String,
) -> Figure {
    Figure {
        key: key.to_owned(),
        value,
        vi: write(catalogue(Lang::Vi), Lang::Vi),
        en: write(catalogue(Lang::En), Lang::En),
    }
}

/// A finding about the counts themselves (no profile rule behind it).
pub(super) fn consistency(
    code: &'static str,
    severity: Severity,
    value: Value,
    limit: Value,
    lang: Lang,
    write: impl Fn(&dyn Catalogue) -> String,
) -> Finding {
    let messages = Messages::new(write);
    Finding {
        code,
        severity,
        subject: Subject {
            kind: "unit",
            id: None,
        },
        value,
        limit,
        message: messages.get(lang).to_owned(),
        messages,
        source: "Bảng tính QHCB: các số phải khớp nhau".to_owned(),
        confidence: Confidence::Confirmed,
        row: None,
        field: None,
        title: None,
        unit: None,
        level: None,
    }
}

pub(super) fn active_profile(context: &Context) -> Option<profile::Profile> {
    let as_of = context
        .as_of
        .as_deref()
        .and_then(|d| Date::parse(d).ok())
        .unwrap_or_else(|| Date::new(9999, 12, 31).expect("a valid date"));
    profile::select(context.profile.as_deref(), as_of, &[]).ok()
}
