//! What every sheet of the workbook shares: text too long for a cell cut
//! and noted, and a sheet named with its column headings.

use rust_xlsxwriter::{Worksheet, XlsxError};

use crate::lang::Lang;
use crate::messages::exports::{export_words, ExportWords};

use super::formats::Formats;

/// The most characters a cell of Excel holds.
pub const MAX_CELL_CHARS: usize = 32_767;

/// Texts too long for a cell: each is cut, with a marker, and noted by
/// sheet, row and field in the user's language, on a sheet of its own.
pub(super) struct Long {
    pub(super) lang: Lang,
    pub(super) notes: Vec<String>,
}

impl Long {
    pub(super) fn new(lang: Lang) -> Long {
        Long {
            lang,
            notes: Vec::new(),
        }
    }

    pub(super) fn words(&self) -> &'static ExportWords {
        export_words(self.lang)
    }

    /// `text`, or its start and a marker when it is longer than a cell.
    pub(super) fn fit(&mut self, sheet: &str, row: u32, field: &str, text: String) -> String {
        let chars = text.chars().count();
        if chars <= MAX_CELL_CHARS {
            return text;
        }
        let messages = crate::messages::catalogue(self.lang);
        let marker = messages.export_cut_marker();
        let keep = MAX_CELL_CHARS - marker.chars().count();
        let mut cut: String = text.chars().take(keep).collect();
        cut.push_str(&marker);
        self.notes.push(messages.export_truncated(
            sheet,
            row as usize + 1,
            field,
            chars,
            MAX_CELL_CHARS,
        ));
        cut
    }
}

/// Names a sheet and writes its column headings in the first row.
pub(super) fn named_with_headings<'a>(
    sheet: &mut Worksheet,
    name: &str,
    headings: impl Iterator<Item = &'a str>,
    f: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    for (c, h) in headings.enumerate() {
        sheet.write_string_with_format(0, c as u16, h, &f.head)?;
    }
    Ok(())
}
