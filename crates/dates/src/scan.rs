//! Byte-level tokeniser: one pass over the text producing words, numbers and
//! punctuation with byte spans. Only ASCII bytes are ever split on, so every
//! span lies on a char boundary.

/// Shape of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// ASCII letters.
    Word,
    /// Plain digits (value in `num`, digit count in `nd`).
    Num,
    /// Digits with an ordinal suffix: 2nd, 11th.
    Ord,
    /// Digits that are part of something larger: 1.5, 2,000, 1990s, 5km.
    NumX,
    /// One ASCII punctuation byte (curly apostrophes map to `'`, en dashes to `-`).
    Punct(u8),
    /// Any other non-space character (em dash, symbols, letters of other scripts).
    Other,
}

/// Time unit named by a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// What a word means to the date rules (most words: `None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    None,
    /// Month number 1-12, abbreviated form.
    Month(u32, bool),
    /// 0 = Monday.
    Weekday(u32),
    Today,
    Tonight,
    Yesterday,
    Tomorrow,
    This,
    Last,
    Next,
    Past,
    Earlier,
    Later,
    /// morning, afternoon, evening
    TimeOfDay,
    Night,
    /// Unit and whether plural.
    Unit(Unit, bool),
    Ago,
    The,
    Of,
    /// Prepositions that put a following year or month in date context.
    Ctx,
    From,
    To,
    And,
    Between,
    /// early, late, mid
    Modifier,
    /// spring, summer, autumn, fall, winter
    Season,
    /// will, shall, 'll
    Will,
    /// scheduled, slated, upcoming, expected, planned
    Future,
    /// set, going, plan(s), planning (future only before "to"/"for")
    FutureLead,
    /// a/an/one .. twelve
    NumWord(u32),
    Before,
    After,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: Kind,
    pub lex: Lex,
    pub num: u32,
    pub nd: u8,
    /// Word whose first letter is upper case.
    pub cap: bool,
    /// A line break separates this token from the previous one.
    pub nl: bool,
}

fn classify(w: &[u8]) -> Lex {
    if w.len() > 11 {
        return Lex::None;
    }
    let mut buf = [0u8; 11];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    use Lex::*;
    match &buf[..w.len()] {
        b"january" => Month(1, false),
        b"jan" => Month(1, true),
        b"february" => Month(2, false),
        b"feb" => Month(2, true),
        b"march" => Month(3, false),
        b"mar" => Month(3, true),
        b"april" => Month(4, false),
        b"apr" => Month(4, true),
        b"may" => Month(5, false),
        b"june" => Month(6, false),
        b"jun" => Month(6, true),
        b"july" => Month(7, false),
        b"jul" => Month(7, true),
        b"august" => Month(8, false),
        b"aug" => Month(8, true),
        b"september" => Month(9, false),
        b"sep" | b"sept" => Month(9, true),
        b"october" => Month(10, false),
        b"oct" => Month(10, true),
        b"november" => Month(11, false),
        b"nov" => Month(11, true),
        b"december" => Month(12, false),
        b"dec" => Month(12, true),
        b"monday" => Weekday(0),
        b"tuesday" => Weekday(1),
        b"wednesday" => Weekday(2),
        b"thursday" => Weekday(3),
        b"friday" => Weekday(4),
        b"saturday" => Weekday(5),
        b"sunday" => Weekday(6),
        b"today" => Today,
        b"tonight" => Tonight,
        b"yesterday" => Yesterday,
        b"tomorrow" => Tomorrow,
        b"this" => This,
        b"last" => Last,
        b"next" => Next,
        b"past" => Past,
        b"earlier" => Earlier,
        b"later" => Later,
        b"morning" | b"afternoon" | b"evening" => TimeOfDay,
        b"night" => Night,
        b"day" => Unit(self::Unit::Day, false),
        b"days" => Unit(self::Unit::Day, true),
        b"week" => Unit(self::Unit::Week, false),
        b"weeks" => Unit(self::Unit::Week, true),
        b"month" => Unit(self::Unit::Month, false),
        b"months" => Unit(self::Unit::Month, true),
        b"year" => Unit(self::Unit::Year, false),
        b"years" => Unit(self::Unit::Year, true),
        b"ago" => Ago,
        b"the" => The,
        b"of" => Of,
        b"in" | b"since" | b"by" | b"until" | b"till" | b"through" | b"during" | b"around"
        | b"throughout" | b"circa" => Ctx,
        b"before" => Before,
        b"after" => After,
        b"from" => From,
        b"to" => To,
        b"and" => And,
        b"between" => Between,
        b"early" | b"late" | b"mid" => Modifier,
        b"spring" | b"summer" | b"autumn" | b"fall" | b"winter" => Season,
        b"will" | b"shall" | b"ll" => Will,
        b"scheduled" | b"slated" | b"upcoming" | b"expected" | b"planned" => Future,
        b"set" | b"going" | b"plans" | b"plan" | b"planning" => FutureLead,
        b"a" | b"an" | b"one" => NumWord(1),
        b"two" => NumWord(2),
        b"three" => NumWord(3),
        b"four" => NumWord(4),
        b"five" => NumWord(5),
        b"six" => NumWord(6),
        b"seven" => NumWord(7),
        b"eight" => NumWord(8),
        b"nine" => NumWord(9),
        b"ten" => NumWord(10),
        b"eleven" => NumWord(11),
        b"twelve" => NumWord(12),
        _ => None,
    }
}

fn is_ord_suffix(s: &[u8]) -> bool {
    s.len() == 2
        && matches!(
            [s[0].to_ascii_lowercase(), s[1].to_ascii_lowercase()],
            [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
        )
}

/// False when `text` has no ASCII digit and no word that every date expression needs one of
/// (a month, a weekday, "today", "tonight", "yesterday", "tomorrow", a time unit, a time of
/// day, "night"): then no rule can match, and the text need not be tokenised. Words are the
/// runs of ASCII letters [`tokenize`] makes.
pub(crate) fn may_hold_date(text: &str) -> bool {
    let b = text.as_bytes();
    // (16 bytes at a time: a few vector instructions a block)
    let blocks = b.chunks_exact(16);
    let rest = blocks.remainder();
    if blocks
        .map(|c| c.iter().fold(false, |any, x| any | x.is_ascii_digit()))
        .chain([rest.iter().any(u8::is_ascii_digit)])
        .any(|digit| digit)
    {
        return true;
    }
    // the runs of ASCII letters, each tested against the table of the needed words' (first
    // letter, length, last letter) before it is classified
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        let w = &b[start..i];
        if may_be_needed(w) && is_needed(classify(w)) {
            return true;
        }
    }
    false
}

/// The words one of which every date expression without a digit holds (what [`is_needed`]
/// accepts of [`classify`]): months, weekdays, relative days, time units, times of day.
const NEEDED: &[&[u8]] = &[
    b"january",
    b"jan",
    b"february",
    b"feb",
    b"march",
    b"mar",
    b"april",
    b"apr",
    b"may",
    b"june",
    b"jun",
    b"july",
    b"jul",
    b"august",
    b"aug",
    b"september",
    b"sep",
    b"sept",
    b"october",
    b"oct",
    b"november",
    b"nov",
    b"december",
    b"dec",
    b"monday",
    b"tuesday",
    b"wednesday",
    b"thursday",
    b"friday",
    b"saturday",
    b"sunday",
    b"today",
    b"tonight",
    b"yesterday",
    b"tomorrow",
    b"morning",
    b"afternoon",
    b"evening",
    b"night",
    b"day",
    b"days",
    b"week",
    b"weeks",
    b"month",
    b"months",
    b"year",
    b"years",
];

/// Shortest and longest of [`NEEDED`].
const NEEDED_LEN: (usize, usize) = (3, 9);

/// Per (first letter, length - 3): a bit per last letter of the [`NEEDED`] words of that
/// first letter and length.
static NEEDED_ENDS: [u32; 26 * 7] = {
    let mut t = [0u32; 26 * 7];
    let mut k = 0;
    while k < NEEDED.len() {
        let w = NEEDED[k];
        let first = (w[0] - b'a') as usize;
        let last = w[w.len() - 1] - b'a';
        t[first * 7 + w.len() - NEEDED_LEN.0] |= 1 << last;
        k += 1;
    }
    t
};

/// Whether the ASCII letters `w` may be one of [`NEEDED`] (any case): false rules it out.
#[inline]
fn may_be_needed(w: &[u8]) -> bool {
    let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
        return false;
    };
    if !(NEEDED_LEN.0..=NEEDED_LEN.1).contains(&w.len()) {
        return false;
    }
    let first = first.to_ascii_lowercase().wrapping_sub(b'a') as usize;
    let last = last.to_ascii_lowercase().wrapping_sub(b'a') as u32;
    last < 26
        && NEEDED_ENDS
            .get(first * 7 + w.len() - NEEDED_LEN.0)
            .is_some_and(|m| m & (1 << last) != 0)
}

/// The kinds of word [`may_hold_date`] looks for.
fn is_needed(lex: Lex) -> bool {
    matches!(
        lex,
        Lex::Month(..)
            | Lex::Weekday(_)
            | Lex::Today
            | Lex::Tonight
            | Lex::Yesterday
            | Lex::Tomorrow
            | Lex::Unit(..)
            | Lex::TimeOfDay
            | Lex::Night
    )
}

/// Tokenise `text` into `out` (cleared first).
pub(crate) fn tokenize(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut nl = false;
    while i < n {
        let c = b[i];
        let s = i;
        let (kind, lex, num, nd, cap);
        if c == b' ' || c == b'\t' || c == b'\r' {
            i += 1;
            continue;
        } else if c == b'\n' {
            nl = true;
            i += 1;
            continue;
        } else if c.is_ascii_alphabetic() {
            while i < n && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            kind = Kind::Word;
            lex = classify(&b[s..i]);
            num = 0;
            nd = 0;
            cap = c.is_ascii_uppercase();
        } else if c.is_ascii_digit() {
            let mut v: u32 = 0;
            while i < n && b[i].is_ascii_digit() {
                v = v.saturating_mul(10).saturating_add(u32::from(b[i] - b'0'));
                i += 1;
            }
            nd = (i - s).min(255) as u8;
            let mut k = Kind::Num;
            while i + 1 < n && (b[i] == b',' || b[i] == b'.') && b[i + 1].is_ascii_digit() {
                k = Kind::NumX;
                i += 1;
                while i < n && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
            if i < n && b[i].is_ascii_alphabetic() {
                let ls = i;
                while i < n && b[i].is_ascii_alphabetic() {
                    i += 1;
                }
                k = if k == Kind::Num && is_ord_suffix(&b[ls..i]) {
                    Kind::Ord
                } else {
                    Kind::NumX
                };
            }
            kind = k;
            lex = Lex::None;
            num = v;
            cap = false;
        } else if c < 0x80 {
            i += 1;
            kind = Kind::Punct(c);
            lex = Lex::None;
            num = 0;
            nd = 0;
            cap = false;
        } else {
            // `i` is always on a char boundary: we only advance over ASCII bytes
            // or whole chars.
            let ch = text[i..].chars().next().unwrap_or('\u{FFFD}');
            i += ch.len_utf8().max(1);
            match ch {
                '\u{00A0}' | '\u{2000}'..='\u{200B}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
                    continue
                }
                '\u{2028}' | '\u{2029}' | '\u{0085}' => {
                    nl = true;
                    continue;
                }
                _ => {}
            }
            kind = match ch {
                '\u{2018}' | '\u{2019}' => Kind::Punct(b'\''),
                '\u{2010}'..='\u{2013}' => Kind::Punct(b'-'),
                _ => Kind::Other,
            };
            lex = Lex::None;
            num = 0;
            nd = 0;
            cap = false;
        }
        out.push(Tok {
            s,
            e: i,
            kind,
            lex,
            num,
            nd,
            cap,
            nl,
        });
        nl = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needed_words_pass_their_filter() {
        // every word `classify` knows: those `may_hold_date` needs are the table's, in any case
        let known: &[&[u8]] = &[
            b"january",
            b"jan",
            b"february",
            b"feb",
            b"march",
            b"mar",
            b"april",
            b"apr",
            b"may",
            b"june",
            b"jun",
            b"july",
            b"jul",
            b"august",
            b"aug",
            b"september",
            b"sep",
            b"sept",
            b"october",
            b"oct",
            b"november",
            b"nov",
            b"december",
            b"dec",
            b"monday",
            b"tuesday",
            b"wednesday",
            b"thursday",
            b"friday",
            b"saturday",
            b"sunday",
            b"today",
            b"tonight",
            b"yesterday",
            b"tomorrow",
            b"this",
            b"last",
            b"next",
            b"past",
            b"earlier",
            b"later",
            b"morning",
            b"afternoon",
            b"evening",
            b"night",
            b"day",
            b"days",
            b"week",
            b"weeks",
            b"month",
            b"months",
            b"year",
            b"years",
            b"ago",
            b"the",
            b"of",
            b"in",
            b"since",
            b"by",
            b"until",
            b"till",
            b"through",
            b"during",
            b"around",
            b"throughout",
            b"circa",
            b"before",
            b"after",
            b"from",
            b"to",
            b"and",
            b"between",
            b"early",
            b"late",
            b"mid",
            b"spring",
            b"summer",
            b"autumn",
            b"fall",
            b"winter",
            b"will",
            b"shall",
            b"ll",
            b"scheduled",
            b"slated",
            b"upcoming",
            b"expected",
            b"planned",
            b"set",
            b"going",
            b"plans",
            b"plan",
            b"planning",
            b"a",
            b"an",
            b"one",
            b"two",
            b"three",
            b"four",
            b"five",
            b"six",
            b"seven",
            b"eight",
            b"nine",
            b"ten",
            b"eleven",
            b"twelve",
        ];
        for w in known {
            let needed = is_needed(classify(w));
            assert_eq!(needed, NEEDED.contains(w), "{}", String::from_utf8_lossy(w));
            if needed {
                assert!(may_be_needed(w) && may_be_needed(&w.to_ascii_uppercase()));
            }
        }
        for w in NEEDED {
            assert!(is_needed(classify(w)), "{}", String::from_utf8_lossy(w));
            assert!((NEEDED_LEN.0..=NEEDED_LEN.1).contains(&w.len()));
        }
        assert!(!may_be_needed(b"") && !may_be_needed(b"xyz") && !may_be_needed(b"mayor"));
        assert!(may_hold_date("talks on Monday") && may_hold_date("LAST WEEK"));
        assert!(!may_hold_date("talks with the mayor of Paris"));
    }
}
