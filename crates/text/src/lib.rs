//! Text: normalization with a map back to the raw bytes, paragraphs, sentences and tokens.
//!
//! Entry point: [`Document::new`]. Every span a `Document` hands out can be turned into a
//! span of the raw input with [`Document::raw_span`]; offsets into the raw text are sacred and
//! nothing downstream rewrites them.
//! Architecture invariant: knows nothing of tagging, dictionaries, events or output formats;
//! depends on `lede-model` only (for `Span`).

mod normalize;
mod sentences;
mod tokens;

pub use normalize::{normalize, Normalized};
pub use tokens::{Token, TokenKind};

use lede_model::Span;
use std::ops::Range;

/// A sentence: a range of tokens and its span in the normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub tokens: Range<usize>,
    /// Span in the normalized text.
    pub span: Span,
    pub paragraph: usize,
}

/// A paragraph: a range of sentences and its span in the normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub sentences: Range<usize>,
    pub span: Span,
}

/// A raw article, normalized, tokenized and split into paragraphs and sentences.
#[derive(Debug, Clone)]
pub struct Document {
    pub raw: String,
    pub norm: Normalized,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Paragraph>,
    /// Every token's lower-case form (`str::to_lowercase` of the token alone), computed once:
    /// at the tokens' own spans when the normalized text is ASCII (`lower_spans` empty),
    /// else one after the other at `lower_spans`.
    lower: String,
    lower_spans: Vec<Span>,
}

impl Document {
    pub fn new(raw: String) -> Document {
        let norm = normalize(&raw);
        let tokens = tokens::tokenize(&norm.text);
        let (sentences, paragraphs) = sentences::split(&norm.text, &tokens);
        let (lower, lower_spans) = lower_forms(&norm.text, &tokens);
        Document {
            raw,
            norm,
            tokens,
            sentences,
            paragraphs,
            lower,
            lower_spans,
        }
    }

    /// The normalized text.
    pub fn text(&self) -> &str {
        &self.norm.text
    }

    /// The normalized form of token `i`.
    pub fn token_text(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.norm.text[t.span.start..t.span.end]
    }

    /// The lower-case form of token `i` (`str::to_lowercase` of [`Document::token_text`];
    /// empty past the last token).
    pub fn token_lower(&self, i: usize) -> &str {
        let span = if self.lower_spans.is_empty() {
            self.tokens.get(i).map(|t| t.span)
        } else {
            self.lower_spans.get(i).copied()
        };
        span.and_then(|s| self.lower.get(s.start..s.end))
            .unwrap_or("")
    }

    /// The raw-text span of a normalized-text span.
    pub fn raw_span(&self, span: Span) -> Span {
        self.norm.raw_span(span)
    }

    /// The raw-text span covering tokens `range` (empty range: empty span at the next token).
    pub fn raw_span_of_tokens(&self, range: Range<usize>) -> Span {
        self.raw_span(self.norm_span_of_tokens(range))
    }

    pub fn norm_span_of_tokens(&self, range: Range<usize>) -> Span {
        if range.is_empty() {
            let at = self
                .tokens
                .get(range.start)
                .map_or(self.norm.text.len(), |t| t.span.start);
            return Span::new(at, at);
        }
        Span::new(
            self.tokens[range.start].span.start,
            self.tokens[range.end - 1].span.end,
        )
    }

    /// Raw text of a raw span.
    pub fn raw_text(&self, span: Span) -> &str {
        &self.raw[span.start..span.end]
    }

    /// The index of the sentence containing token `i`.
    pub fn sentence_of_token(&self, i: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.tokens.end <= i);
        (k < self.sentences.len() && self.sentences[k].tokens.contains(&i)).then_some(k)
    }

    /// The index of the token starting at or containing normalized offset `at`.
    pub fn token_at(&self, at: usize) -> Option<usize> {
        let k = self.tokens.partition_point(|t| t.span.end <= at);
        (k < self.tokens.len() && self.tokens[k].span.start <= at).then_some(k)
    }
}

/// Every token's lower-case form and where it is (see [`Document::token_lower`]).
fn lower_forms(text: &str, tokens: &[Token]) -> (String, Vec<Span>) {
    if text.is_ascii() {
        // one byte a char, lowered in place: each token's form is at its own span
        return (text.to_ascii_lowercase(), Vec::new());
    }
    let mut lower = String::with_capacity(text.len());
    let spans = tokens
        .iter()
        .map(|t| {
            let w = text.get(t.span.start..t.span.end).unwrap_or("");
            let start = lower.len();
            if w.is_ascii() {
                lower.push_str(w);
                lower[start..].make_ascii_lowercase();
            } else {
                lower.push_str(&w.to_lowercase());
            }
            Span::new(start, lower.len())
        })
        .collect();
    (lower, spans)
}

#[cfg(test)]
mod tests;
