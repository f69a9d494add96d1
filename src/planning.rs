//! Titles and groups: how many people hold and are planned for each title,
//! and the multiple of each group ("đạt 1,4 lần so với cấp ủy hiện tại").

use serde::Serialize;

use crate::model::{Group, Person, Title};

/// Planning of one title.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TitleStats {
    pub id: String,
    pub name: Option<String>,
    pub group: Group,
    pub seats: u32,
    pub rank: Option<i64>,
    /// People who hold the title now.
    pub current: u32,
    /// People planned for the title.
    pub planned: u32,
    /// planned ÷ seats; `None` when the title has no seats.
    pub planned_per_seat: Option<f64>,
    /// Women among the people planned for the title.
    pub planned_women: u32,
    /// Young people (under the profile's threshold) among them.
    pub planned_young: u32,
}

/// Planning of one group of titles.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupStats {
    pub group: Group,
    /// Number of titles in the group.
    pub titles: u32,
    /// Seats of all its titles (64 bits: a sum of user numbers of 32 bits).
    pub seats: u64,
    /// Person–title pairs (lượt) planned in the group.
    pub planned: u64,
    /// planned ÷ seats ("đạt 1,4 lần"; for key titles with one seat each,
    /// "lần trên 1 chức danh"); `None` when the group has no seats.
    pub multiple: Option<f64>,
    /// planned ÷ titles ("2,01 lần trên 1 chức danh"); `None` when the group
    /// has no titles.
    pub per_title: Option<f64>,
    /// Person–title pairs held now in the group.
    pub current: u64,
    /// Distinct people planned for a title of the group.
    pub planned_people: u32,
    /// The multiple as the articles write it, in the report's language:
    /// "1,4 lần"; for key titles "2,01 lần trên 1 chức danh" (and "… so với
    /// số vị trí" when seats differ from titles). Written by the report.
    pub text: String,
    /// For the groups of a unit or a level: the articles' sentence ("419
    /// lượt cán bộ được quy hoạch cấp ủy, đạt 1,4 lần so với cấp ủy hiện
    /// tại"). Written by the report; absent elsewhere.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sentence: String,
}

fn ratio(count: impl Into<u64>, seats: impl Into<u64>) -> Option<f64> {
    let (count, seats) = (count.into(), seats.into());
    (seats > 0).then(|| count as f64 / seats as f64)
}

/// Per-title counts, in the order of the titles.
pub fn title_stats(titles: &[Title], people: &[Person]) -> Vec<TitleStats> {
    let mut current = vec![0u32; titles.len()];
    let mut planned = vec![0u32; titles.len()];
    for person in people {
        for &t in &person.current {
            current[t] += 1;
        }
        for &t in &person.planned {
            planned[t] += 1;
        }
    }
    title_stats_of(titles, &current, &planned)
}

/// Per-title figures from the people holding (`current`) and planned for
/// (`planned`) each title, counted already (one entry per title).
pub fn title_stats_of(titles: &[Title], current: &[u32], planned: &[u32]) -> Vec<TitleStats> {
    let count = |counts: &[u32], i: usize| counts.get(i).copied().unwrap_or(0);
    titles
        .iter()
        .enumerate()
        .map(|(i, t)| TitleStats {
            id: t.id.clone(),
            name: t.name.clone(),
            group: t.group,
            seats: t.seats,
            rank: t.rank,
            current: count(current, i),
            planned: count(planned, i),
            planned_per_seat: ratio(count(planned, i), t.seats),
            planned_women: 0,
            planned_young: 0,
        })
        .collect()
}

/// Per-group counts, for every group that has at least one title.
pub fn group_stats(
    titles: &[TitleStats],
    people: &[Person],
    all_titles: &[Title],
) -> Vec<GroupStats> {
    group_stats_of(titles, |group| {
        people
            .iter()
            .filter(|p| p.planned.iter().any(|&t| all_titles[t].group == group))
            .count() as u32
    })
}

/// Per-group figures from the titles' figures and the number of distinct
/// people planned for a title of each group (`planned_people`).
pub fn group_stats_of(
    titles: &[TitleStats],
    planned_people: impl Fn(Group) -> u32,
) -> Vec<GroupStats> {
    Group::ALL
        .iter()
        .filter(|&&g| titles.iter().any(|t| t.group == g))
        .map(|&group| {
            let members = || titles.iter().filter(move |t| t.group == group);
            // Seats come from the user and may be absurdly large: summed
            // in 64 bits, which 3,000,000 titles of u32::MAX seats cannot fill.
            let seats = members().map(|t| u64::from(t.seats)).sum();
            let planned = members().map(|t| u64::from(t.planned)).sum();
            let planned_people = planned_people(group);
            let titles = members().count() as u32;
            GroupStats {
                text: String::new(),
                sentence: String::new(),
                group,
                titles,
                seats,
                planned,
                multiple: ratio(planned, seats),
                per_title: ratio(planned, titles),
                current: members().map(|t| u64::from(t.current)).sum(),
                planned_people,
            }
        })
        .collect()
}
