//! Lede's domain vocabulary: byte spans, diagnostics, and the article object of
//! `CONTRACT.md` (actors, events, quotes, places, dates).
//!
//! Entry points: [`Span`], [`Diagnostic`], [`ArticleResult`].
//! Architecture invariant: no I/O, no text processing, no dependency other than `serde`.
//! The output types derive `Serialize` because their JSON shape *is* the contract;
//! field names here must not change without keeping the old form working.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the raw article text as Lede read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// A non-fatal problem found while reading or analysing an input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

impl Diagnostic {
    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            message: message.into(),
            start: None,
            end: None,
        }
    }
    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            start: None,
            end: None,
        }
    }
    pub fn at(mut self, span: Span) -> Diagnostic {
        self.start = Some(span.start);
        self.end = Some(span.end);
        self
    }
}

/// One occurrence of something in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl Mention {
    pub fn from_span(raw: &str, span: Span) -> Mention {
        Mention {
            text: raw[span.start..span.end].to_string(),
            start: span.start,
            end: span.end,
        }
    }
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// What kind of thing an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organisation,
    Country,
    Group,
}

/// One real-world actor of an article, with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actor {
    /// Canonical name when known ("Vladimir Putin"), else null.
    pub name: Option<String>,
    /// CAMEO/PETRARCH actor code valid on the article date ("RUSGOV").
    pub code: Option<String>,
    /// ISO 3166-1 alpha-3 country, where one applies.
    pub country: Option<String>,
    pub kind: ActorKind,
    pub mentions: Vec<Mention>,
    /// The dictionary entry or rule that identified the actor.
    pub rule: String,
}

/// An actor as it takes part in an event or speaks a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorRef {
    pub code: Option<String>,
    pub name: Option<String>,
    /// The words of this mention.
    pub text: String,
}

/// PLOVER/ICEWS-style modality of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    Asserted,
    Negated,
    Future,
    Hypothetical,
    Historical,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlaceRef {
    pub name: String,
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// CAMEO code as a string ("042").
    pub code: String,
    /// The first two digits of `code`.
    pub root: String,
    /// PLOVER category, or null where none fits.
    pub plover: Option<String>,
    pub source: Option<ActorRef>,
    pub target: Option<ActorRef>,
    /// ISO date the text supports, else the article date.
    pub date: Option<String>,
    pub place: Option<PlaceRef>,
    pub modality: Modality,
    /// The sentence, exactly as in the raw text, and its span.
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    /// Span of the words that triggered the event (verb or event noun).
    pub trigger: Mention,
    /// The dictionary pattern or rule that produced it.
    pub rule: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    pub name: Option<String>,
    pub code: Option<String>,
    /// The words that named the speaker at this quote ("he", "the minister").
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The words inside the quotation marks, without the marks.
    pub text: String,
    pub speaker: Option<Speaker>,
    pub kind: QuoteKind,
    /// The speech verb ("said", "stating"), where there is one.
    pub verb: Option<String>,
    pub start: usize,
    pub end: usize,
    pub rule: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    Country,
    Region,
    City,
    Venue,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// First-level administrative region, where known.
    pub region: Option<String>,
    pub kind: PlaceKind,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateMention {
    pub text: String,
    /// ISO `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the text gives no day.
    pub value: String,
    /// End of a range ("from 2 to 5 December"), where the text gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_value: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// The article object printed by `lede code`, one per input article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleResult {
    pub id: String,
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The text the offsets index, present when it is not the input as given (HTML).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub actors: Vec<Actor>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    pub places: Vec<Place>,
    pub dates: Vec<DateMention>,
    pub diagnostics: Vec<Diagnostic>,
}
