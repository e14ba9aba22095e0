//! Fetching a page by the URL a server returned (`next_page`), decoded like a generated call.

use progenitor_client::ResponseValue;

use crate::call::call;
use crate::error::Error;

/// Sends a `GET` to an absolute `url` through [`crate::execute`] and decodes the answer
/// the way generated methods do: a 2xx body as `T`, a 4xx/5xx body as `E`.
///
/// Used to follow a `next_page` URL exactly as the server returned it.
pub async fn get_json<T, E>(
    runtime: &crate::Runtime,
    http: &reqwest::Client,
    url: &str,
    operation_id: &'static str,
) -> Result<ResponseValue<T>, Error<E>>
where
    T: serde::de::DeserializeOwned,
    E: serde::de::DeserializeOwned,
{
    use progenitor_client::Error as P;
    call(async {
        let request = http
            .get(url)
            .header(reqwest::header::ACCEPT, "application/json")
            .build()
            .map_err(P::CommunicationError)?;
        let info = crate::operation(operation_id);
        // A span like the generated methods' (operation id, method, status, attempts); its
        // `path` stays empty: the URL is the server's `next_page`, which no template names.
        let span = crate::trace::request_span(&[], &info, &reqwest::Method::GET);
        let response = crate::trace::in_span(span, crate::execute(runtime, http, request, &info))
            .await
            .map_err(P::CommunicationError)?;
        match response.status().as_u16() {
            200..=299 => crate::decode(response).await,
            400..=599 => Err(P::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(P::UnexpectedResponse(response)),
        }
    })
    .await
}
