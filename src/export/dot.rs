//! Graphviz DOT, built with graphviz-rust's DOT structures and printer.
//!
//! Conventions (DESIGN.md):
//!
//! | actor type   | shape     | fill       |
//! |--------------|-----------|------------|
//! | person       | `ellipse` | light yellow |
//! | organization | `box`     | light blue |
//! | country      | `hexagon` | light green |
//! | group        | `octagon` | light purple |
//! | location     | `house`   | light grey (a place, drawn like a building) |
//!
//! | relation        | edge colour | style  |
//! |-----------------|-------------|--------|
//! | meets           | blue        | solid  |
//! | backs           | green       | solid  |
//! | opposes         | red         | solid  |
//! | affiliated_with | grey        | dashed |
//! | former member of (an affiliation that has ended) | light grey | dashed |
//! | a judgement (trigger class `stance`) | the relation's | dashed |
//!
//! Graphs of more than [`HIERARCHICAL_MAX_ACTORS`] actors or [`HIERARCHICAL_MAX_EDGES`] edges
//! set `layout=sfdp` (force-directed), which scales where `dot`'s hierarchical layout does not.
//!
//! The graph's label is a legend: a table of the actor types and relations the graph has,
//! each in its shape, fill or colour.
//!
//! A former affiliation ("has quit the party") is labelled "former member of" and the
//! other party's name, in light grey. A judgement (trigger class `stance`: "X said Y's plan
//! was reckless") is dashed in its relation's colour, so it never passes for an event; a
//! weak (hedged) edge is dotted. A symmetric edge has `dir=none` (no arrowhead). Pen width
//! grows with the logarithm of the weight (1 for one statement, about 3.3 for ten). The edge
//! label is the trigger, cut to a few words, with `×N` when N statements merged; the edge
//! tooltip (hover in SVG) is the evidence sentence; the node tooltip lists the type, aliases,
//! roles and mentions. Edges also carry `relation` and nodes `type`, attributes Graphviz
//! ignores but DOT readers (NetworkX `read_dot`, Gephi) keep; every edge has `class`, its
//! trigger class (`event` or `stance`), which Graphviz also puts on the edge's element of
//! an SVG picture (`<g class="edge stance">`, for a style sheet or a script).
//!
//! graphviz-rust prints ids as given, so every id and text value is quoted here: `\` and `"`
//! are escaped, line breaks become `\n`, and in labels `&` becomes `&amp;` because Graphviz
//! reads HTML entities in labels. Names with quotes, backslashes, line breaks and non-ASCII
//! letters render as written. Parallel edges are kept (the graph is not `strict`). Nodes and
//! edges are printed in graph order, so the output is deterministic.

use std::fmt::Write as _;
use std::io::{self, Write};

use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use super::Text;
use crate::domain::{Actor, ActorType, RelationKind, TriggerClass};
use crate::graph::{ActorGraph, Relation};

/// Longest edge label, in characters, before it is cut with `…`: room for a role or an
/// affiliation in words ("member of the British government").
const LABEL_CHARS: usize = 36;
/// Longest evidence sentence in a tooltip, in characters.
const TOOLTIP_CHARS: usize = 400;
/// Evidence sentences shown in one edge tooltip.
const TOOLTIP_SENTENCES: usize = 3;
/// Fonts that every Graphviz install can resolve to something readable.
const FONT: &str = "Helvetica,Arial,sans-serif";

/// Largest graph laid out by `dot` (hierarchical, readable, but slow on big graphs: a random
/// graph of 150 nodes and 300 labelled edges takes seconds, of 300 and 600 over two minutes).
/// Larger graphs ask for `sfdp` (force-directed; 5,000 nodes in about 20 s) in the DOT
/// itself, so whoever renders graph.dot gets the same layout.
pub const HIERARCHICAL_MAX_ACTORS: usize = 100;
/// See [`HIERARCHICAL_MAX_ACTORS`].
pub const HIERARCHICAL_MAX_EDGES: usize = 200;

fn is_large(graph: &ActorGraph) -> bool {
    graph.actor_count() > HIERARCHICAL_MAX_ACTORS || graph.edge_count() > HIERARCHICAL_MAX_EDGES
}

/// The `dot` format of [`super::formats()`]: [`write()`]. DOT is not read back: it holds
/// the drawing, not the evidence.
pub static DOT: Text = Text::new(|graph, out| write(graph, out), None);

/// The name of the DOT graph.
const GRAPH_ID: &str = "actorgraph";

/// What graphviz-rust prints before the first statement of a digraph named [`GRAPH_ID`].
const HEAD: &str = "digraph actorgraph {\n";

/// What it prints after the last statement.
const TAIL: &str = "\n}";

/// The DOT source of `graph`, ending with a newline.
pub fn to_string(graph: &ActorGraph) -> String {
    super::string_of(|out| write(graph, out))
}

/// Writes the DOT source of `graph`, ending with a newline, to `out`: one statement at a
/// time, so that a large graph is never held twice in memory (as graphviz-rust's
/// structure and as its printed text). The text is the printer's for the whole graph,
/// byte for byte: each statement printed as the one statement of a graph, its line taken
/// from between `HEAD` and `TAIL`, the lines joined by line breaks.
///
/// # Errors
///
/// Only the errors of `out`.
pub fn write(graph: &ActorGraph, out: impl Write) -> io::Result<()> {
    let mut out = io::BufWriter::new(out);
    out.write_all(HEAD.as_bytes())?;
    let nodes = graph.actors().map(|a| Stmt::Node(node(a)));
    let edges = graph.edges().map(|(s, t, r)| Stmt::Edge(edge(s, t, r)));
    for (i, stmt) in settings(graph)
        .into_iter()
        .chain(nodes)
        .chain(edges)
        .enumerate()
    {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        let one = Graph::DiGraph {
            id: Id::Plain(GRAPH_ID.to_string()),
            strict: false,
            stmts: vec![stmt],
        };
        let text = one.print(&mut PrinterContext::default());
        let line = text
            .strip_prefix(HEAD)
            .and_then(|t| t.strip_suffix(TAIL))
            .expect("graphviz-rust prints a digraph's statements between its braces");
        out.write_all(line.as_bytes())?;
    }
    out.write_all(TAIL.as_bytes())?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The statements before the actors: the attributes of the graph (font, layout, legend),
/// of every node and of every edge.
fn settings(graph: &ActorGraph) -> Vec<Stmt> {
    let mut graph_attributes = vec![text("fontname", FONT)];
    if graph.actor_count() == 0 {
        // An empty picture looks like a failure; say what happened instead.
        graph_attributes.push(text("label", "no actors found"));
    }
    if is_large(graph) {
        graph_attributes.push(plain("layout", "sfdp"));
        graph_attributes.push(plain("overlap", "false"));
    }
    if let Some(legend) = legend(graph) {
        graph_attributes.push(Attribute(Id::Plain("label".into()), Id::Html(legend)));
        graph_attributes.push(plain("labelloc", "b"));
        graph_attributes.push(plain("labeljust", "l"));
    }
    vec![
        Stmt::GAttribute(GraphAttributes::Graph(graph_attributes)),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            text("fontname", FONT),
            plain("style", "filled"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            text("fontname", FONT),
            plain("fontsize", "10"),
        ])),
    ]
}

/// The shape and fill of an actor type.
fn look(kind: ActorType) -> (&'static str, &'static str) {
    match kind {
        ActorType::Person => ("ellipse", "#fff2cc"),
        ActorType::Organization => ("box", "#dae8fc"),
        ActorType::Country => ("hexagon", "#d5e8d4"),
        ActorType::Group => ("octagon", "#e1d5e7"),
        ActorType::Location => ("house", "#eeeeee"),
    }
}

/// The colour of a former affiliation: the affiliation's grey, fainter.
const FORMER_COLOUR: &str = "grey75";

/// How a former affiliation is named, in the label, the tooltip and the legend.
const FORMER_WORDS: &str = "former member of";

/// The line style of a judgement (trigger class `stance`), in the legend as on the edge.
const STANCE_STYLE: &str = "dashed";

/// The colour and line style of a relation.
fn stroke(relation: RelationKind) -> (&'static str, &'static str) {
    match relation {
        RelationKind::Meets => ("blue", "solid"),
        RelationKind::Backs => ("darkgreen", "solid"),
        RelationKind::Opposes => ("red", "solid"),
        RelationKind::AffiliatedWith => ("grey50", "dashed"),
    }
}

/// The legend, an HTML-like table in the graph's label: the actor types and relations the
/// graph has, drawn as their nodes and edges are. A label rather than a cluster of sample
/// nodes: it adds no node that DOT readers would take for an actor, and `sfdp` (the layout
/// of large graphs) draws no clusters.
fn legend(graph: &ActorGraph) -> Option<String> {
    const TYPES: [ActorType; 5] = [
        ActorType::Person,
        ActorType::Organization,
        ActorType::Country,
        ActorType::Group,
        ActorType::Location,
    ];
    const RELATIONS: [RelationKind; 4] = [
        RelationKind::Meets,
        RelationKind::Backs,
        RelationKind::Opposes,
        RelationKind::AffiliatedWith,
    ];
    let types: Vec<ActorType> = TYPES
        .into_iter()
        .filter(|&k| graph.actors().any(|a| a.kind == k))
        .collect();
    if types.is_empty() {
        return None;
    }
    let mut cells = String::new();
    for kind in types {
        let (shape, fill) = look(kind);
        let _ = write!(cells, "<TD BGCOLOR=\"{fill}\">{kind} ({shape})</TD>");
    }
    let mut edges = String::new();
    for relation in RELATIONS {
        if !graph.edges().any(|(_, _, r)| r.relation == relation) {
            continue;
        }
        let (colour, style) = stroke(relation);
        let line = if style == "dashed" {
            "- - -&gt;"
        } else {
            "&#8212;&#8212;&gt;"
        };
        let name = relation.as_str().replace('_', " ");
        let _ = write!(
            edges,
            "<TD><FONT COLOR=\"{colour}\">{line} {name}</FONT></TD>"
        );
    }
    if graph.edges().any(|(_, _, r)| r.former) {
        let _ = write!(
            edges,
            "<TD><FONT COLOR=\"{FORMER_COLOUR}\">- - -&gt; {FORMER_WORDS}</FONT></TD>"
        );
    }
    if graph
        .edges()
        .any(|(_, _, r)| r.class == TriggerClass::Stance)
    {
        edges.push_str("<TD>- - -&gt; judgement (stance, dashed)</TD>");
    }
    if graph.edges().any(|(_, _, r)| r.weak) {
        edges.push_str("<TD>&#183;&#183;&#183;&#183;&gt; hedged (dotted)</TD>");
    }
    let mut table =
        String::from("<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"3\" CELLPADDING=\"3\">");
    let _ = write!(table, "<TR><TD BORDER=\"0\"><B>actors</B></TD>{cells}</TR>");
    if !edges.is_empty() {
        let _ = write!(
            table,
            "<TR><TD BORDER=\"0\"><B>relations</B></TD>{edges}</TR>"
        );
    }
    table.push_str("</TABLE>>");
    Some(table)
}

fn node(actor: &Actor) -> Node {
    let (shape, fill) = look(actor.kind);
    Node::new(
        node_id(&actor.id),
        vec![
            text("label", actor.label()),
            plain("shape", shape),
            text("fillcolor", fill),
            text("tooltip", &node_tooltip(actor)),
            plain("type", actor.kind.as_str()),
        ],
    )
}

fn node_tooltip(actor: &Actor) -> String {
    let mut tip = format!("{} ({})", actor.label(), actor.kind);
    let list = |set: &crate::Names| {
        set.iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !actor.aliases.is_empty() {
        let _ = write!(tip, "\naliases: {}", list(&actor.aliases));
    }
    if !actor.roles.is_empty() {
        let _ = write!(tip, "\nroles: {}", list(&actor.roles));
    }
    let _ = write!(tip, "\nmentions: {}", actor.mentions);
    tip
}

fn edge(source: &Actor, target: &Actor, relation: &Relation) -> Edge {
    let (colour, style) = stroke(relation.relation);
    let colour = if relation.former {
        FORMER_COLOUR
    } else {
        colour
    };
    let style = if relation.weak {
        "dotted"
    } else if relation.class == TriggerClass::Stance {
        STANCE_STYLE
    } else {
        style
    };
    let mut label = if relation.former {
        shorten(&format!("{FORMER_WORDS} {}", target.label()), LABEL_CHARS)
    } else {
        shorten(&relation.trigger, LABEL_CHARS)
    };
    if relation.weight > 1 {
        let _ = write!(label, " \u{00D7}{}", relation.weight);
    }
    let mut attributes = vec![
        text("label", &label),
        plain("color", colour),
        plain("fontcolor", colour),
        plain("style", style),
        plain("penwidth", &pen_width(relation.weight)),
        text("tooltip", &edge_tooltip(source, target, relation)),
        plain("relation", relation.relation.as_str()),
        plain("weight", &relation.weight.to_string()),
        plain("class", relation.class.as_str()),
    ];
    if relation.symmetric {
        attributes.push(plain("dir", "none"));
    }
    Edge {
        ty: EdgeTy::Pair(
            Vertex::N(node_id(&source.id)),
            Vertex::N(node_id(&target.id)),
        ),
        attributes,
    }
}

fn edge_tooltip(source: &Actor, target: &Actor, relation: &Relation) -> String {
    let words = if relation.former {
        FORMER_WORDS.to_string()
    } else {
        relation.relation.as_str().replace('_', " ")
    };
    let mut tip = format!(
        "{} {} {} ({})",
        source.label(),
        words,
        target.label(),
        relation.triggers.join(", ")
    );
    if relation.class == TriggerClass::Stance {
        tip.push_str(", a judgement");
    }
    for e in relation.evidence.iter().take(TOOLTIP_SENTENCES) {
        let sentence = e.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let _ = write!(
            tip,
            "\n\n{} [{}#{}]",
            shorten(&sentence, TOOLTIP_CHARS),
            e.document,
            e.sentence
        );
    }
    if relation.evidence.len() > TOOLTIP_SENTENCES {
        let _ = write!(
            tip,
            "\n\n(+{} more)",
            relation.evidence.len() - TOOLTIP_SENTENCES
        );
    }
    tip
}

/// 1 for one statement, growing slowly so a heavy edge does not hide the others.
fn pen_width(weight: usize) -> String {
    let width = 1.0 + (weight.max(1) as f64).ln();
    let text = format!("{width:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `text` cut to at most `max` characters, with `…` when cut.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_string(),
        Some(_) => {
            let head: String = text.chars().take(max - 1).collect();
            format!("{}\u{2026}", head.trim_end())
        }
    }
}

fn node_id(name: &str) -> NodeId {
    NodeId(Id::Escaped(quote_id(name)), None)
}

/// A keyword or number attribute value we choose ourselves: printed as is.
fn plain(name: &str, value: &str) -> Attribute {
    Attribute(Id::Plain(name.to_string()), Id::Plain(value.to_string()))
}

/// A text attribute value (label, tooltip, font list): quoted as a Graphviz escString.
fn text(name: &str, value: &str) -> Attribute {
    Attribute(Id::Plain(name.to_string()), Id::Escaped(quote_label(value)))
}

/// A DOT quoted string for a node name. Node names are not escStrings: Graphviz keeps the
/// text between the quotes as the name, so the escaping only has to be unambiguous and to
/// keep the quotes balanced. Backslashes are doubled (a name ending in `\` would otherwise
/// escape the closing quote), quotes escaped, line breaks written `\n` / `\r`, and other
/// control characters `\xNN` (SVG cannot carry them).
pub fn quote_id(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 2);
    out.push('"');
    for c in name.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push('\t'),
            c if c.is_control() => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A DOT quoted string for a label or tooltip (a Graphviz escString): it shows `text` as
/// written. `\` is doubled so `\N`, `\G`, `\l` stay literal; `"` is escaped; each line break
/// (LF, CRLF or CR) becomes `\n`, a centred line; `&` becomes `&amp;` so an entity-like name
/// (`&lt;`) is not decoded; other control characters become spaces.
pub fn quote_label(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '&' => out.push_str("&amp;"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_graph() {
        let dot = to_string(&ActorGraph::new());
        assert!(
            dot.starts_with(
                "digraph actorgraph {\n  graph[fontname=\"Helvetica,Arial,sans-serif\" \
                 label=\"no actors found\"]\n"
            ),
            "{dot}"
        );
        assert!(dot.ends_with("\n}\n"));
        assert!(!dot.contains("->"));
    }

    #[test]
    fn large_graphs_ask_for_a_layout_that_scales() {
        let mut graph = ActorGraph::new();
        for i in 0..=HIERARCHICAL_MAX_ACTORS {
            let before = to_string(&graph);
            assert!(!before.contains("layout=sfdp"), "{i} actors");
            graph.add_actor(&Actor::new(format!("actor {i}"), ActorType::Person));
        }
        let dot = to_string(&graph);
        assert!(
            dot.contains(
                "  graph[fontname=\"Helvetica,Arial,sans-serif\" layout=sfdp overlap=false "
            ),
            "{dot}"
        );
    }

    #[test]
    fn quoting_table() {
        // (name, as node id, as label)
        let rows = [
            ("Hamas", r#""Hamas""#, r#""Hamas""#),
            ("Erdo\u{011F}an", "\"Erdo\u{011F}an\"", "\"Erdo\u{011F}an\""),
            (r#"O"Brien"#, r#""O\"Brien""#, r#""O\"Brien""#),
            (r"C:\path", r#""C:\\path""#, r#""C:\\path""#),
            (r"trailing\", r#""trailing\\""#, r#""trailing\\""#),
            (r#"\""#, r#""\\\"""#, r#""\\\"""#),
            (r"\N", r#""\\N""#, r#""\\N""#),
            ("two\nlines", r#""two\nlines""#, r#""two\nlines""#),
            ("crlf\r\nend", r#""crlf\r\nend""#, r#""crlf\nend""#),
            ("AT&T <x>", r#""AT&T <x>""#, r#""AT&amp;T <x>""#),
            ("bell\u{7}", r#""bell\x07""#, r#""bell ""#),
            ("", r#""""#, r#""""#),
        ];
        for (name, id, label) in rows {
            assert_eq!(quote_id(name), id, "id of {name:?}");
            assert_eq!(quote_label(name), label, "label of {name:?}");
        }
    }

    #[test]
    fn distinct_names_give_distinct_ids() {
        let names = ["a\\nb", "a\nb", "a\\\"b", "a\"b", "a\\x07", "a\u{7}"];
        let ids: std::collections::HashSet<_> = names.iter().map(|n| quote_id(n)).collect();
        assert_eq!(ids.len(), names.len());
    }

    #[test]
    fn pen_width_grows_slowly() {
        let rows = [(0, "1"), (1, "1"), (2, "1.69"), (10, "3.3"), (100, "5.61")];
        for (weight, width) in rows {
            assert_eq!(pen_width(weight), width, "weight {weight}");
        }
    }

    #[test]
    fn shorten_cuts_on_characters() {
        assert_eq!(shorten("held talks", 28), "held talks");
        assert_eq!(shorten("ğğğğ", 4), "ğğğğ");
        assert_eq!(shorten("ğğğğğ", 4), "ğğğ\u{2026}");
        assert_eq!(shorten("ab cd", 4), "ab\u{2026}");
    }
}
