//! TABARI / PETRARCH-1 features on a small fictional dictionary set of our own, written to a
//! temporary folder and read by `lede_dict::petrarch`: comma-delimited clauses removed
//! before coding (`comma_*` options), discontinuous actor phrases, FORMER as an elite.

use lede_extract::{ArticleInput, CodingOptions, Engine};
use std::collections::BTreeSet;
use std::path::PathBuf;

const VERBS: &str = "\
--- ACCUSE [120] ---
ACCUSE
- $ * + OF_TREACHERY [121]
--- RESTORE [064] ---
RESTORE
--- SAY [023] ---
SAID
- $ * + [023]
";

const ACTORS: &str = "\
VALORIA [VAL]
KESTREL [KES]
OSTMARK [OST]
BRENLAND [BRN]
KESTREL RADIO [KESMED]
HARBOUR_GUARD_OF_OSTMARK [OSTCOP]
";

const AGENTS: &str = "\
MINISTER [~GOV]
OFFICIALS [~GOV]
PROSECUTORS [~JUD]
POLICE [~COP]
RIGHTS_GROUPS [NGO~]
";

fn engine() -> Engine {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let dir: PathBuf = std::env::temp_dir().join(format!(
        "lede-petr-tabari-{}-{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Test.verbs.txt"), VERBS).unwrap();
    std::fs::write(dir.join("Test.actors.txt"), ACTORS).unwrap();
    std::fs::write(dir.join("Test.agents.txt"), AGENTS).unwrap();
    let set = lede_dict::petrarch::load_dir(&dir).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(set.diagnostics.is_empty(), "{:?}", set.diagnostics);
    Engine::new(&[set])
}

type Triples = BTreeSet<(String, String, String)>;

fn code_with(engine: &Engine, text: &str, options: CodingOptions) -> Triples {
    let input = ArticleInput {
        id: "t".into(),
        text: text.into(),
        date: chrono::NaiveDate::from_ymd_opt(2001, 5, 4),
        options,
        ..Default::default()
    };
    let side = |s: Option<&lede_model::ActorRef>| {
        s.and_then(|a| a.code.clone())
            .unwrap_or_else(|| "---".into())
    };
    engine
        .code(&input)
        .events
        .iter()
        .map(|e| {
            (
                side(e.source.as_ref()),
                side(e.target.as_ref()),
                e.code.clone(),
            )
        })
        .collect()
}

fn code(engine: &Engine, text: &str) -> Triples {
    code_with(engine, text, CodingOptions::default())
}

fn set(triples: &[(&str, &str, &str)]) -> Triples {
    triples
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

fn options(pairs: &[(&str, &str)]) -> CodingOptions {
    let mut o = CodingOptions::default();
    for (k, v) in pairs {
        o.set_option(k, v).unwrap();
    }
    o
}

#[test]
fn internal_comma_clause_is_removed_by_default() {
    let e = engine();
    let text = "Valoria accused, as Brenland had long warned, Kestrel of spying on the \
                northern border towns during the long winter.";
    // PETRARCH-1's defaults remove the 5-word clause: Kestrel is the first actor after
    // the verb (the 12 words after the last comma are too many for a terminal clause)
    assert_eq!(code(&e, text), set(&[("VAL", "KES", "120")]));
    // with internal clauses kept, Brenland comes first
    let kept = code_with(&e, text, options(&[("comma_max", "0")]));
    assert!(
        !kept.contains(&("VAL".into(), "KES".into(), "120".into())),
        "{kept:?}"
    );
    // too long for comma_max = 4
    let long = code_with(&e, text, options(&[("comma_min", "2"), ("comma_max", "4")]));
    assert_eq!(long, kept);
}

#[test]
fn event_sentence_is_the_raw_text_after_removal() {
    let e = engine();
    let text = "Valoria accused, as Brenland had long warned, Kestrel of spying on the \
                northern border towns during the long winter.";
    let input = ArticleInput {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    };
    let r = e.code(&input);
    assert!(!r.events.is_empty());
    for ev in &r.events {
        assert_eq!(ev.sentence, text);
    }
    // characters of several bytes in the removed clause: the same offsets, the same sentence
    let text = "Valoria accused, as Brenland’s envoy warned in Zürich, Kestrel of spying on the \
                northern border towns during the long winter.";
    let input = ArticleInput {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    };
    let r = e.code(&input);
    let got: Vec<_> = r
        .events
        .iter()
        .map(|ev| {
            (
                ev.source.as_ref().and_then(|a| a.code.clone()),
                ev.sentence.as_str(),
            )
        })
        .collect();
    assert_eq!(got, vec![(Some("VAL".to_string()), text)]);
    let t = &r.events[0].target.as_ref().unwrap().text;
    assert_eq!(t, "Kestrel");
}

#[test]
fn initial_clause_only_when_asked() {
    let e = engine();
    let text = "Shortly after talks with Brenland, Valoria accused Kestrel of spying.";
    let initial = [
        ("comma_bmin", "2"),
        ("comma_bmax", "6"),
        ("comma_emax", "0"),
    ];
    assert_eq!(
        code_with(&e, text, options(&initial)),
        set(&[("VAL", "KES", "120")])
    );
    // PETRARCH-1's default terminal clause (2-8 words after the last comma) is the whole
    // main clause here: nothing is left to code
    assert_eq!(code(&e, text), set(&[]));
}

#[test]
fn commas_of_a_noun_phrase_delimit_no_clause() {
    let e = engine();
    // a list of actors: the terminal "clause" after the first comma is no clause
    assert_eq!(
        code(
            &e,
            "Valoria, Ostmark and Brenland accused Kestrel of spying."
        ),
        set(&[
            ("VAL", "KES", "120"),
            ("OST", "KES", "120"),
            ("BRN", "KES", "120")
        ])
    );
    // the serial comma before "and": still the list's
    assert_eq!(
        code(
            &e,
            "Valoria accused Kestrel, Ostmark, and Brenland of spying."
        ),
        set(&[
            ("VAL", "KES", "120"),
            ("VAL", "OST", "120"),
            ("VAL", "BRN", "120")
        ])
    );
}

#[test]
fn option_names_and_values() {
    let mut o = CodingOptions::default();
    assert_eq!(o.comma, lede_extract::CommaOptions::default());
    o.set_option("COMMA_EMAX", "\"6\"").unwrap();
    o.set_option("comma_bmax", " 3 ").unwrap();
    o.set_option("require_dyad", "False").unwrap();
    o.set_option("stop_on_error", "True").unwrap();
    assert_eq!((o.comma.emax, o.comma.bmax), (6, 3));
    assert!(!o.require_dyad);
    assert!(o.set_option("comma_xmax", "3").is_err());
    assert!(o.set_option("comma_min", "few").is_err());
    assert_eq!(o.comma.min, 2);
}

#[test]
fn discontinuous_actor_phrase_within_a_noun_phrase() {
    let e = engine();
    // "KESTREL RADIO": its words in order with another between them, in one noun phrase
    assert_eq!(
        code(
            &e,
            "Valoria accused Kestrel state radio of treachery on Monday."
        ),
        set(&[("VAL", "KESMED", "121")])
    );
    assert_eq!(
        code(&e, "Valoria accused Kestrel radio of treachery on Monday."),
        set(&[("VAL", "KESMED", "121")])
    );
    // the name alone where its second word is missing
    assert_eq!(
        code(&e, "Valoria accused Kestrel of treachery on Monday."),
        set(&[("VAL", "KES", "121")])
    );
}

#[test]
fn former_makes_the_agent_an_elite() {
    let e = engine();
    // "former" before the agent, after the actor, and before the actor
    assert_eq!(
        code(&e, "Valoria former officials accused Kestrel of treachery."),
        set(&[("VALELI", "KES", "121")])
    );
    assert_eq!(
        code(
            &e,
            "Valoria accused former Kestrel prosecutors of treachery."
        ),
        set(&[("VAL", "KESELI", "121")])
    );
    // the office as the agent dictionary gives it without "former"
    assert_eq!(
        code(&e, "Valoria accused Kestrel prosecutors of treachery."),
        set(&[("VAL", "KESJUD", "121")])
    );
    // "former" with no agent: the actor alone
    assert_eq!(
        code(&e, "Valoria accused former Kestrel of treachery."),
        set(&[("VAL", "KES", "121")])
    );
}

#[test]
fn first_entry_of_a_name_wins() {
    // two entries for one name: PETRARCH-1 and TABARI take the first in file order
    let dir = std::env::temp_dir().join(format!("lede-petr-tabari-dup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Test.verbs.txt"), VERBS).unwrap();
    std::fs::write(
        dir.join("Test.actors.txt"),
        format!("{ACTORS}MARTA_VOSS [VALGOV]\nMARTA VOSS [VALOPP]\n"),
    )
    .unwrap();
    std::fs::write(dir.join("Test.agents.txt"), AGENTS).unwrap();
    let dicts = lede_dict::petrarch::load_dir(&dir).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let e = Engine::new(&[dicts]);
    assert_eq!(
        code(&e, "Marta Voss accused Kestrel of treachery."),
        set(&[("VALGOV", "KES", "121")])
    );
}
