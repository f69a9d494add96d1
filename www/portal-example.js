// The example portal reads the tool's results through its DOM events and
// shows them in its own side panel, formatted by the portal itself.
const tool = document.getElementById("qhcb");
const number = new Intl.NumberFormat("vi-VN");
const percent = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 });
let changes = 0;

tool.addEventListener("qhcb-report", (event) => {
  const report = event.detail.report;
  if (!report) return;
  const planned = report.cohorts.planned;
  document.getElementById("portal-people").textContent = number.format(report.cohorts.all.count);
  document.getElementById("portal-planned").textContent = number.format(planned.count);
  document.getElementById("portal-women").textContent =
    planned.women.share == null ? "—" : percent.format(planned.women.share);
  document.getElementById("portal-findings").textContent = number.format(report.findings.length);
});

tool.addEventListener("qhcb-change", () => {
  changes += 1;
  document.getElementById("portal-changes").textContent = number.format(changes);
});
