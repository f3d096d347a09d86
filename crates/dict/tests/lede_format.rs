//! Tests of Lede's own dictionary format: the embedded set and deliberately broken folders.

use lede_dict::lede_format::{self, PLOVER_TYPES};
use lede_dict::{
    ActorEntry, ActorKind, AgentPlacement, CodeSpec, DictFormat, DictSet, NaiveDate, PatElem,
};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn set() -> DictSet {
    lede_format::embedded()
}

/// The entries that list `name` (case-insensitive), adjectives or not.
fn find<'a>(set: &'a DictSet, name: &str, adjective: bool) -> Vec<&'a ActorEntry> {
    set.actors
        .iter()
        .filter(|a| {
            a.adjective == adjective && a.names.iter().any(|n| n.eq_ignore_ascii_case(name))
        })
        .collect()
}

fn code_of(set: &DictSet, name: &str, date: Option<&str>) -> Option<String> {
    let found = find(set, name, false);
    assert_eq!(
        found.len(),
        1,
        "'{name}' should be listed exactly once, found {found:?}"
    );
    found[0].code_on(date.map(d)).map(str::to_string)
}

#[test]
fn embedded_set_loads_without_diagnostics() {
    let s = set();
    assert_eq!(s.format, DictFormat::Lede);
    let diags: Vec<String> = s.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(
        diags.is_empty(),
        "{} diagnostics:\n{}",
        diags.len(),
        diags.join("\n")
    );
    assert!(s.actors.len() > 500, "actors: {}", s.actors.len());
    assert!(s.agents.len() > 150, "agents: {}", s.agents.len());
    assert!(s.verbs.len() >= 400, "verb patterns: {}", s.verbs.len());
}

#[test]
fn countries_from_celes_and_countries_txt() {
    let s = set();
    assert_eq!(code_of(&s, "Russia", None).as_deref(), Some("RUS"));
    assert_eq!(
        code_of(&s, "the Russian Federation", None).as_deref(),
        Some("RUS")
    );
    assert_eq!(code_of(&s, "the U.S.", None).as_deref(), Some("USA"));
    assert_eq!(code_of(&s, "America", None).as_deref(), Some("USA"));
    assert_eq!(code_of(&s, "Britain", None).as_deref(), Some("GBR"));
    assert_eq!(code_of(&s, "Kosovo", None).as_deref(), Some("XKX"));
    assert_eq!(code_of(&s, "Palestine", None).as_deref(), Some("PSE"));
    assert_eq!(code_of(&s, "Taiwan", None).as_deref(), Some("TWN"));
    assert_eq!(code_of(&s, "Hong Kong", None).as_deref(), Some("HKG"));
    assert_eq!(code_of(&s, "the Holy See", None).as_deref(), Some("VAT"));
    // a country only celes knows still loads, under a celes name
    assert_eq!(code_of(&s, "Tokelau", None).as_deref(), Some("TKL"));
    // celes' CamelCase aliases are split into words
    assert_eq!(code_of(&s, "North Korea", None).as_deref(), Some("PRK"));
    let russia = &find(&s, "Russia", false)[0];
    assert_eq!(russia.kind, ActorKind::Country);
    assert_eq!(russia.canonical, "Russia");
    // a dropped celes name is gone
    assert!(find(&s, "Jersey", false).is_empty());
}

#[test]
fn adjectives_and_metonyms() {
    let s = set();
    for (adj, iso) in [
        ("Russian", "RUS"),
        ("U.S.", "USA"),
        ("American", "USA"),
        ("Ukrainian", "UKR"),
        ("Emirati", "ARE"),
        ("Saudi", "SAU"),
        ("Israeli", "ISR"),
        ("Iranian", "IRN"),
    ] {
        let found = find(&s, adj, true);
        assert_eq!(found.len(), 1, "{adj}");
        assert_eq!(found[0].code_on(None), Some(iso), "{adj}");
        assert_eq!(found[0].kind, ActorKind::Country);
    }
    assert_eq!(code_of(&s, "the Kremlin", None).as_deref(), Some("RUSGOV"));
    assert_eq!(code_of(&s, "Kyiv", None).as_deref(), Some("UKRGOV"));
    assert_eq!(
        code_of(&s, "the White House", None).as_deref(),
        Some("USAGOV")
    );
    assert_eq!(code_of(&s, "the Pentagon", None).as_deref(), Some("USAMIL"));
    assert_eq!(
        code_of(&s, "Downing Street", None).as_deref(),
        Some("GBRGOV")
    );
    let kremlin = &find(&s, "the Kremlin", false)[0];
    assert_eq!(kremlin.kind, ActorKind::Organisation);
    assert_eq!(kremlin.canonical, "Government of Russia");
    let wh = &find(&s, "the White House", false)[0];
    assert_eq!(wh.canonical, "Government of the United States");
}

#[test]
fn organisations_and_groups() {
    let s = set();
    assert_eq!(code_of(&s, "UN", None).as_deref(), Some("IGOUNO"));
    assert_eq!(
        code_of(&s, "United Nations Security Council", None).as_deref(),
        Some("IGOUNO")
    );
    assert_eq!(code_of(&s, "NATO", None).as_deref(), Some("IGOWSTNAT"));
    assert_eq!(code_of(&s, "Houthis", None).as_deref(), Some("YEMREB"));
    assert_eq!(code_of(&s, "RSF", None).as_deref(), Some("SDNREB"));
    assert_eq!(code_of(&s, "SAF", None).as_deref(), Some("SDNMIL"));
    assert_eq!(code_of(&s, "Hezbollah", None).as_deref(), Some("LBNREB"));
    // a dated organisation code: the Taliban before and after August 2021
    assert_eq!(
        code_of(&s, "Taliban", Some("2020-02-29")).as_deref(),
        Some("AFGREB")
    );
    assert_eq!(
        code_of(&s, "Taliban", Some("2023-01-01")).as_deref(),
        Some("AFGGOV")
    );
    assert!(find(&s, "Hamas", false)
        .iter()
        .all(|a| a.kind == ActorKind::Organisation));
}

#[test]
fn dated_people_codes() {
    let s = set();
    // Trump: two terms as USAGOV, USAELI between and before them
    assert_eq!(
        code_of(&s, "Trump", Some("2016-06-01")).as_deref(),
        Some("USAELI")
    );
    assert_eq!(
        code_of(&s, "Trump", Some("2017-01-20")).as_deref(),
        Some("USAGOV")
    );
    assert_eq!(
        code_of(&s, "Trump", Some("2021-01-19")).as_deref(),
        Some("USAGOV")
    );
    assert_eq!(
        code_of(&s, "Trump", Some("2021-01-20")).as_deref(),
        Some("USAELI"),
        "upper bound is exclusive"
    );
    assert_eq!(
        code_of(&s, "Trump", Some("2025-03-19")).as_deref(),
        Some("USAGOV")
    );
    // Biden: VP and president, senator before
    assert_eq!(
        code_of(&s, "Biden", Some("2024-09-17")).as_deref(),
        Some("USAGOV")
    );
    assert_eq!(
        code_of(&s, "Biden", Some("2025-02-01")).as_deref(),
        Some("USAELI")
    );
    assert_eq!(
        code_of(&s, "Biden", Some("2000-01-01")).as_deref(),
        Some("USALEG")
    );
    // Rubio: senator, then Secretary of State from 2025-01-21
    assert_eq!(
        code_of(&s, "Rubio", Some("2024-06-01")).as_deref(),
        Some("USALEG")
    );
    assert_eq!(
        code_of(&s, "Rubio", Some("2025-01-20")).as_deref(),
        Some("USAELI"),
        "between Senate and State"
    );
    assert_eq!(
        code_of(&s, "Rubio", Some("2025-01-21")).as_deref(),
        Some("USAGOV")
    );
    assert_eq!(
        code_of(&s, "Marco Rubio", Some("2010-01-01")).as_deref(),
        Some("USAELI")
    );
    // transliterations
    for n in ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy"] {
        assert_eq!(
            code_of(&s, n, Some("2025-03-19")).as_deref(),
            Some("UKRGOV"),
            "{n}"
        );
    }
    assert_eq!(
        code_of(&s, "Zelensky", Some("2018-01-01")).as_deref(),
        Some("UKRELI")
    );
    assert_eq!(
        code_of(&s, "Putin", Some("2025-03-19")).as_deref(),
        Some("RUSGOV")
    );
    assert_eq!(
        code_of(&s, "Kirill Dmitriev", Some("2025-04-01")).as_deref(),
        Some("RUSGOV")
    );
    assert_eq!(code_of(&s, "Ushakov", None).as_deref(), Some("RUSGOV"));
    let trump = &find(&s, "Trump", false)[0];
    assert_eq!(trump.kind, ActorKind::Person);
    assert_eq!(trump.canonical, "Donald Trump");
    // without a date, the default code
    assert_eq!(trump.code_on(None), Some("USAELI"));
}

#[test]
fn roles_with_plurals_and_placement() {
    let s = set();
    let role = |w: &str| {
        s.agents
            .iter()
            .find(|a| a.names.iter().any(|n| n.eq_ignore_ascii_case(w)))
            .map(|a| (a.code.as_str(), a.placement))
    };
    assert_eq!(role("envoy"), Some(("GOV", AgentPlacement::Suffix)));
    assert_eq!(role("envoys"), Some(("GOV", AgentPlacement::Suffix)));
    assert_eq!(role("spokesmen"), Some(("GOV", AgentPlacement::Suffix)));
    assert_eq!(
        role("secretaries of state"),
        Some(("GOV", AgentPlacement::Suffix))
    );
    assert_eq!(
        role("national security adviser"),
        Some(("GOV", AgentPlacement::Suffix))
    );
    assert_eq!(role("soldiers"), Some(("MIL", AgentPlacement::Suffix)));
    assert_eq!(role("troops"), Some(("MIL", AgentPlacement::Suffix)));
    assert_eq!(role("police"), Some(("COP", AgentPlacement::Suffix)));
    assert_eq!(role("polices"), None, "police_ takes no plural");
    assert_eq!(role("rebels"), Some(("REB", AgentPlacement::Suffix)));
    assert_eq!(role("protesters"), Some(("CVL", AgentPlacement::Suffix)));
    assert_eq!(role("peacekeepers"), Some(("IGO", AgentPlacement::Prefix)));
}

#[test]
fn verbs_cover_all_roots_with_valid_plover() {
    let s = set();
    let mut roots = BTreeSet::new();
    for v in &s.verbs {
        let CodeSpec::Code(c) = &v.code else {
            panic!("{}: Lede verbs carry plain codes", v.loc)
        };
        roots.insert(c[..2].to_string());
        if let Some(p) = &v.plover {
            assert!(PLOVER_TYPES.contains(&p.as_str()), "{}: {p}", v.loc);
        }
        assert!(!v.forms.is_empty(), "{}: no forms", v.loc);
        assert!(
            v.forms.contains(&v.lemma),
            "{}: forms lack the lemma",
            v.loc
        );
    }
    let want: BTreeSet<String> = (1..=20).map(|r| format!("{r:02}")).collect();
    assert_eq!(roots, want);
}

#[test]
fn verb_patterns_are_parsed() {
    let s = set();
    let pat = |label: &str| {
        s.verbs
            .iter()
            .find(|v| v.label == label)
            .unwrap_or_else(|| panic!("pattern '{label}' missing"))
    };
    let v = pat("hold talks with +");
    assert_eq!(v.lemma, "hold");
    assert!(v.forms.contains(&"held".to_string()));
    assert_eq!(
        v.post,
        vec![
            PatElem::Word("talks".into()),
            PatElem::Word("with".into()),
            PatElem::Target
        ]
    );
    assert_eq!(v.code, CodeSpec::Code("046".into()));
    assert_eq!(v.plover.as_deref(), Some("CONSULT"));
    let v = pat("n:demand for +");
    assert!(v.nominal);
    assert_eq!(v.forms, vec!["demand".to_string(), "demands".to_string()]);
    let v = pat("% meet");
    assert!(v.symmetric);
    assert!(v.forms.contains(&"met".to_string()));
    let v = pat("strike +");
    assert!(v.forms.contains(&"struck".to_string()));
    assert_eq!(v.plover.as_deref(), Some("ASSAULT"));
    let v = pat("sign agreement with +");
    assert_eq!(v.plover.as_deref(), Some("AGREE"), "057 maps to AGREE");
    let v = pat("statement on +"
        .replace("statement", "n:statement")
        .as_str());
    assert_eq!(v.plover, None, "01 has no PLOVER type");
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lede-dict-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn broken_lines_are_reported_and_the_rest_loads() {
    let dir = scratch("broken");
    std::fs::write(
        dir.join("people.txt"),
        "# comment\n\
         Good Person | USAGOV 2020-01-01..2021-01-01; USAELI | Goodperson\n\
         Bad Date | USAGOV 2025-13-01.. | Baddate\n\
         No Codes\n\
         Bad Code | usagov | Badcode\n\
         Empty Range | USAGOV 2021-01-01..2020-01-01\n\
         Second Good | RUSGOV\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("verbs.txt"),
        "042 | CONSULT | visit +\n\
         999 | CONSULT | frobnicate +\n\
         043 | CONSULTING | host +\n\
         044 | CONSULT | meet + + twice\n\
         046 | CONSULT | negotiate with +; hold talks with +\n\
         047 | CONSULT | visit +\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("roles.txt"),
        "GOV | envoy; minister\nmil | soldier\nMIL\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("countries.txt"),
        "RUS | Russia | Russian | the Kremlin\nXYZ | Nowhere\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("organisations.txt"),
        "IGOUNO | United Nations | UN\nIGOUNO\n",
    )
    .unwrap();
    let s = lede_dict::load_dir(&dir).expect("loads");
    let diags: Vec<String> = s.diagnostics.iter().map(|d| d.to_string()).collect();
    let want = [
        "people.txt:3: unknown date 2025-13-01 in code list; expected YYYY-MM-DD",
        "people.txt:4: 1 fields; expected canonical name | codes | aliases",
        "people.txt:5: bad actor code 'usagov'",
        "people.txt:6: date range 2021-01-01..2020-01-01",
        "verbs.txt:2: bad CAMEO code '999'",
        "verbs.txt:3: unknown PLOVER type 'CONSULTING'",
        "verbs.txt:4: more than one '+'",
        "verbs.txt:6: pattern 'visit +' is already given at verbs.txt:1",
        "roles.txt:2: bad role code 'mil'",
        "roles.txt:3: 1 fields",
        "countries.txt:2: unknown country code 'XYZ'",
        "organisations.txt:2: 1 fields",
    ];
    for w in want {
        assert!(
            diags.iter().any(|d| d.starts_with(w)),
            "missing '{w}' in:\n{}",
            diags.join("\n")
        );
    }
    assert_eq!(diags.len(), want.len(), "{}", diags.join("\n"));
    // the good lines loaded
    assert_eq!(
        code_of(&s, "Goodperson", Some("2020-06-01")).as_deref(),
        Some("USAGOV")
    );
    assert_eq!(
        code_of(&s, "Goodperson", Some("2021-01-01")).as_deref(),
        Some("USAELI")
    );
    assert_eq!(code_of(&s, "Second Good", None).as_deref(), Some("RUSGOV"));
    assert!(find(&s, "Baddate", false).is_empty());
    assert_eq!(s.verbs.len(), 3, "visit, negotiate with, hold talks with");
    assert_eq!(s.agents.len(), 2);
    assert_eq!(code_of(&s, "the Kremlin", None).as_deref(), Some("RUSGOV"));
    assert_eq!(code_of(&s, "UN", None).as_deref(), Some("IGOUNO"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn invalid_utf8_and_missing_files() {
    let dir = scratch("utf8");
    std::fs::write(
        dir.join("people.txt"),
        b"Fine Name | USAGOV\n\xff\xfe | RUSGOV\nOther Name | RUSGOV\n",
    )
    .unwrap();
    let s = lede_dict::load_dir(&dir).expect("loads");
    let diags: Vec<String> = s.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        diags,
        vec!["people.txt:2: line is not valid UTF-8".to_string()]
    );
    assert_eq!(code_of(&s, "Other Name", None).as_deref(), Some("RUSGOV"));
    assert!(s.verbs.is_empty());
    let _ = std::fs::remove_dir_all(&dir);

    let empty = scratch("empty");
    assert!(lede_dict::load_dir(&empty).is_err() || !lede_format::is_lede_dir(&empty));
    assert!(lede_format::load_dir(&empty).is_err());
    let _ = std::fs::remove_dir_all(&empty);
}

#[test]
fn lede_folder_of_the_repository_loads_like_the_embedded_copy() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/dict");
    let s = lede_dict::load_dir(&dir).expect("loads");
    let e = set();
    assert_eq!(s.actors.len(), e.actors.len());
    assert_eq!(s.verbs.len(), e.verbs.len());
    assert_eq!(s.agents.len(), e.agents.len());
    assert!(s.diagnostics.is_empty());
}
