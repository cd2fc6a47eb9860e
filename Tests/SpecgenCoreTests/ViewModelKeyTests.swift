import Foundation
import Mustache
import SpecgenCore
import SpecgenTestSupport
import Testing

@testable import SpecgenEmit

/// The view models answer Mustache's lookups from a switch instead of reflection; these tests check that every
/// stored property is answered, with its value, so a property added later cannot silently render as nothing.
@Suite struct ViewModelKeyTests {
    /// Walks a view model with `Mirror` and compares each stored property with `child(named:)`.
    func check(_ value: Any, path: String = "", seen: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            if let inner = mirror.children.first?.value { check(inner, path: path, seen: &seen) }
            return
        }
        if mirror.displayStyle == .collection {
            for child in mirror.children { check(child.value, path: path + "[]", seen: &seen) }
            return
        }
        guard mirror.displayStyle == .class, let parent = value as? MustacheParent else { return }
        let typeName = String(describing: type(of: value))
        for child in mirror.children {
            guard let label = child.label else { continue }
            seen.insert(typeName + "." + label)
            let answered = parent.child(named: label)
            #expect(
                answered != nil || Mirror(reflecting: child.value).displayStyle == .optional,
                "\(typeName).\(label) is not answered by child(named:)")
            if let answered {
                #expect(same(answered, unwrap(child.value)), "\(typeName).\(label) answers a different value")
            }
            check(child.value, path: path + "." + label, seen: &seen)
        }
        #expect(parent.child(named: "noSuchKey") == nil)
    }

    /// Whether an answer is the stored value: the same view model, or the same text (which the templates get as
    /// ``TemplateText``).
    func same(_ answered: Any, _ stored: Any) -> Bool {
        if let text = answered as? TemplateText { return text.renderText == stored as? String }
        if let lines = answered as? [TemplateText] { return lines.map(\.renderText) == stored as? [String] }
        if type(of: answered) is AnyClass { return answered as AnyObject === stored as AnyObject }
        if let objects = answered as? [AnyObject], let storedObjects = stored as? [AnyObject] {
            return objects.count == storedObjects.count && zip(objects, storedObjects).allSatisfy { $0 === $1 }
        }
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
            check(emitter.viewModel(for: type, storage: swift.storage), seen: &seen)
        }
        // The fixtures reach every kind of view model.
        for name in [
            "ObjectViewModel.variant", "EnumViewModel.cases", "UnionViewModel.lastMember",
            "EventsViewModel.events", "PropertyViewModel.storageType", "VariantViewModel.cases",
        ] {
            #expect(seen.contains(name), "\(name) was not reached")
        }
    }
}
