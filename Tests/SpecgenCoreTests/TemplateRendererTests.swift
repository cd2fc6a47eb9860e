import Mustache
import SpecgenCore
import SpecgenTemplates
import SpecgenTestSupport
import Testing

@testable import SpecgenEmit

/// ``TemplateRenderer`` renders what swift-mustache renders, byte for byte: on the whole of specgen's output and on
/// the Mustache rules it reproduces, each compared with swift-mustache in the same test.
@Suite struct TemplateRendererTests {
    /// A view model for the small templates below.
    struct Item: TemplateViewModel {
        var name: String
        var note: String
        var flag: Bool
        var children: [Item]
        var lines: [String]
        var leaf: Leaf? = nil
        var leaves: [Leaf]? = nil

        static let templateKeys: [String: TemplateKey<Item>] = [
            "name": .text(\.name), "note": .text(\.note), "flag": .flag(\.flag), "children": .model(\.children),
            "lines": .texts(\.lines), "leaf": .model(\.leaf), "leaves": .model(\.leaves),
            "childCount": .derivedText { String($0.children.count) },
        ]
    }

    /// A view model nested in ``Item``, optionally or in an optional list.
    struct Leaf: TemplateViewModel {
        var label: String
        var count: Int

        static let templateKeys: [String: TemplateKey<Leaf>] = ["label": .text(\.label), "count": .number(\.count)]
    }

    static let item = Item(
        name: "root <&>", note: "", flag: true,
        children: [
            Item(name: "a", note: "n", flag: false, children: [], lines: ["x", "y"]),
            Item(name: "b", note: "", flag: true, children: [], lines: []),
            Item(name: "c", note: "m", flag: true, children: [], lines: ["z"]),
        ],
        lines: ["one", "two"])

    /// Renders with swift-mustache and with ``TemplateRenderer`` and expects the same text.
    func expectSame(
        _ templates: [String: String], model: Any = Self.item, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        var library = MustacheLibrary()
        for (name, text) in templates { library.register(try MustacheTemplate(string: text), named: name) }
        let expected = try #require(library.render(model, withTemplate: "main"))
        let renderer = try #require(TemplateRenderer(templates: templates), sourceLocation: sourceLocation)
        let rendered = try #require(try renderer.render(model, template: "main"))
        #expect(String(decoding: rendered, as: UTF8.self) == expected, sourceLocation: sourceLocation)
    }

    @Test func sectionsListsAndPositions() throws {
        try expectSame([
            "main": """
            {{% CONTENT_TYPE: TEXT }}
            {{name}} {{#children}}{{name}}{{^last()}}, {{/last()}}{{/children}}.
            {{#children}}
              {{#first()}}first {{/first()}}{{index()}} {{name}}{{#note}} ({{note}}){{/note}}{{^note}} -{{/note}}
              {{#flag}}flag {{name}}{{/flag}}{{^flag}}no flag{{/flag}}
              {{#lines}}[{{.}} of {{name}}]{{/lines}}{{^lines}}no lines{{/lines}}
            {{/children}}
            {{^nothing}}no such key{{/nothing}}{{#nothing}}never{{/nothing}}
            """
        ])
    }

    @Test func optionalModelsNumbersAndDerivedValues() throws {
        var full = Self.item
        full.leaf = Leaf(label: "l<", count: 3)
        full.leaves = [Leaf(label: "p", count: 1), Leaf(label: "q", count: 22)]
        full.children[1].leaves = []
        for model in [Self.item, full] {
            try expectSame(
                [
                    "main": """
                    {{#leaf}}{{label}} {{count}} {{name}}{{/leaf}}{{^leaf}}no leaf{{/leaf}} {{childCount}}
                    {{#leaves}}{{index()}}:{{label}}={{count}}{{^last()}},{{/last()}}{{/leaves}}{{^leaves}}none{{/leaves}}
                    {{#children}}{{#leaves}}{{label}}{{/leaves}}{{^leaves}}[{{name}} none]{{/leaves}}{{/children}}
                    {{#childCount}}{{.}} children{{/childCount}} {{#flag}}{{#leaf}}{{flag}}{{/leaf}}{{/flag}}
                    """
                ], model: model)
        }
    }

    /// The keys hand ``TemplateRenderer`` typed values; a missing optional is no value.
    @Test func keysAreTyped() {
        var item = Self.item
        item.leaves = [Leaf(label: "p", count: 7)]
        guard case .text(let name)? = item.templateValue(named: "name"),
            case .flag(true)? = item.templateValue(named: "flag"),
            case .texts(let lines)? = item.templateValue(named: "lines"),
            case .models(let children)? = item.templateValue(named: "children"),
            case .models(let leaves)? = item.templateValue(named: "leaves"),
            case .text(let count)? = leaves.count == 1 ? leaves.element(0).templateValue(named: "count") : nil,
            case .text(let childCount)? = item.templateValue(named: "childCount")
        else {
            Issue.record("a key is not typed as declared")
            return
        }
        #expect(name.renderText == "root <&>")
        #expect(lines == ["one", "two"])
        #expect(children.count == 3)
        #expect(count.renderText == "7")
        #expect(childCount.renderText == "3")
        #expect(item.templateValue(named: "leaf") == nil)
        #expect(item.templateValue(named: "nothing") == nil)
    }

    @Test func standaloneTagsAndIndentedPartials() throws {
        try expectSame([
            "main": """
            {{% CONTENT_TYPE: TEXT }}
            begin
                {{! a standalone comment
                    over two lines }}
              {{#children}}
                {{> child}}
              {{/children}}
              text {{! inline }} after
            \t{{#flag}}  tab
            \t{{/flag}}
            {{> child}} inline partial
            end
            """,
            "child": """
            {{% CONTENT_TYPE: TEXT }}
            {{name}}:
              {{#lines}}
              - {{.}}
              {{/lines}}
            {{> leaf}}
            """,
            "leaf": "{{% CONTENT_TYPE: TEXT }}\nleaf of {{name}}\n\n",
        ])
    }

    @Test func escapingAndVariableForms() throws {
        try expectSame([
            "main": """
            {{name}} {{{name}}} {{&name}} {{flag}}
            {{% CONTENT_TYPE: TEXT }}
            {{name}} {{{name}}} {{ name }}
            {{> partial}}
            """,
            "partial": "{{name}} before the pragma {{% CONTENT_TYPE: TEXT }} {{name}} after it\n",
        ])
    }

    @Test func whatItDoesNotCoverIsLeftToMustache() throws {
        for text in [
            "{{=<% %>=}}<% name %>", "{{a.b}}", "{{#first(children)}}{{/first(children)}}", "{{>*name}}",
            "{{<parent}}{{/parent}}", "caf\u{E9} {{name}}", "a\r\nb",
        ] {
            _ = try MustacheTemplate(string: text)
            #expect(TemplateRenderer(templates: ["main": text]) == nil, "\(text)")
        }
    }

    /// Every file specgen generates from the test docs and both osu-web corpora, with and without a namespace: through
    /// swift-mustache, ``TemplateRenderer`` and the compiled templates (``CompiledTemplates``).
    @Test(arguments: [
        ["spec", "Tests/Fixtures/constructs", "Tests/Corpus/osu-web"], ["Tests/Corpus/osu-web-seed-era"],
    ])
    func specgenOutputIsTheSame(folders: [String]) throws {
        let inputs = try folders.flatMap { try Fixtures.inputs(under: $0) }
        let schema = Generator().buildSchema(inputs, diagnostics: .init())
        let documents = Array(Set(schema.types.map(\.documentPath))).sorted()
        let compiled = try TemplateSet(overrides: [:], rendering: .compiled)
        let fast = try TemplateSet(overrides: [:], rendering: .interpreted)
        let mustache = try TemplateSet(overrides: [:], rendering: .mustache)
        #expect(compiled.rendersCompiled)
        for namespace in [nil, "Osu"] {
            let context = EmitContext(
                documents: documents, options: EmitOptions(namespace: namespace), dialectName: "osu")
            for output in [SwiftModelsOutput() as any Emitter, SwiftValidatorsOutput()] {
                let expected = try output.emit(schema, context: context, templates: mustache)
                #expect(expected.count > 1)
                for templates in [fast, compiled] {
                    let rendered = try output.emit(schema, context: context, templates: templates)
                    #expect(rendered.map(\.name) == expected.map(\.name))
                    for (file, other) in zip(rendered, expected) {
                        #expect(file.contents == other.contents, "\(file.name)")
                    }
                }
            }
        }
    }
}
