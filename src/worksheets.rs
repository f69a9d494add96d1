//! Quick worksheets for aggregate figures, when only counts are at hand:
//! the planning multiple of a body, key titles per title, composition
//! shares, the staffing quota, party growth and coverage, and rotation.
//!
//! Each worksheet reads a small set of counts, gives its figures written
//! the Vietnamese and the English way ("Thạc sỹ 4 = 36,4%", "đạt 1,4 lần"),
//! and findings in the style of `analyze` where the active profile sets a
//! limit or where the counts contradict each other. A count that is missing
//! or not a whole number ≥ 0 is an input error naming the field.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::date::Date;
use crate::format::{number, percent};
use crate::lang::Lang;
use crate::messages::{catalogue, Catalogue};
use crate::profile::{self, code, Confidence, Severity};
use crate::rules::{Finding, Messages, Subject};

/// One figure: its value and its text in both languages.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub key: String,
    pub value: Option<f64>,
    pub vi: String,
    pub en: String,
}

/// An input field that cannot be used.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InputError {
    pub field: String,
    pub message: String,
}

/// The result of a worksheet.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SheetResult {
    pub kind: &'static str,
    pub figures: Vec<Figure>,
    pub findings: Vec<Finding>,
    pub errors: Vec<InputError>,
}

/// The worksheets and their inputs (`kind` names the worksheet).
#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Sheet {
    Body(BodyInput),
    KeyTitles(KeyTitlesInput),
    Composition(CompositionInput),
    Staffing(StaffingInput),
    Growth(GrowthInput),
    Rotation(RotationInput),
}

/// Settings shared by the worksheets that check against a profile.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Context {
    /// A profile id; without it, the planning profile in force at `asOf`.
    pub profile: Option<String>,
    /// The review date, "YYYY-MM-DD"; without it, the newest profile.
    pub as_of: Option<String>,
    /// Decimals of multiples as published (1 for "1,4 lần", 2 for "2,01 lần").
    pub decimals: Option<u32>,
}

/// Planning of a body: seats and planned pairs; planned people, women, young, ethnic minority.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct BodyInput {
    /// "committee" (cấp ủy) or "standing" (ban thường vụ).
    pub body: Option<String>,
    pub seats: Option<Value>,
    pub planned_pairs: Option<Value>,
    pub planned_people: Option<Value>,
    pub women: Option<Value>,
    pub young: Option<Value>,
    pub ethnic_minority: Option<Value>,
    #[serde(flatten)]
    pub context: Context,
}

/// Key titles: the number of titles, the planned pairs, and per title counts.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct KeyTitlesInput {
    pub titles: Option<Value>,
    pub planned_pairs: Option<Value>,
    pub per_title: Vec<TitleCount>,
    #[serde(flatten)]
    pub context: Context,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct TitleCount {
    pub name: String,
    pub planned: Option<Value>,
    pub seats: Option<Value>,
}

/// Composition: a total and groups of parts (education, theory, bands, sex…).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct CompositionInput {
    pub total: Option<Value>,
    pub groups: Vec<PartGroup>,
    pub decimals: Option<u32>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PartGroup {
    pub name: String,
    /// The parts cover the whole total (every person is in exactly one).
    pub must_add_up: bool,
    pub parts: Vec<Part>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Part {
    pub label: String,
    pub count: Option<Value>,
}

/// Staffing quota (biên chế): requested, assigned, kept in reserve, filled.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct StaffingInput {
    pub requested: Option<Value>,
    pub assigned: Option<Value>,
    pub reserve: Option<Value>,
    pub filled: Option<Value>,
}

/// Party growth and coverage.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct GrowthInput {
    pub members_from: Option<Value>,
    pub members_to: Option<Value>,
    pub year_from: Option<Value>,
    pub year_to: Option<Value>,
    pub admitted: Option<Value>,
    pub population: Option<Value>,
    pub units_covered: Option<Value>,
    pub units_total: Option<Value>,
}

/// Rotation counts by direction.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RotationInput {
    pub down: Option<Value>,
    pub up: Option<Value>,
    pub across: Option<Value>,
}

/// Reads the counts of a worksheet, collecting the errors.
struct Reader {
    errors: Vec<InputError>,
    lang: Lang,
    /// A field holds a value that is not a count (not only a missing one).
    invalid: bool,
}

impl Reader {
    /// A whole number ≥ 0; `required` says whether absence is an error.
    fn count(&mut self, field: &str, value: &Option<Value>, required: bool) -> Option<f64> {
        let text = catalogue(self.lang);
        // An emptied field is a missing one.
        let value = match value {
            Some(Value::String(s)) if s.trim().is_empty() => &None,
            other => other,
        };
        match value {
            None | Some(Value::Null) => {
                if required {
                    self.errors.push(InputError {
                        field: field.to_owned(),
                        message: text.worksheet_input(None),
                    });
                }
                None
            }
            Some(v) => {
                let number = match v {
                    Value::String(s) => parse_vietnamese_number(s),
                    other => other.as_f64().ok_or(NumberError::NotACount),
                };
                match number {
                    Ok(n) if n >= 0.0 && n.fract() == 0.0 && n < 1e12 => Some(n),
                    failure => {
                        self.invalid = true;
                        let shown = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
                        let message = match failure {
                            Err(NumberError::Grouping) => text.worksheet_grouping(&shown),
                            _ => text.worksheet_input(Some(&shown)),
                        };
                        self.errors.push(InputError {
                            field: field.to_owned(),
                            message,
                        });
                        None
                    }
                }
            }
        }
    }
}

/// Why a text is not a count.
#[derive(Debug, PartialEq)]
enum NumberError {
    /// Not digits at all, a sign, or a decimal comma ("4,5").
    NotACount,
    /// Dots that do not group thousands ("1.5", "12.34"): a dot is the
    /// Vietnamese thousands separator, so "1.5" is neither 15 nor 1½.
    Grouping,
}

/// A count written the Vietnamese way: "1253", "1.253" or "1 253" (a dot or
/// a space groups thousands, three digits each); "1.5" and "4,5" are not counts.
fn parse_vietnamese_number(text: &str) -> Result<f64, NumberError> {
    let text = text.trim();
    let groups: Vec<&str> = text.split(['.', ' ', '\u{a0}']).collect();
    if text.is_empty()
        || !groups
            .iter()
            .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
    {
        let dotted_digits =
            text.contains('.') && text.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        return Err(if dotted_digits {
            NumberError::Grouping
        } else {
            NumberError::NotACount
        });
    }
    let grouped =
        groups.len() == 1 || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    if !grouped {
        return Err(NumberError::Grouping);
    }
    groups.concat().parse().map_err(|_| NumberError::NotACount)
}

fn share(part: f64, whole: f64) -> Option<f64> {
    (whole > 0.0).then(|| part / whole)
}

fn figure(key: &str, value: Option<f64>, write: impl Fn(&dyn Catalogue, Lang) -> String) -> Figure {
    Figure {
        key: key.to_owned(),
        value,
        vi: write(catalogue(Lang::Vi), Lang::Vi),
        en: write(catalogue(Lang::En), Lang::En),
    }
}

/// A finding about the counts themselves (no profile rule behind it).
fn consistency(
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

fn active_profile(context: &Context) -> Option<profile::Profile> {
    let as_of = context
        .as_of
        .as_deref()
        .and_then(|d| Date::parse(d).ok())
        .unwrap_or_else(|| Date::new(9999, 12, 31).expect("a valid date"));
    profile::select(context.profile.as_deref(), as_of, &[]).ok()
}

/// Runs a worksheet.
pub fn run(sheet: &Sheet, lang: Lang) -> SheetResult {
    let mut reader = Reader {
        errors: Vec::new(),
        lang,
        invalid: false,
    };
    let (kind, figures, findings) = match sheet {
        Sheet::Body(input) => body(input, &mut reader, lang),
        Sheet::KeyTitles(input) => key_titles(input, &mut reader, lang),
        Sheet::Composition(input) => composition(input, &mut reader, lang),
        Sheet::Staffing(input) => staffing(input, &mut reader, lang),
        Sheet::Growth(input) => growth(input, &mut reader, lang),
        Sheet::Rotation(input) => rotation(input, &mut reader),
    };
    // A value that is not a count leaves no figure standing: a result
    // computed without it would read as the answer for what the field shows.
    let (figures, findings) = if reader.invalid {
        (Vec::new(), Vec::new())
    } else {
        (figures, findings)
    };
    SheetResult {
        kind,
        figures,
        findings,
        errors: reader.errors,
    }
}

fn body(
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
    let standing = input.body.as_deref() == Some("standing");
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

fn key_titles(
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

fn composition(
    input: &CompositionInput,
    r: &mut Reader,
    lang: Lang,
) -> (&'static str, Vec<Figure>, Vec<Finding>) {
    let total = r.count("total", &input.total, true);
    let decimals = input.decimals.unwrap_or(1).min(3);
    let mut figures = Vec::new();
    let mut findings = Vec::new();
    for (g, group) in input.groups.iter().enumerate() {
        let mut sum = 0.0;
        let mut complete = true;
        for (p, part) in group.parts.iter().enumerate() {
            let Some(count) = r.count(&format!("groups[{g}].parts[{p}].count"), &part.count, false)
            else {
                complete = false;
                continue;
            };
            sum += count;
            let s = total.and_then(|t| share(count, t));
            let label = part.label.clone();
            figures.push(figure(
                &format!("{}:{}", group.name, part.label),
                s,
                |t, lang| {
                    t.sheet_part(
                        &label,
                        count,
                        s.map(|s| format!("{}%", number(s * 100.0, decimals, lang))),
                    )
                },
            ));
            if let Some(total) = total.filter(|t| count > *t) {
                let label = part.label.clone();
                findings.push(consistency(
                    "part-exceeds-total",
                    Severity::Error,
                    json!(count),
                    json!(total),
                    lang,
                    |t| t.sheet_part_exceeds(&label, count, total),
                ));
            }
        }
        if let Some(total) = total {
            if group.must_add_up && complete && (sum - total).abs() > 0.5 {
                let name = group.name.clone();
                findings.push(consistency(
                    "parts-do-not-add-up",
                    Severity::Warning,
                    json!(sum),
                    json!(total),
                    lang,
                    |t| t.sheet_parts_sum(&name, sum, total),
                ));
            }
        }
    }
    ("composition", figures, findings)
}

fn staffing(
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

fn growth(
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

fn rotation(input: &RotationInput, r: &mut Reader) -> (&'static str, Vec<Figure>, Vec<Finding>) {
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
