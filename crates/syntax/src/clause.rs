//! Clauses: subject, objects, prepositional phrases, passive agent, relative clauses,
//! coordination and speech complements, found over the chunked item sequence.

use crate::words::{is_relative, is_speech_verb_form, is_subordinator};
use crate::{Item, SentenceSyntax};
use lede_tagger::Tag;

/// A prepositional phrase attached to a verb: the preposition and its NP group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pp {
    pub prep: usize,
    pub nps: Vec<usize>,
}

/// The clause of one verb group.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Clause {
    /// Subject NPs (several when coordinated). For a passive verb this is the patient.
    pub subject: Vec<usize>,
    /// How the subject was found ("left", "relative", "coordinated-vp", "control", ...).
    pub subject_rule: &'static str,
    /// Direct object NPs.
    pub objects: Vec<usize>,
    pub preps: Vec<Pp>,
    /// The `by` agent of a passive verb.
    pub agent: Vec<usize>,
    /// The verb group whose clausal complement this clause is ("said that X attacked Y").
    pub complement_of: Option<usize>,
    /// The antecedent NP of an object relative clause ("a request that Ukraine rejected").
    pub relative_object: Option<usize>,
    /// The particle of a phrasal verb ("pull out").
    pub particle: Option<usize>,
    /// Word index where the clause's material after the verb ends (exclusive).
    pub end: usize,
}

/// Verbs of stance that a reported clause can hold ("said China regretted ... and urged").
fn is_stance_verb_form(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "regret", "welcom", "condemn", "hope", "support", "oppos", "reject", "agree", "want",
        "believ", "accus", "criticis", "criticiz", "praise", "deplor", "demand",
    ];
    STEMS.iter().any(|st| w.starts_with(st))
}

fn word_of(s: &SentenceSyntax, item: usize) -> Option<usize> {
    match s.items.get(item)? {
        Item::Word(w) => Some(*w),
        _ => None,
    }
}

fn np_of(s: &SentenceSyntax, item: usize) -> Option<usize> {
    match s.items.get(item)? {
        Item::Np(n) => Some(*n),
        _ => None,
    }
}

fn item_of_np(s: &SentenceSyntax, np: usize) -> usize {
    s.item_of_word[s.nps[np].words.start]
}

/// The conjunct starting at `item` and the item after it: an NP, or for a possessor
/// ("Ukraine 's President Zelenskyy") the phrase it possesses.
fn conjunct(s: &SentenceSyntax, item: usize) -> Option<(usize, usize)> {
    let np = np_of(s, item)?;
    if let (Some(Item::Word(_)), Some(possessed)) = (s.items.get(item + 1), np_of(s, item + 2)) {
        if s.nps[possessed].possessor == Some(np) {
            return Some((possessed, item + 3));
        }
    }
    Some((np, item + 1))
}

/// The item after the "of NP" phrases that follow a conjunct ending before `item`.
fn of_tail(s: &SentenceSyntax, lowers: &[&str], mut item: usize) -> usize {
    while word_of(s, item).is_some_and(|w| lowers[w] == "of") && np_of(s, item + 1).is_some() {
        item += 2;
    }
    item
}

/// A list of conjuncts that each carry "of" phrases, starting with `first` (whose item
/// after is `after_first`): `NP of NP (, NP of NP)* ,? and NP of NP`. Every conjunct must have
/// its own "of" phrase, so that "the leaders of France and Germany" stays one NP with a
/// coordinated "of" phrase. Returns the members and the item after the last one.
fn of_chain(
    s: &SentenceSyntax,
    lowers: &[&str],
    first: usize,
    after_first: usize,
) -> Option<(Vec<usize>, usize)> {
    let mut j = of_tail(s, lowers, after_first);
    if j == after_first {
        return None;
    }
    let mut members = vec![first];
    loop {
        let w = word_of(s, j).map(|w| lowers[w]);
        let (next_item, last) = match w {
            Some(",") => match word_of(s, j + 1).map(|w| lowers[w]) {
                Some("and") | Some("or") => (j + 2, true),
                _ => (j + 1, false),
            },
            Some("and") | Some("or") => (j + 1, true),
            _ => return None,
        };
        let (next, after) = conjunct(s, next_item)?;
        let end = of_tail(s, lowers, after);
        // (the chunker may have kept the phrase inside: "the Prime Minister of Benin")
        let inside = lowers[s.nps[next].words.clone()].contains(&"of");
        if end == after && !inside {
            return None;
        }
        members.push(next);
        j = end;
        if last {
            return Some((members, j));
        }
    }
}

/// Groups coordinated NPs: `NP (, NP)* ,? and|or NP`.
pub fn coordinate(s: &mut SentenceSyntax, lowers: &[&str], tags: &[Tag]) {
    s.group_of_np = vec![usize::MAX; s.nps.len()];
    let mut k = 0;
    while k < s.items.len() {
        let Some(first) = np_of(s, k) else {
            k += 1;
            continue;
        };
        if s.group_of_np[first] != usize::MAX {
            k += 1;
            continue;
        }
        // "Ukraine's President Zelenskyy": the possessed phrase is the conjunct
        let (first, after_first) = conjunct(s, k).unwrap_or((first, k + 1));
        if s.group_of_np[first] != usize::MAX {
            k += 1;
            continue;
        }
        // try to extend a chain
        let mut members = vec![first];
        let mut j = after_first;
        let mut closed = false;
        loop {
            // an acronym in brackets after a conjunct: "the Rapid Support Forces (RSF) and"
            if word_of(s, j).is_some_and(|w| lowers[w] == "(") {
                if let Some(close) = (j + 1..s.items.len().min(j + 4))
                    .find(|&x| word_of(s, x).is_some_and(|w| lowers[w] == ")"))
                {
                    j = close + 1;
                }
            }
            let w = word_of(s, j).map(|w| lowers[w]);
            match w {
                Some(",") => {
                    if let Some((next, after)) = conjunct(s, j + 1) {
                        // "Speaker Nabih Berri, a close Hezbollah ally, and Prime Minister
                        // Nawaf Salam": an indefinite phrase between commas after a name
                        // describes it, and is no member
                        let last = members[members.len() - 1];
                        let apposition = matches!(lowers[s.nps[next].words.start], "a" | "an")
                            && matches!(tags[s.nps[last].head], Tag::NNP | Tag::NNPS)
                            && word_of(s, after).is_some_and(|w| lowers[w] == ",");
                        if !apposition {
                            members.push(next);
                        }
                        j = after;
                        continue;
                    }
                    if let Some(cc) = word_of(s, j + 1).map(|w| lowers[w]) {
                        if matches!(cc, "and" | "or") {
                            if let Some((next, after)) = conjunct(s, j + 2) {
                                // "... on Monday, and Britain imposed ...": a new clause
                                // (a list of two has no comma before "and")
                                let finite_verb_after = matches!(
                                    s.items.get(after),
                                    Some(Item::Vg(g)) if !s.vgs[*g].nonfinite && !s.vgs[*g].infinitive
                                );
                                if members.len() == 1 && finite_verb_after {
                                    break;
                                }
                                members.push(next);
                                closed = true;
                                j = after;
                            }
                        }
                    }
                    break;
                }
                Some("and") | Some("or") => {
                    // "spoke with X and with Y": the same preposition again
                    let prep_before = k.checked_sub(1).and_then(|x| word_of(s, x));
                    let prep_again = word_of(s, j + 1);
                    // (a name: "with the United Kingdom and with support from" is no list)
                    let named = |x: usize| {
                        np_of(s, x).is_some_and(|np| {
                            matches!(tags.get(s.nps[np].head), Some(Tag::NNP | Tag::NNPS))
                        })
                    };
                    let at = match (prep_before, prep_again) {
                        (Some(p), Some(q))
                            if lowers[p] == lowers[q]
                                && matches!(lowers[p], "with" | "to" | "against" | "for")
                                && named(j + 2) =>
                        {
                            j + 2
                        }
                        _ => j + 1,
                    };
                    if let Some((next, after)) = conjunct(s, at) {
                        // "Hamas released three hostages and Israel freed 90 prisoners": after
                        // an object (a verb right before the first conjunct, not one of
                        // saying: "said Russia and Ukraine agreed"), a conjunct with a finite
                        // verb after it begins a new clause
                        let finite_verb_after = matches!(
                            s.items.get(after),
                            Some(Item::Vg(g)) if !s.vgs[*g].nonfinite && !s.vgs[*g].infinitive
                        );
                        // (a verb in the past with a subject before it)
                        let object_of_verb = k.checked_sub(1).is_some_and(|x| {
                            matches!(
                                s.items.get(x),
                                Some(Item::Vg(g)) if !is_speech_verb_form(lowers[s.vgs[*g].head])
                                    && tags.get(s.vgs[*g].head) == Some(&Tag::VBD)
                            ) && s.items[..x].iter().any(|i| matches!(i, Item::Np(_)))
                        });
                        if members.len() == 1 && finite_verb_after && object_of_verb && at == j + 1
                        {
                            break;
                        }
                        members.push(next);
                        closed = true;
                        j = after;
                    }
                    break;
                }
                _ => break,
            }
        }
        if !closed {
            members.truncate(1);
            // "the President of Kazakhstan, the President of the Kyrgyz Republic and the
            // President of Uzbekistan": conjuncts that each carry an "of" phrase
            if let Some((chain, end)) = of_chain(s, lowers, first, after_first) {
                members = chain;
                closed = true;
                j = end;
            }
        }
        // "X and Y" where Y starts a new clause (Y followed by a verb that has X's clause) is
        // rare; accepted.
        let g = s.np_groups.len();
        for &m in &members {
            s.group_of_np[m] = g;
        }
        s.np_groups.push(members);
        k = if closed { j } else { k + 1 };
    }
    // every NP is in a group, alone if it is coordinated with nothing (a possessor, say)
    for np in 0..s.nps.len() {
        if s.group_of_np[np] == usize::MAX {
            s.group_of_np[np] = s.np_groups.len();
            s.np_groups.push(vec![np]);
        }
    }
}

fn group(s: &SentenceSyntax, np: usize) -> Vec<usize> {
    s.conjuncts(np).to_vec()
}

/// First item of the NP group containing `np`.
fn group_start_item(s: &SentenceSyntax, np: usize) -> usize {
    s.conjuncts(np)
        .iter()
        .map(|&m| item_of_np(s, m))
        .min()
        .unwrap_or_else(|| item_of_np(s, np))
}

/// Whether noun phrase `np` is a time phrase of a deictic word and a time noun ("last
/// night", "this week", "earlier this month"): an adverbial, never an object.
pub fn is_time_phrase(s: &SentenceSyntax, np: usize, lowers: &[&str]) -> bool {
    let n = &s.nps[np];
    let Some(&first) = lowers.get(n.words.start) else {
        return false;
    };
    matches!(first, "last" | "this" | "next" | "earlier" | "later")
        && matches!(
            lowers.get(n.head).copied(),
            Some(
                "night"
                    | "week"
                    | "month"
                    | "year"
                    | "morning"
                    | "evening"
                    | "afternoon"
                    | "weekend"
            )
        )
}

fn group_end_item(s: &SentenceSyntax, np: usize) -> usize {
    s.conjuncts(np)
        .iter()
        .map(|&m| item_of_np(s, m))
        .max()
        .unwrap_or_else(|| item_of_np(s, np))
}

fn is_prep(s: &SentenceSyntax, item: usize, tags: &[Tag], lowers: &[&str]) -> bool {
    word_of(s, item).is_some_and(|w| {
        matches!(tags[w], Tag::IN | Tag::TO)
            && !matches!(
                lowers[w],
                "that" | "whether" | "if" | "because" | "although" | "though" | "while" | "as"
            )
    })
}

fn is_adverb_item(s: &SentenceSyntax, item: usize, tags: &[Tag]) -> bool {
    word_of(s, item).is_some_and(|w| matches!(tags[w], Tag::RB | Tag::RBR | Tag::RBS))
}

/// Verbs that judge their object for what it did ("accused the bloc of imposing ...").
const JUDGING: &[&str] = &[
    "accus",
    "blam",
    "critici",
    "condemn",
    "prais",
    "thank",
    "commend",
    "fault",
    "charg",
    "congratulat",
    "punish",
    "sanction",
    "reproach",
    "censur",
    "rebuk",
    "suspect",
    "convict",
    "denounc",
    "slam",
    "lambast",
    "applaud",
    "hail",
];

const OBJECT_CONTROL: &[&str] = &[
    "urge",
    "ask",
    "call",
    "invite",
    "force",
    "allow",
    "order",
    "tell",
    "push",
    "press",
    "encourage",
    "persuade",
    "pressure",
    "demand",
    "require",
    "compel",
    "permit",
    "authorize",
    "authorise",
    "instruct",
    "direct",
    "help",
    "want",
    "expect",
    "warn",
    "advise",
    // ("enables the Russian Federation's economy to fund its aggression")
    "enabl",
    "empower",
];

fn starts_with_any(w: &str, stems: &[&str]) -> bool {
    stems.iter().any(|s| w.starts_with(s))
}

/// A verb group that can have a subject of its own: a tensed verb or a modal first ("expelled",
/// "has expelled", "will expel"), not a bare participle ("talks hosted by Egypt").
fn finite(vg: &crate::Vg, tags: &[Tag]) -> bool {
    !vg.infinitive
        && !vg.nonfinite
        && matches!(
            tags[vg.words.start],
            Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD
        )
}

pub fn clauses(s: &mut SentenceSyntax, lowers: &[&str], tags: &[Tag]) {
    let nvg = s.vgs.len();
    let mut out: Vec<Clause> = vec![Clause::default(); nvg];
    let vg_item: Vec<usize> = (0..nvg)
        .map(|v| s.item_of_word[s.vgs[v].words.start])
        .collect();
    for v in 0..nvg {
        let p = vg_item[v];
        let mut c = Clause {
            end: lowers.len(),
            ..Clause::default()
        };
        // ---------- right side: objects and prepositional phrases ----------
        let mut k = p + 1;
        // (a verb in scare quotes, Washington "commends" the leaders: its object follows the
        // closing mark)
        let quote_item =
            |k: usize| word_of(s, k).is_some_and(|w| matches!(tags[w], Tag::RQuote | Tag::LQuote));
        // (also past adverbs within the marks: Algeria "categorically rejected" the claims)
        let mut open = p;
        while open > 0 && is_adverb_item(s, open - 1, tags) {
            open -= 1;
        }
        if open > 0 && quote_item(open - 1) && quote_item(k) {
            k += 1;
        }
        while is_adverb_item(s, k, tags) {
            k += 1;
        }
        // "killed at least 20 people": a quantity's "at least" is no preposition
        if word_of(s, k).is_some_and(|w| lowers[w] == "at")
            && word_of(s, k + 1).is_some_and(|w| matches!(lowers[w], "least" | "most"))
            && np_of(s, k + 2).is_some()
        {
            k += 2;
        }
        if let Some(w) = word_of(s, k) {
            if tags[w] == Tag::RP {
                c.particle = Some(w);
                k += 1;
            }
        }
        // ('"appreciates and welcomes" Nauru's decision': past the closing quotation mark)
        if word_of(s, k).is_some_and(|w| matches!(tags[w], Tag::RQuote | Tag::LQuote))
            && np_of(s, k + 1).is_some()
        {
            k += 1;
        }
        // "the attack carried out last night by Israeli forces": a time phrase is no object
        if let Some(np) = np_of(s, k).filter(|&np| is_time_phrase(s, np, lowers)) {
            k = group_end_item(s, np) + 1;
        }
        if let Some(np) = np_of(s, k) {
            let head_word = lowers[s.nps[np].head];
            // "said that" is a complementizer, handled below; a pronoun object is fine
            if !(head_word == "that" && s.nps[np].words.len() == 1) {
                c.objects = group(s, np);
                k = group_end_item(s, np) + 1;
                // "thanked Qatar's Emir ... and Turkish President Erdogan": a possessor
                // whose possessed phrase opens a list stands for the list
                if let Some((possessed, _)) = conjunct(s, item_of_np(s, np)) {
                    if possessed != np && s.conjuncts(possessed).len() > 1 {
                        c.objects = group(s, possessed);
                        k = group_end_item(s, possessed) + 1;
                    }
                }
            }
        }
        loop {
            while is_adverb_item(s, k, tags) {
                k += 1;
            }
            if is_prep(s, k, tags, lowers) {
                let prep = word_of(s, k).unwrap_or(0);
                if let Some(np) = np_of(s, k + 1) {
                    let nps = group(s, np);
                    if lowers[prep] == "by" && s.vgs[v].passive && c.agent.is_empty() {
                        c.agent = nps.clone();
                    }
                    c.preps.push(Pp { prep, nps });
                    k = group_end_item(s, np) + 1;
                    // "of/for X" extends the previous NP; keep going
                    continue;
                }
            }
            break;
        }
        c.end = match s.items.get(k) {
            Some(Item::Np(n)) => s.nps[*n].words.start,
            Some(Item::Vg(g)) => s.vgs[*g].words.start,
            Some(Item::Word(w)) => *w,
            None => lowers.len(),
        };
        // ---------- left side: subject ----------
        let vg = &s.vgs[v];
        if vg.infinitive {
            // "for Ukrainian forces to withdraw": the NP after "for" is the subject
            if p >= 2 {
                // (the word before the group only when there is a group: a sentence with
                // no noun phrase has no NP 0)
                if let Some((np, w)) = np_of(s, p - 1).and_then(|np| {
                    word_of(s, group_start_item(s, np).saturating_sub(1)).map(|w| (np, w))
                }) {
                    if lowers[w] == "for" {
                        c.subject = group(s, np);
                        c.subject_rule = "for-to";
                    }
                }
            }
            if c.subject.is_empty() {
                // control: the previous verb's object (object control) or subject
                if let Some(prev) = (0..v).rev().find(|&u| vg_item[u] < p) {
                    let head = &lowers[s.vgs[prev].head];
                    let pc: &Clause = &out[prev];
                    if starts_with_any(head, OBJECT_CONTROL) && !pc.objects.is_empty() {
                        c.subject = pc.objects.clone();
                        c.subject_rule = "object-control";
                    } else if !pc.subject.is_empty() {
                        c.subject = pc.subject.clone();
                        c.subject_rule = "subject-control";
                    }
                }
            }
        } else {
            let mut k = p as isize - 1;
            let mut found = false;
            while k >= 0 && !found {
                let ku = k as usize;
                // (a floating quantifier: "Egypt and Jordan each condemned")
                // (a quotation that opens with the verb: 'said it "stands firmly with ..."')
                if is_adverb_item(s, ku, tags)
                    || (ku + 1..p).all(|j| is_adverb_item(s, j, tags))
                        && word_of(s, ku).is_some_and(|w| {
                            matches!(
                                lowers[w],
                                "each" | "both" | "all" | "\"" | "''" | "``" | "\u{201c}"
                            )
                        })
                {
                    k -= 1;
                    continue;
                }
                match s.items[ku] {
                    Item::Np(np) => {
                        let gs = group_start_item(s, np);
                        // "after Thailand expelled ...", "a day before Kyiv struck ...": a
                        // conjunction read as a preposition, its NP right before a finite
                        // verb, opens a clause whose subject is that NP
                        let conjunction = gs > 0
                            && group_end_item(s, np) + 1 == p
                            && finite(vg, tags)
                            && word_of(s, gs - 1).is_some_and(|w| {
                                matches!(lowers[w], "after" | "before" | "since" | "until" | "once")
                            });
                        // inside a prepositional phrase: keep looking left for its head noun
                        if gs > 0 && is_prep(s, gs - 1, tags, lowers) && !conjunction {
                            k = gs as isize - 2;
                            continue;
                        }
                        // an object relative: "a request that Ukraine has rejected"
                        if gs >= 2 {
                            if let Some(w) = word_of(s, gs - 1) {
                                if matches!(lowers[w], "that" | "which" | "whom") {
                                    let mut a = gs as isize - 2;
                                    if word_of(s, a as usize).is_some_and(|w| lowers[w] == ",") {
                                        a -= 1;
                                    }
                                    if a >= 0 {
                                        c.relative_object = np_of(s, a as usize);
                                    }
                                }
                            }
                        }
                        c.subject = group(s, np);
                        c.subject_rule = "left";
                        found = true;
                    }
                    Item::Word(w) => {
                        let lw = lowers[w];
                        if is_relative(lw) && lw != "that"
                            || lw == "that" && matches!(tags[w], Tag::WDT)
                        {
                            // subject relative: the antecedent
                            let mut a = k - 1;
                            if a >= 0 && word_of(s, a as usize).is_some_and(|w| lowers[w] == ",") {
                                a -= 1;
                            }
                            if a >= 0 {
                                if let Some(np) = np_of(s, a as usize) {
                                    c.subject = vec![np];
                                    c.subject_rule = "relative";
                                }
                            }
                            found = true;
                        } else if lw == ")" {
                            // "the Rapid Support Forces (RSF) said": skip the bracket
                            let open = (ku.saturating_sub(4)..ku)
                                .rev()
                                .find(|&x| word_of(s, x).is_some_and(|w| lowers[w] == "("));
                            match open {
                                Some(o) => {
                                    k = o as isize - 1;
                                    continue;
                                }
                                None => found = true,
                            }
                        } else if matches!(lw, "and" | "or" | "but") {
                            // coordinated verb phrase: share the previous verb's subject
                            // ("ordered the officials to leave and recalled its ambassador":
                            // a past-tense verb shares the subject of the past-tense verb
                            // that governs the infinitive between, not the infinitive's)
                            let prev = (0..v).rev().find(|&u| vg_item[u] < p).map(|u| {
                                let past = |x: usize| tags[s.vgs[x].words.start] == Tag::VBD;
                                // ("threatened to expel troops deployed in Somalia to fight
                                // militants, and signed ...": past participles too)
                                let embedded = |x: usize| s.vgs[x].infinitive || s.vgs[x].nonfinite;
                                if embedded(u) && !vg.infinitive && past(v) {
                                    (0..u)
                                        .rev()
                                        .find(|&x| !embedded(x))
                                        .filter(|&x| {
                                            past(x) && s.vgs[x].head == s.vgs[x].words.start
                                        })
                                        .unwrap_or(u)
                                } else {
                                    u
                                }
                            });
                            // ("condemned the launch as "a provocation" that violates
                            // resolutions, and urged ...": past a relative clause, whose
                            // subject the chunker did not find, to the verb before it)
                            let prev = prev.map(|u| {
                                let relative = |x: usize| {
                                    out[x].subject.is_empty()
                                        && s.vgs[x].words.start > 0
                                        && matches!(
                                            lowers[s.vgs[x].words.start - 1],
                                            "that" | "which" | "who"
                                        )
                                };
                                if relative(u) {
                                    (0..u)
                                        .rev()
                                        .find(|&x| !out[x].subject.is_empty())
                                        .filter(|&x| !s.vgs[x].nonfinite)
                                        .unwrap_or(u)
                                } else {
                                    u
                                }
                            });
                            // ("would expel 12 officials serving in Algeria's network and
                            // recall its ambassador": past a participle that modifies the
                            // object, to the verb whose object it is)
                            let prev = prev.map(|u| {
                                let gu = &s.vgs[u];
                                let reduced_relative = gu.nonfinite
                                    && !gu.infinitive
                                    && matches!(tags[gu.head], Tag::VBG | Tag::VBN)
                                    && out[u].subject_rule == "left"
                                    && out[u]
                                        .subject
                                        .iter()
                                        .any(|&np| group_end_item(s, np) + 1 == vg_item[u]);
                                if !reduced_relative || vg.nonfinite {
                                    return u;
                                }
                                (0..u)
                                    .rev()
                                    .find(|&x| !s.vgs[x].nonfinite && !out[x].subject.is_empty())
                                    .unwrap_or(u)
                            });
                            // ("demanded that Russia halt its cooperation, and warned that
                            // ...", "said the strikes killed civilians and vowed to
                            // retaliate": a past verb of saying after a clause that reports
                            // someone else's act is the reporter's, not the reported actor's;
                            // after a reported word or stance, "said China regretted the
                            // strike and urged restraint", it goes on with the reported one)
                            let prev = prev.map(|u| {
                                if tags[vg.words.start] != Tag::VBD
                                    || !(is_speech_verb_form(lowers[vg.head])
                                        || starts_with_any(lowers[vg.head], JUDGING))
                                    || out[u].subject_rule != "left"
                                    || is_speech_verb_form(lowers[s.vgs[u].head])
                                    || is_stance_verb_form(lowers[s.vgs[u].head])
                                {
                                    return u;
                                }
                                let Some(&subj) = out[u].subject.first() else {
                                    return u;
                                };
                                // (from its possessor: "said Russia's position was ...")
                                let subj_item =
                                    item_of_np(s, s.nps[subj].possessor.unwrap_or(subj));
                                (0..u)
                                    .rev()
                                    .find(|&x| vg_item[x] < subj_item)
                                    .filter(|&x| {
                                        let gx = &s.vgs[x];
                                        let that = subj_item
                                            .checked_sub(1)
                                            .and_then(|i| word_of(s, i))
                                            .is_some_and(|w| lowers[w] == "that");
                                        tags[gx.words.start] == Tag::VBD
                                            && !gx.passive
                                            && !out[x].subject.is_empty()
                                            && (that && vg_item[x] + 2 == subj_item
                                                || is_speech_verb_form(lowers[gx.head])
                                                    && vg_item[x] + 1 == subj_item)
                                    })
                                    .unwrap_or(u)
                            });
                            if let Some(prev) = prev {
                                if !out[prev].subject.is_empty()
                                    && out[prev].complement_of.is_none()
                                {
                                    c.subject = out[prev].subject.clone();
                                    c.subject_rule = "coordinated-vp";
                                }
                            }
                            found = true;
                        } else if lw == ","
                            && ku + 1 == p
                            && tags[vg.words.start] == Tag::VBD
                            && !vg.passive
                            && (0..v).rev().find(|&u| vg_item[u] < p).is_some_and(|u| {
                                tags[s.vgs[u].words.start] == Tag::VBD
                                    && !s.vgs[u].passive
                                    && !out[u].subject.is_empty()
                                    && out[u].complement_of.is_none()
                            })
                        {
                            // a list of past-tense verb phrases: "The Leaders remained deeply
                            // concerned about X, called on Y to ..., and stressed that ...":
                            // the one before shares its subject
                            if let Some(prev) = (0..v).rev().find(|&u| vg_item[u] < p) {
                                c.subject = out[prev].subject.clone();
                                c.subject_rule = "coordinated-vp";
                            }
                            found = true;
                        } else if lw == "," {
                            // skip a parenthetical ", who ..., " or an apposition ", NP ,"
                            let mut q = k - 1;
                            let mut saw_relative = false;
                            let mut only_np = true;
                            while q >= 0 {
                                match s.items[q as usize] {
                                    Item::Word(w2) if lowers[w2] == "," => break,
                                    Item::Word(w2)
                                        if is_relative(lowers[w2]) || lowers[w2] == "according" =>
                                    {
                                        saw_relative = true;
                                        only_np = false;
                                    }
                                    // ", whose country was hit with tariffs,"
                                    Item::Np(n) if lowers[s.nps[n].words.start] == "whose" => {
                                        saw_relative = true;
                                        only_np = false;
                                    }
                                    Item::Np(_) => {}
                                    // "Israel Katz, Israel's defense minister, said"
                                    Item::Word(w2) if tags[w2] == Tag::POS => {}
                                    // "Maria Lopez, the foreign minister of Chile, said",
                                    // "..., Russia's ambassador to the UN, said"
                                    Item::Word(w2)
                                        if matches!(lowers[w2], "of" | "for" | "to")
                                            && q >= 1
                                            && matches!(s.items[q as usize - 1], Item::Np(_))
                                            && matches!(
                                                s.items.get(q as usize + 1),
                                                Some(Item::Np(_))
                                            ) => {}
                                    _ => only_np = false,
                                }
                                q -= 1;
                            }
                            // ", speaking to reporters in Vienna," / ", in a post on X,": a
                            // participle or prepositional aside after a noun phrase (", also
                            // in Tirana,": after an adverb too)
                            let prep_at = |i: usize| {
                                word_of(s, i).is_some_and(|w2| {
                                    tags[w2] == Tag::IN && !is_subordinator(lowers[w2])
                                })
                            };
                            let aside = q >= 1
                                && q + 1 < k
                                && np_of(s, q as usize - 1).is_some()
                                && match s.items[q as usize + 1] {
                                    Item::Vg(g) => s.vgs[g].nonfinite,
                                    Item::Word(w2) => {
                                        prep_at(q as usize + 1)
                                            || tags[w2] == Tag::RB
                                                && (q as usize + 2) < k as usize
                                                && prep_at(q as usize + 2)
                                    }
                                    _ => false,
                                };
                            if q >= 0 && (saw_relative || aside || only_np && q < k - 1) {
                                // jump before the opening comma
                                k = q - 1;
                                continue;
                            }
                            found = true;
                        } else {
                            found = true;
                        }
                    }
                    // a reduced relative ("drones launched by the RSF struck"): the subject
                    // is the noun phrase it modifies
                    Item::Vg(u)
                        if s.vgs[u].nonfinite
                            && tags[s.vgs[u].head] == Tag::VBN
                            && ku >= 1
                            && np_of(s, ku - 1).is_some() =>
                    {
                        k -= 1;
                        continue;
                    }
                    Item::Vg(_) => found = true,
                }
                k -= 1;
            }
            // "accused the bloc of doing too little ... and of imposing sanctions": a gerund
            // after "of" or "for" that a verb of blame or praise governs is done by that
            // verb's object
            let gerund_of = vg.nonfinite
                && tags[vg.words.start] == Tag::VBG
                && vg.words.start > 0
                && matches!(lowers[vg.words.start - 1], "of" | "for");
            if gerund_of {
                let judged = (0..v).rev().find(|&u| {
                    vg_item[u] < p
                        && starts_with_any(lowers[s.vgs[u].head], JUDGING)
                        && !out[u].objects.is_empty()
                        && !s.vgs[u].passive
                });
                if let Some(u) = judged {
                    c.subject = out[u].objects.clone();
                    c.subject_rule = "judged-object";
                }
            }
            if c.subject.is_empty() && vg.nonfinite {
                // "..., stating": the subject of the clause it hangs on
                if let Some(prev) = (0..v)
                    .rev()
                    .find(|&u| vg_item[u] < p && !out[u].subject.is_empty())
                {
                    c.subject = out[prev].subject.clone();
                    c.subject_rule = "participle";
                }
            }
        }
        out[v] = c;
    }
    // ---------- speech complements: "X said (that) Y attacked Z" ----------
    for v in 0..nvg {
        let head = lowers[s.vgs[v].head];
        let p = vg_item[v];
        // "made clear that ...", "made it plain that ...": a statement too
        let made_clear = if matches!(head, "make" | "makes" | "made" | "making") {
            let end = s.vgs[v].words.end;
            (end..end + 2)
                .find(|&w| {
                    lowers
                        .get(w)
                        .is_some_and(|x| *x == "clear" || *x == "plain")
                })
                .and_then(|w| s.item_of_word.get(w).copied())
        } else {
            None
        };
        if !is_speech_verb_form(head) && made_clear.is_none() {
            continue;
        }
        // material after the verb: optional object ("told reporters"), optional "that"
        let mut k = made_clear.map_or(p + 1, |it| it + 1);
        while is_adverb_item(s, k, tags) {
            k += 1;
        }
        if let Some(np) = np_of(s, k) {
            // (past a scare quote's opening mark: said it "welcomes" ...)
            // (and past adverbs: said it "fully supports" ..., said it strongly condemns ...)
            let mut after = group_end_item(s, np) + 1;
            let mut skip = after;
            while word_of(s, skip).is_some_and(|w| matches!(tags[w], Tag::RQuote | Tag::LQuote))
                || is_adverb_item(s, skip, tags)
            {
                skip += 1;
            }
            if skip > after && vg_item.contains(&skip) {
                after = skip;
            }
            if !out[v].objects.is_empty()
                && out[v].objects.contains(&np)
                && vg_item.iter().position(|&x| x == after).is_none()
            {
                k = group_end_item(s, np) + 1;
            }
        }
        if word_of(s, k).is_some_and(|w| lowers[w] == "that") {
            k += 1;
        }
        // the next verb group after k whose subject lies after the speech verb
        if let Some(u) = (v + 1..nvg).find(|&u| vg_item[u] >= k) {
            let subj_ok = out[u].subject.iter().all(|&np| item_of_np(s, np) >= k)
                && !out[u].subject.is_empty();
            let between_ok = (k..vg_item[u])
                .all(|it| !matches!(word_of(s, it).map(|w| lowers[w]), Some(";") | Some(".")));
            if subj_ok && between_ok && out[u].complement_of.is_none() {
                out[u].complement_of = Some(v);
                // the speech verb's "object" was really the complement's subject
                if out[v].objects.iter().any(|o| out[u].subject.contains(o)) {
                    out[v].objects.clear();
                }
            }
        }
    }
    s.clauses = out;
}
