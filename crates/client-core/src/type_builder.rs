//! The builder every generated struct has (`types::builder::X`), written once.
//!
//! The generator emits one `type_builder!` invocation per struct, one line per field, in
//! place of the builder struct, its `Default`, one setter per field, `TryFrom` (every field
//! left out named in one error), `From` (only where a request body needs it) and the
//! struct's `builder()`.

/// Defines the builder of the struct `super::$name` in the module it is invoked in.
///
/// ```text
/// type_builder! {
///     Customer, from;                  // `from`: also `From<super::Customer>`
///     val id: String,                  // must be set (`TryInto<String>` setter)
///     val tags: Vec<String> = Default::default(),  // starts as the given value
///     opt name: String,                // `Option<String>`: starts `None`,
///                                      // `impl IntoOption<String>` setter
/// }
/// ```
///
/// The struct must have at least one field; `super::error::ConversionError` must convert
/// from `String`.
#[macro_export]
#[doc(hidden)]
macro_rules! type_builder {
    (@ty opt $ty:ty) => { ::std::option::Option<$ty> };
    (@ty val $ty:ty) => { $ty };
    (@default opt $field:ident) => { Ok(None) };
    (@default val $field:ident) => {
        Err(::std::string::ToString::to_string(concat!(
            "no value supplied for ",
            stringify!($field)
        )))
    };
    (@default $kind:ident $field:ident $default:expr) => { Ok($default) };
    (@setter opt $field:ident $ty:ty) => {
        pub fn $field<T>(mut self, value: T) -> Self
        where
            T: $crate::IntoOption<$ty>,
        {
            self.$field = Ok(value.into_option());
            self
        }
    };
    (@setter val $field:ident $ty:ty) => {
        pub fn $field<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<$ty>,
            T::Error: ::std::fmt::Display,
        {
            self.$field = value.try_into().map_err(|e| {
                format!(
                    concat!("error converting supplied value for ", stringify!($field), ": {}"),
                    e
                )
            });
            self
        }
    };
    (@from $name:ident; $($kind:ident $field:ident: $ty:ty $(= $default:expr)?),+ $(,)?) => {
        impl ::std::convert::From<super::$name> for $name {
            #[inline]
            fn from(value: super::$name) -> Self {
                Self {
                    $($field: Ok(value.$field),)*
                }
            }
        }
    };
    ($name:ident, from; $($rest:tt)+) => {
        $crate::type_builder!($name; $($rest)+);
        $crate::type_builder!(@from $name; $($rest)+);
    };
    ($name:ident; $($kind:ident $field:ident: $ty:ty $(= $default:expr)?),+ $(,)?) => {
        #[derive(Clone, Debug)]
        pub struct $name {
            $($field: ::std::result::Result<$crate::type_builder!(@ty $kind $ty), ::std::string::String>,)+
        }
        impl ::std::default::Default for $name {
            #[inline]
            fn default() -> Self {
                Self {
                    $($field: $crate::type_builder!(@default $kind $field $($default)?),)+
                }
            }
        }
        impl $name {
            $($crate::type_builder!(@setter $kind $field $ty);)+
        }
        impl ::std::convert::TryFrom<$name> for super::$name {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(value: $name) -> ::std::result::Result<Self, super::error::ConversionError> {
                $crate::check_builder(stringify!($name), &[$(value.$field.as_ref().err(),)+])?;
                Ok(Self {
                    $($field: value.$field?,)+
                })
            }
        }
        impl super::$name {
            /// A builder for this type, every optional field unset.
            #[inline]
            pub fn builder() -> $name {
                Default::default()
            }
        }
    };
}

#[cfg(test)]
mod tests {
    mod types {
        pub mod error {
            #[derive(Debug)]
            pub struct ConversionError(pub String);
            impl From<String> for ConversionError {
                fn from(value: String) -> Self {
                    Self(value)
                }
            }
        }
        #[derive(Debug, PartialEq)]
        pub struct Customer {
            pub id: String,
            pub age: u8,
            pub tags: Vec<String>,
            pub name: Option<String>,
        }
        pub mod builder {
            crate::type_builder! {
                Customer, from;
                val id: String,
                val age: u8,
                val tags: Vec<String> = vec!["new".to_string()],
                opt name: String,
            }
        }
    }
    use types::Customer;

    #[test]
    fn optional_fields_start_unset_and_defaults_apply() {
        let c: Customer = Customer::builder().id("c1").age(30u8).try_into().unwrap();
        assert_eq!(c.id, "c1");
        assert_eq!(c.tags, ["new"]);
        assert_eq!(c.name, None);
        let named: Customer = Customer::builder()
            .id("c1")
            .age(1u8)
            .name("Ada")
            .try_into()
            .unwrap();
        assert_eq!(named.name.as_deref(), Some("Ada"));
    }

    #[test]
    fn every_missing_field_and_bad_value_is_reported() {
        let e = Customer::try_from(Customer::builder().name(None)).unwrap_err();
        assert_eq!(e.0, "Customer: no value supplied for id, age");
        let e = Customer::try_from(Customer::builder().id("c1").age(300i32)).unwrap_err();
        assert!(
            e.0.starts_with("Customer: error converting supplied value for age: "),
            "{}",
            e.0
        );
    }

    #[test]
    fn a_builder_is_made_from_a_value_when_asked() {
        let c: Customer = Customer::builder().id("c1").age(2u8).try_into().unwrap();
        let edited: Customer = types::builder::Customer::from(c)
            .age(3u8)
            .tags(vec![])
            .try_into()
            .unwrap();
        assert_eq!(edited.age, 3);
        assert!(edited.tags.is_empty());
        assert_eq!(edited.id, "c1");
    }
}
