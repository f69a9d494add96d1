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
    if let Some(base) = folded_letter(c) {
        return Some(base);
    }
    Some(c.to_lowercase().next().unwrap_or(c))
}

/// The two blocks of code points that hold every letter of [`FOLDS`]:
/// Latin-1 Supplement to Latin Extended-B (à … ư), and Latin Extended
/// Additional (ạ … ỹ).
const BLOCKS: [(u32, usize); 2] = [(0x00C0, 0x100), (0x1EA0, 0x60)];

/// A letter of [`FOLDS`] by table, not by searching its strings: names,
/// titles and values of every row of a national roster's import are folded.
fn folded_letter(c: char) -> Option<char> {
    static TABLE: std::sync::OnceLock<Vec<Option<char>>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = vec![None; BLOCKS[0].1 + BLOCKS[1].1];
        for (letters, base) in FOLDS {
            for letter in letters.chars() {
                if let Some(i) = block_index(letter) {
                    table[i] = Some(*base);
                }
            }
        }
        table
    });
    block_index(c).and_then(|i| table[i])
}

fn block_index(c: char) -> Option<usize> {
    let code = u32::from(c);
    let mut offset = 0;
    for (start, len) in BLOCKS {
        if (start..start + len as u32).contains(&code) {
            return Some(offset + (code - start) as usize);
        }
        offset += len;
    }
    None
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_letter_folds_by_the_table_as_by_its_list() {
        for (letters, base) in FOLDS {
            for letter in letters.chars() {
                assert!(block_index(letter).is_some(), "{letter} outside the blocks");
                assert_eq!(fold_char(letter), Some(*base), "{letter}");
            }
        }
        assert_eq!(fold_char('Ж'), Some('ж'));
        assert_eq!(fold_char('ß'), Some('ß'));
        assert_eq!(fold_char('Ỿ'), Some('ỿ'));
        assert_eq!(fold("  THẠC   Sỹ, Đảng ủy "), "thac sy, dang uy");
    }
}
