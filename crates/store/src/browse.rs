//! Reads for browsing (the HTTP server and its dashboard): one article whole with everything
//! coded from it, places across articles, and events newer than a row id (for live streams).
//! Additive to [`crate::query`]; same rules: bound parameters only, no panics on any input.

use crate::query::{event_row, EventRow, Filter, QuoteRow, EVENT_COLUMNS};
use crate::{Store, StoreError};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension};

/// Where an event sits in the `(date, row id)` order of [`Store::events`]; events without a
/// date sort first. A page continues strictly after (or, newest first, before) its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventKey {
    pub date: Option<String>,
    pub id: i64,
}

/// One page of [`Store::events_page`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventPage {
    /// Continue after this key (before it when `newest_first`).
    pub after: Option<EventKey>,
    /// Newest first instead of oldest first.
    pub newest_first: bool,
}

/// A stored article with its text and every row coded from it, spans into `text`.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleDetail {
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub origin: String,
    /// The id of the stored article this one is a syndicated copy of (its rows live there).
    pub duplicate_of: Option<String>,
    pub text: String,
    /// Events in text order, each with its trigger span.
    pub events: Vec<(EventRow, ByteSpan)>,
    /// Quotes in text order, each with the span of the words that name the speaker.
    pub quotes: Vec<(QuoteRow, Option<ByteSpan>)>,
    pub actors: Vec<ActorDetail>,
    pub places: Vec<PlaceDetail>,
}

/// A byte span into an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByteSpan {
    pub start: i64,
    pub end: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActorDetail {
    pub name: Option<String>,
    pub code: Option<String>,
    pub country: Option<String>,
    pub kind: String,
    /// (text, span) of every mention.
    pub mentions: Vec<(String, ByteSpan)>,
    pub rule: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlaceDetail {
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub region: Option<String>,
    pub kind: String,
    pub mentions: Vec<ByteSpan>,
}

/// Narrows [`Store::places`]; fields combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlaceFilter {
    /// ISO 3166-1 alpha-3.
    pub country: Option<String>,
    /// Earliest article date, ISO, inclusive.
    pub from: Option<String>,
    /// Latest article date, ISO, inclusive of the whole day or month it names.
    pub to: Option<String>,
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

/// A place across the articles that name it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRow {
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub kind: String,
    /// Articles that name it.
    pub articles: u64,
}

/// `"12-18 40-46"` (the places table's mention list) as spans; unreadable pieces are skipped.
fn spans_of(list: &str) -> Vec<ByteSpan> {
    list.split_whitespace()
        .filter_map(|p| {
            let (s, e) = p.split_once('-')?;
            Some(ByteSpan {
                start: s.parse().ok()?,
                end: e.parse().ok()?,
            })
        })
        .collect()
}

impl Store {
    /// The article stored under this id (its file stem, JSONL `id` or feed item id), whole.
    /// Where several articles share an id, the first stored original wins. A syndicated copy
    /// is returned with its own text and the coded rows of the article it copies.
    pub fn article(&self, ext_id: &str) -> Result<Option<ArticleDetail>, StoreError> {
        let head = self
            .conn
            .prepare_cached(
                "SELECT a.id, a.ext_id, a.url, a.title, a.date, a.source, a.origin, a.text,
                        d.ext_id, coalesce(a.duplicate_of, a.id)
                 FROM articles a LEFT JOIN articles d ON d.id = a.duplicate_of
                 WHERE a.ext_id = ?1
                 ORDER BY a.duplicate_of IS NOT NULL, a.id LIMIT 1",
            )?
            .query_row([ext_id], |r| {
                Ok((
                    ArticleDetail {
                        id: r.get(1)?,
                        url: r.get(2)?,
                        title: r.get(3)?,
                        date: r.get(4)?,
                        source: r.get(5)?,
                        origin: r.get(6)?,
                        text: r.get(7)?,
                        duplicate_of: r.get(8)?,
                        events: Vec::new(),
                        quotes: Vec::new(),
                        actors: Vec::new(),
                        places: Vec::new(),
                    },
                    r.get::<_, i64>(9)?,
                ))
            })
            .optional()?;
        let Some((mut detail, coded_id)) = head else {
            return Ok(None);
        };

        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {EVENT_COLUMNS} FROM events e
             JOIN articles a ON a.id = e.article_id
             JOIN provenance p ON p.id = e.provenance_id
             WHERE e.article_id = ?1 ORDER BY e.start, e.id"
        ))?;
        let rows = st.query_map([coded_id], |r| {
            Ok((
                event_row(r)?,
                ByteSpan {
                    start: r.get(22)?,
                    end: r.get(23)?,
                },
            ))
        })?;
        detail.events = rows.collect::<Result<_, _>>()?;

        let mut st = self.conn.prepare_cached(
            "SELECT a.ext_id, a.date, q.text, q.kind, q.verb, q.speaker_name, q.speaker_code,
                    q.speaker_text, q.start, q.\"end\", q.rule, q.speaker_start, q.speaker_end
             FROM quotes q JOIN articles a ON a.id = q.article_id
             WHERE q.article_id = ?1 ORDER BY q.start, q.id",
        )?;
        let rows = st.query_map([coded_id], |r| {
            let speaker_span = match (r.get::<_, Option<i64>>(11)?, r.get::<_, Option<i64>>(12)?) {
                (Some(start), Some(end)) => Some(ByteSpan { start, end }),
                _ => None,
            };
            Ok((
                QuoteRow {
                    article: r.get(0)?,
                    date: r.get(1)?,
                    text: r.get(2)?,
                    kind: r.get(3)?,
                    verb: r.get(4)?,
                    speaker_name: r.get(5)?,
                    speaker_code: r.get(6)?,
                    speaker_text: r.get(7)?,
                    start: r.get(8)?,
                    end: r.get(9)?,
                    rule: r.get(10)?,
                },
                speaker_span,
            ))
        })?;
        detail.quotes = rows.collect::<Result<_, _>>()?;

        let mut st = self.conn.prepare_cached(
            "SELECT ac.id, ac.name, ac.code, ac.country, ac.kind, ac.rule
             FROM actors ac WHERE ac.article_id = ?1 ORDER BY ac.id",
        )?;
        let actors: Vec<(i64, ActorDetail)> = st
            .query_map([coded_id], |r| {
                Ok((
                    r.get(0)?,
                    ActorDetail {
                        name: r.get(1)?,
                        code: r.get(2)?,
                        country: r.get(3)?,
                        kind: r.get(4)?,
                        mentions: Vec::new(),
                        rule: r.get(5)?,
                    },
                ))
            })?
            .collect::<Result<_, _>>()?;
        let mut mention_st = self.conn.prepare_cached(
            "SELECT text, start, \"end\" FROM actor_mentions WHERE actor_id = ?1 ORDER BY start",
        )?;
        for (id, mut actor) in actors {
            actor.mentions = mention_st
                .query_map([id], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        ByteSpan {
                            start: r.get(1)?,
                            end: r.get(2)?,
                        },
                    ))
                })?
                .collect::<Result<_, _>>()?;
            detail.actors.push(actor);
        }

        let mut st = self.conn.prepare_cached(
            "SELECT name, country, lat, lon, region, kind, mentions
             FROM places WHERE article_id = ?1 ORDER BY id",
        )?;
        detail.places = st
            .query_map([coded_id], |r| {
                Ok(PlaceDetail {
                    name: r.get(0)?,
                    country: r.get(1)?,
                    lat: r.get(2)?,
                    lon: r.get(3)?,
                    region: r.get(4)?,
                    kind: r.get(5)?,
                    mentions: spans_of(&r.get::<_, String>(6)?),
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(Some(detail))
    }

    /// Places by (name, country), most widely reported first.
    pub fn places(&self, f: &PlaceFilter) -> Result<Vec<PlaceRow>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT pl.name, pl.country, avg(pl.lat), avg(pl.lon), max(pl.kind),
                    count(DISTINCT pl.article_id) AS n
             FROM places pl JOIN articles a ON a.id = pl.article_id
             WHERE (?1 IS NULL OR pl.country = upper(?1))
               AND (?2 IS NULL OR a.date >= ?2)
               AND (?3 IS NULL OR substr(a.date, 1, length(?3)) <= ?3)
             GROUP BY pl.name, pl.country
             ORDER BY n DESC, pl.name, pl.country
             LIMIT ?4 OFFSET ?5",
        )?;
        let limit = f.limit.map_or(-1, i64::from);
        let offset = f.offset.map_or(0, i64::from);
        let rows = st.query_map(params![f.country, f.from, f.to, limit, offset], |r| {
            Ok(PlaceRow {
                name: r.get(0)?,
                country: r.get(1)?,
                lat: r.get(2)?,
                lon: r.get(3)?,
                kind: r.get(4)?,
                articles: r.get::<_, i64>(5)? as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Events as [`Store::events`] selects them (same [`Filter`] meaning, checked by a test
    /// against it), in `(date, id)` order from a key, each with its own key: keyset paging that
    /// stays fast and stable however deep it goes. `f.limit` bounds the page.
    pub fn events_page(
        &self,
        f: &Filter,
        page: &EventPage,
    ) -> Result<Vec<(EventKey, EventRow)>, StoreError> {
        let actor_sql;
        let mut clauses: Vec<&str> = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        let text = |s: &str| Value::Text(s.to_string());
        if let Some(a) = &f.actor {
            let (sql, vals) = self.actor_match(a)?.clause(&[
                ("e.source_code", "e.source_name", Some("e.source_text")),
                ("e.target_code", "e.target_name", Some("e.target_text")),
            ]);
            actor_sql = sql;
            clauses.push(&actor_sql);
            values.extend(vals);
        }
        if let Some(c) = &f.country {
            clauses.push("(substr(e.source_code, 1, 3) = upper(?) OR substr(e.target_code, 1, 3) = upper(?) OR e.place_country = upper(?))");
            values.extend(std::iter::repeat_n(text(c), 3));
        }
        if let Some(r) = &f.root {
            let r = r.trim();
            let root = if r.len() == 1 {
                format!("0{r}")
            } else {
                r.chars().take(2).collect()
            };
            // A rare root is read through its index and sorted (few rows); a common one by
            // walking the date index in order (`+` keeps SQLite off the root index, which would
            // sort 16,000 rows of 100,000 for one page), stopping at the page's end.
            let common: i64 = self
                .conn
                .prepare_cached(
                    "SELECT count(*) FROM (SELECT 1 FROM events WHERE root = ?1 LIMIT 2000)",
                )?
                .query_row([&root], |r| r.get(0))?;
            clauses.push(if common < 2000 {
                "e.root = ?"
            } else {
                "+e.root = ?"
            });
            values.push(Value::Text(root));
        }
        if let Some(p) = &f.plover {
            clauses.push("upper(e.plover) = upper(?)");
            values.push(text(p));
        }
        if let Some(d) = &f.from {
            clauses.push("e.date >= ?");
            values.push(text(d));
        }
        if let Some(d) = &f.to {
            clauses.push("substr(e.date, 1, length(?)) <= ?");
            values.extend([text(d), text(d)]);
        }
        if let Some(q) = &f.text {
            clauses.push(
                "e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)",
            );
            values.push(text(q));
        }
        match (&page.after, page.newest_first) {
            (Some(EventKey { date: Some(d), id }), false) => {
                clauses.push("(e.date, e.id) > (?, ?)");
                values.extend([text(d), Value::Integer(*id)]);
            }
            (Some(EventKey { date: None, id }), false) => {
                clauses.push("(e.date IS NOT NULL OR e.id > ?)");
                values.push(Value::Integer(*id));
            }
            (Some(EventKey { date: Some(d), id }), true) => {
                clauses.push("(e.date IS NULL OR (e.date, e.id) < (?, ?))");
                values.extend([text(d), Value::Integer(*id)]);
            }
            (Some(EventKey { date: None, id }), true) => {
                clauses.push("(e.date IS NULL AND e.id < ?)");
                values.push(Value::Integer(*id));
            }
            (None, _) => {}
        }
        let where_sql = if clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", clauses.join(" AND "))
        };
        let order = if page.newest_first {
            "e.date DESC, e.id DESC"
        } else {
            "e.date, e.id"
        };
        let limit = f.limit.map_or(-1, i64::from);
        values.push(Value::Integer(limit));
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e
             JOIN articles a ON a.id = e.article_id
             JOIN provenance p ON p.id = e.provenance_id
             {where_sql} ORDER BY {order} LIMIT ?"
        );
        let bad_query = |e: rusqlite::Error| crate::query::map_err(e, f);
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st
            .query_map(params_from_iter(values.iter()), |r| {
                let row = event_row(r)?;
                Ok((
                    EventKey {
                        date: row.date.clone(),
                        id: r.get(24)?,
                    },
                    row,
                ))
            })
            .map_err(bad_query)?;
        rows.collect::<Result<_, _>>().map_err(bad_query)
    }

    /// Events stored after row id `after`, oldest first, at most `limit`, each with its row id
    /// (for live streams: pass the last id seen).
    pub fn events_after(&self, after: i64, limit: u32) -> Result<Vec<(i64, EventRow)>, StoreError> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {EVENT_COLUMNS} FROM events e
             JOIN articles a ON a.id = e.article_id
             JOIN provenance p ON p.id = e.provenance_id
             WHERE e.id > ?1 ORDER BY e.id LIMIT ?2"
        ))?;
        let rows = st.query_map(params![after, limit], |r| Ok((r.get(24)?, event_row(r)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The highest event row id stored (0 when there are none).
    pub fn last_event_id(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM events", [], |r| r.get(0))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::{ArticleRecord, Store};
    use lede_model::*;

    fn db(name: &str) -> std::path::PathBuf {
        let p = std::env::temp_dir().join(format!("lede-browse-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        p.join("lede.db")
    }

    fn side(code: &str, name: &str) -> Option<ActorRef> {
        Some(ActorRef {
            code: Some(code.into()),
            name: Some(name.into()),
            text: format!("the envoy {name}"),
        })
    }

    /// Articles with events on several dates (some without a date), sides and places varied.
    fn populated(name: &str, articles: usize) -> Store {
        let mut store = Store::open(&db(name)).unwrap();
        let prov = store.provenance("test", "h").unwrap();
        let pairs = [
            ("USAGOV", "Steve Witkoff"),
            ("RUSGOV", "Vladimir Putin"),
            ("UKRMIL", "Oleksandr Syrskyi"),
            ("FRAGOV", "Emmanuel Macron"),
        ];
        let mut batch = Vec::new();
        for i in 0..articles {
            let text = format!("Article {i}: talks in Moscow and Kyiv about peace number {i}.");
            let date = (i % 4 != 3).then(|| format!("2025-12-{:02}", 1 + i % 5));
            let events = (0..3)
                .map(|k| {
                    let (s, t) = (pairs[(i + k) % 4], pairs[(i + k + 1) % 4]);
                    Event {
                        code: ["042", "036", "190"][k].into(),
                        root: ["04", "03", "19"][k].into(),
                        plover: Some(["CONSULT", "COOPERATE", "ASSAULT"][k].into()),
                        source: side(s.0, s.1),
                        target: side(t.0, t.1),
                        date: if k == 2 { None } else { date.clone() },
                        place: Some(PlaceRef {
                            name: "Moscow".into(),
                            country: Some("RUS".into()),
                        }),
                        modality: Modality::Asserted,
                        sentence: text.clone(),
                        start: 0,
                        end: text.len(),
                        trigger: Mention {
                            text: "talks".into(),
                            start: 10 + i.to_string().len(),
                            end: 15 + i.to_string().len(),
                        },
                        rule: "test".into(),
                    }
                })
                .collect();
            batch.push(ArticleRecord {
                ext_id: format!("a{i}"),
                url: None,
                source: None,
                title: Some(format!("Title {i}")),
                date: date.clone(),
                text: text.clone(),
                origin: "test".into(),
                reader: "reader:test".into(),
                result: ArticleResult {
                    id: format!("a{i}"),
                    date,
                    title: None,
                    text: None,
                    actors: vec![],
                    events,
                    quotes: vec![],
                    places: vec![Place {
                        name: "Moscow".into(),
                        country: Some("RUS".into()),
                        lat: Some(55.75),
                        lon: Some(37.62),
                        region: None,
                        kind: PlaceKind::City,
                        mentions: vec![Mention {
                            text: "Moscow".into(),
                            start: 23,
                            end: 29,
                        }],
                    }],
                    dates: vec![],
                    diagnostics: vec![],
                },
            });
        }
        store.write_batch(prov, &batch).unwrap();
        store
    }

    #[test]
    fn event_pages_select_what_events_selects_in_its_order() {
        let store = populated("pages", 12);
        let filters = [
            Filter::default(),
            Filter {
                actor: Some("putin".into()),
                ..Filter::default()
            },
            Filter {
                actor: Some("UKR".into()),
                root: Some("4".into()),
                ..Filter::default()
            },
            Filter {
                country: Some("fra".into()),
                ..Filter::default()
            },
            Filter {
                plover: Some("assault".into()),
                ..Filter::default()
            },
            Filter {
                from: Some("2025-12-02".into()),
                to: Some("2025-12-04".into()),
                ..Filter::default()
            },
            Filter {
                to: Some("2025-12".into()),
                ..Filter::default()
            },
            Filter {
                text: Some("peace AND Kyiv".into()),
                ..Filter::default()
            },
        ];
        for f in &filters {
            let all = store.events(f).unwrap();
            // Oldest first, walked in pages of 4.
            let mut walked = Vec::new();
            let mut page = EventPage::default();
            loop {
                let rows = store
                    .events_page(
                        &Filter {
                            limit: Some(4),
                            ..f.clone()
                        },
                        &page,
                    )
                    .unwrap();
                if rows.is_empty() {
                    break;
                }
                page.after = rows.last().map(|(k, _)| k.clone());
                walked.extend(rows.into_iter().map(|(_, r)| r));
            }
            assert_eq!(walked, all, "filter {f:?}");
            // Newest first: the same rows reversed.
            let mut back = Vec::new();
            let mut page = EventPage {
                after: None,
                newest_first: true,
            };
            loop {
                let rows = store
                    .events_page(
                        &Filter {
                            limit: Some(5),
                            ..f.clone()
                        },
                        &page,
                    )
                    .unwrap();
                if rows.is_empty() {
                    break;
                }
                page.after = rows.last().map(|(k, _)| k.clone());
                back.extend(rows.into_iter().map(|(_, r)| r));
            }
            back.reverse();
            assert_eq!(back, all, "filter {f:?} newest first");
        }
        assert!(store.events(&filters[0]).unwrap().len() == 36);
        assert!(matches!(
            store.events_page(
                &Filter {
                    text: Some("AND AND (".into()),
                    ..Filter::default()
                },
                &EventPage::default()
            ),
            Err(StoreError::BadQuery { .. })
        ));
    }

    /// A root common enough to be read in date order (over 2,000 events) pages the same.
    #[test]
    fn a_common_root_pages_like_a_rare_one() {
        let store = populated("common", 2100);
        let f = Filter {
            root: Some("04".into()),
            to: Some("2025-12-02".into()),
            ..Filter::default()
        };
        let all = store.events(&f).unwrap();
        assert!(all.len() > 500);
        let mut walked = Vec::new();
        let mut page = EventPage::default();
        loop {
            let rows = store
                .events_page(
                    &Filter {
                        limit: Some(100),
                        ..f.clone()
                    },
                    &page,
                )
                .unwrap();
            if rows.is_empty() {
                break;
            }
            page.after = rows.last().map(|(k, _)| k.clone());
            walked.extend(rows.into_iter().map(|(_, r)| r));
        }
        assert_eq!(walked, all);
    }

    #[test]
    fn an_article_comes_back_whole_and_places_aggregate() {
        let store = populated("detail", 12);
        let a = store.article("a5").unwrap().unwrap();
        assert_eq!(a.title.as_deref(), Some("Title 5"));
        assert_eq!(a.events.len(), 3);
        let (ev, trig) = &a.events[0];
        assert_eq!(&a.text[trig.start as usize..trig.end as usize], "talks");
        assert_eq!(&a.text[ev.start as usize..ev.end as usize], a.text);
        assert_eq!(a.places[0].mentions, vec![ByteSpan { start: 23, end: 29 }]);
        assert!(store.article("nope").unwrap().is_none());
        let places = store.places(&PlaceFilter::default()).unwrap();
        assert_eq!(places.len(), 1);
        assert_eq!(
            (places[0].name.as_str(), places[0].articles),
            ("Moscow", 12)
        );
        let dated = store
            .places(&PlaceFilter {
                from: Some("2025-12-03".into()),
                ..PlaceFilter::default()
            })
            .unwrap();
        assert_eq!(dated[0].articles, 4);
        assert!(store
            .places(&PlaceFilter {
                country: Some("usa".into()),
                ..PlaceFilter::default()
            })
            .unwrap()
            .is_empty());
        let last = store.last_event_id().unwrap();
        assert_eq!(store.events_after(last - 2, 10).unwrap().len(), 2);
    }

    #[test]
    fn place_mention_lists_parse_and_skip_junk() {
        assert_eq!(
            spans_of("12-18 x 40-46 7-"),
            vec![
                ByteSpan { start: 12, end: 18 },
                ByteSpan { start: 40, end: 46 }
            ]
        );
        assert!(spans_of("").is_empty());
    }
}
