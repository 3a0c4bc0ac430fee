import Mustache

// Templates look fields up by name on every use; a switch is many times faster than the
// reflection (Mirror) Mustache falls back to, and the handbook renders thousands of pages.

extension LinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "url": self.url
        case "label": self.label
        default: nil
        }
    }
}

extension NavItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "url": self.url
        case "label": self.label
        case "current": self.current
        default: nil
        }
    }
}

extension ActionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "owner": self.owner
        case "due": self.due
        case "status": self.status
        case "statusKey": self.statusKey
        case "overdue": self.overdue
        case "source": self.source
        default: nil
        }
    }
}

extension GoalView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "title": self.title
        case "due": self.due
        case "values": self.values
        case "actions": self.actions
        default: nil
        }
    }
}

extension ValueView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "name": self.name
        case "description": self.description
        case "behaviors": self.behaviors
        case "url": self.url
        case "stories": self.stories
        default: nil
        }
    }
}

extension TeamSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": self.link
        case "purpose": self.purpose
        case "phase": self.phase
        case "phaseKey": self.phaseKey
        case "ended": self.ended
        default: nil
        }
    }
}

extension BoardView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "team": self.team
        case "levels": self.levels
        case "rows": self.rows
        default: nil
        }
    }
}

extension LevelHeader: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "level": self.level
        case "name": self.name
        case "meaning": self.meaning
        default: nil
        }
    }
}

extension BoardRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "area": self.area
        case "cells": self.cells
        default: nil
        }
    }
}

extension BoardCell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "level": self.level
        case "levelName": self.levelName
        case "mandates": self.mandates
        default: nil
        }
    }
}

extension RoleView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "name": self.name
        case "holder": self.holder
        case "team": self.team
        case "accountabilities": self.accountabilities
        default: nil
        }
    }
}

extension ReviewView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "mandate": self.mandate
        case "decision": self.decision
        case "note": self.note
        case "evaluation": self.evaluation
        default: nil
        }
    }
}

extension EvaluationSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": self.link
        case "date": self.date
        default: nil
        }
    }
}

extension StoryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": self.link
        case "date": self.date
        case "kind": self.kind
        case "kindKey": self.kindKey
        case "team": self.team
        case "teamID": self.teamID
        case "values": self.values
        case "valueIDs": self.valueIDs
        case "experimentStatus": self.experimentStatus
        case "outcome": self.outcome
        default: nil
        }
    }
}

extension HistoryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "date": self.date
        case "level": self.level
        case "levelName": self.levelName
        case "note": self.note
        case "current": self.current
        default: nil
        }
    }
}

extension SessionSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": self.link
        case "date": self.date
        case "topic": self.topic
        default: nil
        }
    }
}

extension PersonSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": self.link
        case "title": self.title
        case "left": self.left
        default: nil
        }
    }
}

extension PageGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "pages": self.pages
        default: nil
        }
    }
}

extension Choice: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": self.value
        case "label": self.label
        default: nil
        }
    }
}

extension Fact: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "value": self.value
        case "link": self.link
        default: nil
        }
    }
}

extension PagerView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "previous": self.previous
        case "next": self.next
        default: nil
        }
    }
}

extension PageEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": self.link
        case "summary": self.summary
        default: nil
        }
    }
}

extension PageSection: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "name": self.name
        case "pages": self.pages
        default: nil
        }
    }
}

extension SidebarView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sectionName": self.sectionName
        case "pagesLabel": self.pagesLabel
        case "pages": self.pages
        case "allPages": self.allPages
        case "sections": self.sections
        case "allSections": self.allSections
        default: nil
        }
    }
}

extension PageMeta: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lastUpdated": self.lastUpdated
        case "lastUpdatedISO": self.lastUpdatedISO
        case "owner": self.owner
        case "editURL": self.editURL
        default: nil
        }
    }
}

extension BoardMandate: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": self.link
        case "level": self.level
        case "levelName": self.levelName
        case "statusKey": self.statusKey
        case "statusText": self.statusText
        case "review": self.review
        case "reviewOverdue": self.reviewOverdue
        case "moved": self.moved
        case "movedText": self.movedText
        default: nil
        }
    }
}
