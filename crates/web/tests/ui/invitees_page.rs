//! The "Danh sách mời" section of a conference's page: the demo briefing's list grouped by
//! bridge point with its roll-call counts and where each count comes from; a leader reads it;
//! a ward's officer marks its own point's people (an absence without its reason shown beside
//! the row, what was chosen kept); the district office refreshes the list.

use super::*;

async fn briefing(app: &TestApp, lb: i64) -> i64 {
    app.get(&format!("/api/v1/conferences?within={lb}"))
        .await
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["conference"]["starts_on"] == "2023-01-12")
        .and_then(|c| c["conference"]["id"].as_i64())
        .expect("the briefing of 12/01/2023")
}

both!(invitation_list_section, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _hbt, bode) = setup(&app).await;
    let id = briefing(&app, lb).await;
    let invitees = app.get(&format!("/api/v1/conferences/{id}/invitees")).await;
    let of = |name: &str| {
        invitees
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["name"] == name)
            .and_then(|i| i["person_id"].as_i64())
            .unwrap()
    };
    let (late, absent, ngoc_lam_person) = (
        of("Trần Quang Trung"),
        of("Tạ Trọng Minh"),
        invitees
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["point_unit_id"].as_i64() != Some(bode))
            .and_then(|i| i["person_id"].as_i64())
            .unwrap(),
    );

    // A leader reads the list by bridge point, with the counts and their source.
    let leader = Browser::login(&app, "lanhdao.lb").await;
    let page = unescape(&leader.ok(&format!("/hoi-nghi/{id}")).await);
    assert!(
        page.contains("id=\"danh-sach-moi\"") && page.contains("Danh sách mời"),
        "{page}"
    );
    assert!(
        page.contains("71 người trong danh sách mời · đã điểm danh 21: có mặt 19 (đến muộn 2), vắng 2"),
        "{page}"
    );
    assert!(page.contains("Phường Bồ Đề — Có mặt 5/6, đến muộn 1, vắng 1"), "{page}");
    assert!(page.contains("(theo điểm danh)") && page.contains("id=\"count-source\""));
    assert!(page.contains("Vắng mặt (Ốm, điều trị tại bệnh viện (có đơn xin phép))"));
    assert!(!page.contains("name=\"mark_"), "a leader reads, does not mark");
    assert!(!page.contains("/danh-sach-moi\""), "nor generates");

    // Bồ Đề's officer marks Bồ Đề's people only.
    let ward = Browser::login(&app, "phuong.bode").await;
    let page = unescape(&ward.ok(&format!("/hoi-nghi/{id}")).await);
    assert!(page.contains(&format!("name=\"mark_{late}\"")), "{page}");
    assert!(!page.contains(&format!("name=\"mark_{ngoc_lam_person}\"")));
    assert!(page.contains(&format!("name=\"mark_{late}\" value=\"late\" checked")));
    let (m_late, m_absent) = (format!("mark_{late}"), format!("mark_{absent}"));
    let (w_late, w_absent) = (format!("was_{late}"), format!("was_{absent}"));
    let (r_absent, wr_absent) = (format!("reason_{absent}"), format!("wasr_{absent}"));
    let roll = format!("/hoi-nghi/{id}/diem-danh");
    let p = ward
        .post(
            &roll,
            &[
                (m_late.as_str(), "absent"),
                (w_late.as_str(), "late"),
                (m_absent.as_str(), "absent"),
                (w_absent.as_str(), "absent"),
                (r_absent.as_str(), "Ốm, điều trị tại bệnh viện (có đơn xin phép)"),
                (wr_absent.as_str(), "Ốm, điều trị tại bệnh viện (có đơn xin phép)"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
    let body = unescape(&p.body);
    assert!(
        body.contains(&format!("id=\"reason_{late}-error\"")) && body.contains("Chưa nhập “Lý do vắng”"),
        "the error beside the row: {body}"
    );
    assert!(
        body.contains(&format!("name=\"mark_{late}\" value=\"absent\" checked")),
        "what was chosen is kept"
    );
    let r_late = format!("reason_{late}");
    let p = ward
        .post(
            &roll,
            &[
                (m_late.as_str(), "absent"),
                (w_late.as_str(), "late"),
                (r_late.as_str(), "Họp đột xuất tại phường"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(p.location(), format!("/hoi-nghi/{id}#danh-sach-moi"));
    let page = unescape(&ward.ok(&format!("/hoi-nghi/{id}")).await);
    assert!(page.contains("Phường Bồ Đề — Có mặt 4/6, vắng 2"), "{page}");
    assert!(page.contains("value=\"Họp đột xuất tại phường\""));

    // The district office refreshes the list: nothing changes, the marks stay.
    account(&app, "vanphong.inv", Role::Specialist, Some(lb)).await;
    let office = Browser::login(&app, "vanphong.inv").await;
    let page = unescape(&office.ok(&format!("/hoi-nghi/{id}")).await);
    assert!(page.contains("Cập nhật danh sách mời"), "{page}");
    let p = office.post(&format!("/hoi-nghi/{id}/danh-sach-moi"), &[]).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let page = unescape(&office.ok(&format!("/hoi-nghi/{id}")).await);
    assert!(
        page.contains("71 người trong danh sách mời · đã điểm danh 21: có mặt 18 (đến muộn 1), vắng 3"),
        "{page}"
    );
});
