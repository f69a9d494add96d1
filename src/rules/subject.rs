//! What a finding is about: a person, a title, a group or the unit.

use serde::Serialize;

/// What a finding is about.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Subject {
    /// "person", "title", "group" or "unit".
    pub kind: &'static str,
    /// The person's, title's or group's id; the unit's name (or null).
    pub id: Option<String>,
}
