//! A record named by id alone is looked for first in the caller's own tenants (one shard each on
//! Citus), and found wherever it is: the caller's tenants change where storage looks first, never
//! what it finds. A role binding keeps its unit's tenant, and follows the unit when it moves to
//! another province.

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
        let expected = (
            tasks::get(&mut plain, task.id, &fx.clock).await?,
            access::belonging(&mut plain, Subject::Task(task.id)).await?,
            documents::get(&mut plain, fx.kh152.id).await?,
            people::get(&mut plain, fx.binh.id).await?,
            units::get(&mut plain, fx.bo_de.id).await?,
        );
        assert_eq!(expected.0.cooperating_unit_ids, vec![fx.ngoc_lam.id]);
        for tenants in [vec![fx.ha_noi.id], vec![bac_ninh.id], vec![bac_ninh.id, fx.ha_noi.id]] {
            let mut tx = db.read().await?;
            tx.look_first_in(Some(tenants.clone()));
            let seen = (
                tasks::get(&mut tx, task.id, &fx.clock).await?,
                access::belonging(&mut tx, Subject::Task(task.id)).await?,
                documents::get(&mut tx, fx.kh152.id).await?,
                people::get(&mut tx, fx.binh.id).await?,
                units::get(&mut tx, fx.bo_de.id).await?,
            );
            assert_eq!(
                format!("{seen:?}"),
                format!("{expected:?}"),
                "looked first in {tenants:?}"
            );
            let missing = tasks::get(&mut tx, i64::MAX, &fx.clock).await.unwrap_err();
            assert!(matches!(missing, StoreError::NotFound { .. }), "{missing:?}");
        }
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
