/// Holds YAML against a schema: every missing field, wrong type, bad value and unknown field becomes
/// a finding, and what is right becomes a `Record`.
struct SchemaChecker {
    let file: String
    let scale: Int
    private(set) var findings: [Finding] = []

    init(file: String, scale: Int) {
        self.file = file
        self.scale = scale
    }

    /// Checks a whole front matter (or kader.yml). A missing required field points at line 1 column 1.
    mutating func check(root: YAMLNode?, against schema: Schema) -> Record? {
        guard let root, !root.isNull else {
            return record(from: [], at: .file, schema: schema, missingAt: .file)
        }
        guard case .mapping(let pairs, _) = root else {
            report(.wrongType, root.position, "the \(schema.name == "kader.yml" ? "file" : "front matter") should be a list of `field: value` lines, not \(describe(root))")
            return nil
        }
        return record(from: pairs, at: .file, schema: schema, missingAt: .file)
    }

    private mutating func report(_ rule: Rule, _ position: Position, _ message: String) {
        findings.append(Finding(rule, file, position, message))
    }

    private mutating func record(from pairs: [YAMLPair], at position: Position, schema: Schema, missingAt: Position) -> Record {
        var record = Record(position: position)
        for pair in pairs {
            let name = pair.key.text
            guard let field = schema.field(name) else {
                let hint = Suggestion.hint(for: name, in: schema.fields.map(\.name))
                report(.unknownField, pair.key.position, "unknown field `\(name)` in a \(schema.name)\(hint.isEmpty ? "; remove it, or check its spelling against the content model" : hint)")
                continue
            }
            if pair.value.isNull || isEmptyText(pair.value) {
                if field.required {
                    report(.missingField, pair.key.position, "`\(name)` is empty; a \(schema.name) needs it: \(lowercasedFirst(field.summary))")
                }
                continue
            }
            if let value = check(pair.value, as: field.type, name: name, key: pair.key.position) {
                record.entries[name] = Record.Entry(keyPosition: pair.key.position, value: value)
            } else {
                record.invalid.insert(name)
            }
        }
        for field in schema.fields where field.required && !pairs.contains(where: { $0.key.text == field.name }) {
            report(.missingField, missingAt, "a \(schema.name) needs the field `\(field.name)`: \(lowercasedFirst(field.summary))")
        }
        apply(schema.conditions, of: schema, to: &record, missingAt: missingAt)
        return record
    }

    private mutating func apply(_ conditions: [Condition], of schema: Schema, to record: inout Record, missingAt: Position) {
        for condition in conditions {
            var holds = true
            var decided = true
            for (key, values) in condition.when {
                let present: String?
                if let entry = record.entries[key] {
                    if case .text(let text) = entry.value { present = text } else { present = nil }
                } else if record.has(key) == false, let fallback = schema.field(key)?.defaultValue {
                    present = fallback
                } else {
                    present = nil
                }
                guard let present else { decided = false; break }
                if !values.contains(present) { holds = false }
            }
            guard decided else { continue }
            let explanation = condition.when.map { "`\($0.key)` is \($0.values.joined(separator: " or "))" }.joined(separator: " and ")
            if holds, condition.required, !record.has(condition.field) {
                let summary = schema.field(condition.field).map { ": " + lowercasedFirst($0.summary) } ?? ""
                report(.missingField, missingAt, "a \(schema.name) whose \(explanation) needs the field `\(condition.field)`\(summary)")
            } else if !holds, let entry = record.entries[condition.field] {
                report(.unknownField, entry.keyPosition, "`\(condition.field)` applies only when \(explanation); remove it here")
                record.entries[condition.field] = nil
            }
        }
    }

    private mutating func check(_ node: YAMLNode, as type: FieldType, name: String, key: Position) -> Record.Value? {
        switch type {
        case .text, .reference:
            guard case .scalar(let scalar) = node else { return wrongType(name, key, "text", node) }
            return .text(scalar.text)
        case .identifier:
            guard case .scalar(let scalar) = node else { return wrongType(name, key, "an id", node) }
            guard Identifier.isValid(scalar.text) else {
                report(.invalidID, key, "`\(scalar.text)` is not a valid id for `\(name)`; \(Identifier.advice(for: scalar.text))")
                return nil
            }
            return .text(scalar.text)
        case .date:
            guard case .scalar(let scalar) = node else { return wrongType(name, key, "a date (YYYY-MM-DD)", node) }
            guard let day = Day(scalar.text) else {
                report(.invalidValue, key, "`\(name)` should be a real date written as YYYY-MM-DD, not `\(scalar.text)`")
                return nil
            }
            guard day.isInModelRange else {
                report(.invalidValue, key, "`\(name)` is \(scalar.text), which lies outside 1900-01-01 to 2199-12-31; check the year for a typo")
                return nil
            }
            return .date(day)
        case .integer(let minimum, let maximum):
            let range = "from \(minimum.grouped) to \(maximum.grouped)"
            guard case .scalar(let scalar) = node, scalar.isPlain, let value = Int(scalar.text) else {
                if case .scalar(let scalar) = node, scalar.isPlain, Self.isWholeNumber(scalar.text) {
                    report(.invalidValue, key, "`\(name)` should be a whole number \(range), not \(scalar.text)")
                    return nil
                }
                return wrongType(name, key, "a whole number", node)
            }
            if value < minimum || value > maximum {
                report(.invalidValue, key, "`\(name)` should be a whole number \(range), not \(value)")
                return nil
            }
            return .integer(value)
        case .score:
            guard case .scalar(let scalar) = node, scalar.isPlain, let value = Double(scalar.text), value.isFinite else {
                return wrongType(name, key, "a number", node)
            }
            guard value >= 1, value <= Double(scale) else {
                report(.invalidValue, key, "`\(name)` should be a score from 1 to \(scale) (the scale in kader.yml), not \(scalar.text)")
                return nil
            }
            return .number(value)
        case .bool:
            guard case .scalar(let scalar) = node, scalar.isPlain,
                  let value = ["true": true, "yes": true, "false": false, "no": false][scalar.text.lowercased()] else {
                return wrongType(name, key, "true or false", node)
            }
            return .bool(value)
        case .choice(let options):
            guard case .scalar(let scalar) = node else { return wrongType(name, key, "one of \(options.joined(separator: ", "))", node) }
            guard options.contains(scalar.text) else {
                let hint = Suggestion.hint(for: scalar.text, in: options)
                report(.invalidValue, key, "`\(name)` should be one of \(options.joined(separator: ", ")), not `\(scalar.text)`\(hint)")
                return nil
            }
            return .text(scalar.text)
        case .list(let itemType, let minimum):
            guard case .sequence(let items, _) = node else { return wrongType(name, key, "a list", node) }
            var values: [Record.Value] = []
            for item in items {
                if item.isNull {
                    report(.wrongType, key, "`\(name)` has an empty item; remove the lone `-` or give it a value")
                } else if let value = check(item, as: itemType, name: name, key: key) {
                    values.append(value)
                }
            }
            if items.count < minimum {
                report(.invalidValue, key, "`\(name)` needs at least \(minimum) item\(minimum == 1 ? "" : "s"), but has \(items.count)")
            }
            return .list(values)
        case .object(let schema):
            guard case .mapping(let pairs, let position) = node else { return wrongType(name, key, "a \(schema.name) with `field: value` lines", node) }
            // An item stands where its first key does (in `- {id: x}` that is after the brace).
            let start = pairs.first?.key.position ?? position
            return .record(record(from: pairs, at: start, schema: schema, missingAt: start))
        case .keyed(let keys, let valueType):
            guard case .mapping(let pairs, _) = node else { return wrongType(name, key, "a mapping of \(keys.joined(separator: ", "))", node) }
            var values: [(key: String, value: Record.Value)] = []
            for pair in pairs {
                guard keys.contains(pair.key.text) else {
                    let hint = Suggestion.hint(for: pair.key.text, in: keys)
                    report(.unknownField, pair.key.position, "unknown key `\(pair.key.text)` in `\(name)`; use \(keys.joined(separator: ", "))\(hint)")
                    continue
                }
                if pair.value.isNull { continue }
                if let value = check(pair.value, as: valueType, name: pair.key.text, key: pair.key.position) {
                    values.append((pair.key.text, value))
                }
            }
            return .keyed(values)
        case .severities:
            guard case .mapping(let pairs, _) = node else { return wrongType(name, key, "a mapping of rule ids to error, warning or off", node) }
            var values: [(key: String, value: Record.Value)] = []
            let ruleIDs = Rule.allCases.map(\.rawValue)
            for pair in pairs {
                guard ruleIDs.contains(pair.key.text) else {
                    let hint = Suggestion.hint(for: pair.key.text, in: ruleIDs)
                    report(.unknownField, pair.key.position, "`\(pair.key.text)` is not a rule id\(hint.isEmpty ? "; the rule ids are listed in the README" : hint)")
                    continue
                }
                guard case .scalar(let scalar) = pair.value, ["error", "warning", "off", "false", "no"].contains(scalar.text.lowercased()) else {
                    report(.invalidValue, pair.key.position, "the severity of `\(pair.key.text)` should be error, warning or off")
                    continue
                }
                let severity = scalar.text.lowercased()
                values.append((pair.key.text, .text(severity == "error" || severity == "warning" ? severity : "off")))
            }
            return .keyed(values)
        }
    }

    /// Digits too many for a machine integer are still a number, only out of range.
    private static func isWholeNumber(_ text: String) -> Bool {
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    private mutating func wrongType(_ name: String, _ key: Position, _ expected: String, _ node: YAMLNode) -> Record.Value? {
        report(.wrongType, key, "`\(name)` should be \(expected), not \(describe(node))")
        return nil
    }

    private func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar): "`\(scalar.text.count > 40 ? String(scalar.text.prefix(40)) + "…" : scalar.text)`"
        case .sequence: "a list"
        case .mapping: "a mapping (`key: value` lines)"
        }
    }

    private func isEmptyText(_ node: YAMLNode) -> Bool {
        if case .scalar(let scalar) = node { return scalar.text.allSatisfy(\.isWhitespace) }
        return false
    }

    private func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}

