//! lede-pipeline (being written).
