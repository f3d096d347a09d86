//! Training: read CoNLL-U, build the tag dictionary, train the averaged perceptron,
//! prune and quantise the weights into a [`Tagger`].
//!
//! Used by the `train` example; nothing here prints or touches the file system.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{self, BufRead};

use crate::feat::{features, tok_info, TokInfo, NF, T_START, T_START2};
use crate::{best_of, normalize_form, window, Tag, Tagger};

/// One tokenized, tagged sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// Normalised word forms ([`normalize_form`]).
    pub words: Vec<String>,
    /// Gold (here: silver) tags.
    pub tags: Vec<Tag>,
    /// `glued[i]`: no whitespace follows word `i` (CoNLL-U `SpaceAfter=No`).
    pub glued: Vec<bool>,
}

/// Read CoNLL-U sentences (FORM, XPOS and `SpaceAfter=No` are used). Tags that are
/// not Penn tags are read as [`Tag::XX`]; multiword ranges and empty nodes are skipped.
pub fn read_conllu<R: BufRead>(r: R) -> io::Result<Vec<Sentence>> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for line in r.lines() {
        let line = line?;
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 || cols[0].contains(['-', '.']) {
            continue;
        }
        cur.words.push(normalize_form(cols[1]));
        cur.tags.push(Tag::parse(cols[4]).unwrap_or(Tag::XX));
        cur.glued
            .push(cols[9].split('|').any(|m| m == "SpaceAfter=No"));
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

fn is_wordish(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_alphanumeric())
        && w.chars().last().is_some_and(|c| c.is_alphanumeric())
}

/// Re-join spaCy's infix hyphen splits (`19` `-` `point` → `19-point`), as Lede's
/// tokenizer keeps hyphenated words whole. The joined token takes the tag of its last
/// part, except: a numeric last part after a proper noun gives `NNP` (`COVID-19`), and
/// a common-noun last part directly before a noun gives `JJ` (`19-point lead`).
/// Returns `None` when the sentence has no such split.
pub fn merge_hyphens(s: &Sentence) -> Option<Sentence> {
    let n = s.words.len();
    let mut out = Sentence::default();
    let mut changed = false;
    let mut i = 0;
    while i < n {
        let mut j = i; // last part index
        while j + 2 < n
            && s.glued[j]
            && s.glued[j + 1]
            && s.words[j + 1] == "-"
            && is_wordish(&s.words[j])
            && is_wordish(&s.words[j + 2])
        {
            j += 2;
        }
        if j == i {
            out.words.push(s.words[i].clone());
            out.tags.push(s.tags[i]);
            out.glued.push(s.glued[i]);
            i += 1;
            continue;
        }
        changed = true;
        let word: String = s.words[i..=j].concat();
        let last = s.tags[j];
        let first = s.tags[i];
        let next = s.tags.get(j + 1).copied();
        let tag = if last == Tag::CD && matches!(first, Tag::NNP | Tag::NNPS) {
            Tag::NNP
        } else if matches!(last, Tag::NN | Tag::NNS)
            && next.is_some_and(|t| t.is_noun())
            && !matches!(first, Tag::NNP | Tag::NNPS)
        {
            Tag::JJ
        } else {
            last
        };
        out.words.push(word);
        out.tags.push(tag);
        out.glued.push(s.glued[j]);
        i = j + 1;
    }
    changed.then_some(out)
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// Tag dictionary: minimum count of a word form ...
    pub dict_min_count: u32,
    /// ... and minimum share of its most frequent tag.
    pub dict_min_ratio: f64,
    /// Averaged weights with absolute value below this are dropped.
    pub prune: f32,
    /// Seed for the per-epoch shuffle.
    pub seed: u64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 8,
            dict_min_count: 20,
            dict_min_ratio: 0.97,
            prune: 1.0,
            seed: 0x1ede,
        }
    }
}

#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.0 = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A feature key and its (tag, quantised weight) entries.
type FeatureRow = (u32, Vec<(Tag, i16)>);

type Map<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;

#[derive(Clone, Copy)]
struct W {
    class: u8,
    w: f32,
    total: f64,
    ts: u32,
}

struct Perceptron {
    index: Map<u32, u32>,
    weights: Vec<Vec<W>>,
    i: u32,
}

impl Perceptron {
    fn predict(&self, fs: &[u32; NF]) -> Tag {
        let mut scores = [0f32; 64];
        for f in fs {
            if let Some(&ix) = self.index.get(f) {
                for e in &self.weights[ix as usize] {
                    scores[e.class as usize] += e.w;
                }
            }
        }
        best_of(&scores)
    }

    fn update(&mut self, truth: Tag, guess: Tag, fs: &[u32; NF]) {
        self.i += 1;
        if truth == guess {
            return;
        }
        let now = self.i;
        for &f in fs {
            let next = self.weights.len() as u32;
            let ix = *self.index.entry(f).or_insert(next);
            if ix == next {
                self.weights.push(Vec::new());
            }
            let row = &mut self.weights[ix as usize];
            for (class, delta) in [(truth as u8, 1.0f32), (guess as u8, -1.0)] {
                let e = match row.iter_mut().find(|e| e.class == class) {
                    Some(e) => e,
                    None => {
                        row.push(W {
                            class,
                            w: 0.0,
                            total: 0.0,
                            ts: now,
                        });
                        row.last_mut().expect("just pushed")
                    }
                };
                e.total += (now - e.ts) as f64 * e.w as f64;
                e.ts = now;
                e.w += delta;
            }
        }
    }

    /// Averaged, pruned, quantised weights.
    fn finish(&self, prune: f32) -> (Vec<FeatureRow>, f32) {
        let now = self.i.max(1) as f64;
        let mut keys: Vec<(u32, u32)> = self.index.iter().map(|(k, v)| (*k, *v)).collect();
        keys.sort_unstable();
        let mut avg: Vec<(u32, Vec<(Tag, f32)>)> = Vec::new();
        let mut max = 0f32;
        for (k, ix) in keys {
            let mut row = Vec::new();
            for e in &self.weights[ix as usize] {
                let a = ((e.total + (now - e.ts as f64) * e.w as f64) / now) as f32;
                if a.abs() >= prune && a.is_finite() {
                    max = max.max(a.abs());
                    row.push((Tag::from_index(e.class).unwrap_or(Tag::XX), a));
                }
            }
            if !row.is_empty() {
                avg.push((k, row));
            }
        }
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let feats = avg
            .into_iter()
            .map(|(k, row)| {
                let q = row
                    .into_iter()
                    .map(|(t, a)| (t, (a / scale).round().clamp(-32767.0, 32767.0) as i16))
                    .filter(|(_, q)| *q != 0)
                    .collect();
                (k, q)
            })
            .collect();
        (feats, scale)
    }
}

/// Build the tag dictionary: forms seen at least `min_count` times whose most frequent
/// tag has at least `min_ratio` of the occurrences.
pub fn make_dictionary(sents: &[Sentence], min_count: u32, min_ratio: f64) -> Vec<(Box<str>, Tag)> {
    let mut counts: HashMap<&str, [u32; 64]> = HashMap::new();
    for s in sents {
        for (w, t) in s.words.iter().zip(&s.tags) {
            counts.entry(w.as_str()).or_insert([0; 64])[*t as usize] += 1;
        }
    }
    let mut out = Vec::new();
    for (w, c) in counts {
        let n: u32 = c.iter().sum();
        let (best, bc) = c.iter().enumerate().max_by_key(|x| *x.1).unwrap_or((0, &0));
        if n >= min_count && *bc as f64 / n as f64 >= min_ratio && w.len() <= u16::MAX as usize {
            if let Some(t) = Tag::from_index(best as u8) {
                out.push((Box::<str>::from(w), t));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Train a tagger. `on_epoch(epoch, training_accuracy)` is called after each pass.
pub fn train(
    sents: &[Sentence],
    cfg: &TrainConfig,
    mut on_epoch: impl FnMut(usize, f64),
) -> Tagger {
    let dict_words = make_dictionary(sents, cfg.dict_min_count, cfg.dict_min_ratio);
    let dict_tagger = Tagger::from_parts(Vec::new(), dict_words.clone(), 1.0);
    let infos: Vec<Vec<TokInfo>> = sents
        .iter()
        .map(|s| s.words.iter().map(|w| tok_info(w)).collect())
        .collect();
    let mut p = Perceptron {
        index: Map::default(),
        weights: Vec::new(),
        i: 0,
    };
    let mut order: Vec<usize> = (0..sents.len()).collect();
    let mut rng = cfg.seed | 1;
    let mut fs = [0u32; NF];
    for epoch in 0..cfg.epochs {
        let (mut correct, mut total) = (0usize, 0usize);
        for &si in &order {
            let (s, inf) = (&sents[si], &infos[si]);
            let (mut t1, mut t2) = (T_START, T_START2);
            for i in 0..inf.len() {
                let truth = s.tags[i];
                let guess = match dict_tagger.dict_get(inf[i].exact) {
                    Some(t) => t,
                    None => {
                        features(&window(inf, i), t1, t2, i == 0, &mut fs);
                        let g = p.predict(&fs);
                        p.update(truth, g, &fs);
                        g
                    }
                };
                correct += (guess == truth) as usize;
                total += 1;
                t2 = t1;
                t1 = guess as u8;
            }
        }
        on_epoch(epoch + 1, correct as f64 / total.max(1) as f64);
        // Fisher-Yates with xorshift64.
        for k in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(k, (rng % (k as u64 + 1)) as usize);
        }
    }
    let (feats, scale) = p.finish(cfg.prune);
    Tagger::from_parts(feats, dict_words, scale)
}

/// Number of correctly tagged tokens and number of tokens.
pub fn evaluate(tagger: &Tagger, sents: &[Sentence]) -> (usize, usize) {
    let (mut correct, mut total) = (0, 0);
    let mut out = Vec::new();
    for s in sents {
        let words: Vec<&str> = s.words.iter().map(|w| w.as_str()).collect();
        tagger.tag_into(&words, &mut out);
        correct += out.iter().zip(&s.tags).filter(|(a, b)| a == b).count();
        total += s.tags.len();
    }
    (correct, total)
}
