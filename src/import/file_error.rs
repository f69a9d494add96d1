//! Why a file could not be read at all (each limit it broke, named).

/// A file that could not be read at all.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    /// Not a spreadsheet or CSV file this tool reads.
    NotASpreadsheet,
    /// A spreadsheet whose contents could not be read; carries the reader's words.
    Damaged(String),
    /// The file has no sheet with cells.
    Empty,
    /// Larger than the reader accepts.
    TooLarge { bytes: usize, limit: usize },
    /// A workbook whose parts unzip to more bytes than the limit.
    Unzipped { limit: u64 },
    /// A run of text or a tag longer than the limit, in a part of a workbook.
    LongRun { part: String, limit: u64 },
    /// A sheet with more rows than a dataset may hold.
    TooManyRows {
        sheet: String,
        rows: usize,
        limit: usize,
    },
    /// A sheet whose rows × columns, from its first cell to its last, are
    /// more cells than the reader holds at once.
    TooManyCells {
        sheet: String,
        rows: usize,
        columns: usize,
        limit: usize,
    },
    /// More text in the cells than the limit (a shared string counted for
    /// each cell that uses it).
    TooMuchText { bytes: u64, limit: u64 },
    /// A CSV quote that opens a field on `line` and is not closed before
    /// the end of the file, or only after `lines` more lines.
    UnclosedQuote {
        line: usize,
        closed_at: Option<usize>,
    },
}
