import Mustache

// Key lookup for the view models without reflection: Mustache asks `child(named:)` for every tag, and answering
// from a switch is far cheaper than searching a `Mirror`. Each switch lists exactly the stored properties.

extension SwiftFileViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "sourcePath": return TemplateText(self.sourcePath)
        case "imports": return self.imports.map(TemplateText.init)
        case "types": return self.types
        case "hasNamespace": return self.hasNamespace
        case "namespace": return self.namespace.map(TemplateText.init)
        case "declaresNamespace": return self.declaresNamespace
        case "namespaceAccess": return TemplateText(self.namespaceAccess)
        // Markers, not stored values: see `TemplateSet.indented(_:)`.
        case "indentMore": return TemplateText(TemplateSet.indentMore)
        case "indentLess": return TemplateText(TemplateSet.indentLess)
        default: return nil
        }
    }
}

extension SwiftTypeViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "object": return self.object
        case "enumeration": return self.enumeration
        case "union": return self.union
        case "events": return self.events
        default: return nil
        }
    }
}

extension ObjectViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines.map(TemplateText.init)
        case "access": return TemplateText(self.access)
        case "name": return TemplateText(self.name)
        case "qualifiedName": return TemplateText(self.qualifiedName)
        case "properties": return self.properties
        case "hasProperties": return self.hasProperties
        case "initParameters": return self.initParameters
        case "variant": return self.variant
        case "runtime": return TemplateText(self.runtime)
        case "fastKeys": return TemplateText(self.fastKeys)
        case "fastLocals": return self.fastLocals.map(TemplateText.init)
        case "fastCases": return self.fastCases.map(TemplateText.init)
        case "fastAssigns": return self.fastAssigns.map(TemplateText.init)
        default: return nil
        }
    }
}

extension PropertyViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines.map(TemplateText.init)
        case "name": return TemplateText(self.name)
        case "caseName": return TemplateText(self.caseName)
        case "jsonLiteral": return TemplateText(self.jsonLiteral)
        case "declType": return TemplateText(self.declType)
        case "baseType": return TemplateText(self.baseType)
        case "isOptional": return self.isOptional
        case "isIndirect": return self.isIndirect
        case "storageName": return TemplateText(self.storageName)
        case "storageType": return TemplateText(self.storageType)
        case "decodeMethod": return TemplateText(self.decodeMethod)
        case "encodeMethod": return TemplateText(self.encodeMethod)
        default: return nil
        }
    }
}

extension ParameterViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": return TemplateText(self.name)
        case "declType": return TemplateText(self.declType)
        case "defaultValue": return TemplateText(self.defaultValue)
        case "separator": return TemplateText(self.separator)
        default: return nil
        }
    }
}

extension VariantViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "propertyName": return TemplateText(self.propertyName)
        case "enumName": return TemplateText(self.enumName)
        case "discriminatorName": return TemplateText(self.discriminatorName)
        case "indirectKeyword": return TemplateText(self.indirectKeyword)
        case "cases": return self.cases
        case "otherCaseName": return TemplateText(self.otherCaseName)
        case "otherDocLines": return self.otherDocLines.map(TemplateText.init)
        case "docLines": return self.docLines.map(TemplateText.init)
        case "enumDocLines": return self.enumDocLines.map(TemplateText.init)
        case "hasUnlistedTags": return self.hasUnlistedTags
        default: return nil
        }
    }
}

extension VariantCaseViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines.map(TemplateText.init)
        case "caseName": return TemplateText(self.caseName)
        case "typeName": return TemplateText(self.typeName)
        default: return nil
        }
    }
}

extension EnumViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines.map(TemplateText.init)
        case "access": return TemplateText(self.access)
        case "name": return TemplateText(self.name)
        case "qualifiedName": return TemplateText(self.qualifiedName)
        case "rawType": return TemplateText(self.rawType)
        case "cases": return self.cases
        case "unknownCaseName": return TemplateText(self.unknownCaseName)
        case "unknownDocLines": return self.unknownDocLines.map(TemplateText.init)
        case "runtime": return TemplateText(self.runtime)
        default: return nil
        }
    }
}

extension EnumCaseViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines.map(TemplateText.init)
        case "name": return TemplateText(self.name)
        case "rawLiteral": return TemplateText(self.rawLiteral)
        case "separator": return TemplateText(self.separator)
        default: return nil
        }
    }
}

extension UnionViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines.map(TemplateText.init)
        case "access": return TemplateText(self.access)
        case "name": return TemplateText(self.name)
        case "qualifiedName": return TemplateText(self.qualifiedName)
        case "indirectKeyword": return TemplateText(self.indirectKeyword)
        case "members": return self.members
        case "leadingMembers": return self.leadingMembers
        case "lastMember": return self.lastMember
        case "runtime": return TemplateText(self.runtime)
        default: return nil
        }
    }
}

extension UnionMemberViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caseName": return TemplateText(self.caseName)
        case "type": return TemplateText(self.type)
        default: return nil
        }
    }
}

extension EventsViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines.map(TemplateText.init)
        case "access": return TemplateText(self.access)
        case "name": return TemplateText(self.name)
        case "qualifiedName": return TemplateText(self.qualifiedName)
        case "indirectKeyword": return TemplateText(self.indirectKeyword)
        case "discriminatorLiteral": return TemplateText(self.discriminatorLiteral)
        case "payloadLiteral": return TemplateText(self.payloadLiteral)
        case "hasPayloadKey": return self.hasPayloadKey
        case "events": return self.events
        case "hasFrameEvents": return self.hasFrameEvents
        case "unknownCaseName": return TemplateText(self.unknownCaseName)
        case "unknownDocLines": return self.unknownDocLines.map(TemplateText.init)
        case "runtime": return TemplateText(self.runtime)
        default: return nil
        }
    }
}

extension EventViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines.map(TemplateText.init)
        case "caseName": return TemplateText(self.caseName)
        case "wireLiteral": return TemplateText(self.wireLiteral)
        case "payloadType": return TemplateText(self.payloadType)
        case "hasPayload": return self.hasPayload
        case "isData": return self.isData
        case "isFrame": return self.isFrame
        default: return nil
        }
    }
}
