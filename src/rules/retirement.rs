//! Retirement checks: incumbents past their retirement date (NĐ 135/2020
//! Điều 3, or a decided date), and decided retirement dates outside the
//! bounds of later retirement (NĐ 83/2022 amended by NĐ 99/2024) or of early
//! retirement (BLLĐ 2019 Điều 169 k3): AGE-05 in regulations.md.

use serde_json::json;

use super::finding::{subject, Context, Finding, PersonFindings};
use crate::messages::Label;
use crate::model::Person;
use crate::profile::Severity;
use crate::report::facts::Facts;
use crate::retirement::Sex;

/// Each person's findings (made by [`person`]).
pub fn check(people: &[(&Person, &PersonFindings)], out: &mut Vec<Finding>) {
    out.extend(
        people
            .iter()
            .flat_map(|(_, p)| p.part(PersonFindings::RETIREMENT))
            .cloned(),
    );
}

/// One person's retirement findings.
pub fn person(ctx: &Context, person: &Person, facts: &Facts, out: &mut Vec<Finding>) {
    let dataset = &ctx.reading.dataset;
    let passed = ctx.person_rules.retirement_passed;
    let bounds = ctx.person_rules.retirement_date;
    if passed.is_none() && bounds.is_none() {
        return;
    }
    let as_of = dataset.as_of;
    {
        let name = Label::new(&person.id, person.name.as_deref());
        if let Some(rule) = passed {
            if !person.current.is_empty() && facts.retirement_date < as_of {
                let months = -facts.months_left;
                out.push(ctx.finding(
                    rule,
                    subject("person", person.id.clone()),
                    json!(facts.retirement_date.to_string()),
                    json!(as_of.to_string()),
                    |t| {
                        t.retirement_passed(
                            name.text(),
                            facts.retirement_date,
                            months,
                            as_of,
                            facts.decided,
                        )
                    },
                ));
            }
        }
        let (Some(rule), true) = (bounds, facts.decided) else {
            return;
        };
        let birth = person.birth.date().year_month();
        let age_months = facts.retirement.index() - birth.index();
        let cap_years = match person.sex {
            Sex::Male => rule.number("capMen").unwrap_or(65.0),
            Sex::Female => rule.number("capWomen").unwrap_or(60.0),
        };
        if f64::from(age_months) > cap_years * 12.0 {
            let mut f = ctx.finding(
                rule,
                subject("person", person.id.clone()),
                json!(age_months),
                json!(cap_years * 12.0),
                |t| t.retirement_date_late(name.text(), facts.retirement, age_months, cap_years),
            );
            f.field = Some("retirementDate");
            out.push(f);
            return;
        }
        let early = facts.roadmap.index() - facts.retirement.index();
        let limit = rule.number("earlyMonths").unwrap_or(60.0);
        if f64::from(early) > limit {
            let mut f = ctx.finding(
                rule,
                subject("person", person.id.clone()),
                json!(early),
                json!(limit),
                |t| {
                    t.retirement_date_early(
                        name.text(),
                        facts.retirement,
                        facts.roadmap,
                        early,
                        limit,
                    )
                },
            );
            f.severity = Severity::Warning;
            f.field = Some("retirementDate");
            out.push(f);
        }
    }
}
