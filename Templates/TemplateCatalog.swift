// The default templates, compiled into the specgen binary so that it works when copied alone. Every `.mustache`
// file in this folder must be listed in Package.swift (`.embedInCode`) and below; a test checks both lists.
// Keep each template short, splitting a long one into partials: swift-mustache's parser (which checks replacement
// templates and renders what TemplateRenderer does not cover) takes time that grows with the square of a template's
// length.

/// The templates specgen renders with unless `--templates` names a folder of replacements.
public enum TemplateCatalog {
    /// Every default template's text by name (the file name without `.mustache`).
    public static let templates: [String: String] = [
        "models.swift": text(PackageResources.models_swift_mustache),
        "object": text(PackageResources.object_mustache),
        "object-coding": text(PackageResources.object_coding_mustache),
        "object-json": text(PackageResources.object_json_mustache),
        "object-json-case": text(PackageResources.object_json_case_mustache),
        "object-json-store": text(PackageResources.object_json_store_mustache),
        "enum": text(PackageResources.enum_mustache),
        "enum-json": text(PackageResources.enum_json_mustache),
        "flags": text(PackageResources.flags_mustache),
        "union": text(PackageResources.union_mustache),
        "union-json": text(PackageResources.union_json_mustache),
        "tagged-union": text(PackageResources.tagged_union_mustache),
        "tagged-union-json": text(PackageResources.tagged_union_json_mustache),
        "events": text(PackageResources.events_mustache),
        "events-json": text(PackageResources.events_json_mustache),
        "opcode-events": text(PackageResources.opcode_events_mustache),
        "opcode-events-json": text(PackageResources.opcode_events_json_mustache),
        "validators.swift": text(PackageResources.validators_swift_mustache),
        "validator-object": text(PackageResources.validator_object_mustache),
        "validator-walk": text(PackageResources.validator_walk_mustache),
        "validator-requirement": text(PackageResources.validator_requirement_mustache),
        "validator-enum": text(PackageResources.validator_enum_mustache),
        "validator-union": text(PackageResources.validator_union_mustache),
        "validator-tagged-union": text(PackageResources.validator_tagged_union_mustache),
        "validator-doc": text(PackageResources.validator_doc_mustache),
        "validator-check": text(PackageResources.validator_check_mustache),
    ]

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
