//! Shallow syntax for one sentence: noun-phrase chunks with heads and possessors, verb groups
//! (auxiliaries, modals, negation, passive voice), and clauses (subject, objects, prepositional
//! phrases, passive agent, coordination, relative clauses, clausal complements of speech verbs).
//!
//! Entry point: [`analyze`]. Input is the sentence's words and Penn tags (from `lede-tagger`)
//! plus "atoms", word ranges already known to be names, which are never split. All indices in
//! the result are word positions within the sentence.
//! Architecture invariant: pure function of its input; knows nothing of dictionaries, events,
//! documents or output; never panics on any input.

mod chunk;
mod clause;
mod words;

pub use chunk::{is_month, Np, Vg};
pub use clause::{is_time_phrase, Clause, Pp};
pub use lede_tagger::Tag;
pub use words::{is_be, is_speech_verb_form, lower};

use std::ops::Range;

/// One element of the sentence in order: a noun phrase, a verb group, or another word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Np(usize),
    Vg(usize),
    Word(usize),
}

/// The shallow analysis of one sentence.
#[derive(Debug, Clone, Default)]
pub struct SentenceSyntax {
    pub nps: Vec<Np>,
    pub vgs: Vec<Vg>,
    /// One clause per verb group, same index as `vgs`.
    pub clauses: Vec<Clause>,
    pub items: Vec<Item>,
    /// For each word, the item index it belongs to.
    pub item_of_word: Vec<usize>,
    /// Coordinated noun phrases: each group lists NP indices ("Witkoff and Kushner").
    pub np_groups: Vec<Vec<usize>>,
    /// For each NP, its coordination group.
    pub group_of_np: Vec<usize>,
}

impl SentenceSyntax {
    /// The NP containing word `w`, if any.
    pub fn np_of_word(&self, w: usize) -> Option<usize> {
        match self.items.get(*self.item_of_word.get(w)?)? {
            Item::Np(i) => Some(*i),
            _ => None,
        }
    }
    pub fn vg_of_word(&self, w: usize) -> Option<usize> {
        match self.items.get(*self.item_of_word.get(w)?)? {
            Item::Vg(i) => Some(*i),
            _ => None,
        }
    }
    /// The members of the coordination group of NP `np` (itself included).
    pub fn conjuncts(&self, np: usize) -> &[usize] {
        self.group_of_np
            .get(np)
            .and_then(|g| self.np_groups.get(*g))
            .map_or(&[], |v| v.as_slice())
    }
    /// The members of the coordination group of NP `np`, or `np` alone when it is in none.
    pub fn conjuncts_or_self(&self, np: usize) -> Vec<usize> {
        match self.conjuncts(np) {
            [] => vec![np],
            group => group.to_vec(),
        }
    }
}

/// Analyzes one sentence. `words` and `tags` have the same length (extra tags are ignored,
/// missing ones treated as `XX`); `atoms` are word ranges to keep inside one noun phrase.
pub fn analyze(words: &[&str], tags: &[Tag], atoms: &[Range<usize>]) -> SentenceSyntax {
    let lowers: Vec<String> = words.iter().map(|w| lower(w)).collect();
    let lowers: Vec<&str> = lowers.iter().map(String::as_str).collect();
    analyze_lowered(words, &lowers, tags, atoms)
}

/// [`analyze`] for a caller that already has the lowercase words (`lowers[i]` is
/// `words[i]` lowercased); saves allocating them again.
pub fn analyze_lowered(
    words: &[&str],
    lowers: &[&str],
    tags: &[Tag],
    atoms: &[Range<usize>],
) -> SentenceSyntax {
    let mut tags: Vec<Tag> = (0..words.len())
        .map(|i| tags.get(i).copied().unwrap_or(Tag::XX))
        .collect();
    // "a landmark water-sharing treaty", "training and capacity-building assistance": a
    // hyphenated -ing word before a noun modifies the noun (unless a verb or "to" comes
    // right before it); so does one after a possessive or a determiner ("India's defending
    // champion", "the ruling party")
    for i in 0..words.len().saturating_sub(1) {
        let owned = i > 0
            && (matches!(tags[i - 1], Tag::POS | Tag::PRPS)
                || tags[i - 1] == Tag::DT && lowers.get(i - 1).is_some_and(|w| *w != "that"));
        if tags[i] == Tag::VBG
            && (words[i].contains('-') || owned)
            && matches!(tags[i + 1], Tag::NN | Tag::NNS)
            && (i == 0
                || !matches!(
                    tags[i - 1],
                    Tag::VB
                        | Tag::VBD
                        | Tag::VBG
                        | Tag::VBN
                        | Tag::VBP
                        | Tag::VBZ
                        | Tag::MD
                        | Tag::TO
                ))
        {
            tags[i] = Tag::JJ;
        }
    }
    // "Chinese-made electric vehicles", "Iranian-backed rebels": a capitalised word joined
    // to a participle, before a noun or an adjective, modifies the noun
    for i in 0..words.len().saturating_sub(1) {
        if tags[i] == Tag::VBN
            && words[i].contains('-')
            && words[i].chars().next().is_some_and(char::is_uppercase)
            && matches!(
                tags[i + 1],
                Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::JJ
            )
        {
            tags[i] = Tag::JJ;
        }
    }
    // 'said it "appreciates and welcomes" the decision': a plural noun right after a subject
    // pronoun (and a quotation mark) is its verb
    for i in 1..words.len().saturating_sub(1) {
        if tags[i] != Tag::NNS {
            continue;
        }
        let mut p = i - 1;
        if matches!(tags[p], Tag::LQuote | Tag::RQuote) && p >= 1 {
            p -= 1;
        }
        if tags[p] == Tag::PRP
            && matches!(lowers.get(p).copied(), Some("it" | "he" | "she"))
            && (matches!(tags[i + 1], Tag::DT | Tag::PRPS | Tag::NNP)
                || lowers.get(i + 1) == Some(&"and"))
        {
            tags[i] = Tag::VBZ;
        }
    }
    // "to once again thank": a present-tense verb after "to" and adverbs is the infinitive
    for i in 0..words.len() {
        if tags[i] != Tag::TO {
            continue;
        }
        let k = (i + 1..words.len())
            .find(|&k| !matches!(tags[k], Tag::RB | Tag::RBR | Tag::RBS))
            .unwrap_or(words.len());
        if k > i + 1 && k <= i + 4 && k < words.len() && tags[k] == Tag::VBP {
            tags[k] = Tag::VB;
        }
    }
    // "Leonid Slutsky, who heads the committee": right after "who", a plural noun before a
    // determiner is the verb of the relative clause
    for i in 1..words.len().saturating_sub(1) {
        if tags[i] == Tag::NNS
            && lowers.get(i - 1) == Some(&"who")
            && matches!(tags[i + 1], Tag::DT | Tag::PRPS)
        {
            tags[i] = Tag::VBZ;
        }
    }
    // "China deplores and firmly opposes this", "China deplores the move": a plural noun
    // right after the proper noun that opens the sentence, before a determiner or before
    // "and" and a present-tense verb, is the verb
    for i in 1..words.len().saturating_sub(1) {
        if tags[i] != Tag::NNS || tags[i - 1] != Tag::NNP || (0..i - 1).any(|k| tags[k] != Tag::NNP)
        {
            continue;
        }
        let next = tags[i + 1];
        let coordinated = lowers.get(i + 1) == Some(&"and")
            && (i + 2..words.len().min(i + 5)).any(|k| tags[k] == Tag::VBZ);
        if matches!(next, Tag::DT | Tag::PRPS) || coordinated {
            tags[i] = Tag::VBZ;
        }
    }
    // "after a second deadly attack from Afghan territory killed Chinese workers": after a
    // conjunction and its subject, a participle with no auxiliary that takes an object is the
    // past tense of the clause
    for i in 1..words.len().saturating_sub(1) {
        if tags[i] != Tag::VBN
            || !matches!(
                tags[i + 1],
                Tag::DT | Tag::JJ | Tag::CD | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::PRPS
            )
            || !matches!(tags[i - 1], Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
        {
            continue;
        }
        let Some(c) = (0..i).rev().find(|&k| {
            matches!(
                lowers.get(k).copied(),
                Some("after" | "before" | "since" | "until" | "once" | "when")
            ) || tags[k].is_verb()
                || tags[k] == Tag::MD
                || matches!(words[k], "," | ";" | ":" | "--")
        }) else {
            continue;
        };
        // (the conjunction, a noun phrase right after it, and no verb or comma between)
        if !tags[c].is_verb()
            && !matches!(words[c], "," | ";" | ":" | "--")
            && tags.get(c + 1).is_some_and(|t| {
                matches!(
                    t,
                    Tag::DT | Tag::JJ | Tag::CD | Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS
                )
            })
        {
            tags[i] = Tag::VBD;
        }
    }
    // "a cowardly attack", "a friendly visit": an -ly word between a determiner and a noun
    // modifies the noun
    for i in 1..words.len().saturating_sub(1) {
        if tags[i] == Tag::RB
            && tags[i - 1] == Tag::DT
            && matches!(tags[i + 1], Tag::NN | Tag::NNS)
            && lowers.get(i).is_some_and(|w| w.ends_with("ly"))
        {
            tags[i] = Tag::JJ;
        }
    }
    // "condemned the attack carried out last night by Israeli forces": a past tense right
    // after the object of an earlier verb, with a "by" phrase a few words on (across a
    // particle and a time phrase, no verb or comma between), is a participle of the object
    for i in 2..words.len().saturating_sub(2) {
        if tags[i] != Tag::VBD || !matches!(tags[i - 1], Tag::NN | Tag::NNS) {
            continue;
        }
        let by = (i + 1..words.len().min(i + 6)).find(|&k| {
            lowers.get(k) == Some(&"by")
                || !matches!(
                    tags[k],
                    Tag::RP | Tag::RB | Tag::JJ | Tag::NN | Tag::DT | Tag::CD | Tag::IN | Tag::PRP
                )
        });
        let Some(by) = by.filter(|&k| lowers.get(k) == Some(&"by")) else {
            continue;
        };
        // "The imputations cast on him by the Government of Canada are ludicrous": at the
        // start of the sentence, with the clause's own "be", "have" or modal after the "by"
        // phrase (no comma between), a participle of the subject
        let opening = (0..i - 1).all(|k| matches!(tags[k], Tag::DT | Tag::JJ | Tag::NN | Tag::NNS));
        let own_verb = (by + 1..words.len().min(by + 10))
            .take_while(|&k| !matches!(words[k], "," | ";" | ":"))
            .find(|&k| tags[k].is_verb() || tags[k] == Tag::MD)
            .is_some_and(|k| {
                tags[k] == Tag::MD
                    || matches!(
                        lowers.get(k).copied(),
                        Some("is" | "are" | "was" | "were" | "has" | "have" | "had")
                    )
            });
        if opening && own_verb {
            tags[i] = Tag::VBN;
            continue;
        }
        // (an earlier finite verb whose object the noun is: no subordinating word between)
        let verb = (0..i - 1).rev().find(|&k| {
            tags[k].is_verb()
                || matches!(
                    lowers.get(k).copied(),
                    Some("that" | "which" | "who" | "when" | "after" | "as" | "while")
                )
                || matches!(words[k], "," | ";" | ":")
        });
        if verb.is_some_and(|k| matches!(tags[k], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::VB)) {
            tags[i] = Tag::VBN;
        }
    }
    let fallback: Vec<String>;
    let fallback_refs: Vec<&str>;
    let lowers = if lowers.len() == words.len() {
        lowers
    } else {
        fallback = words.iter().map(|w| lower(w)).collect();
        fallback_refs = fallback.iter().map(String::as_str).collect();
        &fallback_refs
    };
    let (nps, vgs, items, item_of_word) = chunk::chunk(words, lowers, &tags, atoms);
    let mut s = SentenceSyntax {
        nps,
        vgs,
        clauses: Vec::new(),
        items,
        item_of_word,
        np_groups: Vec::new(),
        group_of_np: Vec::new(),
    };
    clause::coordinate(&mut s, lowers, &tags);
    clause::clauses(&mut s, lowers, &tags);
    s
}

#[cfg(test)]
mod tests;
