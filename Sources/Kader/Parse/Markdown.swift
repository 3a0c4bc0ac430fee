import CCmarkGFM
import Foundation

/// A body checked by cmark-gfm with the GFM extensions: its links with their places, and its text,
/// which each rendering parses again, so that links to content files can be rewritten to page URLs.
public final class MarkdownDocument: Sendable {
    /// The body as cmark-gfm reads it. Only the text is kept, not the tree: a tree takes many
    /// times the memory of its text, and a build that kept every tree grew with the content
    /// (1 GB at 49,000 files). Each use parses a tree of its own, which also lets any number of
    /// threads render one body at once.
    private let source: String
    /// Every link and image in the body, with its place in the file, in the order a walk of
    /// the tree meets them.
    public let links: [MarkdownLink]
    /// The file the links' targets were resolved against, if any.
    let resolvedFrom: String?

    fileprivate init(source: String, links: [MarkdownLink], resolvedFrom: String?) {
        self.source = source
        self.links = links
        self.resolvedFrom = resolvedFrom
    }

    /// Runs `body` with a tree of the document, parsed for it and freed after; `body` must not
    /// keep the pointer.
    func withTree<T>(_ body: (OpaquePointer) -> T) -> T {
        let tree = Markdown.tree(source)
        defer { cmark_node_free(tree) }
        return body(tree)
    }
}

public struct MarkdownLink: Sendable, Hashable {
    public let destination: String
    public let position: Position
    public let isImage: Bool
    /// The repository path it points to (`LinkTarget`), when the body's file was given and the
    /// link stays in the site: resolved once with the parse, so that the link check after every
    /// change of the preview only looks paths up.
    public var target: String? = nil
}

public enum Markdown {
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    /// cmark-gfm 0.29 keeps one global table of special characters that every parse with extensions
    /// rewrites (upstream PR #176), so two parses at once can corrupt each other. Parsing is
    /// serialised; rendering a finished tree is safe in parallel.
    private static let parseLock = NSLock()

    private static let registered: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    /// - Parameter firstLine: the file line on which the body starts, so link positions point into the file.
    /// - Parameter path: the body's file, against which relative links are resolved.
    public static func parse(_ source: String, firstLine: Int = 1, path: String? = nil) -> MarkdownDocument {
        _ = registered
        // cmark-gfm reads a NUL as U+FFFD and counts its columns in that text; give it that text,
        // so link columns are counted in the same characters.
        let body = source.utf8.contains(0) ? source.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : source
        let root = tree(body)
        defer { cmark_node_free(root) }
        var links = collectLinks(in: root, body: body, firstLine: firstLine)
        if let path {
            for index in links.indices { links[index].target = LinkTarget.resolve(links[index].destination, from: path) }
        }
        return MarkdownDocument(source: body, links: links, resolvedFrom: path)
    }

    /// A tree of `body`, for the caller to free.
    static func tree(_ body: String) -> OpaquePointer {
        _ = registered
        return parseLock.withLock {
            let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES)!
            defer { cmark_parser_free(parser) }
            for name in extensionNames {
                if let syntaxExtension = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, syntaxExtension)
                }
            }
            body.utf8CString.withUnsafeBufferPointer { buffer in
                cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
            }
            return cmark_parser_finish(parser)!
        }
    }

    private static func collectLinks(in root: OpaquePointer, body: String, firstLine: Int) -> [MarkdownLink] {
        var links: [MarkdownLink] = []
        var columns: CharacterColumns?
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else { continue }
            if columns == nil { columns = CharacterColumns(body) }
            // The autolink extension makes its links without a source position (line 0): they take
            // the place of the nearest enclosing node that has one (their paragraph or cell).
            var placed: OpaquePointer? = node
            while let current = placed, cmark_node_get_start_line(current) <= 0 { placed = cmark_node_parent(current) }
            var line = Int(placed.map(cmark_node_get_start_line) ?? 1)
            // A link whose text runs over more lines gets the line of its closing bracket from
            // cmark-gfm (with the column of its opening one); its text starts where it does.
            if let child = cmark_node_first_child(node), case let childLine = Int(cmark_node_get_start_line(child)), childLine > 0, childLine < line {
                line = childLine
            }
            let byteColumn = Int(placed.map(cmark_node_get_start_column) ?? 1)
            var column = columns!.column(line: line, byteColumn: byteColumn)
            if type == CMARK_NODE_IMAGE {
                // The bracket after the `!`. After a table's delimiter row that ends in a
                // backslash, cmark-gfm places a row's image on that row, past its end (found by
                // the fuzzer): a position stays inside its line.
                column = min(column + 1, columns!.column(line: line, byteColumn: Int(Int32.max)))
            }
            links.append(MarkdownLink(
                destination: String(cString: url),
                position: Position(line: line + firstLine - 1, column: column),
                isImage: type == CMARK_NODE_IMAGE))
        }
        return links
    }
}

/// cmark counts columns in bytes; the model counts characters. The start of every line is found
/// once, and within a line the count goes on from the previous link, since cmark meets the links
/// of a line from left to right: a line with n links costs one pass over it, not n. (A link met
/// before the previous one, as in a footnote definition cmark moved to the end, counts again from
/// its line's start.)
struct CharacterColumns {
    private let text: String
    /// Where each line starts: after each line feed (the line feed is not part of the line).
    private var lineStarts: [String.Index]
    private var line = 0
    private var cursor: String.Index
    /// Characters from the start of `line` to `cursor`.
    private var characters = 0

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()  // so a byte offset becomes an index in constant time
        self.text = text
        var starts = [text.startIndex]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == 0x0A { starts.append(text.utf8.index(text.startIndex, offsetBy: offset)) }
        }
        lineStarts = starts
        cursor = text.startIndex
    }

    /// The 1-based character column of the 1-based byte column `byteColumn` of line `line`.
    mutating func column(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn >= 1 else { return max(byteColumn, 1) }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? text.utf8.index(before: lineStarts[line]) : text.endIndex
        let target = text.utf8.index(start, offsetBy: byteColumn - 1, limitedBy: end) ?? end
        if line != self.line || target < cursor {
            self.line = line
            cursor = start
            characters = 0
        }
        let content = text[start..<end]
        let bytes = text.utf8
        while cursor < target {
            // An ASCII byte before another one (or the line's end) is a whole character, as in
            // nearly every line: the one character of two ASCII bytes, a line feed after a
            // carriage return, is never inside a line. Other text is walked by its characters.
            let next = bytes.index(after: cursor)
            if bytes[cursor] < 0x80, next == end || bytes[next] < 0x80 { cursor = next } else { content.formIndex(after: &cursor) }
            characters += 1
        }
        return characters + 1
    }
}

/// The stored form of a body, for `DecodedStore`: what a parse found, so that it need not be
/// parsed again to be checked.
extension MarkdownDocument {
    func write(to writer: inout ByteWriter) {
        writer.string(source)
        writer.optional(resolvedFrom)
        writer.int(links.count)
        for link in links {
            writer.string(link.destination)
            writer.int(link.position.line)
            writer.int(link.position.column)
            writer.bool(link.isImage)
            writer.optional(link.target)
        }
    }

    static func read(from reader: inout ByteReader) throws -> MarkdownDocument {
        let source = try reader.string()
        let resolvedFrom = try reader.optionalString()
        let links = try (0..<(try reader.count())).map { _ in
            MarkdownLink(destination: try reader.string(), position: Position(line: try reader.int(), column: try reader.int()),
                         isImage: try reader.bool(), target: try reader.optionalString())
        }
        return MarkdownDocument(source: source, links: links, resolvedFrom: resolvedFrom)
    }
}
