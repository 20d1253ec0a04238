//! Charts as SVG drawn on the server: no script, printable, labelled.
//!
//! Labels are never cut: the label column is as wide as the longest label (its width
//! estimated from the glyphs), up to [`LABEL_MAX`]; longer labels wrap onto more lines and
//! their row grows. The SVG is drawn at its natural size (text at 12–13px, never scaled
//! down on screen — the CSP allows no inline style, so no `min-width` per chart); the page
//! puts it in a horizontally scrollable box for phones, and print scales it to the page.

use crate::kit::escape;

/// One bar: a label, a value in 0–100, the text printed after the bar, its colour.
pub struct Bar {
    /// Where the bar leads (its task list), or nothing.
    pub href: String,
    pub label: String,
    pub value: f64,
    pub text: String,
    pub fill: &'static str,
}

const BAR_MAX: u32 = 340;
const ROW_H: u32 = 26;
const TOP: u32 = 8;
/// Left padding, and the gap between the label column and the bars.
const PAD: u32 = 4;
const GAP: u32 = 8;
/// The widest label column (px) before labels wrap.
const LABEL_MAX: f64 = 230.0;
/// Label font size and line height (px).
const LABEL_FONT: f64 = 13.0;
const LINE_H: u32 = 15;

/// Estimated advance width of `s` at `size` px in a common sans-serif (slightly generous:
/// an overestimate wastes a few pixels, an underestimate would clip).
pub fn text_width(s: &str, size: f64) -> f64 {
    s.chars()
        .map(|c| {
            let em = match c {
                ' ' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | '(' | ')' | '[' | ']' | '/' | '-' => 0.34,
                'i' | 'l' | 'j' | 't' | 'f' | 'r' | 'I' | 'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' => 0.36,
                'm' | 'w' | 'M' | 'W' | '%' | '—' | '…' => 0.92,
                '0'..='9' => 0.6,
                c if c.is_uppercase() => 0.72,
                _ => 0.6,
            };
            em * size
        })
        .sum()
}

/// Breaks `s` into lines no wider than `max` px at `size` (a single longer word keeps its
/// own line, whole).
fn wrap(s: &str, size: f64, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in s.split_whitespace() {
        let candidate = if cur.is_empty() {
            word.to_string()
        } else {
            format!("{cur} {word}")
        };
        if !cur.is_empty() && text_width(&candidate, size) > max {
            lines.push(std::mem::replace(&mut cur, word.to_string()));
        } else {
            cur = candidate;
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

/// The label column: its width and each label's lines.
fn label_column<'a>(labels: impl Iterator<Item = &'a str>) -> (u32, Vec<Vec<String>>) {
    let lines: Vec<Vec<String>> = labels.map(|l| wrap(l, LABEL_FONT, LABEL_MAX)).collect();
    let widest = lines
        .iter()
        .flatten()
        .map(|l| text_width(l, LABEL_FONT))
        .fold(40.0f64, f64::max);
    (widest.ceil() as u32, lines)
}

/// A right-aligned label of one or more lines, vertically centred on `cy`.
fn label_text(x: u32, cy: u32, lines: &[String]) -> String {
    let n = lines.len() as u32;
    // The first baseline: centre the block, then drop by about a third of the font size.
    let first = cy as f64 - (n - 1) as f64 * LINE_H as f64 / 2.0 + LABEL_FONT * 0.35;
    let mut s = format!("<text x=\"{x}\" y=\"{first:.0}\" font-size=\"13\" text-anchor=\"end\" fill=\"#1f2937\">");
    for (i, line) in lines.iter().enumerate() {
        if i == 0 {
            s.push_str(&escape(line));
        } else {
            s.push_str(&format!("<tspan x=\"{x}\" dy=\"{LINE_H}\">{}</tspan>", escape(line)));
        }
    }
    s.push_str("</text>");
    s
}

/// The row height for a label of `n` lines.
fn row_height(n: usize, min: u32) -> u32 {
    min.max(n as u32 * LINE_H + 11)
}

/// The opening tag, at its natural size (one SVG pixel per CSS pixel).
fn open(width: u32, height: u32, title: &str) -> String {
    format!(
        "<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{t}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{t}</title>",
        t = escape(title)
    )
}

/// Horizontal bars on a 0–100 scale with gridlines at 0, 50 and 100.
pub fn bars(title: &str, bars: &[Bar]) -> String {
    let (label_w, labels) = label_column(bars.iter().map(|b| b.label.as_str()));
    let x0 = PAD + label_w + GAP;
    let text_w = bars
        .iter()
        .map(|b| text_width(&b.text, 12.0))
        .fold(0.0f64, f64::max)
        .ceil() as u32;
    let width = x0 + BAR_MAX + 6 + text_w + PAD;
    let heights: Vec<u32> = labels.iter().map(|l| row_height(l.len(), ROW_H)).collect();
    let bottom = TOP + heights.iter().sum::<u32>().max(ROW_H);
    let height = bottom + 20;
    let mut s = open(width, height, title);
    // Bars that are links make the chart a group of links, not one image (a link inside an
    // image is unreachable for screen readers).
    if bars.iter().any(|b| !b.href.is_empty()) {
        s = s.replacen("role=\"img\"", "role=\"group\"", 1);
    }
    for pct in [0u32, 50, 100] {
        let x = x0 + BAR_MAX * pct / 100;
        s.push_str(&format!(
            "<line x1=\"{x}\" y1=\"{TOP}\" x2=\"{x}\" y2=\"{bottom}\" stroke=\"#c8ced8\" stroke-width=\"1\"/><text x=\"{x}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#4a5160\">{pct}%</text>",
            bottom + 15
        ));
    }
    let mut y = TOP;
    for ((b, lines), h) in bars.iter().zip(&labels).zip(&heights) {
        let cy = y + h / 2;
        let w = (b.value.clamp(0.0, 100.0) / 100.0 * BAR_MAX as f64).round() as u32;
        if !b.href.is_empty() {
            s.push_str(&format!("<a href=\"{}\">", escape(&b.href)));
        }
        s.push_str(&label_text(x0 - GAP, cy, lines));
        s.push_str(&format!(
            "<rect x=\"{x0}\" y=\"{}\" width=\"{w}\" height=\"16\" fill=\"{}\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1f2937\">{}</text>",
            cy - 8,
            b.fill,
            x0 + w + 6,
            cy + 4,
            escape(&b.text),
        ));
        if !b.href.is_empty() {
            s.push_str("</a>");
        }
        y += h;
    }
    s.push_str("</svg>");
    s
}

/// A colour key under a chart: a caption, then a swatch and a label per colour.
pub fn legend(caption: &str, items: &[(&str, &str)]) -> String {
    let mut s = format!("<figcaption class=\"legend\"><span>{}</span>", escape(caption));
    for (fill, label) in items {
        s.push_str(&format!(
            " <span class=\"key\"><svg width=\"12\" height=\"12\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"12\" height=\"12\" fill=\"{fill}\"/></svg>{}</span>",
            escape(label)
        ));
    }
    s.push_str("</figcaption>");
    s
}

/// One indicator of a plan-vs-actual chart: the actual as a percent of plan (the plan is
/// 100%), the text printed after the bars, the actual bar's colour.
pub struct Pair {
    pub label: String,
    pub actual: Option<f64>,
    pub text: String,
    pub fill: &'static str,
}

/// Plan (grey, 100%) and actual (coloured) bars per indicator, on a scale from 0 to the
/// largest value rounded up to 50% (at least 100%, at most 200%; longer bars are cut).
pub fn plan_actual(title: &str, plan_label: &str, actual_label: &str, rows: &[Pair]) -> String {
    const PAIR_H: u32 = 34;
    const LEGEND_H: u32 = 22;
    let (label_w, labels) = label_column(rows.iter().map(|r| r.label.as_str()));
    let x0 = PAD + label_w + GAP;
    let text_w = rows
        .iter()
        .map(|r| text_width(&r.text, 12.0))
        .fold(0.0f64, f64::max)
        .ceil() as u32;
    let top = TOP + LEGEND_H;
    let max = rows.iter().filter_map(|r| r.actual).fold(100.0f64, f64::max).min(200.0);
    let scale = ((max / 50.0).ceil() * 50.0).max(100.0);
    let x_of = |v: f64| x0 + (v.clamp(0.0, scale) / scale * BAR_MAX as f64).round() as u32;
    let heights: Vec<u32> = labels.iter().map(|l| row_height(l.len(), PAIR_H)).collect();
    let bottom = top + heights.iter().sum::<u32>().max(PAIR_H);
    let height = bottom + 20;
    let plan_key_w = text_width(plan_label, 12.0).ceil() as u32;
    let width = (x0 + BAR_MAX + 6 + text_w + PAD)
        .max(x0 + 16 + plan_key_w + 20 + 16 + text_width(actual_label, 12.0).ceil() as u32 + PAD);
    let mut s = open(width, height, title);
    let actual_x = x0 + 16 + plan_key_w + 20;
    s.push_str(&format!(
        "<rect x=\"{x0}\" y=\"{TOP}\" width=\"12\" height=\"10\" fill=\"#9aa3b2\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1f2937\">{}</text>\
         <rect x=\"{actual_x}\" y=\"{TOP}\" width=\"12\" height=\"10\" fill=\"#0b3d91\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1f2937\">{}</text>",
        x0 + 16,
        TOP + 9,
        escape(plan_label),
        actual_x + 16,
        TOP + 9,
        escape(actual_label),
    ));
    let mut ticks = vec![0.0, 50.0, 100.0];
    let mut t = 150.0;
    while t <= scale {
        ticks.push(t);
        t += 50.0;
    }
    for pct in ticks {
        let x = x_of(pct);
        s.push_str(&format!(
            "<line x1=\"{x}\" y1=\"{top}\" x2=\"{x}\" y2=\"{bottom}\" stroke=\"#c8ced8\" stroke-width=\"1\"/><text x=\"{x}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#4a5160\">{}%</text>",
            bottom + 15,
            pct as u32
        ));
    }
    let mut y = top;
    for ((r, lines), h) in rows.iter().zip(&labels).zip(&heights) {
        let cy = y + h / 2;
        let plan_w = x_of(100.0) - x0;
        let actual_w = r.actual.map(|a| x_of(a) - x0).unwrap_or(0);
        s.push_str(&label_text(x0 - GAP, cy, lines));
        s.push_str(&format!(
            "<rect x=\"{x0}\" y=\"{}\" width=\"{plan_w}\" height=\"9\" fill=\"#9aa3b2\"/>\
             <rect x=\"{x0}\" y=\"{}\" width=\"{actual_w}\" height=\"12\" fill=\"{}\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1f2937\">{}</text>",
            cy - 11,
            cy - 1,
            r.fill,
            x0 + plan_w.max(actual_w) + 6,
            cy + 4,
            escape(&r.text),
        ));
        y += h;
    }
    s.push_str("</svg>");
    s
}

/// One part of a whole: its label, its count, the text printed after the label, its colour.
pub struct Part {
    pub label: String,
    pub count: i64,
    pub text: String,
    pub fill: &'static str,
}

/// A horizontal bar split into the parts of a whole (in order, parts of zero left out), with
/// a key beneath it: a swatch, the label and the text per part. Neighbouring parts of the
/// same colour stay apart by a white gap; each part has a tooltip.
pub fn stacked(title: &str, parts: &[Part]) -> String {
    const STACK_W: u32 = 480;
    const STACK_H: u32 = 28;
    const KEY_H: u32 = 20;
    let parts: Vec<&Part> = parts.iter().filter(|p| p.count > 0).collect();
    let total: i64 = parts.iter().map(|p| p.count).sum();
    let keys: Vec<String> = parts.iter().map(|p| format!("{}: {}", p.label, p.text)).collect();
    let key_w = keys
        .iter()
        .map(|k| text_width(k, LABEL_FONT))
        .fold(0.0f64, f64::max)
        .ceil() as u32;
    let width = (PAD + STACK_W + PAD).max(PAD + 18 + key_w + PAD);
    let key_top = TOP + STACK_H + 14;
    let height = key_top + KEY_H * parts.len() as u32 + 4;
    let mut s = open(width, height, title);
    if total > 0 {
        let mut before = 0i64;
        for p in &parts {
            let x = PAD + (before as f64 / total as f64 * STACK_W as f64).round() as u32;
            before += p.count;
            let end = PAD + (before as f64 / total as f64 * STACK_W as f64).round() as u32;
            s.push_str(&format!(
                "<rect x=\"{x}\" y=\"{TOP}\" width=\"{}\" height=\"{STACK_H}\" fill=\"{}\" stroke=\"#fff\" stroke-width=\"1\"><title>{}</title></rect>",
                end - x,
                p.fill,
                escape(&format!("{}: {}", p.label, p.text)),
            ));
        }
    }
    for (i, (p, key)) in parts.iter().zip(&keys).enumerate() {
        let y = key_top + KEY_H * i as u32;
        s.push_str(&format!(
            "<rect x=\"{PAD}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#1f2937\">{}</text>",
            p.fill,
            PAD + 18,
            y + 11,
            escape(key),
        ));
    }
    s.push_str("</svg>");
    s
}

/// One line of a line chart: its name in the key, its colour, a value per point.
pub struct Series {
    pub label: String,
    pub fill: &'static str,
    pub values: Vec<i64>,
    /// Drawn dashed (a line to compare against).
    pub dashed: bool,
}

/// Lines over evenly spaced points (months), on a scale from 0 to the largest value, with
/// the key (name and last value of each line) above the plot and `x_labels` below it.
pub fn lines(title: &str, x_labels: &[String], series: &[Series]) -> String {
    const STEP: u32 = 44;
    const PLOT_H: u32 = 180;
    const KEY_H: u32 = 20;
    const AXIS_W: u32 = 40;
    let n = x_labels.len().max(1) as u32;
    let max = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .fold(1i64, i64::max);
    let keys: Vec<String> = series
        .iter()
        .map(|s| {
            format!(
                "{}: {}",
                s.label,
                crate::kit::fmt::int(s.values.last().copied().unwrap_or(0))
            )
        })
        .collect();
    let top = TOP + KEY_H * series.len() as u32 + 6;
    let x0 = PAD + AXIS_W;
    let plot_w = STEP * n;
    let bottom = top + PLOT_H;
    let key_w = keys
        .iter()
        .map(|k| text_width(k, LABEL_FONT))
        .fold(0.0f64, f64::max)
        .ceil() as u32;
    let width = (x0 + plot_w + PAD).max(x0 + 30 + key_w + PAD);
    let height = bottom + 22;
    let x_of = |i: usize| x0 + STEP * i as u32 + STEP / 2;
    let y_of = |v: i64| bottom - (v.max(0) as f64 / max as f64 * PLOT_H as f64).round() as u32;
    let mut s = open(width, height, title);
    for (i, (ser, key)) in series.iter().zip(&keys).enumerate() {
        let y = TOP + KEY_H * i as u32 + 8;
        let dash = if ser.dashed { " stroke-dasharray=\"6 4\"" } else { "" };
        s.push_str(&format!(
            "<line x1=\"{x0}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"{}\" stroke-width=\"3\"{dash}/><text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#1f2937\">{}</text>",
            x0 + 24,
            ser.fill,
            x0 + 30,
            y + 4,
            escape(key),
        ));
    }
    let mut ticks = vec![0, max];
    if max >= 2 {
        ticks.insert(1, max / 2);
    }
    for v in ticks {
        let y = y_of(v);
        s.push_str(&format!(
            "<line x1=\"{x0}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#c8ced8\" stroke-width=\"1\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\" fill=\"#4a5160\">{}</text>",
            x0 + plot_w,
            x0 - 6,
            y + 4,
            crate::kit::fmt::int(v),
        ));
    }
    for (i, l) in x_labels.iter().enumerate() {
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#4a5160\">{}</text>",
            x_of(i),
            bottom + 16,
            escape(l),
        ));
    }
    for ser in series {
        let points: Vec<String> = ser
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{},{}", x_of(i), y_of(*v)))
            .collect();
        let dash = if ser.dashed { " stroke-dasharray=\"6 4\"" } else { "" };
        s.push_str(&format!(
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\"{dash}/>",
            points.join(" "),
            ser.fill,
        ));
        for (i, v) in ser.values.iter().enumerate() {
            s.push_str(&format!(
                "<circle cx=\"{}\" cy=\"{}\" r=\"3\" fill=\"{}\"><title>{}: {}</title></circle>",
                x_of(i),
                y_of(*v),
                ser.fill,
                escape(x_labels.get(i).map(String::as_str).unwrap_or("")),
                crate::kit::fmt::int(*v),
            ));
        }
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_scales() {
        let svg = bars(
            "Tỷ lệ <hoàn thành>",
            &[Bar {
                href: String::new(),
                label: "Phường A & B".into(),
                value: 150.0,
                text: "50,0%".into(),
                fill: "#000",
            }],
        );
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("Phường A &amp; B"));
        assert!(svg.contains("&lt;hoàn thành&gt;"));
        assert!(svg.contains(&format!("width=\"{BAR_MAX}\"")), "clamped to 100%");
    }

    #[test]
    fn plan_and_actual_share_a_scale() {
        let svg = plan_actual(
            "Kế hoạch & thực hiện",
            "Kế hoạch",
            "Thực hiện",
            &[
                Pair {
                    label: "Thu ngân sách".into(),
                    actual: Some(150.0),
                    text: "150%".into(),
                    fill: "#000",
                },
                Pair {
                    label: "Chưa có".into(),
                    actual: None,
                    text: "—".into(),
                    fill: "#000",
                },
            ],
        );
        assert!(svg.contains("Kế hoạch &amp; thực hiện"));
        // Scale 0–150%: the plan bar is two thirds of the width, the actual bar all of it.
        assert!(
            svg.contains(&format!("width=\"{}\" height=\"9\"", BAR_MAX * 2 / 3 + 1))
                || svg.contains(&format!("width=\"{}\" height=\"9\"", BAR_MAX * 2 / 3))
        );
        assert!(svg.contains(&format!("width=\"{BAR_MAX}\" height=\"12\"")));
        assert!(svg.contains(">150%</text>"));
    }

    #[test]
    fn long_labels_wrap_whole_and_text_stays_readable() {
        let long = "Ban Quản lý dự án đầu tư xây dựng quận Long Biên (nhiệm vụ của đơn vị)";
        let svg = bars(
            "t",
            &[
                Bar {
                    href: String::new(),
                    label: long.into(),
                    value: 40.0,
                    text: "40,0% (2/5)".into(),
                    fill: "#000",
                },
                Bar {
                    href: String::new(),
                    label: "Phường Bồ Đề".into(),
                    value: 90.0,
                    text: "90,0% (9/10)".into(),
                    fill: "#000",
                },
            ],
        );
        assert!(!svg.contains('…'), "never shortened");
        assert!(svg.contains("<tspan"), "a long label wraps");
        for word in long.split_whitespace() {
            assert!(svg.contains(&escape(word)), "{word} kept");
        }
        // The label column fits the longest line: no label starts left of the SVG.
        let lines = wrap(long, LABEL_FONT, LABEL_MAX);
        assert!(lines.len() >= 2 && lines.iter().all(|l| text_width(l, LABEL_FONT) <= LABEL_MAX));
        let (w, _) = label_column([long, "Phường Bồ Đề"].into_iter());
        assert!(w as f64 <= LABEL_MAX && w > 100);
        assert!(!svg.contains("style="), "the CSP forbids inline style");
        assert!(!svg.contains("width=\"100%\""), "drawn at its natural size, not shrunk");
        let legend = legend("Màu <cột>", &[("#1e7b34", "Tốt")]);
        assert!(legend.contains("Màu &lt;cột&gt;") && legend.contains("fill=\"#1e7b34\"") && legend.contains("Tốt"));
    }

    #[test]
    fn lines_scale_to_the_largest_value() {
        let svg = lines(
            "Tiến độ <kế hoạch>",
            &["1/23".into(), "2/23".into()],
            &[
                Series {
                    label: "Hoàn thành".into(),
                    fill: "#1e7b34",
                    values: vec![0, 4],
                    dashed: false,
                },
                Series {
                    label: "Đến hạn".into(),
                    fill: "#0b3d91",
                    values: vec![2, 8],
                    dashed: true,
                },
            ],
        );
        assert!(svg.contains("&lt;kế hoạch&gt;"));
        assert!(svg.contains("Hoàn thành: 4") && svg.contains("Đến hạn: 8"));
        assert_eq!(svg.matches("<polyline").count(), 2);
        assert!(svg.contains("stroke-dasharray") && !svg.contains("style="));
        assert!(svg.contains(">2/23</text>"));
    }

    #[test]
    fn stacked_parts_fill_the_bar_and_skip_zeros() {
        let part = |label: &str, count: i64| Part {
            label: label.into(),
            count,
            text: count.to_string(),
            fill: "#000",
        };
        let svg = stacked(
            "Trạng thái <x>",
            &[part("Quá hạn", 1), part("Đã hủy", 0), part("Đúng hạn & sớm", 3)],
        );
        assert!(svg.contains("&lt;x&gt;"));
        assert!(svg.contains("Quá hạn: 1") && svg.contains("Đúng hạn &amp; sớm: 3"));
        assert!(!svg.contains("Đã hủy"), "zero parts are left out");
        assert!(svg.contains("width=\"120\" height=\"28\"") && svg.contains("width=\"360\" height=\"28\""));
        assert!(!svg.contains("style="));
        let empty = stacked("t", &[]);
        assert!(empty.starts_with("<svg") && empty.ends_with("</svg>"));
    }
}
