import SpecgenIR

// The Swift enum of an event set with an opcode tag (Discord's gateway frame `{op, d, s, t}`): one case per event,
// a dispatched event's case carrying its payload and sequence number, a case per message its code alone
// identifies, and a catch-all that keeps the code, name, sequence number and payload of anything else.

/// An event set told apart by an integer code first and, under the dispatch code, by a name.
struct OpcodeEventsViewModel: TemplateViewModel {
    var docLines: [String]
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var isIndirect: Bool
    /// The keys of the code, the payload, the name and the sequence number (empty when the envelope has none),
    /// escaped for a string literal.
    var opcodeKey: String
    var payloadKey: String
    var discriminatorKey: String
    var sequenceKey: String
    /// The code of dispatched events, as a Swift integer literal.
    var dispatch: String
    /// Every event, in document order (the templates also read `dispatchEvents`, those the name key names under
    /// the dispatch code, and `opcodeEvents`, those their code alone identifies).
    var events: [OpcodeEventViewModel]
    var unknownCaseName: String
    var unknownDocLines: [String]
    var runtime: String

    static let templateKeys: [String: TemplateKey<Self>] = [
        "docLines": .texts(\.docLines), "access": .text(\.access), "name": .text(\.name),
        "qualifiedName": .text(\.qualifiedName), "isIndirect": .flag(\.isIndirect),
        "opcodeKey": .text(\.opcodeKey), "payloadKey": .text(\.payloadKey),
        "discriminatorKey": .text(\.discriminatorKey), "sequenceKey": .text(\.sequenceKey),
        "hasSequence": .derivedFlag { !$0.sequenceKey.isEmpty }, "dispatch": .text(\.dispatch),
        "events": .model(\.events), "dispatchEvents": .derivedModels { $0.events.filter(\.isDispatch) },
        "opcodeEvents": .derivedModels { $0.events.filter { !$0.isDispatch } },
        "unknownCaseName": .text(\.unknownCaseName), "unknownDocLines": .texts(\.unknownDocLines),
        "runtime": .text(\.runtime),
    ]
}

/// One event of an opcode-tagged set.
struct OpcodeEventViewModel: TemplateViewModel {
    var docLines: [String]
    var caseName: String
    /// The event's name, escaped for a string literal.
    var wireName: String
    /// The code that identifies the message, as a Swift integer literal (the dispatch code for a named event).
    var opcode: String
    /// Whether the name key identifies the event (under the dispatch code).
    var isDispatch: Bool
    /// Whether the case carries the sequence number.
    var carriesSequence: Bool
    var isPayloadNullable: Bool
    /// The payload's Swift type, without optionality; empty when the message carries none.
    var payloadType: String

    static let templateKeys: [String: TemplateKey<Self>] = [
        "docLines": .texts(\.docLines), "caseName": .text(\.caseName), "wireName": .text(\.wireName),
        "opcode": .text(\.opcode), "isDispatch": .flag(\.isDispatch), "carriesSequence": .flag(\.carriesSequence),
        "hasPayload": .derivedFlag { !$0.payloadType.isEmpty }, "isPayloadNullable": .flag(\.isPayloadNullable),
        "payloadType": .text(\.payloadType),
        "hasValues": .derivedFlag { !$0.payloadType.isEmpty || $0.carriesSequence },
    ]
}

extension SwiftModelEmitter {
    /// The view model of an event set with an opcode tag.
    func opcodeEventsViewModel(
        _ type: SchemaType, _ set: EventSetType, _ tag: OpcodeTag, in swift: SwiftSchema, docLines: [String]
    ) -> OpcodeEventsViewModel {
        let hasSequence = tag.sequenceKey != nil
        let events = zip(set.events, swift.caseNames(of: type)).map { event, caseName -> OpcodeEventViewModel in
            let isDispatch = event.opcode == nil
            let carriesSequence = isDispatch && hasSequence
            var payloadType = ""
            var placement = "carries nothing"
            if case .data(let ref, let required, _) = event.payload {
                payloadType = SwiftSyntax.type(ref, in: swift, runtime: runtime, namespace: options.namespace)
                placement = Self.dataPlacement(
                    payloadType, under: set.payloadField, nullable: event.isPayloadNullable, required: required)
            }
            if carriesSequence {
                placement =
                    payloadType.isEmpty ? "carries its sequence number only" : placement + ", and its sequence number"
            }
            let identity =
                isDispatch
                ? "`\(event.name)` (`\(tag.key)` \(tag.dispatch))" : "`\(tag.key)` \(event.opcode!)"
            return OpcodeEventViewModel(
                docLines: eventDocLines(event, identity: identity, placement: placement),
                caseName: SwiftNaming.escaped(caseName), wireName: SwiftSyntax.stringContents(event.name),
                opcode: String(event.opcode ?? tag.dispatch), isDispatch: isDispatch, carriesSequence: carriesSequence,
                isPayloadNullable: event.isPayloadNullable, payloadType: payloadType)
        }
        let kept = hasSequence ? "code, name, sequence number and payload" : "code, name and payload"
        return OpcodeEventsViewModel(
            docLines: docLines, access: access, name: swift.typeName(of: type),
            qualifiedName: options.qualified(swift.typeName(of: type)), isIndirect: swift.storage.isIndirect(type.name),
            opcodeKey: SwiftSyntax.stringContents(tag.key),
            payloadKey: SwiftSyntax.stringContents(set.payloadField),
            discriminatorKey: SwiftSyntax.stringContents(set.discriminator),
            sequenceKey: SwiftSyntax.stringContents(tag.sequenceKey ?? ""), dispatch: String(tag.dispatch),
            events: events,
            unknownCaseName: SwiftNaming.escaped(swift.unknownCaseName(of: type)),
            unknownDocLines: SwiftSyntax.docLines(
                summary: "A message the docs do not describe (or an event of an unknown name), with its \(kept) "
                    + "kept as received.", details: []),
            runtime: runtime)
    }
}
