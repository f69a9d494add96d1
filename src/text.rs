//! Folding Vietnamese text for matching: lower case, no tone or vowel marks,
//! "đ" as "d", single spaces. "Thạc sỹ", "THẠC SĨ" and "thac si" fold alike.

/// Precomposed Vietnamese letters and the base letter they fold to.
const FOLDS: &[(&str, char)] = &[
    ("àáạảãâầấậẩẫăằắặẳẵÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴ", 'a'),
    ("èéẹẻẽêềếệểễÈÉẸẺẼÊỀẾỆỂỄ", 'e'),
    ("ìíịỉĩÌÍỊỈĨ", 'i'),
    ("òóọỏõôồốộổỗơờớợởỡÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠ", 'o'),
    ("ùúụủũưừứựửữÙÚỤỦŨƯỪỨỰỬỮ", 'u'),
    ("ỳýỵỷỹỲÝỴỶỸ", 'y'),
    ("đĐ", 'd'),
];

fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    if ('\u{0300}'..='\u{036f}').contains(&c) {
        // A combining mark (text typed in decomposed form): dropped.
        return None;
    }
    for (letters, base) in FOLDS {
        if letters.contains(c) {
            return Some(*base);
        }
    }
    Some(c.to_lowercase().next().unwrap_or(c))
}

/// Folds text for matching.
///
/// ```
/// use qhcb::text::fold;
/// assert_eq!(fold("  Thạc   Sỹ "), "thac sy");
/// assert_eq!(fold("Nguyễn Đức"), "nguyen duc");
/// assert_eq!(fold("Nguye\u{0302}\u{0303}n"), "nguyen");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().filter_map(fold_char) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}
