//! The filed report (`filing`) as a Word document (.docx, Office Open XML):
//! the Party header block, the title, each table with its caption (a
//! landscape section where the table needs one, header rows repeated on
//! each page), the tool's note, the closing block, and "Trang x/y" in the
//! footer of every page.
//!
//! Written directly as WordprocessingML into a zip with the `zip` crate that
//! the XLSX writer already brings: a document crate (docx-rs) would add its
//! own XML and image stack to the file module for the few elements used here.

use std::io::{Cursor, Write};

use docx_zip::write::SimpleFileOptions;
use docx_zip::{CompressionMethod, ZipWriter};

use crate::filing::{Filing, Row, Table};

/// A4 in twentieths of a point, and margins as Vietnamese administrative
/// documents use them (top and bottom 2 cm, left 3 cm, right 1,5 cm).
const A4_SHORT: u32 = 11_906;
const A4_LONG: u32 = 16_838;
const MARGIN_TOP: u32 = 1_134;
const MARGIN_LEFT: u32 = 1_701;
const MARGIN_RIGHT: u32 = 851;

fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML 1.0 cannot hold.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[derive(Clone, Copy, Default)]
struct Style {
    bold: bool,
    italic: bool,
    underline: bool,
    size: Option<u32>,
}

const B: Style = Style {
    bold: true,
    italic: false,
    underline: false,
    size: None,
};
const PLAIN: Style = Style {
    bold: false,
    italic: false,
    underline: false,
    size: None,
};

fn run(text: &str, s: Style) -> String {
    let mut props = String::new();
    if s.bold {
        props.push_str("<w:b/>");
    }
    if s.italic {
        props.push_str("<w:i/>");
    }
    if s.underline {
        props.push_str(r#"<w:u w:val="single"/>"#);
    }
    if let Some(size) = s.size {
        props.push_str(&format!(
            r#"<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>"#
        ));
    }
    let props = if props.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{props}</w:rPr>")
    };
    format!(
        r#"<w:r>{props}<w:t xml:space="preserve">{}</w:t></w:r>"#,
        esc(text)
    )
}

fn para(text: &str, s: Style, align: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:spacing w:before="0" w:after="60"/><w:jc w:val="{align}"/></w:pPr>{}</w:p>"#,
        run(text, s)
    )
}

fn cell(content: &str, width: u32, extra: &str) -> String {
    format!(r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{extra}</w:tcPr>{content}</w:tc>"#)
}

fn borderless_table(widths: &[u32], rows: &[Vec<String>]) -> String {
    let grid: String = widths
        .iter()
        .map(|w| format!(r#"<w:gridCol w:w="{w}"/>"#))
        .collect();
    let body: String = rows
        .iter()
        .map(|cells| {
            let tcs: String = cells
                .iter()
                .zip(widths)
                .map(|(c, w)| cell(c, *w, ""))
                .collect();
            format!("<w:tr>{tcs}</w:tr>")
        })
        .collect();
    format!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"#
    )
}

fn header_block(f: &Filing, width: u32) -> String {
    let h = &f.header;
    let left = [
        para(&h.superior, PLAIN, "center"),
        para(&h.issuer, B, "center"),
        para(&h.motto, PLAIN, "center"),
        para(&h.number, PLAIN, "center"),
    ]
    .concat();
    let right = [
        para(
            &h.party,
            Style {
                underline: true,
                ..B
            },
            "center",
        ),
        para(
            &h.place_date,
            Style {
                italic: true,
                ..PLAIN
            },
            "center",
        ),
    ]
    .concat();
    borderless_table(&[width * 2 / 5, width * 3 / 5], &[vec![left, right]])
}

fn closing_block(f: &Filing, width: u32) -> String {
    let c = &f.closing;
    let mut left = para(
        &c.recipients_label,
        Style {
            bold: true,
            italic: true,
            ..PLAIN
        },
        "left",
    );
    for r in &c.recipients {
        left.push_str(&para(
            r,
            Style {
                size: Some(22),
                ..PLAIN
            },
            "left",
        ));
    }
    let mut right = para(&c.on_behalf, B, "center");
    right.push_str(&para(&c.signer_title, B, "center"));
    for _ in 0..3 {
        right.push_str(&para("", PLAIN, "center"));
    }
    right.push_str(&para(&c.signer, B, "center"));
    borderless_table(&[width / 2, width / 2], &[vec![left, right]])
}

fn data_row(row: &Row, widths: &[u32], header: bool) -> String {
    let span = widths.len();
    let shade = r#"<w:shd w:val="clear" w:color="auto" w:fill="E8EEF6"/>"#;
    if row.kind == "section" {
        let text = row.cells.first().map_or("", String::as_str);
        let total: u32 = widths.iter().sum();
        return format!(
            "<w:tr>{}</w:tr>",
            cell(
                &para(text, B, "left"),
                total,
                &format!(r#"<w:gridSpan w:val="{span}"/>{shade}"#)
            )
        );
    }
    let style = if header || row.kind == "total" {
        B
    } else {
        PLAIN
    };
    let tcs: String = row
        .cells
        .iter()
        .zip(widths)
        .enumerate()
        .map(|(i, (c, w))| {
            let align = if i == 0 || header { "left" } else { "center" };
            cell(
                &para(
                    c,
                    Style {
                        size: Some(22),
                        ..style
                    },
                    align,
                ),
                *w,
                if header { shade } else { "" },
            )
        })
        .collect();
    let props = if header {
        "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
    } else {
        "<w:trPr><w:cantSplit/></w:trPr>"
    };
    format!("<w:tr>{props}{tcs}</w:tr>")
}

fn data_table(t: &Table, width: u32) -> String {
    let columns = t.head.len().max(1);
    // The first column (criterion, name) gets a larger share.
    let first = if columns > 2 {
        width * 2 / (columns as u32 + 1)
    } else {
        width / 2
    };
    let rest = (width - first) / (columns as u32 - 1).max(1);
    let widths: Vec<u32> = (0..columns)
        .map(|i| if i == 0 { first } else { rest })
        .collect();
    let grid: String = widths
        .iter()
        .map(|w| format!(r#"<w:gridCol w:w="{w}"/>"#))
        .collect();
    let mut out = para(&t.caption, B, "center");
    if let Some(unit) = &t.unit {
        out.push_str(&para(
            unit,
            Style {
                italic: true,
                ..PLAIN
            },
            "right",
        ));
    }
    let head = Row {
        kind: "",
        cells: t.head.clone(),
    };
    let mut body = data_row(&head, &widths, true);
    for r in &t.rows {
        let mut r = r.clone();
        if r.kind != "section" {
            r.cells.resize(columns, String::new());
        }
        body.push_str(&data_row(&r, &widths, false));
    }
    out.push_str(&format!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"#
    ));
    out.push_str(&para("", PLAIN, "left"));
    out
}

fn section_properties(landscape: bool) -> String {
    let (w, h, orient) = if landscape {
        (A4_LONG, A4_SHORT, r#" w:orient="landscape""#)
    } else {
        (A4_SHORT, A4_LONG, "")
    };
    format!(
        r#"<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="{w}" w:h="{h}"{orient}/><w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_TOP}" w:left="{MARGIN_LEFT}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>"#
    )
}

fn text_width(landscape: bool) -> u32 {
    let page = if landscape { A4_LONG } else { A4_SHORT };
    page - MARGIN_LEFT - MARGIN_RIGHT
}

/// `word/document.xml` of the report.
pub fn document_xml(f: &Filing) -> String {
    let mut body = String::new();
    let mut landscape = false;
    let portrait_width = text_width(false);
    body.push_str(&header_block(f, portrait_width));
    body.push_str(&para("", PLAIN, "center"));
    body.push_str(&para(
        &f.title,
        Style {
            size: Some(30),
            ..B
        },
        "center",
    ));
    body.push_str(&para(&f.subtitle, B, "center"));
    if !f.unit.is_empty() {
        body.push_str(&para(&f.unit, B, "center"));
    }
    body.push_str(&para(
        &f.note,
        Style {
            italic: true,
            size: Some(22),
            ..PLAIN
        },
        "both",
    ));
    for t in &f.tables {
        if t.landscape != landscape {
            // Ends the section so far with its own orientation.
            body.push_str(&format!(
                "<w:p><w:pPr>{}</w:pPr></w:p>",
                section_properties(landscape)
            ));
            landscape = t.landscape;
        }
        body.push_str(&data_table(t, text_width(landscape)));
    }
    body.push_str(&closing_block(f, text_width(landscape)));
    for t in &f.annex {
        // The annex starts on a new page, landscape where it needs.
        body.push_str(&format!(
            "<w:p><w:pPr>{}</w:pPr></w:p>",
            section_properties(landscape)
        ));
        landscape = t.landscape;
        body.push_str(&data_table(t, text_width(landscape)));
    }
    body.push_str(&section_properties(landscape));
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}</w:body></w:document>"#
    )
}

fn footer_xml(f: &Filing) -> String {
    // "Trang {page}/{pages}" with PAGE and NUMPAGES fields in place of the keys.
    let mut runs = String::new();
    let mut rest = f.page_label.as_str();
    while !rest.is_empty() {
        let next = [("{page}", "PAGE"), ("{pages}", "NUMPAGES")]
            .iter()
            .filter_map(|(key, field)| rest.find(key).map(|at| (at, *key, *field)))
            .min_by_key(|(at, _, _)| *at);
        match next {
            Some((at, key, field)) => {
                runs.push_str(&run(&rest[..at], PLAIN));
                runs.push_str(&format!(
                    r#"<w:fldSimple w:instr=" {field} ">{}</w:fldSimple>"#,
                    run("1", PLAIN)
                ));
                rest = &rest[at + key.len()..];
            }
            None => {
                runs.push_str(&run(rest, PLAIN));
                rest = "";
            }
        }
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{runs}</w:p></w:ftr>"#
    )
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"#;

/// Times New Roman 13 pt, as Vietnamese administrative documents are set.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#;

fn core_xml(f: &Filing) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{} — {}</dc:title><dc:creator>QHCB</dc:creator></cp:coreProperties>"#,
        esc(&f.title),
        esc(&f.subtitle)
    )
}

/// The .docx file of the filed report.
pub fn docx(f: &Filing) -> Result<Vec<u8>, std::io::Error> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let parts: [(&str, String); 7] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_owned()),
        ("_rels/.rels", ROOT_RELS.to_owned()),
        ("docProps/core.xml", core_xml(f)),
        ("word/document.xml", document_xml(f)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_owned()),
        ("word/styles.xml", STYLES.to_owned()),
        ("word/footer1.xml", footer_xml(f)),
    ];
    for (name, text) in parts {
        zip.start_file(name, options)
            .map_err(std::io::Error::other)?;
        zip.write_all(text.as_bytes())?;
    }
    let cursor = zip.finish().map_err(std::io::Error::other)?;
    Ok(cursor.into_inner())
}
