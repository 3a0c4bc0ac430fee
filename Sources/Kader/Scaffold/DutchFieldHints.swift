/// The explanation behind each optional field in a file `kader new` writes, in Dutch, for
/// handbooks with `language: nl`; the English ones are the schemas' own summaries.
enum DutchFieldHints {
    static let hints: [String: String] = [
        "team.since": "datum waarop het team met zelfsturing begon",
        "team.cadence": "het afgesproken evaluatieritme",
        "team.coach": "de coach van het team (een persoon)",
        "team.manager": "de leidinggevende van het team (een persoon)",
        "team.roles": "rollen in het team: id, name, holder (een lid), accountabilities",
        "team.ended": "datum waarop het team stopte; het blijft als archief in het handboek",
        "team.values": "waarden uit organization.md die dit team voorop zet",
        "team.goals": "teamdoelen: id, title, values, due, actions",
        "person.title": "functie",
        "person.left": "datum van uit dienst gaan",
        "person.autonomy": "hoeveel autonomie deze persoon nu wil; staat alleen op de eigen pagina",
        "mandate.escalate_to": "wie je raadpleegt buiten de grens: een rol van het team of een persoon",
        "mandate.history": "eerdere stappen, oudste eerst: date, level, note",
        "mandate.status": "active (standaard), paused of revoked",
        "story.team": "het team; leeg voor een verhaal van de hele organisatie",
        "story.author": "wie het schreef (een persoon)",
        "story.values": "waarden uit organization.md die het verhaal laat zien",
        "story.learned": "wat we leerden (bij een les)",
        "story.hypothesis": "wat we proberen en wat we verwachten (bij een experiment)",
        "story.status": "running of done (bij een experiment)",
        "story.outcome": "more, less of stop: willen we hier meer of minder van",
        "session.values": "waarden die eerst aan bod kwamen",
        "session.agreements": "waar de partijen het over eens zijn",
        "session.decisions": "besluiten",
        "session.open_questions": "wat nog open staat",
        "page.order": "plaats in de navigatie (een getal)",
        "page.summary": "één regel over de pagina",
        "page.owner": "wie de pagina bijhoudt: een persoon (id)",
    ]
}
