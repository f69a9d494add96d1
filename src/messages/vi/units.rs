//! Vietnamese text of many units in one dataset — unit rows, levels and scopes ([`UnitWords`]).

use super::words::{level_name, row_id, Vi, L};
use crate::format::number;
use crate::input::problems::RowProblem;
use crate::messages::catalogue::{RowWords, UnitWords};
use crate::model::Level;

impl UnitWords for Vi {
    fn unit_problem(&self, p: &RowProblem, kept: bool) -> String {
        format!(
            "Đơn vị dòng {}{}: {}; {}",
            p.index + 1,
            row_id(&p.id),
            self.field_reason(p.field, &self.problem(&p.problem, &p.value)),
            if kept {
                "đơn vị vẫn được tính nhưng không có đơn vị cấp trên"
            } else {
                "đơn vị này cùng chức danh và cán bộ của nó không được tính"
            }
        )
    }

    fn level_label(&self, level: Level) -> String {
        let phrase = level_phrase(level);
        let mut chars = phrase.chars();
        let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
        format!("{}{}", first.unwrap_or_default(), chars.as_str())
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
            "{person} được quy hoạch {count} chức danh ở {}, vượt mức tối đa {} chức danh ở một cấp",
            level_phrase(level),
            number(max, 2, L)
        )
    }
}

/// A level as a scope: "cấp tỉnh", "cấp trên trực tiếp cơ sở".
fn level_phrase(level: Level) -> String {
    match level {
        Level::AboveGrassroots => "cấp trên trực tiếp cơ sở".to_owned(),
        other => format!("cấp {}", level_name(other)),
    }
}
