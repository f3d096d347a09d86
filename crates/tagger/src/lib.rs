//! lede-tagger (being written).
