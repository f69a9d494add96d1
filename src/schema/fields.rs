//! Every field of a dataset, declared once: its contract id, what kind of
//! value it holds, whether a row needs it, whether it holds title ids, its
//! labels, and where the page and the importer use it. The grid's columns,
//! the import field list, the exported headers and the title-id references
//! the page keeps up to date are all read from these tables.

use super::enums::{
    AcademicTitle, Candidacy, DisciplineLevel, Education, EthnicGroup, Group, Level,
    PoliticalTheory, Sex,
};
use super::vocabulary::Vocabulary;
use crate::lang::Lang;

/// What a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An identifier: text, unique in its list.
    Id,
    Text,
    /// A birth-like date: "YYYY", "YYYY-MM" or "YYYY-MM-DD".
    PartialDate,
    /// A whole date "YYYY-MM-DD".
    Date,
    /// A month "YYYY-MM".
    Month,
    Bool,
    /// A whole number ≥ 0.
    Count,
    /// A whole number, negative allowed.
    Whole,
    /// One value of the named enumeration.
    Enum(&'static str),
    /// A list of title ids.
    Titles,
    /// An object with its own fields (appointment), or a list of them (discipline).
    Record,
    /// Computed by the engine, shown read-only.
    Computed,
}

impl Kind {
    /// The kind's name in `schema(lang)`.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Id => "id",
            Kind::Text => "text",
            Kind::PartialDate => "partialDate",
            Kind::Date => "date",
            Kind::Month => "month",
            Kind::Bool => "bool",
            Kind::Count => "count",
            Kind::Whole => "whole",
            Kind::Enum(_) => "enum",
            Kind::Titles => "titles",
            Kind::Record => "record",
            Kind::Computed => "computed",
        }
    }
}

/// Where the page shows or edits a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A column of the people grid, edited in place.
    Grid,
    /// A read-only column of the people grid.
    GridComputed,
    /// A column of the titles table.
    TitlesTable,
    /// A field of the unit form.
    UnitForm,
    /// Kept in the dataset and the exports; no editor on the page.
    Stored,
}

/// One field of the contract.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Field {
    pub id: &'static str,
    pub kind: Kind,
    /// A row without it is left out (`invalid-row`).
    pub required: bool,
    /// The paths inside the field's value that hold title ids: `&[]` for the
    /// value itself (a list of ids), `&["title"]` for `appointment.title`.
    pub title_path: Option<&'static [&'static str]>,
    /// The label of forms, import and export ("Trình độ chuyên môn").
    pub label: (&'static str, &'static str),
    /// The grid's column heading when shorter than the label ("Chuyên môn").
    pub short: Option<(&'static str, &'static str)>,
    pub place: Place,
    /// A column of a spreadsheet can be imported into it.
    pub import: bool,
    /// The value when the field is absent (`local`: true, `unit.level`:
    /// province), or for a required field the value a new record starts
    /// with on the page (a new title is a key title with one seat).
    pub default: Option<Preset>,
}

/// A field's default value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    Bool(bool),
    /// An enumeration id.
    Id(&'static str),
    Count(u32),
}

impl Field {
    pub fn label(&self, lang: Lang) -> &'static str {
        lang.pick(self.label.0, self.label.1)
    }

    pub fn short(&self, lang: Lang) -> &'static str {
        self.short
            .map_or_else(|| self.label(lang), |s| lang.pick(s.0, s.1))
    }

    /// Whether the field holds title ids (itself or inside it).
    pub fn holds_titles(&self) -> bool {
        self.title_path.is_some()
    }
}

const fn field(id: &'static str, kind: Kind, vi: &'static str, en: &'static str) -> Field {
    Field {
        id,
        kind,
        required: false,
        title_path: None,
        label: (vi, en),
        short: None,
        place: Place::Stored,
        import: false,
        default: None,
    }
}

const fn grid(mut f: Field) -> Field {
    f.place = Place::Grid;
    f.import = true;
    f
}

const fn required(mut f: Field) -> Field {
    f.required = true;
    f
}

const fn short(mut f: Field, vi: &'static str, en: &'static str) -> Field {
    f.short = Some((vi, en));
    f
}

const fn titles(mut f: Field, path: &'static [&'static str]) -> Field {
    f.title_path = Some(path);
    f
}

const fn default(mut f: Field, value: bool) -> Field {
    f.default = Some(Preset::Bool(value));
    f
}

const fn preset(mut f: Field, value: Preset) -> Field {
    f.default = Some(value);
    f
}

const fn place(mut f: Field, place: Place) -> Field {
    f.place = place;
    f
}

const fn importable(mut f: Field) -> Field {
    f.import = true;
    f
}

/// The fields of a person (`people[]`), in the grid's order.
pub const PERSON: &[Field] = &[
    required(grid(field("id", Kind::Id, "Mã", "Id"))),
    grid(field("name", Kind::Text, "Họ và tên", "Full name")),
    required(grid(field(
        "sex",
        Kind::Enum(Sex::NAME),
        "Giới tính",
        "Sex",
    ))),
    required(grid(short(
        field("birth", Kind::PartialDate, "Ngày sinh", "Birth date"),
        "Ngày sinh",
        "Born",
    ))),
    default(
        grid(short(
            field(
                "ethnicMinority",
                Kind::Bool,
                "Dân tộc thiểu số",
                "Ethnic minority",
            ),
            "DTTS",
            "Ethnic minority",
        )),
        false,
    ),
    // Issue 16: what rosters say beyond the planning fields. `ethnicGroup`
    // is one of the 54 groups (ethnicMinority derived from it when absent);
    // `otherPosts` is the text of posts not in the titles list;
    // `academicTitle` is GS or PGS.
    grid(field(
        "ethnicGroup",
        Kind::Enum(EthnicGroup::NAME),
        "Dân tộc",
        "Ethnic group",
    )),
    default(
        grid(field("local", Kind::Bool, "Người địa phương", "Local")),
        true,
    ),
    importable(field("hometown", Kind::Text, "Quê quán", "Hometown")),
    grid(short(
        field(
            "education",
            Kind::Enum(Education::NAME),
            "Trình độ chuyên môn",
            "Education",
        ),
        "Chuyên môn",
        "Education",
    )),
    grid(short(
        field(
            "educationMajor",
            Kind::Text,
            "Chuyên ngành đào tạo",
            "Field of study",
        ),
        "Chuyên ngành",
        "Major",
    )),
    importable(field(
        "academicTitle",
        Kind::Enum(AcademicTitle::NAME),
        "Học hàm",
        "Academic title",
    )),
    grid(field(
        "politicalTheory",
        Kind::Enum(PoliticalTheory::NAME),
        "Lý luận chính trị",
        "Political theory",
    )),
    titles(
        grid(short(
            field(
                "current",
                Kind::Titles,
                "Chức vụ hiện tại",
                "Current titles",
            ),
            "Chức danh hiện giữ",
            "Titles held",
        )),
        &[],
    ),
    // Shown, exported and imported; never a title, never a reason to reject.
    grid(field(
        "otherPosts",
        Kind::Text,
        "Chức vụ khác",
        "Other posts",
    )),
    titles(
        grid(short(
            field(
                "planned",
                Kind::Titles,
                "Quy hoạch chức danh",
                "Planned for",
            ),
            "Quy hoạch",
            "Planned for",
        )),
        &[],
    ),
    default(
        grid(short(
            field(
                "retireAt60",
                Kind::Bool,
                "Nữ nghỉ hưu ở tuổi 60",
                "Woman retiring at 60",
            ),
            "Nữ nghỉ hưu ở 60",
            "Retires at 60",
        )),
        false,
    ),
    grid(field(
        "candidacy",
        Kind::Enum(Candidacy::NAME),
        "Ứng cử",
        "Candidacy",
    )),
    field(
        "retirementDate",
        Kind::PartialDate,
        "Ngày nghỉ hưu đã quyết định",
        "Decided retirement date",
    ),
    field(
        "candidacyFor",
        Kind::Enum(super::enums::CandidacyFor::NAME),
        "Ứng cử vào",
        "Standing for",
    ),
    field(
        "postSince",
        Kind::Date,
        "Giữ chức vụ từ ngày",
        "In post since",
    ),
    titles(
        field(
            "appointment",
            Kind::Record,
            "Đề nghị bổ nhiệm",
            "Proposed appointment",
        ),
        &["title"],
    ),
    field(
        "rotationDate",
        Kind::Date,
        "Ngày luân chuyển",
        "Rotation date",
    ),
    field("discipline", Kind::Record, "Kỷ luật", "Discipline"),
    // In a dataset of many units: the unit the person belongs to (its id; an
    // import keeps the text and the page places the row in that unit).
    importable(field("unit", Kind::Text, "Đơn vị", "Unit")),
];

/// What the report computes for each person, shown read-only beside the
/// person's fields and exported after them.
pub const PERSON_COMPUTED: &[Field] = &[
    place(
        field("age", Kind::Computed, "Tuổi", "Age"),
        Place::GridComputed,
    ),
    place(
        short(
            field(
                "retirementDate",
                Kind::Computed,
                "Ngày nghỉ hưu",
                "Retirement date",
            ),
            "Nghỉ hưu",
            "Retires",
        ),
        Place::GridComputed,
    ),
    place(
        short(
            field(
                "monthsLeft",
                Kind::Computed,
                "Số tháng công tác còn lại",
                "Months of service left",
            ),
            "Còn (tháng)",
            "Months left",
        ),
        Place::GridComputed,
    ),
    field(
        "monthsLeftAtTermStart",
        Kind::Computed,
        "Số tháng còn lại khi bắt đầu nhiệm kỳ",
        "Months left at the term's start",
    ),
];

/// Columns an import can fill that are not fields of their own: the
/// birth-date layout with one column for men and one for women, and a
/// column left out.
pub const IMPORT_ONLY: &[Field] = &[
    field("ignore", Kind::Text, "(bỏ qua)", "(ignore)"),
    field(
        "birthIfMale",
        Kind::PartialDate,
        "Năm sinh (cột Nam)",
        "Birth year (Male column)",
    ),
    field(
        "birthIfFemale",
        Kind::PartialDate,
        "Năm sinh (cột Nữ)",
        "Birth year (Female column)",
    ),
];

/// The fields of a title (`titles[]`).
pub const TITLE: &[Field] = &[
    required(place(field("id", Kind::Id, "Mã", "Id"), Place::TitlesTable)),
    place(
        field("name", Kind::Text, "Tên chức danh", "Title"),
        Place::TitlesTable,
    ),
    // Required in a dataset; a title added on the page starts as a key title
    // with one seat.
    preset(
        required(place(
            field("group", Kind::Enum(Group::NAME), "Nhóm", "Group"),
            Place::TitlesTable,
        )),
        Preset::Id(Group::Key.id()),
    ),
    preset(
        place(
            field("seats", Kind::Count, "Số vị trí", "Seats"),
            Place::TitlesTable,
        ),
        Preset::Count(1),
    ),
    place(
        field(
            "rank",
            Kind::Whole,
            "Thứ bậc (nhỏ là cao)",
            "Rank (lower is higher)",
        ),
        Place::TitlesTable,
    ),
];

/// The fields of the unit (`unit`).
pub const UNIT: &[Field] = &[
    place(
        field("name", Kind::Text, "Tên đơn vị", "Unit name"),
        Place::UnitForm,
    ),
    // Without a level a unit is read as provincial: the young threshold (40)
    // is then the one of every level but the central one.
    preset(
        place(
            field("level", Kind::Enum(Level::NAME), "Cấp", "Level"),
            Place::UnitForm,
        ),
        Preset::Id(Level::Province.id()),
    ),
    field("formed", Kind::Date, "Ngày thành lập", "Formed on"),
    field(
        "planningApproved",
        Kind::Bool,
        "Đã phê duyệt quy hoạch",
        "Planning approved",
    ),
];

/// The fields of one disciplinary decision (`discipline[]`).
pub const DISCIPLINE: &[Field] = &[
    required(field(
        "level",
        Kind::Enum(DisciplineLevel::NAME),
        "Hình thức",
        "Measure",
    )),
    required(field("date", Kind::Date, "Ngày quyết định", "Decided on")),
    field("endDate", Kind::Date, "Hết thời hạn", "Ends on"),
];

/// The fields of a proposed appointment (`appointment`).
pub const APPOINTMENT: &[Field] = &[
    titles(
        required(field(
            "title",
            Kind::Id,
            "Chức danh đề nghị",
            "Proposed title",
        )),
        &[],
    ),
    required(field(
        "dossierDate",
        Kind::Date,
        "Ngày nhận hồ sơ",
        "Dossier received on",
    )),
    field(
        "outside",
        Kind::Bool,
        "Nguồn từ nơi khác",
        "From outside the unit",
    ),
];

/// A unit field by its contract id.
pub fn unit(id: &str) -> Option<&'static Field> {
    UNIT.iter().find(|f| f.id == id)
}

/// A person field by its contract id.
pub fn person(id: &str) -> Option<&'static Field> {
    PERSON.iter().find(|f| f.id == id)
}

/// The fields a spreadsheet column can be imported into, in the order the
/// page offers them: "(ignore)", the person's importable fields, and the
/// men's/women's birth-date columns after the birth date.
pub fn import_fields() -> Vec<&'static Field> {
    let mut fields = vec![&IMPORT_ONLY[0]];
    for f in PERSON.iter().filter(|f| f.import) {
        fields.push(f);
        if f.id == "birth" {
            fields.extend(&IMPORT_ONLY[1..]);
        }
    }
    fields
}

/// A field of any table by its id, for labels (person fields first).
pub fn any(id: &str) -> Option<&'static Field> {
    PERSON
        .iter()
        .chain(IMPORT_ONLY)
        .chain(PERSON_COMPUTED)
        .find(|f| f.id == id)
}
