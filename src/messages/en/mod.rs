//! English text.

mod career;
mod composition;
mod files;
mod planning;
mod rows;
mod sheets;
mod units;
mod words;

pub use words::En;

use crate::lang::Lang;
use crate::messages::catalogue::Catalogue;

impl Catalogue for En {
    fn lang(&self) -> Lang {
        Lang::En
    }
}
