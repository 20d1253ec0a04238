//! The chart font covers Vietnamese, and the chart renders to a real PNG with ink where
//! its Vietnamese text is.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use office::chart::{FONT_FAMILY, StatusBarChart, UnitBar, raster, svg_to_png};
use skrifa::{FontRef, MetadataProvider};

fn sample() -> StatusBarChart {
    StatusBarChart {
        title: "Tình hình thực hiện nhiệm vụ theo đơn vị".into(),
        statuses: vec![
            "Hoàn thành đúng hạn".into(),
            "Hoàn thành quá hạn".into(),
            "Đang thực hiện".into(),
            "Quá hạn".into(),
        ],
        colors: vec![],
        units: vec![
            UnitBar {
                unit: "Phường Bồ Đề".into(),
                counts: vec![12, 3, 5, 2],
            },
            UnitBar {
                unit: "Ủy ban nhân dân phường Thượng Thanh và các tổ dân phố".into(),
                counts: vec![8, 0, 9, 4],
            },
            UnitBar {
                unit: "Phường Đức Giang".into(),
                counts: vec![20, 1, 2, 0],
            },
        ],
    }
}

#[test]
fn bundled_font_has_the_vietnamese_glyphs() {
    for (face, bytes) in [("regular", raster::font_regular()), ("bold", raster::font_bold())] {
        let font = FontRef::new(bytes).expect("a font");
        let charmap = font.charmap();
        for c in "Đđ ư Ư ơ Ơ ạ ế ồ ặ ẫ ỹ ự ỗ".chars().filter(|c| !c.is_whitespace()) {
            assert!(charmap.map(c).is_some(), "{FONT_FAMILY} {face} lacks {c}");
        }
    }
}

fn ink(png: &[u8]) -> (u32, u32, usize) {
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(png).expect("png");
    let dark = pixmap
        .pixels()
        .iter()
        .filter(|p| (p.red() as u32 + p.green() as u32 + p.blue() as u32) < 200)
        .count();
    (pixmap.width(), pixmap.height(), dark)
}

#[test]
fn chart_renders_to_png_with_text() {
    let chart = sample();
    let svg = chart.to_svg();
    assert!(svg.contains("Phường Bồ Đề") && svg.contains("Đang thực hiện"));
    assert!(svg.contains("…"), "the long unit name is shortened");
    let png = chart.to_png(2.0).expect("png");
    let (w, h, dark) = ink(&png);
    assert_eq!(w, 2000);
    assert!(h > 300, "{h}");
    assert!(dark > 2000, "text was drawn ({dark} dark pixels)");
    if let Ok(dir) = std::env::var("OFFICE_TEST_OUT") {
        std::fs::write(format!("{dir}/chart.png"), &png).unwrap();
    }
}

#[test]
fn vietnamese_letters_are_drawn_not_dropped() {
    // "Đ" and "D" differ only by the bar: both must put ink on the page, and differently.
    let text = |t: &str| {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"60\"><text x=\"10\" y=\"45\" font-size=\"40\">{t}</text></svg>"
        )
    };
    let (_, _, d) = ink(&svg_to_png(&text("D"), 1.0).unwrap());
    let (_, _, dd) = ink(&svg_to_png(&text("Đ"), 1.0).unwrap());
    let (_, _, o) = ink(&svg_to_png(&text("ồ"), 1.0).unwrap());
    assert!(d > 50 && o > 50);
    assert!(dd > d, "Đ has its bar ({dd} vs {d})");
}

#[test]
fn empty_chart_says_there_is_no_data() {
    let chart = StatusBarChart {
        units: vec![],
        ..sample()
    };
    assert!(chart.to_svg().contains("Chưa có số liệu"));
    assert!(chart.to_png(1.0).is_ok());
}
