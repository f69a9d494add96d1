//! English text of many units in one dataset — unit rows, levels and scopes ([`UnitWords`]).

use super::words::{level_name, row_id, En, L};
use crate::format::number;
use crate::input::problems::RowProblem;
use crate::messages::catalogue::{RowWords, UnitWords};
use crate::model::Level;

impl UnitWords for En {
    fn unit_problem(&self, p: &RowProblem, kept: bool) -> String {
        format!(
            "Unit row {}{}: {}; {}",
            p.index + 1,
            row_id(&p.id),
            self.field_reason(p.field, &self.problem(&p.problem, &p.value)),
            if kept {
                "the unit is still counted, without a parent unit"
            } else {
                "this unit, its titles and its people are not counted"
            }
        )
    }

    fn level_label(&self, level: Level) -> String {
        let name = level_name(level);
        let mut chars = name.chars();
        let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
        format!("{}{} level", first.unwrap_or_default(), chars.as_str())
    }

    fn in_scope(&self, scope: &str, sentence: &str) -> String {
        format!("{scope}: {sentence}")
    }

    fn titles_per_person_at_level(
        &self,
        person: &str,
        count: usize,
        max: f64,
        level: Level,
    ) -> String {
        format!(
            "{person} is planned for {count} titles at the {} level, above the maximum of {} at one level",
            level_name(level),
            number(max, 2, L)
        )
    }
}
