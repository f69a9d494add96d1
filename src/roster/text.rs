//! JSON objects and lists kept as the text of each entry: a row edited
//! field by field keeps every other field exactly as it was written.

use std::fmt;

use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
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

/// Hands each item of a JSON list to `take`, as its text borrowed from
/// `text`, in one pass; the number of items (`None` when `text` is not a
/// list).
pub fn each_item<'t>(text: &'t str, take: impl FnMut(&'t RawValue)) -> Option<usize> {
    struct Each<F>(F);
    impl<'de, F: FnMut(&'de RawValue)> DeserializeSeed<'de> for Each<F> {
        type Value = usize;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
            d.deserialize_seq(self)
        }
    }
    impl<'de, F: FnMut(&'de RawValue)> Visitor<'de> for Each<F> {
        type Value = usize;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list")
        }
        fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<usize, A::Error> {
            let mut count = 0;
            while let Some(item) = seq.next_element::<&'de RawValue>()? {
                (self.0)(item);
                count += 1;
            }
            Ok(count)
        }
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let count = Each(take).deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(count)
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
