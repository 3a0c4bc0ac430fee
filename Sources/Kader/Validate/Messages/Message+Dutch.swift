/// Every finding's sentence in Dutch, as a coach says it: not word for word from the English.
/// Field names, values and rule ids stay as they are written in the files.
extension Message {
    public var dutch: String {
        switch self {
        case .verbatim(let text): return text
        case .kept(let dutch, _, _): return dutch

        case .folderUnreadable(let folder, let reason):
            return "de map `\(folder)` wordt niet gelezen: \(reason.dutch); wat erin staat, wordt niet gecontroleerd en niet gebouwd tot dat opgelost is"
        case .assetUnreadable(let reason): return "het bestand wordt niet naar het handboek gekopieerd: \(reason.dutch)"
        case .fileUnreadable(let reason): return "het bestand wordt niet gelezen: \(reason.dutch)"
        case .fileTooLarge(let size):
            return "het bestand is \(Self.number(size)) bytes groot, meer dan de 8 MiB (8.388.608 bytes) die kader verwerkt; verdeel het over meerdere pagina's"
        case .linkLoop(let path):
            return "`\(path)` is een symbolische link die via andere links weer bij zichzelf uitkomt; verwijder een van die links"
        case .linkTargetForbidden(let path):
            return "`\(path)` is een symbolische link waarvan kader het doel niet mag opzoeken (geen toegang); maak de mappen leesbaar of verwijder de link"
        case .linkTargetMissing(let path):
            return "`\(path)` is een symbolische link naar iets wat niet bestaat; verwijder de link of laat hem naar een bestand in de repository wijzen"
        case .linkOutside(let path, let target):
            return "`\(path)` is een symbolische link naar `\(target)`, buiten de repository, en wordt daarom niet gelezen; kopieer het bestand liever in de repository"
        case .invalidEncoding: return "vanaf hier is het bestand geen geldige UTF-8; sla het in je editor op als UTF-8"
        case .configurationInvalidEncoding: return "kader.yml is hier geen geldige UTF-8; sla het op als UTF-8"
        case .emptyFile(let kind):
            return "het bestand is leeg; begin met een regel `---`, dan de velden van \(Self.noun(kind)) en een afsluitende regel `---`"
        case .noFrontMatter(let kind):
            return "het bestand heeft geen front matter; begin met een regel `---`, dan de velden van \(Self.noun(kind)) en een afsluitende regel `---`"
        case .frontMatterNotClosed: return "de front matter wordt nergens afgesloten; zet een regel `---` na het laatste veld"

        case .folderNotTeamID(let folder, let advice): return "de mapnaam `\(folder)` is geen geldige team-id; \(advice.dutch)"
        case .pagesFolderNotID(let folder, let advice): return "de map `\(folder)` onder pages/ heeft geen geldige id als naam; \(advice.dutch)"
        case .fileNameNotID(let fileName, let advice): return "de bestandsnaam `\(fileName)` is geen geldige id; geef het bestand een andere naam en \(advice.dutch)"
        case .unknownLocation(let path):
            return "`\(path)` staat niet in een map die kader kent; verplaats het naar content/teams/, people/, mandates/, stories/, evaluations/<team>/, sessions/ of pages/"
        case .teamDiffersFromFolder(let team, let folder):
            return "`team: \(team)` klopt niet met de map `\(folder)` waar dit bestand in staat; verplaats het bestand naar evaluations/\(team)/ of verbeter `team`"
        case .dateDiffersFromFileName(let date, let fileName):
            return "`date: \(date)` klopt niet met de bestandsnaam `\(fileName).md`; noem het bestand \(date).md of verbeter `date`"
        case .fileNameNotDate(let fileName, let date):
            return "de bestandsnaam `\(fileName).md` is geen datum; noem het bestand \(date).md"
        case .duplicateFileID(let kind, let id, let first):
            return "er is al \(Self.noun(kind)) met de id `\(id)` (\(first)); geef dit bestand een andere naam"

        case .yamlUnreadable(let detail): return "de YAML kon niet gelezen worden: \(detail)"
        case .yamlTooLarge(let nodes, let depth):
            return "de YAML groeit uit tot meer dan \(Self.number(nodes)) waarden of \(depth) niveaus (via aliassen of nesting), en dat weigert kader uit te werken; schrijf de waarden gewoon uit"
        case .yamlTooDeep(let depth): return "de YAML is meer dan \(depth) niveaus diep genest, en dat weigert kader te lezen; maak het minder diep"
        case .yamlKeyNotPlain: return "een sleutel moet een gewone naam zijn, geen lijst of mapping"
        case .yamlAliasUnresolved: return "de alias verwijst naar niets wat kader kan vinden"
        case .yamlQuoteNotClosed(let subject):
            return "\(subject.dutch) is geen geldige YAML: dit aanhalingsteken wordt nooit gesloten; zet het sluitende aanhalingsteken aan het einde van de tekst"
        case .yamlTab(let subject):
            return "\(subject.dutch) is geen geldige YAML: er staat een tab, en YAML laat alleen spaties toe om in te springen; vervang de tab door spaties"
        case .yamlInvalid(let subject, let problem, let hint):
            return "\(subject.dutch) is geen geldige YAML (\(problem))\(hint.dutch)"
        case .yamlDuplicateKey(let keys):
            return "\(keys.count == 1 ? "de sleutel" : "de sleutels") \(listed(keys.map { "`\($0)`" }, "en")) \(keys.count == 1 ? "staat" : "staan") meer dan eens in dezelfde mapping; laat er één van staan"

        case .rootNotMapping(let configuration, let found):
            return "\(configuration ? "het bestand" : "de front matter") moet bestaan uit regels `veld: waarde`, niet uit \(found.dutch)"
        case .unknownField(let field, let schema, let suggestion):
            return "het veld `\(field)` bestaat niet in \(Self.noun(schema))\(suggestion.map(Self.bedoelJe) ?? "; verwijder het, of vergelijk de spelling met het contentmodel")"
        case .requiredFieldEmpty(let field, let schema, _):
            return "`\(field)` is leeg, maar \(Self.noun(schema)) heeft het nodig; vul het in"
        case .missingField(let field, let schema, _):
            return "\(Self.noun(schema)) heeft het veld `\(field)` nodig"
        case .missingConditionalField(let field, let schema, let when, _):
            return "\(Self.noun(schema)) met \(Self.explain(when)) heeft het veld `\(field)` nodig"
        case .fieldNotApplicable(let field, let when):
            return "`\(field)` hoort alleen bij \(Self.explain(when)); haal het hier weg"
        case .wrongType(let field, let expected, let found):
            return "`\(field)` moet \(expected.dutch) zijn, niet \(found.dutch)"
        case .invalidIDValue(let value, let field, let advice):
            return "`\(value)` is geen geldige id voor `\(field)`; \(advice.dutch)"
        case .notARealDate(let field, let value): return "`\(field)` moet een bestaande datum zijn in de vorm JJJJ-MM-DD, niet `\(value)`"
        case .dateOutOfRange(let field, let value):
            return "`\(field)` is \(value), en dat valt buiten 1900-01-01 tot 2199-12-31; kijk het jaartal na op een tikfout"
        case .numberOutOfRange(let field, let minimum, let maximum, let value):
            return "`\(field)` moet een geheel getal van \(Self.number(minimum)) tot \(Self.number(maximum)) zijn, niet \(value)"
        case .scoreOutOfRange(let field, let scale, let value):
            return "`\(field)` moet een score van 1 tot \(scale) zijn (de schaal in kader.yml), niet \(value)"
        case .notAChoice(let field, let options, let value, let suggestion):
            return "`\(field)` moet \(listed(options, "of")) zijn, niet `\(value)`\(suggestion.map(Self.bedoelJe) ?? "")"
        case .emptyListItem(let field): return "`\(field)` heeft een leeg item; haal de losse `-` weg of geef het een waarde"
        case .tooFewItems(let field, let minimum, let count):
            return "`\(field)` heeft minstens \(minimum) \(minimum == 1 ? "item" : "items") nodig, maar heeft er \(count)"
        case .unknownKey(let key, let field, let keys, let suggestion):
            return "de sleutel `\(key)` bestaat niet in `\(field)`; gebruik \(listed(keys, "of"))\(suggestion.map(Self.bedoelJe) ?? "")"
        case .notARuleID(let key, let suggestion):
            return "`\(key)` is geen regel-id\(suggestion.map(Self.bedoelJe) ?? "; de regel-id's staan in de README")"
        case .invalidSeverity(let rule): return "het niveau van `\(rule)` moet error, warning of off zijn"

        case .noTeam(let id, let suggestion):
            return "er is geen team `\(id)` (er is geen bestand content/teams/\(id).md)\(suggestion.map(Self.bedoelJe) ?? "")"
        case .notAPerson(let field, let id, let suggestion):
            return "`\(field): \(id)` is geen persoon: er is geen content/people/\(id).md en geen enkel team heeft `\(id)` als lid\(suggestion.map(Self.bedoelJe) ?? "")"
        case .noValue(let id, let suggestion):
            return "er staat geen waarde `\(id)` in content/organization.md\(suggestion.map(Self.bedoelJe) ?? "")"
        case .noMandate(let id, let suggestion): return "er is geen mandaat `\(id)`\(suggestion.map(Self.bedoelJe) ?? "")"
        case .roleHolderNotMember(let holder, let role):
            return "`\(holder)` heeft de rol `\(role)`, maar is geen lid van dit team; zet `\(holder)` bij `members` of kies een lid"
        case .mandateHolderNotMember(let holder, let team):
            return "`\(holder)` draagt dit mandaat, maar is geen lid van team `\(team)`; kies `team`, een rol van het team of een lid"
        case .unknownHolder(let holder, let team, let suggestion):
            return "`holder: \(holder)` is niet `team`, geen rol van team `\(team)` en ook geen persoon\(suggestion.map(Self.bedoelJe) ?? "")"
        case .unknownEscalation(let id, let team, let suggestion):
            return "`escalate_to: \(id)` is geen rol van team `\(team)` en ook geen persoon\(suggestion.map(Self.bedoelJe) ?? "")"
        case .mandateOfOtherTeam(let mandate, let owner, let team):
            return "het mandaat `\(mandate)` hoort bij team `\(owner)`, niet bij `\(team)`; bespreek het in een evaluatie van dat team"
        case .duplicateInnerID(let kind, let id):
            return "de \(Self.bare(kind))-id `\(id)` komt twee keer voor in dit bestand; geef een van de twee een andere id"
        case .goalIDUsed(let id, let owner):
            return "de doel-id `\(id)` wordt al gebruikt in \(owner); de organisatie en alle teams delen hun doel-id's, dus kies een andere"
        case .brokenLink(let destination, let target):
            return "de link naar `\(destination)` wijst naar \(target), en dat bestaat niet; verbeter het pad (het vertrekt vanuit dit bestand)"

        case .historyStepNotAfter(let date, let previous):
            return "de stap van \(date) in `history` komt niet na die van \(previous); zet de stappen van oud naar nieuw, elk op een eigen datum"
        case .historyStepNotBefore(let date, let since):
            return "de stap van \(date) in `history` ligt niet vóór `since: \(since)`; in `history` staan alleen de eerdere niveaus"
        case .statusSinceBeforeSince(let statusSince, let since):
            return "`status_since: \(statusSince)` ligt vóór `since: \(since)`; een status verandert pas op of na de dag waarop het huidige niveau inging"
        case .reviewOverdue(let due, let team):
            return "dit mandaat moest op \(due) herbekeken worden, en sindsdien heeft geen enkele evaluatie van team `\(team)` dat gedaan; neem het op onder `mandate_reviews` in de volgende evaluatie, of kies een nieuwe `review`-datum"
        case .actionOverdue(let id, let owner, let due, let status):
            return "de actie `\(id)`\(owner.map { " (van \($0))" } ?? "") moest klaar zijn op \(due) en staat nog op \(status); zet ze op done of dropped, of spreek een nieuwe `due`-datum af"
        case .teamWithoutEvaluation(let team): return "team `\(team)` heeft nog geen evaluatie; voeg er een toe onder content/evaluations/\(team)/"
        case .teamStale(let team, let latest, let days, let limit):
            return "de laatste evaluatie van team `\(team)` is van \(latest), \(days) dagen geleden (meer dan \(limit)); plan een check-in en zet de evaluatie ervan onder content/evaluations/\(team)/"
        case .valueWithoutStory(let value):
            return "nog geen enkel verhaal laat de waarde `\(value)` zien; schrijf er een en zet `\(value)` bij de `values` ervan"
        case .experimentOpenLong(let since, let days):
            return "dit experiment loopt al sinds \(since), \(days) dagen; zet `status: done` met een `outcome` (more, less of stop)"

        case .templateSyntax(let detail): return "de template kan niet gelezen worden (\(detail)); kijk de `{{` en `}}` rond deze plek na"
        case .templateUnreadable(let detail): return "de template kan niet gelezen worden: \(detail)"
        case .missingPartial(let partial, let suggestion):
            return "de template gebruikt `\(partial)`, maar er is geen template \(partial).mustache\(suggestion.map(Self.bedoelJe) ?? "")"
        }
    }

    static func bedoelJe(_ name: String) -> String { "; bedoel je `\(name)`?" }

    /// 1.000.000: Dutch groups thousands with a dot.
    static func number(_ value: Int) -> String { value.grouped.replacingOccurrences(of: ",", with: ".") }

    /// The Dutch word for a kind of file or a schema, without article.
    static func bare(_ name: String) -> String {
        switch name {
        case "organization": "organisatie"
        case "team": "team"
        case "person": "persoon"
        case "mandate": "mandaat"
        case "story": "verhaal"
        case "evaluation": "evaluatie"
        case "session": "sessie"
        case "page": "pagina"
        case "action": "actie"
        case "goal": "doel"
        case "value": "waarde"
        case "role": "rol"
        case "history step": "stap in `history`"
        case "mandate review": "mandaatreview"
        default: name
        }
    }

    /// "een team", "een persoon"; kader.yml is named as it is.
    static func noun(_ name: String) -> String {
        name == "kader.yml" ? "kader.yml" : "een " + bare(name)
    }

    /// "`status: done`", or "`kind` gelijk aan experiment of lesson", joined with "en".
    private static func explain(_ conditions: [Condition]) -> String {
        conditions.map { condition in
            condition.values.count == 1
                ? "`\(condition.key): \(condition.values[0])`"
                : "`\(condition.key)` gelijk aan \(listed(condition.values, "of"))"
        }.joined(separator: " en ")
    }
}

extension Message.ReadFailure {
    var dutch: String {
        switch self {
        case .permissionDenied: "kader mag het niet lezen (geen toegang); maak het leesbaar, bijvoorbeeld met `chmod a+r`"
        case .other(let system): "het kon niet gelezen worden (\(system))"
        }
    }
}

extension Message.IDAdvice {
    var dutch: String {
        switch self {
        case .example(let id): "gebruik alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld `\(id)`"
        case .general: "gebruik alleen kleine letters a-z, cijfers en koppeltekens, en begin met een letter of een cijfer"
        }
    }
}

extension Message.YAMLSubject {
    var dutch: String { self == .frontMatter ? "de front matter" : "kader.yml" }
}

extension Message.YAMLHint {
    var dutch: String {
        switch self {
        case .quoteColon: "; een tekst met `: ` erin moet tussen aanhalingstekens staan"
        case .indentation: "; vergelijk hoe ver deze regel inspringt met de regels erboven"
        case .undefinedAlias: "; definieer het anker (`&naam`) voor je `*naam` gebruikt"
        case .general: "; kijk deze regel na op een ontbrekend aanhalingsteken, een dubbelpunt of het inspringen"
        }
    }
}

extension Message.NodeDescription {
    var dutch: String {
        switch self {
        case .scalar(let text): "`\(text)`"
        case .list: "een lijst"
        case .mapping: "een mapping (regels `sleutel: waarde`)"
        }
    }
}

extension Message.Expected {
    var dutch: String {
        switch self {
        case .text: "tekst"
        case .identifier: "een id"
        case .date: "een datum (JJJJ-MM-DD)"
        case .wholeNumber: "een geheel getal"
        case .number: "een getal"
        case .bool: "true of false"
        case .list: "een lijst"
        case .severities: "een mapping van regel-id's naar error, warning of off"
        case .choice(let options): listed(options, "of")
        case .object(let schema): "\(Message.noun(schema)) met regels `veld: waarde`"
        case .keyed(let keys): "een mapping met \(listed(keys, "of"))"
        }
    }
}

extension UsageMessage {
    public var dutch: String {
        switch self {
        case .verbatim(let text): text
        case .noFolder(let root): "de map `\(root)` bestaat niet; geef de map van een contentrepository op"
        case .noContentFolder(let root): "`\(root)` heeft geen map content/; start kader in een contentrepository, of maak er een met `kader init`"
        case .contentUnlistable(let root, let reason): "de inhoud van `\(root)/content` kan niet opgesomd worden: \(reason.dutch)"
        case .configurationLinkMissing: "kader.yml is een symbolische link naar iets wat niet bestaat; verwijder hem of laat hem naar een bestand wijzen"
        case .configurationNotRegular: "kader.yml is geen gewoon bestand (maar een map, een pipe of een apparaat); vervang het door een tekstbestand"
        case .configurationUnreadable(let reason): "kader.yml kan niet gelezen worden: \(reason.dutch)"
        case .attentionAlone: "`--attention` is de lijst van de hele organisatie en werkt niet samen met `--team` of `--period`; laat die weg"
        case .notAPeriod(let period): "`--period \(period)` is geen periode; schrijf een maand als 2026-10 of een kwartaal als 2026-Q4"
        case .noTeam(let team, let suggestion, let teams):
            "er is geen team `\(team)`\(suggestion.map(Message.bedoelJe) ?? "")\(teams.isEmpty ? "; maak er eerst een met kader new team ID" : "; de teams zijn " + teams.joined(separator: ", "))"
        case .evaluationNeedsTeam: "een nieuwe evaluatie hoort bij een team: geef --team met een team-id"
        case .sessionNeedsTwoTeams(let example):
            "een gezamenlijke sessie heeft minstens twee teams aan tafel; noem ze met --teams, bijvoorbeeld --teams \(example.joined(separator: ","))"
        case .mandateNeedsTeam: "een nieuw mandaat wordt aan een team gegeven: geef --team met een team-id"
        case .notAStoryKind(let kind, let suggestion):
            "--kind moet success, lesson of experiment zijn, niet `\(kind)`\(suggestion.map(Message.bedoelJe) ?? "")"
        case .newNeedsID(let kind):
            "geef het nieuwe \(Message.bare(kind)) een naam: kader new \(kind) ID (kleine letters, cijfers en koppeltekens)"
        case .invalidNewID(let id, let advice): "`\(id)` is geen geldige id; \(advice.dutch)"
        case .outputIsRepository(let output):
            "de uitvoermap `\(output)` is de repository zelf of een map waar die in staat; kies een map erbinnen, zoals output/"
        case .outputInsideForbidden(let output, let folder):
            "de uitvoermap `\(output)` ligt in \(folder)/, en daar schrijft kader nooit; kies een andere map, zoals output/"
        case .outputNotFolder(let path): "`\(path)` bestaat al en is geen map; kader overschrijft nooit een bestand dat het niet zelf schreef: kies een andere uitvoermap"
        case .markerUnreadable(let path):
            "`\(path)` kan niet gelezen worden, en kader heeft het nodig om te weten welke bestanden het schreef: verwijder de uitvoermap of herstel de rechten"
        case .outputUnreadable(let output): "de uitvoermap `\(output)` kan niet gelezen worden; kijk de rechten na of kies een andere map"
        case .outputNotOurs(let output, let marker):
            "de uitvoermap `\(output)` is niet leeg en werd niet door kader gevuld (er staat geen \(marker) in), dus kader blijft eraf; kies een lege of nieuwe map, of geef --force om de bestanden van kader naast de bestaande te schrijven"
        case .outputWriteFailed(let output, let detail): "de uitvoermap `\(output)` kon niet geschreven worden: \(detail)"
        case .wouldReplace(let path): "`\(path)` werd niet door kader geschreven, en bouwen zou het vervangen; haal het uit de uitvoermap en bouw daarna opnieuw"
        case .wouldRemove(let path): "`\(path)` werd niet door kader geschreven, en bouwen zou het verwijderen; haal het uit de uitvoermap en bouw daarna opnieuw"
        case .couldNotWrite(let path, let detail): "\(path) kon niet geschreven worden: \(detail)"
        case .pageNotWritten(let path, let output, let detail):
            "`\(path)` kon niet geschreven worden (\(detail)), dus is er niets in `\(output)` veranderd. Zorg voor ruimte op de schijf en schrijfrechten op de map, of geef met --output een andere map op"
        }
    }
}

extension CommandMessage {
    public var dutch: String {
        switch self {
        case .summary(let files, let errors, let warnings):
            "\(files) \(files == 1 ? "bestand" : "bestanden") gecontroleerd: \(errors) \(errors == 1 ? "fout" : "fouten"), \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")"
        case .nothingWritten: "Er is niets geschreven: los eerst de fouten hierboven op."
        case .noReport: "Geen rapport: los eerst de fouten hierboven op."
        case .wrote(let count, let folder): "\(count) bestanden geschreven naar \(folder)/"
        case .alreadyExists(let path): "\(path) bestaat al; er is niets geschreven"
        case .upToDate(let folder): "\(folder)/ is al bij: de inhoud, de sjablonen, kader.yml en de datum zijn dezelfde als bij de vorige build, dus er is niets geschreven (--no-cache bouwt alles opnieuw)."
        case .cacheUnusable(let path, let problem):
            "Let op: de buildcache \(path) is niet gebruikt, want " + {
                switch problem {
                case .unreadable: "hij is niet te lezen"
                case .foreign: "het is geen buildgegeven van deze kader"
                case .outputChanged: "de uitvoermap is sinds de vorige build veranderd"
                }
            }() + "; alles is opnieuw gebouwd."
        }
    }
}
