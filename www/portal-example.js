// The example portal reads the tool's results through its DOM events and
// shows them in its own side panel, formatted by the portal itself. The
// events carry headline figures only: no name or record reaches the portal
// unless it sets the element's `expose-data` attribute.
const tool = document.getElementById("qhcb");
const number = new Intl.NumberFormat("vi-VN");
const percent = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 });
let changes = 0;

tool.addEventListener("qhcb-report", (event) => {
  const summary = event.detail.summary;
  if (!summary) return;
  document.getElementById("portal-people").textContent = number.format(summary.people);
  document.getElementById("portal-planned").textContent = number.format(summary.planned);
  document.getElementById("portal-women").textContent = summary.women == null ? "—" : percent.format(summary.women);
  document.getElementById("portal-findings").textContent = number.format(summary.findings);
});

tool.addEventListener("qhcb-change", () => {
  changes += 1;
  document.getElementById("portal-changes").textContent = number.format(changes);
});
