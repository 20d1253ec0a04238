//! Accounts: what the store keeps for a user beyond their password and roles.

use store::accounts::{self, NewUser};
use store::{StoreError, audit};

use crate::common::TestResult;

both!(a_chosen_language_is_kept_on_the_account_and_audited, |db| async move {
    let mut tx = db.write().await?;
    let user = NewUser {
        login: "canbo.phuong".into(),
        display_name: "Cán bộ phường".into(),
        password: String::new(),
        person_id: None,
        roles: vec![],
    };
    let id = accounts::create_user(&mut tx, &user, "not-a-password-hash").await?.id;
    assert_eq!(accounts::language(&mut tx, id).await?, None, "nothing chosen yet");
    accounts::set_language(&mut tx, id, "en").await?;
    accounts::set_language(&mut tx, id, "en").await?; // the same again writes nothing
    tx.commit().await?;

    let mut tx = db.write().await?;
    assert_eq!(accounts::language(&mut tx, id).await?.as_deref(), Some("en"));
    let err = accounts::set_language(&mut tx, id, "fr").await.unwrap_err();
    assert!(matches!(&err, StoreError::Invalid(f) if f.field == "lang"), "{err:?}");
    assert_eq!(
        accounts::language(&mut tx, id).await?.as_deref(),
        Some("en"),
        "refused: unchanged"
    );
    drop(tx);

    let mut tx = db.read().await?;
    let changes: Vec<String> = audit::history(&mut tx, "user", id)
        .await?
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        changes,
        ["create", "lang"],
        "one entry for the change, none for the repeat"
    );
    TestResult::Ok(())
});

/// The unit paths a session's roles reach, as signing in reads them.
async fn reach(db: &store::Db, secret: &str) -> Result<Vec<String>, StoreError> {
    let mut tx = db.read().await?;
    let signed = accounts::signed_in(&mut tx, secret, true).await?.expect("signed in");
    Ok(signed
        .principal
        .bindings
        .iter()
        .filter_map(|b| b.unit_path.as_ref().map(|p| p.as_str().to_string()))
        .collect())
}

both!(a_role_follows_its_unit_when_the_unit_moves, |db| async move {
    use domain::access::Role;
    use domain::unit::{UnitInput, UnitKind};
    use store::units;
    let fx = crate::common::fixture(&db).await?;
    let mut tx = db.write().await?;
    let user = NewUser {
        login: "chuyenvien.bode".into(),
        display_name: "Chuyên viên phường Bồ Đề".into(),
        password: String::new(),
        person_id: None,
        roles: vec![accounts::RoleBinding {
            role: Role::Specialist,
            unit_id: Some(fx.bo_de.id),
        }],
    };
    let id = accounts::create_user(&mut tx, &user, "not-a-password-hash").await?.id;
    let secret = accounts::open_session(&mut tx, id, chrono::Duration::hours(1), None).await?;
    tx.commit().await?;
    let (h, l, b) = (fx.ha_noi.id, fx.long_bien.id, fx.bo_de.id);
    assert_eq!(reach(&db, &secret).await?, [format!("/{h}/{l}/{b}/")]);

    // Bồ Đề moves under another district of Hà Nội: the role reaches it at its new place.
    let mut tx = db.write().await?;
    let district = UnitInput {
        parent_id: Some(h),
        kind: UnitKind::District,
        name: "Quận Hoàn Kiếm".into(),
        short_name: None,
    };
    let hk = units::create(&mut tx, &district.validate()?).await?;
    let moved = UnitInput {
        parent_id: Some(hk.id),
        kind: fx.bo_de.kind,
        name: fx.bo_de.name.clone(),
        short_name: None,
    };
    let bo_de = units::update(&mut tx, b, fx.bo_de.version, &moved.clone().validate()?).await?;
    tx.commit().await?;
    assert_eq!(reach(&db, &secret).await?, [format!("/{h}/{}/{b}/", hk.id)]);

    // …and to another province: the path and the tenant both follow.
    let mut tx = db.write().await?;
    let province = UnitInput {
        parent_id: None,
        kind: UnitKind::Province,
        name: "Tỉnh Bắc Ninh".into(),
        short_name: None,
    };
    let bn = units::create(&mut tx, &province.validate()?).await?;
    let moved = UnitInput {
        parent_id: Some(bn.id),
        ..moved
    };
    units::update(&mut tx, b, bo_de.version, &moved.validate()?).await?;
    tx.commit().await?;
    assert_eq!(reach(&db, &secret).await?, [format!("/{}/{b}/", bn.id)]);
    let mut tx = db.read().await?;
    let signed = accounts::signed_in(&mut tx, &secret, false).await?.expect("signed in");
    assert_eq!(signed.principal.tenants(), Some(vec![bn.id]));
    assert_eq!(signed.unread, None, "not counted unless asked for");
    drop(tx);

    // A unit where an account holds a role cannot be deleted; without the role it can.
    let mut tx = db.write().await?;
    let spare = UnitInput {
        parent_id: Some(bn.id),
        kind: UnitKind::Office,
        name: "Văn phòng Tỉnh ủy".into(),
        short_name: None,
    };
    let spare = units::create(&mut tx, &spare.validate()?).await?;
    let roles = vec![accounts::RoleBinding {
        role: Role::Specialist,
        unit_id: Some(spare.id),
    }];
    accounts::change_roles(&mut tx, id, &roles).await?;
    tx.commit().await?;
    let mut tx = db.write().await?;
    let e = units::delete(&mut tx, spare.id, spare.version).await.unwrap_err();
    assert!(
        matches!(&e, StoreError::Conflict(f) if f.code == domain::ErrorCode::InUse),
        "{e:?}"
    );
    drop(tx); // a refused request writes nothing
    let mut tx = db.write().await?;
    accounts::change_roles(&mut tx, id, &[]).await?;
    units::delete(&mut tx, spare.id, spare.version).await?;
    tx.commit().await?;
    TestResult::Ok(())
});
