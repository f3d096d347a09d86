//! Towns under the city population cut and lookup-only alternate names, kept as the embedded
//! text itself: both files are sorted by a lower-cased key, so a lookup is a binary search over
//! row offsets and a town's entry is parsed only the first time it is asked for.

use crate::{Meta, PlaceEntry, PlaceKind, Source};
use std::sync::OnceLock;

/// Target of a lookup-only alternate name.
pub(crate) enum Alt<'a> {
    /// A row of `towns.tsv`.
    Town(usize),
    /// A city of `cities.tsv`, by ISO3 and main name.
    City(&'a str, &'a str),
}

pub(crate) struct Towns {
    text: &'static str,
    /// Byte offset of each data row of `towns.tsv`, and of the end of its key.
    rows: Vec<(u32, u32)>,
    /// The keys of `rows`, to answer most absent keys without a binary search.
    row_keys: KeyFilter,
    alts: &'static str,
    alt_rows: Vec<(u32, u32)>,
    alt_keys: KeyFilter,
    cache: Vec<OnceLock<Box<(PlaceEntry, Meta)>>>,
}

/// A Bloom filter of a file's keys (two bits a key, 16 bits a key): `may_hold` is true for
/// every key of the file and for about one other key in seventy.
struct KeyFilter {
    bits: Vec<u64>,
    /// Number of bits minus one (a power of two minus one).
    mask: u64,
}

impl KeyFilter {
    fn new(text: &str, rows: &[(u32, u32)]) -> KeyFilter {
        let nbits = (rows.len() * 16).next_power_of_two().max(64);
        let mut f = KeyFilter {
            bits: vec![0; nbits / 64],
            mask: nbits as u64 - 1,
        };
        for &(s, e) in rows {
            let key = text.as_bytes().get(s as usize..e as usize).unwrap_or(&[]);
            for b in f.positions(key) {
                f.bits[(b / 64) as usize] |= 1 << (b % 64);
            }
        }
        f
    }

    #[inline]
    fn positions(&self, key: &[u8]) -> [u64; 2] {
        let mut h = rustc_hash::FxHasher::default();
        std::hash::Hasher::write(&mut h, key);
        let h = std::hash::Hasher::finish(&h).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        [h >> 40 & self.mask, (h >> 16) & self.mask]
    }

    #[inline]
    fn may_hold(&self, key: &str) -> bool {
        self.positions(key.as_bytes()).iter().all(|&b| {
            self.bits
                .get((b / 64) as usize)
                .is_some_and(|w| w >> (b % 64) & 1 == 1)
        })
    }
}

/// Byte offsets of the non-comment, non-empty lines of `text`, with the end of each key.
fn row_offsets(text: &str) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut at = 0usize;
    for line in text.split_inclusive('\n') {
        if !line.starts_with('#') && !line.trim().is_empty() {
            // bytes, not chars: a tab or a line feed is never inside a UTF-8 sequence
            let key_len = line
                .bytes()
                .position(|b| b == b'\t' || b == b'\n')
                .unwrap_or(line.len());
            out.push((at as u32, (at + key_len) as u32));
        }
        at += line.len();
    }
    out
}

fn line_at(text: &str, at: u32) -> &str {
    let rest = text.get(at as usize..).unwrap_or("");
    rest.split('\n').next().unwrap_or("")
}

/// The range of rows whose key equals `key` (rows sorted by key, byte order).
fn equal_range(text: &str, rows: &[(u32, u32)], key: &str) -> std::ops::Range<usize> {
    let k = |&(s, e): &(u32, u32)| text.as_bytes().get(s as usize..e as usize).unwrap_or(&[]);
    let key = key.as_bytes();
    let lo = rows.partition_point(|r| k(r) < key);
    let hi = lo + rows[lo..].partition_point(|r| k(r) == key);
    lo..hi
}

impl Towns {
    pub(crate) fn new(text: &'static str, alts: &'static str) -> Towns {
        let rows = row_offsets(text);
        let cache = (0..rows.len()).map(|_| OnceLock::new()).collect();
        let alt_rows = row_offsets(alts);
        Towns {
            text,
            row_keys: KeyFilter::new(text, &rows),
            rows,
            alts,
            alt_keys: KeyFilter::new(alts, &alt_rows),
            alt_rows,
            cache,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when some town or alternate name has this lower-cased key.
    pub(crate) fn has(&self, key: &str) -> bool {
        !self.rows_named(key).is_empty() || !self.alt_range(key).is_empty()
    }

    /// The range of `alt_rows` whose key is `key`.
    fn alt_range(&self, key: &str) -> std::ops::Range<usize> {
        if !self.alt_keys.may_hold(key) {
            return 0..0;
        }
        equal_range(self.alts, &self.alt_rows, key)
    }

    /// Rows of towns whose lower-cased name is `key`.
    pub(crate) fn rows_named(&self, key: &str) -> std::ops::Range<usize> {
        if !self.row_keys.may_hold(key) {
            return 0..0;
        }
        equal_range(self.text, &self.rows, key)
    }

    /// Targets of the alternate name `key`.
    pub(crate) fn alts_named(&self, key: &str) -> impl Iterator<Item = Alt<'static>> + '_ {
        let text = self.alts;
        self.alt_range(key).filter_map(move |i| {
            let f: Vec<&'static str> = line_at(text, self.alt_rows[i].0).split('\t').collect();
            match (f.get(1).copied(), f.get(2), f.get(3)) {
                (Some("T"), Some(r), _) => r.trim().parse().ok().map(Alt::Town),
                (Some("C"), Some(iso3), Some(name)) => Some(Alt::City(iso3, name.trim_end())),
                _ => None,
            }
        })
    }

    /// The entry of town row `row` (with gazetteer id `id`), parsed on first use.
    pub(crate) fn get(
        &self,
        row: usize,
        id: u32,
        country_ix: impl Fn(&str) -> Option<u16>,
    ) -> Option<&(PlaceEntry, Meta)> {
        let cell = self.cache.get(row)?;
        let at = self.rows[row].0;
        Some(cell.get_or_init(|| {
            let f: Vec<&str> = line_at(self.text, at).split('\t').collect();
            let field = |i: usize| f.get(i).map(|s| s.trim()).unwrap_or("");
            let num = |i: usize| field(i).parse::<f64>().unwrap_or(0.0);
            let iso3 = field(4);
            let region = field(5);
            Box::new((
                PlaceEntry {
                    id,
                    name: field(1).to_string(),
                    country: (!iso3.is_empty()).then(|| iso3.to_string()),
                    region: (!region.is_empty()).then(|| region.to_string()),
                    lat: num(2),
                    lon: num(3),
                    population: field(6).parse().unwrap_or(0),
                    kind: PlaceKind::City,
                },
                Meta {
                    source: Source::Town,
                    capital: false,
                    country_ix: country_ix(iso3).unwrap_or(u16::MAX),
                },
            ))
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOWNS: &str = "# comment\nalpha\tAlpha\t1.000\t2.000\tAAA\tR1\t1500\nbeta\tBeta\t3.000\t4.000\tBBB\t\t2000\nbeta\tBeta\t5.000\t6.000\tCCC\tR3\t1200\n";
    const ALTS: &str = "# comment\nbetta\tT\t1\nzed\tC\tAAA\tZed City\n";

    #[test]
    fn binary_search_finds_every_namesake() {
        let t = Towns::new(TOWNS, ALTS);
        assert_eq!(t.len(), 3);
        assert_eq!(t.rows_named("beta"), 1..3);
        assert_eq!(t.rows_named("alpha"), 0..1);
        assert!(t.rows_named("gamma").is_empty());
        assert!(t.has("betta") && t.has("zed") && !t.has("zeta"));
        let alts: Vec<_> = t.alts_named("zed").collect();
        assert!(matches!(alts[..], [Alt::City("AAA", "Zed City")]));
        assert!(matches!(t.alts_named("betta").next(), Some(Alt::Town(1))));
    }

    #[test]
    fn key_filter_holds_every_key() {
        let text: String = (0..5000).map(|i| format!("k{i}\tx\n")).collect();
        let rows = row_offsets(&text);
        let f = KeyFilter::new(&text, &rows);
        assert!((0..5000).all(|i| f.may_hold(&format!("k{i}"))));
        let false_hits = (5000..15000)
            .filter(|i| f.may_hold(&format!("k{i}")))
            .count();
        assert!(false_hits < 500, "{false_hits} false hits in 10000");
        let empty = KeyFilter::new("", &[]);
        assert!(!empty.may_hold("k1") && !empty.may_hold(""));
    }

    #[test]
    fn rows_parse_lazily_into_entries() {
        let t = Towns::new(TOWNS, ALTS);
        let (e, m) = t.get(2, 77, |_| Some(5)).expect("row 2");
        assert_eq!((e.id, e.name.as_str(), e.population), (77, "Beta", 1200));
        assert_eq!(e.country.as_deref(), Some("CCC"));
        assert_eq!(e.region.as_deref(), Some("R3"));
        assert_eq!((e.lat, e.lon), (5.0, 6.0));
        assert_eq!((m.source, m.country_ix), (Source::Town, 5));
        let (e1, _) = t.get(1, 76, |_| None).expect("row 1");
        assert_eq!(e1.region, None);
        assert!(t.get(3, 78, |_| None).is_none());
    }
}
