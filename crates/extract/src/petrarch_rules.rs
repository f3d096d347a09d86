//! Coding rules that follow PETRARCH and TABARI, used when the dictionaries in force are in
//! their formats (`--dict` with PETRARCH-2, PETRARCH-1 or TABARI sets).
//!
//! Noun phrases ([`recode_actors`]): PETRARCH reads a noun phrase as one unit, possessors
//! included ("Ithilen's president" is one phrase), and gives it its first actor's code with
//! every agent code appended (`~XXX`) or put before (`XXX~`) unless the code already holds
//! it (`mix_codes`), `~PPL` only when it is the only agent; a phrase with agents but no actor
//! is `---` plus the agents. A phrase with no actor of its own takes the actors of the
//! "of/from/in" phrase after it ("the ambassadors of Arnor, Osgiliath and Gondor": ARNGOV,
//! OSGGOV, GONGOV). Conjoined bare actors before a phrase with agents share them ("US and
//! British activists": USAOPP, GBROPP), as in one parsed noun phrase.
//!
//! Verbs: TABARI/PETRARCH-1 patterns are linear ([`pattern_limit`], [`first_actor_after`]);
//! PETRARCH-2 verbs interact ([`combine`]) through PETRARCH-2's internal code arithmetic.

use crate::actors::{ActorRec, ArticleActors};
use crate::lexicon::{Lexicon, Payload};
use crate::sentence::{DocAnalysis, SentenceAnalysis};
use chrono::NaiveDate;
use lede_dict::{AgentPlacement, VerbPattern};
use lede_model::ActorKind;

/// A verb line with no pattern: it codes when no pattern of the verb matches.
pub(crate) fn is_bare(p: &VerbPattern) -> bool {
    p.pre.is_empty() && p.post.is_empty() && p.verb_before.is_empty() && p.verb_after.is_empty()
}

/// Between two matching patterns of the same length: a pattern outranks the bare verb; with
/// PETRARCH-2 verb files the later of two patterns wins, as the later line of the same path
/// replaces the earlier in PETRARCH-2's pattern trie ("- * SUPPORT [051]" then "[060]").
pub(crate) fn outranks(lexicon: &Lexicon, new: &VerbPattern, old: &VerbPattern) -> bool {
    match (is_bare(new), is_bare(old)) {
        (false, true) => true,
        (true, false) => false,
        _ => nouns_in_phrases(lexicon),
    }
}

/// PETRARCH-2 patterns' nouns are heads of noun phrases, not any word after the verb.
pub(crate) fn nouns_in_phrases(lexicon: &Lexicon) -> bool {
    is_petrarch(lexicon) && !is_linear(lexicon)
}

/// Whether the coder follows PETRARCH/TABARI semantics: some set in force is in their formats.
pub(crate) fn is_petrarch(lexicon: &Lexicon) -> bool {
    lexicon.has_petrarch_sets()
}

/// The dictionary material of some words: actor codes and agents, in text order.
/// (Codes borrowed from the dictionaries: only the mixed codes of [`mix`] are built.)
#[derive(Default, Clone)]
struct Material<'a> {
    actors: Vec<&'a str>,
    /// How many of `actors` the first actor found gave (TABARI's `ABC/DEF` gives several).
    first_actor: usize,
    agents: Vec<(&'a str, AgentPlacement)>,
}

impl Material<'_> {
    fn is_empty(&self) -> bool {
        self.actors.is_empty() && self.agents.is_empty()
    }

    fn clear(&mut self) {
        self.actors.clear();
        self.first_actor = 0;
        self.agents.clear();
    }
}

/// Buffers [`np_codes`] reuses from one noun phrase to the next.
#[derive(Default)]
struct NpScratch<'a> {
    chain: Vec<usize>,
    own: Material<'a>,
}

fn material_of<'a>(
    sa: &SentenceAnalysis,
    lexicon: &'a Lexicon,
    date: Option<NaiveDate>,
    start: usize,
    end: usize,
    out: &mut Material<'a>,
) {
    // one name in several entries: PETRARCH-1 and TABARI try a word's phrases longest first
    // and in file order, so the first entry wins ("AL_GORE [AGR]" before "AL GORE [TEN]");
    // PETRARCH-2's trie keeps the last entry, the order the matches come in
    if is_linear(lexicon) {
        let mut found: Vec<&crate::lexicon::Found> = sa.found_in(start, end).collect();
        found.sort_by_key(|f| {
            let id = match f.payload {
                Payload::Actor(a) => u64::from(a),
                Payload::Agent(g) => (1 << 40) + u64::from(g),
            };
            (f.start, id)
        });
        add_material(sa, lexicon, date, found, out);
    } else {
        add_material(sa, lexicon, date, sa.found_in(start, end), out);
    }
}

/// Adds the codes of `found` (dictionary matches, in the order they count) to `out`.
fn add_material<'a, 'l>(
    sa: &SentenceAnalysis,
    lexicon: &'l Lexicon,
    date: Option<NaiveDate>,
    found: impl IntoIterator<Item = &'a crate::lexicon::Found>,
    out: &mut Material<'l>,
) {
    for f in found {
        match f.payload {
            Payload::Actor(a) => {
                if let Some(c) = dated_code(&lexicon.actors[a as usize].codes, date) {
                    // TABARI's `ABC/DEF`: a coded compound actor, each of its members
                    // (PETRARCH-2 keeps the code whole)
                    let before = out.actors.len();
                    if is_linear(lexicon) {
                        out.actors.extend(c.split('/').filter(|x| !x.is_empty()));
                    } else {
                        out.actors.push(c);
                    }
                    if before == 0 {
                        out.first_actor = out.actors.len();
                    }
                }
            }
            Payload::Agent(g) => {
                let g = &lexicon.agents[g as usize];
                let code = g.code.trim_matches('~');
                if code.is_empty() {
                    continue;
                }
                if is_linear(lexicon) && former_before(sa, f.start) {
                    out.agents.push((ELITE, AgentPlacement::Suffix));
                } else {
                    out.agents.push((code, g.placement));
                }
            }
        }
    }
}

/// TABARI's code for a former office holder (`CodeStore.codeElite`).
const ELITE: &str = "ELI";

/// TABARI's FORMER rule: an agent right after "former", or after "former" and the actor
/// it qualifies ("former Gondor prosecutors", "Arnor former security officials"), is a
/// former office holder: the agent's code becomes `~ELI` (ARNELI, GONELI), whatever
/// the agent dictionary gives the office. PETRARCH-2 has no such rule.
fn former_before(sa: &SentenceAnalysis, agent_start: usize) -> bool {
    let mut k = agent_start;
    // the actor between "former" and the agent
    if let Some(a) = sa
        .found
        .iter()
        .find(|f| f.end == k && matches!(f.payload, Payload::Actor(_)))
    {
        k = a.start;
    }
    k > 0 && sa.lowers[k - 1] == "former"
}

/// An actor's code on `date` as the PETRARCH suites read date restrictions: both bounds
/// inclusive, and where several hold the narrowest ("ORCHOB 20100109-20100112" wins over
/// "HOBMIL 20080120-20121109" on 12 January 2010, "HOBGOV 20121109-20130119" over that
/// HOBMIL on 9 November 2012); else the undated code.
fn dated_code(codes: &[lede_dict::DatedCode], date: Option<NaiveDate>) -> Option<&str> {
    let Some(d) = date else {
        return lede_dict::code_on(codes, None);
    };
    let span = |c: &lede_dict::DatedCode| match (c.from, c.until) {
        (Some(f), Some(u)) => (u - f).num_days(),
        _ => i64::MAX,
    };
    codes
        .iter()
        .filter(|c| {
            !c.is_default() && c.from.is_none_or(|f| d >= f) && c.until.is_none_or(|u| d <= u)
        })
        .min_by_key(|c| span(c))
        .or_else(|| codes.iter().find(|c| c.is_default()))
        .map(|c| c.code.as_str())
}

/// PETRARCH's `mix_codes`: every actor code with every agent, no agent twice.
fn mix(actors: &[&str], agents: &[(&str, AgentPlacement)]) -> Vec<String> {
    let no_actor = actors.is_empty();
    const NO_ACTOR: &[&str] = &[""];
    let bases = if no_actor { NO_ACTOR } else { actors };
    let mut out: Vec<String> = Vec::with_capacity(bases.len());
    let agents_len: usize = agents.iter().map(|(ag, _)| ag.len()).sum();
    for base in bases {
        let mut code = String::with_capacity(base.len() + agents_len + 3);
        code.push_str(base);
        for &(ag, placement) in agents {
            if ag == "PPL" && agents.len() > 1 {
                continue;
            }
            if code.contains(ag) {
                continue;
            }
            match placement {
                AgentPlacement::Suffix => code.push_str(ag),
                AgentPlacement::Prefix => code.insert_str(0, ag),
            }
        }
        if no_actor {
            code.insert_str(0, "---");
        }
        if (code.len() > 3 || !no_actor) && !out.contains(&code) {
            out.push(code);
        }
    }
    out
}

/// The NPs that read as one phrase with `np` in PETRARCH: its possessors (outermost first)
/// and itself, extended to the phrase it possesses when it is a possessor.
fn phrase_chain(sa: &SentenceAnalysis, np: usize) -> Vec<usize> {
    let mut chain = Vec::new();
    phrase_chain_into(sa, np, &mut chain);
    chain
}

/// [`phrase_chain`] into `chain` (cleared first).
fn phrase_chain_into(sa: &SentenceAnalysis, np: usize, chain: &mut Vec<usize>) {
    let nps = &sa.syntax.nps;
    // the possessed end of the chain
    let mut top = np;
    let mut guard = 0;
    while let Some(m) = nps.iter().position(|m| m.possessor == Some(top)) {
        top = m;
        guard += 1;
        if guard > 8 {
            break;
        }
    }
    chain.clear();
    chain.push(top);
    let mut cur = top;
    while let Some(p) = nps[cur].possessor {
        if chain.contains(&p) || chain.len() > 8 {
            break;
        }
        chain.push(p);
        cur = p;
    }
    chain.reverse();
}

fn chain_material<'a>(
    sa: &SentenceAnalysis,
    lexicon: &'a Lexicon,
    date: Option<NaiveDate>,
    chain: &[usize],
) -> Material<'a> {
    let mut m = Material::default();
    for &k in chain {
        let w = &sa.syntax.nps[k].words;
        material_of(sa, lexicon, date, w.start, w.end, &mut m);
    }
    m
}

/// TABARI's and PETRARCH-1's discontinuous actor phrases: the words of a name written with
/// spaces ("ITHILEN TELEVISION") must come in order within one noun phrase, with other
/// words allowed between them ("Ithilen state-run television"). The phrase's actor is the
/// name that starts first, and among names starting at one word the longest, so a
/// discontinuous "ITHILEN TELEVISION" outranks "ITHILEN" found alone. One run of
/// intervening words is looked at. (The readers keep no difference between `_` and a
/// space: a name joined by `_` is read as discontinuous too, within its noun phrase.)
fn gapped_actor<'a>(
    sa: &SentenceAnalysis,
    lexicon: &'a Lexicon,
    date: Option<NaiveDate>,
    chain: &[usize],
    own: &mut Material<'a>,
) {
    let syn = &sa.syntax;
    let (Some(start), Some(end)) = (
        chain.iter().map(|&k| syn.nps[k].words.start).min(),
        chain.iter().map(|&k| syn.nps[k].words.end).max(),
    ) else {
        return;
    };
    let end = end.min(sa.len());
    // the contiguous actor the phrase has now: where it starts and how many words it has
    let current = sa
        .found_in(start, end)
        .find(|f| matches!(f.payload, Payload::Actor(_)))
        .map(|f| (f.start, f.end - f.start));
    let last_start = current.map_or(end, |(k, _)| k + 1);
    let mut buf = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let mut lowers: Vec<&str> = Vec::new();
    for k in start..last_start.min(end) {
        let mut best: Option<(usize, u32)> = None;
        // words k..i, a gap i..j, then words from j on
        for i in k + 1..end {
            for j in i + 1..end {
                words.clear();
                lowers.clear();
                for w in (k..i).chain(j..end) {
                    words.push(sa.words[w]);
                    lowers.push(sa.lowers[w]);
                }
                buf.clear();
                lexicon.matches_at(&words, &lowers, 0, &mut buf);
                for f in &buf {
                    if let Payload::Actor(a) = f.payload {
                        // the longest name; of one name's entries the first (file order)
                        if f.end > i - k
                            && best.is_none_or(|(n, b)| f.end > n || f.end == n && a < b)
                        {
                            best = Some((f.end, a));
                        }
                    }
                }
            }
        }
        let Some((n, a)) = best else {
            continue;
        };
        if current.is_some_and(|(ck, cn)| ck == k && cn >= n) {
            return;
        }
        let Some(code) = dated_code(&lexicon.actors[a as usize].codes, date) else {
            continue;
        };
        let found: Vec<&str> = code.split('/').filter(|x| !x.is_empty()).collect();
        let first = found.len();
        let rest = own.actors.split_off(own.first_actor.min(own.actors.len()));
        own.actors = found;
        own.actors.extend(rest);
        own.first_actor = first;
        return;
    }
}

/// The codes PETRARCH gives noun phrase `np`, in order; empty when it names no dictionary
/// actor or agent.
fn np_codes<'l>(
    sa: &SentenceAnalysis,
    lexicon: &'l Lexicon,
    date: Option<NaiveDate>,
    np: usize,
    scratch: &mut NpScratch<'l>,
) -> Vec<String> {
    let NpScratch { chain, own } = scratch;
    phrase_chain_into(sa, np, chain);
    own.clear();
    for &k in chain.iter() {
        let w = &sa.syntax.nps[k].words;
        material_of(sa, lexicon, date, w.start, w.end, own);
    }
    if is_linear(lexicon) {
        gapped_actor(sa, lexicon, date, chain, own);
    }
    if !own.actors.is_empty() {
        // one phrase names one actor: the first ("Ithilen's minister Calimehtar" is
        // Ithilen's; TABARI's compound code `ABC/DEF` is several)
        return mix(&own.actors[..own.first_actor.max(1)], &own.agents);
    }
    // no actor of its own: the actors of an "of/from/in" phrase after it
    let end = chain
        .iter()
        .map(|&k| sa.syntax.nps[k].words.end)
        .max()
        .unwrap_or(0);
    let prep = sa.lowers.get(end).copied();
    if matches!(prep, Some("of" | "from" | "in")) {
        if let Some(next) = sa.syntax.np_of_word(end + 1) {
            let group = sa.syntax.conjuncts_or_self(next);
            let mut out = Vec::new();
            for &c in &group {
                let inner = chain_material(sa, lexicon, date, &phrase_chain(sa, c));
                if inner.actors.is_empty() {
                    continue;
                }
                let mut agents = own.agents.clone();
                agents.extend(inner.agents.iter().cloned());
                for code in mix(&inner.actors, &agents) {
                    if !out.contains(&code) {
                        out.push(code);
                    }
                }
            }
            if !out.is_empty() {
                return out;
            }
        }
    }
    if own.is_empty() {
        return Vec::new();
    }
    mix(&[], &own.agents)
}

/// Rewrites every noun phrase's code with PETRARCH's reading of the phrase (see the module
/// documentation). Pronouns and plural references keep the article-level resolution.
pub(crate) fn recode_actors(
    analysis: &DocAnalysis,
    actors: &mut ArticleActors,
    lexicon: &Lexicon,
    date: Option<NaiveDate>,
    new_actor_length: usize,
) {
    let mut scratch = NpScratch::default();
    for sa in &analysis.sentences {
        let syn = &sa.syntax;
        let mut codes: Vec<Vec<String>> = (0..syn.nps.len())
            .map(|i| {
                if syn.nps[i].pronoun {
                    Vec::new()
                } else {
                    np_codes(sa, lexicon, date, i, &mut scratch)
                }
            })
            .collect();
        for g in &syn.np_groups {
            share_in_group(sa, lexicon, date, g, &mut codes);
        }
        resolve_pronouns(sa, &mut codes);
        if new_actor_length > 0 {
            new_actors(sa, new_actor_length, &mut codes);
        }
        let Some(readings) = actors.np.get_mut(sa.index) else {
            continue;
        };
        for (i, r) in readings.iter_mut().enumerate() {
            if i >= codes.len() {
                continue;
            }
            if syn.nps[i].pronoun && codes[i].is_empty() {
                continue;
            }
            if !r.members.is_empty() && codes[i].is_empty() {
                continue;
            }
            // (the codes are not read again: each list is taken, not cloned)
            let list = std::mem::take(&mut codes[i]);
            r.place = false;
            r.members.clear();
            if list.len() < 2 {
                r.code = list.into_iter().next();
            } else {
                r.code = list.first().cloned();
                for code in list {
                    let a = match r.actor {
                        Some(a) => a,
                        None => {
                            actors.list.push(ActorRec {
                                name: None,
                                code: Some(code.clone()),
                                kind: ActorKind::Group,
                                mentions: Vec::new(),
                                rule: "petrarch noun phrase".into(),
                            });
                            actors.list.len() - 1
                        }
                    };
                    r.members.push((a, code));
                }
            }
        }
    }
}

/// Coordinated phrases share what one parse tree would give one noun phrase: bare actors
/// before a phrase with agents take its agents ("US and British activists": USAOPP,
/// GBROPP); a phrase of agents only after one whose actor modifies its agents takes that
/// actor ("Danish media and government": DNKMED, DNKGOV).
fn share_in_group(
    sa: &SentenceAnalysis,
    lexicon: &Lexicon,
    date: Option<NaiveDate>,
    g: &[usize],
    codes: &mut [Vec<String>],
) {
    // (a phrase coordinated with none shares nothing)
    if g.len() < 2 {
        return;
    }
    let syn = &sa.syntax;
    let mats: Vec<Material> = g
        .iter()
        .map(|&k| {
            let mut m = Material::default();
            let w = &syn.nps[k].words;
            material_of(sa, lexicon, date, w.start, w.end, &mut m);
            m
        })
        .collect();
    for j in 1..g.len() {
        let k = g[j];
        if syn.nps[k].possessor.is_some() || !mats[j].actors.is_empty() || mats[j].agents.is_empty()
        {
            continue;
        }
        let prev = &mats[j - 1];
        let n = &syn.nps[g[j - 1]];
        let found: Vec<_> = sa.found_in(n.words.start, n.words.end).collect();
        // the previous phrase's actor comes before its agents: a modifier ("Danish media")
        let modifier = !prev.actors.is_empty()
            && !prev.agents.is_empty()
            && matches!(found.first().map(|f| f.payload), Some(Payload::Actor(_)));
        if modifier {
            codes[k] = mix(&prev.actors, &mats[j].agents);
        }
    }
    let m = &mats[g.len() - 1];
    if m.actors.is_empty() || m.agents.is_empty() {
        return;
    }
    for &k in &g[..g.len() - 1] {
        let n = &syn.nps[k];
        let found: Vec<_> = sa.found_in(n.words.start, n.words.end).collect();
        let bare = n.possessor.is_none()
            && found.len() == 1
            && found[0].start == n.words.start
            && found[0].end == n.words.end
            && matches!(found[0].payload, Payload::Actor(_));
        if bare {
            let own = std::mem::take(&mut codes[k]);
            let own: Vec<&str> = own.iter().map(String::as_str).collect();
            codes[k] = mix(&own, &m.agents);
        }
    }
}

/// PETRARCH's `new_actor_length`: a subject or object that names no actor and has at most
/// `max` words (determiners aside) is an actor of its own, coded as its text in quotes
/// ("Eriador's death and injury toll": `"INJURY TOLL"`).
fn new_actors(sa: &SentenceAnalysis, max: usize, codes: &mut [Vec<String>]) {
    let syn = &sa.syntax;
    for c in &syn.clauses {
        for &n in c.subject.iter().chain(&c.objects) {
            let np = &syn.nps[n];
            if np.pronoun || !codes.get(n).is_some_and(|x| x.is_empty()) {
                continue;
            }
            let words: Vec<&str> = np
                .words
                .clone()
                .filter(|&k| !matches!(sa.tags[k], lede_syntax::Tag::DT | lede_syntax::Tag::PRPS))
                .map(|k| sa.words[k])
                .collect();
            if words.is_empty() || words.len() > max {
                continue;
            }
            codes[n] = vec![format!("\"{}\"", words.join(" ").to_uppercase())];
        }
    }
}

/// Personal pronouns ("it", "they", "he") stand for the subject of the clause that governs
/// theirs, else the nearest subject before them that names an actor, else the nearest
/// actor before them (PETRARCH looks for the antecedent above the pronoun's own clause).
fn resolve_pronouns(sa: &SentenceAnalysis, codes: &mut [Vec<String>]) {
    let syn = &sa.syntax;
    for i in 0..syn.nps.len() {
        let n = &syn.nps[i];
        if !n.pronoun || !codes[i].is_empty() {
            continue;
        }
        if !matches!(
            sa.lowers[n.head],
            "it" | "they" | "them" | "he" | "him" | "she" | "her"
        ) {
            continue;
        }
        let coded = |k: usize| k < codes.len() && k != i && !codes[k].is_empty();
        let governing = syn
            .clauses
            .iter()
            .find(|c| c.subject.contains(&i))
            .and_then(|c| c.complement_of)
            .and_then(|u| syn.clauses.get(u))
            .and_then(|c| c.subject.iter().copied().find(|&k| coded(k)));
        let start = n.words.start;
        let before = |k: &usize| syn.nps[*k].words.end <= start;
        let subject = syn
            .clauses
            .iter()
            .flat_map(|c| c.subject.iter().copied())
            .filter(|k| before(k) && coded(*k))
            .max_by_key(|&k| syn.nps[k].words.start);
        let nearest = (0..syn.nps.len())
            .filter(|k| before(k) && coded(*k))
            .max_by_key(|&k| syn.nps[k].words.start);
        if let Some(a) = governing.or(subject).or(nearest) {
            codes[i] = codes[a].clone();
        }
    }
}

/// PETRARCH-1 and TABARI patterns are read over the sentence's words to its end, not one
/// clause ("Gollum allowed that Mordor isn't a really pleasant place": `* REALLY_PLEASANT`).
/// `None` for PETRARCH-2 and Lede's dictionaries.
pub(crate) fn pattern_limit(lexicon: &Lexicon, sa: &SentenceAnalysis) -> Option<usize> {
    is_linear(lexicon).then_some(sa.len())
}

/// Whether patterns are TABARI's linear ones (PETRARCH-1 and TABARI verb files), read over
/// the words of the sentence rather than over its phrases.
pub(crate) fn is_linear(lexicon: &Lexicon) -> bool {
    lexicon.has_linear_sets()
}

/// TABARI's default target: the first actor after the verb whose code differs from the
/// source's, with its conjuncts; the search ends at the next finite verb's clause, a
/// semicolon, a quotation or a relative pronoun.
pub(crate) fn first_actor_after(
    sa: &SentenceAnalysis,
    actors: &ArticleActors,
    g: &lede_syntax::Vg,
    source: &[&str],
) -> Vec<usize> {
    let syn = &sa.syntax;
    let mut k = g.words.end;
    while k < sa.len() {
        let w = sa.lowers[k];
        let finite = syn.vg_of_word(k).is_some_and(|v| {
            let u = &syn.vgs[v];
            u.words.start == k && !u.infinitive && !u.nonfinite
        });
        let _ = finite;
        if matches!(w, ";" | "\"" | "who" | "which" | "whose" | "whom") {
            break;
        }
        // ", a senior official said": a comma before another clause's subject; "after
        // crowds burned ...": a subordinating conjunction before one
        if w == "," || matches!(w, "after" | "before" | "since" | "until" | "once") {
            let next_subject = syn.np_of_word(k + 1).is_some_and(|np| {
                syn.clauses.iter().enumerate().any(|(u, c)| {
                    c.subject.contains(&np) && !syn.vgs[u].nonfinite && !syn.vgs[u].infinitive
                })
            });
            if next_subject {
                break;
            }
        }
        let Some(np) = syn.np_of_word(k) else {
            k += 1;
            continue;
        };
        let group = syn.conjuncts_or_self(np);
        let other: Vec<usize> = group
            .iter()
            .copied()
            .filter(|&m| {
                actors.reading(sa.index, m).is_some_and(|r| {
                    r.code.as_deref().is_some_and(|c| !source.contains(&c))
                        || r.members.iter().any(|(_, c)| !source.contains(&c.as_str()))
                })
            })
            .collect();
        if !other.is_empty() {
            return other;
        }
        k = group
            .iter()
            .map(|&m| syn.nps[m].words.end)
            .max()
            .unwrap_or(k + 1)
            .max(k + 1);
    }
    Vec::new()
}

// ---------------------------------------------------------------------------------------
// PETRARCH-2 verb interaction: codes of governing and governed verbs combine.

/// PETRARCH-2's internal coding of CAMEO codes (`utilities.convert_code`): the high digit
/// is the verb's kind (say, appeal, intend, demand, protest, threaten, disapprove, posture,
/// coerce, investigate, consult), the lower digits the kind of action; rejections are
/// negative. Codes combine arithmetically ([`combine_code`]).
const PICO: &[(&str, i64)] = &[
    ("010", 0x1000),
    ("011", 0x1000 - 0xFFFF),
    ("012", 0x100C),
    ("013", 0x1001),
    ("014", 0x1002),
    ("015", 0x10a0),
    ("016", 0x10a0 - 0xFFFF),
    ("017", 0x1003),
    ("018", 0x1004),
    ("019", 0x1005),
    ("020", 0x2000),
    ("021", 0x2070),
    ("0211", 0x2075),
    ("0212", 0x2076),
    ("0213", 0x2078),
    ("0214", 0x207A),
    ("022", 0x2080),
    ("023", 0x2040),
    ("0231", 0x2045),
    ("0232", 0x2046),
    ("0233", 0x2047),
    ("0234", 0x2049),
    ("024", 0x2060),
    ("0241", 0x2061),
    ("0242", 0x2062),
    ("0243", 0x2063),
    ("0244", 0x2064),
    ("025", 0x2200),
    ("0251", 0x220B),
    ("0252", 0x220C),
    ("0253", 0x220D),
    ("0254", 0x2205),
    ("0255", 0x220E),
    ("0256", 0x220F),
    ("026", 0x2010),
    ("027", 0x2020),
    ("028", 0x2030),
    ("030", 0x3000),
    ("031", 0x3070),
    ("0311", 0x3075),
    ("0312", 0x3076),
    ("0313", 0x3078),
    ("0314", 0x307A),
    ("032", 0x3080),
    ("033", 0x3040),
    ("0331", 0x3045),
    ("0332", 0x3046),
    ("0333", 0x3047),
    ("0334", 0x3049),
    ("034", 0x3060),
    ("0341", 0x3061),
    ("0342", 0x3062),
    ("0343", 0x3063),
    ("0344", 0x3064),
    ("035", 0x3200),
    ("0351", 0x320B),
    ("0352", 0x320C),
    ("0353", 0x320D),
    ("0354", 0x3205),
    ("0355", 0x320E),
    ("0356", 0x320F),
    ("036", 0x3010),
    ("037", 0x3020),
    ("038", 0x3230),
    ("039", 0x3030),
    ("040", 0xB000),
    ("041", 0xB001),
    ("042", 0xB002),
    ("043", 0xB003),
    ("044", 0xB010),
    ("045", 0xB030),
    ("046", 0xB010),
    ("050", 0x0080),
    ("051", 0x0081),
    ("052", 0x0082),
    ("053", 0x0083),
    ("054", 0x0084),
    ("055", 0x0085),
    ("056", 0x0086),
    ("057", 0x0087),
    ("060", 0x0070),
    ("061", 0x0075),
    ("062", 0x0076),
    ("063", 0x0078),
    ("064", 0x007A),
    ("070", 0x0040),
    ("071", 0x0045),
    ("072", 0x0046),
    ("073", 0x0047),
    ("074", 0x0049),
    ("075", 0x004E),
    ("080", 0x0200),
    ("081", 0x020B),
    ("0811", 0x0203),
    ("0812", 0x0201),
    ("0813", 0x0204),
    ("0814", 0x0206),
    ("082", 0x020C),
    ("083", 0x0260),
    ("0831", 0x0261),
    ("0832", 0x0262),
    ("0833", 0x0263),
    ("0834", 0x0264),
    ("084", 0x0250),
    ("0841", 0x020C),
    ("0842", 0x020C),
    ("085", 0x0205),
    ("086", 0x020E),
    ("0861", 0x0209),
    ("0862", 0x020A),
    ("0863", 0x0207),
    ("087", 0x02C0),
    ("0871", 0x02C9),
    ("0872", 0x02C1),
    ("0873", 0x02C6),
    ("0874", 0x02C2),
    ("090", 0xA000),
    ("091", 0xA001),
    ("092", 0xA002),
    ("093", 0xA003),
    ("094", 0xA004),
    ("100", 0x4000),
    ("101", 0x4070),
    ("1011", 0x4075),
    ("1012", 0x4076),
    ("1013", 0x4078),
    ("1014", 0x407A),
    ("102", 0x4080),
    ("103", 0x4040),
    ("1031", 0x4045),
    ("1032", 0x4046),
    ("1033", 0x4047),
    ("1034", 0x4049),
    ("104", 0x4060),
    ("1041", 0x4061),
    ("1042", 0x4062),
    ("1043", 0x4063),
    ("1044", 0x4064),
    ("105", 0x4200),
    ("1051", 0x420B),
    ("1052", 0x420C),
    ("1053", 0x420D),
    ("1054", 0x4205),
    ("1055", 0x420E),
    ("1056", 0x420F),
    ("106", 0x4010),
    ("107", 0x4020),
    ("108", 0x4030),
    ("110", 0x7000),
    ("111", 0x7001),
    ("112", 0x70a0),
    ("1121", 0x70a1),
    ("1122", 0x70a2),
    ("1123", 0x70a3),
    ("1124", 0x70a4),
    ("1125", 0x70a5),
    ("113", 0x7002),
    ("114", 0x7003),
    ("115", 0x7008),
    ("116", 0x7005),
    ("120", -0xFFFF),
    ("121", -0xFFFF + 0x0070),
    ("1211", -0xFFFF + 0x0075),
    ("1212", -0xFFFF + 0x0076),
    ("122", -0xFFFF + 0x2040 + 0x300),
    ("1221", -0xFFFF + 0x2045 + 0x300),
    ("1222", -0xFFFF + 0x2046 + 0x300),
    ("1223", -0xFFFF + 0x2047 + 0x300),
    ("1224", -0xFFFF + 0x2049 + 0x300),
    ("123", -0xFFFF + 0x2060 + 0x300),
    ("1231", -0xFFFF + 0x2061 + 0x300),
    ("1232", -0xFFFF + 0x2062 + 0x300),
    ("1233", -0xFFFF + 0x2063 + 0x300),
    ("1234", -0xFFFF + 0x2064 + 0x300),
    ("124", -0xFFFF + 0x0200),
    ("1241", -0xFFFF + 0x020B),
    ("1242", -0xFFFF + 0x020C),
    ("1243", -0xFFFF + 0x020D),
    ("1244", -0xFFFF + 0x0205),
    ("1245", -0xFFFF + 0x020E),
    ("1246", -0xFFFF + 0x02C0),
    ("125", -0xFFFF + 0x0010),
    ("126", -0xFFFF + 0x0030),
    ("127", -0xFFFF + 0x0020),
    ("128", -0xFFFF + 0x0002),
    ("129", -0xFFFF + 0x0001),
    ("130", 0x6000),
    ("131", 0x6100),
    ("1311", 0x6140),
    ("1312", 0x6105),
    ("1313", 0x6180),
    ("132", 0x600B),
    ("1321", 0x6003),
    ("1322", 0x6001),
    ("1323", 0x6004),
    ("1324", 0x6006),
    ("133", 0x600C),
    ("134", 0x6010),
    ("135", 0x6030),
    ("136", 0x600E),
    ("137", 0x6004),
    ("138", 0x60A0),
    ("1381", 0x60A1),
    ("1382", 0x60A2),
    ("1383", 0x60A3),
    ("1384", 0x60A4),
    ("1385", 0x60B0),
    ("139", 0x6005),
    ("140", 0x5000),
    ("145", 0x50A0),
    ("150", 0x8000),
    ("151", 0x8001),
    ("152", 0x8002),
    ("153", 0x8003),
    ("154", 0x8004),
    ("160", 0x0100),
    ("161", 0x0180),
    ("162", 0x0140),
    ("1621", 0x0145),
    ("1622", 0x0146),
    ("1623", 0x0147),
    ("163", 0x000B),
    ("164", 0x0110),
    ("165", 0x0130),
    ("166", 0x0150),
    ("1661", 0x0159),
    ("1662", 0x015A),
    ("1663", 0x015E),
    ("170", 0x9000),
    ("171", 0x9010),
    ("1711", 0x9011),
    ("1712", 0x9012),
    ("172", 0x900B),
    ("1721", 0x9003),
    ("1722", 0x9001),
    ("1723", 0x9004),
    ("1724", 0x9006),
    ("173", 0x9020),
    ("174", 0x9030),
    ("175", 0x9040),
    ("180", 0x0090),
    ("181", 0x0091),
    ("182", 0x0092),
    ("1821", 0x0093),
    ("1822", 0x0094),
    ("1823", 0x0095),
    ("1824", 0x0096),
    ("183", 0x0097),
    ("1831", 0x0098),
    ("1832", 0x0099),
    ("1833", 0x009A),
    ("1834", 0x009B),
    ("184", 0x009C),
    ("185", 0x009D),
    ("186", 0x009E),
    ("190", 0x00A0),
    ("191", 0x00A1),
    ("192", 0x00A2),
    ("193", 0x00A3),
    ("194", 0x00A4),
    ("195", 0x00A5),
    ("1951", 0x00A6),
    ("1952", 0x00A7),
    ("196", 0x00A8),
    ("200", 0x00B0),
];

/// A CAMEO code in PETRARCH-2's internal coding: the code itself, else its root's `X0`
/// code; `None` for codes outside CAMEO (the toy suites' synthetic codes).
fn to_pico(lexicon: &Lexicon, code: &str) -> Option<i64> {
    let find = |c: &str| {
        if lexicon.code_ontology.is_empty() {
            pico_table_code(c)
        } else {
            lexicon.ontology_code(c)
        }
    };
    find(code).or_else(|| {
        code.get(..2)
            .and_then(|r| find(&crate::keys::concat(&[r, "0"])))
    })
}

/// The internal code of `code` in [`PICO`] (its first entry), through a map built once.
fn pico_table_code(code: &str) -> Option<i64> {
    static INDEX: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, i64>> =
        std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut index = rustc_hash::FxHashMap::default();
            for &(k, v) in PICO {
                index.entry(k).or_insert(v);
            }
            index
        })
        .get(code)
        .copied()
}

/// The CAMEO code of an internal code, if it is one (the first listed where several share
/// it; "want to attack" is 138).
fn from_pico(lexicon: &Lexicon, x: i64) -> Option<String> {
    if x == 0x30A0 {
        return Some("138".to_string());
    }
    let ok = |k: &str| k.len() >= 3;
    if lexicon.code_ontology.is_empty() {
        PICO.iter()
            .find(|&&(k, v)| v == x && ok(k))
            .map(|&(k, _)| k.to_string())
    } else {
        lexicon
            .code_ontology
            .iter()
            .find(|(k, v)| *v == x && ok(k))
            .map(|(k, _)| k.clone())
    }
}

/// PETRARCH-2's `combine_code`: the governing verb's code and the governed one's.
fn combine_code(selfcode: i64, to_add: i64) -> i64 {
    if to_add < 0 {
        return to_add + selfcode;
    }
    if selfcode >= 0x1000 && to_add >= 0x1000 {
        return to_add;
    }
    if to_add >= selfcode {
        return to_add;
    }
    selfcode + to_add
}

/// The code of a negated verb ("would not provide support"): PETRARCH-2 subtracts 0xFFFF,
/// which lands on a rejection (060 → 121, 080 → 124) for the codes that have one; other
/// codes are kept as they are.
pub(crate) fn negated_code(lexicon: &Lexicon, code: &str) -> String {
    to_pico(lexicon, code)
        .filter(|&x| x > 0)
        .and_then(|x| from_pico(lexicon, x - 0xFFFF))
        .unwrap_or_else(|| code.to_string())
}

/// Where a passive verb group's patient begins (its subject, else the noun phrase its
/// participles before it modify); `None` for an active verb.
pub(crate) fn passive_patient_start(
    sa: &SentenceAnalysis,
    v: usize,
    subject: &[usize],
) -> Option<usize> {
    if !(sa.syntax.vgs[v].passive || existential(sa, v)) {
        return None;
    }
    patient(sa, v, subject)
        .iter()
        .map(|&n| sa.syntax.nps[n].words.start)
        .min()
}

/// A passive verb's patient: its subject, else the subject of the participles right before it.
fn patient(sa: &SentenceAnalysis, v: usize, subject: &[usize]) -> Vec<usize> {
    if !subject.is_empty() {
        return subject.to_vec();
    }
    (0..v)
        .rev()
        .take_while(|&u| sa.syntax.vgs[u].nonfinite)
        .last()
        .map(|u| &sa.syntax.clauses[u])
        .filter(|c| c.subject_rule == "left")
        .map(|c| c.subject.clone())
        .unwrap_or_default()
}

/// A passive reading of a verb group: its code and the NPs of its sides.
pub(crate) struct PassiveReading {
    pub code: String,
    pub source: Vec<usize>,
    pub target: Vec<usize>,
}

/// PETRARCH-2's passive: a passive verb group ("was presented by the US"), or a pattern with
/// only a passive code (`[:100]`, "faces pressure from Congress"), takes its source from the
/// actors of its `by`, `from` and `in` phrases and its target from its subject, else from an
/// `at`, `against`, `into` or `towards` phrase. `None` for an active reading.
pub(crate) fn passive_reading(
    sa: &SentenceAnalysis,
    v: usize,
    spec: &lede_dict::CodeSpec,
    subject: &[usize],
) -> Option<PassiveReading> {
    use lede_dict::CodeSpec;
    let g = &sa.syntax.vgs[v];
    let passive = g.passive || existential(sa, v);
    let code = match spec {
        CodeSpec::Paired {
            active: None,
            passive: Some(p),
        } => p.clone(),
        CodeSpec::Paired {
            active,
            passive: pc,
        } if passive => pc.clone().or(active.clone())?,
        CodeSpec::Code(c) | CodeSpec::Dominant(c) | CodeSpec::Subordinate(c) if passive => {
            c.clone()
        }
        _ => return None,
    };
    let clause = &sa.syntax.clauses[v];
    let mut source = Vec::new();
    let mut others = Vec::new();
    for pp in &clause.preps {
        match sa.lowers[pp.prep] {
            "by" | "from" | "in" => source.extend(pp.nps.iter().copied()),
            "at" | "against" | "into" | "towards" => others.extend(pp.nps.iter().copied()),
            _ => {}
        }
    }
    for &n in &clause.agent {
        if !source.contains(&n) {
            source.push(n);
        }
    }
    // "The civilians imprisoned for acting against Moscow were released": the subject the
    // participles before the verb modify
    let target = patient(sa, v, subject);
    let target = if target.is_empty() { others } else { target };
    Some(PassiveReading {
        code,
        source,
        target,
    })
}

/// "There were 10 Russian soldiers killed": a participle after the noun phrase of an
/// existential "there is/are" is that phrase's passive verb (PETRARCH-2 reshapes the tree).
fn existential(sa: &SentenceAnalysis, v: usize) -> bool {
    let syn = &sa.syntax;
    let g = &syn.vgs[v];
    if !g.nonfinite || sa.tags[g.head] != lede_syntax::Tag::VBN || v == 0 {
        return false;
    }
    let be = &syn.vgs[v - 1];
    be.words.start >= 1
        && sa.lowers[be.words.start - 1] == "there"
        && lede_syntax::is_be(sa.lowers[be.head])
        && syn.clauses[v - 1]
            .objects
            .iter()
            .any(|o| syn.clauses[v].subject.contains(o))
}

/// A participle the tagger took for one where the sentence says a finite past verb: right
/// after its subject, with an object, and no other verb sharing that subject ("Syrian rebels
/// engaged Filipino peacekeepers").
fn finite_participle(sa: &SentenceAnalysis, v: usize) -> bool {
    let syn = &sa.syntax;
    let g = &syn.vgs[v];
    let c = &syn.clauses[v];
    if sa.tags[g.head] != lede_syntax::Tag::VBN || c.subject_rule != "left" || c.objects.is_empty()
    {
        return false;
    }
    let adjacent = c
        .subject
        .iter()
        .any(|&n| syn.nps[n].words.end == g.words.start);
    let shared = syn.clauses.iter().enumerate().any(|(u, o)| {
        u != v && !syn.vgs[u].nonfinite && o.subject.iter().any(|n| c.subject.contains(n))
    });
    adjacent && !shared
}

/// One verb group's event before PETRARCH-2's verb interaction: `P` is the coder's party.
pub(crate) struct VerbEvent<P> {
    /// The verb group.
    pub v: usize,
    /// The verb pattern that coded it.
    pub pattern: usize,
    pub code: String,
    /// For a paired code, the reverse event's code.
    pub reverse: Option<String>,
    pub source: Vec<P>,
    pub target: Vec<P>,
}

/// What an uncoded verb group acts on: its objects, else the noun phrases of its
/// prepositional phrases.
pub(crate) fn uncoded_targets(sa: &SentenceAnalysis, v: usize) -> Vec<usize> {
    let c = &sa.syntax.clauses[v];
    if !c.objects.is_empty() {
        return c.objects.clone();
    }
    c.preps.iter().flat_map(|p| p.nps.iter().copied()).collect()
}

/// How a verb group hangs on another.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Governed {
    /// An infinitive whose subject is the governing verb's ("pledged to expel X").
    Control,
    /// An infinitive whose subject is the governing verb's object ("wants Putin to attack").
    ObjectControl,
    /// A clause said, claimed or reported ("said he would not provide support").
    Complement,
}

fn governor(sa: &SentenceAnalysis, v: usize) -> Option<(usize, Governed)> {
    let syn = &sa.syntax;
    let c = syn.clauses.get(v)?;
    let g = &syn.vgs[v];
    let control = match c.subject_rule {
        "subject-control" => Some(Governed::Control),
        "object-control" => Some(Governed::ObjectControl),
        _ => None,
    };
    // an infinitive whose subject is its governor's subject or object is controlled, also
    // where the parser takes it for the governor's complement ("urged Eriador to respond")
    if let Some(kind) = control.filter(|_| g.infinitive) {
        let u = c.complement_of.or_else(|| {
            (0..v)
                .rev()
                .find(|&u| syn.vgs[u].words.end <= g.words.start)
        })?;
        return Some((u, kind));
    }
    c.complement_of.map(|u| (u, Governed::Complement))
}

const SUBORDINATORS: &[&str] = &[
    "after", "before", "because", "when", "while", "although", "though", "if", "unless", "since",
    "until", "as", "whereas", "whether", "once", "where",
];

/// A verb group PETRARCH-2 does not code on its own: in a relative clause, a participle
/// modifying a noun or clause, or a clause opened by a subordinating conjunction ("after
/// crowds trashed its embassy"). Only the main clauses' verbs (and what they govern) code.
fn embedded(sa: &SentenceAnalysis, v: usize) -> bool {
    let syn = &sa.syntax;
    let g = &syn.vgs[v];
    let c = &syn.clauses[v];
    if c.subject_rule == "relative" || c.relative_object.is_some() {
        return true;
    }
    // a participle or gerund, where the sentence has a finite verb to be its main one
    let finite = |u: &lede_syntax::Vg| !u.nonfinite && !u.infinitive;
    if g.nonfinite
        && !g.infinitive
        && syn.vgs.iter().any(finite)
        && !existential(sa, v)
        && !finite_participle(sa, v)
    {
        return true;
    }
    // the first word of the clause: its subject's, else the verb group's
    let first = c
        .subject
        .iter()
        .map(|&n| syn.nps[n].words.start)
        .filter(|&s| s < g.words.start)
        .min()
        .unwrap_or(g.words.start);
    let before = |k: usize| first.checked_sub(k).and_then(|i| sa.lowers.get(i));
    before(1).is_some_and(|w| {
        SUBORDINATORS.contains(w) || matches!(*w, "who" | "which" | "whom" | "whose")
    })
}

/// Whether PICO code `x` is of the kind transformation verb `name` codes (its code or any
/// code under it).
fn verb_matches(lexicon: &Lexicon, name: &str, x: i64) -> bool {
    let Some(v) = lexicon.bare_code(name).and_then(|c| to_pico(lexicon, c)) else {
        return false;
    };
    v != 0 && [x, x - x % 0x10, x - x % 0x100, x - x % 0x1000].contains(&v)
}

/// PETRARCH-2's transformations on "A says/wants (B did C to D)": the first that matches
/// gives the event.
fn transform<P: Clone>(
    lexicon: &Lexicon,
    outer: &VerbEvent<P>,
    inner: &VerbEvent<P>,
    code_of: &impl Fn(&P) -> String,
) -> Option<(Vec<P>, Vec<P>, String)> {
    let (co, ci) = (
        to_pico(lexicon, &outer.code)?,
        to_pico(lexicon, &inner.code)?,
    );
    let codes = |ps: &[P]| {
        let mut v: Vec<String> = ps.iter().map(code_of).collect();
        v.sort();
        v
    };
    for t in &lexicon.transformations {
        if !verb_matches(lexicon, &t.outer_verb, co) {
            continue;
        }
        if t.inner_verb != "Q" && !verb_matches(lexicon, &t.inner_verb, ci) {
            continue;
        }
        let a = &t.outer_source;
        if outer.source.is_empty() {
            continue;
        }
        // the inner source: `_` none, `.` anyone, the outer's letter the same actor, else any
        let src_ok = match t.inner_source.as_str() {
            "_" => inner.source.is_empty(),
            "." => !inner.source.is_empty(),
            s if s == a => !inner.source.is_empty() && codes(&inner.source) == codes(&outer.source),
            _ => !inner.source.is_empty(),
        };
        let tgt_ok = match t.inner_target.as_str() {
            "_" => inner.target.is_empty(),
            "." => true,
            _ => !inner.target.is_empty(),
        };
        if !src_ok || !tgt_ok {
            continue;
        }
        let side = |var: &str| -> Option<Vec<P>> {
            if var == a.as_str() {
                Some(outer.source.clone())
            } else if var == t.inner_source.as_str() {
                Some(inner.source.clone())
            } else if var == t.inner_target.as_str() {
                Some(inner.target.clone())
            } else {
                None
            }
        };
        let (Some(s), Some(tg)) = (side(&t.result_source), side(&t.result_target)) else {
            continue;
        };
        let code = if t.result_code == "Q" {
            inner.code.clone()
        } else {
            t.result_code.clone()
        };
        return Some((s, tg, code));
    }
    None
}

/// PETRARCH-2's verb interaction over one sentence's verb events: a governed infinitive's
/// event takes its governor's subject and the combined code ("pledged to expel X": 030 +
/// 174 = 174) in place of the governor's own event; a said or wanted clause becomes the
/// event a transformation makes of it ("a (b . ATTACK) SAY = a b 112"), else the
/// governor's subject acts on its subject with the combined code when that is a code;
/// verbs in relative, participial and subordinate clauses code nothing of their own.
pub(crate) fn combine<P: Clone>(
    sa: &SentenceAnalysis,
    lexicon: &Lexicon,
    events: Vec<VerbEvent<P>>,
    code_of: impl Fn(&P) -> String,
) -> Vec<VerbEvent<P>> {
    let n = sa.syntax.vgs.len();
    let mut by_vg: Vec<Vec<VerbEvent<P>>> = (0..n).map(|_| Vec::new()).collect();
    for e in events {
        if e.v < n {
            by_vg[e.v].push(e);
        }
    }
    let gov: Vec<Option<(usize, Governed)>> = (0..n).map(|v| governor(sa, v)).collect();
    if is_linear(lexicon) {
        return combine_linear(sa, by_vg, &gov);
    }
    // governed verbs first, deepest last in the sentence first
    for v in (0..n).rev() {
        let Some((u, kind)) = gov[v] else { continue };
        if u >= v {
            continue;
        }
        let lower = std::mem::take(&mut by_vg[v]);
        if lower.is_empty() {
            continue;
        }
        if by_vg[u].iter().all(|e| e.code.is_empty()) {
            // an uncoded governor passes the governed events on ("began to attack")
            by_vg[u] = lower;
            continue;
        }
        // "give permission to Russia to help Israel": an infinitive after the governor's
        // object completes that noun, not the verb; the governor's event stands
        let g = &sa.syntax.vgs[v];
        let between =
            (sa.syntax.vgs[u].words.end..g.words.start).any(|k| sa.syntax.np_of_word(k).is_some());
        // (unless the governor names no target: "signed an accord to supply Gondor")
        if kind == Governed::Control && between && by_vg[u].iter().any(|e| !e.target.is_empty()) {
            continue;
        }
        let upper = std::mem::take(&mut by_vg[u]);
        let mut out = Vec::new();
        for up in &upper {
            let before = out.len();
            let mut own = false;
            let mut up_target = up.target.clone();
            for low in &lower {
                if kind != Governed::Control {
                    if let Some((s, t, code)) = transform(lexicon, up, low, &code_of) {
                        out.push(VerbEvent {
                            v: up.v,
                            pattern: up.pattern,
                            code,
                            reverse: None,
                            source: s,
                            target: t,
                        });
                        continue;
                    }
                    // "a (b c Q) P", Q an action: a does P + Q to b, when that is a code
                    // ("Congress is asking Obama to help Iran": 020 + 070 = 023)
                    let combined = match (to_pico(lexicon, &up.code), to_pico(lexicon, &low.code)) {
                        (Some(a), Some(b)) if b > 0 && b < 0x1000 => {
                            from_pico(lexicon, combine_code(a, b))
                        }
                        _ => None,
                    };
                    if let Some(code) = combined.filter(|_| !low.source.is_empty()) {
                        out.push(VerbEvent {
                            v: up.v,
                            pattern: up.pattern,
                            code,
                            reverse: None,
                            source: up.source.clone(),
                            target: low.source.clone(),
                        });
                        continue;
                    }
                    match kind {
                        // "urged Eriador to respond": the urging, to whom it was addressed
                        Governed::ObjectControl => {
                            own = true;
                            if up_target.is_empty() {
                                up_target = low.source.clone();
                            }
                        }
                        // what was said stands as it was said, when it has both sides
                        _ if low.target.is_empty() => {}
                        _ => out.push(VerbEvent {
                            v: low.v,
                            pattern: low.pattern,
                            code: low.code.clone(),
                            reverse: low.reverse.clone(),
                            source: low.source.clone(),
                            target: low.target.clone(),
                        }),
                    }
                    continue;
                }
                // an uncoded governed verb: the governor acts on what it acts on, unless it
                // names its own target
                if low.code.is_empty() {
                    out.push(VerbEvent {
                        v: up.v,
                        pattern: up.pattern,
                        code: up.code.clone(),
                        reverse: up.reverse.clone(),
                        source: up.source.clone(),
                        target: if up.target.is_empty() {
                            low.target.clone()
                        } else {
                            up.target.clone()
                        },
                    });
                    continue;
                }
                let combined = match (to_pico(lexicon, &up.code), to_pico(lexicon, &low.code)) {
                    (Some(a), Some(b)) => from_pico(lexicon, combine_code(a, b)),
                    // codes outside CAMEO: the governed action stands
                    _ => Some(low.code.clone()),
                };
                if let Some(code) = combined {
                    out.push(VerbEvent {
                        v: low.v,
                        pattern: low.pattern,
                        reverse: if code == low.code {
                            low.reverse.clone()
                        } else {
                            None
                        },
                        code,
                        source: up.source.clone(),
                        target: low.target.clone(),
                    });
                }
            }
            // what it governs coded nothing: the governor's own event stands ("Eriador
            // agrees with the Philippines and France that disputes should be resolved")
            if out.len() == before && kind != Governed::Control {
                own = true;
            }
            if own {
                out.push(VerbEvent {
                    v: up.v,
                    pattern: up.pattern,
                    code: up.code.clone(),
                    reverse: up.reverse.clone(),
                    source: up.source.clone(),
                    target: up_target,
                });
            }
        }
        by_vg[u] = out;
    }
    let mut result = Vec::new();
    for (v, evs) in by_vg.into_iter().enumerate() {
        if gov[v].is_some() || embedded(sa, v) {
            continue;
        }
        // "..., a senior official said on Saturday": the reporting clause says what the
        // sentence reports; with nobody addressed it is no event of its own
        let reporting = reporting_clause(sa, v);
        result.extend(
            evs.into_iter()
                .filter(|e| !(e.code.is_empty() || reporting && e.target.is_empty())),
        );
    }
    result
}

/// TABARI/PETRARCH-1: one event a clause. A governed infinitive codes only when its governor
/// codes nothing ("called on Gondor to be allowed to leave Lorien" is the call); a clause
/// said keeps its own event; verbs of relative, participial and subordinate clauses code
/// nothing ("after leaving Eriador").
fn combine_linear<P>(
    sa: &SentenceAnalysis,
    mut by_vg: Vec<Vec<VerbEvent<P>>>,
    gov: &[Option<(usize, Governed)>],
) -> Vec<VerbEvent<P>> {
    let n = by_vg.len();
    // a verb's event counts for its clause when it or what it passes on codes
    for v in (0..n).rev() {
        let Some((u, kind)) = gov[v] else { continue };
        if u >= v || kind == Governed::Complement {
            continue;
        }
        let lower = std::mem::take(&mut by_vg[v]);
        if by_vg[u].is_empty() {
            by_vg[u] = lower;
        }
    }
    let mut out = Vec::new();
    for (v, evs) in by_vg.into_iter().enumerate() {
        let governed = gov[v].is_some_and(|(_, k)| k != Governed::Complement);
        if governed || embedded(sa, v) {
            continue;
        }
        out.extend(evs.into_iter().filter(|e| !e.code.is_empty()));
    }
    out
}

/// A speech verb whose clause follows a comma: the sentence's report is before it.
fn reporting_clause(sa: &SentenceAnalysis, v: usize) -> bool {
    let syn = &sa.syntax;
    let g = &syn.vgs[v];
    if !lede_syntax::is_speech_verb_form(sa.lowers[g.head]) {
        return false;
    }
    let first = syn.clauses[v]
        .subject
        .iter()
        .map(|&n| syn.nps[n].words.start)
        .filter(|&s| s < g.words.start)
        .min()
        .unwrap_or(g.words.start);
    first > 0 && sa.lowers[first - 1] == ","
}

// ---------------------------------------------------------------------------------------
// PETRARCH-1/TABARI comma options: comma-delimited clauses removed before coding.

/// PETRARCH-1's and TABARI's `comma_*` options: the lengths, in words, of the
/// comma-delimited clauses removed from a sentence before it is coded. An initial clause
/// (sentence start to the first comma) goes when it has `bmin..=bmax` words, a terminal
/// one (last comma to the end) with `emin..=emax`, one between two commas with
/// `min..=max`; a maximum of 0 turns that kind off. Words are counted as PETRARCH counts
/// them: tokens beginning with a letter. Commas inside a noun phrase (a list of nouns, an
/// apposition, between adjectives) delimit no clause. Defaults are PETRARCH-1's, taken
/// from TABARI: internal 2-8, initial off, terminal 2-8. Applied only with PETRARCH-1 and
/// TABARI verb sets (PETRARCH-2 reads clauses from its parse).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommaOptions {
    pub min: u16,
    pub max: u16,
    pub bmin: u16,
    pub bmax: u16,
    pub emin: u16,
    pub emax: u16,
}

impl Default for CommaOptions {
    fn default() -> Self {
        CommaOptions {
            min: 2,
            max: 8,
            bmin: 0,
            bmax: 0,
            emin: 2,
            emax: 8,
        }
    }
}

impl CommaOptions {
    /// Whether any kind of clause can be removed.
    pub fn active(&self) -> bool {
        self.max > 0 || self.bmax > 0 || self.emax > 0
    }
}

impl crate::CodingOptions {
    /// Sets one PETRARCH/TABARI option by its name as the suites and configuration files
    /// write it (`require_dyad`, `new_actor_length`, `comma_min` ... `comma_emax`; case
    /// ignored, words joined by `_`, `-` or spaces), from its text ("false", "TRUE", "4"). Options Lede has no use for
    /// (`stop_on_error`, ...) are accepted and ignored; an unknown `comma_*` name or a
    /// value that is no whole number is an error naming it, the options unchanged.
    pub fn set_option(&mut self, key: &str, value: &str) -> Result<(), String> {
        // "comma_max", "COMMA MAX", "comma-max"
        let key: String = key
            .trim()
            .to_ascii_lowercase()
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("_");
        let value = value.trim().trim_matches('"').trim();
        let number = || {
            value
                .parse::<usize>()
                .map_err(|_| format!("option {key}: '{value}' is not a whole number"))
        };
        match key.as_str() {
            "require_dyad" => self.require_dyad = !value.to_ascii_lowercase().contains("false"),
            "new_actor_length" => self.new_actor_length = number()?.min(64),
            k if k.starts_with("comma_") => {
                // a clause of more than 65,535 words is no clause
                let n = u16::try_from(number()?).unwrap_or(u16::MAX);
                let c = &mut self.comma;
                match &k["comma_".len()..] {
                    "min" => c.min = n,
                    "max" => c.max = n,
                    "bmin" => c.bmin = n,
                    "bmax" => c.bmax = n,
                    "emin" => c.emin = n,
                    "emax" => c.emax = n,
                    other => return Err(format!("unknown option comma_{other}")),
                }
            }
            _ => {}
        }
        Ok(())
    }
}

/// PETRARCH's word count: tokens beginning with a letter.
fn clause_words(sa: &SentenceAnalysis, a: usize, b: usize) -> u16 {
    let n = (a..b.min(sa.len()))
        .filter(|&k| sa.words[k].chars().next().is_some_and(char::is_alphabetic))
        .count();
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// Whether the comma at word `k` is inside a noun phrase, where a parse tree would not
/// have it delimit a clause: between members of a list of noun phrases ("Arnor, Gondor
/// and Rohan", "Arnor, Gondor, and Rohan"), between adjectives ("complete, full ties"), or opening or closing an
/// apposition (a noun phrase, with its "of" phrases, between a noun phrase and the next
/// comma or the sentence's end: "Telemar, the minister of Dagolath, said").
fn comma_in_noun_phrase(sa: &SentenceAnalysis, k: usize) -> bool {
    use lede_syntax::Tag;
    let syn = &sa.syntax;
    let np_before = k.checked_sub(1).and_then(|w| syn.np_of_word(w));
    let np_after = syn.np_of_word(k + 1);
    // "A, B and C", and the serial comma of "A, B, and C"
    let after_conjunction = match sa.lowers.get(k + 1).copied() {
        Some("and" | "or" | "nor") => syn.np_of_word(k + 2),
        _ => None,
    };
    if let Some(a) = np_before {
        if np_after
            .or(after_conjunction)
            .is_some_and(|b| syn.conjuncts(a).contains(&b))
        {
            return true;
        }
    }
    if k > 0 && sa.tags[k - 1] == Tag::JJ && np_after.is_some() {
        return true;
    }
    // an apposition: noun phrase, comma, noun phrase(s) up to a comma or the end
    let apposition_from = |start: usize| -> bool {
        let mut w = start;
        let mut nps = 0;
        while w < sa.len() {
            let l = sa.lowers[w];
            if l == "," || (w + 1 == sa.len() && matches!(l, "." | "!" | "?")) {
                break;
            }
            if let Some(n) = syn.np_of_word(w) {
                nps += 1;
                w = syn.nps[n].words.end.max(w + 1);
            } else if l == "of" && nps > 0 {
                w += 1;
            } else {
                return false;
            }
        }
        nps > 0
    };
    if np_before.is_some() && np_after.is_some() && apposition_from(k + 1) {
        return true;
    }
    // the closing comma of an apposition: the phrase before it follows a comma after a
    // noun phrase
    if np_before.is_some() {
        let open = (0..k).rev().find(|&w| sa.lowers[w] == ",");
        if let Some(o) = open {
            if o > 0 && syn.np_of_word(o - 1).is_some() && apposition_from(o + 1) {
                return true;
            }
        }
    }
    false
}

/// The words PETRARCH-1's `check_commas` removes from one sentence under `o`, as
/// half-open word ranges. A clause is removed whole when it is complete in itself (no verb
/// in it reaches past it); otherwise, as when a parse tree's phrases only partly lie in
/// it, only the noun phrases wholly inside it go ("Arnor is about to restore, ..." loses
/// "Arnor"). Delimiting commas go with their clause.
pub(crate) fn comma_deletions(sa: &SentenceAnalysis, o: &CommaOptions) -> Vec<(usize, usize)> {
    let n = sa.len();
    let commas: Vec<usize> = (0..n)
        .filter(|&k| sa.lowers[k] == "," && !comma_in_noun_phrase(sa, k))
        .collect();
    let Some(&first) = commas.first() else {
        return Vec::new();
    };
    // the sentence's final punctuation (and closing quotes) stay
    let mut end = n;
    while end > 0
        && matches!(
            sa.lowers[end - 1],
            "." | "!" | "?" | "\"" | "'" | "''" | "”" | "’"
        )
    {
        end -= 1;
    }
    let syn = &sa.syntax;
    let self_contained = |a: usize, b: usize| {
        syn.vgs.iter().enumerate().all(|(u, g)| {
            g.head < a || g.head >= b || syn.clauses.get(u).is_none_or(|c| c.end <= b)
        })
    };
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut remove = |a: usize, b: usize, words_a: usize, words_b: usize| {
        // (a, b): the range to remove when complete; (words_a, words_b): the clause's words
        if self_contained(words_a, words_b) {
            out.push((a, b));
        } else {
            for np in &syn.nps {
                if np.words.start >= words_a && np.words.end <= words_b {
                    out.push((np.words.start, np.words.end));
                }
            }
        }
    };
    if o.bmax > 0 {
        let c = clause_words(sa, 0, first);
        if (o.bmin..=o.bmax).contains(&c) {
            remove(0, first + 1, 0, first);
        }
    }
    if o.emax > 0 {
        let last = *commas.last().unwrap_or(&first);
        let c = clause_words(sa, last + 1, end);
        if last < end && (o.emin..=o.emax).contains(&c) {
            remove(last, end, last + 1, end);
        }
    }
    if o.max > 0 {
        for w in commas.windows(2) {
            let (a, b) = (w[0], w[1]);
            let c = clause_words(sa, a + 1, b);
            if (o.min..=o.max).contains(&c) {
                // the clause and both its commas: "A, X, B" reads "A B"
                remove(a, b + 1, a + 1, b);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The article's text with the comma-delimited clauses of [`CommaOptions`] blanked out
/// (every byte of a removed word a space, so that every offset stays that of the raw
/// text), or `None` when nothing is removed: the options are off, no PETRARCH-1/TABARI
/// verb set is in force, or no clause qualifies.
pub(crate) fn comma_blanked(lexicon: &Lexicon, input: &crate::ArticleInput) -> Option<String> {
    let o = &input.options.comma;
    if !o.active() || !is_linear(lexicon) || !input.text.contains(',') {
        return None;
    }
    let doc = lede_text::Document::new(input.text.clone());
    let analysis = crate::sentence::analyze_document(&doc, lexicon);
    let mut bytes = input.text.as_bytes().to_vec();
    let mut changed = false;
    for sa in &analysis.sentences {
        for (a, b) in comma_deletions(sa, o) {
            if a >= b {
                continue;
            }
            let span = doc.raw_span_of_tokens(sa.first + a..sa.first + b);
            if let Some(chunk) = bytes.get_mut(span.start..span.end) {
                chunk.fill(b' ');
                changed = true;
            }
        }
    }
    if !changed {
        return None;
    }
    // blanking whole tokens keeps UTF-8 valid; should a span ever cut a character,
    // code the text as it is
    String::from_utf8(bytes).ok()
}

/// Puts back each event's sentence as the raw text has it (the coder read it with some
/// clauses blanked out by [`comma_blanked`]).
pub(crate) fn restore_sentences(events: &mut [lede_model::Event], raw: &str) {
    for e in events {
        if let Some(s) = raw.get(e.start..e.end) {
            e.sentence = s.to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ag(c: &str) -> (&str, AgentPlacement) {
        (c, AgentPlacement::Suffix)
    }

    #[test]
    fn pico_combination_and_negation() {
        let lx = Lexicon::default();
        let c = |a: &str, b: &str| {
            from_pico(
                &lx,
                combine_code(to_pico(&lx, a).unwrap(), to_pico(&lx, b).unwrap()),
            )
        };
        // pledge to expel: the expulsion; want to attack: 138; ask to help: 023
        assert_eq!(c("030", "174").as_deref(), Some("174"));
        assert_eq!(c("030", "190").as_deref(), Some("138"));
        assert_eq!(c("020", "070").as_deref(), Some("023"));
        // say + intend: both high-level, the lower one
        assert_eq!(c("010", "030").as_deref(), Some("030"));
        // a code's root stands for codes the table does not list
        assert_eq!(to_pico(&lx, "0315"), to_pico(&lx, "030"));
        assert_eq!(to_pico(&lx, "904"), None);
        assert_eq!(negated_code(&lx, "060"), "121");
        assert_eq!(negated_code(&lx, "080"), "124");
        assert_eq!(negated_code(&lx, "051"), "051");
        assert_eq!(negated_code(&lx, "904"), "904");
        // a folder's ontology replaces the table: there 110 is 050 negated
        let mut lx = Lexicon::default();
        lx.code_ontology = vec![("050".into(), 0x80), ("110".into(), 0x80 + 0xFFFF)];
        assert_eq!(negated_code(&lx, "110"), "050");
    }

    #[test]
    fn date_restrictions_inclusive_narrowest() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        let code = |c: &str, f, u| lede_dict::DatedCode {
            code: c.into(),
            from: f,
            until: u,
        };
        let codes = vec![
            lede_dict::DatedCode::undated("HOB"),
            code("ORCHOB", d(2010, 1, 9), d(2010, 1, 12)),
            code("HOBMIL", d(2008, 1, 20), d(2012, 11, 9)),
            code("HOBGOV", d(2012, 11, 9), d(2013, 1, 19)),
        ];
        assert_eq!(dated_code(&codes, d(2010, 1, 12)), Some("ORCHOB"));
        assert_eq!(dated_code(&codes, d(2010, 1, 13)), Some("HOBMIL"));
        assert_eq!(dated_code(&codes, d(2012, 11, 9)), Some("HOBGOV"));
        assert_eq!(dated_code(&codes, d(1990, 1, 1)), Some("HOB"));
        assert_eq!(dated_code(&codes, None), Some("HOB"));
    }

    #[test]
    fn mix_appends_agents_once() {
        assert_eq!(mix(&["DAG"], &[ag("GOV")]), vec!["DAGGOV"]);
        assert_eq!(mix(&["USAGOV"], &[ag("GOV")]), vec!["USAGOV"]);
        assert_eq!(mix(&["EGY"], &[ag("OPP"), ag("MUS")]), vec!["EGYOPPMUS"]);
        assert_eq!(mix(&["BRE", "BRE"], &[ag("GOV")]), vec!["BREGOV"]);
        assert_eq!(mix(&[], &[ag("GOV")]), vec!["---GOV"]);
        assert_eq!(mix(&[], &[ag("PPL"), ag("MIL")]), vec!["---MIL"]);
        assert_eq!(
            mix(&["ARN"], &[("NGO", AgentPlacement::Prefix)]),
            vec!["NGOARN"]
        );
        assert!(mix(&[], &[]).is_empty());
    }
}
