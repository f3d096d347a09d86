//! The readable report for a person at a terminal.

use lede_model::{ActorRef, ArticleResult, Modality, QuoteKind};
use std::fmt::Write;

fn who(a: &Option<ActorRef>) -> String {
    match a {
        Some(a) => {
            let name = a.name.clone().unwrap_or_else(|| a.text.clone());
            match &a.code {
                Some(c) => format!("{name} [{c}]"),
                None => name,
            }
        }
        None => "?".into(),
    }
}

pub fn render(r: &ArticleResult) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "== {}{} ==",
        r.id,
        r.date
            .as_deref()
            .map(|d| format!(" ({d})"))
            .unwrap_or_default()
    );
    let _ = writeln!(s, "Events ({}):", r.events.len());
    for e in &r.events {
        let modality = if e.modality == Modality::Asserted {
            String::new()
        } else {
            format!(" ({:?})", e.modality).to_lowercase()
        };
        let place = e
            .place
            .as_ref()
            .map(|p| format!(" in {}", p.name))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "  {} → {} {} ({}) → {}{}{}{}",
            who(&e.source),
            e.trigger.text,
            e.code,
            e.plover.as_deref().unwrap_or("-"),
            who(&e.target),
            e.date
                .as_deref()
                .map(|d| format!(", {d}"))
                .unwrap_or_default(),
            place,
            modality
        );
    }
    let _ = writeln!(s, "Quotes ({}):", r.quotes.len());
    for q in &r.quotes {
        let speaker = q
            .speaker
            .as_ref()
            .map(|sp| sp.name.clone().unwrap_or_else(|| sp.text.clone()))
            .unwrap_or_else(|| "(speaker not stated)".into());
        if q.kind == QuoteKind::Indirect {
            let _ = writeln!(s, "  {speaker} (reported): {}", q.text);
        } else {
            let _ = writeln!(s, "  {speaker}: \u{201C}{}\u{201D}", q.text);
        }
    }
    let _ = writeln!(s, "Actors ({}):", r.actors.len());
    for a in &r.actors {
        let name = a.name.clone().unwrap_or_else(|| {
            a.mentions
                .first()
                .map(|m| m.text.clone())
                .unwrap_or_default()
        });
        let _ = writeln!(
            s,
            "  {name} [{}] ×{}",
            a.code.as_deref().unwrap_or("?"),
            a.mentions.len()
        );
    }
    let places: Vec<String> = r
        .places
        .iter()
        .map(|p| format!("{} ({})", p.name, p.country.as_deref().unwrap_or("-")))
        .collect();
    let _ = writeln!(s, "Places: {}", places.join(", "));
    let dates: Vec<String> = r
        .dates
        .iter()
        .map(|d| format!("\"{}\" = {}", d.text, d.value))
        .collect();
    let _ = writeln!(s, "Dates: {}", dates.join(", "));
    for d in &r.diagnostics {
        let _ = writeln!(s, "Note: {}", d.message);
    }
    s.push('\n');
    s
}
