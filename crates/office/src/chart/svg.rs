//! The stacked bar chart as SVG: unit names on the left (shortened with "…" when too
//! long), one bar per unit with a segment per status and its count, the total after the
//! bar, a scale with grid lines, and the legend below.

use std::fmt::Write as _;

use super::StatusBarChart;
use super::raster::FONT_FAMILY;
use crate::docx_text_escape as esc;
use crate::numfmt;

const WIDTH: f64 = 1000.0;
const LABEL_WIDTH: f64 = 290.0;
const RIGHT_PAD: f64 = 70.0;
const ROW: f64 = 34.0;
const BAR: f64 = 22.0;
const TOP: f64 = 56.0;
const FONT: f64 = 15.0;

pub(crate) fn status_chart_svg(chart: &StatusBarChart) -> String {
    let plot_left = LABEL_WIDTH + 10.0;
    let plot_width = WIDTH - plot_left - RIGHT_PAD;
    let totals: Vec<u64> = chart.units.iter().map(|u| u.counts.iter().sum()).collect();
    let max_total = totals.iter().copied().max().unwrap_or(0);
    let axis_max = nice_ceiling(max_total);
    let rows = chart.units.len().max(1) as f64;
    let plot_bottom = TOP + rows * ROW;
    let legend_rows = legend_layout(chart).last().map(|(_, _, r)| r + 1).unwrap_or(0) as f64;
    let height = plot_bottom + 34.0 + legend_rows * 26.0 + 14.0;

    let mut s = String::with_capacity(8 * 1024);
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" \
         font-family=\"{FONT_FAMILY}, sans-serif\" font-size=\"{FONT}\" role=\"img\" aria-label=\"{}\">",
        esc(&chart.title)
    );
    let _ = write!(s, "<rect width=\"{WIDTH}\" height=\"{height}\" fill=\"#ffffff\"/>");
    let _ = write!(
        s,
        "<text x=\"{}\" y=\"28\" text-anchor=\"middle\" font-size=\"19\" font-weight=\"bold\">{}</text>",
        WIDTH / 2.0,
        esc(&chart.title)
    );
    if chart.units.is_empty() || max_total == 0 {
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555555\">Chưa có số liệu</text></svg>",
            WIDTH / 2.0,
            TOP + ROW / 2.0
        );
        return s;
    }

    // Scale: five steps with grid lines.
    let x_of = |v: f64| plot_left + v / axis_max as f64 * plot_width;
    for step in 0..=5u64 {
        let v = axis_max * step / 5;
        let x = x_of(v as f64);
        let _ = write!(
            s,
            "<line x1=\"{x:.1}\" y1=\"{TOP}\" x2=\"{x:.1}\" y2=\"{plot_bottom}\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>\
             <text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"13\" fill=\"#444444\">{}</text>",
            plot_bottom + 18.0,
            numfmt::int(v as i64)
        );
    }

    for (row, (unit, total)) in chart.units.iter().zip(&totals).enumerate() {
        let y = TOP + row as f64 * ROW + (ROW - BAR) / 2.0;
        let text_y = y + BAR / 2.0 + FONT * 0.35;
        let _ = write!(
            s,
            "<text x=\"{LABEL_WIDTH}\" y=\"{text_y:.1}\" text-anchor=\"end\"><title>{}</title>{}</text>",
            esc(&unit.unit),
            esc(&shorten(&unit.unit, LABEL_WIDTH, FONT))
        );
        let mut acc = 0u64;
        for (i, count) in unit.counts.iter().enumerate().take(chart.statuses.len()) {
            if *count == 0 {
                continue;
            }
            let x0 = x_of(acc as f64);
            let x1 = x_of((acc + count) as f64);
            acc += count;
            let _ = write!(
                s,
                "<rect x=\"{x0:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{BAR}\" fill=\"{}\"><title>{}: {}</title></rect>",
                (x1 - x0).max(0.5),
                chart.color(i),
                esc(&chart.statuses[i]),
                numfmt::int(*count as i64)
            );
            let label = numfmt::int(*count as i64);
            if x1 - x0 >= text_width(&label, 13.0) + 6.0 {
                let _ = write!(
                    s,
                    "<text x=\"{:.1}\" y=\"{text_y:.1}\" text-anchor=\"middle\" font-size=\"13\" fill=\"#ffffff\">{label}</text>",
                    (x0 + x1) / 2.0
                );
            }
        }
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{text_y:.1}\" font-weight=\"bold\">{}</text>",
            x_of(acc as f64) + 6.0,
            numfmt::int(*total as i64)
        );
    }

    let legend_top = plot_bottom + 34.0;
    for (i, x, r) in legend_layout(chart) {
        let y = legend_top + r as f64 * 26.0;
        let _ = write!(
            s,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"14\" height=\"14\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            y - 12.0,
            chart.color(i),
            x + 20.0,
            y,
            esc(&chart.statuses[i])
        );
    }
    s.push_str("</svg>");
    s
}

/// Places legend entries left to right, wrapping: (status index, x, row).
fn legend_layout(chart: &StatusBarChart) -> Vec<(usize, f64, usize)> {
    let mut out = Vec::new();
    let (mut x, mut row) = (20.0, 0usize);
    for (i, label) in chart.statuses.iter().enumerate() {
        let w = 20.0 + text_width(label, FONT) + 28.0;
        if x + w > WIDTH - 20.0 && x > 20.0 {
            x = 20.0;
            row += 1;
        }
        out.push((i, x, row));
        x += w;
    }
    out
}

/// The axis maximum: five steps of a round size (1, 2, 2.5 or 5 × a power of ten),
/// the smallest whose five steps reach `n`.
fn nice_ceiling(n: u64) -> u64 {
    let needed = n.div_ceil(5).max(1);
    let mut magnitude = 1u64;
    loop {
        for (num, den) in [(1u64, 1u64), (2, 1), (5, 2), (5, 1)] {
            let step = magnitude.saturating_mul(num) / den;
            if step >= needed && step * den == magnitude.saturating_mul(num) {
                return step.saturating_mul(5);
            }
        }
        if magnitude > u64::MAX / 10 {
            return n;
        }
        magnitude *= 10;
    }
}

/// A generous estimate of the width of DejaVu Sans text (a wide face: 0.66 em per
/// letter, 0.32 em per space), so that shortened labels never run off the left edge.
fn text_width(text: &str, size: f64) -> f64 {
    text.chars().map(|c| if c == ' ' { 0.32 } else { 0.66 }).sum::<f64>() * size
}

/// Cuts `text` with "…" so it fits in `width` at `size`.
fn shorten(text: &str, width: f64, size: f64) -> String {
    if text_width(text, size) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if text_width(&out, size) + 0.66 * size * 2.0 > width {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_maxima_are_round() {
        assert_eq!(nice_ceiling(0), 5);
        assert_eq!(nice_ceiling(3), 5);
        assert_eq!(nice_ceiling(7), 10);
        assert_eq!(nice_ceiling(23), 25);
        assert_eq!(nice_ceiling(37), 50);
        assert_eq!(nice_ceiling(120), 125);
        assert_eq!(nice_ceiling(1000), 1000);
        assert_eq!(nice_ceiling(1001), 1250);
    }

    #[test]
    fn long_names_are_shortened() {
        let long = "Ủy ban nhân dân phường Thượng Thanh và các tổ dân phố trực thuộc";
        let short = shorten(long, LABEL_WIDTH, FONT);
        assert!(
            short.ends_with('…') && text_width(&short, FONT) <= LABEL_WIDTH + 10.0,
            "{short}"
        );
        assert_eq!(shorten("Phường Bồ Đề", LABEL_WIDTH, FONT), "Phường Bồ Đề");
    }
}
