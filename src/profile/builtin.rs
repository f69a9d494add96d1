//! The built-in profiles, with every rule's document, article, address and
//! confidence as regulations.md gives them. Thresholds are named constants.

use serde_json::{json, Map, Value};

use super::code::*;
use super::rule::{Kind, Profile, Rule, Variant};
use crate::date::Date;
use crate::schema::{Confidence, Severity};

use Confidence::*;
use Severity::{Error as E, Info as I, Warning as W};

// Planning (QĐ 50 as reported; QĐ 377 as reported by four outlets).
/// At most three cadres per title and per seat.
const PER_SEAT: u32 = 3;
/// At most three titles per cadre at one level.
const MAX_TITLES_PER_PERSON: u32 = 3;
/// A full term of working time left: 60 months.
const FULL_TERM_MONTHS: u32 = 60;
/// Young: under 40 (province, district and below), under 45 (central).
const YOUNG_UNDER: u32 = 40;
const YOUNG_UNDER_CENTRAL: u32 = 45;
/// QĐ 50 aims: young ≥ 15 %, women ≥ 25 % of planning.
const YOUNG_TARGET: f64 = 0.15;
const WOMEN_TARGET: f64 = 0.25;
/// QĐ 2282/QĐ-TTg: women in planning ≥ 40 % by 2025, ≥ 50 % by 2030.
const PROGRAMME_2025: f64 = 0.40;
const PROGRAMME_2030: f64 = 0.50;
/// QĐ 29-QĐ/TW Điều 12 (to 29/07/2021): the standing committee is at most a
/// third of the committee; the successors' article is not read (CG-07a).
const STANDING_SHARE: f64 = 1.0 / 3.0;
/// NĐ 83/2022 amended by NĐ 99/2024: later retirement up to 65 (men), 60 (women).
const LATER_CAP_MEN: u32 = 65;
const LATER_CAP_WOMEN: u32 = 60;
/// BLLĐ 2019 Điều 169 k3: early retirement up to 5 years below the roadmap.
const EARLY_MONTHS: u32 = 60;
// Appointment and rotation.
/// HD 06-HD/BTCTW: 60 months left when the dossier is received.
const APPOINTMENT_MONTHS: u32 = 60;
/// QĐ 80-QĐ/TW condition 3: two years in the current or an equivalent post.
const TENURE_MONTHS: u32 = 24;
/// QĐ 65-QĐ/TW Điều 5: ten years left at rotation.
const ROTATION_MONTHS: u32 = 120;
/// Months after khiển trách / cảnh cáo / cách chức: QĐ 80 and QĐ 377 (as reported).
const DISCIPLINE_QD80: [u32; 3] = [12, 30, 60];
const DISCIPLINE_QD377: [u32; 3] = [24, 36, 60];
// Congress 2025–2030 (Chỉ thị 45-CT/TW).
const CT45_FIRST: u32 = 60;
const CT45_REELECTION: u32 = 48;
const CT45_DEPUTY_SECRETARY: u32 = 42;
// Congress 2020–2025 (Chỉ thị 35-CT/TW 2019, HD 26-HD/BTCTW).
const CT35_FIRST: u32 = 60;
/// Derived from the published 2020–2025 cut-offs under the old ages 60/55.
const CT35_REELECTION: u32 = 30;
const CT35_WOMEN_TARGET: f64 = 0.15;
const CT35_STANDING_WOMEN: u32 = 1;
const CT35_YOUNG_MIN: f64 = 0.10;
const CT35_MIDDLE_MIN: f64 = 0.40;
const CT35_MIDDLE_MAX: f64 = 0.50;

const URL_PLO_377: &str = "https://plo.vn/quy-dinh-moi-cua-bo-chinh-tri-ve-dieu-kien-tieu-chuan-do-tuoi-trong-quy-hoach-can-bo-post875999.html";
const URL_LAODONG_377: &str = "https://news.laodong.vn/thoi-su/can-bo-duoc-quy-hoach-nhiem-ky-ke-tiep-phai-du-tuoi-cong-tac-2-nhiem-ky-tro-len-1593264.ldo";
const URL_TVPL_377_D34: &str = "http://tintuc.thuvienphapluat.com/ho-tro-phap-luat/chinh-sach-moi/96653/quy-dinh-377-qd-tw-quy-dinh-moi-ve-tieu-chuan-dieu-kien-bo-nhiem-can-bo-ung-cu-chuc-vu-cao-hon";
const URL_DANTRI_377_DISCIPLINE: &str = "https://dantri.com.vn/thoi-su/can-bo-bi-cach-chuc-sau-5-nam-co-the-duoc-bo-nhiem-giu-chuc-vu-cao-hon-20251017092909508.htm";
const URL_VNN_50: &str = "https://vietnamnet.vn/ban-tin-sang-vietnamnet-04012022-preP476137.html";
const URL_DANTRI_50: &str = "https://dantri.com.vn/xa-hoi/quy-dinh-moi-ve-do-tuoi-can-bo-duoc-quy-hoach-20220103214933272.htm";
const URL_LAWNET_HD16: &str = "https://lawnet.vn/en/laws/cong-tac-quy-hoach-can-bo-yeu-cau-mot-chuc-danh-lanh-dao-quan-ly-khong-duoc-qua-3-can-bo-dam-nhan-16623.html";
const URL_VIETNAM_377_PLANNING: &str =
    "https://www.vietnam.vn/en/can-bo-bi-ky-luat-van-co-the-duoc-quy-hoach-chuc-vu-cao-hon";
const URL_QD24: &str =
    "https://thuviennhadat.vn/vbpl/quy-dinh-24-qd-tw-2021-thi-hanh-dieu-le-dang-484359.html";
const URL_ND135: &str = "https://vanbanphapluat.co/decree-135-2020-nd-cp-on-retirement-age";
const URL_ND83: &str = "https://english.luatvietnam.vn/decree-no-83-2022-nd-cp-dated-october-18-2022-of-the-government-providing-regulations-on-retirement-later-than-the-prescribed-retirement-ages-applic-231982-doc1.html";
const URL_KL150: &str = "https://news.laodong.vn/thoi-su/bo-chinh-tri-huong-dan-phuong-an-nhan-su-cap-uy-cap-tinh-cap-xa-dien-sap-nhap-1491599.ldo";
const URL_QD29: &str = "https://nganhangphapluat.thukyluat.vn/tu-van-phap-luat/bo-may-hanh-chinh/so-luong-uy-vien-ban-thuong-vu-cap-uy-tai-moi-ky-dai-hoi-dang-323375";
const URL_HD06: &str = "https://sonoivu.namdinh.gov.vn/cong-chuc-vien-chuc/huong-dan-mot-so-noi-dung-ve-tuoi-bo-nhiem-gioi-thieu-can-bo-ung-cu-va-ra-soat-bo-sung-quy-hoach-2413";
const URL_QD80: &str = "https://xaydungchinhsach.chinhphu.vn/tieu-chuan-dieu-kien-bo-nhiem-can-bo-ung-cu-chuc-vu-cao-hon-119220909163253403.htm";
const URL_QD80_DISCIPLINE: &str = "https://tienphong.vn/bi-ky-luat-canh-cao-thi-khong-duoc-quy-hoach-bo-nhiem-giu-chuc-vu-cao-hon-trong-30-thang-post1467179.tpo";
const URL_QD65: &str = "https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/bo-may-hanh-chinh/what-standards-and-conditions-must-transferred-officials-meet-1002493";
const URL_QD2282: &str = "https://en-daihoi13.dangcongsan.vn/news/strengthening-equal-participation-of-women-in-leadership-and-management-841";
const URL_CT45: &str = "https://tintuc.thuvienphapluat.com/ho-tro-phap-luat/chinh-sach-moi/83511/do-tuoi-tham-gia-cap-uy-chinh-quyen-va-mat-tran-to-quoc-chi-thi-45-ct-tw";
const URL_CT45_DEPUTY: &str =
    "https://laodongthudo.vn/quy-dinh-do-tuoi-cap-uy-vien-nhiem-ky-2025-2030-188655.html";
const URL_CT35_AGE: &str = "https://baothainguyen.vn/chinh-tri/xay-dung-dang/202002/do-tuoi-lan-dau-tham-gia-cap-uy-va-tai-cu-3678373";
const URL_CT35_WOMEN: &str = "https://phunu.namdinh.gov.vn/chi-tiet-noi-dung-phu-nu-tham-chinh-co-cau-do-tuoi-cap-uy-vien-nu-trong-nhiem-ky-moi-886.html";
const URL_HD26_BANDS: &str =
    "https://plo.vn/thoi-su/khong-de-bi-chi-phoi-boi-tin-gia-khi-lam-nhan-su-866310.html";

const QD377: &str = "QĐ 377-QĐ/TW ngày 08/10/2025";
const QD50: &str = "QĐ 50-QĐ/TW ngày 27/12/2021, HD 16-HD/BTCTW ngày 15/02/2022";
const QD29: &str = "QĐ 29-QĐ/TW năm 2016 thi hành Điều lệ Đảng";
const QD24: &str =
    "QĐ 24-QĐ/TW ngày 30/07/2021 thi hành Điều lệ Đảng (sau đó QĐ 232-QĐ/TW, QĐ 294-QĐ/TW)";
const LABOUR: &str = "BLLĐ 2019 Điều 169, NĐ 135/2020/NĐ-CP";
const LATER: &str =
    "NĐ 83/2022/NĐ-CP ngày 18/10/2022 (sửa đổi bởi NĐ 99/2024/NĐ-CP); BLLĐ 2019 Điều 169 khoản 3";
const KL150: &str = "KL 150-KL/TW ngày 14/04/2025";
const HD06: &str = "HD 06-HD/BTCTW ngày 26/07/2021";
const QD80: &str = "QĐ 80-QĐ/TW ngày 18/08/2022";
const QD65: &str = "QĐ 65-QĐ/TW năm 2022 về luân chuyển cán bộ";
const QD2282: &str = "QĐ 2282/QĐ-TTg ngày 31/12/2020 (Chương trình bình đẳng giới trong lãnh đạo)";
const CT45: &str = "Chỉ thị 45-CT/TW ngày 14/04/2025";
const CT35: &str = "Chỉ thị 35-CT/TW ngày 30/05/2019, HD 26-HD/BTCTW ngày 18/10/2019";
const CONTRACT: &str = "Định dạng dữ liệu qhcb/1";

fn date(year: i32, month: u8, day: u8) -> Date {
    Date::new(year, month, day).expect("built-in profile dates are valid")
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

#[allow(clippy::too_many_arguments)]
fn rule(
    code: &'static str,
    severity: Severity,
    params: Value,
    document: &str,
    article: &str,
    url: Option<&'static str>,
    confidence: Confidence,
) -> Rule {
    let article_en = super::english::article(code, article);
    Rule {
        code,
        severity,
        params: object(params),
        source: format!("{document}, {article}"),
        source_en: format!("{document}, {article_en}"),
        confidence,
        document: document.to_owned(),
        article: article.to_owned(),
        article_en: article_en.to_owned(),
        url,
        enabled: true,
        variants: Vec::new(),
        customized: false,
    }
}

fn disabled(mut rule: Rule) -> Rule {
    rule.enabled = false;
    rule
}

fn discipline_params([reprimand, warning, dismissal]: [u32; 3]) -> Value {
    json!({ "reprimand": reprimand, "warning": warning, "dismissal": dismissal })
}

fn discipline_variants() -> Vec<Variant> {
    vec![
        Variant {
            id: "qd377-reported",
            label: "QĐ 377-QĐ/TW theo Dân trí, vietnam.vn: 24 / 36 / 60 tháng",
            params: object(discipline_params(DISCIPLINE_QD377)),
        },
        Variant {
            id: "qd80-2022",
            label: "QĐ 80-QĐ/TW (2022) theo Tiền Phong: 12 / 30 / 60 tháng",
            params: object(discipline_params(DISCIPLINE_QD80)),
        },
    ]
}

/// QĐ 377 §12.1(a): planning to a higher title once a khiển trách or cảnh
/// cáo period has ended; the period's length is not stated.
fn discipline_planning_377() -> Rule {
    rule(
        DISCIPLINE_PLANNING,
        E,
        json!({}),
        QD377,
        "quy hoạch chức danh cao hơn: cán bộ bị kỷ luật khiển trách, cảnh cáo chỉ được xem xét khi đã hết thời hạn kỷ luật (thời hạn không nêu số tháng)",
        Some(URL_VIETNAM_377_PLANNING),
        Reported,
    )
}

/// QĐ 377 §12.1(b): appointment or nomination to a higher post waits 24 / 36 / 60 months.
fn discipline_appointment_377() -> Rule {
    let mut r = rule(
        DISCIPLINE_APPOINTMENT,
        E,
        discipline_params(DISCIPLINE_QD377),
        QD377,
        "bổ nhiệm, giới thiệu ứng cử chức vụ cao hơn: sau 24 tháng (khiển trách), 36 tháng (cảnh cáo, không bị cách chức), 60 tháng (cách chức); mốc bắt đầu tính chưa đối chiếu",
        Some(URL_DANTRI_377_DISCIPLINE),
        Reported,
    );
    r.variants = discipline_variants();
    r
}

/// QĐ 80 (2022): no planning or appointment to a higher post for 12 / 30 / 60 months.
fn discipline_qd80(code: &'static str) -> Rule {
    let mut r = rule(
        code,
        E,
        discipline_params(DISCIPLINE_QD80),
        QD80,
        "không quy hoạch, bổ nhiệm chức vụ cao hơn trong 12 tháng (khiển trách), 30 tháng (cảnh cáo), 60 tháng (cách chức) kể từ quyết định kỷ luật",
        Some(URL_QD80_DISCIPLINE),
        Reported,
    );
    r.variants = discipline_variants();
    r
}

fn retirement_passed() -> Rule {
    rule(
        RETIREMENT_PASSED,
        W,
        json!({}),
        LABOUR,
        "NĐ 135 Điều 3 khoản 1: thời điểm nghỉ hưu là ngày cuối cùng của tháng đủ tuổi nghỉ hưu; người đã qua thời điểm đó mà còn giữ chức danh",
        Some(URL_ND135),
        Confirmed,
    )
}

fn retirement_date() -> Rule {
    rule(
        RETIREMENT_DATE,
        E,
        json!({ "capMen": LATER_CAP_MEN, "capWomen": LATER_CAP_WOMEN, "earlyMonths": EARLY_MONTHS }),
        LATER,
        "ngày nghỉ hưu được quyết định thay cho lộ trình: nghỉ hưu ở tuổi cao hơn không quá 65 tuổi (nam), 60 tuổi (nữ); nghỉ hưu trước tuổi không quá 5 năm so với lộ trình (cảnh báo)",
        Some(URL_ND83),
        Reported,
    )
}

fn congress_not_checked(document: &str, url: &'static str) -> Rule {
    rule(
        CONGRESS_NOT_CHECKED,
        I,
        json!({}),
        document,
        "tuổi đại hội chỉ kiểm tra được với người được đánh dấu tham gia lần đầu hoặc tái cử; khi chưa ai được đánh dấu, báo là chưa kiểm tra",
        Some(url),
        Derived,
    )
}

fn unit_formed() -> Rule {
    rule(
        UNIT_FORMED,
        I,
        json!({}),
        KL150,
        "đơn vị thành lập từ 01/07/2025 (sắp xếp đơn vị hành chính) có thể chưa có quy hoạch được phê duyệt: thông báo, không phải vi phạm",
        Some(URL_KL150),
        Derived,
    )
}

/// CG-07a: from 30/07/2021 the one-third rule rests on QĐ 24-QĐ/TW and its
/// successors, whose article was not read: a warning.
fn standing_size() -> Rule {
    rule(
        STANDING_SIZE,
        W,
        json!({ "maxShareOfCommittee": STANDING_SHARE }),
        QD24,
        "số ủy viên ban thường vụ không quá một phần ba số cấp ủy viên: điều khoản chưa đối chiếu trong QĐ 24 và các quy định sau; số của Chỉ thị 45 cho cấp xã (9/27, 11/33) đúng bằng một phần ba",
        Some(URL_QD24),
        Unconfirmed,
    )
}

/// CG-07: QĐ 29-QĐ/TW (2016) Điều 12, in force to 29/07/2021.
fn standing_size_qd29() -> Rule {
    rule(
        STANDING_SIZE,
        E,
        json!({ "maxShareOfCommittee": STANDING_SHARE }),
        QD29,
        "Điều 12: số ủy viên ban thường vụ không quá một phần ba số cấp ủy viên",
        Some(URL_QD29),
        Confirmed,
    )
}

fn invalid_row() -> Rule {
    rule(
        INVALID_ROW,
        E,
        json!({}),
        CONTRACT,
        "dòng không đọc được bị loại khỏi thống kê và được nêu rõ",
        None,
        Confirmed,
    )
}

fn women_programme() -> Rule {
    disabled(rule(
        WOMEN_PROGRAMME,
        W,
        json!({ "target2025": PROGRAMME_2025, "target2030": PROGRAMME_2030, "scopes": ["unit"] }),
        QD2282,
        "tỷ lệ nữ trong quy hoạch lãnh đạo các cấp đạt ít nhất 40% đến năm 2025 và 50% đến năm 2030 (chương trình của Nhà nước, tùy chọn)",
        Some(URL_QD2282),
        Reported,
    ))
}

fn rotation_age() -> Rule {
    rule(
        ROTATION_AGE,
        E,
        json!({ "months": ROTATION_MONTHS }),
        QD65,
        "Điều 5: còn ít nhất 10 năm công tác tại thời điểm luân chuyển",
        Some(URL_QD65),
        Reported,
    )
}

fn appointment_age() -> Rule {
    rule(APPOINTMENT_AGE, E, json!({ "months": APPOINTMENT_MONTHS }), HD06, "tuổi bổ nhiệm, giới thiệu ứng cử tính tại thời điểm cơ quan tổ chức cán bộ nhận đủ hồ sơ: còn ít nhất 60 tháng công tác (công chức nhà nước: NĐ 170/2025/NĐ-CP, hiệu lực 01/07/2025, điều về tuổi chưa đối chiếu)", Some(URL_HD06), Confirmed)
}

/// QĐ 377-QĐ/TW (08/10/2025), in force now.
fn qd377() -> Profile {
    Profile {
        id: "qd377-2025".to_owned(),
        name: "Quy định 377-QĐ/TW (08/10/2025)".to_owned(),
        kind: Kind::Planning,
        effective_from: date(2025, 10, 8),
        effective_to: None,
        based_on: None,
        rules: vec![
            rule(PLANNED_PER_TITLE, E, json!({ "perSeat": PER_SEAT, "min": PER_SEAT }), QD377, "quy hoạch: mỗi chức danh lãnh đạo, quản lý không quá ba cán bộ", Some(URL_PLO_377), Reported),
            rule(TITLES_PER_PERSON, E, json!({ "max": MAX_TITLES_PER_PERSON }), QD377, "quy hoạch: mỗi cán bộ không quá ba chức danh ở cùng cấp", Some(URL_PLO_377), Reported),
            rule(PLANNING_AGE, E, json!({ "months": FULL_TERM_MONTHS }), QD377, "cán bộ quy hoạch nhiệm kỳ kế tiếp phải đủ tuổi công tác ít nhất trọn một nhiệm kỳ (báo chí nêu: hai nhiệm kỳ trở lên)", Some(URL_LAODONG_377), Reported),
            rule(PLANNED_NOT_HIGHER, W, json!({}), QD377, "chỉ quy hoạch chức danh cao hơn", Some(URL_PLO_377), Reported),
            rule(TITLE_UNPLANNED, W, json!({}), QD377, "quy hoạch các chức danh lãnh đạo, quản lý của nhiệm kỳ kế tiếp (mỗi chức danh có người quy hoạch)", Some(URL_PLO_377), Derived),
            rule(YOUNG_SHARE, W, json!({ "target": YOUNG_TARGET, "under": YOUNG_UNDER, "underCentral": YOUNG_UNDER_CENTRAL }), QD377, "tỷ lệ cán bộ trẻ \"phù hợp\", không nêu số; mức 15% (dưới 40 tuổi, Trung ương dưới 45) lấy theo QĐ 50-QĐ/TW, có thể sửa", Some(URL_PLO_377), Unconfirmed),
            rule(WOMEN_SHARE, W, json!({ "target": WOMEN_TARGET }), QD377, "tỷ lệ cán bộ nữ \"phù hợp\", không nêu số; mức 25% lấy theo QĐ 50-QĐ/TW, có thể sửa", Some(URL_PLO_377), Unconfirmed),
            rule(ETHNIC_SHARE, W, json!({ "target": null }), QD377, "tỷ lệ cán bộ người dân tộc thiểu số \"phù hợp\" với từng địa bàn, không nêu số: chỉ báo cáo, trừ khi người dùng đặt mức", Some(URL_PLO_377), Reported),
            women_programme(),
            standing_size(),
            appointment_age(),
            rule(APPOINTMENT_TENURE, E, json!({ "months": TENURE_MONTHS }), QD80, "điều kiện 3: giữ chức vụ hiện tại hoặc tương đương ít nhất 2 năm (giá trị trong QĐ 377 chưa đối chiếu)", Some(URL_QD80), Unconfirmed),
            rule(APPOINTMENT_PLANNED, E, json!({}), QD377, "Điều 34: nhân sự tại chỗ phải được quy hoạch chức danh bổ nhiệm hoặc chức danh tương đương, cao hơn; nhân sự từ nơi khác phải được quy hoạch chức danh tương đương trở lên", Some(URL_TVPL_377_D34), Confirmed),
            discipline_planning_377(),
            discipline_appointment_377(),
            rotation_age(),
            retirement_passed(),
            retirement_date(),
            unit_formed(),
            invalid_row(),
        ],
    }
}

/// QĐ 50-QĐ/TW (27/12/2021) with HD 16-HD/BTCTW (15/02/2022), replaced by QĐ 377.
fn qd50() -> Profile {
    Profile {
        id: "qd50-2021".to_owned(),
        name: "Quy định 50-QĐ/TW (27/12/2021) và Hướng dẫn 16-HD/BTCTW".to_owned(),
        kind: Kind::Planning,
        effective_from: date(2021, 12, 27),
        effective_to: Some(date(2025, 10, 7)),
        based_on: None,
        rules: vec![
            rule(PLANNED_PER_TITLE, E, json!({ "perSeat": PER_SEAT, "min": PER_SEAT }), QD50, "mỗi chức danh lãnh đạo, quản lý quy hoạch không quá ba cán bộ (hỏi đáp về HD 16 trên lawnet; điều khoản của QĐ 50 chưa đối chiếu)", Some(URL_LAWNET_HD16), Reported),
            rule(TITLES_PER_PERSON, W, json!({ "max": MAX_TITLES_PER_PERSON }), QD50, "mỗi cán bộ quy hoạch không quá ba chức danh ở cùng cấp (như QĐ 377; điều khoản của QĐ 50 chưa đối chiếu)", Some(URL_LAWNET_HD16), Unconfirmed),
            rule(PLANNING_AGE, E, json!({ "months": FULL_TERM_MONTHS }), QD50, "tuổi quy hoạch: đủ tuổi công tác hai nhiệm kỳ trở lên, ít nhất trọn một nhiệm kỳ kế tiếp (60 tháng)", Some(URL_DANTRI_50), Reported),
            rule(PLANNED_NOT_HIGHER, W, json!({}), QD50, "quy hoạch chức danh của nhiệm kỳ kế tiếp; nguyên tắc \"chỉ quy hoạch chức danh cao hơn\" chỉ được trích dẫn cho QĐ 377", None, Unconfirmed),
            rule(TITLE_UNPLANNED, W, json!({}), QD50, "quy hoạch các chức danh lãnh đạo, quản lý của nhiệm kỳ kế tiếp (mỗi chức danh có người quy hoạch)", Some(URL_DANTRI_50), Derived),
            rule(YOUNG_SHARE, W, json!({ "target": YOUNG_TARGET, "under": YOUNG_UNDER, "underCentral": YOUNG_UNDER_CENTRAL }), QD50, "phấn đấu cán bộ trẻ (dưới 45 tuổi ở Trung ương, dưới 40 tuổi ở tỉnh, huyện) ít nhất 15%", Some(URL_VNN_50), Reported),
            rule(WOMEN_SHARE, W, json!({ "target": WOMEN_TARGET }), QD50, "phấn đấu cán bộ nữ ít nhất 25%", Some(URL_VNN_50), Reported),
            rule(ETHNIC_SHARE, W, json!({ "target": null }), QD50, "tỷ lệ cán bộ người dân tộc thiểu số phù hợp với từng địa bàn, không nêu số: chỉ báo cáo, trừ khi người dùng đặt mức", Some(URL_VNN_50), Reported),
            women_programme(),
            standing_size(),
            appointment_age(),
            rule(APPOINTMENT_TENURE, E, json!({ "months": TENURE_MONTHS }), QD80, "điều kiện 3: giữ chức vụ hiện tại hoặc tương đương ít nhất 2 năm, trừ trường hợp đặc biệt", Some(URL_QD80), Reported),
            rule(APPOINTMENT_PLANNED, E, json!({}), QD80, "điều kiện 2: nhân sự tại chỗ phải được quy hoạch chức danh bổ nhiệm hoặc tương đương, cao hơn; nhân sự từ nơi khác phải được quy hoạch chức danh tương đương trở lên", Some(URL_QD80), Reported),
            discipline_qd80(DISCIPLINE_PLANNING),
            discipline_qd80(DISCIPLINE_APPOINTMENT),
            rotation_age(),
            retirement_passed(),
            retirement_date(),
            invalid_row(),
        ],
    }
}

/// Chỉ thị 45-CT/TW (14/04/2025): congresses of the 2025–2030 term.
fn ct45() -> Profile {
    Profile {
        id: "ct45-2025".to_owned(),
        name: "Chỉ thị 45-CT/TW (14/04/2025): đại hội nhiệm kỳ 2025–2030".to_owned(),
        kind: Kind::Congress,
        effective_from: date(2025, 4, 14),
        effective_to: None,
        based_on: None,
        rules: vec![
            rule(
                CONGRESS_AGE,
                E,
                json!({
                    "first": CT45_FIRST,
                    "reelection": CT45_REELECTION,
                    "reference": {
                        "grassroots": "2025-04",
                        "above-grassroots": "2025-06",
                        "district": "2025-06",
                        "commune": "2025-07",
                        "province": "2025-09",
                        "government": "2026-03"
                    }
                }),
                CT45,
                "tuổi tham gia cấp ủy lần đầu còn đủ 60 tháng, tái cử còn ít nhất 48 tháng, tính đến tháng đại hội của từng cấp (cơ sở 04/2025, cấp trên cơ sở 06/2025, xã 07/2025, tỉnh 09/2025; HĐND, UBND 03/2026)",
                Some(URL_CT45),
                Confirmed,
            ),
            rule(CONGRESS_DEPUTY_SECRETARY, E, json!({ "months": CT45_DEPUTY_SECRETARY }), CT45, "trường hợp đặc biệt: phó bí thư tỉnh ủy, thành ủy tái cử còn ít nhất 42 tháng", Some(URL_CT45_DEPUTY), Reported),
            standing_size(),
            congress_not_checked(CT45, URL_CT45),
            retirement_passed(),
            retirement_date(),
            unit_formed(),
            invalid_row(),
        ],
    }
}

/// Chỉ thị 35-CT/TW (30/05/2019) and HD 26-HD/BTCTW: congresses of 2020–2025.
fn ct35() -> Profile {
    Profile {
        id: "ct35-2019".to_owned(),
        name: "Chỉ thị 35-CT/TW (30/05/2019): đại hội nhiệm kỳ 2020–2025".to_owned(),
        kind: Kind::Congress,
        effective_from: date(2019, 5, 30),
        effective_to: None,
        based_on: None,
        rules: vec![
            rule(
                CONGRESS_AGE,
                E,
                json!({
                    "first": CT35_FIRST,
                    "reelection": CT35_REELECTION,
                    "reference": { "province": "2020-09", "district": "2020-06", "above-grassroots": "2020-06" }
                }),
                CT35,
                "tham gia lần đầu đủ 60 tháng, tái cử ít nhất 30 tháng (suy ra từ các mốc sinh đã công bố: tỉnh 09/2020, huyện 06/2020; cấp xã theo KL 64-KL/TW, chưa có mốc)",
                Some(URL_CT35_AGE),
                Derived,
            ),
            rule(WOMEN_SHARE, W, json!({ "target": CT35_WOMEN_TARGET, "scopes": ["committee"] }), CT35, "tỷ lệ nữ cấp ủy viên ít nhất 15%", Some(URL_CT35_WOMEN), Reported),
            rule(STANDING_WOMEN, W, json!({ "min": CT35_STANDING_WOMEN }), CT35, "ban thường vụ có cán bộ nữ", Some(URL_CT35_WOMEN), Reported),
            rule(
                AGE_BANDS,
                W,
                json!({
                    "youngUnder": 40, "youngMin": CT35_YOUNG_MIN,
                    "middleTo": 50, "middleMin": CT35_MIDDLE_MIN, "middleMax": CT35_MIDDLE_MAX,
                    "scopes": ["committee", "standing"]
                }),
                CT35,
                "cơ cấu ba độ tuổi của cấp ủy viên và ban thường vụ tỉnh, huyện: dưới 40 tuổi ít nhất 10%, từ 40 đến 50 tuổi khoảng 40–50%, còn lại trên 50 tuổi",
                Some(URL_HD26_BANDS),
                Reported,
            ),
            standing_size_qd29(),
            congress_not_checked(CT35, URL_CT35_AGE),
            retirement_passed(),
            retirement_date(),
            invalid_row(),
        ],
    }
}

/// The built-in profiles: planning profiles newest first, then congress profiles.
pub fn builtin() -> Vec<Profile> {
    vec![qd377(), qd50(), ct45(), ct35()]
}
