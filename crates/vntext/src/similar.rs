//! Near-duplicate detection for plans and tasks ("nghị quyết chồng nghị quyết"):
//! syllable 2-gram shingles over folded text (numbers as one token), a MinHash signature with LSH band keys
//! that a database can index to find candidates, and an exact Jaccard similarity of the
//! shingle sets for ranking. No model, no network.
//!
//! A [`Signature`] holds 64 MinHash values and the sorted shingle hashes (for the exact
//! score). [`band_keys`] gives 16 keys of 4 rows each: two texts with Jaccard `s` share
//! a key with probability `1 - (1 - s⁴)¹⁶` (0.5 → 0.64, 0.7 → 0.98, 0.3 → 0.12).

use std::collections::HashMap;

use crate::text::fold;

/// Syllables per shingle.
pub const SHINGLE: usize = 2;
/// MinHash values per signature.
pub const HASHES: usize = 64;
/// LSH bands (HASHES = BANDS × ROWS).
pub const BANDS: usize = 16;
const ROWS: usize = HASHES / BANDS;
/// Recommended threshold on [`similarity`] for "near-duplicate" (see docs/vntext.md).
pub const NEAR_DUPLICATE: f32 = 0.5;

/// The fingerprint of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// MinHash values.
    pub minhash: [u32; HASHES],
    /// Sorted, distinct 64-bit hashes of the shingles.
    pub shingles: Vec<u64>,
}

impl Signature {
    /// Compact bytes: 64 little-endian u32 MinHash values, then the shingle hashes as
    /// little-endian u64.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HASHES * 4 + self.shingles.len() * 8);
        for v in self.minhash {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for s in &self.shingles {
            out.extend_from_slice(&s.to_le_bytes());
        }
        out
    }

    /// Reads [`Signature::to_bytes`]; `None` if the length is not valid.
    pub fn from_bytes(b: &[u8]) -> Option<Self> {
        if b.len() < HASHES * 4 || !(b.len() - HASHES * 4).is_multiple_of(8) {
            return None;
        }
        let mut minhash = [0u32; HASHES];
        for (i, v) in minhash.iter_mut().enumerate() {
            *v = u32::from_le_bytes(b[i * 4..i * 4 + 4].try_into().ok()?);
        }
        let shingles = b[HASHES * 4..]
            .chunks_exact(8)
            .map(|c| c.try_into().map(u64::from_le_bytes))
            .collect::<Result<Vec<_>, _>>()
            .ok()?;
        Some(Self { minhash, shingles })
    }
}

/// FNV-1a, stable across runs and platforms (the keys are stored).
fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A 64-bit mix (splitmix64) used to derive the MinHash permutations.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The signature of a text: folded (no tones, `đ` → `d`, lowercase), split into
/// syllables of letters and digits, shingled by [`SHINGLE`].
///
/// ```
/// use vntext::similar::{signature, similarity};
/// let a = signature("Tổ chức hội nghị quán triệt Chỉ thị số 24-CT/TU cho cán bộ chủ chốt quận");
/// let b = signature("Tổ chức hội nghị quán triệt Chỉ thị 24-CT/TU cho cán bộ chủ chốt của quận");
/// let c = signature("Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý nhiệm kỳ 2025-2030");
/// assert!(similarity(&a, &b) > 0.5);
/// assert!(similarity(&a, &c) < 0.1);
/// ```
pub fn signature(text: &str) -> Signature {
    let folded = fold(text);
    // Numbers (years, dates, document numbers) change from one copy to the next: they
    // count as one token "#".
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| if w.bytes().all(|b| b.is_ascii_digit()) { "#" } else { w })
        .collect();
    let mut shingles: Vec<u64> = if words.len() < SHINGLE {
        (!words.is_empty())
            .then(|| fnv(words.join(" ").as_bytes()))
            .into_iter()
            .collect()
    } else {
        words.windows(SHINGLE).map(|w| fnv(w.join(" ").as_bytes())).collect()
    };
    shingles.sort_unstable();
    shingles.dedup();
    let mut minhash = [u32::MAX; HASHES];
    for &s in &shingles {
        for (i, m) in minhash.iter_mut().enumerate() {
            let v = (mix(s ^ mix(i as u64 + 1)) >> 32) as u32;
            if v < *m {
                *m = v;
            }
        }
    }
    Signature { minhash, shingles }
}

/// LSH band keys: one 64-bit key per band, tagged with the band number so keys of
/// different bands never collide. Two signatures that share a key are candidates.
pub fn band_keys(sig: &Signature) -> Vec<u64> {
    (0..BANDS)
        .map(|b| {
            let mut bytes = Vec::with_capacity(ROWS * 4 + 1);
            bytes.push(b as u8);
            for v in &sig.minhash[b * ROWS..(b + 1) * ROWS] {
                bytes.extend_from_slice(&v.to_le_bytes());
            }
            fnv(&bytes)
        })
        .collect()
}

/// Exact Jaccard similarity of the shingle sets, 0.0–1.0.
pub fn similarity(a: &Signature, b: &Signature) -> f32 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.shingles.len() && j < b.shingles.len() {
        match a.shingles[i].cmp(&b.shingles[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.shingles.len() + b.shingles.len() - common;
    if union == 0 { 0.0 } else { common as f32 / union as f32 }
}

/// An in-memory index of signatures by band key, for tests and benchmarks (a database
/// stores the same band keys).
#[derive(Debug, Default)]
pub struct Index {
    signatures: Vec<Signature>,
    ids: Vec<i64>,
    buckets: HashMap<u64, Vec<u32>>,
}

impl Index {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a text's signature under an id.
    pub fn insert(&mut self, id: i64, sig: Signature) {
        let n = self.signatures.len() as u32;
        for k in band_keys(&sig) {
            self.buckets.entry(k).or_default().push(n);
        }
        self.signatures.push(sig);
        self.ids.push(id);
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Ids whose similarity to `sig` is at least `threshold`, best first.
    pub fn query(&self, sig: &Signature, threshold: f32) -> Vec<(i64, f32)> {
        let mut cands: Vec<u32> = band_keys(sig)
            .iter()
            .filter_map(|k| self.buckets.get(k))
            .flatten()
            .copied()
            .collect();
        cands.sort_unstable();
        cands.dedup();
        let mut out: Vec<(i64, f32)> = cands
            .into_iter()
            .map(|c| (self.ids[c as usize], similarity(sig, &self.signatures[c as usize])))
            .filter(|(_, s)| *s >= threshold)
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_round_trip_and_tone_styles() {
        let a = signature("Tăng cường công tác phòng, chống tham nhũng, lãng phí, tiêu cực trong hệ thống chính trị");
        assert_eq!(Signature::from_bytes(&a.to_bytes()).as_ref(), Some(&a));
        let b = signature("tang cuong cong tac phong, chong tham nhung, lang phi, tieu cuc trong he thong chinh tri");
        assert_eq!(similarity(&a, &b), 1.0);
        assert_eq!(band_keys(&a), band_keys(&b));
        assert_eq!(similarity(&signature(""), &signature("")), 0.0);
    }

    #[test]
    fn index_finds_near_duplicates() {
        let mut idx = Index::new();
        idx.insert(1, signature("Kế hoạch thực hiện Chỉ thị số 24-CT/TU về tăng cường kỷ luật, kỷ cương hành chính trên địa bàn quận năm 2023"));
        idx.insert(
            2,
            signature("Kế hoạch tổ chức Hội khỏe Phù Đổng các trường học năm học 2023-2024"),
        );
        let q = signature(
            "Kế hoạch thực hiện Chỉ thị 24-CT/TU về tăng cường kỷ luật, kỷ cương hành chính trên địa bàn phường năm 2023",
        );
        let hits = idx.query(&q, NEAR_DUPLICATE);
        assert_eq!(hits.first().map(|h| h.0), Some(1));
        assert!(hits.iter().all(|h| h.0 != 2));
    }
}
