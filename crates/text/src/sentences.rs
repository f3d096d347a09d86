//! Paragraph and sentence boundaries over tokens.
//!
//! A sentence ends at `.`, `!`, `?` or `...` (with any closing quotes or brackets after it)
//! when the next token can start a sentence; abbreviations ("U.S.", "Gen.", "Dec.") end one
//! only before a word that typically starts a sentence. A paragraph ends at a blank line, or at
//! a line break after sentence-final punctuation or after a short line (a headline).

use crate::tokens::{is_abbreviation, Token, TokenKind};
use crate::{Paragraph, Sentence};
use lede_model::Span;

const STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "however",
    "in",
    "on",
    "at",
    "as",
    "after",
    "before",
    "while",
    "when",
    "his",
    "her",
    "their",
    "its",
    "our",
    "there",
    "some",
    "many",
    "officials",
    "meanwhile",
    "also",
    "both",
    "if",
    "for",
    "since",
    "although",
    "though",
    "during",
    "according",
    "yet",
    "so",
];

const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "cmdr", "sen", "rep", "gov", "pres", "amb", "rev", "hon", "st", "messrs", "gens", "brig", "no",
    "nos", "mt", "ft", "supt", "det", "insp", "cpl", "pvt", "vs",
];

fn is_terminal(text: &str, t: &Token) -> bool {
    if t.kind != TokenKind::Punct {
        return false;
    }
    // (on bytes: a token is a run of whole chars, the marks are ASCII)
    t.span.end > t.span.start
        && matches!(text.as_bytes().get(t.span.start), Some(b'.' | b'!' | b'?'))
}

fn is_closer(text: &str, t: &Token) -> bool {
    matches!(t.kind, TokenKind::Quote | TokenKind::SingleQuote)
        || matches!(&text[t.span.start..t.span.end], ")" | "]")
}

fn can_start(text: &str, t: &Token) -> bool {
    let s = &text[t.span.start..t.span.end];
    let c = s.chars().next().unwrap_or(' ');
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(t.kind, TokenKind::Quote | TokenKind::SingleQuote)
        || matches!(s, "(" | "[" | "-" | "--")
}

fn is_starter_word(text: &str, t: &Token) -> bool {
    let s = &text[t.span.start..t.span.end];
    s.chars().next().is_some_and(|c| c.is_uppercase())
        && STARTERS.contains(&s.to_ascii_lowercase().as_str())
}

/// Whether a line break between `prev` and `next` ends a paragraph.
fn paragraph_break(text: &str, prev: &Token, next: &Token, line_start: usize) -> bool {
    let gap = &text[prev.span.end..next.span.start];
    if gap.matches('\n').count() >= 2 {
        return true;
    }
    if is_terminal(text, prev)
        || is_closer(text, prev)
        || text[prev.span.start..prev.span.end].ends_with(':')
    {
        return true;
    }
    let line_len = prev.span.end.saturating_sub(line_start);
    // "... Rubio wrote later on X.\nU.N. envoy ...": a line too long to be hard-wrapped that
    // ends in a word with a full stop (an initial, an abbreviation) ends its paragraph
    if line_len > 100
        && text[prev.span.start..prev.span.end].ends_with('.')
        && can_start(text, next)
    {
        return true;
    }
    // a short line with no final punctuation followed by a capital: a headline or dateline
    // (a line ending in a function word is a hard wrap, not a headline)
    let last = text[prev.span.start..prev.span.end].to_ascii_lowercase();
    let function_word = matches!(
        last.as_str(),
        "in" | "of"
            | "the"
            | "a"
            | "an"
            | "to"
            | "and"
            | "or"
            | "with"
            | "for"
            | "on"
            | "at"
            | "by"
            | "from"
            | "that"
            | "said"
            | "as"
            | "his"
            | "her"
            | "their"
            | "its"
            | "is"
            | "was"
            | ","
    );
    line_len < 90 && !function_word && can_start(text, next)
}

pub fn split(text: &str, tokens: &[Token]) -> (Vec<Sentence>, Vec<Paragraph>) {
    let mut sentences = Vec::new();
    let mut paragraphs = Vec::new();
    if tokens.is_empty() {
        return (sentences, paragraphs);
    }
    let mut sent_start = 0usize;
    let mut para_start_sent = 0usize;
    let mut line_start = 0usize;
    let mut i = 0usize;
    let close_sentence = |sentences: &mut Vec<Sentence>, from: usize, to: usize, para: usize| {
        if to > from {
            sentences.push(Sentence {
                tokens: from..to,
                span: Span::new(tokens[from].span.start, tokens[to - 1].span.end),
                paragraph: para,
            });
        }
    };
    while i < tokens.len() {
        let t = &tokens[i];
        // paragraph break before token i
        if i > 0 && t.newline_before {
            let prev = &tokens[i - 1];
            if paragraph_break(text, prev, t, line_start) {
                close_sentence(&mut sentences, sent_start, i, paragraphs.len());
                sent_start = i;
                let span = Span::new(
                    sentences
                        .get(para_start_sent)
                        .map_or(t.span.start, |s| s.span.start),
                    prev.span.end,
                );
                if sentences.len() > para_start_sent {
                    paragraphs.push(Paragraph {
                        sentences: para_start_sent..sentences.len(),
                        span,
                    });
                }
                para_start_sent = sentences.len();
            }
            line_start = text[..t.span.start].rfind('\n').map_or(0, |p| p + 1);
        }
        // sentence end after token i (plus closers)?
        let terminal = is_terminal(text, t);
        // (a word of more than one byte whose last byte is its final '.')
        let abbrev_end = t.kind == TokenKind::Word
            && t.span.end - t.span.start > 1
            && text.as_bytes().get(t.span.end - 1) == Some(&b'.');
        if terminal || abbrev_end {
            let mut j = i + 1;
            while j < tokens.len() && is_closer(text, &tokens[j]) && !tokens[j].space_before {
                j += 1;
            }
            // a closing quote separated by a space is still a closer when the quote opened earlier;
            // handled by the quote finder, not here.
            if j < tokens.len() {
                let next = &tokens[j];
                let ok = if terminal {
                    can_start(text, next) && (next.space_before || next.newline_before || j > i + 1)
                } else {
                    let stem = text[t.span.start..t.span.end].trim_end_matches('.');
                    let title =
                        !stem.contains('.') && TITLES.contains(&stem.to_ascii_lowercase().as_str());
                    let initial = stem.chars().count() == 1;
                    let month = !stem.contains('.') && is_abbreviation(stem);
                    !title
                        && !initial
                        && (!month || is_starter_word(text, next))
                        && is_starter_word(text, next)
                };
                if ok {
                    close_sentence(&mut sentences, sent_start, j, paragraphs.len());
                    sent_start = j;
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }
    close_sentence(&mut sentences, sent_start, tokens.len(), paragraphs.len());
    if sentences.len() > para_start_sent {
        let span = Span::new(
            sentences[para_start_sent].span.start,
            tokens[tokens.len() - 1].span.end,
        );
        paragraphs.push(Paragraph {
            sentences: para_start_sent..sentences.len(),
            span,
        });
    }
    (sentences, paragraphs)
}
