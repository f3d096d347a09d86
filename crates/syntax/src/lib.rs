//! lede-syntax (being written).
