//! The API's JSON shapes. Owned here, not by the store: the store's rows can change without
//! changing what clients read.

use lede_store::{
    ActorRow, ArticleDetail, ArticleRow, ByteSpan, EventRow, PlaceRow, QuoteRow, Stats, StoryRow,
};
use serde::Serialize;

/// A page of a list.
#[derive(Serialize)]
pub struct Page<T> {
    pub data: Vec<T>,
    pub limit: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<u32>,
    /// The URL of the next page, or null at the end.
    pub next: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct Side {
    pub code: Option<String>,
    pub name: Option<String>,
    pub text: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct PlaceRef {
    pub name: String,
    pub country: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct Provenance {
    pub engine_version: String,
    pub dict_hash: String,
    pub rule: String,
}

#[derive(Serialize, Clone)]
pub struct Event {
    pub article: String,
    pub url: Option<String>,
    pub date: Option<String>,
    pub code: String,
    pub root: String,
    pub plover: Option<String>,
    pub source: Option<Side>,
    pub target: Option<Side>,
    pub place: Option<PlaceRef>,
    pub modality: String,
    pub trigger: String,
    /// The sentence, with its byte span in the article text.
    pub sentence: String,
    pub start: i64,
    pub end: i64,
    pub provenance: Provenance,
}

fn side(code: Option<String>, name: Option<String>, text: Option<String>) -> Option<Side> {
    (code.is_some() || name.is_some() || text.is_some()).then_some(Side { code, name, text })
}

impl From<EventRow> for Event {
    fn from(r: EventRow) -> Event {
        Event {
            article: r.article,
            url: r.url,
            date: r.date,
            code: r.code,
            root: r.root,
            plover: r.plover,
            source: side(r.source_code, r.source_name, r.source_text),
            target: side(r.target_code, r.target_name, r.target_text),
            place: r.place.map(|name| PlaceRef {
                name,
                country: r.place_country,
            }),
            modality: r.modality,
            trigger: r.trigger,
            sentence: r.sentence,
            start: r.start,
            end: r.end,
            provenance: Provenance {
                engine_version: r.engine_version,
                dict_hash: r.dict_hash,
                rule: r.rule,
            },
        }
    }
}

#[derive(Serialize, Clone)]
pub struct Speaker {
    pub name: Option<String>,
    pub code: Option<String>,
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<i64>,
}

#[derive(Serialize, Clone)]
pub struct Quote {
    pub article: String,
    pub date: Option<String>,
    pub text: String,
    pub kind: String,
    pub verb: Option<String>,
    pub speaker: Option<Speaker>,
    pub start: i64,
    pub end: i64,
    pub rule: String,
}

impl Quote {
    fn new(r: QuoteRow, span: Option<ByteSpan>) -> Quote {
        let speaker =
            (r.speaker_name.is_some() || r.speaker_code.is_some() || r.speaker_text.is_some())
                .then(|| Speaker {
                    name: r.speaker_name,
                    code: r.speaker_code,
                    text: r.speaker_text,
                    start: span.map(|s| s.start),
                    end: span.map(|s| s.end),
                });
        Quote {
            article: r.article,
            date: r.date,
            text: r.text,
            kind: r.kind,
            verb: r.verb,
            speaker,
            start: r.start,
            end: r.end,
            rule: r.rule,
        }
    }
}

impl From<QuoteRow> for Quote {
    fn from(r: QuoteRow) -> Quote {
        Quote::new(r, None)
    }
}

#[derive(Serialize)]
pub struct Actor {
    pub name: Option<String>,
    pub code: Option<String>,
    pub country: Option<String>,
    pub kind: String,
    pub articles: u64,
    pub mentions: u64,
}

impl From<ActorRow> for Actor {
    fn from(r: ActorRow) -> Actor {
        Actor {
            name: r.name,
            code: r.code,
            country: r.country,
            kind: r.kind,
            articles: r.articles,
            mentions: r.mentions,
        }
    }
}

#[derive(Serialize)]
pub struct Article {
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub duplicate_of: Option<String>,
    pub events: u64,
    pub quotes: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snippet: Option<String>,
}

impl From<ArticleRow> for Article {
    fn from(r: ArticleRow) -> Article {
        Article {
            id: r.id,
            url: r.url,
            title: r.title,
            date: r.date,
            source: r.source,
            duplicate_of: r.duplicate_of,
            events: r.events,
            quotes: r.quotes,
            snippet: r.snippet,
        }
    }
}

#[derive(Serialize)]
pub struct Place {
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub kind: String,
    pub articles: u64,
}

impl From<PlaceRow> for Place {
    fn from(r: PlaceRow) -> Place {
        Place {
            name: r.name,
            country: r.country,
            lat: r.lat,
            lon: r.lon,
            kind: r.kind,
            articles: r.articles,
        }
    }
}

#[derive(Serialize)]
pub struct Span {
    pub start: i64,
    pub end: i64,
}

#[derive(Serialize)]
pub struct Mention {
    pub text: String,
    pub start: i64,
    pub end: i64,
}

#[derive(Serialize)]
pub struct ArticleActor {
    pub name: Option<String>,
    pub code: Option<String>,
    pub country: Option<String>,
    pub kind: String,
    pub mentions: Vec<Mention>,
    pub rule: String,
}

#[derive(Serialize)]
pub struct ArticlePlace {
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub region: Option<String>,
    pub kind: String,
    pub mentions: Vec<Span>,
}

#[derive(Serialize)]
pub struct ArticleEvent {
    #[serde(flatten)]
    pub event: Event,
    pub trigger_start: i64,
    pub trigger_end: i64,
}

/// One article whole: its text and everything coded from it, spans into `text`.
#[derive(Serialize)]
pub struct ArticleFull {
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub origin: String,
    pub duplicate_of: Option<String>,
    pub text: String,
    pub events: Vec<ArticleEvent>,
    pub quotes: Vec<Quote>,
    pub actors: Vec<ArticleActor>,
    pub places: Vec<ArticlePlace>,
}

impl From<ArticleDetail> for ArticleFull {
    fn from(a: ArticleDetail) -> ArticleFull {
        ArticleFull {
            id: a.id,
            url: a.url,
            title: a.title,
            date: a.date,
            source: a.source,
            origin: a.origin,
            duplicate_of: a.duplicate_of,
            text: a.text,
            events: a
                .events
                .into_iter()
                .map(|(e, t)| ArticleEvent {
                    event: e.into(),
                    trigger_start: t.start,
                    trigger_end: t.end,
                })
                .collect(),
            quotes: a
                .quotes
                .into_iter()
                .map(|(q, s)| Quote::new(q, s))
                .collect(),
            actors: a
                .actors
                .into_iter()
                .map(|x| ArticleActor {
                    name: x.name,
                    code: x.code,
                    country: x.country,
                    kind: x.kind,
                    mentions: x
                        .mentions
                        .into_iter()
                        .map(|(text, s)| Mention {
                            text,
                            start: s.start,
                            end: s.end,
                        })
                        .collect(),
                    rule: x.rule,
                })
                .collect(),
            places: a
                .places
                .into_iter()
                .map(|p| ArticlePlace {
                    name: p.name,
                    country: p.country,
                    lat: p.lat,
                    lon: p.lon,
                    region: p.region,
                    kind: p.kind,
                    mentions: p
                        .mentions
                        .into_iter()
                        .map(|s| Span {
                            start: s.start,
                            end: s.end,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
pub struct StatsDto {
    pub articles: u64,
    pub events: u64,
    pub quotes: u64,
    pub actors: u64,
    pub stories: u64,
    pub duplicates: u64,
    pub distinct_actors: u64,
    pub schema_version: u32,
}

impl From<Stats> for StatsDto {
    fn from(s: Stats) -> StatsDto {
        StatsDto {
            articles: s.articles,
            events: s.events,
            quotes: s.quotes,
            actors: s.actors,
            stories: s.stories,
            duplicates: s.duplicates,
            distinct_actors: s.distinct_actors,
            schema_version: s.schema_version,
        }
    }
}

/// What `POST /api/v1/articles` did.
#[derive(Serialize, Default)]
pub struct IngestReport {
    pub received: u64,
    pub stored: u64,
    pub already_stored: u64,
    pub duplicates: u64,
    pub events: u64,
    pub quotes: u64,
    pub actors: u64,
    /// The ids the articles were stored under, in input order.
    pub ids: Vec<String>,
    /// Why the stories could not be brought up to date, where they could not (the articles
    /// are stored all the same; `lede stories` updates them later).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stories_error: Option<String>,
}

/// A developing story across reports.
#[derive(Serialize)]
pub struct Story {
    pub id: String,
    pub title: String,
    pub first_seen: String,
    pub last_seen: String,
    pub breaking: bool,
    /// Why it is breaking, when it is.
    pub breaking_reason: Option<String>,
    /// Article ids in the story's order.
    pub articles: Vec<String>,
}

impl From<StoryRow> for Story {
    fn from(r: StoryRow) -> Story {
        Story {
            id: r.id,
            title: r.title,
            first_seen: r.first_seen,
            last_seen: r.last_seen,
            breaking: r.breaking.is_some(),
            breaking_reason: r.breaking,
            articles: r.articles,
        }
    }
}

/// A story alert on the live stream (`event: story`): a story an update wrote, and how it
/// changed.
#[derive(Serialize)]
pub struct StoryAlert {
    /// The update that wrote it (alerts come in revision order).
    pub revision: i64,
    /// `new`, `grew`, `breaking`, `calm` or `changed`.
    pub change: String,
    pub id: String,
    pub title: String,
    pub first_seen: String,
    pub last_seen: String,
    pub breaking: bool,
    pub breaking_reason: Option<String>,
    /// How many articles it has now.
    pub articles: u64,
    /// The story in the API.
    pub link: String,
}

impl From<lede_store::StoryChange> for StoryAlert {
    fn from(c: lede_store::StoryChange) -> StoryAlert {
        StoryAlert {
            link: format!("/api/v1/stories/{}", crate::atom::urlencode(&c.id)),
            revision: c.revision,
            change: c.change,
            id: c.id,
            title: c.title,
            first_seen: c.first_seen,
            last_seen: c.last_seen,
            breaking: c.breaking.is_some(),
            breaking_reason: c.breaking,
            articles: c.articles,
        }
    }
}
