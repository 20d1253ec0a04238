//! The body blocks as WordprocessingML: "Căn cứ" lines, headings, paragraphs with bold
//! and italic runs, "- " lines, tables (header row shaded, bold and repeated on each
//! page; numbers right-aligned) and PNG pictures placed inline.

use std::fmt::Write as _;

use super::model::{Align, Block, DocImage, DocTable, Run};
use super::styles::id;
use super::xml::{ParaProps, RunProps, cell_open, cm_emu, cm_twips, esc, para, run, table_open};
use crate::OfficeError;

/// A picture to store in `word/media/`, with its relationship id.
#[derive(Debug, Clone)]
pub(crate) struct MediaFile {
    pub rel_id: String,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// Writes every block; pictures are collected into `media`.
pub(crate) fn write_body(
    out: &mut String,
    blocks: &[Block],
    text_width_cm: f32,
    media: &mut Vec<MediaFile>,
) -> Result<(), OfficeError> {
    for block in blocks {
        match block {
            Block::Basis(text) => para(out, &ParaProps::styled(id::BASIS), text, &RunProps::default()),
            Block::Heading { level, text } => {
                let index = usize::from(level.clamp(&1, &3) - 1);
                para(out, &ParaProps::styled(id::HEADING[index]), text, &RunProps::default());
            }
            Block::Paragraph(runs) => runs_paragraph(out, id::NORMAL, runs, None),
            Block::Bullet(runs) => runs_paragraph(out, id::BULLET, runs, Some("- ")),
            Block::Table(table) => write_table(out, table, text_width_cm),
            Block::Image(image) => write_image(out, image, text_width_cm, media)?,
        }
    }
    Ok(())
}

fn runs_paragraph(out: &mut String, style: &'static str, runs: &[Run], prefix: Option<&str>) {
    out.push_str("<w:p>");
    ParaProps::styled(style).write(out);
    let starts_with_prefix = runs.first().is_some_and(|r| {
        let t = r.text.trim_start();
        t.starts_with("- ") || t.starts_with("+ ")
    });
    if let Some(p) = prefix.filter(|_| !starts_with_prefix) {
        run(out, p, &RunProps::default());
    }
    for r in runs {
        let props = RunProps {
            bold: r.bold.then_some(true),
            italic: r.italic.then_some(true),
            ..Default::default()
        };
        run(out, &r.text, &props);
    }
    out.push_str("</w:p>");
}

fn write_table(out: &mut String, table: &DocTable, text_width_cm: f32) {
    if table.columns.is_empty() {
        return;
    }
    let total = cm_twips(text_width_cm);
    let shares: f32 = table.columns.iter().map(|c| c.width.max(0.0)).sum();
    let widths: Vec<i64> = table
        .columns
        .iter()
        .map(|c| {
            if shares > 0.0 {
                (total as f32 * c.width.max(0.0) / shares).round() as i64
            } else {
                total / table.columns.len() as i64
            }
        })
        .collect();
    table_open(out, &widths, true, id::TABLE_GRID);
    // Header row: repeated at the top of each page, never split.
    out.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    for (col, w) in table.columns.iter().zip(&widths) {
        cell_open(out, *w, Some("D9D9D9"), "center");
        para(
            out,
            &ParaProps::styled(id::TABLE_HEADER),
            &col.header,
            &RunProps::default(),
        );
        out.push_str("</w:tc>");
    }
    out.push_str("</w:tr>");
    let bold = RunProps {
        bold: Some(true),
        ..Default::default()
    };
    let normal = RunProps::default();
    let rows = table.rows.iter().map(|r| (r, false));
    for (cells, is_total) in rows.chain(table.total.iter().map(|r| (r, true))) {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (i, (col, w)) in table.columns.iter().zip(&widths).enumerate() {
            cell_open(out, *w, None, "center");
            let props = ParaProps {
                align: Some(match col.align {
                    Align::Left => "left",
                    Align::Center => "center",
                    Align::Right => "right",
                }),
                ..ParaProps::styled(id::TABLE_TEXT)
            };
            let text = cells.get(i).map(String::as_str).unwrap_or("");
            para(out, &props, text, if is_total { &bold } else { &normal });
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    // Word needs a paragraph between two tables; it also gives the table room below.
    let spacer = ParaProps {
        spacing_before_pt: Some(0.0),
        spacing_after_pt: Some(6.0),
        ..ParaProps::styled(id::RULE)
    };
    para(out, &spacer, "", &RunProps::default());
}

/// Width and height in pixels read from a PNG's IHDR chunk.
pub(crate) fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: [u8; 8] = [137, 80, 78, 71, 13, 10, 26, 10];
    if bytes.len() < 24 || bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let w = u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]);
    let h = u32::from_be_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]);
    (w > 0 && h > 0).then_some((w, h))
}

fn write_image(
    out: &mut String,
    image: &DocImage,
    text_width_cm: f32,
    media: &mut Vec<MediaFile>,
) -> Result<(), OfficeError> {
    let (px_w, px_h) = png_size(&image.png).ok_or_else(|| OfficeError::ImageNotPng(image.description.clone()))?;
    let n = media.len() + 1;
    let rel_id = format!("rIdImage{n}");
    let file_name = format!("image{n}.png");
    let width_cm = image.width_cm.clamp(1.0, text_width_cm);
    let cx = cm_emu(width_cm);
    let cy = (cx as f64 * f64::from(px_h) / f64::from(px_w)).round() as i64;
    let descr = esc(&image.description);
    out.push_str("<w:p>");
    ParaProps::styled(id::PICTURE).write(out);
    let _ = write!(
        out,
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{cx}\" cy=\"{cy}\"/>\
         <wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"{n}\" name=\"Hình {n}\" descr=\"{descr}\"/>\
         <wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
         <a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
         <pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"{n}\" name=\"{file_name}\" descr=\"{descr}\"/><pic:cNvPicPr/></pic:nvPicPr>\
         <pic:blipFill><a:blip r:embed=\"{rel_id}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
         <pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>\
         </a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    );
    if let Some(caption) = image.caption.as_deref().filter(|c| !c.trim().is_empty()) {
        para(out, &ParaProps::styled(id::CAPTION), caption, &RunProps::default());
    }
    media.push(MediaFile {
        rel_id,
        file_name,
        bytes: image.png.clone(),
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_size_reads_the_header_and_refuses_other_bytes() {
        let mut png = vec![137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13];
        png.extend_from_slice(b"IHDR");
        png.extend_from_slice(&640u32.to_be_bytes());
        png.extend_from_slice(&480u32.to_be_bytes());
        assert_eq!(png_size(&png), Some((640, 480)));
        assert_eq!(png_size(b"GIF89a"), None);
    }
}
