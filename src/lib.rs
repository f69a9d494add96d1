//! # qhcb — cadre planning checks (quy hoạch cán bộ)
//!
//! Computes, from a roster of cadres and the titles they hold and are planned
//! for, what organisation boards check every year: ages and retirement under
//! NĐ 135/2020/NĐ-CP, months of working time left, the composition of each
//! cohort, planning multiples per title and group, and findings under a dated
//! rule profile (QĐ 377-QĐ/TW now, QĐ 50-QĐ/TW before), each citing its source.
//!
//! The domain is plain Rust; only [`wasm`] touches wasm-bindgen. The data and
//! API contract is `qhcb/1` (see README.md).
//!
//! ```
//! let json = r#"{"format":"qhcb/1","asOf":"2018-04-30","profile":"qd50-2021",
//!   "titles":[{"id":"btv","group":"standing","seats":11}],
//!   "people":[{"id":"p1","sex":"F","birth":"1978-03","current":["btv"]}]}"#;
//! let report = qhcb::report::analyze_json(json, &Default::default()).unwrap();
//! assert_eq!(report.cohorts.get("current:standing").unwrap().women.count, 1);
//! ```

/// Completed years and months of age at a date.
pub mod age;
/// Reading one typed or pasted cell into a field's value.
pub mod cells;
/// Cohort composition: counts, shares, bands, breakdowns.
pub mod cohort;
/// CSV read and written with the `csv` crate: every CSV the tool writes,
/// and the cells of every CSV file it imports (issue 15).
#[cfg(feature = "io")]
pub mod csv;
/// Civil dates and the partial birth dates "YYYY" and "YYYY-MM".
pub mod date;
/// The filed report as a Word document.
#[cfg(feature = "io")]
pub mod docx;
/// The one error type: input that is not a dataset.
pub mod error;
/// Export to XLSX and CSV, from the typed report, in the requested language.
#[cfg(feature = "io")]
pub mod export;
/// The report an official files: header, tables, list, closing (with the
/// file module: the core module stays small).
#[cfg(feature = "filing")]
pub mod filing;
/// Vietnamese and English number formatting.
pub mod format;
/// Import of rosters from XLSX, XLS, ODS and CSV, with every row accounted for.
#[cfg(feature = "io")]
pub mod import;
/// Reading a `qhcb/1` dataset row by row, with a problem for each bad field.
pub mod input;
/// What a JSON value is and what a field expects, as codes.
pub mod kinds;
/// The two languages, Vietnamese and English.
pub mod lang;
/// TCVN3 and VNI text to Unicode.
#[cfg(feature = "io")]
pub mod legacy;
/// User-facing text, one catalogue per language.
pub mod messages;
/// The validated dataset: unit, titles, people.
pub mod model;
/// Provinces after the 2025 merger and their former names: hometowns to
/// non-local marks (with the file module).
#[cfg(feature = "io")]
pub mod places;
/// Titles and groups: planned per seat, pairs (lượt) and multiples.
pub mod planning;
/// Dated rule profiles with parameters, sources and confidence.
pub mod profile;
/// `analyze`: the report of contract v1.
pub mod report;
/// Retirement under NĐ 135/2020/NĐ-CP.
pub mod retirement;
/// A roster held in memory, edited by operations and analysed again
/// without reading the whole dataset (issue 18).
pub mod roster;
/// The rule checks that produce findings.
pub mod rules;
/// The vocabulary: every field and enumeration, with labels and spellings.
pub mod schema;
/// The retirement timeline of incumbents over the coming term.
pub mod succession;
/// A deterministic synthetic roster for benchmarks.
pub mod synthetic;
/// The Party and State terms offered for a planning record.
pub mod terms;
/// Folding Vietnamese text for matching.
pub mod text;
/// Many units in one dataset, checked each and rolled up by level.
pub mod units;
/// The JavaScript API (the only module that uses wasm-bindgen).
pub mod wasm;
/// Quick worksheets for aggregate figures.
pub mod worksheets;

pub use error::Error;
pub use report::{analyze_json, Options, Report};
