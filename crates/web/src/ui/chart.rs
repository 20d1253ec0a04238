//! Charts as SVG drawn on the server: no script, printable, labelled.

use super::escape;

/// One bar: a label, a value in 0–100, the text printed after the bar, its colour.
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
    pub fill: &'static str,
}

const WIDTH: u32 = 640;
const LABEL_W: u32 = 210;
const BAR_MAX: u32 = 340;
const ROW_H: u32 = 26;
const TOP: u32 = 8;

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

/// Horizontal bars on a 0–100 scale with gridlines at 0, 50 and 100.
pub fn bars(title: &str, bars: &[Bar]) -> String {
    let height = TOP * 2 + ROW_H * bars.len().max(1) as u32 + 16;
    let mut s = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" role=\"img\" aria-label=\"{t}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{t}</title>",
        t = escape(title)
    );
    let bottom = TOP + ROW_H * bars.len() as u32;
    for pct in [0u32, 50, 100] {
        let x = LABEL_W + BAR_MAX * pct / 100;
        s.push_str(&format!(
            "<line x1=\"{x}\" y1=\"{TOP}\" x2=\"{x}\" y2=\"{bottom}\" stroke=\"#c8ced8\" stroke-width=\"1\"/><text x=\"{x}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#4a5160\">{pct}%</text>",
            bottom + 13
        ));
    }
    for (i, b) in bars.iter().enumerate() {
        let y = TOP + ROW_H * i as u32;
        let w = (b.value.clamp(0.0, 100.0) / 100.0 * BAR_MAX as f64).round() as u32;
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"13\" text-anchor=\"end\" fill=\"#1f2937\">{}</text>\
             <rect x=\"{LABEL_W}\" y=\"{}\" width=\"{w}\" height=\"{}\" fill=\"{}\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1f2937\">{}</text>",
            LABEL_W - 8,
            y + 17,
            escape(&shorten(&b.label, 30)),
            y + 5,
            ROW_H - 10,
            b.fill,
            LABEL_W + w + 6,
            y + 17,
            escape(&b.text),
        ));
    }
    s.push_str("</svg>");
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
    let top = TOP + LEGEND_H;
    let max = rows.iter().filter_map(|r| r.actual).fold(100.0f64, f64::max).min(200.0);
    let scale = ((max / 50.0).ceil() * 50.0).max(100.0);
    let x_of = |v: f64| LABEL_W + (v.clamp(0.0, scale) / scale * BAR_MAX as f64).round() as u32;
    let bottom = top + PAIR_H * rows.len().max(1) as u32;
    let height = bottom + 24;
    let mut s = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" role=\"img\" aria-label=\"{t}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{t}</title>",
        t = escape(title)
    );
    s.push_str(&format!(
        "<rect x=\"{LABEL_W}\" y=\"{TOP}\" width=\"12\" height=\"10\" fill=\"#9aa3b2\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1f2937\">{}</text>\
         <rect x=\"{}\" y=\"{TOP}\" width=\"12\" height=\"10\" fill=\"#0b3d91\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1f2937\">{}</text>",
        LABEL_W + 16,
        TOP + 9,
        escape(plan_label),
        LABEL_W + 150,
        LABEL_W + 166,
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
            "<line x1=\"{x}\" y1=\"{top}\" x2=\"{x}\" y2=\"{bottom}\" stroke=\"#c8ced8\" stroke-width=\"1\"/><text x=\"{x}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#4a5160\">{}%</text>",
            bottom + 13,
            pct as u32
        ));
    }
    for (i, r) in rows.iter().enumerate() {
        let y = top + PAIR_H * i as u32;
        let plan_w = x_of(100.0) - LABEL_W;
        let actual_w = r.actual.map(|a| x_of(a) - LABEL_W).unwrap_or(0);
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"13\" text-anchor=\"end\" fill=\"#1f2937\">{}</text>\
             <rect x=\"{LABEL_W}\" y=\"{}\" width=\"{plan_w}\" height=\"9\" fill=\"#9aa3b2\"/>\
             <rect x=\"{LABEL_W}\" y=\"{}\" width=\"{actual_w}\" height=\"12\" fill=\"{}\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1f2937\">{}</text>",
            LABEL_W - 8,
            y + 20,
            escape(&shorten(&r.label, 30)),
            y + 4,
            y + 15,
            r.fill,
            LABEL_W + plan_w.max(actual_w) + 6,
            y + 22,
            escape(&r.text),
        ));
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
}
