//! Rule profiles: the set of rules, thresholds and sources in force at a date.
//!
//! The rules change with the documents that set them (QĐ 50-QĐ/TW gave way to
//! QĐ 377-QĐ/TW on 08/10/2025), so every rule carries its parameters, its
//! source (document and article) and a confidence label from regulations.md:
//! CONFIRMED, REPORTED, DERIVED or UNCONFIRMED. A number that no source states
//! is never encoded (for instance, no "1,5 lần" cap on planning multiples).
//!
//! Built-in profiles are in `builtin`; a user's copy with edited thresholds
//! (a custom profile, saved in the dataset) is read by `custom`; the
//! parameters each rule takes are listed in `spec`.

mod builtin;
pub mod code;
pub mod custom;
mod english;
pub mod rule;
pub mod spec;

use crate::date::Date;
use crate::error::Error;

pub use builtin::builtin;
pub use custom::CustomProfile;

pub use crate::schema::{Confidence, Severity};
pub use rule::{Kind, Profile, Rule, Variant};

/// The profile to use: the one named (built-in or among the dataset's custom
/// profiles), or else the planning profile in force at `as_of`. Before the
/// first built-in profile took effect, the oldest planning profile is used
/// and the report says that it was not yet in force.
pub fn select(id: Option<&str>, as_of: Date, custom: &[CustomProfile]) -> Result<Profile, Error> {
    let all = builtin();
    if let Some(id) = id {
        if let Some(definition) = custom.iter().find(|c| c.id == id) {
            return definition.resolve(&all);
        }
        return all
            .into_iter()
            .find(|p| p.id == id)
            .ok_or_else(|| Error::UnknownProfile(id.to_owned()));
    }
    let mut planning: Vec<Profile> = all
        .into_iter()
        .filter(|p| p.kind == Kind::Planning)
        .collect();
    let oldest = (0..planning.len())
        .min_by_key(|&i| planning[i].effective_from)
        .unwrap_or(0);
    let chosen = planning
        .iter()
        .position(|p| p.in_force(as_of))
        .unwrap_or(oldest);
    Ok(planning.swap_remove(chosen))
}
