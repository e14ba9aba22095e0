//! Synthetic specs of any size, for the diagnosis tests and the codegen-growth benchmark.

use std::fmt::Write as _;

/// A spec of `schemas` component schemas (each referring to the previous one) and one list and
/// one get operation per ten schemas. When `bad` is set, that schema is an `object` with a
/// string `enum`, which typify rejects. Returns the text and the line of the bad schema's key.
pub fn spec(schemas: usize, bad: Option<usize>) -> (String, Option<usize>) {
    let mut text =
        String::from("openapi: 3.0.3\ninfo:\n  title: Synthetic\n  version: '1'\npaths:\n");
    for i in (0..schemas).step_by(10) {
        write!(
            text,
            "  /things{i}:\n    get:\n      operationId: listThings{i}\n      summary: List.\n      \
             responses:\n        '200':\n          description: ok\n          content:\n            \
             application/json:\n              schema:\n                type: array\n                \
             items:\n                  $ref: '#/components/schemas/Thing{i}'\n  \
             /things{i}/{{id}}:\n    get:\n      operationId: getThing{i}\n      summary: Get.\n      \
             parameters:\n        - name: id\n          in: path\n          required: true\n          \
             schema:\n            type: string\n      responses:\n        '200':\n          \
             description: ok\n          content:\n            application/json:\n              \
             schema:\n                $ref: '#/components/schemas/Thing{i}'\n"
        )
        .unwrap();
    }
    text.push_str("components:\n  schemas:\n");
    let mut bad_line = None;
    for i in 0..schemas {
        if Some(i) == bad {
            bad_line = Some(text.lines().count() + 1);
            write!(
                text,
                "    Thing{i}:\n      type: object\n      enum:\n        - active\n        - archived\n"
            )
            .unwrap();
            continue;
        }
        write!(
            text,
            "    Thing{i}:\n      type: object\n      required: [id]\n      properties:\n        \
             id:\n          type: string\n        count:\n          type: integer\n          \
             format: int64\n        state:\n          type: string\n          enum: [up, down]\n"
        )
        .unwrap();
        if i > 0 {
            write!(
                text,
                "        previous:\n          $ref: '#/components/schemas/Thing{}'\n",
                i - 1
            )
            .unwrap();
        }
    }
    // An API key and a server, as every real API here has (the facade needs both).
    text.push_str(
        "  securitySchemes:\n    apiKey:\n      type: apiKey\n      in: header\n      \
         name: x-api-key\nsecurity:\n  - apiKey: []\nservers:\n  - url: https://api.example.com/v1\n",
    );
    (text, bad_line)
}
