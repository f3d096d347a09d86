//! The Penn Treebank tag set (with spaCy's extra tags).

use std::fmt;

/// A Penn Treebank part-of-speech tag, as produced by spaCy's English models.
///
/// Variant names follow the Penn spelling where that is a valid identifier;
/// the others are `PRPS` (`PRP$`), `WPS` (`WP$`), `Comma` (`,`), `Period` (`.`),
/// `Colon` (`:`), `LQuote` (` `` `), `RQuote` (`''`), `LParen` (`-LRB-`),
/// `RParen` (`-RRB-`), `Hash` (`#`), `Dollar` (`$`) and `SP` (spaCy's `_SP`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(u8)]
pub enum Tag {
    CC,
    CD,
    DT,
    EX,
    FW,
    IN,
    JJ,
    JJR,
    JJS,
    LS,
    MD,
    NN,
    NNS,
    NNP,
    NNPS,
    PDT,
    POS,
    PRP,
    /// `PRP$`
    PRPS,
    RB,
    RBR,
    RBS,
    RP,
    SYM,
    TO,
    UH,
    VB,
    VBD,
    VBG,
    VBN,
    VBP,
    VBZ,
    WDT,
    WP,
    /// `WP$`
    WPS,
    WRB,
    /// `,`
    Comma,
    /// `.`
    Period,
    /// `:`
    Colon,
    /// `` ` `` ``
    LQuote,
    /// `''`
    RQuote,
    /// `-LRB-`
    LParen,
    /// `-RRB-`
    RParen,
    /// `#`
    Hash,
    /// `$`
    Dollar,
    HYPH,
    NFP,
    ADD,
    AFX,
    XX,
    /// spaCy's `_SP` (whitespace token)
    SP,
}

/// Number of tags.
pub(crate) const NTAGS: usize = 51;

const NAMES: [&str; NTAGS] = [
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS",
    "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG",
    "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ",", ".", ":", "``", "''", "-LRB-", "-RRB-",
    "#", "$", "HYPH", "NFP", "ADD", "AFX", "XX", "_SP",
];

impl Tag {
    /// Every tag, in discriminant order (`Tag::ALL[t as usize] == t`).
    pub const ALL: [Tag; NTAGS] = {
        use Tag::*;
        [
            CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPS,
            RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB, Comma,
            Period, Colon, LQuote, RQuote, LParen, RParen, Hash, Dollar, HYPH, NFP, ADD, AFX, XX,
            SP,
        ]
    };

    /// The Penn spelling: `"NN"`, `"PRP$"`, `"``"`, `"-LRB-"`, `","`, ... (`SP` is `"_SP"`).
    pub fn as_str(self) -> &'static str {
        NAMES[self as usize]
    }

    /// Parse a Penn spelling (as written by [`Tag::as_str`]). Also accepts `SP` for `_SP`,
    /// `(`/`)` for the brackets and the ASCII variant names `PRPS`/`WPS`.
    pub fn parse(s: &str) -> Option<Tag> {
        if let Some(i) = NAMES.iter().position(|n| *n == s) {
            return Some(Tag::ALL[i]);
        }
        match s {
            "SP" => Some(Tag::SP),
            "PRPS" => Some(Tag::PRPS),
            "WPS" => Some(Tag::WPS),
            "(" | "-LCB-" | "-LSB-" => Some(Tag::LParen),
            ")" | "-RCB-" | "-RSB-" => Some(Tag::RParen),
            _ => None,
        }
    }

    /// The tag with this discriminant, if any.
    pub fn from_index(i: u8) -> Option<Tag> {
        Tag::ALL.get(i as usize).copied()
    }

    /// `NN`, `NNS`, `NNP`, `NNPS`.
    pub fn is_noun(self) -> bool {
        matches!(self, Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
    }

    /// `VB`, `VBD`, `VBG`, `VBN`, `VBP`, `VBZ` (not `MD`).
    pub fn is_verb(self) -> bool {
        matches!(
            self,
            Tag::VB | Tag::VBD | Tag::VBG | Tag::VBN | Tag::VBP | Tag::VBZ
        )
    }

    /// `JJ`, `JJR`, `JJS`.
    pub fn is_adj(self) -> bool {
        matches!(self, Tag::JJ | Tag::JJR | Tag::JJS)
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for (i, t) in Tag::ALL.iter().enumerate() {
            assert_eq!(*t as usize, i);
            assert_eq!(Tag::parse(t.as_str()), Some(*t));
        }
        assert_eq!(Tag::parse("PRP$"), Some(Tag::PRPS));
        assert_eq!(Tag::parse("``"), Some(Tag::LQuote));
        assert_eq!(Tag::parse("-LRB-"), Some(Tag::LParen));
        assert_eq!(Tag::parse("nope"), None);
        assert_eq!(Tag::parse(""), None);
    }
}
