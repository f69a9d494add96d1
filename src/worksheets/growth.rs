//! Party growth and coverage.

use serde_json::json;

use super::figures::{consistency, figure, share};
use super::input::GrowthInput;
use super::reader::Reader;
use super::result::Figure;
use crate::format::percent;
use crate::lang::Lang;
use crate::profile::Severity;
use crate::rules::Finding;

pub(super) fn growth(
    input: &GrowthInput,
    r: &mut Reader,
    lang: Lang,
) -> (&'static str, Vec<Figure>, Vec<Finding>) {
    let from = r.count("membersFrom", &input.members_from, false);
    let to = r.count("membersTo", &input.members_to, false);
    let year_from = r.count("yearFrom", &input.year_from, false);
    let year_to = r.count("yearTo", &input.year_to, false);
    let admitted = r.count("admitted", &input.admitted, false);
    let population = r.count("population", &input.population, false);
    let covered = r.count("unitsCovered", &input.units_covered, false);
    let total = r.count("unitsTotal", &input.units_total, false);
    let years = match (year_from, year_to) {
        (Some(a), Some(b)) if b > a => Some(b - a),
        _ => None,
    };
    let mut figures = Vec::new();
    let mut findings = Vec::new();
    if let (Some(from), Some(to)) = (from, to) {
        let s = share(to - from, from);
        figures.push(figure("growth", s, |t, lang| {
            t.sheet_growth(from, to, s.map(|s| percent(s, lang)))
        }));
        if let Some(years) = years {
            let per_year = (to - from) / years;
            figures.push(figure("netPerYear", Some(per_year), |t, _| {
                t.sheet_per_year("net", per_year, years)
            }));
        }
    }
    if let (Some(admitted), Some(years)) = (admitted, years) {
        let per_year = admitted / years;
        figures.push(figure("admittedPerYear", Some(per_year), |t, _| {
            t.sheet_per_year("admitted", per_year, years)
        }));
    }
    if let (Some(to), Some(population)) = (to, population) {
        let s = share(to, population);
        figures.push(figure("populationShare", s, |t, lang| {
            t.sheet_staffing("population", to, s.map(|s| percent(s, lang)))
        }));
    }
    if let (Some(covered), Some(total)) = (covered, total) {
        let s = share(covered, total);
        figures.push(figure("coverage", s, |t, lang| {
            t.sheet_coverage(covered, total, s.map(|s| percent(s, lang)))
        }));
        if covered > total {
            findings.push(consistency(
                "part-exceeds-total",
                Severity::Error,
                json!(covered),
                json!(total),
                lang,
                |t| t.sheet_part_exceeds("", covered, total),
            ));
        }
    }
    ("growth", figures, findings)
}
