//! The staffing quota (biên chế) and rotation.

use serde_json::json;

use super::figures::{consistency, figure, share};
use super::input::{RotationInput, StaffingInput};
use super::reader::Reader;
use super::result::Figure;
use crate::format::percent;
use crate::lang::Lang;
use crate::profile::Severity;
use crate::rules::Finding;

pub(super) fn staffing(
    input: &StaffingInput,
    r: &mut Reader,
    lang: Lang,
) -> (&'static str, Vec<Figure>, Vec<Finding>) {
    let requested = r.count("requested", &input.requested, false);
    let assigned = r.count("assigned", &input.assigned, true);
    let reserve = r.count("reserve", &input.reserve, false);
    let filled = r.count("filled", &input.filled, false);
    let mut figures = Vec::new();
    let mut findings = Vec::new();
    let pct = |s: Option<f64>, lang| s.map(|s| percent(s, lang));
    if let (Some(requested), Some(assigned)) = (requested, assigned) {
        let gap = requested - assigned;
        figures.push(figure("gap", Some(gap), |t, _| {
            t.sheet_staffing("gap", gap, None)
        }));
        let s = share(assigned, requested);
        figures.push(figure("assignedShare", s, |t, lang| {
            t.sheet_staffing("assigned", assigned, pct(s, lang))
        }));
        if let Some(reserve) = reserve {
            let s = share(reserve, requested);
            figures.push(figure("reserveShare", s, |t, lang| {
                t.sheet_staffing("reserve", reserve, pct(s, lang))
            }));
            if assigned + reserve > requested {
                findings.push(consistency(
                    "quota-exceeds-request",
                    Severity::Warning,
                    json!(assigned + reserve),
                    json!(requested),
                    lang,
                    |t| t.sheet_quota_exceeds(assigned, reserve, requested),
                ));
            }
        }
    }
    if let (Some(assigned), Some(filled)) = (assigned, filled) {
        let s = share(filled, assigned);
        figures.push(figure("utilisation", s, |t, lang| {
            t.sheet_staffing("filled", filled, pct(s, lang))
        }));
        if filled > assigned {
            findings.push(consistency(
                "filled-exceeds-quota",
                Severity::Error,
                json!(filled),
                json!(assigned),
                lang,
                |t| t.sheet_filled_exceeds(filled, assigned),
            ));
        }
    }
    ("staffing", figures, findings)
}

pub(super) fn rotation(
    input: &RotationInput,
    r: &mut Reader,
) -> (&'static str, Vec<Figure>, Vec<Finding>) {
    let counts = [
        ("down", r.count("down", &input.down, false)),
        ("up", r.count("up", &input.up, false)),
        ("across", r.count("across", &input.across, false)),
    ];
    let total: f64 = counts.iter().filter_map(|(_, c)| *c).sum();
    let mut figures = vec![figure("total", Some(total), |t, _| {
        t.sheet_rotation("total", total, None)
    })];
    for (key, count) in counts {
        if let Some(count) = count {
            let s = share(count, total);
            figures.push(figure(key, s, |t, lang| {
                t.sheet_rotation(key, count, s.map(|s| percent(s, lang)))
            }));
        }
    }
    ("rotation", figures, Vec::new())
}
