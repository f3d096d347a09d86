//! Verb dictionaries: PETRARCH-2 (`CAMEO.2.0.txt`), PETRARCH-1 (`---` blocks with TABARI
//! pattern tokens) and TABARI (`.verbs`: each verb line opens its own block, `<SYNSETS>`,
//! `<TIME>`, `;` comments).
//!
//! A block's patterns apply to every verb of the block (PETRARCH stores them under the block
//! and points each verb at it). They are emitted once per group of verbs sharing the same
//! multi-word frame (`verb_before`/`verb_after`): the group's [`VerbPattern::forms`] hold
//! every form of every verb of the group, its `lemma` is the first verb's. Each verb line also
//! gives one pattern of its own with empty `pre`/`post` carrying its (or the block's) code.

use super::text::{content_lines, diag, parse_code, phrase_plural, phrase_words, verb_forms};
use super::VerbStats;
use crate::{CodeSpec, DictDiagnostic, DictFormat, Loc, PatElem, Transformation, VerbPattern};
use std::collections::HashMap;

/// Decides the syntax of a verb file from its name and content.
pub(crate) fn detect_format(file_name: &str, src: &str) -> DictFormat {
    let lower = file_name.to_ascii_lowercase();
    let mut headers = 0usize;
    let mut p2 = 0usize;
    let mut p1 = 0usize;
    let mut tabari_tags = false;
    for line in src.lines() {
        let t = line.trim_start();
        if t.starts_with("---") {
            headers += 1;
        } else if t.starts_with("<SYNSETS>") || t.starts_with("<TIME>") {
            tabari_tags = true;
        } else if let Some(body) = t.strip_prefix('-') {
            let body = body.split(['#', '[']).next().unwrap_or("");
            let alt = body.contains('|');
            if body.contains('(') || (body.contains('{') && !alt) {
                p2 += 1;
            }
            if alt
                || body.contains('_')
                || body.contains('~')
                || body
                    .split_whitespace()
                    .any(|w| matches!(w, "$" | "+" | "%" | "^"))
            {
                p1 += 1;
            }
        }
    }
    if tabari_tags || lower.ends_with(".verbs") || headers == 0 {
        DictFormat::Tabari
    } else if p2 > 0 && p2 >= p1 {
        DictFormat::Petrarch2
    } else {
        DictFormat::Petrarch1
    }
}

/// What one verb file yields.
#[derive(Default)]
pub(crate) struct VerbFile {
    pub verbs: Vec<VerbPattern>,
    pub synsets: HashMap<String, Vec<String>>,
    pub transformations: Vec<Transformation>,
    pub diagnostics: Vec<DictDiagnostic>,
}

#[derive(Debug, Clone)]
struct VerbDef {
    lemma: String,
    forms: Vec<String>,
    before: Vec<String>,
    after: Vec<String>,
    /// TABARI verb phrases (`BRUSH ASIDE REPORTS`): the words after the verb.
    extra_post: Vec<PatElem>,
    code: Option<CodeSpec>,
    line: usize,
}

#[derive(Debug, Clone)]
struct PatDef {
    pre: Vec<PatElem>,
    post: Vec<PatElem>,
    adj_before: Vec<String>,
    adj_after: Vec<String>,
    code: CodeSpec,
    line: usize,
}

struct Block {
    meaning: String,
    code: CodeSpec,
    line: usize,
    verbs: Vec<VerbDef>,
    pats: Vec<PatDef>,
}

/// Normalised synset name: without `&`, trailing `_`, upper case.
pub(crate) fn synset_name(s: &str) -> String {
    s.trim_start_matches('&')
        .trim_end_matches('_')
        .to_ascii_uppercase()
}

struct Reader<'a> {
    file: &'a str,
    format: DictFormat,
    out: VerbFile,
    stats: &'a mut VerbStats,
    /// (synset referenced, line) for the undefined-synset check at the end.
    syn_refs: Vec<(String, usize)>,
}

pub(crate) fn read(file: &str, src: &str, format: DictFormat, stats: &mut VerbStats) -> VerbFile {
    let mut r = Reader {
        file,
        format,
        out: VerbFile::default(),
        stats,
        syn_refs: Vec::new(),
    };
    r.run(src);
    r.out.diagnostics.sort_by_key(|d| d.loc.line);
    r.out
}

impl Reader<'_> {
    fn diag(&mut self, line: usize, reason: impl Into<String>) {
        self.out.diagnostics.push(diag(self.file, line, reason));
    }

    fn loc(&self, line: usize) -> Loc {
        Loc {
            file: self.file.to_string(),
            line,
        }
    }

    fn run(&mut self, src: &str) {
        let tabari = self.format == DictFormat::Tabari;
        let mut block: Option<Block> = None;
        let mut synset: Option<(String, bool)> = None;
        let mut in_time = false;
        for line in content_lines(src) {
            let t: &str = &line.text;
            let no = line.no;
            // TABARI section tags.
            if t.starts_with('<') && t.ends_with('>') {
                let tag = t.trim_matches(|c| c == '<' || c == '>' || c == '/');
                in_time = tag.eq_ignore_ascii_case("TIME") && !t.starts_with("</");
                synset = None;
                continue;
            }
            if in_time {
                self.stats.tabari_time_lines += 1;
                continue;
            }
            if let Some(rest) = t.strip_prefix('&') {
                let raw_name = rest.split_whitespace().next().unwrap_or("");
                let name = synset_name(raw_name);
                if name.is_empty() {
                    self.diag(no, "expected a synset name after '&' (e.g. &CURRENCY)");
                    synset = None;
                } else {
                    self.out.synsets.entry(name.clone()).or_default();
                    synset = Some((name, raw_name.ends_with('_')));
                }
                continue;
            }
            if let (Some(m), Some((name, no_plural))) = (t.strip_prefix('+'), synset.as_ref()) {
                let member_no_plural = m.trim_end().ends_with('_');
                let words: Vec<String> = phrase_words(m).map(atom_string).collect();
                if words.is_empty() {
                    self.diag(no, "expected a word or phrase after '+' in a synset");
                    continue;
                }
                let phrase = words.join(" ");
                let plural = !no_plural
                    && !member_no_plural
                    && !words.last().is_some_and(|w| w.starts_with('&'));
                let members = self.out.synsets.entry(name.clone()).or_default();
                if plural {
                    let p = phrase_plural(&phrase);
                    members.push(phrase);
                    members.push(p);
                } else {
                    members.push(phrase);
                }
                continue;
            }
            synset = None;
            if let Some(rest) = t.strip_prefix('~') {
                match parse_transformation(rest) {
                    Ok(mut tr) => {
                        tr.loc = self.loc(no);
                        self.out.transformations.push(tr);
                    }
                    Err(e) => self.diag(no, e),
                }
                continue;
            }
            if t.starts_with("---") {
                if let Some(b) = block.take() {
                    self.flush(b);
                }
                let (meaning, code) = match parse_header(t) {
                    Ok((meaning, code, warn)) => {
                        if let Some(w) = warn {
                            self.diag(no, w);
                        }
                        (meaning, code)
                    }
                    Err(e) => {
                        // Keep the block (unnamed, null code) so that its verbs and
                        // patterns still load and only this line is reported.
                        self.diag(no, e);
                        (String::new(), CodeSpec::Null)
                    }
                };
                self.stats.blocks += 1;
                block = Some(Block {
                    meaning,
                    code,
                    line: no,
                    verbs: Vec::new(),
                    pats: Vec::new(),
                });
                continue;
            }
            if let Some(body) = t.strip_prefix('-') {
                self.stats.pattern_lines += 1;
                match parse_pattern(body) {
                    Ok(mut p) => {
                        p.line = no;
                        if tabari {
                            // TABARI: a word is a stem unless a '_' ends it
                            let exact = exact_words(body);
                            stem_words(&mut p.pre, &exact);
                            stem_words(&mut p.post, &exact);
                        }
                        collect_syn_refs(&p.pre, no, &mut self.syn_refs);
                        collect_syn_refs(&p.post, no, &mut self.syn_refs);
                        match block.as_mut() {
                            Some(b) => b.pats.push(p),
                            None => self.diag(
                                no,
                                "pattern before any verb block: expected a '--- NAME [code] ---' \
                                 header or a verb line first",
                            ),
                        }
                    }
                    Err(e) => self.diag(no, e),
                }
                continue;
            }
            if t.starts_with('{') && tabari {
                // TABARI: irregular forms of the previous verb on their own line.
                match parse_forms_line(t) {
                    Ok((forms, bad)) => {
                        for b in bad {
                            self.diag(no, b);
                        }
                        match block.as_mut().and_then(|b| b.verbs.last_mut()) {
                            Some(v) => {
                                v.forms = std::iter::once(v.lemma.clone())
                                    .chain(forms)
                                    .fold(Vec::new(), push_unique);
                            }
                            None => {
                                self.diag(no, "irregular forms {...} without a verb line above")
                            }
                        }
                    }
                    Err(e) => self.diag(no, e),
                }
                continue;
            }
            // A verb line.
            match parse_verb_line(t) {
                Ok((mut v, bad)) => {
                    for b in bad {
                        self.diag(no, b);
                    }
                    v.line = no;
                    self.stats.verb_lines += 1;
                    if tabari {
                        // TABARI: the verb is a stem ("RESTOR" is restore, restored, ...)
                        // unless a '_' ends it ("ACT_")
                        let raw = t.split(['[', '{']).next().unwrap_or("").trim();
                        let word = raw.split_whitespace().next().unwrap_or("");
                        if !word.ends_with('_') && v.before.is_empty() && v.after.is_empty() {
                            let stem = format!("{}~", v.lemma);
                            if !v.forms.contains(&stem) {
                                v.forms.push(stem);
                            }
                        }
                        if let Some(b) = block.take() {
                            self.flush(b);
                        }
                        self.stats.blocks += 1;
                        block = Some(Block {
                            meaning: t
                                .split('[')
                                .next()
                                .unwrap_or("")
                                .split('{')
                                .next()
                                .unwrap_or("")
                                .trim()
                                .to_string(),
                            code: v.code.clone().unwrap_or(CodeSpec::Null),
                            line: no,
                            verbs: vec![v],
                            pats: Vec::new(),
                        });
                    } else {
                        match block.as_mut() {
                            Some(b) => b.verbs.push(v),
                            None => self.diag(
                                no,
                                "verb line before any '--- NAME [code] ---' block header",
                            ),
                        }
                    }
                }
                Err(e) => self.diag(no, e),
            }
        }
        if let Some(b) = block.take() {
            self.flush(b);
        }
        let refs = std::mem::take(&mut self.syn_refs);
        for (name, no) in refs {
            if !self.out.synsets.contains_key(&name) {
                self.diag(
                    no,
                    format!(
                        "undefined synset &{name}: expected a '&{name}' definition in the file"
                    ),
                );
            }
        }
    }

    fn flush(&mut self, mut b: Block) {
        if b.verbs.is_empty() {
            if b.pats.is_empty() {
                return;
            }
            let single =
                !b.meaning.is_empty() && b.meaning.chars().all(|c| c.is_ascii_alphabetic());
            if single {
                self.diag(
                    b.line,
                    format!(
                        "verb block {} has patterns but no verb lines: expected verbs under the \
                         header; its {} patterns are attached to the block name as the verb",
                        b.meaning,
                        b.pats.len()
                    ),
                );
                let lemma = b.meaning.to_ascii_lowercase();
                b.verbs.push(VerbDef {
                    forms: verb_forms(&lemma),
                    lemma,
                    before: Vec::new(),
                    after: Vec::new(),
                    extra_post: Vec::new(),
                    code: None,
                    line: b.line,
                });
            } else {
                self.diag(
                    b.line,
                    format!(
                        "verb block {} has patterns but no verb lines: expected verbs under the \
                         header; {} patterns dropped",
                        b.meaning,
                        b.pats.len()
                    ),
                );
                return;
            }
        }
        let file = self.file.to_string();
        // One bare pattern per verb.
        for v in &b.verbs {
            self.out.verbs.push(VerbPattern {
                lemma: v.lemma.clone(),
                forms: v.forms.clone(),
                verb_before: v.before.clone(),
                verb_after: v.after.clone(),
                pre: Vec::new(),
                post: v.extra_post.clone(),
                nominal: false,
                symmetric: false,
                code: v.code.clone().unwrap_or_else(|| b.code.clone()),
                plover: None,
                label: b.meaning.clone(),
                loc: Loc {
                    file: file.clone(),
                    line: v.line,
                },
            });
        }
        if b.pats.is_empty() {
            return;
        }
        // Group the verbs by multi-word frame.
        let mut groups: Vec<VerbDef> = Vec::new();
        for v in &b.verbs {
            match groups.iter_mut().find(|g| {
                g.before == v.before && g.after == v.after && g.extra_post == v.extra_post
            }) {
                Some(g) => {
                    for f in &v.forms {
                        if !g.forms.contains(f) {
                            g.forms.push(f.clone());
                        }
                    }
                }
                None => groups.push(v.clone()),
            }
        }
        for p in &b.pats {
            let symmetric = has_compound(&p.pre) || has_compound(&p.post);
            for g in &groups {
                let mut before = p.adj_before.clone();
                before.extend(g.before.iter().cloned());
                let mut after = g.after.clone();
                after.extend(p.adj_after.iter().cloned());
                let mut post = g.extra_post.clone();
                post.extend(p.post.iter().cloned());
                self.out.verbs.push(VerbPattern {
                    lemma: g.lemma.clone(),
                    forms: g.forms.clone(),
                    verb_before: before,
                    verb_after: after,
                    pre: p.pre.clone(),
                    post,
                    nominal: false,
                    symmetric,
                    code: p.code.clone(),
                    plover: None,
                    label: b.meaning.clone(),
                    loc: Loc {
                        file: file.clone(),
                        line: p.line,
                    },
                });
            }
        }
    }
}

fn push_unique(mut v: Vec<String>, s: String) -> Vec<String> {
    if !v.contains(&s) {
        v.push(s);
    }
    v
}

fn has_compound(elems: &[PatElem]) -> bool {
    elems.iter().any(|e| match e {
        PatElem::Compound => true,
        PatElem::Prep { elems, .. } => has_compound(elems),
        PatElem::Alt(alts) => alts.iter().any(|a| has_compound(a)),
        _ => false,
    })
}

fn collect_syn_refs(elems: &[PatElem], line: usize, out: &mut Vec<(String, usize)>) {
    for e in elems {
        match e {
            PatElem::Synset(s) => out.push((s.clone(), line)),
            PatElem::Prep { elems, .. } => collect_syn_refs(elems, line, out),
            PatElem::Alt(alts) => {
                for a in alts {
                    collect_syn_refs(a, line, out);
                }
            }
            PatElem::Phrase(ws) | PatElem::NounPhrase(ws) => {
                for w in ws {
                    if let Some(s) = w.strip_prefix('&') {
                        out.push((s.to_string(), line));
                    }
                }
            }
            _ => {}
        }
    }
}

/// `--- MEANING [code] ---`. Lenient: `[110]---  ---` is accepted; with several codes the
/// first is used and a warning returned.
fn parse_header(t: &str) -> Result<(String, CodeSpec, Option<String>), String> {
    let inner = t.trim_start_matches('-').trim_end().trim_end_matches('-');
    let help = "expected a block header '--- NAME [code] ---'";
    let (outside, groups) =
        super::text::bracket_groups(inner).map_err(|e| format!("{help}: {e}"))?;
    let name = match inner.find('[') {
        Some(o) => &inner[..o],
        None => inner,
    }
    .trim();
    if name.is_empty() {
        return Err(format!("{help}: the block name is missing"));
    }
    let after = outside.trim().strip_prefix(name).unwrap_or("").trim();
    if !after.trim_matches('-').trim().is_empty() {
        return Err(format!("{help}: unexpected text '{after}' after the name"));
    }
    let (code, warn) = match groups.as_slice() {
        [] => (CodeSpec::Null, None),
        [g] => (parse_code(g).map_err(|e| format!("{help}: {e}"))?, None),
        [g, ..] => (
            parse_code(g).map_err(|e| format!("{help}: {e}"))?,
            Some(format!(
                "{help} with one code: found {} codes, using the first [{}]",
                groups.len(),
                g.trim()
            )),
        ),
    };
    Ok((name.to_string(), code, warn))
}

/// Splits a verb token (`+MEET_WITH`, `WIRE_+TAP`, `CALLED_ON`) into (before, verb, after),
/// lower case. Without a `+`, the first word is the verb.
fn split_verb_token(tok: &str) -> Result<(Vec<String>, String, Vec<String>), String> {
    let tok = tok.trim_end_matches('=');
    let parts: Vec<&str> = tok.split('_').filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        return Err("expected a verb word".into());
    }
    let idx = parts.iter().position(|p| p.starts_with('+')).unwrap_or(0);
    let verb = parts[idx].trim_start_matches('+').to_lowercase();
    let ok = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '.' | '&'))
    };
    if !ok(&verb) {
        return Err(format!("expected a verb word, found '{tok}'"));
    }
    let low = |ps: &[&str]| -> Result<Vec<String>, String> {
        ps.iter()
            .map(|p| {
                let w = p.trim_start_matches('+').to_lowercase();
                if ok(&w) {
                    Ok(w)
                } else {
                    Err(format!("expected a verb word, found '{tok}'"))
                }
            })
            .collect()
    };
    Ok((low(&parts[..idx])?, verb, low(&parts[idx + 1..])?))
}

/// `{A B C}` on a line of its own (TABARI) or inside a verb line: the verb words of each form.
/// Unreadable forms are skipped and reported in the second list. Commas between forms are
/// accepted.
fn parse_forms_line(t: &str) -> Result<(Vec<String>, Vec<String>), String> {
    let inner = t
        .trim()
        .strip_prefix('{')
        .and_then(|s| s.trim_end().strip_suffix('}'))
        .ok_or("expected irregular forms as '{FORM FORM ...}'")?;
    let mut forms = Vec::new();
    let mut bad = Vec::new();
    for f in inner.split(|c: char| c.is_whitespace() || c == ',') {
        if f.is_empty() {
            continue;
        }
        match split_verb_token(f) {
            Ok((_, v, _)) => forms.push(v),
            Err(_) => bad.push(format!(
                "irregular form '{f}' skipped: expected a word, with '+' only at the start of \
                 the verb word (e.g. +MET_WITH)"
            )),
        }
    }
    Ok((forms, bad))
}

/// `VERB {FORMS} [code]`, `+MEET_WITH {+MET_WITH ...}`, `WIRE_+TAP`, TABARI `BURN DOWN [222]`.
/// Also returns warnings for skipped irregular forms.
fn parse_verb_line(t: &str) -> Result<(VerbDef, Vec<String>), String> {
    let (outside, groups) = super::text::bracket_groups(t)?;
    if groups.len() > 1 {
        return Err("expected at most one [code] on a verb line".into());
    }
    let code = match groups.first() {
        Some(g) => Some(parse_code(g)?),
        None => None,
    };
    let mut bad = Vec::new();
    let (main, forms) = match (outside.find('{'), outside.find('}')) {
        (None, None) => (outside.as_str(), None),
        (Some(o), Some(c)) if o < c => {
            if !outside[c + 1..].trim().is_empty() {
                return Err("unexpected text after the irregular forms {...}".into());
            }
            let (fs, b) = parse_forms_line(&outside[o..=c])?;
            bad = b;
            (&outside[..o], Some(fs))
        }
        _ => {
            return Err("expected irregular forms as '{FORM FORM ...}' (unbalanced braces)".into())
        }
    };
    let mut toks = main.split_whitespace();
    let first = toks
        .next()
        .ok_or("expected a verb (e.g. 'ACCUSE [112]' or '+MEET_WITH')")?;
    if first.starts_with(['(', ')', '*', '$', '%', '^', '|', '}', '~']) {
        return Err(format!(
            "expected a verb line (or a pattern starting with '- '), found '{first}'"
        ));
    }
    let (before, lemma, after) = split_verb_token(first)?;
    let mut extra_post = Vec::new();
    for w in toks {
        extra_post.push(word_elem(w)?);
    }
    let forms = match forms {
        Some(fs) => std::iter::once(lemma.clone())
            .chain(fs)
            .fold(Vec::new(), push_unique),
        None => verb_forms(&lemma),
    };
    Ok((
        VerbDef {
            lemma,
            forms,
            before,
            after,
            extra_post,
            code,
            line: 0,
        },
        bad,
    ))
}

/// A word inside a phrase: `&SYN` keeps its normalised name with `&`; actor slots stay
/// symbols; anything else is lower case.
fn atom_string(w: &str) -> String {
    if w.starts_with('&') {
        format!("&{}", synset_name(w))
    } else {
        w.to_lowercase()
    }
}

/// The words of a TABARI pattern line written with a closing '_' (`TIES_`, `DEMAND_{`):
/// those match whole words only; every other word is a stem. Lower case, without the '_'.
fn exact_words(body: &str) -> Vec<String> {
    body.split(|c: char| c.is_whitespace() || matches!(c, '{' | '}' | '(' | ')' | '|' | '['))
        .flat_map(|tok| {
            let parts: Vec<&str> = tok.split('_').collect();
            let n = parts.len();
            // in A_B_ every part but a last one that nothing follows is closed by a '_'
            parts
                .into_iter()
                .enumerate()
                .filter(move |&(i, p)| !p.is_empty() && i + 1 < n)
                .map(|(_, p)| p.to_lowercase())
        })
        .collect()
}

/// TABARI: pattern words become stems, except the exact ones.
fn stem_words(elems: &mut [PatElem], exact: &[String]) {
    for e in elems {
        match e {
            PatElem::Word(w) if !exact.contains(w) && w.len() >= 3 => {
                *e = PatElem::Stem(std::mem::take(w));
            }
            PatElem::Prep { elems, .. } => stem_words(elems, exact),
            PatElem::Alt(alts) => {
                for a in alts {
                    stem_words(a, exact);
                }
            }
            _ => {}
        }
    }
}

fn word_elem(w: &str) -> Result<PatElem, String> {
    match w {
        "$" => return Ok(PatElem::Source),
        "+" => return Ok(PatElem::Target),
        "%" => return Ok(PatElem::Compound),
        "^" => return Ok(PatElem::Skip),
        _ => {}
    }
    if w.contains('_') {
        let parts: Vec<&str> = w.split('_').filter(|p| !p.is_empty()).collect();
        return match parts.len() {
            0 => Err(format!("expected a word, found '{w}'")),
            1 => word_elem(parts[0]),
            _ => Ok(PatElem::Phrase(
                parts.into_iter().map(atom_string).collect(),
            )),
        };
    }
    if w.starts_with('&') {
        let n = synset_name(w);
        if n.is_empty() {
            return Err("expected a synset name after '&'".into());
        }
        return Ok(PatElem::Synset(n));
    }
    if let Some(stem) = w.strip_suffix('~') {
        if stem.is_empty() || stem.contains('~') {
            return Err(format!("expected a stem like 'WORD~', found '{w}'"));
        }
        return Ok(PatElem::Stem(stem.to_lowercase()));
    }
    if w.contains(['*', '~', '[', ']']) {
        return Err(format!("unexpected '{w}' in a pattern"));
    }
    Ok(PatElem::Word(w.to_lowercase()))
}

#[derive(Debug, PartialEq)]
enum Tok<'a> {
    Open(char),
    Close(char),
    Bar,
    Word(&'a str),
}

fn lex(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        let special = matches!(c, '(' | ')' | '{' | '}' | '|');
        if c.is_whitespace() || special {
            if let Some(st) = start.take() {
                out.push(Tok::Word(&s[st..i]));
            }
            match c {
                '(' | '{' => out.push(Tok::Open(c)),
                ')' | '}' => out.push(Tok::Close(c)),
                '|' => out.push(Tok::Bar),
                _ => {}
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(Tok::Word(&s[st..]));
    }
    out
}

/// Elements inside `{...}` alternatives or `(PREP ...)`: words and noun phrases.
fn inner_elems(toks: &[Tok<'_>]) -> Result<Vec<PatElem>, String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            Tok::Word(w) => {
                if w.contains('*') {
                    return Err("expected '*' outside (...) and {...}".into());
                }
                out.push(word_elem(w)?);
                i += 1;
            }
            Tok::Open('{') => {
                let (e, n) = brace_group(&toks[i..])?;
                out.push(e);
                i += n;
            }
            Tok::Open(_) => return Err("expected no nested '(' inside a (PREP ...) phrase".into()),
            Tok::Close(c) => return Err(format!("unexpected '{c}'")),
            Tok::Bar => return Err("unexpected '|' outside {a | b}".into()),
        }
    }
    Ok(out)
}

/// `{...}` at toks[0]: a noun phrase, or alternatives when it holds `|`. Returns the element
/// and the number of tokens used.
fn brace_group(toks: &[Tok<'_>]) -> Result<(PatElem, usize), String> {
    let end = toks
        .iter()
        .position(|t| *t == Tok::Close('}'))
        .ok_or("expected '}' closing the {...} group")?;
    let inner = &toks[1..end];
    if inner
        .iter()
        .any(|t| matches!(t, Tok::Open(_) | Tok::Close(_)))
    {
        return Err("expected only words inside {...}".into());
    }
    if inner.contains(&Tok::Bar) {
        let mut alts = Vec::new();
        for part in inner.split(|t| *t == Tok::Bar) {
            let elems = inner_elems(part)?;
            if elems.is_empty() {
                return Err("expected a word in every alternative of {a | b}".into());
            }
            alts.push(elems);
        }
        return Ok((PatElem::Alt(alts), end + 1));
    }
    let mut words = Vec::new();
    for t in inner {
        if let Tok::Word(w) = t {
            if w.contains('*') {
                return Err("expected '*' outside {...}".into());
            }
            words.extend(phrase_words(w).map(atom_string));
        }
    }
    if words.is_empty() {
        return Err("expected words inside the noun phrase {ADJ ... HEAD}".into());
    }
    Ok((PatElem::NounPhrase(words), end + 1))
}

/// `- pre * post [CODE]` (the leading `-` already removed).
fn parse_pattern(body: &str) -> Result<PatDef, String> {
    let (outside, groups) = super::text::bracket_groups(body)?;
    let code = match groups.as_slice() {
        [] => return Err("expected a [code] at the end of the pattern".into()),
        [g] => parse_code(g)?,
        _ => return Err("expected one [code] per pattern".into()),
    };
    let toks = lex(&outside);
    let mut pre = Vec::new();
    let mut post = Vec::new();
    let mut adj_before = Vec::new();
    let mut adj_after = Vec::new();
    let mut seen_verb = false;
    let mut i = 0;
    while i < toks.len() {
        let target = if seen_verb { &mut post } else { &mut pre };
        match &toks[i] {
            Tok::Word(w) if w.contains('*') => {
                if seen_verb {
                    return Err("expected only one '*' (the verb position)".into());
                }
                let (l, r) = w.split_once('*').unwrap_or((w, ""));
                if r.contains('*') {
                    return Err("expected only one '*' (the verb position)".into());
                }
                adj_before = l
                    .split('_')
                    .filter(|p| !p.is_empty())
                    .map(atom_string)
                    .collect();
                adj_after = r
                    .split('_')
                    .filter(|p| !p.is_empty())
                    .map(atom_string)
                    .collect();
                seen_verb = true;
                i += 1;
            }
            Tok::Word(w) => {
                target.push(word_elem(w)?);
                i += 1;
            }
            Tok::Open('(') => {
                let end = toks[i..]
                    .iter()
                    .position(|t| *t == Tok::Close(')'))
                    .ok_or("expected ')' closing the (PREP ...) phrase")?;
                let inner = &toks[i + 1..i + end];
                let prep = match inner.first() {
                    Some(Tok::Word(p)) if !p.contains('*') && !p.starts_with('&') => {
                        p.to_lowercase()
                    }
                    _ => return Err("expected a preposition after '('".into()),
                };
                let elems = inner_elems(&inner[1..])?;
                target.push(PatElem::Prep { prep, elems });
                i += end + 1;
            }
            Tok::Open(_) => {
                let (e, n) = brace_group(&toks[i..])?;
                target.push(e);
                i += n;
            }
            Tok::Close(c) => return Err(format!("unexpected '{c}' without its opening bracket")),
            Tok::Bar => return Err("unexpected '|' outside {a | b}".into()),
        }
    }
    if !seen_verb {
        return Err("expected '*' marking the verb position".into());
    }
    Ok(PatDef {
        pre,
        post,
        adj_before,
        adj_after,
        code,
        line: 0,
    })
}

/// `a (b c VERB) VERB2 = x y CODE` (after the `~`).
fn parse_transformation(s: &str) -> Result<Transformation, String> {
    let help = "expected a transformation '~ a (b c VERB) VERB2 = x y CODE'";
    let flat: String = s
        .chars()
        .map(|c| if c == '(' || c == ')' { ' ' } else { c })
        .collect();
    let (l, r) = flat
        .split_once('=')
        .ok_or_else(|| format!("{help}: '=' missing"))?;
    let l: Vec<&str> = l.split_whitespace().collect();
    let r: Vec<&str> = r.split_whitespace().collect();
    if l.len() != 5 || r.len() != 3 || !s.contains('(') {
        return Err(format!(
            "{help}: found {} terms before '=' (expected 5) and {} after (expected 3)",
            l.len(),
            r.len()
        ));
    }
    let o = |x: &str| x.to_string();
    Ok(Transformation {
        outer_source: o(l[0]),
        inner_source: o(l[1]),
        inner_target: o(l[2]),
        inner_verb: o(l[3]),
        outer_verb: o(l[4]),
        result_source: o(r[0]),
        result_target: o(r[1]),
        result_code: o(r[2]),
        loc: Loc::default(),
    })
}

#[cfg(test)]
mod tabari_stem_tests {
    use super::*;

    #[test]
    fn tabari_verbs_and_pattern_words_are_stems_unless_closed_by_underscore() {
        let src = "RESTOR  [064]\n- * &TIETYPES TIES [902]\n- * RELATIONS_ [065]\nACT_ [100]\n<SYNSETS>\n&TIETYPES\n+MILITARY\n</SYNSETS>\n";
        let mut stats = VerbStats::default();
        let vf = read("t.verbs", src, DictFormat::Tabari, &mut stats);
        let restor: Vec<_> = vf.verbs.iter().filter(|v| v.lemma == "restor").collect();
        assert!(!restor.is_empty());
        assert!(restor
            .iter()
            .all(|v| v.forms.contains(&"restor~".to_string())));
        let ties = restor.iter().find(|v| {
            v.post
                .iter()
                .any(|e| matches!(e, PatElem::Stem(w) if w == "ties"))
        });
        assert!(ties.is_some(), "{restor:?}");
        let rel = restor.iter().find(|v| {
            v.post
                .iter()
                .any(|e| matches!(e, PatElem::Word(w) if w == "relations"))
        });
        assert!(rel.is_some(), "{restor:?}");
        let act: Vec<_> = vf.verbs.iter().filter(|v| v.lemma == "act").collect();
        assert!(!act.is_empty());
        assert!(act
            .iter()
            .all(|v| !v.forms.iter().any(|f| f.ends_with('~'))));
        assert_eq!(
            exact_words(" * RELATIONS_ TIES A_B_C"),
            vec!["relations", "a", "b"]
        );
    }
}
