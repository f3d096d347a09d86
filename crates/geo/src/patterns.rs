//! The gazetteer's name patterns, grouped by their first word (the run of letters and digits
//! they start with) and sorted by their bytes within a group. A name found in a text on word
//! boundaries starts with exactly the text's word at that position, so finding every name at a
//! position is one hash lookup, then a narrowing of the group's sorted range one byte at a
//! time. Building it is a sort (an automaton over the same 100,000-odd names took several
//! times as long to build, and searched every byte of the text).

use rustc_hash::FxHashMap;

/// Patterns grouped by first word, sorted by their bytes within a group.
pub(crate) struct PatternIndex {
    /// Pattern texts, indexed by pattern index.
    texts: Vec<String>,
    /// Pattern indexes, group after group, each group in byte order of the texts.
    sorted: Vec<u32>,
    /// Range of `sorted` of each first word (the empty word: patterns opening with a
    /// punctuation mark).
    groups: FxHashMap<Box<str>, (u32, u32)>,
    /// The group of the empty word, looked up once.
    punct: Option<(u32, u32)>,
    /// Bit `b` set: some pattern starts with ASCII byte `b` (most text words start with a
    /// lower-case letter that no pattern starts with: no hashing for them).
    ascii_first: u128,
    /// No pattern starts with a lower-case ASCII letter or a space (16 such bytes in a row
    /// are skipped at once).
    lower_starts_none: bool,
}

/// The run of letters and digits `s` starts with.
fn first_word(s: &str) -> &str {
    // ASCII letters and digits on bytes; from the first other byte on, chars
    let ascii = s
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(s.len());
    let end = s[ascii..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(s.len(), |(i, _)| ascii + i);
    &s[..end]
}

impl PatternIndex {
    /// Indexes `texts` (pattern `i` is `texts[i]`; empty texts never match).
    pub(crate) fn new(texts: Vec<String>) -> PatternIndex {
        let mut keyed: Vec<(&str, u32)> = texts
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.is_empty())
            .map(|(i, t)| (first_word(t), i as u32))
            .collect();
        keyed.sort_unstable_by(|a, b| {
            a.0.cmp(b.0).then_with(|| {
                texts[a.1 as usize]
                    .as_bytes()
                    .cmp(texts[b.1 as usize].as_bytes())
            })
        });
        let mut groups = FxHashMap::default();
        let mut i = 0usize;
        while i < keyed.len() {
            let w = keyed[i].0;
            let j = i + keyed[i..].partition_point(|k| k.0 == w);
            groups.insert(Box::from(w), (i as u32, j as u32));
            i = j;
        }
        let sorted = keyed.iter().map(|k| k.1).collect();
        let punct = groups.get("").copied();
        let ascii_first = texts
            .iter()
            .filter_map(|t| t.as_bytes().first())
            .filter(|b| b.is_ascii())
            .fold(0u128, |m, &b| m | 1 << b);
        let lower_or_space = (u128::from(u32::MAX >> 6) << b'a') | 1 << b' ';
        PatternIndex {
            texts,
            sorted,
            groups,
            punct,
            ascii_first,
            lower_starts_none: ascii_first & lower_or_space == 0,
        }
    }

    /// The first byte at or after `from` of `bytes` that starts a char some pattern may start
    /// with: an ASCII byte some pattern starts with, or the first byte of a multi-byte char.
    /// [`PatternIndex::matches_at`] finds nothing at the positions skipped.
    pub(crate) fn next_start(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let mut i = from;
        if self.lower_starts_none {
            // (a few vector instructions a block of lower-case letters and spaces)
            while let Some(block) = bytes.get(i..i + 16) {
                if block.iter().fold(false, |any, &b| {
                    any | !(b.is_ascii_lowercase() || b == b' ')
                }) {
                    break;
                }
                i += 16;
            }
        }
        let may_start = |b: u8| {
            if b.is_ascii() {
                self.ascii_first & (1 << b) != 0
            } else {
                b >= 0xC0
            }
        };
        bytes
            .get(i..)?
            .iter()
            .position(|&b| may_start(b))
            .map(|p| i + p)
    }

    /// Calls `found(pattern, end)` for every pattern that `text[start..]` starts with and that
    /// ends where the text's word ends or later (`end`: the byte after the match), shortest
    /// first. A pattern ending inside a word of the text is not reported.
    pub(crate) fn matches_at(&self, text: &str, start: usize, mut found: impl FnMut(usize, usize)) {
        let Some(rest) = text.get(start..) else {
            return;
        };
        match rest.as_bytes().first() {
            Some(&b) if b.is_ascii() && self.ascii_first & (1 << b) == 0 => return,
            None => return,
            _ => {}
        }
        let word = first_word(rest);
        // most positions that are no word's start open no pattern: no hashing for them
        let group = if word.is_empty() {
            self.punct
        } else {
            self.groups.get(word).copied()
        };
        let Some((lo, hi)) = group else {
            return;
        };
        let rest = rest.as_bytes();
        let (mut lo, mut hi) = (lo as usize, hi as usize);
        let text_of = |p: u32| self.texts[p as usize].as_bytes();
        let mut k = word.len();
        loop {
            // every pattern of sorted[lo..hi] starts with rest[..k]; one of length k sorts first
            if lo < hi && text_of(self.sorted[lo]).len() == k {
                found(self.sorted[lo] as usize, start + k);
                lo += 1;
            }
            if lo >= hi || k >= rest.len() {
                return;
            }
            // one pattern left (longer than `k`): the rest of its bytes, compared at once
            if hi - lo == 1 {
                let p = text_of(self.sorted[lo]);
                if rest.get(k..p.len()).is_some_and(|r| r == &p[k..]) {
                    found(self.sorted[lo] as usize, start + p.len());
                }
                return;
            }
            let b = rest[k];
            let range = &self.sorted[lo..hi];
            let from = range.partition_point(|&p| text_of(p)[k] < b);
            let to = from + range[from..].partition_point(|&p| text_of(p)[k] == b);
            hi = lo + to;
            lo += from;
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_at(ix: &PatternIndex, text: &str, start: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        ix.matches_at(text, start, |p, e| out.push((p, e)));
        out
    }

    #[test]
    fn finds_every_pattern_starting_at_a_word() {
        let pats = [
            "New York",
            "New",
            "Newark",
            "York",
            "",
            "N",
            "New York City",
            "-X",
        ];
        let ix = PatternIndex::new(pats.iter().map(|s| s.to_string()).collect());
        let text = "in New York City today";
        assert_eq!(all_at(&ix, text, 3), vec![(1, 6), (0, 11), (6, 16)]);
        assert_eq!(all_at(&ix, text, 7), vec![(3, 11)]);
        assert!(all_at(&ix, text, 0).is_empty());
        assert!(all_at(&ix, text, text.len()).is_empty());
        assert!(all_at(&ix, text, 99).is_empty());
        // names ending inside a word are not reported; one opening with punctuation is
        assert_eq!(all_at(&ix, "Newark", 0), vec![(2, 6)]);
        assert!(all_at(&ix, "Newa", 0).is_empty());
        assert_eq!(all_at(&ix, "a -X b", 2), vec![(7, 4)]);
    }

    #[test]
    fn matches_whole_utf8_sequences() {
        let pats = ["Zürich", "Zug", "Ürümqi", "Zürich-Nord"];
        let ix = PatternIndex::new(pats.iter().map(|s| s.to_string()).collect());
        assert_eq!(all_at(&ix, "Zürich!", 0), vec![(0, 7)]);
        assert_eq!(all_at(&ix, "Zürich-Nord", 0), vec![(0, 7), (3, 12)]);
        assert_eq!(all_at(&ix, "Ürümqi", 0), vec![(2, 8)]);
        assert!(all_at(&ix, "Zürch", 0).is_empty());
    }
}
