// The markup of the tool, shared by the page and the <qhcb-app> element:
// static structure only, with no data; the text is filled in from the
// language catalogues.
export const MARKUP = `
<div class="qhcb">
  <a class="skip" href="#main" data-i18n="skip">Bỏ qua đến nội dung</a>
  <header class="top">
    <div>
      <h1 data-i18n="appTitle">QHCB — Kiểm tra quy hoạch cán bộ</h1>
      <p class="tagline" data-i18n="tagline">Mọi tính toán chạy trong trình duyệt; dữ liệu không được gửi đi đâu.</p>
    </div>
    <div class="lang" role="group" aria-label="Ngôn ngữ / Language">
      <button type="button" data-lang="vi" aria-pressed="true">Tiếng Việt</button>
      <button type="button" data-lang="en" aria-pressed="false">English</button>
    </div>
  </header>

  <div class="toolbar" role="toolbar" aria-label="Tệp" data-i18n-label="toolbarLabel">
    <button type="button" id="new-dataset" disabled data-i18n="newDataset">Tạo mới</button>
    <label class="file-button" id="file-label">
      <span data-i18n="loadFile">Mở tệp…</span>
      <input type="file" id="file" accept=".json,application/json,.xlsx,.xls,.ods,.csv" disabled>
    </label>
    <button type="button" id="save-json" disabled data-i18n="saveJson">Lưu tệp</button>
    <button type="button" id="load-example" disabled data-i18n="loadExample">Dữ liệu mẫu (Phú Lương)</button>
    <button type="button" id="lock-workspace" disabled data-i18n="workspace.lock">Khóa bằng mật khẩu</button>
    <button type="button" id="erase-data" disabled data-i18n="workspace.erase">Xóa dữ liệu trên máy này</button>
    <span class="separator" aria-hidden="true"></span>
    <label class="file-button" id="import-label">
      <span data-i18n="importFile">Nhập từ Excel/CSV…</span>
      <input type="file" id="import-file" multiple accept=".xlsx,.xls,.ods,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv" disabled>
    </label>
    <button type="button" id="export-xlsx" disabled data-i18n="exportXlsx">Xuất Excel</button>
    <button type="button" id="export-csv" disabled data-i18n="exportCsv">Xuất CSV</button>
    <span class="separator" aria-hidden="true"></span>
    <button type="button" id="undo" disabled data-i18n="undo">Hoàn tác</button>
    <button type="button" id="redo" disabled data-i18n="redo">Làm lại</button>
    <span id="save-status" class="muted" role="status"></span>
    <span id="analysis-status" class="muted" role="status"></span>
  </div>

  <div id="workspace-banner" class="banner" role="alert" hidden></div>
  <div id="workspace-notes" class="banner notes" role="status" hidden></div>

  <nav class="tabs" role="tablist" aria-label="Màn hình" data-i18n-label="tabsLabel">
    <button type="button" role="tab" id="tab-data" aria-controls="view-data" aria-selected="true" data-i18n="tabs.data">Dữ liệu</button>
    <button type="button" role="tab" id="tab-results" aria-controls="view-results" aria-selected="false" tabindex="-1" data-i18n="tabs.results">Kết quả</button>
    <button type="button" role="tab" id="tab-rules" aria-controls="view-rules" aria-selected="false" tabindex="-1" data-i18n="tabs.rules">Quy định</button>
    <button type="button" role="tab" id="tab-report" aria-controls="view-report" aria-selected="false" tabindex="-1" data-i18n="tabs.report">Báo cáo</button>
    <button type="button" role="tab" id="tab-sheets" aria-controls="view-sheets" aria-selected="false" tabindex="-1" data-i18n="tabs.sheets">Bảng tính nhanh</button>
  </nav>

  <main id="main">
    <div id="error" role="alert" class="error" hidden></div>
        <p id="source-name" class="muted" data-i18n="noData">Chưa có dữ liệu. Hãy tạo mới, mở tệp JSON hoặc dùng dữ liệu mẫu.</p>

    <section id="view-data" role="tabpanel" aria-labelledby="tab-data">
      <section id="import-panel" class="panel import-panel" hidden></section>
      <section class="panel" aria-labelledby="unit-heading">
        <h2 id="unit-heading" data-i18n="unit.heading">Đơn vị và kỳ rà soát</h2>
        <div id="unit-form"></div>
      </section>
      <section class="panel" aria-labelledby="titles-heading">
        <h2 id="titles-heading" data-i18n="titles.heading">Chức danh</h2>
        <div id="titles-editor-root"></div>
      </section>
      <section id="units-panel" class="panel units-panel" aria-labelledby="units-heading" hidden></section>
      <section class="panel" aria-labelledby="people-heading">
        <h2 id="people-heading" data-i18n="people.heading">Cán bộ</h2>
        <p class="muted" data-i18n="people.hint">Mũi tên, Tab để di chuyển; Enter hoặc gõ để sửa; Esc để hủy; Space để đánh dấu; dán (Ctrl+V) các dòng từ bảng tính.</p>
        <p id="hometown-offer" class="muted" hidden><span id="hometown-count"></span> <button type="button" id="hometown-mark" data-i18n="hometown.button">Đánh dấu người ngoài tỉnh theo quê quán…</button></p>
        <div id="people-grid-root"></div>
      </section>
    </section>

    <section id="view-results" role="tabpanel" aria-labelledby="tab-results" hidden>
      <div id="results-profile" class="profile-switch no-print"></div>
      <p id="no-results" class="muted" data-i18n="noResults">Chưa có kết quả.</p>
      <div id="results" hidden>
        <section class="panel" aria-labelledby="summary-heading">
          <h2 id="summary-heading" data-i18n="summaryHeading">Tổng quan</h2>
          <p id="summary-line"></p>
          <dl id="headline" class="headline"></dl>
        </section>
        <section class="panel" aria-labelledby="charts-heading">
          <h2 id="charts-heading" data-i18n="chartsHeading">Cơ cấu tuổi</h2>
          <div id="cohort-picker" class="row"></div>
          <div class="charts">
            <figure id="pyramid-chart"></figure>
            <figure id="bands-chart"></figure>
          </div>
          <div class="scroll" tabindex="0" role="region" aria-labelledby="charts-heading"><table id="cohort-detail"></table></div>
        </section>
        <section id="units-results" class="panel units-results" aria-labelledby="units-results-heading" hidden></section>
        <section class="panel" aria-labelledby="groups-heading">
          <h2 id="groups-heading" data-i18n="groupsHeading">Quy hoạch theo nhóm và chức danh</h2>
          <div class="scroll" tabindex="0" role="region" aria-labelledby="groups-heading"><table id="groups-table"></table></div>
          <div class="scroll" tabindex="0" role="region" aria-labelledby="groups-heading"><table id="titles-table"></table></div>
        </section>
        <section class="panel" aria-labelledby="cohorts-heading">
          <h2 id="cohorts-heading" data-i18n="cohortsHeading">Cơ cấu đội ngũ</h2>
          <div class="scroll" tabindex="0" role="region" aria-labelledby="cohorts-heading"><table id="cohorts-table" class="cohorts"></table></div>
        </section>
        <section class="panel" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" data-i18n="timelineHeading">Nghỉ hưu trong nhiệm kỳ</h2>
          <figure id="timeline-chart"></figure>
          <div class="scroll" tabindex="0" role="region" aria-labelledby="timeline-heading"><table id="timeline-table"></table></div>
        </section>
        <section class="panel" aria-labelledby="findings-heading">
          <h2 id="findings-heading" data-i18n="findingsHeading">Kết quả kiểm tra</h2>
          <div id="findings"></div>
        </section>
      </div>
    </section>

    <section id="view-rules" role="tabpanel" aria-labelledby="tab-rules" hidden>
      <div id="rules-profile" class="profile-switch no-print"></div>
      <section class="panel" aria-labelledby="profile-heading">
        <h2 id="profile-heading" data-i18n="profileHeading">Bộ quy định đang dùng</h2>
        <div id="profile-panel"></div>
        <div id="cutoffs" hidden></div>
      </section>
    </section>

    <section id="view-report" role="tabpanel" aria-labelledby="tab-report" hidden>
      <div class="row no-print">
        <button type="button" id="print-report" data-i18n="report.print">In báo cáo</button>
        <button type="button" id="export-docx" disabled data-i18n="report.docx">Tải tệp Word (.docx)</button>
        <span class="muted" data-i18n="report.printHint">Khổ A4; chọn “Lưu thành PDF” trong hộp thoại in để lưu tệp.</span>
      </div>
      <details id="report-settings-box" class="no-print panel">
        <summary data-i18n="report.settings">Tiêu đề, số văn bản và người ký</summary>
        <div id="report-settings"></div>
      </details>
      <article id="report-sheet" class="sheet"></article>
    </section>
    <section id="view-sheets" role="tabpanel" aria-labelledby="tab-sheets" hidden>
      <div id="sheets-root"></div>
    </section>
  </main>

  <footer class="muted">
    <span data-i18n="footer">Công cụ hỗ trợ, không phải biểu mẫu chính thức.</span>
    <span id="version"></span>
  </footer>
</div>
`;
