//! Exhibitors restrict who sees their booth or a product (req. 8).

use serde_json::json;
use yz_domain::visibility::parse_countries;
use yz_store::{exhibits, organisations};

use crate::Actor;
use crate::App;
use crate::audit;
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
    super::exhibits::of_org(app, org_id, id).await?;
    let list = countries(raw_countries)?;
    let mut tx = app.stores.main.begin().await?;
    exhibits::set_visibility(&mut tx, id, &list, trade_only, app.now()).await?;
    app.commit(tx).await?;
    audit::ok(
        app,
        actor,
        "exhibit.visibility",
        &format!("exhibit:{id}"),
        json!({"countries": list, "trade_only": trade_only}),
    )
    .await?;
    Ok(())
}

/// Sets who may see the organisation's whole booth.
pub async fn set_org(
    app: &App,
    actor: &Actor,
    org_id: &str,
    raw_countries: &str,
    trade_only: bool,
) -> AppResult<()> {
    organisations::by_id(&app.stores.main, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let list = countries(raw_countries)?;
    let mut tx = app.stores.main.begin().await?;
    organisations::set_visibility(&mut tx, org_id, &list, trade_only, app.now()).await?;
    app.commit(tx).await?;
    audit::ok(
        app,
        actor,
        "org.visibility",
        &format!("org:{org_id}"),
        json!({"countries": list, "trade_only": trade_only}),
    )
    .await?;
    Ok(())
}
