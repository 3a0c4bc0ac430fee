import Foundation
import Testing
@testable import Kader

/// Every rule's sentence in Dutch and English: for each rule, a repository that triggers it and
/// the exact sentence in both languages (issue 13).
@Suite struct FindingLanguageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: Rule
        let files: [String: String]
        var today = "2026-11-22"
        var setup: (@Sendable (FixtureRepository) throws -> Void)?
        /// The finding's sentence without a repository, for what a test cannot cause (a folder
        /// kader may not read, when the tests run as root).
        var message: Message?
        let dutch: String
        let english: String
        var testDescription: String { rule.rawValue }
    }

    static let mandate = "content/mandates/uitgaven.md"

    static func mandate(history: String = "", review: String = "2027-05-01") -> String {
        """
        ---
        title: Uitgaven tot 500 euro
        team: noord
        area: budget
        holder: team
        level: 5
        limit: Tot 500 euro per uitgave.
        since: 2026-05-01
        review: \(review)
        \(history)
        ---
        """
    }

    static let team = """
        ---
        name: Team Noord
        purpose: Thuiszorg in Noord.
        phase: learning
        members: [an, bert]
        roles:
          - id: planner
            name: Planner
            holder: an
        ---
        """

    static let cases: [Case] = [
        Case(rule: .yamlSyntax, files: ["content/people/bert.md": "---\nname: Bert\n\ttitle: Planner\n---\n"],
             dutch: "de front matter is geen geldige YAML: er staat een tab, en YAML laat alleen spaties toe om in te springen; vervang de tab door spaties",
             english: "the front matter is not valid YAML: it uses a tab, and YAML allows only spaces for indentation; replace the tab with spaces"),
        Case(rule: .yamlSyntax, files: ["content/people/bert.md": "---\nname: Bert\nname: Bert\n---\n"],
             dutch: "de sleutel `name` staat meer dan eens in dezelfde mapping; laat er één van staan",
             english: "the key `name` appears more than once in one mapping; keep one of them"),
        Case(rule: .yamlSyntax, files: ["content/people/bert.md": "---\nname: Bert\n"],
             dutch: "de front matter wordt nergens afgesloten; zet een regel `---` na het laatste veld",
             english: "the front matter is never closed; add a line `---` after the last field"),
        Case(rule: .invalidEncoding, files: [:], setup: { try $0.write("content/people/bert.md", Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A])) },
             dutch: "vanaf hier is het bestand geen geldige UTF-8; sla het in je editor op als UTF-8",
             english: "the file is not valid UTF-8 from here on; save it as UTF-8 in your editor"),
        Case(rule: .unsafePath, files: [:], setup: {
                try FileManager.default.createSymbolicLink(atPath: $0.root + "/content/people/weg.md", withDestinationPath: $0.root + "/nergens.md")
             },
             dutch: "`content/people/weg.md` is een symbolische link naar iets wat niet bestaat; verwijder de link of laat hem naar een bestand in de repository wijzen",
             english: "`content/people/weg.md` is a symbolic link whose target does not exist; remove the link or point it at a file inside the repository"),
        Case(rule: .unreadableFile, files: [:], message: .fileUnreadable(reason: .permissionDenied),
             dutch: "het bestand wordt niet gelezen: kader mag het niet lezen (geen toegang); maak het leesbaar, bijvoorbeeld met `chmod a+r`",
             english: "the file is not read: kader may not read it (permission denied); make it readable, e.g. with `chmod a+r`"),
        Case(rule: .fileTooLarge, files: ["content/pages/groot.md": String(repeating: "a", count: 8 * 1024 * 1024 + 1)],
             dutch: "het bestand is 8.388.609 bytes groot, meer dan de 8 MiB (8.388.608 bytes) die kader verwerkt; verdeel het over meerdere pagina's",
             english: "the file is 8,388,609 bytes, more than the 8 MiB (8,388,608 bytes) kader parses; split it into several pages"),
        Case(rule: .missingFrontMatter, files: ["content/people/bert.md": "Bert\n"],
             dutch: "het bestand heeft geen front matter; begin met een regel `---`, dan de velden van een persoon en een afsluitende regel `---`",
             english: "the file has no front matter; start it with a line `---`, the fields of a person, and a closing `---`"),
        Case(rule: .unknownLocation, files: ["content/elders/x.md": "---\ntitle: X\n---\n"],
             dutch: "`content/elders/x.md` staat niet in een map die kader kent; verplaats het naar content/teams/, people/, mandates/, stories/, evaluations/<team>/, sessions/ of pages/",
             english: "`content/elders/x.md` is not in a folder kader knows; move it to content/teams/, people/, mandates/, stories/, evaluations/<team>/, sessions/ or pages/"),
        Case(rule: .invalidID, files: ["content/people/Bert Smit.md": "---\nname: Bert\n---\n"],
             dutch: "de bestandsnaam `Bert Smit.md` is geen geldige id; geef het bestand een andere naam en gebruik alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld `bert-smit`",
             english: "the file name `Bert Smit.md` is not a valid id; rename the file: use lower-case letters, digits and hyphens only, e.g. `bert-smit`"),
        Case(rule: .duplicateID, files: ["content/organization.md": "---\ntitle: K\nmission: M\nvision: V\nvalues:\n  - id: vertrouwen\n    name: A\n  - id: vertrouwen\n    name: B\n---\n"],
             dutch: "de waarde-id `vertrouwen` komt twee keer voor in dit bestand; geef een van de twee een andere id",
             english: "the value id `vertrouwen` is used twice in this file; give one of them another id"),
        Case(rule: .missingField, files: ["content/people/bert.md": "---\ntitle: Planner\n---\n"],
             dutch: "een persoon heeft het veld `name` nodig",
             english: "a person needs the field `name`: the person's name."),
        Case(rule: .missingField, files: ["content/people/bert.md": "---\nname: ''\n---\n"],
             dutch: "`name` is leeg, maar een persoon heeft het nodig; vul het in",
             english: "`name` is empty; a person needs it: the person's name."),
        Case(rule: .missingField, files: ["content/stories/les.md": "---\ntitle: Les\ndate: 2026-10-01\nkind: lesson\n---\n"],
             dutch: "een verhaal met `kind: lesson` heeft het veld `learned` nodig",
             english: "a story whose `kind` is lesson needs the field `learned`: what we learned (lessons)."),
        Case(rule: .wrongType, files: ["content/teams/noord.md": team.replacingOccurrences(of: "members: [an, bert]", with: "members: an")],
             dutch: "`members` moet een lijst zijn, niet `an`",
             english: "`members` should be a list, not `an`"),
        Case(rule: .invalidValue, files: ["content/teams/noord.md": team.replacingOccurrences(of: "phase: learning", with: "phase: lerning")],
             dutch: "`phase` moet design, learning of harvesting zijn, niet `lerning`; bedoel je `learning`?",
             english: "`phase` should be one of design, learning, harvesting, not `lerning`; did you mean `learning`?"),
        Case(rule: .invalidValue, files: ["content/evaluations/noord/2026-11-01.md": "---\nteam: noord\ndate: 2026-11-01\nparticipants: 0\n---\n"],
             dutch: "`participants` moet een geheel getal van 1 tot 1.000 zijn, niet 0",
             english: "`participants` should be a whole number from 1 to 1,000, not 0"),
        Case(rule: .unknownField, files: ["content/teams/noord.md": team.replacingOccurrences(of: "phase: learning", with: "phase: learning\nvaues: [vertrouwen]")],
             dutch: "het veld `vaues` bestaat niet in een team; bedoel je `values`?",
             english: "unknown field `vaues` in a team; did you mean `values`?"),
        Case(rule: .unknownField, files: ["content/people/bert.md": "---\nname: Bert\nhobby: koken\n---\n"],
             dutch: "het veld `hobby` bestaat niet in een persoon; verwijder het, of vergelijk de spelling met het contentmodel",
             english: "unknown field `hobby` in a person; remove it, or check its spelling against the content model"),
        Case(rule: .unknownReference, files: ["content/stories/rooster.md": "---\ntitle: R\ndate: 2026-10-01\nkind: success\nteam: noord\nvalues: [vertrouwn]\n---\n"],
             dutch: "er staat geen waarde `vertrouwn` in content/organization.md; bedoel je `vertrouwen`?",
             english: "there is no value `vertrouwn` in content/organization.md; did you mean `vertrouwen`?"),
        Case(rule: .unknownReference, files: ["content/stories/rooster.md": "---\ntitle: R\ndate: 2026-10-01\nkind: success\nteam: nord\n---\n"],
             dutch: "er is geen team `nord` (er is geen bestand content/teams/nord.md); bedoel je `noord`?",
             english: "there is no team `nord` (no file content/teams/nord.md); did you mean `noord`?"),
        Case(rule: .pathMismatch, files: ["content/evaluations/noord/2026-11-01.md": "---\nteam: noord\ndate: 2026-11-02\nparticipants: 4\n---\n"],
             dutch: "`date: 2026-11-02` klopt niet met de bestandsnaam `2026-11-01.md`; noem het bestand 2026-11-02.md of verbeter `date`",
             english: "`date: 2026-11-02` differs from the file name `2026-11-01.md`; rename the file to 2026-11-02.md or correct `date`"),
        Case(rule: .historyOrder, files: [mandate: mandate(history: "history:\n  - date: 2026-06-01\n    level: 3")],
             dutch: "de stap van 2026-06-01 in `history` ligt niet vóór `since: 2026-05-01`; in `history` staan alleen de eerdere niveaus",
             english: "the history step of 2026-06-01 is not before `since: 2026-05-01`; history holds only the earlier levels"),
        Case(rule: .holderNotMember, files: ["content/people/cor.md": "---\nname: Cor\n---\n",
                                             "content/teams/noord.md": team.replacingOccurrences(of: "holder: an", with: "holder: cor")],
             dutch: "`cor` heeft de rol `planner`, maar is geen lid van dit team; zet `cor` bij `members` of kies een lid",
             english: "`cor` holds the role `planner` but is not a member of this team; add them to `members` or choose a member"),
        Case(rule: .brokenLink, files: ["content/pages/over.md": "---\ntitle: Over\n---\nZie [de regels](regels.md).\n"],
             dutch: "de link naar `regels.md` wijst naar content/pages/regels.md, en dat bestaat niet; verbeter het pad (het vertrekt vanuit dit bestand)",
             english: "the link to `regels.md` points to content/pages/regels.md, which does not exist; correct the path (it is relative to this file)"),
        Case(rule: .reviewOverdue, files: [mandate: mandate(review: "2026-11-01")],
             dutch: "dit mandaat moest op 2026-11-01 herbekeken worden, en sindsdien heeft geen enkele evaluatie van team `noord` dat gedaan; neem het op onder `mandate_reviews` in de volgende evaluatie, of kies een nieuwe `review`-datum",
             english: "the review of this mandate was due on 2026-11-01 and no evaluation of team `noord` since then reviews it; add it under `mandate_reviews` in the next evaluation, or set a new `review` date"),
        Case(rule: .actionOverdue, files: ["content/evaluations/noord/2026-11-01.md": "---\nteam: noord\ndate: 2026-11-01\nparticipants: 4\nactions:\n  - id: bellen\n    title: De huisarts bellen\n    owner: an\n    due: 2026-11-10\n---\n"],
             dutch: "de actie `bellen` (van an) moest klaar zijn op 2026-11-10 en staat nog op open; zet ze op done of dropped, of spreek een nieuwe `due`-datum af",
             english: "the action `bellen` (owner: an) was due on 2026-11-10 and is still open; mark it done or dropped, or agree a new `due` date"),
        Case(rule: .staleTeam, files: [:], today: "2026-12-31",
             dutch: "de laatste evaluatie van team `noord` is van 2026-11-01, 60 dagen geleden (meer dan 42); plan een check-in en zet de evaluatie ervan onder content/evaluations/noord/",
             english: "the latest evaluation of team `noord` is from 2026-11-01, 60 days ago (more than 42); hold a check-in and add it under content/evaluations/noord/"),
        Case(rule: .valueWithoutStory, files: ["content/organization.md": "---\ntitle: K\nmission: M\nvision: V\nvalues:\n  - id: vertrouwen\n    name: Vertrouwen\n  - id: moed\n    name: Moed\n---\n"],
             dutch: "nog geen enkel verhaal laat de waarde `moed` zien; schrijf er een en zet `moed` bij de `values` ervan",
             english: "no story shows the value `moed` yet; write a story and list `moed` under its `values`"),
        Case(rule: .experimentOpenLong, files: ["content/stories/proef.md": "---\ntitle: Proef\ndate: 2026-01-05\nkind: experiment\nteam: noord\nhypothesis: Zelf plannen werkt.\n---\n"],
             dutch: "dit experiment loopt al sinds 2026-01-05, 321 dagen; zet `status: done` met een `outcome` (more, less of stop)",
             english: "this experiment has been running since 2026-01-05, 321 days; set `status: done` with an `outcome` (more, less or stop)"),
        Case(rule: .templateError, files: ["templates/page.mustache": "{{> kopp}}<h1>{{title}}</h1>\n"],
             dutch: "de template gebruikt `kopp`, maar er is geen template kopp.mustache",
             english: "the template uses `kopp`, but there is no template kopp.mustache"),
    ]

    static func finding(for example: Case) throws -> Finding {
        if let message = example.message { return Finding(example.rule, "content/people/an.md", .file, message) }
        let repository = try FixtureRepository(valid: example.files)
        try example.setup?(repository)
        let findings = try repository.findings(today: example.today)
        return try #require(findings.first { $0.rule == example.rule }, "no \(example.rule.rawValue) among \(findings.map(\.summary))")
    }

    @Test(arguments: cases) func everyRuleSpeaksDutchAndEnglish(_ example: Case) throws {
        let finding = try Self.finding(for: example)
        #expect(finding.message(in: .nl) == example.dutch)
        #expect(finding.message(in: .en) == example.english)
        #expect(finding.message == example.english)
    }

    @Test func everyRuleHasACase() {
        let covered = Set(Self.cases.map(\.rule))
        #expect(Set(Rule.allCases).subtracting(covered).isEmpty)
    }

    /// Words of the English templates that a Dutch sentence never needs.
    static let englishWords = ["should", " the ", "did you mean", "there is", "remove", " is not", " needs ", "file name", "folder",
                               "which", " with ", " must ", "could not", "cannot", "choose", " or "]

    /// One of every sentence kader can say, by its facts, so that none is left in English.
    static let everyMessage: [Message] = [
        .folderUnreadable(folder: "content/x", reason: .permissionDenied), .assetUnreadable(reason: .other("I/O error")),
        .fileUnreadable(reason: .permissionDenied), .fileTooLarge(size: 9_000_000), .linkLoop(path: "a"), .linkTargetForbidden(path: "a"),
        .linkTargetMissing(path: "a"), .linkOutside(path: "a", target: "/b"), .invalidEncoding, .configurationInvalidEncoding,
        .emptyFile(kind: "team"), .noFrontMatter(kind: "mandate"), .frontMatterNotClosed,
        .folderNotTeamID(folder: "Noord", advice: .example("noord")), .pagesFolderNotID(folder: "Over Ons", advice: .general),
        .fileNameNotID(fileName: "X.md", advice: .example("x")), .unknownLocation(path: "content/x.md"),
        .teamDiffersFromFolder(team: "zuid", folder: "noord"), .dateDiffersFromFileName(date: "2026-01-02", fileName: "2026-01-01"),
        .fileNameNotDate(fileName: "eerste", date: "2026-01-01"), .duplicateFileID(kind: "person", id: "an", first: "content/people/an.md"),
        .yamlUnreadable(detail: "x"), .yamlTooLarge(nodes: 10_000, depth: 1_000), .yamlTooDeep(depth: 1_000), .yamlKeyNotPlain,
        .yamlAliasUnresolved, .yamlQuoteNotClosed(subject: .frontMatter), .yamlTab(subject: .configuration),
        .yamlInvalid(subject: .frontMatter, problem: "x", hint: .quoteColon), .yamlInvalid(subject: .frontMatter, problem: "x", hint: .indentation),
        .yamlInvalid(subject: .frontMatter, problem: "x", hint: .undefinedAlias), .yamlInvalid(subject: .frontMatter, problem: "x", hint: .general),
        .yamlDuplicateKey(keys: ["a", "b"]), .rootNotMapping(configuration: true, found: .list), .rootNotMapping(configuration: false, found: .scalar("x")),
        .unknownField(field: "x", schema: "history step", suggestion: nil), .requiredFieldEmpty(field: "x", schema: "goal", summary: "y"),
        .missingField(field: "x", schema: "action", summary: "y"),
        .missingConditionalField(field: "outcome", schema: "story", when: [.init(key: "kind", values: ["experiment"]), .init(key: "status", values: ["done", "x"])], summary: "y"),
        .fieldNotApplicable(field: "x", when: [.init(key: "kind", values: ["lesson"])]),
        .wrongType(field: "x", expected: .text, found: .mapping), .wrongType(field: "x", expected: .identifier, found: .list),
        .wrongType(field: "x", expected: .date, found: .list), .wrongType(field: "x", expected: .wholeNumber, found: .list),
        .wrongType(field: "x", expected: .number, found: .list), .wrongType(field: "x", expected: .bool, found: .list),
        .wrongType(field: "x", expected: .list, found: .mapping), .wrongType(field: "x", expected: .severities, found: .list),
        .wrongType(field: "x", expected: .choice(["a", "b"]), found: .list), .wrongType(field: "x", expected: .object(schema: "role"), found: .list),
        .wrongType(field: "x", expected: .keyed(["a", "b"]), found: .list), .invalidIDValue(value: "X", field: "coach", advice: .general),
        .notARealDate(field: "x", value: "y"), .dateOutOfRange(field: "x", value: "3026-01-01"),
        .numberOutOfRange(field: "x", minimum: 1, maximum: 1000, value: "0"), .scoreOutOfRange(field: "x", scale: 5, value: "6"),
        .notAChoice(field: "x", options: ["a", "b"], value: "c", suggestion: nil), .emptyListItem(field: "x"),
        .tooFewItems(field: "x", minimum: 1, count: 0), .tooFewItems(field: "x", minimum: 2, count: 1),
        .unknownKey(key: "x", field: "scores", keys: ["a", "b"], suggestion: "a"), .notARuleID(key: "x", suggestion: nil),
        .invalidSeverity(rule: "stale-team"), .noTeam(id: "x", suggestion: nil), .notAPerson(field: "coach", id: "x", suggestion: nil),
        .noValue(id: "x", suggestion: nil), .noMandate(id: "x", suggestion: "y"), .roleHolderNotMember(holder: "x", role: "y"),
        .mandateHolderNotMember(holder: "x", team: "y"), .unknownHolder(holder: "x", team: "y", suggestion: nil),
        .unknownEscalation(id: "x", team: "y", suggestion: nil), .mandateOfOtherTeam(mandate: "x", owner: "y", team: "z"),
        .duplicateInnerID(kind: "role", id: "x"), .duplicateInnerID(kind: "action", id: "x"), .goalIDUsed(id: "x", owner: "content/teams/noord.md"),
        .brokenLink(destination: "x", target: "y"), .historyStepNotAfter(date: "a", previous: "b"), .historyStepNotBefore(date: "a", since: "b"),
        .statusSinceBeforeSince(statusSince: "a", since: "b"), .reviewOverdue(due: "a", team: "b"),
        .actionOverdue(id: "x", owner: nil, due: "a", status: "doing"), .teamWithoutEvaluation(team: "x"),
        .teamStale(team: "x", latest: "a", days: 50, limit: 42), .valueWithoutStory(value: "x"), .experimentOpenLong(since: "a", days: 100),
        .templateSyntax(detail: "x"), .templateUnreadable(detail: "x"), .missingPartial(partial: "x", suggestion: "y"),
    ]

    @Test(arguments: everyMessage) func noSentenceIsLeftInEnglish(_ message: Message) {
        #expect(message.dutch != message.english)
        for word in Self.englishWords {
            #expect(!message.dutch.contains(word), "“\(message.dutch)” holds the English “\(word)”")
        }
    }

    static let everyUsageMessage: [UsageMessage] = [
        .noFolder(root: "x"), .noContentFolder(root: "x"), .contentUnlistable(root: "x", reason: .permissionDenied),
        .configurationLinkMissing, .configurationNotRegular, .configurationUnreadable(reason: .other("x")), .attentionAlone,
        .notAPeriod(period: "x"), .noTeam(team: "x", suggestion: "y", teams: ["y"]), .noTeam(team: "x", suggestion: nil, teams: []),
        .evaluationNeedsTeam, .sessionNeedsTwoTeams(example: ["a", "b"]), .mandateNeedsTeam, .notAStoryKind(kind: "x", suggestion: nil),
        .newNeedsID(kind: "team"), .invalidNewID(id: "X", advice: .example("x")), .outputIsRepository(output: "x"),
        .outputInsideForbidden(output: "x", folder: "content"), .outputNotFolder(path: "x"), .markerUnreadable(path: "x"),
        .outputUnreadable(output: "x"), .outputNotOurs(output: "x", marker: ".kader-output"), .outputWriteFailed(output: "x", detail: "y"),
        .wouldReplace(path: "x"), .wouldRemove(path: "x"), .couldNotWrite(path: "x", detail: "y"),
        .pageNotWritten(path: "x/handbook/index.html", output: "x", detail: "y"),
    ]

    @Test(arguments: everyUsageMessage) func noUsageErrorIsLeftInEnglish(_ message: UsageMessage) {
        #expect(message.dutch != message.english)
        for word in Self.englishWords {
            #expect(!message.dutch.contains(word), "“\(message.dutch)” holds the English “\(word)”")
        }
    }

    @Test func theSummaryLineCountsInBothLanguages() {
        #expect(FindingFormat.summary(files: 94, errors: 0, warnings: 3, language: .nl) == "94 bestanden gecontroleerd: 0 fouten, 3 waarschuwingen")
        #expect(FindingFormat.summary(files: 1, errors: 1, warnings: 1, language: .nl) == "1 bestand gecontroleerd: 1 fout, 1 waarschuwing")
        #expect(FindingFormat.summary(files: 94, errors: 0, warnings: 3, language: .en) == "94 files checked: 0 errors, 3 warnings")
    }

    @Test func aUsageErrorSpeaksTheLanguageItIsGiven() {
        var error = UsageError(.noFolder(root: "weg"))
        #expect(error.description == "there is no folder `weg`; name the folder of a content repository")
        error.language = .nl
        #expect(error.description == "de map `weg` bestaat niet; geef de map van een contentrepository op")
        #expect(throws: UsageError.self) { try UsageError.speaking(.nl) { try Project(root: "/nonexistent-kader") } }
        do {
            try UsageError.speaking(.nl) { _ = try Project(root: "/nonexistent-kader") }
        } catch {
            #expect("\(error)".hasPrefix("de map `/nonexistent-kader` bestaat niet"))
        }
    }
}
