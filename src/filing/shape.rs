//! The filed report's document model: header, tables of rows, closing.
//! Every cell is text already formatted; renderers only lay it out.

use serde::Serialize;

/// The header block of a Party document.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Header {
    pub superior: String,
    pub issuer: String,
    pub motto: String,
    pub number: String,
    pub party: String,
    pub place_date: String,
}

/// The closing block: recipients on the left, the signature on the right.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Closing {
    pub recipients_label: String,
    pub recipients: Vec<String>,
    pub on_behalf: String,
    pub signer_title: String,
    pub signer: String,
}

/// A row of a table: plain, a section heading across the table, or a total.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    /// "", "section" or "total".
    pub kind: &'static str,
    pub cells: Vec<String>,
}

/// A table with its caption, one header row and its rows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Table {
    /// A stable name: "current", "planned", "groups", "titles", "list", "timeline", "findings".
    pub id: &'static str,
    pub caption: String,
    /// A line under the caption ("Đơn vị tính: người").
    pub unit: Option<String>,
    pub head: Vec<String>,
    pub rows: Vec<Row>,
    /// The table needs a landscape page.
    pub landscape: bool,
}

/// The whole filed report.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Filing {
    pub header: Header,
    pub title: String,
    pub subtitle: String,
    pub unit: String,
    /// The tool's note: a working document, when and how it was made.
    pub note: String,
    pub tables: Vec<Table>,
    pub closing: Closing,
    /// After the closing block: the short list of the people planned.
    pub annex: Vec<Table>,
    /// "Trang {page}/{pages}" for the renderers' page numbers.
    pub page_label: String,
}
