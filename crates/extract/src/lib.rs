//! lede-extract (being written).
