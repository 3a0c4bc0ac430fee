/// The content model as data: one schema per type, read by the validator that decodes front
/// matter and by `kader schema`, so the two can never disagree.
public struct Schema: Sendable {
    public let name: String
    public let fields: [Field]
    /// Fields that are required or allowed only when other fields have certain values.
    public let conditions: [Condition]

    public init(_ name: String, _ fields: [Field], conditions: [Condition] = []) {
        self.name = name
        self.fields = fields
        self.conditions = conditions
    }

    public func field(_ name: String) -> Field? { fields.first { $0.name == name } }
}

public struct Field: Sendable {
    public let name: String
    public let type: FieldType
    public let required: Bool
    public let summary: String
    /// The value an absent optional field stands for.
    public let defaultValue: String?

    public static func required(_ name: String, _ type: FieldType, _ summary: String) -> Field {
        Field(name: name, type: type, required: true, summary: summary, defaultValue: nil)
    }

    public static func optional(_ name: String, _ type: FieldType, _ summary: String, default defaultValue: String? = nil) -> Field {
        Field(name: name, type: type, required: false, summary: summary, defaultValue: defaultValue)
    }
}

public indirect enum FieldType: Sendable {
    case text
    case date
    /// Every number has both bounds (Revision 2), so no sum of them can overflow.
    case integer(min: Int, max: Int)
    /// A score from 1 to the configured scale.
    case score
    case bool
    case choice([String])
    /// An id that names this file's own thing (a value, a role, a goal): checked against the id syntax.
    case identifier
    /// An id of another thing, resolved once the whole site is known.
    case reference(ReferenceKind)
    case list(FieldType, minimum: Int)
    case object(Schema)
    /// A mapping whose keys come from a fixed set, all with the same type of value.
    case keyed([String], FieldType)
    /// `rules:` in kader.yml: rule ids to severities.
    case severities
}

public enum ReferenceKind: String, Sendable {
    case team, person, value, mandate
    /// `team`, a role of the mandate's team, or a person.
    case holder
    /// A role of the mandate's team, or a person.
    case roleOrPerson
}

/// `field` applies only when every `when` key has one of its values (absent keys take `defaults`).
public struct Condition: Sendable {
    public let field: String
    public let when: [(key: String, values: [String])]
    /// Required when the condition holds; otherwise only allowed.
    public let required: Bool
}
