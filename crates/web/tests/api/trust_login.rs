//! Issue 9, items 2, 3 and 8: sign-in floods, lockout as a lever, password changes.
//!
//! The server trusts 127.0.0.1 as a proxy here, so each request says which client address it
//! comes from in `X-Forwarded-For` (an office NAT, an attacker, the real user elsewhere).

use std::sync::atomic::Ordering;

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::*;

const RIGHT: &str = "mat-khau-dung-2023";

fn behind_proxy() -> web::auth::WebSettings {
    web::auth::WebSettings {
        trusted_proxies: vec![web::auth::address::Net::parse("127.0.0.1").expect("net")],
        ..Default::default()
    }
}

/// An account with a real Argon2 password, made through the API by the administrator.
async fn account(app: &TestApp, login: &str) {
    let bode = app.unit_id("phuong bo de").await;
    let (s, v) = app
        .post(
            "/api/v1/users",
            json!({"login": login, "display_name": login, "password": RIGHT, "roles": [{"role": "unit_officer", "unit_id": bode}]}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
}

/// A sign-in from `address`: status, `Retry-After`, body, the session cookie.
async fn sign_in(
    app: &TestApp,
    login: &str,
    password: &str,
    address: &str,
) -> (StatusCode, Option<u64>, Value, Option<String>) {
    let resp = app
        .client
        .post(format!("{}/api/v1/auth/login", app.base))
        .header("x-forwarded-for", address)
        .json(&json!({"login": login, "password": password}))
        .send()
        .await
        .expect("answered");
    let status = resp.status();
    let retry = resp
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    let cookie = resp
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").to_string());
    let body = resp.json().await.unwrap_or(Value::Null);
    (status, retry, body, cookie)
}

fn verified(app: &TestApp) -> u64 {
    app.app.passwords_verified.load(Ordering::Relaxed)
}

both_with!(
    a_parallel_flood_is_verified_at_most_five_times,
    Default::default(),
    super::behind_proxy(),
    |app| async move {
        account(&app, "nan.nhan").await;
        let before = verified(&app);
        // 200 parallel wrong guesses at one account from one address.
        let mut guesses = Vec::new();
        for i in 0..200 {
            let app = app.clone();
            guesses.push(tokio::spawn(async move {
                sign_in(&app, "nan.nhan", &format!("doan-sai-{i:04}"), "203.0.113.7").await
            }));
        }
        let (mut wrong, mut throttled, mut busy) = (0, 0, 0);
        for g in guesses {
            let (s, retry, body, _) = g.await.expect("joined");
            match s.as_u16() {
                401 => wrong += 1,
                429 => {
                    throttled += 1;
                    assert!(retry.is_some_and(|r| r >= 1), "429 without Retry-After: {body}");
                    assert_eq!(body["error"]["code"], "too_many_attempts");
                }
                503 => busy += 1,
                _ => panic!("a guess answered {s}: {body}"),
            }
        }
        let n = verified(&app) - before;
        eprintln!("200 parallel guesses: {n} verified, {wrong} wrong, {throttled} throttled, {busy} busy");
        assert!(n <= 5, "{n} passwords verified");
        assert_eq!(
            n, wrong,
            "every verification answered 401, every other guess was refused before"
        );
        assert_eq!(wrong + throttled + busy, 200);
        // The right password from the flooded address waits (a delay, not a lockout)…
        let (s, retry, body, _) = sign_in(&app, "nan.nhan", RIGHT, "203.0.113.7").await;
        assert_eq!(s, StatusCode::TOO_MANY_REQUESTS, "{body}");
        assert!(retry.is_some_and(|r| (1..=31).contains(&r)), "{retry:?}");
        // …while the real user elsewhere signs in at once, and so does a colleague behind the
        // attacker's address (an office NAT).
        let (s, _, body, cookie) = sign_in(&app, "nan.nhan", RIGHT, "198.51.100.9").await;
        assert_eq!(s, StatusCode::OK, "{body}");
        assert!(cookie.is_some_and(|c| c.starts_with("dondoc_session=")));
        account(&app, "dong.nghiep").await;
        let (s, _, body, _) = sign_in(&app, "dong.nghiep", RIGHT, "203.0.113.7").await;
        assert_eq!(s, StatusCode::OK, "{body}");
        // Nothing was verified while refusing.
        assert_eq!(verified(&app) - before, n + 2);
    }
);

both_with!(
    lockout_is_per_account_and_address_and_shared_through_the_database,
    Default::default(),
    super::behind_proxy(),
    |app| async move {
        account(&app, "quan.tri.vien").await;
        // Five wrong passwords from one address: then that pair waits, with a growing delay.
        for i in 0..5 {
            let (s, _, body, _) = sign_in(&app, "quan.tri.vien", &format!("sai-{i}-mat-khau"), "203.0.113.50").await;
            assert_eq!(s, StatusCode::UNAUTHORIZED, "{body}");
            assert_eq!(body["error"]["code"], "bad_credentials");
        }
        let (s, retry, body, _) = sign_in(&app, "quan.tri.vien", RIGHT, "203.0.113.50").await;
        assert_eq!(s, StatusCode::TOO_MANY_REQUESTS, "{body}");
        let msg = body["error"]["message"].as_str().unwrap_or("");
        assert!(msg.contains("giây") || msg.contains("phút"), "the wait is said: {msg}");
        assert!(retry.is_some_and(|r| r <= 31), "{retry:?}");
        // Another address is not slowed: no one can lock the administrator out from elsewhere.
        let (s, _, body, _) = sign_in(&app, "quan.tri.vien", RIGHT, "192.0.2.44").await;
        assert_eq!(s, StatusCode::OK, "{body}");
        // The state is in the database: a second server instance over it (or this one after a
        // restart) refuses the waiting pair too.
        let other = web::App::new(app.db.db.clone(), app.app.clock, Default::default());
        let e = app::accounts::sign_in(&other, "quan.tri.vien", RIGHT, "203.0.113.50")
            .await
            .expect_err("the pair waits on every instance");
        assert!(e.is(domain::ErrorCode::TooManyAttempts), "{e:?}");
        // A successful sign-in is not counted against the address: many colleagues behind one
        // NAT never add up to a delay.
        let mut tx = app.db.db.read().await.unwrap();
        let addr = store::logins::lock(&mut tx, "login:addr:192.0.2.44", chrono::Utc::now())
            .await
            .unwrap();
        assert_eq!(addr.failures, 0, "{addr:?}");
    }
);

both!(a_forged_forwarded_address_is_not_believed, |app| async move {
    // No trusted proxy: X-Forwarded-For from the peer is ignored, so rotating it does not
    // escape the (account, address) delay.
    account(&app, "gia.mao").await;
    let mut statuses = Vec::new();
    for i in 0..7 {
        let (s, _, _, _) = sign_in(&app, "gia.mao", "sai-mat-khau-nhe", &format!("10.9.8.{i}")).await;
        statuses.push(s.as_u16());
    }
    assert_eq!(statuses, [401, 401, 401, 401, 401, 429, 429]);
});

both!(
    a_new_password_revokes_tokens_and_its_check_is_throttled,
    |app| async move {
        account(&app, "doi.mat.khau").await;
        let (s, _, body, cookie) = sign_in(&app, "doi.mat.khau", RIGHT, "127.0.0.1").await;
        assert_eq!(s, StatusCode::OK, "{body}");
        let cookie = cookie.expect("session");
        let with_cookie = |req: reqwest::RequestBuilder| req.header("cookie", cookie.clone());
        let resp = with_cookie(app.client.post(format!("{}/api/v1/auth/tokens", app.base)))
            .json(&json!({"name": "tích hợp"}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::CREATED);
        let token = resp.json::<Value>().await.unwrap()["secret"]
            .as_str()
            .unwrap()
            .to_string();
        let (s, _) = app
            .call_as(Some(&token), reqwest::Method::GET, "/api/v1/auth/me", None)
            .await;
        assert_eq!(s, StatusCode::OK);
        // A wrong current password five times: the check is throttled like a sign-in.
        let mut statuses = Vec::new();
        for i in 0..6 {
            let (s, _) = app
                .call_as(
                    Some(&token),
                    reqwest::Method::POST,
                    "/api/v1/auth/password",
                    Some(
                        json!({"current_password": format!("khong-dung-{i}-nhe"), "new_password": "mat-khau-moi-2024"}),
                    ),
                )
                .await;
            statuses.push(s.as_u16());
        }
        assert_eq!(statuses, [422, 422, 422, 422, 422, 429]);
        // Another account changes its password: its token and its session end.
        account(&app, "doi.mat.khau.2").await;
        let (_, _, _, cookie2) = sign_in(&app, "doi.mat.khau.2", RIGHT, "127.0.0.1").await;
        let cookie2 = cookie2.expect("session");
        let resp = app
            .client
            .post(format!("{}/api/v1/auth/tokens", app.base))
            .header("cookie", cookie2.clone())
            .json(&json!({"name": "tích hợp"}))
            .send()
            .await
            .unwrap();
        let token2 = resp.json::<Value>().await.unwrap()["secret"]
            .as_str()
            .unwrap()
            .to_string();
        let resp = app
            .client
            .post(format!("{}/api/v1/auth/password", app.base))
            .header("cookie", cookie2.clone())
            .json(&json!({"current_password": RIGHT, "new_password": "mat-khau-moi-2024"}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::NO_CONTENT);
        let (s, _) = app
            .call_as(Some(&token2), reqwest::Method::GET, "/api/v1/auth/me", None)
            .await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "the token outlived the password");
        let s = app
            .client
            .get(format!("{}/api/v1/auth/me", app.base))
            .header("cookie", cookie2)
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(s, StatusCode::UNAUTHORIZED, "the session outlived the password");
        let (s, _, _, _) = sign_in(&app, "doi.mat.khau.2", "mat-khau-moi-2024", "127.0.0.1").await;
        assert_eq!(s, StatusCode::OK);
    }
);
