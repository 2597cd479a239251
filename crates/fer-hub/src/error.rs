//! The API's error answers (docs/api.md, "Errors"), as one response type.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

/// An error answer: a status and its JSON body.
#[derive(Debug)]
pub(crate) struct ApiError {
    pub status: StatusCode,
    pub body: Value,
}

impl ApiError {
    /// This status with `{"message": …}`.
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            body: json!({"message": message.into()}),
        }
    }
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    pub fn unauthorized(message: &str) -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, message)
    }
    pub fn forbidden(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, message)
    }
    pub fn environment_not_found(env: &str) -> ApiError {
        ApiError::new(
            StatusCode::NOT_FOUND,
            format!("account environment {env} not found"),
        )
    }
    pub fn webhook_not_found(id: &str) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, format!("webhook {id} not found"))
    }
    /// 409: a webhook for the same event and URL exists; its id.
    pub fn conflict(id: Value) -> ApiError {
        ApiError {
            status: StatusCode::CONFLICT,
            body: json!({"message": "a webhook for this event and URL already exists in this environment", "id": id}),
        }
    }
    /// The token endpoint's OAuth2 error.
    pub fn oauth(status: StatusCode, code: &str, description: &str) -> ApiError {
        ApiError {
            status,
            body: json!({"error": code, "error_description": description}),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
    }
}
