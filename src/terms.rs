//! The terms a planning record may be for (TERM-01 in regulations.md):
//! Party committees from grassroots to province sit for 2025–2030 (next
//! 2030–2035), People's Councils and Committees and the National Assembly
//! for 2026–2031 (next 2031–2036). A term starts at the congress month of
//! the unit's level (Chỉ thị 45-CT/TW: grassroots 04/2025, above grassroots
//! 06/2025, commune 07/2025, province 09/2025; the XIV Congress 01/2026) or
//! at the elections of 15/03/2026.

use serde::Serialize;

use crate::date::YearMonth;
use crate::lang::Lang;
use crate::model::Level;

/// A term the page offers for `termStart`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Term {
    /// "party" or "state".
    pub body: &'static str,
    /// "2025–2030 (cấp ủy Đảng, từ 09/2025)".
    pub label: String,
    /// The first month, "YYYY-MM": the value of `termStart`.
    pub start: String,
    /// The last month, "YYYY-MM".
    pub end: String,
}

/// The month the Party term 2025–2030 starts at a level.
fn party_start(level: Level) -> YearMonth {
    let (year, month) = match level {
        Level::Grassroots => (2025, 4),
        Level::AboveGrassroots | Level::District => (2025, 6),
        Level::Commune => (2025, 7),
        Level::Province => (2025, 9),
        Level::Central => (2026, 1),
    };
    YearMonth::new(year, month).unwrap_or_else(|| YearMonth::from_index(0))
}

/// The Party and State terms (current and next) for a unit of `level`.
///
/// ```
/// use qhcb::{messages::Lang, model::Level, terms::terms};
/// let t = terms(Level::Province, Lang::Vi);
/// assert_eq!(t[0].label, "Nhiệm kỳ 2025–2030 (cấp ủy Đảng, từ 09/2025)");
/// assert_eq!((t[0].start.as_str(), t[2].start.as_str()), ("2025-09", "2026-03"));
/// ```
pub fn terms(level: Level, lang: Lang) -> Vec<Term> {
    let state = YearMonth::new(2026, 3).unwrap_or_else(|| YearMonth::from_index(0));
    let party = party_start(level);
    let next = |m: YearMonth| YearMonth::from_index(m.index() + 60);
    let mut out = Vec::new();
    for (body, start) in [
        ("party", party),
        ("party", next(party)),
        ("state", state),
        ("state", next(state)),
    ] {
        let end = YearMonth::from_index(start.index() + 59);
        // The term is named by its congress years: 2025–2030 even when its
        // 60 months run into 2031 (a congress in 01/2026 for 2026–2031).
        let (from, to) = (start.year(), start.year() + 5);
        let label = match (lang, body) {
            (Lang::Vi, "party") => format!(
                "Nhiệm kỳ {from}–{to} (cấp ủy Đảng, từ {})",
                start.to_vietnamese()
            ),
            (Lang::Vi, _) => format!(
                "Nhiệm kỳ {from}–{to} (HĐND, UBND, từ {})",
                start.to_vietnamese()
            ),
            (Lang::En, "party") => format!(
                "{from}–{to} term (Party committee, from {})",
                start.to_english()
            ),
            (Lang::En, _) => format!(
                "{from}–{to} term (People's Council and Committee, from {})",
                start.to_english()
            ),
        };
        out.push(Term {
            body,
            label,
            start: start.to_string(),
            end: end.to_string(),
        });
    }
    out
}
