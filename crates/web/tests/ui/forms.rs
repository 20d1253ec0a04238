//! The create/edit forms: each one's happy path (303, the record as typed), a refused value
//! beside its field in Vietnamese with what was typed kept (422), a stale version (409) and
//! users without the right (403, 404).

use super::*;

/// The first field error of a page (after `id="{field}-error">`).
pub fn field_error<'a>(body: &'a str, field: &str) -> &'a str {
    let start = format!("<p class=\"field-error\" id=\"{field}-error\">");
    let rest = &body[body
        .find(&start)
        .unwrap_or_else(|| panic!("no error for {field}: {body}"))
        + start.len()..];
    &rest[..rest.find('<').unwrap()]
}

/// The id at the end of a 303's location (`/x/{id}` or `/x/{id}#…`).
pub fn id_in(location: &str) -> i64 {
    let path = location.split(['#', '?']).next().unwrap();
    path.rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap_or_else(|_| panic!("{location}"))
}

/// A plan issued in Long Biên, and the accounts: a specialist (ManageWork) of Long
/// Biên and an administrator (ManageOrganisation everywhere).
pub async fn forms_setup(app: &TestApp) -> (i64, i64, i64, i64) {
    let (lb, hbt, bode) = setup(app).await;
    account(app, "chuyenvien.lb", Role::Specialist, Some(lb)).await;
    account(app, "qt.kiemthu", Role::Admin, None).await;
    let docs = app
        .get(&format!("/api/v1/documents?within={lb}&kind=plan&limit=500"))
        .await;
    let plan = docs["items"][0]["id"].as_i64().expect("Long Biên has plans");
    (lb, hbt, bode, plan)
}

both!(task_form, |app| async move {
    let app: Arc<TestApp> = app;
    let (_, hbt, _, plan) = forms_setup(&app).await;
    // The plan's issuer leads the new task (units offered: the issuer's subtree).
    let bode = app.get(&format!("/api/v1/documents/{plan}")).await["issuer_unit_id"]
        .as_i64()
        .unwrap();
    let bode_name = app.get(&format!("/api/v1/units/{bode}")).await["name"]
        .as_str()
        .unwrap()
        .to_string();
    let s = Browser::login(&app, "chuyenvien.lb").await;
    let new = format!("/nhiem-vu/moi?ke_hoach={plan}");
    let body = s.ok(&new).await;
    assert!(
        body.contains("<label for=\"title\">Nội dung nhiệm vụ</label>"),
        "{body}"
    );
    assert!(
        body.contains(&format!("<option value=\"{bode}\">{bode_name}</option>")),
        "{body}"
    );
    assert!(
        s.ok(&format!("/van-ban/{plan}"))
            .await
            .contains(&format!("href=\"{}\"", new.replace('&', "&amp;")))
    );

    // No title: 422, the message beside it, the rest kept.
    let bode_s = bode.to_string();
    let typed = [
        ("plan_id", plan.to_string()),
        ("code", "IV.9".into()),
        ("title", " ".into()),
        ("lead_unit_id", bode_s.clone()),
        ("deadline_text", "Quý IV/2023".into()),
        ("expected_output", "Báo cáo <kết quả>".into()),
    ];
    let form: Vec<(&str, &str)> = typed.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let p = s.post(&new, &form).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_error(&p.body, "title"), "Hãy nhập nội dung nhiệm vụ.");
    assert!(p.body.contains("value=\"IV.9\"") && p.body.contains("value=\"Quý IV/2023\""));
    assert!(unescape(&p.body).contains("Báo cáo <kết quả></textarea>"));
    assert!(p.body.contains(&format!("<option value=\"{bode}\" selected>")));

    // Good: 303 to the new task, the due date computed from the text.
    let mut form = form.clone();
    form[2] = ("title", "Rà soát hồ sơ đất đai tồn đọng");
    form.push(("is_key", "1"));
    let p = s.post(&new, &form).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let id = id_in(p.location());
    let t = app.get(&format!("/api/v1/tasks/{id}")).await;
    assert_eq!(t["title"], "Rà soát hồ sơ đất đai tồn đọng");
    assert_eq!(t["lead_unit_id"], bode);
    assert_eq!(t["due_on"], "2023-12-31");
    assert_eq!(t["is_key"], true);
    let page = s.ok(&format!("/nhiem-vu/{id}")).await;
    assert!(page.contains("31/12/2023"), "the computed due date shown");
    assert!(page.contains(&format!("href=\"/nhiem-vu/{id}/sua\"")));

    // Edit with the version read; the same version again is stale (409, Vietnamese).
    let edit = format!("/nhiem-vu/{id}/sua");
    let body = s.ok(&edit).await;
    let version = t["version"].as_i64().unwrap().to_string();
    assert!(body.contains(&format!("name=\"version\" value=\"{version}\"")));
    form.push(("version", &version));
    form[2] = ("title", "Rà soát hồ sơ đất đai (sửa)");
    let p = s.post(&edit, &form).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(
        app.get(&format!("/api/v1/tasks/{id}")).await["title"],
        "Rà soát hồ sơ đất đai (sửa)"
    );
    form[2] = ("title", "Sửa lần hai");
    let p = s.post(&edit, &form).await;
    assert_eq!(p.status, StatusCode::CONFLICT);
    assert!(p.body.contains("đã được người khác sửa"), "{}", p.body);
    assert!(p.body.contains("value=\"Sửa lần hai\"") || p.body.contains(">Sửa lần hai</textarea>"));

    // Cancel: a reason is needed.
    let v = app.get(&format!("/api/v1/tasks/{id}")).await["version"]
        .as_i64()
        .unwrap()
        .to_string();
    let p = s
        .post(&format!("/nhiem-vu/{id}/huy"), &[("version", &v), ("reason", "")])
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_error(&p.body, "reason"), "Hãy nhập lý do hủy nhiệm vụ.");
    let p = s
        .post(
            &format!("/nhiem-vu/{id}/huy"),
            &[("version", &v), ("reason", "Trùng nhiệm vụ khác")],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert!(app.get(&format!("/api/v1/tasks/{id}")).await["cancelled_on"].is_string());

    // A leader reads only: no links, 403 on the forms; another district's plan is not found.
    let l = Browser::login(&app, "lanhdao.lb").await;
    assert!(!l.ok(&format!("/van-ban/{plan}")).await.contains("/nhiem-vu/moi"));
    assert_eq!(l.get(&new).await.status, StatusCode::FORBIDDEN);
    assert_eq!(l.post(&new, &form).await.status, StatusCode::FORBIDDEN);
    let docs = app.get(&format!("/api/v1/documents?within={hbt}&limit=1")).await;
    let other = docs["items"][0]["id"].as_i64().unwrap();
    assert_eq!(
        s.get(&format!("/nhiem-vu/moi?ke_hoach={other}")).await.status,
        StatusCode::NOT_FOUND
    );
});

both!(unit_and_person_forms, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, bode, _) = forms_setup(&app).await;
    let a = Browser::login(&app, "qt.kiemthu").await;
    assert!(
        a.ok(&format!("/don-vi/{bode}"))
            .await
            .contains(&format!("href=\"/don-vi/moi?cap_tren={bode}\""))
    );
    let new = format!("/don-vi/moi?cap_tren={bode}");
    let body = a.ok(&new).await;
    assert!(body.contains("<label for=\"name\">Tên đơn vị</label>"));
    let b = bode.to_string();
    let p = a
        .post(
            "/don-vi/moi",
            &[
                ("parent_id", &b),
                ("kind", "party_cell"),
                ("name", ""),
                ("short_name", "CB TDP5"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_error(&p.body, "name"), "Hãy nhập tên đơn vị.");
    assert!(p.body.contains("value=\"CB TDP5\"") && p.body.contains("<option value=\"party_cell\" selected>"));
    let p = a
        .post(
            "/don-vi/moi",
            &[
                ("parent_id", &b),
                ("kind", "party_cell"),
                ("name", "Chi bộ Tổ dân phố 5"),
                ("short_name", ""),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let unit = id_in(p.location());
    let u = app.get(&format!("/api/v1/units/{unit}")).await;
    assert_eq!(
        (u["name"].as_str(), u["parent_id"].as_i64()),
        (Some("Chi bộ Tổ dân phố 5"), Some(bode))
    );
    let v = u["version"].as_i64().unwrap().to_string();
    let edit = format!("/don-vi/{unit}/sua");
    assert!(a.ok(&edit).await.contains("value=\"Chi bộ Tổ dân phố 5\""));
    let form = [
        ("parent_id", b.as_str()),
        ("version", &v),
        ("kind", "party_cell"),
        ("name", "Chi bộ TDP số 5"),
    ];
    assert_eq!(a.post(&edit, &form).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get(&format!("/api/v1/units/{unit}")).await["name"],
        "Chi bộ TDP số 5"
    );
    let p = a.post(&edit, &form).await;
    assert_eq!(p.status, StatusCode::CONFLICT);
    assert!(p.body.contains("đã được người khác sửa"), "{}", p.body);

    // People.
    let u = unit.to_string();
    let p = a
        .post(
            "/can-bo/moi",
            &[
                ("unit_id", &u),
                ("name", "  "),
                ("position", "Bí thư chi bộ"),
                ("category", "cadre"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_error(&p.body, "name"), "Hãy nhập họ và tên.");
    assert!(p.body.contains("value=\"Bí thư chi bộ\""));
    let person = [
        ("unit_id", u.as_str()),
        ("name", "Nguyễn Thị Hoa"),
        ("position", "Bí thư chi bộ"),
        ("category", "cadre"),
        ("party_member", "1"),
        ("is_head", "1"),
    ];
    let p = a.post("/can-bo/moi", &person).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(p.location(), format!("/don-vi/{unit}#can-bo"));
    let people = app.get(&format!("/api/v1/people?unit_id={unit}")).await;
    let hoa = &people["items"][0];
    assert_eq!(
        (hoa["name"].as_str(), hoa["is_head"].as_bool()),
        (Some("Nguyễn Thị Hoa"), Some(true))
    );
    let pid = hoa["id"].as_i64().unwrap();
    let v = hoa["version"].as_i64().unwrap().to_string();
    let edit = format!("/can-bo/{pid}/sua");
    assert!(
        a.ok(&edit)
            .await
            .contains("id=\"is_head\" name=\"is_head\" type=\"checkbox\" value=\"1\" checked")
    );
    let mut form = person.to_vec();
    form.push(("version", &v));
    form[1] = ("name", "Nguyễn Thị Hoà");
    assert_eq!(a.post(&edit, &form).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get(&format!("/api/v1/people/{pid}")).await["name"],
        "Nguyễn Thị Hoà"
    );
    assert_eq!(a.post(&edit, &form).await.status, StatusCode::CONFLICT);

    // Without ManageOrganisation: a specialist gets 403 and no links; out of scope, 404.
    let s = Browser::login(&app, "chuyenvien.lb").await;
    assert!(!s.ok(&format!("/don-vi/{bode}")).await.contains("/don-vi/moi"));
    assert_eq!(s.get(&new).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        s.get(&format!("/can-bo/moi?don_vi={lb}")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(s.post(&edit, &form).await.status, StatusCode::FORBIDDEN);
    assert_eq!(s.get(&format!("/don-vi/{hbt}/sua")).await.status, StatusCode::NOT_FOUND);
});

both!(a_unit_admin_edits_their_own_top_unit, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _, _, _) = forms_setup(&app).await;
    // An administrator of Long Biên: Hà Nội, its parent, is outside their scope.
    account(&app, "qt.longbien", Role::Admin, Some(lb)).await;
    let a = Browser::login(&app, "qt.longbien").await;
    let form = a.ok(&format!("/don-vi/{lb}/sua")).await;
    let version = form
        .split("name=\"version\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("version field")
        .to_string();
    let parent = app.get(&format!("/api/v1/units/{lb}")).await["parent_id"]
        .as_i64()
        .expect("Long Biên has a parent")
        .to_string();
    // Renaming without moving needs no right on the parent.
    let p = a
        .post(
            &format!("/don-vi/{lb}/sua"),
            &[
                ("version", &version),
                ("parent_id", &parent),
                ("kind", "district"),
                ("name", "Quận Long Biên (mới)"),
                ("short_name", "LB"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert!(a.ok(&format!("/don-vi/{lb}")).await.contains("Quận Long Biên (mới)"));
    // Moving it to the top level is still refused, beside the field.
    let p = a
        .post(
            &format!("/don-vi/{lb}/sua"),
            &[
                ("version", &(version.parse::<i64>().unwrap() + 1).to_string()),
                ("parent_id", ""),
                ("kind", "district"),
                ("name", "Quận Long Biên"),
                ("short_name", "LB"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    assert_eq!(
        field_error(&p.body, "parent_id"),
        "Chỉ quản trị viên của toàn hệ thống mới được đặt đơn vị ở cấp cao nhất."
    );
});
