//! Composition targets ("phấn đấu"), raised as warnings: young, women and
//! ethnic-minority shares among the planned, the state programme for women
//! (QĐ 2282/QĐ-TTg), women in the standing committee and the three age bands
//! of a congress directive.
//!
//! Each is checked on the scopes the rule names: "unit" (everyone planned)
//! and each group with titles (those planned for a title of the group).

use serde_json::json;

use super::finding::{subject, Context, Finding};
use super::subject::Subject;
use crate::cohort::Cohort;
use crate::model::Group;
use crate::profile::{code, Rule};

/// A scope: its key ("unit" or a group id), cohort and subject.
struct Scope<'a> {
    key: &'static str,
    group: Option<Group>,
    cohort: &'a Cohort,
    subject: Subject,
    /// The unit or level of the scope, in a dataset with units.
    within: Option<crate::units::rules::UnitScope>,
}

fn scopes<'a>(ctx: &'a Context) -> Vec<Scope<'a>> {
    let mut out = Vec::new();

    if ctx.rollup.is_some() {
        for (within, key) in crate::units::rules::scopes(ctx) {
            let Some(cohort) = crate::units::rules::cohort(ctx, &within, &key) else {
                continue;
            };
            out.push(Scope {
                key: within.group.map_or("unit", Group::id),
                group: within.group,
                cohort,
                subject: within.subject.clone(),
                within: Some(within),
            });
        }
        return out;
    }
    if let Some(cohort) = ctx.cohorts.get("planned") {
        out.push(Scope {
            key: "unit",
            group: None,
            cohort,
            subject: ctx.unit_subject(),
            within: None,
        });
    }
    for g in ctx.groups {
        if let Some(cohort) = ctx.cohorts.get(&format!("planned:{}", g.group.id())) {
            let id = g.group.id();
            out.push(Scope {
                key: id,
                group: Some(g.group),
                cohort,
                subject: subject("group", id.to_owned()),
                within: None,
            });
        }
    }
    out
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let scopes = scopes(ctx);
    let year = ctx.reading.dataset.as_of.year();

    let bands = match ctx.profile.rule(code::AGE_BANDS) {
        Some(rule) if ctx.rollup.is_some() => crate::units::rules::age_band_counts(
            ctx,
            rule.number("youngUnder").unwrap_or(40.0),
            rule.number("middleTo").unwrap_or(50.0),
        ),
        _ => Vec::new(),
    };
    for scope in scopes.iter().filter(|s| s.cohort.count > 0) {
        let start = out.len();
        check_scope(ctx, scope, year, &bands, out);
        if let Some(within) = &scope.within {
            for f in &mut out[start..] {
                f.unit.clone_from(&within.unit);
                f.level = within.level;
                let (vi, en) = (
                    crate::messages::catalogue(crate::messages::Lang::Vi),
                    crate::messages::catalogue(crate::messages::Lang::En),
                );
                f.messages = super::finding::Messages {
                    vi: vi.in_scope(&within.label(vi), &f.messages.vi),
                    en: en.in_scope(&within.label(en), &f.messages.en),
                };
                f.message = f.messages.get(ctx.lang).to_owned();
            }
        }
    }
}

fn check_scope(
    ctx: &Context,
    scope: &Scope,
    year: i32,
    bands: &[[(u32, u32, u32); 6]],
    out: &mut Vec<Finding>,
) {
    {
        let c = scope.cohort;
        let label = |t: &dyn crate::messages::Catalogue| t.scope_label(&scope.subject);
        if let Some((rule, target)) = target(ctx, code::YOUNG_SHARE, scope, |r| r.number("target"))
        {
            let (count, share) = (c.young.count, c.young.share.unwrap_or(0.0));
            if share < target {
                out.push(ctx.finding(
                    rule,
                    scope.subject.clone(),
                    json!(share),
                    json!(target),
                    |t| t.young_share(&label(t), count, c.count, share, target, c.young.under),
                ));
            }
        }
        if let Some((rule, target)) = target(ctx, code::WOMEN_SHARE, scope, |r| r.number("target"))
        {
            let share = c.women.share.unwrap_or(0.0);
            if share < target {
                out.push(ctx.finding(
                    rule,
                    scope.subject.clone(),
                    json!(share),
                    json!(target),
                    |t| t.women_share(&label(t), c.women.count, c.count, share, target),
                ));
            }
        }
        if let Some((rule, target)) = target(ctx, code::ETHNIC_SHARE, scope, |r| r.number("target"))
        {
            let share = c.ethnic_minority.share.unwrap_or(0.0);
            if share < target {
                out.push(ctx.finding(
                    rule,
                    scope.subject.clone(),
                    json!(share),
                    json!(target),
                    |t| t.ethnic_share(&label(t), c.ethnic_minority.count, c.count, share, target),
                ));
            }
        }
        // The programme aims at 40 % by 2025 and 50 % by 2030: the 2030 aim
        // applies from 2026 on.
        let programme_target = |r: &Rule| {
            r.number(if year <= 2025 {
                "target2025"
            } else {
                "target2030"
            })
        };
        if let Some((rule, target)) = target(ctx, code::WOMEN_PROGRAMME, scope, programme_target) {
            let share = c.women.share.unwrap_or(0.0);
            if share < target {
                let by = if year <= 2025 { 2025 } else { 2030 };
                out.push(ctx.finding(
                    rule,
                    scope.subject.clone(),
                    json!(share),
                    json!(target),
                    |t| t.women_programme(&label(t), c.women.count, c.count, share, target, by),
                ));
            }
        }
        if let Some(rule) = ctx
            .profile
            .rule(code::AGE_BANDS)
            .filter(|r| r.applies_to(scope.key))
        {
            let counted = scope.within.as_ref().and_then(|w| {
                bands
                    .get(w.bucket)
                    .map(|b| b[scope.group.map_or(0, |g| 1 + g as usize)])
            });
            age_bands(ctx, rule, scope, counted, out);
        }
        if scope.group == Some(Group::Standing) {
            standing_women(ctx, scope, out);
        }
    }
}

/// The enabled rule `code` with its target, when it applies to the scope.
fn target<'r>(
    ctx: &'r Context,
    code: &str,
    scope: &Scope,
    pick: impl Fn(&Rule) -> Option<f64>,
) -> Option<(&'r Rule, f64)> {
    let rule = ctx.profile.rule(code).filter(|r| r.applies_to(scope.key))?;
    pick(rule).map(|target| (rule, target))
}

/// Chỉ thị 35 / HD 26: at least one woman in the standing committee.
fn standing_women(ctx: &Context, scope: &Scope, out: &mut Vec<Finding>) {
    let Some(rule) = ctx.profile.rule(code::STANDING_WOMEN) else {
        return;
    };
    let min = rule.number("min").unwrap_or(1.0);
    let women = scope.cohort.women.count;
    if f64::from(women) < min {
        out.push(
            ctx.finding(rule, scope.subject.clone(), json!(women), json!(min), |t| {
                t.standing_women(women, min)
            }),
        );
    }
}

/// Three age bands of a congress directive: under `youngUnder` at least
/// `youngMin`; from `youngUnder` to `middleTo` between `middleMin` and
/// `middleMax`; the rest older. Ages are completed years at the review date.
fn age_bands(
    ctx: &Context,
    rule: &Rule,
    scope: &Scope,
    counted: Option<(u32, u32, u32)>,
    out: &mut Vec<Finding>,
) {
    let young_under = rule.number("youngUnder").unwrap_or(40.0);
    let middle_to = rule.number("middleTo").unwrap_or(50.0);
    // Counted by unit and level, or over everyone planned (by the tally).
    let (young, middle, total) = counted.unwrap_or_else(|| ctx.tally.bands(scope.group));
    if total == 0 {
        return;
    }
    let share = |n: u32| f64::from(n) / f64::from(total);
    let bands = [
        ("young", young, rule.number("youngMin"), None),
        (
            "middle",
            middle,
            rule.number("middleMin"),
            rule.number("middleMax"),
        ),
    ];
    for (band, count, min, max) in bands {
        let s = share(count);
        let (limit, below) = match (min, max) {
            (Some(min), _) if s < min => (min, true),
            (_, Some(max)) if s > max => (max, false),
            _ => continue,
        };
        out.push(
            ctx.finding(rule, scope.subject.clone(), json!(s), json!(limit), |t| {
                t.age_band(
                    &t.scope_label(&scope.subject),
                    band,
                    young_under,
                    middle_to,
                    count,
                    total,
                    s,
                    limit,
                    below,
                )
            }),
        );
    }
}
