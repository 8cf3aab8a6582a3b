//! The mails the platform sends, written in the recipient's language and
//! queued through the outbox in the caller's transaction.

use yz_domain::lang::Lang;
use yz_store::{StoreError, Tx, outbox};

use crate::consumers::MAIL_SEND;
use crate::mail::Mail;
use yz_i18n::I18n;

pub async fn queue(tx: &mut Tx, mail: &Mail, now: i64) -> Result<(), StoreError> {
    let payload = serde_json::to_value(mail).map_err(|e| StoreError::Decode(e.to_string()))?;
    outbox::enqueue(tx, MAIL_SEND, &payload, now).await?;
    Ok(())
}

fn compose(
    lang: Lang,
    to: &str,
    subject_key: &str,
    body_key: &str,
    args: &[(&'static str, String)],
) -> Mail {
    let i = I18n::new(lang);
    Mail {
        to: to.to_owned(),
        subject: i.ta(subject_key, args),
        body: i.ta(body_key, args),
    }
}

pub fn confirm_email(lang: Lang, to: &str, name: &str, link: &str) -> Mail {
    compose(
        lang,
        to,
        "mail-confirm-subject",
        "mail-confirm-body",
        &[("name", name.into()), ("link", link.into())],
    )
}

pub fn already_registered(lang: Lang, to: &str, link: &str) -> Mail {
    compose(
        lang,
        to,
        "mail-exists-subject",
        "mail-exists-body",
        &[("link", link.into())],
    )
}

pub fn reset_password(lang: Lang, to: &str, link: &str) -> Mail {
    compose(
        lang,
        to,
        "mail-reset-subject",
        "mail-reset-body",
        &[("link", link.into())],
    )
}

pub fn password_changed(lang: Lang, to: &str) -> Mail {
    compose(
        lang,
        to,
        "mail-password-changed-subject",
        "mail-password-changed-body",
        &[],
    )
}

pub fn change_email(lang: Lang, to: &str, link: &str) -> Mail {
    compose(
        lang,
        to,
        "mail-change-email-subject",
        "mail-change-email-body",
        &[("link", link.into())],
    )
}

pub fn email_change_notice(lang: Lang, to: &str, new_email: &str) -> Mail {
    compose(
        lang,
        to,
        "mail-email-notice-subject",
        "mail-email-notice-body",
        &[("email", new_email.into())],
    )
}

/// A fair's name for a reader of `lang`.
pub fn fair_name(lang: Lang, fair: &yz_store::fairs::Fair) -> String {
    if lang == Lang::ZhCn {
        fair.name_zh.clone()
    } else {
        fair.name_en.clone()
    }
}

pub fn org_submitted(lang: Lang, to: &str, org: &str, fair: &yz_store::fairs::Fair) -> Mail {
    compose(
        lang,
        to,
        "mail-org-submitted-subject",
        "mail-org-submitted-body",
        &[("org", org.into()), ("fair", fair_name(lang, fair))],
    )
}

pub fn org_approved(lang: Lang, to: &str, org: &str, fair: &yz_store::fairs::Fair) -> Mail {
    compose(
        lang,
        to,
        "mail-org-approved-subject",
        "mail-org-approved-body",
        &[("org", org.into()), ("fair", fair_name(lang, fair))],
    )
}

pub fn org_rejected(
    lang: Lang,
    to: &str,
    org: &str,
    fair: &yz_store::fairs::Fair,
    reason: &str,
) -> Mail {
    compose(
        lang,
        to,
        "mail-org-rejected-subject",
        "mail-org-rejected-body",
        &[
            ("org", org.into()),
            ("fair", fair_name(lang, fair)),
            ("reason", reason.into()),
        ],
    )
}

pub fn exhibit_decided(lang: Lang, to: &str, title: &str, approved: bool, reason: &str) -> Mail {
    let (subject, body) = if approved {
        (
            "mail-exhibit-approved-subject",
            "mail-exhibit-approved-body",
        )
    } else {
        (
            "mail-exhibit-rejected-subject",
            "mail-exhibit-rejected-body",
        )
    };
    compose(
        lang,
        to,
        subject,
        body,
        &[("title", title.into()), ("reason", reason.into())],
    )
}

pub fn booth_decided(lang: Lang, to: &str, booth: &str, approved: bool) -> Mail {
    let (subject, body) = if approved {
        ("mail-booth-approved-subject", "mail-booth-approved-body")
    } else {
        ("mail-booth-rejected-subject", "mail-booth-rejected-body")
    };
    compose(lang, to, subject, body, &[("booth", booth.into())])
}

pub fn staff_invite(lang: Lang, to: &str, org: &str, link: &str) -> Mail {
    compose(
        lang,
        to,
        "mail-staff-invite-subject",
        "mail-staff-invite-body",
        &[("org", org.into()), ("link", link.into())],
    )
}
