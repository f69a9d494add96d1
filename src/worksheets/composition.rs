//! The composition of a body: shares of each part of a group.

use serde_json::json;

use super::figures::{consistency, figure, share};
use super::input::CompositionInput;
use super::reader::Reader;
use super::result::Figure;
use crate::format::number;
use crate::lang::Lang;
use crate::profile::Severity;
use crate::rules::Finding;

pub(super) fn composition(
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
