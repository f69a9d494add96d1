//! Rule profiles: the set of rules, thresholds and sources in force at a date.
//!
//! The rules change with the documents that set them (QĐ 50-QĐ/TW gave way to
//! QĐ 377-QĐ/TW on 08/10/2025), so every rule carries its parameters, its
//! source as text and a confidence label from regulations.md: CONFIRMED,
//! REPORTED, DERIVED or UNCONFIRMED. A number that no source states is never
//! encoded (for instance, no "1,5 lần" cap on planning multiples).

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::date::Date;
use crate::error::Error;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A rule is broken, or a row cannot be read.
    Error,
    /// An aim ("phấn đấu") is missed, or something looks wrong.
    Warning,
    /// Worth knowing; nothing is wrong.
    Info,
}

/// How sure we are of a rule (regulations.md §0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Confidence {
    /// Read in a reproduction or a quotation of the primary text.
    Confirmed,
    /// Summarised by a newspaper, an official portal or a legal Q&A site.
    Reported,
    /// Computed from confirmed rules and checked against published figures.
    Derived,
    /// Not found in a source; offered so the user can set it.
    Unconfirmed,
}

/// Rule codes: the finding codes of contract v1.
pub mod code {
    pub const PLANNED_PER_TITLE: &str = "planned-per-title";
    pub const TITLES_PER_PERSON: &str = "titles-per-person";
    pub const PLANNING_AGE: &str = "planning-age";
    pub const PLANNED_NOT_HIGHER: &str = "planned-not-higher";
    pub const TITLE_UNPLANNED: &str = "title-unplanned";
    pub const YOUNG_SHARE: &str = "young-share";
    pub const WOMEN_SHARE: &str = "women-share";
    pub const STANDING_SIZE: &str = "standing-size";
    pub const INVALID_ROW: &str = "invalid-row";
    /// Extensions of contract v1.
    pub const INVALID_TITLE: &str = "invalid-title";
    pub const REPEATED_TITLE: &str = "repeated-title";
    pub const PROFILE_NOT_IN_FORCE: &str = "profile-not-in-force";
}

/// One rule of a profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rule {
    /// The finding code the rule produces.
    pub code: &'static str,
    pub severity: Severity,
    /// Thresholds, by name (see each rule in `rules`).
    pub params: Map<String, Value>,
    /// The document and article, as text.
    pub source: String,
    pub confidence: Confidence,
}

impl Rule {
    /// A numeric parameter.
    pub fn number(&self, name: &str) -> Option<f64> {
        self.params.get(name).and_then(Value::as_f64)
    }
}

/// A dated set of rules.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub id: &'static str,
    pub name: &'static str,
    #[serde(serialize_with = "iso")]
    pub effective_from: Date,
    #[serde(serialize_with = "iso_opt")]
    pub effective_to: Option<Date>,
    pub rules: Vec<Rule>,
}

fn iso<S: serde::Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(date)
}

fn iso_opt<S: serde::Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

impl Profile {
    /// The rule with this code, if the profile has it.
    pub fn rule(&self, code: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.code == code)
    }

    /// Whether the profile is in force on `date`.
    pub fn in_force(&self, date: Date) -> bool {
        date >= self.effective_from && self.effective_to.is_none_or(|to| date <= to)
    }
}

fn rule(
    code: &'static str,
    severity: Severity,
    params: Value,
    source: &str,
    confidence: Confidence,
) -> Rule {
    Rule {
        code,
        severity,
        params: match params {
            Value::Object(map) => map,
            _ => Map::new(),
        },
        source: source.to_owned(),
        confidence,
    }
}

/// Young means younger than this many completed years (QĐ 50-QĐ/TW as
/// reported: under 45 at the central level, under 40 at the others).
const YOUNG_UNDER: u32 = 40;
const YOUNG_UNDER_CENTRAL: u32 = 45;
/// Planning targets of QĐ 50-QĐ/TW as reported: young ≥ 15 %, women ≥ 25 %.
const YOUNG_TARGET: f64 = 0.15;
const WOMEN_TARGET: f64 = 0.25;
/// At most three cadres per title (per seat), three titles per cadre.
const PER_SEAT: u32 = 3;
const MAX_TITLES_PER_PERSON: u32 = 3;
/// A full term of working time left: 60 months.
const PLANNING_MONTHS: u32 = 60;

const QD29: &str = "QĐ 29-QĐ/TW (2016) thi hành Điều lệ Đảng, Điều 12: số ủy viên ban thường vụ không quá một phần ba số cấp ủy viên";
const CONTRACT: &str = "Định dạng dữ liệu qhcb/1: dòng không đọc được bị loại khỏi thống kê";

fn common_rules(
    per_title: &str,
    per_person: &str,
    age: &str,
    higher: (&str, Confidence),
    unplanned: &str,
    shares: (&str, &str, Confidence),
) -> Vec<Rule> {
    use code::*;
    use Confidence::*;
    use Severity::*;
    vec![
        rule(
            PLANNED_PER_TITLE,
            Error,
            json!({ "perSeat": PER_SEAT, "min": PER_SEAT }),
            per_title,
            Reported,
        ),
        rule(
            TITLES_PER_PERSON,
            Error,
            json!({ "max": MAX_TITLES_PER_PERSON }),
            per_person,
            Reported,
        ),
        rule(
            PLANNING_AGE,
            Error,
            json!({ "months": PLANNING_MONTHS }),
            age,
            Reported,
        ),
        rule(PLANNED_NOT_HIGHER, Warning, json!({}), higher.0, higher.1),
        rule(TITLE_UNPLANNED, Warning, json!({}), unplanned, Derived),
        rule(
            YOUNG_SHARE,
            Warning,
            json!({ "target": YOUNG_TARGET, "under": YOUNG_UNDER, "underCentral": YOUNG_UNDER_CENTRAL }),
            shares.0,
            shares.2,
        ),
        rule(
            WOMEN_SHARE,
            Warning,
            json!({ "target": WOMEN_TARGET }),
            shares.1,
            shares.2,
        ),
        rule(
            STANDING_SIZE,
            Error,
            json!({ "maxShareOfCommittee": 1.0 / 3.0 }),
            QD29,
            Confirmed,
        ),
        rule(INVALID_ROW, Error, json!({}), CONTRACT, Confirmed),
    ]
}

/// QĐ 377-QĐ/TW (08/10/2025), in force now.
fn qd377() -> Profile {
    const DOC: &str = "QĐ 377-QĐ/TW (08/10/2025) về phân cấp quản lý cán bộ và quy hoạch, bổ nhiệm";
    Profile {
        id: "qd377-2025",
        name: "Quy định 377-QĐ/TW (08/10/2025)",
        effective_from: date(2025, 10, 8),
        effective_to: None,
        rules: common_rules(
            &format!("{DOC}: mỗi chức danh lãnh đạo, quản lý quy hoạch không quá ba cán bộ"),
            &format!("{DOC}: mỗi cán bộ quy hoạch không quá ba chức danh ở cùng cấp"),
            &format!("{DOC}: cán bộ quy hoạch nhiệm kỳ kế tiếp phải đủ tuổi công tác ít nhất trọn một nhiệm kỳ (60 tháng)"),
            (&format!("{DOC}: chỉ quy hoạch chức danh cao hơn"), Confidence::Reported),
            &format!("{DOC}: quy hoạch các chức danh lãnh đạo, quản lý của nhiệm kỳ kế tiếp"),
            (
                &format!("{DOC} chỉ nêu tỷ lệ cán bộ trẻ \"phù hợp\", không nêu số; mức 15% lấy theo QĐ 50-QĐ/TW, có thể sửa"),
                &format!("{DOC} chỉ nêu tỷ lệ cán bộ nữ \"phù hợp\", không nêu số; mức 25% lấy theo QĐ 50-QĐ/TW, có thể sửa"),
                Confidence::Unconfirmed,
            ),
        ),
    }
}

/// QĐ 50-QĐ/TW (27/12/2021) with HD 16-HD/BTCTW (15/02/2022), replaced by QĐ 377.
fn qd50() -> Profile {
    const DOC: &str =
        "QĐ 50-QĐ/TW (27/12/2021) về công tác quy hoạch cán bộ; HD 16-HD/BTCTW (15/02/2022)";
    Profile {
        id: "qd50-2021",
        name: "Quy định 50-QĐ/TW (27/12/2021) và Hướng dẫn 16-HD/BTCTW",
        effective_from: date(2021, 12, 27),
        effective_to: Some(date(2025, 10, 7)),
        rules: common_rules(
            &format!("{DOC}: mỗi chức danh quy hoạch không quá ba cán bộ (theo QĐ 15-QĐ/TU Nghệ An thực hiện QĐ 50)"),
            &format!("{DOC}: mỗi cán bộ quy hoạch không quá ba chức danh ở cùng cấp"),
            &format!("{DOC}: đủ tuổi công tác hai nhiệm kỳ trở lên, ít nhất trọn một nhiệm kỳ kế tiếp (60 tháng)"),
            (&format!("{DOC}: quy hoạch chức danh của nhiệm kỳ kế tiếp (nguyên tắc \"chỉ quy hoạch chức danh cao hơn\" được trích dẫn cho QĐ 377)"), Confidence::Unconfirmed),
            &format!("{DOC}: quy hoạch các chức danh lãnh đạo, quản lý của nhiệm kỳ kế tiếp"),
            (
                &format!("{DOC}: phấn đấu cán bộ trẻ (dưới 45 tuổi ở Trung ương, dưới 40 tuổi ở tỉnh, huyện) ít nhất 15%"),
                &format!("{DOC}: phấn đấu cán bộ nữ ít nhất 25%"),
                Confidence::Reported,
            ),
        ),
    }
}

fn date(year: i32, month: u8, day: u8) -> Date {
    Date::new(year, month, day).expect("built-in profile dates are valid")
}

/// The built-in profiles, newest first.
pub fn builtin() -> Vec<Profile> {
    vec![qd377(), qd50()]
}

/// The profile to use: the one named, or else the one in force at `as_of`.
/// Before the first built-in profile took effect, the oldest one is used and
/// the report says that it was not yet in force.
pub fn select(id: Option<&str>, as_of: Date) -> Result<Profile, Error> {
    let mut all = builtin();
    if let Some(id) = id {
        return all
            .into_iter()
            .find(|p| p.id == id)
            .ok_or_else(|| Error::UnknownProfile(id.to_owned()));
    }
    let position = all
        .iter()
        .position(|p| p.in_force(as_of))
        .unwrap_or(all.len() - 1);
    Ok(all.swap_remove(position))
}
