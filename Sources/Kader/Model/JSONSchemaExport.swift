import Foundation

/// JSON Schemas (draft 2020-12) of the front matter of each type and of kader.yml, generated from
/// the same schemas the checker uses, so editors and other tools hold content to the same model.
public enum JSONSchemaExport {
    /// File name → schema text, for every type and for kader.yml.
    public static func files() -> [(name: String, text: String)] {
        var files = ContentKind.allCases.map { kind in
            ("\(kind.rawValue).schema.json", text(document(kind.schema, name: kind.rawValue,
                description: "Front matter of a kader \(kind.rawValue) (content/\(kind.folder.isEmpty ? "organization.md" : kind.folder + "/…")).")))
        }
        files.append(("kader.schema.json", text(document(ContentModel.configuration, name: "kader", description: "kader.yml, the site configuration of a kader repository."))))
        return files
    }

    static func document(_ schema: Schema, name: String, description: String) -> [String: Any] {
        var root = object(schema)
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["$id"] = "https://kader.invalid/schema/\(name).schema.json"
        root["title"] = name
        root["description"] = description
        return root
    }

    static func object(_ schema: Schema) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in schema.fields {
            var property = type(field.type)
            property["description"] = field.summary
            if let value = field.defaultValue { property["default"] = value }
            properties[field.name] = property
        }
        var result: [String: Any] = [
            "type": "object",
            "properties": properties,
            "additionalProperties": false,
        ]
        let required = schema.fields.filter(\.required).map(\.name)
        if !required.isEmpty { result["required"] = required }
        if !schema.conditions.isEmpty {
            result["allOf"] = schema.conditions.map { condition(_: $0, in: schema) }
        }
        return result
    }

    /// `field` is required (or only allowed) when every `when` key has one of its values.
    static func condition(_ condition: Condition, in schema: Schema) -> [String: Any] {
        var properties: [String: Any] = [:]
        var required: [String] = []
        for (key, values) in condition.when {
            properties[key] = ["enum": values]
            // A key left out takes its default; only when that default does not satisfy the
            // condition must the key be present.
            if let fallback = schema.field(key)?.defaultValue, values.contains(fallback) { continue }
            required.append(key)
        }
        var ifPart: [String: Any] = ["properties": properties]
        if !required.isEmpty { ifPart["required"] = required }
        var result: [String: Any] = ["if": ifPart, "else": ["not": ["required": [condition.field]]]]
        if condition.required { result["then"] = ["required": [condition.field]] }
        return result
    }

    static func type(_ type: FieldType) -> [String: Any] {
        switch type {
        // A text field takes the YAML source text as written, so `title: 2026` is text too.
        case .text: ["type": ["string", "number", "boolean"]]
        case .date: ["type": "string", "pattern": #"^(19|20|21)[0-9]{2}-[0-9]{2}-[0-9]{2}$"#, "format": "date"]
        case .integer(let minimum, let maximum):
            ["type": "integer", "minimum": minimum, "maximum": maximum]
        case .score: ["type": "number", "minimum": 1, "maximum": 10]
        case .bool: ["type": "boolean"]
        case .choice(let values): ["enum": values]
        case .identifier: ["type": ["string", "integer"], "pattern": "^[a-z0-9][a-z0-9-]*$"]
        case .reference(let kind): ["type": ["string", "integer"], "description": "An id of a \(kind.rawValue)."]
        case .list(let item, let minimum):
            ["type": "array", "items": Self.type(item), "minItems": minimum].filter { $0.key != "minItems" || minimum > 0 }
        case .object(let schema): object(schema)
        case .keyed(let keys, let value):
            ["type": "object", "properties": Dictionary(uniqueKeysWithValues: keys.map { ($0, Self.type(value)) }), "additionalProperties": false]
        case .severities:
            [
                "type": "object",
                "propertyNames": ["enum": Rule.allCases.map(\.rawValue)],
                "additionalProperties": ["enum": ["error", "warning", "off", "false", "no", false]],
            ]
        }
    }

    static func text(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
