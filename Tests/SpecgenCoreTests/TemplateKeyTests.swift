import Foundation
import SpecgenTemplates
import Testing

@testable import SpecgenEmit

/// Every key the built-in templates read is declared by a view model, and every partial they include exists: a
/// misspelt key would render as nothing.
@Suite struct TemplateKeyTests {
    /// The keys of every view model.
    static let declaredKeys: Set<String> = {
        func keys<Model: TemplateViewModel>(_ type: Model.Type) -> Set<String> { Set(Model.templateKeys.keys) }
        return keys(SwiftFileViewModel.self).union(keys(SwiftTypeViewModel.self)).union(keys(ObjectViewModel.self))
            .union(keys(PropertyViewModel.self)).union(keys(VariantViewModel.self))
            .union(keys(VariantCaseViewModel.self)).union(keys(EnumViewModel.self))
            .union(keys(EnumCaseViewModel.self)).union(keys(UnionViewModel.self))
            .union(keys(UnionMemberViewModel.self)).union(keys(EventsViewModel.self))
            .union(keys(EventViewModel.self)).union(keys(OpcodeEventsViewModel.self))
            .union(keys(OpcodeEventViewModel.self)).union(keys(FlagsViewModel.self))
            .union(keys(FlagViewModel.self)).union(keys(VariantFieldViewModel.self))
            .union(keys(ValidatorFileViewModel.self))
            .union(keys(ValidatorTypeViewModel.self)).union(keys(ValidatorDocViewModel.self))
            .union(keys(ObjectValidatorViewModel.self)).union(keys(DispatchViewModel.self))
            .union(keys(RequirementViewModel.self)).union(keys(RequiredKeyViewModel.self))
            .union(keys(WalkViewModel.self)).union(keys(MemberRuleViewModel.self))
            .union(keys(MemberCaseViewModel.self)).union(keys(CheckViewModel.self))
            .union(keys(EnumValidatorViewModel.self)).union(keys(UnionValidatorViewModel.self))
            .union(keys(TaggedUnionViewModel.self)).union(keys(TaggedUnionMemberViewModel.self))
            .union(keys(TaggedUnionValidatorViewModel.self)).union(keys(TaggedUnionMemberCheckViewModel.self))
    }()

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
