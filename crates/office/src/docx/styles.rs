//! `word/styles.xml`: named paragraph styles so the office can restyle the document in
//! Word (Home → Styles) instead of fighting direct formatting. Style ids are ASCII and
//! stable (tests and macros can rely on them); names are Vietnamese, as the office sees
//! them. Headings keep Word's built-in names ("heading 1"…) so the navigation pane and a
//! table of contents work.

use std::fmt::Write as _;

use super::layout::{LayoutKind, LayoutSettings};
use super::xml::{cm_twips, esc, half_points, pt_twips};

/// Style ids used by the writer.
pub(crate) mod id {
    pub const NORMAL: &str = "Normal";
    pub const SUPERIOR: &str = "CoQuanChuQuan";
    pub const ISSUER: &str = "CoQuanBanHanh";
    pub const NUMBER: &str = "SoKyHieu";
    pub const ASTERISK: &str = "DauSao";
    pub const NATIONAL: &str = "QuocHieu";
    pub const MOTTO: &str = "TieuNgu";
    pub const PLACE_DATE: &str = "DiaDanhNgayThang";
    pub const RULE: &str = "DuongKe";
    pub const TYPE_NAME: &str = "TenLoaiVanBan";
    pub const SUMMARY: &str = "TrichYeu";
    pub const BASIS: &str = "CanCu";
    pub const HEADING: [&str; 3] = ["Heading1", "Heading2", "Heading3"];
    pub const BULLET: &str = "GachDauDong";
    pub const TABLE_HEADER: &str = "BangTieuDe";
    pub const TABLE_TEXT: &str = "BangNoiDung";
    pub const PICTURE: &str = "Hinh";
    pub const CAPTION: &str = "ChuThichHinh";
    pub const AUTHORITY: &str = "QuyenHanChucVu";
    pub const SIGNER: &str = "HoTenNguoiKy";
    pub const RECIPIENTS_LABEL: &str = "NoiNhan";
    pub const RECIPIENTS: &str = "DanhSachNoiNhan";
    pub const HEADER: &str = "Header";
    pub const TABLE_GRID: &str = "BangCoKhung";
    pub const TABLE_PLAIN: &str = "BangKhongKhung";
}

/// One paragraph style, described by what differs from its parent.
struct ParaStyle {
    id: &'static str,
    name: String,
    based_on: Option<&'static str>,
    size_pt: Option<f32>,
    bold: bool,
    italic: bool,
    /// Centred, no indent, no space: the header and signature blocks.
    block: bool,
    align: Option<&'static str>,
    keep_next: bool,
    outline: Option<u8>,
    space_before_pt: Option<f32>,
    space_after_pt: Option<f32>,
}

impl ParaStyle {
    fn new(id: &'static str, name: &str, based_on: &'static str) -> Self {
        ParaStyle {
            id,
            name: name.to_string(),
            based_on: Some(based_on),
            size_pt: None,
            bold: false,
            italic: false,
            block: false,
            align: None,
            keep_next: false,
            outline: None,
            space_before_pt: None,
            space_after_pt: None,
        }
    }
    fn size(mut self, pt: f32) -> Self {
        self.size_pt = Some(pt);
        self
    }
    fn bold(mut self) -> Self {
        self.bold = true;
        self
    }
    fn italic(mut self) -> Self {
        self.italic = true;
        self
    }
    fn block(mut self) -> Self {
        self.block = true;
        self
    }
    fn align(mut self, a: &'static str) -> Self {
        self.align = Some(a);
        self
    }
    fn before(mut self, pt: f32) -> Self {
        self.space_before_pt = Some(pt);
        self
    }
    fn after(mut self, pt: f32) -> Self {
        self.space_after_pt = Some(pt);
        self
    }

    fn write(&self, out: &mut String) {
        let _ = write!(
            out,
            "<w:style w:type=\"paragraph\"{} w:styleId=\"{}\"><w:name w:val=\"{}\"/>",
            // Word's own names ("heading 1", "header") keep their built-in meaning.
            if self.name.starts_with("heading") || self.name == "header" {
                ""
            } else {
                " w:customStyle=\"1\""
            },
            self.id,
            esc(&self.name)
        );
        if let Some(b) = self.based_on {
            let _ = write!(out, "<w:basedOn w:val=\"{b}\"/>");
        }
        out.push_str("<w:qFormat/><w:pPr>");
        if self.keep_next {
            out.push_str("<w:keepNext/>");
        }
        if self.block || self.space_before_pt.is_some() || self.space_after_pt.is_some() {
            let before = self.space_before_pt.unwrap_or(0.0);
            let after = self.space_after_pt.unwrap_or(0.0);
            let line = if self.block {
                " w:line=\"240\" w:lineRule=\"auto\""
            } else {
                ""
            };
            let _ = write!(
                out,
                "<w:spacing w:before=\"{}\" w:after=\"{}\"{line}/>",
                pt_twips(before),
                pt_twips(after)
            );
        }
        if self.block {
            out.push_str("<w:ind w:firstLine=\"0\"/>");
        }
        let align = self.align.or(if self.block { Some("center") } else { None });
        if let Some(a) = align {
            let _ = write!(out, "<w:jc w:val=\"{a}\"/>");
        }
        if let Some(level) = self.outline {
            let _ = write!(out, "<w:outlineLvl w:val=\"{level}\"/>");
        }
        out.push_str("</w:pPr><w:rPr>");
        if self.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if self.italic {
            out.push_str("<w:i/><w:iCs/>");
        }
        if let Some(pt) = self.size_pt {
            let hp = half_points(pt);
            let _ = write!(out, "<w:sz w:val=\"{hp}\"/><w:szCs w:val=\"{hp}\"/>");
        }
        out.push_str("</w:rPr></w:style>");
    }
}

/// The whole `word/styles.xml` for a layout.
pub(crate) fn styles_xml(layout: &LayoutSettings) -> String {
    let s = &layout.sizes;
    let font = esc(&layout.font);
    let mut out = String::with_capacity(12_000);
    out.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    ));
    // Defaults: the font on every script slot, Vietnamese language for spelling.
    let _ = write!(
        out,
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"{font}\" w:hAnsi=\"{font}\" w:eastAsia=\"{font}\" w:cs=\"{font}\"/>\
         <w:sz w:val=\"{b}\"/><w:szCs w:val=\"{b}\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>",
        b = half_points(s.body)
    );
    // Normal: the body paragraph of Phụ lục I — justified, first-line indent, ≥ 6 pt after.
    let _ = write!(
        out,
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"{}\"><w:name w:val=\"Normal\"/><w:qFormat/>\
         <w:pPr><w:spacing w:before=\"0\" w:after=\"{}\" w:line=\"{}\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"{}\"/><w:jc w:val=\"both\"/></w:pPr>\
         <w:rPr><w:rFonts w:ascii=\"{font}\" w:hAnsi=\"{font}\" w:eastAsia=\"{font}\" w:cs=\"{font}\"/><w:color w:val=\"000000\"/><w:sz w:val=\"{b}\"/><w:szCs w:val=\"{b}\"/></w:rPr></w:style>",
        id::NORMAL,
        pt_twips(layout.paragraph_spacing_pt),
        (240.0 * layout.line_spacing).round() as i64,
        cm_twips(layout.first_line_indent_cm),
        b = half_points(s.body)
    );
    out.push_str(concat!(
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>",
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>",
        "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
    ));
    let _ = write!(
        out,
        "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"{}\"><w:name w:val=\"Bảng có khung\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>\
         <w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
         <w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
         <w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
         </w:tblBorders></w:tblPr></w:style>\
         <w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"{}\"><w:name w:val=\"Bảng không khung\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
        id::TABLE_GRID,
        id::TABLE_PLAIN
    );

    let national_name = match layout.kind {
        LayoutKind::State => "Quốc hiệu",
        LayoutKind::Party => "Tiêu đề Đảng",
    };
    let recipients_label = ParaStyle::new(id::RECIPIENTS_LABEL, "Nơi nhận", id::NORMAL)
        .block()
        .align("left")
        .size(s.recipients_label)
        .bold();
    let recipients_label = match layout.kind {
        LayoutKind::State => recipients_label.italic(),
        LayoutKind::Party => recipients_label,
    };
    let mut headings = Vec::new();
    for (level, name) in ["heading 1", "heading 2", "heading 3"].into_iter().enumerate() {
        let mut h = ParaStyle::new(id::HEADING[level], name, id::NORMAL).bold();
        if level == 2 {
            h = h.italic();
        }
        h.keep_next = true;
        h.outline = Some(level as u8);
        headings.push(h);
    }
    let mut caption = ParaStyle::new(id::CAPTION, "Chú thích hình", id::NORMAL)
        .block()
        .italic()
        .size(s.table + 1.0)
        .after(layout.paragraph_spacing_pt);
    caption.keep_next = false;
    let mut picture = ParaStyle::new(id::PICTURE, "Hình", id::NORMAL).block().before(6.0);
    picture.keep_next = true;

    let styles = [
        ParaStyle::new(id::SUPERIOR, "Cơ quan chủ quản", id::NORMAL)
            .block()
            .size(s.superior_body),
        ParaStyle::new(id::ISSUER, "Cơ quan ban hành", id::NORMAL)
            .block()
            .size(s.issuing_body)
            .bold(),
        ParaStyle::new(id::NUMBER, "Số, ký hiệu", id::NORMAL)
            .block()
            .size(s.number),
        ParaStyle::new(id::ASTERISK, "Dấu sao", id::NORMAL)
            .block()
            .size(s.issuing_body),
        ParaStyle::new(id::NATIONAL, national_name, id::NORMAL)
            .block()
            .size(s.national_title)
            .bold(),
        ParaStyle::new(id::MOTTO, "Tiêu ngữ", id::NORMAL)
            .block()
            .size(s.motto)
            .bold(),
        ParaStyle::new(id::PLACE_DATE, "Địa danh, ngày tháng", id::NORMAL)
            .block()
            .size(s.place_date)
            .italic(),
        // Space above the border keeps the rule clear of the descenders of the line above.
        ParaStyle::new(id::RULE, "Đường kẻ", id::NORMAL)
            .block()
            .size(2.0)
            .before(3.0),
        ParaStyle::new(id::TYPE_NAME, "Tên loại văn bản", id::NORMAL)
            .block()
            .size(s.type_name)
            .bold()
            .before(12.0),
        ParaStyle::new(id::SUMMARY, "Trích yếu", id::NORMAL)
            .block()
            .size(s.summary)
            .bold(),
        ParaStyle::new(id::BASIS, "Căn cứ", id::NORMAL).italic(),
        ParaStyle::new(id::BULLET, "Gạch đầu dòng", id::NORMAL),
        ParaStyle::new(id::TABLE_HEADER, "Bảng - tiêu đề cột", id::NORMAL)
            .block()
            .size(s.table)
            .bold()
            .before(2.0)
            .after(2.0),
        ParaStyle::new(id::TABLE_TEXT, "Bảng - nội dung", id::NORMAL)
            .block()
            .align("left")
            .size(s.table)
            .before(2.0)
            .after(2.0),
        picture,
        caption,
        ParaStyle::new(id::AUTHORITY, "Quyền hạn, chức vụ người ký", id::NORMAL)
            .block()
            .size(s.body)
            .bold(),
        // The space above the name is where the signature and the seal go.
        ParaStyle::new(id::SIGNER, "Họ tên người ký", id::NORMAL)
            .block()
            .size(s.body)
            .bold()
            .before(72.0),
        recipients_label,
        ParaStyle::new(id::RECIPIENTS, "Danh sách nơi nhận", id::NORMAL)
            .block()
            .align("left")
            .size(s.recipients),
        ParaStyle::new(id::HEADER, "header", id::NORMAL)
            .block()
            .size(s.page_number),
    ];
    for st in headings.iter().chain(styles.iter()) {
        st.write(&mut out);
    }
    out.push_str("</w:styles>");
    out
}
