//! Stories: what the clusterer needs to read back (every stored original, coded, in stored
//! order) and where its answer lives (`stories`, `story_articles`, `story_merges`, schema 3).
//!
//! The store does not cluster and does not read the story detail: the detail is JSON written
//! by the caller and handed back as it was written. Replacing the stories is one transaction,
//! so a reader sees the old set or the new one, never half of each.

use crate::{Store, StoreError};
use lede_model::{
    Actor, ActorKind, ActorRef, ArticleResult, DateMention, Event, Mention, Modality, Place,
    PlaceKind, PlaceRef, Quote, QuoteKind, Speaker,
};
use rusqlite::{params, OptionalExtension};
use std::collections::HashMap;

/// HTTP validators kept for a fetched URL: (url, ETag, Last-Modified).
pub type Validators = (String, Option<String>, Option<String>);

/// A stored original (not a syndicated copy) with its coding rebuilt from the store.
#[derive(Debug, Clone, PartialEq)]
pub struct CodedArticle {
    /// The store's row id: stored order, and where to continue with [`Store::coded_articles`].
    pub row: i64,
    /// The article's own id (file stem, JSONL `id`, feed item id); not necessarily unique.
    pub ext_id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    /// The text the coding's offsets index.
    pub text: String,
    /// The coding as `lede code` printed it (diagnostics are not kept by the store).
    pub result: ArticleResult,
}

/// One story to store (see [`Store::replace_stories`]).
#[derive(Debug, Clone, PartialEq)]
pub struct StoryRecord {
    pub id: String,
    pub title: String,
    pub first_seen: String,
    pub last_seen: String,
    /// Why the story is flagged as breaking, where it is.
    pub breaking: Option<String>,
    /// Article ids in the story's order.
    pub articles: Vec<String>,
    /// Ids of stories merged into this one.
    pub merged: Vec<String>,
    /// The caller's JSON of the timeline, event identities and discrepancies.
    pub detail: String,
    /// Where the story is listed among the others (by [`Store::update_stories_with_state`];
    /// [`Store::replace_stories`] lists them in the order given).
    pub position: i64,
}

/// A story written by an update, as the live stream tells of it ([`Store::story_changes`]).
#[derive(Debug, Clone, PartialEq)]
pub struct StoryChange {
    /// Raised by every update that writes stories; changes are read after a revision.
    pub revision: i64,
    /// `new`, `grew` (more articles), `breaking` (flagged now), `calm` (no longer flagged)
    /// or `changed` (anything else: a new title, an event, a merge).
    pub change: String,
    pub id: String,
    pub title: String,
    pub first_seen: String,
    pub last_seen: String,
    pub breaking: Option<String>,
    pub articles: u64,
}

/// A stored story, as [`Store::stories`] and [`Store::story`] give it back.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryRow {
    pub id: String,
    pub title: String,
    pub first_seen: String,
    pub last_seen: String,
    pub breaking: Option<String>,
    /// Article ids in the story's order.
    pub articles: Vec<String>,
    pub detail: String,
}

/// Where an article stands in the story order: undated last, then by date, article id, key.
/// Compares as the store sorts (strings byte by byte).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct StoryOrderKey {
    pub undated: bool,
    pub date: Option<String>,
    pub ext_id: String,
    pub key: String,
}

/// A stored original's row id and its place in the story order.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderedRow {
    pub row: i64,
    pub order: StoryOrderKey,
}

/// The story clusterer's saved state (schema 4): the caller's blob and what it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterState {
    /// The caller's format version of `state`.
    pub format: u32,
    pub state: Vec<u8>,
    /// Originals the state covers: every one with a row id up to `last_row`.
    pub articles: u64,
    pub last_row: i64,
    /// The last covered article in story order (`None` when it covers none).
    pub last: Option<StoryOrderKey>,
}

fn actor_kind(s: &str) -> ActorKind {
    match s {
        "person" => ActorKind::Person,
        "country" => ActorKind::Country,
        "group" => ActorKind::Group,
        _ => ActorKind::Organisation,
    }
}

fn modality(s: &str) -> Modality {
    match s {
        "negated" => Modality::Negated,
        "future" => Modality::Future,
        "hypothetical" => Modality::Hypothetical,
        "historical" => Modality::Historical,
        _ => Modality::Asserted,
    }
}

fn quote_kind(s: &str) -> QuoteKind {
    match s {
        "partial" => QuoteKind::Partial,
        "indirect" => QuoteKind::Indirect,
        _ => QuoteKind::Direct,
    }
}

fn place_kind(s: &str) -> PlaceKind {
    match s {
        "country" => PlaceKind::Country,
        "region" => PlaceKind::Region,
        "venue" => PlaceKind::Venue,
        _ => PlaceKind::City,
    }
}

fn usize_of(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

fn side(code: Option<String>, name: Option<String>, text: Option<String>) -> Option<ActorRef> {
    if code.is_none() && name.is_none() && text.is_none() {
        return None;
    }
    Some(ActorRef {
        code,
        name,
        text: text.unwrap_or_default(),
    })
}

/// The words of `text` at a stored span, or nothing where the span does not fit the text.
fn words_at(text: &str, start: usize, end: usize) -> String {
    text.get(start..end).unwrap_or("").to_string()
}

impl Store {
    /// Row ids of every stored original (syndicated copies left out: their rows live with the
    /// article they copy) in the order stories are built from: by date (undated last), then
    /// article id, then key. The order depends only on what is stored, not on when or in which
    /// order it was ingested.
    pub fn story_order(&self) -> Result<Vec<i64>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT id FROM articles WHERE duplicate_of IS NULL
             ORDER BY date IS NULL, date, ext_id, key",
        )?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The stored articles with these row ids, in the order given, each with its coding
    /// rebuilt from the store: what story clustering reads. Unknown ids are skipped. Give a
    /// few hundred ids at a time.
    pub fn coded_articles(&self, rows: &[i64]) -> Result<Vec<CodedArticle>, StoreError> {
        let mut arts: Vec<CodedArticle> = Vec::with_capacity(rows.len());
        let mut st = self.conn.prepare_cached(
            "SELECT id, ext_id, title, date, source, text FROM articles WHERE id = ?1",
        )?;
        for &row in rows {
            let found = st
                .query_row([row], |r| {
                    let date: Option<String> = r.get(3)?;
                    Ok(CodedArticle {
                        row: r.get(0)?,
                        ext_id: r.get(1)?,
                        title: r.get(2)?,
                        date: date.clone(),
                        source: r.get(4)?,
                        text: r.get(5)?,
                        result: ArticleResult {
                            id: r.get(1)?,
                            date,
                            title: r.get(2)?,
                            text: None,
                            actors: Vec::new(),
                            events: Vec::new(),
                            quotes: Vec::new(),
                            places: Vec::new(),
                            dates: Vec::new(),
                            diagnostics: Vec::new(),
                        },
                    })
                })
                .optional()?;
            arts.extend(found);
        }
        if arts.is_empty() {
            return Ok(arts);
        }
        // The coded rows of all of them, one query a table.
        let ids = arts
            .iter()
            .map(|a| a.row.to_string())
            .collect::<Vec<_>>()
            .join(",");
        let at: HashMap<i64, usize> = arts.iter().enumerate().map(|(i, a)| (a.row, i)).collect();

        // Actors and their mentions.
        let mut st = self.conn.prepare(&format!(
            "SELECT ac.article_id, ac.id, ac.name, ac.code, ac.country, ac.kind, ac.rule,
                    m.text, m.start, m.\"end\"
             FROM actors ac LEFT JOIN actor_mentions m ON m.actor_id = ac.id
             WHERE ac.article_id IN ({ids}) ORDER BY ac.article_id, ac.id, m.start, m.id"
        ))?;
        let mut rows = st.query([])?;
        let mut last_actor: Option<i64> = None;
        while let Some(r) = rows.next()? {
            let Some(&i) = at.get(&r.get::<_, i64>(0)?) else {
                continue;
            };
            let actor_id: i64 = r.get(1)?;
            let actors = &mut arts[i].result.actors;
            if last_actor != Some(actor_id) {
                last_actor = Some(actor_id);
                actors.push(Actor {
                    name: r.get(2)?,
                    code: r.get(3)?,
                    country: r.get(4)?,
                    kind: actor_kind(&r.get::<_, String>(5)?),
                    mentions: Vec::new(),
                    rule: r.get(6)?,
                });
            }
            if let (Some(text), Some(start), Some(end), Some(actor)) = (
                r.get::<_, Option<String>>(7)?,
                r.get::<_, Option<i64>>(8)?,
                r.get::<_, Option<i64>>(9)?,
                actors.last_mut(),
            ) {
                actor.mentions.push(Mention {
                    text,
                    start: usize_of(start),
                    end: usize_of(end),
                });
            }
        }

        let mut st = self.conn.prepare(&format!(
            "SELECT article_id, code, root, plover, source_code, source_name, source_text,
                    target_code, target_name, target_text, date, place_name, place_country,
                    modality, sentence, start, \"end\", trigger_text, trigger_start, trigger_end,
                    rule
             FROM events WHERE article_id IN ({ids}) ORDER BY article_id, id"
        ))?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let Some(&i) = at.get(&r.get::<_, i64>(0)?) else {
                continue;
            };
            let place = r.get::<_, Option<String>>(11)?.map(|name| PlaceRef {
                name,
                country: r.get(12).ok().flatten(),
            });
            arts[i].result.events.push(Event {
                code: r.get(1)?,
                root: r.get(2)?,
                plover: r.get(3)?,
                source: side(r.get(4)?, r.get(5)?, r.get(6)?),
                target: side(r.get(7)?, r.get(8)?, r.get(9)?),
                date: r.get(10)?,
                place,
                modality: modality(&r.get::<_, String>(13)?),
                sentence: r.get(14)?,
                start: usize_of(r.get(15)?),
                end: usize_of(r.get(16)?),
                trigger: Mention {
                    text: r.get(17)?,
                    start: usize_of(r.get(18)?),
                    end: usize_of(r.get(19)?),
                },
                rule: r.get(20)?,
            });
        }

        let mut st = self.conn.prepare(&format!(
            "SELECT article_id, text, kind, verb, speaker_name, speaker_code, speaker_text,
                    speaker_start, speaker_end, start, \"end\", rule
             FROM quotes WHERE article_id IN ({ids}) ORDER BY article_id, id"
        ))?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let Some(&i) = at.get(&r.get::<_, i64>(0)?) else {
                continue;
            };
            let (name, code, text): (Option<String>, Option<String>, Option<String>) =
                (r.get(4)?, r.get(5)?, r.get(6)?);
            let speaker = (name.is_some() || code.is_some() || text.is_some()).then(|| Speaker {
                name,
                code,
                text: text.unwrap_or_default(),
                start: usize_of(r.get::<_, Option<i64>>(7).ok().flatten().unwrap_or(0)),
                end: usize_of(r.get::<_, Option<i64>>(8).ok().flatten().unwrap_or(0)),
            });
            arts[i].result.quotes.push(Quote {
                text: r.get(1)?,
                speaker,
                kind: quote_kind(&r.get::<_, String>(2)?),
                verb: r.get(3)?,
                start: usize_of(r.get(9)?),
                end: usize_of(r.get(10)?),
                rule: r.get(11)?,
            });
        }

        let mut st = self.conn.prepare(&format!(
            "SELECT article_id, name, country, lat, lon, region, kind, mentions
             FROM places WHERE article_id IN ({ids}) ORDER BY article_id, id"
        ))?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let Some(&i) = at.get(&r.get::<_, i64>(0)?) else {
                continue;
            };
            let list: String = r.get(7)?;
            let text = &arts[i].text;
            let mentions = list
                .split_whitespace()
                .filter_map(|p| {
                    let (s, e) = p.split_once('-')?;
                    let (start, end) = (s.parse().ok()?, e.parse().ok()?);
                    Some(Mention {
                        text: words_at(text, start, end),
                        start,
                        end,
                    })
                })
                .collect();
            arts[i].result.places.push(Place {
                name: r.get(1)?,
                country: r.get(2)?,
                lat: r.get(3)?,
                lon: r.get(4)?,
                region: r.get(5)?,
                kind: place_kind(&r.get::<_, String>(6)?),
                mentions,
            });
        }

        let mut st = self.conn.prepare(&format!(
            "SELECT article_id, text, value, end_value, start, \"end\"
             FROM dates WHERE article_id IN ({ids}) ORDER BY article_id, id"
        ))?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let Some(&i) = at.get(&r.get::<_, i64>(0)?) else {
                continue;
            };
            arts[i].result.dates.push(DateMention {
                text: r.get(1)?,
                value: r.get(2)?,
                end_value: r.get(3)?,
                start: usize_of(r.get(4)?),
                end: usize_of(r.get(5)?),
            });
        }
        Ok(arts)
    }

    /// The stored originals with a row id above `row` (stored after it), in story order.
    pub fn story_order_after(&self, row: i64) -> Result<Vec<OrderedRow>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, date IS NULL, date, ext_id, key FROM articles
             WHERE id > ?1 AND duplicate_of IS NULL
             ORDER BY date IS NULL, date, ext_id, key",
        )?;
        let rows = st.query_map([row], ordered_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Stored originals with a row id up to `row`.
    pub fn originals_up_to(&self, row: i64) -> Result<u64, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM articles WHERE id <= ?1 AND duplicate_of IS NULL",
            [row],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// The saved clusterer state, where there is one.
    pub fn cluster_state(&self) -> Result<Option<ClusterState>, StoreError> {
        self.conn
            .prepare_cached(
                "SELECT format, state, articles, last_row, last_undated, last_date,
                        last_ext_id, last_key
                 FROM story_state WHERE id = 1",
            )?
            .query_row([], |r| {
                let undated: Option<bool> = r.get(4)?;
                let ext_id: Option<String> = r.get(6)?;
                let key: Option<String> = r.get(7)?;
                let last = match (undated, ext_id, key) {
                    (Some(undated), Some(ext_id), Some(key)) => Some(StoryOrderKey {
                        undated,
                        date: r.get(5)?,
                        ext_id,
                        key,
                    }),
                    _ => None,
                };
                Ok(ClusterState {
                    format: r.get(0)?,
                    state: r.get(1)?,
                    articles: r.get::<_, i64>(2)? as u64,
                    last_row: r.get(3)?,
                    last,
                })
            })
            .optional()
            .map_err(StoreError::from)
    }

    /// Replaces every stored story and the saved clusterer state they came from, in one
    /// transaction: the stories and the state always match.
    pub fn replace_stories_with_state(
        &mut self,
        stories: &[StoryRecord],
        state: &ClusterState,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        write_stories(&tx, stories)?;
        write_state(&tx, state)?;
        tx.commit()?;
        Ok(())
    }

    /// Stored originals (what [`Store::coded_articles`] reads) and articles placed in stories.
    pub fn story_coverage(&self) -> Result<(u64, u64), StoreError> {
        let originals: i64 = self.conn.query_row(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NULL",
            [],
            |r| r.get(0),
        )?;
        let placed: i64 = self
            .conn
            .query_row("SELECT count(*) FROM story_articles", [], |r| r.get(0))?;
        Ok((originals as u64, placed as u64))
    }

    /// Replaces every stored story with `stories`, in one transaction. Stories are listed
    /// back in the order given. An article id placed twice keeps its first story. Any saved
    /// clusterer state is dropped (it no longer matches the stories).
    pub fn replace_stories(&mut self, stories: &[StoryRecord]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        write_stories(&tx, stories)?;
        tx.execute("DELETE FROM story_state", [])?;
        tx.commit()?;
        Ok(())
    }

    fn story_articles(&self, id: &str) -> Result<Vec<String>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT article_ext_id FROM story_articles WHERE story_id = ?1 ORDER BY position",
        )?;
        let rows = st.query_map([id], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every stored story, in the order they were written (the order their first articles
    /// arrived), with their articles and detail.
    pub fn stories(&self) -> Result<Vec<StoryRow>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, title, first_seen, last_seen, breaking, detail FROM stories
             ORDER BY position, id",
        )?;
        let mut out: Vec<StoryRow> = st.query_map([], story_row)?.collect::<Result<_, _>>()?;
        let mut st = self.conn.prepare_cached(
            "SELECT story_id, article_ext_id FROM story_articles ORDER BY story_id, position",
        )?;
        let mut by_story: HashMap<String, Vec<String>> = HashMap::new();
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            by_story.entry(r.get(0)?).or_default().push(r.get(1)?);
        }
        for s in &mut out {
            s.articles = by_story.remove(&s.id).unwrap_or_default();
        }
        Ok(out)
    }

    /// One story by its id, by the id of a story merged into it, or by the id of one of its
    /// articles; `None` when no story answers to `id`.
    pub fn story(&self, id: &str) -> Result<Option<StoryRow>, StoreError> {
        let resolved: Option<String> = self
            .conn
            .prepare_cached(
                "SELECT id FROM (
                    SELECT id, 0 AS k FROM stories WHERE id = ?1
                    UNION ALL SELECT merged_into, 1 FROM story_merges WHERE story_id = ?1
                    UNION ALL SELECT story_id, 2 FROM story_articles WHERE article_ext_id = ?1
                 ) ORDER BY k LIMIT 1",
            )?
            .query_row([id], |r| r.get(0))
            .optional()?;
        let Some(resolved) = resolved else {
            return Ok(None);
        };
        let row = self
            .conn
            .prepare_cached(
                "SELECT id, title, first_seen, last_seen, breaking, detail FROM stories
                 WHERE id = ?1",
            )?
            .query_row([&resolved], story_row)
            .optional()?;
        let Some(mut row) = row else {
            return Ok(None);
        };
        row.articles = self.story_articles(&row.id)?;
        Ok(Some(row))
    }
}

impl Store {
    /// Originals in the order a full replay clusters them: run by run (the rows up to each
    /// recorded checkpoint, then those after the last), each run in story order. An update
    /// that went on from the saved state took its new rows exactly so; rows from before
    /// checkpoints existed form the first run.
    pub fn story_replay_order(&self) -> Result<Vec<OrderedRow>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, date IS NULL, date, ext_id, key,
                    (SELECT min(last_row) FROM story_checkpoints c WHERE c.last_row >= a.id) AS run
             FROM articles a WHERE duplicate_of IS NULL
             ORDER BY run IS NULL, run, date IS NULL, date, ext_id, key",
        )?;
        let rows = st.query_map([], ordered_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Writes what one clustering run changed, and the clusterer's state after it, in one
    /// transaction. `stories` are the stories the run may have changed: each is written only
    /// where it differs from the stored one, under a new revision and with what changed
    /// (see [`StoryChange`]). `removed` are stories gone (merged into others). With `complete`,
    /// `stories` is every story and any other stored one is removed too (a full replay). The
    /// state's `last_row` becomes a checkpoint (see [`Store::story_replay_order`]). Returns
    /// how many stories were written.
    pub fn update_stories_with_state(
        &mut self,
        stories: &[StoryRecord],
        removed: &[String],
        complete: bool,
        state: &ClusterState,
    ) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let revision: i64 = tx.query_row(
            "SELECT coalesce(max(revision), 0) + 1 FROM stories",
            [],
            |r| r.get(0),
        )?;
        let mut gone: Vec<String> = removed.to_vec();
        if complete {
            let keep: std::collections::HashSet<&str> =
                stories.iter().map(|s| s.id.as_str()).collect();
            let mut st = tx.prepare("SELECT id FROM stories")?;
            let ids = st.query_map([], |r| r.get::<_, String>(0))?;
            for id in ids {
                let id = id?;
                if !keep.contains(id.as_str()) {
                    gone.push(id);
                }
            }
        }
        for id in &gone {
            tx.execute("DELETE FROM stories WHERE id = ?1", [id])?;
            tx.execute("DELETE FROM story_articles WHERE story_id = ?1", [id])?;
            tx.execute("DELETE FROM story_merges WHERE merged_into = ?1", [id])?;
        }
        let mut written = 0;
        {
            let mut old_st = tx.prepare_cached(
                "SELECT title, first_seen, last_seen, breaking, detail, position,
                        (SELECT count(*) FROM story_articles WHERE story_id = s.id)
                 FROM stories s WHERE id = ?1",
            )?;
            let mut story_st = tx.prepare_cached(
                "INSERT INTO stories (id, title, first_seen, last_seen, breaking, detail, position,
                                      revision, change)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (id) DO UPDATE SET title = excluded.title,
                    first_seen = excluded.first_seen, last_seen = excluded.last_seen,
                    breaking = excluded.breaking, detail = excluded.detail,
                    position = excluded.position, revision = excluded.revision,
                    change = excluded.change",
            )?;
            let mut clear_st =
                tx.prepare_cached("DELETE FROM story_articles WHERE story_id = ?1")?;
            let mut art_st = tx.prepare_cached(
                "INSERT INTO story_articles (article_ext_id, story_id, position)
                 VALUES (?1, ?2, ?3) ON CONFLICT (article_ext_id)
                 DO UPDATE SET story_id = excluded.story_id, position = excluded.position",
            )?;
            let mut clear_merges =
                tx.prepare_cached("DELETE FROM story_merges WHERE merged_into = ?1")?;
            let mut merge_st = tx.prepare_cached(
                "INSERT INTO story_merges (story_id, merged_into) VALUES (?1, ?2)",
            )?;
            for s in stories {
                type Old = (String, String, String, Option<String>, String, i64, i64);
                let old: Option<Old> = old_st
                    .query_row([&s.id], |r| {
                        Ok((
                            r.get(0)?,
                            r.get(1)?,
                            r.get(2)?,
                            r.get(3)?,
                            r.get(4)?,
                            r.get(5)?,
                            r.get(6)?,
                        ))
                    })
                    .optional()?;
                let change = match &old {
                    None => "new",
                    Some(o)
                        if o.0 == s.title
                            && o.1 == s.first_seen
                            && o.2 == s.last_seen
                            && o.3 == s.breaking
                            && o.4 == s.detail
                            && o.5 == s.position
                            && o.6 == s.articles.len() as i64 =>
                    {
                        continue
                    }
                    Some(o) if o.3.is_none() && s.breaking.is_some() => "breaking",
                    Some(o) if o.3.is_some() && s.breaking.is_none() => "calm",
                    Some(o) if (s.articles.len() as i64) > o.6 => "grew",
                    Some(_) => "changed",
                };
                story_st.execute(params![
                    s.id,
                    s.title,
                    s.first_seen,
                    s.last_seen,
                    s.breaking,
                    s.detail,
                    s.position,
                    revision,
                    change
                ])?;
                clear_st.execute([&s.id])?;
                for (k, a) in s.articles.iter().enumerate() {
                    art_st.execute(params![a, s.id, k as i64])?;
                }
                clear_merges.execute([&s.id])?;
                for m in &s.merged {
                    merge_st.execute(params![m, s.id])?;
                }
                written += 1;
            }
        }
        write_state(&tx, state)?;
        tx.execute(
            "INSERT OR IGNORE INTO story_checkpoints (last_row) VALUES (?1)",
            [state.last_row],
        )?;
        tx.commit()?;
        Ok(written)
    }

    /// The HTTP validators kept for fetched URLs (url, ETag, Last-Modified), by URL.
    pub fn fetch_validators(&self) -> Result<Vec<Validators>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached("SELECT url, etag, last_modified FROM fetch_validators ORDER BY url")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Keeps these validators (replacing those kept for the same URLs), in one transaction.
    pub fn save_fetch_validators(&mut self, validators: &[Validators]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        {
            let mut st = tx.prepare_cached(
                "INSERT OR REPLACE INTO fetch_validators (url, etag, last_modified)
                 VALUES (?1, ?2, ?3)",
            )?;
            for (url, etag, lm) in validators {
                st.execute(params![url, etag, lm])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Ids of the stored stories flagged as breaking.
    pub fn breaking_story_ids(&self) -> Result<Vec<String>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached("SELECT id FROM stories WHERE breaking IS NOT NULL ORDER BY id")?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The latest story revision (0 when no update has written stories).
    pub fn story_revision(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(revision), 0) FROM stories", [], |r| {
                r.get(0)
            })?)
    }

    /// Stories written under a revision after `after`, oldest revision first, at most `limit`.
    pub fn story_changes(&self, after: i64, limit: u32) -> Result<Vec<StoryChange>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT revision, coalesce(change, 'changed'), id, title, first_seen, last_seen,
                    breaking, (SELECT count(*) FROM story_articles WHERE story_id = s.id)
             FROM stories s WHERE revision > ?1 ORDER BY revision, position, id LIMIT ?2",
        )?;
        let rows = st.query_map(params![after, limit], |r| {
            Ok(StoryChange {
                revision: r.get(0)?,
                change: r.get(1)?,
                id: r.get(2)?,
                title: r.get(3)?,
                first_seen: r.get(4)?,
                last_seen: r.get(5)?,
                breaking: r.get(6)?,
                articles: r.get::<_, i64>(7)? as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// The saved clusterer state, written over the one stored.
fn write_state(tx: &rusqlite::Transaction<'_>, state: &ClusterState) -> Result<(), StoreError> {
    let last = state.last.as_ref();
    tx.execute(
        "INSERT OR REPLACE INTO story_state (id, format, state, articles, last_row,
            last_undated, last_date, last_ext_id, last_key)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            state.format,
            state.state,
            state.articles as i64,
            state.last_row,
            last.map(|k| k.undated),
            last.and_then(|k| k.date.clone()),
            last.map(|k| k.ext_id.clone()),
            last.map(|k| k.key.clone()),
        ],
    )?;
    Ok(())
}

/// An [`OrderedRow`] from `id, date IS NULL, date, ext_id, key`.
fn ordered_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<OrderedRow> {
    Ok(OrderedRow {
        row: r.get(0)?,
        order: StoryOrderKey {
            undated: r.get(1)?,
            date: r.get(2)?,
            ext_id: r.get(3)?,
            key: r.get(4)?,
        },
    })
}

/// A [`StoryRow`] (articles left empty) from `id, title, first_seen, last_seen, breaking, detail`.
fn story_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoryRow> {
    Ok(StoryRow {
        id: r.get(0)?,
        title: r.get(1)?,
        first_seen: r.get(2)?,
        last_seen: r.get(3)?,
        breaking: r.get(4)?,
        articles: Vec::new(),
        detail: r.get(5)?,
    })
}

/// Writes `stories` over the stored ones inside `tx`.
fn write_stories(
    tx: &rusqlite::Transaction<'_>,
    stories: &[StoryRecord],
) -> Result<(), StoreError> {
    tx.execute_batch("DELETE FROM story_articles; DELETE FROM story_merges; DELETE FROM stories;")?;
    {
        let mut story_st = tx.prepare_cached(
            "INSERT INTO stories (id, title, first_seen, last_seen, breaking, detail, position)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO NOTHING",
        )?;
        let mut art_st = tx.prepare_cached(
            "INSERT INTO story_articles (article_ext_id, story_id, position)
             VALUES (?1, ?2, ?3) ON CONFLICT (article_ext_id) DO NOTHING",
        )?;
        let mut merge_st =
            tx.prepare_cached("INSERT INTO story_merges (story_id, merged_into) VALUES (?1, ?2)")?;
        for (n, s) in stories.iter().enumerate() {
            story_st.execute(params![
                s.id,
                s.title,
                s.first_seen,
                s.last_seen,
                s.breaking,
                s.detail,
                n as i64
            ])?;
            for (k, a) in s.articles.iter().enumerate() {
                art_st.execute(params![a, s.id, k as i64])?;
            }
            for m in &s.merged {
                merge_st.execute(params![m, s.id])?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ArticleRecord, SCHEMA_VERSION};
    use std::path::PathBuf;

    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let p = std::env::temp_dir()
                .join(format!("lede-store-stories-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&p);
            std::fs::create_dir_all(&p).unwrap();
            TempDir(p)
        }
        fn db(&self) -> PathBuf {
            self.0.join("lede.db")
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn record(id: &str, text: &str, date: &str) -> ArticleRecord {
        let moscow = text.find("Moscow").unwrap_or(0);
        let result = ArticleResult {
            id: id.into(),
            date: Some(date.into()),
            title: None,
            text: None,
            actors: vec![Actor {
                name: Some("Vladimir Putin".into()),
                code: Some("RUSGOV".into()),
                country: Some("RUS".into()),
                kind: ActorKind::Person,
                mentions: vec![Mention {
                    text: "Putin".into(),
                    start: 0,
                    end: 5,
                }],
                rule: "dict:putin".into(),
            }],
            events: vec![Event {
                code: "042".into(),
                root: "04".into(),
                plover: Some("CONSULT".into()),
                source: Some(ActorRef {
                    code: Some("RUSGOV".into()),
                    name: Some("Vladimir Putin".into()),
                    text: "Putin".into(),
                }),
                target: None,
                date: Some(date.into()),
                place: Some(PlaceRef {
                    name: "Moscow".into(),
                    country: Some("RUS".into()),
                }),
                modality: Modality::Future,
                sentence: text.into(),
                start: 0,
                end: text.len(),
                trigger: Mention {
                    text: "met".into(),
                    start: 6,
                    end: 9,
                },
                rule: "verb:MEET".into(),
            }],
            quotes: vec![Quote {
                text: "We talked".into(),
                speaker: None,
                kind: QuoteKind::Partial,
                verb: None,
                start: 1,
                end: 10,
                rule: "quote".into(),
            }],
            places: vec![Place {
                name: "Moscow".into(),
                country: Some("RUS".into()),
                lat: Some(55.75),
                lon: Some(37.62),
                region: None,
                kind: PlaceKind::City,
                mentions: vec![Mention {
                    text: "Moscow".into(),
                    start: moscow,
                    end: moscow + 6,
                }],
            }],
            dates: vec![DateMention {
                text: "Tuesday".into(),
                value: date.into(),
                end_value: None,
                start: 20,
                end: 27,
            }],
            diagnostics: vec![],
        };
        ArticleRecord {
            ext_id: id.into(),
            url: None,
            source: Some("wire".into()),
            title: Some(format!("Title {id}")),
            date: Some(date.into()),
            text: text.into(),
            origin: format!("test:{id}"),
            reader: "reader:test".into(),
            result,
        }
    }

    fn story(id: &str, articles: &[&str], merged: &[&str]) -> StoryRecord {
        StoryRecord {
            id: id.into(),
            title: format!("Story {id}"),
            first_seen: "2025-12-01".into(),
            last_seen: "2025-12-02".into(),
            breaking: None,
            articles: articles.iter().map(|s| s.to_string()).collect(),
            merged: merged.iter().map(|s| s.to_string()).collect(),
            detail: format!("{{\"id\":\"{id}\"}}"),
            position: 0,
        }
    }

    #[test]
    fn an_update_writes_only_what_changed_and_tells_what_changed() {
        let dir = TempDir::new("update");
        let mut store = Store::open(&dir.db()).unwrap();
        let prov = store.provenance("lede test", "h").unwrap();
        let batch = |ids: &[&str]| -> Vec<ArticleRecord> {
            ids.iter()
                .map(|id| {
                    record(
                        id,
                        &format!("Article {id} about talks in Moscow."),
                        "2025-12-02",
                    )
                })
                .collect()
        };
        store.write_batch(prov, &batch(&["b", "a"])).unwrap();
        let state = |last_row: i64| ClusterState {
            format: 1,
            state: vec![1, 2, 3],
            articles: last_row as u64,
            last_row,
            last: None,
        };
        let mut s1 = story("a", &["a"], &[]);
        let s2 = story("b", &["b"], &[]);
        s1.position = 0;
        let n = store
            .update_stories_with_state(&[s1.clone(), s2.clone()], &[], true, &state(2))
            .unwrap();
        assert_eq!(n, 2);
        let first = store.story_changes(0, 10).unwrap();
        assert_eq!(
            first
                .iter()
                .map(|c| (c.id.as_str(), c.change.as_str(), c.revision))
                .collect::<Vec<_>>(),
            [("a", "new", 1), ("b", "new", 1)]
        );
        // Run 2: "c" joins "a", which is now breaking; "b" is given again unchanged.
        store.write_batch(prov, &batch(&["c"])).unwrap();
        let mut s1b = story("a", &["a", "c"], &[]);
        s1b.breaking = Some("3 articles in a day".into());
        let n = store
            .update_stories_with_state(&[s1b.clone(), s2.clone()], &[], false, &state(3))
            .unwrap();
        assert_eq!(n, 1, "the unchanged story is not written again");
        let second = store.story_changes(1, 10).unwrap();
        assert_eq!(
            second
                .iter()
                .map(|c| (c.id.as_str(), c.change.as_str(), c.articles))
                .collect::<Vec<_>>(),
            [("a", "breaking", 2)]
        );
        assert_eq!(store.story_revision().unwrap(), 2);
        // Run 3: "b" merges into "a".
        let mut s1c = story("a", &["a", "c", "b"], &["b"]);
        s1c.breaking = s1b.breaking.clone();
        store
            .update_stories_with_state(&[s1c], &["b".to_string()], false, &state(3))
            .unwrap();
        let all = store.stories().unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].articles, ["a", "c", "b"]);
        assert_eq!(store.story("b").unwrap().unwrap().id, "a");
        assert_eq!(store.story_changes(2, 10).unwrap()[0].change, "grew");
        // A complete write drops what it does not list.
        store
            .update_stories_with_state(&[s2], &[], true, &state(3))
            .unwrap();
        assert_eq!(store.stories().unwrap().len(), 1);
        assert_eq!(store.story("c").unwrap(), None);
        // Replay order: run by run (checkpoints 2 and 3), each in story order (by id here).
        let order: Vec<String> = store
            .story_replay_order()
            .unwrap()
            .into_iter()
            .map(|r| r.order.ext_id)
            .collect();
        assert_eq!(order, ["a", "b", "c"]);
        store.write_batch(prov, &batch(&["0"])).unwrap();
        let order: Vec<String> = store
            .story_replay_order()
            .unwrap()
            .into_iter()
            .map(|r| r.order.ext_id)
            .collect();
        assert_eq!(
            order,
            ["a", "b", "c", "0"],
            "a later run comes after, whatever its id"
        );
    }

    #[test]
    fn coded_articles_give_back_what_was_written() {
        let dir = TempDir::new("coded");
        let mut store = Store::open(&dir.db()).unwrap();
        let prov = store.provenance("lede test", "h").unwrap();
        let a = record("a", "Putin met them in Moscow on Tuesday.", "2025-12-02");
        let copy = ArticleRecord {
            ext_id: "copy".into(),
            url: Some("https://example.org/copy".into()),
            ..a.clone()
        };
        let b = record(
            "b",
            "Putin spoke in Moscow on Tuesday, again.",
            "2025-12-03",
        );
        store.write_batch(prov, &[a.clone(), copy, b]).unwrap();
        // Stored out of date order: the story order is by date, then id.
        let c = record("c", "Putin flew from Moscow on Monday.", "2025-12-01");
        let undated = ArticleRecord {
            date: None,
            ..record("0-undated", "Putin is in Moscow.", "2025-12-01")
        };
        store.write_batch(prov, &[undated, c]).unwrap();
        let order = store.story_order().unwrap();
        let got = store.coded_articles(&order).unwrap();
        // The syndicated copy is left out.
        let ids: Vec<&str> = got.iter().map(|c| c.ext_id.as_str()).collect();
        assert_eq!(ids, ["c", "a", "b", "0-undated"]);
        assert_eq!(got[1].text, a.text);
        assert_eq!(got[1].result.actors, a.result.actors);
        assert_eq!(got[1].result.events, a.result.events);
        assert_eq!(got[1].result.quotes, a.result.quotes);
        assert_eq!(got[1].result.places, a.result.places);
        assert_eq!(got[1].result.dates, a.result.dates);
        // Any subset, in the order asked; unknown rows skipped.
        let some = store.coded_articles(&[order[2], 9999, order[0]]).unwrap();
        let ids: Vec<&str> = some.iter().map(|c| c.ext_id.as_str()).collect();
        assert_eq!(ids, ["b", "c"]);
        assert_eq!(some[1].result.events.len(), 1);
        assert!(store.coded_articles(&[]).unwrap().is_empty());
    }

    #[test]
    fn stories_are_replaced_whole_and_found_by_any_of_their_ids() {
        let dir = TempDir::new("replace");
        let mut store = Store::open(&dir.db()).unwrap();
        store
            .replace_stories(&[
                story("s1", &["s1", "x", "s2"], &["s2"]),
                story("y", &["y"], &[]),
            ])
            .unwrap();
        assert_eq!(store.stats().unwrap().stories, 2);
        let all = store.stories().unwrap();
        assert_eq!(
            all.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            ["s1", "y"]
        );
        assert_eq!(all[0].articles, ["s1", "x", "s2"]);
        assert_eq!(all[0].detail, "{\"id\":\"s1\"}");
        // By its id, a merged-away id, an article id.
        for id in ["s1", "s2", "x"] {
            assert_eq!(store.story(id).unwrap().unwrap().id, "s1", "{id}");
        }
        assert!(store.story("nope").unwrap().is_none());
        // Replacing leaves only the new set.
        store.replace_stories(&[story("z", &["z"], &[])]).unwrap();
        assert_eq!(store.stats().unwrap().stories, 1);
        assert!(store.story("s1").unwrap().is_none());
        assert!(store.story("x").unwrap().is_none());
        assert_eq!(store.story_coverage().unwrap(), (0, 1));
    }

    #[test]
    fn a_version_2_database_is_migrated_and_keeps_its_rows() {
        let dir = TempDir::new("migrate3");
        {
            let store = Store::open_at_version(&dir.db(), 2).unwrap();
            assert_eq!(store.schema_version().unwrap(), 2);
            // Rows as Lede at schema version 2 wrote them.
            let mut sql = String::from(
                "INSERT INTO provenance (id, engine_version, dict_hash) VALUES (1, 'lede 0.0.9', 'old');",
            );
            for (n, (id, text)) in [
                ("old-1", "Putin met them in Moscow on Tuesday."),
                ("old-2", "Putin spoke in Moscow on Tuesday."),
            ]
            .iter()
            .enumerate()
            {
                let row = n + 1;
                sql.push_str(&format!(
                    "INSERT INTO articles (id, key, ext_id, date, text, text_hash, origin, provenance_id, rule)
                     VALUES ({row}, 'text:{row}', '{id}', '2025-12-02', '{text}', 'h{row}', '{id}.txt', 1, 'reader:txt');
                     INSERT INTO articles_fts (rowid, title, text) VALUES ({row}, NULL, '{text}');
                     INSERT INTO events (article_id, code, root, modality, sentence, start, \"end\", trigger_text,
                                         trigger_start, trigger_end, provenance_id, rule, date)
                     VALUES ({row}, '040', '04', 'asserted', '{text}', 0, 10, 'met', 6, 9, 1, 'verb:MEET', '2025-12-02');
                     INSERT INTO quotes (article_id, text, kind, start, \"end\", provenance_id, rule)
                     VALUES ({row}, 'Moscow', 'direct', 0, 6, 1, 'quote:test');"
                ));
            }
            store.conn.execute_batch(&sql).unwrap();
            let has_stories: bool = store
                .conn
                .query_row(
                    "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'stories'",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert!(!has_stories, "version 2 has no stories table");
            assert_eq!(store.stats().unwrap().stories, 0);
        }
        let mut store = Store::open(&dir.db()).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let s = store.stats().unwrap();
        assert_eq!((s.articles, s.events, s.quotes, s.stories), (2, 2, 2, 0));
        assert_eq!(store.story_coverage().unwrap(), (2, 0));
        assert_eq!(store.story_order().unwrap().len(), 2);
        store
            .replace_stories(&[story("old-1", &["old-1", "old-2"], &[])])
            .unwrap();
        assert_eq!(store.stats().unwrap().stories, 1);
        assert_eq!(store.story_coverage().unwrap(), (2, 2));
        assert_eq!(store.integrity_check().unwrap(), Vec::<String>::new());
        drop(store);
        // Opening again is a no-op.
        let store = Store::open(&dir.db()).unwrap();
        assert_eq!(store.stats().unwrap().stories, 1);
    }

    #[test]
    fn the_cluster_state_is_saved_with_the_stories_and_new_rows_come_in_story_order() {
        let dir = TempDir::new("state");
        {
            // A version-3 database gains the state table empty.
            let store = Store::open_at_version(&dir.db(), 3).unwrap();
            assert_eq!(store.schema_version().unwrap(), 3);
        }
        let mut store = Store::open(&dir.db()).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(store.cluster_state().unwrap(), None);
        let prov = store.provenance("lede test", "h").unwrap();
        let a = record("a", "Putin met them in Moscow on Tuesday.", "2025-12-02");
        let copy = ArticleRecord {
            ext_id: "copy".into(),
            url: Some("https://example.org/copy".into()),
            ..a.clone()
        };
        store.write_batch(prov, &[a, copy]).unwrap();
        let first = store.story_order_after(0).unwrap();
        assert_eq!(first.len(), 1, "the syndicated copy is left out");
        let state = ClusterState {
            format: 7,
            state: vec![1, 2, 3, 0, 255],
            articles: 1,
            last_row: first[0].row,
            last: Some(first[0].order.clone()),
        };
        store
            .replace_stories_with_state(&[story("a", &["a"], &[])], &state)
            .unwrap();
        assert_eq!(store.cluster_state().unwrap().as_ref(), Some(&state));
        assert_eq!(store.originals_up_to(state.last_row).unwrap(), 1);
        // Stored later, in story order: by date (undated last), then id.
        let undated = ArticleRecord {
            date: None,
            ..record("0-undated", "Putin is in Moscow.", "2025-12-01")
        };
        let c = record("c", "Putin flew from Moscow on Monday.", "2025-12-01");
        let d = record("b", "Putin spoke in Moscow again.", "2025-12-03");
        store.write_batch(prov, &[undated, d, c]).unwrap();
        let after = store.story_order_after(state.last_row).unwrap();
        let keys: Vec<&StoryOrderKey> = after.iter().map(|r| &r.order).collect();
        let ids: Vec<&str> = keys.iter().map(|k| k.ext_id.as_str()).collect();
        assert_eq!(ids, ["c", "b", "0-undated"]);
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        // "c" sorts before the last covered article, "b" after it.
        let last = state.last.as_ref().unwrap();
        assert!(keys[0] < last && keys[1] > last && keys[2] > last);
        assert_eq!(store.originals_up_to(i64::MAX).unwrap(), 4);
        // A whole replacement without a state drops the saved one.
        store.replace_stories(&[story("a", &["a"], &[])]).unwrap();
        assert_eq!(store.cluster_state().unwrap(), None);
    }
}
