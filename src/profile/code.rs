//! Rule codes: the finding codes. The first nine are contract v1.

pub const PLANNED_PER_TITLE: &str = "planned-per-title";
pub const TITLES_PER_PERSON: &str = "titles-per-person";
pub const PLANNING_AGE: &str = "planning-age";
pub const PLANNED_NOT_HIGHER: &str = "planned-not-higher";
pub const TITLE_UNPLANNED: &str = "title-unplanned";
pub const YOUNG_SHARE: &str = "young-share";
pub const WOMEN_SHARE: &str = "women-share";
pub const STANDING_SIZE: &str = "standing-size";
pub const INVALID_ROW: &str = "invalid-row";
// Extensions.
pub const ETHNIC_SHARE: &str = "ethnic-share";
pub const WOMEN_PROGRAMME: &str = "women-programme";
pub const STANDING_WOMEN: &str = "standing-women";
pub const AGE_BANDS: &str = "age-bands";
pub const CONGRESS_AGE: &str = "congress-age";
pub const CONGRESS_DEPUTY_SECRETARY: &str = "congress-deputy-secretary";
pub const APPOINTMENT_AGE: &str = "appointment-age";
pub const APPOINTMENT_TENURE: &str = "appointment-tenure";
pub const APPOINTMENT_PLANNED: &str = "appointment-planned";
/// QĐ 377 (PL-13a): planning to a higher title once a khiển trách or
/// cảnh cáo period has ended (and, under QĐ 80, months after the decision).
pub const DISCIPLINE_PLANNING: &str = "discipline-planning";
/// QĐ 377 (PL-13b): months after khiển trách / cảnh cáo / cách chức
/// before appointment or nomination to a higher post.
pub const DISCIPLINE_APPOINTMENT: &str = "discipline-appointment";
/// The former single discipline rule; custom profiles that name it
/// change the appointment rule.
pub const DISCIPLINE_WAIT: &str = "discipline-wait";
pub const RETIREMENT_PASSED: &str = "retirement-passed";
/// A decided retirement date outside the bounds of NĐ 83/2022 (later)
/// or of early retirement (AGE-05).
pub const RETIREMENT_DATE: &str = "retirement-date";
pub const CONGRESS_NOT_CHECKED: &str = "congress-not-checked";
/// A unit formed on or after 01/07/2025 without approved planning (MRG-02).
pub const UNIT_FORMED: &str = "unit-formed";
pub const ROTATION_AGE: &str = "rotation-age";
/// Findings that no rule parameter controls.
pub const INVALID_TITLE: &str = "invalid-title";
pub const REPEATED_TITLE: &str = "repeated-title";
/// An optional value outside its field's values, kept as unknown (issue 16).
pub const INVALID_VALUE: &str = "invalid-value";
pub const PROFILE_NOT_IN_FORCE: &str = "profile-not-in-force";
pub const MISSING_DATA: &str = "missing-data";
