//! Throughput of symbol parsing, reference extraction and plan extraction.
//! `cargo bench -p dondoc-vntext`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

#[path = "common/symbols.rs"]
mod symbols;
use symbols::SYMBOLS;

/// The five seed articles repeated to about 1 MB.
fn seeds_text() -> String {
    let seeds = [
        include_str!("../testdata/seeds/000_c3c85b38c6c079f9.txt"),
        include_str!("../testdata/seeds/001_bc57ae4e59351eb8.txt"),
        include_str!("../testdata/seeds/002_4b081cb9f44433d0.txt"),
        include_str!("../testdata/seeds/003_fc3464199c38d9ff.txt"),
        include_str!("../testdata/seeds/004_91e0eab95ba4bda0.txt"),
    ];
    let mut s = String::new();
    while s.len() < 1_000_000 {
        for t in seeds {
            s.push_str(t);
            s.push('\n');
        }
    }
    s
}

/// One plan of about 20 pages (~60 KB): a real header, then numbered groups of tasks
/// in the three shapes (labelled bullets, sentences, a table).
fn plan_20_pages() -> String {
    let mut s = String::from(
        "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\tĐẢNG CỘNG SẢN VIỆT NAM\nQUẬN ỦY HAI BÀ TRƯNG\n*\nSố 152-KH/QU\tHai Bà Trưng, ngày 13 tháng 9 năm 2023\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 24-CT/TU, ngày 07/8/2023 của Ban Thường vụ Thành ủy\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n\nII. NHIỆM VỤ, GIẢI PHÁP\n",
    );
    let mut n = 1;
    while s.len() < 60_000 {
        s.push_str(&format!(
            "{n}. Nhóm nhiệm vụ số {n}\n\
             a) Tổ chức hội nghị quán triệt Chỉ thị số 24-CT/TU cho cán bộ chủ chốt khối {n}.\n\
             - Chủ trì: Ban Tuyên giáo Quận ủy.\n- Phối hợp: Văn phòng Quận ủy, Trung tâm Chính trị quận.\n\
             - Thời gian: trong tháng 10/2023.\n- Sản phẩm: Hội nghị.\n\
             b) Ban Tổ chức Quận ủy chủ trì, phối hợp với Ủy ban Kiểm tra Quận ủy tham mưu rà soát quy hoạch cán bộ, hoàn thành trong Quý IV/2023.\n\
             c) Văn phòng Quận ủy theo dõi, đôn đốc, tổng hợp kết quả, báo cáo định kỳ hằng quý.\n\
             STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm\n\
             1\tRà soát quy chế làm việc\tVăn phòng Quận ủy\tBan Tổ chức Quận ủy\tQuý I/2024\tQuy chế\n\
             2\tKiểm tra việc thực hiện\tỦy ban Kiểm tra Quận ủy\t\tThường xuyên\tBáo cáo\n\n"
        ));
        n += 1;
    }
    s.push_str("III. TỔ CHỨC THỰC HIỆN\nVăn phòng Quận ủy chủ trì theo dõi, đôn đốc, định kỳ 6 tháng báo cáo.\n\nNơi nhận:\n- Lưu VPQU.\n");
    s
}

/// Synthetic but realistic plan texts: a header and 12 tasks drawn from the units,
/// actions, objects and deadlines of real plans, by a fixed pseudo-random sequence.
fn synthetic_plans(n: usize) -> Vec<String> {
    const UNITS: &[&str] = &[
        "Văn phòng Quận ủy",
        "Ban Tuyên giáo Quận ủy",
        "Ban Tổ chức Quận ủy",
        "Ủy ban Kiểm tra Quận ủy",
        "UBND quận",
        "Phòng Nội vụ",
        "Phòng Tài chính - Kế hoạch",
        "Phòng Văn hóa và Thông tin",
        "Sở Kế hoạch và Đầu tư",
        "Sở Tài chính",
        "Sở Nội vụ",
        "Sở Tư pháp",
        "Đảng ủy các phường",
        "UBND các xã, phường",
        "MTTQ quận",
        "Công an quận",
        "Trung tâm Chính trị quận",
        "Sở Y tế",
    ];
    const ACTIONS: &[&str] = &[
        "tổ chức hội nghị quán triệt",
        "rà soát, bổ sung",
        "xây dựng kế hoạch thực hiện",
        "kiểm tra, giám sát việc thực hiện",
        "tổng hợp, báo cáo kết quả",
        "tuyên truyền, phổ biến",
        "đánh giá, sơ kết",
        "hướng dẫn triển khai",
        "tham mưu ban hành",
        "đôn đốc các đơn vị thực hiện",
    ];
    const OBJECTS: &[&str] = &[
        "Chỉ thị số 24-CT/TU về tăng cường kỷ cương, kỷ luật",
        "chương trình chuyển đổi số",
        "quy chế làm việc của cấp ủy",
        "công tác cải cách hành chính",
        "công tác phòng, chống tham nhũng, lãng phí",
        "quy hoạch cán bộ nhiệm kỳ 2025-2030",
        "kế hoạch đầu tư công trung hạn",
        "công tác giảm nghèo bền vững",
        "phong trào thi đua yêu nước",
        "công tác bảo đảm trật tự, an toàn giao thông",
        "xây dựng nông thôn mới",
        "công tác dân vận của chính quyền",
        "chỉ số hài lòng của người dân",
        "công tác phổ biến, giáo dục pháp luật",
    ];
    const DEADLINES: &[&str] = &[
        "hoàn thành trong tháng 9/2023",
        "trước ngày 30/10/2023",
        "Quý IV/2023",
        "thực hiện hằng quý",
        "định kỳ 6 tháng",
        "thường xuyên",
        "trong năm 2024",
        "trước ngày 15/12 hằng năm",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % m as u64) as usize
    };
    (0..n)
        .map(|k| {
            let mut s = format!(
                "KẾ HOẠCH số {k}-KH/QU thực hiện {} trên địa bàn\n",
                OBJECTS[next(OBJECTS.len())]
            );
            for t in 1..=12 {
                s.push_str(&format!(
                    "{t}. {} chủ trì, phối hợp với {} {} {}; {}.\n",
                    UNITS[next(UNITS.len())],
                    UNITS[next(UNITS.len())],
                    ACTIONS[next(ACTIONS.len())],
                    OBJECTS[next(OBJECTS.len())],
                    DEADLINES[next(DEADLINES.len())]
                ));
            }
            s
        })
        .collect()
}

/// Checks against 17,000 plans: index build once, then per-check time (signature and
/// index query) with the 95th percentile printed.
fn bench_similar(c: &mut Criterion) {
    use vntext::similar::{Index, NEAR_DUPLICATE, signature};
    let plans = synthetic_plans(17_000);
    let start = std::time::Instant::now();
    let mut idx = Index::new();
    for (i, p) in plans.iter().enumerate() {
        idx.insert(i as i64, signature(p));
    }
    println!("similar: indexed {} plans in {:?}", idx.len(), start.elapsed());
    let queries = synthetic_plans(17_300);
    let mut times: Vec<std::time::Duration> = queries[17_000..]
        .iter()
        .map(|q| {
            let t = std::time::Instant::now();
            black_box(idx.query(&signature(q), NEAR_DUPLICATE));
            t.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "similar: check against 17,000 plans: median {:?}, p95 {:?}, max {:?}",
        times[times.len() / 2],
        times[times.len() * 95 / 100],
        times[times.len() - 1]
    );
    let mut g = c.benchmark_group("similar");
    let q = &queries[17_123];
    g.bench_function("check against 17000 plans", |b| {
        b.iter(|| black_box(idx.query(&signature(black_box(q)), NEAR_DUPLICATE)))
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("symbol");
    g.throughput(Throughput::Elements(SYMBOLS.len() as u64));
    g.bench_function("parse_symbol x10", |b| {
        b.iter(|| {
            for s in SYMBOLS {
                let _ = black_box(vntext::parse_symbol(black_box(s)));
            }
        })
    });
    g.finish();

    let text = seeds_text();
    let mut g = c.benchmark_group("refs");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("extract_refs seeds", |b| {
        b.iter(|| black_box(vntext::refs::extract_refs(black_box(&text))))
    });
    g.finish();

    let plan = plan_20_pages();
    let mut g = c.benchmark_group("plan");
    g.throughput(Throughput::Bytes(plan.len() as u64));
    g.bench_function("extract_plan 20 pages", |b| {
        b.iter(|| black_box(vntext::plan::extract_plan(black_box(&plan))))
    });
    g.finish();
}

criterion_group!(benches, bench, bench_similar);
criterion_main!(benches);
