import SpecgenCore
import SpecgenTemplates
import SpecgenTestSupport
import Testing

@testable import SpecgenEmit

/// The built-in templates compiled ahead of time (``CompiledTemplates``): the checked-in Swift is what
/// ``TemplateCompiler`` makes of `Templates/` today, it is used only for the templates it was compiled from, and it
/// renders byte for byte what the interpreted renderer renders.
@Suite struct CompiledTemplatesTests {
    /// Regenerates `Sources/SpecgenEmit/CompiledTemplates.swift` and compares; `SPECGEN_RECORD=1` rewrites it.
    @Test func compiledTemplatesAreUpToDate() throws {
        let source = try TemplateCompiler.builtInSource()
        let failure = Golden.check(source, against: "Sources/SpecgenEmit/CompiledTemplates.swift")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func builtInTemplatesRenderCompiled() throws {
        #expect(CompiledTemplates.fingerprint == TemplateCompiler.fingerprint(TemplateCatalog.templates))
        #expect(CompiledTemplates.keys != nil)
        #expect(try TemplateSet().rendersCompiled)
        #expect(try !TemplateSet(overrides: [:], rendering: .interpreted).rendersCompiled)
    }

    /// A replacement template, even one that changes nothing the compiled functions render, is interpreted.
    @Test func replacementsAreInterpreted() throws {
        let object = try #require(TemplateCatalog.templates["object"])
        #expect(try !TemplateSet(overrides: ["object": object]).rendersCompiled)
        #expect(try !TemplateSet(overrides: ["object": object + "\n"]).rendersCompiled)
    }

    /// The fingerprint changes with any text or name.
    @Test func fingerprintFollowsEveryByte() {
        let base = TemplateCompiler.fingerprint(["a": "x{{y}}", "b": ""])
        #expect(TemplateCompiler.fingerprint(["a": "x{{y}}", "b": ""]) == base)
        #expect(TemplateCompiler.fingerprint(["a": "x{{y}} ", "b": ""]) != base)
        #expect(TemplateCompiler.fingerprint(["a": "x{{y}}", "c": ""]) != base)
        #expect(TemplateCompiler.fingerprint(["a": "x{{y}}b", "": ""]) != base)
    }

    /// The keys a compiled lookup depends on, with their kinds: the compiled functions are used only with view
    /// models whose keys these still are.
    @Test func keySignaturesNameEveryKeyAndKind() throws {
        #expect(TemplateCompiler.keySignature(TemplateRendererTests.Leaf.self) == "count:text,label:text")
        #expect(
            TemplateCompiler.keySignature(TemplateRendererTests.Item.self)
                == "childCount:text,children:models(SpecgenCoreTests.TemplateRendererTests.Item),flag:flag,"
                + "leaf:model(SpecgenCoreTests.TemplateRendererTests.Leaf)?,"
                + "leaves:models(SpecgenCoreTests.TemplateRendererTests.Leaf)?,lines:texts,name:text,note:text")
        let source = try TemplateCompiler.builtInSource()
        #expect(source.contains("guard TemplateCompiler.keySignature(PropertyViewModel.self) == \""))
    }

    /// A key that reads a stored property as it is is read directly in the compiled functions (`e.name`), and the
    /// compiled file checks that the key still reads that property; a key worked out from other values is read
    /// through its typed reader.
    @Test func storedPropertiesAreReadDirectly() throws {
        #expect(TemplateCompiler.propertyName(\PropertyViewModel.name, of: PropertyViewModel.self) == "name")
        #expect(TemplateCompiler.propertyName(\PropertyViewModel.index, of: PropertyViewModel.self) == "index")
        #expect(TemplateCompiler.propertyName(\PropertyViewModel.name.utf8, of: PropertyViewModel.self) == nil)
        #expect(TemplateCompiler.propertyName(\ObjectViewModel.name, of: PropertyViewModel.self) == nil)
        let keys = PropertyViewModel.templateKeys
        #expect(try #require(keys["name"]).reads(\PropertyViewModel.name))
        #expect(try !#require(keys["name"]).reads(\PropertyViewModel.jsonKey))
        #expect(try !#require(keys["hasSummary"]).reads(\PropertyViewModel.summaryLines))
        let source = try TemplateCompiler.builtInSource()
        #expect(source.contains("PropertyViewModel.templateKeys[\"name\"]?.reads(\\PropertyViewModel.name) == true"))
        // A number is written as its digits, with no `String` made of it.
        #expect(source.contains("w.write(number: ") && source.contains(".index)"))
        #expect(!source.contains("= String("))
        #expect(!source.contains("let propertyViewModel_name:"))
        #expect(source.contains("let propertyViewModel_hasSummary: @Sendable (PropertyViewModel) -> Bool"))
        // The interpreted and compiled renderings are compared on every corpus by
        // `TemplateRendererTests.specgenOutputIsTheSame`.
    }

    /// The compiled functions' output buffer: texts, values and flags appended, grown past its first capacity, and a
    /// node that starts a line indented in place (only then, and not the list's first node).
    @Test func writerAppendsGrowsAndIndents() {
        var w = CompiledTemplateWriter()
        w.write("let a" as StaticString)
        w.write(" = ")
        w.write(flag: true)
        w.write("\n" as StaticString)
        let node = w.count
        w.write("x\ny")
        w.indent(Array("  ".utf8), node: node, list: 0)
        w.indent(Array("  ".utf8), node: 1, list: 0)
        w.indent(Array("  ".utf8), node: node, list: node)
        w.indent([], node: node, list: 0)
        #expect(String(decoding: w.bytes, as: UTF8.self) == "let a = true\n  x\ny")
        let long = String(repeating: "é0123456789", count: 20_000)
        w.write(long)
        w.writeEscaped("<&>")
        #expect(String(decoding: w.bytes, as: UTF8.self) == "let a = true\n  x\ny" + long + "&lt;&amp;&gt;")
        let start = w.count
        w.write("\n" as StaticString)
        let last = w.count
        w.write("z" as StaticString)
        w.indent(Array("    ".utf8), node: last, list: start)
        #expect(w.bytes.suffix(6) == Array("\n    z".utf8).suffix(6))
        #expect(w.count == w.bytes.count)
    }

    /// A number written by the compiled functions has the bytes of `String(number)`: zero, one digit and the next,
    /// the powers of ten either side, negative numbers and the extremes, and numbers drawn at random (past the
    /// buffer's first capacity).
    @Test func numbersAreWrittenAsStringDescribesThem() {
        var values = [0, 1, 9, 10, 11, 99, 100, -1, -9, -10, -100, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        while power <= Int.max / 10 {
            power *= 10
            values += [power - 1, power, power + 1, -power]
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4_000 {
            values.append(Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0..<63))
        }
        var w = CompiledTemplateWriter()
        var expected: [UInt8] = []
        for value in values {
            w.write(number: value)
            w.write(" " as StaticString)
            expected += Array(String(value).utf8) + [0x20]
        }
        #expect(w.bytes == expected)
        #expect(w.count == expected.count)
    }

    /// What the compiler refuses rather than compiling differently from the interpreted renderer.
    @Test func tagsThatCannotBeCompiledAreRefused() {
        let roots: [(template: String, type: any TemplateViewModel.Type)] = [("main", TemplateRendererTests.Item.self)]
        for text in [
            "{{children}}", "{{lines}}", "{{#leaf}}{{.}}{{/leaf}}",
            "{{#children}}{{#index()}}x{{/index()}}{{/children}}",
        ] {
            #expect(throws: TemplateCompiler.Failure.self, "\(text)") {
                try TemplateCompiler.source(templates: ["main": text], roots: roots)
            }
        }
        #expect(throws: TemplateCompiler.Failure.self) {
            try TemplateCompiler.source(templates: ["main": "{{=<% %>=}}"], roots: roots)
        }
    }

    /// Lookups resolved when the code is generated: a key of an enclosing view model, an optional one that falls
    /// back to the enclosing objects, and a partial compiled once per stack of types.
    @Test func lookupsAreResolvedFromTheTypes() throws {
        let roots: [(template: String, type: any TemplateViewModel.Type)] = [("main", TemplateRendererTests.Item.self)]
        let source = try TemplateCompiler.source(
            templates: [
                "main": "{{#children}}{{> child}}{{/children}}{{#leaf}}{{> child}}{{/leaf}}",
                "child": "{{name}}{{#leaves}}{{label}}{{/leaves}}",
            ],
            roots: roots)
        // `name` on a child is read from the child; inside a leaf, from the item around it.
        #expect(source.contains("k.item_name(a1)"), "\(source)")
        #expect(source.contains("k.item_name(a0)"))
        #expect(source.contains("if let"))
        #expect(source.components(separatedBy: "/// The partial `child`.").count == 3)
    }

    /// A tree of view models, for a partial that includes itself.
    struct Tree: TemplateViewModel {
        var name: String
        var children: [Tree]

        static let templateKeys: [String: TemplateKey<Tree>] = ["name": .text(\.name), "children": .model(\.children)]
    }

    /// A partial that includes itself for the nested view models of a list is one recursive function, when no
    /// lookup can reach the enclosing objects of the same type; otherwise it is refused.
    @Test func recursivePartialsAreOneFunction() throws {
        let tree: [(template: String, type: any TemplateViewModel.Type)] = [("main", Tree.self)]
        let templates = ["main": "{{> tree}}", "tree": "{{name}}{{#children}}{{> tree}}{{/children}}"]
        let source = try TemplateCompiler.source(templates: templates, roots: tree)
        #expect(source.components(separatedBy: "/// The partial `tree`.").count == 2, "\(source)")
        // Each child is passed in place, from the list's buffer.
        #expect(source.contains(".withUnsafeBufferPointer { l"))
        let call = try #require(source.split(separator: "\n").first { $0.contains("partial0(&w, ind, k, l") })
        #expect(call.hasSuffix("])"), "\(call)")
        // An item's optional keys could be missing on a child and found on its parent: not compiled.
        let item: [(template: String, type: any TemplateViewModel.Type)] = [("main", TemplateRendererTests.Item.self)]
        #expect(throws: TemplateCompiler.Failure.self) {
            try TemplateCompiler.source(templates: templates, roots: item)
        }
    }
}
