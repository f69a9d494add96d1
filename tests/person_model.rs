//! Issue 16: the person model holds what rosters say (ethnic group,
//! education major, academic title, hometown, other posts, source), and an
//! optional value that cannot be read is kept as unknown with a warning
//! instead of rejecting the person.

use qhcb::input::{read, ReadOptions};
use qhcb::model::{AcademicTitle, Education, EthnicGroup, PoliticalTheory};
use qhcb::report::{analyze_json, Options};
use serde_json::{json, Value};

fn dataset(people: Value) -> String {
    json!({
        "format": "qhcb/1",
        "asOf": "2026-01-15",
        "unit": { "name": "Đảng bộ xã Thử Nghiệm", "level": "commune" },
        "titles": [{ "id": "bt", "name": "Bí thư", "group": "key", "seats": 1 }],
        "people": people,
    })
    .to_string()
}

#[test]
fn new_fields_are_read_and_ethnic_minority_is_derived_from_the_group() {
    let json = dataset(json!([
        { "id": "a", "name": "Lò Văn A", "sex": "M", "birth": "1975", "ethnicGroup": "thai",
          "hometown": "Mường La, Sơn La", "education": "doctorate", "educationMajor": "Quản lý kinh tế",
          "academicTitle": "PGS", "politicalTheory": "advanced", "otherPosts": "Trưởng ban Dân vận",
          "current": ["bt"], "source": { "sheet": "DS cán bộ", "row": 7 } },
        { "id": "b", "sex": "F", "birth": "1980", "ethnicGroup": "kinh" },
        // Given beside a group, ethnicMinority is what counts.
        { "id": "c", "sex": "F", "birth": "1982", "ethnicGroup": "tay", "ethnicMinority": false },
        { "id": "d", "sex": "M", "birth": "1983", "ethnicMinority": true },
        { "id": "e", "sex": "M", "birth": "1984" },
    ]));
    let reading = read(&json, &ReadOptions::default()).unwrap();
    assert!(
        reading.people_problems.is_empty(),
        "{:?}",
        reading.people_problems
    );
    assert!(
        reading.invalid_values.is_empty(),
        "{:?}",
        reading.invalid_values
    );
    let p = &reading.dataset.people;
    assert_eq!(p.len(), 5);
    assert_eq!(p[0].ethnic_group, Some(EthnicGroup::Thai));
    assert!(p[0].ethnic_minority);
    assert_eq!(p[0].hometown(), Some("Mường La, Sơn La"));
    assert_eq!(p[0].education, Some(Education::Doctorate));
    assert_eq!(p[0].education_major(), Some("Quản lý kinh tế"));
    assert_eq!(p[0].academic_title, Some(AcademicTitle::AssociateProfessor));
    assert_eq!(p[0].political_theory, Some(PoliticalTheory::Advanced));
    assert_eq!(p[0].other_posts(), Some("Trưởng ban Dân vận"));
    assert_eq!(p[0].current, vec![0]);
    assert!(
        p[0].planned.is_empty(),
        "other posts are never planned titles"
    );
    let source = p[0].source().unwrap();
    assert_eq!(
        (source.sheet.as_deref(), source.row),
        (Some("DS cán bộ"), Some(7))
    );
    assert_eq!(p[1].ethnic_group, Some(EthnicGroup::Kinh));
    assert!(!p[1].ethnic_minority);
    assert_eq!(p[2].ethnic_group, Some(EthnicGroup::Tay));
    assert!(!p[2].ethnic_minority, "the given ethnicMinority wins");
    assert_eq!(p[3].ethnic_group, None);
    assert!(p[3].ethnic_minority);
    assert!(!p[4].ethnic_minority);
    // The report: the minority share counts a and d (c says false).
    let report = analyze_json(&json, &Options::default()).unwrap();
    let value = serde_json::to_value(&report).unwrap();
    assert_eq!(value["cohorts"]["all"]["ethnicMinority"]["count"], 2);
    assert_eq!(value["recorded"]["ethnicGroup"], true);
    assert_eq!(value["recorded"]["ethnicMinority"], true);
    assert_eq!(value["recorded"]["educationMajor"], true);
    assert_eq!(value["recorded"]["local"], false);
}

#[test]
fn an_unreadable_optional_value_is_unknown_with_a_warning_not_a_rejected_row() {
    let json = dataset(json!([
        { "id": "a", "name": "Nguyễn Văn A", "sex": "M", "birth": "1975",
          "education": "Thạc sĩ Quản lý kinh tế", "politicalTheory": "Giỏi",
          "ethnicGroup": "Xyz", "academicTitle": "TS", "hometown": 12.5,
          "source": { "sheet": "Sheet1", "row": 9 } },
        { "id": "b", "sex": "F", "birth": "1980", "ethnicMinority": "Tày lai" },
        { "id": "c", "sex": "F", "birth": "1981", "otherPosts": ["x"] },
        // Still rejected: bad sex, bad birth, unknown title, repeated id.
        { "id": "d", "sex": "X", "birth": "1980", "education": "Giỏi" },
        { "id": "e", "sex": "M", "birth": "19xx" },
        { "id": "f", "sex": "M", "birth": "1980", "current": ["nope"] },
        { "id": "a", "sex": "M", "birth": "1980" },
    ]));
    let reading = read(&json, &ReadOptions::default()).unwrap();
    let ids: Vec<&str> = reading
        .dataset
        .people
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(reading.excluded_rows, 4);
    let a = &reading.dataset.people[0];
    assert_eq!(a.education, None);
    assert_eq!(a.political_theory, None);
    assert_eq!(a.ethnic_group, None);
    assert!(
        !a.ethnic_minority,
        "an unreadable group with no ethnicMinority counts as not a minority"
    );
    assert_eq!(a.academic_title, None);
    // A number for a text field is its digits.
    assert_eq!(a.hometown(), Some("12.5"));
    let warned: Vec<(usize, &str, &str)> = reading
        .invalid_values
        .iter()
        .map(|v| (v.index, v.field, v.value.as_str()))
        .collect();
    assert_eq!(
        warned,
        [
            (0, "ethnicGroup", "Xyz"),
            (0, "education", "Thạc sĩ Quản lý kinh tế"),
            (0, "politicalTheory", "Giỏi"),
            (0, "academicTitle", "TS"),
            (1, "ethnicMinority", "Tày lai"),
            (2, "otherPosts", "[…]"),
        ]
    );
    // The rejected row's unreadable education is not a warning beside its problem.
    assert!(reading.invalid_values.iter().all(|v| v.index != 3));

    for lang in [qhcb::lang::Lang::Vi, qhcb::lang::Lang::En] {
        let report = analyze_json(
            &json,
            &Options {
                lang,
                ..Options::default()
            },
        )
        .unwrap();
        assert_eq!(report.counts.analysed, 3);
        assert_eq!(report.counts.excluded, 4);
        let warnings: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.code == "invalid-value")
            .collect();
        assert_eq!(warnings.len(), 6);
        assert!(warnings
            .iter()
            .all(|f| f.severity == qhcb::schema::Severity::Warning));
        let first = &warnings[1];
        assert_eq!(first.row, Some(0));
        assert_eq!(first.field, Some("education"));
        assert_eq!(first.value, json!("Thạc sĩ Quản lý kinh tế"));
        let message = &first.message;
        assert!(message.contains("Thạc sĩ Quản lý kinh tế"), "{message}");
        assert!(message.contains('1'), "{message}");
        assert!(
            message.contains("Sheet1") && message.contains('9'),
            "{message}"
        );
        match lang {
            qhcb::lang::Lang::Vi => {
                assert!(message.starts_with("Cán bộ dòng 1 (mã “a”) [trang “Sheet1”, dòng 9 trong tệp]: Trình độ chuyên môn"), "{message}");
                assert!(message.contains("chưa rõ"), "{message}");
            }
            qhcb::lang::Lang::En => {
                assert!(
                    message.starts_with(
                        "Person row 1 (id \"a\") [sheet \"Sheet1\", file row 9]: Education"
                    ),
                    "{message}"
                );
                assert!(message.contains("unknown"), "{message}");
            }
        }
        // Education counts a as unknown.
        let value = serde_json::to_value(&report).unwrap();
        assert_eq!(value["cohorts"]["all"]["education"]["unknown"]["count"], 3);
        // The schema names the finding.
        assert!(qhcb::schema::finding_name("invalid-value", lang).is_some());
        // Still invalid-row for the rest.
        assert_eq!(
            report
                .findings
                .iter()
                .filter(|f| f.code == "invalid-row")
                .count(),
            4
        );
    }
}

#[test]
fn recorded_says_which_optional_fields_the_dataset_gives() {
    let none = dataset(json!([{ "id": "a", "sex": "M", "birth": "1975" }]));
    let report = serde_json::to_value(analyze_json(&none, &Options::default()).unwrap()).unwrap();
    let recorded = report["recorded"].as_object().unwrap();
    for key in [
        "local",
        "hometown",
        "ethnicMinority",
        "ethnicGroup",
        "education",
        "educationMajor",
        "academicTitle",
        "politicalTheory",
        "otherPosts",
    ] {
        assert_eq!(recorded[key], false, "{key}");
    }
    // The non-local share is still there, 0 of 1: `recorded.local` says it is no data.
    assert_eq!(report["cohorts"]["all"]["nonLocal"]["count"], 0);
    let some = dataset(json!([
        { "id": "a", "sex": "M", "birth": "1975", "local": false, "hometown": "Huế" },
        { "id": "b", "sex": "M", "birth": "1975", "local": null, "education": "" },
    ]));
    let report = serde_json::to_value(analyze_json(&some, &Options::default()).unwrap()).unwrap();
    assert_eq!(report["recorded"]["local"], true);
    assert_eq!(report["recorded"]["hometown"], true);
    assert_eq!(
        report["recorded"]["education"], false,
        "blank text is no value"
    );
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["code"] != "invalid-value"));
}

/// The exports carry the new fields, and each exported cell reads back,
/// through the one reader the import and the grid use, as the value it
/// came from (labels for the enumerations: "Tày", "Phó Giáo sư").
#[test]
fn exported_roster_cells_read_back_as_the_values_they_came_from() {
    use qhcb::cells::read_value;
    use qhcb::lang::Lang;
    let person = json!({
        "id": "a", "name": "Hà Thị Bé", "sex": "F", "birth": "1979-04-02",
        "ethnicMinority": true, "ethnicGroup": "tay", "hometown": "Bạch Thông, Bắc Kạn",
        "education": "doctorate", "educationMajor": "Quản lý kinh tế", "academicTitle": "PGS",
        "politicalTheory": "advanced", "otherPosts": "Trưởng ban Dân vận", "current": ["bt"],
    });
    let json = dataset(json!([person.clone()]));
    let data: Value = serde_json::from_str(&json).unwrap();
    for lang in Lang::ALL {
        let report = analyze_json(
            &json,
            &Options {
                lang,
                ..Options::default()
            },
        )
        .unwrap();
        let csv = qhcb::export::roster_csv(&data, &report, lang);
        let (tables, _) = qhcb::import::read_file(csv.as_bytes()).unwrap();
        let rows: Vec<Vec<String>> = tables[0]
            .rows
            .iter()
            .map(|r| r.iter().map(qhcb::import::Cell::text).collect())
            .collect();
        let mut seen = Vec::new();
        for (header, text) in rows[0].iter().zip(&rows[1]) {
            let Some(field) = qhcb::schema::fields::PERSON
                .iter()
                .find(|f| f.import && f.label(lang) == header)
            else {
                continue;
            };
            let Some(want) = person.get(field.id) else {
                continue;
            };
            if field.id == "current" || field.id == "birth" {
                continue;
            }
            let read =
                read_value(field.id, text).unwrap_or_else(|e| panic!("{header} {text}: {e:?}"));
            assert_eq!(
                read[0],
                (field.id, want.clone()),
                "{lang:?} {header}: {text}"
            );
            seen.push(field.id);
        }
        for id in [
            "ethnicGroup",
            "hometown",
            "educationMajor",
            "academicTitle",
            "otherPosts",
            "education",
        ] {
            assert!(seen.contains(&id), "{lang:?}: no column for {id}");
        }
        if lang == Lang::Vi {
            assert!(rows[1].iter().any(|c| c == "Tày"), "{:?}", rows[1]);
            assert!(rows[1].iter().any(|c| c == "Phó Giáo sư"), "{:?}", rows[1]);
        }
    }
}

/// The messages name the 54 groups by their count, not all of them.
#[test]
fn an_unknown_ethnic_group_is_worded_shortly() {
    use qhcb::cells::read_value;
    use qhcb::lang::Lang;
    for lang in Lang::ALL {
        let error = read_value("ethnicGroup", "Sao Hỏa").unwrap_err();
        let text = qhcb::messages::catalogue(lang).cell_error("Sao Hỏa", &error);
        assert!(
            text.contains("54") && text.contains("Kinh") && text.len() < 200,
            "{text}"
        );
    }
    let json =
        dataset(json!([{ "id": "a", "sex": "M", "birth": "1975", "ethnicGroup": "Sao Hỏa" }]));
    let report = analyze_json(&json, &Options::default()).unwrap();
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "invalid-value")
        .unwrap();
    assert_eq!(
        f.message,
        "Cán bộ dòng 1 (mã “a”): Dân tộc “Sao Hỏa” không thuộc danh mục (cần một trong 54: Kinh, Tày, Thái, Hoa, Khơ-me, Mường…); giữ nguyên giá trị đã ghi, tính là chưa rõ, cán bộ vẫn được tính"
    );
}

proptest::proptest! {
    /// No text makes the one value reader panic, and what it reads is a
    /// value of the field it fills: an id of the enumeration, a bool, text.
    #[test]
    fn any_text_is_read_or_refused_without_panicking(
        text in "[ -~àáảãạăâđêôơưÀÁĐÊƠƯạọụ’'()./,;+\\-0-9\n\t]{0,40}",
        field in proptest::sample::select(vec![
            "ethnicGroup", "ethnicMinority", "education", "academicTitle",
            "politicalTheory", "educationMajor", "otherPosts", "hometown",
        ]),
    ) {
        use qhcb::schema::{Kind, Vocabulary};
        let _ = EthnicGroup::read(&text);
        if let Ok(values) = qhcb::cells::read_value(field, &text) {
            proptest::prop_assert!(!values.is_empty());
            proptest::prop_assert_eq!(values[0].0, field);
            for (key, value) in values {
                let f = qhcb::schema::fields::person(key).unwrap();
                match (f.kind, &value) {
                    (_, Value::Null) => {}
                    (Kind::Enum(name), Value::String(id)) => proptest::prop_assert!(
                        qhcb::schema::entries(name, qhcb::lang::Lang::Vi).unwrap().iter().any(|(i, _)| i == id),
                        "{} {}", key, id
                    ),
                    (Kind::Bool, Value::Bool(_)) | (Kind::Text, Value::String(_)) => {}
                    other => proptest::prop_assert!(false, "{} {:?}", key, other),
                }
            }
        }
        let _ = <EthnicGroup as Vocabulary>::from_text(&text);
    }
}

/// A row left out names where the import read it, in its finding and in `excluded`.
#[test]
fn a_row_left_out_names_its_sheet_and_row() {
    let json = dataset(json!([
        { "id": "a", "sex": "M", "birth": "1975" },
        { "id": "b", "name": "Lê Văn Bé", "sex": "M", "birth": "19xx", "source": { "sheet": "Danh sách", "row": 14 } },
        { "id": "c", "sex": "X", "birth": "1980", "source": { "row": 15 } },
    ]));
    let report = analyze_json(&json, &Options::default()).unwrap();
    let messages: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.code == "invalid-row")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(messages.len(), 2);
    assert!(
        messages[0].starts_with("Cán bộ dòng 2 (mã “b”) [trang “Danh sách”, dòng 14 trong tệp]: "),
        "{}",
        messages[0]
    );
    assert!(
        messages[1].starts_with("Cán bộ dòng 3 (mã “c”) [dòng 15 trong tệp]: "),
        "{}",
        messages[1]
    );
    let excluded = serde_json::to_value(&report.excluded).unwrap();
    assert_eq!(
        excluded[0]["source"],
        json!({ "sheet": "Danh sách", "row": 14 })
    );
    assert_eq!(excluded[1]["source"], json!({ "row": 15 }));
    let en = analyze_json(
        &json,
        &Options {
            lang: qhcb::lang::Lang::En,
            ..Options::default()
        },
    )
    .unwrap();
    let first = en
        .findings
        .iter()
        .find(|f| f.code == "invalid-row")
        .unwrap();
    assert!(
        first
            .message
            .starts_with("Person row 2 (id \"b\") [sheet \"Danh sách\", file row 14]: "),
        "{}",
        first.message
    );
    // Without a source, the messages are as before.
    let plain = dataset(json!([{ "id": "x", "sex": "X", "birth": "1980" }]));
    let report = analyze_json(&plain, &Options::default()).unwrap();
    assert!(report
        .findings
        .iter()
        .any(|f| f.message.starts_with("Cán bộ dòng 1 (mã “x”): ")));
    assert!(serde_json::to_value(&report.excluded).unwrap()[0]
        .get("source")
        .is_none());
}

/// Each unit and level says which optional fields its own people record.
#[test]
fn each_unit_says_what_its_people_record() {
    let json = json!({
        "format": "qhcb/1",
        "asOf": "2026-01-15",
        "unit": { "name": "Thành phố", "level": "province" },
        "units": [
            { "id": "tp", "name": "Thành phố", "level": "province" },
            { "id": "p1", "name": "Phường Một", "level": "commune", "parent": "tp" },
            { "id": "p2", "name": "Phường Hai", "level": "commune", "parent": "tp" },
        ],
        "titles": [
            { "id": "bt1", "name": "Bí thư Phường Một", "group": "key", "seats": 1, "unit": "p1" },
            { "id": "bt2", "name": "Bí thư Phường Hai", "group": "key", "seats": 1, "unit": "p2" },
        ],
        "people": [
            { "id": "a", "sex": "M", "birth": "1975", "unit": "p1", "local": false, "ethnicGroup": "tay" },
            { "id": "b", "sex": "F", "birth": "1980", "unit": "p2", "education": "master" },
        ],
    })
    .to_string();
    let report = serde_json::to_value(analyze_json(&json, &Options::default()).unwrap()).unwrap();
    let unit = |id: &str| {
        report["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["id"] == id)
            .unwrap()["recorded"]
            .clone()
    };
    assert_eq!(unit("p1")["local"], true);
    assert_eq!(unit("p1")["ethnicGroup"], true);
    assert_eq!(unit("p1")["education"], false);
    assert_eq!(unit("p2")["local"], false);
    assert_eq!(unit("p2")["education"], true);
    assert_eq!(unit("tp")["local"], false, "the city's own people: none");
    let communes = report["levels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["level"] == "commune")
        .unwrap();
    assert_eq!(communes["recorded"]["local"], true);
    assert_eq!(communes["recorded"]["education"], true);
    assert_eq!(report["recorded"]["local"], true);
}

/// A typed ethnic cell that is neither a group nor a mark says both are taken.
#[test]
fn an_unknown_ethnic_cell_says_a_group_or_a_mark_is_wanted() {
    use qhcb::lang::Lang;
    for field in ["ethnicGroup", "ethnicMinority"] {
        let error = qhcb::cells::read_value(field, "Sao Hỏa").unwrap_err();
        assert_eq!(
            qhcb::messages::catalogue(Lang::Vi).cell_error("Sao Hỏa", &error),
            "“Sao Hỏa” không hợp lệ; cần tên dân tộc, một trong 54: Kinh, Tày, Thái, Hoa, Khơ-me, Mường…, hoặc x nếu là người dân tộc thiểu số"
        );
        let en = qhcb::messages::catalogue(Lang::En).cell_error("Sao Hỏa", &error);
        assert!(
            en.contains("ethnic group") && en.contains("x for an ethnic minority"),
            "{en}"
        );
    }
}
