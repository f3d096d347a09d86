//! PETRARCH-2 / PETRARCH-1 / TABARI readers: small inline dictionaries in each syntax, garbage
//! input, and (where present) the community dictionaries in LEDE_SHARED.

use lede_dict::petrarch::{self, check_dir, load_dir, load_files, noun_plural, verb_forms};
use lede_dict::{
    code_on, ActorKind, AgentPlacement, CodeSpec, DictError, DictFormat, DictSet, NaiveDate,
    PatElem, VerbPattern,
};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh temporary folder holding the given files.
fn dict_dir(files: &[(&str, &str)]) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("lede-petr-test-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn w(s: &str) -> PatElem {
    PatElem::Word(s.into())
}

fn code(s: &str) -> CodeSpec {
    CodeSpec::Code(s.into())
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// The patterns of a lemma whose pattern line is `line`.
fn at_line<'a>(set: &'a DictSet, lemma: &str, line: usize) -> Vec<&'a VerbPattern> {
    set.verbs
        .iter()
        .filter(|v| v.loc.line == line && (v.lemma == lemma || v.forms.iter().any(|f| f == lemma)))
        .collect()
}

fn diag_lines(set: &DictSet, file: &str) -> Vec<usize> {
    set.diagnostics
        .iter()
        .filter(|d| d.loc.file == file)
        .map(|d| d.loc.line)
        .collect()
}

// ---------------------------------------------------------------- inflection

#[test]
fn regular_verb_forms_with_e_drop_and_y() {
    assert_eq!(
        verb_forms("accuse"),
        strs(&["accuse", "accuses", "accused", "accusing"])
    );
    assert_eq!(
        verb_forms("hurry"),
        strs(&["hurry", "hurries", "hurried", "hurrying"])
    );
    assert_eq!(
        verb_forms("play"),
        strs(&["play", "plays", "played", "playing"])
    );
    assert_eq!(
        verb_forms("agree"),
        strs(&["agree", "agrees", "agreed", "agreeing"])
    );
    assert_eq!(
        verb_forms("push"),
        strs(&["push", "pushes", "pushed", "pushing"])
    );
    assert_eq!(verb_forms("tie"), strs(&["tie", "ties", "tied", "tying"]));
    assert_eq!(
        verb_forms("MEET"),
        strs(&["MEET", "MEETS", "MEETED", "MEETING"])
    );
    assert_eq!(noun_plural("treaty"), "treaties");
    assert_eq!(noun_plural("day"), "days");
    assert_eq!(noun_plural("tax"), "taxes");
    assert_eq!(noun_plural("MINISTRY"), "MINISTRIES");
}

// ---------------------------------------------------------------- PETRARCH-2 verbs

const P2_VERBS: &str = "\
# a comment line
####### SYNONYM SETS #######

&CURRENCY
+MONEY
+CASH_
+TREATY

&AUXVERB3_
+HAVE
+HAS

####### VERB PATTERNS #######

---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
MEET {MEETS MET MEETING}
CONFER [031]
- * (FOR TALKS)                                       [036:036]     # MEET
- * (BEFORE COURT)                                    [:173]        # APPEAR
- * {RELIEF ASSISTANCE}                               [073]         # RUSH
- &CURRENCY *                                         [154]         # RUSH
- * (TO LIST) (OF {BANNED PARTIES}) [1722]
- SYMBOLICALLY *                                      [---]         # CHARGE
<! a line PETRARCH-2 would stop recording patterns at
- * $ (WITH +)                                        [080!]
---  TAP   [---]  ---
WIRE_+TAP
ACCUSE [112]
DECIDE
---  MASSACRE   [202]  ---
BUTCHER
SLAUGHTER {SLAUGHTERS SLAUGHTERED SLAUGHTERING}

######## TRANSFORMATIONS ##########
~ a (b . ATTACK) SAY = a b 112
~ a (_ b ASSASSINATE) ATTEMPT = a b 185
~ a b SAY = a b
";

#[test]
fn petrarch2_verbs_forms_multiword_and_codes() {
    let dir = dict_dir(&[("CAMEO.test.txt", P2_VERBS)]);
    let set = load_dir(&dir).unwrap();
    assert_eq!(set.format, DictFormat::Petrarch2);

    // Bare verbs: one per verb line, with the block's code unless their own.
    let bare = |lemma: &str| {
        set.verbs
            .iter()
            .find(|v| v.lemma == lemma && v.pre.is_empty() && v.post.is_empty())
            .unwrap_or_else(|| panic!("no bare pattern for {lemma}"))
    };
    let meet_with = set
        .verbs
        .iter()
        .find(|v| v.lemma == "meet" && v.verb_after == ["with"] && v.pre.is_empty())
        .unwrap();
    assert_eq!(meet_with.forms, strs(&["meet", "met", "meets", "meeting"]));
    assert_eq!(meet_with.code, code("040"));
    assert_eq!(meet_with.loc.line, 16);
    let meet = set
        .verbs
        .iter()
        .find(|v| {
            v.lemma == "meet" && v.verb_after.is_empty() && v.pre.is_empty() && v.post.is_empty()
        })
        .unwrap();
    assert_eq!(meet.forms, strs(&["meet", "meets", "met", "meeting"]));
    assert_eq!(bare("confer").code, code("031"));
    assert_eq!(
        bare("confer").forms,
        strs(&["confer", "confers", "confered", "confering"])
    );
    let tap = bare("tap");
    assert_eq!(tap.verb_before, ["wire"]);
    assert!(tap.verb_after.is_empty());
    assert_eq!(tap.code, CodeSpec::Null);
    assert_eq!(bare("accuse").code, code("112"));
    assert_eq!(
        bare("decide").forms,
        strs(&["decide", "decides", "decided", "deciding"])
    );
    assert_eq!(bare("butcher").code, code("202"));
    assert_eq!(bare("butcher").label, "MASSACRE");
    assert_eq!(
        bare("slaughter").forms,
        strs(&["slaughter", "slaughters", "slaughtered", "slaughtering"])
    );

    // Patterns apply to every verb of the block: the single-word verbs (meet, confer)
    // share one pattern, the multi-word one (+MEET_WITH) gets its own.
    let p = at_line(&set, "confer", 19);
    assert_eq!(p.len(), 1);
    assert!(p[0].forms.contains(&"met".to_string()) && p[0].forms.contains(&"confers".to_string()));
    assert_eq!(
        p[0].post,
        vec![PatElem::Prep {
            prep: "for".into(),
            elems: vec![w("talks")]
        }]
    );
    assert_eq!(
        p[0].code,
        CodeSpec::Paired {
            active: Some("036".into()),
            passive: Some("036".into())
        }
    );
    assert_eq!(
        at_line(&set, "meet", 19).len(),
        2,
        "grouped verbs + MEET_WITH frame"
    );
    let p = at_line(&set, "confer", 20)[0];
    assert_eq!(
        p.code,
        CodeSpec::Paired {
            active: None,
            passive: Some("173".into())
        }
    );
    let p = at_line(&set, "confer", 21)[0];
    assert_eq!(
        p.post,
        vec![PatElem::NounPhrase(strs(&["relief", "assistance"]))]
    );
    let p = at_line(&set, "confer", 22)[0];
    assert_eq!(p.pre, vec![PatElem::Synset("CURRENCY".into())]);
    assert!(p.post.is_empty());
    let p = at_line(&set, "confer", 23)[0];
    assert_eq!(
        p.post,
        vec![
            PatElem::Prep {
                prep: "to".into(),
                elems: vec![w("list")]
            },
            PatElem::Prep {
                prep: "of".into(),
                elems: vec![PatElem::NounPhrase(strs(&["banned", "parties"]))]
            }
        ]
    );
    assert_eq!(p.code, code("1722"));
    let p = at_line(&set, "confer", 24)[0];
    assert_eq!(p.pre, vec![w("symbolically")]);
    assert_eq!(p.code, CodeSpec::Null);
    // After a `<!` line patterns are still read (PETRARCH-2's quirk is not reproduced).
    let p = at_line(&set, "confer", 26)[0];
    assert_eq!(
        p.post,
        vec![
            PatElem::Source,
            PatElem::Prep {
                prep: "with".into(),
                elems: vec![PatElem::Target]
            }
        ]
    );
    assert_eq!(p.code, CodeSpec::Dominant("080".into()));

    // Synsets: plurals unless the label or member ends in `_`.
    assert_eq!(
        set.synsets["CURRENCY"],
        strs(&["money", "moneys", "cash", "treaty", "treaties"])
    );
    assert_eq!(set.synsets["AUXVERB3"], strs(&["have", "has"]));

    // Transformations; the malformed one is reported on its line.
    assert_eq!(set.transformations.len(), 2);
    let t = &set.transformations[0];
    assert_eq!(
        (
            t.outer_source.as_str(),
            t.inner_source.as_str(),
            t.inner_target.as_str(),
            t.inner_verb.as_str(),
            t.outer_verb.as_str()
        ),
        ("a", "b", ".", "ATTACK", "SAY")
    );
    assert_eq!(
        (
            t.result_source.as_str(),
            t.result_target.as_str(),
            t.result_code.as_str()
        ),
        ("a", "b", "112")
    );
    assert_eq!(set.transformations[1].inner_source, "_");
    assert_eq!(diag_lines(&set, "CAMEO.test.txt"), vec![38]);
}

// ---------------------------------------------------------------- PETRARCH-1 verbs

const P1_VERBS: &str = "\
<!-- PETRARCH VALIDATION SUITE VERBS DICTIONARY -->
<!-- a comment
     over two lines -->
&TIETYPES_
+MILITARY
+ECONOMIC

--- ABANDON  [345]  ---
ABANDON    # pas 15 Jul 2003
KLM_NOP_+RST [002]
- SAID + MUST * POLICY [100] # ABANDON <ab 10 Jul 2003>
- $ * DEAL &TIETYPES FROZEN_ASSET [085]
- % * RELATIONS [050]
- + HOSTING * TABASKI ^ $ [042]
- IN_AND_*_OUT_AGAIN NOW [074]
- * REAL~ PLACE [###]
- * { GENEVA | INTERNATIONAL_LAW } CONVENTIONS [+++]
- * TALKS [023?]
- * WAR [111!]
- * VISIT [032:033]
- * NOWHERE
- * (UNBALANCED [010]
- NO VERB HERE [010]
";

#[test]
fn petrarch1_tokens_and_special_codes() {
    let dir = dict_dir(&[("PETR.Test.verbs.txt", P1_VERBS)]);
    let set = load_dir(&dir).unwrap();
    assert_eq!(set.format, DictFormat::Petrarch1);
    let one = |line: usize| {
        let v = at_line(&set, "abandon", line);
        assert_eq!(v.len(), 1, "line {line}");
        v[0]
    };
    // Multi-word verb without its own frame for patterns: `KLM_NOP_+RST` has its own group.
    let rst: Vec<_> = set.verbs.iter().filter(|v| v.lemma == "rst").collect();
    assert_eq!(rst[0].verb_before, ["klm", "nop"]);
    assert_eq!(rst[0].code, code("002"));
    assert_eq!(rst.len(), 1 + 10, "bare + every readable pattern");

    let p = one(11);
    assert_eq!(p.pre, vec![w("said"), PatElem::Target, w("must")]);
    assert_eq!(p.post, vec![w("policy")]);
    assert_eq!(p.code, code("100"));
    let p = one(12);
    assert_eq!(p.pre, vec![PatElem::Source]);
    assert_eq!(
        p.post,
        vec![
            w("deal"),
            PatElem::Synset("TIETYPES".into()),
            PatElem::Phrase(strs(&["frozen", "asset"]))
        ]
    );
    let p = one(13);
    assert_eq!(p.pre, vec![PatElem::Compound]);
    assert!(p.symmetric);
    assert!(!one(12).symmetric);
    let p = one(14);
    assert_eq!(p.pre, vec![PatElem::Target, w("hosting")]);
    assert_eq!(p.post, vec![w("tabaski"), PatElem::Skip, PatElem::Source]);
    let p = one(15);
    assert_eq!(p.verb_before, ["in", "and"]);
    assert_eq!(p.verb_after, ["out", "again"]);
    assert_eq!(p.post, vec![w("now")]);
    let p = one(16);
    assert_eq!(p.post, vec![PatElem::Stem("real".into()), w("place")]);
    assert_eq!(p.code, CodeSpec::Discard);
    let p = one(17);
    assert_eq!(
        p.post,
        vec![
            PatElem::Alt(vec![
                vec![w("geneva")],
                vec![PatElem::Phrase(strs(&["international", "law"]))]
            ]),
            w("conventions")
        ]
    );
    assert_eq!(p.code, CodeSpec::Complex);
    assert_eq!(one(18).code, CodeSpec::Subordinate("023".into()));
    assert_eq!(one(19).code, CodeSpec::Dominant("111".into()));
    assert_eq!(
        one(20).code,
        CodeSpec::Paired {
            active: Some("032".into()),
            passive: Some("033".into())
        }
    );
    // Broken patterns: no code, unbalanced bracket, no verb position.
    assert_eq!(diag_lines(&set, "PETR.Test.verbs.txt"), vec![21, 22, 23]);
    let r = &set.diagnostics[0].reason;
    assert!(r.contains("expected a [code]"), "{r}");
    assert!(set.diagnostics[2].reason.contains("'*'"));
    assert_eq!(set.synsets["TIETYPES"], strs(&["military", "economic"]));
}

// ---------------------------------------------------------------- TABARI verbs

const TABARI_VERBS: &str = "\
<SYNSETS>
&CURRENCY
+DOLLAR
+KRONER_
</SYNSETS>
<TIME>
LAST_WEEK [-7]
- * AND A WEEK [+8]
</TIME>
ABANDON  [345] ;pas 15 Jul 2003
- * NEW_&CURRENCY_RELATIONS [903]; -PAS 12.01.12
- IN_*  [075] ;pas
ACT_ [100]
{ ACTING_ ACTXD_ ACTUALITY  }
BRUSH ASIDE REPORTS  [142] ;tony  4/28/91
WOUND  [223]
- + * BY $  [223] ;tony  4/22/91
~~FINISH 15:23 CST Tue 30 Dec 2008
GARBAGE AFTER THE END [[[
";

const TABARI_ACTORS: &str = "\
<NOUN>
BEES   ;pas 26 Feb 2002
</NOUN>
AL_GORE  [AGR] ;  pas 26 apr 03  TEXT-02
ALBRIGHT  [USAGOV 991201-010114] [---] ;ems 02 Feb 2001
#ALBRIGHZ  [991201-010114] [---] ; commented out
GOLLUM  ; pas 27 Apr 03
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 950601 - 990815]
\t[HOBREB > 990816]
BADCODE [991201-010114]
";

const TABARI_AGENTS: &str = "\
PARLIAMENTARY_OPPOSITION_  [ ~OPP] ;jap 11 Oct 2002
HUMAN_RIGHTS_BODY_   [  NGO~] ;BNL 07 Dec 2001
POLICE  [~COP]
";

const TABARI_OPTIONS: &str = "\
// OPTIONS FILE
COMPLEX: VERBS[5] CONJ[4]
SET: LABEL = TRUE
LABEL: 010=YIELD
NOT AN OPTION
~~~~~
LABEL: 999=AFTER END
";

#[test]
fn tabari_files() {
    let dir = dict_dir(&[
        ("T.verbs", TABARI_VERBS),
        ("T.actors", TABARI_ACTORS),
        ("T.agents", TABARI_AGENTS),
        ("T.options", TABARI_OPTIONS),
    ]);
    let (set, extras) = petrarch::load_dir_extras(&dir).unwrap();
    assert_eq!(set.format, DictFormat::Tabari);
    assert_eq!(extras.verbs_tabari.blocks, 4);
    assert_eq!(extras.verbs_tabari.tabari_time_lines, 2);
    assert_eq!(
        set.synsets["CURRENCY"],
        strs(&["dollar", "dollars", "kroner"])
    );
    let p = at_line(&set, "abandon", 11);
    assert_eq!(
        p[0].post,
        vec![PatElem::Phrase(strs(&["new", "&CURRENCY", "relations"]))]
    );
    assert_eq!(at_line(&set, "abandon", 12)[0].verb_before, ["in"]);
    let act = set.verbs.iter().find(|v| v.lemma == "act").unwrap();
    assert_eq!(act.forms, strs(&["act", "acting", "actxd", "actuality"]));
    assert_eq!(act.code, code("100"));
    let brush = set.verbs.iter().find(|v| v.lemma == "brush").unwrap();
    assert_eq!(brush.post, vec![w("aside"), w("reports")]);
    let wound = at_line(&set, "wound", 17)[0];
    assert_eq!(wound.pre, vec![PatElem::Target]);
    assert_eq!(wound.post, vec![w("by"), PatElem::Source]);
    assert!(
        !set.verbs.iter().any(|v| v.lemma == "garbage"),
        "~~FINISH ends the file"
    );

    // Actors: inline codes on the same line, blanks around date operators, `;` comments,
    // <NOUN> sections skipped, a date block without a code reported.
    // TABARI phrases end in a stem (marked `~`) unless a '_' closes them
    let names: Vec<&str> = set.actors.iter().map(|a| a.names[0].as_str()).collect();
    assert_eq!(names, ["AL GORE~", "ALBRIGHT~", "GOLLUM~", "BADCODE~"]);
    assert_eq!(set.actors[0].canonical, "Al Gore");
    let alb = &set.actors[1];
    assert_eq!(alb.codes.len(), 2);
    assert_eq!(alb.codes[0].from, Some(d(1999, 12, 1)));
    assert_eq!(alb.codes[0].until, Some(d(2001, 1, 14)));
    assert_eq!(alb.code_on(Some(d(2000, 6, 1))), Some("USAGOV"));
    assert_eq!(alb.code_on(Some(d(2002, 6, 1))), Some("---"));
    let gollum = &set.actors[2];
    assert_eq!(gollum.names, strs(&["GOLLUM~", "SMEAGOL~"]));
    assert_eq!(gollum.codes[0].until, Some(d(1995, 6, 1)));
    assert_eq!(gollum.codes[1].from, Some(d(1995, 6, 1)));
    assert_eq!(gollum.codes[2].from, Some(d(1999, 8, 16)));
    assert!(set.actors[3].codes.is_empty());
    assert_eq!(diag_lines(&set, "T.actors"), vec![12]);
    assert!(set
        .diagnostics
        .iter()
        .any(|d| d.loc.file == "T.actors"
            && d.reason.contains("expected an actor code before the date")));

    // Agents: trailing `_` = no plural; prefix and suffix codes with blanks.
    assert_eq!(set.agents[0].names, strs(&["PARLIAMENTARY OPPOSITION"]));
    assert_eq!(set.agents[0].code, "OPP");
    assert_eq!(set.agents[0].placement, AgentPlacement::Suffix);
    assert_eq!(set.agents[1].code, "NGO");
    assert_eq!(set.agents[1].placement, AgentPlacement::Prefix);
    assert_eq!(set.agents[2].names, strs(&["POLICE", "POLICES"]));

    // Options.
    assert_eq!(
        set.options,
        vec![
            ("COMPLEX".to_string(), "VERBS[5] CONJ[4]".to_string()),
            ("SET".to_string(), "LABEL = TRUE".to_string()),
            ("LABEL".to_string(), "010=YIELD".to_string()),
        ]
    );
    assert_eq!(diag_lines(&set, "T.options"), vec![5]);
}

// ---------------------------------------------------------------- actors and dates

const ACTORS: &str = "\
# header comment
AFGHANISTAN_  [AFG]
+AFGHAN_
+AFGANISTAN_

VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
+PRESIDENT_VLADIMIR_PUTIN_
\t[RUSELI 700101-990809]
\t[RUSGOV 991231-080507]
\t[RUSGOV >080508]
\t[RUSELI]

SECRETARY-GENERAL_BAN_KI-MOON
+BAN_KI-MOON
\t[IGOUNO >20070101]
\t[KORGOVBUS 2004017-20061201]
\t[KORGOV 300101-310101]

UFFE_ELLEMANN_JENSEN_ [IGOEUREEC 820701-821231][IGOEUREEC 870701-871231]
THE_UNITED_NATIONS_ [IGOUNO]
ANARCHIST_FACTION_ [GRCREB] #  kkl 21 Mar 13
U.N._
+synonym_without_code
\t[19990101]
\t[XYZ 990101]
\t[ABC <990230]
";

#[test]
fn actors_codes_dates_and_kinds() {
    let dir = dict_dir(&[("Test.actors.txt", ACTORS)]);
    let set = load_dir(&dir).unwrap();
    let a: Vec<_> = set.actors.iter().collect();
    assert_eq!(a.len(), 7);

    assert_eq!(a[0].names, strs(&["AFGHANISTAN", "AFGHAN", "AFGANISTAN"]));
    assert_eq!(a[0].canonical, "Afghanistan");
    assert_eq!(a[0].kind, ActorKind::Country);
    assert_eq!(a[0].loc.line, 2);

    let putin = a[1];
    assert_eq!(putin.canonical, "Vladimir Putin");
    assert_eq!(putin.kind, ActorKind::Person);
    assert_eq!(putin.names.len(), 3);
    assert_eq!(putin.codes.len(), 4);
    // d1-d2: inclusive lower, exclusive upper bound.
    let c = &putin.codes[1];
    assert_eq!(
        (c.from, c.until),
        (Some(d(1999, 12, 31)), Some(d(2008, 5, 7)))
    );
    assert!(c.holds_on(d(1999, 12, 31)));
    assert!(c.holds_on(d(2008, 5, 6)));
    assert!(!c.holds_on(d(2008, 5, 7)));
    assert!(!c.holds_on(d(1999, 12, 30)));
    // >d means date >= d.
    assert_eq!(
        (putin.codes[2].from, putin.codes[2].until),
        (Some(d(2008, 5, 8)), None)
    );
    assert!(putin.codes[2].holds_on(d(2008, 5, 8)));
    assert!(putin.codes[3].is_default());
    // First satisfied restriction wins, in file order; the undated code is the default.
    assert_eq!(putin.code_on(Some(d(1990, 1, 1))), Some("RUSELI"));
    assert_eq!(putin.code_on(Some(d(2000, 1, 1))), Some("RUSGOV"));
    assert_eq!(
        putin.code_on(Some(d(2008, 5, 7))),
        Some("RUSELI"),
        "gap day -> default"
    );
    assert_eq!(putin.code_on(Some(d(2010, 1, 1))), Some("RUSGOV"));
    assert_eq!(code_on(&putin.codes, None), Some("RUSELI"));

    // 8-digit dates, malformed 7-digit date reported and skipped, 2-digit year pivot.
    let ban = a[2];
    assert_eq!(ban.canonical, "Secretary-General Ban Ki-Moon");
    assert_eq!(
        ban.codes.len(),
        2,
        "the malformed code is dropped, the others kept"
    );
    assert_eq!(ban.codes[0].from, Some(d(2007, 1, 1)));
    assert_eq!(ban.codes[1].from, Some(d(2030, 1, 1)), "30 -> 2030");
    assert_eq!(ban.codes[1].until, Some(d(1931, 1, 1)), "31 -> 1931");

    let uffe = a[3];
    assert_eq!(uffe.codes.len(), 2);
    assert_eq!(uffe.codes[1].from, Some(d(1987, 7, 1)));
    assert_eq!(uffe.codes[1].until, Some(d(1987, 12, 31)));
    assert_eq!(uffe.kind, ActorKind::Person);
    assert_eq!(a[4].kind, ActorKind::Organisation);
    assert_eq!(a[4].canonical, "The United Nations");
    assert_eq!(a[5].names, strs(&["ANARCHIST FACTION"]));
    assert_eq!(a[5].kind, ActorKind::Group);

    // U.N._ has no code of its own and its code lines are all broken: the entry is kept
    // without codes (as PETRARCH does), its lowercase synonym as written.
    let un = a[6];
    assert_eq!(un.names, strs(&["U.N.", "synonym without code"]));
    assert_eq!(un.canonical, "U.N.");
    assert!(un.codes.is_empty());
    let lines = diag_lines(&set, "Test.actors.txt");
    assert_eq!(lines, vec![17, 25, 26, 27]);
    let reasons: Vec<&str> = set.diagnostics.iter().map(|d| d.reason.as_str()).collect();
    assert!(reasons[0].contains("2004017") && reasons[0].contains("YYMMDD"));
    assert!(reasons[2].contains("expected <date, >date or date-date"));
    assert!(reasons[3].contains("invalid calendar date"));
}

// ---------------------------------------------------------------- agents

const AGENTS: &str = "\
<!-- AGENTS -->
!PERSON! = MAN, MEN, WOMAN
!MINIST! = MINISTER, MINISTRY

FARMER [~AGR]
CATTLE!PERSON! [~AGR]
!MINIST!_OF_SILLY_WALKS [~GOV]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
ARMED_POLICE {} [~COP]
PEACEKEEPING_TROOPS {} [IGO~]
SECRETARY [~GOV]
BOSS [~BUS]
DEPARMENT_OF_ENVIRONMENT [~ENV}
ISLAMIC_EXTREMIST
TEACHER [EDU]
!UNKNOWN!_WORKER [~LAB]
";

#[test]
fn agents_markers_plurals_placement() {
    let dir = dict_dir(&[("Test.agents.txt", AGENTS)]);
    let set = load_dir(&dir).unwrap();
    let by = |first: &str| set.agents.iter().find(|a| a.names[0] == first).unwrap();
    assert_eq!(by("FARMER").names, strs(&["FARMER", "FARMERS"]));
    assert_eq!(by("FARMER").code, "AGR");
    assert_eq!(by("FARMER").placement, AgentPlacement::Suffix);
    assert_eq!(
        by("CATTLEMAN").names,
        strs(&["CATTLEMAN", "CATTLEMEN", "CATTLEWOMAN"])
    );
    assert_eq!(
        by("MINISTER OF SILLY WALKS").names,
        strs(&["MINISTER OF SILLY WALKS", "MINISTRY OF SILLY WALKS"])
    );
    assert_eq!(
        by("CHAMBER OF COMMERCE").names,
        strs(&["CHAMBER OF COMMERCE", "CHAMBERS OF COMMERCE"])
    );
    assert_eq!(by("ARMED POLICE").names, strs(&["ARMED POLICE"]));
    let pk = by("PEACEKEEPING TROOPS");
    assert_eq!(
        (pk.code.as_str(), pk.placement),
        ("IGO", AgentPlacement::Prefix)
    );
    assert_eq!(by("SECRETARY").names, strs(&["SECRETARY", "SECRETARIES"]));
    assert_eq!(by("BOSS").names, strs(&["BOSS", "BOSSES"]));
    assert_eq!(by("BOSS").loc.line, 12);
    assert_eq!(set.agents.len(), 8);
    assert_eq!(diag_lines(&set, "Test.agents.txt"), vec![13, 14, 15, 16]);
    assert!(set.diagnostics[2].reason.contains("[~XXX]"));
    assert!(set.diagnostics[3].reason.contains("!UNKNOWN!"));
}

// ---------------------------------------------------------------- discards and issues

#[test]
fn discards_story_and_sentence_and_issues() {
    let dir = dict_dir(&[
        (
            "Test.discards.txt",
            "# Story-level discards have '+'\n+Manchester United   # pas 26-Feb-2014\n\
             MONTHS LATER\n1914\n+   \n+ World Golf Championships\n",
        ),
        (
            "Test.IssueCoding.txt",
            "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n\
             n:kindergarten [EARLY_CHILDHOOD]\n\
             pre+n:school [EARLY_CHILDHOOD]\n\
             ~a head start\n\
             ethnic v:purge [ATROCITY]\n\
             european central bank\n\
             </ISSUE>\n\
             </ISSUE>\n\
             stray [X]\n",
        ),
    ]);
    let set = load_dir(&dir).unwrap();
    let ds: Vec<(Vec<String>, bool)> = set
        .discards
        .iter()
        .map(|d| (d.words.clone(), d.story))
        .collect();
    assert_eq!(
        ds,
        vec![
            (strs(&["manchester", "united"]), true),
            (strs(&["months", "later"]), false),
            (strs(&["1914"]), false),
            (strs(&["world", "golf", "championships"]), true),
        ]
    );
    assert_eq!(diag_lines(&set, "Test.discards.txt"), vec![5]);

    let phrases: Vec<String> = set
        .issues
        .iter()
        .filter(|i| !i.ignore)
        .map(|i| i.words.join(" "))
        .collect();
    assert_eq!(
        phrases,
        strs(&[
            "kindergarten",
            "kindergartens",
            "pre school",
            "pre-school",
            "pre schools",
            "pre-schools",
            "ethnic purge",
            "ethnic purges",
            "ethnic purged",
            "ethnic purging",
        ])
    );
    assert!(set.issues.iter().all(|i| i.category == "EDUCATION"));
    assert_eq!(set.issues[0].code.as_deref(), Some("EARLY_CHILDHOOD"));
    let ign: Vec<_> = set.issues.iter().filter(|i| i.ignore).collect();
    assert_eq!(ign.len(), 1);
    assert_eq!(ign[0].words, strs(&["a", "head", "start"]));
    assert_eq!(ign[0].code, None);
    assert_eq!(diag_lines(&set, "Test.IssueCoding.txt"), vec![6, 8, 9]);
}

// ---------------------------------------------------------------- layout, files, check

#[test]
fn layout_detection_load_files_and_check_report() {
    assert!(matches!(
        load_dir(&dict_dir(&[("LICENSE", "MIT"), ("notes.md", "x")])),
        Err(DictError::UnknownLayout { .. })
    ));
    assert!(load_dir(Path::new("/nonexistent/lede/dict")).is_err());

    let dir = dict_dir(&[
        ("CAMEO.test.txt", P2_VERBS),
        ("A.actors.txt", ACTORS),
        ("B.actors.txt", "ARNOR [ARN]\n+ARNORIAN\n"),
        ("Test.agents.txt", AGENTS),
        ("LICENSE", "MIT"),
    ]);
    let set = load_dir(&dir).unwrap();
    assert_eq!(set.format, DictFormat::Petrarch2);
    assert_eq!(set.actors.len(), 8, "both actor files load");

    // load_files: only the named files.
    let only = load_files(&[dir.join("B.actors.txt"), dir.join("Test.agents.txt")]).unwrap();
    assert_eq!(only.actors.len(), 1);
    assert_eq!(only.agents.len(), 8);
    assert!(only.verbs.is_empty());

    let report = check_dir(&dir).unwrap();
    assert_eq!(report.counts.actor_entries, 8);
    assert_eq!(report.counts.actors_without_code, 1);
    assert_eq!(report.counts.synonyms, 7);
    assert_eq!(report.counts.patterns_petrarch2, 7);
    assert_eq!(report.counts.transformations, 2);
    assert_eq!(report.counts.synsets, 2);
    assert_eq!(report.ignored, ["LICENSE"]);
    let text = report.to_string();
    assert!(text.contains("PETRARCH-2"), "{text}");
    assert!(text.contains("actors: 8 entries"), "{text}");
    assert!(
        text.contains("A.actors.txt:17: malformed date '2004017'"),
        "{text}"
    );
    assert_eq!(
        text.lines().filter(|l| l.contains(".txt:")).count(),
        report.diagnostics.len()
    );
}

// ---------------------------------------------------------------- garbage in, no panic

/// A small deterministic generator (xorshift) for garbage lines.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

fn garbage(rng: &mut Rng, lines: usize) -> String {
    const TOKENS: &[&str] = &[
        "-",
        "---",
        "*",
        "[",
        "]",
        "{",
        "}",
        "(",
        ")",
        "|",
        "&",
        "+",
        "$",
        "%",
        "^",
        "~",
        "_",
        "!",
        "=",
        ":",
        "#",
        ";",
        "<",
        ">",
        "<!--",
        "-->",
        "[---]",
        "[:",
        "[A:B]",
        "[123]",
        "[RUS >99]",
        "[X 9-]",
        "[X <]",
        "[~]",
        "[~X",
        "!M!",
        "!M! =",
        "WORD",
        "é",
        "日本",
        "\t",
        " ",
        "n:",
        "v:",
        "pre+n:",
        "<ISSUE CATEGORY=\"",
        "\"",
        "</ISSUE>",
        "0000000",
        "991231-",
        "-080507",
        "~~FINISH",
        "<SYNSETS>",
        "<TIME>",
        "{}",
        "()",
        "\u{0}",
    ];
    let mut s = String::new();
    for _ in 0..lines {
        let n = rng.next() % 9;
        for _ in 0..n {
            s.push_str(rng.pick(TOKENS));
            if rng.next().is_multiple_of(3) {
                s.push(' ');
            }
        }
        s.push('\n');
    }
    s
}

#[test]
fn garbage_and_truncated_files_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let names = [
        "CAMEO.x.txt",
        "X.verbs",
        "X.actors.txt",
        "X.agents.txt",
        "X.discards.txt",
        "X.IssueCoding.txt",
        "X.options",
    ];
    for round in 0..30 {
        let files: Vec<(String, String)> = names
            .iter()
            .map(|n| (n.to_string(), garbage(&mut rng, 40)))
            .collect();
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let dir = dict_dir(&refs);
        let set = load_dir(&dir).unwrap_or_else(|e| panic!("round {round}: {e}"));
        for dg in &set.diagnostics {
            assert!(dg.loc.line >= 1 && dg.loc.line <= 40, "{dg}");
            assert!(!dg.reason.is_empty());
        }
        let _ = check_dir(&dir).unwrap().to_string();
    }
    // Every prefix of well-formed files (truncated mid-line, also mid-UTF-8 sequence).
    for (name, text) in [
        ("CAMEO.t.txt", P2_VERBS),
        ("T.verbs", TABARI_VERBS),
        ("P.verbs.txt", P1_VERBS),
        ("A.actors.txt", ACTORS),
        ("A.agents.txt", AGENTS),
    ] {
        let bytes = text.as_bytes();
        for cut in (0..bytes.len()).step_by(7) {
            let dir = dict_dir(&[]);
            std::fs::write(dir.join(name), &bytes[..cut]).unwrap();
            let _ = load_dir(&dir).unwrap();
        }
    }
    // Invalid UTF-8 bytes load lossily.
    let dir = dict_dir(&[]);
    std::fs::write(dir.join("Z.actors.txt"), b"CAF\xC3\xA9_\xFF\xFE [FRA]\n").unwrap();
    let set = load_dir(&dir).unwrap();
    assert_eq!(set.actors.len(), 1);
    assert_eq!(set.actors[0].codes[0].code, "FRA");
}

// ---------------------------------------------------------------- the community dictionaries

fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("LEDE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    if p.join("dictionaries").is_dir() {
        Some(p.join("dictionaries"))
    } else {
        println!(
            "NOTICE: no shared dictionaries at {} (set LEDE_SHARED); skipped",
            p.display()
        );
        None
    }
}

#[test]
fn shared_dictionaries_load_with_sane_counts() {
    let Some(root) = shared() else { return };
    let mut seen = 0;
    for (folder, format, min_actors, min_verbs) in [
        ("petrarch2", DictFormat::Petrarch2, 10_000, 5_000),
        ("petrarch1-verbs", DictFormat::Petrarch1, 0, 10_000),
        ("petr-validate", DictFormat::Petrarch1, 100, 400),
        ("petr-validate-2.02", DictFormat::Petrarch2, 100, 300),
        ("tabari-demo", DictFormat::Tabari, 100, 400),
    ] {
        let dir = root.join(folder);
        if !dir.is_dir() {
            println!("NOTICE: {} absent; skipped", dir.display());
            continue;
        }
        seen += 1;
        let report = check_dir(&dir).unwrap();
        let c = &report.counts;
        println!(
            "{folder}: {} actors, {} agents, {} verb patterns, {} diagnostics",
            c.actor_entries,
            c.agent_entries,
            c.verb_patterns,
            report.diagnostics.len()
        );
        assert_eq!(report.format, format, "{folder}");
        assert!(c.actor_entries >= min_actors, "{folder}: {c:?}");
        assert!(c.verb_patterns >= min_verbs, "{folder}: {c:?}");
        let written = c.patterns_petrarch2 + c.patterns_petrarch1 + c.patterns_tabari;
        // Nearly every pattern line reads (a handful are broken in the sources).
        assert!(
            report.diagnostics.len() * 50 < written.max(1) + c.actor_entries,
            "{folder}: too many diagnostics ({})",
            report.diagnostics.len()
        );
    }
    if seen == 0 {
        return;
    }
    let p2 = load_dir(&root.join("petrarch2"));
    if let Ok(set) = p2 {
        assert!(set.actors.len() > 10_000);
        assert!(set.agents.len() > 1_000);
        assert!(set.synsets.len() >= 30);
        assert_eq!(set.transformations.len(), 8);
        assert!(set.discards.iter().any(|d| d.story) && set.discards.iter().any(|d| !d.story));
        assert!(set.issues.len() > 1_000);
        let putin = set
            .actors
            .iter()
            .find(|a| a.names.iter().any(|n| n == "VLADIMIR PUTIN"))
            .expect("Putin");
        assert_eq!(putin.canonical, "Vladimir Putin");
        assert_eq!(putin.kind, ActorKind::Person);
        assert_eq!(putin.code_on(Some(d(2015, 1, 1))), Some("RUSGOV"));
        // The malformed 7-digit date of Ban Ki-moon is reported, his other code kept.
        let ban = set
            .actors
            .iter()
            .find(|a| a.names.iter().any(|n| n == "BAN KI-MOON"))
            .expect("Ban");
        assert_eq!(ban.code_on(Some(d(2010, 1, 1))), Some("IGOUNO"));
        assert!(set
            .diagnostics
            .iter()
            .any(|x| x.loc.file == "Phoenix.International.actors.txt"
                && x.reason.contains("2004017")));
        let meet = set
            .verbs
            .iter()
            .find(|v| v.lemma == "meet" && v.verb_after == ["with"])
            .expect("+MEET_WITH");
        assert!(meet.forms.contains(&"met".to_string()));
    }
}
