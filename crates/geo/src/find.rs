//! Finding and resolving place names in a normalised article.

use crate::{Gazetteer, Source};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;

/// What the caller knows about the article.
#[derive(Debug, Clone, Default)]
pub struct GeoContext {
    /// ISO3 codes of the countries the article is about (from actors, demonyms), with weights
    /// (1.0 = certain).
    pub focus_countries: Vec<(String, f32)>,
    /// Byte spans that are not places (people's names found by the caller).
    pub exclude: Vec<(usize, usize)>,
}

/// A place name found in the text: byte span, gazetteer id, the rule that accepted it and a
/// confidence in 0..=1.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMatch {
    pub start: usize,
    pub end: usize,
    pub id: u32,
    pub rule: &'static str,
    pub confidence: f32,
}

/// Prepositions (and verbs) that announce a place.
const PREPS: &[&str] = &[
    "in",
    "at",
    "to",
    "from",
    "near",
    "outside",
    "into",
    "across",
    "toward",
    "towards",
    "via",
    "around",
    "through",
    "throughout",
    "within",
    "inside",
    "between",
    "visit",
    "visited",
    "visiting",
    "visits",
    "of",
    "over",
    "off",
    "beyond",
    "entered",
    "leaving",
    "left",
    "reached",
    "arrived",
    "landed",
    "bombed",
    "shelled",
    "struck",
    "hit",
    "captured",
    "seized",
    "attacked",
    "liberated",
    "besieged",
    "occupied",
];
/// Words that may sit between a preposition and a place: "in the east of", "in eastern Ukraine".
const SKIPPABLE: &[&str] = &[
    "the",
    "eastern",
    "western",
    "northern",
    "southern",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "downtown",
    "occupied",
    "besieged",
    "war-torn",
    "neighbouring",
    "neighboring",
    "nearby",
    "both",
];
/// Capitalised words that are not names (sentence openers, determiners, pronouns).
const FUNCTION_CAPS: &[&str] = &[
    "The",
    "A",
    "An",
    "But",
    "And",
    "Or",
    "Nor",
    "In",
    "On",
    "At",
    "To",
    "From",
    "Of",
    "For",
    "With",
    "By",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "Since",
    "If",
    "Yet",
    "So",
    "Both",
    "Meanwhile",
    "Also",
    "Then",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Last",
    "Next",
    "This",
    "That",
    "These",
    "Those",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "We",
    "I",
    "He",
    "She",
    "They",
    "It",
    "Unlike",
    "Like",
    "Across",
    "Inside",
    "Outside",
    "Near",
    "Beyond",
    "Throughout",
    "Within",
    "Between",
    "Despite",
    "Although",
    "Though",
    "Because",
    "Amongst",
    "Where",
    "Why",
    "How",
    "What",
    "Which",
    "Who",
    "Whether",
    "Under",
    "Over",
    "All",
    "Some",
    "Many",
    "Most",
    "Several",
    "Each",
    "Every",
    "No",
    "Not",
    "Only",
    "Even",
    "Here",
    "There",
    "Now",
    "However",
    "Moreover",
    "Furthermore",
    "Instead",
    "Still",
    "Thus",
    "Dear",
    "Welcome",
    "Thank",
    "Please",
    "Via",
    "Toward",
    "Towards",
    "Against",
    "During",
    "Until",
    "Upon",
    "About",
    "Around",
    "Without",
    "Among",
    "Amid",
    "Into",
    "Onto",
    "Through",
    "Per",
    "Than",
    "Once",
    "Earlier",
    "Later",
    "Again",
    "Already",
    "Separately",
    "Together",
    "Following",
    "Including",
    "Regarding",
    "According",
    "Elsewhere",
    "Overall",
    "Indeed",
    "Let",
    "May",
    "Will",
    "Should",
    "Would",
    "Could",
    "Must",
    "Can",
    "Did",
    "Does",
    "Do",
    "Is",
    "Are",
    "Was",
    "Were",
    "Has",
    "Have",
    "Had",
    "Be",
    "Being",
    "Been",
    "Mr",
    "Mrs",
    "Ms",
];
/// Titles: a place name right after one of these is a person's name ("Secretary Austin").
const TITLES: &[&str] = &[
    "President",
    "Secretary",
    "Minister",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Governor",
    "Gov.",
    "Mayor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "General",
    "Gen.",
    "Admiral",
    "Adm.",
    "Colonel",
    "Col.",
    "Lt.",
    "Sgt.",
    "Captain",
    "Capt.",
    "Judge",
    "Justice",
    "Chancellor",
    "Premier",
    "Speaker",
    "Ambassador",
    "Amb.",
    "Envoy",
    "Commissioner",
    "Pope",
    "Sheikh",
    "Emir",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Prof.",
    "Professor",
    "Sir",
    "Lord",
    "Lady",
    "Chairman",
    "Chair",
    "Director",
    "Coach",
    "Father",
    "Bishop",
    "Rabbi",
    "Imam",
    "Officer",
    "Deputy",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Leader",
    "Saint",
    "St.",
];
/// Capitalised words that may follow a place without making it part of another name.
const PLACE_SUFFIXES: &[&str] = &[
    "Region",
    "Oblast",
    "Province",
    "Governorate",
    "State",
    "County",
    "District",
    "Prefecture",
    "Governor",
    "Gov.",
    "Mayor",
    "Police",
    "Airport",
    "Port",
    "Harbor",
    "Harbour",
    "City",
    "Municipality",
    "Council",
    "Parliament",
    "Government",
    "Ministry",
    "Minister",
    "President",
    "Prime",
    "Foreign",
    "Defense",
    "Defence",
    "Interior",
    "Secretary",
    "Chancellor",
    "Station",
    "Island",
    "Islands",
    "Valley",
    "Peninsula",
    "Area",
    "Strip",
    "Embassy",
    "Consulate",
    "Accord",
    "Accords",
    "Summit",
    "Talks",
    "Process",
    "Office",
    "Authorities",
    "Officials",
    "Army",
];
/// Names that are common first or last names as well as places.
const PERSONISH: &[&str] = &[
    "chad",
    "jordan",
    "georgia",
    "israel",
    "india",
    "victoria",
    "florence",
    "austin",
    "chelsea",
    "lincoln",
    "jackson",
    "madison",
    "houston",
    "dallas",
    "tyler",
    "eugene",
    "marion",
    "charlotte",
    "santiago",
    "sofia",
    "alexandria",
    "orlando",
    "paris",
    "sydney",
    "hamilton",
    "washington",
    "clinton",
    "franklin",
    "warren",
    "troy",
    "kent",
    "regina",
    "savannah",
    "phoenix",
    "denver",
    "cleveland",
    "vernon",
    "sherman",
    "carson",
    "jefferson",
    "kingston",
    "camden",
    "douglas",
    "murray",
    "wallace",
    "preston",
    "bradford",
    "chester",
    "shelby",
    "lorain",
    "lafayette",
    "beverly",
    "aurora",
    "abilene",
    "eden",
    "adelaide",
    "elizabeth",
    "ramsey",
    "monroe",
    "milton",
    "burlington",
    "columbus",
    "cambridge",
    "bolton",
    "hastings",
    "winston",
    "salem",
    "mercedes",
    "dolores",
    "guadalupe",
    "trinidad",
    "concepcion",
    "rosario",
    "marcos",
    "lucia",
    "santa",
    "jose",
    "juan",
    "pedro",
    "carlos",
    "mateo",
    "isabela",
    "bruce",
    "nelson",
    "ross",
    "glen",
    "kirk",
    "dale",
    "logan",
    "mesa",
    "homer",
    "darwin",
    "newton",
    "marshall",
    "nobel",
    "ruth",
    "wanda",
    "rochester",
    "kimberley",
    "kimberly",
    "lawrence",
    "norman",
    "dennis",
    "brooks",
    "lowell",
    "laval",
    "leon",
    "leoben",
    "york",
    "ali",
    "hassan",
    "omar",
    "ahmed",
    "mohammed",
    "muhammad",
    "karim",
    "rahim",
    "salman",
    "hamid",
    "aziz",
];
/// Capitalised modifiers that are not first names ("Eastern Ukraine", "Greater London").
const DIRECTIONS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Greater",
    "Upper",
    "Lower",
    "Old",
    "New",
    "Occupied",
    "Inner",
    "Outer",
    "Southeast",
    "Northeast",
    "Southwest",
    "Northwest",
    "Downtown",
    "Metropolitan",
    "Rural",
    "Coastal",
];

/// A constant word list as a hashed set, built on first use (the lists are long enough that a
/// linear scan per word shows in profiles).
struct WordSet {
    list: &'static [&'static str],
    set: std::sync::OnceLock<HashSet<&'static str>>,
}

impl WordSet {
    const fn new(list: &'static [&'static str]) -> WordSet {
        WordSet {
            list,
            set: std::sync::OnceLock::new(),
        }
    }

    fn contains(&self, w: &str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(w)
    }
}

static FUNCTION_CAPS_SET: WordSet = WordSet::new(FUNCTION_CAPS);
static DIRECTIONS_SET: WordSet = WordSet::new(DIRECTIONS);
static TITLES_SET: WordSet = WordSet::new(TITLES);
static PERSONISH_SET: WordSet = WordSet::new(PERSONISH);
static PREPS_SET: WordSet = WordSet::new(PREPS);
static PLACE_SUFFIXES_SET: WordSet = WordSet::new(PLACE_SUFFIXES);

struct Hit<'g> {
    start: usize,
    end: usize,
    /// Dictionary pattern index; for lookup-only names a key past the patterns.
    pat: usize,
    /// Candidate entries, best prior first (flag: the name is the entry's main name).
    cands: Cow<'g, [(u32, bool)]>,
    kind: HitKind,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum HitKind {
    /// A dictionary name matched as written.
    Name,
    /// An all-capitals place at the head of a line ("BEIRUT (Reuters) -").
    Dateline,
    /// A lookup-only name (a town or a minor alternate) in a supported position.
    Town,
}

/// Prepositions strong enough to support a town nobody would otherwise match.
const TOWN_PREPS: &[&str] = &[
    "in", "at", "near", "outside", "into", "to", "from", "toward", "towards", "via", "inside",
    "around",
];
/// Nouns that announce a place name after "of": "the town of Anka", "the village of X".
const PLACE_NOUNS: &[&str] = &[
    "town",
    "village",
    "city",
    "district",
    "province",
    "region",
    "island",
    "islands",
    "port",
    "area",
    "municipality",
    "county",
    "suburb",
    "settlement",
    "camp",
    "commune",
    "hamlet",
    "neighbourhood",
    "neighborhood",
    "outskirts",
    "governorate",
    "state",
    "capital",
];
/// Nouns after a name that make it a place: "the Poonch sector", "Kupiansk district".
const PLACE_HEADS: &[&str] = &[
    "sector",
    "district",
    "region",
    "province",
    "area",
    "village",
    "town",
    "island",
    "port",
    "border",
    "crossing",
    "camp",
    "governorate",
    "county",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tok<'a> {
    None,
    Word(&'a str),
}

/// The static prior of an entry: how likely a bare mention of its name means this place.
pub(crate) fn prior(g: &Gazetteer, id: u32) -> f32 {
    let (e, m) = (g.entry(id), g.meta_of(id));
    let pop = e.population as f32;
    match m.source {
        Source::Country | Source::Venue => 6.0,
        Source::Area => 5.5,
        Source::Admin1 => 2.5 + 0.4 * (pop.max(1e4) / 1e6).log10(),
        Source::City => {
            1.0 + 1.5 * (pop.max(15000.0) / 15000.0).log10() + if m.capital { 1.0 } else { 0.0 }
        }
        Source::Town => 0.5 * (pop.max(1000.0) / 1000.0).log10() - 0.5,
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

fn char_after(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// An ASCII byte of a word as [`prev_word`] and [`next_word`] read words: a letter, a digit,
/// `.`, `-` or `'`.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'\'')
}

/// The word just before byte `i`, separated by spaces only (None when punctuation intervenes).
fn prev_word(text: &str, i: usize) -> (Tok<'_>, usize) {
    let head = &text[..i];
    let trimmed = head.trim_end_matches(' ');
    if trimmed.len() == head.len() && !head.is_empty() {
        // no space: e.g. hyphen or quote directly before
        return (Tok::None, i);
    }
    let end = trimmed.len();
    // ASCII bytes are chars: walk them; a multi-byte char sends the word to the char walk
    let bytes = trimmed.as_bytes();
    let mut start = end;
    while start > 0 && is_word_byte(bytes[start - 1]) {
        start -= 1;
    }
    if start > 0 && !bytes[start - 1].is_ascii() {
        start = trimmed
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '.' || c == '-' || c == '\'')
            .last()
            .map(|(p, _)| p)
            .unwrap_or(end);
    }
    if start == end {
        return (Tok::None, end);
    }
    (Tok::Word(&text[start..end]), start)
}

/// The word just after byte `i` (spaces only between), skipping a possessive "'s".
fn next_word(text: &str, i: usize) -> Tok<'_> {
    let mut rest = &text[i..];
    if rest.starts_with("'s") || rest.starts_with("s'") {
        return Tok::None;
    }
    let t = rest.trim_start_matches(' ');
    if t.len() == rest.len() {
        return Tok::None;
    }
    rest = t;
    let bytes = rest.as_bytes();
    let mut end = 0;
    while end < bytes.len() && is_word_byte(bytes[end]) {
        end += 1;
    }
    if end < bytes.len() && !bytes[end].is_ascii() {
        end = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '-' || c == '\''))
            .map(|(p, _)| p)
            .unwrap_or(rest.len());
    }
    if end == 0 {
        return Tok::None;
    }
    let w = rest[..end].trim_end_matches('.');
    Tok::Word(w)
}

/// True when byte `i` starts a sentence (text start, after a line break or . ! ? : ;).
fn sentence_start(text: &str, i: usize) -> bool {
    let head = text[..i].trim_end_matches([' ', '"', '\'', '(', '[']);
    match head.chars().next_back() {
        None => true,
        Some('\n') | Some('!') | Some('?') | Some(':') | Some(';') => true,
        Some('.') => {
            // "U.S. troops", "Mr. Jordan": an abbreviation, not a full stop.
            let w = head
                .rsplit([' ', '\n'])
                .next()
                .unwrap_or("")
                .trim_end_matches('.');
            !(w.contains('.') || matches!(w, "Mr" | "Mrs" | "Ms" | "Dr" | "St" | "Gen" | "Gov"))
        }
        _ => false,
    }
}

/// "Gov. Brian Kemp of Georgia", "Georgia Gov.": a state-level title in the few words before.
fn state_title_before(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let window = &text[from..start];
    [
        "Gov.",
        "Governor ",
        "Lt. Gov.",
        "state Sen.",
        "state Rep.",
        "statehouse",
        "State Senate",
    ]
    .iter()
    .any(|t| window.contains(t))
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

fn is_allcaps(w: &str) -> bool {
    if w.is_ascii() {
        // (the same test on bytes: ASCII letters are the ASCII chars alphabetic or lower case)
        let b = w.as_bytes();
        return b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2
            && !b.iter().any(u8::is_ascii_lowercase);
    }
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_lowercase())
}

/// Does a capitalised neighbour look like part of a person's or an organisation's name?
fn name_like(w: &str) -> bool {
    // (`trim_end_matches("'s")` without building a substring searcher)
    let mut core = w;
    while let Some(c) = core.strip_suffix("'s") {
        core = c;
    }
    let core = core.trim_end_matches('\'');
    if !is_cap(core) || is_allcaps(core) {
        return false;
    }
    // "Russian-occupied", "Iran-backed"
    if let Some((_, after)) = core.split_once('-') {
        if after.chars().next().is_some_and(|c| c.is_lowercase()) {
            return false;
        }
    }
    if core.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    !FUNCTION_CAPS_SET.contains(core) && !DIRECTIONS_SET.contains(core)
}

/// Weights of an article's countries and regions: a short list searched in order while it
/// is short (most articles name few: no hashing), a hash map past [`Weights::LIST_MAX`]
/// entries (so that a long list of places costs no more than it did).
struct Weights<K> {
    list: Vec<(K, f32)>,
    map: Option<HashMap<K, f32>>,
}

impl<K: PartialEq + Eq + std::hash::Hash + Copy> Weights<K> {
    const LIST_MAX: usize = 16;

    fn new() -> Self {
        Weights {
            list: Vec::new(),
            map: None,
        }
    }

    /// The weight of `k` (0 when it has none).
    fn get(&self, k: &K) -> f32 {
        match &self.map {
            Some(m) => m.get(k).copied().unwrap_or(0.0),
            None => self
                .list
                .iter()
                .find(|(x, _)| x == k)
                .map_or(0.0, |&(_, v)| v),
        }
    }

    /// The weight of `k`, added at 0 when it has none.
    fn entry(&mut self, k: K) -> &mut f32 {
        if self.map.is_none() && self.list.len() >= Self::LIST_MAX {
            self.map = Some(self.list.drain(..).collect());
        }
        if let Some(m) = &mut self.map {
            return m.entry(k).or_insert(0.0);
        }
        let i = match self.list.iter().position(|(x, _)| *x == k) {
            Some(i) => i,
            None => {
                self.list.push((k, 0.0));
                self.list.len() - 1
            }
        };
        &mut self.list[i].1
    }

    /// The sum of the weights (whole numbers for evidence: exact in any order).
    fn total(&self) -> f32 {
        match &self.map {
            Some(m) => m.values().sum(),
            None => self.list.iter().map(|&(_, v)| v).sum(),
        }
    }
}

struct Ctx<'g> {
    g: &'g Gazetteer,
    focus: Weights<u16>,
    country_ev: Weights<u16>,
    region_ev: Weights<(u16, &'g str)>,
    /// What each pattern contributed itself (a mention is no evidence for itself).
    own_country_ev: Weights<(u16, usize)>,
    own_region_ev: Weights<(u16, &'g str, usize)>,
    total_ev: f32,
    /// Coordinates of the article's unambiguous places (cities, regions, areas, the dateline),
    /// with the pattern that named them and a weight (the dateline counts double).
    anchors: Vec<(f64, f64, usize, f32)>,
    /// Country of the dateline place, when the article has one.
    dateline_country: Option<u16>,
}

impl Ctx<'_> {
    /// Distance in km from entry `id` to the nearest anchor named by another pattern.
    fn nearest_anchor_km(&self, id: u32, pat: usize) -> Option<f64> {
        let (e, m) = (self.g.entry(id), self.g.meta_of(id));
        if !matches!(m.source, Source::City | Source::Town | Source::Admin1) {
            return None;
        }
        self.anchors
            .iter()
            .filter(|a| a.2 != pat)
            .map(|&(lat, lon, _, _)| km(e.lat, e.lon, lat, lon))
            .min_by(f64::total_cmp)
    }

    /// How strongly the article's unambiguous places surround entry `id`: each anchor named by
    /// another pattern adds its weight times 1 (within 150 km), 0.5 (400 km) or 0.2 (1,000 km).
    fn proximity(&self, id: u32, pat: usize) -> f32 {
        let (e, m) = (self.g.entry(id), self.g.meta_of(id));
        if !matches!(m.source, Source::City | Source::Town | Source::Admin1) {
            return 0.0;
        }
        self.anchors
            .iter()
            .filter(|a| a.2 != pat)
            // more than 9 degrees of latitude apart is more than 1,000 km
            .filter(|a| (a.0 - e.lat).abs() < 9.0)
            .map(|&(lat, lon, _, w)| {
                let d = km(e.lat, e.lon, lat, lon);
                w * if d < 150.0 {
                    1.0
                } else if d < 400.0 {
                    0.5
                } else if d < 1000.0 {
                    0.2
                } else {
                    0.0
                }
            })
            .sum()
    }
    fn focus(&self, cix: u16) -> f32 {
        self.focus.get(&cix)
    }
    fn ev(&self, cix: u16, pat: usize) -> f32 {
        self.country_ev.get(&cix) - self.own_country_ev.get(&(cix, pat))
    }
    fn region_ev(&self, id: u32, pat: usize) -> f32 {
        let (e, m) = (self.g.entry(id), self.g.meta_of(id));
        match (&e.region, m.source) {
            (Some(r), Source::City | Source::Admin1) => {
                let k = (m.country_ix, r.as_str());
                self.region_ev.get(&k) - self.own_region_ev.get(&(k.0, k.1, pat))
            }
            _ => 0.0,
        }
    }
}

/// Distance in km, equirectangular approximation (good to a few percent under 1,000 km, which
/// is all the proximity rule asks; longitudes wrap).
fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let mut dl = (lon2 - lon1).abs();
    if dl > 180.0 {
        dl = 360.0 - dl;
    }
    let x = dl.to_radians() * ((lat1 + lat2) / 2.0).to_radians().cos();
    let y = (lat2 - lat1).to_radians();
    6371.0 * (x * x + y * y).sqrt()
}

/// A stable key for a lookup-only name, past the dictionary's pattern indexes.
fn extra_key(g: &Gazetteer, keys: &mut HashMap<String, usize>, lower: &str) -> usize {
    let n = g.patterns.len() + keys.len();
    *keys.entry(lower.to_string()).or_insert(n)
}

/// All-capitals place names heading a line, as wire datelines write them: "BEIRUT (Reuters) -",
/// "SRINAGAR, India --", "MEXICO CITY, May 3 -", "DUBAI/JERUSALEM, June 13 -" (each name of a
/// joint dateline). Spans cover the names only.
pub(crate) fn datelines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0usize;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let lead = line.len() - line.trim_start().len();
        let body = &line[lead..];
        // the name: capital letters, spaces, hyphens, apostrophes and dots, up to 4 words
        let end = body
            .char_indices()
            .find(|&(_, c)| !(c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '.' | '/')))
            .map(|(p, _)| p)
            .unwrap_or(body.len());
        let name = body[..end].trim_end_matches([' ', '-', '.']);
        let letters = name.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 3 || name.split(' ').count() > 4 || name.contains("  ") {
            continue;
        }
        let rest = body[name.len()..].trim_start_matches(' ');
        let cue = rest.starts_with(',')
            || rest.starts_with('(')
            || rest.starts_with('-')
            || rest.starts_with('\u{2014}')
            || rest.starts_with('\u{2013}');
        if !cue {
            continue;
        }
        let mut s = start + lead;
        for part in name.split('/') {
            let trimmed = part.trim_matches(' ');
            let skip = part.len() - part.trim_start_matches(' ').len();
            if trimmed.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
                out.push((s + skip, s + skip + trimmed.len()));
            }
            s += part.len() + 1;
        }
    }
    out
}

/// Does the text before `start` (or after `end`) announce a place strongly enough for a town:
/// "in", "near the", "to", "the town of", "the Poonch sector"?
fn has_town_cue(text: &str, start: usize, end: usize) -> bool {
    let mut i = start;
    for k in 0..3 {
        let (t, s) = prev_word(text, i);
        let Tok::Word(w) = t else { break };
        let lw = lower(w);
        if TOWN_PREPS.contains(&lw.as_ref()) {
            return true;
        }
        if lw == "of" && k == 0 {
            if let Tok::Word(n) = prev_word(text, s).0 {
                if PLACE_NOUNS.contains(&lower(n).as_ref()) {
                    return true;
                }
            }
            break;
        }
        if !SKIPPABLE.contains(&lw.as_ref()) {
            break;
        }
        i = s;
    }
    matches!(next_word(text, end), Tok::Word(w) if PLACE_HEADS.contains(&w))
}

/// The first byte at or after `from` that is an ASCII capital or not ASCII (whole 8-byte
/// words without one skipped a word at a time, see [`has_capital_or_non_ascii`]).
fn next_capital_or_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    let wanted = |b: u8| !b.is_ascii() || b.is_ascii_uppercase();
    let mut i = from;
    while let Some(word) = bytes.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(word);
        if has_capital_or_non_ascii(u64::from_le_bytes(w)) {
            break;
        }
        i += 8;
    }
    bytes
        .get(i..)?
        .iter()
        .position(|&b| wanted(b))
        .map(|p| i + p)
}

/// Whether some byte of the 8 bytes `x` is an ASCII capital or not ASCII: the high bit of
/// each byte's low seven bits plus 0x3f (0x80 - 'A') is set from 'A' up, that of plus 0x25
/// (0x80 - '[') from '[' up; no carry crosses a byte (a low seven bits' sum is below 0x100).
#[inline]
fn has_capital_or_non_ascii(x: u64) -> bool {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = x & LOW7;
    let from_a = low + ONES * 0x3f;
    let from_bracket = low + ONES * 0x25;
    (x | (from_a & !from_bracket)) & HIGH != 0
}

/// The end of the word of a name starting at byte `from`: the first char that is no letter,
/// digit, `'` or `-` (ASCII bytes tested as bytes).
fn name_word_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii() {
            return text[i..]
                .char_indices()
                .find(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '-'))
                .map_or(text.len(), |(p, _)| i + p);
        }
        if !(b.is_ascii_alphanumeric() || b == b'\'' || b == b'-') {
            return i;
        }
        i += 1;
    }
    text.len()
}

/// Capitalised names (1-3 words) outside every dictionary hit, in a position that supports a
/// town: after a place preposition, after "the town of", before ", Country" or "sector".
fn town_candidates(
    g: &Gazetteer,
    text: &str,
    groups: &[Vec<Hit>],
    extra: &[Hit],
) -> Vec<(usize, usize)> {
    let covered = |s: usize, e: usize| {
        groups.iter().any(|gr| gr[0].start < e && s < gr[0].end)
            || extra.iter().any(|h| h.start < e && s < h.end)
    };
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut key = String::new();
    let mut i = 0usize;
    while i < bytes.len() {
        // an ASCII byte that is no capital letter starts no name (the common case)
        match next_capital_or_non_ascii(bytes, i) {
            Some(p) => i = p,
            None => break,
        }
        let c = match text[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        let word_start = i == 0 || !char_before(text, i).is_some_and(|p| p.is_alphanumeric());
        if !(c.is_uppercase() && word_start) {
            i += c.len_utf8();
            continue;
        }
        // the run of capitalised words from here (at most 3), not opening with "In", "The"...
        let mut ends_buf = [0usize; 3];
        let mut n_ends = 0;
        let mut j = i;
        let first_end = name_word_end(text, i);
        if FUNCTION_CAPS_SET.contains(&text[i..first_end]) {
            i = first_end.max(i + c.len_utf8());
            continue;
        }
        for _ in 0..3 {
            let w_end = if j == i {
                first_end
            } else {
                name_word_end(text, j)
            };
            let w = &text[j..w_end];
            if !is_cap(w) || is_allcaps(w) {
                break;
            }
            ends_buf[n_ends] = w_end;
            n_ends += 1;
            if !text[w_end..].starts_with(' ') {
                break;
            }
            let nj = w_end + 1;
            if !text[nj..].chars().next().is_some_and(|c| c.is_uppercase()) {
                break;
            }
            j = nj;
        }
        let ends = &ends_buf[..n_ends];
        let next = ends.last().copied().unwrap_or(i + c.len_utf8());
        // "flown to Winnipeg and Thompson": a list continues the preceding place's preposition
        let listed = || {
            [" and ", " or ", ", ", ", and "].iter().any(|sep| {
                text[..i].ends_with(sep) && {
                    let before = i - sep.len();
                    groups
                        .iter()
                        .any(|gr| gr[0].end == before && has_town_cue(text, gr[0].start, gr[0].end))
                }
            })
        };
        // (worked out only for a name no dictionary hit covers)
        // (the cheap test first: most capitalised runs name no town)
        let mut cue_before: Option<bool> = None;
        for &e in ends.iter().rev() {
            if covered(i, e) {
                continue;
            }
            lower_into(&text[i..e], &mut key);
            if !g.towns.has(&key) {
                continue;
            }
            let cue = *cue_before.get_or_insert_with(|| listed() || has_town_cue(text, i, i));
            let comma_place =
                text[e..].starts_with(", ") && groups.iter().any(|gr| gr[0].start == e + 2);
            if cue || comma_place || has_town_cue(text, e, e) {
                out.push((i, e));
                break;
            }
        }
        i = next.max(i + c.len_utf8());
    }
    out
}

/// Does candidate `a` (a city or region) sit inside candidate `b` (a region or country)?
fn contained(g: &Gazetteer, a: u32, b: u32) -> bool {
    let (ea, ma) = (g.entry(a), g.meta_of(a));
    let (eb, mb) = (g.entry(b), g.meta_of(b));
    if ma.country_ix != mb.country_ix || ma.country_ix == u16::MAX || a == b {
        return false;
    }
    match (ma.source, mb.source) {
        (
            Source::City | Source::Town | Source::Admin1 | Source::Area | Source::Venue,
            Source::Country,
        ) => true,
        (Source::City | Source::Town, Source::Admin1) => {
            ea.region.as_deref() == Some(eb.name.as_str())
        }
        _ => false,
    }
}

/// Finds place names in `text` (a whole normalised article) and resolves each to a gazetteer
/// entry. Spans are byte offsets on char boundaries, covering the name as written.
pub fn find_places(text: &str, ctx: &GeoContext) -> Vec<PlaceMatch> {
    let g = Gazetteer::embedded();
    find_with(g, text, ctx)
}

pub(crate) fn find_with(g: &Gazetteer, text: &str, ctx: &GeoContext) -> Vec<PlaceMatch> {
    let excluded = |s: usize, e: usize| ctx.exclude.iter().any(|&(a, b)| s < b && a < e);

    // 1. All dictionary hits on word boundaries: the patterns starting where a word can start
    // (not right after a letter or digit) and ending where a word can end, by start, shortest
    // first.
    let mut raw: Vec<(usize, usize, usize)> = Vec::new();
    // (on bytes: only where a pattern may start, the char before is looked at)
    let bytes = text.as_bytes();
    let mut from = 0usize;
    while let Some(s) = g.patterns_index.next_start(bytes, from) {
        from = s + 1;
        let after_word_char = match s.checked_sub(1).map(|p| bytes[p]) {
            None => false,
            Some(p) if p.is_ascii() => p.is_ascii_alphanumeric(),
            Some(_) => char_before(text, s).is_some_and(is_word_char),
        };
        if !after_word_char {
            g.patterns_index
                .matches_at(text, s, |pat, e| raw.push((s, e, pat)));
        }
    }
    let mut places: Vec<Hit> = Vec::new();
    let mut demonyms: Vec<(usize, usize, u16)> = Vec::new();
    for (s, e, pat) in raw {
        match char_before(text, s) {
            Some(c) if is_word_char(c) => continue,
            Some('-') => {
                // "Euro-Atlantic": a capitalised non-place prefix makes one compound word;
                // "Russia-Ukraine" and "pro-Russia" are fine.
                let head = text[..s - 1]
                    .rsplit(|c: char| !(c.is_alphanumeric() || c == '.'))
                    .next()
                    .unwrap_or("");
                if is_cap(head) && g.lookup(head).is_empty() {
                    continue;
                }
            }
            _ => {}
        }
        match char_after(text, e) {
            Some(c) if is_word_char(c) => continue,
            // "Guinea-Bissau" when only "Guinea" matched; "Georgia-based" is fine.
            Some('-') if char_after(text, e + 1).is_some_and(|c| c.is_uppercase()) => continue,
            _ => {}
        }
        if excluded(s, e) {
            continue;
        }
        let p = &g.patterns[pat];
        if !p.places.is_empty() {
            places.push(Hit {
                start: s,
                end: e,
                pat,
                cands: Cow::Borrowed(&p.places),
                kind: HitKind::Name,
            });
        } else if let Some(c) = p.demonym {
            demonyms.push((s, e, c));
        }
    }
    // 2. Leftmost-longest selection, keeping shorter hits at the same start as fallbacks.
    places.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut groups: Vec<Vec<Hit>> = Vec::new();
    let mut cursor = 0usize;
    for h in places {
        if h.start < cursor {
            if let Some(last) = groups.last_mut() {
                if last[0].start == h.start {
                    last.push(h);
                }
            }
            continue;
        }
        cursor = h.end;
        groups.push(vec![h]);
    }
    // 2b. All-capitals datelines and lookup-only towns in supported positions.
    let mut extra_keys: HashMap<String, usize> = HashMap::default();
    let mut extra: Vec<Hit> = Vec::new();
    for (s, e) in datelines(text) {
        if excluded(s, e) || groups.iter().any(|gr| gr[0].start < e && s < gr[0].end) {
            continue;
        }
        let lower = text[s..e].to_lowercase();
        let (pat, cands) = match g.pat_by_lower.get(&lower) {
            Some(&p) if !g.patterns[p].places.is_empty() => {
                (p, Cow::Borrowed(&g.patterns[p].places[..]))
            }
            _ => {
                let ids = g.minor_lookup(&lower);
                if ids.is_empty() {
                    continue;
                }
                (
                    extra_key(g, &mut extra_keys, &lower),
                    Cow::Owned(ids.iter().map(|&i| (i, true)).collect()),
                )
            }
        };
        extra.push(Hit {
            start: s,
            end: e,
            pat,
            cands,
            kind: HitKind::Dateline,
        });
    }
    for (s, e) in town_candidates(g, text, &groups, &extra) {
        if excluded(s, e) {
            continue;
        }
        let lower = text[s..e].to_lowercase();
        let ids = g.minor_lookup(&lower);
        if ids.is_empty() {
            continue;
        }
        extra.push(Hit {
            start: s,
            end: e,
            pat: extra_key(g, &mut extra_keys, &lower),
            cands: Cow::Owned(ids.iter().map(|&i| (i, true)).collect()),
            kind: HitKind::Town,
        });
    }
    if !extra.is_empty() {
        groups.extend(extra.into_iter().map(|h| vec![h]));
        groups.sort_by_key(|gr| gr[0].start);
    }
    // Demonyms inside a selected place ("Saudi" in "Saudi Arabia") are not demonyms.
    demonyms.retain(|&(s, e, _)| {
        !groups
            .iter()
            .any(|gr| gr[0].start <= s && e <= gr[0].end && (gr[0].end - gr[0].start) > e - s)
    });

    // 3. Document context.
    let mut cx = Ctx {
        g,
        focus: Weights::new(),
        country_ev: Weights::new(),
        region_ev: Weights::new(),
        own_country_ev: Weights::new(),
        own_region_ev: Weights::new(),
        total_ev: 0.0,
        anchors: Vec::new(),
        dateline_country: None,
    };
    for (iso, w) in &ctx.focus_countries {
        if let Some(c) = g.country_ix(iso.trim()) {
            let v = cx.focus.entry(c);
            *v = v.max(w.clamp(0.0, 1.0));
        }
    }
    for &(_, _, c) in &demonyms {
        *cx.country_ev.entry(c) += 1.0;
    }
    let mut person_pats: HashSet<usize> = HashSet::default();
    for gr in &groups {
        let h = &gr[0];
        let cands = &h.cands;
        let Some(&(top, _)) = cands.first() else {
            continue;
        };
        let cix = g.meta_of(top).country_ix;
        let one_country = cands.iter().all(|&(i, _)| g.meta_of(i).country_ix == cix);
        let (prev, _) = prev_word(text, h.start);
        if let Tok::Word(w) = prev {
            if ((name_like(w) && !sentence_start(text, h.start)) || TITLES_SET.contains(w))
                && !is_place_word(g, w)
            {
                person_pats.insert(h.pat);
            }
        }
        if cix == u16::MAX || !one_country {
            continue;
        }
        let m = g.meta_of(top);
        let e = g.entry(top);
        let strong = match m.source {
            Source::Country | Source::Area | Source::Venue => true,
            Source::City => {
                (e.population >= 100_000 || h.kind == HitKind::Dateline) && cands.len() == 1
            }
            Source::Admin1 => cands.len() == 1,
            Source::Town => h.kind == HitKind::Dateline && cands.len() == 1,
        };
        if h.kind == HitKind::Dateline && cx.dateline_country.is_none() {
            cx.dateline_country = Some(cix);
        }
        // "Chicago-based firms", "Moscow-backed": a compound modifier does not locate the story
        let modifier = text[h.end..].starts_with('-');
        if strong && m.source != Source::Country && !modifier {
            let w = if h.kind == HitKind::Dateline {
                2.0
            } else {
                1.0
            };
            cx.anchors.push((e.lat, e.lon, h.pat, w));
        }
        if strong {
            *cx.country_ev.entry(cix) += 1.0;
            *cx.own_country_ev.entry((cix, h.pat)) += 1.0;
            if let (Some(r), Source::City | Source::Admin1 | Source::Venue) = (&e.region, m.source)
            {
                *cx.region_ev.entry((cix, r.as_str())) += 1.0;
                *cx.own_region_ev.entry((cix, r.as_str(), h.pat)) += 1.0;
            }
        }
    }

    cx.total_ev = cx.country_ev.total();

    // 4. Resolve each selection.
    let mut out: Vec<PlaceMatch> = Vec::new();
    let mut last_supported_end: Option<usize> = None;
    for gi in 0..groups.len() {
        let mut chosen = None;
        for h in &groups[gi] {
            if let Some(r) = resolve(&cx, text, &groups, gi, h, &person_pats, last_supported_end) {
                chosen = Some(r);
                break;
            }
        }
        if let Some((m, supported)) = chosen {
            if supported {
                last_supported_end = Some(m.end);
            }
            out.push(m);
        }
    }
    out
}

/// `w` lower-cased (as `str::to_lowercase` does) into `buf`, without allocating for ASCII.
fn lower_into(w: &str, buf: &mut String) {
    buf.clear();
    if w.is_ascii() {
        buf.push_str(w);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&w.to_lowercase());
    }
}

/// `w` lower-cased, borrowed when it already is (ASCII without capitals).
fn lower(w: &str) -> Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

fn is_place_word(g: &Gazetteer, w: &str) -> bool {
    !g.lookup(w).is_empty() && !g.common_words.contains(lower(w).as_ref())
}

/// Lower-cased words before a hit, skipping "the"/"eastern" etc., for preposition tests.
fn has_prep(text: &str, start: usize) -> bool {
    let mut i = start;
    for _ in 0..3 {
        let (t, s) = prev_word(text, i);
        let Tok::Word(w) = t else { return false };
        let lw = lower(w);
        if PREPS_SET.contains(lw.as_ref()) {
            return true;
        }
        if !SKIPPABLE.contains(&lw.as_ref()) {
            return false;
        }
        i = s;
    }
    false
}

fn resolve(
    cx: &Ctx,
    text: &str,
    groups: &[Vec<Hit>],
    gi: usize,
    h: &Hit,
    person_pats: &HashSet<usize>,
    last_supported_end: Option<usize>,
) -> Option<(PlaceMatch, bool)> {
    let g = cx.g;
    let name = &text[h.start..h.end];
    let lname = name.to_lowercase();
    // Local evidence.
    let sent_start = sentence_start(text, h.start);
    let (prev, prev_start) = prev_word(text, h.start);
    let next = next_word(text, h.end);
    let mut prep = has_prep(text, h.start) || h.kind == HitKind::Dateline;
    // town hits exist only where a cue supported them (preposition, list, comma, head noun)
    let town_cue =
        matches!(h.kind, HitKind::Dateline | HitKind::Town) || has_town_cue(text, h.start, h.end);
    // "in Paris and Nice": a list continues the preposition.
    if let Some(le) = last_supported_end {
        if le <= h.start {
            let between = &text[le..h.start];
            if matches!(between, " and " | ", " | ", and " | " or " | "/" | " & ") {
                prep = true;
            }
        }
    }
    let prev_lower = match prev {
        Tok::Word(w) => lower(w),
        Tok::None => Cow::Borrowed(""),
    };
    let prev2_lower = match prev_word(text, prev_start).0 {
        Tok::Word(w) => lower(w),
        Tok::None => Cow::Borrowed(""),
    };
    let prev_person = match prev {
        Tok::Word(w) => {
            (TITLES_SET.contains(w) || (name_like(w) && !is_place_word(g, w)))
                && (!sent_start || TITLES_SET.contains(w))
        }
        Tok::None => false,
    };
    // A capitalised word right before that starts the sentence ("Michael Jordan said").
    let prev_first_name = match prev {
        Tok::Word(w) => name_like(w) && !is_place_word(g, w) && sentence_start(text, prev_start),
        Tok::None => false,
    };
    let next_name = match next {
        Tok::Word(w) => {
            name_like(w) && !PLACE_SUFFIXES_SET.contains(w) && !is_place_word(g, w) && {
                // a following demonym or place is not part of this name
                g.lookup(w).is_empty()
            }
        }
        Tok::None => false,
    };

    // "City, State" / "City, Country" partners.
    let follow = groups
        .get(gi + 1)
        .filter(|n| text.get(h.end..n[0].start).is_some_and(|b| b == ", "));
    // Towns of the same name join the candidates where the text supports a place.
    let mut cands: Vec<(u32, bool)> = h.cands.to_vec();
    let only_places = cands
        .iter()
        .all(|&(c, _)| matches!(g.meta_of(c).source, Source::City | Source::Admin1));
    if h.kind == HitKind::Name && only_places && (town_cue || follow.is_some()) {
        {
            for i in g.minor_lookup(&lname) {
                if !cands.iter().any(|&(c, _)| c == i) {
                    cands.push((i, true));
                }
            }
        }
    }
    let before = gi
        .checked_sub(1)
        .and_then(|p| groups.get(p))
        .filter(|p| text.get(p[0].end..h.start).is_some_and(|b| b == ", "));

    let mut best: Option<(u32, f32, &'static str)> = None;
    let mut second = f32::MIN;
    // proximity decides between countries only
    let c0 = cands.first().map(|&(c, _)| g.meta_of(c).country_ix);
    let many_countries = cands
        .iter()
        .any(|&(c, _)| Some(g.meta_of(c).country_ix) != c0);
    for &(id, main) in &cands {
        let m = g.meta_of(id);
        let mut s = prior(g, id) - if main { 0.0 } else { 0.3 };
        let mut why = "prior";
        let f = cx.focus(m.country_ix);
        if f > 0.0 {
            s += 2.5 * f;
            why = "focus";
        }
        // Other mentions of the same country, as a share of all country evidence.
        let ev = cx.ev(m.country_ix, h.pat);
        if ev > 0.0 && cx.total_ev > 0.0 {
            s += 0.8 * (ev / cx.total_ev).min(1.0);
        }
        let rev = cx.region_ev(id, h.pat);
        if rev > 0.0 {
            // A region is directly supported by the cities mentioned inside it.
            let w = if m.source == Source::Admin1 { 2.0 } else { 0.4 };
            s += w * rev.min(2.0);
            why = "region";
        }
        // Proximity to the article's unambiguous places: Tripoli near Beirut is Lebanon's.
        if many_countries {
            s += (0.8 * cx.proximity(id, h.pat)).min(3.0);
        }
        if cx.dateline_country == Some(m.country_ix) && m.country_ix != u16::MAX {
            s += 1.0;
        }
        if let Some(n) = follow {
            let p = &n[0].cands;
            if p.iter().any(|&(b, _)| contained(g, id, b)) {
                s += 6.0;
                why = "city-state";
            }
        }
        if let Some(p) = before {
            let pp = &p[0].cands;
            if pp.iter().any(|&(a, _)| contained(g, a, id)) {
                s += 6.0;
                why = "city-state";
            }
        }
        // "the state of Georgia", "Georgia state", "the country of Georgia"
        let cue = match m.source {
            Source::Admin1 => {
                (prev_lower == "of" && prev2_lower == "state")
                    || matches!(next, Tok::Word("state") | Tok::Word("State"))
                    || state_title_before(text, h.start)
            }
            Source::Country => {
                prev_lower == "of" && (prev2_lower == "country" || prev2_lower == "republic")
            }
            _ => false,
        };
        if cue {
            s += 3.0;
            why = "cue";
        }
        match best {
            Some((bid, bs, _)) if bs >= s => {
                if g.meta_of(bid).country_ix != m.country_ix {
                    second = second.max(s);
                }
            }
            Some((bid, bs, _)) => {
                if g.meta_of(bid).country_ix != m.country_ix {
                    second = second.max(bs);
                }
                best = Some((id, s, why));
            }
            None => best = Some((id, s, why)),
        }
    }
    let (id, score, why) = best?;
    let e = g.entry(id);
    let m = g.meta_of(id);
    let pop = e.population;
    let focus = cx.focus(m.country_ix) > 0.0;
    let country_ev = cx.ev(m.country_ix, h.pat) > 0.0;
    let region_ev = cx.region_ev(id, h.pat) > 0.0;
    let city_state = why == "city-state";
    let strong_support = prep || city_state || why == "cue";
    let support = strong_support || focus || country_ev || region_ev;
    let personish = PERSONISH_SET.contains(&lname);
    let common = g.common_words.contains(&lname) || name.chars().count() <= 3 && !is_allcaps(name);
    let doc_person = person_pats.contains(&h.pat);
    let person_like = prev_person || prev_first_name || next_name || doc_person;

    let (ok, rule) = match m.source {
        Source::Country | Source::Area | Source::Venue => {
            let person = (personish || common) && person_like && !strong_support;
            if person || (common && sent_start && !support) {
                (false, "")
            } else {
                let r = match m.source {
                    Source::Country => "country",
                    Source::Venue => "venue",
                    _ => "area",
                };
                (true, if city_state { "city-state" } else { r })
            }
        }
        Source::Town => {
            let person = prev_person || prev_first_name || next_name || doc_person;
            let near = cx.nearest_anchor_km(id, h.pat).is_some_and(|d| d < 500.0);
            let ok = !person
                && !g.common_words.contains(&lname)
                && (h.kind == HitKind::Dateline
                    || city_state
                    || (town_cue && (focus || country_ev || region_ev || near)));
            (
                ok,
                if h.kind == HitKind::Dateline {
                    "dateline"
                } else {
                    "town"
                },
            )
        }
        Source::City | Source::Admin1 => {
            let big = |n: u64| pop >= n && (m.source == Source::City || pop >= n * 5);
            let person = ((prev_person || prev_first_name || next_name) && !city_state)
                || (doc_person && !strong_support);
            if person {
                (false, "")
            } else if personish || common {
                let ok = strong_support
                    || (focus && big(100_000) && !sent_start)
                    || (big(1_000_000) && !sent_start);
                (ok, why)
            } else if sent_start {
                (support || big(200_000), why)
            } else {
                (support || big(100_000), why)
            }
        }
    };
    if !ok {
        return None;
    }
    let rule = match rule {
        _ if h.kind == HitKind::Dateline => "dateline",
        "prior" if prep => "prep",
        "prior" => "population",
        r => r,
    };
    let margin = if second == f32::MIN {
        4.0
    } else {
        score - second
    };
    let mut conf = 0.5 + 0.1 * margin.min(4.0);
    if matches!(m.source, Source::Country | Source::Venue | Source::Area) {
        conf += 0.1;
    }
    if strong_support {
        conf += 0.05;
    }
    if personish || common {
        conf -= 0.15;
    }
    let conf = conf.clamp(0.05, 0.99);
    Some((
        PlaceMatch {
            start: h.start,
            end: h.end,
            id,
            rule,
            confidence: conf,
        },
        strong_support,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_with_a_capital_or_past_ascii() {
        for c in 0..=255u8 {
            for at in 0..8 {
                let mut b = *b"abc de-f";
                b[at] = c;
                let want = b.iter().any(|&x| !x.is_ascii() || x.is_ascii_uppercase());
                assert_eq!(
                    has_capital_or_non_ascii(u64::from_le_bytes(b)),
                    want,
                    "{b:?}"
                );
            }
        }
        let text = "the talks in Geneva ended";
        assert_eq!(next_capital_or_non_ascii(text.as_bytes(), 0), Some(13));
        assert_eq!(next_capital_or_non_ascii(text.as_bytes(), 14), None);
        assert_eq!(
            next_capital_or_non_ascii("a long way to Zürich".as_bytes(), 0),
            Some(14)
        );
    }
}
