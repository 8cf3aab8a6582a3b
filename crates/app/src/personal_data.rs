//! The account's own data (PIPL): a download of everything held about it
//! and the deletion of the account, both driven by the personal-data
//! registry (`yz_store::personal`), so a column registered there is exported
//! and erased without code here knowing it.
//!
//! The audit log keeps the account's (pseudonymous) id in its records: it
//! is retained by law (GB/T 22239, at least 180 days) and is append-only.

use serde_json::{Map, Value, json};
use yz_domain::change::{Kind, Verb};
use yz_domain::role::Role;
use yz_store::migrate::DbKind;
use yz_store::personal::{self, Key};
use yz_store::{accounts, organisations};

use crate::error::{AppError, AppResult};
use crate::{Actor, App, audit, passwords, privacy};

/// Everything held about the caller, as one JSON document: the account,
/// the profile with its sealed fields opened, and every registered table's
/// rows about the account (secrets left out).
pub async fn export(app: &App, actor: &Actor) -> AppResult<Value> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    let user = accounts::by_id(&app.stores.main, &p.user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let open = privacy::load(app, &p.user_id).await?;
    let mut records = Map::new();
    for (db, kind) in [
        (&app.stores.main, DbKind::Main),
        (&app.stores.analytics, DbKind::Analytics),
    ] {
        for e in personal::of(kind).filter(|e| e.export) {
            let rows = personal::rows_of(db, e, &user.id, &user.email).await?;
            let name = if e.key == Key::Email {
                format!("{}_by_{}", e.table, e.column)
            } else {
                e.table.to_owned()
            };
            records.insert(name, Value::Array(rows));
        }
    }
    let doc = json!({
        "format": "yunzhan-personal-data-v2",
        "exported_at_ms": app.now(),
        "account": {
            "id": user.id, "email": user.email, "display_name": user.display_name, "language": user.lang,
            "email_confirmed_at_ms": user.email_confirmed_at, "created_at_ms": user.created_at,
            "last_login_at_ms": user.last_login_at,
        },
        "profile": {
            "country": open.profile.country, "company": open.profile.company, "job_title": open.profile.job_title,
            "interests": open.profile.interests, "volume_band": open.profile.volume_band,
            "languages": open.profile.languages, "phone": open.phone, "social": open.social,
            "consent": open.profile.consent,
        },
        "records": records,
        "kept": personal::REGISTRY.iter().filter_map(|e| match e.erase {
            personal::Erase::Keep(why) => Some(json!({"table": e.table, "why": why})),
            _ => None,
        }).collect::<Vec<_>>(),
    });
    audit::ok(
        app,
        actor,
        "privacy.export",
        &audit::user_target(&p.user_id),
        json!({}),
    )
    .await?;
    Ok(doc)
}

/// Deletes the caller's account after checking the password: the
/// organisations they alone own (with their products and files), then
/// every registered column's rows about them (deleted, or the column
/// cleared where the row belongs to someone else), queued mail to them,
/// and their id in analytics events.
pub async fn delete_account(app: &App, actor: &Actor, password: &str) -> AppResult<()> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    if p.is_admin() {
        return Err(AppError::invalid("error-admin-delete"));
    }
    let user = accounts::by_id(&app.stores.main, &p.user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    if !passwords::verify(
        Some(user.password_hash.clone()),
        password.to_owned(),
        app.config.password_cost,
    )
    .await
    {
        return Err(AppError::invalid("error-password-wrong"));
    }
    let db = &app.stores.main;
    let mut sole = Vec::new();
    for o in organisations::created_by(db, &user.id).await? {
        let owners = accounts::holders_in(db, "organisation", &o.id).await?;
        if !owners
            .iter()
            .any(|(uid, _, role)| uid != &user.id && *role == Role::ExhibitorOwner)
        {
            sole.push(o);
        }
    }
    let mut files = Vec::new();
    for o in &sole {
        files.extend(o.licence_key.clone());
        for e in yz_store::exhibits::ids_of_org(db, &o.id).await? {
            for m in yz_store::exhibits::media_of(db, &e).await? {
                files.push(m.object_key.clone());
                files.extend(m.variants.values().cloned());
            }
        }
    }
    let mut w = app.work(actor).await?;
    w.changes_by("deleted-account");
    for o in &sole {
        organisations::delete(&mut w.tx, &o.id).await?;
        w.changed(Kind::Organisation, &o.id, Verb::Deleted);
    }
    // The account's own row last: other rows may reference it.
    let (account, others): (Vec<_>, Vec<_>) =
        personal::of(DbKind::Main).partition(|e| e.table == "users");
    for e in others.into_iter().chain(account) {
        personal::erase(&mut w.tx, e, &user.id, &user.email).await?;
    }
    yz_store::outbox::drop_mail_to(&mut w.tx, &user.email).await?;
    yz_store::outbox::forget_actor(&mut w.tx, &user.id).await?;
    for o in &sole {
        yz_store::outbox::forget_actor(&mut w.tx, &o.id).await?;
    }
    w.changed(Kind::Account, &user.id, Verb::Deleted);
    w.audit(
        "privacy.account_delete",
        audit::user_target(&user.id),
        json!({"organisations": sole.len()}),
    );
    w.commit().await?;
    for key in files {
        if let Err(e) = crate::objects::delete(&app.objects, &key).await {
            tracing::warn!(error = %e, "file of a deleted organisation not deleted");
        }
    }
    // Analytics keep the counts, not the person (nor their organisations).
    let mut tx = app.stores.analytics.begin().await?;
    for e in personal::of(DbKind::Analytics) {
        personal::erase(&mut tx, e, &user.id, &user.email).await?;
        for o in &sole {
            personal::erase(&mut tx, e, &o.id, "").await?;
        }
    }
    tx.commit().await?;
    Ok(())
}
