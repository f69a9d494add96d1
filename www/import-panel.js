// Import from Excel (XLSX, XLS, ODS) and CSV: the engine reads the file and
// proposes a sheet, a header row, a field and a text encoding per column;
// the user confirms or changes them, sees legacy text converted in a
// preview, imports, and reads what happened to every row. Mappings are
// remembered per set of headers, for the next file from the same unit.
// The work runs in the engine's worker, with a progress bar and a Cancel
// button: reading (with the bytes read), inspecting, converting, analysing.

import { el, nextTask } from "./dom.js";
import { download } from "./download.js";
import { t, text, format, lang } from "./i18n.js";
import { isAborted } from "./engine.js";
import { forgetGone, listInSteps } from "./steps.js";
import { importFields } from "./vocabulary.js";
import { unitChooser, withChosenUnit, queueNote } from "./units.js";

const ENCODINGS = ["unicode", "tcvn3", "vni"];
const MAPPINGS_KEY = "qhcb.mappings";

function signature(sheet) {
  return sheet.columns.map((c) => c.header.trim().toLowerCase()).join("|");
}

function savedMappings() {
  try {
    return JSON.parse(localStorage.getItem(MAPPINGS_KEY) ?? "{}") ?? {};
  } catch {
    return {};
  }
}

/** A file's bytes, reporting each chunk read as a share of the file (0…1). */
async function readBytes(file, onProgress, job) {
  const reader = file.stream().getReader();
  job.stop = () => reader.cancel();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
    onProgress(file.size ? total / file.size : 1);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * The import panel. `engine` is an Engine (engine.js) of its own, whose
 * inspectFile and importFile run in a worker that Cancel may end;
 * `onImport(result, fileName)` adds the rows and returns { analysed, retract }.
 */
export class ImportPanel {
  constructor(root, { engine, getDataset, onImport }) {
    this.root = root;
    this.engine = engine;
    this.getDataset = getDataset;
    this.onImport = onImport;
    this.bytes = null;
    this.inspection = null;
    this.sheet = 0;
    this.headerRow = 1;
    this.columns = [];
    this.result = null;
    /** The work under way: { live, stage, share, stop(), retract() }, or null. */
    this.job = null;
    /** Files chosen together, imported one after another (one per unit). */
    this.queue = [];
  }

  /** Several files, one per unit: each opens when the one before is imported. */
  openMany(files) {
    this.queue = files.slice(1);
    this.several = files.length > 1;
    return this.open(files[0]);
  }

  /** Reads a file chosen by the user. */
  async open(file) {
    this.cancel();
    this.result = null;
    this.inspection = null;
    this.error = null;
    this.note = null;
    this.fileName = file.name;
    this.root.hidden = false;
    const job = this.begin("reading");
    try {
      this.bytes = await readBytes(file, (share) => this.progress(job, "reading", share), job);
      if (!job.live) return;
      this.progress(job, "inspecting");
      this.inspection = await this.engine.inspectFile(this.bytes, { lang: lang() });
      if (!job.live) return;
      this.chooseSheet(this.inspection.proposedSheet ?? 0);
    } catch (error) {
      if (!job.live || isAborted(error)) return;
      this.inspection = null;
      this.error = t("import.failed", { name: file.name, message: error.message });
    }
    this.finish(job);
    this.root.querySelector("h2")?.focus();
  }

  // ---- work under way ------------------------------------------------------------

  /** Starts a piece of work and shows its progress. */
  begin(stage) {
    this.job = { live: true, stage, share: null };
    this.render();
    this.root.querySelector("#import-cancel")?.focus();
    return this.job;
  }

  /** Shows a stage; `share` (0…1) is known while reading, else the bar runs without a value. */
  progress(job, stage, share = null) {
    if (!job.live) return;
    job.stage = stage;
    job.share = share;
    const bar = this.root.querySelector("#import-progress-bar");
    if (!bar) return;
    if (share == null) bar.removeAttribute("value");
    else bar.value = share;
    this.root.querySelector("#import-stage").textContent = this.stageText(job);
  }

  stageText(job) {
    const text = t(`import.stages.${job.stage}`, { name: this.fileName ?? "" });
    return job.share == null ? text : `${text} ${format.percent(job.share)}`;
  }

  finish(job) {
    if (this.job === job) this.job = null;
    this.render();
  }

  /** Cancel: ends the worker's work, takes back rows already added, keeps the data as it was. */
  cancel() {
    const job = this.job;
    if (!job) return;
    job.live = false;
    this.job = null;
    job.stop?.();
    this.engine.cancel();
    // A change made on top of the imported rows meanwhile keeps them: say so, and how to undo.
    const kept = job.retract?.() === false;
    this.result = null;
    this.error = null;
    this.note = t(kept ? "import.cancelledKept" : "import.cancelled");
    this.render();
    this.root.querySelector("#import-note")?.focus();
  }

  progressView() {
    const job = this.job;
    const bar = el("progress", { id: "import-progress-bar", max: "1", "aria-labelledby": "import-stage" });
    if (job.share != null) bar.value = job.share;
    const cancel = el("button", { type: "button", id: "import-cancel" }, t("import.cancel"));
    cancel.addEventListener("click", () => this.cancel());
    return el(
      "div",
      { class: "import-progress", id: "import-progress" },
      el("p", { id: "import-stage", role: "status" }, this.stageText(job)),
      el("div", { class: "row" }, bar, cancel),
    );
  }

  chooseSheet(index) {
    this.sheet = index;
    const sheet = this.inspection.sheets[index];
    this.headerRow = sheet.header_row ?? sheet.headerRow;
    const saved = savedMappings()[signature(sheet)];
    this.columns = sheet.columns.map((c) => ({
      index: c.index,
      field: saved?.[c.index]?.field ?? c.field,
      encoding: saved?.[c.index]?.encoding ?? c.encoding,
      // A date column: the day/month order the engine found, sent only when
      // the user picks one (else the engine decides from the column).
      dateOrder: undefined,
    }));
    this.pending = null;
    this.usedSaved = !!saved;
  }

  close() {
    this.cancel();
    this.root.hidden = true;
    this.root.replaceChildren();
    this.bytes = null;
  }

  saveMapping() {
    const sheet = this.inspection.sheets[this.sheet];
    const all = savedMappings();
    all[signature(sheet)] = Object.fromEntries(this.columns.map((c) => [c.index, { field: c.field, encoding: c.encoding }]));
    try {
      localStorage.setItem(MAPPINGS_KEY, JSON.stringify(all));
      this.note = t("import.mappingSaved");
    } catch {
      this.note = t("import.mappingNotSaved");
    }
    this.render();
  }

  async run() {
    const dataset = this.getDataset();
   
    const choice = this.root.querySelector("#import-unit")?.value ?? "";
    const options = {
      sheet: this.sheet,
      headerRow: this.headerRow,
      columns: this.columns,
      titles: (dataset?.titles ?? []).filter((x) => x && typeof x.id === "string").map((x) => ({ id: x.id, name: x.name ?? null })),
      createTitles: this.root.querySelector("#import-create-titles")?.checked ?? false,
      // The box starts as the workbook says (sheet.date1904); sent as ticked.
      date1904: this.root.querySelector("#import-1904")?.checked ?? undefined,
      skipHidden: this.root.querySelector("#import-skip-hidden")?.checked ?? false,
      referenceYear: Number((dataset?.asOf ?? "").slice(0, 4)) || new Date().getFullYear(),
      takenIds: (dataset?.people ?? []).map((p) => p?.id).filter((id) => typeof id === "string"),
      lang: lang(),
    };
    this.note = null;
    const job = this.begin("converting");
    try {
      const result = withChosenUnit(await this.engine.importFile(this.bytes, options), choice, dataset, this.fileName);
      if (!job.live) return;
      if (result.newTitles?.length) {
        // New titles are shown for confirmation before anything is added.
        this.pending = result;
        this.finish(job);
        this.root.querySelector("#import-confirm-titles")?.focus();
        return;
      }
      await this.add(job, result);
    } catch (error) {
      if (!job.live || isAborted(error)) return;
      this.error = t("import.failed", { name: this.fileName, message: error.message });
      this.finish(job);
    }
  }

  /** Imports the result whose new titles the user confirmed. */
  async confirmTitles() {
    const result = this.pending;
    this.pending = null;
    const job = this.begin("converting");
    try {
      await this.add(job, result);
    } catch (error) {
      if (!job.live || isAborted(error)) return;
      this.error = t("import.failed", { name: this.fileName, message: error.message });
      this.finish(job);
    }
  }

  /** Adds the imported rows to the dataset and shows the summary. */
  async add(job, result) {
    // The rows were parsed in this task; adding them starts in the next.
    await nextTask();
    if (!job.live) return;
    this.progress(job, "analysing");
    const added = this.onImport(result, this.fileName);
    job.retract = added.retract;
    await added.analysed;
    if (!job.live) return;
    this.result = result;
    this.error = null;
    this.finish(job);
    this.root.querySelector("#import-summary")?.focus();
    if (this.result && this.queue.length) await this.open(this.queue.shift());
  }

  downloadRejected() {
    download(t("import.rejectedFile"), this.result.rejectedCsv, "text/csv", this.root);
  }

  render() {
    const parts = [el("h2", { tabindex: "-1" }, t("import.heading", { name: this.fileName ?? "" }))];
    if (this.job) {
      this.root.replaceChildren(...parts, this.progressView());
      return;
    }
    if (this.error) parts.push(el("p", { class: "error", role: "alert" }, this.error));
    if (this.note && !this.inspection) parts.push(el("p", { class: "ok", id: "import-note", tabindex: "-1" }, this.note));
    if (this.pending) parts.push(...this.confirmView());
    else if (this.inspection && !this.result) parts.push(...this.mappingView());
    if (this.result) parts.push(...this.resultView());
    const close = el("button", { type: "button", id: "import-close" }, t("import.close"));
    close.addEventListener("click", () => this.close());
    parts.push(el("div", { class: "row" }, close));
    this.root.replaceChildren(...parts);
  }

  mappingView() {
    const info = this.inspection.file;
    const sheets = this.inspection.sheets;
    const sheetSelect = el(
      "select",
      { id: "import-sheet" },
      sheets.map((s, i) => el("option", { value: String(i), selected: i === this.sheet }, `${s.name} (${format.count(s.rows)})`)),
    );
    sheetSelect.addEventListener("change", () => {
      this.chooseSheet(Number(sheetSelect.value));
      this.render();
    });
    const header = el("input", { id: "import-header-row", type: "number", min: "1", value: String(this.headerRow) });
    header.addEventListener("change", () => {
      this.headerRow = Math.max(1, Number(header.value) || 1);
    });
    const sheet = sheets[this.sheet];
    const rows = sheet.columns.map((column, i) => {
      const field = el(
        "select",
        { "data-import-field": String(column.index), "aria-label": t("import.fieldFor", { column: column.letter }) },
        this.inspection.fields.map((f) =>
          el("option", { value: f, selected: this.columns[i].field === f }, importFields().find((x) => x.id === f)?.label ?? f),
        ),
      );
      field.addEventListener("change", () => {
        this.columns[i].field = field.value;
      });
      const encoding = el(
        "select",
        { "data-import-encoding": String(column.index), "aria-label": t("import.encodingFor", { column: column.letter }) },
        ENCODINGS.map((e) => el("option", { value: e, selected: this.columns[i].encoding === e }, t(`import.encodings.${e}`))),
      );
      encoding.addEventListener("change", () => {
        this.columns[i].encoding = encoding.value;
      });
      const converted = column.encoding !== "unicode" ? column.converted.join(" · ") : "";
      // What the engine noticed about the column: another column for the
      // same field, an x-mark column, a date order.
      const notes = [];
      if (column.sameField) notes.push(t(`import.sameField.${column.sameField}`));
      if (column.encodingUnsure) notes.push(t("import.encodingUnsure"));
      if (column.mark) notes.push(t("import.mark", { mark: column.mark === "M" ? t("import.male") : column.mark === "F" ? t("import.female") : column.mark }));
      let order = null;
      if (column.dateOrder) {
        order = el(
          "select",
          { "data-import-date-order": String(column.index), "aria-label": t("import.dateOrderFor", { column: column.letter }) },
          ["dmy", "mdy"].map((o) => el("option", { value: o, selected: (this.columns[i].dateOrder ?? column.dateOrder) === o }, t(`import.dateOrders.${o}`))),
        );
        order.addEventListener("change", () => {
          this.columns[i].dateOrder = order.value;
        });
        if (!column.dateOrderDecided) notes.push(t("import.dateOrderAsk"));
      }
      return el(
        "tr",
        { "data-column": column.letter },
        el("th", { scope: "row" }, column.letter),
        el("td", {}, column.header, notes.length ? el("div", { class: "muted" }, notes.join(" ")) : null, order),
        el("td", { class: "samples" }, column.samples.join(" · "), converted ? el("span", { class: "converted" }, `→ ${converted}`) : null),
        el("td", {}, field),
        el("td", {}, encoding),
      );
    });
    const go = el("button", { type: "button", id: "import-run", class: "primary" }, t("import.run"));
    go.addEventListener("click", () => this.run());
    const save = el("button", { type: "button", id: "import-save-mapping" }, t("import.saveMapping"));
    save.addEventListener("click", () => this.saveMapping());
    const how = info.kind === "csv" ? t("import.csvInfo", { encoding: info.encoding, delimiter: info.delimiter === "\t" ? "Tab" : info.delimiter }) : info.kind.toUpperCase();
    return [
      el("p", { class: "muted" }, t("import.hint"), " ", how),
      this.usedSaved ? el("p", { class: "ok" }, t("import.mappingReused")) : null,
      this.note ? el("p", { class: "ok", id: "import-note", tabindex: "-1" }, this.note) : null,
      el(
        "div",
        { class: "form-grid" },
        el("label", { class: "field", for: "import-sheet" }, el("span", {}, t("import.sheet")), sheetSelect),
        el("label", { class: "field", for: "import-header-row" }, el("span", {}, t("import.headerRow")), header),
        unitChooser(this.getDataset(), this.fileName, this.several || this.queue.length > 0),
      ),
      this.queue.length ? el("p", { class: "muted", id: "import-queue" }, queueNote(this.queue.length)) : null,
      el(
        "div",
        { class: "scroll" },
        el(
          "table",
          { id: "import-mapping" },
          el("thead", {}, el("tr", {}, text().import.cols.map((h) => el("th", { scope: "col" }, h)))),
          el("tbody", {}, rows),
        ),
      ),
      el(
        "div",
        { class: "row" },
        el("label", {}, el("input", { type: "checkbox", id: "import-create-titles" }), " ", t("import.createTitles")),
        el("label", {}, el("input", { type: "checkbox", id: "import-1904", checked: !!sheet.date1904 }), " ", t("import.date1904")),
        sheet.hiddenRows?.length
          ? el("label", {}, el("input", { type: "checkbox", id: "import-skip-hidden" }), " ", t("import.skipHidden", { count: format.count(sheet.hiddenRows.length), rows: sheet.hiddenRows.join(", ") }))
          : null,
      ),
      sheet.hidden ? el("p", { class: "muted", id: "import-hidden-sheet" }, t("import.hiddenSheet")) : null,
      el("div", { class: "row" }, go, save),
    ].filter(Boolean);
  }

  /** The titles an import would create, listed for confirmation. */
  confirmView() {
    const yes = el("button", { type: "button", id: "import-confirm-titles", class: "primary" }, t("import.confirmTitles"));
    yes.addEventListener("click", () => this.confirmTitles());
    const no = el("button", { type: "button", id: "import-reject-titles" }, t("import.rejectTitles"));
    no.addEventListener("click", () => {
      this.pending = null;
      this.note = t("import.titlesRejected");
      this.render();
    });
    return [
      el("p", { id: "import-new-titles-hint" }, t("import.confirmTitlesHint", { count: format.count(this.pending.newTitles.length) })),
      el("ul", { id: "import-new-titles" }, this.pending.newTitles.map((x) => el("li", {}, x.name))),
      el("div", { class: "row" }, yes, no),
    ];
  }

  resultView() {
    const s = this.result.summary;
    const lines = [
      t("import.summary", { read: format.count(s.rowsRead), imported: format.count(s.imported), rejected: format.count(s.rejected) }),
    ];
    if (s.blankRows.length) lines.push(t("import.blank", { count: format.count(s.blankRows.length), rows: s.blankRows.join(", ") }));
    if (s.trailingEmpty) lines.push(t("import.trailing", { count: format.count(s.trailingEmpty) }));
    if (s.convertedCells) lines.push(t("import.converted", { count: format.count(s.convertedCells) }));
    if (this.result.newTitles.length) {
      lines.push(t("import.newTitles", { names: this.result.newTitles.map((x) => x.name).join(", ") }));
    }
    // The engine's own remarks, in the user's language: merged cells,
    // hidden rows, rows that are not people, duplicates, date orders, …
    const parts = [
      el("p", { id: "import-summary", tabindex: "-1", class: "summary" }, lines.join(" ")),
      this.result.notes?.length ? el("ul", { id: "import-notes" }, this.result.notes.map((n) => el("li", {}, n))) : null,
    ].filter(Boolean);
    if (s.nonPerson?.length) {
      parts.push(
        el("h3", {}, t("import.nonPersonHeading")),
        ...rowsInSteps(
          "import-non-person",
          [t("import.row"), t("import.kind"), t("import.value")],
          s.nonPerson,
          (n) => el("tr", { "data-row": String(n.row) }, el("td", {}, String(n.row)), el("td", {}, t(`import.kinds.${n.kind}`)), el("td", {}, n.text)),
        ),
      );
    }
    if (this.result.warnings?.length) {
      parts.push(
        el("h3", {}, t("import.warningsHeading")),
        ...rowsInSteps("import-warnings", [t("import.row"), t("import.column"), t("import.value"), t("import.reason")], this.result.warnings, problemRow),
      );
    }
    if (this.result.rejections.length) {
      const download = el("button", { type: "button", id: "import-download-rejected" }, t("import.downloadRejected"));
      download.addEventListener("click", () => this.downloadRejected());
      parts.push(
        ...rowsInSteps("import-rejections", [t("import.row"), t("import.column"), t("import.value"), t("import.reason")], this.result.rejections, problemRow),
        download,
      );
    }
    return parts;
  }
}

/** A rejected cell or a value kept as written: row, column (header), value, reason. */
function problemRow(r) {
  return el("tr", { "data-row": String(r.row) }, el("td", {}, String(r.row)), el("td", {}, r.column ? `${r.column} (${r.header ?? ""})` : ""), el("td", {}, r.value), el("td", {}, r.reason));
}

/**
 * A table of the import's rows (`id`, its column headings), filled in steps
 * (steps.js): 80,000 warnings of a national roster laid out at once froze
 * the page for seconds. Returns the scrolled table and its "show more" button.
 */
function rowsInSteps(id, headings, items, make) {
  forgetGone();
  const [body, more] = listInSteps(el("tbody"), items, make, { more: "import.rowsMore", rest: "import.rowsRest" });
  const head = el("thead", {}, el("tr", {}, headings.map((h) => el("th", { scope: "col" }, h))));
  return [el("div", { class: "scroll" }, el("table", { id }, head, body)), more];
}
