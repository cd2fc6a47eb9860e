import SpecgenIR

extension Schema {
    /// A readable dump of the schema as Swift code sees it (after the Swift pass, ``SwiftSchema``), one type a
    /// paragraph, with the configuration's Swift `names`; the golden format of the IR in tests and the output of
    /// `specgen dump --stage ir`.
    public func dump(names: SwiftNameSettings, locations: Bool = true) -> String {
        SwiftSchema(self, names: names).dump(locations: locations)
    }
}

extension SwiftSchema {
    /// A readable dump of the schema with the Swift pass's names and storage, one type a paragraph (`indirect`
    /// marks an enum or a property stored out of line).
    public func dump(locations: Bool = true) -> String {
        var out = ""
        for type in schema.types {
            let cases = caseNames(of: type)
            let indirect = storage.isIndirect(type.name) ? " indirect" : ""
            let at = locations ? " @\(type.location.fileLine)" : ""
            let origin = type.origin == .declared ? "" : " (\(type.origin.dumped(typeName)))"
            let name = typeName(of: type)
            switch type.kind {
            case .object(let object):
                out += "object \(name) '\(type.docName)'\(origin)\(at)\n"
                for p in object.properties {
                    out +=
                        "  \(p.dumped(property(p, in: type), swiftNamed(p.type), locations: locations, boxed: storage.isBoxed(p.jsonName, in: type.name)))\n"
                }
                if let v = object.variants, let members = variantMembers[type.name] {
                    out +=
                        "  variants by \(v.discriminator) -> \(members.propertyName): \(variantEnumName(of: type))"
                        + "\(indirect) tags \(typeName(v.tagType)), otherwise .\(members.otherCaseName)\n"
                    for (variant, caseName) in zip(v.variants, cases) {
                        out += "    \(variant.tag) .\(caseName) \(typeName(variant.typeName))\n"
                    }
                }
            case .enumeration(let e) where e.flags != nil:
                out += "flags \(name) '\(type.docName)'\(e.flags == .string ? " string" : "")\(origin)\(at)\n"
                for (c, caseName) in zip(e.cases, cases) { out += "  .\(caseName) = \(c.value)\n" }
            case .enumeration(let e):
                out += "enum \(name) '\(type.docName)'\(e.isInteger ? " integer" : "")\(origin)\(at)\n"
                for (c, caseName) in zip(e.cases, cases) { out += "  .\(caseName) = \(c.value)\n" }
                out += "  .\(unknownCaseName(of: type))(_)\n"
            case .union(let u) where u.tag != nil:
                out += "union \(name)\(indirect) by \(u.tag!.key)\(origin)\(at)\n"
                for (m, caseName) in zip(u.members, cases) {
                    out += "  .\(caseName)(\(swiftNamed(m.type).dumped)) = \(m.code ?? 0)\n"
                }
                out += "  .\(unknownCaseName(of: type))(_)\n"
            case .union(let u):
                out += "union \(name)\(indirect)\(origin)\(at)\n"
                for (m, caseName) in zip(u.members, cases) { out += "  .\(caseName)(\(swiftNamed(m.type).dumped))\n" }
            case .eventSet(let set):
                out +=
                    "events \(name)\(indirect) '\(type.docName)' by \(set.discriminator)"
                    + (set.payloadKey.map { ", payload \($0)" } ?? "") + (set.opcode.map(\.dumped) ?? "") + "\(at)\n"
                for p in set.envelope {
                    out +=
                        "  envelope \(p.dumped(property(p, in: type), swiftNamed(p.type), locations: locations, boxed: false))\n"
                }
                for (e, caseName) in zip(set.events, cases) {
                    let loc =
                        (e.opcode.map { " op \($0)" } ?? "") + (e.isPayloadNullable ? " nullable" : "")
                        + (locations ? " @\(e.location.fileLine)" : "")
                    switch e.payload {
                    case .none: out += "  \(e.name) .\(caseName)\(loc)\n"
                    case .data(let t, let req, _):
                        let r = req.isEmpty ? "" : " requiring \(req.map(\.jsonName).joined(separator: ", "))"
                        out += "  \(e.name) .\(caseName)(data: \(swiftNamed(t).dumped)\(r))\(loc)\n"
                    case .frame(let t, _): out += "  \(e.name) .\(caseName)(frame: \(swiftNamed(t).dumped))\(loc)\n"
                    }
                }
                out += "  .\(unknownCaseName(of: type))(_)\n"
            }
        }
        return out
    }
}

extension Property {
    /// The property's line of the dump, its type spelled `type` (by Swift names).
    func dumped(_ swift: SwiftProperty, _ type: TypeRef, locations: Bool, boxed: Bool) -> String {
        let presence = isRequired ? "required" : "optional"
        let null = isNullable ? " nullable" : ""
        let constant = (self.constant.map { " = \"\($0)\"" } ?? "") + (boxed ? " indirect" : "")
        let at = locations ? " @\(location.line)" : ""
        let swiftType = swift.type.map { " as \($0)" } ?? ""
        return "\(jsonName) \(swift.name): \(type.dumped)\(swiftType) \(presence)\(null)\(constant)\(at)"
    }
}

extension SchemaType.Origin {
    /// The origin as the dump writes it, its owner spelled by `typeName` (the Swift name of an IR reference).
    func dumped(_ typeName: (String) -> String) -> String {
        switch self {
        case .declared: return "declared"
        case .eventPayload(let e): return "payload of \(e)"
        case .variant(let o, let t): return "variant \(t) of \(typeName(o))"
        case .variantTags(let o): return "tags of \(typeName(o))"
        case .variantNested(let o, let t, let f): return "\(f) of variant \(t) of \(typeName(o))"
        case .dottedFields(let o, let f): return "\(f).* of \(typeName(o))"
        case .literalUnion(let o, let f): return "values of \(typeName(o)).\(f)"
        case .typeUnion: return "union"
        case .partial(let o): return "partial \(typeName(o))"
        }
    }
}

extension OpcodeTag {
    /// `, opcode op (dispatch 0, sequence s)`.
    var dumped: String {
        ", opcode \(key) (dispatch \(dispatch)" + (sequenceKey.map { ", sequence \($0)" } ?? "") + ")"
    }
}
