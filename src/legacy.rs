//! Text typed with the legacy Vietnamese font encodings, converted to
//! Unicode (NFC).
//!
//! - **TCVN3 (ABC)**, TCVN 5712:1993: one byte per letter. In a spreadsheet
//!   the bytes show as Latin-1 look-alikes ("Hµ Néi" for "Hà Nội"), so the
//!   conversion maps characters U+00A1–U+00FE. Capital letters with tones had
//!   their own fonts (.VnTimeH) that reused the lower-case codes, so they come
//!   back as lower case, except the seven letters that have capital codes.
//! - **VNI-Windows**: a base letter followed by a mark character
//!   ("Haø Noäi" for "Hà Nội"); a few letters have a single code (ô = ơ,
//!   ö = ư, ñ = đ, í ì æ ó ò for i).
//!
//! The tables were written from the published character charts of the two
//! encodings. Detection looks at letters that only the legacy encodings
//! produce, so Unicode text is never converted by accident.

use unicode_normalization::UnicodeNormalization;

/// A text encoding of a column or cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Legacy {
    /// Already Unicode.
    Unicode,
    Tcvn3,
    Vni,
}

/// TCVN3 codes and the letters they stand for (public: tests write
/// TCVN3 files with it, inverted).
pub const TCVN3: &[(char, char)] = &[
    ('\u{A1}', 'Ă'),
    ('\u{A2}', 'Â'),
    ('\u{A3}', 'Ê'),
    ('\u{A4}', 'Ô'),
    ('\u{A5}', 'Ơ'),
    ('\u{A6}', 'Ư'),
    ('\u{A7}', 'Đ'),
    ('\u{A8}', 'ă'),
    ('\u{A9}', 'â'),
    ('\u{AA}', 'ê'),
    ('\u{AB}', 'ô'),
    ('\u{AC}', 'ơ'),
    ('\u{AD}', 'ư'),
    ('\u{AE}', 'đ'),
    ('\u{B5}', 'à'),
    ('\u{B6}', 'ả'),
    ('\u{B7}', 'ã'),
    ('\u{B8}', 'á'),
    ('\u{B9}', 'ạ'),
    ('\u{BB}', 'ằ'),
    ('\u{BC}', 'ẳ'),
    ('\u{BD}', 'ẵ'),
    ('\u{BE}', 'ắ'),
    ('\u{C6}', 'ặ'),
    ('\u{C7}', 'ầ'),
    ('\u{C8}', 'ẩ'),
    ('\u{C9}', 'ẫ'),
    ('\u{CA}', 'ấ'),
    ('\u{CB}', 'ậ'),
    ('\u{CC}', 'è'),
    ('\u{CE}', 'ẻ'),
    ('\u{CF}', 'ẽ'),
    ('\u{D0}', 'é'),
    ('\u{D1}', 'ẹ'),
    ('\u{D2}', 'ề'),
    ('\u{D3}', 'ể'),
    ('\u{D4}', 'ễ'),
    ('\u{D5}', 'ế'),
    ('\u{D6}', 'ệ'),
    ('\u{D7}', 'ì'),
    ('\u{D8}', 'ỉ'),
    ('\u{DC}', 'ĩ'),
    ('\u{DD}', 'í'),
    ('\u{DE}', 'ị'),
    ('\u{DF}', 'ò'),
    ('\u{E1}', 'ỏ'),
    ('\u{E2}', 'õ'),
    ('\u{E3}', 'ó'),
    ('\u{E4}', 'ọ'),
    ('\u{E5}', 'ồ'),
    ('\u{E6}', 'ổ'),
    ('\u{E7}', 'ỗ'),
    ('\u{E8}', 'ố'),
    ('\u{E9}', 'ộ'),
    ('\u{EA}', 'ờ'),
    ('\u{EB}', 'ở'),
    ('\u{EC}', 'ỡ'),
    ('\u{ED}', 'ớ'),
    ('\u{EE}', 'ợ'),
    ('\u{EF}', 'ù'),
    ('\u{F1}', 'ủ'),
    ('\u{F2}', 'ũ'),
    ('\u{F3}', 'ú'),
    ('\u{F4}', 'ụ'),
    ('\u{F5}', 'ừ'),
    ('\u{F6}', 'ử'),
    ('\u{F7}', 'ữ'),
    ('\u{F8}', 'ứ'),
    ('\u{F9}', 'ự'),
    ('\u{FA}', 'ỳ'),
    ('\u{FB}', 'ỷ'),
    ('\u{FC}', 'ỹ'),
    ('\u{FD}', 'ý'),
    ('\u{FE}', 'ỵ'),
];

/// VNI marks that follow a base vowel: (mark, [a, e, o, u, y] results,
/// capital mark). `None` where the pair is not a Vietnamese letter.
/// Tones: ù sắc, ø huyền, û hỏi, õ ngã, ï nặng.
/// Hats on a/e/o: â plain, á sắc, à huyền, å hỏi, ã ngã, ä nặng.
/// Breve on a: ê plain, é sắc, è huyền, ú hỏi, ü ngã, ë nặng.
const VNI_TONES: &[(char, char, [Option<char>; 5])] = &[
    (
        'ù',
        'Ù',
        [Some('á'), Some('é'), Some('ó'), Some('ú'), Some('ý')],
    ),
    (
        'ø',
        'Ø',
        [Some('à'), Some('è'), Some('ò'), Some('ù'), Some('ỳ')],
    ),
    (
        'û',
        'Û',
        [Some('ả'), Some('ẻ'), Some('ỏ'), Some('ủ'), Some('ỷ')],
    ),
    (
        'õ',
        'Õ',
        [Some('ã'), Some('ẽ'), Some('õ'), Some('ũ'), Some('ỹ')],
    ),
    ('ï', 'Ï', [Some('ạ'), Some('ẹ'), Some('ọ'), Some('ụ'), None]),
    ('â', 'Â', [Some('â'), Some('ê'), Some('ô'), None, None]),
    ('á', 'Á', [Some('ấ'), Some('ế'), Some('ố'), None, None]),
    ('à', 'À', [Some('ầ'), Some('ề'), Some('ồ'), None, None]),
    ('å', 'Å', [Some('ẩ'), Some('ể'), Some('ổ'), None, None]),
    ('ã', 'Ã', [Some('ẫ'), Some('ễ'), Some('ỗ'), None, None]),
    ('ä', 'Ä', [Some('ậ'), Some('ệ'), Some('ộ'), None, None]),
    ('ê', 'Ê', [Some('ă'), None, None, None, None]),
    ('é', 'É', [Some('ắ'), None, None, None, None]),
    ('è', 'È', [Some('ằ'), None, None, None, None]),
    ('ú', 'Ú', [Some('ẳ'), None, None, None, None]),
    ('ü', 'Ü', [Some('ẵ'), None, None, None, None]),
    ('ë', 'Ë', [Some('ặ'), None, None, None, None]),
];

/// VNI letters written with one code: ơ, ư, đ and the i with tones.
const VNI_SINGLE: &[(char, char)] = &[
    ('ô', 'ơ'),
    ('Ô', 'Ơ'),
    ('ö', 'ư'),
    ('Ö', 'Ư'),
    ('ñ', 'đ'),
    ('Ñ', 'Đ'),
    ('í', 'í'),
    ('Í', 'Í'),
    ('ì', 'ì'),
    ('Ì', 'Ì'),
    ('æ', 'ỉ'),
    ('Æ', 'Ỉ'),
    ('ó', 'ĩ'),
    ('Ó', 'Ĩ'),
    ('ò', 'ị'),
    ('Ò', 'Ị'),
    ('î', 'ỵ'),
    ('Î', 'Ỵ'),
];

fn base_slot(c: char) -> Option<(usize, bool)> {
    match c {
        'a' => Some((0, false)),
        'e' => Some((1, false)),
        'o' => Some((2, false)),
        'u' => Some((3, false)),
        'y' => Some((4, false)),
        'A' => Some((0, true)),
        'E' => Some((1, true)),
        'O' => Some((2, true)),
        'U' => Some((3, true)),
        'Y' => Some((4, true)),
        _ => None,
    }
}

fn upper(c: char) -> char {
    c.to_uppercase().next().unwrap_or(c)
}

/// A VNI mark applied to the letter before it; ơ and ư (written ô, ö) take
/// tones as o and u do.
fn vni_pair(base: char, mark: char) -> Option<char> {
    let (slot, capital, horn) = match base {
        'ô' => (2, false, true),
        'Ô' => (2, true, true),
        'ö' => (3, false, true),
        'Ö' => (3, true, true),
        other => {
            let (slot, capital) = base_slot(other)?;
            (slot, capital, false)
        }
    };
    let (_, _, results) = VNI_TONES.iter().find(|(lower, upper_mark, _)| {
        if capital {
            *upper_mark == mark || *lower == mark
        } else {
            *lower == mark
        }
    })?;
    let plain = results[slot]?;
    let letter = if horn { add_horn(plain)? } else { plain };
    Some(if capital { upper(letter) } else { letter })
}

/// o/u with a tone → ơ/ư with the same tone.
fn add_horn(c: char) -> Option<char> {
    const O: &str = "óòỏõọ";
    const OH: &str = "ớờởỡợ";
    const U: &str = "úùủũụ";
    const UH: &str = "ứừửữự";
    O.chars()
        .position(|x| x == c)
        .and_then(|i| OH.chars().nth(i))
        .or_else(|| {
            U.chars()
                .position(|x| x == c)
                .and_then(|i| UH.chars().nth(i))
        })
}

/// TCVN3 text to Unicode (NFC).
///
/// ```
/// use qhcb::legacy::tcvn3_to_unicode;
/// assert_eq!(tcvn3_to_unicode("Hµ Néi"), "Hà Nội");
/// assert_eq!(tcvn3_to_unicode("NguyÔn ThÞ Ng\u{ad}êi"), "Nguyễn Thị Người");
/// ```
pub fn tcvn3_to_unicode(text: &str) -> String {
    text.chars()
        .map(|c| {
            TCVN3
                .iter()
                .find(|(code, _)| *code == c)
                .map_or(c, |(_, letter)| *letter)
        })
        .collect::<String>()
        .nfc()
        .collect()
}

/// VNI-Windows text to Unicode (NFC).
///
/// ```
/// use qhcb::legacy::vni_to_unicode;
/// assert_eq!(vni_to_unicode("Haø Noäi"), "Hà Nội");
/// assert_eq!(vni_to_unicode("Nguyeãn Thò Ngöôøi"), "Nguyễn Thị Người");
/// assert_eq!(vni_to_unicode("ÑAÛNG"), "ĐẢNG");
/// ```
pub fn vni_to_unicode(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(&next) = chars.get(i + 1) {
            if let Some(letter) = vni_pair(c, next) {
                out.push(letter);
                i += 2;
                continue;
            }
        }
        out.push(
            VNI_SINGLE
                .iter()
                .find(|(code, _)| *code == c)
                .map_or(c, |(_, letter)| *letter),
        );
        i += 1;
    }
    out.nfc().collect()
}

/// Text in Unicode NFC form (precomposed letters, as Vietnamese is typed).
/// Most cells already are: a quick check spares the decomposition.
pub fn nfc(text: &str) -> String {
    if text.is_ascii()
        || unicode_normalization::is_nfc_quick(text.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        text.to_owned()
    } else {
        text.nfc().collect()
    }
}

/// Text in `encoding` to Unicode (NFC).
pub fn to_unicode(text: &str, encoding: Legacy) -> String {
    match encoding {
        Legacy::Unicode => nfc(text),
        Legacy::Tcvn3 => tcvn3_to_unicode(text),
        Legacy::Vni => vni_to_unicode(text),
    }
}

/// Whether text holds Vietnamese letters only Unicode has (ạ…ỹ, ơ, ư, đ):
/// such text is not legacy-encoded.
fn has_unicode_vietnamese(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{1EA0}'..='\u{1EF9}').contains(&c) || "ơưđƠƯĐăĂĩĨũŨ".contains(c))
}

/// TCVN3 codes that are not letters of Unicode Vietnamese text (so "à",
/// "ô", "É" and the like, which Unicode text has too, do not count).
fn tcvn3_signal(c: char) -> bool {
    matches!(c, '\u{A1}'..='\u{AE}' | '\u{B5}'..='\u{BE}' | '\u{C6}' | '\u{C7}' | '\u{CB}' | '\u{CE}'..='\u{D1}' | '\u{D6}'..='\u{D8}' | '\u{DC}' | '\u{DE}' | '\u{DF}' | '\u{E4}'..='\u{E7}' | '\u{EB}' | '\u{EE}' | '\u{EF}' | '\u{F1}' | '\u{F6}'..='\u{F8}' | '\u{FB}' | '\u{FC}' | '\u{FE}')
}

/// VNI codes that stand alone for a letter (ư, đ, ỉ, ỵ).
fn vni_single_signal(c: char) -> bool {
    matches!(c, 'ö' | 'Ö' | 'ñ' | 'Ñ' | 'æ' | 'Æ' | 'î' | 'Î')
}

/// Counts the evidence for each legacy encoding in a text: VNI by vowel +
/// mark pairs and its single codes; TCVN3 by its codes that VNI does not
/// explain (a TCVN3 letter usually follows a consonant: "Hµ", "Néi").
fn signals(text: &str) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let (mut tcvn3, mut vni) = (0, 0);
    for (i, &c) in chars.iter().enumerate() {
        let after_vowel = i > 0
            && (base_slot(chars[i - 1]).is_some() || matches!(chars[i - 1], 'ô' | 'Ô' | 'ö' | 'Ö'));
        let vni_mark = after_vowel && vni_pair(chars[i - 1], c).is_some();
        // TCVN3 writes toned letters with codes that read as capitals:
        // a capital right after a small letter ("cÊp", "NguyÔn") is one.
        let capital_inside =
            i > 0 && chars[i - 1].is_lowercase() && ('\u{C0}'..='\u{DE}').contains(&c);
        if vni_mark || vni_single_signal(c) {
            vni += 1;
        } else if tcvn3_signal(c) || capital_inside {
            tcvn3 += 1;
        }
    }
    (tcvn3, vni)
}

/// Whether any of the texts shows a sign of `encoding` (and none is Unicode
/// Vietnamese): weaker evidence than [`detect`] asks for, used when the rest
/// of the sheet is known to be in that encoding.
pub fn has_signs_of<S: AsRef<str>>(texts: &[S], encoding: Legacy) -> bool {
    if texts.iter().any(|t| has_unicode_vietnamese(t.as_ref())) {
        return false;
    }
    texts
        .iter()
        .map(|t| signals(t.as_ref()))
        .any(|(tcvn3, vni)| match encoding {
            Legacy::Tcvn3 => tcvn3 > 0,
            Legacy::Vni => vni > 0,
            Legacy::Unicode => false,
        })
}

/// The encoding that best explains a set of texts (a column's cells).
///
/// The letters only a legacy encoding produces are counted; when both
/// encodings have some (TCVN3 writes "ủ" with the code VNI uses for "đ", so
/// a TCVN3 column with "ủy" has VNI signs), or when the signs are few (a
/// one-row file), the conversion is checked: the encoding whose converted
/// words read as Vietnamese syllables wins.
///
/// ```
/// use qhcb::legacy::{detect, Legacy};
/// assert_eq!(detect(&["NguyÔn V¨n An", "TrÇn ThÞ B×nh"]), Legacy::Tcvn3);
/// assert_eq!(detect(&["Nguyeãn Vaên An", "Traàn Thò Bình"]), Legacy::Vni);
/// assert_eq!(detect(&["Nguyễn Văn An", "Hoàng Thị Huế"]), Legacy::Unicode);
/// // TCVN3 "Phó Chủ tịch Ủy ban": its "ñ" is also VNI's "đ".
/// assert_eq!(detect(&["Phã Chñ tÞch ñy ban"]), Legacy::Tcvn3);
/// assert_eq!(detect(&["Lª Hoa"]), Legacy::Tcvn3);
/// assert_eq!(detect(&["Công ty ©"]), Legacy::Unicode);
/// ```
pub fn detect<S: AsRef<str>>(texts: &[S]) -> Legacy {
    let (mut tcvn3, mut vni, mut letters) = (0usize, 0usize, 0usize);
    for text in texts {
        let text = text.as_ref();
        if has_unicode_vietnamese(text) {
            return Legacy::Unicode;
        }
        letters += text.chars().filter(|c| c.is_alphabetic()).count();
        let (t, v) = signals(text);
        tcvn3 += t;
        vni += v;
    }
    // A few stray symbols do not make a column legacy-encoded.
    let enough = |n: usize| n >= 2 && n * 40 >= letters;
    let by_count = match (enough(tcvn3), enough(vni)) {
        (true, true) if vni >= tcvn3 => Legacy::Vni,
        (true, _) => Legacy::Tcvn3,
        (false, true) => Legacy::Vni,
        _ => Legacy::Unicode,
    };
    if tcvn3 == 0 && vni == 0 {
        return Legacy::Unicode;
    }
    let t = if tcvn3 > 0 {
        Some(reading(texts, Legacy::Tcvn3))
    } else {
        None
    };
    let v = if vni > 0 {
        Some(reading(texts, Legacy::Vni))
    } else {
        None
    };
    let score = |r: &Option<Reading>| r.map_or(i64::MIN, |r| r.valid as i64 - r.invalid as i64);
    if by_count != Legacy::Unicode {
        return match (t, v) {
            (Some(_), Some(_)) if score(&t) > score(&v) => Legacy::Tcvn3,
            (Some(_), Some(_)) if score(&v) > score(&t) => Legacy::Vni,
            _ => by_count,
        };
    }
    // Few signs: converted only when every changed word then reads as
    // Vietnamese and did not before.
    let convincing = |r: &Option<Reading>| {
        r.is_some_and(|r| r.invalid == 0 && r.valid >= 1 && r.valid_before < r.valid)
    };
    match (convincing(&t), convincing(&v)) {
        (true, true) if score(&v) > score(&t) => Legacy::Vni,
        (true, _) => Legacy::Tcvn3,
        (false, true) => Legacy::Vni,
        _ => Legacy::Unicode,
    }
}

/// Of two encodings, the one whose conversion of `texts` reads more as
/// Vietnamese (the first when they read alike): a column's own evidence
/// weighed against the sheet's.
pub fn better_of<S: AsRef<str>>(texts: &[S], first: Legacy, second: Legacy) -> Legacy {
    let score = |e: Legacy| {
        if e == Legacy::Unicode {
            return 0;
        }
        let r = reading(texts, e);
        r.valid as i64 - r.invalid as i64
    };
    if score(second) > score(first) {
        second
    } else {
        first
    }
}

/// How the words a conversion changes read: as Vietnamese syllables
/// (`valid`) or not, and how many read so before it.
#[derive(Clone, Copy, Debug)]
struct Reading {
    valid: usize,
    invalid: usize,
    valid_before: usize,
}

fn reading<S: AsRef<str>>(texts: &[S], encoding: Legacy) -> Reading {
    let mut r = Reading {
        valid: 0,
        invalid: 0,
        valid_before: 0,
    };
    for text in texts.iter().take(400) {
        let text = text.as_ref();
        for word in text.split(|c: char| c.is_whitespace() || ",;/()-.:".contains(c)) {
            if word.is_empty() {
                continue;
            }
            let converted = to_unicode(word, encoding);
            // A lone symbol ("©" in "Công ty ©") is no evidence.
            if converted == nfc(word) || converted.chars().count() < 2 {
                continue;
            }
            if is_syllable(&converted) {
                r.valid += 1;
            } else {
                r.invalid += 1;
            }
            if is_syllable(word) {
                r.valid_before += 1;
            }
        }
    }
    r
}

/// Whether a word is one Vietnamese syllable: an onset, a vowel nucleus
/// with at most one tone, a final consonant.
///
/// ```
/// use qhcb::legacy::is_syllable;
/// for w in ["Nguyễn", "ủy", "Thường", "gì", "quốc", "khuya", "nghiêng", "xoong"] {
///     assert!(is_syllable(w), "{w}");
/// }
/// for w in ["Néi", "nh©n", "Hµ", "tÞch", "Bxy"] {
///     assert!(!is_syllable(w), "{w}");
/// }
/// ```
pub fn is_syllable(word: &str) -> bool {
    const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
    const ONSETS: &[&str] = &[
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "đ", "g",
        "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];
    const NUCLEI: &[&str] = &[
        "iêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uyê", "yêu", "uya", "uyu", "ai",
        "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi",
        "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "ưa", "ưi", "ươ", "ưu", "uy", "yê", "oo", "a",
        "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
    ];
    const CODAS: &[&str] = &["ng", "nh", "ch", "c", "m", "n", "p", "t", ""];
    let lower = word.to_lowercase();
    let decomposed: String = lower.nfd().collect();
    if decomposed.chars().filter(|c| TONES.contains(c)).count() > 1 {
        return false;
    }
    let bare: String = decomposed
        .chars()
        .filter(|c| !TONES.contains(c))
        .collect::<String>()
        .nfc()
        .collect();
    if bare.is_empty() || !bare.chars().all(char::is_alphabetic) {
        return false;
    }
    ONSETS.iter().any(|onset| {
        let Some(rest) = bare.strip_prefix(onset) else {
            return false;
        };
        if rest.is_empty() {
            // "gì": the onset "gi" holds the vowel.
            return *onset == "gi";
        }
        NUCLEI.iter().any(|nucleus| {
            rest.strip_prefix(nucleus)
                .is_some_and(|coda| CODAS.contains(&coda))
        })
    })
}
