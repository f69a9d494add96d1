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
    /// An academic title (học hàm) written beside a doctorate: "PGS.TS".
    pub enum AcademicTitle = "academicTitle" {
        /// Giáo sư.
        Professor = "GS", "Giáo sư", "Professor", ["gs"];
        /// Phó giáo sư.
        AssociateProfessor = "PGS", "Phó Giáo sư", "Associate professor", ["pgs"];
    }
}

vocabulary! {
    /// The 54 ethnic groups of Viet Nam, in the order of the official list
    /// (Quyết định 121-TCTK/PPCĐ, 02/03/1979), spelled as the Government's
    /// lists write them (the statistics office's list of 2019 codes them in
    /// another order: ids here are names, not its codes). The id is the folded Vietnamese name, spaces and
    /// hyphens as "-", apostrophes dropped. Aliases are folded spellings
    /// met in rosters: other names of the group (Khmer, Jrai, Bahnar) and
    /// local names of its branches ("Dao đỏ", "Cao Lan"). Matching also
    /// ignores hyphens, spaces and apostrophes ([`EthnicGroup::read`]).
    pub enum EthnicGroup = "ethnicGroup" {
        Kinh = "kinh", "Kinh", "Kinh", ["viet", "nguoi kinh", "kinh (viet)"];
        Tay = "tay", "Tày", "Tay", ["tay thanh"];
        Thai = "thai", "Thái", "Thai", ["thai den", "thai trang", "tay khao", "tay dam", "tay muoi", "hang tong", "pu thay", "tho da bac"];
        Hoa = "hoa", "Hoa", "Hoa (Chinese)", ["han", "trieu chau", "phuc kien", "quang dong", "hai nam", "xa phang", "hoa (han)"];
        KhoMe = "kho-me", "Khơ-me", "Khmer", ["khmer", "khome", "khmer krom", "cur", "tho (kho me)", "viet goc mien", "kho me krom", "mien"];
        Muong = "muong", "Mường", "Muong", ["muong bi"];
        Nung = "nung", "Nùng", "Nung", ["nung an", "nung phan slinh", "nung chao", "nung loi", "nung inh", "quy rin", "khen lai"];
        Mong = "mong", "Mông", "Hmong", ["hmong", "meo", "mieu", "mong do", "mong hoa", "mong den", "mong trang", "mong xanh", "na mieo"];
        Dao = "dao", "Dao", "Dao", ["dieu mien", "lu gang", "dao do", "dao tien", "dao quan chet", "dao quan trang", "dao thanh y", "dao lo gang", "dao tuyen", "dao thanh phan", "dao lan ten", "dao coc ngang", "dao coc mun", "dao dai ban", "dao tieu ban", "dao ao dai"];
        GiaRai = "gia-rai", "Gia-rai", "Jarai", ["jrai", "jarai", "gia rai", "gio rai", "cho rai", "ho bau", "hdrung"];
        Ngai = "ngai", "Ngái", "Ngai", ["khach gia"];
        EDe = "e-de", "Ê-đê", "Ede", ["rhade", "rade", "ra de", "a dham", "mdhur"];
        BaNa = "ba-na", "Ba-na", "Bahnar", ["bahnar", "go lar", "to lo", "gio lang", "y lang", "ro ngao", "con ko de", "ala cong", "kpang cong", "bo mong"];
        XoDang = "xo-dang", "Xơ-đăng", "Sedang", ["sedang", "xo teng", "to dra", "mo nam", "ha lang", "ca dong", "ki toong"];
        SanChay = "san-chay", "Sán Chay", "San Chay", ["cao lan", "san chi", "cao lan - san chi", "san chay (cao lan)", "san chay (cao lan - san chi)", "hon ban"];
        CoHo = "co-ho", "Cơ-ho", "Koho", ["koho", "k'ho", "co don"];
        Cham = "cham", "Chăm", "Cham", ["cham (champa)", "champa", "chiem thanh"];
        SanDiu = "san-diu", "Sán Dìu", "San Diu", ["san deo", "trai dat", "man quan coc"];
        Hre = "hre", "Hrê", "Hre", ["cham re", "kre luy"];
        MNong = "mnong", "M'Nông", "Mnong", ["m'nong", "mnong gar", "mnong nong", "mnong chill"];
        RaGlai = "ra-glai", "Ra-glai", "Raglai", ["raglai", "ra clay", "noang", "la oang", "ra glay", "raglay", "ra giai"];
        Xtieng = "xtieng", "Xtiêng", "Stieng", ["stieng", "x'tieng", "xa dieng"];
        BruVanKieu = "bru-van-kieu", "Bru-Vân Kiều", "Bru-Van Kieu", ["bru", "van kieu", "bru van kieu", "mang coong"];
        Tho = "tho", "Thổ", "Tho", ["dan lai", "ly ha", "tay poong", "con kha", "xa la vang"];
        Giay = "giay", "Giáy", "Giay", ["pau thin", "pu na", "cui chu"];
        CoTu = "co-tu", "Cơ-tu", "Katu", ["katu", "ka tu", "ca tu"];
        GieTrieng = "gie-trieng", "Giẻ-Triêng", "Gie Trieng", ["gie trieng", "gie", "trieng", "dgieh", "tareb", "giang ray", "ta rieng", "la ve", "ca tang"];
        Ma = "ma", "Mạ", "Ma", ["chau ma", "ma ngan", "ma xop", "ma to", "ma krung"];
        KhoMu = "kho-mu", "Khơ-mú", "Khmu", ["khmu", "kho mu", "xa cau", "mun xen", "pu thenh", "tay hay"];
        Co = "co", "Co", "Cor", ["cor"];
        TaOi = "ta-oi", "Tà-ôi", "Ta Oi", ["ta oi", "pa co", "pa hi", "ba hi", "ta oih"];
        ChoRo = "cho-ro", "Chơ-ro", "Cho Ro", ["cho ro", "do ro", "chau ro"];
        Khang = "khang", "Kháng", "Khang", ["xa khao", "xa xua", "xa don", "xa dang", "xa hoc", "xa ai", "xa bung", "quang lam"];
        XinhMun = "xinh-mun", "Xinh-mun", "Xinh Mun", ["xinh mun", "puoc"];
        HaNhi = "ha-nhi", "Hà Nhì", "Ha Nhi", ["u ni", "xa u ni", "ha nhi den", "ha nhi co cho"];
        ChuRu = "chu-ru", "Chu-ru", "Chu Ru", ["churu", "chu ru", "cho ru"];
        Lao = "lao", "Lào", "Lao", ["lao boc", "lao noi"];
        LaChi = "la-chi", "La Chí", "La Chi", ["cu te", "la qua"];
        LaHa = "la-ha", "La Ha", "La Ha", ["khla phlao"];
        PhuLa = "phu-la", "Phù Lá", "Phu La", ["bo kho pa", "mu di", "pa xa", "va xo", "xa pho"];
        LaHu = "la-hu", "La Hủ", "La Hu", ["pu do", "khu xung", "co xung", "kha quy"];
        Lu = "lu", "Lự", "Lu", ["nhuon", "duon"];
        LoLo = "lo-lo", "Lô Lô", "Lo Lo", ["lolo", "lo lo den", "lo lo hoa", "mun di"];
        Chut = "chut", "Chứt", "Chut", ["sach", "ruc", "a rem", "ma lieng", "kha mu"];
        Mang = "mang", "Mảng", "Mang", ["mang u", "xa lau"];
        PaThen = "pa-then", "Pà Thẻn", "Pa Then", ["pa hung"];
        CoLao = "co-lao", "Cờ Lao", "Co Lao", ["co lao", "colao"];
        Cong = "cong", "Cống", "Cong", ["xam khong", "mong nhe", "xa xeng"];
        BoY = "bo-y", "Bố Y", "Bo Y", ["chung cha", "trong gia", "tu di", "tu din"];
        SiLa = "si-la", "Si La", "Si La", ["cu de xu", "kha pe"];
        PuPeo = "pu-peo", "Pu Péo", "Pu Peo", ["ka beo", "pen ti lo lo", "pu pieo"];
        Brau = "brau", "Brâu", "Brau", [];
        ODu = "o-du", "Ơ-đu", "O Du", ["odu", "o du", "tay hat"];
        RoMam = "ro-mam", "Rơ-măm", "Ro Mam", ["romam", "ro mam"];
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

impl EthnicGroup {
    /// Whether the group is one of the 53 minorities (every group but Kinh).
    pub fn is_minority(self) -> bool {
        self != EthnicGroup::Kinh
    }

    /// Reads a group as rosters write it: the official name with or without
    /// its hyphens, spaces or apostrophes ("Khơ-me", "Khơ me", "Khome";
    /// "H’Mông", "H'Mông", "Hmông"), another name ("Khmer", "Jrai", "Mèo"),
    /// a branch ("Dao đỏ", "Thái đen", "Mông Hoa"), a name with its other
    /// name in brackets ("Sán Chay (Cao Lan)"), after "dân tộc" or "DT".
    ///
    /// ```
    /// use qhcb::schema::EthnicGroup;
    /// assert_eq!(EthnicGroup::read("H’Mông"), Some(EthnicGroup::Mong));
    /// assert_eq!(EthnicGroup::read("Dao đỏ"), Some(EthnicGroup::Dao));
    /// assert_eq!(EthnicGroup::read("Sán Chay (Cao Lan)"), Some(EthnicGroup::SanChay));
    /// assert_eq!(EthnicGroup::read("Đảng viên"), None);
    /// ```
    pub fn read(text: &str) -> Option<EthnicGroup> {
        let folded = crate::text::fold(text.trim());
        let mut folded = folded.as_str();
        for prefix in ["dan toc ", "dt ", "dt. ", "nguoi "] {
            if let Some(rest) = folded.strip_prefix(prefix) {
                folded = rest.trim_start();
            }
        }
        if let Some(group) = Self::by_compact(&compact(folded)) {
            return Some(group);
        }
        // "Sán Chay (Cao Lan)": the name before the brackets, else inside them.
        if let Some((before, inside)) = folded.split_once('(') {
            let inside = inside.trim_end_matches(')');
            return Self::by_compact(&compact(before))
                .or_else(|| Self::by_compact(&compact(inside)));
        }
        // A branch: the group's name followed by the branch's ("Dao đỏ",
        // "Thái trắng", "Mông Hoa"), for the groups rosters name so.
        let words: Vec<&str> = folded.split(' ').collect();
        (1..words.len()).rev().find_map(|n| {
            Self::by_compact(&compact(&words[..n].join(" "))).filter(|g| {
                matches!(
                    g,
                    EthnicGroup::Dao
                        | EthnicGroup::Thai
                        | EthnicGroup::Nung
                        | EthnicGroup::Mong
                        | EthnicGroup::Tay
                        | EthnicGroup::Hoa
                        | EthnicGroup::Muong
                        | EthnicGroup::LoLo
                        | EthnicGroup::HaNhi
                        | EthnicGroup::KhoMe
                        | EthnicGroup::Lao
                )
            })
        })
    }

    /// The group whose spelling, without separators, is `key`.
    fn by_compact(key: &str) -> Option<EthnicGroup> {
        use super::vocabulary::Vocabulary;
        static COMPACT: std::sync::OnceLock<Vec<(String, u8)>> = std::sync::OnceLock::new();
        if key.is_empty() {
            return None;
        }
        COMPACT
            .get_or_init(|| {
                let mut out: Vec<(String, u8)> = Vec::new();
                for (s, i) in EthnicGroup::spellings() {
                    let c = compact(s);
                    if !out.iter().any(|(x, _)| *x == c) {
                        out.push((c, *i));
                    }
                }
                out
            })
            .iter()
            .find(|(s, _)| s == key)
            .map(|(_, i)| EthnicGroup::ALL[usize::from(*i)])
    }
}

/// Folded text without the marks rosters put between syllables or letters
/// at will: hyphens and dashes, spaces, apostrophes of every kind, dots.
fn compact(folded: &str) -> String {
    folded
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '-' | '‐'
                    | '‑'
                    | '–'
                    | '—'
                    | ' '
                    | '\''
                    | '’'
                    | '‘'
                    | 'ʼ'
                    | '`'
                    | '´'
                    | '.'
                    | '_'
            )
        })
        .collect()
}
