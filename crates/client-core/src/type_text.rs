//! How progenitor names a type in a builder's conversion error (`conversion to `:: std ::
//! string :: String` for id failed`): the type's tokens, each separated by one space but
//! inside brackets and parentheses (`[i64 ; 2usize]`), with the `types ::` module prefix
//! left out.
//!
//! The generated builders keep those messages while writing only the type
//! (`client_core::op_builder!` calls [`type_text`] with `stringify!` of it when a conversion
//! fails), and the generator (`xtask`, which includes this file) checks that every message
//! it replaces is exactly what [`type_text`] gives, so the two cannot drift apart.

/// `ty` (a type as written, any spacing) as progenitor's conversion errors name it.
pub fn type_text(ty: &str) -> String {
    let mut tokens: Vec<&str> = Vec::new();
    let mut rest = ty;
    while let Some(c) = rest.chars().next() {
        let len = if c.is_whitespace() {
            rest = &rest[c.len_utf8()..];
            continue;
        } else if c.is_alphanumeric() || c == '_' {
            rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len())
        } else if rest.starts_with("::") {
            2
        } else {
            c.len_utf8()
        };
        tokens.push(&rest[..len]);
        rest = &rest[len..];
    }
    let mut out = String::with_capacity(ty.len() + tokens.len());
    let mut at = 0;
    while at < tokens.len() {
        let module_prefix = tokens[at] == "types"
            && tokens.get(at + 1) == Some(&"::")
            && (at == 0 || tokens[at - 1] != "::");
        if module_prefix {
            at += 2;
            continue;
        }
        let tight = matches!(tokens[at], "]" | ")") || out.ends_with(['[', '(']);
        if !out.is_empty() && !tight {
            out.push(' ');
        }
        out.push_str(tokens[at]);
        at += 1;
    }
    out
}
