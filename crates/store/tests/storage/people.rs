//! People: create, edit, list within a subtree, search by name without diacritics.

use std::collections::BTreeSet;

use domain::person::{PersonInput, StaffCategory};
use store::people::{self, PersonFilter};

use crate::common::*;

fn names(v: &[store::model::Person]) -> Vec<&str> {
    v.iter().map(|p| p.name.as_str()).collect()
}

both!(create_update_and_list, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let input = PersonInput {
        unit_id: fx.ngoc_lam.id,
        name: "  Hoàng Minh Đức ".into(),
        position: Some("Công chức Văn phòng – Thống kê".into()),
        category: StaffCategory::CivilServant,
        party_member: false,
        is_head: false,
    };
    let duc = people::create(&mut tx, &input.clone().validate()?).await?;
    assert_eq!(duc.name, "Hoàng Minh Đức", "names are trimmed");
    assert_eq!(
        (duc.category, duc.party_member, duc.version, duc.tenant_id),
        (StaffCategory::CivilServant, false, 1, fx.ha_noi.id)
    );
    // Transferred to Bồ Đề and admitted to the Party.
    let moved = PersonInput {
        unit_id: fx.cb_bo_de.id,
        party_member: true,
        ..input.clone()
    };
    let duc2 = people::update(&mut tx, duc.id, 1, &moved.clone().validate()?).await?;
    assert_eq!(
        (duc2.unit_id, duc2.party_member, duc2.version),
        (fx.cb_bo_de.id, true, 2)
    );
    stale(people::update(&mut tx, duc.id, 1, &moved.validate()?).await);
    let nowhere = PersonInput {
        unit_id: 424_242,
        ..input.clone()
    };
    let e = invalid(people::create(&mut tx, &nowhere.clone().validate()?).await);
    assert_eq!((e.field.as_str(), e.code.as_str()), ("unit_id", "unknown_reference"));
    let e = invalid(people::update(&mut tx, duc.id, 2, &nowhere.validate()?).await);
    assert_eq!(e.field, "unit_id");
    assert_eq!(
        PersonInput {
            name: "   ".into(),
            ..input
        }
        .validate()
        .unwrap_err()
        .field,
        "name"
    );
    tx.commit().await?;

    let mut tx = db.read().await?;
    let within = |id| PersonFilter {
        within: Some(id),
        ..Default::default()
    };
    let bo_de: BTreeSet<i64> = ids!(people::list(&mut tx, &within(fx.bo_de.id), 50, 0).await?.items)
        .into_iter()
        .collect();
    assert_eq!(
        bo_de,
        BTreeSet::from([fx.binh.id, fx.hong.id, duc.id]),
        "the subtree includes the chi bộ"
    );
    let nl = people::list(&mut tx, &within(fx.ngoc_lam.id), 50, 0).await?;
    assert_eq!(ids!(nl.items), vec![fx.dat.id], "the transferred person left Ngọc Lâm");
    let lb = people::list(&mut tx, &within(fx.long_bien.id), 50, 0).await?;
    assert_eq!(lb.total, 5);
    let only = PersonFilter {
        unit_id: Some(fx.bo_de.id),
        ..Default::default()
    };
    assert_eq!(ids!(people::list(&mut tx, &only, 50, 0).await?.items), vec![fx.binh.id]);
    // Heads first, then by given name (Vietnamese order: An < Bình < Đạt < Đức < Hồng).
    assert_eq!(
        names(&lb.items),
        [
            "Nguyễn Văn An",
            "Trần Thị Bình",
            "Lê Thị Hồng",
            "Đặng Quốc Đạt",
            "Hoàng Minh Đức"
        ]
    );
    // Paging keeps the total.
    let page = people::list(&mut tx, &within(fx.long_bien.id), 2, 2).await?;
    assert_eq!(
        (page.total, names(&page.items)),
        (5, vec!["Lê Thị Hồng", "Đặng Quốc Đạt"])
    );
    Ok(())
});

both!(name_search_is_folded, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.read().await?;
    let search = |q: &str| PersonFilter {
        q: Some(q.into()),
        ..Default::default()
    };
    for (q, want) in [
        ("nguyen van an", vec!["Nguyễn Văn An"]),
        ("NGUYỄN", vec!["Nguyễn Văn An"]),
        ("dang quoc dat", vec!["Đặng Quốc Đạt"]),
        ("đặng", vec!["Đặng Quốc Đạt"]),
        ("thi", vec!["Trần Thị Bình", "Lê Thị Hồng"]),
        ("hong", vec!["Lê Thị Hồng"]),
        ("xuân", vec![]),
    ] {
        let got = people::list(&mut tx, &search(q), 50, 0).await?;
        assert_eq!(names(&got.items), want, "q = {q}");
    }
    let both = PersonFilter {
        q: Some("thi".into()),
        within: Some(fx.cb_bo_de.id),
        ..Default::default()
    };
    assert_eq!(ids!(people::list(&mut tx, &both, 50, 0).await?.items), vec![fx.hong.id]);
    Ok(())
});
