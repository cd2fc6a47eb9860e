import SpecgenIR

/// The schema as Swift code sees it: the Swift pass over the IR, which every Swift emitter (and the IR dump) starts
/// from.
///
/// The IR says what the docs say about the data; this pass makes the decisions only Swift needs:
///
/// - **Storage** (``SwiftStorage``): which enums are `indirect` and which properties are boxed, so that types that
///   contain themselves compile.
/// - **Member renames** that Swift's scoping needs: inside a struct or enum an unqualified name finds a member
///   before a type, so a member whose name is a type name (or another property's storage name) gets a `Value`
///   suffix.
/// - **Members the docs do not name** (``SwiftVariantMembers``): a tagged object's `variant` property and its
///   variant enum's `other` case, and the `unknown` case of each enumeration and event set
///   (``unknownCaseNames``).
///
/// The pass is a pure function of the schema: running it again on its own result changes nothing.
public struct SwiftSchema: Hashable, Sendable {
    /// The schema with every member's final Swift name.
    public let schema: Schema
    /// Where values are stored out of line.
    public let storage: SwiftStorage
    /// The variant members of each tagged object, by type name.
    public let variantMembers: [String: SwiftVariantMembers]
    /// The case that keeps values the docs do not list, for each enumeration and event set, by type name.
    public let unknownCaseNames: [String: String]

    /// Runs the Swift pass.
    ///
    /// - Parameter schema: The schema the builder made.
    public init(_ schema: Schema) {
        let storage = SwiftStorage(schema)
        var types = schema.types
        var variantMembers = SwiftVariantMembers.naming(types)
        let unknownCaseNames = SwiftUnknownCases.naming(types)
        MemberNameSeparator.separate(
            &types, variantMembers: &variantMembers, unknownCaseNames: unknownCaseNames, storage: storage)
        self.unknownCaseNames = unknownCaseNames
        self.schema = Schema(types: types)
        self.storage = storage
        self.variantMembers = variantMembers
    }
}
