//! Tokens with byte spans in the normalized text, split the way English taggers expect
//! ("don't" → "do" "n't", "Putin's" → "Putin" "'s", abbreviations and decimals kept whole).

use lede_model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// `"` (a double quotation mark, any style in the raw text).
    Quote,
    /// `'` standing alone: a single quotation mark or a stray apostrophe.
    SingleQuote,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Span in the normalized text.
    pub span: Span,
    pub kind: TokenKind,
    /// Whitespace precedes the token.
    pub space_before: bool,
    /// A line break precedes the token.
    pub newline_before: bool,
}

/// Abbreviations that keep their final period (lowercase, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "cmdr", "sen", "rep", "gov", "pres", "amb", "rev", "hon", "st", "jr", "sr", "messrs", "gens",
    "brig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "inc", "corp", "ltd", "co",
    "bros", "vs", "etc", "no", "nos", "dept", "mt", "ft", "approx", "est", "fig", "vol", "op",
    "ave", "blvd", "univ", "assn", "govt", "admin", "cf", "al", "ca", "sec", "supt", "det", "insp",
    "cpl", "pvt",
];

pub fn is_abbreviation(word_without_period: &str) -> bool {
    // the abbreviations by length, gathered once (every word that ends a sentence asks)
    static BY_LEN: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    let by_len = BY_LEN.get_or_init(|| {
        let mut by_len: Vec<Vec<&'static str>> = Vec::new();
        for a in ABBREVIATIONS {
            if by_len.len() <= a.len() {
                by_len.resize(a.len() + 1, Vec::new());
            }
            by_len[a.len()].push(a);
        }
        by_len
    });
    by_len.get(word_without_period.len()).is_some_and(|list| {
        list.iter()
            .any(|a| a.eq_ignore_ascii_case(word_without_period))
    })
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// [`ASCII_KIND`] of an ASCII letter or digit.
const ALNUM: u8 = 1;
/// [`ASCII_KIND`] of an ASCII digit (with [`ALNUM`]).
const DIGIT: u8 = 2;

/// Per byte: [`ALNUM`] for an ASCII letter, `ALNUM | DIGIT` for an ASCII digit, else 0.
static ASCII_KIND: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            ALNUM | DIGIT
        } else if c.is_ascii_alphabetic() {
            ALNUM
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Tokenizes normalized text.
pub fn tokenize(text: &str) -> Vec<Token> {
    if text.is_ascii() {
        // one char a byte: index the bytes, no table of char offsets
        let bytes = text.as_bytes();
        let n = bytes.len();
        return tokenize_chars(
            text,
            n,
            |k| if k < n { bytes[k] as char } else { '\0' },
            |k| k.min(n),
            |mut j| {
                // (an ASCII char is a word char when it is an ASCII letter or digit: one look-up
                // a byte tells both)
                let mut kinds = ALNUM | DIGIT;
                while let Some(&b) = bytes.get(j) {
                    let k = ASCII_KIND[usize::from(b)];
                    if k == 0 {
                        break;
                    }
                    kinds &= k;
                    j += 1;
                }
                (j, kinds & DIGIT != 0)
            },
        );
    }
    tokenize_any(text)
}

/// [`tokenize`] for any text, through a table of char offsets.
fn tokenize_any(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |k: usize| if k < n { chars[k].1 } else { '\0' };
    tokenize_chars(
        text,
        n,
        at,
        |k| if k < n { chars[k].0 } else { text.len() },
        |mut j| {
            let mut digits = true;
            while j < n && is_word_char(at(j)) {
                digits &= at(j).is_ascii_digit();
                j += 1;
            }
            (j, digits)
        },
    )
}

/// The tokenizer over `n` chars of `text`: `at(k)` is char `k` (`'\0'` past the end), `off(k)`
/// its byte offset (`text.len()` past the end), `word_run(k)` the end of the run of word
/// chars from char `k` and whether they are all ASCII digits.
#[inline(always)]
fn tokenize_chars(
    text: &str,
    n: usize,
    at: impl Fn(usize) -> char,
    off: impl Fn(usize) -> usize,
    word_run: impl Fn(usize) -> (usize, bool),
) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut k = 0;
    let mut space_before = true;
    let mut newline_before = true;
    while k < n {
        let c = at(k);
        if c.is_whitespace() {
            space_before = true;
            if c == '\n' {
                newline_before = true;
            }
            k += 1;
            continue;
        }
        let start = k;
        let mut kind = TokenKind::Punct;
        if is_word_char(c) {
            let mut j = k;
            let mut all_digits = true;
            loop {
                let (end, digits) = word_run(j);
                j = end;
                all_digits &= digits;
                let c1 = at(j);
                let c2 = at(j + 1);
                // hyphenated words and ranges: 19-point, Saint-Denis
                if (c1 == '-' || c1 == '/' && all_digits) && is_word_char(c2) {
                    j += 1;
                    continue;
                }
                // decimals and thousands: 1.5, 2,000
                if (c1 == '.' || c1 == ',')
                    && c2.is_ascii_digit()
                    && at(j.wrapping_sub(1)).is_ascii_digit()
                {
                    j += 1;
                    continue;
                }
                // multi-dot abbreviations: U.S., U.N., e.g., a.m.
                if c1 == '.' && c2.is_alphabetic() && at(j + 2) == '.' && j - start <= 2 {
                    j += 3;
                    while at(j).is_alphabetic() && at(j + 1) == '.' {
                        j += 2;
                    }
                    break;
                }
                // O'Brien, Côte d'Ivoire: an apostrophe inside a name (not 's, n't, 're ...)
                if c1 == '\'' && c2.is_alphabetic() {
                    let rest: String = (j + 1..n.min(j + 4))
                        .map(&at)
                        .take_while(|c| c.is_alphabetic())
                        .collect();
                    let lower = rest.to_ascii_lowercase();
                    let clitic =
                        matches!(lower.as_str(), "s" | "re" | "ve" | "ll" | "d" | "m" | "t");
                    if !clitic && j - start <= 2 {
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            // "n't" clitic: split "don't" into "do" "n't"
            if at(j) == '\''
                && at(j + 1).eq_ignore_ascii_case(&'t')
                && j > start + 1
                && at(j - 1).eq_ignore_ascii_case(&'n')
                && !is_word_char(at(j + 2))
            {
                let word_end = j - 1;
                if word_end > start {
                    push(
                        &mut tokens,
                        off(start),
                        off(word_end),
                        TokenKind::Word,
                        space_before,
                        newline_before,
                    );
                    space_before = false;
                    newline_before = false;
                }
                push(
                    &mut tokens,
                    off(word_end),
                    off(j + 2),
                    TokenKind::Word,
                    false,
                    false,
                );
                k = j + 2;
                continue;
            }
            let word = &text[off(start)..off(j)];
            // abbreviation period, or a single capital initial ("J.")
            if at(j) == '.' && !word.contains('.') {
                let initial = j - start == 1 && c.is_uppercase();
                if initial || is_abbreviation(word) {
                    j += 1;
                }
            }
            kind = if all_digits
                || word.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && word
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            push(
                &mut tokens,
                off(start),
                off(j),
                kind,
                space_before,
                newline_before,
            );
            k = j;
        } else if c == '\'' {
            // clitics: 's 're 've 'll 'd 'm after a word
            let prev_word = k > 0 && is_word_char(at(k - 1));
            let mut j = k + 1;
            while j < n && at(j).is_alphabetic() && j - k <= 2 {
                j += 1;
            }
            let rest = text[off(k + 1)..off(j)].to_ascii_lowercase();
            let clitic = matches!(rest.as_str(), "s" | "re" | "ve" | "ll" | "d" | "m")
                && !is_word_char(at(j));
            if prev_word && clitic {
                push(
                    &mut tokens,
                    off(k),
                    off(j),
                    TokenKind::Word,
                    space_before,
                    newline_before,
                );
                k = j;
            } else if at(k + 1).is_ascii_digit() && at(k + 2).is_ascii_digit() && at(k + 3) == 's' {
                // '90s
                push(
                    &mut tokens,
                    off(k),
                    off(k + 4),
                    TokenKind::Word,
                    space_before,
                    newline_before,
                );
                k += 4;
            } else {
                push(
                    &mut tokens,
                    off(k),
                    off(k + 1),
                    TokenKind::SingleQuote,
                    space_before,
                    newline_before,
                );
                k += 1;
            }
            kind = TokenKind::Word;
        } else if c == '"' {
            push(
                &mut tokens,
                off(k),
                off(k + 1),
                TokenKind::Quote,
                space_before,
                newline_before,
            );
            k += 1;
            kind = TokenKind::Quote;
        } else {
            // punctuation: runs of the same mark ("--", "...", "!!") form one token
            let mut j = k + 1;
            if matches!(c, '-' | '.' | '!' | '?' | '*' | '=') {
                while j < n && at(j) == c {
                    j += 1;
                }
            }
            push(
                &mut tokens,
                off(k),
                off(j),
                TokenKind::Punct,
                space_before,
                newline_before,
            );
            k = j;
        }
        let _ = kind;
        space_before = false;
        newline_before = false;
    }
    tokens
}

fn push(
    tokens: &mut Vec<Token>,
    start: usize,
    end: usize,
    kind: TokenKind,
    space_before: bool,
    newline_before: bool,
) {
    tokens.push(Token {
        span: Span::new(start, end),
        kind,
        space_before,
        newline_before,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_by_length_are_the_list() {
        for a in ABBREVIATIONS {
            assert!(
                is_abbreviation(a) && is_abbreviation(&a.to_uppercase()),
                "{a}"
            );
        }
        for w in [
            "", "m", "mrx", "messrsx", "approxi", "Kapt", "Mr\u{e9}", "\u{e9}t",
        ] {
            assert!(!is_abbreviation(w), "{w}");
        }
        assert!(is_abbreviation("Gen") && is_abbreviation("SEPT") && is_abbreviation("Messrs"));
    }

    #[test]
    fn ascii_path_tokenizes_like_the_general_one() {
        let texts = [
            "",
            "'",
            "a",
            "U.S. officials don't say; Putin's 19-point plan (1.5%, 2,000) -- 'tis the '90s!",
            "Mr. J. Smith met O'Brien at 3/4 e.g. a.m. in St. Louis... \"No,\" he said.\n\nWHO's",
            "rock'n'roll they'd I'm we've you'll ca n't isn't 12:30 $5 #1 x86 @user a--b ==",
            "tab\tand\rcarriage\u{0}nul can'",
        ];
        for t in texts {
            assert!(t.is_ascii());
            assert_eq!(tokenize(t), tokenize_any(t), "{t:?}");
        }
        let words: Vec<&str> = tokenize(texts[3])
            .iter()
            .map(|t| &texts[3][t.span.start..t.span.end])
            .collect();
        assert_eq!(&words[..6], ["U.S.", "officials", "do", "n't", "say", ";"]);
    }
}
