//! What GraphML and GEXF share: XML through quick-xml, written and read back.
//!
//! Writing: [`writer`] indents with two spaces; attribute values are escaped by quick-xml
//! (`<`, `>`, `&`, quotes, and `\t`, `\n`, `\r` as character references, so line breaks
//! survive attribute-value normalization); element text through [`text`] escapes `<`, `>`,
//! `&` and `\r` (a raw `\r` would be read back as `\n`). XML 1.0 cannot hold the other
//! control characters (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F) nor U+FFFE and U+FFFF,
//! not even as character references: [`clean`] replaces them with U+FFFD. News text never
//! holds them; that replacement is the only thing these formats do not round-trip.
//!
//! Reading: [`parse`] builds a small element tree ([`Element`]) with namespaces dropped from
//! names, attribute values normalized and text unescaped as an XML parser must.

use std::borrow::Cow;
use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::reader::Reader;
use quick_xml::writer::ElementWriter;

use crate::{Actor, ActorGraph, ActorType};

/// An XML writer that indents with two spaces, after the `<?xml ...?>` declaration.
pub(crate) fn writer<W: Write>(out: W) -> std::io::Result<Writer<W>> {
    let mut writer = Writer::new_with_indent(out, b' ', 2);
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    Ok(writer)
}

/// True for the characters XML 1.0 can hold.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        || c > '\u{FFFF}'
}

/// `s` with the characters XML 1.0 cannot hold replaced by U+FFFD.
pub(crate) fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().all(allowed) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(
            s.chars()
                .map(|c| if allowed(c) { c } else { '\u{FFFD}' })
                .collect(),
        )
    }
}

/// Element text, cleaned and escaped.
pub(crate) fn text(s: &str) -> BytesText<'static> {
    let mut escaped = String::with_capacity(s.len());
    for c in clean(s).chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '\r' => escaped.push_str("&#13;"),
            c => escaped.push(c),
        }
    }
    BytesText::from_escaped(escaped)
}

/// One element of a parsed document.
#[derive(Debug, Default)]
pub(crate) struct Element {
    /// Local name, without namespace prefix.
    pub name: String,
    /// Attributes in document order (local names), values unescaped and normalized.
    pub attributes: Vec<(String, String)>,
    /// Child elements in document order.
    pub children: Vec<Element>,
    /// The text directly inside, unescaped (CDATA included).
    pub text: String,
}

impl Element {
    /// The value of attribute `name`.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first child named `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// The children named `name`.
    pub fn children<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The `id` attribute of a node.
    pub fn node_id(&self) -> Result<&str, String> {
        self.attribute("id")
            .ok_or_else(|| "a node has no id".to_string())
    }

    /// The actor ids of the `source` and `target` attributes of an edge (`what`, for
    /// errors), each an actor of `graph`.
    pub fn edge_ends(&self, graph: &ActorGraph, what: &str) -> Result<(&str, &str), String> {
        let end = |name| {
            let id = self
                .attribute(name)
                .ok_or_else(|| format!("{what} has no {name}"))?;
            match graph.actor(id) {
                Some(_) => Ok(id),
                None => Err(format!("{what} names {id:?}, which is not a node")),
            }
        };
        Ok((end("source")?, end("target")?))
    }
}

/// The root element `name` of a document, in `namespace`, with the location of its schema.
pub(crate) fn root<'a, W: Write>(
    w: &'a mut Writer<W>,
    name: &'a str,
    namespace: &'a str,
    schema: &'a str,
) -> ElementWriter<'a, W> {
    w.create_element(name).with_attributes([
        ("xmlns", namespace),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ("xsi:schemaLocation", schema),
    ])
}

/// A new actor `id` of the type named `kind`, read from the node `what`: an error when the
/// type is unknown or `graph` has an actor of that id already.
pub(crate) fn new_actor(
    graph: &ActorGraph,
    id: &str,
    kind: &str,
    what: &str,
) -> Result<Actor, String> {
    let kind: ActorType = serde_json::from_value(serde_json::Value::from(kind))
        .map_err(|_| format!("{what}: unknown actor type {kind:?}"))?;
    if graph.actor(id).is_some() {
        return Err(format!("two nodes have the id {id:?}"));
    }
    Ok(Actor::new(id, kind))
}

fn local(name: &[u8]) -> String {
    let name = String::from_utf8_lossy(name);
    match name.rsplit_once(':') {
        Some((_, local)) => local.to_string(),
        None => name.into_owned(),
    }
}

/// Parses a whole XML document into its root element.
///
/// # Errors
///
/// A message with the byte position when the text is not well-formed XML.
pub(crate) fn parse(xml: &str) -> Result<Element, String> {
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<Element> = vec![Element::default()];
    let at = |reader: &Reader<&[u8]>| reader.buffer_position();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("not well-formed XML at byte {}: {e}", at(&reader)))?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(start) | Event::Empty(start) => {
                let mut element = Element {
                    name: local(start.name().as_ref().as_bytes()),
                    ..Element::default()
                };
                for attribute in start.attributes() {
                    let attribute = attribute
                        .map_err(|e| format!("bad attribute at byte {}: {e}", at(&reader)))?;
                    let value = attribute
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map_err(|e| format!("bad attribute at byte {}: {e}", at(&reader)))?;
                    element
                        .attributes
                        .push((local(attribute.key.as_ref().as_bytes()), value.into_owned()));
                }
                // An empty element is closed at once; a start waits for its end.
                if empty {
                    let parent = stack.last_mut().expect("the document element is there");
                    parent.children.push(element);
                } else {
                    stack.push(element);
                }
            }
            Event::End(_) => {
                let element = stack.pop().expect("quick-xml checks end tags");
                let parent = stack
                    .last_mut()
                    .ok_or_else(|| format!("unmatched end tag at byte {}", at(&reader)))?;
                parent.children.push(element);
            }
            Event::Text(t) => {
                let top = stack.last_mut().expect("the document element is there");
                top.text.push_str(&t.xml10_content());
            }
            Event::CData(t) => {
                let top = stack.last_mut().expect("the document element is there");
                top.text.push_str(&t.into_inner());
            }
            Event::GeneralRef(r) => {
                let top = stack.last_mut().expect("the document element is there");
                if r.is_char_ref() {
                    let c = r
                        .resolve_char_ref()
                        .map_err(|e| format!("bad character reference: {e}"))?
                        .ok_or_else(|| "bad character reference".to_string())?;
                    top.text.push(c);
                } else {
                    let name = r.xml10_content();
                    let c = match name.as_ref() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => return Err(format!("unknown entity &{other};")),
                    };
                    top.text.push(c);
                }
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
        }
    }
    let mut document = stack.pop().expect("the document element is there");
    if !stack.is_empty() {
        return Err("the document ends inside an element".to_string());
    }
    match document.children.len() {
        1 => Ok(document.children.remove(0)),
        0 => Err("no XML element in the document".to_string()),
        _ => Err("more than one root element".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_round_trip() {
        let value = "a & b <c> \"d\" 'e'\r\n\tf\u{1}g \u{011F}";
        let mut out = Vec::new();
        let mut w = writer(&mut out).unwrap();
        w.create_element("r")
            .with_attribute(("v", clean(value).as_ref()))
            .write_text_content(text(value))
            .unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(!xml.contains('\u{1}'), "{xml}");
        let root = parse(&xml).unwrap();
        let expected = value.replace('\u{1}', "\u{FFFD}");
        assert_eq!(root.attribute("v"), Some(expected.as_str()));
        assert_eq!(root.text, expected);
    }

    #[test]
    fn bad_xml_is_an_error() {
        assert!(parse("<a><b></a>").is_err());
        assert!(parse("").is_err());
        assert!(parse("<a>&nope;</a>").is_err());
    }
}
