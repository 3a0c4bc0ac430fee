/// Every finding's sentence in English.
extension Message {
    public var english: String {
        switch self {
        case .verbatim(let text): return text
        case .kept(_, let english, _): return english

        case .folderUnreadable(let folder, let reason):
            return "the folder `\(folder)` is not read: \(reason.english); nothing in it is checked or built until then"
        case .assetUnreadable(let reason): return "the file is not copied to the handbook: \(reason.english)"
        case .fileUnreadable(let reason): return "the file is not read: \(reason.english)"
        case .fileTooLarge(let size):
            return "the file is \(size.grouped) bytes, more than the 8 MiB (8,388,608 bytes) kader parses; split it into several pages"
        case .linkLoop(let path):
            return "`\(path)` is a symbolic link that leads back to itself through links that point at each other; remove one of them"
        case .linkTargetForbidden(let path):
            return "`\(path)` is a symbolic link whose target kader may not look up (permission denied); make its folders readable or remove the link"
        case .linkTargetMissing(let path):
            return "`\(path)` is a symbolic link whose target does not exist; remove the link or point it at a file inside the repository"
        case .linkOutside(let path, let target):
            return "`\(path)` is a symbolic link to `\(target)`, outside the repository, so it is not read; copy the file into the repository instead"
        case .invalidEncoding: return "the file is not valid UTF-8 from here on; save it as UTF-8 in your editor"
        case .configurationInvalidEncoding: return "kader.yml is not valid UTF-8 here; save it as UTF-8"
        case .emptyFile(let kind):
            return "the file is empty; start it with a line `---`, the fields of a \(kind), and a closing `---`"
        case .noFrontMatter(let kind):
            return "the file has no front matter; start it with a line `---`, the fields of a \(kind), and a closing `---`"
        case .frontMatterNotClosed: return "the front matter is never closed; add a line `---` after the last field"

        case .folderNotTeamID(let folder, let advice): return "the folder `\(folder)` is not a valid team id; \(advice.english)"
        case .pagesFolderNotID(let folder, let advice): return "the folder `\(folder)` under pages/ is not a valid id; \(advice.english)"
        case .fileNameNotID(let fileName, let advice): return "the file name `\(fileName)` is not a valid id; rename the file: \(advice.english)"
        case .unknownLocation(let path):
            return "`\(path)` is not in a folder kader knows; move it to content/teams/, people/, mandates/, stories/, evaluations/<team>/, sessions/ or pages/"
        case .teamDiffersFromFolder(let team, let folder):
            return "`team: \(team)` differs from the folder `\(folder)` this file is in; move the file to evaluations/\(team)/ or correct `team`"
        case .dateDiffersFromFileName(let date, let fileName):
            return "`date: \(date)` differs from the file name `\(fileName).md`; rename the file to \(date).md or correct `date`"
        case .fileNameNotDate(let fileName, let date):
            return "the file name `\(fileName).md` is not a date; rename the file to \(date).md"
        case .duplicateFileID(let kind, let id, let first):
            return "another \(kind) already has the id `\(id)` (\(first)); give this file another name"

        case .yamlUnreadable(let detail): return "the YAML could not be read: \(detail)"
        case .yamlTooLarge(let nodes, let depth):
            return "the YAML expands to more than \(nodes) values or \(depth) levels (through aliases or nesting), which kader refuses to expand; write the values out plainly"
        case .yamlTooDeep(let depth): return "the YAML is nested more than \(depth) levels deep, which kader refuses to read; flatten it"
        case .yamlKeyNotPlain: return "a key must be a plain name, not a list or a mapping"
        case .yamlAliasUnresolved: return "the alias could not be resolved"
        case .yamlQuoteNotClosed(let subject):
            return "\(subject.english) is not valid YAML: this quote is never closed; add the closing quote at the end of the text"
        case .yamlTab(let subject):
            return "\(subject.english) is not valid YAML: it uses a tab, and YAML allows only spaces for indentation; replace the tab with spaces"
        case .yamlInvalid(let subject, let problem, let hint):
            return "\(subject.english) is not valid YAML: \(problem)\(hint.english)"
        case .yamlDuplicateKey(let keys):
            return "the key \(keys.map { "`\($0)`" }.joined(separator: ", ")) appears more than once in one mapping; keep one of them"

        case .rootNotMapping(let configuration, let found):
            return "the \(configuration ? "file" : "front matter") should be a list of `field: value` lines, not \(found.english)"
        case .unknownField(let field, let schema, let suggestion):
            return "unknown field `\(field)` in a \(schema)\(suggestion.map(Self.didYouMean) ?? "; remove it, or check its spelling against the content model")"
        case .requiredFieldEmpty(let field, let schema, let summary):
            return "`\(field)` is empty; a \(schema) needs it: \(summary)"
        case .missingField(let field, let schema, let summary):
            return "a \(schema) needs the field `\(field)`: \(summary)"
        case .missingConditionalField(let field, let schema, let when, let summary):
            return "a \(schema) whose \(Self.explain(when)) needs the field `\(field)`\(summary.map { ": " + $0 } ?? "")"
        case .fieldNotApplicable(let field, let when):
            return "`\(field)` applies only when \(Self.explain(when)); remove it here"
        case .wrongType(let field, let expected, let found):
            return "`\(field)` should be \(expected.english), not \(found.english)"
        case .invalidIDValue(let value, let field, let advice):
            return "`\(value)` is not a valid id for `\(field)`; \(advice.english)"
        case .notARealDate(let field, let value): return "`\(field)` should be a real date written as YYYY-MM-DD, not `\(value)`"
        case .dateOutOfRange(let field, let value):
            return "`\(field)` is \(value), which lies outside 1900-01-01 to 2199-12-31; check the year for a typo"
        case .numberOutOfRange(let field, let minimum, let maximum, let value):
            return "`\(field)` should be a whole number from \(minimum.grouped) to \(maximum.grouped), not \(value)"
        case .scoreOutOfRange(let field, let scale, let value):
            return "`\(field)` should be a score from 1 to \(scale) (the scale in kader.yml), not \(value)"
        case .notAChoice(let field, let options, let value, let suggestion):
            return "`\(field)` should be one of \(options.joined(separator: ", ")), not `\(value)`\(suggestion.map(Self.didYouMean) ?? "")"
        case .emptyListItem(let field): return "`\(field)` has an empty item; remove the lone `-` or give it a value"
        case .tooFewItems(let field, let minimum, let count):
            return "`\(field)` needs at least \(minimum) item\(minimum == 1 ? "" : "s"), but has \(count)"
        case .unknownKey(let key, let field, let keys, let suggestion):
            return "unknown key `\(key)` in `\(field)`; use \(keys.joined(separator: ", "))\(suggestion.map(Self.didYouMean) ?? "")"
        case .notARuleID(let key, let suggestion):
            return "`\(key)` is not a rule id\(suggestion.map(Self.didYouMean) ?? "; the rule ids are listed in the README")"
        case .invalidSeverity(let rule): return "the severity of `\(rule)` should be error, warning or off"

        case .noTeam(let id, let suggestion):
            return "there is no team `\(id)` (no file content/teams/\(id).md)\(suggestion.map(Self.didYouMean) ?? "")"
        case .notAPerson(let field, let id, let suggestion):
            return "`\(field): \(id)` is not a person: there is no content/people/\(id).md and no team lists them as a member\(suggestion.map(Self.didYouMean) ?? "")"
        case .noValue(let id, let suggestion):
            return "there is no value `\(id)` in content/organization.md\(suggestion.map(Self.didYouMean) ?? "")"
        case .noMandate(let id, let suggestion): return "there is no mandate `\(id)`\(suggestion.map(Self.didYouMean) ?? "")"
        case .roleHolderNotMember(let holder, let role):
            return "`\(holder)` holds the role `\(role)` but is not a member of this team; add them to `members` or choose a member"
        case .mandateHolderNotMember(let holder, let team):
            return "`\(holder)` holds this mandate but is not a member of team `\(team)`; use `team`, a role of the team, or a member"
        case .unknownHolder(let holder, let team, let suggestion):
            return "`holder: \(holder)` is not `team`, a role of team `\(team)` or a person\(suggestion.map(Self.didYouMean) ?? "")"
        case .unknownEscalation(let id, let team, let suggestion):
            return "`escalate_to: \(id)` is neither a role of team `\(team)` nor a person\(suggestion.map(Self.didYouMean) ?? "")"
        case .mandateOfOtherTeam(let mandate, let owner, let team):
            return "the mandate `\(mandate)` belongs to team `\(owner)`, not `\(team)`; review it in an evaluation of that team"
        case .duplicateInnerID(let kind, let id): return "the \(kind) id `\(id)` is used twice in this file; give one of them another id"
        case .goalIDUsed(let id, let owner):
            return "the goal id `\(id)` is already used in \(owner); goal ids are shared by the organization and all teams, so choose another"
        case .brokenLink(let destination, let target):
            return "the link to `\(destination)` points to \(target), which does not exist; correct the path (it is relative to this file)"

        case .historyStepNotAfter(let date, let previous):
            return "the history step of \(date) does not come after the one of \(previous); list the steps oldest first, each on its own date"
        case .historyStepNotBefore(let date, let since):
            return "the history step of \(date) is not before `since: \(since)`; history holds only the earlier levels"
        case .statusSinceBeforeSince(let statusSince, let since):
            return "`status_since: \(statusSince)` lies before `since: \(since)`; a status changes on or after the current level took effect"
        case .reviewOverdue(let due, let team):
            return "the review of this mandate was due on \(due) and no evaluation of team `\(team)` since then reviews it; add it under `mandate_reviews` in the next evaluation, or set a new `review` date"
        case .actionOverdue(let id, let owner, let due, let status):
            return "the action `\(id)`\(owner.map { " (owner: \($0))" } ?? "") was due on \(due) and is still \(status); mark it done or dropped, or agree a new `due` date"
        case .teamWithoutEvaluation(let team): return "team `\(team)` has no evaluation yet; add one under content/evaluations/\(team)/"
        case .teamStale(let team, let latest, let days, let limit):
            return "the latest evaluation of team `\(team)` is from \(latest), \(days) days ago (more than \(limit)); hold a check-in and add it under content/evaluations/\(team)/"
        case .valueWithoutStory(let value):
            return "no story shows the value `\(value)` yet; write a story and list `\(value)` under its `values`"
        case .experimentOpenLong(let since, let days):
            return "this experiment has been running since \(since), \(days) days; set `status: done` with an `outcome` (more, less or stop)"

        case .templateSyntax(let detail): return "the template cannot be read: \(detail); check the `{{` and `}}` around this place"
        case .templateUnreadable(let detail): return "the template cannot be read: \(detail)"
        case .missingPartial(let partial, let suggestion):
            return "the template uses `\(partial)`, but there is no template \(partial).mustache\(suggestion.map(Self.didYouMean) ?? "")"
        }
    }

    static func didYouMean(_ name: String) -> String { "; did you mean `\(name)`?" }

    private static func explain(_ conditions: [Condition]) -> String {
        conditions.map { "`\($0.key)` is \($0.values.joined(separator: " or "))" }.joined(separator: " and ")
    }
}

extension Message.ReadFailure {
    var english: String {
        switch self {
        case .permissionDenied: "kader may not read it (permission denied); make it readable, e.g. with `chmod a+r`"
        case .other(let system): "it could not be read (\(system))"
        }
    }
}

extension Message.IDAdvice {
    var english: String {
        switch self {
        case .example(let id): "use lower-case letters, digits and hyphens only, e.g. `\(id)`"
        case .general: "use lower-case letters a-z, digits and hyphens only, starting with a letter or digit"
        }
    }
}

extension Message.YAMLSubject {
    var english: String { self == .frontMatter ? "the front matter" : "kader.yml" }
}

extension Message.YAMLHint {
    var english: String {
        switch self {
        case .quoteColon: "; a text that contains `: ` must be put in quotes"
        case .indentation: "; check the indentation of this line against the lines above"
        case .undefinedAlias: "; define the anchor (`&name`) before using `*name`"
        case .general: "; check this line for a missing quote, colon or indentation"
        }
    }
}

extension Message.NodeDescription {
    var english: String {
        switch self {
        case .scalar(let text): "`\(text)`"
        case .list: "a list"
        case .mapping: "a mapping (`key: value` lines)"
        }
    }
}

extension Message.Expected {
    var english: String {
        switch self {
        case .text: "text"
        case .identifier: "an id"
        case .date: "a date (YYYY-MM-DD)"
        case .wholeNumber: "a whole number"
        case .number: "a number"
        case .bool: "true or false"
        case .list: "a list"
        case .severities: "a mapping of rule ids to error, warning or off"
        case .choice(let options): "one of \(options.joined(separator: ", "))"
        case .object(let schema): "a \(schema) with `field: value` lines"
        case .keyed(let keys): "a mapping of \(keys.joined(separator: ", "))"
        }
    }
}

extension UsageMessage {
    public var english: String {
        switch self {
        case .verbatim(let text): text
        case .noFolder(let root): "there is no folder `\(root)`; name the folder of a content repository"
        case .noContentFolder(let root): "`\(root)` has no content/ folder; run kader in a content repository, or create one with `kader init`"
        case .contentUnlistable(let root, let reason): "`\(root)/content` cannot be listed: \(reason.english)"
        case .configurationLinkMissing: "kader.yml is a symbolic link whose target does not exist; remove it or point it at a file"
        case .configurationNotRegular: "kader.yml is not a regular file (it is a folder, a pipe or a device); replace it with a text file"
        case .configurationUnreadable(let reason): "kader.yml cannot be read: \(reason.english)"
        case .attentionAlone: "`--attention` is the organization's list and takes no `--team` or `--period`; leave those out"
        case .notAPeriod(let period): "`--period \(period)` is not a period; write a month as 2026-10 or a quarter as 2026-Q4"
        case .noTeam(let team, let suggestion, let teams):
            "there is no team `\(team)`\(suggestion.map(Message.didYouMean) ?? "")\(teams.isEmpty ? "; create one first with kader new team ID" : "; the teams are " + teams.joined(separator: ", "))"
        case .evaluationNeedsTeam: "a new evaluation needs its team: add --team and a team id"
        case .sessionNeedsTwoTeams(let example):
            "a joint session needs at least two teams at the table; name them with --teams, e.g. --teams \(example.joined(separator: ","))"
        case .mandateNeedsTeam: "a new mandate needs the team it is handed to: add --team and a team id"
        case .notAStoryKind(let kind, let suggestion):
            "--kind should be success, lesson or experiment, not `\(kind)`\(suggestion.map(Message.didYouMean) ?? "")"
        case .newNeedsID(let kind): "name the new \(kind): kader new \(kind) ID (lower-case letters, digits and hyphens)"
        case .invalidNewID(let id, let advice): "`\(id)` is not a valid id; \(advice.english)"
        case .outputIsRepository(let output):
            "the output folder `\(output)` is the repository or a folder that contains it; choose a folder inside it, such as output/"
        case .outputInsideForbidden(let output, let folder):
            "the output folder `\(output)` is inside \(folder)/, which kader never writes to; choose another folder, such as output/"
        case .outputNotFolder(let path): "`\(path)` exists and is not a folder; kader never overwrites a file it did not write: choose another output folder"
        case .markerUnreadable(let path):
            "`\(path)` cannot be read; kader needs it to know which files it wrote: remove the output folder or fix its permissions"
        case .outputUnreadable(let output): "the output folder `\(output)` cannot be read; check its permissions or choose another folder"
        case .outputNotOurs(let output, let marker):
            "the output folder `\(output)` is not empty and was not written by kader (it has no \(marker)), so kader leaves it alone; choose an empty or new folder, or pass --force to write kader's files beside the ones there"
        case .outputWriteFailed(let output, let detail): "could not write the output folder `\(output)`: \(detail)"
        case .wouldReplace(let path): "`\(path)` was not written by kader, and building would replace it; move it out of the output folder, then build again"
        case .wouldRemove(let path): "`\(path)` was not written by kader, and building would remove it; move it out of the output folder, then build again"
        case .couldNotWrite(let path, let detail): "could not write \(path): \(detail)"
        case .pageNotWritten(let path, let output, let detail):
            "could not write `\(path)` (\(detail)), so nothing in `\(output)` was changed. Make sure the disk has room and the folder may be written, or give another folder with --output"
        }
    }
}

extension CommandMessage {
    public var english: String {
        switch self {
        case .summary(let files, let errors, let warnings):
            "\(files) file\(files == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        case .nothingWritten: "Nothing was written: fix the errors above first."
        case .noReport: "No report: fix the errors above first."
        case .wrote(let count, let folder): "Wrote \(count) files to \(folder)/"
        case .alreadyExists(let path): "\(path) already exists; nothing was written"
        case .upToDate(let folder): "\(folder)/ is up to date: the content, templates, kader.yml and date are those of the last build, so nothing was written (--no-cache builds everything again)."
        case .cacheUnusable(let path, let problem):
            "Note: the build cache \(path) was not used, since " + {
                switch problem {
                case .unreadable: "it cannot be read"
                case .foreign: "it is not a build record of this kader"
                case .outputChanged: "the output folder changed after the last build"
                }
            }() + "; everything was built again."
        }
    }
}
