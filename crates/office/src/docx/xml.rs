//! WordprocessingML fragments written by hand, children always in the order the schema
//! (ECMA-376) requires, because Word rejects out-of-order properties: paragraphs with
//! their properties, runs, table cells. Also the unit conversions (points to half-points
//! and twips, centimetres to twips and EMU).

use std::fmt::Write as _;

/// Escapes text for element content and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Control characters are not allowed in XML 1.0; tabs and newlines are kept.
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' && c != '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Points to half-points (w:sz).
pub(crate) fn half_points(pt: f32) -> u32 {
    (pt * 2.0).round().max(1.0) as u32
}

/// Points to twentieths of a point (twips).
pub(crate) fn pt_twips(pt: f32) -> i64 {
    (pt * 20.0).round() as i64
}

/// Millimetres to twips.
pub(crate) fn mm_twips(mm: f32) -> i64 {
    (mm as f64 * 1440.0 / 25.4).round() as i64
}

/// Centimetres to twips.
pub(crate) fn cm_twips(cm: f32) -> i64 {
    mm_twips(cm * 10.0)
}

/// Centimetres to English Metric Units (drawings).
pub(crate) fn cm_emu(cm: f32) -> i64 {
    (cm as f64 * 360_000.0).round() as i64
}

/// Run formatting; `None` means "as the style says".
#[derive(Debug, Clone, Default)]
pub(crate) struct RunProps {
    pub bold: Option<bool>,
    pub italic: Option<bool>,
    pub size_pt: Option<f32>,
    pub underline: bool,
}

impl RunProps {
    pub fn write(&self, out: &mut String) {
        if self.bold.is_none() && self.italic.is_none() && self.size_pt.is_none() && !self.underline {
            return;
        }
        out.push_str("<w:rPr>");
        if let Some(b) = self.bold {
            out.push_str(if b {
                "<w:b/><w:bCs/>"
            } else {
                "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>"
            });
        }
        if let Some(i) = self.italic {
            out.push_str(if i {
                "<w:i/><w:iCs/>"
            } else {
                "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>"
            });
        }
        if let Some(pt) = self.size_pt {
            let hp = half_points(pt);
            let _ = write!(out, "<w:sz w:val=\"{hp}\"/><w:szCs w:val=\"{hp}\"/>");
        }
        if self.underline {
            out.push_str("<w:u w:val=\"single\"/>");
        }
        out.push_str("</w:rPr>");
    }
}

/// Writes a text run; line breaks in `text` become `w:br`.
pub(crate) fn run(out: &mut String, text: &str, props: &RunProps) {
    out.push_str("<w:r>");
    props.write(out);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:br/>");
        }
        let _ = write!(out, "<w:t xml:space=\"preserve\">{}</w:t>", esc(line));
    }
    out.push_str("</w:r>");
}

/// Paragraph formatting beyond the style; fields in schema order.
#[derive(Debug, Clone, Default)]
pub(crate) struct ParaProps {
    pub style: &'static str,
    pub keep_next: bool,
    /// A rule drawn above the (empty) paragraph.
    pub top_border: bool,
    pub spacing_before_pt: Option<f32>,
    pub spacing_after_pt: Option<f32>,
    /// Left and right indents in twips (used to shorten a rule).
    pub indent_lr: Option<(i64, i64)>,
    pub no_first_line: bool,
    pub align: Option<&'static str>,
}

impl ParaProps {
    pub fn styled(style: &'static str) -> Self {
        ParaProps {
            style,
            ..Default::default()
        }
    }

    pub fn write(&self, out: &mut String) {
        out.push_str("<w:pPr>");
        let _ = write!(out, "<w:pStyle w:val=\"{}\"/>", self.style);
        if self.keep_next {
            out.push_str("<w:keepNext/>");
        }
        if self.top_border {
            out.push_str("<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>");
        }
        if self.spacing_before_pt.is_some() || self.spacing_after_pt.is_some() {
            out.push_str("<w:spacing");
            if let Some(b) = self.spacing_before_pt {
                let _ = write!(out, " w:before=\"{}\"", pt_twips(b));
            }
            if let Some(a) = self.spacing_after_pt {
                let _ = write!(out, " w:after=\"{}\"", pt_twips(a));
            }
            out.push_str("/>");
        }
        if self.indent_lr.is_some() || self.no_first_line {
            out.push_str("<w:ind");
            if let Some((l, r)) = self.indent_lr {
                let _ = write!(out, " w:left=\"{l}\" w:right=\"{r}\"");
            }
            if self.no_first_line {
                out.push_str(" w:firstLine=\"0\"");
            }
            out.push_str("/>");
        }
        if let Some(a) = self.align {
            let _ = write!(out, "<w:jc w:val=\"{a}\"/>");
        }
        out.push_str("</w:pPr>");
    }
}

/// A paragraph of one run.
pub(crate) fn para(out: &mut String, props: &ParaProps, text: &str, run_props: &RunProps) {
    out.push_str("<w:p>");
    props.write(out);
    if !text.is_empty() {
        run(out, text, run_props);
    }
    out.push_str("</w:p>");
}

/// A short horizontal rule: an empty, tiny paragraph with a top border, indented so the
/// line is `length_twips` long and centred in a space `available_twips` wide. A paragraph
/// border (not a drawn shape) keeps the header editable as text in Word.
pub(crate) fn rule(out: &mut String, length_twips: i64, available_twips: i64) {
    let side = ((available_twips - length_twips) / 2).max(0);
    let props = ParaProps {
        style: "DuongKe",
        top_border: true,
        indent_lr: Some((side, side)),
        ..Default::default()
    };
    para(out, &props, "", &RunProps::default());
}

/// Opens a cell: width in twips, optional shading, vertical alignment ("top", "center").
pub(crate) fn cell_open(out: &mut String, width_twips: i64, shade: Option<&str>, valign: &str) {
    let _ = write!(out, "<w:tc><w:tcPr><w:tcW w:w=\"{width_twips}\" w:type=\"dxa\"/>");
    if let Some(fill) = shade {
        let _ = write!(out, "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{fill}\"/>");
    }
    let _ = write!(out, "<w:vAlign w:val=\"{valign}\"/></w:tcPr>");
}

/// Opens a table with fixed column widths (twips); `borders` draws single lines, else none.
pub(crate) fn table_open(out: &mut String, widths: &[i64], borders: bool, style: &str) {
    let total: i64 = widths.iter().sum();
    let _ = write!(
        out,
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"{style}\"/><w:tblW w:w=\"{total}\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
    );
    let line = if borders {
        "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
    } else {
        "w:val=\"nil\""
    };
    out.push_str("<w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        let _ = write!(out, "<w:{side} {line}/>");
    }
    out.push_str("</w:tblBorders><w:tblLayout w:type=\"fixed\"/>");
    if !borders {
        out.push_str(
            "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>",
        );
    }
    out.push_str("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
    for w in widths {
        let _ = write!(out, "<w:gridCol w:w=\"{w}\"/>");
    }
    out.push_str("</w:tblGrid>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        assert_eq!(half_points(13.0), 26);
        assert_eq!(mm_twips(20.0), 1134);
        assert_eq!(mm_twips(30.0), 1701);
        assert_eq!(cm_twips(1.27), 720);
        assert_eq!(cm_emu(1.0), 360_000);
        assert_eq!(esc("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }

    #[test]
    fn paragraph_properties_in_schema_order() {
        let mut s = String::new();
        let p = ParaProps {
            style: "X",
            keep_next: true,
            top_border: true,
            spacing_after_pt: Some(6.0),
            indent_lr: Some((10, 10)),
            align: Some("center"),
            ..Default::default()
        };
        p.write(&mut s);
        let order = ["pStyle", "keepNext", "pBdr", "spacing", "ind", "jc"];
        let positions: Vec<usize> = order.iter().map(|t| s.find(&format!("<w:{t}")).unwrap()).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{s}");
    }
}
