//! Exhibitor onboarding (S3.4), the organisation's side: it registers with
//! its legal names, Unified Social Credit Code, business licence,
//! industries, markets and languages, then applies to exhibit at a fair by
//! requesting a booth there (`booths.rs`); that fair's reviewers decide
//! (`applications.rs`). While an application waits, the profile is frozen,
//! so reviewers decide on what they see; a later change of the legal
//! identity (names, USCC, licence) sends the approvals back to review.

use serde_json::json;
use yz_domain::Permission;
use yz_domain::change::{Kind, Verb};
use yz_domain::email::Email;
use yz_domain::hs::HsCode;
use yz_domain::lang::Lang;
use yz_domain::role::{Grant, Role, Scope};
use yz_domain::status::ApplicationStatus;
use yz_domain::uscc::Uscc;
use yz_store::organisations;
pub use yz_store::organisations::Organisation;
use yz_store::{StoreError, accounts, applications, fairs};

use yz_domain::change::Change;

use crate::Actor;
use crate::App;
use crate::error::Msg;
use crate::error::{AppError, AppResult};
use crate::mails;
use crate::objects;
use crate::scope;
use crate::work::Work;
use yz_store::fairs::Fair;

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
        created_by: String::new(),
        visible_countries: vec![],
        trade_only: false,
    })
}

/// Registers a new organisation; its creator becomes its owner.
pub async fn register(app: &App, actor: &Actor, input: &OrgInput) -> AppResult<String> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    let mut org = parse(input)?;
    org.created_by = p.user_id.clone();
    crate::quotas::orgs_left(app, &p.user_id).await?;
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
    accounts::grant(&mut w.tx, &p.user_id, &grant, Some(&p.user_id), now).await?;
    w.changed(Kind::Organisation, &org.id, Verb::Created);
    w.changed(Kind::Grant, &p.user_id, Verb::Granted);
    w.audit(
        "org.register",
        format!("org:{}", org.id),
        json!({"uscc": org.uscc}),
    );
    w.commit().await?;
    Ok(org.id)
}

/// An application as the organisation sees it.
#[derive(Debug, Clone)]
pub struct ApplicationView {
    pub fair: yz_store::applications::FairLabel,
    pub status: ApplicationStatus,
    pub reason: String,
}

/// The organisation's page for its own staff: the profile, whether it may
/// be changed now, and its applications to fairs.
pub struct OwnOrg {
    pub org: Organisation,
    pub editable: bool,
    pub applications: Vec<ApplicationView>,
}

pub async fn own(app: &App, actor: &Actor, org_id: &str) -> AppResult<OwnOrg> {
    let org = scope::own_org(app, actor, org_id, Permission::OrgManage).await?;
    let applications: Vec<ApplicationView> = applications::of_org(&app.stores.main, org_id)
        .await?
        .into_iter()
        .map(|(a, fair)| ApplicationView {
            fair,
            status: a.status,
            reason: a.reason,
        })
        .collect();
    let editable = !applications
        .iter()
        .any(|a| a.status == ApplicationStatus::Applied);
    Ok(OwnOrg {
        org,
        editable,
        applications,
    })
}

/// The profile may change unless an application waits for a decision.
async fn editable(app: &App, org_id: &str) -> AppResult<()> {
    if applications::any_waiting(&app.stores.main, org_id).await? {
        Err(AppError::invalid("error-org-under-review"))
    } else {
        Ok(())
    }
}

/// Saves the profile; a changed legal identity sends approvals back to the
/// fairs' reviewers.
async fn save(w: &mut Work<'_>, before: &Organisation, after: &Organisation) -> AppResult<()> {
    let now = w.now();
    match organisations::save(&mut w.tx, after, now).await {
        Err(StoreError::Conflict) => return Err(AppError::invalid("error-uscc-taken")),
        r => r?,
    }
    w.changed(Kind::Organisation, &after.id, Verb::Changed);
    if before.identity() != after.identity() {
        for fair_id in applications::reopen(&mut w.tx, &after.id, now).await? {
            w.record(
                Change::new(
                    Kind::Application,
                    format!("{fair_id}:{}", after.id),
                    Verb::Submitted,
                )
                .in_fair(fair_id),
            );
        }
    }
    Ok(())
}

pub async fn update(app: &App, actor: &Actor, id: &str, input: &OrgInput) -> AppResult<()> {
    let current = scope::own_org(app, actor, id, Permission::OrgManage).await?;
    editable(app, id).await?;
    let mut org = parse(input)?;
    org.id = current.id.clone();
    org.created_by = current.created_by.clone();
    org.licence_key = current.licence_key.clone();
    org.licence_mime = current.licence_mime.clone();
    let mut w = app.work(actor).await?;
    save(&mut w, &current, &org).await?;
    w.audit("org.update", format!("org:{id}"), json!({}));
    w.commit().await
}

/// The largest licence file accepted.
pub const LICENCE_MAX: usize = 20 * 1024 * 1024;

/// Checks the licence by its content (an image, re-encoded without its
/// metadata, or a PDF without scripts) and stores it.
pub async fn upload_licence(app: &App, actor: &Actor, id: &str, bytes: Vec<u8>) -> AppResult<()> {
    let org = scope::own_org(app, actor, id, Permission::OrgManage).await?;
    editable(app, id).await?;
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
    .await??;
    let (data, mime, ext) = checked;
    let key = format!("licences/{id}/{}.{ext}", yz_store::new_id());
    objects::put(&app.objects, &key, data).await?;
    let mut updated = org.clone();
    updated.licence_key = Some(key.clone());
    updated.licence_mime = Some(mime.to_owned());
    let mut w = app.work(actor).await?;
    save(&mut w, &org, &updated).await?;
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

/// Applies again to a fair that rejected the application, after fixing
/// what its reviewers asked for.
pub async fn resubmit(app: &App, actor: &Actor, org_id: &str, fair_slug: &str) -> AppResult<()> {
    let org = scope::own_org(app, actor, org_id, Permission::OrgManage).await?;
    let fair = fairs::by_slug(&app.stores.main, fair_slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let current = applications::get(&app.stores.main, &fair.id, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if current.status != ApplicationStatus::Rejected {
        return Err(AppError::invalid("error-org-under-review"));
    }
    if org.licence_key.is_none() {
        return Err(AppError::invalid("error-licence-missing"));
    }
    let mut w = app.work(actor).await?;
    let now = w.now();
    applications::apply(&mut w.tx, &fair.id, org_id, &actor.id, now).await?;
    submitted(&mut w, &org, &fair).await?;
    w.commit().await
}

/// What follows an application (first or again) in its transaction: the
/// owner's mail, the change record and the audit intent.
pub(crate) async fn submitted(w: &mut Work<'_>, org: &Organisation, fair: &Fair) -> AppResult<()> {
    if let Some((to, lang)) = owner_email(w.app(), org).await? {
        w.mail(&mails::org_submitted(lang, &to, &org.legal_name_en, fair))
            .await?;
    }
    w.record(
        Change::new(
            Kind::Application,
            format!("{}:{}", fair.id, org.id),
            Verb::Submitted,
        )
        .in_fair(&fair.id),
    );
    w.audit(
        "org.submit",
        format!("org:{}", org.id),
        json!({"fair": fair.slug}),
    );
    Ok(())
}

/// The licence file, for the organisation's owners.
pub async fn licence(app: &App, actor: &Actor, id: &str) -> AppResult<(Vec<u8>, String)> {
    let org = scope::own_org(app, actor, id, Permission::OrgManage).await?;
    licence_file(app, &org).await
}

pub(crate) async fn licence_file(app: &App, org: &Organisation) -> AppResult<(Vec<u8>, String)> {
    let (Some(key), Some(mime)) = (&org.licence_key, &org.licence_mime) else {
        return Err(AppError::NotFound);
    };
    Ok((objects::get(&app.objects, key).await?, mime.clone()))
}
