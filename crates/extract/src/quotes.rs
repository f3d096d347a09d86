//! Quotations and their speakers.
//!
//! Quotation marks are paired per paragraph: a quotation left open at a paragraph break ends
//! there unless the next paragraph reopens it (the newsroom convention for multi-paragraph
//! quotes), so a stray mark never swallows the rest of the article. Speakers come from the
//! speech verb that governs the quote (before it: `X said, "..."`, `X noted that ... "..."`;
//! after it: `"...," he said`, `"...," said X`), from `according to X`, or from a colon
//! introduction (`X: "..."`); pronouns resolve through the article's actors. Where the text
//! does not tell, the speaker is null.

use crate::actors::ArticleActors;
use crate::sentence::{DocAnalysis, SentenceAnalysis};
use lede_model::{Quote, QuoteKind, Span, Speaker};
use lede_syntax::is_speech_verb_form;
use lede_text::{Document, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    Either,
}

fn direction(doc: &Document, tok: usize) -> Dir {
    let t = &doc.tokens[tok];
    let raw = doc.raw_span(t.span);
    match doc.raw_text(raw) {
        "\u{201C}" | "\u{00AB}" | "\u{201E}" | "``" => Dir::Open,
        "\u{201D}" | "\u{00BB}" | "''" => Dir::Close,
        _ => {
            // a straight quote: glued to the next word opens, glued to the previous closes
            let next_glued = doc.tokens.get(tok + 1).is_some_and(|n| !n.space_before);
            let prev_glued = !t.space_before && tok > 0;
            match (prev_glued, next_glued) {
                (false, true) => Dir::Open,
                (true, false) => Dir::Close,
                _ => Dir::Either,
            }
        }
    }
}

fn paragraph_of_token(doc: &Document, tok: usize) -> usize {
    doc.sentence_of_token(tok)
        .map_or(0, |s| doc.sentences[s].paragraph)
}

fn paragraph_end_token(doc: &Document, para: usize) -> usize {
    doc.paragraphs
        .get(para)
        .and_then(|p| doc.sentences.get(p.sentences.end.saturating_sub(1)))
        .map_or(doc.tokens.len(), |s| s.tokens.end)
}

/// Quotation segments as (open mark token, end token exclusive, has a closing mark).
pub fn segments(doc: &Document) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Quote {
            continue;
        }
        let dir = direction(doc, i);
        match open {
            None => {
                if dir != Dir::Close {
                    open = Some(i);
                }
            }
            Some(o) => {
                let po = paragraph_of_token(doc, o);
                let pi = paragraph_of_token(doc, i);
                if pi != po {
                    // the quotation ran to the end of its paragraph
                    out.push((o, paragraph_end_token(doc, po), false));
                    open = (dir != Dir::Close).then_some(i);
                } else if dir == Dir::Open && doc.tokens[o].span.end != t.span.start {
                    // a new opening mark while one is open: the earlier one was stray
                    open = Some(i);
                } else {
                    out.push((o, i, true));
                    open = None;
                }
            }
        }
    }
    if let Some(o) = open {
        out.push((
            o,
            paragraph_end_token(doc, paragraph_of_token(doc, o)),
            false,
        ));
    }
    out
}

/// Pairs of (open, close) token indices for marking quoted words.
pub fn pairs(doc: &Document) -> Vec<(usize, usize)> {
    segments(doc).into_iter().map(|(o, c, _)| (o, c)).collect()
}

fn speaker_from_np(
    doc: &Document,
    sa: &SentenceAnalysis,
    actors: &ArticleActors,
    np: usize,
) -> Option<Speaker> {
    let r = actors.reading(sa.index, np)?;
    let n = &sa.syntax.nps[np];
    let span = doc.raw_span_of_tokens(sa.first + n.words.start..sa.first + n.words.end);
    let (name, code) = match r.actor {
        Some(a) => (
            actors.list[a].name.clone(),
            r.code.clone().or_else(|| actors.list[a].code.clone()),
        ),
        None if r.code.is_some() => (None, r.code.clone()),
        None => return None,
    };
    Some(Speaker {
        name,
        code,
        text: doc.raw_text(span).to_string(),
        start: span.start,
        end: span.end,
    })
}

/// The speaker of a speech verb group: its subject, or the NP right after it ("said X").
fn speaker_of_vg(
    doc: &Document,
    sa: &SentenceAnalysis,
    actors: &ArticleActors,
    v: usize,
) -> Option<Speaker> {
    let c = &sa.syntax.clauses[v];
    if let Some(&np) = c.subject.first() {
        if let Some(s) = speaker_from_np(doc, sa, actors, np) {
            return Some(s);
        }
    }
    let head = sa.syntax.vgs[v].head;
    let next = sa.syntax.np_of_word(head + 1)?;
    speaker_from_np(doc, sa, actors, next)
}

/// Direct and partial quotations, then indirect speech, in text order.
pub fn find(doc: &Document, analysis: &DocAnalysis, actors: &ArticleActors) -> Vec<Quote> {
    let mut quotes = direct(doc, analysis, actors);
    let indirect = indirect(doc, analysis, actors);
    quotes.extend(indirect);
    quotes.sort_by_key(|q| (q.start, q.end));
    quotes
}

/// Verbs whose clausal complement is reported speech.
fn reports_speech(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "saying"
            | "told"
            | "tells"
            | "stated"
            | "states"
            | "added"
            | "adds"
            | "warned"
            | "warns"
            | "insisted"
            | "insists"
            | "denied"
            | "denies"
            | "claimed"
            | "claims"
            | "argued"
            | "argues"
            | "noted"
            | "notes"
            | "stressed"
            | "stresses"
            | "emphasized"
            | "emphasised"
            | "announced"
            | "announces"
            | "declared"
            | "confirmed"
            | "confirms"
            | "explained"
            | "acknowledged"
            | "admitted"
            | "asserted"
            | "alleged"
            | "maintained"
            | "reiterated"
            | "vowed"
            | "pledged"
            | "promised"
            | "predicted"
            | "replied"
            | "responded"
            | "wrote"
            | "writes"
            | "posted"
            | "tweeted"
    )
}

/// Indirect speech: `X said (that) CLAUSE`, `according to X, CLAUSE`, `CLAUSE, X said`. The
/// quote's text is the reported clause, without its final punctuation.
fn indirect(doc: &Document, analysis: &DocAnalysis, actors: &ArticleActors) -> Vec<Quote> {
    let mut out = Vec::new();
    for sa in &analysis.sentences {
        let n = sa.len();
        let is_punct =
            |k: usize| matches!(sa.words[k], "." | "!" | "?" | ";" | ":" | "," | "\"" | "'");
        // the clause [from, to) as a quote, if it is a real clause and not already a quotation
        // where reported speech stops: a direct quotation opening, or a comma before a new
        // clause (a conjunction, or another attribution such as ", he added")
        let stop = |k: usize| -> bool {
            let w = sa.words[k];
            if w == "\"" {
                return sa
                    .words
                    .get(k + 1)
                    .is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase));
            }
            if w != "," && w != "--" {
                return false;
            }
            let next = sa.lowers.get(k + 1).map_or("", |x| x);
            matches!(
                next,
                "although"
                    | "though"
                    | "while"
                    | "but"
                    | "whereas"
                    | "because"
                    | "adding"
                    | "saying"
                    | "stating"
                    | "noting"
                    | "as"
            ) || (k + 1..n.min(k + 6)).any(|j| {
                sa.syntax
                    .vg_of_word(j)
                    .is_some_and(|g| sa.syntax.vgs[g].head == j && reports_speech(sa.lowers[j]))
            })
        };
        let mut emit =
            |from: usize, to: usize, speaker: Option<Speaker>, verb: Option<String>, rule: &str| {
                let to = (from + 1..to).find(|&k| stop(k)).unwrap_or(to);
                let mut to = to;
                while to > from && is_punct(to - 1) {
                    to -= 1;
                }
                let mut from = from;
                while from < to && (is_punct(from) || sa.lowers[from] == "that") {
                    from += 1;
                }
                if to <= from + 2
                    || (from..to).all(|k| sa.quoted[k] || sa.words[k] == "\"")
                    || sa.words[from] == "\""
                {
                    return;
                }
                if !(from..to).any(|k| sa.syntax.vg_of_word(k).is_some()) {
                    return;
                }
                let span = doc.raw_span_of_tokens(sa.first + from..sa.first + to);
                out.push(Quote {
                    text: doc.raw_text(span).to_string(),
                    speaker,
                    kind: QuoteKind::Indirect,
                    verb,
                    start: span.start,
                    end: span.end,
                    rule: rule.to_string(),
                });
            };
        for (v, g) in sa.syntax.vgs.iter().enumerate() {
            if sa.quoted[g.head] || !reports_speech(sa.lowers[g.head]) || g.negated {
                continue;
            }
            let verb = Some(sa.words[g.head].to_string());
            // X said (that) CLAUSE
            if let Some(u) = sa
                .syntax
                .clauses
                .iter()
                .position(|c| c.complement_of == Some(v))
            {
                let start = sa.syntax.clauses[u]
                    .subject
                    .first()
                    .map_or(sa.syntax.vgs[u].words.start, |&np| {
                        sa.syntax.nps[np].words.start
                    });
                let from = start;
                let to = (from..n).find(|&k| sa.words[k] == ";").unwrap_or(n);
                emit(
                    from,
                    to,
                    speaker_of_vg(doc, sa, actors, v),
                    verb,
                    "indirect-complement",
                );
                continue;
            }
            // CLAUSE, X said.
            let subj_start = sa.syntax.clauses[v]
                .subject
                .first()
                .map(|&np| sa.syntax.nps[np].words.start)
                .unwrap_or(g.words.start);
            let attribution_start = subj_start.min(g.words.start);
            if attribution_start >= 2
                && sa.words[attribution_start - 1] == ","
                && (g.head + 1..n).all(|k| {
                    is_punct(k)
                        || sa.syntax.np_of_word(k).is_some()
                        || matches!(sa.tags[k], lede_syntax::Tag::IN | lede_syntax::Tag::RB)
                })
            {
                emit(
                    0,
                    attribution_start - 1,
                    speaker_of_vg(doc, sa, actors, v),
                    verb,
                    "indirect-inverted",
                );
            }
        }
        // according to X, CLAUSE
        if let Some(k) = (0..n).find(|&k| {
            sa.lowers[k] == "according" && sa.lowers.get(k + 1).is_some_and(|w| *w == "to")
        }) {
            if let Some(comma) = (k + 2..n).find(|&c| sa.words[c] == ",") {
                let np = (k + 2..comma)
                    .filter_map(|w| sa.syntax.np_of_word(w))
                    .find(|&np| !sa.syntax.nps.iter().any(|x| x.possessor == Some(np)));
                if let Some(np) = np {
                    if k == 0 {
                        emit(
                            comma + 1,
                            n,
                            speaker_from_np(doc, sa, actors, np),
                            Some("according to".into()),
                            "indirect-according-to",
                        );
                    }
                }
            }
        }
    }
    out
}

fn direct(doc: &Document, analysis: &DocAnalysis, actors: &ArticleActors) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    let mut closed: Vec<bool> = Vec::new();
    for (open, end, has_close) in segments(doc) {
        if end <= open + 1 {
            continue;
        }
        let inner = doc.norm_span_of_tokens(open + 1..end);
        let raw = doc.raw_span(inner);
        let text = doc.raw_text(raw).trim();
        if text.is_empty() {
            continue;
        }
        let trim_start =
            raw.start + (doc.raw_text(raw).len() - doc.raw_text(raw).trim_start().len());
        let span = Span::new(trim_start, trim_start + text.len());
        let words = end - open - 1;
        let first_upper = text.chars().next().is_some_and(|c| c.is_uppercase());
        let last = text.chars().last().unwrap_or(' ');
        let kind = if first_upper && (words >= 5 || matches!(last, '.' | '!' | '?' | ',')) {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        };
        let (speaker, verb, rule) =
            attribute(doc, analysis, actors, open, end).unwrap_or((None, None, "unattributed"));
        closed.push(has_close);
        quotes.push(Quote {
            text: text.to_string(),
            speaker,
            kind,
            verb,
            start: span.start,
            end: span.end,
            rule: rule.to_string(),
        });
    }
    // Multi-paragraph quotations: a paragraph left open and the next one reopening it are one
    // quotation; whichever segment names the speaker names it for all of them.
    let para = |at: usize| {
        doc.token_at(at_norm(doc, at))
            .and_then(|t| doc.sentence_of_token(t))
            .map(|s| doc.sentences[s].paragraph)
    };
    let joined = |a: &Quote, b: &Quote, open_a: bool| -> bool {
        let gap = &doc.raw[a.end..b.start];
        open_a && gap.contains('\n') && gap.chars().filter(|c| !c.is_whitespace()).count() <= 2
    };
    for i in 1..quotes.len() {
        if quotes[i].speaker.is_none() && joined(&quotes[i - 1], &quotes[i], !closed[i - 1]) {
            quotes[i].speaker = quotes[i - 1].speaker.clone();
            quotes[i].rule = "continued-paragraph".into();
        }
    }
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        if quotes[i].speaker.is_none() && joined(&quotes[i], &quotes[i + 1], !closed[i]) {
            quotes[i].speaker = quotes[i + 1].speaker.clone();
            quotes[i].rule = "continued-paragraph".into();
        }
    }
    // `"A," X said. "B."`: a quotation opening the next sentence of the same paragraph, with
    // nothing of its own, continues the attributed one before it
    for i in 1..quotes.len() {
        if quotes[i].speaker.is_none()
            && quotes[i].rule == "unattributed"
            && quotes[i - 1].rule == "speech-verb-after"
            && para(quotes[i].start) == para(quotes[i - 1].start)
        {
            quotes[i].speaker = quotes[i - 1].speaker.clone();
            quotes[i].rule = "continued-same-paragraph".into();
        }
    }
    quotes
}

type Attribution = (Option<Speaker>, Option<String>, &'static str);

fn attribute(
    doc: &Document,
    analysis: &DocAnalysis,
    actors: &ArticleActors,
    open: usize,
    end: usize,
) -> Option<Attribution> {
    let s_open = doc.sentence_of_token(open)?;
    let sa = &analysis.sentences[s_open];
    let o = open - sa.first;
    let verb_word =
        |sa: &SentenceAnalysis, v: usize| Some(sa.words[sa.syntax.vgs[v].head].to_string());
    // 1. a speech verb before the quote in its sentence (nearest first)
    let mut best = None;
    for (v, g) in sa.syntax.vgs.iter().enumerate() {
        if g.head < o && !sa.quoted[g.head] && is_speech_verb_form(sa.lowers[g.head]) {
            best = Some(v);
        }
    }
    // 2. "according to X" before the quote
    if let Some(k) = (0..o)
        .rev()
        .find(|&k| sa.lowers[k] == "according" && sa.lowers.get(k + 1).is_some_and(|w| *w == "to"))
    {
        if best.is_none_or(|v| sa.syntax.vgs[v].head < k) {
            let mut first_any = None;
            for w in k + 2..o {
                if let Some(np) = sa.syntax.np_of_word(w) {
                    // "Putin's aide": the possessor is not the speaker
                    if sa.syntax.nps.iter().any(|x| x.possessor == Some(np)) {
                        continue;
                    }
                    if let Some(sp) = speaker_from_np(doc, sa, actors, np) {
                        let person = actors
                            .reading(sa.index, np)
                            .and_then(|r| r.actor)
                            .is_some_and(|a| actors.list[a].kind == lede_model::ActorKind::Person);
                        if person {
                            return Some((Some(sp), Some("according to".into()), "according-to"));
                        }
                        first_any.get_or_insert(sp);
                    }
                }
            }
            if let Some(sp) = first_any {
                return Some((Some(sp), Some("according to".into()), "according-to"));
            }
        }
    }
    if let Some(v) = best {
        if let Some(sp) = speaker_of_vg(doc, sa, actors, v) {
            return Some((Some(sp), verb_word(sa, v), "speech-verb-before"));
        }
    }
    // 3. colon introduction: X: "..."
    if o >= 2 && sa.words[o - 1] == ":" {
        if let Some(np) = sa.syntax.np_of_word(o - 2) {
            if let Some(sp) = speaker_from_np(doc, sa, actors, np) {
                return Some((Some(sp), None, "colon"));
            }
        }
    }
    // 4. a speech verb after the closing mark, in the sentence where the quote ends
    let s_end = doc.sentence_of_token(end.min(doc.tokens.len().saturating_sub(1)))?;
    // the attribution may open the next sentence only after a quote that ends in `!`, `?` or
    // `,` ("Stop now!" Trump said), and only within the paragraph
    let last_inner = end.checked_sub(1).map(|k| doc.token_text(k)).unwrap_or("");
    let may_continue = matches!(last_inner, "!" | "?" | "," | "--" | "-");
    for s in [s_end, s_end + 1] {
        let Some(sb) = analysis.sentences.get(s) else {
            continue;
        };
        if s != s_end
            && (!may_continue || doc.sentences[s].paragraph != doc.sentences[s_end].paragraph)
        {
            continue;
        }
        let from = end.saturating_sub(sb.first);
        // only right after the quote: `"...," he said` or `"...," said X`
        for (v, g) in sb.syntax.vgs.iter().enumerate() {
            if sb.first + g.head > end
                && g.head >= from
                && g.head <= from + 8
                && !sb.quoted[g.head]
                && is_speech_verb_form(sb.lowers[g.head])
            {
                if s != s_end && sb.first > end + 1 {
                    break;
                }
                if let Some(sp) = speaker_of_vg(doc, sb, actors, v) {
                    return Some((Some(sp), verb_word(sb, v), "speech-verb-after"));
                }
            }
        }
    }
    None
}

/// The normalized offset of raw offset `raw` (the first normalized byte at or after it).
fn at_norm(doc: &Document, raw: usize) -> usize {
    let k = doc
        .tokens
        .partition_point(|t| doc.raw_span(t.span).end <= raw);
    doc.tokens.get(k).map_or(doc.text().len(), |t| t.span.start)
}
