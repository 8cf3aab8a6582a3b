//! Who is looking at a booth or an exhibit: enough to apply the exhibitor's
//! visibility restrictions and to record the view with the viewer's country
//! and industry (S5.5.1).

use yz_domain::Permission;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_domain::role::Scope;
use yz_domain::visibility::{Hidden, Restriction, Viewer};
use yz_store::profiles;

use crate::error::AppError;
use crate::{Actor, App};

/// The viewer and the facts recorded with their views.
#[derive(Debug, Clone, Default)]
pub struct Audience {
    pub viewer: Viewer,
    /// HS chapter of the visitor's first purchasing interest.
    pub industry: Option<String>,
}

/// Builds the audience of `actor` for content of organisation `org_id`.
/// Anonymous visitors cost no query.
pub async fn of(app: &App, actor: &Actor, org_id: &str) -> Result<Audience, AppError> {
    let Some(p) = actor.full_user() else {
        return Ok(Audience::default());
    };
    let own_staff = p.can_in(
        Permission::ExhibitEdit,
        &Scope::Organisation(org_id.to_owned()),
    );
    // A trade visitor verified on a fair where the organisation exhibits.
    let trade_verified = !org_id.is_empty()
        && yz_store::fair_visitors::trade_verified_for_org(&app.stores.main, &p.user_id, org_id)
            .await?;
    let profile = profiles::get(&app.stores.main, &p.user_id).await?;
    let country = profile
        .as_ref()
        .map(|pr| pr.country.trim().to_ascii_uppercase())
        .filter(|c| c.len() == 2);
    let industry = profile
        .as_ref()
        .and_then(|pr| pr.interests.first())
        .map(|h| h.chars().take(2).collect());
    Ok(Audience {
        viewer: Viewer {
            country,
            trade_verified,
            own_staff,
        },
        industry,
    })
}

impl Audience {
    /// Checks every restriction that applies (the booth's and the product's).
    pub fn check(&self, restrictions: &[Restriction]) -> Result<(), Hidden> {
        restrictions.iter().try_for_each(|r| r.check(&self.viewer))
    }

    /// Records a view of `org_id`'s booth or exhibit (not the exhibitor's own).
    pub fn record(&self, app: &App, kind: EventKind, org_id: &str, fair_id: Option<&str>) {
        if self.viewer.own_staff {
            return;
        }
        app.views.record(
            kind,
            AnalyticsFacts {
                fair_id: fair_id.map(str::to_owned),
                actor_id: Some(org_id.to_owned()),
                country: self.viewer.country.clone(),
                industry: self.industry.clone(),
                ..Default::default()
            },
        );
    }
}

/// The message key explaining why something is hidden.
pub fn hidden_key(h: Hidden) -> &'static str {
    match h {
        Hidden::TradeOnly => "hidden-trade-only",
        Hidden::Country => "hidden-country",
    }
}
