// Part of one tool (see app.js): the DOM events that tell the embedding page
// (or portal) what changed. They carry what changed, never the data, unless
// the host asks for it with the `expose-data` attribute (then copies, never
// the live objects).

/**
 * The events of one tool. Uses from `tool`: `ui.host` (the <qhcb-app>
 * element), `ui.workspace`, `store`.
 */
export function createHostEvents(tool) {
  const { ui } = tool;

  function emit(type, detail) {
    ui.host?.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  const exposeData = () => !!ui.host?.hasAttribute("expose-data");

  /** The counts an event says about the data. */
  function counts() {
    const data = tool.store.dataset;
    return { people: data?.people?.length ?? 0, titles: data?.titles?.length ?? 0, revision: ui.workspace?.revision ?? 0 };
  }

  /** What qhcb-report says: headline figures (no names), the report itself only with `expose-data`. */
  function reportDetail(report) {
    const detail = {
      summary: report
        ? {
            people: report.cohorts.all.count,
            planned: report.cohorts.planned.count,
            women: report.cohorts.planned.women.share,
            young: report.cohorts.planned.young.share,
            findings: report.findings.length,
            errors: report.counts.errors,
          }
        : null,
      revision: ui.workspace?.revision ?? 0,
    };
    if (exposeData()) detail.report = report ? structuredClone(report) : null;
    return detail;
  }

  return { emit, exposeData, counts, reportDetail };
}
