//! English text of findings on the composition of a body — women, young people,
//! ethnic minorities, age bands ([`CompositionWords`]).

use super::words::{En, L};
use crate::format::{number, percent};
use crate::messages::catalogue::CompositionWords;

impl CompositionWords for En {
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
            "Young people (under {under}) in {scope}: {count}/{total} = {}, below the target of {}",
            percent(share, L),
            percent(target, L)
        )
    }

    fn women_share(&self, scope: &str, count: u32, total: u32, share: f64, target: f64) -> String {
        format!(
            "Women in {scope}: {count}/{total} = {}, below the target of {}",
            percent(share, L),
            percent(target, L)
        )
    }

    fn ethnic_share(&self, scope: &str, count: u32, total: u32, share: f64, target: f64) -> String {
        format!(
            "Ethnic minority in {scope}: {count}/{total} = {}, below the level of {}",
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
            "Women in {scope}: {count}/{total} = {}, below the {by} aim of {} of programme QĐ 2282/QĐ-TTg",
            percent(share, L),
            percent(target, L)
        )
    }

    fn standing_women(&self, count: u32, min: f64) -> String {
        format!(
            "Standing-committee planning has {count} women; at least {} needed",
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
            format!("under {}", number(young_under, 0, L))
        } else {
            format!(
                "aged {} to {}",
                number(young_under, 0, L),
                number(middle_to, 0, L)
            )
        };
        let side = if below {
            "below the minimum of"
        } else {
            "above the maximum of"
        };
        format!(
            "People {band} in {scope}: {count}/{total} = {}, {side} {}",
            percent(share, L),
            percent(limit, L)
        )
    }
}
