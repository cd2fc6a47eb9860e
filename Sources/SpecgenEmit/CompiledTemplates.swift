// swift-format-ignore-file
// Generated from the templates in Templates/ by TemplateCompiler: do not edit. After changing a template
// or a view model's keys, regenerate it with
// `SPECGEN_RECORD=1 swift test --filter CompiledTemplatesTests` (a test fails while it is stale).

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
        let checkViewModel_constant: @Sendable (CheckViewModel) -> String
        let checkViewModel_element: @Sendable (CheckViewModel) -> [CheckViewModel]
        let checkViewModel_isAny: @Sendable (CheckViewModel) -> Bool
        let checkViewModel_isAnyObject: @Sendable (CheckViewModel) -> Bool
        let checkViewModel_isArray: @Sendable (CheckViewModel) -> Bool
        let checkViewModel_isBoolean: @Sendable (CheckViewModel) -> Bool
        let checkViewModel_isConstant: @Sendable (CheckViewModel) -> Bool
        let checkViewModel_isInteger: @Sendable (CheckViewModel) -> Bool
        let checkViewModel_isNamed: @Sendable (CheckViewModel) -> Bool
        let checkViewModel_isNull: @Sendable (CheckViewModel) -> Bool
        let checkViewModel_isNullable: @Sendable (CheckViewModel) -> Bool
        let checkViewModel_isNumber: @Sendable (CheckViewModel) -> Bool
        let checkViewModel_isSnowflake: @Sendable (CheckViewModel) -> Bool
        let checkViewModel_isString: @Sendable (CheckViewModel) -> Bool
        let checkViewModel_isTimestamp: @Sendable (CheckViewModel) -> Bool
        let checkViewModel_location: @Sendable (CheckViewModel) -> String
        let checkViewModel_requirement: @Sendable (CheckViewModel) -> String
        let checkViewModel_typeName: @Sendable (CheckViewModel) -> String
        let checkViewModel_usesCallerLocation: @Sendable (CheckViewModel) -> Bool
        let dispatchViewModel_functionName: @Sendable (DispatchViewModel) -> String
        let dispatchViewModel_index: @Sendable (DispatchViewModel) -> String
        let dispatchViewModel_wholeChecks: @Sendable (DispatchViewModel) -> [CheckViewModel]
        let enumCaseViewModel_hasSummary: @Sendable (EnumCaseViewModel) -> Bool
        let enumCaseViewModel_isInteger: @Sendable (EnumCaseViewModel) -> Bool
        let enumCaseViewModel_name: @Sendable (EnumCaseViewModel) -> String
        let enumCaseViewModel_rawValue: @Sendable (EnumCaseViewModel) -> String
        let enumCaseViewModel_summaryLines: @Sendable (EnumCaseViewModel) -> [String]
        let enumCaseViewModel_value: @Sendable (EnumCaseViewModel) -> String
        let enumValidatorViewModel_access: @Sendable (EnumValidatorViewModel) -> String
        let enumValidatorViewModel_doc: @Sendable (EnumValidatorViewModel) -> ValidatorDocViewModel
        let enumValidatorViewModel_flagsAsString: @Sendable (EnumValidatorViewModel) -> Bool
        let enumValidatorViewModel_isFlags: @Sendable (EnumValidatorViewModel) -> Bool
        let enumValidatorViewModel_isInteger: @Sendable (EnumValidatorViewModel) -> Bool
        let enumValidatorViewModel_location: @Sendable (EnumValidatorViewModel) -> String
        let enumValidatorViewModel_name: @Sendable (EnumValidatorViewModel) -> String
        let enumValidatorViewModel_qualifiedName: @Sendable (EnumValidatorViewModel) -> String
        let enumValidatorViewModel_runtime: @Sendable (EnumValidatorViewModel) -> String
        let enumValidatorViewModel_typeNameText: @Sendable (EnumValidatorViewModel) -> String
        let enumValidatorViewModel_values: @Sendable (EnumValidatorViewModel) -> [String]
        let enumViewModel_access: @Sendable (EnumViewModel) -> String
        let enumViewModel_cases: @Sendable (EnumViewModel) -> [EnumCaseViewModel]
        let enumViewModel_docLines: @Sendable (EnumViewModel) -> [String]
        let enumViewModel_name: @Sendable (EnumViewModel) -> String
        let enumViewModel_qualifiedName: @Sendable (EnumViewModel) -> String
        let enumViewModel_rawType: @Sendable (EnumViewModel) -> String
        let enumViewModel_runtime: @Sendable (EnumViewModel) -> String
        let enumViewModel_unknownCaseName: @Sendable (EnumViewModel) -> String
        let eventKeyViewModel_caseName: @Sendable (EventKeyViewModel) -> String
        let eventKeyViewModel_jsonKey: @Sendable (EventKeyViewModel) -> String
        let eventViewModel_caseName: @Sendable (EventViewModel) -> String
        let eventViewModel_docLines: @Sendable (EventViewModel) -> [String]
        let eventViewModel_fields: @Sendable (EventViewModel) -> [VariantFieldViewModel]?
        let eventViewModel_hasFields: @Sendable (EventViewModel) -> Bool
        let eventViewModel_hasPayload: @Sendable (EventViewModel) -> Bool
        let eventViewModel_isData: @Sendable (EventViewModel) -> Bool
        let eventViewModel_isFrame: @Sendable (EventViewModel) -> Bool
        let eventViewModel_payloadType: @Sendable (EventViewModel) -> String
        let eventViewModel_wireName: @Sendable (EventViewModel) -> String
        let eventsViewModel_access: @Sendable (EventsViewModel) -> String
        let eventsViewModel_discriminatorKey: @Sendable (EventsViewModel) -> String
        let eventsViewModel_docLines: @Sendable (EventsViewModel) -> [String]
        let eventsViewModel_events: @Sendable (EventsViewModel) -> [EventViewModel]
        let eventsViewModel_frameKeys: @Sendable (EventsViewModel) -> [EventKeyViewModel]
        let eventsViewModel_hasFrameEvents: @Sendable (EventsViewModel) -> Bool
        let eventsViewModel_hasPayloadKey: @Sendable (EventsViewModel) -> Bool
        let eventsViewModel_isIndirect: @Sendable (EventsViewModel) -> Bool
        let eventsViewModel_name: @Sendable (EventsViewModel) -> String
        let eventsViewModel_payloadKey: @Sendable (EventsViewModel) -> String
        let eventsViewModel_qualifiedName: @Sendable (EventsViewModel) -> String
        let eventsViewModel_runtime: @Sendable (EventsViewModel) -> String
        let eventsViewModel_unknownCaseName: @Sendable (EventsViewModel) -> String
        let eventsViewModel_unknownDocLines: @Sendable (EventsViewModel) -> [String]
        let flagViewModel_hasSummary: @Sendable (FlagViewModel) -> Bool
        let flagViewModel_name: @Sendable (FlagViewModel) -> String
        let flagViewModel_summaryLines: @Sendable (FlagViewModel) -> [String]
        let flagViewModel_typeName: @Sendable (FlagViewModel) -> String
        let flagViewModel_value: @Sendable (FlagViewModel) -> String
        let flagsViewModel_access: @Sendable (FlagsViewModel) -> String
        let flagsViewModel_cases: @Sendable (FlagsViewModel) -> [FlagViewModel]
        let flagsViewModel_docLines: @Sendable (FlagsViewModel) -> [String]
        let flagsViewModel_name: @Sendable (FlagsViewModel) -> String
        let flagsViewModel_protocolName: @Sendable (FlagsViewModel) -> String
        let flagsViewModel_runtime: @Sendable (FlagsViewModel) -> String
        let memberCaseViewModel_checks: @Sendable (MemberCaseViewModel) -> [CheckViewModel]
        let memberCaseViewModel_hasSeveralChecks: @Sendable (MemberCaseViewModel) -> Bool
        let memberCaseViewModel_index: @Sendable (MemberCaseViewModel) -> String
        let memberRuleViewModel_isRequired: @Sendable (MemberRuleViewModel) -> Bool
        let memberRuleViewModel_key: @Sendable (MemberRuleViewModel) -> String
        let memberRuleViewModel_location: @Sendable (MemberRuleViewModel) -> String
        let objectValidatorViewModel_access: @Sendable (ObjectValidatorViewModel) -> String
        let objectValidatorViewModel_baseFunctionName: @Sendable (ObjectValidatorViewModel) -> String
        let objectValidatorViewModel_codeKeyText: @Sendable (ObjectValidatorViewModel) -> String
        let objectValidatorViewModel_codes: @Sendable (ObjectValidatorViewModel) -> [String]
        let objectValidatorViewModel_dispatch: @Sendable (ObjectValidatorViewModel) -> [DispatchViewModel]
        let objectValidatorViewModel_dispatchCode: @Sendable (ObjectValidatorViewModel) -> String
        let objectValidatorViewModel_doc: @Sendable (ObjectValidatorViewModel) -> ValidatorDocViewModel
        let objectValidatorViewModel_hasDispatchCode: @Sendable (ObjectValidatorViewModel) -> Bool
        let objectValidatorViewModel_isCoded: @Sendable (ObjectValidatorViewModel) -> Bool
        let objectValidatorViewModel_isTagged: @Sendable (ObjectValidatorViewModel) -> Bool
        let objectValidatorViewModel_location: @Sendable (ObjectValidatorViewModel) -> String
        let objectValidatorViewModel_name: @Sendable (ObjectValidatorViewModel) -> String
        let objectValidatorViewModel_needsStart: @Sendable (ObjectValidatorViewModel) -> Bool
        let objectValidatorViewModel_qualifiedName: @Sendable (ObjectValidatorViewModel) -> String
        let objectValidatorViewModel_requirements: @Sendable (ObjectValidatorViewModel) -> [RequirementViewModel]
        let objectValidatorViewModel_runtime: @Sendable (ObjectValidatorViewModel) -> String
        let objectValidatorViewModel_tagKey: @Sendable (ObjectValidatorViewModel) -> String
        let objectValidatorViewModel_tagKeyText: @Sendable (ObjectValidatorViewModel) -> String
        let objectValidatorViewModel_tagValues: @Sendable (ObjectValidatorViewModel) -> [String]
        let objectValidatorViewModel_typeNameText: @Sendable (ObjectValidatorViewModel) -> String
        let objectValidatorViewModel_walks: @Sendable (ObjectValidatorViewModel) -> [WalkViewModel]
        let objectViewModel_access: @Sendable (ObjectViewModel) -> String
        let objectViewModel_docLines: @Sendable (ObjectViewModel) -> [String]
        let objectViewModel_hasProperties: @Sendable (ObjectViewModel) -> Bool
        let objectViewModel_name: @Sendable (ObjectViewModel) -> String
        let objectViewModel_properties: @Sendable (ObjectViewModel) -> [PropertyViewModel]
        let objectViewModel_qualifiedName: @Sendable (ObjectViewModel) -> String
        let objectViewModel_runtime: @Sendable (ObjectViewModel) -> String
        let objectViewModel_variant: @Sendable (ObjectViewModel) -> VariantViewModel?
        let opcodeEventViewModel_carriesSequence: @Sendable (OpcodeEventViewModel) -> Bool
        let opcodeEventViewModel_caseName: @Sendable (OpcodeEventViewModel) -> String
        let opcodeEventViewModel_docLines: @Sendable (OpcodeEventViewModel) -> [String]
        let opcodeEventViewModel_hasPayload: @Sendable (OpcodeEventViewModel) -> Bool
        let opcodeEventViewModel_hasValues: @Sendable (OpcodeEventViewModel) -> Bool
        let opcodeEventViewModel_isDispatch: @Sendable (OpcodeEventViewModel) -> Bool
        let opcodeEventViewModel_isPayloadNullable: @Sendable (OpcodeEventViewModel) -> Bool
        let opcodeEventViewModel_opcode: @Sendable (OpcodeEventViewModel) -> String
        let opcodeEventViewModel_payloadType: @Sendable (OpcodeEventViewModel) -> String
        let opcodeEventViewModel_wireName: @Sendable (OpcodeEventViewModel) -> String
        let opcodeEventsViewModel_access: @Sendable (OpcodeEventsViewModel) -> String
        let opcodeEventsViewModel_discriminatorKey: @Sendable (OpcodeEventsViewModel) -> String
        let opcodeEventsViewModel_dispatch: @Sendable (OpcodeEventsViewModel) -> String
        let opcodeEventsViewModel_dispatchEvents: @Sendable (OpcodeEventsViewModel) -> [OpcodeEventViewModel]
        let opcodeEventsViewModel_docLines: @Sendable (OpcodeEventsViewModel) -> [String]
        let opcodeEventsViewModel_events: @Sendable (OpcodeEventsViewModel) -> [OpcodeEventViewModel]
        let opcodeEventsViewModel_hasSequence: @Sendable (OpcodeEventsViewModel) -> Bool
        let opcodeEventsViewModel_isIndirect: @Sendable (OpcodeEventsViewModel) -> Bool
        let opcodeEventsViewModel_name: @Sendable (OpcodeEventsViewModel) -> String
        let opcodeEventsViewModel_opcodeEvents: @Sendable (OpcodeEventsViewModel) -> [OpcodeEventViewModel]
        let opcodeEventsViewModel_opcodeKey: @Sendable (OpcodeEventsViewModel) -> String
        let opcodeEventsViewModel_payloadKey: @Sendable (OpcodeEventsViewModel) -> String
        let opcodeEventsViewModel_qualifiedName: @Sendable (OpcodeEventsViewModel) -> String
        let opcodeEventsViewModel_runtime: @Sendable (OpcodeEventsViewModel) -> String
        let opcodeEventsViewModel_sequenceKey: @Sendable (OpcodeEventsViewModel) -> String
        let opcodeEventsViewModel_unknownCaseName: @Sendable (OpcodeEventsViewModel) -> String
        let opcodeEventsViewModel_unknownDocLines: @Sendable (OpcodeEventsViewModel) -> [String]
        let propertyViewModel_baseType: @Sendable (PropertyViewModel) -> String
        let propertyViewModel_caseName: @Sendable (PropertyViewModel) -> String
        let propertyViewModel_constant: @Sendable (PropertyViewModel) -> String?
        let propertyViewModel_fromNote: @Sendable (PropertyViewModel) -> String
        let propertyViewModel_hasConstant: @Sendable (PropertyViewModel) -> Bool
        let propertyViewModel_hasSummary: @Sendable (PropertyViewModel) -> Bool
        let propertyViewModel_index: @Sendable (PropertyViewModel) -> String
        let propertyViewModel_isFastDecodable: @Sendable (PropertyViewModel) -> Bool
        let propertyViewModel_isIndirect: @Sendable (PropertyViewModel) -> Bool
        let propertyViewModel_isLastParameter: @Sendable (PropertyViewModel) -> Bool
        let propertyViewModel_isNullable: @Sendable (PropertyViewModel) -> Bool
        let propertyViewModel_isOptional: @Sendable (PropertyViewModel) -> Bool
        let propertyViewModel_isRequired: @Sendable (PropertyViewModel) -> Bool
        let propertyViewModel_jsonKey: @Sendable (PropertyViewModel) -> String
        let propertyViewModel_jsonName: @Sendable (PropertyViewModel) -> String
        let propertyViewModel_name: @Sendable (PropertyViewModel) -> String
        let propertyViewModel_storageName: @Sendable (PropertyViewModel) -> String
        let propertyViewModel_summaryLines: @Sendable (PropertyViewModel) -> [String]
        let requiredKeyViewModel_key: @Sendable (RequiredKeyViewModel) -> String
        let requiredKeyViewModel_location: @Sendable (RequiredKeyViewModel) -> String
        let requirementViewModel_entries: @Sendable (RequirementViewModel) -> [RequiredKeyViewModel]
        let requirementViewModel_name: @Sendable (RequirementViewModel) -> String
        let requirementViewModel_runtime: @Sendable (RequirementViewModel) -> String
        let requirementViewModel_summary: @Sendable (RequirementViewModel) -> String
        let swiftFileViewModel_declaresNamespace: @Sendable (SwiftFileViewModel) -> Bool
        let swiftFileViewModel_fastDecoders: @Sendable (SwiftFileViewModel) -> Bool
        let swiftFileViewModel_hasNamespace: @Sendable (SwiftFileViewModel) -> Bool
        let swiftFileViewModel_imports: @Sendable (SwiftFileViewModel) -> [String]
        let swiftFileViewModel_indentLess: @Sendable (SwiftFileViewModel) -> String
        let swiftFileViewModel_indentMore: @Sendable (SwiftFileViewModel) -> String
        let swiftFileViewModel_namespace: @Sendable (SwiftFileViewModel) -> String?
        let swiftFileViewModel_namespaceAccess: @Sendable (SwiftFileViewModel) -> String
        let swiftFileViewModel_sourcePath: @Sendable (SwiftFileViewModel) -> String
        let swiftFileViewModel_types: @Sendable (SwiftFileViewModel) -> [SwiftTypeViewModel]
        let swiftTypeViewModel_enumeration: @Sendable (SwiftTypeViewModel) -> EnumViewModel?
        let swiftTypeViewModel_events: @Sendable (SwiftTypeViewModel) -> EventsViewModel?
        let swiftTypeViewModel_flags: @Sendable (SwiftTypeViewModel) -> FlagsViewModel?
        let swiftTypeViewModel_object: @Sendable (SwiftTypeViewModel) -> ObjectViewModel?
        let swiftTypeViewModel_opcodeEvents: @Sendable (SwiftTypeViewModel) -> OpcodeEventsViewModel?
        let swiftTypeViewModel_taggedUnion: @Sendable (SwiftTypeViewModel) -> TaggedUnionViewModel?
        let swiftTypeViewModel_union: @Sendable (SwiftTypeViewModel) -> UnionViewModel?
        let taggedUnionMemberCheckViewModel_index: @Sendable (TaggedUnionMemberCheckViewModel) -> String
        let taggedUnionMemberCheckViewModel_type: @Sendable (TaggedUnionMemberCheckViewModel) -> String
        let taggedUnionMemberViewModel_caseName: @Sendable (TaggedUnionMemberViewModel) -> String
        let taggedUnionMemberViewModel_code: @Sendable (TaggedUnionMemberViewModel) -> String
        let taggedUnionMemberViewModel_type: @Sendable (TaggedUnionMemberViewModel) -> String
        let taggedUnionValidatorViewModel_access: @Sendable (TaggedUnionValidatorViewModel) -> String
        let taggedUnionValidatorViewModel_codes: @Sendable (TaggedUnionValidatorViewModel) -> [String]
        let taggedUnionValidatorViewModel_doc: @Sendable (TaggedUnionValidatorViewModel) -> ValidatorDocViewModel
        let taggedUnionValidatorViewModel_location: @Sendable (TaggedUnionValidatorViewModel) -> String
        let taggedUnionValidatorViewModel_members: @Sendable (TaggedUnionValidatorViewModel) -> [TaggedUnionMemberCheckViewModel]
        let taggedUnionValidatorViewModel_name: @Sendable (TaggedUnionValidatorViewModel) -> String
        let taggedUnionValidatorViewModel_qualifiedName: @Sendable (TaggedUnionValidatorViewModel) -> String
        let taggedUnionValidatorViewModel_runtime: @Sendable (TaggedUnionValidatorViewModel) -> String
        let taggedUnionValidatorViewModel_tagKey: @Sendable (TaggedUnionValidatorViewModel) -> String
        let taggedUnionValidatorViewModel_tagKeyText: @Sendable (TaggedUnionValidatorViewModel) -> String
        let taggedUnionValidatorViewModel_tagLocation: @Sendable (TaggedUnionValidatorViewModel) -> String
        let taggedUnionValidatorViewModel_typeNameText: @Sendable (TaggedUnionValidatorViewModel) -> String
        let taggedUnionViewModel_access: @Sendable (TaggedUnionViewModel) -> String
        let taggedUnionViewModel_codeLabel: @Sendable (TaggedUnionViewModel) -> String
        let taggedUnionViewModel_docLines: @Sendable (TaggedUnionViewModel) -> [String]
        let taggedUnionViewModel_isIndirect: @Sendable (TaggedUnionViewModel) -> Bool
        let taggedUnionViewModel_members: @Sendable (TaggedUnionViewModel) -> [TaggedUnionMemberViewModel]
        let taggedUnionViewModel_name: @Sendable (TaggedUnionViewModel) -> String
        let taggedUnionViewModel_qualifiedName: @Sendable (TaggedUnionViewModel) -> String
        let taggedUnionViewModel_runtime: @Sendable (TaggedUnionViewModel) -> String
        let taggedUnionViewModel_tagKey: @Sendable (TaggedUnionViewModel) -> String
        let taggedUnionViewModel_tagKeyText: @Sendable (TaggedUnionViewModel) -> String
        let taggedUnionViewModel_unknownCaseName: @Sendable (TaggedUnionViewModel) -> String
        let unionMemberViewModel_caseName: @Sendable (UnionMemberViewModel) -> String
        let unionMemberViewModel_type: @Sendable (UnionMemberViewModel) -> String
        let unionValidatorViewModel_access: @Sendable (UnionValidatorViewModel) -> String
        let unionValidatorViewModel_doc: @Sendable (UnionValidatorViewModel) -> ValidatorDocViewModel
        let unionValidatorViewModel_expected: @Sendable (UnionValidatorViewModel) -> String
        let unionValidatorViewModel_lastMember: @Sendable (UnionValidatorViewModel) -> MemberCaseViewModel?
        let unionValidatorViewModel_location: @Sendable (UnionValidatorViewModel) -> String
        let unionValidatorViewModel_memberCount: @Sendable (UnionValidatorViewModel) -> String
        let unionValidatorViewModel_members: @Sendable (UnionValidatorViewModel) -> [MemberCaseViewModel]
        let unionValidatorViewModel_name: @Sendable (UnionValidatorViewModel) -> String
        let unionValidatorViewModel_qualifiedName: @Sendable (UnionValidatorViewModel) -> String
        let unionValidatorViewModel_runtime: @Sendable (UnionValidatorViewModel) -> String
        let unionViewModel_access: @Sendable (UnionViewModel) -> String
        let unionViewModel_fromNote: @Sendable (UnionViewModel) -> String
        let unionViewModel_isIndirect: @Sendable (UnionViewModel) -> Bool
        let unionViewModel_lastMember: @Sendable (UnionViewModel) -> UnionMemberViewModel?
        let unionViewModel_leadingMembers: @Sendable (UnionViewModel) -> [UnionMemberViewModel]
        let unionViewModel_members: @Sendable (UnionViewModel) -> [UnionMemberViewModel]
        let unionViewModel_name: @Sendable (UnionViewModel) -> String
        let unionViewModel_qualifiedName: @Sendable (UnionViewModel) -> String
        let unionViewModel_runtime: @Sendable (UnionViewModel) -> String
        let validatorDocViewModel_name: @Sendable (ValidatorDocViewModel) -> String
        let validatorDocViewModel_rulesSource: @Sendable (ValidatorDocViewModel) -> String
        let validatorFileViewModel_imports: @Sendable (ValidatorFileViewModel) -> [String]
        let validatorFileViewModel_sourcePath: @Sendable (ValidatorFileViewModel) -> String
        let validatorFileViewModel_types: @Sendable (ValidatorFileViewModel) -> [ValidatorTypeViewModel]
        let validatorTypeViewModel_enumeration: @Sendable (ValidatorTypeViewModel) -> EnumValidatorViewModel?
        let validatorTypeViewModel_object: @Sendable (ValidatorTypeViewModel) -> ObjectValidatorViewModel?
        let validatorTypeViewModel_taggedUnion: @Sendable (ValidatorTypeViewModel) -> TaggedUnionValidatorViewModel?
        let validatorTypeViewModel_union: @Sendable (ValidatorTypeViewModel) -> UnionValidatorViewModel?
        let variantCaseViewModel_caseName: @Sendable (VariantCaseViewModel) -> String
        let variantCaseViewModel_docLines: @Sendable (VariantCaseViewModel) -> [String]
        let variantCaseViewModel_fields: @Sendable (VariantCaseViewModel) -> [VariantFieldViewModel]?
        let variantCaseViewModel_hasFields: @Sendable (VariantCaseViewModel) -> Bool
        let variantCaseViewModel_typeName: @Sendable (VariantCaseViewModel) -> String
        let variantFieldViewModel_baseType: @Sendable (VariantFieldViewModel) -> String
        let variantFieldViewModel_commonName: @Sendable (VariantFieldViewModel) -> String
        let variantFieldViewModel_commonProperty: @Sendable (VariantFieldViewModel) -> String
        let variantFieldViewModel_decodesFromObject: @Sendable (VariantFieldViewModel) -> Bool
        let variantFieldViewModel_isLastParameter: @Sendable (VariantFieldViewModel) -> Bool
        let variantFieldViewModel_isOptional: @Sendable (VariantFieldViewModel) -> Bool
        let variantFieldViewModel_name: @Sendable (VariantFieldViewModel) -> String
        let variantFieldViewModel_reusesCommon: @Sendable (VariantFieldViewModel) -> Bool
        let variantViewModel_cases: @Sendable (VariantViewModel) -> [VariantCaseViewModel]
        let variantViewModel_discriminatorName: @Sendable (VariantViewModel) -> String
        let variantViewModel_docLines: @Sendable (VariantViewModel) -> [String]
        let variantViewModel_enumDocLines: @Sendable (VariantViewModel) -> [String]
        let variantViewModel_enumName: @Sendable (VariantViewModel) -> String
        let variantViewModel_isIndirect: @Sendable (VariantViewModel) -> Bool
        let variantViewModel_otherCaseName: @Sendable (VariantViewModel) -> String
        let variantViewModel_otherDocLines: @Sendable (VariantViewModel) -> [String]
        let variantViewModel_propertyName: @Sendable (VariantViewModel) -> String
        let walkViewModel_cases: @Sendable (WalkViewModel) -> [MemberCaseViewModel]
        let walkViewModel_functionName: @Sendable (WalkViewModel) -> String
        let walkViewModel_members: @Sendable (WalkViewModel) -> [MemberRuleViewModel]
        let walkViewModel_rulesName: @Sendable (WalkViewModel) -> String
        let walkViewModel_runtime: @Sendable (WalkViewModel) -> String
        let walkViewModel_summary: @Sendable (WalkViewModel) -> String
        let walkViewModel_typeNameText: @Sendable (WalkViewModel) -> String

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
            guard let checkViewModel_constant = CheckViewModel.templateKeys["constant"]?.typedReader(as: String.self) else { return nil }
            self.checkViewModel_constant = checkViewModel_constant
            guard let checkViewModel_element = CheckViewModel.templateKeys["element"]?.typedReader(as: [CheckViewModel].self) else { return nil }
            self.checkViewModel_element = checkViewModel_element
            guard let checkViewModel_isAny = CheckViewModel.templateKeys["isAny"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_isAny = checkViewModel_isAny
            guard let checkViewModel_isAnyObject = CheckViewModel.templateKeys["isAnyObject"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_isAnyObject = checkViewModel_isAnyObject
            guard let checkViewModel_isArray = CheckViewModel.templateKeys["isArray"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_isArray = checkViewModel_isArray
            guard let checkViewModel_isBoolean = CheckViewModel.templateKeys["isBoolean"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_isBoolean = checkViewModel_isBoolean
            guard let checkViewModel_isConstant = CheckViewModel.templateKeys["isConstant"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_isConstant = checkViewModel_isConstant
            guard let checkViewModel_isInteger = CheckViewModel.templateKeys["isInteger"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_isInteger = checkViewModel_isInteger
            guard let checkViewModel_isNamed = CheckViewModel.templateKeys["isNamed"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_isNamed = checkViewModel_isNamed
            guard let checkViewModel_isNull = CheckViewModel.templateKeys["isNull"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_isNull = checkViewModel_isNull
            guard let checkViewModel_isNullable = CheckViewModel.templateKeys["isNullable"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_isNullable = checkViewModel_isNullable
            guard let checkViewModel_isNumber = CheckViewModel.templateKeys["isNumber"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_isNumber = checkViewModel_isNumber
            guard let checkViewModel_isSnowflake = CheckViewModel.templateKeys["isSnowflake"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_isSnowflake = checkViewModel_isSnowflake
            guard let checkViewModel_isString = CheckViewModel.templateKeys["isString"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_isString = checkViewModel_isString
            guard let checkViewModel_isTimestamp = CheckViewModel.templateKeys["isTimestamp"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_isTimestamp = checkViewModel_isTimestamp
            guard let checkViewModel_location = CheckViewModel.templateKeys["location"]?.typedReader(as: String.self) else { return nil }
            self.checkViewModel_location = checkViewModel_location
            guard let checkViewModel_requirement = CheckViewModel.templateKeys["requirement"]?.typedReader(as: String.self) else { return nil }
            self.checkViewModel_requirement = checkViewModel_requirement
            guard let checkViewModel_typeName = CheckViewModel.templateKeys["typeName"]?.typedReader(as: String.self) else { return nil }
            self.checkViewModel_typeName = checkViewModel_typeName
            guard let checkViewModel_usesCallerLocation = CheckViewModel.templateKeys["usesCallerLocation"]?.typedReader(as: Bool.self) else { return nil }
            self.checkViewModel_usesCallerLocation = checkViewModel_usesCallerLocation
            guard let dispatchViewModel_functionName = DispatchViewModel.templateKeys["functionName"]?.typedReader(as: String.self) else { return nil }
            self.dispatchViewModel_functionName = dispatchViewModel_functionName
            guard let dispatchViewModel_index = DispatchViewModel.templateKeys["index"]?.typedReader(as: String.self) else { return nil }
            self.dispatchViewModel_index = dispatchViewModel_index
            guard let dispatchViewModel_wholeChecks = DispatchViewModel.templateKeys["wholeChecks"]?.typedReader(as: [CheckViewModel].self) else { return nil }
            self.dispatchViewModel_wholeChecks = dispatchViewModel_wholeChecks
            guard let enumCaseViewModel_hasSummary = EnumCaseViewModel.templateKeys["hasSummary"]?.typedReader(as: Bool.self) else { return nil }
            self.enumCaseViewModel_hasSummary = enumCaseViewModel_hasSummary
            guard let enumCaseViewModel_isInteger = EnumCaseViewModel.templateKeys["isInteger"]?.typedReader(as: Bool.self) else { return nil }
            self.enumCaseViewModel_isInteger = enumCaseViewModel_isInteger
            guard let enumCaseViewModel_name = EnumCaseViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.enumCaseViewModel_name = enumCaseViewModel_name
            guard let enumCaseViewModel_rawValue = EnumCaseViewModel.templateKeys["rawValue"]?.typedReader(as: String.self) else { return nil }
            self.enumCaseViewModel_rawValue = enumCaseViewModel_rawValue
            guard let enumCaseViewModel_summaryLines = EnumCaseViewModel.templateKeys["summaryLines"]?.typedReader(as: [String].self) else { return nil }
            self.enumCaseViewModel_summaryLines = enumCaseViewModel_summaryLines
            guard let enumCaseViewModel_value = EnumCaseViewModel.templateKeys["value"]?.typedReader(as: String.self) else { return nil }
            self.enumCaseViewModel_value = enumCaseViewModel_value
            guard let enumValidatorViewModel_access = EnumValidatorViewModel.templateKeys["access"]?.typedReader(as: String.self) else { return nil }
            self.enumValidatorViewModel_access = enumValidatorViewModel_access
            guard let enumValidatorViewModel_doc = EnumValidatorViewModel.templateKeys["doc"]?.typedReader(as: ValidatorDocViewModel.self) else { return nil }
            self.enumValidatorViewModel_doc = enumValidatorViewModel_doc
            guard let enumValidatorViewModel_flagsAsString = EnumValidatorViewModel.templateKeys["flagsAsString"]?.typedReader(as: Bool.self) else { return nil }
            self.enumValidatorViewModel_flagsAsString = enumValidatorViewModel_flagsAsString
            guard let enumValidatorViewModel_isFlags = EnumValidatorViewModel.templateKeys["isFlags"]?.typedReader(as: Bool.self) else { return nil }
            self.enumValidatorViewModel_isFlags = enumValidatorViewModel_isFlags
            guard let enumValidatorViewModel_isInteger = EnumValidatorViewModel.templateKeys["isInteger"]?.typedReader(as: Bool.self) else { return nil }
            self.enumValidatorViewModel_isInteger = enumValidatorViewModel_isInteger
            guard let enumValidatorViewModel_location = EnumValidatorViewModel.templateKeys["location"]?.typedReader(as: String.self) else { return nil }
            self.enumValidatorViewModel_location = enumValidatorViewModel_location
            guard let enumValidatorViewModel_name = EnumValidatorViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.enumValidatorViewModel_name = enumValidatorViewModel_name
            guard let enumValidatorViewModel_qualifiedName = EnumValidatorViewModel.templateKeys["qualifiedName"]?.typedReader(as: String.self) else { return nil }
            self.enumValidatorViewModel_qualifiedName = enumValidatorViewModel_qualifiedName
            guard let enumValidatorViewModel_runtime = EnumValidatorViewModel.templateKeys["runtime"]?.typedReader(as: String.self) else { return nil }
            self.enumValidatorViewModel_runtime = enumValidatorViewModel_runtime
            guard let enumValidatorViewModel_typeNameText = EnumValidatorViewModel.templateKeys["typeNameText"]?.typedReader(as: String.self) else { return nil }
            self.enumValidatorViewModel_typeNameText = enumValidatorViewModel_typeNameText
            guard let enumValidatorViewModel_values = EnumValidatorViewModel.templateKeys["values"]?.typedReader(as: [String].self) else { return nil }
            self.enumValidatorViewModel_values = enumValidatorViewModel_values
            guard let enumViewModel_access = EnumViewModel.templateKeys["access"]?.typedReader(as: String.self) else { return nil }
            self.enumViewModel_access = enumViewModel_access
            guard let enumViewModel_cases = EnumViewModel.templateKeys["cases"]?.typedReader(as: [EnumCaseViewModel].self) else { return nil }
            self.enumViewModel_cases = enumViewModel_cases
            guard let enumViewModel_docLines = EnumViewModel.templateKeys["docLines"]?.typedReader(as: [String].self) else { return nil }
            self.enumViewModel_docLines = enumViewModel_docLines
            guard let enumViewModel_name = EnumViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.enumViewModel_name = enumViewModel_name
            guard let enumViewModel_qualifiedName = EnumViewModel.templateKeys["qualifiedName"]?.typedReader(as: String.self) else { return nil }
            self.enumViewModel_qualifiedName = enumViewModel_qualifiedName
            guard let enumViewModel_rawType = EnumViewModel.templateKeys["rawType"]?.typedReader(as: String.self) else { return nil }
            self.enumViewModel_rawType = enumViewModel_rawType
            guard let enumViewModel_runtime = EnumViewModel.templateKeys["runtime"]?.typedReader(as: String.self) else { return nil }
            self.enumViewModel_runtime = enumViewModel_runtime
            guard let enumViewModel_unknownCaseName = EnumViewModel.templateKeys["unknownCaseName"]?.typedReader(as: String.self) else { return nil }
            self.enumViewModel_unknownCaseName = enumViewModel_unknownCaseName
            guard let eventKeyViewModel_caseName = EventKeyViewModel.templateKeys["caseName"]?.typedReader(as: String.self) else { return nil }
            self.eventKeyViewModel_caseName = eventKeyViewModel_caseName
            guard let eventKeyViewModel_jsonKey = EventKeyViewModel.templateKeys["jsonKey"]?.typedReader(as: String.self) else { return nil }
            self.eventKeyViewModel_jsonKey = eventKeyViewModel_jsonKey
            guard let eventViewModel_caseName = EventViewModel.templateKeys["caseName"]?.typedReader(as: String.self) else { return nil }
            self.eventViewModel_caseName = eventViewModel_caseName
            guard let eventViewModel_docLines = EventViewModel.templateKeys["docLines"]?.typedReader(as: [String].self) else { return nil }
            self.eventViewModel_docLines = eventViewModel_docLines
            guard let eventViewModel_fields = EventViewModel.templateKeys["fields"]?.typedReader(as: [VariantFieldViewModel]?.self) else { return nil }
            self.eventViewModel_fields = eventViewModel_fields
            guard let eventViewModel_hasFields = EventViewModel.templateKeys["hasFields"]?.typedReader(as: Bool.self) else { return nil }
            self.eventViewModel_hasFields = eventViewModel_hasFields
            guard let eventViewModel_hasPayload = EventViewModel.templateKeys["hasPayload"]?.typedReader(as: Bool.self) else { return nil }
            self.eventViewModel_hasPayload = eventViewModel_hasPayload
            guard let eventViewModel_isData = EventViewModel.templateKeys["isData"]?.typedReader(as: Bool.self) else { return nil }
            self.eventViewModel_isData = eventViewModel_isData
            guard let eventViewModel_isFrame = EventViewModel.templateKeys["isFrame"]?.typedReader(as: Bool.self) else { return nil }
            self.eventViewModel_isFrame = eventViewModel_isFrame
            guard let eventViewModel_payloadType = EventViewModel.templateKeys["payloadType"]?.typedReader(as: String.self) else { return nil }
            self.eventViewModel_payloadType = eventViewModel_payloadType
            guard let eventViewModel_wireName = EventViewModel.templateKeys["wireName"]?.typedReader(as: String.self) else { return nil }
            self.eventViewModel_wireName = eventViewModel_wireName
            guard let eventsViewModel_access = EventsViewModel.templateKeys["access"]?.typedReader(as: String.self) else { return nil }
            self.eventsViewModel_access = eventsViewModel_access
            guard let eventsViewModel_discriminatorKey = EventsViewModel.templateKeys["discriminatorKey"]?.typedReader(as: String.self) else { return nil }
            self.eventsViewModel_discriminatorKey = eventsViewModel_discriminatorKey
            guard let eventsViewModel_docLines = EventsViewModel.templateKeys["docLines"]?.typedReader(as: [String].self) else { return nil }
            self.eventsViewModel_docLines = eventsViewModel_docLines
            guard let eventsViewModel_events = EventsViewModel.templateKeys["events"]?.typedReader(as: [EventViewModel].self) else { return nil }
            self.eventsViewModel_events = eventsViewModel_events
            guard let eventsViewModel_frameKeys = EventsViewModel.templateKeys["frameKeys"]?.typedReader(as: [EventKeyViewModel].self) else { return nil }
            self.eventsViewModel_frameKeys = eventsViewModel_frameKeys
            guard let eventsViewModel_hasFrameEvents = EventsViewModel.templateKeys["hasFrameEvents"]?.typedReader(as: Bool.self) else { return nil }
            self.eventsViewModel_hasFrameEvents = eventsViewModel_hasFrameEvents
            guard let eventsViewModel_hasPayloadKey = EventsViewModel.templateKeys["hasPayloadKey"]?.typedReader(as: Bool.self) else { return nil }
            self.eventsViewModel_hasPayloadKey = eventsViewModel_hasPayloadKey
            guard let eventsViewModel_isIndirect = EventsViewModel.templateKeys["isIndirect"]?.typedReader(as: Bool.self) else { return nil }
            self.eventsViewModel_isIndirect = eventsViewModel_isIndirect
            guard let eventsViewModel_name = EventsViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.eventsViewModel_name = eventsViewModel_name
            guard let eventsViewModel_payloadKey = EventsViewModel.templateKeys["payloadKey"]?.typedReader(as: String.self) else { return nil }
            self.eventsViewModel_payloadKey = eventsViewModel_payloadKey
            guard let eventsViewModel_qualifiedName = EventsViewModel.templateKeys["qualifiedName"]?.typedReader(as: String.self) else { return nil }
            self.eventsViewModel_qualifiedName = eventsViewModel_qualifiedName
            guard let eventsViewModel_runtime = EventsViewModel.templateKeys["runtime"]?.typedReader(as: String.self) else { return nil }
            self.eventsViewModel_runtime = eventsViewModel_runtime
            guard let eventsViewModel_unknownCaseName = EventsViewModel.templateKeys["unknownCaseName"]?.typedReader(as: String.self) else { return nil }
            self.eventsViewModel_unknownCaseName = eventsViewModel_unknownCaseName
            guard let eventsViewModel_unknownDocLines = EventsViewModel.templateKeys["unknownDocLines"]?.typedReader(as: [String].self) else { return nil }
            self.eventsViewModel_unknownDocLines = eventsViewModel_unknownDocLines
            guard let flagViewModel_hasSummary = FlagViewModel.templateKeys["hasSummary"]?.typedReader(as: Bool.self) else { return nil }
            self.flagViewModel_hasSummary = flagViewModel_hasSummary
            guard let flagViewModel_name = FlagViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.flagViewModel_name = flagViewModel_name
            guard let flagViewModel_summaryLines = FlagViewModel.templateKeys["summaryLines"]?.typedReader(as: [String].self) else { return nil }
            self.flagViewModel_summaryLines = flagViewModel_summaryLines
            guard let flagViewModel_typeName = FlagViewModel.templateKeys["typeName"]?.typedReader(as: String.self) else { return nil }
            self.flagViewModel_typeName = flagViewModel_typeName
            guard let flagViewModel_value = FlagViewModel.templateKeys["value"]?.typedReader(as: String.self) else { return nil }
            self.flagViewModel_value = flagViewModel_value
            guard let flagsViewModel_access = FlagsViewModel.templateKeys["access"]?.typedReader(as: String.self) else { return nil }
            self.flagsViewModel_access = flagsViewModel_access
            guard let flagsViewModel_cases = FlagsViewModel.templateKeys["cases"]?.typedReader(as: [FlagViewModel].self) else { return nil }
            self.flagsViewModel_cases = flagsViewModel_cases
            guard let flagsViewModel_docLines = FlagsViewModel.templateKeys["docLines"]?.typedReader(as: [String].self) else { return nil }
            self.flagsViewModel_docLines = flagsViewModel_docLines
            guard let flagsViewModel_name = FlagsViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.flagsViewModel_name = flagsViewModel_name
            guard let flagsViewModel_protocolName = FlagsViewModel.templateKeys["protocolName"]?.typedReader(as: String.self) else { return nil }
            self.flagsViewModel_protocolName = flagsViewModel_protocolName
            guard let flagsViewModel_runtime = FlagsViewModel.templateKeys["runtime"]?.typedReader(as: String.self) else { return nil }
            self.flagsViewModel_runtime = flagsViewModel_runtime
            guard let memberCaseViewModel_checks = MemberCaseViewModel.templateKeys["checks"]?.typedReader(as: [CheckViewModel].self) else { return nil }
            self.memberCaseViewModel_checks = memberCaseViewModel_checks
            guard let memberCaseViewModel_hasSeveralChecks = MemberCaseViewModel.templateKeys["hasSeveralChecks"]?.typedReader(as: Bool.self) else { return nil }
            self.memberCaseViewModel_hasSeveralChecks = memberCaseViewModel_hasSeveralChecks
            guard let memberCaseViewModel_index = MemberCaseViewModel.templateKeys["index"]?.typedReader(as: String.self) else { return nil }
            self.memberCaseViewModel_index = memberCaseViewModel_index
            guard let memberRuleViewModel_isRequired = MemberRuleViewModel.templateKeys["isRequired"]?.typedReader(as: Bool.self) else { return nil }
            self.memberRuleViewModel_isRequired = memberRuleViewModel_isRequired
            guard let memberRuleViewModel_key = MemberRuleViewModel.templateKeys["key"]?.typedReader(as: String.self) else { return nil }
            self.memberRuleViewModel_key = memberRuleViewModel_key
            guard let memberRuleViewModel_location = MemberRuleViewModel.templateKeys["location"]?.typedReader(as: String.self) else { return nil }
            self.memberRuleViewModel_location = memberRuleViewModel_location
            guard let objectValidatorViewModel_access = ObjectValidatorViewModel.templateKeys["access"]?.typedReader(as: String.self) else { return nil }
            self.objectValidatorViewModel_access = objectValidatorViewModel_access
            guard let objectValidatorViewModel_baseFunctionName = ObjectValidatorViewModel.templateKeys["baseFunctionName"]?.typedReader(as: String.self) else { return nil }
            self.objectValidatorViewModel_baseFunctionName = objectValidatorViewModel_baseFunctionName
            guard let objectValidatorViewModel_codeKeyText = ObjectValidatorViewModel.templateKeys["codeKeyText"]?.typedReader(as: String.self) else { return nil }
            self.objectValidatorViewModel_codeKeyText = objectValidatorViewModel_codeKeyText
            guard let objectValidatorViewModel_codes = ObjectValidatorViewModel.templateKeys["codes"]?.typedReader(as: [String].self) else { return nil }
            self.objectValidatorViewModel_codes = objectValidatorViewModel_codes
            guard let objectValidatorViewModel_dispatch = ObjectValidatorViewModel.templateKeys["dispatch"]?.typedReader(as: [DispatchViewModel].self) else { return nil }
            self.objectValidatorViewModel_dispatch = objectValidatorViewModel_dispatch
            guard let objectValidatorViewModel_dispatchCode = ObjectValidatorViewModel.templateKeys["dispatchCode"]?.typedReader(as: String.self) else { return nil }
            self.objectValidatorViewModel_dispatchCode = objectValidatorViewModel_dispatchCode
            guard let objectValidatorViewModel_doc = ObjectValidatorViewModel.templateKeys["doc"]?.typedReader(as: ValidatorDocViewModel.self) else { return nil }
            self.objectValidatorViewModel_doc = objectValidatorViewModel_doc
            guard let objectValidatorViewModel_hasDispatchCode = ObjectValidatorViewModel.templateKeys["hasDispatchCode"]?.typedReader(as: Bool.self) else { return nil }
            self.objectValidatorViewModel_hasDispatchCode = objectValidatorViewModel_hasDispatchCode
            guard let objectValidatorViewModel_isCoded = ObjectValidatorViewModel.templateKeys["isCoded"]?.typedReader(as: Bool.self) else { return nil }
            self.objectValidatorViewModel_isCoded = objectValidatorViewModel_isCoded
            guard let objectValidatorViewModel_isTagged = ObjectValidatorViewModel.templateKeys["isTagged"]?.typedReader(as: Bool.self) else { return nil }
            self.objectValidatorViewModel_isTagged = objectValidatorViewModel_isTagged
            guard let objectValidatorViewModel_location = ObjectValidatorViewModel.templateKeys["location"]?.typedReader(as: String.self) else { return nil }
            self.objectValidatorViewModel_location = objectValidatorViewModel_location
            guard let objectValidatorViewModel_name = ObjectValidatorViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.objectValidatorViewModel_name = objectValidatorViewModel_name
            guard let objectValidatorViewModel_needsStart = ObjectValidatorViewModel.templateKeys["needsStart"]?.typedReader(as: Bool.self) else { return nil }
            self.objectValidatorViewModel_needsStart = objectValidatorViewModel_needsStart
            guard let objectValidatorViewModel_qualifiedName = ObjectValidatorViewModel.templateKeys["qualifiedName"]?.typedReader(as: String.self) else { return nil }
            self.objectValidatorViewModel_qualifiedName = objectValidatorViewModel_qualifiedName
            guard let objectValidatorViewModel_requirements = ObjectValidatorViewModel.templateKeys["requirements"]?.typedReader(as: [RequirementViewModel].self) else { return nil }
            self.objectValidatorViewModel_requirements = objectValidatorViewModel_requirements
            guard let objectValidatorViewModel_runtime = ObjectValidatorViewModel.templateKeys["runtime"]?.typedReader(as: String.self) else { return nil }
            self.objectValidatorViewModel_runtime = objectValidatorViewModel_runtime
            guard let objectValidatorViewModel_tagKey = ObjectValidatorViewModel.templateKeys["tagKey"]?.typedReader(as: String.self) else { return nil }
            self.objectValidatorViewModel_tagKey = objectValidatorViewModel_tagKey
            guard let objectValidatorViewModel_tagKeyText = ObjectValidatorViewModel.templateKeys["tagKeyText"]?.typedReader(as: String.self) else { return nil }
            self.objectValidatorViewModel_tagKeyText = objectValidatorViewModel_tagKeyText
            guard let objectValidatorViewModel_tagValues = ObjectValidatorViewModel.templateKeys["tagValues"]?.typedReader(as: [String].self) else { return nil }
            self.objectValidatorViewModel_tagValues = objectValidatorViewModel_tagValues
            guard let objectValidatorViewModel_typeNameText = ObjectValidatorViewModel.templateKeys["typeNameText"]?.typedReader(as: String.self) else { return nil }
            self.objectValidatorViewModel_typeNameText = objectValidatorViewModel_typeNameText
            guard let objectValidatorViewModel_walks = ObjectValidatorViewModel.templateKeys["walks"]?.typedReader(as: [WalkViewModel].self) else { return nil }
            self.objectValidatorViewModel_walks = objectValidatorViewModel_walks
            guard let objectViewModel_access = ObjectViewModel.templateKeys["access"]?.typedReader(as: String.self) else { return nil }
            self.objectViewModel_access = objectViewModel_access
            guard let objectViewModel_docLines = ObjectViewModel.templateKeys["docLines"]?.typedReader(as: [String].self) else { return nil }
            self.objectViewModel_docLines = objectViewModel_docLines
            guard let objectViewModel_hasProperties = ObjectViewModel.templateKeys["hasProperties"]?.typedReader(as: Bool.self) else { return nil }
            self.objectViewModel_hasProperties = objectViewModel_hasProperties
            guard let objectViewModel_name = ObjectViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.objectViewModel_name = objectViewModel_name
            guard let objectViewModel_properties = ObjectViewModel.templateKeys["properties"]?.typedReader(as: [PropertyViewModel].self) else { return nil }
            self.objectViewModel_properties = objectViewModel_properties
            guard let objectViewModel_qualifiedName = ObjectViewModel.templateKeys["qualifiedName"]?.typedReader(as: String.self) else { return nil }
            self.objectViewModel_qualifiedName = objectViewModel_qualifiedName
            guard let objectViewModel_runtime = ObjectViewModel.templateKeys["runtime"]?.typedReader(as: String.self) else { return nil }
            self.objectViewModel_runtime = objectViewModel_runtime
            guard let objectViewModel_variant = ObjectViewModel.templateKeys["variant"]?.typedReader(as: VariantViewModel?.self) else { return nil }
            self.objectViewModel_variant = objectViewModel_variant
            guard let opcodeEventViewModel_carriesSequence = OpcodeEventViewModel.templateKeys["carriesSequence"]?.typedReader(as: Bool.self) else { return nil }
            self.opcodeEventViewModel_carriesSequence = opcodeEventViewModel_carriesSequence
            guard let opcodeEventViewModel_caseName = OpcodeEventViewModel.templateKeys["caseName"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventViewModel_caseName = opcodeEventViewModel_caseName
            guard let opcodeEventViewModel_docLines = OpcodeEventViewModel.templateKeys["docLines"]?.typedReader(as: [String].self) else { return nil }
            self.opcodeEventViewModel_docLines = opcodeEventViewModel_docLines
            guard let opcodeEventViewModel_hasPayload = OpcodeEventViewModel.templateKeys["hasPayload"]?.typedReader(as: Bool.self) else { return nil }
            self.opcodeEventViewModel_hasPayload = opcodeEventViewModel_hasPayload
            guard let opcodeEventViewModel_hasValues = OpcodeEventViewModel.templateKeys["hasValues"]?.typedReader(as: Bool.self) else { return nil }
            self.opcodeEventViewModel_hasValues = opcodeEventViewModel_hasValues
            guard let opcodeEventViewModel_isDispatch = OpcodeEventViewModel.templateKeys["isDispatch"]?.typedReader(as: Bool.self) else { return nil }
            self.opcodeEventViewModel_isDispatch = opcodeEventViewModel_isDispatch
            guard let opcodeEventViewModel_isPayloadNullable = OpcodeEventViewModel.templateKeys["isPayloadNullable"]?.typedReader(as: Bool.self) else { return nil }
            self.opcodeEventViewModel_isPayloadNullable = opcodeEventViewModel_isPayloadNullable
            guard let opcodeEventViewModel_opcode = OpcodeEventViewModel.templateKeys["opcode"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventViewModel_opcode = opcodeEventViewModel_opcode
            guard let opcodeEventViewModel_payloadType = OpcodeEventViewModel.templateKeys["payloadType"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventViewModel_payloadType = opcodeEventViewModel_payloadType
            guard let opcodeEventViewModel_wireName = OpcodeEventViewModel.templateKeys["wireName"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventViewModel_wireName = opcodeEventViewModel_wireName
            guard let opcodeEventsViewModel_access = OpcodeEventsViewModel.templateKeys["access"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventsViewModel_access = opcodeEventsViewModel_access
            guard let opcodeEventsViewModel_discriminatorKey = OpcodeEventsViewModel.templateKeys["discriminatorKey"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventsViewModel_discriminatorKey = opcodeEventsViewModel_discriminatorKey
            guard let opcodeEventsViewModel_dispatch = OpcodeEventsViewModel.templateKeys["dispatch"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventsViewModel_dispatch = opcodeEventsViewModel_dispatch
            guard let opcodeEventsViewModel_dispatchEvents = OpcodeEventsViewModel.templateKeys["dispatchEvents"]?.typedReader(as: [OpcodeEventViewModel].self) else { return nil }
            self.opcodeEventsViewModel_dispatchEvents = opcodeEventsViewModel_dispatchEvents
            guard let opcodeEventsViewModel_docLines = OpcodeEventsViewModel.templateKeys["docLines"]?.typedReader(as: [String].self) else { return nil }
            self.opcodeEventsViewModel_docLines = opcodeEventsViewModel_docLines
            guard let opcodeEventsViewModel_events = OpcodeEventsViewModel.templateKeys["events"]?.typedReader(as: [OpcodeEventViewModel].self) else { return nil }
            self.opcodeEventsViewModel_events = opcodeEventsViewModel_events
            guard let opcodeEventsViewModel_hasSequence = OpcodeEventsViewModel.templateKeys["hasSequence"]?.typedReader(as: Bool.self) else { return nil }
            self.opcodeEventsViewModel_hasSequence = opcodeEventsViewModel_hasSequence
            guard let opcodeEventsViewModel_isIndirect = OpcodeEventsViewModel.templateKeys["isIndirect"]?.typedReader(as: Bool.self) else { return nil }
            self.opcodeEventsViewModel_isIndirect = opcodeEventsViewModel_isIndirect
            guard let opcodeEventsViewModel_name = OpcodeEventsViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventsViewModel_name = opcodeEventsViewModel_name
            guard let opcodeEventsViewModel_opcodeEvents = OpcodeEventsViewModel.templateKeys["opcodeEvents"]?.typedReader(as: [OpcodeEventViewModel].self) else { return nil }
            self.opcodeEventsViewModel_opcodeEvents = opcodeEventsViewModel_opcodeEvents
            guard let opcodeEventsViewModel_opcodeKey = OpcodeEventsViewModel.templateKeys["opcodeKey"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventsViewModel_opcodeKey = opcodeEventsViewModel_opcodeKey
            guard let opcodeEventsViewModel_payloadKey = OpcodeEventsViewModel.templateKeys["payloadKey"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventsViewModel_payloadKey = opcodeEventsViewModel_payloadKey
            guard let opcodeEventsViewModel_qualifiedName = OpcodeEventsViewModel.templateKeys["qualifiedName"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventsViewModel_qualifiedName = opcodeEventsViewModel_qualifiedName
            guard let opcodeEventsViewModel_runtime = OpcodeEventsViewModel.templateKeys["runtime"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventsViewModel_runtime = opcodeEventsViewModel_runtime
            guard let opcodeEventsViewModel_sequenceKey = OpcodeEventsViewModel.templateKeys["sequenceKey"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventsViewModel_sequenceKey = opcodeEventsViewModel_sequenceKey
            guard let opcodeEventsViewModel_unknownCaseName = OpcodeEventsViewModel.templateKeys["unknownCaseName"]?.typedReader(as: String.self) else { return nil }
            self.opcodeEventsViewModel_unknownCaseName = opcodeEventsViewModel_unknownCaseName
            guard let opcodeEventsViewModel_unknownDocLines = OpcodeEventsViewModel.templateKeys["unknownDocLines"]?.typedReader(as: [String].self) else { return nil }
            self.opcodeEventsViewModel_unknownDocLines = opcodeEventsViewModel_unknownDocLines
            guard let propertyViewModel_baseType = PropertyViewModel.templateKeys["baseType"]?.typedReader(as: String.self) else { return nil }
            self.propertyViewModel_baseType = propertyViewModel_baseType
            guard let propertyViewModel_caseName = PropertyViewModel.templateKeys["caseName"]?.typedReader(as: String.self) else { return nil }
            self.propertyViewModel_caseName = propertyViewModel_caseName
            guard let propertyViewModel_constant = PropertyViewModel.templateKeys["constant"]?.typedReader(as: String?.self) else { return nil }
            self.propertyViewModel_constant = propertyViewModel_constant
            guard let propertyViewModel_fromNote = PropertyViewModel.templateKeys["fromNote"]?.typedReader(as: String.self) else { return nil }
            self.propertyViewModel_fromNote = propertyViewModel_fromNote
            guard let propertyViewModel_hasConstant = PropertyViewModel.templateKeys["hasConstant"]?.typedReader(as: Bool.self) else { return nil }
            self.propertyViewModel_hasConstant = propertyViewModel_hasConstant
            guard let propertyViewModel_hasSummary = PropertyViewModel.templateKeys["hasSummary"]?.typedReader(as: Bool.self) else { return nil }
            self.propertyViewModel_hasSummary = propertyViewModel_hasSummary
            guard let propertyViewModel_index = PropertyViewModel.templateKeys["index"]?.typedReader(as: String.self) else { return nil }
            self.propertyViewModel_index = propertyViewModel_index
            guard let propertyViewModel_isFastDecodable = PropertyViewModel.templateKeys["isFastDecodable"]?.typedReader(as: Bool.self) else { return nil }
            self.propertyViewModel_isFastDecodable = propertyViewModel_isFastDecodable
            guard let propertyViewModel_isIndirect = PropertyViewModel.templateKeys["isIndirect"]?.typedReader(as: Bool.self) else { return nil }
            self.propertyViewModel_isIndirect = propertyViewModel_isIndirect
            guard let propertyViewModel_isLastParameter = PropertyViewModel.templateKeys["isLastParameter"]?.typedReader(as: Bool.self) else { return nil }
            self.propertyViewModel_isLastParameter = propertyViewModel_isLastParameter
            guard let propertyViewModel_isNullable = PropertyViewModel.templateKeys["isNullable"]?.typedReader(as: Bool.self) else { return nil }
            self.propertyViewModel_isNullable = propertyViewModel_isNullable
            guard let propertyViewModel_isOptional = PropertyViewModel.templateKeys["isOptional"]?.typedReader(as: Bool.self) else { return nil }
            self.propertyViewModel_isOptional = propertyViewModel_isOptional
            guard let propertyViewModel_isRequired = PropertyViewModel.templateKeys["isRequired"]?.typedReader(as: Bool.self) else { return nil }
            self.propertyViewModel_isRequired = propertyViewModel_isRequired
            guard let propertyViewModel_jsonKey = PropertyViewModel.templateKeys["jsonKey"]?.typedReader(as: String.self) else { return nil }
            self.propertyViewModel_jsonKey = propertyViewModel_jsonKey
            guard let propertyViewModel_jsonName = PropertyViewModel.templateKeys["jsonName"]?.typedReader(as: String.self) else { return nil }
            self.propertyViewModel_jsonName = propertyViewModel_jsonName
            guard let propertyViewModel_name = PropertyViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.propertyViewModel_name = propertyViewModel_name
            guard let propertyViewModel_storageName = PropertyViewModel.templateKeys["storageName"]?.typedReader(as: String.self) else { return nil }
            self.propertyViewModel_storageName = propertyViewModel_storageName
            guard let propertyViewModel_summaryLines = PropertyViewModel.templateKeys["summaryLines"]?.typedReader(as: [String].self) else { return nil }
            self.propertyViewModel_summaryLines = propertyViewModel_summaryLines
            guard let requiredKeyViewModel_key = RequiredKeyViewModel.templateKeys["key"]?.typedReader(as: String.self) else { return nil }
            self.requiredKeyViewModel_key = requiredKeyViewModel_key
            guard let requiredKeyViewModel_location = RequiredKeyViewModel.templateKeys["location"]?.typedReader(as: String.self) else { return nil }
            self.requiredKeyViewModel_location = requiredKeyViewModel_location
            guard let requirementViewModel_entries = RequirementViewModel.templateKeys["entries"]?.typedReader(as: [RequiredKeyViewModel].self) else { return nil }
            self.requirementViewModel_entries = requirementViewModel_entries
            guard let requirementViewModel_name = RequirementViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.requirementViewModel_name = requirementViewModel_name
            guard let requirementViewModel_runtime = RequirementViewModel.templateKeys["runtime"]?.typedReader(as: String.self) else { return nil }
            self.requirementViewModel_runtime = requirementViewModel_runtime
            guard let requirementViewModel_summary = RequirementViewModel.templateKeys["summary"]?.typedReader(as: String.self) else { return nil }
            self.requirementViewModel_summary = requirementViewModel_summary
            guard let swiftFileViewModel_declaresNamespace = SwiftFileViewModel.templateKeys["declaresNamespace"]?.typedReader(as: Bool.self) else { return nil }
            self.swiftFileViewModel_declaresNamespace = swiftFileViewModel_declaresNamespace
            guard let swiftFileViewModel_fastDecoders = SwiftFileViewModel.templateKeys["fastDecoders"]?.typedReader(as: Bool.self) else { return nil }
            self.swiftFileViewModel_fastDecoders = swiftFileViewModel_fastDecoders
            guard let swiftFileViewModel_hasNamespace = SwiftFileViewModel.templateKeys["hasNamespace"]?.typedReader(as: Bool.self) else { return nil }
            self.swiftFileViewModel_hasNamespace = swiftFileViewModel_hasNamespace
            guard let swiftFileViewModel_imports = SwiftFileViewModel.templateKeys["imports"]?.typedReader(as: [String].self) else { return nil }
            self.swiftFileViewModel_imports = swiftFileViewModel_imports
            guard let swiftFileViewModel_indentLess = SwiftFileViewModel.templateKeys["indentLess"]?.typedReader(as: String.self) else { return nil }
            self.swiftFileViewModel_indentLess = swiftFileViewModel_indentLess
            guard let swiftFileViewModel_indentMore = SwiftFileViewModel.templateKeys["indentMore"]?.typedReader(as: String.self) else { return nil }
            self.swiftFileViewModel_indentMore = swiftFileViewModel_indentMore
            guard let swiftFileViewModel_namespace = SwiftFileViewModel.templateKeys["namespace"]?.typedReader(as: String?.self) else { return nil }
            self.swiftFileViewModel_namespace = swiftFileViewModel_namespace
            guard let swiftFileViewModel_namespaceAccess = SwiftFileViewModel.templateKeys["namespaceAccess"]?.typedReader(as: String.self) else { return nil }
            self.swiftFileViewModel_namespaceAccess = swiftFileViewModel_namespaceAccess
            guard let swiftFileViewModel_sourcePath = SwiftFileViewModel.templateKeys["sourcePath"]?.typedReader(as: String.self) else { return nil }
            self.swiftFileViewModel_sourcePath = swiftFileViewModel_sourcePath
            guard let swiftFileViewModel_types = SwiftFileViewModel.templateKeys["types"]?.typedReader(as: [SwiftTypeViewModel].self) else { return nil }
            self.swiftFileViewModel_types = swiftFileViewModel_types
            guard let swiftTypeViewModel_enumeration = SwiftTypeViewModel.templateKeys["enumeration"]?.typedReader(as: EnumViewModel?.self) else { return nil }
            self.swiftTypeViewModel_enumeration = swiftTypeViewModel_enumeration
            guard let swiftTypeViewModel_events = SwiftTypeViewModel.templateKeys["events"]?.typedReader(as: EventsViewModel?.self) else { return nil }
            self.swiftTypeViewModel_events = swiftTypeViewModel_events
            guard let swiftTypeViewModel_flags = SwiftTypeViewModel.templateKeys["flags"]?.typedReader(as: FlagsViewModel?.self) else { return nil }
            self.swiftTypeViewModel_flags = swiftTypeViewModel_flags
            guard let swiftTypeViewModel_object = SwiftTypeViewModel.templateKeys["object"]?.typedReader(as: ObjectViewModel?.self) else { return nil }
            self.swiftTypeViewModel_object = swiftTypeViewModel_object
            guard let swiftTypeViewModel_opcodeEvents = SwiftTypeViewModel.templateKeys["opcodeEvents"]?.typedReader(as: OpcodeEventsViewModel?.self) else { return nil }
            self.swiftTypeViewModel_opcodeEvents = swiftTypeViewModel_opcodeEvents
            guard let swiftTypeViewModel_taggedUnion = SwiftTypeViewModel.templateKeys["taggedUnion"]?.typedReader(as: TaggedUnionViewModel?.self) else { return nil }
            self.swiftTypeViewModel_taggedUnion = swiftTypeViewModel_taggedUnion
            guard let swiftTypeViewModel_union = SwiftTypeViewModel.templateKeys["union"]?.typedReader(as: UnionViewModel?.self) else { return nil }
            self.swiftTypeViewModel_union = swiftTypeViewModel_union
            guard let taggedUnionMemberCheckViewModel_index = TaggedUnionMemberCheckViewModel.templateKeys["index"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionMemberCheckViewModel_index = taggedUnionMemberCheckViewModel_index
            guard let taggedUnionMemberCheckViewModel_type = TaggedUnionMemberCheckViewModel.templateKeys["type"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionMemberCheckViewModel_type = taggedUnionMemberCheckViewModel_type
            guard let taggedUnionMemberViewModel_caseName = TaggedUnionMemberViewModel.templateKeys["caseName"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionMemberViewModel_caseName = taggedUnionMemberViewModel_caseName
            guard let taggedUnionMemberViewModel_code = TaggedUnionMemberViewModel.templateKeys["code"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionMemberViewModel_code = taggedUnionMemberViewModel_code
            guard let taggedUnionMemberViewModel_type = TaggedUnionMemberViewModel.templateKeys["type"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionMemberViewModel_type = taggedUnionMemberViewModel_type
            guard let taggedUnionValidatorViewModel_access = TaggedUnionValidatorViewModel.templateKeys["access"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionValidatorViewModel_access = taggedUnionValidatorViewModel_access
            guard let taggedUnionValidatorViewModel_codes = TaggedUnionValidatorViewModel.templateKeys["codes"]?.typedReader(as: [String].self) else { return nil }
            self.taggedUnionValidatorViewModel_codes = taggedUnionValidatorViewModel_codes
            guard let taggedUnionValidatorViewModel_doc = TaggedUnionValidatorViewModel.templateKeys["doc"]?.typedReader(as: ValidatorDocViewModel.self) else { return nil }
            self.taggedUnionValidatorViewModel_doc = taggedUnionValidatorViewModel_doc
            guard let taggedUnionValidatorViewModel_location = TaggedUnionValidatorViewModel.templateKeys["location"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionValidatorViewModel_location = taggedUnionValidatorViewModel_location
            guard let taggedUnionValidatorViewModel_members = TaggedUnionValidatorViewModel.templateKeys["members"]?.typedReader(as: [TaggedUnionMemberCheckViewModel].self) else { return nil }
            self.taggedUnionValidatorViewModel_members = taggedUnionValidatorViewModel_members
            guard let taggedUnionValidatorViewModel_name = TaggedUnionValidatorViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionValidatorViewModel_name = taggedUnionValidatorViewModel_name
            guard let taggedUnionValidatorViewModel_qualifiedName = TaggedUnionValidatorViewModel.templateKeys["qualifiedName"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionValidatorViewModel_qualifiedName = taggedUnionValidatorViewModel_qualifiedName
            guard let taggedUnionValidatorViewModel_runtime = TaggedUnionValidatorViewModel.templateKeys["runtime"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionValidatorViewModel_runtime = taggedUnionValidatorViewModel_runtime
            guard let taggedUnionValidatorViewModel_tagKey = TaggedUnionValidatorViewModel.templateKeys["tagKey"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionValidatorViewModel_tagKey = taggedUnionValidatorViewModel_tagKey
            guard let taggedUnionValidatorViewModel_tagKeyText = TaggedUnionValidatorViewModel.templateKeys["tagKeyText"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionValidatorViewModel_tagKeyText = taggedUnionValidatorViewModel_tagKeyText
            guard let taggedUnionValidatorViewModel_tagLocation = TaggedUnionValidatorViewModel.templateKeys["tagLocation"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionValidatorViewModel_tagLocation = taggedUnionValidatorViewModel_tagLocation
            guard let taggedUnionValidatorViewModel_typeNameText = TaggedUnionValidatorViewModel.templateKeys["typeNameText"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionValidatorViewModel_typeNameText = taggedUnionValidatorViewModel_typeNameText
            guard let taggedUnionViewModel_access = TaggedUnionViewModel.templateKeys["access"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionViewModel_access = taggedUnionViewModel_access
            guard let taggedUnionViewModel_codeLabel = TaggedUnionViewModel.templateKeys["codeLabel"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionViewModel_codeLabel = taggedUnionViewModel_codeLabel
            guard let taggedUnionViewModel_docLines = TaggedUnionViewModel.templateKeys["docLines"]?.typedReader(as: [String].self) else { return nil }
            self.taggedUnionViewModel_docLines = taggedUnionViewModel_docLines
            guard let taggedUnionViewModel_isIndirect = TaggedUnionViewModel.templateKeys["isIndirect"]?.typedReader(as: Bool.self) else { return nil }
            self.taggedUnionViewModel_isIndirect = taggedUnionViewModel_isIndirect
            guard let taggedUnionViewModel_members = TaggedUnionViewModel.templateKeys["members"]?.typedReader(as: [TaggedUnionMemberViewModel].self) else { return nil }
            self.taggedUnionViewModel_members = taggedUnionViewModel_members
            guard let taggedUnionViewModel_name = TaggedUnionViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionViewModel_name = taggedUnionViewModel_name
            guard let taggedUnionViewModel_qualifiedName = TaggedUnionViewModel.templateKeys["qualifiedName"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionViewModel_qualifiedName = taggedUnionViewModel_qualifiedName
            guard let taggedUnionViewModel_runtime = TaggedUnionViewModel.templateKeys["runtime"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionViewModel_runtime = taggedUnionViewModel_runtime
            guard let taggedUnionViewModel_tagKey = TaggedUnionViewModel.templateKeys["tagKey"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionViewModel_tagKey = taggedUnionViewModel_tagKey
            guard let taggedUnionViewModel_tagKeyText = TaggedUnionViewModel.templateKeys["tagKeyText"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionViewModel_tagKeyText = taggedUnionViewModel_tagKeyText
            guard let taggedUnionViewModel_unknownCaseName = TaggedUnionViewModel.templateKeys["unknownCaseName"]?.typedReader(as: String.self) else { return nil }
            self.taggedUnionViewModel_unknownCaseName = taggedUnionViewModel_unknownCaseName
            guard let unionMemberViewModel_caseName = UnionMemberViewModel.templateKeys["caseName"]?.typedReader(as: String.self) else { return nil }
            self.unionMemberViewModel_caseName = unionMemberViewModel_caseName
            guard let unionMemberViewModel_type = UnionMemberViewModel.templateKeys["type"]?.typedReader(as: String.self) else { return nil }
            self.unionMemberViewModel_type = unionMemberViewModel_type
            guard let unionValidatorViewModel_access = UnionValidatorViewModel.templateKeys["access"]?.typedReader(as: String.self) else { return nil }
            self.unionValidatorViewModel_access = unionValidatorViewModel_access
            guard let unionValidatorViewModel_doc = UnionValidatorViewModel.templateKeys["doc"]?.typedReader(as: ValidatorDocViewModel.self) else { return nil }
            self.unionValidatorViewModel_doc = unionValidatorViewModel_doc
            guard let unionValidatorViewModel_expected = UnionValidatorViewModel.templateKeys["expected"]?.typedReader(as: String.self) else { return nil }
            self.unionValidatorViewModel_expected = unionValidatorViewModel_expected
            guard let unionValidatorViewModel_lastMember = UnionValidatorViewModel.templateKeys["lastMember"]?.typedReader(as: MemberCaseViewModel?.self) else { return nil }
            self.unionValidatorViewModel_lastMember = unionValidatorViewModel_lastMember
            guard let unionValidatorViewModel_location = UnionValidatorViewModel.templateKeys["location"]?.typedReader(as: String.self) else { return nil }
            self.unionValidatorViewModel_location = unionValidatorViewModel_location
            guard let unionValidatorViewModel_memberCount = UnionValidatorViewModel.templateKeys["memberCount"]?.typedReader(as: String.self) else { return nil }
            self.unionValidatorViewModel_memberCount = unionValidatorViewModel_memberCount
            guard let unionValidatorViewModel_members = UnionValidatorViewModel.templateKeys["members"]?.typedReader(as: [MemberCaseViewModel].self) else { return nil }
            self.unionValidatorViewModel_members = unionValidatorViewModel_members
            guard let unionValidatorViewModel_name = UnionValidatorViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.unionValidatorViewModel_name = unionValidatorViewModel_name
            guard let unionValidatorViewModel_qualifiedName = UnionValidatorViewModel.templateKeys["qualifiedName"]?.typedReader(as: String.self) else { return nil }
            self.unionValidatorViewModel_qualifiedName = unionValidatorViewModel_qualifiedName
            guard let unionValidatorViewModel_runtime = UnionValidatorViewModel.templateKeys["runtime"]?.typedReader(as: String.self) else { return nil }
            self.unionValidatorViewModel_runtime = unionValidatorViewModel_runtime
            guard let unionViewModel_access = UnionViewModel.templateKeys["access"]?.typedReader(as: String.self) else { return nil }
            self.unionViewModel_access = unionViewModel_access
            guard let unionViewModel_fromNote = UnionViewModel.templateKeys["fromNote"]?.typedReader(as: String.self) else { return nil }
            self.unionViewModel_fromNote = unionViewModel_fromNote
            guard let unionViewModel_isIndirect = UnionViewModel.templateKeys["isIndirect"]?.typedReader(as: Bool.self) else { return nil }
            self.unionViewModel_isIndirect = unionViewModel_isIndirect
            guard let unionViewModel_lastMember = UnionViewModel.templateKeys["lastMember"]?.typedReader(as: UnionMemberViewModel?.self) else { return nil }
            self.unionViewModel_lastMember = unionViewModel_lastMember
            guard let unionViewModel_leadingMembers = UnionViewModel.templateKeys["leadingMembers"]?.typedReader(as: [UnionMemberViewModel].self) else { return nil }
            self.unionViewModel_leadingMembers = unionViewModel_leadingMembers
            guard let unionViewModel_members = UnionViewModel.templateKeys["members"]?.typedReader(as: [UnionMemberViewModel].self) else { return nil }
            self.unionViewModel_members = unionViewModel_members
            guard let unionViewModel_name = UnionViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.unionViewModel_name = unionViewModel_name
            guard let unionViewModel_qualifiedName = UnionViewModel.templateKeys["qualifiedName"]?.typedReader(as: String.self) else { return nil }
            self.unionViewModel_qualifiedName = unionViewModel_qualifiedName
            guard let unionViewModel_runtime = UnionViewModel.templateKeys["runtime"]?.typedReader(as: String.self) else { return nil }
            self.unionViewModel_runtime = unionViewModel_runtime
            guard let validatorDocViewModel_name = ValidatorDocViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.validatorDocViewModel_name = validatorDocViewModel_name
            guard let validatorDocViewModel_rulesSource = ValidatorDocViewModel.templateKeys["rulesSource"]?.typedReader(as: String.self) else { return nil }
            self.validatorDocViewModel_rulesSource = validatorDocViewModel_rulesSource
            guard let validatorFileViewModel_imports = ValidatorFileViewModel.templateKeys["imports"]?.typedReader(as: [String].self) else { return nil }
            self.validatorFileViewModel_imports = validatorFileViewModel_imports
            guard let validatorFileViewModel_sourcePath = ValidatorFileViewModel.templateKeys["sourcePath"]?.typedReader(as: String.self) else { return nil }
            self.validatorFileViewModel_sourcePath = validatorFileViewModel_sourcePath
            guard let validatorFileViewModel_types = ValidatorFileViewModel.templateKeys["types"]?.typedReader(as: [ValidatorTypeViewModel].self) else { return nil }
            self.validatorFileViewModel_types = validatorFileViewModel_types
            guard let validatorTypeViewModel_enumeration = ValidatorTypeViewModel.templateKeys["enumeration"]?.typedReader(as: EnumValidatorViewModel?.self) else { return nil }
            self.validatorTypeViewModel_enumeration = validatorTypeViewModel_enumeration
            guard let validatorTypeViewModel_object = ValidatorTypeViewModel.templateKeys["object"]?.typedReader(as: ObjectValidatorViewModel?.self) else { return nil }
            self.validatorTypeViewModel_object = validatorTypeViewModel_object
            guard let validatorTypeViewModel_taggedUnion = ValidatorTypeViewModel.templateKeys["taggedUnion"]?.typedReader(as: TaggedUnionValidatorViewModel?.self) else { return nil }
            self.validatorTypeViewModel_taggedUnion = validatorTypeViewModel_taggedUnion
            guard let validatorTypeViewModel_union = ValidatorTypeViewModel.templateKeys["union"]?.typedReader(as: UnionValidatorViewModel?.self) else { return nil }
            self.validatorTypeViewModel_union = validatorTypeViewModel_union
            guard let variantCaseViewModel_caseName = VariantCaseViewModel.templateKeys["caseName"]?.typedReader(as: String.self) else { return nil }
            self.variantCaseViewModel_caseName = variantCaseViewModel_caseName
            guard let variantCaseViewModel_docLines = VariantCaseViewModel.templateKeys["docLines"]?.typedReader(as: [String].self) else { return nil }
            self.variantCaseViewModel_docLines = variantCaseViewModel_docLines
            guard let variantCaseViewModel_fields = VariantCaseViewModel.templateKeys["fields"]?.typedReader(as: [VariantFieldViewModel]?.self) else { return nil }
            self.variantCaseViewModel_fields = variantCaseViewModel_fields
            guard let variantCaseViewModel_hasFields = VariantCaseViewModel.templateKeys["hasFields"]?.typedReader(as: Bool.self) else { return nil }
            self.variantCaseViewModel_hasFields = variantCaseViewModel_hasFields
            guard let variantCaseViewModel_typeName = VariantCaseViewModel.templateKeys["typeName"]?.typedReader(as: String.self) else { return nil }
            self.variantCaseViewModel_typeName = variantCaseViewModel_typeName
            guard let variantFieldViewModel_baseType = VariantFieldViewModel.templateKeys["baseType"]?.typedReader(as: String.self) else { return nil }
            self.variantFieldViewModel_baseType = variantFieldViewModel_baseType
            guard let variantFieldViewModel_commonName = VariantFieldViewModel.templateKeys["commonName"]?.typedReader(as: String.self) else { return nil }
            self.variantFieldViewModel_commonName = variantFieldViewModel_commonName
            guard let variantFieldViewModel_commonProperty = VariantFieldViewModel.templateKeys["commonProperty"]?.typedReader(as: String.self) else { return nil }
            self.variantFieldViewModel_commonProperty = variantFieldViewModel_commonProperty
            guard let variantFieldViewModel_decodesFromObject = VariantFieldViewModel.templateKeys["decodesFromObject"]?.typedReader(as: Bool.self) else { return nil }
            self.variantFieldViewModel_decodesFromObject = variantFieldViewModel_decodesFromObject
            guard let variantFieldViewModel_isLastParameter = VariantFieldViewModel.templateKeys["isLastParameter"]?.typedReader(as: Bool.self) else { return nil }
            self.variantFieldViewModel_isLastParameter = variantFieldViewModel_isLastParameter
            guard let variantFieldViewModel_isOptional = VariantFieldViewModel.templateKeys["isOptional"]?.typedReader(as: Bool.self) else { return nil }
            self.variantFieldViewModel_isOptional = variantFieldViewModel_isOptional
            guard let variantFieldViewModel_name = VariantFieldViewModel.templateKeys["name"]?.typedReader(as: String.self) else { return nil }
            self.variantFieldViewModel_name = variantFieldViewModel_name
            guard let variantFieldViewModel_reusesCommon = VariantFieldViewModel.templateKeys["reusesCommon"]?.typedReader(as: Bool.self) else { return nil }
            self.variantFieldViewModel_reusesCommon = variantFieldViewModel_reusesCommon
            guard let variantViewModel_cases = VariantViewModel.templateKeys["cases"]?.typedReader(as: [VariantCaseViewModel].self) else { return nil }
            self.variantViewModel_cases = variantViewModel_cases
            guard let variantViewModel_discriminatorName = VariantViewModel.templateKeys["discriminatorName"]?.typedReader(as: String.self) else { return nil }
            self.variantViewModel_discriminatorName = variantViewModel_discriminatorName
            guard let variantViewModel_docLines = VariantViewModel.templateKeys["docLines"]?.typedReader(as: [String].self) else { return nil }
            self.variantViewModel_docLines = variantViewModel_docLines
            guard let variantViewModel_enumDocLines = VariantViewModel.templateKeys["enumDocLines"]?.typedReader(as: [String].self) else { return nil }
            self.variantViewModel_enumDocLines = variantViewModel_enumDocLines
            guard let variantViewModel_enumName = VariantViewModel.templateKeys["enumName"]?.typedReader(as: String.self) else { return nil }
            self.variantViewModel_enumName = variantViewModel_enumName
            guard let variantViewModel_isIndirect = VariantViewModel.templateKeys["isIndirect"]?.typedReader(as: Bool.self) else { return nil }
            self.variantViewModel_isIndirect = variantViewModel_isIndirect
            guard let variantViewModel_otherCaseName = VariantViewModel.templateKeys["otherCaseName"]?.typedReader(as: String.self) else { return nil }
            self.variantViewModel_otherCaseName = variantViewModel_otherCaseName
            guard let variantViewModel_otherDocLines = VariantViewModel.templateKeys["otherDocLines"]?.typedReader(as: [String].self) else { return nil }
            self.variantViewModel_otherDocLines = variantViewModel_otherDocLines
            guard let variantViewModel_propertyName = VariantViewModel.templateKeys["propertyName"]?.typedReader(as: String.self) else { return nil }
            self.variantViewModel_propertyName = variantViewModel_propertyName
            guard let walkViewModel_cases = WalkViewModel.templateKeys["cases"]?.typedReader(as: [MemberCaseViewModel].self) else { return nil }
            self.walkViewModel_cases = walkViewModel_cases
            guard let walkViewModel_functionName = WalkViewModel.templateKeys["functionName"]?.typedReader(as: String.self) else { return nil }
            self.walkViewModel_functionName = walkViewModel_functionName
            guard let walkViewModel_members = WalkViewModel.templateKeys["members"]?.typedReader(as: [MemberRuleViewModel].self) else { return nil }
            self.walkViewModel_members = walkViewModel_members
            guard let walkViewModel_rulesName = WalkViewModel.templateKeys["rulesName"]?.typedReader(as: String.self) else { return nil }
            self.walkViewModel_rulesName = walkViewModel_rulesName
            guard let walkViewModel_runtime = WalkViewModel.templateKeys["runtime"]?.typedReader(as: String.self) else { return nil }
            self.walkViewModel_runtime = walkViewModel_runtime
            guard let walkViewModel_summary = WalkViewModel.templateKeys["summary"]?.typedReader(as: String.self) else { return nil }
            self.walkViewModel_summary = walkViewModel_summary
            guard let walkViewModel_typeNameText = WalkViewModel.templateKeys["typeNameText"]?.typedReader(as: String.self) else { return nil }
            self.walkViewModel_typeNameText = walkViewModel_typeNameText
        }
    }

    /// The template `models.swift`.
    private static func template0(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel) {
        let s1 = w.count
        let n2 = w.count
        w.write("// Generated by specgen from " as StaticString)
        w.indent(ind, node: n2, list: s1)
        let n3 = w.count
        let v4 = k.swiftFileViewModel_sourcePath(a0)
        w.write(v4)
        w.indent(ind, node: n3, list: s1)
        let n5 = w.count
        w.write(".\n" as StaticString)
        w.indent(ind, node: n5, list: s1)
        let n6 = w.count
        w.write("// Do not edit: change the docs (or the specgen config) and generate again.\n" as StaticString)
        w.indent(ind, node: n6, list: s1)
        let n7 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n7, list: s1)
        let n8 = w.count
        let v9 = k.swiftFileViewModel_imports(a0)
        for i10 in v9.indices {
            let e11 = v9[i10]
            let s12 = w.count
            w.write("import " as StaticString)
            let n13 = w.count
            w.write(e11)
            w.indent(ind, node: n13, list: s12)
            let n14 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n14, list: s12)
        }
        w.indent(ind, node: n8, list: s1)
        let n15 = w.count
        let v16 = k.swiftFileViewModel_declaresNamespace(a0)
        if v16 {
            let s17 = w.count
            w.write("\n" as StaticString)
            let n18 = w.count
            w.write("/// The namespace of the types specgen generates from the docs: each file declar" as StaticString)
            w.write("es its types in an extension of it.\n" as StaticString)
            w.indent(ind, node: n18, list: s17)
            let n19 = w.count
            let v20 = k.swiftFileViewModel_namespaceAccess(a0)
            w.write(v20)
            w.indent(ind, node: n19, list: s17)
            let n21 = w.count
            w.write(" enum " as StaticString)
            w.indent(ind, node: n21, list: s17)
            let n22 = w.count
            if let v23 = k.swiftFileViewModel_namespace(a0) {
                w.write(v23)
            }
            w.indent(ind, node: n22, list: s17)
            let n24 = w.count
            w.write(" {}\n" as StaticString)
            w.indent(ind, node: n24, list: s17)
        }
        w.indent(ind, node: n15, list: s1)
        let n25 = w.count
        let v26 = k.swiftFileViewModel_types(a0)
        for i27 in v26.indices {
            let e28 = v26[i27]
            let s29 = w.count
            if let v30 = k.swiftTypeViewModel_object(e28) {
                let s31 = w.count
                w.write("\n" as StaticString)
                let n32 = w.count
                let v33 = k.swiftFileViewModel_hasNamespace(a0)
                if v33 {
                    let s34 = w.count
                    w.write("extension " as StaticString)
                    let n35 = w.count
                    if let v36 = k.swiftFileViewModel_namespace(a0) {
                        w.write(v36)
                    }
                    w.indent(ind, node: n35, list: s34)
                    let n37 = w.count
                    w.write(" {\n" as StaticString)
                    w.indent(ind, node: n37, list: s34)
                    let n38 = w.count
                    let v39 = k.swiftFileViewModel_indentMore(a0)
                    w.write(v39)
                    w.indent(ind, node: n38, list: s34)
                    let n40 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n40, list: s34)
                }
                w.indent(ind, node: n32, list: s31)
                let n41 = w.count
                partial0(&w, ind, k, a0, e28, v30)
                w.indent(ind, node: n41, list: s31)
                let n42 = w.count
                let v43 = k.swiftFileViewModel_hasNamespace(a0)
                if v43 {
                    let s44 = w.count
                    let v45 = k.swiftFileViewModel_indentLess(a0)
                    w.write(v45)
                    let n46 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n46, list: s44)
                    let n47 = w.count
                    w.write("}\n" as StaticString)
                    w.indent(ind, node: n47, list: s44)
                }
                w.indent(ind, node: n42, list: s31)
                let n48 = w.count
                let v49 = k.swiftFileViewModel_fastDecoders(a0)
                if v49 {
                    let s50 = w.count
                    w.write("\n" as StaticString)
                    let n51 = w.count
                    partial1(&w, ind, k, a0, e28, v30)
                    w.indent(ind, node: n51, list: s50)
                }
                w.indent(ind, node: n48, list: s31)
            }
            let n52 = w.count
            if let v53 = k.swiftTypeViewModel_enumeration(e28) {
                let s54 = w.count
                w.write("\n" as StaticString)
                let n55 = w.count
                let v56 = k.swiftFileViewModel_hasNamespace(a0)
                if v56 {
                    let s57 = w.count
                    w.write("extension " as StaticString)
                    let n58 = w.count
                    if let v59 = k.swiftFileViewModel_namespace(a0) {
                        w.write(v59)
                    }
                    w.indent(ind, node: n58, list: s57)
                    let n60 = w.count
                    w.write(" {\n" as StaticString)
                    w.indent(ind, node: n60, list: s57)
                    let n61 = w.count
                    let v62 = k.swiftFileViewModel_indentMore(a0)
                    w.write(v62)
                    w.indent(ind, node: n61, list: s57)
                    let n63 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n63, list: s57)
                }
                w.indent(ind, node: n55, list: s54)
                let n64 = w.count
                partial2(&w, ind, k, a0, e28, v53)
                w.indent(ind, node: n64, list: s54)
                let n65 = w.count
                let v66 = k.swiftFileViewModel_hasNamespace(a0)
                if v66 {
                    let s67 = w.count
                    let v68 = k.swiftFileViewModel_indentLess(a0)
                    w.write(v68)
                    let n69 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n69, list: s67)
                    let n70 = w.count
                    w.write("}\n" as StaticString)
                    w.indent(ind, node: n70, list: s67)
                }
                w.indent(ind, node: n65, list: s54)
                let n71 = w.count
                let v72 = k.swiftFileViewModel_fastDecoders(a0)
                if v72 {
                    let s73 = w.count
                    w.write("\n" as StaticString)
                    let n74 = w.count
                    partial3(&w, ind, k, a0, e28, v53)
                    w.indent(ind, node: n74, list: s73)
                }
                w.indent(ind, node: n71, list: s54)
            }
            w.indent(ind, node: n52, list: s29)
            let n75 = w.count
            if let v76 = k.swiftTypeViewModel_flags(e28) {
                let s77 = w.count
                w.write("\n" as StaticString)
                let n78 = w.count
                let v79 = k.swiftFileViewModel_hasNamespace(a0)
                if v79 {
                    let s80 = w.count
                    w.write("extension " as StaticString)
                    let n81 = w.count
                    if let v82 = k.swiftFileViewModel_namespace(a0) {
                        w.write(v82)
                    }
                    w.indent(ind, node: n81, list: s80)
                    let n83 = w.count
                    w.write(" {\n" as StaticString)
                    w.indent(ind, node: n83, list: s80)
                    let n84 = w.count
                    let v85 = k.swiftFileViewModel_indentMore(a0)
                    w.write(v85)
                    w.indent(ind, node: n84, list: s80)
                    let n86 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n86, list: s80)
                }
                w.indent(ind, node: n78, list: s77)
                let n87 = w.count
                partial4(&w, ind, k, a0, e28, v76)
                w.indent(ind, node: n87, list: s77)
                let n88 = w.count
                let v89 = k.swiftFileViewModel_hasNamespace(a0)
                if v89 {
                    let s90 = w.count
                    let v91 = k.swiftFileViewModel_indentLess(a0)
                    w.write(v91)
                    let n92 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n92, list: s90)
                    let n93 = w.count
                    w.write("}\n" as StaticString)
                    w.indent(ind, node: n93, list: s90)
                }
                w.indent(ind, node: n88, list: s77)
            }
            w.indent(ind, node: n75, list: s29)
            let n94 = w.count
            if let v95 = k.swiftTypeViewModel_union(e28) {
                let s96 = w.count
                w.write("\n" as StaticString)
                let n97 = w.count
                let v98 = k.swiftFileViewModel_hasNamespace(a0)
                if v98 {
                    let s99 = w.count
                    w.write("extension " as StaticString)
                    let n100 = w.count
                    if let v101 = k.swiftFileViewModel_namespace(a0) {
                        w.write(v101)
                    }
                    w.indent(ind, node: n100, list: s99)
                    let n102 = w.count
                    w.write(" {\n" as StaticString)
                    w.indent(ind, node: n102, list: s99)
                    let n103 = w.count
                    let v104 = k.swiftFileViewModel_indentMore(a0)
                    w.write(v104)
                    w.indent(ind, node: n103, list: s99)
                    let n105 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n105, list: s99)
                }
                w.indent(ind, node: n97, list: s96)
                let n106 = w.count
                partial5(&w, ind, k, a0, e28, v95)
                w.indent(ind, node: n106, list: s96)
                let n107 = w.count
                let v108 = k.swiftFileViewModel_hasNamespace(a0)
                if v108 {
                    let s109 = w.count
                    let v110 = k.swiftFileViewModel_indentLess(a0)
                    w.write(v110)
                    let n111 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n111, list: s109)
                    let n112 = w.count
                    w.write("}\n" as StaticString)
                    w.indent(ind, node: n112, list: s109)
                }
                w.indent(ind, node: n107, list: s96)
                let n113 = w.count
                let v114 = k.swiftFileViewModel_fastDecoders(a0)
                if v114 {
                    let s115 = w.count
                    w.write("\n" as StaticString)
                    let n116 = w.count
                    partial6(&w, ind, k, a0, e28, v95)
                    w.indent(ind, node: n116, list: s115)
                }
                w.indent(ind, node: n113, list: s96)
            }
            w.indent(ind, node: n94, list: s29)
            let n117 = w.count
            if let v118 = k.swiftTypeViewModel_taggedUnion(e28) {
                let s119 = w.count
                w.write("\n" as StaticString)
                let n120 = w.count
                let v121 = k.swiftFileViewModel_hasNamespace(a0)
                if v121 {
                    let s122 = w.count
                    w.write("extension " as StaticString)
                    let n123 = w.count
                    if let v124 = k.swiftFileViewModel_namespace(a0) {
                        w.write(v124)
                    }
                    w.indent(ind, node: n123, list: s122)
                    let n125 = w.count
                    w.write(" {\n" as StaticString)
                    w.indent(ind, node: n125, list: s122)
                    let n126 = w.count
                    let v127 = k.swiftFileViewModel_indentMore(a0)
                    w.write(v127)
                    w.indent(ind, node: n126, list: s122)
                    let n128 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n128, list: s122)
                }
                w.indent(ind, node: n120, list: s119)
                let n129 = w.count
                partial7(&w, ind, k, a0, e28, v118)
                w.indent(ind, node: n129, list: s119)
                let n130 = w.count
                let v131 = k.swiftFileViewModel_hasNamespace(a0)
                if v131 {
                    let s132 = w.count
                    let v133 = k.swiftFileViewModel_indentLess(a0)
                    w.write(v133)
                    let n134 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n134, list: s132)
                    let n135 = w.count
                    w.write("}\n" as StaticString)
                    w.indent(ind, node: n135, list: s132)
                }
                w.indent(ind, node: n130, list: s119)
                let n136 = w.count
                let v137 = k.swiftFileViewModel_fastDecoders(a0)
                if v137 {
                    let s138 = w.count
                    w.write("\n" as StaticString)
                    let n139 = w.count
                    partial8(&w, ind, k, a0, e28, v118)
                    w.indent(ind, node: n139, list: s138)
                }
                w.indent(ind, node: n136, list: s119)
            }
            w.indent(ind, node: n117, list: s29)
            let n140 = w.count
            if let v141 = k.swiftTypeViewModel_events(e28) {
                let s142 = w.count
                w.write("\n" as StaticString)
                let n143 = w.count
                let v144 = k.swiftFileViewModel_hasNamespace(a0)
                if v144 {
                    let s145 = w.count
                    w.write("extension " as StaticString)
                    let n146 = w.count
                    if let v147 = k.swiftFileViewModel_namespace(a0) {
                        w.write(v147)
                    }
                    w.indent(ind, node: n146, list: s145)
                    let n148 = w.count
                    w.write(" {\n" as StaticString)
                    w.indent(ind, node: n148, list: s145)
                    let n149 = w.count
                    let v150 = k.swiftFileViewModel_indentMore(a0)
                    w.write(v150)
                    w.indent(ind, node: n149, list: s145)
                    let n151 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n151, list: s145)
                }
                w.indent(ind, node: n143, list: s142)
                let n152 = w.count
                partial9(&w, ind, k, a0, e28, v141)
                w.indent(ind, node: n152, list: s142)
                let n153 = w.count
                let v154 = k.swiftFileViewModel_hasNamespace(a0)
                if v154 {
                    let s155 = w.count
                    let v156 = k.swiftFileViewModel_indentLess(a0)
                    w.write(v156)
                    let n157 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n157, list: s155)
                    let n158 = w.count
                    w.write("}\n" as StaticString)
                    w.indent(ind, node: n158, list: s155)
                }
                w.indent(ind, node: n153, list: s142)
                let n159 = w.count
                let v160 = k.swiftFileViewModel_fastDecoders(a0)
                if v160 {
                    let s161 = w.count
                    w.write("\n" as StaticString)
                    let n162 = w.count
                    partial10(&w, ind, k, a0, e28, v141)
                    w.indent(ind, node: n162, list: s161)
                }
                w.indent(ind, node: n159, list: s142)
            }
            w.indent(ind, node: n140, list: s29)
            let n163 = w.count
            if let v164 = k.swiftTypeViewModel_opcodeEvents(e28) {
                let s165 = w.count
                w.write("\n" as StaticString)
                let n166 = w.count
                let v167 = k.swiftFileViewModel_hasNamespace(a0)
                if v167 {
                    let s168 = w.count
                    w.write("extension " as StaticString)
                    let n169 = w.count
                    if let v170 = k.swiftFileViewModel_namespace(a0) {
                        w.write(v170)
                    }
                    w.indent(ind, node: n169, list: s168)
                    let n171 = w.count
                    w.write(" {\n" as StaticString)
                    w.indent(ind, node: n171, list: s168)
                    let n172 = w.count
                    let v173 = k.swiftFileViewModel_indentMore(a0)
                    w.write(v173)
                    w.indent(ind, node: n172, list: s168)
                    let n174 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n174, list: s168)
                }
                w.indent(ind, node: n166, list: s165)
                let n175 = w.count
                partial11(&w, ind, k, a0, e28, v164)
                w.indent(ind, node: n175, list: s165)
                let n176 = w.count
                let v177 = k.swiftFileViewModel_hasNamespace(a0)
                if v177 {
                    let s178 = w.count
                    let v179 = k.swiftFileViewModel_indentLess(a0)
                    w.write(v179)
                    let n180 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n180, list: s178)
                    let n181 = w.count
                    w.write("}\n" as StaticString)
                    w.indent(ind, node: n181, list: s178)
                }
                w.indent(ind, node: n176, list: s165)
                let n182 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n182, list: s165)
                let n183 = w.count
                partial12(&w, ind, k, a0, e28, v164)
                w.indent(ind, node: n183, list: s165)
            }
            w.indent(ind, node: n163, list: s29)
        }
        w.indent(ind, node: n25, list: s1)
    }

    /// The partial `object`.
    private static func partial0(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: ObjectViewModel) {
        let s184 = w.count
        let n185 = w.count
        let v186 = k.objectViewModel_docLines(a2)
        for i187 in v186.indices {
            let e188 = v186[i187]
            let s189 = w.count
            w.write("/// " as StaticString)
            let n190 = w.count
            w.write(e188)
            w.indent(ind, node: n190, list: s189)
            let n191 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n191, list: s189)
        }
        w.indent(ind, node: n185, list: s184)
        let n192 = w.count
        let v193 = k.objectViewModel_access(a2)
        w.write(v193)
        w.indent(ind, node: n192, list: s184)
        let n194 = w.count
        w.write(" struct " as StaticString)
        w.indent(ind, node: n194, list: s184)
        let n195 = w.count
        let v196 = k.objectViewModel_name(a2)
        w.write(v196)
        w.indent(ind, node: n195, list: s184)
        let n197 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n197, list: s184)
        let n198 = w.count
        let v199 = k.objectViewModel_properties(a2)
        for i200 in v199.indices {
            let e201 = v199[i200]
            let s202 = w.count
            let v203 = k.propertyViewModel_summaryLines(e201)
            for i204 in v203.indices {
                let e205 = v203[i204]
                let s206 = w.count
                w.write("    /// " as StaticString)
                let n207 = w.count
                w.write(e205)
                w.indent(ind, node: n207, list: s206)
                let n208 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n208, list: s206)
            }
            let n209 = w.count
            let v210 = k.propertyViewModel_hasSummary(e201)
            if v210 {
                w.write("    ///\n" as StaticString)
            }
            w.indent(ind, node: n209, list: s202)
            let n211 = w.count
            w.write("    /// JSON key `" as StaticString)
            w.indent(ind, node: n211, list: s202)
            let n212 = w.count
            let v213 = k.propertyViewModel_jsonName(e201)
            w.write(v213)
            w.indent(ind, node: n212, list: s202)
            let n214 = w.count
            w.write("`, " as StaticString)
            w.indent(ind, node: n214, list: s202)
            let n215 = w.count
            let v216 = k.propertyViewModel_isRequired(e201)
            if v216 {
                let s217 = w.count
                w.write("always present" as StaticString)
                let n218 = w.count
                let v219 = k.propertyViewModel_isNullable(e201)
                if v219 {
                    w.write(", may be null" as StaticString)
                }
                w.indent(ind, node: n218, list: s217)
            }
            w.indent(ind, node: n215, list: s202)
            let n220 = w.count
            let v221 = k.propertyViewModel_isRequired(e201)
            if !v221 {
                let s222 = w.count
                w.write("may be absent" as StaticString)
                let n223 = w.count
                let v224 = k.propertyViewModel_isNullable(e201)
                if v224 {
                    w.write(" or null" as StaticString)
                }
                w.indent(ind, node: n223, list: s222)
            }
            w.indent(ind, node: n220, list: s202)
            let n225 = w.count
            let v226 = k.propertyViewModel_hasConstant(e201)
            if v226 {
                let s227 = w.count
                w.write("; documented value `" as StaticString)
                let n228 = w.count
                if let v229 = k.propertyViewModel_constant(e201) {
                    w.write(v229)
                }
                w.indent(ind, node: n228, list: s227)
                let n230 = w.count
                w.write("`" as StaticString)
                w.indent(ind, node: n230, list: s227)
            }
            w.indent(ind, node: n225, list: s202)
            let n231 = w.count
            w.write("." as StaticString)
            w.indent(ind, node: n231, list: s202)
            let n232 = w.count
            let v233 = k.propertyViewModel_fromNote(e201)
            if !v233.isEmpty {
                let s234 = w.count
                w.write(" " as StaticString)
                let n235 = w.count
                w.write(v233)
                w.indent(ind, node: n235, list: s234)
            }
            w.indent(ind, node: n232, list: s202)
            let n236 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n236, list: s202)
            let n237 = w.count
            let v238 = k.propertyViewModel_isIndirect(e201)
            if v238 {
                let s239 = w.count
                w.write("    " as StaticString)
                let n240 = w.count
                let v241 = k.objectViewModel_access(a2)
                w.write(v241)
                w.indent(ind, node: n240, list: s239)
                let n242 = w.count
                w.write(" var " as StaticString)
                w.indent(ind, node: n242, list: s239)
                let n243 = w.count
                let v244 = k.propertyViewModel_name(e201)
                w.write(v244)
                w.indent(ind, node: n243, list: s239)
                let n245 = w.count
                w.write(": " as StaticString)
                w.indent(ind, node: n245, list: s239)
                let n246 = w.count
                let v247 = k.propertyViewModel_baseType(e201)
                w.write(v247)
                w.indent(ind, node: n246, list: s239)
                let n248 = w.count
                let v249 = k.propertyViewModel_isOptional(e201)
                if v249 {
                    w.write("?" as StaticString)
                }
                w.indent(ind, node: n248, list: s239)
                let n250 = w.count
                w.write(" {\n" as StaticString)
                w.indent(ind, node: n250, list: s239)
                let n251 = w.count
                w.write("        get { " as StaticString)
                w.indent(ind, node: n251, list: s239)
                let n252 = w.count
                let v253 = k.propertyViewModel_storageName(e201)
                w.write(v253)
                w.indent(ind, node: n252, list: s239)
                let n254 = w.count
                let v255 = k.propertyViewModel_isOptional(e201)
                if v255 {
                    w.write("?" as StaticString)
                }
                w.indent(ind, node: n254, list: s239)
                let n256 = w.count
                w.write(".value }\n" as StaticString)
                w.indent(ind, node: n256, list: s239)
                let n257 = w.count
                w.write("        set { " as StaticString)
                w.indent(ind, node: n257, list: s239)
                let n258 = w.count
                let v259 = k.propertyViewModel_storageName(e201)
                w.write(v259)
                w.indent(ind, node: n258, list: s239)
                let n260 = w.count
                w.write(" = " as StaticString)
                w.indent(ind, node: n260, list: s239)
                let n261 = w.count
                let v262 = k.propertyViewModel_isOptional(e201)
                if v262 {
                    let s263 = w.count
                    w.write("newValue.map { " as StaticString)
                    let n264 = w.count
                    let v265 = k.objectViewModel_runtime(a2)
                    w.write(v265)
                    w.indent(ind, node: n264, list: s263)
                    let n266 = w.count
                    w.write(".Indirect($0) }" as StaticString)
                    w.indent(ind, node: n266, list: s263)
                }
                w.indent(ind, node: n261, list: s239)
                let n267 = w.count
                let v268 = k.propertyViewModel_isOptional(e201)
                if !v268 {
                    let s269 = w.count
                    let v270 = k.objectViewModel_runtime(a2)
                    w.write(v270)
                    let n271 = w.count
                    w.write(".Indirect(newValue)" as StaticString)
                    w.indent(ind, node: n271, list: s269)
                }
                w.indent(ind, node: n267, list: s239)
                let n272 = w.count
                w.write(" }\n" as StaticString)
                w.indent(ind, node: n272, list: s239)
                let n273 = w.count
                w.write("    }\n" as StaticString)
                w.indent(ind, node: n273, list: s239)
                let n274 = w.count
                w.write("    private var " as StaticString)
                w.indent(ind, node: n274, list: s239)
                let n275 = w.count
                let v276 = k.propertyViewModel_storageName(e201)
                w.write(v276)
                w.indent(ind, node: n275, list: s239)
                let n277 = w.count
                w.write(": " as StaticString)
                w.indent(ind, node: n277, list: s239)
                let n278 = w.count
                let v279 = k.objectViewModel_runtime(a2)
                w.write(v279)
                w.indent(ind, node: n278, list: s239)
                let n280 = w.count
                w.write(".Indirect<" as StaticString)
                w.indent(ind, node: n280, list: s239)
                let n281 = w.count
                let v282 = k.propertyViewModel_baseType(e201)
                w.write(v282)
                w.indent(ind, node: n281, list: s239)
                let n283 = w.count
                w.write(">" as StaticString)
                w.indent(ind, node: n283, list: s239)
                let n284 = w.count
                let v285 = k.propertyViewModel_isOptional(e201)
                if v285 {
                    w.write("?" as StaticString)
                }
                w.indent(ind, node: n284, list: s239)
                let n286 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n286, list: s239)
            }
            w.indent(ind, node: n237, list: s202)
            let n287 = w.count
            let v288 = k.propertyViewModel_isIndirect(e201)
            if !v288 {
                let s289 = w.count
                w.write("    " as StaticString)
                let n290 = w.count
                let v291 = k.objectViewModel_access(a2)
                w.write(v291)
                w.indent(ind, node: n290, list: s289)
                let n292 = w.count
                w.write(" var " as StaticString)
                w.indent(ind, node: n292, list: s289)
                let n293 = w.count
                let v294 = k.propertyViewModel_name(e201)
                w.write(v294)
                w.indent(ind, node: n293, list: s289)
                let n295 = w.count
                w.write(": " as StaticString)
                w.indent(ind, node: n295, list: s289)
                let n296 = w.count
                let v297 = k.propertyViewModel_baseType(e201)
                w.write(v297)
                w.indent(ind, node: n296, list: s289)
                let n298 = w.count
                let v299 = k.propertyViewModel_isOptional(e201)
                if v299 {
                    w.write("?" as StaticString)
                }
                w.indent(ind, node: n298, list: s289)
                let n300 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n300, list: s289)
            }
            w.indent(ind, node: n287, list: s202)
            let n301 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n301, list: s202)
        }
        w.indent(ind, node: n198, list: s184)
        let n302 = w.count
        if let v303 = k.objectViewModel_variant(a2) {
            let s304 = w.count
            let v305 = k.variantViewModel_docLines(v303)
            for i306 in v305.indices {
                let e307 = v305[i306]
                let s308 = w.count
                w.write("    /// " as StaticString)
                let n309 = w.count
                w.write(e307)
                w.indent(ind, node: n309, list: s308)
                let n310 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n310, list: s308)
            }
            let n311 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n311, list: s304)
            let n312 = w.count
            let v313 = k.objectViewModel_access(a2)
            w.write(v313)
            w.indent(ind, node: n312, list: s304)
            let n314 = w.count
            w.write(" var " as StaticString)
            w.indent(ind, node: n314, list: s304)
            let n315 = w.count
            let v316 = k.variantViewModel_propertyName(v303)
            w.write(v316)
            w.indent(ind, node: n315, list: s304)
            let n317 = w.count
            w.write(": " as StaticString)
            w.indent(ind, node: n317, list: s304)
            let n318 = w.count
            let v319 = k.variantViewModel_enumName(v303)
            w.write(v319)
            w.indent(ind, node: n318, list: s304)
            let n320 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n320, list: s304)
            let n321 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n321, list: s304)
        }
        w.indent(ind, node: n302, list: s184)
        let n322 = w.count
        w.write("    /// Creates a value from its fields.\n" as StaticString)
        w.indent(ind, node: n322, list: s184)
        let n323 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n323, list: s184)
        let n324 = w.count
        let v325 = k.objectViewModel_access(a2)
        w.write(v325)
        w.indent(ind, node: n324, list: s184)
        let n326 = w.count
        w.write(" init(\n" as StaticString)
        w.indent(ind, node: n326, list: s184)
        let n327 = w.count
        let v328 = k.objectViewModel_properties(a2)
        for i329 in v328.indices {
            let e330 = v328[i329]
            let s331 = w.count
            w.write("        " as StaticString)
            let n332 = w.count
            let v333 = k.propertyViewModel_name(e330)
            w.write(v333)
            w.indent(ind, node: n332, list: s331)
            let n334 = w.count
            w.write(": " as StaticString)
            w.indent(ind, node: n334, list: s331)
            let n335 = w.count
            let v336 = k.propertyViewModel_baseType(e330)
            w.write(v336)
            w.indent(ind, node: n335, list: s331)
            let n337 = w.count
            let v338 = k.propertyViewModel_isOptional(e330)
            if v338 {
                w.write("? = nil" as StaticString)
            }
            w.indent(ind, node: n337, list: s331)
            let n339 = w.count
            let v340 = k.propertyViewModel_isLastParameter(e330)
            if !v340 {
                w.write("," as StaticString)
            }
            w.indent(ind, node: n339, list: s331)
            let n341 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n341, list: s331)
        }
        w.indent(ind, node: n327, list: s184)
        let n342 = w.count
        if let v343 = k.objectViewModel_variant(a2) {
            let s344 = w.count
            w.write("        " as StaticString)
            let n345 = w.count
            let v346 = k.variantViewModel_propertyName(v343)
            w.write(v346)
            w.indent(ind, node: n345, list: s344)
            let n347 = w.count
            w.write(": " as StaticString)
            w.indent(ind, node: n347, list: s344)
            let n348 = w.count
            let v349 = k.variantViewModel_enumName(v343)
            w.write(v349)
            w.indent(ind, node: n348, list: s344)
            let n350 = w.count
            w.write(" = ." as StaticString)
            w.indent(ind, node: n350, list: s344)
            let n351 = w.count
            let v352 = k.variantViewModel_otherCaseName(v343)
            w.write(v352)
            w.indent(ind, node: n351, list: s344)
            let n353 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n353, list: s344)
        }
        w.indent(ind, node: n342, list: s184)
        let n354 = w.count
        w.write("    ) {\n" as StaticString)
        w.indent(ind, node: n354, list: s184)
        let n355 = w.count
        let v356 = k.objectViewModel_properties(a2)
        for i357 in v356.indices {
            let e358 = v356[i357]
            let s359 = w.count
            let v360 = k.propertyViewModel_isIndirect(e358)
            if v360 {
                let s361 = w.count
                w.write("        self." as StaticString)
                let n362 = w.count
                let v363 = k.propertyViewModel_storageName(e358)
                w.write(v363)
                w.indent(ind, node: n362, list: s361)
                let n364 = w.count
                w.write(" = " as StaticString)
                w.indent(ind, node: n364, list: s361)
                let n365 = w.count
                let v366 = k.propertyViewModel_isOptional(e358)
                if v366 {
                    let s367 = w.count
                    let v368 = k.propertyViewModel_name(e358)
                    w.write(v368)
                    let n369 = w.count
                    w.write(".map { " as StaticString)
                    w.indent(ind, node: n369, list: s367)
                    let n370 = w.count
                    let v371 = k.objectViewModel_runtime(a2)
                    w.write(v371)
                    w.indent(ind, node: n370, list: s367)
                    let n372 = w.count
                    w.write(".Indirect($0) }" as StaticString)
                    w.indent(ind, node: n372, list: s367)
                }
                w.indent(ind, node: n365, list: s361)
                let n373 = w.count
                let v374 = k.propertyViewModel_isOptional(e358)
                if !v374 {
                    let s375 = w.count
                    let v376 = k.objectViewModel_runtime(a2)
                    w.write(v376)
                    let n377 = w.count
                    w.write(".Indirect(" as StaticString)
                    w.indent(ind, node: n377, list: s375)
                    let n378 = w.count
                    let v379 = k.propertyViewModel_name(e358)
                    w.write(v379)
                    w.indent(ind, node: n378, list: s375)
                    let n380 = w.count
                    w.write(")" as StaticString)
                    w.indent(ind, node: n380, list: s375)
                }
                w.indent(ind, node: n373, list: s361)
                let n381 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n381, list: s361)
            }
            let n382 = w.count
            let v383 = k.propertyViewModel_isIndirect(e358)
            if !v383 {
                let s384 = w.count
                w.write("        self." as StaticString)
                let n385 = w.count
                let v386 = k.propertyViewModel_name(e358)
                w.write(v386)
                w.indent(ind, node: n385, list: s384)
                let n387 = w.count
                w.write(" = " as StaticString)
                w.indent(ind, node: n387, list: s384)
                let n388 = w.count
                let v389 = k.propertyViewModel_name(e358)
                w.write(v389)
                w.indent(ind, node: n388, list: s384)
                let n390 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n390, list: s384)
            }
            w.indent(ind, node: n382, list: s359)
        }
        w.indent(ind, node: n355, list: s184)
        let n391 = w.count
        if let v392 = k.objectViewModel_variant(a2) {
            let s393 = w.count
            w.write("        self." as StaticString)
            let n394 = w.count
            let v395 = k.variantViewModel_propertyName(v392)
            w.write(v395)
            w.indent(ind, node: n394, list: s393)
            let n396 = w.count
            w.write(" = " as StaticString)
            w.indent(ind, node: n396, list: s393)
            let n397 = w.count
            let v398 = k.variantViewModel_propertyName(v392)
            w.write(v398)
            w.indent(ind, node: n397, list: s393)
            let n399 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n399, list: s393)
        }
        w.indent(ind, node: n391, list: s184)
        let n400 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n400, list: s184)
        let n401 = w.count
        partial13(&w, ind, k, a0, a1, a2)
        w.indent(ind, node: n401, list: s184)
        let n402 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n402, list: s184)
        let n403 = w.count
        if let v404 = k.objectViewModel_variant(a2) {
            let s405 = w.count
            w.write("\n" as StaticString)
            let n406 = w.count
            let v407 = k.variantViewModel_enumDocLines(v404)
            for i408 in v407.indices {
                let e409 = v407[i408]
                let s410 = w.count
                w.write("/// " as StaticString)
                let n411 = w.count
                w.write(e409)
                w.indent(ind, node: n411, list: s410)
                let n412 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n412, list: s410)
            }
            w.indent(ind, node: n406, list: s405)
            let n413 = w.count
            let v414 = k.objectViewModel_access(a2)
            w.write(v414)
            w.indent(ind, node: n413, list: s405)
            let n415 = w.count
            w.write(" " as StaticString)
            w.indent(ind, node: n415, list: s405)
            let n416 = w.count
            let v417 = k.variantViewModel_isIndirect(v404)
            if v417 {
                w.write("indirect " as StaticString)
            }
            w.indent(ind, node: n416, list: s405)
            let n418 = w.count
            w.write("enum " as StaticString)
            w.indent(ind, node: n418, list: s405)
            let n419 = w.count
            let v420 = k.variantViewModel_enumName(v404)
            w.write(v420)
            w.indent(ind, node: n419, list: s405)
            let n421 = w.count
            w.write(": Swift.Hashable, Swift.Sendable {\n" as StaticString)
            w.indent(ind, node: n421, list: s405)
            let n422 = w.count
            let v423 = k.variantViewModel_cases(v404)
            for i424 in v423.indices {
                let e425 = v423[i424]
                let s426 = w.count
                let v427 = k.variantCaseViewModel_docLines(e425)
                for i428 in v427.indices {
                    let e429 = v427[i428]
                    let s430 = w.count
                    w.write("    /// " as StaticString)
                    let n431 = w.count
                    w.write(e429)
                    w.indent(ind, node: n431, list: s430)
                    let n432 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n432, list: s430)
                }
                let n433 = w.count
                w.write("    case " as StaticString)
                w.indent(ind, node: n433, list: s426)
                let n434 = w.count
                let v435 = k.variantCaseViewModel_caseName(e425)
                w.write(v435)
                w.indent(ind, node: n434, list: s426)
                let n436 = w.count
                w.write("(" as StaticString)
                w.indent(ind, node: n436, list: s426)
                let n437 = w.count
                let v438 = k.variantCaseViewModel_typeName(e425)
                w.write(v438)
                w.indent(ind, node: n437, list: s426)
                let n439 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n439, list: s426)
            }
            w.indent(ind, node: n422, list: s405)
            let n440 = w.count
            let v441 = k.variantViewModel_otherDocLines(v404)
            for i442 in v441.indices {
                let e443 = v441[i442]
                let s444 = w.count
                w.write("    /// " as StaticString)
                let n445 = w.count
                w.write(e443)
                w.indent(ind, node: n445, list: s444)
                let n446 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n446, list: s444)
            }
            w.indent(ind, node: n440, list: s405)
            let n447 = w.count
            w.write("    case " as StaticString)
            w.indent(ind, node: n447, list: s405)
            let n448 = w.count
            let v449 = k.variantViewModel_otherCaseName(v404)
            w.write(v449)
            w.indent(ind, node: n448, list: s405)
            let n450 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n450, list: s405)
            let n451 = w.count
            w.write("}\n" as StaticString)
            w.indent(ind, node: n451, list: s405)
        }
        w.indent(ind, node: n403, list: s184)
    }

    /// The partial `object-json`.
    private static func partial1(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: ObjectViewModel) {
        let s452 = w.count
        let n453 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n453, list: s452)
        let n454 = w.count
        let v455 = k.objectViewModel_qualifiedName(a2)
        w.write(v455)
        w.indent(ind, node: n454, list: s452)
        let n456 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n456, list: s452)
        let n457 = w.count
        let v458 = k.objectViewModel_runtime(a2)
        w.write(v458)
        w.indent(ind, node: n457, list: s452)
        let n459 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n459, list: s452)
        let n460 = w.count
        w.write("    /// Decodes a value from JSON in one pass over the bytes, without `JSONDecod" as StaticString)
        w.write("er`: the result equals\n" as StaticString)
        w.indent(ind, node: n460, list: s452)
        let n461 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n461, list: s452)
        let n462 = w.count
        let v463 = k.objectViewModel_name(a2)
        w.write(v463)
        w.indent(ind, node: n462, list: s452)
        let n464 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n464, list: s452)
        let n465 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n465, list: s452)
        let n466 = w.count
        let v467 = k.objectViewModel_access(a2)
        w.write(v467)
        w.indent(ind, node: n466, list: s452)
        let n468 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n468, list: s452)
        let n469 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n469, list: s452)
        let n470 = w.count
        let v471 = k.objectViewModel_runtime(a2)
        w.write(v471)
        w.indent(ind, node: n470, list: s452)
        let n472 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n472, list: s452)
        let n473 = w.count
        let v474 = k.objectViewModel_qualifiedName(a2)
        w.write(v474)
        w.indent(ind, node: n473, list: s452)
        let n475 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n475, list: s452)
        let n476 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n476, list: s452)
        let n477 = w.count
        let v478 = k.objectViewModel_hasProperties(a2)
        if v478 {
            let s479 = w.count
            w.write("\n" as StaticString)
            let n480 = w.count
            w.write("    private static let _specgenJSONKeys = " as StaticString)
            w.indent(ind, node: n480, list: s479)
            let n481 = w.count
            let v482 = k.objectViewModel_runtime(a2)
            w.write(v482)
            w.indent(ind, node: n481, list: s479)
            let n483 = w.count
            w.write(".JSONKeyTable([" as StaticString)
            w.indent(ind, node: n483, list: s479)
            let n484 = w.count
            let v485 = k.objectViewModel_properties(a2)
            for i486 in v485.indices {
                let e487 = v485[i486]
                let s488 = w.count
                w.write("\"" as StaticString)
                let n489 = w.count
                let v490 = k.propertyViewModel_jsonKey(e487)
                w.write(v490)
                w.indent(ind, node: n489, list: s488)
                let n491 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n491, list: s488)
                let n492 = w.count
                let v493 = i486 == v485.count - 1
                if !v493 {
                    w.write(", " as StaticString)
                }
                w.indent(ind, node: n492, list: s488)
            }
            w.indent(ind, node: n484, list: s479)
            let n494 = w.count
            w.write("])\n" as StaticString)
            w.indent(ind, node: n494, list: s479)
        }
        w.indent(ind, node: n477, list: s452)
        let n495 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n495, list: s452)
        let n496 = w.count
        w.write("    /// Reads a value at the reader's position; `init(json:)` and the types that" as StaticString)
        w.write(" contain this one use it.\n" as StaticString)
        w.indent(ind, node: n496, list: s452)
        let n497 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n497, list: s452)
        let n498 = w.count
        let v499 = k.objectViewModel_access(a2)
        w.write(v499)
        w.indent(ind, node: n498, list: s452)
        let n500 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n500, list: s452)
        let n501 = w.count
        let v502 = k.objectViewModel_runtime(a2)
        w.write(v502)
        w.indent(ind, node: n501, list: s452)
        let n503 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n503, list: s452)
        let n504 = w.count
        if k.objectViewModel_variant(a2) != nil {
            w.write("        let start = reader\n" as StaticString)
        }
        w.indent(ind, node: n504, list: s452)
        let n506 = w.count
        let v507 = k.objectViewModel_properties(a2)
        for i508 in v507.indices {
            let e509 = v507[i508]
            let s510 = w.count
            let v511 = k.propertyViewModel_isFastDecodable(e509)
            if v511 {
                let s512 = w.count
                w.write("        var v" as StaticString)
                let n513 = w.count
                let v514 = k.propertyViewModel_index(e509)
                w.write(v514)
                w.indent(ind, node: n513, list: s512)
                let n515 = w.count
                w.write(": " as StaticString)
                w.indent(ind, node: n515, list: s512)
                let n516 = w.count
                let v517 = k.propertyViewModel_baseType(e509)
                w.write(v517)
                w.indent(ind, node: n516, list: s512)
                let n518 = w.count
                w.write("? = nil\n" as StaticString)
                w.indent(ind, node: n518, list: s512)
                let n519 = w.count
                let v520 = k.propertyViewModel_isOptional(e509)
                if v520 {
                    let s521 = w.count
                    w.write("        var s" as StaticString)
                    let n522 = w.count
                    let v523 = k.propertyViewModel_index(e509)
                    w.write(v523)
                    w.indent(ind, node: n522, list: s521)
                    let n524 = w.count
                    w.write(" = false\n" as StaticString)
                    w.indent(ind, node: n524, list: s521)
                }
                w.indent(ind, node: n519, list: s512)
            }
            let n525 = w.count
            let v526 = k.propertyViewModel_isFastDecodable(e509)
            if !v526 {
                let s527 = w.count
                w.write("        let v" as StaticString)
                let n528 = w.count
                let v529 = k.propertyViewModel_index(e509)
                w.write(v529)
                w.indent(ind, node: n528, list: s527)
                let n530 = w.count
                w.write(": " as StaticString)
                w.indent(ind, node: n530, list: s527)
                let n531 = w.count
                let v532 = k.propertyViewModel_baseType(e509)
                w.write(v532)
                w.indent(ind, node: n531, list: s527)
                let n533 = w.count
                w.write("? = nil\n" as StaticString)
                w.indent(ind, node: n533, list: s527)
            }
            w.indent(ind, node: n525, list: s510)
        }
        w.indent(ind, node: n506, list: s452)
        let n534 = w.count
        w.write("        var object = try reader.beginObject()\n" as StaticString)
        w.indent(ind, node: n534, list: s452)
        let n535 = w.count
        let v536 = k.objectViewModel_hasProperties(a2)
        if v536 {
            let s537 = w.count
            w.write("        while let key = try reader.nextKey(&object, " as StaticString)
            let n538 = w.count
            let v539 = k.objectViewModel_qualifiedName(a2)
            w.write(v539)
            w.indent(ind, node: n538, list: s537)
            let n540 = w.count
            w.write("._specgenJSONKeys) {\n" as StaticString)
            w.indent(ind, node: n540, list: s537)
            let n541 = w.count
            w.write("            switch key {\n" as StaticString)
            w.indent(ind, node: n541, list: s537)
            let n542 = w.count
            let v543 = k.objectViewModel_properties(a2)
            for i544 in v543.indices {
                let e545 = v543[i544]
                let s546 = w.count
                w.write("            " as StaticString)
                let n547 = w.count
                partial14(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, e545)
                w.indent(ind, node: n547, list: s546)
            }
            w.indent(ind, node: n542, list: s537)
            let n548 = w.count
            w.write("            default: try reader.skipValue()\n" as StaticString)
            w.indent(ind, node: n548, list: s537)
            let n549 = w.count
            w.write("            }\n" as StaticString)
            w.indent(ind, node: n549, list: s537)
            let n550 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n550, list: s537)
        }
        w.indent(ind, node: n535, list: s452)
        let n551 = w.count
        let v552 = k.objectViewModel_hasProperties(a2)
        if !v552 {
            let s553 = w.count
            w.write("        while try reader.nextKeyString(&object) != nil {\n" as StaticString)
            let n554 = w.count
            w.write("            try reader.skipValue()\n" as StaticString)
            w.indent(ind, node: n554, list: s553)
            let n555 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n555, list: s553)
        }
        w.indent(ind, node: n551, list: s452)
        let n556 = w.count
        let v557 = k.objectViewModel_properties(a2)
        for i558 in v557.indices {
            let e559 = v557[i558]
            let s560 = w.count
            w.write("    " as StaticString)
            let n561 = w.count
            partial15(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, e559)
            w.indent(ind, node: n561, list: s560)
        }
        w.indent(ind, node: n556, list: s452)
        let n562 = w.count
        if let v563 = k.objectViewModel_variant(a2) {
            let s564 = w.count
            w.write("        switch self." as StaticString)
            let n565 = w.count
            let v566 = k.variantViewModel_discriminatorName(v563)
            w.write(v566)
            w.indent(ind, node: n565, list: s564)
            let n567 = w.count
            w.write(" {\n" as StaticString)
            w.indent(ind, node: n567, list: s564)
            let n568 = w.count
            let v569 = k.variantViewModel_cases(v563)
            for i570 in v569.indices {
                let e571 = v569[i570]
                let s572 = w.count
                w.write("        case ." as StaticString)
                let n573 = w.count
                let v574 = k.variantCaseViewModel_caseName(e571)
                w.write(v574)
                w.indent(ind, node: n573, list: s572)
                let n575 = w.count
                w.write(":\n" as StaticString)
                w.indent(ind, node: n575, list: s572)
                let n576 = w.count
                w.write("            var fields = start\n" as StaticString)
                w.indent(ind, node: n576, list: s572)
                let n577 = w.count
                w.write("            self." as StaticString)
                w.indent(ind, node: n577, list: s572)
                let n578 = w.count
                let v579 = k.variantViewModel_propertyName(v563)
                w.write(v579)
                w.indent(ind, node: n578, list: s572)
                let n580 = w.count
                w.write(" = ." as StaticString)
                w.indent(ind, node: n580, list: s572)
                let n581 = w.count
                let v582 = k.variantCaseViewModel_caseName(e571)
                w.write(v582)
                w.indent(ind, node: n581, list: s572)
                let n583 = w.count
                w.write("(try " as StaticString)
                w.indent(ind, node: n583, list: s572)
                let n584 = w.count
                let v585 = k.variantCaseViewModel_typeName(e571)
                w.write(v585)
                w.indent(ind, node: n584, list: s572)
                let n586 = w.count
                w.write("(jsonReader: &fields))\n" as StaticString)
                w.indent(ind, node: n586, list: s572)
            }
            w.indent(ind, node: n568, list: s564)
            let n587 = w.count
            w.write("        default: self." as StaticString)
            w.indent(ind, node: n587, list: s564)
            let n588 = w.count
            let v589 = k.variantViewModel_propertyName(v563)
            w.write(v589)
            w.indent(ind, node: n588, list: s564)
            let n590 = w.count
            w.write(" = ." as StaticString)
            w.indent(ind, node: n590, list: s564)
            let n591 = w.count
            let v592 = k.variantViewModel_otherCaseName(v563)
            w.write(v592)
            w.indent(ind, node: n591, list: s564)
            let n593 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n593, list: s564)
            let n594 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n594, list: s564)
        }
        w.indent(ind, node: n562, list: s452)
        let n595 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n595, list: s452)
        let n596 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n596, list: s452)
    }

    /// The partial `enum`.
    private static func partial2(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: EnumViewModel) {
        let s597 = w.count
        let n598 = w.count
        let v599 = k.enumViewModel_docLines(a2)
        for i600 in v599.indices {
            let e601 = v599[i600]
            let s602 = w.count
            w.write("/// " as StaticString)
            let n603 = w.count
            w.write(e601)
            w.indent(ind, node: n603, list: s602)
            let n604 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n604, list: s602)
        }
        w.indent(ind, node: n598, list: s597)
        let n605 = w.count
        let v606 = k.enumViewModel_access(a2)
        w.write(v606)
        w.indent(ind, node: n605, list: s597)
        let n607 = w.count
        w.write(" enum " as StaticString)
        w.indent(ind, node: n607, list: s597)
        let n608 = w.count
        let v609 = k.enumViewModel_name(a2)
        w.write(v609)
        w.indent(ind, node: n608, list: s597)
        let n610 = w.count
        w.write(": Swift.RawRepresentable, Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n610, list: s597)
        let n611 = w.count
        let v612 = k.enumViewModel_cases(a2)
        for i613 in v612.indices {
            let e614 = v612[i613]
            let s615 = w.count
            let v616 = k.enumCaseViewModel_summaryLines(e614)
            for i617 in v616.indices {
                let e618 = v616[i617]
                let s619 = w.count
                w.write("    /// " as StaticString)
                let n620 = w.count
                w.write(e618)
                w.indent(ind, node: n620, list: s619)
                let n621 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n621, list: s619)
            }
            let n622 = w.count
            let v623 = k.enumCaseViewModel_hasSummary(e614)
            if v623 {
                w.write("    ///\n" as StaticString)
            }
            w.indent(ind, node: n622, list: s615)
            let n624 = w.count
            w.write("    /// `" as StaticString)
            w.indent(ind, node: n624, list: s615)
            let n625 = w.count
            let v626 = k.enumCaseViewModel_value(e614)
            w.write(v626)
            w.indent(ind, node: n625, list: s615)
            let n627 = w.count
            w.write("`\n" as StaticString)
            w.indent(ind, node: n627, list: s615)
            let n628 = w.count
            w.write("    case " as StaticString)
            w.indent(ind, node: n628, list: s615)
            let n629 = w.count
            let v630 = k.enumCaseViewModel_name(e614)
            w.write(v630)
            w.indent(ind, node: n629, list: s615)
            let n631 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n631, list: s615)
        }
        w.indent(ind, node: n611, list: s597)
        let n632 = w.count
        w.write("    /// A value the docs do not list, kept as received.\n" as StaticString)
        w.indent(ind, node: n632, list: s597)
        let n633 = w.count
        w.write("    case " as StaticString)
        w.indent(ind, node: n633, list: s597)
        let n634 = w.count
        let v635 = k.enumViewModel_unknownCaseName(a2)
        w.write(v635)
        w.indent(ind, node: n634, list: s597)
        let n636 = w.count
        w.write("(" as StaticString)
        w.indent(ind, node: n636, list: s597)
        let n637 = w.count
        let v638 = k.enumViewModel_rawType(a2)
        w.write(v638)
        w.indent(ind, node: n637, list: s597)
        let n639 = w.count
        w.write(")\n" as StaticString)
        w.indent(ind, node: n639, list: s597)
        let n640 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n640, list: s597)
        let n641 = w.count
        w.write("    /// The documented values, in the order the docs list them.\n" as StaticString)
        w.indent(ind, node: n641, list: s597)
        let n642 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n642, list: s597)
        let n643 = w.count
        let v644 = k.enumViewModel_access(a2)
        w.write(v644)
        w.indent(ind, node: n643, list: s597)
        let n645 = w.count
        w.write(" static let knownCases: [" as StaticString)
        w.indent(ind, node: n645, list: s597)
        let n646 = w.count
        let v647 = k.enumViewModel_name(a2)
        w.write(v647)
        w.indent(ind, node: n646, list: s597)
        let n648 = w.count
        w.write("] = [\n" as StaticString)
        w.indent(ind, node: n648, list: s597)
        let n649 = w.count
        let v650 = k.enumViewModel_cases(a2)
        for i651 in v650.indices {
            let e652 = v650[i651]
            let s653 = w.count
            w.write("        ." as StaticString)
            let n654 = w.count
            let v655 = k.enumCaseViewModel_name(e652)
            w.write(v655)
            w.indent(ind, node: n654, list: s653)
            let n656 = w.count
            let v657 = i651 == v650.count - 1
            if !v657 {
                w.write("," as StaticString)
            }
            w.indent(ind, node: n656, list: s653)
            let n658 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n658, list: s653)
        }
        w.indent(ind, node: n649, list: s597)
        let n659 = w.count
        w.write("    ]\n" as StaticString)
        w.indent(ind, node: n659, list: s597)
        let n660 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n660, list: s597)
        let n661 = w.count
        w.write("    /// Makes the case for a value; values the docs do not list become `." as StaticString)
        w.indent(ind, node: n661, list: s597)
        let n662 = w.count
        let v663 = k.enumViewModel_unknownCaseName(a2)
        w.write(v663)
        w.indent(ind, node: n662, list: s597)
        let n664 = w.count
        w.write("`.\n" as StaticString)
        w.indent(ind, node: n664, list: s597)
        let n665 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n665, list: s597)
        let n666 = w.count
        let v667 = k.enumViewModel_access(a2)
        w.write(v667)
        w.indent(ind, node: n666, list: s597)
        let n668 = w.count
        w.write(" init(rawValue: " as StaticString)
        w.indent(ind, node: n668, list: s597)
        let n669 = w.count
        let v670 = k.enumViewModel_rawType(a2)
        w.write(v670)
        w.indent(ind, node: n669, list: s597)
        let n671 = w.count
        w.write(") {\n" as StaticString)
        w.indent(ind, node: n671, list: s597)
        let n672 = w.count
        w.write("        switch rawValue {\n" as StaticString)
        w.indent(ind, node: n672, list: s597)
        let n673 = w.count
        let v674 = k.enumViewModel_cases(a2)
        for i675 in v674.indices {
            let e676 = v674[i675]
            let s677 = w.count
            w.write("        case " as StaticString)
            let n678 = w.count
            let v679 = k.enumCaseViewModel_isInteger(e676)
            if v679 {
                let v680 = k.enumCaseViewModel_rawValue(e676)
                w.write(v680)
            }
            w.indent(ind, node: n678, list: s677)
            let n681 = w.count
            let v682 = k.enumCaseViewModel_isInteger(e676)
            if !v682 {
                let s683 = w.count
                w.write("\"" as StaticString)
                let n684 = w.count
                let v685 = k.enumCaseViewModel_rawValue(e676)
                w.write(v685)
                w.indent(ind, node: n684, list: s683)
                let n686 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n686, list: s683)
            }
            w.indent(ind, node: n681, list: s677)
            let n687 = w.count
            w.write(": self = ." as StaticString)
            w.indent(ind, node: n687, list: s677)
            let n688 = w.count
            let v689 = k.enumCaseViewModel_name(e676)
            w.write(v689)
            w.indent(ind, node: n688, list: s677)
            let n690 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n690, list: s677)
        }
        w.indent(ind, node: n673, list: s597)
        let n691 = w.count
        w.write("        default: self = ." as StaticString)
        w.indent(ind, node: n691, list: s597)
        let n692 = w.count
        let v693 = k.enumViewModel_unknownCaseName(a2)
        w.write(v693)
        w.indent(ind, node: n692, list: s597)
        let n694 = w.count
        w.write("(rawValue)\n" as StaticString)
        w.indent(ind, node: n694, list: s597)
        let n695 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n695, list: s597)
        let n696 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n696, list: s597)
        let n697 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n697, list: s597)
        let n698 = w.count
        w.write("    /// The value as sent on the wire.\n" as StaticString)
        w.indent(ind, node: n698, list: s597)
        let n699 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n699, list: s597)
        let n700 = w.count
        let v701 = k.enumViewModel_access(a2)
        w.write(v701)
        w.indent(ind, node: n700, list: s597)
        let n702 = w.count
        w.write(" var rawValue: " as StaticString)
        w.indent(ind, node: n702, list: s597)
        let n703 = w.count
        let v704 = k.enumViewModel_rawType(a2)
        w.write(v704)
        w.indent(ind, node: n703, list: s597)
        let n705 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n705, list: s597)
        let n706 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n706, list: s597)
        let n707 = w.count
        let v708 = k.enumViewModel_cases(a2)
        for i709 in v708.indices {
            let e710 = v708[i709]
            let s711 = w.count
            w.write("        case ." as StaticString)
            let n712 = w.count
            let v713 = k.enumCaseViewModel_name(e710)
            w.write(v713)
            w.indent(ind, node: n712, list: s711)
            let n714 = w.count
            w.write(": return " as StaticString)
            w.indent(ind, node: n714, list: s711)
            let n715 = w.count
            let v716 = k.enumCaseViewModel_isInteger(e710)
            if v716 {
                let v717 = k.enumCaseViewModel_rawValue(e710)
                w.write(v717)
            }
            w.indent(ind, node: n715, list: s711)
            let n718 = w.count
            let v719 = k.enumCaseViewModel_isInteger(e710)
            if !v719 {
                let s720 = w.count
                w.write("\"" as StaticString)
                let n721 = w.count
                let v722 = k.enumCaseViewModel_rawValue(e710)
                w.write(v722)
                w.indent(ind, node: n721, list: s720)
                let n723 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n723, list: s720)
            }
            w.indent(ind, node: n718, list: s711)
            let n724 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n724, list: s711)
        }
        w.indent(ind, node: n707, list: s597)
        let n725 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n725, list: s597)
        let n726 = w.count
        let v727 = k.enumViewModel_unknownCaseName(a2)
        w.write(v727)
        w.indent(ind, node: n726, list: s597)
        let n728 = w.count
        w.write("(let value): return value\n" as StaticString)
        w.indent(ind, node: n728, list: s597)
        let n729 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n729, list: s597)
        let n730 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n730, list: s597)
        let n731 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n731, list: s597)
        let n732 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n732, list: s597)
        let n733 = w.count
        let v734 = k.enumViewModel_access(a2)
        w.write(v734)
        w.indent(ind, node: n733, list: s597)
        let n735 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n735, list: s597)
        let n736 = w.count
        w.write("        self.init(rawValue: try decoder.singleValueContainer().decode(" as StaticString)
        w.indent(ind, node: n736, list: s597)
        let n737 = w.count
        let v738 = k.enumViewModel_rawType(a2)
        w.write(v738)
        w.indent(ind, node: n737, list: s597)
        let n739 = w.count
        w.write(".self))\n" as StaticString)
        w.indent(ind, node: n739, list: s597)
        let n740 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n740, list: s597)
        let n741 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n741, list: s597)
        let n742 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n742, list: s597)
        let n743 = w.count
        let v744 = k.enumViewModel_access(a2)
        w.write(v744)
        w.indent(ind, node: n743, list: s597)
        let n745 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n745, list: s597)
        let n746 = w.count
        w.write("        var container = encoder.singleValueContainer()\n" as StaticString)
        w.indent(ind, node: n746, list: s597)
        let n747 = w.count
        w.write("        try container.encode(self.rawValue)\n" as StaticString)
        w.indent(ind, node: n747, list: s597)
        let n748 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n748, list: s597)
        let n749 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n749, list: s597)
        let n750 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n750, list: s597)
        let n751 = w.count
        let v752 = k.enumViewModel_access(a2)
        w.write(v752)
        w.indent(ind, node: n751, list: s597)
        let n753 = w.count
        w.write(" static func == (lhs: " as StaticString)
        w.indent(ind, node: n753, list: s597)
        let n754 = w.count
        let v755 = k.enumViewModel_name(a2)
        w.write(v755)
        w.indent(ind, node: n754, list: s597)
        let n756 = w.count
        w.write(", rhs: " as StaticString)
        w.indent(ind, node: n756, list: s597)
        let n757 = w.count
        let v758 = k.enumViewModel_name(a2)
        w.write(v758)
        w.indent(ind, node: n757, list: s597)
        let n759 = w.count
        w.write(") -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n759, list: s597)
        let n760 = w.count
        w.write("        lhs.rawValue == rhs.rawValue\n" as StaticString)
        w.indent(ind, node: n760, list: s597)
        let n761 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n761, list: s597)
        let n762 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n762, list: s597)
        let n763 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n763, list: s597)
        let n764 = w.count
        let v765 = k.enumViewModel_access(a2)
        w.write(v765)
        w.indent(ind, node: n764, list: s597)
        let n766 = w.count
        w.write(" func hash(into hasher: inout Swift.Hasher) {\n" as StaticString)
        w.indent(ind, node: n766, list: s597)
        let n767 = w.count
        w.write("        hasher.combine(self.rawValue)\n" as StaticString)
        w.indent(ind, node: n767, list: s597)
        let n768 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n768, list: s597)
        let n769 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n769, list: s597)
    }

    /// The partial `enum-json`.
    private static func partial3(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: EnumViewModel) {
        let s770 = w.count
        let n771 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n771, list: s770)
        let n772 = w.count
        let v773 = k.enumViewModel_qualifiedName(a2)
        w.write(v773)
        w.indent(ind, node: n772, list: s770)
        let n774 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n774, list: s770)
        let n775 = w.count
        let v776 = k.enumViewModel_runtime(a2)
        w.write(v776)
        w.indent(ind, node: n775, list: s770)
        let n777 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n777, list: s770)
        let n778 = w.count
        w.write("    /// Decodes a value from JSON in one pass over the bytes, without `JSONDecod" as StaticString)
        w.write("er`: the result equals\n" as StaticString)
        w.indent(ind, node: n778, list: s770)
        let n779 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n779, list: s770)
        let n780 = w.count
        let v781 = k.enumViewModel_name(a2)
        w.write(v781)
        w.indent(ind, node: n780, list: s770)
        let n782 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n782, list: s770)
        let n783 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n783, list: s770)
        let n784 = w.count
        let v785 = k.enumViewModel_access(a2)
        w.write(v785)
        w.indent(ind, node: n784, list: s770)
        let n786 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n786, list: s770)
        let n787 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n787, list: s770)
        let n788 = w.count
        let v789 = k.enumViewModel_runtime(a2)
        w.write(v789)
        w.indent(ind, node: n788, list: s770)
        let n790 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n790, list: s770)
        let n791 = w.count
        let v792 = k.enumViewModel_qualifiedName(a2)
        w.write(v792)
        w.indent(ind, node: n791, list: s770)
        let n793 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n793, list: s770)
        let n794 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n794, list: s770)
        let n795 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n795, list: s770)
        let n796 = w.count
        w.write("    /// Reads a value at the reader's position; `init(json:)` and the types that" as StaticString)
        w.write(" contain this one use it.\n" as StaticString)
        w.indent(ind, node: n796, list: s770)
        let n797 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n797, list: s770)
        let n798 = w.count
        let v799 = k.enumViewModel_access(a2)
        w.write(v799)
        w.indent(ind, node: n798, list: s770)
        let n800 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n800, list: s770)
        let n801 = w.count
        let v802 = k.enumViewModel_runtime(a2)
        w.write(v802)
        w.indent(ind, node: n801, list: s770)
        let n803 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n803, list: s770)
        let n804 = w.count
        w.write("        self.init(rawValue: try " as StaticString)
        w.indent(ind, node: n804, list: s770)
        let n805 = w.count
        let v806 = k.enumViewModel_rawType(a2)
        w.write(v806)
        w.indent(ind, node: n805, list: s770)
        let n807 = w.count
        w.write("(jsonReader: &reader))\n" as StaticString)
        w.indent(ind, node: n807, list: s770)
        let n808 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n808, list: s770)
        let n809 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n809, list: s770)
    }

    /// The partial `flags`.
    private static func partial4(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: FlagsViewModel) {
        let s810 = w.count
        let n811 = w.count
        let v812 = k.flagsViewModel_docLines(a2)
        for i813 in v812.indices {
            let e814 = v812[i813]
            let s815 = w.count
            w.write("/// " as StaticString)
            let n816 = w.count
            w.write(e814)
            w.indent(ind, node: n816, list: s815)
            let n817 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n817, list: s815)
        }
        w.indent(ind, node: n811, list: s810)
        let n818 = w.count
        let v819 = k.flagsViewModel_access(a2)
        w.write(v819)
        w.indent(ind, node: n818, list: s810)
        let n820 = w.count
        w.write(" struct " as StaticString)
        w.indent(ind, node: n820, list: s810)
        let n821 = w.count
        let v822 = k.flagsViewModel_name(a2)
        w.write(v822)
        w.indent(ind, node: n821, list: s810)
        let n823 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n823, list: s810)
        let n824 = w.count
        let v825 = k.flagsViewModel_runtime(a2)
        w.write(v825)
        w.indent(ind, node: n824, list: s810)
        let n826 = w.count
        w.write("." as StaticString)
        w.indent(ind, node: n826, list: s810)
        let n827 = w.count
        let v828 = k.flagsViewModel_protocolName(a2)
        w.write(v828)
        w.indent(ind, node: n827, list: s810)
        let n829 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n829, list: s810)
        let n830 = w.count
        w.write("    /// The bits, documented or not.\n" as StaticString)
        w.indent(ind, node: n830, list: s810)
        let n831 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n831, list: s810)
        let n832 = w.count
        let v833 = k.flagsViewModel_access(a2)
        w.write(v833)
        w.indent(ind, node: n832, list: s810)
        let n834 = w.count
        w.write(" let rawValue: Swift.UInt64\n" as StaticString)
        w.indent(ind, node: n834, list: s810)
        let n835 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n835, list: s810)
        let n836 = w.count
        w.write("    /// Makes a set from its bits.\n" as StaticString)
        w.indent(ind, node: n836, list: s810)
        let n837 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n837, list: s810)
        let n838 = w.count
        let v839 = k.flagsViewModel_access(a2)
        w.write(v839)
        w.indent(ind, node: n838, list: s810)
        let n840 = w.count
        w.write(" init(rawValue: Swift.UInt64) {\n" as StaticString)
        w.indent(ind, node: n840, list: s810)
        let n841 = w.count
        w.write("        self.rawValue = rawValue\n" as StaticString)
        w.indent(ind, node: n841, list: s810)
        let n842 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n842, list: s810)
        let n843 = w.count
        let v844 = k.flagsViewModel_cases(a2)
        for i845 in v844.indices {
            let e846 = v844[i845]
            let s847 = w.count
            w.write("\n" as StaticString)
            let n848 = w.count
            let v849 = k.flagViewModel_summaryLines(e846)
            for i850 in v849.indices {
                let e851 = v849[i850]
                let s852 = w.count
                w.write("    /// " as StaticString)
                let n853 = w.count
                w.write(e851)
                w.indent(ind, node: n853, list: s852)
                let n854 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n854, list: s852)
            }
            w.indent(ind, node: n848, list: s847)
            let n855 = w.count
            let v856 = k.flagViewModel_hasSummary(e846)
            if v856 {
                w.write("    ///\n" as StaticString)
            }
            w.indent(ind, node: n855, list: s847)
            let n857 = w.count
            w.write("    /// `" as StaticString)
            w.indent(ind, node: n857, list: s847)
            let n858 = w.count
            let v859 = k.flagViewModel_value(e846)
            w.write(v859)
            w.indent(ind, node: n858, list: s847)
            let n860 = w.count
            w.write("`\n" as StaticString)
            w.indent(ind, node: n860, list: s847)
            let n861 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n861, list: s847)
            let n862 = w.count
            let v863 = k.flagsViewModel_access(a2)
            w.write(v863)
            w.indent(ind, node: n862, list: s847)
            let n864 = w.count
            w.write(" static let " as StaticString)
            w.indent(ind, node: n864, list: s847)
            let n865 = w.count
            let v866 = k.flagViewModel_name(e846)
            w.write(v866)
            w.indent(ind, node: n865, list: s847)
            let n867 = w.count
            w.write(" = " as StaticString)
            w.indent(ind, node: n867, list: s847)
            let n868 = w.count
            let v869 = k.flagViewModel_typeName(e846)
            w.write(v869)
            w.indent(ind, node: n868, list: s847)
            let n870 = w.count
            w.write("(rawValue: " as StaticString)
            w.indent(ind, node: n870, list: s847)
            let n871 = w.count
            let v872 = k.flagViewModel_value(e846)
            w.write(v872)
            w.indent(ind, node: n871, list: s847)
            let n873 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n873, list: s847)
        }
        w.indent(ind, node: n843, list: s810)
        let n874 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n874, list: s810)
        let n875 = w.count
        w.write("    /// The documented flags, in the order the docs list them.\n" as StaticString)
        w.indent(ind, node: n875, list: s810)
        let n876 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n876, list: s810)
        let n877 = w.count
        let v878 = k.flagsViewModel_access(a2)
        w.write(v878)
        w.indent(ind, node: n877, list: s810)
        let n879 = w.count
        w.write(" static let knownCases: [" as StaticString)
        w.indent(ind, node: n879, list: s810)
        let n880 = w.count
        let v881 = k.flagsViewModel_name(a2)
        w.write(v881)
        w.indent(ind, node: n880, list: s810)
        let n882 = w.count
        w.write("] = [\n" as StaticString)
        w.indent(ind, node: n882, list: s810)
        let n883 = w.count
        let v884 = k.flagsViewModel_cases(a2)
        for i885 in v884.indices {
            let e886 = v884[i885]
            let s887 = w.count
            w.write("        ." as StaticString)
            let n888 = w.count
            let v889 = k.flagViewModel_name(e886)
            w.write(v889)
            w.indent(ind, node: n888, list: s887)
            let n890 = w.count
            let v891 = i885 == v884.count - 1
            if !v891 {
                w.write("," as StaticString)
            }
            w.indent(ind, node: n890, list: s887)
            let n892 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n892, list: s887)
        }
        w.indent(ind, node: n883, list: s810)
        let n893 = w.count
        w.write("    ]\n" as StaticString)
        w.indent(ind, node: n893, list: s810)
        let n894 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n894, list: s810)
    }

    /// The partial `union`.
    private static func partial5(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: UnionViewModel) {
        let s895 = w.count
        let n896 = w.count
        w.write("/// One of several types; decoding tries the most specific first.\n" as StaticString)
        w.indent(ind, node: n896, list: s895)
        let n897 = w.count
        let v898 = k.unionViewModel_fromNote(a2)
        if !v898.isEmpty {
            let s899 = w.count
            w.write("///\n" as StaticString)
            let n900 = w.count
            w.write("/// " as StaticString)
            w.indent(ind, node: n900, list: s899)
            let n901 = w.count
            w.write(v898)
            w.indent(ind, node: n901, list: s899)
            let n902 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n902, list: s899)
        }
        w.indent(ind, node: n897, list: s895)
        let n903 = w.count
        let v904 = k.unionViewModel_access(a2)
        w.write(v904)
        w.indent(ind, node: n903, list: s895)
        let n905 = w.count
        w.write(" " as StaticString)
        w.indent(ind, node: n905, list: s895)
        let n906 = w.count
        let v907 = k.unionViewModel_isIndirect(a2)
        if v907 {
            w.write("indirect " as StaticString)
        }
        w.indent(ind, node: n906, list: s895)
        let n908 = w.count
        w.write("enum " as StaticString)
        w.indent(ind, node: n908, list: s895)
        let n909 = w.count
        let v910 = k.unionViewModel_name(a2)
        w.write(v910)
        w.indent(ind, node: n909, list: s895)
        let n911 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n911, list: s895)
        let n912 = w.count
        let v913 = k.unionViewModel_members(a2)
        for i914 in v913.indices {
            let e915 = v913[i914]
            let s916 = w.count
            w.write("    case " as StaticString)
            let n917 = w.count
            let v918 = k.unionMemberViewModel_caseName(e915)
            w.write(v918)
            w.indent(ind, node: n917, list: s916)
            let n919 = w.count
            w.write("(" as StaticString)
            w.indent(ind, node: n919, list: s916)
            let n920 = w.count
            let v921 = k.unionMemberViewModel_type(e915)
            w.write(v921)
            w.indent(ind, node: n920, list: s916)
            let n922 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n922, list: s916)
        }
        w.indent(ind, node: n912, list: s895)
        let n923 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n923, list: s895)
        let n924 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n924, list: s895)
        let n925 = w.count
        let v926 = k.unionViewModel_access(a2)
        w.write(v926)
        w.indent(ind, node: n925, list: s895)
        let n927 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n927, list: s895)
        let n928 = w.count
        let v929 = k.unionViewModel_leadingMembers(a2)
        for i930 in v929.indices {
            let e931 = v929[i930]
            let s932 = w.count
            w.write("        if let value = try? " as StaticString)
            let n933 = w.count
            let v934 = k.unionMemberViewModel_type(e931)
            w.write(v934)
            w.indent(ind, node: n933, list: s932)
            let n935 = w.count
            w.write("(from: decoder) {\n" as StaticString)
            w.indent(ind, node: n935, list: s932)
            let n936 = w.count
            w.write("            self = ." as StaticString)
            w.indent(ind, node: n936, list: s932)
            let n937 = w.count
            let v938 = k.unionMemberViewModel_caseName(e931)
            w.write(v938)
            w.indent(ind, node: n937, list: s932)
            let n939 = w.count
            w.write("(value)\n" as StaticString)
            w.indent(ind, node: n939, list: s932)
            let n940 = w.count
            w.write("            return\n" as StaticString)
            w.indent(ind, node: n940, list: s932)
            let n941 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n941, list: s932)
        }
        w.indent(ind, node: n928, list: s895)
        let n942 = w.count
        if let v943 = k.unionViewModel_lastMember(a2) {
            let s944 = w.count
            w.write("        self = ." as StaticString)
            let n945 = w.count
            let v946 = k.unionMemberViewModel_caseName(v943)
            w.write(v946)
            w.indent(ind, node: n945, list: s944)
            let n947 = w.count
            w.write("(try " as StaticString)
            w.indent(ind, node: n947, list: s944)
            let n948 = w.count
            let v949 = k.unionMemberViewModel_type(v943)
            w.write(v949)
            w.indent(ind, node: n948, list: s944)
            let n950 = w.count
            w.write("(from: decoder))\n" as StaticString)
            w.indent(ind, node: n950, list: s944)
        }
        w.indent(ind, node: n942, list: s895)
        let n951 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n951, list: s895)
        let n952 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n952, list: s895)
        let n953 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n953, list: s895)
        let n954 = w.count
        let v955 = k.unionViewModel_access(a2)
        w.write(v955)
        w.indent(ind, node: n954, list: s895)
        let n956 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n956, list: s895)
        let n957 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n957, list: s895)
        let n958 = w.count
        let v959 = k.unionViewModel_members(a2)
        for i960 in v959.indices {
            let e961 = v959[i960]
            let s962 = w.count
            w.write("        case ." as StaticString)
            let n963 = w.count
            let v964 = k.unionMemberViewModel_caseName(e961)
            w.write(v964)
            w.indent(ind, node: n963, list: s962)
            let n965 = w.count
            w.write("(let value): try value.encode(to: encoder)\n" as StaticString)
            w.indent(ind, node: n965, list: s962)
        }
        w.indent(ind, node: n958, list: s895)
        let n966 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n966, list: s895)
        let n967 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n967, list: s895)
        let n968 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n968, list: s895)
    }

    /// The partial `union-json`.
    private static func partial6(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: UnionViewModel) {
        let s969 = w.count
        let n970 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n970, list: s969)
        let n971 = w.count
        let v972 = k.unionViewModel_qualifiedName(a2)
        w.write(v972)
        w.indent(ind, node: n971, list: s969)
        let n973 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n973, list: s969)
        let n974 = w.count
        let v975 = k.unionViewModel_runtime(a2)
        w.write(v975)
        w.indent(ind, node: n974, list: s969)
        let n976 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n976, list: s969)
        let n977 = w.count
        w.write("    /// Decodes a value from JSON in one pass over the bytes, without `JSONDecod" as StaticString)
        w.write("er`: the result equals\n" as StaticString)
        w.indent(ind, node: n977, list: s969)
        let n978 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n978, list: s969)
        let n979 = w.count
        let v980 = k.unionViewModel_name(a2)
        w.write(v980)
        w.indent(ind, node: n979, list: s969)
        let n981 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n981, list: s969)
        let n982 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n982, list: s969)
        let n983 = w.count
        let v984 = k.unionViewModel_access(a2)
        w.write(v984)
        w.indent(ind, node: n983, list: s969)
        let n985 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n985, list: s969)
        let n986 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n986, list: s969)
        let n987 = w.count
        let v988 = k.unionViewModel_runtime(a2)
        w.write(v988)
        w.indent(ind, node: n987, list: s969)
        let n989 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n989, list: s969)
        let n990 = w.count
        let v991 = k.unionViewModel_qualifiedName(a2)
        w.write(v991)
        w.indent(ind, node: n990, list: s969)
        let n992 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n992, list: s969)
        let n993 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n993, list: s969)
        let n994 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n994, list: s969)
        let n995 = w.count
        w.write("    /// Reads a value at the reader's position, trying the members in the order " as StaticString)
        w.write("`init(from:)` does.\n" as StaticString)
        w.indent(ind, node: n995, list: s969)
        let n996 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n996, list: s969)
        let n997 = w.count
        let v998 = k.unionViewModel_access(a2)
        w.write(v998)
        w.indent(ind, node: n997, list: s969)
        let n999 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n999, list: s969)
        let n1000 = w.count
        let v1001 = k.unionViewModel_runtime(a2)
        w.write(v1001)
        w.indent(ind, node: n1000, list: s969)
        let n1002 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n1002, list: s969)
        let n1003 = w.count
        let v1004 = k.unionViewModel_leadingMembers(a2)
        for i1005 in v1004.indices {
            let e1006 = v1004[i1005]
            let s1007 = w.count
            w.write("        if let value = try reader.attempt({ try " as StaticString)
            let n1008 = w.count
            let v1009 = k.unionMemberViewModel_type(e1006)
            w.write(v1009)
            w.indent(ind, node: n1008, list: s1007)
            let n1010 = w.count
            w.write("(jsonReader: &$0) }) {\n" as StaticString)
            w.indent(ind, node: n1010, list: s1007)
            let n1011 = w.count
            w.write("            self = ." as StaticString)
            w.indent(ind, node: n1011, list: s1007)
            let n1012 = w.count
            let v1013 = k.unionMemberViewModel_caseName(e1006)
            w.write(v1013)
            w.indent(ind, node: n1012, list: s1007)
            let n1014 = w.count
            w.write("(value)\n" as StaticString)
            w.indent(ind, node: n1014, list: s1007)
            let n1015 = w.count
            w.write("            return\n" as StaticString)
            w.indent(ind, node: n1015, list: s1007)
            let n1016 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n1016, list: s1007)
        }
        w.indent(ind, node: n1003, list: s969)
        let n1017 = w.count
        if let v1018 = k.unionViewModel_lastMember(a2) {
            let s1019 = w.count
            w.write("        self = ." as StaticString)
            let n1020 = w.count
            let v1021 = k.unionMemberViewModel_caseName(v1018)
            w.write(v1021)
            w.indent(ind, node: n1020, list: s1019)
            let n1022 = w.count
            w.write("(try " as StaticString)
            w.indent(ind, node: n1022, list: s1019)
            let n1023 = w.count
            let v1024 = k.unionMemberViewModel_type(v1018)
            w.write(v1024)
            w.indent(ind, node: n1023, list: s1019)
            let n1025 = w.count
            w.write("(jsonReader: &reader))\n" as StaticString)
            w.indent(ind, node: n1025, list: s1019)
        }
        w.indent(ind, node: n1017, list: s969)
        let n1026 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1026, list: s969)
        let n1027 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1027, list: s969)
    }

    /// The partial `tagged-union`.
    private static func partial7(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: TaggedUnionViewModel) {
        let s1028 = w.count
        let n1029 = w.count
        let v1030 = k.taggedUnionViewModel_docLines(a2)
        for i1031 in v1030.indices {
            let e1032 = v1030[i1031]
            let s1033 = w.count
            w.write("/// " as StaticString)
            let n1034 = w.count
            w.write(e1032)
            w.indent(ind, node: n1034, list: s1033)
            let n1035 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n1035, list: s1033)
        }
        w.indent(ind, node: n1029, list: s1028)
        let n1036 = w.count
        let v1037 = k.taggedUnionViewModel_access(a2)
        w.write(v1037)
        w.indent(ind, node: n1036, list: s1028)
        let n1038 = w.count
        w.write(" " as StaticString)
        w.indent(ind, node: n1038, list: s1028)
        let n1039 = w.count
        let v1040 = k.taggedUnionViewModel_isIndirect(a2)
        if v1040 {
            w.write("indirect " as StaticString)
        }
        w.indent(ind, node: n1039, list: s1028)
        let n1041 = w.count
        w.write("enum " as StaticString)
        w.indent(ind, node: n1041, list: s1028)
        let n1042 = w.count
        let v1043 = k.taggedUnionViewModel_name(a2)
        w.write(v1043)
        w.indent(ind, node: n1042, list: s1028)
        let n1044 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n1044, list: s1028)
        let n1045 = w.count
        let v1046 = k.taggedUnionViewModel_members(a2)
        for i1047 in v1046.indices {
            let e1048 = v1046[i1047]
            let s1049 = w.count
            w.write("    /// `" as StaticString)
            let n1050 = w.count
            let v1051 = k.taggedUnionViewModel_tagKey(a2)
            w.write(v1051)
            w.indent(ind, node: n1050, list: s1049)
            let n1052 = w.count
            w.write("` " as StaticString)
            w.indent(ind, node: n1052, list: s1049)
            let n1053 = w.count
            let v1054 = k.taggedUnionMemberViewModel_code(e1048)
            w.write(v1054)
            w.indent(ind, node: n1053, list: s1049)
            let n1055 = w.count
            w.write(".\n" as StaticString)
            w.indent(ind, node: n1055, list: s1049)
            let n1056 = w.count
            w.write("    case " as StaticString)
            w.indent(ind, node: n1056, list: s1049)
            let n1057 = w.count
            let v1058 = k.taggedUnionMemberViewModel_caseName(e1048)
            w.write(v1058)
            w.indent(ind, node: n1057, list: s1049)
            let n1059 = w.count
            w.write("(" as StaticString)
            w.indent(ind, node: n1059, list: s1049)
            let n1060 = w.count
            let v1061 = k.taggedUnionMemberViewModel_type(e1048)
            w.write(v1061)
            w.indent(ind, node: n1060, list: s1049)
            let n1062 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n1062, list: s1049)
        }
        w.indent(ind, node: n1045, list: s1028)
        let n1063 = w.count
        w.write("    /// A value whose `" as StaticString)
        w.indent(ind, node: n1063, list: s1028)
        let n1064 = w.count
        let v1065 = k.taggedUnionViewModel_tagKey(a2)
        w.write(v1065)
        w.indent(ind, node: n1064, list: s1028)
        let n1066 = w.count
        w.write("` the docs do not list, kept as received (encoding writes it back unchanged).\n" as StaticString)
        w.indent(ind, node: n1066, list: s1028)
        let n1067 = w.count
        w.write("    case " as StaticString)
        w.indent(ind, node: n1067, list: s1028)
        let n1068 = w.count
        let v1069 = k.taggedUnionViewModel_unknownCaseName(a2)
        w.write(v1069)
        w.indent(ind, node: n1068, list: s1028)
        let n1070 = w.count
        w.write("(" as StaticString)
        w.indent(ind, node: n1070, list: s1028)
        let n1071 = w.count
        let v1072 = k.taggedUnionViewModel_codeLabel(a2)
        w.write(v1072)
        w.indent(ind, node: n1071, list: s1028)
        let n1073 = w.count
        w.write(": Swift.Int, " as StaticString)
        w.indent(ind, node: n1073, list: s1028)
        let n1074 = w.count
        let v1075 = k.taggedUnionViewModel_runtime(a2)
        w.write(v1075)
        w.indent(ind, node: n1074, list: s1028)
        let n1076 = w.count
        w.write(".JSONValue)\n" as StaticString)
        w.indent(ind, node: n1076, list: s1028)
        let n1077 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1077, list: s1028)
        let n1078 = w.count
        w.write("    private enum CodingKeys: Swift.String, Swift.CodingKey {\n" as StaticString)
        w.indent(ind, node: n1078, list: s1028)
        let n1079 = w.count
        w.write("        case tag = \"" as StaticString)
        w.indent(ind, node: n1079, list: s1028)
        let n1080 = w.count
        let v1081 = k.taggedUnionViewModel_tagKeyText(a2)
        w.write(v1081)
        w.indent(ind, node: n1080, list: s1028)
        let n1082 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n1082, list: s1028)
        let n1083 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1083, list: s1028)
        let n1084 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1084, list: s1028)
        let n1085 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1085, list: s1028)
        let n1086 = w.count
        let v1087 = k.taggedUnionViewModel_access(a2)
        w.write(v1087)
        w.indent(ind, node: n1086, list: s1028)
        let n1088 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n1088, list: s1028)
        let n1089 = w.count
        w.write("        let code = try decoder.container(keyedBy: CodingKeys.self).decode(Swift." as StaticString)
        w.write("Int.self, forKey: .tag)\n" as StaticString)
        w.indent(ind, node: n1089, list: s1028)
        let n1090 = w.count
        w.write("        switch code {\n" as StaticString)
        w.indent(ind, node: n1090, list: s1028)
        let n1091 = w.count
        let v1092 = k.taggedUnionViewModel_members(a2)
        for i1093 in v1092.indices {
            let e1094 = v1092[i1093]
            let s1095 = w.count
            w.write("        case " as StaticString)
            let n1096 = w.count
            let v1097 = k.taggedUnionMemberViewModel_code(e1094)
            w.write(v1097)
            w.indent(ind, node: n1096, list: s1095)
            let n1098 = w.count
            w.write(": self = ." as StaticString)
            w.indent(ind, node: n1098, list: s1095)
            let n1099 = w.count
            let v1100 = k.taggedUnionMemberViewModel_caseName(e1094)
            w.write(v1100)
            w.indent(ind, node: n1099, list: s1095)
            let n1101 = w.count
            w.write("(try " as StaticString)
            w.indent(ind, node: n1101, list: s1095)
            let n1102 = w.count
            let v1103 = k.taggedUnionMemberViewModel_type(e1094)
            w.write(v1103)
            w.indent(ind, node: n1102, list: s1095)
            let n1104 = w.count
            w.write("(from: decoder))\n" as StaticString)
            w.indent(ind, node: n1104, list: s1095)
        }
        w.indent(ind, node: n1091, list: s1028)
        let n1105 = w.count
        w.write("        default: self = ." as StaticString)
        w.indent(ind, node: n1105, list: s1028)
        let n1106 = w.count
        let v1107 = k.taggedUnionViewModel_unknownCaseName(a2)
        w.write(v1107)
        w.indent(ind, node: n1106, list: s1028)
        let n1108 = w.count
        w.write("(" as StaticString)
        w.indent(ind, node: n1108, list: s1028)
        let n1109 = w.count
        let v1110 = k.taggedUnionViewModel_codeLabel(a2)
        w.write(v1110)
        w.indent(ind, node: n1109, list: s1028)
        let n1111 = w.count
        w.write(": code, try " as StaticString)
        w.indent(ind, node: n1111, list: s1028)
        let n1112 = w.count
        let v1113 = k.taggedUnionViewModel_runtime(a2)
        w.write(v1113)
        w.indent(ind, node: n1112, list: s1028)
        let n1114 = w.count
        w.write(".JSONValue(from: decoder))\n" as StaticString)
        w.indent(ind, node: n1114, list: s1028)
        let n1115 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1115, list: s1028)
        let n1116 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1116, list: s1028)
        let n1117 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1117, list: s1028)
        let n1118 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1118, list: s1028)
        let n1119 = w.count
        let v1120 = k.taggedUnionViewModel_access(a2)
        w.write(v1120)
        w.indent(ind, node: n1119, list: s1028)
        let n1121 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n1121, list: s1028)
        let n1122 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1122, list: s1028)
        let n1123 = w.count
        let v1124 = k.taggedUnionViewModel_members(a2)
        for i1125 in v1124.indices {
            let e1126 = v1124[i1125]
            let s1127 = w.count
            w.write("        case ." as StaticString)
            let n1128 = w.count
            let v1129 = k.taggedUnionMemberViewModel_caseName(e1126)
            w.write(v1129)
            w.indent(ind, node: n1128, list: s1127)
            let n1130 = w.count
            w.write("(let value): try value.encode(to: encoder)\n" as StaticString)
            w.indent(ind, node: n1130, list: s1127)
        }
        w.indent(ind, node: n1123, list: s1028)
        let n1131 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n1131, list: s1028)
        let n1132 = w.count
        let v1133 = k.taggedUnionViewModel_unknownCaseName(a2)
        w.write(v1133)
        w.indent(ind, node: n1132, list: s1028)
        let n1134 = w.count
        w.write("(_, let value): try value.encode(to: encoder)\n" as StaticString)
        w.indent(ind, node: n1134, list: s1028)
        let n1135 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1135, list: s1028)
        let n1136 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1136, list: s1028)
        let n1137 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1137, list: s1028)
    }

    /// The partial `tagged-union-json`.
    private static func partial8(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: TaggedUnionViewModel) {
        let s1138 = w.count
        let n1139 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n1139, list: s1138)
        let n1140 = w.count
        let v1141 = k.taggedUnionViewModel_qualifiedName(a2)
        w.write(v1141)
        w.indent(ind, node: n1140, list: s1138)
        let n1142 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n1142, list: s1138)
        let n1143 = w.count
        let v1144 = k.taggedUnionViewModel_runtime(a2)
        w.write(v1144)
        w.indent(ind, node: n1143, list: s1138)
        let n1145 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n1145, list: s1138)
        let n1146 = w.count
        w.write("    /// Decodes a value from JSON in one pass over the bytes, without `JSONDecod" as StaticString)
        w.write("er`: the result equals\n" as StaticString)
        w.indent(ind, node: n1146, list: s1138)
        let n1147 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n1147, list: s1138)
        let n1148 = w.count
        let v1149 = k.taggedUnionViewModel_name(a2)
        w.write(v1149)
        w.indent(ind, node: n1148, list: s1138)
        let n1150 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n1150, list: s1138)
        let n1151 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1151, list: s1138)
        let n1152 = w.count
        let v1153 = k.taggedUnionViewModel_access(a2)
        w.write(v1153)
        w.indent(ind, node: n1152, list: s1138)
        let n1154 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n1154, list: s1138)
        let n1155 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n1155, list: s1138)
        let n1156 = w.count
        let v1157 = k.taggedUnionViewModel_runtime(a2)
        w.write(v1157)
        w.indent(ind, node: n1156, list: s1138)
        let n1158 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n1158, list: s1138)
        let n1159 = w.count
        let v1160 = k.taggedUnionViewModel_qualifiedName(a2)
        w.write(v1160)
        w.indent(ind, node: n1159, list: s1138)
        let n1161 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n1161, list: s1138)
        let n1162 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1162, list: s1138)
        let n1163 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1163, list: s1138)
        let n1164 = w.count
        w.write("    private static let _specgenJSONKeys = " as StaticString)
        w.indent(ind, node: n1164, list: s1138)
        let n1165 = w.count
        let v1166 = k.taggedUnionViewModel_runtime(a2)
        w.write(v1166)
        w.indent(ind, node: n1165, list: s1138)
        let n1167 = w.count
        w.write(".JSONKeyTable([\"" as StaticString)
        w.indent(ind, node: n1167, list: s1138)
        let n1168 = w.count
        let v1169 = k.taggedUnionViewModel_tagKeyText(a2)
        w.write(v1169)
        w.indent(ind, node: n1168, list: s1138)
        let n1170 = w.count
        w.write("\"])\n" as StaticString)
        w.indent(ind, node: n1170, list: s1138)
        let n1171 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1171, list: s1138)
        let n1172 = w.count
        w.write("    /// Reads a value at the reader's position: its `" as StaticString)
        w.indent(ind, node: n1172, list: s1138)
        let n1173 = w.count
        let v1174 = k.taggedUnionViewModel_tagKey(a2)
        w.write(v1174)
        w.indent(ind, node: n1173, list: s1138)
        let n1175 = w.count
        w.write("` first, then, from the object's start again, the\n" as StaticString)
        w.indent(ind, node: n1175, list: s1138)
        let n1176 = w.count
        w.write("    /// member the code selects.\n" as StaticString)
        w.indent(ind, node: n1176, list: s1138)
        let n1177 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1177, list: s1138)
        let n1178 = w.count
        let v1179 = k.taggedUnionViewModel_access(a2)
        w.write(v1179)
        w.indent(ind, node: n1178, list: s1138)
        let n1180 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n1180, list: s1138)
        let n1181 = w.count
        let v1182 = k.taggedUnionViewModel_runtime(a2)
        w.write(v1182)
        w.indent(ind, node: n1181, list: s1138)
        let n1183 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n1183, list: s1138)
        let n1184 = w.count
        w.write("        var scan = reader\n" as StaticString)
        w.indent(ind, node: n1184, list: s1138)
        let n1185 = w.count
        w.write("        var code: Swift.Int? = nil\n" as StaticString)
        w.indent(ind, node: n1185, list: s1138)
        let n1186 = w.count
        w.write("        var object = try scan.beginObject()\n" as StaticString)
        w.indent(ind, node: n1186, list: s1138)
        let n1187 = w.count
        w.write("        while let key = try scan.nextKey(&object, " as StaticString)
        w.indent(ind, node: n1187, list: s1138)
        let n1188 = w.count
        let v1189 = k.taggedUnionViewModel_qualifiedName(a2)
        w.write(v1189)
        w.indent(ind, node: n1188, list: s1138)
        let n1190 = w.count
        w.write("._specgenJSONKeys) {\n" as StaticString)
        w.indent(ind, node: n1190, list: s1138)
        let n1191 = w.count
        w.write("            switch key {\n" as StaticString)
        w.indent(ind, node: n1191, list: s1138)
        let n1192 = w.count
        w.write("            case 0: try scan.decodeField(&code)\n" as StaticString)
        w.indent(ind, node: n1192, list: s1138)
        let n1193 = w.count
        w.write("            default: try scan.skipValue()\n" as StaticString)
        w.indent(ind, node: n1193, list: s1138)
        let n1194 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n1194, list: s1138)
        let n1195 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1195, list: s1138)
        let n1196 = w.count
        w.write("        guard let code else { throw scan.missingKey(\"" as StaticString)
        w.indent(ind, node: n1196, list: s1138)
        let n1197 = w.count
        let v1198 = k.taggedUnionViewModel_tagKeyText(a2)
        w.write(v1198)
        w.indent(ind, node: n1197, list: s1138)
        let n1199 = w.count
        w.write("\", in: object) }\n" as StaticString)
        w.indent(ind, node: n1199, list: s1138)
        let n1200 = w.count
        w.write("        switch code {\n" as StaticString)
        w.indent(ind, node: n1200, list: s1138)
        let n1201 = w.count
        let v1202 = k.taggedUnionViewModel_members(a2)
        for i1203 in v1202.indices {
            let e1204 = v1202[i1203]
            let s1205 = w.count
            w.write("        case " as StaticString)
            let n1206 = w.count
            let v1207 = k.taggedUnionMemberViewModel_code(e1204)
            w.write(v1207)
            w.indent(ind, node: n1206, list: s1205)
            let n1208 = w.count
            w.write(": self = ." as StaticString)
            w.indent(ind, node: n1208, list: s1205)
            let n1209 = w.count
            let v1210 = k.taggedUnionMemberViewModel_caseName(e1204)
            w.write(v1210)
            w.indent(ind, node: n1209, list: s1205)
            let n1211 = w.count
            w.write("(try " as StaticString)
            w.indent(ind, node: n1211, list: s1205)
            let n1212 = w.count
            let v1213 = k.taggedUnionMemberViewModel_type(e1204)
            w.write(v1213)
            w.indent(ind, node: n1212, list: s1205)
            let n1214 = w.count
            w.write("(jsonReader: &reader))\n" as StaticString)
            w.indent(ind, node: n1214, list: s1205)
        }
        w.indent(ind, node: n1201, list: s1138)
        let n1215 = w.count
        w.write("        default: self = ." as StaticString)
        w.indent(ind, node: n1215, list: s1138)
        let n1216 = w.count
        let v1217 = k.taggedUnionViewModel_unknownCaseName(a2)
        w.write(v1217)
        w.indent(ind, node: n1216, list: s1138)
        let n1218 = w.count
        w.write("(" as StaticString)
        w.indent(ind, node: n1218, list: s1138)
        let n1219 = w.count
        let v1220 = k.taggedUnionViewModel_codeLabel(a2)
        w.write(v1220)
        w.indent(ind, node: n1219, list: s1138)
        let n1221 = w.count
        w.write(": code, try " as StaticString)
        w.indent(ind, node: n1221, list: s1138)
        let n1222 = w.count
        let v1223 = k.taggedUnionViewModel_runtime(a2)
        w.write(v1223)
        w.indent(ind, node: n1222, list: s1138)
        let n1224 = w.count
        w.write(".JSONValue(jsonReader: &reader))\n" as StaticString)
        w.indent(ind, node: n1224, list: s1138)
        let n1225 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1225, list: s1138)
        let n1226 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1226, list: s1138)
        let n1227 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1227, list: s1138)
    }

    /// The partial `events`.
    private static func partial9(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: EventsViewModel) {
        let s1228 = w.count
        let n1229 = w.count
        let v1230 = k.eventsViewModel_docLines(a2)
        for i1231 in v1230.indices {
            let e1232 = v1230[i1231]
            let s1233 = w.count
            w.write("/// " as StaticString)
            let n1234 = w.count
            w.write(e1232)
            w.indent(ind, node: n1234, list: s1233)
            let n1235 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n1235, list: s1233)
        }
        w.indent(ind, node: n1229, list: s1228)
        let n1236 = w.count
        let v1237 = k.eventsViewModel_access(a2)
        w.write(v1237)
        w.indent(ind, node: n1236, list: s1228)
        let n1238 = w.count
        w.write(" " as StaticString)
        w.indent(ind, node: n1238, list: s1228)
        let n1239 = w.count
        let v1240 = k.eventsViewModel_isIndirect(a2)
        if v1240 {
            w.write("indirect " as StaticString)
        }
        w.indent(ind, node: n1239, list: s1228)
        let n1241 = w.count
        w.write("enum " as StaticString)
        w.indent(ind, node: n1241, list: s1228)
        let n1242 = w.count
        let v1243 = k.eventsViewModel_name(a2)
        w.write(v1243)
        w.indent(ind, node: n1242, list: s1228)
        let n1244 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n1244, list: s1228)
        let n1245 = w.count
        let v1246 = k.eventsViewModel_events(a2)
        for i1247 in v1246.indices {
            let e1248 = v1246[i1247]
            let s1249 = w.count
            let v1250 = k.eventViewModel_docLines(e1248)
            for i1251 in v1250.indices {
                let e1252 = v1250[i1251]
                let s1253 = w.count
                w.write("    /// " as StaticString)
                let n1254 = w.count
                w.write(e1252)
                w.indent(ind, node: n1254, list: s1253)
                let n1255 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1255, list: s1253)
            }
            let n1256 = w.count
            let v1257 = k.eventViewModel_hasPayload(e1248)
            if v1257 {
                let s1258 = w.count
                w.write("    case " as StaticString)
                let n1259 = w.count
                let v1260 = k.eventViewModel_caseName(e1248)
                w.write(v1260)
                w.indent(ind, node: n1259, list: s1258)
                let n1261 = w.count
                w.write("(" as StaticString)
                w.indent(ind, node: n1261, list: s1258)
                let n1262 = w.count
                let v1263 = k.eventViewModel_payloadType(e1248)
                w.write(v1263)
                w.indent(ind, node: n1262, list: s1258)
                let n1264 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n1264, list: s1258)
            }
            w.indent(ind, node: n1256, list: s1249)
            let n1265 = w.count
            let v1266 = k.eventViewModel_hasPayload(e1248)
            if !v1266 {
                let s1267 = w.count
                w.write("    case " as StaticString)
                let n1268 = w.count
                let v1269 = k.eventViewModel_caseName(e1248)
                w.write(v1269)
                w.indent(ind, node: n1268, list: s1267)
                let n1270 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1270, list: s1267)
            }
            w.indent(ind, node: n1265, list: s1249)
        }
        w.indent(ind, node: n1245, list: s1228)
        let n1271 = w.count
        let v1272 = k.eventsViewModel_unknownDocLines(a2)
        for i1273 in v1272.indices {
            let e1274 = v1272[i1273]
            let s1275 = w.count
            w.write("    /// " as StaticString)
            let n1276 = w.count
            w.write(e1274)
            w.indent(ind, node: n1276, list: s1275)
            let n1277 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n1277, list: s1275)
        }
        w.indent(ind, node: n1271, list: s1228)
        let n1278 = w.count
        let v1279 = k.eventsViewModel_hasPayloadKey(a2)
        if v1279 {
            let s1280 = w.count
            w.write("    case " as StaticString)
            let n1281 = w.count
            let v1282 = k.eventsViewModel_unknownCaseName(a2)
            w.write(v1282)
            w.indent(ind, node: n1281, list: s1280)
            let n1283 = w.count
            w.write("(name: Swift.String, payload: " as StaticString)
            w.indent(ind, node: n1283, list: s1280)
            let n1284 = w.count
            let v1285 = k.eventsViewModel_runtime(a2)
            w.write(v1285)
            w.indent(ind, node: n1284, list: s1280)
            let n1286 = w.count
            w.write(".JSONValue?)\n" as StaticString)
            w.indent(ind, node: n1286, list: s1280)
        }
        w.indent(ind, node: n1278, list: s1228)
        let n1287 = w.count
        let v1288 = k.eventsViewModel_hasPayloadKey(a2)
        if !v1288 {
            let s1289 = w.count
            w.write("    case " as StaticString)
            let n1290 = w.count
            let v1291 = k.eventsViewModel_unknownCaseName(a2)
            w.write(v1291)
            w.indent(ind, node: n1290, list: s1289)
            let n1292 = w.count
            w.write("(name: Swift.String)\n" as StaticString)
            w.indent(ind, node: n1292, list: s1289)
        }
        w.indent(ind, node: n1287, list: s1228)
        let n1293 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1293, list: s1228)
        let n1294 = w.count
        w.write("    /// The event's name on the wire.\n" as StaticString)
        w.indent(ind, node: n1294, list: s1228)
        let n1295 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1295, list: s1228)
        let n1296 = w.count
        let v1297 = k.eventsViewModel_access(a2)
        w.write(v1297)
        w.indent(ind, node: n1296, list: s1228)
        let n1298 = w.count
        w.write(" var name: Swift.String {\n" as StaticString)
        w.indent(ind, node: n1298, list: s1228)
        let n1299 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1299, list: s1228)
        let n1300 = w.count
        let v1301 = k.eventsViewModel_events(a2)
        for i1302 in v1301.indices {
            let e1303 = v1301[i1302]
            let s1304 = w.count
            w.write("        case ." as StaticString)
            let n1305 = w.count
            let v1306 = k.eventViewModel_caseName(e1303)
            w.write(v1306)
            w.indent(ind, node: n1305, list: s1304)
            let n1307 = w.count
            w.write(": return \"" as StaticString)
            w.indent(ind, node: n1307, list: s1304)
            let n1308 = w.count
            let v1309 = k.eventViewModel_wireName(e1303)
            w.write(v1309)
            w.indent(ind, node: n1308, list: s1304)
            let n1310 = w.count
            w.write("\"\n" as StaticString)
            w.indent(ind, node: n1310, list: s1304)
        }
        w.indent(ind, node: n1300, list: s1228)
        let n1311 = w.count
        let v1312 = k.eventsViewModel_hasPayloadKey(a2)
        if v1312 {
            let s1313 = w.count
            w.write("        case ." as StaticString)
            let n1314 = w.count
            let v1315 = k.eventsViewModel_unknownCaseName(a2)
            w.write(v1315)
            w.indent(ind, node: n1314, list: s1313)
            let n1316 = w.count
            w.write("(let name, _): return name\n" as StaticString)
            w.indent(ind, node: n1316, list: s1313)
        }
        w.indent(ind, node: n1311, list: s1228)
        let n1317 = w.count
        let v1318 = k.eventsViewModel_hasPayloadKey(a2)
        if !v1318 {
            let s1319 = w.count
            w.write("        case ." as StaticString)
            let n1320 = w.count
            let v1321 = k.eventsViewModel_unknownCaseName(a2)
            w.write(v1321)
            w.indent(ind, node: n1320, list: s1319)
            let n1322 = w.count
            w.write("(let name): return name\n" as StaticString)
            w.indent(ind, node: n1322, list: s1319)
        }
        w.indent(ind, node: n1317, list: s1228)
        let n1323 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1323, list: s1228)
        let n1324 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1324, list: s1228)
        let n1325 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1325, list: s1228)
        let n1326 = w.count
        w.write("    private enum CodingKeys: Swift.String, Swift.CodingKey {\n" as StaticString)
        w.indent(ind, node: n1326, list: s1228)
        let n1327 = w.count
        w.write("        case name = \"" as StaticString)
        w.indent(ind, node: n1327, list: s1228)
        let n1328 = w.count
        let v1329 = k.eventsViewModel_discriminatorKey(a2)
        w.write(v1329)
        w.indent(ind, node: n1328, list: s1228)
        let n1330 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n1330, list: s1228)
        let n1331 = w.count
        let v1332 = k.eventsViewModel_hasPayloadKey(a2)
        if v1332 {
            let s1333 = w.count
            w.write("        case payload = \"" as StaticString)
            let n1334 = w.count
            let v1335 = k.eventsViewModel_payloadKey(a2)
            w.write(v1335)
            w.indent(ind, node: n1334, list: s1333)
            let n1336 = w.count
            w.write("\"\n" as StaticString)
            w.indent(ind, node: n1336, list: s1333)
        }
        w.indent(ind, node: n1331, list: s1228)
        let n1337 = w.count
        let v1338 = k.eventsViewModel_frameKeys(a2)
        for i1339 in v1338.indices {
            let e1340 = v1338[i1339]
            let s1341 = w.count
            w.write("        case " as StaticString)
            let n1342 = w.count
            let v1343 = k.eventKeyViewModel_caseName(e1340)
            w.write(v1343)
            w.indent(ind, node: n1342, list: s1341)
            let n1344 = w.count
            w.write(" = \"" as StaticString)
            w.indent(ind, node: n1344, list: s1341)
            let n1345 = w.count
            let v1346 = k.eventKeyViewModel_jsonKey(e1340)
            w.write(v1346)
            w.indent(ind, node: n1345, list: s1341)
            let n1347 = w.count
            w.write("\"\n" as StaticString)
            w.indent(ind, node: n1347, list: s1341)
        }
        w.indent(ind, node: n1337, list: s1228)
        let n1348 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1348, list: s1228)
        let n1349 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1349, list: s1228)
        let n1350 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1350, list: s1228)
        let n1351 = w.count
        let v1352 = k.eventsViewModel_access(a2)
        w.write(v1352)
        w.indent(ind, node: n1351, list: s1228)
        let n1353 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n1353, list: s1228)
        let n1354 = w.count
        w.write("        let container = try decoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
        w.indent(ind, node: n1354, list: s1228)
        let n1355 = w.count
        w.write("        let name = try container.decode(Swift.String.self, forKey: .name)\n" as StaticString)
        w.indent(ind, node: n1355, list: s1228)
        let n1356 = w.count
        w.write("        switch name {\n" as StaticString)
        w.indent(ind, node: n1356, list: s1228)
        let n1357 = w.count
        let v1358 = k.eventsViewModel_events(a2)
        for i1359 in v1358.indices {
            let e1360 = v1358[i1359]
            let s1361 = w.count
            let v1362 = k.eventViewModel_isData(e1360)
            if v1362 {
                let s1363 = w.count
                w.write("        case \"" as StaticString)
                let n1364 = w.count
                let v1365 = k.eventViewModel_wireName(e1360)
                w.write(v1365)
                w.indent(ind, node: n1364, list: s1363)
                let n1366 = w.count
                w.write("\": self = ." as StaticString)
                w.indent(ind, node: n1366, list: s1363)
                let n1367 = w.count
                let v1368 = k.eventViewModel_caseName(e1360)
                w.write(v1368)
                w.indent(ind, node: n1367, list: s1363)
                let n1369 = w.count
                w.write("(try container.decode(" as StaticString)
                w.indent(ind, node: n1369, list: s1363)
                let n1370 = w.count
                let v1371 = k.eventViewModel_payloadType(e1360)
                w.write(v1371)
                w.indent(ind, node: n1370, list: s1363)
                let n1372 = w.count
                w.write(".self, forKey: .payload))\n" as StaticString)
                w.indent(ind, node: n1372, list: s1363)
            }
            let n1373 = w.count
            let v1374 = k.eventViewModel_isFrame(e1360)
            if v1374 {
                let s1375 = w.count
                let v1376 = k.eventViewModel_hasFields(e1360)
                if v1376 {
                    let s1377 = w.count
                    w.write("        case \"" as StaticString)
                    let n1378 = w.count
                    let v1379 = k.eventViewModel_wireName(e1360)
                    w.write(v1379)
                    w.indent(ind, node: n1378, list: s1377)
                    let n1380 = w.count
                    w.write("\":\n" as StaticString)
                    w.indent(ind, node: n1380, list: s1377)
                    let n1381 = w.count
                    w.write("            self = ." as StaticString)
                    w.indent(ind, node: n1381, list: s1377)
                    let n1382 = w.count
                    let v1383 = k.eventViewModel_caseName(e1360)
                    w.write(v1383)
                    w.indent(ind, node: n1382, list: s1377)
                    let n1384 = w.count
                    w.write("(\n" as StaticString)
                    w.indent(ind, node: n1384, list: s1377)
                    let n1385 = w.count
                    w.write("                " as StaticString)
                    w.indent(ind, node: n1385, list: s1377)
                    let n1386 = w.count
                    let v1387 = k.eventViewModel_payloadType(e1360)
                    w.write(v1387)
                    w.indent(ind, node: n1386, list: s1377)
                    let n1388 = w.count
                    w.write("(\n" as StaticString)
                    w.indent(ind, node: n1388, list: s1377)
                    let n1389 = w.count
                    if let v1390 = k.eventViewModel_fields(e1360) {
                        for i1391 in v1390.indices {
                            let e1392 = v1390[i1391]
                            let s1393 = w.count
                            w.write("                    " as StaticString)
                            let n1394 = w.count
                            let v1395 = k.variantFieldViewModel_name(e1392)
                            w.write(v1395)
                            w.indent(ind, node: n1394, list: s1393)
                            let n1396 = w.count
                            w.write(": try container." as StaticString)
                            w.indent(ind, node: n1396, list: s1393)
                            let n1397 = w.count
                            let v1398 = k.variantFieldViewModel_isOptional(e1392)
                            if v1398 {
                                w.write("decodeIfPresent" as StaticString)
                            }
                            w.indent(ind, node: n1397, list: s1393)
                            let n1399 = w.count
                            let v1400 = k.variantFieldViewModel_isOptional(e1392)
                            if !v1400 {
                                w.write("decode" as StaticString)
                            }
                            w.indent(ind, node: n1399, list: s1393)
                            let n1401 = w.count
                            w.write("(" as StaticString)
                            w.indent(ind, node: n1401, list: s1393)
                            let n1402 = w.count
                            let v1403 = k.variantFieldViewModel_baseType(e1392)
                            w.write(v1403)
                            w.indent(ind, node: n1402, list: s1393)
                            let n1404 = w.count
                            w.write(".self, forKey: ." as StaticString)
                            w.indent(ind, node: n1404, list: s1393)
                            let n1405 = w.count
                            let v1406 = k.variantFieldViewModel_commonName(e1392)
                            w.write(v1406)
                            w.indent(ind, node: n1405, list: s1393)
                            let n1407 = w.count
                            w.write(")" as StaticString)
                            w.indent(ind, node: n1407, list: s1393)
                            let n1408 = w.count
                            let v1409 = k.variantFieldViewModel_isLastParameter(e1392)
                            if !v1409 {
                                w.write("," as StaticString)
                            }
                            w.indent(ind, node: n1408, list: s1393)
                            let n1410 = w.count
                            w.write("\n" as StaticString)
                            w.indent(ind, node: n1410, list: s1393)
                        }
                    }
                    w.indent(ind, node: n1389, list: s1377)
                    let n1411 = w.count
                    w.write("                )\n" as StaticString)
                    w.indent(ind, node: n1411, list: s1377)
                    let n1412 = w.count
                    w.write("            )\n" as StaticString)
                    w.indent(ind, node: n1412, list: s1377)
                }
                let n1413 = w.count
                let v1414 = k.eventViewModel_hasFields(e1360)
                if !v1414 {
                    let s1415 = w.count
                    w.write("        case \"" as StaticString)
                    let n1416 = w.count
                    let v1417 = k.eventViewModel_wireName(e1360)
                    w.write(v1417)
                    w.indent(ind, node: n1416, list: s1415)
                    let n1418 = w.count
                    w.write("\": self = ." as StaticString)
                    w.indent(ind, node: n1418, list: s1415)
                    let n1419 = w.count
                    let v1420 = k.eventViewModel_caseName(e1360)
                    w.write(v1420)
                    w.indent(ind, node: n1419, list: s1415)
                    let n1421 = w.count
                    w.write("(try " as StaticString)
                    w.indent(ind, node: n1421, list: s1415)
                    let n1422 = w.count
                    let v1423 = k.eventViewModel_payloadType(e1360)
                    w.write(v1423)
                    w.indent(ind, node: n1422, list: s1415)
                    let n1424 = w.count
                    w.write("(from: decoder))\n" as StaticString)
                    w.indent(ind, node: n1424, list: s1415)
                }
                w.indent(ind, node: n1413, list: s1375)
            }
            w.indent(ind, node: n1373, list: s1361)
            let n1425 = w.count
            let v1426 = k.eventViewModel_hasPayload(e1360)
            if !v1426 {
                let s1427 = w.count
                w.write("        case \"" as StaticString)
                let n1428 = w.count
                let v1429 = k.eventViewModel_wireName(e1360)
                w.write(v1429)
                w.indent(ind, node: n1428, list: s1427)
                let n1430 = w.count
                w.write("\": self = ." as StaticString)
                w.indent(ind, node: n1430, list: s1427)
                let n1431 = w.count
                let v1432 = k.eventViewModel_caseName(e1360)
                w.write(v1432)
                w.indent(ind, node: n1431, list: s1427)
                let n1433 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1433, list: s1427)
            }
            w.indent(ind, node: n1425, list: s1361)
        }
        w.indent(ind, node: n1357, list: s1228)
        let n1434 = w.count
        let v1435 = k.eventsViewModel_hasPayloadKey(a2)
        if v1435 {
            let s1436 = w.count
            w.write("        default: self = ." as StaticString)
            let n1437 = w.count
            let v1438 = k.eventsViewModel_unknownCaseName(a2)
            w.write(v1438)
            w.indent(ind, node: n1437, list: s1436)
            let n1439 = w.count
            w.write("(name: name, payload: try container.decodeIfPresent(" as StaticString)
            w.indent(ind, node: n1439, list: s1436)
            let n1440 = w.count
            let v1441 = k.eventsViewModel_runtime(a2)
            w.write(v1441)
            w.indent(ind, node: n1440, list: s1436)
            let n1442 = w.count
            w.write(".JSONValue.self, forKey: .payload))\n" as StaticString)
            w.indent(ind, node: n1442, list: s1436)
        }
        w.indent(ind, node: n1434, list: s1228)
        let n1443 = w.count
        let v1444 = k.eventsViewModel_hasPayloadKey(a2)
        if !v1444 {
            let s1445 = w.count
            w.write("        default: self = ." as StaticString)
            let n1446 = w.count
            let v1447 = k.eventsViewModel_unknownCaseName(a2)
            w.write(v1447)
            w.indent(ind, node: n1446, list: s1445)
            let n1448 = w.count
            w.write("(name: name)\n" as StaticString)
            w.indent(ind, node: n1448, list: s1445)
        }
        w.indent(ind, node: n1443, list: s1228)
        let n1449 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1449, list: s1228)
        let n1450 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1450, list: s1228)
        let n1451 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1451, list: s1228)
        let n1452 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1452, list: s1228)
        let n1453 = w.count
        let v1454 = k.eventsViewModel_access(a2)
        w.write(v1454)
        w.indent(ind, node: n1453, list: s1228)
        let n1455 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n1455, list: s1228)
        let n1456 = w.count
        w.write("        var container = encoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
        w.indent(ind, node: n1456, list: s1228)
        let n1457 = w.count
        w.write("        try container.encode(self.name, forKey: .name)\n" as StaticString)
        w.indent(ind, node: n1457, list: s1228)
        let n1458 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1458, list: s1228)
        let n1459 = w.count
        let v1460 = k.eventsViewModel_events(a2)
        for i1461 in v1460.indices {
            let e1462 = v1460[i1461]
            let s1463 = w.count
            let v1464 = k.eventViewModel_isData(e1462)
            if v1464 {
                let s1465 = w.count
                w.write("        case ." as StaticString)
                let n1466 = w.count
                let v1467 = k.eventViewModel_caseName(e1462)
                w.write(v1467)
                w.indent(ind, node: n1466, list: s1465)
                let n1468 = w.count
                w.write("(let payload): try container.encode(payload, forKey: .payload)\n" as StaticString)
                w.indent(ind, node: n1468, list: s1465)
            }
            let n1469 = w.count
            let v1470 = k.eventViewModel_isFrame(e1462)
            if v1470 {
                let s1471 = w.count
                w.write("        case ." as StaticString)
                let n1472 = w.count
                let v1473 = k.eventViewModel_caseName(e1462)
                w.write(v1473)
                w.indent(ind, node: n1472, list: s1471)
                let n1474 = w.count
                w.write("(let fields): try fields.encode(to: encoder)\n" as StaticString)
                w.indent(ind, node: n1474, list: s1471)
            }
            w.indent(ind, node: n1469, list: s1463)
            let n1475 = w.count
            let v1476 = k.eventViewModel_hasPayload(e1462)
            if !v1476 {
                let s1477 = w.count
                w.write("        case ." as StaticString)
                let n1478 = w.count
                let v1479 = k.eventViewModel_caseName(e1462)
                w.write(v1479)
                w.indent(ind, node: n1478, list: s1477)
                let n1480 = w.count
                w.write(": break\n" as StaticString)
                w.indent(ind, node: n1480, list: s1477)
            }
            w.indent(ind, node: n1475, list: s1463)
        }
        w.indent(ind, node: n1459, list: s1228)
        let n1481 = w.count
        let v1482 = k.eventsViewModel_hasPayloadKey(a2)
        if v1482 {
            let s1483 = w.count
            w.write("        case ." as StaticString)
            let n1484 = w.count
            let v1485 = k.eventsViewModel_unknownCaseName(a2)
            w.write(v1485)
            w.indent(ind, node: n1484, list: s1483)
            let n1486 = w.count
            w.write("(_, let payload): try container.encodeIfPresent(payload, forKey: .payload)\n" as StaticString)
            w.indent(ind, node: n1486, list: s1483)
        }
        w.indent(ind, node: n1481, list: s1228)
        let n1487 = w.count
        let v1488 = k.eventsViewModel_hasPayloadKey(a2)
        if !v1488 {
            let s1489 = w.count
            w.write("        case ." as StaticString)
            let n1490 = w.count
            let v1491 = k.eventsViewModel_unknownCaseName(a2)
            w.write(v1491)
            w.indent(ind, node: n1490, list: s1489)
            let n1492 = w.count
            w.write(": break\n" as StaticString)
            w.indent(ind, node: n1492, list: s1489)
        }
        w.indent(ind, node: n1487, list: s1228)
        let n1493 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1493, list: s1228)
        let n1494 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1494, list: s1228)
        let n1495 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1495, list: s1228)
    }

    /// The partial `events-json`.
    private static func partial10(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: EventsViewModel) {
        let s1496 = w.count
        let n1497 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n1497, list: s1496)
        let n1498 = w.count
        let v1499 = k.eventsViewModel_qualifiedName(a2)
        w.write(v1499)
        w.indent(ind, node: n1498, list: s1496)
        let n1500 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n1500, list: s1496)
        let n1501 = w.count
        let v1502 = k.eventsViewModel_runtime(a2)
        w.write(v1502)
        w.indent(ind, node: n1501, list: s1496)
        let n1503 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n1503, list: s1496)
        let n1504 = w.count
        w.write("    /// Decodes a message from JSON in one pass over the bytes, without `JSONDec" as StaticString)
        w.write("oder`: the result equals\n" as StaticString)
        w.indent(ind, node: n1504, list: s1496)
        let n1505 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n1505, list: s1496)
        let n1506 = w.count
        let v1507 = k.eventsViewModel_name(a2)
        w.write(v1507)
        w.indent(ind, node: n1506, list: s1496)
        let n1508 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n1508, list: s1496)
        let n1509 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1509, list: s1496)
        let n1510 = w.count
        let v1511 = k.eventsViewModel_access(a2)
        w.write(v1511)
        w.indent(ind, node: n1510, list: s1496)
        let n1512 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n1512, list: s1496)
        let n1513 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n1513, list: s1496)
        let n1514 = w.count
        let v1515 = k.eventsViewModel_runtime(a2)
        w.write(v1515)
        w.indent(ind, node: n1514, list: s1496)
        let n1516 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n1516, list: s1496)
        let n1517 = w.count
        let v1518 = k.eventsViewModel_qualifiedName(a2)
        w.write(v1518)
        w.indent(ind, node: n1517, list: s1496)
        let n1519 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n1519, list: s1496)
        let n1520 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1520, list: s1496)
        let n1521 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1521, list: s1496)
        let n1522 = w.count
        w.write("    private static let _specgenJSONKeys = " as StaticString)
        w.indent(ind, node: n1522, list: s1496)
        let n1523 = w.count
        let v1524 = k.eventsViewModel_runtime(a2)
        w.write(v1524)
        w.indent(ind, node: n1523, list: s1496)
        let n1525 = w.count
        w.write(".JSONKeyTable([\"" as StaticString)
        w.indent(ind, node: n1525, list: s1496)
        let n1526 = w.count
        let v1527 = k.eventsViewModel_discriminatorKey(a2)
        w.write(v1527)
        w.indent(ind, node: n1526, list: s1496)
        let n1528 = w.count
        w.write("\"" as StaticString)
        w.indent(ind, node: n1528, list: s1496)
        let n1529 = w.count
        let v1530 = k.eventsViewModel_hasPayloadKey(a2)
        if v1530 {
            let s1531 = w.count
            w.write(", \"" as StaticString)
            let n1532 = w.count
            let v1533 = k.eventsViewModel_payloadKey(a2)
            w.write(v1533)
            w.indent(ind, node: n1532, list: s1531)
            let n1534 = w.count
            w.write("\"" as StaticString)
            w.indent(ind, node: n1534, list: s1531)
        }
        w.indent(ind, node: n1529, list: s1496)
        let n1535 = w.count
        w.write("])\n" as StaticString)
        w.indent(ind, node: n1535, list: s1496)
        let n1536 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1536, list: s1496)
        let n1537 = w.count
        w.write("    /// Reads a message at the reader's position: its name first, then the paylo" as StaticString)
        w.write("ad the name selects.\n" as StaticString)
        w.indent(ind, node: n1537, list: s1496)
        let n1538 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1538, list: s1496)
        let n1539 = w.count
        let v1540 = k.eventsViewModel_access(a2)
        w.write(v1540)
        w.indent(ind, node: n1539, list: s1496)
        let n1541 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n1541, list: s1496)
        let n1542 = w.count
        let v1543 = k.eventsViewModel_runtime(a2)
        w.write(v1543)
        w.indent(ind, node: n1542, list: s1496)
        let n1544 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n1544, list: s1496)
        let n1545 = w.count
        let v1546 = k.eventsViewModel_hasFrameEvents(a2)
        if v1546 {
            w.write("        let start = reader\n" as StaticString)
        }
        w.indent(ind, node: n1545, list: s1496)
        let n1547 = w.count
        w.write("        var name: Swift.String? = nil\n" as StaticString)
        w.indent(ind, node: n1547, list: s1496)
        let n1548 = w.count
        let v1549 = k.eventsViewModel_hasPayloadKey(a2)
        if v1549 {
            let s1550 = w.count
            w.write("        var payload: " as StaticString)
            let n1551 = w.count
            let v1552 = k.eventsViewModel_runtime(a2)
            w.write(v1552)
            w.indent(ind, node: n1551, list: s1550)
            let n1553 = w.count
            w.write(".JSONDecodingReader? = nil\n" as StaticString)
            w.indent(ind, node: n1553, list: s1550)
        }
        w.indent(ind, node: n1548, list: s1496)
        let n1554 = w.count
        w.write("        var object = try reader.beginObject()\n" as StaticString)
        w.indent(ind, node: n1554, list: s1496)
        let n1555 = w.count
        w.write("        while let key = try reader.nextKey(&object, " as StaticString)
        w.indent(ind, node: n1555, list: s1496)
        let n1556 = w.count
        let v1557 = k.eventsViewModel_qualifiedName(a2)
        w.write(v1557)
        w.indent(ind, node: n1556, list: s1496)
        let n1558 = w.count
        w.write("._specgenJSONKeys) {\n" as StaticString)
        w.indent(ind, node: n1558, list: s1496)
        let n1559 = w.count
        w.write("            switch key {\n" as StaticString)
        w.indent(ind, node: n1559, list: s1496)
        let n1560 = w.count
        w.write("            case 0: try reader.decodeField(&name)\n" as StaticString)
        w.indent(ind, node: n1560, list: s1496)
        let n1561 = w.count
        let v1562 = k.eventsViewModel_hasPayloadKey(a2)
        if v1562 {
            let s1563 = w.count
            w.write("            case 1:\n" as StaticString)
            let n1564 = w.count
            w.write("                if payload == nil { payload = reader }\n" as StaticString)
            w.indent(ind, node: n1564, list: s1563)
            let n1565 = w.count
            w.write("                try reader.skipValue()\n" as StaticString)
            w.indent(ind, node: n1565, list: s1563)
        }
        w.indent(ind, node: n1561, list: s1496)
        let n1566 = w.count
        w.write("            default: try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n1566, list: s1496)
        let n1567 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n1567, list: s1496)
        let n1568 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1568, list: s1496)
        let n1569 = w.count
        w.write("        guard let name else { throw reader.missingKey(\"" as StaticString)
        w.indent(ind, node: n1569, list: s1496)
        let n1570 = w.count
        let v1571 = k.eventsViewModel_discriminatorKey(a2)
        w.write(v1571)
        w.indent(ind, node: n1570, list: s1496)
        let n1572 = w.count
        w.write("\", in: object) }\n" as StaticString)
        w.indent(ind, node: n1572, list: s1496)
        let n1573 = w.count
        w.write("        switch name {\n" as StaticString)
        w.indent(ind, node: n1573, list: s1496)
        let n1574 = w.count
        let v1575 = k.eventsViewModel_events(a2)
        for i1576 in v1575.indices {
            let e1577 = v1575[i1576]
            let s1578 = w.count
            let v1579 = k.eventViewModel_isData(e1577)
            if v1579 {
                let s1580 = w.count
                w.write("        case \"" as StaticString)
                let n1581 = w.count
                let v1582 = k.eventViewModel_wireName(e1577)
                w.write(v1582)
                w.indent(ind, node: n1581, list: s1580)
                let n1583 = w.count
                w.write("\":\n" as StaticString)
                w.indent(ind, node: n1583, list: s1580)
                let n1584 = w.count
                w.write("            guard var data = payload else { throw reader.missingKey(\"" as StaticString)
                w.indent(ind, node: n1584, list: s1580)
                let n1585 = w.count
                let v1586 = k.eventsViewModel_payloadKey(a2)
                w.write(v1586)
                w.indent(ind, node: n1585, list: s1580)
                let n1587 = w.count
                w.write("\", in: object) }\n" as StaticString)
                w.indent(ind, node: n1587, list: s1580)
                let n1588 = w.count
                w.write("            self = ." as StaticString)
                w.indent(ind, node: n1588, list: s1580)
                let n1589 = w.count
                let v1590 = k.eventViewModel_caseName(e1577)
                w.write(v1590)
                w.indent(ind, node: n1589, list: s1580)
                let n1591 = w.count
                w.write("(try " as StaticString)
                w.indent(ind, node: n1591, list: s1580)
                let n1592 = w.count
                let v1593 = k.eventViewModel_payloadType(e1577)
                w.write(v1593)
                w.indent(ind, node: n1592, list: s1580)
                let n1594 = w.count
                w.write("(jsonReader: &data))\n" as StaticString)
                w.indent(ind, node: n1594, list: s1580)
            }
            let n1595 = w.count
            let v1596 = k.eventViewModel_isFrame(e1577)
            if v1596 {
                let s1597 = w.count
                w.write("        case \"" as StaticString)
                let n1598 = w.count
                let v1599 = k.eventViewModel_wireName(e1577)
                w.write(v1599)
                w.indent(ind, node: n1598, list: s1597)
                let n1600 = w.count
                w.write("\":\n" as StaticString)
                w.indent(ind, node: n1600, list: s1597)
                let n1601 = w.count
                w.write("            var fields = start\n" as StaticString)
                w.indent(ind, node: n1601, list: s1597)
                let n1602 = w.count
                w.write("            self = ." as StaticString)
                w.indent(ind, node: n1602, list: s1597)
                let n1603 = w.count
                let v1604 = k.eventViewModel_caseName(e1577)
                w.write(v1604)
                w.indent(ind, node: n1603, list: s1597)
                let n1605 = w.count
                w.write("(try " as StaticString)
                w.indent(ind, node: n1605, list: s1597)
                let n1606 = w.count
                let v1607 = k.eventViewModel_payloadType(e1577)
                w.write(v1607)
                w.indent(ind, node: n1606, list: s1597)
                let n1608 = w.count
                w.write("(jsonReader: &fields))\n" as StaticString)
                w.indent(ind, node: n1608, list: s1597)
            }
            w.indent(ind, node: n1595, list: s1578)
            let n1609 = w.count
            let v1610 = k.eventViewModel_hasPayload(e1577)
            if !v1610 {
                let s1611 = w.count
                w.write("        case \"" as StaticString)
                let n1612 = w.count
                let v1613 = k.eventViewModel_wireName(e1577)
                w.write(v1613)
                w.indent(ind, node: n1612, list: s1611)
                let n1614 = w.count
                w.write("\": self = ." as StaticString)
                w.indent(ind, node: n1614, list: s1611)
                let n1615 = w.count
                let v1616 = k.eventViewModel_caseName(e1577)
                w.write(v1616)
                w.indent(ind, node: n1615, list: s1611)
                let n1617 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1617, list: s1611)
            }
            w.indent(ind, node: n1609, list: s1578)
        }
        w.indent(ind, node: n1574, list: s1496)
        let n1618 = w.count
        let v1619 = k.eventsViewModel_hasPayloadKey(a2)
        if v1619 {
            let s1620 = w.count
            w.write("        default:\n" as StaticString)
            let n1621 = w.count
            w.write("            var value: " as StaticString)
            w.indent(ind, node: n1621, list: s1620)
            let n1622 = w.count
            let v1623 = k.eventsViewModel_runtime(a2)
            w.write(v1623)
            w.indent(ind, node: n1622, list: s1620)
            let n1624 = w.count
            w.write(".JSONValue? = nil\n" as StaticString)
            w.indent(ind, node: n1624, list: s1620)
            let n1625 = w.count
            w.write("            if var data = payload, !(try data.consumeNull()) { value = try " as StaticString)
            w.indent(ind, node: n1625, list: s1620)
            let n1626 = w.count
            let v1627 = k.eventsViewModel_runtime(a2)
            w.write(v1627)
            w.indent(ind, node: n1626, list: s1620)
            let n1628 = w.count
            w.write(".JSONValue(jsonReader: &data) }\n" as StaticString)
            w.indent(ind, node: n1628, list: s1620)
            let n1629 = w.count
            w.write("            self = ." as StaticString)
            w.indent(ind, node: n1629, list: s1620)
            let n1630 = w.count
            let v1631 = k.eventsViewModel_unknownCaseName(a2)
            w.write(v1631)
            w.indent(ind, node: n1630, list: s1620)
            let n1632 = w.count
            w.write("(name: name, payload: value)\n" as StaticString)
            w.indent(ind, node: n1632, list: s1620)
        }
        w.indent(ind, node: n1618, list: s1496)
        let n1633 = w.count
        let v1634 = k.eventsViewModel_hasPayloadKey(a2)
        if !v1634 {
            let s1635 = w.count
            w.write("        default: self = ." as StaticString)
            let n1636 = w.count
            let v1637 = k.eventsViewModel_unknownCaseName(a2)
            w.write(v1637)
            w.indent(ind, node: n1636, list: s1635)
            let n1638 = w.count
            w.write("(name: name)\n" as StaticString)
            w.indent(ind, node: n1638, list: s1635)
        }
        w.indent(ind, node: n1633, list: s1496)
        let n1639 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1639, list: s1496)
        let n1640 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1640, list: s1496)
        let n1641 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1641, list: s1496)
    }

    /// The partial `opcode-events`.
    private static func partial11(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: OpcodeEventsViewModel) {
        let s1642 = w.count
        let n1643 = w.count
        let v1644 = k.opcodeEventsViewModel_docLines(a2)
        for i1645 in v1644.indices {
            let e1646 = v1644[i1645]
            let s1647 = w.count
            w.write("/// " as StaticString)
            let n1648 = w.count
            w.write(e1646)
            w.indent(ind, node: n1648, list: s1647)
            let n1649 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n1649, list: s1647)
        }
        w.indent(ind, node: n1643, list: s1642)
        let n1650 = w.count
        let v1651 = k.opcodeEventsViewModel_access(a2)
        w.write(v1651)
        w.indent(ind, node: n1650, list: s1642)
        let n1652 = w.count
        w.write(" " as StaticString)
        w.indent(ind, node: n1652, list: s1642)
        let n1653 = w.count
        let v1654 = k.opcodeEventsViewModel_isIndirect(a2)
        if v1654 {
            w.write("indirect " as StaticString)
        }
        w.indent(ind, node: n1653, list: s1642)
        let n1655 = w.count
        w.write("enum " as StaticString)
        w.indent(ind, node: n1655, list: s1642)
        let n1656 = w.count
        let v1657 = k.opcodeEventsViewModel_name(a2)
        w.write(v1657)
        w.indent(ind, node: n1656, list: s1642)
        let n1658 = w.count
        w.write(": Swift.Codable, Swift.Hashable, Swift.Sendable {\n" as StaticString)
        w.indent(ind, node: n1658, list: s1642)
        let n1659 = w.count
        let v1660 = k.opcodeEventsViewModel_events(a2)
        for i1661 in v1660.indices {
            let e1662 = v1660[i1661]
            let s1663 = w.count
            let v1664 = k.opcodeEventViewModel_docLines(e1662)
            for i1665 in v1664.indices {
                let e1666 = v1664[i1665]
                let s1667 = w.count
                w.write("    /// " as StaticString)
                let n1668 = w.count
                w.write(e1666)
                w.indent(ind, node: n1668, list: s1667)
                let n1669 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n1669, list: s1667)
            }
            let n1670 = w.count
            w.write("    case " as StaticString)
            w.indent(ind, node: n1670, list: s1663)
            let n1671 = w.count
            let v1672 = k.opcodeEventViewModel_caseName(e1662)
            w.write(v1672)
            w.indent(ind, node: n1671, list: s1663)
            let n1673 = w.count
            let v1674 = k.opcodeEventViewModel_hasValues(e1662)
            if v1674 {
                let s1675 = w.count
                w.write("(" as StaticString)
                let n1676 = w.count
                let v1677 = k.opcodeEventViewModel_hasPayload(e1662)
                if v1677 {
                    let s1678 = w.count
                    let v1679 = k.opcodeEventViewModel_payloadType(e1662)
                    w.write(v1679)
                    let n1680 = w.count
                    let v1681 = k.opcodeEventViewModel_isPayloadNullable(e1662)
                    if v1681 {
                        w.write("?" as StaticString)
                    }
                    w.indent(ind, node: n1680, list: s1678)
                    let n1682 = w.count
                    let v1683 = k.opcodeEventViewModel_carriesSequence(e1662)
                    if v1683 {
                        w.write(", " as StaticString)
                    }
                    w.indent(ind, node: n1682, list: s1678)
                }
                w.indent(ind, node: n1676, list: s1675)
                let n1684 = w.count
                let v1685 = k.opcodeEventViewModel_carriesSequence(e1662)
                if v1685 {
                    w.write("sequence: Swift.Int" as StaticString)
                }
                w.indent(ind, node: n1684, list: s1675)
                let n1686 = w.count
                w.write(")" as StaticString)
                w.indent(ind, node: n1686, list: s1675)
            }
            w.indent(ind, node: n1673, list: s1663)
            let n1687 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n1687, list: s1663)
        }
        w.indent(ind, node: n1659, list: s1642)
        let n1688 = w.count
        let v1689 = k.opcodeEventsViewModel_unknownDocLines(a2)
        for i1690 in v1689.indices {
            let e1691 = v1689[i1690]
            let s1692 = w.count
            w.write("    /// " as StaticString)
            let n1693 = w.count
            w.write(e1691)
            w.indent(ind, node: n1693, list: s1692)
            let n1694 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n1694, list: s1692)
        }
        w.indent(ind, node: n1688, list: s1642)
        let n1695 = w.count
        w.write("    case " as StaticString)
        w.indent(ind, node: n1695, list: s1642)
        let n1696 = w.count
        let v1697 = k.opcodeEventsViewModel_unknownCaseName(a2)
        w.write(v1697)
        w.indent(ind, node: n1696, list: s1642)
        let n1698 = w.count
        w.write("(opcode: Swift.Int, name: Swift.String?, " as StaticString)
        w.indent(ind, node: n1698, list: s1642)
        let n1699 = w.count
        let v1700 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1700 {
            w.write("sequence: Swift.Int?, " as StaticString)
        }
        w.indent(ind, node: n1699, list: s1642)
        let n1701 = w.count
        w.write("payload: " as StaticString)
        w.indent(ind, node: n1701, list: s1642)
        let n1702 = w.count
        let v1703 = k.opcodeEventsViewModel_runtime(a2)
        w.write(v1703)
        w.indent(ind, node: n1702, list: s1642)
        let n1704 = w.count
        w.write(".JSONValue?)\n" as StaticString)
        w.indent(ind, node: n1704, list: s1642)
        let n1705 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1705, list: s1642)
        let n1706 = w.count
        w.write("    /// The message's code (`" as StaticString)
        w.indent(ind, node: n1706, list: s1642)
        let n1707 = w.count
        let v1708 = k.opcodeEventsViewModel_opcodeKey(a2)
        w.write(v1708)
        w.indent(ind, node: n1707, list: s1642)
        let n1709 = w.count
        w.write("`): " as StaticString)
        w.indent(ind, node: n1709, list: s1642)
        let n1710 = w.count
        let v1711 = k.opcodeEventsViewModel_dispatch(a2)
        w.write(v1711)
        w.indent(ind, node: n1710, list: s1642)
        let n1712 = w.count
        w.write(" for a dispatched event.\n" as StaticString)
        w.indent(ind, node: n1712, list: s1642)
        let n1713 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1713, list: s1642)
        let n1714 = w.count
        let v1715 = k.opcodeEventsViewModel_access(a2)
        w.write(v1715)
        w.indent(ind, node: n1714, list: s1642)
        let n1716 = w.count
        w.write(" var opcode: Swift.Int {\n" as StaticString)
        w.indent(ind, node: n1716, list: s1642)
        let n1717 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1717, list: s1642)
        let n1718 = w.count
        let v1719 = k.opcodeEventsViewModel_events(a2)
        for i1720 in v1719.indices {
            let e1721 = v1719[i1720]
            let s1722 = w.count
            w.write("        case ." as StaticString)
            let n1723 = w.count
            let v1724 = k.opcodeEventViewModel_caseName(e1721)
            w.write(v1724)
            w.indent(ind, node: n1723, list: s1722)
            let n1725 = w.count
            w.write(": return " as StaticString)
            w.indent(ind, node: n1725, list: s1722)
            let n1726 = w.count
            let v1727 = k.opcodeEventViewModel_opcode(e1721)
            w.write(v1727)
            w.indent(ind, node: n1726, list: s1722)
            let n1728 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n1728, list: s1722)
        }
        w.indent(ind, node: n1718, list: s1642)
        let n1729 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n1729, list: s1642)
        let n1730 = w.count
        let v1731 = k.opcodeEventsViewModel_unknownCaseName(a2)
        w.write(v1731)
        w.indent(ind, node: n1730, list: s1642)
        let n1732 = w.count
        w.write("(let opcode, _, _" as StaticString)
        w.indent(ind, node: n1732, list: s1642)
        let n1733 = w.count
        let v1734 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1734 {
            w.write(", _" as StaticString)
        }
        w.indent(ind, node: n1733, list: s1642)
        let n1735 = w.count
        w.write("): return opcode\n" as StaticString)
        w.indent(ind, node: n1735, list: s1642)
        let n1736 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1736, list: s1642)
        let n1737 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1737, list: s1642)
        let n1738 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1738, list: s1642)
        let n1739 = w.count
        w.write("    /// The event's name on the wire (`" as StaticString)
        w.indent(ind, node: n1739, list: s1642)
        let n1740 = w.count
        let v1741 = k.opcodeEventsViewModel_discriminatorKey(a2)
        w.write(v1741)
        w.indent(ind, node: n1740, list: s1642)
        let n1742 = w.count
        w.write("`), `nil` for a message that its code alone identifies.\n" as StaticString)
        w.indent(ind, node: n1742, list: s1642)
        let n1743 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1743, list: s1642)
        let n1744 = w.count
        let v1745 = k.opcodeEventsViewModel_access(a2)
        w.write(v1745)
        w.indent(ind, node: n1744, list: s1642)
        let n1746 = w.count
        w.write(" var name: Swift.String? {\n" as StaticString)
        w.indent(ind, node: n1746, list: s1642)
        let n1747 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1747, list: s1642)
        let n1748 = w.count
        let v1749 = k.opcodeEventsViewModel_events(a2)
        for i1750 in v1749.indices {
            let e1751 = v1749[i1750]
            let s1752 = w.count
            let v1753 = k.opcodeEventViewModel_isDispatch(e1751)
            if v1753 {
                let s1754 = w.count
                w.write("        case ." as StaticString)
                let n1755 = w.count
                let v1756 = k.opcodeEventViewModel_caseName(e1751)
                w.write(v1756)
                w.indent(ind, node: n1755, list: s1754)
                let n1757 = w.count
                w.write(": return \"" as StaticString)
                w.indent(ind, node: n1757, list: s1754)
                let n1758 = w.count
                let v1759 = k.opcodeEventViewModel_wireName(e1751)
                w.write(v1759)
                w.indent(ind, node: n1758, list: s1754)
                let n1760 = w.count
                w.write("\"\n" as StaticString)
                w.indent(ind, node: n1760, list: s1754)
            }
            let n1761 = w.count
            let v1762 = k.opcodeEventViewModel_isDispatch(e1751)
            if !v1762 {
                let s1763 = w.count
                w.write("        case ." as StaticString)
                let n1764 = w.count
                let v1765 = k.opcodeEventViewModel_caseName(e1751)
                w.write(v1765)
                w.indent(ind, node: n1764, list: s1763)
                let n1766 = w.count
                w.write(": return nil\n" as StaticString)
                w.indent(ind, node: n1766, list: s1763)
            }
            w.indent(ind, node: n1761, list: s1752)
        }
        w.indent(ind, node: n1748, list: s1642)
        let n1767 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n1767, list: s1642)
        let n1768 = w.count
        let v1769 = k.opcodeEventsViewModel_unknownCaseName(a2)
        w.write(v1769)
        w.indent(ind, node: n1768, list: s1642)
        let n1770 = w.count
        w.write("(_, let name, _" as StaticString)
        w.indent(ind, node: n1770, list: s1642)
        let n1771 = w.count
        let v1772 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1772 {
            w.write(", _" as StaticString)
        }
        w.indent(ind, node: n1771, list: s1642)
        let n1773 = w.count
        w.write("): return name\n" as StaticString)
        w.indent(ind, node: n1773, list: s1642)
        let n1774 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1774, list: s1642)
        let n1775 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1775, list: s1642)
        let n1776 = w.count
        let v1777 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1777 {
            let s1778 = w.count
            w.write("\n" as StaticString)
            let n1779 = w.count
            w.write("    /// The sequence number (`" as StaticString)
            w.indent(ind, node: n1779, list: s1778)
            let n1780 = w.count
            let v1781 = k.opcodeEventsViewModel_sequenceKey(a2)
            w.write(v1781)
            w.indent(ind, node: n1780, list: s1778)
            let n1782 = w.count
            w.write("`) of a dispatched event, `nil` for other messages: the number to\n" as StaticString)
            w.indent(ind, node: n1782, list: s1778)
            let n1783 = w.count
            w.write("    /// heartbeat and resume with.\n" as StaticString)
            w.indent(ind, node: n1783, list: s1778)
            let n1784 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n1784, list: s1778)
            let n1785 = w.count
            let v1786 = k.opcodeEventsViewModel_access(a2)
            w.write(v1786)
            w.indent(ind, node: n1785, list: s1778)
            let n1787 = w.count
            w.write(" var sequence: Swift.Int? {\n" as StaticString)
            w.indent(ind, node: n1787, list: s1778)
            let n1788 = w.count
            w.write("        switch self {\n" as StaticString)
            w.indent(ind, node: n1788, list: s1778)
            let n1789 = w.count
            let v1790 = k.opcodeEventsViewModel_events(a2)
            for i1791 in v1790.indices {
                let e1792 = v1790[i1791]
                let s1793 = w.count
                let v1794 = k.opcodeEventViewModel_carriesSequence(e1792)
                if v1794 {
                    let s1795 = w.count
                    w.write("        case ." as StaticString)
                    let n1796 = w.count
                    let v1797 = k.opcodeEventViewModel_caseName(e1792)
                    w.write(v1797)
                    w.indent(ind, node: n1796, list: s1795)
                    let n1798 = w.count
                    w.write("(" as StaticString)
                    w.indent(ind, node: n1798, list: s1795)
                    let n1799 = w.count
                    let v1800 = k.opcodeEventViewModel_hasPayload(e1792)
                    if v1800 {
                        w.write("_, " as StaticString)
                    }
                    w.indent(ind, node: n1799, list: s1795)
                    let n1801 = w.count
                    w.write("let sequence): return sequence\n" as StaticString)
                    w.indent(ind, node: n1801, list: s1795)
                }
                let n1802 = w.count
                let v1803 = k.opcodeEventViewModel_carriesSequence(e1792)
                if !v1803 {
                    let s1804 = w.count
                    w.write("        case ." as StaticString)
                    let n1805 = w.count
                    let v1806 = k.opcodeEventViewModel_caseName(e1792)
                    w.write(v1806)
                    w.indent(ind, node: n1805, list: s1804)
                    let n1807 = w.count
                    w.write(": return nil\n" as StaticString)
                    w.indent(ind, node: n1807, list: s1804)
                }
                w.indent(ind, node: n1802, list: s1793)
            }
            w.indent(ind, node: n1789, list: s1778)
            let n1808 = w.count
            w.write("        case ." as StaticString)
            w.indent(ind, node: n1808, list: s1778)
            let n1809 = w.count
            let v1810 = k.opcodeEventsViewModel_unknownCaseName(a2)
            w.write(v1810)
            w.indent(ind, node: n1809, list: s1778)
            let n1811 = w.count
            w.write("(_, _, let sequence, _): return sequence\n" as StaticString)
            w.indent(ind, node: n1811, list: s1778)
            let n1812 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n1812, list: s1778)
            let n1813 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n1813, list: s1778)
        }
        w.indent(ind, node: n1776, list: s1642)
        let n1814 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1814, list: s1642)
        let n1815 = w.count
        w.write("    private enum CodingKeys: Swift.String, Swift.CodingKey {\n" as StaticString)
        w.indent(ind, node: n1815, list: s1642)
        let n1816 = w.count
        w.write("        case opcode = \"" as StaticString)
        w.indent(ind, node: n1816, list: s1642)
        let n1817 = w.count
        let v1818 = k.opcodeEventsViewModel_opcodeKey(a2)
        w.write(v1818)
        w.indent(ind, node: n1817, list: s1642)
        let n1819 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n1819, list: s1642)
        let n1820 = w.count
        w.write("        case payload = \"" as StaticString)
        w.indent(ind, node: n1820, list: s1642)
        let n1821 = w.count
        let v1822 = k.opcodeEventsViewModel_payloadKey(a2)
        w.write(v1822)
        w.indent(ind, node: n1821, list: s1642)
        let n1823 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n1823, list: s1642)
        let n1824 = w.count
        let v1825 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1825 {
            let s1826 = w.count
            w.write("        case sequence = \"" as StaticString)
            let n1827 = w.count
            let v1828 = k.opcodeEventsViewModel_sequenceKey(a2)
            w.write(v1828)
            w.indent(ind, node: n1827, list: s1826)
            let n1829 = w.count
            w.write("\"\n" as StaticString)
            w.indent(ind, node: n1829, list: s1826)
        }
        w.indent(ind, node: n1824, list: s1642)
        let n1830 = w.count
        w.write("        case name = \"" as StaticString)
        w.indent(ind, node: n1830, list: s1642)
        let n1831 = w.count
        let v1832 = k.opcodeEventsViewModel_discriminatorKey(a2)
        w.write(v1832)
        w.indent(ind, node: n1831, list: s1642)
        let n1833 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n1833, list: s1642)
        let n1834 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1834, list: s1642)
        let n1835 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1835, list: s1642)
        let n1836 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1836, list: s1642)
        let n1837 = w.count
        let v1838 = k.opcodeEventsViewModel_access(a2)
        w.write(v1838)
        w.indent(ind, node: n1837, list: s1642)
        let n1839 = w.count
        w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
        w.indent(ind, node: n1839, list: s1642)
        let n1840 = w.count
        w.write("        let container = try decoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
        w.indent(ind, node: n1840, list: s1642)
        let n1841 = w.count
        w.write("        let opcode = try container.decode(Swift.Int.self, forKey: .opcode)\n" as StaticString)
        w.indent(ind, node: n1841, list: s1642)
        let n1842 = w.count
        w.write("        switch opcode {\n" as StaticString)
        w.indent(ind, node: n1842, list: s1642)
        let n1843 = w.count
        w.write("        case " as StaticString)
        w.indent(ind, node: n1843, list: s1642)
        let n1844 = w.count
        let v1845 = k.opcodeEventsViewModel_dispatch(a2)
        w.write(v1845)
        w.indent(ind, node: n1844, list: s1642)
        let n1846 = w.count
        w.write(":\n" as StaticString)
        w.indent(ind, node: n1846, list: s1642)
        let n1847 = w.count
        w.write("            switch try container.decodeIfPresent(Swift.String.self, forKey: .nam" as StaticString)
        w.write("e) {\n" as StaticString)
        w.indent(ind, node: n1847, list: s1642)
        let n1848 = w.count
        let v1849 = k.opcodeEventsViewModel_dispatchEvents(a2)
        for i1850 in v1849.indices {
            let e1851 = v1849[i1850]
            let s1852 = w.count
            w.write("            case \"" as StaticString)
            let n1853 = w.count
            let v1854 = k.opcodeEventViewModel_wireName(e1851)
            w.write(v1854)
            w.indent(ind, node: n1853, list: s1852)
            let n1855 = w.count
            w.write("\"?:\n" as StaticString)
            w.indent(ind, node: n1855, list: s1852)
            let n1856 = w.count
            let v1857 = k.opcodeEventViewModel_hasPayload(e1851)
            if v1857 {
                let s1858 = w.count
                w.write("                let payloadValue = try container." as StaticString)
                let n1859 = w.count
                let v1860 = k.opcodeEventViewModel_isPayloadNullable(e1851)
                if v1860 {
                    w.write("decodeIfPresent" as StaticString)
                }
                w.indent(ind, node: n1859, list: s1858)
                let n1861 = w.count
                let v1862 = k.opcodeEventViewModel_isPayloadNullable(e1851)
                if !v1862 {
                    w.write("decode" as StaticString)
                }
                w.indent(ind, node: n1861, list: s1858)
                let n1863 = w.count
                w.write("(" as StaticString)
                w.indent(ind, node: n1863, list: s1858)
                let n1864 = w.count
                let v1865 = k.opcodeEventViewModel_payloadType(e1851)
                w.write(v1865)
                w.indent(ind, node: n1864, list: s1858)
                let n1866 = w.count
                w.write(".self, forKey: .payload)\n" as StaticString)
                w.indent(ind, node: n1866, list: s1858)
            }
            w.indent(ind, node: n1856, list: s1852)
            let n1867 = w.count
            let v1868 = k.opcodeEventViewModel_carriesSequence(e1851)
            if v1868 {
                w.write("                let sequence = try container.decode(Swift.Int.self, forKey: .seq" as StaticString)
                w.write("uence)\n" as StaticString)
            }
            w.indent(ind, node: n1867, list: s1852)
            let n1869 = w.count
            w.write("                self = ." as StaticString)
            w.indent(ind, node: n1869, list: s1852)
            let n1870 = w.count
            let v1871 = k.opcodeEventViewModel_caseName(e1851)
            w.write(v1871)
            w.indent(ind, node: n1870, list: s1852)
            let n1872 = w.count
            let v1873 = k.opcodeEventViewModel_hasValues(e1851)
            if v1873 {
                let s1874 = w.count
                w.write("(" as StaticString)
                let n1875 = w.count
                let v1876 = k.opcodeEventViewModel_hasPayload(e1851)
                if v1876 {
                    let s1877 = w.count
                    w.write("payloadValue" as StaticString)
                    let n1878 = w.count
                    let v1879 = k.opcodeEventViewModel_carriesSequence(e1851)
                    if v1879 {
                        w.write(", " as StaticString)
                    }
                    w.indent(ind, node: n1878, list: s1877)
                }
                w.indent(ind, node: n1875, list: s1874)
                let n1880 = w.count
                let v1881 = k.opcodeEventViewModel_carriesSequence(e1851)
                if v1881 {
                    w.write("sequence: sequence" as StaticString)
                }
                w.indent(ind, node: n1880, list: s1874)
                let n1882 = w.count
                w.write(")" as StaticString)
                w.indent(ind, node: n1882, list: s1874)
            }
            w.indent(ind, node: n1872, list: s1852)
            let n1883 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n1883, list: s1852)
        }
        w.indent(ind, node: n1848, list: s1642)
        let n1884 = w.count
        w.write("            case let name: self = try Self._specgenUnknown(opcode: opcode, name:" as StaticString)
        w.write(" name, container)\n" as StaticString)
        w.indent(ind, node: n1884, list: s1642)
        let n1885 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n1885, list: s1642)
        let n1886 = w.count
        let v1887 = k.opcodeEventsViewModel_opcodeEvents(a2)
        for i1888 in v1887.indices {
            let e1889 = v1887[i1888]
            let s1890 = w.count
            w.write("        case " as StaticString)
            let n1891 = w.count
            let v1892 = k.opcodeEventViewModel_opcode(e1889)
            w.write(v1892)
            w.indent(ind, node: n1891, list: s1890)
            let n1893 = w.count
            w.write(":\n" as StaticString)
            w.indent(ind, node: n1893, list: s1890)
            let n1894 = w.count
            let v1895 = k.opcodeEventViewModel_hasPayload(e1889)
            if v1895 {
                let s1896 = w.count
                w.write("            let payloadValue = try container." as StaticString)
                let n1897 = w.count
                let v1898 = k.opcodeEventViewModel_isPayloadNullable(e1889)
                if v1898 {
                    w.write("decodeIfPresent" as StaticString)
                }
                w.indent(ind, node: n1897, list: s1896)
                let n1899 = w.count
                let v1900 = k.opcodeEventViewModel_isPayloadNullable(e1889)
                if !v1900 {
                    w.write("decode" as StaticString)
                }
                w.indent(ind, node: n1899, list: s1896)
                let n1901 = w.count
                w.write("(" as StaticString)
                w.indent(ind, node: n1901, list: s1896)
                let n1902 = w.count
                let v1903 = k.opcodeEventViewModel_payloadType(e1889)
                w.write(v1903)
                w.indent(ind, node: n1902, list: s1896)
                let n1904 = w.count
                w.write(".self, forKey: .payload)\n" as StaticString)
                w.indent(ind, node: n1904, list: s1896)
            }
            w.indent(ind, node: n1894, list: s1890)
            let n1905 = w.count
            w.write("            self = ." as StaticString)
            w.indent(ind, node: n1905, list: s1890)
            let n1906 = w.count
            let v1907 = k.opcodeEventViewModel_caseName(e1889)
            w.write(v1907)
            w.indent(ind, node: n1906, list: s1890)
            let n1908 = w.count
            let v1909 = k.opcodeEventViewModel_hasValues(e1889)
            if v1909 {
                let s1910 = w.count
                w.write("(" as StaticString)
                let n1911 = w.count
                let v1912 = k.opcodeEventViewModel_hasPayload(e1889)
                if v1912 {
                    let s1913 = w.count
                    w.write("payloadValue" as StaticString)
                    let n1914 = w.count
                    let v1915 = k.opcodeEventViewModel_carriesSequence(e1889)
                    if v1915 {
                        w.write(", " as StaticString)
                    }
                    w.indent(ind, node: n1914, list: s1913)
                }
                w.indent(ind, node: n1911, list: s1910)
                let n1916 = w.count
                let v1917 = k.opcodeEventViewModel_carriesSequence(e1889)
                if v1917 {
                    w.write("sequence: sequence" as StaticString)
                }
                w.indent(ind, node: n1916, list: s1910)
                let n1918 = w.count
                w.write(")" as StaticString)
                w.indent(ind, node: n1918, list: s1910)
            }
            w.indent(ind, node: n1908, list: s1890)
            let n1919 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n1919, list: s1890)
        }
        w.indent(ind, node: n1886, list: s1642)
        let n1920 = w.count
        w.write("        default:\n" as StaticString)
        w.indent(ind, node: n1920, list: s1642)
        let n1921 = w.count
        w.write("            self = try Self._specgenUnknown(\n" as StaticString)
        w.indent(ind, node: n1921, list: s1642)
        let n1922 = w.count
        w.write("                opcode: opcode, name: try container.decodeIfPresent(Swift.String" as StaticString)
        w.write(".self, forKey: .name), container)\n" as StaticString)
        w.indent(ind, node: n1922, list: s1642)
        let n1923 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1923, list: s1642)
        let n1924 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1924, list: s1642)
        let n1925 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1925, list: s1642)
        let n1926 = w.count
        w.write("    /// A message the docs do not describe, kept as received.\n" as StaticString)
        w.indent(ind, node: n1926, list: s1642)
        let n1927 = w.count
        w.write("    private static func _specgenUnknown(\n" as StaticString)
        w.indent(ind, node: n1927, list: s1642)
        let n1928 = w.count
        w.write("        opcode: Swift.Int, name: Swift.String?, _ container: Swift.KeyedDecoding" as StaticString)
        w.write("Container<CodingKeys>\n" as StaticString)
        w.indent(ind, node: n1928, list: s1642)
        let n1929 = w.count
        w.write("    ) throws -> Self {\n" as StaticString)
        w.indent(ind, node: n1929, list: s1642)
        let n1930 = w.count
        w.write("        ." as StaticString)
        w.indent(ind, node: n1930, list: s1642)
        let n1931 = w.count
        let v1932 = k.opcodeEventsViewModel_unknownCaseName(a2)
        w.write(v1932)
        w.indent(ind, node: n1931, list: s1642)
        let n1933 = w.count
        w.write("(\n" as StaticString)
        w.indent(ind, node: n1933, list: s1642)
        let n1934 = w.count
        w.write("            opcode: opcode, name: name," as StaticString)
        w.indent(ind, node: n1934, list: s1642)
        let n1935 = w.count
        let v1936 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1936 {
            w.write(" sequence: try container.decodeIfPresent(Swift.Int.self, forKey: .sequence)," as StaticString)
        }
        w.indent(ind, node: n1935, list: s1642)
        let n1937 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1937, list: s1642)
        let n1938 = w.count
        w.write("            payload: try container.decodeIfPresent(" as StaticString)
        w.indent(ind, node: n1938, list: s1642)
        let n1939 = w.count
        let v1940 = k.opcodeEventsViewModel_runtime(a2)
        w.write(v1940)
        w.indent(ind, node: n1939, list: s1642)
        let n1941 = w.count
        w.write(".JSONValue.self, forKey: .payload))\n" as StaticString)
        w.indent(ind, node: n1941, list: s1642)
        let n1942 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1942, list: s1642)
        let n1943 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n1943, list: s1642)
        let n1944 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1944, list: s1642)
        let n1945 = w.count
        let v1946 = k.opcodeEventsViewModel_access(a2)
        w.write(v1946)
        w.indent(ind, node: n1945, list: s1642)
        let n1947 = w.count
        w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
        w.indent(ind, node: n1947, list: s1642)
        let n1948 = w.count
        w.write("        var container = encoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
        w.indent(ind, node: n1948, list: s1642)
        let n1949 = w.count
        w.write("        try container.encode(self.opcode, forKey: .opcode)\n" as StaticString)
        w.indent(ind, node: n1949, list: s1642)
        let n1950 = w.count
        w.write("        switch self {\n" as StaticString)
        w.indent(ind, node: n1950, list: s1642)
        let n1951 = w.count
        let v1952 = k.opcodeEventsViewModel_events(a2)
        for i1953 in v1952.indices {
            let e1954 = v1952[i1953]
            let s1955 = w.count
            let v1956 = k.opcodeEventViewModel_hasPayload(e1954)
            if v1956 {
                let s1957 = w.count
                w.write("        case ." as StaticString)
                let n1958 = w.count
                let v1959 = k.opcodeEventViewModel_caseName(e1954)
                w.write(v1959)
                w.indent(ind, node: n1958, list: s1957)
                let n1960 = w.count
                w.write("(let payload" as StaticString)
                w.indent(ind, node: n1960, list: s1957)
                let n1961 = w.count
                let v1962 = k.opcodeEventViewModel_carriesSequence(e1954)
                if v1962 {
                    w.write(", _" as StaticString)
                }
                w.indent(ind, node: n1961, list: s1957)
                let n1963 = w.count
                w.write("): try container.encode(payload, forKey: .payload)\n" as StaticString)
                w.indent(ind, node: n1963, list: s1957)
            }
            let n1964 = w.count
            let v1965 = k.opcodeEventViewModel_hasPayload(e1954)
            if !v1965 {
                let s1966 = w.count
                w.write("        case ." as StaticString)
                let n1967 = w.count
                let v1968 = k.opcodeEventViewModel_caseName(e1954)
                w.write(v1968)
                w.indent(ind, node: n1967, list: s1966)
                let n1969 = w.count
                w.write(": try container.encodeNil(forKey: .payload)\n" as StaticString)
                w.indent(ind, node: n1969, list: s1966)
            }
            w.indent(ind, node: n1964, list: s1955)
        }
        w.indent(ind, node: n1951, list: s1642)
        let n1970 = w.count
        w.write("        case ." as StaticString)
        w.indent(ind, node: n1970, list: s1642)
        let n1971 = w.count
        let v1972 = k.opcodeEventsViewModel_unknownCaseName(a2)
        w.write(v1972)
        w.indent(ind, node: n1971, list: s1642)
        let n1973 = w.count
        w.write("(_, _, " as StaticString)
        w.indent(ind, node: n1973, list: s1642)
        let n1974 = w.count
        let v1975 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1975 {
            w.write("_, " as StaticString)
        }
        w.indent(ind, node: n1974, list: s1642)
        let n1976 = w.count
        w.write("let payload): try container.encode(payload, forKey: .payload)\n" as StaticString)
        w.indent(ind, node: n1976, list: s1642)
        let n1977 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n1977, list: s1642)
        let n1978 = w.count
        let v1979 = k.opcodeEventsViewModel_hasSequence(a2)
        if v1979 {
            w.write("        try container.encode(self.sequence, forKey: .sequence)\n" as StaticString)
        }
        w.indent(ind, node: n1978, list: s1642)
        let n1980 = w.count
        w.write("        try container.encode(self.name, forKey: .name)\n" as StaticString)
        w.indent(ind, node: n1980, list: s1642)
        let n1981 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n1981, list: s1642)
        let n1982 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n1982, list: s1642)
    }

    /// The partial `opcode-events-json`.
    private static func partial12(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: OpcodeEventsViewModel) {
        let s1983 = w.count
        let n1984 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n1984, list: s1983)
        let n1985 = w.count
        let v1986 = k.opcodeEventsViewModel_qualifiedName(a2)
        w.write(v1986)
        w.indent(ind, node: n1985, list: s1983)
        let n1987 = w.count
        w.write(": " as StaticString)
        w.indent(ind, node: n1987, list: s1983)
        let n1988 = w.count
        let v1989 = k.opcodeEventsViewModel_runtime(a2)
        w.write(v1989)
        w.indent(ind, node: n1988, list: s1983)
        let n1990 = w.count
        w.write(".JSONFastDecodable {\n" as StaticString)
        w.indent(ind, node: n1990, list: s1983)
        let n1991 = w.count
        w.write("    /// Decodes a message from JSON in one pass over the bytes, without `JSONDec" as StaticString)
        w.write("oder`: the result equals\n" as StaticString)
        w.indent(ind, node: n1991, list: s1983)
        let n1992 = w.count
        w.write("    /// `JSONDecoder().decode(" as StaticString)
        w.indent(ind, node: n1992, list: s1983)
        let n1993 = w.count
        let v1994 = k.opcodeEventsViewModel_name(a2)
        w.write(v1994)
        w.indent(ind, node: n1993, list: s1983)
        let n1995 = w.count
        w.write(".self, from: json)`, and it throws exactly when that throws.\n" as StaticString)
        w.indent(ind, node: n1995, list: s1983)
        let n1996 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n1996, list: s1983)
        let n1997 = w.count
        let v1998 = k.opcodeEventsViewModel_access(a2)
        w.write(v1998)
        w.indent(ind, node: n1997, list: s1983)
        let n1999 = w.count
        w.write(" init(json: Foundation.Data) throws {\n" as StaticString)
        w.indent(ind, node: n1999, list: s1983)
        let n2000 = w.count
        w.write("        self = try " as StaticString)
        w.indent(ind, node: n2000, list: s1983)
        let n2001 = w.count
        let v2002 = k.opcodeEventsViewModel_runtime(a2)
        w.write(v2002)
        w.indent(ind, node: n2001, list: s1983)
        let n2003 = w.count
        w.write(".JSONFastDecoding.decode(" as StaticString)
        w.indent(ind, node: n2003, list: s1983)
        let n2004 = w.count
        let v2005 = k.opcodeEventsViewModel_qualifiedName(a2)
        w.write(v2005)
        w.indent(ind, node: n2004, list: s1983)
        let n2006 = w.count
        w.write(".self, from: json)\n" as StaticString)
        w.indent(ind, node: n2006, list: s1983)
        let n2007 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2007, list: s1983)
        let n2008 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2008, list: s1983)
        let n2009 = w.count
        w.write("    private static let _specgenJSONKeys = " as StaticString)
        w.indent(ind, node: n2009, list: s1983)
        let n2010 = w.count
        let v2011 = k.opcodeEventsViewModel_runtime(a2)
        w.write(v2011)
        w.indent(ind, node: n2010, list: s1983)
        let n2012 = w.count
        w.write(".JSONKeyTable([\"" as StaticString)
        w.indent(ind, node: n2012, list: s1983)
        let n2013 = w.count
        let v2014 = k.opcodeEventsViewModel_opcodeKey(a2)
        w.write(v2014)
        w.indent(ind, node: n2013, list: s1983)
        let n2015 = w.count
        w.write("\", \"" as StaticString)
        w.indent(ind, node: n2015, list: s1983)
        let n2016 = w.count
        let v2017 = k.opcodeEventsViewModel_payloadKey(a2)
        w.write(v2017)
        w.indent(ind, node: n2016, list: s1983)
        let n2018 = w.count
        w.write("\", \"" as StaticString)
        w.indent(ind, node: n2018, list: s1983)
        let n2019 = w.count
        let v2020 = k.opcodeEventsViewModel_discriminatorKey(a2)
        w.write(v2020)
        w.indent(ind, node: n2019, list: s1983)
        let n2021 = w.count
        w.write("\"" as StaticString)
        w.indent(ind, node: n2021, list: s1983)
        let n2022 = w.count
        let v2023 = k.opcodeEventsViewModel_hasSequence(a2)
        if v2023 {
            let s2024 = w.count
            w.write(", \"" as StaticString)
            let n2025 = w.count
            let v2026 = k.opcodeEventsViewModel_sequenceKey(a2)
            w.write(v2026)
            w.indent(ind, node: n2025, list: s2024)
            let n2027 = w.count
            w.write("\"" as StaticString)
            w.indent(ind, node: n2027, list: s2024)
        }
        w.indent(ind, node: n2022, list: s1983)
        let n2028 = w.count
        w.write("])\n" as StaticString)
        w.indent(ind, node: n2028, list: s1983)
        let n2029 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2029, list: s1983)
        let n2030 = w.count
        w.write("    /// Reads a message at the reader's position: its code and name first, then " as StaticString)
        w.write("the payload they select.\n" as StaticString)
        w.indent(ind, node: n2030, list: s1983)
        let n2031 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2031, list: s1983)
        let n2032 = w.count
        let v2033 = k.opcodeEventsViewModel_access(a2)
        w.write(v2033)
        w.indent(ind, node: n2032, list: s1983)
        let n2034 = w.count
        w.write(" init(jsonReader reader: inout " as StaticString)
        w.indent(ind, node: n2034, list: s1983)
        let n2035 = w.count
        let v2036 = k.opcodeEventsViewModel_runtime(a2)
        w.write(v2036)
        w.indent(ind, node: n2035, list: s1983)
        let n2037 = w.count
        w.write(".JSONDecodingReader) throws {\n" as StaticString)
        w.indent(ind, node: n2037, list: s1983)
        let n2038 = w.count
        w.write("        var opcode: Swift.Int? = nil\n" as StaticString)
        w.indent(ind, node: n2038, list: s1983)
        let n2039 = w.count
        w.write("        var payload: " as StaticString)
        w.indent(ind, node: n2039, list: s1983)
        let n2040 = w.count
        let v2041 = k.opcodeEventsViewModel_runtime(a2)
        w.write(v2041)
        w.indent(ind, node: n2040, list: s1983)
        let n2042 = w.count
        w.write(".JSONDecodingReader? = nil\n" as StaticString)
        w.indent(ind, node: n2042, list: s1983)
        let n2043 = w.count
        w.write("        var name: Swift.String? = nil\n" as StaticString)
        w.indent(ind, node: n2043, list: s1983)
        let n2044 = w.count
        w.write("        var nameSeen = false\n" as StaticString)
        w.indent(ind, node: n2044, list: s1983)
        let n2045 = w.count
        let v2046 = k.opcodeEventsViewModel_hasSequence(a2)
        if v2046 {
            let s2047 = w.count
            w.write("        var sequence: Swift.Int? = nil\n" as StaticString)
            let n2048 = w.count
            w.write("        var sequenceSeen = false\n" as StaticString)
            w.indent(ind, node: n2048, list: s2047)
        }
        w.indent(ind, node: n2045, list: s1983)
        let n2049 = w.count
        w.write("        var object = try reader.beginObject()\n" as StaticString)
        w.indent(ind, node: n2049, list: s1983)
        let n2050 = w.count
        w.write("        while let key = try reader.nextKey(&object, " as StaticString)
        w.indent(ind, node: n2050, list: s1983)
        let n2051 = w.count
        let v2052 = k.opcodeEventsViewModel_qualifiedName(a2)
        w.write(v2052)
        w.indent(ind, node: n2051, list: s1983)
        let n2053 = w.count
        w.write("._specgenJSONKeys) {\n" as StaticString)
        w.indent(ind, node: n2053, list: s1983)
        let n2054 = w.count
        w.write("            switch key {\n" as StaticString)
        w.indent(ind, node: n2054, list: s1983)
        let n2055 = w.count
        w.write("            case 0: try reader.decodeField(&opcode)\n" as StaticString)
        w.indent(ind, node: n2055, list: s1983)
        let n2056 = w.count
        w.write("            case 1:\n" as StaticString)
        w.indent(ind, node: n2056, list: s1983)
        let n2057 = w.count
        w.write("                if payload == nil { payload = reader }\n" as StaticString)
        w.indent(ind, node: n2057, list: s1983)
        let n2058 = w.count
        w.write("                try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n2058, list: s1983)
        let n2059 = w.count
        w.write("            case 2: try reader.decodeOptionalField(&name, seen: &nameSeen)\n" as StaticString)
        w.indent(ind, node: n2059, list: s1983)
        let n2060 = w.count
        let v2061 = k.opcodeEventsViewModel_hasSequence(a2)
        if v2061 {
            w.write("            case 3: try reader.decodeOptionalField(&sequence, seen: &sequenceSee" as StaticString)
            w.write("n)\n" as StaticString)
        }
        w.indent(ind, node: n2060, list: s1983)
        let n2062 = w.count
        w.write("            default: try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n2062, list: s1983)
        let n2063 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n2063, list: s1983)
        let n2064 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2064, list: s1983)
        let n2065 = w.count
        w.write("        guard let opcode else { throw reader.missingKey(\"" as StaticString)
        w.indent(ind, node: n2065, list: s1983)
        let n2066 = w.count
        let v2067 = k.opcodeEventsViewModel_opcodeKey(a2)
        w.write(v2067)
        w.indent(ind, node: n2066, list: s1983)
        let n2068 = w.count
        w.write("\", in: object) }\n" as StaticString)
        w.indent(ind, node: n2068, list: s1983)
        let n2069 = w.count
        w.write("        switch opcode {\n" as StaticString)
        w.indent(ind, node: n2069, list: s1983)
        let n2070 = w.count
        w.write("        case " as StaticString)
        w.indent(ind, node: n2070, list: s1983)
        let n2071 = w.count
        let v2072 = k.opcodeEventsViewModel_dispatch(a2)
        w.write(v2072)
        w.indent(ind, node: n2071, list: s1983)
        let n2073 = w.count
        w.write(":\n" as StaticString)
        w.indent(ind, node: n2073, list: s1983)
        let n2074 = w.count
        w.write("            switch name {\n" as StaticString)
        w.indent(ind, node: n2074, list: s1983)
        let n2075 = w.count
        let v2076 = k.opcodeEventsViewModel_dispatchEvents(a2)
        for i2077 in v2076.indices {
            let e2078 = v2076[i2077]
            let s2079 = w.count
            w.write("            case \"" as StaticString)
            let n2080 = w.count
            let v2081 = k.opcodeEventViewModel_wireName(e2078)
            w.write(v2081)
            w.indent(ind, node: n2080, list: s2079)
            let n2082 = w.count
            w.write("\"?:\n" as StaticString)
            w.indent(ind, node: n2082, list: s2079)
            let n2083 = w.count
            let v2084 = k.opcodeEventViewModel_hasPayload(e2078)
            if v2084 {
                let s2085 = w.count
                let v2086 = k.opcodeEventViewModel_isPayloadNullable(e2078)
                if v2086 {
                    let s2087 = w.count
                    w.write("                var payloadValue: " as StaticString)
                    let n2088 = w.count
                    let v2089 = k.opcodeEventViewModel_payloadType(e2078)
                    w.write(v2089)
                    w.indent(ind, node: n2088, list: s2087)
                    let n2090 = w.count
                    w.write("? = nil\n" as StaticString)
                    w.indent(ind, node: n2090, list: s2087)
                    let n2091 = w.count
                    w.write("                if var data = payload, !(try data.consumeNull()) { payloadValue " as StaticString)
                    w.write("= try " as StaticString)
                    w.indent(ind, node: n2091, list: s2087)
                    let n2092 = w.count
                    let v2093 = k.opcodeEventViewModel_payloadType(e2078)
                    w.write(v2093)
                    w.indent(ind, node: n2092, list: s2087)
                    let n2094 = w.count
                    w.write("(jsonReader: &data) }\n" as StaticString)
                    w.indent(ind, node: n2094, list: s2087)
                }
                let n2095 = w.count
                let v2096 = k.opcodeEventViewModel_isPayloadNullable(e2078)
                if !v2096 {
                    let s2097 = w.count
                    w.write("                guard var data = payload else { throw reader.missingKey(\"" as StaticString)
                    let n2098 = w.count
                    let v2099 = k.opcodeEventsViewModel_payloadKey(a2)
                    w.write(v2099)
                    w.indent(ind, node: n2098, list: s2097)
                    let n2100 = w.count
                    w.write("\", in: object) }\n" as StaticString)
                    w.indent(ind, node: n2100, list: s2097)
                    let n2101 = w.count
                    w.write("                let payloadValue = try " as StaticString)
                    w.indent(ind, node: n2101, list: s2097)
                    let n2102 = w.count
                    let v2103 = k.opcodeEventViewModel_payloadType(e2078)
                    w.write(v2103)
                    w.indent(ind, node: n2102, list: s2097)
                    let n2104 = w.count
                    w.write("(jsonReader: &data)\n" as StaticString)
                    w.indent(ind, node: n2104, list: s2097)
                }
                w.indent(ind, node: n2095, list: s2085)
            }
            w.indent(ind, node: n2083, list: s2079)
            let n2105 = w.count
            let v2106 = k.opcodeEventViewModel_carriesSequence(e2078)
            if v2106 {
                let s2107 = w.count
                w.write("                guard let sequence else { throw reader.missingKey(\"" as StaticString)
                let n2108 = w.count
                let v2109 = k.opcodeEventsViewModel_sequenceKey(a2)
                w.write(v2109)
                w.indent(ind, node: n2108, list: s2107)
                let n2110 = w.count
                w.write("\", in: object) }\n" as StaticString)
                w.indent(ind, node: n2110, list: s2107)
            }
            w.indent(ind, node: n2105, list: s2079)
            let n2111 = w.count
            w.write("                self = ." as StaticString)
            w.indent(ind, node: n2111, list: s2079)
            let n2112 = w.count
            let v2113 = k.opcodeEventViewModel_caseName(e2078)
            w.write(v2113)
            w.indent(ind, node: n2112, list: s2079)
            let n2114 = w.count
            let v2115 = k.opcodeEventViewModel_hasValues(e2078)
            if v2115 {
                let s2116 = w.count
                w.write("(" as StaticString)
                let n2117 = w.count
                let v2118 = k.opcodeEventViewModel_hasPayload(e2078)
                if v2118 {
                    let s2119 = w.count
                    w.write("payloadValue" as StaticString)
                    let n2120 = w.count
                    let v2121 = k.opcodeEventViewModel_carriesSequence(e2078)
                    if v2121 {
                        w.write(", " as StaticString)
                    }
                    w.indent(ind, node: n2120, list: s2119)
                }
                w.indent(ind, node: n2117, list: s2116)
                let n2122 = w.count
                let v2123 = k.opcodeEventViewModel_carriesSequence(e2078)
                if v2123 {
                    w.write("sequence: sequence" as StaticString)
                }
                w.indent(ind, node: n2122, list: s2116)
                let n2124 = w.count
                w.write(")" as StaticString)
                w.indent(ind, node: n2124, list: s2116)
            }
            w.indent(ind, node: n2114, list: s2079)
            let n2125 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2125, list: s2079)
        }
        w.indent(ind, node: n2075, list: s1983)
        let n2126 = w.count
        w.write("            default: self = try Self._specgenUnknown(opcode: opcode, name: name," as StaticString)
        w.write(" " as StaticString)
        w.indent(ind, node: n2126, list: s1983)
        let n2127 = w.count
        let v2128 = k.opcodeEventsViewModel_hasSequence(a2)
        if v2128 {
            w.write("sequence: sequence, " as StaticString)
        }
        w.indent(ind, node: n2127, list: s1983)
        let n2129 = w.count
        w.write("payload)\n" as StaticString)
        w.indent(ind, node: n2129, list: s1983)
        let n2130 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n2130, list: s1983)
        let n2131 = w.count
        let v2132 = k.opcodeEventsViewModel_opcodeEvents(a2)
        for i2133 in v2132.indices {
            let e2134 = v2132[i2133]
            let s2135 = w.count
            w.write("        case " as StaticString)
            let n2136 = w.count
            let v2137 = k.opcodeEventViewModel_opcode(e2134)
            w.write(v2137)
            w.indent(ind, node: n2136, list: s2135)
            let n2138 = w.count
            w.write(":\n" as StaticString)
            w.indent(ind, node: n2138, list: s2135)
            let n2139 = w.count
            let v2140 = k.opcodeEventViewModel_hasPayload(e2134)
            if v2140 {
                let s2141 = w.count
                let v2142 = k.opcodeEventViewModel_isPayloadNullable(e2134)
                if v2142 {
                    let s2143 = w.count
                    w.write("            var payloadValue: " as StaticString)
                    let n2144 = w.count
                    let v2145 = k.opcodeEventViewModel_payloadType(e2134)
                    w.write(v2145)
                    w.indent(ind, node: n2144, list: s2143)
                    let n2146 = w.count
                    w.write("? = nil\n" as StaticString)
                    w.indent(ind, node: n2146, list: s2143)
                    let n2147 = w.count
                    w.write("            if var data = payload, !(try data.consumeNull()) { payloadValue = tr" as StaticString)
                    w.write("y " as StaticString)
                    w.indent(ind, node: n2147, list: s2143)
                    let n2148 = w.count
                    let v2149 = k.opcodeEventViewModel_payloadType(e2134)
                    w.write(v2149)
                    w.indent(ind, node: n2148, list: s2143)
                    let n2150 = w.count
                    w.write("(jsonReader: &data) }\n" as StaticString)
                    w.indent(ind, node: n2150, list: s2143)
                }
                let n2151 = w.count
                let v2152 = k.opcodeEventViewModel_isPayloadNullable(e2134)
                if !v2152 {
                    let s2153 = w.count
                    w.write("            guard var data = payload else { throw reader.missingKey(\"" as StaticString)
                    let n2154 = w.count
                    let v2155 = k.opcodeEventsViewModel_payloadKey(a2)
                    w.write(v2155)
                    w.indent(ind, node: n2154, list: s2153)
                    let n2156 = w.count
                    w.write("\", in: object) }\n" as StaticString)
                    w.indent(ind, node: n2156, list: s2153)
                    let n2157 = w.count
                    w.write("            let payloadValue = try " as StaticString)
                    w.indent(ind, node: n2157, list: s2153)
                    let n2158 = w.count
                    let v2159 = k.opcodeEventViewModel_payloadType(e2134)
                    w.write(v2159)
                    w.indent(ind, node: n2158, list: s2153)
                    let n2160 = w.count
                    w.write("(jsonReader: &data)\n" as StaticString)
                    w.indent(ind, node: n2160, list: s2153)
                }
                w.indent(ind, node: n2151, list: s2141)
            }
            w.indent(ind, node: n2139, list: s2135)
            let n2161 = w.count
            w.write("            self = ." as StaticString)
            w.indent(ind, node: n2161, list: s2135)
            let n2162 = w.count
            let v2163 = k.opcodeEventViewModel_caseName(e2134)
            w.write(v2163)
            w.indent(ind, node: n2162, list: s2135)
            let n2164 = w.count
            let v2165 = k.opcodeEventViewModel_hasValues(e2134)
            if v2165 {
                let s2166 = w.count
                w.write("(" as StaticString)
                let n2167 = w.count
                let v2168 = k.opcodeEventViewModel_hasPayload(e2134)
                if v2168 {
                    let s2169 = w.count
                    w.write("payloadValue" as StaticString)
                    let n2170 = w.count
                    let v2171 = k.opcodeEventViewModel_carriesSequence(e2134)
                    if v2171 {
                        w.write(", " as StaticString)
                    }
                    w.indent(ind, node: n2170, list: s2169)
                }
                w.indent(ind, node: n2167, list: s2166)
                let n2172 = w.count
                let v2173 = k.opcodeEventViewModel_carriesSequence(e2134)
                if v2173 {
                    w.write("sequence: sequence" as StaticString)
                }
                w.indent(ind, node: n2172, list: s2166)
                let n2174 = w.count
                w.write(")" as StaticString)
                w.indent(ind, node: n2174, list: s2166)
            }
            w.indent(ind, node: n2164, list: s2135)
            let n2175 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2175, list: s2135)
        }
        w.indent(ind, node: n2131, list: s1983)
        let n2176 = w.count
        w.write("        default: self = try Self._specgenUnknown(opcode: opcode, name: name, " as StaticString)
        w.indent(ind, node: n2176, list: s1983)
        let n2177 = w.count
        let v2178 = k.opcodeEventsViewModel_hasSequence(a2)
        if v2178 {
            w.write("sequence: sequence, " as StaticString)
        }
        w.indent(ind, node: n2177, list: s1983)
        let n2179 = w.count
        w.write("payload)\n" as StaticString)
        w.indent(ind, node: n2179, list: s1983)
        let n2180 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2180, list: s1983)
        let n2181 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2181, list: s1983)
        let n2182 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2182, list: s1983)
        let n2183 = w.count
        w.write("    /// A message the docs do not describe, with its payload read as any JSON va" as StaticString)
        w.write("lue.\n" as StaticString)
        w.indent(ind, node: n2183, list: s1983)
        let n2184 = w.count
        w.write("    private static func _specgenUnknown(\n" as StaticString)
        w.indent(ind, node: n2184, list: s1983)
        let n2185 = w.count
        w.write("        opcode: Swift.Int, name: Swift.String?, " as StaticString)
        w.indent(ind, node: n2185, list: s1983)
        let n2186 = w.count
        let v2187 = k.opcodeEventsViewModel_hasSequence(a2)
        if v2187 {
            w.write("sequence: Swift.Int?, " as StaticString)
        }
        w.indent(ind, node: n2186, list: s1983)
        let n2188 = w.count
        w.write("_ payload: " as StaticString)
        w.indent(ind, node: n2188, list: s1983)
        let n2189 = w.count
        let v2190 = k.opcodeEventsViewModel_runtime(a2)
        w.write(v2190)
        w.indent(ind, node: n2189, list: s1983)
        let n2191 = w.count
        w.write(".JSONDecodingReader?\n" as StaticString)
        w.indent(ind, node: n2191, list: s1983)
        let n2192 = w.count
        w.write("    ) throws -> Self {\n" as StaticString)
        w.indent(ind, node: n2192, list: s1983)
        let n2193 = w.count
        w.write("        var value: " as StaticString)
        w.indent(ind, node: n2193, list: s1983)
        let n2194 = w.count
        let v2195 = k.opcodeEventsViewModel_runtime(a2)
        w.write(v2195)
        w.indent(ind, node: n2194, list: s1983)
        let n2196 = w.count
        w.write(".JSONValue? = nil\n" as StaticString)
        w.indent(ind, node: n2196, list: s1983)
        let n2197 = w.count
        w.write("        if var data = payload, !(try data.consumeNull()) { value = try " as StaticString)
        w.indent(ind, node: n2197, list: s1983)
        let n2198 = w.count
        let v2199 = k.opcodeEventsViewModel_runtime(a2)
        w.write(v2199)
        w.indent(ind, node: n2198, list: s1983)
        let n2200 = w.count
        w.write(".JSONValue(jsonReader: &data) }\n" as StaticString)
        w.indent(ind, node: n2200, list: s1983)
        let n2201 = w.count
        w.write("        return ." as StaticString)
        w.indent(ind, node: n2201, list: s1983)
        let n2202 = w.count
        let v2203 = k.opcodeEventsViewModel_unknownCaseName(a2)
        w.write(v2203)
        w.indent(ind, node: n2202, list: s1983)
        let n2204 = w.count
        w.write("(opcode: opcode, name: name, " as StaticString)
        w.indent(ind, node: n2204, list: s1983)
        let n2205 = w.count
        let v2206 = k.opcodeEventsViewModel_hasSequence(a2)
        if v2206 {
            w.write("sequence: sequence, " as StaticString)
        }
        w.indent(ind, node: n2205, list: s1983)
        let n2207 = w.count
        w.write("payload: value)\n" as StaticString)
        w.indent(ind, node: n2207, list: s1983)
        let n2208 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2208, list: s1983)
        let n2209 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n2209, list: s1983)
    }

    /// The partial `object-coding`.
    private static func partial13(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: ObjectViewModel) {
        let s2210 = w.count
        let n2211 = w.count
        let v2212 = k.objectViewModel_hasProperties(a2)
        if v2212 {
            let s2213 = w.count
            w.write("\n" as StaticString)
            let n2214 = w.count
            w.write("    /// The JSON keys.\n" as StaticString)
            w.indent(ind, node: n2214, list: s2213)
            let n2215 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n2215, list: s2213)
            let n2216 = w.count
            let v2217 = k.objectViewModel_access(a2)
            w.write(v2217)
            w.indent(ind, node: n2216, list: s2213)
            let n2218 = w.count
            w.write(" enum CodingKeys: Swift.String, Swift.CodingKey {\n" as StaticString)
            w.indent(ind, node: n2218, list: s2213)
            let n2219 = w.count
            let v2220 = k.objectViewModel_properties(a2)
            for i2221 in v2220.indices {
                let e2222 = v2220[i2221]
                let s2223 = w.count
                w.write("        case " as StaticString)
                let n2224 = w.count
                let v2225 = k.propertyViewModel_caseName(e2222)
                w.write(v2225)
                w.indent(ind, node: n2224, list: s2223)
                let n2226 = w.count
                w.write(" = \"" as StaticString)
                w.indent(ind, node: n2226, list: s2223)
                let n2227 = w.count
                let v2228 = k.propertyViewModel_jsonKey(e2222)
                w.write(v2228)
                w.indent(ind, node: n2227, list: s2223)
                let n2229 = w.count
                w.write("\"\n" as StaticString)
                w.indent(ind, node: n2229, list: s2223)
            }
            w.indent(ind, node: n2219, list: s2213)
            let n2230 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n2230, list: s2213)
            let n2231 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2231, list: s2213)
            let n2232 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n2232, list: s2213)
            let n2233 = w.count
            let v2234 = k.objectViewModel_access(a2)
            w.write(v2234)
            w.indent(ind, node: n2233, list: s2213)
            let n2235 = w.count
            w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
            w.indent(ind, node: n2235, list: s2213)
            let n2236 = w.count
            w.write("        let container = try decoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
            w.indent(ind, node: n2236, list: s2213)
            let n2237 = w.count
            let v2238 = k.objectViewModel_properties(a2)
            for i2239 in v2238.indices {
                let e2240 = v2238[i2239]
                let s2241 = w.count
                let v2242 = k.propertyViewModel_isIndirect(e2240)
                if v2242 {
                    let s2243 = w.count
                    w.write("        self." as StaticString)
                    let n2244 = w.count
                    let v2245 = k.propertyViewModel_storageName(e2240)
                    w.write(v2245)
                    w.indent(ind, node: n2244, list: s2243)
                    let n2246 = w.count
                    w.write(" = " as StaticString)
                    w.indent(ind, node: n2246, list: s2243)
                    let n2247 = w.count
                    let v2248 = k.propertyViewModel_isOptional(e2240)
                    if v2248 {
                        let s2249 = w.count
                        w.write("try container.decodeIfPresent(" as StaticString)
                        let n2250 = w.count
                        let v2251 = k.propertyViewModel_baseType(e2240)
                        w.write(v2251)
                        w.indent(ind, node: n2250, list: s2249)
                        let n2252 = w.count
                        w.write(".self, forKey: ." as StaticString)
                        w.indent(ind, node: n2252, list: s2249)
                        let n2253 = w.count
                        let v2254 = k.propertyViewModel_caseName(e2240)
                        w.write(v2254)
                        w.indent(ind, node: n2253, list: s2249)
                        let n2255 = w.count
                        w.write(").map { " as StaticString)
                        w.indent(ind, node: n2255, list: s2249)
                        let n2256 = w.count
                        let v2257 = k.objectViewModel_runtime(a2)
                        w.write(v2257)
                        w.indent(ind, node: n2256, list: s2249)
                        let n2258 = w.count
                        w.write(".Indirect($0) }" as StaticString)
                        w.indent(ind, node: n2258, list: s2249)
                    }
                    w.indent(ind, node: n2247, list: s2243)
                    let n2259 = w.count
                    let v2260 = k.propertyViewModel_isOptional(e2240)
                    if !v2260 {
                        let s2261 = w.count
                        let v2262 = k.objectViewModel_runtime(a2)
                        w.write(v2262)
                        let n2263 = w.count
                        w.write(".Indirect(try container.decode(" as StaticString)
                        w.indent(ind, node: n2263, list: s2261)
                        let n2264 = w.count
                        let v2265 = k.propertyViewModel_baseType(e2240)
                        w.write(v2265)
                        w.indent(ind, node: n2264, list: s2261)
                        let n2266 = w.count
                        w.write(".self, forKey: ." as StaticString)
                        w.indent(ind, node: n2266, list: s2261)
                        let n2267 = w.count
                        let v2268 = k.propertyViewModel_caseName(e2240)
                        w.write(v2268)
                        w.indent(ind, node: n2267, list: s2261)
                        let n2269 = w.count
                        w.write("))" as StaticString)
                        w.indent(ind, node: n2269, list: s2261)
                    }
                    w.indent(ind, node: n2259, list: s2243)
                    let n2270 = w.count
                    w.write("\n" as StaticString)
                    w.indent(ind, node: n2270, list: s2243)
                }
                let n2271 = w.count
                let v2272 = k.propertyViewModel_isIndirect(e2240)
                if !v2272 {
                    let s2273 = w.count
                    w.write("        self." as StaticString)
                    let n2274 = w.count
                    let v2275 = k.propertyViewModel_name(e2240)
                    w.write(v2275)
                    w.indent(ind, node: n2274, list: s2273)
                    let n2276 = w.count
                    w.write(" = try container." as StaticString)
                    w.indent(ind, node: n2276, list: s2273)
                    let n2277 = w.count
                    let v2278 = k.propertyViewModel_isOptional(e2240)
                    if v2278 {
                        w.write("decodeIfPresent" as StaticString)
                    }
                    w.indent(ind, node: n2277, list: s2273)
                    let n2279 = w.count
                    let v2280 = k.propertyViewModel_isOptional(e2240)
                    if !v2280 {
                        w.write("decode" as StaticString)
                    }
                    w.indent(ind, node: n2279, list: s2273)
                    let n2281 = w.count
                    w.write("(" as StaticString)
                    w.indent(ind, node: n2281, list: s2273)
                    let n2282 = w.count
                    let v2283 = k.propertyViewModel_baseType(e2240)
                    w.write(v2283)
                    w.indent(ind, node: n2282, list: s2273)
                    let n2284 = w.count
                    w.write(".self, forKey: ." as StaticString)
                    w.indent(ind, node: n2284, list: s2273)
                    let n2285 = w.count
                    let v2286 = k.propertyViewModel_caseName(e2240)
                    w.write(v2286)
                    w.indent(ind, node: n2285, list: s2273)
                    let n2287 = w.count
                    w.write(")\n" as StaticString)
                    w.indent(ind, node: n2287, list: s2273)
                }
                w.indent(ind, node: n2271, list: s2241)
            }
            w.indent(ind, node: n2237, list: s2213)
            let n2288 = w.count
            if let v2289 = k.objectViewModel_variant(a2) {
                let s2290 = w.count
                w.write("        switch self." as StaticString)
                let n2291 = w.count
                let v2292 = k.variantViewModel_discriminatorName(v2289)
                w.write(v2292)
                w.indent(ind, node: n2291, list: s2290)
                let n2293 = w.count
                w.write(" {\n" as StaticString)
                w.indent(ind, node: n2293, list: s2290)
                let n2294 = w.count
                let v2295 = k.variantViewModel_cases(v2289)
                for i2296 in v2295.indices {
                    let e2297 = v2295[i2296]
                    let s2298 = w.count
                    let v2299 = k.variantCaseViewModel_hasFields(e2297)
                    if v2299 {
                        let s2300 = w.count
                        w.write("        case ." as StaticString)
                        let n2301 = w.count
                        let v2302 = k.variantCaseViewModel_caseName(e2297)
                        w.write(v2302)
                        w.indent(ind, node: n2301, list: s2300)
                        let n2303 = w.count
                        w.write(":\n" as StaticString)
                        w.indent(ind, node: n2303, list: s2300)
                        let n2304 = w.count
                        w.write("            self." as StaticString)
                        w.indent(ind, node: n2304, list: s2300)
                        let n2305 = w.count
                        let v2306 = k.variantViewModel_propertyName(v2289)
                        w.write(v2306)
                        w.indent(ind, node: n2305, list: s2300)
                        let n2307 = w.count
                        w.write(" = ." as StaticString)
                        w.indent(ind, node: n2307, list: s2300)
                        let n2308 = w.count
                        let v2309 = k.variantCaseViewModel_caseName(e2297)
                        w.write(v2309)
                        w.indent(ind, node: n2308, list: s2300)
                        let n2310 = w.count
                        w.write("(\n" as StaticString)
                        w.indent(ind, node: n2310, list: s2300)
                        let n2311 = w.count
                        w.write("                " as StaticString)
                        w.indent(ind, node: n2311, list: s2300)
                        let n2312 = w.count
                        let v2313 = k.variantCaseViewModel_typeName(e2297)
                        w.write(v2313)
                        w.indent(ind, node: n2312, list: s2300)
                        let n2314 = w.count
                        w.write("(\n" as StaticString)
                        w.indent(ind, node: n2314, list: s2300)
                        let n2315 = w.count
                        if let v2316 = k.variantCaseViewModel_fields(e2297) {
                            for i2317 in v2316.indices {
                                let e2318 = v2316[i2317]
                                let s2319 = w.count
                                w.write("                    " as StaticString)
                                let n2320 = w.count
                                let v2321 = k.variantFieldViewModel_name(e2318)
                                w.write(v2321)
                                w.indent(ind, node: n2320, list: s2319)
                                let n2322 = w.count
                                w.write(": " as StaticString)
                                w.indent(ind, node: n2322, list: s2319)
                                let n2323 = w.count
                                let v2324 = k.variantFieldViewModel_reusesCommon(e2318)
                                if v2324 {
                                    let s2325 = w.count
                                    w.write("self." as StaticString)
                                    let n2326 = w.count
                                    let v2327 = k.variantFieldViewModel_commonName(e2318)
                                    w.write(v2327)
                                    w.indent(ind, node: n2326, list: s2325)
                                }
                                w.indent(ind, node: n2323, list: s2319)
                                let n2328 = w.count
                                let v2329 = k.variantFieldViewModel_decodesFromObject(e2318)
                                if v2329 {
                                    let s2330 = w.count
                                    w.write("try " as StaticString)
                                    let n2331 = w.count
                                    let v2332 = k.objectViewModel_runtime(a2)
                                    w.write(v2332)
                                    w.indent(ind, node: n2331, list: s2330)
                                    let n2333 = w.count
                                    w.write(".JSONValueDecoding.decode(" as StaticString)
                                    w.indent(ind, node: n2333, list: s2330)
                                    let n2334 = w.count
                                    let v2335 = k.variantFieldViewModel_baseType(e2318)
                                    w.write(v2335)
                                    w.indent(ind, node: n2334, list: s2330)
                                    let n2336 = w.count
                                    w.write(".self, from: self." as StaticString)
                                    w.indent(ind, node: n2336, list: s2330)
                                    let n2337 = w.count
                                    let v2338 = k.variantFieldViewModel_commonProperty(e2318)
                                    w.write(v2338)
                                    w.indent(ind, node: n2337, list: s2330)
                                    let n2339 = w.count
                                    w.write(", orFrom: container, forKey: ." as StaticString)
                                    w.indent(ind, node: n2339, list: s2330)
                                    let n2340 = w.count
                                    let v2341 = k.variantFieldViewModel_commonName(e2318)
                                    w.write(v2341)
                                    w.indent(ind, node: n2340, list: s2330)
                                    let n2342 = w.count
                                    w.write(")" as StaticString)
                                    w.indent(ind, node: n2342, list: s2330)
                                }
                                w.indent(ind, node: n2328, list: s2319)
                                let n2343 = w.count
                                let v2344 = k.variantFieldViewModel_reusesCommon(e2318)
                                if !v2344 {
                                    let v2345 = k.variantFieldViewModel_decodesFromObject(e2318)
                                    if !v2345 {
                                        let s2346 = w.count
                                        w.write("try container." as StaticString)
                                        let n2347 = w.count
                                        let v2348 = k.variantFieldViewModel_isOptional(e2318)
                                        if v2348 {
                                            w.write("decodeIfPresent" as StaticString)
                                        }
                                        w.indent(ind, node: n2347, list: s2346)
                                        let n2349 = w.count
                                        let v2350 = k.variantFieldViewModel_isOptional(e2318)
                                        if !v2350 {
                                            w.write("decode" as StaticString)
                                        }
                                        w.indent(ind, node: n2349, list: s2346)
                                        let n2351 = w.count
                                        w.write("(" as StaticString)
                                        w.indent(ind, node: n2351, list: s2346)
                                        let n2352 = w.count
                                        let v2353 = k.variantFieldViewModel_baseType(e2318)
                                        w.write(v2353)
                                        w.indent(ind, node: n2352, list: s2346)
                                        let n2354 = w.count
                                        w.write(".self, forKey: ." as StaticString)
                                        w.indent(ind, node: n2354, list: s2346)
                                        let n2355 = w.count
                                        let v2356 = k.variantFieldViewModel_commonName(e2318)
                                        w.write(v2356)
                                        w.indent(ind, node: n2355, list: s2346)
                                        let n2357 = w.count
                                        w.write(")" as StaticString)
                                        w.indent(ind, node: n2357, list: s2346)
                                    }
                                }
                                w.indent(ind, node: n2343, list: s2319)
                                let n2358 = w.count
                                let v2359 = k.variantFieldViewModel_isLastParameter(e2318)
                                if !v2359 {
                                    w.write("," as StaticString)
                                }
                                w.indent(ind, node: n2358, list: s2319)
                                let n2360 = w.count
                                w.write("\n" as StaticString)
                                w.indent(ind, node: n2360, list: s2319)
                            }
                        }
                        w.indent(ind, node: n2315, list: s2300)
                        let n2361 = w.count
                        w.write("                )\n" as StaticString)
                        w.indent(ind, node: n2361, list: s2300)
                        let n2362 = w.count
                        w.write("            )\n" as StaticString)
                        w.indent(ind, node: n2362, list: s2300)
                    }
                    let n2363 = w.count
                    let v2364 = k.variantCaseViewModel_hasFields(e2297)
                    if !v2364 {
                        let s2365 = w.count
                        w.write("        case ." as StaticString)
                        let n2366 = w.count
                        let v2367 = k.variantCaseViewModel_caseName(e2297)
                        w.write(v2367)
                        w.indent(ind, node: n2366, list: s2365)
                        let n2368 = w.count
                        w.write(": self." as StaticString)
                        w.indent(ind, node: n2368, list: s2365)
                        let n2369 = w.count
                        let v2370 = k.variantViewModel_propertyName(v2289)
                        w.write(v2370)
                        w.indent(ind, node: n2369, list: s2365)
                        let n2371 = w.count
                        w.write(" = ." as StaticString)
                        w.indent(ind, node: n2371, list: s2365)
                        let n2372 = w.count
                        let v2373 = k.variantCaseViewModel_caseName(e2297)
                        w.write(v2373)
                        w.indent(ind, node: n2372, list: s2365)
                        let n2374 = w.count
                        w.write("(try " as StaticString)
                        w.indent(ind, node: n2374, list: s2365)
                        let n2375 = w.count
                        let v2376 = k.variantCaseViewModel_typeName(e2297)
                        w.write(v2376)
                        w.indent(ind, node: n2375, list: s2365)
                        let n2377 = w.count
                        w.write("(from: decoder))\n" as StaticString)
                        w.indent(ind, node: n2377, list: s2365)
                    }
                    w.indent(ind, node: n2363, list: s2298)
                }
                w.indent(ind, node: n2294, list: s2290)
                let n2378 = w.count
                w.write("        default: self." as StaticString)
                w.indent(ind, node: n2378, list: s2290)
                let n2379 = w.count
                let v2380 = k.variantViewModel_propertyName(v2289)
                w.write(v2380)
                w.indent(ind, node: n2379, list: s2290)
                let n2381 = w.count
                w.write(" = ." as StaticString)
                w.indent(ind, node: n2381, list: s2290)
                let n2382 = w.count
                let v2383 = k.variantViewModel_otherCaseName(v2289)
                w.write(v2383)
                w.indent(ind, node: n2382, list: s2290)
                let n2384 = w.count
                w.write("\n" as StaticString)
                w.indent(ind, node: n2384, list: s2290)
                let n2385 = w.count
                w.write("        }\n" as StaticString)
                w.indent(ind, node: n2385, list: s2290)
            }
            w.indent(ind, node: n2288, list: s2213)
            let n2386 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n2386, list: s2213)
            let n2387 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2387, list: s2213)
            let n2388 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n2388, list: s2213)
            let n2389 = w.count
            let v2390 = k.objectViewModel_access(a2)
            w.write(v2390)
            w.indent(ind, node: n2389, list: s2213)
            let n2391 = w.count
            w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
            w.indent(ind, node: n2391, list: s2213)
            let n2392 = w.count
            if let v2393 = k.objectViewModel_variant(a2) {
                let s2394 = w.count
                w.write("        // The variant's fields first: where both have a key, the common field's" as StaticString)
                w.write(" value is written last and wins, so\n" as StaticString)
                let n2395 = w.count
                w.write("        // keys the docs do not list (kept in open objects such as `details`) su" as StaticString)
                w.write("rvive a round trip.\n" as StaticString)
                w.indent(ind, node: n2395, list: s2394)
                let n2396 = w.count
                w.write("        switch self." as StaticString)
                w.indent(ind, node: n2396, list: s2394)
                let n2397 = w.count
                let v2398 = k.variantViewModel_propertyName(v2393)
                w.write(v2398)
                w.indent(ind, node: n2397, list: s2394)
                let n2399 = w.count
                w.write(" {\n" as StaticString)
                w.indent(ind, node: n2399, list: s2394)
                let n2400 = w.count
                let v2401 = k.variantViewModel_cases(v2393)
                for i2402 in v2401.indices {
                    let e2403 = v2401[i2402]
                    let s2404 = w.count
                    w.write("        case ." as StaticString)
                    let n2405 = w.count
                    let v2406 = k.variantCaseViewModel_caseName(e2403)
                    w.write(v2406)
                    w.indent(ind, node: n2405, list: s2404)
                    let n2407 = w.count
                    w.write("(let fields): try fields.encode(to: encoder)\n" as StaticString)
                    w.indent(ind, node: n2407, list: s2404)
                }
                w.indent(ind, node: n2400, list: s2394)
                let n2408 = w.count
                w.write("        case ." as StaticString)
                w.indent(ind, node: n2408, list: s2394)
                let n2409 = w.count
                let v2410 = k.variantViewModel_otherCaseName(v2393)
                w.write(v2410)
                w.indent(ind, node: n2409, list: s2394)
                let n2411 = w.count
                w.write(": break\n" as StaticString)
                w.indent(ind, node: n2411, list: s2394)
                let n2412 = w.count
                w.write("        }\n" as StaticString)
                w.indent(ind, node: n2412, list: s2394)
            }
            w.indent(ind, node: n2392, list: s2213)
            let n2413 = w.count
            w.write("        var container = encoder.container(keyedBy: CodingKeys.self)\n" as StaticString)
            w.indent(ind, node: n2413, list: s2213)
            let n2414 = w.count
            let v2415 = k.objectViewModel_properties(a2)
            for i2416 in v2415.indices {
                let e2417 = v2415[i2416]
                let s2418 = w.count
                w.write("        try container." as StaticString)
                let n2419 = w.count
                let v2420 = k.propertyViewModel_isRequired(e2417)
                if v2420 {
                    w.write("encode" as StaticString)
                }
                w.indent(ind, node: n2419, list: s2418)
                let n2421 = w.count
                let v2422 = k.propertyViewModel_isRequired(e2417)
                if !v2422 {
                    w.write("encodeIfPresent" as StaticString)
                }
                w.indent(ind, node: n2421, list: s2418)
                let n2423 = w.count
                w.write("(self." as StaticString)
                w.indent(ind, node: n2423, list: s2418)
                let n2424 = w.count
                let v2425 = k.propertyViewModel_name(e2417)
                w.write(v2425)
                w.indent(ind, node: n2424, list: s2418)
                let n2426 = w.count
                w.write(", forKey: ." as StaticString)
                w.indent(ind, node: n2426, list: s2418)
                let n2427 = w.count
                let v2428 = k.propertyViewModel_caseName(e2417)
                w.write(v2428)
                w.indent(ind, node: n2427, list: s2418)
                let n2429 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n2429, list: s2418)
            }
            w.indent(ind, node: n2414, list: s2213)
            let n2430 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n2430, list: s2213)
        }
        w.indent(ind, node: n2211, list: s2210)
        let n2431 = w.count
        let v2432 = k.objectViewModel_hasProperties(a2)
        if !v2432 {
            let s2433 = w.count
            w.write("\n" as StaticString)
            let n2434 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n2434, list: s2433)
            let n2435 = w.count
            let v2436 = k.objectViewModel_access(a2)
            w.write(v2436)
            w.indent(ind, node: n2435, list: s2433)
            let n2437 = w.count
            w.write(" init(from decoder: any Swift.Decoder) throws {\n" as StaticString)
            w.indent(ind, node: n2437, list: s2433)
            let n2438 = w.count
            w.write("        _ = try decoder.container(keyedBy: " as StaticString)
            w.indent(ind, node: n2438, list: s2433)
            let n2439 = w.count
            let v2440 = k.objectViewModel_runtime(a2)
            w.write(v2440)
            w.indent(ind, node: n2439, list: s2433)
            let n2441 = w.count
            w.write(".AnyCodingKey.self)\n" as StaticString)
            w.indent(ind, node: n2441, list: s2433)
            let n2442 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n2442, list: s2433)
            let n2443 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2443, list: s2433)
            let n2444 = w.count
            w.write("    " as StaticString)
            w.indent(ind, node: n2444, list: s2433)
            let n2445 = w.count
            let v2446 = k.objectViewModel_access(a2)
            w.write(v2446)
            w.indent(ind, node: n2445, list: s2433)
            let n2447 = w.count
            w.write(" func encode(to encoder: any Swift.Encoder) throws {\n" as StaticString)
            w.indent(ind, node: n2447, list: s2433)
            let n2448 = w.count
            w.write("        _ = encoder.container(keyedBy: " as StaticString)
            w.indent(ind, node: n2448, list: s2433)
            let n2449 = w.count
            let v2450 = k.objectViewModel_runtime(a2)
            w.write(v2450)
            w.indent(ind, node: n2449, list: s2433)
            let n2451 = w.count
            w.write(".AnyCodingKey.self)\n" as StaticString)
            w.indent(ind, node: n2451, list: s2433)
            let n2452 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n2452, list: s2433)
        }
        w.indent(ind, node: n2431, list: s2210)
    }

    /// The partial `object-json-case`.
    private static func partial14(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: ObjectViewModel, _ a3: PropertyViewModel) {
        let s2453 = w.count
        let n2454 = w.count
        let v2455 = k.propertyViewModel_isFastDecodable(a3)
        if v2455 {
            let s2456 = w.count
            let v2457 = k.propertyViewModel_isOptional(a3)
            if v2457 {
                let s2458 = w.count
                w.write("case " as StaticString)
                let n2459 = w.count
                let v2460 = k.propertyViewModel_index(a3)
                w.write(v2460)
                w.indent(ind, node: n2459, list: s2458)
                let n2461 = w.count
                w.write(": try reader.decodeOptionalField(&v" as StaticString)
                w.indent(ind, node: n2461, list: s2458)
                let n2462 = w.count
                let v2463 = k.propertyViewModel_index(a3)
                w.write(v2463)
                w.indent(ind, node: n2462, list: s2458)
                let n2464 = w.count
                w.write(", seen: &s" as StaticString)
                w.indent(ind, node: n2464, list: s2458)
                let n2465 = w.count
                let v2466 = k.propertyViewModel_index(a3)
                w.write(v2466)
                w.indent(ind, node: n2465, list: s2458)
                let n2467 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n2467, list: s2458)
            }
            let n2468 = w.count
            let v2469 = k.propertyViewModel_isOptional(a3)
            if !v2469 {
                let s2470 = w.count
                w.write("case " as StaticString)
                let n2471 = w.count
                let v2472 = k.propertyViewModel_index(a3)
                w.write(v2472)
                w.indent(ind, node: n2471, list: s2470)
                let n2473 = w.count
                w.write(": try reader.decodeField(&v" as StaticString)
                w.indent(ind, node: n2473, list: s2470)
                let n2474 = w.count
                let v2475 = k.propertyViewModel_index(a3)
                w.write(v2475)
                w.indent(ind, node: n2474, list: s2470)
                let n2476 = w.count
                w.write(")\n" as StaticString)
                w.indent(ind, node: n2476, list: s2470)
            }
            w.indent(ind, node: n2468, list: s2456)
        }
        w.indent(ind, node: n2454, list: s2453)
        let n2477 = w.count
        let v2478 = k.propertyViewModel_isFastDecodable(a3)
        if !v2478 {
            let s2479 = w.count
            w.write("case " as StaticString)
            let n2480 = w.count
            let v2481 = k.propertyViewModel_index(a3)
            w.write(v2481)
            w.indent(ind, node: n2480, list: s2479)
            let n2482 = w.count
            w.write(": try reader.decodeWithFoundation()\n" as StaticString)
            w.indent(ind, node: n2482, list: s2479)
        }
        w.indent(ind, node: n2477, list: s2453)
    }

    /// The partial `object-json-store`.
    private static func partial15(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: SwiftFileViewModel, _ a1: SwiftTypeViewModel, _ a2: ObjectViewModel, _ a3: PropertyViewModel) {
        let s2483 = w.count
        let n2484 = w.count
        let v2485 = k.propertyViewModel_isOptional(a3)
        if !v2485 {
            let s2486 = w.count
            w.write("    guard let v" as StaticString)
            let n2487 = w.count
            let v2488 = k.propertyViewModel_index(a3)
            w.write(v2488)
            w.indent(ind, node: n2487, list: s2486)
            let n2489 = w.count
            w.write(" else { throw reader.missingKey(\"" as StaticString)
            w.indent(ind, node: n2489, list: s2486)
            let n2490 = w.count
            let v2491 = k.propertyViewModel_jsonKey(a3)
            w.write(v2491)
            w.indent(ind, node: n2490, list: s2486)
            let n2492 = w.count
            w.write("\", in: object) }\n" as StaticString)
            w.indent(ind, node: n2492, list: s2486)
        }
        w.indent(ind, node: n2484, list: s2483)
        let n2493 = w.count
        let v2494 = k.propertyViewModel_isIndirect(a3)
        if v2494 {
            let s2495 = w.count
            w.write("    self." as StaticString)
            let n2496 = w.count
            let v2497 = k.propertyViewModel_storageName(a3)
            w.write(v2497)
            w.indent(ind, node: n2496, list: s2495)
            let n2498 = w.count
            w.write(" = " as StaticString)
            w.indent(ind, node: n2498, list: s2495)
            let n2499 = w.count
            let v2500 = k.propertyViewModel_isOptional(a3)
            if v2500 {
                let s2501 = w.count
                w.write("v" as StaticString)
                let n2502 = w.count
                let v2503 = k.propertyViewModel_index(a3)
                w.write(v2503)
                w.indent(ind, node: n2502, list: s2501)
                let n2504 = w.count
                w.write(".map { " as StaticString)
                w.indent(ind, node: n2504, list: s2501)
                let n2505 = w.count
                let v2506 = k.objectViewModel_runtime(a2)
                w.write(v2506)
                w.indent(ind, node: n2505, list: s2501)
                let n2507 = w.count
                w.write(".Indirect($0) }" as StaticString)
                w.indent(ind, node: n2507, list: s2501)
            }
            w.indent(ind, node: n2499, list: s2495)
            let n2508 = w.count
            let v2509 = k.propertyViewModel_isOptional(a3)
            if !v2509 {
                let s2510 = w.count
                let v2511 = k.objectViewModel_runtime(a2)
                w.write(v2511)
                let n2512 = w.count
                w.write(".Indirect(v" as StaticString)
                w.indent(ind, node: n2512, list: s2510)
                let n2513 = w.count
                let v2514 = k.propertyViewModel_index(a3)
                w.write(v2514)
                w.indent(ind, node: n2513, list: s2510)
                let n2515 = w.count
                w.write(")" as StaticString)
                w.indent(ind, node: n2515, list: s2510)
            }
            w.indent(ind, node: n2508, list: s2495)
            let n2516 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2516, list: s2495)
        }
        w.indent(ind, node: n2493, list: s2483)
        let n2517 = w.count
        let v2518 = k.propertyViewModel_isIndirect(a3)
        if !v2518 {
            let s2519 = w.count
            w.write("    self." as StaticString)
            let n2520 = w.count
            let v2521 = k.propertyViewModel_name(a3)
            w.write(v2521)
            w.indent(ind, node: n2520, list: s2519)
            let n2522 = w.count
            w.write(" = v" as StaticString)
            w.indent(ind, node: n2522, list: s2519)
            let n2523 = w.count
            let v2524 = k.propertyViewModel_index(a3)
            w.write(v2524)
            w.indent(ind, node: n2523, list: s2519)
            let n2525 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2525, list: s2519)
        }
        w.indent(ind, node: n2517, list: s2483)
    }

    /// The template `validators.swift`.
    private static func template1(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel) {
        let s2526 = w.count
        let n2527 = w.count
        w.write("// Generated by specgen from " as StaticString)
        w.indent(ind, node: n2527, list: s2526)
        let n2528 = w.count
        let v2529 = k.validatorFileViewModel_sourcePath(a0)
        w.write(v2529)
        w.indent(ind, node: n2528, list: s2526)
        let n2530 = w.count
        w.write(".\n" as StaticString)
        w.indent(ind, node: n2530, list: s2526)
        let n2531 = w.count
        w.write("// Do not edit: change the docs (or the specgen config) and generate again.\n" as StaticString)
        w.indent(ind, node: n2531, list: s2526)
        let n2532 = w.count
        w.write("//\n" as StaticString)
        w.indent(ind, node: n2532, list: s2526)
        let n2533 = w.count
        w.write("// Validators: each checks a JSON payload against the docs' rules for its type a" as StaticString)
        w.write("nd reports every place the payload\n" as StaticString)
        w.indent(ind, node: n2533, list: s2526)
        let n2534 = w.count
        w.write("// departs from them.\n" as StaticString)
        w.indent(ind, node: n2534, list: s2526)
        let n2535 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2535, list: s2526)
        let n2536 = w.count
        let v2537 = k.validatorFileViewModel_imports(a0)
        for i2538 in v2537.indices {
            let e2539 = v2537[i2538]
            let s2540 = w.count
            w.write("import " as StaticString)
            let n2541 = w.count
            w.write(e2539)
            w.indent(ind, node: n2541, list: s2540)
            let n2542 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2542, list: s2540)
        }
        w.indent(ind, node: n2536, list: s2526)
        let n2543 = w.count
        let v2544 = k.validatorFileViewModel_types(a0)
        for i2545 in v2544.indices {
            let e2546 = v2544[i2545]
            let s2547 = w.count
            if let v2548 = k.validatorTypeViewModel_object(e2546) {
                let s2549 = w.count
                w.write("\n" as StaticString)
                let n2550 = w.count
                partial16(&w, ind, k, a0, e2546, v2548)
                w.indent(ind, node: n2550, list: s2549)
            }
            let n2551 = w.count
            if let v2552 = k.validatorTypeViewModel_enumeration(e2546) {
                let s2553 = w.count
                w.write("\n" as StaticString)
                let n2554 = w.count
                partial17(&w, ind, k, a0, e2546, v2552)
                w.indent(ind, node: n2554, list: s2553)
            }
            w.indent(ind, node: n2551, list: s2547)
            let n2555 = w.count
            if let v2556 = k.validatorTypeViewModel_union(e2546) {
                let s2557 = w.count
                w.write("\n" as StaticString)
                let n2558 = w.count
                partial18(&w, ind, k, a0, e2546, v2556)
                w.indent(ind, node: n2558, list: s2557)
            }
            w.indent(ind, node: n2555, list: s2547)
            let n2559 = w.count
            if let v2560 = k.validatorTypeViewModel_taggedUnion(e2546) {
                let s2561 = w.count
                w.write("\n" as StaticString)
                let n2562 = w.count
                partial19(&w, ind, k, a0, e2546, v2560)
                w.indent(ind, node: n2562, list: s2561)
            }
            w.indent(ind, node: n2559, list: s2547)
        }
        w.indent(ind, node: n2543, list: s2526)
    }

    /// The partial `validator-object`.
    private static func partial16(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel) {
        let s2563 = w.count
        let n2564 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n2564, list: s2563)
        let n2565 = w.count
        let v2566 = k.objectValidatorViewModel_qualifiedName(a2)
        w.write(v2566)
        w.indent(ind, node: n2565, list: s2563)
        let n2567 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n2567, list: s2563)
        let n2568 = w.count
        let v2569 = k.objectValidatorViewModel_doc(a2)
        let s2570 = w.count
        w.write("    " as StaticString)
        let n2571 = w.count
        partial20(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, v2569)
        w.indent(ind, node: n2571, list: s2570)
        w.indent(ind, node: n2568, list: s2563)
        let n2572 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2572, list: s2563)
        let n2573 = w.count
        let v2574 = k.objectValidatorViewModel_access(a2)
        w.write(v2574)
        w.indent(ind, node: n2573, list: s2563)
        let n2575 = w.count
        w.write(" static func validate(json: Foundation.Data) -> [" as StaticString)
        w.indent(ind, node: n2575, list: s2563)
        let n2576 = w.count
        let v2577 = k.objectValidatorViewModel_runtime(a2)
        w.write(v2577)
        w.indent(ind, node: n2576, list: s2563)
        let n2578 = w.count
        w.write(".ValidationIssue] {\n" as StaticString)
        w.indent(ind, node: n2578, list: s2563)
        let n2579 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2579, list: s2563)
        let n2580 = w.count
        let v2581 = k.objectValidatorViewModel_runtime(a2)
        w.write(v2581)
        w.indent(ind, node: n2580, list: s2563)
        let n2582 = w.count
        w.write(".JSONValidation.validate(json, location: \"" as StaticString)
        w.indent(ind, node: n2582, list: s2563)
        let n2583 = w.count
        let v2584 = k.objectValidatorViewModel_location(a2)
        w.write(v2584)
        w.indent(ind, node: n2583, list: s2563)
        let n2585 = w.count
        w.write("\") {\n" as StaticString)
        w.indent(ind, node: n2585, list: s2563)
        let n2586 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2586, list: s2563)
        let n2587 = w.count
        let v2588 = k.objectValidatorViewModel_runtime(a2)
        w.write(v2588)
        w.indent(ind, node: n2587, list: s2563)
        let n2589 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2589, list: s2563)
        let n2590 = w.count
        let v2591 = k.objectValidatorViewModel_runtime(a2)
        w.write(v2591)
        w.indent(ind, node: n2590, list: s2563)
        let n2592 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2592, list: s2563)
        let n2593 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2593, list: s2563)
        let n2594 = w.count
        let v2595 = k.objectValidatorViewModel_location(a2)
        w.write(v2595)
        w.indent(ind, node: n2594, list: s2563)
        let n2596 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2596, list: s2563)
        let n2597 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2597, list: s2563)
        let n2598 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2598, list: s2563)
        let n2599 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2599, list: s2563)
        let n2600 = w.count
        w.write("    /// Whether a JSON document conforms: the same answer as `validate(json:).is" as StaticString)
        w.write("Empty`, but reading stops at the\n" as StaticString)
        w.indent(ind, node: n2600, list: s2563)
        let n2601 = w.count
        w.write("    /// first issue and makes no issue.\n" as StaticString)
        w.indent(ind, node: n2601, list: s2563)
        let n2602 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2602, list: s2563)
        let n2603 = w.count
        let v2604 = k.objectValidatorViewModel_access(a2)
        w.write(v2604)
        w.indent(ind, node: n2603, list: s2563)
        let n2605 = w.count
        w.write(" static func isValid(json: Foundation.Data) -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n2605, list: s2563)
        let n2606 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2606, list: s2563)
        let n2607 = w.count
        let v2608 = k.objectValidatorViewModel_runtime(a2)
        w.write(v2608)
        w.indent(ind, node: n2607, list: s2563)
        let n2609 = w.count
        w.write(".JSONValidation.isValid(json) {\n" as StaticString)
        w.indent(ind, node: n2609, list: s2563)
        let n2610 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2610, list: s2563)
        let n2611 = w.count
        let v2612 = k.objectValidatorViewModel_runtime(a2)
        w.write(v2612)
        w.indent(ind, node: n2611, list: s2563)
        let n2613 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2613, list: s2563)
        let n2614 = w.count
        let v2615 = k.objectValidatorViewModel_runtime(a2)
        w.write(v2615)
        w.indent(ind, node: n2614, list: s2563)
        let n2616 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2616, list: s2563)
        let n2617 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2617, list: s2563)
        let n2618 = w.count
        let v2619 = k.objectValidatorViewModel_location(a2)
        w.write(v2619)
        w.indent(ind, node: n2618, list: s2563)
        let n2620 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2620, list: s2563)
        let n2621 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2621, list: s2563)
        let n2622 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2622, list: s2563)
        let n2623 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2623, list: s2563)
        let n2624 = w.count
        w.write("    /// Checks the next value of `reader` against the rules of ``" as StaticString)
        w.indent(ind, node: n2624, list: s2563)
        let n2625 = w.count
        let v2626 = k.objectValidatorViewModel_name(a2)
        w.write(v2626)
        w.indent(ind, node: n2625, list: s2563)
        let n2627 = w.count
        w.write("``; `location` is where the docs expect it.\n" as StaticString)
        w.indent(ind, node: n2627, list: s2563)
        let n2628 = w.count
        w.write("    static func specgenValidate(\n" as StaticString)
        w.indent(ind, node: n2628, list: s2563)
        let n2629 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2629, list: s2563)
        let n2630 = w.count
        let v2631 = k.objectValidatorViewModel_runtime(a2)
        w.write(v2631)
        w.indent(ind, node: n2630, list: s2563)
        let n2632 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String,\n" as StaticString)
        w.indent(ind, node: n2632, list: s2563)
        let n2633 = w.count
        w.write("        requiring extra: " as StaticString)
        w.indent(ind, node: n2633, list: s2563)
        let n2634 = w.count
        let v2635 = k.objectValidatorViewModel_runtime(a2)
        w.write(v2635)
        w.indent(ind, node: n2634, list: s2563)
        let n2636 = w.count
        w.write(".JSONRequirements = .none\n" as StaticString)
        w.indent(ind, node: n2636, list: s2563)
        let n2637 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2637, list: s2563)
        let n2638 = w.count
        let v2639 = k.objectValidatorViewModel_runtime(a2)
        w.write(v2639)
        w.indent(ind, node: n2638, list: s2563)
        let n2640 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2640, list: s2563)
        let n2641 = w.count
        let v2642 = k.objectValidatorViewModel_needsStart(a2)
        if v2642 {
            w.write("        let start = reader.valueOffset()\n" as StaticString)
        }
        w.indent(ind, node: n2641, list: s2563)
        let n2643 = w.count
        w.write("        guard try reader.beginObject(typeName: \"" as StaticString)
        w.indent(ind, node: n2643, list: s2563)
        let n2644 = w.count
        let v2645 = k.objectValidatorViewModel_typeNameText(a2)
        w.write(v2645)
        w.indent(ind, node: n2644, list: s2563)
        let n2646 = w.count
        w.write("\", nullable: nullable, location: location) else {\n" as StaticString)
        w.indent(ind, node: n2646, list: s2563)
        let n2647 = w.count
        w.write("            return\n" as StaticString)
        w.indent(ind, node: n2647, list: s2563)
        let n2648 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2648, list: s2563)
        let n2649 = w.count
        let v2650 = k.objectValidatorViewModel_isTagged(a2)
        if v2650 {
            let s2651 = w.count
            w.write("        switch reader.peekTag(Self.specgenTags) {\n" as StaticString)
            let n2652 = w.count
            let v2653 = k.objectValidatorViewModel_dispatch(a2)
            for i2654 in v2653.indices {
                let e2655 = v2653[i2654]
                let s2656 = w.count
                w.write("        case " as StaticString)
                let n2657 = w.count
                let v2658 = k.dispatchViewModel_index(e2655)
                w.write(v2658)
                w.indent(ind, node: n2657, list: s2656)
                let n2659 = w.count
                w.write("?:\n" as StaticString)
                w.indent(ind, node: n2659, list: s2656)
                let n2660 = w.count
                w.write("            try Self." as StaticString)
                w.indent(ind, node: n2660, list: s2656)
                let n2661 = w.count
                let v2662 = k.dispatchViewModel_functionName(e2655)
                w.write(v2662)
                w.indent(ind, node: n2661, list: s2656)
                let n2663 = w.count
                w.write("(&reader, requiring: extra)\n" as StaticString)
                w.indent(ind, node: n2663, list: s2656)
                let n2664 = w.count
                let v2665 = k.dispatchViewModel_wholeChecks(e2655)
                for i2666 in v2665.indices {
                    let e2667 = v2665[i2666]
                    let s2668 = w.count
                    w.write("            reader.rewind(to: start)\n" as StaticString)
                    let n2669 = w.count
                    w.write("            " as StaticString)
                    w.indent(ind, node: n2669, list: s2668)
                    let n2670 = w.count
                    partial21(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, e2655, e2667)
                    w.indent(ind, node: n2670, list: s2668)
                }
                w.indent(ind, node: n2664, list: s2656)
            }
            w.indent(ind, node: n2652, list: s2651)
            let n2671 = w.count
            w.write("        default:\n" as StaticString)
            w.indent(ind, node: n2671, list: s2651)
            let n2672 = w.count
            w.write("            try Self." as StaticString)
            w.indent(ind, node: n2672, list: s2651)
            let n2673 = w.count
            let v2674 = k.objectValidatorViewModel_baseFunctionName(a2)
            w.write(v2674)
            w.indent(ind, node: n2673, list: s2651)
            let n2675 = w.count
            w.write("(&reader, requiring: extra)\n" as StaticString)
            w.indent(ind, node: n2675, list: s2651)
            let n2676 = w.count
            w.write("        }\n" as StaticString)
            w.indent(ind, node: n2676, list: s2651)
        }
        w.indent(ind, node: n2649, list: s2563)
        let n2677 = w.count
        let v2678 = k.objectValidatorViewModel_isTagged(a2)
        if !v2678 {
            let s2679 = w.count
            w.write("        try Self." as StaticString)
            let n2680 = w.count
            let v2681 = k.objectValidatorViewModel_baseFunctionName(a2)
            w.write(v2681)
            w.indent(ind, node: n2680, list: s2679)
            let n2682 = w.count
            w.write("(&reader, requiring: extra)\n" as StaticString)
            w.indent(ind, node: n2682, list: s2679)
        }
        w.indent(ind, node: n2677, list: s2563)
        let n2683 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2683, list: s2563)
        let n2684 = w.count
        let v2685 = k.objectValidatorViewModel_isTagged(a2)
        if v2685 {
            let s2686 = w.count
            w.write("\n" as StaticString)
            let n2687 = w.count
            w.write("    /// The values of `" as StaticString)
            w.indent(ind, node: n2687, list: s2686)
            let n2688 = w.count
            let v2689 = k.objectValidatorViewModel_tagKey(a2)
            w.write(v2689)
            w.indent(ind, node: n2688, list: s2686)
            let n2690 = w.count
            w.write("` that have rules of their own" as StaticString)
            w.indent(ind, node: n2690, list: s2686)
            let n2691 = w.count
            let v2692 = k.objectValidatorViewModel_isCoded(a2)
            if v2692 {
                let s2693 = w.count
                w.write(", and the codes of `" as StaticString)
                let n2694 = w.count
                let v2695 = k.objectValidatorViewModel_codeKeyText(a2)
                w.write(v2695)
                w.indent(ind, node: n2694, list: s2693)
                let n2696 = w.count
                w.write("` that select rules before `" as StaticString)
                w.indent(ind, node: n2696, list: s2693)
                let n2697 = w.count
                let v2698 = k.objectValidatorViewModel_tagKey(a2)
                w.write(v2698)
                w.indent(ind, node: n2697, list: s2693)
                let n2699 = w.count
                w.write("` is read" as StaticString)
                w.indent(ind, node: n2699, list: s2693)
            }
            w.indent(ind, node: n2691, list: s2686)
            let n2700 = w.count
            let v2701 = k.objectValidatorViewModel_hasDispatchCode(a2)
            if v2701 {
                let s2702 = w.count
                w.write(" (`" as StaticString)
                let n2703 = w.count
                let v2704 = k.objectValidatorViewModel_tagKey(a2)
                w.write(v2704)
                w.indent(ind, node: n2703, list: s2702)
                let n2705 = w.count
                w.write("` names the message only when `" as StaticString)
                w.indent(ind, node: n2705, list: s2702)
                let n2706 = w.count
                let v2707 = k.objectValidatorViewModel_codeKeyText(a2)
                w.write(v2707)
                w.indent(ind, node: n2706, list: s2702)
                let n2708 = w.count
                w.write("` is " as StaticString)
                w.indent(ind, node: n2708, list: s2702)
                let n2709 = w.count
                let v2710 = k.objectValidatorViewModel_dispatchCode(a2)
                w.write(v2710)
                w.indent(ind, node: n2709, list: s2702)
                let n2711 = w.count
                w.write(")" as StaticString)
                w.indent(ind, node: n2711, list: s2702)
            }
            w.indent(ind, node: n2700, list: s2686)
            let n2712 = w.count
            w.write(".\n" as StaticString)
            w.indent(ind, node: n2712, list: s2686)
            let n2713 = w.count
            w.write("    private static let specgenTags = " as StaticString)
            w.indent(ind, node: n2713, list: s2686)
            let n2714 = w.count
            let v2715 = k.objectValidatorViewModel_runtime(a2)
            w.write(v2715)
            w.indent(ind, node: n2714, list: s2686)
            let n2716 = w.count
            w.write(".JSONTagRule(\n" as StaticString)
            w.indent(ind, node: n2716, list: s2686)
            let n2717 = w.count
            w.write("        key: \"" as StaticString)
            w.indent(ind, node: n2717, list: s2686)
            let n2718 = w.count
            let v2719 = k.objectValidatorViewModel_tagKeyText(a2)
            w.write(v2719)
            w.indent(ind, node: n2718, list: s2686)
            let n2720 = w.count
            w.write("\",\n" as StaticString)
            w.indent(ind, node: n2720, list: s2686)
            let n2721 = w.count
            w.write("        values: [\n" as StaticString)
            w.indent(ind, node: n2721, list: s2686)
            let n2722 = w.count
            let v2723 = k.objectValidatorViewModel_tagValues(a2)
            for i2724 in v2723.indices {
                let e2725 = v2723[i2724]
                let s2726 = w.count
                w.write("            \"" as StaticString)
                let n2727 = w.count
                w.write(e2725)
                w.indent(ind, node: n2727, list: s2726)
                let n2728 = w.count
                w.write("\",\n" as StaticString)
                w.indent(ind, node: n2728, list: s2726)
            }
            w.indent(ind, node: n2722, list: s2686)
            let n2729 = w.count
            w.write("        ]" as StaticString)
            w.indent(ind, node: n2729, list: s2686)
            let n2730 = w.count
            let v2731 = k.objectValidatorViewModel_isCoded(a2)
            if v2731 {
                let s2732 = w.count
                w.write(",\n" as StaticString)
                let n2733 = w.count
                w.write("        codeKey: \"" as StaticString)
                w.indent(ind, node: n2733, list: s2732)
                let n2734 = w.count
                let v2735 = k.objectValidatorViewModel_codeKeyText(a2)
                w.write(v2735)
                w.indent(ind, node: n2734, list: s2732)
                let n2736 = w.count
                w.write("\",\n" as StaticString)
                w.indent(ind, node: n2736, list: s2732)
                let n2737 = w.count
                w.write("        codes: [\n" as StaticString)
                w.indent(ind, node: n2737, list: s2732)
                let n2738 = w.count
                let v2739 = k.objectValidatorViewModel_codes(a2)
                for i2740 in v2739.indices {
                    let e2741 = v2739[i2740]
                    let s2742 = w.count
                    w.write("            " as StaticString)
                    let n2743 = w.count
                    w.write(e2741)
                    w.indent(ind, node: n2743, list: s2742)
                    let n2744 = w.count
                    w.write(",\n" as StaticString)
                    w.indent(ind, node: n2744, list: s2742)
                }
                w.indent(ind, node: n2738, list: s2732)
                let n2745 = w.count
                w.write("        ]" as StaticString)
                w.indent(ind, node: n2745, list: s2732)
                let n2746 = w.count
                let v2747 = k.objectValidatorViewModel_hasDispatchCode(a2)
                if v2747 {
                    let s2748 = w.count
                    w.write(",\n" as StaticString)
                    let n2749 = w.count
                    w.write("        dispatch: " as StaticString)
                    w.indent(ind, node: n2749, list: s2748)
                    let n2750 = w.count
                    let v2751 = k.objectValidatorViewModel_dispatchCode(a2)
                    w.write(v2751)
                    w.indent(ind, node: n2750, list: s2748)
                }
                w.indent(ind, node: n2746, list: s2732)
            }
            w.indent(ind, node: n2730, list: s2686)
            let n2752 = w.count
            w.write("\n" as StaticString)
            w.indent(ind, node: n2752, list: s2686)
            let n2753 = w.count
            w.write("    )\n" as StaticString)
            w.indent(ind, node: n2753, list: s2686)
        }
        w.indent(ind, node: n2684, list: s2563)
        let n2754 = w.count
        let v2755 = k.objectValidatorViewModel_requirements(a2)
        for i2756 in v2755.indices {
            let e2757 = v2755[i2756]
            let s2758 = w.count
            w.write("\n" as StaticString)
            let n2759 = w.count
            partial22(&w, ind, k, a0, a1, a2, e2757)
            w.indent(ind, node: n2759, list: s2758)
        }
        w.indent(ind, node: n2754, list: s2563)
        let n2760 = w.count
        let v2761 = k.objectValidatorViewModel_walks(a2)
        for i2762 in v2761.indices {
            let e2763 = v2761[i2762]
            let s2764 = w.count
            w.write("\n" as StaticString)
            let n2765 = w.count
            partial23(&w, ind, k, a0, a1, a2, e2763)
            w.indent(ind, node: n2765, list: s2764)
        }
        w.indent(ind, node: n2760, list: s2563)
        let n2766 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n2766, list: s2563)
    }

    /// The partial `validator-enum`.
    private static func partial17(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: EnumValidatorViewModel) {
        let s2767 = w.count
        let n2768 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n2768, list: s2767)
        let n2769 = w.count
        let v2770 = k.enumValidatorViewModel_qualifiedName(a2)
        w.write(v2770)
        w.indent(ind, node: n2769, list: s2767)
        let n2771 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n2771, list: s2767)
        let n2772 = w.count
        let v2773 = k.enumValidatorViewModel_doc(a2)
        let s2774 = w.count
        w.write("    " as StaticString)
        let n2775 = w.count
        partial24(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, v2773)
        w.indent(ind, node: n2775, list: s2774)
        w.indent(ind, node: n2772, list: s2767)
        let n2776 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2776, list: s2767)
        let n2777 = w.count
        let v2778 = k.enumValidatorViewModel_access(a2)
        w.write(v2778)
        w.indent(ind, node: n2777, list: s2767)
        let n2779 = w.count
        w.write(" static func validate(json: Foundation.Data) -> [" as StaticString)
        w.indent(ind, node: n2779, list: s2767)
        let n2780 = w.count
        let v2781 = k.enumValidatorViewModel_runtime(a2)
        w.write(v2781)
        w.indent(ind, node: n2780, list: s2767)
        let n2782 = w.count
        w.write(".ValidationIssue] {\n" as StaticString)
        w.indent(ind, node: n2782, list: s2767)
        let n2783 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2783, list: s2767)
        let n2784 = w.count
        let v2785 = k.enumValidatorViewModel_runtime(a2)
        w.write(v2785)
        w.indent(ind, node: n2784, list: s2767)
        let n2786 = w.count
        w.write(".JSONValidation.validate(json, location: \"" as StaticString)
        w.indent(ind, node: n2786, list: s2767)
        let n2787 = w.count
        let v2788 = k.enumValidatorViewModel_location(a2)
        w.write(v2788)
        w.indent(ind, node: n2787, list: s2767)
        let n2789 = w.count
        w.write("\") {\n" as StaticString)
        w.indent(ind, node: n2789, list: s2767)
        let n2790 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2790, list: s2767)
        let n2791 = w.count
        let v2792 = k.enumValidatorViewModel_runtime(a2)
        w.write(v2792)
        w.indent(ind, node: n2791, list: s2767)
        let n2793 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2793, list: s2767)
        let n2794 = w.count
        let v2795 = k.enumValidatorViewModel_runtime(a2)
        w.write(v2795)
        w.indent(ind, node: n2794, list: s2767)
        let n2796 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2796, list: s2767)
        let n2797 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2797, list: s2767)
        let n2798 = w.count
        let v2799 = k.enumValidatorViewModel_location(a2)
        w.write(v2799)
        w.indent(ind, node: n2798, list: s2767)
        let n2800 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2800, list: s2767)
        let n2801 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2801, list: s2767)
        let n2802 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2802, list: s2767)
        let n2803 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2803, list: s2767)
        let n2804 = w.count
        w.write("    /// Whether a JSON document conforms: the same answer as `validate(json:).is" as StaticString)
        w.write("Empty`, but reading stops at the\n" as StaticString)
        w.indent(ind, node: n2804, list: s2767)
        let n2805 = w.count
        w.write("    /// first issue and makes no issue.\n" as StaticString)
        w.indent(ind, node: n2805, list: s2767)
        let n2806 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2806, list: s2767)
        let n2807 = w.count
        let v2808 = k.enumValidatorViewModel_access(a2)
        w.write(v2808)
        w.indent(ind, node: n2807, list: s2767)
        let n2809 = w.count
        w.write(" static func isValid(json: Foundation.Data) -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n2809, list: s2767)
        let n2810 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2810, list: s2767)
        let n2811 = w.count
        let v2812 = k.enumValidatorViewModel_runtime(a2)
        w.write(v2812)
        w.indent(ind, node: n2811, list: s2767)
        let n2813 = w.count
        w.write(".JSONValidation.isValid(json) {\n" as StaticString)
        w.indent(ind, node: n2813, list: s2767)
        let n2814 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2814, list: s2767)
        let n2815 = w.count
        let v2816 = k.enumValidatorViewModel_runtime(a2)
        w.write(v2816)
        w.indent(ind, node: n2815, list: s2767)
        let n2817 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2817, list: s2767)
        let n2818 = w.count
        let v2819 = k.enumValidatorViewModel_runtime(a2)
        w.write(v2819)
        w.indent(ind, node: n2818, list: s2767)
        let n2820 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2820, list: s2767)
        let n2821 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2821, list: s2767)
        let n2822 = w.count
        let v2823 = k.enumValidatorViewModel_location(a2)
        w.write(v2823)
        w.indent(ind, node: n2822, list: s2767)
        let n2824 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2824, list: s2767)
        let n2825 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2825, list: s2767)
        let n2826 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2826, list: s2767)
        let n2827 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2827, list: s2767)
        let n2828 = w.count
        w.write("    /// Checks the next value of `reader` against the values of ``" as StaticString)
        w.indent(ind, node: n2828, list: s2767)
        let n2829 = w.count
        let v2830 = k.enumValidatorViewModel_name(a2)
        w.write(v2830)
        w.indent(ind, node: n2829, list: s2767)
        let n2831 = w.count
        w.write("``; `location` is where the docs expect it.\n" as StaticString)
        w.indent(ind, node: n2831, list: s2767)
        let n2832 = w.count
        w.write("    static func specgenValidate(\n" as StaticString)
        w.indent(ind, node: n2832, list: s2767)
        let n2833 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2833, list: s2767)
        let n2834 = w.count
        let v2835 = k.enumValidatorViewModel_runtime(a2)
        w.write(v2835)
        w.indent(ind, node: n2834, list: s2767)
        let n2836 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String\n" as StaticString)
        w.indent(ind, node: n2836, list: s2767)
        let n2837 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2837, list: s2767)
        let n2838 = w.count
        let v2839 = k.enumValidatorViewModel_runtime(a2)
        w.write(v2839)
        w.indent(ind, node: n2838, list: s2767)
        let n2840 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2840, list: s2767)
        let n2841 = w.count
        let v2842 = k.enumValidatorViewModel_isFlags(a2)
        if v2842 {
            let s2843 = w.count
            w.write("        try reader.checkFlags(asString: " as StaticString)
            let n2844 = w.count
            let v2845 = k.enumValidatorViewModel_flagsAsString(a2)
            w.write(flag: v2845)
            w.indent(ind, node: n2844, list: s2843)
            let n2846 = w.count
            w.write(", nullable: nullable, location: location)\n" as StaticString)
            w.indent(ind, node: n2846, list: s2843)
        }
        w.indent(ind, node: n2841, list: s2767)
        let n2847 = w.count
        let v2848 = k.enumValidatorViewModel_isFlags(a2)
        if !v2848 {
            w.write("        try reader.checkEnum(Self.specgenValues, nullable: nullable, location: l" as StaticString)
            w.write("ocation)\n" as StaticString)
        }
        w.indent(ind, node: n2847, list: s2767)
        let n2849 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2849, list: s2767)
        let n2850 = w.count
        let v2851 = k.enumValidatorViewModel_isFlags(a2)
        if !v2851 {
            let s2852 = w.count
            w.write("\n" as StaticString)
            let n2853 = w.count
            w.write("    /// The documented values.\n" as StaticString)
            w.indent(ind, node: n2853, list: s2852)
            let n2854 = w.count
            w.write("    private static let specgenValues = " as StaticString)
            w.indent(ind, node: n2854, list: s2852)
            let n2855 = w.count
            let v2856 = k.enumValidatorViewModel_runtime(a2)
            w.write(v2856)
            w.indent(ind, node: n2855, list: s2852)
            let n2857 = w.count
            w.write(".JSONEnumRule(\n" as StaticString)
            w.indent(ind, node: n2857, list: s2852)
            let n2858 = w.count
            w.write("        typeName: \"" as StaticString)
            w.indent(ind, node: n2858, list: s2852)
            let n2859 = w.count
            let v2860 = k.enumValidatorViewModel_typeNameText(a2)
            w.write(v2860)
            w.indent(ind, node: n2859, list: s2852)
            let n2861 = w.count
            w.write("\",\n" as StaticString)
            w.indent(ind, node: n2861, list: s2852)
            let n2862 = w.count
            w.write("        " as StaticString)
            w.indent(ind, node: n2862, list: s2852)
            let n2863 = w.count
            let v2864 = k.enumValidatorViewModel_isInteger(a2)
            if v2864 {
                w.write("integers" as StaticString)
            }
            w.indent(ind, node: n2863, list: s2852)
            let n2865 = w.count
            let v2866 = k.enumValidatorViewModel_isInteger(a2)
            if !v2866 {
                w.write("strings" as StaticString)
            }
            w.indent(ind, node: n2865, list: s2852)
            let n2867 = w.count
            w.write(": [\n" as StaticString)
            w.indent(ind, node: n2867, list: s2852)
            let n2868 = w.count
            let v2869 = k.enumValidatorViewModel_isInteger(a2)
            if v2869 {
                let v2870 = k.enumValidatorViewModel_values(a2)
                for i2871 in v2870.indices {
                    let e2872 = v2870[i2871]
                    let s2873 = w.count
                    w.write("            " as StaticString)
                    let n2874 = w.count
                    w.write(e2872)
                    w.indent(ind, node: n2874, list: s2873)
                    let n2875 = w.count
                    w.write(",\n" as StaticString)
                    w.indent(ind, node: n2875, list: s2873)
                }
            }
            w.indent(ind, node: n2868, list: s2852)
            let n2876 = w.count
            let v2877 = k.enumValidatorViewModel_isInteger(a2)
            if !v2877 {
                let v2878 = k.enumValidatorViewModel_values(a2)
                for i2879 in v2878.indices {
                    let e2880 = v2878[i2879]
                    let s2881 = w.count
                    w.write("            \"" as StaticString)
                    let n2882 = w.count
                    w.write(e2880)
                    w.indent(ind, node: n2882, list: s2881)
                    let n2883 = w.count
                    w.write("\",\n" as StaticString)
                    w.indent(ind, node: n2883, list: s2881)
                }
            }
            w.indent(ind, node: n2876, list: s2852)
            let n2884 = w.count
            w.write("        ],\n" as StaticString)
            w.indent(ind, node: n2884, list: s2852)
            let n2885 = w.count
            w.write("        location: \"" as StaticString)
            w.indent(ind, node: n2885, list: s2852)
            let n2886 = w.count
            let v2887 = k.enumValidatorViewModel_location(a2)
            w.write(v2887)
            w.indent(ind, node: n2886, list: s2852)
            let n2888 = w.count
            w.write("\"\n" as StaticString)
            w.indent(ind, node: n2888, list: s2852)
            let n2889 = w.count
            w.write("    )\n" as StaticString)
            w.indent(ind, node: n2889, list: s2852)
        }
        w.indent(ind, node: n2850, list: s2767)
        let n2890 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n2890, list: s2767)
    }

    /// The partial `validator-union`.
    private static func partial18(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: UnionValidatorViewModel) {
        let s2891 = w.count
        let n2892 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n2892, list: s2891)
        let n2893 = w.count
        let v2894 = k.unionValidatorViewModel_qualifiedName(a2)
        w.write(v2894)
        w.indent(ind, node: n2893, list: s2891)
        let n2895 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n2895, list: s2891)
        let n2896 = w.count
        let v2897 = k.unionValidatorViewModel_doc(a2)
        let s2898 = w.count
        w.write("    " as StaticString)
        let n2899 = w.count
        partial25(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, v2897)
        w.indent(ind, node: n2899, list: s2898)
        w.indent(ind, node: n2896, list: s2891)
        let n2900 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2900, list: s2891)
        let n2901 = w.count
        let v2902 = k.unionValidatorViewModel_access(a2)
        w.write(v2902)
        w.indent(ind, node: n2901, list: s2891)
        let n2903 = w.count
        w.write(" static func validate(json: Foundation.Data) -> [" as StaticString)
        w.indent(ind, node: n2903, list: s2891)
        let n2904 = w.count
        let v2905 = k.unionValidatorViewModel_runtime(a2)
        w.write(v2905)
        w.indent(ind, node: n2904, list: s2891)
        let n2906 = w.count
        w.write(".ValidationIssue] {\n" as StaticString)
        w.indent(ind, node: n2906, list: s2891)
        let n2907 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2907, list: s2891)
        let n2908 = w.count
        let v2909 = k.unionValidatorViewModel_runtime(a2)
        w.write(v2909)
        w.indent(ind, node: n2908, list: s2891)
        let n2910 = w.count
        w.write(".JSONValidation.validate(json, location: \"" as StaticString)
        w.indent(ind, node: n2910, list: s2891)
        let n2911 = w.count
        let v2912 = k.unionValidatorViewModel_location(a2)
        w.write(v2912)
        w.indent(ind, node: n2911, list: s2891)
        let n2913 = w.count
        w.write("\") {\n" as StaticString)
        w.indent(ind, node: n2913, list: s2891)
        let n2914 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2914, list: s2891)
        let n2915 = w.count
        let v2916 = k.unionValidatorViewModel_runtime(a2)
        w.write(v2916)
        w.indent(ind, node: n2915, list: s2891)
        let n2917 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2917, list: s2891)
        let n2918 = w.count
        let v2919 = k.unionValidatorViewModel_runtime(a2)
        w.write(v2919)
        w.indent(ind, node: n2918, list: s2891)
        let n2920 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2920, list: s2891)
        let n2921 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2921, list: s2891)
        let n2922 = w.count
        let v2923 = k.unionValidatorViewModel_location(a2)
        w.write(v2923)
        w.indent(ind, node: n2922, list: s2891)
        let n2924 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2924, list: s2891)
        let n2925 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2925, list: s2891)
        let n2926 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2926, list: s2891)
        let n2927 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2927, list: s2891)
        let n2928 = w.count
        w.write("    /// Whether a JSON document conforms: the same answer as `validate(json:).is" as StaticString)
        w.write("Empty`, but reading stops at the\n" as StaticString)
        w.indent(ind, node: n2928, list: s2891)
        let n2929 = w.count
        w.write("    /// first issue and makes no issue.\n" as StaticString)
        w.indent(ind, node: n2929, list: s2891)
        let n2930 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n2930, list: s2891)
        let n2931 = w.count
        let v2932 = k.unionValidatorViewModel_access(a2)
        w.write(v2932)
        w.indent(ind, node: n2931, list: s2891)
        let n2933 = w.count
        w.write(" static func isValid(json: Foundation.Data) -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n2933, list: s2891)
        let n2934 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n2934, list: s2891)
        let n2935 = w.count
        let v2936 = k.unionValidatorViewModel_runtime(a2)
        w.write(v2936)
        w.indent(ind, node: n2935, list: s2891)
        let n2937 = w.count
        w.write(".JSONValidation.isValid(json) {\n" as StaticString)
        w.indent(ind, node: n2937, list: s2891)
        let n2938 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2938, list: s2891)
        let n2939 = w.count
        let v2940 = k.unionValidatorViewModel_runtime(a2)
        w.write(v2940)
        w.indent(ind, node: n2939, list: s2891)
        let n2941 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n2941, list: s2891)
        let n2942 = w.count
        let v2943 = k.unionValidatorViewModel_runtime(a2)
        w.write(v2943)
        w.indent(ind, node: n2942, list: s2891)
        let n2944 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2944, list: s2891)
        let n2945 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n2945, list: s2891)
        let n2946 = w.count
        let v2947 = k.unionValidatorViewModel_location(a2)
        w.write(v2947)
        w.indent(ind, node: n2946, list: s2891)
        let n2948 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n2948, list: s2891)
        let n2949 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n2949, list: s2891)
        let n2950 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n2950, list: s2891)
        let n2951 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n2951, list: s2891)
        let n2952 = w.count
        w.write("    /// Checks the next value of `reader` against the members of ``" as StaticString)
        w.indent(ind, node: n2952, list: s2891)
        let n2953 = w.count
        let v2954 = k.unionValidatorViewModel_name(a2)
        w.write(v2954)
        w.indent(ind, node: n2953, list: s2891)
        let n2955 = w.count
        w.write("`` (it passes when one member passes);\n" as StaticString)
        w.indent(ind, node: n2955, list: s2891)
        let n2956 = w.count
        w.write("    /// `location` is where the docs expect it.\n" as StaticString)
        w.indent(ind, node: n2956, list: s2891)
        let n2957 = w.count
        w.write("    static func specgenValidate(\n" as StaticString)
        w.indent(ind, node: n2957, list: s2891)
        let n2958 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n2958, list: s2891)
        let n2959 = w.count
        let v2960 = k.unionValidatorViewModel_runtime(a2)
        w.write(v2960)
        w.indent(ind, node: n2959, list: s2891)
        let n2961 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String\n" as StaticString)
        w.indent(ind, node: n2961, list: s2891)
        let n2962 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n2962, list: s2891)
        let n2963 = w.count
        let v2964 = k.unionValidatorViewModel_runtime(a2)
        w.write(v2964)
        w.indent(ind, node: n2963, list: s2891)
        let n2965 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n2965, list: s2891)
        let n2966 = w.count
        w.write("        try reader.checkUnion(expected: \"" as StaticString)
        w.indent(ind, node: n2966, list: s2891)
        let n2967 = w.count
        let v2968 = k.unionValidatorViewModel_expected(a2)
        w.write(v2968)
        w.indent(ind, node: n2967, list: s2891)
        let n2969 = w.count
        w.write("\", nullable: nullable, location: location, members: " as StaticString)
        w.indent(ind, node: n2969, list: s2891)
        let n2970 = w.count
        let v2971 = k.unionValidatorViewModel_memberCount(a2)
        w.write(v2971)
        w.indent(ind, node: n2970, list: s2891)
        let n2972 = w.count
        w.write(") {\n" as StaticString)
        w.indent(ind, node: n2972, list: s2891)
        let n2973 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n2973, list: s2891)
        let n2974 = w.count
        let v2975 = k.unionValidatorViewModel_runtime(a2)
        w.write(v2975)
        w.indent(ind, node: n2974, list: s2891)
        let n2976 = w.count
        w.write(".JSONValidationReader, member: Swift.Int) throws(" as StaticString)
        w.indent(ind, node: n2976, list: s2891)
        let n2977 = w.count
        let v2978 = k.unionValidatorViewModel_runtime(a2)
        w.write(v2978)
        w.indent(ind, node: n2977, list: s2891)
        let n2979 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n2979, list: s2891)
        let n2980 = w.count
        w.write("            switch member {\n" as StaticString)
        w.indent(ind, node: n2980, list: s2891)
        let n2981 = w.count
        let v2982 = k.unionValidatorViewModel_members(a2)
        for i2983 in v2982.indices {
            let e2984 = v2982[i2983]
            let s2985 = w.count
            w.write("            case " as StaticString)
            let n2986 = w.count
            let v2987 = k.memberCaseViewModel_index(e2984)
            w.write(v2987)
            w.indent(ind, node: n2986, list: s2985)
            let n2988 = w.count
            w.write(":\n" as StaticString)
            w.indent(ind, node: n2988, list: s2985)
            let n2989 = w.count
            let v2990 = k.memberCaseViewModel_checks(e2984)
            for i2991 in v2990.indices {
                let e2992 = v2990[i2991]
                let s2993 = w.count
                w.write("                " as StaticString)
                let n2994 = w.count
                partial26(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, e2984, e2992)
                w.indent(ind, node: n2994, list: s2993)
            }
            w.indent(ind, node: n2989, list: s2985)
        }
        w.indent(ind, node: n2981, list: s2891)
        let n2995 = w.count
        w.write("            default:\n" as StaticString)
        w.indent(ind, node: n2995, list: s2891)
        let n2996 = w.count
        if let v2997 = k.unionValidatorViewModel_lastMember(a2) {
            let v2998 = k.memberCaseViewModel_checks(v2997)
            for i2999 in v2998.indices {
                let e3000 = v2998[i2999]
                let s3001 = w.count
                w.write("                " as StaticString)
                let n3002 = w.count
                partial26(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, v2997, e3000)
                w.indent(ind, node: n3002, list: s3001)
            }
        }
        w.indent(ind, node: n2996, list: s2891)
        let n3003 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n3003, list: s2891)
        let n3004 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n3004, list: s2891)
        let n3005 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n3005, list: s2891)
        let n3006 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n3006, list: s2891)
    }

    /// The partial `validator-tagged-union`.
    private static func partial19(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: TaggedUnionValidatorViewModel) {
        let s3007 = w.count
        let n3008 = w.count
        w.write("extension " as StaticString)
        w.indent(ind, node: n3008, list: s3007)
        let n3009 = w.count
        let v3010 = k.taggedUnionValidatorViewModel_qualifiedName(a2)
        w.write(v3010)
        w.indent(ind, node: n3009, list: s3007)
        let n3011 = w.count
        w.write(" {\n" as StaticString)
        w.indent(ind, node: n3011, list: s3007)
        let n3012 = w.count
        let v3013 = k.taggedUnionValidatorViewModel_doc(a2)
        let s3014 = w.count
        w.write("    " as StaticString)
        let n3015 = w.count
        partial27(&w, ind + [32, 32, 32, 32], k, a0, a1, a2, v3013)
        w.indent(ind, node: n3015, list: s3014)
        w.indent(ind, node: n3012, list: s3007)
        let n3016 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n3016, list: s3007)
        let n3017 = w.count
        let v3018 = k.taggedUnionValidatorViewModel_access(a2)
        w.write(v3018)
        w.indent(ind, node: n3017, list: s3007)
        let n3019 = w.count
        w.write(" static func validate(json: Foundation.Data) -> [" as StaticString)
        w.indent(ind, node: n3019, list: s3007)
        let n3020 = w.count
        let v3021 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3021)
        w.indent(ind, node: n3020, list: s3007)
        let n3022 = w.count
        w.write(".ValidationIssue] {\n" as StaticString)
        w.indent(ind, node: n3022, list: s3007)
        let n3023 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n3023, list: s3007)
        let n3024 = w.count
        let v3025 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3025)
        w.indent(ind, node: n3024, list: s3007)
        let n3026 = w.count
        w.write(".JSONValidation.validate(json, location: \"" as StaticString)
        w.indent(ind, node: n3026, list: s3007)
        let n3027 = w.count
        let v3028 = k.taggedUnionValidatorViewModel_location(a2)
        w.write(v3028)
        w.indent(ind, node: n3027, list: s3007)
        let n3029 = w.count
        w.write("\") {\n" as StaticString)
        w.indent(ind, node: n3029, list: s3007)
        let n3030 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n3030, list: s3007)
        let n3031 = w.count
        let v3032 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3032)
        w.indent(ind, node: n3031, list: s3007)
        let n3033 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n3033, list: s3007)
        let n3034 = w.count
        let v3035 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3035)
        w.indent(ind, node: n3034, list: s3007)
        let n3036 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n3036, list: s3007)
        let n3037 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n3037, list: s3007)
        let n3038 = w.count
        let v3039 = k.taggedUnionValidatorViewModel_location(a2)
        w.write(v3039)
        w.indent(ind, node: n3038, list: s3007)
        let n3040 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n3040, list: s3007)
        let n3041 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n3041, list: s3007)
        let n3042 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n3042, list: s3007)
        let n3043 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3043, list: s3007)
        let n3044 = w.count
        w.write("    /// Whether a JSON document conforms: the same answer as `validate(json:).is" as StaticString)
        w.write("Empty`, but reading stops at the\n" as StaticString)
        w.indent(ind, node: n3044, list: s3007)
        let n3045 = w.count
        w.write("    /// first issue and makes no issue.\n" as StaticString)
        w.indent(ind, node: n3045, list: s3007)
        let n3046 = w.count
        w.write("    " as StaticString)
        w.indent(ind, node: n3046, list: s3007)
        let n3047 = w.count
        let v3048 = k.taggedUnionValidatorViewModel_access(a2)
        w.write(v3048)
        w.indent(ind, node: n3047, list: s3007)
        let n3049 = w.count
        w.write(" static func isValid(json: Foundation.Data) -> Swift.Bool {\n" as StaticString)
        w.indent(ind, node: n3049, list: s3007)
        let n3050 = w.count
        w.write("        " as StaticString)
        w.indent(ind, node: n3050, list: s3007)
        let n3051 = w.count
        let v3052 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3052)
        w.indent(ind, node: n3051, list: s3007)
        let n3053 = w.count
        w.write(".JSONValidation.isValid(json) {\n" as StaticString)
        w.indent(ind, node: n3053, list: s3007)
        let n3054 = w.count
        w.write("            (reader: inout " as StaticString)
        w.indent(ind, node: n3054, list: s3007)
        let n3055 = w.count
        let v3056 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3056)
        w.indent(ind, node: n3055, list: s3007)
        let n3057 = w.count
        w.write(".JSONValidationReader) throws(" as StaticString)
        w.indent(ind, node: n3057, list: s3007)
        let n3058 = w.count
        let v3059 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3059)
        w.indent(ind, node: n3058, list: s3007)
        let n3060 = w.count
        w.write(".JSONSyntaxError) in\n" as StaticString)
        w.indent(ind, node: n3060, list: s3007)
        let n3061 = w.count
        w.write("            try Self.specgenValidate(&reader, nullable: false, location: \"" as StaticString)
        w.indent(ind, node: n3061, list: s3007)
        let n3062 = w.count
        let v3063 = k.taggedUnionValidatorViewModel_location(a2)
        w.write(v3063)
        w.indent(ind, node: n3062, list: s3007)
        let n3064 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n3064, list: s3007)
        let n3065 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n3065, list: s3007)
        let n3066 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n3066, list: s3007)
        let n3067 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3067, list: s3007)
        let n3068 = w.count
        w.write("    /// Checks the next value of `reader` against the member of ``" as StaticString)
        w.indent(ind, node: n3068, list: s3007)
        let n3069 = w.count
        let v3070 = k.taggedUnionValidatorViewModel_name(a2)
        w.write(v3070)
        w.indent(ind, node: n3069, list: s3007)
        let n3071 = w.count
        w.write("`` that its `" as StaticString)
        w.indent(ind, node: n3071, list: s3007)
        let n3072 = w.count
        let v3073 = k.taggedUnionValidatorViewModel_tagKey(a2)
        w.write(v3073)
        w.indent(ind, node: n3072, list: s3007)
        let n3074 = w.count
        w.write("` selects.\n" as StaticString)
        w.indent(ind, node: n3074, list: s3007)
        let n3075 = w.count
        w.write("    /// A code the docs do not list is reported as an enumeration's unknown valu" as StaticString)
        w.write("e is; `location` is where the docs\n" as StaticString)
        w.indent(ind, node: n3075, list: s3007)
        let n3076 = w.count
        w.write("    /// expect the value.\n" as StaticString)
        w.indent(ind, node: n3076, list: s3007)
        let n3077 = w.count
        w.write("    static func specgenValidate(\n" as StaticString)
        w.indent(ind, node: n3077, list: s3007)
        let n3078 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n3078, list: s3007)
        let n3079 = w.count
        let v3080 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3080)
        w.indent(ind, node: n3079, list: s3007)
        let n3081 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String\n" as StaticString)
        w.indent(ind, node: n3081, list: s3007)
        let n3082 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n3082, list: s3007)
        let n3083 = w.count
        let v3084 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3084)
        w.indent(ind, node: n3083, list: s3007)
        let n3085 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n3085, list: s3007)
        let n3086 = w.count
        w.write("        switch reader.peekObjectTag(Self.specgenTags) {\n" as StaticString)
        w.indent(ind, node: n3086, list: s3007)
        let n3087 = w.count
        let v3088 = k.taggedUnionValidatorViewModel_members(a2)
        for i3089 in v3088.indices {
            let e3090 = v3088[i3089]
            let s3091 = w.count
            w.write("        case " as StaticString)
            let n3092 = w.count
            let v3093 = k.taggedUnionMemberCheckViewModel_index(e3090)
            w.write(v3093)
            w.indent(ind, node: n3092, list: s3091)
            let n3094 = w.count
            w.write("?: try " as StaticString)
            w.indent(ind, node: n3094, list: s3091)
            let n3095 = w.count
            let v3096 = k.taggedUnionMemberCheckViewModel_type(e3090)
            w.write(v3096)
            w.indent(ind, node: n3095, list: s3091)
            let n3097 = w.count
            w.write(".specgenValidate(&reader, nullable: nullable, location: location)\n" as StaticString)
            w.indent(ind, node: n3097, list: s3091)
        }
        w.indent(ind, node: n3087, list: s3007)
        let n3098 = w.count
        w.write("        default: try Self.specgenValidateUnlisted(&reader, nullable: nullable, l" as StaticString)
        w.write("ocation: location)\n" as StaticString)
        w.indent(ind, node: n3098, list: s3007)
        let n3099 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n3099, list: s3007)
        let n3100 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n3100, list: s3007)
        let n3101 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3101, list: s3007)
        let n3102 = w.count
        w.write("    /// The codes of `" as StaticString)
        w.indent(ind, node: n3102, list: s3007)
        let n3103 = w.count
        let v3104 = k.taggedUnionValidatorViewModel_tagKey(a2)
        w.write(v3104)
        w.indent(ind, node: n3103, list: s3007)
        let n3105 = w.count
        w.write("` that select a member.\n" as StaticString)
        w.indent(ind, node: n3105, list: s3007)
        let n3106 = w.count
        w.write("    private static let specgenTags = " as StaticString)
        w.indent(ind, node: n3106, list: s3007)
        let n3107 = w.count
        let v3108 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3108)
        w.indent(ind, node: n3107, list: s3007)
        let n3109 = w.count
        w.write(".JSONTagRule(\n" as StaticString)
        w.indent(ind, node: n3109, list: s3007)
        let n3110 = w.count
        w.write("        key: \"" as StaticString)
        w.indent(ind, node: n3110, list: s3007)
        let n3111 = w.count
        let v3112 = k.taggedUnionValidatorViewModel_tagKeyText(a2)
        w.write(v3112)
        w.indent(ind, node: n3111, list: s3007)
        let n3113 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n3113, list: s3007)
        let n3114 = w.count
        w.write("        values: [],\n" as StaticString)
        w.indent(ind, node: n3114, list: s3007)
        let n3115 = w.count
        w.write("        codeKey: \"" as StaticString)
        w.indent(ind, node: n3115, list: s3007)
        let n3116 = w.count
        let v3117 = k.taggedUnionValidatorViewModel_tagKeyText(a2)
        w.write(v3117)
        w.indent(ind, node: n3116, list: s3007)
        let n3118 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n3118, list: s3007)
        let n3119 = w.count
        w.write("        codes: [\n" as StaticString)
        w.indent(ind, node: n3119, list: s3007)
        let n3120 = w.count
        let v3121 = k.taggedUnionValidatorViewModel_codes(a2)
        for i3122 in v3121.indices {
            let e3123 = v3121[i3122]
            let s3124 = w.count
            w.write("            " as StaticString)
            let n3125 = w.count
            w.write(e3123)
            w.indent(ind, node: n3125, list: s3124)
            let n3126 = w.count
            w.write(",\n" as StaticString)
            w.indent(ind, node: n3126, list: s3124)
        }
        w.indent(ind, node: n3120, list: s3007)
        let n3127 = w.count
        w.write("        ]\n" as StaticString)
        w.indent(ind, node: n3127, list: s3007)
        let n3128 = w.count
        w.write("    )\n" as StaticString)
        w.indent(ind, node: n3128, list: s3007)
        let n3129 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3129, list: s3007)
        let n3130 = w.count
        w.write("    /// The one member every value has: its code.\n" as StaticString)
        w.indent(ind, node: n3130, list: s3007)
        let n3131 = w.count
        w.write("    private static let specgenMembers = " as StaticString)
        w.indent(ind, node: n3131, list: s3007)
        let n3132 = w.count
        let v3133 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3133)
        w.indent(ind, node: n3132, list: s3007)
        let n3134 = w.count
        w.write(".JSONObjectRule(\n" as StaticString)
        w.indent(ind, node: n3134, list: s3007)
        let n3135 = w.count
        w.write("        typeName: \"" as StaticString)
        w.indent(ind, node: n3135, list: s3007)
        let n3136 = w.count
        let v3137 = k.taggedUnionValidatorViewModel_typeNameText(a2)
        w.write(v3137)
        w.indent(ind, node: n3136, list: s3007)
        let n3138 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n3138, list: s3007)
        let n3139 = w.count
        w.write("        members: [\n" as StaticString)
        w.indent(ind, node: n3139, list: s3007)
        let n3140 = w.count
        w.write("            .init(\"" as StaticString)
        w.indent(ind, node: n3140, list: s3007)
        let n3141 = w.count
        let v3142 = k.taggedUnionValidatorViewModel_tagKeyText(a2)
        w.write(v3142)
        w.indent(ind, node: n3141, list: s3007)
        let n3143 = w.count
        w.write("\", required: true, location: \"" as StaticString)
        w.indent(ind, node: n3143, list: s3007)
        let n3144 = w.count
        let v3145 = k.taggedUnionValidatorViewModel_tagLocation(a2)
        w.write(v3145)
        w.indent(ind, node: n3144, list: s3007)
        let n3146 = w.count
        w.write("\"),\n" as StaticString)
        w.indent(ind, node: n3146, list: s3007)
        let n3147 = w.count
        w.write("        ]\n" as StaticString)
        w.indent(ind, node: n3147, list: s3007)
        let n3148 = w.count
        w.write("    )\n" as StaticString)
        w.indent(ind, node: n3148, list: s3007)
        let n3149 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3149, list: s3007)
        let n3150 = w.count
        w.write("    /// The documented codes.\n" as StaticString)
        w.indent(ind, node: n3150, list: s3007)
        let n3151 = w.count
        w.write("    private static let specgenCodes = " as StaticString)
        w.indent(ind, node: n3151, list: s3007)
        let n3152 = w.count
        let v3153 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3153)
        w.indent(ind, node: n3152, list: s3007)
        let n3154 = w.count
        w.write(".JSONEnumRule(\n" as StaticString)
        w.indent(ind, node: n3154, list: s3007)
        let n3155 = w.count
        w.write("        typeName: \"" as StaticString)
        w.indent(ind, node: n3155, list: s3007)
        let n3156 = w.count
        let v3157 = k.taggedUnionValidatorViewModel_typeNameText(a2)
        w.write(v3157)
        w.indent(ind, node: n3156, list: s3007)
        let n3158 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n3158, list: s3007)
        let n3159 = w.count
        w.write("        integers: [\n" as StaticString)
        w.indent(ind, node: n3159, list: s3007)
        let n3160 = w.count
        let v3161 = k.taggedUnionValidatorViewModel_codes(a2)
        for i3162 in v3161.indices {
            let e3163 = v3161[i3162]
            let s3164 = w.count
            w.write("            " as StaticString)
            let n3165 = w.count
            w.write(e3163)
            w.indent(ind, node: n3165, list: s3164)
            let n3166 = w.count
            w.write(",\n" as StaticString)
            w.indent(ind, node: n3166, list: s3164)
        }
        w.indent(ind, node: n3160, list: s3007)
        let n3167 = w.count
        w.write("        ],\n" as StaticString)
        w.indent(ind, node: n3167, list: s3007)
        let n3168 = w.count
        w.write("        location: \"" as StaticString)
        w.indent(ind, node: n3168, list: s3007)
        let n3169 = w.count
        let v3170 = k.taggedUnionValidatorViewModel_tagLocation(a2)
        w.write(v3170)
        w.indent(ind, node: n3169, list: s3007)
        let n3171 = w.count
        w.write("\"\n" as StaticString)
        w.indent(ind, node: n3171, list: s3007)
        let n3172 = w.count
        w.write("    )\n" as StaticString)
        w.indent(ind, node: n3172, list: s3007)
        let n3173 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3173, list: s3007)
        let n3174 = w.count
        w.write("    /// Checks a value that no documented code selects: an object whose `" as StaticString)
        w.indent(ind, node: n3174, list: s3007)
        let n3175 = w.count
        let v3176 = k.taggedUnionValidatorViewModel_tagKey(a2)
        w.write(v3176)
        w.indent(ind, node: n3175, list: s3007)
        let n3177 = w.count
        w.write("` must be a documented code.\n" as StaticString)
        w.indent(ind, node: n3177, list: s3007)
        let n3178 = w.count
        w.write("    private static func specgenValidateUnlisted(\n" as StaticString)
        w.indent(ind, node: n3178, list: s3007)
        let n3179 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n3179, list: s3007)
        let n3180 = w.count
        let v3181 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3181)
        w.indent(ind, node: n3180, list: s3007)
        let n3182 = w.count
        w.write(".JSONValidationReader, nullable: Swift.Bool, location: Swift.String\n" as StaticString)
        w.indent(ind, node: n3182, list: s3007)
        let n3183 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n3183, list: s3007)
        let n3184 = w.count
        let v3185 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3185)
        w.indent(ind, node: n3184, list: s3007)
        let n3186 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n3186, list: s3007)
        let n3187 = w.count
        w.write("        guard try reader.beginObject(typeName: \"" as StaticString)
        w.indent(ind, node: n3187, list: s3007)
        let n3188 = w.count
        let v3189 = k.taggedUnionValidatorViewModel_typeNameText(a2)
        w.write(v3189)
        w.indent(ind, node: n3188, list: s3007)
        let n3190 = w.count
        w.write("\", nullable: nullable, location: location) else {\n" as StaticString)
        w.indent(ind, node: n3190, list: s3007)
        let n3191 = w.count
        w.write("            return\n" as StaticString)
        w.indent(ind, node: n3191, list: s3007)
        let n3192 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n3192, list: s3007)
        let n3193 = w.count
        w.write("        let rule = Self.specgenMembers\n" as StaticString)
        w.indent(ind, node: n3193, list: s3007)
        let n3194 = w.count
        w.write("        var seen = " as StaticString)
        w.indent(ind, node: n3194, list: s3007)
        let n3195 = w.count
        let v3196 = k.taggedUnionValidatorViewModel_runtime(a2)
        w.write(v3196)
        w.indent(ind, node: n3195, list: s3007)
        let n3197 = w.count
        w.write(".JSONKeyBits()\n" as StaticString)
        w.indent(ind, node: n3197, list: s3007)
        let n3198 = w.count
        w.write("        while let member = try reader.nextMember(rule, seen: &seen) {\n" as StaticString)
        w.indent(ind, node: n3198, list: s3007)
        let n3199 = w.count
        w.write("            switch member {\n" as StaticString)
        w.indent(ind, node: n3199, list: s3007)
        let n3200 = w.count
        w.write("            case 0: try reader.checkEnum(Self.specgenCodes, nullable: false, loc" as StaticString)
        w.write("ation: \"" as StaticString)
        w.indent(ind, node: n3200, list: s3007)
        let n3201 = w.count
        let v3202 = k.taggedUnionValidatorViewModel_tagLocation(a2)
        w.write(v3202)
        w.indent(ind, node: n3201, list: s3007)
        let n3203 = w.count
        w.write("\")\n" as StaticString)
        w.indent(ind, node: n3203, list: s3007)
        let n3204 = w.count
        w.write("            default: try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n3204, list: s3007)
        let n3205 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n3205, list: s3007)
        let n3206 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n3206, list: s3007)
        let n3207 = w.count
        w.write("        reader.finishObject(rule, seen: seen)\n" as StaticString)
        w.indent(ind, node: n3207, list: s3007)
        let n3208 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n3208, list: s3007)
        let n3209 = w.count
        w.write("}\n" as StaticString)
        w.indent(ind, node: n3209, list: s3007)
    }

    /// The partial `validator-doc`.
    private static func partial20(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: ValidatorDocViewModel) {
        let s3210 = w.count
        let n3211 = w.count
        w.write("/// Checks a JSON document against the docs' rules for ``" as StaticString)
        w.indent(ind, node: n3211, list: s3210)
        let n3212 = w.count
        let v3213 = k.validatorDocViewModel_name(a3)
        w.write(v3213)
        w.indent(ind, node: n3212, list: s3210)
        let n3214 = w.count
        w.write("``.\n" as StaticString)
        w.indent(ind, node: n3214, list: s3210)
        let n3215 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n3215, list: s3210)
        let n3216 = w.count
        w.write("/// Keys the docs do not list are allowed; everything else they say is checked: " as StaticString)
        w.write("required keys, `null`, JSON types, documented values." as StaticString)
        w.indent(ind, node: n3216, list: s3210)
        let n3217 = w.count
        let v3218 = k.validatorDocViewModel_rulesSource(a3)
        if !v3218.isEmpty {
            let s3219 = w.count
            w.write(" The rules come from `" as StaticString)
            let n3220 = w.count
            w.write(v3218)
            w.indent(ind, node: n3220, list: s3219)
            let n3221 = w.count
            w.write("`." as StaticString)
            w.indent(ind, node: n3221, list: s3219)
        }
        w.indent(ind, node: n3217, list: s3210)
        let n3222 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3222, list: s3210)
        let n3223 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n3223, list: s3210)
        let n3224 = w.count
        w.write("/// - Parameter json: The document's bytes (UTF-8).\n" as StaticString)
        w.indent(ind, node: n3224, list: s3210)
        let n3225 = w.count
        w.write("/// - Returns: Every place the document departs from the docs, in document order" as StaticString)
        w.write("; empty when it conforms.\n" as StaticString)
        w.indent(ind, node: n3225, list: s3210)
    }

    /// The partial `validator-check`.
    private static func partial21(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: DispatchViewModel, _ a4: CheckViewModel) {
        let s3226 = w.count
        let n3227 = w.count
        let v3228 = k.checkViewModel_isString(a4)
        if v3228 {
            let s3229 = w.count
            w.write("try reader.checkString(nullable: " as StaticString)
            let n3230 = w.count
            let v3231 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3231)
            w.indent(ind, node: n3230, list: s3229)
            let n3232 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3232, list: s3229)
            let n3233 = w.count
            let v3234 = k.checkViewModel_usesCallerLocation(a4)
            if v3234 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3233, list: s3229)
            let n3235 = w.count
            let v3236 = k.checkViewModel_usesCallerLocation(a4)
            if !v3236 {
                let s3237 = w.count
                w.write("\"" as StaticString)
                let n3238 = w.count
                let v3239 = k.checkViewModel_location(a4)
                w.write(v3239)
                w.indent(ind, node: n3238, list: s3237)
                let n3240 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3240, list: s3237)
            }
            w.indent(ind, node: n3235, list: s3229)
            let n3241 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3241, list: s3229)
        }
        w.indent(ind, node: n3227, list: s3226)
        let n3242 = w.count
        let v3243 = k.checkViewModel_isInteger(a4)
        if v3243 {
            let s3244 = w.count
            w.write("try reader.checkInteger(nullable: " as StaticString)
            let n3245 = w.count
            let v3246 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3246)
            w.indent(ind, node: n3245, list: s3244)
            let n3247 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3247, list: s3244)
            let n3248 = w.count
            let v3249 = k.checkViewModel_usesCallerLocation(a4)
            if v3249 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3248, list: s3244)
            let n3250 = w.count
            let v3251 = k.checkViewModel_usesCallerLocation(a4)
            if !v3251 {
                let s3252 = w.count
                w.write("\"" as StaticString)
                let n3253 = w.count
                let v3254 = k.checkViewModel_location(a4)
                w.write(v3254)
                w.indent(ind, node: n3253, list: s3252)
                let n3255 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3255, list: s3252)
            }
            w.indent(ind, node: n3250, list: s3244)
            let n3256 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3256, list: s3244)
        }
        w.indent(ind, node: n3242, list: s3226)
        let n3257 = w.count
        let v3258 = k.checkViewModel_isNumber(a4)
        if v3258 {
            let s3259 = w.count
            w.write("try reader.checkNumber(nullable: " as StaticString)
            let n3260 = w.count
            let v3261 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3261)
            w.indent(ind, node: n3260, list: s3259)
            let n3262 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3262, list: s3259)
            let n3263 = w.count
            let v3264 = k.checkViewModel_usesCallerLocation(a4)
            if v3264 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3263, list: s3259)
            let n3265 = w.count
            let v3266 = k.checkViewModel_usesCallerLocation(a4)
            if !v3266 {
                let s3267 = w.count
                w.write("\"" as StaticString)
                let n3268 = w.count
                let v3269 = k.checkViewModel_location(a4)
                w.write(v3269)
                w.indent(ind, node: n3268, list: s3267)
                let n3270 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3270, list: s3267)
            }
            w.indent(ind, node: n3265, list: s3259)
            let n3271 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3271, list: s3259)
        }
        w.indent(ind, node: n3257, list: s3226)
        let n3272 = w.count
        let v3273 = k.checkViewModel_isBoolean(a4)
        if v3273 {
            let s3274 = w.count
            w.write("try reader.checkBoolean(nullable: " as StaticString)
            let n3275 = w.count
            let v3276 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3276)
            w.indent(ind, node: n3275, list: s3274)
            let n3277 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3277, list: s3274)
            let n3278 = w.count
            let v3279 = k.checkViewModel_usesCallerLocation(a4)
            if v3279 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3278, list: s3274)
            let n3280 = w.count
            let v3281 = k.checkViewModel_usesCallerLocation(a4)
            if !v3281 {
                let s3282 = w.count
                w.write("\"" as StaticString)
                let n3283 = w.count
                let v3284 = k.checkViewModel_location(a4)
                w.write(v3284)
                w.indent(ind, node: n3283, list: s3282)
                let n3285 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3285, list: s3282)
            }
            w.indent(ind, node: n3280, list: s3274)
            let n3286 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3286, list: s3274)
        }
        w.indent(ind, node: n3272, list: s3226)
        let n3287 = w.count
        let v3288 = k.checkViewModel_isTimestamp(a4)
        if v3288 {
            let s3289 = w.count
            w.write("try reader.checkTimestamp(nullable: " as StaticString)
            let n3290 = w.count
            let v3291 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3291)
            w.indent(ind, node: n3290, list: s3289)
            let n3292 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3292, list: s3289)
            let n3293 = w.count
            let v3294 = k.checkViewModel_usesCallerLocation(a4)
            if v3294 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3293, list: s3289)
            let n3295 = w.count
            let v3296 = k.checkViewModel_usesCallerLocation(a4)
            if !v3296 {
                let s3297 = w.count
                w.write("\"" as StaticString)
                let n3298 = w.count
                let v3299 = k.checkViewModel_location(a4)
                w.write(v3299)
                w.indent(ind, node: n3298, list: s3297)
                let n3300 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3300, list: s3297)
            }
            w.indent(ind, node: n3295, list: s3289)
            let n3301 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3301, list: s3289)
        }
        w.indent(ind, node: n3287, list: s3226)
        let n3302 = w.count
        let v3303 = k.checkViewModel_isSnowflake(a4)
        if v3303 {
            let s3304 = w.count
            w.write("try reader.checkSnowflake(nullable: " as StaticString)
            let n3305 = w.count
            let v3306 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3306)
            w.indent(ind, node: n3305, list: s3304)
            let n3307 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3307, list: s3304)
            let n3308 = w.count
            let v3309 = k.checkViewModel_usesCallerLocation(a4)
            if v3309 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3308, list: s3304)
            let n3310 = w.count
            let v3311 = k.checkViewModel_usesCallerLocation(a4)
            if !v3311 {
                let s3312 = w.count
                w.write("\"" as StaticString)
                let n3313 = w.count
                let v3314 = k.checkViewModel_location(a4)
                w.write(v3314)
                w.indent(ind, node: n3313, list: s3312)
                let n3315 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3315, list: s3312)
            }
            w.indent(ind, node: n3310, list: s3304)
            let n3316 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3316, list: s3304)
        }
        w.indent(ind, node: n3302, list: s3226)
        let n3317 = w.count
        let v3318 = k.checkViewModel_isAnyObject(a4)
        if v3318 {
            let s3319 = w.count
            w.write("try reader.checkObject(nullable: " as StaticString)
            let n3320 = w.count
            let v3321 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3321)
            w.indent(ind, node: n3320, list: s3319)
            let n3322 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3322, list: s3319)
            let n3323 = w.count
            let v3324 = k.checkViewModel_usesCallerLocation(a4)
            if v3324 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3323, list: s3319)
            let n3325 = w.count
            let v3326 = k.checkViewModel_usesCallerLocation(a4)
            if !v3326 {
                let s3327 = w.count
                w.write("\"" as StaticString)
                let n3328 = w.count
                let v3329 = k.checkViewModel_location(a4)
                w.write(v3329)
                w.indent(ind, node: n3328, list: s3327)
                let n3330 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3330, list: s3327)
            }
            w.indent(ind, node: n3325, list: s3319)
            let n3331 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3331, list: s3319)
        }
        w.indent(ind, node: n3317, list: s3226)
        let n3332 = w.count
        let v3333 = k.checkViewModel_isAny(a4)
        if v3333 {
            w.write("try reader.skipValue()\n" as StaticString)
        }
        w.indent(ind, node: n3332, list: s3226)
        let n3334 = w.count
        let v3335 = k.checkViewModel_isNull(a4)
        if v3335 {
            let s3336 = w.count
            w.write("try reader.checkNull(location: " as StaticString)
            let n3337 = w.count
            let v3338 = k.checkViewModel_usesCallerLocation(a4)
            if v3338 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3337, list: s3336)
            let n3339 = w.count
            let v3340 = k.checkViewModel_usesCallerLocation(a4)
            if !v3340 {
                let s3341 = w.count
                w.write("\"" as StaticString)
                let n3342 = w.count
                let v3343 = k.checkViewModel_location(a4)
                w.write(v3343)
                w.indent(ind, node: n3342, list: s3341)
                let n3344 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3344, list: s3341)
            }
            w.indent(ind, node: n3339, list: s3336)
            let n3345 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3345, list: s3336)
        }
        w.indent(ind, node: n3334, list: s3226)
        let n3346 = w.count
        let v3347 = k.checkViewModel_isConstant(a4)
        if v3347 {
            let s3348 = w.count
            w.write("try reader.checkConstant(\"" as StaticString)
            let n3349 = w.count
            let v3350 = k.checkViewModel_constant(a4)
            w.write(v3350)
            w.indent(ind, node: n3349, list: s3348)
            let n3351 = w.count
            w.write("\", nullable: " as StaticString)
            w.indent(ind, node: n3351, list: s3348)
            let n3352 = w.count
            let v3353 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3353)
            w.indent(ind, node: n3352, list: s3348)
            let n3354 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3354, list: s3348)
            let n3355 = w.count
            let v3356 = k.checkViewModel_usesCallerLocation(a4)
            if v3356 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3355, list: s3348)
            let n3357 = w.count
            let v3358 = k.checkViewModel_usesCallerLocation(a4)
            if !v3358 {
                let s3359 = w.count
                w.write("\"" as StaticString)
                let n3360 = w.count
                let v3361 = k.checkViewModel_location(a4)
                w.write(v3361)
                w.indent(ind, node: n3360, list: s3359)
                let n3362 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3362, list: s3359)
            }
            w.indent(ind, node: n3357, list: s3348)
            let n3363 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3363, list: s3348)
        }
        w.indent(ind, node: n3346, list: s3226)
        let n3364 = w.count
        let v3365 = k.checkViewModel_isNamed(a4)
        if v3365 {
            let s3366 = w.count
            w.write("try " as StaticString)
            let n3367 = w.count
            let v3368 = k.checkViewModel_typeName(a4)
            w.write(v3368)
            w.indent(ind, node: n3367, list: s3366)
            let n3369 = w.count
            w.write(".specgenValidate(&reader, nullable: " as StaticString)
            w.indent(ind, node: n3369, list: s3366)
            let n3370 = w.count
            let v3371 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3371)
            w.indent(ind, node: n3370, list: s3366)
            let n3372 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3372, list: s3366)
            let n3373 = w.count
            let v3374 = k.checkViewModel_usesCallerLocation(a4)
            if v3374 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3373, list: s3366)
            let n3375 = w.count
            let v3376 = k.checkViewModel_usesCallerLocation(a4)
            if !v3376 {
                let s3377 = w.count
                w.write("\"" as StaticString)
                let n3378 = w.count
                let v3379 = k.checkViewModel_location(a4)
                w.write(v3379)
                w.indent(ind, node: n3378, list: s3377)
                let n3380 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3380, list: s3377)
            }
            w.indent(ind, node: n3375, list: s3366)
            let n3381 = w.count
            let v3382 = k.checkViewModel_requirement(a4)
            if !v3382.isEmpty {
                let s3383 = w.count
                w.write(", requiring: Self." as StaticString)
                let n3384 = w.count
                w.write(v3382)
                w.indent(ind, node: n3384, list: s3383)
            }
            w.indent(ind, node: n3381, list: s3366)
            let n3385 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3385, list: s3366)
        }
        w.indent(ind, node: n3364, list: s3226)
        let n3386 = w.count
        let v3387 = k.checkViewModel_isArray(a4)
        if v3387 {
            let s3388 = w.count
            w.write("if try reader.beginArray(nullable: " as StaticString)
            let n3389 = w.count
            let v3390 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3390)
            w.indent(ind, node: n3389, list: s3388)
            let n3391 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3391, list: s3388)
            let n3392 = w.count
            let v3393 = k.checkViewModel_usesCallerLocation(a4)
            if v3393 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3392, list: s3388)
            let n3394 = w.count
            let v3395 = k.checkViewModel_usesCallerLocation(a4)
            if !v3395 {
                let s3396 = w.count
                w.write("\"" as StaticString)
                let n3397 = w.count
                let v3398 = k.checkViewModel_location(a4)
                w.write(v3398)
                w.indent(ind, node: n3397, list: s3396)
                let n3399 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3399, list: s3396)
            }
            w.indent(ind, node: n3394, list: s3388)
            let n3400 = w.count
            w.write(") {\n" as StaticString)
            w.indent(ind, node: n3400, list: s3388)
            let n3401 = w.count
            w.write("    while try reader.nextElement() {\n" as StaticString)
            w.indent(ind, node: n3401, list: s3388)
            let n3402 = w.count
            let v3403 = k.checkViewModel_element(a4)
            for i3404 in v3403.indices {
                let e3405 = v3403[i3404]
                let s3406 = w.count
                w.write("        " as StaticString)
                let n3407 = w.count
                partial21(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, a3, e3405)
                w.indent(ind, node: n3407, list: s3406)
            }
            w.indent(ind, node: n3402, list: s3388)
            let n3408 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n3408, list: s3388)
            let n3409 = w.count
            w.write("}\n" as StaticString)
            w.indent(ind, node: n3409, list: s3388)
        }
        w.indent(ind, node: n3386, list: s3226)
    }

    /// The partial `validator-requirement`.
    private static func partial22(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: RequirementViewModel) {
        let s3410 = w.count
        let n3411 = w.count
        w.write("    /// The keys an event requires of its payload beyond the type's own: " as StaticString)
        w.indent(ind, node: n3411, list: s3410)
        let n3412 = w.count
        let v3413 = k.requirementViewModel_summary(a3)
        w.write(v3413)
        w.indent(ind, node: n3412, list: s3410)
        let n3414 = w.count
        w.write(".\n" as StaticString)
        w.indent(ind, node: n3414, list: s3410)
        let n3415 = w.count
        w.write("    private static let " as StaticString)
        w.indent(ind, node: n3415, list: s3410)
        let n3416 = w.count
        let v3417 = k.requirementViewModel_name(a3)
        w.write(v3417)
        w.indent(ind, node: n3416, list: s3410)
        let n3418 = w.count
        w.write(" = " as StaticString)
        w.indent(ind, node: n3418, list: s3410)
        let n3419 = w.count
        let v3420 = k.requirementViewModel_runtime(a3)
        w.write(v3420)
        w.indent(ind, node: n3419, list: s3410)
        let n3421 = w.count
        w.write(".JSONRequirements([\n" as StaticString)
        w.indent(ind, node: n3421, list: s3410)
        let n3422 = w.count
        let v3423 = k.requirementViewModel_entries(a3)
        for i3424 in v3423.indices {
            let e3425 = v3423[i3424]
            let s3426 = w.count
            w.write("        .init(\"" as StaticString)
            let n3427 = w.count
            let v3428 = k.requiredKeyViewModel_key(e3425)
            w.write(v3428)
            w.indent(ind, node: n3427, list: s3426)
            let n3429 = w.count
            w.write("\", location: \"" as StaticString)
            w.indent(ind, node: n3429, list: s3426)
            let n3430 = w.count
            let v3431 = k.requiredKeyViewModel_location(e3425)
            w.write(v3431)
            w.indent(ind, node: n3430, list: s3426)
            let n3432 = w.count
            w.write("\"),\n" as StaticString)
            w.indent(ind, node: n3432, list: s3426)
        }
        w.indent(ind, node: n3422, list: s3410)
        let n3433 = w.count
        w.write("    ])\n" as StaticString)
        w.indent(ind, node: n3433, list: s3410)
    }

    /// The partial `validator-walk`.
    private static func partial23(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: WalkViewModel) {
        let s3434 = w.count
        let n3435 = w.count
        w.write("    /// The documented members" as StaticString)
        w.indent(ind, node: n3435, list: s3434)
        let n3436 = w.count
        let v3437 = k.walkViewModel_summary(a3)
        w.write(v3437)
        w.indent(ind, node: n3436, list: s3434)
        let n3438 = w.count
        w.write(".\n" as StaticString)
        w.indent(ind, node: n3438, list: s3434)
        let n3439 = w.count
        w.write("    private static let " as StaticString)
        w.indent(ind, node: n3439, list: s3434)
        let n3440 = w.count
        let v3441 = k.walkViewModel_rulesName(a3)
        w.write(v3441)
        w.indent(ind, node: n3440, list: s3434)
        let n3442 = w.count
        w.write(" = " as StaticString)
        w.indent(ind, node: n3442, list: s3434)
        let n3443 = w.count
        let v3444 = k.walkViewModel_runtime(a3)
        w.write(v3444)
        w.indent(ind, node: n3443, list: s3434)
        let n3445 = w.count
        w.write(".JSONObjectRule(\n" as StaticString)
        w.indent(ind, node: n3445, list: s3434)
        let n3446 = w.count
        w.write("        typeName: \"" as StaticString)
        w.indent(ind, node: n3446, list: s3434)
        let n3447 = w.count
        let v3448 = k.walkViewModel_typeNameText(a3)
        w.write(v3448)
        w.indent(ind, node: n3447, list: s3434)
        let n3449 = w.count
        w.write("\",\n" as StaticString)
        w.indent(ind, node: n3449, list: s3434)
        let n3450 = w.count
        w.write("        members: [\n" as StaticString)
        w.indent(ind, node: n3450, list: s3434)
        let n3451 = w.count
        let v3452 = k.walkViewModel_members(a3)
        for i3453 in v3452.indices {
            let e3454 = v3452[i3453]
            let s3455 = w.count
            w.write("            .init(\"" as StaticString)
            let n3456 = w.count
            let v3457 = k.memberRuleViewModel_key(e3454)
            w.write(v3457)
            w.indent(ind, node: n3456, list: s3455)
            let n3458 = w.count
            w.write("\", required: " as StaticString)
            w.indent(ind, node: n3458, list: s3455)
            let n3459 = w.count
            let v3460 = k.memberRuleViewModel_isRequired(e3454)
            w.write(flag: v3460)
            w.indent(ind, node: n3459, list: s3455)
            let n3461 = w.count
            w.write(", location: \"" as StaticString)
            w.indent(ind, node: n3461, list: s3455)
            let n3462 = w.count
            let v3463 = k.memberRuleViewModel_location(e3454)
            w.write(v3463)
            w.indent(ind, node: n3462, list: s3455)
            let n3464 = w.count
            w.write("\"),\n" as StaticString)
            w.indent(ind, node: n3464, list: s3455)
        }
        w.indent(ind, node: n3451, list: s3434)
        let n3465 = w.count
        w.write("        ]\n" as StaticString)
        w.indent(ind, node: n3465, list: s3434)
        let n3466 = w.count
        w.write("    )\n" as StaticString)
        w.indent(ind, node: n3466, list: s3434)
        let n3467 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3467, list: s3434)
        let n3468 = w.count
        w.write("    /// Checks the members of the object just opened" as StaticString)
        w.indent(ind, node: n3468, list: s3434)
        let n3469 = w.count
        let v3470 = k.walkViewModel_summary(a3)
        w.write(v3470)
        w.indent(ind, node: n3469, list: s3434)
        let n3471 = w.count
        w.write(", then closes it.\n" as StaticString)
        w.indent(ind, node: n3471, list: s3434)
        let n3472 = w.count
        w.write("    private static func " as StaticString)
        w.indent(ind, node: n3472, list: s3434)
        let n3473 = w.count
        let v3474 = k.walkViewModel_functionName(a3)
        w.write(v3474)
        w.indent(ind, node: n3473, list: s3434)
        let n3475 = w.count
        w.write("(\n" as StaticString)
        w.indent(ind, node: n3475, list: s3434)
        let n3476 = w.count
        w.write("        _ reader: inout " as StaticString)
        w.indent(ind, node: n3476, list: s3434)
        let n3477 = w.count
        let v3478 = k.walkViewModel_runtime(a3)
        w.write(v3478)
        w.indent(ind, node: n3477, list: s3434)
        let n3479 = w.count
        w.write(".JSONValidationReader, requiring extra: " as StaticString)
        w.indent(ind, node: n3479, list: s3434)
        let n3480 = w.count
        let v3481 = k.walkViewModel_runtime(a3)
        w.write(v3481)
        w.indent(ind, node: n3480, list: s3434)
        let n3482 = w.count
        w.write(".JSONRequirements\n" as StaticString)
        w.indent(ind, node: n3482, list: s3434)
        let n3483 = w.count
        w.write("    ) throws(" as StaticString)
        w.indent(ind, node: n3483, list: s3434)
        let n3484 = w.count
        let v3485 = k.walkViewModel_runtime(a3)
        w.write(v3485)
        w.indent(ind, node: n3484, list: s3434)
        let n3486 = w.count
        w.write(".JSONSyntaxError) {\n" as StaticString)
        w.indent(ind, node: n3486, list: s3434)
        let n3487 = w.count
        w.write("        let rule = Self." as StaticString)
        w.indent(ind, node: n3487, list: s3434)
        let n3488 = w.count
        let v3489 = k.walkViewModel_rulesName(a3)
        w.write(v3489)
        w.indent(ind, node: n3488, list: s3434)
        let n3490 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3490, list: s3434)
        let n3491 = w.count
        w.write("        var seen = " as StaticString)
        w.indent(ind, node: n3491, list: s3434)
        let n3492 = w.count
        let v3493 = k.walkViewModel_runtime(a3)
        w.write(v3493)
        w.indent(ind, node: n3492, list: s3434)
        let n3494 = w.count
        w.write(".JSONKeyBits()\n" as StaticString)
        w.indent(ind, node: n3494, list: s3434)
        let n3495 = w.count
        w.write("        while let member = try reader.nextMember(rule, seen: &seen) {\n" as StaticString)
        w.indent(ind, node: n3495, list: s3434)
        let n3496 = w.count
        w.write("            switch member {\n" as StaticString)
        w.indent(ind, node: n3496, list: s3434)
        let n3497 = w.count
        let v3498 = k.walkViewModel_cases(a3)
        for i3499 in v3498.indices {
            let e3500 = v3498[i3499]
            let s3501 = w.count
            w.write("            case " as StaticString)
            let n3502 = w.count
            let v3503 = k.memberCaseViewModel_index(e3500)
            w.write(v3503)
            w.indent(ind, node: n3502, list: s3501)
            let n3504 = w.count
            w.write(":\n" as StaticString)
            w.indent(ind, node: n3504, list: s3501)
            let n3505 = w.count
            let v3506 = k.memberCaseViewModel_hasSeveralChecks(e3500)
            if v3506 {
                w.write("                let start = reader.valueOffset()\n" as StaticString)
            }
            w.indent(ind, node: n3505, list: s3501)
            let n3507 = w.count
            let v3508 = k.memberCaseViewModel_checks(e3500)
            for i3509 in v3508.indices {
                let e3510 = v3508[i3509]
                let s3511 = w.count
                let v3512 = i3509 == 0
                if !v3512 {
                    w.write("                reader.rewind(to: start)\n" as StaticString)
                }
                let n3513 = w.count
                w.write("                " as StaticString)
                w.indent(ind, node: n3513, list: s3511)
                let n3514 = w.count
                partial28(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, a3, e3500, e3510)
                w.indent(ind, node: n3514, list: s3511)
            }
            w.indent(ind, node: n3507, list: s3501)
        }
        w.indent(ind, node: n3497, list: s3434)
        let n3515 = w.count
        w.write("            default:\n" as StaticString)
        w.indent(ind, node: n3515, list: s3434)
        let n3516 = w.count
        w.write("                try reader.skipValue()\n" as StaticString)
        w.indent(ind, node: n3516, list: s3434)
        let n3517 = w.count
        w.write("            }\n" as StaticString)
        w.indent(ind, node: n3517, list: s3434)
        let n3518 = w.count
        w.write("        }\n" as StaticString)
        w.indent(ind, node: n3518, list: s3434)
        let n3519 = w.count
        w.write("        reader.finishObject(rule, seen: seen, requiring: extra)\n" as StaticString)
        w.indent(ind, node: n3519, list: s3434)
        let n3520 = w.count
        w.write("    }\n" as StaticString)
        w.indent(ind, node: n3520, list: s3434)
    }

    /// The partial `validator-doc`.
    private static func partial24(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: EnumValidatorViewModel, _ a3: ValidatorDocViewModel) {
        let s3521 = w.count
        let n3522 = w.count
        w.write("/// Checks a JSON document against the docs' rules for ``" as StaticString)
        w.indent(ind, node: n3522, list: s3521)
        let n3523 = w.count
        let v3524 = k.validatorDocViewModel_name(a3)
        w.write(v3524)
        w.indent(ind, node: n3523, list: s3521)
        let n3525 = w.count
        w.write("``.\n" as StaticString)
        w.indent(ind, node: n3525, list: s3521)
        let n3526 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n3526, list: s3521)
        let n3527 = w.count
        w.write("/// Keys the docs do not list are allowed; everything else they say is checked: " as StaticString)
        w.write("required keys, `null`, JSON types, documented values." as StaticString)
        w.indent(ind, node: n3527, list: s3521)
        let n3528 = w.count
        let v3529 = k.validatorDocViewModel_rulesSource(a3)
        if !v3529.isEmpty {
            let s3530 = w.count
            w.write(" The rules come from `" as StaticString)
            let n3531 = w.count
            w.write(v3529)
            w.indent(ind, node: n3531, list: s3530)
            let n3532 = w.count
            w.write("`." as StaticString)
            w.indent(ind, node: n3532, list: s3530)
        }
        w.indent(ind, node: n3528, list: s3521)
        let n3533 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3533, list: s3521)
        let n3534 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n3534, list: s3521)
        let n3535 = w.count
        w.write("/// - Parameter json: The document's bytes (UTF-8).\n" as StaticString)
        w.indent(ind, node: n3535, list: s3521)
        let n3536 = w.count
        w.write("/// - Returns: Every place the document departs from the docs, in document order" as StaticString)
        w.write("; empty when it conforms.\n" as StaticString)
        w.indent(ind, node: n3536, list: s3521)
    }

    /// The partial `validator-doc`.
    private static func partial25(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: UnionValidatorViewModel, _ a3: ValidatorDocViewModel) {
        let s3537 = w.count
        let n3538 = w.count
        w.write("/// Checks a JSON document against the docs' rules for ``" as StaticString)
        w.indent(ind, node: n3538, list: s3537)
        let n3539 = w.count
        let v3540 = k.validatorDocViewModel_name(a3)
        w.write(v3540)
        w.indent(ind, node: n3539, list: s3537)
        let n3541 = w.count
        w.write("``.\n" as StaticString)
        w.indent(ind, node: n3541, list: s3537)
        let n3542 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n3542, list: s3537)
        let n3543 = w.count
        w.write("/// Keys the docs do not list are allowed; everything else they say is checked: " as StaticString)
        w.write("required keys, `null`, JSON types, documented values." as StaticString)
        w.indent(ind, node: n3543, list: s3537)
        let n3544 = w.count
        let v3545 = k.validatorDocViewModel_rulesSource(a3)
        if !v3545.isEmpty {
            let s3546 = w.count
            w.write(" The rules come from `" as StaticString)
            let n3547 = w.count
            w.write(v3545)
            w.indent(ind, node: n3547, list: s3546)
            let n3548 = w.count
            w.write("`." as StaticString)
            w.indent(ind, node: n3548, list: s3546)
        }
        w.indent(ind, node: n3544, list: s3537)
        let n3549 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3549, list: s3537)
        let n3550 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n3550, list: s3537)
        let n3551 = w.count
        w.write("/// - Parameter json: The document's bytes (UTF-8).\n" as StaticString)
        w.indent(ind, node: n3551, list: s3537)
        let n3552 = w.count
        w.write("/// - Returns: Every place the document departs from the docs, in document order" as StaticString)
        w.write("; empty when it conforms.\n" as StaticString)
        w.indent(ind, node: n3552, list: s3537)
    }

    /// The partial `validator-check`.
    private static func partial26(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: UnionValidatorViewModel, _ a3: MemberCaseViewModel, _ a4: CheckViewModel) {
        let s3553 = w.count
        let n3554 = w.count
        let v3555 = k.checkViewModel_isString(a4)
        if v3555 {
            let s3556 = w.count
            w.write("try reader.checkString(nullable: " as StaticString)
            let n3557 = w.count
            let v3558 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3558)
            w.indent(ind, node: n3557, list: s3556)
            let n3559 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3559, list: s3556)
            let n3560 = w.count
            let v3561 = k.checkViewModel_usesCallerLocation(a4)
            if v3561 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3560, list: s3556)
            let n3562 = w.count
            let v3563 = k.checkViewModel_usesCallerLocation(a4)
            if !v3563 {
                let s3564 = w.count
                w.write("\"" as StaticString)
                let n3565 = w.count
                let v3566 = k.checkViewModel_location(a4)
                w.write(v3566)
                w.indent(ind, node: n3565, list: s3564)
                let n3567 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3567, list: s3564)
            }
            w.indent(ind, node: n3562, list: s3556)
            let n3568 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3568, list: s3556)
        }
        w.indent(ind, node: n3554, list: s3553)
        let n3569 = w.count
        let v3570 = k.checkViewModel_isInteger(a4)
        if v3570 {
            let s3571 = w.count
            w.write("try reader.checkInteger(nullable: " as StaticString)
            let n3572 = w.count
            let v3573 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3573)
            w.indent(ind, node: n3572, list: s3571)
            let n3574 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3574, list: s3571)
            let n3575 = w.count
            let v3576 = k.checkViewModel_usesCallerLocation(a4)
            if v3576 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3575, list: s3571)
            let n3577 = w.count
            let v3578 = k.checkViewModel_usesCallerLocation(a4)
            if !v3578 {
                let s3579 = w.count
                w.write("\"" as StaticString)
                let n3580 = w.count
                let v3581 = k.checkViewModel_location(a4)
                w.write(v3581)
                w.indent(ind, node: n3580, list: s3579)
                let n3582 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3582, list: s3579)
            }
            w.indent(ind, node: n3577, list: s3571)
            let n3583 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3583, list: s3571)
        }
        w.indent(ind, node: n3569, list: s3553)
        let n3584 = w.count
        let v3585 = k.checkViewModel_isNumber(a4)
        if v3585 {
            let s3586 = w.count
            w.write("try reader.checkNumber(nullable: " as StaticString)
            let n3587 = w.count
            let v3588 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3588)
            w.indent(ind, node: n3587, list: s3586)
            let n3589 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3589, list: s3586)
            let n3590 = w.count
            let v3591 = k.checkViewModel_usesCallerLocation(a4)
            if v3591 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3590, list: s3586)
            let n3592 = w.count
            let v3593 = k.checkViewModel_usesCallerLocation(a4)
            if !v3593 {
                let s3594 = w.count
                w.write("\"" as StaticString)
                let n3595 = w.count
                let v3596 = k.checkViewModel_location(a4)
                w.write(v3596)
                w.indent(ind, node: n3595, list: s3594)
                let n3597 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3597, list: s3594)
            }
            w.indent(ind, node: n3592, list: s3586)
            let n3598 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3598, list: s3586)
        }
        w.indent(ind, node: n3584, list: s3553)
        let n3599 = w.count
        let v3600 = k.checkViewModel_isBoolean(a4)
        if v3600 {
            let s3601 = w.count
            w.write("try reader.checkBoolean(nullable: " as StaticString)
            let n3602 = w.count
            let v3603 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3603)
            w.indent(ind, node: n3602, list: s3601)
            let n3604 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3604, list: s3601)
            let n3605 = w.count
            let v3606 = k.checkViewModel_usesCallerLocation(a4)
            if v3606 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3605, list: s3601)
            let n3607 = w.count
            let v3608 = k.checkViewModel_usesCallerLocation(a4)
            if !v3608 {
                let s3609 = w.count
                w.write("\"" as StaticString)
                let n3610 = w.count
                let v3611 = k.checkViewModel_location(a4)
                w.write(v3611)
                w.indent(ind, node: n3610, list: s3609)
                let n3612 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3612, list: s3609)
            }
            w.indent(ind, node: n3607, list: s3601)
            let n3613 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3613, list: s3601)
        }
        w.indent(ind, node: n3599, list: s3553)
        let n3614 = w.count
        let v3615 = k.checkViewModel_isTimestamp(a4)
        if v3615 {
            let s3616 = w.count
            w.write("try reader.checkTimestamp(nullable: " as StaticString)
            let n3617 = w.count
            let v3618 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3618)
            w.indent(ind, node: n3617, list: s3616)
            let n3619 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3619, list: s3616)
            let n3620 = w.count
            let v3621 = k.checkViewModel_usesCallerLocation(a4)
            if v3621 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3620, list: s3616)
            let n3622 = w.count
            let v3623 = k.checkViewModel_usesCallerLocation(a4)
            if !v3623 {
                let s3624 = w.count
                w.write("\"" as StaticString)
                let n3625 = w.count
                let v3626 = k.checkViewModel_location(a4)
                w.write(v3626)
                w.indent(ind, node: n3625, list: s3624)
                let n3627 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3627, list: s3624)
            }
            w.indent(ind, node: n3622, list: s3616)
            let n3628 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3628, list: s3616)
        }
        w.indent(ind, node: n3614, list: s3553)
        let n3629 = w.count
        let v3630 = k.checkViewModel_isSnowflake(a4)
        if v3630 {
            let s3631 = w.count
            w.write("try reader.checkSnowflake(nullable: " as StaticString)
            let n3632 = w.count
            let v3633 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3633)
            w.indent(ind, node: n3632, list: s3631)
            let n3634 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3634, list: s3631)
            let n3635 = w.count
            let v3636 = k.checkViewModel_usesCallerLocation(a4)
            if v3636 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3635, list: s3631)
            let n3637 = w.count
            let v3638 = k.checkViewModel_usesCallerLocation(a4)
            if !v3638 {
                let s3639 = w.count
                w.write("\"" as StaticString)
                let n3640 = w.count
                let v3641 = k.checkViewModel_location(a4)
                w.write(v3641)
                w.indent(ind, node: n3640, list: s3639)
                let n3642 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3642, list: s3639)
            }
            w.indent(ind, node: n3637, list: s3631)
            let n3643 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3643, list: s3631)
        }
        w.indent(ind, node: n3629, list: s3553)
        let n3644 = w.count
        let v3645 = k.checkViewModel_isAnyObject(a4)
        if v3645 {
            let s3646 = w.count
            w.write("try reader.checkObject(nullable: " as StaticString)
            let n3647 = w.count
            let v3648 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3648)
            w.indent(ind, node: n3647, list: s3646)
            let n3649 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3649, list: s3646)
            let n3650 = w.count
            let v3651 = k.checkViewModel_usesCallerLocation(a4)
            if v3651 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3650, list: s3646)
            let n3652 = w.count
            let v3653 = k.checkViewModel_usesCallerLocation(a4)
            if !v3653 {
                let s3654 = w.count
                w.write("\"" as StaticString)
                let n3655 = w.count
                let v3656 = k.checkViewModel_location(a4)
                w.write(v3656)
                w.indent(ind, node: n3655, list: s3654)
                let n3657 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3657, list: s3654)
            }
            w.indent(ind, node: n3652, list: s3646)
            let n3658 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3658, list: s3646)
        }
        w.indent(ind, node: n3644, list: s3553)
        let n3659 = w.count
        let v3660 = k.checkViewModel_isAny(a4)
        if v3660 {
            w.write("try reader.skipValue()\n" as StaticString)
        }
        w.indent(ind, node: n3659, list: s3553)
        let n3661 = w.count
        let v3662 = k.checkViewModel_isNull(a4)
        if v3662 {
            let s3663 = w.count
            w.write("try reader.checkNull(location: " as StaticString)
            let n3664 = w.count
            let v3665 = k.checkViewModel_usesCallerLocation(a4)
            if v3665 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3664, list: s3663)
            let n3666 = w.count
            let v3667 = k.checkViewModel_usesCallerLocation(a4)
            if !v3667 {
                let s3668 = w.count
                w.write("\"" as StaticString)
                let n3669 = w.count
                let v3670 = k.checkViewModel_location(a4)
                w.write(v3670)
                w.indent(ind, node: n3669, list: s3668)
                let n3671 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3671, list: s3668)
            }
            w.indent(ind, node: n3666, list: s3663)
            let n3672 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3672, list: s3663)
        }
        w.indent(ind, node: n3661, list: s3553)
        let n3673 = w.count
        let v3674 = k.checkViewModel_isConstant(a4)
        if v3674 {
            let s3675 = w.count
            w.write("try reader.checkConstant(\"" as StaticString)
            let n3676 = w.count
            let v3677 = k.checkViewModel_constant(a4)
            w.write(v3677)
            w.indent(ind, node: n3676, list: s3675)
            let n3678 = w.count
            w.write("\", nullable: " as StaticString)
            w.indent(ind, node: n3678, list: s3675)
            let n3679 = w.count
            let v3680 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3680)
            w.indent(ind, node: n3679, list: s3675)
            let n3681 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3681, list: s3675)
            let n3682 = w.count
            let v3683 = k.checkViewModel_usesCallerLocation(a4)
            if v3683 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3682, list: s3675)
            let n3684 = w.count
            let v3685 = k.checkViewModel_usesCallerLocation(a4)
            if !v3685 {
                let s3686 = w.count
                w.write("\"" as StaticString)
                let n3687 = w.count
                let v3688 = k.checkViewModel_location(a4)
                w.write(v3688)
                w.indent(ind, node: n3687, list: s3686)
                let n3689 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3689, list: s3686)
            }
            w.indent(ind, node: n3684, list: s3675)
            let n3690 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3690, list: s3675)
        }
        w.indent(ind, node: n3673, list: s3553)
        let n3691 = w.count
        let v3692 = k.checkViewModel_isNamed(a4)
        if v3692 {
            let s3693 = w.count
            w.write("try " as StaticString)
            let n3694 = w.count
            let v3695 = k.checkViewModel_typeName(a4)
            w.write(v3695)
            w.indent(ind, node: n3694, list: s3693)
            let n3696 = w.count
            w.write(".specgenValidate(&reader, nullable: " as StaticString)
            w.indent(ind, node: n3696, list: s3693)
            let n3697 = w.count
            let v3698 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3698)
            w.indent(ind, node: n3697, list: s3693)
            let n3699 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3699, list: s3693)
            let n3700 = w.count
            let v3701 = k.checkViewModel_usesCallerLocation(a4)
            if v3701 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3700, list: s3693)
            let n3702 = w.count
            let v3703 = k.checkViewModel_usesCallerLocation(a4)
            if !v3703 {
                let s3704 = w.count
                w.write("\"" as StaticString)
                let n3705 = w.count
                let v3706 = k.checkViewModel_location(a4)
                w.write(v3706)
                w.indent(ind, node: n3705, list: s3704)
                let n3707 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3707, list: s3704)
            }
            w.indent(ind, node: n3702, list: s3693)
            let n3708 = w.count
            let v3709 = k.checkViewModel_requirement(a4)
            if !v3709.isEmpty {
                let s3710 = w.count
                w.write(", requiring: Self." as StaticString)
                let n3711 = w.count
                w.write(v3709)
                w.indent(ind, node: n3711, list: s3710)
            }
            w.indent(ind, node: n3708, list: s3693)
            let n3712 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3712, list: s3693)
        }
        w.indent(ind, node: n3691, list: s3553)
        let n3713 = w.count
        let v3714 = k.checkViewModel_isArray(a4)
        if v3714 {
            let s3715 = w.count
            w.write("if try reader.beginArray(nullable: " as StaticString)
            let n3716 = w.count
            let v3717 = k.checkViewModel_isNullable(a4)
            w.write(flag: v3717)
            w.indent(ind, node: n3716, list: s3715)
            let n3718 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3718, list: s3715)
            let n3719 = w.count
            let v3720 = k.checkViewModel_usesCallerLocation(a4)
            if v3720 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3719, list: s3715)
            let n3721 = w.count
            let v3722 = k.checkViewModel_usesCallerLocation(a4)
            if !v3722 {
                let s3723 = w.count
                w.write("\"" as StaticString)
                let n3724 = w.count
                let v3725 = k.checkViewModel_location(a4)
                w.write(v3725)
                w.indent(ind, node: n3724, list: s3723)
                let n3726 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3726, list: s3723)
            }
            w.indent(ind, node: n3721, list: s3715)
            let n3727 = w.count
            w.write(") {\n" as StaticString)
            w.indent(ind, node: n3727, list: s3715)
            let n3728 = w.count
            w.write("    while try reader.nextElement() {\n" as StaticString)
            w.indent(ind, node: n3728, list: s3715)
            let n3729 = w.count
            let v3730 = k.checkViewModel_element(a4)
            for i3731 in v3730.indices {
                let e3732 = v3730[i3731]
                let s3733 = w.count
                w.write("        " as StaticString)
                let n3734 = w.count
                partial26(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, a3, e3732)
                w.indent(ind, node: n3734, list: s3733)
            }
            w.indent(ind, node: n3729, list: s3715)
            let n3735 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n3735, list: s3715)
            let n3736 = w.count
            w.write("}\n" as StaticString)
            w.indent(ind, node: n3736, list: s3715)
        }
        w.indent(ind, node: n3713, list: s3553)
    }

    /// The partial `validator-doc`.
    private static func partial27(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: TaggedUnionValidatorViewModel, _ a3: ValidatorDocViewModel) {
        let s3737 = w.count
        let n3738 = w.count
        w.write("/// Checks a JSON document against the docs' rules for ``" as StaticString)
        w.indent(ind, node: n3738, list: s3737)
        let n3739 = w.count
        let v3740 = k.validatorDocViewModel_name(a3)
        w.write(v3740)
        w.indent(ind, node: n3739, list: s3737)
        let n3741 = w.count
        w.write("``.\n" as StaticString)
        w.indent(ind, node: n3741, list: s3737)
        let n3742 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n3742, list: s3737)
        let n3743 = w.count
        w.write("/// Keys the docs do not list are allowed; everything else they say is checked: " as StaticString)
        w.write("required keys, `null`, JSON types, documented values." as StaticString)
        w.indent(ind, node: n3743, list: s3737)
        let n3744 = w.count
        let v3745 = k.validatorDocViewModel_rulesSource(a3)
        if !v3745.isEmpty {
            let s3746 = w.count
            w.write(" The rules come from `" as StaticString)
            let n3747 = w.count
            w.write(v3745)
            w.indent(ind, node: n3747, list: s3746)
            let n3748 = w.count
            w.write("`." as StaticString)
            w.indent(ind, node: n3748, list: s3746)
        }
        w.indent(ind, node: n3744, list: s3737)
        let n3749 = w.count
        w.write("\n" as StaticString)
        w.indent(ind, node: n3749, list: s3737)
        let n3750 = w.count
        w.write("///\n" as StaticString)
        w.indent(ind, node: n3750, list: s3737)
        let n3751 = w.count
        w.write("/// - Parameter json: The document's bytes (UTF-8).\n" as StaticString)
        w.indent(ind, node: n3751, list: s3737)
        let n3752 = w.count
        w.write("/// - Returns: Every place the document departs from the docs, in document order" as StaticString)
        w.write("; empty when it conforms.\n" as StaticString)
        w.indent(ind, node: n3752, list: s3737)
    }

    /// The partial `validator-check`.
    private static func partial28(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: ValidatorFileViewModel, _ a1: ValidatorTypeViewModel, _ a2: ObjectValidatorViewModel, _ a3: WalkViewModel, _ a4: MemberCaseViewModel, _ a5: CheckViewModel) {
        let s3753 = w.count
        let n3754 = w.count
        let v3755 = k.checkViewModel_isString(a5)
        if v3755 {
            let s3756 = w.count
            w.write("try reader.checkString(nullable: " as StaticString)
            let n3757 = w.count
            let v3758 = k.checkViewModel_isNullable(a5)
            w.write(flag: v3758)
            w.indent(ind, node: n3757, list: s3756)
            let n3759 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3759, list: s3756)
            let n3760 = w.count
            let v3761 = k.checkViewModel_usesCallerLocation(a5)
            if v3761 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3760, list: s3756)
            let n3762 = w.count
            let v3763 = k.checkViewModel_usesCallerLocation(a5)
            if !v3763 {
                let s3764 = w.count
                w.write("\"" as StaticString)
                let n3765 = w.count
                let v3766 = k.checkViewModel_location(a5)
                w.write(v3766)
                w.indent(ind, node: n3765, list: s3764)
                let n3767 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3767, list: s3764)
            }
            w.indent(ind, node: n3762, list: s3756)
            let n3768 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3768, list: s3756)
        }
        w.indent(ind, node: n3754, list: s3753)
        let n3769 = w.count
        let v3770 = k.checkViewModel_isInteger(a5)
        if v3770 {
            let s3771 = w.count
            w.write("try reader.checkInteger(nullable: " as StaticString)
            let n3772 = w.count
            let v3773 = k.checkViewModel_isNullable(a5)
            w.write(flag: v3773)
            w.indent(ind, node: n3772, list: s3771)
            let n3774 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3774, list: s3771)
            let n3775 = w.count
            let v3776 = k.checkViewModel_usesCallerLocation(a5)
            if v3776 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3775, list: s3771)
            let n3777 = w.count
            let v3778 = k.checkViewModel_usesCallerLocation(a5)
            if !v3778 {
                let s3779 = w.count
                w.write("\"" as StaticString)
                let n3780 = w.count
                let v3781 = k.checkViewModel_location(a5)
                w.write(v3781)
                w.indent(ind, node: n3780, list: s3779)
                let n3782 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3782, list: s3779)
            }
            w.indent(ind, node: n3777, list: s3771)
            let n3783 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3783, list: s3771)
        }
        w.indent(ind, node: n3769, list: s3753)
        let n3784 = w.count
        let v3785 = k.checkViewModel_isNumber(a5)
        if v3785 {
            let s3786 = w.count
            w.write("try reader.checkNumber(nullable: " as StaticString)
            let n3787 = w.count
            let v3788 = k.checkViewModel_isNullable(a5)
            w.write(flag: v3788)
            w.indent(ind, node: n3787, list: s3786)
            let n3789 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3789, list: s3786)
            let n3790 = w.count
            let v3791 = k.checkViewModel_usesCallerLocation(a5)
            if v3791 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3790, list: s3786)
            let n3792 = w.count
            let v3793 = k.checkViewModel_usesCallerLocation(a5)
            if !v3793 {
                let s3794 = w.count
                w.write("\"" as StaticString)
                let n3795 = w.count
                let v3796 = k.checkViewModel_location(a5)
                w.write(v3796)
                w.indent(ind, node: n3795, list: s3794)
                let n3797 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3797, list: s3794)
            }
            w.indent(ind, node: n3792, list: s3786)
            let n3798 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3798, list: s3786)
        }
        w.indent(ind, node: n3784, list: s3753)
        let n3799 = w.count
        let v3800 = k.checkViewModel_isBoolean(a5)
        if v3800 {
            let s3801 = w.count
            w.write("try reader.checkBoolean(nullable: " as StaticString)
            let n3802 = w.count
            let v3803 = k.checkViewModel_isNullable(a5)
            w.write(flag: v3803)
            w.indent(ind, node: n3802, list: s3801)
            let n3804 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3804, list: s3801)
            let n3805 = w.count
            let v3806 = k.checkViewModel_usesCallerLocation(a5)
            if v3806 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3805, list: s3801)
            let n3807 = w.count
            let v3808 = k.checkViewModel_usesCallerLocation(a5)
            if !v3808 {
                let s3809 = w.count
                w.write("\"" as StaticString)
                let n3810 = w.count
                let v3811 = k.checkViewModel_location(a5)
                w.write(v3811)
                w.indent(ind, node: n3810, list: s3809)
                let n3812 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3812, list: s3809)
            }
            w.indent(ind, node: n3807, list: s3801)
            let n3813 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3813, list: s3801)
        }
        w.indent(ind, node: n3799, list: s3753)
        let n3814 = w.count
        let v3815 = k.checkViewModel_isTimestamp(a5)
        if v3815 {
            let s3816 = w.count
            w.write("try reader.checkTimestamp(nullable: " as StaticString)
            let n3817 = w.count
            let v3818 = k.checkViewModel_isNullable(a5)
            w.write(flag: v3818)
            w.indent(ind, node: n3817, list: s3816)
            let n3819 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3819, list: s3816)
            let n3820 = w.count
            let v3821 = k.checkViewModel_usesCallerLocation(a5)
            if v3821 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3820, list: s3816)
            let n3822 = w.count
            let v3823 = k.checkViewModel_usesCallerLocation(a5)
            if !v3823 {
                let s3824 = w.count
                w.write("\"" as StaticString)
                let n3825 = w.count
                let v3826 = k.checkViewModel_location(a5)
                w.write(v3826)
                w.indent(ind, node: n3825, list: s3824)
                let n3827 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3827, list: s3824)
            }
            w.indent(ind, node: n3822, list: s3816)
            let n3828 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3828, list: s3816)
        }
        w.indent(ind, node: n3814, list: s3753)
        let n3829 = w.count
        let v3830 = k.checkViewModel_isSnowflake(a5)
        if v3830 {
            let s3831 = w.count
            w.write("try reader.checkSnowflake(nullable: " as StaticString)
            let n3832 = w.count
            let v3833 = k.checkViewModel_isNullable(a5)
            w.write(flag: v3833)
            w.indent(ind, node: n3832, list: s3831)
            let n3834 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3834, list: s3831)
            let n3835 = w.count
            let v3836 = k.checkViewModel_usesCallerLocation(a5)
            if v3836 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3835, list: s3831)
            let n3837 = w.count
            let v3838 = k.checkViewModel_usesCallerLocation(a5)
            if !v3838 {
                let s3839 = w.count
                w.write("\"" as StaticString)
                let n3840 = w.count
                let v3841 = k.checkViewModel_location(a5)
                w.write(v3841)
                w.indent(ind, node: n3840, list: s3839)
                let n3842 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3842, list: s3839)
            }
            w.indent(ind, node: n3837, list: s3831)
            let n3843 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3843, list: s3831)
        }
        w.indent(ind, node: n3829, list: s3753)
        let n3844 = w.count
        let v3845 = k.checkViewModel_isAnyObject(a5)
        if v3845 {
            let s3846 = w.count
            w.write("try reader.checkObject(nullable: " as StaticString)
            let n3847 = w.count
            let v3848 = k.checkViewModel_isNullable(a5)
            w.write(flag: v3848)
            w.indent(ind, node: n3847, list: s3846)
            let n3849 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3849, list: s3846)
            let n3850 = w.count
            let v3851 = k.checkViewModel_usesCallerLocation(a5)
            if v3851 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3850, list: s3846)
            let n3852 = w.count
            let v3853 = k.checkViewModel_usesCallerLocation(a5)
            if !v3853 {
                let s3854 = w.count
                w.write("\"" as StaticString)
                let n3855 = w.count
                let v3856 = k.checkViewModel_location(a5)
                w.write(v3856)
                w.indent(ind, node: n3855, list: s3854)
                let n3857 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3857, list: s3854)
            }
            w.indent(ind, node: n3852, list: s3846)
            let n3858 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3858, list: s3846)
        }
        w.indent(ind, node: n3844, list: s3753)
        let n3859 = w.count
        let v3860 = k.checkViewModel_isAny(a5)
        if v3860 {
            w.write("try reader.skipValue()\n" as StaticString)
        }
        w.indent(ind, node: n3859, list: s3753)
        let n3861 = w.count
        let v3862 = k.checkViewModel_isNull(a5)
        if v3862 {
            let s3863 = w.count
            w.write("try reader.checkNull(location: " as StaticString)
            let n3864 = w.count
            let v3865 = k.checkViewModel_usesCallerLocation(a5)
            if v3865 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3864, list: s3863)
            let n3866 = w.count
            let v3867 = k.checkViewModel_usesCallerLocation(a5)
            if !v3867 {
                let s3868 = w.count
                w.write("\"" as StaticString)
                let n3869 = w.count
                let v3870 = k.checkViewModel_location(a5)
                w.write(v3870)
                w.indent(ind, node: n3869, list: s3868)
                let n3871 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3871, list: s3868)
            }
            w.indent(ind, node: n3866, list: s3863)
            let n3872 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3872, list: s3863)
        }
        w.indent(ind, node: n3861, list: s3753)
        let n3873 = w.count
        let v3874 = k.checkViewModel_isConstant(a5)
        if v3874 {
            let s3875 = w.count
            w.write("try reader.checkConstant(\"" as StaticString)
            let n3876 = w.count
            let v3877 = k.checkViewModel_constant(a5)
            w.write(v3877)
            w.indent(ind, node: n3876, list: s3875)
            let n3878 = w.count
            w.write("\", nullable: " as StaticString)
            w.indent(ind, node: n3878, list: s3875)
            let n3879 = w.count
            let v3880 = k.checkViewModel_isNullable(a5)
            w.write(flag: v3880)
            w.indent(ind, node: n3879, list: s3875)
            let n3881 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3881, list: s3875)
            let n3882 = w.count
            let v3883 = k.checkViewModel_usesCallerLocation(a5)
            if v3883 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3882, list: s3875)
            let n3884 = w.count
            let v3885 = k.checkViewModel_usesCallerLocation(a5)
            if !v3885 {
                let s3886 = w.count
                w.write("\"" as StaticString)
                let n3887 = w.count
                let v3888 = k.checkViewModel_location(a5)
                w.write(v3888)
                w.indent(ind, node: n3887, list: s3886)
                let n3889 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3889, list: s3886)
            }
            w.indent(ind, node: n3884, list: s3875)
            let n3890 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3890, list: s3875)
        }
        w.indent(ind, node: n3873, list: s3753)
        let n3891 = w.count
        let v3892 = k.checkViewModel_isNamed(a5)
        if v3892 {
            let s3893 = w.count
            w.write("try " as StaticString)
            let n3894 = w.count
            let v3895 = k.checkViewModel_typeName(a5)
            w.write(v3895)
            w.indent(ind, node: n3894, list: s3893)
            let n3896 = w.count
            w.write(".specgenValidate(&reader, nullable: " as StaticString)
            w.indent(ind, node: n3896, list: s3893)
            let n3897 = w.count
            let v3898 = k.checkViewModel_isNullable(a5)
            w.write(flag: v3898)
            w.indent(ind, node: n3897, list: s3893)
            let n3899 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3899, list: s3893)
            let n3900 = w.count
            let v3901 = k.checkViewModel_usesCallerLocation(a5)
            if v3901 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3900, list: s3893)
            let n3902 = w.count
            let v3903 = k.checkViewModel_usesCallerLocation(a5)
            if !v3903 {
                let s3904 = w.count
                w.write("\"" as StaticString)
                let n3905 = w.count
                let v3906 = k.checkViewModel_location(a5)
                w.write(v3906)
                w.indent(ind, node: n3905, list: s3904)
                let n3907 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3907, list: s3904)
            }
            w.indent(ind, node: n3902, list: s3893)
            let n3908 = w.count
            let v3909 = k.checkViewModel_requirement(a5)
            if !v3909.isEmpty {
                let s3910 = w.count
                w.write(", requiring: Self." as StaticString)
                let n3911 = w.count
                w.write(v3909)
                w.indent(ind, node: n3911, list: s3910)
            }
            w.indent(ind, node: n3908, list: s3893)
            let n3912 = w.count
            w.write(")\n" as StaticString)
            w.indent(ind, node: n3912, list: s3893)
        }
        w.indent(ind, node: n3891, list: s3753)
        let n3913 = w.count
        let v3914 = k.checkViewModel_isArray(a5)
        if v3914 {
            let s3915 = w.count
            w.write("if try reader.beginArray(nullable: " as StaticString)
            let n3916 = w.count
            let v3917 = k.checkViewModel_isNullable(a5)
            w.write(flag: v3917)
            w.indent(ind, node: n3916, list: s3915)
            let n3918 = w.count
            w.write(", location: " as StaticString)
            w.indent(ind, node: n3918, list: s3915)
            let n3919 = w.count
            let v3920 = k.checkViewModel_usesCallerLocation(a5)
            if v3920 {
                w.write("location" as StaticString)
            }
            w.indent(ind, node: n3919, list: s3915)
            let n3921 = w.count
            let v3922 = k.checkViewModel_usesCallerLocation(a5)
            if !v3922 {
                let s3923 = w.count
                w.write("\"" as StaticString)
                let n3924 = w.count
                let v3925 = k.checkViewModel_location(a5)
                w.write(v3925)
                w.indent(ind, node: n3924, list: s3923)
                let n3926 = w.count
                w.write("\"" as StaticString)
                w.indent(ind, node: n3926, list: s3923)
            }
            w.indent(ind, node: n3921, list: s3915)
            let n3927 = w.count
            w.write(") {\n" as StaticString)
            w.indent(ind, node: n3927, list: s3915)
            let n3928 = w.count
            w.write("    while try reader.nextElement() {\n" as StaticString)
            w.indent(ind, node: n3928, list: s3915)
            let n3929 = w.count
            let v3930 = k.checkViewModel_element(a5)
            for i3931 in v3930.indices {
                let e3932 = v3930[i3931]
                let s3933 = w.count
                w.write("        " as StaticString)
                let n3934 = w.count
                partial28(&w, ind + [32, 32, 32, 32, 32, 32, 32, 32], k, a0, a1, a2, a3, a4, e3932)
                w.indent(ind, node: n3934, list: s3933)
            }
            w.indent(ind, node: n3929, list: s3915)
            let n3935 = w.count
            w.write("    }\n" as StaticString)
            w.indent(ind, node: n3935, list: s3915)
            let n3936 = w.count
            w.write("}\n" as StaticString)
            w.indent(ind, node: n3936, list: s3915)
        }
        w.indent(ind, node: n3913, list: s3753)
    }
}
