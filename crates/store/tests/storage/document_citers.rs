//! The rows naming a document are read where they lie (`store::citers`): its own tenant and the
//! few others that wrote such rows — a province's plan implementing another's directive, a
//! conference held on another province's document — and, after a unit's move, the tenants it
//! joins. Every list still finds every row; it would not if only the document's tenant were read.

use domain::document::{LinkInput, LinkKind};
use domain::unit::{UnitInput, UnitKind, UnitPath};
use store::{conferences, documents, units};

use crate::common::*;

async fn implements(tx: &mut store::Tx, from: i64, to: i64) -> Result<(), store::StoreError> {
    let input = LinkInput {
        to_id: to,
        kind: LinkKind::Implements,
    };
    documents::link(tx, from, &input).await.map(|_| ())
}

fn down(links: &[store::model::DocumentLink]) -> Vec<i64> {
    let mut ids: Vec<i64> = links
        .iter()
        .filter(|l| l.direction == "down")
        .map(|l| l.document_id)
        .collect();
    ids.sort_unstable();
    ids
}

both!(
    rows_naming_a_document_are_found_in_every_tenant_that_wrote_them,
    |db| async move {
        let fx = fixture(&db).await?;
        let today = clock().today;
        let mut tx = db.write().await?;
        let bac_ninh = unit(&mut tx, None, UnitKind::Province, "Tỉnh Bắc Ninh").await?;
        let tu_son = unit(&mut tx, Some(bac_ninh.id), UnitKind::District, "Thành phố Từ Sơn").await?;
        // Bắc Ninh's plan implements Hà Nội's directive; Từ Sơn's implements Bắc Ninh's plan.
        let bn_plan = doc(
            &mut tx,
            "31-KH/TU",
            "Thực hiện Chỉ thị số 24-CT/TU",
            bac_ninh.id,
            "2023-09-01",
        )
        .await?;
        let ts_plan = doc(
            &mut tx,
            "12-KH/TU",
            "Thực hiện Kế hoạch số 31-KH/TU",
            tu_son.id,
            "2023-09-20",
        )
        .await?;
        implements(&mut tx, bn_plan.id, fx.ct24.id).await?;
        implements(&mut tx, ts_plan.id, bn_plan.id).await?;
        // A conference of Bắc Ninh disseminates the directive and is concluded by Long Biên's plan.
        let bn_path = UnitPath::parse(&bac_ninh.path).expect("path");
        let input = crate::tenant_moves::conference(bac_ninh.id, None, tu_son.id, vec![fx.ct24.id]);
        let conf = conferences::create(&mut tx, &input.validate(today)?, &bn_path, bac_ninh.tenant_id).await?;
        conferences::link_conclusion(&mut tx, conf.conference.id, fx.kh152.id).await?;
        tx.commit().await?;

        let mut tx = db.read().await?;
        let mut expected = vec![fx.kh152.id, bn_plan.id];
        expected.sort_unstable();
        assert_eq!(down(&documents::links(&mut tx, fx.ct24.id).await?), expected);
        let edges: Vec<(i64, i64)> = documents::descendants(&mut tx, fx.ct24.id)
            .await?
            .into_iter()
            .map(|(from, to, _)| (from, to))
            .collect();
        assert!(edges.contains(&(bn_plan.id, fx.ct24.id)), "{edges:?}");
        assert!(edges.contains(&(ts_plan.id, bn_plan.id)), "{edges:?}");
        assert!(edges.contains(&(fx.kh152.id, fx.ct24.id)), "{edges:?}");
        for document in [fx.ct24.id, fx.kh152.id] {
            let f = conferences::Filter {
                document_id: Some(document),
                ..Default::default()
            };
            let ids = conferences::ids(&mut tx, &f, 50).await?;
            assert!(ids.contains(&conf.conference.id), "conferences on {document}: {ids:?}");
        }
        let none = conferences::Filter {
            document_id: Some(i64::MAX),
            ..Default::default()
        };
        assert!(conferences::ids(&mut tx, &none, 50).await?.is_empty());
        drop(tx);

        // The link is removed from the directive's side, in Bắc Ninh.
        let mut tx = db.write().await?;
        let link = documents::links(&mut tx, fx.ct24.id)
            .await?
            .into_iter()
            .find(|l| l.document_id == bn_plan.id)
            .expect("Bắc Ninh's link");
        documents::unlink(&mut tx, fx.ct24.id, link.link_id).await?;
        assert_eq!(down(&documents::links(&mut tx, fx.ct24.id).await?), vec![fx.kh152.id]);
        tx.commit().await?;

        // Long Biên moves to a tenant of its own, with its plan and Bồ Đề's plan implementing it.
        // The link from Long Biên's plan up to the directive moved with it, and a Hà Nội guide
        // naming Long Biên's plan stayed behind: both are still found.
        let mut tx = db.write().await?;
        let bo_de_plan = doc(
            &mut tx,
            "45-KH/ĐU",
            "Thực hiện Kế hoạch số 152-KH/QU",
            fx.bo_de.id,
            "2023-10-02",
        )
        .await?;
        implements(&mut tx, bo_de_plan.id, fx.kh152.id).await?;
        let guide = doc(
            &mut tx,
            "07-HD/TU",
            "Hướng dẫn thực hiện các kế hoạch",
            fx.ha_noi.id,
            "2023-10-05",
        )
        .await?;
        let input = LinkInput {
            to_id: fx.kh152.id,
            kind: LinkKind::Guides,
        };
        documents::link(&mut tx, guide.id, &input).await?;
        tx.commit().await?;
        let mut tx = db.write().await?;
        let lb = units::get(&mut tx, fx.long_bien.id).await?;
        let input = UnitInput {
            parent_id: None,
            kind: UnitKind::District,
            name: lb.name.clone(),
            short_name: None,
        };
        units::update(&mut tx, lb.id, lb.version, &input.validate()?).await?;
        tx.commit().await?;
        let mut tx = db.read().await?;
        let moved = documents::get(&mut tx, fx.kh152.id).await?;
        assert_ne!(moved.tenant_id, fx.ct24.tenant_id, "the plan left Hà Nội");
        let links = documents::links(&mut tx, fx.kh152.id).await?;
        let mut expected = vec![bo_de_plan.id, guide.id];
        expected.sort_unstable();
        assert_eq!(down(&links), expected);
        assert!(
            links.iter().any(|l| l.direction == "up" && l.document_id == fx.ct24.id),
            "{links:?}"
        );
        assert!(down(&documents::links(&mut tx, fx.ct24.id).await?).contains(&fx.kh152.id));
        let edges = documents::descendants(&mut tx, fx.ct24.id).await?;
        assert!(
            edges
                .iter()
                .any(|(from, to, _)| (*from, *to) == (bo_de_plan.id, fx.kh152.id)),
            "{edges:?}"
        );
        TestResult::Ok(())
    }
);
