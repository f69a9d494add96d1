//! The machinery of an enumeration: one `vocabulary!` declaration gives the
//! Rust enum, its contract ids, its labels in both languages and the
//! spellings that import, paste and typing accept. Nothing is written twice.

use crate::lang::Lang;
use crate::text::fold;

/// An enumeration of the contract, as every layer sees it.
pub trait Vocabulary: Copy + Eq + 'static + Sized {
    /// The enumeration's name in the schema and in `schema(lang)` ("education").
    const NAME: &'static str;
    /// Every value, in the order reports and dropdowns list them.
    fn all() -> &'static [Self];
    /// The contract's id ("master").
    fn id(self) -> &'static str;
    /// The label shown to a user ("Thạc sĩ", "Master's").
    fn label(self, lang: Lang) -> &'static str;
    /// Folded spellings accepted besides the id and the labels ("ths", "thac sy").
    fn aliases(self) -> &'static [&'static str];
    /// Every id, in order, as a static list (for messages that name them).
    fn id_list() -> &'static [&'static str];

    /// The value whose contract id is `id` (exact, case-sensitive).
    fn from_id(id: &str) -> Option<Self> {
        Self::all().iter().copied().find(|v| v.id() == id)
    }

    /// Every accepted spelling, folded, with the position of its value in
    /// [`Vocabulary::all`]: ids, labels in both languages, aliases. Made once
    /// per enumeration.
    fn spellings() -> &'static [(String, u8)];

    /// Reads text already folded with [`fold`]: the id, a label in either
    /// language or an alias.
    fn from_folded(folded: &str) -> Option<Self> {
        Self::spellings()
            .iter()
            .find(|(s, _)| s == folded)
            .map(|(_, i)| Self::all()[usize::from(*i)])
    }

    /// Reads typed or imported text: [`Vocabulary::from_folded`] of its folding.
    fn from_text(text: &str) -> Option<Self> {
        Self::from_folded(&fold(text.trim()))
    }
}

/// The lazily made spellings of one enumeration.
pub type Spellings = std::sync::OnceLock<Vec<(String, u8)>>;

/// The folded spellings of every value, given as (id, [vi, en], aliases),
/// with the value's position (the first value to claim a spelling keeps it).
pub fn spell_all(values: &[(&str, [&str; 2], &[&str])]) -> Vec<(String, u8)> {
    let mut out: Vec<(String, u8)> = Vec::new();
    for (i, (id, labels, aliases)) in values.iter().enumerate() {
        let i = i as u8;
        let mut add = |s: String| {
            if !out.iter().any(|(x, _)| *x == s) {
                out.push((s, i));
            }
        };
        add(fold(id));
        for label in labels {
            add(fold(label));
        }
        for alias in *aliases {
            add((*alias).to_owned());
        }
    }
    out
}

/// Declares an enumeration: each value with its id, Vietnamese label,
/// English label and extra folded spellings.
///
/// ```ignore
/// vocabulary! {
///     /// Professional education.
///     pub enum Education = "education" {
///         Master = "master", "Thạc sĩ", "Master's", ["ths", "thac sy"];
///     }
/// }
/// ```
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident = $schema:literal {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $id:literal, $vi:literal, $en:literal, [$($alias:literal),* $(,)?];
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in order.
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];

            /// Every id, in order.
            pub const IDS: [&'static str; [$(stringify!($variant)),+].len()] = [$($id),+];

            /// The contract's id.
            pub const fn id(self) -> &'static str {
                match self {
                    $( $name::$variant => $id, )+
                }
            }
        }

        impl $crate::schema::vocabulary::Vocabulary for $name {
            const NAME: &'static str = $schema;

            fn all() -> &'static [Self] {
                &$name::ALL
            }

            fn id(self) -> &'static str {
                $name::id(self)
            }

            fn label(self, lang: $crate::lang::Lang) -> &'static str {
                match self {
                    $( $name::$variant => lang.pick($vi, $en), )+
                }
            }

            fn spellings() -> &'static [(String, u8)] {
                static SPELLINGS: $crate::schema::vocabulary::Spellings = std::sync::OnceLock::new();
                fn make() -> Vec<(String, u8)> {
                    $crate::schema::vocabulary::spell_all(&[
                        $( ($id, [$vi, $en], &[$($alias),*]), )+
                    ])
                }
                // A function pointer: one instantiation of the lazy cell for every enumeration.
                SPELLINGS.get_or_init(make as fn() -> Vec<(String, u8)>)
            }

            fn id_list() -> &'static [&'static str] {
                &$name::IDS
            }

            fn aliases(self) -> &'static [&'static str] {
                match self {
                    $( $name::$variant => &[$($alias),*], )+
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }
    };
}

pub(crate) use vocabulary;
