//! Feature extraction shared by training and tagging.
//!
//! Every feature is a 32-bit hash of (template id, value). Token-level hashes are
//! computed once per token ([`TokInfo`]) by streaming over its characters, so the hot
//! path never allocates. Changing anything here changes the feature space: bump
//! [`FEATURE_SCHEME`] so old weight files are rejected.

/// Identifies the feature extraction code; stored in weight files.
pub(crate) const FEATURE_SCHEME: u32 = 2;
/// Number of features per token.
pub(crate) const NF: usize = 19;

const K: u64 = 0x517c_c1b7_2722_0a95;

#[inline(always)]
pub(crate) const fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// Fold a 64-bit hash to a non-zero 32-bit key (0 marks an empty slot).
#[inline(always)]
pub(crate) const fn fold(h: u64) -> u32 {
    let k = (h >> 32) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// Map typographic variants to the ASCII forms Lede's tokenizer emits.
#[inline]
pub(crate) fn norm_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{00A0}' | '\u{202F}' | '\u{2007}' => ' ',
        _ => c,
    }
}

/// Normalise a word form the way [`TokInfo`] sees it (for training data and dictionaries).
pub fn normalize_form(s: &str) -> String {
    s.chars().map(norm_char).collect()
}

/// Hash of a normalised exact form (tag dictionary key).
#[inline]
pub(crate) fn exact_hash(s: &str) -> u64 {
    let mut h = SEED_EXACT;
    for c in s.chars() {
        h = mix(h, norm_char(c) as u64);
    }
    h | 1
}

const SEED_EXACT: u64 = 0x243f_6a88_85a3_08d3;
const SEED_LOWER: u64 = 0x1319_8a2e_0370_7344;
const SEED_SHAPE: u64 = 0xa409_3822_299f_31d0;
const SEED_HYPH: u64 = 0x082e_fa98_ec4e_6c89;
const SEED_S1: u64 = 0x4528_21e6_38d0_1377;
const SEED_S2: u64 = 0xbe54_66cf_34e9_0c6c;
const SEED_S3: u64 = 0xc0ac_29b7_c97c_50dd;
const SEED_P1: u64 = 0x3f84_d5b5_b547_0917;
const WORD_YEAR: u64 = 0x9216_d5d9_8979_fb1b;
const WORD_DIGITS: u64 = 0xd131_0ba6_98df_b5ac;
const NO_HYPH: u64 = 0x2ffd_72db_d01a_dfb7;

/// Per-token hashes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TokInfo {
    pub exact: u64,
    pub word: u64,
    pub suf1: u64,
    pub suf2: u64,
    pub suf3: u64,
    pub pre1: u64,
    pub shape: u64,
    pub flags: u64,
    pub hyph: u64,
}

const fn pad(tag: u64) -> TokInfo {
    let h = mix(0x7777, tag);
    TokInfo {
        exact: h,
        word: h,
        suf1: h,
        suf2: h,
        suf3: h,
        pre1: h,
        shape: h,
        flags: h,
        hyph: NO_HYPH,
    }
}

pub(crate) const START: TokInfo = pad(1);
pub(crate) const START2: TokInfo = pad(2);
pub(crate) const END: TokInfo = pad(3);
pub(crate) const END2: TokInfo = pad(4);

/// Pseudo-tags for positions before the sentence.
pub(crate) const T_START: u8 = 60;
pub(crate) const T_START2: u8 = 61;

#[inline]
fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

#[inline]
fn shape_class(c: char) -> u64 {
    if c.is_ascii_digit() {
        b'd' as u64
    } else if c.is_ascii_lowercase() {
        b'x' as u64
    } else if c.is_ascii_uppercase() {
        b'X' as u64
    } else if c.is_ascii() {
        c as u64
    } else if c.is_uppercase() {
        b'X' as u64
    } else if c.is_alphabetic() {
        b'x' as u64
    } else if c.is_numeric() {
        b'd' as u64
    } else {
        b'o' as u64
    }
}

#[inline(always)]
fn shape_class_ascii(b: u8) -> u64 {
    match b {
        b'0'..=b'9' => b'd' as u64,
        b'a'..=b'z' => b'x' as u64,
        b'A'..=b'Z' => b'X' as u64,
        _ => b as u64,
    }
}

/// Compute the token-level hashes of one word form (any string; never panics).
#[inline]
pub(crate) fn tok_info(s: &str) -> TokInfo {
    // an ASCII word (the same result as the general path, without UTF-8 decoding or Unicode
    // tables); the bytes are tested for ASCII as they are hashed, not in a pass of their own
    tok_info_ascii(s.as_bytes()).unwrap_or_else(|| tok_info_chars(s.chars()))
}

/// What the word and flag features are read from.
struct Counts {
    nchars: usize,
    /// Four digits.
    year: bool,
    first_digit: bool,
    first_upper: bool,
    n_upper: usize,
    n_lower: usize,
    n_digit: usize,
    has_hyph: bool,
    has_period: bool,
}

/// The word feature (a year, a number, else the lower-case hash `low`) and the flags (case,
/// digits, inner hyphen, period, length up to 3) of a token.
#[inline(always)]
fn word_and_flags(low: u64, c: &Counts) -> (u64, u64) {
    let word = if c.year {
        WORD_YEAR
    } else if c.first_digit {
        WORD_DIGITS
    } else {
        low
    };
    let case = if c.n_upper + c.n_lower == 0 {
        0
    } else if c.n_upper == 0 {
        1
    } else if c.first_upper && c.n_upper == 1 {
        2
    } else if c.n_lower == 0 {
        3
    } else {
        4
    };
    let flags = case
        | ((c.n_digit > 0) as u64) << 3
        | (c.has_hyph as u64) << 4
        | (c.has_period as u64) << 5
        | ((c.nchars.min(3) as u64) << 6);
    (word, flags)
}

/// [`tok_info_chars`] for an ASCII word, on bytes: the hyphen hash (of the letters after the
/// last inner `-`) is computed only for a word that has one. `None` for a word with a
/// byte past ASCII.
#[inline]
fn tok_info_ascii(b: &[u8]) -> Option<TokInfo> {
    let mut exact = SEED_EXACT;
    let mut low = SEED_LOWER;
    let mut shape = SEED_SHAPE;
    let (mut n_upper, mut n_lower, mut n_digit) = (0usize, 0usize, 0usize);
    let (mut has_hyph, mut has_period) = (false, false);
    let mut after_hyph = 0usize;
    let mut prev_cls = 0u64;
    let mut runs = 0u32;
    for (k, &c) in b.iter().enumerate() {
        if !c.is_ascii() {
            return None;
        }
        exact = mix(exact, c as u64);
        low = mix(low, c.to_ascii_lowercase() as u64);
        match c {
            b'0'..=b'9' => n_digit += 1,
            b'A'..=b'Z' => n_upper += 1,
            b'a'..=b'z' => n_lower += 1,
            b'-' => {
                has_hyph |= k > 0;
                after_hyph = k + 1;
            }
            b'.' => has_period = true,
            _ => {}
        }
        let cls = shape_class_ascii(c);
        if cls != prev_cls && runs < 10 {
            shape = mix(shape, cls);
            runs += 1;
            prev_cls = cls;
        }
    }
    let nchars = b.len();
    let lc = |back: usize| {
        nchars
            .checked_sub(back)
            .map_or(0, |i| b[i].to_ascii_lowercase() as u64)
    };
    let (l1, l2, l3) = (lc(1), lc(2), lc(3));
    let first = b.first().copied();
    let first_digit = first.is_some_and(|c| c.is_ascii_digit());
    let first_upper = first.is_some_and(|c| c.is_ascii_uppercase());
    let (word, flags) = word_and_flags(
        low,
        &Counts {
            nchars,
            year: nchars == 4 && n_digit == 4,
            first_digit,
            first_upper,
            n_upper,
            n_lower,
            n_digit,
            has_hyph,
            has_period,
        },
    );
    let hyph = if has_hyph && after_hyph < nchars {
        b[after_hyph..]
            .iter()
            .fold(SEED_HYPH, |h, &c| mix(h, c.to_ascii_lowercase() as u64))
    } else {
        NO_HYPH
    };
    Some(TokInfo {
        exact: exact | 1,
        word,
        suf1: mix(SEED_S1, l1),
        suf2: mix(mix(SEED_S2, l2), l1),
        suf3: mix(mix(mix(SEED_S3, l3), l2), l1),
        pre1: mix(SEED_P1, first.map_or(0, u64::from)),
        shape,
        flags,
        hyph,
    })
}

#[inline]
fn tok_info_chars(chars: impl Iterator<Item = char>) -> TokInfo {
    let mut exact = SEED_EXACT;
    let mut low = SEED_LOWER;
    let mut shape = SEED_SHAPE;
    let mut hyph = SEED_HYPH;
    let mut hyph_len = 0u32;
    let mut seen_hyph = false;
    let (mut l1, mut l2, mut l3) = (0u64, 0u64, 0u64);
    let mut first: u64 = 0;
    let mut first_digit = false;
    let mut first_upper = false;
    let mut nchars = 0usize;
    let mut all_digits = true;
    let (mut n_upper, mut n_lower, mut n_digit) = (0usize, 0usize, 0usize);
    let (mut has_hyph, mut has_period) = (false, false);
    let mut prev_cls = 0u64;
    let mut runs = 0u32;
    for c0 in chars {
        let c = norm_char(c0);
        exact = mix(exact, c as u64);
        let lc = lower(c);
        low = mix(low, lc as u64);
        l3 = l2;
        l2 = l1;
        l1 = lc as u64;
        let is_digit = c.is_ascii_digit();
        let is_upper = c.is_uppercase();
        if nchars == 0 {
            first = c as u64;
            first_digit = is_digit;
            first_upper = is_upper;
        }
        nchars += 1;
        all_digits &= is_digit;
        if is_digit {
            n_digit += 1;
        } else if is_upper {
            n_upper += 1;
        } else if c.is_lowercase() {
            n_lower += 1;
        }
        let cls = shape_class(c);
        if cls != prev_cls && runs < 10 {
            shape = mix(shape, cls);
            runs += 1;
            prev_cls = cls;
        }
        if c == '-' {
            if nchars > 1 {
                has_hyph = true;
                seen_hyph = true;
            }
            hyph = SEED_HYPH;
            hyph_len = 0;
        } else {
            if c == '.' {
                has_period = true;
            }
            hyph = mix(hyph, lc as u64);
            hyph_len += 1;
        }
    }
    let (word, flags) = word_and_flags(
        low,
        &Counts {
            nchars,
            year: nchars == 4 && all_digits,
            first_digit,
            first_upper,
            n_upper,
            n_lower,
            n_digit,
            has_hyph,
            has_period,
        },
    );
    TokInfo {
        exact: exact | 1,
        word,
        suf1: mix(SEED_S1, l1),
        suf2: mix(mix(SEED_S2, l2), l1),
        suf3: mix(mix(mix(SEED_S3, l3), l2), l1),
        pre1: mix(SEED_P1, first),
        shape,
        flags,
        hyph: if seen_hyph && hyph_len > 0 {
            hyph
        } else {
            NO_HYPH
        },
    }
}

#[inline(always)]
fn f1(tpl: u64, a: u64) -> u32 {
    fold(mix(mix(0x5bd1_e995, tpl), a))
}

#[inline(always)]
fn f2(tpl: u64, a: u64, b: u64) -> u32 {
    fold(mix(mix(mix(0x5bd1_e995, tpl), a), b))
}

/// The index in [`features`]' output of the bias feature (the same key for every token).
pub(crate) const BIAS_FEATURE: usize = 0;
/// The index in [`features`]' output of the previous tag's feature.
pub(crate) const PREV_TAG_FEATURE: usize = 7;

/// The key of the bias feature.
#[inline(always)]
pub(crate) fn bias_key() -> u32 {
    f1(0, 0)
}

/// The key of the feature of previous tag `t1`.
#[inline(always)]
pub(crate) fn prev_tag_key(t1: u8) -> u32 {
    f1(8, t1 as u64)
}

/// Fill the features of the token in the middle of the window `w` (positions i-2..=i+2),
/// given the two previous tags.
#[inline(always)]
pub(crate) fn features(w: &[TokInfo; 5], t1: u8, t2: u8, initial: bool, out: &mut [u32; NF]) {
    let (p2, p1, c, n1, n2) = (&w[0], &w[1], &w[2], &w[3], &w[4]);
    let (t1, t2) = (t1 as u64, t2 as u64);
    out[0] = bias_key();
    out[1] = f1(1, c.word);
    out[2] = f1(2, c.suf3);
    out[3] = f1(3, c.suf2);
    out[4] = f1(5, c.pre1);
    out[5] = f1(6, c.shape);
    out[6] = f2(7, c.flags, initial as u64);
    out[7] = prev_tag_key(t1 as u8);
    out[8] = f2(10, t1, t2);
    out[9] = f2(11, t1, c.word);
    out[10] = f1(12, p1.word);
    out[11] = f1(13, p1.suf3);
    out[12] = f1(14, p2.word);
    out[13] = f1(15, n1.word);
    out[14] = f1(16, n1.suf3);
    out[15] = f1(17, n2.word);
    out[16] = f1(18, c.hyph);
    out[17] = f2(21, c.word, n1.word);
    out[18] = f1(4, c.suf1);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_info_is_the_general_one() {
        // every ASCII word over an alphabet of letters, digits, '-', '.', '\'' and '$', up to
        // four chars, and longer ones
        let alphabet = b"aZ9-.'$";
        let mut words: Vec<String> = vec![String::new()];
        for len in 1..=4u32 {
            for mut n in 0..alphabet.len().pow(len) {
                let mut w = String::new();
                for _ in 0..len {
                    w.push(alphabet[n % alphabet.len()] as char);
                    n /= alphabet.len();
                }
                words.push(w);
            }
        }
        words.extend(
            [
                "Talks",
                "U.S.",
                "19-point",
                "e-mail",
                "x86",
                "2024",
                "co-op-ed",
                "-point",
                "well-",
                "Anti-Western",
                "MID-YEAR",
                "a.b-c.d",
                "NATO's",
            ]
            .map(String::from),
        );
        for w in &words {
            assert_eq!(
                tok_info_ascii(w.as_bytes()),
                Some(tok_info_chars(w.chars())),
                "{w:?}"
            );
        }
        // a byte past ASCII anywhere: the general path's business
        for w in ["café", "Ñandú", "x\u{2019}s", "\u{2014}"] {
            assert_eq!(tok_info_ascii(w.as_bytes()), None, "{w:?}");
            assert_eq!(tok_info(w), tok_info_chars(w.chars()), "{w:?}");
        }
    }

    #[test]
    fn info_is_total() {
        for s in [
            "", "-", "a", "U.S.", "19-point", "ÉLAN", "日本", "\u{0}", "n’t",
        ] {
            let _ = tok_info(s);
        }
        assert_eq!(tok_info("n’t"), tok_info("n't"));
        for w in [
            "Talks", "U.S.", "19-point", "e-mail", "$", "ABC", "x86", "'s",
        ] {
            assert_eq!(tok_info(w), tok_info_chars(w.chars()), "{w}");
        }
        assert_eq!(tok_info("—").exact, tok_info("-").exact);
        assert_eq!(exact_hash("don’t"), tok_info("don't").exact);
        assert_ne!(tok_info("Talks").word, tok_info("talk").word);
        assert_eq!(tok_info("Talks").word, tok_info("talks").word);
        assert_eq!(tok_info("1999").word, tok_info("2024").word);
        assert_ne!(tok_info("19-point").hyph, NO_HYPH);
        assert_eq!(tok_info("-point").hyph, NO_HYPH);
    }
}
