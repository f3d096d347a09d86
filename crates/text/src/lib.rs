//! lede-text (being written).
