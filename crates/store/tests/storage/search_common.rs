//! Search for a phrase common in a province and for a rare one older than the province's newest
//! rows: the hits are the newest matches either way (on PostgreSQL the first is answered by a
//! walk of the province's newest rows, the second by the trigram probe after that walk found
//! too few — `store::search::plans`).

use domain::access::Scope;
use domain::unit::UnitPath;
use store::access::TaskVisibility;
use store::search::HitKind;
use store::tasks;

use crate::common::*;

both!(
    a_common_phrase_and_an_old_rare_one_give_their_newest_matches,
    |db| async move {
        let fx = fixture(&db).await?;
        let mut tx = db.write().await?;
        let batch = |title: &str, n: usize| {
            (0..n)
                .map(|i| task_in(fx.kh152.id, fx.bo_de.id, &format!("{title} {i}"), None))
                .collect::<Vec<_>>()
        };
        // The rare phrase first, then more of the common one than a walk of the newest rows reads.
        let rare = tasks::create_batch(&mut tx, batch("Rà soát hộ cận nghèo đợt", 30), &fx.clock).await?;
        let common =
            tasks::create_batch(&mut tx, batch("Tổng vệ sinh môi trường tổ dân phố", 4_100), &fx.clock).await?;
        tx.commit().await?;

        let city = UnitPath::parse(&fx.ha_noi.path).expect("a path");
        let vis = TaskVisibility {
            scope: Scope::subtrees(vec![city]),
            person_id: None,
        };
        let mut tx = db.read().await?;
        let task_ids = |hits: Vec<store::search::SearchHit>| -> Vec<i64> {
            hits.into_iter()
                .filter(|h| h.kind == HitKind::Task)
                .map(|h| h.id)
                .collect()
        };
        let hits = store::search::search(&mut tx, "tong ve sinh moi truong", &vis, 20)
            .await?
            .hits;
        let newest: Vec<i64> = common.iter().rev().take(20).map(|t| t.id).collect();
        assert_eq!(task_ids(hits), newest, "the common phrase's newest tasks");

        let hits = store::search::search(&mut tx, "ra soat ho can ngheo", &vis, 50)
            .await?
            .hits;
        let mut got = task_ids(hits);
        got.sort_unstable();
        let want: Vec<i64> = rare.iter().map(|t| t.id).collect();
        assert_eq!(
            got, want,
            "every match of the rare phrase, older than the newest 4,000 rows"
        );
        Ok(())
    }
);
