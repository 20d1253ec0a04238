//! Charts for reports: tasks by status per unit as a horizontal stacked bar chart, drawn
//! once as SVG (real `<text>`, usable on a web page) and rasterised from the same SVG to
//! PNG for Word ([`raster`]), in pure Rust with a font bundled in the binary (DejaVu Sans,
//! which covers Vietnamese), because a server has no system fonts to rely on.

pub mod raster;
mod svg;

use serde::{Deserialize, Serialize};

pub use raster::{FONT_FAMILY, svg_to_png};

/// Tasks by status for each unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusBarChart {
    /// Title above the chart.
    pub title: String,
    /// Status labels, in the order of the stacked segments and the legend.
    pub statuses: Vec<String>,
    /// Fill colours ("#1b9e77") for the statuses; missing entries take the palette.
    pub colors: Vec<String>,
    /// One bar per unit: its name and a count per status (same order as `statuses`).
    pub units: Vec<UnitBar>,
}

/// One bar of the chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitBar {
    pub unit: String,
    pub counts: Vec<u64>,
}

/// Colours for up to eight statuses, told apart by people with the common colour-vision
/// deficiencies (ColorBrewer "Dark2").
pub const PALETTE: [&str; 8] = [
    "#1b9e77", "#66a61e", "#7570b3", "#e6ab02", "#d95f02", "#e7298a", "#a6761d", "#666666",
];

impl StatusBarChart {
    /// The SVG text of the chart.
    pub fn to_svg(&self) -> String {
        svg::status_chart_svg(self)
    }

    /// The chart as PNG, `scale` times the SVG's pixel size (2.0 prints sharply at 16 cm).
    pub fn to_png(&self, scale: f32) -> Result<Vec<u8>, crate::OfficeError> {
        svg_to_png(&self.to_svg(), scale)
    }

    pub(crate) fn color(&self, i: usize) -> String {
        self.colors
            .get(i)
            .filter(|c| is_hex_color(c))
            .cloned()
            .unwrap_or_else(|| PALETTE[i % PALETTE.len()].to_string())
    }
}

fn is_hex_color(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|ch| ch.is_ascii_hexdigit())
}
