//! Export: the roster with its computed fields, the composition tables, the
//! titles and groups and the findings, as an XLSX workbook; the roster, and
//! a quick worksheet's figures, as CSV. Everything is built from the typed
//! report the engine made, each dataset row joined to its figures by its
//! index; labels come from the catalogue in the requested language. The
//! roster's headers are ones import recognises (in either language), so an
//! exported file imports back to the same people.
//!
//! One job per file: [`roster`] (rows and their cells), [`labels`] (the
//! label of a field or a value), `xlsx` (the workbook), `formats` (its cell
//! formats), `sheets` (what every sheet shares), `units` (the sheet of units), `filing_sheets`
//! (the filed report in the workbook), `worksheet`
//! (a worksheet's CSV). CSV is written
//! by [`crate::csv`], the one CSV module.

mod filing_sheets;
mod formats;
pub mod labels;
pub mod roster;
mod sheets;
mod units;
mod worksheet;
mod xlsx;

pub use crate::csv::formula_safe;
pub use roster::roster_csv;
pub use sheets::MAX_CELL_CHARS;
pub use worksheet::worksheet_csv;
pub use xlsx::workbook;
