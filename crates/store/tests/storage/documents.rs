//! Documents: symbols, duplicates, links and their graph, themes, search.

use domain::document::{DocKind, DocumentInput, LinkInput, LinkKind, SymbolForm, ThemeInput};
use store::documents::{self, DocumentFilter};
use store::model::Document;
use store::{StoreError, Tx};

use crate::common::*;

fn input(symbol: &str, issuer: i64, issued: &str) -> DocumentInput {
    DocumentInput {
        kind: None,
        symbol: symbol.into(),
        title: "Về việc triển khai thực hiện".into(),
        issuer_unit_id: issuer,
        issued_on: d(issued),
        valid_from: None,
        valid_to: None,
    }
}

async fn create(tx: &mut Tx, i: DocumentInput) -> Result<Document, StoreError> {
    documents::create(tx, &registered(i)?).await
}

async fn implements(tx: &mut Tx, from: i64, to: i64) -> Result<Vec<store::model::DocumentLink>, StoreError> {
    documents::link(
        tx,
        from,
        &LinkInput {
            to_id: to,
            kind: LinkKind::Implements,
        },
    )
    .await
}

async fn find(tx: &mut Tx, q: &str) -> Result<Vec<String>, StoreError> {
    let f = DocumentFilter {
        q: Some(q.into()),
        ..Default::default()
    };
    Ok(documents::list(tx, &f, 50, 0)
        .await?
        .items
        .into_iter()
        .map(|d| d.symbol)
        .collect())
}

both!(symbols_are_parsed_and_normalised, |db| async move {
    let fx = fixture(&db).await?;
    let kh = &fx.kh152;
    assert_eq!(
        (kh.symbol.as_str(), kh.symbol_raw.as_str()),
        ("152-KH/QU", "Số: 152 -KH/QU")
    );
    assert_eq!(
        (kh.kind, kh.form, kh.number.as_str()),
        (DocKind::Plan, SymbolForm::Party, "152")
    );
    assert_eq!(
        (kh.doc_type.as_deref(), kh.issuer_code.as_str(), kh.symbol_year),
        (Some("KH"), "QU", None)
    );
    assert_eq!((fx.ct24.kind, fx.ct24.issued_on), (DocKind::Directive, d("2023-08-07")));
    let mut tx = db.write().await?;
    let ubnd = create(&mut tx, input("01/CT-UBND", fx.long_bien.id, "2024-01-05")).await?;
    assert_eq!(
        (ubnd.symbol.as_str(), ubnd.kind, ubnd.form),
        ("01/CT-UBND", DocKind::Directive, SymbolForm::State)
    );
    assert_eq!(
        (ubnd.doc_type.as_deref(), ubnd.issuer_code.as_str()),
        (Some("CT"), "UBND")
    );
    let nd = create(&mut tx, input("123/2020/NĐ-CP", fx.ha_noi.id, "2020-10-19")).await?;
    assert_eq!((nd.kind, nd.symbol_year), (DocKind::Decree, Some(2020)));
    let cv = create(&mut tx, input("12/UBND-VX", fx.long_bien.id, "2024-02-01")).await?;
    assert_eq!((cv.kind, cv.doc_type), (DocKind::OfficialLetter, None));
    for bad in ["hello", "14/14", ""] {
        let e = registered(input(bad, fx.long_bien.id, "2024-01-05")).unwrap_err();
        assert_eq!(e.field, "symbol", "{bad:?}");
    }
    let e = invalid(create(&mut tx, input("02/KH-UBND", 999_999, "2024-01-05")).await);
    assert_eq!(e.field, "issuer_unit_id");
    tx.commit().await?;
    let mut tx = db.read().await?;
    assert_eq!(documents::get(&mut tx, ubnd.id).await?, ubnd);
    Ok(())
});

both!(duplicate_symbol_same_issuer_and_year, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    // Written differently, same symbol once normalised.
    let e = conflict(create(&mut tx, input("152 - KH/QU", fx.long_bien.id, "2023-12-01")).await);
    assert_eq!((e.field.as_str(), e.code.as_str()), ("symbol", "duplicate_symbol"));
    drop(tx);
    let mut tx = db.write().await?;
    // Another year (Party numbering runs per term) or another issuer is fine.
    create(&mut tx, input("152-KH/QU", fx.long_bien.id, "2024-03-01")).await?;
    create(&mut tx, input("152-KH/QU", fx.bo_de.id, "2023-10-01")).await?;
    // Editing another document into the same symbol is the same conflict.
    let other = create(&mut tx, input("153-KH/QU", fx.long_bien.id, "2023-09-20")).await?;
    tx.commit().await?;
    let mut tx = db.write().await?;
    let e = conflict(
        documents::update(
            &mut tx,
            other.id,
            other.version,
            &registered(input("152-KH/QU", fx.long_bien.id, "2023-09-20"))?,
        )
        .await,
    );
    assert_eq!(e.code, "duplicate_symbol");
    drop(tx);
    let mut tx = db.write().await?;
    stale(
        documents::update(
            &mut tx,
            other.id,
            other.version + 1,
            &registered(input("154-KH/QU", fx.long_bien.id, "2023-09-20"))?,
        )
        .await,
    );
    let edited = documents::update(
        &mut tx,
        other.id,
        other.version,
        &registered(input("154-KH/QU", fx.long_bien.id, "2023-09-20"))?,
    )
    .await?;
    assert_eq!(
        (edited.symbol.as_str(), edited.version),
        ("154-KH/QU", other.version + 1)
    );
    // A plan cannot be re-dated after its tasks' deadlines.
    let late = DocumentInput {
        issued_on: d("2023-12-01"),
        ..input("152-KH/QU", fx.long_bien.id, "2023-12-01")
    };
    let e = invalid(documents::update(&mut tx, fx.kh152.id, fx.kh152.version, &registered(late)?).await);
    assert_eq!(e.field, "issued_on");
    Ok(())
});

both!(links_graph_and_cycles, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let (ct, kh) = (fx.ct24.id, fx.kh152.id);
    let kh_ward = create(&mut tx, input("45-KH/ĐU", fx.bo_de.id, "2023-10-02")).await?;
    let up = implements(&mut tx, kh_ward.id, kh).await?;
    assert_eq!(up.len(), 1);
    assert_eq!(
        (up[0].direction.as_str(), up[0].document_id, up[0].kind),
        ("up", kh, LinkKind::Implements)
    );
    tx.commit().await?;

    let mut tx = db.write().await?;
    let links = documents::links(&mut tx, kh).await?;
    let seen: Vec<(&str, i64)> = links.iter().map(|l| (l.direction.as_str(), l.document_id)).collect();
    assert_eq!(
        seen,
        vec![("up", ct), ("down", kh_ward.id)],
        "the plan implements the directive and is implemented by the ward's plan"
    );
    let ct_links = documents::links(&mut tx, ct).await?;
    assert_eq!(
        ct_links
            .iter()
            .map(|l| (l.direction.as_str(), l.symbol.as_str()))
            .collect::<Vec<_>>(),
        vec![("down", "152-KH/QU")]
    );

    let e = invalid(implements(&mut tx, kh, kh).await);
    assert_eq!((e.field.as_str(), e.code.as_str()), ("to_id", "cycle"));
    let e = invalid(implements(&mut tx, ct, kh).await);
    assert_eq!(e.code, "cycle", "B implements A after A implements B");
    let e = invalid(implements(&mut tx, ct, kh_ward.id).await);
    assert_eq!(e.code, "cycle", "a longer loop is refused too");
    let e = invalid(implements(&mut tx, kh, 987_654).await);
    assert_eq!(e.field, "to_id");
    // A different kind of link is not a loop of "implements".
    documents::link(
        &mut tx,
        ct,
        &LinkInput {
            to_id: kh,
            kind: LinkKind::Guides,
        },
    )
    .await?;
    tx.commit().await?;
    let mut tx = db.write().await?;
    let e = conflict(implements(&mut tx, kh, ct).await);
    assert_eq!(e.code, "duplicate_link");
    drop(tx);

    let mut tx = db.read().await?;
    let edges = documents::descendants(&mut tx, ct).await?;
    assert!(edges.contains(&(kh, ct, "implements".into())), "{edges:?}");
    assert!(
        edges.contains(&(kh_ward.id, kh, "implements".into())),
        "transitive: {edges:?}"
    );
    assert_eq!(documents::descendants(&mut tx, kh_ward.id).await?, vec![]);
    Ok(())
});

both!(unlink_removes_the_edge, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let link = documents::links(&mut tx, fx.kh152.id).await?.remove(0);
    assert!(matches!(
        documents::unlink(&mut tx, fx.kh152.id, 987_654).await,
        Err(StoreError::NotFound { .. })
    ));
    documents::unlink(&mut tx, fx.kh152.id, link.link_id).await?;
    tx.commit().await?;
    let mut tx = db.read().await?;
    assert!(documents::links(&mut tx, fx.ct24.id).await?.is_empty());
    Ok(())
});

both!(themes_with_plans, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let theme = ThemeInput {
        unit_id: fx.long_bien.id,
        year: 2023,
        title: "Năm đẩy mạnh chuyển đổi số, cải cách hành chính".into(),
        plan_ids: vec![fx.kh152.id, fx.kh152.id],
    };
    let t = documents::create_theme(&mut tx, &theme.clone().validate()?).await?;
    assert_eq!((t.year, t.plan_ids.clone()), (2023, vec![fx.kh152.id]));
    let e = invalid(
        documents::create_theme(
            &mut tx,
            &ThemeInput {
                year: 2024,
                plan_ids: vec![999_999],
                ..theme.clone()
            }
            .validate()?,
        )
        .await,
    );
    assert_eq!(e.field, "plan_ids");
    tx.commit().await?;
    let mut tx = db.write().await?;
    let e = conflict(documents::create_theme(&mut tx, &theme.clone().validate()?).await);
    assert_eq!(e.code, "duplicate_theme");
    drop(tx);
    let mut tx = db.write().await?;
    let edited = ThemeInput {
        plan_ids: vec![fx.kh152.id, fx.ct24.id],
        ..theme.clone()
    };
    let t2 = documents::update_theme(&mut tx, t.id, t.version, &edited.clone().validate()?).await?;
    let mut want = vec![fx.ct24.id, fx.kh152.id];
    want.sort();
    assert_eq!((t2.plan_ids.clone(), t2.version), (want, 2));
    stale(documents::update_theme(&mut tx, t.id, 1, &edited.validate()?).await);
    tx.commit().await?;
    let mut tx = db.read().await?;
    assert_eq!(documents::get_theme(&mut tx, t.id).await?, t2);
    assert_eq!(
        ids!(documents::list_themes(&mut tx, Some(fx.ha_noi.id), Some(2023), None).await?),
        vec![t.id]
    );
    assert!(
        documents::list_themes(&mut tx, Some(fx.bo_de.id), None, None)
            .await?
            .is_empty()
    );
    Ok(())
});

both!(search_by_symbol_and_title, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    create(&mut tx, input("01/CT-UBND", fx.long_bien.id, "2024-01-05")).await?;
    tx.commit().await?;
    let mut tx = db.read().await?;
    // The directive itself, and the plan whose title cites "Chỉ thị số 24-CT/TU" (newest first).
    assert_eq!(find(&mut tx, "chi thi 24").await?, ["152-KH/QU", "24-CT/TU"]);
    assert_eq!(find(&mut tx, "Chỉ thị 24").await?, ["152-KH/QU", "24-CT/TU"]);
    assert_eq!(find(&mut tx, "24-CT/TU").await?, ["152-KH/QU", "24-CT/TU"]);
    assert_eq!(find(&mut tx, "152").await?, ["152-KH/QU"]);
    assert_eq!(find(&mut tx, "152-KH").await?, ["152-KH/QU"]);
    assert_eq!(find(&mut tx, "kế hoạch 152").await?, ["152-KH/QU"]);
    assert_eq!(find(&mut tx, "phong chay").await?, ["24-CT/TU"]);
    // Newest first.
    assert_eq!(find(&mut tx, "chi thi").await?, ["01/CT-UBND", "152-KH/QU", "24-CT/TU"]);
    assert_eq!(find(&mut tx, "01/CT").await?, ["01/CT-UBND"]);
    assert!(find(&mut tx, "chi thi 99").await?.is_empty());
    let f = DocumentFilter {
        higher_issuers: vec![],
        higher_tenants: vec![],
        within: Some(fx.long_bien.id),
        kind: Some(DocKind::Plan),
        year: Some(2023),
        q: None,
        scope: None,
    };
    assert_eq!(
        ids!(documents::list(&mut tx, &f, 50, 0).await?.items),
        vec![fx.kh152.id]
    );
    let f = DocumentFilter {
        within: Some(fx.bo_de.id),
        ..Default::default()
    };
    assert_eq!(documents::list(&mut tx, &f, 50, 0).await?.total, 0);
    Ok(())
});

both!(
    staff_with_no_subtree_read_the_documents_of_the_bodies_above,
    |db| async move {
        // A ward's officer sees no subtree (their scope is their own work), but reads what the
        // bodies above their ward issued: the district's plan and the city's directive.
        let fx = fixture(&db).await?;
        let mut tx = db.read().await?;
        let ward = domain::unit::UnitPath::parse(&fx.bo_de.path).expect("path");
        let f = DocumentFilter {
            higher_issuers: store::access::higher_issuers(&mut tx, std::slice::from_ref(&ward)).await?,
            higher_tenants: vec![ward.tenant()],
            scope: Some(domain::access::Scope {
                all: false,
                roots: vec![],
            }),
            ..Default::default()
        };
        let mut found = ids!(documents::list(&mut tx, &f, 50, 0).await?.items);
        found.sort_unstable();
        let mut expected = vec![fx.ct24.id, fx.kh152.id];
        expected.sort_unstable();
        assert_eq!(found, expected);
        Ok(())
    }
);
