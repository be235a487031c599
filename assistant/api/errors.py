"""One error shape for every route, OpenAI's: {"error": {"message", "type", "code"}}.

The official OpenAI client parses it, and the OpenAPI document names it on every route.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.errors import AssistantError


class ErrorDetail(BaseModel):
    message: str = Field(description="What went wrong, in plain words.")
    type: str = Field(description="A stable error kind: invalid_request_error, authentication_error, ...")
    code: str | None = Field(None, description="A finer code where one helps (rate_limited, queue_full, ...).")


class ErrorBody(BaseModel):
    error: ErrorDetail


class ApiError(Exception):
    def __init__(self, status: int, message: str, type: str = "invalid_request_error", code: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.headers = headers or {}


def not_found(what: str) -> ApiError:
    """The same answer for what does not exist and what the caller may not see."""
    return ApiError(404, f"{what} not found", "not_found_error")


_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
          404: "not_found_error", 405: "invalid_request_error", 409: "conflict_error", 413: "request_too_large",
          415: "invalid_request_error", 422: "invalid_request_error", 429: "rate_limit_error",
          503: "service_unavailable", 504: "timeout_error"}

_DESCRIPTIONS = {400: "Bad request", 401: "Missing or invalid credentials", 403: "Credentials lack the scope or origin",
                 404: "Not found, or not visible to the caller", 413: "Request body too large",
                 415: "Unsupported media type", 422: "The body or parameters do not validate",
                 429: "Rate limit or model queue full", 503: "Not ready or a dependency is down"}


def responses(*codes: int) -> dict:
    """OpenAPI `responses` for the error codes a route can answer with."""
    return {c: {"model": ErrorBody, "description": _DESCRIPTIONS.get(c, "Error")} for c in codes}


def error_response(status: int, message: str, type: str | None = None, code: str | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    body = ErrorBody(error=ErrorDetail(message=message, type=type or _TYPES.get(status, "api_error"), code=code))
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors()[:5]:
        where = ".".join(str(x) for x in e.get("loc", ()) if x != "body") or "body"
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError):
        return error_response(exc.status, exc.message, exc.type, exc.code, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError):
        return error_response(422, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException):
        return error_response(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(AssistantError)
    async def _assistant(_: Request, exc: AssistantError):
        # Messages of AssistantError are written to be shown; they never carry personal data.
        return error_response(400, str(exc))
