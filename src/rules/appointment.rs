//! Appointment, discipline and rotation checks: working time left when the
//! dossier is received (HD 06-HD/BTCTW), time in the current post (QĐ 80),
//! being planned for the title or a higher one (QĐ 377 Điều 34), waiting
//! times after discipline, and ten years left for rotation (QĐ 65).
//!
//! They run only for people whose rows carry the fields they need
//! (`appointment`, `postSince`, `discipline`, `rotationDate`).

use serde_json::{json, Value};

use super::finding::{subject, Context, Finding, PersonFindings};
use crate::age::{age_on, months_between};
use crate::date::Date;
use crate::messages::{label, Label};
use crate::model::{Appointment, DisciplineLevel, Person};
use crate::profile::{code, Severity};
use crate::report::facts::Facts;

/// Each person's findings (made by [`person`]).
pub fn check(people: &[(&Person, &PersonFindings)], out: &mut Vec<Finding>) {
    out.extend(
        people
            .iter()
            .flat_map(|(_, p)| p.part(PersonFindings::APPOINTMENT))
            .cloned(),
    );
}

/// One person's appointment, discipline and rotation findings.
pub fn person(ctx: &Context, person: &Person, facts: &Facts, out: &mut Vec<Finding>) {
    {
        let name = Label::new(&person.id, person.name.as_deref());
        if let Some(appointment) = &person.appointment {
            appointment_age(ctx, person, facts, appointment, &name, out);
            tenure(ctx, person, appointment, &name, out);
            planned_for(ctx, person, appointment, &name, out);
            discipline_appointment(ctx, person, appointment.dossier_date, &name, out);
        }
        if !person.planned.is_empty() {
            discipline_planning(ctx, person, &name, out);
        }
        rotation(ctx, person, facts, &name, out);
    }
}

/// Completed months from `from` to `to` (0 when `to` is earlier).
fn completed_months(from: Date, to: Date) -> i32 {
    age_on(from, to).map_or(0, |a| a.total_months())
}

fn title_name(ctx: &Context, index: usize) -> String {
    let title = &ctx.reading.dataset.titles[index];
    label(&title.id, title.name.as_deref())
}

fn appointment_age(
    ctx: &Context,
    person: &Person,
    facts: &Facts,
    a: &Appointment,
    name: &Label,
    out: &mut Vec<Finding>,
) {
    let Some(rule) = ctx.person_rules.appointment_age else {
        return;
    };
    let required = rule.number("months").unwrap_or(60.0);
    let left = months_between(a.dossier_date.year_month(), facts.retirement);
    if f64::from(left) < required {
        let title = title_name(ctx, a.title);
        let mut f = ctx.finding(
            rule,
            subject("person", person.id.clone()),
            json!(left),
            json!(required),
            |t| {
                t.appointment_age(
                    name.text(),
                    &title,
                    left,
                    required,
                    a.dossier_date,
                    facts.retirement,
                )
            },
        );
        f.title = Some(ctx.reading.dataset.titles[a.title].id.clone());
        out.push(f);
    }
}

fn tenure(ctx: &Context, person: &Person, a: &Appointment, name: &Label, out: &mut Vec<Finding>) {
    let Some(rule) = ctx.person_rules.appointment_tenure else {
        return;
    };
    let required = rule.number("months").unwrap_or(24.0);
    let who = subject("person", person.id.clone());
    match person.post_since {
        None => {
            let mut f = ctx.finding(rule, who, Value::Null, json!(required), |t| {
                t.tenure_unknown(name.text())
            });
            f.code = code::MISSING_DATA;
            f.severity = Severity::Info;
            f.field = Some("postSince");
            out.push(f);
        }
        Some(since) => {
            let months = completed_months(since, a.dossier_date);
            if f64::from(months) < required {
                out.push(ctx.finding(rule, who, json!(months), json!(required), |t| {
                    t.appointment_tenure(name.text(), months, required, since, a.dossier_date)
                }));
            }
        }
    }
}

/// Planned for the title itself or, by rank, an equivalent or higher one; a
/// candidate from outside needs an equivalent or higher title too.
fn planned_for(
    ctx: &Context,
    person: &Person,
    a: &Appointment,
    name: &Label,
    out: &mut Vec<Finding>,
) {
    let Some(rule) = ctx.person_rules.appointment_planned else {
        return;
    };
    let titles = &ctx.reading.dataset.titles;
    let target = &titles[a.title];
    let covered = person.planned.iter().any(|&t| {
        t == a.title || matches!((titles[t].rank, target.rank), (Some(planned), Some(wanted)) if planned <= wanted)
    });
    if !covered {
        let title = title_name(ctx, a.title);
        let mut f = ctx.finding(
            rule,
            subject("person", person.id.clone()),
            Value::Null,
            json!(target.id),
            |t| t.appointment_not_planned(name.text(), &title, a.outside),
        );
        f.title = Some(target.id.clone());
        out.push(f);
    }
}

/// QĐ 377 (PL-13b): months since each disciplinary decision at the dossier
/// date, before appointment or nomination to a higher post.
fn discipline_appointment(
    ctx: &Context,
    person: &Person,
    at: Date,
    name: &Label,
    out: &mut Vec<Finding>,
) {
    let Some(rule) = ctx.person_rules.discipline_appointment else {
        return;
    };
    for record in &person.discipline {
        let Some(required) = rule.number(record.level.id()) else {
            continue;
        };
        if record.date > at {
            continue;
        }
        let months = completed_months(record.date, at);
        if f64::from(months) < required {
            out.push(ctx.finding(
                rule,
                subject("person", person.id.clone()),
                json!(months),
                json!(required),
                |t| {
                    t.discipline_wait(
                        name.text(),
                        record.level,
                        record.date,
                        months,
                        required,
                        at,
                        true,
                    )
                },
            ));
        }
    }
}

/// Planning to a higher title at the review date. Where the rule gives
/// months for a level (QĐ 80), they are counted from the decision; where it
/// does not (QĐ 377, PL-13a), a khiển trách or cảnh cáo period must have
/// ended: its `endDate` is checked, and a missing one is asked for.
fn discipline_planning(ctx: &Context, person: &Person, name: &Label, out: &mut Vec<Finding>) {
    let Some(rule) = ctx.person_rules.discipline_planning else {
        return;
    };
    let at = ctx.reading.dataset.as_of;
    for record in &person.discipline {
        if record.date > at {
            continue;
        }
        let who = subject("person", person.id.clone());
        if let Some(required) = rule.number(record.level.id()) {
            let months = completed_months(record.date, at);
            if f64::from(months) < required {
                out.push(ctx.finding(rule, who, json!(months), json!(required), |t| {
                    t.discipline_wait(
                        name.text(),
                        record.level,
                        record.date,
                        months,
                        required,
                        at,
                        false,
                    )
                }));
            }
            continue;
        }
        if record.level == DisciplineLevel::Dismissal {
            continue;
        }
        match record.end {
            Some(end) if end > at => {
                let mut f = ctx.finding(
                    rule,
                    who,
                    json!(end.to_string()),
                    json!(at.to_string()),
                    |t| t.discipline_period(name.text(), record.level, record.date, Some(end), at),
                );
                f.field = Some("discipline.endDate");
                out.push(f);
            }
            Some(_) => {}
            None => {
                let mut f = ctx.finding(rule, who, Value::Null, Value::Null, |t| {
                    t.discipline_period(name.text(), record.level, record.date, None, at)
                });
                f.code = code::MISSING_DATA;
                f.severity = Severity::Info;
                f.field = Some("discipline.endDate");
                out.push(f);
            }
        }
    }
}

fn rotation(ctx: &Context, person: &Person, facts: &Facts, name: &Label, out: &mut Vec<Finding>) {
    let (Some(rule), Some(date)) = (ctx.person_rules.rotation_age, person.rotation_date) else {
        return;
    };
    let required = rule.number("months").unwrap_or(120.0);
    let left = months_between(date.year_month(), facts.retirement);
    if f64::from(left) < required {
        out.push(ctx.finding(
            rule,
            subject("person", person.id.clone()),
            json!(left),
            json!(required),
            |t| t.rotation_age(name.text(), left, required, date, facts.retirement),
        ));
    }
}
