//! Vietnamese text (the default).

mod career;
mod composition;
mod files;
mod planning;
mod rows;
mod sheets;
mod units;
mod words;

pub use words::Vi;

use crate::lang::Lang;
use crate::messages::catalogue::Catalogue;

impl Catalogue for Vi {
    fn lang(&self) -> Lang {
        Lang::Vi
    }
}
