//! The text of findings, excluded rows and errors, one catalogue per
//! language (`vi/`, `en/`, a file per area of [`Catalogue`]). Nothing else in the crate writes sentences.

pub mod catalogue;
mod en;
/// The words of the exports (issue 15: labels in the requested language).
#[cfg(feature = "io")]
pub mod exports;
/// The errors of a roster's operations (issue 18).
pub mod roster;
mod vi;
pub mod words;

pub use catalogue::{
    CareerWords, Catalogue, CompositionWords, FileWords, PlanningWords, RowWords, SheetWords,
    UnitWords,
};

use crate::error::Error;
#[cfg(feature = "io")]
use crate::import::ImportProblem;

pub use crate::lang::Lang;

/// An error in English, for logs and `?` in tests; the page renders it in
/// the user's language with [`RowWords::error`].
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&catalogue(Lang::En).error(self))
    }
}

#[cfg(feature = "io")]
impl crate::import::Reasons for dyn Catalogue {
    fn import_problem(&self, value: &str, problem: &ImportProblem) -> String {
        FileWords::import_problem(self, value, problem)
    }

    fn import_note(&self, note: &crate::import::ImportNote) -> String {
        FileWords::import_note(self, note)
    }

    fn rejected_columns(&self) -> [&'static str; 2] {
        let words = exports::export_words(self.lang());
        [words.rejected_row, words.rejected_reason]
    }
}

/// The catalogue of one language.
pub fn catalogue(lang: Lang) -> &'static dyn Catalogue {
    match lang {
        Lang::Vi => &vi::Vi,
        Lang::En => &en::En,
    }
}

/// "name (id)", or the id alone: how messages name a person or a title.
pub fn label(id: &str, name: Option<&str>) -> String {
    Label::new(id, name).text().to_owned()
}

/// A label made only when a message needs it: rules look at every person
/// and most never produce a finding.
pub struct Label<'a> {
    id: &'a str,
    name: Option<&'a str>,
    text: std::cell::OnceCell<String>,
}

impl<'a> Label<'a> {
    pub fn new(id: &'a str, name: Option<&'a str>) -> Label<'a> {
        Label {
            id,
            name,
            text: std::cell::OnceCell::new(),
        }
    }

    /// "name (id)", or the id alone when there is no name.
    pub fn text(&self) -> &str {
        self.text.get_or_init(|| make_label(self.id, self.name))
    }
}

fn make_label(id: &str, name: Option<&str>) -> String {
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(name) => format!("{name} ({id})"),
        None => id.to_owned(),
    }
}
