//! A deterministic synthetic roster for benchmarks and load tests: a unit
//! with a committee, a standing committee, key titles and leaders, and
//! people whose ages, sexes, education, theory, titles and planning follow
//! plausible distributions. The same size and seed always give the same data.

use serde_json::{json, Value};

use crate::model::{Education, PoliticalTheory};

/// A small, fast pseudo-random generator (xorshift64*), so that the data
/// depends only on the seed and not on a crate's version.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// An index by weights.
    pub fn pick(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut x = self.unit() * total;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
}

/// The titles of a synthetic unit whose committee has `committee` seats.
pub fn titles(committee: u32) -> Value {
    let standing = (committee / 3).max(1);
    json!([
        { "id": "bch", "name": "Ủy viên Ban Chấp hành", "group": "committee", "seats": committee },
        { "id": "btv", "name": "Ủy viên Ban Thường vụ", "group": "standing", "seats": standing },
        { "id": "bt", "name": "Bí thư", "group": "key", "seats": 1, "rank": 1 },
        { "id": "pbt", "name": "Phó Bí thư", "group": "key", "seats": 2, "rank": 2 },
        { "id": "ct", "name": "Chủ tịch UBND", "group": "key", "seats": 1, "rank": 2 },
        { "id": "pct", "name": "Phó Chủ tịch UBND", "group": "key", "seats": 3, "rank": 3 },
        { "id": "tp", "name": "Trưởng phòng", "group": "leader", "seats": committee, "rank": 5 },
        { "id": "pp", "name": "Phó Trưởng phòng", "group": "leader", "seats": committee * 2, "rank": 6 }
    ])
}

const FAMILY: [&str; 12] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
];
const MIDDLE_M: [&str; 5] = ["Văn", "Đức", "Quang", "Minh", "Hữu"];
const MIDDLE_F: [&str; 5] = ["Thị", "Thu", "Thanh", "Ngọc", "Hồng"];
const GIVEN_M: [&str; 8] = [
    "Hùng", "Dũng", "Sơn", "Tuấn", "Long", "Hải", "Phong", "Cường",
];
const GIVEN_F: [&str; 8] = ["Hoa", "Lan", "Hương", "Mai", "Hạnh", "Thủy", "Nga", "Yến"];
/// Weights of `Education::ALL` (doctorate … none) and `PoliticalTheory::ALL` (advanced … none).
const EDUCATION_W: [f64; Education::ALL.len()] = [0.02, 0.25, 0.6, 0.06, 0.05, 0.02];
const THEORY_W: [f64; PoliticalTheory::ALL.len()] = [0.3, 0.5, 0.15, 0.05];

/// One person, numbered `i`, reviewed in `as_of_year`.
pub fn person(rng: &mut Rng, i: usize, as_of_year: i32) -> Value {
    let woman = rng.unit() < 0.32;
    let pick =
        |rng: &mut Rng, list: &[&'static str]| list[(rng.next_u64() % list.len() as u64) as usize];
    let name = format!(
        "{} {} {}",
        pick(rng, &FAMILY),
        pick(rng, if woman { &MIDDLE_F } else { &MIDDLE_M }),
        pick(rng, if woman { &GIVEN_F } else { &GIVEN_M })
    );
    // Ages 25–60, most between 35 and 55.
    let age = 25 + ((rng.unit() + rng.unit() + rng.unit()) / 3.0 * 36.0) as i32;
    let birth = format!(
        "{}-{:02}-{:02}",
        as_of_year - age,
        1 + rng.next_u64() % 12,
        1 + rng.next_u64() % 28
    );
    let role = rng.unit();
    let (current, planned): (Vec<&str>, Vec<&str>) = match role {
        r if r < 0.01 => (vec!["bch", "btv"], vec!["pbt"]),
        r if r < 0.05 => (vec!["bch"], vec!["btv"]),
        r if r < 0.15 => (vec!["tp"], vec!["bch"]),
        r if r < 0.35 => (vec!["pp"], vec!["tp"]),
        r if r < 0.40 => (vec![], vec!["bch", "pp"]),
        _ => (vec![], vec![]),
    };
    json!({
        "id": format!("p{i}"),
        "name": name,
        "sex": if woman { "F" } else { "M" },
        "birth": birth,
        "ethnicMinority": rng.unit() < 0.12,
        "local": rng.unit() > 0.1,
        "education": Education::ALL[rng.pick(&EDUCATION_W)].id(),
        "politicalTheory": PoliticalTheory::ALL[rng.pick(&THEORY_W)].id(),
        "current": current,
        "planned": planned,
    })
}

/// A dataset of `people` persons from `seed`, reviewed on 2026-01-15.
///
/// ```
/// let a = qhcb::synthetic::dataset(100, 7);
/// assert_eq!(a, qhcb::synthetic::dataset(100, 7));
/// assert_eq!(a["people"].as_array().unwrap().len(), 100);
/// ```
pub fn dataset(people: usize, seed: u64) -> Value {
    let mut rng = Rng::new(seed);
    let committee = ((people as f64).sqrt() as u32).clamp(15, 200);
    let rows: Vec<Value> = (0..people).map(|i| person(&mut rng, i + 1, 2026)).collect();
    json!({
        "format": "qhcb/1",
        "unit": { "name": format!("Đơn vị tổng hợp ({people} người)"), "level": "province" },
        "asOf": "2026-01-15",
        "termStart": "2026-03",
        "titles": titles(committee),
        "people": rows,
    })
}
