//! Vietnamese text (the default).

use super::catalogue::{one_of, some_ids, Catalogue};
use crate::cells::{CellError, Wanted};
use crate::date::{Date, DateError, YearMonth};
use crate::error::Error;
use crate::error::ProfileProblem;
use crate::format::{number, percent};
#[cfg(feature = "io")]
use crate::import::{FileError, ImportProblem, OptionsError};
use crate::input::problems::{Problem, RepeatedTitle, RowProblem};
use crate::kinds::{Expected, JsonKind};
use crate::lang::Lang;
use crate::model::{Candidacy, DisciplineLevel, Level};
use crate::profile::Profile;
use crate::rules::subject::Subject;

pub struct Vi;

const L: Lang = Lang::Vi;

/// A count written for readers.
fn c(value: f64) -> String {
    number(value, 0, L)
}

fn kind(found: &JsonKind) -> &'static str {
    match found {
        JsonKind::Nothing => "không có gì",
        JsonKind::Null => "null",
        JsonKind::Bool => "giá trị đúng/sai",
        JsonKind::Number => "số",
        JsonKind::Text => "chuỗi ký tự",
        JsonKind::List => "danh sách",
        JsonKind::Object => "đối tượng",
        JsonKind::Undefined => "undefined",
        JsonKind::OtherValue => "giá trị loại khác",
        JsonKind::NotJson => "giá trị không ghi được thành JSON",
    }
}

fn expected(what: &Expected) -> &'static str {
    match what {
        Expected::Text => "chuỗi ký tự",
        Expected::TrueOrFalse => "true hoặc false",
        Expected::TitleIds => "danh sách mã chức danh",
        Expected::TitleId => "mã chức danh",
        Expected::Object => "đối tượng",
        Expected::Date => "ngày dạng YYYY-MM-DD",
        Expected::Month => "tháng dạng YYYY-MM",
        Expected::PartialDate => "ngày dạng YYYY, YYYY-MM hoặc YYYY-MM-DD",
        Expected::MonthOrDate => "tháng hoặc ngày dạng YYYY-MM hoặc YYYY-MM-DD",
        Expected::List => "danh sách",
        Expected::Severity => "error, warning hoặc info",
    }
}

fn date_error(e: &DateError) -> String {
    match e {
        DateError::Syntax => "cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD".to_owned(),
        DateError::Year(y) => format!("năm {y} nằm ngoài khoảng 1000–9999"),
        DateError::Month(m) => format!("không có tháng {m}"),
        DateError::Day { day, month, year } => {
            format!("tháng {month:02}/{year} không có ngày {day}")
        }
    }
}

fn profile_problem(problem: &ProfileProblem) -> String {
    match problem {
        ProfileProblem::Missing => "bị thiếu".to_owned(),
        ProfileProblem::Expected(what) => format!("cần {}", expected(what)),
        ProfileProblem::UnknownBase(id) => format!("không có bộ quy định gốc “{id}”"),
        ProfileProblem::UnknownCode(code) => format!("không có quy tắc “{code}”"),
        ProfileProblem::UnknownParam(name) => format!("quy tắc này không có tham số “{name}”"),
        ProfileProblem::BadParam(kind) => {
            format!("giá trị không hợp lệ; cần {}", param_kind(*kind))
        }
        ProfileProblem::DuplicateId(id) => format!("mã “{id}” đã được dùng"),
    }
}

fn param_kind(kind: crate::profile::spec::ParamKind) -> &'static str {
    use crate::profile::spec::ParamKind::*;
    match kind {
        Count => "số nguyên không âm",
        Months => "số tháng (số nguyên không âm)",
        Years => "số tuổi từ 0 đến 150",
        Ratio => "số không âm",
        Share => "tỷ lệ từ 0 đến 1",
        OptionalShare => "tỷ lệ từ 0 đến 1 hoặc null",
        ReferenceMonths => "đối tượng ghi tháng YYYY-MM theo từng cấp",
        Scopes => "danh sách trong unit, committee, standing, key, leader, other",
    }
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Central => "Trung ương",
        Level::Province => "tỉnh",
        Level::District => "huyện",
        Level::AboveGrassroots => "cấp trên trực tiếp cơ sở",
        Level::Commune => "xã, phường, đặc khu",
        Level::Grassroots => "cơ sở",
    }
}

/// A level as a scope: "cấp tỉnh", "cấp trên trực tiếp cơ sở".
fn level_phrase(level: Level) -> String {
    match level {
        Level::AboveGrassroots => "cấp trên trực tiếp cơ sở".to_owned(),
        other => format!("cấp {}", level_name(other)),
    }
}

fn discipline_name(level: DisciplineLevel) -> &'static str {
    match level {
        DisciplineLevel::Reprimand => "khiển trách",
        DisciplineLevel::Warning => "cảnh cáo",
        DisciplineLevel::Dismissal => "cách chức",
    }
}

fn row_id(id: &Option<String>) -> String {
    match id {
        Some(id) => format!(" (mã “{id}”)"),
        None => String::new(),
    }
}

impl Catalogue for Vi {
    fn lang(&self) -> Lang {
        Lang::Vi
    }

    fn cutoff_kind(&self, candidacy: &str, sex: crate::model::Sex, at_60: bool) -> String {
        let who = match (sex, at_60) {
            (crate::model::Sex::Male, _) => "nam",
            (crate::model::Sex::Female, false) => "nữ",
            (crate::model::Sex::Female, true) => "nữ được nghỉ hưu ở tuổi 60",
        };
        format!("{candidacy} — {who}")
    }

    fn rollup_sentence(&self, g: &crate::planning::GroupStats) -> String {
        use crate::model::Group;
        let n = |x: u64| c(x as f64);
        let times = |x: Option<f64>, digits: u32| {
            x.map_or_else(|| "—".to_owned(), |x| number(x, digits, L))
        };
        match g.group {
            Group::Committee => format!(
                "{} lượt cán bộ được quy hoạch cấp ủy, đạt {} lần so với cấp ủy hiện tại ({} ủy viên)",
                n(g.planned), times(g.multiple, 1), n(g.seats)
            ),
            Group::Standing => format!(
                "{} lượt cán bộ được quy hoạch chức danh ủy viên ban thường vụ, đạt {} lần so với số lượng ban thường vụ hiện tại ({} ủy viên)",
                n(g.planned), times(g.multiple, 1), n(g.seats)
            ),
            Group::Key => format!(
                "các chức danh chủ chốt: {} lượt trên {} chức danh, đạt {} lần trên 1 chức danh",
                n(g.planned), n(u64::from(g.titles)), times(g.per_title, 2)
            ),
            Group::Leader => format!(
                "lãnh đạo, quản lý: {} lượt trên {} vị trí, đạt {} lần",
                n(g.planned), n(g.seats), times(g.multiple, 2)
            ),
            Group::Other => format!("chức danh khác: {} lượt trên {} vị trí", n(g.planned), n(g.seats)),
        }
    }

    fn group_multiple(&self, g: &crate::planning::GroupStats) -> String {
        let two = |x: f64| number(x, 2, L);
        match (g.group, g.per_title, g.multiple) {
            (crate::model::Group::Key, Some(per_title), multiple) => {
                let text = format!("{} lần trên 1 chức danh", two(per_title));
                match multiple {
                    Some(m) if g.seats != u64::from(g.titles) => {
                        format!("{text}; {} lần so với số vị trí", two(m))
                    }
                    _ => text,
                }
            }
            (_, _, Some(m)) => format!("{} lần", two(m)),
            _ => "—".to_owned(),
        }
    }

    fn error(&self, error: &Error) -> String {
        match error {
            Error::Json(e) => format!("dữ liệu không phải JSON hợp lệ: {e}"),
            Error::NotAnObject(found) => format!(
                "dữ liệu phải là một đối tượng qhcb/1, không phải {}",
                kind(found)
            ),
            Error::NoPeople => "dữ liệu không có danh sách “people”".to_owned(),
            Error::NotAList { field, found } => format!(
                "trường “{field}” phải là danh sách, không phải {}",
                kind(found)
            ),
            Error::UnknownFormat(f) => format!("định dạng “{f}” không được hỗ trợ; cần “qhcb/1”"),
            Error::MissingAsOf => "thiếu ngày rà soát “asOf”".to_owned(),
            Error::BadDate {
                field,
                value,
                reason,
            } => format!(
                "trường “{field}”: “{value}” không phải ngày hợp lệ: {}",
                date_error(reason)
            ),
            Error::NotInEnum {
                field,
                value,
                allowed,
            } => format!(
                "trường “{field}”: “{value}” không thuộc {}",
                allowed.join(", ")
            ),
            Error::WrongType {
                field,
                expected: e,
                found,
            } => format!(
                "trường “{field}” cần {}, không phải {}",
                expected(e),
                kind(found)
            ),
            Error::UnknownProfile(id) => format!("không có bộ quy định “{id}”"),
            Error::TooManyRows { field, count, limit } => format!(
                "danh sách “{field}” có {} dòng, vượt giới hạn {} dòng mà trình duyệt xử lý được; hãy tách dữ liệu theo đơn vị",
                number(*count as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
            Error::UnknownSex(s) => format!("giới tính “{s}” không hợp lệ; cần M hoặc F"),
            Error::BadProfile { path, problem } => format!(
                "bộ quy định tự đặt, trường “{path}”: {}",
                profile_problem(problem)
            ),
        }
    }

    fn problem(&self, problem: &Problem, value: &str) -> String {
        match problem {
            Problem::NotAnObject(found) => {
                format!("dòng phải là một đối tượng, không phải {}", kind(found))
            }
            Problem::Missing => "bị thiếu".to_owned(),
            Problem::WrongType { expected: e } => {
                format!("“{value}” không hợp lệ; cần {}", expected(e))
            }
            Problem::BadDate(e) => format!("“{value}” không phải ngày hợp lệ: {}", date_error(e)),
            Problem::BirthAfterAsOf(as_of) => {
                format!("“{value}” sau ngày rà soát {}", as_of.to_vietnamese())
            }
            Problem::AgeOutside { years, as_of } => format!(
                "ngày sinh “{value}” cho tuổi {years} vào ngày rà soát {}; cán bộ đương chức từ {} đến {} tuổi: hãy kiểm tra lại",
                as_of.to_vietnamese(),
                crate::input::MIN_AGE,
                crate::input::MAX_AGE
            ),
            Problem::NotInEnum(allowed) => format!("“{value}” không thuộc {}", allowed.join(", ")),
            Problem::UnknownTitle(t) => format!("không có chức danh mã “{t}”"),
            Problem::RejectedTitle(t) => {
                format!("chức danh “{t}” bị loại vì dữ liệu chức danh lỗi")
            }
            Problem::DuplicateId(first) => format!("mã “{value}” đã dùng ở dòng {}", first + 1),
            Problem::LoneSurrogate => format!(
                "“{value}” chứa nửa ký tự (biểu tượng cảm xúc hoặc ký hiệu bị cắt, hiện là �); hãy gõ lại"
            ),
            Problem::TooDeep => "giá trị lồng sâu hơn 126 cấp, không đọc được".to_owned(),
            Problem::DuplicateKey => "trường xuất hiện hai lần trong dòng".to_owned(),
            Problem::Unreadable(reason) => format!("không đọc được dòng: {reason}"),
            Problem::NotWholeNumber => format!("“{value}” không phải số nguyên không âm"),
            Problem::BeforeBirth => format!("“{value}” không sau ngày sinh"),
           
            Problem::UnknownUnit(u) => format!("không có đơn vị mã “{u}”"),
            Problem::RejectedUnit(u) => {
                format!("đơn vị “{u}” không được tính vì dòng của đơn vị có lỗi")
            }
            Problem::ParentCycle(chain) => format!(
                "đơn vị cấp trên tạo thành vòng lặp ({})",
                chain.join(" → ")
            ),
        }
    }

    fn field_reason(&self, field: &str, reason: &str) -> String {
        if field.is_empty() {
            reason.to_owned()
        } else {
            format!("trường “{field}”: {reason}")
        }
    }

    fn unlisted_rows(&self, unlisted: &crate::input::problems::Unlisted, listed: usize) -> String {
        let fields: Vec<String> = unlisted
            .fields
            .iter()
            .map(|(f, n)| {
                let name = if f.is_empty() { "cả dòng" } else { f };
                format!("{name}: {}", number(*n as f64, 0, L))
            })
            .collect();
        format!(
            "Còn {} dòng khác không đọc được và không được tính; chỉ {} dòng đầu được liệt kê từng dòng. Số dòng lỗi theo trường: {}",
            number(unlisted.rows as f64, 0, L),
            number(listed as f64, 0, L),
            fields.join(", ")
        )
    }

    fn person_problem(&self, p: &RowProblem) -> String {
        format!(
            "Cán bộ dòng {}{}: {}; dòng này không được tính",
            p.index + 1,
            row_id(&p.id),
            self.field_reason(p.field, &self.problem(&p.problem, &p.value))
        )
    }

    fn title_problem(&self, p: &RowProblem) -> String {
        format!(
            "Chức danh dòng {}{}: {}; chức danh này không được tính",
            p.index + 1,
            row_id(&p.id),
            self.field_reason(p.field, &self.problem(&p.problem, &p.value))
        )
    }

    fn repeated_title(&self, r: &RepeatedTitle) -> String {
        let list = if r.field == "planned" {
            "quy hoạch"
        } else {
            "hiện giữ"
        };
        format!("Cán bộ dòng {} (mã “{}”): chức danh “{}” ghi lặp trong danh sách {list}; chỉ tính một lần", r.index + 1, r.id, r.title)
    }

    fn profile_not_in_force(&self, profile: &Profile, as_of: Date) -> String {
        format!(
            "Ngày rà soát {} nằm ngoài thời gian hiệu lực của {} (từ {}); kết quả chỉ để tham khảo",
            as_of.to_vietnamese(),
            profile.name,
            profile.effective_from.to_vietnamese()
        )
    }

    fn scope_label(&self, scope: &Subject) -> String {
        match (scope.kind, scope.id.as_deref()) {
            ("group", Some("committee")) => "quy hoạch cấp ủy".to_owned(),
            ("group", Some("standing")) => "quy hoạch ban thường vụ".to_owned(),
            ("group", Some("key")) => "quy hoạch chức danh chủ chốt".to_owned(),
            ("group", Some("leader")) => "quy hoạch lãnh đạo, quản lý".to_owned(),
            ("group", _) => "quy hoạch chức danh khác".to_owned(),
            _ => "toàn bộ nguồn quy hoạch".to_owned(),
        }
    }

    fn standing_size(&self, standing: u64, committee: u64, limit: f64) -> String {
        format!(
            "Ban thường vụ có {} ủy viên, vượt một phần ba số cấp ủy viên ({} trên {})",
            number(standing as f64, 0, L),
            number(limit, 2, L),
            number(committee as f64, 0, L)
        )
    }

    fn planned_per_title(&self, title: &str, planned: u32, limit: f64) -> String {
        format!(
            "Chức danh {title} có {} người quy hoạch, vượt mức tối đa {}",
            number(f64::from(planned), 0, L),
            number(limit, 2, L)
        )
    }

    fn title_unplanned(&self, title: &str, seats: u32) -> String {
        format!(
            "Chức danh {title} có {} vị trí nhưng chưa có người quy hoạch",
            number(f64::from(seats), 0, L)
        )
    }

    fn titles_per_person(&self, person: &str, count: usize, max: f64) -> String {
        format!(
            "{person} được quy hoạch {count} chức danh, vượt mức tối đa {}",
            number(max, 2, L)
        )
    }

    fn planning_age(
        &self,
        person: &str,
        left: i32,
        required: f64,
        at: YearMonth,
        retires: YearMonth,
    ) -> String {
        format!(
            "{person} còn {} tháng công tác tính đến {} (nghỉ hưu {}), chưa đủ {} tháng",
            number(f64::from(left), 0, L),
            at.to_vietnamese(),
            retires.to_vietnamese(),
            number(required, 2, L)
        )
    }

    fn planned_same_title(&self, person: &str, title: &str) -> String {
        format!("{person} được quy hoạch vào chức danh {title} đang đảm nhiệm")
    }

    fn planned_not_higher(
        &self,
        person: &str,
        planned: &str,
        planned_rank: i64,
        held: &str,
        held_rank: i64,
        body: bool,
    ) -> String {
        let ladder = if body {
            "so với tư cách thành viên cấp ủy, ban thường vụ đang có"
        } else {
            "so với chức vụ đang giữ (tư cách ủy viên cấp ủy, ban thường vụ được so riêng, không tính là bậc chức vụ)"
        };
        format!(
            "{person} được quy hoạch vào chức danh {planned}, không cao hơn {held} đang giữ: theo thứ bậc khai trong danh mục chức danh, {planned} ở bậc {planned_rank}, {held} ở bậc {held_rank} (số bậc nhỏ hơn là cao hơn), xét {ladder}; QĐ 377 chỉ quy hoạch chức danh cao hơn. Nếu thứ bậc khai chưa đúng, sửa cột “Thứ bậc” của chức danh"
        )
    }

    fn retirement_passed(
        &self,
        person: &str,
        retired: Date,
        months: i32,
        as_of: Date,
        decided: bool,
    ) -> String {
        let basis = if decided {
            "theo quyết định nghỉ hưu đã nhập"
        } else {
            "theo lộ trình tuổi nghỉ hưu NĐ 135/2020"
        };
        format!(
            "{person} đã quá tuổi nghỉ hưu: đến tuổi nghỉ hưu ngày {} ({basis}), đến ngày rà soát {} đã quá {} tháng mà vẫn đang giữ chức danh; cần kiểm tra việc nghỉ hưu hoặc nhập ngày nghỉ hưu đã được quyết định",
            retired.to_vietnamese(),
            as_of.to_vietnamese(),
            number(f64::from(months), 0, L)
        )
    }

    fn retirement_date_late(
        &self,
        person: &str,
        decided: YearMonth,
        age_months: i32,
        cap_years: f64,
    ) -> String {
        format!(
            "{person} có ngày nghỉ hưu được quyết định {}, khi đó {} tuổi {} tháng, vượt mức tối đa {} tuổi khi nghỉ hưu ở tuổi cao hơn",
            decided.to_vietnamese(),
            age_months.div_euclid(12),
            age_months.rem_euclid(12),
            number(cap_years, 0, L)
        )
    }

    fn retirement_date_early(
        &self,
        person: &str,
        decided: YearMonth,
        roadmap: YearMonth,
        months: i32,
        limit: f64,
    ) -> String {
        format!(
            "{person} có ngày nghỉ hưu được quyết định {}, sớm hơn {} tháng so với lộ trình ({}); nghỉ hưu trước tuổi thường không quá {} tháng, cần kiểm tra quyết định",
            decided.to_vietnamese(),
            number(f64::from(months), 0, L),
            roadmap.to_vietnamese(),
            number(limit, 0, L)
        )
    }

    fn congress_not_checked(&self, profile: &str) -> String {
        format!(
            "Chưa kiểm tra tuổi đại hội theo {profile}: chưa có ai được đánh dấu tham gia lần đầu hoặc tái cử (cột “Ứng cử”); các quy định về tuổi đại hội chưa được áp dụng"
        )
    }

    fn unit_formed(&self, formed: Date) -> String {
        format!(
            "Đơn vị thành lập ngày {} và chưa có quy hoạch được phê duyệt: đây là thông báo, không phải vi phạm; quy hoạch của các đơn vị cũ được giữ làm dữ liệu lịch sử",
            formed.to_vietnamese()
        )
    }

    fn discipline_period(
        &self,
        person: &str,
        level: DisciplineLevel,
        date: Date,
        end: Option<Date>,
        at: Date,
    ) -> String {
        match end {
            Some(end) => format!(
                "{person} bị kỷ luật {} ngày {}, thời hạn kỷ luật đến {} chưa kết thúc tại ngày {}; chỉ quy hoạch chức danh cao hơn khi đã hết thời hạn kỷ luật",
                discipline_name(level),
                date.to_vietnamese(),
                end.to_vietnamese(),
                at.to_vietnamese()
            ),
            None => format!(
                "{person} bị kỷ luật {} ngày {} và được quy hoạch chức danh cao hơn; chưa nhập ngày hết thời hạn kỷ luật (cột “Hết hạn kỷ luật”) nên chưa kiểm tra được",
                discipline_name(level),
                date.to_vietnamese()
            ),
        }
    }

    fn young_share(
        &self,
        scope: &str,
        count: u32,
        total: u32,
        share: f64,
        target: f64,
        under: u32,
    ) -> String {
        format!(
            "Tỷ lệ cán bộ trẻ (dưới {under} tuổi) trong {scope}: {count}/{total} = {}, thấp hơn mục tiêu {}",
            percent(share, L),
            percent(target, L)
        )
    }

    fn women_share(&self, scope: &str, count: u32, total: u32, share: f64, target: f64) -> String {
        format!(
            "Tỷ lệ cán bộ nữ trong {scope}: {count}/{total} = {}, thấp hơn mục tiêu {}",
            percent(share, L),
            percent(target, L)
        )
    }

    fn ethnic_share(&self, scope: &str, count: u32, total: u32, share: f64, target: f64) -> String {
        format!(
            "Tỷ lệ cán bộ người dân tộc thiểu số trong {scope}: {count}/{total} = {}, thấp hơn mức {}",
            percent(share, L),
            percent(target, L)
        )
    }

    fn women_programme(
        &self,
        scope: &str,
        count: u32,
        total: u32,
        share: f64,
        target: f64,
        by: i32,
    ) -> String {
        format!(
            "Tỷ lệ nữ trong {scope}: {count}/{total} = {}, thấp hơn mục tiêu {} đến năm {by} của chương trình QĐ 2282/QĐ-TTg",
            percent(share, L),
            percent(target, L)
        )
    }

    fn standing_women(&self, count: u32, min: f64) -> String {
        format!(
            "Quy hoạch ban thường vụ có {count} cán bộ nữ, cần ít nhất {}",
            number(min, 0, L)
        )
    }

    fn age_band(
        &self,
        scope: &str,
        band: &str,
        young_under: f64,
        middle_to: f64,
        count: u32,
        total: u32,
        share: f64,
        limit: f64,
        below: bool,
    ) -> String {
        let band = if band == "young" {
            format!("dưới {} tuổi", number(young_under, 0, L))
        } else {
            format!(
                "từ {} đến {} tuổi",
                number(young_under, 0, L),
                number(middle_to, 0, L)
            )
        };
        let side = if below {
            "thấp hơn mức tối thiểu"
        } else {
            "cao hơn mức tối đa"
        };
        format!(
            "Cán bộ {band} trong {scope}: {count}/{total} = {}, {side} {}",
            percent(share, L),
            percent(limit, L)
        )
    }

    fn congress_age(
        &self,
        person: &str,
        candidacy: Candidacy,
        deputy: bool,
        left: i32,
        required: f64,
        reference: YearMonth,
        retires: YearMonth,
    ) -> String {
        let kind = match (candidacy, deputy) {
            (Candidacy::First, _) => "tham gia lần đầu",
            (Candidacy::Reelection, true) => "tái cử phó bí thư tỉnh ủy",
            (Candidacy::Reelection, false) => "tái cử",
        };
        format!(
            "{person} ({kind}) còn {} tháng công tác tính đến tháng đại hội {} (nghỉ hưu {}), chưa đủ {} tháng",
            number(f64::from(left), 0, L),
            reference.to_vietnamese(),
            retires.to_vietnamese(),
            number(required, 0, L)
        )
    }

    fn no_reference_month(&self, level: Level, ids: &[String]) -> String {
        format!(
            "Bộ quy định không có tháng đại hội cho cấp {}; chưa kiểm tra tuổi của {} người ứng cử ({}). Hãy đặt tháng trong bộ quy định tự đặt",
            level_name(level),
            ids.len(),
            some_ids(ids)
        )
    }

    fn appointment_age(
        &self,
        person: &str,
        title: &str,
        left: i32,
        required: f64,
        dossier: Date,
        retires: YearMonth,
    ) -> String {
        format!(
            "{person} đề nghị bổ nhiệm {title}: còn {} tháng công tác tính đến ngày nhận hồ sơ {} (nghỉ hưu {}), chưa đủ {} tháng",
            number(f64::from(left), 0, L),
            dossier.to_vietnamese(),
            retires.to_vietnamese(),
            number(required, 0, L)
        )
    }

    fn tenure_unknown(&self, person: &str) -> String {
        format!("{person}: thiếu ngày giữ chức vụ hiện tại (postSince), chưa kiểm tra được thời gian giữ chức vụ")
    }

    fn appointment_tenure(
        &self,
        person: &str,
        months: i32,
        required: f64,
        since: Date,
        dossier: Date,
    ) -> String {
        format!(
            "{person} giữ chức vụ hiện tại từ {} đến {} được {} tháng, chưa đủ {} tháng",
            since.to_vietnamese(),
            dossier.to_vietnamese(),
            number(f64::from(months), 0, L),
            number(required, 0, L)
        )
    }

    fn appointment_not_planned(&self, person: &str, title: &str, outside: bool) -> String {
        if outside {
            format!("{person} (nhân sự từ nơi khác) chưa được quy hoạch chức danh tương đương hoặc cao hơn {title}")
        } else {
            format!("{person} chưa được quy hoạch chức danh {title} hoặc chức danh tương đương, cao hơn")
        }
    }

    fn discipline_wait(
        &self,
        person: &str,
        level: DisciplineLevel,
        date: Date,
        months: i32,
        required: f64,
        at: Date,
        appointment: bool,
    ) -> String {
        let purpose = if appointment {
            "bổ nhiệm"
        } else {
            "quy hoạch"
        };
        format!(
            "{person} bị kỷ luật {} ngày {}, đến {} mới được {} tháng; chưa đủ {} tháng để {purpose} chức vụ cao hơn",
            discipline_name(level),
            date.to_vietnamese(),
            at.to_vietnamese(),
            number(f64::from(months), 0, L),
            number(required, 0, L)
        )
    }

    fn rotation_age(
        &self,
        person: &str,
        left: i32,
        required: f64,
        date: Date,
        retires: YearMonth,
    ) -> String {
        format!(
            "{person} luân chuyển ngày {}: còn {} tháng công tác (nghỉ hưu {}), chưa đủ {} tháng",
            date.to_vietnamese(),
            number(f64::from(left), 0, L),
            retires.to_vietnamese(),
            number(required, 0, L)
        )
    }

    fn cell_error(&self, text: &str, error: &CellError) -> String {
        match error {
            CellError::UnknownField(field) => format!("không có trường “{field}”"),
            CellError::UnknownTitle(title) => {
                format!("không có chức danh “{title}” trong danh sách chức danh")
            }
            CellError::Unrecognised { expected } => {
                let wanted = match expected {
                    Wanted::Date => "ngày dạng dd/mm/yyyy, mm/yyyy hoặc yyyy".to_owned(),
                    Wanted::YesNo => "có hoặc không (x để đánh dấu)".to_owned(),
                    Wanted::OneOf(name) => one_of(name, Lang::Vi, "hoặc"),
                };
                format!("“{text}” không hợp lệ; cần {wanted}")
            }
        }
    }

    #[cfg(feature = "io")]
    fn import_problem(&self, value: &str, problem: &ImportProblem) -> String {
        match problem {
            ImportProblem::Cell(e) => self.cell_error(value, e),
            ImportProblem::Ethnic => format!("“{value}” không phải tên dân tộc đã biết (Kinh: không phải dân tộc thiểu số)"),
            ImportProblem::Date => format!("“{value}” không phải ngày (dd/mm/yyyy, d/m/yy, mm/yyyy, yyyy hoặc số ngày của Excel)"),
            ImportProblem::UnknownTitle(t) => format!("không có chức danh “{t}”; hãy thêm vào bảng chức danh hoặc chọn tạo chức danh mới"),
            ImportProblem::DuplicateId(0) => format!("mã “{value}” đã có trong dữ liệu"),
            ImportProblem::DuplicateId(first) => format!("mã “{value}” trùng với dòng {first}"),
            ImportProblem::Missing(field) => {
                let name = if *field == "sex" { "giới tính" } else { "ngày sinh" };
                format!("thiếu {name}")
            }
            ImportProblem::ControlCharacter(code) => format!(
                "ô có ký tự điều khiển ẩn (U+{code:04X}) mà danh sách không giữ được; hãy xoá ký tự đó trong tệp"
            ),
            ImportProblem::ImplausibleBirth { year, reference } => format!(
                "ngày sinh “{value}” (năm {year}) cho tuổi {} vào năm {reference}; cán bộ đương chức từ 18 đến 75 tuổi: hãy kiểm tra lại",
                reference - year
            ),
        }
    }

    #[cfg(feature = "io")]
    fn file_error(&self, error: &FileError) -> String {
        match error {
            FileError::NotASpreadsheet => {
                "tệp không phải bảng tính (XLSX, XLS, ODS) hay tệp CSV".to_owned()
            }
            FileError::Damaged(e) => format!("bảng tính bị hỏng, không đọc được: {e}"),
            FileError::Empty => "tệp không có ô nào có dữ liệu".to_owned(),
            FileError::TooLarge { bytes, limit } => format!(
                "tệp có {} byte ({} MB); công cụ đọc tối đa {} byte ({} MB); hãy tách thành nhiều tệp",
                number(*bytes as f64, 0, L),
                number(*bytes as f64 / 1_048_576.0, 1, L),
                number(*limit as f64, 0, L),
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::Unzipped { limit } => format!(
                "bảng tính giải nén ra hơn {} MB, vượt mức công cụ đọc được; tệp có thể bị hỏng hoặc bị cố ý tạo ra. Hãy lưu riêng trang danh sách cán bộ sang tệp mới",
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::LongRun { part, limit } => format!(
                "phần “{part}” của bảng tính có một đoạn văn bản hoặc mã dài hơn {} MB; tệp bị hỏng hoặc bị cố ý tạo ra nên không được đọc",
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::TooManyRows { sheet, rows, limit } => format!(
                "trang “{sheet}” có {} dòng; danh sách tối đa {} dòng; hãy tách tệp theo đơn vị",
                number(*rows as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
            FileError::TooManyCells { sheet, rows, columns, limit } => format!(
                "trang “{sheet}” trải {} dòng × {} cột từ ô đầu đến ô cuối, tức {} ô; công cụ đọc tối đa {} ô một lần. Hãy xoá các dòng, cột không dùng (một ô lạc ở rất xa bên dưới hoặc bên phải) hoặc tách tệp",
                number(*rows as f64, 0, L),
                number(*columns as f64, 0, L),
                number(*rows as f64 * *columns as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
            FileError::TooMuchText { bytes, limit } => format!(
                "các ô chứa từ {} MB văn bản trở lên (văn bản lặp lại được tính ở mỗi ô), vượt giới hạn {} MB; tệp không được đọc",
                number(*bytes as f64 / 1_048_576.0, 0, L),
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::UnclosedQuote { line, closed_at: None } => format!(
                "dòng {} mở dấu ngoặc kép (\") mà không đóng: các dòng sau sẽ bị gộp thành một ô. Hãy đóng hoặc xoá dấu ngoặc kép rồi nhập lại",
                number(*line as f64, 0, L)
            ),
            FileError::UnclosedQuote { line, closed_at: Some(end) } => format!(
                "dòng {} mở dấu ngoặc kép (\") mà đến dòng {} mới đóng: các dòng ở giữa sẽ bị gộp thành một ô. Hãy đóng dấu ngoặc kép ở dòng {} hoặc xoá nó rồi nhập lại",
                number(*line as f64, 0, L),
                number(*end as f64, 0, L),
                number(*line as f64, 0, L)
            ),
        }
    }

    #[cfg(feature = "io")]
    fn export_cut_marker(&self) -> String {
        "… [đã cắt bớt]".to_owned()
    }

    #[cfg(feature = "io")]
    fn export_truncated(
        &self,
        sheet: &str,
        row: usize,
        field: &str,
        chars: usize,
        limit: usize,
    ) -> String {
        format!(
            "trang “{sheet}”, dòng {}, trường “{field}”: văn bản dài {} ký tự, quá {} ký tự một ô bảng tính chứa được, đã bị cắt bớt (đánh dấu “… [đã cắt bớt]”)",
            number(row as f64, 0, L),
            number(chars as f64, 0, L),
            number(limit as f64, 0, L)
        )
    }

    #[cfg(feature = "io")]
    fn options_error(&self, error: &OptionsError) -> String {
        match error {
            OptionsError::NoSheet(i) => format!("không có trang tính thứ {}", i + 1),
            OptionsError::HeaderOutside(r) => format!("dòng tiêu đề {r} nằm ngoài bảng"),
            OptionsError::UnknownField(f) => format!("không có trường “{f}” để nhập"),
            OptionsError::TooManyRows { rows, limit } => format!(
                "sau khi nhập, danh sách sẽ có {} dòng; tối đa {} dòng; hãy tách tệp theo đơn vị",
                number(*rows as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
        }
    }

    fn worksheet_input(&self, shown: Option<&str>) -> String {
        match shown {
            None => "cần nhập số".to_owned(),
            Some(v) => format!("“{v}” không phải số nguyên không âm"),
        }
    }

    fn worksheet_grouping(&self, shown: &str) -> String {
        format!("“{shown}”: dấu chấm chỉ dùng để tách hàng nghìn (1.253), mỗi nhóm ba chữ số; số lượng phải là số nguyên")
    }

    fn sheet_multiple(
        &self,
        pairs: f64,
        seats: f64,
        multiple: Option<String>,
        standing: bool,
    ) -> String {
        let (planned, body) = if standing {
            ("ủy viên ban thường vụ", "ban thường vụ")
        } else {
            ("cấp ủy", "cấp ủy")
        };
        match multiple {
            Some(m) => format!("{} lượt cán bộ được quy hoạch {planned}, đạt {m} lần so với {body} hiện tại ({} người)", c(pairs), c(seats)),
            None => format!("{} lượt cán bộ được quy hoạch {planned}; chưa có số {body} hiện tại để tính tỷ lệ", c(pairs)),
        }
    }

    fn sheet_share(&self, key: &str, count: f64, share: Option<String>) -> String {
        let label = match key {
            "women" => "Cán bộ nữ",
            "young" => "Cán bộ trẻ",
            _ => "Cán bộ dân tộc thiểu số",
        };
        self.sheet_part(label, count, share)
    }

    fn sheet_per_title(&self, pairs: f64, titles: f64, multiple: Option<String>) -> String {
        match multiple {
            Some(m) => format!(
                "Các chức danh chủ chốt đạt {m} lần trên 1 chức danh ({} lượt cho {} chức danh)",
                c(pairs),
                c(titles)
            ),
            None => format!("{} lượt quy hoạch; chưa có số chức danh", c(pairs)),
        }
    }

    fn sheet_per_seat(&self, pairs: f64, seats: f64, multiple: Option<String>) -> String {
        match multiple {
            Some(m) => format!(
                "Các chức danh chủ chốt đạt {m} lần so với số vị trí ({} lượt cho {} vị trí)",
                c(pairs),
                c(seats)
            ),
            None => format!("{} lượt quy hoạch; chưa có số vị trí", c(pairs)),
        }
    }

    fn sheet_part(&self, label: &str, count: f64, share: Option<String>) -> String {
        format!(
            "{label} {} = {}",
            c(count),
            share.unwrap_or_else(|| "—".to_owned())
        )
    }

    fn sheet_part_exceeds(&self, label: &str, count: f64, total: f64) -> String {
        if label.is_empty() {
            format!("{} lớn hơn tổng số {}", c(count), c(total))
        } else {
            format!("{label} {} lớn hơn tổng số {}", c(count), c(total))
        }
    }

    fn sheet_parts_sum(&self, group: &str, sum: f64, total: f64) -> String {
        format!(
            "{group}: các phần cộng lại được {}, khác tổng số {} (chênh {})",
            c(sum),
            c(total),
            c((total - sum).abs())
        )
    }

    fn sheet_staffing(&self, key: &str, value: f64, share: Option<String>) -> String {
        let share = share.unwrap_or_else(|| "—".to_owned());
        match key {
            "gap" => format!("Số đề nghị hơn số được giao {} biên chế", c(value)),
            "assigned" => format!("Giao {} biên chế = {share} số đề nghị", c(value)),
            "reserve" => format!("Dự phòng {} biên chế = {share} số đề nghị", c(value)),
            "filled" => format!("Đã sử dụng {} biên chế = {share} số được giao", c(value)),
            _ => format!("Đảng viên {} = {share} dân số", c(value)),
        }
    }

    fn sheet_quota_exceeds(&self, assigned: f64, reserve: f64, requested: f64) -> String {
        format!(
            "Số giao {} cộng dự phòng {} vượt số đề nghị {}",
            c(assigned),
            c(reserve),
            c(requested)
        )
    }

    fn sheet_filled_exceeds(&self, filled: f64, assigned: f64) -> String {
        format!(
            "Số đã sử dụng {} vượt số biên chế được giao {}",
            c(filled),
            c(assigned)
        )
    }

    fn sheet_growth(&self, from: f64, to: f64, share: Option<String>) -> String {
        let diff = to - from;
        let verb = if diff >= 0.0 { "tăng" } else { "giảm" };
        format!(
            "Số đảng viên {verb} từ {} lên {}: {} {} = {}",
            c(from),
            c(to),
            verb,
            c(diff.abs()),
            share.unwrap_or_else(|| "—".to_owned())
        )
    }

    fn sheet_per_year(&self, kind: &str, per_year: f64, years: f64) -> String {
        if kind == "admitted" {
            format!(
                "Bình quân kết nạp {} đảng viên mỗi năm ({} năm)",
                number(per_year, 1, L),
                c(years)
            )
        } else {
            format!(
                "Bình quân tăng {} đảng viên mỗi năm ({} năm)",
                number(per_year, 1, L),
                c(years)
            )
        }
    }

    fn sheet_coverage(&self, covered: f64, total: f64, share: Option<String>) -> String {
        format!(
            "{}/{} = {}",
            c(covered),
            c(total),
            share.unwrap_or_else(|| "—".to_owned())
        )
    }

   
    fn unit_problem(&self, p: &RowProblem, kept: bool) -> String {
        format!(
            "Đơn vị dòng {}{}: {}; {}",
            p.index + 1,
            row_id(&p.id),
            self.field_reason(p.field, &self.problem(&p.problem, &p.value)),
            if kept {
                "đơn vị vẫn được tính nhưng không có đơn vị cấp trên"
            } else {
                "đơn vị này cùng chức danh và cán bộ của nó không được tính"
            }
        )
    }

    fn level_label(&self, level: Level) -> String {
        let phrase = level_phrase(level);
        let mut chars = phrase.chars();
        let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
        format!("{}{}", first.unwrap_or_default(), chars.as_str())
    }

    fn in_scope(&self, scope: &str, sentence: &str) -> String {
        format!("{scope}: {sentence}")
    }

    fn titles_per_person_at_level(
        &self,
        person: &str,
        count: usize,
        max: f64,
        level: Level,
    ) -> String {
        format!(
            "{person} được quy hoạch {count} chức danh ở {}, vượt mức tối đa {} chức danh ở một cấp",
            level_phrase(level),
            number(max, 2, L)
        )
    }

    fn sheet_rotation(&self, key: &str, count: f64, share: Option<String>) -> String {
        let share = share.unwrap_or_else(|| "—".to_owned());
        match key {
            "total" => format!("Tổng số luân chuyển {} lượt", c(count)),
            "down" => format!("Từ trên xuống {} = {share}", c(count)),
            "up" => format!("Từ dưới lên {} = {share}", c(count)),
            _ => format!("Sang ngang {} = {share}", c(count)),
        }
    }
}
