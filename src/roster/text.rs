//! JSON objects and lists kept as the text of each entry: a row edited
//! field by field keeps every other field exactly as it was written.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

/// The entries of a JSON object, in order, each value as its text (`None`
/// when the text is not an object or cannot be split into entries).
pub fn object_entries(text: &str) -> Option<Vec<(String, Box<RawValue>)>> {
    struct Entries(Vec<(String, Box<RawValue>)>);
    impl<'de> Deserialize<'de> for Entries {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Entries;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                    let mut out = Vec::new();
                    while let Some((k, v)) = map.next_entry::<String, Box<RawValue>>()? {
                        out.push((k, v));
                    }
                    Ok(Entries(out))
                }
            }
            d.deserialize_map(V)
        }
    }
    serde_json::from_str::<Entries>(text).ok().map(|e| e.0)
}

/// The items of a JSON list, each as its text (`None` when not a list).
pub fn list_items(text: &str) -> Option<Vec<Box<RawValue>>> {
    serde_json::from_str(text).ok()
}

/// An object written from its entries.
pub fn write_object(entries: &[(String, Box<RawValue>)]) -> String {
    let mut out = String::with_capacity(
        2 + entries
            .iter()
            .map(|(k, v)| k.len() + v.get().len() + 4)
            .sum::<usize>(),
    );
    out.push('{');
    for (i, (key, value)) in entries.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&serde_json::to_string(key).unwrap_or_default());
        out.push(':');
        out.push_str(value.get());
    }
    out.push('}');
    out
}

/// A list written from its items.
pub fn write_list<'a>(items: impl IntoIterator<Item = &'a RawValue>) -> String {
    let mut out = String::from("[");
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(item.get());
    }
    out.push(']');
    out
}

/// JSON text known to be valid, as a raw value.
pub fn raw(text: String) -> Box<RawValue> {
    RawValue::from_string(text)
        .unwrap_or_else(|_| RawValue::from_string("null".to_owned()).expect("null is JSON"))
}

/// Sets (or with `None` removes) `key` among `entries`: the first entry of
/// that key takes the value and any later one is dropped; a new key goes
/// last. Gives the value before (the first) and whether the key was there
/// more than once.
pub fn set_entry(
    entries: &mut Vec<(String, Box<RawValue>)>,
    key: &str,
    value: Option<Box<RawValue>>,
) -> (Option<Box<RawValue>>, bool) {
    let positions: Vec<usize> = entries
        .iter()
        .enumerate()
        .filter(|(_, (k, _))| k == key)
        .map(|(i, _)| i)
        .collect();
    let repeated = positions.len() > 1;
    let old = positions.first().map(|&i| entries[i].1.clone());
    for &i in positions.iter().skip(1).rev() {
        entries.remove(i);
    }
    match (positions.first(), value) {
        (Some(&i), Some(v)) => entries[i].1 = v,
        (Some(&i), None) => {
            entries.remove(i);
        }
        (None, Some(v)) => entries.push((key.to_owned(), v)),
        (None, None) => {}
    }
    (old, repeated)
}
