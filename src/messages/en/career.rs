//! English text of findings on retirement, congress candidacy, appointment, discipline
//! and rotation ([`CareerWords`]).

use super::words::{discipline_name, has_service_left, retirement_and_need, service_left, En, L};
use crate::date::{Date, YearMonth};
use crate::format::number;
use crate::messages::catalogue::CareerWords;
use crate::model::{Candidacy, DisciplineLevel};

impl CareerWords for En {
    fn cutoff_kind(&self, candidacy: &str, sex: crate::model::Sex, at_60: bool) -> String {
        let who = match (sex, at_60) {
            (crate::model::Sex::Male, _) => "men",
            (crate::model::Sex::Female, false) => "women",
            (crate::model::Sex::Female, true) => "women allowed to retire at 60",
        };
        format!("{candidacy} — {who}")
    }

    fn retirement_passed(
        &self,
        person: &str,
        retired: Date,
        months: i32,
        as_of: Date,
        decided: bool,
    ) -> String {
        let basis = if decided {
            "by the decided retirement date entered"
        } else {
            "by the NĐ 135/2020 retirement-age roadmap"
        };
        format!(
            "{person} is past retirement age: retirement fell on {} ({basis}), {} months before the review date {}, yet the person still holds a title; check the retirement or enter the decided retirement date",
            retired.to_english(),
            number(f64::from(months), 0, L),
            as_of.to_english()
        )
    }

    fn retirement_date_late(
        &self,
        person: &str,
        decided: YearMonth,
        age_months: i32,
        cap_years: f64,
    ) -> String {
        format!(
            "{person} has a decided retirement date of {}, at the age of {} years {} months, above the cap of {} years for later retirement",
            decided.to_english(),
            age_months.div_euclid(12),
            age_months.rem_euclid(12),
            number(cap_years, 0, L)
        )
    }

    fn retirement_date_early(
        &self,
        person: &str,
        decided: YearMonth,
        roadmap: YearMonth,
        months: i32,
        limit: f64,
    ) -> String {
        format!(
            "{person} has a decided retirement date of {}, {} months before the roadmap ({}); early retirement is usually at most {} months earlier: check the decision",
            decided.to_english(),
            number(f64::from(months), 0, L),
            roadmap.to_english(),
            number(limit, 0, L)
        )
    }

    fn congress_not_checked(&self, profile: &str) -> String {
        format!(
            "Congress ages were not checked under {profile}: nobody is marked as standing for the first time or for re-election (the \"Candidacy\" column), so its age rules were not applied"
        )
    }

    fn congress_age(
        &self,
        person: &str,
        candidacy: Candidacy,
        deputy: bool,
        left: i32,
        required: f64,
        reference: YearMonth,
        retires: YearMonth,
    ) -> String {
        let reference = reference.to_english();
        let retires = retires.to_english();
        let kind = match (candidacy, deputy) {
            (Candidacy::First, _) => "first time",
            (Candidacy::Reelection, true) => "re-election as provincial deputy secretary",
            (Candidacy::Reelection, false) => "re-election",
        };
        format!(
            "{person} ({kind}) {} at the congress month {reference} {}",
            has_service_left(left),
            retirement_and_need(left, &retires, &number(required, 0, L))
        )
    }

    fn appointment_age(
        &self,
        person: &str,
        title: &str,
        left: i32,
        required: f64,
        dossier: Date,
        retires: YearMonth,
    ) -> String {
        let dossier = dossier.to_english();
        let retires = retires.to_english();
        format!(
            "{person}, proposed for {title}: {} at the dossier date {dossier} {}",
            service_left(left),
            retirement_and_need(left, &retires, &number(required, 0, L))
        )
    }

    fn tenure_unknown(&self, person: &str) -> String {
        format!("{person}: the date the current post was taken (postSince) is missing, so the time in post is not checked")
    }

    fn appointment_tenure(
        &self,
        person: &str,
        months: i32,
        required: f64,
        since: Date,
        dossier: Date,
    ) -> String {
        let since = since.to_english();
        let dossier = dossier.to_english();
        format!(
            "{person} has held the current post from {since} to {dossier}: {} months, fewer than {}",
            number(f64::from(months), 0, L),
            number(required, 0, L)
        )
    }

    fn appointment_not_planned(&self, person: &str, title: &str, outside: bool) -> String {
        if outside {
            format!("{person} (from outside the unit) is not planned for a title equivalent to or higher than {title}")
        } else {
            format!("{person} is not planned for {title} or an equivalent or higher title")
        }
    }

    fn discipline_wait(
        &self,
        person: &str,
        level: DisciplineLevel,
        date: Date,
        months: i32,
        required: f64,
        at: Date,
        appointment: bool,
    ) -> String {
        let date = date.to_english();
        let at = at.to_english();
        let purpose = if appointment {
            "appointment"
        } else {
            "planning"
        };
        format!(
            "{person} received {} on {date}: {} months by {at}, fewer than the {} required before {purpose} to a higher post",
            discipline_name(level),
            number(f64::from(months), 0, L),
            number(required, 0, L)
        )
    }

    fn rotation_age(
        &self,
        person: &str,
        left: i32,
        required: f64,
        date: Date,
        retires: YearMonth,
    ) -> String {
        let date = date.to_english();
        let retires = retires.to_english();
        format!(
            "{person}, rotated on {date}: {} {}",
            service_left(left),
            retirement_and_need(left, &retires, &number(required, 0, L))
        )
    }
}
