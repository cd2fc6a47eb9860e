import SpecgenIR

/// Where generated Swift stores values out of line, so that types that contain themselves compile.
///
/// A cycle of containment is a fact of the schema (a JSON Schema or a TypeScript declaration needs nothing for it);
/// breaking it is a Swift decision: a Swift enum in a cycle (a union, an events enum, the variant enum of a tagged
/// object) becomes `indirect`; a cycle made only of structs gets its struct-to-struct properties boxed
/// (`SpecgenRuntime.Indirect`). Arrays never need this (their storage is already out of line).
public struct SwiftStorage: Hashable, Sendable {
    /// The types whose Swift enum is `indirect`: unions and event sets by their own name, tagged objects by the name
    /// of the object (whose variant enum is the indirect one).
    public private(set) var indirectEnums: Set<String> = []
    /// The properties stored out of line, by type name, then JSON key.
    public private(set) var boxedProperties: [String: Set<String>] = [:]

    /// Decides the storage of every type of the schema.
    public init(_ schema: Schema) {
        let types = schema.types
        let index = Dictionary(types.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        // Edges of direct containment, by type index.
        func edges(of type: SchemaType) -> [Int] {
            var targets: [String] = []
            switch type.kind {
            case .object(let object):
                targets = object.properties.compactMap {
                    if case .named(let n) = $0.type { return n } else { return nil }
                }
                if let variants = object.variants { targets += variants.variants.map(\.typeName) }
            case .union(let union):
                targets = union.members.compactMap { if case .named(let n) = $0.type { return n } else { return nil } }
            case .eventSet(let set):
                targets = set.events.compactMap { event in
                    switch event.payload {
                    case .data(.named(let n), _, _), .frame(.named(let n), _): return n
                    default: return nil
                    }
                }
            case .enumeration:
                targets = []
            }
            return targets.compactMap { index[$0] }
        }
        let graph = types.map(edges)
        let components = Self.stronglyConnectedComponents(graph)
        // Enums (unions, events, variant enums) in a cycle become indirect.
        var brokenAt = Set<Int>()
        for component in components where Self.isCycle(component, graph) {
            for node in component {
                switch types[node].kind {
                case .union, .eventSet:
                    indirectEnums.insert(types[node].name)
                    brokenAt.insert(node)
                case .object(let object)
                where object.variants?.variants.contains { v in index[v.typeName].map(component.contains) ?? false }
                    ?? false:
                    // The variant enum is indirect; the object itself is a struct and still part of struct cycles.
                    indirectEnums.insert(types[node].name)
                default:
                    continue
                }
            }
        }
        // What is left: cycles through struct properties.
        let structGraph = graph.enumerated().map { node, targets -> [Int] in
            guard case .object(let object) = types[node].kind, !brokenAt.contains(node) else { return [] }
            return object.properties.compactMap { p in
                if case .named(let n) = p.type, let t = index[n], !brokenAt.contains(t) { return t }
                return nil
            }
        }
        let remaining = Self.stronglyConnectedComponents(structGraph)
        var componentOf = [Int](repeating: -1, count: types.count)
        for (c, component) in remaining.enumerated() { for node in component { componentOf[node] = c } }
        for (c, component) in remaining.enumerated() where Self.isCycle(component, structGraph) {
            for node in component {
                guard case .object(let object) = types[node].kind else { continue }
                for property in object.properties {
                    if case .named(let n) = property.type, let t = index[n], componentOf[t] == c {
                        boxedProperties[types[node].name, default: []].insert(property.jsonName)
                    }
                }
            }
        }
    }

    /// Whether the Swift enum of the type is `indirect`: the union or events enum itself, or the variant enum of a
    /// tagged object.
    public func isIndirect(_ typeName: String) -> Bool {
        indirectEnums.contains(typeName)
    }

    /// Whether the property with this JSON key of the type is stored out of line.
    public func isBoxed(_ jsonKey: String, in typeName: String) -> Bool {
        boxedProperties[typeName]?.contains(jsonKey) ?? false
    }

    static func isCycle(_ component: [Int], _ graph: [[Int]]) -> Bool {
        component.count > 1 || graph[component[0]].contains(component[0])
    }

    /// Tarjan's algorithm, iterative (deep reference chains must not exhaust the stack).
    static func stronglyConnectedComponents(_ graph: [[Int]]) -> [[Int]] {
        var indexOf = [Int](repeating: -1, count: graph.count)
        var lowLink = [Int](repeating: 0, count: graph.count)
        var onStack = [Bool](repeating: false, count: graph.count)
        var stack: [Int] = []
        var components: [[Int]] = []
        var counter = 0
        for root in graph.indices where indexOf[root] == -1 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            indexOf[root] = counter
            lowLink[root] = counter
            counter += 1
            stack.append(root)
            onStack[root] = true
            while let (node, edge) = work.last {
                if edge < graph[node].count {
                    work[work.count - 1].edge += 1
                    let next = graph[node][edge]
                    if indexOf[next] == -1 {
                        indexOf[next] = counter
                        lowLink[next] = counter
                        counter += 1
                        stack.append(next)
                        onStack[next] = true
                        work.append((next, 0))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], indexOf[next])
                    }
                } else {
                    work.removeLast()
                    if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                    if lowLink[node] == indexOf[node] {
                        var component: [Int] = []
                        while let top = stack.popLast() {
                            onStack[top] = false
                            component.append(top)
                            if top == node { break }
                        }
                        components.append(component.sorted())
                    }
                }
            }
        }
        return components
    }
}
