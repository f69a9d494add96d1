//! A quick worksheet's result as CSV: one row per figure (its key, its
//! value as a number, its text) and one per finding (its rule code and its
//! message), with the headers in the requested language. Written by the one
//! CSV module, so a text that starts like a formula (a title name "=…" at
//! the head of a finding) is guarded and a value is a number.

use crate::csv::{Field, Writer};
use crate::lang::Lang;
use crate::messages::exports::export_words;
use crate::worksheets::SheetResult;

/// The worksheet's figures and findings as CSV (UTF-8 with BOM).
pub fn worksheet_csv(result: &SheetResult, lang: Lang) -> String {
    let mut out = Writer::new();
    out.text_row(&export_words(lang).worksheet_cols);
    for figure in &result.figures {
        let text = match lang {
            Lang::Vi => &figure.vi,
            Lang::En => &figure.en,
        };
        out.row([
            Field::text(figure.key.as_str()),
            Field::number(figure.value.filter(|v| v.is_finite())),
            Field::text(text.as_str()),
        ]);
    }
    for finding in &result.findings {
        out.row([
            Field::text(finding.code),
            Field::Empty,
            Field::text(finding.messages.get(lang)),
        ]);
    }
    out.finish()
}
