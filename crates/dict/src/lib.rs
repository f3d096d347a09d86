//! Dictionaries: Lede's own format and the community's PETRARCH-2, PETRARCH-1 and TABARI
//! formats, read into one in-memory representation ([`DictSet`]) that the coder compiles.
//!
//! Entry points: [`default_set`] (Lede's embedded dictionaries), [`load_dir`] (a folder in
//! any supported layout). Loading never stops at a bad line: every unreadable line becomes a
//! [`DictDiagnostic`] (`file:line: reason`) and the rest loads.
//! Architecture invariant: no text analysis, no I/O beyond reading dictionary files, no
//! printing. Knows nothing of sentences, tokens or output formats.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

pub use chrono::NaiveDate;
pub use lede_model::ActorKind;

pub mod lede_format;
pub mod petrarch;

/// Where an entry came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Loc {
    pub file: String,
    pub line: usize,
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

impl Loc {
    /// Appends the location as [`fmt::Display`] writes it (`file:line`) to `out`, without the
    /// formatting machinery (coders describe every match's rule with it).
    pub fn push_to(&self, out: &mut String) {
        out.push_str(&self.file);
        out.push(':');
        push_decimal(self.line, out);
    }

    /// `prefix` followed by the location (`file:line`): `format!("{prefix}{loc}")` in one
    /// allocation.
    pub fn with_prefix(&self, prefix: &str) -> String {
        let mut out = String::with_capacity(prefix.len() + self.file.len() + 8);
        out.push_str(prefix);
        self.push_to(&mut out);
        out
    }
}

/// Appends `n` in decimal to `out`, most significant digit first (a digit a call: a line
/// number has a few, and a loop over a fixed buffer of 20 digits compiled to far more code).
fn push_decimal(n: usize, out: &mut String) {
    if n >= 10 {
        push_decimal(n / 10, out);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// A line that could not be read; the rest of the file still loads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictDiagnostic {
    pub loc: Loc,
    pub reason: String,
}

impl fmt::Display for DictDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.loc, self.reason)
    }
}

/// A fatal loading error: the folder or file cannot be read at all.
#[derive(Debug)]
pub enum DictError {
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    UnknownLayout {
        path: PathBuf,
    },
}

impl fmt::Display for DictError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DictError::Io { path, error } => {
                write!(f, "{}: cannot read dictionary: {error}", path.display())
            }
            DictError::UnknownLayout { path } => write!(
                f,
                "{}: not a dictionary folder: expected Lede files (verbs.txt, people.txt, ...) \
                 or PETRARCH/TABARI files (*verbs*, *actors*, *agents*)",
                path.display()
            ),
        }
    }
}

impl std::error::Error for DictError {}

/// An actor code valid from `from` (inclusive) until `until` (exclusive); both `None` is the
/// default code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    pub code: String,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

impl DatedCode {
    pub fn undated(code: impl Into<String>) -> DatedCode {
        DatedCode {
            code: code.into(),
            from: None,
            until: None,
        }
    }
    pub fn is_default(&self) -> bool {
        self.from.is_none() && self.until.is_none()
    }
    pub fn holds_on(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| date >= f) && self.until.is_none_or(|u| date < u)
    }
}

/// The first restriction satisfied by `date` wins; an undated code is the default. With no
/// date, the default is used, else the latest-starting code.
pub fn code_on(codes: &[DatedCode], date: Option<NaiveDate>) -> Option<&str> {
    if let Some(d) = date {
        if let Some(c) = codes.iter().find(|c| !c.is_default() && c.holds_on(d)) {
            return Some(&c.code);
        }
        return codes
            .iter()
            .find(|c| c.is_default())
            .map(|c| c.code.as_str());
    }
    codes
        .iter()
        .find(|c| c.is_default())
        .or_else(|| codes.iter().max_by_key(|c| c.from))
        .map(|c| c.code.as_str())
}

/// A named actor: a person, organisation, country, or a word for one ("Russian").
#[derive(Debug, Clone, PartialEq)]
pub struct ActorEntry {
    /// The canonical name ("Vladimir Putin"), as it should be printed.
    pub canonical: String,
    /// Every surface form, words separated by single spaces, as written (case kept).
    pub names: Vec<String>,
    pub codes: Vec<DatedCode>,
    pub kind: ActorKind,
    /// True for adjectives and demonyms ("Russian"): they compose with a following role
    /// word ("Russian envoy" = RUSGOV) and are not actors on their own before a noun.
    pub adjective: bool,
    pub loc: Loc,
}

impl ActorEntry {
    pub fn code_on(&self, date: Option<NaiveDate>) -> Option<&str> {
        code_on(&self.codes, date)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgentPlacement {
    /// `~XXX`: appended after the actor code (RUS + ~MIL = RUSMIL).
    Suffix,
    /// `XXX~`: put before it (IGO~ + ...).
    Prefix,
}

/// A role word or title ("minister", "police") and the code it adds.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentEntry {
    /// Surface forms including generated plurals, words separated by single spaces.
    pub names: Vec<String>,
    pub code: String,
    pub placement: AgentPlacement,
    pub loc: Loc,
}

/// What a matched verb pattern codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeSpec {
    Code(String),
    /// `[A:B]`: active code and passive (or reciprocal) code; either may be absent (`[:173]`).
    Paired {
        active: Option<String>,
        passive: Option<String>,
    },
    /// `[---]`: matches, codes nothing.
    Null,
    /// `[###]`: the sentence is discarded.
    Discard,
    /// `[+++]`: complex, left for a human.
    Complex,
    /// `[023?]`: coded only when nothing else is.
    Subordinate(String),
    /// `[111!]`: wins over other codes of the sentence.
    Dominant(String),
}

/// One element of a verb pattern, before or after the verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatElem {
    /// A word that must appear, in order, other words may come between (lowercase).
    Word(String),
    /// Words that must be consecutive (`A_B`), lowercase.
    Phrase(Vec<String>),
    /// A word with a wild-card ending (`XXXX~`): any word starting with it.
    Stem(String),
    /// `&SYN`: any member of the synset.
    Synset(String),
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// `%`: a compound actor, coded both ways.
    Compound,
    /// `^`: skip one actor.
    Skip,
    /// `(PREP ...)`: a prepositional phrase with its own elements.
    Prep { prep: String, elems: Vec<PatElem> },
    /// `{ADJ ... HEAD}`: a multi-word noun phrase, the last word its head.
    NounPhrase(Vec<String>),
    /// `{a | b}` alternatives (TABARI).
    Alt(Vec<Vec<PatElem>>),
}

/// A verb (or event noun) pattern: the verb, the elements before and after it, the code.
#[derive(Debug, Clone, PartialEq)]
pub struct VerbPattern {
    /// The verb's lemma, lowercase ("meet"); for a multi-word verb, the verb word.
    pub lemma: String,
    /// Inflected forms (lowercase) that match; empty means "generate from the lemma".
    pub forms: Vec<String>,
    /// Words of a multi-word verb before and after the verb word (`+MEET_WITH`: after = [with]).
    pub verb_before: Vec<String>,
    pub verb_after: Vec<String>,
    pub pre: Vec<PatElem>,
    pub post: Vec<PatElem>,
    /// An event noun ("demand", "talks") rather than a verb.
    pub nominal: bool,
    /// "X and Y met": a compound subject is coded both ways.
    pub symmetric: bool,
    pub code: CodeSpec,
    /// PLOVER category, where the dictionary says.
    pub plover: Option<String>,
    /// The verb block's meaning or comment, for provenance.
    pub label: String,
    pub loc: Loc,
}

/// A PETRARCH-2 transformation `~ a (b c VERB) VERB2 = x y CODE`, kept as parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transformation {
    pub outer_source: String,
    pub inner_source: String,
    pub inner_target: String,
    pub inner_verb: String,
    pub outer_verb: String,
    pub result_source: String,
    pub result_target: String,
    pub result_code: String,
    pub loc: Loc,
}

/// A discard phrase: the sentence (or with `story`, the whole story) is not coded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discard {
    pub words: Vec<String>,
    pub story: bool,
    pub loc: Loc,
}

/// An issue phrase (PETRARCH issue coding).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuePhrase {
    pub words: Vec<String>,
    pub code: Option<String>,
    pub category: String,
    /// `~`: cancels all issue coding of the sentence.
    pub ignore: bool,
    pub loc: Loc,
}

/// Which format a set was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictFormat {
    Lede,
    Petrarch2,
    Petrarch1,
    Tabari,
}

/// One dictionary set, as loaded.
#[derive(Debug, Clone)]
pub struct DictSet {
    pub name: String,
    pub format: DictFormat,
    pub actors: Vec<ActorEntry>,
    pub agents: Vec<AgentEntry>,
    pub verbs: Vec<VerbPattern>,
    pub synsets: HashMap<String, Vec<String>>,
    pub transformations: Vec<Transformation>,
    pub discards: Vec<Discard>,
    pub issues: Vec<IssuePhrase>,
    /// Coding options a set carries (TABARI `.options`), as key/value text.
    pub options: Vec<(String, String)>,
    /// PETRARCH's internal coding ontology (PICO), where the folder has one
    /// (`*Ontology*.txt`): CAMEO code and its internal code, in file order. Verb codes
    /// combine and negate through it; empty means PETRARCH-2's built-in table.
    pub code_ontology: Vec<(String, i64)>,
    pub diagnostics: Vec<DictDiagnostic>,
}

impl DictSet {
    pub fn empty(name: impl Into<String>, format: DictFormat) -> DictSet {
        DictSet {
            name: name.into(),
            format,
            actors: Vec::new(),
            agents: Vec::new(),
            verbs: Vec::new(),
            synsets: HashMap::new(),
            transformations: Vec::new(),
            discards: Vec::new(),
            issues: Vec::new(),
            options: Vec::new(),
            code_ontology: Vec::new(),
            diagnostics: Vec::new(),
        }
    }
}

/// A fingerprint of dictionary sets (their entries in a fixed order, FNV-1a 64), recorded as
/// provenance with every stored row. Streams the entries through the hash without building a
/// string of them.
pub fn fingerprint(sets: &[DictSet]) -> String {
    use std::fmt::Write;
    struct Fnv(u64);
    impl Write for Fnv {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            for b in s.bytes() {
                self.0 ^= u64::from(b);
                self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
            }
            Ok(())
        }
    }
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    for s in sets {
        let mut synsets: Vec<_> = s.synsets.iter().collect();
        synsets.sort();
        let _ = writeln!(
            h,
            "{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
            s.name,
            s.format,
            s.actors,
            s.agents,
            s.verbs,
            synsets,
            s.transformations,
            s.discards,
            s.issues,
            s.options
        );
        if !s.code_ontology.is_empty() {
            let _ = writeln!(h, "{:?}", s.code_ontology);
        }
    }
    format!("{:016x}", h.0)
}

/// Lede's own dictionaries, embedded in the binary.
pub fn default_set() -> DictSet {
    lede_format::embedded()
}

/// Loads a dictionary folder, recognizing its layout by its files.
pub fn load_dir(path: &Path) -> Result<DictSet, DictError> {
    if lede_format::is_lede_dir(path) {
        return lede_format::load_dir(path);
    }
    petrarch::load_dir(path)
}

#[cfg(test)]
mod tests {
    use super::Loc;

    #[test]
    fn loc_with_prefix_is_its_display() {
        for (file, line) in [
            ("a.txt", 0),
            ("Phoenix.Countries.actors.txt", 12345),
            ("", 9),
        ] {
            let loc = Loc {
                file: file.to_string(),
                line,
            };
            assert_eq!(loc.with_prefix("dict "), format!("dict {loc}"));
            assert_eq!(loc.with_prefix(""), loc.to_string());
        }
        let max = Loc {
            file: "x".into(),
            line: usize::MAX,
        };
        assert_eq!(max.with_prefix("p "), format!("p {max}"));
    }
}
