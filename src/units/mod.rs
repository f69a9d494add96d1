//! Many units in one dataset — a city and its wards, a province
//! and its communes — each checked on its own and rolled up by level.
//!
//! A dataset with `units: [{ id, name, level, parent? }]` names the unit of
//! each title (`titles[].unit`, required) and may name the unit of each
//! person (`people[].unit`; without it, the unit of their first current
//! title). Without `units` a dataset is one unit, exactly as in contract v1,
//! and nothing here runs.
//!
//! This module reads the `units` rows ([`read_units`]), resolves unit ids
//! for titles and people ([`UnitIds`]), computes each unit's and each
//! level's groups and cohorts ([`rollup`]) and checks the rules that apply
//! per unit and per level ([`rules`]).

pub mod read;
pub mod rollup;
pub mod rules;

pub use read::*;
pub use rollup::{roll_up, LevelReport, Rollup, UnitReport};
