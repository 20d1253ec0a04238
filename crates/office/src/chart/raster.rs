//! SVG to PNG with resvg, text shaped with DejaVu Sans from the `dejavu` crate (the font
//! bytes are compiled in; nothing is read from the system or downloaded). Only the
//! regular and bold faces are linked.

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::OfficeError;

/// The family name charts use in their SVG.
pub const FONT_FAMILY: &str = "DejaVu Sans";

/// The bundled regular face (for tests and callers that need the bytes).
pub fn font_regular() -> &'static [u8] {
    dejavu::sans::regular()
}

/// The bundled bold face.
pub fn font_bold() -> &'static [u8] {
    dejavu::sans::bold()
}

fn font_db() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(font_regular().to_vec());
        db.load_font_data(font_bold().to_vec());
        db.set_sans_serif_family(FONT_FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// Rasterises SVG text to PNG bytes at `scale` × its own size.
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, OfficeError> {
    let options = usvg::Options {
        font_family: FONT_FAMILY.to_string(),
        fontdb: font_db(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| OfficeError::ChartRender(e.to_string()))?;
    let scale = if scale.is_finite() && scale > 0.0 {
        scale.min(8.0)
    } else {
        1.0
    };
    let size = tree.size();
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width.max(1), height.max(1))
        .ok_or_else(|| OfficeError::ChartRender(format!("kích thước {width}×{height} không hợp lệ")))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| OfficeError::ChartRender(e.to_string()))
}
