//! The streams of lists paged by `next_page` (the server sends the next page's path):
//! `client_core::paginate` through the client's `Pager`, and `Client::paginate` for any
//! builder of such a list.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::{Facade, StreamArgs, error_bound, error_path, item_stream, stream_args};
use crate::operations::Pagination;

/// The `stream_*` methods (inside `impl Client`) and `Client::paginate`.
pub(super) fn methods(w: &mut String, f: &Facade<'_>) {
    for &(op, env) in &f.next_page {
        let args = f.stream_params(op);
        let StreamArgs {
            params,
            owned,
            setters,
            ..
        } = stream_args(&args);
        let _ = writeln!(
            w,
            "    /// Streams every [`types::{item}`] of [`Client::{m}`], following `next_page` as \
             the server sent it, never to another origin, and ending with a [`client_core::Error::Pagination`] \
             on a cycle, a run of empty pages or the page limit ([`Client::with_page_limits`]). \
             The stream owns a clone of the client: it can be moved into a spawned task. For \
             other parameters, build the request with [`Client::{m}`] and pass it to \
             [`Client::paginate`].\n    \
             pub fn {stream}(&self, {params}) -> {ret} {{\n        \
             let client = self.clone();\n        {owned}\
             let first: std::pin::Pin<Box<dyn Future<Output = Result<types::{page}, client_core::Error<{err}>>> + Send>> = \
             Box::pin(async move {{ client.{m}(){setters}.send().await.map(ResponseValue::into_inner) }});\n        \
             client_core::paginate(self.pager({m:?}), first)\n    }}",
            item = env.item,
            m = op.method,
            stream = env.stream,
            params = params.join(", "),
            ret = item_stream(
                &f.single_error,
                "'static",
                &format!("types::{}", env.item),
                &error_path(&op.err)
            ),
            page = env.page,
            err = error_path(&op.err),
        );
    }
    if let Some((example, _)) = f.next_page.first() {
        let _ = writeln!(
            w,
            "    /// Streams every item of a list request built as usual (any builder of a list \
             operation: [`builder::{b}`], ...), within the same rules as the `stream_*` methods. \
             The stream borrows the client; the `stream_*` methods own theirs.\n    \
             pub fn paginate<'a, B: Paginated<'a{bound}>>(&'a self, first: B) -> {ret} {{\n        \
             client_core::paginate(self.pager(B::OPERATION), first.first_page())\n    }}",
            b = example.builder,
            bound = error_bound(&f.single_error),
            ret = item_stream(&f.single_error, "'a", "B::Item", "B::Error"),
        );
    }
}

/// The `ListPage` impls of the envelopes and the `Paginated` impls of the builders.
pub(super) fn impls(w: &mut String, f: &Facade<'_>) {
    let mut pages = BTreeSet::new();
    for &(op, env) in &f.next_page {
        if pages.insert(env.page.clone()) {
            let _ = writeln!(
                w,
                "impl client_core::ListPage for types::{page} {{\n    \
                 type Item = types::{item};\n    \
                 fn into_parts(self) -> (Vec<Self::Item>, Option<String>) {{\n        \
                 (self.items, self.next_page{opt})\n    }}\n}}",
                page = env.page,
                item = env.item,
                opt = if matches!(
                    env.pagination,
                    Pagination::NextPage {
                        next_page_required: true
                    }
                ) {
                    ".into()"
                } else {
                    ""
                }
            );
        }
        let _ = writeln!(
            w,
            "impl<'a> Paginated<'a> for builder::{b}<'a> {{\n    \
             type Page = types::{page};\n    type Item = types::{item};\n    \
             type Error = {err};\n    \
             const OPERATION: &'static str = {m:?};\n    \
             fn first_page(self) -> std::pin::Pin<Box<dyn Future<Output = Result<Self::Page, client_core::Error<Self::Error>>> + Send + 'a>> {{\n        \
             Box::pin(async move {{ self.send().await.map(ResponseValue::into_inner) }})\n    }}\n}}",
            b = op.builder,
            page = env.page,
            item = env.item,
            m = op.method,
            err = error_path(&op.err),
        );
    }
}
