//! Every enumeration of the contract, declared once: id, Vietnamese label,
//! English label and the folded spellings that import, paste and typing
//! accept besides the id and the two labels. The rest of the crate and the
//! page (through `schema(lang)`) take them from here.

use super::vocabulary::vocabulary;

vocabulary! {
    /// Sex as the records give it.
    pub enum Sex = "sex" {
        Male = "M", "Nam", "Male", ["nam gioi"];
        Female = "F", "Nữ", "Female", ["nu gioi"];
    }
}

vocabulary! {
    /// Administrative level of a unit.
    pub enum Level = "level" {
        Central = "central", "Trung ương", "Central", ["tw"];
        Province = "province", "Tỉnh, thành phố", "Province", ["tinh", "thanh pho"];
        /// Before 01/07/2025 only; historical data still names districts.
        District = "district", "Huyện (trước 01/07/2025)", "District (before 01/07/2025)", ["huyen", "quan", "thi xa"];
        /// Party units directly above grassroots units ("cấp trên trực tiếp
        /// cơ sở") that are not districts.
        AboveGrassroots = "above-grassroots", "Cấp trên trực tiếp cơ sở", "Directly above grassroots", ["cap tren co so"];
        Commune = "commune", "Xã, phường, đặc khu", "Commune, ward, special zone", ["xa", "phuong", "dac khu", "xa/phuong"];
        Grassroots = "grassroots", "Cơ sở", "Grassroots", [];
    }
}

vocabulary! {
    /// The kind of body or post a title belongs to.
    pub enum Group = "group" {
        /// The party committee (Ban Chấp hành, cấp ủy).
        Committee = "committee", "Cấp ủy (BCH)", "Party committee", ["cap uy", "bch", "ban chap hanh"];
        /// The standing committee (Ban Thường vụ).
        Standing = "standing", "Ban Thường vụ", "Standing committee", ["btv", "thuong vu"];
        /// Key titles (chức danh chủ chốt): secretary, deputies, chairs.
        Key = "key", "Chức danh chủ chốt", "Key titles", ["chu chot"];
        /// Heads and deputies of agencies.
        Leader = "leader", "Lãnh đạo, quản lý", "Leaders and managers", ["lanh dao", "quan ly"];
        Other = "other", "Chức danh khác", "Other titles", ["khac"];
    }
}

vocabulary! {
    /// Professional education (trình độ chuyên môn).
    pub enum Education = "education" {
        Doctorate = "doctorate", "Tiến sĩ", "Doctorate", ["tien sy", "ts"];
        Master = "master", "Thạc sĩ", "Master's", ["thac sy", "ths"];
        University = "university", "Đại học", "University", ["dh", "cu nhan", "ky su"];
        College = "college", "Cao đẳng", "College", ["cd"];
        Vocational = "vocational", "Trung cấp", "Vocational", ["tc"];
        None = "none", "Chưa qua đào tạo", "None", ["khong"];
    }
}

vocabulary! {
    /// Political-theory training (lý luận chính trị).
    pub enum PoliticalTheory = "politicalTheory" {
        /// Cao cấp or cử nhân.
        Advanced = "advanced", "Cao cấp, cử nhân", "Advanced", ["cao cap", "cu nhan", "cc"];
        Intermediate = "intermediate", "Trung cấp", "Intermediate", ["tc"];
        Elementary = "elementary", "Sơ cấp", "Elementary", ["sc"];
        None = "none", "Chưa qua đào tạo", "None", ["khong"];
    }
}

vocabulary! {
    /// Whether a congress candidate stands for the first time or again.
    pub enum Candidacy = "candidacy" {
        First = "first", "Tham gia lần đầu", "First time", ["lan dau"];
        Reelection = "reelection", "Tái cử", "Re-election", [];
    }
}

vocabulary! {
    /// What a congress candidate stands for; it sets the reference month.
    pub enum CandidacyFor = "candidacyFor" {
        /// The party committee (the default).
        Committee = "committee", "Cấp ủy", "Party committee", ["cap uy"];
        /// Deputy secretary of a provincial committee (a special threshold).
        DeputySecretary = "deputy-secretary", "Phó bí thư tỉnh ủy", "Provincial deputy secretary", ["pho bi thu"];
        /// Leadership of the People's Council or Committee.
        Government = "government", "HĐND, UBND", "People's Council or Committee", ["hdnd", "ubnd"];
    }
}

vocabulary! {
    /// The level of a disciplinary measure.
    pub enum DisciplineLevel = "discipline" {
        /// Khiển trách.
        Reprimand = "reprimand", "Khiển trách", "Reprimand", [];
        /// Cảnh cáo.
        Warning = "warning", "Cảnh cáo", "Warning", [];
        /// Cách chức.
        Dismissal = "dismissal", "Cách chức", "Dismissal", [];
    }
}

vocabulary! {
    /// How serious a finding is.
    pub enum Severity = "severity" {
        /// A rule is broken, or a row cannot be read.
        Error = "error", "Vi phạm", "Breach", [];
        /// An aim ("phấn đấu") is missed, or something looks wrong.
        Warning = "warning", "Cảnh báo", "Warning", [];
        /// Worth knowing; nothing is wrong.
        Info = "info", "Thông tin", "Notice", [];
    }
}

vocabulary! {
    /// How sure we are of a rule (regulations.md §0).
    pub enum Confidence = "confidence" {
        /// Read in a reproduction or a quotation of the primary text.
        Confirmed = "CONFIRMED", "Đã đối chiếu", "Confirmed", [];
        /// Summarised by a newspaper, an official portal or a legal Q&A site.
        Reported = "REPORTED", "Theo báo chí", "Reported", [];
        /// Computed from confirmed rules and checked against published figures.
        Derived = "DERIVED", "Suy ra", "Derived", [];
        /// Not found in a source; offered so the user can set it.
        Unconfirmed = "UNCONFIRMED", "Chưa xác nhận", "Unconfirmed", [];
    }
}

impl Level {
    /// The level of the units usually under a unit of this level (a new
    /// unit added under it starts at this level).
    pub fn below(self) -> Level {
        match self {
            Level::Central => Level::Province,
            Level::Province | Level::District | Level::Commune => Level::Commune,
            Level::AboveGrassroots | Level::Grassroots => Level::Grassroots,
        }
    }
}

impl Group {
    /// Key titles are measured per title ("lần trên 1 chức danh").
    pub fn per_title(self) -> bool {
        self == Group::Key
    }

    /// Bodies whose planning is measured by their multiple, not per title.
    pub fn is_body(self) -> bool {
        matches!(self, Group::Committee | Group::Standing)
    }

    /// Whether the BTCTW statistical forms have a column for the group
    /// (every group but "other titles").
    pub fn in_forms(self) -> bool {
        self != Group::Other
    }
}

impl Confidence {
    /// What the confidence means, in the words a finding's source is followed by.
    pub fn note(self, lang: crate::lang::Lang) -> &'static str {
        match self {
            Confidence::Confirmed => lang.pick("đã đối chiếu văn bản", "checked against the text"),
            Confidence::Reported => {
                lang.pick("theo báo chí, cổng thông tin", "as reported by the press")
            }
            Confidence::Derived => lang.pick("suy ra từ quy định", "derived from the rules"),
            Confidence::Unconfirmed => {
                lang.pick("chưa xác nhận, có thể sửa", "unconfirmed, adjustable")
            }
        }
    }
}

/// "Yes" and "no" as a cell may write them (folded).
pub const YES: &[&str] = &["x", "co", "true", "1", "yes", "v", "dung"];
/// See [`YES`]; the empty cell is "no".
pub const NO: &[&str] = &["", "khong", "false", "0", "no", "-"];
