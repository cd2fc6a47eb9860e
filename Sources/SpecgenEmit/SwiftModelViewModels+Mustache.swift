import Mustache

// Key lookup for the view models without reflection: Mustache asks `child(named:)` for every tag, and answering
// from a switch is far cheaper than searching a `Mirror`. Each switch lists exactly the stored properties.

extension SwiftFileViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "sourcePath": return self.sourcePath
        case "imports": return self.imports
        case "types": return self.types
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
        case "docLines": return self.docLines
        case "access": return self.access
        case "name": return self.name
        case "properties": return self.properties
        case "hasProperties": return self.hasProperties
        case "initParameters": return self.initParameters
        case "variant": return self.variant
        case "runtime": return self.runtime
        default: return nil
        }
    }
}

extension PropertyViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines
        case "name": return self.name
        case "caseName": return self.caseName
        case "jsonLiteral": return self.jsonLiteral
        case "declType": return self.declType
        case "baseType": return self.baseType
        case "isOptional": return self.isOptional
        case "isIndirect": return self.isIndirect
        case "storageName": return self.storageName
        case "storageType": return self.storageType
        case "decodeMethod": return self.decodeMethod
        case "encodeMethod": return self.encodeMethod
        default: return nil
        }
    }
}

extension ParameterViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": return self.name
        case "declType": return self.declType
        case "defaultValue": return self.defaultValue
        case "separator": return self.separator
        default: return nil
        }
    }
}

extension VariantViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "propertyName": return self.propertyName
        case "enumName": return self.enumName
        case "discriminatorName": return self.discriminatorName
        case "indirectKeyword": return self.indirectKeyword
        case "cases": return self.cases
        case "otherCaseName": return self.otherCaseName
        case "otherDocLines": return self.otherDocLines
        case "docLines": return self.docLines
        case "enumDocLines": return self.enumDocLines
        case "hasUnlistedTags": return self.hasUnlistedTags
        default: return nil
        }
    }
}

extension VariantCaseViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines
        case "caseName": return self.caseName
        case "typeName": return self.typeName
        default: return nil
        }
    }
}

extension EnumViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines
        case "access": return self.access
        case "name": return self.name
        case "rawType": return self.rawType
        case "cases": return self.cases
        case "unknownCaseName": return self.unknownCaseName
        case "unknownDocLines": return self.unknownDocLines
        default: return nil
        }
    }
}

extension EnumCaseViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines
        case "name": return self.name
        case "rawLiteral": return self.rawLiteral
        case "separator": return self.separator
        default: return nil
        }
    }
}

extension UnionViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines
        case "access": return self.access
        case "name": return self.name
        case "indirectKeyword": return self.indirectKeyword
        case "members": return self.members
        case "leadingMembers": return self.leadingMembers
        case "lastMember": return self.lastMember
        default: return nil
        }
    }
}

extension UnionMemberViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caseName": return self.caseName
        case "type": return self.type
        default: return nil
        }
    }
}

extension EventsViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines
        case "access": return self.access
        case "name": return self.name
        case "indirectKeyword": return self.indirectKeyword
        case "discriminatorLiteral": return self.discriminatorLiteral
        case "payloadLiteral": return self.payloadLiteral
        case "hasPayloadKey": return self.hasPayloadKey
        case "events": return self.events
        case "unknownCaseName": return self.unknownCaseName
        case "unknownDocLines": return self.unknownDocLines
        case "runtime": return self.runtime
        default: return nil
        }
    }
}

extension EventViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": return self.docLines
        case "caseName": return self.caseName
        case "wireLiteral": return self.wireLiteral
        case "payloadType": return self.payloadType
        case "hasPayload": return self.hasPayload
        case "isData": return self.isData
        case "isFrame": return self.isFrame
        default: return nil
        }
    }
}
