//! Provinces after the 2025 merger (Nghị quyết 202/2025/QH15, in force from
//! 01/7/2025: 63 provinces and cities became 34), with the names before it,
//! so that a hometown written either way ("xã Kim Sơn, huyện Kim Sơn, tỉnh
//! Ninh Bình", "Nam Định", "TP. HCM") names today's province; and the
//! proposal the page makes from a hometown column: who is from outside the
//! province the user names (issue 16: the non-local share).

use crate::text::fold;

/// A province or centrally governed city after 01/7/2025, with the units
/// merged into it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Province {
    pub name: &'static str,
    /// Names before the merger (and older or short names) that now lie in it.
    pub former: &'static [&'static str],
}

const fn p(name: &'static str, former: &'static [&'static str]) -> Province {
    Province { name, former }
}

/// The 34 provinces and cities.
pub const PROVINCES: &[Province] = &[
    p("Hà Nội", &["Hà Tây"]),
    p("Huế", &["Thừa Thiên Huế", "Thừa Thiên - Huế"]),
    p("Lai Châu", &[]),
    p("Điện Biên", &[]),
    p("Sơn La", &[]),
    p("Lạng Sơn", &[]),
    p("Quảng Ninh", &[]),
    p("Thanh Hóa", &[]),
    p("Nghệ An", &[]),
    p("Hà Tĩnh", &[]),
    p("Cao Bằng", &[]),
    p("Tuyên Quang", &["Hà Giang"]),
    p("Lào Cai", &["Yên Bái"]),
    p("Thái Nguyên", &["Bắc Kạn", "Bắc Cạn"]),
    p("Phú Thọ", &["Vĩnh Phúc", "Hòa Bình"]),
    p("Bắc Ninh", &["Bắc Giang"]),
    p("Hưng Yên", &["Thái Bình"]),
    p("Hải Phòng", &["Hải Dương"]),
    p("Ninh Bình", &["Hà Nam", "Nam Định"]),
    p("Quảng Trị", &["Quảng Bình"]),
    p("Đà Nẵng", &["Quảng Nam"]),
    p("Quảng Ngãi", &["Kon Tum"]),
    p("Gia Lai", &["Bình Định"]),
    p("Khánh Hòa", &["Ninh Thuận"]),
    p("Lâm Đồng", &["Đắk Nông", "Đăk Nông", "Bình Thuận"]),
    p("Đắk Lắk", &["Đăk Lăk", "Phú Yên"]),
    p(
        "Hồ Chí Minh",
        &[
            "TP HCM",
            "TP. HCM",
            "TPHCM",
            "HCM",
            "Sài Gòn",
            "Bình Dương",
            "Bà Rịa - Vũng Tàu",
            "Bà Rịa Vũng Tàu",
            "BR-VT",
            "Vũng Tàu",
        ],
    ),
    p("Đồng Nai", &["Bình Phước"]),
    p("Tây Ninh", &["Long An"]),
    p("Cần Thơ", &["Sóc Trăng", "Hậu Giang"]),
    p("Vĩnh Long", &["Bến Tre", "Trà Vinh"]),
    p("Đồng Tháp", &["Tiền Giang"]),
    p("Cà Mau", &["Bạc Liêu"]),
    p("An Giang", &["Kiên Giang"]),
];

/// Every name of every province, folded, longest first (so "Bà Rịa - Vũng
/// Tàu" is found before "Vũng Tàu"), with the province it names; made once.
fn names() -> &'static [(String, &'static Province)] {
    static NAMES: std::sync::OnceLock<Vec<(String, &'static Province)>> =
        std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut all: Vec<(String, &'static Province)> = PROVINCES
            .iter()
            .flat_map(|p| {
                std::iter::once(p.name)
                    .chain(p.former.iter().copied())
                    .map(move |n| (words(n), p))
            })
            .collect();
        all.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        all
    })
}

/// Words that say the next name is a province or a city ("tỉnh Nam Định",
/// "thành phố Hải Phòng", "TP. Huế"), folded as [`words`] folds them.
const PROVINCE_WORDS: [&str; 3] = [" tinh ", " thanh pho ", " tp "];

/// Folded text with every run of non-letters made one space, so that
/// "Bà Rịa-Vũng Tàu", "Thừa Thiên - Huế" and "TP.HCM" compare as words.
fn words(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len() + 2);
    out.push(' ');
    for c in folded.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// The province a place's text names: a name written after "tỉnh" or
/// "thành phố" first, else the name found last in the text, as an address
/// ends with its province ("xã Hòa Bình, huyện Xuân Trường, tỉnh Nam Định"
/// is in Ninh Bình, not Phú Thọ). A former name gives today's province.
///
/// ```
/// use qhcb::places::province_of;
/// assert_eq!(province_of("Xuân Trường, Nam Định").map(|p| p.name), Some("Ninh Bình"));
/// assert_eq!(province_of("TP. HCM").map(|p| p.name), Some("Hồ Chí Minh"));
/// assert_eq!(province_of("Thành phố Hồ Chí Minh").map(|p| p.name), Some("Hồ Chí Minh"));
/// assert_eq!(province_of("không rõ"), None);
/// ```
pub fn province_of(text: &str) -> Option<&'static Province> {
    let text = words(text);
    // (named after "tỉnh"/"thành phố", end of the match, length of the name)
    let mut best: Option<(bool, usize, usize, &'static Province)> = None;
    for (name, province) in names() {
        for (at, _) in text.match_indices(name.as_str()) {
            let marked = PROVINCE_WORDS.iter().any(|w| text[..at + 1].ends_with(w));
            let key = (marked, at + name.len(), name.len());
            // A marked name wins; then the match ending last; at the same end, the longer name.
            if best.is_none_or(|(m, e, len, _)| key > (m, e, len)) {
                best = Some((key.0, key.1, key.2, province));
            }
        }
    }
    best.map(|(_, _, _, p)| p)
}

/// Who is from outside a province, by their hometown: row indexes of the
/// people whose hometown lies in it (local), outside it (non-local), and
/// whose hometown names no province (left as they are).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HometownMarks {
    pub local: Vec<usize>,
    pub non_local: Vec<usize>,
    pub unknown: Vec<usize>,
}

/// Sorts people by hometown against `province` (any of its names, old or
/// new). `None` when `province` names no province. People without a
/// hometown are in none of the lists.
///
/// ```
/// use qhcb::places::mark_by_hometown;
/// let marks = mark_by_hometown(&[Some("Hải Dương"), Some("Nghệ An"), None, Some("?")], "Hải Phòng").unwrap();
/// assert_eq!((marks.local, marks.non_local, marks.unknown), (vec![0], vec![1], vec![3]));
/// ```
pub fn mark_by_hometown(hometowns: &[Option<&str>], province: &str) -> Option<HometownMarks> {
    let home = province_of(province)?;
    let mut marks = HometownMarks::default();
    for (i, hometown) in hometowns.iter().enumerate() {
        let Some(text) = hometown.filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        match province_of(text) {
            Some(p) if p == home => marks.local.push(i),
            Some(_) => marks.non_local.push(i),
            None => marks.unknown.push(i),
        }
    }
    Some(marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirty_four_provinces_from_sixty_three() {
        assert_eq!(PROVINCES.len(), 34);
        let former: usize = PROVINCES
            .iter()
            .map(|p| {
                p.former
                    .iter()
                    .filter(|f| {
                        // Count provinces, not spellings of the same one.
                        ![
                            "Hà Tây",
                            "Thừa Thiên - Huế",
                            "Bắc Cạn",
                            "Đăk Nông",
                            "Đăk Lăk",
                            "TP HCM",
                            "TP. HCM",
                            "TPHCM",
                            "HCM",
                            "Sài Gòn",
                            "Bà Rịa Vũng Tàu",
                            "BR-VT",
                            "Vũng Tàu",
                        ]
                        .contains(f)
                    })
                    .count()
            })
            .sum();
        // Huế's former name is the same province renamed, not a merger.
        assert_eq!(PROVINCES.len() + former - 1, 63);
    }

    #[test]
    fn addresses_name_their_last_province() {
        let cases = [
            ("Xã Hòa Bình, huyện Xuân Trường, tỉnh Nam Định", "Ninh Bình"),
            ("Hòa Bình", "Phú Thọ"),
            ("Bà Rịa-Vũng Tàu", "Hồ Chí Minh"),
            ("thị xã Sơn Tây, Hà Tây", "Hà Nội"),
            ("Thừa Thiên - Huế", "Huế"),
            ("Đăk Lăk", "Đắk Lắk"),
            ("ha giang", "Tuyên Quang"),
            ("Quảng Nam", "Đà Nẵng"),
            ("Quảng Ngãi", "Quảng Ngãi"),
            // The province named as such wins over a commune named like one after it.
            ("tỉnh Nam Định, huyện Xuân Trường, xã Hòa Bình", "Ninh Bình"),
            ("thành phố Hải Phòng, phường Long An", "Hải Phòng"),
            ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ];
        for (text, want) in cases {
            assert_eq!(province_of(text).map(|p| p.name), Some(want), "{text}");
        }
    }
}
