//! The XLSX workbook: the roster with its computed fields, the composition
//! table, the titles and groups, the findings (and the filed report when the
//! report has one), every label in the requested language.

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};
use serde_json::Value;

use crate::date::Date;
use crate::lang::Lang;
use crate::messages::exports::export_words;
use crate::report::Report;

use super::filing_sheets::filing_sheets;
use super::formats::{formats, Formats};
use super::labels;
use super::roster;
use super::sheets::{named_with_headings, Long};

/// Excel's serial for a date (1900 system).
fn serial(date: Date) -> f64 {
    let epoch = Date::new(1899, 12, 30).map_or(0, Date::days_since_epoch);
    (date.days_since_epoch() - epoch) as f64
}

/// The workbook: roster, composition, titles and groups, findings, in `lang`.
/// The report must give its people as rows (`PeopleForm::Rows`, the default).
pub fn workbook(dataset: &Value, report: &Report, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let f = formats();
    let w = export_words(lang);
    let mut book = Workbook::new();
    let mut long = Long::new(lang);
    roster_sheet(book.add_worksheet(), dataset, report, &f, &mut long)?;
    composition_sheet(book.add_worksheet(), report, lang, &f)?;
    titles_sheet(book.add_worksheet(), report, &f, &mut long)?;
    findings_sheet(book.add_worksheet(), report, &f, &mut long)?;
    // The roll-up by level and each unit (datasets of many units).
    if !report.units.is_empty() {
        super::units::units_sheet(book.add_worksheet(), report, &f, &mut long)?;
    }
    if let Some(filing) = &report.filing {
        filing_sheets(&mut book, filing, &f)?;
    }
    if !long.notes.is_empty() {
        let sheet = book.add_worksheet();
        sheet.set_name(w.sheet_notes)?;
        sheet.set_column_width(0, 100)?;
        for (r, note) in long.notes.iter().enumerate() {
            sheet.write_string_with_format(r as u32, 0, note, &f.text)?;
        }
    }
    book.save_to_buffer()
}

fn roster_sheet(
    sheet: &mut Worksheet,
    dataset: &Value,
    report: &Report,
    f: &Formats,
    long: &mut Long,
) -> Result<(), XlsxError> {
    let lang = long.lang;
    let name = long.words().sheet_roster;
    sheet.set_name(name)?;
    for (c, header) in roster::headers(dataset, lang).enumerate() {
        sheet.write_string_with_format(0, c as u16, header, &f.head)?;
        sheet.set_column_width(c as u16, if c == 1 { 26 } else { 14 })?;
    }
    sheet.set_freeze_panes(1, 2)?;
    let base = roster::fields(dataset).count() as u16;
    for (r, row) in roster::rows(dataset, report).enumerate() {
        let at = r as u32 + 1;
        for (c, field) in roster::fields(dataset).enumerate() {
            let text = long.fit(name, at, field.id, roster::cell(row.person, field, lang));
            sheet.write_string_with_format(at, c as u16, text, &f.text)?;
        }
        let Some(computed) = row.figures.map(|p| roster::computed(p, lang)) else {
            for c in 0..4 {
                sheet.write_string_with_format(at, base + c, "", &f.text)?;
            }
            continue;
        };
        sheet.write_string_with_format(at, base, &computed.age, &f.text)?;
        match computed.retirement_date {
            Some(date) => sheet.write_number_with_format(at, base + 1, serial(date), &f.date)?,
            None => sheet.write_string_with_format(at, base + 1, "", &f.text)?,
        };
        sheet.write_number_with_format(at, base + 2, f64::from(computed.months_left), &f.count)?;
        match computed.months_left_at_term_start {
            Some(m) => sheet.write_number_with_format(at, base + 3, f64::from(m), &f.count)?,
            None => sheet.write_string_with_format(at, base + 3, "", &f.text)?,
        };
    }
    Ok(())
}

/// A cohort's heading: "Đương nhiệm — Ban Thường vụ".
fn cohort_name(key: &str, lang: Lang) -> String {
    let w = export_words(lang);
    match key.split_once(':') {
        Some(("current", g)) => format!("{} — {}", w.current, labels::group_label(g, lang)),
        Some((_, g)) => format!("{} — {}", w.planned, labels::group_label(g, lang)),
        None if key == "current" => w.current.to_owned(),
        None if key == "planned" => w.planned.to_owned(),
        None => w.all.to_owned(),
    }
}

fn composition_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    lang: Lang,
    f: &Formats,
) -> Result<(), XlsxError> {
    let w = export_words(lang);
    sheet.set_name(w.sheet_composition)?;
    sheet.write_string_with_format(0, 0, w.composition_title, &f.title)?;
    sheet.set_column_width(0, 30)?;
    let cohorts = &report.cohorts.0;
    for (i, (key, _)) in cohorts.iter().enumerate() {
        let col = 1 + 2 * i as u16;
        sheet.merge_range(2, col, 2, col + 1, &cohort_name(key, lang), &f.head)?;
        sheet.write_string_with_format(3, col, w.count, &f.head)?;
        sheet.write_string_with_format(3, col + 1, w.share, &f.head)?;
    }
    sheet.write_string_with_format(2, 0, w.criterion, &f.head)?;
    sheet.write_string_with_format(3, 0, "", &f.head)?;
    let mut row = 4u32;
    let mut line = |sheet: &mut Worksheet,
                    label: &str,
                    pick: &dyn Fn(&crate::cohort::Cohort) -> (f64, Option<f64>)|
     -> Result<(), XlsxError> {
        sheet.write_string_with_format(row, 0, label, &f.text)?;
        for (i, (_, cohort)) in cohorts.iter().enumerate() {
            let (count, share) = pick(cohort);
            let col = 1 + 2 * i as u16;
            sheet.write_number_with_format(row, col, count, &f.count)?;
            match share {
                Some(s) => sheet.write_number_with_format(row, col + 1, s, &f.percent)?,
                None => sheet.write_string_with_format(row, col + 1, "", &f.text)?,
            };
        }
        row += 1;
        Ok(())
    };
    let share = |s: crate::cohort::Share| (f64::from(s.count), s.share);
    line(sheet, w.total, &|c| (f64::from(c.count), None))?;
    line(sheet, w.women, &|c| share(c.women))?;
    line(sheet, w.ethnic_minority, &|c| share(c.ethnic_minority))?;
    line(sheet, w.non_local, &|c| share(c.non_local))?;
    line(sheet, w.young, &|c| {
        (f64::from(c.young.count), c.young.share)
    })?;
    let bands = &crate::messages::words::words(lang).bands;
    for (i, name) in bands.iter().enumerate() {
        line(sheet, name, &|c| {
            (f64::from(c.bands[i].count), c.bands[i].share)
        })?;
    }
    // Every level the schema lists, then "unknown".
    let levels = |ids: &'static [&'static str]| ids.iter().copied().chain(["unknown"]);
    for key in levels(&crate::schema::Education::IDS) {
        line(sheet, &labels::level_label("education", key, lang), &|c| {
            c.education.get(key).map_or((0.0, None), share)
        })?;
    }
    for key in levels(&crate::schema::PoliticalTheory::IDS) {
        let name = labels::level_label("politicalTheory", key, lang);
        line(sheet, &name, &|c| {
            c.political_theory.get(key).map_or((0.0, None), share)
        })?;
    }
    sheet.write_string(row + 1, 0, w.made_by)?;
    Ok(())
}

fn titles_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    f: &Formats,
    long: &mut Long,
) -> Result<(), XlsxError> {
    let lang = long.lang;
    let w = long.words();
    let name = w.sheet_titles;
    named_with_headings(sheet, name, w.title_cols.iter().copied(), f)?;
    sheet.set_column_width(1, 36)?;
    sheet.set_column_width(2, 20)?;
    for (r, t) in report.titles.iter().enumerate() {
        let row = r as u32 + 1;
        let id = long.fit(name, row, "id", t.id.clone());
        sheet.write_string_with_format(row, 0, id, &f.text)?;
        let title = long.fit(name, row, "name", t.name.clone().unwrap_or_default());
        sheet.write_string_with_format(row, 1, title, &f.text)?;
        sheet.write_string_with_format(row, 2, labels::group_label(t.group.id(), lang), &f.text)?;
        sheet.write_number_with_format(row, 3, f64::from(t.seats), &f.count)?;
        match t.rank {
            Some(rank) => sheet.write_number_with_format(row, 4, rank as f64, &f.count)?,
            None => sheet.write_string_with_format(row, 4, "", &f.text)?,
        };
        sheet.write_number_with_format(row, 5, f64::from(t.current), &f.count)?;
        sheet.write_number_with_format(row, 6, f64::from(t.planned), &f.count)?;
        match t.planned_per_seat {
            Some(v) => sheet.write_number_with_format(
                row,
                7,
                v,
                &f.count.clone().set_num_format("0.00"),
            )?,
            None => sheet.write_string_with_format(row, 7, "", &f.text)?,
        };
    }
    let top = report.titles.len() as u32 + 3;
    for (c, h) in w.group_cols.iter().enumerate() {
        sheet.write_string_with_format(top, c as u16, *h, &f.head)?;
    }
    for (r, g) in report.groups.iter().enumerate() {
        let row = top + 1 + r as u32;
        sheet.write_string_with_format(row, 0, labels::group_label(g.group.id(), lang), &f.text)?;
        for (c, v) in [
            u64::from(g.titles),
            g.seats,
            g.current,
            g.planned,
            u64::from(g.planned_people),
        ]
        .iter()
        .enumerate()
        {
            sheet.write_number_with_format(row, 1 + c as u16, *v as f64, &f.count)?;
        }
        match g.multiple {
            Some(m) => sheet.write_number_with_format(
                row,
                6,
                m,
                &f.count.clone().set_num_format("0.00"),
            )?,
            None => sheet.write_string_with_format(row, 6, "", &f.text)?,
        };
    }
    Ok(())
}

fn findings_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    f: &Formats,
    long: &mut Long,
) -> Result<(), XlsxError> {
    let lang = long.lang;
    let w = long.words();
    let name = w.sheet_findings;
    named_with_headings(sheet, name, w.finding_cols.iter().copied(), f)?;
    sheet.set_column_width(3, 70)?;
    sheet.set_column_width(4, 60)?;
    let wrap = f.text.clone().set_text_wrap();
    for (r, finding) in report.findings.iter().enumerate() {
        let row = r as u32 + 1;
        let severity = labels::severity(finding.severity, lang);
        sheet.write_string_with_format(row, 0, severity, &f.text)?;
        sheet.write_string_with_format(row, 1, finding.code, &f.text)?;
        let subject = long.fit(
            name,
            row,
            "id",
            finding.subject.id.clone().unwrap_or_default(),
        );
        sheet.write_string_with_format(row, 2, subject, &f.text)?;
        let message = long.fit(name, row, "message", finding.messages.get(lang).to_owned());
        sheet.write_string_with_format(row, 3, message, &wrap)?;
        sheet.write_string_with_format(row, 4, &finding.source, &wrap)?;
        let confidence = labels::confidence(finding.confidence, lang);
        sheet.write_string_with_format(row, 5, confidence, &f.text)?;
    }
    Ok(())
}
