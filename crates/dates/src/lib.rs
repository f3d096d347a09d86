//! lede-dates (being written).
