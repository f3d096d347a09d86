//! Saving and loading a [`Clusterer`]'s whole state, so that clustering can go on where it
//! stopped (the CLI keeps it in the store between ingests).
//!
//! The format is a compact little-endian binary: the magic `LEDECLU\0`, the format version
//! ([`STATE_FORMAT`], a `u32`), then every field in a fixed order; strings and lists are
//! prefixed by their length (`u32`), floats are their exact bits, optional values a `0`/`1`
//! byte. Maps are written in sorted key order, so the same state always gives the same bytes.
//! Loading checks the magic, the version, every length against the bytes left and every index
//! against what it points into; a bad state is an error, never a panic. A loaded clusterer
//! goes on exactly as the saved one would have (the same articles added next give the same
//! stories, byte for byte).

use crate::detail::{ArticleFacts, EventFact, EventState, MergeState};
use crate::features::NumberFact;
use crate::{ArticleState, Clusterer, Config, FxMap, StoryState, Vocab};
use std::collections::BTreeMap;
use std::fmt;

/// The version of the saved-state format this build writes and reads. Bumped whenever the
/// format or anything that changes clustering results changes: a state from another version
/// is refused, and the caller replays instead.
pub const STATE_FORMAT: u32 = 5;

const MAGIC: &[u8; 8] = b"LEDECLU\0";

/// Why a saved state cannot be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateError {
    /// Not a clusterer state (wrong magic).
    NotAState,
    /// Written by another format version.
    Version { found: u32, supported: u32 },
    /// Cut short, or a length larger than the bytes left.
    Truncated,
    /// Bytes left over after the state.
    TrailingBytes,
    /// An inconsistent state (a bad index, a repeated id, invalid UTF-8...).
    Invalid(&'static str),
}

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StateError::NotAState => write!(f, "not a clusterer state"),
            StateError::Version { found, supported } => write!(
                f,
                "clusterer state format {found}, this build reads format {supported}"
            ),
            StateError::Truncated => write!(f, "clusterer state is cut short"),
            StateError::TrailingBytes => write!(f, "clusterer state has trailing bytes"),
            StateError::Invalid(what) => write!(f, "clusterer state is inconsistent: {what}"),
        }
    }
}

impl std::error::Error for StateError {}

struct W(Vec<u8>);

impl W {
    fn u8(&mut self, x: u8) {
        self.0.push(x);
    }
    fn u32(&mut self, x: u32) {
        self.0.extend_from_slice(&x.to_le_bytes());
    }
    fn i32(&mut self, x: i32) {
        self.0.extend_from_slice(&x.to_le_bytes());
    }
    fn u64(&mut self, x: u64) {
        self.0.extend_from_slice(&x.to_le_bytes());
    }
    fn f32(&mut self, x: f32) {
        self.u32(x.to_bits());
    }
    fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).unwrap_or(u32::MAX));
    }
    fn str(&mut self, s: &str) {
        self.len(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn opt_str(&mut self, s: &Option<String>) {
        match s {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }
    fn strs(&mut self, v: &[String]) {
        self.len(v.len());
        for s in v {
            self.str(s);
        }
    }
}

struct R<'a> {
    b: &'a [u8],
}

impl<'a> R<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], StateError> {
        if self.b.len() < n {
            return Err(StateError::Truncated);
        }
        let (head, rest) = self.b.split_at(n);
        self.b = rest;
        Ok(head)
    }
    fn arr<const N: usize>(&mut self) -> Result<[u8; N], StateError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, StateError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, StateError> {
        Ok(u32::from_le_bytes(self.arr()?))
    }
    fn i32(&mut self) -> Result<i32, StateError> {
        Ok(i32::from_le_bytes(self.arr()?))
    }
    fn u64(&mut self) -> Result<u64, StateError> {
        Ok(u64::from_le_bytes(self.arr()?))
    }
    fn usize(&mut self) -> Result<usize, StateError> {
        usize::try_from(self.u64()?).map_err(|_| StateError::Invalid("a count too large"))
    }
    fn f32(&mut self) -> Result<f32, StateError> {
        Ok(f32::from_bits(self.u32()?))
    }
    /// A list length; each item takes at least `min_item` bytes, so a length beyond the
    /// bytes left is refused before anything is allocated.
    fn len(&mut self, min_item: usize) -> Result<usize, StateError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_item.max(1)) > self.b.len() {
            return Err(StateError::Truncated);
        }
        Ok(n)
    }
    fn str(&mut self) -> Result<String, StateError> {
        let n = self.len(1)?;
        let bytes = self.take(n)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| StateError::Invalid("a string is not UTF-8"))
    }
    fn flag(&mut self) -> Result<bool, StateError> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(StateError::Invalid("a flag is neither 0 nor 1")),
        }
    }
    fn opt_str(&mut self) -> Result<Option<String>, StateError> {
        Ok(if self.flag()? {
            Some(self.str()?)
        } else {
            None
        })
    }
    fn strs(&mut self) -> Result<Vec<String>, StateError> {
        let n = self.len(4)?;
        (0..n).map(|_| self.str()).collect()
    }
}

fn check(ok: bool, what: &'static str) -> Result<(), StateError> {
    if ok {
        Ok(())
    } else {
        Err(StateError::Invalid(what))
    }
}

fn write_config(w: &mut W, c: &Config) {
    w.i32(c.window_days);
    w.f32(c.join_threshold);
    w.f32(c.merge_threshold);
    w.f32(c.time_decay);
    w.u64(c.article_features as u64);
    w.u64(c.index_features as u64);
    w.u64(c.max_postings_scan as u64);
    w.u64(c.max_candidates as u64);
    w.u64(c.centroid_features as u64);
    w.i32(c.breaking_window_days);
    w.i32(c.breaking_baseline_days);
    w.u64(c.breaking_min_articles as u64);
    w.u64(c.breaking_min_sources as u64);
    w.f32(c.breaking_ratio);
}

fn read_config(r: &mut R<'_>) -> Result<Config, StateError> {
    Ok(Config {
        window_days: r.i32()?,
        join_threshold: r.f32()?,
        merge_threshold: r.f32()?,
        time_decay: r.f32()?,
        article_features: r.usize()?,
        index_features: r.usize()?,
        max_postings_scan: r.usize()?,
        max_candidates: r.usize()?,
        centroid_features: r.usize()?,
        breaking_window_days: r.i32()?,
        breaking_baseline_days: r.i32()?,
        breaking_min_articles: r.usize()?,
        breaking_min_sources: r.usize()?,
        breaking_ratio: r.f32()?,
    })
}

fn write_facts(w: &mut W, f: &ArticleFacts) {
    w.len(f.events.len());
    for e in &f.events {
        w.opt_str(&e.source);
        w.opt_str(&e.target);
        w.str(&e.code);
        w.str(&e.root);
        w.i32(e.day);
        w.opt_str(&e.place);
        w.str(&e.sentence);
    }
    w.len(f.quotes.len());
    for (speaker, text) in &f.quotes {
        w.opt_str(speaker);
        w.str(text);
    }
    w.strs(&f.actors);
    w.strs(&f.places);
    w.len(f.dated.len());
    for (value, sentence) in &f.dated {
        w.str(value);
        w.str(sentence);
    }
    w.len(f.numbers.len());
    for n in &f.numbers {
        w.str(&n.key);
        w.str(&n.value);
        w.str(&n.context);
    }
}

fn read_facts(r: &mut R<'_>) -> Result<ArticleFacts, StateError> {
    let n = r.len(18)?;
    let mut events = Vec::with_capacity(n);
    for _ in 0..n {
        events.push(EventFact {
            source: r.opt_str()?,
            target: r.opt_str()?,
            code: r.str()?,
            root: r.str()?,
            day: r.i32()?,
            place: r.opt_str()?,
            sentence: r.str()?,
        });
    }
    let n = r.len(5)?;
    let mut quotes = Vec::with_capacity(n);
    for _ in 0..n {
        quotes.push((r.opt_str()?, r.str()?));
    }
    let actors = r.strs()?;
    let places = r.strs()?;
    let n = r.len(8)?;
    let mut dated = Vec::with_capacity(n);
    for _ in 0..n {
        dated.push((r.str()?, r.str()?));
    }
    let n = r.len(12)?;
    let mut numbers = Vec::with_capacity(n);
    for _ in 0..n {
        numbers.push(NumberFact {
            key: r.str()?,
            value: r.str()?,
            context: r.str()?,
        });
    }
    Ok(ArticleFacts {
        events,
        quotes,
        actors,
        places,
        dated,
        numbers,
    })
}

impl Clusterer {
    /// The whole state, to be given back to [`Clusterer::load`]. Deterministic: the same
    /// state gives the same bytes.
    pub fn save(&self) -> Vec<u8> {
        let mut w = W(Vec::with_capacity(64 + self.articles.len() * 512));
        w.0.extend_from_slice(MAGIC);
        w.u32(STATE_FORMAT);
        write_config(&mut w, &self.config);

        // Vocabulary in id order.
        let mut keys: Vec<(&String, u32)> = self.vocab.ids.iter().map(|(k, &v)| (k, v)).collect();
        keys.sort_by_key(|x| x.1);
        w.len(self.vocab.df.len());
        for ((key, _), df) in keys.iter().zip(&self.vocab.df) {
            w.str(key);
            w.u32(*df);
        }
        w.u32(self.n_docs);
        match self.latest_day {
            Some(d) => {
                w.u8(1);
                w.i32(d);
            }
            None => w.u8(0),
        }

        w.len(self.articles.len());
        for (a, &story) in self.articles.iter().zip(&self.article_story) {
            w.str(&a.id);
            w.opt_str(&a.title);
            w.opt_str(&a.source);
            w.i32(a.day);
            w.len(a.features.len());
            for &(f, x) in &a.features {
                w.u32(f);
                w.f32(x);
            }
            write_facts(&mut w, &a.facts);
            w.u32(story);
        }

        w.len(self.stories.len());
        for s in &self.stories {
            w.len(s.articles.len());
            for &i in &s.articles {
                w.u32(i);
            }
            w.i32(s.first_day);
            w.i32(s.last_day);
            w.len(s.centroid.len());
            for (&f, &c) in &s.centroid {
                w.u32(f);
                w.f32(c);
            }
            w.len(s.events.len());
            for e in &s.events {
                w.opt_str(&e.source);
                w.opt_str(&e.target);
                w.str(&e.root);
                w.str(&e.code);
                w.i32(e.day);
                w.opt_str(&e.place);
                w.str(&e.sentence);
                w.len(e.mentions.len());
                for (i, sentence) in &e.mentions {
                    w.u32(*i);
                    w.str(sentence);
                }
            }
            w.len(s.merges.len());
            for m in &s.merges {
                w.str(&m.from);
                w.u64(m.articles as u64);
                w.u32(m.by_article);
            }
            match s.merged_into {
                Some(p) => {
                    w.u8(1);
                    w.u32(p);
                }
                None => w.u8(0),
            }
        }

        let mut features: Vec<(&u32, &Vec<(u32, i32)>)> = self.postings.iter().collect();
        features.sort_by_key(|x| *x.0);
        w.len(features.len());
        for (f, list) in features {
            w.u32(*f);
            w.len(list.len());
            for &(s, d) in list {
                w.u32(s);
                w.i32(d);
            }
        }
        w.0
    }

    /// A clusterer from a state [`Clusterer::save`] wrote; it goes on exactly as the saved one
    /// would have. Its [`Config`] is the saved one (compare it with the one you expect).
    pub fn load(bytes: &[u8]) -> Result<Clusterer, StateError> {
        let mut r = R { b: bytes };
        if r.take(MAGIC.len()).map_err(|_| StateError::NotAState)? != MAGIC {
            return Err(StateError::NotAState);
        }
        let found = r.u32()?;
        if found != STATE_FORMAT {
            return Err(StateError::Version {
                found,
                supported: STATE_FORMAT,
            });
        }
        let config = read_config(&mut r)?;

        let n = r.len(8)?;
        let mut vocab = Vocab::default();
        for i in 0..n {
            let key = r.str()?;
            let df = r.u32()?;
            check(
                vocab.ids.insert(key, i as u32).is_none(),
                "a repeated feature",
            )?;
            vocab.df.push(df);
        }
        let n_features = vocab.df.len();
        let n_docs = r.u32()?;
        let latest_day = if r.flag()? { Some(r.i32()?) } else { None };

        let n = r.len(20)?;
        let mut articles = Vec::with_capacity(n);
        let mut article_story = Vec::with_capacity(n);
        let mut by_id: FxMap<String, u32> = FxMap::default();
        for i in 0..n {
            let id = r.str()?;
            check(
                by_id.insert(id.clone(), i as u32).is_none(),
                "a repeated article id",
            )?;
            let title = r.opt_str()?;
            let source = r.opt_str()?;
            let day = r.i32()?;
            let k = r.len(8)?;
            let mut features = Vec::with_capacity(k);
            for _ in 0..k {
                let f = r.u32()?;
                check((f as usize) < n_features, "an unknown feature")?;
                features.push((f, r.f32()?));
            }
            let facts = read_facts(&mut r)?;
            article_story.push(r.u32()?);
            articles.push(ArticleState {
                id,
                title,
                source,
                day,
                features,
                facts,
            });
        }
        let n_articles = articles.len();

        let n = r.len(17)?;
        let mut stories = Vec::with_capacity(n);
        for s in 0..n {
            let k = r.len(4)?;
            let mut arts = Vec::with_capacity(k);
            for _ in 0..k {
                let i = r.u32()?;
                check((i as usize) < n_articles, "a story's article is unknown")?;
                arts.push(i);
            }
            let first_day = r.i32()?;
            let last_day = r.i32()?;
            let k = r.len(8)?;
            let mut centroid = BTreeMap::new();
            for _ in 0..k {
                let f = r.u32()?;
                check((f as usize) < n_features, "an unknown centroid feature")?;
                centroid.insert(f, r.f32()?);
            }
            let k = r.len(23)?;
            let mut events = Vec::with_capacity(k);
            for _ in 0..k {
                let source = r.opt_str()?;
                let target = r.opt_str()?;
                let root = r.str()?;
                let code = r.str()?;
                let day = r.i32()?;
                let place = r.opt_str()?;
                let sentence = r.str()?;
                let m = r.len(8)?;
                let mut mentions = Vec::with_capacity(m);
                for _ in 0..m {
                    let i = r.u32()?;
                    check((i as usize) < n_articles, "a mention's article is unknown")?;
                    mentions.push((i, r.str()?));
                }
                events.push(EventState {
                    source,
                    target,
                    root,
                    code,
                    day,
                    place,
                    sentence,
                    mentions,
                });
            }
            let k = r.len(16)?;
            let mut merges = Vec::with_capacity(k);
            for _ in 0..k {
                let from = r.str()?;
                let articles = r.usize()?;
                let by_article = r.u32()?;
                check(
                    (by_article as usize) < n_articles,
                    "a merge's article is unknown",
                )?;
                merges.push(MergeState {
                    from,
                    articles,
                    by_article,
                });
            }
            let merged_into = if r.flag()? { Some(r.u32()?) } else { None };
            // Stories merge into older ones: following merges always ends.
            check(
                merged_into.is_none_or(|p| (p as usize) < s),
                "a story merged into a newer one",
            )?;
            check(
                merged_into.is_some() == arts.is_empty(),
                "a live story without articles",
            )?;
            stories.push(StoryState {
                articles: arts,
                first_day,
                last_day,
                centroid,
                events,
                merges,
                merged_into,
            });
        }
        check(
            article_story.iter().all(|&s| (s as usize) < stories.len()),
            "an article in an unknown story",
        )?;

        let n = r.len(8)?;
        let mut postings: FxMap<u32, Vec<(u32, i32)>> = FxMap::default();
        for _ in 0..n {
            let f = r.u32()?;
            let k = r.len(8)?;
            let mut list = Vec::with_capacity(k);
            for _ in 0..k {
                let s = r.u32()?;
                check(
                    (s as usize) < stories.len(),
                    "an index entry's story is unknown",
                )?;
                list.push((s, r.i32()?));
            }
            check(postings.insert(f, list).is_none(), "a repeated index entry")?;
        }
        if !r.b.is_empty() {
            return Err(StateError::TrailingBytes);
        }
        Ok(Clusterer {
            config,
            vocab,
            n_docs,
            articles,
            by_id,
            article_story,
            stories,
            postings,
            latest_day,
        })
    }
}
