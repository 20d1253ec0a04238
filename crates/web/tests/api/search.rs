//! Search over HTTP (and the store function, for scopes): diacritic-insensitive, every word,
//! ranked, highlighted, scoped, and following writes.

use domain::access::Scope;
use domain::unit::UnitPath;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::*;

fn vis(scope: Scope) -> store::access::TaskVisibility {
    store::access::TaskVisibility { scope, person_id: None }
}

async fn search(app: &TestApp, q: &str) -> Vec<Value> {
    let v = app.get(&format!("/api/v1/search?q={}", urlencode(q))).await;
    assert_eq!(v["query"], q.trim(), "{v}");
    v["hits"].as_array().cloned().unwrap_or_default()
}

fn titles(hits: &[Value]) -> Vec<&str> {
    hits.iter().filter_map(|h| h["title"].as_str()).collect()
}

/// The highlighted parts of a hit's title, from its byte ranges.
fn highlighted(hit: &Value) -> Vec<String> {
    let title = hit["title"].as_str().unwrap_or_default();
    hit["highlights"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|r| {
                    let (s, e) = (r[0].as_u64().unwrap() as usize, r[1].as_u64().unwrap() as usize);
                    title
                        .get(s..e)
                        .unwrap_or_else(|| panic!("{s}..{e} not a char range of {title:?}"))
                        .to_string()
                })
                .collect()
        })
        .unwrap_or_default()
}

both!(finds_units_documents_and_people_without_diacritics, |app| async move {
    let hits = search(&app, "quan uy long bien").await;
    assert_eq!(hits[0]["title"], "Quận ủy Long Biên", "{:?}", titles(&hits));
    assert_eq!(hits[0]["kind"], "unit");
    assert_eq!(hits[0]["url"], format!("/api/v1/units/{}", hits[0]["id"]));
    assert_eq!(highlighted(&hits[0]), ["Quận", "ủy", "Long", "Biên"]);
    // Every word must match: nothing of Hai Bà Trưng.
    assert!(
        titles(&hits).iter().all(|t| !t.contains("Hai Bà Trưng")),
        "{:?}",
        titles(&hits)
    );

    let ct24 = app.document_id("24-CT/TU").await;
    for q in ["Chi thi 24", "24-CT/TU", "24-ct/tu", "24 CT TU", "chỉ thị 24"] {
        let hits = search(&app, q).await;
        assert_eq!(hits[0]["kind"], "document", "{q}: {:?}", titles(&hits));
        assert_eq!(hits[0]["id"], ct24, "{q}: {:?}", titles(&hits));
    }
    let hits = search(&app, "24 CT TU").await;
    assert!(hits[0]["score"].as_f64().unwrap() > 100.0, "exact symbol: {}", hits[0]);
    assert_eq!(highlighted(&hits[0])[0], "24-CT/TU");
    let hits = search(&app, "Chi thi 24").await;
    assert_eq!(highlighted(&hits[0])[..3], ["Chỉ", "thị", "24"]);

    for q in ["đức giang", "duc giang", "DUC GIANG", "Đức  Giang"] {
        let hits = search(&app, q).await;
        let ward = hits.iter().find(|h| h["title"] == "Phường Đức Giang");
        let ward = ward.unwrap_or_else(|| panic!("{q}: {:?}", titles(&hits)));
        assert_eq!(highlighted(ward), ["Đức", "Giang"], "{q}");
    }

    // Tone placement styles are equal.
    let old = search(&app, "văn hóa thông tin").await;
    let new = search(&app, "văn hoá thông tin").await;
    assert!(!old.is_empty());
    assert_eq!(old, new);

    // People by name; limits; nothing for nothing.
    let hits = search(&app, "Nguyễn Hoàng Hiếu").await;
    assert!(
        hits.iter()
            .any(|h| h["kind"] == "person" && h["title"] == "Nguyễn Hoàng Hiếu"),
        "{:?}",
        titles(&hits)
    );
    let v = app.get("/api/v1/search?q=quan&limit=3").await;
    assert_eq!(v["hits"].as_array().map(Vec::len), Some(3));
    let v = app.get("/api/v1/search?q=quan&limit=1000").await;
    assert!(v["hits"].as_array().map(Vec::len).unwrap() <= 100);
    assert!(search(&app, "   ").await.is_empty());
    assert!(search(&app, "zzzqqq").await.is_empty());
    let (s, e) = app.call(reqwest::Method::GET, "/api/v1/search", None).await;
    assert_error(s, &e, StatusCode::BAD_REQUEST, "bad_request", None);
});

both!(hold_to_the_scope, |app| async move {
    let hbt = app.unit_id("quan hai ba trung").await;
    let lb = app.unit_id("quan long bien").await;
    let path_of = |v: Value| UnitPath::parse(v["path"].as_str().unwrap()).unwrap();
    let hbt_path = path_of(app.get(&format!("/api/v1/units/{hbt}")).await);
    let lb_path = path_of(app.get(&format!("/api/v1/units/{lb}")).await);
    let scope = Scope::subtrees(vec![hbt_path.clone()]);
    let mut tx = app.db.db.read().await.unwrap();
    for q in ["quan uy", "long bien", "phuong", "ke hoach", "24"] {
        let r = store::search::search(&mut tx, q, &vis(scope.clone()), 100)
            .await
            .unwrap();
        for h in &r.hits {
            assert!(!h.title.contains("Long Biên"), "{q}: {h:?}");
            let path: String = match h.kind {
                store::search::HitKind::Unit => app.get(&h.url).await["path"].as_str().unwrap().into(),
                _ => continue,
            };
            assert!(path.starts_with(hbt_path.as_str()), "{q}: {h:?}");
        }
    }
    let r = store::search::search(&mut tx, "quan uy hai ba trung", &vis(scope.clone()), 20)
        .await
        .unwrap();
    assert_eq!(r.hits[0].title, "Quận ủy Hai Bà Trưng");
    assert!(
        store::search::search(&mut tx, "quan uy long bien", &vis(scope.clone()), 20)
            .await
            .unwrap()
            .hits
            .is_empty()
    );
    let both = Scope::subtrees(vec![hbt_path, lb_path]);
    let r = store::search::search(&mut tx, "quan uy long bien", &vis(both.clone()), 20)
        .await
        .unwrap();
    assert_eq!(r.hits[0].title, "Quận ủy Long Biên");
    // The city's own directive is outside both districts.
    assert!(
        store::search::search(&mut tx, "24-CT/TU", &vis(both.clone()), 20)
            .await
            .unwrap()
            .hits
            .iter()
            .all(|h| !h.title.starts_with("Chỉ thị 24-CT/TU"))
    );
    assert!(
        store::search::search(&mut tx, "quan", &vis(Scope::default()), 20)
            .await
            .unwrap()
            .hits
            .is_empty()
    );
});

both!(follows_writes, |app| async move {
    let plan = app.document_id("152-KH/QU").await;
    let lead = app.unit_id("ubnd phuong bach mai").await;
    let title = "Chỉnh trang vỉa hè tuyến phố Bạch Mai – Minh Khai";
    let (s, t) = app
        .post(
            "/api/v1/tasks",
            json!({"plan_id": plan, "title": title, "lead_unit_id": lead, "deadline_text": "Quý IV/2023"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{t}");
    let hits = search(&app, "chinh trang via he").await;
    assert_eq!(hits[0]["kind"], "task", "{:?}", titles(&hits));
    assert_eq!(hits[0]["id"], t["id"]);
    assert_eq!(hits[0]["title"], title);
    assert_eq!(highlighted(&hits[0]), ["Chỉnh", "trang", "vỉa", "hè"]);

    let lb = app.unit_id("quan long bien").await;
    let (s, u) = app
        .post(
            "/api/v1/units",
            json!({"parent_id": lb, "kind": "residential_group", "name": "Tổ dân phố Hòa Bình"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{u}");
    for q in ["hòa bình", "hoà bình", "HOA BINH"] {
        let hits = search(&app, q).await;
        assert!(
            hits.iter().any(|h| h["id"] == u["id"] && h["kind"] == "unit"),
            "{q}: {:?}",
            titles(&hits)
        );
    }
    let (s, u2) = app
        .put(
            &format!("/api/v1/units/{}", u["id"]),
            json!({"version": u["version"], "parent_id": lb, "kind": "residential_group", "name": "Tổ dân phố Thạch Cầu"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{u2}");
    assert!(search(&app, "hoa binh").await.iter().all(|h| h["id"] != u["id"]));
    assert!(search(&app, "thach cau").await.iter().any(|h| h["id"] == u["id"]));
});
