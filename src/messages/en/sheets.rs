//! English text of the worksheets' figures and input errors ([`SheetWords`]).

use super::words::{En, L};
use crate::format::number;
use crate::messages::catalogue::SheetWords;

impl SheetWords for En {
    fn worksheet_input(&self, shown: Option<&str>) -> String {
        match shown {
            None => "a number is needed".to_owned(),
            Some(v) => format!("\"{v}\" is not a whole number ≥ 0"),
        }
    }

    fn worksheet_grouping(&self, shown: &str) -> String {
        format!("\"{shown}\": a dot only groups thousands in Vietnamese numbers (1.253), three digits each; a count is a whole number")
    }

    fn sheet_multiple(
        &self,
        pairs: f64,
        seats: f64,
        multiple: Option<String>,
        standing: bool,
    ) -> String {
        let body = if standing {
            "standing committee"
        } else {
            "committee"
        };
        match multiple {
            Some(m) => format!("{} person–title pairs planned for the {body}: {m} times its {} seats", c(pairs), c(seats)),
            None => format!("{} person–title pairs planned for the {body}; its seats are needed for the multiple", c(pairs)),
        }
    }

    fn sheet_share(&self, key: &str, count: f64, share: Option<String>) -> String {
        let label = match key {
            "women" => "Women",
            "young" => "Young",
            _ => "Ethnic minority",
        };
        self.sheet_part(label, count, share)
    }

    fn sheet_per_title(&self, pairs: f64, titles: f64, multiple: Option<String>) -> String {
        match multiple {
            Some(m) => format!(
                "Key titles: {m} planned per title ({} pairs for {} titles)",
                c(pairs),
                c(titles)
            ),
            None => format!("{} pairs planned; the number of titles is needed", c(pairs)),
        }
    }

    fn sheet_per_seat(&self, pairs: f64, seats: f64, multiple: Option<String>) -> String {
        match multiple {
            Some(m) => format!(
                "Key titles: {m} times the number of seats ({} pairs for {} seats)",
                c(pairs),
                c(seats)
            ),
            None => format!("{} pairs planned; the number of seats is needed", c(pairs)),
        }
    }

    fn sheet_part(&self, label: &str, count: f64, share: Option<String>) -> String {
        format!(
            "{label} {} = {}",
            c(count),
            share.unwrap_or_else(|| "—".to_owned())
        )
    }

    fn sheet_part_exceeds(&self, label: &str, count: f64, total: f64) -> String {
        if label.is_empty() {
            format!("{} is more than the total of {}", c(count), c(total))
        } else {
            format!(
                "{label} {} is more than the total of {}",
                c(count),
                c(total)
            )
        }
    }

    fn sheet_parts_sum(&self, group: &str, sum: f64, total: f64) -> String {
        format!(
            "{group}: the parts add up to {}, not the total of {} ({} apart)",
            c(sum),
            c(total),
            c((total - sum).abs())
        )
    }

    fn sheet_staffing(&self, key: &str, value: f64, share: Option<String>) -> String {
        let share = share.unwrap_or_else(|| "—".to_owned());
        match key {
            "gap" => format!("Requested minus assigned: {} posts", c(value)),
            "assigned" => format!("Assigned {} posts = {share} of the request", c(value)),
            "reserve" => format!("Reserve {} posts = {share} of the request", c(value)),
            "filled" => format!("Filled {} posts = {share} of the quota", c(value)),
            _ => format!("Party members {} = {share} of the population", c(value)),
        }
    }

    fn sheet_quota_exceeds(&self, assigned: f64, reserve: f64, requested: f64) -> String {
        format!(
            "Assigned {} plus reserve {} exceed the request of {}",
            c(assigned),
            c(reserve),
            c(requested)
        )
    }

    fn sheet_filled_exceeds(&self, filled: f64, assigned: f64) -> String {
        format!(
            "Filled posts {} exceed the assigned quota of {}",
            c(filled),
            c(assigned)
        )
    }

    fn sheet_growth(&self, from: f64, to: f64, share: Option<String>) -> String {
        let diff = to - from;
        let verb = if diff >= 0.0 { "up" } else { "down" };
        format!(
            "Party members from {} to {}: {verb} {} = {}",
            c(from),
            c(to),
            c(diff.abs()),
            share.unwrap_or_else(|| "—".to_owned())
        )
    }

    fn sheet_per_year(&self, kind: &str, per_year: f64, years: f64) -> String {
        if kind == "admitted" {
            format!(
                "On average {} members admitted a year ({} years)",
                number(per_year, 1, L),
                c(years)
            )
        } else {
            format!(
                "On average {} more members a year ({} years)",
                number(per_year, 1, L),
                c(years)
            )
        }
    }

    fn sheet_coverage(&self, covered: f64, total: f64, share: Option<String>) -> String {
        format!(
            "{}/{} = {}",
            c(covered),
            c(total),
            share.unwrap_or_else(|| "—".to_owned())
        )
    }

    fn sheet_rotation(&self, key: &str, count: f64, share: Option<String>) -> String {
        let share = share.unwrap_or_else(|| "—".to_owned());
        match key {
            "total" => format!("Rotations in all: {}", c(count)),
            "down" => format!("From above (down) {} = {share}", c(count)),
            "up" => format!("From below (up) {} = {share}", c(count)),
            _ => format!("Across {} = {share}", c(count)),
        }
    }
}

/// A count written for readers.
fn c(value: f64) -> String {
    number(value, 0, L)
}
