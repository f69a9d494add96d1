//! The lists of a dataset read row by row: a row that is not an object, or
//! that the JSON reader cannot read, is that row's problem; the raw rows keep
//! every field as a [`Value`].

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::kinds::JsonKind;

use super::value::Value;

/// The most rows a list may hold: above it the dataset is refused with a
/// message instead of exhausting the browser's memory (the wasm32 address
/// space is 4 GiB).
pub const MAX_ROWS: usize = 3_000_000;

/// A row of a list: a record when it is an object, else what it was.
pub(crate) enum Row<T> {
    Record(T),
    NotAnObject(crate::kinds::JsonKind),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Row<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Row<T>, D::Error> {
        struct RowVisitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for RowVisitor<T> {
            type Value = Row<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a row")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Row<T>, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Row::Record)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject(JsonKind::Bool))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject(JsonKind::Number))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject(JsonKind::Number))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject(JsonKind::Number))
            }
            fn visit_str<E>(self, _: &str) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject(JsonKind::Text))
            }
            fn visit_unit<E>(self) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject(JsonKind::Null))
            }
            fn visit_none<E>(self) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject(JsonKind::Null))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Row<T>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Row::NotAnObject(JsonKind::List))
            }
        }
        deserializer.deserialize_any(RowVisitor(std::marker::PhantomData))
    }
}

/// What a field that should hold a list of rows held.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Listing {
    /// A list of this many rows.
    List(usize),
    NotAList(JsonKind),
    /// More rows than [`MAX_ROWS`]; carries how many there were.
    TooMany(usize),
}

/// Reads a list of rows, handing each row to `take` as it is read, so that a
/// roster of millions is never held as raw rows.
pub(crate) struct EachRow<T, F> {
    pub(crate) take: F,
    pub(crate) row: std::marker::PhantomData<T>,
}

impl<T, F> EachRow<T, F> {
    pub(crate) fn new(take: F) -> EachRow<T, F> {
        EachRow {
            take,
            row: std::marker::PhantomData,
        }
    }
}

impl<'de, T: Deserialize<'de>, F: FnMut(usize, Row<T>)> de::DeserializeSeed<'de> for EachRow<T, F> {
    type Value = Listing;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Listing, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, T: Deserialize<'de>, F: FnMut(usize, Row<T>)> Visitor<'de> for EachRow<T, F> {
    type Value = Listing;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of rows")
    }
    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Listing, A::Error> {
        let mut count = 0;
        while count < MAX_ROWS {
            match seq.next_element()? {
                Some(row) => (self.take)(count, row),
                None => return Ok(Listing::List(count)),
            }
            count += 1;
        }
        // At the limit: one more row means too many; count the rest without keeping them.
        while seq.next_element::<IgnoredAny>()?.is_some() {
            count += 1;
        }
        Ok(if count > MAX_ROWS {
            Listing::TooMany(count)
        } else {
            Listing::List(count)
        })
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Listing, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Listing::NotAList(JsonKind::Object))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Listing, E> {
        Ok(Listing::NotAList(JsonKind::Bool))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Listing, E> {
        Ok(Listing::NotAList(JsonKind::Number))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Listing, E> {
        Ok(Listing::NotAList(JsonKind::Number))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Listing, E> {
        Ok(Listing::NotAList(JsonKind::Number))
    }
    fn visit_str<E>(self, _: &str) -> Result<Listing, E> {
        Ok(Listing::NotAList(JsonKind::Text))
    }
    fn visit_unit<E>(self) -> Result<Listing, E> {
        Ok(Listing::NotAList(JsonKind::Null))
    }
    fn visit_none<E>(self) -> Result<Listing, E> {
        Ok(Listing::NotAList(JsonKind::Null))
    }
}

/// A field that should hold a list of rows, read whole (titles: a few).
#[derive(Default)]
pub(crate) enum Rows<T> {
    #[default]
    Missing,
    Read(Listing, Vec<Row<T>>),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Rows<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Rows<T>, D::Error> {
        let mut rows = Vec::new();
        let listing =
            de::DeserializeSeed::deserialize(EachRow::new(|_, row| rows.push(row)), deserializer)?;
        Ok(Rows::Read(listing, rows))
    }
}

/// A field kept as its JSON text, read later: `people`, which is read row by
/// row once the titles its rows refer to are known.
#[derive(Default)]
pub(crate) struct Later<'a>(pub(crate) Option<&'a serde_json::value::RawValue>);

impl<'de: 'a, 'a> Deserialize<'de> for Later<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Later<'a>, D::Error> {
        <&'a serde_json::value::RawValue>::deserialize(deserializer).map(|raw| Later(Some(raw)))
    }
}

/// What a JSON value is, from its first character, for messages.
pub(crate) fn kind_of(json: &str) -> crate::kinds::JsonKind {
    match json.trim_start().as_bytes().first() {
        Some(b'[') => JsonKind::List,
        Some(b'{') => JsonKind::Object,
        Some(b'"') => JsonKind::Text,
        Some(b't' | b'f') => JsonKind::Bool,
        Some(b'n') => JsonKind::Null,
        _ => JsonKind::Number,
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default, rename_all = "camelCase", bound(deserialize = "'de: 'a"))]
pub(crate) struct RawDataset<'a> {
    pub(crate) format: Value<'a>,
    pub(crate) unit: Value<'a>,
    pub(crate) as_of: Value<'a>,
    pub(crate) term_start: Value<'a>,
    pub(crate) profile: Value<'a>,
    pub(crate) profiles: Value<'a>,
    pub(crate) report: Value<'a>,
    pub(crate) titles: Rows<RawTitle<'a>>,
    pub(crate) people: Later<'a>,
    /// The units of a dataset of many units.
    pub(crate) units: Value<'a>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
pub(crate) struct RawTitle<'a> {
    pub(crate) id: Value<'a>,
    pub(crate) name: Value<'a>,
    pub(crate) group: Value<'a>,
    pub(crate) seats: Value<'a>,
    pub(crate) rank: Value<'a>,
    pub(crate) unit: Value<'a>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default, rename_all = "camelCase", bound(deserialize = "'de: 'a"))]
pub(crate) struct RawPerson<'a> {
    pub(crate) id: Value<'a>,
    pub(crate) name: Value<'a>,
    pub(crate) sex: Value<'a>,
    pub(crate) birth: Value<'a>,
    pub(crate) ethnic_minority: Value<'a>,
    pub(crate) local: Value<'a>,
    pub(crate) ethnic_group: Value<'a>,
    pub(crate) hometown: Value<'a>,
    pub(crate) education: Value<'a>,
    pub(crate) education_major: Value<'a>,
    pub(crate) academic_title: Value<'a>,
    pub(crate) political_theory: Value<'a>,
    pub(crate) other_posts: Value<'a>,
    pub(crate) source: Value<'a>,
    pub(crate) current: Value<'a>,
    pub(crate) planned: Value<'a>,
    pub(crate) retire_at60: Value<'a>,
    pub(crate) retirement_date: Value<'a>,
    pub(crate) candidacy: Value<'a>,
    pub(crate) candidacy_for: Value<'a>,
    pub(crate) post_since: Value<'a>,
    pub(crate) appointment: Value<'a>,
    pub(crate) rotation_date: Value<'a>,
    pub(crate) discipline: Value<'a>,
    pub(crate) unit: Value<'a>,
}
