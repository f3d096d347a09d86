//! lede-geo (being written).
