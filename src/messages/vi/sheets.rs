//! Vietnamese text of the worksheets' figures and input errors ([`SheetWords`]).

use super::words::{Vi, L};
use crate::format::number;
use crate::messages::catalogue::SheetWords;

impl SheetWords for Vi {
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

/// A count written for readers.
fn c(value: f64) -> String {
    number(value, 0, L)
}
