//! Noun-phrase and verb-group chunking from Penn tags.

use crate::words::{is_be, is_do, is_get, is_have, is_negation};
use crate::Item;
use lede_tagger::Tag;
use std::ops::Range;

/// A noun phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Np {
    pub words: Range<usize>,
    /// Its head word: the last noun (or pronoun, number) of the phrase.
    pub head: usize,
    /// The NP that possesses this one ("Russia" in "Russia's demand").
    pub possessor: Option<usize>,
    /// A personal pronoun ("he", "they").
    pub pronoun: bool,
}

/// A verb group: auxiliaries, modals, adverbs and the main verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vg {
    pub words: Range<usize>,
    /// The main verb.
    pub head: usize,
    pub passive: bool,
    pub negated: bool,
    /// The modal verb ("will", "could"), if any.
    pub modal: Option<usize>,
    /// Starts with infinitival "to".
    pub infinitive: bool,
    /// A participle or gerund standing alone ("the proposals discussed", "stating").
    pub nonfinite: bool,
}

/// Verbs whose past participle is spelled like their base form.
const PARTICIPLE_AS_BASE: &[&str] = &[
    "become",
    "come",
    "overcome",
    "run",
    "put",
    "set",
    "cut",
    "hit",
    "let",
    "shut",
    "spread",
    "cast",
    "cost",
    "hurt",
    "quit",
    "bid",
    "burst",
    "broadcast",
    "forecast",
    "upset",
    "beat",
    "read",
    "outrun",
    "overrun",
    "undercut",
    "reset",
    "offset",
    "thrust",
];

fn is_noun_tag(t: Tag) -> bool {
    matches!(t, Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
}

fn org_keyword(w: &str) -> bool {
    matches!(
        w,
        "council"
            | "committee"
            | "commission"
            | "ministry"
            | "agency"
            | "service"
            | "office"
            | "department"
            | "party"
            | "front"
            | "forces"
            | "bank"
            | "organization"
            | "organisation"
            | "union"
            | "court"
            | "assembly"
            | "authority"
            | "board"
            | "bureau"
            | "institute"
            | "corps"
            | "guard"
            | "command"
            | "directorate"
            | "alliance"
            | "movement"
            | "army"
            | "secretary"
            | "minister"
            | "affairs"
            | "security"
    )
}

/// A title or body whose portfolio follows "for" ("Minister for Foreign Affairs", "Ministry for
/// Foreign Affairs", "Commissioner for Trade"), lower case.
fn portfolio_keyword(w: &str) -> bool {
    matches!(
        w,
        "minister" | "ministry" | "secretary" | "commissioner" | "commission" | "department"
    )
}

type Chunks = (Vec<Np>, Vec<Vg>, Vec<Item>, Vec<usize>);

/// A month name, full or abbreviated, lower case ("november", "nov.").
pub fn is_month(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

pub fn chunk(words: &[&str], lowers: &[&str], tags: &[Tag], atoms: &[Range<usize>]) -> Chunks {
    let n = words.len();
    let mut atom_end = vec![0usize; n];
    for a in atoms {
        if a.start < a.end && a.end <= n {
            for w in a.clone() {
                atom_end[w] = atom_end[w].max(a.end);
            }
        }
    }
    let capital = |i: usize| {
        words
            .get(i)
            .and_then(|w| w.chars().next())
            .is_some_and(|c| c.is_uppercase())
    };
    // (sized once: there is at most one item a word, and seldom more phrases than half)
    let mut nps: Vec<Np> = Vec::with_capacity(n / 2 + 1);
    let mut vgs: Vec<Vg> = Vec::new();
    let mut items: Vec<Item> = Vec::with_capacity(n);
    let mut item_of_word = vec![0usize; n];
    let mut pending_possessor: Option<usize> = None;
    // what may stand between an auxiliary and its verb: adverbs, "today" ("has today
    // sanctioned"), and a short parenthesis ("has (on Tuesday) sanctioned")
    let mut adverbial = vec![false; n];
    for k in 0..n {
        adverbial[k] |= matches!(tags[k], Tag::RB | Tag::RBR | Tag::RBS)
            || matches!(lowers[k], "today" | "yesterday" | "tonight");
        if words[k] == "(" {
            if let Some(close) = (k + 1..n.min(k + 8)).find(|&c| words[c] == ")") {
                if !(k + 1..close).any(|c| tags[c].is_verb() || words[c] == "(") {
                    adverbial[k..=close].fill(true);
                }
            }
        }
    }
    let mut i = 0;
    while i < n {
        let t = tags[i];
        let lw = lowers[i];
        // ---- verb group ----
        let starts_vg = (t.is_verb() || t == Tag::MD)
            && atom_end[i] == 0
            && !(matches!(t, Tag::VBN | Tag::VBG)
                && i + 1 < n
                && is_noun_tag(tags[i + 1])
                && i > 0
                // ("Egypt and Jordan each condemned Israel's approval": a floating
                // quantifier, not a determiner)
                && !(i > 1
                    && matches!(lowers[i - 1], "each" | "both" | "all")
                    && is_noun_tag(tags[i - 2]))
                && (matches!(tags[i - 1], Tag::DT | Tag::JJ | Tag::PRPS)
                    // "full and unwavering support": coordinated with an adjective
                    || tags[i - 1] == Tag::CC && i > 1 && tags[i - 2] == Tag::JJ
                    // "with exiled dissidents", "by armed men": a participle between a
                    // preposition and a noun describes the noun
                    || t == Tag::VBN && tags[i - 1] == Tag::IN))
            // "expressed continued concern", "condemned renewed attacks": a participle
            // between a verb (no auxiliary) and a noun describes the noun
            && !(matches!(t, Tag::VBN | Tag::VBG | Tag::VBD)
                && i + 1 < n
                && is_noun_tag(tags[i + 1])
                && i > 0
                && matches!(tags[i - 1], Tag::VBD | Tag::VBZ | Tag::VBP)
                && !is_be(lowers[i - 1])
                && !is_have(lowers[i - 1])
                && !is_get(lowers[i - 1])
                && !is_do(lowers[i - 1]))
            // ("to more effectively target": a split infinitive, up to three adverbs)
            || (t == Tag::TO && (i + 1..n.min(i + 5)).any(|k| tags[k] == Tag::VB) && {
                let k = (i + 1..n)
                    .find(|&k| !matches!(tags[k], Tag::RB | Tag::RBR | Tag::RBS))
                    .unwrap_or(n);
                k < n && k <= i + 4 && tags[k] == Tag::VB
            });
        if starts_vg {
            let start = i;
            let infinitive = t == Tag::TO;
            let mut j = i + usize::from(infinitive);
            let mut last_verb = None;
            let mut modal = None;
            let mut negated = false;
            let mut aux_be = false;
            let mut prev_aux = true; // may another verb follow?
            while j < n && prev_aux {
                let tj = tags[j];
                let lj = lowers[j];
                if tj == Tag::MD {
                    modal = Some(j);
                    last_verb = Some(j);
                    prev_aux = true;
                    j += 1;
                } else if tj.is_verb() {
                    last_verb = Some(j);
                    aux_be = is_be(lj) || is_get(lj) && j + 1 < n && tags[j + 1] == Tag::VBN;
                    prev_aux = is_be(lj)
                        || is_have(lj)
                        || is_do(lj)
                        || is_get(lj) && j + 1 < n && tags[j + 1] == Tag::VBN;
                    j += 1;
                    if prev_aux {
                        // the auxiliary is the main verb unless a verb follows (adverbs between,
                        // coordinated ones too)
                        let is_adv = |k: usize| adverbial[k];
                        let k = (j..n)
                            .find(|&k| {
                                !(is_adv(k)
                                    || matches!(lowers[k], "and" | "or" | ",")
                                        && k > j
                                        && is_adv(k - 1)
                                        && k + 1 < n
                                        && is_adv(k + 1))
                            })
                            .unwrap_or(n);
                        // "has overcome", "have come": a participle spelled like the base
                        // form, which the tagger may call VB
                        let have_base = is_have(lj)
                            && tags[k] == Tag::VB
                            && !PARTICIPLE_AS_BASE.contains(&lowers[k]);
                        if k >= n || !(tags[k].is_verb()) || have_base {
                            break;
                        }
                        if is_be(lj) && tags[k] == Tag::VB {
                            break;
                        }
                    }
                } else if adverbial[j] && (last_verb.is_some() || infinitive) || is_negation(lj) {
                    // adverbs inside the group only when a verb follows; coordinated adverbs
                    // count as one ("was heavily and unjustly criticized")
                    let is_adv = |k: usize| adverbial[k];
                    let k = (j..n)
                        .find(|&k| {
                            !(is_adv(k)
                                || matches!(lowers[k], "and" | "or" | ",")
                                    && k > j
                                    && is_adv(k - 1)
                                    && k + 1 < n
                                    && is_adv(k + 1))
                        })
                        .unwrap_or(n);
                    if k < n
                        && (tags[k].is_verb() || tags[k] == Tag::MD)
                        && (last_verb.is_some() || infinitive)
                    {
                        negated |= (j..k).any(|x| is_negation(lowers[x]));
                        j = k;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let Some(head) = last_verb else {
                // "to" not followed by a verb after all
                items.push(Item::Word(i));
                item_of_word[i] = items.len() - 1;
                i += 1;
                continue;
            };
            let end = head + 1;
            let words_range = start..end;
            negated |= words_range.clone().any(|x| is_negation(lowers[x]));
            // a negation right after the group ("did not", handled) or "never" before it
            if start > 0 && lowers[start - 1] == "never" {
                negated = true;
            }
            // (and a bare participle right after a noun, before a preposition or a comma,
            // modifying it: "Japanese nationals detained in China")
            let reduced_relative = start == head
                && tags[head] == Tag::VBN
                && start > 0
                && matches!(tags[start - 1], Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
                && tags
                    .get(head + 1)
                    .is_some_and(|t| matches!(t, Tag::IN | Tag::Comma | Tag::Period))
                // (with another finite verb in the sentence: "Mirzoyan negotiated with
                // Bayramov" has no other, and is its main verb)
                && tags
                    .iter()
                    .enumerate()
                    .any(|(k, t)| k != head && matches!(t, Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD));
            let passive = (matches!(tags[head], Tag::VBN | Tag::VBD)
                && (start..head)
                    .rev()
                    .find(|&k| tags[k].is_verb())
                    .is_some_and(|k| is_be(lowers[k]) || is_get(lowers[k]))
                || reduced_relative)
                && !is_be(lowers[head])
                && !is_have(lowers[head]);
            let _ = aux_be;
            let nonfinite =
                start == head && matches!(tags[head], Tag::VBN | Tag::VBG) && !infinitive;
            let idx = vgs.len();
            vgs.push(Vg {
                words: words_range.clone(),
                head,
                passive,
                negated,
                modal,
                infinitive,
                nonfinite,
            });
            items.push(Item::Vg(idx));
            for w in words_range {
                item_of_word[w] = items.len() - 1;
            }
            i = end;
            continue;
        }
        // ---- noun phrase ----
        let np_start_tag = matches!(
            t,
            Tag::DT
                | Tag::PDT
                | Tag::PRPS
                | Tag::CD
                | Tag::PRP
                | Tag::JJ
                | Tag::JJR
                | Tag::JJS
                | Tag::Dollar
                | Tag::WPS
        ) || is_noun_tag(t)
            || atom_end[i] > 0
            // "called on both Russia and Ukraine", "either side"
            || (t == Tag::CC
                && matches!(lw, "both" | "either" | "neither")
                && i + 1 < n
                && (is_noun_tag(tags[i + 1])
                    || matches!(tags[i + 1], Tag::DT | Tag::JJ | Tag::PRPS | Tag::CD)))
            || (matches!(t, Tag::VBN | Tag::VBG | Tag::RB | Tag::RBR)
                && i + 1 < n
                && (is_noun_tag(tags[i + 1]) || tags[i + 1].is_adj()));
        let np_start_ok = np_start_tag
            // a particle is no start of a phrase ("brushed aside Seoul's offer")
            && !(matches!(t, Tag::RB | Tag::RBR)
                && matches!(
                    lw,
                    "aside" | "back" | "away" | "off" | "out" | "down" | "up" | "forward"
                        | "together" | "along" | "ahead"
                ))
            // nor a floating quantifier before a verb ("Egypt and Jordan each condemned")
            && !(matches!(lw, "each" | "both" | "all")
                && i > 0
                && is_noun_tag(tags[i - 1])
                && i + 1 < n
                && (tags[i + 1].is_verb() || tags[i + 1] == Tag::MD))
            && !(t == Tag::DT
                && matches!(lw, "that" | "which")
                && i + 1 < n
                && !is_noun_tag(tags[i + 1])
                && !tags[i + 1].is_adj());
        if np_start_ok {
            let start = i;
            if t == Tag::PRP && atom_end[i] == 0 {
                let idx = nps.len();
                nps.push(Np {
                    words: i..i + 1,
                    head: i,
                    possessor: pending_possessor.take(),
                    pronoun: true,
                });
                items.push(Item::Np(idx));
                item_of_word[i] = items.len() - 1;
                i += 1;
                continue;
            }
            let mut j = i;
            let mut seen_noun = false;
            loop {
                if j >= n {
                    break;
                }
                if atom_end[j] > j {
                    j = atom_end[j];
                    seen_noun = true;
                    continue;
                }
                let tj = tags[j];
                let lj = lowers[j];
                // "in the early hours of 19 November Russian missiles struck": a date ends
                // the phrase
                if j >= start + 2 && tags[j - 2] == Tag::CD && is_month(lowers[j - 1]) {
                    break;
                }
                let ok = if j == start {
                    true
                } else {
                    match tj {
                        Tag::DT | Tag::PDT => j > start && tags[j - 1] == Tag::PDT,
                        // "PARIS, April 15 - France said": a dash after a date ends it
                        Tag::HYPH
                            if j >= 2 && tags[j - 1] == Tag::CD && is_month(lowers[j - 2]) =>
                        {
                            false
                        }
                        Tag::JJ | Tag::JJR | Tag::JJS | Tag::CD | Tag::HYPH => {
                            !seen_noun
                                || is_noun_tag(tags[j - 1])
                                    && j + 1 < n
                                    && (is_noun_tag(tags[j + 1]) || tags[j + 1] == Tag::CD)
                        }
                        // "the steps Iran is taking", "the measures Washington imposed": a
                        // proper noun after a plural common noun, with a finite verb after
                        // it, is the subject of a relative clause that has no "that"
                        Tag::NNP | Tag::NNPS
                            if tags[j - 1] == Tag::NNS && !capital(j - 1) && {
                                let k = (j..n)
                                    .find(|&k| !matches!(tags[k], Tag::NNP | Tag::NNPS))
                                    .unwrap_or(n);
                                k < n && matches!(tags[k], Tag::VBZ | Tag::VBD | Tag::VBP | Tag::MD)
                            } =>
                        {
                            false
                        }
                        Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS => true,
                        // "more than 40 Russian warplanes": a count, not a comparison
                        Tag::IN if lj == "than" => {
                            !seen_noun
                                && matches!(lowers[j - 1], "more" | "less" | "fewer")
                                && j + 1 < n
                                && tags[j + 1] == Tag::CD
                        }
                        Tag::VBN | Tag::VBG => {
                            j + 1 < n
                                && (is_noun_tag(tags[j + 1]) || tags[j + 1].is_adj())
                                && !seen_noun
                        }
                        Tag::RB | Tag::RBR | Tag::RBS => {
                            !seen_noun
                                && j + 1 < n
                                && (tags[j + 1].is_adj() || tags[j + 1] == Tag::CD)
                        }
                        Tag::CC | Tag::Comma
                            if !seen_noun
                                && tags[j - 1].is_adj()
                                && j + 1 < n
                                && tags[j + 1].is_adj()
                                && matches!(lj, "and" | "or" | ",") =>
                        {
                            // coordinated adjectives: "awful and evil minister",
                            // "complete, full diplomatic ties"
                            true
                        }
                        Tag::CC => {
                            // "National Security and Defense Council"
                            capital(j - 1)
                                && capital(j + 1)
                                && lj == "and"
                                && (j + 1..n.min(j + 4))
                                    .any(|k| capital(k) && org_keyword(lowers[k]))
                                // (a second person's title: "Prime Minister Modi and Prime
                                // Minister Carney" are two, and so are "President Aliyev and
                                // Armenian Prime Minister Pashinyan"; "Tourism and Antiquities
                                // Minister" is one)
                                && !(0..2).any(|d| {
                                    (d == 0 || tags[j + 1] == Tag::JJ)
                                        && lowers.get(j + 1 + d).is_some_and(|w| is_title_start(w))
                                })
                                && atom_end[j - 1] == 0
                        }
                        Tag::IN => {
                            // "Secretary of State Marco Rubio", "Ministry of Foreign Affairs";
                            // "Minister for Defence Billy Joseph", "Commissioner for Trade"
                            // (not when an "of" phrase follows the portfolio: "Minister for
                            // Foreign Affairs of the Republic of Peru X" says whose after it)
                            (lj == "of" && org_keyword(lowers[j - 1])
                                || lj == "for"
                                    && portfolio_keyword(lowers[j - 1])
                                    && lowers
                                        .get((j + 1..n).find(|&k| !capital(k)).unwrap_or(n))
                                        .is_none_or(|w| *w != "of"))
                                && capital(j - 1)
                                && capital(j + 1)
                                && tags[j - 1] == Tag::NNP
                                && tags[j + 1] == Tag::NNP
                        }
                        _ => false,
                    }
                };
                if !ok {
                    break;
                }
                if is_noun_tag(tj) || tj == Tag::CD && j + 1 >= n {
                    seen_noun = true;
                }
                j += 1;
            }
            if j == start {
                j = start + 1;
            }
            let range = start..j;
            // (a quoted name's head is its last word, not the closing quote)
            let head = range
                .clone()
                .rev()
                .find(|&k| (is_noun_tag(tags[k]) || atom_end[k] > 0) && words[k] != "\"")
                .or_else(|| {
                    range
                        .clone()
                        .rev()
                        .find(|&k| matches!(tags[k], Tag::CD | Tag::PRP))
                })
                .unwrap_or(j - 1);
            let idx = nps.len();
            nps.push(Np {
                words: range.clone(),
                head,
                possessor: pending_possessor.take(),
                pronoun: false,
            });
            items.push(Item::Np(idx));
            for w in range {
                item_of_word[w] = items.len() - 1;
            }
            i = j;
            // possessive: "Russia 's demand" -> the next NP is possessed by this one
            if i < n && (tags[i] == Tag::POS || lowers[i] == "'s" && tags[i] != Tag::VBZ) {
                items.push(Item::Word(i));
                item_of_word[i] = items.len() - 1;
                i += 1;
                pending_possessor = Some(idx);
            }
            continue;
        }
        if t == Tag::PRPS || t == Tag::WPS {
            pending_possessor = None;
        }
        items.push(Item::Word(i));
        item_of_word[i] = items.len() - 1;
        i += 1;
    }
    (nps, vgs, items, item_of_word)
}

/// A word that opens a person's title ("Prime Minister", "President", "Foreign Minister").
fn is_title_start(w: &str) -> bool {
    matches!(
        w,
        "prime"
            | "president"
            | "vice"
            | "foreign"
            | "minister"
            | "secretary"
            | "king"
            | "queen"
            | "chancellor"
            | "premier"
            | "deputy"
            | "general"
            | "ambassador"
            | "envoy"
            | "senator"
    )
}
