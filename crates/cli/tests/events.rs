//! Event coding rules on short texts of our own: each case states the dyad, root and
//! modality a careful coder would give.

use lede_extract::{ArticleInput, Engine};
use lede_model::{ArticleResult, Modality};
use std::sync::OnceLock;

fn code(text: &str) -> ArticleResult {
    static E: OnceLock<Engine> = OnceLock::new();
    let e = E.get_or_init(|| Engine::new(&[lede_dict::default_set()]));
    e.code(&ArticleInput {
        id: "t".into(),
        text: text.into(),
        date: chrono::NaiveDate::from_ymd_opt(2025, 6, 12),
        ..Default::default()
    })
}

/// (source country, target country, root, modality) of every event.
fn dyads(r: &ArticleResult) -> Vec<(String, String, String, Modality)> {
    let c = |a: &Option<lede_model::ActorRef>| {
        a.as_ref()
            .and_then(|a| a.code.clone())
            .unwrap_or_default()
            .chars()
            .take(3)
            .collect::<String>()
    };
    r.events
        .iter()
        .map(|e| (c(&e.source), c(&e.target), e.root.clone(), e.modality))
        .collect()
}

fn has(r: &ArticleResult, s: &str, t: &str, root: &str, m: Modality) -> bool {
    dyads(r)
        .iter()
        .any(|(a, b, c, d)| a == s && b == t && c == root && *d == m)
}

#[test]
fn mutual_actions_are_coded_both_ways() {
    let r = code("Egyptian President Abdel Fattah el-Sisi and Jordan's King Abdullah held talks in Cairo on Tuesday.");
    assert!(
        has(&r, "EGY", "JOR", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        has(&r, "JOR", "EGY", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn a_briefing_is_one_way() {
    let r = code("U.S. Secretary of State Marco Rubio briefed Saudi Foreign Minister Faisal bin Farhan on the talks.");
    assert!(
        has(&r, "USA", "SAU", "04", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    assert!(
        !dyads(&r).iter().any(|(a, _, _, _)| a == "SAU"),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn plural_references_point_to_the_actors_named_together() {
    let r = code("French President Emmanuel Macron and German Chancellor Friedrich Merz met in Berlin. The two leaders agreed to a ceasefire plan.");
    assert!(
        has(&r, "FRA", "DEU", "03", Modality::Asserted)
            || has(&r, "FRA", "DEU", "06", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn denial_and_refusal_negate_the_action() {
    let r = code("Rwanda has long denied backing the M23 rebels in eastern Congo.");
    assert!(
        dyads(&r).iter().all(|(_, _, _, m)| *m == Modality::Negated),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn the_agent_of_a_participle_is_the_source() {
    let r = code("Missiles fired by Russian forces struck the Ukrainian city of Odesa overnight.");
    assert!(
        has(&r, "RUS", "UKR", "19", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn nothing_without_a_country_on_both_sides() {
    let r = code("The president called on all parties to show restraint.");
    assert!(r.events.is_empty(), "{:?}", dyads(&r));
}

#[test]
fn a_short_country_name_follows_the_longer_one_used_before() {
    let r = code("South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba. Later, Japan criticized South Korea over the islands.");
    assert!(
        has(&r, "JPN", "KOR", "11", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
}

#[test]
fn an_apposition_names_the_target() {
    let r = code("The envoy called on the warring parties -- the Sudanese Armed Forces and the Rapid Support Forces (RSF) -- to return to talks, U.S. officials said. U.S. envoy Tom Perriello called on the warring parties -- the Sudanese Armed Forces and the Rapid Support Forces (RSF) -- to return to talks.");
    assert!(
        has(&r, "USA", "SDN", "02", Modality::Asserted),
        "{:?}",
        dyads(&r)
    );
    let targets: Vec<String> = r
        .events
        .iter()
        .filter_map(|e| e.target.as_ref()?.code.clone())
        .collect();
    assert!(
        targets.contains(&"SDNMIL".to_string()) && targets.contains(&"SDNREB".to_string()),
        "{targets:?}"
    );
}
