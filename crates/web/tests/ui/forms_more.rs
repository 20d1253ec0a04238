//! Editing targets (and the targets page's row links), removing a document link, moving a
//! unit from its form and choosing a task's parent task: each one's form for an allowed user
//! and its refusal for others, a refused value beside its field with what was typed kept,
//! and the change seen on the pages afterwards.

use serde_json::json;

use super::forms::{field_error, forms_setup, id_in};
use super::*;

/// An account holding several roles (a real Argon2 password hash, as [`account`]).
async fn account_with(app: &TestApp, login: &str, roles: &[(Role, i64)]) {
    let hash = store::accounts::hash_password(PASSWORD).expect("hash");
    let user = store::accounts::NewUser {
        login: login.into(),
        display_name: format!("Cán bộ {login}"),
        password: String::new(),
        person_id: None,
        roles: roles
            .iter()
            .map(|(role, unit)| store::accounts::RoleBinding {
                role: *role,
                unit_id: Some(*unit),
            })
            .collect(),
    };
    let mut tx = app.db.db.write().await.expect("tx");
    store::accounts::create_user(&mut tx, &user, &hash).await.expect("user");
    tx.commit().await.expect("commit");
}

/// The targets of `unit`'s subtree in `period`, as the API lists them.
async fn targets(app: &TestApp, unit: i64, period: &str) -> Vec<serde_json::Value> {
    app.get(&format!("/api/v1/targets?within={unit}&period={period}&limit=500"))
        .await["items"]
        .as_array()
        .unwrap()
        .clone()
}

/// The row of the targets page showing target `t` (its indicator, of its unit).
fn target_row<'a>(body: &'a str, t: &serde_json::Value) -> &'a str {
    let indicator = format!("<th scope=\"row\">{} ", t["indicator"].as_str().unwrap());
    let unit = format!("<a href=\"/don-vi/{}\">", t["unit_id"]);
    body.split("<tr>")
        .map(|r| &r[..r.find("</tr>").unwrap_or(r.len())])
        .find(|r| r.starts_with(&indicator) && r.contains(&unit))
        .unwrap_or_else(|| panic!("no row {t}: {body}"))
}

/// The breadcrumbs of a page.
fn crumbs(body: &str) -> &str {
    let at = body.find("<nav class=\"crumbs\"").expect("breadcrumbs");
    &body[at..at + body[at..].find("</nav>").unwrap()]
}

both!(target_edit_form, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, _, _) = forms_setup(&app).await;
    let indicator = "Số hộ nghèo giảm trong năm";
    let t = targets(&app, lb, "2020")
        .await
        .into_iter()
        .find(|t| t["indicator"] == indicator)
        .expect("the demo target");
    let id = t["id"].as_i64().unwrap();
    let version = t["version"].as_i64().unwrap().to_string();
    let edit = format!("/chi-tieu/{id}/sua");

    let s = Browser::login(&app, "chuyenvien.lb").await;
    let body = s.ok(&edit).await;
    assert!(body.contains("<h1>Sửa chỉ tiêu</h1>"), "{body}");
    assert!(body.contains(&format!("action=\"{edit}\"")));
    assert!(body.contains(&format!("name=\"version\" value=\"{version}\"")));
    assert!(
        body.contains("id=\"planned\" name=\"planned\" type=\"text\" value=\"40\""),
        "{body}"
    );
    assert!(body.contains("<option value=\"higher\" selected>"));

    // A bad number: 422 beside the field, everything typed kept.
    let mut form = vec![
        ("version", version.as_str()),
        ("period", "2020"),
        ("indicator", "Số hộ nghèo giảm trong năm (điều chỉnh)"),
        ("uom", "hộ gia đình"),
        ("direction", "higher"),
        ("planned", "bốn mươi lăm"),
    ];
    let p = s.post(&edit, &form).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_error(&p.body, "planned"), "Hãy nhập một số, ví dụ 1.250,5.");
    assert!(p.body.contains("value=\"bốn mươi lăm\""));
    assert!(p.body.contains("Số hộ nghèo giảm trong năm (điều chỉnh)</textarea>"));
    assert!(p.body.contains("value=\"hộ gia đình\""));
    assert!(p.body.contains("<h1>Sửa chỉ tiêu</h1>"));

    // Good: back to the targets page, which shows the new plan.
    form[2] = ("indicator", indicator);
    form[5] = ("planned", "45,5");
    let p = s.post(&edit, &form).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(p.location(), format!("/chi-tieu?don_vi={lb}&ky=2020"));
    let page = s.ok(&format!("/chi-tieu?don_vi={lb}&ky=2020")).await;
    let row = target_row(&page, &t);
    assert!(
        row.contains("<td class=\"num\" data-label=\"Kế hoạch\">45,5</td>"),
        "{row}"
    );
    assert!(row.contains("<td data-label=\"Đơn vị tính\">hộ gia đình</td>"), "{row}");
    assert_eq!(app.get(&format!("/api/v1/targets/{id}")).await["planned"], 45.5);

    // The version read before is stale now: 409, the message above the form, values kept.
    form[5] = ("planned", "50");
    let p = s.post(&edit, &form).await;
    assert_eq!(p.status, StatusCode::CONFLICT);
    assert!(
        p.body.contains("class=\"alert\"") && p.body.contains("đã được người khác sửa"),
        "{}",
        p.body
    );
    assert!(p.body.contains("value=\"50\""));
    assert_eq!(app.get(&format!("/api/v1/targets/{id}")).await["planned"], 45.5);

    // A leader reads only (403); another district's target is not found (404).
    let l = Browser::login(&app, "lanhdao.lb").await;
    assert_eq!(l.get(&edit).await.status, StatusCode::FORBIDDEN);
    assert_eq!(l.post(&edit, &form).await.status, StatusCode::FORBIDDEN);
    let other = targets(&app, hbt, "2023").await;
    let other = other[0]["id"].as_i64().expect("Hai Bà Trưng has targets");
    assert_eq!(
        s.get(&format!("/chi-tieu/{other}/sua")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.post(&format!("/chi-tieu/{other}/sua"), &form).await.status,
        StatusCode::NOT_FOUND
    );
});

both!(targets_page_row_links, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _, bode, _) = forms_setup(&app).await;
    let page = format!("/chi-tieu?don_vi={lb}&ky=2020");
    let all = targets(&app, lb, "2020").await;

    // A specialist of the district records and edits every row.
    let s = Browser::login(&app, "chuyenvien.lb").await;
    let body = s.ok(&page).await;
    assert!(body.contains("<th scope=\"col\">Thao tác</th>"));
    for t in &all {
        let id = t["id"].as_i64().unwrap();
        let row = target_row(&body, t);
        assert!(
            row.contains(&format!("href=\"/chi-tieu/{id}/so-lieu\">Cập nhật số liệu")),
            "{row}"
        );
        assert!(row.contains(&format!("href=\"/chi-tieu/{id}/sua\">Sửa")), "{row}");
    }
    assert_eq!(body.matches("<tr><th scope=\"row\">").count(), all.len());

    // A leader only reads: no links, no actions column.
    let l = Browser::login(&app, "lanhdao.lb").await;
    let body = l.ok(&page).await;
    assert!(!body.contains("/so-lieu") && !body.contains("/sua\""), "{body}");
    assert!(!body.contains("row-actions"));

    // The ward's officer records its values but does not edit its targets.
    let ward = targets(&app, bode, "2023").await;
    assert!(!ward.is_empty(), "Bồ Đề has 2023 targets");
    let w = Browser::login(&app, "phuong.bode").await;
    let body = w.ok(&format!("/chi-tieu?don_vi={bode}&ky=2023")).await;
    for t in &ward {
        let id = t["id"].as_i64().unwrap();
        assert!(body.contains(&format!("href=\"/chi-tieu/{id}/so-lieu\"")));
        assert!(!body.contains(&format!("href=\"/chi-tieu/{id}/sua\"")));
    }
    let first = ward[0]["id"].as_i64().unwrap();
    assert!(
        w.ok(&format!("/chi-tieu/{first}/so-lieu"))
            .await
            .contains("<label for=\"value\">")
    );
    assert_eq!(
        w.get(&format!("/chi-tieu/{first}/sua")).await.status,
        StatusCode::FORBIDDEN
    );

    // Rights row by row: a district leader who is also the ward's officer records the
    // ward's values on the district's page, and no one else's.
    account_with(&app, "hai.vai", &[(Role::Leader, lb), (Role::UnitOfficer, bode)]).await;
    let h = Browser::login(&app, "hai.vai").await;
    let body = h.ok(&format!("/chi-tieu?don_vi={lb}&ky=2023")).await;
    let district = targets(&app, lb, "2023").await;
    let (mine, others): (Vec<_>, Vec<_>) = district.iter().partition(|t| t["unit_id"] == bode);
    assert!(!mine.is_empty() && !others.is_empty());
    for t in mine {
        let row = target_row(&body, t);
        assert!(row.contains("/so-lieu\"") && !row.contains("/sua\""), "{row}");
    }
    for t in others {
        let row = target_row(&body, t);
        assert!(!row.contains("/so-lieu\"") && !row.contains("/sua\""), "{row}");
    }
});

both!(remove_document_link, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, _, plan) = forms_setup(&app).await;
    let (st, d) = app
        .post(
            "/api/v1/documents",
            json!({"symbol": "205-KH/QU", "title": "Kế hoạch thử gỡ liên kết",
                   "issuer_unit_id": lb, "issued_on": "2023-11-16"}),
        )
        .await;
    assert_eq!(st, reqwest::StatusCode::CREATED, "{d}");
    let doc = d["id"].as_i64().unwrap();
    let (st, links) = app
        .post(
            &format!("/api/v1/documents/{doc}/links"),
            json!({"to_id": plan, "kind": "implements"}),
        )
        .await;
    assert_eq!(st, reqwest::StatusCode::CREATED, "{links}");
    let link = links
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["document_id"] == plan && k["direction"] == "up")
        .and_then(|k| k["link_id"].as_i64())
        .expect("the new link");
    let remove = format!("/van-ban/{doc}/lien-ket/{link}/xoa");
    let plan_href = format!("<a href=\"/van-ban/{plan}\">");

    // The specialist sees the button (inside a <details>: a second click confirms).
    let s = Browser::login(&app, "chuyenvien.lb").await;
    let body = s.ok(&format!("/van-ban/{doc}")).await;
    let up = &body[body.find("<ul class=\"doc-links\">").expect("links up")..];
    let up = &up[..up.find("</ul>").unwrap()];
    assert!(up.contains(&plan_href), "{up}");
    assert!(up.contains("<summary>Xóa liên kết"), "{up}");
    assert!(
        up.contains(&format!("<form method=\"post\" action=\"{remove}\">")),
        "{up}"
    );
    assert!(up.contains("<button type=\"submit\">Xác nhận xóa"));

    // A leader sees no button and may not remove (403); an unknown link is not found.
    let l = Browser::login(&app, "lanhdao.lb").await;
    assert!(!l.ok(&format!("/van-ban/{doc}")).await.contains("/xoa\""));
    assert_eq!(l.post(&remove, &[]).await.status, StatusCode::FORBIDDEN);
    let p = s.post(&format!("/van-ban/{doc}/lien-ket/999999/xoa"), &[]).await;
    assert_eq!(p.status, StatusCode::NOT_FOUND);
    assert!(p.body.contains("Không tìm thấy"), "{}", p.body);
    // Another district's document is not found, its links untouched.
    let other = app.get(&format!("/api/v1/documents?within={hbt}&limit=100")).await;
    let mut other_link = None;
    for d in other["items"].as_array().unwrap() {
        let id = d["id"].as_i64().unwrap();
        let links = app.get(&format!("/api/v1/documents/{id}/links")).await;
        if let Some(k) = links.as_array().unwrap().first() {
            other_link = Some((id, k["link_id"].as_i64().unwrap()));
            break;
        }
    }
    let (other, other_link) = other_link.expect("Hai Bà Trưng has a linked document");
    let p = s
        .post(&format!("/van-ban/{other}/lien-ket/{other_link}/xoa"), &[])
        .await;
    assert_eq!(p.status, StatusCode::NOT_FOUND);
    let kept = app.get(&format!("/api/v1/documents/{other}/links")).await;
    assert!(kept.to_string().contains(&format!("\"link_id\":{other_link}")));

    // Removed: back to the links, which no longer list the plan.
    let p = s.post(&remove, &[]).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(p.location(), format!("/van-ban/{doc}#quan-he"));
    let body = s.ok(&format!("/van-ban/{doc}")).await;
    assert!(!body.contains(&plan_href) && !body.contains("/xoa\""), "{body}");
    assert!(!body.contains("<ul class=\"doc-links\">"));
    assert_eq!(app.get(&format!("/api/v1/documents/{doc}/links")).await, json!([]));
    // Twice: the link is gone.
    assert_eq!(s.post(&remove, &[]).await.status, StatusCode::NOT_FOUND);
});

both!(move_unit_from_its_form, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, bode, _) = forms_setup(&app).await;
    let dg = unit(&app, "Phường Đức Giang").await;
    let a = Browser::login(&app, "qt.kiemthu").await;

    // The new-unit form: the parent chosen from ?cap_tren=, "no parent" offered to admins.
    let body = a.ok(&format!("/don-vi/moi?cap_tren={bode}")).await;
    assert!(
        body.contains("<label for=\"parent_id\">Đơn vị cấp trên</label>"),
        "{body}"
    );
    assert!(body.contains(&format!("<option value=\"{bode}\" selected>")));
    assert!(body.contains("<option value=\"\">— Không có (đơn vị cấp cao nhất) —</option>"));
    let b = bode.to_string();
    let p = a
        .post(
            "/don-vi/moi",
            &[
                ("parent_id", &b),
                ("kind", "party_cell"),
                ("name", "Chi bộ Tổ dân phố 7"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let cell = id_in(p.location());

    // Its edit form offers other units, never itself; the ward's form not its own cell.
    let edit = format!("/don-vi/{cell}/sua");
    let body = a.ok(&edit).await;
    assert!(body.contains(&format!("<option value=\"{bode}\" selected>")), "{body}");
    assert!(body.contains(&format!("<option value=\"{dg}\">")));
    assert!(!body.contains(&format!("<option value=\"{cell}\"")));
    assert!(
        body.contains("cùng các đơn vị trực thuộc"),
        "the help says what moving does"
    );
    let ward = a.ok(&format!("/don-vi/{bode}/sua")).await;
    assert!(ward.contains(&format!("<option value=\"{lb}\" selected>")));
    assert!(
        !ward.contains(&format!("<option value=\"{cell}\"")) && !ward.contains(&format!("<option value=\"{bode}\""))
    );

    // Move the cell to Đức Giang: its page's breadcrumbs follow.
    let v = app.get(&format!("/api/v1/units/{cell}")).await["version"]
        .as_i64()
        .unwrap()
        .to_string();
    let d = dg.to_string();
    let form = [
        ("parent_id", d.as_str()),
        ("version", &v),
        ("kind", "party_cell"),
        ("name", "Chi bộ Tổ dân phố 7"),
        ("short_name", "CB TDP7"),
    ];
    let p = a.post(&edit, &form).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let page = a.ok(&format!("/don-vi/{cell}")).await;
    let c = crumbs(&page);
    assert!(
        c.contains(&format!("<a href=\"/don-vi/{dg}\">Phường Đức Giang</a>")),
        "{c}"
    );
    assert!(!c.contains("Phường Bồ Đề"), "{c}");
    assert_eq!(app.get(&format!("/api/v1/units/{cell}")).await["parent_id"], dg);

    // Đức Giang under its own cell: refused beside the field, what was typed kept.
    let dv = app.get(&format!("/api/v1/units/{dg}")).await["version"]
        .as_i64()
        .unwrap()
        .to_string();
    let cs = cell.to_string();
    let moved = [
        ("parent_id", cs.as_str()),
        ("version", &dv),
        ("kind", "ward"),
        ("name", "Phường Đức Giang (sửa)"),
        ("short_name", ""),
    ];
    let p = a.post(&format!("/don-vi/{dg}/sua"), &moved).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_error(&p.body, "parent_id"),
        "Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó."
    );
    assert!(p.body.contains("value=\"Phường Đức Giang (sửa)\""));
    assert!(
        p.body.contains(&format!("<option value=\"{cell}\" selected>")),
        "the choice kept"
    );
    assert_eq!(app.get(&format!("/api/v1/units/{dg}")).await["parent_id"], lb);

    // A district's administrator: its units only, no "no parent"; out of scope is refused.
    account(&app, "qt.lb", Role::Admin, Some(lb)).await;
    let q = Browser::login(&app, "qt.lb").await;
    let body = q.ok(&edit).await;
    assert!(!body.contains(&format!("<option value=\"{hbt}\"")));
    assert!(!body.contains("— Không có (đơn vị cấp cao nhất) —"));
    let v = app.get(&format!("/api/v1/units/{cell}")).await["version"]
        .as_i64()
        .unwrap()
        .to_string();
    let h = hbt.to_string();
    let mut form = form.to_vec();
    form[1] = ("version", &v);
    form[0] = ("parent_id", &h);
    let p = q.post(&edit, &form).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_error(&p.body, "parent_id"),
        format!("Không tìm thấy đơn vị có mã {hbt}.")
    );
    assert!(!p.body.contains("Hai Bà Trưng"), "nothing out of scope shown");
    form[0] = ("parent_id", "");
    let p = q.post(&edit, &form).await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    assert_eq!(
        field_error(&p.body, "parent_id"),
        "Chỉ quản trị viên của toàn hệ thống mới được đặt đơn vị ở cấp cao nhất."
    );
    assert!(p.body.contains("value=\"CB TDP7\""));
    // A unit the user sees but may not manage: refused beside the field too (403).
    account_with(&app, "qt.bode", &[(Role::Admin, bode), (Role::Leader, lb)]).await;
    let w = Browser::login(&app, "qt.bode").await;
    let bv = app.get(&format!("/api/v1/units/{bode}")).await["version"]
        .as_i64()
        .unwrap()
        .to_string();
    let keep = [
        ("parent_id", dg.to_string()),
        ("version", bv),
        ("kind", "ward".into()),
        ("name", "Phường Bồ Đề".into()),
        ("short_name", "P. Bồ Đề".into()),
    ];
    let keep: Vec<(&str, &str)> = keep.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let p = w.post(&format!("/don-vi/{bode}/sua"), &keep).await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    assert_eq!(
        field_error(&p.body, "parent_id"),
        "Tài khoản không có quyền quản lý đơn vị này nên không thể chọn làm đơn vị cấp trên."
    );
    assert!(p.body.contains("value=\"P. Bồ Đề\""));
    assert_eq!(app.get(&format!("/api/v1/units/{bode}")).await["parent_id"], lb);

    // Without ManageOrganisation, 403; another district's unit, 404.
    let s = Browser::login(&app, "chuyenvien.lb").await;
    assert_eq!(s.get(&edit).await.status, StatusCode::FORBIDDEN);
    assert_eq!(s.post(&edit, &form).await.status, StatusCode::FORBIDDEN);
    assert_eq!(q.get(&format!("/don-vi/{hbt}/sua")).await.status, StatusCode::NOT_FOUND);
});

both!(task_parent_in_the_form, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, _, plan) = forms_setup(&app).await;
    let tasks = app.get(&format!("/api/v1/tasks?plan_id={plan}&limit=500")).await;
    let group = &tasks["items"][0];
    let group_id = group["id"].as_i64().expect("the plan has tasks");
    let lead = group["lead_unit_id"].as_i64().unwrap().to_string();
    let elsewhere = app.get(&format!("/api/v1/tasks?within={lb}&limit=500")).await;
    let foreign = elsewhere["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["plan_id"] != plan)
        .and_then(|t| t["id"].as_i64())
        .expect("a task of another plan");

    let s = Browser::login(&app, "chuyenvien.lb").await;
    let new = format!("/nhiem-vu/moi?ke_hoach={plan}");
    let body = s.ok(&new).await;
    assert!(body.contains("<label for=\"parent_id\">Nhiệm vụ cha</label>"), "{body}");
    assert!(body.contains("<option value=\"\">— Không có —</option>"));
    // The parent's list (unit ids elsewhere on the page may equal a task id).
    let parents = body
        .split("id=\"parent_id\"")
        .nth(1)
        .and_then(|rest| rest.split("</select>").next())
        .expect("the parent task's list");
    assert!(parents.contains(&format!("<option value=\"{group_id}\">")));
    assert!(!parents.contains(&format!("<option value=\"{foreign}\">")));

    // A task of another plan: refused beside the field, the rest kept.
    let f = foreign.to_string();
    let mut form = vec![
        ("plan_id", plan.to_string()),
        ("parent_id", f),
        ("title", "Rà soát danh sách hộ cận nghèo".to_string()),
        ("lead_unit_id", lead.clone()),
        ("deadline_text", "Quý IV/2023".into()),
    ];
    let send: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let p = s.post(&new, &send).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_error(&p.body, "parent_id"),
        "Nhiệm vụ cha phải thuộc cùng kế hoạch."
    );
    assert!(p.body.contains("Rà soát danh sách hộ cận nghèo</textarea>"));
    assert!(p.body.contains("value=\"Quý IV/2023\""));

    // Under the group: the task's page names its parent.
    form[1].1 = group_id.to_string();
    let send: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let p = s.post(&new, &send).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let child = id_in(p.location());
    let page = s.ok(&format!("/nhiem-vu/{child}")).await;
    assert!(page.contains("<dt>Nhiệm vụ cha</dt>"), "{page}");
    assert!(page.contains(&format!("<a href=\"/nhiem-vu/{group_id}\" id=\"parent-task\">")));

    // Editing keeps the parent; the group's own form does not offer its sub-task.
    let body = s.ok(&format!("/nhiem-vu/{child}/sua")).await;
    assert!(
        body.contains(&format!("<option value=\"{group_id}\" selected>")),
        "{body}"
    );
    let v = app.get(&format!("/api/v1/tasks/{child}")).await["version"]
        .as_i64()
        .unwrap()
        .to_string();
    let mut edit = form.clone();
    edit.push(("version", v));
    edit[2].1 = "Rà soát danh sách hộ cận nghèo (sửa)".into();
    let send: Vec<(&str, &str)> = edit.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let p = s.post(&format!("/nhiem-vu/{child}/sua"), &send).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(app.get(&format!("/api/v1/tasks/{child}")).await["parent_id"], group_id);
    let body = s.ok(&format!("/nhiem-vu/{group_id}/sua")).await;
    let parents = body
        .split("id=\"parent_id\"")
        .nth(1)
        .and_then(|rest| rest.split("</select>").next())
        .expect("the parent task's list");
    assert!(!parents.contains(&format!("<option value=\"{child}\"")));
    assert!(!parents.contains(&format!("<option value=\"{group_id}\"")));

    // The group under its own sub-task (a typed id): refused beside the field.
    let g = app.get(&format!("/api/v1/tasks/{group_id}")).await;
    let gv = g["version"].as_i64().unwrap().to_string();
    let gl = g["lead_unit_id"].as_i64().unwrap().to_string();
    let c = child.to_string();
    let p = s
        .post(
            &format!("/nhiem-vu/{group_id}/sua"),
            &[
                ("plan_id", &plan.to_string()),
                ("version", &gv),
                ("parent_id", &c),
                ("title", g["title"].as_str().unwrap()),
                ("lead_unit_id", &gl),
                ("deadline_text", "Quý IV/2023"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_error(&p.body, "parent_id"),
        "Không thể đặt nhiệm vụ làm nhiệm vụ con của chính nó hoặc của nhiệm vụ con của nó."
    );
    assert!(
        p.body.contains(&format!("<option value=\"{child}\" selected>")),
        "the choice kept"
    );

    // A leader may not assign (403); another district's plan is not found (404).
    let l = Browser::login(&app, "lanhdao.lb").await;
    assert_eq!(l.get(&new).await.status, StatusCode::FORBIDDEN);
    assert_eq!(l.post(&new, &send).await.status, StatusCode::FORBIDDEN);
    let docs = app
        .get(&format!("/api/v1/documents?within={hbt}&kind=plan&limit=1"))
        .await;
    let other = docs["items"][0]["id"].as_i64().unwrap();
    assert_eq!(
        s.get(&format!("/nhiem-vu/moi?ke_hoach={other}")).await.status,
        StatusCode::NOT_FOUND
    );
});
