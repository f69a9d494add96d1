//! Reading one cell typed or pasted by a user (or read from a spreadsheet)
//! into the value a `qhcb/1` field holds: "Nữ" → "F", "15/03/1978" →
//! "1978-03-15", "Thạc sỹ" → "master", "x" → true, "BT, PBT" → ["bt", "pbt"].
//!
//! The page's grid and the importers share these rules, so a value means the
//! same wherever it comes from. A value that is not recognised is an error
//! that says what the field expects; it is never guessed.

use serde_json::{json, Value};

use crate::date::{PartialDate, Precision};
use crate::schema::fields::{self, Kind, Place};
use crate::schema::{
    AcademicTitle, Candidacy, CandidacyFor, Education, EthnicGroup, PoliticalTheory, Sex,
    Vocabulary, NO, YES,
};
use crate::text::fold;

/// Why a cell could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum CellError {
    /// The field is not one the grid edits.
    UnknownField(String),
    /// The text is not a value of the field; carries what the field expects.
    Unrecognised { expected: Wanted },
    /// A title that is not in the titles list.
    UnknownTitle(String),
}

/// What a cell's field wants, when the text is not one of its values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// dd/mm/yyyy, mm/yyyy or yyyy.
    Date,
    /// Yes or no ("x" to tick).
    YesNo,
    /// An ethnic group's name, or a mark for a minority (the ethnic columns).
    Ethnic,
    /// A value of the schema's enumeration of this name; messages list its labels.
    OneOf(&'static str),
}

/// A title as the matcher sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleName {
    pub id: String,
    pub name: Option<String>,
}

/// The enumeration value `folded` names, as its contract id.
fn lookup<T: Vocabulary>(folded: &str) -> Option<&'static str> {
    T::from_folded(folded).map(|v| v.id())
}

/// Reads `text` as a value of the person field `field`. Empty text clears the
/// field (null), except for lists, which become empty. The value is the
/// first of [`read_cell`]'s: what the cell's own field holds.
///
/// ```
/// use qhcb::cells::parse_cell;
/// use serde_json::json;
/// assert_eq!(parse_cell("sex", "Nữ", &[]), Ok(json!("F")));
/// assert_eq!(parse_cell("birth", "15/3/1978", &[]), Ok(json!("1978-03-15")));
/// assert_eq!(parse_cell("education", "Thạc sỹ", &[]), Ok(json!("master")));
/// assert_eq!(parse_cell("ethnicMinority", "Tày", &[]), Ok(json!(true)));
/// ```
pub fn parse_cell(field: &str, text: &str, titles: &[TitleName]) -> Result<Value, CellError> {
    read_cell(field, text, titles).map(|mut values| values.swap_remove(0).1)
}

/// Reads `text` typed in the grid's column `field` into every field it
/// fills, the cell's own field first: "Tày" in the ethnic column gives
/// `ethnicMinority` true and `ethnicGroup` "tay", "PGS.TS Kinh tế" in the
/// education column gives `education`, `educationMajor` and
/// `academicTitle`. The same reading as [`read_value`], for the grid, with
/// the titles list for title columns. Never empty when `Ok`.
pub fn read_cell(
    field: &str,
    text: &str,
    titles: &[TitleName],
) -> Result<Vec<(&'static str, Value)>, CellError> {
    let Some(f) = fields::person(field).filter(|f| f.place == Place::Grid || f.import) else {
        return Err(CellError::UnknownField(field.to_owned()));
    };
    let trimmed = text.trim();
    let folded = fold(trimmed);
    let unrecognised = |expected| Err(CellError::Unrecognised { expected });
    let one = |v: Value| Ok(vec![(f.id, v)]);
    match (f.id, f.kind) {
        ("ethnicMinority" | "ethnicGroup", _) => read_ethnic(f.id, trimmed, &folded),
        ("education" | "academicTitle", _) if folded.is_empty() => one(Value::Null),
        ("education", _) => match read_education(trimmed) {
            Some(e) => Ok(e.values()),
            None => unrecognised(Wanted::OneOf(Education::NAME)),
        },
        ("academicTitle", _) => match AcademicTitle::from_folded(&folded) {
            // The title's own name, in either language.
            Some(t) => one(json!(t.id())),
            None => match read_education(trimmed) {
                Some(e @ EducationText { title: Some(_), .. }) => {
                    // The title first: the cell's own field.
                    let mut values = e.values();
                    values.rotate_right(1);
                    Ok(values)
                }
                _ => unrecognised(Wanted::OneOf(AcademicTitle::NAME)),
            },
        },
        ("politicalTheory", _) if folded.is_empty() => one(Value::Null),
        ("politicalTheory", _) => match read_theory(&folded) {
            Some(t) => one(json!(t.id())),
            None => unrecognised(Wanted::OneOf(PoliticalTheory::NAME)),
        },
        (_, Kind::Id | Kind::Text) => one(if trimmed.is_empty() {
            Value::Null
        } else {
            json!(unquote_formula(trimmed))
        }),
        (_, Kind::PartialDate) if trimmed.is_empty() => one(Value::Null),
        (_, Kind::PartialDate) => match parse_date(trimmed) {
            Some(d) => one(json!(d)),
            None => unrecognised(Wanted::Date),
        },
        (_, Kind::Bool) => match yes_no(&folded) {
            Some(b) => one(json!(b)),
            None => unrecognised(Wanted::YesNo),
        },
        (_, Kind::Enum(_)) if folded.is_empty() => one(Value::Null),
        (_, Kind::Enum(name)) => match enum_value(name, &folded) {
            Some(v) => one(json!(v)),
            None => unrecognised(Wanted::OneOf(name)),
        },
        (_, Kind::Titles) => parse_titles(trimmed, titles).map(|ids| vec![(f.id, json!(ids))]),
        _ => Err(CellError::UnknownField(f.id.to_owned())),
    }
}

/// A yes/no cell: "x", "có", "1"… or "", "không", "0"….
fn yes_no(folded: &str) -> Option<bool> {
    if YES.contains(&folded) {
        Some(true)
    } else if NO.contains(&folded) {
        Some(false)
    } else {
        None
    }
}

/// Reads a roster's text for one person field into every field it fills,
/// the one reading the grid, paste and import share (issue 16): "Tày" in an
/// ethnic column gives `ethnicGroup` and `ethnicMinority`, "Thạc sĩ Quản lý
/// kinh tế" gives `education` and `educationMajor`. An error means the text
/// is not a value of the field; the caller decides whether that rejects a
/// row (name, birth, sex) or is kept as written with a warning.
///
/// ```
/// use qhcb::cells::read_value;
/// use serde_json::json;
/// assert_eq!(read_value("sex", "Nữ"), Ok(vec![("sex", json!("F"))]));
/// assert_eq!(
///     read_value("ethnicGroup", "Khơ-me"),
///     Ok(vec![("ethnicGroup", json!("kho-me")), ("ethnicMinority", json!(true))])
/// );
/// assert_eq!(
///     read_value("education", "PGS.TS Kinh tế"),
///     Ok(vec![
///         ("education", json!("doctorate")),
///         ("educationMajor", json!("Kinh tế")),
///         ("academicTitle", json!("PGS")),
///     ])
/// );
/// assert_eq!(read_value("politicalTheory", "Cao cấp LLCT"), Ok(vec![("politicalTheory", json!("advanced"))]));
/// ```
pub fn read_value(field: &str, text: &str) -> Result<Vec<(&'static str, Value)>, CellError> {
    let Some(f) = fields::person(field) else {
        return Err(CellError::UnknownField(field.to_owned()));
    };
    read_cell(f.id, text, &[])
}

/// The ethnic columns: a group's name gives the group and whether it is a
/// minority ("Kinh": no); a yes/no mark or "DTTS" gives only the latter
/// (in the group's column, with the group unknown).
/// "Co" written without a mark is the Co group; "Có" is yes.
fn read_ethnic(
    field: &'static str,
    trimmed: &str,
    folded: &str,
) -> Result<Vec<(&'static str, Value)>, CellError> {
    let group = |g: EthnicGroup| {
        let pair = [
            ("ethnicGroup", json!(g.id())),
            ("ethnicMinority", json!(g.is_minority())),
        ];
        let mut values = pair.to_vec();
        if field == "ethnicMinority" {
            values.reverse();
        }
        Ok(values)
    };
    if trimmed.eq_ignore_ascii_case("co") {
        return group(EthnicGroup::Co);
    }
    if folded.is_empty() {
        return Ok(vec![(
            field,
            if field == "ethnicMinority" {
                json!(false)
            } else {
                Value::Null
            },
        )]);
    }
    let mark = if matches!(folded, "dtts" | "thieu so" | "dan toc thieu so") {
        Some(true)
    } else {
        yes_no(folded)
    };
    if let Some(minority) = mark {
        // A mark names no group: in the group's own column, the group is
        // left unknown (the cell's own field first, as every answer).
        return Ok(if field == "ethnicGroup" {
            vec![
                ("ethnicGroup", Value::Null),
                ("ethnicMinority", json!(minority)),
            ]
        } else {
            vec![("ethnicMinority", json!(minority))]
        });
    }
    match EthnicGroup::read(trimmed) {
        Some(g) => group(g),
        None => Err(CellError::Unrecognised {
            expected: Wanted::Ethnic,
        }),
    }
}

/// Education as rosters write it: a level, its major, an academic title.
#[derive(Clone, Debug, PartialEq)]
struct EducationText {
    level: Education,
    /// The major as written ("Quản lý kinh tế"), when there is one.
    major: Option<String>,
    title: Option<AcademicTitle>,
}

impl EducationText {
    fn values(&self) -> Vec<(&'static str, Value)> {
        let mut out = vec![("education", json!(self.level.id()))];
        if let Some(major) = &self.major {
            out.push(("educationMajor", json!(major)));
        }
        if let Some(title) = self.title {
            out.push(("academicTitle", json!(title.id())));
        }
        out
    }
}

/// The words that open an education, folded, by level; longer first where
/// one begins another.
const LEVEL_WORDS: &[(&[&str], Education)] = &[
    (&["tien", "si", "khoa", "hoc"], Education::Doctorate),
    (&["tien", "sy", "khoa", "hoc"], Education::Doctorate),
    (&["tskh"], Education::Doctorate),
    (&["tien", "si"], Education::Doctorate),
    (&["tien", "sy"], Education::Doctorate),
    (&["ts"], Education::Doctorate),
    (&["thac", "si"], Education::Master),
    (&["thac", "sy"], Education::Master),
    (&["ths"], Education::Master),
    (&["cao", "hoc"], Education::Master),
    (&["dai", "hoc"], Education::University),
    (&["dh"], Education::University),
    (&["cu", "nhan"], Education::University),
    (&["cn"], Education::University),
    (&["ky", "su"], Education::University),
    (&["ks"], Education::University),
    (&["bac", "si"], Education::University),
    (&["bac", "sy"], Education::University),
    (&["bs"], Education::University),
    (&["duoc", "si"], Education::University),
    (&["duoc", "sy"], Education::University),
    (&["kien", "truc", "su"], Education::University),
    (&["cao", "dang"], Education::College),
    (&["cd"], Education::College),
    (&["trung", "hoc", "chuyen", "nghiep"], Education::Vocational),
    (&["thcn"], Education::Vocational),
    (&["trung", "cap"], Education::Vocational),
    (&["tc"], Education::Vocational),
    (&["chua", "qua", "dao", "tao"], Education::None),
    (&["chua", "dao", "tao"], Education::None),
];

/// Academic titles as written before the level: "GS.TS", "PGS. TS.".
const TITLE_WORDS: &[(&[&str], AcademicTitle)] = &[
    (&["pho", "giao", "su"], AcademicTitle::AssociateProfessor),
    (&["pgs"], AcademicTitle::AssociateProfessor),
    (&["giao", "su"], AcademicTitle::Professor),
    (&["gs"], AcademicTitle::Professor),
];

/// Words that introduce a major and carry nothing themselves.
const MAJOR_LEADS: &[&[&str]] = &[&["chuyen", "nganh"], &["nganh"], &["chuyen", "mon"]];

/// The words of `text` with their byte spans: runs of letters and digits
/// (an apostrophe inside a word kept), everything else a separator.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || ('\u{0300}'..='\u{036f}').contains(&c);
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// How many of `spans` (words of `text`) `pattern` matches from `from`.
fn starts_with_words(text: &str, spans: &[(usize, usize)], from: usize, pattern: &[&str]) -> bool {
    spans.len() >= from + pattern.len()
        && pattern
            .iter()
            .zip(&spans[from..])
            .all(|(p, &(s, e))| fold(&text[s..e]) == *p)
}

/// The first entry of `table` whose words open `spans[from..]`.
fn match_words<T: Copy>(
    text: &str,
    spans: &[(usize, usize)],
    from: usize,
    table: &[(&[&str], T)],
) -> Option<(usize, T)> {
    table
        .iter()
        .find(|(p, _)| starts_with_words(text, spans, from, p))
        .map(|(p, v)| (from + p.len(), *v))
}

/// Reads one education as written: "Thạc sĩ Quản lý kinh tế", "ThS. Kinh
/// tế", "PGS.TS", "ĐH Luật", "Kỹ sư nông nghiệp", "Cao đẳng Sư phạm"; a
/// list of degrees ("Cử nhân Luật, Thạc sĩ Kinh tế") gives the highest.
fn read_education(text: &str) -> Option<EducationText> {
    if let Some(level) = Education::from_text(text) {
        // A label or an alias alone ("Thạc sỹ", "Đại học", "none").
        let title = None;
        return Some(EducationText {
            level,
            major: None,
            title,
        });
    }
    let mut best: Option<EducationText> = None;
    for part in text.split([',', ';', '+', '\n']) {
        match (read_one_education(part), &mut best) {
            (Some(e), Some(b)) if e.level < b.level => *b = e,
            (Some(e), None) => best = Some(e),
            (Some(_), Some(_)) => {}
            // Words after a degree that are not one: more of its major.
            (None, Some(b)) if !part.trim().is_empty() => {
                let major = b.major.get_or_insert_with(String::new);
                if !major.is_empty() {
                    major.push_str(", ");
                }
                major.push_str(part.trim());
            }
            // General education before the degree ("12/12, Đại học Luật").
            (None, None) if is_grade(part) => {}
            (None, _) if !part.trim().is_empty() => return None,
            (None, _) => {}
        }
    }
    best
}

/// General education as rosters write it: "12/12", "10/10", "9/12".
fn is_grade(text: &str) -> bool {
    text.trim().split_once('/').is_some_and(|(a, b)| {
        [a, b]
            .iter()
            .all(|n| (1..=2).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit()))
    })
}

fn read_one_education(text: &str) -> Option<EducationText> {
    let spans = words(text);
    let mut at = 0;
    let title = match_words(text, &spans, at, TITLE_WORDS).map(|(next, t)| {
        at = next;
        t
    });
    let level = match match_words(text, &spans, at, LEVEL_WORDS) {
        Some((next, level)) => {
            at = next;
            level
        }
        // A professor holds a doctorate.
        None if title.is_some() => Education::Doctorate,
        None => return None,
    };
    // "PGS.TSKH", "GS. TS." and "Tiến sĩ Khoa học": one doctorate.
    while let Some((next, Education::Doctorate)) = match_words(text, &spans, at, LEVEL_WORDS) {
        if level != Education::Doctorate {
            break;
        }
        at = next;
    }
    if let Some(p) = MAJOR_LEADS
        .iter()
        .find(|p| starts_with_words(text, &spans, at, p))
    {
        at += p.len();
    }
    let major = spans.get(at).map(|&(start, _)| {
        let end = spans.last().map_or(text.len(), |&(_, e)| e);
        let major = &text[start..end];
        // A closing bracket whose opening one is in the major stays: "Luật (Kinh tế)".
        match text[end..].strip_prefix(')') {
            Some(_) if major.contains('(') => format!("{major})"),
            _ => major.trim().to_owned(),
        }
    });
    Some(EducationText {
        level,
        major: major.filter(|m| !m.is_empty()),
        title,
    })
}

/// Words of a political-theory cell that say what it is about, not its level.
const THEORY_FILLER: &[&str] = &[
    "llct", "ll", "ly", "luan", "chinh", "tri", "ct", "trinh", "do", "he", "bang",
];

/// Political theory as written: "Cao cấp", "Cao cấp LLCT", "Cao cấp lý
/// luận chính trị", "Cử nhân chính trị", "Trung cấp LLCT", "Sơ cấp", "CC",
/// "TC", "SC".
fn read_theory(folded: &str) -> Option<PoliticalTheory> {
    if let Some(t) = PoliticalTheory::from_folded(folded) {
        return Some(t);
    }
    let kept: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !THEORY_FILLER.contains(w))
        .collect();
    let key = kept.join(" ");
    if key.is_empty() {
        // "Lý luận chính trị" alone says no level.
        return None;
    }
    PoliticalTheory::from_folded(&key).or(match key.replace(' ', "").as_str() {
        "cn" | "cncc" | "caocapcunhan" => Some(PoliticalTheory::Advanced),
        "ccllct" | "cccn" => Some(PoliticalTheory::Advanced),
        "tcllct" => Some(PoliticalTheory::Intermediate),
        "scllct" | "socap" => Some(PoliticalTheory::Elementary),
        "chuadaotao" | "chuaquadaotao" | "chuaco" | "chua" => Some(PoliticalTheory::None),
        _ => None,
    })
}

/// A value of the enumeration `name` read from folded text.
fn enum_value(name: &str, folded: &str) -> Option<&'static str> {
    match name {
        Sex::NAME => lookup::<Sex>(folded),
        Education::NAME => lookup::<Education>(folded),
        PoliticalTheory::NAME => lookup::<PoliticalTheory>(folded),
        EthnicGroup::NAME => lookup::<EthnicGroup>(folded),
        AcademicTitle::NAME => lookup::<AcademicTitle>(folded),
        Candidacy::NAME => lookup::<Candidacy>(folded),
        CandidacyFor::NAME => lookup::<CandidacyFor>(folded),
        _ => None,
    }
}

/// Takes off the apostrophe that CSV export puts before text a spreadsheet
/// would read as a formula ("'=…" → "=…").
fn unquote_formula(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => text,
    }
}

/// A date as people write it: dd/mm/yyyy, d/m/yy is not accepted (the
/// century is ambiguous), mm/yyyy, yyyy, or ISO. Returns the ISO text.
///
/// ```
/// use qhcb::cells::parse_date;
/// assert_eq!(parse_date("01/02/1975").as_deref(), Some("1975-02-01"));
/// assert_eq!(parse_date("3/1975").as_deref(), Some("1975-03"));
/// assert_eq!(parse_date("31/02/1975"), None);
/// ```
pub fn parse_date(text: &str) -> Option<String> {
    let text = text.trim();
    if let Ok(d) = PartialDate::parse(text) {
        return Some(d.to_string());
    }
    let parts: Vec<&str> = text.split(['/', '.', '-']).map(str::trim).collect();
    let iso = match parts.as_slice() {
        [d, m, y] => format!(
            "{}-{:0>2}-{:0>2}",
            number(y, 4).filter(|y| y.len() == 4)?,
            number(m, 2)?,
            number(d, 2)?
        ),
        [m, y] => format!(
            "{}-{:0>2}",
            number(y, 4).filter(|y| y.len() == 4)?,
            number(m, 2)?
        ),
        _ => return None,
    };
    let parsed = PartialDate::parse(&iso).ok()?;
    debug_assert!(parsed.precision() != Precision::Year);
    Some(parsed.to_string())
}

/// 1 to `max_len` ASCII digits.
fn number(s: &str, max_len: usize) -> Option<&str> {
    (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit())).then_some(s)
}

/// Title ids or names separated by commas or semicolons, matched to the
/// titles list by id, then by folded name.
fn parse_titles(text: &str, titles: &[TitleName]) -> Result<Vec<String>, CellError> {
    let mut ids: Vec<String> = Vec::new();
    for part in text
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let folded = fold(part);
        let id = titles
            .iter()
            .find(|t| t.id == part)
            .or_else(|| titles.iter().find(|t| fold(&t.id) == folded))
            .or_else(|| {
                titles
                    .iter()
                    .find(|t| t.name.as_deref().is_some_and(|n| fold(n) == folded))
            })
            .map(|t| t.id.clone())
            .ok_or_else(|| CellError::UnknownTitle(part.to_owned()))?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// Titles indexed by id, folded id and folded name, for reading many cells:
/// the same matches as [`parse_cell`] (the first title that fits, by id,
/// then folded id, then folded name), each in constant time.
#[derive(Clone, Debug, Default)]
pub struct TitleIndex {
    ids: std::collections::HashMap<String, String>,
    folded_ids: std::collections::HashMap<String, String>,
    folded_names: std::collections::HashMap<String, String>,
}

impl TitleIndex {
    pub fn new(titles: &[TitleName]) -> TitleIndex {
        let mut index = TitleIndex::default();
        for t in titles {
            index
                .ids
                .entry(t.id.clone())
                .or_insert_with(|| t.id.clone());
            index
                .folded_ids
                .entry(fold(&t.id))
                .or_insert_with(|| t.id.clone());
            if let Some(name) = &t.name {
                index
                    .folded_names
                    .entry(fold(name))
                    .or_insert_with(|| t.id.clone());
            }
        }
        index
    }

    fn find(&self, part: &str) -> Option<&String> {
        self.ids.get(part).or_else(|| {
            let folded = fold(part);
            self.folded_ids
                .get(&folded)
                .or_else(|| self.folded_names.get(&folded))
        })
    }
}

/// As [`parse_cell`], with the titles indexed.
pub fn parse_cell_indexed(
    field: &str,
    text: &str,
    titles: &TitleIndex,
) -> Result<Value, CellError> {
    read_cell_indexed(field, text, titles).map(|mut values| values.swap_remove(0).1)
}

/// As [`read_cell`], with the titles indexed.
pub fn read_cell_indexed(
    field: &str,
    text: &str,
    titles: &TitleIndex,
) -> Result<Vec<(&'static str, Value)>, CellError> {
    match field {
        "current" | "planned" => {
            let mut ids: Vec<String> = Vec::new();
            for part in text
                .trim()
                .split([',', ';', '\n'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
            {
                let id = titles
                    .find(part)
                    .cloned()
                    .ok_or_else(|| CellError::UnknownTitle(part.to_owned()))?;
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            let key = if field == "current" {
                "current"
            } else {
                "planned"
            };
            Ok(vec![(key, json!(ids))])
        }
        other => read_cell(other, text, &[]),
    }
}

/// What the page's `parseCell` answers for a cell read: `{ value }` for the
/// cell's own field and, when the text fills other fields too, `also: {
/// field: value }` ("Tày" in the ethnic column: `{ value: true, also: {
/// ethnicGroup: "tay" } }`). A page that knows only `value` still works.
///
/// ```
/// use qhcb::cells::{answer, read_cell};
/// use serde_json::json;
/// let read = read_cell("ethnicMinority", "Tày", &[]).unwrap();
/// assert_eq!(answer(read), json!({ "value": true, "also": { "ethnicGroup": "tay" } }));
/// assert_eq!(answer(read_cell("sex", "Nữ", &[]).unwrap()), json!({ "value": "F" }));
/// ```
pub fn answer(values: Vec<(&'static str, Value)>) -> Value {
    let mut values = values.into_iter();
    let value = values.next().map_or(Value::Null, |(_, v)| v);
    let also: serde_json::Map<String, Value> = values.map(|(k, v)| (k.to_owned(), v)).collect();
    if also.is_empty() {
        json!({ "value": value })
    } else {
        json!({ "value": value, "also": also })
    }
}

/// A block of cells copied from a spreadsheet: rows split at line breaks,
/// cells at tabs, as Excel and LibreOffice put them on the clipboard (a
/// cell holding a tab, a line break or a quote comes quoted, its quotes
/// doubled). Blank lines at the end are dropped.
///
/// ```
/// use qhcb::cells::split_block;
/// assert_eq!(split_block("a\tb\r\n\"x\ny\"\tz\n\n"), vec![vec!["a", "b"], vec!["x\ny", "z"]]);
/// ```
pub fn split_block(text: &str) -> Vec<Vec<String>> {
    let bytes = text.as_bytes();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut i = 0;
    // No closing quote (one followed by a tab, a line break or the end) at
    // or after this offset: a quote opening a cell there is a literal one.
    let mut no_close_from = usize::MAX;
    loop {
        let mut cell = String::new();
        let quoted_end = if bytes.get(i) == Some(&b'"') && i < no_close_from {
            match closing_quote(bytes, i + 1) {
                Ok(end) => Some(end),
                Err(true) => {
                    no_close_from = i;
                    None
                }
                Err(false) => None,
            }
        } else {
            None
        };
        if let Some(end) = quoted_end {
            cell.push_str(&text[i + 1..end].replace("\"\"", "\""));
            i = end + 1;
        } else {
            let stop = text[i..].find(['\t', '\n']).map_or(text.len(), |p| i + p);
            cell.push_str(&text[i..stop]);
            i = stop;
        }
        row.push(cell.strip_suffix('\r').map(str::to_owned).unwrap_or(cell));
        match bytes.get(i) {
            Some(b'\t') => i += 1,
            Some(b'\n') => {
                i += 1;
                rows.push(std::mem::take(&mut row));
            }
            _ => {
                rows.push(row);
                break;
            }
        }
    }
    while rows
        .last()
        .is_some_and(|r| r.iter().all(|c| c.trim().is_empty()))
    {
        rows.pop();
    }
    rows
}

/// The offset of the quote that closes a quoted cell whose text starts at
/// `from`: one not doubled, followed by a tab, a line break or the end.
/// `Err(true)` when the text ends first, `Err(false)` when the first such
/// quote is followed by more text (the opening quote was a literal one).
fn closing_quote(bytes: &[u8], from: usize) -> Result<usize, bool> {
    let mut i = from;
    while i < bytes.len() {
        if bytes[i] == b'"' {
            if bytes.get(i + 1) == Some(&b'"') {
                i += 2;
                continue;
            }
            return if matches!(bytes.get(i + 1), None | Some(b'\t' | b'\n' | b'\r')) {
                Ok(i)
            } else {
                Err(false)
            };
        }
        i += 1;
    }
    Err(true)
}
