//! Event coding: verb patterns matched on each clause (subject, objects, prepositional
//! phrases, passive agent), event nouns ("Russia's demand for ..."), modality, and the date
//! and place the sentence supports.

use crate::actors::{country_of, ArticleActors, ArticlePlaces, MEETING_NOUNS};
use crate::lexicon::{DiscardHit, Lexicon};
use crate::sentence::{DocAnalysis, SentenceAnalysis};
use crate::ArticleInput;
use lede_dates::{DateExpr, DateValue};
use lede_dict::{CodeSpec, DictFormat, PatElem, VerbPattern};
use lede_model::{ActorRef, Event, Mention, Modality, PlaceRef, Span};
use lede_syntax::{Item, Tag};
use lede_text::Document;
use rustc_hash::FxHashSet;
use std::borrow::Cow;

/// PLOVER category of a CAMEO code, by its root (and a few subcodes).
pub fn plover_of(code: &str) -> Option<&'static str> {
    if code.starts_with("057") {
        return Some("AGREE");
    }
    if code.starts_with("087") {
        return Some("RETREAT");
    }
    Some(match code.get(..2)? {
        "01" => return None,
        "02" | "10" => "REQUEST",
        "03" => "AGREE",
        "04" => "CONSULT",
        "05" => "SUPPORT",
        "06" => "COOPERATE",
        "07" => "AID",
        "08" => "CONCEDE",
        "09" => return None,
        "11" => "ACCUSE",
        "12" => "REJECT",
        "13" => "THREATEN",
        "14" => "PROTEST",
        "15" => "MOBILIZE",
        "16" => "SANCTION",
        "17" => "COERCE",
        "18" | "19" | "20" => "ASSAULT",
        _ => return None,
    })
}

/// A participant: the NP and the code at that mention. (Code and name are borrowed from the
/// article's actors where they come from there: a party is built many times a clause.)
#[derive(Clone)]
struct Party<'a> {
    /// The noun phrase that names it, or [`UNSAID`].
    np: usize,
    place: bool,
    code: Cow<'a, str>,
    name: Option<Cow<'a, str>>,
}

/// `Party::np` of a side the sentence does not name: the statement's author or the
/// speaker of the quotation the sentence is in. Its text is its name.
const UNSAID: usize = usize::MAX;

struct Found<'a> {
    pattern: usize,
    score: usize,
    /// Words of the pattern found in the sentence as written (not as a plural).
    exact: usize,
    source: Vec<Party<'a>>,
    target: Vec<Party<'a>>,
}

fn party<'a>(sa: &SentenceAnalysis, actors: &'a ArticleActors, np: usize) -> Option<Party<'a>> {
    let r = actors.reading(sa.index, np)?;
    let code = Cow::Borrowed(r.code.as_deref()?);
    let name = r
        .actor
        .and_then(|a| actors.list[a].name.as_deref())
        .map(Cow::Borrowed);
    Some(Party {
        np,
        code,
        name,
        place: r.place,
    })
}

/// The actor an NP stands for, or whose thing it is: itself, its possessor, an "of X" after
/// it, or for an event noun in apposition ("Russia's demand ..., a request that ...") the
/// owner of the noun it renames.
fn owner<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    np: usize,
    depth: usize,
) -> Option<Party<'a>> {
    if let Some(p) = party(sa, actors, np) {
        return Some(p);
    }
    let n = &sa.syntax.nps[np];
    if let Some(p) = n.possessor.and_then(|p| party(sa, actors, p)) {
        return Some(p);
    }
    // "rejected the Turkish proposal": the country whose stand it is
    if let Some(code) = actors
        .reading(sa.index, np)
        .and_then(|r| r.thing_of.clone())
    {
        return Some(Party {
            np,
            code: Cow::Owned(code),
            name: None,
            place: false,
        });
    }
    // "the strikes by Russia", "the release of prisoners by Belarus": who did it
    if actors.lede_rules {
        if let Some(p) = action_agents(sa, actors, np).into_iter().next() {
            return Some(p);
        }
    }
    let after = n.words.end;
    if sa.lowers.get(after).is_some_and(|w| *w == "of") {
        if let Some(x) = sa.syntax.np_of_word(after + 1) {
            if let Some(p) = party(sa, actors, x) {
                return Some(p);
            }
            // "a number of targets in Yemen": the owner of what it counts
            let counts = matches!(
                sa.lowers[n.head],
                "number" | "dozens" | "hundreds" | "thousands" | "series" | "wave" | "barrage"
            );
            // "the President of the Republic of Kazakhstan": the state a polity noun names
            let polity = matches!(
                sa.lowers[sa.syntax.nps[x].head],
                "republic" | "kingdom" | "state" | "federation" | "sultanate" | "principality"
            );
            if (counts || polity) && depth == 0 && actors.lede_rules {
                if let Some(p) = owner(sa, actors, x, depth + 1) {
                    return Some(p);
                }
            }
        }
    }
    // "efforts for capacity-building of the Lebanese Armed Forces": whom they are for
    if actors.lede_rules
        && depth == 0
        && matches!(
            sa.lowers[n.head],
            "efforts" | "effort" | "assistance" | "support" | "aid" | "programs" | "initiatives"
        )
        && sa.lowers.get(after).is_some_and(|w| *w == "for")
    {
        if let Some(p) = sa
            .syntax
            .np_of_word(after + 1)
            .and_then(|x| owner(sa, actors, x, depth + 1))
            .filter(|p| !p.place && !p.code.starts_with("---"))
        {
            return Some(p);
        }
    }
    // "sanctioned nine individuals and three entities linked to the Iranian state": those
    // they are linked to
    if actors.lede_rules && depth == 0 {
        if let Some(p) = linked_owner(sa, actors, np) {
            return Some(p);
        }
    }
    // "welcomed the agreement between Armenia and Azerbaijan": its parties
    if actors.lede_rules {
        if let Some(p) = agreement_sides(sa, actors, np).into_iter().next() {
            return Some(p);
        }
    }
    // "struck targets in Yemen", "facilities in Israel": the place or country a thing is in
    // (read as a place: kept for force events only)
    // (PETRARCH/TABARI sets: any thing in a place)
    // ("an energy facility near Kyiv", "positions across the south": Lede)
    if sa.lowers.get(after).is_some_and(|w| {
        *w == "in"
            || actors.lede_rules
                && matches!(
                    *w,
                    "near" | "outside" | "around" | "across" | "inside" | "throughout"
                )
    }) && (!actors.lede_rules || PHYSICAL_TARGETS.contains(&sa.lowers[n.head]))
    {
        if let Some(mut p) = sa
            .syntax
            .np_of_word(after + 1)
            .and_then(|x| {
                party(sa, actors, x).or_else(|| {
                    // ("in the city of El-Obeid": the place the "of" phrase names)
                    let m = &sa.syntax.nps[x];
                    (actors.lede_rules
                        && depth == 0
                        && matches!(
                            sa.lowers[m.head],
                            "city" | "town" | "village" | "province" | "region" | "district"
                        )
                        && sa.lowers.get(m.words.end).is_some_and(|w| *w == "of"))
                    .then(|| sa.syntax.np_of_word(m.words.end + 1))
                    .flatten()
                    .and_then(|y| party(sa, actors, y))
                })
            })
            .filter(|p| {
                p.place || actors.lede_rules && country_of(&p.code).is_some_and(|c| c == p.code)
            })
        {
            p.place = true;
            return Some(p);
        }
        // ("the main power station in Khartoum": a capital read as its government is the
        // place here, its country the target of the force)
        if actors.lede_rules && PHYSICAL_TARGETS.contains(&sa.lowers[n.head]) {
            if let Some(p) = sa
                .syntax
                .np_of_word(after + 1)
                .and_then(|x| party(sa, actors, x))
                .filter(|p| p.code.len() == 6 && p.code.ends_with("GOV"))
            {
                if let Some(c) = country_of(&p.code) {
                    return Some(Party {
                        code: Cow::Owned(c.to_string()),
                        place: true,
                        ..p
                    });
                }
            }
        }
    }
    if depth == 0 && n.words.start >= 2 && sa.words[n.words.start - 1] == "," {
        // apposition: the nearest earlier NP of the same clause level
        let item = sa.syntax.item_of_word[n.words.start];
        for k in (0..item.saturating_sub(1)).rev() {
            if let Item::Np(prev) = sa.syntax.items[k] {
                if sa.syntax.nps[prev].possessor.is_some() {
                    return owner(sa, actors, prev, depth + 1);
                }
            }
            if let Item::Vg(v) = sa.syntax.items[k] {
                if !sa.syntax.vgs[v].infinitive {
                    break;
                }
            }
        }
    }
    None
}

struct Cursor<'a> {
    sa: &'a SentenceAnalysis<'a>,
    actors: &'a ArticleActors,
    lexicon: &'a Lexicon,
    limit: usize,
    /// The verb's object when it is not after the verb: the subject of a passive ("X was
    /// invited") or the antecedent of an object relative ("a request that Ukraine rejected").
    implicit_object: Option<(usize, &'a [usize])>,
    /// PETRARCH/TABARI slot semantics: `$`, `+`, `%` and `^` take the first actor at or after
    /// their position. Lede's own patterns want the actor right there.
    first_actor: bool,
    /// A target slot may stay empty (Lede's patterns, with a compound subject: "X and Y
    /// agreed to a plan" is an agreement between them).
    optional_target: bool,
    /// Lede's patterns: the verb's direct object, for a `+` right after the verb that an
    /// adverbial phrase keeps from it ("condemns in the strongest terms the strikes").
    late_object: Option<(usize, usize)>,
}

/// A pattern word against a text word (both lower case): equal, or the text word is its
/// regular plural ("talk" matches "talks", "party" "parties"). A trailing `_` ("whole word")
/// is ignored.
fn word_eq(pat: &str, text: &str) -> bool {
    let p = pat.trim_end_matches('_');
    if p.is_empty() {
        return false;
    }
    if text == p {
        return true;
    }
    if pat.ends_with('_') {
        return false;
    }
    match text.strip_prefix(p) {
        Some("s") => true,
        Some("es") => p.ends_with(['s', 'x', 'z', 'h']),
        _ => {
            p.ends_with('y')
                && text.len() == p.len() + 2
                && text.ends_with("ies")
                && text.starts_with(&p[..p.len() - 1])
        }
    }
}

/// Alphanumeric length of pattern elements: TABARI and PETRARCH try longer patterns first,
/// and length counts letters and digits only (slots and `*` count nothing).
fn elems_len(elems: &[PatElem]) -> usize {
    let alnum = |w: &str| w.chars().filter(|c| c.is_alphanumeric()).count();
    elems
        .iter()
        .map(|e| match e {
            PatElem::Word(w) | PatElem::Stem(w) | PatElem::Synset(w) => alnum(w),
            PatElem::Phrase(ws) | PatElem::NounPhrase(ws) => ws.iter().map(|w| alnum(w)).sum(),
            PatElem::Prep { prep, elems } => alnum(prep) + elems_len(elems),
            PatElem::Alt(alts) => alts.iter().map(|a| elems_len(a)).max().unwrap_or(0),
            PatElem::Source | PatElem::Target | PatElem::Compound | PatElem::Skip => 0,
        })
        .sum()
}

/// The length by which a pattern outranks others of the same verb.
fn pattern_len(pat: &VerbPattern) -> usize {
    let words: usize = pat
        .verb_before
        .iter()
        .chain(&pat.verb_after)
        .map(|w| w.chars().filter(|c| c.is_alphanumeric()).count())
        .sum();
    words + elems_len(&pat.pre) + elems_len(&pat.post)
}

/// One word position of a pattern: a word, a `word~` stem or a `&SYN` reference.
#[derive(Clone, Copy)]
enum Atom<'a> {
    Word(&'a str),
    Stem(&'a str),
    Syn(&'a str),
    /// A `&SYN` reference looked up (`None`: no such synset).
    Set(Option<&'a crate::lexicon::Synset>),
}

fn atom_of(s: &str) -> Atom<'_> {
    if let Some(n) = s.strip_prefix('&') {
        Atom::Syn(n)
    } else if let Some(st) = s.strip_suffix('~') {
        Atom::Stem(st)
    } else {
        Atom::Word(s)
    }
}

fn is_slot(atom: &str) -> bool {
    matches!(atom, "$" | "+" | "%" | "^")
}

impl Cursor<'_> {
    fn end(&self) -> usize {
        self.limit.min(self.sa.len())
    }

    /// Where `atom` (a word, a `word~` stem or a `&SYN` reference) matches the words starting
    /// at `k`: the end of its longest match.
    fn atom_at(&self, atom: Atom<'_>, k: usize, depth: usize) -> Option<usize> {
        if k >= self.end() {
            return None;
        }
        let set = match atom {
            Atom::Syn(name) => Some(self.lexicon.synset(name)),
            Atom::Set(set) => Some(set),
            _ => None,
        };
        if let Some(set) = set {
            if depth > 4 {
                return None;
            }
            let set = set?;
            // (only the members that can start with the word: the others cannot match)
            let mut best: Option<usize> = None;
            for m in set.members_at(self.sa.lowers[k]) {
                if let Some(e) = self.atoms_at(m, k, depth + 1) {
                    if best.is_none_or(|b| e > b) {
                        best = Some(e);
                    }
                }
            }
            return best;
        }
        let w = self.sa.lowers[k];
        let ok = match atom {
            Atom::Stem(stem) => w.starts_with(stem),
            Atom::Word(a) => word_eq(a, w),
            Atom::Syn(_) | Atom::Set(_) => false,
        };
        ok.then_some(k + 1)
    }

    /// Whether the words `from..to` a pattern skips start a finite verb group, or an
    /// infinitive after a comma or a conjunction that continues no list of infinitives. An
    /// infinitive right after the verb is part of its phrase ("pledged to provide $500
    /// million in assistance to Ukraine"), and so are the later members of a list ("called
    /// on X to investigate ..., to repeal ... and to begin a dialogue"); but "summoned the
    /// chargé d'affaires, to protest the death of X" is no "summon chargé d'affaires of X",
    /// nor "to provide the Agency with a report, and to grant inspectors access to all
    /// sites" a "provide grant to".
    fn skips_verb(&self, from: usize, to: usize) -> bool {
        let syn = &self.sa.syntax;
        let lowers = &self.sa.lowers;
        let starts = |k: usize| {
            syn.vg_of_word(k)
                .filter(|&v| syn.vgs[v].words.start == k)
                .map(|v| &syn.vgs[v])
        };
        // an infinitive, also "to transparently investigate" (the chunker leaves "to" out)
        let to_before = |k: usize| {
            (k.saturating_sub(2)..k)
                .rev()
                .find(|&j| lowers[j] == "to" && (j + 1..k).all(|x| self.sa.tags[x] == Tag::RB))
        };
        (from..to).any(|k| {
            let Some(g) = starts(k) else { return false };
            if k == 0 {
                return false;
            }
            // ("strikes against what it called militant hideouts in Iran")
            if syn
                .vg_of_word(k)
                .is_some_and(|v| what_it_called(self.sa, v))
            {
                return false;
            }
            let infinitive = g.infinitive || to_before(k).is_some();
            if !(g.nonfinite || infinitive) {
                // (a relative clause inside the phrase is skipped: "to repeal laws that
                // limit freedoms, and to begin a dialogue"; and only a verb after a clause
                // boundary counts: "called the Togolese raid a crime" with "raid" read as
                // a verb is still one phrase)
                let v = syn.vg_of_word(k).unwrap_or(0);
                return syn.clauses[v].subject_rule != "relative"
                    && !matches!(lowers[k - 1], "that" | "which" | "who")
                    && (from..k).any(|j| matches!(lowers[j], "," | "and" | "but" | ";"));
            }
            let marker = to_before(k).unwrap_or(k);
            marker > 0
                && matches!(lowers[marker - 1], "," | "and" | "or" | "but")
                && !(from.saturating_sub(1)..marker)
                    .any(|j| starts(j).is_some_and(|h| h.infinitive) || lowers[j] == "to")
        })
    }

    /// `atom` with a synset reference looked up, for matching at many words.
    fn looked_up<'a>(&'a self, atom: Atom<'a>) -> Atom<'a> {
        match atom {
            Atom::Syn(name) => Atom::Set(self.lexicon.synset(name)),
            a => a,
        }
    }

    /// Consecutive atoms from word `k`; the end of the match.
    fn atoms_at(&self, atoms: &[String], k: usize, depth: usize) -> Option<usize> {
        let mut p = k;
        for a in atoms {
            p = self.atom_at(atom_of(a), p, depth)?;
        }
        Some(p)
    }

    /// The first place at or after `from` where `atom` matches; the end of the match.
    fn find_atom(&self, from: usize, atom: Atom<'_>) -> Option<usize> {
        let atom = self.looked_up(atom);
        (from..self.end()).find_map(|k| self.atom_at(atom, k, 0))
    }

    /// [`Cursor::find_noun`] for a pattern's bare noun: with PETRARCH-2 patterns it must end
    /// at the head of a noun phrase (any word of one after a preposition) that is no "of"
    /// complement ("- &MILITARY *" is not "Hundreds of UN troops withdrew").
    fn find_head(&self, from: usize, atom: Atom<'_>) -> Option<usize> {
        let atom = self.looked_up(atom);
        if !self.first_actor || !crate::petrarch_rules::nouns_in_phrases(self.lexicon) {
            return self.find_atom(from, atom);
        }
        let syn = &self.sa.syntax;
        (from..self.end()).find_map(|k| {
            let np = syn.np_of_word(k)?;
            let n = &syn.nps[np];
            let before = n.words.start.checked_sub(1);
            if before.is_some_and(|b| self.sa.lowers[b] == "of") {
                return None;
            }
            // a phrase's words inside a prepositional phrase, its head elsewhere
            let in_pp = before.is_some_and(|b| self.sa.tags[b] == Tag::IN);
            self.atom_at(atom, k, 0)
                .filter(|&e| in_pp || e == n.head + 1)
        })
    }

    /// [`Cursor::find_atom`] for a pattern's noun: with PETRARCH-2 patterns it must be a
    /// word of a noun phrase ("- * ATTACK" is not "wants to attack").
    fn find_noun(&self, from: usize, atom: Atom<'_>) -> Option<usize> {
        let atom = self.looked_up(atom);
        if !self.first_actor || !crate::petrarch_rules::nouns_in_phrases(self.lexicon) {
            return self.find_atom(from, atom);
        }
        (from..self.end())
            .filter(|&k| self.sa.syntax.np_of_word(k).is_some())
            .find_map(|k| self.atom_at(atom, k, 0))
    }

    /// An actor slot at `pos`; returns the position after the actor (or its compound).
    fn slot(
        &self,
        e: &PatElem,
        pos: usize,
        src: &mut Vec<usize>,
        tgt: &mut Vec<usize>,
    ) -> Option<usize> {
        if matches!(e, PatElem::Target)
            && self
                .implicit_object
                .as_ref()
                .is_some_and(|(at, _)| *at == pos)
            && self.find_actor(pos).is_none()
        {
            tgt.extend_from_slice(self.implicit_object.map_or(&[][..], |(_, v)| v));
            return Some(pos);
        }
        let late = self
            .late_object
            .filter(|&(at, o)| {
                at == pos
                    && matches!(e, PatElem::Target)
                    && owner(self.sa, self.actors, o, 0).is_some()
            })
            .map(|(_, o)| o);
        let Some(np) = self.find_actor(pos).or(late) else {
            return (self.optional_target && matches!(e, PatElem::Target)).then_some(pos);
        };
        let group = self.sa.syntax.conjuncts_or_self(np);
        if matches!(e, PatElem::Compound) && group.len() < 2 {
            return None;
        }
        // Lede's patterns: "signed the agreement, with Trump and Anwar looking on": "with"
        // and a subject of a participle is a circumstance, not the other side
        if !self.first_actor {
            let start = group
                .iter()
                .map(|&m| self.sa.syntax.nps[m].words.start)
                .min()
                .unwrap_or(0);
            let end = group
                .iter()
                .map(|&m| self.sa.syntax.nps[m].words.end)
                .max()
                .unwrap_or(0);
            if start > 0
                && self.sa.lowers[start - 1] == "with"
                && self.sa.tags.get(end) == Some(&Tag::VBG)
            {
                return None;
            }
        }
        match e {
            PatElem::Source => src.extend(group.iter().copied()),
            PatElem::Target => tgt.extend(group.iter().copied()),
            PatElem::Compound => {
                src.extend(group.iter().copied());
                tgt.extend(group.iter().copied());
            }
            _ => {}
        }
        Some(
            group
                .iter()
                .map(|&m| self.sa.syntax.nps[m].words.end)
                .max()
                .unwrap_or(pos)
                .max(pos),
        )
    }

    /// Matches `elems` from word `pos`; returns (end position, words matched).
    fn run(
        &self,
        elems: &[PatElem],
        mut pos: usize,
        src: &mut Vec<usize>,
        tgt: &mut Vec<usize>,
    ) -> Option<(usize, usize)> {
        let mut score = 0;
        for (ix, e) in elems.iter().enumerate() {
            match e {
                PatElem::Word(w) => {
                    let from = pos;
                    pos = self.find_head(pos, Atom::Word(w))?;
                    score += 1;
                    // Lede's patterns: the verb after "to" is no word of a name ("agreed to
                    // explore a Free Trade Agreement" is not "agree to free")
                    if !self.first_actor
                        && ix > 0
                        && matches!(&elems[ix - 1], PatElem::Word(t) if t == "to")
                        && matches!(self.sa.tags[pos - 1], Tag::NNP | Tag::NNPS)
                    {
                        return None;
                    }
                    // Lede's patterns: the words a pattern skips hold no other verb
                    // ("summoned the chargé d'affaires John McNamara, to protest the death
                    // of X" is no "summon chargé d'affaires of X")
                    if !self.first_actor && self.skips_verb(from, pos - 1) {
                        return None;
                    }
                    // Lede's patterns: a "with" right after the verb, or an "of" after a
                    // pattern's noun, is not one an infinitive in between takes ("agreed to
                    // step up cooperation along their border with Afghanistan" is no "agree
                    // with Afghanistan"; "summoned Azerbaijan's ambassador to protest the
                    // detention of Russian citizens" no "summon ambassador of" them)
                    if !self.first_actor
                        && (ix == 0 && w == "with" || ix > 0 && w == "of")
                        && (from..pos - 1).any(|k| {
                            self.sa.lowers[k] == "to"
                                && self
                                    .sa
                                    .syntax
                                    .vg_of_word(k + 1)
                                    .is_some_and(|v| self.sa.syntax.vgs[v].infinitive)
                        })
                    {
                        return None;
                    }
                    // Lede's patterns: a pattern's last noun heads its phrase ("agree to a
                    // ceasefire" is not "agree to a ceasefire plan")
                    if !self.first_actor && ix + 1 == elems.len() {
                        if let Some(np) = self.sa.syntax.np_of_word(pos - 1) {
                            let head = self.sa.syntax.nps[np].head;
                            // ("air defense systems" is still air defense)
                            let thing = matches!(
                                self.sa.lowers[head],
                                "systems"
                                    | "system"
                                    | "batteries"
                                    | "units"
                                    | "equipment"
                                    | "supplies"
                                    | "capabilities"
                            );
                            if head != pos - 1 && !thing {
                                return None;
                            }
                        }
                    }
                }
                PatElem::Stem(s) => {
                    pos = self.find_head(pos, Atom::Stem(s))?;
                    score += 1;
                }
                PatElem::Synset(name) => {
                    pos = self.find_head(pos, Atom::Syn(name))?;
                    score += 1;
                }
                PatElem::Phrase(ws) => {
                    // consecutive words; actor slots inside take the actor right there
                    let first = ws.iter().position(|w| !is_slot(w)).unwrap_or(0);
                    let start = (pos..self.end()).find(|&k| {
                        let mut p = k;
                        ws[first..].iter().all(|w| {
                            if is_slot(w) {
                                return true;
                            }
                            match self.atom_at(atom_of(w), p, 0) {
                                Some(e) => {
                                    p = e;
                                    true
                                }
                                None => false,
                            }
                        })
                    })?;
                    let mut p = start;
                    for (i, w) in ws.iter().enumerate() {
                        if is_slot(w) {
                            if i < first {
                                continue;
                            }
                            let el = match w.as_str() {
                                "$" => PatElem::Source,
                                "+" => PatElem::Target,
                                "%" => PatElem::Compound,
                                _ => PatElem::Skip,
                            };
                            p = self.slot(&el, p, src, tgt)?;
                        } else {
                            p = self.atom_at(atom_of(w), p, 0)?;
                            score += 1;
                        }
                    }
                    pos = p;
                }
                PatElem::NounPhrase(ws) => {
                    for w in ws {
                        pos = self.find_noun(pos, atom_of(w))?;
                        score += 1;
                    }
                }
                PatElem::Target | PatElem::Source | PatElem::Compound => {
                    pos = self.slot(e, pos, src, tgt)?;
                }
                PatElem::Skip => {
                    let np = self.find_actor(pos)?;
                    pos = self
                        .sa
                        .syntax
                        .conjuncts(np)
                        .iter()
                        .map(|&m| self.sa.syntax.nps[m].words.end)
                        .max()
                        .unwrap_or(pos)
                        .max(self.sa.syntax.nps[np].words.end);
                }
                PatElem::Prep { prep, elems } => {
                    pos = self.find_atom(pos, Atom::Word(prep))?;
                    score += 1;
                    let (p, s) = self.run(elems, pos, src, tgt)?;
                    pos = p;
                    score += s;
                }
                PatElem::Alt(alts) => {
                    let mut ok = None;
                    for a in alts {
                        let (mut s2, mut t2) = (Vec::new(), Vec::new());
                        if let Some(r) = self.run(a, pos, &mut s2, &mut t2) {
                            src.extend(s2);
                            tgt.extend(t2);
                            ok = Some(r);
                            break;
                        }
                    }
                    let (p, s) = ok?;
                    pos = p;
                    score += s;
                }
            }
        }
        Some((pos, score))
    }

    /// The actor NP at `from`: the first noun phrase starting there (or just after a
    /// determiner-like word), if it names an actor; with `first_actor`, the first noun phrase
    /// at or after `from` that names one.
    fn find_actor(&self, from: usize) -> Option<usize> {
        let end = self.end();
        if self.first_actor {
            let mut k = from;
            while k < end {
                if let Some(np) = self.sa.syntax.np_of_word(k) {
                    let n = &self.sa.syntax.nps[np];
                    if n.words.start >= from && owner(self.sa, self.actors, np, 0).is_some() {
                        // "Ithilen's president": the possessed phrase, when it is an actor
                        let possessed = self
                            .sa
                            .syntax
                            .nps
                            .iter()
                            .position(|m| m.possessor == Some(np) && m.words.end <= end);
                        if let Some(m) =
                            possessed.filter(|&m| party(self.sa, self.actors, m).is_some())
                        {
                            return Some(m);
                        }
                        return Some(np);
                    }
                    k = n.words.end.max(k + 1);
                } else {
                    k += 1;
                }
            }
            return None;
        }
        // only adverbs and quotation marks may come before the noun phrase
        let mut k = from;
        while k < end
            && self.sa.syntax.np_of_word(k).is_none()
            && (matches!(
                self.sa.tags[k],
                Tag::RB | Tag::RBR | Tag::RQuote | Tag::LQuote
            ) || self.sa.words[k] == "\"")
        {
            k += 1;
        }
        let np = self.sa.syntax.np_of_word(k)?;
        if k >= self.limit || self.sa.syntax.nps[np].words.start < from {
            return None;
        }
        // "held talks behind closed doors and then with their delegations": one's own people
        // are no other side
        {
            let n = &self.sa.syntax.nps[np];
            if matches!(
                self.sa.lowers[n.words.start],
                "their" | "its" | "his" | "her"
            ) && matches!(
                self.sa.lowers[n.head],
                "delegation"
                    | "delegations"
                    | "team"
                    | "teams"
                    | "aides"
                    | "advisers"
                    | "advisors"
                    | "entourage"
                    | "entourages"
            ) {
                return None;
            }
        }
        // "thanked Qatar's Emir ... and Turkish President Erdogan": a possessor whose
        // possessed phrase opens a list stands for the list
        let syn = &self.sa.syntax;
        let np = syn
            .nps
            .iter()
            .position(|m| m.possessor == Some(np))
            .filter(|&m| syn.conjuncts(m).len() > 1 && syn.nps[m].words.end <= end)
            .unwrap_or(np);
        owner(self.sa, self.actors, np, 0)
            .map(|_| np)
            .or_else(|| (!apposition(self.sa, self.actors, np).is_empty()).then_some(np))
            // "work closely with both parties": the actors named together before
            .or_else(|| {
                self.actors
                    .reading(self.sa.index, np)
                    .is_some_and(|r| !r.members.is_empty())
                    .then_some(np)
            })
            // "welcomes the announcement of a ceasefire between Israel and Iran": its sides
            .or_else(|| {
                (self.actors.lede_rules && !agreement_sides(self.sa, self.actors, np).is_empty())
                    .then_some(np)
            })
            // "concern over the deployment of thousands of troops by North Korea": who did it
            .or_else(|| {
                (self.actors.lede_rules && !action_agents(self.sa, self.actors, np).is_empty())
                    .then_some(np)
            })
    }
}

/// A "would" verb that is the complement of a past-tense statement ("said that X would",
/// "pledged that X would") with no "if" or "unless" in the sentence after the statement.
fn reported_future(sa: &SentenceAnalysis, v: usize) -> bool {
    let Some(u) = sa.syntax.clauses[v].complement_of else {
        return false;
    };
    let ug = &sa.syntax.vgs[u];
    !ug.negated
        && ug.modal.is_none()
        && sa.tags[ug.head] == Tag::VBD
        && !sa.lowers[ug.words.end..]
            .iter()
            .any(|w| matches!(*w, "if" | "unless" | "otherwise"))
}

fn modality_of(sa: &SentenceAnalysis, v: usize) -> Modality {
    let g = &sa.syntax.vgs[v];
    // ("Egypt was not optimistic about ...": the chunker reads "not" into what follows the
    // copula)
    let copula_not = matches!(
        sa.lowers[g.head],
        "is" | "was" | "are" | "were" | "be" | "been" | "being" | "'s" | "'re"
    ) && sa
        .lowers
        .get(g.words.end)
        .is_some_and(|w| matches!(*w, "not" | "never" | "n't"));
    if g.negated || copula_not {
        return Modality::Negated;
    }
    // "if Iran refuses inspections": a condition
    if condition_start(sa, g.head).is_some() {
        return Modality::Hypothetical;
    }
    // "denied that Iran had sent missiles to Russia": what is denied is not asserted
    if let Some(u) = sa.syntax.clauses[v].complement_of {
        let w = sa.lowers[sa.syntax.vgs[u].head];
        if ["deni", "deny", "dismiss", "reject", "refut"]
            .iter()
            .any(|p| w.starts_with(p))
        {
            return Modality::Negated;
        }
    }
    if let Some(m) = g.modal {
        return match sa.lowers[m] {
            "will" | "shall" | "'ll" | "wo" => Modality::Future,
            // "pledged that the EU would help Moldova", "said Moscow would respond": the
            // future of a past statement, unless a condition hangs on it
            "would" if reported_future(sa, v) => Modality::Future,
            _ => Modality::Hypothetical,
        };
    }
    // "denied backing", "refused to attend", "failed to reach": the governing verb negates
    let s = g.words.start;
    if (g.infinitive || g.nonfinite) && s >= 1 {
        let governor = (0..v)
            .rev()
            .map(|u| &sa.syntax.vgs[u])
            .find(|u| u.words.end <= s && s - u.words.end <= 1);
        if let Some(u) = governor {
            let w = sa.lowers[u.head];
            if ["deni", "deny", "refus", "declin", "fail", "reject"]
                .iter()
                .any(|p| w.starts_with(p))
            {
                return Modality::Negated;
            }
            if u.negated {
                return Modality::Negated;
            }
        }
    }
    // "we will make full use of this period to engage with Iran": an infinitive of purpose
    // or complement under a verb with "will"
    if g.infinitive {
        let governor = (0..v)
            .rev()
            .map(|u| &sa.syntax.vgs[u])
            .find(|u| u.words.end <= s && !u.infinitive && !u.nonfinite);
        if let Some(m) = governor.filter(|u| !u.negated).and_then(|u| u.modal) {
            if matches!(sa.lowers[m], "will" | "shall" | "'ll") {
                return Modality::Future;
            }
        }
        // reported speech: "said that the DPRK would continue to support ..."
        if let Some(u) = (0..v).rev().find(|&u| {
            sa.syntax.vgs[u].words.end <= s
                && !sa.syntax.vgs[u].infinitive
                && !sa.syntax.vgs[u].nonfinite
        }) {
            let ug = &sa.syntax.vgs[u];
            if !ug.negated
                && ug.modal.is_some_and(|m| sa.lowers[m] == "would")
                && sa.syntax.clauses[u].complement_of.is_some()
            {
                return Modality::Future;
            }
        }
    }
    // "is going to", "plans to", "is set to", "is expected to", "intend to", "aims to"
    if g.infinitive
        && s >= 1
        && matches!(
            sa.lowers[s - 1],
            "going"
                | "plans"
                | "plan"
                | "set"
                | "expected"
                | "intends"
                | "intend"
                | "aims"
                | "aim"
                | "scheduled"
                | "due"
        )
    {
        return Modality::Future;
    }
    // "Israel will withdraw its forces and release prisoners": a bare verb coordinated with
    // a verb under "will" or "could" shares its modal
    if g.modal.is_none()
        && !g.infinitive
        && !g.nonfinite
        && sa.syntax.clauses[v].subject_rule == "coordinated-vp"
        && sa.tags[g.head] == Tag::VB
    {
        let governor = (0..v).rev().find(|&u| {
            let gu = &sa.syntax.vgs[u];
            gu.words.end <= s && !gu.infinitive && !gu.nonfinite
        });
        if let Some((u, m)) = governor
            .filter(|&u| !sa.syntax.vgs[u].negated)
            .and_then(|u| sa.syntax.vgs[u].modal.map(|m| (u, m)))
        {
            // ("said it would expel 12 officials and recall its ambassador": reported)
            return match sa.lowers[m] {
                "will" | "shall" | "'ll" => Modality::Future,
                "would" if reported_future(sa, u) => Modality::Future,
                _ => Modality::Hypothetical,
            };
        }
    }
    Modality::Asserted
}

/// The code of a matched pattern, and for a paired code `[A:B]` in the active voice the
/// code of the reciprocal event (target to source): "X left for Y" [032:033] is a visit by X
/// and the receipt of a visit by Y. In the passive voice the subject is already the target,
/// so the passive code `B` (or `A`, when there is none) is the only event.
fn resolve_code(spec: &CodeSpec, passive: bool) -> Option<(String, Option<String>)> {
    match spec {
        CodeSpec::Code(c) | CodeSpec::Dominant(c) | CodeSpec::Subordinate(c) => {
            Some((c.clone(), None))
        }
        CodeSpec::Paired { active, passive: p } => {
            if passive {
                p.clone().or(active.clone()).map(|c| (c, None))
            } else {
                match (active, p) {
                    (Some(a), b) => Some((a.clone(), b.clone())),
                    // `[:173]`: passive-only, nothing in the active voice
                    (None, _) => None,
                }
            }
        }
        _ => None,
    }
}

/// Days before the article date after which a dated act is background history.
const HISTORY_DAYS: i64 = 45;

/// Last calendar day a date value covers.
fn last_day(v: &DateValue) -> Option<chrono::NaiveDate> {
    match v {
        DateValue::Day(d) => Some(*d),
        DateValue::Month { year, month } => {
            let (y, m) = if *month == 12 {
                (year + 1, 1)
            } else {
                (*year, month + 1)
            };
            chrono::NaiveDate::from_ymd_opt(y, m, 1).and_then(|d| d.pred_opt())
        }
        DateValue::Year(y) => chrono::NaiveDate::from_ymd_opt(*y, 12, 31),
        DateValue::Range { to, .. } => last_day(to),
    }
}

/// With Lede's dictionaries, a code the act's means or scale makes more specific: force
/// by a car bomb, a roadside bomb or a suicide bomber is a non-military bombing (183x), not
/// military force ("An al-Shabaab roadside bomb killed four soldiers"), and a water cannon
/// is force without arms (180); an expulsion of
/// thousands is a mass expulsion (201: "expelled more than 12,000 Afghans").
fn refined_code<'c>(sa: &SentenceAnalysis, code: &'c str, trigger: (usize, usize)) -> &'c str {
    let syn = &sa.syntax;
    if code.starts_with("19") {
        // the words of the act's clause: its subject and what follows the verb up to the
        // next verb
        let subject: Vec<usize> = syn
            .vg_of_word(trigger.0)
            .and_then(|v| syn.clauses.get(v))
            .map(|c| {
                c.subject
                    .iter()
                    .flat_map(|&m| syn.nps[m].words.clone())
                    .collect()
            })
            .unwrap_or_default();
        let after = (trigger.1..sa.len())
            .take_while(|&k| syn.vg_of_word(k).is_none() && !matches!(sa.lowers[k], ";" | "."));
        for k in subject.into_iter().chain(after) {
            let w = sa.lowers[k];
            let prev = if k > 0 { sa.lowers[k - 1] } else { "" };
            let next = sa.lowers.get(k + 1).copied().unwrap_or("");
            let found = match w {
                "suicide" if matches!(next, "bomber" | "bombers" | "bombing" | "attacker") => {
                    Some("1831")
                }
                "bomb" | "bombs" if matches!(prev, "car" | "truck" | "vehicle") => Some("1832"),
                "bomb" | "bombs" if prev == "roadside" => Some("1833"),
                "bomb" | "bombs" if matches!(prev, "letter" | "parcel" | "pipe" | "time") => {
                    Some("183")
                }
                "ied" | "ieds" | "explosives-laden" => Some("183"),
                "device" | "devices" if prev == "explosive" => Some("183"),
                // ("fired a water cannon at a Philippine vessel": force without arms)
                "cannon" | "cannons" if prev == "water" => Some("180"),
                _ => None,
            };
            if let Some(c) = found {
                return c;
            }
        }
    }
    if code.starts_with("174") {
        let mass = (trigger.1..sa.len().min(trigger.1 + 6)).any(|k| {
            let w = sa.lowers[k];
            matches!(w, "thousands" | "millions")
                || sa.tags[k] == Tag::CD
                    && w.replace(',', "").parse::<u64>().is_ok_and(|n| n >= 1000)
        });
        if mass {
            return "201";
        }
    }
    code
}

/// A sentence about a game: a score ("3-2", "7-0") or a word only sport uses ("semi-finals",
/// "qualifier", "extra time", "World Cup").
fn sporting(sa: &SentenceAnalysis) -> bool {
    let score = |w: &str| {
        let mut parts = w.split(['-', '\u{2013}']);
        matches!(
            (parts.next(), parts.next(), parts.next()),
            (Some(a), Some(b), None)
                if (1..=2).contains(&a.len())
                    && (1..=2).contains(&b.len())
                    && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        )
    };
    // (not a range before a noun, "with 3-4 brigades", nor of days, "March 23-25")
    let month = |k: usize| k > 0 && lede_syntax::is_month(sa.lowers[k - 1]);
    sa.lowers.iter().enumerate().any(|(k, w)| {
        score(w) && !sa.tags.get(k + 1).is_some_and(|t| t.is_noun()) && !month(k)
            || matches!(
                *w,
                "semi-final"
                    | "semi-finals"
                    | "semifinal"
                    | "semifinals"
                    | "quarter-final"
                    | "quarter-finals"
                    | "quarterfinal"
                    | "quarterfinals"
                    | "qualifier"
                    | "qualifiers"
                    | "striker"
                    | "goalkeeper"
                    | "midfielder"
                    | "scorer"
                    | "hat-trick"
                    | "penalties"
                    | "half-time"
                    | "kick-off"
                    | "tournament"
                    | "olympics"
                    | "championship"
                    | "championships"
                    | "springboks"
                    | "wallabies"
                    | "innings"
                    | "wickets"
                    | "test-match"
                    | "grand-slam"
                    | "rugby"
                    | "cricket"
                    | "footballers"
            )
            // ("beaten by France in a bruising test in Paris": a test match)
            || (*w == "test" && k > 0 && matches!(sa.lowers[k - 1], "bruising" | "second" | "first" | "third" | "deciding" | "opening"))
            || (*w == "match" && k > 0 && matches!(sa.lowers[k - 1], "test" | "friendly" | "qualifying" | "group-stage"))
            || (*w == "cup" && k > 0 && matches!(sa.tags.get(k - 1), Some(Tag::NNP | Tag::NNPS)))
            || (*w == "time" && k > 0 && sa.lowers[k - 1] == "extra")
    })
}

#[allow(clippy::too_many_arguments)]
fn emit(
    out: &mut Vec<Event>,
    doc: &Document,
    sa: &SentenceAnalysis,
    input: &ArticleInput,
    dates: &[DateExpr],
    places: &ArticlePlaces,
    keep_agents: bool,
    pat: &VerbPattern,
    code: &str,
    sources: &[Option<Party>],
    targets: &[Option<Party>],
    trigger: (usize, usize),
    modality: Modality,
) {
    // "Morocco beat Jordan 3-2 after extra time", "Japan beat China 7-0 in a World Cup
    // qualifier": a game, not an assault or a meeting
    if !keep_agents
        && matches!(code.get(..2), Some("04" | "17" | "18" | "19" | "20"))
        && sporting(sa)
    {
        return;
    }
    let code = if keep_agents {
        code
    } else {
        refined_code(sa, code, trigger)
    };
    let sent = &doc.sentences[sa.index];
    let raw = doc.raw_span(sent.span);
    let trig_raw = doc.raw_span_of_tokens(sa.first + trigger.0..sa.first + trigger.1);
    // date: the date expression of the sentence nearest the trigger, else the article date
    let trig_norm = doc.norm_span_of_tokens(sa.first + trigger.0..sa.first + trigger.1);
    let date = dates
        .iter()
        .filter(|d| {
            sent.span.contains(Span::new(d.start, d.end)) && matches!(d.value, DateValue::Day(_))
        })
        .min_by_key(|d| d.start.abs_diff(trig_norm.start))
        .map(|d| d.value.iso())
        .or_else(|| input.date.map(crate::iso_date));
    // history: the sentence dates the act (a day, month or year, nearest the trigger) to a
    // time that ended well before the article ("in July last year", "in 2022")
    // (not a date in a phrase that dates something else: "following the meeting in June, the
    // two sides agreed"; and not an act in the present perfect: "have agreed")
    let in_phrase = |d: &DateExpr| {
        let Some(w) = doc.token_at(d.start).and_then(|t| t.checked_sub(sa.first)) else {
            return false;
        };
        // ("following the encounter in December 2023, when Ali and Maduro pledged ...": the
        // "when" clause is dated by it)
        if trigger.0 > w && (w..trigger.0).any(|k| sa.lowers[k] == "when") {
            return false;
        }
        // ("discussed the project ..., with which a memorandum was signed in April 2024": a
        // date in a relative clause after the act dates that clause)
        if w > trigger.1
            && (trigger.1..w).any(|k| {
                matches!(
                    sa.lowers[k],
                    "which" | "who" | "whom" | "whose" | "when" | "where"
                )
            })
        {
            return true;
        }
        // ("invited Aliyev to the summit in October": a date in what one is invited to
        // dates the visit, not the invitation)
        if w > trigger.1
            && sa.lowers[trigger.0].starts_with("invit")
            && (trigger.1..w).any(|k| sa.lowers[k] == "to")
        {
            return true;
        }
        // ("X visited Tashkent in October, and Y accepted ...": a date after the verb of a
        // clause coordinated before the act, with a subject of its own, dates that clause;
        // "voiced concern on Thursday ..., and urged" shares it)
        if w < trigger.0
            && (w..trigger.0).any(|k| {
                sa.lowers[k] == ","
                    && matches!(sa.lowers.get(k + 1), Some(&("and" | "but")))
                    && trigger.0 > k + 2
            })
            && (0..w).any(|k| sa.tags[k].is_verb())
        {
            return true;
        }
        // ("freed a British national detained in 2023": a date after a participle that
        // follows a noun dates that participle)
        if w > trigger.1
            && (trigger.1 + 1..w)
                .any(|k| sa.tags[k] == Tag::VBN && matches!(sa.tags[k - 1], Tag::NN | Tag::NNS))
        {
            return true;
        }
        // ("thanked Panama for flights, which the United States has funded under an
        // arrangement signed in July 2024, and the two governments agreed ...": a date in a
        // relative clause closed before the act dates that clause)
        let relative_before = w < trigger.0
            && (w..trigger.0).any(|k| sa.lowers[k] == ",")
            && (0..w)
                .rev()
                .take_while(|&k| sa.lowers[k] != ",")
                .any(|k| matches!(sa.lowers[k], "which" | "who" | "whom" | "whose"));
        relative_before
            || (w.saturating_sub(24)..w)
                .rev()
                .take_while(|&k| sa.lowers[k] != "," && k != trigger.0)
                .any(|k| matches!(sa.lowers[k], "following" | "after" | "since" | "during"))
    };
    let perfect = (trigger.0.saturating_sub(3)..trigger.0)
        .any(|k| matches!(sa.lowers[k], "has" | "have" | "'ve"))
        // (nor in the present: "categorically rejects the resolution adopted on 9 July")
        || matches!(sa.tags.get(trigger.0), Some(Tag::VBZ | Tag::VBP));
    let dated_end = dates
        .iter()
        .filter(|d| sent.span.contains(Span::new(d.start, d.end)) && !in_phrase(d))
        .min_by_key(|d| d.start.abs_diff(trig_norm.start))
        .and_then(|d| last_day(&d.value))
        .filter(|_| !perfect);
    let modality = match (dated_end, input.date) {
        (Some(end), Some(ad))
            if modality == Modality::Asserted
                && end + chrono::Duration::days(HISTORY_DAYS) < ad =>
        {
            Modality::Historical
        }
        _ => modality,
    };
    // place: a place in the sentence after a locative preposition, nearest the trigger
    let g = lede_geo::Gazetteer::embedded();
    let place = places
        .within(sent.span)
        .filter(|(_, s)| {
            let Some(t) = doc.token_at(s.start) else {
                return false;
            };
            (t.saturating_sub(3)..t).any(|k| {
                // (no lower-case copy: no other letter lower-cases to one of these)
                let w = doc.token_text(k);
                ["in", "at", "near", "inside", "outside", "into"]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p))
            })
        })
        .min_by_key(|(_, s)| s.start.abs_diff(trig_norm.start))
        .map(|(id, _)| {
            let e = g.entry(*id);
            PlaceRef {
                name: e.name.clone(),
                country: e.country.clone(),
            }
        });
    let aref = |p: &Party| {
        let Some(n) = sa.syntax.nps.get(p.np) else {
            return ActorRef {
                code: Some(p.code.to_string()),
                name: p.name.as_deref().map(str::to_string),
                text: p.name.as_deref().unwrap_or_default().to_string(),
            };
        };
        let span = doc.raw_span_of_tokens(sa.first + n.words.start..sa.first + n.words.end);
        ActorRef {
            code: Some(p.code.to_string()),
            name: p.name.as_deref().map(str::to_string),
            text: doc.raw_text(span).to_string(),
        }
    };
    for s in sources {
        for t in targets {
            if let (Some(a), Some(b)) = (s, t) {
                // one side acting on itself: the same code, or the same country with the same
                // role (a bare country code is its government)
                let role = |c: &str| {
                    if c.len() == 3 {
                        "GOV".to_string()
                    } else {
                        c[3..].to_string()
                    }
                };
                let same_side = if keep_agents {
                    a.code.len() == 3 && a.code == b.code
                } else {
                    country_of(&a.code).is_some()
                        && country_of(&a.code) == country_of(&b.code)
                        && role(&a.code) == role(&b.code)
                };
                // the members of one plural reference ("the Parties") from one country
                let one_side = !keep_agents
                    && a.np == b.np
                    && country_of(&a.code).is_some()
                    && country_of(&a.code) == country_of(&b.code);
                // with Lede's dictionaries, cooperation within one state ("President Trump
                // continues to support American farmers") is not an event between actors;
                // with rebels and the opposition it is
                let non_state = |c: &str| {
                    ["REB", "OPP", "INS", "SEP"]
                        .iter()
                        .any(|r| c.get(3..).is_some_and(|x| x.contains(r)))
                };
                let domestic = !keep_agents
                    && matches!(
                        code.get(..2),
                        Some("01" | "02" | "03" | "04" | "05" | "06" | "07" | "08")
                    )
                    && country_of(&a.code).is_some()
                    && country_of(&a.code) == country_of(&b.code)
                    && !non_state(&a.code)
                    && !non_state(&b.code);
                // a state does not demonstrate against its own people ("the ministry
                // summoned the U.S. envoy to protest the death of a Colombian national")
                let state = |c: &str| c.len() == 3 || matches!(c.get(3..6), Some("GOV" | "MIL"));
                let protests_own = !keep_agents
                    && code.starts_with("14")
                    && state(&a.code)
                    && country_of(&a.code).is_some()
                    && country_of(&a.code) == country_of(&b.code);
                if a.code == b.code || same_side || one_side || domestic || protests_own {
                    continue;
                }
            }
            // with Lede's own dictionaries, a side must have a country or organisation
            // ("all parties" = ---PTY is not a participant anyone can use)
            if !keep_agents
                && [s, t]
                    .iter()
                    .any(|x| x.as_ref().is_some_and(|p| p.code.starts_with("---")))
            {
                continue;
            }
            // a place stands for its country only as the target of force ("shelled Kharkiv")
            // (and of a threat of force: "threatened to strike U.S. ships")
            let force = matches!(code.get(..2), Some("15" | "17" | "18" | "19" | "20"))
                || code.starts_with("138");
            // (and aid delivered to a place: "delivered 32 tonnes of cargo to Santiago de Cuba";
            // and a withdrawal from one: "pulled out of the Lebanese town of Naqoura")
            let aid = !keep_agents && (code.starts_with("07") || code.starts_with("087"));
            if t.as_ref().is_some_and(|t| t.place && !force && !aid)
                || s.as_ref().is_some_and(|s| s.place)
            {
                continue;
            }
            if input.options.require_dyad && (s.is_none() || t.is_none()) {
                continue;
            }
            if s.is_none() && t.is_none() {
                continue;
            }
            out.push(Event {
                code: code.to_string(),
                root: code.get(..2).unwrap_or(code).to_string(),
                // the pattern's category, unless a rule gave another root ("expel +" 174
                // of an envoy is 161, a sanction); an intention (03) keeps the category of
                // the act intended (PLOVER's AID with a future mode)
                plover: pat
                    .plover
                    .clone()
                    .filter(|p| p != "-")
                    .filter(|_| match &pat.code {
                        CodeSpec::Code(c) => c.get(..2) == code.get(..2) || code.starts_with("03"),
                        _ => true,
                    })
                    .or_else(|| plover_of(code).map(str::to_string)),
                source: s.as_ref().map(aref),
                target: t.as_ref().map(aref),
                date: date.clone(),
                place: place.clone(),
                modality,
                sentence: doc.raw_text(raw).to_string(),
                start: raw.start,
                end: raw.end,
                trigger: Mention::from_span(&doc.raw, trig_raw),
                rule: rule_of(pat),
            });
        }
    }
}

/// An event's rule: the pattern's dictionary line and label.
fn rule_of(pat: &VerbPattern) -> String {
    // (sized for the line number's digits and the label: one allocation)
    let mut rule = String::with_capacity(pat.loc.file.len() + 22 + pat.label.len());
    pat.loc.push_to(&mut rule);
    rule.push(' ');
    rule.push_str(&pat.label);
    match rule.trim() {
        t if t.len() == rule.len() => rule,
        t => t.to_string(),
    }
}

/// Where a pattern's material after word `from` must end: a quotation mark, a semicolon, a
/// relative or complement clause, or another finite verb group.
fn clause_limit(sa: &SentenceAnalysis, from: usize) -> usize {
    (from + 1..sa.len())
        .find(|&k| {
            let w = sa.lowers[k];
            (w == "\""
                && sa
                    .words
                    .get(k + 1)
                    .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase))
                // (a quoted name opens no quotation: "the \"Strategic and Global Partnership\"")
                && !sa.syntax.np_of_word(k).is_some_and(|np| {
                    let e = sa.syntax.nps[np].words.end;
                    e > k + 2 && sa.words[e - 1] == "\""
                }))
                || w == ";"
                || w == "--"
                || matches!(w, "who" | "which" | "whose" | "whom")
                // "would meet on Tuesday, and that Malaysia was ready": a second reported
                // clause begins
                || matches!(w, "and" | "but" | ",") && sa.lowers.get(k + 1) == Some(&"that")
                // "met in Ankara ahead of his summit with X": X is no side of this act
                || w == "ahead" && sa.lowers.get(k + 1).is_some_and(|n| *n == "of")
                // "after Calenardhon crowds burned ...": a clause of its own begins
                // ("denounced the incursion, while Nicaragua went further")
                || matches!(
                    w,
                    "after"
                        | "before"
                        | "since"
                        | "until"
                        | "once"
                        | "while"
                        | "whereas"
                        | "although"
                        | "though"
                        | "because"
                        | "but"
                        // ("condemned the attack, and Beijing said ...")
                        | "and"
                )
                    && sa.syntax.np_of_word(k + 1).is_some_and(|np| {
                        sa.syntax.clauses.iter().any(|c| c.subject.contains(&np))
                    })
                || sa.syntax.vg_of_word(k).is_some_and(|v| {
                    sa.syntax.vgs[v].words.start == k
                        && !sa.syntax.vgs[v].infinitive
                        // "banned X from entering Y": a gerund after "from" completes the
                        // verb; "announced sanctions targeting Iran's oil exports": a
                        // participle after measures says what they target
                        && !(sa.syntax.vgs[v].nonfinite
                            && matches!(
                                sa.lowers[k - 1],
                                "from" | "sanctions" | "measures" | "designations" | "restrictions"
                            ))
                        // "declared 12 officials working at the French embassy persona non
                        // grata": where people work or are posted is part of the phrase
                        && !(sa.syntax.vgs[v].words.len() == 1
                            && matches!(
                                sa.lowers[k],
                                "working" | "based" | "stationed" | "serving" | "posted"
                            )
                            && matches!(sa.tags[k - 1], Tag::NN | Tag::NNS))
                })
        })
        .unwrap_or(sa.len())
}

/// Stems of the verbs that name an act in a free relative ("what it called", "what Tehran
/// described as", "what it denounced as").
const NAMING_VERBS: &[&str] = &[
    "call",
    "describ",
    "term",
    "brand",
    "label",
    "characteri",
    "dub",
    "denounc",
];

/// "what it called", "what Tehran described as": a verb of naming in a free relative right
/// after "what" and its subject (up to three words).
fn what_it_called(sa: &SentenceAnalysis, v: usize) -> bool {
    let g = &sa.syntax.vgs[v];
    let naming = NAMING_VERBS
        .iter()
        .any(|p| sa.lowers[g.head].starts_with(p));
    naming
        && (g.words.start.saturating_sub(4)..g.words.start.saturating_sub(1)).any(|w| {
            sa.lowers[w] == "what"
                && (w + 1..g.words.start).all(|k| sa.syntax.np_of_word(k).is_some())
        })
}

/// For subject NPs followed by a participle with a `by` agent ("missiles fired by Russian
/// forces"), the parties of that agent.
fn participle_agent<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    subject: &[usize],
) -> Vec<Party<'a>> {
    let Some(end) = subject.iter().map(|&n| sa.syntax.nps[n].words.end).max() else {
        return Vec::new();
    };
    let Some(v) = sa.syntax.vg_of_word(end) else {
        return Vec::new();
    };
    let g = &sa.syntax.vgs[v];
    if g.words.start != end || !g.nonfinite || sa.tags[g.head] != lede_syntax::Tag::VBN {
        return Vec::new();
    }
    let c = &sa.syntax.clauses[v];
    match c.preps.iter().find(|p| sa.lowers[p.prep] == "by") {
        Some(pp) => parties(sa, actors, &pp.nps),
        None => Vec::new(),
    }
}

/// The NP group that ends right before word `at` (adverbs aside), when the parser gave a
/// verb no subject.
fn adjacent_subject(sa: &SentenceAnalysis, actors: &ArticleActors, at: usize) -> Vec<usize> {
    let mut k = at;
    // (adverbs, and an auxiliary the tagger left alone: "its drones had struck")
    while k > 0
        && (matches!(sa.tags[k - 1], Tag::RB | Tag::RBR)
            || matches!(sa.lowers[k - 1], "had" | "has" | "have"))
    {
        k -= 1;
    }
    // ("Iran -- and its proxies in Yemen -- launched": the dash rule's case)
    if k == 0 || sa.words[k - 1] == "--" {
        return Vec::new();
    }
    // "We, the leaders of the G7, reaffirm": the phrase before an apposition in commas
    if sa.words[k - 1] == "," {
        let Some(open) = (0..k - 1).rev().find(|&j| sa.words[j] == ",") else {
            return Vec::new();
        };
        let between_verb = (open + 1..k - 1).any(|j| {
            sa.syntax
                .vg_of_word(j)
                .is_some_and(|v| !sa.syntax.vgs[v].nonfinite)
        });
        if between_verb || open == 0 {
            return Vec::new();
        }
        k = open;
    }
    // the phrase right before, unless it is a preposition's object ("with support from
    // Australia, Bahrain and Canada, conducted"): then the one before that, back over commas
    for _ in 0..4 {
        let Some(np) = k.checked_sub(1).and_then(|j| sa.syntax.np_of_word(j)) else {
            return Vec::new();
        };
        if sa.syntax.nps[np].words.end != k {
            return Vec::new();
        }
        // "I spoke with Abbas Araghchi, and I urged Iran ...": a subject pronoun right
        // before the verb is its subject, whatever the chunker joined it to
        let n = &sa.syntax.nps[np];
        if n.pronoun
            && n.words.len() == 1
            && matches!(sa.lowers[n.head], "i" | "we" | "he" | "she" | "they")
        {
            return vec![np];
        }
        let group = sa.syntax.conjuncts_or_self(np);
        let first = group
            .iter()
            .filter(|&&m| party(sa, actors, m).is_some())
            .map(|&m| sa.syntax.nps[m].words.start)
            .min()
            .unwrap_or(0);
        let governed = first >= 1
            && matches!(
                sa.lowers[first - 1],
                "from" | "with" | "by" | "alongside" | "including" | "of" | "to" | "for"
            );
        if !governed {
            return group;
        }
        // back to the comma before the prepositional phrase
        let Some(comma) = (0..first).rev().find(|&j| sa.words[j] == ",") else {
            return Vec::new();
        };
        k = comma;
    }
    Vec::new()
}

/// When the subject of verb group `v` is an act of force that an earlier verb of the
/// sentence has as its object ("Houthis launched their largest attack, directly targeting
/// American ships"), that verb's subject.
fn launcher_of<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    subject: &[usize],
    v: usize,
) -> Vec<Party<'a>> {
    let Some(&np) = subject.first() else {
        return Vec::new();
    };
    // an act of force, or a participle right after its subject ("passed a resolution
    // demanding ...", "signed an order imposing tariffs on India")
    let g = &sa.syntax.vgs[v];
    // (adverbs may stand between: "issued a statement strongly condemning ...")
    let end = sa.syntax.nps[np].words.end;
    let participle = (g.nonfinite || sa.tags[g.head] == Tag::VBG)
        && end <= g.words.start
        && (end..g.head).all(|k| matches!(sa.tags[k], Tag::RB | Tag::RBR | Tag::RBS))
        && sa.lowers[g.head].ends_with("ing");
    if !participle && !HOSTILE_NOUNS.contains(&sa.lowers[sa.syntax.nps[np].head]) {
        return Vec::new();
    }
    for u in (0..v).rev() {
        let c = &sa.syntax.clauses[u];
        if c.objects.contains(&np) {
            return parties(sa, actors, &c.subject);
        }
    }
    Vec::new()
}

/// Actors said to act "together with" or "along with" the subject, between word `from` and
/// the verb at `to` ("U.S. forces -- together with the United Kingdom -- conducted").
fn co_agents<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    from: usize,
    to: usize,
) -> Vec<Party<'a>> {
    let mut out = Vec::new();
    let mut k = from;
    while k + 2 < to {
        let two = (sa.lowers[k], sa.lowers[k + 1]);
        if matches!(two, ("together", "with") | ("along", "with")) {
            if let Some(n) = sa.syntax.np_of_word(k + 2) {
                let group = sa.syntax.conjuncts_or_self(n);
                out.extend(parties(sa, actors, &group));
            }
        }
        k += 1;
    }
    out
}

/// The subject of a verb right after a parenthetical between dashes ("X -- together with Y
/// and with support from Z -- conducted ..."): the actor before the first dash, and the
/// actors the parenthetical says acted "together with" or "along with" it.
fn dash_subject<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    verb_start: usize,
) -> Vec<Party<'a>> {
    // (adverbs may sit between the dash and the verb: "-- successfully conducted")
    let mut close = verb_start.saturating_sub(1);
    while close > 0 && sa.tags[close] == Tag::RB {
        close -= 1;
    }
    if close < 1 || sa.words[close] != "--" {
        return Vec::new();
    }
    let Some(open) = (0..close).rev().find(|&k| sa.words[k] == "--") else {
        return Vec::new();
    };
    let Some(np) = sa
        .syntax
        .np_of_word(open)
        .filter(|&n| sa.syntax.nps[n].words.start < open)
        .or_else(|| open.checked_sub(1).and_then(|k| sa.syntax.np_of_word(k)))
    else {
        return Vec::new();
    };
    // "the governments of Brazil, Colombia and Mexico -- all led by ... -- called on": the
    // phrase the list before the dash belongs to, when it names the list's members
    let mut head = np;
    for _ in 0..8 {
        let k = sa.syntax.nps[head].words.start;
        if k < 2 || !matches!(sa.lowers[k - 1], "," | "and" | "of") {
            break;
        }
        let Some(prev) = sa.syntax.np_of_word(k - 2) else {
            break;
        };
        head = prev;
        if sa.lowers[k - 1] == "of" {
            break;
        }
    }
    // (only a list that an "of" phrase ends: "the leaders of A, B and C")
    if sa.syntax.nps[head].words.end >= sa.len() || sa.lowers[sa.syntax.nps[head].words.end] != "of"
    {
        head = np;
    }
    let listed = parties(sa, actors, &[head]);
    let mut out = if head != np && listed.len() >= 2 {
        listed
    } else {
        parties(sa, actors, &[np])
    };
    // "The city of El Fasher, Darfur -- home to ...": the phrases before, back over commas
    let mut k = sa.syntax.nps[np].words.start;
    for _ in 0..3 {
        if !out.is_empty() {
            break;
        }
        while k > 0 && matches!(sa.words[k - 1], "," | "of") {
            k -= 1;
        }
        let Some(prev) = k.checked_sub(1).and_then(|j| sa.syntax.np_of_word(j)) else {
            break;
        };
        out = parties(sa, actors, &[prev]);
        k = sa.syntax.nps[prev].words.start;
    }
    if out.is_empty() {
        return out;
    }
    // "together with the United Kingdom": co-agents
    for q in co_agents(sa, actors, open + 1, close) {
        if !out.iter().any(|o| o.code == q.code) {
            out.push(q);
        }
    }
    out
}

/// An infinitive that a request, appeal or warning governs ("urged X to ...", "called on X
/// to ...", "warned X to ...", "demanded that X ...").
fn governed_by_request(sa: &SentenceAnalysis, v: usize) -> bool {
    let g = &sa.syntax.vgs[v];
    if !g.infinitive {
        return false;
    }
    let s = g.words.start;
    let Some(u) = (0..v).rev().find(|&u| sa.syntax.vgs[u].words.end <= s) else {
        return false;
    };
    // "urges Rwanda to cease its support to the M23 and to withdraw its forces": an
    // infinitive joined to a requested one is requested too
    if sa.syntax.vgs[u].infinitive
        && s >= 1
        && matches!(sa.lowers[s - 1], "and" | "or")
        && (sa.syntax.vgs[u].words.end..s - 1)
            .all(|k| sa.syntax.vg_of_word(k).is_none() && !matches!(sa.lowers[k], ";" | "."))
    {
        return governed_by_request(sa, u);
    }
    let head = sa.lowers[sa.syntax.vgs[u].head];
    // only when the infinitive follows the governing verb's own phrase closely
    let near = s - sa.syntax.vgs[u].words.end <= 12
        && (sa.syntax.vgs[u].words.end..s).all(|k| sa.syntax.vg_of_word(k).is_none());
    near && [
        "urg", "call", "ask", "warn", "demand", "press", "push", "appeal", "encourag", "request",
        "implor", "beg", "invit",
    ]
    .iter()
    .any(|p| head.starts_with(p))
}

/// An infinitive right after a verb of intention or agreement ("agreed to exchange
/// prisoners", "pledged to send aid", "plans to visit"): the intention is the event (coded on
/// that verb's own patterns), not the action it looks forward to.
fn governed_by_intent(sa: &SentenceAnalysis, v: usize) -> bool {
    let g = &sa.syntax.vgs[v];
    let s = g.words.start;
    // "commit to lead and support efforts": a verb joined to a governed infinitive by "and"
    // shares its governor
    if !g.infinitive && v >= 1 && s >= 1 && matches!(sa.lowers[s - 1], "and" | "or") {
        let u = &sa.syntax.vgs[v - 1];
        if u.infinitive && u.words.end + 1 == s {
            return governed_by_intent(sa, v - 1);
        }
    }
    if !g.infinitive || v == 0 {
        return false;
    }
    // ("will have to prepare to pay a heavy price": a cost to bear, not an intention)
    if matches!(sa.lowers[g.head], "pay" | "pays")
        && sa.lowers[g.words.end..sa.len().min(g.words.end + 4)].contains(&"price")
    {
        return false;
    }
    // "their agreement to ban strikes", "a plan to end the war", "efforts to rally partners"
    if s >= 1
        && sa
            .syntax
            .np_of_word(s - 1)
            .is_some_and(|n| sa.syntax.nps[n].head == s - 1)
        && [
            "agreement",
            "agreements",
            "plan",
            "plans",
            "decision",
            "proposal",
            "proposals",
            "effort",
            "efforts",
            "commitment",
            "readiness",
            "willingness",
            "bid",
            "attempt",
            "attempts",
            "intention",
            "pledge",
            "promise",
            "offer",
            "right",
            "deal",
            "call",
            "calls",
            "request",
            "demand",
            "demands",
            "threat",
            "threats",
            "order",
            "resolution",
            "ability",
            "capacity",
            "capability",
            "capabilities",
            "work",
        ]
        .contains(&sa.lowers[s - 1])
    {
        return true;
    }
    let u = &sa.syntax.vgs[v - 1];
    // ("threatened on Friday to impose": a short phrase may come between)
    if u.words.end != s
        && !(s - u.words.end <= 3
            && (u.words.end..s).all(|k| {
                sa.syntax.vg_of_word(k).is_none() && !matches!(sa.lowers[k], "," | "and" | "or")
            }))
    {
        return false;
    }
    let head = sa.lowers[u.head];
    [
        "agree", "pledg", "promis", "vow", "offer", "plan", "intend", "propos", "prepar", "hope",
        "aim", "want", "seek", "sought", "wish", "commit", "threat",
    ]
    .iter()
    .any(|p| head.starts_with(p))
}

/// For a gerund of reason after "for" ("sanctioned six Iranian entities for supporting the
/// Houthis", "thanked X for helping Y"): the objects of the verb before it, when they name
/// actors; they did it.
fn reason_gerund_agents(
    sa: &SentenceAnalysis,
    actors: &ArticleActors,
    v: usize,
) -> Option<Vec<usize>> {
    let s = sa.syntax.vgs[v].words.start;
    if s == 0 || sa.lowers[s - 1] != "for" {
        return None;
    }
    let u = (0..v).rev().find(|&u| sa.syntax.vgs[u].words.end <= s)?;
    let objects = &sa.syntax.clauses[u].objects;
    (!objects.is_empty() && !parties(sa, actors, objects).is_empty()).then(|| objects.clone())
}

/// Clause `v` is a gerund after "of" or "for" completing a verb of accusing ("accused the
/// UAE of arming the RSF", "blamed Kyiv for shelling the plant"): the act alleged.
fn alleged_act(sa: &SentenceAnalysis, v: usize) -> bool {
    let g = &sa.syntax.vgs[v];
    // (a quotation may open at the gerund: 'accused X of "terrorising the Serb people"')
    let mut s = g.words.start;
    while s > 0 && matches!(sa.lowers[s - 1], "\"" | "'" | "\u{201C}" | "\u{2018}") {
        s -= 1;
    }
    if s == 0 || sa.tags[g.head] != Tag::VBG {
        return false;
    }
    // ("accused the RSF of deliberately targeting the hospital")
    while s > 1 && sa.tags[s - 1] == Tag::RB && !matches!(sa.lowers[s - 1], "by" | "of" | "for") {
        s -= 1;
    }
    let Some(u) = (0..v).rev().find(|&u| sa.syntax.vgs[u].words.end <= s) else {
        return false;
    };
    // "accused Britain of prolonging the conflict by supplying missiles to Kyiv": the means
    // of an alleged act is alleged too
    if matches!(sa.lowers[s - 1], "by" | "through") {
        return sa.tags[sa.syntax.vgs[u].head] == Tag::VBG && alleged_act(sa, u);
    }
    if !matches!(sa.lowers[s - 1], "of" | "for") {
        return false;
    }
    let head = sa.lowers[sa.syntax.vgs[u].head];
    ["accus", "blam", "charg", "suspect", "alleg", "convict"]
        .iter()
        .any(|p| head.starts_with(p))
        && (sa.syntax.vgs[u].words.end..s).all(|k| sa.syntax.vg_of_word(k).is_none())
}

/// The actor phrase that ends right before an infinitive's "to" at `to` and is the "of"
/// complement of a noun ("the deployment of North Korean troops to fight"): the one who is
/// to do it.
fn noun_complement_before(
    sa: &SentenceAnalysis,
    actors: &ArticleActors,
    to: usize,
) -> Option<usize> {
    let np = sa.syntax.np_of_word(to.checked_sub(1)?)?;
    let n = &sa.syntax.nps[np];
    if n.words.end != to || n.words.start == 0 || sa.lowers[n.words.start - 1] != "of" {
        return None;
    }
    party(sa, actors, np)
        .filter(|p| !p.place && country_of(&p.code).is_some())
        .map(|_| np)
}

/// An infinitive right after a word of intention or readiness that has no pattern of its
/// own ("we intend to expand cooperation", "want to strengthen our partnership", "stands
/// ready to lift these measures", "are ready to take part"): the intention is coded from
/// the infinitive's event ([`intent_code`]).
fn intends_without_pattern(sa: &SentenceAnalysis, v: usize) -> bool {
    let g = &sa.syntax.vgs[v];
    let s = g.words.start;
    // "eager to return to normal life and resume trade": a bare verb after "and" shares the
    // intention of the infinitive it is coordinated with (no finite verb between)
    if !g.infinitive && v >= 1 && s >= 1 && sa.tags[g.head] == Tag::VB && sa.lowers[s - 1] == "and"
    {
        let u = &sa.syntax.vgs[v - 1];
        if u.infinitive && sa.syntax.clauses[v].subject_rule == "coordinated-vp" {
            return intends_without_pattern(sa, v - 1);
        }
    }
    if !g.infinitive || v == 0 || s == 0 {
        return false;
    }
    let before = sa.lowers[s - 1];
    // (also the nouns: "reaffirmed Russia's readiness to assist in ...")
    if matches!(
        before,
        "ready"
            | "willing"
            | "prepared"
            | "eager"
            | "determined"
            | "readiness"
            | "willingness"
            | "intention"
            | "determination"
    ) {
        return true;
    }
    let u = &sa.syntax.vgs[v - 1];
    // "pledged to provide patrol vessels to the Philippines": a promise of the act
    if u.words.end == s
        && !u.negated
        && ["pledg", "promis", "vow"]
            .iter()
            .any(|p| sa.lowers[u.head].starts_with(p))
    {
        return true;
    }
    // "instructed the minister to travel to X": an order to one's own official, not yet done
    if sa.syntax.clauses[v].subject_rule == "object-control"
        && !u.negated
        && ["instruct", "direct", "task"]
            .iter()
            .any(|p| sa.lowers[u.head].starts_with(p))
    {
        return true;
    }
    // ("decided to provide air defence systems before the end of the year" is a plan; "had
    // decided to cease all contact with Pavel", "decided to recall its ambassador" are done)
    if u.words.end == s && !u.negated && sa.lowers[u.head].starts_with("decid") {
        return ![
            "cease",
            "suspend",
            "halt",
            "stop",
            "cut",
            "end",
            "sever",
            "freeze",
            "close",
            "expel",
            "recall",
            "ban",
            "withdraw",
            "terminate",
            "downgrade",
        ]
        .contains(&sa.lowers[g.head]);
    }
    u.words.end == s
        && !u.negated
        && [
            "intend", "want", "hope", "aim", "wish", "plan", "commit", "agree",
        ]
        .iter()
        .any(|p| sa.lowers[u.head].starts_with(p))
}

/// "The EU intends to eliminate tariffs on all U.S. industrial goods", "Japan and the
/// Philippines intend to conclude negotiations on an access agreement", "commits to address
/// concerns raised by U.S. producers": a declared intention (intend, plan, commit, pledge,
/// promise, vow, aim, agree; ready or prepared to; "will", "will continue to") to do what no
/// verb pattern codes, concerning
/// another side, is an intention to cooperate with it (030). The other side is a country
/// or body named after the verb (an owner: "U.S. goods", "projects in the Philippines"),
/// else each of the subject's sides toward the others. Intentions others ascribe ("are
/// concerned that Russia intends to use these soldiers"), conditions, and acts against
/// someone are none.
fn intended_dealings<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    v: usize,
    subject: &[usize],
) -> Vec<(Party<'a>, Vec<Party<'a>>)> {
    let g = &sa.syntax.vgs[v];
    let s = g.words.start;
    // "The United States and Japan will accelerate investments in the Philippines", "will
    // continue to engage with the National Unity Government": what a side says it will do
    let will = !g.negated
        && s >= 1
        && g.modal
            .is_some_and(|m| matches!(sa.lowers[m], "will" | "shall"))
        && sa.syntax.clauses[v].complement_of.is_none()
        && !sa.quoted[g.head];
    let will_continue = g.infinitive
        && v >= 1
        && sa.lowers[sa.syntax.vgs[v - 1].head].starts_with("continu")
        && sa.syntax.vgs[v - 1]
            .modal
            .is_some_and(|m| matches!(sa.lowers[m], "will" | "shall"));
    if will || will_continue {
        // (the act is what "will" governs; "will continue to" governs the infinitive)
    } else if !g.infinitive || g.negated || v == 0 || s == 0 {
        return Vec::new();
    }
    let u = &sa.syntax.vgs[v.saturating_sub(1)];
    let declared = will
        || will_continue
        || matches!(sa.lowers[s - 1], "ready" | "prepared")
        || u.words.end == s
            && !u.negated
            && [
                "intend", "plan", "commit", "pledg", "promis", "vow", "aim", "agree",
            ]
            .iter()
            .any(|p| sa.lowers[u.head].starts_with(p));
    if !declared || v >= 1 && modality_of(sa, v - 1) == Modality::Negated {
        return Vec::new();
    }
    // (the phrase reaches over participles that modify its nouns: "concerns raised by U.S.
    // producers", "goods originating in the European Union")
    let limit = (g.words.end..sa.len())
        .find(|&k| {
            matches!(
                sa.lowers[k],
                ";" | "--"
                    | "who"
                    | "which"
                    | "whose"
                    | "whom"
                    | "but"
                    | "while"
                    | "whereas"
                    | "if"
                    | "unless"
                    | "once"
                    | "when"
                    | "until"
                    | "because"
                    | "soon"
            ) || sa.syntax.vg_of_word(k).is_some_and(|u| {
                let u = &sa.syntax.vgs[u];
                // ("commit to lead and support efforts": a verb joined by "and" goes on)
                let joined = k >= 1
                    && matches!(sa.lowers[k - 1], "and" | "or")
                    && sa.tags[u.head] == Tag::VB;
                u.words.start == k && !u.nonfinite && !u.infinitive && !joined
            })
        })
        .unwrap_or(sa.len());
    // (what others fear or report a side intends, or a condition, is not its statement)
    if (0..s).any(|k| {
        matches!(
            sa.lowers[k],
            "concerned"
                | "concern"
                | "concerns"
                | "fear"
                | "fears"
                | "feared"
                | "worried"
                | "alarmed"
                | "reports"
                | "reported"
                | "reportedly"
                | "allegedly"
                | "claims"
                | "claimed"
                | "if"
                | "unless"
                | "whether"
        )
    }) || (g.words.end..limit).any(|k| {
        matches!(
            sa.lowers[k],
            "against"
                | "combat"
                | "war"
                | "sanctions"
                | "snapback"
                | "penalties"
                | "retaliation"
                | "retaliatory"
                | "punitive"
                | "countermeasures"
                | "accountable"
        ) || HOSTILE_NOUNS.contains(&sa.lowers[k])
    }) {
        return Vec::new();
    }
    // (a hostile or coercive act intended is none: "vowed to retaliate", "aims to deter
    // countries from supporting Russia")
    // (nor one a later verb of the phrase names: "will continue to use every tool to cut off
    // the RSF's access")
    let hostile = |w: &str| {
        [
            "retaliat", "aveng", "deter", "punish", "strike", "attack", "destroy", "defeat",
            "counter", "pressur", "isolat", "confront", "expel", "ban", "sanction", "restrict",
            "block", "target", "respond", "crush", "fight", "invade", "seize", "annex", "sue",
            "prosecut", "cut", "disrupt", "dismantl", "degrade", "choke", "starve",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    };
    // ("Australia will take on South Africa in the final", "will face Japan": a contest)
    let contest = matches!(sa.lowers[g.head], "face" | "beat" | "challenge")
        || sa.lowers[g.head] == "take" && sa.lowers.get(g.head + 1) == Some(&"on");
    if hostile(sa.lowers[g.head])
        || contest
        || (g.words.end..limit).any(|k| {
            sa.syntax
                .vg_of_word(k)
                .is_some_and(|u| sa.syntax.vgs[u].head == k && hostile(sa.lowers[k]))
        })
        // (a role or a state is no dealing: "will serve as the High Representative for
        // Gaza", "will play an essential role", "will remain in Kyiv", "will hold the
        // Presidency of the Council of the EU")
        || matches!(
            sa.lowers[g.head],
            "serve"
                | "act"
                | "play"
                | "be"
                | "become"
                | "remain"
                | "stay"
                | "have"
                | "seem"
                | "assume"
                | "chair"
        )
        || sa.lowers[g.head] == "hold"
            && sa.syntax.np_of_word(g.words.end).is_some_and(|n| {
                matches!(
                    sa.lowers[sa.syntax.nps[n].head],
                    "presidency"
                        | "chairmanship"
                        | "chair"
                        | "office"
                        | "post"
                        | "seat"
                        | "position"
                        | "election"
                        | "elections"
                        | "referendum"
                )
            })
    {
        return Vec::new();
    }
    let source: Vec<Party> = parties(sa, actors, subject)
        .into_iter()
        .filter(|p| side_key(&p.code).is_some())
        .collect();
    if source.is_empty() {
        return Vec::new();
    }
    let own = |p: &Party| {
        source
            .iter()
            .any(|q| side_key(&q.code) == side_key(&p.code))
    };
    let mut others: Vec<Party> = Vec::new();
    for o in 0..sa.syntax.nps.len() {
        let w = &sa.syntax.nps[o].words;
        if w.start < g.words.end || w.end > limit {
            continue;
        }
        // ("negotiations between both sides": each side; "the agreements made in Riyadh":
        // a city is where, not who; "projects in the Philippines": a country is who)
        let located = w.start >= 1 && matches!(sa.lowers[w.start - 1], "in" | "at");
        // ("coordinate their approaches within the CIS and the SCO": a body they act within
        // is a setting, not the other side)
        if (g.words.end..w.start)
            .rev()
            .find(|&k| sa.tags[k] == Tag::IN && sa.lowers[k] != "of")
            .is_some_and(|k| sa.lowers[k] == "within")
        {
            continue;
        }
        let city = |p: &Party| {
            (p.place || located)
                && actors
                    .reading(sa.index, o)
                    .and_then(|r| r.actor)
                    .is_none_or(|a| actors.list[a].kind != lede_model::ActorKind::Country)
        };
        for p in parties(sa, actors, &[o]) {
            if side_key(&p.code).is_some()
                && !own(&p)
                && !city(&p)
                && !others
                    .iter()
                    .any(|q| side_key(&q.code) == side_key(&p.code))
            {
                others.push(p);
            }
        }
    }
    if !others.is_empty() {
        return source.into_iter().map(|p| (p, others.clone())).collect();
    }
    // (the subject's sides toward each other only for an act between them: "plan to conduct
    // a trilateral exercise", "intend to conclude negotiations between their forces")
    let between = (g.words.end..limit).any(|k| {
        matches!(
            sa.lowers[k],
            "together"
                | "joint"
                | "jointly"
                | "bilateral"
                | "trilateral"
                | "mutual"
                | "mutually"
                | "between"
                | "each"
                | "their"
        )
    });
    if !between {
        return Vec::new();
    }
    source
        .iter()
        .map(|p| {
            let rest: Vec<Party> = source
                .iter()
                .filter(|q| side_key(&q.code) != side_key(&p.code))
                .cloned()
                .collect();
            (p.clone(), rest)
        })
        .filter(|(_, rest)| !rest.is_empty())
        .collect()
}

/// The code of a courtesy verb group `v` with no addressee: an apology (055), condolences or
/// sympathy expressed (018), congratulations or thanks (051).
fn courtesy_code(sa: &SentenceAnalysis, v: usize) -> Option<&'static str> {
    let g = &sa.syntax.vgs[v];
    if g.infinitive || g.nonfinite && sa.tags[g.head] == Tag::VBG {
        return None;
    }
    let head = sa.lowers[g.head];
    if head.starts_with("apologi") {
        return Some("055");
    }
    if head.starts_with("congratulat") || head.starts_with("thank") {
        return Some("051");
    }
    let expressed = ["express", "extend", "convey", "offer", "voic"]
        .iter()
        .any(|p| head.starts_with(p));
    let object = sa
        .lowers
        .get(g.words.end..(g.words.end + 4).min(sa.len()))
        .unwrap_or(&[]);
    if expressed {
        if object
            .iter()
            .any(|w| matches!(*w, "condolences" | "sympathy" | "sympathies"))
        {
            return Some("018");
        }
        if object.iter().any(|w| {
            matches!(
                *w,
                "gratitude" | "appreciation" | "congratulations" | "thanks"
            )
        }) {
            return Some("051");
        }
    }
    None
}

/// "called it a cowardly Israeli attack", "described the strike as a flagrant violation of
/// Qatar's sovereignty by Israel": verb group `v` calls, describes or brands an object that
/// names no one as an act of hostility or a violation. Returns the sides of `subject` and
/// the one (of another country) the characterisation's words name.
fn characterised<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    v: usize,
    subject: &[usize],
) -> Option<(Vec<Party<'a>>, Party<'a>)> {
    let syn = &sa.syntax;
    let g = &syn.vgs[v];
    let head = sa.lowers[g.head];
    if g.negated
        || g.passive
        || !["call", "describ", "brand", "label", "denounc", "condemn"]
            .iter()
            .any(|p| head.starts_with(p))
    {
        return None;
    }
    let clause = &syn.clauses[v];
    let &object = clause.objects.first()?;
    if owner(sa, actors, object, 0).is_some() {
        return None;
    }
    let from = syn.nps[object].words.end;
    let end = (from..sa.len())
        .find(|&k| matches!(sa.lowers[k], "," | ";" | "and" | "but" | "." | "while"))
        .unwrap_or(sa.len());
    let hostile = (from..end).any(|k| {
        matches!(
            sa.lowers[k],
            "attack"
                | "aggression"
                | "violation"
                | "crime"
                | "provocation"
                | "cowardly"
                | "heinous"
                | "barbaric"
                | "unprovoked"
                | "flagrant"
                | "blatant"
                | "unfriendly"
                | "hostile"
                | "terrorist"
                | "terrorism"
                | "massacre"
                | "atrocity"
                | "interference"
        )
    });
    if !hostile {
        return None;
    }
    let source = parties(sa, actors, subject);
    if source.is_empty() {
        return None;
    }
    let own: Vec<Option<&str>> = source.iter().map(|p| country_of(&p.code)).collect();
    let target = (0..syn.nps.len())
        .filter(|&k| {
            let w = &syn.nps[k].words;
            w.start >= from && w.end <= end
        })
        .filter_map(|k| owner(sa, actors, k, 0))
        .find(|p| {
            !p.place
                && !p.code.starts_with("---")
                && country_of(&p.code).is_some()
                && !own.contains(&country_of(&p.code))
        });
    Some((source, target?))
}

/// Verb group `v` accepts an invitation ("he has accepted the invitation"), naming no one.
fn accepts_invitation(sa: &SentenceAnalysis, v: usize) -> bool {
    let g = &sa.syntax.vgs[v];
    let object = sa
        .lowers
        .get(g.words.end..(g.words.end + 3).min(sa.len()))
        .unwrap_or(&[]);
    !g.infinitive
        && !g.passive
        && sa.lowers[g.head].starts_with("accept")
        && object.contains(&"invitation")
        && !object.iter().any(|w| matches!(*w, "from" | "of"))
}

/// The side of a meeting between `a` and `b` that `p` is not on, if `p` is on one (named in
/// another sentence: no mention here).
fn other_side<'a>(a: &Party<'a>, b: &Party<'a>, p: &Party) -> Option<Party<'a>> {
    let other = if side_key(&p.code) == side_key(&a.code) {
        b
    } else if side_key(&p.code) == side_key(&b.code) {
        a
    } else {
        return None;
    };
    Some(Party {
        np: UNSAID,
        ..other.clone()
    })
}

/// Verb group `v` is a gerund that "stop", "cease", "halt", "quit", "refrain from", "desist
/// from" or "avoid" governs: "stop supporting the M23".
fn stopped_act(sa: &SentenceAnalysis, v: usize) -> bool {
    let g = &sa.syntax.vgs[v];
    let s = g.words.start;
    if sa.tags[g.head] != Tag::VBG || s == 0 {
        return false;
    }
    let before = sa.lowers[s - 1];
    ["stop", "ceas", "halt", "quit", "avoid"]
        .iter()
        .any(|p| before.starts_with(p))
        || before == "from"
            && s >= 2
            && ["refrain", "desist", "abstain"]
                .iter()
                .any(|p| sa.lowers[s - 2].starts_with(p))
}

/// "requested the early release of the detained nationals", "called for the lifting of the
/// ban": verb group `v` asks for an act (a noun right after it, or after "for") that names
/// no actor. Returns the code (0253 for a release, else 020).
fn unaddressed_request_code(
    sa: &SentenceAnalysis,
    actors: &ArticleActors,
    v: usize,
    own: Option<&str>,
) -> Option<&'static str> {
    let g = &sa.syntax.vgs[v];
    if g.infinitive || g.nonfinite || g.passive {
        return None;
    }
    let head = sa.lowers[g.head];
    let asks = ["request", "demand", "seek", "sought"]
        .iter()
        .any(|p| head.starts_with(p));
    // ("called for", "pressed for", "pushed for": the act after "for")
    let asks_for = ["call", "press", "push"]
        .iter()
        .any(|p| head.starts_with(p))
        && sa.lowers.get(g.words.end) == Some(&"for");
    let k = match (asks, asks_for) {
        (true, _) => g.words.end,
        (_, true) => g.words.end + 1,
        _ => return None,
    };
    let np = sa.syntax.np_of_word(k)?;
    let n = &sa.syntax.nps[np];
    let code = match sa.lowers[n.head] {
        "release" | "freeing" => "0253",
        "removal" | "lifting" | "resumption" | "withdrawal" | "return" | "repeal" | "reversal"
        | "cessation" | "halt" | "investigation" | "extradition" => "020",
        _ => return None,
    };
    // (an act whose own phrase names who is to do it, or who is asked, is coded as named)
    let end = (n.words.end..sa.len())
        .find(|&j| matches!(sa.lowers[j], "." | ";" | "and" | "but" | "while"))
        .unwrap_or(sa.len());
    let named = sa
        .syntax
        .nps
        .iter()
        .enumerate()
        .filter(|(_, m)| m.words.start >= n.words.start && m.words.end <= end)
        .any(|(i, _)| {
            actors
                .reading(sa.index, i)
                .and_then(|r| r.code.as_deref())
                .is_some_and(|c| !c.starts_with("---") && side_key(c) != own)
        });
    (!named).then_some(code)
}

/// The parties of noun phrase `first` and those coordinated with it, one a side (no place):
/// at least two, else none.
fn sides_of<'a>(sa: &SentenceAnalysis, actors: &'a ArticleActors, first: usize) -> Vec<Party<'a>> {
    let mut out: Vec<Party> = Vec::new();
    for p in parties(sa, actors, &sa.syntax.conjuncts_or_self(first)) {
        if side_key(&p.code).is_some()
            && !p.place
            && !out.iter().any(|q| side_key(&q.code) == side_key(&p.code))
        {
            out.push(p);
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// The sides of "talks between X and Y" (or negotiations, consultations, a meeting, a round
/// or dialogue) in the words before `end`: one party a side, at least two, else none.
fn talks_between<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    end: usize,
) -> Vec<Party<'a>> {
    // ("The fourth meeting of the High-Level Security Mechanism between ...": the meeting
    // noun heads the phrase, a few words before, with no verb or comma between)
    let Some(b) = (1..end).find(|&k| {
        sa.lowers[k] == "between"
            && (k.saturating_sub(8)..k)
                .rev()
                .take_while(|&j| !sa.tags[j].is_verb() && sa.lowers[j] != ",")
                .any(|j| {
                    MEETING_NOUNS.contains(&sa.lowers[j])
                        || matches!(sa.lowers[j], "meetings" | "round" | "dialogue" | "summit")
                })
    }) else {
        return Vec::new();
    };
    let Some(first) = sa.syntax.np_of_word(b + 1) else {
        return Vec::new();
    };
    sides_of(sa, actors, first)
}

/// The sides of "X called Y" (or phoned, rang), a call between two people: the verb's one
/// object is a person of another side than its one subject, and no word after the object says
/// what Y was called ("called Putin a war criminal") or asked ("called on", "called for").
fn phone_call<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    v: usize,
    subject: &[usize],
) -> Option<(Party<'a>, Party<'a>)> {
    let syn = &sa.syntax;
    let g = &syn.vgs[v];
    if !matches!(
        sa.lowers[g.head],
        "call" | "calls" | "called" | "calling" | "phoned" | "phones" | "phone" | "rang"
    ) || g.words.end != g.head + 1
    {
        return None;
    }
    let clause = &syn.clauses[v];
    let [o] = clause.objects.as_slice() else {
        return None;
    };
    let n = &syn.nps[*o];
    if n.words.start != g.head + 1 {
        return None;
    }
    let next = sa.lowers.get(n.words.end).copied().unwrap_or(".");
    let next_tag = sa.tags.get(n.words.end).copied();
    let closes = matches!(
        next,
        "." | "," | ";" | "on" | "to" | "after" | "before" | "late" | "earlier" | "and"
    ) || next_tag == Some(Tag::IN) && next != "as";
    if !closes {
        return None;
    }
    let r = actors.reading(sa.index, *o)?;
    let person = r
        .actor
        .is_some_and(|a| actors.list[a].kind == lede_model::ActorKind::Person);
    if !person {
        return None;
    }
    let [s] = subject else {
        return None;
    };
    let a = party(sa, actors, *s)?;
    let b = party(sa, actors, *o)?;
    (side_key(&a.code).is_some() && side_key(&a.code) != side_key(&b.code)).then_some((a, b))
}

/// The words for what is signed: an agreement, a declaration ...
const SIGNED_THINGS: &[&str] = &[
    "agreement",
    "agreements",
    "accord",
    "accords",
    "deal",
    "treaty",
    "declaration",
    "memorandum",
    "pact",
    "protocol",
    "ceasefire",
    "truce",
    "statement",
    "communique",
    "communiqué",
    "charter",
    "convention",
    "roadmap",
    "framework",
    "arrangement",
];

/// The sides of "an agreement (was) signed by X and Y": verb group `v` is a passive or a
/// bare participle of "sign" ("initial", "ink") right before "by", whose patient (the passive
/// subject, or the noun phrase the participle follows) is an agreement, and the "by" phrase
/// names two sides or more. One party a side, else none.
fn signed_by<'a>(sa: &SentenceAnalysis, actors: &'a ArticleActors, v: usize) -> Vec<Party<'a>> {
    let syn = &sa.syntax;
    let g = &syn.vgs[v];
    let signed_word =
        |h: &str| SIGNED_THINGS.contains(&h) || matches!(h, "documents" | "memoranda" | "mous");
    // ("a package of intergovernmental documents", "a number of agreements")
    let signed_thing = |np: usize| {
        let n = &syn.nps[np];
        signed_word(sa.lowers[n.head])
            || sa.lowers.get(n.words.end) == Some(&"of")
                && syn
                    .np_of_word(n.words.end + 1)
                    .is_some_and(|o| signed_word(sa.lowers[syn.nps[o].head]))
    };
    // "A package of documents was signed in the presence of the two leaders", "the two
    // ministers witnessed the signing of a memorandum": those present agreed (Lede)
    if !g.negated
        && g.passive
        && matches!(
            sa.lowers[g.head],
            "signed" | "exchanged" | "initialed" | "initialled" | "concluded" | "inked"
        )
        && syn.clauses[v].subject.first().is_some_and(|&p| signed_thing(p))
        // ("signed by X and Y in the presence of Z": the signatories, below)
        && sa.lowers.get(g.head + 1) != Some(&"by")
    {
        let present = (0..sa.len().saturating_sub(4)).find(|&k| {
            sa.lowers[k] == "in"
                && sa.lowers[k + 1] == "the"
                && sa.lowers[k + 2] == "presence"
                && sa.lowers[k + 3] == "of"
        });
        if let Some(np) = present.and_then(|k| syn.np_of_word(k + 4)) {
            return sides_of(sa, actors, np);
        }
        // ("... were signed in their presence": the plural named before)
        let theirs = (0..sa.len().saturating_sub(2)).find(|&k| {
            sa.lowers[k] == "in" && sa.lowers[k + 1] == "their" && sa.lowers[k + 2] == "presence"
        });
        if let Some(np) = theirs.and_then(|k| syn.np_of_word(k + 1)) {
            return sides_of(sa, actors, np);
        }
    }
    if !g.passive
        && !g.negated
        && matches!(sa.lowers[g.head], "witnessed" | "witness" | "witnesses")
        && syn.clauses[v].objects.first().is_some_and(|&o| {
            matches!(
                sa.lowers[syn.nps[o].head],
                "signing" | "exchange" | "conclusion"
            )
        })
    {
        if let Some(&subject) = syn.clauses[v].subject.first() {
            return sides_of(sa, actors, subject);
        }
    }
    if !matches!(
        sa.lowers[g.head],
        "signed" | "initialed" | "initialled" | "inked" | "co-signed" | "cosigned"
    ) || sa.lowers.get(g.head + 1) != Some(&"by")
        || !(g.passive || g.nonfinite)
    {
        return Vec::new();
    }
    let patient = if g.passive {
        syn.clauses[v].subject.first().copied()
    } else {
        // ("The joint declaration, signed by ...": the noun phrase before the comma)
        let mut k = g.words.start;
        while k > 0 && sa.lowers[k - 1] == "," {
            k -= 1;
        }
        k.checked_sub(1).and_then(|j| syn.np_of_word(j))
    };
    let Some(patient) = patient else {
        return Vec::new();
    };
    if !SIGNED_THINGS.contains(&sa.lowers[syn.nps[patient].head]) {
        return Vec::new();
    }
    let Some(first) = syn.np_of_word(g.head + 2) else {
        return Vec::new();
    };
    sides_of(sa, actors, first)
}

/// Words that perform the act they name when said ("thank", "congratulate", "express our
/// gratitude"): "I want to thank X", "we wish to congratulate X" thank and congratulate.
const PERFORMATIVES: &[&str] = &[
    "thank",
    "congratulat",
    "commend",
    "prais",
    "welcom",
    "express",
    "extend",
    "convey",
    "acknowledg",
    "recogni",
    "salut",
    "applaud",
    "reaffirm",
    "reiterat",
];

/// An infinitive of a performative speech act right after "want" or "wish" ("I want to
/// thank Qatar", "we wish to congratulate the people of X"): a politeness form of the act
/// itself, asserted, not an intention.
fn performative_wish(sa: &SentenceAnalysis, v: usize) -> bool {
    let g = &sa.syntax.vgs[v];
    let s = g.words.start;
    if !g.infinitive || v == 0 || s == 0 {
        return false;
    }
    let u = &sa.syntax.vgs[v - 1];
    u.words.end == s
        && !u.negated
        && ["want", "wish"]
            .iter()
            .any(|p| sa.lowers[u.head].starts_with(p))
        && PERFORMATIVES
            .iter()
            .any(|p| sa.lowers[g.head].starts_with(p))
}

/// A gerund of reason after "for" in a thanks or praise ("thank Qatar for working with us",
/// "commended X for hosting the talks"): the act praised, not an event of its own.
fn praised_reason(sa: &SentenceAnalysis, v: usize) -> bool {
    let g = &sa.syntax.vgs[v];
    let s = g.words.start;
    if !g.nonfinite || g.infinitive || s == 0 || sa.lowers[s - 1] != "for" {
        return false;
    }
    let Some(u) = (0..v).rev().find(|&u| sa.syntax.vgs[u].words.end <= s) else {
        return false;
    };
    [
        "thank",
        "prais",
        "commend",
        "congratulat",
        "applaud",
        "laud",
        "hail",
        "salut",
    ]
    .iter()
    .any(|p| sa.lowers[sa.syntax.vgs[u].head].starts_with(p))
}

/// The CAMEO intention (root 03) to do what `code` codes: to agree (03 itself), to meet or
/// negotiate (04: 036), to support (05: 032), to cooperate (06: 031), to aid (07: 033), to
/// yield (08: 035); readiness to sanction is a threat of sanctions (16: 1312). Nothing for
/// other roots: a plan to attack is no event.
fn intent_code(code: &str) -> Option<String> {
    let c = match code.get(..2)? {
        "03" => code,
        "04" => "036",
        "05" => "032",
        "06" => "031",
        "07" => "033",
        "08" => "035",
        // "ready to impose further sanctions": a threat of sanctions
        "16" => "1312",
        _ => return None,
    };
    Some(c.to_string())
}

/// A verb that asks someone to act ("urged", "called on", "demanded").
fn is_request_verb(form: &str) -> bool {
    [
        "urg", "call", "ask", "demand", "press", "appeal", "encourag", "request", "implor",
    ]
    .iter()
    .any(|p| form.starts_with(p))
}

/// A limit at a verb coordinated with an infinitive before it ("commit to lead and support
/// efforts ...") moves on to the next limit: the coordinated verb is part of the phrase.
fn coordinated_limit(sa: &SentenceAnalysis, limit: usize) -> usize {
    let Some(v) = sa.syntax.vg_of_word(limit) else {
        return limit;
    };
    let g = &sa.syntax.vgs[v];
    let coordinated = g.words.start == limit
        && limit >= 1
        && matches!(sa.lowers[limit - 1], "and" | "or")
        && v >= 1
        && sa.syntax.vgs[v - 1].infinitive
        && sa.syntax.vgs[v - 1].words.end + 1 == limit;
    if !coordinated {
        return limit;
    }
    clause_limit(sa, g.head)
}

/// Where the actions a request asks for end: a semicolon, a quotation, a relative pronoun,
/// or a finite verb that is not one of the coordinated actions.
fn request_limit(sa: &SentenceAnalysis, from: usize) -> usize {
    (from + 1..sa.len())
        .find(|&k| {
            let w = sa.lowers[k];
            w == ";" || matches!(w, "who" | "which" | "whose" | "whom" | "while" | "because")
        })
        .unwrap_or(sa.len())
}

/// CAMEO actions that are mutual by nature: consult, discuss by phone, negotiate, sign a
/// formal agreement, cooperate. Coded in both directions with Lede's own dictionaries.
fn is_mutual(code: &str) -> bool {
    ["040", "041", "046", "057", "06"]
        .iter()
        .any(|p| code.starts_with(p))
}

/// The participants of one side, or one unknown participant where there are none.
fn or_unknown<'a>(parties: Vec<Party<'a>>) -> Vec<Option<Party<'a>>> {
    if parties.is_empty() {
        vec![None]
    } else {
        parties.into_iter().map(Some).collect()
    }
}

/// The actors an apposition names for a noun phrase that names none: "the belligerents --
/// the Sudanese Armed Forces and the Rapid Support Forces --".
fn apposition<'a>(sa: &SentenceAnalysis, actors: &'a ArticleActors, np: usize) -> Vec<Party<'a>> {
    let n = &sa.syntax.nps[np];
    let listed = listed_members(sa, actors, np);
    if !listed.is_empty() {
        return listed;
    }
    // skip a modifier phrase ("responsible for Sudanese suffering") up to the dash
    let Some(dash) = (n.words.end..sa.len().min(n.words.end + 8))
        .find(|&k| matches!(sa.words[k], "--" | "(" | ":"))
    else {
        return Vec::new();
    };
    if (n.words.end..dash).any(|k| {
        sa.syntax
            .vg_of_word(k)
            .is_some_and(|v| !sa.syntax.vgs[v].nonfinite)
            || sa.words[k] == ","
    }) {
        return Vec::new();
    }
    let Some(next) = sa.syntax.np_of_word(dash + 1) else {
        return Vec::new();
    };
    sa.syntax
        .conjuncts(next)
        .iter()
        .filter_map(|&m| party(sa, actors, m))
        .filter(|p| !p.code.starts_with("---"))
        .collect()
}

/// Words for others named as a group ("our Allies", "influential partners") that a list
/// after them may spell out.
const GROUP_NOUNS: &[&str] = &[
    "allies",
    "partners",
    "countries",
    "nations",
    "states",
    "friends",
    "members",
    "donors",
    "governments",
    "neighbours",
    "neighbors",
    "mediators",
];

/// The members a list spells out for a group noun with no actor of its own: "our Allies
/// who stood with us ... -- including Germany, Poland, Slovenia, Norway, and Turkey", "a
/// collection of influential partners, the African Union, Egypt, Saudi Arabia, ...".
fn listed_members<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    np: usize,
) -> Vec<Party<'a>> {
    let n = &sa.syntax.nps[np];
    if !actors.lede_rules || !GROUP_NOUNS.contains(&sa.lowers[n.head]) {
        return Vec::new();
    }
    let e = n.words.end;
    let members = |at: usize| -> Vec<Party> {
        let Some(next) = sa.syntax.np_of_word(at) else {
            return Vec::new();
        };
        let group = sa.syntax.conjuncts_or_self(next);
        let out: Vec<Party> = group
            .iter()
            .filter_map(|&m| party(sa, actors, m))
            .filter(|p| !p.place && !p.code.starts_with("---"))
            .collect();
        if out.len() == group.len() {
            out
        } else {
            Vec::new()
        }
    };
    // "..., including X, Y and Z" (across a relative clause about the group)
    let reach = if sa
        .lowers
        .get(e)
        .is_some_and(|w| matches!(*w, "who" | "that" | "which"))
    {
        25
    } else {
        3
    };
    if let Some(k) = (e..sa.len().min(e + reach)).find(|&k| sa.lowers[k] == "including") {
        if (e..k).all(|j| !matches!(sa.words[j], "." | ";")) {
            return members(k + 1);
        }
    }
    // "partners, the African Union, Egypt, Saudi Arabia ...": a list of three or more
    if sa.words.get(e).is_some_and(|w| *w == ",") {
        let m = members(e + 1);
        if m.len() >= 3 {
            return m;
        }
    }
    Vec::new()
}

fn parties<'a>(sa: &SentenceAnalysis, actors: &'a ArticleActors, nps: &[usize]) -> Vec<Party<'a>> {
    let mut out: Vec<Party> = Vec::new();
    for &n in nps {
        // (read once: the last step below uses the same reading)
        let own = owner(sa, actors, n, 0);
        if own.as_ref().is_none_or(|p| p.code.starts_with("---")) {
            let named = apposition(sa, actors, n);
            if !named.is_empty() {
                for p in named {
                    if !out.iter().any(|o| o.code == p.code && o.name == p.name) {
                        out.push(p);
                    }
                }
                continue;
            }
        }
        if actors.lede_rules && party(sa, actors, n).is_none() {
            let mut sides = action_agents(sa, actors, n);
            if sides.is_empty() {
                sides = agreement_sides(sa, actors, n);
            }
            if !sides.is_empty() {
                for p in sides {
                    if !out.iter().any(|o| o.code == p.code && o.name == p.name) {
                        out.push(p);
                    }
                }
                continue;
            }
        }
        // "they", "the two leaders": each of the actors named together before
        if let Some(r) = actors
            .reading(sa.index, n)
            .filter(|r| !r.members.is_empty())
        {
            for (a, code) in &r.members {
                if !out.iter().any(|o| {
                    o.code == code.as_str() && o.name.as_deref() == actors.list[*a].name.as_deref()
                }) {
                    out.push(Party {
                        np: n,
                        place: false,
                        code: Cow::Borrowed(code.as_str()),
                        name: actors.list[*a].name.as_deref().map(Cow::Borrowed),
                    });
                }
            }
            continue;
        }
        let Some(p) = own else {
            continue;
        };
        // (a party of no bare agent is itself: what `agent_of_actors` gives it, unallocated)
        if p.code.strip_prefix("---").is_none_or(str::is_empty) {
            let more = if actors.lede_rules {
                let mut more = further_of_phrases(sa, actors, n, &p);
                if more.is_empty() {
                    more = coordinated_owners(sa, actors, n, &p);
                }
                more
            } else {
                Vec::new()
            };
            for q in std::iter::once(p).chain(more) {
                if !out.iter().any(|o| o.np == q.np && o.code == q.code) {
                    out.push(q);
                }
            }
            continue;
        }
        let mut got = agent_of_actors(sa, actors, p);
        if actors.lede_rules && got.len() == 1 {
            let more = further_of_phrases(sa, actors, n, &got[0]);
            got.extend(more);
        }
        if actors.lede_rules && got.len() == 1 {
            let more = coordinated_owners(sa, actors, n, &got[0]);
            got.extend(more);
        }
        for q in got {
            if !out.iter().any(|o| o.np == q.np && o.code == q.code) {
                out.push(q);
            }
        }
    }
    out
}

/// "praised the efforts of Qatar and Egypt": for an NP read through an owner after it, the
/// owners coordinated with that one.
fn coordinated_owners<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    np: usize,
    first: &Party<'a>,
) -> Vec<Party<'a>> {
    let syn = &sa.syntax;
    if first.np == np
        || first.np >= syn.nps.len()
        || syn.nps[first.np].words.start <= syn.nps[np].words.start
    {
        return Vec::new();
    }
    syn.conjuncts(first.np)
        .iter()
        .filter(|&&m| m != first.np)
        .filter_map(|&m| party(sa, actors, m).filter(|q| !q.code.starts_with("---")))
        .collect()
}

/// "the Governments of the DRC and of Rwanda", "the ambassadors of France, of Spain and of
/// Italy": for an NP read through its first "of" phrase, the countries of the "of" phrases
/// coordinated with it, with the same role.
fn further_of_phrases<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    np: usize,
    first: &Party<'a>,
) -> Vec<Party<'a>> {
    let syn = &sa.syntax;
    let end = syn.nps[np].words.end;
    if sa.lowers.get(end).is_none_or(|w| *w != "of") {
        return Vec::new();
    }
    let Some(mut x) = syn.np_of_word(end + 1) else {
        return Vec::new();
    };
    let Some(own) = country_of(&first.code) else {
        return Vec::new();
    };
    let role = first.code.get(3..).unwrap_or("").to_string();
    let mut out = Vec::new();
    loop {
        let mut k = syn.nps[x].words.end;
        while sa.lowers.get(k).is_some_and(|w| *w == "," || *w == "and") {
            k += 1;
        }
        if k == syn.nps[x].words.end || sa.lowers.get(k).is_none_or(|w| *w != "of") {
            break;
        }
        let Some(m) = syn.np_of_word(k + 1) else {
            break;
        };
        let Some(q) = party(sa, actors, m) else {
            break;
        };
        match country_of(&q.code) {
            Some(c) if c == q.code && c != own => out.push(Party {
                np: m,
                place: false,
                code: Cow::Owned(crate::keys::concat(&[c, &role])),
                name: None,
            }),
            _ => break,
        }
        x = m;
    }
    out
}

/// Whether noun phrase `np` is a diplomatic mission ("the embassies") or is called foreign
/// before its head, in lower case ("foreign diplomats", not "the Department of Foreign
/// Affairs"): of a
/// country other than the one it is in.
fn foreign_or_mission(sa: &SentenceAnalysis, np: usize) -> bool {
    let Some(n) = sa.syntax.nps.get(np) else {
        return false;
    };
    crate::actors::MISSION_NOUNS.contains(&sa.lowers[n.head])
        || sa.words[n.words.start..n.head.max(n.words.start)].contains(&"foreign")
}

/// An agent with no actor of its own ("the ambassadors" = `---GOV`) followed by "of", "from"
/// or "in" and actors ("the ambassadors of Arnor, Osgiliath and Gondor", "soldiers from
/// Gondor") is the agent of each of them: ARNGOV, OSGGOV, GONGOV. Any other party is itself.
fn agent_of_actors<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    p: Party<'a>,
) -> Vec<Party<'a>> {
    let Some(agent) = p.code.strip_prefix("---").filter(|a| !a.is_empty()) else {
        return vec![p];
    };
    // "six companies linked to Iran": Iran's
    if actors.lede_rules {
        if let Some(q) = linked_owner(sa, actors, p.np) {
            return vec![q];
        }
    }
    // "lawmakers and officials in Fornost": the whole coordination before the preposition,
    // unless the conjunct has its own ("the President of X and the President of Y")
    let own = sa.syntax.nps[p.np].words.end;
    let after = if sa
        .lowers
        .get(own)
        .is_some_and(|w| matches!(*w, "of" | "from" | "in"))
    {
        own
    } else {
        sa.syntax
            .conjuncts(p.np)
            .iter()
            .map(|&m| sa.syntax.nps[m].words.end)
            .max()
            .unwrap_or(0)
            .max(own)
    };
    if !sa
        .lowers
        .get(after)
        .is_some_and(|w| matches!(*w, "of" | "from" | "in"))
    {
        return vec![p];
    }
    // "foreign embassies in Kinshasa", "the foreign diplomats in Moscow": a mission, or what
    // is called foreign, is not of the country it sits in
    if actors.lede_rules && sa.lowers[after] == "in" && foreign_or_mission(sa, p.np) {
        return vec![p];
    }
    let Some(mut next) = sa.syntax.np_of_word(after + 1) else {
        return vec![p];
    };
    // "President of the Republic of Indonesia Prabowo Subianto": along a chain of "of"
    if actors.lede_rules {
        for _ in 0..2 {
            let end = sa.syntax.nps[next].words.end;
            // (an agent such as "the Republic" is no stop: "of the Republic of Mauritius";
            // nor is a polity noun another sentence gave a country: "the Republic")
            let polity = matches!(
                sa.lowers[sa.syntax.nps[next].head],
                "republic" | "kingdom" | "state" | "federation" | "commonwealth" | "emirate"
            );
            if party(sa, actors, next).is_some_and(|q| !q.code.starts_with("---") && !polity)
                || sa.lowers.get(end).is_none_or(|w| *w != "of")
            {
                break;
            }
            match sa.syntax.np_of_word(end + 1) {
                Some(m) => next = m,
                None => break,
            }
        }
    }
    let group = sa.syntax.conjuncts_or_self(next);
    let mut out = Vec::new();
    for &m in &group {
        if let Some(q) = party(sa, actors, m) {
            if q.code.starts_with("---") {
                continue;
            }
            let code = if q.code.get(3..).is_some_and(|rest| rest.contains(agent)) {
                q.code.clone()
            } else {
                Cow::Owned(format!("{}{agent}", q.code))
            };
            out.push(Party {
                np: p.np,
                place: false,
                code,
                name: q.name.clone(),
            });
        }
    }
    if out.is_empty() {
        vec![p]
    } else {
        out
    }
}

/// The article's actors with the first-person pronouns of quotations ("We condemn ...")
/// read as the quote's speaker, or as the statement's author where the quote names none.
fn with_quote_speakers(
    doc: &Document,
    analysis: &DocAnalysis,
    actors: &ArticleActors,
) -> (ArticleActors, Vec<lede_model::Quote>) {
    let mut out = lede_readings(actors);
    let quotes = crate::quotes::find(doc, analysis, actors);
    let author = actors
        .authors
        .first()
        .and_then(|&a| Some((a, actors.list[a].code.clone()?)));
    for sa in &analysis.sentences {
        for (i, n) in sa.syntax.nps.iter().enumerate() {
            if !n.pronoun
                || !sa.quoted[n.head]
                || !matches!(sa.lowers[n.head], "i" | "me" | "we" | "us")
            {
                continue;
            }
            let tok = doc.raw_span_of_tokens(sa.first + n.head..sa.first + n.head + 1);
            let speaker = quotes
                .iter()
                .find(|q| q.start <= tok.start && tok.end <= q.end)
                .and_then(|q| q.speaker.as_ref());
            let Some(r) = out.np.get_mut(sa.index).and_then(|x| x.get_mut(i)) else {
                continue;
            };
            match speaker {
                Some(sp) => {
                    if let Some(code) = &sp.code {
                        r.code = Some(code.clone());
                        r.actor = actors
                            .list
                            .iter()
                            .position(|a| a.name.is_some() && a.name == sp.name);
                    }
                }
                None => {
                    if let Some((a, code)) = &author {
                        r.code = Some(code.clone());
                        r.actor = Some(*a);
                    }
                }
            }
        }
    }
    (out, quotes)
}

/// "The city of El Fasher has been under a months-long siege by the Rapid Support Forces":
/// an act of force by the "by" phrase on the subject. The code is the act's event-noun
/// pattern's (siege 191), else 190.
fn under_attack<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    lexicon: &Lexicon,
    v: usize,
) -> Option<(String, Vec<Party<'a>>, Vec<Party<'a>>)> {
    let g = &sa.syntax.vgs[v];
    if g.negated
        || !matches!(
            sa.lowers[g.head],
            "been" | "is" | "was" | "are" | "were" | "remains" | "remained" | "came" | "come"
        )
        || sa.lowers.get(g.words.end).is_none_or(|w| *w != "under")
    {
        return None;
    }
    let np = sa.syntax.np_of_word(g.words.end + 1)?;
    let head = sa.lowers[sa.syntax.nps[np].head];
    let agents = action_agents(sa, actors, np);
    if !HOSTILE_NOUNS.contains(&head) || agents.is_empty() {
        return None;
    }
    // (a subject with no country, "displaced persons" at the end of a parenthetical, is
    // the parser's mistake)
    let mut target: Vec<Party> = parties(sa, actors, &sa.syntax.clauses[v].subject)
        .into_iter()
        .filter(|p| !p.code.starts_with("---"))
        .collect();
    if target.is_empty() {
        // "The city of El Fasher, Darfur -- home to ... -- has been under siege"
        target = dash_subject(sa, actors, g.words.start);
    }
    if target.is_empty() {
        return None;
    }
    let code = lexicon
        .noun_patterns(head)
        .iter()
        .filter_map(|&pi| resolve_code(&lexicon.verbs[pi as usize].code, false))
        .map(|(c, _)| c)
        .next()
        .unwrap_or_else(|| "190".to_string());
    Some((code, agents, target))
}

/// "I have been deeply alarmed by the country's backsliding", "we are concerned about X":
/// the one alarmed disapproves of what alarms them (the subject is the source, the
/// cause the target), not the other way round as in an ordinary passive.
fn dismay<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    v: usize,
) -> Option<(Vec<Party<'a>>, Vec<Party<'a>>)> {
    let g = &sa.syntax.vgs[v];
    let head = sa.lowers[g.head];
    if g.negated
        || ![
            "alarmed",
            "concerned",
            "troubled",
            "disturbed",
            "dismayed",
            "outraged",
            "appalled",
            "shocked",
            "disappointed",
            "angered",
            "horrified",
        ]
        .contains(&head)
    {
        return None;
    }
    let clause = &sa.syntax.clauses[v];
    let cause: Vec<usize> = clause
        .preps
        .iter()
        .filter(|p| matches!(sa.lowers[p.prep], "by" | "about" | "over" | "at" | "with"))
        .flat_map(|p| p.nps.iter().copied())
        .chain(clause.agent.iter().copied())
        .collect();
    let source = parties(sa, actors, &clause.subject);
    let target: Vec<Party> = cause
        .iter()
        .find_map(|&n| owner(sa, actors, n, 0).map(|_| n))
        .map(|n| parties(sa, actors, &[n]))
        .unwrap_or_default();
    (!source.is_empty() && !target.is_empty()).then_some((source, target))
}

/// "The RSF must stop their assault": a demand on the subject, by whoever says it: the
/// subject of the speech verb whose complement the clause is ("Kyiv said Russia must ..."),
/// the speaker of the quotation it is in, else the statement's author. Returns the code
/// (by the verb demanded: stop and withdraw 1056, release 1053, allow 1055, negotiate 106,
/// else 100) and the sides.
/// Adjectives of condemnation ("unacceptable", "ludicrous"): a statement that an actor's act,
/// position or words are so criticises the actor.
const CONDEMNING_ADJECTIVES: &[&str] = &[
    "unacceptable",
    "ludicrous",
    "absurd",
    "preposterous",
    "baseless",
    "groundless",
    "unfounded",
    "outrageous",
    "irresponsible",
    "illegal",
    "illegitimate",
    "unlawful",
    "unjustified",
    "unjustifiable",
    "unwarranted",
    "deplorable",
    "reprehensible",
    "appalling",
    "shameful",
    "disgraceful",
    "abhorrent",
    "despicable",
    "egregious",
    "inexcusable",
    "intolerable",
    "provocative",
    "reckless",
];

/// "Starmer said Russia's position was clearly unacceptable", "The imputations cast on him by
/// the Government of Canada are ludicrous": a copula whose complement condemns and whose
/// subject is an actor or an act, position or words of one; who says it criticises that actor.
/// Returns the sides (source: the speaker, the quote's or the author).
fn judged_unacceptable<'a>(
    doc: &Document,
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    quotes: &[lede_model::Quote],
    v: usize,
) -> Option<(Vec<Party<'a>>, Vec<Party<'a>>)> {
    let g = &sa.syntax.vgs[v];
    if g.negated
        || g.modal.is_some()
        || g.passive
        || g.words.end != g.head + 1
        || !matches!(sa.lowers[g.head], "is" | "was" | "are" | "were")
    {
        return None;
    }
    // ("was not unacceptable": the chunker reads "not" into what follows the copula)
    if sa
        .lowers
        .get(g.head + 1)
        .is_some_and(|w| matches!(*w, "not" | "never" | "n't"))
    {
        return None;
    }
    // the complement: adverbs, then the adjective ("clearly unacceptable", "totally baseless")
    let mut k = g.head + 1;
    while k < sa.len()
        && k < g.head + 4
        && matches!(sa.tags[k], Tag::RB | Tag::LQuote | Tag::RQuote)
    {
        k += 1;
    }
    // ("extremely dangerous and irresponsible": any of coordinated adjectives)
    let condemns = (k..sa.len().min(k + 5))
        .take_while(|&j| {
            sa.tags[j].is_adj()
                || matches!(sa.lowers[j], "and" | "," | "or")
                || sa.tags[j] == Tag::RB
        })
        .any(|j| CONDEMNING_ADJECTIVES.contains(&sa.lowers[j]));
    if !condemns {
        return None;
    }
    let clause = &sa.syntax.clauses[v];
    let &subject = clause.subject.first()?;
    // (an actor, or what one did or said: its owner, an adjective, a "by" phrase)
    let mut target: Vec<Party> = parties(sa, actors, &clause.subject)
        .into_iter()
        .filter(|p| !p.code.starts_with("---") && !p.place)
        .collect();
    if target.is_empty() {
        target = action_agents(sa, actors, subject);
    }
    if target.is_empty() {
        return None;
    }
    let source = voice(doc, sa, actors, quotes, v)?;
    let target = of_other_countries(&source, target);
    (!target.is_empty()).then_some((source, target))
}

fn must_demand<'a>(
    doc: &Document,
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    quotes: &[lede_model::Quote],
    v: usize,
) -> Option<(&'static str, Vec<Party<'a>>, Vec<Party<'a>>)> {
    let g = &sa.syntax.vgs[v];
    let m = g.modal?;
    if sa.lowers[m] != "must" || g.negated || g.passive {
        return None;
    }
    let head = sa.lowers[g.head];
    let code = match head {
        "stop" | "end" | "cease" | "halt" | "withdraw" | "pull" | "refrain" | "de-escalate" => {
            "1056"
        }
        // "Iran must return to talks": to negotiate
        "return" if sa.lowers.get(g.head + 1).is_some_and(|w| *w == "to") => {
            let rest = &sa.lowers[g.head + 1..];
            if rest.iter().any(|w| {
                matches!(
                    *w,
                    "talks" | "negotiations" | "table" | "dialogue" | "diplomacy"
                )
            }) {
                "106"
            } else {
                "100"
            }
        }
        "release" | "free" | "return" => "1053",
        "allow" | "let" | "permit" | "facilitate" => "1055",
        "negotiate" => "106",
        // "Hamas must keep its word", "must honor its commitments": keep a promise
        "keep" | "honor" | "honour" | "respect" | "fulfil" | "fulfill" | "uphold"
            if sa.syntax.clauses[v].objects.iter().any(|&o| {
                matches!(
                    sa.lowers[sa.syntax.nps[o].head],
                    "word"
                        | "promise"
                        | "promises"
                        | "commitment"
                        | "commitments"
                        | "pledge"
                        | "pledges"
                        | "obligations"
                        | "agreement"
                        | "ceasefire"
                        | "truce"
                        | "deal"
                )
            }) =>
        {
            "100"
        }
        "be" | "is" | "have" | "continue" | "remain" | "keep" | "do" => return None,
        _ => "100",
    };
    let clause = &sa.syntax.clauses[v];
    let mut target: Vec<Party> = parties(sa, actors, &clause.subject)
        .into_iter()
        .filter(|p| !p.code.starts_with("---"))
        .collect();
    // "the killing on both sides of the Russia-Ukraine conflict must stop", "the fighting
    // between X and Y must end": a demand on those who do it, named in the act's phrase
    if code == "1056" {
        if let Some(&sn) = clause.subject.first() {
            let n = &sa.syntax.nps[sn];
            if ACTS_OF_FIGHTING.contains(&sa.lowers[n.head]) {
                let (from, to) = (n.words.start, g.words.start);
                let inner: Vec<usize> = (0..sa.syntax.nps.len())
                    .filter(|&k| {
                        let w = &sa.syntax.nps[k].words;
                        from <= w.start && w.end <= to
                    })
                    .collect();
                for p in parties(sa, actors, &inner) {
                    if !p.code.starts_with("---")
                        && !p.place
                        && country_of(&p.code).is_some()
                        && !target
                            .iter()
                            .any(|t| country_of(&t.code) == country_of(&p.code))
                    {
                        target.push(p);
                    }
                }
            }
        }
    }
    if target.is_empty() {
        return None;
    }
    let source = voice(doc, sa, actors, quotes, v)?;
    // a demand on another country ("American farmers must maintain access" is no demand)
    let target = of_other_countries(&source, target);
    if source.is_empty() || target.is_empty() {
        return None;
    }
    Some((code, source, target))
}

/// Heads of phrases that name a country's economy rather than its people or forces.
const ECONOMIC_HEADS: &[&str] = &[
    "trade",
    "economy",
    "economies",
    "revenue",
    "revenues",
    "finances",
    "financing",
    "funding",
    "income",
    "exports",
    "imports",
    "assets",
    "profits",
    "oil",
    "energy",
    "sector",
    "sectors",
    "industry",
    "industries",
    "banks",
    "banking",
    "budget",
    "earnings",
    "currency",
    "markets",
    "market",
    "supply",
    "supplies",
    "networks",
    "network",
];

/// NP `t` (or the phrase it possesses: "Iran's energy trade") names an economy.
fn economic_object(sa: &SentenceAnalysis, t: usize) -> bool {
    let nps = &sa.syntax.nps;
    let Some(n) = nps.get(t) else { return false };
    let head_is = |n: &lede_syntax::Np| ECONOMIC_HEADS.contains(&sa.lowers[n.head]);
    head_is(n) || nps.iter().any(|m| m.possessor == Some(t) && head_is(m))
}

/// "all parties", "all sides", "the warring parties", "the belligerents".
fn belligerent_phrase(sa: &SentenceAnalysis, np: usize) -> bool {
    let Some(n) = sa.syntax.nps.get(np) else {
        return false;
    };
    let words = &sa.lowers[n.words.clone()];
    words.first().is_some_and(|w| *w == "all")
        && words
            .last()
            .is_some_and(|w| matches!(*w, "parties" | "sides"))
        || words
            .iter()
            .any(|w| *w == "warring" || *w == "belligerents")
}

/// The parties of `target` that belong to no country of `source` (a demand or threat is on
/// another country: "American farmers must maintain access" is no demand).
fn of_other_countries<'a>(source: &[Party<'a>], target: Vec<Party<'a>>) -> Vec<Party<'a>> {
    let countries: Vec<&str> = source.iter().filter_map(|p| country_of(&p.code)).collect();
    target
        .into_iter()
        .filter(|p| country_of(&p.code).is_none_or(|c| !countries.contains(&c)))
        .collect()
}

/// The agent of a passive verb ending at word `from`, in a "by" phrase later in its clause
/// that the parser did not attach (past commas of a long place name): the NP after the
/// first "by" before the next finite verb, ";" or relative pronoun.
fn late_by_agent(sa: &SentenceAnalysis, from: usize) -> Vec<usize> {
    let syn = &sa.syntax;
    for k in from..sa.len().min(from + 16) {
        let w = sa.lowers[k];
        if matches!(w, ";" | "who" | "which" | "that" | "." | "--")
            || syn.vg_of_word(k).is_some_and(|v| !syn.vgs[v].nonfinite)
        {
            break;
        }
        if w == "by" {
            return syn
                .np_of_word(k + 1)
                .map(|m| syn.conjuncts_or_self(m))
                .unwrap_or_default();
        }
    }
    Vec::new()
}

/// The one country a statement's title names besides its author's: what the statement is
/// about. None without an author, or with no such country, or with two.
fn title_topic(lexicon: &Lexicon, input: &ArticleInput, actors: &ArticleActors) -> Option<String> {
    let own = author_party(actors)?;
    let title = input.title.as_deref()?;
    let words: Vec<&str> = title
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let lowers: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let lowers: Vec<&str> = lowers.iter().map(String::as_str).collect();
    let mut found = Vec::new();
    let mut buf = Vec::new();
    for i in 0..words.len() {
        buf.clear();
        lexicon.matches_at(&words, &lowers, i, &mut buf);
        for f in &buf {
            if let crate::lexicon::Payload::Actor(a) = f.payload {
                let e = &lexicon.actors[a as usize];
                if e.kind != lede_dict::ActorKind::Country {
                    continue;
                }
                if let Some(c) = e.code_on(input.date).and_then(country_of) {
                    if Some(c) != country_of(&own.code) && !found.contains(&c.to_string()) {
                        found.push(c.to_string());
                    }
                }
            }
        }
    }
    match found.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The statement's author as an unnamed side, where the title names one with a code.
fn author_party<'a>(actors: &'a ArticleActors) -> Option<Party<'a>> {
    let &a = actors.authors.first()?;
    Some(Party {
        np: UNSAID,
        place: false,
        code: Cow::Borrowed(actors.list[a].code.as_deref()?),
        name: actors.list[a].name.as_deref().map(Cow::Borrowed),
    })
}

/// Clause `v` is an operative paragraph of a resolution or communique: a present-tense verb
/// (third person) with no subject, first in its sentence but for adverbs ("Strongly
/// condemns ...", "Welcomes ...", "Further urges ..."), or coordinated with such a verb
/// ("... and further condemns").
fn operative_paragraph(sa: &SentenceAnalysis, v: usize) -> bool {
    let syn = &sa.syntax;
    let opens = |u: usize| {
        let g = &syn.vgs[u];
        syn.clauses[u].subject.is_empty()
            && sa.tags[g.head] == Tag::VBZ
            && !sa.quoted[g.head]
            && (0..g.words.start).all(|k| matches!(sa.tags[k], Tag::RB))
    };
    if opens(v) {
        return true;
    }
    let c = &syn.clauses[v];
    c.subject_rule == "coordinated-vp"
        && sa.tags[syn.vgs[v].head] == Tag::VBZ
        && (0..v).any(|u| opens(u) && syn.clauses[u].complement_of.is_none())
}

/// Who says clause `v`: the subject of the speech verb whose complement it is ("Kyiv said
/// Russia must ...", "we made clear that Iran would ..."), the speaker of the quotation it is
/// in, else the statement's author. None when it is the complement of another kind of verb
/// ("hoped that ...") or nobody can be named.
fn voice<'a>(
    doc: &Document,
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    quotes: &[lede_model::Quote],
    v: usize,
) -> Option<Vec<Party<'a>>> {
    let g = &sa.syntax.vgs[v];
    let clause = &sa.syntax.clauses[v];
    // ("said X will have to prepare to pay": the statement of the verb that governs the
    // infinitives)
    let complement_of = clause.complement_of.or_else(|| {
        if !g.infinitive || clause.subject_rule != "subject-control" {
            return None;
        }
        (0..v)
            .rev()
            .find(|&u| !sa.syntax.vgs[u].infinitive)
            .filter(|&u| sa.syntax.clauses[u].subject == clause.subject)
            .and_then(|u| sa.syntax.clauses[u].complement_of)
    });
    let source: Vec<Party> = if let Some(u) = complement_of {
        // ("reiterated that X must stop", "stressed that ...", "made clear that ...")
        let ug = &sa.syntax.vgs[u];
        let head = sa.lowers[ug.head];
        let made_clear = matches!(head, "make" | "makes" | "made" | "making")
            && sa
                .lowers
                .get(ug.head + 1)
                .is_some_and(|w| *w == "clear" || *w == "plain");
        if !made_clear
            && !lede_syntax::is_speech_verb_form(head)
            && ![
                "reiterat",
                "stress",
                "emphasi",
                "underscor",
                "insist",
                "repeat",
                "reaffirm",
            ]
            .iter()
            .any(|p| head.starts_with(p))
        {
            return None;
        }
        parties(sa, actors, &sa.syntax.clauses[u].subject)
    } else if sa.quoted[g.head] {
        let tok = doc.raw_span_of_tokens(sa.first + g.head..sa.first + g.head + 1);
        let sp = quotes
            .iter()
            .find(|q| q.start <= tok.start && tok.end <= q.end)
            .and_then(|q| q.speaker.as_ref())?;
        let code = sp.code.clone()?;
        vec![Party {
            np: UNSAID,
            place: false,
            code: Cow::Owned(code),
            name: sp.name.clone().map(Cow::Owned),
        }]
    } else if let Some(u) = (v + 1..sa.syntax.vgs.len()).find(|&u| {
        // "X are ludicrous, the Indian foreign ministry said": the attribution after a comma
        let ug = &sa.syntax.vgs[u];
        lede_syntax::is_speech_verb_form(sa.lowers[ug.head])
            && !ug.negated
            && ug.words.start >= 1
            && (g.words.end..ug.words.start).any(|k| sa.lowers[k] == ",")
            && sa.syntax.clauses[u]
                .subject
                .iter()
                .all(|&n| sa.syntax.nps[n].words.start > g.words.end)
            && !sa.syntax.clauses[u].subject.is_empty()
    }) {
        parties(sa, actors, &sa.syntax.clauses[u].subject)
    } else {
        vec![author_party(actors)?]
    };
    (!source.is_empty()).then_some(source)
}

/// "Iran would face severe consequences", "India will face tariffs": a threat against the
/// subject by whoever says it (see [`voice`]). Returns the code (1312 for sanctions and
/// tariffs, else 130) and the sides.
/// The other side of the latest hostile act between two countries (`hostile`: its sides and
/// sentence), when it was at most five sentences before sentence `index` and `source` is
/// one of its sides: whom a threat or a rejection with no addressee answers.
fn answer_to<'a>(
    hostile: Option<&(Party<'a>, Party<'a>, usize)>,
    source: &[Party<'a>],
    index: usize,
) -> Option<Party<'a>> {
    let (a, b, k) = hostile?;
    if index > k + 5 {
        return None;
    }
    let own = |p: &Party| {
        source
            .iter()
            .any(|s| side_key(&s.code).is_some() && side_key(&s.code) == side_key(&p.code))
    };
    let other = match (own(a), own(b)) {
        (true, false) => b,
        (false, true) => a,
        _ => return None,
    };
    Some(Party {
        np: UNSAID,
        ..other.clone()
    })
}

/// Nouns that name an act and the start of the verb that does it ("the vote", "voted").
const ACT_NOUN_VERBS: &[(&str, &str)] = &[
    ("vote", "vot"),
    ("decision", "decid"),
    ("announcement", "announc"),
    ("proposal", "propos"),
    ("withdrawal", "withdr"),
    ("deployment", "deploy"),
    ("release", "releas"),
    ("invitation", "invit"),
    ("resolution", "adopt"),
    ("expulsion", "expel"),
    ("expulsions", "expel"),
    ("launch", "launch"),
    // "condemned the sanctions": whoever imposed or adopted them
    ("sanctions", "impos"),
    ("sanctions", "adopt"),
    ("measures", "impos"),
    ("measures", "adopt"),
    ("tariffs", "impos"),
    ("sanctions", "announc"),
    ("sanctions", "expand"),
    ("measures", "announc"),
    ("tariffs", "announc"),
    ("tariffs", "slap"),
    ("restrictions", "impos"),
    ("duties", "impos"),
];

/// A side's country, or for an international body its whole code: what makes two parties
/// the same side of a hostile act.
fn side_key(code: &str) -> Option<&str> {
    country_of(code).or_else(|| code.starts_with("IGO").then_some(code))
}

/// The "if" or "unless" that opens the conditional clause holding word `at`, if any
/// ("if Iran refuses inspections, ...": up to the clause's comma).
fn condition_start(sa: &SentenceAnalysis, at: usize) -> Option<usize> {
    (0..at)
        .rev()
        .take_while(|&k| !matches!(sa.lowers[k], "," | ";" | ":" | "\"" | "--" | "that"))
        .find(|&k| {
            matches!(sa.lowers[k], "if" | "unless") && !(k >= 1 && sa.lowers[k - 1] == "as")
                // "Should Venezuela continue, ...": an inverted condition
                || k == 0 && sa.lowers[0] == "should" && sa.tags[0] == Tag::MD
        })
}

/// An infinitive right under "threaten" ("threatened to strike Haifa", "threatened on Friday
/// to cut electricity sales to Ecuador"): the threat is the event.
fn threatened_act(sa: &SentenceAnalysis, v: usize) -> bool {
    let g = &sa.syntax.vgs[v];
    let s = g.words.start;
    if !g.infinitive || v == 0 || s == 0 {
        return false;
    }
    let u = &sa.syntax.vgs[v - 1];
    !u.negated
        && u.words.end <= s
        && s - u.words.end <= 3
        && (u.words.end..s).all(|k| sa.syntax.vg_of_word(k).is_none() && sa.lowers[k] != ",")
        && sa.lowers[u.head].starts_with("threat")
}

/// A main clause under "will" or "would" in a sentence with a condition ("if Iran refuses,
/// Britain will ...", "Should Hamas reject the deal, Israel would ...").
fn conditional_main(sa: &SentenceAnalysis, v: usize) -> bool {
    let g = &sa.syntax.vgs[v];
    // (the modal first: most verbs have none, and the scans below are then skipped)
    g.modal
        .is_some_and(|m| matches!(sa.lowers[m], "will" | "would" | "shall" | "'ll") && m > 0)
        && !g.negated
        && condition_start(sa, g.head).is_none()
        && (sa.lowers.iter().any(|w| matches!(*w, "if" | "unless"))
            || sa.lowers.first() == Some(&"should") && sa.tags[0] == Tag::MD)
}

/// A noun phrase that counts a hundred people or more ("more than 1,000 Alawite civilians",
/// "hundreds of villagers", "at least 140 people").
fn mass_of_people(sa: &SentenceAnalysis, np: usize) -> bool {
    if np == UNSAID || np >= sa.syntax.nps.len() {
        return false;
    }
    let n = &sa.syntax.nps[np];
    let people = matches!(
        sa.lowers[n.head],
        "civilians" | "villagers" | "people" | "residents" | "worshippers" | "worshipers"
    ) || matches!(sa.lowers[n.head], "hundreds" | "thousands")
        && sa.lowers.get(n.words.end) == Some(&"of");
    people
        && (n.words.start..n.head + 1).any(|k| {
            let w = sa.lowers[k];
            matches!(w, "hundreds" | "thousands")
                || w.replace(',', "").parse::<u32>().is_ok_and(|x| x >= 100)
        })
}

/// The threat of what `code` codes: of sanctions (163: 1312, other 16: 131), of repression (17: 137), of force
/// (15, 18, 19, 20: 138).
fn threat_of(code: &str) -> Option<&'static str> {
    Some(match code.get(..2)? {
        "16" if code.starts_with("163") => "1312",
        "16" => "131",
        "17" => "137",
        "15" | "18" | "19" | "20" => "138",
        _ => return None,
    })
}

/// "Should Venezuela continue its provocations, the government will take measures", "if Iran
/// refuses, Britain will impose further sanctions", "there will be consequences if the regime
/// fails to ...": a threat against the condition's subject by the main clause's subject, or
/// by whoever says it. Returns the code (1312 for sanctions and tariffs, 138 for force, else
/// 130) and the sides.
fn conditional_threat<'a>(
    doc: &Document,
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    quotes: &[lede_model::Quote],
    v: usize,
) -> Option<(&'static str, Vec<Party<'a>>, Vec<Party<'a>>)> {
    let g = &sa.syntax.vgs[v];
    if g.infinitive || g.nonfinite || !conditional_main(sa, v) {
        return None;
    }
    // the condition's subject: right after "if"/"unless", or after an opening "Should"
    let after_if = (0..sa.len())
        .find(|&k| matches!(sa.lowers[k], "if" | "unless") && !(k >= 1 && sa.lowers[k - 1] == "as"))
        .map(|k| k + 1);
    let opening_should =
        (sa.lowers.first() == Some(&"should") && sa.tags.first() == Some(&Tag::MD)).then_some(1);
    let np = sa.syntax.np_of_word(after_if.or(opening_should)?)?;
    let target: Vec<Party> = parties(sa, actors, &[np])
        .into_iter()
        .filter(|p| !p.place && !p.code.starts_with("---"))
        .collect();
    if target.is_empty() {
        return None;
    }
    let clause = &sa.syntax.clauses[v];
    let objects: Vec<&str> = clause
        .objects
        .iter()
        .map(|&o| sa.lowers[sa.syntax.nps[o].head])
        .collect();
    let has = |ws: &[&str]| objects.iter().any(|o| ws.contains(o));
    let head = sa.lowers[g.head];
    let there = g.words.start >= 1 && sa.lowers[g.words.start - 1] == "there";
    let force = sa.lowers[g.head..]
        .iter()
        .take_while(|w| !matches!(**w, "." | ";" | "if" | "unless"))
        .any(|w| {
            matches!(
                *w,
                "force" | "military" | "militarily" | "strikes" | "strike"
            )
        });
    let code = if there && head == "be" {
        if !has(&[
            "consequences",
            "repercussions",
            "price",
            "response",
            "retaliation",
        ]) {
            return None;
        }
        "130"
    } else if ["impos", "slap", "reimpos", "levy"]
        .iter()
        .any(|p| head.starts_with(p))
        && has(&[
            "sanctions",
            "tariffs",
            "tariff",
            "duties",
            "penalties",
            "embargo",
        ])
    {
        "1312"
    } else if matches!(head, "take" | "adopt")
        && has(&["measures", "steps", "action", "countermeasures", "actions"])
        || head == "act"
        || ["respond", "retaliat", "react"]
            .iter()
            .any(|p| head.starts_with(p))
    {
        if force {
            "138"
        } else {
            "130"
        }
    } else if ["strik", "attack", "bomb", "invad", "destroy"]
        .iter()
        .any(|p| head.starts_with(p))
        || head == "use" && has(&["force"])
    {
        "138"
    } else {
        return None;
    };
    let named: Vec<Party> = if there {
        Vec::new()
    } else {
        parties(sa, actors, &clause.subject)
            .into_iter()
            .filter(|p| !p.place && !p.code.starts_with("---"))
            .collect()
    };
    let source = if named.is_empty() {
        voice(doc, sa, actors, quotes, v)?
    } else {
        named
    };
    let target: Vec<Party> = target
        .into_iter()
        .filter(|t| {
            source
                .iter()
                .all(|s| side_key(&s.code).is_none() || side_key(&s.code) != side_key(&t.code))
        })
        .collect();
    (!target.is_empty() && !source.is_empty()).then_some((code, source, target))
}

fn face_consequences<'a>(
    doc: &Document,
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    quotes: &[lede_model::Quote],
    v: usize,
) -> Option<(&'static str, Vec<Party<'a>>, Vec<Party<'a>>)> {
    let g = &sa.syntax.vgs[v];
    let head = sa.lowers[g.head];
    // "will be met with a firm response", "will be answered", "will receive an appropriate
    // response": a threat too, when what answers is a response
    let met = g.passive && matches!(head, "met" | "answered");
    let receive = !g.passive && matches!(head, "receive" | "receives");
    // "will pay a heavy price", "will have to prepare to pay a heavy price"
    let pay = !g.passive && matches!(head, "pay" | "pays");
    if g.negated
        || g.passive && !met
        || !met && !receive && !pay && !matches!(head, "face" | "faces" | "facing")
    {
        return None;
    }
    // a prospect, not a plight: "would face", "will face", "is going to face"
    let prospect = g.modal.is_some_and(|m| {
        matches!(
            sa.lowers[m],
            "will" | "would" | "shall" | "'ll" | "could" | "may" | "might"
        )
    }) || (g.words.start >= 2 && sa.lowers[g.words.start - 1] == "to")
        && sa.lowers[..g.words.start].contains(&"going")
        || pay
            && g.infinitive
            && sa.lowers[g.words.start.saturating_sub(6)..g.words.start]
                .iter()
                .any(|w| matches!(*w, "will" | "would" | "'ll" | "shall" | "must"));
    if !prospect {
        return None;
    }
    let clause = &sa.syntax.clauses[v];
    // ("met with": the words of the "with" phrase, to the end of the sentence)
    let answer = |from: usize| {
        sa.lowers[from..]
            .iter()
            .take_while(|w| !matches!(**w, "." | ";"))
            .any(|w| {
                matches!(
                    *w,
                    "response"
                        | "retaliation"
                        | "force"
                        | "self-defence"
                        | "self-defense"
                        | "countermeasures"
                        | "reciprocity"
                )
            })
    };
    let object = if met {
        let with = sa.lowers.get(g.words.end).is_some_and(|w| *w == "with");
        if head == "answered" && (!with || answer(g.words.end)) || with && answer(g.words.end) {
            "response"
        } else {
            return None;
        }
    } else {
        clause
            .objects
            .first()
            .map(|&o| sa.lowers[sa.syntax.nps[o].head])?
    };
    if receive && !matches!(object, "response" | "retaliation") || pay && object != "price" {
        return None;
    }
    let code = match object {
        "sanctions" | "tariffs" | "tariff" | "duties" | "penalties" | "embargo" => "1312",
        "consequences" | "repercussions" | "retaliation" | "response" | "costs" | "price"
        | "reprisals" | "reprisal" | "counteraction" | "countermeasures" | "retribution"
        | "punishment" => "130",
        _ => return None,
    };
    let target: Vec<Party> = parties(sa, actors, &clause.subject)
        .into_iter()
        .filter(|p| !p.code.starts_with("---"))
        .collect();
    // (what meets a response is an act, whose doer the caller finds)
    if target.is_empty() && !met && !receive {
        return None;
    }
    // "a firm response from the European Union": who threatens it is named
    let from: Vec<usize> = clause
        .preps
        .iter()
        .filter(|p| sa.lowers[p.prep] == "from")
        .flat_map(|p| p.nps.iter().copied())
        .collect();
    let named: Vec<Party> = parties(sa, actors, &from)
        .into_iter()
        .filter(|p| !p.code.starts_with("---") && !p.place)
        .collect();
    let source = if named.is_empty() {
        voice(doc, sa, actors, quotes, v)?
    } else {
        named
    };
    let target = of_other_countries(&source, target);
    (!target.is_empty() || met || receive).then_some((code, source, target))
}

/// "The President thanks the State of Qatar ...", "the European Union thanks Norway": the
/// verb the tagger read as the noun "thanks", right after the actor that opens the sentence
/// (no verb before it) and right before the actors thanked. Returns the word and the sides.
fn noun_read_thanks<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    lexicon: &Lexicon,
    date: Option<chrono::NaiveDate>,
) -> Option<(usize, Vec<Party<'a>>, Vec<Party<'a>>)> {
    let syn = &sa.syntax;
    let k = (1..sa.len().saturating_sub(1)).find(|&k| {
        sa.lowers[k] == "thanks" && matches!(sa.tags[k], Tag::NNS | Tag::NN | Tag::NNP)
    })?;
    if syn.vg_of_word(k).is_some()
        || syn
            .vgs
            .iter()
            .any(|g| g.words.start < k && !g.nonfinite && !g.infinitive)
    {
        return None;
    }
    // the countries and organisations the dictionaries name in words from..to
    let named = |from: usize, to: usize, np: usize| -> Vec<Party> {
        let mut out: Vec<Party> = Vec::new();
        for f in sa.found_in(from, to) {
            if let crate::lexicon::Payload::Actor(x) = f.payload {
                let e = &lexicon.actors[x as usize];
                if let Some(code) = e.code_on(date) {
                    if !code.starts_with("---") && !out.iter().any(|p| p.code == code) {
                        out.push(Party {
                            np: syn.np_of_word(f.start).unwrap_or(np),
                            code: Cow::Owned(code.to_string()),
                            name: None,
                            place: false,
                        });
                    }
                }
            }
        }
        out
    };
    // the thanker: the phrase that ends at (or takes in) the word before (the chunker may
    // have run the phrase on over the verb)
    let a = syn.np_of_word(k - 1)?;
    let n = &syn.nps[a];
    if n.words.start >= k {
        return None;
    }
    let source: Vec<Party> = match actors.reading(sa.index, a) {
        Some(r) if r.code.is_some() && r.start < k => parties(sa, actors, &[a]),
        _ => named(n.words.start, k, a),
    }
    .into_iter()
    .filter(|p| !p.place && !p.code.starts_with("---"))
    .collect();
    // "The President thanks ..." (only "the" and a capitalized title before it) in a
    // statement: the author's own head, when the author is of a country
    let source = if source.is_empty()
        && k == n.words.start + 2
        && sa.lowers[n.words.start] == "the"
        && sa.words[k - 1]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && matches!(
            sa.lowers[k - 1],
            "president" | "secretary" | "minister" | "chancellor" | "premier" | "king"
        ) {
        actors
            .authors
            .first()
            .and_then(|&au| {
                let rec = &actors.list[au];
                let code = rec.code.as_deref()?;
                country_of(code).is_some().then(|| Party {
                    np: a,
                    code: Cow::Borrowed(code),
                    name: rec.name.as_deref().map(Cow::Borrowed),
                    place: false,
                })
            })
            .into_iter()
            .collect()
    } else {
        source
    };
    // the thanked: the actors named from the next word to the reason ("for", "on" ...)
    let end = (k + 1..sa.len())
        .find(|&j| {
            matches!(
                sa.lowers[j],
                "for" | "on" | "in" | "." | ";" | ":" | "over" | "after" | "who" | "which" | "as"
            )
        })
        .unwrap_or(sa.len());
    let target = named(k + 1, end, a);
    (!source.is_empty() && !target.is_empty()).then_some((k, source, target))
}

/// Acts of fighting whose end may be demanded of those who carry them out ("the killing
/// ... must stop").
const ACTS_OF_FIGHTING: &[&str] = &[
    "killing",
    "killings",
    "fighting",
    "war",
    "violence",
    "hostilities",
    "bloodshed",
    "attacks",
    "strikes",
    "bombing",
    "bombings",
    "shelling",
    "conflict",
];

/// Things whose place says whose they are as targets of force ("targets in Yemen",
/// "military facilities in Israel"); "talks in Tianjin" say only where.
pub(crate) const PHYSICAL_TARGETS: &[&str] = &[
    "targets",
    "target",
    "facilities",
    "facility",
    "sites",
    "site",
    "positions",
    "position",
    "bases",
    "base",
    "infrastructure",
    "installations",
    "civilians",
    "homes",
    "houses",
    "buildings",
    "areas",
    "area",
    "towns",
    "villages",
    "cities",
    "city",
    "camps",
    "camp",
    "hospitals",
    "hospital",
    "schools",
    "ships",
    "vessels",
    "depots",
    "depot",
    "plants",
    "refineries",
    "refinery",
    "village",
    "town",
    "plant",
    "station",
    "stations",
    "substation",
    "substations",
    "terminal",
    "terminals",
    "bridge",
    "bridges",
    "warehouse",
    "warehouses",
    "factory",
    "factories",
    "school",
    "vessel",
    "ship",
    "tanker",
    "tankers",
    "convoy",
    "convoys",
    "airports",
    "airport",
    "ports",
    "port",
    "airfields",
    "airfield",
    "cities",
    "neighbourhoods",
    "neighborhoods",
    "districts",
    "settlements",
    "outposts",
    "strongholds",
    "hideouts",
    "residents",
    "people",
    "troops",
    "soldiers",
    "fighters",
    "militants",
];

/// The thing named in "what it called X", "what he described as X" starting at word `at`:
/// the NP X, which stands as the object of the verb before.
fn so_called_object(sa: &SentenceAnalysis, at: usize) -> Option<usize> {
    let syn = &sa.syntax;
    if sa.lowers.get(at).is_none_or(|w| *w != "what") {
        return None;
    }
    let namer = syn.np_of_word(at + 1)?;
    let v = syn.nps[namer].words.end;
    let verb = sa.lowers.get(v)?;
    if !NAMING_VERBS.iter().any(|p| verb.starts_with(p)) {
        return None;
    }
    let k = if sa.lowers.get(v + 1).is_some_and(|w| *w == "as") {
        v + 2
    } else {
        v + 1
    };
    // (quotation marks may open the name: "what it called a 'flagrant aggression'")
    let k = (k..sa.len().min(k + 2))
        .find(|&j| !matches!(sa.lowers[j], "\"" | "'" | "\u{201C}" | "\u{2018}"))?;
    syn.np_of_word(k).filter(|&o| syn.nps[o].words.start == k)
}

/// Nouns that name an act someone does ("the release of prisoners by Belarus").
const ACTION_NOUNS: &[&str] = &[
    "release",
    // ("the warm hospitality extended by the Government of Japan", "the facilities provided
    // by the Kingdom of Saudi Arabia")
    "hospitality",
    "facilities",
    "help",
    "services",
    "role",
    "contribution",
    "contributions",
    // ("the military support provided to Russia by the DPRK and Iran")
    "support",
    "assistance",
    "supply",
    "supplies",
    "deliveries",
    "transfer",
    "transfers",
    "announcement",
    "decision",
    "steps",
    "step",
    "efforts",
    "effort",
    "offer",
    "proposal",
    "commitment",
    "recognition",
    "withdrawal",
    "deployment",
    "designation",
    "adoption",
    "signing",
    "launch",
    "seizure",
    "detention",
    "arrest",
    "killing",
    "killings",
    "abduction",
    "violations",
    "violation",
    "use",
    "actions",
    "measures",
    "statement",
    // acts condemned in statements ("the instrumentalisation of migrants by the regime")
    "instrumentalisation",
    "instrumentalization",
    "weaponisation",
    "weaponization",
    "crackdown",
    "repression",
    "persecution",
    "harassment",
    "intimidation",
    "deportation",
    "deportations",
    "expulsion",
    "expulsions",
    "annexation",
    "occupation",
    "blockade",
    "interference",
    "sabotage",
    "execution",
    "executions",
    "imprisonment",
    "jailing",
    "sentencing",
    "torture",
    "abuses",
    "campaign",
    "exercises",
    "drills",
    "manoeuvres",
    "maneuvers",
    "tests",
    "launches",
    // ("the dangerous conduct by Chinese vessels", "the intrusions by Russian drones")
    "conduct",
    "behaviour",
    "behavior",
    "activities",
    "acts",
    "act",
    "practices",
    "intrusion",
    "intrusions",
    "incursions",
    "violence",
];

/// For people or bodies "linked to", "connected to", "affiliated with" ... an actor (after
/// the whole coordination: "nine individuals and three entities linked to Iran"), that
/// actor, or the owner of the thing named ("linked to the Iranian state's campaign").
fn linked_owner<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    np: usize,
) -> Option<Party<'a>> {
    let syn = &sa.syntax;
    if !matches!(
        sa.lowers[syn.nps[np].head],
        "individuals"
            | "entities"
            | "persons"
            | "people"
            | "companies"
            | "firms"
            | "officials"
            | "groups"
            | "networks"
            | "vessels"
            | "ships"
            | "banks"
            | "organisations"
            | "organizations"
            | "militias"
            | "suspects"
    ) {
        return None;
    }
    let end = syn
        .conjuncts_or_self(np)
        .iter()
        .map(|&m| syn.nps[m].words.end)
        .max()?;
    let verb = *sa.lowers.get(end)?;
    if !matches!(
        verb,
        "linked" | "connected" | "tied" | "affiliated" | "associated" | "belonging" | "loyal"
    ) {
        return None;
    }
    let prep = sa.lowers.get(end + 1)?;
    if *prep != "to" && *prep != "with" {
        return None;
    }
    let x = syn.np_of_word(end + 2)?;
    owner(sa, actors, x, 1).filter(|p| !p.code.starts_with("---"))
}

/// Who carried out the act a phrase names, from a "by" phrase after it (an "of" phrase may
/// come between): "the strikes by Russia", "the announcement by Armenia and Azerbaijan".
fn action_agents<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    np: usize,
) -> Vec<Party<'a>> {
    let n = &sa.syntax.nps[np];
    let head = sa.lowers[n.head];
    // ("the resolution on Georgia adopted by the European Parliament", "the claims made by")
    if !HOSTILE_NOUNS.contains(&head)
        && !ACTION_NOUNS.contains(&head)
        && !CLAIM_NOUNS.contains(&head)
        && !ACT_NOUN_VERBS.iter().any(|(noun, _)| *noun == head)
    {
        return Vec::new();
    }
    let mut k = n.words.end;
    if sa
        .lowers
        .get(k)
        .is_some_and(|w| matches!(*w, "of" | "on" | "against"))
    {
        // skip the "of" phrase ("the deployment of thousands of troops by": with the "of"
        // phrases inside it)
        match sa.syntax.np_of_word(k + 1) {
            Some(m) => k = sa.syntax.nps[m].words.end,
            None => return Vec::new(),
        }
        for _ in 0..2 {
            match sa
                .lowers
                .get(k)
                .filter(|w| **w == "of")
                .and(sa.syntax.np_of_word(k + 1))
            {
                Some(m) => k = sa.syntax.nps[m].words.end,
                None => break,
            }
        }
    }
    // "the measures taken by", "the exercises being held by", "the strikes carried out by",
    // "the military support provided to Russia by"
    let mut skipped = 0;
    while skipped < 4 && sa.lowers.get(k).is_some_and(|w| *w != "by") {
        // (a participle the tagger read as a past tense right after the noun: "the attack
        // carried out last night by")
        let participle = sa.tags.get(k).is_some_and(|t| {
            matches!(t, Tag::VBN | Tag::VBG | Tag::RP)
                || *t == Tag::VBD && k == n.words.end
                || sa.lowers[k] == "being"
        });
        let time = sa
            .syntax
            .np_of_word(k)
            .filter(|&m| skipped > 0 && lede_syntax::is_time_phrase(&sa.syntax, m, &sa.lowers));
        if let Some(m) = time {
            k = sa.syntax.nps[m].words.end;
        } else if participle {
            k += 1;
        } else if skipped > 0 && matches!(sa.lowers[k], "to" | "for" | "against" | "on") {
            match sa.syntax.np_of_word(k + 1) {
                Some(m) => k = sa.syntax.nps[m].words.end,
                None => return Vec::new(),
            }
        } else {
            break;
        }
        skipped += 1;
    }
    if sa.lowers.get(k).is_none_or(|w| *w != "by") {
        return Vec::new();
    }
    let Some(next) = sa.syntax.np_of_word(k + 1) else {
        return Vec::new();
    };
    let group = sa.syntax.conjuncts_or_self(next);
    group
        .iter()
        .flat_map(|&m| party_or_members(sa, actors, m))
        .filter(|p| !p.place && !p.code.starts_with("---"))
        .collect()
}

/// The party an NP names, or for a plural reference ("both governments", "they") each of
/// the actors it stands for.
fn party_or_members<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    np: usize,
) -> Vec<Party<'a>> {
    if let Some(p) = party(sa, actors, np) {
        return vec![p];
    }
    actors
        .reading(sa.index, np)
        .map(|r| {
            r.members
                .iter()
                .map(|(a, code)| Party {
                    np,
                    place: false,
                    code: Cow::Borrowed(code.as_str()),
                    name: actors.list[*a].name.as_deref().map(Cow::Borrowed),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Statements someone puts forward ("the version put forward by", "the claims made by").
const CLAIM_NOUNS: &[&str] = &[
    // ("rejected a complaint filed by Mali at the ICJ")
    "complaint",
    "complaints",
    "lawsuit",
    "petition",
    "charge",
    "charges",
    "criticism",
    "version",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "narrative",
    "assertion",
    "assertions",
    "remarks",
    "comments",
    "imputation",
    "imputations",
    "statements",
    "raid",
    "raids",
    "operation",
];

/// The doers of a disapproved act named later in the clause, after `from`: a "by" phrase
/// after a participle ("carried out by", "put forward by", "committed by") or after a noun
/// of an act or a claim ("the crackdown by"). Only actors of another country than every
/// source count; a ";" or a new sentence ends the search.
fn disapproved_doers<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    from: usize,
    source: &[Party<'a>],
) -> Vec<Party<'a>> {
    let own: Vec<&str> = source.iter().filter_map(|p| country_of(&p.code)).collect();
    for k in from + 1..sa.len() {
        let w = sa.lowers[k];
        if matches!(w, ";" | "." | "\"" | "\u{201C}" | "\u{201D}") {
            break;
        }
        if w != "by" {
            continue;
        }
        // (past a time adverb: "the accusations made yesterday by")
        let mut b = k - 1;
        while b > from + 1
            && k - b <= 2
            && (matches!(sa.lowers[b], "yesterday" | "today" | "earlier" | "recently")
                || sa.tags[b] == Tag::RB)
        {
            b -= 1;
        }
        let before = sa.lowers[b];
        let after_act = sa.tags[b] == Tag::VBN
            || matches!(before, "out" | "forward" | "up")
            || ACTION_NOUNS.contains(&before)
            || HOSTILE_NOUNS.contains(&before)
            || CLAIM_NOUNS.contains(&before);
        if !after_act {
            continue;
        }
        let Some(next) = sa.syntax.np_of_word(k + 1) else {
            continue;
        };
        let group = sa.syntax.conjuncts_or_self(next);
        let doers: Vec<Party> = group
            .iter()
            .filter_map(|&m| {
                // "law enforcement officers of the Russian Federation": the country's
                let own = owner(sa, actors, m, 0).filter(|p| country_of(&p.code).is_some());
                own.or_else(|| {
                    let end = sa.syntax.nps[m].words.end;
                    (sa.lowers.get(end).is_some_and(|w| *w == "of"))
                        .then(|| sa.syntax.np_of_word(end + 1))
                        .flatten()
                        .and_then(|x| party(sa, actors, x))
                        .map(|p| Party { np: m, ..p })
                })
            })
            .filter(|p| !p.place)
            .filter(|p| {
                country_of(&p.code).is_some_and(|c| !own.contains(&c)) || p.code.starts_with("IGO")
            })
            .collect();
        if !doers.is_empty() {
            return doers;
        }
    }
    Vec::new()
}

/// Nouns that name an agreement or a dialogue between sides.
const AGREEMENT_NOUNS: &[&str] = &[
    "agreement",
    "agreements",
    "deal",
    "accord",
    "accords",
    "ceasefire",
    "truce",
    "treaty",
    "declaration",
    "talks",
    "negotiations",
    "dialogue",
    "peace",
    "arrangement",
    "understanding",
    "memorandum",
    "partnership",
    "cessation",
    // ("concerns over the deepening military cooperation between North Korea and Russia")
    "cooperation",
    "alliance",
];

/// The sides of an agreement or dialogue named right after it ("the agreement between
/// Armenia and Azerbaijan", "the deal with Iran").
fn agreement_sides<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    np: usize,
) -> Vec<Party<'a>> {
    let n = &sa.syntax.nps[np];
    if !AGREEMENT_NOUNS.contains(&sa.lowers[n.head])
        || !sa
            .lowers
            .get(n.words.end)
            .is_some_and(|w| *w == "between" || *w == "with")
    {
        return Vec::new();
    }
    let Some(next) = sa.syntax.np_of_word(n.words.end + 1) else {
        return Vec::new();
    };
    let group = sa.syntax.conjuncts_or_self(next);
    group
        .iter()
        .filter_map(|&m| party(sa, actors, m))
        .filter(|p| !p.place && !p.code.starts_with("---"))
        .collect()
}

/// Nouns that name an act of force or hostility: "these attacks", "the strikes by Russia"
/// stand for whoever carried it out.
const HOSTILE_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "assault",
    "aggression",
    "invasion",
    "bombing",
    "bombings",
    "bombardment",
    "shelling",
    "offensive",
    "siege",
    "incursion",
    "raid",
    "raids",
    "threats",
    "provocations",
    "atrocities",
    "crimes",
];

/// "The RSF must stop their assault that is disproportionately harming Sudanese civilians",
/// "indiscriminate bombings that are destroying civilian lives": an act of force named by
/// the antecedent of a relative clause whose verb harms someone is force (190) by whoever
/// carries it out ("by X", "X's", else the subject of the clause it is the object of) on
/// those harmed.
fn harmful_force<'a>(
    sa: &SentenceAnalysis,
    actors: &'a ArticleActors,
    v: usize,
) -> Option<(Vec<Party<'a>>, Vec<Party<'a>>)> {
    let syn = &sa.syntax;
    let clause = &syn.clauses[v];
    let g = &syn.vgs[v];
    if clause.subject_rule != "relative" || g.negated || g.passive {
        return None;
    }
    let &np = clause.subject.first()?;
    let head = sa.lowers[syn.nps[np].head];
    if !HOSTILE_NOUNS[..HOSTILE_NOUNS.len() - 4].contains(&head) {
        return None;
    }
    let verb = sa.lowers[g.head];
    if ![
        "harm", "kill", "destroy", "target", "hit", "endanger", "terroriz", "terroris", "injur",
        "wound", "devastat", "displac", "maim", "starv",
    ]
    .iter()
    .any(|p| verb.starts_with(p))
    {
        return None;
    }
    let target: Vec<Party> = parties(sa, actors, &clause.objects)
        .into_iter()
        .filter(|p| country_of(&p.code).is_some())
        .collect();
    if target.is_empty() {
        return None;
    }
    let mut source = action_agents(sa, actors, np);
    if source.is_empty() {
        // "X's assault", "their assault": the possessor, where it names an actor
        source.extend(
            syn.nps[np]
                .possessor
                .and_then(|p| party(sa, actors, p))
                .filter(|p| country_of(&p.code).is_some()),
        );
    }
    if source.is_empty() {
        // "The SAF must stop indiscriminate bombings that ...": the one who is to stop them
        let u = (0..v).find(|&u| syn.clauses[u].objects.contains(&np))?;
        source = parties(sa, actors, &syn.clauses[u].subject)
            .into_iter()
            .filter(|p| country_of(&p.code).is_some())
            .collect();
    }
    (!source.is_empty()).then_some((source, target))
}

/// A side of an event as it was coded: (code, name).
type Side = (String, Option<String>);

/// Codes one article: with Lede's own dictionaries, a second pass when an earlier act of
/// force is referred back to ("Iran launched an attack against Israel. I condemn these
/// attacks": the attacks stand for Iran).
pub fn code(
    doc: &Document,
    analysis: &DocAnalysis,
    actors: &ArticleActors,
    lexicon: &Lexicon,
    input: &ArticleInput,
    dates: &[DateExpr],
    places: &ArticlePlaces,
) -> Vec<Event> {
    let out = code_once(doc, analysis, actors, lexicon, input, dates, places);
    if lexicon.formats.iter().any(|f| *f != DictFormat::Lede) {
        return out;
    }
    let mut out = match hostile_anaphora(doc, analysis, actors, &out) {
        Some(resolved) => code_once(doc, analysis, &resolved, lexicon, input, dates, places),
        None => out,
    };
    invitations(doc, analysis, actors, &mut out);
    mediations(doc, analysis, actors, lexicon, input, &mut out);
    calls_behind(doc, &mut out);
    if lexicon.formats.iter().all(|f| *f == DictFormat::Lede) {
        same_promise(&mut out);
    }
    out
}

/// "X and Y agreed on the truce in a phone call", "X assured Y by telephone of its support":
/// the sides of a cooperative act done in a call also spoke by phone (041, both ways, in the
/// act's modality), unless a consultation between them is coded in the sentence already
/// (Lede).
fn calls_behind(doc: &Document, out: &mut Vec<Event>) {
    const CUES: &[&str] = &[
        "in a phone call",
        "in a telephone call",
        "during a phone call",
        "during a telephone call",
        "in a phone conversation",
        "in a telephone conversation",
        "during a phone conversation",
        "during a telephone conversation",
        "in a video call",
        "during a video call",
        "by phone",
        "by telephone",
        "over the phone",
    ];
    fn sides(e: &Event) -> Option<(&str, &str)> {
        let s = side_key(e.source.as_ref()?.code.as_deref()?)?;
        let t = side_key(e.target.as_ref()?.code.as_deref()?)?;
        (s != t).then_some((s, t))
    }
    let mut extra: Vec<Event> = Vec::new();
    for e in out.iter() {
        // (cooperation only: "in a phone call, Macron condemned Russia's strikes" names no
        // partner of the call)
        if e.root == "04"
            || !matches!(
                e.root.as_str(),
                "01" | "02" | "03" | "05" | "06" | "07" | "08"
            )
        {
            continue;
        }
        let Some((s, t)) = sides(e) else {
            continue;
        };
        let Some(text) = doc.raw.get(e.start..e.end) else {
            continue;
        };
        let lower = text.to_ascii_lowercase();
        let Some((at, cue)) = CUES
            .iter()
            .find_map(|c| lower.find(c).map(|i| (i, c.len())))
        else {
            continue;
        };
        let consulted = out.iter().chain(&extra).any(|x| {
            x.start == e.start
                && x.root == "04"
                && sides(x).is_some_and(|(a, b)| (a, b) == (s, t) || (a, b) == (t, s))
        });
        if consulted {
            continue;
        }
        let trigger = Mention::from_span(&doc.raw, Span::new(e.start + at, e.start + at + cue));
        for (a, b) in [(&e.source, &e.target), (&e.target, &e.source)] {
            extra.push(Event {
                code: "041".into(),
                root: "04".into(),
                plover: plover_of("041").map(str::to_string),
                source: a.clone(),
                target: b.clone(),
                trigger: trigger.clone(),
                rule: "rule: the sides of an act done in a phone call spoke by phone".into(),
                ..e.clone()
            });
        }
    }
    out.extend(extra);
}

/// "Germany promised to deliver tanks to Ukraine": the promise's pattern and the promised
/// act's intention are one promise between the same sides in the same sentence (the first,
/// the promise's own, stays).
fn same_promise(out: &mut Vec<Event>) {
    let key = |e: &Event| {
        let c = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.code.clone());
        (e.start, c(&e.source), c(&e.target))
    };
    let mut seen = Vec::new();
    out.retain(|e| {
        if e.root != "03" {
            return true;
        }
        let k = key(e);
        if seen.contains(&k) {
            return false;
        }
        seen.push(k);
        true
    });
}

/// "Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by Qatar and
/// Turkey", "signed the document after talks hosted by Egypt": the talks' mediator or host
/// meets each side (045), and the sides the sentence has acting on each other held the
/// talks (040) unless a meeting of theirs is coded already.
fn mediations(
    doc: &Document,
    analysis: &DocAnalysis,
    actors: &ArticleActors,
    lexicon: &Lexicon,
    input: &ArticleInput,
    out: &mut Vec<Event>,
) {
    let mut lede: Option<ArticleActors> = None;
    let mut extra: Vec<Event> = Vec::new();
    for sa in &analysis.sentences {
        let talks = sa.lowers.iter().any(|w| MEETING_NOUNS.contains(w));
        if !talks {
            continue;
        }
        const MEDIATED: &[&str] = &["mediated", "brokered", "hosted", "facilitated", "chaired"];
        // "mediated by X", or "Turkish-brokered talks"
        let by = (1..sa.len().saturating_sub(2))
            .find(|&k| sa.lowers[k + 1] == "by" && MEDIATED.contains(&sa.lowers[k]));
        let hyphen = (0..sa.len()).find_map(|k| {
            let (pre, post) = sa.words[k].rsplit_once('-')?;
            MEDIATED
                .contains(&post.to_lowercase().as_str())
                .then_some((k, pre))
        });
        let Some(k) = by.or(hyphen.map(|(k, _)| k)) else {
            continue;
        };
        let raw = doc.raw_span(doc.sentences[sa.index].span);
        // the sides: the asserted events of this sentence between two countries or bodies
        let here: Vec<&Event> = out
            .iter()
            .filter(|e| e.start == raw.start && e.modality == Modality::Asserted)
            .collect();
        let mut sides: Vec<ActorRef> = Vec::new();
        for e in &here {
            for a in [&e.source, &e.target].into_iter().flatten() {
                let key = a.code.as_deref().and_then(side_key);
                if key.is_some()
                    && !sides
                        .iter()
                        .any(|b| b.code.as_deref().and_then(side_key) == key)
                {
                    sides.push(a.clone());
                }
            }
        }
        if sides.len() != 2 {
            continue;
        }
        let mut mediators: Vec<ActorRef> = Vec::new();
        if by.is_some() {
            let Some(np) = sa.syntax.np_of_word(k + 2) else {
                continue;
            };
            let actors = lede.get_or_insert_with(|| lede_readings(actors));
            for p in parties(sa, actors, &sa.syntax.conjuncts_or_self(np)) {
                if p.place || p.code.starts_with("---") {
                    continue;
                }
                let n = &sa.syntax.nps[p.np];
                let span = doc.raw_span_of_tokens(sa.first + n.words.start..sa.first + n.words.end);
                mediators.push(ActorRef {
                    code: Some(p.code.to_string()),
                    name: p.name.as_deref().map(str::to_string),
                    text: doc.raw_text(span).to_string(),
                });
            }
        } else if let Some((_, pre)) = hyphen {
            // the country its adjective or name names
            let mut found = Vec::new();
            let lower = pre.to_lowercase();
            lexicon.matches_at(&[pre], &[lower.as_str()], 0, &mut found);
            let date = input.date;
            if let Some(code) = found.iter().find_map(|f| match f.payload {
                crate::lexicon::Payload::Actor(a) if f.end == 1 => lexicon.actors[a as usize]
                    .code_on(date)
                    .filter(|c| country_of(c).is_some_and(|x| x == *c)),
                _ => None,
            }) {
                mediators.push(ActorRef {
                    code: Some(code.to_string()),
                    name: None,
                    text: sa.words[k].to_string(),
                });
            }
        }
        mediators.retain(|m| {
            let key = m.code.as_deref().and_then(side_key);
            key.is_some()
                && sides
                    .iter()
                    .all(|s| s.code.as_deref().and_then(side_key) != key)
        });
        if mediators.is_empty() {
            continue;
        }
        let Some(model) = here.first().map(|e| (*e).clone()) else {
            continue;
        };
        let trig = doc.raw_span_of_tokens(sa.first + k..sa.first + k + 1);
        let event = |code: &str, source: ActorRef, target: ActorRef| Event {
            code: code.into(),
            root: code[..2].into(),
            plover: plover_of(code).map(str::to_string),
            source: Some(source),
            target: Some(target),
            modality: Modality::Asserted,
            trigger: Mention::from_span(&doc.raw, trig),
            rule: "rule: mediation".into(),
            ..model.clone()
        };
        for m in &mediators {
            for s in &sides {
                extra.push(event("045", m.clone(), s.clone()));
            }
        }
        if !here.iter().any(|e| e.root == "04") {
            extra.push(event("040", sides[0].clone(), sides[1].clone()));
            extra.push(event("040", sides[1].clone(), sides[0].clone()));
        }
    }
    out.extend(extra);
}

/// The article's readings with Lede's own rules on, as the coder read them (made only
/// when a post-pass needs them).
fn lede_readings(actors: &ArticleActors) -> ArticleActors {
    let mut a = actors.clone();
    a.lede_rules = true;
    a
}

/// "At the invitation of X, Y will visit Z", "Y met Z at X's invitation": a visit or a
/// meeting made at someone's invitation also codes the invitation, from the inviter to the
/// visitor (036), made already whatever the visit's modality.
fn invitations(
    doc: &Document,
    analysis: &DocAnalysis,
    actors: &ArticleActors,
    out: &mut Vec<Event>,
) {
    let mut extra: Vec<Event> = Vec::new();
    // the readings the coder used (Lede's rules), made once an invitation is seen
    let mut lede: Option<ArticleActors> = None;
    for e in out.iter() {
        let visit = e.code == "036" || e.root == "04";
        if !visit || !matches!(e.modality, Modality::Asserted | Modality::Future) {
            continue;
        }
        let Some(visitor) = e.source.as_ref().and_then(|s| s.code.as_deref()) else {
            continue;
        };
        let Some(sa) = analysis.sentences.iter().find(|sa| {
            let raw = doc.raw_span(doc.sentences[sa.index].span);
            raw.start == e.start && raw.end == e.end
        }) else {
            continue;
        };
        for i in 0..sa.len() {
            if sa.lowers[i] != "invitation" {
                continue;
            }
            // "at the invitation of X", "at X's invitation"
            let np = if i >= 1
                && sa.lowers[i - 1] == "the"
                && sa.lowers.get(i + 1).is_some_and(|w| *w == "of")
            {
                sa.syntax.np_of_word(i + 2)
            } else {
                sa.syntax
                    .np_of_word(i)
                    .and_then(|n| sa.syntax.nps[n].possessor)
            };
            let Some(np) = np else { continue };
            let actors = lede.get_or_insert_with(|| lede_readings(actors));
            for p in parties(sa, actors, &[np]) {
                // (a country read as a place: "of the Republic of Mauritius")
                if p.place && country_of(&p.code).is_none_or(|c| c != p.code)
                    || p.code.starts_with("---")
                    || side_key(&p.code).is_none()
                    || side_key(&p.code) == side_key(visitor)
                    || extra.iter().chain(out.iter()).any(|x| {
                        x.code == "036"
                            && x.start == e.start
                            && x.source.as_ref().and_then(|s| s.code.as_deref()) == Some(&p.code)
                    })
                {
                    continue;
                }
                let n = &sa.syntax.nps[p.np];
                let span = doc.raw_span_of_tokens(sa.first + n.words.start..sa.first + n.words.end);
                let trig = doc.raw_span_of_tokens(sa.first + i..sa.first + i + 1);
                extra.push(Event {
                    code: "036".into(),
                    root: "03".into(),
                    plover: plover_of("036").map(str::to_string),
                    source: Some(ActorRef {
                        code: Some(p.code.to_string()),
                        name: p.name.as_deref().map(str::to_string),
                        text: doc.raw_text(span).to_string(),
                    }),
                    target: e.source.clone(),
                    modality: Modality::Asserted,
                    trigger: Mention::from_span(&doc.raw, trig),
                    rule: "rule: invitation".into(),
                    ..e.clone()
                });
            }
        }
    }
    out.extend(extra);
}

/// The actors with each definite reference to an act of force that names no actor ("these
/// attacks", "the strikes") read as the source of the latest force event coded before it;
/// None when there is no such reference.
fn hostile_anaphora(
    doc: &Document,
    analysis: &DocAnalysis,
    actors: &ArticleActors,
    events: &[Event],
) -> Option<ArticleActors> {
    // (the first source of each sentence: a sentence's later sources are its co-agents;
    // with the words that named the act, its pattern and trigger)
    let mut force: Vec<(usize, String, Option<String>)> = Vec::new();
    let mut force_words: Vec<(&str, &str)> = Vec::new();
    let mut last_sentence = None;
    for e in events
        .iter()
        // (and forced entries and seizures: "police forced their way into the embassy ...
        // denounced the incursion"; and violent protests: "protesters attacked the embassy
        // ... condemned the attack")
        .filter(|e| {
            matches!(e.root.as_str(), "18" | "19" | "20")
                || matches!(e.code.as_str(), "171" | "145")
        })
    {
        if last_sentence == Some(e.start) {
            continue;
        }
        let Some(s) = e.source.as_ref() else { continue };
        let Some(code) = s.code.clone() else { continue };
        // (not history: "Iran fired missiles at Israel in 2024")
        if e.modality == lede_model::Modality::Historical {
            continue;
        }
        last_sentence = Some(e.start);
        force.push((e.trigger.start, code, s.name.clone()));
        force_words.push((e.rule.as_str(), e.trigger.text.as_str()));
    }
    // requests and demands: every source of the sentence that made them ("the demands")
    let mut requests: Vec<(usize, Vec<Side>)> = Vec::new();
    for e in events
        .iter()
        .filter(|e| matches!(e.root.as_str(), "02" | "10" | "13"))
    {
        let Some(s) = e.source.as_ref() else { continue };
        let Some(code) = s.code.clone() else { continue };
        match requests.last_mut() {
            Some((t, v)) if *t == e.start => {
                if !v.iter().any(|(c, _)| *c == code) {
                    v.push((code, s.name.clone()));
                }
            }
            _ => requests.push((e.start, vec![(code, s.name.clone())])),
        }
    }
    // hostile acts of any kind (threats to force), for "this step", "such measures"
    let mut acts: Vec<(usize, String, Option<String>)> = Vec::new();
    for e in events.iter().filter(|e| {
        matches!(
            e.root.as_str(),
            "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20"
        )
    }) {
        if acts.last().is_some_and(|(t, _, _)| *t >= e.start) {
            continue;
        }
        let Some(s) = e.source.as_ref() else { continue };
        let Some(code) = s.code.clone() else { continue };
        acts.push((e.start, code, s.name.clone()));
    }
    // the doers of the events whose code starts with `prefix`, in order
    let doers_of = |prefix: &str| -> Vec<(usize, String, Option<String>)> {
        events
            .iter()
            .filter(|e| e.code.starts_with(prefix))
            .filter_map(|e| {
                let s = e.source.as_ref()?;
                Some((e.start, s.code.clone()?, s.name.clone()))
            })
            .collect()
    };
    // protests lodged ("The Chinese side rejected the protest": who lodged it)
    let complaints = doers_of("11");
    // arrests, detentions and seizures ("demanded the release of the two men": from whoever
    // holds them; abductions too)
    let mut captors = doers_of("17");
    captors.extend(doers_of("181"));
    // seizures of what no actor names ("Iran's navy seized the container ship MSC Aries ...
    // France demanded the immediate release of the vessel"): the seizer holds it
    for sa in &analysis.sentences {
        for (v, g) in sa.syntax.vgs.iter().enumerate() {
            let w = sa.lowers[g.head];
            if g.negated
                || g.infinitive
                || g.modal.is_some()
                || !["seiz", "captur", "hijack", "impound", "commandeer"]
                    .iter()
                    .any(|p| w.starts_with(p))
            {
                continue;
            }
            // (the subject, or in the passive the "by" agent: "a container ship seized by
            // its Revolutionary Guards")
            let Some(p) = sa.syntax.clauses.get(v).and_then(|c| {
                parties(sa, actors, if g.passive { &c.agent } else { &c.subject })
                    .into_iter()
                    .find(|p| !p.place && country_of(&p.code).is_some())
            }) else {
                continue;
            };
            let at = doc.raw_span_of_tokens(sa.first + g.head..sa.first + g.head + 1);
            captors.push((
                at.start,
                p.code.into_owned(),
                p.name.map(|n| n.into_owned()),
            ));
        }
    }
    captors.sort_by_key(|c| c.0);
    if force.is_empty()
        && requests.is_empty()
        && acts.is_empty()
        && complaints.is_empty()
        && captors.is_empty()
        && !analysis
            .sentences
            .iter()
            .any(|sa| sa.lowers.windows(2).any(|w| w == ["release", "of"]))
    {
        return None;
    }
    let mut out: Option<ArticleActors> = None;
    // NP `i` of sentence `index` read as the doer of an earlier act (its code and name)
    let resolve_to = |out: &mut Option<ArticleActors>,
                      index: usize,
                      i: usize,
                      code: &str,
                      name: &Option<String>| {
        let resolved = out.get_or_insert_with(|| actors.clone());
        if let Some(r) = resolved.np.get_mut(index).and_then(|x| x.get_mut(i)) {
            r.code = Some(code.to_string());
            r.actor = actors
                .list
                .iter()
                .position(|a| a.name.is_some() && a.name == *name);
        }
    };
    // ("condemned what it called an unacceptable attack": the act named is a known one)
    let definite = |sa: &SentenceAnalysis, n: &lede_syntax::Np| {
        matches!(
            sa.lowers[n.words.start],
            "the" | "these" | "those" | "this" | "that" | "such"
        ) || n.words.start >= 1
            && sa
                .syntax
                .vg_of_word(n.words.start - 1)
                .is_some_and(|v| what_it_called(sa, v))
    };
    // "the order", "the protest": a definite act noun with no owner and no "of"/"by" phrase
    let unowned = |sa: &SentenceAnalysis, n: &lede_syntax::Np, i: usize| {
        definite(sa, n)
            && owner(sa, actors, i, 1).is_none()
            && sa
                .lowers
                .get(n.words.end)
                .is_none_or(|w| *w != "of" && *w != "by")
    };
    // NP `i` names no actor with a country of its own
    let uncoded = |sa: &SentenceAnalysis, i: usize| {
        actors
            .reading(sa.index, i)
            .and_then(|r| r.code.as_deref())
            .is_none_or(|c| c.starts_with("---"))
    };
    // the latest arrest, detention or seizure coded before NP `n`'s head
    // NP `n` names who is to be released ("the release of the two men")
    let released = |sa: &SentenceAnalysis, n: &lede_syntax::Np| {
        n.words.start >= 2
            && sa.lowers[n.words.start - 1] == "of"
            && matches!(
                sa.lowers[n.words.start - 2],
                "release" | "freeing" | "return"
            )
    };
    let latest_captor = |sa: &SentenceAnalysis, n: &lede_syntax::Np| {
        let at = doc.raw_span_of_tokens(sa.first + n.head..sa.first + n.head + 1);
        captors.iter().rev().find(|(t, _, _)| *t < at.start)
    };
    // the latest definite reference resolved to an act of force: where, in which sentence, whose
    let mut last_ref: Option<(usize, usize, String, Option<String>)> = None;
    for sa in &analysis.sentences {
        for (i, n) in sa.syntax.nps.iter().enumerate() {
            // "Kosovo police arrested two Serbian nationals ... Serbia demanded the immediate
            // release of the two men": the people held stand for who holds them
            if released(sa, n)
                && definite(sa, n)
                && matches!(
                    sa.lowers[n.head],
                    "men"
                        | "women"
                        | "nationals"
                        | "citizens"
                        | "detainees"
                        | "prisoners"
                        | "hostages"
                        | "crew"
                        | "sailors"
                        | "fishermen"
                        | "journalists"
                        | "suspects"
                        | "soldiers"
                        | "pair"
                        | "couple"
                        | "vessel"
                        | "vessels"
                        | "ship"
                        | "ships"
                        | "tanker"
                        | "tankers"
                        | "boat"
                        | "boats"
                        | "staff"
                        | "employees"
                        | "workers"
                        | "activists"
                        | "activist"
                        | "journalist"
                        | "citizen"
                        | "national"
                )
                && uncoded(sa, i)
            {
                if let Some((_, code, name)) = latest_captor(sa, n) {
                    resolve_to(&mut out, sa.index, i, code, name);
                }
                continue;
            }
            // "Police detained eight Russian nationals ... Russia demanded their immediate
            // release": a release whose owner is a pronoun is asked of whoever holds them
            if matches!(sa.lowers[n.head], "release" | "freeing" | "return")
                && matches!(sa.lowers[n.words.start], "their" | "his" | "her")
                && sa.lowers.get(n.words.end).is_none_or(|w| *w != "of")
                && uncoded(sa, i)
            {
                if let Some((_, code, name)) = latest_captor(sa, n) {
                    resolve_to(&mut out, sa.index, i, code, name);
                }
                continue;
            }
            // "pressed for the release of American citizens wrongfully detained in the PRC":
            // people held in or by a country stand for it
            if released(sa, n) {
                let mut k = n.words.end;
                while sa
                    .lowers
                    .get(k)
                    .is_some_and(|w| w.len() > 4 && w.ends_with("ly"))
                {
                    k += 1;
                }
                let held = sa.lowers.get(k).is_some_and(|w| {
                    matches!(
                        *w,
                        "detained" | "held" | "jailed" | "imprisoned" | "arrested" | "captured"
                    )
                });
                // ("detained or subject to exit bans in the PRC": a few words on)
                let at = (k + 1..sa.lowers.len().min(k + 8))
                    .take_while(|&x| !matches!(sa.lowers[x], "," | ";" | "." | ":"))
                    .find(|&x| matches!(sa.lowers[x], "in" | "by"));
                let captor = at
                    .filter(|_| held)
                    .and_then(|x| sa.syntax.nps.iter().position(|m| m.words.start == x + 1))
                    .and_then(|j| actors.reading(sa.index, j))
                    .filter(|r| r.code.as_deref().and_then(country_of).is_some());
                if let Some((code, name)) = captor.and_then(|r| {
                    let name = r.actor.and_then(|a| actors.list[a].name.clone());
                    Some((r.code.clone()?, name))
                }) {
                    resolve_to(&mut out, sa.index, i, &code, &name);
                    continue;
                }
            }
            // "Venezuela detained an Argentine gendarme ... We demand the immediate release of
            // Corporal Gallo": a person held, named, stands for who holds them (a captor of
            // another country than theirs)
            if released(sa, n) {
                let held = actors.reading(sa.index, i).and_then(|r| {
                    r.actor
                        .filter(|&a| actors.list[a].kind == lede_model::ActorKind::Person)
                        .and(r.code.as_deref())
                        .and_then(country_of)
                });
                if let Some(own) = held {
                    if let Some((_, code, name)) = latest_captor(sa, n)
                        .filter(|(_, c, _)| country_of(c).is_some_and(|c| c != own))
                    {
                        resolve_to(&mut out, sa.index, i, code, name);
                        continue;
                    }
                }
            }
            // "Turkish police detained the mayor ... Germany called the arrest a setback": an
            // arrest, detention or crackdown with no doer named is the latest captor's ("of"
            // names who was held, not who held them)
            if matches!(
                sa.lowers[n.head],
                "arrest"
                    | "arrests"
                    | "detention"
                    | "detentions"
                    | "crackdown"
                    | "seizure"
                    | "abduction"
                    | "kidnapping"
            ) && definite(sa, n)
                && owner(sa, actors, i, 1).is_none()
                && sa.lowers.get(n.words.end).is_none_or(|w| *w != "by")
                && uncoded(sa, i)
            {
                if let Some((_, code, name)) = latest_captor(sa, n) {
                    resolve_to(&mut out, sa.index, i, code, name);
                    continue;
                }
            }
            // "Netanyahu rejected the demands": the demands of the sentence that made them
            if matches!(
                sa.lowers[n.head],
                "demands"
                    | "demand"
                    | "calls"
                    | "request"
                    | "requests"
                    | "appeal"
                    | "appeals"
                    | "ultimatum"
                    | "threats"
                    | "warnings"
                    | "warning"
                    // ("The court ordered Venezuela to refrain ... Venezuela rejected the
                    // order"; "welcomed the ruling")
                    | "order"
                    | "orders"
                    | "ruling"
                    | "verdict"
                    | "injunction"
            ) && unowned(sa, n, i)
            {
                let at = doc.raw_span_of_tokens(sa.first + n.head..sa.first + n.head + 1);
                if let Some((_, who)) = requests.iter().rev().find(|(t, _)| *t < at.start) {
                    let members: Vec<(usize, String)> = who
                        .iter()
                        .filter_map(|(code, name)| {
                            let a = actors
                                .list
                                .iter()
                                .position(|a| a.name.is_some() && a.name == *name)
                                .or_else(|| {
                                    actors
                                        .list
                                        .iter()
                                        .position(|a| a.code.as_deref() == Some(code.as_str()))
                                })?;
                            Some((a, code.clone()))
                        })
                        .collect();
                    let resolved = out.get_or_insert_with(|| actors.clone());
                    if let Some(r) = resolved.np.get_mut(sa.index).and_then(|x| x.get_mut(i)) {
                        match members.as_slice() {
                            [] => {}
                            [(a, c)] => {
                                r.actor = Some(*a);
                                r.code = Some(c.clone());
                            }
                            _ => r.members = members,
                        }
                    }
                }
                continue;
            }
            // "Japan lodged a protest ... The Chinese side rejected the protest": who lodged it
            if matches!(
                sa.lowers[n.head],
                "protest" | "protests" | "complaint" | "complaints" | "representations"
            ) && unowned(sa, n, i)
            {
                let at = doc.raw_span_of_tokens(sa.first + n.head..sa.first + n.head + 1);
                if let Some((_, code, name)) =
                    complaints.iter().rev().find(|(t, _, _)| *t < at.start)
                {
                    resolve_to(&mut out, sa.index, i, code, name);
                }
                continue;
            }
            // "The Ministry strongly condemns this unfriendly and unfounded step": the
            // latest hostile act's doer, in an earlier sentence
            if matches!(
                sa.lowers[n.head],
                "step"
                    | "steps"
                    | "move"
                    | "moves"
                    | "measure"
                    | "measures"
                    | "act"
                    | "action"
                    | "actions"
                    | "decision"
                    | "expulsion"
                    | "expulsions"
                    | "designation"
                    | "designations"
                    | "closure"
                    | "restrictions"
            ) && (matches!(
                sa.lowers[n.words.start],
                "this" | "these" | "such" | "that" | "those"
            ) || sa.lowers[n.words.start] == "the"
                && n.words.len() == 2
                && matches!(
                    sa.lowers[n.head],
                    "move"
                        | "step"
                        | "steps"
                        | "action"
                        | "actions"
                        | "decision"
                        | "measures"
                        | "expulsion"
                        | "expulsions"
                        | "designation"
                        | "designations"
                        | "closure"
                        | "restrictions"
                ))
                && owner(sa, actors, i, 1).is_none()
                && sa
                    .lowers
                    .get(n.words.end)
                    .is_none_or(|w| *w != "of" && *w != "by" && *w != "to")
                // ("welcomes the steps taken by both governments": whose they are follows)
                && sa
                    .tags
                    .get(n.words.end)
                    .is_none_or(|t| !matches!(t, Tag::VBN | Tag::VBD | Tag::VBG))
            {
                let at = doc.raw_span(doc.sentences[sa.index].span).start;
                // ("criticised the move": a hostile act of the last two sentences)
                let recent = if sa.lowers[n.words.start] == "the" {
                    sa.index
                        .checked_sub(2)
                        .map_or(0, |k| doc.raw_span(doc.sentences[k].span).start)
                } else {
                    0
                };
                if let Some((_, code, name)) = acts
                    .iter()
                    .rev()
                    .find(|(t, _, _)| *t < at)
                    .filter(|(t, _, _)| *t >= recent)
                {
                    resolve_to(&mut out, sa.index, i, code, name);
                }
                continue;
            }
            if !HOSTILE_NOUNS.contains(&sa.lowers[n.head])
                || !definite(sa, n)
                || owner(sa, actors, i, 1).is_some()
                || sa
                    .lowers
                    .get(n.words.end)
                    .is_some_and(|w| *w == "by" || *w == "of")
            {
                continue;
            }
            let at = doc
                .raw_span_of_tokens(sa.first + n.head..sa.first + n.head + 1)
                .start;
            // ("an attack on Iranian villages": not one by Iran; "condemned the strikes as a
            // violation of Iran's sovereignty": nor)
            let hit = sa
                .lowers
                .get(n.words.end)
                .filter(|w| matches!(**w, "on" | "against"))
                .and_then(|_| sa.syntax.np_of_word(n.words.end + 1))
                .and_then(|m| owner(sa, actors, m, 1))
                .or_else(|| {
                    let k = (n.words.end..sa.len()).find(|&k| sa.lowers[k] == "sovereignty")?;
                    let m = sa.syntax.np_of_word(k)?;
                    owner(sa, actors, m, 1)
                })
                .and_then(|p| country_of(&p.code).map(str::to_string));
            let fits = |(t, c, _): &&(usize, String, Option<String>)| {
                *t < at && hit.as_deref().is_none_or(|h| country_of(c) != Some(h))
            };
            // ("the strikes": the latest act named with the same noun, else the latest act)
            let head = sa.lowers[n.head];
            let stem = head.strip_suffix('s').unwrap_or(head);
            let stem = stem
                .strip_prefix("air")
                .filter(|s| s.len() > 3)
                .unwrap_or(stem);
            let named = force
                .iter()
                .zip(&force_words)
                .rev()
                .find(|(f, (rule, trigger))| {
                    fits(f)
                        && stem.len() >= 5
                        && (rule.contains(stem) || trigger.to_lowercase().contains(stem))
                })
                .map(|(f, _)| f);
            // ("Saudi Arabia condemned the strikes ... Pakistan also condemned the attack":
            // with no act of force named since the last such reference, the same act)
            let latest = force.iter().rev().find(fits).map(|f| f.0);
            let same = last_ref
                .as_ref()
                .filter(|(t, index, code, _)| {
                    sa.index <= index + 2
                        && latest.is_none_or(|l| l < *t)
                        && hit.as_deref().is_none_or(|h| country_of(code) != Some(h))
                })
                .map(|(_, _, code, name)| (code.clone(), name.clone()));
            let Some((code, name)) = same.or_else(|| {
                named
                    .or_else(|| force.iter().rev().find(fits))
                    .map(|(_, code, name)| (code.clone(), name.clone()))
            }) else {
                continue;
            };
            resolve_to(&mut out, sa.index, i, &code, &name);
            last_ref = Some((at, sa.index, code, name));
        }
    }
    out
}

/// The patterns the coder's own rules report their events under (no dictionary line).
struct RulePatterns {
    demand: VerbPattern,
    siege: VerbPattern,
    harm: VerbPattern,
    dismay: VerbPattern,
    thanks: VerbPattern,
    thank_you: VerbPattern,
    characterised: VerbPattern,
    judged: VerbPattern,
    threat: VerbPattern,
    conditional: VerbPattern,
    intent: VerbPattern,
    call: VerbPattern,
    meeting: VerbPattern,
    courtesy: VerbPattern,
    accepted: VerbPattern,
    request: VerbPattern,
    talks: VerbPattern,
    signed_by: VerbPattern,
}

/// Built once per process, not per article.
fn rule_patterns() -> &'static RulePatterns {
    static PATTERNS: std::sync::OnceLock<RulePatterns> = std::sync::OnceLock::new();
    PATTERNS.get_or_init(|| {
        let demand = VerbPattern {
            lemma: "must".into(),
            forms: Vec::new(),
            verb_before: Vec::new(),
            verb_after: Vec::new(),
            pre: Vec::new(),
            post: Vec::new(),
            nominal: false,
            symmetric: false,
            code: CodeSpec::Code("100".into()),
            plover: Some("REQUEST".into()),
            label: "rule: X must ... (a demand by who says it)".into(),
            loc: lede_dict::Loc {
                file: "events.rs".into(),
                line: 0,
            },
        };
        let rule = |lemma: &str, code: &str, plover: &str, label: &str| VerbPattern {
            lemma: lemma.into(),
            code: CodeSpec::Code(code.into()),
            plover: Some(plover.into()),
            label: label.into(),
            ..demand.clone()
        };
        RulePatterns {
            siege: rule("be", "190", "ASSAULT", "rule: X is under siege/attack by Y"),
            harm: rule(
                "be",
                "190",
                "ASSAULT",
                "rule: an act of force that harms X (relative clause)",
            ),
            dismay: rule(
                "alarm",
                "110",
                "ACCUSE",
                "rule: X is alarmed by Y (disapproval by the one alarmed)",
            ),
            thanks: rule(
                "thank",
                "051",
                "SUPPORT",
                "rule: X thanks Y (the verb read as the noun 'thanks')",
            ),
            characterised: rule(
                "call",
                "111",
                "ACCUSE",
                "rule: X calls an act an attack or a violation, naming Y in the words it uses (criticism of Y)",
            ),
            judged: rule(
                "be",
                "111",
                "ACCUSE",
                "rule: someone says X's act or position is unacceptable, baseless or illegal (criticism of X)",
            ),
            thank_you: rule(
                "thank",
                "051",
                "SUPPORT",
                "rule: 'Thank you, X' thanks the one addressed (from the speaker)",
            ),
            conditional: rule(
                "if",
                "130",
                "THREATEN",
                "rule: if X does ..., Y will ... (a threat against X)",
            ),
            threat: rule(
                "face",
                "130",
                "THREATEN",
                "rule: X would face consequences (a threat by who says it)",
            ),
            talks: rule(
                "hold",
                "040",
                "CONSULT",
                "rule: talks between X and Y were held (X and Y met)",
            ),
            signed_by: rule(
                "sign",
                "057",
                "AGREE",
                "rule: an agreement signed by X and Y, or in their presence (X and Y agreed)",
            ),
            request: rule(
                "request",
                "020",
                "REQUEST",
                "rule: a request for an act, with no one named, in the readout of a meeting, is to the other side",
            ),
            courtesy: rule(
                "apologise",
                "018",
                "SUPPORT",
                "rule: a courtesy with no one named, in the readout of a call, is to the other side",
            ),
            accepted: rule(
                "accept",
                "036",
                "AGREE",
                "rule: an invitation accepted is to the one who invited (named in the sentence, or the other side of a meeting)",
            ),
            meeting: rule(
                "meet",
                "040",
                "CONSULT",
                "rule: the sides a listed subject names met (each other, or those listed with them)",
            ),
            intent: rule(
                "intend",
                "030",
                "AGREE",
                "rule: X intends to do what concerns Y (an intention to cooperate)",
            ),
            call: rule(
                "call",
                "041",
                "CONSULT",
                "rule: X called Y (a person), with nothing said of Y: a phone call",
            ),
            demand,
        }
    })
}

#[allow(clippy::too_many_arguments)]
fn code_once(
    doc: &Document,
    analysis: &DocAnalysis,
    actors: &ArticleActors,
    lexicon: &Lexicon,
    input: &ArticleInput,
    dates: &[DateExpr],
    places: &ArticlePlaces,
) -> Vec<Event> {
    let mut out = Vec::new();
    let petr = lexicon.formats.iter().any(|f| *f != DictFormat::Lede);
    let petr2 = petr && !crate::petrarch_rules::is_linear(lexicon);
    // the two sides of the latest meeting or call coded (Lede's dictionaries)
    let mut meeting: Option<(Party, Party)> = None;
    // the sentence of the latest meeting or call
    let mut meeting_at = 0;
    // the two sides of the latest act coded both ways ("Armenia and Azerbaijan signed"), for
    // "brokered the agreement" later
    let mut pair: Option<(Party, Party)> = None;
    // the sides of the latest accusation or criticism (root 11), for "X rejected the
    // accusation" later
    let mut accusation: Option<(Party, Party)> = None;
    // the sides of the latest hostile act (roots 10 to 20) between two countries, and its
    // sentence, for a threat or a rejection with no addressee after it
    let mut hostile: Option<(Party, Party, usize)> = None;
    // verbs of acts a noun may name later, with their doers and sentences
    let mut recent_acts: Vec<(String, Party, usize)> = Vec::new();
    // the one country a statement's title names, other than its author's ("Libya: Statement
    // by the High Representative on the violence in Tripoli")
    let topic = (!petr)
        .then(|| title_topic(lexicon, input, actors))
        .flatten();
    // with Lede's own dictionaries, quoted speech is coded too: its "I" and "we" are the
    // quote's speaker (else the statement's author)
    let speaking;
    let (actors, quotes) = if petr {
        (actors, Vec::new())
    } else {
        let (a, q) = with_quote_speakers(doc, analysis, actors);
        speaking = a;
        (&speaking, q)
    };
    let rules = rule_patterns();
    // an event of one of the coder's own rules (no dictionary line): every party a side
    let rule_event = |out: &mut Vec<Event>,
                      sa: &SentenceAnalysis,
                      pat: &VerbPattern,
                      code: &str,
                      (src, tgt): (Vec<Party>, Vec<Party>),
                      trigger: (usize, usize),
                      modality: Modality| {
        let (s, t) = (or_unknown(src), or_unknown(tgt));
        emit(
            out, doc, sa, input, dates, places, petr, pat, code, &s, &t, trigger, modality,
        );
    };
    let discards: Vec<Option<DiscardHit>> = analysis
        .sentences
        .iter()
        .map(|sa| lexicon.discard_in_ids(&sa.word_ids, &sa.lowers))
        .collect();
    // a story discard ("+World Golf Championships") leaves the whole article uncoded
    if discards.contains(&Some(DiscardHit::Story)) {
        return out;
    }
    // the verb patterns a verb form may match (reused from verb to verb)
    let mut met_patterns: Vec<u32> = Vec::new();
    for (sa, discard) in analysis.sentences.iter().zip(&discards) {
        if discard.is_some() {
            continue;
        }
        let syn = &sa.syntax;
        let sentence_first = out.len();
        // the sentence's words and their singulars, for the required-words test
        let present = lexicon.required_present_ids(&sa.word_ids);
        let mut pending = Vec::new();
        // the target of the sentence's last verb that had one, for a coordinated verb that
        // shares it ("condemned Israel's offensive and threatened concrete actions")
        let mut prev_target: Option<(usize, Vec<Party>)> = None;
        if !petr {
            if let Some((k, src, tgt)) = noun_read_thanks(sa, actors, lexicon, input.date) {
                let sides = (src, tgt);
                rule_event(
                    &mut out,
                    sa,
                    &rules.thanks,
                    "051",
                    sides,
                    (k, k + 1),
                    Modality::Asserted,
                );
            }
        }
        for (v, g) in syn.vgs.iter().enumerate() {
            if petr && sa.quoted[g.head] {
                continue;
            }
            // "urged X to stop the attacks", "warned Iran to stop supporting the Houthis": the
            // request is the event, not the action it asks for
            // "stop supporting the M23", "to cease supplying drones to Russia": an act
            // stopped, or asked to stop, is not done (Lede)
            if !petr && stopped_act(sa, v) {
                continue;
            }
            let performative = !petr && performative_wish(sa, v);
            let intended = !petr && !performative && intends_without_pattern(sa, v);
            let threatened = !petr && threatened_act(sa, v);
            // ("seeks to deepen its partnership with Panama": an intended act whose code is
            // itself an intention, 03, is coded; any other is not)
            let only_intent =
                !petr && !intended && !performative && !threatened && governed_by_intent(sa, v);
            if !petr && (governed_by_request(sa, v) || praised_reason(sa, v)) {
                continue;
            }
            // "a Joint Statement on further strengthening the partnership", "talks on
            // expanding trade": what a text or talk is about is no act (Lede)
            if !petr && g.nonfinite && sa.tags[g.head] == Tag::VBG && g.words.start >= 1 && {
                let mut k = g.words.start - 1;
                while k > 0 && matches!(sa.lowers[k], "further" | "jointly" | "possibly") {
                    k -= 1;
                }
                matches!(sa.lowers[k], "on" | "about" | "regarding" | "concerning")
            } {
                continue;
            }
            // "deter countries from supporting X", "refrain from attacking": not done
            if !petr && g.words.start >= 1 && sa.lowers[g.words.start - 1] == "from" {
                continue;
            }
            // "Iran's continued failure to cooperate with the IAEA", "its refusal to provide
            // the Agency with the information": not done either
            if !petr
                && g.infinitive
                && g.words.start >= 1
                && matches!(
                    sa.lowers[g.words.start - 1],
                    "failure"
                        | "failures"
                        | "refusal"
                        | "inability"
                        | "reluctance"
                        | "unwillingness"
                )
            {
                continue;
            }
            // "are unlikely to resume talks", "is expected to receive": a forecast; "any
            // request from Washington to send troops": asked for, not done; "would consider
            // closing its border": weighed, not done
            if !petr && g.infinitive && g.words.start >= 1 {
                let s0 = g.words.start;
                if matches!(sa.lowers[s0 - 1], "unlikely" | "likely" | "expected") {
                    continue;
                }
                let asked = (s0.saturating_sub(5)..s0)
                    .rev()
                    .take_while(|&k| sa.syntax.vg_of_word(k).is_none())
                    .any(|k| {
                        // (not "agreed in a phone call on Thursday to meet")
                        let phone = k > 0
                            && matches!(
                                sa.lowers[k - 1],
                                "phone" | "telephone" | "video" | "conference"
                            );
                        matches!(
                            sa.lowers[k],
                            "request"
                                | "requests"
                                | "call"
                                | "calls"
                                | "demand"
                                | "demands"
                                | "appeal"
                                | "appeals"
                                | "plea"
                                | "pleas"
                        ) && !phone
                    });
                if asked {
                    continue;
                }
            }
            if !petr && sa.tags[g.head] == Tag::VBG && g.words.start == g.head && v > 0 {
                let u = &sa.syntax.vgs[v - 1];
                let weighed = [
                    "consider",
                    "weigh",
                    "mull",
                    "contemplat",
                    "discuss",
                    "propos",
                ]
                .iter()
                .any(|p| sa.lowers[u.head].starts_with(p));
                if weighed && u.words.end == g.words.start {
                    continue;
                }
            }
            // "accused the UAE of arming the RSF": what an accusation alleges is not asserted
            if !petr && alleged_act(sa, v) {
                continue;
            }
            // "has long refused to send weapons", "have long accused": a standing position,
            // not an act of the day
            if !petr
                && g.head >= 1
                && sa.lowers[g.head - 1] == "long"
                && (g.words.start..g.head).any(|k| matches!(sa.lowers[k], "has" | "have"))
            {
                continue;
            }
            // "China stands ready to work with Laos": the readiness is no act of its own
            // (the verb it is ready for is coded as an intention)
            if !petr
                && sa.lowers[g.head].starts_with("stand")
                && sa
                    .lowers
                    .get(g.head + 1)
                    .is_some_and(|w| *w == "ready" || *w == "prepared")
            {
                continue;
            }
            if !petr && !only_intent {
                let (head, modality) = ((g.head, g.head + 1), modality_of(sa, v));
                if let Some((code, src, tgt)) = under_attack(sa, actors, lexicon, v) {
                    rule_event(
                        &mut out,
                        sa,
                        &rules.siege,
                        &code,
                        (src, tgt),
                        head,
                        modality,
                    );
                }
                if let Some(sides) = harmful_force(sa, actors, v) {
                    rule_event(&mut out, sa, &rules.harm, "190", sides, head, modality);
                }
                if let Some(sides) = dismay(sa, actors, v) {
                    rule_event(&mut out, sa, &rules.dismay, "110", sides, head, modality);
                }
                if let Some((code, src, mut tgt)) = face_consequences(doc, sa, actors, &quotes, v) {
                    // "any violation of its territory will be met with ...": the other side
                    // of the latest hostile act
                    if tgt.is_empty() {
                        tgt.extend(answer_to(hostile.as_ref(), &src, sa.index));
                    }
                    if !tgt.is_empty() {
                        let sides = (src, tgt);
                        rule_event(
                            &mut out,
                            sa,
                            &rules.threat,
                            code,
                            sides,
                            head,
                            Modality::Asserted,
                        );
                    }
                }
                if let Some(sides) = judged_unacceptable(doc, sa, actors, &quotes, v) {
                    rule_event(
                        &mut out,
                        sa,
                        &rules.judged,
                        "111",
                        sides,
                        head,
                        Modality::Asserted,
                    );
                }
                if let Some((code, src, tgt)) = must_demand(doc, sa, actors, &quotes, v) {
                    let sides = (src, tgt);
                    rule_event(
                        &mut out,
                        sa,
                        &rules.demand,
                        code,
                        sides,
                        head,
                        Modality::Asserted,
                    );
                }
                if let Some((code, src, tgt)) = conditional_threat(doc, sa, actors, &quotes, v) {
                    rule_event(
                        &mut out,
                        sa,
                        &rules.conditional,
                        code,
                        (src, tgt),
                        head,
                        Modality::Asserted,
                    );
                    // (what is threatened is no act of its own)
                    continue;
                }
            }
            // "Both parties need to allow humanitarian access": what a side needs to do, it
            // has not done; the sentence asks it (Lede)
            if !petr
                && g.infinitive
                && g.words.start >= 1
                && matches!(sa.lowers[g.words.start - 1], "need" | "needs" | "ought")
            {
                continue;
            }
            // "invited Modi to visit Qatar", "extended an invitation to X to visit": the visit
            // is not made (Lede; the invitation is the event)
            if !petr
                && g.infinitive
                && (g.words.start.saturating_sub(8)..g.words.start).any(|k| {
                    matches!(
                        sa.lowers[k],
                        "invitation" | "invited" | "invites" | "invite" | "inviting"
                    )
                })
                && !(g.words.start.saturating_sub(8)..g.words.start)
                    .any(|k| matches!(sa.lowers[k], "." | ";" | "accepted" | "accepts"))
            {
                continue;
            }
            // "Kenya demanded that Ethiopia withdraw its troops", "Demands that the SAF and the
            // RSF cease hostilities": what is demanded is not done (Lede)
            if !petr
                && g.modal.is_none()
                && !g.infinitive
                && (matches!(sa.tags[g.head], Tag::VB | Tag::VBP)
                    // ("demanded that Iran stop supplying missiles")
                    || g.nonfinite && sa.tags[g.head] == Tag::VBG)
                && (0..v).rev().any(|u| {
                    let h = syn.vgs[u].head;
                    ["demand", "urge", "request", "insist"]
                        .iter()
                        .any(|p| sa.lowers[h].starts_with(p))
                        && sa.lowers.get(h + 1) == Some(&"that")
                        && !sa.lowers[h..g.head].contains(&";")
                })
            {
                continue;
            }
            let form = &sa.lowers[g.head];
            let clause = &syn.clauses[v];
            // with Lede's dictionaries, a subject the parser missed: the actors right before
            // the verb ("Today, after weeks of diplomacy, Israel and Lebanon have accepted")
            let subject: Vec<usize> = if clause.subject.is_empty() && !petr && !g.infinitive {
                adjacent_subject(sa, actors, g.words.start)
            } else if !petr
                && clause.subject_rule == "coordinated-vp"
                && parties(sa, actors, &clause.subject).is_empty()
            {
                // "Both sides welcomed the progress made and agreed ...": the parser gave
                // the second verb the object of a reduced relative; the first verb's actor
                (0..v)
                    .rev()
                    .map(|u| &syn.clauses[u])
                    .find(|c| {
                        c.subject_rule == "left" && !parties(sa, actors, &c.subject).is_empty()
                    })
                    .map_or_else(|| clause.subject.clone(), |c| c.subject.clone())
            } else if let Some(objects) = (!petr && g.nonfinite)
                .then(|| reason_gerund_agents(sa, actors, v))
                .flatten()
            {
                // "sanctioned six Iranian entities for supporting the Houthis": the entities
                // support them
                objects
            } else if let Some(np) = (!petr && clause.subject_rule == "subject-control")
                .then(|| noun_complement_before(sa, actors, g.words.start))
                .flatten()
            {
                // "the deployment of North Korean troops to fight against Ukraine": the
                // troops fight, not the subject of the verb before
                syn.conjuncts(np)
                    .first()
                    .map_or_else(|| vec![np], |_| syn.conjuncts(np).to_vec())
            } else if let Some(&q) = clause.subject.first().filter(|&&q| {
                !petr
                    && clause.subject.len() == 1
                    && syn.nps[q].words.len() == 1
                    && matches!(sa.lowers[syn.nps[q].head], "both" | "all")
            }) {
                // "Israel and Hamas (have) both agreed": a floating quantifier stands for
                // the actors right before it
                let before = adjacent_subject(sa, actors, syn.nps[q].words.start);
                if before.is_empty() {
                    clause.subject.clone()
                } else {
                    before
                }
            } else {
                clause.subject.clone()
            };
            // "The fourth round of indirect talks between Iran and the United States was held
            // in Muscat": the sides of talks held meet each other; "A peace agreement was
            // signed by Armenia and Azerbaijan", "The declaration, signed by the Thai Prime
            // Minister and his Cambodian counterpart, ...": the signatories of an agreement
            // sign it with each other (Lede)
            if !petr && !only_intent && !g.negated {
                let held = g.passive && sa.lowers[g.head] == "held";
                let (pat, code, sides) = if held {
                    let mut sides = talks_between(sa, actors, g.words.start);
                    // ("Our talks were held in a friendly atmosphere", in one side's remarks
                    // after a meeting: the meeting's sides)
                    let ours = clause.subject.first().is_some_and(|&n| {
                        let n = &syn.nps[n];
                        n.words.len() == 2
                            && sa.lowers[n.words.start] == "our"
                            && MEETING_NOUNS.contains(&sa.lowers[n.head])
                    });
                    if let Some((a, b)) = meeting
                        .as_ref()
                        .filter(|_| ours && sides.is_empty() && sa.index <= meeting_at + 12)
                    {
                        // (named in another sentence: no mention here)
                        sides = vec![a.clone(), b.clone()];
                        for p in &mut sides {
                            p.np = UNSAID;
                        }
                    }
                    (&rules.talks, "040", sides)
                } else {
                    (&rules.signed_by, "057", signed_by(sa, actors, v))
                };
                if sides.len() >= 2 {
                    let modality = modality_of(sa, v);
                    for a in &sides {
                        for b in &sides {
                            if side_key(&a.code) != side_key(&b.code) {
                                rule_event(
                                    &mut out,
                                    sa,
                                    pat,
                                    code,
                                    (vec![a.clone()], vec![b.clone()]),
                                    (g.head, g.head + 1),
                                    modality,
                                );
                            }
                        }
                    }
                    continue;
                }
            }
            // "The President of the European Council, Antonio Costa, ..., together with the
            // President of Kazakhstan, ..., met in Samarkand": the sides of a listed subject
            // meet each other, or those before "together with" those after it (Lede)
            if !petr && !only_intent {
                if let Some((left, right)) = crate::actors::meeting_list(sa, v) {
                    let sides = |nps: &[usize]| {
                        let mut out: Vec<Party> = Vec::new();
                        for &n in nps {
                            for p in parties(sa, actors, &[n]) {
                                // (one party a side: "the European Council" and its
                                // President are one)
                                let same = |q: &Party| {
                                    side_key(&q.code) == side_key(&p.code)
                                        || q.code.starts_with(&*p.code)
                                        || p.code.starts_with(&*q.code)
                                };
                                if side_key(&p.code).is_some() && !out.iter().any(same) {
                                    out.push(p);
                                }
                            }
                        }
                        out
                    };
                    let (l, r) = (sides(&left), sides(&right));
                    let pairs: Vec<(Party, Party)> = if r.is_empty() {
                        l.iter()
                            .flat_map(|a| l.iter().map(move |b| (a.clone(), b.clone())))
                            .collect()
                    } else {
                        l.iter()
                            .flat_map(|a| r.iter().map(move |b| (a.clone(), b.clone())))
                            .flat_map(|(a, b)| [(a.clone(), b.clone()), (b, a)])
                            .collect()
                    };
                    let pairs: Vec<(Party, Party)> = pairs
                        .into_iter()
                        .filter(|(a, b)| {
                            side_key(&a.code) != side_key(&b.code)
                                && !a.code.starts_with(&*b.code)
                                && !b.code.starts_with(&*a.code)
                        })
                        .collect();
                    if !pairs.is_empty() {
                        let modality = modality_of(sa, v);
                        for (a, b) in pairs {
                            rule_event(
                                &mut out,
                                sa,
                                &rules.meeting,
                                "040",
                                (vec![a], vec![b]),
                                (g.head, g.head + 1),
                                modality,
                            );
                        }
                        continue;
                    }
                }
            }
            let implicit: Option<Vec<usize>> = if g.passive && !subject.is_empty() {
                Some(subject.clone())
            } else {
                clause
                    .relative_object
                    .filter(|_| clause.objects.is_empty())
                    .map(|n| vec![n])
            };
            let compound_subject = !petr && !g.passive && parties(sa, actors, &subject).len() >= 2;
            // acts a noun may name later ("The Security Council voted ... X welcomed the
            // vote"): who did them
            if !petr && !g.passive && !g.negated && !g.infinitive {
                let form = sa.lowers[g.head];
                if ACT_NOUN_VERBS.iter().any(|(_, v)| form.starts_with(v)) {
                    if let Some(p) = parties(sa, actors, &subject)
                        .into_iter()
                        .find(|p| side_key(&p.code).is_some())
                    {
                        recent_acts.push((form.to_string(), p, sa.index));
                    }
                }
            }
            // "welcomed these measures": a demonstrative object of welcome
            let welcomed_these = !g.negated
                && clause.objects.iter().any(|&o| {
                    syn.nps[o].words.len() == 2
                        && matches!(sa.lowers[syn.nps[o].words.start], "these" | "this")
                });
            let mut matched: Vec<usize> = Vec::new();
            let mut best: Option<Found> = None;
            let mut limit = crate::petrarch_rules::pattern_limit(lexicon, sa)
                .unwrap_or_else(|| clause_limit(sa, g.head));
            // "if Iran refuses inspections, Britain ...": a condition ends at its comma
            if !petr && condition_start(sa, g.head).is_some() {
                if let Some(k) = (g.head + 1..limit).find(|&k| sa.lowers[k] == ",") {
                    limit = k;
                }
            }
            // (a pattern whose plain words are not all in the sentence cannot match)
            lexicon.verb_patterns_met(form, &present, &mut met_patterns);
            for &pi in &met_patterns {
                let pat = &lexicon.verbs[pi as usize];
                // multi-word verbs: the words around the verb must be there
                if !pat.verb_after.iter().enumerate().all(|(k, w)| {
                    sa.lowers
                        .get(g.head + 1 + k)
                        .is_some_and(|x| x == w || x.trim_end_matches('_') == w)
                }) || !pat.verb_before.iter().rev().enumerate().all(|(k, w)| {
                    g.head > k && sa.lowers[g.words.start.saturating_sub(k + 1)] == *w
                }) {
                    continue;
                }
                let after = g.head + 1 + pat.verb_after.len();
                let cur = Cursor {
                    sa,
                    actors,
                    lexicon,
                    // a request reaches over the actions it asks for ("call on X to
                    // transparently investigate ..., to repeal ... and to begin ...")
                    limit: if !petr && is_request_verb(form) {
                        request_limit(sa, g.head)
                    } else if !petr {
                        coordinated_limit(sa, limit)
                    } else {
                        limit
                    },
                    implicit_object: implicit.as_deref().map(|v| (after, v)),
                    first_actor: petr,
                    // (a statement's own condemnation may name no one: the title's country,
                    // below)
                    optional_target: compound_subject
                        || topic.is_some()
                            && matches!(
                                pat.lemma.as_str(),
                                "condemn" | "denounce" | "deplore" | "decry"
                            )
                            && pat.post.iter().all(|e| !matches!(e, PatElem::Word(_)))
                        // ("Minister Wang welcomed these measures": whose, below)
                        || !petr
                            && welcomed_these
                            && matches!(pat.lemma.as_str(), "welcome" | "praise" | "hail")
                            && pat.post.iter().all(|e| !matches!(e, PatElem::Word(_))),
                    late_object: (!petr)
                        .then(|| {
                            // "condemned what it called a flagrant aggression by Israel":
                            // the act so named
                            if let Some(o) = so_called_object(sa, after) {
                                return Some((after, o));
                            }
                            clause
                                .objects
                                .iter()
                                .copied()
                                .find(|&o| syn.nps[o].words.start > after)
                                .or_else(|| {
                                    // an object the parser left after an adverbial phrase
                                    (0..syn.nps.len()).find(|&o| {
                                        syn.nps[o].words.start > after
                                            && syn.nps[o].words.end <= limit
                                            && !clause.preps.iter().any(|p| p.nps.contains(&o))
                                    })
                                })
                                .map(|o| (after, o))
                        })
                        .flatten(),
                };
                let (mut src, mut tgt) = (Vec::new(), Vec::new());
                // PETRARCH-2 passives: the pattern's nouns may be the patient's ("The civilians
                // ... were released": "- * &PEOPLE")
                // (Lede: "sanctions on Syria were lifted by the EU": a pattern whose words
                // open the passive's subject, "lift sanctions on +")
                let post = cur.run(&pat.post, after, &mut src, &mut tgt).or_else(|| {
                    let lede_passive = !petr
                        && g.passive
                        && matches!(pat.post.first(), Some(PatElem::Word(_)))
                        && !clause.agent.is_empty();
                    if !petr2 && !lede_passive {
                        return None;
                    }
                    let from = crate::petrarch_rules::passive_patient_start(sa, v, &subject)?;
                    src.clear();
                    tgt.clear();
                    cur.run(&pat.post, from, &mut src, &mut tgt)
                });
                let Some((post_end, post_score)) = post else {
                    continue;
                };
                // "welcome + to" is a visit to a place, not the "to" of an infinitive
                // ("welcomed the Saudi efforts to end the war")
                if !petr
                    && pat.lemma == "welcome"
                    && matches!(pat.post.last(), Some(PatElem::Word(w)) if w == "to")
                    && sa.tags.get(post_end).is_some_and(|t| *t == Tag::VB)
                {
                    continue;
                }
                // "call for +" and "call on +" ask right after the verb (past adverbs: "called
                // again for"); "called the talks a success for Israel" calls an object
                // something, "called for a halt to strikes on Lebanon" calls on no one
                if !petr && pat.lemma == "call" {
                    if let Some(PatElem::Word(w)) = pat.post.first() {
                        if matches!(w.as_str(), "for" | "on" | "upon") {
                            let next = (g.words.end..sa.len())
                                .find(|&k| !matches!(sa.tags[k], Tag::RB | Tag::RBR | Tag::RBS));
                            if next.is_none_or(|k| sa.lowers[k] != w.as_str()) {
                                continue;
                            }
                        }
                    }
                }
                let pre_cur = Cursor {
                    sa,
                    actors,
                    lexicon,
                    // auxiliaries and negation before the verb word are pattern material
                    limit: if petr { g.head } else { g.words.start },
                    implicit_object: None,
                    first_actor: petr,
                    optional_target: false,
                    late_object: None,
                };
                let Some((_, pre_score)) = pre_cur.run(&pat.pre, 0, &mut src, &mut tgt) else {
                    continue;
                };
                let score = if petr {
                    pattern_len(pat)
                } else {
                    post_score + pre_score + 1 + pat.verb_after.len() + pat.verb_before.len()
                };
                // `%` slots check their compound themselves
                // ("the governments of X, Y and Z met the minimum standards": a bare
                // symmetric verb with an object that is no actor meets no one)
                // ("Chile and Peru discussed trade": what two named sides discuss is the
                // topic, and so is what "the two ministers" of a meeting discuss; "the leaders
                // discussed trade" after a call with three may name others than the sides)
                if pat.symmetric
                    && !petr
                    && pat.post.is_empty()
                    && (pat.lemma != "discuss"
                        || subject.len() < 2 && parties(sa, actors, &subject).len() != 2)
                    && clause
                        .objects
                        .iter()
                        .any(|&o| owner(sa, actors, o, 0).is_none())
                {
                    continue;
                }
                // (one side "expands cooperation" only in a readout of a meeting or call,
                // with the other side)
                if pat.symmetric
                    && !petr
                    && parties(sa, actors, &subject).len() < 2
                    && (pat.post.is_empty() || meeting.is_none())
                {
                    continue;
                }
                // "measures to target Iran's energy trade": force verbs aimed at an economy
                // are economic pressure, not an attack
                // ("measures to target Russia's shadow fleet", "sanctions targeting its
                // banks": what measures target, they target by measures)
                let by_measures = || {
                    let s0 = g.words.start;
                    let before = if g.infinitive && s0 >= 1 && sa.lowers[s0 - 1] == "to" {
                        s0.checked_sub(2)
                    } else {
                        s0.checked_sub(1)
                    };
                    before.is_some_and(|k| {
                        matches!(
                            sa.lowers[k],
                            "sanctions" | "measures" | "designations" | "restrictions" | "tariffs"
                        )
                    })
                };
                if !petr
                    && matches!(&pat.code, CodeSpec::Code(c) if c.starts_with("18") || c.starts_with("19") || c.starts_with("20"))
                    && !tgt.is_empty()
                    && (tgt.iter().all(|&t| economic_object(sa, t)) || by_measures())
                {
                    continue;
                }
                if !petr {
                    matched.push(pi as usize);
                }
                // (Lede: of two as long, the one whose words the sentence has as written:
                // "launched strikes against" is "launch strikes against", not "launch strike
                // against")
                let exact = if petr {
                    0
                } else {
                    pat.post
                        .iter()
                        .filter(|e| {
                            matches!(e, PatElem::Word(w)
                                if sa.lowers[g.head + 1..limit.max(g.head + 1)].contains(&w.as_str()))
                        })
                        .count()
                };
                // PETRARCH/TABARI: a pattern outranks the bare verb of the same length
                let better = |b: &Found| {
                    score > b.score
                        || !petr && score == b.score && exact > b.exact
                        || petr
                            && score == b.score
                            && crate::petrarch_rules::outranks(
                                lexicon,
                                pat,
                                &lexicon.verbs[b.pattern],
                            )
                };
                // (the parties only of a match that is kept)
                if best.as_ref().is_none_or(better) {
                    best = Some(Found {
                        pattern: pi as usize,
                        score,
                        exact,
                        source: parties(sa, actors, &src),
                        target: parties(sa, actors, &tgt),
                    });
                }
            }
            // "Minister Iwaya requested the early release of the detained Japanese
            // nationals": in the readout of a meeting, a request for an act that names no
            // one else is to the other side (Lede)
            if let Some((a, b)) = meeting
                .as_ref()
                .filter(|_| !petr && !g.negated && sa.index <= meeting_at + 3)
            {
                let src = parties(sa, actors, &subject);
                let own = src.first().and_then(|p| side_key(&p.code));
                if let (Some(code), [p]) =
                    (unaddressed_request_code(sa, actors, v, own), src.as_slice())
                {
                    if let Some(o) = other_side(a, b, p) {
                        rule_event(
                            &mut out,
                            sa,
                            &rules.request,
                            code,
                            (vec![p.clone()], vec![o]),
                            (g.head, g.head + 1),
                            modality_of(sa, v),
                        );
                        continue;
                    }
                }
            }
            // "Qatar called it a cowardly Israeli attack", "called the strike a flagrant
            // violation of international law by Israel": with no one named in what is called
            // so, the one the words of the characterisation name (Lede)
            if !petr && best.as_ref().is_none_or(|f| f.target.is_empty()) {
                if let Some((src, t)) = characterised(sa, actors, v, &subject) {
                    rule_event(
                        &mut out,
                        sa,
                        &rules.characterised,
                        "111",
                        (src, vec![t]),
                        (g.head, g.head + 1),
                        modality_of(sa, v),
                    );
                    continue;
                }
            }
            // "Thank you, President Trump, for your leadership", "Thank you to General
            // Kellogg": thanks from whoever says it (the quotation's speaker, else the
            // statement's author) to the one addressed (Lede)
            if !petr && !g.negated && clause.subject.is_empty() && sa.lowers[g.head] == "thank" {
                let k = g.words.end;
                // (the comma form thanks for something: "Thank you, Mr President." alone is a
                // courtesy of the floor)
                let addressed = match sa.lowers.get(k..(k + 2).min(sa.len())) {
                    Some(["you", ","]) => syn.np_of_word(k + 2).filter(|&n| {
                        let e = syn.nps[n].words.end;
                        sa.lowers[e..sa.len().min(e + 2)].contains(&"for")
                    }),
                    Some(["you", "to"]) => syn.np_of_word(k + 2),
                    _ => None,
                };
                let target: Vec<Party> = addressed
                    .map(|n| parties(sa, actors, &syn.conjuncts_or_self(n)))
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|p| !p.place && !p.code.starts_with("---"))
                    .collect();
                if !target.is_empty() {
                    if let Some(source) = voice(doc, sa, actors, &quotes, v) {
                        let target = of_other_countries(&source, target);
                        if !target.is_empty() {
                            rule_event(
                                &mut out,
                                sa,
                                &rules.thank_you,
                                "051",
                                (source, target),
                                (g.head, g.head + 1),
                                modality_of(sa, v),
                            );
                            continue;
                        }
                    }
                }
            }
            let Some(f) = best else {
                // "I have invited Mr Mirziyoyev to the summit, and he has accepted the
                // invitation": the one invited earlier in the sentence accepts to meet the one
                // who invited (Lede)
                let accepts = accepts_invitation(sa, v);
                if !petr && !g.negated && accepts {
                    let src = parties(sa, actors, &subject);
                    // (a pronoun read as the inviter is the one invited: no one accepts their
                    // own invitation)
                    let pronoun = subject.iter().all(|&s| syn.nps[s].pronoun);
                    let unsaid = |a: &ActorRef| Party {
                        np: UNSAID,
                        place: false,
                        code: Cow::Owned(a.code.clone().unwrap_or_default()),
                        name: a.name.clone().map(Cow::Owned),
                    };
                    let pair = src.first().and_then(|p| {
                        out[sentence_first..].iter().find_map(|e: &Event| {
                            let (from, to) = (e.source.as_ref()?, e.target.as_ref()?);
                            fn key(a: &ActorRef) -> Option<&str> {
                                a.code.as_deref().and_then(side_key)
                            }
                            if e.code != "036" {
                                None
                            } else if key(to) == side_key(&p.code) {
                                Some((p.clone(), unsaid(from)))
                            } else if pronoun && key(from) == side_key(&p.code) {
                                Some((unsaid(to), unsaid(from)))
                            } else {
                                None
                            }
                        })
                    });
                    if let (Some((invited, inviter)), [_]) = (pair, src.as_slice()) {
                        rule_event(
                            &mut out,
                            sa,
                            &rules.accepted,
                            "036",
                            (vec![invited], vec![inviter]),
                            (g.head, g.head + 1),
                            modality_of(sa, v),
                        );
                        continue;
                    }
                }
                // "Vladimir Putin apologised for the tragic incident", "the Secretary
                // expressed his condolences for the loss of life in Goma": in the readout of a
                // call or meeting, a courtesy with no one named is to the other side (Lede)
                if let Some((a, b)) = meeting
                    .as_ref()
                    .filter(|_| !petr && !g.negated && sa.index <= meeting_at + 3)
                {
                    let (code, pattern) = match courtesy_code(sa, v) {
                        Some(c) => (Some(c), &rules.courtesy),
                        None => (accepts.then_some("036"), &rules.accepted),
                    };
                    let src = parties(sa, actors, &subject);
                    if let (Some(code), [p]) = (code, src.as_slice()) {
                        if let Some(o) = other_side(a, b, p) {
                            rule_event(
                                &mut out,
                                sa,
                                pattern,
                                code,
                                (vec![p.clone()], vec![o]),
                                (g.head, g.head + 1),
                                modality_of(sa, v),
                            );
                        }
                    }
                }
                // "Scholz called Putin on Friday": a person called, with no word after that
                // says what they were called, is a phone call, both ways (Lede)
                if !petr && !g.passive && !g.negated {
                    if let Some((a, b)) = phone_call(sa, actors, v, &subject) {
                        let modality = modality_of(sa, v);
                        for (x, y) in [(a.clone(), b.clone()), (b, a)] {
                            rule_event(
                                &mut out,
                                sa,
                                &rules.call,
                                "041",
                                (vec![x], vec![y]),
                                (g.head, g.head + 1),
                                modality,
                            );
                        }
                    }
                }
                if !petr {
                    // (not again when the verb of intention coded it: "pledged to fund
                    // two more systems for Ukraine")
                    for (src, tgt) in intended_dealings(sa, actors, v, &subject) {
                        let coded = out[sentence_first..].iter().any(|e: &Event| {
                            e.root == "03"
                                && e.source
                                    .as_ref()
                                    .and_then(|a| a.code.as_deref())
                                    .and_then(side_key)
                                    == side_key(&src.code)
                        });
                        if coded {
                            continue;
                        }
                        rule_event(
                            &mut out,
                            sa,
                            &rules.intent,
                            "030",
                            (vec![src], tgt),
                            (g.head, g.head + 1),
                            Modality::Future,
                        );
                    }
                }
                // PETRARCH-2: a verb the dictionary does not code passes what it acts on to
                // a verb that governs it ("signed an accord to supply Gondor")
                if petr2 && g.infinitive {
                    let nps = crate::petrarch_rules::uncoded_targets(sa, v);
                    let target = parties(sa, actors, &nps);
                    if !target.is_empty() {
                        pending.push(crate::petrarch_rules::VerbEvent {
                            v,
                            pattern: usize::MAX,
                            code: String::new(),
                            reverse: None,
                            source: Vec::new(),
                            target,
                        });
                    }
                }
                continue;
            };
            let pat = &lexicon.verbs[f.pattern];
            // PETRARCH-2 passives and passive-only codes: source in by/from/in phrases
            if petr2 {
                if let Some(p) = crate::petrarch_rules::passive_reading(sa, v, &pat.code, &subject)
                {
                    let source = if f.source.is_empty() {
                        parties(sa, actors, &p.source)
                    } else {
                        f.source.clone()
                    };
                    let target = if f.target.is_empty() {
                        parties(sa, actors, &p.target)
                    } else {
                        f.target.clone()
                    };
                    pending.push(crate::petrarch_rules::VerbEvent {
                        v,
                        pattern: f.pattern,
                        code: p.code,
                        reverse: None,
                        source,
                        target,
                    });
                    continue;
                }
            }
            let Some((code, reverse)) = resolve_code(&pat.code, g.passive) else {
                continue;
            };
            if only_intent && !code.starts_with("03") {
                continue;
            }
            // "we intend to expand cooperation", "stands ready to lift these measures": the
            // intention to do it (03), not the deed
            // "Technical teams will meet in Riyadh": a meeting, aid or support announced for
            // later is the intention to do it (036, 033, 032), as CAMEO codes it; other
            // roots keep their code, with the future modality
            let future = !petr && modality_of(sa, v) == Modality::Future;
            // (a meeting announced stays mutual: "the two teams will meet" both ways)
            let base_code = code.clone();
            let (code, reverse) = if threatened {
                match threat_of(&code) {
                    Some(c) => (c.to_string(), None),
                    None => continue,
                }
            } else if intended {
                match intent_code(&code) {
                    Some(c) => (c, None),
                    None => continue,
                }
            } else if future && !code.starts_with("16") {
                match intent_code(&code) {
                    Some(c) => (c, None),
                    None => (code, reverse),
                }
            } else {
                (code, reverse)
            };
            // "Should Hamas reject the deal, Israel would resume strikes on Gaza": force or
            // sanctions promised on a condition are a threat of them
            let (code, reverse) = match (!petr && conditional_main(sa, v))
                .then(|| threat_of(&code))
                .flatten()
            {
                Some(c) => (c.to_string(), None),
                None => (code, reverse),
            };
            // source: the pattern's, else the subject (active) or the agent (passive)
            let mut source = f.source.clone();
            let mut target = f.target.clone();
            // TABARI/PETRARCH: a compound `%` after the verb with a subject outside it is the
            // target of that subject ("Eriador agrees with the Philippines and France")
            if petr && pat.post.iter().any(|e| matches!(e, PatElem::Compound)) {
                let subj = parties(sa, actors, &subject);
                if !subj.is_empty() && !subj.iter().any(|p| target.iter().any(|t| t.code == p.code))
                {
                    source = subj;
                }
            }
            if source.is_empty() {
                // ("was summoned to the Foreign, Commonwealth and Development Office by the
                // Minister": a "by" phrase the parser left past a comma)
                let late_agent: Vec<usize> = if g.passive && clause.agent.is_empty() && !petr {
                    late_by_agent(sa, g.words.end)
                } else {
                    Vec::new()
                };
                let who = if !late_agent.is_empty() {
                    &late_agent
                } else if g.passive {
                    &clause.agent
                } else {
                    &subject
                };
                source = parties(sa, actors, who);
                // "Iran -- and its proxies operating out of Yemen -- launched ...": the subject
                // before a parenthetical between dashes, with those it acted "together with"
                if source.is_empty() && !g.passive && subject.is_empty() && !petr {
                    source = dash_subject(sa, actors, g.words.start);
                }
                // "Houthis launched an attack -- targeting American ships": the one who
                // launched the act of force a participle's subject names
                if !petr && source.iter().all(|p| p.code.starts_with("---")) {
                    let launcher = launcher_of(sa, actors, &subject, v);
                    if !launcher.is_empty() {
                        source = launcher;
                    }
                }
                // "U.S. forces -- together with the United Kingdom -- conducted strikes"
                if !source.is_empty() && !g.passive && !petr {
                    let from = clause
                        .subject
                        .iter()
                        .map(|&n| syn.nps[n].words.end)
                        .max()
                        .unwrap_or(g.words.start);
                    for q in co_agents(sa, actors, from, g.words.start) {
                        if !source.iter().any(|o| o.code == q.code) {
                            source.push(q);
                        }
                    }
                    // "Spain recognised a Palestinian state, along with Ireland and Norway":
                    // those it acted along with, after a comma at the clause's end
                    let k = (g.words.end + 1..sa.len().saturating_sub(2)).find(|&k| {
                        sa.lowers[k - 1] == ","
                            && matches!(sa.lowers[k], "along" | "together")
                            && sa.lowers[k + 1] == "with"
                    });
                    if let Some(np) = k.and_then(|k| syn.np_of_word(k + 2)) {
                        let group = syn.conjuncts_or_self(np);
                        let ends_clause = group
                            .iter()
                            .map(|&m| syn.nps[m].words.end)
                            .max()
                            .is_some_and(|e| {
                                sa.lowers
                                    .get(e)
                                    .is_none_or(|w| matches!(*w, "." | "," | ";"))
                            });
                        if ends_clause {
                            for q in parties(sa, actors, &group) {
                                if country_of(&q.code).is_some()
                                    && !source.iter().any(|o| o.code == q.code)
                                {
                                    source.push(q);
                                }
                            }
                        }
                    }
                }
                // "Drones launched by the RSF struck ...": the agent of a participle that
                // modifies the subject
                if !g.passive && source.iter().all(|p| p.code.starts_with("---")) {
                    let agent = participle_agent(sa, actors, who);
                    if !agent.is_empty() {
                        source = agent;
                    }
                }
                // "2. Strongly condemns the attacks ...": an operative paragraph of a
                // communique, whose subject is its author
                if source.is_empty() && !petr && operative_paragraph(sa, v) {
                    source.extend(author_party(actors));
                }
                // "Bangladesh's envoy was summoned to India's foreign ministry": who summons is
                // the ministry the envoy was summoned to
                if source.is_empty() && !petr && g.passive && pat.lemma == "summon" {
                    for pp in clause.preps.iter().filter(|pp| sa.lowers[pp.prep] == "to") {
                        source.extend(parties(sa, actors, &pp.nps));
                    }
                }
                // "Al-Zubaidi is being designated pursuant to E.O. 13224": a sanction in the
                // passive with no agent, in a statement, is the author's own act
                if source.is_empty()
                    && !petr
                    && g.passive
                    && clause.agent.is_empty()
                    && code.starts_with("16")
                    && !sa.quoted.get(g.head).copied().unwrap_or(false)
                {
                    source.extend(author_party(actors));
                }
            }
            if target.is_empty() && g.passive {
                target = parties(sa, actors, &subject);
            }
            if target.is_empty() {
                let mut cands: Vec<usize> = clause.objects.clone();
                let mut in_locative = false;
                for pp in &clause.preps {
                    // "in the Sea of Japan": an "of" after a place phrase is still the place
                    if !petr && sa.lowers[pp.prep] == "of" && in_locative {
                        continue;
                    }
                    in_locative = false;
                    // "in Cairo", "on Tuesday" say where and when, not to whom
                    let locative = matches!(
                        sa.lowers[pp.prep],
                        "by" | "in"
                            | "at"
                            | "near"
                            | "during"
                            | "after"
                            | "before"
                            | "since"
                            | "on"
                            | "inside"
                            | "outside"
                            | "across"
                            | "throughout"
                    );
                    if petr || !locative {
                        cands.extend(pp.nps.iter().copied());
                    } else {
                        in_locative = true;
                    }
                }
                // with Lede's dictionaries an agent with no country ("84 prisoners") is no
                // side: it leaves a compound subject to act among itself
                if let Some(first) = cands.iter().find_map(|&n| {
                    owner(sa, actors, n, 0)
                        .filter(|p| petr || !p.code.starts_with("---"))
                        .map(|_| n)
                        // "work closely with both parties": the actors named together before
                        .or_else(|| {
                            (!petr
                                && actors
                                    .reading(sa.index, n)
                                    .is_some_and(|r| !r.members.is_empty()))
                            .then_some(n)
                        })
                }) {
                    target = parties(sa, actors, syn.conjuncts(first));
                }
            }
            if target.is_empty() {
                if let Some(ante) = clause.relative_object {
                    target.extend(owner(sa, actors, ante, 0));
                }
            }
            // PETRARCH-1/TABARI: else the first actor after the verb with another code
            if petr && target.is_empty() && crate::petrarch_rules::is_linear(lexicon) {
                let codes: Vec<&str> = source.iter().map(|p| p.code.as_ref()).collect();
                let nps = crate::petrarch_rules::first_actor_after(sa, actors, g, &codes);
                target = parties(sa, actors, &nps);
            }
            // mutual actions ("X and Y met", "signed an agreement with") go both ways
            // "destroy Syria's chemical weapons stockpiles": disarmament, not an attack
            // (weapons used against someone are the attack: "used chemical weapons against
            // Ukrainian troops")
            let used = sa.lowers[g.head].starts_with("us")
                || sa.lowers[g.head + 1..sa.len().min(g.head + 8)]
                    .iter()
                    .any(|w| matches!(*w, "against" | "on"));
            if !petr
                && !used
                && matches!(code.get(..2), Some("18" | "19" | "20"))
                && sa.lowers[g.head + 1..sa.len().min(g.head + 7)]
                    .iter()
                    .take_while(|w| !matches!(**w, "," | "." | ";" | "and"))
                    .any(|w| {
                        matches!(
                            *w,
                            "weapons"
                                | "stockpiles"
                                | "stockpile"
                                | "arsenal"
                                | "arsenals"
                                | "munitions"
                                | "warheads"
                        )
                    })
            {
                continue;
            }
            // "the ICC's illegitimate actions targeting America", "sanctions targeting Iran": a
            // participle "targeting" after a noun that is no use of force is no attack
            if !petr
                && pat.lemma == "target"
                && sa.tags[g.head] == Tag::VBG
                && g.head >= 1
                && matches!(
                    sa.tags[g.head - 1],
                    Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS
                )
                && !HOSTILE_NOUNS.contains(&sa.lowers[g.head - 1])
                && !matches!(
                    sa.lowers[g.head - 1],
                    "missile"
                        | "missiles"
                        | "drone"
                        | "drones"
                        | "rocket"
                        | "rockets"
                        | "barrage"
                        | "assaults"
                        | "ambush"
                        | "fire"
                        | "operation"
                        | "operations"
                        | "forces"
                        | "troops"
                        | "fighters"
                        | "militants"
                        | "gunmen"
                )
            {
                continue;
            }
            // "condemns the killing of two citizens of Azerbaijan ... during a raid carried
            // out by officers of the Russian Federation", "we reject the version put forward
            // by the Russian side": what is disapproved was done by the "by" phrase, who is
            // the target (not the source's own people who suffered it)
            if !petr
                && matches!(code.get(..2), Some("11" | "12"))
                && !source.is_empty()
                && target.iter().all(|t| {
                    source.iter().any(|s| {
                        country_of(&s.code).is_some() && country_of(&s.code) == country_of(&t.code)
                    })
                })
            {
                let doers = disapproved_doers(sa, actors, g.words.end, &source);
                if !doers.is_empty() {
                    target = doers;
                }
            }
            // "expelled a Russian diplomat", "expelled the ambassador": expelling diplomats
            // breaks off relations (161), not the expulsion of a person (174)
            let code = if !petr
                && code.starts_with("174")
                && !target.is_empty()
                && target.iter().all(|t| {
                    t.np != UNSAID
                        && matches!(
                            sa.lowers[syn.nps[t.np].head],
                            "diplomat"
                                | "diplomats"
                                | "ambassador"
                                | "ambassadors"
                                | "envoy"
                                | "envoys"
                                | "attache"
                                | "attaché"
                                | "consul"
                                | "consuls"
                                | "charge"
                                | "chargé"
                        )
                }) {
                "161".to_string()
            } else {
                code
            };
            let mutual = !petr && is_mutual(&code);
            // ("the two teams will meet": both sides intend it; "we will engage with Iran":
            // only the speaker does)
            let mutual_intent = !petr && future && is_mutual(&base_code);
            // ("they will remain in contact with their European partners": with others)
            let with_others = !petr
                && clause.preps.iter().any(|p| {
                    sa.lowers[p.prep] == "with"
                        && p.nps.iter().all(|&n| owner(sa, actors, n, 0).is_none())
                });
            // "the two leaders reaffirmed the strength of the U.S.-India partnership": a
            // symmetric verb whose object names only the sides themselves is among them
            if !petr
                && pat.symmetric
                && source
                    .iter()
                    .filter_map(|p| country_of(&p.code))
                    .collect::<FxHashSet<_>>()
                    .len()
                    >= 2
                && !target.is_empty()
                && target.iter().all(|t| {
                    country_of(&t.code).is_some()
                        && source
                            .iter()
                            .any(|s| country_of(&s.code) == country_of(&t.code))
                })
            {
                target.clear();
            }
            // "the two leaders discussed the situation around Ukraine": what two sides discuss
            // is their topic, not a third side
            if !petr && pat.symmetric && pat.lemma == "discuss" && pat.post.is_empty() {
                target.clear();
            }
            let compound_only = target.is_empty() && source.len() >= 2 && !with_others;
            // "X and Y agreed": an agreement between them
            // (only "agree": "X and Y commit to support ..." is not a commitment to each other)
            let agreed = !petr && code.starts_with("03") && pat.lemma == "agree";
            // "the two leaders invited each other": reciprocal
            let reciprocal = !petr
                && (g.head + 1..sa.len().saturating_sub(1)).any(|k| {
                    matches!(
                        (sa.lowers[k], sa.lowers[k + 1]),
                        ("each", "other") | ("one", "another")
                    )
                });
            // (a list of more than four is a list, not a meeting)
            let among = pat.symmetric || mutual || mutual_intent || agreed || reciprocal;
            if among && compound_only && source.len() <= 4 {
                target = source.clone();
            }
            // "Xi Jinping and the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan
            // and Uzbekistan signed a treaty": one side named first and a group of the others,
            // a summit of the first with each of them (both ways)
            let mut hub = false;
            if among && compound_only && source.len() > 4 && subject.len() == 2 {
                let first = source.iter().filter(|p| p.np == subject[0]).count();
                if first == 1 && source.iter().skip(1).all(|p| p.np == subject[1]) {
                    target = source.split_off(1);
                    hub = true;
                }
            }
            // with an explicit other side, only the "with" forms are mutual ("signed agreements
            // with", "met with", "met X"); "briefed X" and "summoned X" are not
            // ("spoke by phone to X": a call is mutual too)
            let with_form = pat.post.iter().any(
                |e| matches!(e, PatElem::Word(w) if w == "with" || w == "phone" || w == "telephone"),
            )
                || matches!(pat.lemma.as_str(), "meet" | "negotiate" | "cooperate")
                // ("spoke to X", "talked to X": a conversation, as "spoke with X")
                || matches!(pat.lemma.as_str(), "speak" | "talk")
                    && pat.post.iter().any(|e| matches!(e, PatElem::Word(w) if w == "to"))
                // ("phoned X", "called X to discuss", "received a call from X": a call is a
                // conversation)
                || code.starts_with("041");
            let reverse = reverse
                .or_else(|| ((mutual && with_form && !compound_only) || hub).then(|| code.clone()));
            // "X was invited to <place>": the host country invites
            if source.is_empty() && g.passive && pat.lemma == "invite" {
                if let Some(pp) = clause.preps.iter().find(|p| sa.lowers[p.prep] == "to") {
                    let n = &syn.nps[pp.nps[0]];
                    let span =
                        doc.norm_span_of_tokens(sa.first + n.words.start..sa.first + n.words.end);
                    if let Some((id, _)) = places.within(span).next() {
                        if let Some(c) = lede_geo::Gazetteer::embedded().entry(*id).country.clone()
                        {
                            source.push(Party {
                                np: pp.nps[0],
                                code: Cow::Owned(c),
                                name: None,
                                place: false,
                            });
                        }
                    }
                }
            }
            // PETRARCH: verbs interact before anything is coded (petrarch_rules::combine)
            if petr {
                let code = if petr2 && g.negated {
                    crate::petrarch_rules::negated_code(lexicon, &code)
                } else {
                    code
                };
                pending.push(crate::petrarch_rules::VerbEvent {
                    v,
                    pattern: f.pattern,
                    code,
                    reverse,
                    source,
                    target,
                });
                continue;
            }
            // (only the verb right before: "if it did not halt the operation and lift
            // restrictions" shares nothing with the verbs before the "if")
            if !petr && target.is_empty() && clause.subject_rule == "coordinated-vp" {
                // ("said India killed civilians and vowed to retaliate": not the reported
                // verb's, whose subject is another)
                if let Some((_, t)) = prev_target.as_ref().filter(|(u, _)| {
                    (u + 1..v).all(|w| syn.vgs[w].nonfinite)
                        && syn.clauses[*u].subject == clause.subject
                }) {
                    target = t
                        .iter()
                        .filter(|p| !source.iter().any(|q| q.code == p.code))
                        .cloned()
                        .collect();
                }
            }
            if !target.is_empty() {
                prev_target = Some((v, target.clone()));
            }
            // "called for the unimpeded delivery of humanitarian aid to the Gaza Strip": where
            // the aid asked for goes is no one asked
            if !petr && code.starts_with("02") && pat.lemma == "call" {
                target.retain(|t| {
                    if t.np >= syn.nps.len() {
                        return true;
                    }
                    // (the first of its list: "to the Gaza Strip and Lebanon")
                    let s = syn
                        .conjuncts_or_self(t.np)
                        .iter()
                        .map(|&m| syn.nps[m].words.start)
                        .min()
                        .unwrap_or(syn.nps[t.np].words.start);
                    !(s >= 1
                        && matches!(sa.lowers[s - 1], "to" | "into" | "for")
                        && (g.words.end..s - 1).any(|k| {
                            matches!(
                                sa.lowers[k],
                                "aid"
                                    | "assistance"
                                    | "delivery"
                                    | "deliveries"
                                    | "access"
                                    | "supplies"
                                    | "relief"
                                    | "entry"
                                    | "flow"
                            )
                        }))
                });
                if target.is_empty() {
                    continue;
                }
            }
            // "asked President Zelenskyy about the children": a question, not a request
            if !petr
                && code.starts_with("02")
                && pat.lemma == "ask"
                && clause.objects.iter().any(|&o| {
                    sa.lowers
                        .get(syn.nps[o].words.end)
                        .is_some_and(|w| *w == "about")
                })
            {
                continue;
            }
            // a request or an intention with no addressee in a readout of a meeting or call
            // is addressed to the other side ("Zelenskyy asked for additional air defense
            // systems", "we intend to expand cooperation in energy")
            // ("we want to strengthen our partnership": "our" partnership is no addressee)
            if !petr
                && !target.is_empty()
                && code.starts_with("03")
                && target.iter().all(|t| {
                    // (not "Our three countries will strengthen cooperation": the subject's
                    // members acting among themselves)
                    !source.iter().any(|p| p.np == t.np)
                        && matches!(sa.lowers[syn.nps[t.np].words.start], "our" | "my")
                        && source.iter().any(|p| {
                            country_of(&p.code).is_some()
                                && country_of(&p.code) == country_of(&t.code)
                        })
                })
            {
                target.clear();
            }
            // "Trump, who brokered the agreement": mediation of an agreement named without
            // its sides is between the two sides last seen acting together
            if !petr
                && target.is_empty()
                && (code.starts_with("045") || code.starts_with("039"))
                && clause
                    .objects
                    .iter()
                    .chain(if g.passive { &clause.subject[..] } else { &[] })
                    .any(|&o| AGREEMENT_NOUNS.contains(&sa.lowers[syn.nps[o].head]))
            {
                if let Some((a, b)) = &pair {
                    for p in [a, b] {
                        if !source
                            .iter()
                            .any(|s| country_of(&s.code) == country_of(&p.code))
                        {
                            target.push(Party {
                                np: UNSAID,
                                ..p.clone()
                            });
                        }
                    }
                }
            }
            // "Mujahid rejected the accusation", "Caracas rebuffed the criticism": a rejection
            // of an accusation named without its author answers the latest accuser, when
            // the one rejecting is who was accused
            if !petr && target.is_empty() && (code.starts_with("12") || code.starts_with("11")) {
                let rebuttal = clause.objects.iter().any(|&o| {
                    matches!(
                        sa.lowers[syn.nps[o].head],
                        "accusation"
                            | "accusations"
                            | "allegation"
                            | "allegations"
                            | "criticism"
                            | "criticisms"
                            | "charge"
                            | "charges"
                            | "claim"
                            | "claims"
                            | "assertion"
                            | "assertions"
                    )
                });
                // "I reject the claim that the United States has a trade deficit with
                // Brazil": the claim is the other country's, about itself
                let about = clause
                    .objects
                    .iter()
                    .find(|&&o| {
                        CLAIM_NOUNS.contains(&sa.lowers[syn.nps[o].head])
                            && sa
                                .lowers
                                .get(syn.nps[o].words.end)
                                .is_some_and(|w| *w == "that")
                    })
                    .and_then(|&o| syn.np_of_word(syn.nps[o].words.end + 1))
                    .and_then(|n| owner(sa, actors, n, 0))
                    .filter(|p| {
                        !p.place
                            && country_of(&p.code).is_some()
                            && !source
                                .iter()
                                .any(|s| country_of(&s.code) == country_of(&p.code))
                    });
                if let Some(p) = about {
                    target.push(p);
                } else if let Some((accuser, accused)) = accusation.as_ref().filter(|_| rebuttal) {
                    if source.iter().any(|p| {
                        country_of(&p.code).is_some()
                            && country_of(&p.code) == country_of(&accused.code)
                    }) {
                        target.push(Party {
                            np: UNSAID,
                            ..accuser.clone()
                        });
                    }
                }
            }
            // "all parties", "the warring parties": the sides of a conflict, never a group
            // the source belongs to ("working with Israel ... The President calls on all
            // parties")
            if !petr
                && target.iter().any(|t| {
                    belligerent_phrase(sa, t.np)
                        && source.iter().any(|p| {
                            country_of(&p.code).is_some()
                                && country_of(&p.code) == country_of(&t.code)
                        })
                })
            {
                let np = target
                    .iter()
                    .find(|t| belligerent_phrase(sa, t.np))
                    .map(|t| t.np);
                target.retain(|t| Some(t.np) != np);
            }
            // ("Minister Wang welcomed these measures", after a meeting: the other side's)
            if !petr
                && target.is_empty()
                && (matches!(code.get(..2), Some("02" | "03"))
                    || code.starts_with("05") && welcomed_these)
            {
                if let Some((a, b)) = &meeting {
                    // (the side by its country: "Russia" after "Putin held talks with ...")
                    let side = |p: &Party, q: &Party| {
                        p.code == q.code
                            || country_of(&p.code).is_some()
                                && country_of(&p.code) == country_of(&q.code)
                    };
                    let other = if source.iter().any(|p| side(p, a)) {
                        Some(b)
                    } else if source.iter().any(|p| side(p, b)) {
                        Some(a)
                    } else {
                        None
                    };
                    if let Some(o) = other {
                        target.push(Party {
                            np: source[0].np,
                            ..o.clone()
                        });
                    }
                }
            }
            // "He warned that Paris would respond firmly", "The Ministry reserves the right to
            // take additional measures", "condemn this hostile act": a threat, a rejection
            // or a condemnation of "this" with no addressee answers the other side of the
            // latest hostile act between two countries, in the last few sentences, when the
            // source is one of its sides
            // ("India recalled its ambassador": its own envoy is no side)
            if !petr && code == "161" && !target.is_empty() {
                target = of_other_countries(&source, std::mem::take(&mut target));
            }
            if !petr && target.is_empty() && !source.is_empty() {
                let demonstrative = clause.objects.iter().any(|&o| {
                    matches!(
                        sa.lowers[syn.nps[o].words.start],
                        "this" | "these" | "such" | "that" | "those"
                    )
                });
                // ("decided to withdraw the High Commissioner": from the other side)
                let answers = matches!(code.get(..2), Some("12" | "13"))
                    || code.starts_with("11") && demonstrative
                    || code == "161";
                if answers {
                    target.extend(answer_to(hostile.as_ref(), &source, sa.index));
                }
                // "welcomed the vote", "condemned the decision": the act a verb named
                // before, in this sentence or the three before, by someone of another side
                if target.is_empty() && matches!(code.get(..2), Some("05" | "11" | "12")) {
                    let nouns: Vec<&str> = clause
                        .objects
                        .iter()
                        .filter(|&&o| owner(sa, actors, o, 0).is_none())
                        .flat_map(|&o| {
                            let h = sa.lowers[syn.nps[o].head];
                            ACT_NOUN_VERBS
                                .iter()
                                .filter(move |(n, _)| *n == h)
                                .map(|(_, v)| *v)
                        })
                        .collect();
                    // (sanctions, measures and tariffs stay the topic longer than a vote)
                    let lasting = nouns.iter().any(|v| *v == "impos" || *v == "adopt");
                    let doer = recent_acts.iter().rev().find(|(form, p, k)| {
                        sa.index <= k + if lasting { 10 } else { 3 }
                            && nouns.iter().any(|v| form.starts_with(v))
                            && !source
                                .iter()
                                .any(|s| side_key(&s.code) == side_key(&p.code))
                    });
                    if let Some((_, p, _)) = doer {
                        target.push(Party {
                            np: UNSAID,
                            ..p.clone()
                        });
                    }
                }
            }
            // "The EU condemns in the strongest terms the indiscriminate use of force": the
            // statement's own condemnation of what no one is named for is of the country its
            // title is about (Lede)
            // (not an evil in general: "We denounce terrorism in all its forms")
            let general = clause.objects.iter().any(|&o| {
                matches!(
                    sa.lowers[syn.nps[o].head],
                    "terrorism" | "extremism" | "antisemitism" | "racism" | "hatred" | "xenophobia"
                )
            });
            // (or only people of no country: "condemns the killings of civilians")
            let countryless = target
                .iter()
                .all(|t| country_of(&t.code).is_none() && !t.code.starts_with("IGO"));
            if !petr && countryless && code.starts_with("11") && !general {
                if let (Some(t), Some(a)) = (topic.as_ref(), author_party(actors)) {
                    if source.len() == 1 && side_key(&source[0].code) == side_key(&a.code) {
                        target.clear();
                        target.push(Party {
                            np: UNSAID,
                            place: false,
                            code: Cow::Owned(t.clone()),
                            name: None,
                        });
                    }
                }
            }
            // "Jaishankar called on the Amir during the visit": calling on someone with no
            // appeal after it ("to ...", "for ...") is a courtesy call (042)
            let code = if !petr
                && code.starts_with("02")
                && pat.lemma == "call"
                && pat.post.len() == 2
                && matches!(&pat.post[0], PatElem::Word(w) if w == "on")
                && matches!(pat.post[1], PatElem::Target)
                && target.first().is_some_and(|t| {
                    let end = sa.syntax.nps.get(t.np).map_or(usize::MAX, |n| n.words.end);
                    // ("called on Muizzu, who thanked China for its support": a relative
                    // clause says nothing of the call; "call on China, which has influence
                    // over X, to use it": the words after its comma still do)
                    let mut said: Vec<&str> = Vec::new();
                    let mut k = end;
                    while k < sa.len() {
                        if matches!(sa.lowers[k], "who" | "whom" | "whose" | "which") {
                            k = (k..sa.len())
                                .find(|&c| sa.lowers[c] == ",")
                                .unwrap_or(sa.len());
                        } else {
                            said.push(sa.lowers[k]);
                        }
                        k += 1;
                    }
                    end < sa.len()
                        && !said.iter().any(|w| {
                            matches!(
                                *w,
                                "to" | "for"
                                    | "not"
                                    | "against"
                                    | "saying"
                                    | "urging"
                                    | "demanding"
                                    | "asking"
                                    | ":"
                                    | "\""
                                    | "\u{201c}"
                            )
                        })
                }) {
                "042".to_string()
            } else {
                code
            };
            // "Vietnam strongly protested the attack", "expressed strong protest to the
            // ambassador": a government protesting complains officially (114); people
            // protesting dissent (140)
            let code = if !petr
                && code.starts_with("140")
                && !source.is_empty()
                && source.iter().all(|p| {
                    // (not "Thousands of Greeks protested": a plural of people)
                    let people = syn
                        .nps
                        .get(p.np)
                        .is_none_or(|n| matches!(sa.tags[n.head], Tag::NNS | Tag::NNPS));
                    country_of(&p.code).is_some()
                        && !people
                        && (p.code.len() == 3 || p.code[3..].starts_with("GOV"))
                })
                && target.iter().all(|t| {
                    country_of(&t.code)
                        .is_some_and(|c| source.iter().all(|p| country_of(&p.code) != Some(c)))
                }) {
                "114".to_string()
            } else {
                code
            };
            // "Mali, Burkina Faso and Niger are withdrawing from ECOWAS": leaving an
            // international organisation reduces relations with it (160), no retreat
            let code = if !petr
                && code.starts_with("087")
                && !target.is_empty()
                && target.iter().all(|t| t.code.starts_with("IGO"))
            {
                "160".to_string()
            } else {
                code
            };
            // "Protesters attacked the embassy", "crowds stormed the embassies of X": force
            // used by people in the street is a violent protest (145), not an armed attack
            let code = if !petr
                && matches!(code.get(..2), Some("18" | "19"))
                && !source.is_empty()
                && source.iter().all(|p| {
                    syn.nps.get(p.np).is_some_and(|n| {
                        crate::actors::PROTESTER_NOUNS.contains(&sa.lowers[n.head])
                    })
                }) {
                "145".to_string()
            } else {
                code
            };
            // "killed more than 1,000 civilians", "massacred hundreds of villagers": a mass
            // killing (202)
            let code = if !petr
                && (code.starts_with("18") || code.starts_with("19"))
                && matches!(
                    pat.lemma.as_str(),
                    "kill" | "massacre" | "slaughter" | "execute" | "murder"
                )
                && target.first().is_some_and(|t| mass_of_people(sa, t.np))
            {
                "202".to_string()
            } else {
                code
            };
            // "Kenyan police arrested opposition leader X": the people a state's forces
            // arrest, detain or jail with no country of their own named are its own; "Nigerians
            // rallied against the government": so is the government people protest against
            if !petr && (code.starts_with("17") || code.starts_with("14")) {
                if let Some(c) = source.first().and_then(|p| country_of(&p.code)) {
                    let c = c.to_string();
                    let mut own = false;
                    for t in target.iter_mut() {
                        // (not "foreign embassies": a mission is another country's)
                        if foreign_or_mission(sa, t.np) {
                            continue;
                        }
                        if let Some(role) = t.code.strip_prefix("---") {
                            t.code = Cow::Owned(format!("{c}{role}"));
                            own = true;
                        }
                    }
                    // ("Nigerians rallied against the government": the people, not the state)
                    if own && code.starts_with("14") {
                        for s in source.iter_mut().filter(|s| s.code.len() == 3) {
                            s.code = Cow::Owned(format!("{}CVL", s.code));
                        }
                    }
                }
            }
            // "Pakistan's army said Indian shelling had killed five civilians": people of no
            // country that another country's force harmed, in that country's account, are its
            // own (Lede)
            if !petr && matches!(code.get(..2), Some("18" | "19" | "20")) {
                let own = source.first().and_then(|p| country_of(&p.code));
                let teller = clause
                    .complement_of
                    .and_then(|u| {
                        parties(sa, actors, &sa.syntax.clauses[u].subject)
                            .into_iter()
                            .find_map(|p| country_of(&p.code).map(str::to_string))
                    })
                    .filter(|c| own.is_some_and(|o| o != c));
                if let Some(c) = teller {
                    for t in target.iter_mut() {
                        if let Some(role) = t.code.strip_prefix("---") {
                            if matches!(role, "CVL" | "") {
                                t.code = Cow::Owned(format!("{c}{role}"));
                            }
                        }
                    }
                }
            }
            if !petr
                && matches!(
                    code.get(..2),
                    Some(
                        "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20"
                    )
                )
                && !source.is_empty()
                && !target.is_empty()
                && side_key(&source[0].code).is_some()
                && side_key(&target[0].code).is_some()
                && side_key(&source[0].code) != side_key(&target[0].code)
            {
                hostile = Some((source[0].clone(), target[0].clone(), sa.index));
            }
            if !petr && code.starts_with("04") && source.len() == 1 && target.len() == 1 {
                meeting = Some((source[0].clone(), target[0].clone()));
                meeting_at = sa.index;
            }
            if !petr && code.starts_with("11") && source.len() == 1 && target.len() == 1 {
                accusation = Some((source[0].clone(), target[0].clone()));
            }
            if !petr
                && pat.symmetric
                && source.len() == 2
                && country_of(&source[0].code) != country_of(&source[1].code)
            {
                pair = Some((source[0].clone(), source[1].clone()));
            }
            let (s, t) = (or_unknown(source), or_unknown(target));
            emit(
                &mut out,
                doc,
                sa,
                input,
                dates,
                places,
                petr,
                pat,
                &code,
                &s,
                &t,
                (g.head, g.head + 1),
                modality_of(sa, v),
            );
            if let Some(rc) = reverse {
                emit(
                    &mut out,
                    doc,
                    sa,
                    input,
                    dates,
                    places,
                    petr,
                    pat,
                    &rc,
                    &t,
                    &s,
                    (g.head, g.head + 1),
                    modality_of(sa, v),
                );
            }
            // "call on X to investigate ..., to repeal ... and to begin a dialogue": each
            // action asked for with a code of its own is a request of its own
            if !petr && matches!(code.get(..2), Some("02" | "10")) {
                let mut codes = vec![code.clone()];
                for &pi in &matched {
                    let other = &lexicon.verbs[pi];
                    let Some((c, _)) = resolve_code(&other.code, g.passive) else {
                        continue;
                    };
                    // the bare request ("call on +": 020) adds nothing
                    if c.get(..2) != code.get(..2) || c.ends_with('0') && c.len() == 3 {
                        continue;
                    }
                    if codes.contains(&c) {
                        continue;
                    }
                    codes.push(c.clone());
                    emit(
                        &mut out,
                        doc,
                        sa,
                        input,
                        dates,
                        places,
                        petr,
                        other,
                        &c,
                        &s,
                        &t,
                        (g.head, g.head + 1),
                        modality_of(sa, v),
                    );
                }
            }
        }
        for e in
            crate::petrarch_rules::combine(sa, lexicon, pending, |p: &Party| p.code.to_string())
        {
            let Some(pat) = lexicon.verbs.get(e.pattern) else {
                continue;
            };
            let head = syn.vgs[e.v].head;
            let mut target = e.target;
            // PETRARCH-2: a compound source with no target cooperates among itself
            if target.is_empty()
                && e.source.len() >= 2
                && matches!(e.code.get(..2), Some("03" | "04" | "05" | "06"))
            {
                target = e.source.clone();
            }
            let (s, t) = (or_unknown(e.source), or_unknown(target));
            emit(
                &mut out,
                doc,
                sa,
                input,
                dates,
                places,
                petr,
                pat,
                &e.code,
                &s,
                &t,
                (head, head + 1),
                modality_of(sa, e.v),
            );
            if let Some(rc) = e.reverse {
                emit(
                    &mut out,
                    doc,
                    sa,
                    input,
                    dates,
                    places,
                    petr,
                    pat,
                    &rc,
                    &t,
                    &s,
                    (head, head + 1),
                    modality_of(sa, e.v),
                );
            }
        }
        // event nouns: "Russia's demand for Ukrainian forces to withdraw"
        for (ni, n) in syn.nps.iter().enumerate() {
            if petr && sa.quoted[n.head] {
                continue;
            }
            // (and "n:air strikes in +" for "Pakistani air strikes in Afghanistan": the
            // patterns of the modifier right before the head, matched from the head on)
            let head_pats = lexicon.noun_patterns(sa.lowers[n.head]);
            let modifier = n
                .head
                .checked_sub(1)
                .filter(|&k| !petr && k >= n.words.start);
            let modifier_pats = modifier.map_or(&[][..], |k| lexicon.noun_patterns(sa.lowers[k]));
            if head_pats.is_empty() && modifier_pats.is_empty() {
                continue;
            }
            let pats = head_pats
                .iter()
                .map(|&pi| (pi, n.head + 1))
                .chain(modifier_pats.iter().map(|&pi| (pi, n.head)));
            // "Hungary should address its complaints to Moscow", "did not lodge a protest":
            // the act a noun names is no more real than the verb it is the object of
            if !petr
                && syn.clauses.iter().enumerate().any(|(v, c)| {
                    (c.objects.contains(&ni) || c.preps.iter().any(|p| p.nps.contains(&ni)))
                        && matches!(
                            modality_of(sa, v),
                            Modality::Hypothetical | Modality::Negated
                        )
                })
            {
                continue;
            }
            // "ahead of Lee's first summit with Trump", "before next week's talks": a meeting
            // still to come is no act yet
            let s0 = n
                .possessor
                .map_or(n.words.start, |p| syn.nps[p].words.start.min(n.words.start));
            if !petr
                && (s0 >= 2
                    && matches!(
                        (sa.lowers[s0 - 2], sa.lowers[s0 - 1]),
                        ("ahead", "of") | ("prior", "to") | ("in", "preparation")
                    )
                    // ("a statement on Iran's cooperation with the IAEA", "talks about the
                    // deployment of troops": the topic, not an act)
                    || s0 >= 1
                        && matches!(
                            sa.lowers[s0 - 1],
                            "before" | "for" | "on" | "about" | "regarding" | "concerning"
                        )
                    || sa.lowers[n.words.clone()].iter().any(|w| {
                        matches!(
                            *w,
                            "upcoming"
                                | "planned"
                                | "forthcoming"
                                | "next"
                                | "future"
                                | "proposed"
                                | "possible"
                                | "potential"
                        )
                    }))
            {
                continue;
            }
            // the source: its possessor ("Russia's demand") or a "by" phrase after it ("a
            // months-long siege by the Rapid Support Forces")
            // (or for an act of force, a "from" phrase: "attacks from the regime in Iran
            // against Israel")
            let force = !petr
                && (HOSTILE_NOUNS.contains(&sa.lowers[n.head]) || sa.lowers[n.head] == "fire");
            let by_agent = || {
                let k = (n.words.end..sa.len().min(n.words.end + 2))
                    .find(|&k| sa.lowers[k] == "by" || force && sa.lowers[k] == "from")?;
                owner(sa, actors, sa.syntax.np_of_word(k + 1)?, 0)
            };
            // in a quotation with no owner: the speaker's ("a feeling of pride and gratitude
            // to President Trump," said President Aliyev)
            let speaker = || {
                if petr || !sa.quoted[n.head] {
                    return None;
                }
                let tok = doc.raw_span_of_tokens(sa.first + n.head..sa.first + n.head + 1);
                let sp = quotes
                    .iter()
                    .find(|q| q.start <= tok.start && tok.end <= q.end)
                    .and_then(|q| q.speaker.as_ref())?;
                Some(Party {
                    np: sa.syntax.np_of_word(n.head)?,
                    place: false,
                    code: Cow::Owned(sp.code.clone()?),
                    name: sp.name.clone().map(Cow::Owned),
                })
            };
            // "After talks with Rahmon, Japarov said", "Speaking after his meeting with Wang,
            // Blinken told reporters": a meeting named in a phrase opening the sentence is that
            // of the main clause's subject
            let fronted = || {
                if petr
                    || !(MEETING_NOUNS.contains(&sa.lowers[n.head])
                        || matches!(sa.lowers[n.head], "conversation" | "call" | "summit"))
                {
                    return None;
                }
                let p = s0.checked_sub(1)?;
                if !matches!(sa.lowers[p], "after" | "following") || p > 1 {
                    return None;
                }
                if p == 1
                    && !matches!(
                        sa.lowers[0],
                        "speaking" | "shortly" | "just" | "immediately" | "soon"
                    )
                {
                    return None;
                }
                let comma = (n.words.end..sa.len()).find(|&k| sa.lowers[k] == ",")?;
                let c = syn.clauses.iter().find(|c| {
                    c.subject
                        .first()
                        .is_some_and(|&x| syn.nps[x].words.start > comma)
                })?;
                owner(sa, actors, c.subject[0], 0)
            };
            // "The EU reiterates its call on Russia to ...", "renewed his appeal to": a
            // possessive determiner on the object of a verb is that verb's subject
            let determiner_owner = || {
                if petr || !matches!(sa.lowers[n.words.start], "its" | "his" | "her" | "their") {
                    return None;
                }
                // (a verb that says it again, not one that ends or lifts it: "lifted its
                // ban", "cease its support")
                let v = syn.clauses.iter().position(|c| c.objects.contains(&ni))?;
                let head = sa.lowers[syn.vgs[v].head];
                if syn.vgs[v].infinitive
                    || ![
                        "reiterat", "renew", "repeat", "restat", "reaffirm", "underlin", "voic",
                        "express", "issu", "made", "make", "extend", "convey", "stress",
                    ]
                    .iter()
                    .any(|p| head.starts_with(p))
                {
                    return None;
                }
                owner(sa, actors, *syn.clauses[v].subject.first()?, 0)
            };
            // "Pakistani airstrikes in Afghanistan": the country whose adjective qualifies an
            // act of force (Lede)
            let adjective = || {
                if petr {
                    return None;
                }
                if let Some(code) = actors.reading(sa.index, ni)?.thing_of.clone() {
                    return Some(Party {
                        np: ni,
                        place: false,
                        code: Cow::Owned(code),
                        name: None,
                    });
                }
                // (the phrase read as the country a word before its head names: "Russian
                // strikes", not "the attack" read as an earlier attacker)
                let named = sa.found_in(n.words.start, n.head).next().is_some();
                party(sa, actors, ni)
                    .filter(|p| force && named && !p.place && country_of(&p.code).is_some())
            };
            let front = fronted();
            let was_fronted = front.is_some();
            let Some(src) = front
                .or_else(|| n.possessor.and_then(|p| owner(sa, actors, p, 0)))
                .or_else(determiner_owner)
                .or_else(by_agent)
                .or_else(speaker)
                .or_else(adjective)
            else {
                continue;
            };
            let cur = Cursor {
                sa,
                actors,
                lexicon,
                limit: clause_limit(sa, n.head),
                implicit_object: None,
                first_actor: petr,
                optional_target: false,
                late_object: None,
            };
            let mut best: Option<Found> = None;
            for (pi, from) in pats {
                let pat = &lexicon.verbs[pi as usize];
                let (mut s2, mut tgt) = (Vec::new(), Vec::new());
                let Some((_, score)) = cur.run(&pat.post, from, &mut s2, &mut tgt) else {
                    continue;
                };
                if best.as_ref().is_none_or(|b| score > b.score) {
                    best = Some(Found {
                        pattern: pi as usize,
                        score,
                        exact: 0,
                        source: vec![src.clone()],
                        target: parties(sa, actors, &tgt),
                    });
                }
            }
            let Some(f) = best else { continue };
            let pat = &lexicon.verbs[f.pattern];
            let Some((code, _)) = resolve_code(&pat.code, false) else {
                continue;
            };
            let (s, t) = (vec![Some(src.clone())], or_unknown(f.target));
            // (the talks or meeting the main clause's subject came from were had by both sides)
            let both = was_fronted && is_mutual(&code) && t.iter().all(Option::is_some);
            for (a, b) in [(&s, &t), (&t, &s)].into_iter().take(1 + usize::from(both)) {
                emit(
                    &mut out,
                    doc,
                    sa,
                    input,
                    dates,
                    places,
                    petr,
                    pat,
                    &code,
                    a,
                    b,
                    (n.head, n.head + 1),
                    Modality::Asserted,
                );
            }
        }
    }
    // one event per (source, target, code) in a sentence; with PETRARCH/TABARI sets, in an
    // article (later sentences that retell it add nothing new). Lede codes each sentence, as
    // human coders do: a statement that thanks X three times thanks X three times.
    // with Lede's dictionaries an action said not to happen ("did not meet", "refused to
    // attend", "we are not asking Iran to ...") is no event: human coders code what was done
    // a question ("Will the EU suspend the agreement with Israel?") asserts nothing
    if !petr {
        out.retain(|e| {
            e.modality != Modality::Negated
                && !e
                    .sentence
                    .trim_end_matches(|c: char| {
                        c.is_whitespace() || matches!(c, '"' | '\u{201D}' | '\'')
                    })
                    .ends_with('?')
        });
    }
    // (the keys borrow the events' codes: which events stay is decided first)
    let keep: Vec<bool> = {
        let mut seen = FxHashSet::default();
        out.iter()
            .map(|e| {
                // with Lede's dictionaries a bare country is its government: "the leadership
                // and diplomacy of Russia" is one target (RUSGOV, not also RUS)
                fn side(a: Option<&ActorRef>, petr: bool) -> Option<std::borrow::Cow<'_, str>> {
                    let c = a.and_then(|s| s.code.as_deref())?;
                    if petr {
                        return Some(c.into());
                    }
                    Some(match c.get(3..) {
                        Some("") => format!("{c}GOV").into(),
                        Some("ELI") => format!("{}GOV", &c[..3]).into(),
                        _ => c.into(),
                    })
                }
                let key = (
                    if petr { 0 } else { e.start },
                    side(e.source.as_ref(), petr),
                    side(e.target.as_ref(), petr),
                    e.code.as_str(),
                    e.modality,
                );
                seen.insert(key)
            })
            .collect()
    };
    let mut keep = keep.into_iter();
    out.retain(|_| keep.next().unwrap_or(true));
    // with Lede's dictionaries a verb's general code (100) stands aside for a specific one of
    // the same root, dyad and verb ("demands that X withdraw": 1056); two specific codes are
    // two asks ("call on X to pull back (0256) and to re-engage in talks (026)")
    if !petr {
        // (in one sentence: "a communique backing Bamako's application and praising the
        // Malian authorities" supports Mali once; a bare country is its government)
        let gov = |a: Option<&ActorRef>| {
            a.and_then(|a| a.code.clone())
                .map(|c| if c.len() == 3 { format!("{c}GOV") } else { c })
        };
        let key = |e: &Event| {
            (
                e.start,
                gov(e.source.as_ref()),
                gov(e.target.as_ref()),
                e.root.clone(),
                e.modality,
            )
        };
        let general = |e: &Event| e.code.len() == 3 && e.code.ends_with('0');
        let specific: FxHashSet<_> = out.iter().filter(|e| !general(e)).map(key).collect();
        out.retain(|e| !general(e) || !specific.contains(&key(e)));
        // "Russian missiles and drones struck ...": the bare country (RUS) adds nothing to
        // the same act by a part of it (RUSMIL); two named parts (SDNMIL, SDNREB) stay two
        let code_of = |a: Option<&ActorRef>| a.and_then(|x| x.code.clone()).unwrap_or_default();
        let covers = |bare: &str, full: &str| {
            bare == full || bare.len() == 3 && full.len() > 3 && full.starts_with(bare)
        };
        let sides: Vec<(String, String)> = out
            .iter()
            .map(|e| (code_of(e.source.as_ref()), code_of(e.target.as_ref())))
            .collect();
        let redundant: Vec<bool> = (0..out.len())
            .map(|i| {
                let (e, (s, t)) = (&out[i], &sides[i]);
                (0..out.len()).any(|j| {
                    let (f, (fs, ft)) = (&out[j], &sides[j]);
                    j != i
                        && f.trigger.start == e.trigger.start
                        && f.code == e.code
                        && f.modality == e.modality
                        && (s, t) != (fs, ft)
                        && covers(s, fs)
                        && covers(t, ft)
                })
            })
            .collect();
        let mut redundant = redundant.into_iter();
        out.retain(|_| !redundant.next().unwrap_or(false));
    }
    out
}
