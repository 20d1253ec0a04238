//! Attached files: the content store (streamed, content-addressed, kinds told from bytes,
//! nothing left behind by a refused file, copied for backups) and the file records (one per
//! record and content, audited), on both databases.

use std::io::Write;

use domain::ErrorCode;
use domain::file::FileKind;
use fixtures::testing::unique_name;
use store::StoreError;
use store::access::Subject;
use store::blobs::{Blobs, Received};
use store::files::{self, Attachment};

use crate::common::*;

fn temp_blobs() -> Blobs {
    Blobs::new(std::env::temp_dir().join(format!("{}_blobs", unique_name())))
}

async fn receive(blobs: &Blobs, name: &str, chunks: &[&[u8]], limit: u64) -> Received {
    let mut inc = blobs.receive(name, limit).await.expect("receiving");
    for c in chunks {
        inc.write(c).await.expect("writing");
    }
    inc.finish().await.expect("finished")
}

/// A ZIP with these entries, stored without compression.
fn zip_with(entries: &[&str]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for e in entries {
        w.start_file(*e, opts).expect("entry");
        w.write_all(b"<x/>").expect("write");
    }
    w.finish().expect("zip").into_inner()
}

fn tmp_files(blobs: &Blobs) -> usize {
    std::fs::read_dir(blobs.dir().join("tmp")).map_or(0, |d| d.count())
}

#[tokio::test]
async fn content_is_streamed_hashed_and_told_by_its_bytes() {
    let blobs = temp_blobs();
    // Pieces of any size; the digest is of the whole (SHA-256 of "abc").
    let r = receive(&blobs, "a.pdf", &[b"%PD", b"F-1.7 abc"], 1000).await;
    assert_eq!(r.kind, Some(FileKind::Pdf));
    assert_eq!(r.size, 12);
    let abc = receive(&blobs, "x", &[b"a", b"bc"], 1000).await;
    assert_eq!(
        abc.sha256,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(abc.kind, None);
    let docx = zip_with(&["[Content_Types].xml", "word/document.xml"]);
    assert_eq!(
        receive(&blobs, "b.docx", &[&docx], 1 << 20).await.kind,
        Some(FileKind::Docx)
    );
    let xlsx = zip_with(&["[Content_Types].xml", "xl/workbook.xml"]);
    assert_eq!(
        receive(&blobs, "c.xlsx", &[&xlsx], 1 << 20).await.kind,
        Some(FileKind::Xlsx)
    );
    let other = zip_with(&["readme.txt"]);
    assert_eq!(receive(&blobs, "d.docx", &[&other], 1 << 20).await.kind, None);
    assert_eq!(
        receive(&blobs, "e.docx", &[b"PK\x03\x04 broken"], 1000).await.kind,
        None
    );

    // Past the limit: counted, not written.
    let big = receive(&blobs, "big.pdf", &[b"%PDF-", &[b'x'; 100]], 50).await;
    assert_eq!(big.size, 105);
    assert!(big.input().validate(50).is_err());

    // Dropped without being kept: nothing left.
    drop((r, abc, big));
    assert_eq!(tmp_files(&blobs), 0);

    // Kept: at its content address; the same content again is the same file.
    let mut a = receive(&blobs, "a.png", &[b"\x89PNG\r\n\x1a\n1"], 1000).await;
    let path = blobs.keep(&mut a).await.expect("kept");
    assert_eq!(path, blobs.path_of(&a.sha256).unwrap());
    assert_eq!(std::fs::read(&path).unwrap(), b"\x89PNG\r\n\x1a\n1");
    let mut again = receive(&blobs, "b.png", &[b"\x89PNG\r\n\x1a\n1"], 1000).await;
    assert_eq!(blobs.keep(&mut again).await.expect("kept"), path);
    drop((a, again));
    assert_eq!(tmp_files(&blobs), 0);
    assert!(std::fs::metadata(&path).is_ok(), "a kept file stays");
    // Only digests name paths.
    assert_eq!(blobs.path_of("../../etc/passwd"), None);
    assert_eq!(blobs.path_of(&"A".repeat(64)), None);

    // A backup copy holds every file once; copying again copies nothing.
    let copy = temp_blobs();
    assert_eq!(blobs.copy_missing(&copy).unwrap(), 1);
    assert_eq!(blobs.copy_missing(&copy).unwrap(), 0);
    assert_eq!(
        std::fs::read(copy.path_of(&sha_of(&path)).unwrap()).unwrap(),
        b"\x89PNG\r\n\x1a\n1"
    );
    let _ = std::fs::remove_dir_all(blobs.dir());
    let _ = std::fs::remove_dir_all(copy.dir());
}

fn sha_of(path: &std::path::Path) -> String {
    path.file_name().unwrap().to_string_lossy().to_string()
}

both!(file_records, |db| async move {
    let fx = fixture(&db).await?;
    let t = &fx.tasks[2];
    let blobs = temp_blobs();
    let mut tx = db.write().await?;
    let (report, _) = through_app::report_progress(
        &mut tx,
        t.id,
        domain::task::ProgressInput {
            reported_on: None,
            percent: 20,
            text: "Đã treo băng rôn".into(),
            evidence: vec![],
            author_id: None,
            confirm_drop: false,
        },
        &fx.clock,
    )
    .await?;
    let to = Attachment {
        subject: Subject::Task(t.id),
        tenant_id: t.tenant_id,
        record_kind: "progress_report",
        record_id: report.id,
    };
    let photo = receive(&blobs, "Ảnh băng rôn.JPG", &[&[0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]], 1000).await;
    let input = photo.input().validate(1000)?;
    let f = files::attach(&mut tx, &to, &input).await?;
    assert_eq!(
        (f.kind, f.name.as_str(), f.size_bytes),
        (FileKind::Jpeg, "Ảnh băng rôn.JPG", 7)
    );
    assert_eq!(f.subject(), Some(Subject::Task(t.id)));
    // The same content on the same report: refused, naming both files.
    let same = receive(&blobs, "copy.jpg", &[&[0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]], 1000).await;
    match files::attach(&mut tx, &to, &same.input().validate(1000)?).await {
        Err(StoreError::Conflict(e)) => {
            assert_eq!(e.code, ErrorCode::DuplicateFile);
            assert!(e.message_vi.contains("“copy.jpg”") && e.message_vi.contains("“Ảnh băng rôn.JPG”"));
        }
        other => panic!("expected a duplicate, got {other:?}"),
    }
    // …but it may be attached to another report.
    let other = Attachment {
        record_id: report.id + 1_000_000,
        ..to
    };
    files::attach(&mut tx, &other, &same.input().validate(1000)?).await?;
    tx.commit().await?;

    let mut tx = db.read().await?;
    let listed = files::of_subject(&mut tx, Subject::Task(t.id)).await?;
    assert_eq!(listed.len(), 2);
    assert_eq!(files::get(&mut tx, f.id).await?, f);
    assert!(matches!(
        files::get(&mut tx, 999_999).await,
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(files::report_tenant(&mut tx, t.id, report.id).await?, Some(t.tenant_id));
    assert_eq!(files::report_tenant(&mut tx, t.id + 1, report.id).await?, None);
    let audited: i64 = store::on_tx!(tx, c => sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE entity = 'file'").fetch_one(c).await?);
    assert_eq!(audited, 2);
    drop(tx);
    let _ = std::fs::remove_dir_all(blobs.dir());
    Ok(())
});
