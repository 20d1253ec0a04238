//! `/bao-cao`: the periodic report form and its .docx, whose figures must equal the
//! roll-up's (the overview's) for the same unit and dates; the API endpoint too.

use std::io::Read;

use super::*;

/// GET with the browser's session; the raw bytes.
pub(super) async fn fetch(b: &Browser, path: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut req = b.client.get(format!("{}{path}", b.base));
    if !b.cookies.is_empty() {
        req = req.header("cookie", b.cookies.join("; "));
    }
    let resp = req.send().await.expect("answered");
    let status = resp.status();
    let headers = resp.headers().clone();
    (status, headers, resp.bytes().await.expect("body").to_vec())
}

/// The text of a .docx part.
pub fn docx_part(bytes: &[u8], part: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a .docx is a zip");
    let mut s = String::new();
    zip.by_name(part).expect("part").read_to_string(&mut s).expect("utf-8");
    s
}

/// The paragraphs' text (runs joined), one string per `<w:p>`.
fn paragraphs(xml: &str) -> Vec<String> {
    xml.split("</w:p>")
        .map(|p| {
            p.split("<w:t")
                .skip(1)
                .filter_map(|t| {
                    let t = &t[t.find('>')? + 1..];
                    Some(t[..t.find("</w:t>")?].to_string())
                })
                .collect::<String>()
        })
        .collect()
}

/// The cells of the table row that starts with `first` (after an empty STT cell).
fn row_after(xml: &str, first: &str) -> Vec<String> {
    let row = xml
        .split("</w:tr>")
        .find(|r| paragraphs(r).iter().any(|p| p == first))
        .unwrap_or_else(|| panic!("no row {first}"));
    row.split("</w:tc>").map(|c| paragraphs(c).concat()).collect()
}

fn n(s: &str) -> i64 {
    s.replace('.', "")
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("not a count: {s:?}"))
}

/// The report's "Tổng cộng" row equals the roll-up's totals for the same unit and dates.
async fn assert_matches_rollup(app: &TestApp, xml: &str, unit: i64, from: &str, to: &str) {
    let r = app
        .get(&format!("/api/v1/rollup?unit_id={unit}&from={from}&to={to}"))
        .await;
    let by = &r["totals"]["by_status"];
    let cells = row_after(xml, "Tổng cộng");
    // STT (empty), "Tổng cộng", seven statuses, total, rate.
    let counts: Vec<i64> = cells[2..9].iter().map(|c| n(c)).collect();
    let expected: Vec<i64> = [
        "completed_on_time",
        "completed_late",
        "in_progress",
        "due_soon",
        "not_started",
        "extension_pending",
        "overdue",
    ]
    .iter()
    .map(|s| by[s].as_i64().expect("count"))
    .collect();
    assert_eq!(counts, expected, "report vs roll-up {from}..{to}");
    let live = r["totals"]["total"].as_i64().unwrap() - by["cancelled"].as_i64().unwrap();
    assert_eq!(n(&cells[9]), live);
    assert!(live > 0, "the demo has tasks in {from}..{to}");
    let text = paragraphs(xml).join("\n");
    assert!(
        text.contains(&format!(
            "Tổng số nhiệm vụ trong kỳ báo cáo: {} nhiệm vụ",
            office::numfmt::int(live)
        )),
        "{text}"
    );
    let rate = r["totals"]["completion_rate"].as_f64().unwrap();
    assert!(
        cells[10].contains(&office::numfmt::percent(rate).replace(" %", "")),
        "{cells:?} {rate}"
    );
}

both!(monthly_report_of_long_bien, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, _) = setup(&app).await;
    let b = Browser::login(&app, "lanhdao.lb").await;
    // The overview links to the reports; the form offers last month's report (today 20/11/2023).
    let overview = b.ok(&format!("/tong-quan?don_vi={lb}&ky=2023")).await;
    assert!(
        overview.contains(&format!("href=\"/bao-cao?don_vi={lb}\"")),
        "{overview}"
    );
    let form = unescape(&b.ok(&format!("/bao-cao?don_vi={lb}")).await);
    assert!(form.contains(&format!("/bao-cao/tai?don_vi={lb}&ky=2023-10")), "{form}");
    assert!(form.contains("Báo cáo Tháng 10/2023"), "{form}");
    assert!(form.contains(&format!("/bao-cao/tai?don_vi={lb}&ky=2023-H1")));
    assert!(
        form.contains(&format!("/bao-cao/tai?don_vi={lb}&ky=2023-H2")),
        "the half in progress"
    );
    assert!(
        form.contains("UBND quận Long Biên — thể thức Nghị định 30/2020/NĐ-CP"),
        "{form}"
    );
    assert!(
        form.contains("Quận ủy Long Biên — thể thức Hướng dẫn 36-HD/VPTW"),
        "{form}"
    );

    let (status, headers, bytes) = fetch(&b, &format!("/bao-cao/tai?don_vi={lb}&ky=2023-10")).await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&bytes));
    assert_eq!(
        headers["content-type"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains(&format!("bao-cao-{lb}-2023-10.docx"))
    );
    let xml = docx_part(&bytes, "word/document.xml");
    let text = paragraphs(&xml).join("\n");
    for expected in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ỦY BAN NHÂN DÂN",
        "QUẬN LONG BIÊN",
        "THÀNH PHỐ HÀ NỘI",
        "Số:",
        "/BC-UBND",
        "Long Biên, ngày 20 tháng 11 năm 2023",
        "BÁO CÁO",
        "tháng 10 năm 2023",
        "(Số liệu tính từ ngày 01/10/2023 đến ngày 31/10/2023.)",
        "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 11 NĂM 2023",
        "Nơi nhận:",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(
        bytes.windows(4).any(|w| w == b"\x89PNG")
            || docx_part(&bytes, "word/_rels/document.xml.rels").contains("image")
    );
    assert_matches_rollup(&app, &xml, lb, "2023-10-01", "2023-10-31").await;

    // The 15th-to-14th convention: the same comparison over 15/09–14/10.
    let (status, _, bytes) = fetch(&b, &format!("/bao-cao/tai?don_vi={lb}&ky=2023-10&cach_tinh=mid_month")).await;
    assert_eq!(status, StatusCode::OK);
    let xml = docx_part(&bytes, "word/document.xml");
    assert!(
        paragraphs(&xml)
            .join("\n")
            .contains("(Số liệu tính từ ngày 15/09/2023 đến ngày 14/10/2023.)")
    );
    assert_matches_rollup(&app, &xml, lb, "2023-09-15", "2023-10-14").await;

    // The year, issued by the district Party committee: the Party layout.
    let qu = unit(&app, "Quận ủy Long Biên").await;
    let (status, _, bytes) = fetch(&b, &format!("/bao-cao/tai?don_vi={lb}&ky=2023&co_quan={qu}&so=7")).await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&bytes));
    let xml = docx_part(&bytes, "word/document.xml");
    let text = paragraphs(&xml).join("\n");
    assert!(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), "{text}");
    assert!(text.contains("Số 07-BC/QU"), "{text}");
    assert!(text.contains("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"), "{text}");
    assert_matches_rollup(&app, &xml, lb, "2023-01-01", "2023-12-31").await;

    // Bad input: the form again, naming the field, nothing downloaded.
    let p = b
        .get(&format!("/bao-cao/tai?don_vi={lb}&tu=20/11/2023&den=01/10/2023"))
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unescape(&p.body).contains("“Đến ngày” phải sau hoặc trùng “Từ ngày”."),
        "{}",
        p.body
    );
    assert!(p.body.contains("value=\"20/11/2023\""), "what was typed is kept");
    let p = b.get(&format!("/bao-cao/tai?don_vi={lb}&ky=2023-Q9")).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    let p = b.get(&format!("/bao-cao/tai?don_vi={lb}&ky=2023&so=abc")).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unescape(&p.body).contains("“Số báo cáo”"), "{}", p.body);
    // An issuer from elsewhere is refused by name; another district is not found.
    let p = b.get(&format!("/bao-cao/tai?don_vi={lb}&ky=2023&co_quan={hbt}")).await;
    assert_ne!(p.status, StatusCode::OK);
    assert_eq!(
        b.get(&format!("/bao-cao?don_vi={hbt}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        b.get(&format!("/bao-cao/tai?don_vi={hbt}&ky=2023-H1")).await.status,
        StatusCode::NOT_FOUND
    );
});

both!(six_month_report_of_hai_ba_trung_by_api, |app| async move {
    let app: Arc<TestApp> = app;
    let (_, hbt, _) = setup(&app).await;
    let resp = app
        .client
        .get(format!(
            "{}/api/v1/reports/implementation?unit_id={hbt}&period=2023-H2",
            app.base
        ))
        .bearer_auth(&app.token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let bytes = resp.bytes().await.unwrap().to_vec();
    let xml = docx_part(&bytes, "word/document.xml");
    let text = paragraphs(&xml).join("\n");
    assert!(text.contains("6 tháng cuối năm 2023"), "{text}");
    assert!(text.contains("QUẬN HAI BÀ TRƯNG"), "{text}");
    assert_matches_rollup(&app, &xml, hbt, "2023-07-01", "2023-12-31").await;

    let (s, v) = app
        .call(
            reqwest::Method::GET,
            &format!("/api/v1/reports/implementation?unit_id={hbt}&period=2023-Q5"),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(v["error"]["field"], "period");
    let (s, _) = app
        .call(
            reqwest::Method::GET,
            "/api/v1/reports/implementation?unit_id=999999&period=2023",
            None,
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // Without a token: refused.
    let (s, _) = app
        .call_as(
            None,
            reqwest::Method::GET,
            &format!("/api/v1/reports/implementation?unit_id={hbt}&period=2023"),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
});
