//! Streams for the lists a client walks by sending something back (see client-core's
//! `paginate_tokens`), detected from the spec and the generated types:
//! - **cursor**: a `GET` with a query parameter `starting_after` whose success body has
//!   `data: Vec<T>`, `has_more: bool` and `next_cursor: Option<String>`;
//! - **page number**: a `GET` with a query parameter `page` whose success body has either
//!   `data: Vec<T>` and `has_more: bool`, or `data` holding `items: Vec<T>` and `total_count`.
//!
//! A success response header whose name ends in `Pagination-Restarted` is the one by which the
//! API says it restarted the list; the stream checks it on every page.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use openapiv3::{OpenAPI, Parameter, ReferenceOr};
use syn::Item;

use super::{Operation, error_path, item_stream, struct_fields};

/// How a list is walked, and how its page splits into items and what remains.
pub(super) enum Style {
    Cursor,
    /// `has_more` at the top.
    NumberedHasMore,
    /// `data.items` and `data.total_count` (its type, to convert).
    NumberedTotal {
        total_optional: bool,
    },
}

/// A list operation walked by cursor or page number.
pub(super) struct TokenList {
    pub(super) page: String,
    pub(super) item: String,
    pub(super) style: Style,
    pub(super) restart_header: Option<String>,
}

/// The query parameter names of `op` (component references resolved).
fn query_params(spec: &OpenAPI, op: &openapiv3::Operation) -> BTreeSet<String> {
    op.parameters
        .iter()
        .filter_map(|p| match p {
            ReferenceOr::Item(p) => Some(p),
            ReferenceOr::Reference { reference } => spec
                .components
                .as_ref()?
                .parameters
                .get(reference.strip_prefix("#/components/parameters/")?)?
                .as_item(),
        })
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

fn vec_item(ty: &str) -> Option<String> {
    Some(ty.strip_prefix("Vec<")?.strip_suffix('>')?.to_string())
}

/// The token list `op` is, if it is one.
pub(super) fn detect(spec: &OpenAPI, types: &[Item], op: &Operation) -> Option<TokenList> {
    if op.verb != "GET" {
        return None;
    }
    let spec_op = spec
        .operations()
        .find(|(p, v, _)| *p == op.path && v.eq_ignore_ascii_case(&op.verb))?
        .2;
    let params = query_params(spec, spec_op);
    let fields = struct_fields(types, &op.ok)?;
    let field = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.as_str())
    };
    let restart_header = restart_header(spec_op);
    if params.contains("starting_after")
        && field("has_more") == Some("bool")
        && field("next_cursor") == Some("Option<String>")
    {
        return Some(TokenList {
            page: op.ok.clone(),
            item: vec_item(field("data")?)?,
            style: Style::Cursor,
            restart_header,
        });
    }
    if !params.contains("page") {
        return None;
    }
    if field("has_more") == Some("bool") {
        return Some(TokenList {
            page: op.ok.clone(),
            item: vec_item(field("data")?)?,
            style: Style::NumberedHasMore,
            restart_header,
        });
    }
    let inner = struct_fields(types, field("data")?)?;
    let inner_field = |name: &str| {
        inner
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.clone())
    };
    let total = inner_field("total_count")?;
    Some(TokenList {
        page: op.ok.clone(),
        item: vec_item(&inner_field("items")?)?,
        style: Style::NumberedTotal {
            total_optional: total.starts_with("Option<"),
        },
        restart_header,
    })
}

/// The `Client` methods: one `stream_*` per list, and `paginate_cursor` / `paginate_pages`
/// for any builder of such a list.
pub(super) fn render_methods(
    w: &mut String,
    lists: &[(&Operation, TokenList)],
    single_error: &Option<String>,
    skip_param: &dyn Fn(&str) -> bool,
) {
    for (op, list) in lists {
        let args: Vec<&(String, String)> =
            op.required.iter().filter(|(n, _)| !skip_param(n)).collect();
        let super::StreamArgs {
            params,
            owned,
            per_page: clones,
            setters,
        } = super::stream_args(&args);
        let (walk, token, set, how) = match list.style {
            Style::Cursor => (
                "paginate_cursor",
                "cursor: Option<String>",
                "let request = match cursor { Some(c) => request.starting_after(c), None => request };",
                "sending each page's `next_cursor` back as `starting_after` while `has_more` is true",
            ),
            _ => (
                "paginate_numbered",
                "page: u64",
                "let request = request.page(page);",
                "requesting pages 1, 2, ... until the list says it is over",
            ),
        };
        let restart = restart_literal(list);
        let _ = writeln!(
            w,
            "    /// Streams every [`types::{item}`] of [`Client::{m}`], {how}. It ends with a \
             [`client_core::Error::Pagination`] on a cycle, a run of empty pages, the page limit \
             ([`Client::with_page_limits`]){restart_doc}. The stream owns a clone of the client. \
             For other parameters, build the request with [`Client::{m}`] and pass it to \
             [`Client::{generic}`].\n    \
             pub fn {stream}(&self, {params}) -> {ret} {{\n        \
             let client = self.clone();\n        {owned}\
             client_core::{walk}(self.page_limits, {restart}, move |{token}| {{\n            \
             let client = client.clone();\n            {clones}\
             Box::pin(async move {{\n                \
             let request = client.{m}(){setters};\n                {set}\n                \
             request.send().await\n            }})\n        }})\n    }}",
            item = list.item,
            m = op.method,
            stream = stream_name(&op.method),
            params = params.join(", "),
            ret = item_stream(
                single_error,
                "'static",
                &format!("types::{}", list.item),
                &error_path(&op.err)
            ),
            restart_doc = if list.restart_header.is_some() {
                ", or when the server says it restarted the list from the top \
                 ([`PaginationError::Restarted`], raised before any item of that page)"
            } else {
                ""
            },
            generic = generic_name(&list.style),
        );
    }
    let bound = single_error
        .as_ref()
        .map(|e| format!(", Error = {e}"))
        .unwrap_or_default();
    for (style, trait_, walk) in [
        ("cursor", "CursorPaginated", "paginate_cursor"),
        ("pages", "NumberedPaginated", "paginate_numbered"),
    ] {
        let Some((op, list)) = lists
            .iter()
            .find(|(_, l)| generic_name(&l.style) == format!("paginate_{style}"))
        else {
            continue;
        };
        let _ = list;
        let _ = writeln!(
            w,
            "    /// Streams every item of a list request built as usual (any builder of such a \
             list: [`builder::{b}`], ...), within the same rules as its `stream_*` method. The \
             stream borrows the client.\n    \
             pub fn paginate_{style}<'a, B: client_core::{trait_}<'a{bound}>>(&'a self, first: B) -> {ret} {{\n        \
             client_core::{walk}(self.page_limits, B::RESTART_HEADER, move |token| first.fetch(token))\n    }}",
            b = op.builder,
            ret = item_stream(single_error, "'a", "B::Item", "B::Error"),
        );
    }
}

/// `v4_list_products` -> `stream_products`, `v1_get_customers` -> `stream_customers`: the
/// version prefix and the verb go.
pub(crate) fn stream_name(method: &str) -> String {
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

fn generic_name(style: &Style) -> &'static str {
    match style {
        Style::Cursor => "paginate_cursor",
        _ => "paginate_pages",
    }
}

fn restart_literal(list: &TokenList) -> String {
    match &list.restart_header {
        Some(h) => format!("Some({h:?})"),
        None => "None".to_string(),
    }
}

/// The page and builder trait impls.
pub(super) fn render_impls(w: &mut String, types: &[Item], lists: &[(&Operation, TokenList)]) {
    let _ = types;
    let mut pages = BTreeSet::new();
    for (op, list) in lists {
        if pages.insert(list.page.clone()) {
            let (trait_, body) = match list.style {
                Style::Cursor => (
                    "CursorPage",
                    "fn into_cursor_parts(self) -> (Vec<Self::Item>, bool, Option<String>) {\n        \
                     (self.data, self.has_more, self.next_cursor)\n    }"
                        .to_string(),
                ),
                Style::NumberedHasMore => (
                    "NumberedPage",
                    "fn into_numbered_parts(self) -> (Vec<Self::Item>, client_core::PagesLeft) {\n        \
                     (self.data, client_core::PagesLeft::HasMore(self.has_more))\n    }"
                        .to_string(),
                ),
                Style::NumberedTotal { total_optional } => (
                    "NumberedPage",
                    format!(
                        "fn into_numbered_parts(self) -> (Vec<Self::Item>, client_core::PagesLeft) {{\n        \
                         let total = {};\n        \
                         (self.data.items, client_core::PagesLeft::Total(total))\n    }}",
                        if total_optional {
                            "self.data.total_count.map_or(u64::MAX, |t| u64::try_from(t).unwrap_or(0))"
                        } else {
                            "u64::try_from(self.data.total_count).unwrap_or(0)"
                        }
                    ),
                ),
            };
            let _ = writeln!(
                w,
                "impl client_core::{trait_} for types::{page} {{\n    \
                 type Item = types::{item};\n    {body}\n}}",
                page = list.page,
                item = list.item,
            );
        }
        let (trait_, token, set) = match list.style {
            Style::Cursor => (
                "CursorPaginated",
                "cursor: Option<String>",
                "match cursor { Some(c) => self.clone().starting_after(c), None => self.clone() }",
            ),
            _ => ("NumberedPaginated", "page: u64", "self.clone().page(page)"),
        };
        let _ = writeln!(
            w,
            "impl<'a> client_core::{trait_}<'a> for builder::{b}<'a> {{\n    \
             type Page = types::{page};\n    type Item = types::{item};\n    \
             type Error = {err};\n    \
             const RESTART_HEADER: Option<&'static str> = {restart};\n    \
             fn fetch(&self, {token}) -> std::pin::Pin<Box<dyn Future<Output = Result<ResponseValue<Self::Page>, client_core::Error<Self::Error>>> + Send + 'a>> {{\n        \
             let request = {set};\n        Box::pin(request.send())\n    }}\n}}",
            b = op.builder,
            page = list.page,
            item = list.item,
            err = error_path(&op.err),
            restart = restart_literal(list),
        );
    }
}
