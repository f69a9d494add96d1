//! The JavaScript API of contract v1: `analyze`, `profiles`, `retirement`,
//! `version`. Each export reads its input, calls the domain and returns plain
//! JSON-compatible objects; input that is not understood throws an `Error`.
//!
//! Datasets cross the boundary as JSON text (`JSON.stringify` in the engine,
//! serde_json here): one native call instead of a crossing per field.

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::date::Date;
use crate::lang::Lang;
use crate::messages::catalogue;
use crate::report::{Options, PeopleColumns, PeopleForm};

/// Runs when the module is instantiated: a panic (a bug: no input should
/// reach one) traps the instance with `RuntimeError: unreachable`, which says
/// nothing; the hook leaves its message in `globalThis.__qhcbPanic` first,
/// so that the page's Error can say what happened. The page then drops the
/// trapped instance and loads a fresh one (www/engine-tasks.js).
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        let _ = js_sys::Reflect::set(
            &js_sys::global(),
            &JsValue::from_str("__qhcbPanic"),
            &JsValue::from_str(&message),
        );
    }));
}

/// Panics on purpose, for the tests of trap recovery (www/engine-tasks.js):
/// not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = "__panicForTest")]
pub fn panic_for_test() {
    panic!("panic requested by a test");
}

/// `options` of `analyze(dataset, options)`.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct AnalyzeOptions {
    as_of: Option<String>,
    profile: Option<String>,
    lang: Option<String>,
    people: Option<String>,
    /// Add the report an official files (`filing`): only the file module
    /// (qhcb_io.js) builds it; the core module leaves it out.
    filing: bool,
}

/// `options` of `parseCell(field, text, options)`.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct CellOptions {
    titles: Vec<CellTitle>,
    lang: Option<String>,
}

#[derive(Deserialize)]
struct CellTitle {
    id: String,
    name: Option<String>,
}

/// `options` of `retirement(sex, birth, options)`.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RetirementOptions {
    retire_at60: bool,
}

fn fail(message: impl std::fmt::Display) -> JsError {
    JsError::new(&message.to_string())
}

/// Reads an optional options object; `undefined` and `null` give the defaults.
fn options<T: for<'de> Deserialize<'de> + Default>(value: JsValue) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| fail(format_args!("invalid options: {e}")))
}

/// Turns a serialisable result into a plain JS object.
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(fail)?;
    js_sys::JSON::parse(&json).map_err(|_| fail("internal error: result is not JSON"))
}

/// Today in the browser's time zone: the review date when none is given.
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = i32::try_from(now.get_full_year()).ok()?;
    Date::new(year, now.get_month() as u8 + 1, now.get_date() as u8)
}

/// Analyses a `qhcb/1` dataset (an object, or its JSON text) and returns the
/// report. `options` may hold `asOf`, `profile` and `lang` ("vi" | "en").
#[wasm_bindgen]
pub fn analyze(dataset: JsValue, options_value: JsValue) -> Result<JsValue, JsError> {
    let opts = analyze_options(options_value)?;
    let text = catalogue(opts.lang);
    let json = dataset_json(&dataset).map_err(|e| fail(text.error(&e)))?;
    let report = crate::analyze_json(&json, &opts).map_err(|e| fail(text.error(&e)))?;
    drop(json);
    report_to_js(report)
}

/// The options of `analyze` (and of `roster.report`), read and checked.
fn analyze_options(options_value: JsValue) -> Result<Options, JsError> {
    let raw: AnalyzeOptions = options(options_value)?;
    let lang = match raw.lang.as_deref() {
        None => Lang::Vi,
        Some(code) => Lang::parse(code)
            .ok_or_else(|| fail(format_args!("invalid options: unknown language \"{code}\"")))?,
    };
    let text = catalogue(lang);
    let as_of = match raw.as_of {
        None => None,
        Some(s) => Some(Date::parse(&s).map_err(|reason| {
            fail(text.error(&crate::Error::BadDate {
                field: "options.asOf",
                value: s.clone(),
                reason,
            }))
        })?),
    };
    let people = match raw.people.as_deref() {
        None => PeopleForm::Rows,
        Some(name) => PeopleForm::parse(name).ok_or_else(|| {
            fail(format_args!(
                "invalid options: people must be \"rows\", \"columns\" or \"none\", not \"{name}\""
            ))
        })?,
    };
    Ok(Options {
        as_of,
        profile: raw.profile,
        default_as_of: today(),
        lang,
        people,
        filing: raw.filing,
    })
}

/// A report as the plain object `analyze` returns (`peopleColumns` as typed arrays).
fn report_to_js(mut report: crate::Report) -> Result<JsValue, JsError> {
    let columns = report.people_columns.take();
    let value = to_js(&report)?;
    if let Some(columns) = columns {
        set(&value, "peopleColumns", &people_columns(&columns)?)?;
    }
    Ok(value)
}

/// `options` of `Roster.fromJson` and `roster.apply`: the language of errors.
#[derive(Deserialize, Default)]
#[serde(default)]
struct LangOptions {
    lang: Option<String>,
}

fn roster_lang(options_value: JsValue, default: Lang) -> Result<Lang, JsError> {
    let raw: LangOptions = options(options_value)?;
    match raw.lang.as_deref() {
        None => Ok(default),
        Some(code) => Lang::parse(code)
            .ok_or_else(|| fail(format_args!("invalid options: unknown language \"{code}\""))),
    }
}

/// A roster held in the engine (issue 18): read once, edited by operations,
/// analysed after each edit without reading the whole dataset again.
///
/// ```js
/// const roster = Roster.fromJson(text);            // or bytes, or a dataset object
/// const undo = roster.apply([{ op: "set", person: 3, field: "birth", value: "1970-05" }]);
/// roster.report({ people: "none" });               // = analyze(roster.dataset(), { people: "none" })
/// roster.apply(undo);                               // as before
/// ```
#[wasm_bindgen(js_name = Roster)]
pub struct JsRoster {
    roster: crate::roster::Roster,
    lang: Lang,
    /// The report last given by `reportChange`, to say the next as a change.
    given: crate::roster::delta::Given,
}

#[wasm_bindgen(js_class = Roster)]
impl JsRoster {
    /// Holds a dataset given as JSON text, as the UTF-8 bytes of that text
    /// (a `Uint8Array`), or as a dataset object. `options.lang` is the
    /// language of errors (of this call and of `apply`).
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(input: JsValue, options_value: JsValue) -> Result<JsRoster, JsError> {
        let lang = roster_lang(options_value, Lang::Vi)?;
        let text = catalogue(lang);
        let json = match input.dyn_ref::<js_sys::Uint8Array>() {
            Some(bytes) => {
                let mut json = String::from_utf8(bytes.to_vec()).map_err(|e| {
                    fail(text.error(&crate::Error::Json(format!(
                        "the bytes are not UTF-8 text (at byte {})",
                        e.utf8_error().valid_up_to()
                    ))))
                })?;
                // A file saved with a byte-order mark reads as the same dataset.
                if json.starts_with('\u{feff}') {
                    json.drain(..'\u{feff}'.len_utf8());
                }
                json
            }
            None => dataset_json(&input).map_err(|e| fail(text.error(&e)))?,
        };
        let roster = crate::roster::Roster::from_json(&json).map_err(|e| fail(text.error(&e)))?;
        Ok(JsRoster {
            roster,
            lang,
            given: Default::default(),
        })
    }

    /// Applies operations (a list of `{ op, … }`, see src/roster/ops.rs) in
    /// order and returns the operations that undo them. Invalid operations
    /// throw, naming the operation, and change nothing.
    pub fn apply(&mut self, ops: JsValue, options_value: JsValue) -> Result<JsValue, JsError> {
        let lang = roster_lang(options_value, self.lang)?;
        let json = match ops.as_string() {
            Some(text) => text,
            None => js_sys::JSON::stringify(&ops)
                .ok()
                .and_then(|s| s.as_string())
                .ok_or_else(|| {
                    fail(crate::messages::roster::op_error(
                        lang,
                        &crate::roster::ops::OpError::NotAList,
                    ))
                })?,
        };
        let ops = crate::roster::ops::Op::parse_list(&json)
            .map_err(|e| fail(crate::messages::roster::op_error(lang, &e)))?;
        let inverse = self
            .roster
            .apply(ops)
            .map_err(|e| fail(crate::messages::roster::op_error(lang, &e)))?;
        js_sys::JSON::parse(&crate::roster::ops::Op::list_json(&inverse))
            .map_err(|_| fail("internal error: operations are not JSON"))
    }

    /// The report of `analyze(roster.dataset(), options)`, with the same options.
    pub fn report(&mut self, options_value: JsValue) -> Result<JsValue, JsError> {
        let opts = analyze_options(options_value)?;
        let report = self
            .roster
            .report(&opts)
            .map_err(|e| fail(catalogue(opts.lang).error(&e)))?;
        report_to_js(report)
    }

    /// The report of `report(options)` said as the change from the report
    /// numbered `base` that the caller holds (src/roster/delta.rs): `{ seq,
    /// base, set, unset, splice, columns }`, or `{ seq, report }` (the whole
    /// report) when the caller holds none (`base` undefined) or another one.
    /// The page's worker answers each edit this way (issue 18).
    #[wasm_bindgen(js_name = reportChange)]
    pub fn report_change(
        &mut self,
        options_value: JsValue,
        base: Option<u32>,
    ) -> Result<JsValue, JsError> {
        use crate::roster::delta::Change;
        let opts = analyze_options(options_value)?;
        let change = self
            .given
            .report(&mut self.roster, &opts, base)
            .map_err(|e| fail(catalogue(opts.lang).error(&e)))?;
        match change {
            Change::Whole { seq, report } => {
                let out: JsValue = js_sys::Object::new().into();
                set(&out, "seq", &JsValue::from(seq))?;
                let report = report_to_js(*report)?;
                if let Some(columns) = self.given.columns() {
                    set(&report, "peopleColumns", &people_columns(columns)?)?;
                }
                set(&out, "report", &report)?;
                Ok(out)
            }
            Change::Delta {
                json,
                whole_columns,
            } => {
                let out = js_sys::JSON::parse(&json)
                    .map_err(|_| fail("internal error: a report's change is not JSON"))?;
                if let Some(columns) = self.given.columns().filter(|_| whole_columns) {
                    set(&out, "columns", &people_columns(columns)?)?;
                }
                Ok(out)
            }
        }
    }

    /// The dataset as held (for saving and export), as an object.
    pub fn dataset(&self) -> Result<JsValue, JsError> {
        js_sys::JSON::parse(&self.roster.to_json())
            .map_err(|_| fail("internal error: the dataset is not JSON"))
    }

    /// The dataset as JSON text.
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        self.roster.to_json()
    }

    /// The dataset as the UTF-8 bytes of its JSON text (a `Uint8Array`): what
    /// the autosave writes, without decoding 20–200 MB into a JS string and
    /// encoding it back.
    #[wasm_bindgen(js_name = toJsonBytes)]
    pub fn to_json_bytes(&self) -> Vec<u8> {
        self.roster.to_json().into_bytes()
    }

    /// Rows `from .. from + count` of `people`, as they are in the dataset.
    pub fn rows(&self, from: usize, count: usize) -> Result<JsValue, JsError> {
        js_sys::JSON::parse(&self.roster.rows_json(from, count))
            .map_err(|_| fail("internal error: rows are not JSON"))
    }

    /// Number of rows in `people`.
    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.roster.len()
    }
}

/// The contract's `people` list (`[{ id, age, retirementDate, monthsLeft, … }]`)
/// from a report's `peopleColumns` and the ids of the dataset's rows (one per
/// row, in order): for embedding pages that read `report.people` of a report
/// the page made with `people: "columns"`.
#[wasm_bindgen(js_name = peopleList)]
pub fn people_list(columns: JsValue, ids: Vec<String>) -> Result<JsValue, JsError> {
    let field = |name: &str| -> Result<JsValue, JsError> {
        js_sys::Reflect::get(&columns, &JsValue::from_str(name))
            .map_err(|_| fail(format_args!("peopleColumns.{name} cannot be read")))
    };
    fn array<A: JsCast>(value: JsValue, name: &str) -> Result<A, JsError> {
        value.dyn_into::<A>().map_err(|_| {
            fail(format_args!(
                "peopleColumns.{name} is not the typed array analyze() gives"
            ))
        })
    }
    let u32s = |name: &str| -> Result<Vec<u32>, JsError> {
        Ok(array::<js_sys::Uint32Array>(field(name)?, name)?.to_vec())
    };
    let u8s = |name: &str| -> Result<Vec<u8>, JsError> {
        Ok(array::<js_sys::Uint8Array>(field(name)?, name)?.to_vec())
    };
    let i32s = |name: &str| -> Result<Vec<i32>, JsError> {
        Ok(array::<js_sys::Int32Array>(field(name)?, name)?.to_vec())
    };
    let term = field("monthsLeftAtTermStart")?;
    let columns = PeopleColumns {
        index: u32s("index")?,
        age_years: u32s("ageYears")?,
        age_months: u8s("ageMonths")?,
        retirement_date: u32s("retirementDate")?,
        months_left: i32s("monthsLeft")?,
        months_left_at_term_start: if term.is_null() || term.is_undefined() {
            None
        } else {
            Some(i32s("monthsLeftAtTermStart")?)
        },
        planned_count: u32s("plannedCount")?,
        retirement_decided: u8s("retirementDecided")?,
    };
    let n = columns.index.len();
    let lengths = [
        columns.age_years.len(),
        columns.age_months.len(),
        columns.retirement_date.len(),
        columns.months_left.len(),
        columns.planned_count.len(),
        columns.retirement_decided.len(),
        columns
            .months_left_at_term_start
            .as_ref()
            .map_or(n, Vec::len),
    ];
    if lengths.iter().any(|&l| l != n) {
        return Err(fail("peopleColumns' arrays differ in length"));
    }
    to_js(&columns.rows(&ids))
}

/// The people's computed fields as typed arrays: one copy of each column
/// instead of an object per person.
fn people_columns(columns: &PeopleColumns) -> Result<JsValue, JsError> {
    let object: JsValue = js_sys::Object::new().into();
    set(
        &object,
        "index",
        &js_sys::Uint32Array::from(&columns.index[..]),
    )?;
    set(
        &object,
        "ageYears",
        &js_sys::Uint32Array::from(&columns.age_years[..]),
    )?;
    set(
        &object,
        "ageMonths",
        &js_sys::Uint8Array::from(&columns.age_months[..]),
    )?;
    set(
        &object,
        "retirementDate",
        &js_sys::Uint32Array::from(&columns.retirement_date[..]),
    )?;
    set(
        &object,
        "monthsLeft",
        &js_sys::Int32Array::from(&columns.months_left[..]),
    )?;
    let at_term_start = columns
        .months_left_at_term_start
        .as_deref()
        .map_or(JsValue::NULL, |c| js_sys::Int32Array::from(c).into());
    set(&object, "monthsLeftAtTermStart", &at_term_start)?;
    set(
        &object,
        "plannedCount",
        &js_sys::Uint32Array::from(&columns.planned_count[..]),
    )?;
    set(
        &object,
        "retirementDecided",
        &js_sys::Uint8Array::from(&columns.retirement_decided[..]),
    )?;
    Ok(object)
}

fn set(object: &JsValue, key: &str, value: &JsValue) -> Result<(), JsError> {
    js_sys::Reflect::set(object, &JsValue::from_str(key), value)
        .map(|_| ())
        .map_err(|_| fail("internal error: cannot set a field of the result"))
}

/// The dataset as JSON text: a string is taken as it is, an object stringified.
fn dataset_json(dataset: &JsValue) -> Result<String, crate::Error> {
    if let Some(text) = dataset.as_string() {
        return Ok(text);
    }
    if !dataset.is_object() || js_sys::Array::is_array(dataset) {
        use crate::kinds::JsonKind;
        let kind = if dataset.is_undefined() {
            JsonKind::Undefined
        } else if dataset.is_null() {
            JsonKind::Null
        } else if js_sys::Array::is_array(dataset) {
            JsonKind::List
        } else if dataset.as_f64().is_some() {
            JsonKind::Number
        } else if dataset.as_bool().is_some() {
            JsonKind::Bool
        } else if dataset.as_string().is_some() {
            JsonKind::Text
        } else {
            JsonKind::OtherValue
        };
        return Err(crate::Error::NotAnObject(kind));
    }
    js_sys::JSON::stringify(dataset)
        .map_err(|thrown| {
            // A getter or toJSON may throw anything, not only an Error.
            let reason = thrown.dyn_ref::<js_sys::Error>().map_or_else(
                || "the object cannot be written as JSON".to_owned(),
                |e| String::from(e.message()),
            );
            crate::Error::Json(reason)
        })?
        .as_string()
        .ok_or(crate::Error::NotAnObject(crate::kinds::JsonKind::NotJson))
}

/// The vocabulary in one language (`"vi"` by default, or `"en"`): every
/// enumeration with its labels, every field of people, titles and the unit
/// (kind, required, whether it holds title ids, labels, where the page shows
/// it), the import field list and where title ids are held. The page builds
/// its columns, dropdowns and labels from it.
#[wasm_bindgen]
pub fn schema(lang: Option<String>) -> Result<JsValue, JsError> {
    let lang = match lang.as_deref() {
        None => Lang::Vi,
        Some(code) => Lang::parse(code).ok_or_else(|| {
            JsError::new(&format!(
                "unknown language \"{code}\"; expected \"vi\" or \"en\""
            ))
        })?,
    };
    to_js(&crate::schema::describe(lang))
}

/// The built-in rule profiles, newest first.
#[wasm_bindgen]
pub fn profiles() -> Result<JsValue, JsError> {
    to_js(&crate::profile::builtin())
}

/// Reads a typed or pasted cell into the value of a person field:
/// `{ value }` when it is understood, `{ error }` (a message) when not.
/// When the text fills other fields too ("Tày" in the ethnic column, "PGS.TS
/// Kinh tế" in the education column), `also: { field: value }` gives them.
/// `options.titles` (`[{ id, name }]`) resolves title names; `options.lang`
/// picks the message language.
#[wasm_bindgen(js_name = parseCell)]
pub fn parse_cell(field: &str, text: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    let opts: CellOptions = options(options_value)?;
    let lang = opts
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_default();
    let titles: Vec<crate::cells::TitleName> = opts
        .titles
        .into_iter()
        .map(|t| crate::cells::TitleName {
            id: t.id,
            name: t.name,
        })
        .collect();
    let answer = match crate::cells::read_cell(field, text, &titles) {
        Ok(values) => crate::cells::answer(values),
        Err(e) => serde_json::json!({ "error": catalogue(lang).cell_error(text, &e) }),
    };
    to_js(&answer)
}

/// `options` of `parsePaste(text, options)`.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct PasteOptions {
    /// The field of each grid column from the one pasted into, `null` for a
    /// column that cannot be written (a computed one).
    fields: Vec<Option<String>>,
    titles: Vec<CellTitle>,
    lang: Option<String>,
}

/// Reads a block pasted into the grid (tab-separated, as spreadsheets copy
/// it) in one call: `{ rows: [[{ value, also? } | { error } | null]], width,
/// dropped: [column numbers of the block beyond the grid], maxRows }`. A
/// cell of a column without a field is `null`.
#[wasm_bindgen(js_name = parsePaste)]
pub fn parse_paste(text: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    let opts: PasteOptions = options(options_value)?;
    let lang = lang_of(opts.lang.as_deref());
    let titles: Vec<crate::cells::TitleName> = opts
        .titles
        .into_iter()
        .map(|t| crate::cells::TitleName {
            id: t.id,
            name: t.name,
        })
        .collect();
    let index = crate::cells::TitleIndex::new(&titles);
    let text_of = catalogue(lang);
    let block = crate::cells::split_block(text);
    let width = block.iter().map(Vec::len).max().unwrap_or(0);
    let rows: Vec<Vec<serde_json::Value>> = block
        .iter()
        .map(|row| {
            row.iter()
                .zip(&opts.fields)
                .map(|(cell, field)| match field {
                    None => serde_json::Value::Null,
                    Some(field) => match crate::cells::read_cell_indexed(field, cell, &index) {
                        Ok(values) => crate::cells::answer(values),
                        Err(e) => serde_json::json!({ "error": text_of.cell_error(cell, &e), "text": cell }),
                    },
                })
                .collect()
        })
        .collect();
    let dropped: Vec<usize> = (opts.fields.len()..width).map(|c| c + 1).collect();
    to_js(&serde_json::json!({
        "rows": rows,
        "width": width,
        "dropped": dropped,
        "maxRows": crate::input::MAX_ROWS,
    }))
}

/// `options` with only a language.
#[derive(Deserialize, Default)]
#[serde(default)]
struct LangOption {
    lang: Option<String>,
}

fn lang_of(code: Option<&str>) -> Lang {
    code.and_then(Lang::parse).unwrap_or_default()
}

#[cfg(feature = "io")]
/// Sorts people by hometown against a province the user names (its name
/// before or after the 2025 merger): `{ province, local, nonLocal, unknown }`
/// with row indexes into `hometowns` (text or null per person), and the 34
/// province names for the page's list; `province` is null and the lists
/// empty when the text names no province.
#[wasm_bindgen(js_name = hometownMarks)]
pub fn hometown_marks(hometowns: JsValue, province: &str) -> Result<JsValue, JsError> {
    let hometowns: Vec<Option<String>> = serde_wasm_bindgen::from_value(hometowns)
        .map_err(|e| fail(format_args!("invalid hometowns: {e}")))?;
    let texts: Vec<Option<&str>> = hometowns.iter().map(Option::as_deref).collect();
    let marks = crate::places::mark_by_hometown(&texts, province).unwrap_or_default();
    to_js(&serde_json::json!({
        "province": crate::places::province_of(province).map(|p| p.name),
        "local": marks.local,
        "nonLocal": marks.non_local,
        "unknown": marks.unknown,
        "provinces": crate::places::PROVINCES.iter().map(|p| p.name).collect::<Vec<_>>(),
    }))
}

#[cfg(feature = "io")]
/// Reads a spreadsheet (XLSX, XLS, ODS) or CSV file and proposes, per
/// sheet, the header row, a field and a text encoding for each column.
#[wasm_bindgen(js_name = inspectFile)]
pub fn inspect_file(bytes: &[u8], options_value: JsValue) -> Result<JsValue, JsError> {
    let opts: LangOption = options(options_value)?;
    let text = catalogue(lang_of(opts.lang.as_deref()));
    let inspection = with_file(bytes, |tables, info| {
        crate::import::inspect_tables(tables, info.clone())
    })
    .map_err(|e| fail(text.file_error(&e)))?;
    to_js(&inspection)
}

#[cfg(feature = "io")]
thread_local! {
    /// The last file read, with its bytes: the page inspects a file, then
    /// imports it with the confirmed mapping, and a national roster should
    /// not be unzipped and parsed twice.
    static LAST_FILE: std::cell::RefCell<Option<ReadFile>> = const { std::cell::RefCell::new(None) };
}

#[cfg(feature = "io")]
struct ReadFile {
    bytes: Vec<u8>,
    tables: Vec<crate::import::Table>,
    info: crate::import::FileInfo,
}

#[cfg(feature = "io")]
/// Runs `f` on the sheets of `bytes`, read once for the same bytes.
fn with_file<T>(
    bytes: &[u8],
    f: impl FnOnce(&[crate::import::Table], &crate::import::FileInfo) -> T,
) -> Result<T, crate::import::FileError> {
    LAST_FILE.with(|cell| {
        let mut last = cell.borrow_mut();
        if last.as_ref().is_none_or(|file| file.bytes != bytes) {
            // Drop the previous file before reading the next.
            *last = None;
            let (tables, info) = crate::import::read_file(bytes)?;
            *last = Some(ReadFile {
                bytes: bytes.to_vec(),
                tables,
                info,
            });
        }
        let file = last.as_ref().expect("read above");
        Ok(f(&file.tables, &file.info))
    })
}

#[cfg(feature = "io")]
/// Imports the rows of one sheet with the confirmed mapping:
/// `{ people, newTitles, summary, rejections, rejectedCsv }`.
#[wasm_bindgen(js_name = importFile)]
pub fn import_file(bytes: &[u8], options_value: JsValue) -> Result<JsValue, JsError> {
    let raw: serde_json::Value = serde_wasm_bindgen::from_value(options_value)
        .map_err(|e| fail(format_args!("invalid options: {e}")))?;
    let lang = lang_of(raw.get("lang").and_then(|l| l.as_str()));
    let text = catalogue(lang);
    let as_json = raw.get("peopleAs").and_then(|v| v.as_str()) == Some("json");
    let opts: crate::import::ImportOptions =
        serde_json::from_value(raw).map_err(|e| fail(format_args!("invalid options: {e}")))?;
    // With peopleAs "json": the people as the UTF-8 bytes of a JSON array, one
    // person a line (a line break inside a JSON text is escaped), written as
    // each row is read: a million people never exist as values here nor as
    // objects in JS.
    let mut json = Vec::new();
    let imported = with_file(bytes, |tables, _| {
        let reasons = crate::messages::catalogue(lang);
        if !as_json {
            return crate::import::import(tables, &opts, reasons);
        }
        json.reserve(bytes.len());
        json.push(b'[');
        crate::import::import_each(tables, &opts, reasons, &mut |p| {
            let before: &[u8] = if json.len() > 1 { b",\n" } else { b"\n" };
            json.extend_from_slice(before);
            // A Value always serializes.
            let _ = serde_json::to_writer(&mut json, &p);
        })
    })
    .map_err(|e| fail(text.file_error(&e)))?
    .map_err(|e| fail(text.options_error(&e)))?;
    let out = to_js(&imported)?;
    if !as_json {
        return Ok(out);
    }
    json.extend_from_slice(b"\n]");
    js_sys::Reflect::delete_property(
        out.unchecked_ref::<js_sys::Object>(),
        &JsValue::from_str("people"),
    )
    .map_err(|_| fail("internal error: result is not an object"))?;
    js_sys::Reflect::set(
        &out,
        &JsValue::from_str("peopleJson"),
        &js_sys::Uint8Array::from(json.as_slice()),
    )
    .map_err(|_| fail("internal error: result is not an object"))?;
    Ok(out)
}

#[cfg(feature = "io")]
/// The dataset and its analysis as an XLSX workbook.
#[wasm_bindgen(js_name = exportXlsx)]
pub fn export_xlsx(dataset: JsValue, options_value: JsValue) -> Result<Vec<u8>, JsError> {
    let opts: LangOption = options(options_value)?;
    let lang = lang_of(opts.lang.as_deref());
    let (value, report) = analysed_with(&dataset, lang, true)?;
    crate::export::workbook(&value, &report, lang).map_err(fail)
}

#[cfg(feature = "io")]
/// The report an official files, as a Word document (.docx): header block,
/// tables, the short list per title, findings, closing block, page numbers.
/// `options.lang` ("vi" | "en").
#[wasm_bindgen(js_name = exportDocx)]
pub fn export_docx(dataset: JsValue, options_value: JsValue) -> Result<Vec<u8>, JsError> {
    let opts: LangOption = options(options_value)?;
    let lang = lang_of(opts.lang.as_deref());
    let (_, report) = analysed_with(&dataset, lang, true)?;
    let filing = report
        .filing
        .as_ref()
        .ok_or_else(|| fail("internal error: no report to file"))?;
    crate::docx::docx(filing).map_err(fail)
}

#[cfg(feature = "io")]
/// The roster with its computed fields as CSV (UTF-8 with BOM), headers and
/// labels in `options.lang` ("vi" | "en").
#[wasm_bindgen(js_name = exportCsv)]
pub fn export_csv(dataset: JsValue, options_value: JsValue) -> Result<String, JsError> {
    let opts: LangOption = options(options_value)?;
    let lang = lang_of(opts.lang.as_deref());
    let (value, report) = analysed(&dataset, lang)?;
    Ok(crate::export::roster_csv(&value, &report, lang))
}

// A quick worksheet's CSV is written by the engine's one CSV
// module (in the file module, beside the other exports).
#[cfg(feature = "io")]
/// A quick worksheet's figures and findings as CSV (UTF-8 with BOM): the
/// worksheet `input` is run as `worksheet(input, options)` runs it, and its
/// result written with headers in `options.lang` ("vi" | "en").
#[wasm_bindgen(js_name = worksheetCsv)]
pub fn worksheet_csv(input: JsValue, options_value: JsValue) -> Result<String, JsError> {
    let opts: LangOption = options(options_value)?;
    let lang = lang_of(opts.lang.as_deref());
    let result = crate::worksheets::run(&worksheet_input(&input)?, lang);
    Ok(crate::export::worksheet_csv(&result, lang))
}

/// A worksheet's input, read from a JS object.
fn worksheet_input(input: &JsValue) -> Result<crate::worksheets::Sheet, JsError> {
    let json = js_sys::JSON::stringify(input)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| fail("invalid worksheet: not an object"))?;
    serde_json::from_str(&json).map_err(|e| fail(format_args!("invalid worksheet: {e}")))
}

#[cfg(feature = "io")]
/// The dataset as JSON and its report.
fn analysed(dataset: &JsValue, lang: Lang) -> Result<(serde_json::Value, crate::Report), JsError> {
    analysed_with(dataset, lang, false)
}

#[cfg(feature = "io")]
/// The dataset as JSON and its report, with the filed report when `filing`.
fn analysed_with(
    dataset: &JsValue,
    lang: Lang,
    filing: bool,
) -> Result<(serde_json::Value, crate::Report), JsError> {
    let text = catalogue(lang);
    let json = dataset_json(dataset).map_err(|e| fail(text.error(&e)))?;
    let opts = Options {
        default_as_of: today(),
        lang,
        filing,
        ..Options::default()
    };
    let report = crate::analyze_json(&json, &opts).map_err(|e| fail(text.error(&e)))?;
    let value = serde_json::from_str(&json).map_err(fail)?;
    Ok((value, report))
}

/// Runs a quick worksheet on aggregate counts (`input.kind`: "body",
/// "keyTitles", "composition", "staffing", "growth" or "rotation"):
/// `{ kind, figures, findings, errors }`.
#[wasm_bindgen]
pub fn worksheet(input: JsValue, options_value: JsValue) -> Result<JsValue, JsError> {
    let opts: LangOption = options(options_value)?;
    let sheet = worksheet_input(&input)?;
    to_js(&crate::worksheets::run(
        &sheet,
        lang_of(opts.lang.as_deref()),
    ))
}

/// Every rule code with the parameters a custom profile may set:
/// `[{ code, params: [{ name, kind }] }]`.
#[wasm_bindgen(js_name = ruleSpecs)]
pub fn rule_specs() -> Result<JsValue, JsError> {
    to_js(&crate::profile::spec::all())
}

/// Retirement under NĐ 135/2020: `{ age: { years, months }, month, date }`.
/// `sex` is "M" or "F"; `birth` is "YYYY", "YYYY-MM" or "YYYY-MM-DD";
/// `options.retireAt60` applies to women allowed to retire at 60.
#[wasm_bindgen]
pub fn retirement(
    sex: JsValue,
    birth: JsValue,
    options_value: JsValue,
) -> Result<JsValue, JsError> {
    let opts: RetirementOptions = options(options_value)?;
    let text = |v: &JsValue, name: &str| {
        v.as_string()
            .ok_or_else(|| fail(format_args!("{name} must be text")))
    };
    let (sex, birth) = (text(&sex, "sex")?, text(&birth, "birth")?);
    let report = crate::retirement::retirement_of(&sex, &birth, opts.retire_at60).map_err(fail)?;
    to_js(&report)
}

/// The crate version.
/// The Party and State terms for a unit of `level` ("province", …):
/// `[{ body, label, start, end }]`; `start` is the value for `termStart`.
/// `options.lang` ("vi" | "en").
#[wasm_bindgen]
pub fn terms(level: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    let opts: LangOption = options(options_value)?;
    let level = crate::model::Level::ALL
        .into_iter()
        .find(|l| l.id() == level)
        .unwrap_or(crate::model::Level::Province);
    to_js(&crate::terms::terms(level, lang_of(opts.lang.as_deref())))
}

#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
