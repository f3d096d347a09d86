//! `parquet`: one row per event, typed columns, the same fields as `jsonl` flattened
//! ([`SCHEMA`]), Snappy-compressed, in row groups of at most [`ROW_GROUP`] events. Written
//! with the `parquet` crate's column writers, without Arrow (a far lighter build). Strings
//! are UTF-8 (`STRING` logical type); absent values are nulls. Nothing is lossy.

use crate::{ExportError, ExportEvent};
use parquet::basic::Compression;
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use std::io::Write;
use std::sync::Arc;

/// Events per row group.
pub const ROW_GROUP: usize = 65_536;

/// The Parquet schema of an export: one column a field, in this order.
pub const SCHEMA: &str = "message lede_event {
  required int64 id;
  required binary article_id (STRING);
  optional binary article_url (STRING);
  optional binary article_title (STRING);
  optional binary article_source (STRING);
  optional binary article_date (STRING);
  required binary article_origin (STRING);
  optional binary story (STRING);
  required binary code (STRING);
  required binary root (STRING);
  optional binary plover (STRING);
  optional binary source_code (STRING);
  optional binary source_name (STRING);
  optional binary source_text (STRING);
  optional binary source_country (STRING);
  optional binary target_code (STRING);
  optional binary target_name (STRING);
  optional binary target_text (STRING);
  optional binary target_country (STRING);
  optional binary date (STRING);
  optional binary place_name (STRING);
  optional binary place_country (STRING);
  optional double place_lat;
  optional double place_lon;
  optional binary place_region (STRING);
  optional binary place_kind (STRING);
  required binary modality (STRING);
  required binary sentence (STRING);
  required int64 start;
  required int64 end;
  required binary trigger (STRING);
  required int64 trigger_start;
  required int64 trigger_end;
  required boolean lead;
  required binary rule (STRING);
  required binary engine_version (STRING);
  required binary dict_hash (STRING);
}";

/// The values of one column of a row group, with definition levels for optional columns.
enum Column {
    Str(Vec<ByteArray>, Vec<i16>),
    Int(Vec<i64>, Vec<i16>),
    Real(Vec<f64>, Vec<i16>),
    Bool(Vec<bool>),
}

impl Column {
    fn str(&mut self, v: Option<&str>) {
        if let Column::Str(vals, defs) = self {
            defs.push(i16::from(v.is_some()));
            if let Some(v) = v {
                vals.push(ByteArray::from(v.as_bytes().to_vec()));
            }
        }
    }
    fn int(&mut self, v: i64) {
        if let Column::Int(vals, defs) = self {
            defs.push(1);
            vals.push(v);
        }
    }
    fn real(&mut self, v: Option<f64>) {
        if let Column::Real(vals, defs) = self {
            defs.push(i16::from(v.is_some()));
            vals.extend(v);
        }
    }
    fn clear(&mut self) {
        match self {
            Column::Str(v, d) => {
                v.clear();
                d.clear();
            }
            Column::Int(v, d) => {
                v.clear();
                d.clear();
            }
            Column::Real(v, d) => {
                v.clear();
                d.clear();
            }
            Column::Bool(v) => v.clear(),
        }
    }
}

fn perr(e: parquet::errors::ParquetError) -> ExportError {
    ExportError::Parquet(e.to_string())
}

/// A Parquet file being written: rows are buffered by column and written a row group at a
/// time; [`Writer::finish`] writes the last group and the footer.
pub struct Writer<'a> {
    file: SerializedFileWriter<&'a mut (dyn Write + Send)>,
    /// Each column's buffer.
    columns: Vec<Column>,
    /// Whether each column is optional (written with definition levels).
    optional: Vec<bool>,
    rows: usize,
}

impl<'a> Writer<'a> {
    pub fn new(out: &'a mut (dyn Write + Send)) -> Result<Writer<'a>, ExportError> {
        let schema = Arc::new(parse_message_type(SCHEMA).map_err(perr)?);
        let (columns, optional) = schema
            .get_fields()
            .iter()
            .map(|f| {
                let optional = f.is_optional();
                let column = match f.get_physical_type() {
                    parquet::basic::Type::INT64 => Column::Int(Vec::new(), Vec::new()),
                    parquet::basic::Type::DOUBLE => Column::Real(Vec::new(), Vec::new()),
                    parquet::basic::Type::BOOLEAN => Column::Bool(Vec::new()),
                    _ => Column::Str(Vec::new(), Vec::new()),
                };
                (column, optional)
            })
            .unzip();
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("lede-export {}", env!("CARGO_PKG_VERSION")))
            .build();
        let file = SerializedFileWriter::new(out, schema, Arc::new(props)).map_err(perr)?;
        Ok(Writer {
            file,
            columns,
            optional,
            rows: 0,
        })
    }

    /// Adds one event (writing a row group when it is full).
    pub fn push(&mut self, e: &ExportEvent) -> Result<(), ExportError> {
        let place = e.place.as_ref();
        let c = &mut self.columns;
        c[0].int(e.row);
        c[1].str(Some(&e.article));
        c[2].str(e.url.as_deref());
        c[3].str(e.title.as_deref());
        c[4].str(e.source.as_deref());
        c[5].str(e.article_date.as_deref());
        c[6].str(Some(&e.origin));
        c[7].str(e.story.as_deref());
        c[8].str(Some(&e.code));
        c[9].str(Some(&e.root));
        c[10].str(e.plover.as_deref());
        for (i, s) in [(11, &e.source_actor), (15, &e.target_actor)] {
            c[i].str(s.code.as_deref());
            c[i + 1].str(s.name.as_deref());
            c[i + 2].str(s.text.as_deref());
            c[i + 3].str(s.country.as_deref());
        }
        c[19].str(e.date.as_deref());
        c[20].str(place.map(|p| p.name.as_str()));
        c[21].str(place.and_then(|p| p.country.as_deref()));
        c[22].real(place.and_then(|p| p.lat).filter(|x| x.is_finite()));
        c[23].real(place.and_then(|p| p.lon).filter(|x| x.is_finite()));
        c[24].str(place.and_then(|p| p.region.as_deref()));
        c[25].str(place.and_then(|p| p.kind.as_deref()));
        c[26].str(Some(&e.modality));
        c[27].str(Some(&e.sentence));
        c[28].int(e.start);
        c[29].int(e.end);
        c[30].str(Some(&e.trigger));
        c[31].int(e.trigger_start);
        c[32].int(e.trigger_end);
        if let Column::Bool(v) = &mut c[33] {
            v.push(e.lead);
        }
        c[34].str(Some(&e.rule));
        c[35].str(Some(&e.engine_version));
        c[36].str(Some(&e.dict_hash));
        self.rows += 1;
        if self.rows >= ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), ExportError> {
        if self.rows == 0 {
            return Ok(());
        }
        let mut group = self.file.next_row_group().map_err(perr)?;
        let mut i = 0;
        while let Some(mut col) = group.next_column().map_err(perr)? {
            let optional = self.optional[i];
            match &self.columns[i] {
                Column::Str(v, d) => {
                    let defs = optional.then_some(d.as_slice());
                    col.typed::<ByteArrayType>().write_batch(v, defs, None)
                }
                Column::Int(v, d) => {
                    let defs = optional.then_some(d.as_slice());
                    col.typed::<Int64Type>().write_batch(v, defs, None)
                }
                Column::Real(v, d) => {
                    let defs = optional.then_some(d.as_slice());
                    col.typed::<DoubleType>().write_batch(v, defs, None)
                }
                Column::Bool(v) => col.typed::<BoolType>().write_batch(v, None, None),
            }
            .map_err(perr)?;
            col.close().map_err(perr)?;
            i += 1;
        }
        group.close().map_err(perr)?;
        self.columns.iter_mut().for_each(Column::clear);
        self.rows = 0;
        Ok(())
    }

    /// Writes what is buffered and the file's footer.
    pub fn finish(mut self) -> Result<(), ExportError> {
        self.flush()?;
        self.file.close().map_err(perr)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::sample;
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;

    #[test]
    fn rows_read_back_typed_with_nulls() {
        let path = std::env::temp_dir().join(format!("lede-export-{}.parquet", std::process::id()));
        let mut file = std::fs::File::create(&path).unwrap();
        let mut second = sample();
        second.row = 18;
        second.place = None;
        second.target_actor = Default::default();
        second.sentence = "Tab\there, \"quotes\", é".into();
        {
            let mut w = Writer::new(&mut file).unwrap();
            w.push(&sample()).unwrap();
            w.push(&second).unwrap();
            w.finish().unwrap();
        }
        let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
        assert_eq!(reader.metadata().file_metadata().num_rows(), 2);
        let rows: Vec<_> = reader
            .get_row_iter(None)
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        let field = |row: usize, name: &str| -> Field {
            rows[row]
                .get_column_iter()
                .find(|(n, _)| n.as_str() == name)
                .map(|(_, f)| f.clone())
                .unwrap()
        };
        assert_eq!(field(0, "id"), Field::Long(17));
        assert_eq!(field(0, "code"), Field::Str("042".into()));
        assert_eq!(field(0, "place_lat"), Field::Double(55.75));
        assert_eq!(field(0, "lead"), Field::Bool(true));
        assert_eq!(field(1, "place_lat"), Field::Null);
        assert_eq!(field(1, "target_code"), Field::Null);
        assert_eq!(field(1, "sentence"), Field::Str(second.sentence.clone()));
        let _ = std::fs::remove_file(&path);
    }
}
