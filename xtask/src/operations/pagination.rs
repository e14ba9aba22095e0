//! How a list operation is paged, read from the spec and the generated types; the facade
//! gives each a `stream_*` method of the matching kind:
//! - **next page**: a `GET` whose success body is an envelope with `items: Vec<T>` and a
//!   `next_page` string (the server sends the next page's path);
//! - **cursor**: a `GET` with a query parameter `starting_after` whose success body has
//!   `data: Vec<T>`, `has_more: bool` and `next_cursor: Option<String>`;
//! - **page number**: a `GET` with a query parameter `page` whose success body has either
//!   `data: Vec<T>` and `has_more: bool`, or `data` holding `items: Vec<T>` and `total_count`;
//! - **offset**: an operation whose success body is an `items` array next to a `pagination`
//!   object with an `offset`, and that takes an `offset`, as a query parameter or as an
//!   integer field of its request body (a search filter).
//!
//! An operation is one kind at most, first match in that order. A success response header
//! whose name ends in `Pagination-Restarted` is the one by which the API says it restarted a
//! cursor or numbered list.

use std::collections::BTreeSet;

use openapiv3::{OpenAPI, Parameter};
use syn::Item;

use super::{Operation, struct_fields};

/// A list operation: its stream method and how it is paged.
#[derive(Debug, Clone)]
pub struct List {
    /// The facade's `stream_*` method.
    pub stream: String,
    /// The success type (one page).
    pub page: String,
    /// The type of one item.
    pub item: String,
    pub pagination: Pagination,
}

/// How a list is walked.
#[derive(Debug, Clone)]
pub enum Pagination {
    /// Following the page's `next_page`; `required` when that field is not an `Option`.
    NextPage { next_page_required: bool },
    /// By cursor or page number.
    Token(TokenList),
    /// By offset.
    Offset(OffsetList),
}

/// A list walked by sending a cursor or a page number back.
#[derive(Debug, Clone)]
pub struct TokenList {
    pub style: TokenStyle,
    /// The success header by which the API says it restarted the list.
    pub restart_header: Option<String>,
}

/// How a token list's page splits into items and what remains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenStyle {
    Cursor,
    /// `has_more` at the top.
    NumberedHasMore,
    /// `data.items` and `data.total_count` (optional or not).
    NumberedTotal {
        total_optional: bool,
    },
}

/// A list walked by offset.
#[derive(Debug, Clone)]
pub struct OffsetList {
    /// Whether `items` is an `Option<Vec<T>>`.
    pub items_optional: bool,
    /// Whether the `pagination` block is optional.
    pub pagination_optional: bool,
    /// The `limit`, `offset` and `total` fields of the pagination block.
    pub limit: Field,
    pub offset_field: Field,
    pub total: Field,
    /// Where the request's offset goes.
    pub offset: OffsetIn,
}

/// A field of a page, by whether it is there and optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Required,
    Optional,
    Missing,
}

/// Where an offset-paged request's offset goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OffsetIn {
    /// The `offset` query parameter: the builder's setter.
    Query,
    /// A field of the body of type `body` (a `types` struct), an integer `int`.
    Body { body: String, int: String },
}

/// The list `op` is, if it is one (see the module docs).
pub(super) fn detect(
    spec: &OpenAPI,
    operation: &openapiv3::Operation,
    types: &[Item],
    op: &Operation,
) -> Option<List> {
    let fields = struct_fields(types, &op.ok)?;
    let field = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.as_str())
    };
    let list = |item: &str, pagination: Pagination| {
        let stream = match &pagination {
            Pagination::Token(_) => token_stream_name(&op.method),
            _ => stream_name(&op.method),
        };
        Some(List {
            stream,
            page: op.ok.clone(),
            item: item.to_string(),
            pagination,
        })
    };
    if op.verb == "GET" {
        if let Some(item) = field("items").and_then(|t| strip(t, "Vec<"))
            && let Some(next) = field("next_page")
            && (next == "Option<String>" || next == "String")
        {
            return list(
                item,
                Pagination::NextPage {
                    next_page_required: next == "String",
                },
            );
        }
        if let Some((item, token)) = token_list(spec, operation, types, &field) {
            return list(&item, Pagination::Token(token));
        }
    }
    let (item, offset) = offset_list(types, op, &field)?;
    list(item, Pagination::Offset(offset))
}

fn strip<'t>(ty: &'t str, prefix: &str) -> Option<&'t str> {
    ty.strip_prefix(prefix)?.strip_suffix('>')
}

/// The query parameter names of `op` (component references resolved).
fn query_params(spec: &OpenAPI, op: &openapiv3::Operation) -> BTreeSet<String> {
    op.parameters
        .iter()
        .filter_map(|p| super::resolve(spec, p))
        .filter_map(|p| match p {
            Parameter::Query { parameter_data, .. } => Some(parameter_data.name.clone()),
            _ => None,
        })
        .collect()
}

/// The restart header of `op`'s success responses, if it declares one.
fn restart_header(op: &openapiv3::Operation) -> Option<String> {
    op.responses
        .responses
        .iter()
        .filter(|(code, _)| code.to_string().starts_with('2'))
        .filter_map(|(_, r)| r.as_item())
        .flat_map(|r| r.headers.keys())
        .find(|h| h.to_ascii_lowercase().ends_with("pagination-restarted"))
        .cloned()
}

/// A cursor or numbered list: its item type and how it is walked.
fn token_list<'f>(
    spec: &OpenAPI,
    operation: &openapiv3::Operation,
    types: &[Item],
    field: &dyn Fn(&str) -> Option<&'f str>,
) -> Option<(String, TokenList)> {
    let params = query_params(spec, operation);
    let restart_header = restart_header(operation);
    let token = |style| TokenList {
        style,
        restart_header: restart_header.clone(),
    };
    if params.contains("starting_after")
        && field("has_more") == Some("bool")
        && field("next_cursor") == Some("Option<String>")
    {
        let item = strip(field("data")?, "Vec<")?.to_string();
        return Some((item, token(TokenStyle::Cursor)));
    }
    if !params.contains("page") {
        return None;
    }
    if field("has_more") == Some("bool") {
        let item = strip(field("data")?, "Vec<")?.to_string();
        return Some((item, token(TokenStyle::NumberedHasMore)));
    }
    let inner = struct_fields(types, field("data")?)?;
    let inner_field = |name: &str| {
        inner
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.clone())
    };
    let total = inner_field("total_count")?;
    let item = strip(&inner_field("items")?, "Vec<")?.to_string();
    Some((
        item,
        token(TokenStyle::NumberedTotal {
            total_optional: total.starts_with("Option<"),
        }),
    ))
}

const INTS: [&str; 4] = ["i64", "u64", "i32", "u32"];

/// An offset-paged list: its item type and how it is walked.
fn offset_list<'f>(
    types: &[Item],
    op: &Operation,
    field: &dyn Fn(&str) -> Option<&'f str>,
) -> Option<(&'f str, OffsetList)> {
    let (items, pagination) = (field("items")?, field("pagination")?);
    let (item, items_optional) = match (strip(items, "Vec<"), strip(items, "Option<Vec<")) {
        (Some(i), _) => (i, false),
        (None, Some(i)) => (i, true),
        _ => return None,
    };
    let (pagination_ty, pagination_optional) = match strip(pagination, "Option<") {
        Some(t) => (t, true),
        None => (pagination, false),
    };
    let pfields = struct_fields(types, pagination_ty)?;
    if !pfields.iter().any(|(n, _)| n == "offset") {
        return None;
    }
    let part = |n: &str| match pfields.iter().find(|(f, _)| f == n) {
        Some((_, t)) if t.starts_with("Option<") => Field::Optional,
        Some(_) => Field::Required,
        None => Field::Missing,
    };
    let offset = if op.params.iter().any(|p| p.rust == "offset") {
        OffsetIn::Query
    } else if let Some(body) = op.params.iter().find(|p| p.rust == "body").map(|p| &p.ty)
        && let Some(int) = struct_fields(types, body).and_then(|f| {
            f.into_iter()
                .find(|(n, _)| n == "offset")
                .and_then(|(_, t)| strip(&t, "Option<").map(str::to_string))
        })
        && INTS.contains(&int.as_str())
    {
        OffsetIn::Body {
            body: body.to_string(),
            int,
        }
    } else {
        return None;
    };
    Some((
        item,
        OffsetList {
            items_optional,
            pagination_optional,
            limit: part("limit"),
            offset_field: part("offset"),
            total: part("total"),
            offset,
        },
    ))
}

/// The stream method of a next-page or offset list: `list_customers` -> `stream_customers`.
fn stream_name(method: &str) -> String {
    format!("stream_{}", method.strip_prefix("list_").unwrap_or(method))
}

/// The stream method of a cursor or numbered list: `v4_list_products` -> `stream_products`,
/// `v1_get_customers` -> `stream_customers` (the version prefix and the verb go).
fn token_stream_name(method: &str) -> String {
    let rest = method
        .strip_prefix('v')
        .and_then(|r| r.split_once('_'))
        .filter(|(digits, _)| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .map_or(method, |(_, rest)| rest);
    let rest = ["list_", "get_"]
        .iter()
        .find_map(|v| rest.strip_prefix(v))
        .unwrap_or(rest);
    format!("stream_{rest}")
}
