//! "ngày 30/5/20 19", "ngày 24/3 /2023": a numeric date OCR broke with one space — inside the
//! year between its century and the rest, or before a slash. Read whole after "ngày" only, the
//! year's two halves two digits each and the century 19 or 20, so "ngày 30/5/20 người" or a
//! count after a date ("ngày 5/3 /2 lượt") stays no date.

use chrono::NaiveDate;

/// The date at `q` ("ngày " and an OCR-spaced numeric date): the date, its start and length.
pub(super) fn spaced_date(text: &str, q: usize) -> Option<(NaiveDate, usize, usize)> {
    let s = super::context::after_ngay(text, q)?;
    let b = text.as_bytes();
    let digits = |i: usize| b[i.min(b.len())..].iter().take_while(|x| x.is_ascii_digit()).count();
    let number = |i: usize, n: usize| text[i..i + n].parse::<u32>().ok();
    let mut i = s;
    let mut parts = [0u32; 2];
    let mut spaced = false;
    for part in &mut parts {
        let n = digits(i);
        if !(1..=2).contains(&n) {
            return None;
        }
        *part = number(i, n)?;
        i += n;
        // "24/3 /2023": one space before the slash.
        if b.get(i) == Some(&b' ') && b.get(i + 1) == Some(&b'/') && !spaced {
            spaced = true;
            i += 1;
        }
        (b.get(i) == Some(&b'/')).then_some(())?;
        i += 1;
    }
    let n = digits(i);
    let year = if n == 4 && spaced {
        let y = number(i, 4)?;
        i += 4;
        y
    } else if n == 2 && !spaced && b.get(i + 2) == Some(&b' ') && digits(i + 3) == 2 {
        // "30/5/20 19": the century, one space, the rest of the year.
        let century = number(i, 2)?;
        if century != 19 && century != 20 {
            return None;
        }
        let y = century * 100 + number(i + 3, 2)?;
        i += 5;
        y
    } else {
        return None;
    };
    if b.get(i).is_some_and(|x| x.is_ascii_alphanumeric() || *x == b'/') {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, parts[1], parts[0])?;
    Some((date, s, i - s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaced() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        let t = "ngày 30/5/20 19 của";
        assert_eq!(spaced_date(t, 0), Some((d(2019, 5, 30).unwrap(), 6, 10)));
        assert_eq!(spaced_date("ngày 24/3 /2023 của", 0).map(|x| x.0), d(2023, 3, 24));
        assert_eq!(spaced_date("ngày 24/3/2023", 0), None);
        assert_eq!(spaced_date("ngày 30/5/20 người", 0), None);
        assert_eq!(spaced_date("ngày 30/5/21 19", 0), None);
        assert_eq!(spaced_date("ngày 30/5/20 195", 0), None);
        assert_eq!(spaced_date("ngày 5/3 /2 lượt", 0), None);
        assert_eq!(spaced_date("ngày 5/3 /20 19", 0), None);
        assert_eq!(spaced_date("tháng 5/3/20 19", 0), None);
    }
}
