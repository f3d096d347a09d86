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

/// Whether each of the 8 bytes of `x` is an ASCII lower-case letter or a space. Per byte, on
/// its low seven bits (no carry crosses a byte): plus 0x1f sets the high bit from 'a' up,
/// plus 0x05 from '{' up; a space is the byte that is zero once XORed with 0x20 (its low
/// seven bits plus 0x7f, or its own high bit, set the high bit of any other).
#[inline]
pub(crate) fn all_lower_or_space(x: u64) -> bool {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = x & LOW7;
    let lower = (low + ONES * 0x1f) & !(low + ONES * 0x05) & !x;
    let y = x ^ (ONES * 0x20);
    let space = !(((y & LOW7) + LOW7) | y);
    (lower | space) & HIGH == HIGH
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
            // (8 bytes of lower-case letters and spaces at a time)
            while let Some(word) = bytes.get(i..i + 8) {
                let mut w = [0u8; 8];
                w.copy_from_slice(word);
                if !all_lower_or_space(u64::from_le_bytes(w)) {
                    break;
                }
                i += 8;
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
    fn words_of_lower_case_and_spaces() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for round in 0..20000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // (mostly letters and spaces, some of every byte)
            let mut b = x.to_le_bytes();
            for (k, v) in b.iter_mut().enumerate() {
                if (round + k) % 5 != 0 {
                    *v = if *v % 7 == 0 { b' ' } else { b'a' + *v % 26 };
                }
            }
            let want = b.iter().all(|&c| c.is_ascii_lowercase() || c == b' ');
            assert_eq!(all_lower_or_space(u64::from_le_bytes(b)), want, "{b:?}");
        }
        for c in 0..=255u8 {
            let mut b = *b"abc  xyz";
            b[3] = c;
            let want = c.is_ascii_lowercase() || c == b' ';
            assert_eq!(all_lower_or_space(u64::from_le_bytes(b)), want, "{c}");
        }
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
