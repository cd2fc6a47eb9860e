import Foundation
import SpecgenTemplates
import Testing

@testable import SpecgenEmit

/// Every key the built-in templates read is declared by a view model, and every partial they include exists: a
/// misspelt key would render as nothing.
@Suite struct TemplateKeyTests {
    /// The view-model types the templates render: the file view models and every type their keys nest, found by
    /// following ``TemplateKey/nested`` (so a new view model needs no entry here).
    static let viewModelTypes: [any TemplateViewModel.Type] = {
        func nested<Model: TemplateViewModel>(_ type: Model.Type) -> [any TemplateViewModel.Type] {
            Model.templateKeys.values.flatMap(\.nested)
        }
        var found: [ObjectIdentifier: any TemplateViewModel.Type] = [:]
        var queue: [any TemplateViewModel.Type] = [SwiftFileViewModel.self, ValidatorFileViewModel.self]
        while let type = queue.popLast() {
            guard found.updateValue(type, forKey: ObjectIdentifier(type)) == nil else { continue }
            queue += nested(type)
        }
        return Array(found.values)
    }()

    /// The keys of every view model.
    static let declaredKeys: Set<String> = {
        func keys<Model: TemplateViewModel>(_ type: Model.Type) -> Set<String> { Set(Model.templateKeys.keys) }
        return viewModelTypes.reduce(into: []) { $0.formUnion(keys($1)) }
    }()

    /// The walk reaches the view models of every kind of type and check, through lists, optionals and derived keys.
    @Test func everyViewModelIsReached() {
        let names = Set(Self.viewModelTypes.map { String(describing: $0) })
        for name in [
            "ObjectViewModel", "PropertyViewModel", "VariantFieldViewModel", "UnionMemberViewModel",
            "OpcodeEventViewModel", "FlagViewModel", "EnumCaseViewModel", "ValidatorDocViewModel",
            "RequiredKeyViewModel", "MemberCaseViewModel", "CheckViewModel", "UnionValidatorViewModel",
            "TaggedUnionMemberViewModel", "TaggedUnionMemberCheckViewModel",
        ] {
            #expect(names.contains(name), "\(name) is not reached from the file view models")
        }
    }

    /// The tags of a template: their sigil (`#`, `^`, `/`, `>`, or empty for a variable) and name.
    func tags(_ text: String) throws -> [(sigil: String, name: String)] {
        let pattern = try NSRegularExpression(
            pattern: #"\{\{\s*([#^/>!%]?)\s*(.*?)\s*\}\}"#, options: [.dotMatchesLineSeparators])
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).map { match in
            (String(text[Range(match.range(at: 1), in: text)!]), String(text[Range(match.range(at: 2), in: text)!]))
        }
    }

    @Test func everyKeyATemplateReadsIsDeclared() throws {
        var checked = 0
        for (template, text) in TemplateCatalog.templates.sorted(by: { $0.key < $1.key }) {
            for tag in try tags(text) {
                switch tag.sigil {
                case "!", "%":
                    continue
                case ">":
                    #expect(TemplateCatalog.templates[tag.name] != nil, "\(template) includes no partial \(tag.name)")
                default:
                    // `.` is the current value, `last()` and `first()` are the sequence transforms.
                    if tag.name == "." || tag.name.hasSuffix("()") { continue }
                    #expect(Self.declaredKeys.contains(tag.name), "\(template) reads an undeclared key \(tag.name)")
                    checked += 1
                }
            }
        }
        #expect(checked > 300)
    }
}
