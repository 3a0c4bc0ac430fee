import Mustache

// Templates look fields up by name on every use; a switch is many times faster than the
// reflection (Mirror) Mustache falls back to, and the handbook renders thousands of pages.

extension LinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "url": field(self.url)
        case "label": field(self.label)
        default: nil
        }
    }
}

extension NavItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "url": field(self.url)
        case "label": field(self.label)
        case "current": field(self.current)
        default: nil
        }
    }
}

extension ActionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": field(self.title)
        case "owner": field(self.owner)
        case "due": field(self.due)
        case "status": field(self.status)
        case "statusKey": field(self.statusKey)
        case "overdue": field(self.overdue)
        case "source": field(self.source)
        default: nil
        }
    }
}

extension GoalView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": field(self.id)
        case "title": field(self.title)
        case "due": field(self.due)
        case "values": field(self.values)
        case "actions": field(self.actions)
        default: nil
        }
    }
}

extension ValueView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": field(self.id)
        case "name": field(self.name)
        case "description": field(self.description)
        case "behaviors": field(self.behaviors)
        case "url": field(self.url)
        case "stories": field(self.stories)
        default: nil
        }
    }
}

extension TeamSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": field(self.link)
        case "purpose": field(self.purpose)
        case "phase": field(self.phase)
        case "phaseKey": field(self.phaseKey)
        case "ended": field(self.ended)
        default: nil
        }
    }
}

extension BoardView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "team": field(self.team)
        case "levels": field(self.levels)
        case "rows": field(self.rows)
        default: nil
        }
    }
}

extension LevelHeader: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "level": field(self.level)
        case "name": field(self.name)
        case "meaning": field(self.meaning)
        default: nil
        }
    }
}

extension BoardRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "area": field(self.area)
        case "cells": field(self.cells)
        default: nil
        }
    }
}

extension BoardCell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "level": field(self.level)
        case "levelName": field(self.levelName)
        case "mandates": field(self.mandates)
        default: nil
        }
    }
}

extension RoleView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": field(self.id)
        case "name": field(self.name)
        case "holder": field(self.holder)
        case "team": field(self.team)
        case "accountabilities": field(self.accountabilities)
        default: nil
        }
    }
}

extension ReviewView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "mandate": field(self.mandate)
        case "decision": field(self.decision)
        case "note": field(self.note)
        case "evaluation": field(self.evaluation)
        default: nil
        }
    }
}

extension EvaluationSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": field(self.link)
        case "date": field(self.date)
        default: nil
        }
    }
}

extension StoryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": field(self.link)
        case "date": field(self.date)
        case "kind": field(self.kind)
        case "kindKey": field(self.kindKey)
        case "team": field(self.team)
        case "teamID": field(self.teamID)
        case "values": field(self.values)
        case "valueIDs": field(self.valueIDs)
        case "experimentStatus": field(self.experimentStatus)
        case "outcome": field(self.outcome)
        default: nil
        }
    }
}

extension HistoryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "date": field(self.date)
        case "level": field(self.level)
        case "levelName": field(self.levelName)
        case "note": field(self.note)
        case "current": field(self.current)
        default: nil
        }
    }
}

extension SessionSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": field(self.link)
        case "date": field(self.date)
        case "topic": field(self.topic)
        default: nil
        }
    }
}

extension PersonSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": field(self.link)
        case "title": field(self.title)
        case "left": field(self.left)
        default: nil
        }
    }
}

extension PageGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": field(self.name)
        case "pages": field(self.pages)
        default: nil
        }
    }
}

extension Choice: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": field(self.value)
        case "label": field(self.label)
        default: nil
        }
    }
}

extension Fact: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": field(self.label)
        case "value": field(self.value)
        case "link": field(self.link)
        default: nil
        }
    }
}

extension PagerView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "previous": field(self.previous)
        case "next": field(self.next)
        default: nil
        }
    }
}

extension PageEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": field(self.link)
        case "summary": field(self.summary)
        default: nil
        }
    }
}

extension PageSection: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": field(self.id)
        case "name": field(self.name)
        case "pages": field(self.pages)
        default: nil
        }
    }
}

extension SidebarView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sectionName": field(self.sectionName)
        case "pagesLabel": field(self.pagesLabel)
        case "pages": field(self.pages)
        case "allPages": field(self.allPages)
        case "pagesList": field(self.pagesList)
        case "sections": field(self.sections)
        case "allSections": field(self.allSections)
        case "sectionsNav": field(self.sectionsNav)
        default: nil
        }
    }
}

extension PageMeta: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lastUpdated": field(self.lastUpdated)
        case "lastUpdatedISO": field(self.lastUpdatedISO)
        case "owner": field(self.owner)
        case "editURL": field(self.editURL)
        default: nil
        }
    }
}

extension BoardMandate: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": field(self.link)
        case "level": field(self.level)
        case "levelName": field(self.levelName)
        case "statusKey": field(self.statusKey)
        case "statusText": field(self.statusText)
        case "review": field(self.review)
        case "reviewOverdue": field(self.reviewOverdue)
        case "moved": field(self.moved)
        case "movedText": field(self.movedText)
        default: nil
        }
    }
}
