//! Actors: each noun phrase's actor (dictionary names, titles and roles composed with
//! countries, people learned from titles and appositions), resolved across the article into
//! one entry per real-world actor (surnames, "President X", pronouns).

use crate::keys;
use crate::lexicon::{Lexicon, Payload};
use crate::sentence::{DocAnalysis, SentenceAnalysis};
use crate::ArticleInput;
use lede_dict::AgentPlacement;
use lede_model::{Actor, ActorKind, Mention, Place, Span};
use lede_syntax::{Item, Tag};
use lede_text::Document;
use rustc_hash::{FxHashMap as HashMap, FxHashSet};

/// One actor of the article.
#[derive(Debug, Clone)]
pub struct ActorRec {
    pub name: Option<String>,
    pub code: Option<String>,
    pub kind: ActorKind,
    /// Mentions as document token ranges.
    pub mentions: Vec<(usize, usize)>,
    pub rule: String,
}

/// An NP's reading: which article actor, and the code at that mention.
#[derive(Debug, Clone)]
pub struct NpReading {
    pub actor: Option<usize>,
    pub code: Option<String>,
    /// The NP is a place standing for its country ("shelled Kharkiv"): a target of force only.
    pub place: bool,
    /// Words of the NP that name the actor (sentence-relative).
    pub start: usize,
    pub end: usize,
    /// For a plural reference to several actors named before ("they", "the two leaders",
    /// "both sides"): those actors and their codes.
    pub members: Vec<(usize, String)>,
    /// For an NP that is no actor but names a stand, claim or act qualified by a country
    /// adjective ("the Turkish proposal", "Greek objections"): that country, the owner of
    /// the thing (Lede's dictionaries only).
    pub thing_of: Option<String>,
}

#[derive(Clone)]
pub struct ArticleActors {
    pub list: Vec<ActorRec>,
    /// Per sentence, per NP.
    pub np: Vec<Vec<NpReading>>,
    /// The authors the title names (the first is "I").
    pub authors: Vec<usize>,
    /// Set by the event coder when it applies Lede's own rules (Lede dictionaries only).
    pub lede_rules: bool,
}

const NON_COUNTRY: &[&str] = &[
    "IGO", "NGO", "MNC", "---", "INT", "UNK", "REB", "MIL", "GOV", "CVL", "OPP",
];

/// The ISO3 country of an actor code, where it has one.
pub fn country_of(code: &str) -> Option<&str> {
    let c = code.get(..3)?;
    let b: [u8; 3] = c.as_bytes().try_into().ok()?;
    // (the three bytes compared as one value, not string by string)
    (b.iter().all(u8::is_ascii_uppercase) && !NON_COUNTRY.iter().any(|n| n.as_bytes() == b))
        .then_some(c)
}

fn compose(base: &str, agent: &str, placement: AgentPlacement) -> String {
    let agent = agent.trim_matches('~');
    if base.is_empty() {
        return keys::concat(&["---", agent]);
    }
    if base.len() >= 3 && base[3..].contains(agent) {
        return base.to_string();
    }
    match placement {
        AgentPlacement::Suffix => keys::concat(&[base, agent]),
        AgentPlacement::Prefix => keys::concat(&[agent, base]),
    }
}

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// A word of a name: capitalized, or a capitalized name after an Arabic article or a
/// patronymic particle joined by a hyphen ("al-Zubaidi", "el-Sisi", "bin-Salman").
fn name_word(w: &str) -> bool {
    capitalized(w) || crate::sentence::particle_name(w)
}

/// Endings of English adjectives (a capitalised word with one is no first name).
const ADJECTIVE_ENDINGS: &[&str] = &[
    "an", "ese", "ish", "ic", "al", "ive", "ous", "ary", "ern", "ed", "ing", "ful", "less", "able",
    "ible", "ent", "ant", "er", "est", "ior", "ist", "ly", "ite",
];

const NOT_NAMES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "urgent",
    "update",
    "breaking",
    "the",
    "today",
];

/// For NP `i`, the subject of a clause whose complement `i` is the subject of ("Kyiv said
/// it ...", "Both ministers confirmed that they ..."): who says what `i` does, named before it.
fn speaker_np(syn: &lede_syntax::SentenceSyntax, i: usize) -> Option<usize> {
    syn.clauses
        .iter()
        .find(|c| c.subject.contains(&i))
        .and_then(|c| c.complement_of)
        .and_then(|u| syn.clauses[u].subject.first().copied())
        .filter(|&m| m < i)
}

/// The NP's head is inside a quotation.
fn quoted_np(sa: &SentenceAnalysis, np: usize) -> bool {
    sa.quoted
        .get(sa.syntax.nps[np].head)
        .copied()
        .unwrap_or(false)
}

/// Words that name an international body again after its full name ("the Council").
const BODY_WORDS: &[&str] = &[
    "council",
    "commission",
    "committee",
    "assembly",
    "union",
    "alliance",
    "organisation",
    "organization",
    "conference",
    "secretariat",
    "league",
    "community",
    "court",
    "agency",
    "mission",
    "parliament",
    "bloc",
    "forum",
];

/// Institutions that "the ministry" names again after they were named with a country.
const INSTITUTIONS: &[&str] = &[
    "ministry",
    "embassy",
    "consulate",
    "delegation",
    "presidency",
    "cabinet",
    "military",
    "army",
    "navy",
    "junta",
    "regime",
    "government",
];

/// The number a small number word names ("two" is 2).
fn number_word(w: &str) -> Option<usize> {
    ["two", "three", "four", "five", "six"]
        .iter()
        .position(|x| *x == w)
        .map(|i| i + 2)
}

/// "They", "the two leaders", "both sides", "the presidents": a plural reference to actors
/// named together before.
fn is_plural_reference(sa: &SentenceAnalysis, n: &lede_syntax::Np) -> bool {
    // (no reference below has more than six words: "the two foreign heads of state")
    let mut buf = [""; 6];
    match sa.lowers.get(n.words.clone()) {
        Some(ws) if ws.len() <= buf.len() => {
            for (b, w) in buf.iter_mut().zip(ws) {
                *b = w;
            }
        }
        _ => return false,
    }
    let words = &buf[..n.words.len()];
    // "all parties in Mozambique", "the leaders in Kinshasa": the place names whose they are
    let placed = || {
        sa.lowers.get(n.words.end).is_some_and(|w| *w == "in")
            && sa
                .words
                .get(n.words.end + 1)
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
    };
    match words {
        ["they"] | ["them"] => true,
        // "documents were signed in their presence": the pair is present
        ["their", "presence"] => true,
        _ if placed() => false,
        // "the two agreed to stay in close contact"
        ["the", "two"] => true,
        // "all parties (to this conflict)", "the warring parties", "the belligerents"
        ["all", "parties" | "sides" | "belligerents"]
        | ["the" | "both", "warring", "parties" | "sides"]
        | ["the" | "both", "belligerents"] => true,
        // "our two countries", "our nations": the sides of a joint statement or a meeting
        ["our", rest @ ..] => matches!(
            rest,
            ["countries" | "nations" | "governments" | "peoples"]
                | [
                    "two" | "three" | "four" | "five",
                    "countries" | "nations" | "governments" | "peoples"
                ]
        ),
        // "the Governments of the DRC and of Rwanda" name their own countries
        ["the" | "both", ..]
            if sa.lowers.get(n.words.end).is_some_and(|w| *w == "of")
                && !heads_of(sa, n.words.end) =>
        {
            false
        }
        ["the" | "both", rest @ ..] => {
            // "the (two) (foreign) ministers", "both delegations", "the two heads of state"
            let rest = match rest {
                ["two" | "three" | "four" | "five", more @ ..] => more,
                _ => rest,
            };
            let rest = match rest {
                ["foreign" | "defense" | "defence" | "prime" | "finance" | "trade" | "economy"
                | "top" | "chief", more @ ..]
                    if !more.is_empty() =>
                {
                    more
                }
                _ => rest,
            };
            matches!(
                rest,
                ["leaders"]
                    | ["presidents"]
                    | ["sides"]
                    | ["countries"]
                    | ["signatories"]
                    | ["participants"]
                    | ["neighbours"]
                    | ["neighbors"]
                    | ["powers"]
                    | [
                        "european"
                            | "western"
                            | "arab"
                            | "african"
                            | "asian"
                            | "gulf"
                            | "nordic"
                            | "baltic",
                        "countries" | "powers" | "nations" | "states" | "governments"
                    ]
                    | ["men"]
                    | ["women"]
                    | ["envoys"]
                    | ["governments"]
                    | ["nations"]
                    | ["ministers"]
                    | ["parties"]
                    | ["delegations"]
                    | ["secretaries"]
                    | ["diplomats"]
                    | ["negotiators"]
                    | ["counterparts"]
                    | [
                        "heads",
                        "of",
                        "state" | "government" | "delegation" | "delegations"
                    ]
            ) || rest == ["heads"] && heads_of(sa, n.words.end)
        }
        _ => false,
    }
}

/// "of State", "of Government" after word `at`: "the Heads of State", chunked apart from its
/// "of" phrase.
/// The capitalized head of a body of water's name ("Ocean", "Sea", "Gulf of ...").
fn is_water(w: &str) -> bool {
    matches!(
        w,
        "Ocean" | "Sea" | "Gulf" | "Bay" | "Peninsula" | "Channel"
    )
}

fn heads_of(sa: &SentenceAnalysis, at: usize) -> bool {
    sa.lowers.get(at).is_some_and(|w| *w == "of")
        && sa
            .lowers
            .get(at + 1)
            .is_some_and(|w| matches!(*w, "state" | "government" | "delegation"))
}

/// Titles that end a name run even when no dictionary lists them, with their role code.
const TITLE_WORDS: &[(&str, &str)] = &[
    ("president", "GOV"),
    ("secretary", "GOV"),
    ("minister", "GOV"),
    ("envoy", "GOV"),
    ("ambassador", "GOV"),
    ("chancellor", "GOV"),
    ("premier", "GOV"),
    ("spokesman", "GOV"),
    ("spokeswoman", "GOV"),
    ("spokesperson", "GOV"),
    ("aide", "GOV"),
    ("adviser", "GOV"),
    ("advisor", "GOV"),
    ("governor", "GOV"),
    ("mayor", "GOV"),
    ("senator", "LEG"),
    ("representative", "LEG"),
    ("speaker", "LEG"),
    ("lawmaker", "LEG"),
    ("king", "GOV"),
    ("queen", "GOV"),
    ("prince", "GOV"),
    ("emir", "GOV"),
    ("sheikh", "GOV"),
    ("chairman", "GOV"),
    ("chairwoman", "GOV"),
    ("director", "GOV"),
    ("commissioner", "GOV"),
    ("general", "MIL"),
    ("gen.", "MIL"),
    ("colonel", "MIL"),
    ("col.", "MIL"),
    ("commander", "MIL"),
    ("admiral", "MIL"),
    ("lt.", "MIL"),
    ("major", "MIL"),
    ("captain", "MIL"),
    ("judge", "JUD"),
    ("prosecutor", "JUD"),
    ("commodore", "MIL"),
    ("brigadier", "MIL"),
    ("lieutenant", "MIL"),
    ("sergeant", "MIL"),
    ("marshal", "MIL"),
    ("commandant", "MIL"),
    ("dr.", "GOV"),
    ("sen.", "LEG"),
    ("rep.", "LEG"),
    ("gov.", "GOV"),
    ("pres.", "GOV"),
];

/// Nouns for places that a country adjective turns into the country ("the Ukrainian city").
/// Acts of force whose adjective names who carries them out ("Russian strikes").
const ACT_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "aggression",
    "invasion",
    "bombing",
    "bombings",
    "bombardment",
    "shelling",
    "offensive",
    "incursion",
    "incursions",
    "provocations",
    "drones",
    "drone",
    "missiles",
    "missile",
    "rockets",
    "warplanes",
    "jets",
    "aircraft",
    "artillery",
    "gunfire",
];

const LOCATION_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "region",
    "province",
    "capital",
    "port",
    "territory",
    "border",
    "positions",
    "position",
    "base",
    "bases",
    "towns",
    "cities",
    "villages",
    "border",
    "coast",
    "island",
    "islands",
    "district",
    "oblast",
    "area",
    "areas",
    "soil",
    "territories",
    "airspace",
    "waters",
    "embassy",
    "consulate",
    "ship",
    "vessel",
    "vessels",
    "targets",
    "infrastructure",
    "ships",
    "warships",
    "tanker",
    "tankers",
    "facilities",
    "installations",
    "personnel",
    "refinery",
    "refineries",
    "post",
    "posts",
    "outpost",
    "outposts",
    "checkpoint",
    "checkpoints",
];

/// A noun for one holder of an office ("president", "Secretary-General", "chief",
/// "foreign minister"'s head "minister"): such a subject is a person, whatever its code.
fn office_holder(head: &str) -> bool {
    title_role(head).is_some_and(|r| r != "MIL" || head == "commander")
        || matches!(
            head,
            "secretary-general" | "chief" | "high representative" | "foreign minister"
        )
        || head.starts_with("secretary-general")
}

fn title_role(w: &str) -> Option<&'static str> {
    // (hashed once: the list is long and every noun phrase's words ask)
    static BY_WORD: std::sync::OnceLock<HashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    BY_WORD
        .get_or_init(|| {
            let mut m = HashMap::default();
            for &(t, r) in TITLE_WORDS {
                // the first entry of a word wins, as the scan found it
                m.entry(t).or_insert(r);
            }
            m
        })
        .get(w)
        .copied()
}

struct Ctx<'a> {
    lexicon: &'a Lexicon,
    date: Option<chrono::NaiveDate>,
    list: Vec<ActorRec>,
    by_key: HashMap<String, usize>,
    surnames: HashMap<String, usize>,
    /// First words of multi-word person names, for family-name-first references.
    given_first: HashMap<String, usize>,
    /// Title and role words seen before each person's name ("premier", "spokesman").
    titles: HashMap<usize, FxHashSet<String>>,
    /// People by recency of mention, most recent last.
    recent: Vec<usize>,
    /// The last coordination of two or more actors with countries.
    last_group: Vec<(usize, String)>,
    /// The last such group whose actors are of two or more countries: the sides that
    /// "both sides" and "the two delegations" refer to.
    last_sides: Vec<(usize, String)>,
    /// Words of multi-word country names seen in the article, with their code.
    country_words: HashMap<String, String>,
    last_subject_person: Option<usize>,
    last_person: Option<usize>,
    /// The code of the last institution named with a country, by its head word
    /// ("Algeria's foreign ministry" for "the ministry" later).
    last_institution: HashMap<String, String>,
    author: Option<usize>,
    /// All authors named in the title (a joint statement has several): "we" stands for them.
    authors: Vec<usize>,
    /// The title calls the text a joint statement or communiqué.
    joint_title: bool,
    /// The country named last, for "the country".
    last_country: Option<usize>,
    /// The title, lower case.
    title: String,
    /// The last group of exactly two countries: "both ministers" after a wider list.
    last_pair: Vec<(usize, String)>,
    /// The sides of the last meeting, call or visit ("X met Y", "X spoke with Y", "X and Y
    /// held talks"): whom "the two leaders" and "the presidents" name even after other
    /// countries were listed together.
    last_meeting: Vec<(usize, String)>,
    /// The guests of the last meeting one side hosted or received ("Anwar hosted X and Y"):
    /// whom "the two leaders" name when the host makes three.
    last_guests: Vec<(usize, String)>,
    /// The sides of the last meeting or call between people ("Putin had a telephone
    /// conversation with Aliyev"): whom "the presidents" name after bodies were in contact.
    last_people_meeting: Vec<(usize, String)>,
    /// The country of the article's dateline ("NAIROBI, June 26 (Reuters) -"), if any.
    home: Option<String>,
    /// The country of the first subject of the sentence before: whose "Its foreign ministry"
    /// opens the next one.
    prev_subject: Option<String>,
    /// The country, organisation or country body that was the first subject of the sentence
    /// before: whose "It accused ..." opens the next one.
    prev_subject_actor: Option<usize>,
    /// The sentence and code of the last subject that said, claimed or accused something:
    /// whose "these allegations" are.
    last_claimant: Option<(usize, String)>,
    /// The sentence and code of the last subject that adopted or imposed measures: whose
    /// "these restrictions" are.
    last_measurer: Option<(usize, String)>,
    /// The sentence and code of the country that last launched a missile.
    last_launcher: Option<(usize, String)>,
}

impl Ctx<'_> {
    /// Records a group of actors named together (and, when they are of two countries or
    /// more, the sides of the latest meeting or coordination).
    /// The authors a joint statement's title names, with their codes: its "we".
    fn signatories(&self) -> Vec<(usize, String)> {
        self.authors
            .iter()
            .filter_map(|&a| Some((a, self.list[a].code.clone()?)))
            .collect()
    }

    /// "The Council", "the Commission": the organisation this word names again. The
    /// title's author when the title calls it so ("Communique of the AU Peace and Security
    /// Council"), else the organisation mentioned last whose name has the word (any
    /// organisation for an empty word).
    /// The armed group named last ("Hezbollah ... The group also fired rockets").
    fn named_armed_group(&self) -> Option<usize> {
        (0..self.list.len())
            .filter(|&a| {
                self.list[a].kind == ActorKind::Organisation
                    && self.list[a].code.as_deref().is_some_and(|c| {
                        !c.starts_with("IGO")
                            && !c.starts_with("NGO")
                            && ["REB", "ISM", "INS", "UAF", "SEP"]
                                .iter()
                                .any(|r| c.get(3..).is_some_and(|rest| rest.contains(r)))
                    })
            })
            .filter_map(|a| Some((self.list[a].mentions.last()?.0, a)))
            .max()
            .map(|(_, a)| a)
    }

    fn named_body(&self, head: &str) -> Option<usize> {
        let org = |a: usize| {
            self.list[a].kind == ActorKind::Organisation
                && self.list[a]
                    .code
                    .as_deref()
                    .is_some_and(|c| c.starts_with("IGO") || c.starts_with("NGO"))
        };
        if let Some(a) = self.author.filter(|&a| org(a)) {
            if self
                .title
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == head)
            {
                return Some(a);
            }
        }
        (0..self.list.len())
            .filter(|&a| {
                org(a)
                    && (head.is_empty()
                        || self.list[a].name.as_deref().is_some_and(|n| {
                            n.split(|c: char| !c.is_alphanumeric())
                                .any(|w| w.eq_ignore_ascii_case(head))
                        }))
            })
            .filter_map(|a| Some((self.list[a].mentions.last()?.0, a)))
            .max()
            .map(|(_, a)| a)
    }

    /// The two countries whose actors the article has mentioned most so far (each with
    /// twice or more), with an actor of each: the country itself where it was named.
    fn main_pair(&self) -> Option<Vec<(usize, String)>> {
        let mut counts: HashMap<&str, (usize, usize)> = HashMap::default();
        for (a, rec) in self.list.iter().enumerate() {
            let Some(c) = rec.code.as_deref().and_then(country_of) else {
                continue;
            };
            let e = counts.entry(c).or_insert((0, a));
            e.0 += rec.mentions.len();
            if rec.kind == ActorKind::Country {
                e.1 = a;
            }
        }
        let mut ranked: Vec<(&str, (usize, usize))> = counts.into_iter().collect();
        ranked.sort_by(|x, y| y.1 .0.cmp(&x.1 .0).then(x.0.cmp(y.0)));
        match ranked.as_slice() {
            [(c1, (n1, a1)), (c2, (n2, a2)), rest @ ..]
                if *n2 >= 2 && rest.first().is_none_or(|r| r.1 .0 < *n2) && n1 >= n2 =>
            {
                Some(vec![(*a1, c1.to_string()), (*a2, c2.to_string())])
            }
            _ => None,
        }
    }

    /// A person, or one holder of an office read from a role ("President of Azerbaijan").
    fn person_like(&self, a: usize) -> bool {
        self.list[a].kind == ActorKind::Person
            || self
                .by_key
                .iter()
                .any(|(k, &i)| i == a && k.rsplit(':').next().is_some_and(office_holder))
    }

    /// Keeps the last meeting as the last between people when all its sides are people.
    fn note_people_meeting(&mut self) {
        if self.last_meeting.len() >= 2
            && self.last_meeting.iter().all(|(a, _)| self.person_like(*a))
        {
            self.last_people_meeting = self.last_meeting.clone();
        }
    }

    fn set_group(&mut self, group: Vec<(usize, String)>) {
        let countries: FxHashSet<&str> = group.iter().filter_map(|(_, c)| country_of(c)).collect();
        // ("25 Indians and one Nepali citizen were killed": civilians named together are
        // no sides that "both countries" could name later)
        let civilians = group.iter().any(|(_, c)| c.ends_with("CVL"));
        if civilians {
            self.last_group = group;
            return;
        }
        if countries.len() >= 2 {
            self.last_sides = group.clone();
        }
        if countries.len() == 2 {
            self.last_pair = group.clone();
        }
        self.last_group = group;
    }

    /// The most recently mentioned person who carried title `head` (and the country of
    /// `code`, where it has one).
    fn described_person(&self, head: &str, code: Option<&str>) -> Option<usize> {
        self.described_person_except(head, code, &[])
    }

    /// [`Ctx::described_person`] other than the people in `except`.
    fn described_person_except(
        &self,
        head: &str,
        code: Option<&str>,
        except: &[usize],
    ) -> Option<usize> {
        let country = code.and_then(country_of);
        self.recent.iter().rev().copied().find(|&p| {
            !except.contains(&p)
                && self.titles.get(&p).is_some_and(|t| t.contains(head))
                && (country.is_none()
                    || self.list[p].code.as_deref().and_then(country_of) == country)
        })
    }

    fn register(
        &mut self,
        key: String,
        name: Option<String>,
        code: Option<String>,
        kind: ActorKind,
        rule: String,
    ) -> usize {
        // (one look-up of the key, whether it is known or new)
        let slot = match self.by_key.entry(key) {
            std::collections::hash_map::Entry::Occupied(known) => {
                let i = *known.get();
                if self.list[i].code.is_none() {
                    self.list[i].code = code;
                }
                return i;
            }
            std::collections::hash_map::Entry::Vacant(slot) => slot,
        };
        let i = self.list.len();
        if kind == ActorKind::Person {
            if let Some(n) = &name {
                let words: Vec<&str> = n.split_whitespace().collect();
                if let Some(last) = words.last() {
                    self.surnames.entry(last.to_lowercase()).or_insert(i);
                }
                if words.len() >= 2 {
                    self.given_first.entry(words[0].to_lowercase()).or_insert(i);
                }
            }
        }
        self.list.push(ActorRec {
            name,
            code,
            kind,
            mentions: Vec::new(),
            rule,
        });
        slot.insert(i);
        i
    }
}

/// "The Secretary and Foreign Minister", "the President and the Prime Minister": titles
/// joined by "and", each the title of a different person named before (of different
/// countries).
fn described_pair(ctx: &Ctx, sa: &SentenceAnalysis, np: usize) -> Vec<(usize, String)> {
    let n = &sa.syntax.nps[np];
    let words = &sa.lowers[n.words.clone()];
    if words.first().is_none_or(|w| *w != "the")
        || sa
            .found_in(n.words.start, n.words.end)
            .any(|f| matches!(f.payload, Payload::Actor(_)))
    {
        return Vec::new();
    }
    let parts: Vec<&[&str]> = words[1..].split(|w| *w == "and").collect();
    if parts.len() != 2 || parts.iter().any(|p| p.is_empty() || p.len() > 3) {
        return Vec::new();
    }
    let mut out: Vec<(usize, String)> = Vec::new();
    for part in parts {
        let part: Vec<&&str> = part.iter().filter(|w| **w != "the").collect();
        let Some(head) = part.last() else {
            return Vec::new();
        };
        if title_role(head).is_none() {
            return Vec::new();
        }
        let Some(p) = ctx.described_person(head, None) else {
            return Vec::new();
        };
        let Some(code) = ctx.list[p].code.clone() else {
            return Vec::new();
        };
        if out
            .iter()
            .any(|(q, c)| *q == p || country_of(c) == country_of(&code))
        {
            return Vec::new();
        }
        out.push((p, code));
    }
    out
}

/// Where a transcript's speaker label ends: the `:` after the words opening a paragraph,
/// when they are a name with its titles ("President of Russia Vladimir Putin:", "Official
/// Spokesperson, Shri Randhir Jaiswal:", "Question (Manish Jha, TV9):"): capitalized words,
/// "of", "the", "and", commas and brackets only, at most twelve.
fn turn_label_end(doc: &Document, sa: &SentenceAnalysis) -> Option<usize> {
    let first_of_paragraph = doc
        .sentences
        .get(sa.index)
        .and_then(|s| doc.paragraphs.get(s.paragraph))
        .is_some_and(|p| p.sentences.start == sa.index);
    if !first_of_paragraph {
        return None;
    }
    let k = (1..sa.len().min(18)).find(|&k| sa.words[k] == ":")?;
    // "Excerpts from the statement by President of Russia Vladimir Putin:": the name after
    // the kind of text
    let by = (0..k).rfind(|&w| sa.lowers[w] == "by").filter(|&b| {
        (0..b).all(|w| {
            matches!(
                sa.lowers[w],
                "excerpts"
                    | "excerpt"
                    | "from"
                    | "the"
                    | "statement"
                    | "statements"
                    | "remarks"
                    | "speech"
                    | "address"
                    | "opening"
                    | "closing"
                    | "press"
                    | "for"
                    | "at"
                    | "introductory"
                    | "concluding"
                    | "answers"
                    | "to"
                    | "media"
                    | "questions"
            )
        })
    });
    let start = by.map_or(0, |b| b + 1);
    if start == k || start > 0 && start + 13 < k {
        return None;
    }
    // ("Assimi Goita (retranslated):", "Mr Lavrov (via interpreter):": a note in brackets)
    let mut bracket = false;
    (start..k)
        .all(|w| {
            match sa.lowers[w] {
                "(" => bracket = true,
                ")" => bracket = false,
                _ => {}
            }
            !sa.quoted[w]
                && (bracket
                    || capitalized(sa.words[w])
                    || matches!(sa.lowers[w], "of" | "the" | "and" | "." | "," | ")"))
        })
        .then_some(k)
}

/// NP `np` is the subject of a verb that two sides do together ("we discussed", "we
/// exchanged views", "we agreed", "we signed").
fn mutual_subject(syn: &lede_syntax::SentenceSyntax, sa: &SentenceAnalysis, np: usize) -> bool {
    syn.clauses.iter().enumerate().any(|(v, c)| {
        let head = sa.lowers[syn.vgs[v].head];
        // "we held substantive talks", "we will meet at the summit in July"
        let meeting = matches!(head, "meet" | "met" | "meeting")
            || matches!(head, "hold" | "held" | "holding" | "had" | "have")
                && c.objects.iter().any(|&o| {
                    let h = sa.lowers[syn.nps[o].head];
                    MEETING_NOUNS.contains(&h)
                        || matches!(h, "discussions" | "conversation" | "exchange")
                });
        c.subject.contains(&np)
            && !syn.vgs[v].negated
            && !syn.vgs[v].infinitive
            && (meeting
                || [
                    "discuss", "exchang", "agree", "sign", "review", "negotiat", "consult", "talk",
                    "conclud", "adopt",
                ]
                .iter()
                .any(|p| head.starts_with(p)))
    })
}

/// The role of a reading that names a role and no country ("---GOV" for "the minister").
fn bare_role(r: &NpReading) -> Option<String> {
    r.code
        .as_deref()
        .and_then(|c| c.strip_prefix("---"))
        .filter(|r| !r.is_empty())
        .map(str::to_string)
}

/// Nouns of a meeting held ("talks were held", "we held talks", "talks between X and Y").
pub(crate) const MEETING_NOUNS: &[&str] = &["talks", "negotiations", "consultations", "meeting"];

/// People in the street named as a body: protesters, crowds, mobs.
pub(crate) const PROTESTER_NOUNS: &[&str] = &[
    "protesters",
    "protestors",
    "demonstrators",
    "crowds",
    "crowd",
    "mob",
    "mobs",
    "rioters",
];

/// A country's diplomatic missions abroad.
pub(crate) const MISSION_NOUNS: &[&str] = &[
    "embassy",
    "embassies",
    "consulate",
    "consulates",
    "mission",
    "missions",
    "legation",
];

/// A Russian patronymic ("Vladimirovich", "Viktorovna", "Ilyich"), lower-cased.
fn is_patronymic(w: &str) -> bool {
    w.len() > 5 && ["ich", "vna", "ichna"].iter().any(|s| w.ends_with(s))
}

/// "The President of the European Council, Antonio Costa, and the President of the European
/// Commission, Ursula von der Leyen, together with the President of Kazakhstan, Kassym-Jomart
/// Tokayev, ... met in Samarkand", "We, President X, Prime Minister Y, and President Z, met
/// today": a list of titled names, with appositions, that opens the sentence and is the
/// subject of a verb of meeting (VG `v`). Returns the list's noun phrases before "together
/// with" (or "along with") and those after it (empty when there is none); `None` when the
/// words before the verb are not such a list.
pub(crate) fn meeting_list(sa: &SentenceAnalysis, v: usize) -> Option<(Vec<usize>, Vec<usize>)> {
    let syn = &sa.syntax;
    let g = syn.vgs.get(v)?;
    if g.passive
        || g.infinitive
        || g.negated
        || !matches!(
            sa.lowers[g.head],
            "met" | "meet" | "meets" | "convened" | "gathered"
        )
    {
        return None;
    }
    let end = g.words.start;
    let (mut left, mut right) = (Vec::new(), Vec::new());
    let mut commas = 0;
    let mut k = 0;
    while k < end {
        let w = sa.lowers[k];
        if let Some(n) = syn.np_of_word(k) {
            if syn.nps[n].words.start != k {
                return None;
            }
            if right.is_empty() && !matches!(sa.lowers.get(k.wrapping_sub(1)), Some(&"with")) {
                left.push(n);
            } else {
                right.push(n);
            }
            k = syn.nps[n].words.end;
            continue;
        }
        match w {
            "," => commas += 1,
            "and" | "of" | "as" | "well" => {}
            // ("together with", "along with": the other side of the meeting)
            "together" | "along" if sa.lowers.get(k + 1) == Some(&"with") => {
                if !right.is_empty() || left.is_empty() {
                    return None;
                }
                k += 2;
                match syn.np_of_word(k) {
                    Some(n) if k < end => {
                        right.push(n);
                        k = syn.nps[n].words.end;
                    }
                    _ => return None,
                }
                continue;
            }
            _ => return None,
        }
        k += 1;
    }
    (commas >= 2 && left.len() + right.len() >= 3).then_some((left, right))
}

/// Heads of phrases that, after "our" or "my", name others: "our Allies", "our partners",
/// "my counterpart" are not the author's side.
const OTHERS: &[&str] = &[
    "allies",
    "ally",
    "partners",
    "partner",
    "friends",
    "friend",
    "neighbours",
    "neighbors",
    "counterparts",
    "counterpart",
    "adversaries",
    "enemies",
    "colleague",
    "colleagues",
];

/// A title standing bare, all its words capitalized, with no name or longer title after it
/// ("Prime Minister was received by ...", not "Minister for Foreign Affairs of Indonesia
/// Sugiono").
fn bare_title(sa: &SentenceAnalysis, n: &lede_syntax::Np) -> bool {
    (n.words.start..n.words.end).all(|k| capitalized(sa.words[k]))
        && !sa
            .words
            .get(n.words.end)
            .is_some_and(|w| capitalized(w) || matches!(*w, "for" | "of" | "," | "("))
}

/// "The Secretary", "the Minister": a definite, capitalized title word (outside quotations)
/// that no dictionary entry covers, standing for the person named last with that title
/// ("Secretary of State Marco Rubio ... The Secretary thanked ...").
fn titled_reference(
    ctx: &Ctx,
    sa: &SentenceAnalysis,
    n: &lede_syntax::Np,
    quoted: bool,
) -> Option<usize> {
    // ("Prime Minister was received by President Mahama": a bare capitalized title, as a
    // ministry's release names its own leader, is "the Prime Minister") (Lede)
    let det = if sa.lowers[n.words.start] == "the" {
        1
    } else if lede_format(ctx) && bare_title(sa, n) {
        0
    } else {
        return None;
    };
    // ("the Deputy Secretary", "the Vice President": a capitalized title modifier)
    let modified = n.words.len() == 2 + det
        && capitalized(sa.words[n.words.start + det])
        && matches!(
            sa.lowers[n.words.start + det],
            "deputy" | "vice" | "under" | "assistant" | "special" | "foreign" | "prime"
        );
    if quoted
        || n.pronoun
        || n.words.len() != 1 + det && !modified
        || n.head != n.words.end - 1
        || !capitalized(sa.words[n.head])
        || title_role(sa.lowers[n.head]).is_none()
        || sa
            .found_in(n.words.start, n.words.end)
            .any(|f| !modified || !matches!(f.payload, Payload::Agent(_)))
        // ("the President of the Republic of Uzbekistan": the "of" phrase says whose)
        || sa.lowers.get(n.words.end) == Some(&"of")
            && sa.found_in(n.words.end, (n.words.end + 6).min(sa.len())).next().is_some()
    {
        return None;
    }
    // "The Secretary" in the Secretary's own readout is the author, even after another
    // secretary was named ("met with Philippine Secretary of Foreign Affairs Lazaro")
    let head = sa.lowers[n.head];
    ctx.authors
        .iter()
        .copied()
        .find(|a| ctx.titles.get(a).is_some_and(|t| t.contains(head)))
        .or_else(|| ctx.described_person(head, None))
}

/// Stands, claims and acts that belong to whoever a country adjective on them names ("the
/// Turkish proposal", "Greek objections", "the Russian decision").
const THING_NOUNS: &[&str] = &[
    // ("thank our Vietnamese friends", "our Brazilian partners": the country so named)
    "friends",
    "partners",
    "colleagues",
    "efforts",
    "mediation",
    "proposal",
    "proposals",
    "plan",
    "plans",
    "decision",
    "decisions",
    "objection",
    "objections",
    "demand",
    "demands",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "position",
    "stance",
    "move",
    "moves",
    "offer",
    "request",
    "remarks",
    "statement",
    "comments",
    "initiative",
    "bid",
    "policy",
    "actions",
    "measures",
    "sanctions",
    "tariffs",
    "restrictions",
    "conduct",
    "behaviour",
    "behavior",
    "rhetoric",
    "threats",
    "provocation",
    "provocations",
    "violation",
    "violations",
    "version",
    "narrative",
    "account",
    "assertion",
    "assertions",
    "ultimatum",
    "conditions",
    // "an investigation into a suspected Russian sabotage plot"
    "plot",
    "plots",
    "espionage",
    "spying",
    "hacking",
    "cyberattack",
    "cyberattacks",
    "involvement",
    "incursion",
    "incursions",
    "response",
    "interference",
    "meddling",
    "crackdown",
    "repression",
    "harassment",
    "intimidation",
    "blockade",
    "occupation",
    "annexation",
    "sabotage",
    "disinformation",
    "propaganda",
    "militarisation",
    "militarization",
    "expansionism",
    "buildup",
    "build-up",
    "activities",
    // "Pakistani airstrikes in Afghanistan", "Russian strikes on Ukraine"
    "strikes",
    "airstrikes",
    "attacks",
    "shelling",
    "bombing",
    "bombings",
    "raids",
    "bombardment",
];

/// Claims a demonstrative points back to ("We reject these allegations").
const CLAIM_WORDS: &[&str] = &[
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "claim",
    "claims",
    "charges",
    "assertions",
    "insinuations",
    "statements",
    "remarks",
    "comments",
    "fabrications",
];

/// Measures a demonstrative points back to ("We reject these illegitimate restrictions").
const MEASURE_WORDS: &[&str] = &[
    "restrictions",
    "sanctions",
    "measures",
    "tariffs",
    "duties",
    "listings",
    "designations",
    "package",
    "ban",
];

/// After a sentence: remember the subject of a main clause that said, claimed or accused,
/// and of one that adopted or imposed measures, for the demonstratives of the next
/// sentences ("Poland keeps saying that Russian drones violated its airspace." - "We reject
/// these allegations.").
fn note_claims_and_measures(ctx: &mut Ctx, sa: &SentenceAnalysis, readings: &[NpReading]) {
    let syn = &sa.syntax;
    for (v, c) in syn.clauses.iter().enumerate() {
        let Some(g) = syn.vgs.get(v) else {
            continue;
        };
        let verb = sa.lowers[g.head];
        let next = sa.lowers.get(g.head + 1).copied().unwrap_or("");
        let claim = [verb, next].iter().any(|w| {
            matches!(
                *w,
                "say"
                    | "says"
                    | "said"
                    | "saying"
                    | "claim"
                    | "claims"
                    | "claimed"
                    | "claiming"
                    | "allege"
                    | "alleges"
                    | "alleged"
                    | "alleging"
                    | "accuse"
                    | "accuses"
                    | "accused"
                    | "accusing"
                    | "insist"
                    | "insists"
                    | "insisted"
                    | "assert"
                    | "asserts"
                    | "asserted"
                    | "blame"
                    | "blames"
                    | "blamed"
            )
        });
        let measure = matches!(
            verb,
            "adopt"
                | "adopts"
                | "adopted"
                | "impose"
                | "imposes"
                | "imposed"
                | "introduce"
                | "introduces"
                | "introduced"
                | "announce"
                | "announces"
                | "announced"
                | "approve"
                | "approves"
                | "approved"
                | "slap"
                | "slaps"
                | "slapped"
                | "unveil"
                | "unveils"
                | "unveiled"
        ) && sa.lowers.iter().any(|w| MEASURE_WORDS.contains(w));
        // "North Korea test-fired a missile ... condemned the launch": who launched
        let launch = matches!(
            verb,
            "launch"
                | "launches"
                | "launched"
                | "fire"
                | "fires"
                | "fired"
                | "test-fire"
                | "test-fires"
                | "test-fired"
                | "test-launched"
                | "tested"
        ) && !g.negated
            && sa.lowers.iter().any(|w| LAUNCHED.contains(w));
        if launch {
            if let Some(code) = c
                .subject
                .iter()
                .find_map(|&s| readings.get(s)?.code.clone())
                .filter(|c| country_of(c).is_some())
            {
                ctx.last_launcher = Some((sa.index, code));
            }
        }
        if !claim && !measure || c.complement_of.is_some() {
            continue;
        }
        let code = c.subject.iter().find_map(|&s| {
            let r = readings.get(s)?;
            r.code
                .clone()
                .or_else(|| r.members.first().map(|m| m.1.clone()))
        });
        if let Some(code) = code {
            if claim {
                ctx.last_claimant = Some((sa.index, code.clone()));
            }
            if measure {
                ctx.last_measurer = Some((sa.index, code));
            }
        }
    }
}

/// What a missile launch puts in the air.
const LAUNCHED: &[&str] = &[
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "icbm",
    "satellite",
    "projectile",
    "projectiles",
];

/// Whose launch "the launch", "the test", "Friday's launch" names: the country that last
/// launched or test-fired a missile, in the last few sentences.
fn launch_owner(ctx: &Ctx, sa: &SentenceAnalysis, np: usize) -> Option<String> {
    let n = &sa.syntax.nps[np];
    if !matches!(
        sa.lowers[n.head],
        "launch" | "launches" | "test" | "tests" | "test-firing" | "firing"
    ) || sa.found_in(n.words.start, n.words.end).next().is_some()
        || sa
            .lowers
            .get(n.words.end)
            .is_some_and(|w| *w == "of" || *w == "by")
    {
        return None;
    }
    let (at, code) = ctx.last_launcher.as_ref()?;
    (sa.index.saturating_sub(*at) <= 12).then(|| code.clone())
}

/// Whose claim or measure a demonstrative NP names, from the last few sentences: "these
/// allegations" are those of the last claimant, "these restrictions" those of the last
/// actor to impose some (not the speaker's own side).
fn demonstrative_owner(ctx: &Ctx, sa: &SentenceAnalysis, np: usize) -> Option<String> {
    let n = &sa.syntax.nps[np];
    let own = ctx
        .author
        .and_then(|a| ctx.list[a].code.as_deref())
        .and_then(country_of);
    // "Mulino said Panama would not renew the memorandum. The Secretary welcomed the
    // decision": a decision or move with no owner is of the subject of the sentence before
    // (of another country than the statement's author)
    if n.words.len() == 2
        && matches!(sa.lowers[n.words.start], "the" | "this")
        && matches!(
            sa.lowers[n.head],
            "decision" | "move" | "announcement" | "step" | "gesture"
        )
        && sa.syntax.clauses.iter().all(|c| !c.subject.contains(&np))
    {
        return ctx
            .prev_subject
            .clone()
            .filter(|c| own.is_some() && country_of(c).is_some() && country_of(c) != own);
    }
    if !matches!(sa.lowers[n.words.start], "these" | "such") {
        return None;
    }
    let head = sa.lowers[n.head];
    let (at, code) = if CLAIM_WORDS.contains(&head) {
        ctx.last_claimant.as_ref()?
    } else if MEASURE_WORDS.contains(&head) {
        ctx.last_measurer.as_ref()?
    } else {
        return None;
    };
    if sa.index.saturating_sub(*at) > 2 {
        return None;
    }
    if own.is_some() && country_of(code) == own {
        return None;
    }
    Some(code.clone())
}

/// The country whose adjective qualifies a stand, claim or act an NP names (the adjective
/// before the head, no other actor in the NP): "the Turkish proposal" is Turkey's.
fn adjective_owner(ctx: &Ctx, sa: &SentenceAnalysis, np: usize) -> Option<String> {
    let n = &sa.syntax.nps[np];
    if !THING_NOUNS.contains(&sa.lowers[n.head]) {
        return None;
    }
    let lx = ctx.lexicon;
    let mut found = None;
    for f in sa.found_in(n.words.start, n.words.end) {
        let Payload::Actor(a) = f.payload else {
            return None;
        };
        let e = &lx.actors[a as usize];
        // ("the Saudi efforts", "U.S. proposals": a country's name right before the head
        // qualifies it as its adjective does)
        if e.kind != ActorKind::Country
            || !e.adjective && f.end != n.head
            || f.end > n.head
            || found.is_some()
        {
            return None;
        }
        found = e.code_on(ctx.date).map(str::to_string);
    }
    found
}

/// For a phrase of coordinated country adjectives and a role ("Russian and Ukrainian
/// delegations", "U.S. and Israeli officials"), one actor per country with that role.
fn coordinated_countries(ctx: &mut Ctx, sa: &SentenceAnalysis, np: usize) -> Vec<(usize, String)> {
    let n = &sa.syntax.nps[np];
    let lx = ctx.lexicon;
    let mut countries: Vec<(usize, usize)> = Vec::new(); // (entry, word)
    let mut agent: Option<(usize, usize)> = None; // (agent, word start)
    for f in sa.found_in(n.words.start, n.words.end) {
        match f.payload {
            Payload::Actor(a) => {
                let e = &lx.actors[a as usize];
                if e.kind != ActorKind::Country || !e.adjective {
                    return Vec::new();
                }
                countries.push((a as usize, f.start));
            }
            Payload::Agent(g) => agent = Some((g as usize, f.start)),
        }
    }
    let Some((g, gs)) = agent else {
        return Vec::new();
    };
    if countries.len() < 2
        || gs + 1 != n.words.end
        || !(n.words.start..gs).any(|k| sa.lowers[k] == "and")
        || countries.iter().any(|&(_, w)| w > gs)
    {
        return Vec::new();
    }
    let mut out: Vec<(usize, String)> = Vec::new();
    for (a, _) in countries {
        let Some(iso) = lx.actors[a].code_on(ctx.date).map(str::to_string) else {
            continue;
        };
        let code = compose(&iso, &lx.agents[g].code, lx.agents[g].placement);
        if out.iter().any(|(_, c)| *c == code) {
            continue;
        }
        let idx = ctx.register(
            keys::concat(&["g:", &code, ":", sa.lowers[n.head]]),
            None,
            Some(code.clone()),
            ActorKind::Group,
            "coordinated countries+role".into(),
        );
        out.push((idx, code));
    }
    out
}

/// Reads one NP: returns (key, name, code, kind, rule, name words) or None.
#[allow(clippy::type_complexity)]
fn read_np(
    ctx: &mut Ctx,
    sa: &SentenceAnalysis,
    np: usize,
    readings: &[NpReading],
) -> Option<(
    String,
    Option<String>,
    Option<String>,
    ActorKind,
    String,
    usize,
    usize,
)> {
    let n = &sa.syntax.nps[np];
    let (s, e) = (n.words.start, n.words.end);
    // a sea is no actor: "the Indian Ocean", "the Philippine Sea", "the Gulf of Mexico"; nor
    // a body's document: "the UN Charter", "Security Council resolutions"
    if e > s + 1
        && n.head == e - 1
        && matches!(
            sa.lowers[n.head],
            "charter" | "statute" | "resolution" | "resolutions"
        )
    {
        return None;
    }
    if e > s + 1 && is_water(sa.words[e - 1])
        || s >= 2 && sa.lowers[s - 1] == "of" && is_water(sa.words[s - 2])
    {
        return None;
    }
    let lx = ctx.lexicon;
    let mut person = None;
    let mut org = None;
    let mut country = None;
    let mut agent: Option<(usize, usize)> = None; // (agent id, word start)
                                                  // (on the stack for a phrase of up to 32 words)
    let mut covered_words = [false; 32];
    let mut covered_long = Vec::new();
    let covered: &mut [bool] = match covered_words.get_mut(..e - s) {
        Some(c) => c,
        None => {
            covered_long.resize(e - s, false);
            &mut covered_long
        }
    };
    for f in sa.found_in(s, e) {
        for c in &mut covered[f.start - s..f.end - s] {
            *c = true;
        }
        match f.payload {
            Payload::Actor(a) => match lx.actors[a as usize].kind {
                ActorKind::Person => person = Some((a as usize, f.start, f.end)),
                ActorKind::Country => country = Some((a as usize, f.start, f.end)),
                _ => org = Some((a as usize, f.start, f.end)),
            },
            Payload::Agent(g) => {
                if agent.is_none() || f.start > agent.map_or(0, |a| a.1) {
                    agent = Some((g as usize, f.start));
                }
            }
        }
    }
    // an organisation match glued after an uncovered capitalized word belongs to a person's
    // name ("Foreign Minister Therese Kayikwamba Wagner" is not the Wagner group)
    if let Some((_, os, oe)) = org {
        let glued = os > s
            && !covered[os - 1 - s]
            && capitalized(sa.words[os - 1])
            && matches!(sa.tags[os - 1], Tag::NNP | Tag::NNPS)
            && title_role(sa.lowers[os - 1]).is_none()
            && oe == e;
        if glued {
            for c in &mut covered[os - s..oe - s] {
                *c = false;
            }
            org = None;
        }
    }
    // a seat of power glued before more capitalized words that no dictionary covers is part
    // of another name ("the Miraflores Locks" are no Venezuelan palace, "the Washington
    // Post" no government)
    if let Some((a, _, oe)) = org {
        let metonym = lx.actors[a].loc.file.ends_with("countries.txt");
        let glued_after = oe < e
            && (oe..e).all(|k| {
                !covered[k - s]
                    && capitalized(sa.words[k])
                    && matches!(sa.tags[k], Tag::NNP | Tag::NNPS)
                    && title_role(sa.lowers[k]).is_none()
            });
        // ("the Ankara declaration", "the Doha talks", "the Minsk agreements": a document or
        // a meeting the seat names is where it was made, not the government's)
        let place_of = oe < e
            && matches!(
                sa.lowers[oe],
                "declaration"
                    | "declarations"
                    | "agreement"
                    | "agreements"
                    | "accord"
                    | "accords"
                    | "process"
                    | "format"
                    | "talks"
                    | "summit"
                    | "protocol"
                    | "communique"
                    | "memorandum"
                    | "framework"
                    | "platform"
                    | "conference"
                    | "forum"
                    | "round"
                    | "negotiations"
                    | "dialogue"
                    | "ceasefire"
                    | "truce"
            );
        if metonym && (glued_after || place_of) {
            org = None;
        }
    }
    // a trailing run of capitalized words that no dictionary covers: a name
    let trailing_run = |e: usize| {
        let mut run_start = e;
        while run_start > s {
            let w = run_start - 1;
            let word = &sa.words[w];
            // a name particle between capitalized words: "Alberto van Klaveren", "Ursula von
            // der Leyen", "Faisal bin Farhan"
            let particle = matches!(
                sa.lowers[w],
                "van" | "von" | "der" | "den" | "de" | "da" | "del" | "dos" | "bin" | "ibn" | "al"
            ) && run_start < e
                && w > s
                && !covered[w - s]
                && capitalized(sa.words[w - 1]);
            if particle {
                run_start -= 1;
                continue;
            }
            // ("Leonid Slutsky": a first name the tagger read as an adjective, before a
            // name word, with no adjective's ending)
            let first_name = sa.tags[w] == Tag::JJ
                && run_start < e
                && !ADJECTIVE_ENDINGS.iter().any(|x| sa.lowers[w].ends_with(x))
                && !matches!(
                    sa.lowers[w],
                    "interim" | "chief" | "top" | "prime" | "new" | "late" | "then" | "veteran"
                );
            if covered[w - s]
                || title_role(sa.lowers[w]).is_some()
                || !name_word(word)
                || !(matches!(sa.tags[w], Tag::NNP | Tag::NNPS | Tag::NN) || first_name)
                || NOT_NAMES.contains(&sa.lowers[w])
                || word.len() < 2
                || word.ends_with('.') && word.len() <= 3
            {
                break;
            }
            run_start -= 1;
        }
        run_start
    };
    let run_start = trailing_run(e);
    let run = (run_start < e).then_some((run_start, e));
    // "in Borno state", "Kherson region": the name before an administrative noun
    let admin_run = (run.is_none()
        && e > s + 1
        && matches!(
            sa.lowers[e - 1],
            "state"
                | "province"
                | "region"
                | "district"
                | "county"
                | "governorate"
                | "oblast"
                | "prefecture"
                | "territory"
        ))
    .then(|| (trailing_run(e - 1), e - 1))
    .filter(|&(rs, re)| rs < re);
    // a role word counts when it heads the phrase ("the envoy") or titles a name ("envoy X")
    let agent_end = |gs: usize| {
        sa.found_in(gs, e)
            .find(|f| f.start == gs)
            .map_or(gs + 1, |f| f.end)
    };
    let agent = agent.filter(|&(_, gs)| {
        let ae = agent_end(gs);
        ae > n.head
            || run.is_some_and(|(rs, _)| ae == rs)
            || person.is_some_and(|(_, ps, _)| ae <= ps)
            // "the Russian delegation March 23-25": a date the chunker ran on into
            || ae < e
                && (ae..e).all(|k| {
                    let w = sa.lowers[k];
                    NOT_NAMES[..12].contains(&w) || w.starts_with(|c: char| c.is_ascii_digit())
                })
    });
    let date = ctx.date;
    // base code from the NP's country or organisation, else its possessor
    let possessor_code = n
        .possessor
        .and_then(|p| readings.get(p))
        .and_then(|r| r.code.clone());
    let base: Option<String> = org
        .and_then(|(a, _, _)| lx.actors[a].code_on(date).map(str::to_string))
        .or_else(|| country.and_then(|(a, _, _)| lx.actors[a].code_on(date).map(str::to_string)))
        .or_else(|| {
            possessor_code
                .as_deref()
                .and_then(country_of)
                .map(str::to_string)
        })
        // "the EU's spokesperson", "NATO's envoy": an official of the body is the body
        .or_else(|| possessor_code.clone().filter(|c| c.starts_with("IGO")));
    // a title no dictionary lists, right before the name ("Council Secretary Rustem Umerov")
    let title = run.and_then(|(rs, _)| (rs > s).then(|| title_role(sa.lowers[rs - 1])).flatten());
    let with_agent = |base: Option<&str>| -> Option<String> {
        if let Some(b) = base.filter(|b| b.starts_with("IGO")) {
            return Some(b.to_string());
        }
        if agent.is_none() {
            if let Some(role) = title {
                return Some(format!("{}{role}", base.unwrap_or("---")));
            }
        }
        match (base, agent) {
            (Some(b), Some((g, _))) => Some(compose(b, &lx.agents[g].code, lx.agents[g].placement)),
            (Some(b), None) => Some(b.to_string()),
            (None, Some((g, _))) => Some(compose("", &lx.agents[g].code, lx.agents[g].placement)),
            (None, None) => None,
        }
    };
    if let Some((a, ws, we)) = person {
        let entry = &lx.actors[a];
        // a role word before the name adds its code to a bare country or group code
        // ("Prime Minister Romendacil" [BRE] = BREGOV)
        let code = entry
            .code_on(date)
            .map(|c| match agent.filter(|&(_, gs)| gs < ws && c.len() == 3) {
                Some((g, _)) => compose(c, &lx.agents[g].code, lx.agents[g].placement),
                None => c.to_string(),
            })
            .or_else(|| with_agent(base.as_deref()));
        return Some((
            keys::prefixed_lower("p:", &entry.canonical),
            Some(entry.canonical.clone()),
            code,
            ActorKind::Person,
            entry.loc.with_prefix("dict "),
            ws,
            we,
        ));
    }
    if let Some((rs, re)) = run {
        let name_words = &sa.words[rs..re];
        let name = name_words.join(" ");
        let has_context = agent.is_some() || org.is_some() || country.is_some() || title.is_some();
        let looks_like_person = (2..=4).contains(&name_words.len())
            && !name_words
                .iter()
                .any(|w| w.chars().all(|c| c.is_uppercase()));
        // a known surname or full name from earlier in the article
        let last = name_words
            .last()
            .map(|w| w.to_lowercase())
            .unwrap_or_default();
        let first = name_words
            .first()
            .map(|w| w.to_lowercase())
            .unwrap_or_default();
        // "(Esteemed) Vladimir Vladimirovich" after "Vladimir Putin": a first name and
        // patronymic address the person so named
        let addressed = match name_words {
            [.., given, _] if is_patronymic(&last) => {
                ctx.given_first.get(given.to_lowercase().as_str())
            }
            _ => None,
        };
        let known = addressed.or_else(|| ctx.surnames.get(&last)).or_else(|| {
            // "Liu said" after "Liu Dejun": family names come first in Chinese, Korean and
            // Hungarian names
            (name_words.len() == 1)
                .then(|| ctx.given_first.get(&first))
                .flatten()
        });
        // "Special Envoy Kellogg": a title before a lone surname of a dictionary person
        if known.is_none() && name_words.len() == 1 && (agent.is_some() || title.is_some()) {
            if let Some(a) = lx.person_by_surname(&last) {
                let entry = &lx.actors[a as usize];
                let code = entry
                    .code_on(date)
                    .map(str::to_string)
                    .or_else(|| with_agent(base.as_deref()));
                return Some((
                    keys::prefixed_lower("p:", &entry.canonical),
                    Some(entry.canonical.clone()),
                    code,
                    ActorKind::Person,
                    entry.loc.with_prefix("title+surname; dict "),
                    rs,
                    re,
                ));
            }
        }
        if let Some(&i) = known {
            let rec = &ctx.list[i];
            let key = format!("p:{}", rec.name.clone().unwrap_or_default().to_lowercase());
            return Some((
                key,
                rec.name.clone(),
                rec.code.clone().or_else(|| with_agent(base.as_deref())),
                ActorKind::Person,
                rec.rule.clone(),
                rs,
                re,
            ));
        }
        // an organisation name ("National Security Council") is not a person
        let orgish = name_words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "council"
                    | "republic"
                    | "democratic"
                    | "kingdom"
                    | "states"
                    | "federation"
                    | "emirates"
                    | "islamic"
                    | "national"
                    | "united"
                    | "people's"
                    | "coast"
                    | "guard"
                    | "news"
                    | "agency's"
                    | "committee"
                    | "ministry"
                    | "party"
                    | "government"
                    | "forces"
                    | "army"
                    | "agency"
                    | "office"
                    | "department"
                    | "court"
                    | "union"
                    | "bank"
                    | "house"
                    | "administration"
                    | "group"
                    | "university"
                    | "commission"
                    | "assembly"
                    | "parliament"
            )
        });
        // a name with no title is a person only if it is not a known place ("Kfar Kila")
        let place_name = !has_context && !lede_geo::Gazetteer::embedded().lookup(&name).is_empty();
        if !orgish && !place_name && (has_context || looks_like_person) && run_start > s
            || !orgish && !place_name && looks_like_person && run_start == s
        {
            let code = with_agent(base.as_deref());
            let rule = if has_context {
                "title-or-apposition"
            } else {
                "name-shape"
            };
            return Some((
                keys::prefixed_lower("p:", &name),
                Some(name),
                code,
                ActorKind::Person,
                rule.to_string(),
                rs,
                re,
            ));
        }
    }
    if let (Some((rs, re)), None, None) = (run.or(admin_run), org, country) {
        // ("attacked a tanker in the Red Sea": a body of water stands for no country, even
        // where a province is named after it)
        let water = matches!(
            sa.lowers[re - 1],
            "sea"
                | "ocean"
                | "gulf"
                | "strait"
                | "straits"
                | "channel"
                | "bay"
                | "river"
                | "lake"
                | "canal"
        );
        // ("the Centre and Artibonite departments": a generic word names regions in many
        // countries and stands for none)
        let generic = re - rs == 1
            && matches!(
                sa.lowers[rs],
                "centre"
                    | "center"
                    | "central"
                    | "north"
                    | "south"
                    | "east"
                    | "west"
                    | "northern"
                    | "southern"
                    | "eastern"
                    | "western"
                    | "coast"
                    | "coastal"
                    | "plateau"
                    | "lakes"
                    | "littoral"
                    | "capital"
                    | "upper"
                    | "lower"
                    | "highlands"
                    | "lowlands"
                    | "islands"
                    | "mountain"
                    | "valley"
                    | "river"
            );
        if agent.is_none() && re - rs <= 3 && !water && !generic {
            let name = sa.words[rs..re].join(" ");
            let g = lede_geo::Gazetteer::embedded();
            let best = g
                .lookup(&name)
                .iter()
                .map(|&id| g.entry(id))
                .filter(|p| p.kind != lede_model::PlaceKind::Venue)
                .max_by_key(|p| p.population);
            if let Some(iso) = best
                .filter(|p| p.population >= 100_000 || p.kind == lede_model::PlaceKind::Region)
                .and_then(|p| p.country.clone())
            {
                // "Russian forces shelled Kharkiv": the place stands for its country
                return Some((
                    keys::prefixed_lower("l:", &name),
                    Some(name),
                    Some(iso),
                    ActorKind::Country,
                    "place".into(),
                    rs,
                    re,
                ));
            }
        }
    }
    if let Some((a, ws, we)) = org {
        let entry = &lx.actors[a];
        if let Some((g, gs)) = agent.filter(|(_, gs)| *gs >= we) {
            // "Kremlin spokesman": a role of the organisation
            let code = compose(
                entry.code_on(date).unwrap_or(""),
                &lx.agents[g].code,
                lx.agents[g].placement,
            );
            return Some((
                keys::concat(&["g:", &code, ":", sa.lowers[n.head]]),
                None,
                Some(code),
                ActorKind::Group,
                "org+role".into(),
                ws.min(gs),
                e,
            ));
        }
        let code = entry.code_on(date).map(str::to_string);
        // "the Iraqi National Security Council": a state body a dictionary lists for one
        // country, named with another country's adjective right before it, is that country's
        if let (Some((c, cs, ce)), Some(own)) = (country, code.as_deref()) {
            let adj = &lx.actors[c];
            let other = adj.code_on(date).filter(|x| x.len() == 3);
            if adj.adjective
                && ce == ws
                && cs >= s
                && country_of(own).is_some_and(|o| other.is_some_and(|x| x != o))
            {
                if let Some(x) = other {
                    let composed = format!("{x}{}", &own[3..]);
                    return Some((
                        keys::concat(&["g:", &composed, ":", sa.lowers[n.head]]),
                        None,
                        Some(composed),
                        ActorKind::Group,
                        "country+body".into(),
                        cs,
                        e,
                    ));
                }
            }
        }
        return Some((
            keys::prefixed_lower("o:", &entry.canonical),
            Some(entry.canonical.clone()),
            code,
            ActorKind::Organisation,
            entry.loc.with_prefix("dict "),
            ws,
            we,
        ));
    }
    if let Some((a, ws, we)) = country {
        let entry = &lx.actors[a];
        let mut iso = entry.code_on(date).unwrap_or("").to_string();
        if we - ws >= 2 && !entry.adjective {
            // "the Democratic Republic of Congo": later "Congo" is the same country
            for w in &sa.lowers[ws..we] {
                if w.len() > 3
                    && !matches!(
                        *w,
                        "republic" | "democratic" | "united" | "people's" | "kingdom"
                    )
                {
                    ctx.country_words.insert(w.to_string(), iso.clone());
                }
            }
        } else if we - ws == 1 {
            if let Some(named) = ctx.country_words.get(sa.lowers[ws]) {
                iso = named.clone();
            }
        }
        let iso = iso;
        if let Some((g, gs)) = agent {
            let code = compose(&iso, &lx.agents[g].code, lx.agents[g].placement);
            return Some((
                keys::concat(&["g:", &code, ":", sa.lowers[n.head]]),
                None,
                Some(code),
                ActorKind::Group,
                "country+role".into(),
                ws.min(gs),
                e,
            ));
        }
        if entry.adjective && we < e {
            // "Russian proposals": the adjective alone does not make the NP an actor, but
            // "the Ukrainian city of Kharkiv" stands for the country as a target
            // and "Russian strikes", "Israeli attacks" stand for who carries them out
            let head = sa.lowers[n.head];
            // ("the Iranian state" is the country; "the Indian High Commission" its mission)
            let high_commission = head == "commission" && sa.lowers[n.head - 1] == "high";
            if !LOCATION_NOUNS.contains(&head)
                && !crate::events::PHYSICAL_TARGETS.contains(&head)
                && !ACT_NOUNS.contains(&head)
                && head != "state"
                && !high_commission
            {
                return None;
            }
        }
        let name = entry
            .codes
            .first()
            .and_then(|c| lx.country_named(&c.code))
            .map_or(entry.canonical.clone(), |x| x.canonical.clone());
        return Some((
            keys::concat(&["c:", &iso]),
            Some(name),
            Some(iso),
            ActorKind::Country,
            entry.loc.with_prefix("dict "),
            ws,
            we,
        ));
    }
    if let Some((_, gs)) = agent {
        // a role with a possessor ("Putin's aide") or alone ("the police"); "Chinese-made
        // electric vehicles": the maker's
        let made = base
            .is_none()
            .then(|| hyphen_country(sa, lx, date, s, gs))
            .flatten();
        let code = with_agent(
            base.as_deref()
                .or(made.as_ref().map(|(iso, _)| iso.as_str())),
        )?;
        let _ = gs;
        return Some((
            keys::concat(&["g:", &code, ":", sa.lowers[n.head]]),
            None,
            Some(code),
            ActorKind::Group,
            "role".into(),
            gs,
            e,
        ));
    }
    // "Israel's prison service said", "Iran's judiciary": a state body no dictionary lists,
    // owned by a country, is that country's
    if person.is_none() && org.is_none() && country.is_none() {
        let role = match sa.lowers[n.head] {
            "service" | "agency" | "office" | "authority" | "authorities" | "bureau"
            | "directorate" | "inspectorate" | "regulator" | "watchdog" => Some("GOV"),
            "judiciary" | "prosecutor" | "prosecutors" | "prosecution" => Some("JUD"),
            _ => None,
        };
        let owner = possessor_code.as_deref().and_then(country_of);
        if let (Some(role), Some(c)) = (role, owner) {
            let code = format!("{c}{role}");
            return Some((
                keys::concat(&["g:", &code, ":", sa.lowers[n.head]]),
                None,
                Some(code),
                ActorKind::Group,
                "owner+body".into(),
                s,
                e,
            ));
        }
    }
    // "a Greek-owned tanker", "a Liberian-flagged vessel", "Chinese-made vehicles": the
    // country of the owner, flag or maker, its business (Lede has the word as one token)
    if person.is_none() && org.is_none() && country.is_none() {
        if let Some((iso, k)) = hyphen_country(sa, lx, date, s, e) {
            let code = format!("{iso}BUS");
            return Some((
                keys::concat(&["g:", &code, ":owned"]),
                None,
                Some(code),
                ActorKind::Group,
                "owner-or-flag".into(),
                k,
                e,
            ));
        }
    }
    None
}

/// The country named before "-owned", "-flagged", "-made" and the like in words `s..e` ("a
/// Greek-owned tanker", "Chinese-made vehicles"), with the word's index.
fn hyphen_country(
    sa: &SentenceAnalysis,
    lx: &Lexicon,
    date: Option<chrono::NaiveDate>,
    s: usize,
    e: usize,
) -> Option<(String, usize)> {
    for k in s..e {
        let w = sa.words[k];
        let Some(prefix) = [
            "-owned",
            "-flagged",
            "-operated",
            "-registered",
            "-run",
            "-controlled",
            "-made",
            "-built",
            "-produced",
            "-manufactured",
        ]
        .iter()
        .find_map(|suffix| w.strip_suffix(suffix))
        .filter(|p| !p.is_empty()) else {
            continue;
        };
        let lower = prefix.to_lowercase();
        let mut found = Vec::new();
        lx.matches_at(&[prefix], &[lower.as_str()], 0, &mut found);
        let iso = found.iter().find_map(|f| match f.payload {
            Payload::Actor(a) if lx.actors[a as usize].kind == ActorKind::Country => {
                lx.actors[a as usize].code_on(date).map(str::to_string)
            }
            _ => None,
        });
        if let Some(iso) = iso.filter(|c| c.len() == 3) {
            return Some((iso, k));
        }
    }
    None
}

pub fn resolve(
    doc: &Document,
    analysis: &DocAnalysis,
    lexicon: &Lexicon,
    input: &ArticleInput,
) -> ArticleActors {
    let mut ctx = Ctx {
        lexicon,
        date: input.date,
        list: Vec::new(),
        by_key: HashMap::default(),
        surnames: HashMap::default(),
        given_first: HashMap::default(),
        titles: HashMap::default(),
        recent: Vec::new(),
        last_group: Vec::new(),
        last_sides: Vec::new(),
        country_words: HashMap::default(),
        last_subject_person: None,
        last_person: None,
        last_institution: HashMap::default(),
        author: None,
        authors: Vec::new(),
        joint_title: false,
        last_country: None,
        title: input
            .title
            .as_deref()
            .map(str::to_lowercase)
            .unwrap_or_default(),
        last_pair: Vec::new(),
        last_meeting: Vec::new(),
        last_guests: Vec::new(),
        last_people_meeting: Vec::new(),
        home: None,
        prev_subject: None,
        prev_subject_actor: None,
        last_claimant: None,
        last_measurer: None,
        last_launcher: None,
    };
    // the author of a statement, named in its title ("Statement from President Joe Biden ...")
    // the dateline's country (Lede's dictionaries): a release's author, below, and the country
    // of police and protesters named with none
    // the rules below marked "Lede" are for Lede's own dictionaries only
    let lede_only = lede_format(&ctx);
    if lede_only {
        ctx.home = lede_geo::Gazetteer::embedded()
            .dateline_country(&doc.raw)
            .map(str::to_string);
    }
    if let Some(title) = &input.title {
        let mut authors = title_authors(&mut ctx, title);
        // "Treasury Sanctions Iran-Aligned Militia Network", datelined "WASHINGTON —": a
        // title opening with a government body the dictionaries give no country is that
        // body of the dateline's country (Lede)
        // (and not the country the title then names: "Treasury Sanctions Iran-Aligned ...")
        {
            let first = title
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
                .unwrap_or("")
                .to_lowercase();
            let body = matches!(
                first.as_str(),
                "treasury" | "department" | "ministry" | "embassy" | "secretary" | "minister"
            );
            let home = ctx.home.clone().filter(|_| body);
            let named = |c: &str| {
                authors
                    .iter()
                    .any(|&a| ctx.list[a].code.as_deref().and_then(country_of) == Some(c))
            };
            if let Some(c) = home.filter(|c| !named(c)) {
                authors.clear();
                let code = format!("{c}GOV");
                let idx = ctx.register(
                    keys::concat(&["g:", &code, ":", &first]),
                    None,
                    Some(code),
                    ActorKind::Group,
                    "dateline author".into(),
                );
                authors.push(idx);
            }
        }
        ctx.author = authors.first().copied();
        ctx.authors = authors;
        let t = title.to_lowercase();
        ctx.joint_title = t.contains("joint") || t.contains("communiqu");
        // "Statement of the Ministry of Foreign Affairs of Georgia": "the Ministry" of the
        // text is the author, until another ministry is named
        if let Some(code) = ctx.author.and_then(|a| ctx.list[a].code.clone()) {
            for head in INSTITUTIONS {
                if t.split(|c: char| !c.is_alphanumeric()).any(|w| w == *head) {
                    ctx.last_institution.insert(head.to_string(), code.clone());
                }
            }
        }
    }
    // "Press Statement / Marco Rubio, Secretary of State / May 2, 2025": a byline above the
    // text names its author when the title names none (Lede)
    if ctx.authors.is_empty() && lede_only {
        if let Some(line) = byline(&doc.raw) {
            let people: Vec<usize> = title_authors(&mut ctx, line)
                .into_iter()
                .filter(|&a| ctx.list[a].kind == ActorKind::Person)
                .take(1)
                .collect();
            ctx.author = people.first().copied();
            ctx.authors = people;
        }
    }
    let mut all = Vec::with_capacity(analysis.sentences.len());
    let mut in_turn = false;
    for sa in &analysis.sentences {
        let syn = &sa.syntax;
        // "President of Russia Vladimir Putin: Mr President, friends, ...": a transcript's
        // turn; its "I" and "we", and those of the paragraphs after it, are that speaker's
        let turn_label = lede_only.then(|| turn_label_end(doc, sa)).flatten();
        let mut readings: Vec<NpReading> = Vec::with_capacity(syn.nps.len());
        // subjects of main clauses (not of reported speech): the likely antecedents of "he"
        let subjects: Vec<usize> = syn
            .clauses
            .iter()
            .filter(|c| c.complement_of.is_none() && matches!(c.subject_rule, "left" | "relative"))
            .flat_map(|c| c.subject.iter().copied())
            .collect();
        for (i, n) in syn.nps.iter().enumerate() {
            let mut r = NpReading {
                actor: None,
                code: None,
                place: false,
                start: n.words.start,
                end: n.words.end,
                members: Vec::new(),
                thing_of: None,
            };
            let quoted = sa.quoted.get(n.head).copied().unwrap_or(false);
            let plural = is_plural_reference(sa, n);
            // "President Joseph R. Biden, Jr. spoke": the suffix after a comma is the name
            // before it
            if lede_only
                && n.words.len() == 1
                && matches!(sa.lowers[n.words.start], "jr." | "jr" | "sr." | "sr")
                && n.words.start >= 2
                && sa.lowers[n.words.start - 1] == ","
            {
                if let Some(prev) = syn
                    .np_of_word(n.words.start - 2)
                    .filter(|&j| j < i)
                    .and_then(|j| readings.get(j))
                    .filter(|p| p.actor.is_some())
                {
                    r.actor = prev.actor;
                    r.code = prev.code.clone();
                    readings.push(r);
                    continue;
                }
            }
            // a group named earlier in this sentence ("hosted X and Y, where the two leaders
            // signed ...")
            let here: Vec<(usize, String)> =
                if quoted || !plural || sa.lowers[n.words.start] == "our" && ctx.authors.len() >= 2
                {
                    Vec::new()
                } else {
                    syn.np_groups
                        .iter()
                        .filter(|g| g.len() >= 2 && g.iter().all(|&m| m < i))
                        .filter_map(|g| {
                            let members: Vec<(usize, String)> = g
                                .iter()
                                .filter_map(|&m| {
                                    let r = readings.get(m)?;
                                    Some((r.actor?, r.code.clone()?))
                                })
                                .filter(|(_, c)| country_of(c).is_some())
                                .collect();
                            (members.len() == g.len()).then_some(members)
                        })
                        .next_back()
                        .unwrap_or_default()
                };
            // ("thanked Qatar, Egypt and the United States ... and urged both sides": "both"
            // and "the two" are not three named together) (Lede)
            let here = if lede_only
                && here.len() > 2
                && sa.lowers[n.words.clone()]
                    .iter()
                    .any(|w| matches!(*w, "both" | "two"))
            {
                Vec::new()
            } else {
                here
            };
            if !here.is_empty() {
                r.members = here;
                readings.push(r);
                continue;
            }
            // ("our three countries" of a joint statement: its signatories, below)
            // "The three Governments condemn", "They call on" in a joint statement: its
            // signatories, unless another group was named since ("the two sides" of a
            // meeting it reports)
            let joint = ctx.authors.len() >= 2
                && ctx.joint_title
                && !quoted
                && sa.lowers[n.words.start] != "our"
                && plural
                && !sa.lowers[n.words.clone()].iter().any(|w| {
                    matches!(*w, "all" | "warring" | "belligerents")
                        || number_word(w).is_some_and(|k| k != ctx.authors.len())
                        // ("Both Leaders" of a statement by three: two of them) (Lede)
                        || lede_only && *w == "both" && ctx.authors.len() != 2
                })
                && (ctx.last_group.len() < 2
                    || ctx.last_group.iter().all(|(_, c)| {
                        ctx.authors.iter().any(|&a| {
                            ctx.list[a].code.as_deref().and_then(country_of) == country_of(c)
                        })
                    }));
            if joint {
                r.members = ctx.signatories();
                readings.push(r);
                continue;
            }
            // "Both ministers confirmed that they will hold ...": "they" in what a group says
            // is that group
            if lede_only && !quoted && sa.lowers[n.head] == "they" {
                let said_by = speaker_np(syn, i)
                    .and_then(|m| readings.get(m))
                    .map(|x| x.members.clone())
                    .filter(|m| m.len() >= 2);
                if let Some(members) = said_by {
                    r.members = members;
                    readings.push(r);
                    continue;
                }
            }
            // "stand with the Venezuelan people as they seek ...": "they" opening a clause
            // within the sentence is the plural named before it in the sentence (Lede)
            if lede_only
                && !quoted
                && sa.lowers[n.head] == "they"
                && n.words.start >= 1
                && matches!(
                    sa.lowers[n.words.start - 1],
                    "as" | "when" | "while" | "because" | "after" | "before" | "until" | "once"
                )
            {
                let antecedent = (0..i).rev().find(|&m| {
                    let h = syn.nps[m].head;
                    readings
                        .get(m)
                        .is_some_and(|x| x.code.is_some() && x.members.is_empty())
                        && (matches!(sa.tags[h], Tag::NNS | Tag::NNPS)
                            || matches!(sa.lowers[h], "people" | "police" | "military"))
                });
                if let Some(m) = antecedent {
                    r.actor = readings[m].actor;
                    r.code = readings[m].code.clone();
                    readings.push(r);
                    continue;
                }
            }
            let signatories = sa.lowers[n.words.start] == "our" && ctx.authors.len() >= 2;
            if !quoted && !signatories && plural && ctx.last_group.len() >= 2 {
                // "They agreed", "the two leaders signed": the actors last named together
                // ("both sides", "the delegations": of two countries at least, so not
                // "Secretary Rubio and his team" named last)
                let sides = sa.lowers[n.words.clone()].iter().any(|w| {
                    matches!(
                        *w,
                        "sides"
                            | "parties"
                            | "countries"
                            | "nations"
                            | "governments"
                            | "delegations"
                    )
                });
                let codes: FxHashSet<&str> =
                    ctx.last_group.iter().map(|(_, c)| c.as_str()).collect();
                // ("Trump spoke with Merz ... urged Russia and Ukraine ... The leaders agreed to
                // remain in contact": the people of a meeting are its sides, whatever countries
                // were listed since) (Lede)
                let participants = lede_only
                    && ctx.last_meeting.len() >= 2
                    && sa.lowers[n.words.clone()].iter().any(|w| {
                        matches!(
                            *w,
                            "leaders"
                                | "participants"
                                | "presidents"
                                | "heads"
                                | "ministers"
                                | "sides"
                                | "delegations"
                                | "counterparts"
                                | "envoys"
                                | "negotiators"
                        )
                    });
                // ("Putin had a telephone conversation with Aliyev ... the Russian side had
                // been in contact with the Kazakh authorities ... The Presidents agreed": the
                // people's meeting)
                let people = sa.lowers[n.words.clone()]
                    .iter()
                    .any(|w| matches!(*w, "presidents" | "leaders" | "heads"));
                let members = if participants && people && ctx.last_people_meeting.len() >= 2 {
                    ctx.last_people_meeting.clone()
                } else if participants {
                    ctx.last_meeting.clone()
                } else if sides && codes.len() < 2 && ctx.last_sides.len() >= 2 {
                    ctx.last_sides.clone()
                } else {
                    ctx.last_group.clone()
                };
                // ("25 Indians and one Nepali citizen were murdered ... called on both
                // countries", "Lashkar-e-Taiba and Jaish-e-Mohammed ... both countries": not
                // victims, nor groups of one country, but the two countries the article names
                // most) (Lede)
                let country_noun = sa.lowers[n.words.clone()]
                    .iter()
                    .any(|w| matches!(*w, "countries" | "nations" | "governments"));
                // (the sides of a civil war are of one country: only civilians are no sides)
                let side_noun = sa.lowers[n.words.clone()]
                    .iter()
                    .any(|w| matches!(*w, "sides" | "parties"));
                let civilians = members.iter().any(|(_, c)| c.ends_with("CVL"));
                let states: FxHashSet<&str> = members
                    .iter()
                    .filter(|(_, c)| !c.ends_with("CVL"))
                    .filter_map(|(_, c)| country_of(c))
                    .collect();
                // ("Turkey, Saudi Arabia, Qatar, Jordan and Egypt all condemned the Israeli
                // attacks ... Washington had engaged with all sides": three or more that
                // reacted together, without the two the article is about, are no sides)
                let bystanders = |pair: &[(usize, String)]| {
                    side_noun
                        && states.len() >= 3
                        && !pair
                            .iter()
                            .all(|(_, c)| country_of(c).is_some_and(|c| states.contains(c)))
                };
                let members = match ctx.main_pair() {
                    Some(pair)
                        if lede_only
                            && (country_noun && states.len() < 2
                                || side_noun && civilians
                                || bystanders(&pair)) =>
                    {
                        pair
                    }
                    _ => members,
                };
                // ("both sides" after "Secretary Rubio, Special Envoy Witkoff and Secretary
                // Driscoll met with the Ukrainian delegation": one actor per code)
                let two = sides
                    || sa.lowers[n.words.clone()]
                        .iter()
                        .any(|w| matches!(*w, "two" | "both"));
                // ("Both ministers" after "cooperation among Japan, the Philippines, the
                // United States and Australia": the two named together before)
                let pair = sa.lowers[n.words.clone()]
                    .iter()
                    .any(|w| matches!(*w, "two" | "both"));
                let distinct: FxHashSet<&str> = members.iter().map(|(_, c)| c.as_str()).collect();
                let guests: FxHashSet<&str> =
                    ctx.last_guests.iter().map(|(_, c)| c.as_str()).collect();
                let members = if pair && distinct.len() > 2 && participants && guests.len() == 2 {
                    // ("Anwar hosted the leaders of Thailand and Cambodia ... commends the two
                    // leaders": the two guests, not the host)
                    ctx.last_guests.clone()
                } else if pair && distinct.len() > 2 && !ctx.last_pair.is_empty() {
                    ctx.last_pair.clone()
                } else if pair && distinct.len() > 2 && lede_only {
                    // ("thanked Qatar, Egypt and the United States ... and urged both sides":
                    // three named together are not "both"; the two the article names most)
                    ctx.main_pair().unwrap_or(members)
                } else {
                    members
                };
                r.members = if two {
                    let mut seen: Vec<String> = Vec::new();
                    members
                        .into_iter()
                        .filter(|(_, c)| {
                            let fresh = !seen.contains(c);
                            seen.push(c.clone());
                            fresh
                        })
                        .collect()
                } else {
                    members
                };
                // ("The two sides had an exchange of views ... They signed cooperation
                // documents": the sides of the meeting are the group "they" names next)
                if lede_only && participants && r.members.len() >= 2 {
                    ctx.set_group(r.members.clone());
                }
                readings.push(r);
                continue;
            }
            // "We discussed in detail the key aspects of bilateral cooperation": in the
            // remarks of one side of a meeting, "we" who discuss, exchange views or agree are
            // both sides (Lede)
            if lede_only
                && !quoted
                && n.pronoun
                && sa.lowers[n.head] == "we"
                && ctx.last_meeting.len() >= 2
                && mutual_subject(syn, sa, i)
            {
                let own = ctx
                    .author
                    .and_then(|a| ctx.list[a].code.as_deref())
                    .and_then(country_of);
                if own.is_some() && ctx.last_meeting.iter().any(|(_, c)| country_of(c) == own) {
                    r.members = ctx.last_meeting.clone();
                    readings.push(r);
                    continue;
                }
            }
            if (n.pronoun && matches!(sa.lowers[n.head], "we" | "us")
                || sa.lowers[n.words.start] == "our" && plural)
                && !quoted
                && ctx.authors.len() >= 2
            {
                // "we" of a joint statement: each signatory
                r.members = ctx.signatories();
                readings.push(r);
                continue;
            }
            // "The Secretary and Foreign Minister discussed": the people so titled before
            if !quoted {
                let members = described_pair(&ctx, sa, i);
                if members.len() >= 2 {
                    r.members = members;
                    readings.push(r);
                    continue;
                }
            }
            // "Russian and Ukrainian delegations": one side per country, each with the role
            if !quoted {
                let members = coordinated_countries(&mut ctx, sa, i);
                if members.len() >= 2 {
                    // ("Indian and Pakistani troops exchanged fire ... called on both
                    // countries": the sides named together) (Lede)
                    if lede_only {
                        ctx.set_group(members.clone());
                    }
                    r.members = members;
                    readings.push(r);
                    continue;
                }
            }
            // "Mozambique's defence minister said the government was grateful", "Rutte said
            // the alliance stood with Finland": a bare "the government" (or ministry,
            // authorities, alliance, bloc) in what a speaker says is the speaker's own (Lede)
            if lede_only
                && !n.pronoun
                && n.words.len() == 2
                && sa.lowers[n.words.start] == "the"
                && matches!(
                    sa.lowers[n.head],
                    "government" | "authorities" | "ministry" | "alliance" | "bloc"
                )
                && sa
                    .lowers
                    .get(n.words.end)
                    .is_none_or(|w| !matches!(*w, "of" | "in"))
            {
                let speaker = syn.clauses.iter().find_map(|c| {
                    let v = c.complement_of.filter(|_| c.subject.contains(&i))?;
                    let s = *syn.clauses[v].subject.first()?;
                    readings.get(s)?.code.clone()
                });
                let own = speaker.and_then(|code| {
                    let organisation = matches!(sa.lowers[n.head], "alliance" | "bloc");
                    if organisation {
                        code.starts_with("IGO").then_some(code)
                    } else {
                        country_of(&code).map(|iso| format!("{iso}GOV"))
                    }
                });
                if let Some(code) = own {
                    r.code = Some(code);
                    readings.push(r);
                    continue;
                }
            }
            // "the country's recent democratic backsliding": the country named last
            if !n.pronoun
                && n.words.len() == 2
                && sa.lowers[n.words.start] == "the"
                && sa.lowers[n.head] == "country"
                && sa.found_in(n.words.start, n.words.end).next().is_none()
            {
                if let Some(c) = ctx.last_country {
                    r.actor = Some(c);
                    r.code = ctx.list[c].code.clone();
                    readings.push(r);
                    continue;
                }
            }
            // "the military regime", "the junta", "the military": the armed forces ruling or
            // fighting in the country named last, when nothing in the phrase names another
            // (Lede)
            if lede_only
                && !n.pronoun
                && sa.lowers[n.words.start] == "the"
                && {
                    let ws = &sa.lowers[n.words.start + 1..n.words.end];
                    matches!(
                        ws,
                        ["military"]
                            | ["junta"]
                            | [
                                "military",
                                "junta" | "regime" | "government" | "authorities"
                            ]
                            | ["ruling", "junta" | "military"]
                    )
                }
                && sa
                    .found_in(n.words.start, n.words.end)
                    .all(|f| matches!(f.payload, Payload::Agent(_)))
                && sa
                    .lowers
                    .get(n.words.end)
                    .is_none_or(|w| !matches!(*w, "of" | "in"))
            {
                if let Some(c) = ctx.last_country {
                    if let Some(iso) = ctx.list[c].code.as_deref().and_then(country_of) {
                        r.code = Some(format!("{iso}MIL"));
                        readings.push(r);
                        continue;
                    }
                }
            }
            // "The Council condemned", "Council: 1. Welcomes": the body named before, or
            // in the title, with that word (Lede)
            if lede_only
                && !n.pronoun
                && !quoted
                && BODY_WORDS.contains(&sa.lowers[n.head])
                && sa.words[n.head].starts_with(|c: char| c.is_uppercase())
                && (n.words.len() == 1 || n.words.len() == 2 && sa.lowers[n.words.start] == "the")
                && sa.found_in(n.words.start, n.words.end).next().is_none()
            {
                if let Some(a) = ctx.named_body(sa.lowers[n.head]) {
                    r.actor = Some(a);
                    r.code = ctx.list[a].code.clone();
                    readings.push(r);
                    continue;
                }
            }
            // "called on the North to refrain": the country named "North ..." before
            if lede_only
                && !n.pronoun
                && n.words.len() == 2
                && sa.lowers[n.words.start] == "the"
                && matches!(sa.words[n.head], "North" | "South")
                && sa.found_in(n.words.start, n.words.end).next().is_none()
            {
                let prefix = format!("{} ", sa.words[n.head]);
                let named = (0..ctx.list.len())
                    .filter(|&a| {
                        ctx.list[a].kind == ActorKind::Country
                            && ctx.list[a]
                                .name
                                .as_deref()
                                .is_some_and(|x| x.starts_with(&prefix))
                    })
                    .filter_map(|a| Some((ctx.list[a].mentions.last()?.0, a)))
                    .max()
                    .map(|(_, a)| a);
                if let Some(a) = named {
                    r.actor = Some(a);
                    r.code = ctx.list[a].code.clone();
                    readings.push(r);
                    continue;
                }
            }
            // "Allies condemn ...": in a text by or about NATO, the alliance
            if lede_only
                && !n.pronoun
                && !quoted
                && sa.words[n.head] == "Allies"
                && n.words.len() <= 2
                && sa.found_in(n.words.start, n.words.end).next().is_none()
            {
                // (NATO itself, or a body of it: "NATO foreign ministers")
                let nato = ctx.author.into_iter().chain(0..ctx.list.len()).find(|&a| {
                    ctx.list[a]
                        .code
                        .as_deref()
                        .is_some_and(|c| c.starts_with("IGOWSTNAT"))
                });
                if let Some(a) = nato {
                    r.actor = (ctx.list[a].code.as_deref() == Some("IGOWSTNAT")).then_some(a);
                    r.code = Some("IGOWSTNAT".to_string());
                    readings.push(r);
                    continue;
                }
            }
            // "The 15-member bloc also called on ...": the international body named last
            if lede_only
                && !n.pronoun
                && !quoted
                && matches!(
                    sa.lowers[n.head],
                    "bloc" | "grouping" | "alliance" | "organisation" | "organization" | "body"
                )
                && sa.lowers[n.words.start] == "the"
                && sa.found_in(n.words.start, n.words.end).next().is_none()
            {
                if let Some(a) = ctx.named_body("") {
                    r.actor = Some(a);
                    r.code = ctx.list[a].code.clone();
                    readings.push(r);
                    continue;
                }
            }
            // "The group also fired rockets at Haifa", "the rebels then attacked": the armed
            // group named last
            if lede_only
                && !n.pronoun
                && !quoted
                && sa.lowers[n.words.start] == "the"
                && n.words.len() <= 3
                && matches!(
                    sa.lowers[n.head],
                    "group"
                        | "movement"
                        | "militia"
                        | "rebels"
                        | "militants"
                        | "insurgents"
                        | "jihadists"
                        | "guerrillas"
                        | "faction"
                )
                && sa
                    .found_in(n.words.start, n.words.end)
                    .all(|f| matches!(f.payload, Payload::Agent(_)))
            {
                if let Some(a) = ctx.named_armed_group() {
                    r.actor = Some(a);
                    r.code = ctx.list[a].code.clone();
                    readings.push(r);
                    continue;
                }
            }
            if n.pronoun {
                let p = sa.lowers[n.head];
                // "Ding arrived in Lusaka from Nairobi, where he held talks with Ruto": a
                // subject pronoun after a subordinator is the person its sentence's main
                // clause is about
                let main_subject = (lede_only
                    && !quoted
                    && matches!(p, "he" | "she")
                    && n.words.start > 0
                    && matches!(
                        sa.lowers[n.words.start - 1],
                        "where" | "when" | "after" | "before" | "while" | "because" | "since"
                    ))
                .then(|| {
                    syn.clauses
                        .iter()
                        .filter_map(|c| c.subject.first().copied())
                        .filter(|&m| m < i)
                        // ("Vietnam's leader, To Lam, made a state visit to Beijing, where he
                        // ...": the person an apposition names for the subject)
                        .flat_map(|m| {
                            let e = syn.nps[m].words.end;
                            let named = (sa.words.get(e) == Some(&","))
                                .then(|| syn.np_of_word(e + 1))
                                .flatten()
                                .filter(|&y| y < i);
                            std::iter::once(m).chain(named)
                        })
                        .filter_map(|m| readings.get(m).and_then(|x| x.actor))
                        .find(|&a| ctx.list[a].kind == ActorKind::Person)
                })
                .flatten();
                let target = match p {
                    "he" | "she" if main_subject.is_some() => main_subject,
                    // "Albanese invited him to Canberra": an object pronoun is not the
                    // person named in its own sentence, but the one before (Lede)
                    "him" | "her" if !quoted && lede_only => {
                        // (the subject of the pronoun's own clause only: "Zelenskyy asked
                        // ..., Trump agreed to work with him" is Zelenskyy)
                        let own_subject: Vec<usize> = syn
                            .clauses
                            .iter()
                            .filter(|c| {
                                c.objects.contains(&i)
                                    || c.preps.iter().any(|pp| pp.nps.contains(&i))
                            })
                            .flat_map(|c| c.subject.iter())
                            .filter_map(|&m| readings.get(m).and_then(|x| x.actor))
                            .collect();
                        [ctx.last_subject_person, ctx.last_person]
                            .into_iter()
                            .flatten()
                            .chain(ctx.recent.iter().rev().copied())
                            .find(|p| !own_subject.contains(p))
                    }
                    // ("Chile's president said he had talked to ...": the speaker of the
                    // pronoun's clause, a person or one holder of a role, is "he" (Lede))
                    "he" | "she" if !quoted && lede_only => speaker_np(syn, i)
                        .filter(|&np| sa.tags[syn.nps[np].head] != Tag::NNS)
                        .and_then(|np| readings.get(np))
                        .and_then(|x| x.actor)
                        .filter(|&a| {
                            ctx.list[a].kind == ActorKind::Person
                                || ctx.list[a].kind == ActorKind::Group
                                    && ctx.list[a].code.as_deref().and_then(country_of).is_some()
                        })
                        .or(ctx.last_subject_person)
                        .or(ctx.last_person),
                    "he" | "she" | "him" | "her" if !quoted => {
                        ctx.last_subject_person.or(ctx.last_person)
                    }
                    "i" | "me" | "we" | "us" if !quoted => ctx.author,

                    // "I invite you to visit Jakarta": in a transcript's turn, the person
                    // named last of another country than the speaker
                    "you" if !quoted && in_turn => ctx.author.and_then(|a| {
                        let own = ctx.list[a].code.as_deref().and_then(country_of);
                        ctx.recent.iter().rev().copied().find(|&p| {
                            let theirs = ctx.list[p].code.as_deref().and_then(country_of);
                            p != a && theirs.is_some() && theirs != own
                        })
                    }),
                    // "The envoy condemned Israel's strikes and urged it to stop": an object
                    // "it" is the country or organisation named last before it in its
                    // sentence, not the subject of its own clause (Lede)
                    "it" if !quoted
                        && lede_only
                        && syn.clauses.iter().all(|c| {
                            !c.subject.contains(&i)
                                || matches!(c.subject_rule, "object-control" | "participle")
                        })
                        && syn.clauses.iter().any(|c| {
                            c.objects.contains(&i)
                                || c.subject.contains(&i) && c.subject_rule == "object-control"
                        }) =>
                    {
                        // (the subject of the clause that controls it: "the envoy" for
                        // "urged it to stop")
                        let controller: Vec<usize> = syn
                            .clauses
                            .iter()
                            .filter(|c| c.subject.contains(&i))
                            .filter_map(|c| c.complement_of)
                            .collect();
                        let own_subject: Vec<usize> = syn
                            .clauses
                            .iter()
                            .enumerate()
                            .filter(|(k, c)| c.objects.contains(&i) || controller.contains(k))
                            .map(|(_, c)| c)
                            .flat_map(|c| c.subject.iter())
                            .filter_map(|&m| readings.get(m).and_then(|x| x.actor))
                            .collect();
                        readings
                            .iter()
                            .rev()
                            .filter(|x| !x.place && x.members.is_empty())
                            .filter_map(|x| x.actor)
                            .find(|&a| {
                                matches!(
                                    ctx.list[a].kind,
                                    ActorKind::Country | ActorKind::Organisation
                                )
                            })
                            .filter(|a| !own_subject.contains(a))
                    }
                    // "CARICOM said that it stood with Guyana": the organisation or country
                    // whose statement this is
                    "it" if !quoted => speaker_np(syn, i)
                        .and_then(|np| readings.get(np))
                        .and_then(|x| x.actor)
                        .filter(|&a| {
                            matches!(
                                ctx.list[a].kind,
                                ActorKind::Organisation | ActorKind::Country
                            ) || lede_only
                                // ("Pakistan's foreign ministry said it had declared ...")
                                && ctx.list[a].kind == ActorKind::Group
                                && ctx.list[a].code.as_deref().and_then(country_of).is_some()
                        })
                        // "Mali's government disputes that account. On Sunday it accused
                        // Algeria ...": the subject of a clause of its own (not "it is"),
                        // the government or country that opened the sentence before (Lede)
                        .or_else(|| {
                            let own = syn.clauses.iter().enumerate().any(|(v, c)| {
                                c.subject.contains(&i)
                                    && c.subject_rule == "left"
                                    && c.complement_of.is_none()
                                    && !lede_syntax::is_be(sa.lowers[syn.vgs[v].head])
                            });
                            ctx.prev_subject_actor.filter(|_| lede_only && own)
                        }),
                    _ => None,
                };
                if let Some(t) = target {
                    r.actor = Some(t);
                    r.code = ctx.list[t].code.clone();
                }
            } else if let Some((key, name, code, kind, rule, ws, we)) =
                read_np(&mut ctx, sa, i, &readings)
            {
                // ("the Ukrainian islands" is a place; "Solomon Islands", whose name the
                // head word is part of, is the country)
                r.place = rule == "place"
                    || key.starts_with("c:")
                        && !(ws..we).contains(&n.head)
                        && (LOCATION_NOUNS.contains(&sa.lowers[n.head])
                            || crate::events::PHYSICAL_TARGETS.contains(&sa.lowers[n.head]));
                // "the Qatari premier", "the Conservative leader": a definite description of
                // a person named earlier with that title (and country)
                // (with Lede's dictionaries, not a person already named in this sentence:
                // "President Zelenskyy was grateful for the President's leadership")
                let named_here: Vec<usize> = if lede_only {
                    readings.iter().filter_map(|r| r.actor).collect()
                } else {
                    Vec::new()
                };
                // (with Lede's dictionaries, "The President" with a capital in a statement
                // whose author holds that title is the author: the White House's "the
                // President" after a call with another president)
                let author_titled = ctx
                    .authors
                    .iter()
                    .copied()
                    .find(|a| {
                        lede_only
                            && capitalized(sa.words[n.head])
                            && code.as_deref().and_then(country_of).is_none()
                            && !named_here.contains(a)
                            && ctx
                                .titles
                                .get(a)
                                .is_some_and(|t| t.contains(sa.lowers[n.head]))
                    })
                    // ("Statement from the White House": "The President thanks ..." is the
                    // head of the government that wrote it)
                    .or_else(|| {
                        let a = *ctx.authors.first()?;
                        (lede_only
                            && n.words.len() == 2
                            && capitalized(sa.words[n.head])
                            && matches!(
                                sa.lowers[n.head],
                                "president" | "chancellor" | "premier" | "king"
                            )
                            && code.as_deref().and_then(country_of).is_none()
                            && sa.lowers.get(n.words.end).is_none_or(|w| *w != "of")
                            && ctx.list[a].kind != ActorKind::Person
                            && ctx.list[a].code.as_deref().and_then(country_of).is_some())
                        .then_some(a)
                    });
                // (a person is no institution: "the ministry" after "Foreign Ministry
                // spokesman X" is the ministry)
                // ("the President of the Republic of Uzbekistan": the "of" phrase says whose)
                let of_named = lede_only
                    && sa.lowers.get(n.words.end) == Some(&"of")
                    && sa
                        .found_in(n.words.end, (n.words.end + 6).min(sa.len()))
                        .any(|f| matches!(f.payload, Payload::Actor(_)));
                // ("Prime Minister was received by ...": a bare capitalized title) (Lede)
                let bare = lede_only
                    && n.words.len() <= 3
                    && title_role(sa.lowers[n.head]).is_some()
                    && bare_title(sa, n);
                let described = (kind == ActorKind::Group
                    && (sa.lowers[n.words.start] == "the" || bare)
                    && !of_named
                    && !(lede_only && INSTITUTIONS.contains(&sa.lowers[n.head])))
                .then(|| {
                    author_titled.or_else(|| {
                        // ("the Vice President", "the Deputy Secretary": a person with both
                        // title words)
                        let modifier = (n.words.len() == 3)
                            .then(|| sa.lowers[n.words.start + 1])
                            .filter(|m| {
                                matches!(*m, "deputy" | "vice" | "under" | "assistant" | "special")
                            });
                        match modifier {
                            Some(m) => ctx.recent.iter().rev().copied().find(|p| {
                                !named_here.contains(p)
                                    && ctx.titles.get(p).is_some_and(|t| {
                                        t.contains(m) && t.contains(sa.lowers[n.head])
                                    })
                            }),
                            None => ctx.described_person_except(
                                sa.lowers[n.head],
                                code.as_deref(),
                                &named_here,
                            ),
                        }
                    })
                })
                .flatten();
                let idx = match described {
                    Some(p) => p,
                    None => ctx.register(key, name, code.clone(), kind, rule),
                };
                let kind = ctx.list[idx].kind;
                let code = if described.is_some() {
                    ctx.list[idx].code.clone()
                } else {
                    code
                };
                // a person's mention keeps its titles: "U.S. Secretary of State Marco Rubio"
                let (ws, we) = if kind == ActorKind::Person {
                    let first = (n.words.start..ws)
                        .find(|&k| !matches!(sa.tags[k], Tag::DT | Tag::PDT | Tag::PRPS))
                        .unwrap_or(ws);
                    let titles = ctx.titles.entry(idx).or_default();
                    for k in first..ws {
                        titles.insert(sa.lowers[k].to_string());
                        if sa.lowers[k] == "prime" {
                            titles.insert("premier".into());
                        }
                    }
                    (first, we)
                } else {
                    (ws, we)
                };
                r.actor = Some(idx);
                r.code = code.or_else(|| ctx.list[idx].code.clone());
                // "CARACAS, July 29 - ... The Foreign Ministry said it was withdrawing ...": in
                // a dated wire report, a ministry or government no country is named for is the
                // dateline's country's, and so is what it says next (Lede)
                if lede_only
                    && !quoted
                    && sa.lowers[n.words.start] == "the"
                    && matches!(sa.lowers[n.head], "ministry" | "government")
                    // (a named one: "The Foreign Ministry", not "the ministry", which is
                    // the one named last)
                    && n.words.len() >= 3
                    && r.code.as_deref() == Some("---GOV")
                {
                    if let Some(home) = ctx.home.clone() {
                        let code = format!("{home}GOV");
                        ctx.list[idx].code = Some(code.clone());
                        r.code = Some(code);
                    }
                }
                // "our Embassy in New Delhi", "our troops": a role with no country of its
                // own, in the author's words, is the author's country's
                // "Ukraine's General Staff said that its drones had struck ...": a role with
                // no country after "its" is of the organisation or country named last before
                // it in the sentence
                if lede_only && !quoted && sa.lowers[n.words.start] == "its" {
                    // ("Brazil was more cautious. Its foreign ministry said ...": the subject
                    // of the sentence before, for an "its" that opens a sentence)
                    let before = ctx.prev_subject.as_deref().filter(|_| n.words.start == 0);
                    // ("Ecuadorian police forced their way into its embassy": not a plural,
                    // whose own would be "their")
                    let owner = readings
                        .iter()
                        .enumerate()
                        .rev()
                        .filter(|(j, x)| {
                            let h = syn.nps[*j].head;
                            !x.place
                                && !matches!(sa.tags[h], Tag::NNS | Tag::NNPS)
                                && sa.lowers[h] != "police"
                        })
                        .filter_map(|(_, x)| x.code.as_deref())
                        .find_map(country_of)
                        .or(before);
                    // ("Mexico broke off relations with Ecuador after police forced their way
                    // into its embassy": in a later clause, the subject of the sentence's
                    // first clause before any other)
                    // (only when the subject of its own clause is a plural: "Israel will
                    // withdraw its forces" is Israel's)
                    let own_plural = syn
                        .clauses
                        .iter()
                        .find(|c| {
                            c.objects.contains(&i) || c.preps.iter().any(|pp| pp.nps.contains(&i))
                        })
                        .and_then(|c| c.subject.first().copied())
                        .is_some_and(|j| {
                            matches!(sa.tags[syn.nps[j].head], Tag::NNS | Tag::NNPS)
                                || sa.lowers[syn.nps[j].head] == "police"
                        });
                    let first_clause = syn.clauses.first().filter(|_| own_plural);
                    let main_subject = first_clause
                        .filter(|c| !c.objects.contains(&i) && c.subject_rule == "left")
                        .and_then(|c| c.subject.first().copied())
                        .filter(|&j| j < i && subjects.contains(&j))
                        .filter(|&j| !matches!(sa.tags[syn.nps[j].head], Tag::NNS | Tag::NNPS))
                        .and_then(|j| readings.get(j))
                        .filter(|x| !x.place)
                        .and_then(|x| x.code.as_deref())
                        .and_then(country_of);
                    let owner = main_subject.or(owner);
                    if let (Some(c), Some(role)) =
                        (owner, r.code.as_deref().and_then(|c| c.strip_prefix("---")))
                    {
                        r.code = Some(format!("{c}{role}"));
                    }
                }
                // "Putin had a telephone conversation with Aliyev. Aliyev informed his
                // counterpart ...": a counterpart with no country is the other side of the
                // last meeting or call, against the side named before it in the sentence
                if lede_only
                    && !quoted
                    && matches!(sa.lowers[n.words.start], "his" | "her" | "their" | "the")
                    && matches!(sa.lowers[n.head], "counterpart" | "interlocutor")
                    && r.code.as_deref().is_some_and(|c| c.starts_with("---"))
                    && ctx.last_meeting.len() == 2
                {
                    let own = readings
                        .iter()
                        .rev()
                        .filter(|x| !x.place)
                        .filter_map(|x| x.code.as_deref())
                        .find_map(country_of);
                    let other = ctx
                        .last_meeting
                        .iter()
                        .find(|(_, c)| own.is_some() && country_of(c) != own)
                        .filter(|_| {
                            ctx.last_meeting
                                .iter()
                                .any(|(_, c)| own.is_some() && country_of(c) == own)
                        });
                    if let Some((a, c)) = other.cloned() {
                        r.actor = Some(a);
                        r.code = Some(c);
                    }
                }
                if lede_only
                    && !quoted
                    && matches!(sa.lowers[n.words.start], "my" | "our")
                    && !OTHERS.contains(&sa.lowers[n.head])
                {
                    let own = ctx
                        .author
                        .and_then(|a| ctx.list[a].code.as_deref().and_then(country_of));
                    if let (Some(c), Some(role)) =
                        (own, r.code.as_deref().and_then(|c| c.strip_prefix("---")))
                    {
                        r.code = Some(format!("{c}{role}"));
                    }
                }
                // "the Treasury", "the Departments of the Treasury and State", "the
                // Administration" in a government's statement: its own institutions (not
                // "the government" or "the authorities", which are usually the others')
                if lede_only
                    && !quoted
                    && sa.lowers[n.words.start] == "the"
                    && r.code.as_deref() == Some("---GOV")
                    && matches!(
                        sa.lowers[n.head],
                        "treasury" | "department" | "departments" | "administration"
                    )
                {
                    let own = ctx
                        .author
                        .and_then(|a| ctx.list[a].code.as_deref().and_then(country_of));
                    if let Some(c) = own {
                        r.code = Some(format!("{c}GOV"));
                    }
                }
                // "The ministry blamed ...": the ministry (or embassy, or delegation)
                // named last with a country, in an earlier sentence
                let head = sa.lowers[n.head];
                // ("The Sudanese Armed Forces said ... The army accused ...": the armed forces
                // are the army and the military named again)
                if lede_only
                    && !quoted
                    && subjects.contains(&i)
                    && head == "forces"
                    && r.code
                        .as_deref()
                        .is_some_and(|c| country_of(c).is_some() && c.get(3..) == Some("MIL"))
                {
                    if let Some(c) = r.code.clone() {
                        ctx.last_institution.insert("army".to_string(), c.clone());
                        ctx.last_institution.insert("military".to_string(), c);
                    }
                }
                if lede_only && INSTITUTIONS.contains(&head) {
                    // (only a subject: "Algeria's foreign ministry declared ...", not "work
                    // for the French interior ministry")
                    match r.code.as_deref().and_then(country_of) {
                        Some(_) if subjects.contains(&i) => {
                            if let Some(c) = r.code.clone() {
                                ctx.last_institution.insert(head.to_string(), c);
                            }
                        }
                        Some(_) => {}
                        None if !quoted
                            && sa.lowers[n.words.start] == "the"
                            && n.words.len() == 2 =>
                        {
                            if let Some(c) = ctx.last_institution.get(head) {
                                r.code = Some(c.clone());
                            }
                        }
                        None => {}
                    }
                }
                r.start = ws;
                r.end = we;
            } else if let Some(p) = lede_only
                .then(|| titled_reference(&ctx, sa, n, quoted))
                .flatten()
            {
                // "The Secretary thanked ...": a capitalized title that is no role word of
                // the dictionaries, standing for the person named last with that title
                r.actor = Some(p);
                r.code = ctx.list[p].code.clone();
                r.start = n.words.start;
                r.end = n.words.end;
            } else if matches!(sa.lowers[n.words.start], "my" | "our")
                && !quoted
                // ("our Allies", "our partners" are others)
                && !(lede_only && OTHERS.contains(&sa.lowers[n.head]))
            {
                // "my Administration": the author's side
                if let Some(code) = ctx.author.and_then(|a| ctx.list[a].code.clone()) {
                    r.code = country_of(&code).map(|c| format!("{c}GOV"));
                }
            }
            if let Some(a) = r.actor {
                if ctx.list[a].kind == ActorKind::Country && !r.place {
                    ctx.last_country = Some(a);
                }
                if ctx.list[a].kind == ActorKind::Person
                    && turn_label.is_some_and(|k| n.words.end <= k)
                    && ctx.list[a].code.is_some()
                {
                    ctx.author = Some(a);
                    in_turn = true;
                }
                if ctx.list[a].kind == ActorKind::Person && !quoted {
                    ctx.recent.retain(|&x| x != a);
                    ctx.recent.push(a);
                    ctx.last_person = Some(a);
                    if subjects.contains(&i) {
                        ctx.last_subject_person = Some(a);
                    }
                } else if lede_only
                    && !quoted
                    && subjects.contains(&i)
                    && !plural
                    && ctx.list[a].code.is_some()
                    && office_holder(sa.lowers[n.head])
                {
                    // "The Secretary-General spoke with X and with Y. He also conveyed ...":
                    // one holder of an office as the subject is whom the next "he" names, as
                    // a person named as the subject would be (Lede)
                    ctx.last_subject_person = Some(a);
                }
            }
            // "Nigeria's military said its airstrikes killed ...": an act or weapon of
            // "its" is of the actor of a country named last before it in the sentence (of the subject
            // of the sentence before, for an "its" that opens a sentence) (Lede)
            if r.code.is_none()
                && r.members.is_empty()
                && lede_only
                && !quoted
                && sa.lowers[n.words.start] == "its"
                && ACT_NOUNS.contains(&sa.lowers[n.head])
                && sa.found_in(n.words.start, n.words.end).next().is_none()
            {
                let before = ctx.prev_subject.clone().filter(|_| n.words.start == 0);
                r.code = readings
                    .iter()
                    .rev()
                    .filter(|x| !x.place)
                    .filter_map(|x| x.code.as_deref())
                    .find(|c| country_of(c).is_some())
                    .map(str::to_string)
                    .or(before);
            }
            if r.actor.is_none() && r.members.is_empty() && lede_only && !n.pronoun {
                r.thing_of = adjective_owner(&ctx, sa, i)
                    .or_else(|| demonstrative_owner(&ctx, sa, i))
                    .or_else(|| launch_owner(&ctx, sa, i));
            }
            readings.push(r);
        }
        // "Minister for Foreign Affairs of the Republic of Peru ...": a bare role takes the
        // country its "of" phrase names, past a portfolio and "the Republic" (Lede)
        if lede_only {
            for x in 0..syn.nps.len() {
                let Some(role) = bare_role(&readings[x]) else {
                    continue;
                };
                // (one person's role: "the leaders of Armenia and Azerbaijan" are two sides)
                if !readings[x].members.is_empty()
                    || quoted_np(sa, x)
                    || matches!(sa.tags[syn.nps[x].head], Tag::NNS | Tag::NNPS)
                {
                    continue;
                }
                let mut k = syn.nps[x].words.end;
                for _ in 0..3 {
                    let prep = sa.lowers.get(k).copied();
                    if !matches!(prep, Some("of" | "for")) {
                        break;
                    }
                    let Some(m) = syn.np_of_word(k + 1) else {
                        break;
                    };
                    match readings[m].code.as_deref() {
                        // ("the Special Envoy for Sudan" is not Sudan's)
                        Some(c) if !c.starts_with("---") => {
                            if prep == Some("of") && syn.conjuncts(m).len() <= 1 {
                                if let Some(own) = country_of(c) {
                                    readings[x].code = Some(format!("{own}{role}"));
                                }
                            }
                            break;
                        }
                        _ => k = syn.nps[m].words.end,
                    }
                }
            }
        }
        // "12 officials working at the French embassy", "diplomats of the Russian
        // consulate": people of a country's mission are that country's (Lede)
        if lede_only {
            for x in 0..syn.nps.len() {
                // (a bare role, or a role word heading a phrase no one was read in)
                let head = syn.nps[x].head;
                let role = match readings[x].code.as_deref() {
                    Some(c) => c.strip_prefix("---").map(|r| r.to_string()),
                    None => sa.found_in(head, head + 1).find_map(|f| match f.payload {
                        Payload::Agent(g) => Some(
                            ctx.lexicon.agents[g as usize]
                                .code
                                .trim_matches('~')
                                .to_string(),
                        ),
                        _ => None,
                    }),
                };
                let Some(role) = role.filter(|r| !r.is_empty()) else {
                    continue;
                };
                let mut k = syn.nps[x].words.end;
                if sa.lowers.get(k).is_some_and(|w| {
                    matches!(
                        *w,
                        "working" | "based" | "stationed" | "serving" | "employed" | "posted"
                    )
                }) {
                    k += 1;
                }
                if !sa
                    .lowers
                    .get(k)
                    .is_some_and(|w| matches!(*w, "at" | "of" | "from" | "in"))
                {
                    continue;
                }
                let Some(m) = syn.np_of_word(k + 1) else {
                    continue;
                };
                // ("serving in Algeria's diplomatic and consular network": the mission
                // named after its possessor)
                let possessed = syn.nps.iter().find(|p| p.possessor == Some(m));
                let mission = MISSION_NOUNS.contains(&sa.lowers[syn.nps[m].head])
                    || possessed.is_some_and(|p| {
                        let h = sa.lowers[p.head];
                        MISSION_NOUNS.contains(&h)
                            || (p.words.start..p.words.end)
                                .any(|i| matches!(sa.lowers[i], "diplomatic" | "consular"))
                    });
                if let Some(own) = readings[m].code.as_deref().and_then(country_of) {
                    if mission {
                        readings[x].code = Some(format!("{own}{role}"));
                    }
                }
            }
        }
        // "bombed more than a dozen sites used by Yemen's Houthi rebels", "positions held by
        // the RSF": places used, held or run by an actor stand for it (Lede)
        if lede_only {
            for x in 0..syn.nps.len() {
                let head = sa.lowers[syn.nps[x].head];
                if readings[x].code.is_some()
                    || !(LOCATION_NOUNS.contains(&head)
                        || crate::events::PHYSICAL_TARGETS.contains(&head)
                        || matches!(head, "site" | "sites" | "camps" | "depots" | "hideouts"))
                {
                    continue;
                }
                let k = syn.nps[x].words.end;
                let used = sa.lowers.get(k).is_some_and(|w| {
                    matches!(
                        *w,
                        "used" | "held" | "controlled" | "operated" | "run" | "occupied" | "manned"
                    )
                }) && sa.lowers.get(k + 1) == Some(&"by");
                let Some(m) = used.then(|| syn.np_of_word(k + 2)).flatten() else {
                    continue;
                };
                // (the possessed phrase: "Yemen's Iranian-backed Houthi rebels")
                let m = syn
                    .nps
                    .iter()
                    .position(|p| p.possessor == Some(m))
                    .filter(|&p| readings[p].code.is_some())
                    .unwrap_or(m);
                if let Some(code) = readings[m].code.clone().filter(|c| !c.starts_with("---")) {
                    readings[x].code = Some(code);
                    readings[x].actor = readings[m].actor;
                }
            }
        }
        // "Officials from the two governments held talks", "ministers of both countries": a
        // plural role of the sides a "from" or "of" phrase refers to is each side's (Lede)
        if lede_only {
            for x in 0..syn.nps.len() {
                let Some(role) = bare_role(&readings[x]) else {
                    continue;
                };
                if !readings[x].members.is_empty()
                    || !matches!(sa.tags[syn.nps[x].head], Tag::NNS | Tag::NNPS)
                {
                    continue;
                }
                let e = syn.nps[x].words.end;
                if !sa
                    .lowers
                    .get(e)
                    .is_some_and(|w| matches!(*w, "from" | "of"))
                {
                    continue;
                }
                let Some(m) = syn.np_of_word(e + 1) else {
                    continue;
                };
                if readings[m].members.len() < 2 {
                    continue;
                }
                let members: Vec<(usize, String)> = readings[m]
                    .members
                    .iter()
                    .map(|(a, c)| (*a, format!("{}{role}", country_of(c).unwrap_or(c))))
                    .collect();
                readings[x].members = members;
            }
        }
        // "received a delegation led by Russian Deputy Defence Minister X", "a mission headed
        // by the foreign minister of Chile": the group is its leader's side (Lede)
        if lede_only {
            for x in 0..syn.nps.len() {
                let n = &syn.nps[x];
                if !matches!(
                    sa.lowers[n.head],
                    "delegation" | "delegations" | "team" | "mission" | "contingent" | "convoy"
                ) || readings[x]
                    .code
                    .as_deref()
                    .is_some_and(|c| !c.starts_with("---"))
                    || !readings[x].members.is_empty()
                    || quoted_np(sa, x)
                {
                    continue;
                }
                let e = n.words.end;
                if !(sa
                    .lowers
                    .get(e)
                    .is_some_and(|w| matches!(*w, "led" | "headed"))
                    && sa.lowers.get(e + 1) == Some(&"by"))
                {
                    continue;
                }
                let Some(m) = syn.np_of_word(e + 2) else {
                    continue;
                };
                if let Some(code) = readings[m].code.clone().filter(|c| country_of(c).is_some()) {
                    readings[x].code = Some(code);
                    readings[x].actor = readings[m].actor;
                }
            }
        }
        // apposition: "Putin's top aide, Ushakov," / "Ushakov, Putin's aide," share a code
        for k in 0..syn.items.len().saturating_sub(2) {
            // ("Ali Karimov, also known as Alik, the leader of ...": an alias between the
            // comma and the apposition is passed over)
            let b_at = alias_end(sa, &syn.items, k + 2).unwrap_or(k + 2);
            if let (Item::Np(a), Item::Word(c), Some(&Item::Np(b))) =
                (syn.items[k], syn.items[k + 1], syn.items.get(b_at))
            {
                if sa.words[c] != "," {
                    continue;
                }
                for (x, y) in [(a, b), (b, a)] {
                    // ("Maria Lopez, Chile's foreign minister,": the role the possessor
                    // after the comma owns)
                    let x = if lede_only && x == b {
                        (b + 1..syn.nps.len().min(b + 2))
                            .find(|&m| syn.nps[m].possessor == Some(b))
                            .unwrap_or(x)
                    } else {
                        x
                    };
                    let (rx, ry) = (&readings[x], &readings[y]);
                    let person_y = ry.actor.filter(|&i| ctx.list[i].kind == ActorKind::Person);
                    let role_x = rx
                        .actor
                        .filter(|&i| ctx.list[i].kind == ActorKind::Group)
                        .and(rx.code.clone())
                        // ("Maria Lopez, the foreign minister of Chile,": the role's "of"
                        // phrase names its country)
                        .map(|c| {
                            if lede_only && c.starts_with("---") {
                                role_of_owner(sa, &readings, x, &c).unwrap_or(c)
                            } else {
                                c
                            }
                        });
                    if let (Some(p), Some(code)) = (person_y, role_x) {
                        // ("Sheikh Tamim bin Hamad Al-Thani, Amir of the State of Qatar,": "the
                        // Amir" names him again)
                        if lede_only {
                            let head = sa.lowers[syn.nps[x].head].to_string();
                            ctx.titles.entry(p).or_default().insert(head);
                        }
                        // (a person the dictionaries code, "Rafael Grossi, director general
                        // of the IAEA", keeps the code: an international body's is no country)
                        let known = ctx.list[p]
                            .code
                            .as_deref()
                            .is_some_and(|c| !c.starts_with("---") && country_of(c).is_none());
                        if ctx.list[p].code.as_deref().and_then(country_of).is_none()
                            && !(lede_only && known)
                        {
                            ctx.list[p].code = Some(code.clone());
                            readings[y].code = Some(code);
                        }
                        // ("The EU's special representative ..., Peter Sorensen, urged ...
                        // He met ...": the person a subject role names is the next "he")
                        if lede_only && subjects.contains(&x) && !quoted_np(sa, x) {
                            ctx.last_subject_person = Some(p);
                            ctx.last_person = Some(p);
                        }
                    }
                }
            }
        }
        // "Leonid Slutsky, who heads the foreign affairs committee of Russia's parliament,":
        // a person with no country of their own takes that of what the relative clause says
        // they head, lead or chair (Lede)
        if lede_only {
            for a in 0..syn.nps.len() {
                let Some(p) = readings[a]
                    .actor
                    .filter(|&i| ctx.list[i].kind == ActorKind::Person)
                else {
                    continue;
                };
                if ctx.list[p].code.as_deref().and_then(country_of).is_some() {
                    continue;
                }
                let k = syn.nps[a].words.end;
                if sa.words.get(k).is_none_or(|w| *w != ",")
                    || sa.lowers.get(k + 1).is_none_or(|w| *w != "who")
                {
                    continue;
                }
                let Some(v) = syn.vg_of_word(k + 2) else {
                    continue;
                };
                let g = &syn.vgs[v];
                // ("who was in Moscow last week": where they were is no office)
                let copula = matches!(sa.lowers[g.head], "is" | "was" | "serves" | "served");
                if copula && sa.tags.get(g.words.end).is_none_or(|t| *t == Tag::IN) {
                    continue;
                }
                if g.negated
                    || !matches!(
                        sa.lowers[g.head],
                        "heads"
                            | "headed"
                            | "leads"
                            | "led"
                            | "chairs"
                            | "chaired"
                            | "runs"
                            | "directs"
                            | "commands"
                            | "is"
                            | "was"
                            | "serves"
                            | "served"
                    )
                {
                    continue;
                }
                let end = (g.words.end..sa.len())
                    .find(|&w| matches!(sa.words[w], "," | ";" | "--"))
                    .unwrap_or(sa.len());
                // (a role of the country before the country alone: "Russia's parliament")
                let codes: Vec<String> = (g.words.end..end)
                    .filter_map(|w| syn.np_of_word(w))
                    .filter(|&m| !readings[m].place)
                    .filter_map(|m| readings[m].code.clone().filter(|c| country_of(c).is_some()))
                    .collect();
                let code = codes
                    .iter()
                    .find(|c| c.len() > 3)
                    .or(codes.first())
                    .cloned();
                if let Some(code) = code {
                    ctx.list[p].code = Some(code.clone());
                    readings[a].code = Some(code);
                }
            }
        }
        // "the Minister for the Middle East, Hamish Falconer", "The EU's special
        // representative for the dialogue, Peter Sorensen": a role (with a "for" or "of"
        // phrase) renamed by a person. A bare role takes a known person's code, a person with
        // none takes the role's; as a subject, the person is the next "he" (Lede)
        if lede_only {
            for x in 0..syn.nps.len() {
                let Some(role) = readings[x].code.clone() else {
                    continue;
                };
                if !readings[x].members.is_empty()
                    || readings[x]
                        .actor
                        .is_some_and(|i| ctx.list[i].kind == ActorKind::Person)
                {
                    continue;
                }
                let mut k = syn.nps[x].words.end;
                if sa.lowers.get(k).is_some_and(|w| *w == "for" || *w == "of") {
                    match syn.np_of_word(k + 1) {
                        // ("The representative of the Russian Federation, Vassily Nebenzia,")
                        Some(m)
                            if readings[m].actor.is_none_or(|i| {
                                matches!(
                                    ctx.list[i].kind,
                                    ActorKind::Country | ActorKind::Organisation
                                )
                            }) =>
                        {
                            k = syn.nps[m].words.end
                        }
                        _ => continue,
                    }
                }
                if sa.words.get(k).is_none_or(|w| *w != ",") {
                    continue;
                }
                let Some(y) = syn.np_of_word(k + 1) else {
                    continue;
                };
                let Some(p) = readings[y]
                    .actor
                    .filter(|&i| ctx.list[i].kind == ActorKind::Person)
                else {
                    continue;
                };
                let theirs = ctx.list[p].code.clone().filter(|c| !c.starts_with("---"));
                match theirs {
                    Some(c) if role.starts_with("---") && country_of(&c).is_some() => {
                        readings[x].actor = Some(p);
                        readings[x].code = Some(c);
                    }
                    None if !role.starts_with("---") => {
                        ctx.list[p].code = Some(role.clone());
                        readings[y].code = Some(role);
                    }
                    _ => {}
                }
                if subjects.contains(&x) && !quoted_np(sa, x) {
                    ctx.last_subject_person = Some(p);
                    ctx.last_person = Some(p);
                }
            }
        }
        // coordination: a role with no country takes its conjunct's country
        for g in &syn.np_groups {
            // (the one country of all conjuncts but one; a phrase alone has no conjunct)
            if g.len() < 2 {
                continue;
            }
            let country = {
                let mut countries = g
                    .iter()
                    .filter_map(|&m| readings[m].code.as_deref().and_then(country_of));
                let first = countries.next();
                let mut n = usize::from(first.is_some());
                let mut same = true;
                for c in countries {
                    n += 1;
                    same &= Some(c) == first;
                }
                first
                    .filter(|_| n + 1 == g.len() && same)
                    .map(str::to_string)
            };
            if let Some(country) = country {
                for &m in g {
                    // ("Xi Jinping and the leaders of Kazakhstan and Kyrgyzstan": a role with
                    // an "of" phrase that names a country is that country's, not its conjunct's)
                    let e = syn.nps[m].words.end;
                    let own_of = sa
                        .lowers
                        .get(e)
                        .is_some_and(|w| matches!(*w, "of" | "from"))
                        && syn
                            .np_of_word(e + 1)
                            .and_then(|o| readings.get(o))
                            .and_then(|r| r.code.as_deref())
                            .is_some_and(|c| country_of(c).is_some());
                    if own_of {
                        continue;
                    }
                    if let Some(code) = readings[m].code.clone().filter(|c| c.starts_with("---")) {
                        let new = format!("{}{}", country, &code[3..]);
                        // (with Lede's dictionaries a bare role such as "the President" is one
                        // entry for every mention: only this mention takes the country)
                        if let Some(a) = readings[m].actor {
                            if ctx.list[a]
                                .code
                                .as_deref()
                                .is_none_or(|c| c.starts_with("---"))
                                && !(lede_only && ctx.list[a].kind == ActorKind::Group)
                            {
                                ctx.list[a].code = Some(new.clone());
                            }
                        }
                        readings[m].code = Some(new);
                    }
                }
            }
        }
        // a role with no country of its own, of the subject of its clause: "X said his
        // ministry had sent ...", "Arce instructed Vice Foreign Minister Cusi to travel"
        // (one sends and instructs one's own officials) (Lede)
        if lede_only {
            for (ci, c) in syn.clauses.iter().enumerate() {
                let Some(country) = c
                    .subject
                    .iter()
                    .find_map(|&m| readings[m].code.as_deref().and_then(country_of))
                    .map(str::to_string)
                else {
                    continue;
                };
                let verb = sa.lowers[syn.vgs[ci].head];
                let instructs = [
                    "instruct", "order", "direct", "task", "dispatch", "send", "sent",
                ]
                .iter()
                .any(|p| verb.starts_with(p));
                // the clause's own "his ministry", and the objects of "instructed"
                let mut own: Vec<usize> = Vec::new();
                if instructs {
                    own.extend(c.objects.iter().copied());
                }
                for (k, c2) in syn.clauses.iter().enumerate() {
                    if c2.complement_of == Some(ci) || k == ci {
                        own.extend(c2.subject.iter().copied().filter(|&m| {
                            matches!(sa.lowers[syn.nps[m].words.start], "his" | "her")
                        }));
                    }
                }
                for m in own {
                    let quoted = sa.quoted.get(syn.nps[m].head).copied().unwrap_or(false);
                    if let Some(code) = readings[m]
                        .code
                        .clone()
                        .filter(|c| c.starts_with("---") && c.len() > 3 && !quoted)
                    {
                        readings[m].code = Some(format!("{country}{}", &code[3..]));
                    }
                }
            }
        }
        // the last group of two or more actors named together, for "they" and "the leaders"
        // (with Lede's dictionaries an international body counts: "Iran and the IAEA")
        for g in &syn.np_groups {
            // (a group of two members at least)
            if g.len() < 2 {
                continue;
            }
            let members: Vec<(usize, &str)> = g
                .iter()
                .filter_map(|&m| Some((readings[m].actor?, readings[m].code.as_deref()?)))
                .filter(|(_, c)| country_of(c).is_some() || lede_only && c.starts_with("IGO"))
                .collect();
            // ("hybrid attacks directed from Russia and Belarus. Both sides condemned ...":
            // countries named as where something comes from or happens are no sides) (Lede)
            let first = g.iter().map(|&m| syn.nps[m].words.start).min().unwrap_or(0);
            let located = lede_only
                && first >= 1
                && matches!(
                    sa.lowers[first - 1],
                    "from" | "in" | "on" | "at" | "into" | "across" | "over" | "toward" | "towards"
                );
            // ("talks in Doha mediated by Qatar and Turkey. The two sides also agreed", "praised
            // the efforts of Qatar and Turkey. The ministry urged both neighbours": mediators
            // are no sides) (Lede)
            let mediators = lede_only
                && first >= 2
                && (sa.lowers[first - 1] == "by"
                    && matches!(
                        sa.lowers[first - 2],
                        "mediated"
                            | "brokered"
                            | "hosted"
                            | "facilitated"
                            | "sponsored"
                            | "co-hosted"
                    )
                    || sa.lowers[first - 1] == "of"
                        && matches!(
                            sa.lowers[first - 2],
                            "efforts" | "mediation" | "mediators" | "facilitation" | "help"
                        ));
            if members.len() >= 2 && members.len() == g.len() && !located && !mediators {
                ctx.set_group(owned_codes(&members));
            }
        }
        // "X had a phone call with Y", "X met with Y": the two sides of the meeting are the
        // ones "they" and "the two leaders" refer to next
        for (ci, c) in syn.clauses.iter().enumerate() {
            // ("informed him about the proposal to resume negotiations with Ukraine": a
            // meeting a noun looks forward to is no meeting) (Lede)
            let s0 = syn.vgs.get(ci).map_or(0, |g| g.words.start);
            if lede_only
                && syn.vgs.get(ci).is_some_and(|g| g.infinitive)
                && s0 >= 1
                && matches!(sa.tags[s0 - 1], Tag::NN | Tag::NNS)
            {
                continue;
            }
            let side = |nps: &[usize]| -> Vec<(usize, &str)> {
                nps.iter()
                    .filter_map(|&m| Some((readings[m].actor?, readings[m].code.as_deref()?)))
                    .filter(|(_, c)| country_of(c).is_some())
                    .collect()
            };
            let subject = side(&c.subject);
            // "Sugiono received Australian Foreign Minister Penny Wong", "X hosted Y": the
            // host and the guest are the sides (Lede)
            let code_side = |nps: &[usize]| -> Vec<(usize, String)> {
                nps.iter()
                    .filter_map(|&m| Some((readings[m].actor?, readings[m].code.clone()?)))
                    .filter(|(_, c)| country_of(c).is_some())
                    .collect()
            };
            // (and in the passive: "On arrival, Prime Minister was received by President
            // Mahama")
            let hosting = syn.vgs.get(ci).filter(|_| lede_only).and_then(|g| {
                let head = sa.lowers[g.head];
                if !g.passive
                    && !g.infinitive
                    && matches!(
                        head,
                        "received" | "receives" | "hosted" | "hosts" | "met" | "meets"
                    )
                {
                    Some((code_side(&c.subject), code_side(&c.objects)))
                } else if g.passive
                    && matches!(head, "received" | "hosted" | "welcomed" | "greeted")
                {
                    let host = c
                        .preps
                        .iter()
                        .find(|pp| sa.lowers[pp.prep] == "by")
                        .map(|pp| code_side(&pp.nps))
                        .unwrap_or_default();
                    Some((host, code_side(&c.subject)))
                } else {
                    None
                }
            });
            if let Some((host, guest)) = hosting {
                if !host.is_empty()
                    && !guest.is_empty()
                    && guest
                        .iter()
                        .all(|(_, x)| host.iter().all(|(_, y)| country_of(x) != country_of(y)))
                {
                    ctx.last_guests = guest.clone();
                    let mut group = host;
                    group.extend(guest);
                    ctx.last_meeting = group.clone();
                    ctx.note_people_meeting();
                    ctx.set_group(group);
                    continue;
                }
            }
            // "Tshisekedi and Kagame met in Doha", "the Chilean and Peruvian ministers held
            // talks": a compound subject meeting with no other side is the meeting (Lede)
            // (a meeting named after its sides is still no other side: "held the ninth
            // China-Australia Annual Leaders' Meeting")
            if lede_only
                && c.objects.iter().all(|&o| {
                    let n = &syn.nps[o];
                    readings[o].actor.is_none()
                        || sa.lowers[n.head..(n.words.end + 2).min(sa.len())]
                            .iter()
                            .any(|w| {
                                matches!(
                                    *w,
                                    "meeting" | "talks" | "summit" | "dialogue" | "consultations"
                                )
                            })
                })
                && syn.vgs.get(ci).is_some_and(|g| {
                    !g.passive
                        && !g.infinitive
                        && !g.negated
                        && matches!(
                            sa.lowers[g.head],
                            "met"
                                | "meet"
                                | "meets"
                                | "held"
                                | "hold"
                                | "holds"
                                | "talked"
                                | "spoke"
                                | "conferred"
                        )
                })
            {
                // ("The presidents of Ghana and Togo met": the members the "of" phrase names)
                let mut a = code_side(&c.subject);
                if a.is_empty() {
                    for &m in &c.subject {
                        let end = syn.nps[m].words.end;
                        if sa.lowers.get(end).is_none_or(|w| *w != "of") {
                            continue;
                        }
                        if let Some(o) = syn.np_of_word(end + 1) {
                            a.extend(code_side(syn.conjuncts(o)));
                        }
                    }
                }
                // ("The President of the European Council, Antonio Costa, ..., together with
                // the President of Kazakhstan, ..., met": every side the list names)
                if a.len() < 2 {
                    if let Some((l, r)) = meeting_list(sa, ci) {
                        a = l
                            .iter()
                            .chain(&r)
                            .filter_map(|&m| Some((readings[m].actor?, readings[m].code.clone()?)))
                            .filter(|(_, c)| country_of(c).is_some() || c.starts_with("IGO"))
                            .collect();
                    }
                }
                let distinct: FxHashSet<&str> = a
                    .iter()
                    .filter_map(|(_, x)| country_of(x).or(x.get(..6)))
                    .collect();
                if distinct.len() >= 2 && !c.preps.iter().any(|pp| sa.lowers[pp.prep] == "with") {
                    ctx.last_meeting = a;
                    ctx.note_people_meeting();
                    ctx.last_guests.clear();
                }
            }
            // ("briefed Zelenskyy on his conversation with Putin": the sides are others)
            if subject.is_empty() || c.objects.iter().any(|&o| readings[o].actor.is_some()) {
                continue;
            }
            for (j, pp) in c.preps.iter().enumerate() {
                if sa.lowers[pp.prep] != "with" {
                    continue;
                }
                let mut other = side(&pp.nps);
                // "with President of the Republic of Indonesia Prabowo Subianto"
                if other.is_empty() {
                    other = c.preps[j + 1..]
                        .iter()
                        .take(2)
                        .take_while(|q| sa.lowers[q.prep] == "of")
                        .map(|q| side(&q.nps))
                        .find(|x| !x.is_empty())
                        .unwrap_or_default();
                }
                fn countries<'c>(v: &[(usize, &'c str)]) -> Vec<&'c str> {
                    v.iter().filter_map(|(_, c)| country_of(c)).collect()
                }
                let (a, b) = (countries(&subject), countries(&other));
                if !other.is_empty() && b.iter().all(|x| !a.contains(x)) {
                    let mut group = owned_codes(&subject);
                    group.extend(owned_codes(&other));
                    if lede_only {
                        ctx.last_meeting = group.clone();
                        ctx.note_people_meeting();
                        ctx.last_guests.clear();
                    }
                    ctx.set_group(group);
                    break;
                }
            }
        }
        // mentions
        for r in &readings {
            if let Some(a) = r.actor {
                ctx.list[a]
                    .mentions
                    .push((sa.first + r.start, sa.first + r.end));
            }
        }
        // "NAIROBI, June 26 (Reuters) - ... Police fired tear gas at protesters": in a dated
        // wire report, the police, security forces, protesters, the opposition and the parliament
        // no country is named for are of the dateline's country (Lede)
        if let Some(home) = ctx.home.as_deref().filter(|_| lede_only) {
            for (x, r) in readings.iter_mut().enumerate() {
                let n = &syn.nps[x];
                if r.members.is_empty()
                    && !n.pronoun
                    && !sa.quoted.get(n.head).copied().unwrap_or(false)
                    && !sa.lowers[n.words.clone()]
                        .iter()
                        .any(|w| matches!(*w, "foreign" | "international" | "other" | "their"))
                {
                    if let Some(role) = r.code.as_deref().and_then(|c| c.strip_prefix("---")) {
                        // (not victims, whose country is where they were hit, nor the
                        // military, often the other side's, nor a court, often an international one)
                        let protesters =
                            role == "CVL" && PROTESTER_NOUNS.contains(&sa.lowers[n.head]);
                        if matches!(role, "COP" | "OPP" | "LEG") || protesters {
                            r.code = Some(format!("{home}{role}"));
                        }
                    }
                }
            }
        }
        if lede_only {
            note_claims_and_measures(&mut ctx, sa, &readings);
            ctx.prev_subject = syn
                .clauses
                .first()
                .and_then(|c| c.subject.first())
                .and_then(|&m| readings.get(m)?.code.as_deref())
                .and_then(country_of)
                .map(str::to_string);
            ctx.prev_subject_actor = syn
                .clauses
                .first()
                .and_then(|c| c.subject.first())
                .and_then(|&m| readings.get(m)?.actor)
                .filter(|&a| {
                    matches!(
                        ctx.list[a].kind,
                        ActorKind::Country | ActorKind::Organisation
                    ) || ctx.list[a].kind == ActorKind::Group
                        && ctx.list[a].code.as_deref().and_then(country_of).is_some()
                });
        }
        all.push(readings);
    }
    // "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference ... Vice Foreign
    // Minister Sun Weidong summoned the Japanese Ambassador": in a government's statement,
    // an official named with a title and no country anywhere is the author's; in a wire
    // report ("DOHA, Sept 9 - ... Foreign ministry spokesman Majed al-Ansari condemned"), the
    // dateline's country's (Lede)
    // (an author's own: a foreign-ministry or deputy title, "Minister Reem Al-Hashimy" in a
    // White House statement being someone else's)
    if lede_only {
        let author = ctx
            .author
            .and_then(|a| ctx.list[a].code.as_deref())
            .and_then(country_of)
            .filter(|c| !c.starts_with("IGO"))
            .map(str::to_string);
        let home = author.clone().or_else(|| ctx.home.clone());
        if let Some(home) = home {
            for (a, entry) in ctx.list.iter_mut().enumerate() {
                if entry.kind != ActorKind::Person {
                    continue;
                }
                let own_title = ctx.titles.get(&a).is_some_and(|t| {
                    t.iter().any(|w| {
                        matches!(w.as_str(), "foreign" | "vice" | "deputy")
                            || w.starts_with("spokes")
                    })
                });
                if author.is_some() && !own_title {
                    continue;
                }
                if let Some(role) = entry.code.as_deref().and_then(|c| c.strip_prefix("---")) {
                    if role == "GOV" {
                        entry.code = Some(format!("{home}{role}"));
                    }
                }
            }
        }
    }
    // later mentions may have taught an actor its code: fill NPs that lacked one
    for readings in &mut all {
        for r in readings.iter_mut() {
            if let (Some(a), None) = (r.actor, &r.code) {
                r.code = ctx.list[a].code.clone();
            }
            if let (Some(a), Some(c)) = (r.actor, &r.code) {
                if c.starts_with("---") {
                    if let Some(better) = ctx.list[a].code.clone().filter(|b| !b.starts_with("---"))
                    {
                        r.code = Some(better);
                    }
                }
            }
        }
    }
    ArticleActors {
        list: ctx.list,
        np: all,
        authors: ctx.authors,
        lede_rules: false,
    }
}

/// Whether an article is coded with Lede's own dictionaries only.
fn lede_format(ctx: &Ctx) -> bool {
    ctx.lexicon
        .formats
        .iter()
        .all(|f| *f == lede_dict::DictFormat::Lede)
}

/// The byline that opens a statement ("Press Statement Marco Rubio, Secretary of State May 2,
/// 2025", "Remarks by the Spokesperson"): its first line, when that line is short, ends no
/// sentence and says what kind of text follows or who issues it.
fn byline(raw: &str) -> Option<&str> {
    let line = raw.trim_start().lines().next()?.trim();
    let words = line.split_whitespace().count();
    let open = !line.ends_with(['.', '?', '!', '"', '\u{201d}']);
    let marked = line.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "statement"
                | "remarks"
                | "readout"
                | "spokesperson"
                | "attributable"
                | "briefing"
                | "by"
        )
    });
    (words <= 16 && open && marked).then_some(line)
}

/// The authors a statement's title names: its first person ("Statement from President Joe
/// Biden on ..."), every person of a joint statement ("Joint Statement from President Biden
/// ... and President Macron ..."); with no person, the countries and organisations that issue
/// it ("G7 Leaders' statement on Syria", "Joint Statement from the Leaders of the United
/// States, Egypt, and Qatar"): those before the title's topic (" on ", " regarding "), all of
/// them in a joint statement.
fn title_authors(ctx: &mut Ctx, title: &str) -> Vec<usize> {
    let lexicon = ctx.lexicon;
    let tdoc = Document::new(title.to_string());
    // ("the Second Japan-Philippines Ministerial Meeting": each side of a hyphenated pair of
    // capitalized names is a word of its own)
    let mut words: Vec<&str> = Vec::with_capacity(tdoc.tokens.len());
    let mut lowers: Vec<&str> = Vec::with_capacity(tdoc.tokens.len());
    for i in 0..tdoc.tokens.len() {
        let (w, l) = (tdoc.token_text(i), tdoc.token_lower(i));
        // (a hyphenated word the dictionaries know stays whole: "Secretary-General")
        let pair = w.split_once('-').filter(|(a, b)| {
            [a, b]
                .iter()
                .all(|x| x.chars().next().is_some_and(char::is_uppercase) && x.len() >= 2)
                && !lexicon.words.contains_key(l)
        });
        match (pair, l.split_once('-')) {
            (Some((a, b)), Some((la, lb))) if !b.contains('-') => {
                words.extend([a, b]);
                lowers.extend([la, lb]);
            }
            _ => {
                words.push(w);
                lowers.push(l);
            }
        }
    }
    let joint = lowers.contains(&"joint");
    // "Statement by the High Representative on behalf of the EU": the EU
    let behalf = lowers
        .windows(3)
        .position(|w| w[0] == "on" && w[1] == "behalf" && w[2] == "of")
        .map(|k| k + 3);
    // "Designation of Viv Ansanm and Gran Grif as Foreign Terrorist Organizations": a title
    // that opens with an act "of" someone is about them, not by them ("Statement of", "Readout
    // of" are by them)
    let act_of = lowers.get(1) == Some(&"of")
        && !lowers.first().is_some_and(|w| {
            matches!(
                *w,
                "statement"
                    | "communique"
                    | "communiqué"
                    | "declaration"
                    | "readout"
                    | "remarks"
                    | "message"
                    | "address"
                    | "speech"
                    | "transcript"
                    | "briefing"
                    | "letter"
                    | "interview"
                    | "summary"
                    | "comments"
                    | "report"
                    | "note"
                    | "decision"
                    | "resolution"
                    | "conclusions"
            )
        });
    // (until a dash or colon: "... as Foreign Terrorist Organizations — Press Statement, Marco
    // Rubio, Secretary of State")
    let act_end = act_of.then(|| {
        lowers
            .iter()
            .position(|w| {
                !w.is_empty() && w.chars().all(|c| matches!(c, '—' | '–' | '-' | ':' | '|'))
            })
            .map_or(lowers.len(), |k| k + 1)
    });
    let topic = lowers
        .iter()
        .enumerate()
        .position(|(k, w)| {
            matches!(*w, "on" | "regarding" | "about" | "to" | "for")
                && act_end.is_none_or(|e| k >= e)
        })
        .unwrap_or(lowers.len());
    // leftmost-longest dictionary matches
    let mut found = Vec::new();
    let mut buf = Vec::new();
    let mut i = 0;
    while i < words.len() {
        buf.clear();
        lexicon.matches_at(&words, &lowers, i, &mut buf);
        let best = buf
            .iter()
            .filter(|f| matches!(f.payload, Payload::Actor(_)))
            .max_by_key(|f| f.end)
            .copied();
        match best {
            Some(f) => {
                found.push(f);
                i = f.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    let entry = |f: &crate::lexicon::Found| match f.payload {
        Payload::Actor(a) => Some(&lexicon.actors[a as usize]),
        _ => None,
    };
    let found: Vec<crate::lexicon::Found> = match behalf.or(act_end) {
        Some(b) => found.into_iter().filter(|f| f.start >= b).collect(),
        None => found,
    };
    // "Togo: UN Human Rights Office alarmed by ...", "Myanmar: Statement by ...": a short
    // label before a colon is the topic when someone is named after it
    // (a label of countries only: "Statement by Secretary Rubio: Ceasefire Between India and
    // Pakistan" names its author before the colon)
    let label_end = lowers.iter().take(6).position(|w| *w == ":");
    let only_countries = |c: usize| {
        found
            .iter()
            .filter(|f| f.start < c)
            .all(|f| match f.payload {
                Payload::Actor(a) => lexicon.actors[a as usize].kind == ActorKind::Country,
                _ => true,
            })
    };
    let found: Vec<crate::lexicon::Found> = match label_end {
        Some(c) if only_countries(c) && found.iter().any(|f| f.start > c) => {
            found.into_iter().filter(|f| f.start > c).collect()
        }
        _ => found,
    };
    let topic = if behalf.is_some() {
        lowers.len()
    } else {
        topic
    };
    let persons: Vec<_> = found
        .iter()
        .filter(|f| entry(f).is_some_and(|e| e.kind == ActorKind::Person))
        .collect();
    let mut out = Vec::new();
    if !persons.is_empty() {
        for f in persons.iter().take(if joint { persons.len() } else { 1 }) {
            let Some(e) = entry(f) else { continue };
            let code = e.code_on(ctx.date).map(str::to_string);
            let key = format!("p:{}", e.canonical.to_lowercase());
            let a = ctx.register(
                key,
                Some(e.canonical.clone()),
                code,
                ActorKind::Person,
                format!("title; dict {}", e.loc),
            );
            out.push(a);
        }
        return out;
    }
    // a joint statement's signatories may follow its topic ("Joint Statement on United
    // States-Ukraine Meeting"), but where some come before it, the topic names none ("... of
    // Japan, the Republic of Korea and the United States on the DPRK Missile Launch")
    let named_before_topic = found.iter().any(|f| f.start < topic);
    for f in &found {
        if (!joint || named_before_topic) && f.start >= topic {
            break;
        }
        let Some(e) = entry(f) else { continue };
        let Some(code) = e.code_on(ctx.date).map(str::to_string) else {
            continue;
        };
        let a = match e.kind {
            ActorKind::Country if !e.adjective => {
                let name = lexicon
                    .country_named(&code)
                    .map_or(e.canonical.clone(), |x| x.canonical.clone());
                ctx.register(
                    format!("c:{code}"),
                    Some(name),
                    Some(code),
                    ActorKind::Country,
                    format!("title; dict {}", e.loc),
                )
            }
            ActorKind::Organisation => ctx.register(
                format!("o:{}", e.canonical.to_lowercase()),
                Some(e.canonical.clone()),
                Some(code),
                ActorKind::Organisation,
                format!("title; dict {}", e.loc),
            ),
            _ => continue,
        };
        if !out.contains(&a) {
            out.push(a);
        }
    }
    // "Statement by the French Foreign Minister", "Readout of the Chinese Foreign Ministry":
    // a country adjective and a role, the office as author
    if out.is_empty() {
        for f in found.iter().filter(|f| f.start < topic) {
            let Some(e) = entry(f).filter(|e| e.kind == ActorKind::Country && e.adjective) else {
                continue;
            };
            let Some(iso) = e.code_on(ctx.date).map(str::to_string) else {
                continue;
            };
            buf.clear();
            lexicon.matches_at(&words, &lowers, f.end, &mut buf);
            let Some(g) = buf
                .iter()
                .filter_map(|x| match x.payload {
                    Payload::Agent(g) if x.end <= topic => Some((g as usize, x.end)),
                    _ => None,
                })
                .max_by_key(|&(_, end)| end)
                .map(|(g, _)| g)
            else {
                continue;
            };
            let agent = &lexicon.agents[g];
            let code = compose(&iso, &agent.code, agent.placement);
            let a = ctx.register(
                format!("g:{code}:title"),
                None,
                Some(code),
                ActorKind::Group,
                format!("title; adjective and role, dict {}", agent.loc),
            );
            out.push(a);
            if !joint {
                break;
            }
        }
    }
    out
}

/// Actors with their codes, owned (for [`Ctx::set_group`]).
fn owned_codes(v: &[(usize, &str)]) -> Vec<(usize, String)> {
    v.iter().map(|&(a, c)| (a, c.to_string())).collect()
}

impl ArticleActors {
    pub fn reading(&self, sentence: usize, np: usize) -> Option<&NpReading> {
        self.np.get(sentence)?.get(np)
    }

    /// The contract's actors, their strings moved out of the article's records (the last use
    /// of them).
    pub fn into_output(self, doc: &Document) -> Vec<Actor> {
        self.list
            .into_iter()
            .filter(|a| {
                !a.mentions.is_empty()
                    && (a.name.is_some()
                        || a.code.as_deref().is_some_and(|c| !c.starts_with("---")))
            })
            .map(|a| {
                let mut mentions: Vec<Mention> = a
                    .mentions
                    .iter()
                    .map(|&(s, e)| Mention::from_span(&doc.raw, doc.raw_span_of_tokens(s..e)))
                    .collect();
                mentions.dedup();
                let country = a.code.as_deref().and_then(country_of).map(str::to_string);
                Actor {
                    name: a.name,
                    code: a.code,
                    country,
                    kind: a.kind,
                    mentions,
                    rule: a.rule,
                }
            })
            .collect()
    }
}

/// Places found in the article, grouped by gazetteer entry.
pub struct ArticlePlaces {
    /// (gazetteer id, normalized span) per mention, in text order.
    pub mentions: Vec<(u32, Span)>,
}

pub fn places(doc: &Document, actors: &ArticleActors) -> ArticlePlaces {
    // (an article names few countries: a short list, codes borrowed until the focus list)
    let mut weights: Vec<(&str, f32)> = Vec::new();
    let mut exclude = Vec::new();
    for a in &actors.list {
        if let Some(c) = a.code.as_deref().and_then(country_of) {
            let n = a.mentions.len() as f32;
            match weights.iter_mut().find(|(k, _)| *k == c) {
                Some((_, w)) => *w += n,
                None => weights.push((c, n)),
            }
        }
        if a.kind == ActorKind::Person {
            for &(s, e) in &a.mentions {
                let span = doc.norm_span_of_tokens(s..e);
                // keep place names inside titles ("Moscow Mayor X") findable: exclude only the name
                exclude.push((span.start, span.end));
            }
        }
    }
    let mut focus: Vec<(String, f32)> = weights
        .into_iter()
        .map(|(c, w)| (c.to_string(), w))
        .collect();
    focus.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let ctx = lede_geo::GeoContext {
        focus_countries: focus,
        exclude,
    };
    let found = lede_geo::find_places(doc.text(), &ctx);
    ArticlePlaces {
        mentions: found
            .iter()
            .map(|m| (m.id, Span::new(m.start, m.end)))
            .collect(),
    }
}

impl ArticlePlaces {
    /// The places mentioned within normalized span `span`.
    pub fn within(&self, span: Span) -> impl Iterator<Item = &(u32, Span)> {
        self.mentions.iter().filter(move |(_, s)| span.contains(*s))
    }

    pub fn output(&self, doc: &Document) -> Vec<Place> {
        let g = lede_geo::Gazetteer::embedded();
        // each place with its mentions, in order of first mention (an article names few
        // places: a list searched from its end, no hashing)
        let mut by: Vec<(u32, Vec<Mention>)> = Vec::new();
        for &(id, span) in &self.mentions {
            let m = Mention::from_span(&doc.raw, doc.raw_span(span));
            match by.iter_mut().rev().find(|(p, _)| *p == id) {
                Some((_, v)) => v.push(m),
                None => by.push((id, vec![m])),
            }
        }
        by.into_iter()
            .map(|(id, mentions)| {
                let e = g.entry(id);
                Place {
                    name: e.name.clone(),
                    country: e.country.clone(),
                    lat: Some(e.lat),
                    lon: Some(e.lon),
                    region: e.region.clone(),
                    kind: e.kind,
                    mentions,
                }
            })
            .collect()
    }
}

/// The code of a role with no country ("---GOV") completed by the country or international
/// body its "of" phrase names: "the foreign minister of Chile" is `CHLGOV`, "the director
/// general of the IAEA" the IAEA's code.
fn role_of_owner(
    sa: &SentenceAnalysis,
    readings: &[NpReading],
    x: usize,
    role: &str,
) -> Option<String> {
    let syn = &sa.syntax;
    let end = syn.nps[x].words.end;
    if sa.lowers.get(end).is_none_or(|w| *w != "of") {
        return None;
    }
    let mut m = syn.np_of_word(end + 1)?;
    // "Amir of the State of Qatar", "President of the Republic of Chile"
    while readings[m].code.is_none() && sa.lowers.get(syn.nps[m].words.end) == Some(&"of") {
        m = syn.np_of_word(syn.nps[m].words.end + 1)?;
    }
    let owner = readings[m].code.as_deref()?;
    if owner.starts_with("IGO") {
        return Some(owner.to_string());
    }
    let c = country_of(owner)?;
    Some(format!("{c}{}", &role[3..]))
}

/// Where the items after ", also known as Alik ," go on (the index after that second comma),
/// if items `k..` are such an alias: "known as" (with "also", "commonly", "better",
/// "widely" or nothing before it) and a name, closed by a comma.
fn alias_end(sa: &SentenceAnalysis, items: &[Item], k: usize) -> Option<usize> {
    let mut k = k;
    // (the adverb as a word, or as the one-word noun phrase the tagger may make of "better")
    let adverb = match items.get(k) {
        Some(Item::Word(w)) => Some(*w),
        Some(Item::Np(n)) if sa.syntax.nps[*n].words.len() == 1 => Some(sa.syntax.nps[*n].head),
        _ => None,
    };
    if let Some(w) = adverb {
        if matches!(sa.lowers[w], "also" | "commonly" | "better" | "widely") {
            k += 1;
        } else if matches!(items.get(k), Some(Item::Np(_))) {
            return None;
        }
    }
    let (Some(Item::Vg(v)), Some(Item::Word(as_)), Some(Item::Np(_)), Some(Item::Word(c))) = (
        items.get(k),
        items.get(k + 1),
        items.get(k + 2),
        items.get(k + 3),
    ) else {
        return None;
    };
    let head_ok = sa.lowers[sa.syntax.vgs[*v].head] == "known";
    (head_ok && sa.lowers[*as_] == "as" && sa.words[*c] == ",").then_some(k + 4)
}
