//! Exhibitor onboarding (S3.4): an organisation registers with its legal
//! names, Unified Social Credit Code, business licence, industries, markets
//! and languages; submits for review; a reviewer approves or rejects with a
//! reason; the organisation fixes and resubmits. Every step is audited and
//! the owner is told by mail. Approval counts an exhibitor (S5.5.1).

use serde_json::json;
use yz_domain::change::{Kind, Verb};
use yz_domain::email::Email;
use yz_domain::hs::HsCode;
use yz_domain::lang::Lang;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_domain::role::{Grant, Role, Scope};
use yz_domain::uscc::Uscc;
use yz_store::organisations::{self, Organisation, Review};
use yz_store::{StoreError, accounts};

use crate::Actor;
use crate::App;
use crate::error::Msg;
use crate::error::{AppError, AppResult};
use crate::mails;
use crate::objects;

pub struct OrgInput {
    pub legal_name_zh: String,
    pub legal_name_en: String,
    pub uscc: String,
    pub contact_name: String,
    pub contact_email: String,
    pub industries: String,
    pub markets: String,
    pub languages: String,
}

fn split(raw: &str) -> impl Iterator<Item = &str> {
    raw.split([',', ' ', '，', ';', '、'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// Checks the form; returns the profile to store or every problem at once.
pub fn parse(input: &OrgInput) -> Result<Organisation, AppError> {
    let mut errors = Vec::new();
    let mut name = |raw: &str| {
        let t = raw.trim();
        if t.is_empty() || t.chars().count() > 200 || t.chars().any(char::is_control) {
            errors.push(Msg::new("error-org-name"));
        }
        t.to_owned()
    };
    let legal_name_zh = name(&input.legal_name_zh);
    let legal_name_en = name(&input.legal_name_en);
    let uscc = match Uscc::parse(&input.uscc) {
        Ok(u) => u.as_str().to_owned(),
        Err(e) => {
            errors.push(Msg::new(e.key()));
            String::new()
        }
    };
    let contact_name = input
        .contact_name
        .trim()
        .chars()
        .take(100)
        .collect::<String>();
    if contact_name.is_empty() {
        errors.push(Msg::new("error-org-contact"));
    }
    let contact_email = match Email::parse(&input.contact_email) {
        Ok(e) => e.as_str().to_owned(),
        Err(_) => {
            errors.push(Msg::new("error-email-invalid"));
            String::new()
        }
    };
    let mut industries = Vec::new();
    for p in split(&input.industries) {
        match HsCode::parse(p) {
            Ok(h) if !industries.contains(&h.as_str().to_owned()) => {
                industries.push(h.as_str().to_owned())
            }
            Ok(_) => {}
            Err(_) => errors.push(Msg::new("error-hs-code").with("code", p)),
        }
    }
    if industries.is_empty() {
        errors.push(Msg::new("error-org-industries"));
    }
    let mut markets = Vec::new();
    for p in split(&input.markets) {
        let c = p.to_ascii_uppercase();
        if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) {
            if !markets.contains(&c) {
                markets.push(c);
            }
        } else {
            errors.push(Msg::new("error-country-code").with("code", p));
        }
    }
    let mut languages = Vec::new();
    for p in split(&input.languages) {
        let ok = p.len() <= 12
            && p.split('-').all(|s| {
                !s.is_empty() && s.len() <= 8 && s.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if ok {
            let tag = Lang::parse(p)
                .map(|l| l.tag().to_owned())
                .unwrap_or_else(|| p.to_owned());
            if !languages.contains(&tag) {
                languages.push(tag);
            }
        } else {
            errors.push(Msg::new("error-language-tag").with("tag", p));
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    Ok(Organisation {
        id: yz_store::new_id(),
        legal_name_zh,
        legal_name_en,
        uscc,
        contact_name,
        contact_email,
        industries,
        markets,
        languages,
        licence_key: None,
        licence_mime: None,
        status: "draft".into(),
        review_reason: String::new(),
        submitted_at: None,
        created_by: String::new(),
        visible_countries: vec![],
        trade_only: false,
    })
}

/// Registers a new organisation; its creator becomes its owner.
pub async fn register(app: &App, actor: &Actor, input: &OrgInput) -> AppResult<String> {
    let mut org = parse(input)?;
    org.created_by = actor.id.clone();
    let mut w = app.work(actor).await?;
    let now = w.now();
    match organisations::save(&mut w.tx, &org, now).await {
        Err(StoreError::Conflict) => return Err(AppError::invalid("error-uscc-taken")),
        r => r?,
    }
    let grant = Grant {
        role: Role::ExhibitorOwner,
        scope: Scope::Organisation(org.id.clone()),
    };
    accounts::grant(&mut w.tx, &actor.id, &grant, Some(&actor.id), now).await?;
    w.changed(Kind::Organisation, &org.id, Verb::Created);
    w.changed(Kind::Grant, &actor.id, Verb::Granted);
    w.audit(
        "org.register",
        format!("org:{}", org.id),
        json!({"uscc": org.uscc}),
    );
    w.commit().await?;
    Ok(org.id)
}

async fn load(app: &App, id: &str) -> AppResult<Organisation> {
    organisations::by_id(&app.stores.main, id)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn update(app: &App, actor: &Actor, id: &str, input: &OrgInput) -> AppResult<()> {
    let current = load(app, id).await?;
    if !current.editable() {
        return Err(AppError::invalid("error-org-under-review"));
    }
    let mut org = parse(input)?;
    org.id = current.id.clone();
    org.created_by = current.created_by.clone();
    org.status = current.status.clone();
    org.review_reason = current.review_reason.clone();
    let mut w = app.work(actor).await?;
    let now = w.now();
    match organisations::save(&mut w.tx, &org, now).await {
        Err(StoreError::Conflict) => return Err(AppError::invalid("error-uscc-taken")),
        r => r?,
    }
    w.changed(Kind::Organisation, id, Verb::Changed);
    w.audit("org.update", format!("org:{id}"), json!({}));
    w.commit().await
}

/// The largest licence file accepted.
pub const LICENCE_MAX: usize = 20 * 1024 * 1024;

/// Checks the licence by its content (an image, re-encoded without its
/// metadata, or a PDF without scripts) and stores it.
pub async fn upload_licence(app: &App, actor: &Actor, id: &str, bytes: Vec<u8>) -> AppResult<()> {
    let org = load(app, id).await?;
    if !org.editable() {
        return Err(AppError::invalid("error-org-under-review"));
    }
    if bytes.len() > LICENCE_MAX {
        return Err(AppError::TooLarge);
    }
    let checked = tokio::task::spawn_blocking(
        move || -> Result<(Vec<u8>, &'static str, &'static str), AppError> {
            use yz_media::Kind;
            match yz_media::sniff(&bytes) {
                Some(Kind::Jpeg | Kind::Png | Kind::Webp) => {
                    let img = yz_media::process_image(&bytes, &yz_media::Limits::default(), &[])
                        .map_err(|_| AppError::invalid("error-licence-image"))?;
                    let kind = img.kind;
                    Ok((img.bytes, kind.mime(), kind.extension()))
                }
                Some(Kind::Pdf) => {
                    yz_media::check_pdf(&bytes)
                        .map_err(|_| AppError::invalid("error-licence-pdf"))?;
                    Ok((bytes, Kind::Pdf.mime(), Kind::Pdf.extension()))
                }
                _ => Err(AppError::invalid("error-licence-type")),
            }
        },
    )
    .await
    .map_err(|e| AppError::Internal(e.to_string()))??;
    let (data, mime, ext) = checked;
    let key = format!("licences/{id}/{}.{ext}", yz_store::new_id());
    objects::put(&app.objects, &key, data).await?;
    let mut updated = org.clone();
    updated.licence_key = Some(key.clone());
    updated.licence_mime = Some(mime.to_owned());
    let mut w = app.work(actor).await?;
    let now = w.now();
    organisations::save(&mut w.tx, &updated, now).await?;
    w.changed(Kind::Organisation, id, Verb::Changed);
    w.audit(
        "org.licence_upload",
        format!("org:{id}"),
        json!({"mime": mime, "key": key}),
    );
    w.commit().await
}

pub(crate) async fn owner_email(
    app: &App,
    org: &Organisation,
) -> Result<Option<(String, Lang)>, AppError> {
    Ok(accounts::by_id(&app.stores.main, &org.created_by)
        .await?
        .map(|u| {
            (
                u.email,
                u.lang
                    .as_deref()
                    .and_then(Lang::parse)
                    .unwrap_or(Lang::DEFAULT),
            )
        }))
}

pub async fn submit(app: &App, actor: &Actor, id: &str) -> AppResult<()> {
    let org = load(app, id).await?;
    if org.licence_key.is_none() {
        return Err(AppError::invalid("error-licence-missing"));
    }
    let mut w = app.work(actor).await?;
    let now = w.now();
    if !organisations::review(&mut w.tx, id, Review::Submit, "", &actor.id, now).await? {
        return Err(AppError::invalid("error-org-under-review"));
    }
    if let Some((to, lang)) = owner_email(app, &org).await? {
        w.mail(&mails::org_submitted(lang, &to, &org.legal_name_en))
            .await?;
    }
    w.changed(Kind::Organisation, id, Verb::Submitted);
    w.audit("org.submit", format!("org:{id}"), json!({}));
    w.commit().await
}

/// A reviewer's decision; a rejection needs a reason the owner will read.
pub async fn decide(
    app: &App,
    actor: &Actor,
    id: &str,
    approve: bool,
    reason: &str,
) -> AppResult<()> {
    let org = load(app, id).await?;
    let reason: String = reason.trim().chars().take(2000).collect();
    if !approve && reason.is_empty() {
        return Err(AppError::invalid("error-review-reason"));
    }
    let step = if approve {
        Review::Approve
    } else {
        Review::Reject
    };
    let mut w = app.work(actor).await?;
    let now = w.now();
    if !organisations::review(&mut w.tx, id, step, &reason, &actor.id, now).await? {
        return Err(AppError::invalid("error-org-not-submitted"));
    }
    if let Some((to, lang)) = owner_email(app, &org).await? {
        let mail = if approve {
            mails::org_approved(lang, &to, &org.legal_name_en)
        } else {
            mails::org_rejected(lang, &to, &org.legal_name_en, &reason)
        };
        w.mail(&mail).await?;
    }
    if approve {
        let facts = AnalyticsFacts {
            actor_id: Some(org.id.clone()),
            industry: org.industries.first().map(|h| h.chars().take(2).collect()),
            ..Default::default()
        };
        w.event(EventKind::ExhibitorRegistered, &facts).await?;
    }
    let (action, verb) = if approve {
        ("org.approve", Verb::Approved)
    } else {
        ("org.reject", Verb::Rejected)
    };
    w.changed(Kind::Organisation, id, verb);
    w.audit(action, format!("org:{id}"), json!({"reason": reason}));
    w.commit().await
}

/// The licence file, for the owner and the reviewers.
pub async fn licence(app: &App, id: &str) -> Result<(Vec<u8>, String), AppError> {
    let org = organisations::by_id(&app.stores.main, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (Some(key), Some(mime)) = (org.licence_key, org.licence_mime) else {
        return Err(AppError::NotFound);
    };
    Ok((objects::get(&app.objects, &key).await?, mime))
}
