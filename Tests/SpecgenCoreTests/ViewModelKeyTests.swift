import Foundation
import Mustache
import SpecgenCore
import SpecgenDialects
import SpecgenTestSupport
import Testing

@testable import SpecgenEmit

/// The view models answer Mustache's lookups from their key tables instead of reflection; these tests check that
/// every stored property has a key, answered with its value, and that every key declared as stored is a stored
/// property (the others are worked out from them, or constants), so a property added later cannot silently render as
/// nothing.
@Suite struct ViewModelKeyTests {
    /// The keys of a view model that read stored properties.
    func storedKeys<Model: TemplateViewModel>(_ model: Model) -> Set<String> {
        Set(Model.templateKeys.filter(\.value.isStored).keys)
    }

    /// The keys of a view model that are worked out, not stored.
    func derivedKeys<Model: TemplateViewModel>(_ model: Model) -> Set<String> {
        Set(Model.templateKeys.filter { !$0.value.isStored }.keys)
    }

    /// Walks a view model with `Mirror` and compares each stored property with `child(named:)`.
    func check(_ value: Any, seen: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            if let inner = mirror.children.first?.value { check(inner, seen: &seen) }
            return
        }
        if mirror.displayStyle == .collection {
            for child in mirror.children { check(child.value, seen: &seen) }
            return
        }
        guard let model = value as? any TemplateViewModel else { return }
        let typeName = String(describing: type(of: value))
        var labels = Set<String>()
        for child in mirror.children {
            guard let label = child.label else { continue }
            labels.insert(label)
            seen.insert(typeName + "." + label)
            let answered = model.child(named: label)
            #expect(
                answered != nil || Mirror(reflecting: child.value).displayStyle == .optional,
                "\(typeName).\(label) is not answered by child(named:)")
            if let answered {
                #expect(same(answered, unwrap(child.value)), "\(typeName).\(label) answers a different value")
            }
            check(child.value, seen: &seen)
        }
        #expect(
            storedKeys(model) == labels,
            "\(typeName) declares stored keys that are not its stored properties, or misses some")
        #expect(derivedKeys(model).isDisjoint(with: labels), "\(typeName) works out a key it stores")
        for key in derivedKeys(model) { seen.insert(typeName + "." + key) }
        #expect(model.child(named: "noSuchKey") == nil)
    }

    /// Whether an answer is the stored value: the same view model, the same text (which the templates get as
    /// ``TemplateText``), or a number as decimal text.
    func same(_ answered: Any, _ stored: Any) -> Bool {
        if let text = answered as? TemplateText {
            if let number = stored as? Int { return text.renderText == String(number) }
            return text.renderText == stored as? String
        }
        if let lines = answered as? [TemplateText] { return lines.map(\.renderText) == stored as? [String] }
        return String(describing: answered) == String(describing: stored)
    }

    func unwrap(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional, let inner = mirror.children.first?.value { return inner }
        return value
    }

    @Test func everyStoredPropertyIsAnswered() throws {
        let inputs = try Fixtures.inputs(under: "spec") + Fixtures.inputs(under: "Tests/Fixtures/constructs")
        let swift = SwiftSchema(Generator().buildSchema(inputs, diagnostics: .init()))
        let emitter = SwiftModelEmitter(templates: try TemplateSet())
        var seen = Set<String>()
        for type in swift.schema.types {
            check(emitter.viewModel(for: type, in: swift), seen: &seen)
        }
        // The gateway fixtures, read with the Discord dialect, have an event set with an opcode.
        let gateway = SwiftSchema(
            Generator(options: GeneratorOptions(dialect: DiscordDialect())).buildSchema(
                try Fixtures.inputs(under: "Tests/Fixtures/gateway", extensions: ["mdx"]), diagnostics: .init()))
        for type in gateway.schema.types {
            check(emitter.viewModel(for: type, in: gateway), seen: &seen)
        }
        check(
            SwiftFileViewModel(
                sourcePath: "a.md", imports: ["Foundation"], types: [], namespace: "Osu",
                declaresNamespace: true, namespaceAccess: "public", fastDecoders: true), seen: &seen)
        // The fixtures reach every kind of view model.
        for name in [
            "ObjectViewModel.variant", "EnumViewModel.cases", "UnionViewModel.lastMember",
            "EventsViewModel.events", "PropertyViewModel.isFastDecodable", "VariantViewModel.cases",
            "SwiftFileViewModel.namespace", "OpcodeEventsViewModel.events",
            "OpcodeEventViewModel.carriesSequence", "VariantCaseViewModel.fields",
        ] {
            #expect(seen.contains(name), "\(name) was not reached")
        }
    }

    /// An empty text is false in a section (the templates rely on it for optional notes), and any other text true.
    @Test func emptyTextIsFalseInASection() throws {
        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT }}[{{#a}}yes {{.}}{{/a}}{{^a}}no{{/a}}]")
        #expect(template.render(["a": TemplateText("")]) == "[no]")
        #expect(template.render(["a": TemplateText("x")]) == "[yes x]")
    }
}
