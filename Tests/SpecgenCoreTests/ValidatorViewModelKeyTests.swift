import Foundation
import SpecgenCore
import SpecgenTestSupport
import Testing

@testable import SpecgenEmit

/// The validator view models answer every stored property from their key tables, as the model view models do.
@Suite struct ValidatorViewModelKeyTests {
    @Test func everyStoredPropertyIsAnswered() throws {
        let inputs = try Fixtures.inputs(under: "spec") + Fixtures.inputs(under: "Tests/Fixtures/constructs")
        let swift = SwiftSchema(Generator().buildSchema(inputs, diagnostics: .init()))
        let emitter = SwiftValidatorEmitter(templates: try TemplateSet())
        var seen = Set<String>()
        let checker = ViewModelKeyTests()
        for type in swift.schema.types {
            checker.check(emitter.viewModel(for: type, in: swift), seen: &seen)
        }
        checker.check(ValidatorFileViewModel(sourcePath: "a.md", imports: ["Foundation"], types: []), seen: &seen)
        // The fixtures reach every kind of validator view model.
        for name in [
            "ObjectValidatorViewModel.dispatch", "DispatchViewModel.wholeChecks", "WalkViewModel.cases",
            "MemberCaseViewModel.checks", "RequirementViewModel.entries", "EnumValidatorViewModel.values",
            "UnionValidatorViewModel.lastMember", "ValidatorFileViewModel.imports", "CheckViewModel.element",
            "ValidatorDocViewModel.rulesSource", "RequiredKeyViewModel.location", "MemberRuleViewModel.isRequired",
        ] {
            #expect(seen.contains(name), "\(name) was not reached")
        }
    }
}
