//! The report an official files, as a document model that the page prints,
//! the Word export writes and the workbook's report sheets hold: the Party
//! document header (issuing body, "ĐẢNG CỘNG SẢN VIỆT NAM", number, place
//! and date), the title, the composition tables laid out like the BTCTW
//! forms (each group and a total over everyone), the groups, a table per
//! title, the short list of the people planned for each title ("danh sách
//! trích ngang"), the retirement timeline, the findings, and the closing
//! block ("Nơi nhận", "T/M BAN THƯỜNG VỤ", the signer).
//!
//! Every cell is text already formatted for the language; the renderers
//! only lay it out.

use crate::cohort::{Cohort, Share};
use crate::format::{number, percent};
use crate::lang::Lang;
use crate::messages::words::{fill, words};
pub use crate::model::ReportSettings as Settings;
use crate::model::{Dataset, Education, Group, Person, PoliticalTheory};
use crate::profile::{Confidence, Severity};
use crate::report::facts::Facts;
use crate::report::shape::Report;
use crate::schema::{unknown_label, Vocabulary};
use crate::text::fold;

pub mod shape;

pub use shape::{Closing, Filing, Header, Row, Table};

fn row(cells: Vec<String>) -> Row {
    Row { kind: "", cells }
}

fn share_cell(s: Share, lang: Lang) -> String {
    match s.share {
        Some(v) if s.count > 0 => format!(
            "{} ({})",
            number(f64::from(s.count), 0, lang),
            percent(v, lang)
        ),
        _ => number(f64::from(s.count), 0, lang),
    }
}

fn group_name(lang: Lang, group: Group) -> &'static str {
    group.label(lang)
}

/// A composition table like the BTCTW forms: criteria down; each group of
/// `kind` ("current" or "planned") and a total over everyone across.
fn composition(report: &Report, kind: &'static str, lang: Lang) -> Option<Table> {
    let w = words(lang);
    let groups: Vec<(Group, &Cohort)> = Group::ALL
        .into_iter()
        .filter(|g| g.in_forms())
        .filter_map(|g| {
            report
                .cohorts
                .get(&format!("{kind}:{}", g.id()))
                .map(|c| (g, c))
        })
        .collect();
    let total = report.cohorts.get(kind)?;
    if groups.is_empty() {
        return None;
    }
    let mut columns: Vec<&Cohort> = groups.iter().map(|(_, c)| *c).collect();
    columns.push(total);
    let mut head = vec![w.criterion.to_owned()];
    head.extend(groups.iter().map(|(g, _)| group_name(lang, *g).to_owned()));
    head.push(
        if kind == "planned" {
            w.total_planned
        } else {
            w.total_current
        }
        .to_owned(),
    );
    let line = |label: String, pick: &dyn Fn(&Cohort) -> String| {
        let mut cells = vec![label];
        cells.extend(columns.iter().map(|c| pick(c)));
        row(cells)
    };
    let section = |label: &str| Row {
        kind: "section",
        cells: vec![label.to_owned()],
    };
    let mut rows = vec![
        Row {
            kind: "total",
            ..line(w.rows_total.to_owned(), &|c| {
                number(f64::from(c.count), 0, lang)
            })
        },
        line(w.rows_women.to_owned(), &|c| share_cell(c.women, lang)),
        line(w.rows_ethnic.to_owned(), &|c| {
            share_cell(c.ethnic_minority, lang)
        }),
        line(
            fill(w.rows_young, &[("under", &total.young.under.to_string())]),
            &|c| {
                share_cell(
                    Share {
                        count: c.young.count,
                        share: c.young.share,
                    },
                    lang,
                )
            },
        ),
    ];
    for (i, label) in w.bands.iter().enumerate() {
        rows.push(line((*label).to_owned(), &|c| {
            c.bands.get(i).map_or_else(String::new, |b| {
                share_cell(
                    Share {
                        count: b.count,
                        share: b.share,
                    },
                    lang,
                )
            })
        }));
    }
    rows.push(section(w.education_title));
    for e in Education::ALL.map(Some).into_iter().chain([None]) {
        let key = e.map_or("unknown", Education::id);
        rows.push(line(education_label(lang, e).to_owned(), &|c| {
            c.education
                .get(key)
                .map_or_else(String::new, |s| share_cell(s, lang))
        }));
    }
    rows.push(section(w.theory_title));
    for t in PoliticalTheory::ALL.map(Some).into_iter().chain([None]) {
        let key = t.map_or("unknown", PoliticalTheory::id);
        rows.push(line(theory_label(lang, t).to_owned(), &|c| {
            c.political_theory
                .get(key)
                .map_or_else(String::new, |s| share_cell(s, lang))
        }));
    }
    Some(Table {
        id: kind,
        caption: if kind == "planned" {
            w.planned_caption
        } else {
            w.current_caption
        }
        .to_owned(),
        unit: Some(w.unit_people.to_owned()),
        head,
        rows,
        landscape: columns.len() > 5,
    })
}

fn ratio(value: Option<f64>, lang: Lang) -> String {
    value.map_or_else(|| "—".to_owned(), |v| number(v, 2, lang))
}

fn groups_table(report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let c = |n: u64| number(n as f64, 0, lang);
    Table {
        id: "groups",
        caption: w.groups_caption.to_owned(),
        unit: None,
        head: w.group_cols.iter().map(|s| (*s).to_owned()).collect(),
        rows: report
            .groups
            .iter()
            .map(|g| {
                row(vec![
                    group_name(lang, g.group).to_owned(),
                    c(u64::from(g.titles)),
                    c(g.seats),
                    c(g.current),
                    c(g.planned),
                    c(u64::from(g.planned_people)),
                    ratio(g.per_title, lang),
                    ratio(g.multiple, lang),
                ])
            })
            .collect(),
        landscape: false,
    }
}

fn titles_table(report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let c = |n: u32| number(f64::from(n), 0, lang);
    Table {
        id: "titles",
        caption: w.titles_caption.to_owned(),
        unit: None,
        head: w.title_cols.iter().map(|s| (*s).to_owned()).collect(),
        rows: report
            .titles
            .iter()
            .enumerate()
            .map(|(i, t)| {
                row(vec![
                    c(i as u32 + 1),
                    t.name.clone().unwrap_or_else(|| t.id.clone()),
                    c(t.seats),
                    c(t.current),
                    c(t.planned),
                    ratio(t.planned_per_seat, lang),
                    share_cell(Share::of(t.planned_women, t.planned), lang),
                    share_cell(Share::of(t.planned_young, t.planned), lang),
                ])
            })
            .collect(),
        landscape: false,
    }
}

/// The Vietnamese alphabet: ă, â, đ, ê, ô, ơ, ư are letters of their own.
const ALPHABET: &str = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
/// Each vowel with its five tones, in the order of the tones.
const VOWELS: [&str; 12] = [
    "aàáảãạ",
    "ăằắẳẵặ",
    "âầấẩẫậ",
    "eèéẻẽẹ",
    "êềếểễệ",
    "iìíỉĩị",
    "oòóỏõọ",
    "ôồốổỗộ",
    "ơờớởỡợ",
    "uùúủũụ",
    "ưừứửữự",
    "yỳýỷỹỵ",
];

/// Letters (as positions in the Vietnamese alphabet) and tones of a word.
fn letters_and_tones(text: &str) -> (Vec<u32>, Vec<u8>) {
    let mut letters = Vec::new();
    let mut tones = Vec::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let (base, tone) = VOWELS
            .iter()
            .find_map(|row| {
                row.chars()
                    .position(|v| v == c)
                    .map(|tone| (row.chars().next().unwrap_or(c), tone as u8))
            })
            .unwrap_or((c, 0));
        let letter = ALPHABET
            .chars()
            .position(|a| a == base)
            .map_or(1000 + base as u32, |p| p as u32);
        letters.push(letter);
        tones.push(tone);
    }
    (letters, tones)
}

/// The sort key of a Vietnamese full name as offices sort lists: by the
/// given name (the last word), then the rest from the family name on; by
/// letters of the Vietnamese alphabet first, tones breaking ties.
pub fn name_key(name: &str) -> (Vec<u32>, Vec<u32>, Vec<u8>, Vec<u8>, String) {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (given, rest) = match words.split_last() {
        Some((given, rest)) => (*given, rest.join(" ")),
        None => ("", String::new()),
    };
    let (given_letters, given_tones) = letters_and_tones(given);
    let (rest_letters, rest_tones) = letters_and_tones(&rest);
    (
        given_letters,
        rest_letters,
        given_tones,
        rest_tones,
        fold(name),
    )
}

fn titles_of(dataset: &Dataset, list: &[usize]) -> String {
    list.iter()
        .map(|&t| {
            let title = &dataset.titles[t];
            title.name.clone().unwrap_or_else(|| title.id.clone())
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn birth_text(person: &Person, lang: Lang) -> String {
    use crate::date::Precision;
    let d = person.birth.date();
    match (person.birth.precision(), lang) {
        (Precision::Year, _) => d.year().to_string(),
        (Precision::Month, Lang::Vi) => d.year_month().to_vietnamese(),
        (Precision::Month, Lang::En) => d.year_month().to_english(),
        (Precision::Day, Lang::Vi) => d.to_vietnamese(),
        (Precision::Day, Lang::En) => d.to_english(),
    }
}

fn education_label(lang: Lang, e: Option<Education>) -> &'static str {
    e.map_or_else(|| unknown_label(lang), |e| e.label(lang))
}

fn theory_label(lang: Lang, t: Option<PoliticalTheory>) -> &'static str {
    t.map_or_else(|| unknown_label(lang), |t| t.label(lang))
}

/// The short list of the people planned for each title, sorted by given name.
fn list_table(dataset: &Dataset, facts: &[Facts], lang: Lang) -> Table {
    let w = words(lang);
    let mut rows = Vec::new();
    for (t, title) in dataset.titles.iter().enumerate() {
        let mut people: Vec<usize> = dataset
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.planned.contains(&t))
            .map(|(i, _)| i)
            .collect();
        people.sort_by_cached_key(|&i| {
            let p = &dataset.people[i];
            name_key(p.name.as_deref().unwrap_or(&p.id))
        });
        rows.push(Row {
            kind: "section",
            cells: vec![title.name.clone().unwrap_or_else(|| title.id.clone())],
        });
        if people.is_empty() {
            rows.push(row(vec![String::new(), w.nobody.to_owned()]));
        }
        for (n, &i) in people.iter().enumerate() {
            let p = &dataset.people[i];
            let f = &facts[i];
            let left = f.months_left_at_term_start.unwrap_or(f.months_left);
            let mut months = number(f64::from(left), 0, lang);
            if f.decided {
                months.push_str(w.decided);
            }
            rows.push(row(vec![
                number(n as f64 + 1.0, 0, lang),
                p.name.clone().unwrap_or_else(|| p.id.clone()),
                birth_text(p, lang),
                p.sex.label(lang).to_owned(),
                w.ethnic[usize::from(p.ethnic_minority)].to_owned(),
                education_label(lang, p.education).to_owned(),
                theory_label(lang, p.political_theory).to_owned(),
                titles_of(dataset, &p.current),
                titles_of(dataset, &p.planned),
                months,
            ]));
        }
    }
    Table {
        id: "list",
        caption: w.list_caption.to_owned(),
        unit: None,
        head: w.list_cols.iter().map(|s| (*s).to_owned()).collect(),
        rows,
        landscape: true,
    }
}

fn timeline_table(report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let t = &report.retirements;
    let month = |m: &str| {
        crate::date::PartialDate::parse(m).map_or_else(
            |_| m.to_owned(),
            |d| match lang {
                Lang::Vi => d.date().year_month().to_vietnamese(),
                Lang::En => d.date().year_month().to_english(),
            },
        )
    };
    let from = month(&t.from);
    let mut head = vec![
        w.timeline_cols[0].to_owned(),
        w.timeline_cols[1].to_owned(),
        fill(w.timeline_cols[2], &[("from", &from)]),
    ];
    head.extend(t.years.iter().map(|y| y.to_string()));
    head.push(fill(w.after_term, &[("to", &month(&t.to))]));
    let c = |n: u32| number(f64::from(n), 0, lang);
    let all = match lang {
        Lang::Vi => "Tất cả đương nhiệm",
        Lang::En => "All incumbents",
    };
    Table {
        id: "timeline",
        caption: w.timeline_caption.to_owned(),
        unit: None,
        head,
        rows: t
            .rows
            .iter()
            .map(|r| {
                let name = Group::ALL
                    .into_iter()
                    .find(|g| g.id() == r.group)
                    .map_or(all, |g| group_name(lang, g));
                let mut cells = vec![name.to_owned(), c(r.incumbents), c(r.before)];
                cells.extend(r.counts.iter().map(|&n| c(n)));
                cells.push(c(r.after));
                row(cells)
            })
            .collect(),
        landscape: false,
    }
}

fn findings_table(report: &Report, lang: Lang) -> Table {
    let w = words(lang);
    let severity = |s: Severity| s.label(lang);
    let confidence = |c: Confidence| c.note(lang);
    let mut rows: Vec<Row> = report
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            row(vec![
                number(i as f64 + 1.0, 0, lang),
                severity(f.severity).to_owned(),
                f.messages.get(lang).to_owned(),
                format!("{} ({})", f.source, confidence(f.confidence)),
            ])
        })
        .collect();
    if rows.is_empty() {
        rows.push(row(vec![
            String::new(),
            String::new(),
            w.no_findings.to_owned(),
            String::new(),
        ]));
    }
    Table {
        id: "findings",
        caption: w.findings_caption.to_owned(),
        unit: None,
        head: w.finding_cols.iter().map(|s| (*s).to_owned()).collect(),
        rows,
        landscape: false,
    }
}

/// The filed report of `report` on `dataset`; `made` is the day it is made
/// (the page passes today: the domain never reads a clock), else the review date.
pub fn filing(
    dataset: &Dataset,
    facts: &[Facts],
    report: &Report,
    lang: Lang,
    made: Option<crate::date::Date>,
) -> Filing {
    let w = words(lang);
    let s = &dataset.report;
    let blank = || w.blank.to_owned();
    let unit = dataset.unit.name.clone().unwrap_or_default();
    let as_of = match lang {
        Lang::Vi => dataset.as_of.to_vietnamese(),
        Lang::En => dataset.as_of.to_english(),
    };
    let made = made.unwrap_or(dataset.as_of);
    let made = match lang {
        Lang::Vi => made.to_vietnamese(),
        Lang::En => made.to_english(),
    };
    let mut tables = Vec::new();
    tables.extend(composition(report, "current", lang));
    tables.extend(composition(report, "planned", lang));
    tables.push(groups_table(report, lang));
    tables.push(titles_table(report, lang));
    tables.push(timeline_table(report, lang));
    tables.push(findings_table(report, lang));
    Filing {
        header: Header {
            superior: s.superior.clone().unwrap_or_else(blank),
            issuer: s.issuer.clone().unwrap_or_else(|| {
                if unit.is_empty() {
                    blank()
                } else {
                    unit.to_uppercase()
                }
            }),
            motto: w.motto.to_owned(),
            number: s.number.clone().unwrap_or_else(|| w.number.to_owned()),
            party: w.party.to_owned(),
            place_date: s
                .place_date
                .clone()
                .unwrap_or_else(|| w.place_date.to_owned()),
        },
        title: w.title.to_owned(),
        subtitle: w.subtitle.to_owned(),
        unit,
        note: fill(
            w.note,
            &[
                ("made", &made),
                ("asOf", &as_of),
                ("profile", &report.profile_name),
                ("version", report.version),
            ],
        ),
        tables,
        closing: Closing {
            recipients_label: w.recipients_label.to_owned(),
            recipients: if s.recipients.is_empty() {
                w.recipients.iter().map(|r| (*r).to_owned()).collect()
            } else {
                s.recipients.clone()
            },
            on_behalf: s
                .on_behalf
                .clone()
                .unwrap_or_else(|| w.on_behalf.to_owned()),
            signer_title: s
                .signer_title
                .clone()
                .unwrap_or_else(|| w.signer_title.to_owned()),
            signer: s.signer.clone().unwrap_or_else(blank),
        },
        annex: vec![list_table(dataset, facts, lang)],
        page_label: w.page.to_owned(),
    }
}
