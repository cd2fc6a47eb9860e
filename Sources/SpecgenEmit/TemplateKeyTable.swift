/// The keys of one view model type as ``TemplateRenderer`` reads them: by the index it gave each key name when it
/// parsed the templates, not by name.
///
/// A view model declares its keys by name (``TemplateViewModel/templateKeys``); looking each tag up there hashes
/// and compares its name on every object of the context stack, each time the tag is rendered. A table is made once
/// per view model type and rendering, and each of its entries is looked up by name the first time a tag asks for
/// it; after that a tag costs an array access. (A table belongs to one rendering, on one thread.)
class TemplateKeyTable {
    /// The key names, indexed as the tags name them.
    let names: [String]

    fileprivate init(names: [String]) {
        self.names = names
    }
}

/// ``TemplateKeyTable`` for one view model type.
private final class TypedTemplateKeyTable<Model: TemplateViewModel>: TemplateKeyTable {
    /// A key of the view model type (a class, so that the table's entries are not generic: reading one needs no
    /// type metadata looked up at run time).
    final class Key {
        let key: TemplateKey<Model>

        init(_ key: TemplateKey<Model>) {
            self.key = key
        }
    }

    /// A key as far as it has been looked up.
    enum Entry {
        case unresolved
        case missing
        case key(AnyObject)
    }

    private var entries: [Entry]

    override init(names: [String]) {
        entries = Array(repeating: .unresolved, count: names.count)
        super.init(names: names)
    }

    /// The value of the key at an index on a view model; the key is looked up by name the first time.
    func value(_ index: Int, of model: Model) -> TemplateValue? {
        switch entries[index] {
        case .key(let key):
            return unsafeDowncast(key, to: Key.self).key.value(model)
        case .missing:
            return nil
        case .unresolved:
            guard let key = Model.templateKeys[names[index]] else {
                entries[index] = .missing
                return nil
            }
            entries[index] = .key(Key(key))
            return key.value(model)
        }
    }
}

extension TemplateViewModel {
    /// A new table of this type's keys for the key names of a set of templates.
    static func templateKeyTable(names: [String]) -> TemplateKeyTable {
        TypedTemplateKeyTable<Self>(names: names)
    }

    /// The value of the key at an index of a table of this type's keys (``templateKeyTable(names:)``); `nil` for a
    /// key the view model does not declare, or for an optional value that is missing.
    func templateValue(key index: Int, in table: TemplateKeyTable) -> TemplateValue? {
        unsafeDowncast(table, to: TypedTemplateKeyTable<Self>.self).value(index, of: self)
    }
}

/// A list of view models of one type, as a key hands it to ``TemplateRenderer``: rendered element by element in
/// place, without boxing each element into an `any TemplateViewModel` and the list into an array of them.
protocol TemplateModelList {
    /// The number of view models.
    var count: Int { get }
    /// The type of the view models.
    var elementType: any TemplateViewModel.Type { get }
    /// The view model at an index.
    func element(_ index: Int) -> any TemplateViewModel
    /// The value of a key of the view model at an index, as ``TemplateViewModel/templateValue(key:in:)`` reads it.
    func templateValue(element: Int, key: Int, in table: TemplateKeyTable) -> TemplateValue?
    /// The list as swift-mustache sees it.
    var anyValue: Any { get }
}

extension Array: TemplateModelList where Element: TemplateViewModel {
    var elementType: any TemplateViewModel.Type { Element.self }

    func element(_ index: Int) -> any TemplateViewModel { self[index] }

    func templateValue(element: Int, key: Int, in table: TemplateKeyTable) -> TemplateValue? {
        let table = unsafeDowncast(table, to: TypedTemplateKeyTable<Element>.self)
        return withUnsafeBufferPointer { table.value(key, of: $0[element]) }
    }

    var anyValue: Any { self }
}
