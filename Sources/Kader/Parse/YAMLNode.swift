/// YAML as the model reads it: scalars keep their source text (so `title: Yes` stays "Yes"), and every
/// node knows where it stands in the file on disk.
public indirect enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], Position)
    case mapping([YAMLPair], Position)

    public var position: Position {
        switch self {
        case .scalar(let scalar): scalar.position
        case .sequence(_, let position), .mapping(_, let position): position
        }
    }

    /// An empty value, `~` or `null`, written without quotes.
    public var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.isPlain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.text)
    }
}

public struct YAMLScalar: Sendable {
    public let text: String
    public let position: Position
    /// Written without quotes or block markers: only plain scalars can be numbers or booleans.
    public let isPlain: Bool
}

public struct YAMLPair: Sendable {
    public let key: YAMLScalar
    public let value: YAMLNode
}
