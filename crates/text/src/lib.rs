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
}

impl Document {
    pub fn new(raw: String) -> Document {
        let norm = normalize(&raw);
        let tokens = tokens::tokenize(&norm.text);
        let (sentences, paragraphs) = sentences::split(&norm.text, &tokens);
        Document {
            raw,
            norm,
            tokens,
            sentences,
            paragraphs,
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

#[cfg(test)]
mod tests;
