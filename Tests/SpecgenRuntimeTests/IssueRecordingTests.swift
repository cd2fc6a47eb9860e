import Foundation
import SpecgenRuntime
import Testing

/// A union of an integer and an `Item`, checked the way generated code checks one.
func checkIntegerOrItem(_ reader: inout JSONValidationReader) throws(JSONSyntaxError) {
    try reader.checkUnion(expected: "an integer or Item", nullable: false, location: "union.md:1", members: 2) {
        (reader: inout JSONValidationReader, member: Int) throws(JSONSyntaxError) in
        if member == 0 {
            try reader.checkInteger(nullable: false, location: "union.md:2")
        } else {
            try checkItem(&reader)
        }
    }
}

/// An array of `Item`s and unions, so issues sit at several depths.
func checkList(_ reader: inout JSONValidationReader) throws(JSONSyntaxError) {
    guard try reader.beginArray(nullable: false, location: "list.md:1") else { return }
    var index = 0
    while try reader.nextElement() {
        if index % 2 == 0 { try checkItem(&reader) } else { try checkIntegerOrItem(&reader) }
        index += 1
    }
}

/// Documents with no issue, one issue, several issues at several depths, issues inside union members, repeated
/// keys (known and unknown), escaped keys, and malformed JSON.
let recordingCases = [
    #"[]"#,
    #"[{"id": 1}, 2, {"id": 3, "name": "x", "tags": ["a"]}]"#,
    #"[{"id": 1.5}]"#,
    #"[{"name": 3}, "x", {"id": 1, "tags": [1, "b", null]}, {"id": 2}]"#,
    #"[{"id": 1, "id": 2, "a~/b": 1, "a~/b": 2}]"#,
    #"[{"i\u0064": "x", "t\u0061gs": [true]}, {"id": 1e400}]"#,
    #"[{"id": 1}, {"id": 1, "tags": {}}, {"id": 2, "name": null, "extra": [[{"x": 1, "x": 2}]]}]"#,
    #"[{"id": 1}, {"name": "no id"}, 7.5]"#,
    #"[{"id": 1}, {"id": 2,}]"#,
    #"{"id": 1}"#,
    #"[{"id": 1}, 12345678901234567890123]"#,
]

@Suite struct IssueRecordingTests {
    @Test(arguments: recordingCases)
    func isValidAgreesWithValidate(_ text: String) {
        let issues = validate(text) { reader throws(JSONSyntaxError) in try checkList(&reader) }
        let valid = JSONValidation.isValid(Data(text.utf8)) { reader throws(JSONSyntaxError) in
            try checkList(&reader)
        }
        #expect(valid == issues.isEmpty, "\(issues)")
    }

    @Test func theCasesCoverValidAndInvalidDocuments() {
        let verdicts = recordingCases.map { text in
            JSONValidation.isValid(Data(text.utf8)) { reader throws(JSONSyntaxError) in try checkList(&reader) }
        }
        #expect(verdicts.filter { $0 }.count == 2)
        #expect(verdicts.filter { !$0 }.count == recordingCases.count - 2)
    }

    @Test func recordedIssuesMakeTheirTextWhenRead() throws {
        let text = #"[{"name": 3}, "x", {"id": 1, "tags": [1, "b"], "a/b": 1, "a/b": 2}]"#
        let issues = validate(text) { reader throws(JSONSyntaxError) in try checkList(&reader) }
        try #require(issues.count == 5)
        #expect(issues[0].instancePath == "/0/name")
        #expect(issues[0].message == "expected a string or null, found 3")
        #expect(issues[1].instancePath == "/0/id")
        #expect(issues[1].message == #"required key "id" is missing"#)
        #expect(issues[1].kind == .missingKey)
        #expect(issues[2].instancePath == "/1")
        #expect(issues[2].message == #"expected an integer or Item, found "x""#)
        #expect(issues[3].instancePath == "/2/tags/0")
        #expect(issues[3].message == "expected a string, found 1")
        #expect(issues[4].instancePath == "/2/a~1b")
        #expect(issues[4].message == #"duplicate key "a/b": an object may have each key only once"#)
        #expect(issues[4].byteOffset == 57)
    }

    @Test func aRecordedIssueEqualsTheSameIssueGivenAsText() throws {
        let issues = validate(#"{"id": "7"}"#) { reader throws(JSONSyntaxError) in try checkItem(&reader) }
        try #require(issues.count == 1)
        let given = ValidationIssue(
            instancePath: "/id", message: #"expected an integer, found "7""#, specLocation: "item.md:3",
            byteOffset: 7, kind: .wrongType)
        #expect(issues[0] == given)
        #expect(issues[0].hashValue == given.hashValue)
        #expect(issues[0].description == given.description)
        #expect(Set([issues[0], given]).count == 1)
    }

    @Test func settingTheTextOfARecordedIssueKeepsTheRest() throws {
        var issue = try #require(
            validate(#"{"id": "7"}"#) { reader throws(JSONSyntaxError) in try checkItem(&reader) }.first)
        issue.message = "changed"
        #expect(issue.message == "changed")
        #expect(issue.instancePath == "/id")
        issue.instancePath = "/other"
        #expect(issue.instancePath == "/other")
        #expect(issue.message == "changed")
        #expect(issue.specLocation == "item.md:3" && issue.byteOffset == 7 && issue.kind == .wrongType)
    }

    @Test func issuesOutliveTheBytesTheyWereFoundIn() throws {
        var bytes = Array(#"{"id": "seven", "tags": [false]}"#.utf8)
        let issues = bytes.withUnsafeBytes { raw in
            JSONValidation.validate(bytes: raw, location: "doc.md:1") { reader throws(JSONSyntaxError) in
                try checkItem(&reader)
            }
        }
        for index in bytes.indices { bytes[index] = 0x20 }
        try #require(issues.count == 2)
        #expect(issues[0].message == #"expected an integer, found "seven""#)
        #expect(issues[1].instancePath == "/tags/0")
        #expect(issues[1].message == "expected a string, found false")
    }
}
