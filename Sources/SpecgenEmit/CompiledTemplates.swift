// swift-format-ignore-file
// Generated from the templates in Templates/ by TemplateCompiler: do not edit. After changing a template
// or a view model's keys, regenerate it with
// `SPECGEN_RECORD=1 swift test --filter CompiledTemplatesTests` (a test fails while it is stale). The
// functions read the view models' stored properties by name: a property they read that is renamed
// is renamed here too, so that the module builds and the file can be regenerated.

/// The built-in templates compiled to Swift (see ``TemplateCompiler``).
enum CompiledTemplates {
    /// The fingerprint of the templates these functions were compiled from (``TemplateCompiler/fingerprint(_:)``).
    static let fingerprint: UInt64 = 0x6ca90f56fa1a575f

    /// The key readers, `nil` when a view model's keys are not of the types these functions were compiled for.
    static let keys = Keys()

    /// Renders a root template with its view model; `nil` for another template or type, or when ``keys`` is `nil`.
    static func render(_ model: Any, template: String) -> [UInt8]? {
        guard let keys else { return nil }
        var w = CompiledTemplateWriter()
        switch template {
        case "models.swift":
            guard let model = model as? SwiftFileViewModel else { return nil }
            template0(&w, [], keys, model)
        case "validators.swift":
            guard let model = model as? ValidatorFileViewModel else { return nil }
            template1(&w, [], keys, model)
        default:
            return nil
        }
        return w.bytes
    }

    /// The typed readers of the keys the templates read.
    struct Keys {
        let enumCaseViewModel_hasSummary: @Sendable (EnumCaseViewModel) -> Bool
        let eventViewModel_hasFields: @Sendable (EventViewModel) -> Bool
        let eventViewModel_hasPayload: @Sendable (EventViewModel) -> Bool
        let eventsViewModel_hasFrameEvents: @Sendable (EventsViewModel) -> Bool
        let memberCaseViewModel_hasSeveralChecks: @Sendable (MemberCaseViewModel) -> Bool
        let objectValidatorViewModel_codes: @Sendable (ObjectValidatorViewModel) -> [String]
        let objectValidatorViewModel_hasDispatchCode: @Sendable (ObjectValidatorViewModel) -> Bool
        let objectValidatorViewModel_isCoded: @Sendable (ObjectValidatorViewModel) -> Bool
        let objectViewModel_hasProperties: @Sendable (ObjectViewModel) -> Bool
        let opcodeEventViewModel_hasPayload: @Sendable (OpcodeEventViewModel) -> Bool
        let opcodeEventViewModel_hasValues: @Sendable (OpcodeEventViewModel) -> Bool
        let opcodeEventsViewModel_dispatchEvents: @Sendable (OpcodeEventsViewModel) -> [OpcodeEventViewModel]
        let opcodeEventsViewModel_hasSequence: @Sendable (OpcodeEventsViewModel) -> Bool
        let opcodeEventsViewModel_opcodeEvents: @Sendable (OpcodeEventsViewModel) -> [OpcodeEventViewModel]
        let propertyViewModel_hasConstant: @Sendable (PropertyViewModel) -> Bool
        let propertyViewModel_hasSummary: @Sendable (PropertyViewModel) -> Bool
        let swiftFileViewModel_hasNamespace: @Sendable (SwiftFileViewModel) -> Bool
        let swiftFileViewModel_indentLess: @Sendable (SwiftFileViewModel) -> String
        let swiftFileViewModel_indentMore: @Sendable (SwiftFileViewModel) -> String
        let unionValidatorViewModel_lastMember: @Sendable (UnionValidatorViewModel) -> MemberCaseViewModel?
        let unionValidatorViewModel_memberCount: @Sendable (UnionValidatorViewModel) -> String
        let unionValidatorViewModel_members: @Sendable (UnionValidatorViewModel) -> [MemberCaseViewModel]
        let unionViewModel_lastMember: @Sendable (UnionViewModel) -> UnionMemberViewModel?
        let unionViewModel_leadingMembers: @Sendable (UnionViewModel) -> [UnionMemberViewModel]
        let variantCaseViewModel_hasFields: @Sendable (VariantCaseViewModel) -> Bool

        init?() {
            guard TemplateCompiler.keySignature(CheckViewModel.self) == "constant:text,element:models(CheckViewModel),isAny:flag,isAnyObject:flag,isArray:flag,isBoolean:flag,isConstant:flag,isInteger:flag,isNamed:flag,isNull:flag,isNullable:flag,isNumber:flag,isSnowflake:flag,isString:flag,isTimestamp:flag,location:text,requirement:text,typeName:text,usesCallerLocation:flag" else { return nil }
            guard TemplateCompiler.keySignature(DispatchViewModel.self) == "functionName:text,index:text,wholeChecks:models(CheckViewModel)" else { return nil }
            guard TemplateCompiler.keySignature(EnumCaseViewModel.self) == "hasSummary:flag,isInteger:flag,name:text,rawValue:text,summaryLines:texts,value:text" else { return nil }
            guard TemplateCompiler.keySignature(EnumValidatorViewModel.self) == "access:text,doc:model(ValidatorDocViewModel),flagsAsString:flag,isFlags:flag,isInteger:flag,location:text,name:text,qualifiedName:text,runtime:text,typeNameText:text,values:texts" else { return nil }
            guard TemplateCompiler.keySignature(EnumViewModel.self) == "access:text,cases:models(EnumCaseViewModel),docLines:texts,name:text,qualifiedName:text,rawType:text,runtime:text,unknownCaseName:text" else { return nil }
            guard TemplateCompiler.keySignature(EventKeyViewModel.self) == "caseName:text,jsonKey:text" else { return nil }
            guard TemplateCompiler.keySignature(EventViewModel.self) == "caseName:text,docLines:texts,fields:models(VariantFieldViewModel)?,hasFields:flag,hasPayload:flag,isData:flag,isFrame:flag,payloadType:text,wireName:text" else { return nil }
            guard TemplateCompiler.keySignature(EventsViewModel.self) == "access:text,discriminatorKey:text,docLines:texts,events:models(EventViewModel),frameKeys:models(EventKeyViewModel),hasFrameEvents:flag,hasPayloadKey:flag,isIndirect:flag,name:text,payloadKey:text,qualifiedName:text,runtime:text,unknownCaseName:text,unknownDocLines:texts" else { return nil }
            guard TemplateCompiler.keySignature(FlagViewModel.self) == "hasSummary:flag,name:text,summaryLines:texts,typeName:text,value:text" else { return nil }
            guard TemplateCompiler.keySignature(FlagsViewModel.self) == "access:text,cases:models(FlagViewModel),docLines:texts,name:text,protocolName:text,runtime:text" else { return nil }
            guard TemplateCompiler.keySignature(MemberCaseViewModel.self) == "checks:models(CheckViewModel),hasSeveralChecks:flag,index:text" else { return nil }
            guard TemplateCompiler.keySignature(MemberRuleViewModel.self) == "isRequired:flag,key:text,location:text" else { return nil }
            guard TemplateCompiler.keySignature(ObjectValidatorViewModel.self) == "access:text,baseFunctionName:text,codeKeyText:text,codes:texts,dispatch:models(DispatchViewModel),dispatchCode:text,doc:model(ValidatorDocViewModel),hasDispatchCode:flag,isCoded:flag,isTagged:flag,location:text,name:text,needsStart:flag,qualifiedName:text,requirements:models(RequirementViewModel),runtime:text,tagKey:text,tagKeyText:text,tagValues:texts,typeNameText:text,walks:models(WalkViewModel)" else { return nil }
            guard TemplateCompiler.keySignature(ObjectViewModel.self) == "access:text,docLines:texts,hasProperties:flag,name:text,properties:models(PropertyViewModel),qualifiedName:text,runtime:text,variant:model(VariantViewModel)?" else { return nil }
            guard TemplateCompiler.keySignature(OpcodeEventViewModel.self) == "carriesSequence:flag,caseName:text,docLines:texts,hasPayload:flag,hasValues:flag,isDispatch:flag,isPayloadNullable:flag,opcode:text,payloadType:text,wireName:text" else { return nil }
            guard TemplateCompiler.keySignature(OpcodeEventsViewModel.self) == "access:text,discriminatorKey:text,dispatch:text,dispatchEvents:models(OpcodeEventViewModel),docLines:texts,events:models(OpcodeEventViewModel),hasSequence:flag,isIndirect:flag,name:text,opcodeEvents:models(OpcodeEventViewModel),opcodeKey:text,payloadKey:text,qualifiedName:text,runtime:text,sequenceKey:text,unknownCaseName:text,unknownDocLines:texts" else { return nil }
            guard TemplateCompiler.keySignature(PropertyViewModel.self) == "baseType:text,caseName:text,constant:text?,fromNote:text,hasConstant:flag,hasSummary:flag,index:text,isFastDecodable:flag,isIndirect:flag,isLastParameter:flag,isNullable:flag,isOptional:flag,isRequired:flag,jsonKey:text,jsonName:text,name:text,storageName:text,summaryLines:texts" else { return nil }
            guard TemplateCompiler.keySignature(RequiredKeyViewModel.self) == "key:text,location:text" else { return nil }
            guard TemplateCompiler.keySignature(RequirementViewModel.self) == "entries:models(RequiredKeyViewModel),name:text,runtime:text,summary:text" else { return nil }
            guard TemplateCompiler.keySignature(SwiftFileViewModel.self) == "declaresNamespace:flag,fastDecoders:flag,hasNamespace:flag,imports:texts,indentLess:text,indentMore:text,namespace:text?,namespaceAccess:text,sourcePath:text,types:models(SwiftTypeViewModel)" else { return nil }
            guard TemplateCompiler.keySignature(SwiftTypeViewModel.self) == "enumeration:model(EnumViewModel)?,events:model(EventsViewModel)?,flags:model(FlagsViewModel)?,object:model(ObjectViewModel)?,opcodeEvents:model(OpcodeEventsViewModel)?,taggedUnion:model(TaggedUnionViewModel)?,union:model(UnionViewModel)?" else { return nil }
            guard TemplateCompiler.keySignature(TaggedUnionMemberCheckViewModel.self) == "index:text,type:text" else { return nil }
            guard TemplateCompiler.keySignature(TaggedUnionMemberViewModel.self) == "caseName:text,code:text,type:text" else { return nil }
            guard TemplateCompiler.keySignature(TaggedUnionValidatorViewModel.self) == "access:text,codes:texts,doc:model(ValidatorDocViewModel),location:text,members:models(TaggedUnionMemberCheckViewModel),name:text,qualifiedName:text,runtime:text,tagKey:text,tagKeyText:text,tagLocation:text,typeNameText:text" else { return nil }
            guard TemplateCompiler.keySignature(TaggedUnionViewModel.self) == "access:text,codeLabel:text,docLines:texts,isIndirect:flag,members:models(TaggedUnionMemberViewModel),name:text,qualifiedName:text,runtime:text,tagKey:text,tagKeyText:text,unknownCaseName:text" else { return nil }
            guard TemplateCompiler.keySignature(UnionMemberViewModel.self) == "caseName:text,type:text" else { return nil }
            guard TemplateCompiler.keySignature(UnionValidatorViewModel.self) == "access:text,allMembers:models(MemberCaseViewModel),doc:model(ValidatorDocViewModel),expected:text,lastMember:model(MemberCaseViewModel)?,location:text,memberCount:text,members:models(MemberCaseViewModel),name:text,qualifiedName:text,runtime:text" else { return nil }
            guard TemplateCompiler.keySignature(UnionViewModel.self) == "access:text,fromNote:text,isIndirect:flag,lastMember:model(UnionMemberViewModel)?,leadingMembers:models(UnionMemberViewModel),members:models(UnionMemberViewModel),name:text,qualifiedName:text,runtime:text" else { return nil }
            guard TemplateCompiler.keySignature(ValidatorDocViewModel.self) == "name:text,rulesSource:text" else { return nil }
            guard TemplateCompiler.keySignature(ValidatorFileViewModel.self) == "imports:texts,sourcePath:text,types:models(ValidatorTypeViewModel)" else { return nil }
            guard TemplateCompiler.keySignature(ValidatorTypeViewModel.self) == "enumeration:model(EnumValidatorViewModel)?,object:model(ObjectValidatorViewModel)?,taggedUnion:model(TaggedUnionValidatorViewModel)?,union:model(UnionValidatorViewModel)?" else { return nil }
            guard TemplateCompiler.keySignature(VariantCaseViewModel.self) == "caseName:text,docLines:texts,fields:models(VariantFieldViewModel)?,hasFields:flag,typeName:text" else { return nil }
            guard TemplateCompiler.keySignature(VariantFieldViewModel.self) == "baseType:text,commonName:text,commonProperty:text,decodesFromObject:flag,isLastParameter:flag,isOptional:flag,name:text,reusesCommon:flag" else { return nil }
            guard TemplateCompiler.keySignature(VariantViewModel.self) == "cases:models(VariantCaseViewModel),discriminatorName:text,docLines:texts,enumDocLines:texts,enumName:text,isIndirect:flag,otherCaseName:text,otherDocLines:texts,propertyName:text" else { return nil }
            guard TemplateCompiler.keySignature(WalkViewModel.self) == "cases:models(MemberCaseViewModel),functionName:text,members:models(MemberRuleViewModel),rulesName:text,runtime:text,summary:text,typeNameText:text" else { return nil }
            guard CheckViewModel.templateKeys["constant"]?.reads(\CheckViewModel.constant) == true else { return nil }
            guard CheckViewModel.templateKeys["element"]?.reads(\CheckViewModel.element) == true else { return nil }
            guard CheckViewModel.templateKeys["isAny"]?.reads(\CheckViewModel.isAny) == true else { return nil }
            guard CheckViewModel.templateKeys["isAnyObject"]?.reads(\CheckViewModel.isAnyObject) == true else { return nil }
            guard CheckViewModel.templateKeys["isArray"]?.reads(\CheckViewModel.isArray) == true else { return nil }
            guard CheckViewModel.templateKeys["isBoolean"]?.reads(\CheckViewModel.isBoolean) == true else { return nil }
            guard CheckViewModel.templateKeys["isConstant"]?.reads(\CheckViewModel.isConstant) == true else { return nil }
            guard CheckViewModel.templateKeys["isInteger"]?.reads(\CheckViewModel.isInteger) == true else { return nil }
            guard CheckViewModel.templateKeys["isNamed"]?.reads(\CheckViewModel.isNamed) == true else { return nil }
            guard CheckViewModel.templateKeys["isNull"]?.reads(\CheckViewModel.isNull) == true else { return nil }
            guard CheckViewModel.templateKeys["isNullable"]?.reads(\CheckViewModel.isNullable) == true else { return nil }
            guard CheckViewModel.templateKeys["isNumber"]?.reads(\CheckViewModel.isNumber) == true else { return nil }
            guard CheckViewModel.templateKeys["isSnowflake"]?.reads(\CheckViewModel.isSnowflake) == true else { return nil }
            guard CheckViewModel.templateKeys["isString"]?.reads(\CheckViewModel.isString) == true else { return nil }
            guard CheckViewModel.templateKeys["isTimestamp"]?.reads(\CheckViewModel.isTimestamp) == true else { return nil }
            guard CheckViewModel.templateKeys["location"]?.reads(\CheckViewModel.location) == true else { return nil }
            guard CheckViewModel.templateKeys["requirement"]?.reads(\CheckViewModel.requirement) == true else { return nil }
            guard CheckViewModel.templateKeys["typeName"]?.reads(\CheckViewModel.typeName) == true else { return nil }
            guard CheckViewModel.templateKeys["usesCallerLocation"]?.reads(\CheckViewModel.usesCallerLocation) == true else { return nil }
            guard DispatchViewModel.templateKeys["functionName"]?.reads(\DispatchViewModel.functionName) == true else { return nil }
            guard DispatchViewModel.templateKeys["index"]?.reads(\DispatchViewModel.index) == true else { return nil }
            guard DispatchViewModel.templateKeys["wholeChecks"]?.reads(\DispatchViewModel.wholeChecks) == true else { return nil }
            guard let enumCaseViewModel_hasSummary = EnumCaseViewModel.templateKeys["hasSummary"]?.typedReader(as: Bool.self) else { return nil }
            self.enumCaseViewModel_hasSummary = enumCaseViewModel_hasSummary
            guard EnumCaseViewModel.templateKeys["isInteger"]?.reads(\EnumCaseViewModel.isInteger) == true else { return nil }
            guard EnumCaseViewModel.templateKeys["name"]?.reads(\EnumCaseViewModel.name) == true else { return nil }
            guard EnumCaseViewModel.templateKeys["rawValue"]?.reads(\EnumCaseViewModel.rawValue) == true else { return nil }
            guard EnumCaseViewModel.templateKeys["summaryLines"]?.reads(\EnumCaseViewModel.summaryLines) == true else { return nil }
            guard EnumCaseViewModel.templateKeys["value"]?.reads(\EnumCaseViewModel.value) == true else { return nil }
            guard EnumValidatorViewModel.templateKeys["access"]?.reads(\EnumValidatorViewModel.access) == true else { return nil }
            guard EnumValidatorViewModel.templateKeys["doc"]?.reads(\EnumValidatorViewModel.doc) == true else { return nil }
            guard EnumValidatorViewModel.templateKeys["flagsAsString"]?.reads(\EnumValidatorViewModel.flagsAsString) == true else { return nil }
            guard EnumValidatorViewModel.templateKeys["isFlags"]?.reads(\EnumValidatorViewModel.isFlags) == true else { return nil }
            guard EnumValidatorViewModel.templateKeys["isInteger"]?.reads(\EnumValidatorViewModel.isInteger) == true else { return nil }
            guard EnumValidatorViewModel.templateKeys["location"]?.reads(\EnumValidatorViewModel.location) == true else { return nil }
            guard EnumValidatorViewModel.templateKeys["name"]?.reads(\EnumValidatorViewModel.name) == true else { return nil }
            guard EnumValidatorViewModel.templateKeys["qualifiedName"]?.reads(\EnumValidatorViewModel.qualifiedName) == true else { return nil }
            guard EnumValidatorViewModel.templateKeys["runtime"]?.reads(\EnumValidatorViewModel.runtime) == true else { return nil }
            guard EnumValidatorViewModel.templateKeys["typeNameText"]?.reads(\EnumValidatorViewModel.typeNameText) == true else { return nil }
            guard EnumValidatorViewModel.templateKeys["values"]?.reads(\EnumValidatorViewModel.values) == true else { return nil }
            guard EnumViewModel.templateKeys["access"]?.reads(\EnumViewModel.access) == true else { return nil }
            guard EnumViewModel.templateKeys["cases"]?.reads(\EnumViewModel.cases) == true else { return nil }
            guard EnumViewModel.templateKeys["docLines"]?.reads(\EnumViewModel.docLines) == true else { return nil }
            guard EnumViewModel.templateKeys["name"]?.reads(\EnumViewModel.name) == true else { return nil }
            guard EnumViewModel.templateKeys["qualifiedName"]?.reads(\EnumViewModel.qualifiedName) == true else { return nil }
            guard EnumViewModel.templateKeys["rawType"]?.reads(\EnumViewModel.rawType) == true else { return nil }
            guard EnumViewModel.templateKeys["runtime"]?.reads(\EnumViewModel.runtime) == true else { return nil }
            guard EnumViewModel.templateKeys["unknownCaseName"]?.reads(\EnumViewModel.unknownCaseName) == true else { return nil }
            guard EventKeyViewModel.templateKeys["caseName"]?.reads(\EventKeyViewModel.caseName) == true else { return nil }
            guard EventKeyViewModel.templateKeys["jsonKey"]?.reads(\EventKeyViewModel.jsonKey) == true else { return nil }
            guard EventViewModel.templateKeys["caseName"]?.reads(\EventViewModel.caseName) == true else { return nil }
            guard EventViewModel.templateKeys["docLines"]?.reads(\EventViewModel.docLines) == true else { return nil }
            guard EventViewModel.templateKeys["fields"]?.reads(\EventViewModel.fields) == true else { return nil }
            guard let eventViewModel_hasFields = EventViewModel.templateKeys["hasFields"]?.typedReader(as: Bool.self) else { return nil }
            self.eventViewModel_hasFields = eventViewModel_hasFields
            guard let eventViewModel_hasPayload = EventViewModel.templateKeys["hasPayload"]?.typedReader(as: Bool.self) else { return nil }
            self.eventViewModel_hasPayload = eventViewModel_hasPayload
            guard EventViewModel.templateKeys["isData"]?.reads(\EventViewModel.isData) == true else { return nil }
            guard EventViewModel.templateKeys["isFrame"]?.reads(\EventViewModel.isFrame) == true else { return nil }
            guard EventViewModel.templateKeys["payloadType"]?.reads(\EventViewModel.payloadType) == true else { return nil }
            guard EventViewModel.templateKeys["wireName"]?.reads(\EventViewModel.wireName) == true else { return nil }
            guard EventsViewModel.templateKeys["access"]?.reads(\EventsViewModel.access) == true else { return nil }
            guard EventsViewModel.templateKeys["discriminatorKey"]?.reads(\EventsViewModel.discriminatorKey) == true else { return nil }
            guard EventsViewModel.templateKeys["docLines"]?.reads(\EventsViewModel.docLines) == true else { return nil }
            guard EventsViewModel.templateKeys["events"]?.reads(\EventsViewModel.events) == true else { return nil }
            guard EventsViewModel.templateKeys["frameKeys"]?.reads(\EventsViewModel.frameKeys) == true else { return nil }
            guard let eventsViewModel_hasFrameEvents = EventsViewModel.templateKeys["hasFrameEvents"]?.typedReader(as: Bool.self) else { return nil }
            self.eventsViewModel_hasFrameEvents = eventsViewModel_hasFrameEvents
            guard EventsViewModel.templateKeys["hasPayloadKey"]?.reads(\EventsViewModel.hasPayloadKey) == true else { return nil }
            guard EventsViewModel.templateKeys["isIndirect"]?.reads(\EventsViewModel.isIndirect) == true else { return nil }
            guard EventsViewModel.templateKeys["name"]?.reads(\EventsViewModel.name) == true else { return nil }
            guard EventsViewModel.templateKeys["payloadKey"]?.reads(\EventsViewModel.payloadKey) == true else { return nil }
            guard EventsViewModel.templateKeys["qualifiedName"]?.reads(\EventsViewModel.qualifiedName) == true else { return nil }
            guard EventsViewModel.templateKeys["runtime"]?.reads(\EventsViewModel.runtime) == true else { return nil }
            guard EventsViewModel.templateKeys["unknownCaseName"]?.reads(\EventsViewModel.unknownCaseName) == true else { return nil }
            guard EventsViewModel.templateKeys["unknownDocLines"]?.reads(\EventsViewModel.unknownDocLines) == true else { return nil }
            guard FlagViewModel.templateKeys["hasSummary"]?.reads(\FlagViewModel.hasSummary) == true else { return nil }
            guard FlagViewModel.templateKeys["name"]?.reads(\FlagViewModel.name) == true else { return nil }
            guard FlagViewModel.templateKeys["summaryLines"]?.reads(\FlagViewModel.summaryLines) == true else { return nil }
            guard FlagViewModel.templateKeys["typeName"]?.reads(\FlagViewModel.typeName) == true else { return nil }
            guard FlagViewModel.templateKeys["value"]?.reads(\FlagViewModel.value) == true else { return nil }
            guard FlagsViewModel.templateKeys["access"]?.reads(\FlagsViewModel.access) == true else { return nil }
            guard FlagsViewModel.templateKeys["cases"]?.reads(\FlagsViewModel.cases) == true else { return nil }
            guard FlagsViewModel.templateKeys["docLines"]?.reads(\FlagsViewModel.docLines) == true else { return nil }
            guard FlagsViewModel.templateKeys["name"]?.reads(\FlagsViewModel.name) == true else { return nil }
            guard FlagsViewModel.templateKeys["protocolName"]?.reads(\FlagsViewModel.protocolName) == true else { return nil }
            guard FlagsViewModel.templateKeys["runtime"]?.reads(\FlagsViewModel.runtime) == true else { return nil }
            guard MemberCaseViewModel.templateKeys["checks"]?.reads(\MemberCaseViewModel.checks) == true else { return nil }
            guard let memberCaseViewModel_hasSeveralChecks = MemberCaseViewModel.templateKeys["hasSeveralChecks"]?.typedReader(as: Bool.self) else { return nil }
            self.memberCaseViewModel_hasSeveralChecks = memberCaseViewModel_hasSeveralChecks
            guard MemberCaseViewModel.templateKeys["index"]?.reads(\MemberCaseViewModel.index) == true else { return nil }
            guard MemberRuleViewModel.templateKeys["isRequired"]?.reads(\MemberRuleViewModel.isRequired) == true else { return nil }
            guard MemberRuleViewModel.templateKeys["key"]?.reads(\MemberRuleViewModel.key) == true else { return nil }
            guard MemberRuleViewModel.templateKeys["location"]?.reads(\MemberRuleViewModel.location) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["access"]?.reads(\ObjectValidatorViewModel.access) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["baseFunctionName"]?.reads(\ObjectValidatorViewModel.baseFunctionName) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["codeKeyText"]?.reads(\ObjectValidatorViewModel.codeKeyText) == true else { return nil }
            guard let objectValidatorViewModel_codes = ObjectValidatorViewModel.templateKeys["codes"]?.typedReader(as: [String].self) else { return nil }
            self.objectValidatorViewModel_codes = objectValidatorViewModel_codes
            guard ObjectValidatorViewModel.templateKeys["dispatch"]?.reads(\ObjectValidatorViewModel.dispatch) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["dispatchCode"]?.reads(\ObjectValidatorViewModel.dispatchCode) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["doc"]?.reads(\ObjectValidatorViewModel.doc) == true else { return nil }
            guard let objectValidatorViewModel_hasDispatchCode = ObjectValidatorViewModel.templateKeys["hasDispatchCode"]?.typedReader(as: Bool.self) else { return nil }
            self.objectValidatorViewModel_hasDispatchCode = objectValidatorViewModel_hasDispatchCode
            guard let objectValidatorViewModel_isCoded = ObjectValidatorViewModel.templateKeys["isCoded"]?.typedReader(as: Bool.self) else { return nil }
            self.objectValidatorViewModel_isCoded = objectValidatorViewModel_isCoded
            guard ObjectValidatorViewModel.templateKeys["isTagged"]?.reads(\ObjectValidatorViewModel.isTagged) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["location"]?.reads(\ObjectValidatorViewModel.location) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["name"]?.reads(\ObjectValidatorViewModel.name) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["needsStart"]?.reads(\ObjectValidatorViewModel.needsStart) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["qualifiedName"]?.reads(\ObjectValidatorViewModel.qualifiedName) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["requirements"]?.reads(\ObjectValidatorViewModel.requirements) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["runtime"]?.reads(\ObjectValidatorViewModel.runtime) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["tagKey"]?.reads(\ObjectValidatorViewModel.tagKey) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["tagKeyText"]?.reads(\ObjectValidatorViewModel.tagKeyText) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["tagValues"]?.reads(\ObjectValidatorViewModel.tagValues) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["typeNameText"]?.reads(\ObjectValidatorViewModel.typeNameText) == true else { return nil }
            guard ObjectValidatorViewModel.templateKeys["walks"]?.reads(\ObjectValidatorViewModel.walks) == true else { return nil }
            guard ObjectViewModel.templateKeys["access"]?.reads(\ObjectViewModel.access) == true else { return nil }
            guard ObjectViewModel.templateKeys["docLines"]?.reads(\ObjectViewModel.docLines) == true else { return nil }
            guard let objectViewModel_hasProperties = ObjectViewModel.templateKeys["hasProperties"]?.typedReader(as: Bool.self) else { return nil }
            self.objectViewModel_hasProperties = objectViewModel_hasProperties
            guard ObjectViewModel.templateKeys["name"]?.reads(\ObjectViewModel.name) == true else { return nil }
            guard ObjectViewModel.templateKeys["properties"]?.reads(\ObjectViewModel.properties) == true else { return nil }
            guard ObjectViewModel.templateKeys["qualifiedName"]?.reads(\ObjectViewModel.qualifiedName) == true else { return nil }
            guard ObjectViewModel.templateKeys["runtime"]?.reads(\ObjectViewModel.runtime) == true else { return nil }
            guard ObjectViewModel.templateKeys["variant"]?.reads(\ObjectViewModel.variant) == true else { return nil }
            guard OpcodeEventViewModel.templateKeys["carriesSequence"]?.reads(\OpcodeEventViewModel.carriesSequence) == true else { return nil }
            guard OpcodeEventViewModel.templateKeys["caseName"]?.reads(\OpcodeEventViewModel.caseName) == true else { return nil }
            guard OpcodeEventViewModel.templateKeys["docLines"]?.reads(\OpcodeEventViewModel.docLines) == true else { return nil }
            guard let opcodeEventViewModel_hasPayload = OpcodeEventViewModel.templateKeys["hasPayload"]?.typedReader(as: Bool.self) else { return nil }
            self.opcodeEventViewModel_hasPayload = opcodeEventViewModel_hasPayload
            guard let opcodeEventViewModel_hasValues = OpcodeEventViewModel.templateKeys["hasValues"]?.typedReader(as: Bool.self) else { return nil }
            self.opcodeEventViewModel_hasValues = opcodeEventViewModel_hasValues
            guard OpcodeEventViewModel.templateKeys["isDispatch"]?.reads(\OpcodeEventViewModel.isDispatch) == true else { return nil }
            guard OpcodeEventViewModel.templateKeys["isPayloadNullable"]?.reads(\OpcodeEventViewModel.isPayloadNullable) == true else { return nil }
            guard OpcodeEventViewModel.templateKeys["opcode"]?.reads(\OpcodeEventViewModel.opcode) == true else { return nil }
            guard OpcodeEventViewModel.templateKeys["payloadType"]?.reads(\OpcodeEventViewModel.payloadType) == true else { return nil }
            guard OpcodeEventViewModel.templateKeys["wireName"]?.reads(\OpcodeEventViewModel.wireName) == true else { return nil }
            guard OpcodeEventsViewModel.templateKeys["access"]?.reads(\OpcodeEventsViewModel.access) == true else { return nil }
            guard OpcodeEventsViewModel.templateKeys["discriminatorKey"]?.reads(\OpcodeEventsViewModel.discriminatorKey) == true else { return nil }
            guard OpcodeEventsViewModel.templateKeys["dispatch"]?.reads(\OpcodeEventsViewModel.dispatch) == true else { return nil }
            guard let opcodeEventsViewModel_dispatchEvents = OpcodeEventsViewModel.templateKeys["dispatchEvents"]?.typedReader(as: [OpcodeEventViewModel].self) else { return nil }
            self.opcodeEventsViewModel_dispatchEvents = opcodeEventsViewModel_dispatchEvents
            guard OpcodeEventsViewModel.templateKeys["docLines"]?.reads(\OpcodeEventsViewModel.docLines) == true else { return nil }
            guard OpcodeEventsViewModel.templateKeys["events"]?.reads(\OpcodeEventsViewModel.events) == true else { return nil }
            guard let opcodeEventsViewModel_hasSequence = OpcodeEventsViewModel.templateKeys["hasSequence"]?.typedReader(as: Bool.self) else { return nil }
            self.opcodeEventsViewModel_hasSequence = opcodeEventsViewModel_hasSequence
            guard OpcodeEventsViewModel.templateKeys["isIndirect"]?.reads(\OpcodeEventsViewModel.isIndirect) == true else { return nil }
            guard OpcodeEventsViewModel.templateKeys["name"]?.reads(\OpcodeEventsViewModel.name) == true else { return nil }
            guard let opcodeEventsViewModel_opcodeEvents = OpcodeEventsViewModel.templateKeys["opcodeEvents"]?.typedReader(as: [OpcodeEventViewModel].self) else { return nil }
            self.opcodeEventsViewModel_opcodeEvents = opcodeEventsViewModel_opcodeEvents
            guard OpcodeEventsViewModel.templateKeys["opcodeKey"]?.reads(\OpcodeEventsViewModel.opcodeKey) == true else { return nil }
            guard OpcodeEventsViewModel.templateKeys["payloadKey"]?.reads(\OpcodeEventsViewModel.payloadKey) == true else { return nil }
            guard OpcodeEventsViewModel.templateKeys["qualifiedName"]?.reads(\OpcodeEventsViewModel.qualifiedName) == true else { return nil }
            guard OpcodeEventsViewModel.templateKeys["runtime"]?.reads(\OpcodeEventsViewModel.runtime) == true else { return nil }
            guard OpcodeEventsViewModel.templateKeys["sequenceKey"]?.reads(\OpcodeEventsViewModel.sequenceKey) == true else { return nil }
            guard OpcodeEventsViewModel.templateKeys["unknownCaseName"]?.reads(\OpcodeEventsViewModel.unknownCaseName) == true else { return nil }
            guard OpcodeEventsViewModel.templateKeys["unknownDocLines"]?.reads(\OpcodeEventsViewModel.unknownDocLines) == true else { return nil }
            guard PropertyViewModel.templateKeys["baseType"]?.reads(\PropertyViewModel.baseType) == true else { return nil }
            guard PropertyViewModel.templateKeys["caseName"]?.reads(\PropertyViewModel.caseName) == true else { return nil }
            guard PropertyViewModel.templateKeys["constant"]?.reads(\PropertyViewModel.constant) == true else { return nil }
            guard PropertyViewModel.templateKeys["fromNote"]?.reads(\PropertyViewModel.fromNote) == true else { return nil }
            guard let propertyViewModel_hasConstant = PropertyViewModel.templateKeys["hasConstant"]?.typedReader(as: Bool.self) else { return nil }
            self.propertyViewModel_hasConstant = propertyViewModel_hasConstant
            guard let propertyViewModel_hasSummary = PropertyViewModel.templateKeys["hasSummary"]?.typedReader(as: Bool.self) else { return nil }
            self.propertyViewModel_hasSummary = propertyViewModel_hasSummary
            guard PropertyViewModel.templateKeys["index"]?.reads(\PropertyViewModel.index) == true else { return nil }
            guard PropertyViewModel.templateKeys["isFastDecodable"]?.reads(\PropertyViewModel.isFastDecodable) == true else { return nil }
            guard PropertyViewModel.templateKeys["isIndirect"]?.reads(\PropertyViewModel.isIndirect) == true else { return nil }
            guard PropertyViewModel.templateKeys["isLastParameter"]?.reads(\PropertyViewModel.isLastParameter) == true else { return nil }
            guard PropertyViewModel.templateKeys["isNullable"]?.reads(\PropertyViewModel.isNullable) == true else { return nil }
            guard PropertyViewModel.templateKeys["isOptional"]?.reads(\PropertyViewModel.isOptional) == true else { return nil }
            guard PropertyViewModel.templateKeys["isRequired"]?.reads(\PropertyViewModel.isRequired) == true else { return nil }
            guard PropertyViewModel.templateKeys["jsonKey"]?.reads(\PropertyViewModel.jsonKey) == true else { return nil }
            guard PropertyViewModel.templateKeys["jsonName"]?.reads(\PropertyViewModel.jsonName) == true else { return nil }
            guard PropertyViewModel.templateKeys["name"]?.reads(\PropertyViewModel.name) == true else { return nil }
            guard PropertyViewModel.templateKeys["storageName"]?.reads(\PropertyViewModel.storageName) == true else { return nil }
            guard PropertyViewModel.templateKeys["summaryLines"]?.reads(\PropertyViewModel.summaryLines) == true else { return nil }
            guard RequiredKeyViewModel.templateKeys["key"]?.reads(\RequiredKeyViewModel.key) == true else { return nil }
            guard RequiredKeyViewModel.templateKeys["location"]?.reads(\RequiredKeyViewModel.location) == true else { return nil }
            guard RequirementViewModel.templateKeys["entries"]?.reads(\RequirementViewModel.entries) == true else { return nil }
            guard RequirementViewModel.templateKeys["name"]?.reads(\RequirementViewModel.name) == true else { return nil }
            guard RequirementViewModel.templateKeys["runtime"]?.reads(\RequirementViewModel.runtime) == true else { return nil }
            guard RequirementViewModel.templateKeys["summary"]?.reads(\RequirementViewModel.summary) == true else { return nil }
            guard SwiftFileViewModel.templateKeys["declaresNamespace"]?.reads(\SwiftFileViewModel.declaresNamespace) == true else { return nil }
            guard SwiftFileViewModel.templateKeys["fastDecoders"]?.reads(\SwiftFileViewModel.fastDecoders) == true else { return nil }
            guard let swiftFileViewModel_hasNamespace = SwiftFileViewModel.templateKeys["hasNamespace"]?.typedReader(as: Bool.self) else { return nil }
            self.swiftFileViewModel_hasNamespace = swiftFileViewModel_hasNamespace
            guard SwiftFileViewModel.templateKeys["imports"]?.reads(\SwiftFileViewModel.imports) == true else { return nil }
            guard let swiftFileViewModel_indentLess = SwiftFileViewModel.templateKeys["indentLess"]?.typedReader(as: String.self) else { return nil }
            self.swiftFileViewModel_indentLess = swiftFileViewModel_indentLess
            guard let swiftFileViewModel_indentMore = SwiftFileViewModel.templateKeys["indentMore"]?.typedReader(as: String.self) else { return nil }
            self.swiftFileViewModel_indentMore = swiftFileViewModel_indentMore
            guard SwiftFileViewModel.templateKeys["namespace"]?.reads(\SwiftFileViewModel.namespace) == true else { return nil }
            guard SwiftFileViewModel.templateKeys["namespaceAccess"]?.reads(\SwiftFileViewModel.namespaceAccess) == true else { return nil }
            guard SwiftFileViewModel.templateKeys["sourcePath"]?.reads(\SwiftFileViewModel.sourcePath) == true else { return nil }
            guard SwiftFileViewModel.templateKeys["types"]?.reads(\SwiftFileViewModel.types) == true else { return nil }
            guard SwiftTypeViewModel.templateKeys["enumeration"]?.reads(\SwiftTypeViewModel.enumeration) == true else { return nil }
            guard SwiftTypeViewModel.templateKeys["events"]?.reads(\SwiftTypeViewModel.events) == true else { return nil }
            guard SwiftTypeViewModel.templateKeys["flags"]?.reads(\SwiftTypeViewModel.flags) == true else { return nil }
            guard SwiftTypeViewModel.templateKeys["object"]?.reads(\SwiftTypeViewModel.object) == true else { return nil }
            guard SwiftTypeViewModel.templateKeys["opcodeEvents"]?.reads(\SwiftTypeViewModel.opcodeEvents) == true else { return nil }
            guard SwiftTypeViewModel.templateKeys["taggedUnion"]?.reads(\SwiftTypeViewModel.taggedUnion) == true else { return nil }
            guard SwiftTypeViewModel.templateKeys["union"]?.reads(\SwiftTypeViewModel.union) == true else { return nil }
            guard TaggedUnionMemberCheckViewModel.templateKeys["index"]?.reads(\TaggedUnionMemberCheckViewModel.index) == true else { return nil }
            guard TaggedUnionMemberCheckViewModel.templateKeys["type"]?.reads(\TaggedUnionMemberCheckViewModel.type) == true else { return nil }
            guard TaggedUnionMemberViewModel.templateKeys["caseName"]?.reads(\TaggedUnionMemberViewModel.caseName) == true else { return nil }
            guard TaggedUnionMemberViewModel.templateKeys["code"]?.reads(\TaggedUnionMemberViewModel.code) == true else { return nil }
            guard TaggedUnionMemberViewModel.templateKeys["type"]?.reads(\TaggedUnionMemberViewModel.type) == true else { return nil }
            guard TaggedUnionValidatorViewModel.templateKeys["access"]?.reads(\TaggedUnionValidatorViewModel.access) == true else { return nil }
            guard TaggedUnionValidatorViewModel.templateKeys["codes"]?.reads(\TaggedUnionValidatorViewModel.codes) == true else { return nil }
            guard TaggedUnionValidatorViewModel.templateKeys["doc"]?.reads(\TaggedUnionValidatorViewModel.doc) == true else { return nil }
            guard TaggedUnionValidatorViewModel.templateKeys["location"]?.reads(\TaggedUnionValidatorViewModel.location) == true else { return nil }
            guard TaggedUnionValidatorViewModel.templateKeys["members"]?.reads(\TaggedUnionValidatorViewModel.members) == true else { return nil }
            guard TaggedUnionValidatorViewModel.templateKeys["name"]?.reads(\TaggedUnionValidatorViewModel.name) == true else { return nil }
            guard TaggedUnionValidatorViewModel.templateKeys["qualifiedName"]?.reads(\TaggedUnionValidatorViewModel.qualifiedName) == true else { return nil }
            guard TaggedUnionValidatorViewModel.templateKeys["runtime"]?.reads(\TaggedUnionValidatorViewModel.runtime) == true else { return nil }
            guard TaggedUnionValidatorViewModel.templateKeys["tagKey"]?.reads(\TaggedUnionValidatorViewModel.tagKey) == true else { return nil }
            guard TaggedUnionValidatorViewModel.templateKeys["tagKeyText"]?.reads(\TaggedUnionValidatorViewModel.tagKeyText) == true else { return nil }
            guard TaggedUnionValidatorViewModel.templateKeys["tagLocation"]?.reads(\TaggedUnionValidatorViewModel.tagLocation) == true else { return nil }
            guard TaggedUnionValidatorViewModel.templateKeys["typeNameText"]?.reads(\TaggedUnionValidatorViewModel.typeNameText) == true else { return nil }
            guard TaggedUnionViewModel.templateKeys["access"]?.reads(\TaggedUnionViewModel.access) == true else { return nil }
            guard TaggedUnionViewModel.templateKeys["codeLabel"]?.reads(\TaggedUnionViewModel.codeLabel) == true else { return nil }
            guard TaggedUnionViewModel.templateKeys["docLines"]?.reads(\TaggedUnionViewModel.docLines) == true else { return nil }
            guard TaggedUnionViewModel.templateKeys["isIndirect"]?.reads(\TaggedUnionViewModel.isIndirect) == true else { return nil }
            guard TaggedUnionViewModel.templateKeys["members"]?.reads(\TaggedUnionViewModel.members) == true else { return nil }
            guard TaggedUnionViewModel.templateKeys["name"]?.reads(\TaggedUnionViewModel.name) == true else { return nil }
            guard TaggedUnionViewModel.templateKeys["qualifiedName"]?.reads(\TaggedUnionViewModel.qualifiedName) == true else { return nil }
            guard TaggedUnionViewModel.templateKeys["runtime"]?.reads(\TaggedUnionViewModel.runtime) == true else { return nil }
            guard TaggedUnionViewModel.templateKeys["tagKey"]?.reads(\TaggedUnionViewModel.tagKey) == true else { return nil }
            guard TaggedUnionViewModel.templateKeys["tagKeyText"]?.reads(\TaggedUnionViewModel.tagKeyText) == true else { return nil }
            guard TaggedUnionViewModel.templateKeys["unknownCaseName"]?.reads(\TaggedUnionViewModel.unknownCaseName) == true else { return nil }
            guard UnionMemberViewModel.templateKeys["caseName"]?.reads(\UnionMemberViewModel.caseName) == true else { return nil }
            guard UnionMemberViewModel.templateKeys["type"]?.reads(\UnionMemberViewModel.type) == true else { return nil }
            guard UnionValidatorViewModel.templateKeys["access"]?.reads(\UnionValidatorViewModel.access) == true else { return nil }
            guard UnionValidatorViewModel.templateKeys["doc"]?.reads(\UnionValidatorViewModel.doc) == true else { return nil }
            guard UnionValidatorViewModel.templateKeys["expected"]?.reads(\UnionValidatorViewModel.expected) == true else { return nil }
            guard let unionValidatorViewModel_lastMember = UnionValidatorViewModel.templateKeys["lastMember"]?.typedReader(as: MemberCaseViewModel?.self) else { return nil }
            self.unionValidatorViewModel_lastMember = unionValidatorViewModel_lastMember
            guard UnionValidatorViewModel.templateKeys["location"]?.reads(\UnionValidatorViewModel.location) == true else { return nil }
            guard let unionValidatorViewModel_memberCount = UnionValidatorViewModel.templateKeys["memberCount"]?.typedReader(as: String.self) else { return nil }
            self.unionValidatorViewModel_memberCount = unionValidatorViewModel_memberCount
            guard let unionValidatorViewModel_members = UnionValidatorViewModel.templateKeys["members"]?.typedReader(as: [MemberCaseViewModel].self) else { return nil }
            self.unionValidatorViewModel_members = unionValidatorViewModel_members
            guard UnionValidatorViewModel.templateKeys["name"]?.reads(\UnionValidatorViewModel.name) == true else { return nil }
            guard UnionValidatorViewModel.templateKeys["qualifiedName"]?.reads(\UnionValidatorViewModel.qualifiedName) == true else { return nil }
            guard UnionValidatorViewModel.templateKeys["runtime"]?.reads(\UnionValidatorViewModel.runtime) == true else { return nil }
            guard UnionViewModel.templateKeys["access"]?.reads(\UnionViewModel.access) == true else { return nil }
            guard UnionViewModel.templateKeys["fromNote"]?.reads(\UnionViewModel.fromNote) == true else { return nil }
            guard UnionViewModel.templateKeys["isIndirect"]?.reads(\UnionViewModel.isIndirect) == true else { return nil }
            guard let unionViewModel_lastMember = UnionViewModel.templateKeys["lastMember"]?.typedReader(as: UnionMemberViewModel?.self) else { return nil }
            self.unionViewModel_lastMember = unionViewModel_lastMember
            guard let unionViewModel_leadingMembers = UnionViewModel.templateKeys["leadingMembers"]?.typedReader(as: [UnionMemberViewModel].self) else { return nil }
            self.unionViewModel_leadingMembers = unionViewModel_leadingMembers
            guard UnionViewModel.templateKeys["members"]?.reads(\UnionViewModel.members) == true else { return nil }
            guard UnionViewModel.templateKeys["name"]?.reads(\UnionViewModel.name) == true else { return nil }
            guard UnionViewModel.templateKeys["qualifiedName"]?.reads(\UnionViewModel.qualifiedName) == true else { return nil }
            guard UnionViewModel.templateKeys["runtime"]?.reads(\UnionViewModel.runtime) == true else { return nil }
            guard ValidatorDocViewModel.templateKeys["name"]?.reads(\ValidatorDocViewModel.name) == true else { return nil }
            guard ValidatorDocViewModel.templateKeys["rulesSource"]?.reads(\ValidatorDocViewModel.rulesSource) == true else { return nil }
            guard ValidatorFileViewModel.templateKeys["imports"]?.reads(\ValidatorFileViewModel.imports) == true else { return nil }
            guard ValidatorFileViewModel.templateKeys["sourcePath"]?.reads(\ValidatorFileViewModel.sourcePath) == true else { return nil }
            guard ValidatorFileViewModel.templateKeys["types"]?.reads(\ValidatorFileViewModel.types) == true else { return nil }
            guard ValidatorTypeViewModel.templateKeys["enumeration"]?.reads(\ValidatorTypeViewModel.enumeration) == true else { return nil }
            guard ValidatorTypeViewModel.templateKeys["object"]?.reads(\ValidatorTypeViewModel.object) == true else { return nil }
            guard ValidatorTypeViewModel.templateKeys["taggedUnion"]?.reads(\ValidatorTypeViewModel.taggedUnion) == true else { return nil }
            guard ValidatorTypeViewModel.templateKeys["union"]?.reads(\ValidatorTypeViewModel.union) == true else { return nil }
            guard VariantCaseViewModel.templateKeys["caseName"]?.reads(\VariantCaseViewModel.caseName) == true else { return nil }
            guard VariantCaseViewModel.templateKeys["docLines"]?.reads(\VariantCaseViewModel.docLines) == true else { return nil }
            guard VariantCaseViewModel.templateKeys["fields"]?.reads(\VariantCaseViewModel.fields) == true else { return nil }
            guard let variantCaseViewModel_hasFields = VariantCaseViewModel.templateKeys["hasFields"]?.typedReader(as: Bool.self) else { return nil }
            self.variantCaseViewModel_hasFields = variantCaseViewModel_hasFields
            guard VariantCaseViewModel.templateKeys["typeName"]?.reads(\VariantCaseViewModel.typeName) == true else { return nil }
            guard VariantFieldViewModel.templateKeys["baseType"]?.reads(\VariantFieldViewModel.baseType) == true else { return nil }
            guard VariantFieldViewModel.templateKeys["commonName"]?.reads(\VariantFieldViewModel.commonName) == true else { return nil }
            guard VariantFieldViewModel.templateKeys["commonProperty"]?.reads(\VariantFieldViewModel.commonProperty) == true else { return nil }
            guard VariantFieldViewModel.templateKeys["decodesFromObject"]?.reads(\VariantFieldViewModel.decodesFromObject) == true else { return nil }
            guard VariantFieldViewModel.templateKeys["isLastParameter"]?.reads(\VariantFieldViewModel.isLastParameter) == true else { return nil }
            guard VariantFieldViewModel.templateKeys["isOptional"]?.reads(\VariantFieldViewModel.isOptional) == true else { return nil }
            guard VariantFieldViewModel.templateKeys["name"]?.reads(\VariantFieldViewModel.name) == true else { return nil }
            guard VariantFieldViewModel.templateKeys["reusesCommon"]?.reads(\VariantFieldViewModel.reusesCommon) == true else { return nil }
            guard VariantViewModel.templateKeys["cases"]?.reads(\VariantViewModel.cases) == true else { return nil }
            guard VariantViewModel.templateKeys["discriminatorName"]?.reads(\VariantViewModel.discriminatorName) == true else { return nil }
            guard VariantViewModel.templateKeys["docLines"]?.reads(\VariantViewModel.docLines) == true else { return nil }
            guard VariantViewModel.templateKeys["enumDocLines"]?.reads(\VariantViewModel.enumDocLines) == true else { return nil }
            guard VariantViewModel.templateKeys["enumName"]?.reads(\VariantViewModel.enumName) == true else { return nil }
            guard VariantViewModel.templateKeys["isIndirect"]?.reads(\VariantViewModel.isIndirect) == true else { return nil }
            guard VariantViewModel.templateKeys["otherCaseName"]?.reads(\VariantViewModel.otherCaseName) == true else { return nil }
            guard VariantViewModel.templateKeys["otherDocLines"]?.reads(\VariantViewModel.otherDocLines) == true else { return nil }
            guard VariantViewModel.templateKeys["propertyName"]?.reads(\VariantViewModel.propertyName) == true else { return nil }
            guard WalkViewModel.templateKeys["cases"]?.reads(\WalkViewModel.cases) == true else { return nil }
            guard WalkViewModel.templateKeys["functionName"]?.reads(\WalkViewModel.functionName) == true else { return nil }
            guard WalkViewModel.templateKeys["members"]?.reads(\WalkViewModel.members) == true else { return nil }
            guard WalkViewModel.templateKeys["rulesName"]?.reads(\WalkViewModel.rulesName) == true else { return nil }
            guard WalkViewModel.templateKeys["runtime"]?.reads(\WalkViewModel.runtime) == true else { return nil }
            guard WalkViewModel.templateKeys["summary"]?.reads(\WalkViewModel.summary) == true else { return nil }
            guard WalkViewModel.templateKeys["typeNameText"]?.reads(\WalkViewModel.typeNameText) == true else { return nil }
        }
    }

    /// The template `models.swift`.
    private static func template0(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel) {
        let s1 = w.count
        let n2 = w.count
        w.write("// Generated by specgen from " as StaticString)
        w.indent(ind, node: n2, list: s1)
        let v3 = a0.sourcePath
        w.write(v3)
        let n4 = w.count
        w.write(".\n" as StaticString)
        w.indent(ind, node: n4, list: s1)
        let n5 = w.count
        w.write("// Do not edit: change the docs (or the specgen config) and generate again.\n" as StaticString)
        w.indent(ind, node: n5, list: s1)
        let n6 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n6, list: s1)
        let n7 = w.count
        let v8 = a0.imports
        v8.withUnsafeBufferPointer { l10 in
            for i9 in l10.indices {
                let s11 = w.count
                w.write("import " as StaticString)
                w.write(l10[i9])
                let n12 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n12, list: s11)
            }
        }
        w.indent(ind, node: n7, list: s1)
        let n13 = w.count
        let v14 = a0.declaresNamespace
        if v14 {
            let s15 = w.count
            w.write("\n" as StaticString)
            let n16 = w.count
            w.write("/// The namespace of the types specgen generates from the docs: each file declar" as StaticString)
            w.write("es its types in an extension of it.\n" as StaticString)
            w.indent(ind, node: n16, list: s15)
            let n17 = w.count
            let v18 = a0.namespaceAccess
            w.write(v18)
            w.indent(ind, node: n17, list: s15)
            let n19 = w.count
            w.write(" enum " as StaticString)
            w.indent(ind, node: n19, list: s15)
            if let v20 = a0.namespace {
                w.write(v20)
            }
            let n21 = w.count
            w.write(" {}\n" as StaticString)
            w.indent(ind, node: n21, list: s15)
        }
        w.indent(ind, node: n13, list: s1)
        let n22 = w.count
        let v23 = a0.types
        v23.withUnsafeBufferPointer { l25 in
            for i24 in l25.indices {
                let s26 = w.count
                if let v27 = l25[i24].object {
                    let s28 = w.count
                    w.write("\n" as StaticString)
                    let n29 = w.count
                    let v30 = k.swiftFileViewModel_hasNamespace(a0)
                    if v30 {
                        let s31 = w.count
                        w.write("extension " as StaticString)
                        if let v32 = a0.namespace {
                            w.write(v32)
                        }
                        let n33 = w.count
                        w.write(" {\n" as StaticString)
                        w.indent(ind, node: n33, list: s31)
                        let n34 = w.count
                        let v35 = k.swiftFileViewModel_indentMore(a0)
                        w.write(v35)
                        w.indent(ind, node: n34, list: s31)
                        let n36 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n36, list: s31)
                    }
                    w.indent(ind, node: n29, list: s28)
                    let n37 = w.count
                    partial0(&w, ind, k, a0, l25[i24], v27)
                    w.indent(ind, node: n37, list: s28)
                    let n38 = w.count
                    let v39 = k.swiftFileViewModel_hasNamespace(a0)
                    if v39 {
                        let s40 = w.count
                        let v41 = k.swiftFileViewModel_indentLess(a0)
                        w.write(v41)
                        let n42 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n42, list: s40)
                        let n43 = w.count
                        w.write("}\n" as StaticString)
                        w.indent(ind, node: n43, list: s40)
                    }
                    w.indent(ind, node: n38, list: s28)
                    let n44 = w.count
                    let v45 = a0.fastDecoders
                    if v45 {
                        let s46 = w.count
                        w.write("\n" as StaticString)
                        let n47 = w.count
                        partial1(&w, ind, k, a0, l25[i24], v27)
                        w.indent(ind, node: n47, list: s46)
                    }
                    w.indent(ind, node: n44, list: s28)
                }
                let n48 = w.count
                if let v49 = l25[i24].enumeration {
                    let s50 = w.count
                    w.write("\n" as StaticString)
                    let n51 = w.count
                    let v52 = k.swiftFileViewModel_hasNamespace(a0)
                    if v52 {
                        let s53 = w.count
                        w.write("extension " as StaticString)
                        if let v54 = a0.namespace {
                            w.write(v54)
                        }
                        let n55 = w.count
                        w.write(" {\n" as StaticString)
                        w.indent(ind, node: n55, list: s53)
                        let n56 = w.count
                        let v57 = k.swiftFileViewModel_indentMore(a0)
                        w.write(v57)
                        w.indent(ind, node: n56, list: s53)
                        let n58 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n58, list: s53)
                    }
                    w.indent(ind, node: n51, list: s50)
                    let n59 = w.count
                    partial2(&w, ind, k, a0, l25[i24], v49)
                    w.indent(ind, node: n59, list: s50)
                    let n60 = w.count
                    let v61 = k.swiftFileViewModel_hasNamespace(a0)
                    if v61 {
                        let s62 = w.count
                        let v63 = k.swiftFileViewModel_indentLess(a0)
                        w.write(v63)
                        let n64 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n64, list: s62)
                        let n65 = w.count
                        w.write("}\n" as StaticString)
                        w.indent(ind, node: n65, list: s62)
                    }
                    w.indent(ind, node: n60, list: s50)
                    let n66 = w.count
                    let v67 = a0.fastDecoders
                    if v67 {
                        let s68 = w.count
                        w.write("\n" as StaticString)
                        let n69 = w.count
                        partial3(&w, ind, k, a0, l25[i24], v49)
                        w.indent(ind, node: n69, list: s68)
                    }
                    w.indent(ind, node: n66, list: s50)
                }
                w.indent(ind, node: n48, list: s26)
                let n70 = w.count
                if let v71 = l25[i24].flags {
                    let s72 = w.count
                    w.write("\n" as StaticString)
                    let n73 = w.count
                    let v74 = k.swiftFileViewModel_hasNamespace(a0)
                    if v74 {
                        let s75 = w.count
                        w.write("extension " as StaticString)
                        if let v76 = a0.namespace {
                            w.write(v76)
                        }
                        let n77 = w.count
                        w.write(" {\n" as StaticString)
                        w.indent(ind, node: n77, list: s75)
                        let n78 = w.count
                        let v79 = k.swiftFileViewModel_indentMore(a0)
                        w.write(v79)
                        w.indent(ind, node: n78, list: s75)
                        let n80 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n80, list: s75)
                    }
                    w.indent(ind, node: n73, list: s72)
                    let n81 = w.count
                    partial4(&w, ind, k, a0, l25[i24], v71)
                    w.indent(ind, node: n81, list: s72)
                    let n82 = w.count
                    let v83 = k.swiftFileViewModel_hasNamespace(a0)
                    if v83 {
                        let s84 = w.count
                        let v85 = k.swiftFileViewModel_indentLess(a0)
                        w.write(v85)
                        let n86 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n86, list: s84)
                        let n87 = w.count
                        w.write("}\n" as StaticString)
                        w.indent(ind, node: n87, list: s84)
                    }
                    w.indent(ind, node: n82, list: s72)
                }
                w.indent(ind, node: n70, list: s26)
                let n88 = w.count
                if let v89 = l25[i24].union {
                    let s90 = w.count
                    w.write("\n" as StaticString)
                    let n91 = w.count
                    let v92 = k.swiftFileViewModel_hasNamespace(a0)
                    if v92 {
                        let s93 = w.count
                        w.write("extension " as StaticString)
                        if let v94 = a0.namespace {
                            w.write(v94)
                        }
                        let n95 = w.count
                        w.write(" {\n" as StaticString)
                        w.indent(ind, node: n95, list: s93)
                        let n96 = w.count
                        let v97 = k.swiftFileViewModel_indentMore(a0)
                        w.write(v97)
                        w.indent(ind, node: n96, list: s93)
                        let n98 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n98, list: s93)
                    }
                    w.indent(ind, node: n91, list: s90)
                    let n99 = w.count
                    partial5(&w, ind, k, a0, l25[i24], v89)
                    w.indent(ind, node: n99, list: s90)
                    let n100 = w.count
                    let v101 = k.swiftFileViewModel_hasNamespace(a0)
                    if v101 {
                        let s102 = w.count
                        let v103 = k.swiftFileViewModel_indentLess(a0)
                        w.write(v103)
                        let n104 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n104, list: s102)
                        let n105 = w.count
                        w.write("}\n" as StaticString)
                        w.indent(ind, node: n105, list: s102)
                    }
                    w.indent(ind, node: n100, list: s90)
                    let n106 = w.count
                    let v107 = a0.fastDecoders
                    if v107 {
                        let s108 = w.count
                        w.write("\n" as StaticString)
                        let n109 = w.count
                        partial6(&w, ind, k, a0, l25[i24], v89)
                        w.indent(ind, node: n109, list: s108)
                    }
                    w.indent(ind, node: n106, list: s90)
                }
                w.indent(ind, node: n88, list: s26)
                let n110 = w.count
                if let v111 = l25[i24].taggedUnion {
                    let s112 = w.count
                    w.write("\n" as StaticString)
                    let n113 = w.count
                    let v114 = k.swiftFileViewModel_hasNamespace(a0)
                    if v114 {
                        let s115 = w.count
                        w.write("extension " as StaticString)
                        if let v116 = a0.namespace {
                            w.write(v116)
                        }
                        let n117 = w.count
                        w.write(" {\n" as StaticString)
                        w.indent(ind, node: n117, list: s115)
                        let n118 = w.count
                        let v119 = k.swiftFileViewModel_indentMore(a0)
                        w.write(v119)
                        w.indent(ind, node: n118, list: s115)
                        let n120 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n120, list: s115)
                    }
                    w.indent(ind, node: n113, list: s112)
                    let n121 = w.count
                    partial7(&w, ind, k, a0, l25[i24], v111)
                    w.indent(ind, node: n121, list: s112)
                    let n122 = w.count
                    let v123 = k.swiftFileViewModel_hasNamespace(a0)
                    if v123 {
                        let s124 = w.count
                        let v125 = k.swiftFileViewModel_indentLess(a0)
                        w.write(v125)
                        let n126 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n126, list: s124)
                        let n127 = w.count
                        w.write("}\n" as StaticString)
                        w.indent(ind, node: n127, list: s124)
                    }
                    w.indent(ind, node: n122, list: s112)
                    let n128 = w.count
                    let v129 = a0.fastDecoders
                    if v129 {
                        let s130 = w.count
                        w.write("\n" as StaticString)
                        let n131 = w.count
                        partial8(&w, ind, k, a0, l25[i24], v111)
                        w.indent(ind, node: n131, list: s130)
                    }
                    w.indent(ind, node: n128, list: s112)
                }
                w.indent(ind, node: n110, list: s26)
                let n132 = w.count
                if let v133 = l25[i24].events {
                    let s134 = w.count
                    w.write("\n" as StaticString)
                    let n135 = w.count
                    let v136 = k.swiftFileViewModel_hasNamespace(a0)
                    if v136 {
                        let s137 = w.count
                        w.write("extension " as StaticString)
                        if let v138 = a0.namespace {
                            w.write(v138)
                        }
                        let n139 = w.count
                        w.write(" {\n" as StaticString)
                        w.indent(ind, node: n139, list: s137)
                        let n140 = w.count
                        let v141 = k.swiftFileViewModel_indentMore(a0)
                        w.write(v141)
                        w.indent(ind, node: n140, list: s137)
                        let n142 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n142, list: s137)
                    }
                    w.indent(ind, node: n135, list: s134)
                    let n143 = w.count
                    partial9(&w, ind, k, a0, l25[i24], v133)
                    w.indent(ind, node: n143, list: s134)
                    let n144 = w.count
                    let v145 = k.swiftFileViewModel_hasNamespace(a0)
                    if v145 {
                        let s146 = w.count
                        let v147 = k.swiftFileViewModel_indentLess(a0)
                        w.write(v147)
                        let n148 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n148, list: s146)
                        let n149 = w.count
                        w.write("}\n" as StaticString)
                        w.indent(ind, node: n149, list: s146)
                    }
                    w.indent(ind, node: n144, list: s134)
                    let n150 = w.count
                    let v151 = a0.fastDecoders
                    if v151 {
                        let s152 = w.count
                        w.write("\n" as StaticString)
                        let n153 = w.count
                        partial10(&w, ind, k, a0, l25[i24], v133)
                        w.indent(ind, node: n153, list: s152)
                    }
                    w.indent(ind, node: n150, list: s134)
                }
                w.indent(ind, node: n132, list: s26)
                let n154 = w.count
                if let v155 = l25[i24].opcodeEvents {
                    let s156 = w.count
                    w.write("\n" as StaticString)
                    let n157 = w.count
                    let v158 = k.swiftFileViewModel_hasNamespace(a0)
                    if v158 {
                        let s159 = w.count
                        w.write("extension " as StaticString)
                        if let v160 = a0.namespace {
                            w.write(v160)
                        }
                        let n161 = w.count
                        w.write(" {\n" as StaticString)
                        w.indent(ind, node: n161, list: s159)
                        let n162 = w.count
                        let v163 = k.swiftFileViewModel_indentMore(a0)
                        w.write(v163)
                        w.indent(ind, node: n162, list: s159)
                        let n164 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n164, list: s159)
                    }
                    w.indent(ind, node: n157, list: s156)
                    let n165 = w.count
                    partial11(&w, ind, k, a0, l25[i24], v155)
                    w.indent(ind, node: n165, list: s156)
                    let n166 = w.count
                    let v167 = k.swiftFileViewModel_hasNamespace(a0)
                    if v167 {
                        let s168 = w.count
                        let v169 = k.swiftFileViewModel_indentLess(a0)
                        w.write(v169)
                        let n170 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n170, list: s168)
                        let n171 = w.count
                        w.write("}\n" as StaticString)
                        w.indent(ind, node: n171, list: s168)
                    }
                    w.indent(ind, node: n166, list: s156)
                    let n172 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n172, list: s156)
                    let n173 = w.count
                    partial12(&w, ind, k, a0, l25[i24], v155)
                    w.indent(ind, node: n173, list: s156)
                }
                w.indent(ind, node: n154, list: s26)
            }
        }
        w.indent(ind, node: n22, list: s1)
    }

    /// The partial `object`.
    private static func partial0(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: ObjectViewModel) {
        let s174 = w.count
        let n175 = w.count
        let v176 = a2.docLines
        v176.withUnsafeBufferPointer { l178 in
            for i177 in l178.indices {
                let s179 = w.count
                w.write("/// " as StaticString)
                w.write(l178[i177])
                let n180 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n180, list: s179)
            }
        }
        w.indent(ind, node: n175, list: s174)
        let n181 = w.count
        let v182 = a2.access
        w.write(v182)
        w.indent(ind, node: n181, list: s174)
        let n183 = w.count
        w.write(" struct " as StaticString)
        w.indent(ind, node: n183, list: s174)
        let v184 = a2.name
        w.write(v184)
        let n185 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n185, list: s174)
        let n186 = w.count
        let v187 = a2.properties
        v187.withUnsafeBufferPointer { l189 in
            for i188 in l189.indices {
                let s190 = w.count
                let v191 = l189[i188].summaryLines
                v191.withUnsafeBufferPointer { l193 in
                    for i192 in l193.indices {
                        let s194 = w.count
                        w.write("    /// " as StaticString)
                        w.write(l193[i192])
                        let n195 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n195, list: s194)
                    }
                }
                let n196 = w.count
                let v197 = k.propertyViewModel_hasSummary(l189[i188])
                if v197 {
                    w.write("    ///\n" as StaticString)
                }
                w.indent(ind, node: n196, list: s190)
                let n198 = w.count
                w.write("    /// JSON key `" as StaticString)
                w.indent(ind, node: n198, list: s190)
                let v199 = l189[i188].jsonName
                w.write(v199)
                let n200 = w.count
                w.write("`, " as StaticString)
                w.indent(ind, node: n200, list: s190)
                let v201 = l189[i188].isRequired
                if v201 {
                    w.write("always present" as StaticString)
                    let v203 = l189[i188].isNullable
                    if v203 {
                        w.write(", may be null" as StaticString)
                    }
                }
                let n204 = w.count
                let v205 = l189[i188].isRequired
                if !v205 {
                    w.write("may be absent" as StaticString)
                    let v207 = l189[i188].isNullable
                    if v207 {
                        w.write(" or null" as StaticString)
                    }
                }
                w.indent(ind, node: n204, list: s190)
                let n208 = w.count
                let v209 = k.propertyViewModel_hasConstant(l189[i188])
                if v209 {
                    let s210 = w.count
                    w.write("; documented value `" as StaticString)
                    if let v211 = l189[i188].constant {
                        w.write(v211)
                    }
                    let n212 = w.count
                    w.write("`" as StaticString)
                    w.indent(ind, node: n212, list: s210)
                }
                w.indent(ind, node: n208, list: s190)
                let n213 = w.count
                w.write("." as StaticString)
                w.indent(ind, node: n213, list: s190)
                let v214 = l189[i188].fromNote
                if !v214.isEmpty {
                    w.write(" " as StaticString)
                    w.write(v214)
                }
                let n216 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n216, list: s190)
                let n217 = w.count
                let v218 = l189[i188].isIndirect
                if v218 {
                    let s219 = w.count
                    w.write("    " as StaticString)
                    let v220 = a2.access
                    w.write(v220)
                    let n221 = w.count
                    w.write(" var " as StaticString)
                    w.indent(ind, node: n221, list: s219)
                    let v222 = l189[i188].name
                    w.write(v222)
                    let n223 = w.count
                    w.write(": " as StaticString)
                    w.indent(ind, node: n223, list: s219)
                    let v224 = l189[i188].baseType
                    w.write(v224)
                    let n225 = w.count
                    let v226 = l189[i188].isOptional
                    if v226 {
                        w.write("?" as StaticString)
                    }
                    w.indent(ind, node: n225, list: s219)
                    let n227 = w.count
                    w.write(" {\n" as StaticString)
                    w.indent(ind, node: n227, list: s219)
                    let n228 = w.count
                    w.write("        get { " as StaticString)
                    w.indent(ind, node: n228, list: s219)
                    let v229 = l189[i188].storageName
                    w.write(v229)
                    let n230 = w.count
                    let v231 = l189[i188].isOptional
                    if v231 {
                        w.write("?" as StaticString)
                    }
                    w.indent(ind, node: n230, list: s219)
                    let n232 = w.count
                    w.write(".value }\n" as StaticString)
                    w.indent(ind, node: n232, list: s219)
                    let n233 = w.count
                    w.write("        set { " as StaticString)
                    w.indent(ind, node: n233, list: s219)
                    let v234 = l189[i188].storageName
                    w.write(v234)
                    let n235 = w.count
                    w.write(" = " as StaticString)
                    w.indent(ind, node: n235, list: s219)
                    let v236 = l189[i188].isOptional
                    if v236 {
                        let s237 = w.count
                        w.write("newValue.map { " as StaticString)
                        let v238 = a2.runtime
                        w.write(v238)
                        let n239 = w.count
                        w.write(".Indirect($0) }" as StaticString)
                        w.indent(ind, node: n239, list: s237)
                    }
                    let n240 = w.count
                    let v241 = l189[i188].isOptional
                    if !v241 {
                        let s242 = w.count
                        let v243 = a2.runtime
                        w.write(v243)
                        let n244 = w.count
                        w.write(".Indirect(newValue)" as StaticString)
                        w.indent(ind, node: n244, list: s242)
                    }
                    w.indent(ind, node: n240, list: s219)
                    let n245 = w.count
                    w.write(" }\n" as StaticString)
                    w.indent(ind, node: n245, list: s219)
                    let n246 = w.count
                    w.write("    }\n" as StaticString)
                    w.indent(ind, node: n246, list: s219)
                    let n247 = w.count
                    w.write("    private var " as StaticString)
                    w.indent(ind, node: n247, list: s219)
                    let v248 = l189[i188].storageName
                    w.write(v248)
                    let n249 = w.count
                    w.write(": " as StaticString)
                    w.indent(ind, node: n249, list: s219)
                    let v250 = a2.runtime
                    w.write(v250)
                    let n251 = w.count
                    w.write(".Indirect<" as StaticString)
                    w.indent(ind, node: n251, list: s219)
                    let v252 = l189[i188].baseType
                    w.write(v252)
                    let n253 = w.count
                    w.write(">" as StaticString)
                    w.indent(ind, node: n253, list: s219)
                    let v254 = l189[i188].isOptional
                    if v254 {
                        w.write("?" as StaticString)
                    }
                    let n255 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n255, list: s219)
                }
                w.indent(ind, node: n217, list: s190)
                let n256 = w.count
                let v257 = l189[i188].isIndirect
                if !v257 {
                    let s258 = w.count
                    w.write("    " as StaticString)
                    let v259 = a2.access
                    w.write(v259)
                    let n260 = w.count
                    w.write(" var " as StaticString)
                    w.indent(ind, node: n260, list: s258)
                    let v261 = l189[i188].name
                    w.write(v261)
                    let n262 = w.count
                    w.write(": " as StaticString)
                    w.indent(ind, node: n262, list: s258)
                    let v263 = l189[i188].baseType
                    w.write(v263)
                    let n264 = w.count
                    let v265 = l189[i188].isOptional
                    if v265 {
                        w.write("?" as StaticString)
                    }
                    w.indent(ind, node: n264, list: s258)
                    let n266 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n266, list: s258)
                }
                w.indent(ind, node: n256, list: s190)
                let n267 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n267, list: s190)
            }
        }
        w.indent(ind, node: n186, list: s174)
        let n268 = w.count
        if let v269 = a2.variant {
            let s270 = w.count
            let v271 = v269.docLines
            v271.withUnsafeBufferPointer { l273 in
                for i272 in l273.indices {
                    let s274 = w.count
                    w.write("    /// " as StaticString)
                    w.write(l273[i272])
                    let n275 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n275, list: s274)
                }
            }
            let n276 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n276, list: s270)
            let v277 = a2.access
            w.write(v277)
            let n278 = w.count
            w.write(" var " as StaticString)
            w.indent(ind, node: n278, list: s270)
            let v279 = v269.propertyName
            w.write(v279)
            let n280 = w.count
            w.write(": " as StaticString)
            w.indent(ind, node: n280, list: s270)
            let v281 = v269.enumName
            w.write(v281)
            let n282 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n282, list: s270)
            let n283 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n283, list: s270)
        }
        w.indent(ind, node: n268, list: s174)
        let n284 = w.count
        w.write("    /// Creates a value from its fields.\n" as StaticString)
        w.indent(ind, node: n284, list: s174)
        let n285 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n285, list: s174)
        let v286 = a2.access
        w.write(v286)
        let n287 = w.count
        w.write(" init(\n" as StaticString)
        w.indent(ind, node: n287, list: s174)
        let n288 = w.count
        let v289 = a2.properties
        v289.withUnsafeBufferPointer { l291 in
            for i290 in l291.indices {
                let s292 = w.count
                w.write("        " as StaticString)
                let v293 = l291[i290].name
                w.write(v293)
                let n294 = w.count
                w.write(": " as StaticString)
                w.indent(ind, node: n294, list: s292)
                let v295 = l291[i290].baseType
                w.write(v295)
                let n296 = w.count
                let v297 = l291[i290].isOptional
                if v297 {
                    w.write("? = nil" as StaticString)
                }
                w.indent(ind, node: n296, list: s292)
                let n298 = w.count
                let v299 = l291[i290].isLastParameter
                if !v299 {
                    w.write("," as StaticString)
                }
                w.indent(ind, node: n298, list: s292)
                let n300 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n300, list: s292)
            }
        }
        w.indent(ind, node: n288, list: s174)
        let n301 = w.count
        if let v302 = a2.variant {
            let s303 = w.count
            w.write("        " as StaticString)
            let v304 = v302.propertyName
            w.write(v304)
            let n305 = w.count
            w.write(": " as StaticString)
            w.indent(ind, node: n305, list: s303)
            let v306 = v302.enumName
            w.write(v306)
            let n307 = w.count
            w.write(" = ." as StaticString)
            w.indent(ind, node: n307, list: s303)
            let v308 = v302.otherCaseName
            w.write(v308)
            let n309 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n309, list: s303)
        }
        w.indent(ind, node: n301, list: s174)
        let n310 = w.count
        w.write("    ) {\n" as StaticString)
        w.indent(ind, node: n310, list: s174)
        let n311 = w.count
        let v312 = a2.properties
        v312.withUnsafeBufferPointer { l314 in
            for i313 in l314.indices {
                let s315 = w.count
                let v316 = l314[i313].isIndirect
                if v316 {
                    let s317 = w.count
                    w.write("        self." as StaticString)
                    let v318 = l314[i313].storageName
                    w.write(v318)
                    let n319 = w.count
                    w.write(" = " as StaticString)
                    w.indent(ind, node: n319, list: s317)
                    let v320 = l314[i313].isOptional
                    if v320 {
                        let s321 = w.count
                        let v322 = l314[i313].name
                        w.write(v322)
                        let n323 = w.count
                        w.write(".map { " as StaticString)
                        w.indent(ind, node: n323, list: s321)
                        let v324 = a2.runtime
                        w.write(v324)
                        let n325 = w.count
                        w.write(".Indirect($0) }" as StaticString)
                        w.indent(ind, node: n325, list: s321)
                    }
                    let n326 = w.count
                    let v327 = l314[i313].isOptional
                    if !v327 {
                        let s328 = w.count
                        let v329 = a2.runtime
                        w.write(v329)
                        let n330 = w.count
                        w.write(".Indirect(" as StaticString)
                        w.indent(ind, node: n330, list: s328)
                        let v331 = l314[i313].name
                        w.write(v331)
                        let n332 = w.count
                        w.write(")" as StaticString)
                        w.indent(ind, node: n332, list: s328)
                    }
                    w.indent(ind, node: n326, list: s317)
                    let n333 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n333, list: s317)
                }
                let n334 = w.count
                let v335 = l314[i313].isIndirect
                if !v335 {
                    let s336 = w.count
                    w.write("        self." as StaticString)
                    let v337 = l314[i313].name
                    w.write(v337)
                    let n338 = w.count
                    w.write(" = " as StaticString)
                    w.indent(ind, node: n338, list: s336)
                    let v339 = l314[i313].name
                    w.write(v339)
                    let n340 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n340, list: s336)
                }
                w.indent(ind, node: n334, list: s315)
            }
        }
        w.indent(ind, node: n311, list: s174)
        let n341 = w.count
        if let v342 = a2.variant {
            let s343 = w.count
            w.write("        self." as StaticString)
            let v344 = v342.propertyName
            w.write(v344)
            let n345 = w.count
            w.write(" = " as StaticString)
            w.indent(ind, node: n345, list: s343)
            let v346 = v342.propertyName
            w.write(v346)
            let n347 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n347, list: s343)
        }
        w.indent(ind, node: n341, list: s174)
        let n348 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n348, list: s174)
        let n349 = w.count
        partial13(&w, ind, k, a0, a1, a2)
        w.indent(ind, node: n349, list: s174)
        let n350 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n350, list: s174)
        let n351 = w.count
        if let v352 = a2.variant {
            let s353 = w.count
            w.write("\n" as StaticString)
            let n354 = w.count
            let v355 = v352.enumDocLines
            v355.withUnsafeBufferPointer { l357 in
                for i356 in l357.indices {
                    let s358 = w.count
                    w.write("/// " as StaticString)
                    w.write(l357[i356])
                    let n359 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n359, list: s358)
                }
            }
            w.indent(ind, node: n354, list: s353)
            let n360 = w.count
            let v361 = a2.access
            w.write(v361)
            w.indent(ind, node: n360, list: s353)
            let n362 = w.count
            w.write(" " as StaticString)
            w.indent(ind, node: n362, list: s353)
            let v363 = v352.isIndirect
            if v363 {
                w.write("indirect " as StaticString)
            }
            let n364 = w.count
            w.write("enum " as StaticString)
            w.indent(ind, node: n364, list: s353)
            let v365 = v352.enumName
            w.write(v365)
            let n366 = w.count
            w.write(": Swift.Hashable, Swift.Sendable {\n" as StaticString)
            w.indent(ind, node: n366, list: s353)
            let n367 = w.count
            let v368 = v352.cases
            v368.withUnsafeBufferPointer { l370 in
                for i369 in l370.indices {
                    let s371 = w.count
                    let v372 = l370[i369].docLines
                    v372.withUnsafeBufferPointer { l374 in
                        for i373 in l374.indices {
                            let s375 = w.count
                            w.write("    /// " as StaticString)
                            w.write(l374[i373])
                            let n376 = w.count
                            w.write("\n" as StaticString)
                            w.indent(ind, node: n376, list: s375)
                        }
                    }
                    let n377 = w.count
                    w.write("    case " as StaticString)
                    w.indent(ind, node: n377, list: s371)
                    let v378 = l370[i369].caseName
                    w.write(v378)
                    let n379 = w.count
                    w.write("(" as StaticString)
                    w.indent(ind, node: n379, list: s371)
                    let v380 = l370[i369].typeName
                    w.write(v380)
                    let n381 = w.count
                    w.write(")\n" as StaticString)
                    w.indent(ind, node: n381, list: s371)
                }
            }
            w.indent(ind, node: n367, list: s353)
            let n382 = w.count
            let v383 = v352.otherDocLines
            v383.withUnsafeBufferPointer { l385 in
                for i384 in l385.indices {
                    let s386 = w.count
                    w.write("    /// " as StaticString)
                    w.write(l385[i384])
                    let n387 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n387, list: s386)
                }
            }
            w.indent(ind, node: n382, list: s353)
            let n388 = w.count
            w.write("    case " as StaticString)
            w.indent(ind, node: n388, list: s353)
            let v389 = v352.otherCaseName
            w.write(v389)
            let n390 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n390, list: s353)
            let n391 = w.count
            w.write("}\n" as StaticString)
            w.indent(ind, node: n391, list: s353)
        }
        w.indent(ind, node: n351, list: s174)
    }

    /// The partial `object-json`.
    private static func partial1(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: ObjectViewModel) {
        let s392 = w.count
        let n393 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n393, list: s392)
        let v394 = a2.qualifiedName
        w.write(v394)
        let n395 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n395, list: s392)
        let v396 = a2.runtime
        w.write(v396)
        let n397 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n397, list: s392)
        let n398 = w.count
        w.write("    /// Decodes a value from JSON in one pass over the bytes, without `JSONDecod" as StaticString)
        w.write("er`: the result equals\n" as StaticString)
        w.indent(ind, node: n398, list: s392)
        let n399 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n399, list: s392)
        let v400 = a2.name
        w.write(v400)
        let n401 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n401, list: s392)
        let n402 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n402, list: s392)
        let v403 = a2.access
        w.write(v403)
        let n404 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n404, list: s392)
        let n405 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n405, list: s392)
        let v406 = a2.runtime
        w.write(v406)
        let n407 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n407, list: s392)
        let v408 = a2.qualifiedName
        w.write(v408)
        let n409 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n409, list: s392)
        let n410 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n410, list: s392)
        let n411 = w.count
        let v412 = k.objectViewModel_hasProperties(a2)
        if v412 {
            let s413 = w.count
            w.write("\n" as StaticString)
            let n414 = w.count
            w.write("    private static let _specgenJSONKeys = " as StaticString)
            w.indent(ind, node: n414, list: s413)
            let v415 = a2.runtime
            w.write(v415)
            let n416 = w.count
            w.write(".JSONKeyTable([" as StaticString)
            w.indent(ind, node: n416, list: s413)
            let v417 = a2.properties
            v417.withUnsafeBufferPointer { l419 in
                for i418 in l419.indices {
                    let s420 = w.count
                    w.write("\"" as StaticString)
                    let v421 = l419[i418].jsonKey
                    w.write(v421)
                    let n422 = w.count
                    w.write("\"" as StaticString)
                    w.indent(ind, node: n422, list: s420)
                    let v423 = i418 == v417.count - 1
                    if !v423 {
                        w.write(", " as StaticString)
                    }
                }
            }
            let n424 = w.count
            w.write("])\n" as StaticString)
            w.indent(ind, node: n424, list: s413)
        }
        w.indent(ind, node: n411, list: s392)
        let n425 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n425, list: s392)
        let n426 = w.count
        w.write("    /// Reads a value at the reader's position; `init(json:)` and the types that" as StaticString)
        w.write(" contain this one use it.\n" as StaticString)
        w.indent(ind, node: n426, list: s392)
        let n427 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n427, list: s392)
        let v428 = a2.access
        w.write(v428)
        let n429 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n429, list: s392)
        let v430 = a2.runtime
        w.write(v430)
        let n431 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n431, list: s392)
        let n432 = w.count
        if a2.variant != nil {
            w.write("        let start = reader\n" as StaticString)
        }
        w.indent(ind, node: n432, list: s392)
        let n434 = w.count
        let v435 = a2.properties
        v435.withUnsafeBufferPointer { l437 in
            for i436 in l437.indices {
                let s438 = w.count
                let v439 = l437[i436].isFastDecodable
                if v439 {
                    let s440 = w.count
                    w.write("        var v" as StaticString)
                    let v441 = String(l437[i436].index)
                    w.write(v441)
                    let n442 = w.count
                    w.write(": " as StaticString)
                    w.indent(ind, node: n442, list: s440)
                    let v443 = l437[i436].baseType
                    w.write(v443)
                    let n444 = w.count
                    w.write("? = nil\n" as StaticString)
                    w.indent(ind, node: n444, list: s440)
                    let n445 = w.count
                    let v446 = l437[i436].isOptional
                    if v446 {
                        let s447 = w.count
                        w.write("        var s" as StaticString)
                        let v448 = String(l437[i436].index)
                        w.write(v448)
                        let n449 = w.count
                        w.write(" = false\n" as StaticString)
                        w.indent(ind, node: n449, list: s447)
                    }
                    w.indent(ind, node: n445, list: s440)
                }
                let n450 = w.count
                let v451 = l437[i436].isFastDecodable
                if !v451 {
                    let s452 = w.count
                    w.write("        let v" as StaticString)
                    let v453 = String(l437[i436].index)
                    w.write(v453)
                    let n454 = w.count
                    w.write(": " as StaticString)
                    w.indent(ind, node: n454, list: s452)
                    let v455 = l437[i436].baseType
                    w.write(v455)
                    let n456 = w.count
                    w.write("? = nil\n" as StaticString)
                    w.indent(ind, node: n456, list: s452)
                }
                w.indent(ind, node: n450, list: s438)
            }
        }
        w.indent(ind, node: n434, list: s392)
        let n457 = w.count
        w.write("        var object = try reader.beginObject()\n" as StaticString)
        w.indent(ind, node: n457, list: s392)
        let n458 = w.count
        let v459 = k.objectViewModel_hasProperties(a2)
        if v459 {
            let s460 = w.count
            w.write("        while let key = try reader.nextKey(&object, " as StaticString)
            let v461 = a2.qualifiedName
            w.write(v461)
            let n462 = w.count
            w.write("._specgenJSONKeys) {\n" as StaticString)
            w.indent(ind, node: n462, list: s460)
            let n463 = w.count
            w.write("            switch key {\n" as StaticString)
            w.indent(ind, node: n463, list: s460)
            let n464 = w.count
            let v465 = a2.properties
            v465.withUnsafeBufferPointer { l467 in
                for i466 in l467.indices {
                    w.write("            " as StaticString)
                    partial14(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, l467[i466])
                }
            }
            w.indent(ind, node: n464, list: s460)
            let n469 = w.count
            w.write("            default: try reader.skipValue()\n" as StaticString)
            w.indent(ind, node: n469, list: s460)
            let n470 = w.count
            w.write("            }\n" as StaticString)
            w.indent(ind, node: n470, list: s460)
            let n471 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n471, list: s460)
        }
        w.indent(ind, node: n458, list: s392)
        let n472 = w.count
        let v473 = k.objectViewModel_hasProperties(a2)
        if !v473 {
            let s474 = w.count
            w.write("        while try reader.nextKeyString(&object) != nil {\n" as StaticString)
            let n475 = w.count
            w.write("            try reader.skipValue()\n" as StaticString)
            w.indent(ind, node: n475, list: s474)
            let n476 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n476, list: s474)
        }
        w.indent(ind, node: n472, list: s392)
        let n477 = w.count
        let v478 = a2.properties
        v478.withUnsafeBufferPointer { l480 in
            for i479 in l480.indices {
                w.write("    " as StaticString)
                partial15(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, l480[i479])
            }
        }
        w.indent(ind, node: n477, list: s392)
        let n482 = w.count
        if let v483 = a2.variant {
            let s484 = w.count
            w.write("        switch self." as StaticString)
            let v485 = v483.discriminatorName
            w.write(v485)
            let n486 = w.count
            w.write(" {\n" as StaticString)
            w.indent(ind, node: n486, list: s484)
            let n487 = w.count
            let v488 = v483.cases
            v488.withUnsafeBufferPointer { l490 in
                for i489 in l490.indices {
                    let s491 = w.count
                    w.write("        case ." as StaticString)
                    let v492 = l490[i489].caseName
                    w.write(v492)
                    let n493 = w.count
                    w.write(":\n" as StaticString)
                    w.indent(ind, node: n493, list: s491)
                    let n494 = w.count
                    w.write("            var fields = start\n" as StaticString)
                    w.indent(ind, node: n494, list: s491)
                    let n495 = w.count
                    w.write("            self." as StaticString)
                    w.indent(ind, node: n495, list: s491)
                    let v496 = v483.propertyName
                    w.write(v496)
                    let n497 = w.count
                    w.write(" = ." as StaticString)
                    w.indent(ind, node: n497, list: s491)
                    let v498 = l490[i489].caseName
                    w.write(v498)
                    let n499 = w.count
                    w.write("(try " as StaticString)
                    w.indent(ind, node: n499, list: s491)
                    let v500 = l490[i489].typeName
                    w.write(v500)
                    let n501 = w.count
                    w.write("(jsonReader: &fields))\n" as StaticString)
                    w.indent(ind, node: n501, list: s491)
                }
            }
            w.indent(ind, node: n487, list: s484)
            let n502 = w.count
            w.write("        default: self." as StaticString)
            w.indent(ind, node: n502, list: s484)
            let v503 = v483.propertyName
            w.write(v503)
            let n504 = w.count
            w.write(" = ." as StaticString)
            w.indent(ind, node: n504, list: s484)
            let v505 = v483.otherCaseName
            w.write(v505)
            let n506 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n506, list: s484)
            let n507 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n507, list: s484)
        }
        w.indent(ind, node: n482, list: s392)
        let n508 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n508, list: s392)
        let n509 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n509, list: s392)
    }

    /// The partial `enum`.
    private static func partial2(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: EnumViewModel) {
        let s510 = w.count
        let n511 = w.count
        let v512 = a2.docLines
        v512.withUnsafeBufferPointer { l514 in
            for i513 in l514.indices {
                let s515 = w.count
                w.write("/// " as StaticString)
                w.write(l514[i513])
                let n516 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n516, list: s515)
            }
        }
        w.indent(ind, node: n511, list: s510)
        let n517 = w.count
        let v518 = a2.access
        w.write(v518)
        w.indent(ind, node: n517, list: s510)
        let n519 = w.count
        w.write(" enum " as StaticString)
        w.indent(ind, node: n519, list: s510)
        let v520 = a2.name
        w.write(v520)
        let n521 = w.count
        w.write(": Swift.RawRepresentable, Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n521, list: s510)
        let n522 = w.count
        let v523 = a2.cases
        v523.withUnsafeBufferPointer { l525 in
            for i524 in l525.indices {
                let s526 = w.count
                let v527 = l525[i524].summaryLines
                v527.withUnsafeBufferPointer { l529 in
                    for i528 in l529.indices {
                        let s530 = w.count
                        w.write("    /// " as StaticString)
                        w.write(l529[i528])
                        let n531 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n531, list: s530)
                    }
                }
                let n532 = w.count
                let v533 = k.enumCaseViewModel_hasSummary(l525[i524])
                if v533 {
                    w.write("    ///\n" as StaticString)
                }
                w.indent(ind, node: n532, list: s526)
                let n534 = w.count
                w.write("    /// `" as StaticString)
                w.indent(ind, node: n534, list: s526)
                let v535 = l525[i524].value
                w.write(v535)
                let n536 = w.count
                w.write("`\n" as StaticString)
                w.indent(ind, node: n536, list: s526)
                let n537 = w.count
                w.write("    case " as StaticString)
                w.indent(ind, node: n537, list: s526)
                let v538 = l525[i524].name
                w.write(v538)
                let n539 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n539, list: s526)
            }
        }
        w.indent(ind, node: n522, list: s510)
        let n540 = w.count
        w.write("    /// A value the docs do not list, kept as received.\n" as StaticString)
        w.indent(ind, node: n540, list: s510)
        let n541 = w.count
        w.write("    case " as StaticString)
        w.indent(ind, node: n541, list: s510)
        let v542 = a2.unknownCaseName
        w.write(v542)
        let n543 = w.count
        w.write("(" as StaticString)
        w.indent(ind, node: n543, list: s510)
        let v544 = a2.rawType
        w.write(v544)
        let n545 = w.count
        w.write(")\n" as StaticString)
        w.indent(ind, node: n545, list: s510)
        let n546 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n546, list: s510)
        let n547 = w.count
        w.write("    /// The documented values, in the order the docs list them.\n" as StaticString)
        w.indent(ind, node: n547, list: s510)
        let n548 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n548, list: s510)
        let v549 = a2.access
        w.write(v549)
        let n550 = w.count
        w.write(" static let knownCases: [" as StaticString)
        w.indent(ind, node: n550, list: s510)
        let v551 = a2.name
        w.write(v551)
        let n552 = w.count
        w.write("] = [\n" as StaticString)
        w.indent(ind, node: n552, list: s510)
        let n553 = w.count
        let v554 = a2.cases
        v554.withUnsafeBufferPointer { l556 in
            for i555 in l556.indices {
                let s557 = w.count
                w.write("        ." as StaticString)
                let v558 = l556[i555].name
                w.write(v558)
                let n559 = w.count
                let v560 = i555 == v554.count - 1
                if !v560 {
                    w.write("," as StaticString)
                }
                w.indent(ind, node: n559, list: s557)
                let n561 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n561, list: s557)
            }
        }
        w.indent(ind, node: n553, list: s510)
        let n562 = w.count
        w.write("    ]\n" as StaticString)
        w.indent(ind, node: n562, list: s510)
        let n563 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n563, list: s510)
        let n564 = w.count
        w.write("    /// Makes the case for a value; values the docs do not list become `." as StaticString)
        w.indent(ind, node: n564, list: s510)
        let v565 = a2.unknownCaseName
        w.write(v565)
        let n566 = w.count
        w.write("`.\n" as StaticString)
        w.indent(ind, node: n566, list: s510)
        let n567 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n567, list: s510)
        let v568 = a2.access
        w.write(v568)
        let n569 = w.count
        w.write(" init(rawValue: " as StaticString)
        w.indent(ind, node: n569, list: s510)
        let v570 = a2.rawType
        w.write(v570)
        let n571 = w.count
        w.write(") {\n" as StaticString)
        w.indent(ind, node: n571, list: s510)
        let n572 = w.count
        w.write("        switch rawValue {\n" as StaticString)
        w.indent(ind, node: n572, list: s510)
        let n573 = w.count
        let v574 = a2.cases
        v574.withUnsafeBufferPointer { l576 in
            for i575 in l576.indices {
                let s577 = w.count
                w.write("        case " as StaticString)
                let v578 = l576[i575].isInteger
                if v578 {
                    let v579 = l576[i575].rawValue
                    w.write(v579)
                }
                let n580 = w.count
                let v581 = l576[i575].isInteger
                if !v581 {
                    let s582 = w.count
                    w.write("\"" as StaticString)
                    let v583 = l576[i575].rawValue
                    w.write(v583)
                    let n584 = w.count
                    w.write("\"" as StaticString)
                    w.indent(ind, node: n584, list: s582)
                }
                w.indent(ind, node: n580, list: s577)
                let n585 = w.count
                w.write(": self = ." as StaticString)
                w.indent(ind, node: n585, list: s577)
                let v586 = l576[i575].name
                w.write(v586)
                let n587 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n587, list: s577)
            }
        }
        w.indent(ind, node: n573, list: s510)
        let n588 = w.count
        w.write("        default: self = ." as StaticString)
        w.indent(ind, node: n588, list: s510)
        let v589 = a2.unknownCaseName
        w.write(v589)
        let n590 = w.count
        w.write("(rawValue)\n" as StaticString)
        w.indent(ind, node: n590, list: s510)
        let n591 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n591, list: s510)
        let n592 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n592, list: s510)
        let n593 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n593, list: s510)
        let n594 = w.count
        w.write("    /// The value as sent on the wire.\n" as StaticString)
        w.indent(ind, node: n594, list: s510)
        let n595 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n595, list: s510)
        let v596 = a2.access
        w.write(v596)
        let n597 = w.count
        w.write(" var rawValue: " as StaticString)
        w.indent(ind, node: n597, list: s510)
        let v598 = a2.rawType
        w.write(v598)
        let n599 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n599, list: s510)
        let n600 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n600, list: s510)
        let n601 = w.count
        let v602 = a2.cases
        v602.withUnsafeBufferPointer { l604 in
            for i603 in l604.indices {
                let s605 = w.count
                w.write("        case ." as StaticString)
                let v606 = l604[i603].name
                w.write(v606)
                let n607 = w.count
                w.write(": return " as StaticString)
                w.indent(ind, node: n607, list: s605)
                let v608 = l604[i603].isInteger
                if v608 {
                    let v609 = l604[i603].rawValue
                    w.write(v609)
                }
                let n610 = w.count
                let v611 = l604[i603].isInteger
                if !v611 {
                    let s612 = w.count
                    w.write("\"" as StaticString)
                    let v613 = l604[i603].rawValue
                    w.write(v613)
                    let n614 = w.count
                    w.write("\"" as StaticString)
                    w.indent(ind, node: n614, list: s612)
                }
                w.indent(ind, node: n610, list: s605)
                let n615 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n615, list: s605)
            }
        }
        w.indent(ind, node: n601, list: s510)
        let n616 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n616, list: s510)
        let v617 = a2.unknownCaseName
        w.write(v617)
        let n618 = w.count
        w.write("(let value): return value\n" as StaticString)
        w.indent(ind, node: n618, list: s510)
        let n619 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n619, list: s510)
        let n620 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n620, list: s510)
        let n621 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n621, list: s510)
        let n622 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n622, list: s510)
        let v623 = a2.access
        w.write(v623)
        let n624 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n624, list: s510)
        let n625 = w.count
        w.write("        self.init(rawValue: try decoder.singleValueContainer().decode(" as StaticString)
        w.indent(ind, node: n625, list: s510)
        let v626 = a2.rawType
        w.write(v626)
        let n627 = w.count
        w.write(".self))\n" as StaticString)
        w.indent(ind, node: n627, list: s510)
        let n628 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n628, list: s510)
        let n629 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n629, list: s510)
        let n630 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n630, list: s510)
        let v631 = a2.access
        w.write(v631)
        let n632 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n632, list: s510)
        let n633 = w.count
        w.write("        var container = encoder.singleValueContainer()\n" as StaticString)
        w.indent(ind, node: n633, list: s510)
        let n634 = w.count
        w.write("        try container.encode(self.rawValue)\n" as StaticString)
        w.indent(ind, node: n634, list: s510)
        let n635 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n635, list: s510)
        let n636 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n636, list: s510)
        let n637 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n637, list: s510)
        let v638 = a2.access
        w.write(v638)
        let n639 = w.count
        w.write(" static func == (lhs: " as StaticString)
        w.indent(ind, node: n639, list: s510)
        let v640 = a2.name
        w.write(v640)
        let n641 = w.count
        w.write(", rhs: " as StaticString)
        w.indent(ind, node: n641, list: s510)
        let v642 = a2.name
        w.write(v642)
        let n643 = w.count
        w.write(") -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n643, list: s510)
        let n644 = w.count
        w.write("        lhs.rawValue == rhs.rawValue\n" as StaticString)
        w.indent(ind, node: n644, list: s510)
        let n645 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n645, list: s510)
        let n646 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n646, list: s510)
        let n647 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n647, list: s510)
        let v648 = a2.access
        w.write(v648)
        let n649 = w.count
        w.write(" func hash(into hasher: inout Swift.Hasher) {\n" as StaticString)
        w.indent(ind, node: n649, list: s510)
        let n650 = w.count
        w.write("        hasher.combine(self.rawValue)\n" as StaticString)
        w.indent(ind, node: n650, list: s510)
        let n651 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n651, list: s510)
        let n652 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n652, list: s510)
    }

    /// The partial `enum-json`.
    private static func partial3(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: EnumViewModel) {
        let s653 = w.count
        let n654 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n654, list: s653)
        let v655 = a2.qualifiedName
        w.write(v655)
        let n656 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n656, list: s653)
        let v657 = a2.runtime
        w.write(v657)
        let n658 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n658, list: s653)
        let n659 = w.count
        w.write("    /// Decodes a value from JSON in one pass over the bytes, without `JSONDecod" as StaticString)
        w.write("er`: the result equals\n" as StaticString)
        w.indent(ind, node: n659, list: s653)
        let n660 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n660, list: s653)
        let v661 = a2.name
        w.write(v661)
        let n662 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n662, list: s653)
        let n663 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n663, list: s653)
        let v664 = a2.access
        w.write(v664)
        let n665 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n665, list: s653)
        let n666 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n666, list: s653)
        let v667 = a2.runtime
        w.write(v667)
        let n668 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n668, list: s653)
        let v669 = a2.qualifiedName
        w.write(v669)
        let n670 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n670, list: s653)
        let n671 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n671, list: s653)
        let n672 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n672, list: s653)
        let n673 = w.count
        w.write("    /// Reads a value at the reader's position; `init(json:)` and the types that" as StaticString)
        w.write(" contain this one use it.\n" as StaticString)
        w.indent(ind, node: n673, list: s653)
        let n674 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n674, list: s653)
        let v675 = a2.access
        w.write(v675)
        let n676 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n676, list: s653)
        let v677 = a2.runtime
        w.write(v677)
        let n678 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n678, list: s653)
        let n679 = w.count
        w.write("        self.init(rawValue: try " as StaticString)
        w.indent(ind, node: n679, list: s653)
        let v680 = a2.rawType
        w.write(v680)
        let n681 = w.count
        w.write("(jsonReader: &reader))\n" as StaticString)
        w.indent(ind, node: n681, list: s653)
        let n682 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n682, list: s653)
        let n683 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n683, list: s653)
    }

    /// The partial `flags`.
    private static func partial4(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: FlagsViewModel) {
        let s684 = w.count
        let n685 = w.count
        let v686 = a2.docLines
        v686.withUnsafeBufferPointer { l688 in
            for i687 in l688.indices {
                let s689 = w.count
                w.write("/// " as StaticString)
                w.write(l688[i687])
                let n690 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n690, list: s689)
            }
        }
        w.indent(ind, node: n685, list: s684)
        let n691 = w.count
        let v692 = a2.access
        w.write(v692)
        w.indent(ind, node: n691, list: s684)
        let n693 = w.count
        w.write(" struct " as StaticString)
        w.indent(ind, node: n693, list: s684)
        let v694 = a2.name
        w.write(v694)
        let n695 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n695, list: s684)
        let v696 = a2.runtime
        w.write(v696)
        let n697 = w.count
        w.write("." as StaticString)
        w.indent(ind, node: n697, list: s684)
        let v698 = a2.protocolName
        w.write(v698)
        let n699 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n699, list: s684)
        let n700 = w.count
        w.write("    /// The bits, documented or not.\n" as StaticString)
        w.indent(ind, node: n700, list: s684)
        let n701 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n701, list: s684)
        let v702 = a2.access
        w.write(v702)
        let n703 = w.count
        w.write(" let rawValue: Swift.UInt64\n" as StaticString)
        w.indent(ind, node: n703, list: s684)
        let n704 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n704, list: s684)
        let n705 = w.count
        w.write("    /// Makes a set from its bits.\n" as StaticString)
        w.indent(ind, node: n705, list: s684)
        let n706 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n706, list: s684)
        let v707 = a2.access
        w.write(v707)
        let n708 = w.count
        w.write(" init(rawValue: Swift.UInt64) {\n" as StaticString)
        w.indent(ind, node: n708, list: s684)
        let n709 = w.count
        w.write("        self.rawValue = rawValue\n" as StaticString)
        w.indent(ind, node: n709, list: s684)
        let n710 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n710, list: s684)
        let n711 = w.count
        let v712 = a2.cases
        v712.withUnsafeBufferPointer { l714 in
            for i713 in l714.indices {
                let s715 = w.count
                w.write("\n" as StaticString)
                let n716 = w.count
                let v717 = l714[i713].summaryLines
                v717.withUnsafeBufferPointer { l719 in
                    for i718 in l719.indices {
                        let s720 = w.count
                        w.write("    /// " as StaticString)
                        w.write(l719[i718])
                        let n721 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n721, list: s720)
                    }
                }
                w.indent(ind, node: n716, list: s715)
                let n722 = w.count
                let v723 = l714[i713].hasSummary
                if v723 {
                    w.write("    ///\n" as StaticString)
                }
                w.indent(ind, node: n722, list: s715)
                let n724 = w.count
                w.write("    /// `" as StaticString)
                w.indent(ind, node: n724, list: s715)
                let v725 = l714[i713].value
                w.write(v725)
                let n726 = w.count
                w.write("`\n" as StaticString)
                w.indent(ind, node: n726, list: s715)
                let n727 = w.count
                w.write("    " as StaticString)
                w.indent(ind, node: n727, list: s715)
                let v728 = a2.access
                w.write(v728)
                let n729 = w.count
                w.write(" static let " as StaticString)
                w.indent(ind, node: n729, list: s715)
                let v730 = l714[i713].name
                w.write(v730)
                let n731 = w.count
                w.write(" = " as StaticString)
                w.indent(ind, node: n731, list: s715)
                let v732 = l714[i713].typeName
                w.write(v732)
                let n733 = w.count
                w.write("(rawValue: " as StaticString)
                w.indent(ind, node: n733, list: s715)
                let v734 = l714[i713].value
                w.write(v734)
                let n735 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n735, list: s715)
            }
        }
        w.indent(ind, node: n711, list: s684)
        let n736 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n736, list: s684)
        let n737 = w.count
        w.write("    /// The documented flags, in the order the docs list them.\n" as StaticString)
        w.indent(ind, node: n737, list: s684)
        let n738 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n738, list: s684)
        let v739 = a2.access
        w.write(v739)
        let n740 = w.count
        w.write(" static let knownCases: [" as StaticString)
        w.indent(ind, node: n740, list: s684)
        let v741 = a2.name
        w.write(v741)
        let n742 = w.count
        w.write("] = [\n" as StaticString)
        w.indent(ind, node: n742, list: s684)
        let n743 = w.count
        let v744 = a2.cases
        v744.withUnsafeBufferPointer { l746 in
            for i745 in l746.indices {
                let s747 = w.count
                w.write("        ." as StaticString)
                let v748 = l746[i745].name
                w.write(v748)
                let n749 = w.count
                let v750 = i745 == v744.count - 1
                if !v750 {
                    w.write("," as StaticString)
                }
                w.indent(ind, node: n749, list: s747)
                let n751 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n751, list: s747)
            }
        }
        w.indent(ind, node: n743, list: s684)
        let n752 = w.count
        w.write("    ]\n" as StaticString)
        w.indent(ind, node: n752, list: s684)
        let n753 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n753, list: s684)
    }

    /// The partial `union`.
    private static func partial5(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: UnionViewModel) {
        let s754 = w.count
        let n755 = w.count
        w.write("/// One of several types; decoding tries the most specific first.\n" as StaticString)
        w.indent(ind, node: n755, list: s754)
        let n756 = w.count
        let v757 = a2.fromNote
        if !v757.isEmpty {
            let s758 = w.count
            w.write("///\n" as StaticString)
            let n759 = w.count
            w.write("/// " as StaticString)
            w.indent(ind, node: n759, list: s758)
            w.write(v757)
            let n760 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n760, list: s758)
        }
        w.indent(ind, node: n756, list: s754)
        let n761 = w.count
        let v762 = a2.access
        w.write(v762)
        w.indent(ind, node: n761, list: s754)
        let n763 = w.count
        w.write(" " as StaticString)
        w.indent(ind, node: n763, list: s754)
        let v764 = a2.isIndirect
        if v764 {
            w.write("indirect " as StaticString)
        }
        let n765 = w.count
        w.write("enum " as StaticString)
        w.indent(ind, node: n765, list: s754)
        let v766 = a2.name
        w.write(v766)
        let n767 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n767, list: s754)
        let n768 = w.count
        let v769 = a2.members
        v769.withUnsafeBufferPointer { l771 in
            for i770 in l771.indices {
                let s772 = w.count
                w.write("    case " as StaticString)
                let v773 = l771[i770].caseName
                w.write(v773)
                let n774 = w.count
                w.write("(" as StaticString)
                w.indent(ind, node: n774, list: s772)
                let v775 = l771[i770].type
                w.write(v775)
                let n776 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n776, list: s772)
            }
        }
        w.indent(ind, node: n768, list: s754)
        let n777 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n777, list: s754)
        let n778 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n778, list: s754)
        let v779 = a2.access
        w.write(v779)
        let n780 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n780, list: s754)
        let n781 = w.count
        let v782 = k.unionViewModel_leadingMembers(a2)
        v782.withUnsafeBufferPointer { l784 in
            for i783 in l784.indices {
                let s785 = w.count
                w.write("        if let value = try? " as StaticString)
                let v786 = l784[i783].type
                w.write(v786)
                let n787 = w.count
                w.write("(from: decoder) {\n" as StaticString)
                w.indent(ind, node: n787, list: s785)
                let n788 = w.count
                w.write("            self = ." as StaticString)
                w.indent(ind, node: n788, list: s785)
                let v789 = l784[i783].caseName
                w.write(v789)
                let n790 = w.count
                w.write("(value)\n" as StaticString)
                w.indent(ind, node: n790, list: s785)
                let n791 = w.count
                w.write("            return\n" as StaticString)
                w.indent(ind, node: n791, list: s785)
                let n792 = w.count
                w.write("        }\n" as StaticString)
                w.indent(ind, node: n792, list: s785)
            }
        }
        w.indent(ind, node: n781, list: s754)
        let n793 = w.count
        if let v794 = k.unionViewModel_lastMember(a2) {
            let s795 = w.count
            w.write("        self = ." as StaticString)
            let v796 = v794.caseName
            w.write(v796)
            let n797 = w.count
            w.write("(try " as StaticString)
            w.indent(ind, node: n797, list: s795)
            let v798 = v794.type
            w.write(v798)
            let n799 = w.count
            w.write("(from: decoder))\n" as StaticString)
            w.indent(ind, node: n799, list: s795)
        }
        w.indent(ind, node: n793, list: s754)
        let n800 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n800, list: s754)
        let n801 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n801, list: s754)
        let n802 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n802, list: s754)
        let v803 = a2.access
        w.write(v803)
        let n804 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n804, list: s754)
        let n805 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n805, list: s754)
        let n806 = w.count
        let v807 = a2.members
        v807.withUnsafeBufferPointer { l809 in
            for i808 in l809.indices {
                let s810 = w.count
                w.write("        case ." as StaticString)
                let v811 = l809[i808].caseName
                w.write(v811)
                let n812 = w.count
                w.write("(let value): try value.encode(to: encoder)\n" as StaticString)
                w.indent(ind, node: n812, list: s810)
            }
        }
        w.indent(ind, node: n806, list: s754)
        let n813 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n813, list: s754)
        let n814 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n814, list: s754)
        let n815 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n815, list: s754)
    }

    /// The partial `union-json`.
    private static func partial6(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: UnionViewModel) {
        let s816 = w.count
        let n817 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n817, list: s816)
        let v818 = a2.qualifiedName
        w.write(v818)
        let n819 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n819, list: s816)
        let v820 = a2.runtime
        w.write(v820)
        let n821 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n821, list: s816)
        let n822 = w.count
        w.write("    /// Decodes a value from JSON in one pass over the bytes, without `JSONDecod" as StaticString)
        w.write("er`: the result equals\n" as StaticString)
        w.indent(ind, node: n822, list: s816)
        let n823 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n823, list: s816)
        let v824 = a2.name
        w.write(v824)
        let n825 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n825, list: s816)
        let n826 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n826, list: s816)
        let v827 = a2.access
        w.write(v827)
        let n828 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n828, list: s816)
        let n829 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n829, list: s816)
        let v830 = a2.runtime
        w.write(v830)
        let n831 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n831, list: s816)
        let v832 = a2.qualifiedName
        w.write(v832)
        let n833 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n833, list: s816)
        let n834 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n834, list: s816)
        let n835 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n835, list: s816)
        let n836 = w.count
        w.write("    /// Reads a value at the reader's position, trying the members in the order " as StaticString)
        w.write("`init(from:)` does.\n" as StaticString)
        w.indent(ind, node: n836, list: s816)
        let n837 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n837, list: s816)
        let v838 = a2.access
        w.write(v838)
        let n839 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n839, list: s816)
        let v840 = a2.runtime
        w.write(v840)
        let n841 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n841, list: s816)
        let n842 = w.count
        let v843 = k.unionViewModel_leadingMembers(a2)
        v843.withUnsafeBufferPointer { l845 in
            for i844 in l845.indices {
                let s846 = w.count
                w.write("        if let value = try reader.attempt({ try " as StaticString)
                let v847 = l845[i844].type
                w.write(v847)
                let n848 = w.count
                w.write("(jsonReader: &$0) }) {\n" as StaticString)
                w.indent(ind, node: n848, list: s846)
                let n849 = w.count
                w.write("            self = ." as StaticString)
                w.indent(ind, node: n849, list: s846)
                let v850 = l845[i844].caseName
                w.write(v850)
                let n851 = w.count
                w.write("(value)\n" as StaticString)
                w.indent(ind, node: n851, list: s846)
                let n852 = w.count
                w.write("            return\n" as StaticString)
                w.indent(ind, node: n852, list: s846)
                let n853 = w.count
                w.write("        }\n" as StaticString)
                w.indent(ind, node: n853, list: s846)
            }
        }
        w.indent(ind, node: n842, list: s816)
        let n854 = w.count
        if let v855 = k.unionViewModel_lastMember(a2) {
            let s856 = w.count
            w.write("        self = ." as StaticString)
            let v857 = v855.caseName
            w.write(v857)
            let n858 = w.count
            w.write("(try " as StaticString)
            w.indent(ind, node: n858, list: s856)
            let v859 = v855.type
            w.write(v859)
            let n860 = w.count
            w.write("(jsonReader: &reader))\n" as StaticString)
            w.indent(ind, node: n860, list: s856)
        }
        w.indent(ind, node: n854, list: s816)
        let n861 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n861, list: s816)
        let n862 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n862, list: s816)
    }

    /// The partial `tagged-union`.
    private static func partial7(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: TaggedUnionViewModel) {
        let s863 = w.count
        let n864 = w.count
        let v865 = a2.docLines
        v865.withUnsafeBufferPointer { l867 in
            for i866 in l867.indices {
                let s868 = w.count
                w.write("/// " as StaticString)
                w.write(l867[i866])
                let n869 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n869, list: s868)
            }
        }
        w.indent(ind, node: n864, list: s863)
        let n870 = w.count
        let v871 = a2.access
        w.write(v871)
        w.indent(ind, node: n870, list: s863)
        let n872 = w.count
        w.write(" " as StaticString)
        w.indent(ind, node: n872, list: s863)
        let v873 = a2.isIndirect
        if v873 {
            w.write("indirect " as StaticString)
        }
        let n874 = w.count
        w.write("enum " as StaticString)
        w.indent(ind, node: n874, list: s863)
        let v875 = a2.name
        w.write(v875)
        let n876 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n876, list: s863)
        let n877 = w.count
        let v878 = a2.members
        v878.withUnsafeBufferPointer { l880 in
            for i879 in l880.indices {
                let s881 = w.count
                w.write("    /// `" as StaticString)
                let v882 = a2.tagKey
                w.write(v882)
                let n883 = w.count
                w.write("` " as StaticString)
                w.indent(ind, node: n883, list: s881)
                let v884 = l880[i879].code
                w.write(v884)
                let n885 = w.count
                w.write(".\n" as StaticString)
                w.indent(ind, node: n885, list: s881)
                let n886 = w.count
                w.write("    case " as StaticString)
                w.indent(ind, node: n886, list: s881)
                let v887 = l880[i879].caseName
                w.write(v887)
                let n888 = w.count
                w.write("(" as StaticString)
                w.indent(ind, node: n888, list: s881)
                let v889 = l880[i879].type
                w.write(v889)
                let n890 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n890, list: s881)
            }
        }
        w.indent(ind, node: n877, list: s863)
        let n891 = w.count
        w.write("    /// A value whose `" as StaticString)
        w.indent(ind, node: n891, list: s863)
        let v892 = a2.tagKey
        w.write(v892)
        let n893 = w.count
        w.write("` the docs do not list, kept as received (encoding writes it back unchanged).\n" as StaticString)
        w.indent(ind, node: n893, list: s863)
        let n894 = w.count
        w.write("    case " as StaticString)
        w.indent(ind, node: n894, list: s863)
        let v895 = a2.unknownCaseName
        w.write(v895)
        let n896 = w.count
        w.write("(" as StaticString)
        w.indent(ind, node: n896, list: s863)
        let v897 = a2.codeLabel
        w.write(v897)
        let n898 = w.count
        w.write(": Swift.Int, " as StaticString)
        w.indent(ind, node: n898, list: s863)
        let v899 = a2.runtime
        w.write(v899)
        let n900 = w.count
        w.write(".JSONValue)\n" as StaticString)
        w.indent(ind, node: n900, list: s863)
        let n901 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n901, list: s863)
        let n902 = w.count
        w.write("    private enum CodingKeys: Swift.String, Swift.CodingKey {\n" as StaticString)
        w.indent(ind, node: n902, list: s863)
        let n903 = w.count
        w.write("        case tag = \"" as StaticString)
        w.indent(ind, node: n903, list: s863)
        let v904 = a2.tagKeyText
        w.write(v904)
        let n905 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n905, list: s863)
        let n906 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n906, list: s863)
        let n907 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n907, list: s863)
        let n908 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n908, list: s863)
        let v909 = a2.access
        w.write(v909)
        let n910 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n910, list: s863)
        let n911 = w.count
        w.write("        let code = try decoder.container(keyedBy: CodingKeys.self).decode(Swift." as StaticString)
        w.write("Int.self, forKey: .tag)\n" as StaticString)
        w.indent(ind, node: n911, list: s863)
        let n912 = w.count
        w.write("        switch code {\n" as StaticString)
        w.indent(ind, node: n912, list: s863)
        let n913 = w.count
        let v914 = a2.members
        v914.withUnsafeBufferPointer { l916 in
            for i915 in l916.indices {
                let s917 = w.count
                w.write("        case " as StaticString)
                let v918 = l916[i915].code
                w.write(v918)
                let n919 = w.count
                w.write(": self = ." as StaticString)
                w.indent(ind, node: n919, list: s917)
                let v920 = l916[i915].caseName
                w.write(v920)
                let n921 = w.count
                w.write("(try " as StaticString)
                w.indent(ind, node: n921, list: s917)
                let v922 = l916[i915].type
                w.write(v922)
                let n923 = w.count
                w.write("(from: decoder))\n" as StaticString)
                w.indent(ind, node: n923, list: s917)
            }
        }
        w.indent(ind, node: n913, list: s863)
        let n924 = w.count
        w.write("        default: self = ." as StaticString)
        w.indent(ind, node: n924, list: s863)
        let v925 = a2.unknownCaseName
        w.write(v925)
        let n926 = w.count
        w.write("(" as StaticString)
        w.indent(ind, node: n926, list: s863)
        let v927 = a2.codeLabel
        w.write(v927)
        let n928 = w.count
        w.write(": code, try " as StaticString)
        w.indent(ind, node: n928, list: s863)
        let v929 = a2.runtime
        w.write(v929)
        let n930 = w.count
        w.write(".JSONValue(from: decoder))\n" as StaticString)
        w.indent(ind, node: n930, list: s863)
        let n931 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n931, list: s863)
        let n932 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n932, list: s863)
        let n933 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n933, list: s863)
        let n934 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n934, list: s863)
        let v935 = a2.access
        w.write(v935)
        let n936 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n936, list: s863)
        let n937 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n937, list: s863)
        let n938 = w.count
        let v939 = a2.members
        v939.withUnsafeBufferPointer { l941 in
            for i940 in l941.indices {
                let s942 = w.count
                w.write("        case ." as StaticString)
                let v943 = l941[i940].caseName
                w.write(v943)
                let n944 = w.count
                w.write("(let value): try value.encode(to: encoder)\n" as StaticString)
                w.indent(ind, node: n944, list: s942)
            }
        }
        w.indent(ind, node: n938, list: s863)
        let n945 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n945, list: s863)
        let v946 = a2.unknownCaseName
        w.write(v946)
        let n947 = w.count
        w.write("(_, let value): try value.encode(to: encoder)\n" as StaticString)
        w.indent(ind, node: n947, list: s863)
        let n948 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n948, list: s863)
        let n949 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n949, list: s863)
        let n950 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n950, list: s863)
    }

    /// The partial `tagged-union-json`.
    private static func partial8(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: TaggedUnionViewModel) {
        let s951 = w.count
        let n952 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n952, list: s951)
        let v953 = a2.qualifiedName
        w.write(v953)
        let n954 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n954, list: s951)
        let v955 = a2.runtime
        w.write(v955)
        let n956 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n956, list: s951)
        let n957 = w.count
        w.write("    /// Decodes a value from JSON in one pass over the bytes, without `JSONDecod" as StaticString)
        w.write("er`: the result equals\n" as StaticString)
        w.indent(ind, node: n957, list: s951)
        let n958 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n958, list: s951)
        let v959 = a2.name
        w.write(v959)
        let n960 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n960, list: s951)
        let n961 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n961, list: s951)
        let v962 = a2.access
        w.write(v962)
        let n963 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n963, list: s951)
        let n964 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n964, list: s951)
        let v965 = a2.runtime
        w.write(v965)
        let n966 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n966, list: s951)
        let v967 = a2.qualifiedName
        w.write(v967)
        let n968 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n968, list: s951)
        let n969 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n969, list: s951)
        let n970 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n970, list: s951)
        let n971 = w.count
        w.write("    private static let _specgenJSONKeys = " as StaticString)
        w.indent(ind, node: n971, list: s951)
        let v972 = a2.runtime
        w.write(v972)
        let n973 = w.count
        w.write(".JSONKeyTable([\"" as StaticString)
        w.indent(ind, node: n973, list: s951)
        let v974 = a2.tagKeyText
        w.write(v974)
        let n975 = w.count
        w.write("\"])\n" as StaticString)
        w.indent(ind, node: n975, list: s951)
        let n976 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n976, list: s951)
        let n977 = w.count
        w.write("    /// Reads a value at the reader's position: its `" as StaticString)
        w.indent(ind, node: n977, list: s951)
        let v978 = a2.tagKey
        w.write(v978)
        let n979 = w.count
        w.write("` first, then, from the object's start again, the\n" as StaticString)
        w.indent(ind, node: n979, list: s951)
        let n980 = w.count
        w.write("    /// member the code selects.\n" as StaticString)
        w.indent(ind, node: n980, list: s951)
        let n981 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n981, list: s951)
        let v982 = a2.access
        w.write(v982)
        let n983 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n983, list: s951)
        let v984 = a2.runtime
        w.write(v984)
        let n985 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n985, list: s951)
        let n986 = w.count
        w.write("        var scan = reader\n" as StaticString)
        w.indent(ind, node: n986, list: s951)
        let n987 = w.count
        w.write("        var code: Swift.Int? = nil\n" as StaticString)
        w.indent(ind, node: n987, list: s951)
        let n988 = w.count
        w.write("        var object = try scan.beginObject()\n" as StaticString)
        w.indent(ind, node: n988, list: s951)
        let n989 = w.count
        w.write("        while let key = try scan.nextKey(&object, " as StaticString)
        w.indent(ind, node: n989, list: s951)
        let v990 = a2.qualifiedName
        w.write(v990)
        let n991 = w.count
        w.write("._specgenJSONKeys) {\n" as StaticString)
        w.indent(ind, node: n991, list: s951)
        let n992 = w.count
        w.write("            switch key {\n" as StaticString)
        w.indent(ind, node: n992, list: s951)
        let n993 = w.count
        w.write("            case 0: try scan.decodeField(&code)\n" as StaticString)
        w.indent(ind, node: n993, list: s951)
        let n994 = w.count
        w.write("            default: try scan.skipValue()\n" as StaticString)
        w.indent(ind, node: n994, list: s951)
        let n995 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n995, list: s951)
        let n996 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n996, list: s951)
        let n997 = w.count
        w.write("        guard let code else { throw scan.missingKey(\"" as StaticString)
        w.indent(ind, node: n997, list: s951)
        let v998 = a2.tagKeyText
        w.write(v998)
        let n999 = w.count
        w.write("\", in: object) }\n" as StaticString)
        w.indent(ind, node: n999, list: s951)
        let n1000 = w.count
        w.write("        switch code {\n" as StaticString)
        w.indent(ind, node: n1000, list: s951)
        let n1001 = w.count
        let v1002 = a2.members
        v1002.withUnsafeBufferPointer { l1004 in
            for i1003 in l1004.indices {
                let s1005 = w.count
                w.write("        case " as StaticString)
                let v1006 = l1004[i1003].code
                w.write(v1006)
                let n1007 = w.count
                w.write(": self = ." as StaticString)
                w.indent(ind, node: n1007, list: s1005)
                let v1008 = l1004[i1003].caseName
                w.write(v1008)
                let n1009 = w.count
                w.write("(try " as StaticString)
                w.indent(ind, node: n1009, list: s1005)
                let v1010 = l1004[i1003].type
                w.write(v1010)
                let n1011 = w.count
                w.write("(jsonReader: &reader))\n" as StaticString)
                w.indent(ind, node: n1011, list: s1005)
            }
        }
        w.indent(ind, node: n1001, list: s951)
        let n1012 = w.count
        w.write("        default: self = ." as StaticString)
        w.indent(ind, node: n1012, list: s951)
        let v1013 = a2.unknownCaseName
        w.write(v1013)
        let n1014 = w.count
        w.write("(" as StaticString)
        w.indent(ind, node: n1014, list: s951)
        let v1015 = a2.codeLabel
        w.write(v1015)
        let n1016 = w.count
        w.write(": code, try " as StaticString)
        w.indent(ind, node: n1016, list: s951)
        let v1017 = a2.runtime
        w.write(v1017)
        let n1018 = w.count
        w.write(".JSONValue(jsonReader: &reader))\n" as StaticString)
        w.indent(ind, node: n1018, list: s951)
        let n1019 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1019, list: s951)
        let n1020 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1020, list: s951)
        let n1021 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1021, list: s951)
    }

    /// The partial `events`.
    private static func partial9(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: EventsViewModel) {
        let s1022 = w.count
        let n1023 = w.count
        let v1024 = a2.docLines
        v1024.withUnsafeBufferPointer { l1026 in
            for i1025 in l1026.indices {
                let s1027 = w.count
                w.write("/// " as StaticString)
                w.write(l1026[i1025])
                let n1028 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1028, list: s1027)
            }
        }
        w.indent(ind, node: n1023, list: s1022)
        let n1029 = w.count
        let v1030 = a2.access
        w.write(v1030)
        w.indent(ind, node: n1029, list: s1022)
        let n1031 = w.count
        w.write(" " as StaticString)
        w.indent(ind, node: n1031, list: s1022)
        let v1032 = a2.isIndirect
        if v1032 {
            w.write("indirect " as StaticString)
        }
        let n1033 = w.count
        w.write("enum " as StaticString)
        w.indent(ind, node: n1033, list: s1022)
        let v1034 = a2.name
        w.write(v1034)
        let n1035 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n1035, list: s1022)
        let n1036 = w.count
        let v1037 = a2.events
        v1037.withUnsafeBufferPointer { l1039 in
            for i1038 in l1039.indices {
                let s1040 = w.count
                let v1041 = l1039[i1038].docLines
                v1041.withUnsafeBufferPointer { l1043 in
                    for i1042 in l1043.indices {
                        let s1044 = w.count
                        w.write("    /// " as StaticString)
                        w.write(l1043[i1042])
                        let n1045 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n1045, list: s1044)
                    }
                }
                let n1046 = w.count
                let v1047 = k.eventViewModel_hasPayload(l1039[i1038])
                if v1047 {
                    let s1048 = w.count
                    w.write("    case " as StaticString)
                    let v1049 = l1039[i1038].caseName
                    w.write(v1049)
                    let n1050 = w.count
                    w.write("(" as StaticString)
                    w.indent(ind, node: n1050, list: s1048)
                    let v1051 = l1039[i1038].payloadType
                    w.write(v1051)
                    let n1052 = w.count
                    w.write(")\n" as StaticString)
                    w.indent(ind, node: n1052, list: s1048)
                }
                w.indent(ind, node: n1046, list: s1040)
                let n1053 = w.count
                let v1054 = k.eventViewModel_hasPayload(l1039[i1038])
                if !v1054 {
                    let s1055 = w.count
                    w.write("    case " as StaticString)
                    let v1056 = l1039[i1038].caseName
                    w.write(v1056)
                    let n1057 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n1057, list: s1055)
                }
                w.indent(ind, node: n1053, list: s1040)
            }
        }
        w.indent(ind, node: n1036, list: s1022)
        let n1058 = w.count
        let v1059 = a2.unknownDocLines
        v1059.withUnsafeBufferPointer { l1061 in
            for i1060 in l1061.indices {
                let s1062 = w.count
                w.write("    /// " as StaticString)
                w.write(l1061[i1060])
                let n1063 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1063, list: s1062)
            }
        }
        w.indent(ind, node: n1058, list: s1022)
        let n1064 = w.count
        let v1065 = a2.hasPayloadKey
        if v1065 {
            let s1066 = w.count
            w.write("    case " as StaticString)
            let v1067 = a2.unknownCaseName
            w.write(v1067)
            let n1068 = w.count
            w.write("(name: Swift.String, payload: " as StaticString)
            w.indent(ind, node: n1068, list: s1066)
            let v1069 = a2.runtime
            w.write(v1069)
            let n1070 = w.count
            w.write(".JSONValue?)\n" as StaticString)
            w.indent(ind, node: n1070, list: s1066)
        }
        w.indent(ind, node: n1064, list: s1022)
        let n1071 = w.count
        let v1072 = a2.hasPayloadKey
        if !v1072 {
            let s1073 = w.count
            w.write("    case " as StaticString)
            let v1074 = a2.unknownCaseName
            w.write(v1074)
            let n1075 = w.count
            w.write("(name: Swift.String)\n" as StaticString)
            w.indent(ind, node: n1075, list: s1073)
        }
        w.indent(ind, node: n1071, list: s1022)
        let n1076 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1076, list: s1022)
        let n1077 = w.count
        w.write("    /// The event's name on the wire.\n" as StaticString)
        w.indent(ind, node: n1077, list: s1022)
        let n1078 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1078, list: s1022)
        let v1079 = a2.access
        w.write(v1079)
        let n1080 = w.count
        w.write(" var name: Swift.String {\n" as StaticString)
        w.indent(ind, node: n1080, list: s1022)
        let n1081 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1081, list: s1022)
        let n1082 = w.count
        let v1083 = a2.events
        v1083.withUnsafeBufferPointer { l1085 in
            for i1084 in l1085.indices {
                let s1086 = w.count
                w.write("        case ." as StaticString)
                let v1087 = l1085[i1084].caseName
                w.write(v1087)
                let n1088 = w.count
                w.write(": return \"" as StaticString)
                w.indent(ind, node: n1088, list: s1086)
                let v1089 = l1085[i1084].wireName
                w.write(v1089)
                let n1090 = w.count
                w.write("\"\n" as StaticString)
                w.indent(ind, node: n1090, list: s1086)
            }
        }
        w.indent(ind, node: n1082, list: s1022)
        let n1091 = w.count
        let v1092 = a2.hasPayloadKey
        if v1092 {
            let s1093 = w.count
            w.write("        case ." as StaticString)
            let v1094 = a2.unknownCaseName
            w.write(v1094)
            let n1095 = w.count
            w.write("(let name, _): return name\n" as StaticString)
            w.indent(ind, node: n1095, list: s1093)
        }
        w.indent(ind, node: n1091, list: s1022)
        let n1096 = w.count
        let v1097 = a2.hasPayloadKey
        if !v1097 {
            let s1098 = w.count
            w.write("        case ." as StaticString)
            let v1099 = a2.unknownCaseName
            w.write(v1099)
            let n1100 = w.count
            w.write("(let name): return name\n" as StaticString)
            w.indent(ind, node: n1100, list: s1098)
        }
        w.indent(ind, node: n1096, list: s1022)
        let n1101 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1101, list: s1022)
        let n1102 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1102, list: s1022)
        let n1103 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1103, list: s1022)
        let n1104 = w.count
        w.write("    private enum CodingKeys: Swift.String, Swift.CodingKey {\n" as StaticString)
        w.indent(ind, node: n1104, list: s1022)
        let n1105 = w.count
        w.write("        case name = \"" as StaticString)
        w.indent(ind, node: n1105, list: s1022)
        let v1106 = a2.discriminatorKey
        w.write(v1106)
        let n1107 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n1107, list: s1022)
        let n1108 = w.count
        let v1109 = a2.hasPayloadKey
        if v1109 {
            let s1110 = w.count
            w.write("        case payload = \"" as StaticString)
            let v1111 = a2.payloadKey
            w.write(v1111)
            let n1112 = w.count
            w.write("\"\n" as StaticString)
            w.indent(ind, node: n1112, list: s1110)
        }
        w.indent(ind, node: n1108, list: s1022)
        let n1113 = w.count
        let v1114 = a2.frameKeys
        v1114.withUnsafeBufferPointer { l1116 in
            for i1115 in l1116.indices {
                let s1117 = w.count
                w.write("        case " as StaticString)
                let v1118 = l1116[i1115].caseName
                w.write(v1118)
                let n1119 = w.count
                w.write(" = \"" as StaticString)
                w.indent(ind, node: n1119, list: s1117)
                let v1120 = l1116[i1115].jsonKey
                w.write(v1120)
                let n1121 = w.count
                w.write("\"\n" as StaticString)
                w.indent(ind, node: n1121, list: s1117)
            }
        }
        w.indent(ind, node: n1113, list: s1022)
        let n1122 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1122, list: s1022)
        let n1123 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1123, list: s1022)
        let n1124 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1124, list: s1022)
        let v1125 = a2.access
        w.write(v1125)
        let n1126 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n1126, list: s1022)
        let n1127 = w.count
        w.write("        let container = try decoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
        w.indent(ind, node: n1127, list: s1022)
        let n1128 = w.count
        w.write("        let name = try container.decode(Swift.String.self, forKey: .name)\n" as StaticString)
        w.indent(ind, node: n1128, list: s1022)
        let n1129 = w.count
        w.write("        switch name {\n" as StaticString)
        w.indent(ind, node: n1129, list: s1022)
        let n1130 = w.count
        let v1131 = a2.events
        v1131.withUnsafeBufferPointer { l1133 in
            for i1132 in l1133.indices {
                let s1134 = w.count
                let v1135 = l1133[i1132].isData
                if v1135 {
                    let s1136 = w.count
                    w.write("        case \"" as StaticString)
                    let v1137 = l1133[i1132].wireName
                    w.write(v1137)
                    let n1138 = w.count
                    w.write("\": self = ." as StaticString)
                    w.indent(ind, node: n1138, list: s1136)
                    let v1139 = l1133[i1132].caseName
                    w.write(v1139)
                    let n1140 = w.count
                    w.write("(try container.decode(" as StaticString)
                    w.indent(ind, node: n1140, list: s1136)
                    let v1141 = l1133[i1132].payloadType
                    w.write(v1141)
                    let n1142 = w.count
                    w.write(".self, forKey: .payload))\n" as StaticString)
                    w.indent(ind, node: n1142, list: s1136)
                }
                let n1143 = w.count
                let v1144 = l1133[i1132].isFrame
                if v1144 {
                    let s1145 = w.count
                    let v1146 = k.eventViewModel_hasFields(l1133[i1132])
                    if v1146 {
                        let s1147 = w.count
                        w.write("        case \"" as StaticString)
                        let v1148 = l1133[i1132].wireName
                        w.write(v1148)
                        let n1149 = w.count
                        w.write("\":\n" as StaticString)
                        w.indent(ind, node: n1149, list: s1147)
                        let n1150 = w.count
                        w.write("            self = ." as StaticString)
                        w.indent(ind, node: n1150, list: s1147)
                        let v1151 = l1133[i1132].caseName
                        w.write(v1151)
                        let n1152 = w.count
                        w.write("(\n" as StaticString)
                        w.indent(ind, node: n1152, list: s1147)
                        let n1153 = w.count
                        w.write("                " as StaticString)
                        w.indent(ind, node: n1153, list: s1147)
                        let v1154 = l1133[i1132].payloadType
                        w.write(v1154)
                        let n1155 = w.count
                        w.write("(\n" as StaticString)
                        w.indent(ind, node: n1155, list: s1147)
                        let n1156 = w.count
                        if let v1157 = l1133[i1132].fields {
                            v1157.withUnsafeBufferPointer { l1159 in
                                for i1158 in l1159.indices {
                                    let s1160 = w.count
                                    w.write("                    " as StaticString)
                                    let v1161 = l1159[i1158].name
                                    w.write(v1161)
                                    let n1162 = w.count
                                    w.write(": try container." as StaticString)
                                    w.indent(ind, node: n1162, list: s1160)
                                    let v1163 = l1159[i1158].isOptional
                                    if v1163 {
                                        w.write("decodeIfPresent" as StaticString)
                                    }
                                    let n1164 = w.count
                                    let v1165 = l1159[i1158].isOptional
                                    if !v1165 {
                                        w.write("decode" as StaticString)
                                    }
                                    w.indent(ind, node: n1164, list: s1160)
                                    let n1166 = w.count
                                    w.write("(" as StaticString)
                                    w.indent(ind, node: n1166, list: s1160)
                                    let v1167 = l1159[i1158].baseType
                                    w.write(v1167)
                                    let n1168 = w.count
                                    w.write(".self, forKey: ." as StaticString)
                                    w.indent(ind, node: n1168, list: s1160)
                                    let v1169 = l1159[i1158].commonName
                                    w.write(v1169)
                                    let n1170 = w.count
                                    w.write(")" as StaticString)
                                    w.indent(ind, node: n1170, list: s1160)
                                    let v1171 = l1159[i1158].isLastParameter
                                    if !v1171 {
                                        w.write("," as StaticString)
                                    }
                                    let n1172 = w.count
                                    w.write("\n" as StaticString)
                                    w.indent(ind, node: n1172, list: s1160)
                                }
                            }
                        }
                        w.indent(ind, node: n1156, list: s1147)
                        let n1173 = w.count
                        w.write("                )\n" as StaticString)
                        w.indent(ind, node: n1173, list: s1147)
                        let n1174 = w.count
                        w.write("            )\n" as StaticString)
                        w.indent(ind, node: n1174, list: s1147)
                    }
                    let n1175 = w.count
                    let v1176 = k.eventViewModel_hasFields(l1133[i1132])
                    if !v1176 {
                        let s1177 = w.count
                        w.write("        case \"" as StaticString)
                        let v1178 = l1133[i1132].wireName
                        w.write(v1178)
                        let n1179 = w.count
                        w.write("\": self = ." as StaticString)
                        w.indent(ind, node: n1179, list: s1177)
                        let v1180 = l1133[i1132].caseName
                        w.write(v1180)
                        let n1181 = w.count
                        w.write("(try " as StaticString)
                        w.indent(ind, node: n1181, list: s1177)
                        let v1182 = l1133[i1132].payloadType
                        w.write(v1182)
                        let n1183 = w.count
                        w.write("(from: decoder))\n" as StaticString)
                        w.indent(ind, node: n1183, list: s1177)
                    }
                    w.indent(ind, node: n1175, list: s1145)
                }
                w.indent(ind, node: n1143, list: s1134)
                let n1184 = w.count
                let v1185 = k.eventViewModel_hasPayload(l1133[i1132])
                if !v1185 {
                    let s1186 = w.count
                    w.write("        case \"" as StaticString)
                    let v1187 = l1133[i1132].wireName
                    w.write(v1187)
                    let n1188 = w.count
                    w.write("\": self = ." as StaticString)
                    w.indent(ind, node: n1188, list: s1186)
                    let v1189 = l1133[i1132].caseName
                    w.write(v1189)
                    let n1190 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n1190, list: s1186)
                }
                w.indent(ind, node: n1184, list: s1134)
            }
        }
        w.indent(ind, node: n1130, list: s1022)
        let n1191 = w.count
        let v1192 = a2.hasPayloadKey
        if v1192 {
            let s1193 = w.count
            w.write("        default: self = ." as StaticString)
            let v1194 = a2.unknownCaseName
            w.write(v1194)
            let n1195 = w.count
            w.write("(name: name, payload: try container.decodeIfPresent(" as StaticString)
            w.indent(ind, node: n1195, list: s1193)
            let v1196 = a2.runtime
            w.write(v1196)
            let n1197 = w.count
            w.write(".JSONValue.self, forKey: .payload))\n" as StaticString)
            w.indent(ind, node: n1197, list: s1193)
        }
        w.indent(ind, node: n1191, list: s1022)
        let n1198 = w.count
        let v1199 = a2.hasPayloadKey
        if !v1199 {
            let s1200 = w.count
            w.write("        default: self = ." as StaticString)
            let v1201 = a2.unknownCaseName
            w.write(v1201)
            let n1202 = w.count
            w.write("(name: name)\n" as StaticString)
            w.indent(ind, node: n1202, list: s1200)
        }
        w.indent(ind, node: n1198, list: s1022)
        let n1203 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1203, list: s1022)
        let n1204 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1204, list: s1022)
        let n1205 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1205, list: s1022)
        let n1206 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1206, list: s1022)
        let v1207 = a2.access
        w.write(v1207)
        let n1208 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n1208, list: s1022)
        let n1209 = w.count
        w.write("        var container = encoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
        w.indent(ind, node: n1209, list: s1022)
        let n1210 = w.count
        w.write("        try container.encode(self.name, forKey: .name)\n" as StaticString)
        w.indent(ind, node: n1210, list: s1022)
        let n1211 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1211, list: s1022)
        let n1212 = w.count
        let v1213 = a2.events
        v1213.withUnsafeBufferPointer { l1215 in
            for i1214 in l1215.indices {
                let s1216 = w.count
                let v1217 = l1215[i1214].isData
                if v1217 {
                    let s1218 = w.count
                    w.write("        case ." as StaticString)
                    let v1219 = l1215[i1214].caseName
                    w.write(v1219)
                    let n1220 = w.count
                    w.write("(let payload): try container.encode(payload, forKey: .payload)\n" as StaticString)
                    w.indent(ind, node: n1220, list: s1218)
                }
                let n1221 = w.count
                let v1222 = l1215[i1214].isFrame
                if v1222 {
                    let s1223 = w.count
                    w.write("        case ." as StaticString)
                    let v1224 = l1215[i1214].caseName
                    w.write(v1224)
                    let n1225 = w.count
                    w.write("(let fields): try fields.encode(to: encoder)\n" as StaticString)
                    w.indent(ind, node: n1225, list: s1223)
                }
                w.indent(ind, node: n1221, list: s1216)
                let n1226 = w.count
                let v1227 = k.eventViewModel_hasPayload(l1215[i1214])
                if !v1227 {
                    let s1228 = w.count
                    w.write("        case ." as StaticString)
                    let v1229 = l1215[i1214].caseName
                    w.write(v1229)
                    let n1230 = w.count
                    w.write(": break\n" as StaticString)
                    w.indent(ind, node: n1230, list: s1228)
                }
                w.indent(ind, node: n1226, list: s1216)
            }
        }
        w.indent(ind, node: n1212, list: s1022)
        let n1231 = w.count
        let v1232 = a2.hasPayloadKey
        if v1232 {
            let s1233 = w.count
            w.write("        case ." as StaticString)
            let v1234 = a2.unknownCaseName
            w.write(v1234)
            let n1235 = w.count
            w.write("(_, let payload): try container.encodeIfPresent(payload, forKey: .payload)\n" as StaticString)
            w.indent(ind, node: n1235, list: s1233)
        }
        w.indent(ind, node: n1231, list: s1022)
        let n1236 = w.count
        let v1237 = a2.hasPayloadKey
        if !v1237 {
            let s1238 = w.count
            w.write("        case ." as StaticString)
            let v1239 = a2.unknownCaseName
            w.write(v1239)
            let n1240 = w.count
            w.write(": break\n" as StaticString)
            w.indent(ind, node: n1240, list: s1238)
        }
        w.indent(ind, node: n1236, list: s1022)
        let n1241 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1241, list: s1022)
        let n1242 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1242, list: s1022)
        let n1243 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1243, list: s1022)
    }

    /// The partial `events-json`.
    private static func partial10(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: EventsViewModel) {
        let s1244 = w.count
        let n1245 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n1245, list: s1244)
        let v1246 = a2.qualifiedName
        w.write(v1246)
        let n1247 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n1247, list: s1244)
        let v1248 = a2.runtime
        w.write(v1248)
        let n1249 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n1249, list: s1244)
        let n1250 = w.count
        w.write("    /// Decodes a message from JSON in one pass over the bytes, without `JSONDec" as StaticString)
        w.write("oder`: the result equals\n" as StaticString)
        w.indent(ind, node: n1250, list: s1244)
        let n1251 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n1251, list: s1244)
        let v1252 = a2.name
        w.write(v1252)
        let n1253 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n1253, list: s1244)
        let n1254 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1254, list: s1244)
        let v1255 = a2.access
        w.write(v1255)
        let n1256 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n1256, list: s1244)
        let n1257 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n1257, list: s1244)
        let v1258 = a2.runtime
        w.write(v1258)
        let n1259 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n1259, list: s1244)
        let v1260 = a2.qualifiedName
        w.write(v1260)
        let n1261 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n1261, list: s1244)
        let n1262 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1262, list: s1244)
        let n1263 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1263, list: s1244)
        let n1264 = w.count
        w.write("    private static let _specgenJSONKeys = " as StaticString)
        w.indent(ind, node: n1264, list: s1244)
        let v1265 = a2.runtime
        w.write(v1265)
        let n1266 = w.count
        w.write(".JSONKeyTable([\"" as StaticString)
        w.indent(ind, node: n1266, list: s1244)
        let v1267 = a2.discriminatorKey
        w.write(v1267)
        let n1268 = w.count
        w.write("\"" as StaticString)
        w.indent(ind, node: n1268, list: s1244)
        let v1269 = a2.hasPayloadKey
        if v1269 {
            let s1270 = w.count
            w.write(", \"" as StaticString)
            let v1271 = a2.payloadKey
            w.write(v1271)
            let n1272 = w.count
            w.write("\"" as StaticString)
            w.indent(ind, node: n1272, list: s1270)
        }
        let n1273 = w.count
        w.write("])\n" as StaticString)
        w.indent(ind, node: n1273, list: s1244)
        let n1274 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1274, list: s1244)
        let n1275 = w.count
        w.write("    /// Reads a message at the reader's position: its name first, then the paylo" as StaticString)
        w.write("ad the name selects.\n" as StaticString)
        w.indent(ind, node: n1275, list: s1244)
        let n1276 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1276, list: s1244)
        let v1277 = a2.access
        w.write(v1277)
        let n1278 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n1278, list: s1244)
        let v1279 = a2.runtime
        w.write(v1279)
        let n1280 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n1280, list: s1244)
        let n1281 = w.count
        let v1282 = k.eventsViewModel_hasFrameEvents(a2)
        if v1282 {
            w.write("        let start = reader\n" as StaticString)
        }
        w.indent(ind, node: n1281, list: s1244)
        let n1283 = w.count
        w.write("        var name: Swift.String? = nil\n" as StaticString)
        w.indent(ind, node: n1283, list: s1244)
        let n1284 = w.count
        let v1285 = a2.hasPayloadKey
        if v1285 {
            let s1286 = w.count
            w.write("        var payload: " as StaticString)
            let v1287 = a2.runtime
            w.write(v1287)
            let n1288 = w.count
            w.write(".JSONDecodingReader? = nil\n" as StaticString)
            w.indent(ind, node: n1288, list: s1286)
        }
        w.indent(ind, node: n1284, list: s1244)
        let n1289 = w.count
        w.write("        var object = try reader.beginObject()\n" as StaticString)
        w.indent(ind, node: n1289, list: s1244)
        let n1290 = w.count
        w.write("        while let key = try reader.nextKey(&object, " as StaticString)
        w.indent(ind, node: n1290, list: s1244)
        let v1291 = a2.qualifiedName
        w.write(v1291)
        let n1292 = w.count
        w.write("._specgenJSONKeys) {\n" as StaticString)
        w.indent(ind, node: n1292, list: s1244)
        let n1293 = w.count
        w.write("            switch key {\n" as StaticString)
        w.indent(ind, node: n1293, list: s1244)
        let n1294 = w.count
        w.write("            case 0: try reader.decodeField(&name)\n" as StaticString)
        w.indent(ind, node: n1294, list: s1244)
        let n1295 = w.count
        let v1296 = a2.hasPayloadKey
        if v1296 {
            let s1297 = w.count
            w.write("            case 1:\n" as StaticString)
            let n1298 = w.count
            w.write("                if payload == nil { payload = reader }\n" as StaticString)
            w.indent(ind, node: n1298, list: s1297)
            let n1299 = w.count
            w.write("                try reader.skipValue()\n" as StaticString)
            w.indent(ind, node: n1299, list: s1297)
        }
        w.indent(ind, node: n1295, list: s1244)
        let n1300 = w.count
        w.write("            default: try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n1300, list: s1244)
        let n1301 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n1301, list: s1244)
        let n1302 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1302, list: s1244)
        let n1303 = w.count
        w.write("        guard let name else { throw reader.missingKey(\"" as StaticString)
        w.indent(ind, node: n1303, list: s1244)
        let v1304 = a2.discriminatorKey
        w.write(v1304)
        let n1305 = w.count
        w.write("\", in: object) }\n" as StaticString)
        w.indent(ind, node: n1305, list: s1244)
        let n1306 = w.count
        w.write("        switch name {\n" as StaticString)
        w.indent(ind, node: n1306, list: s1244)
        let n1307 = w.count
        let v1308 = a2.events
        v1308.withUnsafeBufferPointer { l1310 in
            for i1309 in l1310.indices {
                let s1311 = w.count
                let v1312 = l1310[i1309].isData
                if v1312 {
                    let s1313 = w.count
                    w.write("        case \"" as StaticString)
                    let v1314 = l1310[i1309].wireName
                    w.write(v1314)
                    let n1315 = w.count
                    w.write("\":\n" as StaticString)
                    w.indent(ind, node: n1315, list: s1313)
                    let n1316 = w.count
                    w.write("            guard var data = payload else { throw reader.missingKey(\"" as StaticString)
                    w.indent(ind, node: n1316, list: s1313)
                    let v1317 = a2.payloadKey
                    w.write(v1317)
                    let n1318 = w.count
                    w.write("\", in: object) }\n" as StaticString)
                    w.indent(ind, node: n1318, list: s1313)
                    let n1319 = w.count
                    w.write("            self = ." as StaticString)
                    w.indent(ind, node: n1319, list: s1313)
                    let v1320 = l1310[i1309].caseName
                    w.write(v1320)
                    let n1321 = w.count
                    w.write("(try " as StaticString)
                    w.indent(ind, node: n1321, list: s1313)
                    let v1322 = l1310[i1309].payloadType
                    w.write(v1322)
                    let n1323 = w.count
                    w.write("(jsonReader: &data))\n" as StaticString)
                    w.indent(ind, node: n1323, list: s1313)
                }
                let n1324 = w.count
                let v1325 = l1310[i1309].isFrame
                if v1325 {
                    let s1326 = w.count
                    w.write("        case \"" as StaticString)
                    let v1327 = l1310[i1309].wireName
                    w.write(v1327)
                    let n1328 = w.count
                    w.write("\":\n" as StaticString)
                    w.indent(ind, node: n1328, list: s1326)
                    let n1329 = w.count
                    w.write("            var fields = start\n" as StaticString)
                    w.indent(ind, node: n1329, list: s1326)
                    let n1330 = w.count
                    w.write("            self = ." as StaticString)
                    w.indent(ind, node: n1330, list: s1326)
                    let v1331 = l1310[i1309].caseName
                    w.write(v1331)
                    let n1332 = w.count
                    w.write("(try " as StaticString)
                    w.indent(ind, node: n1332, list: s1326)
                    let v1333 = l1310[i1309].payloadType
                    w.write(v1333)
                    let n1334 = w.count
                    w.write("(jsonReader: &fields))\n" as StaticString)
                    w.indent(ind, node: n1334, list: s1326)
                }
                w.indent(ind, node: n1324, list: s1311)
                let n1335 = w.count
                let v1336 = k.eventViewModel_hasPayload(l1310[i1309])
                if !v1336 {
                    let s1337 = w.count
                    w.write("        case \"" as StaticString)
                    let v1338 = l1310[i1309].wireName
                    w.write(v1338)
                    let n1339 = w.count
                    w.write("\": self = ." as StaticString)
                    w.indent(ind, node: n1339, list: s1337)
                    let v1340 = l1310[i1309].caseName
                    w.write(v1340)
                    let n1341 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n1341, list: s1337)
                }
                w.indent(ind, node: n1335, list: s1311)
            }
        }
        w.indent(ind, node: n1307, list: s1244)
        let n1342 = w.count
        let v1343 = a2.hasPayloadKey
        if v1343 {
            let s1344 = w.count
            w.write("        default:\n" as StaticString)
            let n1345 = w.count
            w.write("            var value: " as StaticString)
            w.indent(ind, node: n1345, list: s1344)
            let v1346 = a2.runtime
            w.write(v1346)
            let n1347 = w.count
            w.write(".JSONValue? = nil\n" as StaticString)
            w.indent(ind, node: n1347, list: s1344)
            let n1348 = w.count
            w.write("            if var data = payload, !(try data.consumeNull()) { value = try " as StaticString)
            w.indent(ind, node: n1348, list: s1344)
            let v1349 = a2.runtime
            w.write(v1349)
            let n1350 = w.count
            w.write(".JSONValue(jsonReader: &data) }\n" as StaticString)
            w.indent(ind, node: n1350, list: s1344)
            let n1351 = w.count
            w.write("            self = ." as StaticString)
            w.indent(ind, node: n1351, list: s1344)
            let v1352 = a2.unknownCaseName
            w.write(v1352)
            let n1353 = w.count
            w.write("(name: name, payload: value)\n" as StaticString)
            w.indent(ind, node: n1353, list: s1344)
        }
        w.indent(ind, node: n1342, list: s1244)
        let n1354 = w.count
        let v1355 = a2.hasPayloadKey
        if !v1355 {
            let s1356 = w.count
            w.write("        default: self = ." as StaticString)
            let v1357 = a2.unknownCaseName
            w.write(v1357)
            let n1358 = w.count
            w.write("(name: name)\n" as StaticString)
            w.indent(ind, node: n1358, list: s1356)
        }
        w.indent(ind, node: n1354, list: s1244)
        let n1359 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1359, list: s1244)
        let n1360 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1360, list: s1244)
        let n1361 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1361, list: s1244)
    }

    /// The partial `opcode-events`.
    private static func partial11(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: OpcodeEventsViewModel) {
        let s1362 = w.count
        let n1363 = w.count
        let v1364 = a2.docLines
        v1364.withUnsafeBufferPointer { l1366 in
            for i1365 in l1366.indices {
                let s1367 = w.count
                w.write("/// " as StaticString)
                w.write(l1366[i1365])
                let n1368 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1368, list: s1367)
            }
        }
        w.indent(ind, node: n1363, list: s1362)
        let n1369 = w.count
        let v1370 = a2.access
        w.write(v1370)
        w.indent(ind, node: n1369, list: s1362)
        let n1371 = w.count
        w.write(" " as StaticString)
        w.indent(ind, node: n1371, list: s1362)
        let v1372 = a2.isIndirect
        if v1372 {
            w.write("indirect " as StaticString)
        }
        let n1373 = w.count
        w.write("enum " as StaticString)
        w.indent(ind, node: n1373, list: s1362)
        let v1374 = a2.name
        w.write(v1374)
        let n1375 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n1375, list: s1362)
        let n1376 = w.count
        let v1377 = a2.events
        v1377.withUnsafeBufferPointer { l1379 in
            for i1378 in l1379.indices {
                let s1380 = w.count
                let v1381 = l1379[i1378].docLines
                v1381.withUnsafeBufferPointer { l1383 in
                    for i1382 in l1383.indices {
                        let s1384 = w.count
                        w.write("    /// " as StaticString)
                        w.write(l1383[i1382])
                        let n1385 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n1385, list: s1384)
                    }
                }
                let n1386 = w.count
                w.write("    case " as StaticString)
                w.indent(ind, node: n1386, list: s1380)
                let v1387 = l1379[i1378].caseName
                w.write(v1387)
                let n1388 = w.count
                let v1389 = k.opcodeEventViewModel_hasValues(l1379[i1378])
                if v1389 {
                    let s1390 = w.count
                    w.write("(" as StaticString)
                    let v1391 = k.opcodeEventViewModel_hasPayload(l1379[i1378])
                    if v1391 {
                        let s1392 = w.count
                        let v1393 = l1379[i1378].payloadType
                        w.write(v1393)
                        let n1394 = w.count
                        let v1395 = l1379[i1378].isPayloadNullable
                        if v1395 {
                            w.write("?" as StaticString)
                        }
                        w.indent(ind, node: n1394, list: s1392)
                        let n1396 = w.count
                        let v1397 = l1379[i1378].carriesSequence
                        if v1397 {
                            w.write(", " as StaticString)
                        }
                        w.indent(ind, node: n1396, list: s1392)
                    }
                    let n1398 = w.count
                    let v1399 = l1379[i1378].carriesSequence
                    if v1399 {
                        w.write("sequence: Swift.Int" as StaticString)
                    }
                    w.indent(ind, node: n1398, list: s1390)
                    let n1400 = w.count
                    w.write(")" as StaticString)
                    w.indent(ind, node: n1400, list: s1390)
                }
                w.indent(ind, node: n1388, list: s1380)
                let n1401 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1401, list: s1380)
            }
        }
        w.indent(ind, node: n1376, list: s1362)
        let n1402 = w.count
        let v1403 = a2.unknownDocLines
        v1403.withUnsafeBufferPointer { l1405 in
            for i1404 in l1405.indices {
                let s1406 = w.count
                w.write("    /// " as StaticString)
                w.write(l1405[i1404])
                let n1407 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1407, list: s1406)
            }
        }
        w.indent(ind, node: n1402, list: s1362)
        let n1408 = w.count
        w.write("    case " as StaticString)
        w.indent(ind, node: n1408, list: s1362)
        let v1409 = a2.unknownCaseName
        w.write(v1409)
        let n1410 = w.count
        w.write("(opcode: Swift.Int, name: Swift.String?, " as StaticString)
        w.indent(ind, node: n1410, list: s1362)
        let v1411 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1411 {
            w.write("sequence: Swift.Int?, " as StaticString)
        }
        let n1412 = w.count
        w.write("payload: " as StaticString)
        w.indent(ind, node: n1412, list: s1362)
        let v1413 = a2.runtime
        w.write(v1413)
        let n1414 = w.count
        w.write(".JSONValue?)\n" as StaticString)
        w.indent(ind, node: n1414, list: s1362)
        let n1415 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1415, list: s1362)
        let n1416 = w.count
        w.write("    /// The message's code (`" as StaticString)
        w.indent(ind, node: n1416, list: s1362)
        let v1417 = a2.opcodeKey
        w.write(v1417)
        let n1418 = w.count
        w.write("`): " as StaticString)
        w.indent(ind, node: n1418, list: s1362)
        let v1419 = a2.dispatch
        w.write(v1419)
        let n1420 = w.count
        w.write(" for a dispatched event.\n" as StaticString)
        w.indent(ind, node: n1420, list: s1362)
        let n1421 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1421, list: s1362)
        let v1422 = a2.access
        w.write(v1422)
        let n1423 = w.count
        w.write(" var opcode: Swift.Int {\n" as StaticString)
        w.indent(ind, node: n1423, list: s1362)
        let n1424 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1424, list: s1362)
        let n1425 = w.count
        let v1426 = a2.events
        v1426.withUnsafeBufferPointer { l1428 in
            for i1427 in l1428.indices {
                let s1429 = w.count
                w.write("        case ." as StaticString)
                let v1430 = l1428[i1427].caseName
                w.write(v1430)
                let n1431 = w.count
                w.write(": return " as StaticString)
                w.indent(ind, node: n1431, list: s1429)
                let v1432 = l1428[i1427].opcode
                w.write(v1432)
                let n1433 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1433, list: s1429)
            }
        }
        w.indent(ind, node: n1425, list: s1362)
        let n1434 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n1434, list: s1362)
        let v1435 = a2.unknownCaseName
        w.write(v1435)
        let n1436 = w.count
        w.write("(let opcode, _, _" as StaticString)
        w.indent(ind, node: n1436, list: s1362)
        let v1437 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1437 {
            w.write(", _" as StaticString)
        }
        let n1438 = w.count
        w.write("): return opcode\n" as StaticString)
        w.indent(ind, node: n1438, list: s1362)
        let n1439 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1439, list: s1362)
        let n1440 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1440, list: s1362)
        let n1441 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1441, list: s1362)
        let n1442 = w.count
        w.write("    /// The event's name on the wire (`" as StaticString)
        w.indent(ind, node: n1442, list: s1362)
        let v1443 = a2.discriminatorKey
        w.write(v1443)
        let n1444 = w.count
        w.write("`), `nil` for a message that its code alone identifies.\n" as StaticString)
        w.indent(ind, node: n1444, list: s1362)
        let n1445 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1445, list: s1362)
        let v1446 = a2.access
        w.write(v1446)
        let n1447 = w.count
        w.write(" var name: Swift.String? {\n" as StaticString)
        w.indent(ind, node: n1447, list: s1362)
        let n1448 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1448, list: s1362)
        let n1449 = w.count
        let v1450 = a2.events
        v1450.withUnsafeBufferPointer { l1452 in
            for i1451 in l1452.indices {
                let s1453 = w.count
                let v1454 = l1452[i1451].isDispatch
                if v1454 {
                    let s1455 = w.count
                    w.write("        case ." as StaticString)
                    let v1456 = l1452[i1451].caseName
                    w.write(v1456)
                    let n1457 = w.count
                    w.write(": return \"" as StaticString)
                    w.indent(ind, node: n1457, list: s1455)
                    let v1458 = l1452[i1451].wireName
                    w.write(v1458)
                    let n1459 = w.count
                    w.write("\"\n" as StaticString)
                    w.indent(ind, node: n1459, list: s1455)
                }
                let n1460 = w.count
                let v1461 = l1452[i1451].isDispatch
                if !v1461 {
                    let s1462 = w.count
                    w.write("        case ." as StaticString)
                    let v1463 = l1452[i1451].caseName
                    w.write(v1463)
                    let n1464 = w.count
                    w.write(": return nil\n" as StaticString)
                    w.indent(ind, node: n1464, list: s1462)
                }
                w.indent(ind, node: n1460, list: s1453)
            }
        }
        w.indent(ind, node: n1449, list: s1362)
        let n1465 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n1465, list: s1362)
        let v1466 = a2.unknownCaseName
        w.write(v1466)
        let n1467 = w.count
        w.write("(_, let name, _" as StaticString)
        w.indent(ind, node: n1467, list: s1362)
        let v1468 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1468 {
            w.write(", _" as StaticString)
        }
        let n1469 = w.count
        w.write("): return name\n" as StaticString)
        w.indent(ind, node: n1469, list: s1362)
        let n1470 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1470, list: s1362)
        let n1471 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1471, list: s1362)
        let n1472 = w.count
        let v1473 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1473 {
            let s1474 = w.count
            w.write("\n" as StaticString)
            let n1475 = w.count
            w.write("    /// The sequence number (`" as StaticString)
            w.indent(ind, node: n1475, list: s1474)
            let v1476 = a2.sequenceKey
            w.write(v1476)
            let n1477 = w.count
            w.write("`) of a dispatched event, `nil` for other messages: the number to\n" as StaticString)
            w.indent(ind, node: n1477, list: s1474)
            let n1478 = w.count
            w.write("    /// heartbeat and resume with.\n" as StaticString)
            w.indent(ind, node: n1478, list: s1474)
            let n1479 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n1479, list: s1474)
            let v1480 = a2.access
            w.write(v1480)
            let n1481 = w.count
            w.write(" var sequence: Swift.Int? {\n" as StaticString)
            w.indent(ind, node: n1481, list: s1474)
            let n1482 = w.count
            w.write("        switch self {\n" as StaticString)
            w.indent(ind, node: n1482, list: s1474)
            let n1483 = w.count
            let v1484 = a2.events
            v1484.withUnsafeBufferPointer { l1486 in
                for i1485 in l1486.indices {
                    let s1487 = w.count
                    let v1488 = l1486[i1485].carriesSequence
                    if v1488 {
                        let s1489 = w.count
                        w.write("        case ." as StaticString)
                        let v1490 = l1486[i1485].caseName
                        w.write(v1490)
                        let n1491 = w.count
                        w.write("(" as StaticString)
                        w.indent(ind, node: n1491, list: s1489)
                        let v1492 = k.opcodeEventViewModel_hasPayload(l1486[i1485])
                        if v1492 {
                            w.write("_, " as StaticString)
                        }
                        let n1493 = w.count
                        w.write("let sequence): return sequence\n" as StaticString)
                        w.indent(ind, node: n1493, list: s1489)
                    }
                    let n1494 = w.count
                    let v1495 = l1486[i1485].carriesSequence
                    if !v1495 {
                        let s1496 = w.count
                        w.write("        case ." as StaticString)
                        let v1497 = l1486[i1485].caseName
                        w.write(v1497)
                        let n1498 = w.count
                        w.write(": return nil\n" as StaticString)
                        w.indent(ind, node: n1498, list: s1496)
                    }
                    w.indent(ind, node: n1494, list: s1487)
                }
            }
            w.indent(ind, node: n1483, list: s1474)
            let n1499 = w.count
            w.write("        case ." as StaticString)
            w.indent(ind, node: n1499, list: s1474)
            let v1500 = a2.unknownCaseName
            w.write(v1500)
            let n1501 = w.count
            w.write("(_, _, let sequence, _): return sequence\n" as StaticString)
            w.indent(ind, node: n1501, list: s1474)
            let n1502 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n1502, list: s1474)
            let n1503 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n1503, list: s1474)
        }
        w.indent(ind, node: n1472, list: s1362)
        let n1504 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1504, list: s1362)
        let n1505 = w.count
        w.write("    private enum CodingKeys: Swift.String, Swift.CodingKey {\n" as StaticString)
        w.indent(ind, node: n1505, list: s1362)
        let n1506 = w.count
        w.write("        case opcode = \"" as StaticString)
        w.indent(ind, node: n1506, list: s1362)
        let v1507 = a2.opcodeKey
        w.write(v1507)
        let n1508 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n1508, list: s1362)
        let n1509 = w.count
        w.write("        case payload = \"" as StaticString)
        w.indent(ind, node: n1509, list: s1362)
        let v1510 = a2.payloadKey
        w.write(v1510)
        let n1511 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n1511, list: s1362)
        let n1512 = w.count
        let v1513 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1513 {
            let s1514 = w.count
            w.write("        case sequence = \"" as StaticString)
            let v1515 = a2.sequenceKey
            w.write(v1515)
            let n1516 = w.count
            w.write("\"\n" as StaticString)
            w.indent(ind, node: n1516, list: s1514)
        }
        w.indent(ind, node: n1512, list: s1362)
        let n1517 = w.count
        w.write("        case name = \"" as StaticString)
        w.indent(ind, node: n1517, list: s1362)
        let v1518 = a2.discriminatorKey
        w.write(v1518)
        let n1519 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n1519, list: s1362)
        let n1520 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1520, list: s1362)
        let n1521 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1521, list: s1362)
        let n1522 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1522, list: s1362)
        let v1523 = a2.access
        w.write(v1523)
        let n1524 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n1524, list: s1362)
        let n1525 = w.count
        w.write("        let container = try decoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
        w.indent(ind, node: n1525, list: s1362)
        let n1526 = w.count
        w.write("        let opcode = try container.decode(Swift.Int.self, forKey: .opcode)\n" as StaticString)
        w.indent(ind, node: n1526, list: s1362)
        let n1527 = w.count
        w.write("        switch opcode {\n" as StaticString)
        w.indent(ind, node: n1527, list: s1362)
        let n1528 = w.count
        w.write("        case " as StaticString)
        w.indent(ind, node: n1528, list: s1362)
        let v1529 = a2.dispatch
        w.write(v1529)
        let n1530 = w.count
        w.write(":\n" as StaticString)
        w.indent(ind, node: n1530, list: s1362)
        let n1531 = w.count
        w.write("            switch try container.decodeIfPresent(Swift.String.self, forKey: .nam" as StaticString)
        w.write("e) {\n" as StaticString)
        w.indent(ind, node: n1531, list: s1362)
        let n1532 = w.count
        let v1533 = k.opcodeEventsViewModel_dispatchEvents(a2)
        v1533.withUnsafeBufferPointer { l1535 in
            for i1534 in l1535.indices {
                let s1536 = w.count
                w.write("            case \"" as StaticString)
                let v1537 = l1535[i1534].wireName
                w.write(v1537)
                let n1538 = w.count
                w.write("\"?:\n" as StaticString)
                w.indent(ind, node: n1538, list: s1536)
                let n1539 = w.count
                let v1540 = k.opcodeEventViewModel_hasPayload(l1535[i1534])
                if v1540 {
                    let s1541 = w.count
                    w.write("                let payloadValue = try container." as StaticString)
                    let v1542 = l1535[i1534].isPayloadNullable
                    if v1542 {
                        w.write("decodeIfPresent" as StaticString)
                    }
                    let n1543 = w.count
                    let v1544 = l1535[i1534].isPayloadNullable
                    if !v1544 {
                        w.write("decode" as StaticString)
                    }
                    w.indent(ind, node: n1543, list: s1541)
                    let n1545 = w.count
                    w.write("(" as StaticString)
                    w.indent(ind, node: n1545, list: s1541)
                    let v1546 = l1535[i1534].payloadType
                    w.write(v1546)
                    let n1547 = w.count
                    w.write(".self, forKey: .payload)\n" as StaticString)
                    w.indent(ind, node: n1547, list: s1541)
                }
                w.indent(ind, node: n1539, list: s1536)
                let n1548 = w.count
                let v1549 = l1535[i1534].carriesSequence
                if v1549 {
                    w.write("                let sequence = try container.decode(Swift.Int.self, forKey: .seq" as StaticString)
                    w.write("uence)\n" as StaticString)
                }
                w.indent(ind, node: n1548, list: s1536)
                let n1550 = w.count
                w.write("                self = ." as StaticString)
                w.indent(ind, node: n1550, list: s1536)
                let v1551 = l1535[i1534].caseName
                w.write(v1551)
                let n1552 = w.count
                let v1553 = k.opcodeEventViewModel_hasValues(l1535[i1534])
                if v1553 {
                    let s1554 = w.count
                    w.write("(" as StaticString)
                    let v1555 = k.opcodeEventViewModel_hasPayload(l1535[i1534])
                    if v1555 {
                        w.write("payloadValue" as StaticString)
                        let v1557 = l1535[i1534].carriesSequence
                        if v1557 {
                            w.write(", " as StaticString)
                        }
                    }
                    let n1558 = w.count
                    let v1559 = l1535[i1534].carriesSequence
                    if v1559 {
                        w.write("sequence: sequence" as StaticString)
                    }
                    w.indent(ind, node: n1558, list: s1554)
                    let n1560 = w.count
                    w.write(")" as StaticString)
                    w.indent(ind, node: n1560, list: s1554)
                }
                w.indent(ind, node: n1552, list: s1536)
                let n1561 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1561, list: s1536)
            }
        }
        w.indent(ind, node: n1532, list: s1362)
        let n1562 = w.count
        w.write("            case let name: self = try Self._specgenUnknown(opcode: opcode, name:" as StaticString)
        w.write(" name, container)\n" as StaticString)
        w.indent(ind, node: n1562, list: s1362)
        let n1563 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n1563, list: s1362)
        let n1564 = w.count
        let v1565 = k.opcodeEventsViewModel_opcodeEvents(a2)
        v1565.withUnsafeBufferPointer { l1567 in
            for i1566 in l1567.indices {
                let s1568 = w.count
                w.write("        case " as StaticString)
                let v1569 = l1567[i1566].opcode
                w.write(v1569)
                let n1570 = w.count
                w.write(":\n" as StaticString)
                w.indent(ind, node: n1570, list: s1568)
                let n1571 = w.count
                let v1572 = k.opcodeEventViewModel_hasPayload(l1567[i1566])
                if v1572 {
                    let s1573 = w.count
                    w.write("            let payloadValue = try container." as StaticString)
                    let v1574 = l1567[i1566].isPayloadNullable
                    if v1574 {
                        w.write("decodeIfPresent" as StaticString)
                    }
                    let n1575 = w.count
                    let v1576 = l1567[i1566].isPayloadNullable
                    if !v1576 {
                        w.write("decode" as StaticString)
                    }
                    w.indent(ind, node: n1575, list: s1573)
                    let n1577 = w.count
                    w.write("(" as StaticString)
                    w.indent(ind, node: n1577, list: s1573)
                    let v1578 = l1567[i1566].payloadType
                    w.write(v1578)
                    let n1579 = w.count
                    w.write(".self, forKey: .payload)\n" as StaticString)
                    w.indent(ind, node: n1579, list: s1573)
                }
                w.indent(ind, node: n1571, list: s1568)
                let n1580 = w.count
                w.write("            self = ." as StaticString)
                w.indent(ind, node: n1580, list: s1568)
                let v1581 = l1567[i1566].caseName
                w.write(v1581)
                let n1582 = w.count
                let v1583 = k.opcodeEventViewModel_hasValues(l1567[i1566])
                if v1583 {
                    let s1584 = w.count
                    w.write("(" as StaticString)
                    let v1585 = k.opcodeEventViewModel_hasPayload(l1567[i1566])
                    if v1585 {
                        w.write("payloadValue" as StaticString)
                        let v1587 = l1567[i1566].carriesSequence
                        if v1587 {
                            w.write(", " as StaticString)
                        }
                    }
                    let n1588 = w.count
                    let v1589 = l1567[i1566].carriesSequence
                    if v1589 {
                        w.write("sequence: sequence" as StaticString)
                    }
                    w.indent(ind, node: n1588, list: s1584)
                    let n1590 = w.count
                    w.write(")" as StaticString)
                    w.indent(ind, node: n1590, list: s1584)
                }
                w.indent(ind, node: n1582, list: s1568)
                let n1591 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1591, list: s1568)
            }
        }
        w.indent(ind, node: n1564, list: s1362)
        let n1592 = w.count
        w.write("        default:\n" as StaticString)
        w.indent(ind, node: n1592, list: s1362)
        let n1593 = w.count
        w.write("            self = try Self._specgenUnknown(\n" as StaticString)
        w.indent(ind, node: n1593, list: s1362)
        let n1594 = w.count
        w.write("                opcode: opcode, name: try container.decodeIfPresent(Swift.String" as StaticString)
        w.write(".self, forKey: .name), container)\n" as StaticString)
        w.indent(ind, node: n1594, list: s1362)
        let n1595 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1595, list: s1362)
        let n1596 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1596, list: s1362)
        let n1597 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1597, list: s1362)
        let n1598 = w.count
        w.write("    /// A message the docs do not describe, kept as received.\n" as StaticString)
        w.indent(ind, node: n1598, list: s1362)
        let n1599 = w.count
        w.write("    private static func _specgenUnknown(\n" as StaticString)
        w.indent(ind, node: n1599, list: s1362)
        let n1600 = w.count
        w.write("        opcode: Swift.Int, name: Swift.String?, _ container: Swift.KeyedDecoding" as StaticString)
        w.write("Container<CodingKeys>\n" as StaticString)
        w.indent(ind, node: n1600, list: s1362)
        let n1601 = w.count
        w.write("    ) throws -> Self {\n" as StaticString)
        w.indent(ind, node: n1601, list: s1362)
        let n1602 = w.count
        w.write("        ." as StaticString)
        w.indent(ind, node: n1602, list: s1362)
        let v1603 = a2.unknownCaseName
        w.write(v1603)
        let n1604 = w.count
        w.write("(\n" as StaticString)
        w.indent(ind, node: n1604, list: s1362)
        let n1605 = w.count
        w.write("            opcode: opcode, name: name," as StaticString)
        w.indent(ind, node: n1605, list: s1362)
        let v1606 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1606 {
            w.write(" sequence: try container.decodeIfPresent(Swift.Int.self, forKey: .sequence)," as StaticString)
        }
        let n1607 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1607, list: s1362)
        let n1608 = w.count
        w.write("            payload: try container.decodeIfPresent(" as StaticString)
        w.indent(ind, node: n1608, list: s1362)
        let v1609 = a2.runtime
        w.write(v1609)
        let n1610 = w.count
        w.write(".JSONValue.self, forKey: .payload))\n" as StaticString)
        w.indent(ind, node: n1610, list: s1362)
        let n1611 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1611, list: s1362)
        let n1612 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1612, list: s1362)
        let n1613 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1613, list: s1362)
        let v1614 = a2.access
        w.write(v1614)
        let n1615 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n1615, list: s1362)
        let n1616 = w.count
        w.write("        var container = encoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
        w.indent(ind, node: n1616, list: s1362)
        let n1617 = w.count
        w.write("        try container.encode(self.opcode, forKey: .opcode)\n" as StaticString)
        w.indent(ind, node: n1617, list: s1362)
        let n1618 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1618, list: s1362)
        let n1619 = w.count
        let v1620 = a2.events
        v1620.withUnsafeBufferPointer { l1622 in
            for i1621 in l1622.indices {
                let s1623 = w.count
                let v1624 = k.opcodeEventViewModel_hasPayload(l1622[i1621])
                if v1624 {
                    let s1625 = w.count
                    w.write("        case ." as StaticString)
                    let v1626 = l1622[i1621].caseName
                    w.write(v1626)
                    let n1627 = w.count
                    w.write("(let payload" as StaticString)
                    w.indent(ind, node: n1627, list: s1625)
                    let v1628 = l1622[i1621].carriesSequence
                    if v1628 {
                        w.write(", _" as StaticString)
                    }
                    let n1629 = w.count
                    w.write("): try container.encode(payload, forKey: .payload)\n" as StaticString)
                    w.indent(ind, node: n1629, list: s1625)
                }
                let n1630 = w.count
                let v1631 = k.opcodeEventViewModel_hasPayload(l1622[i1621])
                if !v1631 {
                    let s1632 = w.count
                    w.write("        case ." as StaticString)
                    let v1633 = l1622[i1621].caseName
                    w.write(v1633)
                    let n1634 = w.count
                    w.write(": try container.encodeNil(forKey: .payload)\n" as StaticString)
                    w.indent(ind, node: n1634, list: s1632)
                }
                w.indent(ind, node: n1630, list: s1623)
            }
        }
        w.indent(ind, node: n1619, list: s1362)
        let n1635 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n1635, list: s1362)
        let v1636 = a2.unknownCaseName
        w.write(v1636)
        let n1637 = w.count
        w.write("(_, _, " as StaticString)
        w.indent(ind, node: n1637, list: s1362)
        let v1638 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1638 {
            w.write("_, " as StaticString)
        }
        let n1639 = w.count
        w.write("let payload): try container.encode(payload, forKey: .payload)\n" as StaticString)
        w.indent(ind, node: n1639, list: s1362)
        let n1640 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1640, list: s1362)
        let n1641 = w.count
        let v1642 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1642 {
            w.write("        try container.encode(self.sequence, forKey: .sequence)\n" as StaticString)
        }
        w.indent(ind, node: n1641, list: s1362)
        let n1643 = w.count
        w.write("        try container.encode(self.name, forKey: .name)\n" as StaticString)
        w.indent(ind, node: n1643, list: s1362)
        let n1644 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1644, list: s1362)
        let n1645 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1645, list: s1362)
    }

    /// The partial `opcode-events-json`.
    private static func partial12(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: OpcodeEventsViewModel) {
        let s1646 = w.count
        let n1647 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n1647, list: s1646)
        let v1648 = a2.qualifiedName
        w.write(v1648)
        let n1649 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n1649, list: s1646)
        let v1650 = a2.runtime
        w.write(v1650)
        let n1651 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n1651, list: s1646)
        let n1652 = w.count
        w.write("    /// Decodes a message from JSON in one pass over the bytes, without `JSONDec" as StaticString)
        w.write("oder`: the result equals\n" as StaticString)
        w.indent(ind, node: n1652, list: s1646)
        let n1653 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n1653, list: s1646)
        let v1654 = a2.name
        w.write(v1654)
        let n1655 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n1655, list: s1646)
        let n1656 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1656, list: s1646)
        let v1657 = a2.access
        w.write(v1657)
        let n1658 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n1658, list: s1646)
        let n1659 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n1659, list: s1646)
        let v1660 = a2.runtime
        w.write(v1660)
        let n1661 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n1661, list: s1646)
        let v1662 = a2.qualifiedName
        w.write(v1662)
        let n1663 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n1663, list: s1646)
        let n1664 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1664, list: s1646)
        let n1665 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1665, list: s1646)
        let n1666 = w.count
        w.write("    private static let _specgenJSONKeys = " as StaticString)
        w.indent(ind, node: n1666, list: s1646)
        let v1667 = a2.runtime
        w.write(v1667)
        let n1668 = w.count
        w.write(".JSONKeyTable([\"" as StaticString)
        w.indent(ind, node: n1668, list: s1646)
        let v1669 = a2.opcodeKey
        w.write(v1669)
        let n1670 = w.count
        w.write("\", \"" as StaticString)
        w.indent(ind, node: n1670, list: s1646)
        let v1671 = a2.payloadKey
        w.write(v1671)
        let n1672 = w.count
        w.write("\", \"" as StaticString)
        w.indent(ind, node: n1672, list: s1646)
        let v1673 = a2.discriminatorKey
        w.write(v1673)
        let n1674 = w.count
        w.write("\"" as StaticString)
        w.indent(ind, node: n1674, list: s1646)
        let v1675 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1675 {
            let s1676 = w.count
            w.write(", \"" as StaticString)
            let v1677 = a2.sequenceKey
            w.write(v1677)
            let n1678 = w.count
            w.write("\"" as StaticString)
            w.indent(ind, node: n1678, list: s1676)
        }
        let n1679 = w.count
        w.write("])\n" as StaticString)
        w.indent(ind, node: n1679, list: s1646)
        let n1680 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1680, list: s1646)
        let n1681 = w.count
        w.write("    /// Reads a message at the reader's position: its code and name first, then " as StaticString)
        w.write("the payload they select.\n" as StaticString)
        w.indent(ind, node: n1681, list: s1646)
        let n1682 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1682, list: s1646)
        let v1683 = a2.access
        w.write(v1683)
        let n1684 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n1684, list: s1646)
        let v1685 = a2.runtime
        w.write(v1685)
        let n1686 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n1686, list: s1646)
        let n1687 = w.count
        w.write("        var opcode: Swift.Int? = nil\n" as StaticString)
        w.indent(ind, node: n1687, list: s1646)
        let n1688 = w.count
        w.write("        var payload: " as StaticString)
        w.indent(ind, node: n1688, list: s1646)
        let v1689 = a2.runtime
        w.write(v1689)
        let n1690 = w.count
        w.write(".JSONDecodingReader? = nil\n" as StaticString)
        w.indent(ind, node: n1690, list: s1646)
        let n1691 = w.count
        w.write("        var name: Swift.String? = nil\n" as StaticString)
        w.indent(ind, node: n1691, list: s1646)
        let n1692 = w.count
        w.write("        var nameSeen = false\n" as StaticString)
        w.indent(ind, node: n1692, list: s1646)
        let n1693 = w.count
        let v1694 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1694 {
            let s1695 = w.count
            w.write("        var sequence: Swift.Int? = nil\n" as StaticString)
            let n1696 = w.count
            w.write("        var sequenceSeen = false\n" as StaticString)
            w.indent(ind, node: n1696, list: s1695)
        }
        w.indent(ind, node: n1693, list: s1646)
        let n1697 = w.count
        w.write("        var object = try reader.beginObject()\n" as StaticString)
        w.indent(ind, node: n1697, list: s1646)
        let n1698 = w.count
        w.write("        while let key = try reader.nextKey(&object, " as StaticString)
        w.indent(ind, node: n1698, list: s1646)
        let v1699 = a2.qualifiedName
        w.write(v1699)
        let n1700 = w.count
        w.write("._specgenJSONKeys) {\n" as StaticString)
        w.indent(ind, node: n1700, list: s1646)
        let n1701 = w.count
        w.write("            switch key {\n" as StaticString)
        w.indent(ind, node: n1701, list: s1646)
        let n1702 = w.count
        w.write("            case 0: try reader.decodeField(&opcode)\n" as StaticString)
        w.indent(ind, node: n1702, list: s1646)
        let n1703 = w.count
        w.write("            case 1:\n" as StaticString)
        w.indent(ind, node: n1703, list: s1646)
        let n1704 = w.count
        w.write("                if payload == nil { payload = reader }\n" as StaticString)
        w.indent(ind, node: n1704, list: s1646)
        let n1705 = w.count
        w.write("                try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n1705, list: s1646)
        let n1706 = w.count
        w.write("            case 2: try reader.decodeOptionalField(&name, seen: &nameSeen)\n" as StaticString)
        w.indent(ind, node: n1706, list: s1646)
        let n1707 = w.count
        let v1708 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1708 {
            w.write("            case 3: try reader.decodeOptionalField(&sequence, seen: &sequenceSee" as StaticString)
            w.write("n)\n" as StaticString)
        }
        w.indent(ind, node: n1707, list: s1646)
        let n1709 = w.count
        w.write("            default: try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n1709, list: s1646)
        let n1710 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n1710, list: s1646)
        let n1711 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1711, list: s1646)
        let n1712 = w.count
        w.write("        guard let opcode else { throw reader.missingKey(\"" as StaticString)
        w.indent(ind, node: n1712, list: s1646)
        let v1713 = a2.opcodeKey
        w.write(v1713)
        let n1714 = w.count
        w.write("\", in: object) }\n" as StaticString)
        w.indent(ind, node: n1714, list: s1646)
        let n1715 = w.count
        w.write("        switch opcode {\n" as StaticString)
        w.indent(ind, node: n1715, list: s1646)
        let n1716 = w.count
        w.write("        case " as StaticString)
        w.indent(ind, node: n1716, list: s1646)
        let v1717 = a2.dispatch
        w.write(v1717)
        let n1718 = w.count
        w.write(":\n" as StaticString)
        w.indent(ind, node: n1718, list: s1646)
        let n1719 = w.count
        w.write("            switch name {\n" as StaticString)
        w.indent(ind, node: n1719, list: s1646)
        let n1720 = w.count
        let v1721 = k.opcodeEventsViewModel_dispatchEvents(a2)
        v1721.withUnsafeBufferPointer { l1723 in
            for i1722 in l1723.indices {
                let s1724 = w.count
                w.write("            case \"" as StaticString)
                let v1725 = l1723[i1722].wireName
                w.write(v1725)
                let n1726 = w.count
                w.write("\"?:\n" as StaticString)
                w.indent(ind, node: n1726, list: s1724)
                let n1727 = w.count
                let v1728 = k.opcodeEventViewModel_hasPayload(l1723[i1722])
                if v1728 {
                    let s1729 = w.count
                    let v1730 = l1723[i1722].isPayloadNullable
                    if v1730 {
                        let s1731 = w.count
                        w.write("                var payloadValue: " as StaticString)
                        let v1732 = l1723[i1722].payloadType
                        w.write(v1732)
                        let n1733 = w.count
                        w.write("? = nil\n" as StaticString)
                        w.indent(ind, node: n1733, list: s1731)
                        let n1734 = w.count
                        w.write("                if var data = payload, !(try data.consumeNull()) { payloadValue " as StaticString)
                        w.write("= try " as StaticString)
                        w.indent(ind, node: n1734, list: s1731)
                        let v1735 = l1723[i1722].payloadType
                        w.write(v1735)
                        let n1736 = w.count
                        w.write("(jsonReader: &data) }\n" as StaticString)
                        w.indent(ind, node: n1736, list: s1731)
                    }
                    let n1737 = w.count
                    let v1738 = l1723[i1722].isPayloadNullable
                    if !v1738 {
                        let s1739 = w.count
                        w.write("                guard var data = payload else { throw reader.missingKey(\"" as StaticString)
                        let v1740 = a2.payloadKey
                        w.write(v1740)
                        let n1741 = w.count
                        w.write("\", in: object) }\n" as StaticString)
                        w.indent(ind, node: n1741, list: s1739)
                        let n1742 = w.count
                        w.write("                let payloadValue = try " as StaticString)
                        w.indent(ind, node: n1742, list: s1739)
                        let v1743 = l1723[i1722].payloadType
                        w.write(v1743)
                        let n1744 = w.count
                        w.write("(jsonReader: &data)\n" as StaticString)
                        w.indent(ind, node: n1744, list: s1739)
                    }
                    w.indent(ind, node: n1737, list: s1729)
                }
                w.indent(ind, node: n1727, list: s1724)
                let n1745 = w.count
                let v1746 = l1723[i1722].carriesSequence
                if v1746 {
                    let s1747 = w.count
                    w.write("                guard let sequence else { throw reader.missingKey(\"" as StaticString)
                    let v1748 = a2.sequenceKey
                    w.write(v1748)
                    let n1749 = w.count
                    w.write("\", in: object) }\n" as StaticString)
                    w.indent(ind, node: n1749, list: s1747)
                }
                w.indent(ind, node: n1745, list: s1724)
                let n1750 = w.count
                w.write("                self = ." as StaticString)
                w.indent(ind, node: n1750, list: s1724)
                let v1751 = l1723[i1722].caseName
                w.write(v1751)
                let n1752 = w.count
                let v1753 = k.opcodeEventViewModel_hasValues(l1723[i1722])
                if v1753 {
                    let s1754 = w.count
                    w.write("(" as StaticString)
                    let v1755 = k.opcodeEventViewModel_hasPayload(l1723[i1722])
                    if v1755 {
                        w.write("payloadValue" as StaticString)
                        let v1757 = l1723[i1722].carriesSequence
                        if v1757 {
                            w.write(", " as StaticString)
                        }
                    }
                    let n1758 = w.count
                    let v1759 = l1723[i1722].carriesSequence
                    if v1759 {
                        w.write("sequence: sequence" as StaticString)
                    }
                    w.indent(ind, node: n1758, list: s1754)
                    let n1760 = w.count
                    w.write(")" as StaticString)
                    w.indent(ind, node: n1760, list: s1754)
                }
                w.indent(ind, node: n1752, list: s1724)
                let n1761 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1761, list: s1724)
            }
        }
        w.indent(ind, node: n1720, list: s1646)
        let n1762 = w.count
        w.write("            default: self = try Self._specgenUnknown(opcode: opcode, name: name," as StaticString)
        w.write(" " as StaticString)
        w.indent(ind, node: n1762, list: s1646)
        let v1763 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1763 {
            w.write("sequence: sequence, " as StaticString)
        }
        let n1764 = w.count
        w.write("payload)\n" as StaticString)
        w.indent(ind, node: n1764, list: s1646)
        let n1765 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n1765, list: s1646)
        let n1766 = w.count
        let v1767 = k.opcodeEventsViewModel_opcodeEvents(a2)
        v1767.withUnsafeBufferPointer { l1769 in
            for i1768 in l1769.indices {
                let s1770 = w.count
                w.write("        case " as StaticString)
                let v1771 = l1769[i1768].opcode
                w.write(v1771)
                let n1772 = w.count
                w.write(":\n" as StaticString)
                w.indent(ind, node: n1772, list: s1770)
                let n1773 = w.count
                let v1774 = k.opcodeEventViewModel_hasPayload(l1769[i1768])
                if v1774 {
                    let s1775 = w.count
                    let v1776 = l1769[i1768].isPayloadNullable
                    if v1776 {
                        let s1777 = w.count
                        w.write("            var payloadValue: " as StaticString)
                        let v1778 = l1769[i1768].payloadType
                        w.write(v1778)
                        let n1779 = w.count
                        w.write("? = nil\n" as StaticString)
                        w.indent(ind, node: n1779, list: s1777)
                        let n1780 = w.count
                        w.write("            if var data = payload, !(try data.consumeNull()) { payloadValue = tr" as StaticString)
                        w.write("y " as StaticString)
                        w.indent(ind, node: n1780, list: s1777)
                        let v1781 = l1769[i1768].payloadType
                        w.write(v1781)
                        let n1782 = w.count
                        w.write("(jsonReader: &data) }\n" as StaticString)
                        w.indent(ind, node: n1782, list: s1777)
                    }
                    let n1783 = w.count
                    let v1784 = l1769[i1768].isPayloadNullable
                    if !v1784 {
                        let s1785 = w.count
                        w.write("            guard var data = payload else { throw reader.missingKey(\"" as StaticString)
                        let v1786 = a2.payloadKey
                        w.write(v1786)
                        let n1787 = w.count
                        w.write("\", in: object) }\n" as StaticString)
                        w.indent(ind, node: n1787, list: s1785)
                        let n1788 = w.count
                        w.write("            let payloadValue = try " as StaticString)
                        w.indent(ind, node: n1788, list: s1785)
                        let v1789 = l1769[i1768].payloadType
                        w.write(v1789)
                        let n1790 = w.count
                        w.write("(jsonReader: &data)\n" as StaticString)
                        w.indent(ind, node: n1790, list: s1785)
                    }
                    w.indent(ind, node: n1783, list: s1775)
                }
                w.indent(ind, node: n1773, list: s1770)
                let n1791 = w.count
                w.write("            self = ." as StaticString)
                w.indent(ind, node: n1791, list: s1770)
                let v1792 = l1769[i1768].caseName
                w.write(v1792)
                let n1793 = w.count
                let v1794 = k.opcodeEventViewModel_hasValues(l1769[i1768])
                if v1794 {
                    let s1795 = w.count
                    w.write("(" as StaticString)
                    let v1796 = k.opcodeEventViewModel_hasPayload(l1769[i1768])
                    if v1796 {
                        w.write("payloadValue" as StaticString)
                        let v1798 = l1769[i1768].carriesSequence
                        if v1798 {
                            w.write(", " as StaticString)
                        }
                    }
                    let n1799 = w.count
                    let v1800 = l1769[i1768].carriesSequence
                    if v1800 {
                        w.write("sequence: sequence" as StaticString)
                    }
                    w.indent(ind, node: n1799, list: s1795)
                    let n1801 = w.count
                    w.write(")" as StaticString)
                    w.indent(ind, node: n1801, list: s1795)
                }
                w.indent(ind, node: n1793, list: s1770)
                let n1802 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1802, list: s1770)
            }
        }
        w.indent(ind, node: n1766, list: s1646)
        let n1803 = w.count
        w.write("        default: self = try Self._specgenUnknown(opcode: opcode, name: name, " as StaticString)
        w.indent(ind, node: n1803, list: s1646)
        let v1804 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1804 {
            w.write("sequence: sequence, " as StaticString)
        }
        let n1805 = w.count
        w.write("payload)\n" as StaticString)
        w.indent(ind, node: n1805, list: s1646)
        let n1806 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1806, list: s1646)
        let n1807 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1807, list: s1646)
        let n1808 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1808, list: s1646)
        let n1809 = w.count
        w.write("    /// A message the docs do not describe, with its payload read as any JSON va" as StaticString)
        w.write("lue.\n" as StaticString)
        w.indent(ind, node: n1809, list: s1646)
        let n1810 = w.count
        w.write("    private static func _specgenUnknown(\n" as StaticString)
        w.indent(ind, node: n1810, list: s1646)
        let n1811 = w.count
        w.write("        opcode: Swift.Int, name: Swift.String?, " as StaticString)
        w.indent(ind, node: n1811, list: s1646)
        let v1812 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1812 {
            w.write("sequence: Swift.Int?, " as StaticString)
        }
        let n1813 = w.count
        w.write("_ payload: " as StaticString)
        w.indent(ind, node: n1813, list: s1646)
        let v1814 = a2.runtime
        w.write(v1814)
        let n1815 = w.count
        w.write(".JSONDecodingReader?\n" as StaticString)
        w.indent(ind, node: n1815, list: s1646)
        let n1816 = w.count
        w.write("    ) throws -> Self {\n" as StaticString)
        w.indent(ind, node: n1816, list: s1646)
        let n1817 = w.count
        w.write("        var value: " as StaticString)
        w.indent(ind, node: n1817, list: s1646)
        let v1818 = a2.runtime
        w.write(v1818)
        let n1819 = w.count
        w.write(".JSONValue? = nil\n" as StaticString)
        w.indent(ind, node: n1819, list: s1646)
        let n1820 = w.count
        w.write("        if var data = payload, !(try data.consumeNull()) { value = try " as StaticString)
        w.indent(ind, node: n1820, list: s1646)
        let v1821 = a2.runtime
        w.write(v1821)
        let n1822 = w.count
        w.write(".JSONValue(jsonReader: &data) }\n" as StaticString)
        w.indent(ind, node: n1822, list: s1646)
        let n1823 = w.count
        w.write("        return ." as StaticString)
        w.indent(ind, node: n1823, list: s1646)
        let v1824 = a2.unknownCaseName
        w.write(v1824)
        let n1825 = w.count
        w.write("(opcode: opcode, name: name, " as StaticString)
        w.indent(ind, node: n1825, list: s1646)
        let v1826 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1826 {
            w.write("sequence: sequence, " as StaticString)
        }
        let n1827 = w.count
        w.write("payload: value)\n" as StaticString)
        w.indent(ind, node: n1827, list: s1646)
        let n1828 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1828, list: s1646)
        let n1829 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1829, list: s1646)
    }

    /// The partial `object-coding`.
    private static func partial13(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: ObjectViewModel) {
        let s1830 = w.count
        let n1831 = w.count
        let v1832 = k.objectViewModel_hasProperties(a2)
        if v1832 {
            let s1833 = w.count
            w.write("\n" as StaticString)
            let n1834 = w.count
            w.write("    /// The JSON keys.\n" as StaticString)
            w.indent(ind, node: n1834, list: s1833)
            let n1835 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n1835, list: s1833)
            let v1836 = a2.access
            w.write(v1836)
            let n1837 = w.count
            w.write(" enum CodingKeys: Swift.String, Swift.CodingKey {\n" as StaticString)
            w.indent(ind, node: n1837, list: s1833)
            let n1838 = w.count
            let v1839 = a2.properties
            v1839.withUnsafeBufferPointer { l1841 in
                for i1840 in l1841.indices {
                    let s1842 = w.count
                    w.write("        case " as StaticString)
                    let v1843 = l1841[i1840].caseName
                    w.write(v1843)
                    let n1844 = w.count
                    w.write(" = \"" as StaticString)
                    w.indent(ind, node: n1844, list: s1842)
                    let v1845 = l1841[i1840].jsonKey
                    w.write(v1845)
                    let n1846 = w.count
                    w.write("\"\n" as StaticString)
                    w.indent(ind, node: n1846, list: s1842)
                }
            }
            w.indent(ind, node: n1838, list: s1833)
            let n1847 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n1847, list: s1833)
            let n1848 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n1848, list: s1833)
            let n1849 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n1849, list: s1833)
            let v1850 = a2.access
            w.write(v1850)
            let n1851 = w.count
            w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
            w.indent(ind, node: n1851, list: s1833)
            let n1852 = w.count
            w.write("        let container = try decoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
            w.indent(ind, node: n1852, list: s1833)
            let n1853 = w.count
            let v1854 = a2.properties
            v1854.withUnsafeBufferPointer { l1856 in
                for i1855 in l1856.indices {
                    let s1857 = w.count
                    let v1858 = l1856[i1855].isIndirect
                    if v1858 {
                        let s1859 = w.count
                        w.write("        self." as StaticString)
                        let v1860 = l1856[i1855].storageName
                        w.write(v1860)
                        let n1861 = w.count
                        w.write(" = " as StaticString)
                        w.indent(ind, node: n1861, list: s1859)
                        let v1862 = l1856[i1855].isOptional
                        if v1862 {
                            let s1863 = w.count
                            w.write("try container.decodeIfPresent(" as StaticString)
                            let v1864 = l1856[i1855].baseType
                            w.write(v1864)
                            let n1865 = w.count
                            w.write(".self, forKey: ." as StaticString)
                            w.indent(ind, node: n1865, list: s1863)
                            let v1866 = l1856[i1855].caseName
                            w.write(v1866)
                            let n1867 = w.count
                            w.write(").map { " as StaticString)
                            w.indent(ind, node: n1867, list: s1863)
                            let v1868 = a2.runtime
                            w.write(v1868)
                            let n1869 = w.count
                            w.write(".Indirect($0) }" as StaticString)
                            w.indent(ind, node: n1869, list: s1863)
                        }
                        let n1870 = w.count
                        let v1871 = l1856[i1855].isOptional
                        if !v1871 {
                            let s1872 = w.count
                            let v1873 = a2.runtime
                            w.write(v1873)
                            let n1874 = w.count
                            w.write(".Indirect(try container.decode(" as StaticString)
                            w.indent(ind, node: n1874, list: s1872)
                            let v1875 = l1856[i1855].baseType
                            w.write(v1875)
                            let n1876 = w.count
                            w.write(".self, forKey: ." as StaticString)
                            w.indent(ind, node: n1876, list: s1872)
                            let v1877 = l1856[i1855].caseName
                            w.write(v1877)
                            let n1878 = w.count
                            w.write("))" as StaticString)
                            w.indent(ind, node: n1878, list: s1872)
                        }
                        w.indent(ind, node: n1870, list: s1859)
                        let n1879 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n1879, list: s1859)
                    }
                    let n1880 = w.count
                    let v1881 = l1856[i1855].isIndirect
                    if !v1881 {
                        let s1882 = w.count
                        w.write("        self." as StaticString)
                        let v1883 = l1856[i1855].name
                        w.write(v1883)
                        let n1884 = w.count
                        w.write(" = try container." as StaticString)
                        w.indent(ind, node: n1884, list: s1882)
                        let v1885 = l1856[i1855].isOptional
                        if v1885 {
                            w.write("decodeIfPresent" as StaticString)
                        }
                        let n1886 = w.count
                        let v1887 = l1856[i1855].isOptional
                        if !v1887 {
                            w.write("decode" as StaticString)
                        }
                        w.indent(ind, node: n1886, list: s1882)
                        let n1888 = w.count
                        w.write("(" as StaticString)
                        w.indent(ind, node: n1888, list: s1882)
                        let v1889 = l1856[i1855].baseType
                        w.write(v1889)
                        let n1890 = w.count
                        w.write(".self, forKey: ." as StaticString)
                        w.indent(ind, node: n1890, list: s1882)
                        let v1891 = l1856[i1855].caseName
                        w.write(v1891)
                        let n1892 = w.count
                        w.write(")\n" as StaticString)
                        w.indent(ind, node: n1892, list: s1882)
                    }
                    w.indent(ind, node: n1880, list: s1857)
                }
            }
            w.indent(ind, node: n1853, list: s1833)
            let n1893 = w.count
            if let v1894 = a2.variant {
                let s1895 = w.count
                w.write("        switch self." as StaticString)
                let v1896 = v1894.discriminatorName
                w.write(v1896)
                let n1897 = w.count
                w.write(" {\n" as StaticString)
                w.indent(ind, node: n1897, list: s1895)
                let n1898 = w.count
                let v1899 = v1894.cases
                v1899.withUnsafeBufferPointer { l1901 in
                    for i1900 in l1901.indices {
                        let s1902 = w.count
                        let v1903 = k.variantCaseViewModel_hasFields(l1901[i1900])
                        if v1903 {
                            let s1904 = w.count
                            w.write("        case ." as StaticString)
                            let v1905 = l1901[i1900].caseName
                            w.write(v1905)
                            let n1906 = w.count
                            w.write(":\n" as StaticString)
                            w.indent(ind, node: n1906, list: s1904)
                            let n1907 = w.count
                            w.write("            self." as StaticString)
                            w.indent(ind, node: n1907, list: s1904)
                            let v1908 = v1894.propertyName
                            w.write(v1908)
                            let n1909 = w.count
                            w.write(" = ." as StaticString)
                            w.indent(ind, node: n1909, list: s1904)
                            let v1910 = l1901[i1900].caseName
                            w.write(v1910)
                            let n1911 = w.count
                            w.write("(\n" as StaticString)
                            w.indent(ind, node: n1911, list: s1904)
                            let n1912 = w.count
                            w.write("                " as StaticString)
                            w.indent(ind, node: n1912, list: s1904)
                            let v1913 = l1901[i1900].typeName
                            w.write(v1913)
                            let n1914 = w.count
                            w.write("(\n" as StaticString)
                            w.indent(ind, node: n1914, list: s1904)
                            let n1915 = w.count
                            if let v1916 = l1901[i1900].fields {
                                v1916.withUnsafeBufferPointer { l1918 in
                                    for i1917 in l1918.indices {
                                        let s1919 = w.count
                                        w.write("                    " as StaticString)
                                        let v1920 = l1918[i1917].name
                                        w.write(v1920)
                                        let n1921 = w.count
                                        w.write(": " as StaticString)
                                        w.indent(ind, node: n1921, list: s1919)
                                        let v1922 = l1918[i1917].reusesCommon
                                        if v1922 {
                                            w.write("self." as StaticString)
                                            let v1924 = l1918[i1917].commonName
                                            w.write(v1924)
                                        }
                                        let n1925 = w.count
                                        let v1926 = l1918[i1917].decodesFromObject
                                        if v1926 {
                                            let s1927 = w.count
                                            w.write("try " as StaticString)
                                            let v1928 = a2.runtime
                                            w.write(v1928)
                                            let n1929 = w.count
                                            w.write(".JSONValueDecoding.decode(" as StaticString)
                                            w.indent(ind, node: n1929, list: s1927)
                                            let v1930 = l1918[i1917].baseType
                                            w.write(v1930)
                                            let n1931 = w.count
                                            w.write(".self, from: self." as StaticString)
                                            w.indent(ind, node: n1931, list: s1927)
                                            let v1932 = l1918[i1917].commonProperty
                                            w.write(v1932)
                                            let n1933 = w.count
                                            w.write(", orFrom: container, forKey: ." as StaticString)
                                            w.indent(ind, node: n1933, list: s1927)
                                            let v1934 = l1918[i1917].commonName
                                            w.write(v1934)
                                            let n1935 = w.count
                                            w.write(")" as StaticString)
                                            w.indent(ind, node: n1935, list: s1927)
                                        }
                                        w.indent(ind, node: n1925, list: s1919)
                                        let n1936 = w.count
                                        let v1937 = l1918[i1917].reusesCommon
                                        if !v1937 {
                                            let v1938 = l1918[i1917].decodesFromObject
                                            if !v1938 {
                                                let s1939 = w.count
                                                w.write("try container." as StaticString)
                                                let v1940 = l1918[i1917].isOptional
                                                if v1940 {
                                                    w.write("decodeIfPresent" as StaticString)
                                                }
                                                let n1941 = w.count
                                                let v1942 = l1918[i1917].isOptional
                                                if !v1942 {
                                                    w.write("decode" as StaticString)
                                                }
                                                w.indent(ind, node: n1941, list: s1939)
                                                let n1943 = w.count
                                                w.write("(" as StaticString)
                                                w.indent(ind, node: n1943, list: s1939)
                                                let v1944 = l1918[i1917].baseType
                                                w.write(v1944)
                                                let n1945 = w.count
                                                w.write(".self, forKey: ." as StaticString)
                                                w.indent(ind, node: n1945, list: s1939)
                                                let v1946 = l1918[i1917].commonName
                                                w.write(v1946)
                                                let n1947 = w.count
                                                w.write(")" as StaticString)
                                                w.indent(ind, node: n1947, list: s1939)
                                            }
                                        }
                                        w.indent(ind, node: n1936, list: s1919)
                                        let n1948 = w.count
                                        let v1949 = l1918[i1917].isLastParameter
                                        if !v1949 {
                                            w.write("," as StaticString)
                                        }
                                        w.indent(ind, node: n1948, list: s1919)
                                        let n1950 = w.count
                                        w.write("\n" as StaticString)
                                        w.indent(ind, node: n1950, list: s1919)
                                    }
                                }
                            }
                            w.indent(ind, node: n1915, list: s1904)
                            let n1951 = w.count
                            w.write("                )\n" as StaticString)
                            w.indent(ind, node: n1951, list: s1904)
                            let n1952 = w.count
                            w.write("            )\n" as StaticString)
                            w.indent(ind, node: n1952, list: s1904)
                        }
                        let n1953 = w.count
                        let v1954 = k.variantCaseViewModel_hasFields(l1901[i1900])
                        if !v1954 {
                            let s1955 = w.count
                            w.write("        case ." as StaticString)
                            let v1956 = l1901[i1900].caseName
                            w.write(v1956)
                            let n1957 = w.count
                            w.write(": self." as StaticString)
                            w.indent(ind, node: n1957, list: s1955)
                            let v1958 = v1894.propertyName
                            w.write(v1958)
                            let n1959 = w.count
                            w.write(" = ." as StaticString)
                            w.indent(ind, node: n1959, list: s1955)
                            let v1960 = l1901[i1900].caseName
                            w.write(v1960)
                            let n1961 = w.count
                            w.write("(try " as StaticString)
                            w.indent(ind, node: n1961, list: s1955)
                            let v1962 = l1901[i1900].typeName
                            w.write(v1962)
                            let n1963 = w.count
                            w.write("(from: decoder))\n" as StaticString)
                            w.indent(ind, node: n1963, list: s1955)
                        }
                        w.indent(ind, node: n1953, list: s1902)
                    }
                }
                w.indent(ind, node: n1898, list: s1895)
                let n1964 = w.count
                w.write("        default: self." as StaticString)
                w.indent(ind, node: n1964, list: s1895)
                let v1965 = v1894.propertyName
                w.write(v1965)
                let n1966 = w.count
                w.write(" = ." as StaticString)
                w.indent(ind, node: n1966, list: s1895)
                let v1967 = v1894.otherCaseName
                w.write(v1967)
                let n1968 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1968, list: s1895)
                let n1969 = w.count
                w.write("        }\n" as StaticString)
                w.indent(ind, node: n1969, list: s1895)
            }
            w.indent(ind, node: n1893, list: s1833)
            let n1970 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n1970, list: s1833)
            let n1971 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n1971, list: s1833)
            let n1972 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n1972, list: s1833)
            let v1973 = a2.access
            w.write(v1973)
            let n1974 = w.count
            w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
            w.indent(ind, node: n1974, list: s1833)
            let n1975 = w.count
            if let v1976 = a2.variant {
                let s1977 = w.count
                w.write("        // The variant's fields first: where both have a key, the common field's" as StaticString)
                w.write(" value is written last and wins, so\n" as StaticString)
                let n1978 = w.count
                w.write("        // keys the docs do not list (kept in open objects such as `details`) su" as StaticString)
                w.write("rvive a round trip.\n" as StaticString)
                w.indent(ind, node: n1978, list: s1977)
                let n1979 = w.count
                w.write("        switch self." as StaticString)
                w.indent(ind, node: n1979, list: s1977)
                let v1980 = v1976.propertyName
                w.write(v1980)
                let n1981 = w.count
                w.write(" {\n" as StaticString)
                w.indent(ind, node: n1981, list: s1977)
                let n1982 = w.count
                let v1983 = v1976.cases
                v1983.withUnsafeBufferPointer { l1985 in
                    for i1984 in l1985.indices {
                        let s1986 = w.count
                        w.write("        case ." as StaticString)
                        let v1987 = l1985[i1984].caseName
                        w.write(v1987)
                        let n1988 = w.count
                        w.write("(let fields): try fields.encode(to: encoder)\n" as StaticString)
                        w.indent(ind, node: n1988, list: s1986)
                    }
                }
                w.indent(ind, node: n1982, list: s1977)
                let n1989 = w.count
                w.write("        case ." as StaticString)
                w.indent(ind, node: n1989, list: s1977)
                let v1990 = v1976.otherCaseName
                w.write(v1990)
                let n1991 = w.count
                w.write(": break\n" as StaticString)
                w.indent(ind, node: n1991, list: s1977)
                let n1992 = w.count
                w.write("        }\n" as StaticString)
                w.indent(ind, node: n1992, list: s1977)
            }
            w.indent(ind, node: n1975, list: s1833)
            let n1993 = w.count
            w.write("        var container = encoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
            w.indent(ind, node: n1993, list: s1833)
            let n1994 = w.count
            let v1995 = a2.properties
            v1995.withUnsafeBufferPointer { l1997 in
                for i1996 in l1997.indices {
                    let s1998 = w.count
                    w.write("        try container." as StaticString)
                    let v1999 = l1997[i1996].isRequired
                    if v1999 {
                        w.write("encode" as StaticString)
                    }
                    let n2000 = w.count
                    let v2001 = l1997[i1996].isRequired
                    if !v2001 {
                        w.write("encodeIfPresent" as StaticString)
                    }
                    w.indent(ind, node: n2000, list: s1998)
                    let n2002 = w.count
                    w.write("(self." as StaticString)
                    w.indent(ind, node: n2002, list: s1998)
                    let v2003 = l1997[i1996].name
                    w.write(v2003)
                    let n2004 = w.count
                    w.write(", forKey: ." as StaticString)
                    w.indent(ind, node: n2004, list: s1998)
                    let v2005 = l1997[i1996].caseName
                    w.write(v2005)
                    let n2006 = w.count
                    w.write(")\n" as StaticString)
                    w.indent(ind, node: n2006, list: s1998)
                }
            }
            w.indent(ind, node: n1994, list: s1833)
            let n2007 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n2007, list: s1833)
        }
        w.indent(ind, node: n1831, list: s1830)
        let n2008 = w.count
        let v2009 = k.objectViewModel_hasProperties(a2)
        if !v2009 {
            let s2010 = w.count
            w.write("\n" as StaticString)
            let n2011 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n2011, list: s2010)
            let v2012 = a2.access
            w.write(v2012)
            let n2013 = w.count
            w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
            w.indent(ind, node: n2013, list: s2010)
            let n2014 = w.count
            w.write("        _ = try decoder.container(keyedBy: " as StaticString)
            w.indent(ind, node: n2014, list: s2010)
            let v2015 = a2.runtime
            w.write(v2015)
            let n2016 = w.count
            w.write(".AnyCodingKey.self)\n" as StaticString)
            w.indent(ind, node: n2016, list: s2010)
            let n2017 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n2017, list: s2010)
            let n2018 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2018, list: s2010)
            let n2019 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n2019, list: s2010)
            let v2020 = a2.access
            w.write(v2020)
            let n2021 = w.count
            w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
            w.indent(ind, node: n2021, list: s2010)
            let n2022 = w.count
            w.write("        _ = encoder.container(keyedBy: " as StaticString)
            w.indent(ind, node: n2022, list: s2010)
            let v2023 = a2.runtime
            w.write(v2023)
            let n2024 = w.count
            w.write(".AnyCodingKey.self)\n" as StaticString)
            w.indent(ind, node: n2024, list: s2010)
            let n2025 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n2025, list: s2010)
        }
        w.indent(ind, node: n2008, list: s1830)
    }

    /// The partial `object-json-case`.
    private static func partial14(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: ObjectViewModel, _ a3: PropertyViewModel) {
        let s2026 = w.count
        let n2027 = w.count
        let v2028 = a3.isFastDecodable
        if v2028 {
            let s2029 = w.count
            let v2030 = a3.isOptional
            if v2030 {
                let s2031 = w.count
                w.write("case " as StaticString)
                let v2032 = String(a3.index)
                w.write(v2032)
                let n2033 = w.count
                w.write(": try reader.decodeOptionalField(&v" as StaticString)
                w.indent(ind, node: n2033, list: s2031)
                let v2034 = String(a3.index)
                w.write(v2034)
                let n2035 = w.count
                w.write(", seen: &s" as StaticString)
                w.indent(ind, node: n2035, list: s2031)
                let v2036 = String(a3.index)
                w.write(v2036)
                let n2037 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n2037, list: s2031)
            }
            let n2038 = w.count
            let v2039 = a3.isOptional
            if !v2039 {
                let s2040 = w.count
                w.write("case " as StaticString)
                let v2041 = String(a3.index)
                w.write(v2041)
                let n2042 = w.count
                w.write(": try reader.decodeField(&v" as StaticString)
                w.indent(ind, node: n2042, list: s2040)
                let v2043 = String(a3.index)
                w.write(v2043)
                let n2044 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n2044, list: s2040)
            }
            w.indent(ind, node: n2038, list: s2029)
        }
        w.indent(ind, node: n2027, list: s2026)
        let n2045 = w.count
        let v2046 = a3.isFastDecodable
        if !v2046 {
            let s2047 = w.count
            w.write("case " as StaticString)
            let v2048 = String(a3.index)
            w.write(v2048)
            let n2049 = w.count
            w.write(": try reader.decodeWithFoundation()\n" as StaticString)
            w.indent(ind, node: n2049, list: s2047)
        }
        w.indent(ind, node: n2045, list: s2026)
    }

    /// The partial `object-json-store`.
    private static func partial15(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: ObjectViewModel, _ a3: PropertyViewModel) {
        let s2050 = w.count
        let n2051 = w.count
        let v2052 = a3.isOptional
        if !v2052 {
            let s2053 = w.count
            w.write("    guard let v" as StaticString)
            let v2054 = String(a3.index)
            w.write(v2054)
            let n2055 = w.count
            w.write(" else { throw reader.missingKey(\"" as StaticString)
            w.indent(ind, node: n2055, list: s2053)
            let v2056 = a3.jsonKey
            w.write(v2056)
            let n2057 = w.count
            w.write("\", in: object) }\n" as StaticString)
            w.indent(ind, node: n2057, list: s2053)
        }
        w.indent(ind, node: n2051, list: s2050)
        let n2058 = w.count
        let v2059 = a3.isIndirect
        if v2059 {
            let s2060 = w.count
            w.write("    self." as StaticString)
            let v2061 = a3.storageName
            w.write(v2061)
            let n2062 = w.count
            w.write(" = " as StaticString)
            w.indent(ind, node: n2062, list: s2060)
            let v2063 = a3.isOptional
            if v2063 {
                let s2064 = w.count
                w.write("v" as StaticString)
                let v2065 = String(a3.index)
                w.write(v2065)
                let n2066 = w.count
                w.write(".map { " as StaticString)
                w.indent(ind, node: n2066, list: s2064)
                let v2067 = a2.runtime
                w.write(v2067)
                let n2068 = w.count
                w.write(".Indirect($0) }" as StaticString)
                w.indent(ind, node: n2068, list: s2064)
            }
            let n2069 = w.count
            let v2070 = a3.isOptional
            if !v2070 {
                let s2071 = w.count
                let v2072 = a2.runtime
                w.write(v2072)
                let n2073 = w.count
                w.write(".Indirect(v" as StaticString)
                w.indent(ind, node: n2073, list: s2071)
                let v2074 = String(a3.index)
                w.write(v2074)
                let n2075 = w.count
                w.write(")" as StaticString)
                w.indent(ind, node: n2075, list: s2071)
            }
            w.indent(ind, node: n2069, list: s2060)
            let n2076 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2076, list: s2060)
        }
        w.indent(ind, node: n2058, list: s2050)
        let n2077 = w.count
        let v2078 = a3.isIndirect
        if !v2078 {
            let s2079 = w.count
            w.write("    self." as StaticString)
            let v2080 = a3.name
            w.write(v2080)
            let n2081 = w.count
            w.write(" = v" as StaticString)
            w.indent(ind, node: n2081, list: s2079)
            let v2082 = String(a3.index)
            w.write(v2082)
            let n2083 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2083, list: s2079)
        }
        w.indent(ind, node: n2077, list: s2050)
    }

    /// The template `validators.swift`.
    private static func template1(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel) {
        let s2084 = w.count
        let n2085 = w.count
        w.write("// Generated by specgen from " as StaticString)
        w.indent(ind, node: n2085, list: s2084)
        let v2086 = a0.sourcePath
        w.write(v2086)
        let n2087 = w.count
        w.write(".\n" as StaticString)
        w.indent(ind, node: n2087, list: s2084)
        let n2088 = w.count
        w.write("// Do not edit: change the docs (or the specgen config) and generate again.\n" as StaticString)
        w.indent(ind, node: n2088, list: s2084)
        let n2089 = w.count
        w.write("//\n" as StaticString)
        w.indent(ind, node: n2089, list: s2084)
        let n2090 = w.count
        w.write("// Validators: each checks a JSON payload against the docs' rules for its type a" as StaticString)
        w.write("nd reports every place the payload\n" as StaticString)
        w.indent(ind, node: n2090, list: s2084)
        let n2091 = w.count
        w.write("// departs from them.\n" as StaticString)
        w.indent(ind, node: n2091, list: s2084)
        let n2092 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2092, list: s2084)
        let n2093 = w.count
        let v2094 = a0.imports
        v2094.withUnsafeBufferPointer { l2096 in
            for i2095 in l2096.indices {
                let s2097 = w.count
                w.write("import " as StaticString)
                w.write(l2096[i2095])
                let n2098 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n2098, list: s2097)
            }
        }
        w.indent(ind, node: n2093, list: s2084)
        let n2099 = w.count
        let v2100 = a0.types
        v2100.withUnsafeBufferPointer { l2102 in
            for i2101 in l2102.indices {
                let s2103 = w.count
                if let v2104 = l2102[i2101].object {
                    let s2105 = w.count
                    w.write("\n" as StaticString)
                    let n2106 = w.count
                    partial16(&w, ind, k, a0, l2102[i2101], v2104)
                    w.indent(ind, node: n2106, list: s2105)
                }
                let n2107 = w.count
                if let v2108 = l2102[i2101].enumeration {
                    let s2109 = w.count
                    w.write("\n" as StaticString)
                    let n2110 = w.count
                    partial17(&w, ind, k, a0, l2102[i2101], v2108)
                    w.indent(ind, node: n2110, list: s2109)
                }
                w.indent(ind, node: n2107, list: s2103)
                let n2111 = w.count
                if let v2112 = l2102[i2101].union {
                    let s2113 = w.count
                    w.write("\n" as StaticString)
                    let n2114 = w.count
                    partial18(&w, ind, k, a0, l2102[i2101], v2112)
                    w.indent(ind, node: n2114, list: s2113)
                }
                w.indent(ind, node: n2111, list: s2103)
                let n2115 = w.count
                if let v2116 = l2102[i2101].taggedUnion {
                    let s2117 = w.count
                    w.write("\n" as StaticString)
                    let n2118 = w.count
                    partial19(&w, ind, k, a0, l2102[i2101], v2116)
                    w.indent(ind, node: n2118, list: s2117)
                }
                w.indent(ind, node: n2115, list: s2103)
            }
        }
        w.indent(ind, node: n2099, list: s2084)
    }

    /// The partial `validator-object`.
    private static func partial16(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel) {
        let s2119 = w.count
        let n2120 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n2120, list: s2119)
        let v2121 = a2.qualifiedName
        w.write(v2121)
        let n2122 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n2122, list: s2119)
        let n2123 = w.count
        let v2124 = a2.doc
        w.write("    " as StaticString)
        partial20(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, v2124)
        w.indent(ind, node: n2123, list: s2119)
        let n2126 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2126, list: s2119)
        let v2127 = a2.access
        w.write(v2127)
        let n2128 = w.count
        w.write(" static func validate(json: Foundation.Data) -> [" as StaticString)
        w.indent(ind, node: n2128, list: s2119)
        let v2129 = a2.runtime
        w.write(v2129)
        let n2130 = w.count
        w.write(".ValidationIssue] {\n" as StaticString)
        w.indent(ind, node: n2130, list: s2119)
        let n2131 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2131, list: s2119)
        let v2132 = a2.runtime
        w.write(v2132)
        let n2133 = w.count
        w.write(".JSONValidation.validate(json, location: \"" as StaticString)
        w.indent(ind, node: n2133, list: s2119)
        let v2134 = a2.location
        w.write(v2134)
        let n2135 = w.count
        w.write("\") {\n" as StaticString)
        w.indent(ind, node: n2135, list: s2119)
        let n2136 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2136, list: s2119)
        let v2137 = a2.runtime
        w.write(v2137)
        let n2138 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2138, list: s2119)
        let v2139 = a2.runtime
        w.write(v2139)
        let n2140 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2140, list: s2119)
        let n2141 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2141, list: s2119)
        let v2142 = a2.location
        w.write(v2142)
        let n2143 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2143, list: s2119)
        let n2144 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2144, list: s2119)
        let n2145 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2145, list: s2119)
        let n2146 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2146, list: s2119)
        let n2147 = w.count
        w.write("    /// Whether a JSON document conforms: the same answer as `validate(json:).is" as StaticString)
        w.write("Empty`, but reading stops at the\n" as StaticString)
        w.indent(ind, node: n2147, list: s2119)
        let n2148 = w.count
        w.write("    /// first issue and makes no issue.\n" as StaticString)
        w.indent(ind, node: n2148, list: s2119)
        let n2149 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2149, list: s2119)
        let v2150 = a2.access
        w.write(v2150)
        let n2151 = w.count
        w.write(" static func isValid(json: Foundation.Data) -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n2151, list: s2119)
        let n2152 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2152, list: s2119)
        let v2153 = a2.runtime
        w.write(v2153)
        let n2154 = w.count
        w.write(".JSONValidation.isValid(json) {\n" as StaticString)
        w.indent(ind, node: n2154, list: s2119)
        let n2155 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2155, list: s2119)
        let v2156 = a2.runtime
        w.write(v2156)
        let n2157 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2157, list: s2119)
        let v2158 = a2.runtime
        w.write(v2158)
        let n2159 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2159, list: s2119)
        let n2160 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2160, list: s2119)
        let v2161 = a2.location
        w.write(v2161)
        let n2162 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2162, list: s2119)
        let n2163 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2163, list: s2119)
        let n2164 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2164, list: s2119)
        let n2165 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2165, list: s2119)
        let n2166 = w.count
        w.write("    /// Checks the next value of `reader` against the rules of ``" as StaticString)
        w.indent(ind, node: n2166, list: s2119)
        let v2167 = a2.name
        w.write(v2167)
        let n2168 = w.count
        w.write("``; `location` is where the docs expect it.\n" as StaticString)
        w.indent(ind, node: n2168, list: s2119)
        let n2169 = w.count
        w.write("    static func specgenValidate(\n" as StaticString)
        w.indent(ind, node: n2169, list: s2119)
        let n2170 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2170, list: s2119)
        let v2171 = a2.runtime
        w.write(v2171)
        let n2172 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String,\n" as StaticString)
        w.indent(ind, node: n2172, list: s2119)
        let n2173 = w.count
        w.write("        requiring extra: " as StaticString)
        w.indent(ind, node: n2173, list: s2119)
        let v2174 = a2.runtime
        w.write(v2174)
        let n2175 = w.count
        w.write(".JSONRequirements = .none\n" as StaticString)
        w.indent(ind, node: n2175, list: s2119)
        let n2176 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2176, list: s2119)
        let v2177 = a2.runtime
        w.write(v2177)
        let n2178 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2178, list: s2119)
        let n2179 = w.count
        let v2180 = a2.needsStart
        if v2180 {
            w.write("        let start = reader.valueOffset()\n" as StaticString)
        }
        w.indent(ind, node: n2179, list: s2119)
        let n2181 = w.count
        w.write("        guard try reader.beginObject(typeName: \"" as StaticString)
        w.indent(ind, node: n2181, list: s2119)
        let v2182 = a2.typeNameText
        w.write(v2182)
        let n2183 = w.count
        w.write("\", nullable: nullable, location: location) else {\n" as StaticString)
        w.indent(ind, node: n2183, list: s2119)
        let n2184 = w.count
        w.write("            return\n" as StaticString)
        w.indent(ind, node: n2184, list: s2119)
        let n2185 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2185, list: s2119)
        let n2186 = w.count
        let v2187 = a2.isTagged
        if v2187 {
            let s2188 = w.count
            w.write("        switch reader.peekTag(Self.specgenTags) {\n" as StaticString)
            let n2189 = w.count
            let v2190 = a2.dispatch
            v2190.withUnsafeBufferPointer { l2192 in
                for i2191 in l2192.indices {
                    let s2193 = w.count
                    w.write("        case " as StaticString)
                    let v2194 = String(l2192[i2191].index)
                    w.write(v2194)
                    let n2195 = w.count
                    w.write("?:\n" as StaticString)
                    w.indent(ind, node: n2195, list: s2193)
                    let n2196 = w.count
                    w.write("            try Self." as StaticString)
                    w.indent(ind, node: n2196, list: s2193)
                    let v2197 = l2192[i2191].functionName
                    w.write(v2197)
                    let n2198 = w.count
                    w.write("(&reader, requiring: extra)\n" as StaticString)
                    w.indent(ind, node: n2198, list: s2193)
                    let n2199 = w.count
                    let v2200 = l2192[i2191].wholeChecks
                    v2200.withUnsafeBufferPointer { l2202 in
                        for i2201 in l2202.indices {
                            let s2203 = w.count
                            w.write("            reader.rewind(to: start)\n" as StaticString)
                            let n2204 = w.count
                            w.write("            " as StaticString)
                            w.indent(ind, node: n2204, list: s2203)
                            partial21(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, l2192[i2191], l2202[i2201])
                        }
                    }
                    w.indent(ind, node: n2199, list: s2193)
                }
            }
            w.indent(ind, node: n2189, list: s2188)
            let n2205 = w.count
            w.write("        default:\n" as StaticString)
            w.indent(ind, node: n2205, list: s2188)
            let n2206 = w.count
            w.write("            try Self." as StaticString)
            w.indent(ind, node: n2206, list: s2188)
            let v2207 = a2.baseFunctionName
            w.write(v2207)
            let n2208 = w.count
            w.write("(&reader, requiring: extra)\n" as StaticString)
            w.indent(ind, node: n2208, list: s2188)
            let n2209 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n2209, list: s2188)
        }
        w.indent(ind, node: n2186, list: s2119)
        let n2210 = w.count
        let v2211 = a2.isTagged
        if !v2211 {
            let s2212 = w.count
            w.write("        try Self." as StaticString)
            let v2213 = a2.baseFunctionName
            w.write(v2213)
            let n2214 = w.count
            w.write("(&reader, requiring: extra)\n" as StaticString)
            w.indent(ind, node: n2214, list: s2212)
        }
        w.indent(ind, node: n2210, list: s2119)
        let n2215 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2215, list: s2119)
        let n2216 = w.count
        let v2217 = a2.isTagged
        if v2217 {
            let s2218 = w.count
            w.write("\n" as StaticString)
            let n2219 = w.count
            w.write("    /// The values of `" as StaticString)
            w.indent(ind, node: n2219, list: s2218)
            let v2220 = a2.tagKey
            w.write(v2220)
            let n2221 = w.count
            w.write("` that have rules of their own" as StaticString)
            w.indent(ind, node: n2221, list: s2218)
            let v2222 = k.objectValidatorViewModel_isCoded(a2)
            if v2222 {
                let s2223 = w.count
                w.write(", and the codes of `" as StaticString)
                let v2224 = a2.codeKeyText
                w.write(v2224)
                let n2225 = w.count
                w.write("` that select rules before `" as StaticString)
                w.indent(ind, node: n2225, list: s2223)
                let v2226 = a2.tagKey
                w.write(v2226)
                let n2227 = w.count
                w.write("` is read" as StaticString)
                w.indent(ind, node: n2227, list: s2223)
            }
            let n2228 = w.count
            let v2229 = k.objectValidatorViewModel_hasDispatchCode(a2)
            if v2229 {
                let s2230 = w.count
                w.write(" (`" as StaticString)
                let v2231 = a2.tagKey
                w.write(v2231)
                let n2232 = w.count
                w.write("` names the message only when `" as StaticString)
                w.indent(ind, node: n2232, list: s2230)
                let v2233 = a2.codeKeyText
                w.write(v2233)
                let n2234 = w.count
                w.write("` is " as StaticString)
                w.indent(ind, node: n2234, list: s2230)
                let v2235 = a2.dispatchCode
                w.write(v2235)
                let n2236 = w.count
                w.write(")" as StaticString)
                w.indent(ind, node: n2236, list: s2230)
            }
            w.indent(ind, node: n2228, list: s2218)
            let n2237 = w.count
            w.write(".\n" as StaticString)
            w.indent(ind, node: n2237, list: s2218)
            let n2238 = w.count
            w.write("    private static let specgenTags = " as StaticString)
            w.indent(ind, node: n2238, list: s2218)
            let v2239 = a2.runtime
            w.write(v2239)
            let n2240 = w.count
            w.write(".JSONTagRule(\n" as StaticString)
            w.indent(ind, node: n2240, list: s2218)
            let n2241 = w.count
            w.write("        key: \"" as StaticString)
            w.indent(ind, node: n2241, list: s2218)
            let v2242 = a2.tagKeyText
            w.write(v2242)
            let n2243 = w.count
            w.write("\",\n" as StaticString)
            w.indent(ind, node: n2243, list: s2218)
            let n2244 = w.count
            w.write("        values: [\n" as StaticString)
            w.indent(ind, node: n2244, list: s2218)
            let n2245 = w.count
            let v2246 = a2.tagValues
            v2246.withUnsafeBufferPointer { l2248 in
                for i2247 in l2248.indices {
                    let s2249 = w.count
                    w.write("            \"" as StaticString)
                    w.write(l2248[i2247])
                    let n2250 = w.count
                    w.write("\",\n" as StaticString)
                    w.indent(ind, node: n2250, list: s2249)
                }
            }
            w.indent(ind, node: n2245, list: s2218)
            let n2251 = w.count
            w.write("        ]" as StaticString)
            w.indent(ind, node: n2251, list: s2218)
            let v2252 = k.objectValidatorViewModel_isCoded(a2)
            if v2252 {
                let s2253 = w.count
                w.write(",\n" as StaticString)
                let n2254 = w.count
                w.write("        codeKey: \"" as StaticString)
                w.indent(ind, node: n2254, list: s2253)
                let v2255 = a2.codeKeyText
                w.write(v2255)
                let n2256 = w.count
                w.write("\",\n" as StaticString)
                w.indent(ind, node: n2256, list: s2253)
                let n2257 = w.count
                w.write("        codes: [\n" as StaticString)
                w.indent(ind, node: n2257, list: s2253)
                let n2258 = w.count
                let v2259 = k.objectValidatorViewModel_codes(a2)
                v2259.withUnsafeBufferPointer { l2261 in
                    for i2260 in l2261.indices {
                        let s2262 = w.count
                        w.write("            " as StaticString)
                        w.write(l2261[i2260])
                        let n2263 = w.count
                        w.write(",\n" as StaticString)
                        w.indent(ind, node: n2263, list: s2262)
                    }
                }
                w.indent(ind, node: n2258, list: s2253)
                let n2264 = w.count
                w.write("        ]" as StaticString)
                w.indent(ind, node: n2264, list: s2253)
                let v2265 = k.objectValidatorViewModel_hasDispatchCode(a2)
                if v2265 {
                    let s2266 = w.count
                    w.write(",\n" as StaticString)
                    let n2267 = w.count
                    w.write("        dispatch: " as StaticString)
                    w.indent(ind, node: n2267, list: s2266)
                    let v2268 = a2.dispatchCode
                    w.write(v2268)
                }
            }
            let n2269 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2269, list: s2218)
            let n2270 = w.count
            w.write("    )\n" as StaticString)
            w.indent(ind, node: n2270, list: s2218)
        }
        w.indent(ind, node: n2216, list: s2119)
        let n2271 = w.count
        let v2272 = a2.requirements
        v2272.withUnsafeBufferPointer { l2274 in
            for i2273 in l2274.indices {
                let s2275 = w.count
                w.write("\n" as StaticString)
                let n2276 = w.count
                partial22(&w, ind, k, a0, a1, a2, l2274[i2273])
                w.indent(ind, node: n2276, list: s2275)
            }
        }
        w.indent(ind, node: n2271, list: s2119)
        let n2277 = w.count
        let v2278 = a2.walks
        v2278.withUnsafeBufferPointer { l2280 in
            for i2279 in l2280.indices {
                let s2281 = w.count
                w.write("\n" as StaticString)
                let n2282 = w.count
                partial23(&w, ind, k, a0, a1, a2, l2280[i2279])
                w.indent(ind, node: n2282, list: s2281)
            }
        }
        w.indent(ind, node: n2277, list: s2119)
        let n2283 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n2283, list: s2119)
    }

    /// The partial `validator-enum`.
    private static func partial17(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: EnumValidatorViewModel) {
        let s2284 = w.count
        let n2285 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n2285, list: s2284)
        let v2286 = a2.qualifiedName
        w.write(v2286)
        let n2287 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n2287, list: s2284)
        let n2288 = w.count
        let v2289 = a2.doc
        w.write("    " as StaticString)
        partial24(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, v2289)
        w.indent(ind, node: n2288, list: s2284)
        let n2291 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2291, list: s2284)
        let v2292 = a2.access
        w.write(v2292)
        let n2293 = w.count
        w.write(" static func validate(json: Foundation.Data) -> [" as StaticString)
        w.indent(ind, node: n2293, list: s2284)
        let v2294 = a2.runtime
        w.write(v2294)
        let n2295 = w.count
        w.write(".ValidationIssue] {\n" as StaticString)
        w.indent(ind, node: n2295, list: s2284)
        let n2296 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2296, list: s2284)
        let v2297 = a2.runtime
        w.write(v2297)
        let n2298 = w.count
        w.write(".JSONValidation.validate(json, location: \"" as StaticString)
        w.indent(ind, node: n2298, list: s2284)
        let v2299 = a2.location
        w.write(v2299)
        let n2300 = w.count
        w.write("\") {\n" as StaticString)
        w.indent(ind, node: n2300, list: s2284)
        let n2301 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2301, list: s2284)
        let v2302 = a2.runtime
        w.write(v2302)
        let n2303 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2303, list: s2284)
        let v2304 = a2.runtime
        w.write(v2304)
        let n2305 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2305, list: s2284)
        let n2306 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2306, list: s2284)
        let v2307 = a2.location
        w.write(v2307)
        let n2308 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2308, list: s2284)
        let n2309 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2309, list: s2284)
        let n2310 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2310, list: s2284)
        let n2311 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2311, list: s2284)
        let n2312 = w.count
        w.write("    /// Whether a JSON document conforms: the same answer as `validate(json:).is" as StaticString)
        w.write("Empty`, but reading stops at the\n" as StaticString)
        w.indent(ind, node: n2312, list: s2284)
        let n2313 = w.count
        w.write("    /// first issue and makes no issue.\n" as StaticString)
        w.indent(ind, node: n2313, list: s2284)
        let n2314 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2314, list: s2284)
        let v2315 = a2.access
        w.write(v2315)
        let n2316 = w.count
        w.write(" static func isValid(json: Foundation.Data) -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n2316, list: s2284)
        let n2317 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2317, list: s2284)
        let v2318 = a2.runtime
        w.write(v2318)
        let n2319 = w.count
        w.write(".JSONValidation.isValid(json) {\n" as StaticString)
        w.indent(ind, node: n2319, list: s2284)
        let n2320 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2320, list: s2284)
        let v2321 = a2.runtime
        w.write(v2321)
        let n2322 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2322, list: s2284)
        let v2323 = a2.runtime
        w.write(v2323)
        let n2324 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2324, list: s2284)
        let n2325 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2325, list: s2284)
        let v2326 = a2.location
        w.write(v2326)
        let n2327 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2327, list: s2284)
        let n2328 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2328, list: s2284)
        let n2329 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2329, list: s2284)
        let n2330 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2330, list: s2284)
        let n2331 = w.count
        w.write("    /// Checks the next value of `reader` against the values of ``" as StaticString)
        w.indent(ind, node: n2331, list: s2284)
        let v2332 = a2.name
        w.write(v2332)
        let n2333 = w.count
        w.write("``; `location` is where the docs expect it.\n" as StaticString)
        w.indent(ind, node: n2333, list: s2284)
        let n2334 = w.count
        w.write("    static func specgenValidate(\n" as StaticString)
        w.indent(ind, node: n2334, list: s2284)
        let n2335 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2335, list: s2284)
        let v2336 = a2.runtime
        w.write(v2336)
        let n2337 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String\n" as StaticString)
        w.indent(ind, node: n2337, list: s2284)
        let n2338 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2338, list: s2284)
        let v2339 = a2.runtime
        w.write(v2339)
        let n2340 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2340, list: s2284)
        let n2341 = w.count
        let v2342 = a2.isFlags
        if v2342 {
            let s2343 = w.count
            w.write("        try reader.checkFlags(asString: " as StaticString)
            let v2344 = a2.flagsAsString
            w.write(flag: v2344)
            let n2345 = w.count
            w.write(", nullable: nullable, location: location)\n" as StaticString)
            w.indent(ind, node: n2345, list: s2343)
        }
        w.indent(ind, node: n2341, list: s2284)
        let n2346 = w.count
        let v2347 = a2.isFlags
        if !v2347 {
            w.write("        try reader.checkEnum(Self.specgenValues, nullable: nullable, location: l" as StaticString)
            w.write("ocation)\n" as StaticString)
        }
        w.indent(ind, node: n2346, list: s2284)
        let n2348 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2348, list: s2284)
        let n2349 = w.count
        let v2350 = a2.isFlags
        if !v2350 {
            let s2351 = w.count
            w.write("\n" as StaticString)
            let n2352 = w.count
            w.write("    /// The documented values.\n" as StaticString)
            w.indent(ind, node: n2352, list: s2351)
            let n2353 = w.count
            w.write("    private static let specgenValues = " as StaticString)
            w.indent(ind, node: n2353, list: s2351)
            let v2354 = a2.runtime
            w.write(v2354)
            let n2355 = w.count
            w.write(".JSONEnumRule(\n" as StaticString)
            w.indent(ind, node: n2355, list: s2351)
            let n2356 = w.count
            w.write("        typeName: \"" as StaticString)
            w.indent(ind, node: n2356, list: s2351)
            let v2357 = a2.typeNameText
            w.write(v2357)
            let n2358 = w.count
            w.write("\",\n" as StaticString)
            w.indent(ind, node: n2358, list: s2351)
            let n2359 = w.count
            w.write("        " as StaticString)
            w.indent(ind, node: n2359, list: s2351)
            let v2360 = a2.isInteger
            if v2360 {
                w.write("integers" as StaticString)
            }
            let n2361 = w.count
            let v2362 = a2.isInteger
            if !v2362 {
                w.write("strings" as StaticString)
            }
            w.indent(ind, node: n2361, list: s2351)
            let n2363 = w.count
            w.write(": [\n" as StaticString)
            w.indent(ind, node: n2363, list: s2351)
            let n2364 = w.count
            let v2365 = a2.isInteger
            if v2365 {
                let v2366 = a2.values
                v2366.withUnsafeBufferPointer { l2368 in
                    for i2367 in l2368.indices {
                        let s2369 = w.count
                        w.write("            " as StaticString)
                        w.write(l2368[i2367])
                        let n2370 = w.count
                        w.write(",\n" as StaticString)
                        w.indent(ind, node: n2370, list: s2369)
                    }
                }
            }
            w.indent(ind, node: n2364, list: s2351)
            let n2371 = w.count
            let v2372 = a2.isInteger
            if !v2372 {
                let v2373 = a2.values
                v2373.withUnsafeBufferPointer { l2375 in
                    for i2374 in l2375.indices {
                        let s2376 = w.count
                        w.write("            \"" as StaticString)
                        w.write(l2375[i2374])
                        let n2377 = w.count
                        w.write("\",\n" as StaticString)
                        w.indent(ind, node: n2377, list: s2376)
                    }
                }
            }
            w.indent(ind, node: n2371, list: s2351)
            let n2378 = w.count
            w.write("        ],\n" as StaticString)
            w.indent(ind, node: n2378, list: s2351)
            let n2379 = w.count
            w.write("        location: \"" as StaticString)
            w.indent(ind, node: n2379, list: s2351)
            let v2380 = a2.location
            w.write(v2380)
            let n2381 = w.count
            w.write("\"\n" as StaticString)
            w.indent(ind, node: n2381, list: s2351)
            let n2382 = w.count
            w.write("    )\n" as StaticString)
            w.indent(ind, node: n2382, list: s2351)
        }
        w.indent(ind, node: n2349, list: s2284)
        let n2383 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n2383, list: s2284)
    }

    /// The partial `validator-union`.
    private static func partial18(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: UnionValidatorViewModel) {
        let s2384 = w.count
        let n2385 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n2385, list: s2384)
        let v2386 = a2.qualifiedName
        w.write(v2386)
        let n2387 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n2387, list: s2384)
        let n2388 = w.count
        let v2389 = a2.doc
        w.write("    " as StaticString)
        partial25(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, v2389)
        w.indent(ind, node: n2388, list: s2384)
        let n2391 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2391, list: s2384)
        let v2392 = a2.access
        w.write(v2392)
        let n2393 = w.count
        w.write(" static func validate(json: Foundation.Data) -> [" as StaticString)
        w.indent(ind, node: n2393, list: s2384)
        let v2394 = a2.runtime
        w.write(v2394)
        let n2395 = w.count
        w.write(".ValidationIssue] {\n" as StaticString)
        w.indent(ind, node: n2395, list: s2384)
        let n2396 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2396, list: s2384)
        let v2397 = a2.runtime
        w.write(v2397)
        let n2398 = w.count
        w.write(".JSONValidation.validate(json, location: \"" as StaticString)
        w.indent(ind, node: n2398, list: s2384)
        let v2399 = a2.location
        w.write(v2399)
        let n2400 = w.count
        w.write("\") {\n" as StaticString)
        w.indent(ind, node: n2400, list: s2384)
        let n2401 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2401, list: s2384)
        let v2402 = a2.runtime
        w.write(v2402)
        let n2403 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2403, list: s2384)
        let v2404 = a2.runtime
        w.write(v2404)
        let n2405 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2405, list: s2384)
        let n2406 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2406, list: s2384)
        let v2407 = a2.location
        w.write(v2407)
        let n2408 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2408, list: s2384)
        let n2409 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2409, list: s2384)
        let n2410 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2410, list: s2384)
        let n2411 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2411, list: s2384)
        let n2412 = w.count
        w.write("    /// Whether a JSON document conforms: the same answer as `validate(json:).is" as StaticString)
        w.write("Empty`, but reading stops at the\n" as StaticString)
        w.indent(ind, node: n2412, list: s2384)
        let n2413 = w.count
        w.write("    /// first issue and makes no issue.\n" as StaticString)
        w.indent(ind, node: n2413, list: s2384)
        let n2414 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2414, list: s2384)
        let v2415 = a2.access
        w.write(v2415)
        let n2416 = w.count
        w.write(" static func isValid(json: Foundation.Data) -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n2416, list: s2384)
        let n2417 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2417, list: s2384)
        let v2418 = a2.runtime
        w.write(v2418)
        let n2419 = w.count
        w.write(".JSONValidation.isValid(json) {\n" as StaticString)
        w.indent(ind, node: n2419, list: s2384)
        let n2420 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2420, list: s2384)
        let v2421 = a2.runtime
        w.write(v2421)
        let n2422 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2422, list: s2384)
        let v2423 = a2.runtime
        w.write(v2423)
        let n2424 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2424, list: s2384)
        let n2425 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2425, list: s2384)
        let v2426 = a2.location
        w.write(v2426)
        let n2427 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2427, list: s2384)
        let n2428 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2428, list: s2384)
        let n2429 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2429, list: s2384)
        let n2430 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2430, list: s2384)
        let n2431 = w.count
        w.write("    /// Checks the next value of `reader` against the members of ``" as StaticString)
        w.indent(ind, node: n2431, list: s2384)
        let v2432 = a2.name
        w.write(v2432)
        let n2433 = w.count
        w.write("`` (it passes when one member passes);\n" as StaticString)
        w.indent(ind, node: n2433, list: s2384)
        let n2434 = w.count
        w.write("    /// `location` is where the docs expect it.\n" as StaticString)
        w.indent(ind, node: n2434, list: s2384)
        let n2435 = w.count
        w.write("    static func specgenValidate(\n" as StaticString)
        w.indent(ind, node: n2435, list: s2384)
        let n2436 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2436, list: s2384)
        let v2437 = a2.runtime
        w.write(v2437)
        let n2438 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String\n" as StaticString)
        w.indent(ind, node: n2438, list: s2384)
        let n2439 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2439, list: s2384)
        let v2440 = a2.runtime
        w.write(v2440)
        let n2441 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2441, list: s2384)
        let n2442 = w.count
        w.write("        try reader.checkUnion(expected: \"" as StaticString)
        w.indent(ind, node: n2442, list: s2384)
        let v2443 = a2.expected
        w.write(v2443)
        let n2444 = w.count
        w.write("\", nullable: nullable, location: location, members: " as StaticString)
        w.indent(ind, node: n2444, list: s2384)
        let v2445 = k.unionValidatorViewModel_memberCount(a2)
        w.write(v2445)
        let n2446 = w.count
        w.write(") {\n" as StaticString)
        w.indent(ind, node: n2446, list: s2384)
        let n2447 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2447, list: s2384)
        let v2448 = a2.runtime
        w.write(v2448)
        let n2449 = w.count
        w.write(".JSONValidationReader, member: Swift.Int) throws(" as StaticString)
        w.indent(ind, node: n2449, list: s2384)
        let v2450 = a2.runtime
        w.write(v2450)
        let n2451 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2451, list: s2384)
        let n2452 = w.count
        w.write("            switch member {\n" as StaticString)
        w.indent(ind, node: n2452, list: s2384)
        let n2453 = w.count
        let v2454 = k.unionValidatorViewModel_members(a2)
        v2454.withUnsafeBufferPointer { l2456 in
            for i2455 in l2456.indices {
                let s2457 = w.count
                w.write("            case " as StaticString)
                let v2458 = String(l2456[i2455].index)
                w.write(v2458)
                let n2459 = w.count
                w.write(":\n" as StaticString)
                w.indent(ind, node: n2459, list: s2457)
                let n2460 = w.count
                let v2461 = l2456[i2455].checks
                v2461.withUnsafeBufferPointer { l2463 in
                    for i2462 in l2463.indices {
                        w.write("                " as StaticString)
                        partial26(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, l2456[i2455], l2463[i2462])
                    }
                }
                w.indent(ind, node: n2460, list: s2457)
            }
        }
        w.indent(ind, node: n2453, list: s2384)
        let n2465 = w.count
        w.write("            default:\n" as StaticString)
        w.indent(ind, node: n2465, list: s2384)
        let n2466 = w.count
        if let v2467 = k.unionValidatorViewModel_lastMember(a2) {
            let v2468 = v2467.checks
            v2468.withUnsafeBufferPointer { l2470 in
                for i2469 in l2470.indices {
                    w.write("                " as StaticString)
                    partial26(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, v2467, l2470[i2469])
                }
            }
        }
        w.indent(ind, node: n2466, list: s2384)
        let n2472 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n2472, list: s2384)
        let n2473 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2473, list: s2384)
        let n2474 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2474, list: s2384)
        let n2475 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n2475, list: s2384)
    }

    /// The partial `validator-tagged-union`.
    private static func partial19(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: TaggedUnionValidatorViewModel) {
        let s2476 = w.count
        let n2477 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n2477, list: s2476)
        let v2478 = a2.qualifiedName
        w.write(v2478)
        let n2479 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n2479, list: s2476)
        let n2480 = w.count
        let v2481 = a2.doc
        w.write("    " as StaticString)
        partial27(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, v2481)
        w.indent(ind, node: n2480, list: s2476)
        let n2483 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2483, list: s2476)
        let v2484 = a2.access
        w.write(v2484)
        let n2485 = w.count
        w.write(" static func validate(json: Foundation.Data) -> [" as StaticString)
        w.indent(ind, node: n2485, list: s2476)
        let v2486 = a2.runtime
        w.write(v2486)
        let n2487 = w.count
        w.write(".ValidationIssue] {\n" as StaticString)
        w.indent(ind, node: n2487, list: s2476)
        let n2488 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2488, list: s2476)
        let v2489 = a2.runtime
        w.write(v2489)
        let n2490 = w.count
        w.write(".JSONValidation.validate(json, location: \"" as StaticString)
        w.indent(ind, node: n2490, list: s2476)
        let v2491 = a2.location
        w.write(v2491)
        let n2492 = w.count
        w.write("\") {\n" as StaticString)
        w.indent(ind, node: n2492, list: s2476)
        let n2493 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2493, list: s2476)
        let v2494 = a2.runtime
        w.write(v2494)
        let n2495 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2495, list: s2476)
        let v2496 = a2.runtime
        w.write(v2496)
        let n2497 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2497, list: s2476)
        let n2498 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2498, list: s2476)
        let v2499 = a2.location
        w.write(v2499)
        let n2500 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2500, list: s2476)
        let n2501 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2501, list: s2476)
        let n2502 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2502, list: s2476)
        let n2503 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2503, list: s2476)
        let n2504 = w.count
        w.write("    /// Whether a JSON document conforms: the same answer as `validate(json:).is" as StaticString)
        w.write("Empty`, but reading stops at the\n" as StaticString)
        w.indent(ind, node: n2504, list: s2476)
        let n2505 = w.count
        w.write("    /// first issue and makes no issue.\n" as StaticString)
        w.indent(ind, node: n2505, list: s2476)
        let n2506 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2506, list: s2476)
        let v2507 = a2.access
        w.write(v2507)
        let n2508 = w.count
        w.write(" static func isValid(json: Foundation.Data) -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n2508, list: s2476)
        let n2509 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2509, list: s2476)
        let v2510 = a2.runtime
        w.write(v2510)
        let n2511 = w.count
        w.write(".JSONValidation.isValid(json) {\n" as StaticString)
        w.indent(ind, node: n2511, list: s2476)
        let n2512 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2512, list: s2476)
        let v2513 = a2.runtime
        w.write(v2513)
        let n2514 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2514, list: s2476)
        let v2515 = a2.runtime
        w.write(v2515)
        let n2516 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2516, list: s2476)
        let n2517 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2517, list: s2476)
        let v2518 = a2.location
        w.write(v2518)
        let n2519 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2519, list: s2476)
        let n2520 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2520, list: s2476)
        let n2521 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2521, list: s2476)
        let n2522 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2522, list: s2476)
        let n2523 = w.count
        w.write("    /// Checks the next value of `reader` against the member of ``" as StaticString)
        w.indent(ind, node: n2523, list: s2476)
        let v2524 = a2.name
        w.write(v2524)
        let n2525 = w.count
        w.write("`` that its `" as StaticString)
        w.indent(ind, node: n2525, list: s2476)
        let v2526 = a2.tagKey
        w.write(v2526)
        let n2527 = w.count
        w.write("` selects.\n" as StaticString)
        w.indent(ind, node: n2527, list: s2476)
        let n2528 = w.count
        w.write("    /// A code the docs do not list is reported as an enumeration's unknown valu" as StaticString)
        w.write("e is; `location` is where the docs\n" as StaticString)
        w.indent(ind, node: n2528, list: s2476)
        let n2529 = w.count
        w.write("    /// expect the value.\n" as StaticString)
        w.indent(ind, node: n2529, list: s2476)
        let n2530 = w.count
        w.write("    static func specgenValidate(\n" as StaticString)
        w.indent(ind, node: n2530, list: s2476)
        let n2531 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2531, list: s2476)
        let v2532 = a2.runtime
        w.write(v2532)
        let n2533 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String\n" as StaticString)
        w.indent(ind, node: n2533, list: s2476)
        let n2534 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2534, list: s2476)
        let v2535 = a2.runtime
        w.write(v2535)
        let n2536 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2536, list: s2476)
        let n2537 = w.count
        w.write("        switch reader.peekObjectTag(Self.specgenTags) {\n" as StaticString)
        w.indent(ind, node: n2537, list: s2476)
        let n2538 = w.count
        let v2539 = a2.members
        v2539.withUnsafeBufferPointer { l2541 in
            for i2540 in l2541.indices {
                let s2542 = w.count
                w.write("        case " as StaticString)
                let v2543 = String(l2541[i2540].index)
                w.write(v2543)
                let n2544 = w.count
                w.write("?: try " as StaticString)
                w.indent(ind, node: n2544, list: s2542)
                let v2545 = l2541[i2540].type
                w.write(v2545)
                let n2546 = w.count
                w.write(".specgenValidate(&reader, nullable: nullable, location: location)\n" as StaticString)
                w.indent(ind, node: n2546, list: s2542)
            }
        }
        w.indent(ind, node: n2538, list: s2476)
        let n2547 = w.count
        w.write("        default: try Self.specgenValidateUnlisted(&reader, nullable: nullable, l" as StaticString)
        w.write("ocation: location)\n" as StaticString)
        w.indent(ind, node: n2547, list: s2476)
        let n2548 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2548, list: s2476)
        let n2549 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2549, list: s2476)
        let n2550 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2550, list: s2476)
        let n2551 = w.count
        w.write("    /// The codes of `" as StaticString)
        w.indent(ind, node: n2551, list: s2476)
        let v2552 = a2.tagKey
        w.write(v2552)
        let n2553 = w.count
        w.write("` that select a member.\n" as StaticString)
        w.indent(ind, node: n2553, list: s2476)
        let n2554 = w.count
        w.write("    private static let specgenTags = " as StaticString)
        w.indent(ind, node: n2554, list: s2476)
        let v2555 = a2.runtime
        w.write(v2555)
        let n2556 = w.count
        w.write(".JSONTagRule(\n" as StaticString)
        w.indent(ind, node: n2556, list: s2476)
        let n2557 = w.count
        w.write("        key: \"" as StaticString)
        w.indent(ind, node: n2557, list: s2476)
        let v2558 = a2.tagKeyText
        w.write(v2558)
        let n2559 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n2559, list: s2476)
        let n2560 = w.count
        w.write("        values: [],\n" as StaticString)
        w.indent(ind, node: n2560, list: s2476)
        let n2561 = w.count
        w.write("        codeKey: \"" as StaticString)
        w.indent(ind, node: n2561, list: s2476)
        let v2562 = a2.tagKeyText
        w.write(v2562)
        let n2563 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n2563, list: s2476)
        let n2564 = w.count
        w.write("        codes: [\n" as StaticString)
        w.indent(ind, node: n2564, list: s2476)
        let n2565 = w.count
        let v2566 = a2.codes
        v2566.withUnsafeBufferPointer { l2568 in
            for i2567 in l2568.indices {
                let s2569 = w.count
                w.write("            " as StaticString)
                w.write(l2568[i2567])
                let n2570 = w.count
                w.write(",\n" as StaticString)
                w.indent(ind, node: n2570, list: s2569)
            }
        }
        w.indent(ind, node: n2565, list: s2476)
        let n2571 = w.count
        w.write("        ]\n" as StaticString)
        w.indent(ind, node: n2571, list: s2476)
        let n2572 = w.count
        w.write("    )\n" as StaticString)
        w.indent(ind, node: n2572, list: s2476)
        let n2573 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2573, list: s2476)
        let n2574 = w.count
        w.write("    /// The one member every value has: its code.\n" as StaticString)
        w.indent(ind, node: n2574, list: s2476)
        let n2575 = w.count
        w.write("    private static let specgenMembers = " as StaticString)
        w.indent(ind, node: n2575, list: s2476)
        let v2576 = a2.runtime
        w.write(v2576)
        let n2577 = w.count
        w.write(".JSONObjectRule(\n" as StaticString)
        w.indent(ind, node: n2577, list: s2476)
        let n2578 = w.count
        w.write("        typeName: \"" as StaticString)
        w.indent(ind, node: n2578, list: s2476)
        let v2579 = a2.typeNameText
        w.write(v2579)
        let n2580 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n2580, list: s2476)
        let n2581 = w.count
        w.write("        members: [\n" as StaticString)
        w.indent(ind, node: n2581, list: s2476)
        let n2582 = w.count
        w.write("            .init(\"" as StaticString)
        w.indent(ind, node: n2582, list: s2476)
        let v2583 = a2.tagKeyText
        w.write(v2583)
        let n2584 = w.count
        w.write("\", required: true, location: \"" as StaticString)
        w.indent(ind, node: n2584, list: s2476)
        let v2585 = a2.tagLocation
        w.write(v2585)
        let n2586 = w.count
        w.write("\"),\n" as StaticString)
        w.indent(ind, node: n2586, list: s2476)
        let n2587 = w.count
        w.write("        ]\n" as StaticString)
        w.indent(ind, node: n2587, list: s2476)
        let n2588 = w.count
        w.write("    )\n" as StaticString)
        w.indent(ind, node: n2588, list: s2476)
        let n2589 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2589, list: s2476)
        let n2590 = w.count
        w.write("    /// The documented codes.\n" as StaticString)
        w.indent(ind, node: n2590, list: s2476)
        let n2591 = w.count
        w.write("    private static let specgenCodes = " as StaticString)
        w.indent(ind, node: n2591, list: s2476)
        let v2592 = a2.runtime
        w.write(v2592)
        let n2593 = w.count
        w.write(".JSONEnumRule(\n" as StaticString)
        w.indent(ind, node: n2593, list: s2476)
        let n2594 = w.count
        w.write("        typeName: \"" as StaticString)
        w.indent(ind, node: n2594, list: s2476)
        let v2595 = a2.typeNameText
        w.write(v2595)
        let n2596 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n2596, list: s2476)
        let n2597 = w.count
        w.write("        integers: [\n" as StaticString)
        w.indent(ind, node: n2597, list: s2476)
        let n2598 = w.count
        let v2599 = a2.codes
        v2599.withUnsafeBufferPointer { l2601 in
            for i2600 in l2601.indices {
                let s2602 = w.count
                w.write("            " as StaticString)
                w.write(l2601[i2600])
                let n2603 = w.count
                w.write(",\n" as StaticString)
                w.indent(ind, node: n2603, list: s2602)
            }
        }
        w.indent(ind, node: n2598, list: s2476)
        let n2604 = w.count
        w.write("        ],\n" as StaticString)
        w.indent(ind, node: n2604, list: s2476)
        let n2605 = w.count
        w.write("        location: \"" as StaticString)
        w.indent(ind, node: n2605, list: s2476)
        let v2606 = a2.tagLocation
        w.write(v2606)
        let n2607 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n2607, list: s2476)
        let n2608 = w.count
        w.write("    )\n" as StaticString)
        w.indent(ind, node: n2608, list: s2476)
        let n2609 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2609, list: s2476)
        let n2610 = w.count
        w.write("    /// Checks a value that no documented code selects: an object whose `" as StaticString)
        w.indent(ind, node: n2610, list: s2476)
        let v2611 = a2.tagKey
        w.write(v2611)
        let n2612 = w.count
        w.write("` must be a documented code.\n" as StaticString)
        w.indent(ind, node: n2612, list: s2476)
        let n2613 = w.count
        w.write("    private static func specgenValidateUnlisted(\n" as StaticString)
        w.indent(ind, node: n2613, list: s2476)
        let n2614 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2614, list: s2476)
        let v2615 = a2.runtime
        w.write(v2615)
        let n2616 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String\n" as StaticString)
        w.indent(ind, node: n2616, list: s2476)
        let n2617 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2617, list: s2476)
        let v2618 = a2.runtime
        w.write(v2618)
        let n2619 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2619, list: s2476)
        let n2620 = w.count
        w.write("        guard try reader.beginObject(typeName: \"" as StaticString)
        w.indent(ind, node: n2620, list: s2476)
        let v2621 = a2.typeNameText
        w.write(v2621)
        let n2622 = w.count
        w.write("\", nullable: nullable, location: location) else {\n" as StaticString)
        w.indent(ind, node: n2622, list: s2476)
        let n2623 = w.count
        w.write("            return\n" as StaticString)
        w.indent(ind, node: n2623, list: s2476)
        let n2624 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2624, list: s2476)
        let n2625 = w.count
        w.write("        let rule = Self.specgenMembers\n" as StaticString)
        w.indent(ind, node: n2625, list: s2476)
        let n2626 = w.count
        w.write("        var seen = " as StaticString)
        w.indent(ind, node: n2626, list: s2476)
        let v2627 = a2.runtime
        w.write(v2627)
        let n2628 = w.count
        w.write(".JSONKeyBits()\n" as StaticString)
        w.indent(ind, node: n2628, list: s2476)
        let n2629 = w.count
        w.write("        while let member = try reader.nextMember(rule, seen: &seen) {\n" as StaticString)
        w.indent(ind, node: n2629, list: s2476)
        let n2630 = w.count
        w.write("            switch member {\n" as StaticString)
        w.indent(ind, node: n2630, list: s2476)
        let n2631 = w.count
        w.write("            case 0: try reader.checkEnum(Self.specgenCodes, nullable: false, loc" as StaticString)
        w.write("ation: \"" as StaticString)
        w.indent(ind, node: n2631, list: s2476)
        let v2632 = a2.tagLocation
        w.write(v2632)
        let n2633 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2633, list: s2476)
        let n2634 = w.count
        w.write("            default: try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n2634, list: s2476)
        let n2635 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n2635, list: s2476)
        let n2636 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2636, list: s2476)
        let n2637 = w.count
        w.write("        reader.finishObject(rule, seen: seen)\n" as StaticString)
        w.indent(ind, node: n2637, list: s2476)
        let n2638 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2638, list: s2476)
        let n2639 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n2639, list: s2476)
    }

    /// The partial `validator-doc`.
    private static func partial20(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: ValidatorDocViewModel) {
        let s2640 = w.count
        let n2641 = w.count
        w.write("/// Checks a JSON document against the docs' rules for ``" as StaticString)
        w.indent(ind, node: n2641, list: s2640)
        let v2642 = a3.name
        w.write(v2642)
        let n2643 = w.count
        w.write("``.\n" as StaticString)
        w.indent(ind, node: n2643, list: s2640)
        let n2644 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n2644, list: s2640)
        let n2645 = w.count
        w.write("/// Keys the docs do not list are allowed; everything else they say is checked: " as StaticString)
        w.write("required keys, `null`, JSON types, documented values." as StaticString)
        w.indent(ind, node: n2645, list: s2640)
        let v2646 = a3.rulesSource
        if !v2646.isEmpty {
            let s2647 = w.count
            w.write(" The rules come from `" as StaticString)
            w.write(v2646)
            let n2648 = w.count
            w.write("`." as StaticString)
            w.indent(ind, node: n2648, list: s2647)
        }
        let n2649 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2649, list: s2640)
        let n2650 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n2650, list: s2640)
        let n2651 = w.count
        w.write("/// - Parameter json: The document's bytes (UTF-8).\n" as StaticString)
        w.indent(ind, node: n2651, list: s2640)
        let n2652 = w.count
        w.write("/// - Returns: Every place the document departs from the docs, in document order" as StaticString)
        w.write("; empty when it conforms.\n" as StaticString)
        w.indent(ind, node: n2652, list: s2640)
    }

    /// The partial `validator-check`.
    private static func partial21(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: DispatchViewModel, _ a4: CheckViewModel) {
        let s2653 = w.count
        let n2654 = w.count
        let v2655 = a4.isString
        if v2655 {
            let s2656 = w.count
            w.write("try reader.checkString(nullable: " as StaticString)
            let v2657 = a4.isNullable
            w.write(flag: v2657)
            let n2658 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2658, list: s2656)
            let v2659 = a4.usesCallerLocation
            if v2659 {
                w.write("location" as StaticString)
            }
            let n2660 = w.count
            let v2661 = a4.usesCallerLocation
            if !v2661 {
                let s2662 = w.count
                w.write("\"" as StaticString)
                let v2663 = a4.location
                w.write(v2663)
                let n2664 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2664, list: s2662)
            }
            w.indent(ind, node: n2660, list: s2656)
            let n2665 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2665, list: s2656)
        }
        w.indent(ind, node: n2654, list: s2653)
        let n2666 = w.count
        let v2667 = a4.isInteger
        if v2667 {
            let s2668 = w.count
            w.write("try reader.checkInteger(nullable: " as StaticString)
            let v2669 = a4.isNullable
            w.write(flag: v2669)
            let n2670 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2670, list: s2668)
            let v2671 = a4.usesCallerLocation
            if v2671 {
                w.write("location" as StaticString)
            }
            let n2672 = w.count
            let v2673 = a4.usesCallerLocation
            if !v2673 {
                let s2674 = w.count
                w.write("\"" as StaticString)
                let v2675 = a4.location
                w.write(v2675)
                let n2676 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2676, list: s2674)
            }
            w.indent(ind, node: n2672, list: s2668)
            let n2677 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2677, list: s2668)
        }
        w.indent(ind, node: n2666, list: s2653)
        let n2678 = w.count
        let v2679 = a4.isNumber
        if v2679 {
            let s2680 = w.count
            w.write("try reader.checkNumber(nullable: " as StaticString)
            let v2681 = a4.isNullable
            w.write(flag: v2681)
            let n2682 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2682, list: s2680)
            let v2683 = a4.usesCallerLocation
            if v2683 {
                w.write("location" as StaticString)
            }
            let n2684 = w.count
            let v2685 = a4.usesCallerLocation
            if !v2685 {
                let s2686 = w.count
                w.write("\"" as StaticString)
                let v2687 = a4.location
                w.write(v2687)
                let n2688 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2688, list: s2686)
            }
            w.indent(ind, node: n2684, list: s2680)
            let n2689 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2689, list: s2680)
        }
        w.indent(ind, node: n2678, list: s2653)
        let n2690 = w.count
        let v2691 = a4.isBoolean
        if v2691 {
            let s2692 = w.count
            w.write("try reader.checkBoolean(nullable: " as StaticString)
            let v2693 = a4.isNullable
            w.write(flag: v2693)
            let n2694 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2694, list: s2692)
            let v2695 = a4.usesCallerLocation
            if v2695 {
                w.write("location" as StaticString)
            }
            let n2696 = w.count
            let v2697 = a4.usesCallerLocation
            if !v2697 {
                let s2698 = w.count
                w.write("\"" as StaticString)
                let v2699 = a4.location
                w.write(v2699)
                let n2700 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2700, list: s2698)
            }
            w.indent(ind, node: n2696, list: s2692)
            let n2701 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2701, list: s2692)
        }
        w.indent(ind, node: n2690, list: s2653)
        let n2702 = w.count
        let v2703 = a4.isTimestamp
        if v2703 {
            let s2704 = w.count
            w.write("try reader.checkTimestamp(nullable: " as StaticString)
            let v2705 = a4.isNullable
            w.write(flag: v2705)
            let n2706 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2706, list: s2704)
            let v2707 = a4.usesCallerLocation
            if v2707 {
                w.write("location" as StaticString)
            }
            let n2708 = w.count
            let v2709 = a4.usesCallerLocation
            if !v2709 {
                let s2710 = w.count
                w.write("\"" as StaticString)
                let v2711 = a4.location
                w.write(v2711)
                let n2712 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2712, list: s2710)
            }
            w.indent(ind, node: n2708, list: s2704)
            let n2713 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2713, list: s2704)
        }
        w.indent(ind, node: n2702, list: s2653)
        let n2714 = w.count
        let v2715 = a4.isSnowflake
        if v2715 {
            let s2716 = w.count
            w.write("try reader.checkSnowflake(nullable: " as StaticString)
            let v2717 = a4.isNullable
            w.write(flag: v2717)
            let n2718 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2718, list: s2716)
            let v2719 = a4.usesCallerLocation
            if v2719 {
                w.write("location" as StaticString)
            }
            let n2720 = w.count
            let v2721 = a4.usesCallerLocation
            if !v2721 {
                let s2722 = w.count
                w.write("\"" as StaticString)
                let v2723 = a4.location
                w.write(v2723)
                let n2724 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2724, list: s2722)
            }
            w.indent(ind, node: n2720, list: s2716)
            let n2725 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2725, list: s2716)
        }
        w.indent(ind, node: n2714, list: s2653)
        let n2726 = w.count
        let v2727 = a4.isAnyObject
        if v2727 {
            let s2728 = w.count
            w.write("try reader.checkObject(nullable: " as StaticString)
            let v2729 = a4.isNullable
            w.write(flag: v2729)
            let n2730 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2730, list: s2728)
            let v2731 = a4.usesCallerLocation
            if v2731 {
                w.write("location" as StaticString)
            }
            let n2732 = w.count
            let v2733 = a4.usesCallerLocation
            if !v2733 {
                let s2734 = w.count
                w.write("\"" as StaticString)
                let v2735 = a4.location
                w.write(v2735)
                let n2736 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2736, list: s2734)
            }
            w.indent(ind, node: n2732, list: s2728)
            let n2737 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2737, list: s2728)
        }
        w.indent(ind, node: n2726, list: s2653)
        let n2738 = w.count
        let v2739 = a4.isAny
        if v2739 {
            w.write("try reader.skipValue()\n" as StaticString)
        }
        w.indent(ind, node: n2738, list: s2653)
        let n2740 = w.count
        let v2741 = a4.isNull
        if v2741 {
            let s2742 = w.count
            w.write("try reader.checkNull(location: " as StaticString)
            let v2743 = a4.usesCallerLocation
            if v2743 {
                w.write("location" as StaticString)
            }
            let n2744 = w.count
            let v2745 = a4.usesCallerLocation
            if !v2745 {
                let s2746 = w.count
                w.write("\"" as StaticString)
                let v2747 = a4.location
                w.write(v2747)
                let n2748 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2748, list: s2746)
            }
            w.indent(ind, node: n2744, list: s2742)
            let n2749 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2749, list: s2742)
        }
        w.indent(ind, node: n2740, list: s2653)
        let n2750 = w.count
        let v2751 = a4.isConstant
        if v2751 {
            let s2752 = w.count
            w.write("try reader.checkConstant(\"" as StaticString)
            let v2753 = a4.constant
            w.write(v2753)
            let n2754 = w.count
            w.write("\", nullable: " as StaticString)
            w.indent(ind, node: n2754, list: s2752)
            let v2755 = a4.isNullable
            w.write(flag: v2755)
            let n2756 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2756, list: s2752)
            let v2757 = a4.usesCallerLocation
            if v2757 {
                w.write("location" as StaticString)
            }
            let n2758 = w.count
            let v2759 = a4.usesCallerLocation
            if !v2759 {
                let s2760 = w.count
                w.write("\"" as StaticString)
                let v2761 = a4.location
                w.write(v2761)
                let n2762 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2762, list: s2760)
            }
            w.indent(ind, node: n2758, list: s2752)
            let n2763 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2763, list: s2752)
        }
        w.indent(ind, node: n2750, list: s2653)
        let n2764 = w.count
        let v2765 = a4.isNamed
        if v2765 {
            let s2766 = w.count
            w.write("try " as StaticString)
            let v2767 = a4.typeName
            w.write(v2767)
            let n2768 = w.count
            w.write(".specgenValidate(&reader, nullable: " as StaticString)
            w.indent(ind, node: n2768, list: s2766)
            let v2769 = a4.isNullable
            w.write(flag: v2769)
            let n2770 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2770, list: s2766)
            let v2771 = a4.usesCallerLocation
            if v2771 {
                w.write("location" as StaticString)
            }
            let n2772 = w.count
            let v2773 = a4.usesCallerLocation
            if !v2773 {
                let s2774 = w.count
                w.write("\"" as StaticString)
                let v2775 = a4.location
                w.write(v2775)
                let n2776 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2776, list: s2774)
            }
            w.indent(ind, node: n2772, list: s2766)
            let n2777 = w.count
            let v2778 = a4.requirement
            if !v2778.isEmpty {
                w.write(", requiring: Self." as StaticString)
                w.write(v2778)
            }
            w.indent(ind, node: n2777, list: s2766)
            let n2780 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2780, list: s2766)
        }
        w.indent(ind, node: n2764, list: s2653)
        let n2781 = w.count
        let v2782 = a4.isArray
        if v2782 {
            let s2783 = w.count
            w.write("if try reader.beginArray(nullable: " as StaticString)
            let v2784 = a4.isNullable
            w.write(flag: v2784)
            let n2785 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2785, list: s2783)
            let v2786 = a4.usesCallerLocation
            if v2786 {
                w.write("location" as StaticString)
            }
            let n2787 = w.count
            let v2788 = a4.usesCallerLocation
            if !v2788 {
                let s2789 = w.count
                w.write("\"" as StaticString)
                let v2790 = a4.location
                w.write(v2790)
                let n2791 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2791, list: s2789)
            }
            w.indent(ind, node: n2787, list: s2783)
            let n2792 = w.count
            w.write(") {\n" as StaticString)
            w.indent(ind, node: n2792, list: s2783)
            let n2793 = w.count
            w.write("    while try reader.nextElement() {\n" as StaticString)
            w.indent(ind, node: n2793, list: s2783)
            let n2794 = w.count
            let v2795 = a4.element
            v2795.withUnsafeBufferPointer { l2797 in
                for i2796 in l2797.indices {
                    w.write("        " as StaticString)
                    partial21(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, a3, l2797[i2796])
                }
            }
            w.indent(ind, node: n2794, list: s2783)
            let n2799 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n2799, list: s2783)
            let n2800 = w.count
            w.write("}\n" as StaticString)
            w.indent(ind, node: n2800, list: s2783)
        }
        w.indent(ind, node: n2781, list: s2653)
    }

    /// The partial `validator-requirement`.
    private static func partial22(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: RequirementViewModel) {
        let s2801 = w.count
        let n2802 = w.count
        w.write("    /// The keys an event requires of its payload beyond the type's own: " as StaticString)
        w.indent(ind, node: n2802, list: s2801)
        let v2803 = a3.summary
        w.write(v2803)
        let n2804 = w.count
        w.write(".\n" as StaticString)
        w.indent(ind, node: n2804, list: s2801)
        let n2805 = w.count
        w.write("    private static let " as StaticString)
        w.indent(ind, node: n2805, list: s2801)
        let v2806 = a3.name
        w.write(v2806)
        let n2807 = w.count
        w.write(" = " as StaticString)
        w.indent(ind, node: n2807, list: s2801)
        let v2808 = a3.runtime
        w.write(v2808)
        let n2809 = w.count
        w.write(".JSONRequirements([\n" as StaticString)
        w.indent(ind, node: n2809, list: s2801)
        let n2810 = w.count
        let v2811 = a3.entries
        v2811.withUnsafeBufferPointer { l2813 in
            for i2812 in l2813.indices {
                let s2814 = w.count
                w.write("        .init(\"" as StaticString)
                let v2815 = l2813[i2812].key
                w.write(v2815)
                let n2816 = w.count
                w.write("\", location: \"" as StaticString)
                w.indent(ind, node: n2816, list: s2814)
                let v2817 = l2813[i2812].location
                w.write(v2817)
                let n2818 = w.count
                w.write("\"),\n" as StaticString)
                w.indent(ind, node: n2818, list: s2814)
            }
        }
        w.indent(ind, node: n2810, list: s2801)
        let n2819 = w.count
        w.write("    ])\n" as StaticString)
        w.indent(ind, node: n2819, list: s2801)
    }

    /// The partial `validator-walk`.
    private static func partial23(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: WalkViewModel) {
        let s2820 = w.count
        let n2821 = w.count
        w.write("    /// The documented members" as StaticString)
        w.indent(ind, node: n2821, list: s2820)
        let v2822 = a3.summary
        w.write(v2822)
        let n2823 = w.count
        w.write(".\n" as StaticString)
        w.indent(ind, node: n2823, list: s2820)
        let n2824 = w.count
        w.write("    private static let " as StaticString)
        w.indent(ind, node: n2824, list: s2820)
        let v2825 = a3.rulesName
        w.write(v2825)
        let n2826 = w.count
        w.write(" = " as StaticString)
        w.indent(ind, node: n2826, list: s2820)
        let v2827 = a3.runtime
        w.write(v2827)
        let n2828 = w.count
        w.write(".JSONObjectRule(\n" as StaticString)
        w.indent(ind, node: n2828, list: s2820)
        let n2829 = w.count
        w.write("        typeName: \"" as StaticString)
        w.indent(ind, node: n2829, list: s2820)
        let v2830 = a3.typeNameText
        w.write(v2830)
        let n2831 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n2831, list: s2820)
        let n2832 = w.count
        w.write("        members: [\n" as StaticString)
        w.indent(ind, node: n2832, list: s2820)
        let n2833 = w.count
        let v2834 = a3.members
        v2834.withUnsafeBufferPointer { l2836 in
            for i2835 in l2836.indices {
                let s2837 = w.count
                w.write("            .init(\"" as StaticString)
                let v2838 = l2836[i2835].key
                w.write(v2838)
                let n2839 = w.count
                w.write("\", required: " as StaticString)
                w.indent(ind, node: n2839, list: s2837)
                let v2840 = l2836[i2835].isRequired
                w.write(flag: v2840)
                let n2841 = w.count
                w.write(", location: \"" as StaticString)
                w.indent(ind, node: n2841, list: s2837)
                let v2842 = l2836[i2835].location
                w.write(v2842)
                let n2843 = w.count
                w.write("\"),\n" as StaticString)
                w.indent(ind, node: n2843, list: s2837)
            }
        }
        w.indent(ind, node: n2833, list: s2820)
        let n2844 = w.count
        w.write("        ]\n" as StaticString)
        w.indent(ind, node: n2844, list: s2820)
        let n2845 = w.count
        w.write("    )\n" as StaticString)
        w.indent(ind, node: n2845, list: s2820)
        let n2846 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2846, list: s2820)
        let n2847 = w.count
        w.write("    /// Checks the members of the object just opened" as StaticString)
        w.indent(ind, node: n2847, list: s2820)
        let v2848 = a3.summary
        w.write(v2848)
        let n2849 = w.count
        w.write(", then closes it.\n" as StaticString)
        w.indent(ind, node: n2849, list: s2820)
        let n2850 = w.count
        w.write("    private static func " as StaticString)
        w.indent(ind, node: n2850, list: s2820)
        let v2851 = a3.functionName
        w.write(v2851)
        let n2852 = w.count
        w.write("(\n" as StaticString)
        w.indent(ind, node: n2852, list: s2820)
        let n2853 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2853, list: s2820)
        let v2854 = a3.runtime
        w.write(v2854)
        let n2855 = w.count
        w.write(".JSONValidationReader, requiring extra: " as StaticString)
        w.indent(ind, node: n2855, list: s2820)
        let v2856 = a3.runtime
        w.write(v2856)
        let n2857 = w.count
        w.write(".JSONRequirements\n" as StaticString)
        w.indent(ind, node: n2857, list: s2820)
        let n2858 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2858, list: s2820)
        let v2859 = a3.runtime
        w.write(v2859)
        let n2860 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2860, list: s2820)
        let n2861 = w.count
        w.write("        let rule = Self." as StaticString)
        w.indent(ind, node: n2861, list: s2820)
        let v2862 = a3.rulesName
        w.write(v2862)
        let n2863 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2863, list: s2820)
        let n2864 = w.count
        w.write("        var seen = " as StaticString)
        w.indent(ind, node: n2864, list: s2820)
        let v2865 = a3.runtime
        w.write(v2865)
        let n2866 = w.count
        w.write(".JSONKeyBits()\n" as StaticString)
        w.indent(ind, node: n2866, list: s2820)
        let n2867 = w.count
        w.write("        while let member = try reader.nextMember(rule, seen: &seen) {\n" as StaticString)
        w.indent(ind, node: n2867, list: s2820)
        let n2868 = w.count
        w.write("            switch member {\n" as StaticString)
        w.indent(ind, node: n2868, list: s2820)
        let n2869 = w.count
        let v2870 = a3.cases
        v2870.withUnsafeBufferPointer { l2872 in
            for i2871 in l2872.indices {
                let s2873 = w.count
                w.write("            case " as StaticString)
                let v2874 = String(l2872[i2871].index)
                w.write(v2874)
                let n2875 = w.count
                w.write(":\n" as StaticString)
                w.indent(ind, node: n2875, list: s2873)
                let n2876 = w.count
                let v2877 = k.memberCaseViewModel_hasSeveralChecks(l2872[i2871])
                if v2877 {
                    w.write("                let start = reader.valueOffset()\n" as StaticString)
                }
                w.indent(ind, node: n2876, list: s2873)
                let n2878 = w.count
                let v2879 = l2872[i2871].checks
                v2879.withUnsafeBufferPointer { l2881 in
                    for i2880 in l2881.indices {
                        let s2882 = w.count
                        let v2883 = i2880 == 0
                        if !v2883 {
                            w.write("                reader.rewind(to: start)\n" as StaticString)
                        }
                        let n2884 = w.count
                        w.write("                " as StaticString)
                        w.indent(ind, node: n2884, list: s2882)
                        partial28(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, a3, l2872[i2871], l2881[i2880])
                    }
                }
                w.indent(ind, node: n2878, list: s2873)
            }
        }
        w.indent(ind, node: n2869, list: s2820)
        let n2885 = w.count
        w.write("            default:\n" as StaticString)
        w.indent(ind, node: n2885, list: s2820)
        let n2886 = w.count
        w.write("                try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n2886, list: s2820)
        let n2887 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n2887, list: s2820)
        let n2888 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2888, list: s2820)
        let n2889 = w.count
        w.write("        reader.finishObject(rule, seen: seen, requiring: extra)\n" as StaticString)
        w.indent(ind, node: n2889, list: s2820)
        let n2890 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2890, list: s2820)
    }

    /// The partial `validator-doc`.
    private static func partial24(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: EnumValidatorViewModel, _ a3: ValidatorDocViewModel) {
        let s2891 = w.count
        let n2892 = w.count
        w.write("/// Checks a JSON document against the docs' rules for ``" as StaticString)
        w.indent(ind, node: n2892, list: s2891)
        let v2893 = a3.name
        w.write(v2893)
        let n2894 = w.count
        w.write("``.\n" as StaticString)
        w.indent(ind, node: n2894, list: s2891)
        let n2895 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n2895, list: s2891)
        let n2896 = w.count
        w.write("/// Keys the docs do not list are allowed; everything else they say is checked: " as StaticString)
        w.write("required keys, `null`, JSON types, documented values." as StaticString)
        w.indent(ind, node: n2896, list: s2891)
        let v2897 = a3.rulesSource
        if !v2897.isEmpty {
            let s2898 = w.count
            w.write(" The rules come from `" as StaticString)
            w.write(v2897)
            let n2899 = w.count
            w.write("`." as StaticString)
            w.indent(ind, node: n2899, list: s2898)
        }
        let n2900 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2900, list: s2891)
        let n2901 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n2901, list: s2891)
        let n2902 = w.count
        w.write("/// - Parameter json: The document's bytes (UTF-8).\n" as StaticString)
        w.indent(ind, node: n2902, list: s2891)
        let n2903 = w.count
        w.write("/// - Returns: Every place the document departs from the docs, in document order" as StaticString)
        w.write("; empty when it conforms.\n" as StaticString)
        w.indent(ind, node: n2903, list: s2891)
    }

    /// The partial `validator-doc`.
    private static func partial25(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: UnionValidatorViewModel, _ a3: ValidatorDocViewModel) {
        let s2904 = w.count
        let n2905 = w.count
        w.write("/// Checks a JSON document against the docs' rules for ``" as StaticString)
        w.indent(ind, node: n2905, list: s2904)
        let v2906 = a3.name
        w.write(v2906)
        let n2907 = w.count
        w.write("``.\n" as StaticString)
        w.indent(ind, node: n2907, list: s2904)
        let n2908 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n2908, list: s2904)
        let n2909 = w.count
        w.write("/// Keys the docs do not list are allowed; everything else they say is checked: " as StaticString)
        w.write("required keys, `null`, JSON types, documented values." as StaticString)
        w.indent(ind, node: n2909, list: s2904)
        let v2910 = a3.rulesSource
        if !v2910.isEmpty {
            let s2911 = w.count
            w.write(" The rules come from `" as StaticString)
            w.write(v2910)
            let n2912 = w.count
            w.write("`." as StaticString)
            w.indent(ind, node: n2912, list: s2911)
        }
        let n2913 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2913, list: s2904)
        let n2914 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n2914, list: s2904)
        let n2915 = w.count
        w.write("/// - Parameter json: The document's bytes (UTF-8).\n" as StaticString)
        w.indent(ind, node: n2915, list: s2904)
        let n2916 = w.count
        w.write("/// - Returns: Every place the document departs from the docs, in document order" as StaticString)
        w.write("; empty when it conforms.\n" as StaticString)
        w.indent(ind, node: n2916, list: s2904)
    }

    /// The partial `validator-check`.
    private static func partial26(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: UnionValidatorViewModel, _ a3: MemberCaseViewModel, _ a4: CheckViewModel) {
        let s2917 = w.count
        let n2918 = w.count
        let v2919 = a4.isString
        if v2919 {
            let s2920 = w.count
            w.write("try reader.checkString(nullable: " as StaticString)
            let v2921 = a4.isNullable
            w.write(flag: v2921)
            let n2922 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2922, list: s2920)
            let v2923 = a4.usesCallerLocation
            if v2923 {
                w.write("location" as StaticString)
            }
            let n2924 = w.count
            let v2925 = a4.usesCallerLocation
            if !v2925 {
                let s2926 = w.count
                w.write("\"" as StaticString)
                let v2927 = a4.location
                w.write(v2927)
                let n2928 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2928, list: s2926)
            }
            w.indent(ind, node: n2924, list: s2920)
            let n2929 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2929, list: s2920)
        }
        w.indent(ind, node: n2918, list: s2917)
        let n2930 = w.count
        let v2931 = a4.isInteger
        if v2931 {
            let s2932 = w.count
            w.write("try reader.checkInteger(nullable: " as StaticString)
            let v2933 = a4.isNullable
            w.write(flag: v2933)
            let n2934 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2934, list: s2932)
            let v2935 = a4.usesCallerLocation
            if v2935 {
                w.write("location" as StaticString)
            }
            let n2936 = w.count
            let v2937 = a4.usesCallerLocation
            if !v2937 {
                let s2938 = w.count
                w.write("\"" as StaticString)
                let v2939 = a4.location
                w.write(v2939)
                let n2940 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2940, list: s2938)
            }
            w.indent(ind, node: n2936, list: s2932)
            let n2941 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2941, list: s2932)
        }
        w.indent(ind, node: n2930, list: s2917)
        let n2942 = w.count
        let v2943 = a4.isNumber
        if v2943 {
            let s2944 = w.count
            w.write("try reader.checkNumber(nullable: " as StaticString)
            let v2945 = a4.isNullable
            w.write(flag: v2945)
            let n2946 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2946, list: s2944)
            let v2947 = a4.usesCallerLocation
            if v2947 {
                w.write("location" as StaticString)
            }
            let n2948 = w.count
            let v2949 = a4.usesCallerLocation
            if !v2949 {
                let s2950 = w.count
                w.write("\"" as StaticString)
                let v2951 = a4.location
                w.write(v2951)
                let n2952 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2952, list: s2950)
            }
            w.indent(ind, node: n2948, list: s2944)
            let n2953 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2953, list: s2944)
        }
        w.indent(ind, node: n2942, list: s2917)
        let n2954 = w.count
        let v2955 = a4.isBoolean
        if v2955 {
            let s2956 = w.count
            w.write("try reader.checkBoolean(nullable: " as StaticString)
            let v2957 = a4.isNullable
            w.write(flag: v2957)
            let n2958 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2958, list: s2956)
            let v2959 = a4.usesCallerLocation
            if v2959 {
                w.write("location" as StaticString)
            }
            let n2960 = w.count
            let v2961 = a4.usesCallerLocation
            if !v2961 {
                let s2962 = w.count
                w.write("\"" as StaticString)
                let v2963 = a4.location
                w.write(v2963)
                let n2964 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2964, list: s2962)
            }
            w.indent(ind, node: n2960, list: s2956)
            let n2965 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2965, list: s2956)
        }
        w.indent(ind, node: n2954, list: s2917)
        let n2966 = w.count
        let v2967 = a4.isTimestamp
        if v2967 {
            let s2968 = w.count
            w.write("try reader.checkTimestamp(nullable: " as StaticString)
            let v2969 = a4.isNullable
            w.write(flag: v2969)
            let n2970 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2970, list: s2968)
            let v2971 = a4.usesCallerLocation
            if v2971 {
                w.write("location" as StaticString)
            }
            let n2972 = w.count
            let v2973 = a4.usesCallerLocation
            if !v2973 {
                let s2974 = w.count
                w.write("\"" as StaticString)
                let v2975 = a4.location
                w.write(v2975)
                let n2976 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2976, list: s2974)
            }
            w.indent(ind, node: n2972, list: s2968)
            let n2977 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2977, list: s2968)
        }
        w.indent(ind, node: n2966, list: s2917)
        let n2978 = w.count
        let v2979 = a4.isSnowflake
        if v2979 {
            let s2980 = w.count
            w.write("try reader.checkSnowflake(nullable: " as StaticString)
            let v2981 = a4.isNullable
            w.write(flag: v2981)
            let n2982 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2982, list: s2980)
            let v2983 = a4.usesCallerLocation
            if v2983 {
                w.write("location" as StaticString)
            }
            let n2984 = w.count
            let v2985 = a4.usesCallerLocation
            if !v2985 {
                let s2986 = w.count
                w.write("\"" as StaticString)
                let v2987 = a4.location
                w.write(v2987)
                let n2988 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2988, list: s2986)
            }
            w.indent(ind, node: n2984, list: s2980)
            let n2989 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2989, list: s2980)
        }
        w.indent(ind, node: n2978, list: s2917)
        let n2990 = w.count
        let v2991 = a4.isAnyObject
        if v2991 {
            let s2992 = w.count
            w.write("try reader.checkObject(nullable: " as StaticString)
            let v2993 = a4.isNullable
            w.write(flag: v2993)
            let n2994 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2994, list: s2992)
            let v2995 = a4.usesCallerLocation
            if v2995 {
                w.write("location" as StaticString)
            }
            let n2996 = w.count
            let v2997 = a4.usesCallerLocation
            if !v2997 {
                let s2998 = w.count
                w.write("\"" as StaticString)
                let v2999 = a4.location
                w.write(v2999)
                let n3000 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3000, list: s2998)
            }
            w.indent(ind, node: n2996, list: s2992)
            let n3001 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3001, list: s2992)
        }
        w.indent(ind, node: n2990, list: s2917)
        let n3002 = w.count
        let v3003 = a4.isAny
        if v3003 {
            w.write("try reader.skipValue()\n" as StaticString)
        }
        w.indent(ind, node: n3002, list: s2917)
        let n3004 = w.count
        let v3005 = a4.isNull
        if v3005 {
            let s3006 = w.count
            w.write("try reader.checkNull(location: " as StaticString)
            let v3007 = a4.usesCallerLocation
            if v3007 {
                w.write("location" as StaticString)
            }
            let n3008 = w.count
            let v3009 = a4.usesCallerLocation
            if !v3009 {
                let s3010 = w.count
                w.write("\"" as StaticString)
                let v3011 = a4.location
                w.write(v3011)
                let n3012 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3012, list: s3010)
            }
            w.indent(ind, node: n3008, list: s3006)
            let n3013 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3013, list: s3006)
        }
        w.indent(ind, node: n3004, list: s2917)
        let n3014 = w.count
        let v3015 = a4.isConstant
        if v3015 {
            let s3016 = w.count
            w.write("try reader.checkConstant(\"" as StaticString)
            let v3017 = a4.constant
            w.write(v3017)
            let n3018 = w.count
            w.write("\", nullable: " as StaticString)
            w.indent(ind, node: n3018, list: s3016)
            let v3019 = a4.isNullable
            w.write(flag: v3019)
            let n3020 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3020, list: s3016)
            let v3021 = a4.usesCallerLocation
            if v3021 {
                w.write("location" as StaticString)
            }
            let n3022 = w.count
            let v3023 = a4.usesCallerLocation
            if !v3023 {
                let s3024 = w.count
                w.write("\"" as StaticString)
                let v3025 = a4.location
                w.write(v3025)
                let n3026 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3026, list: s3024)
            }
            w.indent(ind, node: n3022, list: s3016)
            let n3027 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3027, list: s3016)
        }
        w.indent(ind, node: n3014, list: s2917)
        let n3028 = w.count
        let v3029 = a4.isNamed
        if v3029 {
            let s3030 = w.count
            w.write("try " as StaticString)
            let v3031 = a4.typeName
            w.write(v3031)
            let n3032 = w.count
            w.write(".specgenValidate(&reader, nullable: " as StaticString)
            w.indent(ind, node: n3032, list: s3030)
            let v3033 = a4.isNullable
            w.write(flag: v3033)
            let n3034 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3034, list: s3030)
            let v3035 = a4.usesCallerLocation
            if v3035 {
                w.write("location" as StaticString)
            }
            let n3036 = w.count
            let v3037 = a4.usesCallerLocation
            if !v3037 {
                let s3038 = w.count
                w.write("\"" as StaticString)
                let v3039 = a4.location
                w.write(v3039)
                let n3040 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3040, list: s3038)
            }
            w.indent(ind, node: n3036, list: s3030)
            let n3041 = w.count
            let v3042 = a4.requirement
            if !v3042.isEmpty {
                w.write(", requiring: Self." as StaticString)
                w.write(v3042)
            }
            w.indent(ind, node: n3041, list: s3030)
            let n3044 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3044, list: s3030)
        }
        w.indent(ind, node: n3028, list: s2917)
        let n3045 = w.count
        let v3046 = a4.isArray
        if v3046 {
            let s3047 = w.count
            w.write("if try reader.beginArray(nullable: " as StaticString)
            let v3048 = a4.isNullable
            w.write(flag: v3048)
            let n3049 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3049, list: s3047)
            let v3050 = a4.usesCallerLocation
            if v3050 {
                w.write("location" as StaticString)
            }
            let n3051 = w.count
            let v3052 = a4.usesCallerLocation
            if !v3052 {
                let s3053 = w.count
                w.write("\"" as StaticString)
                let v3054 = a4.location
                w.write(v3054)
                let n3055 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3055, list: s3053)
            }
            w.indent(ind, node: n3051, list: s3047)
            let n3056 = w.count
            w.write(") {\n" as StaticString)
            w.indent(ind, node: n3056, list: s3047)
            let n3057 = w.count
            w.write("    while try reader.nextElement() {\n" as StaticString)
            w.indent(ind, node: n3057, list: s3047)
            let n3058 = w.count
            let v3059 = a4.element
            v3059.withUnsafeBufferPointer { l3061 in
                for i3060 in l3061.indices {
                    w.write("        " as StaticString)
                    partial26(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, a3, l3061[i3060])
                }
            }
            w.indent(ind, node: n3058, list: s3047)
            let n3063 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n3063, list: s3047)
            let n3064 = w.count
            w.write("}\n" as StaticString)
            w.indent(ind, node: n3064, list: s3047)
        }
        w.indent(ind, node: n3045, list: s2917)
    }

    /// The partial `validator-doc`.
    private static func partial27(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: TaggedUnionValidatorViewModel, _ a3: ValidatorDocViewModel) {
        let s3065 = w.count
        let n3066 = w.count
        w.write("/// Checks a JSON document against the docs' rules for ``" as StaticString)
        w.indent(ind, node: n3066, list: s3065)
        let v3067 = a3.name
        w.write(v3067)
        let n3068 = w.count
        w.write("``.\n" as StaticString)
        w.indent(ind, node: n3068, list: s3065)
        let n3069 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n3069, list: s3065)
        let n3070 = w.count
        w.write("/// Keys the docs do not list are allowed; everything else they say is checked: " as StaticString)
        w.write("required keys, `null`, JSON types, documented values." as StaticString)
        w.indent(ind, node: n3070, list: s3065)
        let v3071 = a3.rulesSource
        if !v3071.isEmpty {
            let s3072 = w.count
            w.write(" The rules come from `" as StaticString)
            w.write(v3071)
            let n3073 = w.count
            w.write("`." as StaticString)
            w.indent(ind, node: n3073, list: s3072)
        }
        let n3074 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3074, list: s3065)
        let n3075 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n3075, list: s3065)
        let n3076 = w.count
        w.write("/// - Parameter json: The document's bytes (UTF-8).\n" as StaticString)
        w.indent(ind, node: n3076, list: s3065)
        let n3077 = w.count
        w.write("/// - Returns: Every place the document departs from the docs, in document order" as StaticString)
        w.write("; empty when it conforms.\n" as StaticString)
        w.indent(ind, node: n3077, list: s3065)
    }

    /// The partial `validator-check`.
    private static func partial28(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: WalkViewModel, _ a4: MemberCaseViewModel, _ a5: CheckViewModel) {
        let s3078 = w.count
        let n3079 = w.count
        let v3080 = a5.isString
        if v3080 {
            let s3081 = w.count
            w.write("try reader.checkString(nullable: " as StaticString)
            let v3082 = a5.isNullable
            w.write(flag: v3082)
            let n3083 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3083, list: s3081)
            let v3084 = a5.usesCallerLocation
            if v3084 {
                w.write("location" as StaticString)
            }
            let n3085 = w.count
            let v3086 = a5.usesCallerLocation
            if !v3086 {
                let s3087 = w.count
                w.write("\"" as StaticString)
                let v3088 = a5.location
                w.write(v3088)
                let n3089 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3089, list: s3087)
            }
            w.indent(ind, node: n3085, list: s3081)
            let n3090 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3090, list: s3081)
        }
        w.indent(ind, node: n3079, list: s3078)
        let n3091 = w.count
        let v3092 = a5.isInteger
        if v3092 {
            let s3093 = w.count
            w.write("try reader.checkInteger(nullable: " as StaticString)
            let v3094 = a5.isNullable
            w.write(flag: v3094)
            let n3095 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3095, list: s3093)
            let v3096 = a5.usesCallerLocation
            if v3096 {
                w.write("location" as StaticString)
            }
            let n3097 = w.count
            let v3098 = a5.usesCallerLocation
            if !v3098 {
                let s3099 = w.count
                w.write("\"" as StaticString)
                let v3100 = a5.location
                w.write(v3100)
                let n3101 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3101, list: s3099)
            }
            w.indent(ind, node: n3097, list: s3093)
            let n3102 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3102, list: s3093)
        }
        w.indent(ind, node: n3091, list: s3078)
        let n3103 = w.count
        let v3104 = a5.isNumber
        if v3104 {
            let s3105 = w.count
            w.write("try reader.checkNumber(nullable: " as StaticString)
            let v3106 = a5.isNullable
            w.write(flag: v3106)
            let n3107 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3107, list: s3105)
            let v3108 = a5.usesCallerLocation
            if v3108 {
                w.write("location" as StaticString)
            }
            let n3109 = w.count
            let v3110 = a5.usesCallerLocation
            if !v3110 {
                let s3111 = w.count
                w.write("\"" as StaticString)
                let v3112 = a5.location
                w.write(v3112)
                let n3113 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3113, list: s3111)
            }
            w.indent(ind, node: n3109, list: s3105)
            let n3114 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3114, list: s3105)
        }
        w.indent(ind, node: n3103, list: s3078)
        let n3115 = w.count
        let v3116 = a5.isBoolean
        if v3116 {
            let s3117 = w.count
            w.write("try reader.checkBoolean(nullable: " as StaticString)
            let v3118 = a5.isNullable
            w.write(flag: v3118)
            let n3119 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3119, list: s3117)
            let v3120 = a5.usesCallerLocation
            if v3120 {
                w.write("location" as StaticString)
            }
            let n3121 = w.count
            let v3122 = a5.usesCallerLocation
            if !v3122 {
                let s3123 = w.count
                w.write("\"" as StaticString)
                let v3124 = a5.location
                w.write(v3124)
                let n3125 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3125, list: s3123)
            }
            w.indent(ind, node: n3121, list: s3117)
            let n3126 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3126, list: s3117)
        }
        w.indent(ind, node: n3115, list: s3078)
        let n3127 = w.count
        let v3128 = a5.isTimestamp
        if v3128 {
            let s3129 = w.count
            w.write("try reader.checkTimestamp(nullable: " as StaticString)
            let v3130 = a5.isNullable
            w.write(flag: v3130)
            let n3131 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3131, list: s3129)
            let v3132 = a5.usesCallerLocation
            if v3132 {
                w.write("location" as StaticString)
            }
            let n3133 = w.count
            let v3134 = a5.usesCallerLocation
            if !v3134 {
                let s3135 = w.count
                w.write("\"" as StaticString)
                let v3136 = a5.location
                w.write(v3136)
                let n3137 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3137, list: s3135)
            }
            w.indent(ind, node: n3133, list: s3129)
            let n3138 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3138, list: s3129)
        }
        w.indent(ind, node: n3127, list: s3078)
        let n3139 = w.count
        let v3140 = a5.isSnowflake
        if v3140 {
            let s3141 = w.count
            w.write("try reader.checkSnowflake(nullable: " as StaticString)
            let v3142 = a5.isNullable
            w.write(flag: v3142)
            let n3143 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3143, list: s3141)
            let v3144 = a5.usesCallerLocation
            if v3144 {
                w.write("location" as StaticString)
            }
            let n3145 = w.count
            let v3146 = a5.usesCallerLocation
            if !v3146 {
                let s3147 = w.count
                w.write("\"" as StaticString)
                let v3148 = a5.location
                w.write(v3148)
                let n3149 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3149, list: s3147)
            }
            w.indent(ind, node: n3145, list: s3141)
            let n3150 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3150, list: s3141)
        }
        w.indent(ind, node: n3139, list: s3078)
        let n3151 = w.count
        let v3152 = a5.isAnyObject
        if v3152 {
            let s3153 = w.count
            w.write("try reader.checkObject(nullable: " as StaticString)
            let v3154 = a5.isNullable
            w.write(flag: v3154)
            let n3155 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3155, list: s3153)
            let v3156 = a5.usesCallerLocation
            if v3156 {
                w.write("location" as StaticString)
            }
            let n3157 = w.count
            let v3158 = a5.usesCallerLocation
            if !v3158 {
                let s3159 = w.count
                w.write("\"" as StaticString)
                let v3160 = a5.location
                w.write(v3160)
                let n3161 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3161, list: s3159)
            }
            w.indent(ind, node: n3157, list: s3153)
            let n3162 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3162, list: s3153)
        }
        w.indent(ind, node: n3151, list: s3078)
        let n3163 = w.count
        let v3164 = a5.isAny
        if v3164 {
            w.write("try reader.skipValue()\n" as StaticString)
        }
        w.indent(ind, node: n3163, list: s3078)
        let n3165 = w.count
        let v3166 = a5.isNull
        if v3166 {
            let s3167 = w.count
            w.write("try reader.checkNull(location: " as StaticString)
            let v3168 = a5.usesCallerLocation
            if v3168 {
                w.write("location" as StaticString)
            }
            let n3169 = w.count
            let v3170 = a5.usesCallerLocation
            if !v3170 {
                let s3171 = w.count
                w.write("\"" as StaticString)
                let v3172 = a5.location
                w.write(v3172)
                let n3173 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3173, list: s3171)
            }
            w.indent(ind, node: n3169, list: s3167)
            let n3174 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3174, list: s3167)
        }
        w.indent(ind, node: n3165, list: s3078)
        let n3175 = w.count
        let v3176 = a5.isConstant
        if v3176 {
            let s3177 = w.count
            w.write("try reader.checkConstant(\"" as StaticString)
            let v3178 = a5.constant
            w.write(v3178)
            let n3179 = w.count
            w.write("\", nullable: " as StaticString)
            w.indent(ind, node: n3179, list: s3177)
            let v3180 = a5.isNullable
            w.write(flag: v3180)
            let n3181 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3181, list: s3177)
            let v3182 = a5.usesCallerLocation
            if v3182 {
                w.write("location" as StaticString)
            }
            let n3183 = w.count
            let v3184 = a5.usesCallerLocation
            if !v3184 {
                let s3185 = w.count
                w.write("\"" as StaticString)
                let v3186 = a5.location
                w.write(v3186)
                let n3187 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3187, list: s3185)
            }
            w.indent(ind, node: n3183, list: s3177)
            let n3188 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3188, list: s3177)
        }
        w.indent(ind, node: n3175, list: s3078)
        let n3189 = w.count
        let v3190 = a5.isNamed
        if v3190 {
            let s3191 = w.count
            w.write("try " as StaticString)
            let v3192 = a5.typeName
            w.write(v3192)
            let n3193 = w.count
            w.write(".specgenValidate(&reader, nullable: " as StaticString)
            w.indent(ind, node: n3193, list: s3191)
            let v3194 = a5.isNullable
            w.write(flag: v3194)
            let n3195 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3195, list: s3191)
            let v3196 = a5.usesCallerLocation
            if v3196 {
                w.write("location" as StaticString)
            }
            let n3197 = w.count
            let v3198 = a5.usesCallerLocation
            if !v3198 {
                let s3199 = w.count
                w.write("\"" as StaticString)
                let v3200 = a5.location
                w.write(v3200)
                let n3201 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3201, list: s3199)
            }
            w.indent(ind, node: n3197, list: s3191)
            let n3202 = w.count
            let v3203 = a5.requirement
            if !v3203.isEmpty {
                w.write(", requiring: Self." as StaticString)
                w.write(v3203)
            }
            w.indent(ind, node: n3202, list: s3191)
            let n3205 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3205, list: s3191)
        }
        w.indent(ind, node: n3189, list: s3078)
        let n3206 = w.count
        let v3207 = a5.isArray
        if v3207 {
            let s3208 = w.count
            w.write("if try reader.beginArray(nullable: " as StaticString)
            let v3209 = a5.isNullable
            w.write(flag: v3209)
            let n3210 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3210, list: s3208)
            let v3211 = a5.usesCallerLocation
            if v3211 {
                w.write("location" as StaticString)
            }
            let n3212 = w.count
            let v3213 = a5.usesCallerLocation
            if !v3213 {
                let s3214 = w.count
                w.write("\"" as StaticString)
                let v3215 = a5.location
                w.write(v3215)
                let n3216 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3216, list: s3214)
            }
            w.indent(ind, node: n3212, list: s3208)
            let n3217 = w.count
            w.write(") {\n" as StaticString)
            w.indent(ind, node: n3217, list: s3208)
            let n3218 = w.count
            w.write("    while try reader.nextElement() {\n" as StaticString)
            w.indent(ind, node: n3218, list: s3208)
            let n3219 = w.count
            let v3220 = a5.element
            v3220.withUnsafeBufferPointer { l3222 in
                for i3221 in l3222.indices {
                    w.write("        " as StaticString)
                    partial28(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, a3, a4, l3222[i3221])
                }
            }
            w.indent(ind, node: n3219, list: s3208)
            let n3224 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n3224, list: s3208)
            let n3225 = w.count
            w.write("}\n" as StaticString)
            w.indent(ind, node: n3225, list: s3208)
        }
        w.indent(ind, node: n3206, list: s3078)
    }
}
