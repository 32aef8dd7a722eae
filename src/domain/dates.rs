//! [`Dates`]: counts per day, kept small for graphs of millions of actors and edges.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thin_vec::ThinVec;

use super::Date;

/// How many statements (of an edge) or mentions (of an actor) fall on each day: the time
/// of the graph. Counts add up when graphs merge, so any order of merging gives the same
/// counts.
///
/// Most actors and edges of a large corpus are seen on one day or a few, and the few that
/// are seen every day are seen on thousands, so the counts are kept compactly: the last day
/// and its count in place (a run of articles in time order adds to it), and the days before
/// it as variable-length (count, gap to the next day) pairs, most of them two bytes, in one
/// exactly sized allocation that a single day does not need (24 bytes in all then, where a
/// vector of (day, count) pairs took 24 and an allocation of 32 to 48). The gap is the
/// difference of the days' `YYYYMMDD` numbers, so reading needs no calendar. A count
/// saturates at `u32::MAX`. Written to JSON as an object from day to count.
///
/// ```
/// use actorgraph::{Date, Dates};
///
/// let day = |s: &str| s.parse::<Date>().unwrap();
/// let mut dates = Dates::new();
/// dates.add(day("2014-07-22"), 2);
/// dates.add(day("2014-07-20"), 1); // out of order: still sorted
/// dates.add(day("2014-07-22"), 1);
/// let days: Vec<_> = dates.iter().map(|(d, n)| (d.to_string(), n)).collect();
/// assert_eq!(days, [("2014-07-20".to_string(), 1), ("2014-07-22".to_string(), 3)]);
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Dates {
    /// The first day's `YYYYMMDD` number (meaningless when empty).
    first: u32,
    /// The last day's `YYYYMMDD` number (meaningless when empty).
    last: u32,
    /// The last day's count; 0 when there is no day at all.
    last_count: u32,
    /// For each day before the last, in time order: its count, then the gap to the next day,
    /// as LEB128 varints. The encoding of a set of counts is unique, so equality is bytewise.
    rest: ThinVec<u8>,
}

/// Appends `value` as an LEB128 varint.
fn put(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Reads an LEB128 varint at `*pos`, advancing it.
fn get(bytes: &[u8], pos: &mut usize) -> u32 {
    let mut value = 0u32;
    let mut shift = 0;
    loop {
        let b = bytes[*pos];
        *pos += 1;
        value |= u32::from(b & 0x7f) << shift;
        if b < 0x80 {
            return value;
        }
        shift += 7;
    }
}

impl Dates {
    /// No day.
    pub fn new() -> Dates {
        Dates::default()
    }

    /// True when no day is counted.
    pub fn is_empty(&self) -> bool {
        self.last_count == 0
    }

    /// The number of days counted.
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    /// Adds `count` on `day`. A day at or after the last costs nothing more than the bytes
    /// it adds; an earlier one rewrites the days (at most one entry per day, so their number
    /// is bounded by the calendar).
    pub fn add(&mut self, day: Date, count: usize) {
        if count == 0 {
            return;
        }
        let count = u32::try_from(count).unwrap_or(u32::MAX);
        let day = day.0;
        if self.is_empty() {
            *self = Dates::single(day, count);
        } else if day == self.last {
            self.last_count = self.last_count.saturating_add(count);
        } else if day > self.last {
            let mut pair = Vec::with_capacity(10);
            put(&mut pair, self.last_count);
            put(&mut pair, day - self.last);
            self.append(&pair);
            self.last = day;
            self.last_count = count;
        } else {
            let mut days = self.pairs();
            match days.binary_search_by(|&(d, _)| d.cmp(&day)) {
                Ok(i) => days[i].1 = days[i].1.saturating_add(count),
                Err(i) => days.insert(i, (day, count)),
            }
            *self = Dates::from_pairs(&days);
        }
    }

    /// Adds every count of `other`.
    pub fn absorb(&mut self, other: &Dates) {
        if other.is_empty() {
            return;
        }
        if self.is_empty() {
            *self = other.clone();
        } else if other.first > self.last {
            // Common when graphs of successive batches of a feed in time order merge.
            let mut bytes = Vec::with_capacity(10 + other.rest.len());
            put(&mut bytes, self.last_count);
            put(&mut bytes, other.first - self.last);
            bytes.extend_from_slice(&other.rest);
            self.append(&bytes);
            self.last = other.last;
            self.last_count = other.last_count;
        } else {
            let (mut a, b) = (self.pairs(), other.pairs());
            let mut merged = Vec::with_capacity(a.len() + b.len());
            let mut j = 0;
            for (day, count) in a.drain(..) {
                while j < b.len() && b[j].0 < day {
                    merged.push(b[j]);
                    j += 1;
                }
                if j < b.len() && b[j].0 == day {
                    merged.push((day, count.saturating_add(b[j].1)));
                    j += 1;
                } else {
                    merged.push((day, count));
                }
            }
            merged.extend_from_slice(&b[j..]);
            *self = Dates::from_pairs(&merged);
        }
    }

    /// The first day counted.
    pub fn first(&self) -> Option<Date> {
        (!self.is_empty()).then_some(Date(self.first))
    }

    /// The last day counted.
    pub fn last(&self) -> Option<Date> {
        (!self.is_empty()).then_some(Date(self.last))
    }

    /// The sum of the counts.
    pub fn total(&self) -> usize {
        self.iter().map(|(_, c)| c).sum()
    }

    /// Each day and its count, in time order.
    pub fn iter(&self) -> impl Iterator<Item = (Date, usize)> + '_ {
        let mut pos = 0;
        let mut day = self.first;
        let mut last_done = self.is_empty();
        std::iter::from_fn(move || {
            if pos < self.rest.len() {
                let count = get(&self.rest, &mut pos);
                let this = day;
                day += get(&self.rest, &mut pos);
                Some((Date(this), count as usize))
            } else if !last_done {
                last_done = true;
                Some((Date(self.last), self.last_count as usize))
            } else {
                None
            }
        })
    }

    /// The counts of the days from `since` to `until`, both included (open when `None`).
    pub fn between(&self, since: Option<Date>, until: Option<Date>) -> Dates {
        let days: Vec<(u32, u32)> = self
            .pairs()
            .into_iter()
            .filter(|&(d, _)| since.is_none_or(|s| d >= s.0) && until.is_none_or(|u| d <= u.0))
            .collect();
        Dates::from_pairs(&days)
    }

    /// Runs of consecutive days, as (first, last) pairs in time order: one GEXF spell each.
    pub fn spans(&self) -> Vec<(Date, Date)> {
        let mut spans: Vec<(Date, Date)> = Vec::new();
        for (day, _) in self.iter() {
            match spans.last_mut() {
                Some((_, last)) if last.days_since_epoch() + 1 == day.days_since_epoch() => {
                    *last = day;
                }
                _ => spans.push((day, day)),
            }
        }
        spans
    }

    /// One day.
    fn single(day: u32, count: u32) -> Dates {
        Dates {
            first: day,
            last: day,
            last_count: count,
            rest: ThinVec::new(),
        }
    }

    /// Appends encoded bytes to `rest`, growing it exactly (no spare capacity is kept: a
    /// million actors' spare bytes would outweigh the time of the reallocations).
    fn append(&mut self, bytes: &[u8]) {
        self.rest.reserve_exact(bytes.len());
        self.rest.extend_from_slice(bytes);
    }

    /// The (day number, count) pairs, in time order.
    fn pairs(&self) -> Vec<(u32, u32)> {
        self.iter().map(|(d, c)| (d.0, c as u32)).collect()
    }

    /// The counts of sorted, distinct (day number, count > 0) pairs.
    fn from_pairs(days: &[(u32, u32)]) -> Dates {
        let Some((&(last, last_count), before)) = days.split_last() else {
            return Dates::new();
        };
        let mut bytes = Vec::with_capacity(before.len() * 3);
        for (i, &(day, count)) in before.iter().enumerate() {
            put(&mut bytes, count);
            put(&mut bytes, days[i + 1].0 - day);
        }
        let mut rest = ThinVec::with_capacity(bytes.len());
        rest.extend_from_slice(&bytes);
        Dates {
            first: days[0].0,
            last,
            last_count,
            rest,
        }
    }
}

impl fmt::Debug for Dates {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl Serialize for Dates {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Dates {
    /// An object from day to count, in any order; a day given twice adds up.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Dates, D::Error> {
        struct Days;
        impl<'de> serde::de::Visitor<'de> for Days {
            type Value = Dates;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object from day (YYYY-MM-DD) to count")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Dates, A::Error> {
                let mut days: Vec<(u32, u32)> = Vec::new();
                while let Some((day, count)) = map.next_entry::<Date, usize>()? {
                    if count > 0 {
                        days.push((day.0, u32::try_from(count).unwrap_or(u32::MAX)));
                    }
                }
                // Sorted once, then equal days added: linear after the sort, where adding
                // them one by one out of order would rewrite the days each time.
                days.sort_by_key(|&(d, _)| d);
                let mut merged: Vec<(u32, u32)> = Vec::with_capacity(days.len());
                for (day, count) in days {
                    match merged.last_mut() {
                        Some((d, c)) if *d == day => *c = c.saturating_add(count),
                        _ => merged.push((day, count)),
                    }
                }
                Ok(Dates::from_pairs(&merged))
            }
        }
        deserializer.deserialize_map(Days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn listed(d: &Dates) -> Vec<(String, usize)> {
        d.iter().map(|(d, n)| (d.to_string(), n)).collect()
    }

    /// Whatever order the days come in, the counts are the same, and so are the bytes.
    #[test]
    fn any_order_gives_the_same_counts() {
        let days = [
            ("2014-07-22", 2),
            ("2013-12-31", 1),
            ("2014-07-22", 1),
            ("2014-01-01", 300),
            ("2020-02-29", 1),
            ("2014-07-21", 5),
        ];
        let mut forward = Dates::new();
        for (d, n) in days {
            forward.add(day(d), n);
        }
        let mut backward = Dates::new();
        for (d, n) in days.iter().rev() {
            backward.add(day(d), *n);
        }
        let want = [
            ("2013-12-31", 1),
            ("2014-01-01", 300),
            ("2014-07-21", 5),
            ("2014-07-22", 3),
            ("2020-02-29", 1),
        ]
        .map(|(d, n)| (d.to_string(), n));
        assert_eq!(listed(&forward), want);
        assert_eq!(forward, backward);
        assert_eq!(forward.total(), 310);
        assert_eq!(forward.len(), 5);
        assert_eq!(forward.first(), Some(day("2013-12-31")));
        assert_eq!(forward.last(), Some(day("2020-02-29")));
    }

    /// Merging is the union with counts added, in either order and whether the other's
    /// days come after, before or among one's own.
    #[test]
    fn absorb_adds_in_any_order() {
        let mk = |days: &[(&str, usize)]| {
            let mut d = Dates::new();
            for &(s, n) in days {
                d.add(day(s), n);
            }
            d
        };
        let a = mk(&[("2014-01-01", 1), ("2014-01-05", 2)]);
        let later = mk(&[("2014-01-06", 3), ("2015-01-01", 4)]);
        let among = mk(&[("2013-01-01", 1), ("2014-01-05", 1), ("2014-01-07", 1)]);
        for b in [&later, &among, &Dates::new()] {
            let mut ab = a.clone();
            ab.absorb(b);
            let mut ba = b.clone();
            ba.absorb(&a);
            assert_eq!(ab, ba);
            assert_eq!(ab.total(), a.total() + b.total());
            let mut added = a.clone();
            for (d, n) in b.iter() {
                added.add(d, n);
            }
            assert_eq!(ab, added);
        }
    }

    #[test]
    fn counts_saturate_and_zero_adds_nothing() {
        let mut d = Dates::new();
        d.add(day("2014-07-22"), 0);
        assert!(d.is_empty());
        assert_eq!(d.first(), None);
        d.add(day("2014-07-22"), u32::MAX as usize);
        d.add(day("2014-07-22"), 5);
        assert_eq!(d.total(), u32::MAX as usize);
    }

    #[test]
    fn between_and_spans() {
        let mut d = Dates::new();
        for s in ["2014-02-27", "2014-02-28", "2014-03-01", "2014-03-03"] {
            d.add(day(s), 1);
        }
        let spans: Vec<_> = d
            .spans()
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(
            spans,
            [("2014-02-27", "2014-03-01"), ("2014-03-03", "2014-03-03")]
                .map(|(a, b)| (a.to_string(), b.to_string()))
        );
        let mid = d.between(Some(day("2014-02-28")), Some(day("2014-03-01")));
        assert_eq!(mid.len(), 2);
        assert!(
            d.between(Some(day("2014-03-02")), Some(day("2014-03-01")))
                .is_empty()
        );
        assert_eq!(d.between(None, None), d);
    }

    #[test]
    fn json_is_a_map_from_day_to_count() {
        let mut d = Dates::new();
        d.add(day("2014-07-22"), 2);
        d.add(day("2014-07-20"), 1);
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(json, r#"{"2014-07-20":1,"2014-07-22":2}"#);
        let back: Dates =
            serde_json::from_str(r#"{"2014-07-22":1,"2014-07-20":1,"2014-07-22":1}"#).unwrap();
        assert_eq!(back, d);
    }

    /// A day a year for ten years costs two or three bytes a day.
    #[test]
    fn many_days_are_a_few_bytes_each() {
        let mut d = Dates::new();
        for year in 2000..2010 {
            for month in 1..=12 {
                d.add(Date::new(year, month, 15).unwrap(), 1);
            }
        }
        assert_eq!(d.len(), 120);
        assert!(d.rest.len() <= 119 * 3, "{} bytes", d.rest.len());
        assert_eq!(std::mem::size_of::<Dates>(), 24);
    }
}
