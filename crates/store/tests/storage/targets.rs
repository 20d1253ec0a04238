//! Targets: periods, actual values (latest wins), outcomes, duplicates and "16/16 đạt, 09/16 vượt".

use domain::period::Period;
use domain::target::{Direction, TargetInput, TargetOutcome};
use domain::unit::{UnitInput, UnitKind};
use store::model::Target;
use store::targets::{self, ActualInput, TargetFilter};
use store::{StoreError, Tx, units};

use crate::common::*;

fn target(unit_id: i64, period: &str, indicator: &str, direction: Direction, planned: f64) -> TargetInput {
    TargetInput {
        unit_id,
        period: Period::parse(period).unwrap(),
        indicator: indicator.into(),
        uom: "tỷ đồng".into(),
        direction,
        planned,
    }
}

async fn create(tx: &mut Tx, t: TargetInput) -> Result<Target, StoreError> {
    targets::create(tx, &t.validate()?).await
}

async fn actual(tx: &mut Tx, id: i64, on: &str, value: f64) -> Result<Target, StoreError> {
    targets::record_actual(
        tx,
        id,
        ActualInput {
            measured_on: d(on),
            value,
            note: Some("Số liệu Chi cục Thống kê".into()),
        },
    )
    .await
}

both!(actuals_and_outcomes, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let thu = create(
        &mut tx,
        target(
            fx.long_bien.id,
            "2020",
            "Thu ngân sách nhà nước trên địa bàn",
            Direction::Higher,
            6500.0,
        ),
    )
    .await?;
    assert_eq!(
        (thu.period.as_str(), thu.period_start, thu.period_end),
        ("2020", d("2020-01-01"), d("2020-12-31"))
    );
    assert_eq!(
        (thu.actual, thu.outcome, thu.percent),
        (None, Some(TargetOutcome::Pending), None)
    );
    assert_eq!(
        actual(&mut tx, thu.id, "2020-06-30", 3100.0).await?.outcome,
        Some(TargetOutcome::Missed)
    );
    let year_end = actual(&mut tx, thu.id, "2020-12-31", 6955.0).await?;
    assert_eq!(
        (year_end.actual, year_end.outcome),
        (Some(6955.0), Some(TargetOutcome::Exceeded))
    );
    assert_eq!(year_end.percent.map(|p| p.round()), Some(107.0));
    // A late-filed earlier figure does not replace the latest one.
    let late = actual(&mut tx, thu.id, "2020-09-30", 5000.0).await?;
    assert_eq!(
        (late.actual, late.actual_on, late.outcome),
        (Some(6955.0), Some(d("2020-12-31")), Some(TargetOutcome::Exceeded))
    );
    let series: Vec<(chrono::NaiveDate, f64)> = targets::actuals(&mut tx, thu.id)
        .await?
        .iter()
        .map(|a| (a.measured_on, a.value))
        .collect();
    assert_eq!(
        series,
        vec![
            (d("2020-06-30"), 3100.0),
            (d("2020-09-30"), 5000.0),
            (d("2020-12-31"), 6955.0)
        ]
    );
    let e = invalid(actual(&mut tx, thu.id, "2019-12-31", 1.0).await);
    assert_eq!(e.field, "measured_on");
    assert_eq!(
        invalid(actual(&mut tx, thu.id, "2020-12-31", f64::NAN).await).field,
        "value"
    );

    let met = create(
        &mut tx,
        target(
            fx.bo_de.id,
            "2020",
            "Cấp giấy chứng nhận quyền sử dụng đất",
            Direction::Higher,
            120.0,
        ),
    )
    .await?;
    assert_eq!(
        actual(&mut tx, met.id, "2020-12-31", 120.0).await?.outcome,
        Some(TargetOutcome::Met)
    );
    let ngheo = create(
        &mut tx,
        TargetInput {
            uom: "%".into(),
            ..target(fx.ngoc_lam.id, "2020", "Tỷ lệ hộ nghèo", Direction::Lower, 1.0)
        },
    )
    .await?;
    assert_eq!(
        actual(&mut tx, ngheo.id, "2020-12-31", 1.2).await?.outcome,
        Some(TargetOutcome::Missed)
    );
    let better = actual(&mut tx, ngheo.id, "2021-01-15", 0.8).await?;
    assert_eq!(
        (better.outcome, better.percent),
        (Some(TargetOutcome::Exceeded), Some(125.0))
    );
    for t in [&thu, &met, &ngheo] {
        let stored = targets::get(&mut tx, t.id).await?;
        let want = domain::target::outcome(stored.direction, stored.planned, stored.actual);
        assert_eq!(stored.outcome, Some(want), "{}", stored.indicator);
    }
    // A new plan figure re-judges the current actual.
    let raised = targets::update(
        &mut tx,
        met.id,
        met.version + 1,
        &target(
            fx.bo_de.id,
            "2020",
            "Cấp giấy chứng nhận quyền sử dụng đất",
            Direction::Higher,
            150.0,
        )
        .validate()?,
    )
    .await?;
    assert_eq!((raised.planned, raised.outcome), (150.0, Some(TargetOutcome::Missed)));
    stale(
        targets::update(
            &mut tx,
            met.id,
            met.version,
            &target(
                fx.bo_de.id,
                "2020",
                "Cấp giấy chứng nhận quyền sử dụng đất",
                Direction::Higher,
                150.0,
            )
            .validate()?,
        )
        .await,
    );
    tx.commit().await?;
    let r = rollup_of(
        &db,
        fx.long_bien.id,
        fx.clock,
        Some(d("2020-01-01")),
        Some(d("2020-12-31")),
    )
    .await?;
    assert_eq!(
        (r.targets.exceeded, r.targets.missed, r.targets.total),
        (2, 1, 3),
        "the stored outcome follows the update"
    );
    Ok(())
});

both!(duplicates_and_references, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let t = target(
        fx.long_bien.id,
        "2020",
        "Thu ngân sách nhà nước trên địa bàn",
        Direction::Higher,
        6500.0,
    );
    create(&mut tx, t.clone()).await?;
    tx.commit().await?;
    for indicator in [
        "Thu ngân sách nhà nước trên địa bàn",
        "  THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN ",
    ] {
        let mut tx = db.write().await?;
        let e = conflict(
            create(
                &mut tx,
                TargetInput {
                    indicator: indicator.into(),
                    ..t.clone()
                },
            )
            .await,
        );
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("duplicate_target", "indicator"),
            "{indicator:?}"
        );
    }
    let mut tx = db.write().await?;
    create(
        &mut tx,
        TargetInput {
            period: Period::parse("2021").unwrap(),
            ..t.clone()
        },
    )
    .await?;
    create(
        &mut tx,
        TargetInput {
            unit_id: fx.bo_de.id,
            ..t.clone()
        },
    )
    .await?;
    create(
        &mut tx,
        TargetInput {
            period: Period::parse("2020-Q4").unwrap(),
            ..t.clone()
        },
    )
    .await?;
    let e = invalid(
        create(
            &mut tx,
            TargetInput {
                unit_id: 31_337,
                ..t.clone()
            },
        )
        .await,
    );
    assert_eq!(e.field, "unit_id");
    assert_eq!(
        TargetInput {
            planned: f64::INFINITY,
            ..t.clone()
        }
        .validate()
        .unwrap_err()
        .field,
        "planned"
    );
    assert_eq!(Period::parse("2020-Q5").unwrap_err().field, "period");
    tx.commit().await?;
    let mut tx = db.read().await?;
    let f = TargetFilter {
        within: Some(fx.long_bien.id),
        from: Some(d("2020-01-01")),
        to: Some(d("2020-12-31")),
        ..Default::default()
    };
    assert_eq!(targets::list(&mut tx, &f, 50, 0).await?.total, 3);
    let f = TargetFilter {
        unit_id: Some(fx.bo_de.id),
        ..Default::default()
    };
    assert_eq!(targets::list(&mut tx, &f, 50, 0).await?.total, 1);
    Ok(())
});

both!(headline_16_of_16, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let units_ = [fx.long_bien.id, fx.bo_de.id, fx.ngoc_lam.id, fx.cb_bo_de.id];
    for i in 0..16 {
        let unit = units_[i % units_.len()];
        let t = create(
            &mut tx,
            target(
                unit,
                "2020",
                &format!("Chỉ tiêu kinh tế – xã hội số {}", i + 1),
                Direction::Higher,
                100.0,
            ),
        )
        .await?;
        // 9 exceeded (e.g. 107%, 329%, 195%…), 7 met exactly.
        let value = if i < 9 {
            [107.0, 329.0, 195.0, 101.0, 110.0, 120.0, 100.5, 150.0, 102.0][i]
        } else {
            100.0
        };
        actual(&mut tx, t.id, "2020-12-31", value).await?;
    }
    // Another year's target, not in the 2020 figure.
    create(
        &mut tx,
        target(fx.long_bien.id, "2021", "Thu ngân sách", Direction::Higher, 7000.0),
    )
    .await?;
    tx.commit().await?;
    let year = (Some(d("2020-01-01")), Some(d("2020-12-31")));
    let r = rollup_of(&db, fx.long_bien.id, fx.clock, year.0, year.1).await?;
    assert_eq!(r.targets_headline, "16/16 đạt, 09/16 vượt");
    assert_eq!(
        (r.targets.exceeded, r.targets.met, r.targets.missed, r.targets.pending),
        (9, 7, 0, 0)
    );
    let all = rollup_of(&db, fx.ha_noi.id, fx.clock, None, None).await?;
    assert_eq!(all.targets_headline, "16/17 đạt, 09/17 vượt");
    let ward = rollup_of(&db, fx.bo_de.id, fx.clock, year.0, year.1).await?;
    assert_eq!(ward.targets.total, 8, "Bồ Đề and its chi bộ hold 8 of the 16");

    // Targets follow their unit when it moves.
    let mut tx = db.write().await?;
    let hk = unit(&mut tx, Some(fx.ha_noi.id), UnitKind::District, "Quận Hoàn Kiếm").await?;
    let input = UnitInput {
        parent_id: Some(hk.id),
        kind: UnitKind::Ward,
        name: fx.bo_de.name.clone(),
        short_name: None,
    };
    units::update(&mut tx, fx.bo_de.id, fx.bo_de.version, &input.validate()?).await?;
    tx.commit().await?;
    let lb = rollup_of(&db, fx.long_bien.id, fx.clock, year.0, year.1).await?;
    assert_eq!(lb.targets.total, 8);
    assert_eq!(rollup_of(&db, hk.id, fx.clock, year.0, year.1).await?.targets.total, 8);
    Ok(())
});
