//! Any JSON value, read loosely: a wrong type in one field is that field's
//! problem, never a failed parse of the whole dataset.

use std::borrow::Cow;
use std::fmt;

use crate::kinds::JsonKind;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// Any JSON value, kept loosely so that validation can say what was wrong.
/// Text borrows from the JSON text unless it had escapes: reading a roster
/// allocates only for what the dataset keeps.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value<'a> {
    /// The field is absent.
    #[default]
    Missing,
    Null,
    Bool(bool),
    Number(f64),
    Text(Cow<'a, str>),
    List(Vec<Value<'a>>),
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

impl<'a> Value<'a> {
    /// What kind of value this is, for messages.
    pub fn kind(&self) -> JsonKind {
        match self {
            Value::Missing => JsonKind::Nothing,
            Value::Null => JsonKind::Null,
            Value::Bool(_) => JsonKind::Bool,
            Value::Number(_) => JsonKind::Number,
            Value::Text(_) => JsonKind::Text,
            Value::List(_) => JsonKind::List,
            Value::Object(_) => JsonKind::Object,
        }
    }

    /// The field `key` of an object (`Missing` otherwise).
    pub fn get(&self, key: &str) -> &Value<'a> {
        match self {
            Value::Object(fields) => fields
                .iter()
                .find(|(k, _)| k == key)
                .map_or(&Value::Missing, |(_, v)| v),
            _ => &Value::Missing,
        }
    }

    /// The value as serde_json holds it (`Missing` becomes null).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Missing | Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => serde_json::Number::from_f64(*n)
                .map_or(serde_json::Value::Null, serde_json::Value::Number),
            Value::Text(t) => serde_json::Value::String(t.to_string()),
            Value::List(items) => items.iter().map(Value::to_json).collect(),
            Value::Object(fields) => fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_json()))
                .collect(),
        }
    }

    /// The value as it appeared, shortened for messages.
    pub fn show(&self) -> String {
        const MAX_CHARS: usize = 60;
        let text = match self {
            Value::Missing => return String::new(),
            Value::Null => "null".to_owned(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => number_text(*n),
            Value::Text(s) => s.to_string(),
            Value::List(_) => "[…]".to_owned(),
            Value::Object(_) => "{…}".to_owned(),
        };
        if text.chars().count() > MAX_CHARS {
            let short: String = text.chars().take(MAX_CHARS).collect();
            format!("{short}…")
        } else {
            text
        }
    }
}

pub(crate) fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Value<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value<'a>, D::Error> {
        deserializer.deserialize_any(ValueVisitor(std::marker::PhantomData))
    }
}

pub(crate) struct ValueVisitor<'a>(std::marker::PhantomData<&'a ()>);

impl<'de: 'a, 'a> Visitor<'de> for ValueVisitor<'a> {
    type Value = Value<'a>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value<'a>, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value<'a>, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value<'a>, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value<'a>, E> {
        Ok(Value::Number(v))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Value<'a>, E> {
        Ok(Value::Text(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value<'a>, E> {
        Ok(Value::Text(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Value<'a>, E> {
        Ok(Value::Text(Cow::Owned(v)))
    }
    fn visit_unit<E>(self) -> Result<Value<'a>, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value<'a>, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value<'a>, D::Error> {
        Value::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'a>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value<'a>, A::Error> {
        let mut fields = Vec::new();
        while let Some((key, value)) = map.next_entry::<Value<'a>, Value<'a>>()? {
            // JSON keys are always text.
            if let Value::Text(key) = key {
                fields.push((key, value));
            }
        }
        Ok(Value::Object(fields))
    }
}
