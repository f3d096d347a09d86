//! What an article is about, as weighted features: salient words (title words count more),
//! actors, places and event dyads; and the numbers it attaches to nouns.

/// English function words and the vocabulary every news report or official statement uses,
/// which says nothing about which story it tells.
const STOPWORDS: &[&str] = &[
    "about",
    "above",
    "according",
    "across",
    "after",
    "again",
    "against",
    "all",
    "also",
    "although",
    "among",
    "and",
    "announced",
    "another",
    "any",
    "are",
    "around",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "can",
    "could",
    "day",
    "days",
    "did",
    "does",
    "done",
    "during",
    "each",
    "early",
    "either",
    "even",
    "every",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "including",
    "into",
    "its",
    "itself",
    "just",
    "last",
    "late",
    "later",
    "latest",
    "less",
    "like",
    "made",
    "make",
    "many",
    "may",
    "more",
    "most",
    "much",
    "must",
    "new",
    "news",
    "next",
    "nor",
    "not",
    "now",
    "off",
    "official",
    "officials",
    "once",
    "one",
    "only",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "president",
    "press",
    "reported",
    "reports",
    "said",
    "same",
    "say",
    "says",
    "should",
    "since",
    "some",
    "spokesperson",
    "statement",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "today",
    "told",
    "tomorrow",
    "too",
    "two",
    "under",
    "until",
    "upon",
    "very",
    "was",
    "way",
    "week",
    "well",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "year",
    "years",
    "yesterday",
    "yet",
    "you",
    "your",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "mr",
    "mrs",
    "ms",
    "per",
    "via",
    "let",
    "our",
    "ourselves",
    "we",
    "she",
    "he",
    "it",
    "is",
    "be",
    "an",
    "as",
    "at",
    "by",
    "if",
    "in",
    "of",
    "on",
    "or",
    "so",
    "to",
    "up",
    "us",
    "do",
    "my",
    "me",
    "am",
    "no",
    "any",
    "three",
    "four",
    "five",
    "first",
    "second",
    "third",
    "time",
    "times",
    "part",
    "take",
    "taken",
    "took",
    "give",
    "given",
    "gave",
    "know",
    "going",
    "want",
    "need",
    "come",
    "came",
    "get",
    "got",
    "see",
    "seen",
    "use",
    "used",
    "continue",
    "continued",
    "continues",
    "ensure",
    "support",
    "people",
    "world",
    "country",
    "countries",
    "government",
    "state",
    "states",
    "united",
    "nation",
    "nations",
    "national",
    "americans",
    "american",
    "america",
    "administration",
    "white",
    "house",
    "secretary",
    "minister",
    "leader",
    "leaders",
    "work",
    "working",
    "important",
    "remain",
    "remains",
];

pub(crate) fn is_stopword(w: &str) -> bool {
    // A set built once: a linear scan of the list was a tenth of the clustering time.
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
        .contains(w)
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// A light suffix-stripping stem, enough to join plurals, simple inflections and most
/// demonyms with their country (ukrainian, ukraine -> ukrain; israeli -> israel).
pub(crate) fn stem(w: &str) -> String {
    let s = plural_stem(w);
    let n = s.len();
    if n > 5 && s.ends_with("ian") {
        return s[..n - 3].to_string();
    }
    if n > 6 && s.ends_with("ese") {
        return s[..n - 3].to_string();
    }
    if n > 4 && s.ends_with("ia") {
        return s[..n - 2].to_string();
    }
    if n > 4 && (s.ends_with('e') || s.ends_with('i')) && !s.ends_with("ee") {
        return s[..n - 1].to_string();
    }
    s
}

/// Plurals and possessives only (readable: "civilians" -> "civilian").
pub(crate) fn plural_stem(w: &str) -> String {
    let w = w.strip_suffix("'s").unwrap_or(w);
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..n - 3]);
    }
    if n > 5 && (w.ends_with("sses") || w.ends_with("shes") || w.ends_with("ches")) {
        return w[..n - 2].to_string();
    }
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..n - 1].to_string();
    }
    w.to_string()
}

/// Lowercase alphanumeric words of `text` (hyphenated words split), in order.
pub(crate) fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
}

/// The salient word stems of a text: no stopwords, no numbers, at least 3 letters.
pub(crate) fn salient_words(text: &str) -> impl Iterator<Item = String> + '_ {
    words(text)
        .filter(|w| w.chars().count() >= 3 && !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !is_stopword(w))
        .map(|w| stem(&w))
        .filter(|w| !is_stopword(w))
}

/// A number attached to a noun ("19-point plan", "12 civilians"), with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NumberFact {
    /// The stemmed noun (with the unit of a compound: "point plan").
    pub key: String,
    /// The number as written, normalised ("19", "1200").
    pub value: String,
    /// The words around it, as written.
    pub context: String,
}

const NUMBER_WORDS: &[(&str, &str)] = &[
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("dozens", "dozens"),
    ("hundreds", "hundreds"),
    ("thousands", "thousands"),
];

/// Words after a number that are not what it counts (function words, durations, units of time).
const NOT_COUNTED: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "by", "for", "from", "in", "into", "is", "more", "of",
    "on", "or", "than", "that", "the", "to", "was", "were", "which", "who", "with", "times",
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
    "minutes", "percent", "per", "million", "billion", "thousand",
];

fn number_value(tok: &str) -> Option<String> {
    let lower = tok.to_lowercase();
    if let Some((_, v)) = NUMBER_WORDS.iter().find(|(w, _)| *w == lower) {
        return Some(v.to_string());
    }
    let digits: String = tok.chars().filter(|c| *c != ',').collect();
    if digits.is_empty()
        || !digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        || !digits.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    Some(digits.trim_end_matches('.').to_string())
}

/// Numbers attached to nouns in `text`. Dates, years, times and percentages are left out.
pub(crate) fn numbers(text: &str) -> Vec<NumberFact> {
    let toks: Vec<&str> = text.split_whitespace().collect();
    let clean = |t: &str| -> String {
        t.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let mut out = Vec::new();
    for (i, raw) in toks.iter().enumerate() {
        let tok = raw.trim_matches(|c: char| !(c.is_alphanumeric() || c == '-' || c == ','));
        let tok = tok.trim_end_matches(',');
        let (num, unit) = match tok.split_once('-') {
            Some((n, u)) if !u.is_empty() && u.chars().all(|c| c.is_alphabetic()) => {
                (n, Some(u.to_lowercase()))
            }
            _ => (tok, None),
        };
        let Some(value) = number_value(num) else {
            continue;
        };
        // A sentence or clause ends at the number: nothing is attached to it.
        if raw.ends_with(['.', ',', ';', ':', ')']) && unit.is_none() {
            continue;
        }
        let prev = if i > 0 {
            clean(toks[i - 1])
        } else {
            String::new()
        };
        let next = toks.get(i + 1).map(|t| clean(t)).unwrap_or_default();
        if MONTHS.contains(&prev.as_str()) || MONTHS.contains(&next.as_str()) {
            continue;
        }
        if unit.is_none()
            && num.len() == 4
            && (1800..=2100).contains(&value.parse::<i32>().unwrap_or(0))
        {
            continue;
        }
        if ["percent", "per", "am", "pm", "a.m", "p.m", "o'clock"].contains(&next.as_str())
            || raw.contains('%')
            || raw.contains(':')
        {
            continue;
        }
        let noun = if next.is_empty()
            || NOT_COUNTED.contains(&next.as_str())
            || next.chars().any(|c| c.is_ascii_digit())
        {
            None
        } else {
            Some(plural_stem(&next))
        };
        let key = match (unit, noun) {
            (Some(u), Some(n)) => format!("{u} {n}"),
            (Some(u), None) => u,
            (None, Some(n)) => n,
            (None, None) => continue,
        };
        let lo = i.saturating_sub(3);
        let hi = (i + 4).min(toks.len());
        out.push(NumberFact {
            key,
            value,
            context: toks[lo..hi].join(" "),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_plurals() {
        assert_eq!(stem("sanctions"), "sanction");
        assert_eq!(stem("casualties"), "casualty");
        assert_eq!(stem("talks"), "talk");
        assert_eq!(stem("crisis"), "crisis");
        assert_eq!(stem("ukraine's"), "ukrain");
        assert_eq!(stem("ukrainians"), "ukrain");
        assert_eq!(stem("israeli"), "israel");
        assert_eq!(stem("syria"), stem("syrian"));
    }

    #[test]
    fn salient_words_drop_function_words() {
        let w: Vec<String> =
            salient_words("The President said the ceasefire talks in Geneva were productive")
                .collect();
        assert_eq!(w, ["ceasefir", "talk", "geneva", "productiv"]);
    }

    #[test]
    fn numbers_attached_to_nouns() {
        let f = numbers("Officials presented a 28-point plan on March 3, 2025; at least 12 civilians were killed at 10:30 and prices rose 5 percent.");
        let got: Vec<(&str, &str)> = f
            .iter()
            .map(|f| (f.key.as_str(), f.value.as_str()))
            .collect();
        assert_eq!(got, [("point plan", "28"), ("civilian", "12")]);
        let f = numbers("The toll rose to 1,200 people, and three soldiers died.");
        let got: Vec<(&str, &str)> = f
            .iter()
            .map(|f| (f.key.as_str(), f.value.as_str()))
            .collect();
        assert_eq!(got, [("people", "1200"), ("soldier", "3")]);
    }
}
