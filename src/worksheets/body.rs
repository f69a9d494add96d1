//! The planning of a body and its key titles.

use crate::schema::Vocabulary;
use serde_json::json;

use super::figures::{active_profile, figure, share};
use super::input::{BodyInput, KeyTitlesInput};
use super::reader::Reader;
use super::result::Figure;
use crate::format::{number, percent};
use crate::lang::Lang;
use crate::profile::code;
use crate::rules::{Finding, Subject};

pub(super) fn body(
    input: &BodyInput,
    r: &mut Reader,
    lang: Lang,
) -> (&'static str, Vec<Figure>, Vec<Finding>) {
    let seats = r.count("seats", &input.seats, true);
    let pairs = r.count("plannedPairs", &input.planned_pairs, true);
    let people = r.count("plannedPeople", &input.planned_people, false);
    let women = r.count("women", &input.women, false);
    let young = r.count("young", &input.young, false);
    let ethnic = r.count("ethnicMinority", &input.ethnic_minority, false);
    let decimals = input.context.decimals.unwrap_or(2).min(4);
    let standing = input.body.as_deref().and_then(crate::model::Group::from_id)
        == Some(crate::model::Group::Standing);
    let mut figures = Vec::new();
    if let (Some(seats), Some(pairs)) = (seats, pairs) {
        let m = share(pairs, seats);
        figures.push(figure("multiple", m, |t, lang| {
            t.sheet_multiple(pairs, seats, m.map(|m| number(m, decimals, lang)), standing)
        }));
    }
    // Shares are of the people planned; without that count, of the pairs.
    let base = people.or(pairs);
    for (key, count) in [
        ("women", women),
        ("young", young),
        ("ethnicMinority", ethnic),
    ] {
        if let (Some(count), Some(base)) = (count, base) {
            let s = share(count, base);
            figures.push(figure(key, s, |t, lang| {
                t.sheet_share(key, count, s.map(|s| percent(s, lang)))
            }));
        }
    }
    let mut findings = Vec::new();
    let unit = || Subject {
        kind: "unit",
        id: None,
    };
    if let (Some(profile), Some(base)) = (active_profile(&input.context), base) {
        for (count, code) in [(women, code::WOMEN_SHARE), (young, code::YOUNG_SHARE)] {
            let (Some(rule), Some(count)) = (profile.rule(code), count) else {
                continue;
            };
            let (Some(target), Some(s)) = (rule.number("target"), share(count, base)) else {
                continue;
            };
            if s < target {
                let under = rule.number("under").unwrap_or(40.0) as u32;
                findings.push(Finding::of_rule(
                    rule,
                    unit(),
                    json!(s),
                    json!(target),
                    lang,
                    |t| {
                        let scope = t.scope_label(&unit());
                        if code == code::WOMEN_SHARE {
                            t.women_share(&scope, count as u32, base as u32, s, target)
                        } else {
                            t.young_share(&scope, count as u32, base as u32, s, target, under)
                        }
                    },
                ));
            }
        }
    }
    ("body", figures, findings)
}

pub(super) fn key_titles(
    input: &KeyTitlesInput,
    r: &mut Reader,
    lang: Lang,
) -> (&'static str, Vec<Figure>, Vec<Finding>) {
    let titles = r.count("titles", &input.titles, true);
    let pairs = r.count("plannedPairs", &input.planned_pairs, true);
    let decimals = input.context.decimals.unwrap_or(2).min(4);
    let mut figures = Vec::new();
    if let (Some(titles), Some(pairs)) = (titles, pairs) {
        let m = share(pairs, titles);
        figures.push(figure("perTitle", m, |t, lang| {
            t.sheet_per_title(pairs, titles, m.map(|m| number(m, decimals, lang)))
        }));
    }
    let mut findings = Vec::new();
    let profile = active_profile(&input.context);
    let rule = profile
        .as_ref()
        .and_then(|p| p.rule(code::PLANNED_PER_TITLE));
    // Beside the figure per title, the multiple of the seats when every
    // title's seats are given: "so với số vị trí", as groups[].multiple.
    let mut seat_sum = Some(0.0);
    for (i, title) in input.per_title.iter().enumerate() {
        let planned = r.count(&format!("perTitle[{i}].planned"), &title.planned, true);
        let given = r.count(&format!("perTitle[{i}].seats"), &title.seats, false);
        seat_sum = seat_sum.zip(given).map(|(sum, s)| sum + s);
        let seats = given.unwrap_or(1.0);
        let (Some(rule), Some(planned)) = (rule, planned) else {
            continue;
        };
        let limit =
            (rule.number("perSeat").unwrap_or(3.0) * seats).max(rule.number("min").unwrap_or(3.0));
        if planned > limit {
            let name = title.name.clone();
            findings.push(Finding::of_rule(
                rule,
                Subject {
                    kind: "title",
                    id: Some(name.clone()),
                },
                json!(planned),
                json!(limit),
                lang,
                |t| t.planned_per_title(&name, planned as u32, limit),
            ));
        }
    }
    if let (Some(seats), Some(pairs), false) = (seat_sum, pairs, input.per_title.is_empty()) {
        let m = share(pairs, seats);
        figures.push(figure("perSeat", m, |t, lang| {
            t.sheet_per_seat(pairs, seats, m.map(|m| number(m, decimals, lang)))
        }));
    }
    ("keyTitles", figures, findings)
}
