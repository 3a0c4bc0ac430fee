/// The schemas of content-model.md, field by field.
public enum ContentModel {
    static let actionStatus = ["open", "doing", "done", "dropped"]

    public static let action = Schema("action", [
        .required("id", .identifier, "Identifies the action within its team."),
        .required("title", .text, "What will be done."),
        .optional("owner", .reference(.person), "Who takes it up: a person id (free text when there is no people/ folder)."),
        .optional("due", .date, "When it should be done."),
        .optional("status", .choice(actionStatus), "open (default), doing, done or dropped.", default: "open"),
    ])

    public static let goal = Schema("goal", [
        .required("id", .identifier, "Identifies the goal across the organization and all teams."),
        .required("title", .text, "What the goal is."),
        .optional("values", .list(.reference(.value), minimum: 0), "Organization values this goal serves."),
        .optional("due", .date, "When the goal should be reached."),
        .optional("actions", .list(.object(action), minimum: 0), "The actions towards the goal."),
    ])

    public static let value = Schema("value", [
        .required("id", .identifier, "Identifies the value."),
        .required("name", .text, "The value's name."),
        .optional("description", .text, "What the value means."),
        .optional("behaviors", .list(.text, minimum: 0), "Behaviour that shows the value."),
    ])

    public static let organization = Schema("organization", [
        .required("title", .text, "The title of the frame."),
        .required("mission", .text, "Why the organization exists."),
        .required("vision", .text, "Where it is going."),
        .required("values", .list(.object(value), minimum: 1), "The shared values."),
        .optional("goals", .list(.object(goal), minimum: 0), "Organization goals."),
        .optional("fixed", .list(.text, minimum: 0), "What stands fixed."),
        .optional("free", .list(.text, minimum: 0), "What is let go."),
        .optional("coordination", .list(.text, minimum: 0), "The mechanisms that give direction instead of a manager."),
    ])

    public static let role = Schema("role", [
        .required("id", .identifier, "Identifies the role within the team."),
        .required("name", .text, "The role's name."),
        .optional("holder", .reference(.person), "Who holds it: a member of the team."),
        .optional("accountabilities", .list(.text, minimum: 0), "What the role is accountable for."),
    ])

    public static let phases = ["design", "learning", "harvesting"]

    public static let team = Schema("team", [
        .required("name", .text, "The team's name."),
        .required("purpose", .text, "Why the team exists."),
        .required("phase", .choice(phases), "design, learning or harvesting."),
        .optional("since", .date, "When the team started on self-steering."),
        .optional("cadence", .choice(["weekly", "biweekly", "monthly"]), "The evaluation rhythm the team agreed."),
        .optional("coach", .reference(.person), "The team's coach."),
        .optional("manager", .reference(.person), "The team's manager."),
        .required("members", .list(.reference(.person), minimum: 1), "The people in the team."),
        .optional("roles", .list(.object(role), minimum: 0), "Roles in the team."),
        .optional("ended", .date, "When the team stopped; it stays in the handbook as archived."),
        .optional("values", .list(.reference(.value), minimum: 0), "Organization values the team puts first."),
        .optional("goals", .list(.object(goal), minimum: 0), "Team goals."),
    ])

    public static let person = Schema("person", [
        .required("name", .text, "The person's name."),
        .optional("title", .text, "Job title."),
        .optional("left", .date, "When the person left."),
        .optional("autonomy", .choice(["more", "as-is", "less"]), "How much autonomy this person wants now."),
    ])

    public static let historyStep = Schema("history step", [
        .required("date", .date, "When this level took effect."),
        .required("level", .integer(min: 1, max: 7), "The delegation level then."),
        .optional("note", .text, "What happened."),
    ])

    public static let mandate = Schema("mandate", [
        .required("title", .text, "The decision handed over."),
        .required("team", .reference(.team), "The team that holds the mandate."),
        .required("area", .text, "The decision area (budget, planning, hiring, ...)."),
        .required("holder", .reference(.holder), "`team`, a role id of the team, or a member."),
        .required("level", .integer(min: 1, max: 7), "The delegation level, 1 (tell) to 7 (delegate)."),
        .required("limit", .text, "The boundary of the mandate."),
        .optional("escalate_to", .reference(.roleOrPerson), "A role id of the team, or a person, consulted beyond the limit."),
        .required("since", .date, "When the current level took effect."),
        .required("review", .date, "The agreed moment to evaluate the mandate."),
        .optional("history", .list(.object(historyStep), minimum: 0), "Earlier steps, oldest first."),
        .optional("status", .choice(["active", "paused", "revoked"]), "active (default), paused or revoked.", default: "active"),
        .optional("status_since", .date, "When the current status took effect (for paused or revoked); on or after since."),
    ])

    public static let story = Schema("story", [
        .required("title", .text, "The story's title."),
        .required("date", .date, "When it happened."),
        .required("kind", .choice(["success", "lesson", "experiment"]), "success, lesson or experiment."),
        .optional("team", .reference(.team), "The team; absent for an organization-wide story."),
        .optional("author", .reference(.person), "Who wrote it."),
        .optional("values", .list(.reference(.value), minimum: 0), "Organization values the story shows."),
        .optional("learned", .text, "What we learned (lessons)."),
        .optional("hypothesis", .text, "What we try and what we expect (experiments)."),
        .optional("status", .choice(["running", "done"]), "running (default) or done (experiments).", default: "running"),
        .optional("outcome", .choice(["more", "less", "stop"]), "Do we want more or less of this (done experiments)."),
    ], conditions: [
        Condition(field: "learned", when: [("kind", ["lesson"])], required: true),
        Condition(field: "hypothesis", when: [("kind", ["experiment"])], required: true),
        Condition(field: "status", when: [("kind", ["experiment"])], required: false),
        Condition(field: "outcome", when: [("kind", ["experiment"]), ("status", ["done"])], required: true),
    ])

    public static let scoreKeys = ["autonomy", "mastery", "purpose", "motivation"]

    public static let mandateReview = Schema("mandate review", [
        .required("mandate", .reference(.mandate), "A mandate of the same team."),
        .required("decision", .choice(["keep", "raise", "lower", "revoke"]), "keep, raise, lower or revoke."),
        .optional("note", .text, "Why."),
    ])

    public static let evaluation = Schema("evaluation", [
        .required("team", .reference(.team), "The team; equals the folder name."),
        .required("date", .date, "The date of the check-in; equals the file name."),
        .required("participants", .integer(min: 1, max: 1000), "How many took part."),
        .optional("scores", .keyed(scoreKeys, .score), "Team averages from 1 to the scale."),
        .optional("steering", .choice(["more", "same", "less"]), "Does the team need more or less steering."),
        .optional("went_well", .list(.text, minimum: 0), "What went well."),
        .optional("could_improve", .list(.text, minimum: 0), "What could be better."),
        .optional("energizers", .list(.text, minimum: 0), "What gives energy."),
        .optional("drainers", .list(.text, minimum: 0), "What takes energy."),
        .optional("actions", .list(.object(action), minimum: 0), "Agreed actions."),
        .optional("mandate_reviews", .list(.object(mandateReview), minimum: 0), "Mandates reviewed."),
        .optional("private", .bool, "When true the notes are never rendered.", default: "false"),
    ])

    public static let session = Schema("session", [
        .required("title", .text, "The session's title."),
        .required("date", .date, "When it was held."),
        .required("topic", .choice(["budget", "strategy", "change", "direction"]), "budget, strategy, change or direction."),
        .required("teams", .list(.reference(.team), minimum: 2), "The parties at the table."),
        .optional("values", .list(.reference(.value), minimum: 0), "Values discussed first."),
        .optional("agreements", .list(.text, minimum: 0), "Where the parties agree."),
        .optional("decisions", .list(.text, minimum: 0), "What was decided."),
        .optional("open_questions", .list(.text, minimum: 0), "What is still open."),
    ])

    public static let page = Schema("page", [
        .required("title", .text, "The page title."),
        .optional("order", .integer(min: -1_000_000, max: 1_000_000), "The place in the navigation."),
        .optional("summary", .text, "One line about the page."),
        .optional("owner", .reference(.person), "Who looks after the page: a person id."),
    ])

    public static let configuration = Schema("kader.yml", [
        .optional("title", .text, "Site title."),
        .optional("language", .choice(["nl", "en"]), "Language of the generated site."),
        .optional("base_url", .text, "Where the site will live."),
        .optional("scale", .integer(min: 3, max: 10), "Scores run from 1 to scale."),
        .optional("anonymity_threshold", .integer(min: 1, max: 1000), "Fewer participants never show scores."),
        .optional("report_period", .choice(["month", "quarter"]), "The period of the periodic reports."),
        .optional("stale_after_days", .integer(min: 1, max: 3650), "Days without evaluation before stale-team."),
        .optional("unsafe_html", .bool, "Pass raw HTML in bodies through."),
        .optional("rules", .severities, "Rule id to error, warning or off."),
        .optional("today", .date, "The date overdue and stale are measured against."),
        .optional("edit_url", .text, "Where a page's source is edited; {path} becomes the content file's path, e.g. https://github.com/org/handbook/edit/main/{path}."),
        .optional("last_updated", .choice(["git", "off"]), "git: in a git work tree, pages show the date of the last commit that changed their file; off: no date.", default: "git"),
    ])
}
