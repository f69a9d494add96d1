//! Vietnamese text of findings on planning — multiples, sizes, planned people and titles,
//! the profile in force and the unit ([`PlanningWords`]).

use super::words::{discipline_name, level_name, service_left, Vi, L};
use crate::date::{Date, YearMonth};
use crate::format::number;
use crate::messages::catalogue::some_ids;
use crate::messages::catalogue::PlanningWords;
use crate::model::{DisciplineLevel, Level};
use crate::profile::Profile;
use crate::rules::subject::Subject;

impl PlanningWords for Vi {
    fn rollup_sentence(&self, g: &crate::planning::GroupStats) -> String {
        use crate::model::Group;
        let n = |x: u64| number(x as f64, 0, L);
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

    fn profile_not_in_force(&self, profile: &Profile, as_of: Date) -> String {
        format!(
            "Ngày rà soát {} nằm ngoài thời gian hiệu lực của {} (từ {}); kết quả chỉ để tham khảo",
            as_of.to_vietnamese(),
            profile.name,
            profile.effective_from.to_vietnamese()
        )
    }

    fn scope_label(&self, scope: &Subject) -> String {
        use crate::schema::{Group, Vocabulary};
        // A group's scope by its group (every group worded); anything else is the whole unit.
        let group = (scope.kind == "group")
            .then(|| scope.id.as_deref().and_then(Group::from_id))
            .flatten();
        match group {
            Some(group) => match group {
                Group::Committee => "quy hoạch cấp ủy",
                Group::Standing => "quy hoạch ban thường vụ",
                Group::Key => "quy hoạch chức danh chủ chốt",
                Group::Leader => "quy hoạch lãnh đạo, quản lý",
                Group::Other => "quy hoạch chức danh khác",
            },
            None => "toàn bộ nguồn quy hoạch",
        }
        .to_owned()
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
            "{person} {} tính đến {} (nghỉ hưu {}), chưa đủ {} tháng",
            service_left(left),
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

    fn no_reference_month(&self, level: Level, ids: &[String]) -> String {
        format!(
            "Bộ quy định không có tháng đại hội cho cấp {}; chưa kiểm tra tuổi của {} người ứng cử ({}). Hãy đặt tháng trong bộ quy định tự đặt",
            level_name(level),
            ids.len(),
            some_ids(ids)
        )
    }
}
