//! Matching title names and ids to ids, and making new titles when allowed.

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
        if let Some(name) = name {
            self.folded_names
                .entry(fold(name))
                .or_insert_with(|| id.to_owned());
        }
    }

    /// As `cells::parse_cell("planned", …)` matches one title: by id, by
    /// folded id, then by folded name.
    fn find(&self, part: &str) -> Option<String> {
        if let Some(id) = self.ids.get(part) {
            return Some(id.clone());
        }
        let folded = fold(part);
        self.folded_ids
            .get(&folded)
            .or_else(|| self.folded_names.get(&folded))
            .cloned()
    }

    pub(super) fn resolve(&mut self, text: &str) -> Result<Vec<String>, String> {
        let mut ids = Vec::new();
        for part in text
            .split([',', ';', '\n', '/'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let id = match self.find(part) {
                Some(id) => id,
                None if self.create => self.create_title(part),
                None => return Err(part.to_owned()),
            };
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        Ok(ids)
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
