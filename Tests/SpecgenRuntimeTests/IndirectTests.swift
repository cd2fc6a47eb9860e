import Foundation
import SpecgenRuntime
import Testing

@Suite struct IndirectTests {
    struct Node: Hashable, Sendable {
        var name: String
        var children: [Indirect<Node>]
    }

    @Test func equalityIsByValue() {
        let a = Indirect(42)
        let b = Indirect(42)
        #expect(a !== b)
        #expect(a == b)
        #expect(a != Indirect(43))
        #expect(a.value == 42)
    }

    @Test func hashingIsByValue() {
        let a = Indirect("x")
        let b = Indirect("x")
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b, Indirect("y")]).count == 2)
        let table = [a: 1]
        #expect(table[Indirect("x")] == 1)
        #expect(table[Indirect("z")] == nil)
    }

    /// The same box equals itself even when its value does not (NaN); two boxes compare their values.
    @Test func identityShortcut() {
        let box = Indirect(Double.nan)
        #expect(box == box)
        #expect(Indirect(Double.nan) != Indirect(Double.nan))
    }

    @Test func recursiveStructures() {
        let leaf = Node(name: "leaf", children: [])
        let tree = Node(name: "root", children: [Indirect(leaf), Indirect(Node(name: "leaf", children: []))])
        let same = Node(name: "root", children: [Indirect(Node(name: "leaf", children: [])), Indirect(leaf)])
        #expect(tree == same)
        #expect(tree.hashValue == same.hashValue)
        let other = Node(name: "root", children: [Indirect(Node(name: "other", children: []))])
        #expect(tree != other)
        #expect(tree.children[0].value.name == "leaf")
    }
}
