//! The writer: batches of coded articles, one transaction each.

use crate::key::article_key_hashed;
use crate::{near, text_hash, Store, StoreError};
use lede_model::{ActorKind, ArticleResult, Diagnostic, Modality, PlaceKind, QuoteKind};
use rusqlite::{params, Transaction};

/// The row of `provenance` that every row written under it points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProvenanceId(pub i64);

/// One coded article to store.
#[derive(Debug, Clone)]
pub struct ArticleRecord {
    /// The article's own id (file stem, JSONL `id`, feed item id).
    pub ext_id: String,
    pub url: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    /// ISO date of the article.
    pub date: Option<String>,
    /// The text the result's offsets index.
    pub text: String,
    /// Where it was read from: `path`, `path:line`, `path#item`.
    pub origin: String,
    /// The reader that produced it (`reader:txt`, `reader:jsonl`, `reader:html`, `reader:feed`).
    pub reader: String,
    pub result: ArticleResult,
}

/// What one batch added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchCounts {
    /// Articles newly stored and coded.
    pub inserted: u64,
    /// Articles whose key was already stored (nothing written).
    pub already_stored: u64,
    /// Syndicated copies: a new key with the text of a stored article, linked to it.
    pub duplicates: u64,
    pub events: u64,
    pub quotes: u64,
    pub actors: u64,
}

impl BatchCounts {
    pub fn add(&mut self, o: BatchCounts) {
        self.inserted += o.inserted;
        self.already_stored += o.already_stored;
        self.duplicates += o.duplicates;
        self.events += o.events;
        self.quotes += o.quotes;
        self.actors += o.actors;
    }
}

fn actor_kind(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Person => "person",
        ActorKind::Organisation => "organisation",
        ActorKind::Country => "country",
        ActorKind::Group => "group",
    }
}

fn modality(m: Modality) -> &'static str {
    match m {
        Modality::Asserted => "asserted",
        Modality::Negated => "negated",
        Modality::Future => "future",
        Modality::Hypothetical => "hypothetical",
        Modality::Historical => "historical",
    }
}

fn quote_kind(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Indirect => "indirect",
    }
}

fn place_kind(k: PlaceKind) -> &'static str {
    match k {
        PlaceKind::Country => "country",
        PlaceKind::Region => "region",
        PlaceKind::City => "city",
        PlaceKind::Venue => "venue",
    }
}

fn diagnostics_text(d: &[Diagnostic]) -> String {
    d.iter()
        .map(|d| d.message.replace('\n', " "))
        .collect::<Vec<_>>()
        .join("\n")
}

impl Store {
    /// The provenance row for this engine version and dictionary-set hash (created if new).
    pub fn provenance(
        &mut self,
        engine_version: &str,
        dict_hash: &str,
    ) -> Result<ProvenanceId, StoreError> {
        self.conn.execute(
            "INSERT OR IGNORE INTO provenance (engine_version, dict_hash) VALUES (?1, ?2)",
            [engine_version, dict_hash],
        )?;
        Ok(ProvenanceId(self.conn.query_row(
            "SELECT id FROM provenance WHERE engine_version = ?1 AND dict_hash = ?2",
            [engine_version, dict_hash],
            |r| r.get(0),
        )?))
    }

    /// Stores a batch in one transaction: all of it or, on error or crash, none of it.
    /// Articles already stored (same key) are skipped; a new key whose normalized text is
    /// already stored is kept as a link (`duplicate_of`) without its coded rows.
    pub fn write_batch(
        &mut self,
        provenance: ProvenanceId,
        batch: &[ArticleRecord],
    ) -> Result<BatchCounts, StoreError> {
        let tx = self.conn.transaction()?;
        let mut counts = BatchCounts::default();
        for a in batch {
            write_article(&tx, provenance.0, a, &mut counts)?;
        }
        tx.commit()?;
        Ok(counts)
    }
}

fn write_article(
    tx: &Transaction<'_>,
    prov: i64,
    a: &ArticleRecord,
    counts: &mut BatchCounts,
) -> Result<(), StoreError> {
    let hash = text_hash(&a.text);
    let key = article_key_hashed(a.url.as_deref(), &hash);
    let original: Option<i64> = {
        let mut st = tx.prepare_cached(
            "SELECT id FROM articles WHERE text_hash = ?1 AND duplicate_of IS NULL ORDER BY id LIMIT 1",
        )?;
        let mut rows = st.query([&hash])?;
        match rows.next()? {
            Some(r) => Some(r.get(0)?),
            None => None,
        }
    };
    let bands = near::band_keys(&a.text);
    let (original, dup_rule) = match original {
        Some(id) => (Some(id), Some("same-text".to_string())),
        None => match near_original(tx, a, &bands)? {
            Some((id, j)) => (Some(id), Some(format!("near-copy J={j:.2}"))),
            None => (None, None),
        },
    };
    let inserted = tx
        .prepare_cached(
            "INSERT INTO articles (key, ext_id, url, source, title, date, text, text_hash, origin,
                               diagnostics, provenance_id, rule, duplicate_of, duplicate_rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
         ON CONFLICT (key) DO NOTHING",
        )?
        .execute(params![
            key,
            a.ext_id,
            a.url,
            a.source,
            a.title,
            a.date,
            a.text,
            hash,
            a.origin,
            diagnostics_text(&a.result.diagnostics),
            prov,
            a.reader,
            original,
            dup_rule,
        ])?;
    if inserted == 0 {
        // The key is stored already (UNIQUE): nothing to add.
        counts.already_stored += 1;
        return Ok(());
    }
    let id = tx.last_insert_rowid();
    if original.is_some() {
        counts.duplicates += 1;
        return Ok(());
    }
    counts.inserted += 1;
    tx.prepare_cached("INSERT INTO articles_fts (rowid, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![id, a.title, a.text])?;
    insert_bands(tx, id, &bands)?;
    let r = &a.result;

    let mut actor_st = tx.prepare_cached(
        "INSERT INTO actors (article_id, name, code, country, kind, provenance_id, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut mention_st = tx.prepare_cached(
        "INSERT INTO actor_mentions (actor_id, text, start, \"end\", provenance_id, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for actor in &r.actors {
        actor_st.execute(params![
            id,
            actor.name,
            actor.code,
            actor.country,
            actor_kind(actor.kind),
            prov,
            actor.rule
        ])?;
        let actor_id = tx.last_insert_rowid();
        for m in &actor.mentions {
            mention_st.execute(params![
                actor_id,
                m.text,
                m.start as i64,
                m.end as i64,
                prov,
                actor.rule
            ])?;
        }
        counts.actors += 1;
    }

    let mut event_st = tx.prepare_cached(
        "INSERT INTO events (article_id, code, root, plover, source_code, source_name, source_text,
                             target_code, target_name, target_text, date, place_name, place_country,
                             modality, sentence, start, \"end\", trigger_text, trigger_start,
                             trigger_end, provenance_id, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                 ?19, ?20, ?21, ?22)",
    )?;
    for e in &r.events {
        let date = e.date.as_ref().or(a.date.as_ref());
        event_st.execute(params![
            id,
            e.code,
            e.root,
            e.plover,
            e.source.as_ref().and_then(|s| s.code.as_ref()),
            e.source.as_ref().and_then(|s| s.name.as_ref()),
            e.source.as_ref().map(|s| &s.text),
            e.target.as_ref().and_then(|s| s.code.as_ref()),
            e.target.as_ref().and_then(|s| s.name.as_ref()),
            e.target.as_ref().map(|s| &s.text),
            date,
            e.place.as_ref().map(|p| &p.name),
            e.place.as_ref().and_then(|p| p.country.as_ref()),
            modality(e.modality),
            e.sentence,
            e.start as i64,
            e.end as i64,
            e.trigger.text,
            e.trigger.start as i64,
            e.trigger.end as i64,
            prov,
            e.rule
        ])?;
        counts.events += 1;
    }

    let mut quote_st = tx.prepare_cached(
        "INSERT INTO quotes (article_id, text, kind, verb, speaker_name, speaker_code, speaker_text,
                             speaker_start, speaker_end, start, \"end\", provenance_id, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    let mut quote_fts_st = tx
        .prepare_cached("INSERT INTO quotes_fts (rowid, text, speaker_name) VALUES (?1, ?2, ?3)")?;
    for q in &r.quotes {
        let sp = q.speaker.as_ref();
        quote_st.execute(params![
            id,
            q.text,
            quote_kind(q.kind),
            q.verb,
            sp.and_then(|s| s.name.as_ref()),
            sp.and_then(|s| s.code.as_ref()),
            sp.map(|s| &s.text),
            sp.map(|s| s.start as i64),
            sp.map(|s| s.end as i64),
            q.start as i64,
            q.end as i64,
            prov,
            q.rule
        ])?;
        let quote_id = tx.last_insert_rowid();
        quote_fts_st.execute(params![quote_id, q.text, sp.and_then(|s| s.name.as_ref())])?;
        counts.quotes += 1;
    }

    let mut place_st = tx.prepare_cached(
        "INSERT INTO places (article_id, name, country, lat, lon, region, kind, mentions,
                             provenance_id, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'gazetteer')",
    )?;
    for p in &r.places {
        let mentions = p
            .mentions
            .iter()
            .map(|m| format!("{}-{}", m.start, m.end))
            .collect::<Vec<_>>()
            .join(" ");
        place_st.execute(params![
            id,
            p.name,
            p.country,
            p.lat,
            p.lon,
            p.region,
            place_kind(p.kind),
            mentions,
            prov
        ])?;
    }

    let mut date_st = tx.prepare_cached(
        "INSERT INTO dates (article_id, text, value, end_value, start, \"end\", provenance_id, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'dates')",
    )?;
    for d in &r.dates {
        date_st.execute(params![
            id,
            d.text,
            d.value,
            d.end_value,
            d.start as i64,
            d.end as i64,
            prov
        ])?;
    }
    Ok(())
}

/// Candidates sharing a sketch band, most shared bands first, at most this many checked.
const NEAR_CANDIDATES: usize = 8;

/// The stored original `a` is a near-copy of, with their shingle overlap (see [`near`]).
fn near_original(
    tx: &Transaction<'_>,
    a: &ArticleRecord,
    bands: &[i64],
) -> Result<Option<(i64, f64)>, StoreError> {
    if bands.is_empty() {
        return Ok(None);
    }
    let mut shared: Vec<(i64, usize)> = Vec::new();
    {
        let mut st =
            tx.prepare_cached("SELECT article_id FROM article_bands WHERE band = ?1 LIMIT 64")?;
        for b in bands {
            let mut rows = st.query([b])?;
            while let Some(r) = rows.next()? {
                let id: i64 = r.get(0)?;
                match shared.iter_mut().find(|x| x.0 == id) {
                    Some(x) => x.1 += 1,
                    None => shared.push((id, 1)),
                }
            }
        }
    }
    shared.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    let mut st = tx
        .prepare_cached("SELECT text, date FROM articles WHERE id = ?1 AND duplicate_of IS NULL")?;
    for &(id, _) in shared.iter().take(NEAR_CANDIDATES) {
        let mut rows = st.query([id])?;
        let Some(r) = rows.next()? else {
            continue;
        };
        let (text, date): (String, Option<String>) = (r.get(0)?, r.get(1)?);
        if let Some(j) = near::is_near_copy(&a.text, a.date.as_deref(), &text, date.as_deref()) {
            return Ok(Some((id, j)));
        }
    }
    Ok(None)
}

fn insert_bands(tx: &Transaction<'_>, id: i64, bands: &[i64]) -> Result<(), StoreError> {
    let mut st =
        tx.prepare_cached("INSERT INTO article_bands (band, article_id) VALUES (?1, ?2)")?;
    for b in bands {
        st.execute(params![b, id])?;
    }
    Ok(())
}

impl Store {
    /// Sketches every stored original that has none (a database from before schema 5), so
    /// that later copies of them are found; returns how many were sketched.
    pub fn sketch_unsketched(&mut self) -> Result<u64, StoreError> {
        let tx = self.conn.transaction()?;
        let todo: Vec<(i64, String)> = {
            let mut st = tx.prepare(
                "SELECT id, text FROM articles a WHERE duplicate_of IS NULL
                 AND NOT EXISTS (SELECT 1 FROM article_bands b WHERE b.article_id = a.id)",
            )?;
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        let mut n = 0;
        for (id, text) in &todo {
            let bands = near::band_keys(text);
            if !bands.is_empty() {
                insert_bands(&tx, *id, &bands)?;
                n += 1;
            }
        }
        tx.commit()?;
        Ok(n)
    }
}
