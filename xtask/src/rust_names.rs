//! The Rust names progenitor and typify make of a spec's names, so that the checks can tell
//! when two names become one (and `normalise` can pick names that stay apart).

/// progenitor-impl 0.15.1's `sanitize`: how an operationId becomes a method and an
/// argument name becomes a Rust argument (`filter[x][]` -> `filter_x`).
pub fn progenitor_snake(input: &str) -> String {
    sanitize(input, "_")
}

/// progenitor-impl 0.15.1's `sanitize` in Pascal case: how an operationId becomes the
/// name of its builder (`getCustomer` -> `GetCustomer`).
pub fn progenitor_pascal(input: &str) -> String {
    use heck::ToPascalCase;
    let out = input
        .replace('\'', "")
        .replace(|c: char| !unicode_ident::is_xid_continue(c), "-")
        .to_pascal_case();
    let out = match out.chars().next() {
        None => "X".to_string(),
        Some(c) if unicode_ident::is_xid_start(c) => out,
        Some(_) => format!("_{out}"),
    };
    if is_keyword(&out) {
        format!("{out}_")
    } else {
        out
    }
}

/// typify 0.8's `sanitize`: how a property name becomes a struct field (`Self` -> `self_`).
pub fn typify_snake(input: &str) -> String {
    sanitize(input, "x")
}

fn sanitize(input: &str, prefix: &str) -> String {
    use heck::ToSnakeCase;
    let out = match input {
        "+1" => "plus1".to_string(),
        "-1" => "minus1".to_string(),
        _ => input
            .replace('\'', "")
            .replace(|c: char| !unicode_ident::is_xid_continue(c), "-")
            .to_snake_case(),
    };
    let out = match out.chars().next() {
        None => "x".to_string(),
        Some(c) if unicode_ident::is_xid_start(c) => out,
        Some(_) => format!("{prefix}{out}"),
    };
    if is_keyword(&out) {
        format!("{out}_")
    } else {
        out
    }
}

/// The words typify and progenitor refuse as identifiers (and suffix with `_`).
fn is_keyword(ident: &str) -> bool {
    matches!(
        ident,
        "_" | "abstract"
            | "as"
            | "async"
            | "await"
            | "become"
            | "box"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "do"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "final"
            | "fn"
            | "for"
            | "gen"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "macro"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "override"
            | "priv"
            | "pub"
            | "ref"
            | "return"
            | "Self"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "try"
            | "type"
            | "typeof"
            | "unsafe"
            | "unsized"
            | "use"
            | "virtual"
            | "where"
            | "while"
            | "yield"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_what_the_generator_makes_of_them() {
        assert_eq!(progenitor_snake("getCustomer"), "get_customer");
        assert_eq!(progenitor_snake("get_customer"), "get_customer");
        assert_eq!(progenitor_snake("filter[x]"), "filter_x");
        assert_eq!(progenitor_snake("filter[x][]"), "filter_x");
        assert_eq!(progenitor_pascal("getCustomer"), "GetCustomer");
        assert_eq!(typify_snake("self"), "self_");
        assert_eq!(typify_snake("Self"), "self_");
        assert_eq!(typify_snake("fooBar"), typify_snake("foo_bar"));
        assert_eq!(typify_snake("type"), "type_");
        assert_eq!(typify_snake("1st"), "x1st");
    }
}
