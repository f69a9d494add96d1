//! Numbers written for readers: the Vietnamese way (1.253; 36,4%; 1,4 lần)
//! or the English way (1,253; 36.4%; 1.4).
//!
//! Used for the text of findings. The page formats its own tables with
//! `Intl.NumberFormat`, which gives the same digits.

use crate::lang::Lang;

/// `value` with at most `decimals` decimals, trailing zeros dropped, rounded
/// half away from zero, with thousands grouped.
///
/// ```
/// use qhcb::{format::number, messages::Lang};
/// assert_eq!(number(1253.0, 0, Lang::Vi), "1.253");
/// assert_eq!(number(2.0095, 2, Lang::Vi), "2,01");
/// assert_eq!(number(1.40, 2, Lang::Vi), "1,4");
/// assert_eq!(number(1253.5, 1, Lang::En), "1,253.5");
/// ```
pub fn number(value: f64, decimals: u32, lang: Lang) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let scale = 10f64.powi(decimals as i32);
    // The small nudge makes 0.145 × 100 (14.499999…) round as people expect.
    let scaled = (value.abs() * scale * (1.0 + 1e-12)).round();
    let whole = (scaled / scale).trunc();
    let mut fraction = format!(
        "{:0width$}",
        (scaled - whole * scale) as u64,
        width = decimals as usize
    );
    while fraction.ends_with('0') {
        fraction.pop();
    }
    let (group_sep, decimal_sep) = match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    };
    let digits = format!("{whole:.0}");
    let mut out = String::new();
    if value < 0.0 && scaled > 0.0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(group_sep);
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push(decimal_sep);
        out.push_str(&fraction);
    }
    out
}

/// A share in [0, 1] as a percentage with at most one decimal.
///
/// ```
/// use qhcb::{format::percent, messages::Lang};
/// assert_eq!(percent(4.0 / 11.0, Lang::Vi), "36,4%");
/// assert_eq!(percent(1.0, Lang::Vi), "100%");
/// assert_eq!(percent(6.0 / 7.0, Lang::En), "85.7%");
/// ```
pub fn percent(share: f64, lang: Lang) -> String {
    format!("{}%", number(share * 100.0, 1, lang))
}

/// A multiple ("1,4 lần") with at most two decimals, without the word.
pub fn multiple(value: f64, lang: Lang) -> String {
    number(value, 2, lang)
}
