//! The cell formats of the workbook: Times New Roman, thin borders, counts,
//! shares and dates as Vietnamese readers expect them.

use rust_xlsxwriter::{Format, FormatBorder};

pub struct Formats {
    pub title: Format,
    pub head: Format,
    pub text: Format,
    pub count: Format,
    pub percent: Format,
    pub date: Format,
}

pub fn formats() -> Formats {
    let bordered = || {
        Format::new()
            .set_border(FormatBorder::Thin)
            .set_font_name("Times New Roman")
            .set_font_size(12)
    };
    Formats {
        title: Format::new()
            .set_bold()
            .set_font_name("Times New Roman")
            .set_font_size(14),
        head: bordered()
            .set_bold()
            .set_text_wrap()
            .set_background_color("#EEF0F4"),
        text: bordered(),
        count: bordered().set_num_format("#,##0"),
        percent: bordered().set_num_format("0.0%"),
        date: bordered().set_num_format("dd/mm/yyyy"),
    }
}
