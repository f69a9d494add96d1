//! The one error type of the crate: input that is not a dataset at all.
//!
//! Problems inside a row are not errors: they become `invalid-row` findings
//! (see `input` and `rules`), and every other row is still analysed.

use crate::date::DateError;

/// Why a dataset or a call could not be understood at all.
#[derive(Clone, Debug, PartialEq)]
pub enum Error {
    /// The text is not JSON.
    Json(String),
    /// The dataset is not an object; carries what it is instead.
    NotAnObject(crate::kinds::JsonKind),
    /// The dataset has no `people` field.
    NoPeople,
    /// A field that must hold a list holds something else.
    NotAList {
        field: &'static str,
        found: crate::kinds::JsonKind,
    },
    /// `format` names a format this version does not read.
    UnknownFormat(String),
    /// No review date in the dataset or the options.
    MissingAsOf,
    /// A dataset-level date (asOf, termStart) that cannot be read.
    BadDate {
        field: &'static str,
        value: String,
        reason: DateError,
    },
    /// A dataset-level value outside its enumeration (unit.level, …).
    NotInEnum {
        field: &'static str,
        value: String,
        allowed: &'static [&'static str],
    },
    /// A dataset-level field of the wrong type.
    WrongType {
        field: &'static str,
        expected: crate::kinds::Expected,
        found: crate::kinds::JsonKind,
    },
    /// A profile id that is not built in.
    UnknownProfile(String),
    /// A list longer than the engine accepts.
    TooManyRows {
        field: &'static str,
        count: usize,
        limit: usize,
    },
    /// A sex other than M or F given to `retirement`.
    UnknownSex(String),
    /// A custom profile that cannot be used; `path` names the field
    /// ("profiles[0].rules[2].params.perSeat").
    BadProfile {
        path: String,
        problem: ProfileProblem,
    },
}

/// What is wrong with a custom profile.
#[derive(Clone, Debug, PartialEq)]
pub enum ProfileProblem {
    Missing,
    /// Carries what was expected.
    Expected(crate::kinds::Expected),
    /// `basedOn` names no built-in profile.
    UnknownBase(String),
    UnknownCode(String),
    UnknownParam(String),
    BadParam(crate::profile::spec::ParamKind),
    /// The id is used twice, or by a built-in profile.
    DuplicateId(String),
}

// `Display` (English) is implemented where sentences are written, in
// `messages`: an error is rendered at the edge, never by this module.
impl std::error::Error for Error {}
