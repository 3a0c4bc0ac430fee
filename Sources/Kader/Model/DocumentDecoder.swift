/// Turns one file's bytes into a `Document` and the findings about that file alone. Files are
/// independent here, so this runs on all cores.
struct DocumentDecoder {
    let configuration: Configuration

    /// A file that could not be read at all: its one finding (also when its name is wrong), and its
    /// id, so references to it hold.
    func placeholder(path: String, at location: ContentLocation, _ rule: Rule, _ message: Message) -> (Document, [Finding]) {
        (Document(path: path, kind: location.kind, id: location.id, entity: nil, body: nil), [Finding(rule, path, .file, message)])
    }

    func decode(_ file: SourceFile, at location: ContentLocation) -> (Document, [Finding]) {
        let (document, findings, _) = decodeKeepingRecord(file, at: location)
        return (document, findings)
    }

    /// A document from what `DecodedStore` kept of it: a file that decoded without a finding.
    func restore(path: String, at location: ContentLocation, record: Record?, body: MarkdownDocument?) -> Document {
        var findings: [Finding] = []
        let entity = record.flatMap { self.entity(from: $0, at: location, findings: &findings, path: path) }
        return Document(path: path, kind: location.kind, id: location.id, entity: entity, body: body)
    }

    /// The body of a file whose front matter was decoded before (`DecodedStore`), or nil when it
    /// no longer reads as content.
    func body(of file: SourceFile) -> MarkdownDocument? {
        guard case .text(let text) = TextDecoding.decode(file.bytes), case .success(let split) = FrontMatter.split(text) else { return nil }
        return Markdown.parse(split.body, firstLine: split.bodyFirstLine, path: file.path)
    }

    /// `decode`, with the checked front matter the document was made from, for the store.
    func decodeKeepingRecord(_ file: SourceFile, at location: ContentLocation) -> (Document, [Finding], Record?) {
        var findings: [Finding] = location.nameFinding.map { [$0] } ?? []
        // A file that cannot be read as content gives that one finding and no more.
        func unreadable(_ rule: Rule, _ position: Position, _ message: Message) -> (Document, [Finding], Record?) {
            (Document(path: file.path, kind: location.kind, id: location.id, entity: nil, body: nil), [Finding(rule, file.path, position, message)], nil)
        }

        let text: String
        switch TextDecoding.decode(file.bytes) {
        case .invalid(let position):
            return unreadable(.invalidEncoding, position, .invalidEncoding)
        case .text(let decoded):
            text = decoded
        }

        let frontMatter: FrontMatter
        switch FrontMatter.split(text) {
        case .failure(.missing):
            return unreadable(.missingFrontMatter, .file, text.isEmpty ? .emptyFile(kind: location.kind.rawValue) : .noFrontMatter(kind: location.kind.rawValue))
        case .failure(.notClosed):
            return unreadable(.yamlSyntax, .file, .frontMatterNotClosed)
        case .success(let split):
            frontMatter = split
        }

        let root: YAMLNode?
        switch YAMLParser.parse(frontMatter.yaml, firstLine: frontMatter.yamlFirstLine) {
        case .failure(let failure):
            return unreadable(.yamlSyntax, failure.position, failure.message)
        case .success(let node):
            root = node
        }

        var checker = SchemaChecker(file: file.path, scale: configuration.scale)
        let record = checker.check(root: root, against: location.kind.schema)
        findings += checker.findings
        var entity: Entity?
        if let record { entity = self.entity(from: record, at: location, findings: &findings, path: file.path) }
        let body = Markdown.parse(frontMatter.body, firstLine: frontMatter.bodyFirstLine, path: file.path)
        return (Document(path: file.path, kind: location.kind, id: location.id, entity: entity, body: body), findings, record)
    }

    private func entity(from record: Record, at location: ContentLocation, findings: inout [Finding], path: String) -> Entity? {
        switch location.kind {
        case .organization: return .organization(Organization(record))
        case .team: return .team(Team(record))
        case .person: return .person(Person(record))
        case .mandate: return Mandate(record).map(Entity.mandate)
        case .story: return .story(Story(record))
        case .session: return .session(Session(record))
        case .page: return .page(Page(record, sections: location.sections))
        case .evaluation:
            let evaluation = Evaluation(record)
            if let team = evaluation.team, team.value != location.folderName {
                findings.append(Finding(.pathMismatch, path, team.position, .teamDiffersFromFolder(team: team.value, folder: location.folderName ?? "")))
            }
            if let date = evaluation.date, date.value.description != location.fileName {
                let fileIsDate = Day(location.fileName) != nil
                findings.append(Finding(.pathMismatch, path, date.position, fileIsDate
                    ? .dateDiffersFromFileName(date: date.value.description, fileName: location.fileName)
                    : .fileNameNotDate(fileName: location.fileName, date: date.value.description)))
            }
            return .evaluation(evaluation.placed(team: location.folderName, date: location.fileName))
        }
    }
}
