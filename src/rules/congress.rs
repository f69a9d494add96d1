//! Congress age checks (Chỉ thị 45-CT/TW for 2025–2030, Chỉ thị 35-CT/TW for
//! 2020–2025): months of working time left at the congress month of the
//! unit's level, by candidacy, and the birth cut-off months they imply.

use serde::Serialize;
use serde_json::{json, Value};

use super::finding::{subject, Context, Finding, PersonFindings};
use crate::age::months_between;
use crate::date::{PartialDate, Precision, YearMonth};
use crate::lang::Lang;
use crate::messages::{catalogue, label};
use crate::model::{Candidacy, CandidacyFor, Level, Person};
use crate::profile::{code, Profile, Rule};
use crate::report::facts::Facts;
use crate::retirement::{retirement, Sex};
use crate::schema::Vocabulary;

/// The reference month of a candidate: the congress month of the unit's
/// level, or the People's Council and Committee month for government posts.
pub fn reference_month(
    rule: &Rule,
    level: Level,
    candidacy_for: CandidacyFor,
) -> Option<YearMonth> {
    let key = match candidacy_for {
        CandidacyFor::Government => "government",
        _ => level.id(),
    };
    rule.object("reference")?
        .get(key)?
        .as_str()
        .and_then(|m| PartialDate::parse(m).ok())
        .filter(|d| d.precision() == Precision::Month)
        .map(|d| d.date().year_month())
}

/// The months a candidate needs, and the rule that sets them.
fn required<'r>(
    ctx: &'r Context,
    age_rule: &'r Rule,
    person: &Person,
    candidacy: Candidacy,
) -> (&'r Rule, f64) {
    let deputy = ctx.profile.rule(code::CONGRESS_DEPUTY_SECRETARY);
    match (candidacy, person.candidacy_for, deputy) {
        (Candidacy::First, _, _) => (age_rule, age_rule.number("first").unwrap_or(60.0)),
        (Candidacy::Reelection, CandidacyFor::DeputySecretary, Some(rule)) => {
            (rule, rule.number("months").unwrap_or(42.0))
        }
        (Candidacy::Reelection, _, _) => (age_rule, age_rule.number("reelection").unwrap_or(48.0)),
    }
}

/// Congress ages: each candidate's finding (made by [`person`]), then the
/// candidates whose congress month the profile does not give; or, when
/// nobody stands, a note that the ages were not checked.
pub fn check(ctx: &Context, people: &[(&Person, &PersonFindings)], out: &mut Vec<Finding>) {
    let Some(age_rule) = ctx.profile.rule(code::CONGRESS_AGE) else {
        return;
    };
    let dataset = &ctx.reading.dataset;
    if ctx.tally.candidates() == 0 {
        if let Some(rule) = ctx.profile.rule(code::CONGRESS_NOT_CHECKED) {
            out.push(
                ctx.finding(rule, ctx.unit_subject(), json!(0), Value::Null, |t| {
                    t.congress_not_checked(&ctx.profile.name)
                }),
            );
        }
        return;
    }
    out.extend(
        people
            .iter()
            .flat_map(|(_, p)| p.part(PersonFindings::CONGRESS))
            .cloned(),
    );
    let unmeasured: Vec<String> = people
        .iter()
        .filter(|(_, f)| f.unmeasured)
        .map(|(p, _)| p.id.clone())
        .collect();
    if !unmeasured.is_empty() {
        let level = dataset.unit.level;
        let mut finding = ctx.finding(
            age_rule,
            ctx.unit_subject(),
            json!(unmeasured.len()),
            Value::Null,
            |t| t.no_reference_month(level, &unmeasured),
        );
        finding.code = code::MISSING_DATA;
        finding.severity = crate::profile::Severity::Info;
        out.push(finding);
    }
}

/// One candidate's congress age finding; `false` when the profile gives no
/// congress month for them (they are listed by [`check`]).
pub fn person(ctx: &Context, person: &Person, facts: &Facts, out: &mut Vec<Finding>) -> bool {
    let Some(age_rule) = ctx.person_rules.congress_age else {
        return true;
    };
    let dataset = &ctx.reading.dataset;
    let Some(candidacy) = person.candidacy else {
        return true;
    };
    let Some(reference) = reference_month(age_rule, dataset.unit.level, person.candidacy_for)
    else {
        return false;
    };
    let (rule, months) = required(ctx, age_rule, person, candidacy);
    let left = months_between(reference, facts.retirement);
    if f64::from(left) < months {
        let name = label(&person.id, person.name.as_deref());
        let deputy = rule.code == code::CONGRESS_DEPUTY_SECRETARY;
        out.push(ctx.finding(
            rule,
            subject("person", person.id.clone()),
            json!(left),
            json!(months),
            |t| {
                t.congress_age(
                    &name,
                    candidacy,
                    deputy,
                    left,
                    months,
                    reference,
                    facts.retirement,
                )
            },
        ));
    }
    true
}

/// A birth cut-off: candidates of this kind must be born in `born` or later.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cutoff {
    /// The reference key: a level, or "government".
    pub reference: String,
    /// The congress month, "YYYY-MM".
    pub month: String,
    /// "first", "reelection" or "deputy-secretary".
    pub candidacy: &'static str,
    pub sex: &'static str,
    pub retire_at60: bool,
    /// Months of working time required at `month`.
    pub months: f64,
    /// The earliest birth month that qualifies, "YYYY-MM".
    pub born: String,
    /// The kind in words: "Tái cử — nữ được nghỉ hưu ở tuổi 60".
    pub label: String,
    /// The reference in words: the level's label, or "HĐND, UBND".
    pub reference_label: String,
}

/// The birth cut-offs that follow from a profile's congress rules, for every
/// reference month, candidacy and sex (and women allowed to retire at 60).
pub fn cutoffs(profile: &Profile, lang: Lang) -> Vec<Cutoff> {
    let Some(rule) = profile.rule(code::CONGRESS_AGE) else {
        return Vec::new();
    };
    let Some(references) = rule.object("reference") else {
        return Vec::new();
    };
    let deputy = profile
        .rule(code::CONGRESS_DEPUTY_SECRETARY)
        .and_then(|r| r.number("months"));
    let mut out = Vec::new();
    for (key, month) in references {
        let Some(month) = month
            .as_str()
            .and_then(|m| PartialDate::parse(m).ok())
            .map(|d| d.date().year_month())
        else {
            continue;
        };
        let mut kinds = vec![
            (
                Candidacy::First.id(),
                Candidacy::First.label(lang),
                rule.number("first"),
            ),
            (
                Candidacy::Reelection.id(),
                Candidacy::Reelection.label(lang),
                rule.number("reelection"),
            ),
        ];
        if key == Level::Province.id() {
            kinds.push((
                CandidacyFor::DeputySecretary.id(),
                CandidacyFor::DeputySecretary.label(lang),
                deputy,
            ));
        }
        let reference_label = Level::from_id(key)
            .map(|l| l.label(lang))
            .or_else(|| CandidacyFor::from_id(key).map(|c| c.label(lang)))
            .unwrap_or(key)
            .to_owned();
        for (candidacy, candidacy_label, months) in kinds {
            let Some(months) = months else { continue };
            for (sex, at_60) in [
                (Sex::Male, false),
                (Sex::Female, false),
                (Sex::Female, true),
            ] {
                out.push(Cutoff {
                    reference: key.clone(),
                    month: month.to_string(),
                    candidacy,
                    sex: sex.id(),
                    retire_at60: at_60,
                    months,
                    born: earliest_birth(sex, at_60, month, months).to_string(),
                    label: catalogue(lang).cutoff_kind(candidacy_label, sex, at_60),
                    reference_label: reference_label.clone(),
                });
            }
        }
    }
    out
}

/// The earliest birth month from which everyone has at least `months` left at
/// `reference`. Retirement moves later with a later birth, so the months left
/// never decrease with the birth month and a downward scan finds the edge.
fn earliest_birth(sex: Sex, at_60: bool, reference: YearMonth, months: f64) -> YearMonth {
    let enough = |index: i32| {
        f64::from(months_between(
            reference,
            retirement(sex, YearMonth::from_index(index), at_60).month,
        )) >= months
    };
    let mut index = reference.index();
    // Nobody older than 100 stands; the bound keeps absurd thresholds finite.
    let floor = index - 100 * 12;
    while index > floor && enough(index - 1) {
        index -= 1;
    }
    YearMonth::from_index(index)
}
