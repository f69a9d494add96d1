//! English text of the built-in rules' articles (document names stay as they are).

/// The English text of a built-in article written in Vietnamese; the
/// Vietnamese text when there is none (a test checks there is always one).
pub fn article<'a>(_code: &str, vi: &'a str) -> &'a str {
    ARTICLES
        .iter()
        .find(|(v, _)| *v == vi)
        .map_or(vi, |(_, en)| en)
}

const ARTICLES: &[(&str, &str)] = &[
    (
        "quy hoạch chức danh cao hơn: cán bộ bị kỷ luật khiển trách, cảnh cáo chỉ được xem xét khi đã hết thời hạn kỷ luật (thời hạn không nêu số tháng)",
        "planning to a higher title: a cadre disciplined by reprimand (khiển trách) or warning (cảnh cáo) may be considered only once the disciplinary period has ended (no number of months given)",
    ),
    (
        "bổ nhiệm, giới thiệu ứng cử chức vụ cao hơn: sau 24 tháng (khiển trách), 36 tháng (cảnh cáo, không bị cách chức), 60 tháng (cách chức); mốc bắt đầu tính chưa đối chiếu",
        "appointment or nomination to a higher post: after 24 months (reprimand), 36 months (warning, not removed from post), 60 months (dismissal); the start of the count is not checked",
    ),
    (
        "không quy hoạch, bổ nhiệm chức vụ cao hơn trong 12 tháng (khiển trách), 30 tháng (cảnh cáo), 60 tháng (cách chức) kể từ quyết định kỷ luật",
        "no planning or appointment to a higher post within 12 months (reprimand), 30 months (warning), 60 months (dismissal) of the disciplinary decision",
    ),
    (
        "NĐ 135 Điều 3 khoản 1: thời điểm nghỉ hưu là ngày cuối cùng của tháng đủ tuổi nghỉ hưu; người đã qua thời điểm đó mà còn giữ chức danh",
        "NĐ 135 Article 3(1): retirement falls on the last day of the month in which the retirement age is reached; a person past that date still holds a title",
    ),
    (
        "ngày nghỉ hưu được quyết định thay cho lộ trình: nghỉ hưu ở tuổi cao hơn không quá 65 tuổi (nam), 60 tuổi (nữ); nghỉ hưu trước tuổi không quá 5 năm so với lộ trình (cảnh báo)",
        "a decided retirement date replaces the roadmap: later retirement no later than 65 (men) or 60 (women); early retirement no more than 5 years before the roadmap (warning)",
    ),
    (
        "tuổi đại hội chỉ kiểm tra được với người được đánh dấu tham gia lần đầu hoặc tái cử; khi chưa ai được đánh dấu, báo là chưa kiểm tra",
        "congress ages can be checked only for people marked as standing for the first time or for re-election; when nobody is marked, the report says they were not checked",
    ),
    (
        "đơn vị thành lập từ 01/07/2025 (sắp xếp đơn vị hành chính) có thể chưa có quy hoạch được phê duyệt: thông báo, không phải vi phạm",
        "a unit formed on or after 01/07/2025 (reorganisation of administrative units) may have no approved planning yet: a notice, not a breach",
    ),
    (
        "số ủy viên ban thường vụ không quá một phần ba số cấp ủy viên: điều khoản chưa đối chiếu trong QĐ 24 và các quy định sau; số của Chỉ thị 45 cho cấp xã (9/27, 11/33) đúng bằng một phần ba",
        "standing committee members no more than one third of committee members: the article in QĐ 24 and later rules is not checked; the commune sizes of Chỉ thị 45 (9/27, 11/33) are exactly one third",
    ),
    (
        "Điều 12: số ủy viên ban thường vụ không quá một phần ba số cấp ủy viên",
        "Article 12: standing committee members no more than one third of committee members",
    ),
    (
        "dòng không đọc được bị loại khỏi thống kê và được nêu rõ",
        "rows that cannot be read are left out of the statistics and named",
    ),
    (
        "tỷ lệ nữ trong quy hoạch lãnh đạo các cấp đạt ít nhất 40% đến năm 2025 và 50% đến năm 2030 (chương trình của Nhà nước, tùy chọn)",
        "women at least 40% of leadership planning at all levels by 2025 and 50% by 2030 (state programme, optional)",
    ),
    (
        "Điều 5: còn ít nhất 10 năm công tác tại thời điểm luân chuyển",
        "Article 5: at least 10 years of working time left at the date of rotation",
    ),
    (
        "tuổi bổ nhiệm, giới thiệu ứng cử tính tại thời điểm cơ quan tổ chức cán bộ nhận đủ hồ sơ: còn ít nhất 60 tháng công tác (công chức nhà nước: NĐ 170/2025/NĐ-CP, hiệu lực 01/07/2025, điều về tuổi chưa đối chiếu)",
        "age for appointment or nomination is taken on the date the personnel body receives the full dossier: at least 60 months of working time left (state civil servants: NĐ 170/2025/NĐ-CP, in force 01/07/2025, its age article not checked)",
    ),
    (
        "quy hoạch: mỗi chức danh lãnh đạo, quản lý không quá ba cán bộ",
        "planning: no more than three cadres for each leadership or management title",
    ),
    (
        "quy hoạch: mỗi cán bộ không quá ba chức danh ở cùng cấp",
        "planning: no more than three titles for one cadre at the same level",
    ),
    (
        "cán bộ quy hoạch nhiệm kỳ kế tiếp phải đủ tuổi công tác ít nhất trọn một nhiệm kỳ (báo chí nêu: hai nhiệm kỳ trở lên)",
        "cadres planned for the next term need working age for at least one full term (the press says two terms or more)",
    ),
    (
        "chỉ quy hoạch chức danh cao hơn",
        "plan only for a higher title",
    ),
    (
        "quy hoạch các chức danh lãnh đạo, quản lý của nhiệm kỳ kế tiếp (mỗi chức danh có người quy hoạch)",
        "plan for the leadership and management titles of the next term (someone planned for each title)",
    ),
    (
        "tỷ lệ cán bộ trẻ \"phù hợp\", không nêu số; mức 15% (dưới 40 tuổi, Trung ương dưới 45) lấy theo QĐ 50-QĐ/TW, có thể sửa",
        "young cadres' share \"appropriate\", no number given; the 15% (under 40, central level under 45) is taken from QĐ 50-QĐ/TW and can be changed",
    ),
    (
        "tỷ lệ cán bộ nữ \"phù hợp\", không nêu số; mức 25% lấy theo QĐ 50-QĐ/TW, có thể sửa",
        "women's share \"appropriate\", no number given; the 25% is taken from QĐ 50-QĐ/TW and can be changed",
    ),
    (
        "tỷ lệ cán bộ người dân tộc thiểu số \"phù hợp\" với từng địa bàn, không nêu số: chỉ báo cáo, trừ khi người dùng đặt mức",
        "ethnic-minority share \"appropriate\" to each area, no number given: reported only, unless the user sets a level",
    ),
    (
        "điều kiện 3: giữ chức vụ hiện tại hoặc tương đương ít nhất 2 năm (giá trị trong QĐ 377 chưa đối chiếu)",
        "condition 3: at least 2 years in the current or an equivalent post (the value in QĐ 377 is not checked)",
    ),
    (
        "Điều 34: nhân sự tại chỗ phải được quy hoạch chức danh bổ nhiệm hoặc chức danh tương đương, cao hơn; nhân sự từ nơi khác phải được quy hoạch chức danh tương đương trở lên",
        "Article 34: an in-place candidate must be planned for the title or an equivalent or higher one; a candidate from elsewhere must be planned for an equivalent or higher title",
    ),
    (
        "mỗi chức danh lãnh đạo, quản lý quy hoạch không quá ba cán bộ (hỏi đáp về HD 16 trên lawnet; điều khoản của QĐ 50 chưa đối chiếu)",
        "no more than three cadres planned for each leadership or management title (lawnet Q&A on HD 16; the QĐ 50 article is not checked)",
    ),
    (
        "mỗi cán bộ quy hoạch không quá ba chức danh ở cùng cấp (như QĐ 377; điều khoản của QĐ 50 chưa đối chiếu)",
        "no more than three titles planned for one cadre at the same level (as QĐ 377; the QĐ 50 article is not checked)",
    ),
    (
        "tuổi quy hoạch: đủ tuổi công tác hai nhiệm kỳ trở lên, ít nhất trọn một nhiệm kỳ kế tiếp (60 tháng)",
        "planning age: working age for two terms or more, at least one full next term (60 months)",
    ),
    (
        "quy hoạch chức danh của nhiệm kỳ kế tiếp; nguyên tắc \"chỉ quy hoạch chức danh cao hơn\" chỉ được trích dẫn cho QĐ 377",
        "planning for the titles of the next term; the principle \"plan only for a higher title\" is quoted for QĐ 377 only",
    ),
    (
        "phấn đấu cán bộ trẻ (dưới 45 tuổi ở Trung ương, dưới 40 tuổi ở tỉnh, huyện) ít nhất 15%",
        "aim: young cadres (under 45 at the central level, under 40 in provinces and districts) at least 15%",
    ),
    (
        "phấn đấu cán bộ nữ ít nhất 25%",
        "aim: women at least 25%",
    ),
    (
        "tỷ lệ cán bộ người dân tộc thiểu số phù hợp với từng địa bàn, không nêu số: chỉ báo cáo, trừ khi người dùng đặt mức",
        "ethnic-minority share appropriate to each area, no number given: reported only, unless the user sets a level",
    ),
    (
        "điều kiện 3: giữ chức vụ hiện tại hoặc tương đương ít nhất 2 năm, trừ trường hợp đặc biệt",
        "condition 3: at least 2 years in the current or an equivalent post, special cases excepted",
    ),
    (
        "điều kiện 2: nhân sự tại chỗ phải được quy hoạch chức danh bổ nhiệm hoặc tương đương, cao hơn; nhân sự từ nơi khác phải được quy hoạch chức danh tương đương trở lên",
        "condition 2: an in-place candidate must be planned for the title or an equivalent or higher one; a candidate from elsewhere must be planned for an equivalent or higher title",
    ),
    (
        "tuổi tham gia cấp ủy lần đầu còn đủ 60 tháng, tái cử còn ít nhất 48 tháng, tính đến tháng đại hội của từng cấp (cơ sở 04/2025, cấp trên cơ sở 06/2025, xã 07/2025, tỉnh 09/2025; HĐND, UBND 03/2026)",
        "first time on the committee: a full 60 months of working time left; re-election: at least 48 months, at the congress month of each level (grassroots 04/2025, above grassroots 06/2025, commune 07/2025, province 09/2025; People's Councils and Committees 03/2026)",
    ),
    (
        "trường hợp đặc biệt: phó bí thư tỉnh ủy, thành ủy tái cử còn ít nhất 42 tháng",
        "special case: deputy secretary of a provincial or city committee standing again, at least 42 months left",
    ),
    (
        "tham gia lần đầu đủ 60 tháng, tái cử ít nhất 30 tháng (suy ra từ các mốc sinh đã công bố: tỉnh 09/2020, huyện 06/2020; cấp xã theo KL 64-KL/TW, chưa có mốc)",
        "first time: a full 60 months; re-election: at least 30 months (derived from the published birth cut-offs: province 09/2020, district 06/2020; communes under KL 64-KL/TW, no cut-off)",
    ),
    (
        "tỷ lệ nữ cấp ủy viên ít nhất 15%",
        "women at least 15% of committee members",
    ),
    (
        "ban thường vụ có cán bộ nữ",
        "at least one woman on the standing committee",
    ),
    (
        "cơ cấu ba độ tuổi của cấp ủy viên và ban thường vụ tỉnh, huyện: dưới 40 tuổi ít nhất 10%, từ 40 đến 50 tuổi khoảng 40–50%, còn lại trên 50 tuổi",
        "three age bands of provincial and district committee and standing committee members: under 40 at least 10%, 40 to 50 about 40–50%, the rest over 50",
    ),
];
