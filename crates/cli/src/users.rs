//! `dondoc user …` and `dondoc token …`, and the demo's accounts.

use std::io::BufRead;

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use domain::access::Role;
use store::Db;
use store::accounts::{NewUser, RoleBinding};

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is read from the first line of standard input.
    Create {
        login: String,
        /// The name shown in the interface.
        #[arg(long)]
        name: String,
        /// Administrator of everything (the first account of a new installation).
        #[arg(long)]
        admin: bool,
        /// A role at a unit, as ROLE@UNIT_ID (e.g. specialist@5); repeatable.
        #[arg(long = "role")]
        roles: Vec<String>,
        /// The person record the user is.
        #[arg(long)]
        person: Option<i64>,
    },
    /// Set a new password (read from standard input); ends the user's sessions.
    Password { login: String },
}

#[derive(Subcommand)]
pub enum TokenCommand {
    /// Create an API token for a user and print it (shown once).
    Create {
        login: String,
        #[arg(long, default_value = "cli")]
        name: String,
        #[arg(long, default_value_t = 90)]
        days: i64,
    },
}

fn read_password() -> Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    let pw = line.trim_end_matches(['\r', '\n']).to_string();
    store::accounts::check_password("password", &pw).map_err(|e| anyhow::anyhow!(e.message_vi))?;
    Ok(pw)
}

fn parse_role(s: &str) -> Result<RoleBinding> {
    let (role, unit) = s
        .split_once('@')
        .with_context(|| format!("--role {s:?}: use ROLE@UNIT_ID"))?;
    let role = Role::parse(role).with_context(|| format!("unknown role {role:?}: use {}", Role::codes()))?;
    let unit_id = unit
        .parse()
        .with_context(|| format!("--role {s:?}: UNIT_ID must be a number"))?;
    Ok(RoleBinding {
        role,
        unit_id: Some(unit_id),
    })
}

async fn user_id(db: &Db, login: &str) -> Result<i64> {
    let mut tx = db.read().await?;
    match store::accounts::credentials(&mut tx, login).await? {
        Some((id, _)) => Ok(id),
        None => bail!("no active account {login:?}"),
    }
}

pub async fn run_user(db: &Db, cmd: UserCommand) -> Result<()> {
    match cmd {
        UserCommand::Create {
            login,
            name,
            admin,
            roles,
            person,
        } => {
            let mut bindings = roles.iter().map(|r| parse_role(r)).collect::<Result<Vec<_>>>()?;
            if admin {
                bindings.push(RoleBinding {
                    role: Role::Admin,
                    unit_id: None,
                });
            }
            if bindings.is_empty() {
                bail!("give --admin or at least one --role ROLE@UNIT_ID");
            }
            let password = read_password()?;
            let user = NewUser {
                login,
                display_name: name,
                password,
                person_id: person,
                roles: bindings,
            };
            let created = create(db, &user).await?;
            println!("Đã tạo tài khoản “{}” (mã {}).", created.login, created.id);
        }
        UserCommand::Password { login } => {
            let id = user_id(db, &login).await?;
            let pw = read_password()?;
            let hash = tokio::task::spawn_blocking(move || store::accounts::hash_password(&pw)).await??;
            let mut tx = db.write().await?;
            store::accounts::set_password(&mut tx, id, &hash).await?;
            tx.commit().await?;
            println!("Đã đặt mật khẩu mới cho “{login}”.");
        }
    }
    Ok(())
}

pub async fn run_token(db: &Db, cmd: TokenCommand) -> Result<()> {
    match cmd {
        TokenCommand::Create { login, name, days } => {
            let id = user_id(db, &login).await?;
            let mut tx = db.write().await?;
            let (_, secret) = store::accounts::create_token(&mut tx, id, &name, days).await?;
            tx.commit().await?;
            println!("{secret}");
        }
    }
    Ok(())
}

async fn create(db: &Db, user: &NewUser) -> Result<store::accounts::User> {
    let pw = user.password.clone();
    let hash = tokio::task::spawn_blocking(move || store::accounts::hash_password(&pw)).await??;
    let mut tx = db.write().await?;
    let created = store::accounts::create_user(&mut tx, user, &hash).await?;
    tx.commit().await?;
    Ok(created)
}

/// The demo's password for every demo account (demo databases only).
pub const DEMO_PASSWORD: &str = "dondoc-demo-2023";

/// Creates one account per role over the demo data, and prints them.
pub async fn demo_accounts(db: &Db) -> Result<()> {
    let unit = |q: &'static str| async move {
        let mut tx = db.read().await?;
        let f = store::units::UnitFilter {
            q: Some(q.into()),
            ..Default::default()
        };
        let page = store::units::list(&mut tx, &f, 1, 0).await?;
        page.items
            .first()
            .map(|u| u.id)
            .with_context(|| format!("demo unit {q:?} not found"))
    };
    let long_bien = unit("quan long bien").await?;
    let hai_ba_trung = unit("quan hai ba trung").await?;
    let bo_de = unit("phuong bo de").await?;
    // Staff: someone responsible for tasks in Bồ Đề.
    let staff_person = {
        let mut tx = db.read().await?;
        let f = store::tasks::TaskFilter {
            within: Some(bo_de),
            ..Default::default()
        };
        let clock = domain::status::Clock::new(chrono::NaiveDate::MIN, 7);
        let page = store::tasks::list(&mut tx, &f, &clock, 100, 0).await?;
        page.items.iter().find_map(|t| t.responsible_id)
    };
    let staff_unit = match staff_person {
        Some(p) => {
            let mut tx = db.read().await?;
            store::people::get(&mut tx, p).await?.unit_id
        }
        None => bo_de,
    };
    for (login, name, role) in DEMO_ACCOUNTS {
        let (unit_id, person_id) = match *login {
            "quantri" => (None, None),
            "chuyenvien.haibatrung" => (Some(hai_ba_trung), None),
            "phuong.bode" => (Some(bo_de), None),
            "canbo.bode" => (Some(staff_unit), staff_person),
            _ => (Some(long_bien), None),
        };
        let user = NewUser {
            login: (*login).into(),
            display_name: (*name).into(),
            password: DEMO_PASSWORD.into(),
            person_id,
            roles: vec![RoleBinding { role: *role, unit_id }],
        };
        create(db, &user).await?;
    }
    Ok(())
}

/// The demo's accounts: login, display name, role.
const DEMO_ACCOUNTS: &[(&str, &str, Role)] = &[
    ("quantri", "Quản trị hệ thống", Role::Admin),
    ("lanhdao.longbien", "Lãnh đạo Quận Long Biên", Role::Leader),
    (
        "chuyenvien.longbien",
        "Chuyên viên Văn phòng Quận ủy Long Biên",
        Role::Specialist,
    ),
    (
        "chuyenvien.haibatrung",
        "Chuyên viên Văn phòng Quận ủy Hai Bà Trưng",
        Role::Specialist,
    ),
    ("phuong.bode", "Cán bộ Phường Bồ Đề", Role::UnitOfficer),
    ("ubkt.longbien", "Ủy ban Kiểm tra Quận ủy Long Biên", Role::Inspector),
    ("canbo.bode", "Cán bộ được giao nhiệm vụ (Phường Bồ Đề)", Role::Staff),
];

pub fn print_demo_accounts() {
    println!("Tài khoản minh họa (mật khẩu chung: {DEMO_PASSWORD}):");
    for (login, name, role) in DEMO_ACCOUNTS {
        println!("  {login:<24} {:<28} {name}", role.label_vi());
    }
}
