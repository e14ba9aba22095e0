//! Matching operations and comparing schemas: the one comparison both commands run.
//!
//! It records neutral [`Change`]s (what A has, what B has); judging them is the job of
//! [`super::rules`]. Component schemas reached through `$ref` on both sides are compared once
//! per pair of names and direction, which is also what stops recursive schemas.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::change::{Change, Direction, Kind, Location, Relation, Side};
use super::model::{Additional, Bound, CONSTRAINTS, Document, Operation, Parameter, Schema};

/// Limit on nested inline schemas (a guard; real specs are far shallower).
const MAX_DEPTH: usize = 64;

/// Which operations and schemas take part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Drift: only the operations side A (ours) has; B's other operations are ignored.
    OperationsOfA,
    /// Changelog: every operation and component schema of both sides.
    Everything,
}

/// The outcome of a comparison.
#[derive(Debug, Default)]
pub struct Comparison {
    pub changes: Vec<Change>,
    /// Operations of A.
    pub operations_a: usize,
    /// Operations of A that B has too.
    pub matched: usize,
    /// Component schemas compared with each other: (A's name, B's name).
    pub pairs: BTreeSet<(String, String)>,
    /// B's operations that only describe a webhook delivery A lists in its `x-webhooks`
    /// (see [`webhook_description`]), as `METHOD /path`; their payloads were compared.
    pub webhook_descriptions: Vec<String>,
}

/// The event an operation of B describes when it is no call but a page documenting a webhook
/// delivery of `events` (A's `x-webhooks`): a `POST` with no `operationId` and no request
/// body whose last path segment is the event's name, the payload being its response.
pub fn webhook_description(o: &Operation, events: &BTreeMap<String, String>) -> Option<String> {
    let last = o.path.rsplit('/').next()?;
    (o.method == "post"
        && o.operation_id.is_none()
        && o.body.is_none()
        && events.contains_key(last))
    .then(|| last.to_string())
}

/// Compares two documents.
pub fn compare(a: &Document, b: &Document, scope: Scope) -> Comparison {
    let mut c = Comparer {
        a,
        b,
        scope,
        memo: HashSet::new(),
        changes: Vec::new(),
    };
    let ops_a = a.operations();
    let ops_b = b.operations();
    let find = |ops: &[Operation], o: &Operation| -> Option<usize> {
        ops.iter()
            .position(|x| x.method == o.method && x.key == o.key)
    };
    let mut matched = 0;
    for oa in &ops_a {
        match find(&ops_b, oa) {
            Some(i) => {
                matched += 1;
                c.operation(oa, &ops_b[i]);
            }
            None => c.push(
                op_location(oa),
                "",
                Direction::Response,
                Kind::OperationOnly(Side::A),
            ),
        }
    }
    if scope == Scope::Everything {
        for ob in &ops_b {
            if find(&ops_a, ob).is_none() {
                c.push(
                    op_location(ob),
                    "",
                    Direction::Response,
                    Kind::OperationOnly(Side::B),
                );
            }
        }
        let names_a: BTreeSet<String> = a.schema_names().into_iter().collect();
        let names_b: BTreeSet<String> = b.schema_names().into_iter().collect();
        for name in names_a.union(&names_b) {
            let loc = Location::Schema {
                a: name.clone(),
                b: name.clone(),
            };
            match (names_a.contains(name), names_b.contains(name)) {
                (true, false) => c.push(loc, "", Direction::Response, Kind::SchemaOnly(Side::A)),
                (false, true) => c.push(loc, "", Direction::Response, Kind::SchemaOnly(Side::B)),
                _ => {
                    let r = Schema {
                        reference: Some(name.clone()),
                        ..Schema::default()
                    };
                    c.schema(&loc, "", Direction::Response, &r, &r, 0);
                }
            }
        }
    }
    if scope == Scope::Everything {
        c.webhooks();
    }
    let mut webhook_descriptions = Vec::new();
    if scope == Scope::OperationsOfA {
        let events = a.webhook_events();
        for ob in ops_b.iter().filter(|o| find(&ops_a, o).is_none()) {
            let Some(event) = webhook_description(ob, &events) else {
                continue;
            };
            let ours = Schema {
                reference: Some(events[&event].clone()),
                ..Schema::default()
            };
            let theirs = ob
                .responses
                .iter()
                .filter(|(status, _)| is_success(status))
                .find_map(|(_, s)| s.clone())
                .unwrap_or_default();
            c.schema(
                &Location::Webhook { event },
                "payload",
                Direction::Response,
                &ours,
                &theirs,
                0,
            );
            webhook_descriptions.push(format!("{} {}", ob.method.to_uppercase(), ob.path));
        }
    }
    let pairs = c
        .memo
        .iter()
        .map(|(a, b, _)| (a.clone(), b.clone()))
        .collect();
    Comparison {
        changes: c.changes,
        operations_a: ops_a.len(),
        matched,
        pairs,
        webhook_descriptions,
    }
}

fn op_location(o: &Operation) -> Location {
    Location::Operation {
        method: o.method.to_uppercase(),
        path: o.path.clone(),
        id: o.operation_id.clone(),
    }
}

/// Whether a schema lists enum values none of which is of its declared type(s), e.g. the
/// string `"3600000000000"` as the only value of a `type: object`.
fn contradicts_its_type(s: &Schema) -> bool {
    let Some(values) = &s.enum_values else {
        return false;
    };
    let fits = |v: &serde_json::Value| {
        s.types.iter().any(|t| match t.as_str() {
            "string" => v.is_string(),
            "integer" => v.is_i64() || v.is_u64(),
            "number" => v.is_number(),
            "boolean" => v.is_boolean(),
            "object" => v.is_object(),
            "array" => v.is_array(),
            _ => true,
        })
    };
    !s.types.is_empty() && !values.is_empty() && !values.iter().any(fits)
}

fn is_success(status: &str) -> bool {
    status.starts_with('2')
}

struct Comparer<'d> {
    a: &'d Document,
    b: &'d Document,
    scope: Scope,
    memo: HashSet<(String, String, Direction)>,
    changes: Vec<Change>,
}

impl Comparer<'_> {
    fn push(&mut self, location: Location, at: &str, direction: Direction, kind: Kind) {
        self.changes.push(Change {
            location,
            at: at.to_string(),
            direction,
            kind,
        });
    }

    /// The webhook events of both sides' `x-webhooks`: added, removed, or with another payload
    /// schema (the payload schemas themselves are compared with every component schema).
    fn webhooks(&mut self) {
        let (ea, eb) = (self.a.webhook_events(), self.b.webhook_events());
        let names: BTreeSet<&String> = ea.keys().chain(eb.keys()).collect();
        for name in names {
            let location = Location::Webhook {
                event: name.clone(),
            };
            let kind = match (ea.get(name), eb.get(name)) {
                (Some(_), None) => Kind::WebhookEventOnly(Side::A),
                (None, Some(_)) => Kind::WebhookEventOnly(Side::B),
                (Some(a), Some(b)) if a != b => Kind::WebhookPayload {
                    a: a.clone(),
                    b: b.clone(),
                },
                _ => continue,
            };
            self.push(location, "", Direction::Response, kind);
        }
    }

    fn operation(&mut self, oa: &Operation, ob: &Operation) {
        let loc = op_location(oa);
        self.parameters(&loc, &oa.parameters, &ob.parameters);

        match (&oa.body, &ob.body) {
            (Some(ba), None) => self.push(
                loc.clone(),
                "request body",
                Direction::Request,
                Kind::BodyOnly {
                    side: Side::A,
                    required: ba.required,
                },
            ),
            (None, Some(bb)) => self.push(
                loc.clone(),
                "request body",
                Direction::Request,
                Kind::BodyOnly {
                    side: Side::B,
                    required: bb.required,
                },
            ),
            (Some(ba), Some(bb)) => {
                if ba.required != bb.required {
                    self.push(
                        loc.clone(),
                        "request body",
                        Direction::Request,
                        Kind::Required {
                            a: ba.required,
                            b: bb.required,
                            rust_option_changes: true,
                        },
                    );
                }
                if let (Some(sa), Some(sb)) = (&ba.schema, &bb.schema) {
                    self.schema(&loc, "request body", Direction::Request, sa, sb, 0);
                }
            }
            (None, None) => {}
        }

        let success_a: Vec<&String> = oa.responses.keys().filter(|s| is_success(s)).collect();
        let success_b: Vec<&String> = ob.responses.keys().filter(|s| is_success(s)).collect();
        let covers = |set: &[&String], status: &str| {
            set.iter()
                .any(|s| s.as_str() == status || s.eq_ignore_ascii_case("2XX"))
        };
        for s in &success_b {
            if !covers(&success_a, s) {
                self.push(
                    loc.clone(),
                    "",
                    Direction::Response,
                    Kind::SuccessStatusOnly(Side::B, (*s).clone()),
                );
            }
        }
        for s in &success_a {
            if !covers(&success_b, s) {
                self.push(
                    loc.clone(),
                    "",
                    Direction::Response,
                    Kind::SuccessStatusOnly(Side::A, (*s).clone()),
                );
            }
        }
        // Bodies: every status B declares, against the same status of A, else A's `2XX`/`4XX`
        // class, else A's `default`.
        for (status, sb) in &ob.responses {
            let class = format!("{}XX", status.get(..1).unwrap_or_default());
            let Some(sa) = oa
                .responses
                .get(status)
                .or_else(|| oa.responses.get(&class))
                .or_else(|| oa.responses.get(&class.to_lowercase()))
                .or_else(|| {
                    (!is_success(status))
                        .then(|| oa.responses.get("default"))
                        .flatten()
                })
            else {
                continue;
            };
            let at = if is_success(status) {
                format!("response {status} body")
            } else {
                format!("error {status} body")
            };
            match (sa, sb) {
                (Some(sa), Some(sb)) => self.schema(&loc, &at, Direction::Response, sa, sb, 0),
                (Some(_), None) if is_success(status) => self.push(
                    loc.clone(),
                    &at,
                    Direction::Response,
                    Kind::BodyOnly {
                        side: Side::A,
                        required: true,
                    },
                ),
                (None, Some(_)) if is_success(status) => self.push(
                    loc.clone(),
                    &at,
                    Direction::Response,
                    Kind::BodyOnly {
                        side: Side::B,
                        required: true,
                    },
                ),
                _ => {}
            }
        }
    }

    fn parameters(&mut self, loc: &Location, pa: &[Parameter], pb: &[Parameter]) {
        let key = |p: &Parameter| -> String {
            match p.location.as_str() {
                "path" => format!("path#{}", p.position.unwrap_or(usize::MAX)),
                "header" => format!("header:{}", p.name.to_lowercase()),
                other => format!("{other}:{}", p.name),
            }
        };
        let ma: BTreeMap<String, &Parameter> = pa.iter().map(|p| (key(p), p)).collect();
        let mb: BTreeMap<String, &Parameter> = pb.iter().map(|p| (key(p), p)).collect();
        for (k, a) in &ma {
            let at = format!("{} parameter `{}`", a.location, a.name);
            match mb.get(k) {
                None => self.push(
                    loc.clone(),
                    &at,
                    Direction::Request,
                    Kind::ParameterOnly {
                        side: Side::A,
                        required: a.required,
                    },
                ),
                Some(b) => {
                    if a.location == "path" && a.name != b.name {
                        self.push(
                            loc.clone(),
                            &at,
                            Direction::Request,
                            Kind::ParameterRenamed {
                                a: a.name.clone(),
                                b: b.name.clone(),
                            },
                        );
                    }
                    if a.required != b.required {
                        self.push(
                            loc.clone(),
                            &at,
                            Direction::Request,
                            Kind::Required {
                                a: a.required,
                                b: b.required,
                                rust_option_changes: true,
                            },
                        );
                    }
                    self.schema(loc, &at, Direction::Request, &a.schema, &b.schema, 0);
                }
            }
        }
        for (k, b) in &mb {
            if !ma.contains_key(k) {
                let at = format!("{} parameter `{}`", b.location, b.name);
                self.push(
                    loc.clone(),
                    &at,
                    Direction::Request,
                    Kind::ParameterOnly {
                        side: Side::B,
                        required: b.required,
                    },
                );
            }
        }
    }

    /// Compares two schemas at `at`; named references on both sides move the comparison to
    /// the schemas' own location, once per pair.
    fn schema(
        &mut self,
        loc: &Location,
        at: &str,
        dir: Direction,
        sa: &Schema,
        sb: &Schema,
        depth: usize,
    ) {
        self.schema_in(loc, at, dir, sa, sb, depth, (false, false));
    }

    /// [`Self::schema`] for a field, with whether it is optional on each side.
    #[allow(clippy::too_many_arguments)]
    fn schema_in(
        &mut self,
        loc: &Location,
        at: &str,
        dir: Direction,
        sa: &Schema,
        sb: &Schema,
        depth: usize,
        optional: (bool, bool),
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        let (da, na) = self.a.deref(sa);
        let (db, nb) = self.b.deref(sb);
        if da.nullable != db.nullable {
            self.push(
                loc.clone(),
                at,
                dir,
                Kind::Nullable {
                    a: da.nullable,
                    b: db.nullable,
                    a_optional: optional.0,
                    b_optional: optional.1,
                },
            );
        }
        if let (Some(na), Some(nb)) = (na, nb) {
            // A changelog judges a schema the same way whichever way it travels: compare once.
            let key_dir = match self.scope {
                Scope::Everything => Direction::Response,
                Scope::OperationsOfA => dir,
            };
            if !self.memo.insert((na.clone(), nb.clone(), key_dir)) {
                return;
            }
            let sloc = Location::Schema { a: na, b: nb };
            self.body(&sloc, "", dir, &da, &db, depth + 1);
        } else {
            self.body(loc, at, dir, &da, &db, depth + 1);
        }
    }

    fn body(
        &mut self,
        loc: &Location,
        at: &str,
        dir: Direction,
        a: &Schema,
        b: &Schema,
        depth: usize,
    ) {
        let relation = if a.variants.is_empty() && b.variants.is_empty() {
            type_relation(&a.types, &b.types)
        } else {
            None
        };
        if let Some(relation) = relation {
            self.push(
                loc.clone(),
                at,
                dir,
                Kind::Type {
                    a: a.type_name(),
                    b: b.type_name(),
                    relation,
                },
            );
            if relation == Relation::Incompatible {
                return;
            }
        }
        let format = if a.types == b.types {
            format_relation(&a.types, a.format.as_deref(), b.format.as_deref())
        } else {
            None
        };
        if let Some(relation) = format {
            self.push(
                loc.clone(),
                at,
                dir,
                Kind::Format {
                    a: a.format.clone(),
                    b: b.format.clone(),
                    relation,
                },
            );
        }
        for (keyword, bound) in CONSTRAINTS {
            let (ca, cb) = (a.constraints.get(keyword), b.constraints.get(keyword));
            if let Some(relation) = constraint_relation(*bound, ca, cb) {
                self.push(
                    loc.clone(),
                    at,
                    dir,
                    Kind::Constraint {
                        keyword,
                        a: ca.map(value_text),
                        b: cb.map(value_text),
                        relation,
                    },
                );
            }
        }
        self.enums(loc, at, dir, a, b);
        if self.properties(loc, at, dir, a, b, depth) {
            self.additional(loc, at, dir, a, b, depth);
        }
        if let (Some(ia), Some(ib)) = (&a.items, &b.items) {
            self.schema(loc, &format!("{at}[]"), dir, ia, ib, depth);
        }
        self.variants(loc, at, dir, a, b, depth);
    }

    fn enums(&mut self, loc: &Location, at: &str, dir: Direction, a: &Schema, b: &Schema) {
        // An enum none of whose values has the schema's type admits no value at all: it is
        // reported once and the schema is compared as if it listed none.
        let (mut ea, mut eb) = (&a.enum_values, &b.enum_values);
        for (side, schema, values) in [(Side::A, a, &mut ea), (Side::B, b, &mut eb)] {
            if contradicts_its_type(schema) {
                let types = schema
                    .types
                    .iter()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" or ");
                self.push(
                    loc.clone(),
                    at,
                    dir,
                    Kind::ContradictoryEnum { side, types },
                );
                *values = &None;
            }
        }
        match (ea, eb) {
            (Some(_), None) => self.push(loc.clone(), at, dir, Kind::EnumOnly { side: Side::A }),
            (None, Some(_)) => self.push(loc.clone(), at, dir, Kind::EnumOnly { side: Side::B }),
            (Some(va), Some(vb)) => {
                let tolerant = |vs: &[serde_json::Value]| vs.iter().all(|v| v.is_string());
                let ta: Vec<String> = va.iter().map(value_text).collect();
                let tb: Vec<String> = vb.iter().map(value_text).collect();
                for v in &tb {
                    if !ta.contains(v) {
                        self.push(
                            loc.clone(),
                            at,
                            dir,
                            Kind::EnumValueOnly {
                                side: Side::B,
                                value: v.clone(),
                                tolerant: tolerant(va),
                            },
                        );
                    }
                }
                for v in &ta {
                    if !tb.contains(v) {
                        self.push(
                            loc.clone(),
                            at,
                            dir,
                            Kind::EnumValueOnly {
                                side: Side::A,
                                value: v.clone(),
                                tolerant: tolerant(va),
                            },
                        );
                    }
                }
            }
            (None, None) => {}
        }
    }

    fn properties(
        &mut self,
        loc: &Location,
        at: &str,
        dir: Direction,
        a: &Schema,
        b: &Schema,
        depth: usize,
    ) -> bool {
        let open = |s: &Schema| s.properties.is_empty() && s.additional != Additional::Forbidden;
        if open(a) && !b.properties.is_empty() {
            let fields = b.properties.keys().cloned().collect();
            self.push(
                loc.clone(),
                at,
                dir,
                Kind::TypedOnly {
                    side: Side::B,
                    fields,
                },
            );
            return false;
        }
        if open(b) && !a.properties.is_empty() {
            let fields = a.properties.keys().cloned().collect();
            self.push(
                loc.clone(),
                at,
                dir,
                Kind::TypedOnly {
                    side: Side::A,
                    fields,
                },
            );
            return false;
        }
        for (name, pa) in &a.properties {
            let field = format!("{at}.{name}");
            let ra = a.required.contains(name);
            match b.properties.get(name) {
                None => self.push(
                    loc.clone(),
                    at,
                    dir,
                    Kind::PropertyOnly {
                        side: Side::A,
                        name: name.clone(),
                        required: ra,
                    },
                ),
                Some(pb) => {
                    let rb = b.required.contains(name);
                    if ra != rb {
                        let na = self.a.deref(pa).0.nullable;
                        let nb = self.b.deref(pb).0.nullable;
                        self.push(
                            loc.clone(),
                            &field,
                            dir,
                            Kind::Required {
                                a: ra,
                                b: rb,
                                rust_option_changes: (!ra || na) != (!rb || nb),
                            },
                        );
                    }
                    self.schema_in(loc, &field, dir, pa, pb, depth, (!ra, !rb));
                }
            }
        }
        for name in b.properties.keys() {
            if !a.properties.contains_key(name) {
                self.push(
                    loc.clone(),
                    at,
                    dir,
                    Kind::PropertyOnly {
                        side: Side::B,
                        name: name.clone(),
                        required: b.required.contains(name),
                    },
                );
            }
        }
        true
    }

    fn additional(
        &mut self,
        loc: &Location,
        at: &str,
        dir: Direction,
        a: &Schema,
        b: &Schema,
        depth: usize,
    ) {
        // How much each setting lets through: forbidden < dropped < typed map < any.
        let rank = |x: &Additional| match x {
            Additional::Forbidden => 0,
            Additional::Unspecified => 1,
            Additional::Typed(_) => 2,
            Additional::Any => 3,
        };
        let label = |x: &Additional| match x {
            Additional::Forbidden => "rejected",
            Additional::Unspecified => "not declared",
            Additional::Typed(_) => "a typed map",
            Additional::Any => "kept as untyped JSON",
        };
        if let (Additional::Typed(ma), Additional::Typed(mb)) = (&a.additional, &b.additional) {
            self.schema(loc, &format!("{at}.*"), dir, ma, mb, depth);
            return;
        }
        let (ra, rb) = (rank(&a.additional), rank(&b.additional));
        if ra != rb {
            self.push(
                loc.clone(),
                at,
                dir,
                Kind::Additional {
                    a: label(&a.additional),
                    b: label(&b.additional),
                    relation: if ra < rb {
                        Relation::Narrower
                    } else {
                        Relation::Wider
                    },
                },
            );
        }
    }

    fn variants(
        &mut self,
        loc: &Location,
        at: &str,
        dir: Direction,
        a: &Schema,
        b: &Schema,
        depth: usize,
    ) {
        let name = |s: &Schema, i: usize| s.reference.clone().unwrap_or_else(|| format!("#{i}"));
        let na: Vec<String> = a
            .variants
            .iter()
            .enumerate()
            .map(|(i, s)| name(s, i))
            .collect();
        let nb: Vec<String> = b
            .variants
            .iter()
            .enumerate()
            .map(|(i, s)| name(s, i))
            .collect();
        for (i, n) in na.iter().enumerate() {
            match nb.iter().position(|m| m == n) {
                Some(j) => {
                    let field = format!("{at}<{n}>");
                    self.schema(loc, &field, dir, &a.variants[i], &b.variants[j], depth);
                }
                None => self.push(
                    loc.clone(),
                    at,
                    dir,
                    Kind::VariantOnly {
                        side: Side::A,
                        name: n.clone(),
                    },
                ),
            }
        }
        for n in &nb {
            if !na.contains(n) {
                self.push(
                    loc.clone(),
                    at,
                    dir,
                    Kind::VariantOnly {
                        side: Side::B,
                        name: n.clone(),
                    },
                );
            }
        }
    }
}

fn value_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `integer` is contained in `number`; an empty set is any type.
fn type_relation(a: &BTreeSet<String>, b: &BTreeSet<String>) -> Option<Relation> {
    if a == b {
        return None;
    }
    let within = |x: &BTreeSet<String>, y: &BTreeSet<String>| {
        y.is_empty()
            || (!x.is_empty()
                && x.iter()
                    .all(|t| y.contains(t) || (t == "integer" && y.contains("number"))))
    };
    match (within(a, b), within(b, a)) {
        (true, false) => Some(Relation::Narrower),
        (false, true) => Some(Relation::Wider),
        (true, true) => None,
        (false, false) => Some(Relation::Incompatible),
    }
}

/// The range an integer format admits, as (min, max) in i128.
fn integer_range(format: Option<&str>) -> Option<(i128, i128)> {
    Some(match format {
        Some("int8") => (i8::MIN as i128, i8::MAX as i128),
        Some("int16") => (i16::MIN as i128, i16::MAX as i128),
        Some("int32") => (i32::MIN as i128, i32::MAX as i128),
        Some("uint8") => (0, u8::MAX as i128),
        Some("uint16") => (0, u16::MAX as i128),
        Some("uint32") => (0, u32::MAX as i128),
        Some("uint64") => (0, u64::MAX as i128),
        // No format, or int64: the generated type is `i64`.
        _ => (i64::MIN as i128, i64::MAX as i128),
    })
}

/// String formats the generated code parses (and so rejects other strings with).
const PARSED_STRING_FORMATS: &[&str] = &["date-time", "date", "uuid", "ipv4", "ipv6", "ip"];

/// How two formats of the same type relate, when the difference changes what decodes.
fn format_relation(types: &BTreeSet<String>, a: Option<&str>, b: Option<&str>) -> Option<Relation> {
    if a == b {
        return None;
    }
    if types.len() != 1 {
        return None;
    }
    match types.iter().next().map(String::as_str) {
        Some("integer") => {
            let (ra, rb) = (integer_range(a)?, integer_range(b)?);
            range_relation(ra, rb)
        }
        Some("number") => {
            let single = |f: Option<&str>| f == Some("float");
            match (single(a), single(b)) {
                (true, false) => Some(Relation::Narrower),
                (false, true) => Some(Relation::Wider),
                _ => None,
            }
        }
        Some("string") => {
            fn parsed(f: Option<&str>) -> Option<&str> {
                f.filter(|f| PARSED_STRING_FORMATS.contains(f))
            }
            match (parsed(a), parsed(b)) {
                (None, None) => None,
                (Some(_), None) => Some(Relation::Narrower),
                (None, Some(_)) => Some(Relation::Wider),
                (Some(x), Some(y)) if x == y => None,
                _ => Some(Relation::Incompatible),
            }
        }
        _ => None,
    }
}

fn range_relation(a: (i128, i128), b: (i128, i128)) -> Option<Relation> {
    let a_in_b = a.0 >= b.0 && a.1 <= b.1;
    let b_in_a = b.0 >= a.0 && b.1 <= a.1;
    match (a_in_b, b_in_a) {
        (true, true) => None,
        (true, false) => Some(Relation::Narrower),
        (false, true) => Some(Relation::Wider),
        (false, false) => Some(Relation::Incompatible),
    }
}

fn constraint_relation(
    bound: Bound,
    a: Option<&serde_json::Value>,
    b: Option<&serde_json::Value>,
) -> Option<Relation> {
    match (a, b) {
        (None, None) => None,
        (Some(_), None) => Some(Relation::Narrower),
        (None, Some(_)) => Some(Relation::Wider),
        (Some(x), Some(y)) if x == y => None,
        (Some(x), Some(y)) => match (bound, x.as_f64(), y.as_f64()) {
            (Bound::Upper, Some(x), Some(y)) => Some(if x < y {
                Relation::Narrower
            } else {
                Relation::Wider
            }),
            (Bound::Lower, Some(x), Some(y)) => Some(if x > y {
                Relation::Narrower
            } else {
                Relation::Wider
            }),
            _ => Some(Relation::Incompatible),
        },
    }
}
