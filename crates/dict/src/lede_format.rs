//! Lede's own dictionary format (`data/dict/FORMAT.md`): `countries.txt`,
//! `organisations.txt`, `people.txt`, `roles.txt` and `verbs.txt`, one record a line.
//!
//! Entry points: [`embedded`] (the copies compiled into the binary), [`load_dir`] (a folder),
//! [`is_lede_dir`]. Every unreadable line becomes a [`DictDiagnostic`] and the rest loads;
//! nothing here panics, prints or touches files other than the five dictionary files.

use crate::{
    ActorEntry, ActorKind, AgentEntry, AgentPlacement, CodeSpec, DatedCode, DictDiagnostic,
    DictError, DictFormat, DictSet, Loc, NaiveDate, PatElem, VerbPattern,
};
use celes::LookupTable;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The files of a Lede dictionary folder, in loading order.
pub const FILES: [&str; 5] = [
    "countries.txt",
    "organisations.txt",
    "people.txt",
    "roles.txt",
    "verbs.txt",
];

/// The PLOVER event types a verb line may name (or `-` for none).
pub const PLOVER_TYPES: [&str; 16] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

const EMBEDDED: [(&str, &str); 5] = [
    (
        "countries.txt",
        include_str!("../../../data/dict/countries.txt"),
    ),
    (
        "organisations.txt",
        include_str!("../../../data/dict/organisations.txt"),
    ),
    ("people.txt", include_str!("../../../data/dict/people.txt")),
    ("roles.txt", include_str!("../../../data/dict/roles.txt")),
    ("verbs.txt", include_str!("../../../data/dict/verbs.txt")),
];

/// True when the folder holds at least one of the Lede dictionary files.
pub fn is_lede_dir(path: &Path) -> bool {
    FILES.iter().any(|f| path.join(f).is_file())
}

/// Loads a Lede dictionary folder. Missing files are simply absent (an empty section); a file
/// that exists but cannot be read is a [`DictError::Io`]. Lines that are not UTF-8 are
/// reported as diagnostics.
pub fn load_dir(path: &Path) -> Result<DictSet, DictError> {
    if !is_lede_dir(path) {
        return Err(DictError::UnknownLayout {
            path: path.to_path_buf(),
        });
    }
    let mut diagnostics = Vec::new();
    let mut texts: Vec<(&'static str, String)> = Vec::new();
    for file in FILES {
        let p = path.join(file);
        match std::fs::read(&p) {
            Ok(bytes) => texts.push((file, decode(file, bytes, &mut diagnostics))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(DictError::Io { path: p, error }),
        }
    }
    let sources: Vec<(&str, &str)> = texts.iter().map(|(f, t)| (*f, t.as_str())).collect();
    let mut set = build(path.display().to_string(), &sources);
    diagnostics.append(&mut set.diagnostics);
    set.diagnostics = diagnostics;
    Ok(set)
}

/// Lede's default dictionaries, compiled into the binary.
pub fn embedded() -> DictSet {
    build("lede-default".to_string(), &EMBEDDED)
}

/// Decodes a file; lines that are not UTF-8 become empty lines and diagnostics, so line
/// numbers stay right.
fn decode(file: &str, bytes: Vec<u8>, diags: &mut Vec<DictDiagnostic>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let bytes = e.into_bytes();
            let mut out = String::with_capacity(bytes.len());
            for (i, line) in bytes.split(|b| *b == b'\n').enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                match std::str::from_utf8(line) {
                    Ok(l) => out.push_str(l),
                    Err(_) => diags.push(diag(file, i + 1, "line is not valid UTF-8")),
                }
            }
            out
        }
    }
}

fn diag(file: &str, line: usize, reason: impl Into<String>) -> DictDiagnostic {
    DictDiagnostic {
        loc: Loc {
            file: file.to_string(),
            line,
        },
        reason: reason.into(),
    }
}

/// The records of a file: (line number, fields), comments and blank lines skipped.
fn records(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, raw)| {
        let raw = if i == 0 {
            raw.trim_start_matches('\u{feff}')
        } else {
            raw
        };
        let line = match raw.find('#') {
            Some(p) => &raw[..p],
            None => raw,
        };
        let line = line.trim();
        if line.is_empty() {
            return None;
        }
        Some((i + 1, line.split('|').map(str::trim).collect()))
    })
}

/// A `;`-separated list, empty items dropped, inner spaces normalised.
fn list(field: &str) -> Vec<String> {
    field
        .split(';')
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
        .collect()
}

fn strip_the(name: &str) -> &str {
    for p in ["the ", "The "] {
        if let Some(rest) = name.strip_prefix(p) {
            return rest;
        }
    }
    name
}

fn valid_code(code: &str) -> bool {
    code.len() >= 3
        && code.len() <= 24
        && code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

fn valid_name(name: &str) -> Result<(), String> {
    if name
        .chars()
        .any(|c| matches!(c, '[' | ']' | '{' | '}' | '=' | '~'))
    {
        return Err(format!("bad character in name '{name}'"));
    }
    Ok(())
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let ok_shape = s.len() == 10
        && s.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if ok_shape {
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Ok(d);
        }
    }
    Err(format!(
        "unknown date {s} in code list; expected YYYY-MM-DD"
    ))
}

/// Parses `CODE [FROM..UNTIL]; CODE; ...`.
pub fn parse_codes(field: &str) -> Result<Vec<DatedCode>, String> {
    let mut out = Vec::new();
    for item in list(field) {
        let mut parts = item.split_whitespace();
        let code = parts.next().unwrap_or_default();
        if !valid_code(code) {
            return Err(format!(
                "bad actor code '{code}' in code list; expected 3+ upper-case letters or digits"
            ));
        }
        let range = parts.next();
        if let Some(extra) = parts.next() {
            return Err(format!(
                "unexpected '{extra}' after '{item}' in code list; expected CODE [FROM..UNTIL]"
            ));
        }
        let (from, until) = match range {
            None => (None, None),
            Some(r) => {
                let Some((a, b)) = r.split_once("..") else {
                    return Err(format!(
                        "bad date range '{r}' in code list; expected FROM..UNTIL"
                    ));
                };
                let from = if a.is_empty() {
                    None
                } else {
                    Some(parse_date(a)?)
                };
                let until = if b.is_empty() {
                    None
                } else {
                    Some(parse_date(b)?)
                };
                if from.is_none() && until.is_none() {
                    return Err(format!(
                        "empty date range '..' for {code}; leave the range out for a default code"
                    ));
                }
                if let (Some(f), Some(u)) = (from, until) {
                    if f >= u {
                        return Err(format!(
                            "date range {r} for {code} is empty; FROM must be before UNTIL"
                        ));
                    }
                }
                (from, until)
            }
        };
        out.push(DatedCode {
            code: code.to_string(),
            from,
            until,
        });
    }
    if out.is_empty() {
        return Err("no code given".to_string());
    }
    Ok(out)
}

/// Splits celes' CamelCase aliases ("NorthKorea") into words ("North Korea").
fn split_camel(s: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && c.is_uppercase() && !chars[i - 1].is_whitespace() {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

#[derive(Default)]
struct CountryLine {
    loc: Loc,
    names: Vec<String>,
    removed: Vec<String>,
    adjectives: Vec<String>,
    metonyms: Vec<(String, Option<String>)>,
}

struct Builder {
    set: DictSet,
    /// lower-cased name -> (canonical, loc) of the actor that owns it.
    names: HashMap<String, (String, Loc)>,
    adjectives: HashMap<String, (String, Loc)>,
}

impl Builder {
    fn push_diag(&mut self, loc: &Loc, reason: impl Into<String>) {
        self.set.diagnostics.push(DictDiagnostic {
            loc: loc.clone(),
            reason: reason.into(),
        });
    }

    /// Registers names, dropping (and reporting) those another actor already owns.
    fn claim(&mut self, names: Vec<String>, canonical: &str, loc: &Loc, adj: bool) -> Vec<String> {
        let mut kept = Vec::new();
        let mut seen = HashSet::new();
        for n in names {
            let key = n.to_lowercase();
            if !seen.insert(key.clone()) {
                continue;
            }
            let map = if adj {
                &mut self.adjectives
            } else {
                &mut self.names
            };
            match map.get(&key) {
                Some((owner, at)) if owner != canonical => {
                    let reason = format!("name '{n}' is already used by '{owner}' ({at})");
                    self.push_diag(loc, reason);
                }
                _ => {
                    map.insert(key, (canonical.to_string(), loc.clone()));
                    kept.push(n);
                }
            }
        }
        kept
    }

    fn actor(
        &mut self,
        canonical: String,
        names: Vec<String>,
        codes: Vec<DatedCode>,
        kind: ActorKind,
        adjective: bool,
        loc: Loc,
    ) {
        let names = self.claim(names, &canonical, &loc, adjective);
        if names.is_empty() {
            return;
        }
        self.set.actors.push(ActorEntry {
            canonical,
            names,
            codes,
            kind,
            adjective,
            loc,
        });
    }
}

fn build(name: String, sources: &[(&str, &str)]) -> DictSet {
    let mut b = Builder {
        set: DictSet::empty(name, DictFormat::Lede),
        names: HashMap::new(),
        adjectives: HashMap::new(),
    };
    let get = |f: &str| sources.iter().find(|(n, _)| *n == f).map(|(_, t)| *t);
    load_countries(&mut b, get("countries.txt").unwrap_or(""));
    if let Some(t) = get("organisations.txt") {
        load_named(&mut b, "organisations.txt", t, ActorKind::Organisation);
    }
    if let Some(t) = get("people.txt") {
        load_named(&mut b, "people.txt", t, ActorKind::Person);
    }
    if let Some(t) = get("roles.txt") {
        load_roles(&mut b, t);
    }
    if let Some(t) = get("verbs.txt") {
        load_verbs(&mut b, t);
    }
    b.set
}

// ---------------------------------------------------------------------------------------
// countries

fn load_countries(b: &mut Builder, text: &str) {
    const FILE: &str = "countries.txt";
    let countries = celes::Country::get_countries();
    let known: HashSet<&str> = countries.iter().map(|c| c.alpha3).collect();
    let mut lines: HashMap<String, CountryLine> = HashMap::new();
    for (line, fields) in records(text) {
        let loc = Loc {
            file: FILE.to_string(),
            line,
        };
        if fields.len() > 4 {
            b.push_diag(
                &loc,
                format!(
                    "{} fields; expected ISO3 | names | adjectives | metonyms",
                    fields.len()
                ),
            );
            continue;
        }
        let code = fields[0];
        if !known.contains(code) {
            b.push_diag(
                &loc,
                format!("unknown country code '{code}'; expected an ISO 3166-1 alpha-3 code"),
            );
            continue;
        }
        if let Some(prev) = lines.get(code) {
            let reason = format!("country {code} is already described at {}", prev.loc);
            b.push_diag(&loc, reason);
            continue;
        }
        let mut cl = CountryLine {
            loc: loc.clone(),
            ..Default::default()
        };
        let mut bad = None;
        for n in list(fields.get(1).copied().unwrap_or("")) {
            match n.strip_prefix('-') {
                Some(r) => cl.removed.push(r.trim().to_lowercase()),
                None => match valid_name(&n) {
                    Ok(()) => cl.names.push(n),
                    Err(e) => bad = Some(e),
                },
            }
        }
        for n in list(fields.get(2).copied().unwrap_or("")) {
            match valid_name(&n) {
                Ok(()) => cl.adjectives.push(n),
                Err(e) => bad = Some(e),
            }
        }
        for m in list(fields.get(3).copied().unwrap_or("")) {
            match m.rsplit_once('=') {
                Some((n, c)) => {
                    let (n, c) = (n.trim(), c.trim());
                    if !valid_code(c) {
                        bad = Some(format!(
                            "bad code '{c}' for metonym '{n}'; expected upper-case letters"
                        ));
                    } else if let Err(e) = valid_name(n) {
                        bad = Some(e);
                    } else {
                        cl.metonyms.push((n.to_string(), Some(c.to_string())));
                    }
                }
                None => match valid_name(&m) {
                    Ok(()) => cl.metonyms.push((m, None)),
                    Err(e) => bad = Some(e),
                },
            }
        }
        if let Some(e) = bad {
            b.push_diag(&loc, e);
            continue;
        }
        lines.insert(code.to_string(), cl);
    }

    let celes_loc = Loc {
        file: "celes".to_string(),
        line: 0,
    };
    for c in countries.iter() {
        let iso = c.alpha3;
        let cl = lines.remove(iso).unwrap_or_default();
        let loc = if cl.loc.line > 0 {
            cl.loc.clone()
        } else {
            celes_loc.clone()
        };
        let mut celes_names: Vec<String> = Vec::new();
        let long = c.long_name;
        if !long.contains(',') {
            celes_names.push(long.to_string());
            if strip_the(long) != long {
                celes_names.push(strip_the(long).to_string());
            }
        }
        for a in c.aliases.iter() {
            celes_names.push(split_camel(a));
        }
        celes_names.retain(|n| !cl.removed.contains(&n.to_lowercase()));
        let canonical = cl
            .names
            .first()
            .map(|n| strip_the(n).to_string())
            .or_else(|| c.aliases.iter().next().map(|a| split_camel(a)))
            .unwrap_or_else(|| strip_the(long).to_string());
        let mut names = cl.names.clone();
        names.extend(celes_names);
        b.actor(
            canonical.clone(),
            names,
            vec![DatedCode::undated(iso)],
            ActorKind::Country,
            false,
            loc.clone(),
        );
        if !cl.adjectives.is_empty() {
            b.actor(
                canonical.clone(),
                cl.adjectives.clone(),
                vec![DatedCode::undated(iso)],
                ActorKind::Country,
                true,
                loc.clone(),
            );
        }
        let gov: Vec<String> = cl
            .metonyms
            .iter()
            .filter(|(_, c)| c.is_none())
            .map(|(n, _)| n.clone())
            .collect();
        if !gov.is_empty() {
            let the = cl
                .names
                .first()
                .is_some_and(|n| n.to_lowercase().starts_with("the "));
            let gov_name = format!("Government of {}{canonical}", if the { "the " } else { "" });
            b.actor(
                gov_name,
                gov,
                vec![DatedCode::undated(format!("{iso}GOV"))],
                ActorKind::Organisation,
                false,
                loc.clone(),
            );
        }
        for (n, code) in &cl.metonyms {
            if let Some(code) = code {
                b.actor(
                    strip_the(n).to_string(),
                    vec![n.clone()],
                    vec![DatedCode::undated(code.clone())],
                    ActorKind::Organisation,
                    false,
                    loc.clone(),
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// organisations and people: `CODE | canonical | aliases` and `canonical | codes | aliases`

fn load_named(b: &mut Builder, file: &str, text: &str, kind: ActorKind) {
    let people = kind == ActorKind::Person;
    let shape = if people {
        "canonical name | codes | aliases"
    } else {
        "CODE | canonical name | aliases"
    };
    for (line, fields) in records(text) {
        let loc = Loc {
            file: file.to_string(),
            line,
        };
        if fields.len() < 2 || fields.len() > 3 {
            b.push_diag(&loc, format!("{} fields; expected {shape}", fields.len()));
            continue;
        }
        let (canon_f, codes_f) = if people {
            (fields[0], fields[1])
        } else {
            (fields[1], fields[0])
        };
        let canonical = canon_f.split_whitespace().collect::<Vec<_>>().join(" ");
        if canonical.is_empty() {
            b.push_diag(&loc, format!("no canonical name; expected {shape}"));
            continue;
        }
        let codes = match parse_codes(codes_f) {
            Ok(c) => c,
            Err(e) => {
                b.push_diag(&loc, e);
                continue;
            }
        };
        let mut names = vec![canonical.clone()];
        names.extend(list(fields.get(2).copied().unwrap_or("")));
        if let Some(e) = names.iter().find_map(|n| valid_name(n).err()) {
            b.push_diag(&loc, e);
            continue;
        }
        b.actor(canonical, names, codes, kind, false, loc);
    }
}

// ---------------------------------------------------------------------------------------
// roles

/// Plural of a noun phrase: the head is the word before `of` if any, else the last word.
pub fn plural_phrase(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split(' ').collect();
    let head = words
        .iter()
        .position(|w| *w == "of" || *w == "for" || *w == "to")
        .filter(|&p| p > 0)
        .map(|p| p - 1)
        .unwrap_or(words.len() - 1);
    words
        .iter()
        .enumerate()
        .map(|(i, w)| if i == head { plural(w) } else { w.to_string() })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Plural of one noun.
pub fn plural(w: &str) -> String {
    let lower = w.to_lowercase();
    let cut = |suffix: &str, with: &str| format!("{}{with}", &w[..w.len() - suffix.len()]);
    if lower.ends_with("person") {
        return cut("person", "people");
    }
    if lower.ends_with("man") && !matches!(lower.as_str(), "human" | "german" | "roman" | "shaman")
    {
        return cut("man", "men");
    }
    if lower == "child" {
        return format!("{w}ren");
    }
    if lower.ends_with("staff") || lower.ends_with("personnel") {
        return w.to_string();
    }
    if lower.ends_with("sis") {
        return cut("is", "es");
    }
    let b = lower.as_bytes();
    let n = b.len();
    if n == 0 {
        return String::new();
    }
    if lower.ends_with('s')
        || lower.ends_with('x')
        || lower.ends_with('z')
        || lower.ends_with("ch")
        || lower.ends_with("sh")
    {
        return format!("{w}es");
    }
    if n >= 2 && b[n - 1] == b'y' && !is_vowel(b[n - 2]) {
        return cut("y", "ies");
    }
    format!("{w}s")
}

fn load_roles(b: &mut Builder, text: &str) {
    const FILE: &str = "roles.txt";
    let mut seen: HashMap<String, Loc> = HashMap::new();
    for (line, fields) in records(text) {
        let loc = Loc {
            file: FILE.to_string(),
            line,
        };
        if fields.len() != 2 {
            b.push_diag(
                &loc,
                format!("{} fields; expected ROLE | words", fields.len()),
            );
            continue;
        }
        let spec = fields[0];
        let (code, placement) = if let Some(c) = spec.strip_suffix('~') {
            (c, AgentPlacement::Prefix)
        } else {
            (
                spec.strip_prefix('~').unwrap_or(spec),
                AgentPlacement::Suffix,
            )
        };
        if !valid_code(code) {
            b.push_diag(
                &loc,
                format!("bad role code '{spec}'; expected GOV, ~GOV or IGO~"),
            );
            continue;
        }
        for word in list(fields[1]) {
            let (base, no_plural) = match word.strip_suffix('_') {
                Some(w) => (w.trim().to_string(), true),
                None => (word.clone(), false),
            };
            if let Err(e) = valid_name(&base) {
                b.push_diag(&loc, e);
                continue;
            }
            let mut names = vec![base.clone()];
            if !no_plural {
                let p = plural_phrase(&base);
                if p != base {
                    names.push(p);
                }
            }
            let mut kept = Vec::new();
            for n in names {
                let key = n.to_lowercase();
                if let Some(at) = seen.get(&key) {
                    let reason = format!("role word '{n}' is already listed at {at}");
                    b.push_diag(&loc, reason);
                } else {
                    seen.insert(key, loc.clone());
                    kept.push(n);
                }
            }
            if !kept.is_empty() {
                b.set.agents.push(AgentEntry {
                    names: kept,
                    code: code.to_string(),
                    placement,
                    loc: loc.clone(),
                });
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// verbs

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Irregular verbs: lemma, past, past participle.
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("arise", "arose", "arisen"),
    ("awake", "awoke", "awoken"),
    ("bear", "bore", "borne"),
    ("beat", "beat", "beaten"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("bend", "bent", "bent"),
    ("bind", "bound", "bound"),
    ("bite", "bit", "bitten"),
    ("blow", "blew", "blown"),
    ("break", "broke", "broken"),
    ("bring", "brought", "brought"),
    ("broadcast", "broadcast", "broadcast"),
    ("build", "built", "built"),
    ("burn", "burnt", "burnt"),
    ("burst", "burst", "burst"),
    ("buy", "bought", "bought"),
    ("cast", "cast", "cast"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cost", "cost", "cost"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drive", "drove", "driven"),
    ("eat", "ate", "eaten"),
    ("fall", "fell", "fallen"),
    ("feed", "fed", "fed"),
    ("feel", "felt", "felt"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("flee", "fled", "fled"),
    ("fly", "flew", "flown"),
    ("forbid", "forbade", "forbidden"),
    ("forecast", "forecast", "forecast"),
    ("forgive", "forgave", "forgiven"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "gotten"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("grind", "ground", "ground"),
    ("grow", "grew", "grown"),
    ("hang", "hung", "hung"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"),
    ("know", "knew", "known"),
    ("lay", "laid", "laid"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lie", "lay", "lain"),
    ("light", "lit", "lit"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("mean", "meant", "meant"),
    ("meet", "met", "met"),
    ("mislead", "misled", "misled"),
    ("offset", "offset", "offset"),
    ("overcome", "overcame", "overcome"),
    ("overrun", "overran", "overrun"),
    ("oversee", "oversaw", "overseen"),
    ("overthrow", "overthrew", "overthrown"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("rebuild", "rebuilt", "rebuilt"),
    ("redo", "redid", "redone"),
    ("retake", "retook", "retaken"),
    ("ride", "rode", "ridden"),
    ("ring", "rang", "rung"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("shed", "shed", "shed"),
    ("shoot", "shot", "shot"),
    ("show", "showed", "shown"),
    ("shut", "shut", "shut"),
    ("sing", "sang", "sung"),
    ("sink", "sank", "sunk"),
    ("sit", "sat", "sat"),
    ("slay", "slew", "slain"),
    ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"),
    ("split", "split", "split"),
    ("spread", "spread", "spread"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("stick", "stuck", "stuck"),
    ("strike", "struck", "struck"),
    ("swear", "swore", "sworn"),
    ("sweep", "swept", "swept"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tear", "tore", "torn"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("undergo", "underwent", "undergone"),
    ("understand", "understood", "understood"),
    ("undertake", "undertook", "undertaken"),
    ("upset", "upset", "upset"),
    ("uphold", "upheld", "upheld"),
    ("wage", "waged", "waged"),
    ("wake", "woke", "woken"),
    ("wear", "wore", "worn"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("withhold", "withheld", "withheld"),
    ("write", "wrote", "written"),
];

/// Verbs of more than one syllable whose final consonant doubles (`admit` → `admitted`).
const DOUBLING: &[&str] = &[
    "admit", "commit", "submit", "permit", "omit", "emit", "remit", "transmit", "regret",
    "control", "patrol", "compel", "expel", "propel", "rebel", "refer", "prefer", "confer",
    "defer", "deter", "occur", "recur", "equip", "kidnap", "worship", "transfer", "acquit",
    "outstrip", "embed", "abet", "allot", "unplug", "overstep", "concur", "incur", "infer",
    "dispel", "repel", "forbid", "rebut", "extol",
];

/// Verbs in -l that double in British spelling only: both forms are generated.
const L_DOUBLING: &[&str] = &[
    "cancel", "label", "travel", "signal", "fuel", "model", "level", "total", "channel", "counsel",
    "marshal", "shovel", "tunnel", "dial", "annul", "initial",
];

fn doubles(lemma: &str) -> bool {
    if DOUBLING.contains(&lemma) {
        return true;
    }
    let b = lemma.as_bytes();
    let n = b.len();
    if n < 3 {
        return false;
    }
    let last = b[n - 1];
    if is_vowel(last) || matches!(last, b'w' | b'x' | b'y' | b'h') {
        return false;
    }
    if !is_vowel(b[n - 2]) || is_vowel(b[n - 3]) {
        return false;
    }
    // one syllable only
    let groups = b
        .iter()
        .enumerate()
        .filter(|(i, c)| is_vowel(**c) && (*i == 0 || !is_vowel(b[i - 1])))
        .count();
    groups == 1
}

/// The inflected forms of a verb lemma: itself, 3rd person singular, past, past participle
/// and gerund (irregular table first, then the regular spelling rules).
pub fn verb_forms(lemma: &str) -> Vec<String> {
    let l = lemma.to_lowercase();
    let mut out: Vec<String> = vec![l.clone()];
    let mut push = |s: String| {
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    };
    if l == "be" {
        for f in ["is", "are", "was", "were", "been", "being", "am"] {
            push(f.to_string());
        }
        return out;
    }
    let b = l.as_bytes();
    let n = b.len();
    if n == 0 {
        return out;
    }
    let cons_y = n >= 2 && b[n - 1] == b'y' && !is_vowel(b[n - 2]);
    // 3rd person
    if l == "have" {
        push("has".into());
    } else if l.ends_with('s')
        || l.ends_with('x')
        || l.ends_with('z')
        || l.ends_with("ch")
        || l.ends_with("sh")
        || (l.ends_with('o') && !l.ends_with("oo"))
    {
        push(format!("{l}es"));
    } else if cons_y {
        push(format!("{}ies", &l[..n - 1]));
    } else {
        push(format!("{l}s"));
    }
    // past and participle
    let dbl = doubles(&l);
    let ldbl = L_DOUBLING.contains(&l.as_str());
    if let Some((_, past, pp)) = IRREGULAR.iter().find(|(v, _, _)| *v == l) {
        push(past.to_string());
        push(pp.to_string());
    } else if l.ends_with('e') {
        push(format!("{l}d"));
    } else if cons_y {
        push(format!("{}ied", &l[..n - 1]));
    } else if l.ends_with('c') {
        push(format!("{l}ked"));
    } else if dbl {
        push(format!("{l}{}ed", &l[n - 1..]));
    } else {
        push(format!("{l}ed"));
        if ldbl {
            push(format!("{l}led"));
        }
    }
    // gerund
    if l.ends_with("ie") {
        push(format!("{}ying", &l[..n - 2]));
    } else if l.ends_with('e') && !l.ends_with("ee") && !l.ends_with("ye") && !l.ends_with("oe") {
        push(format!("{}ing", &l[..n - 1]));
    } else if l.ends_with('c') {
        push(format!("{l}king"));
    } else if dbl {
        push(format!("{l}{}ing", &l[n - 1..]));
    } else {
        push(format!("{l}ing"));
        if ldbl {
            push(format!("{l}ling"));
        }
    }
    out
}

/// Singular and plural of an event noun ("talks" is taken as a plural: "talk", "talks").
pub fn noun_forms(noun: &str) -> Vec<String> {
    let l = noun.to_lowercase();
    let mut out = vec![l.clone()];
    let other = if l.ends_with("ss") || l.ends_with("us") || l.ends_with("is") {
        plural(&l)
    } else if let Some(sg) = l.strip_suffix("ies") {
        format!("{sg}y")
    } else if let Some(sg) = l.strip_suffix('s') {
        sg.to_string()
    } else {
        plural(&l)
    };
    if other != l && !other.is_empty() {
        out.push(other);
    }
    out
}

fn valid_word(w: &str) -> bool {
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '.')
        && w.chars().any(|c| c.is_alphanumeric())
}

/// Parses one pattern (`hold talks with +`, `n:demand for +`, `% meet`, `$ meet`).
fn parse_pattern(pat: &str) -> Result<VerbPattern, String> {
    let mut toks: Vec<&str> = pat.split_whitespace().collect();
    let mut symmetric = false;
    let mut pre = Vec::new();
    let mut nominal = false;
    // leading markers, in any order: `%`, `$`, `n:`
    loop {
        match toks.first().copied() {
            Some("%") => {
                symmetric = true;
                toks.remove(0);
            }
            Some("$") => {
                if !pre.is_empty() {
                    return Err(format!("'$' given twice in pattern '{pat}'"));
                }
                pre.push(PatElem::Source);
                toks.remove(0);
            }
            Some(t) if t.starts_with("n:") => {
                nominal = true;
                let rest = &t[2..];
                if rest.is_empty() {
                    toks.remove(0);
                } else {
                    toks[0] = rest;
                }
                break;
            }
            _ => break,
        }
    }
    let Some(&head) = toks.first() else {
        return Err(format!("pattern '{pat}' has no verb"));
    };
    if !valid_word(head) || head.contains('.') {
        return Err(format!(
            "pattern '{pat}' must start with a verb (or n:noun), found '{head}'"
        ));
    }
    let lemma = head.to_lowercase();
    let mut post = Vec::new();
    let mut targets = 0;
    for t in &toks[1..] {
        match *t {
            "+" => {
                targets += 1;
                post.push(PatElem::Target);
            }
            "%" => {
                symmetric = true;
            }
            w if w.contains('_') => {
                let parts: Vec<String> = w
                    .split('_')
                    .filter(|p| !p.is_empty())
                    .map(str::to_lowercase)
                    .collect();
                if parts.is_empty() || !parts.iter().all(|p| valid_word(p)) {
                    return Err(format!("bad word '{w}' in pattern '{pat}'"));
                }
                post.push(PatElem::Phrase(parts));
            }
            w if valid_word(w) => post.push(PatElem::Word(w.to_lowercase())),
            w => {
                return Err(format!(
                    "bad token '{w}' in pattern '{pat}'; expected words, '+', '%' or '$' first"
                ))
            }
        }
    }
    if targets > 1 {
        return Err(format!("more than one '+' in pattern '{pat}'"));
    }
    Ok(VerbPattern {
        lemma,
        forms: Vec::new(),
        verb_before: Vec::new(),
        verb_after: Vec::new(),
        pre,
        post,
        nominal,
        symmetric,
        code: CodeSpec::Code(String::new()),
        plover: None,
        label: pat.split_whitespace().collect::<Vec<_>>().join(" "),
        loc: Loc::default(),
    })
}

fn valid_cameo(code: &str) -> bool {
    if !(2..=4).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    matches!(code[..2].parse::<u8>(), Ok(1..=20))
}

fn load_verbs(b: &mut Builder, text: &str) {
    const FILE: &str = "verbs.txt";
    let mut seen: HashMap<String, (String, Loc)> = HashMap::new();
    let mut forms: HashMap<(bool, String), Vec<String>> = HashMap::new();
    for (line, fields) in records(text) {
        let loc = Loc {
            file: FILE.to_string(),
            line,
        };
        if fields.len() != 3 {
            b.push_diag(
                &loc,
                format!(
                    "{} fields; expected CAMEO | PLOVER | patterns",
                    fields.len()
                ),
            );
            continue;
        }
        let cameo = fields[0];
        if !valid_cameo(cameo) {
            b.push_diag(
                &loc,
                format!("bad CAMEO code '{cameo}'; expected 2 to 4 digits, root 01 to 20"),
            );
            continue;
        }
        let plover = match fields[1] {
            "-" => None,
            p if PLOVER_TYPES.contains(&p) => Some(p.to_string()),
            p => {
                b.push_diag(
                    &loc,
                    format!(
                        "unknown PLOVER type '{p}'; expected one of {} or '-'",
                        PLOVER_TYPES.join(", ")
                    ),
                );
                continue;
            }
        };
        let pats = list(fields[2]);
        if pats.is_empty() {
            b.push_diag(&loc, "no pattern given");
            continue;
        }
        // Check every pattern first: a bad pattern rejects the whole line.
        let mut parsed = Vec::new();
        let mut err = None;
        for p in &pats {
            match parse_pattern(p) {
                Ok(v) => parsed.push(v),
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
        if let Some(e) = err {
            b.push_diag(&loc, e);
            continue;
        }
        for mut v in parsed {
            let key = format!(
                "{}{}{}",
                if v.nominal { "n:" } else { "" },
                if v.symmetric { "% " } else { "" },
                v.label.trim_start_matches("n:").to_lowercase()
            );
            if let Some((code, at)) = seen.get(&key) {
                let reason = format!(
                    "pattern '{}' is already given at {at} (code {code})",
                    v.label
                );
                b.push_diag(&loc, reason);
                continue;
            }
            seen.insert(key, (cameo.to_string(), loc.clone()));
            v.forms = forms
                .entry((v.nominal, v.lemma.clone()))
                .or_insert_with(|| {
                    if v.nominal {
                        noun_forms(&v.lemma)
                    } else {
                        verb_forms(&v.lemma)
                    }
                })
                .clone();
            v.code = CodeSpec::Code(cameo.to_string());
            v.plover = plover.clone();
            v.loc = loc.clone();
            b.set.verbs.push(v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        let f = verb_forms("meet");
        assert!(f.contains(&"met".to_string()) && f.contains(&"meeting".to_string()));
        let f = verb_forms("ban");
        assert!(f.contains(&"banned".to_string()) && f.contains(&"banning".to_string()));
        let f = verb_forms("visit");
        assert!(f.contains(&"visited".to_string()) && !f.contains(&"visitted".to_string()));
        let f = verb_forms("deny");
        assert!(f.contains(&"denies".to_string()) && f.contains(&"denied".to_string()));
        let f = verb_forms("urge");
        assert!(f.contains(&"urged".to_string()) && f.contains(&"urging".to_string()));
        let f = verb_forms("admit");
        assert!(f.contains(&"admitted".to_string()));
        let f = verb_forms("cancel");
        assert!(f.contains(&"canceled".to_string()) && f.contains(&"cancelled".to_string()));
        let f = verb_forms("strike");
        assert!(f.contains(&"struck".to_string()) && f.contains(&"striking".to_string()));
        let f = verb_forms("concur");
        assert!(f.contains(&"concurred".to_string()) && f.contains(&"concurring".to_string()));
        let f = verb_forms("veto");
        assert!(f.contains(&"vetoes".to_string()) && f.contains(&"vetoed".to_string()));
    }

    #[test]
    fn plurals() {
        assert_eq!(plural_phrase("spokesman"), "spokesmen");
        assert_eq!(plural_phrase("spokesperson"), "spokespeople");
        assert_eq!(plural_phrase("secretary of state"), "secretaries of state");
        assert_eq!(plural_phrase("prime minister"), "prime ministers");
        assert_eq!(plural_phrase("militia"), "militias");
        assert_eq!(plural_phrase("embassy"), "embassies");
        assert_eq!(plural_phrase("attorney"), "attorneys");
        assert_eq!(noun_forms("talks"), vec!["talks", "talk"]);
        assert_eq!(noun_forms("demand"), vec!["demand", "demands"]);
        assert_eq!(noun_forms("crisis"), vec!["crisis", "crises"]);
    }

    #[test]
    fn camel() {
        assert_eq!(split_camel("NorthKorea"), "North Korea");
        assert_eq!(split_camel("Vatican"), "Vatican");
    }
}
