//! Lede's own dictionary format (`data/dict/FORMAT.md`). Stub: filled in by the dictionary work.
use crate::{DictError, DictFormat, DictSet};
use std::path::Path;

pub fn is_lede_dir(path: &Path) -> bool {
    path.join("verbs.txt").is_file() || path.join("people.txt").is_file()
}

pub fn load_dir(path: &Path) -> Result<DictSet, DictError> {
    Ok(DictSet::empty(path.display().to_string(), DictFormat::Lede))
}

pub fn embedded() -> DictSet {
    DictSet::empty("lede-default", DictFormat::Lede)
}
