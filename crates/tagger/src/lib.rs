//! lede-tagger: a fast greedy averaged-perceptron part-of-speech tagger for English,
//! producing Penn Treebank tags (spaCy's variant of the tag set, see [`Tag`]).
//!
//! Entry point: [`Tagger::embedded`] (weights compiled into the crate) and
//! [`Tagger::tag`] / [`Tagger::tag_into`], which tag one already-tokenized sentence.
//! Tokens are expected as Lede's tokenizer emits them (spaCy/PTB-style splits:
//! `do` `n't`, `Putin` `'s`, punctuation separate, `U.S.` and `19-point` kept whole);
//! typographic quotes and dashes are normalised internally.
//!
//! The model is trained by this crate's own code ([`train`], driven by the `train`
//! example) on silver-labelled public-domain text; see `data/README.md`.
//!
//! This crate must not depend on other Lede crates (it sits at the bottom of the
//! stack) and has no runtime dependencies. It never prints, exits or panics on any
//! input.

mod feat;
mod tag;
pub mod train;

use std::fmt;
use std::sync::OnceLock;

pub use feat::normalize_form;
pub use tag::Tag;

use feat::{
    bias_key, features, prev_tag_key, tok_info, TokInfo, BIAS_FEATURE, END, END2, NF,
    PREV_TAG_FEATURE, START, START2, T_START, T_START2,
};
use tag::NTAGS;

const MAGIC: &[u8; 8] = b"LEDETAG\0";
const FORMAT_VERSION: u32 = 1;

static EMBEDDED_BYTES: &[u8] = include_bytes!("../data/tagger.bin");

/// Error reading a weight file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaggerError {
    /// The data does not start with the `LEDETAG` magic.
    BadMagic,
    /// The format version is not one this build reads.
    UnsupportedVersion(u32),
    /// The weights were made for a different feature extraction scheme.
    FeatureSchemeMismatch { expected: u32, found: u32 },
    /// The data ends early.
    Truncated,
    /// A tag name in the file is not a known tag.
    UnknownTag(String),
    /// Some structural field is out of range.
    Corrupt(&'static str),
}

impl fmt::Display for TaggerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TaggerError::BadMagic => write!(f, "not a lede-tagger weight file (bad magic)"),
            TaggerError::UnsupportedVersion(v) => {
                write!(f, "unsupported weight format version {v}")
            }
            TaggerError::FeatureSchemeMismatch { expected, found } => write!(
                f,
                "weights use feature scheme {found}, this build expects {expected}"
            ),
            TaggerError::Truncated => write!(f, "weight file is truncated"),
            TaggerError::UnknownTag(t) => write!(f, "unknown tag {t:?} in weight file"),
            TaggerError::Corrupt(what) => write!(f, "corrupt weight file: {what}"),
        }
    }
}

impl std::error::Error for TaggerError {}

/// A trained tagger: hashed feature weights plus a tag dictionary for frequent
/// unambiguous words.
///
/// Weight file format (all little-endian), version 1:
/// `"LEDETAG\0"`, `u32` version, `u32` feature scheme, `u32` features per token,
/// `f32` weight scale, `u8` tag count then each tag as `u8` length + Penn spelling;
/// `u32` feature count, then per feature `u32` key and `u8` entry count, then all
/// entries as `u8` tag index + `i16` quantised weight; `u32` dictionary size, then per
/// word `u16` length + UTF-8 bytes + `u8` tag index.
#[derive(Clone)]
pub struct Tagger {
    /// Open-addressing table on the feature key; key 0 is empty.
    slots: Vec<Slot>,
    shift: u32,
    mask: usize,
    /// Entries beyond the two stored in a slot.
    entries: Vec<u32>,
    /// Dense weight rows of features with many entries (indexed by tag; the quantised
    /// `i16` weights as they are, two cache lines a row: a token reads a dozen rows, and
    /// sign-extending them as they are added costs less than reading rows twice that size).
    dense: Vec<Row>,
    /// Tag dictionary, open addressing on the exact-form hash; key 0 is empty.
    dict: Vec<(u64, Tag)>,
    dict_mask: usize,
    dict_words: Vec<(Box<str>, Tag)>,
    scale: f32,
    /// By previous tag (any `u8` below 64: tags and the start pseudo-tags): the scores of the
    /// bias feature and that previous tag's feature, which every token has, summed once.
    start_scores: Vec<[i32; 64]>,
}

impl fmt::Debug for Tagger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tagger")
            .field("features", &self.feature_count())
            .field("external_weights", &self.entries.len())
            .field("dictionary", &self.dict_words.len())
            .finish()
    }
}

/// One feature: its key, `start << 8 | len` and the first two of its `len` weight
/// entries inline (most features have at most two, so one cache line read suffices);
/// entries `2..len` are at `entries[start..]`. Entries pack `weight (i16) << 16 | tag`.
/// Features with many entries have `len == DENSE` and their weights in `dense[start]`.
#[derive(Clone, Copy, Default, Debug)]
#[repr(C, align(16))]
struct Slot {
    key: u32,
    meta: u32,
    inline: [u32; 2],
}

/// `Slot::meta & 0xff` of a feature whose weights are a dense [`Row`].
const DENSE: u32 = 0xff;
/// Features with more entries than this are stored densely.
const DENSE_MIN: usize = 8;

#[derive(Clone, Copy, Debug)]
#[repr(C, align(64))]
struct Row([i16; 64]);

/// The features a token scores itself: all but the bias and the previous tag's, which are
/// in [`Tagger::start_scores`].
const OWN_FEATURES: [usize; NF - 2] = {
    let mut out = [0; NF - 2];
    let (mut j, mut i) = (0, 0);
    while j < NF {
        if j != BIAS_FEATURE && j != PREV_TAG_FEATURE {
            out[i] = j;
            i += 1;
        }
        j += 1;
    }
    out
};

/// A row of zero weights (fills [`Tagger::best`]'s unused row references).
static ZERO_ROW: Row = Row([0; 64]);

/// The lanes of a score row that hold tags: [`NTAGS`] rounded up to whole 4-lane vectors.
const TAG_LANES: usize = NTAGS.div_ceil(4) * 4;

#[inline]
fn slot_of(key: u32, shift: u32) -> usize {
    ((key.wrapping_mul(0x9E37_79B1) as u64) >> shift) as usize
}

#[inline]
fn dict_slot_of(key: u64, mask: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & mask
}

impl Tagger {
    /// The tagger built from the weights compiled into this crate, parsed once.
    /// (Should the embedded data ever be unreadable, this returns a tagger without
    /// weights that tags every token `NN` rather than panicking.)
    pub fn embedded() -> &'static Tagger {
        static T: OnceLock<Tagger> = OnceLock::new();
        T.get_or_init(|| Tagger::from_bytes(EMBEDDED_BYTES).unwrap_or_else(|_| Tagger::empty()))
    }

    /// A tagger with no weights (tags everything `NN`).
    pub fn empty() -> Tagger {
        Tagger::from_parts(Vec::new(), Vec::new(), 1.0)
    }

    /// Number of hashed features with at least one weight.
    pub fn feature_count(&self) -> usize {
        self.slots.iter().filter(|s| s.key != 0).count()
    }

    /// Build from features (key, [(tag, quantised weight)]) and a dictionary.
    /// Keys must be non-zero and distinct; later duplicates are dropped.
    pub(crate) fn from_parts(
        mut feats: Vec<(u32, Vec<(Tag, i16)>)>,
        mut dict_words: Vec<(Box<str>, Tag)>,
        scale: f32,
    ) -> Tagger {
        feats.retain(|(k, e)| *k != 0 && !e.is_empty());
        feats.sort_by_key(|f| f.0);
        feats.dedup_by_key(|f| f.0);
        let n = feats.len();
        let cap = (n * 2).next_power_of_two().max(2);
        let bits = cap.trailing_zeros();
        let shift = 32 - bits; // slot_of keeps the top `bits` bits of a 32-bit product
        let mask = cap - 1;
        let mut slots = vec![Slot::default(); cap];
        let mut entries = Vec::new();
        let mut dense = Vec::new();
        for (key, es) in feats {
            let start = entries.len() as u32;
            let mut es = es;
            es.sort_by_key(|e| e.0 as u8);
            es.dedup_by_key(|e| e.0 as u8);
            let packed: Vec<u32> = es
                .iter()
                .map(|&(t, w)| ((w as u16 as u32) << 16) | t as u32)
                .collect();
            let mut slot = Slot {
                key,
                meta: (start << 8) | packed.len() as u32,
                inline: [0; 2],
            };
            if es.len() > DENSE_MIN {
                let mut row = Row([0; 64]);
                for &(t, w) in &es {
                    row.0[t as usize] = w;
                }
                slot.meta = ((dense.len() as u32) << 8) | DENSE;
                dense.push(row);
            } else {
                for (k, &e) in packed.iter().enumerate() {
                    match slot.inline.get_mut(k) {
                        Some(x) => *x = e,
                        None => entries.push(e),
                    }
                }
            }
            let mut i = slot_of(key, shift);
            while slots[i].key != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = slot;
        }
        dict_words.sort_by(|a, b| a.0.cmp(&b.0));
        dict_words.dedup_by(|a, b| a.0 == b.0);
        let dcap = (dict_words.len() * 2).next_power_of_two().max(2);
        let dict_mask = dcap - 1;
        let mut dict = vec![(0u64, Tag::NN); dcap];
        for (w, t) in &dict_words {
            let key = feat::exact_hash(w);
            let mut i = dict_slot_of(key, dict_mask);
            while dict[i].0 != 0 && dict[i].0 != key {
                i = (i + 1) & dict_mask;
            }
            dict[i] = (key, *t);
        }
        let mut tagger = Tagger {
            slots,
            shift,
            mask,
            entries,
            dense,
            dict,
            dict_mask,
            dict_words,
            scale,
            start_scores: Vec::new(),
        };
        tagger.start_scores = (0..64u8)
            .map(|t1| {
                let mut scores = [0i32; 64];
                tagger.add_feature(bias_key(), &mut scores);
                tagger.add_feature(prev_tag_key(t1), &mut scores);
                scores
            })
            .collect();
        tagger
    }

    /// Adds the weights of feature `key` (if it has any) to `scores`.
    fn add_feature(&self, key: u32, scores: &mut [i32; 64]) {
        if let Some(s) = self.find(key, slot_of(key, self.shift)) {
            self.add_slot(s, scores);
        }
    }

    /// Adds the weights of the feature in slot `s` to `scores`.
    #[inline(always)]
    fn add_slot(&self, s: &Slot, scores: &mut [i32; 64]) {
        if s.meta & 0xff == DENSE {
            if let Some(row) = self.dense.get((s.meta >> 8) as usize) {
                // (only the tags' lanes: the scores past them are never read)
                for (a, &w) in scores[..TAG_LANES].iter_mut().zip(&row.0[..TAG_LANES]) {
                    *a += i32::from(w);
                }
            }
            return;
        }
        let (inl, ext) = self.slot_entries(s);
        for &e in inl {
            scores[(e & 63) as usize] += (e >> 16) as u16 as i16 as i32;
        }
        for &e in ext {
            scores[(e & 63) as usize] += (e >> 16) as u16 as i16 as i32;
        }
    }

    /// Parse a weight file (see the type documentation for the format).
    pub fn from_bytes(b: &[u8]) -> Result<Tagger, TaggerError> {
        let mut r = Reader { b, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err(TaggerError::BadMagic);
        }
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(TaggerError::UnsupportedVersion(version));
        }
        let scheme = r.u32()?;
        if scheme != feat::FEATURE_SCHEME {
            return Err(TaggerError::FeatureSchemeMismatch {
                expected: feat::FEATURE_SCHEME,
                found: scheme,
            });
        }
        if r.u32()? as usize != NF {
            return Err(TaggerError::Corrupt("feature count per token"));
        }
        let scale = f32::from_bits(r.u32()?);
        let ntags = r.u8()? as usize;
        let mut tags = Vec::with_capacity(ntags);
        for _ in 0..ntags {
            let len = r.u8()? as usize;
            let s = std::str::from_utf8(r.take(len)?)
                .map_err(|_| TaggerError::Corrupt("tag name is not UTF-8"))?;
            tags.push(Tag::parse(s).ok_or_else(|| TaggerError::UnknownTag(s.to_string()))?);
        }
        let tag_at = |i: u8| {
            tags.get(i as usize)
                .copied()
                .ok_or(TaggerError::Corrupt("tag index"))
        };
        let nfeat = r.u32()? as usize;
        if nfeat > b.len() / 5 {
            return Err(TaggerError::Truncated);
        }
        let mut heads = Vec::with_capacity(nfeat);
        let mut total = 0usize;
        for _ in 0..nfeat {
            let key = r.u32()?;
            let n = r.u8()? as usize;
            if key == 0 {
                return Err(TaggerError::Corrupt("zero feature key"));
            }
            total += n;
            heads.push((key, n));
        }
        if total > (1 << 24) {
            return Err(TaggerError::Corrupt("too many weights"));
        }
        if r.remaining() < total * 3 {
            return Err(TaggerError::Truncated);
        }
        let mut feats = Vec::with_capacity(nfeat);
        let mut prev = 0u32;
        for (key, n) in heads {
            if key <= prev {
                return Err(TaggerError::Corrupt("feature keys not strictly increasing"));
            }
            prev = key;
            let mut es = Vec::with_capacity(n);
            for _ in 0..n {
                let t = tag_at(r.u8()?)?;
                let w = r.u16()? as i16;
                es.push((t, w));
            }
            feats.push((key, es));
        }
        let ndict = r.u32()? as usize;
        if ndict > r.remaining() / 3 {
            return Err(TaggerError::Truncated);
        }
        let mut dict = Vec::with_capacity(ndict);
        for _ in 0..ndict {
            let len = r.u16()? as usize;
            let s = std::str::from_utf8(r.take(len)?)
                .map_err(|_| TaggerError::Corrupt("dictionary word is not UTF-8"))?;
            let t = tag_at(r.u8()?)?;
            dict.push((Box::<str>::from(s), t));
        }
        if r.remaining() != 0 {
            return Err(TaggerError::Corrupt("trailing bytes"));
        }
        Ok(Tagger::from_parts(feats, dict, scale))
    }

    /// Serialise to the weight file format (canonical: features sorted by key,
    /// dictionary sorted by word), so `from_bytes(x)?.to_bytes() == x` for files
    /// written by this function.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + self.entries.len() * 3 + self.slots.len() * 11);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&feat::FEATURE_SCHEME.to_le_bytes());
        out.extend_from_slice(&(NF as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_bits().to_le_bytes());
        out.push(NTAGS as u8);
        for t in Tag::ALL {
            out.push(t.as_str().len() as u8);
            out.extend_from_slice(t.as_str().as_bytes());
        }
        let mut feats: Vec<&Slot> = self.slots.iter().filter(|s| s.key != 0).collect();
        feats.sort_unstable_by_key(|s| s.key);
        out.extend_from_slice(&(feats.len() as u32).to_le_bytes());
        let rows: Vec<Vec<u32>> = feats.iter().map(|s| self.all_entries(s)).collect();
        for (s, es) in feats.iter().zip(&rows) {
            out.extend_from_slice(&s.key.to_le_bytes());
            out.push(es.len() as u8);
        }
        for &e in rows.iter().flatten() {
            out.push(e as u8);
            out.extend_from_slice(&((e >> 16) as u16).to_le_bytes());
        }
        let words: Vec<&(Box<str>, Tag)> = self
            .dict_words
            .iter()
            .filter(|(w, _)| w.len() <= u16::MAX as usize)
            .collect();
        out.extend_from_slice(&(words.len() as u32).to_le_bytes());
        for (w, t) in words {
            out.extend_from_slice(&(w.len() as u16).to_le_bytes());
            out.extend_from_slice(w.as_bytes());
            out.push(*t as u8);
        }
        out
    }

    /// The tag dictionary (frequent, unambiguous word forms and their tag).
    pub fn dictionary(&self) -> impl Iterator<Item = (&str, Tag)> {
        self.dict_words.iter().map(|(w, t)| (&**w, *t))
    }

    /// Tag one sentence.
    pub fn tag(&self, words: &[&str]) -> Vec<Tag> {
        let mut out = Vec::with_capacity(words.len());
        self.tag_into(words, &mut out);
        out
    }

    /// Tag one sentence into `out` (cleared first). Allocates only the sentence's token
    /// hashes (and `out`, when it lacks capacity for `words.len()` tags).
    pub fn tag_into(&self, words: &[&str], out: &mut Vec<Tag>) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2 (tested just above).
            unsafe { self.tag_into_avx2(words, out) };
            return;
        }
        self.tag_into_any(words, out);
    }

    /// [`Tagger::tag_into`] compiled for AVX2: the score rows summed and their best found
    /// eight lanes at a time (integer scores: the same tags as [`Tagger::tag_into_any`]).
    ///
    /// # Safety
    ///
    /// The CPU must have AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn tag_into_avx2(&self, words: &[&str], out: &mut Vec<Tag>) {
        self.tag_into_any(words, out);
    }

    /// [`Tagger::tag_into`] for any CPU (inlined into [`Tagger::tag_into_avx2`]).
    #[inline(always)]
    fn tag_into_any(&self, words: &[&str], out: &mut Vec<Tag>) {
        out.clear();
        out.reserve(words.len());
        // the sentence's token hashes between two pads each side: token i's window
        // (positions i-2..=i+2) is infos[i..i + 5], read in place
        let mut infos = Vec::with_capacity(words.len() + 4);
        infos.extend([START2, START]);
        infos.extend(words.iter().map(|w| tok_info(w)));
        infos.extend([END, END2]);
        let (mut t1, mut t2) = (T_START, T_START2);
        let mut fs = [0u32; NF];
        for (i, win) in infos.windows(5).enumerate() {
            let Ok(win) = <&[TokInfo; 5]>::try_from(win) else {
                continue;
            };
            let tag = match self.dict_get(win[2].exact) {
                Some(t) => t,
                None => {
                    features(win, t1, t2, i == 0, &mut fs);
                    self.best(&fs, t1)
                }
            };
            out.push(tag);
            t2 = t1;
            t1 = tag as u8;
        }
    }

    #[inline]
    fn dict_get(&self, key: u64) -> Option<Tag> {
        let mut i = dict_slot_of(key, self.dict_mask);
        loop {
            let (k, t) = *self.dict.get(i)?;
            if k == key {
                return Some(t);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.dict_mask;
        }
    }

    /// All (packed) entries of a slot, in tag order.
    fn all_entries(&self, s: &Slot) -> Vec<u32> {
        if s.meta & 0xff == DENSE {
            let Some(row) = self.dense.get((s.meta >> 8) as usize) else {
                return Vec::new();
            };
            return (0..NTAGS)
                .filter(|&t| row.0[t] != 0)
                .map(|t| ((row.0[t] as u16 as u32) << 16) | t as u32)
                .collect();
        }
        let (inl, ext) = self.slot_entries(s);
        inl.iter().chain(ext).copied().collect()
    }

    /// The sparse entries of a slot: inline part and external part.
    #[inline]
    fn slot_entries<'a>(&'a self, s: &'a Slot) -> (&'a [u32], &'a [u32]) {
        let len = (s.meta & 0xff) as usize;
        let start = (s.meta >> 8) as usize;
        let inl = &s.inline[..len.min(2)];
        let ext = if len > 2 {
            self.entries.get(start..start + (len - 2)).unwrap_or(&[])
        } else {
            &[]
        };
        (inl, ext)
    }

    /// Find the slot of `key`, starting at its home slot `i`.
    #[inline]
    fn find(&self, key: u32, mut i: usize) -> Option<&Slot> {
        loop {
            let s = self.slots.get(i)?;
            if s.key == key {
                return Some(s);
            }
            if s.key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The best tag for a token with features `fs`, whose previous tag is `t1` (so that
    /// `fs[BIAS_FEATURE]` and `fs[PREV_TAG_FEATURE]` are in `start_scores[t1]`).
    #[inline(always)]
    fn best(&self, fs: &[u32; NF], t1: u8) -> Tag {
        // Read every feature's home slot first, so the independent cache misses
        // overlap; probing past the home slot is rare.
        // (`home[k]`: feature `OWN_FEATURES[k]`'s)
        let mut home = [Slot::default(); NF - 2];
        for (h, &j) in home.iter_mut().zip(&OWN_FEATURES) {
            *h = self
                .slots
                .get(slot_of(fs[j], self.shift))
                .copied()
                .unwrap_or_default();
        }
        let mut scores = match self.start_scores.get(t1 as usize) {
            Some(s) => *s,
            None => {
                // (not reached: previous tags are below 64) the two features as any other
                let mut s = [0i32; 64];
                self.add_feature(fs[BIAS_FEATURE], &mut s);
                self.add_feature(fs[PREV_TAG_FEATURE], &mut s);
                s
            }
        };
        // sparse features added at once; dense rows gathered, then summed in one pass whose
        // running sums stay in registers (integer sums: the order changes nothing)
        let mut rows: [&Row; NF] = [&ZERO_ROW; NF];
        let mut n_rows = 0;
        for (h, &j) in home.iter().zip(&OWN_FEATURES) {
            let s = if h.key == fs[j] {
                h
            } else if h.key == 0 {
                continue;
            } else {
                match self.find(fs[j], slot_of(fs[j], self.shift)) {
                    Some(s) => s,
                    None => continue,
                }
            };
            if s.meta & 0xff == DENSE {
                if let Some(row) = self.dense.get((s.meta >> 8) as usize) {
                    rows[n_rows] = row;
                    n_rows += 1;
                }
                continue;
            }
            self.add_slot(s, &mut scores);
        }
        let mut acc = [0i32; TAG_LANES];
        for row in &rows[..n_rows] {
            for (a, &w) in acc.iter_mut().zip(&row.0[..TAG_LANES]) {
                *a += i32::from(w);
            }
        }
        for (s, a) in scores[..TAG_LANES].iter_mut().zip(acc) {
            *s += a;
        }
        best_of_i32(&scores)
    }
}

/// [`best_of`] for integer scores, in two passes the compiler vectorizes: the best score,
/// then `NN` if it has it, else the first tag that has it (what `best_of`'s scan keeps).
#[inline(always)]
fn best_of_i32(scores: &[i32; 64]) -> Tag {
    let tags = &scores[..NTAGS];
    let max = tags.iter().copied().fold(i32::MIN, i32::max);
    if scores[Tag::NN as usize] == max {
        return Tag::NN;
    }
    let best = tags
        .iter()
        .position(|&s| s == max)
        .unwrap_or(Tag::NN as usize);
    Tag::ALL[best]
}

#[inline]
pub(crate) fn best_of<T: PartialOrd + Copy>(scores: &[T; 64]) -> Tag {
    let mut best = Tag::NN as usize;
    for i in 0..NTAGS {
        if scores[i] > scores[best] {
            best = i;
        }
    }
    Tag::ALL[best]
}

/// Window of token hashes around position `i` of a pre-computed sentence (training).
pub(crate) fn window(infos: &[TokInfo], i: usize) -> [TokInfo; 5] {
    let at = |j: isize| -> TokInfo {
        if j == -2 {
            START2
        } else if j == -1 {
            START
        } else if (j as usize) < infos.len() {
            infos[j as usize]
        } else if j as usize == infos.len() {
            END
        } else {
            END2
        }
    };
    let i = i as isize;
    [at(i - 2), at(i - 1), at(i), at(i + 1), at(i + 2)]
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], TaggerError> {
        let end = self.pos.checked_add(n).ok_or(TaggerError::Truncated)?;
        let s = self.b.get(self.pos..end).ok_or(TaggerError::Truncated)?;
        self.pos = end;
        Ok(s)
    }
    fn remaining(&self) -> usize {
        self.b.len().saturating_sub(self.pos)
    }
    fn u8(&mut self) -> Result<u8, TaggerError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, TaggerError> {
        let s = self.take(2)?;
        Ok(u16::from_le_bytes([s[0], s[1]]))
    }
    fn u32(&mut self) -> Result<u32, TaggerError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_of_i32_is_best_of() {
        // ties (NN among the best or not), negative scores, scores past the tags
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for round in 0..2000 {
            let mut scores = [0i32; 64];
            for s in scores.iter_mut() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                *s = (x % 7) as i32 - 3
                    + if round % 2 == 0 {
                        0
                    } else {
                        (x >> 40) as i32 % 1000
                    };
            }
            assert_eq!(best_of_i32(&scores), best_of(&scores), "{scores:?}");
        }
        assert_eq!(best_of_i32(&[0; 64]), Tag::NN);
    }

    #[test]
    fn empty_tagger_is_total() {
        let t = Tagger::empty();
        assert_eq!(t.tag(&[]), Vec::<Tag>::new());
        assert_eq!(t.tag(&["", "x"]), vec![Tag::NN, Tag::NN]);
        let b = t.to_bytes();
        let t2 = Tagger::from_bytes(&b).unwrap();
        assert_eq!(t2.to_bytes(), b);
    }

    #[test]
    fn rejects_bad_files() {
        assert_eq!(Tagger::from_bytes(b"").unwrap_err(), TaggerError::Truncated);
        assert_eq!(
            Tagger::from_bytes(b"NOTATAGGER").unwrap_err(),
            TaggerError::BadMagic
        );
        let b = Tagger::empty().to_bytes();
        for cut in 0..b.len() {
            assert!(Tagger::from_bytes(&b[..cut]).is_err());
        }
    }
}
