//! Exhibitors restrict who sees their booth or a product (req. 8).

use serde_json::json;
use yz_domain::change::{Change, Kind, Verb};
use yz_domain::visibility::parse_countries;
use yz_store::{exhibits, organisations};

use crate::Actor;
use crate::App;
use crate::error::Msg;
use crate::error::{AppError, AppResult};

fn countries(raw: &str) -> Result<Vec<String>, AppError> {
    parse_countries(raw).map_err(|bad| {
        AppError::Invalid(
            bad.into_iter()
                .map(|b| Msg::new("error-country").with("code", b))
                .collect(),
        )
    })
}

/// Sets who may see one product.
pub async fn set_exhibit(
    app: &App,
    actor: &Actor,
    org_id: &str,
    id: &str,
    raw_countries: &str,
    trade_only: bool,
) -> AppResult<()> {
    crate::scope::own_exhibit(app, actor, org_id, id).await?;
    let list = countries(raw_countries)?;
    let mut w = app.work(actor).await?;
    let now = w.now();
    exhibits::set_visibility(&mut w.tx, id, &list, trade_only, now).await?;
    w.record(Change::new(Kind::Exhibit, id, Verb::Restricted).of_org(org_id));
    w.audit(
        "exhibit.visibility",
        format!("exhibit:{id}"),
        json!({"countries": list, "trade_only": trade_only}),
    );
    w.commit().await
}

/// Sets who may see the organisation's whole booth.
pub async fn set_org(
    app: &App,
    actor: &Actor,
    org_id: &str,
    raw_countries: &str,
    trade_only: bool,
) -> AppResult<()> {
    crate::scope::own_org(app, actor, org_id, yz_domain::Permission::OrgManage).await?;
    let list = countries(raw_countries)?;
    let mut w = app.work(actor).await?;
    let now = w.now();
    organisations::set_visibility(&mut w.tx, org_id, &list, trade_only, now).await?;
    w.changed(Kind::Organisation, org_id, Verb::Restricted);
    w.audit(
        "org.visibility",
        format!("org:{org_id}"),
        json!({"countries": list, "trade_only": trade_only}),
    );
    w.commit().await
}
