//! What a worksheet gives back: figures in both languages and input errors.

use serde::Serialize;

use crate::rules::Finding;

/// One figure: its value and its text in both languages.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub key: String,
    pub value: Option<f64>,
    pub vi: String,
    pub en: String,
}

/// An input field that cannot be used.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InputError {
    pub field: String,
    pub message: String,
}

/// The result of a worksheet.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SheetResult {
    pub kind: &'static str,
    pub figures: Vec<Figure>,
    pub findings: Vec<Finding>,
    pub errors: Vec<InputError>,
}
