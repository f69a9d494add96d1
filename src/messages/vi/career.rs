//! Vietnamese text of findings on retirement, congress candidacy, appointment, discipline
//! and rotation ([`CareerWords`]).

use super::words::{discipline_name, service_left, Vi, L};
use crate::date::{Date, YearMonth};
use crate::format::number;
use crate::messages::catalogue::CareerWords;
use crate::model::{Candidacy, DisciplineLevel};

impl CareerWords for Vi {
    fn cutoff_kind(&self, candidacy: &str, sex: crate::model::Sex, at_60: bool) -> String {
        let who = match (sex, at_60) {
            (crate::model::Sex::Male, _) => "nam",
            (crate::model::Sex::Female, false) => "nữ",
            (crate::model::Sex::Female, true) => "nữ được nghỉ hưu ở tuổi 60",
        };
        format!("{candidacy} — {who}")
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
            "{person} ({kind}) {} tính đến tháng đại hội {} (nghỉ hưu {}), chưa đủ {} tháng",
            service_left(left),
            reference.to_vietnamese(),
            retires.to_vietnamese(),
            number(required, 0, L)
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
            "{person} đề nghị bổ nhiệm {title}: {} tính đến ngày nhận hồ sơ {} (nghỉ hưu {}), chưa đủ {} tháng",
            service_left(left),
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
            "{person} luân chuyển ngày {}: {} (nghỉ hưu {}), chưa đủ {} tháng",
            date.to_vietnamese(),
            service_left(left),
            retires.to_vietnamese(),
            number(required, 0, L)
        )
    }
}
