//! Import of rosters from spreadsheets and CSV files.
//!
//! Two steps, as the page runs them: [`inspect`] reads a file and proposes,
//! per sheet, the header row, a field for each column (from common
//! Vietnamese headers: "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", …)
//! and each column's text encoding (Unicode, TCVN3, VNI); the user confirms
//! or changes them; [`import`] then reads every row into `qhcb/1` people and
//! accounts for each one: imported, or rejected with its spreadsheet row
//! number, column, value and reason. Blank rows are skipped and said so.

pub mod file_error;
mod header;
mod inspect;
pub mod limits;
mod marks;
mod options;
mod outcome;
mod rejected;
mod rows;
mod sheet_xml;
pub mod table;
mod titles;
mod values;

pub use header::{field_for_header, fields};
pub use inspect::{column_letter, inspect, inspect_tables, ColumnGuess, Inspection, SheetGuess};
pub use options::{ColumnMap, DateOrder, ImportOptions, OptionsError, TitleIn};
pub use outcome::{
    DateOrderUsed, Duplicate, ImportNote, ImportProblem, Imported, NonPerson, Reasons, Rejection,
    Summary,
};
pub use rows::{import, import_each};
pub use table::{read_file, Cell, FileError, FileInfo, Table};
pub use values::excel_serial_date;
