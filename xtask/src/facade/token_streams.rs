//! The streams of lists a client walks by sending something back (a cursor or a page
//! number: see client-core's `paginate_cursor` and `paginate_numbered`), and
//! `Client::paginate_cursor` / `Client::paginate_pages` for any builder of such a list. Which
//! operations they are is the operations model's (`operations/pagination.rs`).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::{Facade, error_path, item_stream};
use crate::operations::{TokenList, TokenStyle};

/// The `Client` methods: one `stream_*` per list, and `paginate_cursor` / `paginate_pages`
/// for any builder of such a list.
pub(super) fn methods(w: &mut String, f: &Facade<'_>) {
    let single_error = &f.single_error;
    for &(op, l, list) in &f.tokens {
        let args = f.stream_params(op);
        let super::StreamArgs {
            params,
            owned,
            per_page: clones,
            setters,
        } = super::stream_args(&args);
        let (walk, token, set, how) = match list.style {
            TokenStyle::Cursor => (
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
            item = l.item,
            m = op.method,
            stream = l.stream,
            params = params.join(", "),
            ret = item_stream(
                single_error,
                "'static",
                &format!("types::{}", l.item),
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
    let bound = super::error_bound(single_error);
    for (style, trait_, walk) in [
        ("cursor", "CursorPaginated", "paginate_cursor"),
        ("pages", "NumberedPaginated", "paginate_numbered"),
    ] {
        let Some((op, _, _)) = f
            .tokens
            .iter()
            .find(|(_, _, t)| generic_name(&t.style) == format!("paginate_{style}"))
        else {
            continue;
        };
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

fn generic_name(style: &TokenStyle) -> &'static str {
    match style {
        TokenStyle::Cursor => "paginate_cursor",
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
pub(super) fn impls(w: &mut String, f: &Facade<'_>) {
    let mut pages = BTreeSet::new();
    for &(op, l, list) in &f.tokens {
        if pages.insert(l.page.clone()) {
            let (trait_, body) = match list.style {
                TokenStyle::Cursor => (
                    "CursorPage",
                    "fn into_cursor_parts(self) -> (Vec<Self::Item>, bool, Option<String>) {\n        \
                     (self.data, self.has_more, self.next_cursor)\n    }"
                        .to_string(),
                ),
                TokenStyle::NumberedHasMore => (
                    "NumberedPage",
                    "fn into_numbered_parts(self) -> (Vec<Self::Item>, client_core::PagesLeft) {\n        \
                     (self.data, client_core::PagesLeft::HasMore(self.has_more))\n    }"
                        .to_string(),
                ),
                TokenStyle::NumberedTotal { total_optional } => (
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
                page = l.page,
                item = l.item,
            );
        }
        let (trait_, token, set) = match list.style {
            TokenStyle::Cursor => (
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
            page = l.page,
            item = l.item,
            err = error_path(&op.err),
            restart = restart_literal(list),
        );
    }
}
