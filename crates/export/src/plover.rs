//! `plover`: PLOVER event records, one JSON object a line (newline-delimited JSON, as the
//! PLOVER manual recommends), with the field names of the manual's "JSON Data Fields" chapter
//! (PLOVER manual, draft 0.7b1, Open Event Data Alliance, CC BY-SA 4.0:
//! <https://github.com/openeventdata/PLOVER>):
//!
//! | field | from Lede |
//! |---|---|
//! | `id` | `lede-<row>`: the event's row id in the store (unique within one store) |
//! | `date` | the event's date (`YYYY-MM-DD`; `YYYY-MM` or `YYYY` where the text gave no day) |
//! | `source`, `recipient` | lists of one actor object each (below); `recipient` omitted when there is none |
//! | `event` | `[category]`, the stored PLOVER category |
//! | `mode` | `[mode]` where the CAMEO code names one of the manual's mode tables, else `[]` |
//! | `context` | `["future"]`, `["historical"]`, `["hypothetical"]` or `["negation"]` from the modality, else `[]` |
//! | `event_loc` | location object: `name`, `latitude`, `longitude`, `cc3`; null without a place |
//! | `event_text` | `[trigger words]` |
//! | `quad_code` | 1-4 from the manual's quad table |
//! | `event_scale` | the manual's "Schrodt score" of the category, where it gives one |
//! | `text` | the sentence |
//! | `text_info` | `{"start", "end"}` of the sentence |
//! | `cite_info` | `{"url", "title", "publication", "coder", "codebook"}` |
//! | `coder` | the engine version that coded the event |
//!
//! Actor objects: `code` (the 3-letter top-level code: ISO 3166-1 alpha-3 country, or a
//! non-state code such as `IGO`), `sector` (the next one or two 3-letter codes, `GOV`,
//! `MILREB`), `actor_text` (the words of the mention), `identifier_text` (the canonical name;
//! the manual's table spells it `identifer`, a typo we do not copy), and, beyond the manual,
//! `cameo_code` (the full code) and `country` (the resolved country, where known).
//!
//! Beyond the manual (it invites extra fields "beyond those provided"): `event_type` (the
//! category as a string, as POLECAT and its coder NGEC name it), `cameo_code`, `modality`,
//! `article_id`, `story_id`, `rule`.
//!
//! Where the mapping is lossy:
//! - events without a PLOVER category (CAMEO 01 statements, and whatever else the coder maps
//!   to none; PLOVER drops them) are not written: [`write_record`] returns false;
//! - PLOVER puts compound and reciprocal actors in one record's lists; Lede stores one event per
//!   pair, so each record has one source and at most one recipient;
//! - CAMEO 043 (host a visit): the manual codes the visitor as source and the host as
//!   recipient, so the two sides are swapped (mode `visit`);
//! - `mode` is only what the CAMEO code implies (several of the manual's mode tables are
//!   marked as drafts); document-level contexts (economic, military, ...) are not coded, only
//!   the four grammatical ones;
//! - `text_info.start`/`end` are byte offsets into the UTF-8 article text (the manual says
//!   character offsets; they agree on ASCII text);
//! - `event_loc` carries no GeoNames id (the store keeps none), and `cc3` only (no 2-letter
//!   `country code`);
//! - `quad_code`: categories the manual's quad table leaves out (REQUEST, FIGHT, DISAPPROVE,
//!   CRIME) take the CAMEO quad class of their root (01-05: 1, 06-08: 2, 09-13: 3, 14-20: 4).

use crate::{ExportEvent, ExportSide};
use serde::Serialize;

#[derive(Serialize)]
struct Record<'a> {
    id: String,
    date: Option<&'a str>,
    source: Vec<Actor<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    recipient: Vec<Actor<'a>>,
    event: [&'a str; 1],
    event_type: &'a str,
    mode: Vec<&'static str>,
    context: Vec<&'static str>,
    event_loc: Option<Location<'a>>,
    event_text: [&'a str; 1],
    quad_code: Option<u8>,
    event_scale: Option<f64>,
    text: &'a str,
    text_info: TextInfo,
    cite_info: CiteInfo<'a>,
    coder: &'a str,
    cameo_code: &'a str,
    modality: &'a str,
    article_id: &'a str,
    story_id: Option<&'a str>,
    rule: &'a str,
}

#[derive(Serialize)]
struct Actor<'a> {
    code: Option<&'a str>,
    sector: Option<&'a str>,
    actor_text: Option<&'a str>,
    identifier_text: Option<&'a str>,
    cameo_code: Option<&'a str>,
    country: Option<&'a str>,
}

#[derive(Serialize)]
struct Location<'a> {
    name: &'a str,
    latitude: Option<f64>,
    longitude: Option<f64>,
    cc3: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    admin1_name: Option<&'a str>,
}

#[derive(Serialize)]
struct TextInfo {
    start: i64,
    end: i64,
}

#[derive(Serialize)]
struct CiteInfo<'a> {
    url: Option<&'a str>,
    title: Option<&'a str>,
    publication: Option<&'a str>,
    coder: &'a str,
    codebook: &'static str,
}

/// What the `codebook` of `cite_info` says: the events are CAMEO-coded and mapped to PLOVER.
pub const CODEBOOK: &str = "CAMEO mapped to PLOVER 0.7b1 categories";

/// An actor code split as PLOVER wants it: the 3-letter top-level code and the sector (the
/// next one or two 3-letter codes). `None` parts where the code is shorter.
pub fn split_code(code: &str) -> (Option<&str>, Option<&str>) {
    let top = code.get(..3).filter(|t| t.len() == 3);
    let sector = code.get(3..).filter(|s| !s.is_empty()).map(|s| {
        // At most two 3-letter codes (a primary and a secondary sector).
        s.get(..6).unwrap_or(s)
    });
    (top, sector)
}

fn actor(s: &ExportSide) -> Option<Actor<'_>> {
    if s.is_empty() {
        return None;
    }
    let (top, sector) = s.code.as_deref().map_or((None, None), split_code);
    Some(Actor {
        code: top,
        sector,
        actor_text: s.text.as_deref(),
        identifier_text: s.name.as_deref(),
        cameo_code: s.code.as_deref(),
        country: s.country.as_deref(),
    })
}

/// The PLOVER context of a stored modality (the manual's grammatical contexts).
pub fn context_of(modality: &str) -> Option<&'static str> {
    match modality {
        "future" => Some("future"),
        "historical" => Some("historical"),
        "hypothetical" => Some("hypothetical"),
        "negated" => Some("negation"),
        _ => None,
    }
}

/// The CAMEO quad class of a root: 1 verbal cooperation (01-05), 2 material cooperation
/// (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
pub fn cameo_quad(root: &str) -> Option<u8> {
    let n: u8 = root.get(..2)?.parse().ok()?;
    match n {
        1..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 => Some(3),
        14..=20 => Some(4),
        _ => None,
    }
}

/// The PLOVER quad code of a category (the manual's table), else the CAMEO quad class of the
/// root.
pub fn quad_code(category: &str, root: &str) -> Option<u8> {
    match category {
        "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" => Some(1),
        "COOPERATE" | "AID" | "RETREAT" | "INVESTIGATE" => Some(2),
        "DEMAND" | "ACCUSE" | "REJECT" | "SANCTION" | "THREATEN" => Some(3),
        "PROTEST" | "MOBILIZE" | "COERCE" | "ASSAULT" => Some(4),
        _ => cameo_quad(root),
    }
}

/// The manual's "Schrodt score" (numeric conflict-cooperation score) of a category.
pub fn schrodt_score(category: &str) -> Option<f64> {
    Some(match category {
        "ASSAULT" => -9.3,
        "COERCE" => -7.2,
        "PROTEST" => -6.6,
        "MOBILIZE" => -5.3,
        "SANCTION" => -5.2,
        "THREATEN" => -5.1,
        "DEMAND" => -5.0,
        "REJECT" => -4.2,
        "ACCUSE" | "INVESTIGATE" => -2.0,
        "CONSULT" => 2.1,
        "AGREE" => 4.2,
        "SUPPORT" => 4.6,
        "CONCEDE" => 5.0,
        "COOPERATE" => 6.8,
        "AID" => 7.4,
        "RETREAT" => 7.6,
        _ => return None,
    })
}

/// CAMEO code prefixes and the PLOVER (category, mode) they imply, from the manual's mode
/// tables; the longest prefix wins.
const MODES: &[(&str, &str, &str)] = &[
    ("041", "CONSULT", "phone"),
    ("042", "CONSULT", "visit"),
    ("043", "CONSULT", "visit"),
    ("044", "CONSULT", "third-party"),
    ("071", "AID", "economic"),
    ("072", "AID", "military"),
    ("073", "AID", "humanitarian"),
    ("075", "AID", "asylum"),
    ("0841", "RETREAT", "release"),
    ("0842", "RETREAT", "return"),
    ("086", "RETREAT", "access"),
    ("0871", "RETREAT", "ceasefire"),
    ("0873", "RETREAT", "disarm"),
    ("0874", "RETREAT", "withdraw"),
    ("101", "DEMAND", "assist"),
    ("102", "DEMAND", "assist"),
    ("103", "DEMAND", "assist"),
    ("104", "DEMAND", "change"),
    ("105", "DEMAND", "yield"),
    ("106", "DEMAND", "meet"),
    ("107", "DEMAND", "meet"),
    ("108", "DEMAND", "meet"),
    ("121", "REJECT", "assist"),
    ("122", "REJECT", "assist"),
    ("123", "REJECT", "change"),
    ("124", "REJECT", "yield"),
    ("125", "REJECT", "meet"),
    ("126", "REJECT", "meet"),
    ("1311", "THREATEN", "relations"),
    ("1312", "THREATEN", "restrict"),
    ("1313", "THREATEN", "relations"),
    ("1322", "THREATEN", "ban"),
    ("1323", "THREATEN", "restrict"),
    ("134", "THREATEN", "relations"),
    ("135", "THREATEN", "relations"),
    ("136", "THREATEN", "expel"),
    ("1381", "THREATEN", "restrict"),
    ("1382", "THREATEN", "territory"),
    ("1383", "THREATEN", "violence"),
    ("1384", "THREATEN", "violence"),
    ("1385", "THREATEN", "violence"),
    ("141", "PROTEST", "demo"),
    ("142", "PROTEST", "strike-hun"),
    ("143", "PROTEST", "boycott"),
    ("144", "PROTEST", "obstruct"),
    ("145", "PROTEST", "riot"),
    ("151", "MOBILIZE", "police"),
    ("152", "MOBILIZE", "troops"),
    ("153", "MOBILIZE", "police"),
    ("154", "MOBILIZE", "troops"),
    ("161", "SANCTION", "sever"),
    ("162", "SANCTION", "withdraw"),
    ("163", "SANCTION", "sever"),
    ("164", "SANCTION", "cancel"),
    ("165", "SANCTION", "withdraw"),
    ("1711", "COERCE", "confiscate"),
    ("1721", "COERCE", "restrict"),
    ("1722", "COERCE", "ban"),
    ("1723", "COERCE", "curfew"),
    ("1724", "COERCE", "martial-law"),
    ("173", "COERCE", "arrest"),
    ("174", "COERCE", "deport"),
    ("181", "ASSAULT", "abduct"),
    ("182", "ASSAULT", "beat"),
    ("1821", "ASSAULT", "sexual"),
    ("1822", "ASSAULT", "torture"),
    ("183", "ASSAULT", "explosives"),
    ("1831", "ASSAULT", "suicide-attack"),
    ("185", "ASSAULT", "assassinate"),
    ("186", "ASSAULT", "assassinate"),
    ("193", "ASSAULT", "firearms"),
    ("194", "ASSAULT", "heavy-weapons"),
];

/// The PLOVER mode a CAMEO code implies for an event of `category`, if any.
pub fn mode_of(code: &str, category: &str) -> Option<&'static str> {
    MODES
        .iter()
        .filter(|(prefix, cat, _)| code.starts_with(prefix) && *cat == category)
        .max_by_key(|(prefix, _, _)| prefix.len())
        .map(|&(_, _, mode)| mode)
}

/// The event as one PLOVER JSON line (newline included), or `None` when it has no PLOVER
/// category.
pub fn record(e: &ExportEvent) -> Option<String> {
    let mut s = String::new();
    write_record(e, &mut s).then_some(s)
}

/// Appends the event's PLOVER line to `out`; false (nothing appended) when the event has no
/// PLOVER category.
pub fn write_record(e: &ExportEvent, out: &mut String) -> bool {
    let Some(category) = e.plover.as_deref().map(str::trim).filter(|c| !c.is_empty()) else {
        return false;
    };
    let (mut source, mut recipient) = (actor(&e.source_actor), actor(&e.target_actor));
    // CAMEO 043 "host a visit": PLOVER codes the visitor as source, the host as recipient.
    if e.code.starts_with("043") && category == "CONSULT" {
        std::mem::swap(&mut source, &mut recipient);
    }
    let r = Record {
        id: format!("lede-{}", e.row),
        date: e.date.as_deref(),
        source: source.into_iter().collect(),
        recipient: recipient.into_iter().collect(),
        event: [category],
        event_type: category,
        mode: mode_of(&e.code, category).into_iter().collect(),
        context: context_of(&e.modality).into_iter().collect(),
        event_loc: e.place.as_ref().map(|p| Location {
            name: &p.name,
            latitude: p.lat,
            longitude: p.lon,
            cc3: p.country.as_deref(),
            admin1_name: p.region.as_deref().filter(|r| *r != p.name),
        }),
        event_text: [&e.trigger],
        quad_code: quad_code(category, &e.root),
        event_scale: schrodt_score(category),
        text: &e.sentence,
        text_info: TextInfo {
            start: e.start,
            end: e.end,
        },
        cite_info: CiteInfo {
            url: e.url.as_deref(),
            title: e.title.as_deref(),
            publication: e.source.as_deref(),
            coder: &e.engine_version,
            codebook: CODEBOOK,
        },
        coder: &e.engine_version,
        cameo_code: &e.code,
        modality: &e.modality,
        article_id: &e.article,
        story_id: e.story.as_deref(),
        rule: &e.rule,
    };
    match serde_json::to_string(&r) {
        Ok(line) => {
            out.push_str(&line);
            out.push('\n');
            true
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::sample;
    use serde_json::Value;

    fn parse(e: &ExportEvent) -> Value {
        serde_json::from_str(&record(e).expect("a PLOVER record")).unwrap()
    }

    #[test]
    fn a_record_uses_the_manuals_field_names() {
        let v = parse(&sample());
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        for k in [
            "id",
            "date",
            "source",
            "recipient",
            "event",
            "mode",
            "context",
            "event_loc",
            "event_text",
            "quad_code",
            "event_scale",
            "text",
            "text_info",
            "cite_info",
            "coder",
        ] {
            assert!(keys.contains(&k), "missing {k} in {keys:?}");
        }
        assert_eq!(v["id"], "lede-17");
        assert_eq!(v["date"], "2025-12-02");
        assert_eq!(v["event"], serde_json::json!(["CONSULT"]));
        assert_eq!(v["event_type"], "CONSULT");
        assert_eq!(v["mode"], serde_json::json!(["visit"]));
        assert_eq!(v["context"], serde_json::json!([]));
        let src = &v["source"][0];
        assert_eq!(src["code"], "USA");
        assert_eq!(src["sector"], "GOV");
        assert_eq!(src["actor_text"], "U.S. Special Envoy Steve Witkoff");
        assert_eq!(src["identifier_text"], "Steve Witkoff");
        assert_eq!(v["recipient"][0]["code"], "RUS");
        assert_eq!(v["event_loc"]["name"], "Moscow");
        assert_eq!(v["event_loc"]["cc3"], "RUS");
        assert_eq!(v["event_loc"]["latitude"], 55.75);
        assert_eq!(v["event_text"], serde_json::json!(["met"]));
        assert_eq!(v["quad_code"], 1);
        assert_eq!(v["event_scale"], 2.1);
        assert_eq!(v["text"], "Witkoff met Putin in Moscow on Tuesday.");
        assert_eq!(v["text_info"]["end"], 39);
        assert_eq!(v["cite_info"]["url"], "https://example.org/news/1");
        assert_eq!(v["cite_info"]["publication"], "Lede Wire");
    }

    #[test]
    fn hosting_swaps_the_sides_and_modality_becomes_context() {
        let mut e = sample();
        e.code = "043".into();
        e.modality = "future".into();
        let v = parse(&e);
        assert_eq!(v["source"][0]["cameo_code"], "RUSGOV");
        assert_eq!(v["recipient"][0]["cameo_code"], "USAGOV");
        assert_eq!(v["context"], serde_json::json!(["future"]));
        e.modality = "negated".into();
        assert_eq!(parse(&e)["context"], serde_json::json!(["negation"]));
    }

    #[test]
    fn no_category_no_record_and_no_recipient_no_field() {
        let mut e = sample();
        e.plover = None;
        assert!(record(&e).is_none());
        e.plover = Some("ASSAULT".into());
        e.code = "1831".into();
        e.root = "18".into();
        e.target_actor = ExportSide::default();
        e.place = None;
        let v = parse(&e);
        assert!(v.get("recipient").is_none());
        assert!(v["event_loc"].is_null());
        assert_eq!(v["mode"], serde_json::json!(["suicide-attack"]));
        assert_eq!(v["quad_code"], 4);
    }

    #[test]
    fn codes_split_and_quads_fall_back_to_the_cameo_root() {
        assert_eq!(split_code("USAGOV"), (Some("USA"), Some("GOV")));
        assert_eq!(split_code("SYRMILREBXYZ"), (Some("SYR"), Some("MILREB")));
        assert_eq!(split_code("IGO"), (Some("IGO"), None));
        assert_eq!(split_code("UN"), (None, None));
        assert_eq!(quad_code("REQUEST", "02"), Some(1));
        assert_eq!(quad_code("REQUEST", "10"), Some(3));
        assert_eq!(quad_code("COOPERATE", "06"), Some(2));
        assert_eq!(quad_code("WHATEVER", "xx"), None);
        assert_eq!(mode_of("0841", "CONCEDE"), None);
        assert_eq!(mode_of("0841", "RETREAT"), Some("release"));
    }

    #[test]
    fn odd_text_stays_on_one_line() {
        let mut e = sample();
        e.sentence = "line one\nline \"two\"\t\u{0}".into();
        let line = record(&e).unwrap();
        assert_eq!(line.matches('\n').count(), 1);
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["text"], e.sentence.as_str());
    }
}
