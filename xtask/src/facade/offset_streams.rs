//! Offset-paged lists in the facade: an operation whose success body is an `items` array
//! next to a `pagination` object with an `offset` (Flexprice's `{items, pagination: {limit,
//! offset, total}}`), and that takes an `offset`, as a query parameter or as a field of its
//! request body (a search filter), gets a `stream_*` method paging by offset through
//! `client_core::paginate_offset`, and its builder implements `client_core::OffsetPaginated`.
//! Everything is read from the generated types, so from the spec.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use syn::Item;

use super::{Operation, error_path, item_stream, stream_name, struct_fields};

/// Where the offset goes.
enum OffsetIn {
    /// The `offset` query parameter: the builder's setter.
    Query,
    /// A field of the body of type `body` (a `types` struct), an integer `int`.
    Body { body: String, int: String },
}

/// An offset-paged list operation.
pub(super) struct OffsetList<'o> {
    op: &'o Operation,
    page: String,
    item: String,
    /// `self.items` or `self.items.unwrap_or_default()`.
    items_expr: &'static str,
    /// The position, from `p` (the pagination block).
    position_expr: String,
    /// Whether the pagination block is optional.
    pagination_optional: bool,
    offset: OffsetIn,
}

fn strip<'t>(ty: &'t str, prefix: &str) -> Option<&'t str> {
    ty.strip_prefix(prefix)?.strip_suffix('>')
}

const INTS: [&str; 4] = ["i64", "u64", "i32", "u32"];

/// The stream's `offset: u64` as the body field's integer type.
fn offset_value(int: &str) -> String {
    if int == "u64" {
        "offset".to_string()
    } else {
        format!("{int}::try_from(offset).unwrap_or({int}::MAX)")
    }
}

/// The offset-paged operations among `ops`, in order.
pub(super) fn find<'o>(
    ops: &'o [Operation],
    types: &[Item],
    builders: &[Item],
) -> Vec<OffsetList<'o>> {
    let mut out = Vec::new();
    for op in ops {
        let Some(fields) = struct_fields(types, &op.ok) else {
            continue;
        };
        let field = |n: &str| fields.iter().find(|(f, _)| f == n).map(|(_, t)| t.as_str());
        let (Some(items), Some(pagination)) = (field("items"), field("pagination")) else {
            continue;
        };
        let (item, items_expr) = match (strip(items, "Vec<"), strip(items, "Option<Vec<")) {
            (Some(i), _) => (i, "self.items"),
            (None, Some(i)) => (i, "self.items.unwrap_or_default()"),
            _ => continue,
        };
        let (pagination_ty, pagination_optional) = match strip(pagination, "Option<") {
            Some(t) => (t, true),
            None => (pagination, false),
        };
        let Some(pfields) = struct_fields(types, pagination_ty) else {
            continue;
        };
        if !pfields.iter().any(|(n, _)| n == "offset") {
            continue;
        }
        let part = |n: &str| match pfields.iter().find(|(f, _)| f == n) {
            Some((_, t)) if t.starts_with("Option<") => format!("p.{n}"),
            Some(_) => format!("Some(p.{n})"),
            None => "None::<u64>".to_string(),
        };
        let position_expr = format!(
            "client_core::OffsetPosition::new({}, {}, {})",
            part("limit"),
            part("offset"),
            part("total")
        );
        let Some(bfields) = struct_fields(builders, &op.builder) else {
            continue;
        };
        let offset = if bfields.iter().any(|(n, _)| n == "offset") {
            OffsetIn::Query
        } else if let Some(body) = bfields
            .iter()
            .find(|(n, _)| n == "body")
            .and_then(|(_, t)| strip(t, "Result<"))
            .and_then(|t| t.strip_suffix(", String"))
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
            continue;
        };
        out.push(OffsetList {
            op,
            page: op.ok.clone(),
            item: item.to_string(),
            items_expr,
            position_expr,
            pagination_optional,
            offset,
        });
    }
    out
}

/// The `stream_*` methods (inside `impl Client`) and `Client::paginate_offset`.
pub(super) fn methods(
    w: &mut String,
    lists: &[OffsetList<'_>],
    single_error: &Option<String>,
    key_param: Option<&str>,
) {
    for l in lists {
        let op = l.op;
        let args: Vec<&(String, String)> = op
            .required
            .iter()
            .filter(|(n, _)| Some(n.as_str()) != key_param)
            .collect();
        let super::StreamArgs {
            mut params,
            owned,
            per_page,
            setters,
        } = super::stream_args(&args);
        let (offset_setup, offset_call, what) = match &l.offset {
            OffsetIn::Query => (
                String::new(),
                ".offset(offset)".to_string(),
                "with the `offset` query parameter".to_string(),
            ),
            OffsetIn::Body { body, int } => {
                params.push(format!("filter: types::{body}"));
                (
                    format!(
                        "let mut body = filter.clone();\n\
                         body.offset = Some({});\n",
                        offset_value(int)
                    ),
                    ".body(body)".to_string(),
                    format!(
                        "with the `offset` of the [`types::{body}`] filter (its other fields, \
                         `limit` included, are sent as given)"
                    ),
                )
            }
        };
        let key = key_param
            .map(|k| format!(".{k}(client.credential.clone())"))
            .unwrap_or_default();
        let err = error_path(&op.err);
        let _ = writeln!(
            w,
            "    /// Streams every [`types::{item}`] of [`Client::{m}`], page after page {what}, from \
             offset 0 until an empty page, a short page or the list's `total`. A server that \
             ignores the offset ends the stream with a [`client_core::Error::Pagination`] instead \
             of looping; [`Client::with_page_limits`] bounds the pages. The stream owns a clone \
             of the client. For other parameters, build the request with [`Client::{m}`] and pass \
             it to [`Client::paginate_offset`].\n    \
             pub fn {stream}(&self, {params}) -> {ret} {{\n        \
             let client = self.clone();\n        {owned}\
             client_core::paginate_offset(self.page_limits, 0, move |offset: u64| {{\n            \
             let client = client.clone();\n            {per_page}{offset_setup}\
             let page: std::pin::Pin<Box<dyn Future<Output = Result<types::{page}, client_core::Error<{err}>>> + Send>> = \
             Box::pin(async move {{ client.{m}(){key}{setters}{offset_call}.send().await.map(ResponseValue::into_inner) }});\n            \
             page\n        }})\n    }}",
            item = l.item,
            m = op.method,
            stream = stream_name(&op.method),
            params = params.join(", "),
            ret = item_stream(single_error, "'static", &format!("types::{}", l.item), &err),
            page = l.page,
        );
    }
    if let Some(example) = lists.first() {
        let _ = writeln!(
            w,
            "    /// Streams every item of an offset-paged list request built as usual (any builder \
             of such an operation: [`builder::{b}`], ...), from offset 0 (an offset set on the \
             request is replaced), within the same rules as the `stream_*` methods. The stream \
             borrows the client.\n    \
             pub fn paginate_offset<'a, B: OffsetPaginated<'a{bound}>>(&'a self, request: B) -> {ret} {{\n        \
             client_core::paginate_offset_request(self.page_limits, request)\n    }}",
            b = example.op.builder,
            bound = single_error
                .as_ref()
                .map(|e| format!(", Error = {e}"))
                .unwrap_or_default(),
            ret = item_stream(single_error, "'a", "B::Item", "B::Error"),
        );
    }
}

/// The `OffsetPage` impls of the pages and the `OffsetPaginated` impls of the builders.
pub(super) fn impls(w: &mut String, lists: &[OffsetList<'_>]) {
    let mut pages = BTreeSet::new();
    for l in lists {
        if pages.insert(l.page.clone()) {
            let position = if l.pagination_optional {
                format!(
                    "self.pagination.map(|p| {}).unwrap_or_default()",
                    l.position_expr
                )
            } else {
                format!("{{ let p = self.pagination; {} }}", l.position_expr)
            };
            let _ = writeln!(
                w,
                "impl client_core::OffsetPage for types::{page} {{\n    \
                 type Item = types::{item};\n    \
                 fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {{\n        \
                 let position = {position};\n        ({items}, position)\n    }}\n}}",
                page = l.page,
                item = l.item,
                items = l.items_expr,
            );
        }
        let at_offset = match &l.offset {
            OffsetIn::Query => "self.offset(offset)".to_string(),
            OffsetIn::Body { int, .. } => format!(
                "self.body_map(move |b| b.offset(Some({})))",
                offset_value(int)
            ),
        };
        let _ = writeln!(
            w,
            "impl<'a> OffsetPaginated<'a> for builder::{b}<'a> {{\n    \
             type Page = types::{page};\n    type Item = types::{item};\n    \
             type Error = {err};\n    \
             const OPERATION: &'static str = {m:?};\n    \
             fn at_offset(self, offset: u64) -> Self {{\n        {at_offset}\n    }}\n    \
             fn send_page(self) -> std::pin::Pin<Box<dyn Future<Output = Result<Self::Page, client_core::Error<Self::Error>>> + Send + 'a>> {{\n        \
             Box::pin(async move {{ self.send().await.map(ResponseValue::into_inner) }})\n    }}\n}}",
            b = l.op.builder,
            page = l.page,
            item = l.item,
            m = l.op.method,
            err = error_path(&l.op.err),
        );
    }
}
