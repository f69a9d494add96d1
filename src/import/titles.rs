//! Matching title names and ids to ids, and making new titles when allowed.
//!
//! Names are compared by a key that tolerates how rosters write titles:
//! case and tone marks (folded), dashes of any kind and other punctuation,
//! the usual abbreviations written out ("PCT UBND" = "Phó Chủ tịch Ủy ban
//! nhân dân", "UVBTV HU" = "Ủy viên Ban Thường vụ Huyện ủy"), and a level
//! word at the end ("… huyện", "… xã") when the name without it matches.

use std::collections::HashMap;

use serde_json::{json, Value};

use super::options::TitleIn;
use crate::text::fold;

/// A title name or id to its id; new titles are made when allowed. Ids and
/// folded ids and names are indexed, so that matching and creating titles
/// take the same time for the 20,000th title as for the first.
pub(super) struct TitleMatcher {
    /// Exact id → id.
    ids: HashMap<String, String>,
    /// Folded id, then folded name → the id of the first title that has it.
    folded_ids: HashMap<String, String>,
    folded_names: HashMap<String, String>,
    /// [`key`] of names and ids → id; and the same without a level word at the end.
    keys: HashMap<String, String>,
    short_keys: HashMap<String, String>,
    /// The next number to try after a base id that is taken.
    next_suffix: HashMap<String, usize>,
    create: bool,
    pub(super) created: Vec<Value>,
}

impl TitleMatcher {
    pub(super) fn new(titles: &[TitleIn], create: bool) -> TitleMatcher {
        let mut matcher = TitleMatcher {
            ids: HashMap::with_capacity(titles.len()),
            folded_ids: HashMap::with_capacity(titles.len()),
            folded_names: HashMap::with_capacity(titles.len()),
            keys: HashMap::with_capacity(titles.len()),
            short_keys: HashMap::with_capacity(titles.len()),
            next_suffix: HashMap::new(),
            create,
            created: Vec::new(),
        };
        for title in titles {
            matcher.add(&title.id, title.name.as_deref());
        }
        matcher
    }

    fn add(&mut self, id: &str, name: Option<&str>) {
        self.ids
            .entry(id.to_owned())
            .or_insert_with(|| id.to_owned());
        self.folded_ids
            .entry(fold(id))
            .or_insert_with(|| id.to_owned());
        // Names by their key; ids only exactly or folded ("Bi-thu" is the
        // id "bi-thu", while "Bí thư" may be another title's name).
        if let Some(text) = name {
            let k = key(text);
            self.short_keys
                .entry(without_level(&k).to_owned())
                .or_insert_with(|| id.to_owned());
            self.keys.entry(k).or_insert_with(|| id.to_owned());
        }
        if let Some(name) = name {
            self.folded_names
                .entry(fold(name))
                .or_insert_with(|| id.to_owned());
        }
    }

    /// Forgets an id made by [`Self::create_title`].
    fn forget(&mut self, id: &str, name: &str) {
        let k = key(name);
        let entries = [
            (&mut self.ids, id.to_owned()),
            (&mut self.folded_ids, fold(id)),
            (&mut self.folded_names, fold(name)),
            (&mut self.short_keys, without_level(&k).to_owned()),
            (&mut self.keys, k.clone()),
        ];
        for (map, entry) in entries {
            if map.get(&entry).is_some_and(|v| v == id) {
                map.remove(&entry);
            }
        }
    }

    /// How many titles have been made so far: a row's titles are made
    /// while it is read, and taken back if the row is not imported.
    pub(super) fn mark(&self) -> usize {
        self.created.len()
    }

    /// Takes back the titles made since `mark` (the row was not imported).
    pub(super) fn roll_back(&mut self, mark: usize) {
        while self.created.len() > mark {
            let Some(title) = self.created.pop() else {
                break;
            };
            let id = title["id"].as_str().unwrap_or_default().to_owned();
            let name = title["name"].as_str().unwrap_or_default().to_owned();
            self.forget(&id, &name);
        }
    }

    /// As `cells::parse_cell("planned", …)` matches one title: by id, by
    /// folded id, then by folded name.
    fn find(&self, part: &str) -> Option<String> {
        if let Some(id) = self.ids.get(part) {
            return Some(id.clone());
        }
        let folded = fold(part);
        if let Some(id) = self
            .folded_ids
            .get(&folded)
            .or_else(|| self.folded_names.get(&folded))
        {
            return Some(id.clone());
        }
        let k = key(part);
        if k.is_empty() {
            return None;
        }
        self.keys
            .get(&k)
            .or_else(|| self.short_keys.get(without_level(&k)))
            .cloned()
    }

    /// One part of a list ("Phó Chủ tịch HĐND/UBND huyện" is one title; a
    /// slash separates titles only when every piece is one).
    fn find_part(&self, part: &str) -> Option<Vec<String>> {
        if let Some(id) = self.find(part) {
            return Some(vec![id]);
        }
        // "Bí thư kiêm Chủ tịch HĐND": two titles, when each piece is one.
        let pieces = |separator: &str| -> Option<Vec<String>> {
            let pieces: Option<Vec<String>> = split_words(part, separator)
                .into_iter()
                .map(|p| self.find(p))
                .collect();
            pieces.filter(|p| p.len() > 1)
        };
        if part.contains('/') {
            if let Some(found) = pieces("/") {
                return Some(found);
            }
        }
        pieces("kiêm").or_else(|| pieces("kiem"))
    }

    /// The ids a list of titles names, and the parts that name none (made
    /// into titles instead when creating is allowed).
    pub(super) fn resolve_all(&mut self, text: &str) -> (Vec<String>, Vec<String>) {
        let mut ids = Vec::new();
        let mut unknown = Vec::new();
        for part in split_list(text) {
            let found = match self.find_part(part) {
                Some(found) => found,
                // A title has letters: "9" or "-" is never made one.
                None if self.create && part.chars().any(char::is_alphabetic) => {
                    vec![self.create_title(part)]
                }
                None => {
                    unknown.push(part.to_owned());
                    continue;
                }
            };
            for id in found {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        (ids, unknown)
    }

    /// The title a column's sub-header names (an x-mark layout), made when allowed.
    pub(super) fn resolve_one(&mut self, name: &str) -> Option<String> {
        match self.find(name) {
            Some(id) => Some(id),
            None if self.create && name.chars().any(char::is_alphabetic) => {
                Some(self.create_title(name))
            }
            None => None,
        }
    }

    #[cfg(test)]
    pub(super) fn resolve(&mut self, text: &str) -> Result<Vec<String>, String> {
        match self.resolve_all(text) {
            (ids, unknown) if unknown.is_empty() => Ok(ids),
            (_, unknown) => Err(unknown[0].clone()),
        }
    }

    fn create_title(&mut self, name: &str) -> String {
        let base: String = fold(name)
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let base = if base.is_empty() {
            "chuc-danh".to_owned()
        } else {
            base.chars().take(40).collect()
        };
        let mut id = base.clone();
        if self.ids.contains_key(&id) {
            let mut n = self.next_suffix.get(&base).copied().unwrap_or(2);
            loop {
                id = format!("{base}-{n}");
                n += 1;
                if !self.ids.contains_key(&id) {
                    break;
                }
            }
            self.next_suffix.insert(base, n);
        }
        self.add(&id, Some(name));
        self.created
            .push(json!({ "id": id, "name": name, "group": "other", "seats": 0 }));
        id
    }
}

/// The parts of a list of titles: commas, semicolons and line breaks
/// separate them (a slash is looked at by [`TitleMatcher::find_part`]).
fn split_list(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ';', '\n'])
        .map(|p| p.trim().trim_matches(['-', '–', '—', '+', '.', ' ']))
        .filter(|p| !p.is_empty())
}

/// A part split at a separator: "/" anywhere, a word ("kiêm") between spaces.
fn split_words<'a>(part: &'a str, separator: &str) -> Vec<&'a str> {
    let pieces: Vec<&str> = if separator == "/" {
        part.split('/').collect()
    } else {
        part.split(&format!(" {separator} ")[..]).collect()
    };
    pieces
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Abbreviations of titles and bodies, folded, and what they stand for.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("uvbtv", "uy vien ban thuong vu"),
    ("uvbch", "uy vien ban chap hanh"),
    ("uvubkt", "uy vien uy ban kiem tra"),
    ("btv", "ban thuong vu"),
    ("bch", "ban chap hanh"),
    ("uv", "uy vien"),
    ("pbt", "pho bi thu"),
    // "P.Bí thư", "P.CT UBND"; "PBT TT" is the standing Deputy Secretary.
    ("p", "pho"),
    ("tt", "thuong truc"),
    ("bt", "bi thu"),
    ("pct", "pho chu tich"),
    ("ct", "chu tich"),
    ("hdnd", "hoi dong nhan dan"),
    ("ubnd", "uy ban nhan dan"),
    ("ubmttq", "uy ban mat tran to quoc"),
    ("mttq", "mat tran to quoc"),
    ("ubkt", "uy ban kiem tra"),
    ("hu", "huyen uy"),
    ("tu", "tinh uy"),
    ("du", "dang uy"),
    ("qu", "quan uy"),
    ("dtn", "doan thanh nien"),
    ("tncs", "thanh nien cong san"),
    ("hlhpn", "hoi lien hiep phu nu"),
    ("hpn", "hoi phu nu"),
    ("hnd", "hoi nong dan"),
    ("hccb", "hoi cuu chien binh"),
    ("ldld", "lien doan lao dong"),
    ("pgd", "pho giam doc"),
    ("gd", "giam doc"),
    ("cht", "chi huy truong"),
    ("ptb", "pho truong ban"),
    ("tb", "truong ban"),
];

/// Level words that may end a title's name ("Chủ tịch UBND huyện").
const LEVELS: &[&str] = &[
    " thi tran",
    " thanh pho",
    " thi xa",
    " huyen",
    " xa",
    " tinh",
    " phuong",
    " quan",
];

/// A title's name as compared: folded, punctuation and dashes as spaces,
/// abbreviations written out ("PCT UBND" → "pho chu tich uy ban nhan dan").
///
/// The same key is made of the dataset's names and of the roster's text,
/// so that either may use the abbreviation or the full form.
pub(super) fn key(text: &str) -> String {
    let folded: String = fold(text)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded
        .split_whitespace()
        .map(|word| {
            ABBREVIATIONS
                .iter()
                .find(|(short, _)| *short == word)
                .map_or(word, |(_, full)| full)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A key without a level word at its end.
fn without_level(key: &str) -> &str {
    LEVELS
        .iter()
        .find_map(|level| key.strip_suffix(level).filter(|k| !k.is_empty()))
        .unwrap_or(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> TitleMatcher {
        let titles: Vec<TitleIn> = [
            ("bt", "Bí thư Huyện ủy"),
            ("pct-ubnd", "Phó Chủ tịch UBND"),
            ("pct-hdnd-ubnd", "Phó Chủ tịch HĐND/UBND huyện"),
            ("uvbtv", "Ủy viên Ban Thường vụ"),
            ("vp", "Chánh Văn phòng - Thống kê"),
        ]
        .iter()
        .map(|(id, name)| TitleIn {
            id: (*id).to_owned(),
            name: Some((*name).to_owned()),
        })
        .collect();
        TitleMatcher::new(&titles, false)
    }

    #[test]
    fn abbreviations_dashes_and_slashes() {
        let mut m = matcher();
        assert_eq!(m.resolve("BT HU"), Ok(vec!["bt".to_owned()]));
        assert_eq!(
            m.resolve("Phó Chủ tịch Ủy ban nhân dân huyện"),
            Ok(vec!["pct-ubnd".to_owned()])
        );
        assert_eq!(m.resolve("PCT UBND"), Ok(vec!["pct-ubnd".to_owned()]));
        assert_eq!(m.resolve("P.CT UBND"), Ok(vec!["pct-ubnd".to_owned()]));
        assert_eq!(
            m.resolve("Phó Chủ tịch HĐND/UBND huyện"),
            Ok(vec!["pct-hdnd-ubnd".to_owned()])
        );
        assert_eq!(
            m.resolve("UVBTV, Bí thư Huyện ủy"),
            Ok(vec!["uvbtv".to_owned(), "bt".to_owned()])
        );
        assert_eq!(
            m.resolve("Chánh Văn phòng – Thống kê"),
            Ok(vec!["vp".to_owned()])
        );
        assert_eq!(
            m.resolve("PCT UBND/UVBTV"),
            Ok(vec!["pct-ubnd".to_owned(), "uvbtv".to_owned()])
        );
        assert_eq!(
            m.resolve("Trưởng Công an"),
            Err("Trưởng Công an".to_owned())
        );
        assert_eq!(
            m.resolve("Bí thư Huyện ủy kiêm Phó Chủ tịch UBND"),
            Ok(vec!["bt".to_owned(), "pct-ubnd".to_owned()])
        );
    }

    #[test]
    fn titles_made_for_a_rejected_row_are_taken_back() {
        let mut m = TitleMatcher::new(&[], true);
        let mark = m.mark();
        let (ids, _) = m.resolve_all("Trưởng Công an");
        assert_eq!(ids.len(), 1);
        m.roll_back(mark);
        assert!(m.created.is_empty());
        assert_eq!(m.find("Trưởng Công an"), None);
    }
}
