//! The rejected rows as CSV, to fix and import again.

use super::header::{cell_at, width};
use super::outcome::Rejection;
use super::table::{Cell, Table};

/// The rejected rows as CSV: the header row's cells, the row number, the
/// original cells and the reasons, for fixing and importing again. Written
/// by the one CSV module (issue 15): a text cell that starts like a formula
/// is guarded, a number cell stays a number; one pass over the rows and
/// one over the rejections, which come in row order.
pub(super) fn rejected_csv(
    table: &Table,
    header: usize,
    rows: &[usize],
    rejections: &[Rejection],
    [row_heading, reason_heading]: [&'static str; 2],
) -> String {
    use crate::csv::{Field, Writer};
    let width = width(table);
    let field = |cell: &Cell| match cell {
        Cell::Number(n) => Field::Number(*n),
        Cell::Empty => Field::Empty,
        other => Field::text(other.text()),
    };
    let mut out = Writer::new();
    out.row(
        std::iter::once(Field::text(row_heading))
            .chain((0..width).map(|c| Field::text(cell_at(table, header, c).text())))
            .chain(std::iter::once(Field::text(reason_heading))),
    );
    let mut next = 0;
    for &r in rows {
        while next < rejections.len() && rejections[next].row < r + 1 {
            next += 1;
        }
        let start = next;
        while next < rejections.len() && rejections[next].row == r + 1 {
            next += 1;
        }
        let reasons: Vec<&str> = rejections[start..next]
            .iter()
            .map(|x| x.reason.as_str())
            .collect();
        out.row(
            std::iter::once(Field::Number((r + 1) as f64))
                .chain((0..width).map(|c| field(cell_at(table, r, c))))
                .chain(std::iter::once(Field::text(reasons.join("; ")))),
        );
    }
    out.finish()
}
