//! English text of findings on planning — multiples, sizes, planned people and titles,
//! the profile in force and the unit ([`PlanningWords`]).

use super::words::{discipline_name, has_service_left, level_name, retirement_and_need, En, L};
use crate::date::{Date, YearMonth};
use crate::format::number;
use crate::messages::catalogue::some_ids;
use crate::messages::catalogue::PlanningWords;
use crate::model::{DisciplineLevel, Level};
use crate::profile::Profile;
use crate::rules::subject::Subject;

impl PlanningWords for En {
    fn rollup_sentence(&self, g: &crate::planning::GroupStats) -> String {
        use crate::model::Group;
        let n = |x: u64| number(x as f64, 0, L);
        let times = |x: Option<f64>, digits: u32| {
            x.map_or_else(|| "—".to_owned(), |x| number(x, digits, L))
        };
        match g.group {
            Group::Committee => format!(
                "{} pairs planned for the committee, {}× the current committee ({} members)",
                n(g.planned), times(g.multiple, 1), n(g.seats)
            ),
            Group::Standing => format!(
                "{} pairs planned for the standing committee, {}× the current standing committee ({} members)",
                n(g.planned), times(g.multiple, 1), n(g.seats)
            ),
            Group::Key => format!(
                "key titles: {} pairs on {} titles, {}× per title",
                n(g.planned), n(u64::from(g.titles)), times(g.per_title, 2)
            ),
            Group::Leader => format!(
                "leaders and managers: {} pairs on {} seats, {}×",
                n(g.planned), n(g.seats), times(g.multiple, 2)
            ),
            Group::Other => format!("other titles: {} pairs on {} seats", n(g.planned), n(g.seats)),
        }
    }

    fn group_multiple(&self, g: &crate::planning::GroupStats) -> String {
        let two = |x: f64| number(x, 2, L);
        match (g.group, g.per_title, g.multiple) {
            (crate::model::Group::Key, Some(per_title), multiple) => {
                let text = format!("{}× per title", two(per_title));
                match multiple {
                    Some(m) if g.seats != u64::from(g.titles) => {
                        format!("{text}; {}× the number of seats", two(m))
                    }
                    _ => text,
                }
            }
            (_, _, Some(m)) => format!("{}×", two(m)),
            _ => "—".to_owned(),
        }
    }

    fn profile_not_in_force(&self, profile: &Profile, as_of: Date) -> String {
        format!("The review date {} is outside the period of {} (from {}); results are for reference only", as_of.to_english(), profile.name, profile.effective_from.to_english())
    }

    fn scope_label(&self, scope: &Subject) -> String {
        use crate::schema::{Group, Vocabulary};
        // A group's scope by its group (every group worded); anything else is the whole unit.
        let group = (scope.kind == "group")
            .then(|| scope.id.as_deref().and_then(Group::from_id))
            .flatten();
        match group {
            Some(group) => match group {
                Group::Committee => "committee planning",
                Group::Standing => "standing-committee planning",
                Group::Key => "key-title planning",
                Group::Leader => "leadership planning",
                Group::Other => "other planning",
            },
            None => "all planned people",
        }
        .to_owned()
    }

    fn standing_size(&self, standing: u64, committee: u64, limit: f64) -> String {
        format!(
            "The standing committee has {} seats, more than a third of the committee's {} ({})",
            number(standing as f64, 0, L),
            number(committee as f64, 0, L),
            number(limit, 2, L)
        )
    }

    fn planned_per_title(&self, title: &str, planned: u32, limit: f64) -> String {
        format!(
            "{title} has {} people planned, above the maximum of {}",
            number(f64::from(planned), 0, L),
            number(limit, 2, L)
        )
    }

    fn title_unplanned(&self, title: &str, seats: u32) -> String {
        format!(
            "{title} has {} seat(s) and nobody planned",
            number(f64::from(seats), 0, L)
        )
    }

    fn titles_per_person(&self, person: &str, count: usize, max: f64) -> String {
        format!(
            "{person} is planned for {count} titles, above the maximum of {}",
            number(max, 2, L)
        )
    }

    fn planning_age(
        &self,
        person: &str,
        left: i32,
        required: f64,
        at: YearMonth,
        retires: YearMonth,
    ) -> String {
        let at = at.to_english();
        let retires = retires.to_english();
        format!(
            "{person} {} at {at} {}",
            has_service_left(left),
            retirement_and_need(left, &retires, &number(required, 2, L))
        )
    }

    fn planned_same_title(&self, person: &str, title: &str) -> String {
        format!("{person} is planned for {title}, a title they already hold")
    }

    fn planned_not_higher(
        &self,
        person: &str,
        planned: &str,
        planned_rank: i64,
        held: &str,
        held_rank: i64,
        body: bool,
    ) -> String {
        let ladder = if body {
            "compared with the bodies the person already sits on"
        } else {
            "compared with the posts held (seats on the committee or standing committee are compared separately and are not rungs of the post ladder)"
        };
        format!(
            "{person} is planned for {planned}, which is not higher than {held}, held now: by the ranks in the titles list, {planned} is rank {planned_rank} and {held} rank {held_rank} (a smaller rank is higher), {ladder}; QĐ 377 plans only for a higher title. If the ranks are wrong, correct the title's \"Rank\""
        )
    }

    fn unit_formed(&self, formed: Date) -> String {
        format!(
            "The unit was formed on {} and has no approved planning yet: this is a notice, not a breach; the planning of the former units is kept as history",
            formed.to_english()
        )
    }

    fn discipline_period(
        &self,
        person: &str,
        level: DisciplineLevel,
        date: Date,
        end: Option<Date>,
        at: Date,
    ) -> String {
        match end {
            Some(end) => format!(
                "{person} received {} on {}; its period runs to {} and had not ended on {}: planning to a higher title needs the period to have ended",
                discipline_name(level),
                date.to_english(),
                end.to_english(),
                at.to_english()
            ),
            None => format!(
                "{person} received {} on {} and is planned for a higher title; the end of the disciplinary period is not entered (the \"Discipline ends\" column), so it could not be checked",
                discipline_name(level),
                date.to_english()
            ),
        }
    }

    fn no_reference_month(&self, level: Level, ids: &[String]) -> String {
        format!(
            "The profile has no congress month for the {} level; the age of {} candidates ({}) is not checked. Set the month in a custom profile",
            level_name(level),
            ids.len(),
            some_ids(ids)
        )
    }
}
