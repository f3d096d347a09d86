//! PETRARCH-2 verb interaction on a small fictional dictionary set of our own (PETRARCH-2
//! verb syntax), written to a temporary folder and read by `lede_dict::petrarch`.

use lede_extract::{ArticleInput, Engine};
use std::collections::BTreeSet;

const VERBS: &str = "\
&WEAPON
+TANK
+ARTILLERY_GUN

####### VERB PATTERNS #######
--- DEPLOY [150] ---
DEPLOY
- * &WEAPON [154]
- * (NEAR {&WEAPON DEPOT}) [155]
--- URGE [023] ---
URGE
- * (TO HALT) {BORDER PATROLS} [102]
--- RESPOND [010] ---
RESPOND
- * (WITH FORCE) [190]
";

const ACTORS: &str = "\
VALORIA [VAL]
KESTREL [KES]
OSTMARK [OST]
";

const AGENTS: &str = "\
ENVOY [~GOV]
";

fn engine() -> Engine {
    // (a folder of its own for each call: the tests run in parallel)
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "lede-petr-p2-{}-{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Test.verbs.txt"), VERBS).unwrap();
    std::fs::write(dir.join("Test.actors.txt"), ACTORS).unwrap();
    std::fs::write(dir.join("Test.agents.txt"), AGENTS).unwrap();
    let set = lede_dict::petrarch::load_dir(&dir).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(set.format, lede_dict::DictFormat::Petrarch2);
    assert!(set.diagnostics.is_empty(), "{:?}", set.diagnostics);
    Engine::new(&[set])
}

fn code(engine: &Engine, text: &str) -> BTreeSet<(String, String, String)> {
    let input = ArticleInput {
        id: "t".into(),
        text: text.into(),
        date: chrono::NaiveDate::from_ymd_opt(2003, 3, 9),
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

fn set(triples: &[(&str, &str, &str)]) -> BTreeSet<(String, String, String)> {
    triples
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

#[test]
fn urging_someone_to_act_is_the_urging_addressed_to_them() {
    let e = engine();
    // the infinitive's subject is the governor's object: object control, whatever else the
    // parser makes of the infinitive; 023 and 010 combine to no code, so the urging stands
    assert_eq!(
        code(
            &e,
            "Valoria's envoy urged Kestrel to respond to Ostmark's letters."
        ),
        set(&[("VALGOV", "KES", "023")])
    );
}

#[test]
fn a_synset_pattern_codes_where_a_member_is_named_and_only_there() {
    let e = engine();
    let codes = |text: &str| -> BTreeSet<String> {
        code(&e, text).into_iter().map(|(_, _, c)| c).collect()
    };
    // a member (its plural too, and a member of several words) makes the pattern's code
    assert!(codes("Valoria deployed tanks against Kestrel.").contains("154"));
    assert!(codes("Valoria deployed an artillery gun against Kestrel.").contains("154"));
    // no member anywhere in the sentence: the verb's own code, never the pattern's
    let bare = codes("Valoria deployed diplomats to Kestrel.");
    assert!(!bare.contains("154") && !bare.contains("155"), "{bare:?}");
}
