//! Neo4j: CSV files for `neo4j-admin database import`, and a Cypher script that loads the
//! same files with `LOAD CSV` for users without admin rights.
//!
//! Written into a folder `neo4j/`:
//!
//! ```text
//! nodes.csv          id:ID,:LABEL,label,type,aliases:string[],mentions:int,roles:string[],
//!                    types:string[],type_mentions:int[],first_date:date,last_date:date,
//!                    dates:date[],date_counts:int[]
//! relationships.csv  :START_ID,:END_ID,:TYPE,relation,symmetric:boolean,trigger,
//!                    triggers:string[],cameo,goldstein:float,weak:boolean,weight:int,
//!                    first_date:date,evidence_documents:string[],evidence_sentences:int[],
//!                    evidence_starts:int[],evidence_ends:int[],evidence_texts:string[],
//!                    last_date:date,dates:date[],date_counts:int[],evidence_dates:string[],
//!                    former:boolean,class
//! import.cypher      LOAD CSV ... MERGE ..., with the neo4j-admin command in its header
//! ```
//!
//! Every actor has the label `Actor` and one of `Person`, `Organization`, `Country`,
//! `Group`, `Location`; relationship types are `MEETS`, `BACKS`, `OPPOSES`,
//! `AFFILIATED_WITH`, from the agent to the other party. Evidence, a list of records in the
//! other formats, is five parallel arrays (item *i* of each describes sentence *i*), since
//! Neo4j properties hold no nested values. Actors whose documents disagree on the type have `types` and
//! `type_mentions` (the mentions under each), and dated actors their first and last day and
//! mentions per day. `first_date` and `last_date` of a relationship are the dates of the
//! earliest and latest dated articles stating the relation (empty when none is dated), and
//! `dates` and `date_counts` its statements per day (two parallel arrays), `cameo` and `goldstein`
//! are empty without a CAMEO code; an empty field sets no property. `former` is true for an
//! affiliation that has ended ("has quit the party"). `class` is the trigger class,
//! `event` or `stance` (a judgement, `--stance`: a user drops them with `WHERE r.class <>
//! 'stance'`); an event and a judgement of one pair are two relationships. New columns go last, so a reader
//! that goes by position keeps working.
//!
//! **Array delimiter: U+001F** (the ASCII unit separator), not neo4j-admin's default `;`:
//! evidence sentences are full of semicolons, and U+001F never occurs in news text (the
//! exporter replaces one inside a value by a space). So the import needs
//! `--array-delimiter=U+001F`, and since evidence sentences may span lines,
//! `--multiline-fields=true`:
//!
//! ```text
//! neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \
//!     --array-delimiter=U+001F --multiline-fields=true neo4j
//! ```
//!
//! Fields are quoted when they need it (RFC 4180, a quote doubled), the first line is the
//! header, rows are in graph order and lines end with `\n`.

use std::io::{self, Write};
use std::path::Path;

use super::{Body, Exporter, Kind};
use crate::domain::{Actor, ActorType, Evidence, RelationKind, TriggerClass};
use crate::error::{Error, Result};
use crate::export::json::GENERATOR;
use crate::export::write_atomic;
use crate::graph::{ActorGraph, Relation};

/// The folder the files are written to, inside the output folder.
pub const FOLDER: &str = "neo4j";
/// The actor file.
pub const NODES: &str = "nodes.csv";
/// The relation file.
pub const RELATIONSHIPS: &str = "relationships.csv";
/// The `LOAD CSV` script.
pub const SCRIPT: &str = "import.cypher";
/// Separates the items of an array field: U+001F, the unit separator.
pub const ARRAY_DELIMITER: char = '\u{1F}';

/// Header of `nodes.csv`.
pub const NODE_HEADER: [&str; 13] = [
    "id:ID",
    ":LABEL",
    "label",
    "type",
    "aliases:string[]",
    "mentions:int",
    "roles:string[]",
    "types:string[]",
    "type_mentions:int[]",
    "first_date:date",
    "last_date:date",
    "dates:date[]",
    "date_counts:int[]",
];

/// Header of `relationships.csv`.
pub const RELATIONSHIP_HEADER: [&str; 23] = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "relation",
    "symmetric:boolean",
    "trigger",
    "triggers:string[]",
    "cameo",
    "goldstein:float",
    "weak:boolean",
    "weight:int",
    "first_date:date",
    "evidence_documents:string[]",
    "evidence_sentences:int[]",
    "evidence_starts:int[]",
    "evidence_ends:int[]",
    "evidence_texts:string[]",
    "last_date:date",
    "dates:date[]",
    "date_counts:int[]",
    "evidence_dates:string[]",
    "former:boolean",
    "class",
];

/// The Neo4j label of an actor type: `Person`, `Organization`, ...
pub fn label(kind: ActorType) -> &'static str {
    match kind {
        ActorType::Person => "Person",
        ActorType::Organization => "Organization",
        ActorType::Country => "Country",
        ActorType::Group => "Group",
        ActorType::Location => "Location",
    }
}

/// The Neo4j relationship type of a relation: `MEETS`, `BACKS`, ...
pub fn relationship_type(relation: RelationKind) -> &'static str {
    match relation {
        RelationKind::Meets => "MEETS",
        RelationKind::Backs => "BACKS",
        RelationKind::Opposes => "OPPOSES",
        RelationKind::AffiliatedWith => "AFFILIATED_WITH",
    }
}

fn array<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(ARRAY_DELIMITER);
        }
        out.extend(
            item.as_ref()
                .chars()
                .map(|c| if c == ARRAY_DELIMITER { ' ' } else { c }),
        );
    }
    out
}

fn csv_writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out)
}

fn csv_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Writes `nodes.csv` to `out`.
///
/// # Errors
///
/// Only the errors of `out`.
pub fn write_nodes(graph: &ActorGraph, out: impl Write) -> io::Result<()> {
    let mut w = csv_writer(out);
    w.write_record(NODE_HEADER).map_err(csv_error)?;
    for a in graph.actors() {
        w.write_record([
            a.id.as_str(),
            &array(["Actor", label(a.kind)]),
            a.label(),
            a.kind.as_str(),
            &array(&a.aliases),
            &a.mentions.to_string(),
            &array(&a.roles),
            &array(a.types.keys().map(|k| k.as_str())),
            &array(a.types.values().map(|n| n.to_string())),
            &day(a.dates.first()),
            &day(a.dates.last()),
            &array(a.dates.iter().map(|(d, _)| d.to_string())),
            &array(a.dates.iter().map(|(_, c)| c.to_string())),
        ])
        .map_err(csv_error)?;
    }
    w.flush()
}

/// `YYYY-MM-DD`, or an empty field.
fn day(d: Option<crate::domain::Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// Writes `relationships.csv` to `out`.
///
/// # Errors
///
/// Only the errors of `out`.
pub fn write_relationships(graph: &ActorGraph, out: impl Write) -> io::Result<()> {
    let mut w = csv_writer(out);
    w.write_record(RELATIONSHIP_HEADER).map_err(csv_error)?;
    for (s, t, r) in graph.edges() {
        let numbers =
            |f: fn(&Evidence) -> usize| array(r.evidence.iter().map(|e| f(e).to_string()));
        w.write_record([
            s.id.as_str(),
            &t.id,
            relationship_type(r.relation),
            r.relation.as_str(),
            if r.symmetric { "true" } else { "false" },
            &r.trigger,
            &array(&r.triggers),
            r.cameo.as_deref().unwrap_or_default(),
            &r.goldstein.map(|g| g.to_string()).unwrap_or_default(),
            if r.weak { "true" } else { "false" },
            &r.weight.to_string(),
            &day(r.first_date()),
            &array(r.evidence.iter().map(|e| &e.document)),
            &numbers(|e| e.sentence),
            &numbers(|e| e.start),
            &numbers(|e| e.end),
            &array(r.evidence.iter().map(|e| &e.text)),
            &day(r.last_date()),
            &array(r.dates.iter().map(|(d, _)| d.to_string())),
            &array(r.dates.iter().map(|(_, c)| c.to_string())),
            &array(r.evidence.iter().map(|e| day(e.date))),
            if r.former { "true" } else { "false" },
            r.class.as_str(),
        ])
        .map_err(csv_error)?;
    }
    w.flush()
}

/// The Cypher script that loads `nodes.csv` and `relationships.csv` with `LOAD CSV`.
///
/// It creates a uniqueness constraint on `Actor.id`, then `MERGE`s every actor by id and
/// every relationship by (start, type, `symmetric`, `class`, end), so running it twice updates
/// rather than duplicates. Array fields are split on U+001F (`'\u001f'` in Cypher), empty
/// fields set no property, as with neo4j-admin.
pub fn import_cypher() -> String {
    let mut s = format!(
        "// Generated by {GENERATOR}: loads nodes.csv and relationships.csv into Neo4j.\n\
         //\n\
         // Without admin rights (any running database, Neo4j 5):\n\
         //   1. copy nodes.csv and relationships.csv into the database's import folder\n\
         //      (or change the file:/// URLs below);\n\
         //   2. cypher-shell -u neo4j -p PASSWORD -f import.cypher\n\
         // Running it again updates the same actors and relationships (MERGE).\n\
         //\n\
         // With admin rights, into a new database, the bulk importer is faster:\n\
         //   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \\\n\
         //       --array-delimiter=U+001F --multiline-fields=true neo4j\n\
         //\n\
         // Array fields are separated by U+001F (the unit separator), which news text never holds.\n\
         \n\
         CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;\n\
         \n\
         LOAD CSV WITH HEADERS FROM 'file:///{NODES}' AS row\n\
         MERGE (a:Actor {{id: row.`id:ID`}})\n\
         SET a.label = row.label,\n\
         \x20   a.type = row.type,\n\
         \x20   a.aliases = {aliases},\n\
         \x20   a.mentions = toInteger(row.`mentions:int`),\n\
         \x20   a.roles = {roles}\n",
        aliases = split_strings("aliases:string[]"),
        roles = split_strings("roles:string[]"),
    );
    for kind in [
        ActorType::Person,
        ActorType::Organization,
        ActorType::Country,
        ActorType::Group,
        ActorType::Location,
    ] {
        s.push_str(&format!(
            "FOREACH (_ IN CASE row.type WHEN '{}' THEN [1] ELSE [] END | SET a:{})\n",
            kind.as_str(),
            label(kind)
        ));
    }
    s.pop();
    s.push_str(";\n");
    // Relationship types cannot be parameters of MERGE: one statement per type.
    for relation in [
        RelationKind::Meets,
        RelationKind::Backs,
        RelationKind::Opposes,
        RelationKind::AffiliatedWith,
    ] {
        let kind = relationship_type(relation);
        s.push_str(&format!(
            "\nLOAD CSV WITH HEADERS FROM 'file:///{RELATIONSHIPS}' AS row\n\
             WITH row WHERE row.`:TYPE` = '{kind}'\n\
             MATCH (s:Actor {{id: row.`:START_ID`}}), (t:Actor {{id: row.`:END_ID`}})\n\
             MERGE (s)-[r:{kind} {{symmetric: toBoolean(row.`symmetric:boolean`), \
             class: row.class}}]->(t)\n\
             SET r.relation = row.relation,\n\
             \x20   r.trigger = row.trigger,\n\
             \x20   r.triggers = {triggers},\n\
             \x20   r.cameo = {cameo},\n\
             \x20   r.goldstein = toFloat(row.`goldstein:float`),\n\
             \x20   r.weak = toBoolean(row.`weak:boolean`),\n\
             \x20   r.weight = toInteger(row.`weight:int`),\n\
             \x20   r.first_date = {date},\n\
             \x20   r.evidence_documents = {documents},\n\
             \x20   r.evidence_sentences = {sentences},\n\
             \x20   r.evidence_starts = {starts},\n\
             \x20   r.evidence_ends = {ends},\n\
             \x20   r.evidence_texts = {texts},\n\
             \x20   r.last_date = {last},\n\
             \x20   r.dates = {days},\n\
             \x20   r.date_counts = {counts},\n\
             \x20   r.former = toBoolean(row.`former:boolean`);\n",
            triggers = split_strings("triggers:string[]"),
            cameo = "CASE WHEN coalesce(row.cameo, '') = '' THEN null ELSE row.cameo END",
            date = "CASE WHEN coalesce(row.`first_date:date`, '') = '' THEN null \
                    ELSE date(row.`first_date:date`) END",
            documents = split_strings("evidence_documents:string[]"),
            sentences = split_integers("evidence_sentences:int[]"),
            starts = split_integers("evidence_starts:int[]"),
            ends = split_integers("evidence_ends:int[]"),
            texts = split_strings("evidence_texts:string[]"),
            last = "CASE WHEN coalesce(row.`last_date:date`, '') = '' THEN null \
                    ELSE date(row.`last_date:date`) END",
            days = split_dates("dates:date[]"),
            counts = split_integers("date_counts:int[]"),
        ));
    }
    s
}

fn split_dates(column: &str) -> String {
    format!(
        "CASE WHEN coalesce(row.`{column}`, '') = '' THEN null \
         ELSE [d IN split(row.`{column}`, '\\u001f') | date(d)] END"
    )
}

fn split_strings(column: &str) -> String {
    format!(
        "CASE WHEN coalesce(row.`{column}`, '') = '' THEN null \
         ELSE split(row.`{column}`, '\\u001f') END"
    )
}

fn split_integers(column: &str) -> String {
    format!(
        "CASE WHEN coalesce(row.`{column}`, '') = '' THEN null \
         ELSE [x IN split(row.`{column}`, '\\u001f') | toInteger(x)] END"
    )
}

/// `nodes.csv` as a string.
pub fn nodes_to_string(graph: &ActorGraph) -> String {
    super::string_of(|out| write_nodes(graph, out))
}

/// `relationships.csv` as a string.
pub fn relationships_to_string(graph: &ActorGraph) -> String {
    super::string_of(|out| write_relationships(graph, out))
}

/// The exporter of the `neo4j` format ([`super::formats()`]): the folder [`FOLDER`] with
/// [`NODES`], [`RELATIONSHIPS`] and [`SCRIPT`], read back from the first two.
pub struct Neo4j;

impl Exporter for Neo4j {
    fn kind(&self) -> Kind {
        Kind::Folder
    }

    /// Three files are no one stream: always [`Error::Unsupported`].
    fn prepare<'g>(&self, _graph: &'g ActorGraph) -> Result<Body<'g>> {
        Err(Error::Unsupported {
            reason: "neo4j is a folder of three files (nodes.csv, relationships.csv, \
                     import.cypher), not one stream: write it to a folder"
                .to_string(),
        })
    }

    /// Writes the folder `folder` (created if missing) with the three files, each
    /// atomically.
    ///
    /// # Errors
    ///
    /// [`Error::CreateDir`] when the folder cannot be created, [`Error::Write`] naming the
    /// file that cannot be written.
    fn write_file(&self, graph: &ActorGraph, folder: &Path) -> Result<()> {
        std::fs::create_dir_all(folder).map_err(|source| Error::CreateDir {
            path: folder.to_path_buf(),
            source,
        })?;
        write_atomic(&folder.join(NODES), |out| write_nodes(graph, out))?;
        write_atomic(&folder.join(RELATIONSHIPS), |out| {
            write_relationships(graph, out)
        })?;
        let script = import_cypher();
        write_atomic(&folder.join(SCRIPT), |out| out.write_all(script.as_bytes()))
    }

    fn reads_back(&self) -> bool {
        true
    }

    /// Loads the graph of a folder written by [`write_file`](Exporter::write_file), as
    /// [`from_strs`].
    fn read(&self, folder: &Path) -> Result<ActorGraph> {
        let (n, r) = (folder.join(NODES), folder.join(RELATIONSHIPS));
        parse(&super::read_text(&n)?, &super::read_text(&r)?, &n, &r)
    }
}

/// Loads the actors and relations of `nodes.csv` and `relationships.csv` back into a graph
/// (the list of documents is not in these files).
///
/// # Errors
///
/// [`Error::Parse`] naming `<nodes.csv>` or `<relationships.csv>` when a file is not CSV,
/// its header is not the one written, or a value is of the wrong type.
pub fn from_strs(nodes: &str, relationships: &str) -> Result<ActorGraph> {
    parse(
        nodes,
        relationships,
        Path::new("<nodes.csv>"),
        Path::new("<relationships.csv>"),
    )
}

/// The rows of a file whose header is `header`, or `header` without its last `optional`
/// columns (files written before those columns existed: their rows are shorter).
fn records(
    text: &str,
    header: &[&str],
    optional: usize,
) -> std::result::Result<Vec<csv::StringRecord>, String> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let found = reader.headers().map_err(|e| e.to_string())?.clone();
    let known = (header.len() - optional..=header.len())
        .any(|n| found.iter().eq(header[..n].iter().copied()));
    if !known {
        return Err(format!(
            "header is {:?}, expected {:?}",
            found.iter().collect::<Vec<_>>(),
            header
        ));
    }
    reader
        .records()
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| e.to_string())
}

fn items(field: &str) -> Vec<String> {
    if field.is_empty() {
        Vec::new()
    } else {
        field.split(ARRAY_DELIMITER).map(str::to_string).collect()
    }
}

/// The error maker for a file: a reason becomes a parse error naming the file.
fn failure(path: &Path) -> impl Fn(String) -> Error + use<> {
    let path = path.to_path_buf();
    move |reason: String| Error::Parse {
        path: path.clone(),
        reason,
    }
}

fn parse(nodes: &str, relationships: &str, np: &Path, rp: &Path) -> Result<ActorGraph> {
    let mut graph = ActorGraph::new();
    for (i, row) in records(nodes, &NODE_HEADER, 0)
        .map_err(failure(np))?
        .iter()
        .enumerate()
    {
        let line = i + 2;
        let actor = parse_actor(row, line, np)?;
        if graph.actor(&actor.id).is_some() {
            return Err(failure(np)(format!(
                "line {line}: a second actor {:?}",
                actor.id
            )));
        }
        graph.add_actor(&actor);
    }
    for (i, row) in records(relationships, &RELATIONSHIP_HEADER, 1)
        .map_err(failure(rp))?
        .iter()
        .enumerate()
    {
        let line = i + 2;
        for end in [&row[0], &row[1]] {
            if graph.actor(end).is_none() {
                return Err(failure(rp)(format!("line {line}: no actor {end:?}")));
            }
        }
        let relation = parse_relation(row, line, rp)?;
        graph.add_relation(&row[0], &row[1], &relation);
    }
    Ok(graph)
}

/// The actor of a row of `nodes.csv` (line `line` of `np`).
fn parse_actor(row: &csv::StringRecord, line: usize, np: &Path) -> Result<Actor> {
    let fail = |_: &Path| failure(np);
    let kind: ActorType = serde_json::from_value(serde_json::Value::from(&row[3]))
        .map_err(|_| fail(np)(format!("line {line}: unknown actor type {:?}", &row[3])))?;
    let mut actor = Actor::new(&row[0], kind);
    actor.set_label(row[2].to_string());
    actor.aliases = items(&row[4]).into_iter().collect();
    actor.mentions = row[5]
        .parse()
        .map_err(|_| fail(np)(format!("line {line}: mentions {:?}", &row[5])))?;
    actor.roles = items(&row[6]).into_iter().collect();
    let bad = |what: &str, value: &str| fail(np)(format!("line {line}: {what} {value:?}"));
    let (types, counts) = (items(&row[7]), items(&row[8]));
    if types.len() != counts.len() {
        return Err(bad("types and type_mentions of different lengths", &row[7]));
    }
    let mut votes = std::collections::BTreeMap::new();
    for (t, n) in types.iter().zip(&counts) {
        let kind: ActorType = serde_json::from_value(serde_json::Value::from(t.as_str()))
            .map_err(|_| bad("actor type", t))?;
        votes.insert(kind, n.parse().map_err(|_| bad("number", n))?);
    }
    actor.types = votes.into();
    let (days, counts) = (items(&row[11]), items(&row[12]));
    if days.len() != counts.len() {
        return Err(bad("dates and date_counts of different lengths", &row[11]));
    }
    for (d, n) in days.iter().zip(&counts) {
        actor.dates.add(
            d.parse().map_err(|_| bad("date", d))?,
            n.parse().map_err(|_| bad("number", n))?,
        );
    }
    Ok(actor)
}

/// The relation of a row of `relationships.csv` (line `line` of `rp`).
fn parse_relation(row: &csv::StringRecord, line: usize, rp: &Path) -> Result<Relation> {
    let fail = |_: &Path| failure(rp);
    let bad = |what: &str, value: &str| fail(rp)(format!("line {line}: {what} {value:?}"));
    let relation = RelationKind::parse(&row[3]).ok_or_else(|| bad("relation", &row[3]))?;
    let boolean = |v: &str| match v {
        "true" => Ok(true),
        "false" => Ok(false),
        other => Err(bad("boolean", other)),
    };
    let numbers = |v: &str| {
        items(v)
            .iter()
            .map(|n| n.parse::<usize>().map_err(|_| bad("number", n)))
            .collect::<Result<Vec<_>>>()
    };
    let (documents, sentences, starts, ends, texts) = (
        items(&row[12]),
        numbers(&row[13])?,
        numbers(&row[14])?,
        numbers(&row[15])?,
        items(&row[16]),
    );
    let n = documents.len();
    // One undated sentence is an empty field, which splits into no item.
    let evidence_dates = match items(&row[20]) {
        d if d.is_empty() => vec![String::new(); n],
        d => d,
    };
    if [
        sentences.len(),
        starts.len(),
        ends.len(),
        texts.len(),
        evidence_dates.len(),
    ] != [n; 5]
    {
        return Err(bad("evidence arrays of different lengths", &row[13]));
    }
    let evidence = (0..n)
        .map(|k| -> Result<Evidence> {
            Ok(Evidence {
                document: documents[k].clone(),
                sentence: sentences[k],
                start: starts[k],
                end: ends[k],
                text: texts[k].clone(),
                date: match evidence_dates[k].as_str() {
                    "" => None,
                    d => Some(d.parse().map_err(|_| bad("date", d))?),
                },
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let (days, counts) = (items(&row[18]), numbers(&row[19])?);
    if days.len() != counts.len() {
        return Err(bad("dates and date_counts of different lengths", &row[18]));
    }
    let mut dates = crate::domain::Dates::new();
    for (d, c) in days.iter().zip(counts) {
        dates.add(d.parse().map_err(|_| bad("date", d))?, c);
    }
    Ok(Relation {
        relation,
        symmetric: boolean(&row[4])?,
        trigger: row[5].to_string(),
        triggers: items(&row[6]),
        cameo: Some(row[7].to_string()).filter(|c| !c.is_empty()),
        goldstein: match &row[8] {
            "" => None,
            g => Some(g.parse().map_err(|_| bad("goldstein", g))?),
        },
        weak: boolean(&row[9])?,
        former: boolean(&row[21])?,
        // A file written before the class column has only events.
        class: match row.get(22) {
            None => TriggerClass::Event,
            Some(c) => TriggerClass::parse(c).ok_or_else(|| bad("class", c))?,
        },
        weight: row[10].parse().map_err(|_| bad("weight", &row[10]))?,
        dates,
        evidence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::{assert_golden, sample_graph};

    #[test]
    fn sample_graph_gives_the_exact_files() {
        let graph = sample_graph();
        assert_golden("sample.nodes.csv", &nodes_to_string(&graph));
        assert_golden("sample.relationships.csv", &relationships_to_string(&graph));
        assert_golden("sample.import.cypher", &import_cypher());
    }

    #[test]
    fn arrays_use_the_unit_separator_and_labels_include_actor() {
        let nodes = nodes_to_string(&sample_graph());
        let kerry = nodes.lines().nth(1).unwrap();
        assert_eq!(
            kerry,
            "John Kerry,Actor\u{1F}Person,John Kerry,person,John\u{1F}Kerry,3,Secretary of State,,,,,,"
        );
        assert_eq!(array(["a\u{1F}b", "c"]), "a b\u{1F}c");
    }

    #[test]
    fn write_puts_three_files_in_a_folder() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("neo4j");
        Neo4j.write_file(&sample_graph(), &folder).unwrap();
        let mut names: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["import.cypher", "nodes.csv", "relationships.csv"]);
        let again = Neo4j.read(&folder).unwrap();
        assert_eq!(again.actor_count(), sample_graph().actor_count());
    }

    /// A relationships.csv written before the `class` column (22 columns) still loads, its
    /// relations all events; a file with a column fewer still is an error.
    #[test]
    fn files_without_the_class_column_load_as_events() {
        let graph = sample_graph();
        let rels = relationships_to_string(&graph);
        let legacy: String = rels
            .lines()
            .map(|line| {
                let mut record = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .from_reader(line.as_bytes())
                    .records()
                    .next()
                    .unwrap()
                    .unwrap();
                record.truncate(22);
                let mut w = csv::Writer::from_writer(Vec::new());
                w.write_record(&record).unwrap();
                String::from_utf8(w.into_inner().unwrap()).unwrap()
            })
            .collect();
        let again = from_strs(&nodes_to_string(&graph), &legacy).unwrap();
        // The sample's judgement joins the event of its pair: the statements all remain.
        let weight = |g: &ActorGraph| g.edges().map(|(_, _, r)| r.weight).sum::<usize>();
        assert_eq!(weight(&again), weight(&graph));
        assert!(again.edge_count() >= graph.edge_count() - 1);
        assert!(
            again
                .edges()
                .all(|(_, _, r)| r.class == TriggerClass::Event)
        );
        let shorter = legacy.replace(",former:boolean\n", "\n");
        assert_ne!(shorter, legacy);
        assert!(from_strs(&nodes_to_string(&graph), &shorter).is_err());
    }

    #[test]
    fn bad_files_are_parse_errors() {
        let e = from_strs("id,label\n", "").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("<nodes.csv>: header is [\"id\", \"label\"], expected"),
            "{e}"
        );
        let header = RELATIONSHIP_HEADER.join(",");
        let e = from_strs(
            &nodes_to_string(&sample_graph()),
            &format!(
                "{header}\nNobody,Egypt,MEETS,meets,true,t,t,,,false,1,,,,,,,,,,,false,event\n"
            ),
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "<relationships.csv>: line 2: no actor \"Nobody\""
        );
    }
}
