//! Helpers for the layout tests: unzip a .docx part and read paragraphs, styles and
//! their formatting out of the WordprocessingML.

#![allow(dead_code)]

use std::io::{Cursor, Read};

use resvg::usvg::roxmltree::{Document, Node};

pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The text of one part of a ZIP package.
pub fn part(zip_bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip_bytes)).expect("a zip");
    let mut file = archive.by_name(name).unwrap_or_else(|_| panic!("no part {name}"));
    let mut s = String::new();
    file.read_to_string(&mut s).expect("utf-8 part");
    s
}

pub fn part_bytes(zip_bytes: &[u8], name: &str) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip_bytes)).expect("a zip");
    let mut file = archive.by_name(name).unwrap_or_else(|_| panic!("no part {name}"));
    let mut v = Vec::new();
    file.read_to_end(&mut v).expect("bytes");
    v
}

pub fn attr<'a>(node: Node<'a, 'a>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

pub fn child<'a>(node: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    node.children()
        .find(|c| c.tag_name().name() == name && c.tag_name().namespace() == Some(W))
}

pub fn descendants<'a>(node: Node<'a, 'a>, name: &'a str) -> impl Iterator<Item = Node<'a, 'a>> + 'a {
    node.descendants()
        .filter(move |c| c.tag_name().name() == name && c.tag_name().namespace() == Some(W))
}

/// The text of a paragraph (all its w:t).
pub fn text_of(p: Node) -> String {
    descendants(p, "t").filter_map(|t| t.text()).collect()
}

/// How a paragraph looks once its style and run properties are applied.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Look {
    pub style: String,
    pub bold: bool,
    pub italic: bool,
    pub underline: bool,
    pub half_points: Option<u32>,
    pub align: Option<String>,
    pub top_border: bool,
}

/// Formatting of a style, following basedOn.
pub fn style_look(styles: &Document, id: &str) -> Look {
    let Some(style) = descendants(styles.root(), "style").find(|s| attr(*s, "styleId") == Some(id)) else {
        return Look::default();
    };
    let mut look = child(style, "basedOn")
        .and_then(|b| attr(b, "val"))
        .map(|parent| style_look(styles, parent))
        .unwrap_or_default();
    look.style = id.to_string();
    if let Some(rpr) = child(style, "rPr") {
        apply_rpr(&mut look, rpr);
    }
    if let Some(jc) = child(style, "pPr").and_then(|ppr| child(ppr, "jc")) {
        look.align = attr(jc, "val").map(str::to_string);
    }
    look
}

fn apply_rpr(look: &mut Look, rpr: Node) {
    let on = |n: Option<Node>| n.map(|n| !matches!(attr(n, "val"), Some("0") | Some("false")));
    if let Some(b) = on(child(rpr, "b")) {
        look.bold = b;
    }
    if let Some(i) = on(child(rpr, "i")) {
        look.italic = i;
    }
    if let Some(u) = child(rpr, "u") {
        look.underline = attr(u, "val") != Some("none");
    }
    if let Some(sz) = child(rpr, "sz").and_then(|s| attr(s, "val")) {
        look.half_points = sz.parse().ok();
    }
}

/// How the first run of paragraph `p` looks.
pub fn paragraph_look(styles: &Document, p: Node) -> Look {
    let ppr = child(p, "pPr");
    let style = ppr
        .and_then(|ppr| child(ppr, "pStyle"))
        .and_then(|s| attr(s, "val"))
        .unwrap_or("Normal");
    let mut look = style_look(styles, style);
    if let Some(ppr) = ppr {
        if let Some(jc) = child(ppr, "jc") {
            look.align = attr(jc, "val").map(str::to_string);
        }
        look.top_border = child(ppr, "pBdr").and_then(|b| child(b, "top")).is_some();
    }
    if let Some(rpr) = child(p, "r").and_then(|r| child(r, "rPr")) {
        apply_rpr(&mut look, rpr);
    }
    look
}

/// All body paragraphs (also those inside tables), in order.
pub fn paragraphs<'a>(doc: &'a Document<'a>) -> Vec<Node<'a, 'a>> {
    descendants(doc.root(), "p").collect()
}

/// The first paragraph whose text is exactly `text`.
pub fn find<'a>(doc: &'a Document<'a>, text: &str) -> Node<'a, 'a> {
    paragraphs(doc)
        .into_iter()
        .find(|p| text_of(*p) == text)
        .unwrap_or_else(|| panic!("no paragraph {text:?}"))
}

/// The paragraph right after `p` in its container.
pub fn next_paragraph<'a>(p: Node<'a, 'a>) -> Option<Node<'a, 'a>> {
    p.next_siblings().skip(1).find(|n| n.tag_name().name() == "p")
}
