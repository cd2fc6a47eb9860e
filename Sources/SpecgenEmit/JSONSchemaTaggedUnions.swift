import SpecgenIR

extension JSONSchemaEmitter {
    /// The definition of an integer-tagged union: an object whose tag is one of the documented codes, and for each
    /// code (`{"if": {"properties": {"type": {"const": 2}}, "required": ["type"]}, "then": {"$ref": …}}`, under
    /// `allOf`) its member's rules, as a string-tagged object's variants are stated.
    func taggedUnionNode(_ union: UnionType, tag: UnionTag) -> JSONSchemaNode {
        let node = JSONSchemaNode()
        node.type = ["object"]
        let code = JSONSchemaNode()
        code.type = ["integer"]
        code.enumValues = union.members.compactMap { $0.code.map { .integer(Int64($0)) } }
        code.specLocation = tag.location.fileLine
        node.properties = [tag.key: code]
        node.required = [tag.key]
        let branches = union.members.compactMap { member -> JSONSchemaNode? in
            guard let code = member.code, case .named(let name) = member.type else { return nil }
            let branch = tagCondition(key: tag.key, literal: .integer(Int64(code)))
            branch.then = reference(names.typeName(name))
            branch.specLocation = member.location?.fileLine
            return branch
        }
        if !branches.isEmpty { node.allOf = branches }
        return node
    }
}
