//! Where a node of a spec is written: the line of a place, read from the text's indentation.
//!
//! serde_yaml keeps no positions, so the index reads each line once (its indentation, the
//! mapping key it opens, whether it starts a sequence item) and follows a place down the
//! blocks: `["paths", "/a/{id}", "get", "parameters", "0"]` is the first item of the
//! `parameters` sequence of the `get` key of the `/a/{id}` key of `paths`. Block style is
//! followed exactly; inside flow style (`{a: 1}`) the place stops at the enclosing key.
//! Pretty-printed JSON reads the same way (its keys are quoted).

/// One non-blank, non-comment line of the text.
#[derive(Debug)]
struct Entry {
    /// 1-based line number.
    line: usize,
    /// Column of the first character (of the `-` on a sequence item).
    indent: usize,
    /// The line starts a sequence item (`- ...`).
    dash: bool,
    /// The mapping key the line opens, unquoted.
    key: Option<String>,
    /// Column of that key (after the `- ` on a sequence item).
    key_indent: usize,
    /// The scalar after `key:`, unquoted, without a trailing comment.
    value: String,
}

/// The lines of a spec text, indexed once for every lookup.
#[derive(Debug, Default)]
pub struct LineIndex {
    entries: Vec<Entry>,
}

/// Where a lookup is: the document, the value of the key at an entry, or a sequence item.
#[derive(Clone, Copy)]
enum Scope {
    Root,
    Value(usize),
    Item(usize),
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let entries = text
            .lines()
            .enumerate()
            .filter_map(|(i, raw)| entry(i + 1, raw))
            .collect();
        LineIndex { entries }
    }

    /// The line of the node at `place` (keys, and item numbers inside sequences), when every
    /// step of it is written as a line of its own.
    pub fn line_of(&self, place: &[&str]) -> Option<usize> {
        let (found, depth) = self.walk(place);
        (depth == place.len()).then_some(found).flatten()
    }

    /// The line of the node at `place`, or else of the deepest node on the way to it that is
    /// written as a line (the enclosing key of a flow mapping, say).
    pub fn nearest_line(&self, place: &[&str]) -> Option<usize> {
        self.walk(place).0
    }

    /// The line of the first `key: value` (the value plain or quoted) inside the block opened
    /// at line `within` (anywhere when `None`).
    pub fn value_line(&self, key: &str, value: &str, within: Option<usize>) -> Option<usize> {
        let (start, base) = match within {
            Some(line) => {
                let i = self.entries.iter().position(|e| e.line == line)?;
                (i + 1, Some(self.entries[i].key_indent))
            }
            None => (0, None),
        };
        self.entries[start..]
            .iter()
            .take_while(|e| base.is_none_or(|b| e.indent > b || (e.dash && e.indent == b)))
            .find(|e| e.key.as_deref() == Some(key) && e.value == value)
            .map(|e| e.line)
    }

    /// Follows `place`: the line of the deepest node found and how many steps were found.
    fn walk(&self, place: &[&str]) -> (Option<usize>, usize) {
        let mut scope = Scope::Root;
        let mut found = None;
        for (depth, step) in place.iter().enumerate() {
            let next = match scope {
                Scope::Value(i) if self.opens_sequence(i) => step
                    .parse()
                    .ok()
                    .and_then(|n| self.item(i, n))
                    .map(Scope::Item),
                _ => self.key(scope, step).map(Scope::Value),
            };
            let Some(next) = next else {
                return (found, depth);
            };
            let (Scope::Value(e) | Scope::Item(e)) = next else {
                unreachable!("a step leads to a key or an item")
            };
            found = Some(self.entries[e].line);
            scope = next;
        }
        (found, place.len())
    }

    /// Whether the value of the key at entry `i` is a block sequence.
    fn opens_sequence(&self, i: usize) -> bool {
        let parent = self.entries[i].key_indent;
        self.entries
            .get(i + 1)
            .is_some_and(|e| e.dash && e.indent >= parent)
    }

    /// The entry of `key` among the keys of the mapping at `scope`.
    fn key(&self, scope: Scope, key: &str) -> Option<usize> {
        let (start, column) = match scope {
            // The first key (after a `---` or the `{` of a JSON document).
            Scope::Root => {
                let first = self.entries.iter().position(|e| e.key.is_some())?;
                (first, self.entries[first].key_indent)
            }
            Scope::Item(i) => {
                if self.entries[i].key.as_deref() == Some(key) {
                    return Some(i);
                }
                (i + 1, self.entries[i].key_indent)
            }
            Scope::Value(i) => {
                let first = self.entries.get(i + 1)?;
                if first.dash || first.indent <= self.entries[i].key_indent {
                    return None;
                }
                (i + 1, first.indent)
            }
        };
        (start..self.entries.len())
            .take_while(|&j| self.entries[j].indent >= column)
            .find(|&j| {
                let e = &self.entries[j];
                e.key_indent == column && e.key.as_deref() == Some(key)
            })
    }

    /// The entry of item `n` of the sequence that is the value of the key at entry `i`.
    fn item(&self, i: usize, n: usize) -> Option<usize> {
        let column = self.entries.get(i + 1)?.indent;
        (i + 1..self.entries.len())
            .take_while(|&j| {
                let e = &self.entries[j];
                e.indent > column || (e.indent == column && e.dash)
            })
            .filter(|&j| self.entries[j].dash && self.entries[j].indent == column)
            .nth(n)
    }
}

/// Reads one line; `None` for blank and comment lines.
fn entry(line: usize, raw: &str) -> Option<Entry> {
    let trimmed = raw.trim_start();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return None;
    }
    let indent = raw.len() - trimmed.len();
    let (dash, body) = match trimmed.strip_prefix('-') {
        Some(rest) if rest.is_empty() || rest.starts_with(' ') => (true, rest.trim_start()),
        _ => (false, trimmed),
    };
    let key_indent = indent + (trimmed.len() - body.len());
    let (key, value) = match split_key(body) {
        Some((key, value)) => (Some(key), scalar(value)),
        None => (None, String::new()),
    };
    Some(Entry {
        line,
        indent,
        dash,
        key,
        key_indent,
        value,
    })
}

/// `key: rest`, `'key': rest` or `"key": rest` -> (key, rest).
fn split_key(body: &str) -> Option<(String, &str)> {
    fn after_colon(rest: &str) -> Option<&str> {
        let rest = rest.strip_prefix(':')?;
        (rest.is_empty() || rest.starts_with([' ', '\t'])).then_some(rest)
    }
    if let Some(q) = body.chars().next().filter(|c| *c == '\'' || *c == '"') {
        let inner = &body[1..];
        let end = inner.find(q)?;
        return Some((inner[..end].to_string(), after_colon(&inner[end + 1..])?));
    }
    if body.starts_with(['{', '[', '|', '>', '&', '*', '!', '?', '%', '@', '`']) {
        return None;
    }
    let end = body
        .find(": ")
        .or_else(|| body.ends_with(':').then(|| body.len() - 1))?;
    let key = body[..end].trim_end();
    Some((key.to_string(), &body[end + 1..]))
}

/// A scalar value as written after a key: trimmed, without a trailing comment or quotes.
fn scalar(rest: &str) -> String {
    let rest = rest.trim();
    let rest = rest.split(" #").next().unwrap_or(rest).trim();
    for q in ['\'', '"'] {
        if let Some(inner) = rest.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner.to_string();
        }
    }
    rest.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_followed_down_the_blocks() {
        let text = "a:\n  x: 1\nb:\n  y:\n    x: 2\n";
        let l = LineIndex::new(text);
        assert_eq!(l.line_of(&["b"]), Some(3));
        assert_eq!(l.line_of(&["b", "y", "x"]), Some(5));
        assert_eq!(l.line_of(&["a", "x"]), Some(2));
        // Only children, never grandchildren or siblings.
        assert_eq!(l.line_of(&["b", "x"]), None);
        assert_eq!(l.line_of(&["a", "y"]), None);
        assert_eq!(l.nearest_line(&["a", "y"]), Some(1));
    }

    #[test]
    fn quoted_keys_and_keys_sharing_a_prefix() {
        let l = LineIndex::new("a:\n  xy: 0\n  'x': 1\nb:\n  \"x\": 2\n");
        assert_eq!(l.line_of(&["a", "x"]), Some(3));
        assert_eq!(l.line_of(&["b", "x"]), Some(5));
        assert_eq!(l.line_of(&["a", "xy"]), Some(2));
        assert_eq!(l.line_of(&["z"]), None);
    }

    #[test]
    fn sequence_items_indented_or_not() {
        let text = "\
paths:
  '/a/{id}':
    # a comment
    parameters:
    - name: id
      in: path
    - name: q

      in: query
    get:
      parameters:
        - $ref: '#/components/parameters/P'
        - name: q
          schema: {type: string}
      responses: {'200': {description: ok}}
";
        let l = LineIndex::new(text);
        assert_eq!(l.line_of(&["paths", "/a/{id}", "parameters", "1"]), Some(7));
        assert_eq!(
            l.line_of(&["paths", "/a/{id}", "parameters", "1", "in"]),
            Some(9)
        );
        assert_eq!(l.line_of(&["paths", "/a/{id}", "get"]), Some(10));
        assert_eq!(
            l.line_of(&["paths", "/a/{id}", "get", "parameters", "1", "schema"]),
            Some(14)
        );
        assert_eq!(
            l.line_of(&["paths", "/a/{id}", "get", "parameters", "0", "$ref"]),
            Some(12)
        );
        // Inside flow style: the enclosing key.
        let inside = ["paths", "/a/{id}", "get", "responses", "200"];
        assert_eq!(l.line_of(&inside), None);
        assert_eq!(l.nearest_line(&inside), Some(15));
        assert_eq!(l.value_line("name", "q", Some(10)), Some(13));
        assert_eq!(l.value_line("name", "q", None), Some(7));
        assert_eq!(l.value_line("in", "query", Some(10)), None);
    }

    #[test]
    fn pretty_printed_json_reads_the_same() {
        let text = "{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {\n    \"/a\": {\n      \"get\": {}\n    }\n  }\n}\n";
        let l = LineIndex::new(text);
        assert_eq!(l.line_of(&["paths", "/a", "get"]), Some(5));
    }
}
