//! Offset-paged lists in the facade (Flexprice's `{items, pagination: {limit, offset,
//! total}}`): a `stream_*` method paging by offset through `client_core::paginate_offset`,
//! `Client::paginate_offset`, and `client_core::OffsetPaginated` for the builders. Which
//! operations they are is the operations model's (`operations/pagination.rs`).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::{Facade, error_path, item_stream};
use crate::operations::{Field, OffsetIn, OffsetList};

/// The stream's `offset: u64` as the body field's integer type.
fn offset_value(int: &str) -> String {
    if int == "u64" {
        "offset".to_string()
    } else {
        format!("{int}::try_from(offset).unwrap_or({int}::MAX)")
    }
}

/// `self.items`, or `self.items.unwrap_or_default()` when they are optional.
fn items_expr(l: &OffsetList) -> &'static str {
    if l.items_optional {
        "self.items.unwrap_or_default()"
    } else {
        "self.items"
    }
}

/// The page's position, from `p` (the pagination block).
fn position_expr(l: &OffsetList) -> String {
    let part = |n: &str, field: Field| match field {
        Field::Optional => format!("p.{n}"),
        Field::Required => format!("Some(p.{n})"),
        Field::Missing => "None::<u64>".to_string(),
    };
    format!(
        "client_core::OffsetPosition::new({}, {}, {})",
        part("limit", l.limit),
        part("offset", l.offset_field),
        part("total", l.total)
    )
}

/// The `stream_*` methods (inside `impl Client`) and `Client::paginate_offset`.
pub(super) fn methods(w: &mut String, f: &Facade<'_>) {
    let single_error = &f.single_error;
    for &(op, list, l) in &f.offsets {
        let args = f.stream_params(op);
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
        let key = f
            .key_param()
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
            item = list.item,
            m = op.method,
            stream = list.stream,
            params = params.join(", "),
            ret = item_stream(
                single_error,
                "'static",
                &format!("types::{}", list.item),
                &err
            ),
            page = list.page,
        );
    }
    if let Some((example, _, _)) = f.offsets.first() {
        let _ = writeln!(
            w,
            "    /// Streams every item of an offset-paged list request built as usual (any builder \
             of such an operation: [`builder::{b}`], ...), from offset 0 (an offset set on the \
             request is replaced), within the same rules as the `stream_*` methods. The stream \
             borrows the client.\n    \
             pub fn paginate_offset<'a, B: OffsetPaginated<'a{bound}>>(&'a self, request: B) -> {ret} {{\n        \
             client_core::paginate_offset_request(self.page_limits, request)\n    }}",
            b = example.builder,
            bound = super::error_bound(single_error),
            ret = item_stream(single_error, "'a", "B::Item", "B::Error"),
        );
    }
}

/// The `OffsetPage` impls of the pages and the `OffsetPaginated` impls of the builders.
pub(super) fn impls(w: &mut String, f: &Facade<'_>) {
    let mut pages = BTreeSet::new();
    for &(op, list, l) in &f.offsets {
        if pages.insert(list.page.clone()) {
            let position = if l.pagination_optional {
                format!(
                    "self.pagination.map(|p| {}).unwrap_or_default()",
                    position_expr(l)
                )
            } else {
                format!("{{ let p = self.pagination; {} }}", position_expr(l))
            };
            let _ = writeln!(
                w,
                "impl client_core::OffsetPage for types::{page} {{\n    \
                 type Item = types::{item};\n    \
                 fn into_parts(self) -> (Vec<Self::Item>, client_core::OffsetPosition) {{\n        \
                 let position = {position};\n        ({items}, position)\n    }}\n}}",
                page = list.page,
                item = list.item,
                items = items_expr(l),
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
            b = op.builder,
            page = list.page,
            item = list.item,
            m = op.method,
            err = error_path(&op.err),
        );
    }
}
