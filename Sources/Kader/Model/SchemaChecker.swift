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
            report(.wrongType, root.position, .rootNotMapping(configuration: schema.name == "kader.yml", found: describe(root)))
            return nil
        }
        return record(from: pairs, at: .file, schema: schema, missingAt: .file)
    }

    private mutating func report(_ rule: Rule, _ position: Position, _ message: Message) {
        findings.append(Finding(rule, file, position, message))
    }

    private mutating func record(from pairs: [YAMLPair], at position: Position, schema: Schema, missingAt: Position) -> Record {
        var record = Record(position: position)
        for pair in pairs {
            let name = pair.key.text
            guard let field = schema.field(name) else {
                report(.unknownField, pair.key.position,
                       .unknownField(field: name, schema: schema.name, suggestion: Suggestion.closest(to: name, in: schema.fields.map(\.name))))
                continue
            }
            if pair.value.isNull || isEmptyText(pair.value) {
                if field.required {
                    report(.missingField, pair.key.position, .requiredFieldEmpty(field: name, schema: schema.name, summary: lowercasedFirst(field.summary)))
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
            report(.missingField, missingAt, .missingField(field: field.name, schema: schema.name, summary: lowercasedFirst(field.summary)))
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
            let explanation = condition.when.map { Message.Condition(key: $0.key, values: $0.values) }
            if holds, condition.required, !record.has(condition.field) {
                let summary = schema.field(condition.field).map { lowercasedFirst($0.summary) }
                report(.missingField, missingAt, .missingConditionalField(field: condition.field, schema: schema.name, when: explanation, summary: summary))
            } else if !holds, let entry = record.entries[condition.field] {
                report(.unknownField, entry.keyPosition, .fieldNotApplicable(field: condition.field, when: explanation))
                record.entries[condition.field] = nil
            }
        }
    }

    private mutating func check(_ node: YAMLNode, as type: FieldType, name: String, key: Position) -> Record.Value? {
        switch type {
        case .text, .reference:
            guard case .scalar(let scalar) = node else { return wrongType(name, key, .text, node) }
            return .text(scalar.text)
        case .identifier:
            guard case .scalar(let scalar) = node else { return wrongType(name, key, .identifier, node) }
            guard Identifier.isValid(scalar.text) else {
                report(.invalidID, key, .invalidIDValue(value: scalar.text, field: name, advice: Identifier.advice(for: scalar.text)))
                return nil
            }
            return .text(scalar.text)
        case .date:
            guard case .scalar(let scalar) = node else { return wrongType(name, key, .date, node) }
            guard let day = Day(scalar.text) else {
                report(.invalidValue, key, .notARealDate(field: name, value: scalar.text))
                return nil
            }
            guard day.isInModelRange else {
                report(.invalidValue, key, .dateOutOfRange(field: name, value: scalar.text))
                return nil
            }
            return .date(day)
        case .integer(let minimum, let maximum):
            guard case .scalar(let scalar) = node, scalar.isPlain, let value = Int(scalar.text) else {
                if case .scalar(let scalar) = node, scalar.isPlain, Self.isWholeNumber(scalar.text) {
                    report(.invalidValue, key, .numberOutOfRange(field: name, minimum: minimum, maximum: maximum, value: scalar.text))
                    return nil
                }
                return wrongType(name, key, .wholeNumber, node)
            }
            if value < minimum || value > maximum {
                report(.invalidValue, key, .numberOutOfRange(field: name, minimum: minimum, maximum: maximum, value: String(value)))
                return nil
            }
            return .integer(value)
        case .score:
            guard case .scalar(let scalar) = node, scalar.isPlain, let value = Double(scalar.text), value.isFinite else {
                return wrongType(name, key, .number, node)
            }
            guard value >= 1, value <= Double(scale) else {
                report(.invalidValue, key, .scoreOutOfRange(field: name, scale: scale, value: scalar.text))
                return nil
            }
            return .number(value)
        case .bool:
            guard case .scalar(let scalar) = node, scalar.isPlain,
                  let value = ["true": true, "yes": true, "false": false, "no": false][scalar.text.lowercased()] else {
                return wrongType(name, key, .bool, node)
            }
            return .bool(value)
        case .choice(let options):
            guard case .scalar(let scalar) = node else { return wrongType(name, key, .choice(options), node) }
            guard options.contains(scalar.text) else {
                report(.invalidValue, key, .notAChoice(field: name, options: options, value: scalar.text, suggestion: Suggestion.closest(to: scalar.text, in: options)))
                return nil
            }
            return .text(scalar.text)
        case .list(let itemType, let minimum):
            guard case .sequence(let items, _) = node else { return wrongType(name, key, .list, node) }
            var values: [Record.Value] = []
            for item in items {
                if item.isNull {
                    report(.wrongType, key, .emptyListItem(field: name))
                } else if let value = check(item, as: itemType, name: name, key: key) {
                    values.append(value)
                }
            }
            if items.count < minimum {
                report(.invalidValue, key, .tooFewItems(field: name, minimum: minimum, count: items.count))
            }
            return .list(values)
        case .object(let schema):
            guard case .mapping(let pairs, let position) = node else { return wrongType(name, key, .object(schema: schema.name), node) }
            // An item stands where its first key does (in `- {id: x}` that is after the brace).
            let start = pairs.first?.key.position ?? position
            return .record(record(from: pairs, at: start, schema: schema, missingAt: start))
        case .keyed(let keys, let valueType):
            guard case .mapping(let pairs, _) = node else { return wrongType(name, key, .keyed(keys), node) }
            var values: [(key: String, value: Record.Value)] = []
            for pair in pairs {
                guard keys.contains(pair.key.text) else {
                    report(.unknownField, pair.key.position,
                           .unknownKey(key: pair.key.text, field: name, keys: keys, suggestion: Suggestion.closest(to: pair.key.text, in: keys)))
                    continue
                }
                if pair.value.isNull { continue }
                if let value = check(pair.value, as: valueType, name: pair.key.text, key: pair.key.position) {
                    values.append((pair.key.text, value))
                }
            }
            return .keyed(values)
        case .severities:
            guard case .mapping(let pairs, _) = node else { return wrongType(name, key, .severities, node) }
            var values: [(key: String, value: Record.Value)] = []
            let ruleIDs = Rule.allCases.map(\.rawValue)
            for pair in pairs {
                guard ruleIDs.contains(pair.key.text) else {
                    report(.unknownField, pair.key.position, .notARuleID(key: pair.key.text, suggestion: Suggestion.closest(to: pair.key.text, in: ruleIDs)))
                    continue
                }
                guard case .scalar(let scalar) = pair.value, ["error", "warning", "off", "false", "no"].contains(scalar.text.lowercased()) else {
                    report(.invalidValue, pair.key.position, .invalidSeverity(rule: pair.key.text))
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

    private mutating func wrongType(_ name: String, _ key: Position, _ expected: Message.Expected, _ node: YAMLNode) -> Record.Value? {
        report(.wrongType, key, .wrongType(field: name, expected: expected, found: describe(node)))
        return nil
    }

    private func describe(_ node: YAMLNode) -> Message.NodeDescription {
        switch node {
        case .scalar(let scalar): .scalar(scalar.text.count > 40 ? String(scalar.text.prefix(40)) + "…" : scalar.text)
        case .sequence: .list
        case .mapping: .mapping
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

