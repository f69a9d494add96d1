//! Vietnamese text of findings on the composition of a body — women, young people,
//! ethnic minorities, age bands ([`CompositionWords`]).

use super::words::{Vi, L};
use crate::format::{number, percent};
use crate::messages::catalogue::CompositionWords;

impl CompositionWords for Vi {
    fn young_share(
        &self,
        scope: &str,
        count: u32,
        total: u32,
        share: f64,
        target: f64,
        under: u32,
    ) -> String {
        format!(
            "Tỷ lệ cán bộ trẻ (dưới {under} tuổi) trong {scope}: {count}/{total} = {}, thấp hơn mục tiêu {}",
            percent(share, L),
            percent(target, L)
        )
    }

    fn women_share(&self, scope: &str, count: u32, total: u32, share: f64, target: f64) -> String {
        format!(
            "Tỷ lệ cán bộ nữ trong {scope}: {count}/{total} = {}, thấp hơn mục tiêu {}",
            percent(share, L),
            percent(target, L)
        )
    }

    fn ethnic_share(&self, scope: &str, count: u32, total: u32, share: f64, target: f64) -> String {
        format!(
            "Tỷ lệ cán bộ người dân tộc thiểu số trong {scope}: {count}/{total} = {}, thấp hơn mức {}",
            percent(share, L),
            percent(target, L)
        )
    }

    fn women_programme(
        &self,
        scope: &str,
        count: u32,
        total: u32,
        share: f64,
        target: f64,
        by: i32,
    ) -> String {
        format!(
            "Tỷ lệ nữ trong {scope}: {count}/{total} = {}, thấp hơn mục tiêu {} đến năm {by} của chương trình QĐ 2282/QĐ-TTg",
            percent(share, L),
            percent(target, L)
        )
    }

    fn standing_women(&self, count: u32, min: f64) -> String {
        format!(
            "Quy hoạch ban thường vụ có {count} cán bộ nữ, cần ít nhất {}",
            number(min, 0, L)
        )
    }

    fn age_band(
        &self,
        scope: &str,
        band: &str,
        young_under: f64,
        middle_to: f64,
        count: u32,
        total: u32,
        share: f64,
        limit: f64,
        below: bool,
    ) -> String {
        let band = if band == "young" {
            format!("dưới {} tuổi", number(young_under, 0, L))
        } else {
            format!(
                "từ {} đến {} tuổi",
                number(young_under, 0, L),
                number(middle_to, 0, L)
            )
        };
        let side = if below {
            "thấp hơn mức tối thiểu"
        } else {
            "cao hơn mức tối đa"
        };
        format!(
            "Cán bộ {band} trong {scope}: {count}/{total} = {}, {side} {}",
            percent(share, L),
            percent(limit, L)
        )
    }
}
