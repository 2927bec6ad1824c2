//! The holders' index of the offices ([`OfficeIndex`]): for each role of a
//! state or organization, its offices' people and dates in one compact run,
//! so that [`Gazetteer::holders`](super::Gazetteer::holders) reads no
//! office's strings but one role's and country's. (A role phrase such as
//! "Rep. Elijah Cummings" looks up the 492 offices of a U.S.
//! representative; as four heap strings each, the scan read over a thousand
//! cold cache lines.)

use super::Office;

/// An office of the index: its holder and days as numbers (`YYYYMMDD`, 0
/// when the office has no first day, `u32::MAX` when it has no last).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Term {
    /// Index of the person in the gazetteer's entities.
    person: usize,
    /// First day as a number.
    from: u32,
    /// Last day as a number.
    to: u32,
}

/// The offices of one role and country.
#[derive(Clone, Copy, Debug)]
struct Group {
    /// [`office_key`] of the role and country.
    key: u64,
    /// An office of the group, whose role and country are the group's.
    first: u32,
    /// The group's terms: `terms[lo..hi]` (and their offices,
    /// `ids[lo..hi]`), in the order of the offices.
    lo: u32,
    /// See `lo`.
    hi: u32,
    /// Whether every date of the group's offices is `YYYY-MM-DD`, so its
    /// terms' numbers compare as the strings do. (The loader checks the
    /// dates; offices made otherwise take the strings' path.)
    numbered: bool,
}

/// The offices grouped by role and country, the groups sorted by a hash of
/// the two (which keeps start-up short; the strings are compared once a
/// lookup, with the group's first office).
#[derive(Debug, Default)]
pub(super) struct OfficeIndex {
    /// The groups, sorted by key.
    groups: Vec<Group>,
    /// The offices' terms, group by group.
    terms: Vec<Term>,
    /// The index of each term's office in the gazetteer's offices.
    ids: Vec<u32>,
}

impl OfficeIndex {
    /// The index of `offices`: their indexes sorted by key, and each run of
    /// one key split by role and country (a run holds one pair unless two
    /// pairs' hashes collide).
    pub(super) fn new(offices: &[Office]) -> OfficeIndex {
        let key = |i: u32| {
            let o = &offices[i as usize];
            office_key(&o.role, &o.country)
        };
        let mut by_key: Vec<(u64, u32)> = (0..offices.len() as u32).map(|i| (key(i), i)).collect();
        by_key.sort_unstable();
        let mut index = OfficeIndex {
            groups: Vec::new(),
            terms: Vec::with_capacity(offices.len()),
            ids: Vec::with_capacity(offices.len()),
        };
        for run in by_key.chunk_by(|a, b| a.0 == b.0) {
            let mut rest: Vec<u32> = run.iter().map(|&(_, i)| i).collect();
            while let Some(&first) = rest.first() {
                let f = &offices[first as usize];
                let (same, other): (Vec<u32>, Vec<u32>) = rest.iter().partition(|&&i| {
                    let o = &offices[i as usize];
                    o.role == f.role && o.country == f.country
                });
                index.push_group(offices, run[0].0, &same);
                rest = other;
            }
        }
        index
    }

    /// Adds the group of `ids` (offices of one role and country, in
    /// order), of key `key`.
    fn push_group(&mut self, offices: &[Office], key: u64, ids: &[u32]) {
        let lo = self.terms.len() as u32;
        let mut numbered = true;
        for &i in ids {
            let o = &offices[i as usize];
            let from = o.from.as_deref().map_or(Some(0), day_number);
            let to = o.to.as_deref().map_or(Some(u32::MAX), day_number);
            numbered &= from.is_some() && to.is_some();
            self.terms.push(Term {
                person: o.person,
                from: from.unwrap_or(0),
                to: to.unwrap_or(u32::MAX),
            });
        }
        self.ids.extend_from_slice(ids);
        self.groups.push(Group {
            key,
            first: ids[0],
            lo,
            hi: self.terms.len() as u32,
            numbered,
        });
    }

    /// The group of `role` and `country`, if any office has them.
    fn group(&self, offices: &[Office], role: &str, country: &str) -> Option<&Group> {
        let key = office_key(role, country);
        let a = self.groups.partition_point(|g| g.key < key);
        self.groups[a..]
            .iter()
            .take_while(|g| g.key == key)
            .find(|g| {
                let o = &offices[g.first as usize];
                o.role == role && o.country == country
            })
    }

    /// Whether an office of `role` for `country` is listed.
    pub(super) fn has(&self, offices: &[Office], role: &str, country: &str) -> bool {
        self.group(offices, role, country).is_some()
    }

    /// People who held `role` for `country` (on `date` when given), each
    /// once, in the order of their first such office in `offices`.
    pub(super) fn holders(
        &self,
        offices: &[Office],
        role: &str,
        country: &str,
        date: Option<&str>,
    ) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        let Some(g) = self.group(offices, role, country) else {
            return out;
        };
        let (lo, hi) = (g.lo as usize, g.hi as usize);
        let mut add = |p: usize| {
            if !out.contains(&p) {
                out.push(p);
            }
        };
        let Some(date) = date else {
            self.terms[lo..hi].iter().for_each(|t| add(t.person));
            return out;
        };
        match QueryDay::of(date).filter(|_| g.numbered) {
            Some(day) => self.terms[lo..hi]
                .iter()
                .filter(|t| day.within(t.from, t.to))
                .for_each(|t| add(t.person)),
            // (A date of another form, or an office's: the strings compared.)
            None => self.ids[lo..hi]
                .iter()
                .map(|&i| &offices[i as usize])
                .filter(|o| o.held_on(date))
                .for_each(|o| add(o.person)),
        }
        out
    }
}

/// A date asked of the index whose first ten bytes are `YYYY-MM-DD`: those
/// as a number (as [`day_number`] makes them), and whether more bytes
/// follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct QueryDay {
    /// The first ten bytes as a number.
    day: u32,
    /// Whether the date is longer than ten bytes.
    longer: bool,
}

impl QueryDay {
    /// The query day of `date`, if it opens with a day `YYYY-MM-DD`.
    fn of(date: &str) -> Option<QueryDay> {
        let day = day_number(date.get(..10)?)?;
        Some(QueryDay {
            day,
            longer: date.len() > 10,
        })
    }

    /// Whether the date is within an office of days `from` to `to` (see
    /// [`Term`]), as [`Office::held_on`] compares the strings: the first
    /// day, ten bytes, is at or before the date when it is at or before
    /// its first ten bytes (equal ones are a prefix); the last day is at or
    /// after the date when it is after its first ten bytes, or equal to
    /// them and the date has no more bytes.
    fn within(self, from: u32, to: u32) -> bool {
        from <= self.day && (self.day < to || self.day == to && !self.longer)
    }
}

/// A day `YYYY-MM-DD` as the number `YYYYMMDD` (which orders days as their
/// strings do: the dashes stand at the same places), or `None` when `d` is
/// not of that form.
fn day_number(d: &str) -> Option<u32> {
    let b: &[u8; 10] = d.as_bytes().try_into().ok()?;
    let mut n = 0u32;
    for (i, &c) in b.iter().enumerate() {
        match (i, c) {
            (4 | 7, b'-') => {}
            (4 | 7, _) => return None,
            (_, b'0'..=b'9') => n = n * 10 + u32::from(c - b'0'),
            _ => return None,
        }
    }
    Some(n)
}

/// The key of an office's role and country in [`OfficeIndex`].
fn office_key(role: &str, country: &str) -> u64 {
    use std::hash::BuildHasher;
    #[cfg(test)]
    if tests::COLLIDE.with(std::cell::Cell::get) {
        // (A key of many pairs, for the tests of hash collisions.)
        return role.len() as u64 % 2;
    }
    rustc_hash::FxBuildHasher.hash_one((role, country))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    thread_local! {
        /// Whether [`office_key`] gives this thread's tests keys that
        /// collide: the parity of the role's length.
        pub(super) static COLLIDE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// An office of person `p` with the dates given ("" for none).
    fn office(p: usize, role: &str, country: &str, from: &str, to: &str) -> Office {
        let day = |d: &str| (!d.is_empty()).then(|| d.to_string());
        Office {
            person: p,
            role: role.to_string(),
            country: country.to_string(),
            from: day(from),
            to: day(to),
        }
    }

    /// [`OfficeIndex::holders`] as a scan of every office compares the
    /// strings.
    pub(in crate::gazetteer) fn holders_by_scan(
        offices: &[Office],
        role: &str,
        country: &str,
        date: Option<&str>,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        for o in offices {
            if o.role == role
                && o.country == country
                && date.is_none_or(|d| o.held_on(d))
                && !out.contains(&o.person)
            {
                out.push(o.person);
            }
        }
        out
    }

    #[test]
    fn day_numbers_order_as_the_strings() {
        assert_eq!(day_number("2016-11-08"), Some(20161108));
        assert_eq!(day_number("0000-00-00"), Some(0));
        for bad in [
            "2016-11-8",
            "2016-11-08 ",
            "2016/11/08",
            "2016-1a-08",
            "",
            "20161108xx",
        ] {
            assert_eq!(day_number(bad), None, "{bad}");
        }
        let days = [
            "1999-12-31",
            "2000-01-01",
            "2000-01-10",
            "2000-10-01",
            "2016-11-08",
        ];
        for a in days {
            for b in days {
                assert_eq!(day_number(a) <= day_number(b), a <= b, "{a} {b}");
            }
        }
    }

    #[test]
    fn holders_agree_with_a_scan_of_the_strings() {
        holders_as_a_scan();
    }

    /// The same with keys that collide (several pairs of role and country
    /// in one run of a key, their offices interleaved, and pairs no office
    /// has whose key some group has).
    #[test]
    fn holders_agree_with_a_scan_when_keys_collide() {
        COLLIDE.with(|c| c.set(true));
        assert_eq!(office_key("senator", "USA"), office_key("judge", "FRA"));
        holders_as_a_scan();
        COLLIDE.with(|c| c.set(false));
    }

    /// [`OfficeIndex::holders`] and [`OfficeIndex::has`] agree with a scan
    /// of the strings on offices of every pair of days and some of other
    /// forms, asked for days of every form.
    fn holders_as_a_scan() {
        let days = [
            "",
            "1999-12-31",
            "2000-01-01",
            "2000-01-02",
            "2016-11-08",
            "2016-11-09",
        ];
        let mut offices = Vec::new();
        let mut p = 0;
        for (k, role) in ["senator", "judge"].into_iter().enumerate() {
            for from in days {
                for to in days.iter().filter(|&&t| t.is_empty() || t >= from) {
                    // (Some people twice, to test the holders' dedupe.)
                    offices.push(office(p % 23, role, ["USA", "org:icj"][k], from, to));
                    p += 1;
                }
            }
        }
        // A group with a date of another form (not from the loader).
        offices.push(office(1, "mayor", "FRA", "2000-01-01", ""));
        offices.push(office(2, "mayor", "FRA", "2000", "2001-01-01"));
        // Offices of three pairs interleaved, after those of the first.
        for (k, from) in days.into_iter().enumerate() {
            for (role, country) in [("senator", "FRA"), ("judge", "USA"), ("senator", "USA")] {
                offices.push(office(30 + k % 4, role, country, from, ""));
            }
        }
        let index = OfficeIndex::new(&offices);
        let mut asked: Vec<Option<&str>> = vec![None];
        asked.extend(days.iter().map(|d| Some(*d)));
        asked.extend(
            [
                "2000-01-01T00:00:00Z",
                "2016-11-08 ",
                "2016-11-0",
                "2016",
                "1999-12-31x",
                "2000-01-1",
                "9999-99-99",
                "0000-00-00",
                "2016/11/08",
                "ZZZ",
                "2016-11-08é",
                "2016-11-0é",
                "2000-01-01\u{0}",
            ]
            .map(Some),
        );
        for (role, country) in [
            ("senator", "USA"),
            ("judge", "org:icj"),
            ("senator", "org:icj"),
            ("mayor", "FRA"),
            ("senator", "FRA"),
            ("judge", "USA"),
            ("judge", "FRA"),
            ("mayor", ""),
            ("", ""),
        ] {
            assert_eq!(
                index.has(&offices, role, country),
                !holders_by_scan(&offices, role, country, None).is_empty()
            );
            for &date in &asked {
                assert_eq!(
                    index.holders(&offices, role, country, date),
                    holders_by_scan(&offices, role, country, date),
                    "{role} {country} {date:?}"
                );
            }
        }
    }
}
