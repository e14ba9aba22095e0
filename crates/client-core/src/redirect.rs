//! Following a redirect without carrying a credential to another origin.

use reqwest::header::{
    AUTHORIZATION, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, COOKIE, LOCATION,
    PROXY_AUTHORIZATION, REFERER, TRANSFER_ENCODING,
};
use reqwest::{Method, Request, Response, StatusCode};

use crate::Runtime;

/// Turns `prev` into the request that follows `response`, a redirect; false, leaving
/// `prev` untouched, when it is not to be followed (no usable `Location`, or a URL that
/// would carry the credential to another origin).
///
/// Mirrors what browsers and reqwest do with methods (303, and 301/302 after a `POST`,
/// become a `GET` without body) but, unlike reqwest, removes every credential the client
/// added, not only `Authorization`, when the origin changes, and never adds `Referer`.
pub(crate) fn follow(runtime: &Runtime, response: &Response, prev: &mut Request) -> bool {
    let to_get = match response.status() {
        StatusCode::SEE_OTHER => prev.method() != Method::HEAD,
        StatusCode::MOVED_PERMANENTLY | StatusCode::FOUND => prev.method() == Method::POST,
        StatusCode::TEMPORARY_REDIRECT | StatusCode::PERMANENT_REDIRECT => false,
        _ => return false,
    };
    let Some(next) = response
        .headers()
        .get(LOCATION)
        .and_then(|l| l.to_str().ok())
        .and_then(|l| prev.url().join(l).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"))
    else {
        return false;
    };
    if !same_origin(prev.url(), &next) {
        if runtime
            .redactor
            .as_ref()
            .is_some_and(|r| r.found_in(next.as_str().as_bytes()))
        {
            return false;
        }
        let headers = prev.headers_mut();
        if let Some((name, _)) = &runtime.auth_header {
            headers.remove(name);
        }
        for name in [AUTHORIZATION, PROXY_AUTHORIZATION, COOKIE] {
            headers.remove(name);
        }
    }
    prev.headers_mut().remove(REFERER);
    if to_get {
        *prev.method_mut() = Method::GET;
        *prev.body_mut() = None;
        for name in [
            CONTENT_TYPE,
            CONTENT_LENGTH,
            CONTENT_ENCODING,
            TRANSFER_ENCODING,
        ] {
            prev.headers_mut().remove(name);
        }
    }
    *prev.url_mut() = next;
    true
}

fn same_origin(a: &url::Url, b: &url::Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}
