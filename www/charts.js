// Charts in SVG, drawn from the report's counts: the age pyramid by sex, the
// three age bands and the retirement timeline. Every chart has a title and a
// text description for screen readers; labels are text nodes, never markup.

import { t, format } from "./i18n.js";

const NS = "http://www.w3.org/2000/svg";

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text != null) node.textContent = String(text);
  return node;
}

function frame(width, height, title, description) {
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "chart" });
  const id = `chart-${Math.random().toString(36).slice(2)}`;
  root.setAttribute("aria-labelledby", `${id}-t ${id}-d`);
  root.append(svg("title", { id: `${id}-t` }, title), svg("desc", { id: `${id}-d` }, description));
  return root;
}

/** Age pyramid: men on the left, women on the right, youngest at the bottom. */
export function pyramid(cohort) {
  const bands = cohort.pyramid;
  const width = 520;
  const rowHeight = 24;
  const top = 28;
  const height = top + bands.length * rowHeight + 8;
  const middle = width / 2;
  const labelWidth = 56;
  const barSpace = middle - labelWidth / 2 - 40;
  const max = Math.max(1, ...bands.map((b) => Math.max(b.men, b.women)));
  const description = bands.map((b) => `${b.label}: ${t("charts.men")} ${b.men}, ${t("charts.women")} ${b.women}`).join("; ");
  const root = frame(width, height, t("charts.pyramid"), description);
  root.append(
    svg("text", { x: middle - labelWidth / 2 - 8, y: 16, "text-anchor": "end", class: "legend men" }, t("charts.men")),
    svg("text", { x: middle + labelWidth / 2 + 8, y: 16, class: "legend women" }, t("charts.women")),
  );
  // Youngest band at the bottom.
  [...bands].reverse().forEach((band, i) => {
    const y = top + i * rowHeight;
    const menWidth = (band.men / max) * barSpace;
    const womenWidth = (band.women / max) * barSpace;
    const left = middle - labelWidth / 2;
    const right = middle + labelWidth / 2;
    root.append(
      svg("rect", { x: left - menWidth, y: y + 3, width: menWidth, height: rowHeight - 6, class: "bar men" }),
      svg("rect", { x: right, y: y + 3, width: womenWidth, height: rowHeight - 6, class: "bar women" }),
      svg("text", { x: middle, y: y + rowHeight / 2 + 4, "text-anchor": "middle", class: "axis" }, band.label),
      svg("text", { x: left - menWidth - 4, y: y + rowHeight / 2 + 4, "text-anchor": "end", class: "value" }, band.men ? format.count(band.men) : ""),
      svg("text", { x: right + womenWidth + 4, y: y + rowHeight / 2 + 4, class: "value" }, band.women ? format.count(band.women) : ""),
    );
  });
  return root;
}

/** The three age bands as horizontal bars with count and share. */
export function bands(cohort) {
  const width = 520;
  const rowHeight = 34;
  const labelWidth = 150;
  const height = cohort.bands.length * rowHeight + 10;
  const description = cohort.bands
    .map((b) => `${format.band(b)}: ${format.count(b.count)} (${format.percent(b.share)})`)
    .join("; ");
  const root = frame(width, height, t("charts.bands"), description);
  const barSpace = width - labelWidth - 110;
  cohort.bands.forEach((band, i) => {
    const y = 5 + i * rowHeight;
    const w = (band.share ?? 0) * barSpace;
    root.append(
      svg("text", { x: 0, y: y + rowHeight / 2 + 4, class: "axis" }, format.band(band)),
      svg("rect", { x: labelWidth, y: y + 5, width: w, height: rowHeight - 10, class: `bar band-${i}` }),
      svg("text", { x: labelWidth + w + 6, y: y + rowHeight / 2 + 4, class: "value" }, `${format.count(band.count)} (${format.percent(band.share)})`),
    );
  });
  return root;
}

/** Retirements of incumbents per year of the term, one bar group per year. */
export function timeline(retirements, groupName) {
  const rows = retirements.rows;
  const years = retirements.years;
  const width = 560;
  const left = 36;
  // The legend takes as many lines as it needs, at most three labels a line,
  // so that long group names never run into each other.
  const perLine = Math.min(3, Math.max(1, rows.length));
  const legendLines = Math.ceil(rows.length / perLine);
  const height = 196 + legendLines * 16;
  const bottom = 170;
  const max = Math.max(1, ...rows.flatMap((r) => r.counts));
  const slot = (width - left - 10) / years.length;
  const barWidth = Math.max(6, (slot - 12) / Math.max(1, rows.length));
  const description = years
    .map((year, y) => `${year}: ${rows.map((r) => `${r.group === "all" ? t("charts.allIncumbents") : groupName(r.group)} ${r.counts[y]}`).join(", ")}`)
    .join("; ");
  const root = frame(width, height, t("charts.timeline"), description);
  root.append(svg("line", { x1: left, y1: bottom, x2: width - 5, y2: bottom, class: "axis-line" }));
  years.forEach((year, y) => {
    const x0 = left + y * slot + 6;
    rows.forEach((row, r) => {
      const h = (row.counts[y] / max) * (bottom - 20);
      const x = x0 + r * barWidth;
      root.append(svg("rect", { x, y: bottom - h, width: barWidth - 2, height: h, class: `bar series-${r}` }));
      if (row.counts[y]) {
        root.append(svg("text", { x: x + (barWidth - 2) / 2, y: bottom - h - 3, "text-anchor": "middle", class: "value small" }, row.counts[y]));
      }
    });
    root.append(svg("text", { x: x0 + (rows.length * barWidth) / 2, y: bottom + 16, "text-anchor": "middle", class: "axis" }, year));
  });
  const legendStep = (width - left) / perLine;
  rows.forEach((row, r) => {
    const x = left + (r % perLine) * legendStep;
    const y = bottom + 30 + Math.floor(r / perLine) * 16;
    root.append(
      svg("rect", { x, y: y - 9, width: 10, height: 10, class: `bar series-${r}` }),
      svg("text", { x: x + 14, y, class: "legend small" }, row.group === "all" ? t("charts.allIncumbents") : groupName(row.group)),
    );
  });
  return root;
}
