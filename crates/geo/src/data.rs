//! Parsing of the embedded `data/geo/` files into a [`Gazetteer`].

use crate::{find, Gazetteer, Meta, Pattern, PlaceEntry, PlaceKind, Source};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

const COUNTRIES: &str = include_str!("../../../data/geo/countries.tsv");
const REGIONS: &str = include_str!("../../../data/geo/regions.tsv");
const CITIES: &str = include_str!("../../../data/geo/cities.tsv");
const TOWNS: &str = include_str!("../../../data/geo/towns.tsv");
const ALT_NAMES: &str = include_str!("../../../data/geo/alt_names.tsv");
const AREAS: &str = include_str!("../../../data/geo/areas.tsv");
const VENUES: &str = include_str!("../../../data/geo/venues.tsv");
const COMMON_WORDS: &str = include_str!("../../../data/geo/common_words.txt");

/// Names never taken as places (months, days, and generic words that are admin1 names
/// somewhere: "Central", "Western", ...).
pub(crate) const NEVER: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Centre",
    "Center",
    "Capital",
    "Coast",
    "Lakes",
    "Upper",
    "Lower",
    "Islands",
    "Federal",
    "National",
    "Special",
    "Southwest",
    "Northwest",
    "Southeast",
    "Northeast",
    "Mid",
    "Middle",
    "Interior",
    "Island",
    "Valley",
    "Mountain",
    "Plateau",
    "Littoral",
    "Lake",
    "River",
    "Sea",
    "Bay",
    "City",
    "Town",
    "Harbour",
    "Harbor",
    "Police",
    "Republic",
    "State",
    "Union",
    "Kingdom",
    "Federation",
    "Commonwealth",
    "Territory",
    "Sur",
    "Norte",
    "Oriental",
    "Occidental",
    "Metro",
    "Metropolitan",
    "Greater",
    "Delta",
];

/// Demonyms that countryinfo does not give, or gives only in another form.
const EXTRA_DEMONYMS: &[(&str, &str)] = &[
    ("Americans", "USA"),
    ("British", "GBR"),
    ("Brits", "GBR"),
    ("English", "GBR"),
    ("Scottish", "GBR"),
    ("Welsh", "GBR"),
    ("French", "FRA"),
    ("Dutch", "NLD"),
    ("Swiss", "CHE"),
    ("Chinese", "CHN"),
    ("Japanese", "JPN"),
    ("Turkish", "TUR"),
    ("Turks", "TUR"),
    ("Polish", "POL"),
    ("Poles", "POL"),
    ("Spanish", "ESP"),
    ("Danish", "DNK"),
    ("Swedish", "SWE"),
    ("Finnish", "FIN"),
    ("Irish", "IRL"),
    ("Lebanese", "LBN"),
    ("Sudanese", "SDN"),
    ("Vietnamese", "VNM"),
    ("Portuguese", "PRT"),
    ("Congolese", "COD"),
    ("Taiwanese", "TWN"),
    ("Saudi", "SAU"),
    ("Saudis", "SAU"),
    ("Emirati", "ARE"),
    ("Emiratis", "ARE"),
    ("Israelis", "ISR"),
    ("Palestinian", "PSE"),
    ("Palestinians", "PSE"),
    ("Azeri", "AZE"),
    ("Azerbaijani", "AZE"),
    ("Kazakh", "KAZ"),
    ("Uzbek", "UZB"),
    ("Belarusian", "BLR"),
    ("Kyrgyz", "KGZ"),
    ("Tajik", "TJK"),
    ("Afghan", "AFG"),
    ("Afghans", "AFG"),
    ("Filipino", "PHL"),
    ("Filipinos", "PHL"),
    ("Thai", "THA"),
    ("Qatari", "QAT"),
    ("Kuwaiti", "KWT"),
    ("Omani", "OMN"),
    ("Bahraini", "BHR"),
    ("Yemeni", "YEM"),
    ("Iraqi", "IRQ"),
    ("Somali", "SOM"),
    ("Kosovar", "XKX"),
    ("Kosovan", "XKX"),
    ("Greek", "GRC"),
    ("Greeks", "GRC"),
    ("Soviet", "RUS"),
];

pub(crate) fn build_embedded() -> Gazetteer {
    build(&Sources {
        countries: COUNTRIES,
        regions: REGIONS,
        cities: CITIES,
        towns: TOWNS,
        alt_names: ALT_NAMES,
        areas: AREAS,
        venues: VENUES,
        common: COMMON_WORDS,
    })
}

struct Builder {
    entries: Vec<PlaceEntry>,
    meta: Vec<Meta>,
    countries: Vec<String>,
    country_ix: HashMap<String, u16>,
    /// pattern text -> index
    pat_ix: HashMap<String, usize>,
    patterns: Vec<Pattern>,
    pat_text: Vec<String>,
    by_name: HashMap<String, Vec<u32>>,
    /// [`NEVER`] as a set.
    never: HashSet<&'static str>,
}

fn num<T: std::str::FromStr + Default>(s: &str) -> T {
    s.trim().parse().unwrap_or_default()
}

/// Key form of a name as written in text: straight apostrophes, first letter upper-case.
fn pattern_form(name: &str) -> Option<String> {
    let s = name.trim().replace(['\u{2019}', '\u{2018}', '`'], "'");
    let mut cs = s.chars();
    let first = cs.next()?;
    let key: String = first.to_uppercase().chain(cs).collect();
    Some(key)
}

impl Builder {
    fn cix(&mut self, iso3: &str) -> u16 {
        if iso3.is_empty() {
            return u16::MAX;
        }
        if let Some(&i) = self.country_ix.get(iso3) {
            return i;
        }
        let i = self.countries.len() as u16;
        self.countries.push(iso3.to_string());
        self.country_ix.insert(iso3.to_string(), i);
        i
    }

    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        name: &str,
        country: &str,
        region: &str,
        lat: f64,
        lon: f64,
        population: u64,
        kind: PlaceKind,
        source: Source,
        capital: bool,
    ) -> u32 {
        let id = self.entries.len() as u32;
        let country_ix = self.cix(country);
        self.entries.push(PlaceEntry {
            id,
            name: name.to_string(),
            country: (!country.is_empty()).then(|| country.to_string()),
            region: (!region.is_empty()).then(|| region.to_string()),
            lat,
            lon,
            population,
            kind,
        });
        self.meta.push(Meta {
            source,
            capital,
            country_ix,
        });
        id
    }

    fn pattern(&mut self, text: &str) -> Option<usize> {
        let key = pattern_form(text)?;
        if self.never.contains(key.as_str()) {
            return None;
        }
        let short = key.chars().count() < 3;
        if short && !key.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        if let Some(&i) = self.pat_ix.get(&key) {
            return Some(i);
        }
        let i = self.patterns.len();
        self.pat_ix.insert(key.clone(), i);
        self.pat_text.push(key);
        self.patterns.push(Pattern::default());
        Some(i)
    }

    fn name(&mut self, text: &str, id: u32, main: bool) {
        self.name_once(text, id, main);
        // "El Obeid" is also written "El-Obeid", "Al Hasakah" "Al-Hasakah"
        if let Some((first, rest)) = text.trim().split_once(' ') {
            let article = matches!(
                first.to_ascii_lowercase().as_str(),
                "al" | "el" | "ad" | "ar" | "as" | "an" | "at" | "az" | "ash" | "ed" | "en"
            );
            if article && !rest.is_empty() && !rest.contains(' ') {
                self.name_once(&format!("{first}-{rest}"), id, main);
            }
        }
    }

    fn name_once(&mut self, text: &str, id: u32, main: bool) {
        let lower = text.trim().to_lowercase();
        if lower.is_empty() {
            return;
        }
        let v = self.by_name.entry(lower).or_default();
        if !v.contains(&id) {
            v.push(id);
        }
        if let Some(p) = self.pattern(text) {
            let places = &mut self.patterns[p].places;
            if !places.iter().any(|&(i, _)| i == id) {
                places.push((id, main));
            }
        }
    }

    fn demonym(&mut self, text: &str, iso3: &str) {
        let c = self.cix(iso3);
        if let Some(p) = self.pattern(text) {
            if self.patterns[p].demonym.is_none() {
                self.patterns[p].demonym = Some(c);
            }
        }
    }
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect::<Vec<_>>())
}

/// The texts of the gazetteer files.
pub(crate) struct Sources<'a> {
    pub countries: &'a str,
    pub regions: &'a str,
    pub cities: &'a str,
    pub towns: &'static str,
    pub alt_names: &'static str,
    pub areas: &'a str,
    pub venues: &'a str,
    pub common: &'a str,
}

fn alt_list(field: Option<&&str>) -> Vec<String> {
    field
        .map(|a| {
            a.split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) fn build(src: &Sources) -> Gazetteer {
    let Sources {
        countries,
        regions,
        cities,
        towns,
        alt_names,
        areas,
        venues,
        common,
    } = *src;
    let mut b = Builder {
        entries: Vec::new(),
        meta: Vec::new(),
        countries: Vec::new(),
        country_ix: HashMap::default(),
        pat_ix: HashMap::default(),
        patterns: Vec::new(),
        pat_text: Vec::new(),
        by_name: HashMap::default(),
        never: NEVER.iter().copied().collect(),
    };
    let mut capitals: HashSet<(String, String)> = HashSet::default();
    let mut country_names: Vec<(u32, Vec<String>)> = Vec::new();

    for r in rows(countries) {
        if r.len() < 7 {
            continue;
        }
        let (iso3, name, cap) = (r[0], r[2], r[3]);
        let id = b.add(
            name,
            iso3,
            "",
            num(r[4]),
            num(r[5]),
            num(r[6]),
            PlaceKind::Country,
            Source::Country,
            false,
        );
        capitals.insert((iso3.to_string(), cap.to_string()));
        let mut names = vec![name.to_string()];
        if let Some(alts) = r.get(7) {
            names.extend(alts.split('|').filter(|s| !s.is_empty()).map(String::from));
        }
        country_names.push((id, names));
        if let Some(dems) = r.get(8) {
            for d in dems.split('|').filter(|s| !s.is_empty()) {
                b.demonym(d, iso3);
                if d.ends_with("an") || d.ends_with('i') {
                    b.demonym(&format!("{d}s"), iso3);
                }
            }
        }
    }
    for &(d, iso3) in EXTRA_DEMONYMS {
        b.demonym(d, iso3);
    }

    let mut region_rows = Vec::new();
    for r in rows(regions) {
        if r.len() < 5 {
            continue;
        }
        region_rows.push(r);
    }

    let mut city_ids: HashMap<(String, String), u32> = HashMap::default();
    let mut city_names: Vec<(u32, String, Vec<String>)> = Vec::new();
    for r in rows(cities) {
        if r.len() < 6 {
            continue;
        }
        let (name, iso3, region) = (r[0], r[3], r[4]);
        let cap = capitals.contains(&(iso3.to_string(), name.to_string()));
        let pop: u64 = num(r[5]);
        let id = b.add(
            name,
            iso3,
            region,
            num(r[1]),
            num(r[2]),
            pop,
            PlaceKind::City,
            Source::City,
            cap,
        );
        let key = (iso3.to_string(), name.to_string());
        match city_ids.get(&key) {
            Some(&old) if b.entries[old as usize].population >= pop => {}
            _ => {
                city_ids.insert(key, id);
            }
        }
        let alts = alt_list(r.get(6));
        city_names.push((id, name.to_string(), alts));
    }

    let mut region_ids = Vec::new();
    for r in region_rows {
        let (iso3, name) = (r[0], r[1]);
        let id = b.add(
            name,
            iso3,
            name,
            num(r[2]),
            num(r[3]),
            num(r[4]),
            PlaceKind::Region,
            Source::Admin1,
            false,
        );
        region_ids.push((id, name.to_string()));
    }

    let mut area_names = Vec::new();
    for r in rows(areas) {
        if r.len() < 4 {
            continue;
        }
        let names: Vec<String> = r[0].split('|').map(|s| s.trim().to_string()).collect();
        let Some(first) = names.first().cloned() else {
            continue;
        };
        let iso3 = r[1].trim();
        let id = b.add(
            &first,
            iso3,
            "",
            num(r[2]),
            num(r[3]),
            0,
            PlaceKind::Region,
            Source::Area,
            false,
        );
        area_names.push((id, names));
    }

    let mut venue_names = Vec::new();
    for r in rows(venues) {
        if r.len() < 3 {
            continue;
        }
        let names: Vec<String> = r[0].split('|').map(|s| s.trim().to_string()).collect();
        let Some(first) = names.first().cloned() else {
            continue;
        };
        let iso3 = r[2].trim();
        let city = city_ids
            .get(&(iso3.to_string(), r[1].trim().to_string()))
            .map(|&c| b.entries[c as usize].clone());
        let (lat, lon, region) = match &city {
            Some(c) => (c.lat, c.lon, c.region.clone().unwrap_or_default()),
            None => (0.0, 0.0, String::new()),
        };
        let id = b.add(
            &first,
            iso3,
            &region,
            lat,
            lon,
            0,
            PlaceKind::Venue,
            Source::Venue,
            false,
        );
        venue_names.push((id, names));
    }

    // Names, in an order that puts the strongest reading of a shared name first.
    for (id, names) in country_names
        .iter()
        .chain(area_names.iter())
        .chain(venue_names.iter())
    {
        for (k, n) in names.iter().enumerate() {
            b.name(n, *id, k == 0);
        }
    }
    for (id, name, alts) in &city_names {
        b.name(name, *id, true);
        for a in alts {
            b.name(a, *id, false);
        }
    }
    for (id, name) in &region_ids {
        b.name(name, *id, true);
    }

    let common_words = common
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.trim().to_lowercase())
        .filter(|l| !l.is_empty())
        .collect();

    let mut pat_by_lower: HashMap<String, usize> = HashMap::default();
    for (i, t) in b.pat_text.iter().enumerate() {
        pat_by_lower.entry(t.to_lowercase()).or_insert(i);
    }
    let mut g = Gazetteer {
        pat_by_lower,
        towns: crate::towns::Towns::new(towns, alt_names),
        city_ids,
        entries: b.entries,
        meta: b.meta,
        countries: b.countries,
        country_by_iso: b.country_ix,
        by_name: b.by_name,
        patterns: b.patterns,
        patterns_index: crate::patterns::PatternIndex::new(Vec::new()),
        common_words,
    };
    // Order candidates by prior.
    let priors: Vec<f32> = (0..g.entries.len() as u32)
        .map(|id| find::prior(&g, id))
        .collect();
    for p in &mut g.patterns {
        p.places.sort_by(|a, b| {
            priors[b.0 as usize]
                .partial_cmp(&priors[a.0 as usize])
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    for v in g.by_name.values_mut() {
        v.sort_by(|a, b| {
            priors[*b as usize]
                .partial_cmp(&priors[*a as usize])
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    g.patterns_index = crate::patterns::PatternIndex::new(b.pat_text);
    g
}
