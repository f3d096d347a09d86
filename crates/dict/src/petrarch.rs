//! PETRARCH-2, PETRARCH-1 and TABARI dictionary readers. Stub: filled in by the dictionary work.
use crate::{DictError, DictFormat, DictSet};
use std::path::Path;

pub fn load_dir(path: &Path) -> Result<DictSet, DictError> {
    if !path.is_dir() {
        return Err(DictError::UnknownLayout {
            path: path.to_path_buf(),
        });
    }
    Ok(DictSet::empty(
        path.display().to_string(),
        DictFormat::Petrarch2,
    ))
}
