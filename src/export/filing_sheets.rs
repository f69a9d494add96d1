//! The report an official files (`report.filing`), in the workbook: a sheet
//! with the header block, title, tables and closing block, and a sheet with
//! the short list. The filed report's text is already in its language.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::formats::Formats;

/// The filed report in the workbook: a sheet "Báo cáo" with the header
/// block, title, the composition, group and title tables, the timeline, the
/// findings and the closing block; and a sheet with the short list.
pub(super) fn filing_sheets(
    book: &mut Workbook,
    filing: &crate::filing::Filing,
    f: &Formats,
) -> Result<(), XlsxError> {
    let center = Format::new()
        .set_font_name("Times New Roman")
        .set_font_size(12)
        .set_align(rust_xlsxwriter::FormatAlign::Center)
        .set_text_wrap();
    let bold = center.clone().set_bold();
    let italic = center.clone().set_italic();
    let wrap = f.text.clone().set_text_wrap();
    let bold_cell = wrap.clone().set_bold();
    let section = f.head.clone();
    let write_table =
        |sheet: &mut Worksheet, row: &mut u32, t: &crate::filing::Table| -> Result<(), XlsxError> {
            let last = t.head.len().saturating_sub(1) as u16;
            sheet.merge_range(*row, 0, *row, last.max(1), &t.caption, &bold)?;
            *row += 1;
            if let Some(unit) = &t.unit {
                sheet.merge_range(*row, 0, *row, last.max(1), unit, &italic)?;
                *row += 1;
            }
            for (c, h) in t.head.iter().enumerate() {
                sheet.write_string_with_format(*row, c as u16, h, &f.head)?;
            }
            *row += 1;
            for r in &t.rows {
                if r.kind == "section" {
                    let text = r.cells.first().map_or("", String::as_str);
                    if last > 0 {
                        sheet.merge_range(*row, 0, *row, last, text, &section)?;
                    } else {
                        sheet.write_string_with_format(*row, 0, text, &section)?;
                    }
                } else {
                    let style = if r.kind == "total" { &bold_cell } else { &wrap };
                    for c in 0..=last as usize {
                        let text = r.cells.get(c).map_or("", String::as_str);
                        sheet.write_string_with_format(*row, c as u16, text, style)?;
                    }
                }
                *row += 1;
            }
            *row += 1;
            Ok(())
        };
    let sheet = book.add_worksheet();
    sheet.set_name(if filing.header.party.starts_with("ĐẢNG") {
        "Báo cáo"
    } else {
        "Report"
    })?;
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_column_width(0, 34)?;
    for c in 1..10 {
        sheet.set_column_width(c, 16)?;
    }
    let h = &filing.header;
    let mut row = 0u32;
    sheet.merge_range(row, 0, row, 1, &h.superior, &center)?;
    sheet.merge_range(row, 3, row, 6, &h.party, &bold)?;
    row += 1;
    sheet.merge_range(row, 0, row, 1, &h.issuer, &bold)?;
    sheet.merge_range(row, 3, row, 6, &h.place_date, &italic)?;
    row += 1;
    sheet.merge_range(row, 0, row, 1, &h.motto, &center)?;
    row += 1;
    sheet.merge_range(row, 0, row, 1, &h.number, &center)?;
    row += 2;
    sheet.merge_range(row, 0, row, 6, &filing.title, &bold)?;
    row += 1;
    sheet.merge_range(row, 0, row, 6, &filing.subtitle, &bold)?;
    row += 1;
    if !filing.unit.is_empty() {
        sheet.merge_range(row, 0, row, 6, &filing.unit, &bold)?;
        row += 1;
    }
    sheet.merge_range(row, 0, row, 6, &filing.note, &italic)?;
    sheet.set_row_height(row, 32)?;
    row += 2;
    for t in &filing.tables {
        write_table(sheet, &mut row, t)?;
    }
    let c = &filing.closing;
    let left = Format::new()
        .set_font_name("Times New Roman")
        .set_font_size(11);
    sheet.write_string_with_format(
        row,
        0,
        &c.recipients_label,
        &left.clone().set_bold().set_italic(),
    )?;
    sheet.merge_range(row, 3, row, 6, &c.on_behalf, &bold)?;
    row += 1;
    sheet.merge_range(row, 3, row, 6, &c.signer_title, &bold)?;
    for (i, r) in c.recipients.iter().enumerate() {
        sheet.write_string_with_format(row + i as u32, 0, r, &left)?;
    }
    row += 4;
    sheet.merge_range(row, 3, row, 6, &c.signer, &bold)?;
    if let Some(list) = filing.annex.iter().find(|t| t.id == "list") {
        let sheet = book.add_worksheet();
        sheet.set_name(if h.party.starts_with("ĐẢNG") {
            "Danh sách trích ngang"
        } else {
            "Short list"
        })?;
        sheet.set_landscape();
        sheet.set_paper_size(9);
        sheet.set_column_width(0, 6)?;
        sheet.set_column_width(1, 26)?;
        for c in 2..10 {
            sheet.set_column_width(c, 15)?;
        }
        sheet.set_column_width(7, 28)?;
        sheet.set_column_width(8, 28)?;
        let mut row = 0u32;
        write_table(sheet, &mut row, list)?;
        sheet.set_repeat_rows(1, 1)?;
    }
    Ok(())
}
