//! Units: the tree, its paths, search, Vietnamese order, moves and refusals.

use std::collections::BTreeSet;

use domain::unit::{UnitInput, UnitKind};
use store::people::{self, PersonFilter};
use store::tasks::{self, TaskFilter};
use store::units::{self, UnitFilter};
use store::{StoreError, Tx};

use crate::common::*;

async fn search(tx: &mut Tx, q: &str) -> Result<Vec<String>, StoreError> {
    let f = UnitFilter {
        q: Some(q.into()),
        ..Default::default()
    };
    Ok(units::list(tx, &f, 100, 0)
        .await?
        .items
        .into_iter()
        .map(|u| u.name)
        .collect())
}

fn edit(u: &store::model::Unit, parent_id: Option<i64>) -> domain::Valid<UnitInput> {
    UnitInput {
        parent_id,
        kind: u.kind,
        name: u.name.clone(),
        short_name: u.short_name.clone(),
    }
    .validate()
    .unwrap()
}

both!(tree_has_paths_and_depths, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.read().await?;
    let (h, l, b, c) = (fx.ha_noi.id, fx.long_bien.id, fx.bo_de.id, fx.cb_bo_de.id);
    let lb = units::get(&mut tx, l).await?;
    assert_eq!((lb.path.as_str(), lb.depth), (format!("/{h}/{l}/").as_str(), 2));
    let cb = units::get(&mut tx, c).await?;
    assert_eq!((cb.path.as_str(), cb.depth), (format!("/{h}/{l}/{b}/{c}/").as_str(), 4));
    assert_eq!(fx.ha_noi.path, format!("/{h}/"));
    assert_eq!(fx.ha_noi.depth, 1);
    for u in [
        &fx.ha_noi,
        &fx.long_bien,
        &fx.bo_de,
        &fx.ngoc_lam,
        &fx.cb_bo_de,
        &fx.cb_ngoc_lam,
    ] {
        assert_eq!(u.tenant_id, h, "{} belongs to Hà Nội", u.name);
    }
    let chain: Vec<i64> = ids!(units::ancestors(&mut tx, c).await?);
    assert_eq!(chain, vec![h, l, b, c]);
    let kids: Vec<String> = units::children(&mut tx, l).await?.into_iter().map(|u| u.name).collect();
    assert_eq!(kids, ["Phường Bồ Đề", "Phường Ngọc Lâm"]);
    Ok(())
});

both!(within_takes_exactly_the_subtree, |db| async move {
    let mut tx = db.write().await?;
    let root = unit(&mut tx, None, UnitKind::Province, "Tỉnh Bắc Ninh").await?;
    // Siblings whose ids share a decimal prefix (2 and 20, or 5 and 50): /1/2/ vs /1/20/.
    let mut kids = Vec::new();
    let (a, b) = loop {
        let n = kids.len() + 1;
        kids.push(unit(&mut tx, Some(root.id), UnitKind::Commune, &format!("Xã số {n}")).await?);
        let last = kids.last().unwrap().clone();
        if let Some(first) = kids
            .iter()
            .find(|k| k.id != last.id && last.id.to_string().starts_with(&k.id.to_string()))
        {
            break (first.clone(), last);
        }
        assert!(n < 300, "no prefix-sharing ids after {n} units");
    };
    let a_child = unit(&mut tx, Some(a.id), UnitKind::ResidentialGroup, "Thôn Đông").await?;
    let b_child = unit(&mut tx, Some(b.id), UnitKind::ResidentialGroup, "Thôn Đoài").await?;
    person(&mut tx, b_child.id, "Phạm Văn Cường", "Trưởng thôn", true).await?;
    let a_person = person(&mut tx, a_child.id, "Vũ Thị Dung", "Trưởng thôn", true).await?;
    tx.commit().await?;

    let mut tx = db.read().await?;
    let within = |id| UnitFilter {
        within: Some(id),
        ..Default::default()
    };
    let got: BTreeSet<i64> = ids!(units::list(&mut tx, &within(a.id), 500, 0).await?.items)
        .into_iter()
        .collect();
    assert_eq!(
        got,
        BTreeSet::from([a.id, a_child.id]),
        "subtree of {} must not take {}",
        a.path,
        b.path
    );
    let got: BTreeSet<i64> = ids!(units::list(&mut tx, &within(b.id), 500, 0).await?.items)
        .into_iter()
        .collect();
    assert_eq!(got, BTreeSet::from([b.id, b_child.id]));
    let all = units::list(&mut tx, &within(root.id), 500, 0).await?;
    assert_eq!(all.total as usize, kids.len() + 3);
    let pf = PersonFilter {
        within: Some(a.id),
        ..Default::default()
    };
    assert_eq!(ids!(people::list(&mut tx, &pf, 50, 0).await?.items), vec![a_person.id]);
    Ok(())
});

both!(kind_narrows_the_list_with_the_subtree, |db| async move {
    let mut tx = db.write().await?;
    let root = unit(&mut tx, None, UnitKind::Province, "Tỉnh Hưng Yên").await?;
    let district = unit(&mut tx, Some(root.id), UnitKind::District, "Huyện Văn Lâm").await?;
    let committee = unit(&mut tx, Some(district.id), UnitKind::PartyCommittee, "Huyện ủy Văn Lâm").await?;
    let near = unit(
        &mut tx,
        Some(committee.id),
        UnitKind::InspectionCommission,
        "Ủy ban Kiểm tra Huyện ủy Văn Lâm",
    )
    .await?;
    let top = unit(
        &mut tx,
        Some(root.id),
        UnitKind::InspectionCommission,
        "Ủy ban Kiểm tra Tỉnh ủy",
    )
    .await?;
    tx.commit().await?;
    let mut tx = db.read().await?;
    let f = |within| UnitFilter {
        within: Some(within),
        kind: Some(UnitKind::InspectionCommission),
        ..Default::default()
    };
    // Shallowest first; only the commissions, and only those of the subtree.
    assert_eq!(
        ids!(units::list(&mut tx, &f(root.id), 50, 0).await?.items),
        vec![top.id, near.id]
    );
    assert_eq!(
        ids!(units::list(&mut tx, &f(district.id), 50, 0).await?.items),
        vec![near.id]
    );
    Ok(())
});

both!(search_ignores_diacritics, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    unit(&mut tx, Some(fx.long_bien.id), UnitKind::Ward, "Phường Đức Giang").await?;
    tx.commit().await?;
    let mut tx = db.read().await?;
    let bo_de = ["Phường Bồ Đề", "Chi bộ Tổ dân phố số 5 phường Bồ Đề"];
    assert_eq!(search(&mut tx, "bo de").await?, bo_de);
    assert_eq!(search(&mut tx, "BỒ ĐỀ").await?, bo_de);
    assert_eq!(search(&mut tx, "long bien").await?, ["Quận Long Biên"]);
    assert_eq!(search(&mut tx, "Long Biên").await?, ["Quận Long Biên"]);
    for q in ["duc giang", "Đức Giang", "đuc giang", "ĐỨC GIANG"] {
        assert_eq!(search(&mut tx, q).await?, ["Phường Đức Giang"], "q = {q}");
    }
    assert!(search(&mut tx, "hai phong").await?.is_empty());
    // LIKE wildcards in the query are literal.
    assert!(search(&mut tx, "%").await?.is_empty());
    assert!(search(&mut tx, "_").await?.is_empty());
    Ok(())
});

both!(children_in_vietnamese_order, |db| async move {
    let mut tx = db.write().await?;
    let hn = unit(&mut tx, None, UnitKind::Province, "Thành phố Hà Nội").await?;
    let lb = unit(&mut tx, Some(hn.id), UnitKind::District, "Quận Long Biên").await?;
    for n in [
        "Phường Gia Thụy",
        "Phường Đức Giang",
        "Phường Ngọc Lâm",
        "Phường Cự Khối",
        "Phường Bồ Đề",
    ] {
        unit(&mut tx, Some(lb.id), UnitKind::Ward, n).await?;
    }
    let hd = unit(&mut tx, Some(hn.id), UnitKind::District, "Quận Hà Đông").await?;
    for n in [
        "Phường Yết Kiêu",
        "Phường Đồng Mai",
        "Phường Hà Cầu",
        "Phường Dương Nội",
        "Phường Biên Giang",
    ] {
        unit(&mut tx, Some(hd.id), UnitKind::Ward, n).await?;
    }
    tx.commit().await?;
    let mut tx = db.read().await?;
    let names = |v: Vec<store::model::Unit>| v.into_iter().map(|u| u.name).collect::<Vec<_>>();
    let lb_order = [
        "Phường Bồ Đề",
        "Phường Cự Khối",
        "Phường Đức Giang",
        "Phường Gia Thụy",
        "Phường Ngọc Lâm",
    ];
    assert_eq!(names(units::children(&mut tx, lb.id).await?), lb_order);
    // D before Đ (Dương before Đồng), Đ before E…H, unlike byte order or plain folding.
    let hd_order = [
        "Phường Biên Giang",
        "Phường Dương Nội",
        "Phường Đồng Mai",
        "Phường Hà Cầu",
        "Phường Yết Kiêu",
    ];
    assert_eq!(names(units::children(&mut tx, hd.id).await?), hd_order);
    let f = UnitFilter {
        parent_id: Some(hd.id),
        ..Default::default()
    };
    assert_eq!(names(units::list(&mut tx, &f, 50, 0).await?.items), hd_order);
    // Within a subtree: by depth, then alphabetically (Hà Đông before Long Biên).
    let f = UnitFilter {
        within: Some(hn.id),
        ..Default::default()
    };
    let all = names(units::list(&mut tx, &f, 50, 0).await?.items);
    assert_eq!(&all[..3], ["Thành phố Hà Nội", "Quận Hà Đông", "Quận Long Biên"]);
    Ok(())
});

both!(moving_a_unit_moves_its_subtree, |db| async move {
    let fx = fixture(&db).await?;
    let c = fx.clock;
    let mut tx = db.write().await?;
    let hk = unit(&mut tx, Some(fx.ha_noi.id), UnitKind::District, "Quận Hoàn Kiếm").await?;
    tx.commit().await?;
    let before = rollup_of(&db, fx.long_bien.id, c, None, None).await?;
    assert_eq!(before.totals.total, 5);
    let bo_de_line = before
        .children
        .iter()
        .find(|ch| ch.unit_id == fx.bo_de.id)
        .expect("Bồ Đề line");
    assert_eq!(bo_de_line.counts.total, 2);

    let mut tx = db.write().await?;
    let moved = units::update(&mut tx, fx.bo_de.id, fx.bo_de.version, &edit(&fx.bo_de, Some(hk.id))).await?;
    tx.commit().await?;
    let (h, b) = (fx.ha_noi.id, fx.bo_de.id);
    assert_eq!(
        (moved.path.clone(), moved.depth, moved.parent_id),
        (format!("/{h}/{}/{b}/", hk.id), 3, Some(hk.id))
    );
    assert_eq!(moved.version, fx.bo_de.version + 1);

    let mut tx = db.read().await?;
    let cb = units::get(&mut tx, fx.cb_bo_de.id).await?;
    assert_eq!(
        (cb.path.clone(), cb.depth),
        (format!("/{h}/{}/{b}/{}/", hk.id, cb.id), 4)
    );
    assert_eq!(ids!(units::ancestors(&mut tx, cb.id).await?), vec![h, hk.id, b, cb.id]);
    let lb_units = units::list(
        &mut tx,
        &UnitFilter {
            within: Some(fx.long_bien.id),
            ..Default::default()
        },
        50,
        0,
    )
    .await?;
    assert_eq!(
        ids!(lb_units.items),
        vec![fx.long_bien.id, fx.ngoc_lam.id, fx.cb_ngoc_lam.id]
    );
    let staff = |id| PersonFilter {
        within: Some(id),
        ..Default::default()
    };
    let hk_people: BTreeSet<i64> = ids!(people::list(&mut tx, &staff(hk.id), 50, 0).await?.items)
        .into_iter()
        .collect();
    assert_eq!(hk_people, BTreeSet::from([fx.binh.id, fx.hong.id]));
    let lb_people: BTreeSet<i64> = ids!(people::list(&mut tx, &staff(fx.long_bien.id), 50, 0).await?.items)
        .into_iter()
        .collect();
    assert_eq!(lb_people, BTreeSet::from([fx.an.id, fx.dat.id]));
    let work = |id| TaskFilter {
        within: Some(id),
        ..Default::default()
    };
    let hk_tasks: BTreeSet<i64> = ids!(tasks::list(&mut tx, &work(hk.id), &c, 50, 0).await?.items)
        .into_iter()
        .collect();
    assert_eq!(hk_tasks, BTreeSet::from([fx.tasks[1].id, fx.tasks[3].id]));
    assert_eq!(tasks::list(&mut tx, &work(fx.long_bien.id), &c, 50, 0).await?.total, 3);
    drop(tx);

    let lb = rollup_of(&db, fx.long_bien.id, c, None, None).await?;
    assert_eq!(
        lb.totals.total, 3,
        "the old parent no longer counts the moved ward's tasks"
    );
    assert!(lb.children.iter().all(|ch| ch.unit_id != b));
    let hk_roll = rollup_of(&db, hk.id, c, None, None).await?;
    assert_eq!(hk_roll.totals.total, 2, "the new parent counts them");
    assert_eq!(
        hk_roll
            .children
            .iter()
            .find(|ch| ch.unit_id == b)
            .map(|ch| ch.counts.total),
        Some(2)
    );
    assert_eq!(rollup_of(&db, h, c, None, None).await?.totals.total, 5);
    assert!(
        hk_roll.overdue.iter().any(|t| t.id == fx.tasks[3].id),
        "the overdue chi bộ task follows the move"
    );
    assert!(lb.overdue.iter().all(|t| t.id != fx.tasks[3].id));

    // Moving a ward out to become its own top-level unit changes the tenant of everything below.
    let mut tx = db.write().await?;
    let nl = units::get(&mut tx, fx.ngoc_lam.id).await?;
    let top = units::update(&mut tx, nl.id, nl.version, &edit(&nl, None)).await?;
    tx.commit().await?;
    assert_eq!(
        (top.path.clone(), top.depth, top.tenant_id),
        (format!("/{}/", nl.id), 1, nl.id)
    );
    let mut tx = db.read().await?;
    assert_eq!(units::get(&mut tx, fx.cb_ngoc_lam.id).await?.tenant_id, nl.id);
    assert_eq!(tasks::get(&mut tx, fx.tasks[2].id, &c).await?.tenant_id, nl.id);
    assert_eq!(people::get(&mut tx, fx.dat.id).await?.tenant_id, nl.id);
    drop(tx);
    assert_eq!(rollup_of(&db, h, c, None, None).await?.totals.total, 4);
    assert_eq!(rollup_of(&db, nl.id, c, None, None).await?.totals.total, 1);
    Ok(())
});

both!(refusals, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    // Under its own descendant, or under itself.
    let e = invalid(units::update(&mut tx, fx.long_bien.id, 1, &edit(&fx.long_bien, Some(fx.cb_bo_de.id))).await);
    assert_eq!((e.field.as_str(), e.code.as_str()), ("parent_id", "cycle"));
    let e = invalid(units::update(&mut tx, fx.long_bien.id, 1, &edit(&fx.long_bien, Some(fx.long_bien.id))).await);
    assert_eq!(e.field, "parent_id");
    // Unknown parent, on create and on move.
    let input = UnitInput {
        parent_id: Some(987_654),
        kind: UnitKind::Ward,
        name: "Phường Mới".into(),
        short_name: None,
    };
    let e = invalid(units::create(&mut tx, &input.validate()?).await);
    assert_eq!((e.field.as_str(), e.code.as_str()), ("parent_id", "unknown_reference"));
    let e = invalid(units::update(&mut tx, fx.bo_de.id, 1, &edit(&fx.bo_de, Some(987_654))).await);
    assert_eq!(e.field, "parent_id");
    // Stale version: the second editor holding version 1 loses.
    let renamed = UnitInput {
        short_name: Some("Long Biên".into()),
        ..edit(&fx.long_bien, Some(fx.ha_noi.id)).into_inner()
    };
    let v2 = units::update(&mut tx, fx.long_bien.id, 1, &renamed.clone().validate()?).await?;
    assert_eq!(v2.version, 2);
    stale(units::update(&mut tx, fx.long_bien.id, 1, &renamed.validate()?).await);
    // Delete: in use → conflict; stale → stale; unused → gone.
    let e = conflict(units::delete(&mut tx, fx.bo_de.id, 1).await);
    assert_eq!(e.code, "in_use");
    let e = conflict(units::delete(&mut tx, fx.cb_bo_de.id, 1).await);
    assert_eq!(
        e.code, "in_use",
        "a unit with no sub-units but with staff and tasks is in use"
    );
    let spare = unit(&mut tx, Some(fx.long_bien.id), UnitKind::Office, "Văn phòng Quận ủy").await?;
    stale(units::delete(&mut tx, spare.id, 7).await);
    units::delete(&mut tx, spare.id, 1).await?;
    assert!(matches!(
        units::get(&mut tx, spare.id).await,
        Err(StoreError::NotFound { .. })
    ));
    tx.commit().await?;
    let mut tx = db.read().await?;
    assert_eq!(
        units::get(&mut tx, fx.long_bien.id).await?.path,
        fx.long_bien.path,
        "refused moves changed nothing"
    );
    Ok(())
});
