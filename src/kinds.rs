//! What a JSON value is and what a field expects, as codes: errors and row
//! problems carry these, and each catalogue names every one in its language
//! (an exhaustive match, so a new code cannot fall back to "another value").

/// What a JSON value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    /// The field is absent.
    Nothing,
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
    /// JavaScript's `undefined` given where a dataset was expected.
    Undefined,
    /// A JavaScript value of another kind (a function, a symbol, a bigint).
    OtherValue,
    /// A JavaScript value that JSON cannot hold (`JSON.stringify` gives nothing).
    NotJson,
}

/// What a field expects, when it got something else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    TrueOrFalse,
    List,
    Object,
    TitleId,
    TitleIds,
    /// "YYYY-MM-DD".
    Date,
    /// "YYYY-MM".
    Month,
    /// "YYYY", "YYYY-MM" or "YYYY-MM-DD".
    PartialDate,
    /// "YYYY-MM" or "YYYY-MM-DD" (a decided retirement: a year alone is not a decision).
    MonthOrDate,
    /// A finding severity: error, warning or info.
    Severity,
}
