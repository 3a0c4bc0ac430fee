import CYaml
import Yams

/// Parses front matter (or kader.yml) with Yams and refuses what would cost too much to expand.
enum YAMLParser {
    static let maximumNodes = 10_000
    static let maximumDepth = 1_000

    struct Failure: Error {
        let position: Position
        let message: Message
    }

    /// - Parameter firstLine: the file line on which `text` starts, so positions point into the file.
    static func parse(_ text: String, firstLine: Int, subject: Message.YAMLSubject = .frontMatter) -> Result<YAMLNode?, Failure> {
        _ = raiseParserLimit
        let root: Node?
        do {
            // kader reads scalars as written, so Yams need not resolve tags (its regular
            // expressions were a fifth of `check`); a fixed encoding spares it an environment read.
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(failure(from: error, in: text, firstLine: firstLine, subject: subject))
        } catch {
            return .failure(Failure(position: Position(line: firstLine, column: 1), message: .yamlUnreadable(detail: "\(error)")))
        }
        guard let root else { return .success(nil) }
        var budget = maximumNodes
        guard fitsLimits(root, depth: 0, budget: &budget) else {
            return .failure(Failure(position: Position(line: firstLine, column: 1), message: .yamlTooLarge(nodes: maximumNodes, depth: maximumDepth)))
        }
        let converter = Converter(lineOffset: firstLine - 1)
        return converter.convert(root)
    }

    /// libyaml stops block mappings at 1,000 levels (its own count, which includes the front
    /// matter's mapping) but not flow sequences; the contract's limit is kader's to apply, the same
    /// for both, so libyaml's is set above it. It is a process-wide setting, made once.
    private static let raiseParserLimit: Void = { yaml_set_max_nest_level(Int32(maximumDepth + 10)) }()

    /// Counts nodes as if every alias were written out, stopping as soon as the budget runs out, so a
    /// "billion laughs" document costs at most `maximumNodes` steps. The depth counts collections
    /// inside the top-level one: a value at the end of 1,000 nested lists or mappings passes.
    private static func fitsLimits(_ node: Node, depth: Int, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence, .mapping:
            guard depth <= maximumDepth else { return false }
        }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let sequence):
            for child in sequence where !fitsLimits(child, depth: depth + 1, budget: &budget) { return false }
            return true
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard fitsLimits(key, depth: depth + 1, budget: &budget),
                      fitsLimits(value, depth: depth + 1, budget: &budget) else { return false }
            }
            return true
        }
    }

    private struct Converter {
        let lineOffset: Int

        func position(_ mark: Mark?) -> Position {
            guard let mark else { return Position(line: lineOffset + 1, column: 1) }
            return Position(line: mark.line + lineOffset, column: mark.column)
        }

        func convert(_ root: Node) -> Result<YAMLNode?, Failure> {
            do {
                return .success(try node(root))
            } catch let failure as Failure {
                return .failure(failure)
            } catch {
                return .failure(Failure(position: position(nil), message: .verbatim("\(error)")))
            }
        }

        func node(_ node: Node) throws -> YAMLNode {
            switch node {
            case .scalar(let scalar):
                return .scalar(self.scalar(scalar))
            case .sequence(let sequence):
                return .sequence(try sequence.map { try self.node($0) }, position(sequence.mark))
            case .mapping(let mapping):
                var pairs: [YAMLPair] = []
                pairs.reserveCapacity(mapping.count)
                for (key, value) in mapping {
                    guard case .scalar(let keyScalar) = key else {
                        throw Failure(position: position(key.mark), message: .yamlKeyNotPlain)
                    }
                    pairs.append(YAMLPair(key: scalar(keyScalar), value: try self.node(value)))
                }
                return .mapping(pairs, position(mapping.mark))
            case .alias(let alias):
                throw Failure(position: position(alias.mark), message: .yamlAliasUnresolved)
            }
        }

        func scalar(_ scalar: Node.Scalar) -> YAMLScalar {
            // An explicit tag (`!!str 5`) makes a plain-looking scalar text; Yams keeps the tag
            // unresolved, so an untagged scalar's is empty.
            YAMLScalar(text: scalar.string, position: position(scalar.mark), isPlain: scalar.style == .plain && scalar.tag.description.isEmpty)
        }
    }

    private static func failure(from error: YamlError, in text: String, firstLine: Int, subject: Message.YAMLSubject) -> Failure {
        func at(_ mark: Mark) -> Position { Position(line: mark.line + firstLine - 1, column: mark.column) }
        switch error {
        case .scanner(let context?, _, _, _) where context.text.contains("quoted scalar"):
            // libyaml stops at the end of the front matter; the mistake is the quote that opened.
            return Failure(position: at(context.mark), message: .yamlQuoteNotClosed(subject: subject))
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Failure(position: at(mark), message: sentence(problem: problem, at: mark, in: text, subject: subject))
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams names the first occurrence; the mistake is the repetition.
            let second = duplicates.sorted().first.flatMap { secondOccurrence(of: $0, after: context.mark, in: text) }
                ?? (context.mark.line, context.mark.column)
            return Failure(position: Position(line: second.line + firstLine - 1, column: second.column), message: .yamlDuplicateKey(keys: duplicates.sorted()))
        case .reader(let problem, _, _, _):
            return Failure(position: Position(line: firstLine, column: 1), message: .yamlUnreadable(detail: problem))
        default:
            return Failure(position: Position(line: firstLine, column: 1), message: .yamlUnreadable(detail: "\(error)"))
        }
    }

    /// The next line that starts the same key at the same column in the same block mapping, or nil
    /// (a flow mapping, or a key written differently): then the first occurrence is named instead.
    static func secondOccurrence(of key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = first.column - 1
        var index = first.line
        while index < lines.count {
            let line = Array(lines[index].unicodeScalars)
            index += 1
            let leading = line.prefix { $0 == " " }.count
            if leading == line.count || line[leading] == "#" { continue }
            if leading < indent { return nil }
            guard leading == indent else { continue }
            let rest = String(String.UnicodeScalarView(line[leading...]))
            for candidate in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(candidate) {
                let after = rest.dropFirst(candidate.count).drop { $0 == " " }
                if after.hasPrefix(":") { return (index, first.column) }
            }
        }
        return nil
    }

    private static func sentence(problem: String, at mark: Mark, in text: String, subject: Message.YAMLSubject) -> Message {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if mark.line - 1 < lines.count {
            let line = lines[mark.line - 1]
            let scalars = Array(line.unicodeScalars)
            let atTab = mark.column - 1 < scalars.count && scalars[mark.column - 1] == "\t"
            // libyaml reports a tab as a character that "cannot start any token", which helps nobody.
            if atTab || line.hasPrefix("\t") || (line.contains("\t") && problem.contains("cannot start any token")) {
                return .yamlTab(subject: subject)
            }
        }
        if problem.contains("nesting") {
            return .yamlTooDeep(depth: maximumDepth)
        }
        let hint: Message.YAMLHint
        if problem.contains("mapping values are not allowed") {
            hint = .quoteColon
        } else if problem.contains("did not find expected key") || problem.contains("did not find expected '-'") {
            hint = .indentation
        } else if problem.contains("found undefined alias") {
            hint = .undefinedAlias
        } else {
            hint = .general
        }
        return .yamlInvalid(subject: subject, problem: problem, hint: hint)
    }
}
