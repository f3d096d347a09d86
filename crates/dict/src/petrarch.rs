//! PETRARCH-2, PETRARCH-1 and TABARI dictionary readers: a folder (or a list of files) of
//! community CAMEO dictionaries read as they are into a [`DictSet`].
//!
//! Entry points: [`load_dir`], [`load_files`], [`check_dir`] (counts and diagnostics for
//! `lede dict check`), [`load_dir_extras`] (also returns [`PetrarchExtras`]: what the shared
//! types have no place for). Every unreadable line becomes a [`DictDiagnostic`]
//! (`file:line: reason`) and the rest loads; nothing here panics or prints.
//!
//! Files are recognised by name: verbs (`*verb*`, `CAMEO.*.txt`, `*.verbs`), actors
//! (`*actor*`), agents (`*agent*`), discards (`*discard*`), issues (`*issue*`), TABARI options
//! (`*.options`), the internal coding ontology (`*ontology*`). Other files (licences, read-mes)
//! are listed as ignored.
//!
//! Conventions of the produced structures:
//! * actor and agent names: space-separated words, case as written (mostly upper case);
//!   canonical actor names in title case (see `text::title_case`);
//! * verb forms, pattern words, synset members, discards and issues: lower case;
//! * synset names (keys of [`DictSet::synsets`], [`PatElem::Synset`]): upper case, without
//!   `&` and without the trailing `_` (PETRARCH-1 strips it too, so `&PREPOSIT1` finds
//!   `&PREPOSIT1_`); members include generated plurals unless the label or member ends in `_`;
//!   a member may itself be a reference `&NAME` (TABARI nested synsets);
//! * inside [`PatElem::Phrase`], [`PatElem::NounPhrase`] and `verb_before`/`verb_after`, a
//!   word `&NAME` is a synset reference, `$ + % ^` are actor slots, `word~` is a stem;
//! * pattern words joined to the verb (`IN_*`, `*_OUT`, TABARI/PETRARCH-1 adjacency) are put
//!   in `verb_before`/`verb_after`, since they must be consecutive with the verb.

mod actors;
mod lists;
mod text;
mod verbs;

pub use text::{noun_plural, verb_forms};

use crate::{AgentEntry, DictDiagnostic, DictError, DictFormat, DictSet, PatElem, VerbPattern};
use std::fmt;
use std::path::{Path, PathBuf};

/// What a file of a dictionary folder holds, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Verbs,
    Actors,
    Agents,
    Discards,
    Issues,
    Options,
    /// PETRARCH's internal coding ontology (`PETR_..._Internal_Coding_Ontology_*.txt`).
    Ontology,
}

/// Classifies a file by its name; `None` for files that are not dictionaries.
pub fn file_kind(name: &str) -> Option<FileKind> {
    let l = name.to_ascii_lowercase();
    if l.starts_with('.') || l.contains("license") || l.contains("readme") || l.ends_with(".md") {
        return None;
    }
    if l.ends_with(".options") {
        Some(FileKind::Options)
    } else if l.contains("ontology") {
        Some(FileKind::Ontology)
    } else if l.contains("verb") || (l.starts_with("cameo.") && l.ends_with(".txt")) {
        Some(FileKind::Verbs)
    } else if l.contains("agent") {
        Some(FileKind::Agents)
    } else if l.contains("actor") {
        Some(FileKind::Actors)
    } else if l.contains("discard") {
        Some(FileKind::Discards)
    } else if l.contains("issue") {
        Some(FileKind::Issues)
    } else {
        None
    }
}

/// Counts from the verb files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerbStats {
    /// `--- NAME [code] ---` blocks (TABARI: verb lines, each opens a block).
    pub blocks: usize,
    pub verb_lines: usize,
    /// Pattern lines (`- ... [code]`) as written, read or not.
    pub pattern_lines: usize,
    /// TABARI `<TIME>` section lines (not used by Lede, skipped).
    pub tabari_time_lines: usize,
}

/// What the shared [`DictSet`] has no place for.
#[derive(Debug, Clone, Default)]
pub struct PetrarchExtras {
    /// Dictionary files read (file name, kind, verb syntax for verb files).
    pub files: Vec<(String, FileKind, Option<DictFormat>)>,
    /// Files of the folder that are not dictionaries.
    pub ignored: Vec<String>,
    /// Verb statistics per syntax: PETRARCH-2, PETRARCH-1, TABARI.
    pub verbs_petrarch2: VerbStats,
    pub verbs_petrarch1: VerbStats,
    pub verbs_tabari: VerbStats,
}

fn io_err(path: &Path, error: std::io::Error) -> DictError {
    DictError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// Loads a PETRARCH/TABARI dictionary folder.
pub fn load_dir(path: &Path) -> Result<DictSet, DictError> {
    load_dir_extras(path).map(|(s, _)| s)
}

/// Loads the named files (any mix of kinds, recognised by name) as one set.
pub fn load_files(paths: &[PathBuf]) -> Result<DictSet, DictError> {
    load_files_extras(paths).map(|(s, _)| s)
}

/// [`load_dir`], also returning the [`PetrarchExtras`].
pub fn load_dir_extras(path: &Path) -> Result<(DictSet, PetrarchExtras), DictError> {
    if !path.is_dir() {
        return Err(DictError::UnknownLayout {
            path: path.to_path_buf(),
        });
    }
    let mut files = Vec::new();
    let mut ignored = Vec::new();
    for entry in std::fs::read_dir(path).map_err(|e| io_err(path, e))? {
        let entry = entry.map_err(|e| io_err(path, e))?;
        let p = entry.path();
        if !p.is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        match file_kind(&name) {
            Some(_) => files.push(p),
            None => ignored.push(name),
        }
    }
    if files.is_empty() {
        return Err(DictError::UnknownLayout {
            path: path.to_path_buf(),
        });
    }
    ignored.sort();
    let (mut set, mut extras) = load_paths(&files, path.display().to_string())?;
    extras.ignored = ignored;
    set.name = path.display().to_string();
    Ok((set, extras))
}

/// [`load_files`], also returning the [`PetrarchExtras`].
pub fn load_files_extras(paths: &[PathBuf]) -> Result<(DictSet, PetrarchExtras), DictError> {
    let mut files = Vec::new();
    let mut ignored = Vec::new();
    for p in paths {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match file_kind(&name) {
            Some(_) => files.push(p.clone()),
            None => ignored.push(name),
        }
    }
    if files.is_empty() {
        return Err(DictError::UnknownLayout {
            path: paths.first().cloned().unwrap_or_default(),
        });
    }
    let name = files
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let (set, mut extras) = load_paths(&files, name)?;
    extras.ignored = ignored;
    Ok((set, extras))
}

fn read_text(p: &Path) -> Result<String, DictError> {
    let bytes = std::fs::read(p).map_err(|e| io_err(p, e))?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

fn load_paths(files: &[PathBuf], name: String) -> Result<(DictSet, PetrarchExtras), DictError> {
    let mut named: Vec<(String, FileKind, &PathBuf)> = files
        .iter()
        .filter_map(|p| {
            let n = p.file_name()?.to_string_lossy().into_owned();
            let k = file_kind(&n)?;
            Some((n, k, p))
        })
        .collect();
    // Verbs first (they decide the set's format), then by name for a stable order.
    named.sort_by(|a, b| (a.1 != FileKind::Verbs, &a.0).cmp(&(b.1 != FileKind::Verbs, &b.0)));
    let mut set = DictSet::empty(name, DictFormat::Petrarch2);
    let mut extras = PetrarchExtras::default();
    let mut format: Option<DictFormat> = None;
    for (fname, kind, path) in named {
        let src = read_text(path)?;
        let mut vformat = None;
        match kind {
            FileKind::Verbs => {
                let f = verbs::detect_format(&fname, &src);
                vformat = Some(f);
                format.get_or_insert(f);
                let stats = match f {
                    DictFormat::Tabari => &mut extras.verbs_tabari,
                    DictFormat::Petrarch1 => &mut extras.verbs_petrarch1,
                    _ => &mut extras.verbs_petrarch2,
                };
                let vf = verbs::read(&fname, &src, f, stats);
                set.verbs.extend(vf.verbs);
                for (k, v) in vf.synsets {
                    set.synsets.entry(k).or_default().extend(v);
                }
                set.transformations.extend(vf.transformations);
                set.diagnostics.extend(vf.diagnostics);
            }
            FileKind::Actors => actors::read_actors(
                &fname,
                &src,
                format == Some(DictFormat::Tabari),
                &mut set.actors,
                &mut set.diagnostics,
            ),
            FileKind::Agents => {
                actors::read_agents(&fname, &src, &mut set.agents, &mut set.diagnostics)
            }
            FileKind::Discards => {
                lists::read_discards(&fname, &src, &mut set.discards, &mut set.diagnostics)
            }
            FileKind::Issues => {
                lists::read_issues(&fname, &src, &mut set.issues, &mut set.diagnostics)
            }
            FileKind::Ontology => {
                lists::read_ontology(&fname, &src, &mut set.code_ontology, &mut set.diagnostics)
            }
            FileKind::Options => {
                format.get_or_insert(DictFormat::Tabari);
                lists::read_options(&fname, &src, &mut set.options, &mut set.diagnostics)
            }
        }
        extras.files.push((fname, kind, vformat));
    }
    set.format = format.unwrap_or_else(|| {
        // No verb file: TABARI when the files use TABARI's bare extensions.
        let tabari = extras.files.iter().any(|(n, _, _)| {
            let l = n.to_ascii_lowercase();
            l.ends_with(".actors") || l.ends_with(".agents")
        });
        if tabari {
            DictFormat::Tabari
        } else {
            DictFormat::Petrarch2
        }
    });
    Ok((set, extras))
}

/// Counts per kind for [`CheckReport`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckCounts {
    pub actor_entries: usize,
    /// All surface forms of all actors (primary phrases and synonyms).
    pub actor_names: usize,
    /// `+synonym` names (names beyond each entry's primary phrase).
    pub synonyms: usize,
    pub dated_codes: usize,
    pub actors_without_code: usize,
    pub agent_entries: usize,
    /// Agent surface forms, generated plurals and marker expansions included.
    pub agent_names: usize,
    pub verb_blocks: usize,
    pub verb_lines: usize,
    /// Pattern lines as written, per syntax.
    pub patterns_petrarch2: usize,
    pub patterns_petrarch1: usize,
    pub patterns_tabari: usize,
    /// [`VerbPattern`]s produced (bare verbs included).
    pub verb_patterns: usize,
    pub synsets: usize,
    pub synset_members: usize,
    pub transformations: usize,
    pub discards_sentence: usize,
    pub discards_story: usize,
    pub issue_phrases: usize,
    pub issue_ignores: usize,
    pub options: usize,
}

/// The result of checking a dictionary folder: counts and every diagnostic. Its `Display`
/// is a short summary followed by the `file:line: reason` lines.
#[derive(Debug, Clone)]
pub struct CheckReport {
    pub name: String,
    pub format: DictFormat,
    pub files: Vec<(String, FileKind, Option<DictFormat>)>,
    pub ignored: Vec<String>,
    pub counts: CheckCounts,
    pub diagnostics: Vec<DictDiagnostic>,
}

impl CheckReport {
    /// Builds the report of a loaded set (extras from the PETRARCH readers when available).
    pub fn from_set(set: &DictSet, extras: Option<&PetrarchExtras>) -> CheckReport {
        let mut c = CheckCounts {
            actor_entries: set.actors.len(),
            actor_names: set.actors.iter().map(|a| a.names.len()).sum(),
            dated_codes: set
                .actors
                .iter()
                .flat_map(|a| &a.codes)
                .filter(|c| !c.is_default())
                .count(),
            actors_without_code: set.actors.iter().filter(|a| a.codes.is_empty()).count(),
            agent_entries: set.agents.len(),
            agent_names: set.agents.iter().map(|a: &AgentEntry| a.names.len()).sum(),
            verb_patterns: set.verbs.len(),
            synsets: set.synsets.len(),
            synset_members: set.synsets.values().map(Vec::len).sum(),
            transformations: set.transformations.len(),
            discards_story: set.discards.iter().filter(|d| d.story).count(),
            discards_sentence: set.discards.iter().filter(|d| !d.story).count(),
            issue_phrases: set.issues.iter().filter(|i| !i.ignore).count(),
            issue_ignores: set.issues.iter().filter(|i| i.ignore).count(),
            options: set.options.len(),
            ..CheckCounts::default()
        };
        c.synonyms = c.actor_names - c.actor_entries;
        if let Some(x) = extras {
            let all = [&x.verbs_petrarch2, &x.verbs_petrarch1, &x.verbs_tabari];
            c.verb_blocks = all.iter().map(|s| s.blocks).sum();
            c.verb_lines = all.iter().map(|s| s.verb_lines).sum();
            c.patterns_petrarch2 = x.verbs_petrarch2.pattern_lines;
            c.patterns_petrarch1 = x.verbs_petrarch1.pattern_lines;
            c.patterns_tabari = x.verbs_tabari.pattern_lines;
        }
        CheckReport {
            name: set.name.clone(),
            format: set.format,
            files: extras.map(|x| x.files.clone()).unwrap_or_default(),
            ignored: extras.map(|x| x.ignored.clone()).unwrap_or_default(),
            counts: c,
            diagnostics: set.diagnostics.clone(),
        }
    }
}

fn format_name(f: DictFormat) -> &'static str {
    match f {
        DictFormat::Lede => "Lede",
        DictFormat::Petrarch2 => "PETRARCH-2",
        DictFormat::Petrarch1 => "PETRARCH-1",
        DictFormat::Tabari => "TABARI",
    }
}

impl fmt::Display for CheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.counts;
        writeln!(
            f,
            "{}: {} dictionaries, {} files read{}",
            self.name,
            format_name(self.format),
            self.files.len(),
            if self.ignored.is_empty() {
                String::new()
            } else {
                format!(" (ignored: {})", self.ignored.join(", "))
            }
        )?;
        writeln!(
            f,
            "  actors: {} entries, {} names ({} synonyms), {} dated codes, {} without code",
            c.actor_entries, c.actor_names, c.synonyms, c.dated_codes, c.actors_without_code
        )?;
        writeln!(
            f,
            "  agents: {} entries, {} names",
            c.agent_entries, c.agent_names
        )?;
        let mut pats = Vec::new();
        for (n, k) in [
            (c.patterns_petrarch2, "PETRARCH-2"),
            (c.patterns_petrarch1, "PETRARCH-1"),
            (c.patterns_tabari, "TABARI"),
        ] {
            if n > 0 {
                pats.push(format!("{n} {k}"));
            }
        }
        writeln!(
            f,
            "  verbs: {} blocks, {} verb lines, pattern lines: {}; {} verb patterns built",
            c.verb_blocks,
            c.verb_lines,
            if pats.is_empty() {
                "0".to_string()
            } else {
                pats.join(", ")
            },
            c.verb_patterns
        )?;
        writeln!(
            f,
            "  synsets: {} ({} members), transformations: {}",
            c.synsets, c.synset_members, c.transformations
        )?;
        writeln!(
            f,
            "  discards: {} sentence, {} story; issues: {} phrases, {} ignore phrases; options: {}",
            c.discards_sentence, c.discards_story, c.issue_phrases, c.issue_ignores, c.options
        )?;
        writeln!(f, "  diagnostics: {}", self.diagnostics.len())?;
        for d in &self.diagnostics {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

/// Checks a dictionary folder of any supported layout (Lede's own too).
pub fn check_dir(path: &Path) -> Result<CheckReport, DictError> {
    if crate::lede_format::is_lede_dir(path) {
        let set = crate::lede_format::load_dir(path)?;
        return Ok(CheckReport::from_set(&set, None));
    }
    let (set, extras) = load_dir_extras(path)?;
    Ok(CheckReport::from_set(&set, Some(&extras)))
}

fn s_heap(s: &str) -> usize {
    s.len()
}

fn vs_heap(v: &[String]) -> usize {
    std::mem::size_of_val(v) + v.iter().map(|s| s_heap(s)).sum::<usize>()
}

fn elems_heap(v: &[PatElem]) -> usize {
    std::mem::size_of_val(v)
        + v.iter()
            .map(|e| match e {
                PatElem::Word(s) | PatElem::Stem(s) | PatElem::Synset(s) => s.len(),
                PatElem::Phrase(w) | PatElem::NounPhrase(w) => vs_heap(w),
                PatElem::Prep { prep, elems } => prep.len() + elems_heap(elems),
                PatElem::Alt(a) => a.iter().map(|x| elems_heap(x)).sum(),
                _ => 0,
            })
            .sum::<usize>()
}

/// Approximate heap bytes of a loaded set: the structures' own sizes plus their strings and
/// vectors (by length, not capacity; hash-table overhead estimated). For reports only.
pub fn approx_heap_bytes(set: &DictSet) -> usize {
    use std::mem::size_of;
    let actors: usize = set
        .actors
        .iter()
        .map(|a| {
            size_of::<crate::ActorEntry>()
                + a.canonical.len()
                + vs_heap(&a.names)
                + a.codes.len() * size_of::<crate::DatedCode>()
                + a.codes.iter().map(|c| c.code.len()).sum::<usize>()
                + a.loc.file.len()
        })
        .sum();
    let agents: usize = set
        .agents
        .iter()
        .map(|a| size_of::<AgentEntry>() + vs_heap(&a.names) + a.code.len() + a.loc.file.len())
        .sum();
    let verbs: usize = set
        .verbs
        .iter()
        .map(|v: &VerbPattern| {
            size_of::<VerbPattern>()
                + v.lemma.len()
                + vs_heap(&v.forms)
                + vs_heap(&v.verb_before)
                + vs_heap(&v.verb_after)
                + elems_heap(&v.pre)
                + elems_heap(&v.post)
                + v.label.len()
                + v.loc.file.len()
                + 16
        })
        .sum();
    let synsets: usize = set
        .synsets
        .iter()
        .map(|(k, v)| 2 * size_of::<String>() + k.len() + vs_heap(v))
        .sum();
    let small: usize = set
        .discards
        .iter()
        .map(|d| size_of::<crate::Discard>() + vs_heap(&d.words) + d.loc.file.len())
        .sum::<usize>()
        + set
            .issues
            .iter()
            .map(|i| {
                size_of::<crate::IssuePhrase>()
                    + vs_heap(&i.words)
                    + i.category.len()
                    + i.code.as_ref().map_or(0, |c| c.len())
                    + i.loc.file.len()
            })
            .sum::<usize>()
        + set.transformations.len() * (size_of::<crate::Transformation>() + 40)
        + set
            .diagnostics
            .iter()
            .map(|d| 64 + d.reason.len())
            .sum::<usize>();
    actors + agents + verbs + synsets + small
}
