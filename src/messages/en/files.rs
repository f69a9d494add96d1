//! English text of import problems, unreadable files, import options and cells cut
//! in exports ([`FileWords`]).

use super::words::En;
use crate::messages::catalogue::FileWords;
#[cfg(feature = "io")]
use {
    super::words::L,
    crate::format::number,
    crate::import::{FileError, ImportNote, ImportProblem, OptionsError},
    crate::messages::catalogue::RowWords,
};

impl FileWords for En {
    #[cfg(feature = "io")]
    fn import_problem(&self, value: &str, problem: &ImportProblem) -> String {
        match problem {
            ImportProblem::Cell(e) => self.cell_error(value, e),
            ImportProblem::Ethnic => {
                format!("\"{value}\" is not a known ethnic group (Kinh: not a minority)")
            }
            ImportProblem::Date => format!(
                "\"{value}\" is not a date (dd/mm/yyyy, d/m/yy, mm/yyyy, yyyy or an Excel serial)"
            ),
            ImportProblem::UnknownTitle(t) => {
                format!("there is no title \"{t}\"; add it to the titles or allow new titles")
            }
            ImportProblem::DuplicateId(0) => format!("id \"{value}\" is already in the data"),
            ImportProblem::DuplicateId(first) => format!("id \"{value}\" repeats row {first}"),
            ImportProblem::Missing(field) => format!(
                "{} is missing",
                match *field {
                    "sex" => "sex",
                    "name" => "name",
                    _ => "birth date",
                }
            ),
            ImportProblem::ControlCharacter(code) => format!(
                "the cell holds an invisible control character (U+{code:04X}) that a roster cannot keep; delete it in the file"
            ),
            ImportProblem::ImplausibleBirth { year, reference } => format!(
                "birth \"{value}\" (year {year}) gives an age of {} in {reference}; a cadre in office is 18 to 75: check the date",
                reference - year
            ),
            ImportProblem::KeptAsWritten(e) => format!(
                "{}; kept as written, counted as unknown",
                self.cell_error(value, e)
            ),
            ImportProblem::PlannedUnknown(t) => format!(
                "planned title \"{t}\" is not in the titles list, so it was left out; add the title and import again"
            ),
            ImportProblem::OtherPost(t) => {
                format!("post \"{t}\" is not in the titles list; kept under \"Other posts\"")
            }
            ImportProblem::BothSexes(other) => format!(
                "both the Male and the Female column are filled (this cell and column {other}); the sex is unknown"
            ),
            ImportProblem::Conflict(other) => format!(
                "column {other} fills the same field differently (\"{value}\" here); the earlier column's value is kept"
            ),
        }
    }

    #[cfg(feature = "io")]
    fn import_note(&self, note: &ImportNote) -> String {
        let rows = |rows: &[usize]| {
            rows.iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let plural = |n: usize, one: &str, many: &str| {
            format!(
                "{} {}",
                number(n as f64, 0, L),
                if n == 1 { one } else { many }
            )
        };
        match note {
            ImportNote::MergedCells(n) => format!(
                "{} of merged ranges took the value of the merged cell above",
                plural(*n, "cell", "cells")
            ),
            ImportNote::HiddenRows {
                rows: r,
                skipped: true,
            } => format!(
                "{} left out (rows {})",
                plural(r.len(), "hidden row", "hidden rows"),
                rows(r)
            ),
            ImportNote::HiddenRows {
                rows: r,
                skipped: false,
            } => format!(
                "{} imported all the same (rows {}); choose \"skip hidden rows\" to leave them out",
                plural(r.len(), "hidden row", "hidden rows"),
                rows(r)
            ),
            ImportNote::HiddenSheet => "this sheet is hidden in the workbook".to_owned(),
            ImportNote::Invisible(n) => format!(
                "invisible characters (non-breaking and zero-width spaces) removed from {}",
                plural(*n, "cell", "cells")
            ),
            ImportNote::Duplicates(list) => format!(
                "{} the name and birth date of an earlier row, imported all the same; check: {}",
                plural(list.len(), "person repeats", "people repeat"),
                list.iter()
                    .map(|d| format!("row {} (as row {})", d.row, d.first))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ImportNote::NonPerson(list) => format!(
                "{} not people, not imported: {}",
                plural(list.len(), "row is", "rows are"),
                list.iter()
                    .map(|n| {
                        let kind = match n.kind {
                            "total" => "total",
                            "section" => "section heading",
                            "numbering" => "column numbers",
                            "signature" => "signature block",
                            "continuation" => "continues the person above",
                            _ => "hidden",
                        };
                        format!("row {} ({kind})", n.row)
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ImportNote::Date1904 => {
                "numbers in date columns were read in the 1904 date system the workbook uses"
                    .to_owned()
            }
            ImportNote::DateOrder {
                column, mdy: true, ..
            } => format!(
                "column {column}: dates are month/day/year (values such as 3/15/1975 show it)"
            ),
            ImportNote::DateOrder {
                column,
                decided: false,
                ..
            } => format!(
                "column {column}: every date reads both ways; read as day/month/year, please check"
            ),
            ImportNote::DateOrder { column, .. } => {
                format!("column {column}: dates are day/month/year")
            }
            ImportNote::Warnings(n) => format!(
                "{} kept as written, see the warnings",
                plural(*n, "value", "values")
            ),
        }
    }

    #[cfg(feature = "io")]
    fn file_error(&self, error: &FileError) -> String {
        match error {
            FileError::NotASpreadsheet => {
                "the file is not a spreadsheet (XLSX, XLS, ODS) or a CSV file".to_owned()
            }
            FileError::Damaged(e) => format!("the spreadsheet is damaged and cannot be read: {e}"),
            FileError::Empty => "the file has no cells with data".to_owned(),
            FileError::TooLarge { bytes, limit } => format!(
                "the file is {} bytes ({} MB); the most this tool reads is {} bytes ({} MB); split it into several files",
                number(*bytes as f64, 0, L),
                number(*bytes as f64 / 1_048_576.0, 1, L),
                number(*limit as f64, 0, L),
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::Unzipped { limit } => format!(
                "the workbook unzips to more than {} MB, the most this tool reads; it may be damaged or crafted. Save only the roster sheet in a new file",
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::LongRun { part, limit } => format!(
                "the part \"{part}\" of the workbook holds a piece of text or markup longer than {} MB; the file is damaged or crafted and is not read",
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::TooManyRows { sheet, rows, limit } => format!(
                "sheet \"{sheet}\" has {} rows; a roster may have at most {} rows; split the file by unit",
                number(*rows as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
            FileError::TooManyCells { sheet, rows, columns, limit } => format!(
                "sheet \"{sheet}\" spans {} rows × {} columns from its first cell to its last, {} cells; the most this tool reads at once is {} cells. Delete unused rows and columns (a stray cell far below or to the right), or split the file",
                number(*rows as f64, 0, L),
                number(*columns as f64, 0, L),
                number(*rows as f64 * *columns as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
            FileError::TooMuchText { bytes, limit } => format!(
                "the cells hold {} MB of text or more (a repeated text counted once per cell), above the limit of {} MB; the file is not read",
                number(*bytes as f64 / 1_048_576.0, 0, L),
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::UnclosedQuote { line, closed_at: None } => format!(
                "line {} opens a quote (\") that is never closed: the rows after it would be read as one cell. Close the quote or remove it, then import again",
                number(*line as f64, 0, L)
            ),
            FileError::UnclosedQuote { line, closed_at: Some(end) } => format!(
                "line {} opens a quote (\") that is closed only on line {}: the rows between would be read as one cell. Close the quote on line {} or remove it, then import again",
                number(*line as f64, 0, L),
                number(*end as f64, 0, L),
                number(*line as f64, 0, L)
            ),
        }
    }

    #[cfg(feature = "io")]
    fn export_cut_marker(&self) -> String {
        "… [truncated]".to_owned()
    }

    #[cfg(feature = "io")]
    fn export_truncated(
        &self,
        sheet: &str,
        row: usize,
        field: &str,
        chars: usize,
        limit: usize,
    ) -> String {
        format!(
            "sheet \"{sheet}\", row {}, field \"{field}\": a text of {} characters, more than the {} a spreadsheet cell holds, was cut (marked \"… [truncated]\")",
            number(row as f64, 0, L),
            number(chars as f64, 0, L),
            number(limit as f64, 0, L)
        )
    }

    #[cfg(feature = "io")]
    fn options_error(&self, error: &OptionsError) -> String {
        match error {
            OptionsError::NoSheet(i) => format!("there is no sheet number {}", i + 1),
            OptionsError::HeaderOutside(r) => format!("header row {r} is outside the sheet"),
            OptionsError::UnknownField(f) => format!("there is no field \"{f}\" to import into"),
            OptionsError::TooManyRows { rows, limit } => format!(
                "the import would make {} rows of people; a roster may have at most {}; split the file by unit",
                number(*rows as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
        }
    }
}
