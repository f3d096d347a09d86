//! Dictionaries compiled for matching: a word trie over actor names and role words, and an
//! index of verb patterns by inflected form.

use lede_dict::{ActorEntry, AgentEntry, DictFormat, DictSet, PatElem, VerbPattern};
use lede_text::Document;
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// What a dictionary phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payload {
    Actor(u32),
    Agent(u32),
}

#[derive(Debug, Clone, Copy)]
struct Terminal {
    payload: Payload,
    /// Bit i set: word i of the phrase must be capitalized in the text.
    caps: u64,
    /// Bit i set: word i must match exactly, case included (acronyms like "US").
    exact: u64,
}

/// All dictionary sets in force, compiled.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub actors: Vec<ActorEntry>,
    pub agents: Vec<AgentEntry>,
    pub verbs: Vec<VerbPattern>,
    pub synsets: HashMap<String, Vec<String>>,
    /// Formats of the sets compiled in.
    pub formats: Vec<DictFormat>,
    /// Some set in `formats` is PETRARCH-1's or TABARI's (linear patterns), tested once.
    linear: bool,
    /// Some set in `formats` is not Lede's own (PETRARCH/TABARI semantics), tested once.
    petrarch: bool,
    pub(crate) words: FxHashMap<String, u32>,
    edges: FxHashMap<u64, u32>,
    /// Edges whose word is a TABARI stem: any text word it starts goes along them.
    stem_edges: FxHashMap<u64, u32>,
    terminals: Vec<Vec<(Terminal, Vec<String>)>>,
    /// Verb and event-noun patterns by lowercase form.
    verb_index: FxHashMap<String, FormPatterns>,
    /// TABARI verb stems: patterns of verbs that match any word they start.
    verb_stems: FxHashMap<String, FormPatterns>,
    noun_index: FxHashMap<String, FormPatterns>,
    /// Dictionary people by the last word of their canonical name ("kellogg").
    person_surnames: FxHashMap<String, Vec<u32>>,
    /// Per verb pattern: plain words that must all be in a sentence for it to match.
    required: Vec<Vec<String>>,
    /// The ids (in `required_index`) of the required words of verb pattern `i`:
    /// `required_ids[required_at[i]..required_at[i + 1]]`, all patterns' in one block.
    required_ids: Vec<u32>,
    required_at: Vec<u32>,
    /// The first of `required_ids` of each verb pattern ([`NO_REQUIRED`]: none), read alone
    /// first: it rules out most patterns of a form with one look-up.
    required_first: Vec<u32>,
    /// The synsets (ids of [`Synset`], fast-test ones only) that the elements of verb pattern
    /// `i` need, whatever else matches: `required_synsets[synsets_at[i]..synsets_at[i + 1]]`.
    required_synsets: Vec<u32>,
    synsets_at: Vec<u32>,
    /// By word id: the range of `synsets_of_word` holding the synsets (ids) a member of which
    /// may start with that word.
    synsets_by_word: Vec<(u32, u32)>,
    synsets_of_word: Vec<u32>,
    /// Every pattern's required words, numbered.
    required_index: FxHashMap<String, u32>,
    /// Every text word that has a required word (itself, or its plural in "-s", "-es" or
    /// "-ies" of a word in "-y"), with the ids of the required words it has.
    required_forms: FxHashMap<String, Vec<u32>>,
    /// The first country entry (not an adjective) of each first code.
    country_by_code: FxHashMap<String, u32>,
    /// Synsets compiled for matching, by [`syn_key`].
    synset_index: FxHashMap<String, Synset>,
    /// Discard phrases (lowercase words, `true` for a story discard), indexed by first word.
    discards: FxHashMap<String, DiscardList>,
    /// By id of [`Lexicon::word_ids`] (every required form and discard first word has one):
    /// the range of `required_of_word` holding the required words that form has.
    required_by_word: Vec<(u32, u32)>,
    required_of_word: Vec<u32>,
    /// By word id: the key of `discards` that word is, as an index of `discard_lists`
    /// (`u32::MAX`: none).
    discard_by_word: Vec<u32>,
    discard_lists: Vec<DiscardList>,
    /// PETRARCH's internal coding ontology of the first set that has one (empty: built-in).
    pub code_ontology: Vec<(String, i64)>,
    /// `code_ontology` by code (the first entry of each), built on first use.
    ontology_index: std::sync::OnceLock<FxHashMap<String, i64>>,
    /// PETRARCH-2 transformations of the sets, as read.
    pub transformations: Vec<lede_dict::Transformation>,
    /// The code of each verb on its own (no pattern), by upper-case lemma ("SAY": 010), for
    /// transformations, which name verbs; `---` for a null verb.
    bare_codes: FxHashMap<String, String>,
}

/// Discard phrases of one first word: their lowercase words, `true` for a story discard.
type DiscardList = Vec<(Vec<String>, bool)>;

/// The patterns of one form, in dictionary order, with the first required word of each
/// (`Lexicon::required_first`, side by side: a sentence rules most of them out without
/// reading the patterns themselves; a pattern with no required word has the id one past the
/// required words', which every sentence has).
#[derive(Debug, Default)]
struct FormPatterns {
    ids: Vec<u32>,
    firsts: Vec<u32>,
}

impl FormPatterns {
    fn push(&mut self, id: u32) {
        self.ids.push(id);
    }
}

/// The patterns' required words a sentence has ([`Lexicon::required_present`]).
#[derive(Debug, Clone)]
pub struct RequiredWords {
    bits: Vec<u64>,
    /// A bit per synset id ([`Synset`]'s `id`): some word of the sentence may start one of
    /// its members (synsets with a fast test only).
    synsets: Vec<u64>,
}

impl RequiredWords {
    /// Whether required word `w` (an id of `Lexicon::required_index`) is present.
    #[inline]
    fn has(&self, w: u32) -> bool {
        self.bits
            .get(w as usize / 64)
            .is_some_and(|b| b & (1 << (w % 64)) != 0)
    }

    /// Whether some word may start a member of the synset of id `s`.
    #[inline]
    fn has_synset(&self, s: u32) -> bool {
        self.synsets
            .get(s as usize / 64)
            .is_some_and(|b| b & (1 << (s % 64)) != 0)
    }
}

/// `Lexicon::required_first` of a pattern with no required word.
const NO_REQUIRED: u32 = u32::MAX;

/// A synset compiled for matching ([`Lexicon::synset`]).
#[derive(Debug, Default)]
pub struct Synset {
    /// Its number among the lexicon's synsets (for [`RequiredWords`]).
    id: u32,
    /// The text words its members can start with, when all members start with a plain word
    /// (no nested synset, no stem): each such first word, its "-s" and "-es" plurals and, for
    /// a word in "-y", its "-ies" plural; with the members (indices in `atoms`, ascending)
    /// that can start with each.
    starts: Option<FxHashMap<String, Vec<u32>>>,
    /// A bit per [`start_bit`] of every word of `starts`: a word whose bit is clear is none of
    /// them, known without hashing it.
    start_bits: [u64; 4],
    /// Its members split into atoms (words, `&NAME` references).
    atoms: Vec<Vec<String>>,
}

impl Synset {
    /// Whether a member can start with text word `w` (or the singular of `w`); `true` when
    /// the synset has no fast test.
    pub fn may_start(&self, w: &str) -> bool {
        self.starts.as_ref().is_none_or(|s| {
            let bit = start_bit(w);
            self.start_bits[bit / 64] & (1 << (bit % 64)) != 0 && s.contains_key(w)
        })
    }

    /// The members (each as its words) that can start with text word `w` (or the singular of
    /// `w`): a subset of [`Synset::words`], in order, holding every member that does; all of
    /// them when the synset has no fast test.
    pub fn members_at<'a>(&'a self, w: &str) -> impl Iterator<Item = &'a [String]> + 'a {
        let (all, some): (&[Vec<String>], &[u32]) = match &self.starts {
            None => (&self.atoms, &[]),
            Some(s) => {
                let bit = start_bit(w);
                let ids = if self.start_bits[bit / 64] & (1 << (bit % 64)) != 0 {
                    s.get(w).map_or(&[][..], Vec::as_slice)
                } else {
                    &[]
                };
                (&[], ids)
            }
        };
        all.iter().map(Vec::as_slice).chain(
            some.iter()
                .filter_map(|&i| self.atoms.get(i as usize).map(Vec::as_slice)),
        )
    }

    /// Its members, each as its words; a word `&NAME` is a nested synset.
    pub fn words(&self) -> &[Vec<String>] {
        &self.atoms
    }
}

/// A word's bit (0..256) in [`Synset`]'s `start_bits`: of its first and last bytes and length.
fn start_bit(w: &str) -> usize {
    let b = w.as_bytes();
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) => (usize::from(f) * 31 + usize::from(l) * 7 + b.len()) & 255,
        _ => 0,
    }
}

/// What a sentence's discard phrases ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiscardHit {
    /// The sentence is not coded.
    Sentence,
    /// No sentence of the article is coded.
    Story,
}

/// A phrase found in a sentence: words `start..end` (sentence-relative) and what it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub payload: Payload,
}

/// A synset's key: its name in upper case without a trailing `_` (as the verb readers write
/// pattern references), borrowed when already so.
fn syn_key(name: &str) -> std::borrow::Cow<'_, str> {
    let n = name.trim_end_matches('_');
    if n.bytes().any(|b| b.is_ascii_lowercase()) {
        std::borrow::Cow::Owned(n.to_ascii_uppercase())
    } else {
        std::borrow::Cow::Borrowed(n)
    }
}

/// The `&SYN` references (names) a pattern's elements need whatever else matches: its own
/// synset elements, the `&SYN` words of its phrases and noun phrases, and those of its
/// prepositional phrases (not alternatives).
fn needed_synsets<'p>(elems: &'p [PatElem], out: &mut Vec<&'p str>) {
    for e in elems {
        match e {
            PatElem::Synset(name) => out.push(name),
            PatElem::Phrase(ws) | PatElem::NounPhrase(ws) => {
                out.extend(ws.iter().filter_map(|w| w.strip_prefix('&')));
            }
            PatElem::Prep { elems, .. } => needed_synsets(elems, out),
            _ => {}
        }
    }
}

/// The plain words a pattern's elements need (top-level words, phrase words, prepositions);
/// synsets, stems and alternatives need nothing known in advance. Lower case, without `_`.
fn required_words(elems: &[PatElem], out: &mut Vec<String>) {
    fn add(out: &mut Vec<String>, w: &str) {
        let w = w.trim_end_matches('_').to_lowercase();
        let plain = !w.is_empty()
            && !w.starts_with('&')
            && !w.ends_with('~')
            && !matches!(w.as_str(), "$" | "+" | "%" | "^");
        if plain && !out.contains(&w) {
            out.push(w);
        }
    }
    for e in elems {
        match e {
            PatElem::Word(w) => add(out, w),
            PatElem::Phrase(ws) | PatElem::NounPhrase(ws) => ws.iter().for_each(|w| add(out, w)),
            PatElem::Prep { prep, elems } => {
                add(out, prep);
                required_words(elems, out);
            }
            _ => {}
        }
    }
}

/// The tokens of a dictionary name: plain names (letters and digits between spaces) split at
/// spaces without allocating; anything else goes through the text tokenizer.
fn tokens_of<'a>(name: &'a str, scratch: &'a mut Vec<String>) -> Vec<&'a str> {
    if name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ') {
        return name.split_whitespace().collect();
    }
    let doc = Document::new(name.to_string());
    *scratch = (0..doc.tokens.len())
        .map(|i| doc.token_text(i).to_string())
        .collect();
    scratch.iter().map(String::as_str).collect()
}

fn is_acronym(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty()
        && letters.len() <= 4
        && letters.iter().all(|c| c.is_uppercase())
        && !w.contains('.')
}

impl Lexicon {
    /// Whether some set is in PETRARCH-1's or TABARI's format (their patterns are linear).
    #[inline]
    pub fn has_linear_sets(&self) -> bool {
        self.linear
    }

    /// Whether some set is in a PETRARCH/TABARI format (not Lede's own).
    #[inline]
    pub fn has_petrarch_sets(&self) -> bool {
        self.petrarch
    }

    pub fn new(sets: &[DictSet]) -> Lexicon {
        Lexicon::from_sets(sets.to_vec())
    }

    /// Compiles dictionary sets, taking them over (no second copy of the entries is kept).
    pub fn from_sets(sets: Vec<DictSet>) -> Lexicon {
        let mut lx = Lexicon {
            terminals: vec![Vec::new()],
            ..Lexicon::default()
        };
        for set in sets {
            lx.formats.push(set.format);
            lx.linear |= matches!(set.format, DictFormat::Petrarch1 | DictFormat::Tabari);
            lx.petrarch |= set.format != DictFormat::Lede;
            let cased = set.format == DictFormat::Lede;
            for a in set.actors {
                let id = lx.actors.len() as u32;
                if a.kind == lede_model::ActorKind::Country && !a.adjective {
                    if let Some(c) = a.codes.first() {
                        lx.country_by_code.entry(c.code.clone()).or_insert(id);
                    }
                }
                if a.kind == lede_model::ActorKind::Person {
                    if let Some(last) = a.canonical.split_whitespace().last() {
                        lx.person_surnames
                            .entry(last.to_lowercase())
                            .or_default()
                            .push(id);
                    }
                }
                for name in &a.names {
                    lx.insert(name, Payload::Actor(id), cased);
                }
                lx.actors.push(a);
            }
            for g in set.agents {
                let id = lx.agents.len() as u32;
                for name in &g.names {
                    lx.insert(name, Payload::Agent(id), false);
                }
                lx.agents.push(g);
            }
            for mut v in set.verbs {
                let id = lx.verbs.len() as u32;
                if v.forms.is_empty() {
                    v.forms = if v.nominal {
                        lede_dict::lede_format::noun_forms(&v.lemma)
                    } else {
                        lede_dict::lede_format::verb_forms(&v.lemma)
                    };
                }
                let index = if v.nominal {
                    &mut lx.noun_index
                } else {
                    &mut lx.verb_index
                };
                for f in &v.forms {
                    // TABARI stems ("restor~") match any word they start
                    match f.strip_suffix('~').filter(|st| !st.is_empty()) {
                        Some(stem) if !v.nominal => lx
                            .verb_stems
                            .entry(stem.to_lowercase())
                            .or_default()
                            .push(id),
                        _ => index.entry(f.to_lowercase()).or_default().push(id),
                    }
                }
                if !v.nominal
                    && v.pre.is_empty()
                    && v.post.is_empty()
                    && v.verb_before.is_empty()
                    && v.verb_after.is_empty()
                {
                    let code = match &v.code {
                        lede_dict::CodeSpec::Code(c)
                        | lede_dict::CodeSpec::Dominant(c)
                        | lede_dict::CodeSpec::Subordinate(c) => c.clone(),
                        lede_dict::CodeSpec::Paired {
                            active: Some(c), ..
                        } => c.clone(),
                        _ => "---".to_string(),
                    };
                    lx.bare_codes.entry(v.lemma.to_uppercase()).or_insert(code);
                }
                let mut req = Vec::new();
                required_words(&v.pre, &mut req);
                required_words(&v.post, &mut req);
                if lx.required_at.is_empty() {
                    lx.required_at.push(0);
                }
                for w in &req {
                    let n = lx.required_index.len() as u32;
                    let id = *lx.required_index.entry(w.clone()).or_insert(n);
                    lx.required_ids.push(id);
                }
                let first = lx.required_at.last().map_or(0, |&a| a as usize);
                lx.required_first
                    .push(lx.required_ids.get(first).copied().unwrap_or(NO_REQUIRED));
                lx.required_at.push(lx.required_ids.len() as u32);
                lx.required.push(req);
                lx.verbs.push(v);
            }
            lx.transformations.extend(set.transformations);
            if lx.code_ontology.is_empty() {
                lx.code_ontology = set.code_ontology;
            }
            for d in &set.discards {
                if let Some(first) = d.words.first() {
                    lx.discards
                        .entry(first.clone())
                        .or_default()
                        .push((d.words.clone(), d.story));
                }
            }
            for (k, v) in &set.synsets {
                lx.synsets
                    .entry(k.to_lowercase())
                    .or_default()
                    .extend(v.iter().map(|s| s.to_lowercase()));
            }
        }
        for (k, members) in &lx.synsets {
            let atoms: Vec<Vec<String>> = members
                .iter()
                .map(|m| {
                    m.split([' ', '_'])
                        .filter(|w| !w.is_empty())
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .filter(|a| !a.is_empty())
                .collect();
            let plain = atoms
                .iter()
                .all(|a| !a[0].starts_with('&') && !a[0].ends_with('~'));
            if plain {
                let mut starts: FxHashMap<String, Vec<u32>> = FxHashMap::default();
                for (i, a) in atoms.iter().enumerate() {
                    let first = a[0].trim_end_matches('_');
                    let mut forms =
                        vec![first.to_string(), format!("{first}s"), format!("{first}es")];
                    if let Some(stem) = first.strip_suffix('y') {
                        forms.push(format!("{stem}ies"));
                    }
                    for f in forms {
                        let ids = starts.entry(f).or_default();
                        if ids.last() != Some(&(i as u32)) {
                            ids.push(i as u32);
                        }
                    }
                }
                let entry = lx.synset_index.entry(syn_key(k).into_owned()).or_default();
                entry.start_bits = [0; 4];
                for w in starts.keys() {
                    let bit = start_bit(w);
                    entry.start_bits[bit / 64] |= 1 << (bit % 64);
                }
                entry.starts = Some(starts);
            }
            lx.synset_index
                .entry(syn_key(k).into_owned())
                .or_default()
                .atoms = atoms;
        }
        for (i, set) in lx.synset_index.values_mut().enumerate() {
            set.id = i as u32;
        }
        // the synsets each verb pattern needs: its own `&SYN` elements and those of its
        // prepositional phrases (alternatives and phrases aside), resolved once here
        lx.synsets_at.push(0);
        for v in &lx.verbs {
            let mut names = Vec::new();
            needed_synsets(&v.pre, &mut names);
            needed_synsets(&v.post, &mut names);
            for n in names {
                if let Some(set) = lx.synset(n).filter(|set| set.starts.is_some()) {
                    lx.required_synsets.push(set.id);
                }
            }
            lx.synsets_at.push(lx.required_synsets.len() as u32);
        }
        for (r, &id) in &lx.required_index {
            let mut forms = vec![r.clone(), format!("{r}s"), format!("{r}es")];
            if let Some(stem) = r.strip_suffix('y') {
                forms.push(format!("{stem}ies"));
            }
            for f in forms {
                let ids = lx.required_forms.entry(f).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        lx.index_sentence_words();
        let always = lx.required_index.len() as u32;
        let Lexicon {
            verb_index,
            verb_stems,
            noun_index,
            required_first,
            ..
        } = &mut lx;
        for fp in verb_index
            .values_mut()
            .chain(verb_stems.values_mut())
            .chain(noun_index.values_mut())
        {
            fp.firsts = fp
                .ids
                .iter()
                .map(|&id| {
                    required_first
                        .get(id as usize)
                        .copied()
                        .filter(|&w| w != NO_REQUIRED)
                        .unwrap_or(always)
                })
                .collect();
        }
        lx
    }

    /// Gives every required form and every discard phrase's first word an id of `words` (as
    /// written: text words are looked up lower case), and indexes what they have by id, so
    /// that a sentence's words are looked up once ([`Lexicon::word_ids`]). Ids no name uses
    /// lead along no edge of the trie.
    fn index_sentence_words(&mut self) {
        let intern = |words: &mut FxHashMap<String, u32>, w: &str| -> u32 {
            if let Some(&id) = words.get(w) {
                return id;
            }
            let n = words.len() as u32;
            words.insert(w.to_string(), n);
            n
        };
        let mut required: Vec<(u32, &Vec<u32>)> = Vec::new();
        for (f, ids) in &self.required_forms {
            required.push((intern(&mut self.words, f), ids));
        }
        let mut discards: Vec<(u32, &DiscardList)> = Vec::new();
        for (f, list) in &self.discards {
            discards.push((intern(&mut self.words, f), list));
        }
        let mut synset_words: Vec<(u32, u32)> = Vec::new();
        for set in self.synset_index.values() {
            for w in set.starts.iter().flat_map(|st| st.keys()) {
                synset_words.push((intern(&mut self.words, w), set.id));
            }
        }
        let n = self.words.len();
        synset_words.sort_unstable();
        self.synsets_by_word = vec![(0, 0); n];
        self.synsets_of_word.clear();
        for (k, &(w, set)) in synset_words.iter().enumerate() {
            if k == 0 || synset_words[k - 1].0 != w {
                let at = self.synsets_of_word.len() as u32;
                self.synsets_by_word[w as usize] = (at, at);
            }
            self.synsets_of_word.push(set);
            self.synsets_by_word[w as usize].1 = self.synsets_of_word.len() as u32;
        }
        self.required_by_word = vec![(0, 0); n];
        self.required_of_word.clear();
        for (w, ids) in required {
            let from = self.required_of_word.len() as u32;
            self.required_of_word.extend_from_slice(ids);
            self.required_by_word[w as usize] = (from, self.required_of_word.len() as u32);
        }
        self.discard_by_word = vec![u32::MAX; n];
        self.discard_lists.clear();
        for (w, list) in discards {
            self.discard_by_word[w as usize] = self.discard_lists.len() as u32;
            self.discard_lists.push(list.clone());
        }
    }

    /// The members of synset `name` (any case, with or without a trailing `_`), each as its
    /// words; a word `&NAME` is a nested synset.
    pub fn synset_words(&self, name: &str) -> &[Vec<String>] {
        self.synset(name).map_or(&[], |s| s.atoms.as_slice())
    }

    /// Whether a member of synset `name` (lowercase, without `&`) can start with text word
    /// `w` (or the singular of `w`); `true` when the synset has no fast test.
    pub fn synset_may_start(&self, name: &str, w: &str) -> bool {
        self.synset(name).is_none_or(|s| s.may_start(w))
    }

    /// Synset `name` (any case, with or without a trailing `_`), compiled, to look up once
    /// and test at many words.
    pub fn synset(&self, name: &str) -> Option<&Synset> {
        // (the readers write references as keys are written: found as they are, a key needs
        // no scan for lower case; a name that is no key is looked up again as its key)
        self.synset_index
            .get(name)
            .or_else(|| self.synset_index.get(syn_key(name).as_ref()))
    }

    /// Plain words verb pattern `id` needs in the sentence (a word's plural also counts).
    pub fn required_words(&self, id: u32) -> &[String] {
        self.required.get(id as usize).map_or(&[], |v| v.as_slice())
    }

    /// The required words (see [`Lexicon::required_words`]) of any pattern that a sentence
    /// of these lowercase words has, counting each word's singulars ("-s", "-es", "-ies":
    /// "-y"), for [`Lexicon::required_met`].
    pub fn required_present(&self, lowers: &[&str]) -> RequiredWords {
        self.required_present_ids(&self.word_ids(lowers))
    }

    /// [`Lexicon::required_present`] of a sentence's [`Lexicon::word_ids`].
    pub fn required_present_ids(&self, ids: &[Option<u32>]) -> RequiredWords {
        // (and the id past the required words', of the patterns that need none)
        let always = self.required_index.len();
        let mut bits = vec![0u64; (always + 1).div_ceil(64)];
        if let Some(b) = bits.get_mut(always / 64) {
            *b |= 1 << (always % 64);
        }
        // sets the bit of every id a sentence word lists (`by_word` ranges into `of_word`)
        fn mark(bits: &mut [u64], ids: &[Option<u32>], by_word: &[(u32, u32)], of_word: &[u32]) {
            for &w in ids.iter().flatten() {
                let Some(&(from, to)) = by_word.get(w as usize) else {
                    continue;
                };
                for &id in of_word.get(from as usize..to as usize).unwrap_or(&[]) {
                    if let Some(b) = bits.get_mut(id as usize / 64) {
                        *b |= 1 << (id % 64);
                    }
                }
            }
        }
        mark(
            &mut bits,
            ids,
            &self.required_by_word,
            &self.required_of_word,
        );
        let mut synsets = vec![0u64; self.synset_index.len().div_ceil(64)];
        mark(
            &mut synsets,
            ids,
            &self.synsets_by_word,
            &self.synsets_of_word,
        );
        RequiredWords { bits, synsets }
    }

    /// Whether every required word of verb pattern `id` is among `present`.
    #[inline]
    pub fn required_met(&self, id: u32, present: &RequiredWords) -> bool {
        match self.required_first.get(id as usize) {
            Some(&NO_REQUIRED) => return true,
            Some(&w) if !present.has(w) => return false,
            _ => {}
        }
        let at = |i: usize| self.required_at.get(i).map(|&a| a as usize);
        let (Some(from), Some(to)) = (at(id as usize), at(id as usize + 1)) else {
            return true;
        };
        self.required_ids
            .get(from..to)
            .is_none_or(|ids| ids.iter().all(|&w| present.has(w)))
    }

    /// Whether every synset verb pattern `id` needs may start at some word of the sentence
    /// `present` was made for: a pattern needing one that cannot matches nowhere.
    fn synsets_met(&self, id: u32, present: &RequiredWords) -> bool {
        let at = |i: usize| self.synsets_at.get(i).map(|&a| a as usize);
        let (Some(from), Some(to)) = (at(id as usize), at(id as usize + 1)) else {
            return true;
        };
        self.required_synsets
            .get(from..to)
            .is_none_or(|ids| ids.iter().all(|&s| present.has_synset(s)))
    }

    /// PETRARCH's internal code of CAMEO code `code` in [`Lexicon::code_ontology`] (its first
    /// entry for `code`).
    pub fn ontology_code(&self, code: &str) -> Option<i64> {
        self.ontology_index
            .get_or_init(|| {
                let mut index = FxHashMap::default();
                for (k, v) in &self.code_ontology {
                    index.entry(k.clone()).or_insert(*v);
                }
                index
            })
            .get(code)
            .copied()
    }

    /// The country entry whose first code is `code` ("RUS": Russia), for its printed name.
    pub fn country_named(&self, code: &str) -> Option<&ActorEntry> {
        self.country_by_code
            .get(code)
            .map(|&i| &self.actors[i as usize])
    }

    /// The id of word `w` (any case), interned on first sight; `buf` is scratch space for the
    /// lower-case form, so that known words cost no allocation.
    fn word_id(&mut self, w: &str, buf: &mut String) -> u32 {
        let lower: &str = if w.is_ascii() {
            buf.clear();
            buf.push_str(w);
            buf.make_ascii_lowercase();
            buf
        } else {
            *buf = w.to_lowercase();
            buf
        };
        if let Some(&id) = self.words.get(lower) {
            return id;
        }
        let n = self.words.len() as u32;
        self.words.insert(lower.to_string(), n);
        n
    }

    fn insert(&mut self, name: &str, payload: Payload, cased: bool) {
        // TABARI: a name ending in `~` ends in a stem ("ARGENTIN~" is also "Argentina")
        let (name, stem) = match name.strip_suffix('~') {
            Some(n) => (n, true),
            None => (name, false),
        };
        let mut scratch = Vec::new();
        let toks = tokens_of(name, &mut scratch);
        if toks.is_empty() || toks.len() > 24 {
            return;
        }
        let last = toks.len() - 1;
        let mut node = 0u32;
        let mut caps = 0u64;
        let mut exact = 0u64;
        let mut buf = String::new();
        for (i, t) in toks.iter().enumerate() {
            if cased {
                if t.chars().next().is_some_and(|c| c.is_uppercase()) {
                    caps |= 1 << i;
                }
                if is_acronym(t) {
                    exact |= 1 << i;
                }
            }
            let w = self.word_id(t, &mut buf);
            let key = (u64::from(node) << 32) | u64::from(w);
            let edges = if stem && i == last {
                &mut self.stem_edges
            } else {
                &mut self.edges
            };
            node = match edges.get(&key) {
                Some(&n) => n,
                None => {
                    let n = self.terminals.len() as u32;
                    self.terminals.push(Vec::new());
                    edges.insert(key, n);
                    n
                }
            };
        }
        let term = Terminal {
            payload,
            caps,
            exact,
        };
        let list = &mut self.terminals[node as usize];
        if !list.iter().any(|(t, _)| t.payload == payload) {
            let toks = if exact != 0 {
                toks.iter().map(|t| t.to_string()).collect()
            } else {
                Vec::new()
            };
            list.push((term, toks));
        }
    }

    /// All phrases starting at word `start`, longest first, that match the text's case rules.
    pub fn matches_at(&self, words: &[&str], lowers: &[&str], start: usize, out: &mut Vec<Found>) {
        self.matches_from(words, lowers, start, out, |i| {
            self.words.get(lowers[i]).copied()
        });
    }

    /// The dictionary word id of each lowercase word (`None`: in no name), for
    /// [`Lexicon::matches_at_ids`], which then looks each word up only once a sentence.
    pub fn word_ids(&self, lowers: &[&str]) -> Vec<Option<u32>> {
        lowers.iter().map(|w| self.words.get(*w).copied()).collect()
    }

    /// [`Lexicon::matches_at`] with the words' ids from [`Lexicon::word_ids`].
    pub fn matches_at_ids(
        &self,
        words: &[&str],
        lowers: &[&str],
        ids: &[Option<u32>],
        start: usize,
        out: &mut Vec<Found>,
    ) {
        self.matches_from(words, lowers, start, out, |i| ids.get(i).copied().flatten());
    }

    fn matches_from(
        &self,
        words: &[&str],
        lowers: &[&str],
        start: usize,
        out: &mut Vec<Found>,
        word_id: impl Fn(usize) -> Option<u32>,
    ) {
        let mut node = 0u32;
        let base = out.len();
        for (i, lw) in lowers.iter().enumerate().skip(start) {
            let exact = word_id(i).and_then(|w| {
                self.edges
                    .get(&((u64::from(node) << 32) | u64::from(w)))
                    .copied()
            });
            let stem = self.stem_edge(node, lw);
            let push = |n: u32, out: &mut Vec<Found>| {
                for (t, toks) in &self.terminals[n as usize] {
                    let ok = (start..=i).enumerate().all(|(k, wi)| {
                        let text = words[wi];
                        (t.caps & (1 << k) == 0
                            || text.chars().next().is_some_and(|c| c.is_uppercase()))
                            && (t.exact & (1 << k) == 0 || toks.get(k).is_some_and(|d| d == text))
                    });
                    if ok {
                        out.push(Found {
                            start,
                            end: i + 1,
                            payload: t.payload,
                        });
                    }
                }
            };
            // a TABARI name ending here in a stem ("ITHILEN~"), while longer names go on
            // along the exact word ("ITHILEN TELEVISION")
            if let (Some(_), Some(sn)) = (exact, stem) {
                push(sn, out);
            }
            let Some(next) = exact.or(stem) else {
                break;
            };
            node = next;
            push(node, out);
        }
        // longest first
        out[base..].reverse();
    }

    /// The TABARI stem edge from `node` for word `lw`: its longest prefix (three letters or
    /// more) that a name ends with as a stem.
    fn stem_edge(&self, node: u32, lw: &str) -> Option<u32> {
        if self.stem_edges.is_empty() {
            return None;
        }
        (3..=lw.len())
            .rev()
            .filter(|&k| lw.is_char_boundary(k))
            .find_map(|k| {
                let w = *self.words.get(&lw[..k])?;
                self.stem_edges
                    .get(&((u64::from(node) << 32) | u64::from(w)))
                    .copied()
            })
    }

    /// The verb patterns of a lowercase word: its own form's, else those of the longest
    /// TABARI stem it starts with.
    pub fn verb_patterns(&self, form: &str) -> &[u32] {
        self.verb_form(form).map_or(&[], |v| v.ids.as_slice())
    }

    fn verb_form(&self, form: &str) -> Option<&FormPatterns> {
        if let Some(v) = self.verb_index.get(form) {
            return Some(v);
        }
        if self.verb_stems.is_empty() {
            return None;
        }
        (3..=form.len())
            .rev()
            .filter(|&k| form.is_char_boundary(k))
            .find_map(|k| self.verb_stems.get(&form[..k]))
    }

    /// Puts into `out` (cleared first) the [`Lexicon::verb_patterns`] of `form` whose required
    /// words are all among `present` ([`Lexicon::required_met`]), in order. (A loop of its
    /// own: the first required words are scanned with the sentence's bits in registers.)
    pub fn verb_patterns_met(&self, form: &str, present: &RequiredWords, out: &mut Vec<u32>) {
        out.clear();
        let Some(v) = self.verb_form(form) else {
            return;
        };
        let bits = present.bits.as_slice();
        for (&id, &w) in v.ids.iter().zip(&v.firsts) {
            // (no required word: the id every sentence has)
            let first = bits
                .get(w as usize / 64)
                .is_some_and(|b| b & (1 << (w % 64)) != 0);
            if first && self.required_met(id, present) && self.synsets_met(id, present) {
                out.push(id);
            }
        }
    }

    pub fn noun_patterns(&self, form: &str) -> &[u32] {
        self.noun_index.get(form).map_or(&[], |v| v.ids.as_slice())
    }

    /// The strongest discard phrase among the sentence's lowercase words, if any: a story
    /// discard wins over a sentence discard. Phrases match whole consecutive words.
    pub fn discard_in(&self, lowers: &[&str]) -> Option<DiscardHit> {
        if self.discards.is_empty() {
            return None;
        }
        self.discard_in_ids(&self.word_ids(lowers), lowers)
    }

    /// [`Lexicon::discard_in`] of a sentence's lowercase words and their
    /// [`Lexicon::word_ids`].
    pub fn discard_in_ids(&self, ids: &[Option<u32>], lowers: &[&str]) -> Option<DiscardHit> {
        if self.discards.is_empty() {
            return None;
        }
        let mut hit = None;
        for (i, w) in ids.iter().enumerate() {
            let Some(list) = w
                .and_then(|w| self.discard_by_word.get(w as usize))
                .and_then(|&d| self.discard_lists.get(d as usize))
            else {
                continue;
            };
            for (words, story) in list {
                if lowers
                    .get(i..i + words.len())
                    .is_some_and(|x| x == words.as_slice())
                {
                    if *story {
                        return Some(DiscardHit::Story);
                    }
                    hit = Some(DiscardHit::Sentence);
                }
            }
        }
        hit
    }

    /// The one dictionary person whose canonical name ends in `surname`, if exactly one does.
    pub fn person_by_surname(&self, surname: &str) -> Option<u32> {
        match self.person_surnames.get(surname)?.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// The code verb `lemma` (any case) has on its own, where the dictionaries list it.
    pub fn bare_code(&self, lemma: &str) -> Option<&str> {
        self.bare_codes
            .get(lemma.to_uppercase().as_str())
            .map(String::as_str)
    }

    pub fn has_verbs(&self) -> bool {
        !self.verbs.is_empty()
    }
}
