//! Numbers with two decimals — points, percentages, conversion factors — held as integer
//! hundredths.
//!
//! Scores are compared with thresholds (90, 70, 50) and quotas are counted at their exact
//! boundary, so the arithmetic is integer and exact: a ratio is rounded once, half up, from
//! its exact numerator and denominator ([`round_ratio`]). Rounding that way is monotone,
//! which is what lets "one more task on time never lowers a score" hold exactly instead of
//! "up to floating-point noise". In JSON and TOML the values read and write as plain decimal
//! numbers (`61.3`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Largest magnitude accepted from outside (in units, not hundredths): far above any score,
/// small enough that every product in this module fits in an `i128`.
const LIMIT: f64 = 1.0e9;

macro_rules! fixed2 {
    ($(#[$m:meta])* $name:ident, $what_vi:literal, $what_en:literal) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name(i64);

        impl $name {
            pub const ZERO: $name = $name(0);

            /// From a count of hundredths: `from_hundredths(6130)` is 61.3.
            pub const fn from_hundredths(h: i64) -> $name {
                $name(h)
            }

            /// A whole number: `whole(70)` is 70.00.
            pub const fn whole(n: i64) -> $name {
                $name(n * 100)
            }

            pub const fn hundredths(self) -> i64 {
                self.0
            }

            /// Reads a decimal number with at most two decimals; `None` when it is not finite,
            /// too large, or more precise than a hundredth.
            pub fn from_f64(x: f64) -> Option<$name> {
                if !x.is_finite() || x.abs() > LIMIT {
                    return None;
                }
                let scaled = x * 100.0;
                let h = scaled.round();
                if (scaled - h).abs() > 1e-6 {
                    return None;
                }
                Some($name(h as i64))
            }

            pub fn to_f64(self) -> f64 {
                self.0 as f64 / 100.0
            }

            /// Vietnamese notation: decimal comma, no trailing zeros ("61,3", "70").
            pub fn vi(self) -> String {
                format_hundredths(self.0, ',')
            }

            /// English notation: decimal point, no trailing zeros ("61.3", "70").
            pub fn en(self) -> String {
                format_hundredths(self.0, '.')
            }
        }

        impl std::ops::Add for $name {
            type Output = $name;
            fn add(self, other: $name) -> $name {
                $name(self.0.saturating_add(other.0))
            }
        }

        impl std::ops::Sub for $name {
            type Output = $name;
            fn sub(self, other: $name) -> $name {
                $name(self.0.saturating_sub(other.0))
            }
        }

        impl std::iter::Sum for $name {
            fn sum<I: Iterator<Item = $name>>(iter: I) -> $name {
                iter.fold($name::ZERO, |a, b| a + b)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.en())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_f64(self.to_f64())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let x = f64::deserialize(d)?;
                $name::from_f64(x).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "{} {x} không hợp lệ (tối đa hai chữ số thập phân) / invalid {} {x} (at most two decimals)",
                        $what_vi, $what_en
                    ))
                })
            }
        }
    };
}

fixed2!(
    /// Points of a score (điểm), e.g. 61.3 of 100.
    Points, "số điểm", "points"
);
fixed2!(
    /// A percentage (tỷ lệ), e.g. 20 for 20 %.
    Percent, "tỷ lệ phần trăm", "percentage"
);
fixed2!(
    /// A multiplier, e.g. a task's conversion factor ("hệ số quy đổi") 1.5.
    Factor, "hệ số", "factor"
);

impl Percent {
    pub const HUNDRED: Percent = Percent::whole(100);

    /// The share `num / den` as a percentage, rounded half up (100 % when `den` is 0).
    pub fn of(num: i64, den: i64) -> Percent {
        if den <= 0 {
            return Percent::HUNDRED;
        }
        Percent::from_hundredths(round_ratio(i128::from(num) * 10_000, i128::from(den)))
    }

    /// True when `num / den` reaches this percentage, compared exactly.
    pub fn reached_by(self, num: i64, den: i64) -> bool {
        i128::from(num) * 10_000 >= i128::from(self.hundredths()) * i128::from(den)
    }

    /// True when `num / den` does not exceed this percentage, compared exactly.
    pub fn not_exceeded_by(self, num: i64, den: i64) -> bool {
        i128::from(num) * 10_000 <= i128::from(self.hundredths()) * i128::from(den)
    }
}

impl Factor {
    pub const ONE: Factor = Factor::whole(1);
}

/// `num / den` rounded half up to an integer, for `num ≥ 0` and `den > 0` (0 otherwise).
/// Monotone: a larger numerator or a smaller denominator never gives a smaller result.
pub fn round_ratio(num: i128, den: i128) -> i64 {
    if den <= 0 || num <= 0 {
        return 0;
    }
    let q = (num * 2 + den) / (den * 2);
    i64::try_from(q).unwrap_or(i64::MAX)
}

fn format_hundredths(h: i64, sep: char) -> String {
    let sign = if h < 0 { "-" } else { "" };
    let abs = h.unsigned_abs();
    let (int, frac) = (abs / 100, abs % 100);
    match frac {
        0 => format!("{sign}{int}"),
        f if f % 10 == 0 => format!("{sign}{int}{sep}{}", f / 10),
        f => format!("{sign}{int}{sep}{f:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_prints_two_decimals() {
        assert_eq!(Points::from_f64(61.3), Some(Points::from_hundredths(6130)));
        assert_eq!(Points::from_f64(61.25).map(Points::vi), Some("61,25".to_string()));
        assert_eq!(Points::whole(70).vi(), "70");
        assert_eq!(Points::from_hundredths(6130).en(), "61.3");
        assert_eq!(Points::from_hundredths(-5).en(), "-0.05");
        assert_eq!(Points::from_f64(61.333), None, "three decimals");
        assert_eq!(Points::from_f64(f64::NAN), None);
        assert_eq!(Points::from_f64(1e12), None);
    }

    #[test]
    fn rounding_is_half_up_and_exact() {
        assert_eq!(round_ratio(1, 2), 1);
        assert_eq!(round_ratio(1, 3), 0);
        assert_eq!(round_ratio(2, 3), 1);
        assert_eq!(round_ratio(5, 0), 0);
        assert_eq!(Percent::of(1, 3), Percent::from_hundredths(3333));
        assert_eq!(Percent::of(2, 3), Percent::from_hundredths(6667));
        assert_eq!(Percent::of(0, 0), Percent::HUNDRED);
    }

    #[test]
    fn percentage_comparisons_are_exact_at_the_boundary() {
        let thirty = Percent::whole(30);
        assert!(thirty.reached_by(3, 10));
        assert!(!thirty.reached_by(29, 100));
        assert!(thirty.not_exceeded_by(6, 20));
        assert!(!thirty.not_exceeded_by(7, 20));
    }

    #[test]
    fn serde_reads_integers_and_decimals() {
        #[derive(Deserialize, Serialize)]
        struct T {
            a: Points,
            b: Percent,
        }
        let t: T = toml::from_str("a = 30\nb = 12.5").unwrap();
        assert_eq!((t.a, t.b), (Points::whole(30), Percent::from_hundredths(1250)));
        assert!(toml::from_str::<T>("a = 30.001\nb = 1").is_err());
    }
}
