//! The end of the document: the recipients ("Nơi nhận:") on the left and the signature
//! block on the right, as a borderless two-column table whose first lines sit level
//! (Nghị định 30/2020/NĐ-CP, Phụ lục I: "Nơi nhận" 12 pt bold italic, recipients 11 pt
//! as "- …;" lines ending "- Lưu: VT, <unit>."; authority and post upper case bold; the
//! signer's name bold, centred).

use super::header::upper;
use super::layout::{LayoutSettings, SignaturePrefixes};
use super::model::{AdministrativeDocument, Authority, Signature};
use super::styles::id;
use super::xml::{ParaProps, RunProps, cell_open, cm_twips, para, table_open};

/// Writes the closing table.
pub(crate) fn write_closing(out: &mut String, doc: &AdministrativeDocument) {
    let layout: &LayoutSettings = &doc.layout;
    let total = cm_twips(layout.text_width_cm());
    let right = cm_twips(layout.signature_width_cm).min(total * 2 / 3);
    let left = total - right;
    let plain = RunProps::default();

    // Keep the signature away from the last paragraph.
    para(out, &ParaProps::styled(id::RULE), "", &plain);
    table_open(out, &[left, right], false, id::TABLE_PLAIN);
    out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    cell_open(out, left, None, "top");
    para(out, &ParaProps::styled(id::RECIPIENTS_LABEL), "Nơi nhận:", &plain);
    for line in doc.recipients.lines() {
        para(out, &ParaProps::styled(id::RECIPIENTS), &line, &plain);
    }
    out.push_str("</w:tc>");
    cell_open(out, right, None, "top");
    for line in authority_lines(&doc.signature, &layout.prefixes) {
        para(out, &ParaProps::styled(id::AUTHORITY), &line, &plain);
    }
    para(out, &ParaProps::styled(id::SIGNER), doc.signature.name.trim(), &plain);
    out.push_str("</w:tc></w:tr></w:tbl>");
}

/// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH".
pub(crate) fn authority_lines(sig: &Signature, prefixes: &SignaturePrefixes) -> Vec<String> {
    let mut lines: Vec<String> = sig
        .authority
        .iter()
        .map(|(a, of)| {
            let prefix = match a {
                Authority::OnBehalfOf => &prefixes.on_behalf_of,
                Authority::Deputy => &prefixes.deputy,
                Authority::ByOrder => &prefixes.by_order,
                Authority::Acting => &prefixes.acting,
            };
            format!("{} {}", prefix.trim(), upper(of))
        })
        .collect();
    if !sig.post.trim().is_empty() {
        lines.push(upper(&sig.post));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docx::layout::LayoutSettings;

    #[test]
    fn authority_lines_use_the_layout_prefixes() {
        let sig = Signature {
            authority: vec![
                (Authority::OnBehalfOf, "Ủy ban nhân dân".into()),
                (Authority::Deputy, "Chủ tịch".into()),
            ],
            post: "Phó Chủ tịch".into(),
            name: "Nguyễn Văn A".into(),
        };
        assert_eq!(
            authority_lines(&sig, &LayoutSettings::state().prefixes),
            vec!["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
        );
        let party = Signature {
            authority: vec![(Authority::OnBehalfOf, "Ban Thường vụ".into())],
            post: "Phó Bí thư".into(),
            name: "Trần Thị B".into(),
        };
        assert_eq!(
            authority_lines(&party, &LayoutSettings::party().prefixes),
            vec!["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]
        );
    }
}
