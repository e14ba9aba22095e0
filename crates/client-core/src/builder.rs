//! What the generated types' builders call: optional setters that take the plain value, and
//! one error that names every field left out.

/// A value for an optional field: the value itself (`"Ada"`, `5`, a type of the crate),
/// `Some(value)` or `None`.
///
/// The setters of the generated builders take any `impl IntoOption<T>` for a field of type
/// `Option<T>`, so `.name("Ada")`, `.name("Ada".to_string())`, `.name(Some(name))` and
/// `.name(None)` all work.
pub trait IntoOption<T> {
    /// The value as the field holds it.
    fn into_option(self) -> Option<T>;
}

impl<T> IntoOption<T> for T {
    fn into_option(self) -> Option<T> {
        Some(self)
    }
}

impl<T> IntoOption<T> for Option<T> {
    fn into_option(self) -> Option<T> {
        self
    }
}

impl IntoOption<String> for &str {
    fn into_option(self) -> Option<String> {
        Some(self.to_owned())
    }
}

/// Checks a builder before it becomes its type: every field left out is named in one
/// message (`Customer: no value supplied for id, object`), then any value that did not
/// convert.
pub fn check_builder(type_name: &str, errors: &[Option<&String>]) -> Result<(), String> {
    const MISSING: &str = "no value supplied for ";
    if errors.iter().all(Option::is_none) {
        return Ok(());
    }
    let mut missing = Vec::new();
    let mut other = Vec::new();
    for e in errors.iter().flatten() {
        match e.strip_prefix(MISSING) {
            Some(field) => missing.push(field),
            None => other.push(e.as_str()),
        }
    }
    let mut parts = Vec::new();
    if !missing.is_empty() {
        parts.push(format!("{MISSING}{}", missing.join(", ")));
    }
    parts.extend(other.iter().map(|s| s.to_string()));
    Err(format!("{type_name}: {}", parts.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(value: impl IntoOption<String>) -> Option<String> {
        value.into_option()
    }

    #[test]
    fn optional_values_come_plain_wrapped_or_absent() {
        assert_eq!(name("Ada"), Some("Ada".into()));
        assert_eq!(name("Ada".to_string()), Some("Ada".into()));
        assert_eq!(name(Some("Ada".to_string())), Some("Ada".into()));
        assert_eq!(name(None), None);
    }

    #[test]
    fn every_missing_field_is_named_once() {
        let (id, object, age) = (
            "no value supplied for id".to_string(),
            "no value supplied for object".to_string(),
            "error converting supplied value for age: negative".to_string(),
        );
        assert_eq!(
            check_builder("Customer", &[Some(&id), None, Some(&object), Some(&age)]),
            Err("Customer: no value supplied for id, object; error converting supplied value for age: negative".into())
        );
        assert_eq!(check_builder("Customer", &[None, None]), Ok(()));
    }
}
