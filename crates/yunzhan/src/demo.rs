//! `yunzhan demo`: a seeded demo platform. The accounts get random
//! passwords at first start (no default passwords anywhere), kept in
//! `data/demo-accounts.json` (owner-only) and printed at every start.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};
use yz_app::Actor;
use yz_app::AppError;
use yz_app::admin::{Seed, seed_account};
use yz_app::bulk::{self, BulkMedia, Profile};
use yz_app::fairs::{FairInput, HallInput};
use yz_domain::role::{Grant, Role, Scope};
use yz_web::AppState;

use crate::config::write_private;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DemoAccount {
    pub email: String,
    pub password: String,
    pub role: String,
}

const FILE: &str = "demo-accounts.json";

fn plan() -> Vec<(&'static str, &'static str, Vec<Grant>)> {
    let platform = |role| Grant {
        role,
        scope: Scope::Platform,
    };
    let org = |role, id: &str| Grant {
        role,
        scope: Scope::Organisation(id.into()),
    };
    vec![
        (
            "sysadmin@demo.yunzhan.local",
            "系统管理员 System Admin",
            vec![platform(Role::SystemAdmin)],
        ),
        (
            "secadmin@demo.yunzhan.local",
            "安全管理员 Security Admin",
            vec![platform(Role::SecurityAdmin)],
        ),
        (
            "auditadmin@demo.yunzhan.local",
            "审计管理员 Audit Admin",
            vec![platform(Role::AuditAdmin)],
        ),
        (
            "organizer@demo.yunzhan.local",
            "广东会展集团 Organizer",
            vec![platform(Role::Organizer)],
        ),
        (
            "exhibitor1@demo.yunzhan.local",
            "佛山美居家具 Foshan Home",
            vec![org(Role::ExhibitorOwner, "demo-org-1")],
        ),
        (
            "exhibitor2@demo.yunzhan.local",
            "深圳智联电子 Shenzhen Smartlink",
            vec![org(Role::ExhibitorOwner, "demo-org-2")],
        ),
        (
            "exhibitor3@demo.yunzhan.local",
            "潮州陶瓷 Chaozhou Ceramics",
            vec![org(Role::ExhibitorOwner, "demo-org-3")],
        ),
        (
            "buyer.garcia@demo.yunzhan.local",
            "María García",
            vec![platform(Role::Visitor)],
        ),
        (
            "buyer.hassan@demo.yunzhan.local",
            "Omar Hassan",
            vec![platform(Role::Visitor)],
        ),
        (
            "visitor.smith@demo.yunzhan.local",
            "Emily Smith",
            vec![platform(Role::Visitor)],
        ),
        (
            "visitor.wang@demo.yunzhan.local",
            "王小明",
            vec![platform(Role::Visitor)],
        ),
    ]
}

/// Seeds the accounts on first start; returns them for printing.
pub async fn seed(state: &AppState, data: &Path) -> anyhow::Result<Vec<DemoAccount>> {
    let file = data.join(FILE);
    if let Ok(text) = std::fs::read_to_string(&file) {
        return serde_json::from_str(&text).context("reading the demo accounts");
    }
    let actor = Actor::cli().as_user("demo-seed", "operator");
    let mut out = Vec::new();
    for (email, name, grants) in plan() {
        let password = format!("demo-{}", yz_app::tokens::one_time_password());
        let role = grants
            .first()
            .map(|g| g.role.as_str().to_owned())
            .unwrap_or_default();
        match seed_account(
            state,
            &actor,
            &Seed {
                email,
                name,
                grants,
                password: Some(&password),
            },
        )
        .await
        {
            Ok(_) => {}
            Err(e) => anyhow::bail!("seeding {email}: {e}"),
        }
        out.push(DemoAccount {
            email: email.into(),
            password,
            role,
        });
    }
    write_private(&file, serde_json::to_string_pretty(&out)?.as_bytes())?;
    Ok(out)
}

/// The demo fair: running its show days now, with halls by industry.
pub async fn seed_fair(state: &AppState) -> anyhow::Result<()> {
    if bulk::fair_plan(state, "canton-demo")
        .await
        .map_err(fail)?
        .is_some()
    {
        return Ok(());
    }
    let organizer = bulk::account_id(state, "organizer@demo.yunzhan.local")
        .await
        .map_err(fail)?
        .context("the demo organizer")?;
    let actor = yz_app::sessions::operator_acting_as(state, &organizer)
        .await
        .map_err(fail)?;
    create_fair(state, &actor).await?;
    seed_content(state, &actor.id).await
}

/// The demo fair `canton-demo`, running its show days now, with seven
/// halls by industry (no exhibitors yet).
pub async fn create_fair(state: &AppState, actor: &Actor) -> anyhow::Result<()> {
    let now = state.now();
    let day = 86_400_000;
    let local = |d: i64| yz_domain::fair::to_local(now + d * day, "Asia/Shanghai");
    let input = FairInput {
        slug: "canton-demo".into(),
        name_zh: "云展演示交易会".into(),
        name_en: "Yunzhan Demo Trade Fair".into(),
        description_zh: "线上数字展会演示：按行业分馆，逛展位、看展品、对接采购。".into(),
        description_en: "An online trade fair to try the platform: halls by industry, booths, exhibits and matchmaking.".into(),
        time_zone: "Asia/Shanghai".into(),
        languages: vec!["zh-CN".into(), "en".into(), "ar".into()],
        boundaries: [local(-20), local(-5), local(-4), local(2), local(9), local(40)],
        exhibit_review: false,
    };
    yz_app::fairs::create_fair(state, actor, &input)
        .await
        .map_err(fail)?;
    // Act again with the new fair's grant.
    let actor = &yz_app::sessions::operator_acting_as(state, &actor.id)
        .await
        .map_err(fail)?;
    let halls = [
        (
            "1",
            "电子电器",
            "Electronics and Appliances",
            "84, 85",
            5,
            30,
        ),
        ("2", "家具家居", "Furniture and Home", "94, 44", 4, 24),
        ("3", "陶瓷玻璃", "Ceramics and Glass", "69, 70", 3, 20),
        (
            "4",
            "纺织服装",
            "Textiles and Garments",
            "61, 62, 63, 52",
            4,
            30,
        ),
        (
            "5",
            "机械车辆",
            "Machinery and Vehicles",
            "87, 86, 89",
            3,
            20,
        ),
        (
            "6",
            "食品农产品",
            "Food and Agriculture",
            "08, 09, 20, 21",
            3,
            24,
        ),
        (
            "7",
            "化工医药",
            "Chemicals and Health",
            "28, 29, 30, 33",
            3,
            16,
        ),
    ];
    for (code, zh, en, chapters, rows, cols) in halls {
        let hall = HallInput {
            code: code.into(),
            name_zh: zh.into(),
            name_en: en.into(),
            chapters: chapters.into(),
            rows: rows.to_string(),
            cols: cols.to_string(),
            premium_rows: "1".into(),
        };
        yz_app::fairs::add_hall(state, actor, "canton-demo", &hall)
            .await
            .map_err(fail)?;
    }
    Ok(())
}

/// Exhibitors, products, rich media and visitors for the demo fair.
async fn seed_content(state: &AppState, organizer_id: &str) -> anyhow::Result<()> {
    eprintln!("  seeding the demo fair: 220 exhibitors, 5,000 products ...");
    let plan = crate::seed::Plan {
        fair_slug: "canton-demo",
        owner_id: organizer_id,
        exhibitors: 220,
        exhibits: 5_000,
        photos: 24,
        preset_ids: &["demo-org-1", "demo-org-2", "demo-org-3"],
    };
    let seeded = crate::seed::fair(state, &plan, &mut |_| {}).await?;
    // 3D models and panoramas on the first exhibitors' first products.
    for (i, (org, _)) in seeded.orgs.iter().take(6).enumerate() {
        let Some(exhibit) = bulk::exhibit_ids(state, org)
            .await
            .map_err(fail)?
            .into_iter()
            .next()
        else {
            continue;
        };
        let shape = yz_media::SampleShape::ALL[i % 3];
        let glb = yz_media::sample_glb(shape);
        let model = BulkMedia {
            exhibit_id: &exhibit,
            kind: yz_domain::kinds::MediaKind::Model,
            mime: "model/gltf-binary",
            ext: "glb",
            bytes: glb,
            variants: BTreeMap::new(),
            caption: shape.name(),
        };
        bulk::media(state, model).await.map_err(fail)?;
        if i < 3 {
            let pano = tokio::task::spawn_blocking(|| {
                let jpeg = yz_media::sample_panorama(4096);
                yz_media::process_panorama(&jpeg, &yz_media::Limits::default())
            })
            .await?
            .map_err(|e| anyhow::anyhow!("demo panorama: {e}"))?;
            let key = format!("media/{exhibit}/panorama-preview.jpg");
            yz_app::objects::put(
                &state.objects,
                &key,
                pano.thumbnails
                    .first()
                    .map(|t| t.bytes.clone())
                    .unwrap_or_default(),
            )
            .await?;
            let variants = BTreeMap::from([(yz_media::PANORAMA_PREVIEW.to_string(), key)]);
            let panorama = BulkMedia {
                exhibit_id: &exhibit,
                kind: yz_domain::kinds::MediaKind::Panorama,
                mime: "image/jpeg",
                ext: "jpg",
                bytes: pano.bytes,
                variants,
                caption: "Showroom 360°",
            };
            bulk::media(state, panorama).await.map_err(fail)?;
        }
    }
    // Visitors from many countries, with purchasing interests.
    let countries = [
        "US", "DE", "BR", "AE", "JP", "NG", "FR", "RU", "MX", "IN", "SA", "ES", "GB", "KE", "VN",
        "AU",
    ];
    let chapters = ["85", "94", "61", "08", "87", "33", "69", "84"];
    let actor = Actor::cli().as_user("demo-seed", "operator");
    let mut visitors = Vec::new();
    for (i, country) in countries.iter().enumerate() {
        let email = format!("buyer{i}@visitors.demo.yunzhan.local");
        yz_app::admin::seed_account(
            state,
            &actor,
            &Seed {
                email: &email,
                name: &format!("Buyer {country}"),
                grants: vec![Grant {
                    role: Role::Visitor,
                    scope: Scope::Platform,
                }],
                password: None,
            },
        )
        .await
        .map_err(fail)?;
        let id = bulk::account_id(state, &email)
            .await
            .map_err(fail)?
            .context("a demo visitor")?;
        let profile = Profile {
            country: (*country).into(),
            company: format!("{country} Import Trading"),
            interests: vec![chapters[i % chapters.len()].into()],
            languages: vec!["en".into()],
            consent: serde_json::json!({}),
            ..Default::default()
        };
        bulk::visitor_profile(state, &id, &profile)
            .await
            .map_err(fail)?;
        visitors.push((id, i % 2 == 0));
    }
    demo_visitors(state, visitors).await
}

/// Registers the demo's visitors for the demo fair; every other buyer and
/// the named demo buyers are verified as its trade visitors.
async fn demo_visitors(state: &AppState, mut visitors: Vec<(String, bool)>) -> anyhow::Result<()> {
    for (email, _, grants) in plan() {
        if grants.iter().any(|g| g.role == Role::Visitor) {
            let trade = email.starts_with("buyer.");
            if let Some(id) = bulk::account_id(state, email).await.map_err(fail)? {
                visitors.push((id, trade));
            }
        }
    }
    let (fair, _) = bulk::fair_plan(state, "canton-demo")
        .await
        .map_err(fail)?
        .context("the demo fair")?;
    let by = Actor::cli().as_user("demo-seed", "operator");
    bulk::visitors(state, &fair, &visitors, &by)
        .await
        .map_err(fail)?;
    Ok(())
}
fn fail(f: AppError) -> anyhow::Error {
    match f {
        AppError::Invalid(m) => anyhow::anyhow!("demo fair: {m:?}"),
        e => anyhow::anyhow!("demo fair: {e}"),
    }
}

pub fn print(url: &str, accounts: &[DemoAccount]) {
    println!();
    println!("  Yunzhan demo is running at {url}");
    println!("  The demo fair: {url}/fairs/canton-demo");
    println!("  Mail is not sent in demo mode: read it at {url}/dev/mail");
    println!();
    println!("  {:<16} {:<36} password", "role", "e-mail");
    for a in accounts {
        println!("  {:<16} {:<36} {}", a.role, a.email, a.password);
    }
    println!();
    println!("  The three administrators enrol an authenticator app (TOTP) at their first login.");
    println!("  Stop with Ctrl-C. Data lives in the data folder; delete it to start afresh.");
    println!();
}
