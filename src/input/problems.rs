//! What can be wrong with a row: the problems reading records, named by row,
//! id and field, for the catalogues to put into words.

use crate::date::{Date, DateError};

/// What is wrong with one field of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The row is not an object; carries what it is.
    NotAnObject(crate::kinds::JsonKind),
    /// A required field is absent or null.
    Missing,
    /// The field holds the wrong type of value.
    WrongType { expected: crate::kinds::Expected },
    /// A date that cannot be read.
    BadDate(DateError),
    /// A birth after the review date.
    BirthAfterAsOf(Date),
    /// A birth that makes an age below [`MIN_AGE`] or above [`MAX_AGE`] at
    /// the review date: a typo ("1075") or an Excel serial 1 (01/01/1900),
    /// not a cadre in office. Carries the age in years and the review date.
    AgeOutside { years: i32, as_of: Date },
    /// A value outside the field's enumeration.
    NotInEnum(&'static [&'static str]),
    /// A title id that no title has.
    UnknownTitle(String),
    /// A title id whose title row was itself rejected.
    RejectedTitle(String),
    /// An id already used by an earlier row (its index).
    DuplicateId(usize),
    /// Seats or rank that is not a whole number ≥ 0.
    NotWholeNumber,
    /// A date (a decided retirement) not after the birth.
    BeforeBirth,
    /// Text with a lone UTF-16 surrogate escape (half of an emoji cut off),
    /// shown with U+FFFD in its place.
    LoneSurrogate,
    /// A value nested deeper than the JSON reader follows (126 levels).
    TooDeep,
    /// The same key twice in one row.
    DuplicateKey,
    /// A row the JSON reader cannot read for another reason (its words).
    Unreadable(String),
    /// A unit id that no unit has.
    UnknownUnit(String),
    /// A unit id whose unit row was itself rejected.
    RejectedUnit(String),
    /// A unit's parent chain comes back to the unit (carries the chain's ids).
    ParentCycle(Vec<String>),
}

/// A problem in one field of one row of `people` or `titles`.
#[derive(Clone, Debug, PartialEq)]
pub struct RowProblem {
    /// The index of the row in its list.
    pub index: usize,
    /// The row's id, when it has a readable one.
    pub id: Option<String>,
    /// The field, as the contract names it.
    pub field: &'static str,
    /// The offending value as it appeared (empty when absent).
    pub value: String,
    pub problem: Problem,
}

/// A title listed twice in one person's `current` or `planned`: the repeat is
/// counted once and reported as a warning.
#[derive(Clone, Debug, PartialEq)]
pub struct RepeatedTitle {
    pub index: usize,
    pub id: String,
    pub field: &'static str,
    pub title: String,
}

/// Rows left out and not listed one by one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unlisted {
    pub rows: usize,
    /// (field, rows with a problem in it), in the order the fields were met.
    pub fields: Vec<(&'static str, usize)>,
}

/// The most rows left out that are listed one by one (a finding and an
/// `excluded` entry each): a million bad rows would make a report larger
/// than a browser can take; those beyond are counted by field instead.
pub const MAX_LISTED_ROWS: usize = 50_000;

/// An optional value a row holds that is not one the field takes (an
/// education outside the enumeration, an ethnic group not among the 54, a
/// hometown that is not text): the person is read, the value counts as
/// unknown, and a warning (`invalid-value`) names the row, the field and
/// the value.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidValue {
    pub index: usize,
    pub id: String,
    /// The field, as the contract names it.
    pub field: &'static str,
    /// The value as it appeared, shortened for messages.
    pub value: String,
    /// Where an import read the row, when the dataset says.
    pub source: Option<crate::model::Source>,
}
