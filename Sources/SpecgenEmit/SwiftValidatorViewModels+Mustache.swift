import Mustache

// Key lookup for the validator view models without reflection, as for the model view models: each switch lists
// exactly the stored properties (a test checks it against `Mirror`).

extension ValidatorFileViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "sourcePath": return self.sourcePath
        case "imports": return self.imports
        case "types": return self.types
        default: return nil
        }
    }
}

extension ValidatorTypeViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "object": return self.object
        case "enumeration": return self.enumeration
        case "union": return self.union
        default: return nil
        }
    }
}

extension ObjectValidatorViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines
        case "access": return self.access
        case "name": return self.name
        case "runtime": return self.runtime
        case "locationLiteral": return self.locationLiteral
        case "typeNameLiteral": return self.typeNameLiteral
        case "isTagged": return self.isTagged
        case "tagKey": return self.tagKey
        case "tagKeyLiteral": return self.tagKeyLiteral
        case "tagValueLines": return self.tagValueLines
        case "needsStart": return self.needsStart
        case "dispatch": return self.dispatch
        case "baseFunctionName": return self.baseFunctionName
        case "requirements": return self.requirements
        case "walks": return self.walks
        default: return nil
        }
    }
}

extension DispatchViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "pattern": return self.pattern
        case "functionName": return self.functionName
        case "wholeCheckLines": return self.wholeCheckLines
        default: return nil
        }
    }
}

extension RequirementViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": return self.name
        case "runtime": return self.runtime
        case "summary": return self.summary
        case "entryLines": return self.entryLines
        default: return nil
        }
    }
}

extension WalkViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "functionName": return self.functionName
        case "rulesName": return self.rulesName
        case "runtime": return self.runtime
        case "typeNameLiteral": return self.typeNameLiteral
        case "summary": return self.summary
        case "memberLines": return self.memberLines
        case "cases": return self.cases
        default: return nil
        }
    }
}

extension MemberCaseViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "index": return self.index
        case "lines": return self.lines
        default: return nil
        }
    }
}

extension EnumValidatorViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines
        case "access": return self.access
        case "name": return self.name
        case "runtime": return self.runtime
        case "locationLiteral": return self.locationLiteral
        case "ruleHead": return self.ruleHead
        case "valueLines": return self.valueLines
        default: return nil
        }
    }
}

extension UnionValidatorViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines
        case "access": return self.access
        case "name": return self.name
        case "runtime": return self.runtime
        case "locationLiteral": return self.locationLiteral
        case "expectedLiteral": return self.expectedLiteral
        case "memberCount": return self.memberCount
        case "members": return self.members
        case "lastMember": return self.lastMember
        default: return nil
        }
    }
}
