//! What the rule tests share: coding a short text with Lede's default dictionaries and reading
//! its events as (source country, target country, root, modality).

use lede_extract::{ArticleInput, Engine};
use lede_model::{ArticleResult, Modality};
use std::sync::OnceLock;

/// Codes `text` as one article dated 2025-06-12 with the default dictionaries.
pub fn code(text: &str) -> ArticleResult {
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
pub fn dyads(r: &ArticleResult) -> Vec<(String, String, String, Modality)> {
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

/// Whether an event of `root` from `s` to `t` with modality `m` was coded.
pub fn has(r: &ArticleResult, s: &str, t: &str, root: &str, m: Modality) -> bool {
    dyads(r)
        .iter()
        .any(|(a, b, c, d)| a == s && b == t && c == root && *d == m)
}
