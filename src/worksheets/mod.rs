//! Quick worksheets for aggregate figures, when only counts are at hand:
//! the planning multiple of a body, key titles per title, composition
//! shares, the staffing quota, party growth and coverage, and rotation.
//!
//! Each worksheet reads a small set of counts, gives its figures written
//! the Vietnamese and the English way ("Thạc sỹ 4 = 36,4%", "đạt 1,4 lần"),
//! and findings in the style of `analyze` where the active profile sets a
//! limit or where the counts contradict each other. A count that is missing
//! or not a whole number ≥ 0 is an input error naming the field.

mod body;
mod composition;
mod figures;
mod growth;
mod input;
mod reader;
mod result;
mod staffing;

pub use input::{
    BodyInput, CompositionInput, Context, GrowthInput, KeyTitlesInput, Part, PartGroup,
    RotationInput, Sheet, StaffingInput, TitleCount,
};
pub use result::{Figure, InputError, SheetResult};

use crate::lang::Lang;
use body::{body, key_titles};
use composition::composition;
use growth::growth;
use reader::Reader;
use staffing::{rotation, staffing};

/// Runs a worksheet.
pub fn run(sheet: &Sheet, lang: Lang) -> SheetResult {
    let mut reader = Reader {
        errors: Vec::new(),
        lang,
        invalid: false,
    };
    let (kind, figures, findings) = match sheet {
        Sheet::Body(input) => body(input, &mut reader, lang),
        Sheet::KeyTitles(input) => key_titles(input, &mut reader, lang),
        Sheet::Composition(input) => composition(input, &mut reader, lang),
        Sheet::Staffing(input) => staffing(input, &mut reader, lang),
        Sheet::Growth(input) => growth(input, &mut reader, lang),
        Sheet::Rotation(input) => rotation(input, &mut reader),
    };
    // A value that is not a count leaves no figure standing: a result
    // computed without it would read as the answer for what the field shows.
    let (figures, findings) = if reader.invalid {
        (Vec::new(), Vec::new())
    } else {
        (figures, findings)
    };
    SheetResult {
        kind,
        figures,
        findings,
        errors: reader.errors,
    }
}
