//! The workbook's sheet of units: the roll-up of each level and each unit's
//! figures, units furthest from the rules first, as the page's Results and
//! report show them, in the workbook's language.

use rust_xlsxwriter::{Worksheet, XlsxError};

use crate::model::Group;
use crate::planning::GroupStats;
use crate::report::shape::Report;
use crate::schema::{Level, Severity, Vocabulary};

use super::formats::Formats;
use super::sheets::{named_with_headings, Long};

/// The groups the sheet measures: the bodies by their multiple, then the
/// group measured per title (the schema says which).
fn measured() -> impl Iterator<Item = Group> {
    Group::ALL
        .into_iter()
        .filter(|g| g.is_body() || g.per_title())
}

/// Writes the sheet: one row per level (its sum), then one row per unit
/// with its errors and warnings.
pub(super) fn units_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    f: &Formats,
    long: &mut Long,
) -> Result<(), XlsxError> {
    let lang = long.lang;
    let w = long.words();
    let name = w.sheet_units;
    let group_heads: Vec<String> = measured()
        .flat_map(|g| {
            let cols = if g.per_title() { [1, 2, 4] } else { [0, 2, 3] };
            cols.map(|c| w.unit_group_cols[c].replace("{group}", g.label(lang)))
        })
        .collect();
    let headings = w
        .unit_cols
        .iter()
        .copied()
        .chain(group_heads.iter().map(String::as_str))
        .chain([Severity::Error.label(lang), Severity::Warning.label(lang)]);
    named_with_headings(sheet, name, headings, f)?;
    sheet.set_column_width(1, 32)?;
    sheet.set_column_width(2, 22)?;
    let times = f.count.clone().set_num_format("0.00");
    let group_cells = |sheet: &mut Worksheet, row: u32, groups: &[GroupStats]| {
        let mut col = w.unit_cols.len() as u16;
        for group in measured() {
            let stats = groups.iter().find(|s| s.group == group);
            let size = stats.map(|s| {
                if group.per_title() {
                    u64::from(s.titles)
                } else {
                    s.seats
                }
            });
            let ratio = stats.and_then(|s| {
                if group.per_title() {
                    s.per_title
                } else {
                    s.multiple
                }
            });
            match size {
                Some(v) => sheet.write_number_with_format(row, col, v as f64, &f.count)?,
                None => sheet.write_string_with_format(row, col, "", &f.text)?,
            };
            match stats {
                Some(s) => {
                    sheet.write_number_with_format(row, col + 1, s.planned as f64, &f.count)?
                }
                None => sheet.write_string_with_format(row, col + 1, "", &f.text)?,
            };
            match ratio {
                Some(v) => sheet.write_number_with_format(row, col + 2, v, &times)?,
                None => sheet.write_string_with_format(row, col + 2, "", &f.text)?,
            };
            col += 3;
        }
        Ok::<u16, XlsxError>(col)
    };
    let level_name = |level: Level| level.label(lang);
    let mut row = 1u32;
    for level in &report.levels {
        sheet.write_string_with_format(row, 0, "", &f.text)?;
        sheet.write_string_with_format(row, 1, level_name(level.level), &f.head)?;
        sheet.write_string_with_format(row, 2, level_name(level.level), &f.text)?;
        sheet.write_string_with_format(row, 3, "", &f.text)?;
        sheet.write_number_with_format(row, 4, f64::from(level.units), &f.count)?;
        let people = level.cohorts.get("all").map_or(0, |c| c.count);
        sheet.write_number_with_format(row, 5, f64::from(people), &f.count)?;
        group_cells(sheet, row, &level.groups)?;
        row += 1;
    }
    // Units furthest from the rules first: errors, then warnings (the report counts them).
    let mut order: Vec<usize> = (0..report.units.len()).collect();
    let of = |i: usize| (report.units[i].errors, report.units[i].warnings);
    order.sort_by(|&a, &b| of(b).cmp(&of(a)).then(a.cmp(&b)));
    for i in order {
        let unit = &report.units[i];
        let cell =
            |long: &mut Long, field: &str, text: &str| long.fit(name, row, field, text.to_owned());
        sheet.write_string_with_format(row, 0, cell(long, "id", &unit.id), &f.text)?;
        sheet.write_string_with_format(
            row,
            1,
            cell(long, "name", unit.name.as_deref().unwrap_or("")),
            &f.text,
        )?;
        sheet.write_string_with_format(row, 2, level_name(unit.level), &f.text)?;
        sheet.write_string_with_format(
            row,
            3,
            cell(long, "parent", unit.parent.as_deref().unwrap_or("")),
            &f.text,
        )?;
        sheet.write_string_with_format(row, 4, "", &f.text)?;
        sheet.write_number_with_format(row, 5, f64::from(unit.people), &f.count)?;
        let col = group_cells(sheet, row, &unit.groups)?;
        sheet.write_number_with_format(row, col, f64::from(unit.errors), &f.count)?;
        sheet.write_number_with_format(row, col + 1, f64::from(unit.warnings), &f.count)?;
        row += 1;
    }
    Ok(())
}
