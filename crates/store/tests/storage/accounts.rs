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
