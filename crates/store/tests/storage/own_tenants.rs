//! A record named by id alone is looked for first in the caller's own tenants (one shard each on
//! Citus), and found wherever it is: the caller's tenants (or, for a caller with none, the tenant
//! of the record it read last) change where storage looks first, never what it finds. A role binding keeps its unit's tenant, and follows the unit when it moves to
//! another province. Conferences read together for a list are the same as read one by one.

use domain::access::Role;
use domain::unit::{UnitInput, UnitKind};
use store::access::Subject;
use store::accounts::{self, NewUser, RoleBinding};
use store::{StoreError, access, documents, people, tasks, units};

use crate::common::*;

both!(
    a_record_of_another_province_is_found_whatever_the_callers_tenants,
    |db| async move {
        let fx = fixture(&db).await?;
        let mut tx = db.write().await?;
        let bac_ninh = unit(&mut tx, None, UnitKind::Province, "Tỉnh Bắc Ninh").await?;
        tx.commit().await?;
        let task = &fx.tasks[1]; // Bồ Đề's, with Ngọc Lâm cooperating
        let mut plain = db.read().await?;
        // The same five records, as read by a transaction.
        let read_all = async |tx: &mut store::Tx| -> Result<String, StoreError> {
            Ok(format!(
                "{:?}",
                (
                    tasks::get(tx, task.id, &fx.clock).await?,
                    access::belonging(tx, Subject::Task(task.id)).await?,
                    documents::get(tx, fx.kh152.id).await?,
                    people::get(tx, fx.binh.id).await?,
                    units::get(tx, fx.bo_de.id).await?,
                )
            ))
        };
        assert_eq!(
            tasks::get(&mut plain, task.id, &fx.clock).await?.cooperating_unit_ids,
            vec![fx.ngoc_lam.id]
        );
        let expected = read_all(&mut plain).await?;
        for tenants in [vec![fx.ha_noi.id], vec![bac_ninh.id], vec![bac_ninh.id, fx.ha_noi.id]] {
            let mut tx = db.read().await?;
            tx.look_first_in(Some(tenants.clone()));
            assert_eq!(read_all(&mut tx).await?, expected, "looked first in {tenants:?}");
            let missing = tasks::get(&mut tx, i64::MAX, &fx.clock).await.unwrap_err();
            assert!(matches!(missing, StoreError::NotFound { .. }), "{missing:?}");
        }
        // A caller with no tenants of its own (the administrator) looks first where the last
        // record it read lies: here Bắc Ninh, while every record after lies in Hà Nội.
        let mut tx = db.read().await?;
        access::belonging(&mut tx, Subject::Unit(bac_ninh.id)).await?;
        assert_eq!(read_all(&mut tx).await?, expected, "looked first in Bắc Ninh");
        let back = access::belonging(&mut tx, Subject::Unit(bac_ninh.id)).await?;
        assert_eq!(back.owner.as_str(), bac_ninh.path.as_str());
        TestResult::Ok(())
    }
);

both!(a_role_binding_follows_its_unit_to_another_province, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let bac_ninh = unit(&mut tx, None, UnitKind::Province, "Tỉnh Bắc Ninh").await?;
    let user = NewUser {
        login: "chuyenvien.ngoclam".into(),
        display_name: "Chuyên viên phường Ngọc Lâm".into(),
        password: String::new(),
        person_id: None,
        roles: vec![RoleBinding {
            role: Role::Specialist,
            unit_id: Some(fx.ngoc_lam.id),
        }],
    };
    let id = accounts::create_user(&mut tx, &user, "not-a-password-hash").await?.id;
    tx.commit().await?;
    let mut tx = db.read().await?;
    let before = accounts::principal(&mut tx, id).await?.expect("active");
    assert_eq!(before.tenants(), Some(vec![fx.ha_noi.id]));
    assert_eq!(
        before.bindings[0].unit_path.as_ref().map(|p| p.as_str()),
        Some(fx.ngoc_lam.path.as_str())
    );
    drop(tx);

    // Ngọc Lâm moves to Bắc Ninh: the binding's unit is read in its new province.
    let mut tx = db.write().await?;
    let input = UnitInput {
        parent_id: Some(bac_ninh.id),
        kind: UnitKind::Ward,
        name: fx.ngoc_lam.name.clone(),
        short_name: None,
    };
    units::update(&mut tx, fx.ngoc_lam.id, fx.ngoc_lam.version, &input.validate()?).await?;
    tx.commit().await?;
    let mut tx = db.read().await?;
    let after = accounts::principal(&mut tx, id).await?.expect("active");
    let new_path = format!("/{}/{}/", bac_ninh.id, fx.ngoc_lam.id);
    assert_eq!(
        after.bindings[0].unit_path.as_ref().map(|p| p.as_str()),
        Some(new_path.as_str())
    );
    assert_eq!(after.tenants(), Some(vec![bac_ninh.id]));
    TestResult::Ok(())
});

both!(conferences_read_together_are_those_read_one_by_one, |db| async move {
    use domain::conference::{AudienceGroup, BridgePointInput};
    use domain::conference_invitees::Wanted;
    use store::{conference_batch, conference_invitees, conferences};
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let bac_ninh = unit(&mut tx, None, UnitKind::Province, "Tỉnh Bắc Ninh").await?;
    let today = clock().today;
    // Ngọc Lâm's, with a point at its Party cell, two documents, a conclusion and invitees;
    // Long Biên's with two points; one in another province.
    let nl = &fx.ngoc_lam;
    let nl_path = domain::unit::UnitPath::parse(&nl.path).expect("path");
    let input = crate::tenant_moves::conference(nl.id, None, fx.cb_ngoc_lam.id, vec![fx.ct24.id, fx.kh152.id]);
    let first = conferences::create(&mut tx, &input.validate(today)?, &nl_path, nl.tenant_id).await?;
    conferences::link_conclusion(&mut tx, first.conference.id, fx.kh152.id).await?;
    for (person, point) in [(&fx.an, Some(fx.cb_ngoc_lam.id)), (&fx.binh, None)] {
        let w = Wanted {
            person_id: person.id,
            unit_id: person.unit_id,
            point,
            group: AudienceGroup::PartyMembers,
        };
        conference_invitees::add(&mut tx, nl.tenant_id, first.conference.id, &w).await?;
    }
    let lb = &fx.long_bien;
    let lb_path = domain::unit::UnitPath::parse(&lb.path).expect("path");
    let mut input = crate::tenant_moves::conference(lb.id, None, fx.bo_de.id, vec![fx.ct24.id]);
    input.bridge_points.push(BridgePointInput {
        unit_id: nl.id,
        expected: Some(12),
        present: None,
    });
    let second = conferences::create(&mut tx, &input.validate(today)?, &lb_path, lb.tenant_id).await?;
    let bn_path = domain::unit::UnitPath::parse(&bac_ninh.path).expect("path");
    let input = crate::tenant_moves::conference(bac_ninh.id, None, bac_ninh.id, vec![]);
    let third = conferences::create(&mut tx, &input.validate(today)?, &bn_path, bac_ninh.tenant_id).await?;
    tx.commit().await?;

    let ids = [third.conference.id, i64::MAX, first.conference.id, second.conference.id];
    for tenants in [None, Some(vec![fx.ha_noi.id]), Some(vec![bac_ninh.id])] {
        let mut tx = db.read().await?;
        tx.look_first_in(tenants.clone());
        let mut expected = Vec::new();
        for id in [third.conference.id, first.conference.id, second.conference.id] {
            let full = conferences::full(&mut tx, id).await?;
            let belonging = access::belonging(&mut tx, Subject::Conference(id)).await?;
            expected.push((full, belonging));
        }
        let together = conference_batch::many(&mut tx, &ids).await?;
        assert_eq!(
            format!("{together:?}"),
            format!("{expected:?}"),
            "looked first in {tenants:?}"
        );
        assert_eq!(
            together[1].0.points[0].marks.map(|t| t.invited),
            Some(1),
            "{together:?}"
        );
        assert_eq!(together[2].0.points.len(), 2);
    }
    TestResult::Ok(())
});

both!(documents_read_together_are_those_read_one_by_one, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let bac_ninh = unit(&mut tx, None, UnitKind::Province, "Tỉnh Bắc Ninh").await?;
    let far = doc(&mut tx, "01-KH/TU", "Kế hoạch của Tỉnh ủy", bac_ninh.id, "2023-10-02").await?;
    tx.commit().await?;
    let ids = [far.id, fx.ct24.id, i64::MAX, fx.kh152.id];
    for tenants in [None, Some(vec![fx.ha_noi.id]), Some(vec![bac_ninh.id])] {
        let mut tx = db.read().await?;
        tx.look_first_in(tenants.clone());
        let together = access::document_belongings(&mut tx, &ids).await?;
        let docs = documents::get_many(&mut tx, &ids).await?;
        assert_eq!(together.len(), 3, "the missing id is left out");
        assert_eq!(docs.len(), 3);
        for id in [far.id, fx.ct24.id, fx.kh152.id] {
            let one = access::belonging(&mut tx, Subject::Document(id)).await?;
            assert_eq!(
                format!("{:?}", together[&id]),
                format!("{one:?}"),
                "{id} in {tenants:?}"
            );
            assert_eq!(docs[&id], documents::get(&mut tx, id).await?, "{id} in {tenants:?}");
        }
    }
    TestResult::Ok(())
});
