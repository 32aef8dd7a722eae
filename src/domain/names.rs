//! [`Names`]: a small sorted set of strings, for an actor's aliases and roles.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thin_vec::ThinVec;

/// A sorted set of distinct strings: an actor's aliases or roles.
///
/// Most actors of a large corpus have neither (nine in ten, on a synthetic feed of BBC
/// text), and those that have them have one or two: an empty set is one pointer and no
/// allocation, a set of a few names one exactly sized allocation, where a `BTreeSet` takes
/// a node of some 280 bytes for its first name. Lookups and insertions are binary searches
/// (the sets stay small). Serialized as a sorted list, as a `BTreeSet<String>` was.
///
/// ```
/// use actorgraph::Names;
///
/// let mut roles = Names::new();
/// assert!(roles.insert("Secretary of State".to_string()));
/// assert!(roles.insert("Senator".to_string()));
/// assert!(!roles.insert("Senator".to_string()));
/// assert!(roles.contains("Senator"));
/// let listed: Vec<&str> = roles.iter().map(String::as_str).collect();
/// assert_eq!(listed, ["Secretary of State", "Senator"]);
/// ```
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Names(ThinVec<String>);

impl Names {
    /// No name.
    pub fn new() -> Names {
        Names::default()
    }

    /// Adds `name`; false when it was there already.
    pub fn insert(&mut self, mut name: String) -> bool {
        match self.0.binary_search(&name) {
            Ok(_) => false,
            Err(i) => {
                name.shrink_to_fit();
                self.0.reserve_exact(1);
                self.0.insert(i, name);
                true
            }
        }
    }

    /// Removes `name`; false when it was not there.
    pub fn remove(&mut self, name: &str) -> bool {
        match self.0.binary_search_by(|n| n.as_str().cmp(name)) {
            Ok(i) => {
                self.0.remove(i);
                true
            }
            Err(_) => false,
        }
    }

    /// True when `name` is in the set.
    pub fn contains(&self, name: &str) -> bool {
        self.0.binary_search_by(|n| n.as_str().cmp(name)).is_ok()
    }

    /// The number of names.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there is no name.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The names, sorted.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }

    /// The first name in sorted order.
    pub fn first(&self) -> Option<&String> {
        self.0.first()
    }
}

impl Extend<String> for Names {
    fn extend<I: IntoIterator<Item = String>>(&mut self, names: I) {
        for name in names {
            self.insert(name);
        }
    }
}

impl FromIterator<String> for Names {
    fn from_iter<I: IntoIterator<Item = String>>(names: I) -> Names {
        let mut all: Vec<String> = names.into_iter().collect();
        all.sort();
        all.dedup();
        let mut set = ThinVec::with_capacity(all.len());
        set.extend(all.into_iter().map(|mut n| {
            n.shrink_to_fit();
            n
        }));
        Names(set)
    }
}

impl<const N: usize> From<[String; N]> for Names {
    fn from(names: [String; N]) -> Names {
        names.into_iter().collect()
    }
}

impl<'a> IntoIterator for &'a Names {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl IntoIterator for Names {
    type Item = String;
    type IntoIter = thin_vec::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl fmt::Debug for Names {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.0.iter()).finish()
    }
}

impl Serialize for Names {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter())
    }
}

impl<'de> Deserialize<'de> for Names {
    /// A list of strings in any order; repeats count once.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Names, D::Error> {
        Ok(Vec::<String>::deserialize(deserializer)?
            .into_iter()
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sorted_set() {
        let mut names: Names = ["b", "a", "b"].map(String::from).into_iter().collect();
        assert_eq!(names.len(), 2);
        assert!(names.insert("c".into()));
        assert!(!names.insert("a".into()));
        assert!(names.remove("b"));
        assert!(!names.remove("b"));
        assert_eq!(names.iter().collect::<Vec<_>>(), ["a", "c"]);
        assert_eq!(serde_json::to_string(&names).unwrap(), r#"["a","c"]"#);
        let back: Names = serde_json::from_str(r#"["c","a","c"]"#).unwrap();
        assert_eq!(back, names);
        assert_eq!(std::mem::size_of::<Names>(), 8);
        assert!(Names::new().is_empty());
    }
}
