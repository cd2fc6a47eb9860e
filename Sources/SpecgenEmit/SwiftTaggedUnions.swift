import SpecgenIR
import SpecgenSupport

// Integer-tagged unions (``UnionType/tag``) in Swift: an enum with a case per member, selected by the code under
// the tag key, and a case that keeps values with other codes (`tagged-union` and `tagged-union-json` templates);
// validators that pick the member's rules by the code (`validator-tagged-union`).

/// A union of object types told apart by an integer code: a Swift enum.
struct TaggedUnionViewModel: TemplateViewModel {
    var docLines: [String]
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var isIndirect: Bool
    /// The tag's key as the docs write it (for comments).
    var tagKey: String
    /// The tag's key, escaped for a string literal.
    var tagKeyText: String
    var members: [TaggedUnionMemberViewModel]
    /// The case that keeps values with other codes.
    var unknownCaseName: String
    /// The label of that case's code (the key as a Swift name: `type`).
    var codeLabel: String
    var runtime: String

    static let templateKeys: [String: TemplateKey<Self>] = [
        "docLines": .texts(\.docLines), "access": .text(\.access), "name": .text(\.name),
        "qualifiedName": .text(\.qualifiedName), "isIndirect": .flag(\.isIndirect), "tagKey": .text(\.tagKey),
        "tagKeyText": .text(\.tagKeyText), "members": .model(\.members),
        "unknownCaseName": .text(\.unknownCaseName), "codeLabel": .text(\.codeLabel), "runtime": .text(\.runtime),
    ]
}

/// One member of a tagged union: its case, type and code.
struct TaggedUnionMemberViewModel: TemplateViewModel {
    var caseName: String
    var type: String
    var code: String

    static let templateKeys: [String: TemplateKey<Self>] = [
        "caseName": .text(\.caseName), "type": .text(\.type), "code": .text(\.code),
    ]
}

/// The validators of a tagged union.
struct TaggedUnionValidatorViewModel: TemplateViewModel {
    var doc: ValidatorDocViewModel
    var access: String
    var name: String
    /// The name extensions at file scope use: `Namespace.Name`, or the name.
    var qualifiedName: String
    var runtime: String
    /// Where the docs describe the type (`file:line`), escaped for a string literal.
    var location: String
    /// The type's name, escaped for a string literal.
    var typeNameText: String
    var tagKey: String
    /// The tag's key, escaped for a string literal.
    var tagKeyText: String
    /// Where the docs list the codes (`file:line`), escaped for a string literal.
    var tagLocation: String
    /// The members' codes, in member order.
    var codes: [String]
    var members: [TaggedUnionMemberCheckViewModel]

    static let templateKeys: [String: TemplateKey<Self>] = [
        "doc": .model(\.doc), "access": .text(\.access), "name": .text(\.name),
        "qualifiedName": .text(\.qualifiedName), "runtime": .text(\.runtime), "location": .text(\.location),
        "typeNameText": .text(\.typeNameText), "tagKey": .text(\.tagKey), "tagKeyText": .text(\.tagKeyText),
        "tagLocation": .text(\.tagLocation), "codes": .texts(\.codes), "members": .model(\.members),
    ]
}

/// The member a code selects, by its index among the codes.
struct TaggedUnionMemberCheckViewModel: TemplateViewModel {
    var index: Int
    /// The member's type, whose validator checks the value.
    var type: String

    static let templateKeys: [String: TemplateKey<Self>] = ["index": .number(\.index), "type": .text(\.type)]
}

extension SwiftModelEmitter {
    /// The view model of a tagged union.
    func taggedUnionViewModel(
        _ type: SchemaType, _ union: UnionType, _ tag: UnionTag, in swift: SwiftSchema
    ) -> TaggedUnionViewModel {
        let summary =
            swift.summary(of: type)
            ?? "One of the types of \u{201C}\(type.docName)\u{201D}, selected by its `\(tag.key)`."
        let docLines = SwiftSyntax.docLines(summary: summary, details: [options.fromNote(type.location)])
        let members = zip(union.members, swift.caseNames(of: type)).map { member, caseName in
            TaggedUnionMemberViewModel(
                caseName: SwiftNaming.escaped(caseName),
                type: SwiftSyntax.type(member.type, in: swift, runtime: runtime, namespace: options.namespace),
                code: String(member.code ?? 0))
        }
        let label = SwiftNaming.memberName(tag.key)
        let name = swift.typeName(of: type)
        return TaggedUnionViewModel(
            docLines: docLines, access: access, name: name, qualifiedName: options.qualified(name),
            isIndirect: swift.storage.isIndirect(type.name), tagKey: tag.key,
            tagKeyText: SwiftSyntax.stringContents(tag.key), members: members,
            unknownCaseName: SwiftNaming.escaped(swift.unknownCaseName(of: type)),
            codeLabel: label.isEmpty ? "code" : SwiftNaming.escaped(label), runtime: runtime)
    }
}

extension SwiftValidatorEmitter {
    /// The validators' view model of a tagged union.
    func taggedUnionViewModel(
        _ type: SchemaType, _ union: UnionType, _ tag: UnionTag, doc: ValidatorDocViewModel, location: String,
        in swift: SwiftSchema
    ) -> TaggedUnionValidatorViewModel {
        let name = swift.typeName(of: type)
        return TaggedUnionValidatorViewModel(
            doc: doc, access: access, name: name, qualifiedName: options.qualified(name), runtime: runtime,
            location: location, typeNameText: SwiftSyntax.stringContents(name), tagKey: tag.key,
            tagKeyText: SwiftSyntax.stringContents(tag.key),
            tagLocation: SwiftSyntax.stringContents(tag.location.fileLine),
            codes: union.members.map { String($0.code ?? 0) },
            members: union.members.enumerated().map { index, member in
                TaggedUnionMemberCheckViewModel(
                    index: index,
                    type: member.type.namedTypes.first.map { options.qualified(swift.typeName($0)) } ?? name)
            })
    }
}
