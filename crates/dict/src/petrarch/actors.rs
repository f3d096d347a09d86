//! Actor and agent dictionaries (PETRARCH `*.actors.txt` / `*.agents.txt`, TABARI
//! `.actors` / `.agents`).
//!
//! Actor kind (best effort, in this order):
//! 1. any dated code -> `Person` (dated codes are office terms);
//! 2. every code a bare ISO 3166-1 alpha-3 country code (`AFG`) -> `Country`;
//! 3. a code starting with `IGO`, `NGO`, `NGM`, `IMG`, `MNC` or `INT`, or a name with an
//!    organisation word (PARTY, ARMY, FRONT, COUNCIL, MINISTRY, UNION, ...) -> `Organisation`;
//! 4. a PETRARCH `# CountryInfo.txt` comment (person entries of Phoenix.Countries), or a
//!    name of 2-4 plain words whose codes are a country plus a non-armed role (`RUSGOV`,
//!    not `GRCREB`) -> `Person`;
//! 5. otherwise `Group`.

use super::text::{bracket_groups, diag, noun_plural, parse_dated_code, phrase_name, title_case};
use crate::{ActorEntry, ActorKind, AgentEntry, AgentPlacement, DatedCode, DictDiagnostic, Loc};
use std::collections::HashMap;

struct Pending {
    names: Vec<String>,
    codes: Vec<DatedCode>,
    line: usize,
    country_info: bool,
}

/// Reads an actor file, appending to `actors` and `diags`.
/// Reads an actor dictionary; with `stems` (TABARI), a phrase whose last word has no closing '_' ends
/// in a stem, marked by a trailing `~` on the name ("ARGENTIN" matches "Argentina").
pub(crate) fn read_actors(
    file: &str,
    src: &str,
    stems: bool,
    actors: &mut Vec<ActorEntry>,
    diags: &mut Vec<DictDiagnostic>,
) {
    let named = |raw: &str| {
        let raw = raw.trim_end_matches('=').trim();
        let name = phrase_name(raw);
        if stems && !name.is_empty() && !raw.ends_with('_') {
            format!("{name}~")
        } else {
            name
        }
    };
    let mut cur: Option<Pending> = None;
    let mut in_section = false;
    let flush = |p: Option<Pending>, actors: &mut Vec<ActorEntry>| {
        if let Some(p) = p {
            if p.names.is_empty() {
                return;
            }
            let kind = actor_kind(&p.names[0], &p.codes, p.country_info);
            actors.push(ActorEntry {
                canonical: title_case(p.names[0].trim_end_matches('~')),
                names: p.names,
                codes: p.codes,
                kind,
                adjective: false,
                loc: Loc {
                    file: file.to_string(),
                    line: p.line,
                },
            });
        }
    };
    for line in super::text::content_lines(src) {
        let t: &str = &line.text;
        let no = line.no;
        // TABARI part-of-speech sections (<NOUN>, <ADJECTIVE>): word lists without codes.
        if t.starts_with('<') && t.ends_with('>') {
            in_section = !t.starts_with("</");
            continue;
        }
        if in_section {
            continue;
        }
        let (outside, groups) = match bracket_groups(t) {
            Ok(x) => x,
            Err(e) => {
                diags.push(diag(file, no, e));
                continue;
            }
        };
        let mut codes = Vec::new();
        for g in &groups {
            match parse_dated_code(g) {
                Ok(c) => codes.push(c),
                Err(e) => diags.push(diag(file, no, e)),
            }
        }
        let name_part = outside.trim();
        if name_part.is_empty() {
            // A code line for the current entry.
            match cur.as_mut() {
                Some(p) => p.codes.extend(codes),
                None => diags.push(diag(
                    file,
                    no,
                    "code line without an actor above it: expected 'NAME [CODE]' first",
                )),
            }
            continue;
        }
        if let Some(syn) = name_part.strip_prefix('+') {
            let name = named(syn);
            match (cur.as_mut(), name.is_empty()) {
                (_, true) => diags.push(diag(file, no, "expected a synonym phrase after '+'")),
                (Some(p), false) => {
                    p.names.push(name);
                    p.codes.extend(codes);
                }
                (None, false) => diags.push(diag(
                    file,
                    no,
                    "synonym without an actor above it: expected 'NAME [CODE]' first",
                )),
            }
            continue;
        }
        if name_part.starts_with(['-', '&', '~', '!', '{', '}', '(', ')']) {
            diags.push(diag(
                file,
                no,
                format!(
                    "expected an actor phrase (WORD_WORD_ [CODE]), '+synonym' or '[CODE]', found '{name_part}'"
                ),
            ));
            continue;
        }
        flush(cur.take(), actors);
        let name = named(name_part);
        let country_info = line.comment.contains("CountryInfo");
        cur = Some(Pending {
            names: vec![name],
            codes,
            line: no,
            country_info,
        });
    }
    flush(cur.take(), actors);
}

const ORG_WORDS: [&str; 40] = [
    "PARTY",
    "ARMY",
    "FRONT",
    "COUNCIL",
    "MINISTRY",
    "UNION",
    "COMMITTEE",
    "BRIGADE",
    "BRIGADES",
    "MOVEMENT",
    "GROUP",
    "FORCES",
    "ASSOCIATION",
    "AGENCY",
    "BANK",
    "COMPANY",
    "CORPORATION",
    "ORGANIZATION",
    "ORGANISATION",
    "INSTITUTE",
    "UNIVERSITY",
    "COURT",
    "COMMISSION",
    "FEDERATION",
    "LEAGUE",
    "ALLIANCE",
    "FUND",
    "OFFICE",
    "DEPARTMENT",
    "BUREAU",
    "TELEVISION",
    "RADIO",
    "NEWS",
    "INC",
    "LTD",
    "NATIONS",
    "FOUNDATION",
    "CONGRESS",
    "PARLIAMENT",
    "ASSEMBLY",
];

const GROUP_ROLES: [&str; 6] = ["REB", "INS", "SEP", "UAF", "CRM", "RAD"];

const ORG_PREFIXES: [&str; 6] = ["IGO", "NGO", "NGM", "IMG", "MNC", "INT"];

fn is_iso3(code: &str) -> bool {
    code.len() == 3
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && celes::Country::from_alpha3(code).is_ok()
}

fn actor_kind(name: &str, codes: &[DatedCode], country_info: bool) -> ActorKind {
    if codes.iter().any(|c| !c.is_default()) {
        return ActorKind::Person;
    }
    if !codes.is_empty() && codes.iter().all(|c| is_iso3(&c.code)) {
        return ActorKind::Country;
    }
    let upper = name.to_uppercase();
    let words: Vec<&str> = upper.split(' ').collect();
    if codes
        .iter()
        .any(|c| ORG_PREFIXES.iter().any(|p| c.code.starts_with(p)))
        || words.iter().any(|w| ORG_WORDS.contains(w))
    {
        return ActorKind::Organisation;
    }
    if country_info {
        return ActorKind::Person;
    }
    let plain = (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.'));
    // Country + role (RUSGOV); armed/rebel roles are groups.
    let role = !codes.is_empty()
        && codes.iter().all(|c| {
            c.code.get(..3).is_some_and(is_iso3)
                && c.code
                    .get(3..)
                    .is_some_and(|r| !r.is_empty() && !GROUP_ROLES.iter().any(|g| r.starts_with(g)))
        });
    if plain && role && words[0] != "THE" {
        return ActorKind::Person;
    }
    ActorKind::Group
}

/// Reads an agent file, appending to `agents` and `diags`.
pub(crate) fn read_agents(
    file: &str,
    src: &str,
    agents: &mut Vec<AgentEntry>,
    diags: &mut Vec<DictDiagnostic>,
) {
    let mut markers: HashMap<String, Vec<String>> = HashMap::new();
    for line in super::text::content_lines(src) {
        let t: &str = &line.text;
        let no = line.no;
        if t.starts_with('<') && t.ends_with('>') {
            continue;
        }
        if t.starts_with('!') && t.contains('=') {
            match parse_marker(t) {
                Ok((m, items)) => {
                    markers.insert(m, items);
                }
                Err(e) => diags.push(diag(file, no, e)),
            }
            continue;
        }
        match parse_agent(t, &markers) {
            Ok((names, code, placement)) => agents.push(AgentEntry {
                names,
                code,
                placement,
                loc: Loc {
                    file: file.to_string(),
                    line: no,
                },
            }),
            Err(e) => diags.push(diag(file, no, e)),
        }
    }
}

/// `!PERSON! = MAN, MEN, WOMAN`
fn parse_marker(t: &str) -> Result<(String, Vec<String>), String> {
    let help = "expected a marker definition '!NAME! = A, B, C'";
    let (l, r) = t.split_once('=').ok_or(help)?;
    let m = l
        .trim()
        .strip_prefix('!')
        .and_then(|s| s.strip_suffix('!'))
        .filter(|m| !m.is_empty() && !m.contains('!'))
        .ok_or(help)?;
    let items: Vec<String> = r
        .split(',')
        .map(|s| phrase_name(s.trim()))
        .filter(|s| !s.is_empty())
        .collect();
    if items.is_empty() {
        return Err(format!("{help}: the list is empty"));
    }
    Ok((m.to_string(), items))
}

/// Expands every `!MARKER!` of a phrase.
fn expand_markers(s: &str, markers: &HashMap<String, Vec<String>>) -> Result<Vec<String>, String> {
    let Some(a) = s.find('!') else {
        return Ok(vec![s.to_string()]);
    };
    let b = s[a + 1..]
        .find('!')
        .map(|b| a + 1 + b)
        .ok_or("expected a closing '!' in the substitution marker !NAME!")?;
    let name = &s[a + 1..b];
    let items = markers.get(name).ok_or_else(|| {
        format!("undefined substitution marker !{name}!: expected a '!{name}! = ...' line above")
    })?;
    let mut out = Vec::new();
    for it in items {
        let joined = format!("{}{}{}", &s[..a], it, &s[b + 1..]);
        out.extend(expand_markers(&joined, markers)?);
    }
    Ok(out)
}

/// `WORD {PLURAL} [~XXX]`, `WORD {} [XXX~]`, `CATTLE!PERSON! [~AGR]`.
fn parse_agent(
    t: &str,
    markers: &HashMap<String, Vec<String>>,
) -> Result<(Vec<String>, String, AgentPlacement), String> {
    let (outside, groups) = bracket_groups(t)?;
    let code = match groups.as_slice() {
        [] => return Err("expected an agent code [~XXX] or [XXX~] after the phrase".into()),
        [g] => g.trim(),
        _ => return Err("expected one agent code [~XXX] or [XXX~] per line".into()),
    };
    let (code, placement) = if let Some(c) = code.strip_prefix('~') {
        (c.trim(), AgentPlacement::Suffix)
    } else if let Some(c) = code.strip_suffix('~') {
        (c.trim(), AgentPlacement::Prefix)
    } else {
        return Err(format!(
            "agent code [{code}] has no '~': expected [~XXX] (after the actor code) or [XXX~] (before it)"
        ));
    };
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(format!(
            "bad agent code '{code}': expected letters/digits with one '~'"
        ));
    }
    let outside = outside.trim();
    let (phrase, plural) = match (outside.find('{'), outside.find('}')) {
        (None, None) => (outside, None),
        (Some(o), Some(c)) if o < c => {
            if !outside[c + 1..].trim().is_empty() {
                return Err("unexpected text after the plural {...}".into());
            }
            (outside[..o].trim(), Some(phrase_name(&outside[o + 1..c])))
        }
        _ => return Err("expected the plural as '{PLURAL}' or '{}' (unbalanced braces)".into()),
    };
    if phrase.is_empty() {
        return Err("expected an agent phrase before the code".into());
    }
    let mut names = Vec::new();
    if phrase.contains('!') {
        // Substitutions are taken as written: no plural is generated.
        for p in expand_markers(phrase, markers)? {
            let n = phrase_name(&p);
            if !n.is_empty() && !names.contains(&n) {
                names.push(n);
            }
        }
    } else {
        let n = phrase_name(phrase);
        if n.is_empty() {
            return Err("expected an agent phrase before the code".into());
        }
        let pl = match plural {
            Some(p) => p,
            None if phrase.ends_with('_') => String::new(),
            None => match n.rfind(' ') {
                Some(i) => format!("{}{}", &n[..=i], noun_plural(&n[i + 1..])),
                None => noun_plural(&n),
            },
        };
        names.push(n);
        if !pl.is_empty() && !names.contains(&pl) {
            names.push(pl);
        }
    }
    if names.is_empty() {
        return Err("expected an agent phrase before the code".into());
    }
    Ok((names, code.to_string(), placement))
}
