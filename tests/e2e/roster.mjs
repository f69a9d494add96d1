// A deterministic synthetic roster for the scale tests: the same people on
// every run (a small linear congruential generator, no Math.random), as a
// qhcb/1 dataset or as the CSV a unit would export from Excel.

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hà"];
const MIDDLE = { M: ["Văn", "Đức", "Quang", "Minh"], F: ["Thị", "Ngọc", "Thu", "Thanh"] };
const GIVEN = ["An", "Bình", "Cường", "Dung", "Hà", "Hoa", "Hùng", "Lan", "Long", "Mai", "Nam", "Sơn", "Tâm", "Tuấn"];
const EDUCATION = ["master", "university", "university", "university", "college", "doctorate"];
const EDUCATION_VI = { master: "Thạc sĩ", university: "Đại học", college: "Cao đẳng", doctorate: "Tiến sĩ" };
const THEORY = ["advanced", "intermediate", "intermediate", "elementary"];

export const TITLES = [
  { id: "bch", name: "Ủy viên Ban Chấp hành", group: "committee", seats: 45 },
  { id: "btv", name: "Ủy viên Ban Thường vụ", group: "standing", seats: 13 },
  { id: "bt", name: "Bí thư", group: "key", seats: 1, rank: 1 },
  { id: "tp", name: "Trưởng phòng", group: "leader", seats: 20, rank: 4 },
];

/** `n` people; person i is the same on every call. */
export function people(n) {
  let seed = 20260115;
  const next = (m) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % m;
  };
  const list = [];
  for (let i = 1; i <= n; i++) {
    const sex = next(100) < 32 ? "F" : "M";
    const year = 1966 + next(35);
    const month = 1 + next(12);
    const day = 1 + next(28);
    const planned = next(10) < 4 ? [TITLES[1 + next(3)].id] : [];
    list.push({
      id: `p${i}`,
      name: `${SURNAMES[next(10)]} ${MIDDLE[sex][next(4)]} ${GIVEN[next(14)]}`,
      sex,
      birth: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      ethnicMinority: next(100) < 12,
      local: next(100) < 80,
      education: EDUCATION[next(6)],
      politicalTheory: THEORY[next(4)],
      current: next(50) === 0 ? ["bch"] : [],
      planned,
    });
  }
  return list;
}

/** A qhcb/1 dataset of `n` people. */
export function dataset(n) {
  return { format: "qhcb/1", unit: { name: "Tỉnh Thử Nghiệm", level: "province" }, asOf: "2026-01-15", titles: TITLES, people: people(n) };
}

/** The roster as a UTF-8 CSV with Vietnamese headers, as exported from Excel. */
export function csv(n) {
  const lines = ["Mã;Họ và tên;Ngày sinh;Giới tính;Dân tộc;Trình độ chuyên môn"];
  for (const p of people(n)) {
    const birth = p.birth.split("-").reverse().join("/");
    lines.push([p.id, p.name, birth, p.sex === "F" ? "Nữ" : "Nam", p.ethnicMinority ? "Tày" : "Kinh", EDUCATION_VI[p.education]].join(";"));
  }
  return `${lines.join("\r\n")}\r\n`;
}
