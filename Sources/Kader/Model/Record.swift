/// Front matter that has passed its schema: every value present here has the right type and range,
/// so the typed entities can be built from it without checking again.
public struct Record: Sendable {
    public let position: Position
    var entries: [String: Entry] = [:]
    /// Keys that were written with a wrong value: already a finding, so nothing that follows from
    /// the value (its default included) may give another one.
    var invalid: Set<String> = []

    struct Entry: Sendable {
        let keyPosition: Position
        let value: Value
    }

    indirect enum Value: Sendable {
        case text(String)
        case integer(Int)
        case number(Double)
        case bool(Bool)
        case date(Day)
        case list([Value])
        case record(Record)
        case keyed([(key: String, value: Value)])
    }

    func has(_ name: String) -> Bool { entries[name] != nil }
    func isInvalid(_ name: String) -> Bool { invalid.contains(name) }

    /// Where the key of `name` stands, or the record's own place.
    func at(_ name: String) -> Position { entries[name]?.keyPosition ?? position }

    func text(_ name: String) -> String? {
        if case .text(let text)? = entries[name]?.value { return text }
        return nil
    }

    func located(_ name: String) -> Located<String>? {
        guard let text = text(name) else { return nil }
        return Located(text, at: at(name))
    }

    func integer(_ name: String) -> Int? {
        if case .integer(let value)? = entries[name]?.value { return value }
        return nil
    }

    func bool(_ name: String) -> Bool? {
        if case .bool(let value)? = entries[name]?.value { return value }
        return nil
    }

    func date(_ name: String) -> Located<Day>? {
        if case .date(let day)? = entries[name]?.value { return Located(day, at: at(name)) }
        return nil
    }

    func texts(_ name: String) -> [String] {
        guard case .list(let items)? = entries[name]?.value else { return [] }
        return items.compactMap { if case .text(let text) = $0 { text } else { nil } }
    }

    /// References in a list all point at the list's key.
    func references(_ name: String) -> [Located<String>] {
        texts(name).map { Located($0, at: at(name)) }
    }

    func records(_ name: String) -> [Record] {
        guard case .list(let items)? = entries[name]?.value else { return [] }
        return items.compactMap { if case .record(let record) = $0 { record } else { nil } }
    }

    func numbers(_ name: String) -> [(key: String, value: Double)] {
        guard case .keyed(let pairs)? = entries[name]?.value else { return [] }
        return pairs.compactMap { pair in
            if case .number(let number) = pair.value { (pair.key, number) } else { nil }
        }
    }

    func keyedTexts(_ name: String) -> [(key: String, value: String)] {
        guard case .keyed(let pairs)? = entries[name]?.value else { return [] }
        return pairs.compactMap { pair in
            if case .text(let text) = pair.value { (pair.key, text) } else { nil }
        }
    }
}

/// A value and the place a finding about it should point to.
public struct Located<Value: Sendable>: Sendable {
    public let value: Value
    public let position: Position

    public init(_ value: Value, at position: Position) {
        self.value = value
        self.position = position
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
