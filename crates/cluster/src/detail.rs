//! A story in detail: events merged across reports, the timeline, what each report added,
//! numbers the reports disagree on, and the breaking flag.

use crate::days::{format_day, parse_day};
use crate::features::{self, NumberFact};
use crate::{ArticleIn, ArticleState, Clusterer, StorySummary};
use lede_model::{Modality, QuoteKind};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The facts of one article that stories are told with.
pub(crate) struct ArticleFacts {
    pub events: Vec<EventFact>,
    /// (speaker, text as written); identity is the normalized text, computed when a story is
    /// written (not kept: it would double the quotes' share of the saved state).
    pub quotes: Vec<(Option<String>, String)>,
    /// Actor names (or codes where nameless), distinct, in order of appearance.
    pub actors: Vec<String>,
    pub places: Vec<String>,
    /// (ISO value, sentence) of the sentences that carry a full date.
    pub dated: Vec<(String, String)>,
    pub numbers: Vec<NumberFact>,
}

pub(crate) struct EventFact {
    pub source: Option<String>,
    pub target: Option<String>,
    pub code: String,
    pub root: String,
    pub day: i32,
    pub place: Option<String>,
    pub sentence: String,
}

fn push_distinct(v: &mut Vec<String>, x: String) {
    if !v.contains(&x) {
        v.push(x);
    }
}

fn normalized(text: &str) -> String {
    features::words(text).collect::<Vec<_>>().join(" ")
}

/// The sentence of `text` around the byte range `start..end`, trimmed, at most ~300 bytes.
fn sentence_around(text: &str, start: usize, end: usize) -> String {
    let b = text.as_bytes();
    let (start, end) = (start.min(b.len()), end.min(b.len()));
    let is_stop = |c: u8| matches!(c, b'.' | b'!' | b'?' | b'\n');
    let mut s = start;
    while s > 0 && !is_stop(b[s - 1]) {
        s -= 1;
    }
    let mut e = end;
    while e < b.len() && !is_stop(b[e]) {
        e += 1;
    }
    if e < b.len() {
        e += 1;
    }
    // Stops are ASCII, so s and e are char boundaries; cap the length on one.
    let mut out = text.get(s..e).unwrap_or("").trim().to_string();
    if out.len() > 300 {
        let mut cut = 300;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
        out.push('…');
    }
    out
}

impl ArticleFacts {
    pub(crate) fn of(a: &ArticleIn<'_>, day: i32) -> ArticleFacts {
        let r = a.result;
        let mut actors = Vec::new();
        for x in &r.actors {
            if let Some(n) = x.name.clone().or_else(|| x.code.clone()) {
                push_distinct(&mut actors, n);
            }
        }
        let mut places = Vec::new();
        for p in &r.places {
            push_distinct(&mut places, p.name.clone());
        }
        let side = |s: &Option<lede_model::ActorRef>| {
            s.as_ref()
                .and_then(|s| s.code.clone().or_else(|| s.name.clone()))
        };
        let events = r
            .events
            .iter()
            .filter(|e| !matches!(e.modality, Modality::Negated | Modality::Hypothetical))
            .filter(|e| e.source.is_some() || e.target.is_some())
            .map(|e| EventFact {
                source: side(&e.source),
                target: side(&e.target),
                code: e.code.clone(),
                root: e.root.clone(),
                day: e.date.as_deref().and_then(parse_day).unwrap_or(day),
                place: e.place.as_ref().map(|p| p.name.clone()),
                sentence: e.sentence.trim().to_string(),
            })
            .collect();
        let quotes = r
            .quotes
            .iter()
            .filter(|q| q.kind != QuoteKind::Indirect || q.speaker.is_some())
            .map(|q| {
                let speaker = q
                    .speaker
                    .as_ref()
                    .map(|s| s.name.clone().unwrap_or_else(|| s.text.clone()));
                (speaker, q.text.clone())
            })
            .filter(|q| features::words(&q.1).next().is_some())
            .collect();
        let mut dated: Vec<(String, String)> = Vec::new();
        for d in &r.dates {
            if d.value.len() != 10 {
                continue;
            }
            let s = sentence_around(a.text, d.start, d.end);
            if !s.is_empty() && !dated.iter().any(|x| x.1 == s) {
                dated.push((d.value.clone(), s));
            }
        }
        ArticleFacts {
            events,
            quotes,
            actors,
            places,
            dated,
            numbers: features::numbers(a.text),
        }
    }
}

/// An event of a story: the same actors, CAMEO root, place and date (±1 day) across reports.
pub(crate) struct EventState {
    pub source: Option<String>,
    pub target: Option<String>,
    pub root: String,
    pub code: String,
    pub day: i32,
    pub place: Option<String>,
    pub sentence: String,
    /// (article index, sentence) of every mention, in arrival order.
    pub mentions: Vec<(u32, String)>,
}

pub(crate) struct MergeState {
    pub from: String,
    pub articles: usize,
    pub by_article: u32,
}

/// Matches an article's events into a story's events (one per real-world event).
pub(crate) fn add_events(events: &mut Vec<EventState>, art: &ArticleState, idx: u32) {
    for e in &art.facts.events {
        let found = events.iter_mut().find(|x| {
            x.source == e.source
                && x.target == e.target
                && x.root == e.root
                && (x.day - e.day).abs() <= 1
                && (x.place.is_none() || e.place.is_none() || x.place == e.place)
        });
        match found {
            Some(x) => {
                if !x.mentions.iter().any(|m| m.0 == idx) {
                    x.mentions.push((idx, e.sentence.clone()));
                }
                if x.place.is_none() {
                    x.place = e.place.clone();
                }
            }
            None => events.push(EventState {
                source: e.source.clone(),
                target: e.target.clone(),
                root: e.root.clone(),
                code: e.code.clone(),
                day: e.day,
                place: e.place.clone(),
                sentence: e.sentence.clone(),
                mentions: vec![(idx, e.sentence.clone())],
            }),
        }
    }
}

/// One report of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMention {
    pub article: String,
    pub source: Option<String>,
    pub date: String,
    pub sentence: String,
}

/// One real-world event of a story, with every report of it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryEvent {
    pub code: String,
    pub root: String,
    /// Source and target actor codes (or names where uncoded).
    pub source: Option<String>,
    pub target: Option<String>,
    pub date: String,
    pub place: Option<String>,
    /// The sentence of its first report.
    pub sentence: String,
    pub mentions: Vec<EventMention>,
    /// Distinct sources that report it, sorted.
    pub sources: Vec<String>,
    /// Date of the first article that reported it.
    pub first_seen: String,
}

impl StoryEvent {
    /// `USAGOV -> RUSGOV 042 (Moscow)`.
    pub fn label(&self) -> String {
        let mut s = format!(
            "{} -> {} {}",
            self.source.as_deref().unwrap_or("?"),
            self.target.as_deref().unwrap_or("?"),
            self.code
        );
        if let Some(p) = &self.place {
            s.push_str(&format!(" ({p})"));
        }
        s
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TimelineKind {
    Event,
    Quote,
    Statement,
}

impl TimelineKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            TimelineKind::Event => "event",
            TimelineKind::Quote => "quote",
            TimelineKind::Statement => "statement",
        }
    }
}

/// One line of a story's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    /// ISO date the entry is about (an event's date, a statement's date, a quote's article date).
    pub date: String,
    pub kind: TimelineKind,
    /// The article that first reported it.
    pub article: String,
    pub source: Option<String>,
    /// Event label, `speaker: quote`, or the dated sentence.
    pub text: String,
    /// How many articles report it (events and quotes).
    pub reports: usize,
}

/// What one article brought to its story that the story did not have before it.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleAdds {
    pub article: String,
    pub date: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub events: Vec<String>,
    pub quotes: Vec<String>,
    pub actors: Vec<String>,
    pub places: Vec<String>,
}

/// One version of a disputed number.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscrepancyValue {
    pub value: String,
    pub articles: Vec<String>,
    /// Distinct sources (or article ids where the source is unknown), sorted.
    pub sources: Vec<String>,
    /// The words around it in the first article that says it.
    pub context: String,
}

/// Reports of one story disagree: different numbers for the same noun, another place for the
/// same action, or another actor behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Discrepancy {
    /// `number`, `place` or `actor`.
    pub kind: &'static str,
    /// The noun ("point plan", "civilian"); for places and actors, the action disputed
    /// ("where: USAGOV 04 RUSGOV on 2025-12-02", "who: 19 against UKR on 2025-12-06").
    pub about: String,
    pub values: Vec<DiscrepancyValue>,
}

/// Why a story is flagged as breaking.
#[derive(Debug, Clone, PartialEq)]
pub struct Breaking {
    pub recent_articles: usize,
    pub recent_sources: usize,
    pub window_days: i32,
    pub baseline_per_day: f32,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Merge {
    /// The id the merged story had.
    pub from: String,
    pub articles: usize,
    /// The article that linked the two.
    pub by_article: String,
}

/// A story in full (`lede story ID`).
#[derive(Debug, Clone, PartialEq)]
pub struct StoryDetail {
    pub summary: StorySummary,
    pub events: Vec<StoryEvent>,
    pub timeline: Vec<TimelineEntry>,
    pub adds: Vec<ArticleAdds>,
    pub discrepancies: Vec<Discrepancy>,
    pub breaking: Option<Breaking>,
    pub merges: Vec<Merge>,
}

fn source_or_id(a: &ArticleState) -> String {
    a.source.clone().unwrap_or_else(|| a.id.clone())
}

pub(crate) fn build(
    c: &Clusterer,
    s: u32,
    summary: StorySummary,
    arts: &[ArticleState],
) -> StoryDetail {
    let st = &c.stories[s as usize];
    let events: Vec<StoryEvent> = st
        .events
        .iter()
        .map(|e| {
            let mentions: Vec<EventMention> = e
                .mentions
                .iter()
                .map(|(i, sentence)| {
                    let a = &arts[*i as usize];
                    EventMention {
                        article: a.id.clone(),
                        source: a.source.clone(),
                        date: format_day(a.day),
                        sentence: sentence.clone(),
                    }
                })
                .collect();
            let mut sources: Vec<String> = e
                .mentions
                .iter()
                .map(|(i, _)| source_or_id(&arts[*i as usize]))
                .collect();
            sources.sort();
            sources.dedup();
            let first_seen = e
                .mentions
                .iter()
                .map(|(i, _)| arts[*i as usize].day)
                .min()
                .unwrap_or(e.day);
            StoryEvent {
                code: e.code.clone(),
                root: e.root.clone(),
                source: e.source.clone(),
                target: e.target.clone(),
                date: format_day(e.day),
                place: e.place.clone(),
                sentence: e.sentence.clone(),
                mentions,
                sources,
                first_seen: format_day(first_seen),
            }
        })
        .collect();

    // What each article adds, in arrival order; quotes and statements for the timeline.
    let mut adds = Vec::new();
    let mut timeline: Vec<(TimelineEntry, u32)> = Vec::new();
    // Seen sets are hashed: a story of hundreds of reports has thousands of quotes.
    let mut quote_at: HashMap<String, usize> = HashMap::new();
    let (mut seen_actors, mut seen_places) = (HashSet::new(), HashSet::new());
    let mut seen_dated: HashSet<String> = HashSet::new();
    for &i in &st.articles {
        let a = &arts[i as usize];
        let mut add = ArticleAdds {
            article: a.id.clone(),
            date: format_day(a.day),
            source: a.source.clone(),
            title: a.title.clone(),
            events: events
                .iter()
                .filter(|e| e.mentions.first().is_some_and(|m| m.article == a.id))
                .map(|e| e.label())
                .collect(),
            quotes: Vec::new(),
            actors: Vec::new(),
            places: Vec::new(),
        };
        for (speaker, text) in &a.facts.quotes {
            let norm = normalized(text);
            match quote_at.get(&norm) {
                Some(&at) => timeline[at].0.reports += 1,
                None => {
                    quote_at.insert(norm, timeline.len());
                    let line = match speaker {
                        Some(sp) => format!("{sp}: \u{201c}{text}\u{201d}"),
                        None => format!("\u{201c}{text}\u{201d}"),
                    };
                    add.quotes.push(line.clone());
                    timeline.push((
                        TimelineEntry {
                            date: format_day(a.day),
                            kind: TimelineKind::Quote,
                            article: a.id.clone(),
                            source: a.source.clone(),
                            text: line,
                            reports: 1,
                        },
                        i,
                    ));
                }
            }
        }
        for x in &a.facts.actors {
            if seen_actors.insert(x) {
                add.actors.push(x.clone());
            }
        }
        for x in &a.facts.places {
            if seen_places.insert(x) {
                add.places.push(x.clone());
            }
        }
        for (value, sentence) in &a.facts.dated {
            if seen_dated.insert(normalized(sentence)) {
                timeline.push((
                    TimelineEntry {
                        date: value.clone(),
                        kind: TimelineKind::Statement,
                        article: a.id.clone(),
                        source: a.source.clone(),
                        text: sentence.clone(),
                        reports: 1,
                    },
                    i,
                ));
            }
        }
        adds.push(add);
    }
    for e in &events {
        let first = e.mentions.first();
        let idx = first
            .and_then(|m| {
                st.articles
                    .iter()
                    .find(|&&i| arts[i as usize].id == m.article)
            })
            .copied()
            .unwrap_or(0);
        timeline.push((
            TimelineEntry {
                date: e.date.clone(),
                kind: TimelineKind::Event,
                article: first.map(|m| m.article.clone()).unwrap_or_default(),
                source: first.and_then(|m| m.source.clone()),
                text: format!("{}: {}", e.label(), e.sentence),
                reports: e.mentions.len(),
            },
            idx,
        ));
    }
    // Stable order: date, then arrival, then kind (insertion order breaks the rest).
    timeline.sort_by(|a, b| {
        a.0.date
            .cmp(&b.0.date)
            .then(a.1.cmp(&b.1))
            .then(a.0.kind.cmp(&b.0.kind))
    });
    StoryDetail {
        events,
        timeline: timeline.into_iter().map(|t| t.0).collect(),
        adds,
        discrepancies: {
            let mut d = discrepancies(&st.articles, arts);
            d.extend(event_discrepancies(&st.articles, arts));
            d
        },
        breaking: breaking(c, s, arts),
        merges: st
            .merges
            .iter()
            .map(|m| Merge {
                from: m.from.clone(),
                articles: m.articles,
                by_article: arts[m.by_article as usize].id.clone(),
            })
            .collect(),
        summary,
    }
}

/// One version of a disputed fact: the articles saying it and their distinct sources.
fn version(
    value: String,
    idxs: &[u32],
    context: String,
    arts: &[ArticleState],
) -> DiscrepancyValue {
    let mut sources: Vec<String> = idxs
        .iter()
        .map(|&i| source_or_id(&arts[i as usize]))
        .collect();
    sources.sort();
    sources.dedup();
    DiscrepancyValue {
        value,
        articles: idxs.iter().map(|&i| arts[i as usize].id.clone()).collect(),
        sources,
        context,
    }
}

/// Nouns that reports of the story count differently: each value with who says it. A noun is
/// disputed when at least two articles attach numbers to it and they do not all agree.
fn discrepancies(story: &[u32], arts: &[ArticleState]) -> Vec<Discrepancy> {
    // key -> value -> (article indices, context)
    type Values = Vec<(String, Vec<u32>, String)>;
    let mut by_key: Vec<(String, Values)> = Vec::new();
    for &i in story {
        for n in &arts[i as usize].facts.numbers {
            let k = match by_key.iter().position(|x| x.0 == n.key) {
                Some(k) => k,
                None => {
                    by_key.push((n.key.clone(), Vec::new()));
                    by_key.len() - 1
                }
            };
            let values = &mut by_key[k].1;
            match values.iter_mut().find(|v| v.0 == n.value) {
                Some(v) => {
                    if !v.1.contains(&i) {
                        v.1.push(i);
                    }
                }
                None => values.push((n.value.clone(), vec![i], n.context.clone())),
            }
        }
    }
    let mut out = Vec::new();
    for (key, values) in by_key {
        if values.len() < 2 {
            continue;
        }
        let mut articles: Vec<u32> = values.iter().flat_map(|v| v.1.iter().copied()).collect();
        articles.sort_unstable();
        articles.dedup();
        // One article giving several numbers for a noun is a list, not a dispute.
        if articles.len() < 2 {
            continue;
        }
        out.push(Discrepancy {
            kind: "number",
            about: key,
            values: values
                .into_iter()
                .map(|(value, idxs, context)| version(value, &idxs, context, arts))
                .collect(),
        });
    }
    out
}

/// The country part of an actor code (`ISRMIL` → `ISR`); names stay whole.
fn side_group(side: &str) -> &str {
    let code_like = side.len() >= 3
        && side
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if code_like {
        &side[..3]
    } else {
        side
    }
}

/// Where reports of the same action on the same day disagree on its place (the same source,
/// target and CAMEO root, placed elsewhere) or on who did it (the same root, target, day and
/// place, from another country or group). As with numbers, an article naming several places
/// or actors for one action lists them and disputes nothing; a dispute needs two articles
/// that each say one thing, and say different things.
fn event_discrepancies(story: &[u32], arts: &[ArticleState]) -> Vec<Discrepancy> {
    // (kind, about) -> article -> values said (group, as written, context)
    type Said = Vec<(String, String, String)>;
    let mut claims: BTreeMap<(&'static str, String), BTreeMap<u32, Said>> = BTreeMap::new();
    let mut say = |kind, about: String, i: u32, group: &str, value: &str, context: &str| {
        let said = claims
            .entry((kind, about))
            .or_default()
            .entry(i)
            .or_default();
        if !said.iter().any(|x| x.0 == group) {
            said.push((group.to_string(), value.to_string(), context.to_string()));
        }
    };
    for &i in story {
        for e in &arts[i as usize].facts.events {
            let date = format_day(e.day);
            let (Some(t), Some(src)) = (&e.target, &e.source) else {
                continue;
            };
            if let Some(p) = &e.place {
                let about = format!("where: {src} {} {t} on {date}", e.root);
                say("place", about, i, p, p, &e.sentence);
            }
            let about = format!(
                "who: {} against {t}{} on {date}",
                e.root,
                e.place
                    .as_ref()
                    .map(|p| format!(" in {p}"))
                    .unwrap_or_default()
            );
            say("actor", about, i, side_group(src), src, &e.sentence);
        }
    }
    let mut out = Vec::new();
    for ((kind, about), by_article) in claims {
        // group -> (as written, articles, context of the first)
        let mut values: Vec<(String, String, Vec<u32>, String)> = Vec::new();
        for (i, said) in by_article {
            let [(group, written, context)] = said.as_slice() else {
                continue;
            };
            match values.iter_mut().find(|v| v.0 == *group) {
                Some(v) => v.2.push(i),
                None => values.push((group.clone(), written.clone(), vec![i], context.clone())),
            }
        }
        if values.len() < 2 {
            continue;
        }
        out.push(Discrepancy {
            kind,
            about,
            values: values
                .into_iter()
                .map(|(_, value, idxs, context)| version(value, &idxs, context, arts))
                .collect(),
        });
    }
    out
}

/// Whether a story's recent growth outruns its own baseline, at the latest date seen.
pub(crate) fn breaking(c: &Clusterer, s: u32, arts: &[ArticleState]) -> Option<Breaking> {
    let cfg = c.config();
    let st = &c.stories[s as usize];
    let now = c.latest_day();
    let w = cfg.breaking_window_days.max(1);
    let b = cfg.breaking_baseline_days.max(1);
    let recent: Vec<&ArticleState> = st
        .articles
        .iter()
        .map(|&i| &arts[i as usize])
        .filter(|a| a.day > now - w && a.day <= now)
        .collect();
    let baseline = st
        .articles
        .iter()
        .map(|&i| &arts[i as usize])
        .filter(|a| a.day > now - w - b && a.day <= now - w)
        .count();
    let mut sources: Vec<String> = recent.iter().map(|a| source_or_id(a)).collect();
    sources.sort();
    sources.dedup();
    let rate = recent.len() as f32 / w as f32;
    let base_rate = baseline.max(1) as f32 / b as f32;
    if recent.len() < cfg.breaking_min_articles
        || sources.len() < cfg.breaking_min_sources
        || rate < cfg.breaking_ratio * base_rate
    {
        return None;
    }
    Some(Breaking {
        recent_articles: recent.len(),
        recent_sources: sources.len(),
        window_days: w,
        baseline_per_day: baseline as f32 / b as f32,
        reason: format!(
            "{} articles from {} sources in the {} day(s) to {}, against {} in the {} days before ({:.2} a day)",
            recent.len(),
            sources.len(),
            w,
            format_day(now),
            baseline,
            b,
            baseline as f32 / b as f32
        ),
    })
}
