//! The rules of a dataset with units: rows of `units` that cannot be used,
//! the standing committee's size per unit, titles per person within one
//! level, the share scopes of each unit and level, and the unit of every
//! finding about a title or a person.

use std::collections::HashMap;

use serde_json::{json, Value};

use super::read::INVALID_UNIT;
use crate::messages::{Catalogue, Label};
use crate::model::{Group, Level};
use crate::profile::{code, Rule};
use crate::rules::finding::{Context, Finding};
use crate::rules::subject::Subject;

/// The label of a unit in messages: its name, or its id.
pub fn unit_label(ctx: &Context, unit: usize) -> String {
    let u = &ctx.reading.dataset.units[unit];
    u.name.clone().unwrap_or_else(|| u.id.clone())
}

/// Rows of `units` that cannot be used, or whose parent cannot be followed.
pub fn invalid_units(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(rule) = ctx.profile.rule(code::INVALID_ROW) else {
        return;
    };
    for p in &ctx.reading.unit_problems {
        let row = &p.problem;
        let mut f = Finding::of_rule(
            rule,
            Subject {
                kind: "unit",
                id: row.id.clone(),
            },
            json!(row.value),
            Value::Null,
            ctx.lang,
            |t| t.unit_problem(row, p.kept),
        );
        f.code = INVALID_UNIT;
        f.row = Some(row.index);
        f.field = (!row.field.is_empty()).then_some(row.field);
        f.unit = row.id.clone().filter(|_| p.kept);
        out.push(f);
    }
}

/// QĐ 29-QĐ/TW Điều 12 per unit: each unit's standing seats against its own
/// committee seats.
pub fn standing_size(ctx: &Context, rule: &Rule, out: &mut Vec<Finding>) {
    let Some(rollup) = ctx.rollup else { return };
    let max_share = rule.number("maxShareOfCommittee").unwrap_or(1.0 / 3.0);
    for (u, unit) in rollup.units.iter().enumerate() {
        let seats = |g: Group| {
            unit.groups
                .iter()
                .find(|s| s.group == g)
                .map_or(0, |s| s.seats)
        };
        let (committee, standing) = (seats(Group::Committee), seats(Group::Standing));
        let limit = committee as f64 * max_share;
        if committee > 0 && standing as f64 > limit + 1e-9 {
            let name = unit_label(ctx, u);
            let mut f = Finding::of_rule(
                rule,
                Subject {
                    kind: "unit",
                    id: Some(unit.id.clone()),
                },
                json!(standing),
                json!(limit),
                ctx.lang,
                |t| t.in_scope(&name, &t.standing_size(standing, committee, limit)),
            );
            f.unit = Some(unit.id.clone());
            out.push(f);
        }
    }
}

/// QĐ 377 / QĐ 50: at most `max` titles per person at one level. Returns
/// the level and the count of the person's most-planned level when above.
pub fn titles_at_one_level(ctx: &Context, planned: &[usize], max: f64) -> Option<(Level, usize)> {
    let dataset = &ctx.reading.dataset;
    let mut counts = [0usize; Level::ALL.len()];
    for &t in planned {
        if let Some(u) = dataset.titles[t].unit {
            counts[dataset.units[u].level as usize] += 1;
        }
    }
    let (i, &count) = counts.iter().enumerate().max_by_key(|(_, c)| **c)?;
    (count as f64 > max).then_some((Level::ALL[i], count))
}

/// The finding of [`titles_at_one_level`].
pub fn titles_per_person(
    ctx: &Context,
    rule: &Rule,
    who: Subject,
    name: &Label,
    level: Level,
    count: usize,
    max: f64,
) -> Finding {
    let mut f = Finding::of_rule(rule, who, json!(count), json!(max), ctx.lang, |t| {
        t.titles_per_person_at_level(name.text(), count, max, level)
    });
    f.level = Some(level);
    f
}

/// A scope of the share targets in a dataset with units: a unit or a level,
/// everyone planned there (`group` none) or those planned for one group.
pub struct UnitScope {
    /// Bucket of the roll-up: units first, then levels.
    pub bucket: usize,
    pub group: Option<Group>,
    pub subject: Subject,
    pub unit: Option<String>,
    pub level: Option<Level>,
    /// The unit's name (or id); for a level, none (its label is written in
    /// each language).
    pub name: Option<String>,
}

impl UnitScope {
    /// "Phường Hồng Gai", "Cấp xã, phường, đặc khu".
    pub fn label(&self, t: &dyn Catalogue) -> String {
        match (&self.name, self.level) {
            (Some(name), _) => name.clone(),
            (None, Some(level)) => t.level_label(level),
            (None, None) => String::new(),
        }
    }
}

/// Every unit's and level's scopes, units first, each with its planned cohort key.
pub fn scopes(ctx: &Context) -> Vec<(UnitScope, String)> {
    let Some(rollup) = ctx.rollup else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut push = |bucket,
                    groups: &[crate::planning::GroupStats],
                    unit: Option<&str>,
                    level: Option<Level>,
                    name: Option<String>| {
        let subject = |kind: &'static str, id: String| Subject { kind, id: Some(id) };
        let whole = match (unit, level) {
            (Some(id), _) => subject("unit", id.to_owned()),
            (_, Some(l)) => subject("level", l.id().to_owned()),
            _ => return,
        };
        out.push((
            UnitScope {
                bucket,
                group: None,
                subject: whole,
                unit: unit.map(str::to_owned),
                level: if unit.is_some() { None } else { level },
                name: name.clone(),
            },
            "planned".to_owned(),
        ));
        for g in groups {
            out.push((
                UnitScope {
                    bucket,
                    group: Some(g.group),
                    subject: subject("group", g.group.id().to_owned()),
                    unit: unit.map(str::to_owned),
                    level: if unit.is_some() { None } else { level },
                    name: name.clone(),
                },
                format!("planned:{}", g.group.id()),
            ));
        }
    };
    for (u, unit) in rollup.units.iter().enumerate() {
        let name = unit_label(ctx, u);
        push(u, &unit.groups, Some(&unit.id), None, Some(name));
    }
    for (l, level) in rollup.levels.iter().enumerate() {
        push(
            rollup.units.len() + l,
            &level.groups,
            None,
            Some(level.level),
            None,
        );
    }
    out
}

/// The cohort of a unit scope.
pub fn cohort<'a>(
    ctx: &'a Context,
    scope: &UnitScope,
    key: &str,
) -> Option<&'a crate::cohort::Cohort> {
    let rollup = ctx.rollup?;
    let n = rollup.units.len();
    let cohorts = if scope.bucket < n {
        &rollup.units[scope.bucket].cohorts
    } else {
        &rollup.levels.get(scope.bucket - n)?.cohorts
    };
    cohorts.get(key)
}

/// Young, middle-aged and all planned people of each bucket and scope (slot
/// 0: everyone planned there; 1 + group: those planned for that group), for
/// the three age bands of a congress directive: one pass over the people.
pub fn age_band_counts(
    ctx: &Context,
    young_under: f64,
    middle_to: f64,
) -> Vec<[(u32, u32, u32); 6]> {
    let Some(rollup) = ctx.rollup else {
        return Vec::new();
    };
    let dataset = &ctx.reading.dataset;
    let mut counts = vec![[(0u32, 0u32, 0u32); 6]; rollup.bucket_count()];
    let mut marks: Vec<(usize, usize)> = Vec::new();
    for (person, facts) in dataset.people.iter().zip(ctx.facts) {
        if person.planned.is_empty() {
            continue;
        }
        marks.clear();
        for &t in &person.planned {
            let title = &dataset.titles[t];
            let Some(u) = title.unit else { continue };
            for b in rollup.buckets(u) {
                marks.push((b, 0));
                marks.push((b, 1 + title.group as usize));
            }
        }
        marks.sort_unstable();
        marks.dedup();
        let age = f64::from(facts.age.years);
        for &(b, s) in &marks {
            let c = &mut counts[b][s];
            c.2 += 1;
            if age < young_under {
                c.0 += 1;
            } else if age <= middle_to {
                c.1 += 1;
            }
        }
    }
    counts
}

/// Gives each finding about a title or a person the unit of that title or
/// person, when the dataset has units.
pub fn tag_units(ctx: &Context, out: &mut [Finding]) {
    let dataset = &ctx.reading.dataset;
    if dataset.units.is_empty() {
        return;
    }
    let unit_id = |u: Option<usize>| u.map(|u| dataset.units[u].id.clone());
    let titles: HashMap<&str, Option<usize>> = dataset
        .titles
        .iter()
        .map(|t| (t.id.as_str(), t.unit))
        .collect();
    // The people findings name: one pass over the people finds their units
    // (a set of the few ids named, not a map of every person).
    let named: std::collections::HashSet<&str> = out
        .iter()
        .filter(|f| f.unit.is_none() && f.subject.kind == "person" && f.row.is_none())
        .filter_map(|f| f.subject.id.as_deref())
        .collect();
    let people: HashMap<&str, Option<usize>> = if named.is_empty() {
        HashMap::new()
    } else {
        dataset
            .people
            .iter()
            .filter(|p| named.contains(p.id.as_str()))
            .map(|p| (p.id.as_str(), p.unit))
            .collect()
    };
    let person_unit = |id: &str| people.get(id).copied().flatten();
    for f in out.iter_mut().filter(|f| f.unit.is_none()) {
        let Some(id) = f.subject.id.as_deref() else {
            continue;
        };
        f.unit = match f.subject.kind {
            "title" if f.code != code::INVALID_TITLE => unit_id(titles.get(id).copied().flatten()),
            "person" if f.row.is_none() => unit_id(person_unit(id)),
            _ => None,
        };
    }
}
