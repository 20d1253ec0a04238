//! Search for a phrase common in a province, for one in a task of fifty, and for a rare one
//! older than the province's newest rows: the hits are the newest matches each time (on
//! PostgreSQL the first is answered by a walk of the province's newest 4,000 rows, the second by
//! a longer walk, the third by the trigram probe after the walk found too few —
//! `store::search::plans`).

use domain::access::Scope;
use domain::unit::UnitPath;
use store::access::TaskVisibility;
use store::search::{HitKind, SearchHit};
use store::tasks;

use crate::common::*;

fn task_ids(hits: Vec<SearchHit>) -> Vec<i64> {
    hits.into_iter()
        .filter(|h| h.kind == HitKind::Task)
        .map(|h| h.id)
        .collect()
}

both!(
    common_less_common_and_old_rare_phrases_give_their_newest_matches,
    |db| async move {
        let fx = fixture(&db).await?;
        let mut tx = db.write().await?;
        let title = |i: usize| match i % 50 {
            0 => format!("Lấy ý kiến nhân dân về dự thảo quy hoạch {i}"),
            _ => format!("Tổng vệ sinh môi trường tổ dân phố {i}"),
        };
        // The rare phrase first, then three times as many rows as the first walk reads, one in
        // fifty of them with the second phrase (80 in the newest 4,000: too few at first; its
        // hundred newest need the walk on below them).
        let rare = (0..30)
            .map(|i| task_in(fx.kh152.id, fx.bo_de.id, &format!("Rà soát hộ cận nghèo đợt {i}"), None))
            .collect();
        let rare = tasks::create_batch(&mut tx, rare, &fx.clock).await?;
        let newer = (0..12_000)
            .map(|i| task_in(fx.kh152.id, fx.bo_de.id, &title(i), None))
            .collect();
        let newer = tasks::create_batch(&mut tx, newer, &fx.clock).await?;
        tx.commit().await?;
        let newest = |phrase: &str, n: usize| -> Vec<i64> {
            newer
                .iter()
                .rev()
                .filter(|t| t.title.starts_with(phrase))
                .take(n)
                .map(|t| t.id)
                .collect()
        };

        let city = UnitPath::parse(&fx.ha_noi.path).expect("a path");
        let vis = TaskVisibility {
            scope: Scope::subtrees(vec![city]),
            person_id: None,
        };
        let mut tx = db.read().await?;
        let hits = store::search::search(&mut tx, "tong ve sinh moi truong", &vis, 20)
            .await?
            .hits;
        assert_eq!(
            task_ids(hits),
            newest("Tổng vệ sinh", 20),
            "the common phrase's newest tasks"
        );
        let hits = store::search::search(&mut tx, "lay y kien nhan dan", &vis, 100)
            .await?
            .hits;
        assert_eq!(
            task_ids(hits),
            newest("Lấy ý kiến", 100),
            "the less common phrase's newest tasks"
        );

        let hits = store::search::search(&mut tx, "ra soat ho can ngheo", &vis, 50)
            .await?
            .hits;
        let mut got = task_ids(hits);
        got.sort_unstable();
        let want: Vec<i64> = rare.iter().map(|t| t.id).collect();
        assert_eq!(
            got, want,
            "every match of the rare phrase, older than the newest rows walked"
        );
        Ok(())
    }
);
