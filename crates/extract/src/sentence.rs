//! Per-sentence analysis: words, tags, dictionary matches and shallow syntax.

use crate::lexicon::{Found, Lexicon, Payload};
use lede_syntax::{SentenceSyntax, Tag};
use lede_tagger::Tagger;
use lede_text::{Document, TokenKind};

/// One analysed sentence. Word `i` is document token `first + i`; words are borrowed from
/// the document's normalized text.
pub struct SentenceAnalysis<'a> {
    pub index: usize,
    pub first: usize,
    pub words: Vec<&'a str>,
    /// The words in lower case ([`Document::token_lower`]).
    pub lowers: Vec<&'a str>,
    pub tags: Vec<Tag>,
    /// Non-overlapping dictionary matches, leftmost-longest.
    pub found: Vec<Found>,
    pub syntax: SentenceSyntax,
    /// For each word: inside quotation marks.
    pub quoted: Vec<bool>,
    /// For each word: its id in the lexicon's vocabulary ([`Lexicon::word_ids`]).
    pub word_ids: Vec<Option<u32>>,
}

impl SentenceAnalysis<'_> {
    pub fn len(&self) -> usize {
        self.words.len()
    }
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
    /// Dictionary matches inside words `range`.
    pub fn found_in(&self, start: usize, end: usize) -> impl Iterator<Item = &Found> {
        self.found
            .iter()
            .filter(move |f| f.start >= start && f.end <= end)
    }
}

pub struct DocAnalysis<'a> {
    pub sentences: Vec<SentenceAnalysis<'a>>,
}

/// Marks which tokens of the document are inside double quotation marks.
pub fn quoted_tokens(doc: &Document) -> Vec<bool> {
    let mut quoted = vec![false; doc.tokens.len()];
    for (open, close) in crate::quotes::pairs(doc) {
        for q in quoted.iter_mut().take(close).skip(open + 1) {
            *q = true;
        }
    }
    quoted
}

pub fn analyze_document<'a>(doc: &'a Document, lexicon: &Lexicon) -> DocAnalysis<'a> {
    let quoted_all = quoted_tokens(doc);
    let tagger = Tagger::embedded();
    let petrarch = crate::petrarch_rules::is_petrarch(lexicon);
    let mut sentences = Vec::with_capacity(doc.sentences.len());
    for (index, s) in doc.sentences.iter().enumerate() {
        let first = s.tokens.start;
        let words: Vec<&str> = s.tokens.clone().map(|i| doc.token_text(i)).collect();
        let lowers: Vec<&str> = s.tokens.clone().map(|i| doc.token_lower(i)).collect();
        let mut tags_s = Vec::with_capacity(words.len());
        let is_quote = |k: usize| matches!(doc.tokens[first + k].kind, TokenKind::Quote);
        // (a scare quote of one or two lower-case words, Washington "commends" the leaders, is
        // tagged as if its marks were not there: they would make a verb a noun)
        let scare_close = |k: usize| {
            if !is_quote(k) {
                return None;
            }
            [2usize, 3].into_iter().map(|len| k + len).find(|&close| {
                close < words.len()
                    && is_quote(close)
                    && (k + 1..close).all(|j| {
                        words[j].chars().next().is_some_and(char::is_lowercase)
                            && words[j].chars().all(|c| c.is_alphabetic() || c == '-')
                    })
            })
        };
        if (0..words.len()).any(is_quote) && (0..words.len()).any(|k| scare_close(k).is_some()) {
            let mut keep = vec![true; words.len()];
            for k in 0..words.len() {
                if let Some(c) = scare_close(k) {
                    keep[k] = false;
                    keep[c] = false;
                }
            }
            let kept: Vec<&str> = (0..words.len())
                .filter(|&k| keep[k])
                .map(|k| words[k])
                .collect();
            let mut kept_tags = Vec::with_capacity(kept.len());
            tagger.tag_into(&kept, &mut kept_tags);
            let mut it = kept_tags.into_iter();
            for &kp in &keep {
                tags_s.push(if kp {
                    it.next().unwrap_or(Tag::RQuote)
                } else {
                    Tag::RQuote
                });
            }
        } else {
            tagger.tag_into(&words, &mut tags_s);
        }
        // quotation marks are punctuation whatever the tagger thinks
        for (k, i) in s.tokens.clone().enumerate() {
            if matches!(doc.tokens[i].kind, TokenKind::Quote) {
                tags_s[k] = Tag::RQuote;
            }
        }
        // with PETRARCH/TABARI sets, whose verb files are large, the dictionary corrects the
        // tagger (Lede's own sets keep the tagger's reading)
        if petrarch {
            // "Eriador agrees with ...", "Ethiopia act on ...": a noun the dictionaries know as a
            // verb, right after the sentence's opening name and before a preposition or a
            // determiner, with no verb before it, is the sentence's verb
            if let Some(k) = (1..tags_s.len().saturating_sub(1)).find(|&k| {
                matches!(tags_s[k], Tag::NN | Tag::NNS)
                    && matches!(tags_s[k - 1], Tag::NN | Tag::NNP | Tag::NNPS)
                    && words[k - 1].chars().next().is_some_and(char::is_uppercase)
                    && !tags_s[..k].iter().any(|t| t.is_verb() || *t == Tag::MD)
                    && tags_s[..k - 1]
                        .iter()
                        .all(|t| matches!(t, Tag::DT | Tag::NNP | Tag::NNPS))
                    && matches!(tags_s[k + 1], Tag::IN | Tag::DT | Tag::TO | Tag::PRPS)
                    && !lexicon.verb_patterns(lowers[k]).is_empty()
            }) {
                tags_s[k] = if lowers[k].ends_with("ed") {
                    Tag::VBD
                } else if lowers[k].ends_with('s') {
                    Tag::VBZ
                } else {
                    Tag::VBP
                };
            }
            // "to question whether": a singular noun right after infinitival "to" that the
            // dictionaries know as a verb, with no noun after it, is the verb
            for k in 1..tags_s.len() {
                if tags_s[k - 1] == Tag::TO
                    && tags_s[k] == Tag::NN
                    && !lexicon.verb_patterns(lowers[k]).is_empty()
                    && tags_s.get(k + 1).is_none_or(|t| {
                        !matches!(t, Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::POS)
                    })
                {
                    tags_s[k] = Tag::VB;
                }
            }
        }
        // "designated al-Zubaidi pursuant to ...": a capitalized name after an Arabic article
        // or particle and a hyphen is a proper noun
        for k in 0..tags_s.len() {
            if particle_name(words[k]) {
                tags_s[k] = Tag::NNP;
            }
        }
        // "The United States ambassador to Malaysia", "U.N. envoy Geir Pedersen": a title noun
        // after a name or adjective is no verb, whatever the tagger reads
        for k in 1..tags_s.len() {
            if tags_s[k].is_verb()
                && matches!(
                    tags_s[k - 1],
                    Tag::NNP | Tag::NNPS | Tag::JJ | Tag::DT | Tag::POS | Tag::NN
                )
                && matches!(
                    lowers[k],
                    "ambassador"
                        | "ambassadors"
                        | "envoy"
                        | "envoys"
                        | "diplomat"
                        | "diplomats"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "chief"
                        | "chiefs"
                        | "premier"
                        | "chancellor"
                        | "secretary"
                        | "commander"
                        | "official"
                        | "officials"
                )
            {
                tags_s[k] = if lowers[k].ends_with('s') {
                    Tag::NNS
                } else {
                    Tag::NN
                };
            }
        }
        // "Should Venezuela continue, ...": a sentence-opening "Should" is the modal of an
        // inverted condition
        if lowers.first() == Some(&"should") && tags_s.len() > 2 && tags_s[0] != Tag::MD {
            tags_s[0] = Tag::MD;
        }
        // "tried to storm the town", "vowed to strike the camps": a singular noun right after a
        // verb's infinitival "to" that the dictionaries know as a verb, before the start of a
        // noun phrase, is the infinitive
        for k in 2..tags_s.len().saturating_sub(1) {
            if tags_s[k - 1] == Tag::TO
                && tags_s[k] == Tag::NN
                && tags_s[k - 2].is_verb()
                && matches!(
                    tags_s[k + 1],
                    Tag::DT | Tag::PRPS | Tag::NNP | Tag::NNPS | Tag::CD | Tag::JJ
                )
                && !lexicon.verb_patterns(lowers[k]).is_empty()
            {
                tags_s[k] = Tag::VB;
            }
        }
        // "demanded that the Chinese side take measures": the mandative subjunctive's bare
        // verb, which the tagger reads as a noun after the clause's subject
        for t in 2..tags_s.len() {
            if lowers[t - 1] != "that"
                || ![
                    "demand",
                    "insist",
                    "urg",
                    "request",
                    "ask",
                    "requir",
                    "propos",
                    "recommend",
                ]
                .iter()
                .any(|p| lowers[t - 2].starts_with(p))
            {
                continue;
            }
            let mut k = t;
            while k < tags_s.len() && matches!(tags_s[k], Tag::DT | Tag::JJ | Tag::PRPS) {
                k += 1;
            }
            let nouns = k;
            while k < tags_s.len() && matches!(tags_s[k], Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
            {
                k += 1;
            }
            // the last "noun" of the run, if the dictionaries know it as a verb
            if k >= nouns + 2
                && tags_s[k - 1] == Tag::NN
                && !lexicon.verb_patterns(lowers[k - 1]).is_empty()
                && tags_s.get(k).is_some_and(|x| {
                    matches!(
                        x,
                        Tag::DT | Tag::JJ | Tag::NNS | Tag::PRPS | Tag::TO | Tag::RB
                    )
                })
            {
                tags_s[k - 1] = Tag::VB;
            }
        }
        // "Spain said it had ...": a capitalized word the tagger reads as a verb that opens a
        // dictionary name (a country, a body, a person) is that name (Lede's sets; "Welcomes
        // the agreement" in a communique names no one and stays a verb)
        if !petrarch {
            let mut buf = Vec::new();
            for k in 0..words.len() {
                // ("Norway welcomed ...": an opening name the tagger reads as an adverb)
                let opening_rb = k == 0
                    && tags_s[0] == Tag::RB
                    && tags_s
                        .get(1)
                        .is_some_and(|t| matches!(t, Tag::VBD | Tag::VBZ | Tag::VBN));
                if !tags_s[k].is_verb() && !opening_rb
                    || !words[k].starts_with(|c: char| c.is_uppercase())
                {
                    continue;
                }
                buf.clear();
                lexicon.matches_at(&words, &lowers, k, &mut buf);
                // ("Ding arrived in Lusaka": an opening word before a finite verb is its
                // subject, a name)
                let before_verb = k == 0
                    && !matches!(lowers[0], "having" | "being" | "getting")
                    && tags_s
                        .get(1)
                        .is_some_and(|t| matches!(t, Tag::VBD | Tag::VBZ | Tag::VBN | Tag::MD));
                let before_verb = before_verb && !opening_rb;
                if before_verb || buf.iter().any(|f| matches!(f.payload, Payload::Actor(_))) {
                    tags_s[k] = Tag::NNP;
                    // ("Norway praised Colombia": the name's verb is finite)
                    if opening_rb && tags_s[1] == Tag::VBN {
                        tags_s[1] = Tag::VBD;
                    }
                }
            }
        }
        operative_verb(&words, &lowers, &mut tags_s);
        intention_verbs(&lowers, &mut tags_s);
        // "released a French national held since 2022": a past participle after a noun,
        // before a preposition, that the tagger reads as a noun (the word before it is then
        // the noun it follows)
        for k in 1..tags_s.len().saturating_sub(1) {
            if tags_s[k] == Tag::NN
                && (matches!(lowers[k], "held" | "taken")
                    || lowers[k].len() > 4
                        && lowers[k].ends_with("ed")
                        && !lexicon.verb_patterns(lowers[k]).is_empty())
                && matches!(tags_s[k - 1], Tag::NN | Tag::NNS | Tag::JJ)
                && matches!(lowers[k + 1], "since" | "by" | "in" | "on" | "at" | "for")
            {
                tags_s[k] = Tag::VBN;
            }
        }
        // "a French national detained in 2023": a role word the tagger reads as an adjective,
        // with no noun after it, is the noun
        {
            let mut buf = Vec::new();
            for k in 1..tags_s.len().saturating_sub(1) {
                if tags_s[k] != Tag::JJ
                    || matches!(
                        tags_s[k + 1],
                        Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::JJ | Tag::CC
                    )
                    || !matches!(tags_s[k - 1], Tag::JJ | Tag::NNP | Tag::DT)
                {
                    continue;
                }
                buf.clear();
                lexicon.matches_at(&words, &lowers, k, &mut buf);
                if buf
                    .iter()
                    .any(|f| f.end == k + 1 && matches!(f.payload, Payload::Agent(_)))
                {
                    tags_s[k] = Tag::NN;
                }
            }
        }
        // "held restricted and delegation-level talks": a participle coordinated with an
        // adjective before a noun, right after a verb, modifies that noun
        for k in 1..tags_s.len().saturating_sub(3) {
            if tags_s[k] == Tag::VBN
                && tags_s[k - 1].is_verb()
                && lowers[k + 1] == "and"
                && matches!(tags_s[k + 2], Tag::JJ | Tag::VBN)
                && matches!(tags_s[k + 3], Tag::NN | Tag::NNS)
            {
                tags_s[k] = Tag::JJ;
                tags_s[k + 2] = Tag::JJ;
            }
        }
        // a dash is punctuation, whatever the tagger made of it ("Mexico -- all led by ...")
        for k in 0..lowers.len() {
            if lowers[k] == "--" {
                tags_s[k] = Tag::Colon;
            }
        }
        // "declared the envoy persona non grata": a Latin predicate, not a verb
        for k in 2..lowers.len() {
            if lowers[k] == "grata" && lowers[k - 1] == "non" && lowers[k - 2] == "persona" {
                tags_s[k - 2..=k].fill(Tag::JJ);
            }
        }
        let word_ids = lexicon.word_ids(&lowers);
        let found = longest_matches(lexicon, &words, &lowers, &word_ids);
        let mut atoms: Vec<_> = found
            .iter()
            .filter(|f| matches!(f.payload, Payload::Actor(_)) && f.end - f.start > 1)
            .map(|f| f.start..f.end)
            .collect();
        atoms.extend(quoted_names(&words, &tags_s));
        let syntax = lede_syntax::analyze_lowered(&words, &lowers, &tags_s, &atoms);
        let quoted = s.tokens.clone().map(|i| quoted_all[i]).collect();
        sentences.push(SentenceAnalysis {
            index,
            first,
            words,
            lowers,
            tags: tags_s,
            found,
            syntax,
            quoted,
            word_ids,
        });
    }
    DocAnalysis { sentences }
}

/// A capitalized name after an Arabic article or a patronymic particle joined by a hyphen
/// ("al-Zubaidi", "el-Sisi", "bin-Salman"): a name, though it opens in lower case.
pub(crate) fn particle_name(w: &str) -> bool {
    // (cheaply first: a lower-case a, e, b or i with a hyphen in the first four bytes)
    let b = w.as_bytes();
    if b.len() < 4 || !matches!(b[0], b'a' | b'e' | b'b' | b'i') || !b[1..4].contains(&b'-') {
        return false;
    }
    w.split_once('-').is_some_and(|(pre, rest)| {
        matches!(
            pre,
            "al" | "el" | "ad" | "ash" | "as" | "at" | "an" | "ar" | "az" | "bin" | "ibn" | "abu"
        ) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

fn longest_matches(
    lexicon: &Lexicon,
    words: &[&str],
    lowers: &[&str],
    ids: &[Option<u32>],
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut buf = Vec::new();
    let mut i = 0;
    while i < words.len() {
        buf.clear();
        lexicon.matches_at_ids(words, lowers, ids, i, &mut buf);
        if let Some(first) = buf.first().copied() {
            // all payloads of the longest span (an actor and an agent may share a phrase)
            let len = first.end;
            for f in buf.iter().filter(|f| f.end == len) {
                out.push(*f);
            }
            i = len;
        } else if let Some(f) = without_initial(lexicon, words, lowers, ids, i, &mut buf) {
            out.push(f);
            i = f.end;
        } else if let Some(f) = based_in(lexicon, words, lowers, i, &mut buf) {
            out.push(f);
            i += 1;
        } else {
            i += 1;
        }
    }
    out
}

/// "an Iraq-based company": the country a "-based" word names, as the country's match.
fn based_in(
    lexicon: &Lexicon,
    words: &[&str],
    lowers: &[&str],
    i: usize,
    buf: &mut Vec<Found>,
) -> Option<Found> {
    let w = words[i].strip_suffix("-based")?;
    let l = lowers[i].strip_suffix("-based")?;
    if !w.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    // ("UAE-based", "U.S.-based": one word; "Kuala Lumpur-based": its last word only)
    buf.clear();
    lexicon.matches_at(&[w], &[l], 0, buf);
    let f = buf.iter().find(|f| {
        f.end == 1
            && matches!(f.payload, Payload::Actor(a)
                if lexicon.actors[a as usize].kind == lede_dict::ActorKind::Country)
    })?;
    Some(Found {
        start: i,
        end: i + 1,
        payload: f.payload,
    })
}

/// "Kurt M. Campbell", "Antony J. Blinken": a dictionary name matched without the middle
/// initial after its first word. The match spans the initial too.
fn without_initial(
    lexicon: &Lexicon,
    words: &[&str],
    lowers: &[&str],
    ids: &[Option<u32>],
    i: usize,
    buf: &mut Vec<Found>,
) -> Option<Found> {
    let initial = words.get(i + 1)?;
    let b = initial.as_bytes();
    if b.len() != 2
        || !b[0].is_ascii_uppercase()
        || b[1] != b'.'
        || !words[i].starts_with(|c: char| c.is_uppercase())
        || !words.get(i + 2)?.starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    // (the name's words with the initial left out: at most four after it)
    let end = (i + 6).min(words.len());
    let keep: Vec<usize> = std::iter::once(i).chain(i + 2..end).collect();
    let w: Vec<&str> = keep.iter().map(|&k| words[k]).collect();
    let l: Vec<&str> = keep.iter().map(|&k| lowers[k]).collect();
    let d: Vec<Option<u32>> = keep
        .iter()
        .map(|&k| ids.get(k).copied().flatten())
        .collect();
    buf.clear();
    lexicon.matches_at_ids(&w, &l, &d, 0, buf);
    let f = buf
        .iter()
        .filter(|f| f.end >= 2 && matches!(f.payload, Payload::Actor(_)))
        .max_by_key(|f| f.end)
        .copied()?;
    Some(Found {
        start: i,
        end: keep[f.end - 1] + 1,
        payload: f.payload,
    })
}

/// The verbs that open the operative paragraphs of resolutions and communiques ("Strongly
/// condemns ...", "Welcomes ...", "Calls on ..."), in the third person.
const OPERATIVE_VERBS: &[&str] = &[
    "acknowledges",
    "affirms",
    "agrees",
    "appeals",
    "applauds",
    "approves",
    "authorizes",
    "authorises",
    "calls",
    "commends",
    "commits",
    "condemns",
    "confirms",
    "congratulates",
    "decides",
    "declares",
    "demands",
    "denounces",
    "deplores",
    "directs",
    "emphasizes",
    "emphasises",
    "encourages",
    "endorses",
    "expresses",
    "extends",
    "insists",
    "instructs",
    "invites",
    "notes",
    "pledges",
    "reaffirms",
    "recalls",
    "recognizes",
    "recognises",
    "recommends",
    "regrets",
    "reiterates",
    "rejects",
    "renews",
    "requests",
    "salutes",
    "stresses",
    "supports",
    "thanks",
    "underlines",
    "underscores",
    "urges",
    "warns",
    "welcomes",
];

/// An operative paragraph's opening verb has no subject, so the tagger, which learnt from
/// sentences with subjects, reads it as a noun: "Demands that the M23 withdraw",
/// "Expresses its deep appreciation". A capitalized operative verb that opens the sentence
/// (after adverbs: "Strongly condemns", "Further requests") and is followed by what a verb
/// takes is a verb (VBZ).
fn operative_verb(words: &[&str], lowers: &[&str], tags: &mut [Tag]) {
    let Some(k) = (0..tags.len()).find(|&k| tags[k] != Tag::RB) else {
        return;
    };
    let verb = lowers[k];
    if !words[0].starts_with(|c: char| c.is_uppercase())
        || tags[k] == Tag::VBZ
        // (every operative verb ends in "s": most words are ruled out without the list)
        || !verb.ends_with('s')
        || !OPERATIVE_VERBS.contains(&verb)
    {
        return;
    }
    let (Some(&next), Some(&next_tag)) = (lowers.get(k + 1), tags.get(k + 1)) else {
        return;
    };
    // ("Thanks to ...", "Notes from the meeting", "Calls grew" are no such paragraphs)
    let takes = matches!(
        next_tag,
        Tag::DT | Tag::PRPS | Tag::JJ | Tag::JJR | Tag::RB | Tag::NNP | Tag::NNPS | Tag::CD
    ) || matches!(next, "that" | "on" | "upon" | "for" | "with") && verb != "thanks"
        || next == "to" && matches!(verb, "decides" | "agrees" | "commits" | "pledges");
    if takes {
        tags[k] = Tag::VBZ;
    }
}

/// Verbs of intention that take "to" and a bare verb, in their base form.
const INTENTION_VERBS: &[&str] = &[
    "commit", "pledge", "vow", "intend", "aim", "promise", "agree", "decide", "plan", "seek",
    "want", "hope", "offer",
];

/// Verbs the tagger reads as nouns after a name: "Kenya commits to support Somalia" (a verb
/// of intention in -s before "to" and a bare verb), "The President also thanks Saudi Arabia"
/// (an operative verb between a name, perhaps an adverb, and its object), "Chile and Peru
/// plan to hold" (the base form after names joined by "and").
fn intention_verbs(lowers: &[&str], tags: &mut [Tag]) {
    let name = |t: Tag| matches!(t, Tag::NNP | Tag::NNPS);
    for k in 1..tags.len().saturating_sub(2) {
        let before_infinitive = lowers[k + 1] == "to" && tags[k + 2] == Tag::VB;
        let intention = |w: &str| INTENTION_VERBS.contains(&w);
        if tags[k] == Tag::NNS
            && name(tags[k - 1])
            && before_infinitive
            && lowers[k].strip_suffix('s').is_some_and(intention)
        {
            tags[k] = Tag::VBZ;
        }
        if tags[k] == Tag::NNS
            && OPERATIVE_VERBS.contains(&lowers[k])
            && (name(tags[k - 1]) || tags[k - 1] == Tag::RB && k >= 2 && name(tags[k - 2]))
            && matches!(tags[k + 1], Tag::NNP | Tag::NNPS | Tag::DT | Tag::PRPS)
        {
            tags[k] = Tag::VBZ;
        }
        if tags[k] == Tag::NN
            && name(tags[k - 1])
            && before_infinitive
            && intention(lowers[k])
            && tags[..k]
                .iter()
                .zip(&lowers[..k])
                .rev()
                .take_while(|(t, w)| {
                    matches!(t, Tag::NNP | Tag::NNPS | Tag::DT | Tag::CC | Tag::POS) || **w == ","
                })
                .any(|(_, w)| *w == "and")
        {
            tags[k] = Tag::VBP;
        }
    }
}

/// Names in quotation marks, quotes included ("the \u{201c}Strategic and Global
/// Partnership\u{201d} between Japan and Brazil", "\"Operation Sindoor\""): one to eight words,
/// each capitalised or a joining word ("and", "of", "for", "the", "on", "in", "to", "&", "-"),
/// the first and last capitalised; also quoted modifiers between a determiner and a noun
/// ("an \"unbalanced and unacceptable\" attack"). The chunker keeps each whole inside one
/// noun phrase.
fn quoted_names(words: &[&str], tags: &[Tag]) -> Vec<std::ops::Range<usize>> {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let joining = |w: &str| {
        matches!(
            w,
            "and" | "of" | "for" | "the" | "on" | "in" | "to" | "&" | "-"
        )
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        if words[k] != "\"" {
            k += 1;
            continue;
        }
        let Some(close) = (k + 1..words.len()).find(|&c| words[c] == "\"") else {
            break;
        };
        let inner = &words[k + 1..close];
        let modifier = (1..=5).contains(&inner.len())
            && k >= 1
            && matches!(tags.get(k - 1), Some(Tag::DT | Tag::PRPS | Tag::JJ))
            && tags[k + 1..close].iter().all(|t| {
                matches!(
                    t,
                    Tag::JJ
                        | Tag::JJR
                        | Tag::JJS
                        | Tag::CC
                        | Tag::RB
                        | Tag::VBN
                        | Tag::VBG
                        | Tag::Comma
                )
            })
            && matches!(
                tags.get(close + 1),
                Some(Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
            );
        if modifier
            || (1..=8).contains(&inner.len())
                && inner.first().is_some_and(|w| capital(w))
                && inner.last().is_some_and(|w| capital(w))
                && inner.iter().all(|w| capital(w) || joining(w))
        {
            out.push(k..close + 1);
        }
        // (the closing quote opens no quotation)
        k = close + 1;
    }
    out
}
