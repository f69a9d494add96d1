//! Reading the counts of a worksheet, the Vietnamese way, collecting the errors.

use serde_json::Value;

use super::result::InputError;
use crate::lang::Lang;
use crate::messages::catalogue;

/// Reads the counts of a worksheet, collecting the errors.
pub(super) struct Reader {
    pub(super) errors: Vec<InputError>,
    pub(super) lang: Lang,
    /// A field holds a value that is not a count (not only a missing one).
    pub(super) invalid: bool,
}

impl Reader {
    /// A whole number ≥ 0; `required` says whether absence is an error.
    pub(super) fn count(
        &mut self,
        field: &str,
        value: &Option<Value>,
        required: bool,
    ) -> Option<f64> {
        let text = catalogue(self.lang);
        // An emptied field is a missing one.
        let value = match value {
            Some(Value::String(s)) if s.trim().is_empty() => &None,
            other => other,
        };
        match value {
            None | Some(Value::Null) => {
                if required {
                    self.errors.push(InputError {
                        field: field.to_owned(),
                        message: text.worksheet_input(None),
                    });
                }
                None
            }
            Some(v) => {
                let number = match v {
                    Value::String(s) => parse_vietnamese_number(s),
                    other => other.as_f64().ok_or(NumberError::NotACount),
                };
                match number {
                    Ok(n) if n >= 0.0 && n.fract() == 0.0 && n < 1e12 => Some(n),
                    failure => {
                        self.invalid = true;
                        let shown = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
                        let message = match failure {
                            Err(NumberError::Grouping) => text.worksheet_grouping(&shown),
                            _ => text.worksheet_input(Some(&shown)),
                        };
                        self.errors.push(InputError {
                            field: field.to_owned(),
                            message,
                        });
                        None
                    }
                }
            }
        }
    }
}

/// Why a text is not a count.
#[derive(Debug, PartialEq)]
pub(super) enum NumberError {
    /// Not digits at all, a sign, or a decimal comma ("4,5").
    NotACount,
    /// Dots that do not group thousands ("1.5", "12.34"): a dot is the
    /// Vietnamese thousands separator, so "1.5" is neither 15 nor 1½.
    Grouping,
}

/// A count written the Vietnamese way: "1253", "1.253" or "1 253" (a dot or
/// a space groups thousands, three digits each); "1.5" and "4,5" are not counts.
pub(super) fn parse_vietnamese_number(text: &str) -> Result<f64, NumberError> {
    let text = text.trim();
    let groups: Vec<&str> = text.split(['.', ' ', '\u{a0}']).collect();
    if text.is_empty()
        || !groups
            .iter()
            .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
    {
        let dotted_digits =
            text.contains('.') && text.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        return Err(if dotted_digits {
            NumberError::Grouping
        } else {
            NumberError::NotACount
        });
    }
    let grouped =
        groups.len() == 1 || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    if !grouped {
        return Err(NumberError::Grouping);
    }
    groups.concat().parse().map_err(|_| NumberError::NotACount)
}
