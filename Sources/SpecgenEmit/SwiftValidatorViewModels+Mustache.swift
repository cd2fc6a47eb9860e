import Mustache

// Key lookup for the validator view models without reflection, as for the model view models: each switch lists
// exactly the stored properties (a test checks it against `Mirror`).

extension ValidatorFileViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "sourcePath": return TemplateText(self.sourcePath)
        case "imports": return self.imports.map(TemplateText.init)
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
        case "docLines": return self.docLines.map(TemplateText.init)
        case "access": return TemplateText(self.access)
        case "name": return TemplateText(self.name)
        case "qualifiedName": return TemplateText(self.qualifiedName)
        case "runtime": return TemplateText(self.runtime)
        case "locationLiteral": return TemplateText(self.locationLiteral)
        case "typeNameLiteral": return TemplateText(self.typeNameLiteral)
        case "isTagged": return self.isTagged
        case "tagKey": return TemplateText(self.tagKey)
        case "tagKeyLiteral": return TemplateText(self.tagKeyLiteral)
        case "tagValueLines": return self.tagValueLines.map(TemplateText.init)
        case "needsStart": return self.needsStart
        case "dispatch": return self.dispatch
        case "baseFunctionName": return TemplateText(self.baseFunctionName)
        case "requirements": return self.requirements
        case "walks": return self.walks
        default: return nil
        }
    }
}

extension DispatchViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "pattern": return TemplateText(self.pattern)
        case "functionName": return TemplateText(self.functionName)
        case "wholeCheckLines": return self.wholeCheckLines.map(TemplateText.init)
        default: return nil
        }
    }
}

extension RequirementViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": return TemplateText(self.name)
        case "runtime": return TemplateText(self.runtime)
        case "summary": return TemplateText(self.summary)
        case "entryLines": return self.entryLines.map(TemplateText.init)
        default: return nil
        }
    }
}

extension WalkViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "functionName": return TemplateText(self.functionName)
        case "rulesName": return TemplateText(self.rulesName)
        case "runtime": return TemplateText(self.runtime)
        case "typeNameLiteral": return TemplateText(self.typeNameLiteral)
        case "summary": return TemplateText(self.summary)
        case "memberLines": return self.memberLines.map(TemplateText.init)
        case "cases": return self.cases
        default: return nil
        }
    }
}

extension MemberCaseViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "index": return TemplateText(self.index)
        case "lines": return self.lines.map(TemplateText.init)
        default: return nil
        }
    }
}

extension EnumValidatorViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines.map(TemplateText.init)
        case "access": return TemplateText(self.access)
        case "name": return TemplateText(self.name)
        case "qualifiedName": return TemplateText(self.qualifiedName)
        case "runtime": return TemplateText(self.runtime)
        case "locationLiteral": return TemplateText(self.locationLiteral)
        case "typeNameLiteral": return TemplateText(self.typeNameLiteral)
        case "valuesLabel": return TemplateText(self.valuesLabel)
        case "valueLines": return self.valueLines.map(TemplateText.init)
        default: return nil
        }
    }
}

extension UnionValidatorViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines.map(TemplateText.init)
        case "access": return TemplateText(self.access)
        case "name": return TemplateText(self.name)
        case "qualifiedName": return TemplateText(self.qualifiedName)
        case "runtime": return TemplateText(self.runtime)
        case "locationLiteral": return TemplateText(self.locationLiteral)
        case "expectedLiteral": return TemplateText(self.expectedLiteral)
        case "memberCount": return TemplateText(self.memberCount)
        case "members": return self.members
        case "lastMember": return self.lastMember
        default: return nil
        }
    }
}
