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
}
