use account_api::report::{DayReport, ReportQuery};
use account_api::wire::StaffRole;
use account_api::{ErrorCode, Problem};
use axum::extract::State;
use axum::Json;

use super::staff::StaffAuth;
use crate::domain::report::{self, ReportError};
use crate::domain::staff::role_of;
use crate::error::ApiError;
use crate::extract::ApiQuery;
use crate::state::AppState;

/// The day's report of the signed-in supervisor's center; other staff are refused.
pub async fn day(
    State(state): State<AppState>,
    StaffAuth(_device, staff): StaffAuth,
    ApiQuery(q): ApiQuery<ReportQuery>,
) -> Result<Json<DayReport>, ApiError> {
    if role_of(&staff) != StaffRole::Supervisor {
        return Err(ApiError::with(
            Problem::new(ErrorCode::SupervisorRequired)
                .with_detail("the day's report is for supervisors"),
        ));
    }
    let day = match &q.day {
        Some(day) => report::parse_day(day),
        None => report::center_day(state.clock.now()),
    }
    .map_err(|e| {
        ApiError::with(Problem::new(ErrorCode::InvalidRequest).with_detail(e.to_string()))
    })?;
    match report::day_report(state.store.as_ref(), day, Some(&staff.center)).await {
        Ok(report) => Ok(Json(report)),
        Err(ReportError::Store(e)) => Err(e.into()),
        Err(e) => Err(anyhow::anyhow!(e).into()),
    }
}
