//! Reads for exports (`lede export`): every stored event with what the ecosystem formats need
//! beside it — its article (id, URL, title, source), the story it belongs to, the coordinates
//! of its place, the countries of its two sides, and whether it lies in the article's lead
//! paragraph — streamed in storage order so that a store of millions of events exports in
//! constant memory.
//!
//! Same rules as [`crate::query`]: bound parameters only, no panics on any input. A column
//! holding a value of an unexpected type (a number where text belongs, bytes that are not
//! UTF-8) is read leniently rather than failing the row, so one odd row never stops the others.

use crate::query::{ActorMatch, Filter};
use crate::{Store, StoreError};
use rusqlite::types::{Value, ValueRef};
use rusqlite::Row;

/// Which events to export: the [`Filter`] of `lede events` (its `limit` too) and a story.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportQuery {
    pub filter: Filter,
    /// Only events of the articles of this story (a story id, or the id of a story merged
    /// into it).
    pub story: Option<String>,
}

/// One stored event with its context, as the exporters read it. Offsets are byte offsets
/// into the article text as stored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportEvent {
    /// The event's row id: unique and stable within this store.
    pub row: i64,
    /// The article's own id (file stem, JSONL `id`, feed item id).
    pub article: String,
    pub url: Option<String>,
    pub title: Option<String>,
    /// The publication, as the input named it.
    pub source: Option<String>,
    /// The article's date (ISO).
    pub article_date: Option<String>,
    /// Where the article was read from (`path`, `path:line`, `path#item`).
    pub origin: String,
    /// The id of the story the article is in, where stories are stored.
    pub story: Option<String>,
    /// The event's date (ISO; the article's date where the text gives none).
    pub date: Option<String>,
    /// CAMEO code as stored ("042").
    pub code: String,
    pub root: String,
    pub plover: Option<String>,
    pub source_actor: ExportSide,
    pub target_actor: ExportSide,
    pub place: Option<ExportPlace>,
    /// `asserted`, `negated`, `future`, `hypothetical` or `historical`.
    pub modality: String,
    pub sentence: String,
    pub start: i64,
    pub end: i64,
    /// The words that triggered the event, and their span.
    pub trigger: String,
    pub trigger_start: i64,
    pub trigger_end: i64,
    /// True when the event's sentence starts in the article's lead paragraph (the text up to
    /// its first blank line).
    pub lead: bool,
    /// The dictionary pattern or rule that produced the event.
    pub rule: String,
    pub engine_version: String,
    pub dict_hash: String,
}

/// One side of an event. Empty (all `None`) when the event has no such side.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportSide {
    /// CAMEO/PETRARCH actor code ("USAGOV").
    pub code: Option<String>,
    /// Canonical name, where known.
    pub name: Option<String>,
    /// The words of the mention.
    pub text: Option<String>,
    /// ISO 3166-1 alpha-3 of the actor, as the coder resolved it for this article.
    pub country: Option<String>,
}

impl ExportSide {
    pub fn is_empty(&self) -> bool {
        self.code.is_none() && self.name.is_none() && self.text.is_none()
    }
}

/// Where an event happened, with the gazetteer's details where the article's place list
/// has them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportPlace {
    pub name: String,
    /// ISO 3166-1 alpha-3.
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// First-level administrative region, where known.
    pub region: Option<String>,
    /// `country`, `region`, `city` or `venue`, where known.
    pub kind: Option<String>,
}

/// What an export read: rows handed out, and rows that could not be read (with why).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportRead {
    pub rows: u64,
    /// `event row N: reason` for every row skipped.
    pub skipped: Vec<String>,
}

/// The end of the article's lead paragraph: the byte offset of its first blank line (a line
/// break followed, after spaces, by another) after some text, or the text's length.
pub fn lead_paragraph_end(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut seen_text = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            if seen_text {
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                    j += 1;
                }
                if j < bytes.len() && bytes[j] == b'\n' {
                    return i;
                }
            }
        } else if !b.is_ascii_whitespace() {
            seen_text = true;
        }
        i += 1;
    }
    bytes.len()
}

/// Text of a column whatever SQLite holds there: numbers are written out, bytes read as
/// UTF-8 with replacement characters.
fn text_at(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<String>> {
    Ok(match r.get_ref(i)? {
        ValueRef::Null => None,
        ValueRef::Text(t) | ValueRef::Blob(t) => Some(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Integer(n) => Some(n.to_string()),
        ValueRef::Real(x) => Some(x.to_string()),
    })
}

fn int_at(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<i64>> {
    Ok(match r.get_ref(i)? {
        ValueRef::Integer(n) => Some(n),
        ValueRef::Real(x) if x.is_finite() => Some(x as i64),
        ValueRef::Text(t) => std::str::from_utf8(t)
            .ok()
            .and_then(|s| s.trim().parse().ok()),
        _ => None,
    })
}

fn real_at(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<f64>> {
    Ok(match r.get_ref(i)? {
        ValueRef::Integer(n) => Some(n as f64),
        ValueRef::Real(x) if x.is_finite() => Some(x),
        ValueRef::Text(t) => std::str::from_utf8(t)
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .filter(|x: &f64| x.is_finite()),
        _ => None,
    })
}

const EXPORT_SQL_COLUMNS: &str = "e.id, e.article_id, a.ext_id, a.url, a.title, a.source, a.date, a.origin,
    (SELECT sa.story_id FROM story_articles sa WHERE sa.article_ext_id = a.ext_id),
    e.date, e.code, e.root, e.plover,
    e.source_code, e.source_name, e.source_text,
    (SELECT ac.country FROM actors ac WHERE ac.article_id = e.article_id AND ac.code IS e.source_code
        AND (e.source_name IS NULL OR ac.name IS e.source_name) AND ac.country IS NOT NULL LIMIT 1),
    e.target_code, e.target_name, e.target_text,
    (SELECT ac.country FROM actors ac WHERE ac.article_id = e.article_id AND ac.code IS e.target_code
        AND (e.target_name IS NULL OR ac.name IS e.target_name) AND ac.country IS NOT NULL LIMIT 1),
    e.place_name, e.place_country, pl.lat, pl.lon, pl.region, pl.kind,
    e.modality, e.sentence, e.start, e.\"end\", e.trigger_text, e.trigger_start, e.trigger_end,
    e.rule, p.engine_version, p.dict_hash";

/// Reads one row of [`EXPORT_SQL_COLUMNS`]; `lead` is filled by the caller.
fn export_row(r: &Row<'_>) -> rusqlite::Result<(i64, ExportEvent)> {
    let s = |i| text_at(r, i);
    let side = |i: usize| -> rusqlite::Result<ExportSide> {
        Ok(ExportSide {
            code: s(i)?.filter(|c| !c.is_empty()),
            name: s(i + 1)?,
            text: s(i + 2)?,
            country: s(i + 3)?,
        })
    };
    let place = s(21)?.map(|name| -> rusqlite::Result<ExportPlace> {
        Ok(ExportPlace {
            name,
            country: s(22)?,
            lat: real_at(r, 23)?,
            lon: real_at(r, 24)?,
            region: s(25)?,
            kind: s(26)?,
        })
    });
    let event = ExportEvent {
        row: int_at(r, 0)?.unwrap_or(0),
        article: s(2)?.unwrap_or_default(),
        url: s(3)?,
        title: s(4)?,
        source: s(5)?,
        article_date: s(6)?,
        origin: s(7)?.unwrap_or_default(),
        story: s(8)?,
        date: s(9)?,
        code: s(10)?.unwrap_or_default(),
        root: s(11)?.unwrap_or_default(),
        plover: s(12)?,
        source_actor: side(13)?,
        target_actor: side(17)?,
        place: place.transpose()?,
        modality: s(27)?.unwrap_or_default(),
        sentence: s(28)?.unwrap_or_default(),
        start: int_at(r, 29)?.unwrap_or(0),
        end: int_at(r, 30)?.unwrap_or(0),
        trigger: s(31)?.unwrap_or_default(),
        trigger_start: int_at(r, 32)?.unwrap_or(0),
        trigger_end: int_at(r, 33)?.unwrap_or(0),
        lead: false,
        rule: s(34)?.unwrap_or_default(),
        engine_version: s(35)?.unwrap_or_default(),
        dict_hash: s(36)?.unwrap_or_default(),
    };
    Ok((int_at(r, 1)?.unwrap_or(0), event))
}

impl Store {
    /// Streams the events `q` selects, in storage order (article by article, each in the
    /// order its events were coded), to `each`, which returns `false` to stop early.
    /// A row that cannot be read is skipped and named in [`ExportRead::skipped`]; the others
    /// are still handed out.
    pub fn export_events(
        &self,
        q: &ExportQuery,
        mut each: impl FnMut(ExportEvent) -> bool,
    ) -> Result<ExportRead, StoreError> {
        let f = &q.filter;
        let mut clauses: Vec<String> = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        let text = |s: &str| Value::Text(s.to_string());
        if let Some(a) = &f.actor {
            let m: ActorMatch = self.actor_match(a)?;
            let (sql, vals) = m.clause(&[
                ("e.source_code", "e.source_name", Some("e.source_text")),
                ("e.target_code", "e.target_name", Some("e.target_text")),
            ]);
            clauses.push(sql);
            values.extend(vals);
        }
        if let Some(c) = &f.country {
            clauses.push("(substr(e.source_code, 1, 3) = upper(?) OR substr(e.target_code, 1, 3) = upper(?) OR e.place_country = upper(?))".into());
            values.extend(std::iter::repeat_n(text(c), 3));
        }
        if let Some(r) = &f.root {
            let r = r.trim();
            let root = if r.len() == 1 {
                format!("0{r}")
            } else {
                r.chars().take(2).collect()
            };
            clauses.push("e.root = ?".into());
            values.push(Value::Text(root));
        }
        if let Some(p) = &f.plover {
            clauses.push("upper(e.plover) = upper(?)".into());
            values.push(text(p));
        }
        if let Some(d) = &f.from {
            clauses.push("e.date >= ?".into());
            values.push(text(d));
        }
        if let Some(d) = &f.to {
            // Inclusive of the whole day, month or year it names.
            clauses.push("substr(e.date, 1, length(?)) <= ?".into());
            values.extend([text(d), text(d)]);
        }
        if let Some(t) = &f.text {
            clauses.push(
                "e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
                    .into(),
            );
            values.push(text(t));
        }
        if let Some(s) = &q.story {
            clauses.push(
                "a.ext_id IN (SELECT article_ext_id FROM story_articles WHERE story_id = ?
                    OR story_id IN (SELECT merged_into FROM story_merges WHERE story_id = ?))"
                    .into(),
            );
            values.extend([text(s), text(s)]);
        }
        let where_sql = if clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", clauses.join(" AND "))
        };
        values.push(Value::Integer(f.limit.map_or(-1, i64::from)));
        let sql = format!(
            "SELECT {EXPORT_SQL_COLUMNS}
             FROM events e
             JOIN articles a ON a.id = e.article_id
             JOIN provenance p ON p.id = e.provenance_id
             LEFT JOIN places pl ON pl.id = (
                 SELECT x.id FROM places x WHERE x.article_id = e.article_id
                   AND x.name = e.place_name AND x.country IS e.place_country
                 ORDER BY x.id LIMIT 1)
             {where_sql} ORDER BY e.id LIMIT ?"
        );
        let bad_query = |e: rusqlite::Error| crate::query::map_err(e, f);
        let mut st = self.conn.prepare(&sql)?;
        let mut text_st = self
            .conn
            .prepare_cached("SELECT text FROM articles WHERE id = ?1")?;
        let mut rows = st
            .query(rusqlite::params_from_iter(values.iter()))
            .map_err(bad_query)?;
        let mut read = ExportRead::default();
        // The lead paragraph's end of the article last seen (rows come article by article).
        let mut lead: Option<(i64, usize)> = None;
        while let Some(r) = rows.next().map_err(bad_query)? {
            let (article_id, mut event) = match export_row(r) {
                Ok(x) => x,
                Err(e) => {
                    let id = int_at(r, 0).ok().flatten().unwrap_or(0);
                    read.skipped.push(format!("event row {id}: {e}"));
                    continue;
                }
            };
            let lead_end = match lead {
                Some((id, end)) if id == article_id => end,
                _ => {
                    let text: Option<String> = text_st
                        .query_row([article_id], |r| text_at(r, 0))
                        .unwrap_or(None);
                    let end = text.as_deref().map_or(usize::MAX, lead_paragraph_end);
                    lead = Some((article_id, end));
                    end
                }
            };
            event.lead = usize::try_from(event.start).is_ok_and(|s| s < lead_end);
            read.rows += 1;
            if !each(event) {
                break;
            }
        }
        Ok(read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArticleRecord;
    use lede_model::*;

    fn db(name: &str) -> std::path::PathBuf {
        let p = std::env::temp_dir().join(format!("lede-export-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        p.join("lede.db")
    }

    /// Two articles of three events each; the first article's text has a lead paragraph.
    fn populated(name: &str) -> Store {
        let mut store = Store::open(&db(name)).unwrap();
        let prov = store.provenance("test", "h").unwrap();
        let batch: Vec<ArticleRecord> = (0..2)
            .map(|i| {
                let text = format!("Lead {i}: Kyiv talks.\n\nSecond paragraph, Moscow talks.");
                let events = [0usize, 24, 24]
                    .iter()
                    .enumerate()
                    .map(|(k, &start)| Event {
                        code: ["042", "036", "190"][k].into(),
                        root: ["04", "03", "19"][k].into(),
                        plover: Some("CONSULT".into()),
                        source: Some(ActorRef {
                            code: Some("UKRGOV".into()),
                            name: Some("Kyiv".into()),
                            text: "Kyiv".into(),
                        }),
                        target: None,
                        date: Some("2025-12-02".into()),
                        place: Some(PlaceRef {
                            name: "Moscow".into(),
                            country: Some("RUS".into()),
                        }),
                        modality: Modality::Asserted,
                        sentence: "talks".into(),
                        start,
                        end: start + 5,
                        trigger: Mention {
                            text: "talks".into(),
                            start,
                            end: start + 5,
                        },
                        rule: "test".into(),
                    })
                    .collect();
                ArticleRecord {
                    ext_id: format!("a{i}"),
                    url: Some(format!("https://example.org/{i}")),
                    source: Some("Wire".into()),
                    title: Some(format!("Title {i}")),
                    date: Some("2025-12-03".into()),
                    text: text.clone(),
                    origin: "test".into(),
                    reader: "reader:test".into(),
                    result: ArticleResult {
                        id: format!("a{i}"),
                        date: Some("2025-12-03".into()),
                        title: None,
                        text: None,
                        actors: vec![Actor {
                            name: Some("Kyiv".into()),
                            code: Some("UKRGOV".into()),
                            country: Some("UKR".into()),
                            kind: ActorKind::Organisation,
                            mentions: vec![],
                            rule: "test".into(),
                        }],
                        events,
                        quotes: vec![],
                        places: vec![Place {
                            name: "Moscow".into(),
                            country: Some("RUS".into()),
                            lat: Some(55.75),
                            lon: Some(37.62),
                            region: None,
                            kind: PlaceKind::City,
                            mentions: vec![],
                        }],
                        dates: vec![],
                        diagnostics: vec![],
                    },
                }
            })
            .collect();
        store.write_batch(prov, &batch).unwrap();
        store
    }

    fn all(store: &Store, q: &ExportQuery) -> (Vec<ExportEvent>, ExportRead) {
        let mut rows = Vec::new();
        let read = store
            .export_events(q, |e| {
                rows.push(e);
                true
            })
            .unwrap();
        (rows, read)
    }

    #[test]
    fn events_come_with_their_article_place_countries_and_lead() {
        let store = populated("context");
        let (rows, read) = all(&store, &ExportQuery::default());
        assert_eq!((rows.len(), read.rows), (6, 6));
        assert!(read.skipped.is_empty());
        let first = &rows[0];
        assert_eq!(first.article, "a0");
        assert_eq!(first.url.as_deref(), Some("https://example.org/0"));
        assert_eq!(first.title.as_deref(), Some("Title 0"));
        assert_eq!(first.source.as_deref(), Some("Wire"));
        assert_eq!(first.source_actor.country.as_deref(), Some("UKR"));
        assert!(first.target_actor.is_empty());
        let place = first.place.as_ref().unwrap();
        assert_eq!(
            (place.lat, place.kind.as_deref()),
            (Some(55.75), Some("city"))
        );
        assert!(first.lead && !rows[1].lead && !rows[2].lead);
        assert_eq!(first.engine_version, "test");
        // Storage order; the filters of `lede events`; a limit; stopping early.
        assert!(rows.windows(2).all(|w| w[0].row < w[1].row));
        let q = ExportQuery {
            filter: Filter {
                root: Some("4".into()),
                ..Filter::default()
            },
            story: None,
        };
        assert_eq!(all(&store, &q).0.len(), 2);
        let q = ExportQuery {
            filter: Filter {
                limit: Some(4),
                ..Filter::default()
            },
            story: None,
        };
        assert_eq!(all(&store, &q).0.len(), 4);
        let mut n = 0;
        store
            .export_events(&ExportQuery::default(), |_| {
                n += 1;
                n < 3
            })
            .unwrap();
        assert_eq!(n, 3);
    }

    /// Values of the wrong type (as an older or foreign writer might leave them) are read
    /// leniently: every row still comes out.
    #[test]
    fn odd_rows_never_stop_the_others() {
        let store = populated("odd");
        store
            .conn
            .execute_batch(
                "UPDATE events SET start = 'abc', code = 42, sentence = X'FF00' WHERE id = 1;
                 UPDATE events SET \"end\" = 2.5, source_name = 7 WHERE id = 2;
                 UPDATE places SET lat = 'north' WHERE id = 1;",
            )
            .unwrap();
        let (rows, read) = all(&store, &ExportQuery::default());
        assert_eq!(rows.len(), 6);
        assert!(read.skipped.is_empty(), "{:?}", read.skipped);
        assert_eq!((rows[0].start, rows[0].code.as_str()), (0, "42"));
        assert_eq!(rows[0].sentence, "\u{FFFD}\u{0}");
        assert_eq!(rows[1].end, 2);
        assert_eq!(rows[1].source_actor.name.as_deref(), Some("7"));
        assert_eq!(rows[0].place.as_ref().unwrap().lat, None);
    }

    #[test]
    fn the_lead_paragraph_ends_at_the_first_blank_line_after_text() {
        assert_eq!(lead_paragraph_end("One. Two.\n\nThree."), 9);
        assert_eq!(lead_paragraph_end("\n\n  One.\n \r\nTwo."), 8);
        assert_eq!(lead_paragraph_end("One.\nTwo."), 9);
        assert_eq!(lead_paragraph_end(""), 0);
    }
}
