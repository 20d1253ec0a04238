//! Pure parts of search: reading the query, scoring a candidate, and mapping matched words
//! back to byte ranges of the text the user sees.

/// Words longer than this many bytes are cut (nobody types them; they only cost time).
const MAX_WORD: usize = 60;
/// At most this many words are searched.
const MAX_WORDS: usize = 8;

/// A query, folded and split into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// Distinct folded words, in the order typed.
    pub words: Vec<String>,
    /// The words joined by one space: a phrase bonus goes to text containing it.
    pub phrase: String,
    /// Letters and digits only ("24cttu" for "24-CT/TU" or "24 CT TU"), when the query has a
    /// digit and could be a document symbol.
    pub compact: Option<String>,
}

impl Query {
    pub fn parse(q: &str) -> Query {
        let folded = vntext::fold(q);
        let mut words: Vec<String> = Vec::new();
        for raw in folded.split_whitespace() {
            let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
            let w: String = w.chars().take(MAX_WORD).collect();
            if !w.is_empty() && !words.contains(&w) && words.len() < MAX_WORDS {
                words.push(w);
            }
        }
        let compact: String = folded.chars().filter(|c| c.is_alphanumeric()).collect();
        let compact = (compact.chars().any(|c| c.is_ascii_digit()) && compact.chars().count() >= 3).then_some(compact);
        Query {
            phrase: words.join(" "),
            words,
            compact,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// `true` when `word` occurs in `text` right after a non-alphanumeric character or at the start.
fn at_word_start(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(i, _)| text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

/// What a candidate offers to the ranking.
pub struct Facts<'a> {
    /// The folded searchable text (the stored `*_fold` column).
    pub fold: &'a str,
    /// The display title.
    pub title: &'a str,
    /// A document's symbol, for the exact-symbol rule.
    pub symbol: Option<&'a str>,
    /// Added last: the tie-break between kinds (documents and units before people, then tasks).
    pub kind_bonus: f64,
}

/// Letters and digits of a symbol, folded: `24-CT/TU` → `24cttu`.
pub fn compact_symbol(symbol: &str) -> String {
    vntext::fold(symbol).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The score of a candidate, or `None` when some word does not occur in it (it must not be
/// returned). Exact symbol ≫ whole title equals the query > phrase > words at word starts >
/// words inside words.
pub fn score(q: &Query, f: &Facts) -> Option<f64> {
    let mut s = 0.0;
    for w in &q.words {
        if at_word_start(f.fold, w) {
            s += 2.0;
        } else if w.len() >= 3 && f.fold.contains(w.as_str()) {
            s += 1.0;
        } else {
            return None;
        }
    }
    if let (Some(sym), Some(c)) = (f.symbol, q.compact.as_deref())
        && compact_symbol(sym) == c
    {
        s += 100.0;
    }
    let title = vntext::fold(f.title);
    if q.words.len() > 1 && at_word_start(f.fold, &q.phrase) {
        s += 3.0;
    }
    if title == q.phrase {
        s += 5.0;
    } else if title.starts_with(&q.phrase) {
        s += 1.0;
    }
    // Shorter titles first among equals ("Quận ủy Long Biên" before its boards).
    s += 0.2 / (1.0 + title.len() as f64 / 40.0);
    Some(s + f.kind_bonus)
}

/// Byte ranges of `text` where the query's words (and, for an exact symbol hit, the symbol)
/// occur, sorted and merged.
pub fn highlights(q: &Query, text: &str, symbol: Option<&str>) -> Vec<[usize; 2]> {
    let (folded, map) = vntext::text::fold_with_map(text);
    let mut spans: Vec<[usize; 2]> = Vec::new();
    let mut add = |start: usize, len: usize| {
        if len == 0 {
            return;
        }
        let Some((&a, &last)) = map.get(start).zip(map.get(start + len - 1)) else {
            return;
        };
        let end = last + text[last..].chars().next().map_or(0, char::len_utf8);
        if end > a {
            spans.push([a, end]);
        }
    };
    for w in &q.words {
        for (i, _) in folded.match_indices(w.as_str()) {
            let starts_word = folded[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            if w.len() >= 3 || starts_word {
                add(i, w.len());
            }
        }
    }
    if let Some(sym) = symbol.filter(|s| q.compact.as_deref() == Some(compact_symbol(s).as_str())) {
        let fs = vntext::fold(sym);
        for (i, _) in folded.match_indices(fs.as_str()) {
            add(i, fs.len());
        }
    }
    spans.sort_unstable();
    let mut merged: Vec<[usize; 2]> = Vec::with_capacity(spans.len());
    for s in spans {
        match merged.last_mut() {
            Some(m) if s[0] <= m[1] => m[1] = m[1].max(s[1]),
            _ => merged.push(s),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(fold: &'a str, title: &'a str) -> Facts<'a> {
        Facts {
            fold,
            title,
            symbol: None,
            kind_bonus: 0.0,
        }
    }

    #[test]
    fn query_words_are_folded_distinct_and_trimmed() {
        let q = Query::parse("  Chỉ thị 24, “chỉ” ");
        assert_eq!(q.words, ["chi", "thi", "24"]);
        assert_eq!(q.compact.as_deref(), Some("chithi24chi"));
        assert_eq!(Query::parse("24 CT TU").compact.as_deref(), Some("24cttu"));
        assert_eq!(Query::parse("quan uy").compact, None);
        assert!(Query::parse(" ,. ").is_empty());
    }

    #[test]
    fn every_word_must_occur_and_word_starts_rank_higher() {
        let q = Query::parse("giang duc");
        assert!(score(&q, &facts("phuong duc giang", "Phường Đức Giang")).is_some());
        assert!(score(&q, &facts("phuong duc hoa", "Phường Đức Hòa")).is_none());
        let q = Query::parse("uc");
        assert!(
            score(&q, &facts("phuong duc giang", "x")).is_none(),
            "short words match at word starts only"
        );
        let q = Query::parse("giang");
        let start = score(&q, &facts("giang vo", "Giảng Võ")).unwrap();
        let inside = score(&q, &facts("thuong giangx", "Thượng Giangx")).unwrap();
        assert!(start > inside);
    }

    #[test]
    fn exact_symbol_wins() {
        let q = Query::parse("24 ct tu");
        let exact = Facts {
            symbol: Some("24-CT/TU"),
            ..facts("chi thi 24-ct/tu 24cttu tang cuong", "Chỉ thị 24-CT/TU: Tăng cường")
        };
        let other = Facts {
            symbol: Some("124-CT/TU"),
            ..facts("chi thi 124-ct/tu 124cttu", "Chỉ thị 124-CT/TU")
        };
        assert!(score(&q, &exact).unwrap() > 100.0);
        assert!(score(&q, &other).is_none_or(|s| s < 100.0));
    }

    #[test]
    fn highlights_are_bytes_of_the_original() {
        let text = "Quận ủy Long Biên";
        let q = Query::parse("quan uy long bien");
        let h = highlights(&q, text, None);
        let parts: Vec<&str> = h.iter().map(|[a, b]| &text[*a..*b]).collect();
        assert_eq!(parts, ["Quận", "ủy", "Long", "Biên"]);
        let text = "Chỉ thị 24-CT/TU: Tăng cường";
        let q = Query::parse("24 CT TU");
        let h = highlights(&q, text, Some("24-CT/TU"));
        assert_eq!(h.iter().map(|[a, b]| &text[*a..*b]).collect::<Vec<_>>(), ["24-CT/TU"]);
        let text = "Phường Đức Giang";
        let h = highlights(&Query::parse("đức giang"), text, None);
        assert_eq!(
            h.iter().map(|[a, b]| &text[*a..*b]).collect::<Vec<_>>(),
            ["Đức", "Giang"]
        );
    }
}
