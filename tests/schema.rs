//! The schema is the one vocabulary: every enumeration's labels read back
//! as its values, the page's TypeScript types spell the same ids, the
//! contract's person fields are all described, and the import field list
//! and the grid's columns come from it.

use qhcb::lang::Lang;
use qhcb::schema::{self, fields, Vocabulary};
use qhcb::schema::{
    Candidacy, CandidacyFor, Confidence, DisciplineLevel, Education, Group, Level, PoliticalTheory,
    Severity, Sex,
};

fn labels_read_back<T: Vocabulary + std::fmt::Debug>() {
    let mut seen = std::collections::HashSet::new();
    for v in T::all() {
        assert!(seen.insert(v.id()), "{} repeats the id {}", T::NAME, v.id());
        for lang in Lang::ALL {
            let label = v.label(lang);
            assert!(
                !label.is_empty(),
                "{}.{} has no {lang:?} label",
                T::NAME,
                v.id()
            );
            assert_eq!(T::from_text(label), Some(*v), "{} label {label:?}", T::NAME);
        }
        assert_eq!(T::from_text(v.id()), Some(*v));
        assert_eq!(T::from_id(v.id()), Some(*v));
        for alias in v.aliases() {
            assert_eq!(
                T::from_folded(alias),
                Some(*v),
                "{} alias {alias:?}",
                T::NAME
            );
        }
    }
}

#[test]
fn every_label_and_alias_reads_back_as_its_value() {
    labels_read_back::<Sex>();
    labels_read_back::<Level>();
    labels_read_back::<Group>();
    labels_read_back::<Education>();
    labels_read_back::<PoliticalTheory>();
    labels_read_back::<qhcb::schema::EthnicGroup>();
    labels_read_back::<qhcb::schema::AcademicTitle>();
    labels_read_back::<Candidacy>();
    labels_read_back::<CandidacyFor>();
    labels_read_back::<DisciplineLevel>();
    labels_read_back::<Severity>();
    labels_read_back::<Confidence>();
}

/// The ids of `export type NAME = "a" | "b";` in www/qhcb.d.ts.
fn ts_union(dts: &str, name: &str) -> Vec<String> {
    let start = format!("export type {name} = ");
    let line = dts
        .lines()
        .find(|l| l.starts_with(&start))
        .unwrap_or_else(|| panic!("www/qhcb.d.ts has no `{start}`"));
    line[start.len()..]
        .trim_end_matches(';')
        .split('|')
        .map(|v| v.trim().trim_matches('"').to_owned())
        .collect()
}

#[test]
fn the_typescript_types_spell_the_schema_ids() {
    let dts =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/qhcb.d.ts")).unwrap();
    let check = |ts: &str, ids: &[&str]| assert_eq!(ts_union(&dts, ts), ids, "type {ts}");
    check("Sex", &Sex::IDS);
    check("Level", &Level::IDS);
    check("Group", &Group::IDS);
    check("Education", &Education::IDS);
    check("PoliticalTheory", &PoliticalTheory::IDS);
    check("EthnicGroup", &qhcb::schema::EthnicGroup::IDS);
    check("AcademicTitle", &qhcb::schema::AcademicTitle::IDS);
    check("Candidacy", &Candidacy::IDS);
    check("CandidacyFor", &CandidacyFor::IDS);
    check("DisciplineLevel", &DisciplineLevel::IDS);
    check("Severity", &Severity::IDS);
    check("Confidence", &Confidence::IDS);
    // Every person field is a member of the Person interface.
    let person = &dts[dts.find("export interface Person {").unwrap()..];
    let person = &person[..person.find("\n}").unwrap()];
    for f in fields::PERSON {
        assert!(
            person.contains(&format!("\n  {}?:", f.id))
                || person.contains(&format!("\n  {}:", f.id)),
            "Person in www/qhcb.d.ts lacks {}",
            f.id
        );
    }
}

#[test]
fn the_import_field_list_and_the_grid_columns_come_from_the_schema() {
    let import: Vec<&str> = qhcb::import::fields();
    let described = serde_json::to_value(schema::describe(Lang::Vi)).unwrap();
    let offered: Vec<&str> = described["importFields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(import, offered);
    assert_eq!(import.first(), Some(&"ignore"));
    // Every importable person field is offered, and nothing else but the
    // import-only columns.
    for f in fields::PERSON.iter().filter(|f| f.import) {
        assert!(
            import.contains(&f.id),
            "{} is importable but not offered",
            f.id
        );
    }
    for id in &import {
        assert!(
            fields::person(id).is_some() || fields::IMPORT_ONLY.iter().any(|f| f.id == *id),
            "{id} is offered but is no field"
        );
    }
    // The grid: every field placed there, with its short label, in order.
    let grid: Vec<&str> = described["person"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["place"] == "grid")
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        grid,
        [
            "id",
            "name",
            "sex",
            "birth",
            "ethnicMinority",
            "ethnicGroup",
            "local",
            "education",
            "educationMajor",
            "politicalTheory",
            "current",
            "otherPosts",
            "planned",
            "retireAt60",
            "candidacy"
        ]
    );
    // Each enum field names an enumeration the schema lists.
    for f in described["person"].as_array().unwrap() {
        if let Some(name) = f["enum"].as_str() {
            assert!(described["enumerations"][name].is_array(), "{name}");
        }
    }
    let en = serde_json::to_value(schema::describe(Lang::En)).unwrap();
    assert_eq!(en["enumerations"]["education"][1]["label"], "Master's");
    assert_eq!(
        described["enumerations"]["education"][1]["label"],
        "Thạc sĩ"
    );
}

#[test]
fn title_ids_are_held_in_current_planned_and_the_appointment() {
    assert_eq!(
        schema::title_references(),
        vec![
            vec!["current"],
            vec!["planned"],
            vec!["appointment", "title"]
        ]
    );
}

#[test]
fn every_rule_and_parameter_has_a_name_in_both_languages() {
    for profile in qhcb::profile::builtin() {
        for rule in &profile.rules {
            for lang in Lang::ALL {
                assert!(
                    schema::finding_name(rule.code, lang).is_some_and(|n| !n.is_empty()),
                    "rule {} of {} has no {lang:?} name",
                    rule.code,
                    profile.id
                );
            }
        }
    }
    let described = serde_json::to_value(schema::describe(Lang::En)).unwrap();
    let params: Vec<&str> = described["params"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    for spec in qhcb::profile::spec::all() {
        for param in spec.params {
            assert!(
                params.contains(&param.name),
                "parameter {} of {} has no label",
                param.name,
                spec.code
            );
        }
    }
}
