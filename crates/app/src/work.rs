//! One use case's transaction. A [`Work`] holds the business writes, the
//! record of what changed, the audit intents, the mails and the events, and
//! commits them together: a change never persists without its record and
//! its audit intent, and vice versa.
//!
//! After the commit the followers of the record act: the page cache drops
//! the entries read from what changed (here, and on the other nodes through
//! the invalidation bus), the outbox dispatcher wakes, and the audit intents
//! are appended to the audit database at once. Should that append fail
//! (the audit database unreachable), the outbox delivers the intents again
//! until they are in; appending is idempotent by the intent's event id.

use serde_json::json;
use yz_domain::audit::{AuditEntry, Outcome};
use yz_domain::change::{Change, Kind, Verb};
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_store::{Tx, changes, outbox};

use crate::audit_intent::{AUDIT_APPEND, intent_payload};
use crate::mail::Mail;
use crate::{Actor, App, AppResult};

pub struct Work<'a> {
    app: &'a App,
    actor: &'a Actor,
    /// The transaction the use case writes in.
    pub tx: Tx,
    now: i64,
    changes: Vec<Change>,
    /// Who the record of changes names, when not the actor.
    changes_by: Option<&'static str>,
    audits: Vec<AuditEntry>,
}

impl App {
    /// Starts the transaction of one use case done by `actor`.
    pub async fn work<'a>(&'a self, actor: &'a Actor) -> AppResult<Work<'a>> {
        Ok(Work {
            app: self,
            actor,
            tx: self.stores.main.begin().await?,
            now: self.now(),
            changes: Vec::new(),
            changes_by: None,
            audits: Vec::new(),
        })
    }

    /// What followers do on this node once changes are committed.
    fn after_commit(&self, changes: &[Change]) {
        let stale = crate::cache::stale_after(changes);
        self.cache.invalidate(&stale);
        self.bus.publish(&stale);
        if changes.iter().any(|c| c.kind == Kind::Settings) {
            self.site_cache.clear();
            self.policy_cache.clear();
        }
        self.outbox_wake.notify_one();
    }
}

impl Work<'_> {
    /// The time of this use case (one instant for all its writes).
    pub fn now(&self) -> i64 {
        self.now
    }

    pub fn actor(&self) -> &Actor {
        self.actor
    }

    pub fn app(&self) -> &App {
        self.app
    }

    /// Records that the object `kind`/`id` was changed in this way.
    pub fn changed(&mut self, kind: Kind, id: impl Into<String>, verb: Verb) {
        self.changes.push(Change::new(kind, id, verb));
    }

    /// The record of changes names `who` instead of the actor: an account
    /// deleting itself leaves no id behind there (the audit trail, kept by
    /// law, still names it).
    pub fn changes_by(&mut self, who: &'static str) {
        self.changes_by = Some(who);
    }

    /// Records a change that concerns one fair.
    pub fn record(&mut self, change: Change) {
        self.changes.push(change);
    }

    /// The audit record of this use case, by its actor.
    pub fn audit(&mut self, action: &str, target: impl Into<String>, detail: serde_json::Value) {
        let who = self.actor.clone();
        self.audit_as(&who, action, target, Outcome::Success, detail);
    }

    /// A refusal or failure recorded with the writes it caused (a counted
    /// failed login, say).
    pub fn audit_refused(
        &mut self,
        action: &str,
        target: impl Into<String>,
        detail: serde_json::Value,
    ) {
        let who = self.actor.clone();
        self.audit_as(&who, action, target, Outcome::Failure, detail);
    }

    /// An audit record in another's name (the platform locking an account).
    pub fn audit_as(
        &mut self,
        who: &Actor,
        action: &str,
        target: impl Into<String>,
        outcome: Outcome,
        detail: serde_json::Value,
    ) {
        self.audits.push(AuditEntry {
            actor_id: who.id.clone(),
            actor_role: who.role.clone(),
            source_ip: who.ip.clone(),
            action: action.into(),
            target: target.into(),
            outcome,
            detail: detail.to_string(),
        });
    }

    /// An analytics event (S5.5.1).
    pub async fn event(&mut self, kind: EventKind, facts: &AnalyticsFacts) -> AppResult<()> {
        outbox::enqueue(&mut self.tx, kind.as_str(), &json!(facts), self.now).await?;
        Ok(())
    }

    /// Another outbox event (a security alert, say).
    pub async fn emit(&mut self, kind: &str, payload: &serde_json::Value) -> AppResult<()> {
        outbox::enqueue(&mut self.tx, kind, payload, self.now).await?;
        Ok(())
    }

    /// A mail, sent once the change is committed.
    pub async fn mail(&mut self, mail: &Mail) -> AppResult<()> {
        crate::mails::queue(&mut self.tx, mail, self.now).await?;
        Ok(())
    }

    /// Commits the writes with their record of changes and audit intents,
    /// then lets this node's followers act.
    pub async fn commit(mut self) -> AppResult<()> {
        for c in &self.changes {
            let by = self.changes_by.unwrap_or(&self.actor.id);
            changes::record(&mut self.tx, self.now, by, c).await?;
        }
        let mut intents = Vec::with_capacity(self.audits.len());
        for entry in self.audits {
            let payload = intent_payload(self.now, &entry);
            let id = outbox::enqueue(&mut self.tx, AUDIT_APPEND, &payload, self.now).await?;
            intents.push((id, entry));
        }
        self.tx.commit().await?;
        self.app.after_commit(&self.changes);
        for (id, entry) in intents {
            if let Err(e) = self.app.audit.append_once(&id, self.now, entry).await {
                // The outbox appends it later; the change itself stands.
                tracing::error!(error = %e, event = %id, "audit append deferred to the outbox");
            }
        }
        Ok(())
    }
}
