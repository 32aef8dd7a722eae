//! Parquet tables for analysis tools (DuckDB, pandas, Polars, Spark): a folder `parquet/` of
//! `nodes.parquet`, `edges.parquet` and `evidence.parquet`.
//!
//! ```text
//! nodes.parquet     id, label, type: string; aliases: list<string>; mentions: int64;
//!                   roles: list<string>; first_date, last_date: date (null when undated);
//!                   dates: map<date, int64> (mentions per day)
//! edges.parquet     source, target: string; key: int64; relation: string; symmetric: bool;
//!                   trigger: string; triggers: list<string>; cameo: string (null);
//!                   goldstein: float (null); weak: bool; weight: int64;
//!                   first_date, last_date: date (null); dates: map<date, int64>
//!                   (statements per day); former: bool (an affiliation that has
//!                   ended, "has quit the party"); class: string (the trigger class,
//!                   `event` or `stance`)
//! evidence.parquet  source, target, relation: string; symmetric: bool; document: string;
//!                   sentence, start, end: int64; date: date (null); trigger: string (null);
//!                   text: string; class: string (the statement's trigger class)
//! ```
//!
//! Rows are in graph order (nodes and edges as in `graph.json`, `key` numbering the
//! parallel edges of a (source, target) pair as there). `evidence.parquet` has one row per
//! statement: written by `actorgraph build`, it is the full evidence, streamed to disk as
//! the articles are read ([`EvidenceTable`]), in input order; written from a graph (`merge`,
//! `subgraph`, [`Format::write`](super::Format::write)) it holds each edge's evidence sample,
//! without triggers (`trigger` is null: a graph file does not keep the trigger of each
//! sentence). An evidence row belongs to the edge of the same `source`, `relation`,
//! `target`, `symmetric` and `class`; a symmetric edge may be stored the other way round.
//!
//! Strings are UTF-8 (`STRING`), dates `DATE` (days since 1970), lists and maps the standard
//! nested `LIST` and `MAP` types; pages are Snappy-compressed. Only the `parquet` crate's
//! low-level column writer is used, without Arrow: the tables are a few flat and list
//! columns, and Arrow would double the build time and the size of the binary for them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use parquet::basic::Compression;
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, FloatType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

use super::{AtomicFile, Body, Exporter, Kind};
use crate::domain::{Date, Dates, DocumentGraph, Evidence, RelationKind, TriggerClass};
use crate::error::{Error, Result};
use crate::export::json::GENERATOR;
use crate::graph::ActorGraph;

/// The folder the tables are written to in the output folder.
pub const FOLDER: &str = "parquet";
/// The table of actors.
pub const NODES: &str = "nodes.parquet";
/// The table of merged edges.
pub const EDGES: &str = "edges.parquet";
/// The table of evidence, one row per statement.
pub const EVIDENCE: &str = "evidence.parquet";

/// Rows per row group: large enough for columnar reads, small enough that a table of
/// millions of rows is never held in memory whole.
const ROW_GROUP: usize = 65_536;

const LIST: &str = "(LIST) { repeated group list { required binary element (UTF8); } }";
const MAP: &str = "(MAP) { repeated group key_value { required int32 key (DATE); \
                   required int64 value; } }";

fn nodes_schema() -> String {
    format!(
        "message actor {{
            required binary id (UTF8);
            required binary label (UTF8);
            required binary type (UTF8);
            required group aliases {LIST}
            required int64 mentions;
            required group roles {LIST}
            optional int32 first_date (DATE);
            optional int32 last_date (DATE);
            required group dates {MAP}
        }}"
    )
}

fn edges_schema() -> String {
    format!(
        "message edge {{
            required binary source (UTF8);
            required binary target (UTF8);
            required int64 key;
            required binary relation (UTF8);
            required boolean symmetric;
            required binary trigger (UTF8);
            required group triggers {LIST}
            optional binary cameo (UTF8);
            optional float goldstein;
            required boolean weak;
            required int64 weight;
            optional int32 first_date (DATE);
            optional int32 last_date (DATE);
            required group dates {MAP}
            required boolean former;
            required binary class (UTF8);
        }}"
    )
}

const EVIDENCE_SCHEMA: &str = "message evidence {
    required binary source (UTF8);
    required binary target (UTF8);
    required binary relation (UTF8);
    required boolean symmetric;
    required binary document (UTF8);
    required int64 sentence;
    required int64 start;
    required int64 end;
    optional int32 date (DATE);
    optional binary trigger (UTF8);
    required binary text (UTF8);
    required binary class (UTF8);
}";

/// The `parquet` format of [`super::formats()`]: the folder `parquet/` with the three
/// tables, each written atomically. Not one stream, and not read back.
pub struct Parquet;

impl Exporter for Parquet {
    fn kind(&self) -> Kind {
        Kind::Folder
    }

    fn prepare<'g>(&self, _graph: &'g ActorGraph) -> Result<Body<'g>> {
        Err(Error::Unsupported {
            reason: "parquet writes a folder of three tables; write it into an output folder"
                .to_string(),
        })
    }

    fn write_file(&self, graph: &ActorGraph, path: &Path) -> Result<()> {
        write_graph_tables(graph, path)?;
        let mut evidence = EvidenceTable::create(&path.join(EVIDENCE))?;
        for (s, t, r) in graph.edges() {
            for e in &r.evidence {
                let edge = (s.id.as_str(), t.id.as_str(), r.relation, r.symmetric);
                evidence.push(edge, r.class, e, None)?;
            }
        }
        evidence.commit()
    }
}

/// Writes `nodes.parquet` and `edges.parquet` of `graph` into `folder` (created if
/// missing), each atomically, and returns their paths.
///
/// # Errors
///
/// [`Error::CreateDir`] or [`Error::Write`] naming the folder or file.
pub fn write_graph_tables(graph: &ActorGraph, folder: &Path) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(folder).map_err(|source| Error::CreateDir {
        path: folder.to_path_buf(),
        source,
    })?;
    let nodes_path = folder.join(NODES);
    let mut nodes = Table::create(&nodes_path, &nodes_schema())?;
    for a in graph.actors() {
        let c = &mut nodes.columns;
        c[0].text(&a.id);
        c[1].text(a.label());
        c[2].text(a.kind.as_str());
        c[3].list(a.aliases.iter().map(String::as_str));
        c[4].int64(a.mentions);
        c[5].list(a.roles.iter().map(String::as_str));
        time(&mut c[6..10], &a.dates);
        nodes.row_done()?;
    }
    nodes.commit()?;

    let edges_path = folder.join(EDGES);
    let mut edges = Table::create(&edges_path, &edges_schema())?;
    let mut keys: HashMap<(&str, &str), usize> = HashMap::new();
    for (s, t, r) in graph.edges() {
        let key = keys.entry((s.id.as_str(), t.id.as_str())).or_default();
        let c = &mut edges.columns;
        c[0].text(&s.id);
        c[1].text(&t.id);
        c[2].int64(*key);
        *key += 1;
        c[3].text(r.relation.as_str());
        c[4].boolean(r.symmetric);
        c[5].text(&r.trigger);
        c[6].list(r.triggers.iter().map(String::as_str));
        c[7].optional_text(r.cameo.as_deref());
        c[8].optional_float(r.goldstein);
        c[9].boolean(r.weak);
        c[10].int64(r.weight);
        time(&mut c[11..15], &r.dates);
        c[15].boolean(r.former);
        c[16].text(r.class.as_str());
        edges.row_done()?;
    }
    edges.commit()?;
    Ok(vec![nodes_path, edges_path])
}

/// `first_date`, `last_date` and the `dates` map (its key and value leaves).
fn time(c: &mut [Leaf], dates: &Dates) {
    c[0].optional_date(dates.first());
    c[1].optional_date(dates.last());
    let days: Vec<(Date, usize)> = dates.iter().collect();
    c[2].map_keys(days.iter().map(|&(d, _)| d));
    c[3].map_values(days.iter().map(|&(_, n)| n));
}

/// `evidence.parquet` written one statement at a time: the full evidence of a build,
/// streamed to disk as documents are extracted, so it never has to fit in memory.
/// [`commit`](EvidenceTable::commit) puts it into place; dropped without a commit, nothing
/// is left.
pub struct EvidenceTable {
    table: Table,
}

impl EvidenceTable {
    /// Starts writing the table at `path` (its folder must exist).
    ///
    /// # Errors
    ///
    /// [`Error::Write`] naming `path`.
    pub fn create(path: &Path) -> Result<EvidenceTable> {
        Ok(EvidenceTable {
            table: Table::create(path, EVIDENCE_SCHEMA)?,
        })
    }

    /// Adds a row for every statement of one document.
    ///
    /// # Errors
    ///
    /// [`Error::Write`] naming the table.
    pub fn add_document(&mut self, doc: &DocumentGraph) -> Result<()> {
        for s in &doc.statements {
            let symmetric = s.symmetric || s.relation == RelationKind::Meets;
            let edge = (s.source.as_str(), s.target.as_str(), s.relation, symmetric);
            self.push(edge, s.class, &s.evidence, Some(&s.trigger))?;
        }
        Ok(())
    }

    /// One row: the edge's (source, target, relation, symmetric), the statement's trigger
    /// class, its sentence and trigger.
    fn push(
        &mut self,
        (source, target, relation, symmetric): (&str, &str, RelationKind, bool),
        class: TriggerClass,
        e: &Evidence,
        trigger: Option<&str>,
    ) -> Result<()> {
        let c = &mut self.table.columns;
        c[0].text(source);
        c[1].text(target);
        c[2].text(relation.as_str());
        c[3].boolean(symmetric);
        c[4].text(&e.document);
        c[5].int64(e.sentence);
        c[6].int64(e.start);
        c[7].int64(e.end);
        c[8].optional_date(e.date);
        c[9].optional_text(trigger);
        c[10].text(&e.text);
        c[11].text(class.as_str());
        self.table.row_done()
    }

    /// Writes the last rows and the footer, and renames the table into place.
    ///
    /// # Errors
    ///
    /// [`Error::Write`] naming the table.
    pub fn commit(self) -> Result<()> {
        self.table.commit()
    }
}

/// A Parquet file being written: buffered columns, flushed as a row group every
/// [`ROW_GROUP`] rows.
struct Table {
    path: PathBuf,
    writer: SerializedFileWriter<AtomicFile>,
    columns: Vec<Leaf>,
    rows: usize,
}

impl Table {
    fn create(path: &Path, schema: &str) -> Result<Table> {
        let schema = Arc::new(parse_message_type(schema).expect("the schemas are valid"));
        let props = Arc::new(
            WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .set_created_by(GENERATOR.to_string())
                .build(),
        );
        let descr = parquet::schema::types::SchemaDescriptor::new(Arc::clone(&schema));
        let columns = descr
            .columns()
            .iter()
            .map(|c| Leaf::new(c.max_def_level(), c.max_rep_level()))
            .collect();
        let file = AtomicFile::create(path)?;
        let writer =
            SerializedFileWriter::new(file, schema, props).map_err(|e| write_error(path, e))?;
        Ok(Table {
            path: path.to_path_buf(),
            writer,
            columns,
            rows: 0,
        })
    }

    fn row_done(&mut self) -> Result<()> {
        self.rows += 1;
        if self.rows >= ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the buffered rows as one row group.
    fn flush(&mut self) -> Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let path = self.path.clone();
        let fail = |e| write_error(&path, e);
        let mut group = self.writer.next_row_group().map_err(fail)?;
        for leaf in &mut self.columns {
            let mut column = group
                .next_column()
                .map_err(fail)?
                .expect("one buffer per column");
            let defs = (leaf.max_def > 0).then_some(leaf.defs.as_slice());
            let reps = (leaf.max_rep > 0).then_some(leaf.reps.as_slice());
            match &leaf.values {
                Values::Text(v) => column.typed::<ByteArrayType>().write_batch(v, defs, reps),
                Values::Int64(v) => column.typed::<Int64Type>().write_batch(v, defs, reps),
                Values::Int32(v) => column.typed::<Int32Type>().write_batch(v, defs, reps),
                Values::Bool(v) => column.typed::<BoolType>().write_batch(v, defs, reps),
                Values::Float(v) => column.typed::<FloatType>().write_batch(v, defs, reps),
            }
            .map_err(fail)?;
            column.close().map_err(fail)?;
            leaf.clear();
        }
        group.close().map_err(fail)?;
        self.rows = 0;
        Ok(())
    }

    fn commit(mut self) -> Result<()> {
        self.flush()?;
        let path = self.path.clone();
        let file = self
            .writer
            .into_inner()
            .map_err(|e| write_error(&path, e))?;
        file.commit()
    }
}

fn write_error(path: &Path, e: parquet::errors::ParquetError) -> Error {
    Error::Write {
        path: path.to_path_buf(),
        source: std::io::Error::other(e.to_string()),
    }
}

/// The values of one leaf column, of its physical type.
enum Values {
    Text(Vec<ByteArray>),
    Int64(Vec<i64>),
    Int32(Vec<i32>),
    Bool(Vec<bool>),
    Float(Vec<f32>),
}

/// One leaf column's buffered values and levels. Its type is set by the first value pushed.
///
/// Levels: an optional value has definition level 1, a null 0; a list (or map) entry of a
/// required list has definition level 1 and repetition level 0 for the first entry of a row,
/// 1 for the others; an empty list is one level pair (0, 0) and no value.
struct Leaf {
    max_def: i16,
    max_rep: i16,
    values: Values,
    defs: Vec<i16>,
    reps: Vec<i16>,
}

impl Leaf {
    fn new(max_def: i16, max_rep: i16) -> Leaf {
        Leaf {
            max_def,
            max_rep,
            values: Values::Text(Vec::new()),
            defs: Vec::new(),
            reps: Vec::new(),
        }
    }

    fn clear(&mut self) {
        match &mut self.values {
            Values::Text(v) => v.clear(),
            Values::Int64(v) => v.clear(),
            Values::Int32(v) => v.clear(),
            Values::Bool(v) => v.clear(),
            Values::Float(v) => v.clear(),
        }
        self.defs.clear();
        self.reps.clear();
    }

    fn texts(&mut self) -> &mut Vec<ByteArray> {
        if !matches!(self.values, Values::Text(_)) {
            self.values = Values::Text(Vec::new());
        }
        match &mut self.values {
            Values::Text(v) => v,
            _ => unreachable!("set just above"),
        }
    }

    fn int64s(&mut self) -> &mut Vec<i64> {
        if !matches!(self.values, Values::Int64(_)) {
            self.values = Values::Int64(Vec::new());
        }
        match &mut self.values {
            Values::Int64(v) => v,
            _ => unreachable!("set just above"),
        }
    }

    fn int32s(&mut self) -> &mut Vec<i32> {
        if !matches!(self.values, Values::Int32(_)) {
            self.values = Values::Int32(Vec::new());
        }
        match &mut self.values {
            Values::Int32(v) => v,
            _ => unreachable!("set just above"),
        }
    }

    fn text(&mut self, s: &str) {
        self.texts().push(ByteArray::from(s.as_bytes().to_vec()));
    }

    fn optional_text(&mut self, s: Option<&str>) {
        self.defs.push(i16::from(s.is_some()));
        if let Some(s) = s {
            self.text(s);
        } else {
            self.texts();
        }
    }

    fn int64(&mut self, n: usize) {
        self.int64s().push(i64::try_from(n).unwrap_or(i64::MAX));
    }

    fn boolean(&mut self, b: bool) {
        if !matches!(self.values, Values::Bool(_)) {
            self.values = Values::Bool(Vec::new());
        }
        if let Values::Bool(v) = &mut self.values {
            v.push(b);
        }
    }

    fn optional_float(&mut self, f: Option<f32>) {
        if !matches!(self.values, Values::Float(_)) {
            self.values = Values::Float(Vec::new());
        }
        self.defs.push(i16::from(f.is_some()));
        if let (Values::Float(v), Some(f)) = (&mut self.values, f) {
            v.push(f);
        }
    }

    fn optional_date(&mut self, d: Option<Date>) {
        self.defs.push(i16::from(d.is_some()));
        let v = self.int32s();
        if let Some(d) = d {
            v.push(date_value(d));
        }
    }

    fn list<'a>(&mut self, items: impl Iterator<Item = &'a str>) {
        self.texts();
        let mut any = false;
        for item in items {
            self.reps.push(i16::from(any));
            self.defs.push(1);
            self.text(item);
            any = true;
        }
        if !any {
            self.reps.push(0);
            self.defs.push(0);
        }
    }

    fn map_keys(&mut self, days: impl Iterator<Item = Date>) {
        self.int32s();
        let mut any = false;
        for d in days {
            self.reps.push(i16::from(any));
            self.defs.push(1);
            self.int32s().push(date_value(d));
            any = true;
        }
        if !any {
            self.reps.push(0);
            self.defs.push(0);
        }
    }

    fn map_values(&mut self, counts: impl Iterator<Item = usize>) {
        self.int64s();
        let mut any = false;
        for n in counts {
            self.reps.push(i16::from(any));
            self.defs.push(1);
            self.int64(n);
            any = true;
        }
        if !any {
            self.reps.push(0);
            self.defs.push(0);
        }
    }
}

/// A `DATE` value: days since 1970-01-01.
fn date_value(d: Date) -> i32 {
    i32::try_from(d.days_since_epoch()).expect("years 0 to 9999 fit")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::sample_graph;
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;

    fn rows(path: &Path) -> Vec<Vec<(String, Field)>> {
        let reader = SerializedFileReader::new(std::fs::File::open(path).unwrap()).unwrap();
        reader
            .get_row_iter(None)
            .unwrap()
            .map(|row| {
                row.unwrap()
                    .get_column_iter()
                    .map(|(n, f)| (n.clone(), f.clone()))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_tables_hold_the_graph() {
        let graph = sample_graph();
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join(FOLDER);
        Parquet.write_file(&graph, &folder).unwrap();
        let mut names: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, [EDGES, EVIDENCE, NODES]);
        let nodes = rows(&folder.join(NODES));
        assert_eq!(nodes.len(), graph.actor_count());
        let first = graph.actors().next().unwrap();
        assert_eq!(
            nodes[0][0],
            ("id".to_string(), Field::Str(first.id.clone()))
        );
        assert_eq!(nodes[0][4].1, Field::Long(first.mentions as i64));
        let edges = rows(&folder.join(EDGES));
        assert_eq!(edges.len(), graph.edge_count());
        let (s, t, r) = graph.edges().next().unwrap();
        assert_eq!(edges[0][0].1, Field::Str(s.id.clone()));
        assert_eq!(edges[0][1].1, Field::Str(t.id.clone()));
        assert_eq!(edges[0][10].1, Field::Long(r.weight as i64));
        let evidence = rows(&folder.join(EVIDENCE));
        let samples: usize = graph.edges().map(|(_, _, r)| r.evidence.len()).sum();
        assert_eq!(evidence.len(), samples);
        assert_eq!(
            evidence[0][9].1,
            Field::Null,
            "no trigger in a graph's samples"
        );
    }

    #[test]
    fn dates_are_days_since_1970() {
        assert_eq!(date_value("1970-01-01".parse().unwrap()), 0);
        assert_eq!(date_value("2014-07-22".parse().unwrap()), 16_273);
        assert_eq!(date_value("1969-12-31".parse().unwrap()), -1);
    }
}
