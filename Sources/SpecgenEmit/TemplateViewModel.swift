import Mustache

/// A view model the templates render: a flat value of names, keys, types, texts, flags and numbers (never Swift
/// statements, which live in `Templates/`).
///
/// Its keys are declared once, in ``templateKeys``, next to its stored properties: Mustache asks `child(named:)` for
/// every tag, and answering from the table is far cheaper than searching a `Mirror`. A key a view model does not
/// declare is looked up in the enclosing contexts, so every key a template reads on a view model is declared on it.
/// (Its type may be captured by the key tables' `Sendable` closures.)
protocol TemplateViewModel: MustacheParent, SendableMetatype {
    /// Every key the templates may read, by name.
    static var templateKeys: [String: TemplateKey<Self>] { get }
}

extension TemplateViewModel {
    /// The value of a key, as the templates see it; `nil` for a key the view model does not declare.
    func child(named key: String) -> Any? {
        Self.templateKeys[key]?.read(self)
    }

    /// The value of a key, typed, for ``TemplateRenderer``; `nil` for a key the view model does not declare, or for
    /// an optional value that is missing.
    func templateValue(named key: String) -> TemplateValue? {
        Self.templateKeys[key]?.value(self)
    }
}

/// A key's value as ``TemplateRenderer`` renders it, without asking what type an `Any` holds.
enum TemplateValue {
    /// A text (a text property, a number, a constant); an empty text is false in a section.
    case text(TemplateText)
    /// A list of texts.
    case texts([String])
    /// A flag.
    case flag(Bool)
    /// A nested view model.
    case model(any TemplateViewModel)
    /// A list of view models of one type.
    case models(any TemplateModelList)
    /// Any other value, rendered as swift-mustache renders it.
    case other(Any)
}

/// How the templates read one key of a view model: a stored property, converted to what Mustache renders best.
struct TemplateKey<Model>: Sendable {
    /// Reads the key's value from a view model, for swift-mustache.
    let read: @Sendable (Model) -> Any?
    /// Reads the same value, typed, for ``TemplateRenderer``.
    let value: @Sendable (Model) -> TemplateValue?
    /// Whether the key reads a stored property (otherwise it is worked out from them, or a constant).
    var isStored = true
    /// The view-model types the key's value holds (none for texts and flags): the templates' view models are the
    /// ones reachable from the file view models through these.
    var nested: [any TemplateViewModel.Type] = []
    /// What the key holds, for the template compiler (``TemplateCompiler``).
    var kind: TemplateKeyKind
    /// The key's value, typed as ``kind`` says (for example `@Sendable (Model) -> String?` for an optional text): what
    /// the compiled templates read (``typedReader(as:)``).
    var typed: any Sendable
    /// The key path of the property the key reads as it is (a text, a list of texts, a number, a flag, a view model
    /// or a list of them); `nil` for a key worked out from other values or a constant. The compiled templates read
    /// such a property directly (`model.name`), after checking that the key still reads it (``reads(_:)``).
    var path: (AnyKeyPath & Sendable)? = nil

    /// Reads a property: a stored one at its offset in the view model (applying a `KeyPath` on every read costs a
    /// call into the runtime, which looks type metadata up), any other through the key path.
    private static func reader<Value>(_ path: KeyPath<Model, Value> & Sendable) -> @Sendable (Model) -> Value {
        guard let offset = MemoryLayout<Model>.offset(of: path) else { return { $0[keyPath: path] } }
        return { model in
            withUnsafePointer(to: model) { UnsafeRawPointer($0).load(fromByteOffset: offset, as: Value.self) }
        }
    }

    /// A text property, rendered as it is (see ``TemplateText``).
    static func text(_ path: KeyPath<Model, String> & Sendable) -> Self {
        let get = reader(path)
        return Self(
            read: { TemplateText(get($0)) }, value: { .text(TemplateText(get($0))) }, kind: .text(optional: false),
            typed: get, path: path)
    }

    /// An optional text property: a missing text renders as nothing and is false in a section.
    static func text(_ path: KeyPath<Model, String?> & Sendable) -> Self {
        let get = reader(path)
        return Self(
            read: { get($0).map(TemplateText.init) }, value: { get($0).map { .text(TemplateText($0)) } },
            kind: .text(optional: true), typed: get, path: path)
    }

    /// A list of texts (a section over it renders once per text, `{{.}}` being the text).
    static func texts(_ path: KeyPath<Model, [String]> & Sendable) -> Self {
        let get = reader(path)
        return Self(
            read: { get($0).map(TemplateText.init) }, value: { .texts(get($0)) }, kind: .texts, typed: get,
            path: path)
    }

    /// A number, rendered in decimal.
    static func number(_ path: KeyPath<Model, Int> & Sendable) -> Self {
        let get = reader(path)
        let text: @Sendable (Model) -> String = { String(get($0)) }
        return Self(
            read: { TemplateText(text($0)) }, value: { .text(TemplateText(text($0))) }, kind: .text(optional: false),
            typed: text, path: path)
    }

    /// A flag, for sections (`{{#flag}}…{{/flag}}`); rendered as a variable it prints `true` or `false`.
    static func flag(_ path: KeyPath<Model, Bool> & Sendable) -> Self {
        let get = reader(path)
        return Self(read: { get($0) }, value: { .flag(get($0)) }, kind: .flag, typed: get, path: path)
    }

    /// A nested view model.
    static func model<Value: TemplateViewModel>(_ path: KeyPath<Model, Value> & Sendable) -> Self {
        let get = reader(path)
        return Self(
            read: { get($0) }, value: { .model(get($0)) }, nested: [Value.self],
            kind: .model(Value.self, optional: false), typed: get, path: path)
    }

    /// An optional nested view model: a missing one is false in a section.
    static func model<Value: TemplateViewModel>(_ path: KeyPath<Model, Value?> & Sendable) -> Self {
        let get = reader(path)
        return Self(
            read: { get($0) }, value: { get($0).map { .model($0) } }, nested: [Value.self],
            kind: .model(Value.self, optional: true), typed: get, path: path)
    }

    /// A list of view models.
    static func model<Value: TemplateViewModel>(_ path: KeyPath<Model, [Value]> & Sendable) -> Self {
        let get = reader(path)
        return Self(
            read: { get($0) }, value: { .models(get($0)) }, nested: [Value.self],
            kind: .models(Value.self, optional: false), typed: get, path: path)
    }

    /// An optional list of view models: a missing one is false in a section.
    static func model<Value: TemplateViewModel>(_ path: KeyPath<Model, [Value]?> & Sendable) -> Self {
        let get = reader(path)
        return Self(
            read: { get($0) }, value: { get($0).map { .models($0) } }, nested: [Value.self],
            kind: .models(Value.self, optional: true), typed: get, path: path)
    }

    /// A fixed text that is no property of the view model (the indentation markers of ``TemplateSet``).
    static func constant(_ text: String) -> Self {
        let constant: @Sendable (Model) -> String = { _ in text }
        return Self(
            read: { _ in TemplateText(text) }, value: { _ in .text(TemplateText(text)) }, isStored: false,
            kind: .text(optional: false), typed: constant)
    }

    /// A flag worked out from the view model's stored values (`hasSummary` from the summary's lines), so that the
    /// view model does not store what follows from what it stores.
    static func derivedFlag(_ flag: @escaping @Sendable (Model) -> Bool) -> Self {
        Self(read: { flag($0) }, value: { .flag(flag($0)) }, isStored: false, kind: .flag, typed: flag)
    }

    /// A list of view models worked out from the view model's stored values (some of a stored list).
    static func derivedModels<Value: TemplateViewModel>(_ models: @escaping @Sendable (Model) -> [Value]) -> Self {
        Self(
            read: { models($0) }, value: { .models(models($0)) }, isStored: false, nested: [Value.self],
            kind: .models(Value.self, optional: false), typed: models)
    }

    /// An optional view model worked out from the view model's stored values (the last of a stored list); a
    /// missing one is false in a section.
    static func derivedModel<Value: TemplateViewModel>(_ model: @escaping @Sendable (Model) -> Value?) -> Self {
        Self(
            read: { model($0) }, value: { model($0).map { .model($0) } }, isStored: false, nested: [Value.self],
            kind: .model(Value.self, optional: true), typed: model)
    }

    /// A text worked out from the view model's stored values (a count).
    static func derivedText(_ text: @escaping @Sendable (Model) -> String) -> Self {
        Self(
            read: { TemplateText(text($0)) }, value: { .text(TemplateText(text($0))) }, isStored: false,
            kind: .text(optional: false), typed: text)
    }
}

/// What a key holds, as ``TemplateCompiler`` types it: a number or a constant is a text.
enum TemplateKeyKind: Sendable {
    /// A text (`String`, or `String?` when optional: a missing one is looked up in the enclosing contexts).
    case text(optional: Bool)
    /// A list of texts (`[String]`).
    case texts
    /// A flag (`Bool`).
    case flag
    /// A view model of the type (optional or not).
    case model(any TemplateViewModel.Type, optional: Bool)
    /// A list of view models of the type (optional or not).
    case models(any TemplateViewModel.Type, optional: Bool)

    /// Whether a missing value is looked up in the enclosing contexts.
    var isOptional: Bool {
        switch self {
        case .text(let optional), .model(_, let optional), .models(_, let optional): optional
        case .texts, .flag: false
        }
    }
}

extension TemplateKey {
    /// The key's typed reader (``typed``), as the compiled templates read it; `nil` when it is not of that type.
    func typedReader<Value>(as type: Value.Type) -> (@Sendable (Model) -> Value)? {
        typed as? @Sendable (Model) -> Value
    }

    /// Whether the key reads the property at a key path as it is (see ``path``).
    func reads(_ path: AnyKeyPath) -> Bool {
        self.path.map { $0 as AnyKeyPath == path } ?? false
    }
}
