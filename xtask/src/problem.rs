//! One finding in a spec, whichever command found it: `file:line: place: message`.

use std::fmt;

/// Something wrong in a spec: a file that does not load, a shape the generator rejects, a
/// lint rule broken, a schema progenitor fails on. Every command prints it the same way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The spec as named in messages (`specs/flexprice.yaml`); empty while a check that only
    /// sees the tree builds it (the caller fills it in).
    pub file: String,
    /// 1-based line in the spec text, when one can be found.
    pub line: Option<usize>,
    /// Where, in the spec's own terms: ``operation `getCustomer` (GET /customers/{id})``,
    /// `paths./a.get.responses`, `components.schemas.Plan`; empty when the message says it.
    pub place: String,
    pub message: String,
}

impl Problem {
    /// A problem at `place`, its file and line not yet known.
    pub fn at(place: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            file: String::new(),
            line: None,
            place: place.into(),
            message: message.into(),
        }
    }

    /// A problem of a whole file (it cannot be read or parsed), at `line` when known.
    pub fn in_file(file: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        Problem {
            file: file.to_string(),
            line,
            place: String::new(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if !self.place.is_empty() {
            write!(f, ": {}", self.place)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for Problem {}

/// For the commands whose errors are plain text: `?` turns a problem into its line.
impl From<Problem> for String {
    fn from(p: Problem) -> String {
        p.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_is_printed_only_when_known() {
        let mut p = Problem::at("schema `A`", "is wrong");
        p.file = "specs/x.yaml".into();
        assert_eq!(p.to_string(), "specs/x.yaml: schema `A`: is wrong");
        p.line = Some(7);
        assert_eq!(p.to_string(), "specs/x.yaml:7: schema `A`: is wrong");
        let whole = Problem::in_file("specs/x.yaml", None, "cannot read: gone");
        assert_eq!(whole.to_string(), "specs/x.yaml: cannot read: gone");
    }
}
