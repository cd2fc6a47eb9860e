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
                    w.write(number: l437[i436].index)
                    let n441 = w.count
                    w.write(": " as StaticString)
                    w.indent(ind, node: n441, list: s440)
                    let v442 = l437[i436].baseType
                    w.write(v442)
                    let n443 = w.count
                    w.write("? = nil\n" as StaticString)
                    w.indent(ind, node: n443, list: s440)
                    let n444 = w.count
                    let v445 = l437[i436].isOptional
                    if v445 {
                        let s446 = w.count
                        w.write("        var s" as StaticString)
                        w.write(number: l437[i436].index)
                        let n447 = w.count
                        w.write(" = false\n" as StaticString)
                        w.indent(ind, node: n447, list: s446)
                    }
                    w.indent(ind, node: n444, list: s440)
                }
                let n448 = w.count
                let v449 = l437[i436].isFastDecodable
                if !v449 {
                    let s450 = w.count
                    w.write("        let v" as StaticString)
                    w.write(number: l437[i436].index)
                    let n451 = w.count
                    w.write(": " as StaticString)
                    w.indent(ind, node: n451, list: s450)
                    let v452 = l437[i436].baseType
                    w.write(v452)
                    let n453 = w.count
                    w.write("? = nil\n" as StaticString)
                    w.indent(ind, node: n453, list: s450)
                }
                w.indent(ind, node: n448, list: s438)
            }
        }
        w.indent(ind, node: n434, list: s392)
        let n454 = w.count
        w.write("        var object = try reader.beginObject()\n" as StaticString)
        w.indent(ind, node: n454, list: s392)
        let n455 = w.count
        let v456 = k.objectViewModel_hasProperties(a2)
        if v456 {
            let s457 = w.count
            w.write("        while let key = try reader.nextKey(&object, " as StaticString)
            let v458 = a2.qualifiedName
            w.write(v458)
            let n459 = w.count
            w.write("._specgenJSONKeys) {\n" as StaticString)
            w.indent(ind, node: n459, list: s457)
            let n460 = w.count
            w.write("            switch key {\n" as StaticString)
            w.indent(ind, node: n460, list: s457)
            let n461 = w.count
            let v462 = a2.properties
            v462.withUnsafeBufferPointer { l464 in
                for i463 in l464.indices {
                    w.write("            " as StaticString)
                    partial14(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, l464[i463])
                }
            }
            w.indent(ind, node: n461, list: s457)
            let n466 = w.count
            w.write("            default: try reader.skipValue()\n" as StaticString)
            w.indent(ind, node: n466, list: s457)
            let n467 = w.count
            w.write("            }\n" as StaticString)
            w.indent(ind, node: n467, list: s457)
            let n468 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n468, list: s457)
        }
        w.indent(ind, node: n455, list: s392)
        let n469 = w.count
        let v470 = k.objectViewModel_hasProperties(a2)
        if !v470 {
            let s471 = w.count
            w.write("        while try reader.nextKeyString(&object) != nil {\n" as StaticString)
            let n472 = w.count
            w.write("            try reader.skipValue()\n" as StaticString)
            w.indent(ind, node: n472, list: s471)
            let n473 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n473, list: s471)
        }
        w.indent(ind, node: n469, list: s392)
        let n474 = w.count
        let v475 = a2.properties
        v475.withUnsafeBufferPointer { l477 in
            for i476 in l477.indices {
                w.write("    " as StaticString)
                partial15(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, l477[i476])
            }
        }
        w.indent(ind, node: n474, list: s392)
        let n479 = w.count
        if let v480 = a2.variant {
            let s481 = w.count
            w.write("        switch self." as StaticString)
            let v482 = v480.discriminatorName
            w.write(v482)
            let n483 = w.count
            w.write(" {\n" as StaticString)
            w.indent(ind, node: n483, list: s481)
            let n484 = w.count
            let v485 = v480.cases
            v485.withUnsafeBufferPointer { l487 in
                for i486 in l487.indices {
                    let s488 = w.count
                    w.write("        case ." as StaticString)
                    let v489 = l487[i486].caseName
                    w.write(v489)
                    let n490 = w.count
                    w.write(":\n" as StaticString)
                    w.indent(ind, node: n490, list: s488)
                    let n491 = w.count
                    w.write("            var fields = start\n" as StaticString)
                    w.indent(ind, node: n491, list: s488)
                    let n492 = w.count
                    w.write("            self." as StaticString)
                    w.indent(ind, node: n492, list: s488)
                    let v493 = v480.propertyName
                    w.write(v493)
                    let n494 = w.count
                    w.write(" = ." as StaticString)
                    w.indent(ind, node: n494, list: s488)
                    let v495 = l487[i486].caseName
                    w.write(v495)
                    let n496 = w.count
                    w.write("(try " as StaticString)
                    w.indent(ind, node: n496, list: s488)
                    let v497 = l487[i486].typeName
                    w.write(v497)
                    let n498 = w.count
                    w.write("(jsonReader: &fields))\n" as StaticString)
                    w.indent(ind, node: n498, list: s488)
                }
            }
            w.indent(ind, node: n484, list: s481)
            let n499 = w.count
            w.write("        default: self." as StaticString)
            w.indent(ind, node: n499, list: s481)
            let v500 = v480.propertyName
            w.write(v500)
            let n501 = w.count
            w.write(" = ." as StaticString)
            w.indent(ind, node: n501, list: s481)
            let v502 = v480.otherCaseName
            w.write(v502)
            let n503 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n503, list: s481)
            let n504 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n504, list: s481)
        }
        w.indent(ind, node: n479, list: s392)
        let n505 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n505, list: s392)
        let n506 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n506, list: s392)
    }

    /// The partial `enum`.
    private static func partial2(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: EnumViewModel) {
        let s507 = w.count
        let n508 = w.count
        let v509 = a2.docLines
        v509.withUnsafeBufferPointer { l511 in
            for i510 in l511.indices {
                let s512 = w.count
                w.write("/// " as StaticString)
                w.write(l511[i510])
                let n513 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n513, list: s512)
            }
        }
        w.indent(ind, node: n508, list: s507)
        let n514 = w.count
        let v515 = a2.access
        w.write(v515)
        w.indent(ind, node: n514, list: s507)
        let n516 = w.count
        w.write(" enum " as StaticString)
        w.indent(ind, node: n516, list: s507)
        let v517 = a2.name
        w.write(v517)
        let n518 = w.count
        w.write(": Swift.RawRepresentable, Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n518, list: s507)
        let n519 = w.count
        let v520 = a2.cases
        v520.withUnsafeBufferPointer { l522 in
            for i521 in l522.indices {
                let s523 = w.count
                let v524 = l522[i521].summaryLines
                v524.withUnsafeBufferPointer { l526 in
                    for i525 in l526.indices {
                        let s527 = w.count
                        w.write("    /// " as StaticString)
                        w.write(l526[i525])
                        let n528 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n528, list: s527)
                    }
                }
                let n529 = w.count
                let v530 = k.enumCaseViewModel_hasSummary(l522[i521])
                if v530 {
                    w.write("    ///\n" as StaticString)
                }
                w.indent(ind, node: n529, list: s523)
                let n531 = w.count
                w.write("    /// `" as StaticString)
                w.indent(ind, node: n531, list: s523)
                let v532 = l522[i521].value
                w.write(v532)
                let n533 = w.count
                w.write("`\n" as StaticString)
                w.indent(ind, node: n533, list: s523)
                let n534 = w.count
                w.write("    case " as StaticString)
                w.indent(ind, node: n534, list: s523)
                let v535 = l522[i521].name
                w.write(v535)
                let n536 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n536, list: s523)
            }
        }
        w.indent(ind, node: n519, list: s507)
        let n537 = w.count
        w.write("    /// A value the docs do not list, kept as received.\n" as StaticString)
        w.indent(ind, node: n537, list: s507)
        let n538 = w.count
        w.write("    case " as StaticString)
        w.indent(ind, node: n538, list: s507)
        let v539 = a2.unknownCaseName
        w.write(v539)
        let n540 = w.count
        w.write("(" as StaticString)
        w.indent(ind, node: n540, list: s507)
        let v541 = a2.rawType
        w.write(v541)
        let n542 = w.count
        w.write(")\n" as StaticString)
        w.indent(ind, node: n542, list: s507)
        let n543 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n543, list: s507)
        let n544 = w.count
        w.write("    /// The documented values, in the order the docs list them.\n" as StaticString)
        w.indent(ind, node: n544, list: s507)
        let n545 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n545, list: s507)
        let v546 = a2.access
        w.write(v546)
        let n547 = w.count
        w.write(" static let knownCases: [" as StaticString)
        w.indent(ind, node: n547, list: s507)
        let v548 = a2.name
        w.write(v548)
        let n549 = w.count
        w.write("] = [\n" as StaticString)
        w.indent(ind, node: n549, list: s507)
        let n550 = w.count
        let v551 = a2.cases
        v551.withUnsafeBufferPointer { l553 in
            for i552 in l553.indices {
                let s554 = w.count
                w.write("        ." as StaticString)
                let v555 = l553[i552].name
                w.write(v555)
                let n556 = w.count
                let v557 = i552 == v551.count - 1
                if !v557 {
                    w.write("," as StaticString)
                }
                w.indent(ind, node: n556, list: s554)
                let n558 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n558, list: s554)
            }
        }
        w.indent(ind, node: n550, list: s507)
        let n559 = w.count
        w.write("    ]\n" as StaticString)
        w.indent(ind, node: n559, list: s507)
        let n560 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n560, list: s507)
        let n561 = w.count
        w.write("    /// Makes the case for a value; values the docs do not list become `." as StaticString)
        w.indent(ind, node: n561, list: s507)
        let v562 = a2.unknownCaseName
        w.write(v562)
        let n563 = w.count
        w.write("`.\n" as StaticString)
        w.indent(ind, node: n563, list: s507)
        let n564 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n564, list: s507)
        let v565 = a2.access
        w.write(v565)
        let n566 = w.count
        w.write(" init(rawValue: " as StaticString)
        w.indent(ind, node: n566, list: s507)
        let v567 = a2.rawType
        w.write(v567)
        let n568 = w.count
        w.write(") {\n" as StaticString)
        w.indent(ind, node: n568, list: s507)
        let n569 = w.count
        w.write("        switch rawValue {\n" as StaticString)
        w.indent(ind, node: n569, list: s507)
        let n570 = w.count
        let v571 = a2.cases
        v571.withUnsafeBufferPointer { l573 in
            for i572 in l573.indices {
                let s574 = w.count
                w.write("        case " as StaticString)
                let v575 = l573[i572].isInteger
                if v575 {
                    let v576 = l573[i572].rawValue
                    w.write(v576)
                }
                let n577 = w.count
                let v578 = l573[i572].isInteger
                if !v578 {
                    let s579 = w.count
                    w.write("\"" as StaticString)
                    let v580 = l573[i572].rawValue
                    w.write(v580)
                    let n581 = w.count
                    w.write("\"" as StaticString)
                    w.indent(ind, node: n581, list: s579)
                }
                w.indent(ind, node: n577, list: s574)
                let n582 = w.count
                w.write(": self = ." as StaticString)
                w.indent(ind, node: n582, list: s574)
                let v583 = l573[i572].name
                w.write(v583)
                let n584 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n584, list: s574)
            }
        }
        w.indent(ind, node: n570, list: s507)
        let n585 = w.count
        w.write("        default: self = ." as StaticString)
        w.indent(ind, node: n585, list: s507)
        let v586 = a2.unknownCaseName
        w.write(v586)
        let n587 = w.count
        w.write("(rawValue)\n" as StaticString)
        w.indent(ind, node: n587, list: s507)
        let n588 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n588, list: s507)
        let n589 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n589, list: s507)
        let n590 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n590, list: s507)
        let n591 = w.count
        w.write("    /// The value as sent on the wire.\n" as StaticString)
        w.indent(ind, node: n591, list: s507)
        let n592 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n592, list: s507)
        let v593 = a2.access
        w.write(v593)
        let n594 = w.count
        w.write(" var rawValue: " as StaticString)
        w.indent(ind, node: n594, list: s507)
        let v595 = a2.rawType
        w.write(v595)
        let n596 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n596, list: s507)
        let n597 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n597, list: s507)
        let n598 = w.count
        let v599 = a2.cases
        v599.withUnsafeBufferPointer { l601 in
            for i600 in l601.indices {
                let s602 = w.count
                w.write("        case ." as StaticString)
                let v603 = l601[i600].name
                w.write(v603)
                let n604 = w.count
                w.write(": return " as StaticString)
                w.indent(ind, node: n604, list: s602)
                let v605 = l601[i600].isInteger
                if v605 {
                    let v606 = l601[i600].rawValue
                    w.write(v606)
                }
                let n607 = w.count
                let v608 = l601[i600].isInteger
                if !v608 {
                    let s609 = w.count
                    w.write("\"" as StaticString)
                    let v610 = l601[i600].rawValue
                    w.write(v610)
                    let n611 = w.count
                    w.write("\"" as StaticString)
                    w.indent(ind, node: n611, list: s609)
                }
                w.indent(ind, node: n607, list: s602)
                let n612 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n612, list: s602)
            }
        }
        w.indent(ind, node: n598, list: s507)
        let n613 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n613, list: s507)
        let v614 = a2.unknownCaseName
        w.write(v614)
        let n615 = w.count
        w.write("(let value): return value\n" as StaticString)
        w.indent(ind, node: n615, list: s507)
        let n616 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n616, list: s507)
        let n617 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n617, list: s507)
        let n618 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n618, list: s507)
        let n619 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n619, list: s507)
        let v620 = a2.access
        w.write(v620)
        let n621 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n621, list: s507)
        let n622 = w.count
        w.write("        self.init(rawValue: try decoder.singleValueContainer().decode(" as StaticString)
        w.indent(ind, node: n622, list: s507)
        let v623 = a2.rawType
        w.write(v623)
        let n624 = w.count
        w.write(".self))\n" as StaticString)
        w.indent(ind, node: n624, list: s507)
        let n625 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n625, list: s507)
        let n626 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n626, list: s507)
        let n627 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n627, list: s507)
        let v628 = a2.access
        w.write(v628)
        let n629 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n629, list: s507)
        let n630 = w.count
        w.write("        var container = encoder.singleValueContainer()\n" as StaticString)
        w.indent(ind, node: n630, list: s507)
        let n631 = w.count
        w.write("        try container.encode(self.rawValue)\n" as StaticString)
        w.indent(ind, node: n631, list: s507)
        let n632 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n632, list: s507)
        let n633 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n633, list: s507)
        let n634 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n634, list: s507)
        let v635 = a2.access
        w.write(v635)
        let n636 = w.count
        w.write(" static func == (lhs: " as StaticString)
        w.indent(ind, node: n636, list: s507)
        let v637 = a2.name
        w.write(v637)
        let n638 = w.count
        w.write(", rhs: " as StaticString)
        w.indent(ind, node: n638, list: s507)
        let v639 = a2.name
        w.write(v639)
        let n640 = w.count
        w.write(") -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n640, list: s507)
        let n641 = w.count
        w.write("        lhs.rawValue == rhs.rawValue\n" as StaticString)
        w.indent(ind, node: n641, list: s507)
        let n642 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n642, list: s507)
        let n643 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n643, list: s507)
        let n644 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n644, list: s507)
        let v645 = a2.access
        w.write(v645)
        let n646 = w.count
        w.write(" func hash(into hasher: inout Swift.Hasher) {\n" as StaticString)
        w.indent(ind, node: n646, list: s507)
        let n647 = w.count
        w.write("        hasher.combine(self.rawValue)\n" as StaticString)
        w.indent(ind, node: n647, list: s507)
        let n648 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n648, list: s507)
        let n649 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n649, list: s507)
    }

    /// The partial `enum-json`.
    private static func partial3(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: EnumViewModel) {
        let s650 = w.count
        let n651 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n651, list: s650)
        let v652 = a2.qualifiedName
        w.write(v652)
        let n653 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n653, list: s650)
        let v654 = a2.runtime
        w.write(v654)
        let n655 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n655, list: s650)
        let n656 = w.count
        w.write("    /// Decodes a value from JSON in one pass over the bytes, without `JSONDecod" as StaticString)
        w.write("er`: the result equals\n" as StaticString)
        w.indent(ind, node: n656, list: s650)
        let n657 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n657, list: s650)
        let v658 = a2.name
        w.write(v658)
        let n659 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n659, list: s650)
        let n660 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n660, list: s650)
        let v661 = a2.access
        w.write(v661)
        let n662 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n662, list: s650)
        let n663 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n663, list: s650)
        let v664 = a2.runtime
        w.write(v664)
        let n665 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n665, list: s650)
        let v666 = a2.qualifiedName
        w.write(v666)
        let n667 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n667, list: s650)
        let n668 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n668, list: s650)
        let n669 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n669, list: s650)
        let n670 = w.count
        w.write("    /// Reads a value at the reader's position; `init(json:)` and the types that" as StaticString)
        w.write(" contain this one use it.\n" as StaticString)
        w.indent(ind, node: n670, list: s650)
        let n671 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n671, list: s650)
        let v672 = a2.access
        w.write(v672)
        let n673 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n673, list: s650)
        let v674 = a2.runtime
        w.write(v674)
        let n675 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n675, list: s650)
        let n676 = w.count
        w.write("        self.init(rawValue: try " as StaticString)
        w.indent(ind, node: n676, list: s650)
        let v677 = a2.rawType
        w.write(v677)
        let n678 = w.count
        w.write("(jsonReader: &reader))\n" as StaticString)
        w.indent(ind, node: n678, list: s650)
        let n679 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n679, list: s650)
        let n680 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n680, list: s650)
    }

    /// The partial `flags`.
    private static func partial4(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: FlagsViewModel) {
        let s681 = w.count
        let n682 = w.count
        let v683 = a2.docLines
        v683.withUnsafeBufferPointer { l685 in
            for i684 in l685.indices {
                let s686 = w.count
                w.write("/// " as StaticString)
                w.write(l685[i684])
                let n687 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n687, list: s686)
            }
        }
        w.indent(ind, node: n682, list: s681)
        let n688 = w.count
        let v689 = a2.access
        w.write(v689)
        w.indent(ind, node: n688, list: s681)
        let n690 = w.count
        w.write(" struct " as StaticString)
        w.indent(ind, node: n690, list: s681)
        let v691 = a2.name
        w.write(v691)
        let n692 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n692, list: s681)
        let v693 = a2.runtime
        w.write(v693)
        let n694 = w.count
        w.write("." as StaticString)
        w.indent(ind, node: n694, list: s681)
        let v695 = a2.protocolName
        w.write(v695)
        let n696 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n696, list: s681)
        let n697 = w.count
        w.write("    /// The bits, documented or not.\n" as StaticString)
        w.indent(ind, node: n697, list: s681)
        let n698 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n698, list: s681)
        let v699 = a2.access
        w.write(v699)
        let n700 = w.count
        w.write(" let rawValue: Swift.UInt64\n" as StaticString)
        w.indent(ind, node: n700, list: s681)
        let n701 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n701, list: s681)
        let n702 = w.count
        w.write("    /// Makes a set from its bits.\n" as StaticString)
        w.indent(ind, node: n702, list: s681)
        let n703 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n703, list: s681)
        let v704 = a2.access
        w.write(v704)
        let n705 = w.count
        w.write(" init(rawValue: Swift.UInt64) {\n" as StaticString)
        w.indent(ind, node: n705, list: s681)
        let n706 = w.count
        w.write("        self.rawValue = rawValue\n" as StaticString)
        w.indent(ind, node: n706, list: s681)
        let n707 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n707, list: s681)
        let n708 = w.count
        let v709 = a2.cases
        v709.withUnsafeBufferPointer { l711 in
            for i710 in l711.indices {
                let s712 = w.count
                w.write("\n" as StaticString)
                let n713 = w.count
                let v714 = l711[i710].summaryLines
                v714.withUnsafeBufferPointer { l716 in
                    for i715 in l716.indices {
                        let s717 = w.count
                        w.write("    /// " as StaticString)
                        w.write(l716[i715])
                        let n718 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n718, list: s717)
                    }
                }
                w.indent(ind, node: n713, list: s712)
                let n719 = w.count
                let v720 = l711[i710].hasSummary
                if v720 {
                    w.write("    ///\n" as StaticString)
                }
                w.indent(ind, node: n719, list: s712)
                let n721 = w.count
                w.write("    /// `" as StaticString)
                w.indent(ind, node: n721, list: s712)
                let v722 = l711[i710].value
                w.write(v722)
                let n723 = w.count
                w.write("`\n" as StaticString)
                w.indent(ind, node: n723, list: s712)
                let n724 = w.count
                w.write("    " as StaticString)
                w.indent(ind, node: n724, list: s712)
                let v725 = a2.access
                w.write(v725)
                let n726 = w.count
                w.write(" static let " as StaticString)
                w.indent(ind, node: n726, list: s712)
                let v727 = l711[i710].name
                w.write(v727)
                let n728 = w.count
                w.write(" = " as StaticString)
                w.indent(ind, node: n728, list: s712)
                let v729 = l711[i710].typeName
                w.write(v729)
                let n730 = w.count
                w.write("(rawValue: " as StaticString)
                w.indent(ind, node: n730, list: s712)
                let v731 = l711[i710].value
                w.write(v731)
                let n732 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n732, list: s712)
            }
        }
        w.indent(ind, node: n708, list: s681)
        let n733 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n733, list: s681)
        let n734 = w.count
        w.write("    /// The documented flags, in the order the docs list them.\n" as StaticString)
        w.indent(ind, node: n734, list: s681)
        let n735 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n735, list: s681)
        let v736 = a2.access
        w.write(v736)
        let n737 = w.count
        w.write(" static let knownCases: [" as StaticString)
        w.indent(ind, node: n737, list: s681)
        let v738 = a2.name
        w.write(v738)
        let n739 = w.count
        w.write("] = [\n" as StaticString)
        w.indent(ind, node: n739, list: s681)
        let n740 = w.count
        let v741 = a2.cases
        v741.withUnsafeBufferPointer { l743 in
            for i742 in l743.indices {
                let s744 = w.count
                w.write("        ." as StaticString)
                let v745 = l743[i742].name
                w.write(v745)
                let n746 = w.count
                let v747 = i742 == v741.count - 1
                if !v747 {
                    w.write("," as StaticString)
                }
                w.indent(ind, node: n746, list: s744)
                let n748 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n748, list: s744)
            }
        }
        w.indent(ind, node: n740, list: s681)
        let n749 = w.count
        w.write("    ]\n" as StaticString)
        w.indent(ind, node: n749, list: s681)
        let n750 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n750, list: s681)
    }

    /// The partial `union`.
    private static func partial5(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: UnionViewModel) {
        let s751 = w.count
        let n752 = w.count
        w.write("/// One of several types; decoding tries the most specific first.\n" as StaticString)
        w.indent(ind, node: n752, list: s751)
        let n753 = w.count
        let v754 = a2.fromNote
        if !v754.isEmpty {
            let s755 = w.count
            w.write("///\n" as StaticString)
            let n756 = w.count
            w.write("/// " as StaticString)
            w.indent(ind, node: n756, list: s755)
            w.write(v754)
            let n757 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n757, list: s755)
        }
        w.indent(ind, node: n753, list: s751)
        let n758 = w.count
        let v759 = a2.access
        w.write(v759)
        w.indent(ind, node: n758, list: s751)
        let n760 = w.count
        w.write(" " as StaticString)
        w.indent(ind, node: n760, list: s751)
        let v761 = a2.isIndirect
        if v761 {
            w.write("indirect " as StaticString)
        }
        let n762 = w.count
        w.write("enum " as StaticString)
        w.indent(ind, node: n762, list: s751)
        let v763 = a2.name
        w.write(v763)
        let n764 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n764, list: s751)
        let n765 = w.count
        let v766 = a2.members
        v766.withUnsafeBufferPointer { l768 in
            for i767 in l768.indices {
                let s769 = w.count
                w.write("    case " as StaticString)
                let v770 = l768[i767].caseName
                w.write(v770)
                let n771 = w.count
                w.write("(" as StaticString)
                w.indent(ind, node: n771, list: s769)
                let v772 = l768[i767].type
                w.write(v772)
                let n773 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n773, list: s769)
            }
        }
        w.indent(ind, node: n765, list: s751)
        let n774 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n774, list: s751)
        let n775 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n775, list: s751)
        let v776 = a2.access
        w.write(v776)
        let n777 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n777, list: s751)
        let n778 = w.count
        let v779 = k.unionViewModel_leadingMembers(a2)
        v779.withUnsafeBufferPointer { l781 in
            for i780 in l781.indices {
                let s782 = w.count
                w.write("        if let value = try? " as StaticString)
                let v783 = l781[i780].type
                w.write(v783)
                let n784 = w.count
                w.write("(from: decoder) {\n" as StaticString)
                w.indent(ind, node: n784, list: s782)
                let n785 = w.count
                w.write("            self = ." as StaticString)
                w.indent(ind, node: n785, list: s782)
                let v786 = l781[i780].caseName
                w.write(v786)
                let n787 = w.count
                w.write("(value)\n" as StaticString)
                w.indent(ind, node: n787, list: s782)
                let n788 = w.count
                w.write("            return\n" as StaticString)
                w.indent(ind, node: n788, list: s782)
                let n789 = w.count
                w.write("        }\n" as StaticString)
                w.indent(ind, node: n789, list: s782)
            }
        }
        w.indent(ind, node: n778, list: s751)
        let n790 = w.count
        if let v791 = k.unionViewModel_lastMember(a2) {
            let s792 = w.count
            w.write("        self = ." as StaticString)
            let v793 = v791.caseName
            w.write(v793)
            let n794 = w.count
            w.write("(try " as StaticString)
            w.indent(ind, node: n794, list: s792)
            let v795 = v791.type
            w.write(v795)
            let n796 = w.count
            w.write("(from: decoder))\n" as StaticString)
            w.indent(ind, node: n796, list: s792)
        }
        w.indent(ind, node: n790, list: s751)
        let n797 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n797, list: s751)
        let n798 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n798, list: s751)
        let n799 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n799, list: s751)
        let v800 = a2.access
        w.write(v800)
        let n801 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n801, list: s751)
        let n802 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n802, list: s751)
        let n803 = w.count
        let v804 = a2.members
        v804.withUnsafeBufferPointer { l806 in
            for i805 in l806.indices {
                let s807 = w.count
                w.write("        case ." as StaticString)
                let v808 = l806[i805].caseName
                w.write(v808)
                let n809 = w.count
                w.write("(let value): try value.encode(to: encoder)\n" as StaticString)
                w.indent(ind, node: n809, list: s807)
            }
        }
        w.indent(ind, node: n803, list: s751)
        let n810 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n810, list: s751)
        let n811 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n811, list: s751)
        let n812 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n812, list: s751)
    }

    /// The partial `union-json`.
    private static func partial6(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: UnionViewModel) {
        let s813 = w.count
        let n814 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n814, list: s813)
        let v815 = a2.qualifiedName
        w.write(v815)
        let n816 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n816, list: s813)
        let v817 = a2.runtime
        w.write(v817)
        let n818 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n818, list: s813)
        let n819 = w.count
        w.write("    /// Decodes a value from JSON in one pass over the bytes, without `JSONDecod" as StaticString)
        w.write("er`: the result equals\n" as StaticString)
        w.indent(ind, node: n819, list: s813)
        let n820 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n820, list: s813)
        let v821 = a2.name
        w.write(v821)
        let n822 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n822, list: s813)
        let n823 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n823, list: s813)
        let v824 = a2.access
        w.write(v824)
        let n825 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n825, list: s813)
        let n826 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n826, list: s813)
        let v827 = a2.runtime
        w.write(v827)
        let n828 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n828, list: s813)
        let v829 = a2.qualifiedName
        w.write(v829)
        let n830 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n830, list: s813)
        let n831 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n831, list: s813)
        let n832 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n832, list: s813)
        let n833 = w.count
        w.write("    /// Reads a value at the reader's position, trying the members in the order " as StaticString)
        w.write("`init(from:)` does.\n" as StaticString)
        w.indent(ind, node: n833, list: s813)
        let n834 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n834, list: s813)
        let v835 = a2.access
        w.write(v835)
        let n836 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n836, list: s813)
        let v837 = a2.runtime
        w.write(v837)
        let n838 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n838, list: s813)
        let n839 = w.count
        let v840 = k.unionViewModel_leadingMembers(a2)
        v840.withUnsafeBufferPointer { l842 in
            for i841 in l842.indices {
                let s843 = w.count
                w.write("        if let value = try reader.attempt({ try " as StaticString)
                let v844 = l842[i841].type
                w.write(v844)
                let n845 = w.count
                w.write("(jsonReader: &$0) }) {\n" as StaticString)
                w.indent(ind, node: n845, list: s843)
                let n846 = w.count
                w.write("            self = ." as StaticString)
                w.indent(ind, node: n846, list: s843)
                let v847 = l842[i841].caseName
                w.write(v847)
                let n848 = w.count
                w.write("(value)\n" as StaticString)
                w.indent(ind, node: n848, list: s843)
                let n849 = w.count
                w.write("            return\n" as StaticString)
                w.indent(ind, node: n849, list: s843)
                let n850 = w.count
                w.write("        }\n" as StaticString)
                w.indent(ind, node: n850, list: s843)
            }
        }
        w.indent(ind, node: n839, list: s813)
        let n851 = w.count
        if let v852 = k.unionViewModel_lastMember(a2) {
            let s853 = w.count
            w.write("        self = ." as StaticString)
            let v854 = v852.caseName
            w.write(v854)
            let n855 = w.count
            w.write("(try " as StaticString)
            w.indent(ind, node: n855, list: s853)
            let v856 = v852.type
            w.write(v856)
            let n857 = w.count
            w.write("(jsonReader: &reader))\n" as StaticString)
            w.indent(ind, node: n857, list: s853)
        }
        w.indent(ind, node: n851, list: s813)
        let n858 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n858, list: s813)
        let n859 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n859, list: s813)
    }

    /// The partial `tagged-union`.
    private static func partial7(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: TaggedUnionViewModel) {
        let s860 = w.count
        let n861 = w.count
        let v862 = a2.docLines
        v862.withUnsafeBufferPointer { l864 in
            for i863 in l864.indices {
                let s865 = w.count
                w.write("/// " as StaticString)
                w.write(l864[i863])
                let n866 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n866, list: s865)
            }
        }
        w.indent(ind, node: n861, list: s860)
        let n867 = w.count
        let v868 = a2.access
        w.write(v868)
        w.indent(ind, node: n867, list: s860)
        let n869 = w.count
        w.write(" " as StaticString)
        w.indent(ind, node: n869, list: s860)
        let v870 = a2.isIndirect
        if v870 {
            w.write("indirect " as StaticString)
        }
        let n871 = w.count
        w.write("enum " as StaticString)
        w.indent(ind, node: n871, list: s860)
        let v872 = a2.name
        w.write(v872)
        let n873 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n873, list: s860)
        let n874 = w.count
        let v875 = a2.members
        v875.withUnsafeBufferPointer { l877 in
            for i876 in l877.indices {
                let s878 = w.count
                w.write("    /// `" as StaticString)
                let v879 = a2.tagKey
                w.write(v879)
                let n880 = w.count
                w.write("` " as StaticString)
                w.indent(ind, node: n880, list: s878)
                let v881 = l877[i876].code
                w.write(v881)
                let n882 = w.count
                w.write(".\n" as StaticString)
                w.indent(ind, node: n882, list: s878)
                let n883 = w.count
                w.write("    case " as StaticString)
                w.indent(ind, node: n883, list: s878)
                let v884 = l877[i876].caseName
                w.write(v884)
                let n885 = w.count
                w.write("(" as StaticString)
                w.indent(ind, node: n885, list: s878)
                let v886 = l877[i876].type
                w.write(v886)
                let n887 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n887, list: s878)
            }
        }
        w.indent(ind, node: n874, list: s860)
        let n888 = w.count
        w.write("    /// A value whose `" as StaticString)
        w.indent(ind, node: n888, list: s860)
        let v889 = a2.tagKey
        w.write(v889)
        let n890 = w.count
        w.write("` the docs do not list, kept as received (encoding writes it back unchanged).\n" as StaticString)
        w.indent(ind, node: n890, list: s860)
        let n891 = w.count
        w.write("    case " as StaticString)
        w.indent(ind, node: n891, list: s860)
        let v892 = a2.unknownCaseName
        w.write(v892)
        let n893 = w.count
        w.write("(" as StaticString)
        w.indent(ind, node: n893, list: s860)
        let v894 = a2.codeLabel
        w.write(v894)
        let n895 = w.count
        w.write(": Swift.Int, " as StaticString)
        w.indent(ind, node: n895, list: s860)
        let v896 = a2.runtime
        w.write(v896)
        let n897 = w.count
        w.write(".JSONValue)\n" as StaticString)
        w.indent(ind, node: n897, list: s860)
        let n898 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n898, list: s860)
        let n899 = w.count
        w.write("    private enum CodingKeys: Swift.String, Swift.CodingKey {\n" as StaticString)
        w.indent(ind, node: n899, list: s860)
        let n900 = w.count
        w.write("        case tag = \"" as StaticString)
        w.indent(ind, node: n900, list: s860)
        let v901 = a2.tagKeyText
        w.write(v901)
        let n902 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n902, list: s860)
        let n903 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n903, list: s860)
        let n904 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n904, list: s860)
        let n905 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n905, list: s860)
        let v906 = a2.access
        w.write(v906)
        let n907 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n907, list: s860)
        let n908 = w.count
        w.write("        let code = try decoder.container(keyedBy: CodingKeys.self).decode(Swift." as StaticString)
        w.write("Int.self, forKey: .tag)\n" as StaticString)
        w.indent(ind, node: n908, list: s860)
        let n909 = w.count
        w.write("        switch code {\n" as StaticString)
        w.indent(ind, node: n909, list: s860)
        let n910 = w.count
        let v911 = a2.members
        v911.withUnsafeBufferPointer { l913 in
            for i912 in l913.indices {
                let s914 = w.count
                w.write("        case " as StaticString)
                let v915 = l913[i912].code
                w.write(v915)
                let n916 = w.count
                w.write(": self = ." as StaticString)
                w.indent(ind, node: n916, list: s914)
                let v917 = l913[i912].caseName
                w.write(v917)
                let n918 = w.count
                w.write("(try " as StaticString)
                w.indent(ind, node: n918, list: s914)
                let v919 = l913[i912].type
                w.write(v919)
                let n920 = w.count
                w.write("(from: decoder))\n" as StaticString)
                w.indent(ind, node: n920, list: s914)
            }
        }
        w.indent(ind, node: n910, list: s860)
        let n921 = w.count
        w.write("        default: self = ." as StaticString)
        w.indent(ind, node: n921, list: s860)
        let v922 = a2.unknownCaseName
        w.write(v922)
        let n923 = w.count
        w.write("(" as StaticString)
        w.indent(ind, node: n923, list: s860)
        let v924 = a2.codeLabel
        w.write(v924)
        let n925 = w.count
        w.write(": code, try " as StaticString)
        w.indent(ind, node: n925, list: s860)
        let v926 = a2.runtime
        w.write(v926)
        let n927 = w.count
        w.write(".JSONValue(from: decoder))\n" as StaticString)
        w.indent(ind, node: n927, list: s860)
        let n928 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n928, list: s860)
        let n929 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n929, list: s860)
        let n930 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n930, list: s860)
        let n931 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n931, list: s860)
        let v932 = a2.access
        w.write(v932)
        let n933 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n933, list: s860)
        let n934 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n934, list: s860)
        let n935 = w.count
        let v936 = a2.members
        v936.withUnsafeBufferPointer { l938 in
            for i937 in l938.indices {
                let s939 = w.count
                w.write("        case ." as StaticString)
                let v940 = l938[i937].caseName
                w.write(v940)
                let n941 = w.count
                w.write("(let value): try value.encode(to: encoder)\n" as StaticString)
                w.indent(ind, node: n941, list: s939)
            }
        }
        w.indent(ind, node: n935, list: s860)
        let n942 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n942, list: s860)
        let v943 = a2.unknownCaseName
        w.write(v943)
        let n944 = w.count
        w.write("(_, let value): try value.encode(to: encoder)\n" as StaticString)
        w.indent(ind, node: n944, list: s860)
        let n945 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n945, list: s860)
        let n946 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n946, list: s860)
        let n947 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n947, list: s860)
    }

    /// The partial `tagged-union-json`.
    private static func partial8(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: TaggedUnionViewModel) {
        let s948 = w.count
        let n949 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n949, list: s948)
        let v950 = a2.qualifiedName
        w.write(v950)
        let n951 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n951, list: s948)
        let v952 = a2.runtime
        w.write(v952)
        let n953 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n953, list: s948)
        let n954 = w.count
        w.write("    /// Decodes a value from JSON in one pass over the bytes, without `JSONDecod" as StaticString)
        w.write("er`: the result equals\n" as StaticString)
        w.indent(ind, node: n954, list: s948)
        let n955 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n955, list: s948)
        let v956 = a2.name
        w.write(v956)
        let n957 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n957, list: s948)
        let n958 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n958, list: s948)
        let v959 = a2.access
        w.write(v959)
        let n960 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n960, list: s948)
        let n961 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n961, list: s948)
        let v962 = a2.runtime
        w.write(v962)
        let n963 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n963, list: s948)
        let v964 = a2.qualifiedName
        w.write(v964)
        let n965 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n965, list: s948)
        let n966 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n966, list: s948)
        let n967 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n967, list: s948)
        let n968 = w.count
        w.write("    private static let _specgenJSONKeys = " as StaticString)
        w.indent(ind, node: n968, list: s948)
        let v969 = a2.runtime
        w.write(v969)
        let n970 = w.count
        w.write(".JSONKeyTable([\"" as StaticString)
        w.indent(ind, node: n970, list: s948)
        let v971 = a2.tagKeyText
        w.write(v971)
        let n972 = w.count
        w.write("\"])\n" as StaticString)
        w.indent(ind, node: n972, list: s948)
        let n973 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n973, list: s948)
        let n974 = w.count
        w.write("    /// Reads a value at the reader's position: its `" as StaticString)
        w.indent(ind, node: n974, list: s948)
        let v975 = a2.tagKey
        w.write(v975)
        let n976 = w.count
        w.write("` first, then, from the object's start again, the\n" as StaticString)
        w.indent(ind, node: n976, list: s948)
        let n977 = w.count
        w.write("    /// member the code selects.\n" as StaticString)
        w.indent(ind, node: n977, list: s948)
        let n978 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n978, list: s948)
        let v979 = a2.access
        w.write(v979)
        let n980 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n980, list: s948)
        let v981 = a2.runtime
        w.write(v981)
        let n982 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n982, list: s948)
        let n983 = w.count
        w.write("        var scan = reader\n" as StaticString)
        w.indent(ind, node: n983, list: s948)
        let n984 = w.count
        w.write("        var code: Swift.Int? = nil\n" as StaticString)
        w.indent(ind, node: n984, list: s948)
        let n985 = w.count
        w.write("        var object = try scan.beginObject()\n" as StaticString)
        w.indent(ind, node: n985, list: s948)
        let n986 = w.count
        w.write("        while let key = try scan.nextKey(&object, " as StaticString)
        w.indent(ind, node: n986, list: s948)
        let v987 = a2.qualifiedName
        w.write(v987)
        let n988 = w.count
        w.write("._specgenJSONKeys) {\n" as StaticString)
        w.indent(ind, node: n988, list: s948)
        let n989 = w.count
        w.write("            switch key {\n" as StaticString)
        w.indent(ind, node: n989, list: s948)
        let n990 = w.count
        w.write("            case 0: try scan.decodeField(&code)\n" as StaticString)
        w.indent(ind, node: n990, list: s948)
        let n991 = w.count
        w.write("            default: try scan.skipValue()\n" as StaticString)
        w.indent(ind, node: n991, list: s948)
        let n992 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n992, list: s948)
        let n993 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n993, list: s948)
        let n994 = w.count
        w.write("        guard let code else { throw scan.missingKey(\"" as StaticString)
        w.indent(ind, node: n994, list: s948)
        let v995 = a2.tagKeyText
        w.write(v995)
        let n996 = w.count
        w.write("\", in: object) }\n" as StaticString)
        w.indent(ind, node: n996, list: s948)
        let n997 = w.count
        w.write("        switch code {\n" as StaticString)
        w.indent(ind, node: n997, list: s948)
        let n998 = w.count
        let v999 = a2.members
        v999.withUnsafeBufferPointer { l1001 in
            for i1000 in l1001.indices {
                let s1002 = w.count
                w.write("        case " as StaticString)
                let v1003 = l1001[i1000].code
                w.write(v1003)
                let n1004 = w.count
                w.write(": self = ." as StaticString)
                w.indent(ind, node: n1004, list: s1002)
                let v1005 = l1001[i1000].caseName
                w.write(v1005)
                let n1006 = w.count
                w.write("(try " as StaticString)
                w.indent(ind, node: n1006, list: s1002)
                let v1007 = l1001[i1000].type
                w.write(v1007)
                let n1008 = w.count
                w.write("(jsonReader: &reader))\n" as StaticString)
                w.indent(ind, node: n1008, list: s1002)
            }
        }
        w.indent(ind, node: n998, list: s948)
        let n1009 = w.count
        w.write("        default: self = ." as StaticString)
        w.indent(ind, node: n1009, list: s948)
        let v1010 = a2.unknownCaseName
        w.write(v1010)
        let n1011 = w.count
        w.write("(" as StaticString)
        w.indent(ind, node: n1011, list: s948)
        let v1012 = a2.codeLabel
        w.write(v1012)
        let n1013 = w.count
        w.write(": code, try " as StaticString)
        w.indent(ind, node: n1013, list: s948)
        let v1014 = a2.runtime
        w.write(v1014)
        let n1015 = w.count
        w.write(".JSONValue(jsonReader: &reader))\n" as StaticString)
        w.indent(ind, node: n1015, list: s948)
        let n1016 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1016, list: s948)
        let n1017 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1017, list: s948)
        let n1018 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1018, list: s948)
    }

    /// The partial `events`.
    private static func partial9(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: EventsViewModel) {
        let s1019 = w.count
        let n1020 = w.count
        let v1021 = a2.docLines
        v1021.withUnsafeBufferPointer { l1023 in
            for i1022 in l1023.indices {
                let s1024 = w.count
                w.write("/// " as StaticString)
                w.write(l1023[i1022])
                let n1025 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1025, list: s1024)
            }
        }
        w.indent(ind, node: n1020, list: s1019)
        let n1026 = w.count
        let v1027 = a2.access
        w.write(v1027)
        w.indent(ind, node: n1026, list: s1019)
        let n1028 = w.count
        w.write(" " as StaticString)
        w.indent(ind, node: n1028, list: s1019)
        let v1029 = a2.isIndirect
        if v1029 {
            w.write("indirect " as StaticString)
        }
        let n1030 = w.count
        w.write("enum " as StaticString)
        w.indent(ind, node: n1030, list: s1019)
        let v1031 = a2.name
        w.write(v1031)
        let n1032 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n1032, list: s1019)
        let n1033 = w.count
        let v1034 = a2.events
        v1034.withUnsafeBufferPointer { l1036 in
            for i1035 in l1036.indices {
                let s1037 = w.count
                let v1038 = l1036[i1035].docLines
                v1038.withUnsafeBufferPointer { l1040 in
                    for i1039 in l1040.indices {
                        let s1041 = w.count
                        w.write("    /// " as StaticString)
                        w.write(l1040[i1039])
                        let n1042 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n1042, list: s1041)
                    }
                }
                let n1043 = w.count
                let v1044 = k.eventViewModel_hasPayload(l1036[i1035])
                if v1044 {
                    let s1045 = w.count
                    w.write("    case " as StaticString)
                    let v1046 = l1036[i1035].caseName
                    w.write(v1046)
                    let n1047 = w.count
                    w.write("(" as StaticString)
                    w.indent(ind, node: n1047, list: s1045)
                    let v1048 = l1036[i1035].payloadType
                    w.write(v1048)
                    let n1049 = w.count
                    w.write(")\n" as StaticString)
                    w.indent(ind, node: n1049, list: s1045)
                }
                w.indent(ind, node: n1043, list: s1037)
                let n1050 = w.count
                let v1051 = k.eventViewModel_hasPayload(l1036[i1035])
                if !v1051 {
                    let s1052 = w.count
                    w.write("    case " as StaticString)
                    let v1053 = l1036[i1035].caseName
                    w.write(v1053)
                    let n1054 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n1054, list: s1052)
                }
                w.indent(ind, node: n1050, list: s1037)
            }
        }
        w.indent(ind, node: n1033, list: s1019)
        let n1055 = w.count
        let v1056 = a2.unknownDocLines
        v1056.withUnsafeBufferPointer { l1058 in
            for i1057 in l1058.indices {
                let s1059 = w.count
                w.write("    /// " as StaticString)
                w.write(l1058[i1057])
                let n1060 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1060, list: s1059)
            }
        }
        w.indent(ind, node: n1055, list: s1019)
        let n1061 = w.count
        let v1062 = a2.hasPayloadKey
        if v1062 {
            let s1063 = w.count
            w.write("    case " as StaticString)
            let v1064 = a2.unknownCaseName
            w.write(v1064)
            let n1065 = w.count
            w.write("(name: Swift.String, payload: " as StaticString)
            w.indent(ind, node: n1065, list: s1063)
            let v1066 = a2.runtime
            w.write(v1066)
            let n1067 = w.count
            w.write(".JSONValue?)\n" as StaticString)
            w.indent(ind, node: n1067, list: s1063)
        }
        w.indent(ind, node: n1061, list: s1019)
        let n1068 = w.count
        let v1069 = a2.hasPayloadKey
        if !v1069 {
            let s1070 = w.count
            w.write("    case " as StaticString)
            let v1071 = a2.unknownCaseName
            w.write(v1071)
            let n1072 = w.count
            w.write("(name: Swift.String)\n" as StaticString)
            w.indent(ind, node: n1072, list: s1070)
        }
        w.indent(ind, node: n1068, list: s1019)
        let n1073 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1073, list: s1019)
        let n1074 = w.count
        w.write("    /// The event's name on the wire.\n" as StaticString)
        w.indent(ind, node: n1074, list: s1019)
        let n1075 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1075, list: s1019)
        let v1076 = a2.access
        w.write(v1076)
        let n1077 = w.count
        w.write(" var name: Swift.String {\n" as StaticString)
        w.indent(ind, node: n1077, list: s1019)
        let n1078 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1078, list: s1019)
        let n1079 = w.count
        let v1080 = a2.events
        v1080.withUnsafeBufferPointer { l1082 in
            for i1081 in l1082.indices {
                let s1083 = w.count
                w.write("        case ." as StaticString)
                let v1084 = l1082[i1081].caseName
                w.write(v1084)
                let n1085 = w.count
                w.write(": return \"" as StaticString)
                w.indent(ind, node: n1085, list: s1083)
                let v1086 = l1082[i1081].wireName
                w.write(v1086)
                let n1087 = w.count
                w.write("\"\n" as StaticString)
                w.indent(ind, node: n1087, list: s1083)
            }
        }
        w.indent(ind, node: n1079, list: s1019)
        let n1088 = w.count
        let v1089 = a2.hasPayloadKey
        if v1089 {
            let s1090 = w.count
            w.write("        case ." as StaticString)
            let v1091 = a2.unknownCaseName
            w.write(v1091)
            let n1092 = w.count
            w.write("(let name, _): return name\n" as StaticString)
            w.indent(ind, node: n1092, list: s1090)
        }
        w.indent(ind, node: n1088, list: s1019)
        let n1093 = w.count
        let v1094 = a2.hasPayloadKey
        if !v1094 {
            let s1095 = w.count
            w.write("        case ." as StaticString)
            let v1096 = a2.unknownCaseName
            w.write(v1096)
            let n1097 = w.count
            w.write("(let name): return name\n" as StaticString)
            w.indent(ind, node: n1097, list: s1095)
        }
        w.indent(ind, node: n1093, list: s1019)
        let n1098 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1098, list: s1019)
        let n1099 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1099, list: s1019)
        let n1100 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1100, list: s1019)
        let n1101 = w.count
        w.write("    private enum CodingKeys: Swift.String, Swift.CodingKey {\n" as StaticString)
        w.indent(ind, node: n1101, list: s1019)
        let n1102 = w.count
        w.write("        case name = \"" as StaticString)
        w.indent(ind, node: n1102, list: s1019)
        let v1103 = a2.discriminatorKey
        w.write(v1103)
        let n1104 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n1104, list: s1019)
        let n1105 = w.count
        let v1106 = a2.hasPayloadKey
        if v1106 {
            let s1107 = w.count
            w.write("        case payload = \"" as StaticString)
            let v1108 = a2.payloadKey
            w.write(v1108)
            let n1109 = w.count
            w.write("\"\n" as StaticString)
            w.indent(ind, node: n1109, list: s1107)
        }
        w.indent(ind, node: n1105, list: s1019)
        let n1110 = w.count
        let v1111 = a2.frameKeys
        v1111.withUnsafeBufferPointer { l1113 in
            for i1112 in l1113.indices {
                let s1114 = w.count
                w.write("        case " as StaticString)
                let v1115 = l1113[i1112].caseName
                w.write(v1115)
                let n1116 = w.count
                w.write(" = \"" as StaticString)
                w.indent(ind, node: n1116, list: s1114)
                let v1117 = l1113[i1112].jsonKey
                w.write(v1117)
                let n1118 = w.count
                w.write("\"\n" as StaticString)
                w.indent(ind, node: n1118, list: s1114)
            }
        }
        w.indent(ind, node: n1110, list: s1019)
        let n1119 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1119, list: s1019)
        let n1120 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1120, list: s1019)
        let n1121 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1121, list: s1019)
        let v1122 = a2.access
        w.write(v1122)
        let n1123 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n1123, list: s1019)
        let n1124 = w.count
        w.write("        let container = try decoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
        w.indent(ind, node: n1124, list: s1019)
        let n1125 = w.count
        w.write("        let name = try container.decode(Swift.String.self, forKey: .name)\n" as StaticString)
        w.indent(ind, node: n1125, list: s1019)
        let n1126 = w.count
        w.write("        switch name {\n" as StaticString)
        w.indent(ind, node: n1126, list: s1019)
        let n1127 = w.count
        let v1128 = a2.events
        v1128.withUnsafeBufferPointer { l1130 in
            for i1129 in l1130.indices {
                let s1131 = w.count
                let v1132 = l1130[i1129].isData
                if v1132 {
                    let s1133 = w.count
                    w.write("        case \"" as StaticString)
                    let v1134 = l1130[i1129].wireName
                    w.write(v1134)
                    let n1135 = w.count
                    w.write("\": self = ." as StaticString)
                    w.indent(ind, node: n1135, list: s1133)
                    let v1136 = l1130[i1129].caseName
                    w.write(v1136)
                    let n1137 = w.count
                    w.write("(try container.decode(" as StaticString)
                    w.indent(ind, node: n1137, list: s1133)
                    let v1138 = l1130[i1129].payloadType
                    w.write(v1138)
                    let n1139 = w.count
                    w.write(".self, forKey: .payload))\n" as StaticString)
                    w.indent(ind, node: n1139, list: s1133)
                }
                let n1140 = w.count
                let v1141 = l1130[i1129].isFrame
                if v1141 {
                    let s1142 = w.count
                    let v1143 = k.eventViewModel_hasFields(l1130[i1129])
                    if v1143 {
                        let s1144 = w.count
                        w.write("        case \"" as StaticString)
                        let v1145 = l1130[i1129].wireName
                        w.write(v1145)
                        let n1146 = w.count
                        w.write("\":\n" as StaticString)
                        w.indent(ind, node: n1146, list: s1144)
                        let n1147 = w.count
                        w.write("            self = ." as StaticString)
                        w.indent(ind, node: n1147, list: s1144)
                        let v1148 = l1130[i1129].caseName
                        w.write(v1148)
                        let n1149 = w.count
                        w.write("(\n" as StaticString)
                        w.indent(ind, node: n1149, list: s1144)
                        let n1150 = w.count
                        w.write("                " as StaticString)
                        w.indent(ind, node: n1150, list: s1144)
                        let v1151 = l1130[i1129].payloadType
                        w.write(v1151)
                        let n1152 = w.count
                        w.write("(\n" as StaticString)
                        w.indent(ind, node: n1152, list: s1144)
                        let n1153 = w.count
                        if let v1154 = l1130[i1129].fields {
                            v1154.withUnsafeBufferPointer { l1156 in
                                for i1155 in l1156.indices {
                                    let s1157 = w.count
                                    w.write("                    " as StaticString)
                                    let v1158 = l1156[i1155].name
                                    w.write(v1158)
                                    let n1159 = w.count
                                    w.write(": try container." as StaticString)
                                    w.indent(ind, node: n1159, list: s1157)
                                    let v1160 = l1156[i1155].isOptional
                                    if v1160 {
                                        w.write("decodeIfPresent" as StaticString)
                                    }
                                    let n1161 = w.count
                                    let v1162 = l1156[i1155].isOptional
                                    if !v1162 {
                                        w.write("decode" as StaticString)
                                    }
                                    w.indent(ind, node: n1161, list: s1157)
                                    let n1163 = w.count
                                    w.write("(" as StaticString)
                                    w.indent(ind, node: n1163, list: s1157)
                                    let v1164 = l1156[i1155].baseType
                                    w.write(v1164)
                                    let n1165 = w.count
                                    w.write(".self, forKey: ." as StaticString)
                                    w.indent(ind, node: n1165, list: s1157)
                                    let v1166 = l1156[i1155].commonName
                                    w.write(v1166)
                                    let n1167 = w.count
                                    w.write(")" as StaticString)
                                    w.indent(ind, node: n1167, list: s1157)
                                    let v1168 = l1156[i1155].isLastParameter
                                    if !v1168 {
                                        w.write("," as StaticString)
                                    }
                                    let n1169 = w.count
                                    w.write("\n" as StaticString)
                                    w.indent(ind, node: n1169, list: s1157)
                                }
                            }
                        }
                        w.indent(ind, node: n1153, list: s1144)
                        let n1170 = w.count
                        w.write("                )\n" as StaticString)
                        w.indent(ind, node: n1170, list: s1144)
                        let n1171 = w.count
                        w.write("            )\n" as StaticString)
                        w.indent(ind, node: n1171, list: s1144)
                    }
                    let n1172 = w.count
                    let v1173 = k.eventViewModel_hasFields(l1130[i1129])
                    if !v1173 {
                        let s1174 = w.count
                        w.write("        case \"" as StaticString)
                        let v1175 = l1130[i1129].wireName
                        w.write(v1175)
                        let n1176 = w.count
                        w.write("\": self = ." as StaticString)
                        w.indent(ind, node: n1176, list: s1174)
                        let v1177 = l1130[i1129].caseName
                        w.write(v1177)
                        let n1178 = w.count
                        w.write("(try " as StaticString)
                        w.indent(ind, node: n1178, list: s1174)
                        let v1179 = l1130[i1129].payloadType
                        w.write(v1179)
                        let n1180 = w.count
                        w.write("(from: decoder))\n" as StaticString)
                        w.indent(ind, node: n1180, list: s1174)
                    }
                    w.indent(ind, node: n1172, list: s1142)
                }
                w.indent(ind, node: n1140, list: s1131)
                let n1181 = w.count
                let v1182 = k.eventViewModel_hasPayload(l1130[i1129])
                if !v1182 {
                    let s1183 = w.count
                    w.write("        case \"" as StaticString)
                    let v1184 = l1130[i1129].wireName
                    w.write(v1184)
                    let n1185 = w.count
                    w.write("\": self = ." as StaticString)
                    w.indent(ind, node: n1185, list: s1183)
                    let v1186 = l1130[i1129].caseName
                    w.write(v1186)
                    let n1187 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n1187, list: s1183)
                }
                w.indent(ind, node: n1181, list: s1131)
            }
        }
        w.indent(ind, node: n1127, list: s1019)
        let n1188 = w.count
        let v1189 = a2.hasPayloadKey
        if v1189 {
            let s1190 = w.count
            w.write("        default: self = ." as StaticString)
            let v1191 = a2.unknownCaseName
            w.write(v1191)
            let n1192 = w.count
            w.write("(name: name, payload: try container.decodeIfPresent(" as StaticString)
            w.indent(ind, node: n1192, list: s1190)
            let v1193 = a2.runtime
            w.write(v1193)
            let n1194 = w.count
            w.write(".JSONValue.self, forKey: .payload))\n" as StaticString)
            w.indent(ind, node: n1194, list: s1190)
        }
        w.indent(ind, node: n1188, list: s1019)
        let n1195 = w.count
        let v1196 = a2.hasPayloadKey
        if !v1196 {
            let s1197 = w.count
            w.write("        default: self = ." as StaticString)
            let v1198 = a2.unknownCaseName
            w.write(v1198)
            let n1199 = w.count
            w.write("(name: name)\n" as StaticString)
            w.indent(ind, node: n1199, list: s1197)
        }
        w.indent(ind, node: n1195, list: s1019)
        let n1200 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1200, list: s1019)
        let n1201 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1201, list: s1019)
        let n1202 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1202, list: s1019)
        let n1203 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1203, list: s1019)
        let v1204 = a2.access
        w.write(v1204)
        let n1205 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n1205, list: s1019)
        let n1206 = w.count
        w.write("        var container = encoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
        w.indent(ind, node: n1206, list: s1019)
        let n1207 = w.count
        w.write("        try container.encode(self.name, forKey: .name)\n" as StaticString)
        w.indent(ind, node: n1207, list: s1019)
        let n1208 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1208, list: s1019)
        let n1209 = w.count
        let v1210 = a2.events
        v1210.withUnsafeBufferPointer { l1212 in
            for i1211 in l1212.indices {
                let s1213 = w.count
                let v1214 = l1212[i1211].isData
                if v1214 {
                    let s1215 = w.count
                    w.write("        case ." as StaticString)
                    let v1216 = l1212[i1211].caseName
                    w.write(v1216)
                    let n1217 = w.count
                    w.write("(let payload): try container.encode(payload, forKey: .payload)\n" as StaticString)
                    w.indent(ind, node: n1217, list: s1215)
                }
                let n1218 = w.count
                let v1219 = l1212[i1211].isFrame
                if v1219 {
                    let s1220 = w.count
                    w.write("        case ." as StaticString)
                    let v1221 = l1212[i1211].caseName
                    w.write(v1221)
                    let n1222 = w.count
                    w.write("(let fields): try fields.encode(to: encoder)\n" as StaticString)
                    w.indent(ind, node: n1222, list: s1220)
                }
                w.indent(ind, node: n1218, list: s1213)
                let n1223 = w.count
                let v1224 = k.eventViewModel_hasPayload(l1212[i1211])
                if !v1224 {
                    let s1225 = w.count
                    w.write("        case ." as StaticString)
                    let v1226 = l1212[i1211].caseName
                    w.write(v1226)
                    let n1227 = w.count
                    w.write(": break\n" as StaticString)
                    w.indent(ind, node: n1227, list: s1225)
                }
                w.indent(ind, node: n1223, list: s1213)
            }
        }
        w.indent(ind, node: n1209, list: s1019)
        let n1228 = w.count
        let v1229 = a2.hasPayloadKey
        if v1229 {
            let s1230 = w.count
            w.write("        case ." as StaticString)
            let v1231 = a2.unknownCaseName
            w.write(v1231)
            let n1232 = w.count
            w.write("(_, let payload): try container.encodeIfPresent(payload, forKey: .payload)\n" as StaticString)
            w.indent(ind, node: n1232, list: s1230)
        }
        w.indent(ind, node: n1228, list: s1019)
        let n1233 = w.count
        let v1234 = a2.hasPayloadKey
        if !v1234 {
            let s1235 = w.count
            w.write("        case ." as StaticString)
            let v1236 = a2.unknownCaseName
            w.write(v1236)
            let n1237 = w.count
            w.write(": break\n" as StaticString)
            w.indent(ind, node: n1237, list: s1235)
        }
        w.indent(ind, node: n1233, list: s1019)
        let n1238 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1238, list: s1019)
        let n1239 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1239, list: s1019)
        let n1240 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1240, list: s1019)
    }

    /// The partial `events-json`.
    private static func partial10(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: EventsViewModel) {
        let s1241 = w.count
        let n1242 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n1242, list: s1241)
        let v1243 = a2.qualifiedName
        w.write(v1243)
        let n1244 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n1244, list: s1241)
        let v1245 = a2.runtime
        w.write(v1245)
        let n1246 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n1246, list: s1241)
        let n1247 = w.count
        w.write("    /// Decodes a message from JSON in one pass over the bytes, without `JSONDec" as StaticString)
        w.write("oder`: the result equals\n" as StaticString)
        w.indent(ind, node: n1247, list: s1241)
        let n1248 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n1248, list: s1241)
        let v1249 = a2.name
        w.write(v1249)
        let n1250 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n1250, list: s1241)
        let n1251 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1251, list: s1241)
        let v1252 = a2.access
        w.write(v1252)
        let n1253 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n1253, list: s1241)
        let n1254 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n1254, list: s1241)
        let v1255 = a2.runtime
        w.write(v1255)
        let n1256 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n1256, list: s1241)
        let v1257 = a2.qualifiedName
        w.write(v1257)
        let n1258 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n1258, list: s1241)
        let n1259 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1259, list: s1241)
        let n1260 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1260, list: s1241)
        let n1261 = w.count
        w.write("    private static let _specgenJSONKeys = " as StaticString)
        w.indent(ind, node: n1261, list: s1241)
        let v1262 = a2.runtime
        w.write(v1262)
        let n1263 = w.count
        w.write(".JSONKeyTable([\"" as StaticString)
        w.indent(ind, node: n1263, list: s1241)
        let v1264 = a2.discriminatorKey
        w.write(v1264)
        let n1265 = w.count
        w.write("\"" as StaticString)
        w.indent(ind, node: n1265, list: s1241)
        let v1266 = a2.hasPayloadKey
        if v1266 {
            let s1267 = w.count
            w.write(", \"" as StaticString)
            let v1268 = a2.payloadKey
            w.write(v1268)
            let n1269 = w.count
            w.write("\"" as StaticString)
            w.indent(ind, node: n1269, list: s1267)
        }
        let n1270 = w.count
        w.write("])\n" as StaticString)
        w.indent(ind, node: n1270, list: s1241)
        let n1271 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1271, list: s1241)
        let n1272 = w.count
        w.write("    /// Reads a message at the reader's position: its name first, then the paylo" as StaticString)
        w.write("ad the name selects.\n" as StaticString)
        w.indent(ind, node: n1272, list: s1241)
        let n1273 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1273, list: s1241)
        let v1274 = a2.access
        w.write(v1274)
        let n1275 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n1275, list: s1241)
        let v1276 = a2.runtime
        w.write(v1276)
        let n1277 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n1277, list: s1241)
        let n1278 = w.count
        let v1279 = k.eventsViewModel_hasFrameEvents(a2)
        if v1279 {
            w.write("        let start = reader\n" as StaticString)
        }
        w.indent(ind, node: n1278, list: s1241)
        let n1280 = w.count
        w.write("        var name: Swift.String? = nil\n" as StaticString)
        w.indent(ind, node: n1280, list: s1241)
        let n1281 = w.count
        let v1282 = a2.hasPayloadKey
        if v1282 {
            let s1283 = w.count
            w.write("        var payload: " as StaticString)
            let v1284 = a2.runtime
            w.write(v1284)
            let n1285 = w.count
            w.write(".JSONDecodingReader? = nil\n" as StaticString)
            w.indent(ind, node: n1285, list: s1283)
        }
        w.indent(ind, node: n1281, list: s1241)
        let n1286 = w.count
        w.write("        var object = try reader.beginObject()\n" as StaticString)
        w.indent(ind, node: n1286, list: s1241)
        let n1287 = w.count
        w.write("        while let key = try reader.nextKey(&object, " as StaticString)
        w.indent(ind, node: n1287, list: s1241)
        let v1288 = a2.qualifiedName
        w.write(v1288)
        let n1289 = w.count
        w.write("._specgenJSONKeys) {\n" as StaticString)
        w.indent(ind, node: n1289, list: s1241)
        let n1290 = w.count
        w.write("            switch key {\n" as StaticString)
        w.indent(ind, node: n1290, list: s1241)
        let n1291 = w.count
        w.write("            case 0: try reader.decodeField(&name)\n" as StaticString)
        w.indent(ind, node: n1291, list: s1241)
        let n1292 = w.count
        let v1293 = a2.hasPayloadKey
        if v1293 {
            let s1294 = w.count
            w.write("            case 1:\n" as StaticString)
            let n1295 = w.count
            w.write("                if payload == nil { payload = reader }\n" as StaticString)
            w.indent(ind, node: n1295, list: s1294)
            let n1296 = w.count
            w.write("                try reader.skipValue()\n" as StaticString)
            w.indent(ind, node: n1296, list: s1294)
        }
        w.indent(ind, node: n1292, list: s1241)
        let n1297 = w.count
        w.write("            default: try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n1297, list: s1241)
        let n1298 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n1298, list: s1241)
        let n1299 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1299, list: s1241)
        let n1300 = w.count
        w.write("        guard let name else { throw reader.missingKey(\"" as StaticString)
        w.indent(ind, node: n1300, list: s1241)
        let v1301 = a2.discriminatorKey
        w.write(v1301)
        let n1302 = w.count
        w.write("\", in: object) }\n" as StaticString)
        w.indent(ind, node: n1302, list: s1241)
        let n1303 = w.count
        w.write("        switch name {\n" as StaticString)
        w.indent(ind, node: n1303, list: s1241)
        let n1304 = w.count
        let v1305 = a2.events
        v1305.withUnsafeBufferPointer { l1307 in
            for i1306 in l1307.indices {
                let s1308 = w.count
                let v1309 = l1307[i1306].isData
                if v1309 {
                    let s1310 = w.count
                    w.write("        case \"" as StaticString)
                    let v1311 = l1307[i1306].wireName
                    w.write(v1311)
                    let n1312 = w.count
                    w.write("\":\n" as StaticString)
                    w.indent(ind, node: n1312, list: s1310)
                    let n1313 = w.count
                    w.write("            guard var data = payload else { throw reader.missingKey(\"" as StaticString)
                    w.indent(ind, node: n1313, list: s1310)
                    let v1314 = a2.payloadKey
                    w.write(v1314)
                    let n1315 = w.count
                    w.write("\", in: object) }\n" as StaticString)
                    w.indent(ind, node: n1315, list: s1310)
                    let n1316 = w.count
                    w.write("            self = ." as StaticString)
                    w.indent(ind, node: n1316, list: s1310)
                    let v1317 = l1307[i1306].caseName
                    w.write(v1317)
                    let n1318 = w.count
                    w.write("(try " as StaticString)
                    w.indent(ind, node: n1318, list: s1310)
                    let v1319 = l1307[i1306].payloadType
                    w.write(v1319)
                    let n1320 = w.count
                    w.write("(jsonReader: &data))\n" as StaticString)
                    w.indent(ind, node: n1320, list: s1310)
                }
                let n1321 = w.count
                let v1322 = l1307[i1306].isFrame
                if v1322 {
                    let s1323 = w.count
                    w.write("        case \"" as StaticString)
                    let v1324 = l1307[i1306].wireName
                    w.write(v1324)
                    let n1325 = w.count
                    w.write("\":\n" as StaticString)
                    w.indent(ind, node: n1325, list: s1323)
                    let n1326 = w.count
                    w.write("            var fields = start\n" as StaticString)
                    w.indent(ind, node: n1326, list: s1323)
                    let n1327 = w.count
                    w.write("            self = ." as StaticString)
                    w.indent(ind, node: n1327, list: s1323)
                    let v1328 = l1307[i1306].caseName
                    w.write(v1328)
                    let n1329 = w.count
                    w.write("(try " as StaticString)
                    w.indent(ind, node: n1329, list: s1323)
                    let v1330 = l1307[i1306].payloadType
                    w.write(v1330)
                    let n1331 = w.count
                    w.write("(jsonReader: &fields))\n" as StaticString)
                    w.indent(ind, node: n1331, list: s1323)
                }
                w.indent(ind, node: n1321, list: s1308)
                let n1332 = w.count
                let v1333 = k.eventViewModel_hasPayload(l1307[i1306])
                if !v1333 {
                    let s1334 = w.count
                    w.write("        case \"" as StaticString)
                    let v1335 = l1307[i1306].wireName
                    w.write(v1335)
                    let n1336 = w.count
                    w.write("\": self = ." as StaticString)
                    w.indent(ind, node: n1336, list: s1334)
                    let v1337 = l1307[i1306].caseName
                    w.write(v1337)
                    let n1338 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n1338, list: s1334)
                }
                w.indent(ind, node: n1332, list: s1308)
            }
        }
        w.indent(ind, node: n1304, list: s1241)
        let n1339 = w.count
        let v1340 = a2.hasPayloadKey
        if v1340 {
            let s1341 = w.count
            w.write("        default:\n" as StaticString)
            let n1342 = w.count
            w.write("            var value: " as StaticString)
            w.indent(ind, node: n1342, list: s1341)
            let v1343 = a2.runtime
            w.write(v1343)
            let n1344 = w.count
            w.write(".JSONValue? = nil\n" as StaticString)
            w.indent(ind, node: n1344, list: s1341)
            let n1345 = w.count
            w.write("            if var data = payload, !(try data.consumeNull()) { value = try " as StaticString)
            w.indent(ind, node: n1345, list: s1341)
            let v1346 = a2.runtime
            w.write(v1346)
            let n1347 = w.count
            w.write(".JSONValue(jsonReader: &data) }\n" as StaticString)
            w.indent(ind, node: n1347, list: s1341)
            let n1348 = w.count
            w.write("            self = ." as StaticString)
            w.indent(ind, node: n1348, list: s1341)
            let v1349 = a2.unknownCaseName
            w.write(v1349)
            let n1350 = w.count
            w.write("(name: name, payload: value)\n" as StaticString)
            w.indent(ind, node: n1350, list: s1341)
        }
        w.indent(ind, node: n1339, list: s1241)
        let n1351 = w.count
        let v1352 = a2.hasPayloadKey
        if !v1352 {
            let s1353 = w.count
            w.write("        default: self = ." as StaticString)
            let v1354 = a2.unknownCaseName
            w.write(v1354)
            let n1355 = w.count
            w.write("(name: name)\n" as StaticString)
            w.indent(ind, node: n1355, list: s1353)
        }
        w.indent(ind, node: n1351, list: s1241)
        let n1356 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1356, list: s1241)
        let n1357 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1357, list: s1241)
        let n1358 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1358, list: s1241)
    }

    /// The partial `opcode-events`.
    private static func partial11(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: OpcodeEventsViewModel) {
        let s1359 = w.count
        let n1360 = w.count
        let v1361 = a2.docLines
        v1361.withUnsafeBufferPointer { l1363 in
            for i1362 in l1363.indices {
                let s1364 = w.count
                w.write("/// " as StaticString)
                w.write(l1363[i1362])
                let n1365 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1365, list: s1364)
            }
        }
        w.indent(ind, node: n1360, list: s1359)
        let n1366 = w.count
        let v1367 = a2.access
        w.write(v1367)
        w.indent(ind, node: n1366, list: s1359)
        let n1368 = w.count
        w.write(" " as StaticString)
        w.indent(ind, node: n1368, list: s1359)
        let v1369 = a2.isIndirect
        if v1369 {
            w.write("indirect " as StaticString)
        }
        let n1370 = w.count
        w.write("enum " as StaticString)
        w.indent(ind, node: n1370, list: s1359)
        let v1371 = a2.name
        w.write(v1371)
        let n1372 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n1372, list: s1359)
        let n1373 = w.count
        let v1374 = a2.events
        v1374.withUnsafeBufferPointer { l1376 in
            for i1375 in l1376.indices {
                let s1377 = w.count
                let v1378 = l1376[i1375].docLines
                v1378.withUnsafeBufferPointer { l1380 in
                    for i1379 in l1380.indices {
                        let s1381 = w.count
                        w.write("    /// " as StaticString)
                        w.write(l1380[i1379])
                        let n1382 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n1382, list: s1381)
                    }
                }
                let n1383 = w.count
                w.write("    case " as StaticString)
                w.indent(ind, node: n1383, list: s1377)
                let v1384 = l1376[i1375].caseName
                w.write(v1384)
                let n1385 = w.count
                let v1386 = k.opcodeEventViewModel_hasValues(l1376[i1375])
                if v1386 {
                    let s1387 = w.count
                    w.write("(" as StaticString)
                    let v1388 = k.opcodeEventViewModel_hasPayload(l1376[i1375])
                    if v1388 {
                        let s1389 = w.count
                        let v1390 = l1376[i1375].payloadType
                        w.write(v1390)
                        let n1391 = w.count
                        let v1392 = l1376[i1375].isPayloadNullable
                        if v1392 {
                            w.write("?" as StaticString)
                        }
                        w.indent(ind, node: n1391, list: s1389)
                        let n1393 = w.count
                        let v1394 = l1376[i1375].carriesSequence
                        if v1394 {
                            w.write(", " as StaticString)
                        }
                        w.indent(ind, node: n1393, list: s1389)
                    }
                    let n1395 = w.count
                    let v1396 = l1376[i1375].carriesSequence
                    if v1396 {
                        w.write("sequence: Swift.Int" as StaticString)
                    }
                    w.indent(ind, node: n1395, list: s1387)
                    let n1397 = w.count
                    w.write(")" as StaticString)
                    w.indent(ind, node: n1397, list: s1387)
                }
                w.indent(ind, node: n1385, list: s1377)
                let n1398 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1398, list: s1377)
            }
        }
        w.indent(ind, node: n1373, list: s1359)
        let n1399 = w.count
        let v1400 = a2.unknownDocLines
        v1400.withUnsafeBufferPointer { l1402 in
            for i1401 in l1402.indices {
                let s1403 = w.count
                w.write("    /// " as StaticString)
                w.write(l1402[i1401])
                let n1404 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1404, list: s1403)
            }
        }
        w.indent(ind, node: n1399, list: s1359)
        let n1405 = w.count
        w.write("    case " as StaticString)
        w.indent(ind, node: n1405, list: s1359)
        let v1406 = a2.unknownCaseName
        w.write(v1406)
        let n1407 = w.count
        w.write("(opcode: Swift.Int, name: Swift.String?, " as StaticString)
        w.indent(ind, node: n1407, list: s1359)
        let v1408 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1408 {
            w.write("sequence: Swift.Int?, " as StaticString)
        }
        let n1409 = w.count
        w.write("payload: " as StaticString)
        w.indent(ind, node: n1409, list: s1359)
        let v1410 = a2.runtime
        w.write(v1410)
        let n1411 = w.count
        w.write(".JSONValue?)\n" as StaticString)
        w.indent(ind, node: n1411, list: s1359)
        let n1412 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1412, list: s1359)
        let n1413 = w.count
        w.write("    /// The message's code (`" as StaticString)
        w.indent(ind, node: n1413, list: s1359)
        let v1414 = a2.opcodeKey
        w.write(v1414)
        let n1415 = w.count
        w.write("`): " as StaticString)
        w.indent(ind, node: n1415, list: s1359)
        let v1416 = a2.dispatch
        w.write(v1416)
        let n1417 = w.count
        w.write(" for a dispatched event.\n" as StaticString)
        w.indent(ind, node: n1417, list: s1359)
        let n1418 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1418, list: s1359)
        let v1419 = a2.access
        w.write(v1419)
        let n1420 = w.count
        w.write(" var opcode: Swift.Int {\n" as StaticString)
        w.indent(ind, node: n1420, list: s1359)
        let n1421 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1421, list: s1359)
        let n1422 = w.count
        let v1423 = a2.events
        v1423.withUnsafeBufferPointer { l1425 in
            for i1424 in l1425.indices {
                let s1426 = w.count
                w.write("        case ." as StaticString)
                let v1427 = l1425[i1424].caseName
                w.write(v1427)
                let n1428 = w.count
                w.write(": return " as StaticString)
                w.indent(ind, node: n1428, list: s1426)
                let v1429 = l1425[i1424].opcode
                w.write(v1429)
                let n1430 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1430, list: s1426)
            }
        }
        w.indent(ind, node: n1422, list: s1359)
        let n1431 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n1431, list: s1359)
        let v1432 = a2.unknownCaseName
        w.write(v1432)
        let n1433 = w.count
        w.write("(let opcode, _, _" as StaticString)
        w.indent(ind, node: n1433, list: s1359)
        let v1434 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1434 {
            w.write(", _" as StaticString)
        }
        let n1435 = w.count
        w.write("): return opcode\n" as StaticString)
        w.indent(ind, node: n1435, list: s1359)
        let n1436 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1436, list: s1359)
        let n1437 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1437, list: s1359)
        let n1438 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1438, list: s1359)
        let n1439 = w.count
        w.write("    /// The event's name on the wire (`" as StaticString)
        w.indent(ind, node: n1439, list: s1359)
        let v1440 = a2.discriminatorKey
        w.write(v1440)
        let n1441 = w.count
        w.write("`), `nil` for a message that its code alone identifies.\n" as StaticString)
        w.indent(ind, node: n1441, list: s1359)
        let n1442 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1442, list: s1359)
        let v1443 = a2.access
        w.write(v1443)
        let n1444 = w.count
        w.write(" var name: Swift.String? {\n" as StaticString)
        w.indent(ind, node: n1444, list: s1359)
        let n1445 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1445, list: s1359)
        let n1446 = w.count
        let v1447 = a2.events
        v1447.withUnsafeBufferPointer { l1449 in
            for i1448 in l1449.indices {
                let s1450 = w.count
                let v1451 = l1449[i1448].isDispatch
                if v1451 {
                    let s1452 = w.count
                    w.write("        case ." as StaticString)
                    let v1453 = l1449[i1448].caseName
                    w.write(v1453)
                    let n1454 = w.count
                    w.write(": return \"" as StaticString)
                    w.indent(ind, node: n1454, list: s1452)
                    let v1455 = l1449[i1448].wireName
                    w.write(v1455)
                    let n1456 = w.count
                    w.write("\"\n" as StaticString)
                    w.indent(ind, node: n1456, list: s1452)
                }
                let n1457 = w.count
                let v1458 = l1449[i1448].isDispatch
                if !v1458 {
                    let s1459 = w.count
                    w.write("        case ." as StaticString)
                    let v1460 = l1449[i1448].caseName
                    w.write(v1460)
                    let n1461 = w.count
                    w.write(": return nil\n" as StaticString)
                    w.indent(ind, node: n1461, list: s1459)
                }
                w.indent(ind, node: n1457, list: s1450)
            }
        }
        w.indent(ind, node: n1446, list: s1359)
        let n1462 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n1462, list: s1359)
        let v1463 = a2.unknownCaseName
        w.write(v1463)
        let n1464 = w.count
        w.write("(_, let name, _" as StaticString)
        w.indent(ind, node: n1464, list: s1359)
        let v1465 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1465 {
            w.write(", _" as StaticString)
        }
        let n1466 = w.count
        w.write("): return name\n" as StaticString)
        w.indent(ind, node: n1466, list: s1359)
        let n1467 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1467, list: s1359)
        let n1468 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1468, list: s1359)
        let n1469 = w.count
        let v1470 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1470 {
            let s1471 = w.count
            w.write("\n" as StaticString)
            let n1472 = w.count
            w.write("    /// The sequence number (`" as StaticString)
            w.indent(ind, node: n1472, list: s1471)
            let v1473 = a2.sequenceKey
            w.write(v1473)
            let n1474 = w.count
            w.write("`) of a dispatched event, `nil` for other messages: the number to\n" as StaticString)
            w.indent(ind, node: n1474, list: s1471)
            let n1475 = w.count
            w.write("    /// heartbeat and resume with.\n" as StaticString)
            w.indent(ind, node: n1475, list: s1471)
            let n1476 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n1476, list: s1471)
            let v1477 = a2.access
            w.write(v1477)
            let n1478 = w.count
            w.write(" var sequence: Swift.Int? {\n" as StaticString)
            w.indent(ind, node: n1478, list: s1471)
            let n1479 = w.count
            w.write("        switch self {\n" as StaticString)
            w.indent(ind, node: n1479, list: s1471)
            let n1480 = w.count
            let v1481 = a2.events
            v1481.withUnsafeBufferPointer { l1483 in
                for i1482 in l1483.indices {
                    let s1484 = w.count
                    let v1485 = l1483[i1482].carriesSequence
                    if v1485 {
                        let s1486 = w.count
                        w.write("        case ." as StaticString)
                        let v1487 = l1483[i1482].caseName
                        w.write(v1487)
                        let n1488 = w.count
                        w.write("(" as StaticString)
                        w.indent(ind, node: n1488, list: s1486)
                        let v1489 = k.opcodeEventViewModel_hasPayload(l1483[i1482])
                        if v1489 {
                            w.write("_, " as StaticString)
                        }
                        let n1490 = w.count
                        w.write("let sequence): return sequence\n" as StaticString)
                        w.indent(ind, node: n1490, list: s1486)
                    }
                    let n1491 = w.count
                    let v1492 = l1483[i1482].carriesSequence
                    if !v1492 {
                        let s1493 = w.count
                        w.write("        case ." as StaticString)
                        let v1494 = l1483[i1482].caseName
                        w.write(v1494)
                        let n1495 = w.count
                        w.write(": return nil\n" as StaticString)
                        w.indent(ind, node: n1495, list: s1493)
                    }
                    w.indent(ind, node: n1491, list: s1484)
                }
            }
            w.indent(ind, node: n1480, list: s1471)
            let n1496 = w.count
            w.write("        case ." as StaticString)
            w.indent(ind, node: n1496, list: s1471)
            let v1497 = a2.unknownCaseName
            w.write(v1497)
            let n1498 = w.count
            w.write("(_, _, let sequence, _): return sequence\n" as StaticString)
            w.indent(ind, node: n1498, list: s1471)
            let n1499 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n1499, list: s1471)
            let n1500 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n1500, list: s1471)
        }
        w.indent(ind, node: n1469, list: s1359)
        let n1501 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1501, list: s1359)
        let n1502 = w.count
        w.write("    private enum CodingKeys: Swift.String, Swift.CodingKey {\n" as StaticString)
        w.indent(ind, node: n1502, list: s1359)
        let n1503 = w.count
        w.write("        case opcode = \"" as StaticString)
        w.indent(ind, node: n1503, list: s1359)
        let v1504 = a2.opcodeKey
        w.write(v1504)
        let n1505 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n1505, list: s1359)
        let n1506 = w.count
        w.write("        case payload = \"" as StaticString)
        w.indent(ind, node: n1506, list: s1359)
        let v1507 = a2.payloadKey
        w.write(v1507)
        let n1508 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n1508, list: s1359)
        let n1509 = w.count
        let v1510 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1510 {
            let s1511 = w.count
            w.write("        case sequence = \"" as StaticString)
            let v1512 = a2.sequenceKey
            w.write(v1512)
            let n1513 = w.count
            w.write("\"\n" as StaticString)
            w.indent(ind, node: n1513, list: s1511)
        }
        w.indent(ind, node: n1509, list: s1359)
        let n1514 = w.count
        w.write("        case name = \"" as StaticString)
        w.indent(ind, node: n1514, list: s1359)
        let v1515 = a2.discriminatorKey
        w.write(v1515)
        let n1516 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n1516, list: s1359)
        let n1517 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1517, list: s1359)
        let n1518 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1518, list: s1359)
        let n1519 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1519, list: s1359)
        let v1520 = a2.access
        w.write(v1520)
        let n1521 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n1521, list: s1359)
        let n1522 = w.count
        w.write("        let container = try decoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
        w.indent(ind, node: n1522, list: s1359)
        let n1523 = w.count
        w.write("        let opcode = try container.decode(Swift.Int.self, forKey: .opcode)\n" as StaticString)
        w.indent(ind, node: n1523, list: s1359)
        let n1524 = w.count
        w.write("        switch opcode {\n" as StaticString)
        w.indent(ind, node: n1524, list: s1359)
        let n1525 = w.count
        w.write("        case " as StaticString)
        w.indent(ind, node: n1525, list: s1359)
        let v1526 = a2.dispatch
        w.write(v1526)
        let n1527 = w.count
        w.write(":\n" as StaticString)
        w.indent(ind, node: n1527, list: s1359)
        let n1528 = w.count
        w.write("            switch try container.decodeIfPresent(Swift.String.self, forKey: .nam" as StaticString)
        w.write("e) {\n" as StaticString)
        w.indent(ind, node: n1528, list: s1359)
        let n1529 = w.count
        let v1530 = k.opcodeEventsViewModel_dispatchEvents(a2)
        v1530.withUnsafeBufferPointer { l1532 in
            for i1531 in l1532.indices {
                let s1533 = w.count
                w.write("            case \"" as StaticString)
                let v1534 = l1532[i1531].wireName
                w.write(v1534)
                let n1535 = w.count
                w.write("\"?:\n" as StaticString)
                w.indent(ind, node: n1535, list: s1533)
                let n1536 = w.count
                let v1537 = k.opcodeEventViewModel_hasPayload(l1532[i1531])
                if v1537 {
                    let s1538 = w.count
                    w.write("                let payloadValue = try container." as StaticString)
                    let v1539 = l1532[i1531].isPayloadNullable
                    if v1539 {
                        w.write("decodeIfPresent" as StaticString)
                    }
                    let n1540 = w.count
                    let v1541 = l1532[i1531].isPayloadNullable
                    if !v1541 {
                        w.write("decode" as StaticString)
                    }
                    w.indent(ind, node: n1540, list: s1538)
                    let n1542 = w.count
                    w.write("(" as StaticString)
                    w.indent(ind, node: n1542, list: s1538)
                    let v1543 = l1532[i1531].payloadType
                    w.write(v1543)
                    let n1544 = w.count
                    w.write(".self, forKey: .payload)\n" as StaticString)
                    w.indent(ind, node: n1544, list: s1538)
                }
                w.indent(ind, node: n1536, list: s1533)
                let n1545 = w.count
                let v1546 = l1532[i1531].carriesSequence
                if v1546 {
                    w.write("                let sequence = try container.decode(Swift.Int.self, forKey: .seq" as StaticString)
                    w.write("uence)\n" as StaticString)
                }
                w.indent(ind, node: n1545, list: s1533)
                let n1547 = w.count
                w.write("                self = ." as StaticString)
                w.indent(ind, node: n1547, list: s1533)
                let v1548 = l1532[i1531].caseName
                w.write(v1548)
                let n1549 = w.count
                let v1550 = k.opcodeEventViewModel_hasValues(l1532[i1531])
                if v1550 {
                    let s1551 = w.count
                    w.write("(" as StaticString)
                    let v1552 = k.opcodeEventViewModel_hasPayload(l1532[i1531])
                    if v1552 {
                        w.write("payloadValue" as StaticString)
                        let v1554 = l1532[i1531].carriesSequence
                        if v1554 {
                            w.write(", " as StaticString)
                        }
                    }
                    let n1555 = w.count
                    let v1556 = l1532[i1531].carriesSequence
                    if v1556 {
                        w.write("sequence: sequence" as StaticString)
                    }
                    w.indent(ind, node: n1555, list: s1551)
                    let n1557 = w.count
                    w.write(")" as StaticString)
                    w.indent(ind, node: n1557, list: s1551)
                }
                w.indent(ind, node: n1549, list: s1533)
                let n1558 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1558, list: s1533)
            }
        }
        w.indent(ind, node: n1529, list: s1359)
        let n1559 = w.count
        w.write("            case let name: self = try Self._specgenUnknown(opcode: opcode, name:" as StaticString)
        w.write(" name, container)\n" as StaticString)
        w.indent(ind, node: n1559, list: s1359)
        let n1560 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n1560, list: s1359)
        let n1561 = w.count
        let v1562 = k.opcodeEventsViewModel_opcodeEvents(a2)
        v1562.withUnsafeBufferPointer { l1564 in
            for i1563 in l1564.indices {
                let s1565 = w.count
                w.write("        case " as StaticString)
                let v1566 = l1564[i1563].opcode
                w.write(v1566)
                let n1567 = w.count
                w.write(":\n" as StaticString)
                w.indent(ind, node: n1567, list: s1565)
                let n1568 = w.count
                let v1569 = k.opcodeEventViewModel_hasPayload(l1564[i1563])
                if v1569 {
                    let s1570 = w.count
                    w.write("            let payloadValue = try container." as StaticString)
                    let v1571 = l1564[i1563].isPayloadNullable
                    if v1571 {
                        w.write("decodeIfPresent" as StaticString)
                    }
                    let n1572 = w.count
                    let v1573 = l1564[i1563].isPayloadNullable
                    if !v1573 {
                        w.write("decode" as StaticString)
                    }
                    w.indent(ind, node: n1572, list: s1570)
                    let n1574 = w.count
                    w.write("(" as StaticString)
                    w.indent(ind, node: n1574, list: s1570)
                    let v1575 = l1564[i1563].payloadType
                    w.write(v1575)
                    let n1576 = w.count
                    w.write(".self, forKey: .payload)\n" as StaticString)
                    w.indent(ind, node: n1576, list: s1570)
                }
                w.indent(ind, node: n1568, list: s1565)
                let n1577 = w.count
                w.write("            self = ." as StaticString)
                w.indent(ind, node: n1577, list: s1565)
                let v1578 = l1564[i1563].caseName
                w.write(v1578)
                let n1579 = w.count
                let v1580 = k.opcodeEventViewModel_hasValues(l1564[i1563])
                if v1580 {
                    let s1581 = w.count
                    w.write("(" as StaticString)
                    let v1582 = k.opcodeEventViewModel_hasPayload(l1564[i1563])
                    if v1582 {
                        w.write("payloadValue" as StaticString)
                        let v1584 = l1564[i1563].carriesSequence
                        if v1584 {
                            w.write(", " as StaticString)
                        }
                    }
                    let n1585 = w.count
                    let v1586 = l1564[i1563].carriesSequence
                    if v1586 {
                        w.write("sequence: sequence" as StaticString)
                    }
                    w.indent(ind, node: n1585, list: s1581)
                    let n1587 = w.count
                    w.write(")" as StaticString)
                    w.indent(ind, node: n1587, list: s1581)
                }
                w.indent(ind, node: n1579, list: s1565)
                let n1588 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1588, list: s1565)
            }
        }
        w.indent(ind, node: n1561, list: s1359)
        let n1589 = w.count
        w.write("        default:\n" as StaticString)
        w.indent(ind, node: n1589, list: s1359)
        let n1590 = w.count
        w.write("            self = try Self._specgenUnknown(\n" as StaticString)
        w.indent(ind, node: n1590, list: s1359)
        let n1591 = w.count
        w.write("                opcode: opcode, name: try container.decodeIfPresent(Swift.String" as StaticString)
        w.write(".self, forKey: .name), container)\n" as StaticString)
        w.indent(ind, node: n1591, list: s1359)
        let n1592 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1592, list: s1359)
        let n1593 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1593, list: s1359)
        let n1594 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1594, list: s1359)
        let n1595 = w.count
        w.write("    /// A message the docs do not describe, kept as received.\n" as StaticString)
        w.indent(ind, node: n1595, list: s1359)
        let n1596 = w.count
        w.write("    private static func _specgenUnknown(\n" as StaticString)
        w.indent(ind, node: n1596, list: s1359)
        let n1597 = w.count
        w.write("        opcode: Swift.Int, name: Swift.String?, _ container: Swift.KeyedDecoding" as StaticString)
        w.write("Container<CodingKeys>\n" as StaticString)
        w.indent(ind, node: n1597, list: s1359)
        let n1598 = w.count
        w.write("    ) throws -> Self {\n" as StaticString)
        w.indent(ind, node: n1598, list: s1359)
        let n1599 = w.count
        w.write("        ." as StaticString)
        w.indent(ind, node: n1599, list: s1359)
        let v1600 = a2.unknownCaseName
        w.write(v1600)
        let n1601 = w.count
        w.write("(\n" as StaticString)
        w.indent(ind, node: n1601, list: s1359)
        let n1602 = w.count
        w.write("            opcode: opcode, name: name," as StaticString)
        w.indent(ind, node: n1602, list: s1359)
        let v1603 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1603 {
            w.write(" sequence: try container.decodeIfPresent(Swift.Int.self, forKey: .sequence)," as StaticString)
        }
        let n1604 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1604, list: s1359)
        let n1605 = w.count
        w.write("            payload: try container.decodeIfPresent(" as StaticString)
        w.indent(ind, node: n1605, list: s1359)
        let v1606 = a2.runtime
        w.write(v1606)
        let n1607 = w.count
        w.write(".JSONValue.self, forKey: .payload))\n" as StaticString)
        w.indent(ind, node: n1607, list: s1359)
        let n1608 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1608, list: s1359)
        let n1609 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1609, list: s1359)
        let n1610 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1610, list: s1359)
        let v1611 = a2.access
        w.write(v1611)
        let n1612 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n1612, list: s1359)
        let n1613 = w.count
        w.write("        var container = encoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
        w.indent(ind, node: n1613, list: s1359)
        let n1614 = w.count
        w.write("        try container.encode(self.opcode, forKey: .opcode)\n" as StaticString)
        w.indent(ind, node: n1614, list: s1359)
        let n1615 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1615, list: s1359)
        let n1616 = w.count
        let v1617 = a2.events
        v1617.withUnsafeBufferPointer { l1619 in
            for i1618 in l1619.indices {
                let s1620 = w.count
                let v1621 = k.opcodeEventViewModel_hasPayload(l1619[i1618])
                if v1621 {
                    let s1622 = w.count
                    w.write("        case ." as StaticString)
                    let v1623 = l1619[i1618].caseName
                    w.write(v1623)
                    let n1624 = w.count
                    w.write("(let payload" as StaticString)
                    w.indent(ind, node: n1624, list: s1622)
                    let v1625 = l1619[i1618].carriesSequence
                    if v1625 {
                        w.write(", _" as StaticString)
                    }
                    let n1626 = w.count
                    w.write("): try container.encode(payload, forKey: .payload)\n" as StaticString)
                    w.indent(ind, node: n1626, list: s1622)
                }
                let n1627 = w.count
                let v1628 = k.opcodeEventViewModel_hasPayload(l1619[i1618])
                if !v1628 {
                    let s1629 = w.count
                    w.write("        case ." as StaticString)
                    let v1630 = l1619[i1618].caseName
                    w.write(v1630)
                    let n1631 = w.count
                    w.write(": try container.encodeNil(forKey: .payload)\n" as StaticString)
                    w.indent(ind, node: n1631, list: s1629)
                }
                w.indent(ind, node: n1627, list: s1620)
            }
        }
        w.indent(ind, node: n1616, list: s1359)
        let n1632 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n1632, list: s1359)
        let v1633 = a2.unknownCaseName
        w.write(v1633)
        let n1634 = w.count
        w.write("(_, _, " as StaticString)
        w.indent(ind, node: n1634, list: s1359)
        let v1635 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1635 {
            w.write("_, " as StaticString)
        }
        let n1636 = w.count
        w.write("let payload): try container.encode(payload, forKey: .payload)\n" as StaticString)
        w.indent(ind, node: n1636, list: s1359)
        let n1637 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1637, list: s1359)
        let n1638 = w.count
        let v1639 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1639 {
            w.write("        try container.encode(self.sequence, forKey: .sequence)\n" as StaticString)
        }
        w.indent(ind, node: n1638, list: s1359)
        let n1640 = w.count
        w.write("        try container.encode(self.name, forKey: .name)\n" as StaticString)
        w.indent(ind, node: n1640, list: s1359)
        let n1641 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1641, list: s1359)
        let n1642 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1642, list: s1359)
    }

    /// The partial `opcode-events-json`.
    private static func partial12(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: OpcodeEventsViewModel) {
        let s1643 = w.count
        let n1644 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n1644, list: s1643)
        let v1645 = a2.qualifiedName
        w.write(v1645)
        let n1646 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n1646, list: s1643)
        let v1647 = a2.runtime
        w.write(v1647)
        let n1648 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n1648, list: s1643)
        let n1649 = w.count
        w.write("    /// Decodes a message from JSON in one pass over the bytes, without `JSONDec" as StaticString)
        w.write("oder`: the result equals\n" as StaticString)
        w.indent(ind, node: n1649, list: s1643)
        let n1650 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n1650, list: s1643)
        let v1651 = a2.name
        w.write(v1651)
        let n1652 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n1652, list: s1643)
        let n1653 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1653, list: s1643)
        let v1654 = a2.access
        w.write(v1654)
        let n1655 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n1655, list: s1643)
        let n1656 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n1656, list: s1643)
        let v1657 = a2.runtime
        w.write(v1657)
        let n1658 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n1658, list: s1643)
        let v1659 = a2.qualifiedName
        w.write(v1659)
        let n1660 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n1660, list: s1643)
        let n1661 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1661, list: s1643)
        let n1662 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1662, list: s1643)
        let n1663 = w.count
        w.write("    private static let _specgenJSONKeys = " as StaticString)
        w.indent(ind, node: n1663, list: s1643)
        let v1664 = a2.runtime
        w.write(v1664)
        let n1665 = w.count
        w.write(".JSONKeyTable([\"" as StaticString)
        w.indent(ind, node: n1665, list: s1643)
        let v1666 = a2.opcodeKey
        w.write(v1666)
        let n1667 = w.count
        w.write("\", \"" as StaticString)
        w.indent(ind, node: n1667, list: s1643)
        let v1668 = a2.payloadKey
        w.write(v1668)
        let n1669 = w.count
        w.write("\", \"" as StaticString)
        w.indent(ind, node: n1669, list: s1643)
        let v1670 = a2.discriminatorKey
        w.write(v1670)
        let n1671 = w.count
        w.write("\"" as StaticString)
        w.indent(ind, node: n1671, list: s1643)
        let v1672 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1672 {
            let s1673 = w.count
            w.write(", \"" as StaticString)
            let v1674 = a2.sequenceKey
            w.write(v1674)
            let n1675 = w.count
            w.write("\"" as StaticString)
            w.indent(ind, node: n1675, list: s1673)
        }
        let n1676 = w.count
        w.write("])\n" as StaticString)
        w.indent(ind, node: n1676, list: s1643)
        let n1677 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1677, list: s1643)
        let n1678 = w.count
        w.write("    /// Reads a message at the reader's position: its code and name first, then " as StaticString)
        w.write("the payload they select.\n" as StaticString)
        w.indent(ind, node: n1678, list: s1643)
        let n1679 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1679, list: s1643)
        let v1680 = a2.access
        w.write(v1680)
        let n1681 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n1681, list: s1643)
        let v1682 = a2.runtime
        w.write(v1682)
        let n1683 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n1683, list: s1643)
        let n1684 = w.count
        w.write("        var opcode: Swift.Int? = nil\n" as StaticString)
        w.indent(ind, node: n1684, list: s1643)
        let n1685 = w.count
        w.write("        var payload: " as StaticString)
        w.indent(ind, node: n1685, list: s1643)
        let v1686 = a2.runtime
        w.write(v1686)
        let n1687 = w.count
        w.write(".JSONDecodingReader? = nil\n" as StaticString)
        w.indent(ind, node: n1687, list: s1643)
        let n1688 = w.count
        w.write("        var name: Swift.String? = nil\n" as StaticString)
        w.indent(ind, node: n1688, list: s1643)
        let n1689 = w.count
        w.write("        var nameSeen = false\n" as StaticString)
        w.indent(ind, node: n1689, list: s1643)
        let n1690 = w.count
        let v1691 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1691 {
            let s1692 = w.count
            w.write("        var sequence: Swift.Int? = nil\n" as StaticString)
            let n1693 = w.count
            w.write("        var sequenceSeen = false\n" as StaticString)
            w.indent(ind, node: n1693, list: s1692)
        }
        w.indent(ind, node: n1690, list: s1643)
        let n1694 = w.count
        w.write("        var object = try reader.beginObject()\n" as StaticString)
        w.indent(ind, node: n1694, list: s1643)
        let n1695 = w.count
        w.write("        while let key = try reader.nextKey(&object, " as StaticString)
        w.indent(ind, node: n1695, list: s1643)
        let v1696 = a2.qualifiedName
        w.write(v1696)
        let n1697 = w.count
        w.write("._specgenJSONKeys) {\n" as StaticString)
        w.indent(ind, node: n1697, list: s1643)
        let n1698 = w.count
        w.write("            switch key {\n" as StaticString)
        w.indent(ind, node: n1698, list: s1643)
        let n1699 = w.count
        w.write("            case 0: try reader.decodeField(&opcode)\n" as StaticString)
        w.indent(ind, node: n1699, list: s1643)
        let n1700 = w.count
        w.write("            case 1:\n" as StaticString)
        w.indent(ind, node: n1700, list: s1643)
        let n1701 = w.count
        w.write("                if payload == nil { payload = reader }\n" as StaticString)
        w.indent(ind, node: n1701, list: s1643)
        let n1702 = w.count
        w.write("                try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n1702, list: s1643)
        let n1703 = w.count
        w.write("            case 2: try reader.decodeOptionalField(&name, seen: &nameSeen)\n" as StaticString)
        w.indent(ind, node: n1703, list: s1643)
        let n1704 = w.count
        let v1705 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1705 {
            w.write("            case 3: try reader.decodeOptionalField(&sequence, seen: &sequenceSee" as StaticString)
            w.write("n)\n" as StaticString)
        }
        w.indent(ind, node: n1704, list: s1643)
        let n1706 = w.count
        w.write("            default: try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n1706, list: s1643)
        let n1707 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n1707, list: s1643)
        let n1708 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1708, list: s1643)
        let n1709 = w.count
        w.write("        guard let opcode else { throw reader.missingKey(\"" as StaticString)
        w.indent(ind, node: n1709, list: s1643)
        let v1710 = a2.opcodeKey
        w.write(v1710)
        let n1711 = w.count
        w.write("\", in: object) }\n" as StaticString)
        w.indent(ind, node: n1711, list: s1643)
        let n1712 = w.count
        w.write("        switch opcode {\n" as StaticString)
        w.indent(ind, node: n1712, list: s1643)
        let n1713 = w.count
        w.write("        case " as StaticString)
        w.indent(ind, node: n1713, list: s1643)
        let v1714 = a2.dispatch
        w.write(v1714)
        let n1715 = w.count
        w.write(":\n" as StaticString)
        w.indent(ind, node: n1715, list: s1643)
        let n1716 = w.count
        w.write("            switch name {\n" as StaticString)
        w.indent(ind, node: n1716, list: s1643)
        let n1717 = w.count
        let v1718 = k.opcodeEventsViewModel_dispatchEvents(a2)
        v1718.withUnsafeBufferPointer { l1720 in
            for i1719 in l1720.indices {
                let s1721 = w.count
                w.write("            case \"" as StaticString)
                let v1722 = l1720[i1719].wireName
                w.write(v1722)
                let n1723 = w.count
                w.write("\"?:\n" as StaticString)
                w.indent(ind, node: n1723, list: s1721)
                let n1724 = w.count
                let v1725 = k.opcodeEventViewModel_hasPayload(l1720[i1719])
                if v1725 {
                    let s1726 = w.count
                    let v1727 = l1720[i1719].isPayloadNullable
                    if v1727 {
                        let s1728 = w.count
                        w.write("                var payloadValue: " as StaticString)
                        let v1729 = l1720[i1719].payloadType
                        w.write(v1729)
                        let n1730 = w.count
                        w.write("? = nil\n" as StaticString)
                        w.indent(ind, node: n1730, list: s1728)
                        let n1731 = w.count
                        w.write("                if var data = payload, !(try data.consumeNull()) { payloadValue " as StaticString)
                        w.write("= try " as StaticString)
                        w.indent(ind, node: n1731, list: s1728)
                        let v1732 = l1720[i1719].payloadType
                        w.write(v1732)
                        let n1733 = w.count
                        w.write("(jsonReader: &data) }\n" as StaticString)
                        w.indent(ind, node: n1733, list: s1728)
                    }
                    let n1734 = w.count
                    let v1735 = l1720[i1719].isPayloadNullable
                    if !v1735 {
                        let s1736 = w.count
                        w.write("                guard var data = payload else { throw reader.missingKey(\"" as StaticString)
                        let v1737 = a2.payloadKey
                        w.write(v1737)
                        let n1738 = w.count
                        w.write("\", in: object) }\n" as StaticString)
                        w.indent(ind, node: n1738, list: s1736)
                        let n1739 = w.count
                        w.write("                let payloadValue = try " as StaticString)
                        w.indent(ind, node: n1739, list: s1736)
                        let v1740 = l1720[i1719].payloadType
                        w.write(v1740)
                        let n1741 = w.count
                        w.write("(jsonReader: &data)\n" as StaticString)
                        w.indent(ind, node: n1741, list: s1736)
                    }
                    w.indent(ind, node: n1734, list: s1726)
                }
                w.indent(ind, node: n1724, list: s1721)
                let n1742 = w.count
                let v1743 = l1720[i1719].carriesSequence
                if v1743 {
                    let s1744 = w.count
                    w.write("                guard let sequence else { throw reader.missingKey(\"" as StaticString)
                    let v1745 = a2.sequenceKey
                    w.write(v1745)
                    let n1746 = w.count
                    w.write("\", in: object) }\n" as StaticString)
                    w.indent(ind, node: n1746, list: s1744)
                }
                w.indent(ind, node: n1742, list: s1721)
                let n1747 = w.count
                w.write("                self = ." as StaticString)
                w.indent(ind, node: n1747, list: s1721)
                let v1748 = l1720[i1719].caseName
                w.write(v1748)
                let n1749 = w.count
                let v1750 = k.opcodeEventViewModel_hasValues(l1720[i1719])
                if v1750 {
                    let s1751 = w.count
                    w.write("(" as StaticString)
                    let v1752 = k.opcodeEventViewModel_hasPayload(l1720[i1719])
                    if v1752 {
                        w.write("payloadValue" as StaticString)
                        let v1754 = l1720[i1719].carriesSequence
                        if v1754 {
                            w.write(", " as StaticString)
                        }
                    }
                    let n1755 = w.count
                    let v1756 = l1720[i1719].carriesSequence
                    if v1756 {
                        w.write("sequence: sequence" as StaticString)
                    }
                    w.indent(ind, node: n1755, list: s1751)
                    let n1757 = w.count
                    w.write(")" as StaticString)
                    w.indent(ind, node: n1757, list: s1751)
                }
                w.indent(ind, node: n1749, list: s1721)
                let n1758 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1758, list: s1721)
            }
        }
        w.indent(ind, node: n1717, list: s1643)
        let n1759 = w.count
        w.write("            default: self = try Self._specgenUnknown(opcode: opcode, name: name," as StaticString)
        w.write(" " as StaticString)
        w.indent(ind, node: n1759, list: s1643)
        let v1760 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1760 {
            w.write("sequence: sequence, " as StaticString)
        }
        let n1761 = w.count
        w.write("payload)\n" as StaticString)
        w.indent(ind, node: n1761, list: s1643)
        let n1762 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n1762, list: s1643)
        let n1763 = w.count
        let v1764 = k.opcodeEventsViewModel_opcodeEvents(a2)
        v1764.withUnsafeBufferPointer { l1766 in
            for i1765 in l1766.indices {
                let s1767 = w.count
                w.write("        case " as StaticString)
                let v1768 = l1766[i1765].opcode
                w.write(v1768)
                let n1769 = w.count
                w.write(":\n" as StaticString)
                w.indent(ind, node: n1769, list: s1767)
                let n1770 = w.count
                let v1771 = k.opcodeEventViewModel_hasPayload(l1766[i1765])
                if v1771 {
                    let s1772 = w.count
                    let v1773 = l1766[i1765].isPayloadNullable
                    if v1773 {
                        let s1774 = w.count
                        w.write("            var payloadValue: " as StaticString)
                        let v1775 = l1766[i1765].payloadType
                        w.write(v1775)
                        let n1776 = w.count
                        w.write("? = nil\n" as StaticString)
                        w.indent(ind, node: n1776, list: s1774)
                        let n1777 = w.count
                        w.write("            if var data = payload, !(try data.consumeNull()) { payloadValue = tr" as StaticString)
                        w.write("y " as StaticString)
                        w.indent(ind, node: n1777, list: s1774)
                        let v1778 = l1766[i1765].payloadType
                        w.write(v1778)
                        let n1779 = w.count
                        w.write("(jsonReader: &data) }\n" as StaticString)
                        w.indent(ind, node: n1779, list: s1774)
                    }
                    let n1780 = w.count
                    let v1781 = l1766[i1765].isPayloadNullable
                    if !v1781 {
                        let s1782 = w.count
                        w.write("            guard var data = payload else { throw reader.missingKey(\"" as StaticString)
                        let v1783 = a2.payloadKey
                        w.write(v1783)
                        let n1784 = w.count
                        w.write("\", in: object) }\n" as StaticString)
                        w.indent(ind, node: n1784, list: s1782)
                        let n1785 = w.count
                        w.write("            let payloadValue = try " as StaticString)
                        w.indent(ind, node: n1785, list: s1782)
                        let v1786 = l1766[i1765].payloadType
                        w.write(v1786)
                        let n1787 = w.count
                        w.write("(jsonReader: &data)\n" as StaticString)
                        w.indent(ind, node: n1787, list: s1782)
                    }
                    w.indent(ind, node: n1780, list: s1772)
                }
                w.indent(ind, node: n1770, list: s1767)
                let n1788 = w.count
                w.write("            self = ." as StaticString)
                w.indent(ind, node: n1788, list: s1767)
                let v1789 = l1766[i1765].caseName
                w.write(v1789)
                let n1790 = w.count
                let v1791 = k.opcodeEventViewModel_hasValues(l1766[i1765])
                if v1791 {
                    let s1792 = w.count
                    w.write("(" as StaticString)
                    let v1793 = k.opcodeEventViewModel_hasPayload(l1766[i1765])
                    if v1793 {
                        w.write("payloadValue" as StaticString)
                        let v1795 = l1766[i1765].carriesSequence
                        if v1795 {
                            w.write(", " as StaticString)
                        }
                    }
                    let n1796 = w.count
                    let v1797 = l1766[i1765].carriesSequence
                    if v1797 {
                        w.write("sequence: sequence" as StaticString)
                    }
                    w.indent(ind, node: n1796, list: s1792)
                    let n1798 = w.count
                    w.write(")" as StaticString)
                    w.indent(ind, node: n1798, list: s1792)
                }
                w.indent(ind, node: n1790, list: s1767)
                let n1799 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1799, list: s1767)
            }
        }
        w.indent(ind, node: n1763, list: s1643)
        let n1800 = w.count
        w.write("        default: self = try Self._specgenUnknown(opcode: opcode, name: name, " as StaticString)
        w.indent(ind, node: n1800, list: s1643)
        let v1801 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1801 {
            w.write("sequence: sequence, " as StaticString)
        }
        let n1802 = w.count
        w.write("payload)\n" as StaticString)
        w.indent(ind, node: n1802, list: s1643)
        let n1803 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1803, list: s1643)
        let n1804 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1804, list: s1643)
        let n1805 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1805, list: s1643)
        let n1806 = w.count
        w.write("    /// A message the docs do not describe, with its payload read as any JSON va" as StaticString)
        w.write("lue.\n" as StaticString)
        w.indent(ind, node: n1806, list: s1643)
        let n1807 = w.count
        w.write("    private static func _specgenUnknown(\n" as StaticString)
        w.indent(ind, node: n1807, list: s1643)
        let n1808 = w.count
        w.write("        opcode: Swift.Int, name: Swift.String?, " as StaticString)
        w.indent(ind, node: n1808, list: s1643)
        let v1809 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1809 {
            w.write("sequence: Swift.Int?, " as StaticString)
        }
        let n1810 = w.count
        w.write("_ payload: " as StaticString)
        w.indent(ind, node: n1810, list: s1643)
        let v1811 = a2.runtime
        w.write(v1811)
        let n1812 = w.count
        w.write(".JSONDecodingReader?\n" as StaticString)
        w.indent(ind, node: n1812, list: s1643)
        let n1813 = w.count
        w.write("    ) throws -> Self {\n" as StaticString)
        w.indent(ind, node: n1813, list: s1643)
        let n1814 = w.count
        w.write("        var value: " as StaticString)
        w.indent(ind, node: n1814, list: s1643)
        let v1815 = a2.runtime
        w.write(v1815)
        let n1816 = w.count
        w.write(".JSONValue? = nil\n" as StaticString)
        w.indent(ind, node: n1816, list: s1643)
        let n1817 = w.count
        w.write("        if var data = payload, !(try data.consumeNull()) { value = try " as StaticString)
        w.indent(ind, node: n1817, list: s1643)
        let v1818 = a2.runtime
        w.write(v1818)
        let n1819 = w.count
        w.write(".JSONValue(jsonReader: &data) }\n" as StaticString)
        w.indent(ind, node: n1819, list: s1643)
        let n1820 = w.count
        w.write("        return ." as StaticString)
        w.indent(ind, node: n1820, list: s1643)
        let v1821 = a2.unknownCaseName
        w.write(v1821)
        let n1822 = w.count
        w.write("(opcode: opcode, name: name, " as StaticString)
        w.indent(ind, node: n1822, list: s1643)
        let v1823 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1823 {
            w.write("sequence: sequence, " as StaticString)
        }
        let n1824 = w.count
        w.write("payload: value)\n" as StaticString)
        w.indent(ind, node: n1824, list: s1643)
        let n1825 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1825, list: s1643)
        let n1826 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1826, list: s1643)
    }

    /// The partial `object-coding`.
    private static func partial13(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: ObjectViewModel) {
        let s1827 = w.count
        let n1828 = w.count
        let v1829 = k.objectViewModel_hasProperties(a2)
        if v1829 {
            let s1830 = w.count
            w.write("\n" as StaticString)
            let n1831 = w.count
            w.write("    /// The JSON keys.\n" as StaticString)
            w.indent(ind, node: n1831, list: s1830)
            let n1832 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n1832, list: s1830)
            let v1833 = a2.access
            w.write(v1833)
            let n1834 = w.count
            w.write(" enum CodingKeys: Swift.String, Swift.CodingKey {\n" as StaticString)
            w.indent(ind, node: n1834, list: s1830)
            let n1835 = w.count
            let v1836 = a2.properties
            v1836.withUnsafeBufferPointer { l1838 in
                for i1837 in l1838.indices {
                    let s1839 = w.count
                    w.write("        case " as StaticString)
                    let v1840 = l1838[i1837].caseName
                    w.write(v1840)
                    let n1841 = w.count
                    w.write(" = \"" as StaticString)
                    w.indent(ind, node: n1841, list: s1839)
                    let v1842 = l1838[i1837].jsonKey
                    w.write(v1842)
                    let n1843 = w.count
                    w.write("\"\n" as StaticString)
                    w.indent(ind, node: n1843, list: s1839)
                }
            }
            w.indent(ind, node: n1835, list: s1830)
            let n1844 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n1844, list: s1830)
            let n1845 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n1845, list: s1830)
            let n1846 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n1846, list: s1830)
            let v1847 = a2.access
            w.write(v1847)
            let n1848 = w.count
            w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
            w.indent(ind, node: n1848, list: s1830)
            let n1849 = w.count
            w.write("        let container = try decoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
            w.indent(ind, node: n1849, list: s1830)
            let n1850 = w.count
            let v1851 = a2.properties
            v1851.withUnsafeBufferPointer { l1853 in
                for i1852 in l1853.indices {
                    let s1854 = w.count
                    let v1855 = l1853[i1852].isIndirect
                    if v1855 {
                        let s1856 = w.count
                        w.write("        self." as StaticString)
                        let v1857 = l1853[i1852].storageName
                        w.write(v1857)
                        let n1858 = w.count
                        w.write(" = " as StaticString)
                        w.indent(ind, node: n1858, list: s1856)
                        let v1859 = l1853[i1852].isOptional
                        if v1859 {
                            let s1860 = w.count
                            w.write("try container.decodeIfPresent(" as StaticString)
                            let v1861 = l1853[i1852].baseType
                            w.write(v1861)
                            let n1862 = w.count
                            w.write(".self, forKey: ." as StaticString)
                            w.indent(ind, node: n1862, list: s1860)
                            let v1863 = l1853[i1852].caseName
                            w.write(v1863)
                            let n1864 = w.count
                            w.write(").map { " as StaticString)
                            w.indent(ind, node: n1864, list: s1860)
                            let v1865 = a2.runtime
                            w.write(v1865)
                            let n1866 = w.count
                            w.write(".Indirect($0) }" as StaticString)
                            w.indent(ind, node: n1866, list: s1860)
                        }
                        let n1867 = w.count
                        let v1868 = l1853[i1852].isOptional
                        if !v1868 {
                            let s1869 = w.count
                            let v1870 = a2.runtime
                            w.write(v1870)
                            let n1871 = w.count
                            w.write(".Indirect(try container.decode(" as StaticString)
                            w.indent(ind, node: n1871, list: s1869)
                            let v1872 = l1853[i1852].baseType
                            w.write(v1872)
                            let n1873 = w.count
                            w.write(".self, forKey: ." as StaticString)
                            w.indent(ind, node: n1873, list: s1869)
                            let v1874 = l1853[i1852].caseName
                            w.write(v1874)
                            let n1875 = w.count
                            w.write("))" as StaticString)
                            w.indent(ind, node: n1875, list: s1869)
                        }
                        w.indent(ind, node: n1867, list: s1856)
                        let n1876 = w.count
                        w.write("\n" as StaticString)
                        w.indent(ind, node: n1876, list: s1856)
                    }
                    let n1877 = w.count
                    let v1878 = l1853[i1852].isIndirect
                    if !v1878 {
                        let s1879 = w.count
                        w.write("        self." as StaticString)
                        let v1880 = l1853[i1852].name
                        w.write(v1880)
                        let n1881 = w.count
                        w.write(" = try container." as StaticString)
                        w.indent(ind, node: n1881, list: s1879)
                        let v1882 = l1853[i1852].isOptional
                        if v1882 {
                            w.write("decodeIfPresent" as StaticString)
                        }
                        let n1883 = w.count
                        let v1884 = l1853[i1852].isOptional
                        if !v1884 {
                            w.write("decode" as StaticString)
                        }
                        w.indent(ind, node: n1883, list: s1879)
                        let n1885 = w.count
                        w.write("(" as StaticString)
                        w.indent(ind, node: n1885, list: s1879)
                        let v1886 = l1853[i1852].baseType
                        w.write(v1886)
                        let n1887 = w.count
                        w.write(".self, forKey: ." as StaticString)
                        w.indent(ind, node: n1887, list: s1879)
                        let v1888 = l1853[i1852].caseName
                        w.write(v1888)
                        let n1889 = w.count
                        w.write(")\n" as StaticString)
                        w.indent(ind, node: n1889, list: s1879)
                    }
                    w.indent(ind, node: n1877, list: s1854)
                }
            }
            w.indent(ind, node: n1850, list: s1830)
            let n1890 = w.count
            if let v1891 = a2.variant {
                let s1892 = w.count
                w.write("        switch self." as StaticString)
                let v1893 = v1891.discriminatorName
                w.write(v1893)
                let n1894 = w.count
                w.write(" {\n" as StaticString)
                w.indent(ind, node: n1894, list: s1892)
                let n1895 = w.count
                let v1896 = v1891.cases
                v1896.withUnsafeBufferPointer { l1898 in
                    for i1897 in l1898.indices {
                        let s1899 = w.count
                        let v1900 = k.variantCaseViewModel_hasFields(l1898[i1897])
                        if v1900 {
                            let s1901 = w.count
                            w.write("        case ." as StaticString)
                            let v1902 = l1898[i1897].caseName
                            w.write(v1902)
                            let n1903 = w.count
                            w.write(":\n" as StaticString)
                            w.indent(ind, node: n1903, list: s1901)
                            let n1904 = w.count
                            w.write("            self." as StaticString)
                            w.indent(ind, node: n1904, list: s1901)
                            let v1905 = v1891.propertyName
                            w.write(v1905)
                            let n1906 = w.count
                            w.write(" = ." as StaticString)
                            w.indent(ind, node: n1906, list: s1901)
                            let v1907 = l1898[i1897].caseName
                            w.write(v1907)
                            let n1908 = w.count
                            w.write("(\n" as StaticString)
                            w.indent(ind, node: n1908, list: s1901)
                            let n1909 = w.count
                            w.write("                " as StaticString)
                            w.indent(ind, node: n1909, list: s1901)
                            let v1910 = l1898[i1897].typeName
                            w.write(v1910)
                            let n1911 = w.count
                            w.write("(\n" as StaticString)
                            w.indent(ind, node: n1911, list: s1901)
                            let n1912 = w.count
                            if let v1913 = l1898[i1897].fields {
                                v1913.withUnsafeBufferPointer { l1915 in
                                    for i1914 in l1915.indices {
                                        let s1916 = w.count
                                        w.write("                    " as StaticString)
                                        let v1917 = l1915[i1914].name
                                        w.write(v1917)
                                        let n1918 = w.count
                                        w.write(": " as StaticString)
                                        w.indent(ind, node: n1918, list: s1916)
                                        let v1919 = l1915[i1914].reusesCommon
                                        if v1919 {
                                            w.write("self." as StaticString)
                                            let v1921 = l1915[i1914].commonName
                                            w.write(v1921)
                                        }
                                        let n1922 = w.count
                                        let v1923 = l1915[i1914].decodesFromObject
                                        if v1923 {
                                            let s1924 = w.count
                                            w.write("try " as StaticString)
                                            let v1925 = a2.runtime
                                            w.write(v1925)
                                            let n1926 = w.count
                                            w.write(".JSONValueDecoding.decode(" as StaticString)
                                            w.indent(ind, node: n1926, list: s1924)
                                            let v1927 = l1915[i1914].baseType
                                            w.write(v1927)
                                            let n1928 = w.count
                                            w.write(".self, from: self." as StaticString)
                                            w.indent(ind, node: n1928, list: s1924)
                                            let v1929 = l1915[i1914].commonProperty
                                            w.write(v1929)
                                            let n1930 = w.count
                                            w.write(", orFrom: container, forKey: ." as StaticString)
                                            w.indent(ind, node: n1930, list: s1924)
                                            let v1931 = l1915[i1914].commonName
                                            w.write(v1931)
                                            let n1932 = w.count
                                            w.write(")" as StaticString)
                                            w.indent(ind, node: n1932, list: s1924)
                                        }
                                        w.indent(ind, node: n1922, list: s1916)
                                        let n1933 = w.count
                                        let v1934 = l1915[i1914].reusesCommon
                                        if !v1934 {
                                            let v1935 = l1915[i1914].decodesFromObject
                                            if !v1935 {
                                                let s1936 = w.count
                                                w.write("try container." as StaticString)
                                                let v1937 = l1915[i1914].isOptional
                                                if v1937 {
                                                    w.write("decodeIfPresent" as StaticString)
                                                }
                                                let n1938 = w.count
                                                let v1939 = l1915[i1914].isOptional
                                                if !v1939 {
                                                    w.write("decode" as StaticString)
                                                }
                                                w.indent(ind, node: n1938, list: s1936)
                                                let n1940 = w.count
                                                w.write("(" as StaticString)
                                                w.indent(ind, node: n1940, list: s1936)
                                                let v1941 = l1915[i1914].baseType
                                                w.write(v1941)
                                                let n1942 = w.count
                                                w.write(".self, forKey: ." as StaticString)
                                                w.indent(ind, node: n1942, list: s1936)
                                                let v1943 = l1915[i1914].commonName
                                                w.write(v1943)
                                                let n1944 = w.count
                                                w.write(")" as StaticString)
                                                w.indent(ind, node: n1944, list: s1936)
                                            }
                                        }
                                        w.indent(ind, node: n1933, list: s1916)
                                        let n1945 = w.count
                                        let v1946 = l1915[i1914].isLastParameter
                                        if !v1946 {
                                            w.write("," as StaticString)
                                        }
                                        w.indent(ind, node: n1945, list: s1916)
                                        let n1947 = w.count
                                        w.write("\n" as StaticString)
                                        w.indent(ind, node: n1947, list: s1916)
                                    }
                                }
                            }
                            w.indent(ind, node: n1912, list: s1901)
                            let n1948 = w.count
                            w.write("                )\n" as StaticString)
                            w.indent(ind, node: n1948, list: s1901)
                            let n1949 = w.count
                            w.write("            )\n" as StaticString)
                            w.indent(ind, node: n1949, list: s1901)
                        }
                        let n1950 = w.count
                        let v1951 = k.variantCaseViewModel_hasFields(l1898[i1897])
                        if !v1951 {
                            let s1952 = w.count
                            w.write("        case ." as StaticString)
                            let v1953 = l1898[i1897].caseName
                            w.write(v1953)
                            let n1954 = w.count
                            w.write(": self." as StaticString)
                            w.indent(ind, node: n1954, list: s1952)
                            let v1955 = v1891.propertyName
                            w.write(v1955)
                            let n1956 = w.count
                            w.write(" = ." as StaticString)
                            w.indent(ind, node: n1956, list: s1952)
                            let v1957 = l1898[i1897].caseName
                            w.write(v1957)
                            let n1958 = w.count
                            w.write("(try " as StaticString)
                            w.indent(ind, node: n1958, list: s1952)
                            let v1959 = l1898[i1897].typeName
                            w.write(v1959)
                            let n1960 = w.count
                            w.write("(from: decoder))\n" as StaticString)
                            w.indent(ind, node: n1960, list: s1952)
                        }
                        w.indent(ind, node: n1950, list: s1899)
                    }
                }
                w.indent(ind, node: n1895, list: s1892)
                let n1961 = w.count
                w.write("        default: self." as StaticString)
                w.indent(ind, node: n1961, list: s1892)
                let v1962 = v1891.propertyName
                w.write(v1962)
                let n1963 = w.count
                w.write(" = ." as StaticString)
                w.indent(ind, node: n1963, list: s1892)
                let v1964 = v1891.otherCaseName
                w.write(v1964)
                let n1965 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1965, list: s1892)
                let n1966 = w.count
                w.write("        }\n" as StaticString)
                w.indent(ind, node: n1966, list: s1892)
            }
            w.indent(ind, node: n1890, list: s1830)
            let n1967 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n1967, list: s1830)
            let n1968 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n1968, list: s1830)
            let n1969 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n1969, list: s1830)
            let v1970 = a2.access
            w.write(v1970)
            let n1971 = w.count
            w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
            w.indent(ind, node: n1971, list: s1830)
            let n1972 = w.count
            if let v1973 = a2.variant {
                let s1974 = w.count
                w.write("        // The variant's fields first: where both have a key, the common field's" as StaticString)
                w.write(" value is written last and wins, so\n" as StaticString)
                let n1975 = w.count
                w.write("        // keys the docs do not list (kept in open objects such as `details`) su" as StaticString)
                w.write("rvive a round trip.\n" as StaticString)
                w.indent(ind, node: n1975, list: s1974)
                let n1976 = w.count
                w.write("        switch self." as StaticString)
                w.indent(ind, node: n1976, list: s1974)
                let v1977 = v1973.propertyName
                w.write(v1977)
                let n1978 = w.count
                w.write(" {\n" as StaticString)
                w.indent(ind, node: n1978, list: s1974)
                let n1979 = w.count
                let v1980 = v1973.cases
                v1980.withUnsafeBufferPointer { l1982 in
                    for i1981 in l1982.indices {
                        let s1983 = w.count
                        w.write("        case ." as StaticString)
                        let v1984 = l1982[i1981].caseName
                        w.write(v1984)
                        let n1985 = w.count
                        w.write("(let fields): try fields.encode(to: encoder)\n" as StaticString)
                        w.indent(ind, node: n1985, list: s1983)
                    }
                }
                w.indent(ind, node: n1979, list: s1974)
                let n1986 = w.count
                w.write("        case ." as StaticString)
                w.indent(ind, node: n1986, list: s1974)
                let v1987 = v1973.otherCaseName
                w.write(v1987)
                let n1988 = w.count
                w.write(": break\n" as StaticString)
                w.indent(ind, node: n1988, list: s1974)
                let n1989 = w.count
                w.write("        }\n" as StaticString)
                w.indent(ind, node: n1989, list: s1974)
            }
            w.indent(ind, node: n1972, list: s1830)
            let n1990 = w.count
            w.write("        var container = encoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
            w.indent(ind, node: n1990, list: s1830)
            let n1991 = w.count
            let v1992 = a2.properties
            v1992.withUnsafeBufferPointer { l1994 in
                for i1993 in l1994.indices {
                    let s1995 = w.count
                    w.write("        try container." as StaticString)
                    let v1996 = l1994[i1993].isRequired
                    if v1996 {
                        w.write("encode" as StaticString)
                    }
                    let n1997 = w.count
                    let v1998 = l1994[i1993].isRequired
                    if !v1998 {
                        w.write("encodeIfPresent" as StaticString)
                    }
                    w.indent(ind, node: n1997, list: s1995)
                    let n1999 = w.count
                    w.write("(self." as StaticString)
                    w.indent(ind, node: n1999, list: s1995)
                    let v2000 = l1994[i1993].name
                    w.write(v2000)
                    let n2001 = w.count
                    w.write(", forKey: ." as StaticString)
                    w.indent(ind, node: n2001, list: s1995)
                    let v2002 = l1994[i1993].caseName
                    w.write(v2002)
                    let n2003 = w.count
                    w.write(")\n" as StaticString)
                    w.indent(ind, node: n2003, list: s1995)
                }
            }
            w.indent(ind, node: n1991, list: s1830)
            let n2004 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n2004, list: s1830)
        }
        w.indent(ind, node: n1828, list: s1827)
        let n2005 = w.count
        let v2006 = k.objectViewModel_hasProperties(a2)
        if !v2006 {
            let s2007 = w.count
            w.write("\n" as StaticString)
            let n2008 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n2008, list: s2007)
            let v2009 = a2.access
            w.write(v2009)
            let n2010 = w.count
            w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
            w.indent(ind, node: n2010, list: s2007)
            let n2011 = w.count
            w.write("        _ = try decoder.container(keyedBy: " as StaticString)
            w.indent(ind, node: n2011, list: s2007)
            let v2012 = a2.runtime
            w.write(v2012)
            let n2013 = w.count
            w.write(".AnyCodingKey.self)\n" as StaticString)
            w.indent(ind, node: n2013, list: s2007)
            let n2014 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n2014, list: s2007)
            let n2015 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2015, list: s2007)
            let n2016 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n2016, list: s2007)
            let v2017 = a2.access
            w.write(v2017)
            let n2018 = w.count
            w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
            w.indent(ind, node: n2018, list: s2007)
            let n2019 = w.count
            w.write("        _ = encoder.container(keyedBy: " as StaticString)
            w.indent(ind, node: n2019, list: s2007)
            let v2020 = a2.runtime
            w.write(v2020)
            let n2021 = w.count
            w.write(".AnyCodingKey.self)\n" as StaticString)
            w.indent(ind, node: n2021, list: s2007)
            let n2022 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n2022, list: s2007)
        }
        w.indent(ind, node: n2005, list: s1827)
    }

    /// The partial `object-json-case`.
    private static func partial14(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: ObjectViewModel, _ a3: PropertyViewModel) {
        let s2023 = w.count
        let n2024 = w.count
        let v2025 = a3.isFastDecodable
        if v2025 {
            let s2026 = w.count
            let v2027 = a3.isOptional
            if v2027 {
                let s2028 = w.count
                w.write("case " as StaticString)
                w.write(number: a3.index)
                let n2029 = w.count
                w.write(": try reader.decodeOptionalField(&v" as StaticString)
                w.indent(ind, node: n2029, list: s2028)
                w.write(number: a3.index)
                let n2030 = w.count
                w.write(", seen: &s" as StaticString)
                w.indent(ind, node: n2030, list: s2028)
                w.write(number: a3.index)
                let n2031 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n2031, list: s2028)
            }
            let n2032 = w.count
            let v2033 = a3.isOptional
            if !v2033 {
                let s2034 = w.count
                w.write("case " as StaticString)
                w.write(number: a3.index)
                let n2035 = w.count
                w.write(": try reader.decodeField(&v" as StaticString)
                w.indent(ind, node: n2035, list: s2034)
                w.write(number: a3.index)
                let n2036 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n2036, list: s2034)
            }
            w.indent(ind, node: n2032, list: s2026)
        }
        w.indent(ind, node: n2024, list: s2023)
        let n2037 = w.count
        let v2038 = a3.isFastDecodable
        if !v2038 {
            let s2039 = w.count
            w.write("case " as StaticString)
            w.write(number: a3.index)
            let n2040 = w.count
            w.write(": try reader.decodeWithFoundation()\n" as StaticString)
            w.indent(ind, node: n2040, list: s2039)
        }
        w.indent(ind, node: n2037, list: s2023)
    }

    /// The partial `object-json-store`.
    private static func partial15(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: ObjectViewModel, _ a3: PropertyViewModel) {
        let s2041 = w.count
        let n2042 = w.count
        let v2043 = a3.isOptional
        if !v2043 {
            let s2044 = w.count
            w.write("    guard let v" as StaticString)
            w.write(number: a3.index)
            let n2045 = w.count
            w.write(" else { throw reader.missingKey(\"" as StaticString)
            w.indent(ind, node: n2045, list: s2044)
            let v2046 = a3.jsonKey
            w.write(v2046)
            let n2047 = w.count
            w.write("\", in: object) }\n" as StaticString)
            w.indent(ind, node: n2047, list: s2044)
        }
        w.indent(ind, node: n2042, list: s2041)
        let n2048 = w.count
        let v2049 = a3.isIndirect
        if v2049 {
            let s2050 = w.count
            w.write("    self." as StaticString)
            let v2051 = a3.storageName
            w.write(v2051)
            let n2052 = w.count
            w.write(" = " as StaticString)
            w.indent(ind, node: n2052, list: s2050)
            let v2053 = a3.isOptional
            if v2053 {
                let s2054 = w.count
                w.write("v" as StaticString)
                w.write(number: a3.index)
                let n2055 = w.count
                w.write(".map { " as StaticString)
                w.indent(ind, node: n2055, list: s2054)
                let v2056 = a2.runtime
                w.write(v2056)
                let n2057 = w.count
                w.write(".Indirect($0) }" as StaticString)
                w.indent(ind, node: n2057, list: s2054)
            }
            let n2058 = w.count
            let v2059 = a3.isOptional
            if !v2059 {
                let s2060 = w.count
                let v2061 = a2.runtime
                w.write(v2061)
                let n2062 = w.count
                w.write(".Indirect(v" as StaticString)
                w.indent(ind, node: n2062, list: s2060)
                w.write(number: a3.index)
                let n2063 = w.count
                w.write(")" as StaticString)
                w.indent(ind, node: n2063, list: s2060)
            }
            w.indent(ind, node: n2058, list: s2050)
            let n2064 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2064, list: s2050)
        }
        w.indent(ind, node: n2048, list: s2041)
        let n2065 = w.count
        let v2066 = a3.isIndirect
        if !v2066 {
            let s2067 = w.count
            w.write("    self." as StaticString)
            let v2068 = a3.name
            w.write(v2068)
            let n2069 = w.count
            w.write(" = v" as StaticString)
            w.indent(ind, node: n2069, list: s2067)
            w.write(number: a3.index)
            let n2070 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2070, list: s2067)
        }
        w.indent(ind, node: n2065, list: s2041)
    }

    /// The template `validators.swift`.
    private static func template1(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel) {
        let s2071 = w.count
        let n2072 = w.count
        w.write("// Generated by specgen from " as StaticString)
        w.indent(ind, node: n2072, list: s2071)
        let v2073 = a0.sourcePath
        w.write(v2073)
        let n2074 = w.count
        w.write(".\n" as StaticString)
        w.indent(ind, node: n2074, list: s2071)
        let n2075 = w.count
        w.write("// Do not edit: change the docs (or the specgen config) and generate again.\n" as StaticString)
        w.indent(ind, node: n2075, list: s2071)
        let n2076 = w.count
        w.write("//\n" as StaticString)
        w.indent(ind, node: n2076, list: s2071)
        let n2077 = w.count
        w.write("// Validators: each checks a JSON payload against the docs' rules for its type a" as StaticString)
        w.write("nd reports every place the payload\n" as StaticString)
        w.indent(ind, node: n2077, list: s2071)
        let n2078 = w.count
        w.write("// departs from them.\n" as StaticString)
        w.indent(ind, node: n2078, list: s2071)
        let n2079 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2079, list: s2071)
        let n2080 = w.count
        let v2081 = a0.imports
        v2081.withUnsafeBufferPointer { l2083 in
            for i2082 in l2083.indices {
                let s2084 = w.count
                w.write("import " as StaticString)
                w.write(l2083[i2082])
                let n2085 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n2085, list: s2084)
            }
        }
        w.indent(ind, node: n2080, list: s2071)
        let n2086 = w.count
        let v2087 = a0.types
        v2087.withUnsafeBufferPointer { l2089 in
            for i2088 in l2089.indices {
                let s2090 = w.count
                if let v2091 = l2089[i2088].object {
                    let s2092 = w.count
                    w.write("\n" as StaticString)
                    let n2093 = w.count
                    partial16(&w, ind, k, a0, l2089[i2088], v2091)
                    w.indent(ind, node: n2093, list: s2092)
                }
                let n2094 = w.count
                if let v2095 = l2089[i2088].enumeration {
                    let s2096 = w.count
                    w.write("\n" as StaticString)
                    let n2097 = w.count
                    partial17(&w, ind, k, a0, l2089[i2088], v2095)
                    w.indent(ind, node: n2097, list: s2096)
                }
                w.indent(ind, node: n2094, list: s2090)
                let n2098 = w.count
                if let v2099 = l2089[i2088].union {
                    let s2100 = w.count
                    w.write("\n" as StaticString)
                    let n2101 = w.count
                    partial18(&w, ind, k, a0, l2089[i2088], v2099)
                    w.indent(ind, node: n2101, list: s2100)
                }
                w.indent(ind, node: n2098, list: s2090)
                let n2102 = w.count
                if let v2103 = l2089[i2088].taggedUnion {
                    let s2104 = w.count
                    w.write("\n" as StaticString)
                    let n2105 = w.count
                    partial19(&w, ind, k, a0, l2089[i2088], v2103)
                    w.indent(ind, node: n2105, list: s2104)
                }
                w.indent(ind, node: n2102, list: s2090)
            }
        }
        w.indent(ind, node: n2086, list: s2071)
    }

    /// The partial `validator-object`.
    private static func partial16(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel) {
        let s2106 = w.count
        let n2107 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n2107, list: s2106)
        let v2108 = a2.qualifiedName
        w.write(v2108)
        let n2109 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n2109, list: s2106)
        let n2110 = w.count
        let v2111 = a2.doc
        w.write("    " as StaticString)
        partial20(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, v2111)
        w.indent(ind, node: n2110, list: s2106)
        let n2113 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2113, list: s2106)
        let v2114 = a2.access
        w.write(v2114)
        let n2115 = w.count
        w.write(" static func validate(json: Foundation.Data) -> [" as StaticString)
        w.indent(ind, node: n2115, list: s2106)
        let v2116 = a2.runtime
        w.write(v2116)
        let n2117 = w.count
        w.write(".ValidationIssue] {\n" as StaticString)
        w.indent(ind, node: n2117, list: s2106)
        let n2118 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2118, list: s2106)
        let v2119 = a2.runtime
        w.write(v2119)
        let n2120 = w.count
        w.write(".JSONValidation.validate(json, location: \"" as StaticString)
        w.indent(ind, node: n2120, list: s2106)
        let v2121 = a2.location
        w.write(v2121)
        let n2122 = w.count
        w.write("\") {\n" as StaticString)
        w.indent(ind, node: n2122, list: s2106)
        let n2123 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2123, list: s2106)
        let v2124 = a2.runtime
        w.write(v2124)
        let n2125 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2125, list: s2106)
        let v2126 = a2.runtime
        w.write(v2126)
        let n2127 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2127, list: s2106)
        let n2128 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2128, list: s2106)
        let v2129 = a2.location
        w.write(v2129)
        let n2130 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2130, list: s2106)
        let n2131 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2131, list: s2106)
        let n2132 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2132, list: s2106)
        let n2133 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2133, list: s2106)
        let n2134 = w.count
        w.write("    /// Whether a JSON document conforms: the same answer as `validate(json:).is" as StaticString)
        w.write("Empty`, but reading stops at the\n" as StaticString)
        w.indent(ind, node: n2134, list: s2106)
        let n2135 = w.count
        w.write("    /// first issue and makes no issue.\n" as StaticString)
        w.indent(ind, node: n2135, list: s2106)
        let n2136 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2136, list: s2106)
        let v2137 = a2.access
        w.write(v2137)
        let n2138 = w.count
        w.write(" static func isValid(json: Foundation.Data) -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n2138, list: s2106)
        let n2139 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2139, list: s2106)
        let v2140 = a2.runtime
        w.write(v2140)
        let n2141 = w.count
        w.write(".JSONValidation.isValid(json) {\n" as StaticString)
        w.indent(ind, node: n2141, list: s2106)
        let n2142 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2142, list: s2106)
        let v2143 = a2.runtime
        w.write(v2143)
        let n2144 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2144, list: s2106)
        let v2145 = a2.runtime
        w.write(v2145)
        let n2146 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2146, list: s2106)
        let n2147 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2147, list: s2106)
        let v2148 = a2.location
        w.write(v2148)
        let n2149 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2149, list: s2106)
        let n2150 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2150, list: s2106)
        let n2151 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2151, list: s2106)
        let n2152 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2152, list: s2106)
        let n2153 = w.count
        w.write("    /// Checks the next value of `reader` against the rules of ``" as StaticString)
        w.indent(ind, node: n2153, list: s2106)
        let v2154 = a2.name
        w.write(v2154)
        let n2155 = w.count
        w.write("``; `location` is where the docs expect it.\n" as StaticString)
        w.indent(ind, node: n2155, list: s2106)
        let n2156 = w.count
        w.write("    static func specgenValidate(\n" as StaticString)
        w.indent(ind, node: n2156, list: s2106)
        let n2157 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2157, list: s2106)
        let v2158 = a2.runtime
        w.write(v2158)
        let n2159 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String,\n" as StaticString)
        w.indent(ind, node: n2159, list: s2106)
        let n2160 = w.count
        w.write("        requiring extra: " as StaticString)
        w.indent(ind, node: n2160, list: s2106)
        let v2161 = a2.runtime
        w.write(v2161)
        let n2162 = w.count
        w.write(".JSONRequirements = .none\n" as StaticString)
        w.indent(ind, node: n2162, list: s2106)
        let n2163 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2163, list: s2106)
        let v2164 = a2.runtime
        w.write(v2164)
        let n2165 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2165, list: s2106)
        let n2166 = w.count
        let v2167 = a2.needsStart
        if v2167 {
            w.write("        let start = reader.valueOffset()\n" as StaticString)
        }
        w.indent(ind, node: n2166, list: s2106)
        let n2168 = w.count
        w.write("        guard try reader.beginObject(typeName: \"" as StaticString)
        w.indent(ind, node: n2168, list: s2106)
        let v2169 = a2.typeNameText
        w.write(v2169)
        let n2170 = w.count
        w.write("\", nullable: nullable, location: location) else {\n" as StaticString)
        w.indent(ind, node: n2170, list: s2106)
        let n2171 = w.count
        w.write("            return\n" as StaticString)
        w.indent(ind, node: n2171, list: s2106)
        let n2172 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2172, list: s2106)
        let n2173 = w.count
        let v2174 = a2.isTagged
        if v2174 {
            let s2175 = w.count
            w.write("        switch reader.peekTag(Self.specgenTags) {\n" as StaticString)
            let n2176 = w.count
            let v2177 = a2.dispatch
            v2177.withUnsafeBufferPointer { l2179 in
                for i2178 in l2179.indices {
                    let s2180 = w.count
                    w.write("        case " as StaticString)
                    w.write(number: l2179[i2178].index)
                    let n2181 = w.count
                    w.write("?:\n" as StaticString)
                    w.indent(ind, node: n2181, list: s2180)
                    let n2182 = w.count
                    w.write("            try Self." as StaticString)
                    w.indent(ind, node: n2182, list: s2180)
                    let v2183 = l2179[i2178].functionName
                    w.write(v2183)
                    let n2184 = w.count
                    w.write("(&reader, requiring: extra)\n" as StaticString)
                    w.indent(ind, node: n2184, list: s2180)
                    let n2185 = w.count
                    let v2186 = l2179[i2178].wholeChecks
                    v2186.withUnsafeBufferPointer { l2188 in
                        for i2187 in l2188.indices {
                            let s2189 = w.count
                            w.write("            reader.rewind(to: start)\n" as StaticString)
                            let n2190 = w.count
                            w.write("            " as StaticString)
                            w.indent(ind, node: n2190, list: s2189)
                            partial21(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, l2179[i2178], l2188[i2187])
                        }
                    }
                    w.indent(ind, node: n2185, list: s2180)
                }
            }
            w.indent(ind, node: n2176, list: s2175)
            let n2191 = w.count
            w.write("        default:\n" as StaticString)
            w.indent(ind, node: n2191, list: s2175)
            let n2192 = w.count
            w.write("            try Self." as StaticString)
            w.indent(ind, node: n2192, list: s2175)
            let v2193 = a2.baseFunctionName
            w.write(v2193)
            let n2194 = w.count
            w.write("(&reader, requiring: extra)\n" as StaticString)
            w.indent(ind, node: n2194, list: s2175)
            let n2195 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n2195, list: s2175)
        }
        w.indent(ind, node: n2173, list: s2106)
        let n2196 = w.count
        let v2197 = a2.isTagged
        if !v2197 {
            let s2198 = w.count
            w.write("        try Self." as StaticString)
            let v2199 = a2.baseFunctionName
            w.write(v2199)
            let n2200 = w.count
            w.write("(&reader, requiring: extra)\n" as StaticString)
            w.indent(ind, node: n2200, list: s2198)
        }
        w.indent(ind, node: n2196, list: s2106)
        let n2201 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2201, list: s2106)
        let n2202 = w.count
        let v2203 = a2.isTagged
        if v2203 {
            let s2204 = w.count
            w.write("\n" as StaticString)
            let n2205 = w.count
            w.write("    /// The values of `" as StaticString)
            w.indent(ind, node: n2205, list: s2204)
            let v2206 = a2.tagKey
            w.write(v2206)
            let n2207 = w.count
            w.write("` that have rules of their own" as StaticString)
            w.indent(ind, node: n2207, list: s2204)
            let v2208 = k.objectValidatorViewModel_isCoded(a2)
            if v2208 {
                let s2209 = w.count
                w.write(", and the codes of `" as StaticString)
                let v2210 = a2.codeKeyText
                w.write(v2210)
                let n2211 = w.count
                w.write("` that select rules before `" as StaticString)
                w.indent(ind, node: n2211, list: s2209)
                let v2212 = a2.tagKey
                w.write(v2212)
                let n2213 = w.count
                w.write("` is read" as StaticString)
                w.indent(ind, node: n2213, list: s2209)
            }
            let n2214 = w.count
            let v2215 = k.objectValidatorViewModel_hasDispatchCode(a2)
            if v2215 {
                let s2216 = w.count
                w.write(" (`" as StaticString)
                let v2217 = a2.tagKey
                w.write(v2217)
                let n2218 = w.count
                w.write("` names the message only when `" as StaticString)
                w.indent(ind, node: n2218, list: s2216)
                let v2219 = a2.codeKeyText
                w.write(v2219)
                let n2220 = w.count
                w.write("` is " as StaticString)
                w.indent(ind, node: n2220, list: s2216)
                let v2221 = a2.dispatchCode
                w.write(v2221)
                let n2222 = w.count
                w.write(")" as StaticString)
                w.indent(ind, node: n2222, list: s2216)
            }
            w.indent(ind, node: n2214, list: s2204)
            let n2223 = w.count
            w.write(".\n" as StaticString)
            w.indent(ind, node: n2223, list: s2204)
            let n2224 = w.count
            w.write("    private static let specgenTags = " as StaticString)
            w.indent(ind, node: n2224, list: s2204)
            let v2225 = a2.runtime
            w.write(v2225)
            let n2226 = w.count
            w.write(".JSONTagRule(\n" as StaticString)
            w.indent(ind, node: n2226, list: s2204)
            let n2227 = w.count
            w.write("        key: \"" as StaticString)
            w.indent(ind, node: n2227, list: s2204)
            let v2228 = a2.tagKeyText
            w.write(v2228)
            let n2229 = w.count
            w.write("\",\n" as StaticString)
            w.indent(ind, node: n2229, list: s2204)
            let n2230 = w.count
            w.write("        values: [\n" as StaticString)
            w.indent(ind, node: n2230, list: s2204)
            let n2231 = w.count
            let v2232 = a2.tagValues
            v2232.withUnsafeBufferPointer { l2234 in
                for i2233 in l2234.indices {
                    let s2235 = w.count
                    w.write("            \"" as StaticString)
                    w.write(l2234[i2233])
                    let n2236 = w.count
                    w.write("\",\n" as StaticString)
                    w.indent(ind, node: n2236, list: s2235)
                }
            }
            w.indent(ind, node: n2231, list: s2204)
            let n2237 = w.count
            w.write("        ]" as StaticString)
            w.indent(ind, node: n2237, list: s2204)
            let v2238 = k.objectValidatorViewModel_isCoded(a2)
            if v2238 {
                let s2239 = w.count
                w.write(",\n" as StaticString)
                let n2240 = w.count
                w.write("        codeKey: \"" as StaticString)
                w.indent(ind, node: n2240, list: s2239)
                let v2241 = a2.codeKeyText
                w.write(v2241)
                let n2242 = w.count
                w.write("\",\n" as StaticString)
                w.indent(ind, node: n2242, list: s2239)
                let n2243 = w.count
                w.write("        codes: [\n" as StaticString)
                w.indent(ind, node: n2243, list: s2239)
                let n2244 = w.count
                let v2245 = k.objectValidatorViewModel_codes(a2)
                v2245.withUnsafeBufferPointer { l2247 in
                    for i2246 in l2247.indices {
                        let s2248 = w.count
                        w.write("            " as StaticString)
                        w.write(l2247[i2246])
                        let n2249 = w.count
                        w.write(",\n" as StaticString)
                        w.indent(ind, node: n2249, list: s2248)
                    }
                }
                w.indent(ind, node: n2244, list: s2239)
                let n2250 = w.count
                w.write("        ]" as StaticString)
                w.indent(ind, node: n2250, list: s2239)
                let v2251 = k.objectValidatorViewModel_hasDispatchCode(a2)
                if v2251 {
                    let s2252 = w.count
                    w.write(",\n" as StaticString)
                    let n2253 = w.count
                    w.write("        dispatch: " as StaticString)
                    w.indent(ind, node: n2253, list: s2252)
                    let v2254 = a2.dispatchCode
                    w.write(v2254)
                }
            }
            let n2255 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2255, list: s2204)
            let n2256 = w.count
            w.write("    )\n" as StaticString)
            w.indent(ind, node: n2256, list: s2204)
        }
        w.indent(ind, node: n2202, list: s2106)
        let n2257 = w.count
        let v2258 = a2.requirements
        v2258.withUnsafeBufferPointer { l2260 in
            for i2259 in l2260.indices {
                let s2261 = w.count
                w.write("\n" as StaticString)
                let n2262 = w.count
                partial22(&w, ind, k, a0, a1, a2, l2260[i2259])
                w.indent(ind, node: n2262, list: s2261)
            }
        }
        w.indent(ind, node: n2257, list: s2106)
        let n2263 = w.count
        let v2264 = a2.walks
        v2264.withUnsafeBufferPointer { l2266 in
            for i2265 in l2266.indices {
                let s2267 = w.count
                w.write("\n" as StaticString)
                let n2268 = w.count
                partial23(&w, ind, k, a0, a1, a2, l2266[i2265])
                w.indent(ind, node: n2268, list: s2267)
            }
        }
        w.indent(ind, node: n2263, list: s2106)
        let n2269 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n2269, list: s2106)
    }

    /// The partial `validator-enum`.
    private static func partial17(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: EnumValidatorViewModel) {
        let s2270 = w.count
        let n2271 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n2271, list: s2270)
        let v2272 = a2.qualifiedName
        w.write(v2272)
        let n2273 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n2273, list: s2270)
        let n2274 = w.count
        let v2275 = a2.doc
        w.write("    " as StaticString)
        partial24(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, v2275)
        w.indent(ind, node: n2274, list: s2270)
        let n2277 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2277, list: s2270)
        let v2278 = a2.access
        w.write(v2278)
        let n2279 = w.count
        w.write(" static func validate(json: Foundation.Data) -> [" as StaticString)
        w.indent(ind, node: n2279, list: s2270)
        let v2280 = a2.runtime
        w.write(v2280)
        let n2281 = w.count
        w.write(".ValidationIssue] {\n" as StaticString)
        w.indent(ind, node: n2281, list: s2270)
        let n2282 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2282, list: s2270)
        let v2283 = a2.runtime
        w.write(v2283)
        let n2284 = w.count
        w.write(".JSONValidation.validate(json, location: \"" as StaticString)
        w.indent(ind, node: n2284, list: s2270)
        let v2285 = a2.location
        w.write(v2285)
        let n2286 = w.count
        w.write("\") {\n" as StaticString)
        w.indent(ind, node: n2286, list: s2270)
        let n2287 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2287, list: s2270)
        let v2288 = a2.runtime
        w.write(v2288)
        let n2289 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2289, list: s2270)
        let v2290 = a2.runtime
        w.write(v2290)
        let n2291 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2291, list: s2270)
        let n2292 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2292, list: s2270)
        let v2293 = a2.location
        w.write(v2293)
        let n2294 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2294, list: s2270)
        let n2295 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2295, list: s2270)
        let n2296 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2296, list: s2270)
        let n2297 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2297, list: s2270)
        let n2298 = w.count
        w.write("    /// Whether a JSON document conforms: the same answer as `validate(json:).is" as StaticString)
        w.write("Empty`, but reading stops at the\n" as StaticString)
        w.indent(ind, node: n2298, list: s2270)
        let n2299 = w.count
        w.write("    /// first issue and makes no issue.\n" as StaticString)
        w.indent(ind, node: n2299, list: s2270)
        let n2300 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2300, list: s2270)
        let v2301 = a2.access
        w.write(v2301)
        let n2302 = w.count
        w.write(" static func isValid(json: Foundation.Data) -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n2302, list: s2270)
        let n2303 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2303, list: s2270)
        let v2304 = a2.runtime
        w.write(v2304)
        let n2305 = w.count
        w.write(".JSONValidation.isValid(json) {\n" as StaticString)
        w.indent(ind, node: n2305, list: s2270)
        let n2306 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2306, list: s2270)
        let v2307 = a2.runtime
        w.write(v2307)
        let n2308 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2308, list: s2270)
        let v2309 = a2.runtime
        w.write(v2309)
        let n2310 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2310, list: s2270)
        let n2311 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2311, list: s2270)
        let v2312 = a2.location
        w.write(v2312)
        let n2313 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2313, list: s2270)
        let n2314 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2314, list: s2270)
        let n2315 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2315, list: s2270)
        let n2316 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2316, list: s2270)
        let n2317 = w.count
        w.write("    /// Checks the next value of `reader` against the values of ``" as StaticString)
        w.indent(ind, node: n2317, list: s2270)
        let v2318 = a2.name
        w.write(v2318)
        let n2319 = w.count
        w.write("``; `location` is where the docs expect it.\n" as StaticString)
        w.indent(ind, node: n2319, list: s2270)
        let n2320 = w.count
        w.write("    static func specgenValidate(\n" as StaticString)
        w.indent(ind, node: n2320, list: s2270)
        let n2321 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2321, list: s2270)
        let v2322 = a2.runtime
        w.write(v2322)
        let n2323 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String\n" as StaticString)
        w.indent(ind, node: n2323, list: s2270)
        let n2324 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2324, list: s2270)
        let v2325 = a2.runtime
        w.write(v2325)
        let n2326 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2326, list: s2270)
        let n2327 = w.count
        let v2328 = a2.isFlags
        if v2328 {
            let s2329 = w.count
            w.write("        try reader.checkFlags(asString: " as StaticString)
            let v2330 = a2.flagsAsString
            w.write(flag: v2330)
            let n2331 = w.count
            w.write(", nullable: nullable, location: location)\n" as StaticString)
            w.indent(ind, node: n2331, list: s2329)
        }
        w.indent(ind, node: n2327, list: s2270)
        let n2332 = w.count
        let v2333 = a2.isFlags
        if !v2333 {
            w.write("        try reader.checkEnum(Self.specgenValues, nullable: nullable, location: l" as StaticString)
            w.write("ocation)\n" as StaticString)
        }
        w.indent(ind, node: n2332, list: s2270)
        let n2334 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2334, list: s2270)
        let n2335 = w.count
        let v2336 = a2.isFlags
        if !v2336 {
            let s2337 = w.count
            w.write("\n" as StaticString)
            let n2338 = w.count
            w.write("    /// The documented values.\n" as StaticString)
            w.indent(ind, node: n2338, list: s2337)
            let n2339 = w.count
            w.write("    private static let specgenValues = " as StaticString)
            w.indent(ind, node: n2339, list: s2337)
            let v2340 = a2.runtime
            w.write(v2340)
            let n2341 = w.count
            w.write(".JSONEnumRule(\n" as StaticString)
            w.indent(ind, node: n2341, list: s2337)
            let n2342 = w.count
            w.write("        typeName: \"" as StaticString)
            w.indent(ind, node: n2342, list: s2337)
            let v2343 = a2.typeNameText
            w.write(v2343)
            let n2344 = w.count
            w.write("\",\n" as StaticString)
            w.indent(ind, node: n2344, list: s2337)
            let n2345 = w.count
            w.write("        " as StaticString)
            w.indent(ind, node: n2345, list: s2337)
            let v2346 = a2.isInteger
            if v2346 {
                w.write("integers" as StaticString)
            }
            let n2347 = w.count
            let v2348 = a2.isInteger
            if !v2348 {
                w.write("strings" as StaticString)
            }
            w.indent(ind, node: n2347, list: s2337)
            let n2349 = w.count
            w.write(": [\n" as StaticString)
            w.indent(ind, node: n2349, list: s2337)
            let n2350 = w.count
            let v2351 = a2.isInteger
            if v2351 {
                let v2352 = a2.values
                v2352.withUnsafeBufferPointer { l2354 in
                    for i2353 in l2354.indices {
                        let s2355 = w.count
                        w.write("            " as StaticString)
                        w.write(l2354[i2353])
                        let n2356 = w.count
                        w.write(",\n" as StaticString)
                        w.indent(ind, node: n2356, list: s2355)
                    }
                }
            }
            w.indent(ind, node: n2350, list: s2337)
            let n2357 = w.count
            let v2358 = a2.isInteger
            if !v2358 {
                let v2359 = a2.values
                v2359.withUnsafeBufferPointer { l2361 in
                    for i2360 in l2361.indices {
                        let s2362 = w.count
                        w.write("            \"" as StaticString)
                        w.write(l2361[i2360])
                        let n2363 = w.count
                        w.write("\",\n" as StaticString)
                        w.indent(ind, node: n2363, list: s2362)
                    }
                }
            }
            w.indent(ind, node: n2357, list: s2337)
            let n2364 = w.count
            w.write("        ],\n" as StaticString)
            w.indent(ind, node: n2364, list: s2337)
            let n2365 = w.count
            w.write("        location: \"" as StaticString)
            w.indent(ind, node: n2365, list: s2337)
            let v2366 = a2.location
            w.write(v2366)
            let n2367 = w.count
            w.write("\"\n" as StaticString)
            w.indent(ind, node: n2367, list: s2337)
            let n2368 = w.count
            w.write("    )\n" as StaticString)
            w.indent(ind, node: n2368, list: s2337)
        }
        w.indent(ind, node: n2335, list: s2270)
        let n2369 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n2369, list: s2270)
    }

    /// The partial `validator-union`.
    private static func partial18(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: UnionValidatorViewModel) {
        let s2370 = w.count
        let n2371 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n2371, list: s2370)
        let v2372 = a2.qualifiedName
        w.write(v2372)
        let n2373 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n2373, list: s2370)
        let n2374 = w.count
        let v2375 = a2.doc
        w.write("    " as StaticString)
        partial25(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, v2375)
        w.indent(ind, node: n2374, list: s2370)
        let n2377 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2377, list: s2370)
        let v2378 = a2.access
        w.write(v2378)
        let n2379 = w.count
        w.write(" static func validate(json: Foundation.Data) -> [" as StaticString)
        w.indent(ind, node: n2379, list: s2370)
        let v2380 = a2.runtime
        w.write(v2380)
        let n2381 = w.count
        w.write(".ValidationIssue] {\n" as StaticString)
        w.indent(ind, node: n2381, list: s2370)
        let n2382 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2382, list: s2370)
        let v2383 = a2.runtime
        w.write(v2383)
        let n2384 = w.count
        w.write(".JSONValidation.validate(json, location: \"" as StaticString)
        w.indent(ind, node: n2384, list: s2370)
        let v2385 = a2.location
        w.write(v2385)
        let n2386 = w.count
        w.write("\") {\n" as StaticString)
        w.indent(ind, node: n2386, list: s2370)
        let n2387 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2387, list: s2370)
        let v2388 = a2.runtime
        w.write(v2388)
        let n2389 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2389, list: s2370)
        let v2390 = a2.runtime
        w.write(v2390)
        let n2391 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2391, list: s2370)
        let n2392 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2392, list: s2370)
        let v2393 = a2.location
        w.write(v2393)
        let n2394 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2394, list: s2370)
        let n2395 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2395, list: s2370)
        let n2396 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2396, list: s2370)
        let n2397 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2397, list: s2370)
        let n2398 = w.count
        w.write("    /// Whether a JSON document conforms: the same answer as `validate(json:).is" as StaticString)
        w.write("Empty`, but reading stops at the\n" as StaticString)
        w.indent(ind, node: n2398, list: s2370)
        let n2399 = w.count
        w.write("    /// first issue and makes no issue.\n" as StaticString)
        w.indent(ind, node: n2399, list: s2370)
        let n2400 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2400, list: s2370)
        let v2401 = a2.access
        w.write(v2401)
        let n2402 = w.count
        w.write(" static func isValid(json: Foundation.Data) -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n2402, list: s2370)
        let n2403 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2403, list: s2370)
        let v2404 = a2.runtime
        w.write(v2404)
        let n2405 = w.count
        w.write(".JSONValidation.isValid(json) {\n" as StaticString)
        w.indent(ind, node: n2405, list: s2370)
        let n2406 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2406, list: s2370)
        let v2407 = a2.runtime
        w.write(v2407)
        let n2408 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2408, list: s2370)
        let v2409 = a2.runtime
        w.write(v2409)
        let n2410 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2410, list: s2370)
        let n2411 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2411, list: s2370)
        let v2412 = a2.location
        w.write(v2412)
        let n2413 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2413, list: s2370)
        let n2414 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2414, list: s2370)
        let n2415 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2415, list: s2370)
        let n2416 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2416, list: s2370)
        let n2417 = w.count
        w.write("    /// Checks the next value of `reader` against the members of ``" as StaticString)
        w.indent(ind, node: n2417, list: s2370)
        let v2418 = a2.name
        w.write(v2418)
        let n2419 = w.count
        w.write("`` (it passes when one member passes);\n" as StaticString)
        w.indent(ind, node: n2419, list: s2370)
        let n2420 = w.count
        w.write("    /// `location` is where the docs expect it.\n" as StaticString)
        w.indent(ind, node: n2420, list: s2370)
        let n2421 = w.count
        w.write("    static func specgenValidate(\n" as StaticString)
        w.indent(ind, node: n2421, list: s2370)
        let n2422 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2422, list: s2370)
        let v2423 = a2.runtime
        w.write(v2423)
        let n2424 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String\n" as StaticString)
        w.indent(ind, node: n2424, list: s2370)
        let n2425 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2425, list: s2370)
        let v2426 = a2.runtime
        w.write(v2426)
        let n2427 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2427, list: s2370)
        let n2428 = w.count
        w.write("        try reader.checkUnion(expected: \"" as StaticString)
        w.indent(ind, node: n2428, list: s2370)
        let v2429 = a2.expected
        w.write(v2429)
        let n2430 = w.count
        w.write("\", nullable: nullable, location: location, members: " as StaticString)
        w.indent(ind, node: n2430, list: s2370)
        let v2431 = k.unionValidatorViewModel_memberCount(a2)
        w.write(v2431)
        let n2432 = w.count
        w.write(") {\n" as StaticString)
        w.indent(ind, node: n2432, list: s2370)
        let n2433 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2433, list: s2370)
        let v2434 = a2.runtime
        w.write(v2434)
        let n2435 = w.count
        w.write(".JSONValidationReader, member: Swift.Int) throws(" as StaticString)
        w.indent(ind, node: n2435, list: s2370)
        let v2436 = a2.runtime
        w.write(v2436)
        let n2437 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2437, list: s2370)
        let n2438 = w.count
        w.write("            switch member {\n" as StaticString)
        w.indent(ind, node: n2438, list: s2370)
        let n2439 = w.count
        let v2440 = k.unionValidatorViewModel_members(a2)
        v2440.withUnsafeBufferPointer { l2442 in
            for i2441 in l2442.indices {
                let s2443 = w.count
                w.write("            case " as StaticString)
                w.write(number: l2442[i2441].index)
                let n2444 = w.count
                w.write(":\n" as StaticString)
                w.indent(ind, node: n2444, list: s2443)
                let n2445 = w.count
                let v2446 = l2442[i2441].checks
                v2446.withUnsafeBufferPointer { l2448 in
                    for i2447 in l2448.indices {
                        w.write("                " as StaticString)
                        partial26(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, l2442[i2441], l2448[i2447])
                    }
                }
                w.indent(ind, node: n2445, list: s2443)
            }
        }
        w.indent(ind, node: n2439, list: s2370)
        let n2450 = w.count
        w.write("            default:\n" as StaticString)
        w.indent(ind, node: n2450, list: s2370)
        let n2451 = w.count
        if let v2452 = k.unionValidatorViewModel_lastMember(a2) {
            let v2453 = v2452.checks
            v2453.withUnsafeBufferPointer { l2455 in
                for i2454 in l2455.indices {
                    w.write("                " as StaticString)
                    partial26(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, v2452, l2455[i2454])
                }
            }
        }
        w.indent(ind, node: n2451, list: s2370)
        let n2457 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n2457, list: s2370)
        let n2458 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2458, list: s2370)
        let n2459 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2459, list: s2370)
        let n2460 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n2460, list: s2370)
    }

    /// The partial `validator-tagged-union`.
    private static func partial19(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: TaggedUnionValidatorViewModel) {
        let s2461 = w.count
        let n2462 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n2462, list: s2461)
        let v2463 = a2.qualifiedName
        w.write(v2463)
        let n2464 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n2464, list: s2461)
        let n2465 = w.count
        let v2466 = a2.doc
        w.write("    " as StaticString)
        partial27(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, v2466)
        w.indent(ind, node: n2465, list: s2461)
        let n2468 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2468, list: s2461)
        let v2469 = a2.access
        w.write(v2469)
        let n2470 = w.count
        w.write(" static func validate(json: Foundation.Data) -> [" as StaticString)
        w.indent(ind, node: n2470, list: s2461)
        let v2471 = a2.runtime
        w.write(v2471)
        let n2472 = w.count
        w.write(".ValidationIssue] {\n" as StaticString)
        w.indent(ind, node: n2472, list: s2461)
        let n2473 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2473, list: s2461)
        let v2474 = a2.runtime
        w.write(v2474)
        let n2475 = w.count
        w.write(".JSONValidation.validate(json, location: \"" as StaticString)
        w.indent(ind, node: n2475, list: s2461)
        let v2476 = a2.location
        w.write(v2476)
        let n2477 = w.count
        w.write("\") {\n" as StaticString)
        w.indent(ind, node: n2477, list: s2461)
        let n2478 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2478, list: s2461)
        let v2479 = a2.runtime
        w.write(v2479)
        let n2480 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2480, list: s2461)
        let v2481 = a2.runtime
        w.write(v2481)
        let n2482 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2482, list: s2461)
        let n2483 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2483, list: s2461)
        let v2484 = a2.location
        w.write(v2484)
        let n2485 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2485, list: s2461)
        let n2486 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2486, list: s2461)
        let n2487 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2487, list: s2461)
        let n2488 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2488, list: s2461)
        let n2489 = w.count
        w.write("    /// Whether a JSON document conforms: the same answer as `validate(json:).is" as StaticString)
        w.write("Empty`, but reading stops at the\n" as StaticString)
        w.indent(ind, node: n2489, list: s2461)
        let n2490 = w.count
        w.write("    /// first issue and makes no issue.\n" as StaticString)
        w.indent(ind, node: n2490, list: s2461)
        let n2491 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2491, list: s2461)
        let v2492 = a2.access
        w.write(v2492)
        let n2493 = w.count
        w.write(" static func isValid(json: Foundation.Data) -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n2493, list: s2461)
        let n2494 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2494, list: s2461)
        let v2495 = a2.runtime
        w.write(v2495)
        let n2496 = w.count
        w.write(".JSONValidation.isValid(json) {\n" as StaticString)
        w.indent(ind, node: n2496, list: s2461)
        let n2497 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2497, list: s2461)
        let v2498 = a2.runtime
        w.write(v2498)
        let n2499 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2499, list: s2461)
        let v2500 = a2.runtime
        w.write(v2500)
        let n2501 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2501, list: s2461)
        let n2502 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2502, list: s2461)
        let v2503 = a2.location
        w.write(v2503)
        let n2504 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2504, list: s2461)
        let n2505 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2505, list: s2461)
        let n2506 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2506, list: s2461)
        let n2507 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2507, list: s2461)
        let n2508 = w.count
        w.write("    /// Checks the next value of `reader` against the member of ``" as StaticString)
        w.indent(ind, node: n2508, list: s2461)
        let v2509 = a2.name
        w.write(v2509)
        let n2510 = w.count
        w.write("`` that its `" as StaticString)
        w.indent(ind, node: n2510, list: s2461)
        let v2511 = a2.tagKey
        w.write(v2511)
        let n2512 = w.count
        w.write("` selects.\n" as StaticString)
        w.indent(ind, node: n2512, list: s2461)
        let n2513 = w.count
        w.write("    /// A code the docs do not list is reported as an enumeration's unknown valu" as StaticString)
        w.write("e is; `location` is where the docs\n" as StaticString)
        w.indent(ind, node: n2513, list: s2461)
        let n2514 = w.count
        w.write("    /// expect the value.\n" as StaticString)
        w.indent(ind, node: n2514, list: s2461)
        let n2515 = w.count
        w.write("    static func specgenValidate(\n" as StaticString)
        w.indent(ind, node: n2515, list: s2461)
        let n2516 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2516, list: s2461)
        let v2517 = a2.runtime
        w.write(v2517)
        let n2518 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String\n" as StaticString)
        w.indent(ind, node: n2518, list: s2461)
        let n2519 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2519, list: s2461)
        let v2520 = a2.runtime
        w.write(v2520)
        let n2521 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2521, list: s2461)
        let n2522 = w.count
        w.write("        switch reader.peekObjectTag(Self.specgenTags) {\n" as StaticString)
        w.indent(ind, node: n2522, list: s2461)
        let n2523 = w.count
        let v2524 = a2.members
        v2524.withUnsafeBufferPointer { l2526 in
            for i2525 in l2526.indices {
                let s2527 = w.count
                w.write("        case " as StaticString)
                w.write(number: l2526[i2525].index)
                let n2528 = w.count
                w.write("?: try " as StaticString)
                w.indent(ind, node: n2528, list: s2527)
                let v2529 = l2526[i2525].type
                w.write(v2529)
                let n2530 = w.count
                w.write(".specgenValidate(&reader, nullable: nullable, location: location)\n" as StaticString)
                w.indent(ind, node: n2530, list: s2527)
            }
        }
        w.indent(ind, node: n2523, list: s2461)
        let n2531 = w.count
        w.write("        default: try Self.specgenValidateUnlisted(&reader, nullable: nullable, l" as StaticString)
        w.write("ocation: location)\n" as StaticString)
        w.indent(ind, node: n2531, list: s2461)
        let n2532 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2532, list: s2461)
        let n2533 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2533, list: s2461)
        let n2534 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2534, list: s2461)
        let n2535 = w.count
        w.write("    /// The codes of `" as StaticString)
        w.indent(ind, node: n2535, list: s2461)
        let v2536 = a2.tagKey
        w.write(v2536)
        let n2537 = w.count
        w.write("` that select a member.\n" as StaticString)
        w.indent(ind, node: n2537, list: s2461)
        let n2538 = w.count
        w.write("    private static let specgenTags = " as StaticString)
        w.indent(ind, node: n2538, list: s2461)
        let v2539 = a2.runtime
        w.write(v2539)
        let n2540 = w.count
        w.write(".JSONTagRule(\n" as StaticString)
        w.indent(ind, node: n2540, list: s2461)
        let n2541 = w.count
        w.write("        key: \"" as StaticString)
        w.indent(ind, node: n2541, list: s2461)
        let v2542 = a2.tagKeyText
        w.write(v2542)
        let n2543 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n2543, list: s2461)
        let n2544 = w.count
        w.write("        values: [],\n" as StaticString)
        w.indent(ind, node: n2544, list: s2461)
        let n2545 = w.count
        w.write("        codeKey: \"" as StaticString)
        w.indent(ind, node: n2545, list: s2461)
        let v2546 = a2.tagKeyText
        w.write(v2546)
        let n2547 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n2547, list: s2461)
        let n2548 = w.count
        w.write("        codes: [\n" as StaticString)
        w.indent(ind, node: n2548, list: s2461)
        let n2549 = w.count
        let v2550 = a2.codes
        v2550.withUnsafeBufferPointer { l2552 in
            for i2551 in l2552.indices {
                let s2553 = w.count
                w.write("            " as StaticString)
                w.write(l2552[i2551])
                let n2554 = w.count
                w.write(",\n" as StaticString)
                w.indent(ind, node: n2554, list: s2553)
            }
        }
        w.indent(ind, node: n2549, list: s2461)
        let n2555 = w.count
        w.write("        ]\n" as StaticString)
        w.indent(ind, node: n2555, list: s2461)
        let n2556 = w.count
        w.write("    )\n" as StaticString)
        w.indent(ind, node: n2556, list: s2461)
        let n2557 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2557, list: s2461)
        let n2558 = w.count
        w.write("    /// The one member every value has: its code.\n" as StaticString)
        w.indent(ind, node: n2558, list: s2461)
        let n2559 = w.count
        w.write("    private static let specgenMembers = " as StaticString)
        w.indent(ind, node: n2559, list: s2461)
        let v2560 = a2.runtime
        w.write(v2560)
        let n2561 = w.count
        w.write(".JSONObjectRule(\n" as StaticString)
        w.indent(ind, node: n2561, list: s2461)
        let n2562 = w.count
        w.write("        typeName: \"" as StaticString)
        w.indent(ind, node: n2562, list: s2461)
        let v2563 = a2.typeNameText
        w.write(v2563)
        let n2564 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n2564, list: s2461)
        let n2565 = w.count
        w.write("        members: [\n" as StaticString)
        w.indent(ind, node: n2565, list: s2461)
        let n2566 = w.count
        w.write("            .init(\"" as StaticString)
        w.indent(ind, node: n2566, list: s2461)
        let v2567 = a2.tagKeyText
        w.write(v2567)
        let n2568 = w.count
        w.write("\", required: true, location: \"" as StaticString)
        w.indent(ind, node: n2568, list: s2461)
        let v2569 = a2.tagLocation
        w.write(v2569)
        let n2570 = w.count
        w.write("\"),\n" as StaticString)
        w.indent(ind, node: n2570, list: s2461)
        let n2571 = w.count
        w.write("        ]\n" as StaticString)
        w.indent(ind, node: n2571, list: s2461)
        let n2572 = w.count
        w.write("    )\n" as StaticString)
        w.indent(ind, node: n2572, list: s2461)
        let n2573 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2573, list: s2461)
        let n2574 = w.count
        w.write("    /// The documented codes.\n" as StaticString)
        w.indent(ind, node: n2574, list: s2461)
        let n2575 = w.count
        w.write("    private static let specgenCodes = " as StaticString)
        w.indent(ind, node: n2575, list: s2461)
        let v2576 = a2.runtime
        w.write(v2576)
        let n2577 = w.count
        w.write(".JSONEnumRule(\n" as StaticString)
        w.indent(ind, node: n2577, list: s2461)
        let n2578 = w.count
        w.write("        typeName: \"" as StaticString)
        w.indent(ind, node: n2578, list: s2461)
        let v2579 = a2.typeNameText
        w.write(v2579)
        let n2580 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n2580, list: s2461)
        let n2581 = w.count
        w.write("        integers: [\n" as StaticString)
        w.indent(ind, node: n2581, list: s2461)
        let n2582 = w.count
        let v2583 = a2.codes
        v2583.withUnsafeBufferPointer { l2585 in
            for i2584 in l2585.indices {
                let s2586 = w.count
                w.write("            " as StaticString)
                w.write(l2585[i2584])
                let n2587 = w.count
                w.write(",\n" as StaticString)
                w.indent(ind, node: n2587, list: s2586)
            }
        }
        w.indent(ind, node: n2582, list: s2461)
        let n2588 = w.count
        w.write("        ],\n" as StaticString)
        w.indent(ind, node: n2588, list: s2461)
        let n2589 = w.count
        w.write("        location: \"" as StaticString)
        w.indent(ind, node: n2589, list: s2461)
        let v2590 = a2.tagLocation
        w.write(v2590)
        let n2591 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n2591, list: s2461)
        let n2592 = w.count
        w.write("    )\n" as StaticString)
        w.indent(ind, node: n2592, list: s2461)
        let n2593 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2593, list: s2461)
        let n2594 = w.count
        w.write("    /// Checks a value that no documented code selects: an object whose `" as StaticString)
        w.indent(ind, node: n2594, list: s2461)
        let v2595 = a2.tagKey
        w.write(v2595)
        let n2596 = w.count
        w.write("` must be a documented code.\n" as StaticString)
        w.indent(ind, node: n2596, list: s2461)
        let n2597 = w.count
        w.write("    private static func specgenValidateUnlisted(\n" as StaticString)
        w.indent(ind, node: n2597, list: s2461)
        let n2598 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2598, list: s2461)
        let v2599 = a2.runtime
        w.write(v2599)
        let n2600 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String\n" as StaticString)
        w.indent(ind, node: n2600, list: s2461)
        let n2601 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2601, list: s2461)
        let v2602 = a2.runtime
        w.write(v2602)
        let n2603 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2603, list: s2461)
        let n2604 = w.count
        w.write("        guard try reader.beginObject(typeName: \"" as StaticString)
        w.indent(ind, node: n2604, list: s2461)
        let v2605 = a2.typeNameText
        w.write(v2605)
        let n2606 = w.count
        w.write("\", nullable: nullable, location: location) else {\n" as StaticString)
        w.indent(ind, node: n2606, list: s2461)
        let n2607 = w.count
        w.write("            return\n" as StaticString)
        w.indent(ind, node: n2607, list: s2461)
        let n2608 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2608, list: s2461)
        let n2609 = w.count
        w.write("        let rule = Self.specgenMembers\n" as StaticString)
        w.indent(ind, node: n2609, list: s2461)
        let n2610 = w.count
        w.write("        var seen = " as StaticString)
        w.indent(ind, node: n2610, list: s2461)
        let v2611 = a2.runtime
        w.write(v2611)
        let n2612 = w.count
        w.write(".JSONKeyBits()\n" as StaticString)
        w.indent(ind, node: n2612, list: s2461)
        let n2613 = w.count
        w.write("        while let member = try reader.nextMember(rule, seen: &seen) {\n" as StaticString)
        w.indent(ind, node: n2613, list: s2461)
        let n2614 = w.count
        w.write("            switch member {\n" as StaticString)
        w.indent(ind, node: n2614, list: s2461)
        let n2615 = w.count
        w.write("            case 0: try reader.checkEnum(Self.specgenCodes, nullable: false, loc" as StaticString)
        w.write("ation: \"" as StaticString)
        w.indent(ind, node: n2615, list: s2461)
        let v2616 = a2.tagLocation
        w.write(v2616)
        let n2617 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2617, list: s2461)
        let n2618 = w.count
        w.write("            default: try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n2618, list: s2461)
        let n2619 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n2619, list: s2461)
        let n2620 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2620, list: s2461)
        let n2621 = w.count
        w.write("        reader.finishObject(rule, seen: seen)\n" as StaticString)
        w.indent(ind, node: n2621, list: s2461)
        let n2622 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2622, list: s2461)
        let n2623 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n2623, list: s2461)
    }

    /// The partial `validator-doc`.
    private static func partial20(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: ValidatorDocViewModel) {
        let s2624 = w.count
        let n2625 = w.count
        w.write("/// Checks a JSON document against the docs' rules for ``" as StaticString)
        w.indent(ind, node: n2625, list: s2624)
        let v2626 = a3.name
        w.write(v2626)
        let n2627 = w.count
        w.write("``.\n" as StaticString)
        w.indent(ind, node: n2627, list: s2624)
        let n2628 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n2628, list: s2624)
        let n2629 = w.count
        w.write("/// Keys the docs do not list are allowed; everything else they say is checked: " as StaticString)
        w.write("required keys, `null`, JSON types, documented values." as StaticString)
        w.indent(ind, node: n2629, list: s2624)
        let v2630 = a3.rulesSource
        if !v2630.isEmpty {
            let s2631 = w.count
            w.write(" The rules come from `" as StaticString)
            w.write(v2630)
            let n2632 = w.count
            w.write("`." as StaticString)
            w.indent(ind, node: n2632, list: s2631)
        }
        let n2633 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2633, list: s2624)
        let n2634 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n2634, list: s2624)
        let n2635 = w.count
        w.write("/// - Parameter json: The document's bytes (UTF-8).\n" as StaticString)
        w.indent(ind, node: n2635, list: s2624)
        let n2636 = w.count
        w.write("/// - Returns: Every place the document departs from the docs, in document order" as StaticString)
        w.write("; empty when it conforms.\n" as StaticString)
        w.indent(ind, node: n2636, list: s2624)
    }

    /// The partial `validator-check`.
    private static func partial21(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: DispatchViewModel, _ a4: CheckViewModel) {
        let s2637 = w.count
        let n2638 = w.count
        let v2639 = a4.isString
        if v2639 {
            let s2640 = w.count
            w.write("try reader.checkString(nullable: " as StaticString)
            let v2641 = a4.isNullable
            w.write(flag: v2641)
            let n2642 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2642, list: s2640)
            let v2643 = a4.usesCallerLocation
            if v2643 {
                w.write("location" as StaticString)
            }
            let n2644 = w.count
            let v2645 = a4.usesCallerLocation
            if !v2645 {
                let s2646 = w.count
                w.write("\"" as StaticString)
                let v2647 = a4.location
                w.write(v2647)
                let n2648 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2648, list: s2646)
            }
            w.indent(ind, node: n2644, list: s2640)
            let n2649 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2649, list: s2640)
        }
        w.indent(ind, node: n2638, list: s2637)
        let n2650 = w.count
        let v2651 = a4.isInteger
        if v2651 {
            let s2652 = w.count
            w.write("try reader.checkInteger(nullable: " as StaticString)
            let v2653 = a4.isNullable
            w.write(flag: v2653)
            let n2654 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2654, list: s2652)
            let v2655 = a4.usesCallerLocation
            if v2655 {
                w.write("location" as StaticString)
            }
            let n2656 = w.count
            let v2657 = a4.usesCallerLocation
            if !v2657 {
                let s2658 = w.count
                w.write("\"" as StaticString)
                let v2659 = a4.location
                w.write(v2659)
                let n2660 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2660, list: s2658)
            }
            w.indent(ind, node: n2656, list: s2652)
            let n2661 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2661, list: s2652)
        }
        w.indent(ind, node: n2650, list: s2637)
        let n2662 = w.count
        let v2663 = a4.isNumber
        if v2663 {
            let s2664 = w.count
            w.write("try reader.checkNumber(nullable: " as StaticString)
            let v2665 = a4.isNullable
            w.write(flag: v2665)
            let n2666 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2666, list: s2664)
            let v2667 = a4.usesCallerLocation
            if v2667 {
                w.write("location" as StaticString)
            }
            let n2668 = w.count
            let v2669 = a4.usesCallerLocation
            if !v2669 {
                let s2670 = w.count
                w.write("\"" as StaticString)
                let v2671 = a4.location
                w.write(v2671)
                let n2672 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2672, list: s2670)
            }
            w.indent(ind, node: n2668, list: s2664)
            let n2673 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2673, list: s2664)
        }
        w.indent(ind, node: n2662, list: s2637)
        let n2674 = w.count
        let v2675 = a4.isBoolean
        if v2675 {
            let s2676 = w.count
            w.write("try reader.checkBoolean(nullable: " as StaticString)
            let v2677 = a4.isNullable
            w.write(flag: v2677)
            let n2678 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2678, list: s2676)
            let v2679 = a4.usesCallerLocation
            if v2679 {
                w.write("location" as StaticString)
            }
            let n2680 = w.count
            let v2681 = a4.usesCallerLocation
            if !v2681 {
                let s2682 = w.count
                w.write("\"" as StaticString)
                let v2683 = a4.location
                w.write(v2683)
                let n2684 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2684, list: s2682)
            }
            w.indent(ind, node: n2680, list: s2676)
            let n2685 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2685, list: s2676)
        }
        w.indent(ind, node: n2674, list: s2637)
        let n2686 = w.count
        let v2687 = a4.isTimestamp
        if v2687 {
            let s2688 = w.count
            w.write("try reader.checkTimestamp(nullable: " as StaticString)
            let v2689 = a4.isNullable
            w.write(flag: v2689)
            let n2690 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2690, list: s2688)
            let v2691 = a4.usesCallerLocation
            if v2691 {
                w.write("location" as StaticString)
            }
            let n2692 = w.count
            let v2693 = a4.usesCallerLocation
            if !v2693 {
                let s2694 = w.count
                w.write("\"" as StaticString)
                let v2695 = a4.location
                w.write(v2695)
                let n2696 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2696, list: s2694)
            }
            w.indent(ind, node: n2692, list: s2688)
            let n2697 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2697, list: s2688)
        }
        w.indent(ind, node: n2686, list: s2637)
        let n2698 = w.count
        let v2699 = a4.isSnowflake
        if v2699 {
            let s2700 = w.count
            w.write("try reader.checkSnowflake(nullable: " as StaticString)
            let v2701 = a4.isNullable
            w.write(flag: v2701)
            let n2702 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2702, list: s2700)
            let v2703 = a4.usesCallerLocation
            if v2703 {
                w.write("location" as StaticString)
            }
            let n2704 = w.count
            let v2705 = a4.usesCallerLocation
            if !v2705 {
                let s2706 = w.count
                w.write("\"" as StaticString)
                let v2707 = a4.location
                w.write(v2707)
                let n2708 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2708, list: s2706)
            }
            w.indent(ind, node: n2704, list: s2700)
            let n2709 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2709, list: s2700)
        }
        w.indent(ind, node: n2698, list: s2637)
        let n2710 = w.count
        let v2711 = a4.isAnyObject
        if v2711 {
            let s2712 = w.count
            w.write("try reader.checkObject(nullable: " as StaticString)
            let v2713 = a4.isNullable
            w.write(flag: v2713)
            let n2714 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2714, list: s2712)
            let v2715 = a4.usesCallerLocation
            if v2715 {
                w.write("location" as StaticString)
            }
            let n2716 = w.count
            let v2717 = a4.usesCallerLocation
            if !v2717 {
                let s2718 = w.count
                w.write("\"" as StaticString)
                let v2719 = a4.location
                w.write(v2719)
                let n2720 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2720, list: s2718)
            }
            w.indent(ind, node: n2716, list: s2712)
            let n2721 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2721, list: s2712)
        }
        w.indent(ind, node: n2710, list: s2637)
        let n2722 = w.count
        let v2723 = a4.isAny
        if v2723 {
            w.write("try reader.skipValue()\n" as StaticString)
        }
        w.indent(ind, node: n2722, list: s2637)
        let n2724 = w.count
        let v2725 = a4.isNull
        if v2725 {
            let s2726 = w.count
            w.write("try reader.checkNull(location: " as StaticString)
            let v2727 = a4.usesCallerLocation
            if v2727 {
                w.write("location" as StaticString)
            }
            let n2728 = w.count
            let v2729 = a4.usesCallerLocation
            if !v2729 {
                let s2730 = w.count
                w.write("\"" as StaticString)
                let v2731 = a4.location
                w.write(v2731)
                let n2732 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2732, list: s2730)
            }
            w.indent(ind, node: n2728, list: s2726)
            let n2733 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2733, list: s2726)
        }
        w.indent(ind, node: n2724, list: s2637)
        let n2734 = w.count
        let v2735 = a4.isConstant
        if v2735 {
            let s2736 = w.count
            w.write("try reader.checkConstant(\"" as StaticString)
            let v2737 = a4.constant
            w.write(v2737)
            let n2738 = w.count
            w.write("\", nullable: " as StaticString)
            w.indent(ind, node: n2738, list: s2736)
            let v2739 = a4.isNullable
            w.write(flag: v2739)
            let n2740 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2740, list: s2736)
            let v2741 = a4.usesCallerLocation
            if v2741 {
                w.write("location" as StaticString)
            }
            let n2742 = w.count
            let v2743 = a4.usesCallerLocation
            if !v2743 {
                let s2744 = w.count
                w.write("\"" as StaticString)
                let v2745 = a4.location
                w.write(v2745)
                let n2746 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2746, list: s2744)
            }
            w.indent(ind, node: n2742, list: s2736)
            let n2747 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2747, list: s2736)
        }
        w.indent(ind, node: n2734, list: s2637)
        let n2748 = w.count
        let v2749 = a4.isNamed
        if v2749 {
            let s2750 = w.count
            w.write("try " as StaticString)
            let v2751 = a4.typeName
            w.write(v2751)
            let n2752 = w.count
            w.write(".specgenValidate(&reader, nullable: " as StaticString)
            w.indent(ind, node: n2752, list: s2750)
            let v2753 = a4.isNullable
            w.write(flag: v2753)
            let n2754 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2754, list: s2750)
            let v2755 = a4.usesCallerLocation
            if v2755 {
                w.write("location" as StaticString)
            }
            let n2756 = w.count
            let v2757 = a4.usesCallerLocation
            if !v2757 {
                let s2758 = w.count
                w.write("\"" as StaticString)
                let v2759 = a4.location
                w.write(v2759)
                let n2760 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2760, list: s2758)
            }
            w.indent(ind, node: n2756, list: s2750)
            let n2761 = w.count
            let v2762 = a4.requirement
            if !v2762.isEmpty {
                w.write(", requiring: Self." as StaticString)
                w.write(v2762)
            }
            w.indent(ind, node: n2761, list: s2750)
            let n2764 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2764, list: s2750)
        }
        w.indent(ind, node: n2748, list: s2637)
        let n2765 = w.count
        let v2766 = a4.isArray
        if v2766 {
            let s2767 = w.count
            w.write("if try reader.beginArray(nullable: " as StaticString)
            let v2768 = a4.isNullable
            w.write(flag: v2768)
            let n2769 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2769, list: s2767)
            let v2770 = a4.usesCallerLocation
            if v2770 {
                w.write("location" as StaticString)
            }
            let n2771 = w.count
            let v2772 = a4.usesCallerLocation
            if !v2772 {
                let s2773 = w.count
                w.write("\"" as StaticString)
                let v2774 = a4.location
                w.write(v2774)
                let n2775 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2775, list: s2773)
            }
            w.indent(ind, node: n2771, list: s2767)
            let n2776 = w.count
            w.write(") {\n" as StaticString)
            w.indent(ind, node: n2776, list: s2767)
            let n2777 = w.count
            w.write("    while try reader.nextElement() {\n" as StaticString)
            w.indent(ind, node: n2777, list: s2767)
            let n2778 = w.count
            let v2779 = a4.element
            v2779.withUnsafeBufferPointer { l2781 in
                for i2780 in l2781.indices {
                    w.write("        " as StaticString)
                    partial21(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, a3, l2781[i2780])
                }
            }
            w.indent(ind, node: n2778, list: s2767)
            let n2783 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n2783, list: s2767)
            let n2784 = w.count
            w.write("}\n" as StaticString)
            w.indent(ind, node: n2784, list: s2767)
        }
        w.indent(ind, node: n2765, list: s2637)
    }

    /// The partial `validator-requirement`.
    private static func partial22(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: RequirementViewModel) {
        let s2785 = w.count
        let n2786 = w.count
        w.write("    /// The keys an event requires of its payload beyond the type's own: " as StaticString)
        w.indent(ind, node: n2786, list: s2785)
        let v2787 = a3.summary
        w.write(v2787)
        let n2788 = w.count
        w.write(".\n" as StaticString)
        w.indent(ind, node: n2788, list: s2785)
        let n2789 = w.count
        w.write("    private static let " as StaticString)
        w.indent(ind, node: n2789, list: s2785)
        let v2790 = a3.name
        w.write(v2790)
        let n2791 = w.count
        w.write(" = " as StaticString)
        w.indent(ind, node: n2791, list: s2785)
        let v2792 = a3.runtime
        w.write(v2792)
        let n2793 = w.count
        w.write(".JSONRequirements([\n" as StaticString)
        w.indent(ind, node: n2793, list: s2785)
        let n2794 = w.count
        let v2795 = a3.entries
        v2795.withUnsafeBufferPointer { l2797 in
            for i2796 in l2797.indices {
                let s2798 = w.count
                w.write("        .init(\"" as StaticString)
                let v2799 = l2797[i2796].key
                w.write(v2799)
                let n2800 = w.count
                w.write("\", location: \"" as StaticString)
                w.indent(ind, node: n2800, list: s2798)
                let v2801 = l2797[i2796].location
                w.write(v2801)
                let n2802 = w.count
                w.write("\"),\n" as StaticString)
                w.indent(ind, node: n2802, list: s2798)
            }
        }
        w.indent(ind, node: n2794, list: s2785)
        let n2803 = w.count
        w.write("    ])\n" as StaticString)
        w.indent(ind, node: n2803, list: s2785)
    }

    /// The partial `validator-walk`.
    private static func partial23(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: WalkViewModel) {
        let s2804 = w.count
        let n2805 = w.count
        w.write("    /// The documented members" as StaticString)
        w.indent(ind, node: n2805, list: s2804)
        let v2806 = a3.summary
        w.write(v2806)
        let n2807 = w.count
        w.write(".\n" as StaticString)
        w.indent(ind, node: n2807, list: s2804)
        let n2808 = w.count
        w.write("    private static let " as StaticString)
        w.indent(ind, node: n2808, list: s2804)
        let v2809 = a3.rulesName
        w.write(v2809)
        let n2810 = w.count
        w.write(" = " as StaticString)
        w.indent(ind, node: n2810, list: s2804)
        let v2811 = a3.runtime
        w.write(v2811)
        let n2812 = w.count
        w.write(".JSONObjectRule(\n" as StaticString)
        w.indent(ind, node: n2812, list: s2804)
        let n2813 = w.count
        w.write("        typeName: \"" as StaticString)
        w.indent(ind, node: n2813, list: s2804)
        let v2814 = a3.typeNameText
        w.write(v2814)
        let n2815 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n2815, list: s2804)
        let n2816 = w.count
        w.write("        members: [\n" as StaticString)
        w.indent(ind, node: n2816, list: s2804)
        let n2817 = w.count
        let v2818 = a3.members
        v2818.withUnsafeBufferPointer { l2820 in
            for i2819 in l2820.indices {
                let s2821 = w.count
                w.write("            .init(\"" as StaticString)
                let v2822 = l2820[i2819].key
                w.write(v2822)
                let n2823 = w.count
                w.write("\", required: " as StaticString)
                w.indent(ind, node: n2823, list: s2821)
                let v2824 = l2820[i2819].isRequired
                w.write(flag: v2824)
                let n2825 = w.count
                w.write(", location: \"" as StaticString)
                w.indent(ind, node: n2825, list: s2821)
                let v2826 = l2820[i2819].location
                w.write(v2826)
                let n2827 = w.count
                w.write("\"),\n" as StaticString)
                w.indent(ind, node: n2827, list: s2821)
            }
        }
        w.indent(ind, node: n2817, list: s2804)
        let n2828 = w.count
        w.write("        ]\n" as StaticString)
        w.indent(ind, node: n2828, list: s2804)
        let n2829 = w.count
        w.write("    )\n" as StaticString)
        w.indent(ind, node: n2829, list: s2804)
        let n2830 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2830, list: s2804)
        let n2831 = w.count
        w.write("    /// Checks the members of the object just opened" as StaticString)
        w.indent(ind, node: n2831, list: s2804)
        let v2832 = a3.summary
        w.write(v2832)
        let n2833 = w.count
        w.write(", then closes it.\n" as StaticString)
        w.indent(ind, node: n2833, list: s2804)
        let n2834 = w.count
        w.write("    private static func " as StaticString)
        w.indent(ind, node: n2834, list: s2804)
        let v2835 = a3.functionName
        w.write(v2835)
        let n2836 = w.count
        w.write("(\n" as StaticString)
        w.indent(ind, node: n2836, list: s2804)
        let n2837 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2837, list: s2804)
        let v2838 = a3.runtime
        w.write(v2838)
        let n2839 = w.count
        w.write(".JSONValidationReader, requiring extra: " as StaticString)
        w.indent(ind, node: n2839, list: s2804)
        let v2840 = a3.runtime
        w.write(v2840)
        let n2841 = w.count
        w.write(".JSONRequirements\n" as StaticString)
        w.indent(ind, node: n2841, list: s2804)
        let n2842 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2842, list: s2804)
        let v2843 = a3.runtime
        w.write(v2843)
        let n2844 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2844, list: s2804)
        let n2845 = w.count
        w.write("        let rule = Self." as StaticString)
        w.indent(ind, node: n2845, list: s2804)
        let v2846 = a3.rulesName
        w.write(v2846)
        let n2847 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2847, list: s2804)
        let n2848 = w.count
        w.write("        var seen = " as StaticString)
        w.indent(ind, node: n2848, list: s2804)
        let v2849 = a3.runtime
        w.write(v2849)
        let n2850 = w.count
        w.write(".JSONKeyBits()\n" as StaticString)
        w.indent(ind, node: n2850, list: s2804)
        let n2851 = w.count
        w.write("        while let member = try reader.nextMember(rule, seen: &seen) {\n" as StaticString)
        w.indent(ind, node: n2851, list: s2804)
        let n2852 = w.count
        w.write("            switch member {\n" as StaticString)
        w.indent(ind, node: n2852, list: s2804)
        let n2853 = w.count
        let v2854 = a3.cases
        v2854.withUnsafeBufferPointer { l2856 in
            for i2855 in l2856.indices {
                let s2857 = w.count
                w.write("            case " as StaticString)
                w.write(number: l2856[i2855].index)
                let n2858 = w.count
                w.write(":\n" as StaticString)
                w.indent(ind, node: n2858, list: s2857)
                let n2859 = w.count
                let v2860 = k.memberCaseViewModel_hasSeveralChecks(l2856[i2855])
                if v2860 {
                    w.write("                let start = reader.valueOffset()\n" as StaticString)
                }
                w.indent(ind, node: n2859, list: s2857)
                let n2861 = w.count
                let v2862 = l2856[i2855].checks
                v2862.withUnsafeBufferPointer { l2864 in
                    for i2863 in l2864.indices {
                        let s2865 = w.count
                        let v2866 = i2863 == 0
                        if !v2866 {
                            w.write("                reader.rewind(to: start)\n" as StaticString)
                        }
                        let n2867 = w.count
                        w.write("                " as StaticString)
                        w.indent(ind, node: n2867, list: s2865)
                        partial28(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, a3, l2856[i2855], l2864[i2863])
                    }
                }
                w.indent(ind, node: n2861, list: s2857)
            }
        }
        w.indent(ind, node: n2853, list: s2804)
        let n2868 = w.count
        w.write("            default:\n" as StaticString)
        w.indent(ind, node: n2868, list: s2804)
        let n2869 = w.count
        w.write("                try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n2869, list: s2804)
        let n2870 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n2870, list: s2804)
        let n2871 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2871, list: s2804)
        let n2872 = w.count
        w.write("        reader.finishObject(rule, seen: seen, requiring: extra)\n" as StaticString)
        w.indent(ind, node: n2872, list: s2804)
        let n2873 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2873, list: s2804)
    }

    /// The partial `validator-doc`.
    private static func partial24(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: EnumValidatorViewModel, _ a3: ValidatorDocViewModel) {
        let s2874 = w.count
        let n2875 = w.count
        w.write("/// Checks a JSON document against the docs' rules for ``" as StaticString)
        w.indent(ind, node: n2875, list: s2874)
        let v2876 = a3.name
        w.write(v2876)
        let n2877 = w.count
        w.write("``.\n" as StaticString)
        w.indent(ind, node: n2877, list: s2874)
        let n2878 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n2878, list: s2874)
        let n2879 = w.count
        w.write("/// Keys the docs do not list are allowed; everything else they say is checked: " as StaticString)
        w.write("required keys, `null`, JSON types, documented values." as StaticString)
        w.indent(ind, node: n2879, list: s2874)
        let v2880 = a3.rulesSource
        if !v2880.isEmpty {
            let s2881 = w.count
            w.write(" The rules come from `" as StaticString)
            w.write(v2880)
            let n2882 = w.count
            w.write("`." as StaticString)
            w.indent(ind, node: n2882, list: s2881)
        }
        let n2883 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2883, list: s2874)
        let n2884 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n2884, list: s2874)
        let n2885 = w.count
        w.write("/// - Parameter json: The document's bytes (UTF-8).\n" as StaticString)
        w.indent(ind, node: n2885, list: s2874)
        let n2886 = w.count
        w.write("/// - Returns: Every place the document departs from the docs, in document order" as StaticString)
        w.write("; empty when it conforms.\n" as StaticString)
        w.indent(ind, node: n2886, list: s2874)
    }

    /// The partial `validator-doc`.
    private static func partial25(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: UnionValidatorViewModel, _ a3: ValidatorDocViewModel) {
        let s2887 = w.count
        let n2888 = w.count
        w.write("/// Checks a JSON document against the docs' rules for ``" as StaticString)
        w.indent(ind, node: n2888, list: s2887)
        let v2889 = a3.name
        w.write(v2889)
        let n2890 = w.count
        w.write("``.\n" as StaticString)
        w.indent(ind, node: n2890, list: s2887)
        let n2891 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n2891, list: s2887)
        let n2892 = w.count
        w.write("/// Keys the docs do not list are allowed; everything else they say is checked: " as StaticString)
        w.write("required keys, `null`, JSON types, documented values." as StaticString)
        w.indent(ind, node: n2892, list: s2887)
        let v2893 = a3.rulesSource
        if !v2893.isEmpty {
            let s2894 = w.count
            w.write(" The rules come from `" as StaticString)
            w.write(v2893)
            let n2895 = w.count
            w.write("`." as StaticString)
            w.indent(ind, node: n2895, list: s2894)
        }
        let n2896 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2896, list: s2887)
        let n2897 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n2897, list: s2887)
        let n2898 = w.count
        w.write("/// - Parameter json: The document's bytes (UTF-8).\n" as StaticString)
        w.indent(ind, node: n2898, list: s2887)
        let n2899 = w.count
        w.write("/// - Returns: Every place the document departs from the docs, in document order" as StaticString)
        w.write("; empty when it conforms.\n" as StaticString)
        w.indent(ind, node: n2899, list: s2887)
    }

    /// The partial `validator-check`.
    private static func partial26(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: UnionValidatorViewModel, _ a3: MemberCaseViewModel, _ a4: CheckViewModel) {
        let s2900 = w.count
        let n2901 = w.count
        let v2902 = a4.isString
        if v2902 {
            let s2903 = w.count
            w.write("try reader.checkString(nullable: " as StaticString)
            let v2904 = a4.isNullable
            w.write(flag: v2904)
            let n2905 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2905, list: s2903)
            let v2906 = a4.usesCallerLocation
            if v2906 {
                w.write("location" as StaticString)
            }
            let n2907 = w.count
            let v2908 = a4.usesCallerLocation
            if !v2908 {
                let s2909 = w.count
                w.write("\"" as StaticString)
                let v2910 = a4.location
                w.write(v2910)
                let n2911 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2911, list: s2909)
            }
            w.indent(ind, node: n2907, list: s2903)
            let n2912 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2912, list: s2903)
        }
        w.indent(ind, node: n2901, list: s2900)
        let n2913 = w.count
        let v2914 = a4.isInteger
        if v2914 {
            let s2915 = w.count
            w.write("try reader.checkInteger(nullable: " as StaticString)
            let v2916 = a4.isNullable
            w.write(flag: v2916)
            let n2917 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2917, list: s2915)
            let v2918 = a4.usesCallerLocation
            if v2918 {
                w.write("location" as StaticString)
            }
            let n2919 = w.count
            let v2920 = a4.usesCallerLocation
            if !v2920 {
                let s2921 = w.count
                w.write("\"" as StaticString)
                let v2922 = a4.location
                w.write(v2922)
                let n2923 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2923, list: s2921)
            }
            w.indent(ind, node: n2919, list: s2915)
            let n2924 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2924, list: s2915)
        }
        w.indent(ind, node: n2913, list: s2900)
        let n2925 = w.count
        let v2926 = a4.isNumber
        if v2926 {
            let s2927 = w.count
            w.write("try reader.checkNumber(nullable: " as StaticString)
            let v2928 = a4.isNullable
            w.write(flag: v2928)
            let n2929 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2929, list: s2927)
            let v2930 = a4.usesCallerLocation
            if v2930 {
                w.write("location" as StaticString)
            }
            let n2931 = w.count
            let v2932 = a4.usesCallerLocation
            if !v2932 {
                let s2933 = w.count
                w.write("\"" as StaticString)
                let v2934 = a4.location
                w.write(v2934)
                let n2935 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2935, list: s2933)
            }
            w.indent(ind, node: n2931, list: s2927)
            let n2936 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2936, list: s2927)
        }
        w.indent(ind, node: n2925, list: s2900)
        let n2937 = w.count
        let v2938 = a4.isBoolean
        if v2938 {
            let s2939 = w.count
            w.write("try reader.checkBoolean(nullable: " as StaticString)
            let v2940 = a4.isNullable
            w.write(flag: v2940)
            let n2941 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2941, list: s2939)
            let v2942 = a4.usesCallerLocation
            if v2942 {
                w.write("location" as StaticString)
            }
            let n2943 = w.count
            let v2944 = a4.usesCallerLocation
            if !v2944 {
                let s2945 = w.count
                w.write("\"" as StaticString)
                let v2946 = a4.location
                w.write(v2946)
                let n2947 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2947, list: s2945)
            }
            w.indent(ind, node: n2943, list: s2939)
            let n2948 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2948, list: s2939)
        }
        w.indent(ind, node: n2937, list: s2900)
        let n2949 = w.count
        let v2950 = a4.isTimestamp
        if v2950 {
            let s2951 = w.count
            w.write("try reader.checkTimestamp(nullable: " as StaticString)
            let v2952 = a4.isNullable
            w.write(flag: v2952)
            let n2953 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2953, list: s2951)
            let v2954 = a4.usesCallerLocation
            if v2954 {
                w.write("location" as StaticString)
            }
            let n2955 = w.count
            let v2956 = a4.usesCallerLocation
            if !v2956 {
                let s2957 = w.count
                w.write("\"" as StaticString)
                let v2958 = a4.location
                w.write(v2958)
                let n2959 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2959, list: s2957)
            }
            w.indent(ind, node: n2955, list: s2951)
            let n2960 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2960, list: s2951)
        }
        w.indent(ind, node: n2949, list: s2900)
        let n2961 = w.count
        let v2962 = a4.isSnowflake
        if v2962 {
            let s2963 = w.count
            w.write("try reader.checkSnowflake(nullable: " as StaticString)
            let v2964 = a4.isNullable
            w.write(flag: v2964)
            let n2965 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2965, list: s2963)
            let v2966 = a4.usesCallerLocation
            if v2966 {
                w.write("location" as StaticString)
            }
            let n2967 = w.count
            let v2968 = a4.usesCallerLocation
            if !v2968 {
                let s2969 = w.count
                w.write("\"" as StaticString)
                let v2970 = a4.location
                w.write(v2970)
                let n2971 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2971, list: s2969)
            }
            w.indent(ind, node: n2967, list: s2963)
            let n2972 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2972, list: s2963)
        }
        w.indent(ind, node: n2961, list: s2900)
        let n2973 = w.count
        let v2974 = a4.isAnyObject
        if v2974 {
            let s2975 = w.count
            w.write("try reader.checkObject(nullable: " as StaticString)
            let v2976 = a4.isNullable
            w.write(flag: v2976)
            let n2977 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n2977, list: s2975)
            let v2978 = a4.usesCallerLocation
            if v2978 {
                w.write("location" as StaticString)
            }
            let n2979 = w.count
            let v2980 = a4.usesCallerLocation
            if !v2980 {
                let s2981 = w.count
                w.write("\"" as StaticString)
                let v2982 = a4.location
                w.write(v2982)
                let n2983 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2983, list: s2981)
            }
            w.indent(ind, node: n2979, list: s2975)
            let n2984 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2984, list: s2975)
        }
        w.indent(ind, node: n2973, list: s2900)
        let n2985 = w.count
        let v2986 = a4.isAny
        if v2986 {
            w.write("try reader.skipValue()\n" as StaticString)
        }
        w.indent(ind, node: n2985, list: s2900)
        let n2987 = w.count
        let v2988 = a4.isNull
        if v2988 {
            let s2989 = w.count
            w.write("try reader.checkNull(location: " as StaticString)
            let v2990 = a4.usesCallerLocation
            if v2990 {
                w.write("location" as StaticString)
            }
            let n2991 = w.count
            let v2992 = a4.usesCallerLocation
            if !v2992 {
                let s2993 = w.count
                w.write("\"" as StaticString)
                let v2994 = a4.location
                w.write(v2994)
                let n2995 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n2995, list: s2993)
            }
            w.indent(ind, node: n2991, list: s2989)
            let n2996 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n2996, list: s2989)
        }
        w.indent(ind, node: n2987, list: s2900)
        let n2997 = w.count
        let v2998 = a4.isConstant
        if v2998 {
            let s2999 = w.count
            w.write("try reader.checkConstant(\"" as StaticString)
            let v3000 = a4.constant
            w.write(v3000)
            let n3001 = w.count
            w.write("\", nullable: " as StaticString)
            w.indent(ind, node: n3001, list: s2999)
            let v3002 = a4.isNullable
            w.write(flag: v3002)
            let n3003 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3003, list: s2999)
            let v3004 = a4.usesCallerLocation
            if v3004 {
                w.write("location" as StaticString)
            }
            let n3005 = w.count
            let v3006 = a4.usesCallerLocation
            if !v3006 {
                let s3007 = w.count
                w.write("\"" as StaticString)
                let v3008 = a4.location
                w.write(v3008)
                let n3009 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3009, list: s3007)
            }
            w.indent(ind, node: n3005, list: s2999)
            let n3010 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3010, list: s2999)
        }
        w.indent(ind, node: n2997, list: s2900)
        let n3011 = w.count
        let v3012 = a4.isNamed
        if v3012 {
            let s3013 = w.count
            w.write("try " as StaticString)
            let v3014 = a4.typeName
            w.write(v3014)
            let n3015 = w.count
            w.write(".specgenValidate(&reader, nullable: " as StaticString)
            w.indent(ind, node: n3015, list: s3013)
            let v3016 = a4.isNullable
            w.write(flag: v3016)
            let n3017 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3017, list: s3013)
            let v3018 = a4.usesCallerLocation
            if v3018 {
                w.write("location" as StaticString)
            }
            let n3019 = w.count
            let v3020 = a4.usesCallerLocation
            if !v3020 {
                let s3021 = w.count
                w.write("\"" as StaticString)
                let v3022 = a4.location
                w.write(v3022)
                let n3023 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3023, list: s3021)
            }
            w.indent(ind, node: n3019, list: s3013)
            let n3024 = w.count
            let v3025 = a4.requirement
            if !v3025.isEmpty {
                w.write(", requiring: Self." as StaticString)
                w.write(v3025)
            }
            w.indent(ind, node: n3024, list: s3013)
            let n3027 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3027, list: s3013)
        }
        w.indent(ind, node: n3011, list: s2900)
        let n3028 = w.count
        let v3029 = a4.isArray
        if v3029 {
            let s3030 = w.count
            w.write("if try reader.beginArray(nullable: " as StaticString)
            let v3031 = a4.isNullable
            w.write(flag: v3031)
            let n3032 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3032, list: s3030)
            let v3033 = a4.usesCallerLocation
            if v3033 {
                w.write("location" as StaticString)
            }
            let n3034 = w.count
            let v3035 = a4.usesCallerLocation
            if !v3035 {
                let s3036 = w.count
                w.write("\"" as StaticString)
                let v3037 = a4.location
                w.write(v3037)
                let n3038 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3038, list: s3036)
            }
            w.indent(ind, node: n3034, list: s3030)
            let n3039 = w.count
            w.write(") {\n" as StaticString)
            w.indent(ind, node: n3039, list: s3030)
            let n3040 = w.count
            w.write("    while try reader.nextElement() {\n" as StaticString)
            w.indent(ind, node: n3040, list: s3030)
            let n3041 = w.count
            let v3042 = a4.element
            v3042.withUnsafeBufferPointer { l3044 in
                for i3043 in l3044.indices {
                    w.write("        " as StaticString)
                    partial26(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, a3, l3044[i3043])
                }
            }
            w.indent(ind, node: n3041, list: s3030)
            let n3046 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n3046, list: s3030)
            let n3047 = w.count
            w.write("}\n" as StaticString)
            w.indent(ind, node: n3047, list: s3030)
        }
        w.indent(ind, node: n3028, list: s2900)
    }

    /// The partial `validator-doc`.
    private static func partial27(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: TaggedUnionValidatorViewModel, _ a3: ValidatorDocViewModel) {
        let s3048 = w.count
        let n3049 = w.count
        w.write("/// Checks a JSON document against the docs' rules for ``" as StaticString)
        w.indent(ind, node: n3049, list: s3048)
        let v3050 = a3.name
        w.write(v3050)
        let n3051 = w.count
        w.write("``.\n" as StaticString)
        w.indent(ind, node: n3051, list: s3048)
        let n3052 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n3052, list: s3048)
        let n3053 = w.count
        w.write("/// Keys the docs do not list are allowed; everything else they say is checked: " as StaticString)
        w.write("required keys, `null`, JSON types, documented values." as StaticString)
        w.indent(ind, node: n3053, list: s3048)
        let v3054 = a3.rulesSource
        if !v3054.isEmpty {
            let s3055 = w.count
            w.write(" The rules come from `" as StaticString)
            w.write(v3054)
            let n3056 = w.count
            w.write("`." as StaticString)
            w.indent(ind, node: n3056, list: s3055)
        }
        let n3057 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3057, list: s3048)
        let n3058 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n3058, list: s3048)
        let n3059 = w.count
        w.write("/// - Parameter json: The document's bytes (UTF-8).\n" as StaticString)
        w.indent(ind, node: n3059, list: s3048)
        let n3060 = w.count
        w.write("/// - Returns: Every place the document departs from the docs, in document order" as StaticString)
        w.write("; empty when it conforms.\n" as StaticString)
        w.indent(ind, node: n3060, list: s3048)
    }

    /// The partial `validator-check`.
    private static func partial28(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: WalkViewModel, _ a4: MemberCaseViewModel, _ a5: CheckViewModel) {
        let s3061 = w.count
        let n3062 = w.count
        let v3063 = a5.isString
        if v3063 {
            let s3064 = w.count
            w.write("try reader.checkString(nullable: " as StaticString)
            let v3065 = a5.isNullable
            w.write(flag: v3065)
            let n3066 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3066, list: s3064)
            let v3067 = a5.usesCallerLocation
            if v3067 {
                w.write("location" as StaticString)
            }
            let n3068 = w.count
            let v3069 = a5.usesCallerLocation
            if !v3069 {
                let s3070 = w.count
                w.write("\"" as StaticString)
                let v3071 = a5.location
                w.write(v3071)
                let n3072 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3072, list: s3070)
            }
            w.indent(ind, node: n3068, list: s3064)
            let n3073 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3073, list: s3064)
        }
        w.indent(ind, node: n3062, list: s3061)
        let n3074 = w.count
        let v3075 = a5.isInteger
        if v3075 {
            let s3076 = w.count
            w.write("try reader.checkInteger(nullable: " as StaticString)
            let v3077 = a5.isNullable
            w.write(flag: v3077)
            let n3078 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3078, list: s3076)
            let v3079 = a5.usesCallerLocation
            if v3079 {
                w.write("location" as StaticString)
            }
            let n3080 = w.count
            let v3081 = a5.usesCallerLocation
            if !v3081 {
                let s3082 = w.count
                w.write("\"" as StaticString)
                let v3083 = a5.location
                w.write(v3083)
                let n3084 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3084, list: s3082)
            }
            w.indent(ind, node: n3080, list: s3076)
            let n3085 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3085, list: s3076)
        }
        w.indent(ind, node: n3074, list: s3061)
        let n3086 = w.count
        let v3087 = a5.isNumber
        if v3087 {
            let s3088 = w.count
            w.write("try reader.checkNumber(nullable: " as StaticString)
            let v3089 = a5.isNullable
            w.write(flag: v3089)
            let n3090 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3090, list: s3088)
            let v3091 = a5.usesCallerLocation
            if v3091 {
                w.write("location" as StaticString)
            }
            let n3092 = w.count
            let v3093 = a5.usesCallerLocation
            if !v3093 {
                let s3094 = w.count
                w.write("\"" as StaticString)
                let v3095 = a5.location
                w.write(v3095)
                let n3096 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3096, list: s3094)
            }
            w.indent(ind, node: n3092, list: s3088)
            let n3097 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3097, list: s3088)
        }
        w.indent(ind, node: n3086, list: s3061)
        let n3098 = w.count
        let v3099 = a5.isBoolean
        if v3099 {
            let s3100 = w.count
            w.write("try reader.checkBoolean(nullable: " as StaticString)
            let v3101 = a5.isNullable
            w.write(flag: v3101)
            let n3102 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3102, list: s3100)
            let v3103 = a5.usesCallerLocation
            if v3103 {
                w.write("location" as StaticString)
            }
            let n3104 = w.count
            let v3105 = a5.usesCallerLocation
            if !v3105 {
                let s3106 = w.count
                w.write("\"" as StaticString)
                let v3107 = a5.location
                w.write(v3107)
                let n3108 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3108, list: s3106)
            }
            w.indent(ind, node: n3104, list: s3100)
            let n3109 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3109, list: s3100)
        }
        w.indent(ind, node: n3098, list: s3061)
        let n3110 = w.count
        let v3111 = a5.isTimestamp
        if v3111 {
            let s3112 = w.count
            w.write("try reader.checkTimestamp(nullable: " as StaticString)
            let v3113 = a5.isNullable
            w.write(flag: v3113)
            let n3114 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3114, list: s3112)
            let v3115 = a5.usesCallerLocation
            if v3115 {
                w.write("location" as StaticString)
            }
            let n3116 = w.count
            let v3117 = a5.usesCallerLocation
            if !v3117 {
                let s3118 = w.count
                w.write("\"" as StaticString)
                let v3119 = a5.location
                w.write(v3119)
                let n3120 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3120, list: s3118)
            }
            w.indent(ind, node: n3116, list: s3112)
            let n3121 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3121, list: s3112)
        }
        w.indent(ind, node: n3110, list: s3061)
        let n3122 = w.count
        let v3123 = a5.isSnowflake
        if v3123 {
            let s3124 = w.count
            w.write("try reader.checkSnowflake(nullable: " as StaticString)
            let v3125 = a5.isNullable
            w.write(flag: v3125)
            let n3126 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3126, list: s3124)
            let v3127 = a5.usesCallerLocation
            if v3127 {
                w.write("location" as StaticString)
            }
            let n3128 = w.count
            let v3129 = a5.usesCallerLocation
            if !v3129 {
                let s3130 = w.count
                w.write("\"" as StaticString)
                let v3131 = a5.location
                w.write(v3131)
                let n3132 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3132, list: s3130)
            }
            w.indent(ind, node: n3128, list: s3124)
            let n3133 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3133, list: s3124)
        }
        w.indent(ind, node: n3122, list: s3061)
        let n3134 = w.count
        let v3135 = a5.isAnyObject
        if v3135 {
            let s3136 = w.count
            w.write("try reader.checkObject(nullable: " as StaticString)
            let v3137 = a5.isNullable
            w.write(flag: v3137)
            let n3138 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3138, list: s3136)
            let v3139 = a5.usesCallerLocation
            if v3139 {
                w.write("location" as StaticString)
            }
            let n3140 = w.count
            let v3141 = a5.usesCallerLocation
            if !v3141 {
                let s3142 = w.count
                w.write("\"" as StaticString)
                let v3143 = a5.location
                w.write(v3143)
                let n3144 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3144, list: s3142)
            }
            w.indent(ind, node: n3140, list: s3136)
            let n3145 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3145, list: s3136)
        }
        w.indent(ind, node: n3134, list: s3061)
        let n3146 = w.count
        let v3147 = a5.isAny
        if v3147 {
            w.write("try reader.skipValue()\n" as StaticString)
        }
        w.indent(ind, node: n3146, list: s3061)
        let n3148 = w.count
        let v3149 = a5.isNull
        if v3149 {
            let s3150 = w.count
            w.write("try reader.checkNull(location: " as StaticString)
            let v3151 = a5.usesCallerLocation
            if v3151 {
                w.write("location" as StaticString)
            }
            let n3152 = w.count
            let v3153 = a5.usesCallerLocation
            if !v3153 {
                let s3154 = w.count
                w.write("\"" as StaticString)
                let v3155 = a5.location
                w.write(v3155)
                let n3156 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3156, list: s3154)
            }
            w.indent(ind, node: n3152, list: s3150)
            let n3157 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3157, list: s3150)
        }
        w.indent(ind, node: n3148, list: s3061)
        let n3158 = w.count
        let v3159 = a5.isConstant
        if v3159 {
            let s3160 = w.count
            w.write("try reader.checkConstant(\"" as StaticString)
            let v3161 = a5.constant
            w.write(v3161)
            let n3162 = w.count
            w.write("\", nullable: " as StaticString)
            w.indent(ind, node: n3162, list: s3160)
            let v3163 = a5.isNullable
            w.write(flag: v3163)
            let n3164 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3164, list: s3160)
            let v3165 = a5.usesCallerLocation
            if v3165 {
                w.write("location" as StaticString)
            }
            let n3166 = w.count
            let v3167 = a5.usesCallerLocation
            if !v3167 {
                let s3168 = w.count
                w.write("\"" as StaticString)
                let v3169 = a5.location
                w.write(v3169)
                let n3170 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3170, list: s3168)
            }
            w.indent(ind, node: n3166, list: s3160)
            let n3171 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3171, list: s3160)
        }
        w.indent(ind, node: n3158, list: s3061)
        let n3172 = w.count
        let v3173 = a5.isNamed
        if v3173 {
            let s3174 = w.count
            w.write("try " as StaticString)
            let v3175 = a5.typeName
            w.write(v3175)
            let n3176 = w.count
            w.write(".specgenValidate(&reader, nullable: " as StaticString)
            w.indent(ind, node: n3176, list: s3174)
            let v3177 = a5.isNullable
            w.write(flag: v3177)
            let n3178 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3178, list: s3174)
            let v3179 = a5.usesCallerLocation
            if v3179 {
                w.write("location" as StaticString)
            }
            let n3180 = w.count
            let v3181 = a5.usesCallerLocation
            if !v3181 {
                let s3182 = w.count
                w.write("\"" as StaticString)
                let v3183 = a5.location
                w.write(v3183)
                let n3184 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3184, list: s3182)
            }
            w.indent(ind, node: n3180, list: s3174)
            let n3185 = w.count
            let v3186 = a5.requirement
            if !v3186.isEmpty {
                w.write(", requiring: Self." as StaticString)
                w.write(v3186)
            }
            w.indent(ind, node: n3185, list: s3174)
            let n3188 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3188, list: s3174)
        }
        w.indent(ind, node: n3172, list: s3061)
        let n3189 = w.count
        let v3190 = a5.isArray
        if v3190 {
            let s3191 = w.count
            w.write("if try reader.beginArray(nullable: " as StaticString)
            let v3192 = a5.isNullable
            w.write(flag: v3192)
            let n3193 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3193, list: s3191)
            let v3194 = a5.usesCallerLocation
            if v3194 {
                w.write("location" as StaticString)
            }
            let n3195 = w.count
            let v3196 = a5.usesCallerLocation
            if !v3196 {
                let s3197 = w.count
                w.write("\"" as StaticString)
                let v3198 = a5.location
                w.write(v3198)
                let n3199 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3199, list: s3197)
            }
            w.indent(ind, node: n3195, list: s3191)
            let n3200 = w.count
            w.write(") {\n" as StaticString)
            w.indent(ind, node: n3200, list: s3191)
            let n3201 = w.count
            w.write("    while try reader.nextElement() {\n" as StaticString)
            w.indent(ind, node: n3201, list: s3191)
            let n3202 = w.count
            let v3203 = a5.element
            v3203.withUnsafeBufferPointer { l3205 in
                for i3204 in l3205.indices {
                    w.write("        " as StaticString)
                    partial28(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, a3, a4, l3205[i3204])
                }
            }
            w.indent(ind, node: n3202, list: s3191)
            let n3207 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n3207, list: s3191)
            let n3208 = w.count
            w.write("}\n" as StaticString)
            w.indent(ind, node: n3208, list: s3191)
        }
        w.indent(ind, node: n3189, list: s3061)
    }
}
