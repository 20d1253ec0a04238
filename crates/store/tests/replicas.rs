//! Read replicas, for real: a primary and a streaming replica (initdb, pg_basebackup -R) from
//! Debian's PostgreSQL in temporary directories; dondoc's store against both. Reads go to the
//! replica; a writer's next read sees its write even while the replica has not replayed it;
//! so does another process's, given the position the writer's request reached (the web layer
//! carries it in a cookie); a lagging or stopped replica sends reads to the primary, never an
//! error.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "cluster/pg_servers.rs"]
mod pg_servers;

use std::time::Duration;

use domain::unit::{UnitInput, UnitKind};
use pg_servers::{Scratch, Server, require_bins, until};
use sqlx::{Connection, PgConnection};
use store::cluster::ReadReplicas;
use store::cluster::floor::{self, ReadFloor};
use store::{Db, Tx, on_tx, units};

/// Which server a read transaction runs on: true on the replica.
async fn on_replica(tx: &mut Tx) -> bool {
    on_tx!(tx, c => sqlx::query_scalar::<_, bool>("SELECT pg_is_in_recovery()").fetch_one(c).await).unwrap()
}

async fn new_unit(db: &Db, name: &str) -> i64 {
    let mut tx = db.write().await.unwrap();
    let input = UnitInput {
        parent_id: None,
        kind: UnitKind::Commune,
        name: name.into(),
        short_name: None,
    };
    let u = units::create(&mut tx, &input.validate().unwrap()).await.unwrap();
    tx.commit().await.unwrap();
    u.id
}

async fn sql(url: &str, q: &'static str) {
    let mut c = PgConnection::connect(url).await.unwrap();
    sqlx::query(q).execute(&mut c).await.unwrap();
    c.close().await.unwrap();
}

async fn replaying(replica: &str) -> (String, String) {
    let mut c = PgConnection::connect(replica).await.unwrap();
    let r = sqlx::query_as("SELECT pg_last_wal_receive_lsn()::text, pg_last_wal_replay_lsn()::text")
        .fetch_one(&mut c)
        .await
        .unwrap();
    c.close().await.unwrap();
    r
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_go_to_the_replica_and_writers_read_their_writes() {
    let Some(bin) = require_bins("reads_go_to_the_replica_and_writers_read_their_writes") else {
        return;
    };
    let t0 = std::time::Instant::now();
    let stage = |what: &str| eprintln!("{:>6.1} s  {what}", t0.elapsed().as_secs_f64());
    let dir = Scratch::new("replicas");
    let primary = Server::primary(&bin, &dir.path, "primary");
    sql(&primary.url("postgres"), "CREATE DATABASE dondoc").await;
    stage("primary up");
    let replica = Server::replica_of(&primary, &dir.path, "replica");
    stage("replica up");
    let read = ReadReplicas {
        urls: vec![replica.url("dondoc")],
        max_lag: Duration::from_secs(30),
    };
    let db = Db::connect_with(&primary.url("dondoc"), &read).await.unwrap();
    db.migrate().await.unwrap();
    stage("migrated");
    let Db::Postgres { cluster, .. } = &db else {
        unreachable!()
    };

    // Once the replica has replayed the migrations, reads go to it.
    let id = new_unit(&db, "Xã Tân Lập").await;
    until(Duration::from_secs(30), "the replica serves reads", || async {
        on_replica(&mut db.read().await.unwrap()).await
    })
    .await;
    let mut tx = db.read().await.unwrap();
    assert!(on_replica(&mut tx).await);
    assert_eq!(units::get(&mut tx, id).await.unwrap().name, "Xã Tân Lập");
    drop(tx);

    stage("replica serves");
    // Replay paused: the replica cannot have the next write. The writer's next read goes to
    // the primary and sees it; every read does, until the replica replays it.
    sql(&replica.url("postgres"), "SELECT pg_wal_replay_pause()").await;
    let before = cluster.read_counts();
    let id2 = new_unit(&db, "Xã Hòa Bình").await;
    for _ in 0..5 {
        let mut tx = db.read().await.unwrap();
        assert!(
            !on_replica(&mut tx).await,
            "a read before the replica replays the write went to it"
        );
        assert_eq!(units::get(&mut tx, id2).await.unwrap().name, "Xã Hòa Bình");
    }
    let after = cluster.read_counts();
    assert_eq!(after.primary - before.primary, 5);
    sql(&replica.url("postgres"), "SELECT pg_wal_replay_resume()").await;
    until(Duration::from_secs(30), "the replica serves reads again", || async {
        on_replica(&mut db.read().await.unwrap()).await
    })
    .await;
    let mut tx = db.read().await.unwrap();
    assert!(on_replica(&mut tx).await);
    assert_eq!(units::get(&mut tx, id2).await.unwrap().name, "Xã Hòa Bình");
    drop(tx);

    stage("read-your-writes while paused");
    // Many writes, each read back at once: always found, wherever it was read.
    for i in 0..100 {
        let id = new_unit(&db, &format!("Xã số {i}")).await;
        let mut tx = db.read().await.unwrap();
        assert_eq!(units::get(&mut tx, id).await.unwrap().name, format!("Xã số {i}"));
    }
    let counts = cluster.read_counts();
    eprintln!("reads served: {counts:?}");
    assert!(counts.replica > 0);

    stage("100 writes read back");
    // Another process (its own pools and its own record of commits) serves the writer's next
    // request while replay is paused: without the floor the request carries, it would read
    // the replica, which lacks the write; with it, it reads the primary and finds it.
    let other = Db::connect_with(&primary.url("dondoc"), &read).await.unwrap();
    until(
        Duration::from_secs(30),
        "the other process reads the replica",
        || async { on_replica(&mut other.read().await.unwrap()).await },
    )
    .await;
    sql(&replica.url("postgres"), "SELECT pg_wal_replay_pause()").await;
    let floor = ReadFloor::at(0);
    let id3 = floor::with_floor(floor.clone(), new_unit(&db, "Xã Đồng Tâm")).await;
    assert!(floor.get() > 0, "the commit raised the request's floor");
    let mut tx = other.read().await.unwrap();
    assert!(
        on_replica(&mut tx).await,
        "without a floor the other process reads the replica"
    );
    assert!(
        units::get(&mut tx, id3).await.is_err(),
        "the paused replica lacks the write"
    );
    drop(tx);
    let carried = ReadFloor::at(floor.get());
    floor::with_floor(carried, async {
        let mut tx = other.read().await.unwrap();
        assert!(
            !on_replica(&mut tx).await,
            "a read carrying the floor went to a replica behind it"
        );
        assert_eq!(units::get(&mut tx, id3).await.unwrap().name, "Xã Đồng Tâm");
    })
    .await;
    sql(&replica.url("postgres"), "SELECT pg_wal_replay_resume()").await;
    let carried = ReadFloor::at(floor.get());
    until(
        Duration::from_secs(30),
        "the caught-up replica serves the floor",
        || {
            floor::with_floor(carried.clone(), async {
                on_replica(&mut other.read().await.unwrap()).await
            })
        },
    )
    .await;
    other.close().await;

    stage("read-your-writes across processes");
    // Another process writes while replay is paused: this process never saw that commit, so
    // only the lag bound can keep its reads off the stale replica. With a bound of 0 s they go
    // to the primary; with 30 s the replica still serves (its data is at most that old).
    let strict = Db::connect_with(
        &primary.url("dondoc"),
        &ReadReplicas {
            urls: vec![replica.url("dondoc")],
            max_lag: Duration::ZERO,
        },
    )
    .await
    .unwrap();
    until(
        Duration::from_secs(30),
        "the strict reader uses the caught-up replica",
        || async { on_replica(&mut strict.read().await.unwrap()).await },
    )
    .await;
    sql(&replica.url("postgres"), "SELECT pg_wal_replay_pause()").await;
    sql(&primary.url("dondoc"), "CREATE TABLE written_elsewhere (x int)").await;
    until(
        Duration::from_secs(30),
        "the replica receives WAL it does not replay",
        || async {
            let (received, replayed) = replaying(&replica.url("postgres")).await;
            received != replayed
        },
    )
    .await;
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert!(
        !on_replica(&mut strict.read().await.unwrap()).await,
        "a lagging replica served a strict read"
    );
    assert!(
        on_replica(&mut db.read().await.unwrap()).await,
        "lag within the bound: the replica serves"
    );
    sql(&replica.url("postgres"), "SELECT pg_wal_replay_resume()").await;
    strict.close().await;

    stage("lag bound");
    // The replica goes away: reads go to the primary, without an error, and come back to the
    // replica once it is up again (after it has been set aside a few seconds).
    replica.kill();
    for _ in 0..3 {
        let mut tx = db.read().await.unwrap();
        assert!(!on_replica(&mut tx).await);
        assert_eq!(units::get(&mut tx, id).await.unwrap().name, "Xã Tân Lập");
    }
    assert!(
        cluster.replicas().iter().all(|(_, down)| *down),
        "the stopped replica is set aside"
    );
    replica.start();
    until(
        Duration::from_secs(40),
        "the restarted replica serves reads again",
        || async { on_replica(&mut db.read().await.unwrap()).await },
    )
    .await;
    stage("replica down and back");
    db.close().await;
}
