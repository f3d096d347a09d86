//! Stories: which reports tell the same developing story, one real-world event across many
//! reports, and what each new report changed.
//!
//! Entry point: [`Clusterer`]. Feed it coded articles one at a time, in arrival order, with
//! [`Clusterer::add`]; it answers where each one went ([`Assignment`]). Ask it for the stories
//! ([`Clusterer::stories`]) or one story in detail ([`Clusterer::story`]: merged events with their
//! mentions, the timeline, what each article added, numbers the reports disagree on, and whether
//! the story is breaking). [`bcubed`] scores a clustering against hand-made labels.
//!
//! How it decides: every article becomes a sparse vector of features (salient word stems with
//! title words counted more, actor codes and names, places, event dyads and dyad+CAMEO root),
//! weighted by an inverse document frequency kept incrementally over everything seen so far.
//! An article joins the story whose centroid is most similar (cosine, discounted by the gap in
//! days) among the stories active within [`Config::window_days`] of its date, if that similarity
//! reaches [`Config::join_threshold`]; otherwise it opens a new story. When it matches two
//! stories at [`Config::merge_threshold`] or more, they merge into the older one and the merge is
//! recorded. Candidates come from an inverted index of each story's most weighted features, so
//! the cost of an article does not grow with the number of articles stored.
//!
//! Architecture invariants: depends on `lede-model` only; pure and deterministic (the same
//! articles in the same order give the same stories, byte for byte): no clock (time is the
//! articles' own dates), no randomness, no iteration over hash maps that reaches the output; no
//! SQL, no I/O, never prints or panics on any input.

mod days;
mod detail;
mod features;
mod state;

pub use days::{format_day, parse_day};
pub use detail::{
    ArticleAdds, Breaking, Discrepancy, DiscrepancyValue, EventMention, Merge, StoryDetail,
    StoryEvent, TimelineEntry, TimelineKind,
};
pub use state::{StateError, STATE_FORMAT};

use lede_model::{ActorKind, ArticleResult, PlaceKind};
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

/// A fast, fixed (hence deterministic) hasher for the internal maps.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(n)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Tuning of the clustering; [`Config::default`] is what Lede uses.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// An article may join a story whose articles span to within this many days of its date.
    pub window_days: i32,
    /// Least similarity (0..1) for an article to join a story.
    pub join_threshold: f32,
    /// Least similarity to *each* of two stories for an article to merge them.
    pub merge_threshold: f32,
    /// Similarity lost at the far edge of the window (linear in the gap in days).
    pub time_decay: f32,
    /// Features kept per article (the most weighted).
    pub article_features: usize,
    /// Of those, how many feed the inverted index that finds candidate stories.
    pub index_features: usize,
    /// Index entries read per feature when looking for candidates (most recent first).
    pub max_postings_scan: usize,
    /// Candidate stories scored in full per article.
    pub max_candidates: usize,
    /// Features kept in a story's centroid.
    pub centroid_features: usize,
    /// Breaking: the recent window, in days, ending on the latest date seen.
    pub breaking_window_days: i32,
    /// Breaking: the baseline period before the recent window, in days.
    pub breaking_baseline_days: i32,
    /// Breaking: least articles in the recent window.
    pub breaking_min_articles: usize,
    /// Breaking: least distinct sources in the recent window.
    pub breaking_min_sources: usize,
    /// Breaking: the recent daily rate must be at least this many times the baseline rate
    /// (a baseline of nothing counts as one article over the baseline period).
    pub breaking_ratio: f32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            window_days: 7,
            join_threshold: 0.14,
            merge_threshold: 0.4,
            time_decay: 0.25,
            article_features: 48,
            index_features: 16,
            max_postings_scan: 400,
            max_candidates: 24,
            centroid_features: 400,
            breaking_window_days: 1,
            breaking_baseline_days: 7,
            breaking_min_articles: 3,
            breaking_min_sources: 2,
            breaking_ratio: 3.0,
        }
    }
}

/// One article to cluster: its coding and what the coding does not carry.
#[derive(Debug, Clone, Copy)]
pub struct ArticleIn<'a> {
    /// The article's id (unique; adding an id twice changes nothing).
    pub id: &'a str,
    pub title: Option<&'a str>,
    /// ISO date; an article without one takes the latest date seen so far.
    pub date: Option<&'a str>,
    /// Who published it (a site, an agency); distinct sources count for events and breaking.
    pub source: Option<&'a str>,
    /// The text the coding's offsets index.
    pub text: &'a str,
    pub result: &'a ArticleResult,
}

/// Where an article went.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    /// The id of the story it belongs to now.
    pub story: String,
    /// It opened a new story.
    pub created: bool,
    /// Ids of stories it caused to merge into `story`.
    pub merged: Vec<String>,
    /// Its similarity to the story it joined or, when it opened one, to the nearest story
    /// (0 when no story in the window shares a feature with it).
    pub similarity: f32,
    /// The id was already added: nothing changed.
    pub duplicate: bool,
}

/// A story in brief (`lede stories`).
#[derive(Debug, Clone, PartialEq)]
pub struct StorySummary {
    /// Stable: the id of the story's first article.
    pub id: String,
    /// The title of its most central article (or that article's id).
    pub title: String,
    /// Article ids in arrival order.
    pub articles: Vec<String>,
    pub first_seen: String,
    pub last_seen: String,
    /// Actors by how many of its articles name them (most first), as names or codes.
    pub actors: Vec<String>,
    /// Places by how many of its articles name them.
    pub places: Vec<String>,
    /// Distinct sources, sorted.
    pub sources: Vec<String>,
}

/// Interned feature ids and their document frequencies.
#[derive(Default)]
struct Vocab {
    ids: FxMap<String, u32>,
    df: Vec<u32>,
}

impl Vocab {
    fn id(&mut self, key: String) -> u32 {
        let next = self.df.len() as u32;
        let id = *self.ids.entry(key).or_insert(next);
        if id == next {
            self.df.push(0);
        }
        id
    }
}

/// What is kept of each article.
pub(crate) struct ArticleState {
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub day: i32,
    /// (feature, unit weight before idf), sorted by feature.
    features: Vec<(u32, f32)>,
    pub facts: detail::ArticleFacts,
}

pub(crate) struct StoryState {
    /// Article indices in arrival order.
    pub articles: Vec<u32>,
    pub first_day: i32,
    pub last_day: i32,
    /// Sum of the articles' normalized feature weights (before idf). Ordered, so that sums
    /// over it do not depend on the map's history (a saved and loaded state scores alike).
    centroid: BTreeMap<u32, f32>,
    pub events: Vec<detail::EventState>,
    pub merges: Vec<detail::MergeState>,
    /// Merged into another story.
    merged_into: Option<u32>,
}

/// Articles considered for a story's title when it grows (the latest ones).
const TITLE_CANDIDATES: usize = 64;

/// Incremental story clustering; see the crate documentation.
pub struct Clusterer {
    config: Config,
    vocab: Vocab,
    n_docs: u32,
    articles: Vec<ArticleState>,
    by_id: FxMap<String, u32>,
    /// The story each article joined (follow merges with `root`).
    article_story: Vec<u32>,
    pub(crate) stories: Vec<StoryState>,
    /// Feature → (story, day) entries sorted by day (arrival order among equal days).
    postings: FxMap<u32, Vec<(u32, i32)>>,
    latest_day: Option<i32>,
}

/// Weights of the feature kinds (before idf and tf damping).
const W_WORD: f32 = 1.0;
const W_TITLE_EXTRA: f32 = 2.0;
const W_ACTOR_CODE: f32 = 0.6;
const W_ACTOR_NAME: f32 = 1.2;
const W_PLACE: f32 = 1.5;
const W_COUNTRY: f32 = 0.5;
const W_DYAD: f32 = 0.8;
const W_DYAD_ROOT: f32 = 1.2;

impl Default for Clusterer {
    fn default() -> Self {
        Clusterer::new(Config::default())
    }
}

impl Clusterer {
    pub fn new(config: Config) -> Clusterer {
        Clusterer {
            config,
            vocab: Vocab::default(),
            n_docs: 0,
            articles: Vec::new(),
            by_id: FxMap::default(),
            article_story: Vec::new(),
            stories: Vec::new(),
            postings: FxMap::default(),
            latest_day: None,
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Articles added.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// Whether an article with this id was added.
    pub fn contains(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }

    /// Where the live story `id` stands in [`Clusterer::stories`]' order: a number that only
    /// grows with the story's first arrival and never changes while the story lives.
    pub fn story_position(&self, id: &str) -> Option<usize> {
        self.find_story(id).map(|s| s as usize)
    }

    /// The latest article date seen (the clusterer's "now").
    pub fn latest_date(&self) -> Option<String> {
        self.latest_day.map(format_day)
    }

    fn idf(&self, f: u32) -> f32 {
        let df = self.vocab.df.get(f as usize).copied().unwrap_or(0) as f32;
        (1.0 + (self.n_docs as f32 + 1.0) / (df + 1.0)).ln()
    }

    /// Raw feature weights of an article: kind weight × (1 + ln tf), by feature key.
    fn raw_features(a: &ArticleIn<'_>) -> Vec<(String, f32)> {
        let mut counts: FxMap<String, f32> = FxMap::default();
        let mut kinds: FxMap<String, f32> = FxMap::default();
        let mut add = |key: String, kind_weight: f32, n: f32| {
            *counts.entry(key.clone()).or_insert(0.0) += n;
            kinds.entry(key).or_insert(kind_weight);
        };
        for w in features::salient_words(a.text) {
            add(format!("w:{w}"), W_WORD, 1.0);
        }
        if let Some(t) = a.title {
            for w in features::salient_words(t) {
                add(format!("w:{w}"), W_WORD, W_TITLE_EXTRA);
            }
        }
        for actor in &a.result.actors {
            let n = actor.mentions.len().max(1) as f32;
            if let Some(c) = &actor.code {
                add(format!("a:{c}"), W_ACTOR_CODE, n);
            }
            // A country's name adds nothing to its code (and is a place and a word already).
            if let (Some(name), false) = (&actor.name, actor.kind == ActorKind::Country) {
                add(format!("n:{}", name.to_lowercase()), W_ACTOR_NAME, n);
            }
        }
        for p in &a.result.places {
            let n = p.mentions.len().max(1) as f32;
            let w = if p.kind == PlaceKind::Country {
                W_COUNTRY
            } else {
                W_PLACE
            };
            add(format!("p:{}", p.name.to_lowercase()), w, n);
        }
        for e in &a.result.events {
            let side = |r: &Option<lede_model::ActorRef>| {
                r.as_ref()
                    .and_then(|r| r.code.clone().or_else(|| r.name.clone()))
                    .unwrap_or_else(|| "-".to_string())
            };
            let (s, t) = (side(&e.source), side(&e.target));
            if s == "-" && t == "-" {
                continue;
            }
            add(format!("d:{s}>{t}"), W_DYAD, 1.0);
            add(format!("r:{s}>{t}:{}", e.root), W_DYAD_ROOT, 1.0);
        }
        let mut out: Vec<(String, f32)> = counts
            .into_iter()
            .map(|(k, n)| {
                let kw = kinds.get(&k).copied().unwrap_or(1.0);
                (k, kw * (1.0 + n.ln()))
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    fn root(&self, mut s: u32) -> u32 {
        while let Some(p) = self.stories[s as usize].merged_into {
            s = p;
        }
        s
    }

    /// Cosine of an article's (idf-weighted) vector with a story centroid, under today's idf.
    fn similarity(&self, art: &[(u32, f32)], art_norm: f32, story: &StoryState) -> f32 {
        let mut dot = 0.0f32;
        for (f, w) in art {
            if let Some(c) = story.centroid.get(f) {
                dot += w * c * self.idf(*f);
            }
        }
        if dot <= 0.0 {
            return 0.0;
        }
        let mut norm = 0.0f32;
        for (f, c) in &story.centroid {
            let x = c * self.idf(*f);
            norm += x * x;
        }
        let denom = art_norm * norm.sqrt();
        if denom > 0.0 {
            (dot / denom).min(1.0)
        } else {
            0.0
        }
    }

    /// Days between `day` and the span of a story (0 inside it).
    fn gap(story: &StoryState, day: i32) -> i32 {
        if day < story.first_day {
            story.first_day - day
        } else if day > story.last_day {
            day - story.last_day
        } else {
            0
        }
    }

    /// Adds one article; see the crate documentation for how it is placed.
    pub fn add(&mut self, a: ArticleIn<'_>) -> Assignment {
        if let Some(&idx) = self.by_id.get(a.id) {
            let story = self.story_of_article(idx);
            return Assignment {
                story: self.story_id(story),
                created: false,
                merged: Vec::new(),
                similarity: 0.0,
                duplicate: true,
            };
        }
        let day = a.date.and_then(parse_day).or(self.latest_day).unwrap_or(0);
        self.latest_day = Some(self.latest_day.map_or(day, |l| l.max(day)));

        // Features, document frequencies, idf weights; keep the most weighted.
        let raw = Clusterer::raw_features(&a);
        self.n_docs += 1;
        let mut feats: Vec<(u32, f32)> = Vec::with_capacity(raw.len());
        for (k, w) in raw {
            let id = self.vocab.id(k);
            self.vocab.df[id as usize] += 1;
            feats.push((id, w));
        }
        let mut weighted: Vec<(u32, f32, f32)> = feats
            .iter()
            .map(|&(f, w)| (f, w, w * self.idf(f)))
            .collect();
        weighted.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)));
        weighted.truncate(self.config.article_features);
        let index_feats: Vec<u32> = weighted
            .iter()
            .take(self.config.index_features)
            .map(|x| x.0)
            .collect();
        let norm = weighted.iter().map(|x| x.2 * x.2).sum::<f32>().sqrt();
        let mut unit: Vec<(u32, f32)> = weighted
            .iter()
            .map(|x| (x.0, if norm > 0.0 { x.1 / norm } else { 0.0 }))
            .collect();
        unit.sort_by_key(|x| x.0);
        // The article's idf-weighted vector for scoring (norm 1).
        let art_vec: Vec<(u32, f32)> = unit.iter().map(|&(f, w)| (f, w * self.idf(f))).collect();
        let art_norm = art_vec.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();

        // Candidate stories: those sharing an indexed feature, active within the window.
        let window = self.config.window_days;
        let mut hits: FxMap<u32, f32> = FxMap::default();
        for f in &index_feats {
            let Some(list) = self.postings.get(f) else {
                continue;
            };
            let w = self.idf(*f);
            for &(s, d) in list.iter().rev().take(self.config.max_postings_scan) {
                if d < day - 2 * window {
                    break;
                }
                let s = self.root(s);
                if Clusterer::gap(&self.stories[s as usize], day) <= window {
                    *hits.entry(s).or_insert(0.0) += w;
                }
            }
        }
        let mut cands: Vec<(u32, f32)> = hits.into_iter().collect();
        cands.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        cands.truncate(self.config.max_candidates);
        let mut scored: Vec<(u32, f32)> = Vec::new();
        if art_norm > 0.0 {
            for (s, _) in cands {
                let st = &self.stories[s as usize];
                let g = Clusterer::gap(st, day) as f32 / window.max(1) as f32;
                let sim = self.similarity(&art_vec, art_norm, st)
                    * (1.0 - self.config.time_decay * g.min(1.0));
                scored.push((s, sim));
            }
        }
        scored.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));

        let idx = self.articles.len() as u32;
        let facts = detail::ArticleFacts::of(&a, day);
        self.articles.push(ArticleState {
            id: a.id.to_string(),
            title: a.title.map(str::to_string),
            source: a.source.map(str::to_string),
            day,
            features: unit.clone(),
            facts,
        });
        self.by_id.insert(a.id.to_string(), idx);
        self.article_story.push(0);

        let best = scored
            .first()
            .copied()
            .filter(|x| x.1 >= self.config.join_threshold);
        let nearest = scored.first().map_or(0.0, |x| x.1);
        let (story, created, similarity) = match best {
            Some((s, sim)) => (s, false, sim),
            None => {
                self.stories.push(StoryState {
                    articles: Vec::new(),
                    first_day: day,
                    last_day: day,
                    centroid: BTreeMap::new(),
                    events: Vec::new(),
                    merges: Vec::new(),
                    merged_into: None,
                });
                (self.stories.len() as u32 - 1, true, nearest)
            }
        };
        // Merges: every other story the article matches strongly, when it matches the best
        // one strongly too. The oldest story survives, so its id stays.
        let mut merged = Vec::new();
        let mut target = story;
        if !created && similarity >= self.config.merge_threshold {
            let mut group: Vec<u32> = scored
                .iter()
                .filter(|x| x.1 >= self.config.merge_threshold)
                .map(|x| x.0)
                .collect();
            group.sort_unstable();
            if group.len() > 1 {
                target = group[0];
                for &other in &group[1..] {
                    merged.push(self.story_id(other));
                    self.merge(target, other, idx);
                }
            }
        }
        self.join(target, idx);
        // Postings stay sorted by day, so that the scan above may stop at the window's far
        // edge even when articles arrive out of date order (a late report joins in place).
        for f in index_feats {
            let list = self.postings.entry(f).or_default();
            let at = list.partition_point(|x| x.1 <= day);
            match at.checked_sub(1).map(|i| &mut list[i]) {
                Some(prev) if prev.0 == target => prev.1 = day,
                _ => list.insert(at, (target, day)),
            }
        }
        Assignment {
            story: self.story_id(target),
            created,
            merged,
            similarity,
            duplicate: false,
        }
    }

    fn join(&mut self, s: u32, idx: u32) {
        let cap = self.config.centroid_features;
        let art = &self.articles[idx as usize];
        let st = &mut self.stories[s as usize];
        self.article_story[idx as usize] = s;
        st.articles.push(idx);
        st.first_day = st.first_day.min(art.day);
        st.last_day = st.last_day.max(art.day);
        for &(f, w) in &art.features {
            *st.centroid.entry(f).or_insert(0.0) += w;
        }
        detail::add_events(&mut st.events, art, idx);
        if st.centroid.len() > cap + cap / 2 {
            self.prune_centroid(s);
        }
    }

    fn prune_centroid(&mut self, s: u32) {
        let cap = self.config.centroid_features;
        let mut all: Vec<(u32, f32)> = self.stories[s as usize]
            .centroid
            .iter()
            .map(|(&f, &c)| (f, c * self.idf(f)))
            .collect();
        all.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        let keep: Vec<u32> = all.iter().take(cap).map(|x| x.0).collect();
        let st = &mut self.stories[s as usize];
        let mut centroid = BTreeMap::new();
        for f in keep {
            if let Some(&c) = st.centroid.get(&f) {
                centroid.insert(f, c);
            }
        }
        st.centroid = centroid;
    }

    /// Moves story `from` into `into` (both roots), recording the merge.
    fn merge(&mut self, into: u32, from: u32, by_article: u32) {
        let from_state = &mut self.stories[from as usize];
        from_state.merged_into = Some(into);
        let articles = std::mem::take(&mut from_state.articles);
        let centroid = std::mem::take(&mut from_state.centroid);
        let (fd, ld) = (from_state.first_day, from_state.last_day);
        let from_merges = std::mem::take(&mut from_state.merges);
        std::mem::take(&mut from_state.events);
        let from_id = self.articles[articles[0] as usize].id.clone();
        let into_state = &mut self.stories[into as usize];
        into_state.first_day = into_state.first_day.min(fd);
        into_state.last_day = into_state.last_day.max(ld);
        for (f, c) in centroid {
            *into_state.centroid.entry(f).or_insert(0.0) += c;
        }
        let mut all = std::mem::take(&mut into_state.articles);
        all.extend(articles.iter().copied());
        all.sort_unstable();
        into_state.articles = all;
        into_state.merges.extend(from_merges);
        into_state.merges.push(detail::MergeState {
            from: from_id,
            articles: articles.len(),
            by_article,
        });
        // Events are matched again over the merged articles, in arrival order.
        let order = into_state.articles.clone();
        let mut events = Vec::new();
        for i in order {
            detail::add_events(&mut events, &self.articles[i as usize], i);
        }
        self.stories[into as usize].events = events;
        if self.stories[into as usize].centroid.len() > self.config.centroid_features {
            self.prune_centroid(into);
        }
    }

    fn story_of_article(&self, idx: u32) -> u32 {
        self.root(self.article_story[idx as usize])
    }

    fn story_id(&self, s: u32) -> String {
        let s = self.root(s);
        self.stories[s as usize]
            .articles
            .first()
            .map(|&i| self.articles[i as usize].id.clone())
            .unwrap_or_default()
    }

    /// The live story whose id is `id`.
    fn find_story(&self, id: &str) -> Option<u32> {
        let &idx = self.by_id.get(id)?;
        let s = self.story_of_article(idx);
        (self.story_id(s) == id).then_some(s)
    }

    /// The article whose vector is nearest the story's centroid (the earliest on ties).
    /// The most central of the story's latest [`TITLE_CANDIDATES`] articles: the closest to
    /// the story's centroid, without idf weights, so that it depends on the story alone (a
    /// story no new article touched keeps its title). Ties go to the earlier article.
    fn central_article(&self, s: u32) -> u32 {
        let st = &self.stories[s as usize];
        let latest = &st.articles[st.articles.len().saturating_sub(TITLE_CANDIDATES)..];
        let mut best = (latest[0], f32::MIN);
        for &i in latest {
            let a = &self.articles[i as usize];
            let dot: f32 = a
                .features
                .iter()
                .filter_map(|(f, w)| st.centroid.get(f).map(|c| w * c))
                .sum();
            if dot > best.1 {
                best = (i, dot);
            }
        }
        best.0
    }

    fn summary(&self, s: u32) -> StorySummary {
        let st = &self.stories[s as usize];
        let central = &self.articles[self.central_article(s) as usize];
        let arts: Vec<&ArticleState> = st
            .articles
            .iter()
            .map(|&i| &self.articles[i as usize])
            .collect();
        let ranked = |get: &dyn Fn(&ArticleState) -> &Vec<String>| -> Vec<String> {
            let mut counts: Vec<(String, usize)> = Vec::new();
            for a in &arts {
                for x in get(a) {
                    match counts.iter_mut().find(|c| &c.0 == x) {
                        Some(c) => c.1 += 1,
                        None => counts.push((x.clone(), 1)),
                    }
                }
            }
            counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            counts.into_iter().map(|c| c.0).collect()
        };
        let mut sources: Vec<String> = arts.iter().filter_map(|a| a.source.clone()).collect();
        sources.sort();
        sources.dedup();
        StorySummary {
            id: self.story_id(s),
            title: central.title.clone().unwrap_or_else(|| central.id.clone()),
            articles: arts.iter().map(|a| a.id.clone()).collect(),
            first_seen: format_day(st.first_day),
            last_seen: format_day(st.last_day),
            actors: ranked(&|a| &a.facts.actors),
            places: ranked(&|a| &a.facts.places),
            sources,
        }
    }

    /// How many live stories there are (what [`Clusterer::stories`] would list).
    pub fn story_count(&self) -> usize {
        self.stories
            .iter()
            .filter(|st| st.merged_into.is_none() && !st.articles.is_empty())
            .count()
    }

    /// Every live story, in order of their first article's arrival.
    pub fn stories(&self) -> Vec<StorySummary> {
        (0..self.stories.len() as u32)
            .filter(|&s| {
                let st = &self.stories[s as usize];
                st.merged_into.is_none() && !st.articles.is_empty()
            })
            .map(|s| self.summary(s))
            .collect()
    }

    /// The id of the story an article belongs to now.
    pub fn story_of(&self, article_id: &str) -> Option<String> {
        let &idx = self.by_id.get(article_id)?;
        Some(self.story_id(self.story_of_article(idx)))
    }

    /// One story in full, by its id (or the id of a story merged into it).
    pub fn story(&self, id: &str) -> Option<StoryDetail> {
        let s = match self.find_story(id) {
            Some(s) => s,
            None => {
                // A merged-away story's id is its first article's id: follow the article.
                let &idx = self.by_id.get(id)?;
                self.story_of_article(idx)
            }
        };
        let summary = self.summary(s);
        Some(detail::build(self, s, summary, &self.articles))
    }

    /// Stories flagged as breaking at the latest date seen.
    pub fn breaking(&self) -> Vec<(String, Breaking)> {
        (0..self.stories.len() as u32)
            .filter(|&s| self.stories[s as usize].merged_into.is_none())
            .filter_map(|s| Some((self.story_id(s), detail::breaking(self, s, &self.articles)?)))
            .collect()
    }

    pub(crate) fn latest_day(&self) -> i32 {
        self.latest_day.unwrap_or(0)
    }
}

/// B-cubed precision, recall and F1 of a clustering against gold labels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BCubed {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// B-cubed scores: `predicted[i]` and `gold[i]` are item `i`'s cluster labels. Each item's
/// precision is the share of its predicted cluster that shares its gold label, its recall the
/// share of its gold cluster that shares its predicted cluster; both are averaged over items.
/// Empty or mismatched inputs score 0.
pub fn bcubed<P: PartialEq, G: PartialEq>(predicted: &[P], gold: &[G]) -> BCubed {
    let n = predicted.len();
    if n == 0 || n != gold.len() {
        return BCubed {
            precision: 0.0,
            recall: 0.0,
            f1: 0.0,
        };
    }
    let (mut p, mut r) = (0.0, 0.0);
    for i in 0..n {
        let same_pred = (0..n).filter(|&j| predicted[j] == predicted[i]);
        let same_gold = (0..n).filter(|&j| gold[j] == gold[i]).count();
        let (mut pc, mut both) = (0usize, 0usize);
        for j in same_pred {
            pc += 1;
            if gold[j] == gold[i] {
                both += 1;
            }
        }
        p += both as f64 / pc as f64;
        r += both as f64 / same_gold as f64;
    }
    let (p, r) = (p / n as f64, r / n as f64);
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    BCubed {
        precision: p,
        recall: r,
        f1,
    }
}

#[cfg(test)]
mod tests;
