//! The workbook's sheet "Đơn vị" (issue 17): the roll-up of each level and
//! each unit's figures, units furthest from the rules first, as the page's
//! Results and report show them.

use rust_xlsxwriter::{Format, Worksheet, XlsxError};

use crate::model::{Group, Level};
use crate::planning::GroupStats;
use crate::profile::Severity;
use crate::report::shape::Report;

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Central => "Trung ương",
        Level::Province => "Cấp tỉnh",
        Level::District => "Cấp huyện",
        Level::AboveGrassroots => "Cấp trên trực tiếp cơ sở",
        Level::Commune => "Cấp xã, phường, đặc khu",
        Level::Grassroots => "Cấp cơ sở",
    }
}

const HEADERS: [&str; 15] = [
    "Mã đơn vị",
    "Đơn vị",
    "Cấp",
    "Đơn vị cấp trên",
    "Số đơn vị",
    "Cán bộ",
    "Cấp ủy: vị trí",
    "Cấp ủy: lượt quy hoạch",
    "Cấp ủy: số lần",
    "Ban Thường vụ: vị trí",
    "Ban Thường vụ: lượt quy hoạch",
    "Ban Thường vụ: số lần",
    "Chủ chốt: chức danh",
    "Chủ chốt: lượt quy hoạch",
    "Chủ chốt: lần trên 1 chức danh",
];

/// Writes the sheet: one row per level (its sum), then one row per unit
/// with its errors and warnings.
pub fn units_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    head: &Format,
    text: &Format,
    count: &Format,
) -> Result<(), XlsxError> {
    sheet.set_name("Đơn vị")?;
    for (c, h) in HEADERS.iter().chain(["Lỗi", "Cảnh báo"].iter()).enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, head)?;
    }
    sheet.set_column_width(1, 32)?;
    sheet.set_column_width(2, 22)?;
    let times = count.clone().set_num_format("0.00");
    let group_cells = |sheet: &mut Worksheet, row: u32, groups: &[GroupStats]| {
        let find = |g: Group| groups.iter().find(|s| s.group == g);
        let mut col = 6u16;
        for (group, size, ratio) in [
            (Group::Committee, false, false),
            (Group::Standing, false, false),
            (Group::Key, true, true),
        ] {
            let stats = find(group);
            let size_value = stats.map(|s| if size { u64::from(s.titles) } else { s.seats });
            let ratio_value = stats.and_then(|s| if ratio { s.per_title } else { s.multiple });
            match size_value {
                Some(v) => sheet.write_number_with_format(row, col, v as f64, count)?,
                None => sheet.write_string_with_format(row, col, "", text)?,
            };
            match stats {
                Some(s) => sheet.write_number_with_format(row, col + 1, s.planned as f64, count)?,
                None => sheet.write_string_with_format(row, col + 1, "", text)?,
            };
            match ratio_value {
                Some(v) => sheet.write_number_with_format(row, col + 2, v, &times)?,
                None => sheet.write_string_with_format(row, col + 2, "", text)?,
            };
            col += 3;
        }
        Ok::<(), XlsxError>(())
    };
    let mut row = 1u32;
    for level in &report.levels {
        sheet.write_string_with_format(row, 0, "", text)?;
        sheet.write_string_with_format(row, 1, level_name(level.level), head)?;
        sheet.write_string_with_format(row, 2, level_name(level.level), text)?;
        sheet.write_string_with_format(row, 3, "", text)?;
        sheet.write_number_with_format(row, 4, f64::from(level.units), count)?;
        let people = level.cohorts.get("all").map_or(0, |c| c.count);
        sheet.write_number_with_format(row, 5, f64::from(people), count)?;
        group_cells(sheet, row, &level.groups)?;
        row += 1;
    }
    // Units furthest from the rules first: errors, then warnings.
    let mut tally: std::collections::HashMap<&str, (u32, u32)> = std::collections::HashMap::new();
    for f in &report.findings {
        if let Some(unit) = f.unit.as_deref() {
            let entry = tally.entry(unit).or_default();
            match f.severity {
                Severity::Error => entry.0 += 1,
                Severity::Warning => entry.1 += 1,
                _ => {}
            }
        }
    }
    let mut order: Vec<usize> = (0..report.units.len()).collect();
    let of = |i: usize| {
        tally
            .get(report.units[i].id.as_str())
            .copied()
            .unwrap_or((0, 0))
    };
    order.sort_by(|&a, &b| of(b).cmp(&of(a)).then(a.cmp(&b)));
    for i in order {
        let unit = &report.units[i];
        sheet.write_string_with_format(row, 0, &unit.id, text)?;
        sheet.write_string_with_format(row, 1, unit.name.as_deref().unwrap_or(""), text)?;
        sheet.write_string_with_format(row, 2, level_name(unit.level), text)?;
        sheet.write_string_with_format(row, 3, unit.parent.as_deref().unwrap_or(""), text)?;
        sheet.write_string_with_format(row, 4, "", text)?;
        sheet.write_number_with_format(row, 5, f64::from(unit.people), count)?;
        group_cells(sheet, row, &unit.groups)?;
        let (errors, warnings) = of(i);
        sheet.write_number_with_format(row, 15, f64::from(errors), count)?;
        sheet.write_number_with_format(row, 16, f64::from(warnings), count)?;
        row += 1;
    }
    Ok(())
}
