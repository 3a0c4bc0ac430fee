/// The type of a content file, given by its folder.
public enum ContentKind: String, Sendable, CaseIterable, Codable {
    case organization, team, person, mandate, story, evaluation, session, page

    public var schema: Schema {
        switch self {
        case .organization: ContentModel.organization
        case .team: ContentModel.team
        case .person: ContentModel.person
        case .mandate: ContentModel.mandate
        case .story: ContentModel.story
        case .evaluation: ContentModel.evaluation
        case .session: ContentModel.session
        case .page: ContentModel.page
        }
    }

    /// The folder under `content/` that holds this type.
    public var folder: String {
        switch self {
        case .organization: ""
        case .team: "teams"
        case .person: "people"
        case .mandate: "mandates"
        case .story: "stories"
        case .evaluation: "evaluations"
        case .session: "sessions"
        case .page: "pages"
        }
    }
}

/// Where a Markdown file sits, and so what it is and what it is called.
struct ContentLocation: Sendable {
    let kind: ContentKind
    let id: String
    /// For evaluations: the team folder and the file name, both checked against the front matter.
    let folderName: String?
    let fileName: String
    /// For pages: the subfolders of `pages/`.
    let sections: [String]
    /// A file name that is not a valid id is reported, but the file is still read and checked.
    var nameFinding: Finding? = nil

    /// Returns the location, or the finding that says why the path is not one.
    static func classify(_ path: String) -> Result<ContentLocation, Finding> {
        // By bytes, as the file system splits a path (and five times faster than by characters:
        // a build with its cache classifies every file again).
        let parts = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { String(Substring($0)) }
        guard parts.count >= 2, parts[0] == "content", let last = parts.last, last.hasSuffix(".md") else {
            return .failure(unknown(path))
        }
        let name = String(last.dropLast(3))
        let inner = Array(parts.dropFirst().dropLast())
        let location: ContentLocation
        switch inner.first {
        case nil where name == "organization":
            return .success(ContentLocation(kind: .organization, id: "organization", folderName: nil, fileName: name, sections: []))
        case "teams"? where inner.count == 1: location = ContentLocation(kind: .team, id: name, folderName: nil, fileName: name, sections: [])
        case "people"? where inner.count == 1: location = ContentLocation(kind: .person, id: name, folderName: nil, fileName: name, sections: [])
        case "mandates"? where inner.count == 1: location = ContentLocation(kind: .mandate, id: name, folderName: nil, fileName: name, sections: [])
        case "stories"? where inner.count == 1: location = ContentLocation(kind: .story, id: name, folderName: nil, fileName: name, sections: [])
        case "sessions"? where inner.count == 1: location = ContentLocation(kind: .session, id: name, folderName: nil, fileName: name, sections: [])
        case "evaluations"? where inner.count == 2:
            let team = inner[1]
            guard Identifier.isValid(team) else {
                return .failure(Finding(.invalidID, path, .file, .folderNotTeamID(folder: team, advice: Identifier.advice(for: team))))
            }
            // An evaluation's name is checked as a date against its `date` field, not as an id.
            return .success(ContentLocation(kind: .evaluation, id: team + "/" + name, folderName: team, fileName: name, sections: []))
        case "pages"?:
            let sections = Array(inner.dropFirst())
            if let bad = sections.first(where: { !Identifier.isValid($0) }) {
                return .failure(Finding(.invalidID, path, .file, .pagesFolderNotID(folder: bad, advice: Identifier.advice(for: bad))))
            }
            location = ContentLocation(kind: .page, id: name, folderName: nil, fileName: name, sections: sections)
        default:
            return .failure(unknown(path))
        }
        var checked = location
        if !Identifier.isValid(name) {
            checked.nameFinding = Finding(.invalidID, path, .file, .fileNameNotID(fileName: last, advice: Identifier.advice(for: name)))
        }
        return .success(checked)
    }

    private static func unknown(_ path: String) -> Finding {
        Finding(.unknownLocation, path, .file, .unknownLocation(path: path))
    }
}
