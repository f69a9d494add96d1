// The page's text helpers (www/names.js): Vietnamese name order, download
// names, and tab-separated text as spreadsheets copy it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { downloadName, fold, nameKey, nameRanks, stripMarks } from "../../www/names.js";

test("folding and marks", () => {
  assert.equal(fold("Đảng bộ Huyện ĐỊNH HÓA"), "dang bo huyen dinh hoa");
  assert.equal(stripMarks("Đảng bộ huyện Định Hóa"), "Dang bo huyen Dinh Hoa");
});

test("names sort by given name, middle, family name; or family name first", () => {
  const names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê An", "Đỗ Văn Ánh", "Phạm Minh Đức", "Bùi Thị Dung", "Hoàng Đức", "Yến"];
  const sorted = (byFamily) => {
    const ranks = nameRanks(names, byFamily);
    const order = names.map((_, i) => i).sort((a, b) => ranks[a][0] - ranks[b][0] || ranks[a][1] - ranks[b][1] || ranks[a][2] - ranks[b][2]);
    return order.map((i) => names[i]);
  };
  assert.deepEqual(sorted(false), ["Lê An", "Nguyễn Văn An", "Đỗ Văn Ánh", "Trần Thị Bình", "Bùi Thị Dung", "Hoàng Đức", "Phạm Minh Đức", "Yến"]);
  assert.deepEqual(sorted(true), ["Bùi Thị Dung", "Đỗ Văn Ánh", "Hoàng Đức", "Lê An", "Nguyễn Văn An", "Phạm Minh Đức", "Trần Thị Bình", "Yến"]);
  assert.deepEqual(nameKey("  Nguyễn   Thị Minh  Khai "), ["Khai", "Thị Minh", "Nguyễn"]);
  assert.deepEqual(nameKey(""), ["", "", ""]);
});

test("download names come from the unit and the date", () => {
  assert.equal(downloadName("Đảng bộ huyện Định Hóa", "2024-12-15", "xlsx"), "QHCB-Dang-bo-huyen-Dinh-Hoa-2024-12-15.xlsx");
  assert.equal(downloadName("Đảng bộ huyện Phú Lương (ví dụ)", "2018-04-30", "json"), "QHCB-Dang-bo-huyen-Phu-Luong-vi-du-2018-04-30.json");
  assert.equal(downloadName("", "2026-01-15", "csv"), "QHCB-2026-01-15.csv");
  assert.equal(downloadName("Xã A/B: \"thử\"", "2026-01-15", "csv"), "QHCB-Xa-A-B-thu-2026-01-15.csv");
});
